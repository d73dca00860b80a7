//! Every text written as a map of languages (`{"en": "…", "pt": "…"}`) has each language
//! the questionnaire declares: found in the source itself, so the finding is at the text's
//! own line and column, whatever field or list it sits in.

use super::Checker;
use crate::tr;

/// A text map in the source: where its field is named (or the map opens), the field it is
/// the value of, its languages.
struct TextMap {
    offset: usize,
    field: String,
    langs: Vec<String>,
}

impl<'a> Checker<'a> {
    pub(super) fn text_languages(&mut self) {
        let l = self.lang;
        let declared = self.q.languages.clone();
        // An instrument's `of` is needed only where a language says "of" with its own
        // words (Portuguese: da Lei n.º 8/2005); elsewhere the title stands.
        for m in text_maps(self.map.source())
            .into_iter()
            .filter(|m| m.field != "of")
        {
            for lang in &declared {
                if m.langs.iter().any(|x| x == lang) {
                    continue;
                }
                let near = near(self.map.source(), m.offset);
                let at = self.map.at(m.offset);
                self.error(
                    at,
                    tr!(
                        l,
                        "check-text-missing-language",
                        field = m.field.as_str(),
                        near = near,
                        language = lang.as_str()
                    ),
                    tr!(
                        l,
                        "check-missing-translation-hint",
                        language = lang.as_str()
                    ),
                );
            }
        }
    }
}

/// The id (or instrument name) declared last before `offset`: what the text belongs to.
fn near(src: &str, offset: usize) -> String {
    let head = &src[..offset];
    let found = ["id: \"", "name: \""]
        .iter()
        .filter_map(|k| head.rfind(k).map(|p| p + k.len()))
        .max();
    found
        .and_then(|start| src[start..].split('"').next())
        .unwrap_or_default()
        .to_string()
}

/// Every `{ "tag": "text", … }` of the source whose keys are language tags and whose
/// values are non-blank strings (a blank value counts as missing).
fn text_maps(src: &str) -> Vec<TextMap> {
    let b = src.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'"' => i = skip_string(b, i),
            b'/' if b.get(i + 1) == Some(&b'/') => {
                while i < b.len() && b[i] != b'\n' {
                    i += 1;
                }
            }
            b'/' if b.get(i + 1) == Some(&b'*') => {
                i += 2;
                while i + 1 < b.len() && !(b[i] == b'*' && b[i + 1] == b'/') {
                    i += 1;
                }
                i += 2;
            }
            b'{' => {
                if let Some((langs, end)) = parse_map(src, i) {
                    let (field, at) = field_before(src, i);
                    out.push(TextMap {
                        offset: at,
                        field,
                        langs,
                    });
                    i = end;
                    continue;
                }
                i += 1;
            }
            _ => i += 1,
        }
    }
    out
}

/// The index just past the string literal opening at `i`.
fn skip_string(b: &[u8], mut i: usize) -> usize {
    i += 1;
    while i < b.len() {
        match b[i] {
            b'\\' => i += 2,
            b'"' => return i + 1,
            _ => i += 1,
        }
    }
    i
}

/// The string literal at `i` (after whitespace): its contents and the index past it.
fn string_at(src: &str, i: usize) -> Option<(String, usize)> {
    let b = src.as_bytes();
    let start = i + src[i..].len() - src[i..].trim_start().len();
    if b.get(start) != Some(&b'"') {
        return None;
    }
    let end = skip_string(b, start);
    let lit = &src[start..end];
    let value: String = ron::from_str(lit).ok()?;
    Some((value, end))
}

fn after_ws(src: &str, i: usize) -> usize {
    i + src[i..].len() - src[i..].trim_start().len()
}

fn is_tag(s: &str) -> bool {
    (2..=12).contains(&s.len())
        && s.chars().all(|c| c.is_ascii_alphabetic() || c == '-')
        && s.chars().next().is_some_and(|c| c.is_ascii_lowercase())
}

/// A map of language tag to text opening at `open`: its languages with a non-blank text,
/// and the index past its closing brace. None when it is any other kind of map.
fn parse_map(src: &str, open: usize) -> Option<(Vec<String>, usize)> {
    let b = src.as_bytes();
    let mut i = open + 1;
    let mut langs = Vec::new();
    let mut keys = 0;
    loop {
        i = after_ws(src, i);
        if b.get(i) == Some(&b'}') {
            return (keys > 0).then_some((langs, i + 1));
        }
        let (key, next) = string_at(src, i)?;
        if !is_tag(&key) {
            return None;
        }
        i = after_ws(src, next);
        if b.get(i) != Some(&b':') {
            return None;
        }
        let (value, next) = string_at(src, i + 1)?;
        keys += 1;
        if !value.trim().is_empty() {
            langs.push(key);
        }
        i = after_ws(src, next);
        if b.get(i) == Some(&b',') {
            i += 1;
        }
    }
}

/// The field a value at `open` belongs to (the identifier before the colon before it) and
/// where that identifier starts; `open` itself for a value in a list.
fn field_before(src: &str, open: usize) -> (String, usize) {
    let head = src[..open].trim_end();
    let Some(head) = head.strip_suffix(':') else {
        return (String::new(), open);
    };
    let head = head.trim_end();
    let start = head
        .rfind(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
        .map_or(0, |p| p + 1);
    (head[start..].to_string(), start)
}

#[cfg(test)]
mod tests {
    use super::text_maps;

    #[test]
    fn text_maps_are_found_with_their_field_and_languages() {
        let src = r#"Q(title: {"en": "A {b}", "pt": "Um \"b\""}, // {"en": "x"}
            help: {"en": "x", "zh-Hant": " "}, other: {"k": 1}, ids: ["a"])"#;
        let maps = text_maps(src);
        assert_eq!(maps.len(), 2);
        assert_eq!(maps[0].field, "title");
        assert_eq!(maps[0].langs, ["en", "pt"]);
        assert_eq!(maps[1].field, "help");
        assert_eq!(maps[1].langs, ["en"], "a blank text is missing");
    }
}
