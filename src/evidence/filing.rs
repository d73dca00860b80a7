//! The DSPDP filing pack in a bundle (issue 14): made from the assessment's latest signed
//! revision, as `farol filing ID` makes it, in the bundle's language, so an inspector
//! sees what was (or is to be) filed; it names the revision and its SHA-256. With it, the
//! state of the filing as the revision records it: the notification and authorisation
//! duties, met only with their evidence (the date filed, the DSPDP's reference).

use std::collections::{BTreeMap, HashMap};

use serde::Serialize;

use super::collect::Source;
use crate::filing::{self, Signed};
use crate::i18n::Lang;
use crate::questionnaire::Loaded;
use crate::record;
use crate::risk::{DutyState, Evidence};

/// The pack in the bundle, and the filing as recorded.
#[derive(Debug, Clone, Serialize)]
pub struct FilingInBundle {
    /// Its path in the bundle: `filing/<id>-rNNNN.<lang>.txt`.
    pub path: String,
    pub lang: String,
    /// Gaps the pack lists (0: complete).
    pub gaps: usize,
    /// The filing duties that apply, with their state and evidence.
    pub duties: Vec<FilingDuty>,
}

impl FilingInBundle {
    /// Whether the revision records the filing: a filing duty met, with its evidence.
    pub fn recorded(&self) -> bool {
        self.duties.iter().any(|d| d.state == DutyState::Met)
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct FilingDuty {
    pub id: String,
    pub title: String,
    pub state: DutyState,
    pub evidence: Vec<Evidence>,
}

/// The pack's path in a bundle.
pub fn pack_path(id: &str, revision: u32, lang: Lang) -> String {
    format!("filing/{id}-r{revision:04}.{}.txt", lang.tag())
}

/// Writes the pack of the latest revision of `s` into `filing/`; None when there is no
/// pack to make (the revision cannot be read or its signature does not hold — the
/// report's warning says so — its questionnaire is missing, or maps no Art 23 item).
pub(super) fn add_filing(
    s: &Source,
    questionnaires: &HashMap<String, Loaded>,
    files: &mut BTreeMap<String, Vec<u8>>,
    lang: Lang,
) -> Option<FilingInBundle> {
    let latest = s.latest();
    let body = latest.body.as_ref()?;
    if !record::signature_holds(&latest.file, &latest.bytes) {
        return None;
    }
    let loaded = questionnaires.get(&body.questionnaire.fingerprint)?;
    let q = &loaded.questionnaire;
    if q.notification.is_empty() {
        return None;
    }
    let answers = body.answers_map();
    let signed = Signed {
        revision: latest.n,
        sha256: record::sha256_hex(&latest.bytes),
        signer: body.signer.name.clone(),
        signed_at: body.signer.at,
    };
    let pack = filing::build(
        q,
        &answers,
        &body.assessment,
        &body.title,
        lang,
        Some(signed),
    );
    let path = pack_path(&s.id, latest.n, lang);
    files.insert(path.clone(), filing::render_text(&pack).into_bytes());
    let score = crate::risk::score(q, &answers, lang.tag());
    let filed_by: Vec<&str> = q
        .obligations
        .iter()
        .filter(|o| o.files.is_some())
        .map(|o| o.id.as_str())
        .collect();
    let duties = filed_by
        .iter()
        .filter_map(|id| score.obligations.iter().find(|o| o.id == *id))
        .map(|o| FilingDuty {
            id: o.id.clone(),
            title: o.title.clone(),
            state: o.state,
            evidence: o.evidence.clone(),
        })
        .collect();
    Some(FilingInBundle {
        path,
        lang: lang.tag().to_string(),
        gaps: pack.gaps.len(),
        duties,
    })
}
