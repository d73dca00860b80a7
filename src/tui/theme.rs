//! Colours and emphasis, in one place so that `NO_COLOR` and the light or dark palette
//! are honoured everywhere.
//!
//! Two palettes of xterm 256-colour indices (so every colour has a known RGB value and
//! looks the same in every terminal that has 256 colours): one for dark backgrounds, one
//! for light ones. Every colour a palette uses has a contrast of at least 4.5:1 (WCAG AA)
//! against the range of backgrounds it is meant for; a test computes it.
//!
//! With colour off every distinction the screens make still shows: selection is reversed
//! video, the focused item carries a `›` marker, and levels are written in words.

use ratatui::style::{Color, Modifier, Style};

use crate::scale::RiskLevel;

/// Which backgrounds the colours are chosen for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Palette {
    Dark,
    Light,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Theme {
    /// `None`: no colour at all (`NO_COLOR`).
    pub palette: Option<Palette>,
}

/// What `FAROL_THEME` asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Choice {
    Dark,
    Light,
    /// Ask the terminal its background; else `COLORFGBG`; else dark.
    Auto,
}

/// `FAROL_THEME` holds something other than dark, light or auto.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("FAROL_THEME={0} is not a theme\n  hint: use FAROL_THEME=dark, light or auto")]
pub struct UnknownTheme(pub String);

/// The colours of one palette, as xterm 256-colour indices.
struct Colors {
    title: u8,
    dim: u8,
    key: u8,
    ok: u8,
    warn: u8,
    error: u8,
    /// Low, medium, high, very high, as text.
    levels: [u8; 4],
}

const DARK: Colors = Colors {
    title: 81,  // #5fd7ff
    dim: 247,   // #9e9e9e
    key: 221,   // #ffd75f
    ok: 114,    // #87d787
    warn: 221,  // #ffd75f
    error: 210, // #ff8787
    levels: [114, 221, 215, 210],
};

const LIGHT: Colors = Colors {
    title: 24,  // #005f87
    dim: 240,   // #585858
    key: 125,   // #af005f
    ok: 22,     // #005f00
    warn: 94,   // #875f00
    error: 124, // #af0000
    levels: [22, 94, 124, 88],
};

/// Heat-map cells, in either palette: the level as background under black text.
const CELLS: [u8; 4] = [114, 221, 215, 203];
const CELL_INK: u8 = 16;

/// The backgrounds each palette is checked against: the darkest and lightest a terminal
/// of that kind commonly has (black to #262626; #eeeeee to white).
pub const DARK_BACKGROUNDS: [(u8, u8, u8); 2] = [(0, 0, 0), (0x26, 0x26, 0x26)];
pub const LIGHT_BACKGROUNDS: [(u8, u8, u8); 2] = [(0xee, 0xee, 0xee), (0xff, 0xff, 0xff)];

impl Choice {
    /// `FAROL_THEME`'s value; unset or empty is `auto`.
    pub fn parse(v: Option<&str>) -> Result<Choice, UnknownTheme> {
        match v.map(str::trim).unwrap_or("") {
            "" | "auto" => Ok(Choice::Auto),
            "dark" => Ok(Choice::Dark),
            "light" => Ok(Choice::Light),
            other => Err(UnknownTheme(other.to_string())),
        }
    }
}

impl Theme {
    pub fn plain() -> Self {
        Theme { palette: None }
    }
    pub fn dark() -> Self {
        Theme {
            palette: Some(Palette::Dark),
        }
    }
    pub fn light() -> Self {
        Theme {
            palette: Some(Palette::Light),
        }
    }

    /// `NO_COLOR` (set to anything non-empty, <https://no-color.org>) wins; then
    /// `FAROL_THEME`. `Auto` is resolved by [`Theme::resolve`], once a terminal is known.
    pub fn from_env() -> Result<Choice, UnknownTheme> {
        Choice::parse(std::env::var("FAROL_THEME").ok().as_deref())
    }

    /// The theme for `choice`: `detect` (the terminal's answer about its background, or
    /// `None` when it gives none) is asked only for `Auto`; then `COLORFGBG`; then dark.
    pub fn resolve(
        choice: Choice,
        no_color: bool,
        colorfgbg: Option<&str>,
        detect: impl FnOnce() -> Option<Palette>,
    ) -> Theme {
        if no_color {
            return Theme::plain();
        }
        let palette = match choice {
            Choice::Dark => Palette::Dark,
            Choice::Light => Palette::Light,
            Choice::Auto => detect()
                .or_else(|| colorfgbg.and_then(from_colorfgbg))
                .unwrap_or(Palette::Dark),
        };
        Theme {
            palette: Some(palette),
        }
    }

    /// Whether anything is coloured.
    pub fn color(self) -> bool {
        self.palette.is_some()
    }

    fn colors(self) -> Option<&'static Colors> {
        self.palette.map(|p| match p {
            Palette::Dark => &DARK,
            Palette::Light => &LIGHT,
        })
    }

    fn fg(self, pick: impl FnOnce(&Colors) -> u8) -> Style {
        match self.colors() {
            Some(c) => Style::new().fg(Color::Indexed(pick(c))),
            None => Style::new(),
        }
    }

    pub fn title(self) -> Style {
        self.fg(|c| c.title).add_modifier(Modifier::BOLD)
    }
    pub fn dim(self) -> Style {
        self.fg(|c| c.dim)
    }
    pub fn key(self) -> Style {
        self.fg(|c| c.key).add_modifier(Modifier::BOLD)
    }
    pub fn selected(self) -> Style {
        Style::new().add_modifier(Modifier::REVERSED)
    }
    pub fn focus_border(self) -> Style {
        self.fg(|c| c.title)
    }
    pub fn ok(self) -> Style {
        self.fg(|c| c.ok)
    }
    pub fn warn(self) -> Style {
        self.fg(|c| c.warn).add_modifier(Modifier::BOLD)
    }
    /// Amber, not bold: a caution that is not an alarm (an unverified citation).
    pub fn caution(self) -> Style {
        self.fg(|c| c.warn)
    }
    pub fn error(self) -> Style {
        self.fg(|c| c.error).add_modifier(Modifier::BOLD)
    }
    pub fn bold(self) -> Style {
        Style::new().add_modifier(Modifier::BOLD)
    }

    /// The colour of a risk level, as text colour.
    pub fn level(self, l: RiskLevel) -> Style {
        self.fg(|c| c.levels[level_index(l)])
            .add_modifier(Modifier::BOLD)
    }

    /// A review verdict: acceptable in green, to improve in amber, to correct in red.
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
        if self.color() {
            Style::new()
                .bg(Color::Indexed(CELLS[level_index(l)]))
                .fg(Color::Indexed(CELL_INK))
        } else {
            Style::new()
        }
    }

    /// Every style this theme hands out, named, for the contrast test and the
    /// style-aware snapshots.
    pub fn all_styles(self) -> Vec<(String, Style)> {
        let mut v = vec![
            ("title".to_string(), self.title()),
            ("dim".into(), self.dim()),
            ("key".into(), self.key()),
            ("focus_border".into(), self.focus_border()),
            ("ok".into(), self.ok()),
            ("warn".into(), self.warn()),
            ("caution".into(), self.caution()),
            ("error".into(), self.error()),
        ];
        for l in LEVELS {
            v.push((format!("level {l:?}"), self.level(l)));
            v.push((format!("cell {l:?}"), self.cell(l)));
        }
        v
    }
}

const LEVELS: [RiskLevel; 4] = [
    RiskLevel::Low,
    RiskLevel::Medium,
    RiskLevel::High,
    RiskLevel::VeryHigh,
];

fn level_index(l: RiskLevel) -> usize {
    match l {
        RiskLevel::Low => 0,
        RiskLevel::Medium => 1,
        RiskLevel::High => 2,
        RiskLevel::VeryHigh => 3,
    }
}

/// `COLORFGBG` ("15;0", "15;default;0"): its last field is the background's ANSI colour;
/// 7 (light grey) and 9–15 (the bright ones, white included) are light backgrounds.
pub fn from_colorfgbg(v: &str) -> Option<Palette> {
    let bg: u8 = v.rsplit(';').next()?.trim().parse().ok()?;
    Some(match bg {
        7 | 9..=15 => Palette::Light,
        _ => Palette::Dark,
    })
}

/// The RGB value of an xterm 256-colour index (16–255: the colour cube and the greys;
/// 0–15 as xterm's defaults).
pub fn xterm_rgb(i: u8) -> (u8, u8, u8) {
    const BASIC: [(u8, u8, u8); 16] = [
        (0, 0, 0),
        (205, 0, 0),
        (0, 205, 0),
        (205, 205, 0),
        (0, 0, 238),
        (205, 0, 205),
        (0, 205, 205),
        (229, 229, 229),
        (127, 127, 127),
        (255, 0, 0),
        (0, 255, 0),
        (255, 255, 0),
        (92, 92, 255),
        (255, 0, 255),
        (0, 255, 255),
        (255, 255, 255),
    ];
    match i {
        0..=15 => BASIC[i as usize],
        16..=231 => {
            let n = i - 16;
            let level = |v: u8| if v == 0 { 0 } else { 55 + 40 * v };
            (level(n / 36), level((n / 6) % 6), level(n % 6))
        }
        _ => {
            let g = 8 + 10 * (i - 232);
            (g, g, g)
        }
    }
}

/// WCAG 2 relative luminance of an sRGB colour.
fn luminance((r, g, b): (u8, u8, u8)) -> f64 {
    let lin = |c: u8| {
        let c = f64::from(c) / 255.0;
        if c <= 0.03928 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b)
}

/// WCAG 2 contrast ratio of two colours (1 to 21).
pub fn contrast(a: (u8, u8, u8), b: (u8, u8, u8)) -> f64 {
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

/// The RGB value of a colour the themes use (indexed), if it has a known one.
pub fn rgb(c: Color) -> Option<(u8, u8, u8)> {
    match c {
        Color::Indexed(i) => Some(xterm_rgb(i)),
        Color::Rgb(r, g, b) => Some((r, g, b)),
        Color::Black => Some(xterm_rgb(0)),
        _ => None,
    }
}

/// Asks the terminal its background colour (OSC 11), waiting at most `timeout`.
pub fn detect(timeout: std::time::Duration) -> Option<Palette> {
    let mut o = terminal_colorsaurus::QueryOptions::default();
    o.timeout = timeout;
    match terminal_colorsaurus::theme_mode(o).ok()? {
        terminal_colorsaurus::ThemeMode::Dark => Some(Palette::Dark),
        terminal_colorsaurus::ThemeMode::Light => Some(Palette::Light),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn without_colour_nothing_is_coloured() {
        let t = Theme::plain();
        for (name, s) in t.all_styles() {
            assert_eq!((s.fg, s.bg), (None, None), "{name}");
        }
        assert_eq!(t.selected(), Style::new().add_modifier(Modifier::REVERSED));
        assert!(Theme::dark().level(RiskLevel::High).fg.is_some());
        assert!(Theme::light().level(RiskLevel::High).fg.is_some());
    }

    /// Every style of both palettes: at least 4.5:1 against its own background, or,
    /// without one, against every background the palette is meant for.
    #[test]
    fn every_style_has_enough_contrast_on_its_background() {
        for (theme, backgrounds) in [
            (Theme::dark(), DARK_BACKGROUNDS),
            (Theme::light(), LIGHT_BACKGROUNDS),
        ] {
            for (name, s) in theme.all_styles() {
                let fg = rgb(s.fg.expect("every coloured style sets its colour")).unwrap();
                let bgs = match s.bg {
                    Some(bg) => vec![rgb(bg).unwrap()],
                    None => backgrounds.to_vec(),
                };
                for bg in bgs {
                    let r = contrast(fg, bg);
                    assert!(
                        r >= 4.5,
                        "{:?} {name}: {fg:?} on {bg:?} is {r:.2}:1",
                        theme.palette
                    );
                }
            }
        }
    }

    /// The contrast the issue measured for the old yellow and cyan on white is what this
    /// computation gives, so the test above measures what users see.
    #[test]
    fn contrast_is_wcag_contrast() {
        assert!((contrast((0, 0, 0), (255, 255, 255)) - 21.0).abs() < 1e-9);
        assert!(contrast((205, 205, 0), (255, 255, 255)) < 2.0);
        assert_eq!(xterm_rgb(81), (0x5f, 0xd7, 0xff));
        assert_eq!(xterm_rgb(240), (0x58, 0x58, 0x58));
    }

    #[test]
    fn the_choice_resolves_in_order() {
        let never = || panic!("the terminal is asked only for auto");
        assert_eq!(
            Theme::resolve(Choice::Light, true, None, never),
            Theme::plain()
        );
        assert_eq!(
            Theme::resolve(Choice::Light, false, Some("0;15"), never),
            Theme::light()
        );
        assert_eq!(
            Theme::resolve(Choice::Auto, false, Some("0;15"), || Some(Palette::Dark)),
            Theme::dark()
        );
        assert_eq!(
            Theme::resolve(Choice::Auto, false, Some("0;default;15"), || None),
            Theme::light()
        );
        assert_eq!(
            Theme::resolve(Choice::Auto, false, Some("15;0"), || None),
            Theme::dark()
        );
        assert_eq!(
            Theme::resolve(Choice::Auto, false, None, || None),
            Theme::dark()
        );
        assert_eq!(Choice::parse(None), Ok(Choice::Auto));
        assert_eq!(Choice::parse(Some("light")), Ok(Choice::Light));
        assert_eq!(
            Choice::parse(Some("solarized")),
            Err(UnknownTheme("solarized".into()))
        );
    }
}
