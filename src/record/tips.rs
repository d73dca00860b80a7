//! Tips: the signed files of a chain that nothing follows yet.
//!
//! Signed files are named `NNNN-<h12>.ron`, so two people who sign the same number in two
//! clones add two files and git merges both. Each file names the one it follows
//! (`previous`) and, after a fork was resolved, the other tips it joined (`merges`). A
//! chain with one tip is a line; more than one tip is a fork, which `farol resolve` ends by
//! signing a revision that follows one tip and merges the others.
//!
//! Finding the tips reads only what it must: a chain in which every number has one file
//! has one tip, its last file (the listing says so). Only where numbers repeat are the
//! files read whole; above a fork, only the first lines of a file (its `previous:` and
//! `merges:`), and only until a file merges the branch.

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};

use super::{RecordError, name_parts, sha256_hex, sign::MARKER};

/// What a signed file follows: its `previous` and its `merges`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Links {
    pub previous: Option<String>,
    pub merges: Vec<String>,
}

/// The top-level `previous:` and `merges:` of a signed file (a revision, review, head or
/// index), read from its signed lines without parsing the whole body. Top-level fields are
/// the lines indented by exactly four spaces.
pub fn links(bytes: &[u8]) -> Links {
    let text = String::from_utf8_lossy(bytes);
    let signed = text.split(MARKER).next().unwrap_or_default();
    let mut out = Links::default();
    let mut in_merges = false;
    for line in signed.lines() {
        if in_merges {
            let t = line.trim();
            if line.starts_with("    ]") || t.starts_with(']') {
                in_merges = false;
            } else if let Some(h) = t.strip_prefix('"').and_then(|t| t.split('"').next()) {
                out.merges.push(h.to_string());
            }
            continue;
        }
        let Some(field) = line.strip_prefix("    ").filter(|l| !l.starts_with(' ')) else {
            continue;
        };
        if let Some(rest) = field.strip_prefix("previous:") {
            out.previous = rest
                .trim()
                .strip_prefix("Some(\"")
                .and_then(|r| r.split('"').next())
                .map(str::to_string);
        } else if let Some(rest) = field.strip_prefix("merges:") {
            let rest = rest.trim();
            if rest.ends_with("],") || rest.ends_with(']') {
                out.merges
                    .extend(rest.split('"').skip(1).step_by(2).map(str::to_string));
            } else {
                in_merges = true;
            }
        }
    }
    out
}

/// A file of a chain that nothing follows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tip {
    pub number: u32,
    pub path: PathBuf,
    pub sha256: String,
    /// When it was signed (for ordering tips of the same number), if the file says.
    pub at: Option<String>,
}

fn read(path: &Path) -> Result<Vec<u8>, RecordError> {
    std::fs::read(path).map_err(|source| RecordError::Io {
        action: "cannot read",
        path: path.to_path_buf(),
        source,
        hint: "check that you may read the dossier",
    })
}

/// The signing time a signed file gives its signer (`at: "…"` in its `signer`), if any.
fn signed_at(bytes: &[u8]) -> Option<String> {
    let text = String::from_utf8_lossy(bytes);
    let signer = text.rfind("    signer: ")?;
    let rest = &text[signer..];
    let at = rest.find("at: \"")? + 5;
    rest[at..].split('"').next().map(str::to_string)
}

/// The `previous` and `merges` of a signed file, reading only its first lines (they come
/// before the body: a 50 kB revision is not read whole).
fn links_at(path: &Path) -> Result<Links, RecordError> {
    use std::io::BufRead as _;
    let f = std::fs::File::open(path).map_err(|source| RecordError::Io {
        action: "cannot read",
        path: path.to_path_buf(),
        source,
        hint: "check that you may read the dossier",
    })?;
    let mut head = String::new();
    let mut seen_previous = false;
    for line in std::io::BufReader::new(f).lines() {
        let Ok(line) = line else { break };
        let field = line
            .strip_prefix("    ")
            .filter(|l| !l.starts_with(' ') && !l.starts_with(']') && !l.starts_with(')'));
        if let Some(field) = field {
            let name = field.split(':').next().unwrap_or_default();
            if seen_previous && !matches!(name, "merges" | "responds_to") {
                break;
            }
            seen_previous |= name == "previous";
        }
        head.push_str(&line);
        head.push('\n');
    }
    Ok(links(head.as_bytes()))
}

fn tip_of(n: u32, path: &Path) -> Result<(Tip, Links), RecordError> {
    let bytes = read(path)?;
    Ok((
        Tip {
            number: n,
            path: path.to_path_buf(),
            sha256: sha256_hex(&bytes),
            at: signed_at(&bytes),
        },
        links(&bytes),
    ))
}

/// The tips of the chain in `files` (as `revision_files` lists them), latest first: the
/// highest number, then the latest signing time, then the name. Empty if `files` is.
///
/// In a valid chain every file follows one of the number before, so a number held by one
/// file whose next number is held too is followed: not a tip, and not read. Only the files
/// where numbers repeat (and the numbers after them) are read whole; a branch that ends
/// there is then looked for in the `merges` of the files above it, from the bottom up,
/// reading only their first lines, until a file merges it.
pub fn tips(files: &[(u32, PathBuf)]) -> Result<Vec<Tip>, RecordError> {
    let Some(&(max, _)) = files.last() else {
        return Ok(vec![]);
    };
    let mut count: HashMap<u32, usize> = HashMap::new();
    for (n, _) in files {
        *count.entry(*n).or_default() += 1;
    }
    let held = |n: u32| count.get(&n).copied().unwrap_or(0);
    let repeated = |n: u32| held(n) > 1;
    let mut named: HashSet<String> = HashSet::new();
    let mut candidates = Vec::new();
    let mut read_whole: HashSet<&Path> = HashSet::new();
    for (n, p) in files {
        let near_fork = repeated(*n) || (*n > 1 && repeated(n - 1));
        if !near_fork && *n != max {
            continue;
        }
        let (tip, l) = tip_of(*n, p)?;
        named.extend(l.previous);
        named.extend(l.merges);
        read_whole.insert(p);
        if repeated(*n) || *n == max || held(n + 1) == 0 {
            candidates.push(tip);
        }
    }
    // A branch that ended below the top: merged by a file above it, or a tip.
    let mut scanned: HashSet<&Path> = HashSet::new();
    for c in &candidates {
        if c.number == max {
            continue;
        }
        for (_, p) in files.iter().filter(|(n, _)| *n > c.number) {
            if named.contains(&c.sha256) {
                break;
            }
            if read_whole.contains(p.as_path()) || !scanned.insert(p) {
                continue;
            }
            let l = links_at(p)?;
            named.extend(l.previous);
            named.extend(l.merges);
        }
    }
    let mut out: Vec<Tip> = candidates
        .into_iter()
        .filter(|t| !named.contains(&t.sha256))
        .collect();
    sort_latest_first(&mut out);
    Ok(out)
}

/// Latest first: the highest number, then the latest signing time, then the name.
pub fn sort_latest_first(tips: &mut [Tip]) {
    tips.sort_by(|a, b| (b.number, &b.at, &b.path).cmp(&(a.number, &a.at, &a.path)));
}

/// The latest file of a chain ([`tips`]' first) and whether the chain is forked.
pub fn latest(files: &[(u32, PathBuf)]) -> Result<Option<(Tip, bool)>, RecordError> {
    let mut t = tips(files)?;
    let forked = t.len() > 1;
    Ok((!t.is_empty()).then(|| (t.swap_remove(0), forked)))
}

/// A signed file named on the command line: a number and perhaps the start of the 12 hex
/// digits of its name (`4`, `r4`, `4-ab12cd`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Pick {
    pub number: u32,
    pub hash: Option<Prefix>,
}

/// From 1 to 12 lowercase hex digits: the start of a signed file's SHA-256.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Prefix {
    digits: [u8; 12],
    len: u8,
}

impl Prefix {
    /// `s` lowercased, if it is 1 to 12 hex digits.
    pub fn new(s: &str) -> Option<Prefix> {
        let s = s.to_ascii_lowercase();
        if s.is_empty()
            || s.len() > 12
            || !s
                .bytes()
                .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
        {
            return None;
        }
        let mut digits = [0u8; 12];
        digits[..s.len()].copy_from_slice(s.as_bytes());
        Some(Prefix {
            digits,
            len: s.len() as u8,
        })
    }

    pub fn as_str(&self) -> &str {
        std::str::from_utf8(&self.digits[..self.len as usize]).unwrap_or_default()
    }
}

impl Pick {
    /// What `s` names, or None (`4`, `R4`, `0004`, `4-ab12cd`, `0004-ab12cd3e4f5a`).
    pub fn parse(s: &str) -> Option<Pick> {
        let s = s.trim_start_matches(['r', 'R']);
        let (digits, hash) = match s.split_once('-') {
            Some((d, h)) => (d, Some(Prefix::new(h)?)),
            None => (s, None),
        };
        let number: u32 = digits.parse().ok().filter(|n| *n > 0)?;
        Some(Pick { number, hash })
    }

    /// Exactly the file numbered `number` whose SHA-256 is `sha256`.
    pub fn exact(number: u32, sha256: &str) -> Pick {
        Pick {
            number,
            hash: Prefix::new(sha256.get(..12).unwrap_or(sha256)),
        }
    }

    /// As the user would write it: `4` or `4-ab12cd`.
    pub fn shown(&self) -> String {
        match &self.hash {
            Some(h) => format!("{}-{}", self.number, h.as_str()),
            None => self.number.to_string(),
        }
    }

    /// The file of `files` this names: Ok(path), or Err with every file it could be
    /// (none: no such file; several: ambiguous, shown as `N-<h12>`).
    pub fn find<'a>(&self, files: &'a [(u32, PathBuf)]) -> Result<&'a Path, Vec<String>> {
        let same: Vec<&PathBuf> = files
            .iter()
            .filter(|(n, _)| *n == self.number)
            .map(|(_, p)| p)
            .collect();
        let fits: Vec<&PathBuf> = match &self.hash {
            None => same.clone(),
            Some(h) => same
                .iter()
                .copied()
                .filter(|p| hash_of_name(p).is_some_and(|x| x.starts_with(h.as_str())))
                .collect(),
        };
        match fits.as_slice() {
            [one] => Ok(one.as_path()),
            [] if self.hash.is_some() => Err(same.iter().map(|p| choice(p)).collect()),
            [] => Err(vec![]),
            many => Err(many.iter().map(|p| choice(p)).collect()),
        }
    }
}

/// The 12 hex digits of a file's name; for an old-style name, of its content.
fn hash_of_name(p: &Path) -> Option<String> {
    match name_parts(p)? {
        (_, Some(h)) => Some(h.to_string()),
        (_, None) => std::fs::read(p)
            .ok()
            .map(|b| sha256_hex(&b)[..12].to_string()),
    }
}

/// How a file is named as a choice: `4-ab12cd3e4f5a`.
pub fn choice(p: &Path) -> String {
    let n = name_parts(p).map_or(0, |(n, _)| n);
    format!("{n}-{}", hash_of_name(p).unwrap_or_default())
}

#[cfg(test)]
mod tests {
    use super::*;

    const HEAD: &str = "// comment\nRecord(\n    format: 1,\n    revision: 3,\n    previous: Some(\"aa\"),\n    responds_to: Some((\n        number: 1,\n        sha256: \"zz\",\n    )),\n    merges: [\n        \"bb\",\n        \"cc\",\n    ],\n    title: \"previous: Some(\\\"no\\\")\",\n    nested: (\n        previous: Some(\"dd\"),\n    ),\n)\n";

    #[test]
    fn links_are_the_top_level_previous_and_merges() {
        let l = links(HEAD.as_bytes());
        assert_eq!(l.previous.as_deref(), Some("aa"));
        assert_eq!(l.merges, ["bb", "cc"]);
        let one = links(b"Head(\n    previous: None,\n    merges: [\"ee\"],\n)\n");
        assert_eq!((one.previous, one.merges), (None, vec!["ee".to_string()]));
    }

    #[test]
    fn links_at_reads_only_the_first_lines_and_agrees() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("0003.ron");
        std::fs::write(&p, HEAD).unwrap();
        assert_eq!(links_at(&p).unwrap(), links(HEAD.as_bytes()));
    }
}
