//! The embedded fonts, parsed once per process, and what the layout needs of them:
//! coverage (is there a glyph for this character?) and advance widths.
//!
//! Body text uses WenQuanYi Micro Hei, one face that covers Latin with Portuguese
//! accents and Traditional Chinese; headings use DejaVu Sans Bold and fall back to the
//! body face for any character it lacks (Chinese in a bold style is then drawn filled and
//! outlined, so that it still reads as bold: `layout::Doc::text_on`). See
//! `assets/README.md`.

use std::sync::OnceLock;
use std::sync::atomic::{AtomicU32, Ordering};

use printpdf::ParsedFont;

static REGULAR_BYTES: &[u8] = include_bytes!("../../assets/fonts/wqy-microhei.ttc");
static BOLD_BYTES: &[u8] = include_bytes!("../../assets/fonts/DejaVuSans-Bold.ttf");

/// Which face a run of text is set in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Face {
    Regular,
    Bold,
}

pub struct LoadedFace {
    pub parsed: ParsedFont,
    upem: f32,
    /// Advances in ems of the characters below U+3000, each looked up the first time it is
    /// measured (the bits of an f32; NaN: no glyph; [`UNSEEN`]: not looked up yet). Text is
    /// measured many times over and the font's cmap lookup is the slow part, but a report
    /// uses a few hundred characters of the twelve thousand.
    low: Box<[AtomicU32]>,
}

const LOW: u32 = 0x3000;
/// Not a bit pattern an advance lookup gives (that is a finite number or the plain NaN).
const UNSEEN: u32 = u32::MAX;

impl LoadedFace {
    fn load(bytes: &[u8], index: usize, what: &str) -> Self {
        let mut warnings = Vec::new();
        let parsed = ParsedFont::from_bytes(bytes, index, &mut warnings)
            .unwrap_or_else(|| panic!("the embedded font {what} parses"));
        let upem = f32::from(parsed.font_metrics.units_per_em.max(1));
        LoadedFace {
            parsed,
            upem,
            low: (0..LOW).map(|_| AtomicU32::new(UNSEEN)).collect(),
        }
    }

    fn lookup(&self, c: char) -> Option<f32> {
        let g = self.parsed.lookup_glyph_index(c as u32)?;
        Some(f32::from(self.parsed.get_horizontal_advance(g)) / self.upem)
    }

    pub fn covers(&self, c: char) -> bool {
        self.advance(c).is_some()
    }

    /// The advance of `c` in ems, or None if the face has no glyph for it.
    pub fn advance(&self, c: char) -> Option<f32> {
        let Some(slot) = self.low.get(c as usize) else {
            return self.lookup(c);
        };
        let bits = match slot.load(Ordering::Relaxed) {
            UNSEEN => {
                let bits = self.lookup(c).unwrap_or(f32::NAN).to_bits();
                slot.store(bits, Ordering::Relaxed);
                bits
            }
            bits => bits,
        };
        let a = f32::from_bits(bits);
        (!a.is_nan()).then_some(a)
    }
}

pub struct Fonts {
    pub regular: LoadedFace,
    pub bold: LoadedFace,
}

/// Starts parsing the fonts on a thread of their own, so that they are ready by the time
/// a report is laid out (a command calls this before it reads the dossier).
pub fn warm() {
    std::thread::spawn(|| {
        fonts();
    });
}

/// The fonts, parsed on first use (parsing costs milliseconds).
pub fn fonts() -> &'static Fonts {
    static FONTS: OnceLock<Fonts> = OnceLock::new();
    FONTS.get_or_init(|| Fonts {
        regular: LoadedFace::load(REGULAR_BYTES, 0, "WenQuanYi Micro Hei"),
        bold: LoadedFace::load(BOLD_BYTES, 0, "DejaVu Sans Bold"),
    })
}

impl Fonts {
    pub fn face(&self, f: Face) -> &LoadedFace {
        match f {
            Face::Regular => &self.regular,
            Face::Bold => &self.bold,
        }
    }

    /// Does any face cover `c`? (The body face is the fallback of every style.)
    pub fn covers(&self, c: char) -> bool {
        self.regular.covers(c)
    }

    /// The face `c` is drawn in for a wanted face: the wanted one if it has the glyph,
    /// else the body face.
    pub fn face_for(&self, wanted: Face, c: char) -> Face {
        if wanted == Face::Bold && self.bold.covers(c) {
            Face::Bold
        } else {
            Face::Regular
        }
    }

    /// Splits `s` (already checked for coverage) into runs of one face each.
    pub fn runs(&self, wanted: Face, s: &str) -> Vec<(Face, String)> {
        let mut out: Vec<(Face, String)> = Vec::new();
        for c in s.chars() {
            let f = self.face_for(wanted, c);
            match out.last_mut() {
                Some((last, run)) if *last == f => run.push(c),
                _ => out.push((f, c.to_string())),
            }
        }
        out
    }

    /// The width of `s` in ems for a wanted face.
    pub fn width_em(&self, wanted: Face, s: &str) -> f32 {
        s.chars()
            .map(|c| {
                let f = self.face_for(wanted, c);
                self.face(f).advance(c).unwrap_or(0.5)
            })
            .sum()
    }
}

#[cfg(test)]
mod tests {
    use crate::i18n::{self, Lang};

    /// Every character of the report's messages, in every language, has a glyph: none
    /// would be printed as its code point.
    #[test]
    fn the_fonts_cover_every_message_of_the_report() {
        let f = super::fonts();
        for l in Lang::ALL {
            for (id, file) in i18n::message_ids(l) {
                if file != "report.ftl" {
                    continue;
                }
                let text = i18n::tr_id(l, &id);
                let missing: Vec<char> = text
                    .chars()
                    .filter(|c| !c.is_control() && !f.covers(*c))
                    .collect();
                assert!(missing.is_empty(), "{l}/{id}: no glyph for {missing:?}");
            }
        }
    }
}
