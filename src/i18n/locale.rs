//! Which language to speak: `--lang`, else `FAROL_LANG`, else the language the user chose
//! in the terminal UI (remembered per user), else the locale (`LC_ALL`, `LC_MESSAGES`,
//! `LANG`), else English. A language asked for by name that Farol does not have is an
//! error; a locale Farol does not have is not (the system's locale was not a request).

use std::fmt;

use super::Lang;
use crate::tr;

/// Where the language came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    Flag,
    Environment,
    Saved,
    Locale,
    Default,
}

/// The language chosen, and where from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Choice {
    pub lang: Lang,
    pub source: Source,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LanguageError {
    /// `--lang` or `FAROL_LANG` names a language Farol does not have.
    Unknown { given: String, source: Source },
}

impl LanguageError {
    /// The message in `lang` (the language of the locale, when the one asked for is unknown).
    pub fn message(&self, lang: Lang) -> String {
        let LanguageError::Unknown { given, source } = self;
        let available = Lang::ALL
            .iter()
            .map(|l| format!("{} ({})", l.tag(), l.own_name()))
            .collect::<Vec<_>>()
            .join(", ");
        let from = match source {
            Source::Environment => "FAROL_LANG",
            _ => "--lang",
        };
        tr!(
            lang,
            "error-unknown-language",
            given = given.as_str(),
            from = from,
            available = available
        )
    }
}

impl fmt::Display for LanguageError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

impl std::error::Error for LanguageError {}

/// The language to use. `flag` is `--lang`; `saved` the language remembered from the
/// terminal UI; `env` reads an environment variable (the process environment in the
/// binary, a table in tests).
pub fn resolve(
    flag: Option<&str>,
    saved: Option<Lang>,
    env: impl Fn(&str) -> Option<String>,
) -> Result<Choice, LanguageError> {
    let named = |given: &str, source: Source| {
        Lang::parse(given)
            .map(|lang| Choice { lang, source })
            .ok_or_else(|| LanguageError::Unknown {
                given: given.to_string(),
                source,
            })
    };
    if let Some(f) = flag.filter(|f| !f.trim().is_empty()) {
        return named(f, Source::Flag);
    }
    if let Some(e) = env("FAROL_LANG").filter(|e| !e.trim().is_empty()) {
        return named(&e, Source::Environment);
    }
    if let Some(lang) = saved {
        return Ok(Choice {
            lang,
            source: Source::Saved,
        });
    }
    Ok(locale(&env).map_or(
        Choice {
            lang: Lang::En,
            source: Source::Default,
        },
        |lang| Choice {
            lang,
            source: Source::Locale,
        },
    ))
}

/// The language of the locale, as POSIX orders the variables: the first of `LC_ALL`,
/// `LC_MESSAGES`, `LANG` that is set decides (even when Farol lacks its language).
pub fn locale(env: &impl Fn(&str) -> Option<String>) -> Option<Lang> {
    ["LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .find_map(|v| env(v).filter(|s| !s.trim().is_empty()))
        .and_then(|s| Lang::parse(&s))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env(pairs: &'static [(&'static str, &'static str)]) -> impl Fn(&str) -> Option<String> {
        move |k| {
            pairs
                .iter()
                .find(|(n, _)| *n == k)
                .map(|(_, v)| v.to_string())
        }
    }

    #[test]
    fn the_flag_beats_the_environment_which_beats_the_saved_choice_and_the_locale() {
        let e = env(&[("FAROL_LANG", "pt"), ("LANG", "zh_MO.UTF-8")]);
        let c = resolve(Some("zh-Hant"), Some(Lang::En), &e).unwrap();
        assert_eq!((c.lang, c.source), (Lang::ZhHant, Source::Flag));
        let c = resolve(None, Some(Lang::En), &e).unwrap();
        assert_eq!((c.lang, c.source), (Lang::Pt, Source::Environment));
        let e = env(&[("LANG", "zh_MO.UTF-8")]);
        let c = resolve(None, Some(Lang::En), &e).unwrap();
        assert_eq!((c.lang, c.source), (Lang::En, Source::Saved));
        let c = resolve(None, None, &e).unwrap();
        assert_eq!((c.lang, c.source), (Lang::ZhHant, Source::Locale));
    }

    #[test]
    fn lc_all_beats_lang_and_an_unknown_locale_means_english() {
        let e = env(&[("LC_ALL", "pt_PT.UTF-8"), ("LANG", "zh_HK.UTF-8")]);
        assert_eq!(resolve(None, None, &e).unwrap().lang, Lang::Pt);
        let e = env(&[("LC_ALL", "fr_FR.UTF-8"), ("LANG", "zh_HK.UTF-8")]);
        let c = resolve(None, None, &e).unwrap();
        assert_eq!((c.lang, c.source), (Lang::En, Source::Default));
    }

    #[test]
    fn an_unknown_language_asked_for_is_an_error_that_lists_the_available_ones() {
        let e = resolve(Some("xx"), None, env(&[])).unwrap_err();
        let m = e.to_string();
        assert!(
            m.contains("'xx'") && m.contains("zh-Hant") && m.contains("pt"),
            "{m}"
        );
        let e = resolve(None, None, env(&[("FAROL_LANG", "fr")])).unwrap_err();
        assert!(e.to_string().contains("FAROL_LANG"), "{e}");
    }
}
