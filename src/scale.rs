//! The 4-level scale (CNIL's: negligible, limited, significant, maximum), the half-level
//! steps that answers move figures by, and the risk level read off the 4×4 matrix.
//!
//! Figures are held as whole numbers of half-levels so that scoring is exact and the same
//! on every machine; there is no floating point in the risk model.

use std::fmt;

use serde::de::{self, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Scale {
    Negligible,
    Limited,
    Significant,
    Maximum,
}

impl Scale {
    pub const ALL: [Scale; 4] = [
        Scale::Negligible,
        Scale::Limited,
        Scale::Significant,
        Scale::Maximum,
    ];

    /// 1 for Negligible up to 4 for Maximum.
    pub fn rank(self) -> u8 {
        self as u8 + 1
    }

    pub fn from_rank(rank: u8) -> Scale {
        Scale::ALL[(rank.clamp(1, 4) - 1) as usize]
    }

    pub fn halves(self) -> i16 {
        i16::from(self.rank()) * 2
    }

    /// The level of a figure in half-levels, rounding a figure between two levels up,
    /// to stay on the side of caution.
    pub fn from_halves(halves: i16) -> Scale {
        let rank = (halves.clamp(2, 8) + 1) / 2;
        Scale::from_rank(rank as u8)
    }

    /// The level of a figure in half-levels, a figure exactly between two levels reading
    /// as the one nearer `toward` (the figure it started from): so a half-level raise and
    /// a half-level measure move the level alike — neither moves it on its own, two do.
    pub fn from_halves_toward(halves: i16, toward: i16) -> Scale {
        let h = halves.clamp(2, 8);
        if h % 2 == 0 {
            return Scale::from_rank((h / 2) as u8);
        }
        let rank = if toward < h { (h - 1) / 2 } else { (h + 1) / 2 };
        Scale::from_rank(rank as u8)
    }

    pub fn label(self) -> &'static str {
        match self {
            Scale::Negligible => "Negligible",
            Scale::Limited => "Limited",
            Scale::Significant => "Significant",
            Scale::Maximum => "Maximum",
        }
    }
}

impl fmt::Display for Scale {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.label())
    }
}

/// The risk level of a (severity, likelihood) pair, read off the questionnaire's matrix.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum RiskLevel {
    Low,
    Medium,
    High,
    VeryHigh,
}

impl RiskLevel {
    pub fn label(self) -> &'static str {
        match self {
            RiskLevel::Low => "Low",
            RiskLevel::Medium => "Medium",
            RiskLevel::High => "High",
            RiskLevel::VeryHigh => "Very high",
        }
    }
}

impl fmt::Display for RiskLevel {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.label())
    }
}

/// A move of a figure, in levels, written in RON as `1`, `0.5` or `-0.5`; held as half-levels.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default, Hash)]
pub struct Steps(pub i16);

impl Steps {
    pub fn is_zero(self) -> bool {
        self.0 == 0
    }

    /// Which way the move goes, as printed: "+" or "−".
    pub fn sign(self) -> &'static str {
        if self.0 < 0 { "−" } else { "+" }
    }

    /// The size of the move without its sign: "½", "1", "1½".
    pub fn amount(self) -> String {
        let n = self.0.unsigned_abs();
        match (n / 2, n % 2 == 1) {
            (0, true) => "½".to_string(),
            (w, true) => format!("{w}½"),
            (w, false) => w.to_string(),
        }
    }
}

impl Serialize for Steps {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        if self.0 % 2 == 0 {
            s.serialize_i64(i64::from(self.0 / 2))
        } else {
            s.serialize_f64(f64::from(self.0) / 2.0)
        }
    }
}

impl<'de> Deserialize<'de> for Steps {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct StepsVisitor;
        impl Visitor<'_> for StepsVisitor {
            type Value = Steps;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str(
                    "a number of levels between -3 and 3, in steps of 0.5 (e.g. 1, 0.5, -0.5)",
                )
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<Steps, E> {
                if (-3..=3).contains(&v) {
                    Ok(Steps(v as i16 * 2))
                } else {
                    Err(E::custom(format!(
                        "{v} levels is out of range: use a number between -3 and 3"
                    )))
                }
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<Steps, E> {
                self.visit_i64(i64::try_from(v).unwrap_or(i64::MAX))
            }
            fn visit_f64<E: de::Error>(self, v: f64) -> Result<Steps, E> {
                let halves = v * 2.0;
                if !(-6.0..=6.0).contains(&halves) || halves.fract() != 0.0 {
                    return Err(E::custom(format!(
                        "{v} levels is not allowed: use a number between -3 and 3 in steps of 0.5"
                    )));
                }
                Ok(Steps(halves as i16))
            }
        }
        d.deserialize_any(StepsVisitor)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn halves_round_up_between_levels() {
        assert_eq!(Scale::from_halves(2), Scale::Negligible);
        assert_eq!(Scale::from_halves(3), Scale::Limited);
        assert_eq!(Scale::from_halves(4), Scale::Limited);
        assert_eq!(Scale::from_halves(5), Scale::Significant);
        assert_eq!(Scale::from_halves(8), Scale::Maximum);
        assert_eq!(Scale::from_halves(-4), Scale::Negligible);
        assert_eq!(Scale::from_halves(40), Scale::Maximum);
    }

    #[test]
    fn steps_read_whole_and_half_levels() {
        let s: Steps = ron::from_str("1").unwrap();
        assert_eq!(s, Steps(2));
        let s: Steps = ron::from_str("-0.5").unwrap();
        assert_eq!(s, Steps(-1));
        assert!(ron::from_str::<Steps>("0.3").is_err());
        assert!(ron::from_str::<Steps>("9").is_err());
        assert_eq!((Steps(-1).sign(), Steps(-1).amount().as_str()), ("−", "½"));
        assert_eq!((Steps(3).sign(), Steps(3).amount().as_str()), ("+", "1½"));
    }
}
