//! `farol questionnaire show` and `export`: the built-in questionnaire read from the
//! command line, so a script or a user outside the source tree can find a question's id
//! and check or adapt the questionnaire itself.

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{Context, Result, bail};
use farol::questionnaire::{AnswerKind, load};
use farol::tr;

use crate::commands::emit;

/// The built-in questionnaire `id`, or the default one.
fn built_in(lang: &str, id: Option<&str>) -> Result<&'static load::Loaded> {
    let all = load::embedded();
    let id = id.unwrap_or(load::DEFAULT_ID);
    match all.iter().find(|l| l.questionnaire.id == id) {
        Some(l) => Ok(l),
        None => bail!(tr!(
            lang,
            "cli-questionnaire-unknown",
            id = id,
            known = all
                .iter()
                .map(|l| l.questionnaire.id.as_str())
                .collect::<Vec<_>>()
                .join(", ")
        )),
    }
}

/// Every question with its id (no QUESTION), or one question whole.
pub fn show(lang: &str, question: Option<&str>) -> Result<ExitCode> {
    let l = built_in(lang, None)?;
    let q = &l.questionnaire;
    let mut o = String::new();
    let Some(id) = question else {
        for (s, question) in q.questions() {
            o.push_str(&tr!(
                lang,
                "cli-questionnaire-show-line",
                id = question.id.as_str(),
                section = s.title.get(lang),
                prompt = question.prompt.get(lang)
            ));
            o.push('\n');
        }
        emit(lang, &o)?;
        return Ok(ExitCode::SUCCESS);
    };
    let Some((section, question)) = q.questions().find(|(_, x)| x.id == id) else {
        bail!(tr!(lang, "cli-questionnaire-no-question", id = id));
    };
    let mut line = |text: String| {
        if !text.trim().is_empty() {
            o.push_str(&text);
            o.push('\n');
        }
    };
    line(format!("{} — {}", question.id, question.prompt.get(lang)));
    line(tr!(
        lang,
        "cli-questionnaire-show-section",
        section = section.title.get(lang)
    ));
    let listed = |cs: &[farol::questionnaire::Choice]| {
        cs.iter()
            .map(|c| format!("{} ({})", c.id, c.label.get(lang)))
            .collect::<Vec<_>>()
            .join("; ")
    };
    line(match &question.kind {
        AnswerKind::YesNo => tr!(
            lang,
            "cli-questionnaire-show-one-of",
            values = "yes; no; unsure"
        ),
        AnswerKind::Single(cs) => tr!(lang, "cli-questionnaire-show-one-of", values = listed(cs)),
        AnswerKind::Multi(cs) => tr!(lang, "cli-questionnaire-show-any-of", values = listed(cs)),
        AnswerKind::Categories => tr!(
            lang,
            "cli-questionnaire-show-any-of",
            values = q
                .categories
                .iter()
                .map(|c| format!("{} ({})", c.id, c.name.get(lang)))
                .collect::<Vec<_>>()
                .join("; ")
        ),
        AnswerKind::Rows(cols) => tr!(
            lang,
            "cli-questionnaire-show-columns",
            values = cols
                .iter()
                .map(|c| format!("{} ({})", c.id, c.label.get(lang)))
                .collect::<Vec<_>>()
                .join("; ")
        ),
        AnswerKind::Text { .. } => tr!(lang, "cli-questionnaire-show-text"),
        AnswerKind::Number { min, max, .. } => tr!(
            lang,
            "cli-questionnaire-show-number",
            min = min.map_or("—".to_string(), |n| n.to_string()),
            max = max.map_or("—".to_string(), |n| n.to_string())
        ),
        AnswerKind::Date => tr!(lang, "cli-questionnaire-show-date"),
    });
    if question.show_if.is_some() {
        line(tr!(lang, "cli-questionnaire-show-conditional"));
    }
    let why = question.help.get(lang);
    if !why.trim().is_empty() {
        line(tr!(lang, "cli-questionnaire-show-why", text = why));
    }
    let example = question.example.get(lang);
    if !example.trim().is_empty() {
        line(tr!(lang, "cli-questionnaire-show-example", text = example));
    }
    for c in q.cites(&question.cite, lang) {
        line(tr!(lang, "cli-questionnaire-show-cite", cite = c));
    }
    emit(lang, &o)?;
    Ok(ExitCode::SUCCESS)
}

/// The built-in questionnaire's file, byte for byte (its fingerprint is the same), to
/// standard output or a file.
pub fn export(lang: &str, id: Option<&str>, output: Option<PathBuf>) -> Result<ExitCode> {
    let l = built_in(lang, id)?;
    let path = output.unwrap_or_else(|| PathBuf::from("-"));
    farol::fsutil::write_user_output(&path, l.source.as_bytes()).with_context(|| {
        tr!(
            lang,
            "cli-questionnaire-export-failed",
            path = path.display().to_string()
        )
    })?;
    if path.as_os_str() != "-" {
        eprintln!(
            "{}",
            tr!(
                lang,
                "cli-questionnaire-exported",
                path = path.display().to_string(),
                fingerprint = &l.fingerprint[..16]
            )
        );
    }
    Ok(ExitCode::SUCCESS)
}
