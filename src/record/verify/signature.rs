//! Signature and trust: each file read and hashed once, its signature checked over the
//! exact stored bytes, its body parsed, and its signer matched against the trusted keys.

use std::path::{Path, PathBuf};

use super::super::body::{RecordBody, Signer, parse_body};
use super::super::sign::split;
use super::super::{RecordError, sha256_hex};
use super::{ChainStatus, RecordKind, RecordReport, RiskStatus, SignatureStatus, TrustStatus};
use super::{kind_arg, role_word};
use crate::i18n::Lang;
use crate::keys::{self, Role, TrustedKey};
use crate::review::{ReviewBody, parse_review};
use crate::tr;

/// What reading one file found.
pub(super) struct Checked {
    pub(super) path: PathBuf,
    pub(super) full: bool,
    pub(super) kind: RecordKind,
    pub(super) sha256: Option<String>,
    pub(super) signature: SignatureStatus,
    /// The fingerprint of the key in the trailer, and the key in hex.
    pub(super) key_fingerprint: Option<String>,
    pub(super) key_hex: Option<String>,
    /// The body of a revision…
    pub(super) body: Option<RecordBody>,
    /// … or of a review.
    pub(super) review: Option<ReviewBody>,
    pub(super) problems: Vec<String>,
    /// The risk check, for a record checked in full.
    pub(super) risk: Option<(RiskStatus, Vec<String>)>,
}

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
        if let Some(b) = &self.body {
            return Some(Link {
                assessment: &b.assessment,
                number: b.revision,
                previous: b.previous.as_deref(),
                merges: &b.merges,
                signer: &b.signer,
            });
        }
        self.review.as_ref().map(|r| Link {
            assessment: &r.assessment,
            number: r.number,
            previous: r.previous.as_deref(),
            merges: &r.merges,
            signer: &r.signer,
        })
    }

    pub(super) fn signer(&self) -> Option<&Signer> {
        self.body
            .as_ref()
            .map(|b| &b.signer)
            .or_else(|| self.review.as_ref().map(|r| &r.signer))
    }

    pub(super) fn row(&self) -> RecordReport {
        let s = self.signer();
        let (assessment, revision) = match (&self.body, &self.review) {
            (Some(b), _) => (Some(b.assessment.clone()), Some(b.revision)),
            (None, Some(r)) => (Some(r.assessment.clone()), Some(r.revision)),
            (None, None) => (None, None),
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

    /// Parses the signed bytes as this kind of record.
    pub(super) fn parse(&mut self, file: &str, bytes: &[u8]) -> Result<(), String> {
        match self.kind {
            RecordKind::Revision => {
                self.body = Some(parse_body(file, bytes).map_err(|e| e.to_string())?);
            }
            RecordKind::Review => {
                self.review = Some(parse_review(file, bytes).map_err(|e| e.to_string())?);
            }
        }
        Ok(())
    }
}

/// Reads one file; `full` checks the signature and parses the body, else only hashes it
/// and reads its place in the chain (a neighbour needed for the chain).
pub(super) fn check_file(path: &Path, full: bool, kind: RecordKind, lang: Lang) -> Checked {
    let mut c = Checked {
        path: path.to_path_buf(),
        full,
        kind,
        sha256: None,
        signature: SignatureStatus::Unreadable,
        key_fingerprint: None,
        key_hex: None,
        body: None,
        review: None,
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
                let _ = c.parse(&file, signed);
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
                let _ = c.parse(&file, &bytes);
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
    if let Err(e) = c.parse(&file, parse_from) {
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
