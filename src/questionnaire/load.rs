//! Reading a questionnaire from RON, with errors a legal team can act on.

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use ron::extensions::Extensions;
use sha2::{Digest, Sha256};

use super::model::Questionnaire;
use crate::location::Location;

/// The questionnaires compiled into the binary: (file name, RON source, the same parsed
/// and converted to JSON by `build.rs`, which reads several times faster).
pub const EMBEDDED: &[(&str, &str, &str)] = &[(
    "macau-pdpa.ron",
    include_str!("../../questionnaires/macau-pdpa.ron"),
    include_str!(concat!(env!("OUT_DIR"), "/macau-pdpa.json")),
)];

pub const DEFAULT_ID: &str = "macau-pdpa";

/// Its messages, in each language, are in `assets/i18n/*/errors.ftl` ([`crate::errors`]);
/// `Display` is the English one.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    Syntax {
        at: Location,
        message: String,
        hint: String,
    },
}

/// A questionnaire together with the exact bytes it was read from and their fingerprint.
#[derive(Debug, Clone)]
pub struct Loaded {
    pub questionnaire: Questionnaire,
    pub source: String,
    pub fingerprint: String,
    pub file: String,
}

pub fn fingerprint(bytes: &[u8]) -> String {
    hex::encode(Sha256::digest(bytes))
}

pub fn ron_options() -> ron::Options {
    ron::Options::default().with_default_extension(Extensions::IMPLICIT_SOME)
}

/// Parses questionnaire source; `file` names it in error messages.
pub fn parse(file: &str, source: &str) -> Result<Loaded, LoadError> {
    match ron_options().from_str::<Questionnaire>(source) {
        Ok(questionnaire) => Ok(Loaded {
            questionnaire,
            fingerprint: fingerprint(source.as_bytes()),
            source: source.to_string(),
            file: file.to_string(),
        }),
        Err(e) => Err(LoadError::Syntax {
            at: Location::from_ron(file, &e),
            message: e.code.to_string(),
            hint: crate::location::ron_hint(&e.code),
        }),
    }
}

pub fn load_file(path: &Path) -> Result<Loaded, LoadError> {
    let source = std::fs::read_to_string(path).map_err(|source| LoadError::Io {
        path: path.to_path_buf(),
        source,
    })?;
    parse(&path.display().to_string(), &source)
}

/// The questionnaires compiled into the binary, read once per process.
pub fn embedded() -> &'static [Loaded] {
    static PARSED: OnceLock<Vec<Loaded>> = OnceLock::new();
    PARSED.get_or_init(|| EMBEDDED.iter().map(read_builtin).collect())
}

/// Reads one built-in questionnaire, uncached: what start-up costs.
pub fn read_builtin((name, src, json): &(&str, &str, &str)) -> Loaded {
    Loaded {
        questionnaire: serde_json::from_str(json)
            .expect("build.rs wrote this JSON from the same types"),
        source: src.to_string(),
        fingerprint: fingerprint(src.as_bytes()),
        file: format!("(built in) questionnaires/{name}"),
    }
}

pub fn embedded_default() -> Loaded {
    embedded()
        .iter()
        .find(|l| l.questionnaire.id == DEFAULT_ID)
        .cloned()
        .expect("the default questionnaire is embedded")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_built_in_json_is_the_ron_exactly() {
        for (l, (name, src, _)) in embedded().iter().zip(EMBEDDED) {
            let from_ron = parse(name, src).expect("the built-in questionnaire parses");
            assert_eq!(l.questionnaire, from_ron.questionnaire);
            assert_eq!(l.fingerprint, from_ron.fingerprint);
        }
    }
}
