//! `farol review` and `farol status`: thin handlers over `farol::review`. Every edit of a
//! review is saved at once (atomically) in `assessments/<id>/review.ron`; `--sign`
//! countersigns it. Exit codes: 0 success, 2 usage or I/O error, or a review that cannot
//! be countersigned yet (returned as Err, saying what is missing).

use std::fmt::Write as _;
use std::process::ExitCode;

use anyhow::{Result, bail};
use chrono::{NaiveDate, Utc};
use clap::{ArgAction, Args};

use farol::dossier::Dossier;
use farol::keys::{self, Role};
use farol::present::words::{opinion, role};
use farol::review::{self, Opinion, Verdict};
use farol::tr;

use crate::records::{keys_dir, out};

#[derive(Debug, Args)]
pub struct ReviewArgs {
    /// The assessment id (see `farol list`)
    pub id: String,
    /// Comment on a question (repeatable); an empty TEXT removes the comment
    #[arg(long, num_args = 2, value_names = ["QUESTION", "TEXT"], action = ArgAction::Append)]
    pub comment: Vec<String>,
    /// A verdict on a section: acceptable, to-improve or to-correct (repeatable)
    #[arg(long, num_args = 2, value_names = ["SECTION", "VERDICT"], action = ArgAction::Append)]
    pub verdict: Vec<String>,
    /// The reviewer's note on a section's verdict (repeatable)
    #[arg(long, num_args = 2, value_names = ["SECTION", "TEXT"], action = ArgAction::Append)]
    pub note: Vec<String>,
    /// The overall opinion: approve, approve-with-conditions or reject
    #[arg(long, value_parser = parse_opinion)]
    pub opinion: Option<Opinion>,
    /// The conditions of an approval with conditions, or the reasons of a rejection
    #[arg(long, value_name = "TEXT")]
    pub conditions: Option<String>,
    /// Attest: description (it matches reality), risks (they are understood), plan (it is
    /// accepted and will be carried out), or all; repeatable or comma-separated
    #[arg(long, value_name = "WHAT", value_delimiter = ',')]
    pub attest: Vec<String>,
    /// Take back an attestation (description, risks, plan or all)
    #[arg(long, value_name = "WHAT", value_delimiter = ',')]
    pub unattest: Vec<String>,
    /// When the assessment must be reviewed again (default: six months after countersigning)
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub due: Option<NaiveDate>,
    /// Countersign the review: it becomes a signed record, written once
    #[arg(long)]
    pub sign: bool,
    /// The key to countersign with: an id (farol:…) or owner name; by default your only
    /// reviewer or approver key
    #[arg(long, requires = "sign")]
    pub key: Option<String>,
    /// Machine-readable output: the sheet and the review so far; with --sign, the
    /// countersigned review
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct StatusArgs {
    /// One assessment (default: every assessment in the dossier)
    pub id: Option<String>,
    /// Machine-readable output
    #[arg(long)]
    pub json: bool,
}

fn parse_opinion(s: &str) -> Result<Opinion, String> {
    Opinion::parse(s).ok_or_else(|| tr!(crate::ui_lang(), "cli-review-not-an-opinion", given = s))
}

fn edits(a: &ReviewArgs) -> bool {
    !a.comment.is_empty()
        || !a.verdict.is_empty()
        || !a.note.is_empty()
        || a.opinion.is_some()
        || a.conditions.is_some()
        || !a.attest.is_empty()
        || !a.unattest.is_empty()
        || a.due.is_some()
}

pub fn review(dossier: &Dossier, lang: &str, a: ReviewArgs) -> Result<ExitCode> {
    if !edits(&a)
        && !a.sign
        && !a.json
        && let Some(done) = crate::commands::review_tui(dossier, lang, &a.id)
    {
        return done;
    }
    // Changing the review in progress takes the same lock as review mode in the terminal:
    // a review open in a window is never written over from the command line.
    let _lock = if edits(&a) || a.sign {
        let lock =
            farol::lock::DraftLock::acquire_review(&review::draft_path(dossier, &a.id), &a.id)?;
        if let Some(o) = lock.other_host() {
            eprintln!("{}", o.explain(&a.id, lang));
        }
        Some(lock)
    } else {
        None
    };
    let started = review::start(dossier, &a.id)?;
    crate::records::warn_if_forked(dossier, lang, &a.id);
    if let Some(old) = started.superseded {
        eprintln!(
            "{}",
            tr!(
                lang,
                "cli-review-superseded",
                old = old,
                latest = started.draft.revision,
                file = format!("review-of-revision-{old:04}.ron")
            )
        );
    }
    let mut draft = started.draft;
    if edits(&a) {
        for c in a.comment.chunks(2) {
            draft.comment(&c[0], &c[1]);
        }
        for v in a.verdict.chunks(2) {
            let Some(verdict) = Verdict::parse(&v[1]) else {
                bail!(tr!(
                    lang,
                    "cli-review-not-a-verdict",
                    given = v[1].as_str(),
                    section = v[0].as_str()
                ));
            };
            draft.judge(&v[0], verdict, None);
        }
        for n in a.note.chunks(2) {
            let Some(v) = draft.verdicts.get_mut(&n[0]) else {
                bail!(tr!(
                    lang,
                    "cli-review-note-without-verdict",
                    section = n[0].as_str()
                ));
            };
            v.note = n[1].trim().to_string();
        }
        if let Some(o) = a.opinion {
            draft.opinion = Some(o);
        }
        if let Some(c) = &a.conditions {
            draft.conditions = c.trim().to_string();
        }
        for (words, value) in [(&a.attest, true), (&a.unattest, false)] {
            for w in words {
                if !draft.attestations.set(w, value) {
                    bail!(tr!(
                        lang,
                        "cli-review-not-an-attestation",
                        given = w.as_str()
                    ));
                }
            }
        }
        if let Some(d) = a.due {
            draft.review_due = Some(d);
        }
        review::check_references(dossier, &draft)?;
        // With --sign, the edits are kept only in the signed review: a countersignature
        // that fails writes nothing (no opinion or attestation recorded that was not signed).
        if !a.sign {
            let path = review::save_draft(dossier, &draft)?;
            let mut o = String::new();
            let _ = writeln!(
                o,
                "{}",
                tr!(
                    lang,
                    "cli-review-saved",
                    id = a.id.as_str(),
                    path = path.display().to_string()
                )
            );
            o.push_str(&review::readiness_text(lang, &draft));
            out(&o)?;
        }
    }
    if a.sign {
        return countersign(dossier, lang, &draft, a.key.as_deref(), a.json);
    }
    if !edits(&a) {
        let sheet = review::sheet(
            dossier,
            &draft,
            if a.json {
                crate::commands::NEUTRAL
            } else {
                lang
            },
        )?;
        if a.json {
            #[derive(serde::Serialize)]
            struct Sheet<'a> {
                sheet: &'a review::Sheet,
                review: &'a review::ReviewDraft,
            }
            out(&crate::json::render(
                "review",
                &Sheet {
                    sheet: &sheet,
                    review: &draft,
                },
            )?)?;
        } else {
            out(&review::sheet_text_in(lang, &sheet, &draft))?;
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// The key that countersigns: the one named, else the only reviewer or approver key.
fn reviewer_key(lang: &str, name: Option<&str>) -> Result<keys::LoadedKey> {
    crate::records::allow_passphrase_prompt(lang);
    let dir = keys_dir()?;
    if name.is_none() {
        let mine = keys::list_keys(&dir)?;
        let reviewers: Vec<_> = mine.iter().filter(|k| k.role != Role::Assessor).collect();
        if let [one] = reviewers.as_slice()
            && mine.len() > 1
        {
            return Ok(keys::load_signing_key(&dir, Some(&one.id))?);
        }
    }
    Ok(keys::load_signing_key(&dir, name)?)
}

fn countersign(
    dossier: &Dossier,
    lang: &str,
    draft: &review::ReviewDraft,
    key: Option<&str>,
    json: bool,
) -> Result<ExitCode> {
    let key = reviewer_key(lang, key)?;
    let s = review::countersign(dossier, draft, &key, Utc::now())?;
    let mut o = String::new();
    if json {
        o = crate::json::render("review-sign", &s)?;
    } else {
        countersign_text(&mut o, lang, &s, &key);
    }
    out(&o)?;
    if !s.signer_trusted {
        eprintln!(
            "{}",
            tr!(
                lang,
                "cli-countersigned-untrusted-note",
                key = s.key.as_str(),
                role = role(lang, key.info.role)
            )
        );
    }
    Ok(ExitCode::SUCCESS)
}

fn countersign_text(o: &mut String, lang: &str, s: &review::SignedReview, key: &keys::LoadedKey) {
    let _ = writeln!(
        o,
        "{}",
        tr!(
            lang,
            "cli-countersigned",
            review = s.number,
            id = s.assessment.as_str(),
            revision = s.revision,
            opinion = opinion(lang, s.opinion).to_uppercase(),
            name = key.info.name.as_str(),
            role = role(lang, key.info.role),
            key = s.key.as_str()
        )
    );
    let labels = [
        tr!(lang, "cli-signed-record"),
        "sha256".to_string(),
        tr!(lang, "cli-status-review-due"),
    ];
    let lw = labels
        .iter()
        .map(|l| farol::present::width(l))
        .max()
        .unwrap_or(0)
        + 2;
    let [l_record, l_sha, l_due] = labels.map(|l| farol::present::pad(&l, lw));
    let _ = writeln!(o, "  {l_record}{}", s.path.display());
    let _ = writeln!(o, "  {l_sha}{}", s.sha256);
    if let Some(d) = s.review_due {
        let _ = writeln!(o, "  {l_due}{d}");
    }
    match s.opinion {
        Opinion::Approve => {}
        _ => {
            let _ = writeln!(
                o,
                "{}",
                tr!(lang, "cli-countersigned-next", id = s.assessment.as_str())
            );
        }
    }
}

pub fn status(dossier: &Dossier, lang: &str, a: StatusArgs) -> Result<ExitCode> {
    let today = Utc::now().date_naive();
    match a.id {
        None => {
            let entries = dossier.list_at(
                if a.json {
                    crate::commands::NEUTRAL
                } else {
                    lang
                },
                today,
            )?;
            if a.json {
                #[derive(serde::Serialize)]
                struct Row<'a> {
                    id: &'a str,
                    status: &'a Option<farol::review::AssessmentStatus>,
                }
                let rows: Vec<_> = entries
                    .iter()
                    .map(|e| Row {
                        id: &e.id,
                        status: &e.status,
                    })
                    .collect();
                out(&crate::json::render_list("status", "assessments", &rows)?)?;
            } else if entries.is_empty() {
                out(&farol::present::list_text_in(
                    lang,
                    dossier.root(),
                    &entries,
                ))?;
            } else {
                out(&review::status_table(lang, &entries))?;
            }
        }
        Some(id) => {
            let s = review::status(dossier, &id, today)?;
            crate::records::warn_if_forked(dossier, lang, &id);
            let f = review::feedback(dossier, &id)?;
            if a.json {
                #[derive(serde::Serialize)]
                struct One<'a, S, F> {
                    id: &'a str,
                    status: &'a S,
                    feedback: &'a F,
                }
                out(&crate::json::render(
                    "assessment-status",
                    &One {
                        id: &id,
                        status: &s,
                        feedback: &f,
                    },
                )?)?;
            } else {
                let mut o = review::status_text(lang, &id, &s, today);
                if let Some(f) = f {
                    o.push('\n');
                    o.push_str(&review::feedback_text_in(lang, &f));
                }
                out(&o)?;
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}
