//! Citations of the law: the instrument, article and paragraph a question, effect or duty
//! rests on, and how far each was verified. A citation that is not verified is shown as
//! such and never justifies a score or a duty, so its level travels with it everywhere.
//! Its English label is here; the other languages' style is in `questionnaire::cite`.

use serde::{Deserialize, Serialize};

use super::Text;

/// A legal instrument, as citations name it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Instrument {
    /// The `instrument` of the citations that name it: `Law 8/2005`.
    pub name: String,
    /// Its title in each language: 第8/2005號法律, Lei n.º 8/2005.
    pub title: Text,
    /// Its title after "of" where a language needs one (Portuguese: da Lei n.º 8/2005);
    /// the title when empty.
    #[serde(default, skip_serializing_if = "Text::is_blank")]
    pub of: Text,
    /// Whether it is cited by article, paragraph and item (a law); guidance and case
    /// notes are cited by their title and, for WP248, a criterion.
    #[serde(default)]
    pub articles: bool,
}

/// A reference to a legal instrument.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Citation {
    /// e.g. `Law 8/2005`, `PIPL`, `Law 13/2019`.
    pub instrument: String,
    /// e.g. `20`, `19–20`, `23`.
    #[serde(default)]
    pub article: String,
    /// e.g. `1`, `2(3)`, `(e)`.
    #[serde(default)]
    pub paragraph: String,
    /// False where the article's content could not be verified against a source read.
    /// Such a citation is shown with a warning and never justifies a risk effect.
    /// Superseded by `level`, which says how it was verified; kept so that questionnaires
    /// written before levels existed still read.
    #[serde(default = "yes", skip_serializing_if = "is_true")]
    pub verified: bool,
    /// How far the citation is verified: the text read, confirmed through the regulator's
    /// own notes, or unverified. Absent: `Verified` unless `verified: false`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub level: Option<Level>,
}

fn yes() -> bool {
    true
}

fn is_true(b: &bool) -> bool {
    *b
}

/// How far a citation is verified, as in the legal reference: V, V* and U.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Level {
    /// The article's text was read (V).
    Verified,
    /// Its number and content were read in the regulator's notes, a court ruling or
    /// government news that cites it (V*).
    Confirmed,
    /// Not verified (U): shown as such, and never the ground of a score or an obligation.
    Unverified,
}

impl Level {
    /// May a citation at this level justify a score effect or an obligation?
    pub fn justifies(self) -> bool {
        self != Level::Unverified
    }

    pub fn key(self) -> &'static str {
        match self {
            Level::Verified => "verified",
            Level::Confirmed => "confirmed",
            Level::Unverified => "unverified",
        }
    }
}

impl Citation {
    /// "Law 8/2005, Art 21(1)", "Law 8/2005, Arts 19–20", "WP248 rev.01, criterion 7".
    pub fn label(&self) -> String {
        let mut s = self.instrument.clone();
        if !self.article.is_empty() {
            let plural = self.article.contains(['–', '-', ',']);
            s.push_str(if plural { ", Arts " } else { ", Art " });
            s.push_str(&self.article);
            if !self.paragraph.is_empty() {
                match self.paragraph.split_once('(') {
                    Some(("", _)) => s.push_str(&self.paragraph),
                    Some((head, rest)) => s.push_str(&format!("({head})({rest}")),
                    None => s.push_str(&format!("({})", self.paragraph)),
                }
            }
        }
        if self.article.is_empty() && !self.paragraph.is_empty() {
            s.push_str(", ");
            s.push_str(&self.paragraph);
        }
        match self.level() {
            Level::Verified => {}
            Level::Confirmed => s.push_str(" [confirmed through the regulator]"),
            Level::Unverified => s.push_str(" [unverified]"),
        }
        s
    }

    pub fn level(&self) -> Level {
        match self.level {
            Some(l) => l,
            None if self.verified => Level::Verified,
            None => Level::Unverified,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Citation;

    fn c(instrument: &str, article: &str, paragraph: &str, verified: bool) -> String {
        Citation {
            instrument: instrument.into(),
            article: article.into(),
            paragraph: paragraph.into(),
            verified,
            level: None,
        }
        .label()
    }

    #[test]
    fn citations_read_as_lawyers_write_them() {
        assert_eq!(c("Law 8/2005", "21", "1", true), "Law 8/2005, Art 21(1)");
        assert_eq!(c("Law 8/2005", "19–20", "", true), "Law 8/2005, Arts 19–20");
        assert_eq!(c("Law 8/2005", "23", "(e)", true), "Law 8/2005, Art 23(e)");
        assert_eq!(
            c("Law 8/2005", "7", "2(3)", true),
            "Law 8/2005, Art 7(2)(3)"
        );
        assert_eq!(
            c("WP248 rev.01", "", "criterion 7", true),
            "WP248 rev.01, criterion 7"
        );
        assert_eq!(
            c("Law 8/2005", "8", "", false),
            "Law 8/2005, Art 8 [unverified]"
        );
    }
}
