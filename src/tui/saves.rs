//! Saves held back during a burst of input (fast typing, a paste): only the newest state
//! of the draft and of the review is written, once, at the end of the burst.

use super::msg::{Effect, Msg};
use super::runtime::{Effects, apply};
use super::{Model, update};

/// Saves held back until the end of a burst of input: only the newest state of the draft
/// (and of the review) needs writing. Any other effect first writes what is held, so
/// effects still happen in the order they were asked for.
#[derive(Default)]
pub(super) struct Saves {
    draft: Option<Effect>,
    review: Option<Effect>,
}

impl Saves {
    pub(super) fn handle(&mut self, model: &mut Model, fx: &mut Effects, msg: Msg) {
        let mut queue = vec![msg];
        while let Some(msg) = queue.pop() {
            for e in update(model, msg) {
                match e {
                    Effect::Save(_) => self.draft = Some(e),
                    Effect::SaveReview(_) => self.review = Some(e),
                    other => {
                        self.flush(model, fx);
                        if let Some(r) = fx.run(other) {
                            queue.push(r);
                        }
                    }
                }
            }
        }
    }

    /// Writes what is held; whether anything was (the saved indicator changes).
    pub(super) fn flush(&mut self, model: &mut Model, fx: &mut Effects) -> bool {
        let mut wrote = false;
        for e in [self.draft.take(), self.review.take()]
            .into_iter()
            .flatten()
        {
            let reply = fx.run(e);
            apply(model, reply, fx);
            wrote = true;
        }
        wrote
    }
}
