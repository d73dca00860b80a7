//! Builds a large signed dossier for benchmarks: shared by `examples/gen_dossier` (for
//! hyperfine and `/usr/bin/time`) and `benches/verify.rs` (for criterion).
//!
//! Every file is what `farol sign` and `farol review sign` write: the bodies come from
//! `record::build_body` and the review body's fields, serialised and sealed by the
//! library, each revision naming the previous one and the review it answers. Signing
//! through `record::sign` would re-verify the chain before every revision (right for users,
//! quadratic for 50,000 of them), so the files are sealed directly; an assessment whose
//! answers did not change since its previous revision reuses that body, as `build_body`
//! would give the same one. Each assessment gets one head at the end (`record::record_head`,
//! which also adds the signer's next dossier index), not one per signature: a dossier of
//! 50,000 signatures would otherwise hold 50,000 heads and indexes.

use std::path::Path;

use chrono::{DateTime, Duration, TimeZone, Utc};

use farol::answer::Answer;
use farol::dossier::Dossier;
use farol::keys::{self, LoadedKey, Role};
use farol::questionnaire::{AnswerKind, Loaded, load};
use farol::record::{self, RecordBody, ReviewRef, Signer};
use farol::review::{Attestations, Opinion, ReviewBody, ReviewedSection, Verdict};

/// What to generate.
#[derive(Debug, Clone, Copy)]
pub struct Spec {
    pub assessments: usize,
    /// Revisions in all, spread evenly over the assessments.
    pub revisions: usize,
    /// A review after every this many revisions of an assessment (0: none).
    pub review_every: u32,
}

/// What was generated.
#[derive(Debug, Default, Clone, Copy)]
pub struct Made {
    pub revisions: usize,
    pub reviews: usize,
    pub bytes: u64,
}

/// A small deterministic generator (xorshift), so that every run writes the same answers.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
}

fn signer(key: &LoadedKey, at: DateTime<Utc>) -> Signer {
    Signer::of(key, at)
}

/// Writes a dossier at `root` (created; must not hold assessments yet), with throwaway
/// assessor and reviewer keys in `keys_dir`, both trusted by the dossier.
pub fn generate(root: &Path, keys_dir: &Path, spec: Spec) -> Made {
    let t0 = Utc.with_ymd_and_hms(2026, 1, 5, 9, 0, 0).single().unwrap();
    std::fs::create_dir_all(root.join("assessments")).unwrap();
    let assessor_dir = keys_dir.join("assessor");
    let reviewer_dir = keys_dir.join("reviewer");
    let a = keys::new_key(&assessor_dir, "Ana Lei", Role::Assessor, t0).unwrap();
    let r = keys::new_key(&reviewer_dir, "Rui Vong", Role::Reviewer, t0).unwrap();
    keys::trust(root, Some(&assessor_dir), &a.id, None, None, t0).unwrap();
    keys::trust(root, Some(&reviewer_dir), &r.id, None, None, t0).unwrap();
    let assessor = keys::load_signing_key(&assessor_dir, None).unwrap();
    let reviewer = keys::load_signing_key(&reviewer_dir, None).unwrap();
    let loaded = load::embedded_default();
    let dossier = Dossier::open(root);
    dossier.keep_questionnaire(&loaded).unwrap();

    let per = spec.revisions / spec.assessments.max(1);
    let extra = spec.revisions % spec.assessments.max(1);
    let next = std::sync::atomic::AtomicUsize::new(0);
    // Heads and the signer's index are written one at a time, as signers do.
    let heads = std::sync::Mutex::new(());
    let threads = std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(1)
        .min(spec.assessments.max(1));
    let made: Vec<Made> = std::thread::scope(|s| {
        let handles: Vec<_> = (0..threads)
            .map(|_| {
                s.spawn(|| {
                    let mut m = Made::default();
                    loop {
                        let i = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                        if i >= spec.assessments {
                            break m;
                        }
                        let n = per + usize::from(i < extra);
                        let got = assessment(
                            &dossier,
                            &loaded,
                            (&assessor, &reviewer),
                            i,
                            n,
                            spec,
                            t0,
                            &heads,
                        );
                        m.revisions += got.revisions;
                        m.reviews += got.reviews;
                        m.bytes += got.bytes;
                    }
                })
            })
            .collect();
        handles.into_iter().map(|h| h.join().unwrap()).collect()
    });
    made.into_iter().fold(Made::default(), |a, b| Made {
        revisions: a.revisions + b.revisions,
        reviews: a.reviews + b.reviews,
        bytes: a.bytes + b.bytes,
    })
}

#[allow(clippy::too_many_arguments)]
fn assessment(
    dossier: &Dossier,
    loaded: &Loaded,
    (assessor, reviewer): (&LoadedKey, &LoadedKey),
    i: usize,
    revisions: usize,
    spec: Spec,
    t0: DateTime<Utc>,
    heads: &std::sync::Mutex<()>,
) -> Made {
    let mut made = Made::default();
    if revisions == 0 {
        return made;
    }
    let q = &loaded.questionnaire;
    let yes_no: Vec<String> = q
        .questions()
        .filter(|(_, q)| matches!(q.kind, AnswerKind::YesNo))
        .map(|(_, q)| q.id.clone())
        .collect();
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15 ^ (i as u64 + 1).wrapping_mul(0x2545_f491_4f6c_dd1d));
    let mut draft = farol::demo::draft(loaded);
    draft.id = format!("assessment-{i:05}");
    draft.title = format!("{} ({i})", draft.title);
    let dir = record::revisions_dir(dossier, &draft.id);
    let reviews_dir = farol::review::reviews_dir(dossier, &draft.id);
    std::fs::create_dir_all(&dir).unwrap();
    let mut previous: Option<String> = None;
    let mut body: Option<RecordBody> = None;
    let mut answered: Option<ReviewRef> = None;
    let mut review_previous: Option<String> = None;
    let mut review_number = 0u32;
    let mut at = t0 + Duration::hours(i as i64);
    for n in 1..=revisions as u32 {
        at += Duration::days(1);
        // Mostly the same answers again; now and then one or two change.
        let mut changed = body.is_none();
        if rng.next().is_multiple_of(4) {
            for _ in 0..=(rng.next() % 2) {
                let id = &yes_no[(rng.next() % yes_no.len() as u64) as usize];
                let flip = match draft.answers.get(id) {
                    Some(Answer::Yes) => Answer::No,
                    _ => Answer::Yes,
                };
                draft.answers.insert(id.clone(), flip);
                changed = true;
            }
        }
        let s = signer(assessor, at);
        let b = match (changed, body.take()) {
            (false, Some(b)) => RecordBody {
                revision: n,
                previous: previous.take(),
                responds_to: None,
                signer: s,
                ..b
            },
            _ => record::build_body(&draft, loaded, n, previous.take(), s, record::LANGUAGE),
        };
        let b = RecordBody {
            responds_to: answered.take(),
            ..b
        };
        let bytes = record::seal(&record::serialize_body(&b), assessor);
        let sha = record::sha256_hex(&bytes);
        std::fs::write(dir.join(record::signed_name(n, &bytes)), &bytes).unwrap();
        made.revisions += 1;
        made.bytes += bytes.len() as u64;
        if spec.review_every > 0 && n.is_multiple_of(spec.review_every) {
            review_number += 1;
            let review_at = at + Duration::hours(4);
            let review = review_body(
                loaded,
                &b,
                n,
                &sha,
                review_number,
                review_previous.take(),
                reviewer,
                review_at,
            );
            let bytes = record::seal(&farol::review::serialize_review(&review), reviewer);
            let review_sha = record::sha256_hex(&bytes);
            std::fs::create_dir_all(&reviews_dir).unwrap();
            std::fs::write(
                reviews_dir.join(record::signed_name(review_number, &bytes)),
                &bytes,
            )
            .unwrap();
            made.reviews += 1;
            made.bytes += bytes.len() as u64;
            answered = Some(ReviewRef {
                number: review_number,
                sha256: review_sha.clone(),
            });
            review_previous = Some(review_sha);
        }
        previous = Some(sha);
        body = Some(b);
    }
    let _one = heads.lock().unwrap();
    record::record_head(dossier, &draft.id, assessor, at + Duration::hours(8)).unwrap();
    made
}

/// An approval of revision `n`, as `farol review sign` writes it: every section the
/// revision answers judged acceptable, every attestation made.
#[allow(clippy::too_many_arguments)]
fn review_body(
    loaded: &Loaded,
    revision: &RecordBody,
    n: u32,
    sha: &str,
    number: u32,
    previous: Option<String>,
    key: &LoadedKey,
    at: DateTime<Utc>,
) -> ReviewBody {
    let verdicts = loaded
        .questionnaire
        .sections
        .iter()
        .filter(|s| {
            s.questions
                .iter()
                .any(|qu| revision.answer(&qu.id).is_some())
        })
        .map(|s| ReviewedSection {
            section: s.id.clone(),
            section_title: s.title.get(record::LANGUAGE).to_string(),
            verdict: Verdict::Acceptable,
            note: String::new(),
        })
        .collect();
    ReviewBody {
        format: farol::review::FORMAT,
        assessment: revision.assessment.clone(),
        number,
        previous,
        merges: vec![],
        revision: n,
        revision_sha256: sha.to_string(),
        title: revision.title.clone(),
        comments: vec![],
        verdicts,
        opinion: Opinion::Approve,
        conditions: String::new(),
        attestations: Attestations::everything(),
        review_due: Some(farol::review::default_due(at.date_naive())),
        signer: Signer::of(key, at),
    }
}
