//! Signing: the record's bytes are written once, and the signature covers exactly them.
//!
//! The trailer is three RON comment lines, so the whole file still reads as RON:
//!
//! ```text
//! // -- farol signature: Ed25519 over every byte above this line --
//! // public-key: <64 lowercase hex digits>
//! // signature: <128 lowercase hex digits>
//! ```
//!
//! The trailer is strict — lowercase hex only, ending with exactly one newline — so that
//! no byte of the file can change, be added or be removed without verification noticing.

use std::path::{Path, PathBuf};

use chrono::{DateTime, Utc};
use ed25519_dalek::{Signature, Signer as _, VerifyingKey};
use serde::Serialize;

use super::body::{ReviewRef, Signer, build_body, serialize_body};
use super::tips::Tip;
use super::{RecordBody, RecordError, revision_files, revisions_dir, sha256_hex};
use crate::assessment::{self, Draft, SignedRef};
use crate::dossier::{Dossier, DossierError};
use crate::errors::Problems;
use crate::i18n::Lang;
use crate::keys::{self, LoadedKey};
use crate::questionnaire::Loaded;

/// The line that starts the signature trailer.
pub const MARKER: &str = "// -- farol signature: Ed25519 over every byte above this line --";
const PUBLIC_PREFIX: &str = "// public-key: ";
const SIGNATURE_PREFIX: &str = "// signature: ";

/// What signing produced.
#[derive(Debug, Clone, Serialize)]
pub struct SignedRevision {
    pub path: PathBuf,
    pub assessment: String,
    pub revision: u32,
    /// SHA-256 of the complete file: what the next revision will name as `previous`.
    pub sha256: String,
    pub key: String,
    /// Whether the dossier already trusts the signing key; if not, `farol verify` will
    /// report the revision as untrusted until the key is added with `farol keys trust`.
    pub signer_trusted: bool,
    /// Other tips the new revision does not follow: it made (or kept) a fork, which
    /// `farol resolve` ends. Their names, `NNNN-<h12>`.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub forked_with: Vec<String>,
    /// The tips this revision merged (`farol resolve`).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub merged: Vec<String>,
    /// The revision the draft named as signed when it was loaded for signing (after
    /// following a newer revision it had not changed from): a revision number more than
    /// one below the new one means others signed in between.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub started_from: Option<u32>,
}

/// The signature trailer of a record, and where the signed bytes end.
#[derive(Debug, Clone)]
pub struct Trailer {
    pub public_key: VerifyingKey,
    pub signature: Signature,
    /// The signed bytes are `bytes[..signed_len]`.
    pub signed_len: usize,
}

impl Trailer {
    /// Whether the signature holds for the signed part of `bytes` (the file it was read
    /// from).
    pub fn holds(&self, bytes: &[u8]) -> bool {
        bytes.get(..self.signed_len).is_some_and(|signed| {
            self.public_key
                .verify_strict(signed, &self.signature)
                .is_ok()
        })
    }
}

/// Whether `bytes` are a signed record (or review) whose signature holds.
pub fn signature_holds(file: &str, bytes: &[u8]) -> bool {
    split(file, bytes).is_ok_and(|t| t.holds(bytes))
}

const TRAILER_HINT: &str = "a signed record must not be edited; restore it from a backup";

/// Splits a record file at its last signature marker, reading the trailer strictly.
pub fn split(file: &str, bytes: &[u8]) -> Result<Trailer, RecordError> {
    let err = |problem: String| RecordError::Trailer {
        file: file.to_string(),
        problem,
        hint: TRAILER_HINT,
    };
    let needle = format!("\n{MARKER}\n");
    let Some(at) = bytes
        .windows(needle.len())
        .rposition(|w| w == needle.as_bytes())
    else {
        return Err(RecordError::Trailer {
            file: file.to_string(),
            problem: "no signature: the file does not end with the `// -- farol signature` trailer, so it was cut short, or it is not a signed record".into(),
            hint: "restore the record from a backup; a draft is signed with `farol sign ID`",
        });
    };
    let signed_len = at + 1;
    let rest = &bytes[at + needle.len()..];
    let line_no = |k: usize| bytes[..signed_len].iter().filter(|b| **b == b'\n').count() + 1 + k;
    let mut lines = rest.split(|b| *b == b'\n');
    let public = take_hex(lines.next(), PUBLIC_PREFIX, 32).ok_or_else(|| {
        err(format!(
            "line {}: the public key line is damaged (expected `{PUBLIC_PREFIX}` and 64 lowercase hex digits)",
            line_no(1)
        ))
    })?;
    let sig = take_hex(lines.next(), SIGNATURE_PREFIX, 64).ok_or_else(|| {
        err(format!(
            "line {}: the signature line is damaged (expected `{SIGNATURE_PREFIX}` and 128 lowercase hex digits)",
            line_no(2)
        ))
    })?;
    // After the signature line: its newline, and nothing else.
    let tail: Vec<&[u8]> = lines.collect();
    if tail.is_empty() {
        return Err(err(format!(
            "line {}: the signature line has lost its final newline (the file was cut short or edited)",
            line_no(2)
        )));
    }
    if tail != [b"" as &[u8]] {
        return Err(err(format!(
            "line {}: there is text after the signature, which nobody signed",
            line_no(3)
        )));
    }
    let public_key = VerifyingKey::from_bytes(
        &public
            .as_slice()
            .try_into()
            .map_err(|_| err("the public key has the wrong length".into()))?,
    )
    .map_err(|_| {
        err(format!(
            "line {}: the public key is not a valid Ed25519 key",
            line_no(1)
        ))
    })?;
    let signature = Signature::from_slice(&sig)
        .map_err(|_| err(format!("line {}: the signature is malformed", line_no(2))))?;
    Ok(Trailer {
        public_key,
        signature,
        signed_len,
    })
}

/// The bytes after `prefix` on a trailer line, as `n` bytes written in lowercase hex.
fn take_hex(line: Option<&[u8]>, prefix: &str, n: usize) -> Option<Vec<u8>> {
    let hex_part = line?.strip_prefix(prefix.as_bytes())?;
    if hex_part.len() != 2 * n
        || !hex_part
            .iter()
            .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(b))
    {
        return None;
    }
    hex::decode(hex_part).ok()
}

/// Whether the latest revision on disk, `(number, bytes)`, is the one the assessment's
/// newest head names (a head whose signature holds), with its own signature holding: then
/// the chain behind it was checked when it was signed, and signing the next revision needs
/// nothing older. `check_before_signing` has checked that the head is the newest and names
/// nothing missing. With no revision, there must be no head either. What only reading
/// every revision shows (two files swapped, an old one edited) is `farol verify`'s.
fn follows_head(tip: &super::head::HeadTip, latest: Option<&(u32, Vec<u8>)>) -> bool {
    // A gap in the numbers (a revision removed) shows in the listing: the whole chain is
    // then checked, to name it.
    let numbered = (1..).zip(&tip.revisions).all(|(k, (n, _))| k == *n);
    numbered
        && match (tip.parsed_head(), latest) {
            (None, None) => tip.head.is_none(),
            (Some(head), Some((n, bytes))) => head.revision.is_some_and(|r| {
                r.number == *n && r.sha256 == sha256_hex(bytes) && signature_holds("", bytes)
            }),
            _ => false,
        }
}

/// The complete file: the body, then the trailer with the signature over the body's bytes.
pub fn seal(body_text: &str, key: &LoadedKey) -> Vec<u8> {
    let signature = key.signing.sign(body_text.as_bytes());
    let public = key.signing.verifying_key();
    let mut out = String::with_capacity(body_text.len() + 300);
    out.push_str(body_text);
    if !out.ends_with('\n') {
        out.push('\n');
    }
    out.push_str(MARKER);
    out.push('\n');
    out.push_str(PUBLIC_PREFIX);
    out.push_str(&hex::encode(public.as_bytes()));
    out.push('\n');
    out.push_str(SIGNATURE_PREFIX);
    out.push_str(&hex::encode(signature.to_bytes()));
    out.push('\n');
    out.into_bytes()
}

/// Signs the saved draft `id` as its next revision, recorded in English.
pub fn sign(
    dossier: &Dossier,
    id: &str,
    key: &LoadedKey,
    now: DateTime<Utc>,
) -> Result<SignedRevision, RecordError> {
    sign_in(dossier, id, key, now, super::body::LANGUAGE)
}

/// Signs the saved draft `id` as its next revision, with the question texts recorded in
/// `lang` (the language the signer read them in), if the questionnaire has it.
pub fn sign_in(
    dossier: &Dossier,
    id: &str,
    key: &LoadedKey,
    now: DateTime<Utc>,
    lang: &str,
) -> Result<SignedRevision, RecordError> {
    let locked = dossier.lock_draft(id)?;
    let tip = super::head::HeadTip::read(&dossier.root().join("assessments").join(id))?;
    let (mut draft, loaded) = locked.load_listed(&tip.revisions)?;
    sign_with(
        &locked,
        &mut draft,
        &loaded,
        key,
        now,
        lang,
        Given {
            merge: None,
            tip: Some(tip),
        },
    )
}

/// Signs a draft (as held in memory, e.g. by the terminal UI) as the next revision of its
/// assessment. The draft must answer `loaded`, and every answer must fit its question.
///
/// Afterwards the draft names the new revision (`Draft::signed`) and is saved, so that
/// verification can tell if the newest revision later disappears.
pub fn sign_draft(
    dossier: &Dossier,
    draft: &mut Draft,
    loaded: &Loaded,
    key: &LoadedKey,
    now: DateTime<Utc>,
) -> Result<SignedRevision, RecordError> {
    let locked = dossier.lock_path(&draft.id)?;
    sign_locked(&locked, draft, loaded, key, now, super::body::LANGUAGE)
}

/// [`sign_draft`] with the draft's write lock already held, so that no other writer can
/// change the draft between the signature and the saving of its anchor.
pub fn sign_locked(
    locked: &crate::dossier::Locked<'_>,
    draft: &mut Draft,
    loaded: &Loaded,
    key: &LoadedKey,
    now: DateTime<Utc>,
    lang: &str,
) -> Result<SignedRevision, RecordError> {
    sign_with(locked, draft, loaded, key, now, lang, Given::default())
}

/// What a signature is given besides the draft: for `farol resolve`, the tip to follow
/// while merging the others (`Some(None)`: the draft's anchor, else the latest); the
/// history's tip if the caller read it already, under the same lock.
#[derive(Default)]
struct Given<'a> {
    merge: Option<Option<&'a Path>>,
    tip: Option<super::head::HeadTip>,
}

fn sign_with(
    locked: &crate::dossier::Locked<'_>,
    draft: &mut Draft,
    loaded: &Loaded,
    key: &LoadedKey,
    now: DateTime<Utc>,
    lang: &str,
    given: Given<'_>,
) -> Result<SignedRevision, RecordError> {
    let Given { merge, tip } = given;
    let dossier = locked.dossier();
    let started_from = draft.signed.as_ref().map(|s| s.revision);
    if let Some(e) = assessment::check_answers(&loaded.questionnaire, &draft.answers)
        .into_iter()
        .next()
    {
        return Err(DossierError::BadAnswer {
            at: crate::location::Location::new(
                &dossier.draft_path(&draft.id).display().to_string(),
                1,
                1,
            ),
            problem: Box::new(e),
        }
        .into());
    }
    // The tip read before the draft was loaded, under the same lock, is the tip now.
    let tip = match tip {
        Some(t) => t,
        None => super::head::HeadTip::read(&dossier.root().join("assessments").join(&draft.id))?,
    };
    super::head::check_tip(dossier, &draft.id, &tip)?;
    dossier.keep_questionnaire(loaded)?;
    let dir = revisions_dir(dossier, &draft.id);
    let files = &tip.revisions;
    let latest = match files.last() {
        None => None,
        Some((n, path)) => Some((
            *n,
            std::fs::read(path).map_err(|source| RecordError::Io {
                action: "cannot read",
                path: path.clone(),
                source,
                hint: "check that you may read the dossier",
            })?,
        )),
    };
    // The chain behind a head that names the latest revision was checked when that head
    // was signed; otherwise (a fork, a gap, an older dossier) the whole chain is checked.
    if !follows_head(&tip, latest.as_ref()) {
        let kind = super::RecordKind::Revision;
        let problems = super::verify::chain_problems(files, kind, Lang::En);
        if !problems.is_empty() {
            return Err(RecordError::BrokenChain {
                id: draft.id.clone(),
                dir,
                problems: Problems::found(problems, |l| {
                    super::verify::chain_problems(files, kind, l)
                }),
            });
        }
    }
    let plan = follow(files, draft, merge)?;
    let (revision, previous) = match &plan.follows {
        None => (1, None),
        Some(t) => (t.number + 1, Some(t.sha256.clone())),
    };
    // The latest review judged the revision this one follows: this revision answers it.
    let responds_to = match (crate::review::latest(dossier, &draft.id)?, &previous) {
        (Some(r), Some(prev))
            if r.body.revision + 1 == revision && r.body.revision_sha256 == *prev =>
        {
            Some(ReviewRef {
                number: r.body.number,
                sha256: r.sha256,
            })
        }
        _ => None,
    };
    let signer = Signer::of(key, now);
    let body = RecordBody {
        responds_to,
        merges: plan.merges.iter().map(|t| t.sha256.clone()).collect(),
        ..build_body(draft, loaded, revision, previous, signer, lang)
    };
    let bytes = seal(&serialize_body(&body), key);
    // HeadTip::read swept the directory of stale temporary files while listing it.
    let path = super::write_signed_swept(&dir, revision, &bytes)?;
    let signer_trusted = keys::trusted(dossier.root())
        .map(|(t, _)| {
            t.iter()
                .any(|t| t.fingerprint == key.info.fingerprint && t.role == key.info.role)
        })
        .unwrap_or(false);
    let sha256 = sha256_hex(&bytes);
    let mut listed = tip.revisions.clone();
    listed.push((revision, path.clone()));
    listed.sort();
    super::head::write_head(
        dossier,
        &draft.id,
        key,
        now,
        super::head::Signed::Revision(&body),
        super::head::Behind {
            latest: Some((revision, &path, &bytes)),
            head: tip.head.as_ref().map(|(n, _, b)| (*n, b.as_slice())),
            listed: Some((listed, &tip.heads)),
        },
    )?;
    draft.signed = Some(SignedRef {
        revision,
        sha256: sha256.clone(),
    });
    locked.save(draft)?;
    Ok(SignedRevision {
        path,
        assessment: draft.id.clone(),
        revision,
        sha256,
        key: key.info.id.clone(),
        signer_trusted,
        forked_with: plan
            .others
            .iter()
            .map(|t| super::shown_name(&t.path))
            .collect(),
        merged: plan
            .merges
            .iter()
            .map(|t| super::shown_name(&t.path))
            .collect(),
        started_from,
    })
}

/// What a new revision follows, merges, and leaves as another tip.
struct Plan {
    follows: Option<Tip>,
    merges: Vec<Tip>,
    /// Tips the new revision neither follows nor merges: it makes or keeps a fork.
    others: Vec<Tip>,
}

/// A new revision follows the revision its draft was signed as (what the signer saw),
/// else the latest tip. Merging (`farol resolve`), it follows `merge` (a tip's path, or
/// None: the draft's anchor if it is a tip, else the latest) and merges every other tip.
fn follow(
    files: &[(u32, PathBuf)],
    draft: &Draft,
    merge: Option<Option<&Path>>,
) -> Result<Plan, RecordError> {
    let tips = super::tips::tips(files)?;
    let anchor = draft.signed.as_ref().and_then(|a| {
        let found = super::find_numbered(files, a.revision, &a.sha256, &|p| {
            std::fs::read(p).ok().map(|b| sha256_hex(&b))
        });
        found.filter(|(_, same)| *same).map(|(p, _)| Tip {
            number: a.revision,
            path: p.to_path_buf(),
            sha256: a.sha256.clone(),
            at: None,
        })
    });
    let follows = match merge {
        Some(Some(keep)) => tips.iter().find(|t| t.path == keep).cloned(),
        Some(None) => anchor
            .filter(|a| tips.iter().any(|t| t.sha256 == a.sha256))
            .or_else(|| tips.first().cloned()),
        None => anchor.or_else(|| tips.first().cloned()),
    };
    let (merges, others): (Vec<Tip>, Vec<Tip>) = tips
        .into_iter()
        .filter(|t| follows.as_ref().is_none_or(|f| f.sha256 != t.sha256))
        .partition(|_| merge.is_some());
    Ok(Plan {
        follows,
        merges,
        others,
    })
}

/// Signs the draft as a revision that ends a fork: it follows one tip (`keep`, else the
/// draft's anchor when it is a tip, else the latest) and names every other tip in
/// `merges`. Fails with `NotForked` if the assessment has one tip.
pub fn resolve_locked(
    locked: &crate::dossier::Locked<'_>,
    draft: &mut Draft,
    loaded: &Loaded,
    key: &LoadedKey,
    now: DateTime<Utc>,
    lang: &str,
    keep: Option<&Path>,
) -> Result<SignedRevision, RecordError> {
    let files = revision_files(&revisions_dir(locked.dossier(), &draft.id))?;
    if super::tips::tips(&files)?.len() < 2 {
        return Err(RecordError::NotForked {
            id: draft.id.clone(),
        });
    }
    sign_with(
        locked,
        draft,
        loaded,
        key,
        now,
        lang,
        Given {
            merge: Some(keep),
            tip: None,
        },
    )
}
