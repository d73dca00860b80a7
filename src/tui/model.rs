//! The whole state of the terminal UI, as plain data: which screen is up, each screen's
//! state, the open assessment, and whether the last change is saved. `view` draws it and
//! `update` changes it; nothing here does any I/O.

use super::screens::dashboard::Dashboard;
use super::screens::filing::Filing;
use super::screens::form::{Form, NewAssessment};
use super::screens::home::Home;
use super::screens::plan::Plan;
use super::screens::review::Review;
use super::screens::wizard::Wizard;
use super::session::Session;
use super::theme::Theme;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Screen {
    Home,
    Form,
    Wizard,
    Dashboard,
    Filing,
    Plan,
    Review,
}

/// The saved indicator.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Saved {
    /// Nothing changed since the assessment was opened.
    Clean,
    /// A save has been requested and not yet confirmed.
    Saving,
    Saved,
    Failed(String),
    /// The draft was changed on disk by another command and has been read again; `lost`:
    /// this window's last change was not written over it.
    Reloaded {
        lost: bool,
    },
}

#[derive(Debug)]
pub struct Model {
    pub theme: Theme,
    pub lang: String,
    /// The dossier directory, as shown on the home screen.
    pub dossier: String,
    pub size: (u16, u16),
    /// Today's date, for what is overdue: set by the runtime from the clock, fixed in tests.
    pub today: chrono::NaiveDate,
    pub screen: Screen,
    /// The `?` overlay listing the current screen's keys.
    pub help: bool,
    /// How far the `?` overlay is scrolled (the wheel, or ↑↓ where it is cut).
    pub help_scroll: u16,
    /// The sign or report dialog, over the current screen.
    pub dialog: Option<super::screens::dialog::Dialog>,
    /// The new-key form, over the current screen.
    pub keygen: Option<super::screens::keygen::KeyForm>,
    pub session: Option<Session>,
    pub home: Home,
    pub form: Form,
    pub wizard: Wizard,
    pub dashboard: Dashboard,
    /// The filing pack screen: the pack of the open draft, scrolled.
    pub filing: Filing,
    pub plan: Plan,
    /// Review mode: the sheet and the review in progress.
    pub review: Option<Box<Review>>,
    pub saved: Saved,
    /// The built-in questionnaires: (id, title), for the new-assessment form.
    pub questionnaires: Vec<(String, String)>,
    pub quit: bool,
}

impl Model {
    /// The home screen, waiting for the dossier's list.
    pub fn new(
        theme: Theme,
        lang: &str,
        dossier: &str,
        questionnaires: Vec<(String, String)>,
        size: (u16, u16),
    ) -> Self {
        let form = Form::new(&NewAssessment::default(), questionnaires.clone());
        Model {
            theme,
            lang: lang.to_string(),
            dossier: dossier.to_string(),
            size,
            today: chrono::NaiveDate::MIN,
            screen: Screen::Home,
            help: false,
            help_scroll: 0,
            dialog: None,
            keygen: None,
            session: None,
            home: Home::default(),
            form,
            wizard: Wizard::default(),
            dashboard: Dashboard::default(),
            filing: Filing::default(),
            plan: Plan::default(),
            review: None,
            saved: Saved::Clean,
            questionnaires,
            quit: false,
        }
    }

    /// The language of the screens, as a [`Lang`](crate::i18n::Lang).
    pub fn l(&self) -> crate::i18n::Lang {
        crate::i18n::AsLang::as_lang(&self.lang)
    }

    /// The built-in questionnaires as the form lists them.
    pub fn builtin_questionnaires(lang: &str) -> Vec<(String, String)> {
        crate::questionnaire::load::embedded()
            .iter()
            .map(|l| {
                (
                    l.questionnaire.id.clone(),
                    l.questionnaire.title.get(lang).to_string(),
                )
            })
            .collect()
    }
}
