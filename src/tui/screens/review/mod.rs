//! Review mode: a reviewer reads a signed revision — every answer with its help and
//! citation, read-only — comments on questions, gives each section a verdict, chooses an
//! overall opinion with its conditions and attestations, and countersigns.
//!
//! The screen holds the review sheet (what the library laid out from the revision) and
//! the review in progress (`ReviewDraft`). Every change to the review is followed by a
//! `SaveReview` effect, so nothing said is ever only in memory; countersigning is asked
//! of the runtime (`PrepareCountersign`, then `Countersign`), which uses the library's
//! checks and shows its refusals word for word.
//!
//! The risk page shows the revision under review as the assessor's risk screen does —
//! heat map, categories, explanations, legal panel — drawn by the same widgets
//! ([`dashboard`]) from the revision's answers, and read-only: no key there changes
//! anything but what is highlighted.

use crate::i18n::Lang;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use crate::review::{ReviewDraft, Sheet, SheetQuestion, SheetSection, Started, Verdict};

mod opinion_view;
mod popups;
mod signed;
mod update;
mod view;

pub use update::{countersign_ready, countersigned, paste, update, wrong_passphrase};
pub use view::{hit, tabs, view, wheel};

use crate::tui::field::Field;
use crate::tui::msg::{Go, Msg as Top};
use crate::tui::screens::dashboard::{self, Dashboard};
use crate::tui::screens::dialog::KeyChoice;
use crate::tui::session::Session;

#[derive(Debug, Clone)]
pub struct Review {
    pub sheet: Sheet,
    pub draft: ReviewDraft,
    /// A saved review judged this older revision; it is set aside at the first save.
    pub superseded: Option<u32>,
    /// The saved review of this revision was loaded.
    pub resumed: bool,
    /// Index into `sheet.sections`.
    pub section: usize,
    /// Index into the section's questions.
    pub question: usize,
    pub page: Page,
    /// The focused row of the opinion page.
    pub focus: usize,
    pub editor: Option<Editor>,
    pub dialog: Option<Dialog>,
    /// The help panel on screens narrower than 100 columns.
    pub panel_open: bool,
    pub panel_scroll: u16,
    /// A one-line notice (not an error of the review itself).
    pub message: Option<String>,
    /// Set once countersigned: the review is then a signed record and no longer edited.
    pub countersigned: Option<Countersigned>,
    /// The language of the screens (the sheet's texts are in it too).
    pub lang: Lang,
    /// The revision under review, scored, for the risk page; read-only.
    pub risk: Option<Box<Session>>,
    /// What the risk page has highlighted and open.
    pub dashboard: Dashboard,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Page {
    Answers,
    /// The risk screen and heat map of the revision, read-only.
    Risk,
    Opinion,
}

/// The rows of the opinion page, in order.
pub const ROW_OPINION: usize = 0;
pub const ROW_CONDITIONS: usize = 1;
/// The three attestations are rows 2, 3 and 4.
pub const ROW_ATTEST: usize = 2;
pub const ROW_DUE: usize = 5;
pub const ROWS: usize = 6;

/// A text being written in a popup.
#[derive(Debug, Clone)]
pub struct Editor {
    pub target: Target,
    pub field: Field,
    pub error: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    /// The comment on a question (by id).
    Comment(String),
    /// The note on a section's verdict (by id).
    Note(String),
    Conditions,
    Due,
}

/// The countersign dialog, over the review screen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Dialog {
    Working(String),
    Countersign {
        plan: CountersignPlan,
        key: usize,
        /// Why the highlighted key was refused, after Enter on an assessor's key.
        refused_key: Option<String>,
        pass: super::dialog::PassField,
    },
    Done(Countersigned),
    Failed(String),
}

/// What the runtime found out before countersigning.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CountersignPlan {
    /// The number the signed review will get.
    pub number: u32,
    pub revision: u32,
    pub keys: Vec<KeyChoice>,
    pub keys_dir: String,
    /// Why the review cannot be countersigned yet, in the library's words.
    pub refused: Option<String>,
}

/// What countersigning wrote.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Countersigned {
    pub number: u32,
    pub revision: u32,
    pub revision_sha256: String,
    pub path: String,
    pub sha256: String,
    /// The opinion, in words.
    pub opinion: String,
    pub review_due: Option<chrono::NaiveDate>,
    pub key: String,
    pub signer: String,
    pub trusted: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Msg {
    Up,
    Down,
    NextSection,
    PrevSection,
    /// A click on the section list (index into the sheet's sections).
    Section(usize),
    /// A click on a question of the current section.
    Question(usize),
    Comment,
    CycleVerdict,
    Note,
    /// Show the opinion page, or back to the answers.
    OpinionPage,
    /// Show the risk page, or back to the answers.
    RiskPage,
    /// A key of the risk page, for its (read-only) dashboard.
    Risk(dashboard::Msg),
    TogglePanel,
    Scroll(i16),
    /// Opinion page: change the focused choice (opinion) by one.
    Left,
    Right,
    /// Opinion page: Space ticks an attestation, or changes the opinion.
    Tick,
    /// Opinion page: Enter writes the conditions or the date.
    Edit,
    /// Opinion page: 1–3 choose an opinion.
    Choose(usize),
    Key(KeyEvent),
    EditorDone,
    Countersign,
    DialogUp,
    DialogDown,
    DialogConfirm,
    DialogClose,
    /// A key for the countersign dialog's passphrase field.
    DialogPass(super::dialog::Msg),
}

impl Review {
    /// A review opened from what the library started, on the sheet of its revision.
    pub fn new(started: Started, sheet: Sheet, lang: Lang) -> Self {
        let message = started
            .superseded
            .map(|old| crate::tui::strings::review_superseded(lang, old, started.draft.revision));
        Review {
            sheet,
            draft: started.draft,
            superseded: started.superseded,
            resumed: started.resumed,
            section: 0,
            question: 0,
            page: Page::Answers,
            focus: 0,
            editor: None,
            dialog: None,
            panel_open: false,
            panel_scroll: 0,
            message,
            countersigned: None,
            lang,
            risk: None,
            dashboard: Dashboard::default(),
        }
    }

    pub fn current_section(&self) -> Option<&SheetSection> {
        self.sheet.sections.get(self.section)
    }

    pub fn current_question(&self) -> Option<&SheetQuestion> {
        self.current_section()?.questions.get(self.question)
    }

    /// The verdict given on a section so far.
    pub fn verdict(&self, section: &str) -> Option<Verdict> {
        self.draft.verdicts.get(section).map(|v| v.verdict)
    }

    /// Comments written on a section's questions.
    pub fn comments_in(&self, section: &SheetSection) -> usize {
        section
            .questions
            .iter()
            .filter(|q| self.draft.comments.contains_key(&q.id))
            .count()
    }
}

pub fn key(k: KeyEvent, r: &Review) -> Option<Top> {
    let ctrl = k.modifiers.contains(KeyModifiers::CONTROL);
    let m = if let Some(Dialog::Countersign { plan, key, .. }) = &r.dialog
        && plan.refused.is_none()
        && super::dialog::needs_passphrase(&plan.keys, *key)
    {
        use super::dialog::Msg as D;
        match super::dialog::pass_key(k)? {
            D::Up => Msg::DialogUp,
            D::Down => Msg::DialogDown,
            D::Confirm => Msg::DialogConfirm,
            D::Close => Msg::DialogClose,
            typed => Msg::DialogPass(typed),
        }
    } else if r.dialog.is_some() {
        match k.code {
            KeyCode::Up | KeyCode::Char('k') => Msg::DialogUp,
            KeyCode::Down | KeyCode::Char('j') => Msg::DialogDown,
            KeyCode::Enter | KeyCode::Char('y') => Msg::DialogConfirm,
            KeyCode::Esc | KeyCode::Char('n' | 'q') => Msg::DialogClose,
            _ => return None,
        }
    } else if let Some(e) = &r.editor {
        match k.code {
            KeyCode::Esc => Msg::EditorDone,
            KeyCode::Char('s') if ctrl => Msg::EditorDone,
            KeyCode::Enter if !e.field.multiline => Msg::EditorDone,
            _ => Msg::Key(k),
        }
    } else if r.page == Page::Risk {
        let explaining = r.dashboard.explain.is_some();
        match k.code {
            KeyCode::Up | KeyCode::Char('k') => Msg::Risk(dashboard::Msg::Up),
            KeyCode::Down | KeyCode::Char('j') => Msg::Risk(dashboard::Msg::Down),
            KeyCode::Enter => Msg::Risk(dashboard::Msg::Explain),
            KeyCode::Tab if !explaining => Msg::Risk(dashboard::Msg::NextPanel),
            KeyCode::BackTab if !explaining => Msg::Risk(dashboard::Msg::PrevPanel),
            KeyCode::Esc if explaining => Msg::Risk(dashboard::Msg::Close),
            KeyCode::Esc | KeyCode::Char('d') => Msg::RiskPage,
            KeyCode::Char('o') => Msg::OpinionPage,
            KeyCode::Char('S') => Msg::Countersign,
            KeyCode::Char('s') if ctrl => Msg::Countersign,
            KeyCode::Char('q') => return Some(Top::Quit),
            KeyCode::Char('?') => return Some(Top::ToggleHelp),
            _ => return None,
        }
    } else if r.page == Page::Opinion {
        match k.code {
            KeyCode::Up | KeyCode::Char('k') | KeyCode::BackTab => Msg::Up,
            KeyCode::Down | KeyCode::Char('j') | KeyCode::Tab => Msg::Down,
            KeyCode::Left | KeyCode::Char('h') => Msg::Left,
            KeyCode::Right | KeyCode::Char('l') => Msg::Right,
            KeyCode::Char(' ') => Msg::Tick,
            KeyCode::Enter | KeyCode::Char('e') => Msg::Edit,
            KeyCode::Char(c @ '1'..='3') => Msg::Choose(c as usize - '1' as usize),
            KeyCode::Char('S') => Msg::Countersign,
            KeyCode::Char('s') if ctrl => Msg::Countersign,
            KeyCode::Esc | KeyCode::Char('o') => Msg::OpinionPage,
            KeyCode::Char('q') => return Some(Top::Quit),
            KeyCode::Char('?') => return Some(Top::ToggleHelp),
            _ => return None,
        }
    } else {
        let shift = k.modifiers.contains(KeyModifiers::SHIFT);
        match k.code {
            KeyCode::Down if shift => Msg::Scroll(1),
            KeyCode::Up if shift => Msg::Scroll(-1),
            KeyCode::Char('J') => Msg::Scroll(1),
            KeyCode::Char('K') => Msg::Scroll(-1),
            KeyCode::Up | KeyCode::Char('k') => Msg::Up,
            KeyCode::Down | KeyCode::Char('j') => Msg::Down,
            KeyCode::Right | KeyCode::Char('l') | KeyCode::Tab | KeyCode::PageDown => {
                Msg::NextSection
            }
            KeyCode::Left | KeyCode::Char('h') | KeyCode::BackTab | KeyCode::PageUp => {
                Msg::PrevSection
            }
            KeyCode::Char('c') | KeyCode::Enter => Msg::Comment,
            KeyCode::Char('v') => Msg::CycleVerdict,
            KeyCode::Char('n') => Msg::Note,
            KeyCode::Char('o') => Msg::OpinionPage,
            KeyCode::Char('d') => Msg::RiskPage,
            KeyCode::Char('i') => Msg::TogglePanel,
            KeyCode::Char('S') => Msg::Countersign,
            KeyCode::Char('s') if ctrl => Msg::Countersign,
            KeyCode::Esc => return Some(Top::Go(Go::Home)),
            KeyCode::Char('q') => return Some(Top::Quit),
            KeyCode::Char('?') => return Some(Top::ToggleHelp),
            _ => return None,
        }
    };
    Some(Top::Review(m))
}
