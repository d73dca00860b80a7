//! Farol's own words in the languages of Macau: English, Traditional Chinese and Portuguese.
//!
//! Every sentence a user reads — screens, command output, errors, the PDF report, the
//! bundle's README — is a message in the catalogue under `assets/i18n/<lang>/*.ftl`
//! ([Project Fluent](https://projectfluent.org) syntax, one file per face of Farol), looked
//! up by id with [`tr!`]. Fluent handles plurals per language (Portuguese has one/other,
//! Chinese has none) and word order, so no English grammar is built in code.
//!
//! Questionnaire texts are not here: the questionnaire carries its own languages
//! ([`crate::questionnaire::Text`]). Machine-readable output (`--json`, ids, record field
//! names) stays language-neutral and never goes through the catalogue.
//!
//! A message missing in the language asked for falls back to English and is counted, so a
//! face can say in one line that some texts are shown in English ([`fallbacks`]).

mod catalogue;
mod locale;
pub mod words;

use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

pub use catalogue::{fallbacks, message_ids, tr_args, tr_id};
pub use fluent_bundle::{FluentArgs, FluentValue};
pub use locale::{Choice, LanguageError, Source, resolve};

/// A language Farol speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub enum Lang {
    #[default]
    En,
    ZhHant,
    Pt,
}

impl Lang {
    pub const ALL: [Lang; 3] = [Lang::En, Lang::ZhHant, Lang::Pt];

    /// The BCP 47 tag: the key of a questionnaire text and of a catalogue directory.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::ZhHant => "zh-Hant",
            Lang::Pt => "pt",
        }
    }

    /// The language's name in itself, for a language menu.
    pub fn own_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::ZhHant => "繁體中文",
            Lang::Pt => "Português",
        }
    }

    /// The language a tag or a locale names: `zh-Hant`, `zh-Hant-MO`, `zh_MO.UTF-8`,
    /// `zh-HK`, `zh-TW` are Traditional Chinese; `pt`, `pt-PT`, `pt_MO` Portuguese; `en`,
    /// `en_GB.UTF-8` English; `C` and `POSIX` English. Anything else is `None`: Farol has
    /// no Simplified Chinese, and does not pretend `zh-CN` is Traditional.
    pub fn parse(tag: &str) -> Option<Lang> {
        let tag = tag.split(['.', '@']).next().unwrap_or("").trim();
        let mut parts = tag.split(['-', '_']).filter(|p| !p.is_empty());
        let first = parts.next()?.to_ascii_lowercase();
        let rest: Vec<String> = parts.map(str::to_ascii_lowercase).collect();
        match first.as_str() {
            "en" | "c" | "posix" => Some(Lang::En),
            "pt" => Some(Lang::Pt),
            "zh" => {
                let traditional = rest.is_empty()
                    || rest
                        .iter()
                        .any(|p| matches!(p.as_str(), "hant" | "mo" | "hk" | "tw"));
                let simplified = rest
                    .iter()
                    .any(|p| matches!(p.as_str(), "hans" | "cn" | "sg"));
                (traditional && !simplified).then_some(Lang::ZhHant)
            }
            _ => None,
        }
    }

    /// The languages this one falls back to, most specific first: always ending in English.
    pub fn chain(self) -> &'static [Lang] {
        match self {
            Lang::En => &[Lang::En],
            Lang::ZhHant => &[Lang::ZhHant, Lang::En],
            Lang::Pt => &[Lang::Pt, Lang::En],
        }
    }

    /// Whether text in this language is set in CJK characters (no spaces between words,
    /// two columns per character), for the faces that break lines.
    pub fn is_cjk(self) -> bool {
        self == Lang::ZhHant
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str(self.tag())
    }
}

impl Serialize for Lang {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.tag())
    }
}

impl<'de> Deserialize<'de> for Lang {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        Lang::parse(&s).ok_or_else(|| {
            serde::de::Error::custom(format!(
                "'{s}' is not a language Farol has (en, zh-Hant, pt)"
            ))
        })
    }
}

/// Anything that names a language: a [`Lang`], or a tag as the questionnaire code passes
/// it around (`"zh-Hant"`). An unknown tag reads as English.
pub trait AsLang {
    fn as_lang(&self) -> Lang;
}

impl AsLang for Lang {
    fn as_lang(&self) -> Lang {
        *self
    }
}

impl AsLang for str {
    fn as_lang(&self) -> Lang {
        match self {
            "en" => Lang::En,
            "zh-Hant" => Lang::ZhHant,
            "pt" => Lang::Pt,
            other => Lang::parse(other).unwrap_or_default(),
        }
    }
}

impl AsLang for String {
    fn as_lang(&self) -> Lang {
        self.as_str().as_lang()
    }
}

impl<T: AsLang + ?Sized> AsLang for &T {
    fn as_lang(&self) -> Lang {
        (**self).as_lang()
    }
}

/// A message of the catalogue in a language: `tr!(lang, "home-title")`, or with
/// arguments `tr!(lang, "answered", n = 3, total = 10)`. `lang` is a [`Lang`] or a tag.
/// Argument values are strings or numbers (numbers select plural forms).
#[macro_export]
macro_rules! tr {
    ($lang:expr, $id:literal) => {
        $crate::i18n::tr_id($crate::i18n::AsLang::as_lang(&$lang), $id)
    };
    ($lang:expr, $id:literal, $($key:ident = $value:expr),+ $(,)?) => {{
        let mut args = $crate::i18n::FluentArgs::new();
        $( args.set(stringify!($key), $crate::i18n::FluentValue::from($value)); )+
        $crate::i18n::tr_args($crate::i18n::AsLang::as_lang(&$lang), $id, &args)
    }};
}

#[cfg(test)]
mod tests {
    use super::Lang;

    #[test]
    fn tags_and_locales_name_the_right_language() {
        for (tag, want) in [
            ("en", Some(Lang::En)),
            ("en_GB.UTF-8", Some(Lang::En)),
            ("C", Some(Lang::En)),
            ("C.UTF-8", Some(Lang::En)),
            ("zh-Hant", Some(Lang::ZhHant)),
            ("zh-Hant-MO", Some(Lang::ZhHant)),
            ("zh_MO.UTF-8", Some(Lang::ZhHant)),
            ("zh_HK", Some(Lang::ZhHant)),
            ("zh-TW", Some(Lang::ZhHant)),
            ("zh", Some(Lang::ZhHant)),
            ("zh_CN.UTF-8", None),
            ("zh-Hans", None),
            ("pt", Some(Lang::Pt)),
            ("pt_MO.UTF-8", Some(Lang::Pt)),
            ("pt-BR", Some(Lang::Pt)),
            ("xx", None),
            ("", None),
        ] {
            assert_eq!(Lang::parse(tag), want, "{tag}");
        }
    }

    #[test]
    fn a_message_is_found_in_every_language_and_takes_plurals() {
        for l in Lang::ALL {
            assert!(!crate::tr!(l, "language-name").is_empty());
        }
        assert_eq!(crate::tr!(Lang::En, "count-revisions", n = 1), "1 revision");
        assert_eq!(
            crate::tr!(Lang::En, "count-revisions", n = 2),
            "2 revisions"
        );
        assert_eq!(crate::tr!(Lang::Pt, "count-revisions", n = 1), "1 revisão");
        assert_eq!(crate::tr!(Lang::Pt, "count-revisions", n = 3), "3 revisões");
        assert_eq!(
            crate::tr!("zh-Hant", "count-revisions", n = 3),
            "3 個修訂版本"
        );
    }
}
