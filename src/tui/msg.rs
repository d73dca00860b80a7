//! What can happen (`Msg`) and what the runtime must do about it (`Effect`).
//!
//! Messages come from keys, the mouse, the terminal and the runtime's replies; `update`
//! turns them into state changes and effects. Effects are the only way anything touches
//! the disk, which keeps `update` testable by feeding it messages.

use crate::assessment::Draft;
use crate::dossier::Entry;

use crate::review::ReviewDraft;

use super::screens::{dashboard, dialog, filing, form, home, keygen, plan, review, wizard};
use super::session::Session;

#[derive(Debug)]
pub enum Msg {
    /// Ctrl-C, or `q` where `q` is not typed text: save and leave.
    Quit,
    /// Show or hide the `?` overlay with the current screen's keys.
    ToggleHelp,
    /// Scroll the `?` overlay by lines (where it is taller than the terminal).
    HelpScroll(i16),
    Resize(u16, u16),
    /// A left click at (column, row).
    Click(u16, u16),
    /// The mouse wheel turned over (column, row): `down` towards the end of the pane.
    Wheel {
        col: u16,
        row: u16,
        down: bool,
    },
    Paste(String),
    Go(Go),
    Home(home::Msg),
    Form(form::Msg),
    Wizard(wizard::Msg),
    Dashboard(dashboard::Msg),
    Filing(filing::Msg),
    Plan(plan::Msg),
    Dialog(dialog::Msg),
    Review(review::Msg),
    /// Open the new-key form (`true`: offer signing again once the key exists).
    NewKey(bool),
    KeyGen(keygen::Msg),
    /// The key created, or why not.
    KeyCreated(Result<keygen::Created, String>),
    /// Open the sign dialog.
    Sign,
    /// Write the PDF report.
    Report,
    /// Write the filing pack as a PDF (of the latest revision if the draft is unchanged
    /// since it, else of the draft, marked not signed).
    FilingPdf,
    /// Replies from the runtime.
    Listed(Result<Vec<Entry>, String>),
    Opened(Result<Box<Session>, String>),
    Saved(Result<(), String>),
    /// The open draft as it now is on disk, changed by another command; `lost`: this
    /// window's last change was not written (the file had changed first).
    Reloaded {
        draft: Box<Draft>,
        lost: bool,
    },
    SignReady(Result<dialog::SignPlan, String>),
    /// The revision signed, and the draft's record of it.
    Signed(Result<(dialog::SignedInfo, crate::assessment::SignedRef), String>),
    Reported(Result<dialog::ReportInfo, String>),
    /// The review of an assessment's latest revision, started or resumed.
    ReviewOpened(Result<Box<review::Review>, String>),
    CountersignReady(Result<review::CountersignPlan, String>),
    Countersigned(Result<review::Countersigned, String>),
    /// The passphrase typed in the sign (or countersign) dialog does not open its key:
    /// nothing was written, and the dialog asks again.
    WrongPassphrase,
}

/// Screen changes a screen may ask for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Go {
    Home,
    /// The new-assessment form.
    New,
    Wizard,
    Dashboard,
    /// The filing pack of the open draft.
    Filing,
    Plan,
    /// Review mode, once a review is open.
    Review,
}

/// A request to the outside world, carried out by the runtime.
#[derive(Debug, Clone, PartialEq)]
pub enum Effect {
    /// Write the draft (atomically). Issued after every change.
    Save(Box<Draft>),
    /// Read the dossier's list of assessments; replies `Listed`.
    List,
    /// Lock and load an assessment; replies `Opened`.
    Open(String),
    /// Create an assessment from the form, lock it and open it; replies `Opened`.
    Create(Box<form::NewAssessment>),
    /// Write the demo assessment; replies `Listed`.
    Demo,
    /// Find out who can sign the draft; replies `SignReady`.
    PrepareSign(Box<Draft>),
    /// Sign the draft as its next revision with the key of this id; replies `Signed`.
    Sign {
        draft: Box<Draft>,
        key: String,
        /// Typed in the dialog for a protected key; None asks as the library does
        /// (`FAROL_PASSPHRASE`).
        passphrase: Option<Secret>,
    },
    /// Write the PDF report (of the latest revision if the draft is unchanged since it);
    /// replies `Reported`.
    Report(Box<Draft>),
    /// Write the filing pack as a PDF; replies `Reported`.
    FilingPdf(Box<Draft>),
    /// Lock the review of an assessment's latest revision and read its sheet; replies
    /// `ReviewOpened`.
    OpenReview(String),
    /// Write the review in progress (atomically). Issued after every change.
    SaveReview(Box<ReviewDraft>),
    /// Find out who can countersign and whether the review is ready; replies
    /// `CountersignReady`.
    PrepareCountersign(Box<ReviewDraft>),
    /// Countersign the review with the key of this id; replies `Countersigned`.
    Countersign {
        draft: Box<ReviewDraft>,
        key: String,
        passphrase: Option<Secret>,
    },
    /// Create a signing key in the user's key directory; replies `KeyCreated`.
    NewKey {
        name: String,
        role: crate::keys::Role,
        passphrase: Option<Secret>,
    },
    /// Remember the language chosen for this user (`settings.ron`).
    SaveLang(crate::i18n::Lang),
    /// Release the open assessment's (or review's) lock.
    Close,
    Quit,
}

/// A passphrase on its way to the library: wiped from memory when dropped, never printed.
#[derive(Clone, PartialEq, Eq, Default)]
pub struct Secret(zeroize::Zeroizing<String>);

impl Secret {
    pub fn new(s: String) -> Self {
        Secret(zeroize::Zeroizing::new(s))
    }
    pub fn expose(&self) -> &str {
        &self.0
    }
    pub fn push(&mut self, c: char) {
        self.0.push(c);
    }
    pub fn pop(&mut self) {
        self.0.pop();
    }
    /// How many characters were typed (what a masked field shows).
    pub fn chars(&self) -> usize {
        self.0.chars().count()
    }
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
    /// Wipes the text (a wrong passphrase is typed again from nothing).
    pub fn clear(&mut self) {
        zeroize::Zeroize::zeroize(&mut *self.0);
    }
}

impl std::fmt::Debug for Secret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Secret(…)")
    }
}

/// What a screen's update hands back to the top-level update.
#[derive(Debug, Default)]
pub struct Out {
    pub effects: Vec<Effect>,
    pub go: Option<Go>,
    /// The language chosen in the language menu: the whole UI switches to it.
    pub lang: Option<crate::i18n::Lang>,
    /// A question to open in the wizard (a gap of the filing pack names it).
    pub question: Option<String>,
}

impl Out {
    pub fn effect(&mut self, e: Effect) {
        self.effects.push(e);
    }
    pub fn go(&mut self, g: Go) {
        self.go = Some(g);
    }
}
