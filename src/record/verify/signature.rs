//! Signature and trust: each file read and hashed once, its signature checked over the
//! exact stored bytes, its body parsed, and its signer matched against the trusted keys.

use std::path::{Path, PathBuf};

use chrono::NaiveDate;

use super::super::body::{ReviewRef, Signer, parse_body_as};
use super::super::sign::split;
use super::super::{RecordError, sha256_hex};
use super::light;
use super::{ChainStatus, RecordKind, RecordReport, RiskStatus, SignatureStatus, TrustStatus};
use super::{kind_arg, role_word};
use crate::i18n::Lang;
use crate::keys::{self, Role, TrustedKey};
use crate::review::{Opinion, ReviewBody, parse_review};
use crate::tr;

/// What reading one file found: a few hundred bytes, whatever the record's size (its body
/// is checked and dropped as soon as it is read).
pub(super) struct Checked {
    pub(super) path: PathBuf,
    pub(super) full: bool,
    pub(super) kind: RecordKind,
    pub(super) sha256: Option<String>,
    pub(super) signature: SignatureStatus,
    /// The fingerprint of the key in the trailer, and the key in hex.
    pub(super) key_fingerprint: Option<String>,
    pub(super) key_hex: Option<String>,
    /// What verification needs of the body, when it parsed.
    pub(super) facts: Option<Facts>,
    pub(super) problems: Vec<String>,
    /// The risk check, for a revision checked in full.
    pub(super) risk: Option<(RiskStatus, Vec<String>)>,
}

/// What verification keeps of a revision's or review's body.
pub(super) struct Facts {
    pub(super) assessment: String,
    /// The revision's number, or the review's.
    pub(super) number: u32,
    pub(super) previous: Option<String>,
    /// The other tips of a fork this file ends.
    pub(super) merges: Vec<String>,
    pub(super) signer: Signer,
    /// A revision: the review it answers.
    pub(super) responds_to: Option<ReviewRef>,
    /// A review: what it judges.
    pub(super) judges: Option<Judges>,
}

/// What a review judges, and its opinion.
pub(super) struct Judges {
    pub(super) revision: u32,
    pub(super) revision_sha256: String,
    pub(super) opinion: Opinion,
    pub(super) review_due: Option<NaiveDate>,
}

impl Facts {
    fn of_revision(b: light::Revision) -> Self {
        Facts {
            assessment: b.assessment,
            number: b.revision,
            previous: b.previous,
            merges: b.merges,
            signer: b.signer,
            responds_to: b.responds_to,
            judges: None,
        }
    }

    fn of_review(r: ReviewBody) -> Self {
        Facts {
            assessment: r.assessment,
            number: r.number,
            previous: r.previous,
            merges: r.merges,
            signer: r.signer,
            responds_to: None,
            judges: Some(Judges {
                revision: r.revision,
                revision_sha256: r.revision_sha256,
                opinion: r.opinion,
                review_due: r.review_due,
            }),
        }
    }
}

/// The risk check of a revision's body read from a path.
pub(super) type RiskCheck<'a> =
    &'a (dyn Fn(&light::Revision, &Path) -> (RiskStatus, Vec<String>) + Sync);

/// A file's place in its chain, as its body states it.
pub(super) struct Link<'a> {
    pub(super) assessment: &'a str,
    pub(super) number: u32,
    pub(super) previous: Option<&'a str>,
    /// The other tips of a fork this file ends.
    pub(super) merges: &'a [String],
    pub(super) signer: &'a Signer,
}

impl Checked {
    pub(super) fn link(&self) -> Option<Link<'_>> {
        self.facts.as_ref().map(|f| Link {
            assessment: &f.assessment,
            number: f.number,
            previous: f.previous.as_deref(),
            merges: &f.merges,
            signer: &f.signer,
        })
    }

    pub(super) fn signer(&self) -> Option<&Signer> {
        self.facts.as_ref().map(|f| &f.signer)
    }

    pub(super) fn row(&self) -> RecordReport {
        let s = self.signer();
        let (assessment, revision) = match &self.facts {
            Some(f) => (
                Some(f.assessment.clone()),
                Some(f.judges.as_ref().map_or(f.number, |j| j.revision)),
            ),
            None => (None, None),
        };
        RecordReport {
            file: self.path.clone(),
            kind: self.kind,
            assessment,
            revision,
            signer: s.map(|s| s.name.clone()),
            role: s.map(|s| s.role),
            signed_at: s.map(|s| s.at),
            key: self
                .key_fingerprint
                .as_deref()
                .map(keys::short_id)
                .or_else(|| s.map(|s| s.key.clone())),
            trusted_as: None,
            signature: self.signature,
            trusted: TrustStatus::Unknown,
            chain: ChainStatus::NotChecked,
            risk: RiskStatus::NotChecked,
            sha256: self.sha256.clone(),
            problems: self.problems.clone(),
            notes: vec![],
            review: None,
        }
    }

    /// Parses the signed bytes as this kind of record, checks a revision's risk with
    /// `risk`, and keeps only the facts.
    fn parse(&mut self, file: &str, bytes: &[u8], risk: Option<RiskCheck>) -> Result<(), String> {
        match self.kind {
            RecordKind::Revision => {
                let b: light::Revision = parse_body_as(file, bytes).map_err(|e| e.to_string())?;
                if let Some(check) = risk {
                    self.risk = Some(check(&b, &self.path));
                }
                self.facts = Some(Facts::of_revision(b));
            }
            RecordKind::Review => {
                let r = parse_review(file, bytes).map_err(|e| e.to_string())?;
                self.facts = Some(Facts::of_review(r));
            }
        }
        Ok(())
    }
}

/// Reads one file; `full` checks the signature and parses the body, else only hashes it
/// and reads its place in the chain (a neighbour needed for the chain).
/// A revision checked in full has its risk checked with `risk`, if given.
pub(super) fn check_file(
    path: &Path,
    full: bool,
    kind: RecordKind,
    lang: Lang,
    risk: Option<RiskCheck>,
) -> Checked {
    super::CHECKED.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let mut c = Checked {
        path: path.to_path_buf(),
        full,
        kind,
        sha256: None,
        signature: SignatureStatus::Unreadable,
        key_fingerprint: None,
        key_hex: None,
        facts: None,
        problems: vec![],
        risk: None,
    };
    let bytes = match std::fs::read(path) {
        Ok(b) => b,
        Err(e) => {
            c.problems.push(tr!(
                lang,
                "verify-cannot-read",
                file = path.display().to_string(),
                error = e.to_string()
            ));
            return c;
        }
    };
    c.sha256 = Some(sha256_hex(&bytes));
    let file = path.display().to_string();
    let mut parse_from = bytes.as_slice();
    match split(&file, &bytes) {
        Ok(t) => {
            let signed = &bytes[..t.signed_len];
            parse_from = signed;
            c.key_fingerprint = Some(keys::fingerprint(&t.public_key));
            c.key_hex = Some(hex::encode(t.public_key.as_bytes()));
            if !full {
                // Neighbours need only their body's number and previous hash.
                let _ = c.parse(&file, signed, None);
                return c;
            }
            c.signature = match t.public_key.verify_strict(signed, &t.signature) {
                Ok(()) => SignatureStatus::Valid,
                Err(_) => {
                    c.problems.push(tr!(lang, "verify-signature-mismatch"));
                    SignatureStatus::Invalid
                }
            };
        }
        Err(e) => {
            if !full {
                let _ = c.parse(&file, &bytes, None);
                return c;
            }
            c.signature = match &e {
                RecordError::Trailer { problem, .. } if problem.starts_with("no signature") => {
                    SignatureStatus::Missing
                }
                _ => SignatureStatus::Malformed,
            };
            c.problems.push(e.to_string());
        }
    }
    if let Err(e) = c.parse(&file, parse_from, risk.filter(|_| full)) {
        c.problems.push(e);
    }
    if let Some(fp) = &c.key_fingerprint
        && c.signature == SignatureStatus::Valid
        && let Some(signer) = c.signer()
        && (*fp != signer.fingerprint || signer.key != keys::short_id(fp))
    {
        let problem = tr!(
            lang,
            "verify-signer-key-mismatch",
            kind = kind_arg(kind),
            named = signer.key.as_str(),
            used = keys::short_id(fp),
            name = signer.name.as_str()
        );
        c.signature = SignatureStatus::SignerMismatch;
        c.problems.push(problem);
    }
    c
}

pub(super) fn check_trust(row: &mut RecordReport, c: &Checked, trusted: &[TrustedKey], lang: Lang) {
    let Some(fp) = &c.key_fingerprint else {
        row.trusted = TrustStatus::Unknown;
        return;
    };
    if c.kind == RecordKind::Review
        && let Some(s) = c.signer()
        && s.role == Role::Assessor
    {
        row.trusted = TrustStatus::RoleMismatch;
        row.problems.push(tr!(
            lang,
            "verify-review-by-assessor",
            name = s.name.as_str()
        ));
        return;
    }
    match trusted.iter().find(|t| t.fingerprint == *fp) {
        None => {
            row.trusted = TrustStatus::Untrusted;
            let (name, role, arg) = c
                .signer()
                .map(|s| (s.name.clone(), role_word(lang, s.role), s.role.label()))
                .unwrap_or_else(|| ("NAME".into(), "ROLE".into(), "ROLE"));
            row.problems.push(tr!(
                lang,
                "verify-key-untrusted",
                key = keys::short_id(fp),
                name = name.as_str(),
                role = role,
                arg = arg,
                fingerprint = fp.as_str(),
                hex = c.key_hex.as_deref().unwrap_or("KEY")
            ));
        }
        Some(t) => {
            row.trusted_as = Some(tr!(
                lang,
                "verify-trusted-as",
                name = t.name.as_str(),
                role = role_word(lang, t.role)
            ));
            match c.signer() {
                Some(s) if s.name != t.name => {
                    row.trusted = TrustStatus::NameMismatch;
                    row.problems.push(name_mismatch(s, t, lang));
                }
                Some(s) if s.role != t.role => {
                    row.trusted = TrustStatus::RoleMismatch;
                    row.problems.push(role_mismatch(s, t, lang));
                }
                _ => row.trusted = TrustStatus::Trusted,
            }
        }
    }
}

fn name_mismatch(s: &Signer, t: &TrustedKey, lang: Lang) -> String {
    tr!(
        lang,
        "verify-signer-name-mismatch",
        name = s.name.as_str(),
        role = role_word(lang, s.role),
        key = t.id(),
        trusted = t.name.as_str(),
        fingerprint = t.fingerprint.as_str()
    )
}

fn role_mismatch(s: &Signer, t: &TrustedKey, lang: Lang) -> String {
    tr!(
        lang,
        "verify-signer-role-mismatch",
        role = role_word(lang, s.role),
        key = t.id(),
        trusted = role_word(lang, t.role)
    )
}

/// Why a file signed by the key with fingerprint `fp`, naming `s` as its signer, is not a
/// trusted signature (None: it is): another key than it names, a key not trusted, or one
/// trusted under another name or role.
pub(super) fn signer_problem(
    s: &Signer,
    fp: &str,
    trusted: &[TrustedKey],
    lang: Lang,
) -> Option<String> {
    if s.fingerprint != fp {
        return Some(tr!(
            lang,
            "verify-file-key-mismatch",
            named = s.key.as_str(),
            used = keys::short_id(fp),
            name = s.name.as_str()
        ));
    }
    let Some(t) = trusted.iter().find(|t| t.fingerprint == fp) else {
        return Some(tr!(
            lang,
            "verify-file-key-untrusted",
            name = s.name.as_str(),
            role = role_word(lang, s.role),
            key = keys::short_id(fp),
            fingerprint = fp
        ));
    };
    if s.name != t.name {
        return Some(name_mismatch(s, t, lang));
    }
    if s.role != t.role {
        return Some(role_mismatch(s, t, lang));
    }
    None
}
