//! Atomic writes: a temporary file in the same directory, fsync, then rename (or a hard
//! link, when the file must be new), then fsync of the directory. A crash at any moment
//! leaves either the old file or the new one, never a half-written one.

use std::fs::{self, File, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

/// Whether a process with this pid is running (signal 0 checks without signalling).
#[cfg(unix)]
pub(crate) fn pid_alive(pid: u32) -> bool {
    let Ok(pid) = libc::pid_t::try_from(pid) else {
        return false;
    };
    // SAFETY: kill with signal 0 performs only the existence and permission checks.
    let r = unsafe { libc::kill(pid, 0) };
    r == 0 || io::Error::last_os_error().raw_os_error() == Some(libc::EPERM)
}

#[cfg(not(unix))]
pub(crate) fn pid_alive(_pid: u32) -> bool {
    true
}

/// The pid in a temporary name this module makes (`.NAME.PID.N.tmp`), if it is one.
fn temp_owner(name: &str) -> Option<u32> {
    let rest = name.strip_prefix('.')?.strip_suffix(".tmp")?;
    let mut parts = rest.rsplitn(3, '.');
    let _n: u32 = parts.next()?.parse().ok()?;
    let pid = parts.next()?.parse().ok()?;
    parts.next().filter(|s| !s.is_empty())?;
    Some(pid)
}

/// Whether a directory entry named `name` is a temporary file of a Farol that no longer
/// runs (what [`clean_stale_temps`] removes).
pub fn is_stale_temp(name: &str) -> bool {
    temp_owner(name).is_some_and(|pid| pid != std::process::id() && !pid_alive(pid))
}

/// Removes the temporary files (and directories) that a killed Farol left in `dir`: those
/// named as this module names them whose process is no longer running. Returns how many.
pub fn clean_stale_temps(dir: &Path) -> usize {
    let Ok(rd) = fs::read_dir(dir) else {
        return 0;
    };
    let mut n = 0;
    for e in rd.flatten() {
        let name = e.file_name();
        let Some(pid) = name.to_str().and_then(temp_owner) else {
            continue;
        };
        if pid == std::process::id() || pid_alive(pid) {
            continue;
        }
        let p = e.path();
        let gone = match e.file_type() {
            Ok(t) if t.is_dir() => fs::remove_dir_all(&p),
            _ => fs::remove_file(&p),
        };
        if gone.is_ok() {
            n += 1;
        }
    }
    n
}

/// Whether a write failed because the disk (or the user's quota) is full.
pub fn is_disk_full(e: &io::Error) -> bool {
    e.kind() == io::ErrorKind::StorageFull
        || e.kind() == io::ErrorKind::QuotaExceeded
        || matches!(e.raw_os_error(), Some(28 | 122))
}

/// What to do about a failed write into the dossier: a full disk is named as such.
pub fn write_hint(e: &io::Error) -> &'static str {
    if is_disk_full(e) {
        "the disk is full: free some space on it and do it again; nothing was written"
    } else {
        "check that the dossier exists and that you may write to it"
    }
}

/// Writes a file the user named (`-o FILE`): `-` is standard output; the file's
/// directory must exist (a mistyped directory is not silently made, as it is for the
/// dossier's own files); the file is replaced atomically.
pub fn write_user_output(path: &Path, bytes: &[u8]) -> io::Result<()> {
    if path.as_os_str() == "-" {
        let mut out = io::stdout().lock();
        out.write_all(bytes)?;
        return out.flush();
    }
    let dir = path
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    if !dir.is_dir() {
        return Err(io::Error::new(
            io::ErrorKind::NotFound,
            format!("{} is not a directory", dir.display()),
        ));
    }
    write_atomic(path, bytes)
}

/// Replaces `path` with `bytes` atomically.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> io::Result<()> {
    write_via_temp(path, bytes, 0o644, true, |tmp, path| fs::rename(tmp, path))
}

/// Writes `bytes` to a file that must not exist yet, atomically. The temporary file is
/// created with `mode`, so it is never readable by others even for an instant; the final
/// name is a hard link, which fails rather than replace an existing file.
pub fn write_new(path: &Path, bytes: &[u8], mode: u32) -> io::Result<()> {
    write_new_in(path, bytes, mode, true)
}

/// [`write_new`] into a directory the caller has just swept of stale temporary files
/// (see [`is_stale_temp`]) while listing it: a directory of thousands of signed files
/// is not listed twice.
pub fn write_new_swept(path: &Path, bytes: &[u8], mode: u32) -> io::Result<()> {
    write_new_in(path, bytes, mode, false)
}

fn write_new_in(path: &Path, bytes: &[u8], mode: u32, sweep: bool) -> io::Result<()> {
    write_via_temp(path, bytes, mode, sweep, |tmp, path| {
        match fs::hard_link(tmp, path) {
            Ok(()) => Ok(()),
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => Err(e),
            // A filesystem without hard links: check, then rename (a narrow race only).
            Err(_) if !path.exists() => fs::rename(tmp, path),
            Err(_) => Err(io::Error::new(
                io::ErrorKind::AlreadyExists,
                "the file already exists",
            )),
        }
    })
}

fn write_via_temp(
    path: &Path,
    bytes: &[u8],
    mode: u32,
    sweep: bool,
    publish: impl FnOnce(&Path, &Path) -> io::Result<()>,
) -> io::Result<()> {
    let dir = path.parent().unwrap_or(Path::new("."));
    fs::create_dir_all(dir)?;
    // What a killed writer left behind here goes now.
    if sweep {
        clean_stale_temps(dir);
    }
    let (tmp, mut f) = temp_file(dir, path, mode)?;
    let result = (|| {
        f.write_all(bytes)?;
        f.sync_all()?;
        drop(f);
        publish(&tmp, path)?;
        if let Ok(d) = File::open(dir) {
            let _ = d.sync_all();
        }
        Ok(())
    })();
    // After a rename the temporary name is gone; after a hard link it is a second name.
    let _ = fs::remove_file(&tmp);
    result
}

/// A new, uniquely named temporary file beside `path`.
fn temp_file(dir: &Path, path: &Path, mode: u32) -> io::Result<(PathBuf, File)> {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "file".into());
    let mut n = 0u32;
    loop {
        let tmp = dir.join(format!(".{name}.{}.{n}.tmp", std::process::id()));
        let mut o = OpenOptions::new();
        o.write(true).create_new(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::OpenOptionsExt;
            o.mode(mode);
        }
        #[cfg(not(unix))]
        let _ = mode;
        match o.open(&tmp) {
            Ok(f) => return Ok((tmp, f)),
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists && n < 1000 => n += 1,
            Err(e) => return Err(e),
        }
    }
}

/// A time shown as "YYYY-MM-DD HH:MM UTC", written in machine-readable output as RFC 3339
/// (`YYYY-MM-DDTHH:MM:00Z`); any other text as it is.
pub fn stamp_as_rfc3339<S: serde::Serializer>(stamp: &str, s: S) -> Result<S::Ok, S::Error> {
    match chrono::NaiveDateTime::parse_from_str(stamp, "%Y-%m-%d %H:%M UTC") {
        Ok(t) => s.serialize_str(
            &t.and_utc()
                .to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
        ),
        Err(_) => s.serialize_str(stamp),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn leftovers_of_dead_processes_are_removed_and_live_ones_kept() {
        let dir = tempfile::tempdir().unwrap();
        let dead = dir.path().join(".draft.ron.999999999.0.tmp");
        let live = dir
            .path()
            .join(format!(".draft.ron.{}.0.tmp", std::process::id()));
        let init = dir.path().join(".draft.ron.1.3.tmp"); // pid 1 always runs
        let other = dir.path().join("notes.tmp");
        for p in [&dead, &live, &init, &other] {
            fs::write(p, "x").unwrap();
        }
        fs::create_dir(dir.path().join(".evidence.999999998.0.tmp")).unwrap();
        assert_eq!(clean_stale_temps(dir.path()), 2);
        assert!(!dead.exists() && live.exists() && init.exists() && other.exists());
        write_atomic(&dir.path().join("draft.ron"), b"y").unwrap();
        assert!(live.exists(), "ours is in use");
    }

    #[test]
    fn a_full_disk_is_named() {
        let full = io::Error::from_raw_os_error(28);
        assert!(is_disk_full(&full));
        assert!(write_hint(&full).starts_with("the disk is full"));
        assert!(!is_disk_full(&io::Error::from(
            io::ErrorKind::PermissionDenied
        )));
    }
}
