//! Two locks per draft.
//!
//! * The **editor lock** ([`DraftLock`], `draft.lock`): one interactive editor per draft.
//!   A lock file created with `create_new`, so two processes can never both believe they
//!   hold it, holding the owner's pid so a lock left by a killed process (its pid no longer
//!   running) is taken over, not obeyed. Only the terminal UI holds it, for as long as the
//!   draft is open. A lock is local to a machine: it also names the host, the user and
//!   the time it was taken, and a lock naming another host (a dossier shared through a
//!   synced folder, or a lock committed to git by mistake) is explained
//!   ([`DraftLock::other_host`]) and taken over, since a pid means nothing on another
//!   machine and drafts are per assessor.
//! * The **write lock** ([`WriteLock`]): every change to a draft — `farol answer`,
//!   `farol sign`, `farol import`, each save of the terminal UI — reads, changes and
//!   writes the draft while holding it, so no change is ever made to a copy that another
//!   writer has meanwhile replaced. It is an advisory `flock(2)` on the draft's directory
//!   itself (no file to leave behind): the kernel releases it when its holder exits,
//!   however it exits, so it is never stale. A writer that cannot get it within a few
//!   seconds gives up and writes nothing.

use std::fs::{self, File, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

pub const FILE: &str = "draft.lock";
/// How long a writer waits for another to finish before giving up.
pub const WRITE_WAIT: Duration = Duration::from_secs(10);
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
    other_host: Option<Owner>,
}

/// Who a lock file names: the first line is `PID NONCE` (all an older Farol wrote), then
/// `host`, `user` and `since` lines.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Owner {
    pub pid: Option<u32>,
    pub host: Option<String>,
    pub user: Option<String>,
    pub since: Option<String>,
}

impl Owner {
    pub fn parse(text: &str) -> Owner {
        let mut lines = text.lines();
        let pid = lines
            .next()
            .and_then(|l| l.split_whitespace().next())
            .and_then(|p| p.parse().ok());
        let mut o = Owner {
            pid,
            host: None,
            user: None,
            since: None,
        };
        for l in lines {
            let Some((k, v)) = l.split_once(' ') else {
                continue;
            };
            let v = Some(v.trim().to_string()).filter(|v| !v.is_empty());
            match k {
                "host" => o.host = v,
                "user" => o.user = v,
                "since" => o.since = v,
                _ => {}
            }
        }
        o
    }

    /// Whether the lock was taken on another machine (a lock naming no host was written
    /// by an older Farol, on this machine as far as anyone can tell).
    pub fn elsewhere(&self) -> bool {
        self.host.as_deref().is_some_and(|h| h != host_name())
    }
}

impl Owner {
    /// The note that explains a lock from another machine, taken over, in `lang`.
    pub fn explain(&self, id: &str, lang: &str) -> String {
        let unknown = || "?".to_string();
        crate::tr!(
            lang,
            "lock-other-host",
            id = id,
            host = self.host.clone().unwrap_or_else(unknown),
            user = self.user.clone().unwrap_or_else(unknown),
            since = self.since.clone().unwrap_or_else(unknown)
        )
    }
}

/// This machine's name, as locks record it.
pub fn host_name() -> String {
    static NAME: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    NAME.get_or_init(|| {
        let n = gethostname::gethostname()
            .to_string_lossy()
            .trim()
            .to_string();
        if n.is_empty() { "localhost".into() } else { n }
    })
    .clone()
}

fn user_name() -> String {
    ["USER", "USERNAME", "LOGNAME"]
        .iter()
        .find_map(|v| std::env::var(v).ok().filter(|s| !s.trim().is_empty()))
        .unwrap_or_default()
}

/// Its messages, in each language, are in `assets/i18n/*/errors.ftl` ([`crate::errors`]);
/// `Display` is the English one.
#[derive(Debug, thiserror::Error)]
pub enum LockError {
    Held {
        what: &'static str,
        id: String,
        pid: u32,
        path: PathBuf,
    },
    Busy {
        what: &'static str,
        id: String,
        waited: u64,
        path: PathBuf,
    },
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
        let mut other_host = None;
        for _ in 0..3 {
            match OpenOptions::new().write(true).create_new(true).open(&path) {
                Ok(mut f) => {
                    let nonce = std::time::SystemTime::now()
                        .duration_since(std::time::UNIX_EPOCH)
                        .map_or(0, |d| d.as_nanos());
                    let stamp = format!(
                        "{} {nonce}\nhost {}\nuser {}\nsince {}\n",
                        std::process::id(),
                        host_name(),
                        user_name(),
                        chrono::Utc::now().format("%Y-%m-%dT%H:%M:%SZ")
                    );
                    f.write_all(stamp.as_bytes()).map_err(io_err)?;
                    // No fsync: a lock lost in a crash is stale anyway, and startup stays fast.
                    return Ok(DraftLock {
                        path,
                        stamp,
                        other_host,
                    });
                }
                Err(e) if e.kind() == io::ErrorKind::AlreadyExists => {
                    let text = fs::read_to_string(&path).unwrap_or_default();
                    let owner = Owner::parse(&text);
                    if owner.elsewhere() {
                        // Its pid means nothing here: explained, then taken over.
                        other_host = Some(owner);
                        let _ = fs::remove_file(&path);
                        continue;
                    }
                    match owner.pid {
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

    /// The lock another machine had left here, which this one took over: for the caller
    /// to explain (who, which host, since when).
    pub fn other_host(&self) -> Option<&Owner> {
        self.other_host.as_ref()
    }
}

/// Held while a draft is read, changed and written; released when dropped (or when the
/// process ends, however it ends).
#[derive(Debug)]
pub struct WriteLock {
    _file: File,
}

impl WriteLock {
    /// Takes the write lock of the draft whose file is `draft_file`, waiting up to `wait`
    /// for another writer to finish.
    pub fn acquire(draft_file: &Path, id: &str, wait: Duration) -> Result<WriteLock, LockError> {
        let dir = draft_file.parent().unwrap_or(Path::new("."));
        let path = dir.to_path_buf();
        let io_err = |source| LockError::Io {
            path: path.clone(),
            source,
        };
        fs::create_dir_all(dir).map_err(io_err)?;
        let file = File::open(dir).map_err(io_err)?;
        let start = Instant::now();
        let mut pause = Duration::from_millis(2);
        loop {
            match try_flock(&file) {
                Ok(true) => return Ok(WriteLock { _file: file }),
                Ok(false) if start.elapsed() < wait => {
                    std::thread::sleep(pause);
                    pause = (pause * 2).min(Duration::from_millis(50));
                }
                Ok(false) => {
                    return Err(LockError::Busy {
                        what: "the assessment",
                        id: id.to_string(),
                        waited: wait.as_secs(),
                        path,
                    });
                }
                Err(e) => return Err(io_err(e)),
            }
        }
    }
}

/// An exclusive, non-blocking `flock`: Ok(false) when another holds it.
#[cfg(unix)]
fn try_flock(f: &File) -> io::Result<bool> {
    use std::os::unix::io::AsRawFd;
    // SAFETY: flock on a descriptor we own; it is released when the file is closed.
    let r = unsafe { libc::flock(f.as_raw_fd(), libc::LOCK_EX | libc::LOCK_NB) };
    if r == 0 {
        return Ok(true);
    }
    let e = io::Error::last_os_error();
    match e.raw_os_error() {
        Some(libc::EWOULDBLOCK) | Some(libc::EINTR) => Ok(false),
        _ => Err(e),
    }
}

#[cfg(not(unix))]
fn try_flock(f: &File) -> io::Result<bool> {
    match f.try_lock() {
        Ok(()) => Ok(true),
        Err(fs::TryLockError::WouldBlock) => Ok(false),
        Err(fs::TryLockError::Error(e)) => Err(e),
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

use crate::fsutil::pid_alive as alive;

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

    #[test]
    fn a_lock_of_another_host_is_explained_and_taken_over() {
        let dir = tempfile::tempdir().unwrap();
        let draft = dir.path().join("a").join("draft.ron");
        let mine = DraftLock::acquire(&draft, "a").unwrap();
        let text = fs::read_to_string(mine.path()).unwrap();
        let owner = Owner::parse(&text);
        assert_eq!(owner.pid, Some(std::process::id()));
        assert_eq!(owner.host.as_deref(), Some(host_name().as_str()));
        assert!(!owner.elsewhere() && mine.other_host().is_none());
        // pid 1 always runs here, but this lock was taken on another machine.
        fs::write(
            mine.path(),
            "1 0\nhost far-away-laptop\nuser bea\nsince 2026-11-20T09:00:00Z\n",
        )
        .unwrap();
        let taken = DraftLock::acquire(&draft, "a").unwrap();
        let other = taken.other_host().unwrap();
        assert_eq!(other.host.as_deref(), Some("far-away-laptop"));
        let note = other.explain("a", "en");
        assert!(
            note.contains("far-away-laptop") && note.contains("bea") && note.contains("2026-11-20"),
            "{note}"
        );
        assert!(Owner::parse(&fs::read_to_string(taken.path()).unwrap()).host == Some(host_name()));
        // An older Farol's lock names no host: it is this machine's, obeyed while it runs.
        fs::write(taken.path(), "1 0\n").unwrap();
        assert!(DraftLock::acquire(&draft, "a").is_err());
    }

    #[test]
    fn a_second_writer_waits_then_gives_up() {
        let dir = tempfile::tempdir().unwrap();
        let draft = dir.path().join("a").join("draft.ron");
        let first = WriteLock::acquire(&draft, "a", Duration::ZERO).unwrap();
        let err = WriteLock::acquire(&draft, "a", Duration::from_millis(30)).unwrap_err();
        assert!(
            err.to_string().contains("being changed by another Farol"),
            "{err}"
        );
        drop(first);
        WriteLock::acquire(&draft, "a", Duration::ZERO).unwrap();
    }
}
