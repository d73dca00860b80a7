//! What Farol remembers for a user between runs: the language chosen in the terminal UI.
//! Kept in `settings.ron` in the user's config directory (or `FAROL_CONFIG_DIR`), apart
//! from any dossier: a language is a person's, not an assessment's.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use thiserror::Error;

use crate::i18n::Lang;

/// The variable that moves the settings elsewhere (tests, a portable install).
pub const CONFIG_ENV: &str = "FAROL_CONFIG_DIR";

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename = "Settings")]
pub struct Settings {
    /// The language chosen in the terminal UI; `--lang`, `FAROL_LANG` still win.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lang: Option<Lang>,
}

/// Its messages, in each language, are in `assets/i18n/*/errors.ftl` ([`crate::errors`]);
/// `Display` is the English one.
#[derive(Debug, Error)]
pub enum SettingsError {
    NoHome,
    Write {
        path: PathBuf,
        source: std::io::Error,
    },
}

/// The settings file: `$FAROL_CONFIG_DIR/settings.ron`, else the user's config directory.
pub fn path() -> Option<PathBuf> {
    if let Some(d) = std::env::var_os(CONFIG_ENV).filter(|d| !d.is_empty()) {
        return Some(PathBuf::from(d).join("settings.ron"));
    }
    directories::ProjectDirs::from("mo", "Farol", "farol")
        .map(|d| d.config_dir().join("settings.ron"))
}

/// The remembered settings; none when the file is missing or unreadable (settings are a
/// convenience: a damaged file never stops Farol, and is replaced on the next save).
pub fn load() -> Settings {
    path().map(|p| load_from(&p)).unwrap_or_default()
}

pub fn load_from(p: &Path) -> Settings {
    std::fs::read_to_string(p)
        .ok()
        .and_then(|s| ron::from_str(&s).ok())
        .unwrap_or_default()
}

/// Saves the settings atomically, creating the config directory if needed.
pub fn save(s: &Settings) -> Result<(), SettingsError> {
    let p = path().ok_or(SettingsError::NoHome)?;
    save_to(&p, s)
}

pub fn save_to(p: &Path, s: &Settings) -> Result<(), SettingsError> {
    let write = |e| SettingsError::Write {
        path: p.to_path_buf(),
        source: e,
    };
    if let Some(dir) = p.parent() {
        std::fs::create_dir_all(dir).map_err(write)?;
    }
    let text = ron::ser::to_string_pretty(s, ron::ser::PrettyConfig::default())
        .expect("settings serialise");
    crate::fsutil::write_atomic(p, format!("{text}\n").as_bytes()).map_err(write)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_language_round_trips_and_a_damaged_file_reads_as_no_settings() {
        let d = tempfile::tempdir().unwrap();
        let p = d.path().join("sub/settings.ron");
        assert_eq!(load_from(&p), Settings::default());
        let s = Settings {
            lang: Some(Lang::ZhHant),
        };
        save_to(&p, &s).unwrap();
        assert!(std::fs::read_to_string(&p).unwrap().contains("\"zh-Hant\""));
        assert_eq!(load_from(&p), s);
        std::fs::write(&p, "Settings(lang: \"xx\")").unwrap();
        assert_eq!(load_from(&p), Settings::default());
    }
}
