//! A progress line on standard error for long work (`farol evidence` of many
//! assessments, `farol verify` of a large dossier), redrawn in place, and only when
//! standard error is a terminal: a pipe or a file, and a script reading `--json` on
//! standard output, never see it.

use std::io::{IsTerminal as _, Write as _};
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// How often the line is redrawn at most.
const EVERY: Duration = Duration::from_millis(100);

/// One progress line.
pub struct Line {
    label: String,
    /// When it was last drawn; None while on a terminal and nothing drawn yet. The line is
    /// off (never drawn) when standard error is not a terminal.
    state: Mutex<State>,
}

struct State {
    on: bool,
    drawn: Option<Instant>,
}

impl Line {
    pub fn new(label: String) -> Self {
        Line {
            label,
            state: Mutex::new(State {
                on: std::io::stderr().is_terminal(),
                drawn: None,
            }),
        }
    }

    /// Shows `text` after the label, unless it was drawn less than [`EVERY`] ago (the
    /// last step, `last`, is always drawn).
    pub fn show(&self, text: &str, last: bool) {
        let mut s = self
            .state
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        if !s.on || (!last && s.drawn.is_some_and(|t| t.elapsed() < EVERY)) {
            return;
        }
        s.drawn = Some(Instant::now());
        let mut err = std::io::stderr().lock();
        let _ = write!(err, "\r\x1b[K{} {text}", self.label);
        let _ = err.flush();
    }

    /// `done` of `total`.
    pub fn step(&self, done: usize, total: usize) {
        self.show(&format!("{done}/{total}"), done == total);
    }

    /// Removes the line, so that what is printed next starts on a clean line.
    pub fn finish(&self) {
        let s = self
            .state
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        if s.on && s.drawn.is_some() {
            let mut err = std::io::stderr().lock();
            let _ = write!(err, "\r\x1b[K");
            let _ = err.flush();
        }
    }
}

/// Runs `work`, showing `count()` on `line` every [`EVERY`] while it runs (for work
/// whose total is not known in advance).
pub fn counting<R>(line: &Line, count: impl Fn() -> usize + Sync, work: impl FnOnce() -> R) -> R {
    let done = std::sync::atomic::AtomicBool::new(false);
    let result = std::thread::scope(|s| {
        let poller = s.spawn(|| {
            // Short work shows nothing: the first line comes after one period.
            while !done.load(std::sync::atomic::Ordering::Relaxed) {
                std::thread::park_timeout(EVERY);
                if !done.load(std::sync::atomic::Ordering::Relaxed) {
                    line.show(&count().to_string(), false);
                }
            }
        });
        let r = work();
        done.store(true, std::sync::atomic::Ordering::Relaxed);
        poller.thread().unpark();
        r
    });
    line.finish();
    result
}
