//! Shared by the terminal UI tests: a temporary dossier holding drafts of a small fixture
//! questionnaire, a model driven by key presses through the real update and effects, and
//! rendering into a TestBackend.
#![allow(dead_code)]

pub mod scenarios;

use std::path::PathBuf;

use chrono::{TimeZone, Utc};
use farol::answer::{Answer, Answers, Cell, Row};
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

/// The languages of the snapshots.
pub const LANGS: [&str; 3] = ["en", "zh-Hant", "pt"];

thread_local! {
    /// The language harnesses made on this thread start in (each test runs on its own
    /// thread): English unless a test says otherwise with [`in_lang`].
    static LANG: std::cell::RefCell<String> = std::cell::RefCell::new("en".into());
}

/// Runs `f` with harnesses (and the fixture) in `lang`.
pub fn in_lang<T>(lang: &str, f: impl FnOnce() -> T) -> T {
    let before = LANG.with(|l| l.replace(lang.to_string()));
    let out = f();
    LANG.with(|l| *l.borrow_mut() = before);
    out
}

/// The language harnesses start in on this thread.
pub fn lang() -> String {
    LANG.with(|l| l.borrow().clone())
}

/// The fixture questionnaire: English only for English screens (so their snapshots never
/// move), with Chinese and Portuguese texts for the others.
pub fn fixture_path() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(fixture_name())
}

fn fixture_name() -> &'static str {
    if lang() == "en" {
        "tests/tui_fixture.ron"
    } else {
        "tests/tui_support/fixture_i18n.ron"
    }
}

pub fn fixture() -> Loaded {
    let src = std::fs::read_to_string(fixture_path()).unwrap();
    load::parse(fixture_name(), &src).unwrap()
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

/// A fixed time on a day, for records that snapshots show.
/// The day every harness's screens take as today.
pub const TODAY: chrono::NaiveDate = chrono::NaiveDate::from_ymd_opt(2026, 12, 2).unwrap();

/// A plan of three actions, due 2026-11-20 (overdue on [`TODAY`]), 2026-12-15, and
/// 2026-10-01 (done: never overdue); the first with a title too long for one line.
pub fn plan_with_overdue() -> Vec<farol::assessment::PlanItem> {
    use farol::assessment::{PlanItem, PlanStatus};
    let item = |id: &str, title: &str, due: (i32, u32, u32), status| PlanItem {
        id: id.into(),
        title: title.into(),
        detail: String::new(),
        owner: "Ana Lei 李安娜".into(),
        due: chrono::NaiveDate::from_ymd_opt(due.0, due.1, due.2),
        status,
        from: None,
    };
    vec![
        item(
            "p1",
            "Ask the vendor for the list of its sub-processors and the contract clauses on transfers to Hong Kong and Shenzhen",
            (2026, 11, 20),
            PlanStatus::Todo,
        ),
        item(
            "p2",
            "Train the HR team",
            (2026, 12, 15),
            PlanStatus::InProgress,
        ),
        item(
            "p3",
            "Turn on two-factor sign-in",
            (2026, 10, 1),
            PlanStatus::Done,
        ),
    ]
}

pub fn at(y: i32, m: u32, d: u32) -> chrono::DateTime<Utc> {
    Utc.with_ymd_and_hms(y, m, d, 10, 0, 0).unwrap()
}

/// The assessor's key in `root/keys`, made once.
pub fn assessor_key(root: &std::path::Path) -> farol::keys::LoadedKey {
    key_of(root, "Ana Lei", farol::keys::Role::Assessor)
}

/// The reviewer's key in `root/keys`, made once.
pub fn reviewer_key(root: &std::path::Path) -> farol::keys::LoadedKey {
    key_of(root, "Dr. Leong", farol::keys::Role::Reviewer)
}

fn key_of(root: &std::path::Path, name: &str, role: farol::keys::Role) -> farol::keys::LoadedKey {
    let dir = root.join("keys");
    let existing = farol::keys::list_keys(&dir)
        .unwrap_or_default()
        .into_iter()
        .find(|k| k.name == name && k.role == role);
    let id = match existing {
        Some(k) => k.id,
        None => {
            let id = farol::keys::new_key(&dir, name, role, at(2026, 11, 1))
                .unwrap()
                .id;
            // Trusted by the dossier, in its role: only then do its reviews count.
            farol::keys::trust(root, Some(&dir), &id, None, None, at(2026, 11, 1)).unwrap();
            id
        }
    };
    farol::keys::load_signing_key(&dir, Some(&id)).unwrap()
}

/// Saves `draft` and signs it as its next revision with the assessor's key at `when`.
pub fn sign(root: &std::path::Path, mut draft: Draft, when: chrono::DateTime<Utc>) {
    let dossier = Dossier::open(root);
    dossier.keep_questionnaire(&fixture()).unwrap();
    dossier.save_draft(&draft).unwrap();
    let key = assessor_key(root);
    farol::record::sign_draft(&dossier, &mut draft, &fixture(), &key, when).unwrap();
}

/// Countersigns a review of the latest revision of `id`, made by `fill`, with the
/// reviewer's key at `when`.
pub fn countersign(
    root: &std::path::Path,
    id: &str,
    when: chrono::DateTime<Utc>,
    fill: impl FnOnce(&mut farol::review::ReviewDraft),
) -> farol::review::SignedReview {
    let dossier = Dossier::open(root);
    let mut d = farol::review::start(&dossier, id).unwrap().draft;
    fill(&mut d);
    // An approval judges every section: those the test left unjudged are acceptable.
    if d.opinion.is_some_and(|o| o.approves()) {
        for s in farol::review::sheet(&dossier, &d, &lang())
            .unwrap()
            .sections
        {
            if !d.verdicts.contains_key(&s.id) {
                d.judge(&s.id, farol::review::Verdict::Acceptable, None);
            }
        }
    }
    let key = reviewer_key(root);
    farol::review::countersign(&dossier, &d, &key, when).unwrap()
}

impl Harness {
    pub fn empty(size: (u16, u16)) -> Harness {
        Self::start(Start::Home, size, &[])
    }

    /// A dossier holding `drafts`, started at `start`.
    pub fn start(start: Start, size: (u16, u16), drafts: &[Draft]) -> Harness {
        Self::start_with(start, size, drafts, |_| {})
    }

    /// The home screen of a dossier holding `drafts`, listed on a thread as the terminal
    /// UI does: the model is as first drawn, before the list arrives (`listed` waits).
    pub fn listing(size: (u16, u16), drafts: &[Draft]) -> Harness {
        Self::prepared(Start::Home, size, drafts, |_| {}, true)
    }

    /// Waits for the background listing and shows it.
    pub fn listed(&mut self) -> &mut Self {
        let msg = self.fx.arrived(true).expect("a listing was asked for");
        self.send(msg);
        self
    }

    /// A dossier holding `drafts`, prepared further by `setup` (given the dossier's
    /// directory, where `keys/` holds the test's private keys), started at `start`.
    pub fn start_with(
        start: Start,
        size: (u16, u16),
        drafts: &[Draft],
        setup: impl FnOnce(&std::path::Path),
    ) -> Harness {
        Self::prepared(start, size, drafts, setup, false)
    }

    fn prepared(
        start: Start,
        size: (u16, u16),
        drafts: &[Draft],
        setup: impl FnOnce(&std::path::Path),
        background: bool,
    ) -> Harness {
        let dir = tempfile::tempdir().unwrap();
        let dossier = Dossier::open(dir.path());
        dossier.keep_questionnaire(&fixture()).unwrap();
        for d in drafts {
            dossier.save_draft(d).unwrap();
        }
        setup(dir.path());
        let mut fx = Effects::new(dossier, &lang());
        fx.keys_dir = Some(dir.path().join("keys"));
        // The language menu remembers its choice here, never in the user's own settings.
        fx.settings = Some(dir.path().join("config/settings.ron"));
        if background {
            fx.background = Some(Default::default());
        }
        let mut model = first_model(&start, &mut fx, Theme::plain(), size).unwrap();
        model.dossier = "/home/ana/dossier".into();
        model.today = TODAY;
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

    /// The fixture draft `fx1` with `answers`, signed as revision 1 by Ana Lei (assessor),
    /// with a reviewer key beside hers; started at `start`.
    pub fn signed(start: Start, size: (u16, u16), answers: Answers) -> Harness {
        let d = fixture_draft(
            "fx1",
            "Attendance app rollout",
            "Lótus Trading (蓮花貿易)",
            answers,
        );
        Self::start_with(start, size, &[], |root| {
            sign(root, d, at(2026, 11, 20));
            reviewer_key(root);
        })
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

    /// Panics where a wide (CJK) character is cut in half: its second cell drawn over by
    /// something else (which a terminal would never show), or the character in the last
    /// column.
    pub fn assert_whole_glyphs(&self) {
        let (w, h) = self.model.size;
        let mut t = Terminal::new(TestBackend::new(w, h)).unwrap();
        t.draw(|f| view(&self.model, f)).unwrap();
        let buf = t.backend().buffer().clone();
        for y in 0..h {
            let mut x = 0;
            while x < w {
                let sym = buf[(x, y)].symbol();
                let cw = unicode_width::UnicodeWidthStr::width(sym).max(1) as u16;
                for k in 1..cw {
                    let next = buf.cell((x + k, y)).map(|c| c.symbol());
                    assert!(
                        matches!(next, Some("" | " ")),
                        "{sym:?} at ({x}, {y}) cut by {next:?}:\n{}",
                        self.render()
                    );
                }
                x += cw;
            }
        }
    }

    /// The screen as text, then every run of cells with the same colours and emphasis
    /// (terminal defaults left out), row by row: `row x0-x1 fg/bg MODIFIERS`. Colours are
    /// xterm indices, so a colour regression shows in the snapshot.
    pub fn render_styled(&self) -> String {
        let (w, h) = self.model.size;
        let mut t = Terminal::new(TestBackend::new(w, h)).unwrap();
        t.draw(|f| view(&self.model, f)).unwrap();
        let buf = t.backend().buffer().clone();
        let mut out = self.render();
        out.push_str("--- styles ---\n");
        let color = |c: ratatui::style::Color| match c {
            ratatui::style::Color::Reset => "-".to_string(),
            ratatui::style::Color::Indexed(i) => i.to_string(),
            other => format!("{other:?}"),
        };
        for y in 0..h {
            let mut runs: Vec<(u16, u16, String)> = Vec::new();
            for x in 0..w {
                let c = &buf[(x, y)];
                if c.fg == ratatui::style::Color::Reset
                    && c.bg == ratatui::style::Color::Reset
                    && c.modifier.is_empty()
                {
                    continue;
                }
                let s = format!("{}/{} {:?}", color(c.fg), color(c.bg), c.modifier);
                match runs.last_mut() {
                    Some((_, end, last)) if *end + 1 == x && *last == s => *end = x,
                    _ => runs.push((x, x, s)),
                }
            }
            for (a, b, s) in runs {
                out.push_str(&format!("{y} {a}-{b} {s}\n"));
            }
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

/// The fixture's screening section answered: health and location data, sent abroad, a
/// small organisation.
pub fn screening_answers() -> Answers {
    let mut a = Answers::new();
    a.insert(
        "scr.cats".into(),
        Answer::Choices(vec!["health".into(), "location".into()]),
    );
    a.insert("scr.abroad".into(), Answer::Yes);
    a.insert("scr.size".into(), Answer::Choice("small".into()));
    a
}

/// Answers to the fixture of every kind: choices, a yes, text with Chinese and Portuguese,
/// a number and a table row.
pub fn answered() -> Answers {
    let mut a = screening_answers();
    a.insert(
        "det.purpose".into(),
        Answer::Text("員工考勤打卡 — staff clock in with GPS.\nSecond line: ação".into()),
    );
    a.insert("det.people".into(), Answer::Number(120));
    let mut row = Row::new();
    row.insert("where".into(), Cell::Text("Vendor cloud, 深圳".into()));
    row.insert(
        "cats".into(),
        Cell::Choices(vec!["health".into(), "location".into()]),
    );
    row.insert("place".into(), Cell::Choice("mainland".into()));
    a.insert("det.flows".into(), Answer::Rows(vec![row]));
    a
}

/// Fills `s` with legal conclusions of every kind, as the Macau questionnaire 2.0 draws
/// them: a duty met with evidence, one awaiting the DSPDP, one believed not to apply, an
/// open one; a purpose to notify and one to authorise; transfers in every state; the
/// Art 23 content partly filled; a screening that makes the assessment likely needed.
pub fn legal_conclusions(s: &mut farol::risk::Score) {
    use farol::questionnaire::{Procedure, TransferState, Verdict};
    use farol::risk::*;
    let duty = |id: &str, title: &str, state: DutyState, cite: &[&str]| ObligationStatus {
        id: id.into(),
        title: title.into(),
        text: String::new(),
        cite: cite.iter().map(|c| c.to_string()).collect(),
        met: state == DutyState::Met,
        state,
        needs: String::new(),
        evidence: Vec::new(),
        missing: Vec::new(),
        belief: None,
    };
    let mut notify = duty(
        "notify",
        "Notify the DSPDP before processing",
        DutyState::Met,
        &["Law 8/2005, Art 21(1)"],
    );
    notify.evidence = vec![Evidence {
        question: "dpa.notified_on".into(),
        prompt: "Date of filing".into(),
        answer: "2026-11-02".into(),
    }];
    let mut auth = duty(
        "authorise_sensitive",
        "Authorisation to process health data",
        DutyState::Awaiting,
        &["Law 8/2005, Art 22 [confirmed through the regulator]"],
    );
    auth.needs = "The authorisation's number and date, once the DSPDP grants it.".into();
    auth.evidence = vec![Evidence {
        question: "dpa.applied_on".into(),
        prompt: "Date applied".into(),
        answer: "2026-11-10".into(),
    }];
    let mut dpo = duty(
        "transfer_notify",
        "Notify the transfer to Zhuhai (Art 20(1))",
        DutyState::Believed,
        &["Law 8/2005, Art 20(1)"],
    );
    dpo.needs = "The notification's filing date.".into();
    dpo.belief = Some(BeliefNote {
        says: "Believed covered by the GBA standard contract".into(),
        reason: "The GBA standard contract covers it.".into(),
        confirm: "Whether the DSPDP accepts the GBA standard contract for a transfer out of Macau without notification.".into(),
    });
    let mut quality = duty(
        "quality",
        "Keep the data accurate and no longer than needed",
        DutyState::Open,
        &["Law 8/2005, Art 5 (data quality) [unverified]"],
    );
    quality.needs = "A retention period for each category, and who deletes the data.".into();
    s.obligations = vec![notify, auth, dpo, quality];
    s.decisions = vec![
        Decision {
            row: 1,
            purpose: "Attendance and payroll".into(),
            ground: "Performance of the employment contract".into(),
            no_ground: false,
            categories: vec!["location".into()],
            procedure: Procedure::Notify,
            reasons: vec![DecisionReason {
                id: "notify".into(),
                because: "No sensitive data, no interconnection and no transfer needing authorisation: a notification suffices.".into(),
                cite: vec!["Law 8/2005, Art 21".into()],
            }],
        },
        Decision {
            row: 2,
            purpose: "Sick leave certificates".into(),
            ground: String::new(),
            no_ground: true,
            categories: vec!["health".into()],
            procedure: Procedure::Authorise,
            reasons: vec![
                DecisionReason {
                    id: "sensitive".into(),
                    because: "Health data is sensitive: processing it needs the DSPDP's authorisation.".into(),
                    cite: vec!["Law 8/2005, Art 22(1) [confirmed through the regulator]".into()],
                },
                DecisionReason {
                    id: "transfer".into(),
                    because: "It goes to Zhuhai on a basis not in force.".into(),
                    cite: vec!["Law 8/2005, Art 20(2)".into()],
                },
            ],
        },
    ];
    let flow = |row: usize, name: &str, loc: &str, basis: &str, state: TransferState, ev: &str| {
        TransferStatus {
            row,
            name: name.into(),
            location: String::new(),
            location_label: loc.into(),
            categories: vec!["health".into()],
            basis: String::new(),
            basis_label: basis.into(),
            state,
            evidence: ev.into(),
        }
    };
    s.transfers = vec![
        flow(1, "Payroll bureau", "Macau", "", TransferState::Inside, ""),
        flow(
            2,
            "HQ in Hong Kong",
            "Hong Kong",
            "DSPDP authorisation (Art 20(2))",
            TransferState::InForce,
            "Date: 2026-10-01; Reference: A/123/2026",
        ),
        flow(
            3,
            "Vendor cloud",
            "Zhuhai (mainland GBA)",
            "GBA standard contract",
            TransferState::Claimed,
            "",
        ),
        flow(
            4,
            "Group HR system",
            "Mainland China",
            "Authorisation applied for",
            TransferState::Applied,
            "Date: 2026-11-15",
        ),
        flow(5, "Chat backup", "Not known", "", TransferState::None, ""),
    ];
    let item = |id: &str, title: &str, complete: bool| ContentStatus {
        id: id.into(),
        title: title.into(),
        complete,
        missing: if complete {
            String::new()
        } else {
            format!("Answer the questions about {}", title.to_lowercase())
        },
        cite: vec![format!("Law 8/2005, Art 23(1)({id})")],
    };
    s.notification = vec![
        item("a", "Controller", true),
        item("b", "Purposes", true),
        item("c", "Data subjects and data", true),
        item("d", "Recipients", false),
        item("e", "Transfers abroad", true),
        item("f", "Retention", false),
        item("g", "Security measures", true),
    ];
    let crit = |id: &str, title: &str| CriterionMet {
        id: id.into(),
        title: title.into(),
        cite: vec![format!("WP248 rev.01, criterion {id}")],
    };
    s.screening = Some(ScreeningStatus {
        verdict: Verdict::LikelyNeeded,
        criteria: vec![
            crit("4", "Sensitive data"),
            crit("3", "Systematic monitoring"),
            crit("7", "Vulnerable data subjects (employees)"),
        ],
        required: Vec::new(),
        signs: Vec::new(),
        likely_at: 2,
        unanswered: Vec::new(),
    });
}

/// A Macau SME's staff records on the built-in Macau questionnaire, with gaps in its
/// filing pack: the retention period of payroll and how data subjects exercise their
/// rights are not given; a second purpose on health data (an authorisation request).
pub fn macau_filing_answers() -> Answers {
    let opts = load::ron_options();
    opts.from_str(
        r#"{
    "scr.sensitive": Yes, "scr.large_scale": No, "scr.monitoring": No, "scr.new_tech": No,
    "scr.combining": No, "scr.automated": No, "scr.vulnerable": Yes, "scr.blocking": No,
    "scr.transfer": No, "scr.mainland": No, "scr.from_mainland": No,
    "prj.system": Text("HR records on the office PC"),
    "prj.features": Choices(["records"]),
    "prj.controller": Text("Lótus Trading, Lda."),
    "prj.controller_zh": Text("蓮花貿易有限公司"),
    "prj.controller_address": Text("Avenida de Almeida Ribeiro 32, Macau"),
    "prj.representative": Text("None"),
    "prj.vendor": Text("In-house"),
    "inv.categories": Choices(["identity", "hr", "health"]),
    "inv.subjects": Choices(["employees"]),
    "flows.list": Rows([
        {"system": Text("HR PC"), "role": Choice("own"), "categories": Choices(["identity", "hr", "health"]), "location": Choice("macau"), "basis": Choice("stays"), "purpose": Text("Payroll")},
    ]),
    "leg.purposes": Rows([
        {"purpose": Text("Payroll"), "ground": Choice("contract"), "categories": Choices(["identity", "hr"]), "subjects": Choices(["employees"])},
        {"purpose": Text("Sick leave"), "ground": Choice("contract"), "categories": Choices(["health"]), "subjects": Choices(["employees"]), "retention": Text("2 years")},
    ]),
    "leg.interconnection": No,
    "rights.notice": Yes, "rights.notice_where": Text("Staff handbook, page 3"),
    "sec.least_privilege": Yes, "sec.mfa": Yes, "sec.encryption_transit": Yes,
    "sec.encryption_rest": Yes, "sec.audit_logs": Yes, "sec.incident_plan": Yes,
}"#,
    )
    .expect("answers parse")
}

impl Harness {
    /// A draft `mo1` of the built-in Macau questionnaire with `answers`, opened on the
    /// risk screen.
    pub fn macau(size: (u16, u16), answers: Answers) -> Harness {
        let macau = load::embedded()
            .iter()
            .find(|l| l.questionnaire.id == load::DEFAULT_ID)
            .unwrap()
            .clone();
        let at = Utc.with_ymd_and_hms(2026, 11, 20, 9, 30, 0).unwrap();
        let mut d = Draft::new(
            "mo1".into(),
            "Staff records".into(),
            QuestionnaireUse::of(&macau),
            Meta {
                organisation: "Lótus Trading".into(),
                system: "HR PC".into(),
                vendor: "In-house".into(),
                assessor: "Ana Lei".into(),
                created: at,
                updated: at,
            },
        );
        let problems = farol::assessment::check_answers(&macau.questionnaire, &answers);
        assert!(problems.is_empty(), "answers fit: {problems:?}");
        d.answers = answers;
        let mut h = Self::start_with(Start::Open("mo1".into()), size, &[], |root| {
            let dossier = Dossier::open(root);
            dossier.keep_questionnaire(&macau).unwrap();
            dossier.save_draft(&d).unwrap();
        });
        h.send(farol::tui::Msg::Go(farol::tui::Go::Dashboard));
        h
    }
}
