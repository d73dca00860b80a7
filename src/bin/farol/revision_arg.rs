//! `--revision N|latest|draft` (and `farol diff`'s revisions): what the words name. Each
//! command maps them to what it reads, and words for a value that names none.

/// A revision as the command line names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RevisionArg {
    Latest,
    Draft,
    /// From 1; `r3`, `R3` and `3` are the same; `3-ab12cd` names one of two revisions 3
    /// of a fork by the start of its hash.
    Number(farol::record::Pick),
}

/// What `s` names, or None when it names no revision.
pub fn parse(s: &str) -> Option<RevisionArg> {
    if s.eq_ignore_ascii_case("latest") {
        return Some(RevisionArg::Latest);
    }
    if s.eq_ignore_ascii_case("draft") {
        return Some(RevisionArg::Draft);
    }
    farol::record::Pick::parse(s).map(RevisionArg::Number)
}
