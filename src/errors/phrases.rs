//! The fixed phrases the library puts into its errors' fields (hints, reasons, an
//! `io::Error` of Farol's own), in the user's language. The English phrase in the code is
//! the key; a phrase this table does not know (text made from data, or a message from a
//! parser) is shown as it is.

use crate::i18n::Lang;
use crate::tr;

/// `english`, one of the library's fixed phrases, in `lang`; any other text as it is.
pub(crate) fn phrase(lang: Lang, english: &str) -> String {
    if lang == Lang::En {
        return english.to_string();
    }
    match english {
        "check that you may read the dossier" => tr!(lang, "err-phrase-read-dossier"),
        "check that the dossier exists and that you may read it" => {
            tr!(lang, "err-phrase-dossier-read")
        }
        "check that the dossier exists and that you may write to it" => {
            tr!(lang, "err-phrase-dossier-write")
        }
        "check that the directory exists and that you may write to it" => {
            tr!(lang, "err-phrase-dir-write")
        }
        "check that the file exists and that you may read it" => tr!(lang, "err-phrase-file-read"),
        "check that you may read the key directory" => tr!(lang, "err-phrase-key-dir-read"),
        "check that you may write to the key directory, or set FAROL_KEYS to another one" => {
            tr!(lang, "err-phrase-key-dir-write")
        }
        "check that the directory can be created, or set FAROL_KEYS to another one" => {
            tr!(lang, "err-phrase-key-dir-create")
        }
        "check that the key file exists; `farol keys list` shows your keys" => {
            tr!(lang, "err-phrase-key-file-exists")
        }
        "check that you may write to the assessment's directory" => {
            tr!(lang, "err-phrase-assessment-dir-write")
        }
        "check the path and that you may read the file" => tr!(lang, "err-phrase-path-read"),
        "check the path: give a record file, an assessment directory or a dossier" => {
            tr!(lang, "err-phrase-path-records")
        }
        "check the path; `farol verify` on the assessment lists its reviews" => {
            tr!(lang, "err-phrase-path-reviews")
        }
        "check the path; `farol verify` on the assessment lists its revisions" => {
            tr!(lang, "err-phrase-path-revisions")
        }
        "remove the .*.tmp directories left there by interrupted runs" => {
            tr!(lang, "err-phrase-remove-tmp-dirs")
        }
        "remove the file by hand: the signed review is complete" => {
            tr!(lang, "err-phrase-remove-by-hand")
        }
        "set TMPDIR to a directory you may write to" => tr!(lang, "err-phrase-set-tmpdir"),
        "the disk is full: free some space on it and do it again; nothing was written" => {
            tr!(lang, "err-phrase-disk-full-nothing-written")
        }
        "this is a bug in Farol; write the bundle as a directory with -o DIR meanwhile" => {
            tr!(lang, "err-phrase-zip-bug")
        }
        "the file is damaged or is not a zip; ask for the bundle again" => {
            tr!(lang, "err-phrase-zip-damaged")
        }
        "give the zip written by `farol evidence`, or the directory it unpacks to" => {
            tr!(lang, "err-phrase-give-bundle")
        }
        "sign an assessment with `farol sign ID` first; drafts are not bundled, as they carry no signature" =>
        {
            tr!(lang, "err-phrase-sign-first")
        }
        "give an earlier --since date, or leave it out to bundle every signed assessment" => {
            tr!(lang, "err-phrase-earlier-since")
        }
        "the file was damaged or is not a Farol record; restore it from a backup" => {
            tr!(lang, "err-phrase-record-damaged")
        }
        "the file was damaged or is not a Farol review; restore it from a backup" => {
            tr!(lang, "err-phrase-review-damaged")
        }
        "give a signed revision file, …/assessments/ID/revisions/NNNN.ron" => {
            tr!(lang, "err-phrase-give-revision")
        }
        "give a signed review file, …/assessments/ID/reviews/NNNN.ron" => {
            tr!(lang, "err-phrase-give-review")
        }
        "verify it with a newer Farol" => tr!(lang, "err-phrase-verify-newer"),
        "read it with a newer Farol" => tr!(lang, "err-phrase-read-newer"),
        "this file describes a signing key; restore it from a backup, or make a new key with `farol keys new`" =>
        {
            tr!(lang, "err-phrase-key-file-describes")
        }
        "the key files were mixed up or edited; restore both from a backup" => {
            tr!(lang, "err-phrase-key-files-mixed")
        }
        "restore the key from a backup, or make a new one with `farol keys new`" => {
            tr!(lang, "err-phrase-key-restore")
        }
        "a signed record must not be edited; restore it from a backup" => {
            tr!(lang, "err-phrase-record-edited")
        }
        "restore the record from a backup; a draft is signed with `farol sign ID`" => {
            tr!(lang, "err-phrase-record-restore")
        }
        "it was copied from another assessment; move it back there or remove it. The file has not been changed." =>
        {
            tr!(lang, "err-phrase-review-copied")
        }
        "this is not UTF-8 text" => tr!(lang, "err-phrase-not-utf8"),
        "this is not a Farol record (it does not start with `Record(`)" => {
            tr!(lang, "err-phrase-not-record")
        }
        "this is not a Farol review (it does not start with `Review(`)" => {
            tr!(lang, "err-phrase-not-review")
        }
        "the lock file keeps reappearing" => tr!(lang, "err-phrase-lock-reappearing"),
        "too many leftovers" => tr!(lang, "err-phrase-too-many-leftovers"),
        "some space" => tr!(lang, "err-phrase-some-space"),
        "Unexpected end of RON" => tr!(lang, "err-phrase-ron-eof"),
        "Expected comma" => tr!(lang, "err-phrase-ron-comma"),
        "Expected closing `)`" => tr!(lang, "err-phrase-ron-close-paren"),
        "Expected closing `]`" => tr!(lang, "err-phrase-ron-close-bracket"),
        "Expected closing `}`" => tr!(lang, "err-phrase-ron-close-brace"),
        "Expected opening `(`" => tr!(lang, "err-phrase-ron-open-paren"),
        "Expected opening `[`" => tr!(lang, "err-phrase-ron-open-bracket"),
        "Expected string" => tr!(lang, "err-phrase-ron-string"),
        "Expected end of string" => tr!(lang, "err-phrase-ron-string-end"),
        "Expected integer" => tr!(lang, "err-phrase-ron-integer"),
        "Expected boolean" => tr!(lang, "err-phrase-ron-boolean"),
        "Expected identifier" => tr!(lang, "err-phrase-ron-identifier"),
        "Expected colon" => tr!(lang, "err-phrase-ron-colon"),
        "Non-whitespace trailing characters" => tr!(lang, "err-phrase-ron-trailing"),
        "the file ends too early: it may have been cut off; restore it from a backup or close the open brackets" =>
        {
            tr!(lang, "err-phrase-hint-eof")
        }
        "put a comma between the items" => tr!(lang, "err-phrase-hint-comma"),
        "write text between double quotes" => tr!(lang, "err-phrase-hint-quotes"),
        "fix the text at that position; the format is described in questionnaires/FORMAT.md" => {
            tr!(lang, "err-phrase-hint-format")
        }
        "Yes, No or Unsure" => tr!(lang, "err-phrase-kind-yes-no"),
        "a Choice" => tr!(lang, "err-phrase-kind-a-choice"),
        "a Number" => tr!(lang, "err-phrase-kind-a-number"),
        "a Date" => tr!(lang, "err-phrase-kind-a-date"),
        "yes, no or unsure" => tr!(lang, "err-phrase-typed-yes-no"),
        "a whole number" => tr!(lang, "err-phrase-typed-number"),
        "a date written YYYY-MM-DD" => tr!(lang, "err-phrase-typed-date"),
        "a row written column=value; column=value" => tr!(lang, "err-phrase-typed-row"),
        other => pattern(lang, other).unwrap_or_else(|| other.to_string()),
    }
}

/// The library's phrases with one value in them (`add the field `x``), in `lang`.
fn pattern(lang: Lang, text: &str) -> Option<String> {
    let between = |prefix: &str, suffix: &str| {
        text.strip_prefix(prefix)
            .and_then(|rest| rest.strip_suffix(suffix))
            .map(str::to_string)
    };
    if let Some(field) = between("add the field `", "`") {
        return Some(tr!(lang, "err-phrase-add-field", field = field));
    }
    if let Some(allowed) = between("remove or rename the field; allowed here: ", "") {
        return Some(tr!(lang, "err-phrase-rename-field", allowed = allowed));
    }
    if let Some(allowed) = between("use one of: ", "") {
        return Some(tr!(lang, "err-phrase-use-one-of", allowed = allowed));
    }
    if let Some(field) = between("write `", "` only once") {
        return Some(tr!(lang, "err-phrase-write-once", field = field));
    }
    if let Some(name) = between("write `", "(` here") {
        return Some(tr!(lang, "err-phrase-write-struct", name = name));
    }
    None
}
