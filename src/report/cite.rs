//! Citations in the report: the score and the questionnaire give them in the report's
//! language and local style already (`Questionnaire::cite`); here they are joined as the
//! language lists things.

use crate::i18n::Lang;

/// A list of citations, joined.
pub fn list(l: Lang, cites: &[String]) -> String {
    super::sections::list_strong(l, cites)
}
