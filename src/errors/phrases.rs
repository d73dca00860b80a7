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
        "the review was changed or damaged after it was signed (a signed review is never edited); restore it from a backup" =>
        {
            tr!(lang, "err-phrase-review-tampered")
        }
        "the record was changed or damaged after it was signed (a signed record is never edited); restore it from a backup" =>
        {
            tr!(lang, "err-phrase-record-tampered")
        }
        "no signature: the file does not end with the `// -- farol signature` trailer, so it was cut short, or it is not a signed record" =>
        {
            tr!(lang, "err-phrase-no-signature")
        }
        "a key needs its owner's name" => tr!(lang, "err-phrase-key-needs-name"),
        "the public key has the wrong length" => tr!(lang, "err-phrase-public-key-length"),
        "question ids look like sec.mfa; `farol review ID` lists every question with its id" => {
            tr!(lang, "err-phrase-question-ids")
        }
        "the file ends too early: it was cut off; export the draft again" => {
            tr!(lang, "err-phrase-json-eof")
        }
        "this is not valid JSON at that position (a missing comma, quote or bracket?); fix it there, or export the draft again" =>
        {
            tr!(lang, "err-phrase-json-syntax")
        }
        "a field there has a wrong name or value; an export has the fields `farol export ID --format json` writes" =>
        {
            tr!(lang, "err-phrase-json-data")
        }
        "check that the file can be read" => tr!(lang, "err-phrase-json-io"),
        "the description of the processing matches reality" => {
            tr!(lang, "err-phrase-attest-description")
        }
        "the risks are understood" => tr!(lang, "err-phrase-attest-risks"),
        "the action plan is accepted and will be carried out" => {
            tr!(lang, "err-phrase-attest-plan")
        }
        "expects a date, Text(\"YYYY-MM-DD\")" => tr!(lang, "err-phrase-cell-date"),
        "expects Text(\"…\")" => tr!(lang, "err-phrase-cell-text"),
        "expects one Choice(\"…\")" => tr!(lang, "err-phrase-cell-choice"),
        "expects Choices([\"…\"])" => tr!(lang, "err-phrase-cell-choices"),
        other => pattern(lang, other).unwrap_or_else(|| other.to_string()),
    }
}

/// The library's phrases with values in them (`add the field `x``), in `lang`.
fn pattern(lang: Lang, text: &str) -> Option<String> {
    if let Some([field]) = holes::<1>("add the field `{}`", text) {
        return Some(tr!(lang, "err-phrase-add-field", field = field.as_str()));
    }
    if let Some([allowed]) = holes::<1>("remove or rename the field; allowed here: {}", text) {
        return Some(tr!(
            lang,
            "err-phrase-rename-field",
            allowed = allowed.as_str()
        ));
    }
    if let Some([allowed]) = holes::<1>("use one of: {}", text) {
        return Some(tr!(
            lang,
            "err-phrase-use-one-of",
            allowed = allowed.as_str()
        ));
    }
    if let Some([field]) = holes::<1>("write `{}` only once", text) {
        return Some(tr!(lang, "err-phrase-write-once", field = field.as_str()));
    }
    if let Some([name]) = holes::<1>("write `{}(` here", text) {
        return Some(tr!(lang, "err-phrase-write-struct", name = name.as_str()));
    }
    if let Some([known]) = holes::<1>("known keys: {}", text) {
        return Some(tr!(lang, "err-phrase-known-keys", known = known.as_str()));
    }
    if let Some([id, known]) = holes::<2>("'{}' names several keys; give more of the id: {}", text)
    {
        return Some(tr!(
            lang,
            "err-phrase-several-keys",
            id = id.as_str(),
            known = known.as_str()
        ));
    }
    if let Some([source]) = holes::<1>("'{}' does not say whose key it is", text) {
        return Some(tr!(lang, "err-phrase-whose-key", source = source.as_str()));
    }
    if let Some([file]) = holes::<1>("it holds no {}", text) {
        return Some(tr!(lang, "err-phrase-holds-no", file = file.as_str()));
    }
    if let Some([dossier]) = holes::<1>("the dossier {} has no signed assessment", text) {
        return Some(tr!(
            lang,
            "err-phrase-no-signed-assessment",
            dossier = dossier.as_str()
        ));
    }
    if let Some([since]) = holes::<1>(
        "no assessment has a revision or review signed on or after {}",
        text,
    ) {
        return Some(tr!(
            lang,
            "err-phrase-nothing-since",
            since = since.as_str()
        ));
    }
    if let Some([why]) = holes::<1>("cannot build the zip: {}", text) {
        return Some(tr!(lang, "err-phrase-zip-build", why = why.as_str()));
    }
    if let Some([why]) = holes::<1>("not an Ed25519 private key in PKCS#8 PEM ({})", text) {
        return Some(tr!(lang, "err-phrase-not-ed25519", why = why.as_str()));
    }
    if let Some([file]) = holes::<1>("this private key does not match its description {}", text) {
        return Some(tr!(lang, "err-phrase-key-mismatch", file = file.as_str()));
    }
    if let Some([revision]) = holes::<1>("revision {} has been signed since", text) {
        return Some(tr!(
            lang,
            "err-phrase-signed-since",
            revision = revision.as_str()
        ));
    }
    if let Some([revision, latest]) = holes::<2>(
        "revision {} is no longer in the dossier (the latest is {})",
        text,
    ) {
        return Some(tr!(
            lang,
            "err-phrase-revision-gone",
            revision = revision.as_str(),
            latest = latest.as_str()
        ));
    }
    if let Some([file]) = holes::<1>(
        "revisions/{} is no longer the file that was reviewed (its SHA-256 differs): it was replaced or changed",
        text,
    ) {
        return Some(tr!(
            lang,
            "err-phrase-revision-replaced",
            file = file.as_str()
        ));
    }
    if let Some([found, supported]) = holes::<2>(
        "this record was written by a newer Farol (format {}; this one reads up to {})",
        text,
    ) {
        return Some(tr!(
            lang,
            "err-phrase-newer-record",
            found = found.as_str(),
            supported = supported.as_str()
        ));
    }
    if let Some([found, supported]) = holes::<2>(
        "this review was written by a newer Farol (format {}; this one reads up to {})",
        text,
    ) {
        return Some(tr!(
            lang,
            "err-phrase-newer-review",
            found = found.as_str(),
            supported = supported.as_str()
        ));
    }
    if let Some([other, id]) = holes::<2>("this review is of assessment '{}', not of '{}'", text) {
        return Some(tr!(
            lang,
            "err-phrase-review-of-other",
            other = other.as_str(),
            id = id.as_str()
        ));
    }
    if let Some([line, prefix]) = holes::<2>(
        "line {}: the public key line is damaged (expected `{}` and 64 lowercase hex digits)",
        text,
    ) {
        return Some(tr!(
            lang,
            "err-phrase-public-key-line",
            line = line.as_str(),
            prefix = prefix.as_str()
        ));
    }
    if let Some([line, prefix]) = holes::<2>(
        "line {}: the signature line is damaged (expected `{}` and 128 lowercase hex digits)",
        text,
    ) {
        return Some(tr!(
            lang,
            "err-phrase-signature-line",
            line = line.as_str(),
            prefix = prefix.as_str()
        ));
    }
    if let Some([line]) = holes::<1>(
        "line {}: the signature line has lost its final newline (the file was cut short or edited)",
        text,
    ) {
        return Some(tr!(lang, "err-phrase-lost-newline", line = line.as_str()));
    }
    if let Some([line]) = holes::<1>(
        "line {}: there is text after the signature, which nobody signed",
        text,
    ) {
        return Some(tr!(lang, "err-phrase-text-after", line = line.as_str()));
    }
    if let Some([line]) = holes::<1>("line {}: the public key is not a valid Ed25519 key", text) {
        return Some(tr!(lang, "err-phrase-bad-public-key", line = line.as_str()));
    }
    if let Some([line]) = holes::<1>("line {}: the signature is malformed", text) {
        return Some(tr!(lang, "err-phrase-bad-signature", line = line.as_str()));
    }
    if let Some([id, again]) = holes::<2>(
        "'{}' has no signed revision yet: sign it with `farol sign {}`",
        text,
    ) {
        return Some(tr!(
            lang,
            "err-phrase-no-revision-yet",
            id = id.as_str(),
            again = again.as_str()
        ));
    }
    if let Some([revisions]) = holes::<1>("its revisions are {}", text) {
        return Some(tr!(
            lang,
            "err-phrase-revisions-are",
            revisions = revisions.as_str()
        ));
    }
    if let Some([ids]) = holes::<1>("did you mean one of: {}?", text) {
        return Some(tr!(
            lang,
            "err-phrase-did-you-mean-one-of",
            ids = ids.as_str()
        ));
    }
    if let Some([date]) = holes::<1>(
        "'{}' is not a date written YYYY-MM-DD, e.g. 2026-11-02",
        text,
    ) {
        return Some(tr!(lang, "err-phrase-cell-not-date", date = date.as_str()));
    }
    if let Some([choice, allowed]) = holes::<2>("no choice '{}'; choose from: {}", text) {
        return Some(tr!(
            lang,
            "err-phrase-cell-no-choice",
            choice = choice.as_str(),
            allowed = allowed.as_str()
        ));
    }
    // The RON parser's messages that name a field or a character.
    if let Some([field, within]) = holes::<2>("Unexpected missing field named {} in {}", text) {
        return Some(tr!(
            lang,
            "err-phrase-ron-missing-field-in",
            field = field.as_str(),
            within = within.as_str()
        ));
    }
    if let Some([field]) = holes::<1>("Unexpected missing field named {}", text) {
        return Some(tr!(
            lang,
            "err-phrase-ron-missing-field",
            field = field.as_str()
        ));
    }
    if let Some([field, within]) = holes::<2>("Unexpected duplicate field named {} in {}", text) {
        return Some(tr!(
            lang,
            "err-phrase-ron-duplicate-field-in",
            field = field.as_str(),
            within = within.as_str()
        ));
    }
    if let Some([c]) = holes::<1>("Unexpected char {}", text) {
        return Some(tr!(
            lang,
            "err-phrase-ron-unexpected-char",
            char = c.as_str()
        ));
    }
    // A hint, then the promise that nothing was changed; a parser's reason at a place.
    if let Some([hint]) = holes::<1>("{}. The file has not been changed.", text) {
        let hint = phrase(lang, &hint);
        return Some(tr!(lang, "err-dossier-unchanged-hint", hint = hint));
    }
    if let Some([line, column, why]) = holes::<3>("line {}, column {}: {}", text) {
        let why = phrase(lang, &why);
        return Some(tr!(
            lang,
            "err-phrase-line-column",
            line = line.as_str(),
            column = column.as_str(),
            why = why
        ));
    }
    None
}

/// The values in `text` where `template` has `{}`, when the rest matches word for word.
fn holes<const N: usize>(template: &str, text: &str) -> Option<[String; N]> {
    let parts: Vec<&str> = template.split("{}").collect();
    debug_assert_eq!(parts.len(), N + 1);
    let mut rest = text.strip_prefix(parts[0])?;
    let mut values: Vec<String> = Vec::with_capacity(N);
    for (i, part) in parts[1..].iter().enumerate() {
        let end = if i + 1 == N {
            // The last value runs to the suffix.
            rest.strip_suffix(part)?.len()
        } else {
            rest.find(part)?
        };
        if end == 0 {
            return None;
        }
        values.push(rest[..end].to_string());
        rest = &rest[end + part.len()..];
    }
    values.try_into().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn holes_take_the_values_between_the_words() {
        assert_eq!(
            holes::<2>(
                "revision {} is gone (the latest is {})",
                "revision 3 is gone (the latest is 5)"
            ),
            Some(["3".to_string(), "5".to_string()])
        );
        assert_eq!(
            holes::<1>("use one of: {}", "use one of: a, b"),
            Some(["a, b".to_string()])
        );
        assert_eq!(holes::<1>("use one of: {}", "pick one of: a"), None);
        assert_eq!(
            holes::<1>("write `{}` only once", "write `` only once"),
            None
        );
    }

    #[test]
    fn a_phrase_with_values_reads_in_each_language() {
        let text = "revision 3 is no longer in the dossier (the latest is 5)";
        assert_eq!(phrase(Lang::En, text), text);
        for lang in [Lang::ZhHant, Lang::Pt] {
            let t = phrase(lang, text);
            assert_ne!(t, text);
            assert!(t.contains('3') && t.contains('5'), "{t}");
        }
        let nested = "add the field `id`. The file has not been changed.";
        assert!(phrase(Lang::ZhHant, nested).contains("檔案沒有被更改"));
        assert!(phrase(Lang::ZhHant, nested).contains("`id`"));
    }

    /// The string literals after `marker` in the library's sources (not the faces').
    fn literals_after(marker: &str) -> Vec<String> {
        fn walk(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
            for e in std::fs::read_dir(dir).unwrap() {
                let p = e.unwrap().path();
                if p.is_dir() {
                    if !p.ends_with("tui") && !p.ends_with("bin") && !p.ends_with("errors") {
                        walk(&p, out);
                    }
                } else if p.extension().is_some_and(|x| x == "rs") {
                    out.push(p);
                }
            }
        }
        let mut files = Vec::new();
        walk(
            &std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
            &mut files,
        );
        let mut found = Vec::new();
        for f in files {
            let src = std::fs::read_to_string(&f).unwrap();
            let mut rest = src.as_str();
            while let Some(at) = rest.find(marker) {
                rest = &rest[at + marker.len()..];
                if marker.ends_with('"') {
                    // A field: its one literal.
                    if let Some(close) = rest.find('"') {
                        found.push(rest[..close].to_string());
                    }
                    continue;
                }
                // A call's or a constant's literals: up to the end of the expression.
                let end = rest.find([')', '}', ';']).unwrap_or(rest.len());
                let mut expr = &rest[..end];
                while let Some(q) = expr.find('"') {
                    let lit = &expr[q + 1..];
                    let Some(close) = lit.find('"') else { break };
                    found.push(lit[..close].to_string());
                    expr = &lit[close + 1..];
                }
            }
        }
        found
    }

    #[test]
    fn every_fixed_phrase_of_the_library_is_translated() {
        let mut phrases = literals_after("hint: \"");
        phrases.extend(literals_after("HINT: &str ="));
        phrases.extend(literals_after("what: \""));
        phrases.extend(literals_after("io_err("));
        phrases.extend(literals_after("action: \""));
        phrases.extend(
            ["check that the dossier exists and that you may write to it"].map(String::from),
        );
        assert!(
            phrases.len() > 60,
            "the scan finds the phrases: {phrases:?}"
        );
        let path = std::path::Path::new("/x");
        let source = std::io::Error::other("x");
        let mut missing = Vec::new();
        for p in phrases.iter().filter(|p| !p.is_empty()) {
            let zh = phrase(Lang::ZhHant, p);
            let as_action = super::super::io_action(Lang::ZhHant, p, path, &source);
            let evidence_what = p.starts_with(" and ");
            let lock_what = p.starts_with("the assessment") || p.starts_with("the review of");
            if zh == *p && as_action.contains(p.as_str()) && !evidence_what && !lock_what {
                missing.push(p.clone());
            }
        }
        assert!(missing.is_empty(), "not in the phrase table: {missing:#?}");
    }
}
