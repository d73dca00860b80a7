//! The pack as plain text, laid out item by item to copy into the DSPDP's form. Chinese
//! wraps between characters and counts two columns a character (`present::text`).

use std::fmt::Write as _;

use crate::i18n::{AsLang, Lang};
use crate::present::text::wrap_into;
use crate::questionnaire::Procedure;
use crate::tr;

use super::transfers::TransferKind;
use super::{Entry, Pack};

/// The width the text is laid out in.
pub const WIDTH: usize = 78;

fn rule(o: &mut String, c: char) {
    let _ = writeln!(o, "{}", c.to_string().repeat(WIDTH));
}

fn para(o: &mut String, text: &str, indent: usize) {
    for (i, line) in text.lines().enumerate() {
        if i > 0 || !line.is_empty() {
            wrap_into(o, line, indent, WIDTH);
        }
    }
}

fn cites(lang: Lang, cs: &[String]) -> String {
    cs.join(&tr!(lang, "filing-cite-sep"))
}

fn field(lang: Lang, f: &super::Field) -> String {
    if f.question {
        tr!(
            lang,
            "filing-question-answer",
            question = f.label.as_str(),
            answer = f.value.as_str()
        )
    } else {
        tr!(
            lang,
            "filing-field",
            label = f.label.as_str(),
            value = f.value.as_str()
        )
    }
}

/// `text` after a numbered mark ("1. "), its other lines hanging under the text.
fn numbered(o: &mut String, lang: Lang, n: usize, text: &str, indent: usize) {
    let mark = tr!(lang, "filing-row", n = n);
    let hang = indent + crate::present::text::width(&mark) + 1;
    let mut body = String::new();
    wrap_into(&mut body, text, hang, WIDTH);
    let first = body.get(hang..).unwrap_or_default();
    let _ = write!(o, "{}{mark} {first}", " ".repeat(indent));
}

fn entry(o: &mut String, lang: Lang, e: &Entry, n: usize, indent: usize) {
    for (i, f) in e.fields.iter().enumerate() {
        let line = field(lang, f);
        if e.row && i == 0 {
            numbered(o, lang, n, &line, indent);
        } else if e.row {
            let hang = indent + crate::present::text::width(&tr!(lang, "filing-row", n = n)) + 1;
            para(o, &line, hang);
        } else {
            para(o, &line, indent);
        }
    }
}

/// The pack as text in its language. Same pack, same bytes.
pub fn render_text(p: &Pack) -> String {
    let lang = p.lang.as_str().as_lang();
    let mut o = String::new();
    rule(&mut o, '=');
    para(
        &mut o,
        &tr!(lang, "filing-title", title = p.title.as_str()),
        0,
    );
    rule(&mut o, '=');
    para(
        &mut o,
        &tr!(lang, "filing-assessment", id = p.assessment.as_str()),
        0,
    );
    match &p.signed {
        Some(s) => {
            para(
                &mut o,
                &tr!(
                    lang,
                    "filing-signed",
                    revision = s.revision,
                    signer = s.signer.as_str(),
                    at = s.signed_at.format("%Y-%m-%d %H:%M UTC").to_string()
                ),
                0,
            );
            para(
                &mut o,
                &tr!(lang, "filing-sha256", sha256 = s.sha256.as_str()),
                0,
            );
        }
        None => para(&mut o, &tr!(lang, "filing-not-signed"), 0),
    }
    para(
        &mut o,
        &tr!(
            lang,
            "filing-questionnaire",
            id = p.questionnaire.as_str(),
            version = p.questionnaire_version.as_str()
        ),
        0,
    );
    let authorise = p
        .forms
        .iter()
        .filter(|f| f.procedure == Procedure::Authorise)
        .count();
    para(
        &mut o,
        &tr!(
            lang,
            "filing-forms-summary",
            n = p.forms.len(),
            authorise = authorise,
            notify = p.forms.len() - authorise
        ),
        0,
    );
    let status = if p.complete() {
        tr!(lang, "filing-complete")
    } else {
        tr!(lang, "filing-incomplete", n = p.gaps.len())
    };
    para(&mut o, &status, 0);
    o.push('\n');
    para(&mut o, &tr!(lang, "filing-how-to"), 0);

    for (i, f) in p.forms.iter().enumerate() {
        o.push('\n');
        rule(&mut o, '=');
        para(
            &mut o,
            &tr!(
                lang,
                "filing-form-heading",
                n = i + 1,
                total = p.forms.len(),
                purpose = f.purpose.as_str()
            ),
            0,
        );
        if p.signed.is_none() {
            para(&mut o, &tr!(lang, "filing-not-signed-mark"), 0);
        }
        if !p.complete() {
            para(&mut o, &tr!(lang, "filing-incomplete-mark"), 0);
        }
        rule(&mut o, '=');
        let decision = match f.procedure {
            Procedure::Notify => tr!(lang, "filing-decision-notify"),
            Procedure::Authorise => tr!(lang, "filing-decision-authorise"),
        };
        para(&mut o, &decision, 0);
        for r in &f.reasons {
            let line = tr!(
                lang,
                "filing-reason",
                because = r.because.as_str(),
                cites = cites(lang, &r.cite)
            );
            para(&mut o, &line, 2);
        }
        for item in &f.items {
            o.push('\n');
            para(&mut o, &item.heading, 0);
            rule(&mut o, '-');
            let mut n = 0;
            for e in &item.entries {
                if e.row {
                    n += 1;
                }
                entry(&mut o, lang, e, n, 2);
            }
            for note in &item.notes {
                para(&mut o, note, 2);
            }
            for g in &item.gaps {
                para(
                    &mut o,
                    &tr!(lang, "filing-gap-line", text = g.text.as_str()),
                    2,
                );
            }
            // The heading names the item of Article 23: only further citations are shown
            // (Arts 15–16 for the security measures).
            if item.cite.len() > 1 {
                para(
                    &mut o,
                    &tr!(
                        lang,
                        "filing-item-cite",
                        cites = cites(lang, &item.cite[1..])
                    ),
                    2,
                );
            }
        }
    }

    o.push('\n');
    rule(&mut o, '=');
    para(&mut o, &tr!(lang, "filing-transfers-heading"), 0);
    rule(&mut o, '=');
    if p.transfers.is_empty() {
        para(&mut o, &tr!(lang, "filing-transfers-none"), 0);
    }
    for t in &p.transfers {
        o.push('\n');
        let name = t
            .fields
            .first()
            .map(|f| f.value.clone())
            .unwrap_or_default();
        let heading = match t.kind {
            TransferKind::Notified => {
                tr!(lang, "filing-transfer-notified", row = t.row, name = name)
            }
            TransferKind::Gba => tr!(lang, "filing-transfer-gba", row = t.row, name = name),
        };
        para(&mut o, &heading, 0);
        rule(&mut o, '-');
        if t.kind == TransferKind::Gba {
            para(&mut o, &tr!(lang, "filing-transfer-gba-draft"), 2);
        }
        para(
            &mut o,
            &tr!(
                lang,
                "filing-transfer-state",
                state = crate::i18n::words::transfer(lang, t.state)
            ),
            2,
        );
        for f in &t.fields {
            para(&mut o, &field(lang, f), 2);
        }
        if !t.purposes.is_empty() {
            para(
                &mut o,
                &tr!(
                    lang,
                    "filing-transfer-purposes",
                    purposes = super::fill::join(lang, t.purposes.iter().cloned())
                ),
                2,
            );
        }
        for e in &t.facts {
            entry(&mut o, lang, e, 0, 2);
        }
        if !t.cite.is_empty() {
            para(
                &mut o,
                &tr!(lang, "filing-item-cite", cites = cites(lang, &t.cite)),
                2,
            );
        }
    }

    o.push('\n');
    rule(&mut o, '=');
    if p.gaps.is_empty() {
        para(&mut o, &tr!(lang, "filing-gaps-none"), 0);
    } else {
        para(
            &mut o,
            &tr!(lang, "filing-gaps-heading", n = p.gaps.len()),
            0,
        );
        rule(&mut o, '=');
        for g in &p.gaps {
            para(
                &mut o,
                &tr!(lang, "filing-gap-line", text = g.text.as_str()),
                2,
            );
        }
    }
    o.push('\n');
    para(&mut o, &tr!(lang, "filing-translation-note"), 0);
    o
}
