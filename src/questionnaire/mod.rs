//! The questionnaire: the PIA template as data, its loader and its validator.

pub mod check;
pub(crate) mod cite;
pub use cite::split_level;
pub mod derived;
pub mod load;
pub mod model;
pub mod text;
pub mod visibility;

pub use load::{LoadError, Loaded};
pub use model::*;
pub use text::Text;
pub use visibility::Visible;
