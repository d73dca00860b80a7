//! Where things are in a questionnaire's source: RON keeps no positions for values, so
//! problems are located by finding declarations and references in the text.

use std::collections::BTreeSet;

use crate::location::Location;

/// Finds where things are declared in the source, since RON keeps no positions for values.
pub(super) struct SourceMap<'a> {
    pub(super) file: &'a str,
    source: &'a str,
    /// Every `id: "…"` in the file, in order: (offset of the opening quote, id).
    decls: Vec<(usize, String)>,
}

impl<'a> SourceMap<'a> {
    pub(super) fn new(file: &'a str, source: &'a str) -> Self {
        let mut decls = Vec::new();
        let bytes = source.as_bytes();
        let mut i = 0;
        while let Some(pos) = source[i..].find("id") {
            let start = i + pos;
            i = start + 2;
            let word_start = start == 0 || !is_ident(bytes[start - 1]);
            if !word_start || bytes.get(start + 2).is_some_and(|b| is_ident(*b)) {
                continue;
            }
            let rest = &source[start + 2..];
            let trimmed = rest.trim_start();
            let Some(after_colon) = trimmed.strip_prefix(':') else {
                continue;
            };
            let value = after_colon.trim_start();
            let Some(body) = value.strip_prefix('"') else {
                continue;
            };
            let Some(end) = body.find('"') else { continue };
            let quote = source.len() - value.len();
            decls.push((quote, body[..end].to_string()));
        }
        SourceMap {
            file,
            source,
            decls,
        }
    }

    pub(super) fn source(&self) -> &'a str {
        self.source
    }

    pub(super) fn at(&self, offset: usize) -> Location {
        Location::at_offset(self.file, self.source, offset)
    }

    /// The offset of the `nth` declaration of `id` (0-based).
    pub(super) fn decl(&self, id: &str, nth: usize) -> Option<usize> {
        self.decls
            .iter()
            .filter(|(_, d)| d == id)
            .nth(nth)
            .map(|(o, _)| *o)
    }

    /// The text span owned by the first declaration of `id`: up to the next declaration
    /// of any id in `owners`.
    pub(super) fn region(&self, id: &str, owners: &BTreeSet<&str>) -> (usize, usize) {
        let Some(start) = self.decl(id, 0) else {
            return (0, self.source.len());
        };
        let end = self
            .decls
            .iter()
            .find(|(o, d)| *o > start && owners.contains(d.as_str()))
            .map_or(self.source.len(), |(o, _)| *o);
        (start, end)
    }

    /// Where the string literal `"needle"` appears in the region owned by `owner`.
    pub(super) fn find_in(&self, owner: &str, owners: &BTreeSet<&str>, needle: &str) -> Location {
        let (start, end) = self.region(owner, owners);
        let quoted = format!("\"{needle}\"");
        match self.source[start..end].find(&quoted) {
            Some(i) => self.at(start + i),
            None => self.at(start),
        }
    }

    pub(super) fn find_field_in(
        &self,
        owner: &str,
        owners: &BTreeSet<&str>,
        field: &str,
    ) -> Location {
        let (start, end) = self.region(owner, owners);
        let pat = format!("{field}:");
        match self.source[start..end].find(&pat) {
            Some(i) => self.at(start + i),
            None => self.at(start),
        }
    }

    pub(super) fn find_text(&self, needle: &str) -> Location {
        match self.source.find(needle) {
            Some(i) => self.at(i),
            None => Location::new(self.file, 1, 1),
        }
    }
}

fn is_ident(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_'
}
