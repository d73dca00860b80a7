//! The errors of an answer that does not fit its question.

use super::{Localized, phrase};
use crate::assessment::AnswerError;
use crate::i18n::Lang;
use crate::tr;

impl Localized for AnswerError {
    fn message(&self, lang: Lang) -> String {
        use AnswerError as E;
        match self {
            E::UnknownQuestion(id, suggestion) => {
                // " (did you mean 'x'?)", or " (questionnaire version)".
                let suggestion = match suggestion
                    .strip_prefix(" (did you mean '")
                    .and_then(|s| s.strip_suffix("'?)"))
                {
                    Some(close) => tr!(lang, "err-answer-did-you-mean", id = close),
                    None => suggestion.clone(),
                };
                tr!(
                    lang,
                    "err-answer-unknown-question",
                    id = id.as_str(),
                    suggestion = suggestion
                )
            }
            E::WrongKind {
                question,
                expected,
                got,
            } => tr!(
                lang,
                "err-answer-wrong-kind",
                question = question.as_str(),
                expected = phrase(lang, expected),
                got = phrase(lang, got)
            ),
            E::UnknownChoice {
                question,
                choice,
                allowed,
            } => tr!(
                lang,
                "err-answer-unknown-choice",
                question = question.as_str(),
                choice = choice.as_str(),
                allowed = allowed.as_str()
            ),
            E::OneChoice { question } => {
                tr!(lang, "err-answer-one-choice", question = question.as_str())
            }
            E::OutOfRange {
                question,
                value,
                range,
            } => tr!(
                lang,
                "err-answer-out-of-range",
                question = question.as_str(),
                value = value.to_string(),
                range = range.as_str()
            ),
            E::UnknownColumn {
                question,
                column,
                allowed,
            } => tr!(
                lang,
                "err-answer-unknown-column",
                question = question.as_str(),
                column = column.as_str(),
                allowed = allowed.as_str()
            ),
            E::BadCell {
                question,
                column,
                problem,
            } => tr!(
                lang,
                "err-answer-bad-cell",
                question = question.as_str(),
                column = column.as_str(),
                problem = phrase(lang, problem)
            ),
            E::Unreadable {
                question,
                value,
                expected,
            } => tr!(
                lang,
                "err-answer-unreadable",
                question = question.as_str(),
                value = value.as_str(),
                expected = phrase(lang, expected)
            ),
        }
    }
}
