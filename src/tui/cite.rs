//! Citations as the library labels them: the level a label ends with ("[unverified]",
//! "[confirmed through the regulator]", nothing when the text was read) is split off so
//! screens can style it, and a legend shown where some level is below "verified".

use ratatui::style::Style;
use ratatui::text::Span;

use crate::questionnaire::{Citation, Level};

use super::theme::Theme;

/// The suffix the library gives a label at `level` (empty for verified).
fn suffix(level: Level) -> String {
    Citation {
        instrument: String::new(),
        article: String::new(),
        paragraph: String::new(),
        verified: true,
        level: Some(level),
    }
    .label()
}

/// A label without its level, and the level.
pub fn split(label: &str) -> (&str, Level) {
    for level in [Level::Unverified, Level::Confirmed] {
        let sfx = suffix(level);
        if !sfx.is_empty()
            && let Some(base) = label.strip_suffix(&sfx)
        {
            return (base, level);
        }
    }
    (label, Level::Verified)
}

/// Is any of these labels below "verified"?
pub fn any_unsure(labels: &[String]) -> bool {
    labels.iter().any(|l| split(l).1 != Level::Verified)
}

/// The style of a level's tag: unverified stands out (amber), confirmed is quieter.
pub fn level_style(level: Level, theme: Theme) -> Style {
    match level {
        Level::Verified => Style::new(),
        Level::Confirmed => theme.dim(),
        Level::Unverified => theme.caution(),
    }
}

/// Labels joined by "; ", each base in `base` style and its level tag styled by level.
pub fn spans(labels: &[String], base: Style, theme: Theme) -> Vec<Span<'static>> {
    let mut out = Vec::new();
    for (i, l) in labels.iter().enumerate() {
        if i > 0 {
            out.push(Span::styled("; ", base));
        }
        let (b, level) = split(l);
        out.push(Span::styled(b.to_string(), base));
        if level != Level::Verified {
            out.push(Span::styled(
                format!(" {}", super::strings::cite_level_short(level)),
                level_style(level, theme),
            ));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn levels_are_split_off_labels() {
        assert_eq!(
            split("Law 8/2005, Art 5 [unverified]"),
            ("Law 8/2005, Art 5", Level::Unverified)
        );
        assert_eq!(
            split("Law 8/2005, Art 22 [confirmed through the regulator]"),
            ("Law 8/2005, Art 22", Level::Confirmed)
        );
        assert_eq!(split("PIPL, Art 3(2)"), ("PIPL, Art 3(2)", Level::Verified));
        assert!(any_unsure(&["A".into(), "B [unverified]".into()]));
        assert!(!any_unsure(&["A".into()]));
    }
}
