//! The words for Farol's own states, in every language: the one place the TUI, the
//! command line and the report take them from.

use super::AsLang;
use crate::questionnaire::{Level, Procedure, TransferState, Verdict};
use crate::risk::{DutyState, Figure};
use crate::scale::{RiskLevel, Scale, Steps};
use crate::tr;

pub fn level(lang: impl AsLang, l: RiskLevel) -> String {
    match l {
        RiskLevel::Low => tr!(lang, "level-low"),
        RiskLevel::Medium => tr!(lang, "level-medium"),
        RiskLevel::High => tr!(lang, "level-high"),
        RiskLevel::VeryHigh => tr!(lang, "level-very-high"),
    }
}

/// A level, or the word for none (a category with nothing scored yet).
pub fn level_or_none(lang: impl AsLang, l: Option<RiskLevel>) -> String {
    match l {
        Some(l) => level(lang, l),
        None => tr!(lang, "level-none"),
    }
}

pub fn scale(lang: impl AsLang, s: Scale) -> String {
    match s {
        Scale::Negligible => tr!(lang, "scale-negligible"),
        Scale::Limited => tr!(lang, "scale-limited"),
        Scale::Significant => tr!(lang, "scale-significant"),
        Scale::Maximum => tr!(lang, "scale-maximum"),
    }
}

pub fn duty(lang: impl AsLang, d: DutyState) -> String {
    match d {
        DutyState::Met => tr!(lang, "duty-met"),
        DutyState::Awaiting => tr!(lang, "duty-awaiting"),
        DutyState::Believed => tr!(lang, "duty-believed"),
        DutyState::Open => tr!(lang, "duty-open"),
    }
}

pub fn transfer(lang: impl AsLang, t: TransferState) -> String {
    match t {
        TransferState::Inside => tr!(lang, "transfer-inside"),
        TransferState::InForce => tr!(lang, "transfer-in-force"),
        TransferState::Applied => tr!(lang, "transfer-applied"),
        TransferState::Claimed => tr!(lang, "transfer-claimed"),
        TransferState::None => tr!(lang, "transfer-none"),
    }
}

pub fn procedure(lang: impl AsLang, p: Procedure) -> String {
    match p {
        Procedure::Notify => tr!(lang, "procedure-notify"),
        Procedure::Authorise => tr!(lang, "procedure-authorise"),
    }
}

pub fn verdict(lang: impl AsLang, v: Verdict) -> String {
    match v {
        Verdict::Needed => tr!(lang, "verdict-needed"),
        Verdict::LikelyNeeded => tr!(lang, "verdict-likely-needed"),
        Verdict::MayBeNeeded => tr!(lang, "verdict-may-be-needed"),
        Verdict::NotNeeded => tr!(lang, "verdict-not-needed"),
        Verdict::Incomplete => tr!(lang, "verdict-incomplete"),
    }
}

/// The words a citation of this level carries after it; none for a verified one.
pub fn cite_level(lang: impl AsLang, l: Level) -> Option<String> {
    match l {
        Level::Verified => None,
        Level::Confirmed => Some(tr!(lang, "cite-confirmed")),
        Level::Unverified => Some(tr!(lang, "cite-unverified")),
    }
}

/// How far a figure sits above the next level down: "1 step (½ level)", "3 passos (1½
/// níveis)", "4 步（2 級）".
pub fn steps_count(lang: impl AsLang, steps: i16) -> String {
    let lang = lang.as_lang();
    let levels = self::steps(lang, Steps(steps.abs()));
    tr!(
        lang,
        "steps-count",
        n = steps.unsigned_abs(),
        levels = levels.trim_start_matches('+')
    )
}

/// A figure's place on the scale: "Maximum", or "between Significant and Maximum
/// (counted as Maximum)" for a figure between two levels.
pub fn figure(lang: impl AsLang, f: &Figure) -> String {
    let lang = lang.as_lang();
    if f.halves % 2 == 1 {
        tr!(
            lang,
            "figure-between",
            below = scale(lang, Scale::from_halves(f.halves - 1)),
            above = scale(lang, Scale::from_halves(f.halves + 1)),
            level = scale(lang, f.level)
        )
    } else {
        scale(lang, f.level)
    }
}

/// A move of a figure: "+1 level", "−½ nível", "+1½ 級".
pub fn steps(lang: impl AsLang, s: Steps) -> String {
    let unit = if s.0.unsigned_abs() <= 2 {
        "one"
    } else {
        "other"
    };
    tr!(
        lang,
        "risk-steps",
        sign = s.sign(),
        amount = s.amount(),
        unit = unit
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    #[test]
    fn moves_read_in_each_language() {
        assert_eq!(steps(Lang::En, Steps(-1)), "−½ level");
        assert_eq!(steps(Lang::En, Steps(3)), "+1½ levels");
        assert_eq!(steps(Lang::En, Steps(2)), "+1 level");
        assert_eq!(steps(Lang::Pt, Steps(4)), "+2 níveis");
        assert_eq!(steps(Lang::ZhHant, Steps(-3)), "−1½ 級");
    }
}
