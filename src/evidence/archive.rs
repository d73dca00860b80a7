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

/// More than any bundle holds: an archive that unpacks to more is refused.
const MAX_UNPACKED: u64 = 8 << 30;
const MAX_ENTRIES: usize = 1_000_000;

/// Unpacks `zip` into the empty directory `into`. Entries that could reach outside it, or
/// are not plain files, are not unpacked and are returned as problems, by their name in
/// the zip.
pub(super) fn extract(zip: &Path, into: &Path) -> Result<Vec<String>, EvidenceError> {
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
    let mut problems = Vec::new();
    if ar.has_duplicate_names() {
        problems.push(
            "the zip holds two entries with the same name: one was slipped in after bundling"
                .into(),
        );
    }
    let mut total = 0u64;
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
            fs::create_dir_all(d).map_err(io_err("cannot unpack into", d, WRITE_HINT))?;
        }
        let mut out = match OpenOptions::new().write(true).create_new(true).open(&dest) {
            Ok(f) => f,
            Err(err) if err.kind() == io::ErrorKind::AlreadyExists => {
                problems.push(format!("{name} appears twice in the zip"));
                continue;
            }
            Err(err) => return Err(io_err("cannot unpack into", &dest, WRITE_HINT)(err)),
        };
        let left = MAX_UNPACKED - total;
        let n = match io::copy(&mut (&mut e).take(left + 1), &mut out) {
            Ok(n) => n,
            Err(err) => {
                drop(out);
                let _ = fs::remove_file(&dest);
                problems.push(format!(
                    "{name} is damaged in the zip ({err}); it was not unpacked"
                ));
                continue;
            }
        };
        total += n;
        if total > MAX_UNPACKED {
            return Err(bad(format!(
                "it unpacks to more than {} GB, more than any bundle",
                MAX_UNPACKED >> 30
            )));
        }
    }
    Ok(problems)
}
