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
use farol::{demo, present, risk, tr};

use crate::args::{AnswerArgs, Cli, Command, NewArgs, QuestionnaireCommand, ScoreArgs};

/// `println!` that fails (exit 2, saying so) when standard output cannot be written,
/// instead of panicking.
macro_rules! say {
    ($lang:expr) => {
        say!($lang, "")
    };
    ($lang:expr, $($arg:tt)*) => {{
        use std::io::Write as _;
        writeln!(std::io::stdout().lock(), $($arg)*)
            .with_context(|| tr!($lang, "cli-cannot-write-stdout"))?
    }};
}

pub fn run(cli: Cli, lang: Lang) -> Result<ExitCode> {
    match &cli.command {
        Some(Command::Completions { shell }) => return completions(*shell, lang),
        Some(Command::Man) => return man(lang),
        _ => {}
    }
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
            "{}",
            tr!(
                lang,
                "cli-note-removed-temps",
                n = cleaned,
                dir = dossier.root().display().to_string()
            )
        );
    }
    // A dossier named with --dossier or FAROL_DOSSIER that is not there is a mistyped
    // path: listing it as empty would hide the mistake.
    if cli.global.dossier.is_some()
        && !dossier.root().exists()
        && matches!(cli.command, Some(Command::List { .. } | Command::Status(_)))
    {
        bail!(tr!(
            lang,
            "cli-no-dossier",
            path = dossier.root().display().to_string()
        ));
    }
    match cli.command {
        None if interactive() => tui(dossier, lang, Start::Home),
        None => home(&dossier, lang),
        Some(Command::New(a))
            if a.title.is_none()
                && a.answers.is_none()
                && a.id.is_none()
                && !a.json
                && !a
                    .questionnaire
                    .as_deref()
                    .is_some_and(crate::stdin::is_dash) =>
        {
            new_form(dossier, lang, a)
        }
        Some(Command::New(a)) => new(&dossier, lang, a),
        Some(Command::Open { id }) => tui(dossier, lang, Start::Open(id)),
        Some(Command::Answer(a)) => answer(&dossier, lang, a),
        Some(Command::List { json }) => list(&dossier, lang, json),
        Some(Command::Demo { force, json }) => demo_cmd(&dossier, lang, force, json),
        Some(Command::Score(a)) => score(&dossier, lang, a),
        Some(Command::Questionnaire(QuestionnaireCommand::Check { file, json })) => {
            check_cmd(&file, lang, json)
        }
        Some(Command::Questionnaire(QuestionnaireCommand::List { json })) => {
            questionnaires(lang, json)
        }
        Some(Command::Questionnaire(QuestionnaireCommand::Show { question, .. })) => {
            crate::questionnaire_cmd::show(lang, question.as_deref())
        }
        Some(Command::Questionnaire(QuestionnaireCommand::Export { id, output })) => {
            crate::questionnaire_cmd::export(lang, id.as_deref(), output)
        }
        Some(Command::Report(a)) => crate::report_cmd::run(&dossier, lang, a),
        Some(Command::Filing(a)) => crate::filing_cmd::run(&dossier, lang, a),
        Some(Command::Keys(k)) => crate::records::keys_cmd(&dossier, lang, k),
        Some(Command::Sign(a)) => crate::records::sign(&dossier, lang, a),
        Some(Command::Resolve(a)) => crate::records::resolve(&dossier, lang, a),
        Some(Command::Verify(a)) => crate::records::verify(&dossier, lang, a),
        Some(Command::Diff(a)) => crate::records::diff(&dossier, lang, a),
        Some(Command::Evidence(a)) => crate::evidence_cmd::run(&dossier, lang, a),
        Some(Command::Export(a)) => crate::exchange_cmd::export(&dossier, lang, a),
        Some(Command::Import(a)) => crate::exchange_cmd::import(&dossier, lang, a),
        Some(Command::Review(a)) => crate::review_cmd::review(&dossier, lang, a),
        Some(Command::Status(a)) => crate::review_cmd::status(&dossier, lang, a),
        Some(Command::Completions { .. } | Command::Man) => unreachable!("handled above"),
    }
}

/// The language of machine-readable output (`--json`): English, the reference, whatever
/// language the user reads, so that the same inputs always give the same bytes.
pub(crate) const NEUTRAL: &str = "en";

/// Writes a command's output to standard output, so that a full disk or a closed file is
/// an error that says so (exit 2), not a panic. A reader gone away (a pipe closed by
/// `head`) ends Farol quietly, by SIGPIPE, as other tools do.
/// `farol completions SHELL`: the script, with the commands' help in `lang`.
fn completions(shell: clap_complete::Shell, lang: Lang) -> Result<ExitCode> {
    let mut out = Vec::new();
    clap_complete::generate(shell, &mut crate::help::command(lang), "farol", &mut out);
    emit(lang.tag(), &String::from_utf8_lossy(&out))?;
    ok()
}

/// `farol man`: the manual page, in `lang`.
fn man(lang: Lang) -> Result<ExitCode> {
    let mut out = Vec::new();
    clap_mangen::Man::new(crate::help::command(lang))
        .render(&mut out)
        .with_context(|| tr!(lang, "cli-cannot-write-stdout"))?;
    emit(lang.tag(), &String::from_utf8_lossy(&out))?;
    ok()
}

pub(crate) fn emit(lang: &str, text: &str) -> Result<()> {
    use std::io::Write as _;
    let mut out = std::io::stdout().lock();
    out.write_all(text.as_bytes())
        .and_then(|()| out.flush())
        .with_context(|| tr!(lang, "cli-cannot-write-stdout"))
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
    farol::tui::run(start, dossier, lang).map_err(|e| {
        use farol::errors::Localized;
        anyhow::anyhow!(e.message(farol::i18n::AsLang::as_lang(lang)))
    })?;
    ok()
}

#[cfg(not(feature = "tui"))]
fn tui(dossier: Dossier, lang: &str, start: Start) -> Result<ExitCode> {
    match start {
        Start::Home => home(&dossier, lang),
        Start::Open(id) => bail!(tr!(lang, "cli-no-tui-open", id = id)),
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
        id: String::new(),
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
fn new_form(_dossier: Dossier, lang: &str, _a: NewArgs) -> Result<ExitCode> {
    bail!(tr!(lang, "cli-no-tui-new"))
}

fn home(dossier: &Dossier, lang: &str) -> Result<ExitCode> {
    let entries = dossier.list(lang)?;
    say!(lang, "{}", tr!(lang, "cli-home-title"));
    say!(
        lang,
        "{}",
        tr!(
            lang,
            "cli-home-dossier",
            dossier = dossier.root().display().to_string()
        )
    );
    say!(lang);
    emit(lang, &present::list_text_in(lang, dossier.root(), &entries))?;
    if !entries.is_empty() {
        say!(lang);
        say!(lang, "{}", tr!(lang, "cli-home-hint"));
    }
    ok()
}

fn new(dossier: &Dossier, lang: &str, a: NewArgs) -> Result<ExitCode> {
    let Some(title) = a.title.clone() else {
        bail!(tr!(lang, "cli-new-needs-title"));
    };
    if let Some(id) = &a.id
        && !assessment::valid_id(id)
    {
        bail!(tr!(lang, "cli-new-invalid-id", id = id.as_str()));
    }
    crate::stdin::once(
        lang,
        &[
            (
                "--questionnaire",
                a.questionnaire
                    .iter()
                    .filter(|q| crate::stdin::is_dash(q))
                    .count(),
            ),
            (
                "--answers",
                a.answers
                    .iter()
                    .filter(|p| crate::stdin::is_dash(p))
                    .count(),
            ),
        ],
    )?;
    let loaded = crate::stdin::questionnaire(dossier, lang, a.questionnaire.as_deref())?;
    let answers = match &a.answers {
        Some(path) => read_answers(path, lang, &loaded)?,
        None => Answers::new(),
    };
    let id = match &a.id {
        Some(id) => {
            if !dossier.reserve_given_id(id)? {
                bail!(tr!(lang, "cli-new-id-taken", id = id.as_str()));
            }
            id.clone()
        }
        None => dossier.reserve_id(&title)?,
    };
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
    if a.json {
        #[derive(serde::Serialize)]
        struct New<'a> {
            id: &'a str,
            title: &'a str,
            questionnaire: &'a str,
            questionnaire_version: &'a str,
            path: &'a Path,
        }
        emit(
            lang,
            &crate::json::render(
                "new",
                &New {
                    id: &id,
                    title: &draft.title,
                    questionnaire: &loaded.questionnaire.id,
                    questionnaire_version: &loaded.questionnaire.version,
                    path: &path,
                },
            )?,
        )?;
        return ok();
    }
    say!(
        lang,
        "{}",
        tr!(
            lang,
            "cli-new-created",
            id = id.as_str(),
            questionnaire = format!(
                "{} {}",
                loaded.questionnaire.id, loaded.questionnaire.version
            )
        )
    );
    say!(
        lang,
        "{}",
        tr!(lang, "cli-saved-to", path = path.display().to_string())
    );
    say!(lang, "{}", tr!(lang, "cli-new-next", id = id.as_str()));
    ok()
}

/// Reads an answers file: a RON map from question id to answer, checked against the questionnaire.
/// The text of `path`, or of standard input when it is `-`.
fn read_input(path: &Path, lang: &str) -> Result<String> {
    if path.as_os_str() == "-" {
        let mut s = String::new();
        std::io::Read::read_to_string(&mut std::io::stdin(), &mut s)
            .with_context(|| tr!(lang, "cli-cannot-read", path = "-"))?;
        return Ok(s);
    }
    std::fs::read_to_string(path)
        .with_context(|| tr!(lang, "cli-cannot-read", path = path.display().to_string()))
}

/// The text of `path`, or of standard input when it is `-`.
fn read_input_raw(path: &Path) -> std::io::Result<String> {
    if path.as_os_str() == "-" {
        let mut s = String::new();
        std::io::Read::read_to_string(&mut std::io::stdin(), &mut s)?;
        return Ok(s);
    }
    std::fs::read_to_string(path)
}

fn read_answers(path: &Path, lang: &str, loaded: &questionnaire::Loaded) -> Result<Answers> {
    let source = read_input(path, lang)?;
    read_answers_source(&path.display().to_string(), &source, lang, loaded)
}

fn read_answers_source(
    file: &str,
    source: &str,
    lang: &str,
    loaded: &questionnaire::Loaded,
) -> Result<Answers> {
    let (file, source) = (file.to_string(), source.to_string());
    let answers: Answers = load::ron_options().from_str(&source).map_err(|e| {
        anyhow::anyhow!(tr!(
            lang,
            "cli-answers-file-unreadable",
            at = farol::location::Location::from_ron(&file, &e).to_string(),
            problem = e.code.to_string(),
            hint = farol::location::ron_hint(&e.code).to_string()
        ))
    })?;
    if let Some(e) = assessment::check_answers(&loaded.questionnaire, &answers)
        .into_iter()
        .next()
    {
        bail!(tr!(
            lang,
            "cli-answers-file-bad-answer",
            at = dossier::locate_key(&file, &source, e.question()).to_string(),
            problem = e.to_string()
        ));
    }
    Ok(answers)
}

fn answer(dossier: &Dossier, lang: &str, a: AnswerArgs) -> Result<ExitCode> {
    // Read, change and write under the draft's write lock, so an answer given at the same
    // time by another command (or the terminal UI) is never written over.
    let locked = dossier.lock_draft(&a.id)?;
    let (mut draft, loaded) = locked.load()?;
    let qn = &loaded.questionnaire;
    let Some(q) = qn.question(&a.question) else {
        let e = assessment::check_answers(qn, &Answers::from([(a.question.clone(), Answer::Yes)]));
        bail!(tr!(
            lang,
            "cli-answer-no-question",
            problem = e[0].to_string()
        ));
    };
    let before = risk::score(qn, &draft.answers, lang);
    let before_answers = draft.answers.clone();
    match (a.row, a.clear) {
        (Some(_), _) if !matches!(q.kind, farol::questionnaire::AnswerKind::Rows(_)) => {
            bail!(tr!(lang, "cli-answer-row-not-table", id = q.id.as_str()));
        }
        (Some(n), clear) => {
            let mut rows = match draft.answers.get(&q.id) {
                Some(Answer::Rows(rows)) => rows.clone(),
                _ => Vec::new(),
            };
            if n == 0 || n > rows.len() {
                bail!(tr!(
                    lang,
                    "cli-answer-no-row",
                    id = q.id.as_str(),
                    row = n,
                    rows = rows.len()
                ));
            }
            if clear {
                rows.remove(n - 1);
            } else {
                let raw = a.value.as_deref().unwrap_or_default();
                if let Answer::Rows(given) = assessment::parse_value(qn, q, raw)? {
                    for cells in given {
                        rows[n - 1].extend(cells);
                    }
                }
            }
            let value = Answer::Rows(rows);
            assessment::check_answer(qn, q, &value)?;
            draft.answers.insert(q.id.clone(), value);
        }
        (None, true) => {
            draft.answers.remove(&q.id);
        }
        (None, false) => {
            let raw = a.value.as_deref().unwrap_or_default();
            let mut value = assessment::parse_value(qn, q, raw)?;
            if let (Answer::Rows(new), Some(Answer::Rows(old))) =
                (&mut value, draft.answers.get(&q.id))
            {
                let mut rows = old.clone();
                rows.append(new);
                value = Answer::Rows(rows);
            }
            draft.answers.insert(q.id.clone(), value);
        }
    }
    if let Some(n) = a.note {
        draft.notes.insert(q.id.clone(), n);
    }
    draft.position = Some(q.id.clone());
    draft.meta.updated = Utc::now();
    locked.save(&draft)?;
    drop(locked);
    let after = risk::score(qn, &draft.answers, lang);
    if a.json {
        let before = risk::score(qn, &before_answers, NEUTRAL);
        let after = risk::score(qn, &draft.answers, NEUTRAL);
        #[derive(serde::Serialize)]
        struct Answered<'a> {
            assessment: &'a str,
            question: &'a str,
            answer: Option<&'a Answer>,
            note: Option<&'a String>,
            asked: bool,
            changes: Vec<risk::LevelChange>,
        }
        emit(
            lang,
            &crate::json::render(
                "answer",
                &Answered {
                    assessment: &draft.id,
                    question: &q.id,
                    answer: draft.answers.get(&q.id),
                    note: draft.notes.get(&q.id),
                    asked: farol::questionnaire::Visible::new(qn, &draft.answers).is_shown(&q.id),
                    changes: risk::changes(&before, &after),
                },
            )?,
        )?;
        return ok();
    }
    match draft.answers.get(&q.id) {
        Some(v) => say!(lang, "{}: {}", q.id, v.describe(q, qn, lang)),
        None => say!(
            lang,
            "{}",
            tr!(lang, "cli-answer-removed", id = q.id.as_str())
        ),
    }
    if !farol::questionnaire::Visible::new(qn, &draft.answers).is_shown(&q.id) {
        say!(lang, "{}", tr!(lang, "cli-answer-not-asked"));
    }
    for c in risk::changes(&before, &after) {
        say!(lang, "{c}");
    }
    ok()
}

fn list(dossier: &Dossier, lang: &str, json: bool) -> Result<ExitCode> {
    let entries = dossier.list(if json { NEUTRAL } else { lang })?;
    if json {
        emit(
            lang,
            &crate::json::render_list("list", "assessments", &entries)?,
        )?;
    } else {
        emit(lang, &present::list_text_in(lang, dossier.root(), &entries))?;
    }
    ok()
}

fn demo_cmd(dossier: &Dossier, lang: &str, force: bool, json: bool) -> Result<ExitCode> {
    let loaded = load::embedded_default();
    let path = dossier.draft_path(demo::ID);
    let existed = path.exists();
    if existed && !force && json {
        emit(lang, &demo_json(dossier, &path, false)?)?;
        return ok();
    }
    if path.exists() && !force {
        say!(
            lang,
            "{}",
            tr!(lang, "cli-demo-exists", path = path.display().to_string())
        );
        say!(lang, "{}", tr!(lang, "cli-demo-explore", id = demo::ID));
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
    if json {
        emit(lang, &demo_json(dossier, &path, true)?)?;
        return ok();
    }
    let s = risk::score(&loaded.questionnaire, &draft.answers, lang);
    say!(
        lang,
        "{}",
        tr!(
            lang,
            "cli-demo-wrote",
            id = demo::ID,
            path = path.display().to_string()
        )
    );
    say!(lang, "{} — {}", draft.meta.organisation, draft.title);
    if let (Some(i), Some(r)) = (s.overall.inherent, s.overall.residual) {
        say!(
            lang,
            "{}",
            tr!(
                lang,
                "cli-overall-risk",
                inherent = farol::i18n::words::level(lang, i),
                residual = farol::i18n::words::level(lang, r)
            )
        );
    }
    say!(lang, "{}", tr!(lang, "cli-demo-see-why", id = demo::ID));
    ok()
}

/// `farol demo --json`: the demo's id, file and overall risk; `written` false when it was
/// already there and left alone.
fn demo_json(dossier: &Dossier, path: &Path, written: bool) -> Result<String> {
    let (draft, loaded) = dossier.load_draft(demo::ID)?;
    let s = risk::score(&loaded.questionnaire, &draft.answers, NEUTRAL);
    #[derive(serde::Serialize)]
    struct Demo<'a> {
        id: &'a str,
        path: &'a Path,
        written: bool,
        title: &'a str,
        organisation: &'a str,
        inherent: Option<farol::scale::RiskLevel>,
        residual: Option<farol::scale::RiskLevel>,
    }
    crate::json::render(
        "demo",
        &Demo {
            id: demo::ID,
            path,
            written,
            title: &draft.title,
            organisation: &draft.meta.organisation,
            inherent: s.overall.inherent,
            residual: s.overall.residual,
        },
    )
}

/// What `farol score` was pointed at.
fn score_input(
    dossier: &Dossier,
    lang: &str,
    a: &ScoreArgs,
) -> Result<(String, Answers, questionnaire::Loaded)> {
    let path = PathBuf::from(&a.target);
    let stdin = a.target == "-";
    crate::stdin::once(
        lang,
        &[
            ("TARGET", usize::from(stdin)),
            (
                "--questionnaire",
                a.questionnaire
                    .iter()
                    .filter(|q| crate::stdin::is_dash(q))
                    .count(),
            ),
        ],
    )?;
    if !stdin && !path.is_file() {
        let (d, l) = dossier.load_draft(&a.target)?;
        return Ok((d.title, d.answers, l));
    }
    let source = read_input(&path, lang)?;
    let file = path.display().to_string();
    if is_answers_file(&source) {
        let loaded = crate::stdin::questionnaire(dossier, lang, a.questionnaire.as_deref())?;
        let answers = read_answers_source(&file, &source, lang, &loaded)?;
        let title = if stdin {
            String::new()
        } else {
            path.file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_default()
        };
        return Ok((title, answers, loaded));
    }
    let (d, l) = dossier.load_draft_source(&file, &source)?;
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
    let (title, answers, loaded) = score_input(dossier, lang, &a)?;
    // `--json` is machine-readable: the same bytes whatever language the user reads.
    let s = risk::score(
        &loaded.questionnaire,
        &answers,
        if a.json { NEUTRAL } else { lang },
    );
    if a.json {
        emit(lang, &crate::json::render("score", &s)?)?;
    } else {
        let q = &loaded.questionnaire;
        let name = |id: &str| {
            q.category(id)
                .map_or_else(|| id.to_string(), |c| c.name.get(lang).to_string())
        };
        let gains = risk::gains(&loaded.questionnaire, &answers, lang);
        emit(
            lang,
            &present::score_text_in(lang, &title, &s, &gains, &name),
        )?;
    }
    ok()
}

fn check_cmd(file: &Path, lang: &str, json: bool) -> Result<ExitCode> {
    let name = file.display().to_string();
    let source = match read_input_raw(file) {
        Ok(s) => s,
        Err(e) => bail!(tr!(
            lang,
            "cli-check-cannot-read",
            path = name,
            problem = e.to_string()
        )),
    };
    // --json stays language-neutral: its findings are in English.
    let lang = if json {
        Lang::En
    } else {
        farol::i18n::AsLang::as_lang(lang)
    };
    let report = check::check_source_in(&name, &source, lang);
    if json {
        emit(
            lang.tag(),
            &crate::json::render("questionnaire-check", &report)?,
        )?;
    } else {
        emit(lang.tag(), &present::check_text_in(lang.tag(), &report))?;
    }
    Ok(if report.passed() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}

fn questionnaires(lang: &str, json: bool) -> Result<ExitCode> {
    if json {
        #[derive(serde::Serialize)]
        struct Row<'a> {
            id: &'a str,
            version: &'a str,
            title: &'a str,
            questions: usize,
            categories: usize,
            fingerprint: &'a str,
        }
        let all = load::embedded();
        let rows: Vec<Row> = all
            .iter()
            .map(|l| Row {
                id: &l.questionnaire.id,
                version: &l.questionnaire.version,
                title: l.questionnaire.title.get(NEUTRAL),
                questions: l.questionnaire.question_count(),
                categories: l.questionnaire.categories.len(),
                fingerprint: &l.fingerprint,
            })
            .collect();
        emit(
            lang,
            &crate::json::render_list("questionnaire-list", "questionnaires", &rows)?,
        )?;
        return ok();
    }
    for l in load::embedded() {
        let q = &l.questionnaire;
        say!(
            lang,
            "{}",
            tr!(
                lang,
                "cli-questionnaire-line",
                id = q.id.as_str(),
                version = q.version.as_str(),
                title = q.title.get(lang),
                questions = q.question_count(),
                categories = q.categories.len(),
                fingerprint = &l.fingerprint[..16]
            )
        );
    }
    ok()
}
