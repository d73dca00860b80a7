//! Farol: privacy impact assessments under Macau's Personal Data Protection Act.
//!
//! Data flows one way: questionnaire → assessment → risk model → record → report. This
//! library holds all of it; the binary and the terminal UI are faces on top, and nothing
//! here knows about a screen.

pub mod answer;
pub mod assessment;
pub mod demo;
pub mod dossier;
pub mod errors;
pub mod evidence;
pub mod exchange;
pub mod filing;
pub mod fsutil;
pub mod i18n;
pub mod keys;
pub mod listing;
pub mod location;
pub mod lock;
mod parallel;
pub mod policy;
pub mod present;
pub mod questionnaire;
pub mod record;
pub mod report;
pub mod review;
pub mod risk;
pub mod scale;
pub mod settings;
pub mod share;
#[cfg(feature = "tui")]
pub mod tui;
