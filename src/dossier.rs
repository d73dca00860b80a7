//! The dossier: the compliance file on disk, where drafts and the questionnaire versions
//! they answer are kept.
//!
//! ```text
//! DOSSIER/
//!   assessments/<id>/draft.ron          the draft, rewritten atomically on every change
//!   questionnaires/<id>-<version>-<fingerprint>.ron
//!                                       every questionnaire a draft has used, byte for byte
//!   attachments/<sha256>                evidence files, kept once by content
//! ```
//!
//! A draft names its questionnaire by SHA-256 fingerprint, and the exact bytes are kept
//! here, so a draft stays readable and scorable after the questionnaire file changes.

use std::path::{Path, PathBuf};

use serde::Serialize;

use crate::assessment::{self, Attachment, Draft, QuestionnaireUse};
use crate::fsutil::write_atomic;
use crate::location::{self, Location};
use crate::questionnaire::{self, Loaded, load};

/// Its messages, in each language, are in `assets/i18n/*/errors.ftl` ([`crate::errors`]);
/// `Display` is the English one.
#[derive(Debug, thiserror::Error)]
pub enum DossierError {
    Io {
        action: &'static str,
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    NotFound {
        id: String,
        dossier: PathBuf,
        /// The ids the dossier has, for the message to suggest one.
        known: Vec<String>,
    },
    Parse {
        at: Location,
        message: String,
        hint: String,
    },
    NewerSchema {
        at: Location,
        found: u32,
        supported: u32,
    },
    BadAnswer {
        at: Location,
        problem: Box<assessment::AnswerError>,
    },
    MissingQuestionnaire {
        id: String,
        version: String,
        short: String,
        dir: PathBuf,
    },
    UnknownQuestionnaire(String),
    #[error(transparent)]
    Questionnaire(#[from] questionnaire::LoadError),
    InvalidQuestionnaire {
        file: String,
        errors: usize,
    },
    #[error(transparent)]
    Lock(#[from] crate::lock::LockError),
    DiskFull {
        path: PathBuf,
    },
    ChangedOnDisk {
        path: PathBuf,
    },
    /// No draft here, and the latest signed revision, to rebuild it from, cannot be read.
    Rebuild {
        id: String,
        source: Box<crate::record::RecordError>,
    },
}

/// A draft's write lock, held: read, change and write the draft while holding it, and no
/// other Farol command or window can change the draft in between.
#[derive(Debug)]
pub struct Locked<'a> {
    dossier: &'a Dossier,
    id: String,
    path: PathBuf,
    _lock: crate::lock::WriteLock,
}

/// What a draft file holds, as a fingerprint of its bytes (`None`: no file), to tell
/// whether it changed since it was read.
pub fn draft_stamp(path: &Path) -> Option<String> {
    use sha2::Digest;
    std::fs::read(path)
        .ok()
        .map(|b| hex::encode(sha2::Sha256::digest(&b)))
}

impl Locked<'_> {
    pub fn dossier(&self) -> &Dossier {
        self.dossier
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Reads the draft, as [`Dossier::load_draft`].
    pub fn load(&self) -> Result<(Draft, Loaded), DossierError> {
        self.dossier.load_draft(&self.id)
    }

    /// [`Locked::load`], given the assessment's revision files, already listed.
    pub(crate) fn load_listed(
        &self,
        revisions: &[(u32, PathBuf)],
    ) -> Result<(Draft, Loaded), DossierError> {
        self.dossier.load_draft_listed(&self.id, Some(revisions))
    }

    /// The fingerprint of the draft file as it is now.
    pub fn stamp(&self) -> Option<String> {
        draft_stamp(&self.path)
    }

    /// Writes the draft atomically; returns the new file's fingerprint. The draft's
    /// signed anchor never goes backwards: if the file on disk names a later signed
    /// revision than `draft` does (it was signed since `draft` was read), that anchor is
    /// kept.
    pub fn save(&self, draft: &Draft) -> Result<String, DossierError> {
        debug_assert_eq!(draft.id, self.id);
        let newer = std::fs::read_to_string(&self.path)
            .ok()
            .and_then(|source| parse_draft(&self.path.display().to_string(), &source).ok())
            .and_then(|old| old.signed)
            .filter(|on_disk| {
                draft
                    .signed
                    .as_ref()
                    .is_none_or(|ours| ours.revision < on_disk.revision)
            });
        let kept;
        let draft = match newer {
            Some(anchor) => {
                kept = Draft {
                    signed: Some(anchor),
                    ..draft.clone()
                };
                &kept
            }
            None => draft,
        };
        let text = serialize_draft(draft);
        write_atomic(&self.path, text.as_bytes()).map_err(|source| {
            if crate::fsutil::is_disk_full(&source) {
                DossierError::DiskFull {
                    path: self.path.clone(),
                }
            } else {
                DossierError::Io {
                    action: "cannot write",
                    path: self.path.clone(),
                    source,
                }
            }
        })?;
        Ok(draft_stamp(&self.path).unwrap_or_default())
    }
}

#[derive(Debug, Clone)]
pub struct Dossier {
    root: PathBuf,
}

/// One line of `farol list`.
#[derive(Debug, Clone, Serialize)]
pub struct Entry {
    pub id: String,
    pub path: PathBuf,
    #[serde(flatten)]
    pub state: EntryState,
    /// Where it stands in signing and review (None if the records cannot be read).
    pub status: Option<crate::review::AssessmentStatus>,
}

/// Whether the draft file reads (`"draft": "readable"` in JSON); where the assessment
/// stands in signing and review is `Entry::status`.
#[derive(Debug, Clone, Serialize)]
#[serde(tag = "draft", rename_all = "lowercase")]
pub enum EntryState {
    #[serde(rename = "readable")]
    Draft {
        title: String,
        organisation: String,
        #[serde(serialize_with = "crate::fsutil::stamp_as_rfc3339")]
        updated: String,
        answered: usize,
        shown: usize,
        overall: Option<crate::scale::RiskLevel>,
    },
    Unreadable {
        error: String,
    },
}

impl Dossier {
    pub fn open(root: impl Into<PathBuf>) -> Self {
        Dossier { root: root.into() }
    }

    /// The default dossier: `FAROL_DOSSIER` is handled by the CLI; this is the per-user
    /// data directory from the platform's conventions.
    pub fn default_root() -> PathBuf {
        directories::ProjectDirs::from("mo", "Farol", "farol")
            .map(|d| d.data_dir().join("dossier"))
            .unwrap_or_else(|| PathBuf::from("farol-dossier"))
    }

    pub fn root(&self) -> &Path {
        &self.root
    }

    fn assessments(&self) -> PathBuf {
        self.root.join("assessments")
    }

    fn questionnaires(&self) -> PathBuf {
        self.root.join("questionnaires")
    }

    pub fn draft_path(&self, id: &str) -> PathBuf {
        self.assessments().join(id).join("draft.ron")
    }

    pub fn ids(&self) -> Result<Vec<String>, DossierError> {
        let dir = self.assessments();
        let rd = match std::fs::read_dir(&dir) {
            Ok(rd) => rd,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(vec![]),
            Err(source) => {
                return Err(DossierError::Io {
                    action: "cannot read",
                    path: dir,
                    source,
                });
            }
        };
        // Drafts are per assessor: an assessment signed elsewhere has revisions and no draft.
        let mut ids: Vec<String> = rd
            .filter_map(Result::ok)
            .filter(|e| {
                let p = e.path();
                p.join("draft.ron").is_file() || crate::record::has_revisions(&p)
            })
            .filter_map(|e| e.file_name().into_string().ok())
            .collect();
        ids.sort();
        Ok(ids)
    }

    /// A new id from a title, unique in this dossier.
    pub fn fresh_id(&self, title: &str) -> Result<String, DossierError> {
        let base = assessment::slug(title);
        let taken = self.ids()?;
        let mut id = base.clone();
        let mut n = 2;
        while taken.contains(&id) || self.assessments().join(&id).exists() {
            id = format!("{base}-{n}");
            n += 1;
        }
        Ok(id)
    }

    /// Reserves `id`, chosen by the user (`farol new --id`), as `reserve_id` reserves one
    /// made from a title: its directory is created here, atomically. False when an
    /// assessment already has that id: a chosen id is never silently changed. The caller
    /// checks it with `assessment::valid_id` first.
    pub fn reserve_given_id(&self, id: &str) -> Result<bool, DossierError> {
        let dir = self.assessments();
        std::fs::create_dir_all(&dir).map_err(|source| DossierError::Io {
            action: "cannot create",
            path: dir.clone(),
            source,
        })?;
        crate::share::ensure_gitignore_quietly(&self.root);
        if self.ids()?.iter().any(|x| x == id) {
            return Ok(false);
        }
        let path = dir.join(id);
        match std::fs::create_dir(&path) {
            Ok(()) => Ok(true),
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => Ok(false),
            Err(source) => Err(DossierError::Io {
                action: "cannot create",
                path,
                source,
            }),
        }
    }

    /// A new id from a title, unique in this dossier and reserved for the caller: its
    /// directory is created here, atomically, so two `farol new` at once never get the same
    /// id (and never write over each other's draft).
    pub fn reserve_id(&self, title: &str) -> Result<String, DossierError> {
        let dir = self.assessments();
        std::fs::create_dir_all(&dir).map_err(|source| DossierError::Io {
            action: "cannot create",
            path: dir.clone(),
            source,
        })?;
        crate::share::ensure_gitignore_quietly(&self.root);
        loop {
            let id = self.fresh_id(title)?;
            let path = dir.join(&id);
            match std::fs::create_dir(&path) {
                Ok(()) => return Ok(id),
                Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => continue,
                Err(source) => {
                    return Err(DossierError::Io {
                        action: "cannot create",
                        path,
                        source,
                    });
                }
            }
        }
    }

    /// Reads a draft, checking its schema and every answer against its questionnaire.
    /// Drafts are per assessor: with no draft here, it is rebuilt from the latest signed
    /// revision; a draft that holds nothing but what it was signed as gives way to a later
    /// revision signed elsewhere (see [`crate::record::newer_than`]). Nothing is written.
    pub fn load_draft(&self, id: &str) -> Result<(Draft, Loaded), DossierError> {
        self.load_draft_listed(id, None)
    }

    /// [`Dossier::load_draft`], given the assessment's revision files when the caller has
    /// listed them already.
    pub(crate) fn load_draft_listed(
        &self,
        id: &str,
        revisions: Option<&[(u32, PathBuf)]>,
    ) -> Result<(Draft, Loaded), DossierError> {
        let path = self.draft_path(id);
        if path.is_file() {
            let (draft, loaded) = self.load_draft_file(&path)?;
            let newer = match revisions {
                Some(files) => crate::record::newer_in(self, &draft, &loaded, files),
                None => crate::record::newer_than(self, &draft, &loaded),
            };
            return Ok(match newer {
                Some(newer) => {
                    let loaded = self.questionnaire_for(&newer.questionnaire)?;
                    (newer, loaded)
                }
                None => (draft, loaded),
            });
        }
        let rebuilt = if self.assessments().join(id).is_dir() {
            crate::record::rebuilt(self, id).map_err(|e| match e {
                crate::record::RecordError::Dossier(d) => d,
                other => DossierError::Rebuild {
                    id: id.to_string(),
                    source: Box::new(other),
                },
            })?
        } else {
            None
        };
        let Some(draft) = rebuilt else {
            let ids = self.ids()?;
            return Err(DossierError::NotFound {
                id: id.to_string(),
                dossier: self.root.clone(),
                known: ids,
            });
        };
        let loaded = self.questionnaire_for(&draft.questionnaire)?;
        if let Some(e) = assessment::check_answers(&loaded.questionnaire, &draft.answers)
            .into_iter()
            .next()
        {
            return Err(DossierError::BadAnswer {
                at: Location::new(&path.display().to_string(), 1, 1),
                problem: Box::new(e),
            });
        }
        Ok((draft, loaded))
    }

    pub fn load_draft_file(&self, path: &Path) -> Result<(Draft, Loaded), DossierError> {
        let source = std::fs::read_to_string(path).map_err(|source| DossierError::Io {
            action: "cannot read",
            path: path.to_path_buf(),
            source,
        })?;
        self.load_draft_source(&path.display().to_string(), &source)
    }

    /// [`Dossier::load_draft_file`], from draft text already read (`file` names it in
    /// errors: a path, or `-` for standard input).
    pub fn load_draft_source(
        &self,
        file: &str,
        source: &str,
    ) -> Result<(Draft, Loaded), DossierError> {
        let (file, source) = (file.to_string(), source.to_string());
        let draft = parse_draft(&file, &source)?;
        let loaded = self.questionnaire_for(&draft.questionnaire)?;
        if let Some(e) = assessment::check_answers(&loaded.questionnaire, &draft.answers)
            .into_iter()
            .next()
        {
            return Err(DossierError::BadAnswer {
                at: locate_key(&file, &source, e.question()),
                problem: Box::new(e),
            });
        }
        Ok((draft, loaded))
    }

    /// Writes a draft (new or not) under its write lock; see [`Locked::save`].
    pub fn save_draft(&self, draft: &Draft) -> Result<PathBuf, DossierError> {
        let locked = self.lock_path(&draft.id)?;
        locked.save(draft)?;
        Ok(locked.path)
    }

    /// Removes the temporary files a killed Farol left in the dossier's top directories
    /// (see [`crate::fsutil::clean_stale_temps`]); returns how many. Those in an
    /// assessment's directories go when Farol next writes there (every write cleans its
    /// directory first): listing thousands of assessment directories at every command
    /// would cost more than the command.
    pub fn clean_stale_temps(&self) -> usize {
        use crate::fsutil::clean_stale_temps as clean;
        let mut n = 0;
        for d in [
            "",
            "questionnaires",
            "attachments",
            "reports",
            "assessments",
        ] {
            n += clean(&self.root.join(d));
        }
        n
    }

    /// Takes the write lock of an existing draft, waiting briefly for another writer.
    pub fn lock_draft(&self, id: &str) -> Result<Locked<'_>, DossierError> {
        if !self.draft_path(id).is_file()
            && !crate::record::has_revisions(&self.assessments().join(id))
        {
            // Let load_draft word the "not found" error, with its suggestions.
            self.load_draft(id)?;
        }
        self.lock_path(id)
    }

    /// Takes the write lock of the draft `id`, whether or not it exists yet.
    pub fn lock_path(&self, id: &str) -> Result<Locked<'_>, DossierError> {
        let path = self.draft_path(id);
        let lock = crate::lock::WriteLock::acquire(&path, id, crate::lock::WRITE_WAIT)?;
        crate::share::ensure_gitignore_quietly(&self.root);
        Ok(Locked {
            dossier: self,
            id: id.to_string(),
            path,
            _lock: lock,
        })
    }

    /// Reads a draft, changes it with `f` and writes it back, all under its write lock.
    /// If `f` fails, nothing is written.
    pub fn update_draft<T, E: From<DossierError>>(
        &self,
        id: &str,
        f: impl FnOnce(&mut Draft, &Loaded) -> Result<T, E>,
    ) -> Result<T, E> {
        let locked = self.lock_draft(id)?;
        let (mut draft, loaded) = locked.load()?;
        let out = f(&mut draft, &loaded)?;
        locked.save(&draft)?;
        Ok(out)
    }

    /// Adds a file to a draft as evidence: its bytes are kept once in the dossier under
    /// their SHA-256 (`attachments/<sha256>`), and the draft records name, hash and size.
    /// Attaching the same content twice under the same name changes nothing.
    pub fn attach(&self, draft: &mut Draft, file: &Path) -> Result<Attachment, DossierError> {
        let bytes = std::fs::read(file).map_err(|source| DossierError::Io {
            action: "cannot read",
            path: file.to_path_buf(),
            source,
        })?;
        let sha256 = load::fingerprint(&bytes);
        let stored = self.root.join("attachments").join(&sha256);
        if !stored.exists() {
            write_atomic(&stored, &bytes).map_err(|source| DossierError::Io {
                action: "cannot write",
                path: stored.clone(),
                source,
            })?;
        }
        let name = file
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| sha256.clone());
        if let Some(existing) = draft
            .attachments
            .iter()
            .find(|a| a.sha256 == sha256 && a.name == name)
        {
            return Ok(existing.clone());
        }
        let a = Attachment {
            name,
            sha256,
            bytes: bytes.len() as u64,
            added: chrono::Utc::now(),
        };
        draft.attachments.push(a.clone());
        Ok(a)
    }

    /// The path of an attachment's kept bytes.
    pub fn attachment_path(&self, a: &Attachment) -> PathBuf {
        self.root.join("attachments").join(&a.sha256)
    }

    /// Keeps the exact bytes of a questionnaire that a draft uses.
    pub fn keep_questionnaire(&self, l: &Loaded) -> Result<PathBuf, DossierError> {
        let path = self.questionnaires().join(kept_questionnaire_name(l));
        if !path.exists() {
            write_atomic(&path, l.source.as_bytes()).map_err(|source| DossierError::Io {
                action: "cannot write",
                path: path.clone(),
                source,
            })?;
        }
        Ok(path)
    }

    /// The questionnaire with this fingerprint: kept in the dossier, or built in.
    pub fn questionnaire_for(&self, u: &QuestionnaireUse) -> Result<Loaded, DossierError> {
        if let Some(l) = load::embedded()
            .iter()
            .find(|l| l.fingerprint == u.fingerprint)
        {
            return Ok(l.clone());
        }
        if let Ok(rd) = std::fs::read_dir(self.questionnaires()) {
            let mut paths: Vec<PathBuf> = rd.filter_map(Result::ok).map(|e| e.path()).collect();
            paths.sort();
            // The fingerprint comes from a file a person may have edited: never slice it blindly.
            let short = u.fingerprint.get(..12).unwrap_or(&u.fingerprint);
            paths.sort_by_key(|p| !p.to_string_lossy().contains(short));
            for p in paths {
                if let Ok(bytes) = std::fs::read(&p)
                    && load::fingerprint(&bytes) == u.fingerprint
                {
                    return Ok(load::load_file(&p)?);
                }
            }
        }
        Err(DossierError::MissingQuestionnaire {
            id: u.id.clone(),
            version: u.version.clone(),
            short: u.fingerprint.chars().take(12).collect(),
            dir: self.questionnaires(),
        })
    }

    /// A questionnaire named by id (built in) or by path; the default when None.
    /// It must pass the checks before an assessment can use it.
    pub fn resolve_questionnaire(&self, name: Option<&str>) -> Result<Loaded, DossierError> {
        let loaded = match name {
            None => load::embedded_default(),
            Some(n) => match load::embedded().iter().find(|l| l.questionnaire.id == n) {
                Some(l) => l.clone(),
                None if Path::new(n).is_file() => load::load_file(Path::new(n))?,
                None => return Err(DossierError::UnknownQuestionnaire(n.to_string())),
            },
        };
        Self::usable(loaded)
    }

    /// A questionnaire given as its text (read from standard input: `file` is how messages
    /// name it), checked as [`Dossier::resolve_questionnaire`] checks a file.
    pub fn questionnaire_from_source(
        &self,
        file: &str,
        source: &str,
    ) -> Result<Loaded, DossierError> {
        Self::usable(load::parse(file, source)?)
    }

    /// The questionnaire, unless it has errors.
    fn usable(loaded: Loaded) -> Result<Loaded, DossierError> {
        let errors = questionnaire::check::validate(&loaded)
            .iter()
            .filter(|p| p.severity == questionnaire::check::Severity::Error)
            .count();
        if errors > 0 {
            return Err(DossierError::InvalidQuestionnaire {
                file: loaded.file.clone(),
                errors,
            });
        }
        Ok(loaded)
    }

    /// Every assessment with its state and status today; a draft that cannot be read is
    /// listed with its error.
    pub fn list(&self, lang: &str) -> Result<Vec<Entry>, DossierError> {
        self.list_at(lang, chrono::Utc::now().date_naive())
    }

    /// `list`, with the review-due dates judged on `today`.
    pub fn list_at(
        &self,
        lang: &str,
        today: chrono::NaiveDate,
    ) -> Result<Vec<Entry>, DossierError> {
        let _ = lang;
        crate::listing::list_at(self, today)
    }
}

/// The file name a questionnaire is kept under: `<id>-<version>-<fingerprint's first 12>.ron`.
pub fn kept_questionnaire_name(l: &Loaded) -> String {
    format!(
        "{}-{}-{}.ron",
        assessment::slug(&l.questionnaire.id),
        assessment::slug(&l.questionnaire.version),
        &l.fingerprint[..12]
    )
}

pub fn serialize_draft(d: &Draft) -> String {
    let cfg = ron::ser::PrettyConfig::new()
        .struct_names(true)
        .indentor("    ".to_string())
        .depth_limit(6);
    let body = ron::ser::to_string_pretty(d, cfg).expect("a draft always serialises");
    format!(
        "// Farol draft assessment. Edit with `farol open {}`; every change is saved here.\n{body}\n",
        d.id
    )
}

/// Parses draft text, with a located error on failure.
pub fn parse_draft(file: &str, source: &str) -> Result<Draft, DossierError> {
    // The schema is read first, so a newer file is reported as such, not as a syntax error.
    let opts = load::ron_options();
    if let Some(found) = schema_of(source)
        && found > assessment::SCHEMA
    {
        return Err(DossierError::NewerSchema {
            at: locate_text(file, source, "schema"),
            found,
            supported: assessment::SCHEMA,
        });
    }
    opts.from_str::<Draft>(source)
        .map_err(|e| DossierError::Parse {
            at: Location::from_ron(file, &e),
            message: e.code.to_string(),
            hint: location::ron_hint(&e.code),
        })
}

fn schema_of(source: &str) -> Option<u32> {
    let i = source.find("schema:")?;
    let rest = source[i + 7..].trim_start();
    let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
    digits.parse().ok()
}

fn locate_text(file: &str, source: &str, needle: &str) -> Location {
    Location::at_offset(file, source, source.find(needle).unwrap_or(0))
}

/// Where the answer to `question` is written in a draft or answers file.
pub fn locate_key(file: &str, source: &str, question: &str) -> Location {
    locate_text(file, source, &format!("\"{question}\""))
}
