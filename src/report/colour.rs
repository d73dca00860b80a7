//! The report's inks, and the tone a conclusion is drawn in: green, amber or red by how
//! far the answers evidence it.

use printpdf::{Color, Rgb};

/// A colour as RGB fractions.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rgb3(pub f32, pub f32, pub f32);

impl Rgb3 {
    pub const BLACK: Rgb3 = Rgb3(0.1, 0.1, 0.12);
    pub const GREY: Rgb3 = Rgb3(0.4, 0.4, 0.44);
    pub const LIGHT: Rgb3 = Rgb3(0.93, 0.94, 0.95);
    pub const RULE: Rgb3 = Rgb3(0.7, 0.72, 0.75);
    pub const WHITE: Rgb3 = Rgb3(1.0, 1.0, 1.0);
    pub const RED: Rgb3 = Rgb3(0.78, 0.08, 0.08);
    pub const GREEN: Rgb3 = Rgb3(0.1, 0.5, 0.2);
    pub const AMBER: Rgb3 = Rgb3(0.7, 0.42, 0.0);
    pub const NAVY: Rgb3 = Rgb3(0.09, 0.2, 0.38);
    pub const LIGHT_RED: Rgb3 = Rgb3(0.99, 0.88, 0.88);
    pub const LIGHT_AMBER: Rgb3 = Rgb3(1.0, 0.94, 0.8);
    pub const LIGHT_GREEN: Rgb3 = Rgb3(0.88, 0.96, 0.88);

    pub fn color(self) -> Color {
        Color::Rgb(Rgb::new(self.0, self.1, self.2, None))
    }
}

/// How a conclusion reads: green only for what the answers evidence (a duty met, a
/// transfer's basis in force), amber for what waits on the DSPDP or on a lawyer, red for
/// what is open or missing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tone {
    Good,
    Wait,
    Bad,
    Plain,
}

impl Tone {
    pub fn ink(self) -> Rgb3 {
        match self {
            Tone::Good => Rgb3::GREEN,
            Tone::Wait => Rgb3::AMBER,
            Tone::Bad => Rgb3::RED,
            Tone::Plain => Rgb3::GREY,
        }
    }
    pub fn fill(self) -> Option<Rgb3> {
        match self {
            Tone::Good => Some(Rgb3::LIGHT_GREEN),
            Tone::Wait => Some(Rgb3::LIGHT_AMBER),
            Tone::Bad => Some(Rgb3::LIGHT_RED),
            Tone::Plain => None,
        }
    }
}
