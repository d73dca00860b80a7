//! The runtime: a synchronous loop that draws the model, turns terminal events into
//! messages, and carries out the effects `update` asks for (saving, listing, opening,
//! creating). It owns the only I/O of the terminal UI and the draft lock.
//!
//! Safety: every answer is saved as it changes, so a crash or a `kill` loses nothing
//! already answered. The terminal is restored on every way out: normal exit, Ctrl-C or
//! `q` (both messages), a panic (ratatui's hook, plus ours), and SIGINT, SIGQUIT, SIGTERM
//! or SIGHUP: a thread waiting on signal-hook's iterator waits for any save in progress,
//! releases the lock, restores the terminal (cursor included) and exits.

use std::io;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::Duration;

use chrono::Utc;
use ratatui::crossterm::event::{
    DisableBracketedPaste, DisableMouseCapture, EnableBracketedPaste, EnableMouseCapture,
};
use ratatui::crossterm::execute;

use crate::assessment::{Draft, Meta, QuestionnaireUse, SignedRef};
use crate::dossier::{Dossier, DossierError};
use crate::i18n::{AsLang, Lang};
use crate::review::{self, ReviewDraft, ReviewError};
use crate::{demo, questionnaire::load};
use crate::{keys, record};

use super::errors::{RuntimeError, say};
use super::lock::{DraftLock, LockError};
use super::model::{Model, Screen};
use super::msg::{Effect, Msg};
use super::screens::dialog::{KeyChoice, SignPlan, SignedInfo};
use super::screens::form::{Form, NewAssessment};
use super::screens::review::{CountersignPlan, Countersigned, Review};
use super::session::Session;
use super::strings as S;
use super::theme::Theme;
use super::update::update;

/// Where the app starts.
#[derive(Debug, Clone)]
pub enum Start {
    Home,
    /// The new-assessment form, prefilled.
    New(NewAssessment),
    Open(String),
    /// Review mode on the latest signed revision of an assessment.
    Review(String),
}

#[derive(Debug, thiserror::Error)]
pub enum TuiError {
    #[error(transparent)]
    Dossier(#[from] DossierError),
    #[error(transparent)]
    Lock(#[from] LockError),
    #[error(transparent)]
    Review(#[from] ReviewError),
    #[error("terminal: {0}")]
    Io(#[from] io::Error),
    #[error(
        "the assessment screens need a terminal (stdin and stdout are not one)\n  hint: run farol in a terminal, or use the headless commands: `farol new --title …`, `farol answer`, `farol score`"
    )]
    NotATerminal,
    /// A request the screens refuse, worded in the screen's language.
    #[error("{0}")]
    Refused(String),
    #[error(transparent)]
    Theme(#[from] super::theme::UnknownTheme),
}

/// A backend that cannot fail (tests draw into a `TestBackend`).
impl From<std::convert::Infallible> for TuiError {
    fn from(e: std::convert::Infallible) -> Self {
        match e {}
    }
}

/// Carries out effects. Holds the dossier and the lock of the open draft.
pub struct Effects {
    pub dossier: Dossier,
    pub lang: String,
    /// Where the private signing keys are (`FAROL_KEYS` or the config directory).
    pub keys_dir: Option<std::path::PathBuf>,
    /// Where the language chosen in the menu is remembered (`FAROL_CONFIG_DIR` or the
    /// config directory; tests point it elsewhere).
    pub settings: Option<std::path::PathBuf>,
    /// The open draft's lock. Saves hold this mutex too, so the signal watchdog never
    /// exits in the middle of a save.
    lock: Arc<Mutex<Option<DraftLock>>>,
    /// The open draft's file as this window last read or wrote it: a save finding
    /// anything else there (another command changed it) reads it again instead.
    disk: Option<OnDisk>,
    /// Set: `List` reads the dossier on a thread and the reply arrives later (see
    /// [`Effects::arrived`]); unset (tests), it replies at once.
    pub background: Option<super::listing::Background>,
}

/// What the open draft's file held when this window last read or wrote it.
#[derive(Debug, Clone)]
struct OnDisk {
    id: String,
    stamp: Option<String>,
    /// Cheap to compare on every tick: only when it differs is the file read again.
    meta: Option<(u64, u64, i64, i64)>,
}

/// The draft file at `path` as it is now. Taken while holding the draft's write lock, so
/// that no other writer can slip in between what was read and what is remembered.
fn on_disk(id: &str, path: &std::path::Path) -> OnDisk {
    OnDisk {
        id: id.to_string(),
        meta: file_meta(path),
        stamp: crate::dossier::draft_stamp(path),
    }
}

fn file_meta(path: &std::path::Path) -> Option<(u64, u64, i64, i64)> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        let m = std::fs::metadata(path).ok()?;
        Some((m.ino(), m.len(), m.mtime(), m.mtime_nsec()))
    }
    #[cfg(not(unix))]
    {
        let m = std::fs::metadata(path).ok()?;
        let t = m
            .modified()
            .ok()?
            .duration_since(std::time::UNIX_EPOCH)
            .ok()?;
        Some((0, m.len(), t.as_secs() as i64, i64::from(t.subsec_nanos())))
    }
}

impl Effects {
    pub fn new(dossier: Dossier, lang: &str) -> Self {
        Effects {
            dossier,
            lang: lang.to_string(),
            keys_dir: keys::default_dir().ok(),
            settings: crate::settings::path(),
            lock: Arc::new(Mutex::new(None)),
            disk: None,
            background: None,
        }
    }

    /// The dossier's list, if a background listing has arrived (`wait`: once it has;
    /// for tests and benchmarks, the loop never waits), as a `Listed` message.
    pub fn arrived(&mut self, wait: bool) -> Option<Msg> {
        let l = self.lang.as_lang();
        let bg = self.background.as_mut()?;
        let r = if wait { bg.wait() } else { bg.arrived() }?;
        Some(Msg::Listed(r.map_err(|e| first_line(&say(l, &e)))))
    }

    /// Whether the open draft was changed on disk by another command since this window
    /// last read or wrote it; if so, the draft as it is now, to show instead (`Reloaded`).
    pub fn check_disk(&mut self) -> Option<Msg> {
        let disk = self.disk.as_mut()?;
        let path = self.dossier.draft_path(&disk.id);
        let meta = file_meta(&path);
        if meta == disk.meta {
            return None;
        }
        disk.meta = meta;
        let stamp = crate::dossier::draft_stamp(&path);
        if stamp == disk.stamp {
            return None;
        }
        let id = disk.id.clone();
        let locked = self.dossier.lock_draft(&id).ok()?;
        let (draft, _) = locked.load().ok()?;
        self.disk = Some(on_disk(&id, locked.path()));
        drop(locked);
        Some(Msg::Reloaded {
            draft: Box::new(draft),
            lost: false,
        })
    }

    /// Writes the draft, unless its file changed since this window last read or wrote
    /// it: then nothing is written and the draft as it is on disk comes back, to show.
    fn save_checked(&mut self, mut d: Draft) -> Result<Option<Draft>, DossierError> {
        let locked = self.dossier.lock_path(&d.id)?;
        let expected = self.disk.as_ref().filter(|o| o.id == d.id);
        if let Some(o) = expected
            && locked.stamp() != o.stamp
        {
            let (disk, _) = locked.load()?;
            self.disk = Some(on_disk(&d.id, locked.path()));
            return Ok(Some(disk));
        }
        d.meta.updated = Utc::now();
        locked.save(&d)?;
        self.disk = Some(on_disk(&d.id, locked.path()));
        Ok(None)
    }

    fn held(&self) -> MutexGuard<'_, Option<DraftLock>> {
        self.lock.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Releases the open draft's lock.
    pub fn release(&mut self) {
        *self.held() = None;
    }

    /// Whether a draft is open (locked) by this process.
    pub fn holds_lock(&self) -> bool {
        self.held().is_some()
    }

    /// Carries out one effect; returns the reply, if any. `Quit` is the loop's business.
    pub fn run(&mut self, e: Effect) -> Option<Msg> {
        let l = self.lang.as_lang();
        match e {
            Effect::Save(d) => {
                let lock = self.lock.clone();
                let _saving = lock.lock().unwrap_or_else(|p| p.into_inner());
                Some(match self.save_checked(*d) {
                    Ok(None) => Msg::Saved(Ok(())),
                    Ok(Some(disk)) => Msg::Reloaded {
                        draft: Box::new(disk),
                        lost: true,
                    },
                    Err(e) => Msg::Saved(Err(first_line(&say(l, &e)))),
                })
            }
            Effect::List => match self.background.as_mut() {
                Some(bg) => {
                    bg.list(self.dossier.clone(), self.lang.clone());
                    None
                }
                None => Some(Msg::Listed(
                    self.dossier
                        .list(&self.lang)
                        .map_err(|e| first_line(&say(l, &e))),
                )),
            },
            Effect::Open(id) => Some(Msg::Opened(
                self.open(&id).map(Box::new).map_err(|e| say(l, &e)),
            )),
            Effect::Create(n) => Some(Msg::Opened(
                self.create(&n).map(Box::new).map_err(|e| say(l, &e)),
            )),
            Effect::Demo => {
                let loaded = load::embedded_default();
                let res = (|| {
                    if !self.dossier.draft_path(demo::ID).exists() {
                        self.dossier.keep_questionnaire(&loaded)?;
                        self.dossier.save_draft(&demo::draft(&loaded))?;
                    }
                    self.dossier.list(&self.lang)
                })();
                Some(Msg::Listed(res.map_err(|e| first_line(&say(l, &e)))))
            }
            Effect::PrepareSign(d) => Some(Msg::SignReady(
                self.prepare_sign(&d).map_err(|e| say(l, &e)),
            )),
            Effect::Sign {
                mut draft,
                key,
                passphrase,
            } => {
                let lock = self.lock.clone();
                let _saving = lock.lock().unwrap_or_else(|p| p.into_inner());
                let expected = self.disk.as_ref().and_then(|o| o.stamp.clone());
                let res = self.keys_dir().and_then(|dir| {
                    let l = self.lang.as_lang();
                    let key = super::writes::load_key(&dir, &key, passphrase.as_ref())?;
                    sign_now(l, &self.dossier, &key, &mut draft, expected)
                });
                if super::writes::typed_wrong(&res, passphrase.as_ref()) {
                    return Some(Msg::WrongPassphrase);
                }
                Some(Msg::Signed(
                    res.map(|(info, anchor, disk)| {
                        self.disk = Some(disk);
                        (info, anchor)
                    })
                    .map_err(|e| say(l, &e)),
                ))
            }
            Effect::Report(d) => Some(Msg::Reported(
                super::writes::report_now(&self.dossier, *d, self.lang.as_lang())
                    .map_err(|e| say(l, &e)),
            )),
            Effect::FilingPdf(d) => Some(Msg::Reported(super::writes::filing_pdf_now(
                &self.dossier,
                &d,
                l,
            ))),
            Effect::OpenReview(id) => Some(Msg::ReviewOpened(
                self.open_review(&id).map(Box::new).map_err(|e| say(l, &e)),
            )),
            Effect::SaveReview(d) => {
                let _saving = self.held();
                Some(Msg::Saved(
                    review::save_draft(&self.dossier, &d)
                        .map(|_| ())
                        .map_err(|e| first_line(&say(l, &e))),
                ))
            }
            Effect::PrepareCountersign(d) => Some(Msg::CountersignReady(
                self.prepare_countersign(&d).map_err(|e| say(l, &e)),
            )),
            Effect::Countersign {
                draft,
                key,
                passphrase,
            } => {
                let _saving = self.held();
                let res = self.keys_dir().and_then(|dir| {
                    let key = super::writes::load_key(&dir, &key, passphrase.as_ref())?;
                    countersign_now(self.lang.as_lang(), &self.dossier, &key, &draft)
                });
                if super::writes::typed_wrong(&res, passphrase.as_ref()) {
                    return Some(Msg::WrongPassphrase);
                }
                Some(Msg::Countersigned(res.map_err(|e| say(l, &e))))
            }
            Effect::Close => {
                self.release();
                self.disk = None;
                None
            }
            Effect::NewKey {
                name,
                role,
                passphrase,
            } => Some(Msg::KeyCreated(
                self.keys_dir()
                    .and_then(|dir| super::writes::new_key(&dir, &name, role, passphrase.as_ref()))
                    .map_err(|e| say(l, &e)),
            )),
            Effect::SaveLang(l) => {
                self.lang = l.tag().to_string();
                // Remembering is a convenience: a config directory that cannot be written
                // does not stop the switch.
                if let Some(p) = &self.settings {
                    let _ =
                        crate::settings::save_to(p, &crate::settings::Settings { lang: Some(l) });
                }
                None
            }
            Effect::Quit => None,
        }
    }

    /// Locks, then loads, a draft.
    pub fn open(&mut self, id: &str) -> Result<Session, TuiError> {
        self.release();
        let path = self.dossier.draft_path(id);
        if !path.is_file() {
            // Let the dossier word the "not found" error, with its suggestions.
            self.dossier.load_draft(id)?;
        }
        let lock = DraftLock::acquire(&path, id)?;
        let notice = lock.other_host().map(|o| o.explain(id, &self.lang));
        let (draft, loaded) = {
            let locked = self.dossier.lock_draft(id)?;
            let read = locked.load()?;
            self.disk = Some(on_disk(id, locked.path()));
            read
        };
        *self.held() = Some(lock);
        let mut s = Session::new(draft, loaded.questionnaire, &self.lang);
        // A review that cannot be read does not keep the assessor from the draft;
        // `farol verify` names what is wrong with it.
        s.feedback = review::feedback(&self.dossier, id).ok().flatten();
        s.notice = notice;
        Ok(s)
    }

    /// Starts or resumes the review of an assessment's latest signed revision, locking
    /// the review in progress so two reviewers never write over each other.
    pub fn open_review(&mut self, id: &str) -> Result<Review, TuiError> {
        self.release();
        self.disk = None;
        // Checked before locking, so an unknown or unsigned id creates nothing.
        review::start(&self.dossier, id)?;
        let lock = DraftLock::acquire_review(&review::draft_path(&self.dossier, id), id)?;
        let started = review::start(&self.dossier, id)?;
        let sheet = review::sheet(&self.dossier, &started.draft, &self.lang)?;
        let notice = lock.other_host().map(|o| o.explain(id, &self.lang));
        *self.held() = Some(lock);
        let risk = Session::of_revision(&self.dossier, id, started.draft.revision, &self.lang)?;
        let mut r = Review::new(started, sheet, self.lang.as_lang());
        r.risk = Some(Box::new(risk));
        if notice.is_some() {
            r.message = notice;
        }
        Ok(r)
    }

    /// The new assessment's id, reserved: the one typed in the form exactly (refused when
    /// taken), else one derived from the title.
    fn reserve(&self, n: &NewAssessment) -> Result<String, TuiError> {
        if n.id.is_empty() {
            return Ok(self.dossier.reserve_id(&n.title)?);
        }
        let taken =
            || TuiError::Refused(crate::tr!(&self.lang, "tui-id-taken", id = n.id.as_str()));
        if self.dossier.ids()?.contains(&n.id) {
            return Err(taken());
        }
        // A valid id of at most 40 characters is its own slug: reserved as itself unless
        // another Farol took it meanwhile (then it comes back numbered, and is given up).
        let id = self.dossier.reserve_id(&n.id)?;
        if id != n.id {
            let _ = std::fs::remove_dir(self.dossier.root().join("assessments").join(&id));
            return Err(taken());
        }
        Ok(id)
    }

    fn create(&mut self, n: &NewAssessment) -> Result<Session, TuiError> {
        let q = (!n.questionnaire.is_empty()).then_some(n.questionnaire.as_str());
        let loaded = self.dossier.resolve_questionnaire(q)?;
        let id = self.reserve(n)?;
        let now = Utc::now();
        let draft = Draft::new(
            id.clone(),
            n.title.clone(),
            QuestionnaireUse::of(&loaded),
            Meta {
                organisation: n.organisation.clone(),
                system: n.system.clone(),
                vendor: n.vendor.clone(),
                assessor: n.assessor.clone(),
                created: now,
                updated: now,
            },
        );
        self.dossier.keep_questionnaire(&loaded)?;
        let path = {
            let locked = self.dossier.lock_path(&id)?;
            locked.save(&draft)?;
            self.disk = Some(on_disk(&id, locked.path()));
            locked.path().to_path_buf()
        };
        self.release();
        *self.held() = Some(DraftLock::acquire(&path, &id)?);
        Ok(Session::new(draft, loaded.questionnaire, &self.lang))
    }
}

impl Effects {
    fn keys_dir(&self) -> Result<std::path::PathBuf, RuntimeError> {
        Ok(self.keys_dir.clone().ok_or(keys::KeyError::NoHome)?)
    }

    /// Who can sign, what the next revision will be, and whether anything changed.
    fn prepare_sign(&self, draft: &Draft) -> Result<SignPlan, RuntimeError> {
        let dir = self.keys_dir()?;
        let keys = self.key_choices(&dir)?;
        let files = record::revision_files(&record::revisions_dir(&self.dossier, &draft.id))?;
        let loaded = self.dossier.questionnaire_for(&draft.questionnaire)?;
        let unchanged_since =
            record::latest_if_unchanged(&self.dossier, draft, &loaded)?.map(|r| r.body.revision);
        // The next revision follows the one the draft was signed as (in a fork, its side).
        let follows = draft
            .signed
            .as_ref()
            .map(|s| s.revision)
            .or(files.last().map(|(n, _)| *n));
        Ok(SignPlan {
            next: follows.map_or(1, |n| n + 1),
            keys,
            keys_dir: dir.display().to_string(),
            unchanged_since,
        })
    }
}

impl Effects {
    /// Whether the review can be countersigned now (the library's first objection, word
    /// for word), and with which keys.
    fn prepare_countersign(&self, draft: &ReviewDraft) -> Result<CountersignPlan, RuntimeError> {
        let refused = review::check(&self.dossier, draft, Utc::now().date_naive())
            .err()
            .map(|e| in_review_mode(self.lang.as_lang(), &e));
        let number = review::reviews(&self.dossier, &draft.assessment)?
            .last()
            .map_or(1, |(n, _)| n + 1);
        let (keys, keys_dir) = if refused.is_some() {
            (Vec::new(), String::new())
        } else {
            let dir = self.keys_dir()?;
            let mut keys = self.key_choices(&dir)?;
            // Duties separated: the key that signed the revision cannot countersign it.
            let allowed = crate::policy::load(self.dossier.root())
                .map(|p| p.allow_self_review)
                .unwrap_or(false);
            if !allowed
                && let Ok(rec) =
                    record::load_revision(&self.dossier, &draft.assessment, Some(draft.revision))
            {
                for k in &mut keys {
                    k.signed_it = k.fingerprint == rec.body.signer.fingerprint;
                }
            }
            (keys, dir.display().to_string())
        };
        Ok(CountersignPlan {
            number,
            revision: draft.revision,
            keys,
            keys_dir,
            refused,
        })
    }

    /// The private keys in `dir`, each with whether the dossier trusts it in its role.
    fn key_choices(&self, dir: &std::path::Path) -> Result<Vec<KeyChoice>, RuntimeError> {
        let trusted = keys::trusted(self.dossier.root())
            .map(|(t, _)| t)
            .unwrap_or_default();
        Ok(keys::list_keys(dir)?
            .into_iter()
            .map(|k| KeyChoice {
                trusted: trusted
                    .iter()
                    .any(|t| t.fingerprint == k.fingerprint && t.role == k.role),
                signed_it: false,
                protected: keys::is_protected(&k.path) && !super::writes::passphrase_in_env(),
                fingerprint: k.fingerprint,
                id: k.id,
                name: k.name,
                role: k.role.label().to_string(),
            })
            .collect())
    }
}

/// Countersigns the review with this key.
fn countersign_now(
    l: Lang,
    dossier: &Dossier,
    key: &keys::LoadedKey,
    draft: &ReviewDraft,
) -> Result<Countersigned, RuntimeError> {
    let s = review::countersign(dossier, draft, key, Utc::now())?;
    Ok(Countersigned {
        number: s.number,
        revision: s.revision,
        revision_sha256: draft.revision_sha256.clone(),
        path: s.path.display().to_string(),
        sha256: s.sha256,
        opinion: S::opinion_label(l, s.opinion),
        review_due: s.review_due,
        key: s.key,
        signer: format!("{} ({})", key.info.name, S::role(l, key.info.role)),
        trusted: s.signer_trusted,
    })
}

/// Signs the draft with this key, as the next revision.
fn sign_now(
    l: Lang,
    dossier: &Dossier,
    key: &keys::LoadedKey,
    draft: &mut Draft,
    expected: Option<String>,
) -> Result<(SignedInfo, SignedRef, OnDisk), RuntimeError> {
    let loaded = dossier.questionnaire_for(&draft.questionnaire)?;
    let locked = dossier.lock_path(&draft.id)?;
    // Sign only what this window shows: if another command changed the draft since, the
    // window reads it again first (its next tick), and nothing is signed now.
    if expected.is_some() && locked.stamp() != expected {
        return Err(DossierError::ChangedOnDisk {
            path: locked.path().to_path_buf(),
        }
        .into());
    }
    draft.meta.updated = Utc::now();
    let s = record::sign_locked(&locked, draft, &loaded, key, Utc::now(), l.tag())?;
    let disk = on_disk(&draft.id, locked.path());
    drop(locked);
    let anchor = SignedRef {
        revision: s.revision,
        sha256: s.sha256.clone(),
    };
    Ok((
        SignedInfo {
            revision: s.revision,
            path: s.path.display().to_string(),
            sha256: s.sha256,
            key: s.key,
            signer: format!("{} ({})", key.info.name, S::role(l, key.info.role)),
            trusted: s.signer_trusted,
        },
        anchor,
        disk,
    ))
}

/// A refusal as the review screen words it: the library's hints name command-line flags,
/// which the screen replaces with its own keys.
fn in_review_mode(l: Lang, e: &ReviewError) -> String {
    use ReviewError as E;
    let hint = match e {
        E::NoOpinion { .. } => S::review_hint_opinion(l),
        E::NoConditions { .. } | E::NoReason { .. } => S::review_hint_conditions(l),
        E::NotAttested { .. } => S::review_hint_attest(l),
        E::DueTooEarly { .. } => S::review_hint_due(l),
        E::NotJudged { .. } => S::review_hint_judge_all(l),
        E::ToCorrectApproved { .. } => S::review_hint_to_correct(l),
        _ => return say(l, e),
    };
    format!(
        "{}\n  {}",
        first_line(&say(l, e)),
        crate::tr!(l, "tui-hint", hint = hint)
    )
}

fn first_line(s: &str) -> String {
    s.lines().next().unwrap_or_default().to_string()
}

/// Builds the first model for a start, doing the I/O it needs (listing, opening).
pub fn first_model(
    start: &Start,
    fx: &mut Effects,
    theme: Theme,
    size: (u16, u16),
) -> Result<Model, TuiError> {
    let qs = Model::builtin_questionnaires(&fx.lang);
    let mut m = Model::new(
        theme,
        &fx.lang,
        &fx.dossier.root().display().to_string(),
        qs.clone(),
        size,
    );
    m.today = chrono::Local::now().date_naive();
    match start {
        Start::Home => {
            let reply = fx.run(Effect::List);
            apply(&mut m, reply, fx);
        }
        Start::New(prefill) => {
            let mut p = prefill.clone();
            if p.questionnaire.is_empty() {
                p.questionnaire = load::DEFAULT_ID.to_string();
            }
            let mut qs = qs;
            if !qs.iter().any(|(id, _)| *id == p.questionnaire) {
                // A questionnaire file named with --questionnaire.
                qs.push((p.questionnaire.clone(), p.questionnaire.clone()));
            }
            m.questionnaires = qs.clone();
            m.form = Form::new(&p, qs);
            m.screen = Screen::Form;
        }
        Start::Open(id) => {
            let s = fx.open(id)?;
            let effects = update(&mut m, Msg::Opened(Ok(Box::new(s))));
            for e in effects {
                let reply = fx.run(e);
                apply(&mut m, reply, fx);
            }
        }
        Start::Review(id) => {
            let r = fx.open_review(id)?;
            let effects = update(&mut m, Msg::ReviewOpened(Ok(Box::new(r))));
            for e in effects {
                let reply = fx.run(e);
                apply(&mut m, reply, fx);
            }
        }
    }
    Ok(m)
}

/// Feeds a reply back into the model, carrying out whatever that asks for in turn.
pub fn apply(m: &mut Model, reply: Option<Msg>, fx: &mut Effects) {
    let mut queue: Vec<Msg> = reply.into_iter().collect();
    while let Some(msg) = queue.pop() {
        for e in update(m, msg) {
            if let Some(r) = fx.run(e) {
                queue.push(r);
            }
        }
    }
}

pub(super) static STOP: AtomicBool = AtomicBool::new(false);

/// The signals that end the terminal UI: interrupt and quit (from `kill`: in the UI's raw
/// mode Ctrl-C and Ctrl-\\ are keys, not signals), termination, and hangup (the terminal
/// window closed).
#[cfg(unix)]
const ENDING: [libc::c_int; 4] = [libc::SIGINT, libc::SIGQUIT, libc::SIGTERM, libc::SIGHUP];

/// Puts the terminal back as it was: mouse and paste reporting off, cursor shown, main
/// screen, raw mode off. Every step is tried even if one fails (a closed terminal).
fn restore_terminal() {
    restore_on(&mut io::stdout().lock());
}

fn restore_on(out: &mut impl io::Write) {
    use ratatui::crossterm::cursor::Show;
    use ratatui::crossterm::terminal::{LeaveAlternateScreen, disable_raw_mode};
    let _ = execute!(out, DisableMouseCapture, DisableBracketedPaste);
    let _ = execute!(out, LeaveAlternateScreen, Show);
    let _ = disable_raw_mode();
}

/// Waits for an ending signal on a thread of its own (signal-hook's self-pipe: nothing is
/// polled), then ends the process cleanly: it waits for any save in progress (saves hold
/// the same mutex as the draft lock), releases the lock, restores the terminal and exits
/// with 128 + the signal's number. The loop cannot be relied on to notice: after a hangup
/// crossterm 0.29 spins reading the closed terminal and never returns to it.
#[cfg(unix)]
fn spawn_signal_thread(lock: Arc<Mutex<Option<DraftLock>>>) -> io::Result<()> {
    let mut signals = signal_hook::iterator::Signals::new(ENDING)?;
    std::thread::spawn(move || {
        if let Some(sig) = signals.forever().next() {
            STOP.store(true, Ordering::SeqCst);
            let mut held = lock.lock().unwrap_or_else(|p| p.into_inner());
            *held = None;
            // Kept until the exit, so the loop cannot draw (and hide the cursor) after.
            let mut out = io::stdout().lock();
            restore_on(&mut out);
            std::process::exit(128 + sig);
        }
    });
    Ok(())
}

#[cfg(not(unix))]
fn spawn_signal_thread(_lock: Arc<Mutex<Option<DraftLock>>>) -> io::Result<()> {
    Ok(())
}

/// Runs the terminal UI until the user quits.
pub fn run(start: Start, dossier: Dossier, lang: &str) -> Result<(), TuiError> {
    let mut fx = Effects::new(dossier, lang);
    fx.background = Some(Default::default());
    let size = ratatui::crossterm::terminal::size().unwrap_or((80, 24));
    let choice = Theme::from_env()?;
    // Open (and lock) before touching the terminal, so a refusal prints plainly.
    let mut model = first_model(&start, &mut fx, Theme::plain(), size)?;
    {
        use std::io::IsTerminal;
        if !(io::stdin().is_terminal() && io::stdout().is_terminal()) {
            return Err(TuiError::NotATerminal);
        }
    }
    // Asked before the alternate screen, so a terminal that does not answer shows nothing.
    let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
    let colorfgbg = std::env::var("COLORFGBG").ok();
    model.theme = Theme::resolve(choice, no_color, colorfgbg.as_deref(), || {
        super::theme::detect(Duration::from_millis(150))
    });
    spawn_signal_thread(fx.lock.clone())?;
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        restore_terminal();
        previous(info);
    }));
    // ratatui's hook (installed by init) restores the terminal before ours runs.
    let mut terminal = ratatui::try_init()?;
    let _ = execute!(io::stdout(), EnableMouseCapture, EnableBracketedPaste);
    let result = super::event_loop::run(
        &mut terminal,
        &mut model,
        &mut fx,
        &mut super::event_loop::Terminal,
        &STOP,
    )
    .map(|_| ());
    restore_terminal();
    fx.release();
    result
}
