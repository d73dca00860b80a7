//! Signature and trust: each file read and hashed once, its signature checked over the
//! exact stored bytes, its body parsed, and its signer matched against the trusted keys.

use std::path::{Path, PathBuf};

use super::super::body::{RecordBody, Signer, parse_body};
use super::super::sign::split;
use super::super::{RecordError, sha256_hex};
use super::{ChainStatus, RecordKind, RecordReport, RiskStatus, SignatureStatus, TrustStatus};
use crate::keys::{self, Role, TrustedKey};
use crate::review::{ReviewBody, parse_review};

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
}

impl Checked {
    pub(super) fn link(&self) -> Option<Link<'_>> {
        if let Some(b) = &self.body {
            return Some(Link {
                assessment: &b.assessment,
                number: b.revision,
                previous: b.previous.as_deref(),
            });
        }
        self.review.as_ref().map(|r| Link {
            assessment: &r.assessment,
            number: r.number,
            previous: r.previous.as_deref(),
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
pub(super) fn check_file(path: &Path, full: bool, kind: RecordKind) -> Checked {
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
            c.problems.push(format!(
                "cannot read {}: {e}; check that the file exists and that you may read it",
                path.display()
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
                    c.problems.push(
                        "the signature does not match the file's contents: the record was changed after it was signed; restore it from a backup"
                            .into(),
                    );
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
        let problem = format!(
            "the {} names the signer's key {} but was signed with {}; it is not what {} signed",
            match kind {
                RecordKind::Revision => "record",
                RecordKind::Review => "review",
            },
            signer.key,
            keys::short_id(fp),
            signer.name
        );
        c.signature = SignatureStatus::SignerMismatch;
        c.problems.push(problem);
    }
    c
}

pub(super) fn check_trust(row: &mut RecordReport, c: &Checked, trusted: &[TrustedKey]) {
    let Some(fp) = &c.key_fingerprint else {
        row.trusted = TrustStatus::Unknown;
        return;
    };
    if c.kind == RecordKind::Review
        && let Some(s) = c.signer()
        && s.role == Role::Assessor
    {
        row.trusted = TrustStatus::RoleMismatch;
        row.problems.push(format!(
            "the review is signed by {} as an assessor; a review is countersigned by a reviewer or an approver",
            s.name
        ));
        return;
    }
    match trusted.iter().find(|t| t.fingerprint == *fp) {
        None => {
            row.trusted = TrustStatus::Untrusted;
            let (name, role) = c
                .signer()
                .map(|s| (s.name.clone(), s.role.label()))
                .unwrap_or_else(|| ("NAME".into(), "ROLE"));
            row.problems.push(format!(
                "signed with {}, a key that is not trusted here (it says it is {name}, {role})\n  hint: if its owner confirms the fingerprint {fp}, pass `--trust {fp}`, or trust it in your dossier with `farol keys trust {} --name \"{name}\" --role {role}`",
                keys::short_id(fp),
                c.key_hex.as_deref().unwrap_or("KEY"),
            ));
        }
        Some(t) => {
            row.trusted_as = Some(format!("{} ({})", t.name, t.role));
            match c.signer() {
                Some(s) if s.name != t.name => {
                    row.trusted = TrustStatus::NameMismatch;
                    row.problems.push(name_mismatch(s, t));
                }
                Some(s) if s.role != t.role => {
                    row.trusted = TrustStatus::RoleMismatch;
                    row.problems.push(format!(
                        "signed as {} but the key {} is trusted as {} only",
                        s.role,
                        t.id(),
                        t.role
                    ));
                }
                _ => row.trusted = TrustStatus::Trusted,
            }
        }
    }
}

fn name_mismatch(s: &Signer, t: &TrustedKey) -> String {
    format!(
        "signed in the name of {} ({}), but the key {} is trusted as {}'s (fingerprint {}): a signature made with one person's key in another's name; do not rely on it",
        s.name,
        s.role,
        t.id(),
        t.name,
        t.fingerprint
    )
}

/// Why a file signed by the key with fingerprint `fp`, naming `s` as its signer, is not a
/// trusted signature (None: it is): another key than it names, a key not trusted, or one
/// trusted under another name or role.
pub(super) fn signer_problem(s: &Signer, fp: &str, trusted: &[TrustedKey]) -> Option<String> {
    if s.fingerprint != fp {
        return Some(format!(
            "it names the key {} but was signed with {}: it is not what {} signed",
            s.key,
            keys::short_id(fp),
            s.name
        ));
    }
    let Some(t) = trusted.iter().find(|t| t.fingerprint == fp) else {
        return Some(format!(
            "signed by {} ({}) with {}, a key that is not trusted here\n  hint: if its owner confirms the fingerprint {fp}, pass `--trust {fp}`",
            s.name,
            s.role,
            keys::short_id(fp)
        ));
    };
    if s.name != t.name {
        return Some(name_mismatch(s, t));
    }
    if s.role != t.role {
        return Some(format!(
            "signed as {} but the key {} is trusted as {} only",
            s.role,
            t.id(),
            t.role
        ));
    }
    None
}
