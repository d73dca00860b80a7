//! Layout of text in a terminal, in any script: widths in columns (a Chinese character
//! takes two), padding and truncation by width, and line wrapping that breaks Chinese
//! between any two characters and other scripts at spaces.

use std::fmt::Write;

use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// Columns `s` takes in a terminal.
pub fn width(s: &str) -> usize {
    UnicodeWidthStr::width(s)
}

/// `s` padded with spaces to `w` columns (left-aligned); as it is when already wider.
pub fn pad(s: &str, w: usize) -> String {
    let n = width(s);
    if n >= w {
        s.to_string()
    } else {
        format!("{s}{}", " ".repeat(w - n))
    }
}

/// `s` cut to at most `w` columns, with an ellipsis when cut. Never splits a character.
pub fn truncate(s: &str, w: usize) -> String {
    if width(s) <= w {
        return s.to_string();
    }
    let mut t = String::new();
    let mut used = 0;
    for c in s.chars() {
        let cw = c.width().unwrap_or(0);
        if used + cw + 1 > w {
            break;
        }
        t.push(c);
        used += cw;
    }
    t.push('…');
    t
}

/// Whether a line may break before and after `c` without a space: CJK ideographs, kana
/// and full-width forms (two columns wide).
fn breaks_anywhere(c: char) -> bool {
    c.width() == Some(2)
}

/// Punctuation that never begins a line (it stays with what it follows).
fn closes(c: char) -> bool {
    matches!(
        c,
        '，' | '。' | '、' | '；' | '：' | '）' | '」' | '』' | '》' | '〉' | '！' | '？'
    )
}

/// Punctuation that never ends a line (it stays with what follows).
fn opens(c: char) -> bool {
    matches!(c, '（' | '「' | '『' | '《' | '〈')
}

/// The pieces a line may break between: (text, whether a space came before it).
fn pieces(text: &str) -> Vec<(String, bool)> {
    struct Acc {
        out: Vec<(String, bool)>,
        /// The next piece joins the last one (it follows an opening bracket).
        glue: bool,
    }
    impl Acc {
        fn push(&mut self, piece: String, space: bool) {
            // Without a space, a line breaks only between two Chinese characters: "第8/2005號"
            // and "WorkLink帳戶" stay whole.
            let wide = |c: Option<char>| c.is_some_and(breaks_anywhere);
            match self.out.last_mut() {
                Some(last)
                    if !space
                        && (self.glue
                            || !wide(last.0.chars().last())
                            || !wide(piece.chars().next())) =>
                {
                    last.0.push_str(&piece)
                }
                _ => self.out.push((piece, space)),
            }
            self.glue = false;
        }
    }
    let mut acc = Acc {
        out: Vec::new(),
        glue: false,
    };
    let mut word = String::new();
    let mut word_space = false;
    let mut space = false;
    for c in text.chars() {
        if c.is_whitespace() {
            if !word.is_empty() {
                acc.push(std::mem::take(&mut word), word_space);
            }
            space = true;
        } else if breaks_anywhere(c) {
            if closes(c) && !space {
                if !word.is_empty() {
                    word.push(c);
                    continue;
                }
                if let Some(last) = acc.out.last_mut() {
                    last.0.push(c);
                    continue;
                }
            }
            if !word.is_empty() {
                acc.push(std::mem::take(&mut word), word_space);
            }
            acc.push(c.to_string(), space);
            acc.glue = opens(c);
            space = false;
        } else {
            if word.is_empty() {
                word_space = space;
                space = false;
            }
            word.push(c);
        }
    }
    if !word.is_empty() {
        acc.push(word, word_space);
    }
    acc.out
}

/// Word-wraps `text` at `width` columns, indenting every line by `indent`. Chinese
/// breaks between characters (never before closing punctuation); other text at spaces.
pub fn wrap_into(o: &mut String, text: &str, indent: usize, width_: usize) {
    let pad = " ".repeat(indent);
    let mut line = String::new();
    let mut used = 0;
    for (piece, space) in pieces(text) {
        let w = width(&piece);
        let gap = usize::from(space && !line.is_empty());
        if !line.is_empty() && indent + used + gap + w > width_ {
            let _ = writeln!(o, "{pad}{line}");
            line.clear();
            used = 0;
        }
        if space && !line.is_empty() {
            line.push(' ');
            used += 1;
        }
        line.push_str(&piece);
        used += w;
    }
    if !line.is_empty() {
        let _ = writeln!(o, "{pad}{line}");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn wrapped(text: &str, indent: usize, w: usize) -> Vec<String> {
        let mut o = String::new();
        wrap_into(&mut o, text, indent, w);
        o.lines().map(str::to_string).collect()
    }

    #[test]
    fn latin_text_wraps_at_spaces() {
        assert_eq!(
            wrapped("one two three four", 2, 12),
            ["  one two", "  three four"]
        );
    }

    #[test]
    fn chinese_breaks_between_characters_and_fits_the_width() {
        let text = "閉路電視錄像會保存三十日，其後自動刪除。員工可以要求查閱。";
        for line in wrapped(text, 4, 20) {
            assert!(width(&line) <= 20, "{line}");
            assert!(!line.trim_start().starts_with(['，', '。']), "{line}");
        }
        assert_eq!(wrapped(text, 4, 20).concat().replace(' ', ""), text);
    }

    #[test]
    fn a_number_stays_with_the_chinese_around_it() {
        let text = "依據第8/2005號法律第二十條第二款的許可";
        for w in 10..40 {
            let lines = wrapped(text, 0, w);
            assert!(
                lines.iter().any(|l| l.contains("第8/2005號")),
                "{w}: {lines:?}"
            );
        }
    }

    #[test]
    fn mixed_text_keeps_its_spaces() {
        let lines = wrapped("資料 A 類：指紋 (Art 7)", 0, 80);
        assert_eq!(lines, ["資料 A 類：指紋 (Art 7)"]);
    }

    #[test]
    fn padding_and_truncation_count_columns() {
        assert_eq!(width(&pad("高", 4)), 4);
        assert_eq!(pad("高", 4), "高  ");
        let t = truncate("指紋考勤系統", 7);
        assert!(width(&t) <= 7, "{t}");
        assert!(t.ends_with('…'));
    }
}
