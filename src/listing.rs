//! `farol list` and the home screen: every assessment of the dossier with its state, risk
//! and review status, fast enough for thousands of assessments.
//!
//! An assessment's signed state is read from the summary in its newest head
//! (`record::HeadSummary`): one small signed file instead of a 50 kB revision. The summary
//! is used only when it is proven — the head's signature holds, its key is trusted under
//! the name and role it signs with, it is the newest head (no dossier index names a newer
//! one), and the revisions and reviews it names are exactly those on disk (directory
//! listings, nothing read). Otherwise the assessment is listed the slow way, as before
//! (`review::status_with`), which says what is wrong.
//!
//! A local draft is summarised once per content: `draft.summary.ron` beside `draft.ron`
//! keeps its title, figures and [`record::draft_content_digest`], keyed by the SHA-256 of
//! the draft's bytes. A missing or stale sidecar (any other bytes) is rebuilt by parsing.
//! The sidecar is a local cache, never evidence; the draft stays the truth.
//!
//! Assessments are listed in parallel, on as many threads as there are cores.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::atomic::Ordering;
use std::sync::{Arc, Mutex};

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::dossier::{Dossier, DossierError, Entry, EntryState};
use crate::keys::TrustedKey;
use crate::questionnaire::{Loaded, load};
use crate::record::{self, Head, HeadSummary};
use crate::review::{AssessmentStatus, State};
use crate::scale::RiskLevel;

/// The sidecar's file name, beside `draft.ron`.
pub const SIDECAR: &str = "draft.summary.ron";
const SIDECAR_FORMAT: u32 = 1;

/// What the list shows of a draft, cached in [`SIDECAR`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename = "DraftSummary", deny_unknown_fields)]
struct Sidecar {
    format: u32,
    /// SHA-256 of the draft file this summarises.
    draft_sha256: String,
    title: String,
    organisation: String,
    updated: String,
    answered: usize,
    shown: usize,
    overall: Option<RiskLevel>,
    /// (language, `draft_content_digest` in it), when a signed revision needed it.
    content: Option<(String, String)>,
}

/// What is read once for the whole listing.
struct Context<'a> {
    dossier: &'a Dossier,
    trusted: Vec<TrustedKey>,
    /// The newest head any signer's newest index names, per assessment: its number and
    /// the index file (indexes whose signature holds, trusted or not, as `farol status`).
    indexed: HashMap<String, (u32, String)>,
    /// The heads the newest index of a trusted signer names, by assessment: number and
    /// SHA-256. A head file with that SHA-256 is authenticated by the index's signature,
    /// already checked, so its own need not be checked again.
    vouched: HashMap<String, (u32, String)>,
    /// Questionnaires kept in the dossier (not built in), by fingerprint.
    kept: Mutex<HashMap<String, Arc<Loaded>>>,
}

/// Every assessment with its state and status on `today`; a draft that cannot be read is
/// listed with its error.
pub fn list_at(dossier: &Dossier, today: NaiveDate) -> Result<Vec<Entry>, DossierError> {
    let ids = dossier.ids()?;
    let trusted = crate::keys::trusted(dossier.root())
        .map(|(t, _)| t)
        .unwrap_or_default();
    let (indexed, vouched) = indexes(dossier.root(), &trusted);
    let cx = Context {
        dossier,
        trusted,
        indexed,
        vouched,
        kept: Mutex::new(HashMap::new()),
    };
    Ok(crate::parallel::map(&ids, |id| entry(&cx, id, today)))
}

type Indexed = HashMap<String, (u32, String)>;

/// What the signers' newest indexes say: see `Context::indexed` and `Context::vouched`.
fn indexes(root: &Path, trusted: &[TrustedKey]) -> (Indexed, Indexed) {
    let (mut indexed, mut vouched) = (Indexed::new(), Indexed::new());
    let Ok(rd) = std::fs::read_dir(record::index_dir(root)) else {
        return (indexed, vouched);
    };
    let mut signers: Vec<PathBuf> = rd.filter_map(Result::ok).map(|e| e.path()).collect();
    signers.sort();
    for dir in signers {
        let Some((n, index, key)) = record::newest_index_signed(&dir) else {
            continue;
        };
        let stem = dir.file_name().unwrap_or_default().to_string_lossy();
        let shown = format!("index/{stem}/{}", record::revision_file_name(n));
        let fp = crate::keys::fingerprint(&key);
        let trust = is_trusted(trusted, &index.signer, &fp);
        for e in index.assessments {
            if trust {
                vouched.insert(e.assessment.clone(), (e.head.number, e.head.sha256));
            }
            if indexed
                .get(&e.assessment)
                .is_none_or(|(k, _)| e.head.number > *k)
            {
                indexed.insert(e.assessment, (e.head.number, shown.clone()));
            }
        }
    }
    (indexed, vouched)
}

/// Whether `signer` names the key `fp`, trusted under that name and role.
fn is_trusted(trusted: &[TrustedKey], signer: &record::Signer, fp: &str) -> bool {
    signer.fingerprint == fp
        && trusted
            .iter()
            .any(|t| t.fingerprint == fp && t.name == signer.name && t.role == signer.role)
}

/// One assessment's line.
fn entry(cx: &Context, id: &String, today: NaiveDate) -> Entry {
    let dir = cx.dossier.root().join("assessments").join(id);
    let path = cx.dossier.draft_path(id);
    let Some(proven) = proven(cx, &dir, id) else {
        return slow_entry(cx, id, today);
    };
    let signed = match &proven {
        Proven::Signed(b) => Some((&b.0, &b.1)),
        Proven::Unsigned => None,
    };
    let draft = match draft_summary(cx, &path, signed.map(|(_, s)| s.language.as_str())) {
        Ok(d) => d,
        Err(e) => {
            return Entry {
                id: id.clone(),
                path,
                state: unreadable(&e),
                status: None,
            };
        }
    };
    let status = match signed {
        Some((head, s)) => signed_status(cx, id, head, s, draft.as_ref(), today),
        None => AssessmentStatus {
            state: State::Draft,
            revision: None,
            review: None,
            changed_since_signing: false,
            forked: false,
            review_due: None,
            overdue: false,
        },
    };
    let state = match (draft, signed) {
        (Some(d), _) => EntryState::Draft {
            title: d.title,
            organisation: d.organisation,
            updated: d.updated,
            answered: d.answered,
            shown: d.shown,
            overall: d.overall,
        },
        (None, Some((_, s))) => EntryState::Draft {
            title: s.title.clone(),
            organisation: s.organisation.clone(),
            updated: stamp(s.signed_at),
            answered: s.answered,
            shown: s.shown,
            overall: s.overall,
        },
        (None, None) => return slow_entry(cx, id, today),
    };
    Entry {
        id: id.clone(),
        path,
        state,
        status: Some(status),
    }
}

/// Where a signed assessment stands, from its newest head's summary.
fn signed_status(
    cx: &Context,
    id: &str,
    head: &Head,
    s: &HeadSummary,
    draft: Option<&Sidecar>,
    today: NaiveDate,
) -> AssessmentStatus {
    let in_review = head.revision.as_ref().is_some_and(|r| {
        matches!(
            crate::review::load_draft(cx.dossier, id),
            Ok(Some(d)) if d.revision == r.number && d.revision_sha256 == r.sha256
        )
    });
    AssessmentStatus {
        state: if in_review {
            State::InReview
        } else {
            s.opinion.map_or(State::Signed, State::of)
        },
        revision: Some(s.revision),
        review: head.reviews.last().map(|r| r.number),
        changed_since_signing: draft.is_some_and(|d| {
            d.content.as_ref().map(|(_, c)| c.as_str()) != Some(s.content.as_str())
        }),
        review_due: s.review_due,
        overdue: s.review_due.is_some_and(|due| today > due),
        forked: !head.forks.is_empty(),
    }
}

fn stamp(at: chrono::DateTime<chrono::Utc>) -> String {
    at.format("%Y-%m-%d %H:%M UTC").to_string()
}

fn unreadable(e: &DossierError) -> EntryState {
    EntryState::Unreadable {
        error: e.to_string().lines().next().unwrap_or_default().to_string(),
    }
}

/// What the list may show of an assessment's signed state without checking further.
enum Proven {
    /// Never signed: no head, revision or review, and no index names it.
    Unsigned,
    /// The newest head, with its summary, proven as the module's documentation says.
    Signed(Box<(Head, HeadSummary)>),
}

fn proven(cx: &Context, dir: &Path, id: &str) -> Option<Proven> {
    // Each file as its name gives it: number, and the start of its SHA-256 (new names).
    let listed = |sub: &str| -> Option<Vec<(u32, Option<String>)>> {
        Some(
            record::revision_files(&dir.join(sub))
                .ok()?
                .into_iter()
                .map(|(n, p)| {
                    (
                        n,
                        record::name_parts(&p).and_then(|(_, h)| h.map(str::to_string)),
                    )
                })
                .collect(),
        )
    };
    let is = |(n, h): &(u32, Option<String>), named: &record::Named| {
        *n == named.number
            && h.as_ref()
                .is_none_or(|h| named.sha256.starts_with(h.as_str()))
    };
    let revisions = listed("revisions")?;
    let reviews = listed("reviews")?;
    let indexed = cx.indexed.get(id).map(|(n, _)| *n);
    let Some((n, _, bytes)) = record::newest_numbered(&record::heads_dir(dir)).ok()? else {
        let unsigned = revisions.is_empty() && reviews.is_empty() && indexed.is_none();
        return unsigned.then_some(Proven::Unsigned);
    };
    let t = record::split("", &bytes).ok()?;
    let sha = record::sha256_hex(&bytes);
    let vouched = cx
        .vouched
        .get(id)
        .is_some_and(|(k, s)| *k == n && *s == sha);
    if !vouched && !t.holds(&bytes) {
        return None;
    }
    let mut head = record::parse_head(&bytes, t.signed_len).ok()?;
    let fp = crate::keys::fingerprint(&t.public_key);
    let trusted = is_trusted(&cx.trusted, &head.signer, &fp);
    let summary = head.summary.take()?;
    let r = head.revision.as_ref()?;
    let complete = head.assessment == id
        && head.number == n
        && indexed.is_none_or(|k| k <= n)
        && summary.revision == r.number
        && revisions.last().is_some_and(|l| is(l, r))
        // Two files of one number are a fork: the slow way names it.
        && revisions.windows(2).all(|w| w[0].0 < w[1].0)
        && head.reviews.len() == reviews.len()
        && reviews.iter().zip(&head.reviews).all(|(l, r)| is(l, r));
    (trusted && complete).then(|| Proven::Signed(Box::new((head, summary))))
}

/// The slow way: parse the draft and the latest revision, verify the reviews.
fn slow_entry(cx: &Context, id: &str, today: NaiveDate) -> Entry {
    let dossier = cx.dossier;
    let path = dossier.draft_path(id);
    let loaded = dossier.load_draft(id);
    let indexed = cx.indexed.get(id).cloned();
    let missing =
        record::missing_since_head_with(dossier.root(), id, indexed, crate::i18n::Lang::En);
    let status = missing
        .is_empty()
        .then(|| {
            crate::review::status_unchecked(
                dossier,
                id,
                loaded.as_ref().ok().map(|(d, l)| (d, l)),
                today,
            )
            .ok()
        })
        .flatten();
    let state = match loaded {
        Ok((d, l)) => {
            let s = crate::risk::score(&l.questionnaire, &d.answers, record::LANGUAGE);
            EntryState::Draft {
                title: d.title,
                organisation: d.meta.organisation,
                updated: stamp(d.meta.updated),
                answered: s.progress.answered,
                shown: s.progress.shown,
                overall: s.overall.residual,
            }
        }
        Err(e) => unreadable(&e),
    };
    Entry {
        id: id.to_string(),
        path,
        state,
        status,
    }
}

/// What the list shows of the local draft (None: there is none), from its sidecar when
/// that summarises exactly these bytes (and has the content digest in `language`, when
/// one is wanted), else parsed, and the sidecar rewritten.
fn draft_summary(
    cx: &Context,
    path: &Path,
    language: Option<&str>,
) -> Result<Option<Sidecar>, DossierError> {
    let bytes = match std::fs::read(path) {
        Ok(b) => b,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(source) => {
            return Err(DossierError::Io {
                action: "cannot read",
                path: path.to_path_buf(),
                source,
            });
        }
    };
    let sha = record::sha256_hex(&bytes);
    let side = sidecar_path(path);
    if let Some(s) = std::fs::read_to_string(&side)
        .ok()
        .and_then(|t| ron::from_str::<Sidecar>(&t).ok())
        .filter(|s| {
            s.format == SIDECAR_FORMAT
                && s.draft_sha256 == sha
                && language.is_none_or(|l| s.content.as_ref().is_some_and(|(cl, _)| cl == l))
        })
    {
        return Ok(Some(s));
    }
    let s = summarise(cx, path, &bytes, sha, language)?;
    if let Ok(text) = ron::ser::to_string_pretty(&s, ron::ser::PrettyConfig::new()) {
        // A cache: failing to write it (a read-only dossier) only costs time next time.
        let _ = write_cache(&side, text.as_bytes());
    }
    Ok(Some(s))
}

/// Writes a cache file by a temporary file renamed over it (named as `fsutil` names its
/// temporaries, so a killed writer's is cleaned up): never half written, but not synced to
/// disk, which for thousands of files would cost seconds; a cache lost in a crash is
/// rebuilt.
fn write_cache(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    use std::sync::atomic::AtomicU32;
    static N: AtomicU32 = AtomicU32::new(0);
    let name = path.file_name().unwrap_or_default().to_string_lossy();
    let tmp = path.with_file_name(format!(
        ".{name}.{}.{}.tmp",
        std::process::id(),
        N.fetch_add(1, Ordering::Relaxed)
    ));
    std::fs::write(&tmp, bytes)?;
    std::fs::rename(&tmp, path).inspect_err(|_| {
        let _ = std::fs::remove_file(&tmp);
    })
}

fn sidecar_path(draft: &Path) -> PathBuf {
    draft.with_file_name(SIDECAR)
}

/// Parses and scores a draft, as `Dossier::load_draft` checks it, without copying a
/// built-in questionnaire.
fn summarise(
    cx: &Context,
    path: &Path,
    bytes: &[u8],
    sha: String,
    language: Option<&str>,
) -> Result<Sidecar, DossierError> {
    let file = path.display().to_string();
    let source = std::str::from_utf8(bytes).map_err(|_| DossierError::Io {
        action: "cannot read",
        path: path.to_path_buf(),
        source: std::io::Error::new(std::io::ErrorKind::InvalidData, "not UTF-8 text"),
    })?;
    let draft = crate::dossier::parse_draft(&file, source)?;
    let kept;
    let loaded: &Loaded = match load::embedded()
        .iter()
        .find(|l| l.fingerprint == draft.questionnaire.fingerprint)
    {
        Some(l) => l,
        None => {
            kept = cx.kept_questionnaire(&draft.questionnaire)?;
            &kept
        }
    };
    if let Some(e) = crate::assessment::check_answers(&loaded.questionnaire, &draft.answers)
        .into_iter()
        .next()
    {
        return Err(DossierError::BadAnswer {
            at: crate::dossier::locate_key(&file, source, e.question()),
            problem: Box::new(e),
        });
    }
    let score = crate::risk::score(&loaded.questionnaire, &draft.answers, record::LANGUAGE);
    Ok(Sidecar {
        format: SIDECAR_FORMAT,
        draft_sha256: sha,
        content: language.map(|l| {
            (
                l.to_string(),
                record::draft_content_digest(&draft, loaded, l),
            )
        }),
        title: draft.title,
        organisation: draft.meta.organisation,
        updated: stamp(draft.meta.updated),
        answered: score.progress.answered,
        shown: score.progress.shown,
        overall: score.overall.residual,
    })
}

impl Context<'_> {
    fn kept_questionnaire(
        &self,
        u: &crate::assessment::QuestionnaireUse,
    ) -> Result<Arc<Loaded>, DossierError> {
        if let Some(l) = self
            .kept
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .get(&u.fingerprint)
        {
            return Ok(l.clone());
        }
        let l = Arc::new(self.dossier.questionnaire_for(u)?);
        self.kept
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .insert(u.fingerprint.clone(), l.clone());
        Ok(l)
    }
}
