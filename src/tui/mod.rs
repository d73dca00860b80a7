//! The terminal UI: a full-screen ratatui app that walks an assessor through a PIA.
//!
//! It is shaped like Elm so that every behaviour can be tested without a terminal:
//!
//! * [`model::Model`] is the state, plain data;
//! * [`keys::key_to_msg`] turns a key press into a [`msg::Msg`];
//! * [`update::update`] changes the model and returns [`msg::Effect`]s (save, open, …);
//! * [`view::view`] draws the model and does nothing else;
//! * [`event_loop`] reads the terminal and draws when something changed;
//! * [`runtime`] carries out effects.
//!
//! It adds no domain logic: questions, visibility, scoring, explanations and storage all
//! come from the library. Behind the `tui` cargo feature so the library builds without
//! any terminal crate.

pub mod cite;
mod errors;
pub mod event_loop;
pub mod field;
pub mod grid;
pub mod keys;
pub mod listing;
pub mod lock;
pub mod model;
pub mod msg;
pub mod runtime;
mod saves;
pub mod screens;
pub mod session;
pub mod strings;
pub mod theme;
pub mod update;
pub mod view;
pub mod wheel;
pub mod wrap;
mod writes;

pub use keys::{event_to_msg, key_to_msg};
pub use model::{Model, Saved, Screen};
pub use msg::{Effect, Go, Msg};
pub use runtime::{Start, TuiError, run};
pub use screens::form::NewAssessment;
pub use session::Session;
pub use update::update;
pub use view::view;
