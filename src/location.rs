//! Where in a file something is: the "file:line:column" every user-facing error starts with.

use std::fmt;

use serde::Serialize;

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Location {
    pub file: String,
    pub line: usize,
    pub column: usize,
}

impl Location {
    pub fn new(file: &str, line: usize, column: usize) -> Self {
        Location {
            file: file.to_string(),
            line,
            column,
        }
    }

    pub fn from_ron(file: &str, e: &ron::error::SpannedError) -> Self {
        Location::new(file, e.span.start.line, e.span.start.col)
    }

    /// The line and column (1-based, counting characters) of a byte offset in `source`.
    pub fn at_offset(file: &str, source: &str, offset: usize) -> Self {
        let offset = offset.min(source.len());
        let before = &source[..offset];
        let line = before.matches('\n').count() + 1;
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        let column = source[line_start..offset].chars().count() + 1;
        Location::new(file, line, column)
    }
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}:{}", self.file, self.line, self.column)
    }
}

/// What to do about a RON parse error, in words.
pub fn ron_hint(code: &ron::Error) -> String {
    use ron::Error as E;
    match code {
        E::Eof => "the file ends too early: it may have been cut off; restore it from a backup or close the open brackets".into(),
        E::ExpectedComma => "put a comma between the items".into(),
        E::ExpectedString | E::ExpectedStringEnd => "write text between double quotes".into(),
        E::MissingStructField { field, .. } => format!("add the field `{field}`"),
        E::NoSuchStructField { expected, .. } => {
            format!("remove or rename the field; allowed here: {}", expected.join(", "))
        }
        E::NoSuchEnumVariant { expected, .. } => {
            format!("use one of: {}", expected.join(", "))
        }
        E::DuplicateStructField { field, .. } => format!("write `{field}` only once"),
        E::ExpectedDifferentStructName { expected, .. } => format!("write `{expected}(` here"),
        _ => "fix the text at that position; the format is described in questionnaires/FORMAT.md".into(),
    }
}
