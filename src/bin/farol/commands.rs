//! One function per command. Errors are the library's, wrapped with anyhow for printing.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Context, Result, bail};
use chrono::Utc;

use farol::answer::{Answer, Answers};
use farol::assessment::{self, Draft, Meta, QuestionnaireUse};
use farol::dossier::{self, Dossier};
use farol::i18n::Lang;
use farol::questionnaire::{self, check, load};
use farol::{demo, present, risk};

use crate::args::{AnswerArgs, Cli, Command, NewArgs, QuestionnaireCommand, ScoreArgs};

pub fn run(cli: Cli, lang: Lang) -> Result<ExitCode> {
    let dossier = Dossier::open(
        cli.global
            .dossier
            .clone()
            .unwrap_or_else(Dossier::default_root),
    );
    let lang = lang.tag();
    let cleaned = dossier.clean_stale_temps();
    if cleaned > 0 {
        eprintln!(
            "note: removed {cleaned} temporary file(s) left in {} by an interrupted Farol",
            dossier.root().display()
        );
    }
    match cli.command {
        None if interactive() => tui(dossier, lang, Start::Home),
        None => home(&dossier, lang),
        Some(Command::New(a)) if a.title.is_none() && a.answers.is_none() => {
            new_form(dossier, lang, a)
        }
        Some(Command::New(a)) => new(&dossier, a),
        Some(Command::Open { id }) => tui(dossier, lang, Start::Open(id)),
        Some(Command::Answer(a)) => answer(&dossier, a),
        Some(Command::List { json }) => list(&dossier, lang, json),
        Some(Command::Demo { force }) => demo_cmd(&dossier, lang, force),
        Some(Command::Score(a)) => score(&dossier, lang, a),
        Some(Command::Questionnaire(QuestionnaireCommand::Check { file, json })) => {
            check_cmd(&file, json)
        }
        Some(Command::Questionnaire(QuestionnaireCommand::List)) => questionnaires(),
        Some(Command::Report(a)) => crate::report_cmd::run(&dossier, lang, a),
        Some(Command::Keys(k)) => crate::records::keys_cmd(&dossier, k),
        Some(Command::Sign(a)) => crate::records::sign(&dossier, a),
        Some(Command::Verify(a)) => crate::records::verify(&dossier, a),
        Some(Command::Diff(a)) => crate::records::diff(&dossier, a),
        Some(Command::Evidence(a)) => crate::evidence_cmd::run(&dossier, lang, a),
        Some(Command::Export(a)) => crate::exchange_cmd::export(&dossier, lang, a),
        Some(Command::Import(a)) => crate::exchange_cmd::import(&dossier, a),
        Some(Command::Review(a)) => crate::review_cmd::review(&dossier, lang, a),
        Some(Command::Status(a)) => crate::review_cmd::status(&dossier, lang, a),
    }
}

fn ok() -> Result<ExitCode> {
    Ok(ExitCode::SUCCESS)
}

/// Both ends are a terminal, so the full-screen UI can run.
fn interactive() -> bool {
    use std::io::IsTerminal;
    std::io::stdin().is_terminal() && std::io::stdout().is_terminal()
}

#[cfg(feature = "tui")]
use farol::tui::Start;

/// Where the terminal UI starts (a stand-in when it is not built in).
#[cfg(not(feature = "tui"))]
enum Start {
    Home,
    Open(String),
}

/// The terminal UI. Opening (and locking) a draft comes first, so `farol open` of a
/// draft open elsewhere says so even without a terminal.
#[cfg(feature = "tui")]
fn tui(dossier: Dossier, lang: &str, start: Start) -> Result<ExitCode> {
    farol::tui::run(start, dossier, lang)?;
    ok()
}

#[cfg(not(feature = "tui"))]
fn tui(dossier: Dossier, lang: &str, start: Start) -> Result<ExitCode> {
    match start {
        Start::Home => home(&dossier, lang),
        Start::Open(id) => bail!(
            "cannot open '{id}': this Farol was built without the terminal UI (cargo feature `tui`)\n  hint: use `farol answer` and `farol score`"
        ),
    }
}

/// `farol new` without --title: the form in the terminal UI.
#[cfg(feature = "tui")]
fn new_form(dossier: Dossier, lang: &str, a: NewArgs) -> Result<ExitCode> {
    let prefill = farol::tui::NewAssessment {
        title: String::new(),
        organisation: a.organisation,
        system: a.system,
        vendor: a.vendor,
        assessor: a.assessor,
        questionnaire: a.questionnaire.unwrap_or_default(),
    };
    tui(dossier, lang, Start::New(prefill))
}

/// `farol review ID` in a terminal: review mode. None where it cannot run (no terminal,
/// or built without the terminal UI): the caller prints the review sheet instead.
#[cfg(feature = "tui")]
pub(crate) fn review_tui(dossier: &Dossier, lang: &str, id: &str) -> Option<Result<ExitCode>> {
    interactive().then(|| {
        tui(
            Dossier::open(dossier.root()),
            lang,
            Start::Review(id.to_string()),
        )
    })
}

#[cfg(not(feature = "tui"))]
pub(crate) fn review_tui(_dossier: &Dossier, _lang: &str, _id: &str) -> Option<Result<ExitCode>> {
    None
}

#[cfg(not(feature = "tui"))]
fn new_form(_dossier: Dossier, _lang: &str, _a: NewArgs) -> Result<ExitCode> {
    bail!("give the assessment a title with --title (this Farol was built without the terminal UI)")
}

fn home(dossier: &Dossier, lang: &str) -> Result<ExitCode> {
    let entries = dossier.list(lang)?;
    println!("Farol — privacy impact assessments under Macau's Personal Data Protection Act");
    println!("Dossier: {}", dossier.root().display());
    println!();
    print!("{}", present::list_text(dossier.root(), &entries));
    if !entries.is_empty() {
        println!();
        println!("Explain a risk score: farol score ID    ·    all commands: farol --help");
    }
    ok()
}

fn new(dossier: &Dossier, a: NewArgs) -> Result<ExitCode> {
    let Some(title) = a.title.clone() else {
        bail!(
            "give the assessment a title with --title when starting from --answers\n  hint: farol new --title \"Fingerprint clock rollout\" --answers FILE"
        );
    };
    let loaded = dossier.resolve_questionnaire(a.questionnaire.as_deref())?;
    let answers = match &a.answers {
        Some(path) => read_answers(path, &loaded)?,
        None => Answers::new(),
    };
    let id = dossier.reserve_id(&title)?;
    let now = Utc::now();
    let mut draft = Draft::new(
        id.clone(),
        title,
        QuestionnaireUse::of(&loaded),
        Meta {
            organisation: a.organisation,
            system: a.system,
            vendor: a.vendor,
            assessor: a.assessor,
            created: now,
            updated: now,
        },
    );
    draft.answers = answers;
    dossier.keep_questionnaire(&loaded)?;
    let path = dossier.save_draft(&draft)?;
    println!(
        "Created assessment '{id}' ({} {}).",
        loaded.questionnaire.id, loaded.questionnaire.version
    );
    println!("Saved to {}", path.display());
    println!(
        "Answer questions with `farol answer {id} QUESTION VALUE`; see the risk with `farol score {id}`."
    );
    ok()
}

/// Reads an answers file: a RON map from question id to answer, checked against the questionnaire.
fn read_answers(path: &Path, loaded: &questionnaire::Loaded) -> Result<Answers> {
    let source =
        std::fs::read_to_string(path).with_context(|| format!("cannot read {}", path.display()))?;
    let file = path.display().to_string();
    let answers: Answers = load::ron_options().from_str(&source).map_err(|e| {
        anyhow::anyhow!(
            "{}: {}\n  hint: {}. An answers file is a map such as {{\"sec.mfa\": Yes, \"inv.volume\": Choice(\"100_1000\")}}",
            farol::location::Location::from_ron(&file, &e),
            e.code,
            farol::location::ron_hint(&e.code)
        )
    })?;
    if let Some(e) = assessment::check_answers(&loaded.questionnaire, &answers)
        .into_iter()
        .next()
    {
        bail!(
            "{}: {e}\n  hint: correct or remove that answer",
            dossier::locate_key(&file, &source, e.question())
        );
    }
    Ok(answers)
}

fn answer(dossier: &Dossier, a: AnswerArgs) -> Result<ExitCode> {
    // Read, change and write under the draft's write lock, so an answer given at the same
    // time by another command (or the terminal UI) is never written over.
    let locked = dossier.lock_draft(&a.id)?;
    let (mut draft, loaded) = locked.load()?;
    let qn = &loaded.questionnaire;
    let Some(q) = qn.question(&a.question) else {
        let e = assessment::check_answers(qn, &Answers::from([(a.question.clone(), Answer::Yes)]));
        bail!(
            "{}\n  hint: `farol questionnaire list` shows the questionnaire; question ids look like sec.mfa",
            e[0]
        );
    };
    let before = risk::score(qn, &draft.answers, "en");
    if a.clear {
        draft.answers.remove(&q.id);
    } else {
        let raw = a.value.as_deref().unwrap_or_default();
        let mut value = assessment::parse_value(qn, q, raw)?;
        if let (Answer::Rows(new), Some(Answer::Rows(old))) = (&mut value, draft.answers.get(&q.id))
        {
            let mut rows = old.clone();
            rows.append(new);
            value = Answer::Rows(rows);
        }
        draft.answers.insert(q.id.clone(), value);
    }
    if let Some(n) = a.note {
        draft.notes.insert(q.id.clone(), n);
    }
    draft.position = Some(q.id.clone());
    draft.meta.updated = Utc::now();
    locked.save(&draft)?;
    drop(locked);
    let after = risk::score(qn, &draft.answers, "en");
    match draft.answers.get(&q.id) {
        Some(v) => println!("{}: {}", q.id, v.describe(q, qn, "en")),
        None => println!("{}: answer removed", q.id),
    }
    if !farol::questionnaire::Visible::new(qn, &draft.answers).is_shown(&q.id) {
        println!(
            "note: this question is not asked given the other answers, so its answer does not count"
        );
    }
    for c in risk::changes(&before, &after) {
        println!("{c}");
    }
    ok()
}

fn list(dossier: &Dossier, lang: &str, json: bool) -> Result<ExitCode> {
    let entries = dossier.list(lang)?;
    if json {
        println!("{}", serde_json::to_string_pretty(&entries)?);
    } else {
        print!("{}", present::list_text(dossier.root(), &entries));
    }
    ok()
}

fn demo_cmd(dossier: &Dossier, lang: &str, force: bool) -> Result<ExitCode> {
    let loaded = load::embedded_default();
    let path = dossier.draft_path(demo::ID);
    if path.exists() && !force {
        println!("The demo is already in the dossier: {}", path.display());
        println!(
            "Explore it with `farol score {}`; run `farol demo --force` to reset it.",
            demo::ID
        );
        return ok();
    }
    let mut draft = demo::draft(&loaded);
    dossier.keep_questionnaire(&loaded)?;
    let locked = dossier.lock_path(demo::ID)?;
    // A reset demo keeps naming the revisions already signed in this dossier.
    if path.is_file() {
        draft.signed = locked.load().ok().and_then(|(d, _)| d.signed);
    }
    locked.save(&draft)?;
    drop(locked);
    let s = risk::score(&loaded.questionnaire, &draft.answers, lang);
    println!(
        "Wrote the demo assessment '{}' to {}",
        demo::ID,
        path.display()
    );
    println!("{} — {}", draft.meta.organisation, draft.title);
    if let (Some(i), Some(r)) = (s.overall.inherent, s.overall.residual) {
        println!("Overall risk: {i} before measures, {r} with the measures in place.");
    }
    println!("See why: farol score {}", demo::ID);
    ok()
}

/// What `farol score` was pointed at.
fn score_input(
    dossier: &Dossier,
    a: &ScoreArgs,
) -> Result<(String, Answers, questionnaire::Loaded)> {
    let path = PathBuf::from(&a.target);
    if !path.is_file() {
        let (d, l) = dossier.load_draft(&a.target)?;
        return Ok((d.title, d.answers, l));
    }
    let source = std::fs::read_to_string(&path)
        .with_context(|| format!("cannot read {}", path.display()))?;
    if is_answers_file(&source) {
        let loaded = dossier.resolve_questionnaire(a.questionnaire.as_deref())?;
        let answers = read_answers(&path, &loaded)?;
        let title = path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        return Ok((title, answers, loaded));
    }
    let (d, l) = dossier.load_draft_file(&path)?;
    Ok((d.title, d.answers, l))
}

/// An answers file is a bare map; a draft starts with `Draft(`.
fn is_answers_file(source: &str) -> bool {
    source
        .lines()
        .map(str::trim)
        .find(|l| !l.is_empty() && !l.starts_with("//") && !l.starts_with("#!"))
        .is_some_and(|l| l.starts_with('{'))
}

fn score(dossier: &Dossier, lang: &str, a: ScoreArgs) -> Result<ExitCode> {
    let (title, answers, loaded) = score_input(dossier, &a)?;
    let s = risk::score(&loaded.questionnaire, &answers, lang);
    if a.json {
        println!("{}", serde_json::to_string_pretty(&s)?);
    } else {
        let q = &loaded.questionnaire;
        let name = |id: &str| {
            q.category(id)
                .map_or_else(|| id.to_string(), |c| c.name.get(lang).to_string())
        };
        let gains = risk::gains(&loaded.questionnaire, &answers, lang);
        print!("{}", present::score_text_with(&title, &s, &gains, &name));
    }
    ok()
}

fn check_cmd(file: &Path, json: bool) -> Result<ExitCode> {
    let name = file.display().to_string();
    let source = match std::fs::read_to_string(file) {
        Ok(s) => s,
        Err(e) => bail!("cannot read {name}: {e}\n  hint: check the path"),
    };
    let report = check::check_source(&name, &source);
    if json {
        println!("{}", serde_json::to_string_pretty(&report)?);
    } else {
        print!("{}", present::check_text(&report));
    }
    Ok(if report.passed() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}

fn questionnaires() -> Result<ExitCode> {
    for l in load::embedded() {
        let q = &l.questionnaire;
        println!(
            "{} {} — {} ({} questions, {} categories) fingerprint {}",
            q.id,
            q.version,
            q.title.get("en"),
            q.question_count(),
            q.categories.len(),
            &l.fingerprint[..16]
        );
    }
    ok()
}
