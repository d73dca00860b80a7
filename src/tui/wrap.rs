//! Word wrapping measured in terminal cells, so CJK text (two cells a character) wraps
//! where it will be drawn, and so layout and mouse hit-testing agree on every line.

use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// Splits `text` into lines no wider than `width` cells: at spaces where possible, inside
/// a word (or between CJK characters) where not. Newlines in `text` are kept.
pub fn wrap(text: &str, width: usize) -> Vec<String> {
    let width = width.max(1);
    let mut out = Vec::new();
    for para in text.split('\n') {
        let mut line = String::new();
        let mut w = 0;
        for word in para.split(' ') {
            let ww = word.width();
            let gap = usize::from(!line.is_empty());
            if w + gap + ww <= width {
                if gap == 1 {
                    line.push(' ');
                }
                line.push_str(word);
                w += gap + ww;
                continue;
            }
            if ww <= width {
                out.push(std::mem::take(&mut line));
                line.push_str(word);
                w = ww;
                continue;
            }
            // A word wider than the line (or CJK text with no spaces): break by character.
            if gap == 1 && w + 1 < width {
                line.push(' ');
                w += 1;
            }
            for c in word.chars() {
                let cw = c.width().unwrap_or(0);
                if w + cw > width {
                    out.push(std::mem::take(&mut line));
                    w = 0;
                }
                line.push(c);
                w += cw;
            }
        }
        out.push(line);
    }
    out
}

/// Cuts `text` to at most `width` cells, ending with `…` when cut.
pub fn truncate(text: &str, width: usize) -> String {
    if text.width() <= width {
        return text.to_string();
    }
    let mut out = String::new();
    let mut w = 0;
    for c in text.chars() {
        let cw = c.width().unwrap_or(0);
        if w + cw + 1 > width {
            break;
        }
        out.push(c);
        w += cw;
    }
    out.push('…');
    out
}

pub fn width(text: &str) -> usize {
    text.width()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wraps_at_spaces_and_inside_cjk() {
        assert_eq!(wrap("one two three", 7), ["one two", "three"]);
        assert_eq!(wrap("資料保護局資料", 6), ["資料保", "護局資", "料"]);
        assert_eq!(wrap("a\nb", 5), ["a", "b"]);
        assert_eq!(truncate("Location and attendance", 10), "Location …");
    }
}
