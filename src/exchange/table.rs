//! CSV for spreadsheets: the answers, one row per question in questionnaire order, and the
//! action plan. The `value` column holds an answer as `farol answer` takes it (`yes`, a
//! choice id, ids joined by commas, a date, a table row as `column=value; column=a,b`,
//! one row per line), so a script can read it back.
//!
//! Answers are free text written by anyone, and a spreadsheet runs a cell that starts
//! with `=`, `+`, `-` or `@` as a formula. Such cells (other than plain numbers) are
//! written with a leading apostrophe, which spreadsheets show as text and hide.

use super::ExchangeError;
use crate::answer::{Answer, Cell, Row};
use crate::assessment::Draft;
use crate::questionnaire::Loaded;

fn finish(w: csv::Writer<Vec<u8>>) -> Result<String, ExchangeError> {
    let bytes = w
        .into_inner()
        .map_err(|e| ExchangeError::Csv(e.to_string()))?;
    String::from_utf8(bytes).map_err(|e| ExchangeError::Csv(e.to_string()))
}

/// A cell a spreadsheet will not run as a formula.
fn inert(cell: &str) -> std::borrow::Cow<'_, str> {
    let risky = cell.starts_with(['=', '+', '-', '@', '\t', '\r']);
    if risky && cell.parse::<f64>().is_err() {
        format!("'{cell}").into()
    } else {
        cell.into()
    }
}

fn write<const N: usize>(
    w: &mut csv::Writer<Vec<u8>>,
    cells: [&str; N],
) -> Result<(), ExchangeError> {
    w.write_record(cells.map(inert).iter().map(|c| c.as_ref()))
        .map_err(csv_err)
}

fn csv_err(e: csv::Error) -> ExchangeError {
    ExchangeError::Csv(e.to_string())
}

/// The answers: section, question, prompt, answer (in words), value (raw), note, citation;
/// every question of the questionnaire, answered or not, in order.
pub fn answers_csv(draft: &Draft, loaded: &Loaded, lang: &str) -> Result<String, ExchangeError> {
    let qn = &loaded.questionnaire;
    let mut w = csv::Writer::from_writer(Vec::new());
    w.write_record([
        "section", "question", "prompt", "answer", "value", "note", "citation",
    ])
    .map_err(csv_err)?;
    for (section, q) in qn.questions() {
        let a = draft.answers.get(&q.id);
        let words = a.map(|a| a.in_full(q, qn, lang)).unwrap_or_default();
        let raw = a.map(raw_value).unwrap_or_default();
        let cite = qn.cites(&q.cite, lang).join("; ");
        write(
            &mut w,
            [
                section.title.get(lang),
                &q.id,
                q.prompt.get(lang),
                &words,
                &raw,
                draft.notes.get(&q.id).map_or("", String::as_str),
                &cite,
            ],
        )?;
    }
    finish(w)
}

/// The action plan: id, title, detail, owner, due, status, from.
pub fn plan_csv(draft: &Draft) -> Result<String, ExchangeError> {
    let mut w = csv::Writer::from_writer(Vec::new());
    w.write_record(["id", "title", "detail", "owner", "due", "status", "from"])
        .map_err(csv_err)?;
    for p in &draft.plan {
        let due = p.due.map(|d| d.to_string()).unwrap_or_default();
        write(
            &mut w,
            [
                p.id.as_str(),
                &p.title,
                &p.detail,
                &p.owner,
                &due,
                p.status.label(),
                p.from.as_deref().unwrap_or(""),
            ],
        )?;
    }
    finish(w)
}

/// An answer as `farol answer` takes it.
fn raw_value(a: &Answer) -> String {
    match a {
        Answer::Yes => "yes".into(),
        Answer::No => "no".into(),
        Answer::Unsure => "unsure".into(),
        Answer::Choice(c) => c.clone(),
        Answer::Choices(cs) => cs.join(","),
        Answer::Text(t) => t.clone(),
        Answer::Number(n) => n.to_string(),
        Answer::Date(d) => d.format("%Y-%m-%d").to_string(),
        Answer::Rows(rows) => rows.iter().map(raw_row).collect::<Vec<_>>().join("\n"),
    }
}

fn raw_row(row: &Row) -> String {
    row.iter()
        .map(|(k, c)| {
            let v = match c {
                Cell::Text(t) => t.clone(),
                Cell::Choice(id) => id.clone(),
                Cell::Choices(ids) => ids.join(","),
            };
            format!("{k}={v}")
        })
        .collect::<Vec<_>>()
        .join("; ")
}
