//! The dossier's list, read on a thread of its own, so that the home screen draws at once
//! ("Reading the dossier…") and the entries arrive as a `Listed` message when they are
//! ready, however large the dossier. Only the newest listing asked for counts: a reply to
//! an older one (the user pressed `r` twice) is dropped.

use std::sync::mpsc::{Receiver, Sender, channel};

use crate::dossier::{Dossier, DossierError, Entry};

type Reply = (u64, Result<Vec<Entry>, DossierError>);

/// Listings in progress.
#[derive(Debug)]
pub struct Background {
    tx: Sender<Reply>,
    rx: Receiver<Reply>,
    /// The newest listing asked for.
    asked: u64,
    /// The newest listing answered.
    answered: u64,
}

impl Default for Background {
    fn default() -> Self {
        let (tx, rx) = channel();
        Background {
            tx,
            rx,
            asked: 0,
            answered: 0,
        }
    }
}

impl Background {
    /// Starts listing `dossier` on a new thread.
    pub fn list(&mut self, dossier: Dossier, lang: String) {
        self.asked += 1;
        let (n, tx) = (self.asked, self.tx.clone());
        std::thread::spawn(move || {
            // The window may be gone by now: then nobody waits for the list.
            let _ = tx.send((n, dossier.list(&lang)));
        });
    }

    /// Whether a listing asked for has not arrived yet.
    pub fn waiting(&self) -> bool {
        self.answered < self.asked
    }

    /// The newest listing that arrived since the last call, if any.
    pub fn arrived(&mut self) -> Option<Result<Vec<Entry>, DossierError>> {
        let mut newest = None;
        while let Ok((n, r)) = self.rx.try_recv() {
            if n == self.asked {
                self.answered = n;
                newest = Some(r);
            }
        }
        newest
    }

    /// Waits for the newest listing (for tests and benchmarks: the UI never blocks).
    pub fn wait(&mut self) -> Option<Result<Vec<Entry>, DossierError>> {
        while self.waiting() {
            let (n, r) = self.rx.recv().ok()?;
            if n == self.asked {
                self.answered = n;
                return Some(r);
            }
        }
        None
    }
}
