//! Shared by the terminal UI tests: a temporary dossier holding drafts of a small fixture
//! questionnaire, a model driven by key presses through the real update and effects, and
//! rendering into a TestBackend.
#![allow(dead_code)]

use std::path::PathBuf;

use chrono::{TimeZone, Utc};
use farol::answer::Answers;
use farol::assessment::{Draft, Meta, QuestionnaireUse};
use farol::dossier::Dossier;
use farol::questionnaire::{Loaded, load};
use farol::tui::runtime::{Effects, apply, first_model};
use farol::tui::theme::Theme;
use farol::tui::{Model, Start, key_to_msg, update, view};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

pub const SIZES: [(u16, u16); 2] = [(80, 24), (120, 40)];

pub fn fixture_path() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/tui_fixture.ron")
}

pub fn fixture() -> Loaded {
    let src = std::fs::read_to_string(fixture_path()).unwrap();
    load::parse("tests/tui_fixture.ron", &src).unwrap()
}

pub struct Harness {
    pub dir: tempfile::TempDir,
    pub model: Model,
    pub fx: Effects,
}

/// A draft of the fixture questionnaire, with fixed dates.
pub fn fixture_draft(id: &str, title: &str, org: &str, answers: Answers) -> Draft {
    let l = fixture();
    let at = Utc.with_ymd_and_hms(2026, 11, 20, 9, 30, 0).unwrap();
    let mut d = Draft::new(
        id.into(),
        title.into(),
        QuestionnaireUse::of(&l),
        Meta {
            organisation: org.into(),
            system: "Attendance app".into(),
            vendor: "Vendor Co.".into(),
            assessor: "Ana Lei".into(),
            created: at,
            updated: at,
        },
    );
    d.answers = answers;
    d
}

impl Harness {
    pub fn empty(size: (u16, u16)) -> Harness {
        Self::start(Start::Home, size, &[])
    }

    /// A dossier holding `drafts`, started at `start`.
    pub fn start(start: Start, size: (u16, u16), drafts: &[Draft]) -> Harness {
        let dir = tempfile::tempdir().unwrap();
        let dossier = Dossier::open(dir.path());
        dossier.keep_questionnaire(&fixture()).unwrap();
        for d in drafts {
            dossier.save_draft(d).unwrap();
        }
        let mut fx = Effects::new(dossier, "en");
        let mut model = first_model(&start, &mut fx, Theme::plain(), size).unwrap();
        model.dossier = "/home/ana/dossier".into();
        Harness { dir, model, fx }
    }

    /// The fixture draft `fx1` opened in the wizard.
    pub fn wizard(size: (u16, u16), answers: Answers) -> Harness {
        let d = fixture_draft(
            "fx1",
            "Attendance app rollout",
            "Lótus Trading (蓮花貿易)",
            answers,
        );
        Self::start(Start::Open("fx1".into()), size, &[d])
    }

    pub fn dossier(&self) -> Dossier {
        Dossier::open(self.dir.path())
    }

    pub fn press(&mut self, k: KeyEvent) {
        if let Some(msg) = key_to_msg(k, &self.model) {
            self.send(msg);
        }
    }

    pub fn send(&mut self, msg: farol::tui::Msg) {
        for e in update(&mut self.model, msg) {
            let reply = self.fx.run(e);
            apply(&mut self.model, reply, &mut self.fx);
        }
    }

    pub fn key(&mut self, code: KeyCode) -> &mut Self {
        self.press(KeyEvent::new(code, KeyModifiers::NONE));
        self
    }

    pub fn ctrl(&mut self, c: char) -> &mut Self {
        self.press(KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL));
        self
    }

    /// Each character as a key press (keys such as `q` are typed only where text is).
    pub fn keys(&mut self, text: &str) -> &mut Self {
        for c in text.chars() {
            self.key(KeyCode::Char(c));
        }
        self
    }

    pub fn render(&self) -> String {
        let (w, h) = self.model.size;
        let mut t = Terminal::new(TestBackend::new(w, h)).unwrap();
        t.draw(|f| view(&self.model, f)).unwrap();
        let buf = t.backend().buffer().clone();
        let mut out = String::new();
        for y in 0..h {
            let mut line = String::new();
            let mut skip = 0;
            for x in 0..w {
                let cell = &buf[(x, y)];
                if skip > 0 {
                    skip -= 1;
                    continue;
                }
                let sym = cell.symbol();
                line.push_str(sym);
                skip = unicode_width::UnicodeWidthStr::width(sym).saturating_sub(1);
            }
            out.push_str(line.trim_end());
            out.push('\n');
        }
        out
    }

    pub fn current(&self) -> Option<String> {
        self.model.wizard.current.clone()
    }

    pub fn saved_draft(&self, id: &str) -> Draft {
        self.dossier().load_draft(id).unwrap().0
    }
}
