//! `-` for standard input in the options that take a file (`--questionnaire`, `--answers`,
//! `verify --trust`), beside the arguments that already took it. Standard input can be
//! read once: a command where two options ask for it is refused (exit 2), naming both,
//! before anything is read.

use std::path::{Path, PathBuf};

use anyhow::{Context as _, Result, bail};
use farol::dossier::Dossier;
use farol::questionnaire::Loaded;
use farol::tr;

/// Whether an argument asks for standard input.
pub fn is_dash(s: impl AsRef<std::ffi::OsStr>) -> bool {
    s.as_ref() == "-"
}

/// Refuses a command where standard input is asked for more than once: by one option given
/// `-` twice, or by two options. `asks` pairs each option's name with how many times it
/// was given `-`.
pub fn once(lang: &str, asks: &[(&str, usize)]) -> Result<()> {
    if asks.iter().any(|(_, n)| *n > 1) {
        bail!(tr!(lang, "cli-stdin-once"));
    }
    let names: Vec<&str> = asks
        .iter()
        .filter(|(_, n)| *n > 0)
        .map(|(name, _)| *name)
        .collect();
    if let [first, second, ..] = names[..] {
        bail!(tr!(
            lang,
            "cli-stdin-two-options",
            first = first,
            second = second
        ));
    }
    Ok(())
}

/// `--questionnaire`: a built-in id, a questionnaire file, or `-` for its text on standard
/// input.
pub fn questionnaire(dossier: &Dossier, lang: &str, name: Option<&str>) -> Result<Loaded> {
    if name.is_some_and(is_dash) {
        let mut source = String::new();
        std::io::Read::read_to_string(&mut std::io::stdin(), &mut source)
            .with_context(|| tr!(lang, "cli-cannot-read", path = "-"))?;
        return Ok(dossier.questionnaire_from_source("-", &source)?);
    }
    Ok(dossier.resolve_questionnaire(name)?)
}

/// Standard input kept in a private file named `name`, for what reads only files (a key
/// given to `--trust`). The file goes with the value.
pub struct Kept {
    _dir: tempfile::TempDir,
    pub path: PathBuf,
}

/// Keeps standard input in a private file named `name`.
pub fn keep(lang: &str, name: &str) -> Result<Kept> {
    let mut bytes = Vec::new();
    std::io::Read::read_to_end(&mut std::io::stdin(), &mut bytes)
        .with_context(|| tr!(lang, "cli-cannot-read", path = "-"))?;
    let dir = tempfile::tempdir()?;
    let path = dir.path().join(Path::new(name));
    std::fs::write(&path, &bytes)?;
    Ok(Kept { _dir: dir, path })
}
