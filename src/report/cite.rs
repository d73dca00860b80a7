//! Citations in the report: the score and the questionnaire give them in the report's
//! language and local style already (`Questionnaire::cite`); here they are joined as the
//! language lists things. A report for filing leaves out citations not verified against
//! the law's text: the regulator must not read them next to the law as if they were it.

use super::ReportInput;
use crate::questionnaire::{Level, split_level};

/// A list of citations, joined; without the unverified ones in a report for filing.
pub fn list(r: &ReportInput, cites: &[String]) -> String {
    let kept: Vec<String> = cites
        .iter()
        .filter(|c| !(r.for_filing && split_level(c).1 == Level::Unverified))
        .cloned()
        .collect();
    super::sections::list_strong(r.lang, &kept)
}
