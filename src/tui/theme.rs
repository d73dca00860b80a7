//! Colours and emphasis, in one place so that `NO_COLOR` is honoured everywhere.
//!
//! With colour off every distinction the screens make still shows: selection is reversed
//! video, the focused item carries a `›` marker, and levels are written in words.

use ratatui::style::{Color, Modifier, Style};

use crate::scale::RiskLevel;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Theme {
    pub color: bool,
}

impl Theme {
    /// Colour unless `NO_COLOR` is set to anything non-empty (<https://no-color.org>).
    pub fn from_env() -> Self {
        let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
        Theme { color: !no_color }
    }

    pub fn plain() -> Self {
        Theme { color: false }
    }

    fn fg(self, c: Color) -> Style {
        if self.color {
            Style::new().fg(c)
        } else {
            Style::new()
        }
    }

    pub fn title(self) -> Style {
        self.fg(Color::Cyan).add_modifier(Modifier::BOLD)
    }
    pub fn dim(self) -> Style {
        if self.color {
            Style::new().fg(Color::DarkGray)
        } else {
            Style::new()
        }
    }
    pub fn key(self) -> Style {
        self.fg(Color::Yellow).add_modifier(Modifier::BOLD)
    }
    pub fn selected(self) -> Style {
        Style::new().add_modifier(Modifier::REVERSED)
    }
    pub fn focus_border(self) -> Style {
        self.fg(Color::Cyan)
    }
    pub fn ok(self) -> Style {
        self.fg(Color::Green)
    }
    pub fn warn(self) -> Style {
        self.fg(Color::Yellow).add_modifier(Modifier::BOLD)
    }
    /// Amber, not bold: a caution that is not an alarm (an unverified citation).
    pub fn caution(self) -> Style {
        self.fg(Color::Yellow)
    }
    pub fn error(self) -> Style {
        self.fg(Color::Red).add_modifier(Modifier::BOLD)
    }
    pub fn bold(self) -> Style {
        Style::new().add_modifier(Modifier::BOLD)
    }

    /// The colour of a risk level, as text colour.
    pub fn level(self, l: RiskLevel) -> Style {
        self.fg(level_color(l)).add_modifier(Modifier::BOLD)
    }

    /// A review verdict: acceptable in green, to improve in yellow, to correct in red.
    pub fn verdict(self, v: crate::review::Verdict) -> Style {
        match v {
            crate::review::Verdict::Acceptable => self.ok(),
            crate::review::Verdict::ToImprove => self.warn(),
            crate::review::Verdict::ToCorrect => self.error(),
        }
    }

    /// A screening verdict: an assessment needed stands out; not needed is green.
    pub fn screening(self, v: crate::questionnaire::Verdict) -> Style {
        use crate::questionnaire::Verdict as V;
        match v {
            V::Needed | V::LikelyNeeded => self.warn(),
            V::MayBeNeeded => self.caution(),
            V::NotNeeded => self.ok(),
            V::Incomplete => self.dim(),
        }
    }

    /// A heat-map cell: the level as background, or plain when colour is off.
    pub fn cell(self, l: RiskLevel) -> Style {
        if self.color {
            Style::new().bg(level_color(l)).fg(Color::Black)
        } else {
            Style::new()
        }
    }
}

fn level_color(l: RiskLevel) -> Color {
    match l {
        RiskLevel::Low => Color::Green,
        RiskLevel::Medium => Color::Yellow,
        RiskLevel::High => Color::LightRed,
        RiskLevel::VeryHigh => Color::Red,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn without_colour_nothing_is_coloured() {
        let t = Theme::plain();
        for l in [
            RiskLevel::Low,
            RiskLevel::Medium,
            RiskLevel::High,
            RiskLevel::VeryHigh,
        ] {
            assert_eq!(t.level(l).fg, None);
            assert_eq!(t.cell(l).bg, None);
        }
        assert_eq!(t.selected(), Style::new().add_modifier(Modifier::REVERSED));
        assert!(Theme { color: true }.level(RiskLevel::High).fg.is_some());
    }
}
