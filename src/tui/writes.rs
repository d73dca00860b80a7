//! What the terminal UI writes into the dossier's `reports/`, in the screen's language:
//! the PDF report (`r` on the risk screen) and the filing pack as a PDF (`r` on the
//! filing screen), each of the latest signed revision when the draft has not changed
//! since it, else of the draft (marked so on every page); and the signing keys made
//! with the new-key form, in the user's key directory (the library writes them). Also
//! how a key is opened to sign: with the passphrase typed in the dialog, if any.

use crate::assessment::Draft;
use crate::dossier::Dossier;
use crate::filing::{self, FilingError, FilingSource, Which};
use crate::i18n::Lang;
use crate::report;
use crate::tr;

use super::errors::RuntimeError;
use super::errors::say;
use super::msg::Secret;
use super::screens::dialog::ReportInfo;

pub(super) fn new_key(
    dir: &std::path::Path,
    name: &str,
    role: crate::keys::Role,
    passphrase: Option<&super::msg::Secret>,
) -> Result<super::screens::keygen::Created, RuntimeError> {
    let now = chrono::Utc::now();
    let k = match passphrase {
        Some(p) => crate::keys::new_key_protected(dir, name, role, now, p.expose())?,
        None => crate::keys::new_key(dir, name, role, now)?,
    };
    Ok(super::screens::keygen::Created {
        id: k.id,
        fingerprint: k.fingerprint,
        name: k.name,
        role: k.role,
        path: k.path.display().to_string(),
        protected: passphrase.is_some(),
    })
}

pub(super) fn filing_pdf_now(
    dossier: &Dossier,
    draft: &Draft,
    l: Lang,
) -> Result<ReportInfo, String> {
    let loaded = dossier
        .questionnaire_for(&draft.questionnaire)
        .map_err(|e| say(l, &e))?;
    let which = match crate::record::latest_if_unchanged(dossier, draft, &loaded) {
        Ok(Some(r)) => Which::Revision(crate::record::Pick::exact(
            r.body.revision,
            &crate::record::sha256_hex(&r.bytes),
        )),
        Ok(None) => Which::Draft,
        Err(e) => return Err(say(l, &e)),
    };
    let source = FilingSource::read(dossier, &draft.id, which, l).map_err(|e| match e {
        FilingError::NotVerified {
            id,
            revision,
            problems,
        } => {
            let mut words = tr!(l, "filing-refused", id = id.as_str(), revision = revision);
            for p in problems {
                words.push_str("\n  ");
                words.push_str(&p);
            }
            words
        }
        e => say(l, &e),
    })?;
    let pack = source.pack(l);
    let rendered = filing::render_pdf(&pack, source.date, source.record_file.as_ref());
    let revision = source.signed.as_ref().map(|s| s.revision);
    let which = revision.map_or("draft".to_string(), |n| format!("r{n:04}"));
    let tag = if l == Lang::En {
        String::new()
    } else {
        format!(".{}", l.tag())
    };
    let path = dossier
        .root()
        .join("reports")
        .join(format!("{}-filing-{which}{tag}.pdf", draft.id));
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).map_err(|e| say(l, &e))?;
    }
    crate::fsutil::write_atomic(&path, &rendered.pdf).map_err(|e| say(l, &e))?;
    Ok(ReportInfo {
        path: path.display().to_string(),
        pages: rendered.pages,
        kb: rendered.pdf.len().div_ceil(1024),
        revision,
        missing_glyphs: rendered.missing_glyphs.len(),
        filing: true,
    })
}

/// Writes the report into the dossier's `reports/` directory.
/// The report is in the screen's language (its file name says which, but for English).
pub(super) fn report_now(
    dossier: &Dossier,
    draft: Draft,
    l: Lang,
) -> Result<ReportInfo, RuntimeError> {
    let loaded = dossier.questionnaire_for(&draft.questionnaire)?;
    let source = report::Source::for_draft(dossier, draft, loaded, report::Which::Auto)?;
    let rendered = report::render(&source.input_in(l));
    let tag = if l == Lang::En { "" } else { l.tag() };
    let path = dossier
        .root()
        .join("reports")
        .join(source.file_name_in(tag));
    crate::fsutil::write_atomic(&path, &rendered.pdf).map_err(|e| RuntimeError::Write {
        path: path.clone(),
        source: e,
    })?;
    Ok(ReportInfo {
        path: path.display().to_string(),
        pages: rendered.pages,
        kb: rendered.pdf.len().div_ceil(1024),
        revision: source.revision(),
        missing_glyphs: rendered.missing_glyphs.len(),
        filing: false,
    })
}

/// Whether `FAROL_PASSPHRASE` gives the passphrase, so the dialogs need not ask for it.
pub(super) fn passphrase_in_env() -> bool {
    std::env::var_os(crate::keys::PASSPHRASE_ENV).is_some_and(|v| !v.is_empty())
}

/// Loads the key of this id, with the passphrase typed in the dialog, else as the library
/// asks (`FAROL_PASSPHRASE`: the terminal UI registers no prompt).
pub(super) fn load_key(
    dir: &std::path::Path,
    id: &str,
    typed: Option<&Secret>,
) -> Result<crate::keys::LoadedKey, RuntimeError> {
    let passphrase = match typed {
        Some(p) => crate::keys::Passphrase::Given(p.expose()),
        None => crate::keys::Passphrase::Ask,
    };
    Ok(crate::keys::load_signing_key_with(
        dir,
        Some(id),
        &passphrase,
    )?)
}

/// The passphrase typed in the dialog did not open the key: the dialog asks again.
pub(super) fn typed_wrong<T>(res: &Result<T, RuntimeError>, typed: Option<&Secret>) -> bool {
    typed.is_some()
        && matches!(
            res,
            Err(RuntimeError::Key(
                crate::keys::KeyError::WrongPassphrase { .. }
            ))
        )
}
