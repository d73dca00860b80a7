//! Writing a bundle as a directory or a zip, and unpacking a zip to check it.
//!
//! Both writes are all-or-nothing and never replace anything: a directory is filled under
//! a temporary name beside the target and renamed into place; a zip is written beside its
//! name and linked in (`fsutil::write_new`). The zip is deterministic: entries sorted,
//! every time stamp the bundling time, fixed permissions, no extra fields.
//!
//! Unpacking for `farol verify FILE.zip` goes into a private temporary directory and
//! refuses what could reach outside it: absolute or `..` names, links, and more data than
//! any bundle holds.

use std::collections::BTreeMap;
use std::fs::{self, File, OpenOptions};
use std::io::{self, Cursor, Read, Write};
use std::path::{Path, PathBuf};

use chrono::{DateTime, Datelike, Timelike, Utc};
use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, ZipArchive, ZipWriter};

use super::{EvidenceError, io_err};

const WRITE_HINT: &str = "check that the directory exists and that you may write to it";

/// Writes `files` as the new directory `dir` (absent or empty).
pub(super) fn write_dir(
    files: &BTreeMap<String, Vec<u8>>,
    dir: &Path,
) -> Result<(), EvidenceError> {
    match fs::read_dir(dir) {
        Ok(mut rd) => {
            if rd.next().is_some() {
                return Err(EvidenceError::Exists {
                    path: dir.to_path_buf(),
                    what: " and is not empty",
                });
            }
        }
        Err(e) if e.kind() == io::ErrorKind::NotFound => {}
        Err(_) if dir.exists() => {
            return Err(EvidenceError::Exists {
                path: dir.to_path_buf(),
                what: " and is not a directory",
            });
        }
        Err(e) => return Err(io_err("cannot read", dir, WRITE_HINT)(e)),
    }
    let parent = match dir.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    fs::create_dir_all(&parent).map_err(io_err("cannot create", &parent, WRITE_HINT))?;
    let tmp = temp_dir(&parent, dir)?;
    let filled = fill(&tmp, files).and_then(|()| publish(&tmp, dir));
    if filled.is_err() {
        let _ = fs::remove_dir_all(&tmp);
    }
    filled?;
    if let Ok(d) = File::open(&parent) {
        let _ = d.sync_all();
    }
    Ok(())
}

/// A new, uniquely named directory beside `dir`, readable by its owner alone until published.
fn temp_dir(parent: &Path, dir: &Path) -> Result<PathBuf, EvidenceError> {
    let name = dir
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "evidence".into());
    for n in 0..1000 {
        let tmp = parent.join(format!(".{name}.{}.{n}.tmp", std::process::id()));
        let mut b = fs::DirBuilder::new();
        #[cfg(unix)]
        {
            use std::os::unix::fs::DirBuilderExt;
            b.mode(0o700);
        }
        match b.create(&tmp) {
            Ok(()) => return Ok(tmp),
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => continue,
            Err(e) => return Err(io_err("cannot create", &tmp, WRITE_HINT)(e)),
        }
    }
    Err(EvidenceError::Io {
        action: "cannot create a temporary directory in",
        path: parent.to_path_buf(),
        source: io::Error::new(io::ErrorKind::AlreadyExists, "too many leftovers"),
        hint: "remove the .*.tmp directories left there by interrupted runs",
    })
}

fn fill(tmp: &Path, files: &BTreeMap<String, Vec<u8>>) -> Result<(), EvidenceError> {
    for (rel, bytes) in files {
        let path = tmp.join(rel);
        if let Some(d) = path.parent() {
            fs::create_dir_all(d).map_err(io_err("cannot create", d, WRITE_HINT))?;
        }
        let mut f = OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&path)
            .map_err(io_err("cannot write", &path, WRITE_HINT))?;
        f.write_all(bytes)
            .and_then(|()| f.sync_all())
            .map_err(io_err("cannot write", &path, WRITE_HINT))?;
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        fs::set_permissions(tmp, fs::Permissions::from_mode(0o755)).map_err(io_err(
            "cannot write",
            tmp,
            WRITE_HINT,
        ))?;
    }
    Ok(())
}

/// Renames the filled directory to `dir`; on Unix this replaces an empty directory
/// atomically and fails on a non-empty one.
fn publish(tmp: &Path, dir: &Path) -> Result<(), EvidenceError> {
    #[cfg(not(unix))]
    if dir.is_dir() {
        let _ = fs::remove_dir(dir);
    }
    fs::rename(tmp, dir).map_err(|source| {
        if dir.exists() {
            EvidenceError::Exists {
                path: dir.to_path_buf(),
                what: " and was filled while the bundle was written",
            }
        } else {
            EvidenceError::Io {
                action: "cannot write",
                path: dir.to_path_buf(),
                source,
                hint: WRITE_HINT,
            }
        }
    })
}

fn zip_time(t: DateTime<Utc>) -> zip::DateTime {
    let clamp = |y: i32| y.clamp(1980, 2107) as u16;
    zip::DateTime::from_date_and_time(
        clamp(t.year()),
        t.month() as u8,
        t.day() as u8,
        t.hour() as u8,
        t.minute() as u8,
        t.second() as u8,
    )
    .unwrap_or_default()
}

/// The zip of `files`, every entry under `folder/`.
pub(super) fn zip_bytes(
    folder: &str,
    files: &BTreeMap<String, Vec<u8>>,
    now: DateTime<Utc>,
) -> Result<Vec<u8>, EvidenceError> {
    let zip_err = |e: zip::result::ZipError| EvidenceError::Zip {
        path: PathBuf::from(format!("{folder}.zip")),
        problem: format!("cannot build the zip: {e}"),
        hint: "this is a bug in Farol; write the bundle as a directory with -o DIR meanwhile",
    };
    let opts = SimpleFileOptions::default()
        .compression_method(CompressionMethod::Deflated)
        .last_modified_time(zip_time(now))
        .unix_permissions(0o644);
    let mut w = ZipWriter::new(Cursor::new(Vec::new()));
    for (path, bytes) in files {
        w.start_file(format!("{folder}/{path}"), opts)
            .map_err(zip_err)?;
        w.write_all(bytes).map_err(|e| zip_err(e.into()))?;
    }
    Ok(w.finish().map_err(zip_err)?.into_inner())
}

/// Above this the bundle is refused before anything is unpacked (its entries' declared
/// sizes are added up first): no bundle of signed records and reports comes near it.
const MAX_UNPACKED: u64 = 2 << 30;
const MAX_ENTRIES: usize = 1_000_000;

pub(super) fn extract(zip: &Path, into: &Path) -> Result<Vec<String>, EvidenceError> {
    extract_capped(zip, into, MAX_UNPACKED)
}

/// Unpacks `zip` into `into`, refusing before anything is written if the sizes the zip
/// declares add up to more than `cap` or than the free space of the disk, and stopping an
/// entry that unpacks to more than it declares (a zip bomb lies about its sizes). Returns
/// what was wrong with single entries (not unpacked).
fn extract_capped(zip: &Path, into: &Path, cap: u64) -> Result<Vec<String>, EvidenceError> {
    let bad = |problem: String| EvidenceError::Zip {
        path: zip.to_path_buf(),
        problem,
        hint: "the file is damaged or is not a zip; ask for the bundle again",
    };
    let f = File::open(zip).map_err(io_err(
        "cannot read",
        zip,
        "check the path and that you may read the file",
    ))?;
    let mut ar = ZipArchive::new(io::BufReader::new(f))
        .map_err(|e| bad(format!("cannot read it as a zip: {e}")))?;
    if ar.len() > MAX_ENTRIES {
        return Err(bad(format!(
            "it holds {} entries, more than any bundle",
            ar.len()
        )));
    }
    // The sizes it declares, added up before anything is written.
    let mut declared = 0u64;
    for i in 0..ar.len() {
        let e = ar
            .by_index_raw(i)
            .map_err(|e| bad(format!("entry {}: {e}", i + 1)))?;
        declared = declared.saturating_add(e.size());
    }
    if declared > cap {
        return Err(bad(format!(
            "it declares {} unpacked, more than any bundle (at most {}); nothing was unpacked",
            in_words(declared),
            in_words(cap)
        )));
    }
    if let Some(free) = free_space(into)
        && declared > free
    {
        return Err(EvidenceError::DiskFull {
            path: into.to_path_buf(),
            what: zip.display().to_string(),
            need: in_words(declared - free),
        });
    }
    let mut problems = Vec::new();
    if ar.has_duplicate_names() {
        problems.push(
            "the zip holds two entries with the same name: one was slipped in after bundling"
                .into(),
        );
    }
    for i in 0..ar.len() {
        let mut e = ar
            .by_index(i)
            .map_err(|e| bad(format!("entry {}: {e}", i + 1)))?;
        let name = e
            .name()
            .map(|n| n.into_owned())
            .unwrap_or_else(|_| String::from_utf8_lossy(e.name_raw()).into_owned());
        if e.is_dir() {
            continue;
        }
        if e.is_symlink() || !e.is_file() {
            problems.push(format!(
                "{name} is a link, not a file: a bundle holds only files; it was not unpacked"
            ));
            continue;
        }
        let Some(rel) = e.enclosed_name().filter(|_| !name.contains('\\')) else {
            problems.push(format!(
                "{name} points outside the bundle; it was not unpacked"
            ));
            continue;
        };
        let dest = into.join(rel);
        if let Some(d) = dest.parent() {
            fs::create_dir_all(d).map_err(|err| unpack_err(zip, d, err))?;
        }
        let mut out = match OpenOptions::new().write(true).create_new(true).open(&dest) {
            Ok(f) => f,
            Err(err) if err.kind() == io::ErrorKind::AlreadyExists => {
                problems.push(format!("{name} appears twice in the zip"));
                continue;
            }
            Err(err) => return Err(unpack_err(zip, &dest, err)),
        };
        let size = e.size();
        match copy(&mut (&mut e).take(size + 1), &mut out) {
            Ok(n) if n > size => {
                return Err(bad(format!(
                    "{name} unpacks to more than the {} the zip declares for it (a zip bomb, or damage); unpacking stopped",
                    in_words(size)
                )));
            }
            Ok(_) => {}
            Err(Copy::Read(err)) => {
                drop(out);
                let _ = fs::remove_file(&dest);
                problems.push(format!(
                    "{name} is damaged in the zip ({err}); it was not unpacked"
                ));
            }
            Err(Copy::Write(err)) => return Err(unpack_err(zip, &dest, err)),
        }
    }
    Ok(problems)
}

/// A failure to write while unpacking: a full disk is named as such, never as damage.
fn unpack_err(zip: &Path, path: &Path, err: io::Error) -> EvidenceError {
    if crate::fsutil::is_disk_full(&err) {
        EvidenceError::DiskFull {
            path: path.to_path_buf(),
            what: zip.display().to_string(),
            need: "some space".into(),
        }
    } else {
        io_err("cannot unpack into", path, WRITE_HINT)(err)
    }
}

enum Copy {
    Read(io::Error),
    Write(io::Error),
}

/// `io::copy`, telling a failure to read (damage in the zip) from one to write (the disk).
fn copy(r: &mut impl Read, w: &mut impl Write) -> Result<u64, Copy> {
    let mut buf = [0u8; 64 * 1024];
    let mut n = 0u64;
    loop {
        let k = match r.read(&mut buf) {
            Ok(0) => return Ok(n),
            Ok(k) => k,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(Copy::Read(e)),
        };
        w.write_all(&buf[..k]).map_err(Copy::Write)?;
        n += k as u64;
    }
}

/// Free space for an unprivileged user on the disk holding `dir` (or its nearest
/// existing parent); None where it cannot be told.
fn free_space(dir: &Path) -> Option<u64> {
    #[cfg(unix)]
    {
        use std::os::unix::ffi::OsStrExt;
        let mut p = dir;
        while !p.exists() {
            p = p.parent()?;
        }
        let c = std::ffi::CString::new(p.as_os_str().as_bytes()).ok()?;
        // SAFETY: statvfs fills a struct we own, from a NUL-terminated path.
        let mut st: libc::statvfs = unsafe { std::mem::zeroed() };
        if unsafe { libc::statvfs(c.as_ptr(), &mut st) } != 0 {
            return None;
        }
        #[allow(clippy::unnecessary_cast)]
        Some((st.f_bavail as u64).saturating_mul(st.f_frsize as u64))
    }
    #[cfg(not(unix))]
    {
        let _ = dir;
        None
    }
}

fn in_words(bytes: u64) -> String {
    match bytes {
        b if b >= 1 << 30 => format!("{:.1} GB", b as f64 / (1u64 << 30) as f64),
        b if b >= 1 << 20 => format!("{:.1} MB", b as f64 / (1u64 << 20) as f64),
        b => format!("{} KB", b.div_ceil(1024)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn zip_of(entries: &[(&str, Vec<u8>)]) -> Vec<u8> {
        let mut w = ZipWriter::new(Cursor::new(Vec::new()));
        let opts = SimpleFileOptions::default().compression_method(CompressionMethod::Deflated);
        for (name, bytes) in entries {
            w.start_file(*name, opts).unwrap();
            w.write_all(bytes).unwrap();
        }
        w.finish().unwrap().into_inner()
    }

    #[test]
    fn a_bundle_declaring_more_than_the_cap_is_refused_before_unpacking() {
        let dir = tempfile::tempdir().unwrap();
        let zip = dir.path().join("bomb.zip");
        // 4 MB of zeros deflates to a few KB.
        fs::write(
            &zip,
            zip_of(&[("b/a", vec![0; 4 << 20]), ("b/b", vec![1; 10])]),
        )
        .unwrap();
        let into = dir.path().join("out");
        fs::create_dir(&into).unwrap();
        let e = extract_capped(&zip, &into, 1 << 20)
            .unwrap_err()
            .to_string();
        assert!(e.contains("declares 4.0 MB unpacked"), "{e}");
        assert_eq!(fs::read_dir(&into).unwrap().count(), 0, "nothing unpacked");
        assert!(extract_capped(&zip, &into, 8 << 20).unwrap().is_empty());
    }

    #[test]
    fn an_entry_larger_than_it_declares_stops_unpacking() {
        let dir = tempfile::tempdir().unwrap();
        let zip = dir.path().join("liar.zip");
        let mut bytes = zip_of(&[("a", vec![7; 100_000])]);
        // Declare 10 bytes unpacked, in the local header and the central directory.
        for (sig, at) in [(0x0403_4b50u32, 22), (0x0201_4b50u32, 24)] {
            let pos = bytes
                .windows(4)
                .position(|w| w == sig.to_le_bytes())
                .unwrap();
            bytes[pos + at..pos + at + 4].copy_from_slice(&10u32.to_le_bytes());
        }
        fs::write(&zip, bytes).unwrap();
        let into = dir.path().join("out");
        let r = extract_capped(&zip, &into, 1 << 20);
        let written = fs::metadata(into.join("a")).map_or(0, |m| m.len());
        assert!(
            written <= 11,
            "at most the declared size and one byte: {written}"
        );
        match r {
            Err(e) => assert!(e.to_string().contains("more than"), "{e}"),
            Ok(problems) => assert!(!problems.is_empty(), "reported"),
        }
    }

    #[test]
    fn a_full_disk_is_named_as_such() {
        struct Full;
        impl Write for Full {
            fn write(&mut self, _: &[u8]) -> io::Result<usize> {
                Err(io::Error::from_raw_os_error(libc::ENOSPC))
            }
            fn flush(&mut self) -> io::Result<()> {
                Ok(())
            }
        }
        let Err(Copy::Write(e)) = copy(&mut &b"data"[..], &mut Full) else {
            panic!("a write error");
        };
        let e = unpack_err(Path::new("b.zip"), Path::new("/tmp/x"), e).to_string();
        assert!(e.starts_with("the disk is full"), "{e}");
    }
}
