//! The loop of the terminal UI: it waits for terminal events, turns them into messages,
//! carries out their effects, and draws — only when something the screen shows may have
//! changed: an event that became a message, a reply from a background job, the open
//! draft changed on disk, or a save's outcome. An idle window draws nothing (no screen
//! shows a clock), so it costs nothing and a terminal multiplexer sees no traffic.
//!
//! Events come from an [`EventSource`], so tests drive the loop with scripted events and
//! count the frames it draws.

use std::io;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use ratatui::backend::Backend;
use ratatui::crossterm::event::{self, Event};

use super::keys::event_to_msg;
use super::model::Model;
use super::runtime::{Effects, TuiError};
use super::saves::Saves;
use super::view::view;

/// Where terminal events come from.
pub trait EventSource {
    /// Whether an event is ready, waiting at most `timeout`.
    fn poll(&mut self, timeout: Duration) -> io::Result<bool>;
    /// The next event (after `poll` said one is ready).
    fn read(&mut self) -> io::Result<Event>;
}

/// The real terminal, through crossterm.
pub struct Terminal;

impl EventSource for Terminal {
    fn poll(&mut self, timeout: Duration) -> io::Result<bool> {
        event::poll(timeout)
    }
    fn read(&mut self) -> io::Result<Event> {
        event::read()
    }
}

/// The most events handled between two frames.
const BURST: usize = 256;

/// How long to wait for input when nothing is expected: the disk and the stop flag are
/// looked at this often, without drawing.
const IDLE: Duration = Duration::from_millis(250);
/// How long to wait while a listing is on its way, so it shows soon after it arrives.
const WAITING: Duration = Duration::from_millis(15);

/// Runs until the model quits, `stop` is set, or the terminal fails. Returns how many
/// frames were drawn.
pub fn run<B: Backend, E: EventSource>(
    terminal: &mut ratatui::Terminal<B>,
    model: &mut Model,
    fx: &mut Effects,
    events: &mut E,
    stop: &AtomicBool,
) -> Result<u64, TuiError>
where
    TuiError: From<B::Error>,
{
    let mut saves = Saves::default();
    let mut frames = 0;
    let mut dirty = true;
    loop {
        dirty |= saves.flush(model, fx);
        if let Some(msg) = fx.arrived(false) {
            saves.handle(model, fx, msg);
            dirty = true;
        }
        if model.session.is_some()
            && let Some(msg) = fx.check_disk()
        {
            saves.handle(model, fx, msg);
            dirty = true;
        }
        if model.quit || stop.load(Ordering::SeqCst) {
            return Ok(frames);
        }
        if dirty {
            // Overdue flags are judged against today's date, as of this frame.
            model.today = chrono::Local::now().date_naive();
            terminal.draw(|f| view(model, f))?;
            frames += 1;
            dirty = false;
        }
        let waiting = fx.background.as_ref().is_some_and(|b| b.waiting());
        match events.poll(if waiting { WAITING } else { IDLE }) {
            Ok(false) => continue,
            Ok(true) => {}
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e.into()),
        }
        // Everything already waiting (fast typing, a paste sent as keys) is handled before
        // the next frame, and its saves are written once, at the end of the burst.
        for _ in 0..BURST {
            let ev = match events.read() {
                Ok(ev) => ev,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                // The terminal went away: write what is pending, and stop.
                Err(e) => {
                    saves.flush(model, fx);
                    return Err(e.into());
                }
            };
            if let Some(msg) = event_to_msg(ev, model) {
                saves.handle(model, fx, msg);
                dirty = true;
            }
            if model.quit || !matches!(events.poll(Duration::ZERO), Ok(true)) {
                break;
            }
        }
    }
}
