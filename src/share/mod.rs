//! A dossier shared through git: what Farol does so that several people can clone, pull
//! and push one dossier without conflicts or stray files.
//!
//! * [`ensure_gitignore`]: the dossier's `.gitignore` keeps out what belongs to one
//!   computer — locks, temporary files, local state, each assessor's draft and its
//!   summary, each reviewer's review in progress, written reports. Everything else
//!   (signed files, kept questionnaires, attachments, trusted keys) is shared, and is
//!   add-only, so a merge never has two versions of one path to choose between.
//! * [`arrived`]: what `farol verify` saw last time, kept in `.farol/seen.ron`, so that
//!   after a `git pull` it can say what arrived.
//!
//! Locks are local to a machine ([`crate::lock`]); drafts are per assessor and rebuilt
//! from the latest signed revision when a clone has none ([`crate::dossier`]).

pub mod arrived;

use std::path::Path;

/// The first line Farol writes into a `.gitignore`. A file holding it is the user's to
/// edit: Farol never changes it again.
pub const MARKER: &str = "# farol: files that stay on this computer";

/// What the `.gitignore` keeps out of git, below the marker.
pub const IGNORED: &[&str] = &[
    "# (written by Farol once; edit freely, Farol will not change this file again)",
    "draft.lock",
    "review.lock",
    ".*.tmp",
    "/.farol/",
    "/assessments/*/draft.ron",
    "/assessments/*/draft.summary.ron",
    "/assessments/*/review.ron",
    "/assessments/*/review-of-revision-*.ron",
    "/reports/",
];

/// The directory of this computer's own state in a dossier (git-ignored).
pub fn local_dir(root: &Path) -> std::path::PathBuf {
    root.join(".farol")
}

/// Writes the dossier's `.gitignore` if it has none, or adds the missing lines (after the
/// marker) to one the user wrote; a file that already has the marker is left alone.
/// Nothing is done if the dossier directory does not exist yet. Returns whether it wrote.
pub fn ensure_gitignore(root: &Path) -> std::io::Result<bool> {
    if !root.is_dir() {
        return Ok(false);
    }
    let path = root.join(".gitignore");
    let old = match std::fs::read_to_string(&path) {
        Ok(s) => s,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => String::new(),
        Err(e) => return Err(e),
    };
    if old.lines().any(|l| l.trim_end() == MARKER) {
        return Ok(false);
    }
    let have: Vec<&str> = old.lines().map(str::trim).collect();
    let mut text = old.clone();
    if !text.is_empty() && !text.ends_with('\n') {
        text.push('\n');
    }
    if !text.is_empty() {
        text.push('\n');
    }
    text.push_str(MARKER);
    text.push('\n');
    for l in IGNORED {
        if l.starts_with('#') || !have.contains(l) {
            text.push_str(l);
            text.push('\n');
        }
    }
    crate::fsutil::write_atomic(&path, text.as_bytes())?;
    Ok(true)
}

/// [`ensure_gitignore`] where failing must not stop the write it accompanies: a
/// `.gitignore` that cannot be written costs nothing until someone runs `git add`.
pub fn ensure_gitignore_quietly(root: &Path) {
    let _ = ensure_gitignore(root);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn written_once_then_left_alone_and_a_users_file_is_only_added_to() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        assert!(ensure_gitignore(root).unwrap());
        let first = std::fs::read_to_string(root.join(".gitignore")).unwrap();
        assert!(first.starts_with(MARKER) && first.contains("\n/assessments/*/draft.ron\n"));
        // The user edits it (drops a line): Farol never puts it back.
        let edited = first.replace("/reports/\n", "");
        std::fs::write(root.join(".gitignore"), &edited).unwrap();
        assert!(!ensure_gitignore(root).unwrap());
        assert_eq!(
            std::fs::read_to_string(root.join(".gitignore")).unwrap(),
            edited
        );

        // A .gitignore of the user's own: kept, with only the missing lines added.
        std::fs::write(root.join(".gitignore"), "*.bak\ndraft.lock").unwrap();
        assert!(ensure_gitignore(root).unwrap());
        let mixed = std::fs::read_to_string(root.join(".gitignore")).unwrap();
        assert!(mixed.starts_with("*.bak\ndraft.lock\n\n# farol"), "{mixed}");
        assert_eq!(mixed.matches("draft.lock").count(), 1, "{mixed}");
        assert!(mixed.contains("\nreview.lock\n.*.tmp\n"), "{mixed}");
        assert!(!ensure_gitignore(root).unwrap());

        assert!(!ensure_gitignore(&root.join("missing")).unwrap());
        assert!(!root.join("missing").exists());
    }
}
