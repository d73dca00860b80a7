//! One editor per draft: a lock file in the draft's directory, created with `create_new`
//! so two processes can never both believe they hold it, and holding the owner's pid so a
//! lock left by a killed process (its pid no longer running) is taken over, not obeyed.
//!
//! This lives with the terminal UI because only an interactive editor holds a draft open
//! for minutes; the one-shot commands write atomically and need no lock.

use std::fs::{self, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

pub const FILE: &str = "draft.lock";
/// The lock of a review in progress: a reviewer and the assessor may work at the same
/// time, but two reviewers may not edit the same `review.ron`.
pub const REVIEW_FILE: &str = "review.lock";

/// Held while a draft is open; removes the lock file when dropped.
#[derive(Debug)]
pub struct DraftLock {
    path: PathBuf,
    /// What we wrote: the pid and a nonce, so a lock taken over by another opener in the
    /// same process is told apart from ours.
    stamp: String,
}

#[derive(Debug, thiserror::Error)]
pub enum LockError {
    #[error(
        "{what} '{id}' is already open in another Farol (process {pid})\n  hint: switch to that window, or close it first. If that process is gone, remove {path}"
    )]
    Held {
        what: &'static str,
        id: String,
        pid: u32,
        path: PathBuf,
    },
    #[error(
        "cannot lock {path}: {source}\n  hint: check that you may write to the dossier directory"
    )]
    Io {
        path: PathBuf,
        #[source]
        source: io::Error,
    },
}

impl DraftLock {
    /// Locks the draft whose file is `draft_file`; `id` names it in the message.
    pub fn acquire(draft_file: &Path, id: &str) -> Result<DraftLock, LockError> {
        Self::acquire_file(draft_file, id, FILE, "the assessment")
    }

    /// Locks the review in progress whose file is `review_file`.
    pub fn acquire_review(review_file: &Path, id: &str) -> Result<DraftLock, LockError> {
        Self::acquire_file(review_file, id, REVIEW_FILE, "the review of")
    }

    fn acquire_file(
        file: &Path,
        id: &str,
        name: &str,
        what: &'static str,
    ) -> Result<DraftLock, LockError> {
        let dir = file.parent().unwrap_or(Path::new("."));
        let path = dir.join(name);
        let io_err = |source| LockError::Io {
            path: path.clone(),
            source,
        };
        fs::create_dir_all(dir).map_err(io_err)?;
        for _ in 0..3 {
            match OpenOptions::new().write(true).create_new(true).open(&path) {
                Ok(mut f) => {
                    let nonce = std::time::SystemTime::now()
                        .duration_since(std::time::UNIX_EPOCH)
                        .map_or(0, |d| d.as_nanos());
                    let stamp = format!("{} {nonce}\n", std::process::id());
                    f.write_all(stamp.as_bytes()).map_err(io_err)?;
                    // No fsync: a lock lost in a crash is stale anyway, and startup stays fast.
                    return Ok(DraftLock { path, stamp });
                }
                Err(e) if e.kind() == io::ErrorKind::AlreadyExists => {
                    let text = fs::read_to_string(&path).unwrap_or_default();
                    let owner = text
                        .split_whitespace()
                        .next()
                        .and_then(|p| p.parse::<u32>().ok());
                    match owner {
                        Some(pid) if pid != std::process::id() && alive(pid) => {
                            return Err(LockError::Held {
                                what,
                                id: id.to_string(),
                                pid,
                                path,
                            });
                        }
                        // Stale (dead owner), ours, or half-written: take it over.
                        _ => {
                            let _ = fs::remove_file(&path);
                        }
                    }
                }
                Err(e) => return Err(io_err(e)),
            }
        }
        Err(LockError::Io {
            path: path.clone(),
            source: io::Error::other("the lock file keeps reappearing"),
        })
    }

    pub fn path(&self) -> &Path {
        &self.path
    }
}

impl Drop for DraftLock {
    fn drop(&mut self) {
        // Only remove the lock if it is still ours.
        if fs::read_to_string(&self.path).is_ok_and(|t| t == self.stamp) {
            let _ = fs::remove_file(&self.path);
        }
    }
}

/// Is a process with this pid running? (Signal 0 checks without signalling.)
#[cfg(unix)]
fn alive(pid: u32) -> bool {
    let Ok(pid) = libc::pid_t::try_from(pid) else {
        return false;
    };
    // SAFETY: kill with signal 0 performs only the existence and permission checks.
    let r = unsafe { libc::kill(pid, 0) };
    r == 0 || io::Error::last_os_error().raw_os_error() == Some(libc::EPERM)
}

#[cfg(not(unix))]
fn alive(_pid: u32) -> bool {
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn second_lock_is_refused_and_stale_lock_taken_over() {
        let dir = tempfile::tempdir().unwrap();
        let draft = dir.path().join("a").join("draft.ron");
        let first = DraftLock::acquire(&draft, "a").unwrap();
        // Our own pid counts as stale (re-opening in the same process), so fake another.
        fs::write(first.path(), "1 0\n").unwrap(); // pid 1 is always alive
        let err = DraftLock::acquire(&draft, "a").unwrap_err();
        assert!(err.to_string().contains("already open"), "{err}");
        fs::write(first.path(), "999999999 0\n").unwrap(); // no such process
        let again = DraftLock::acquire(&draft, "a").unwrap();
        drop(first); // not ours any more: must not remove the new lock
        assert!(again.path().exists());
        drop(again);
        assert!(!dir.path().join("a").join(FILE).exists());
    }
}
