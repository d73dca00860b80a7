//! The dossier's policy (`DOSSIER/policy.ron`): what the organisation allows that Farol
//! otherwise refuses. Without the file, everything is refused that could be.
//!
//! ```ron
//! Policy(
//!     // One person may sign a revision and countersign a review of it (a sole
//!     // practitioner); off by default, so that duties stay separated.
//!     allow_self_review: true,
//! )
//! ```

use std::path::{Path, PathBuf};

use serde::Deserialize;

pub const FILE: &str = "policy.ron";

#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Policy {
    /// The signer of a revision may countersign a review of it.
    #[serde(default)]
    pub allow_self_review: bool,
}

/// Its messages, in each language, are in `assets/i18n/*/errors.ftl` ([`crate::errors`]);
/// `Display` is the English one.
#[derive(Debug, thiserror::Error)]
pub enum PolicyError {
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    Parse {
        at: crate::location::Location,
        message: String,
    },
}

/// The policy of the dossier at `root` (the default, refusing, if it has no policy file).
pub fn load(root: &Path) -> Result<Policy, PolicyError> {
    let path = root.join(FILE);
    let text = match std::fs::read_to_string(&path) {
        Ok(t) => t,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Policy::default()),
        Err(source) => return Err(PolicyError::Io { path, source }),
    };
    let file = path.display().to_string();
    ron::Options::default()
        .from_str(&text)
        .map_err(|e| PolicyError::Parse {
            at: crate::location::Location::from_ron(&file, &e),
            message: e.code.to_string(),
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn absent_is_strict_and_a_bad_file_says_where() {
        let dir = tempfile::tempdir().unwrap();
        assert_eq!(load(dir.path()).unwrap(), Policy::default());
        std::fs::write(dir.path().join(FILE), "Policy(allow_self_review: true)").unwrap();
        assert!(load(dir.path()).unwrap().allow_self_review);
        std::fs::write(dir.path().join(FILE), "Policy(allow_self_reviw: true)").unwrap();
        let e = load(dir.path()).unwrap_err().to_string();
        assert!(e.contains("policy.ron:1:"), "{e}");
    }
}
