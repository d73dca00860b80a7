//! Word wrapping measured in terminal cells, so CJK text (two cells a character) wraps
//! where it will be drawn, and so layout and mouse hit-testing agree on every line.
//!
//! Lines break at spaces, and between any two wide (CJK) characters or a wide character
//! and a word, as Chinese is set; never inside a character. Closing punctuation (，。、）」…)
//! does not start a line and opening punctuation (（「《…) does not end one: the character
//! before (or the bracket) goes to the next line with it.

use std::ops::Range;

use ratatui::text::{Line, Span};
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// Splits `text` into lines no wider than `width` cells: at spaces where possible, inside
/// a word (or between CJK characters) where not. Newlines in `text` are kept.
pub fn wrap(text: &str, width: usize) -> Vec<String> {
    wrap_ranges(text, width)
        .into_iter()
        .map(|r| text[r].to_string())
        .collect()
}

/// One unit of line breaking: a run of spaces, a word, or one wide character.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Space,
    Word,
    Wide,
}

struct Unit {
    range: Range<usize>,
    width: usize,
    kind: Kind,
}

fn units(text: &str, start: usize) -> Vec<Unit> {
    let mut out: Vec<Unit> = Vec::new();
    for (i, c) in text.char_indices() {
        let cw = c.width().unwrap_or(0);
        let kind = if c == ' ' {
            Kind::Space
        } else if cw >= 2 {
            Kind::Wide
        } else {
            Kind::Word
        };
        let at = start + i;
        match out.last_mut() {
            Some(u) if u.kind == kind && kind != Kind::Wide => {
                u.range.end = at + c.len_utf8();
                u.width += cw;
            }
            // A combining mark or other zero-width character stays with what precedes it.
            Some(u) if cw == 0 && kind == Kind::Word => {
                u.range.end = at + c.len_utf8();
            }
            _ => out.push(Unit {
                range: at..at + c.len_utf8(),
                width: cw,
                kind,
            }),
        }
    }
    out
}

/// Characters that may not start a line.
fn closing(s: &str) -> bool {
    s.chars()
        .next()
        .is_some_and(|c| "，。、；：？！）」』》〉】〕…．,.;:?!)]}%·".contains(c))
}

/// Characters that may not end a line.
fn opening(s: &str) -> bool {
    s.chars()
        .next()
        .is_some_and(|c| "（「『《〈【〔([{".contains(c))
}

/// The byte ranges of the lines `text` wraps into (the spaces a line breaks at are left
/// out; leading spaces of a paragraph are kept, as indentation).
pub fn wrap_ranges(text: &str, width: usize) -> Vec<Range<usize>> {
    let width = width.max(1);
    let mut out = Vec::new();
    let mut para_start = 0;
    for para in text.split('\n') {
        wrap_para(text, para_start, para, width, &mut out);
        para_start += para.len() + 1;
    }
    out
}

fn wrap_para(text: &str, start: usize, para: &str, width: usize, out: &mut Vec<Range<usize>>) {
    // The units on the current line, and its width (gaps included).
    let mut line: Vec<Unit> = Vec::new();
    let mut w = 0;
    let flush = |line: &mut Vec<Unit>, w: &mut usize, out: &mut Vec<Range<usize>>| {
        while line.last().is_some_and(|u| u.kind == Kind::Space) {
            line.pop();
        }
        match (line.first(), line.last()) {
            (Some(a), Some(b)) => out.push(a.range.start..b.range.end),
            _ => out.push(start..start),
        }
        line.clear();
        *w = 0;
    };
    let mut first_line = true;
    for u in units(para, start) {
        if u.kind == Kind::Space {
            // Spaces at the start of the paragraph indent it; after a break they go.
            if !line.is_empty() || first_line {
                w += u.width;
                line.push(u);
            }
            continue;
        }
        if w + u.width <= width {
            w += u.width;
            line.push(u);
            continue;
        }
        // It does not fit. Closing punctuation takes the character before it along, and
        // an opening bracket at the end of the line moves down too.
        let mut carry: Vec<Unit> = Vec::new();
        if closing(&text[u.range.clone()])
            && line.len() > 1
            && line
                .last()
                .is_some_and(|l| l.kind != Kind::Space && l.width <= 2)
        {
            carry.extend(line.pop());
        }
        while line.len() > 1
            && line
                .last()
                .is_some_and(|l| l.kind != Kind::Space && opening(&text[l.range.clone()]))
        {
            carry.insert(0, line.pop().expect("checked"));
        }
        let has_content = line.iter().any(|x| x.kind != Kind::Space);
        if has_content {
            flush(&mut line, &mut w, out);
            first_line = false;
        } else {
            // Only indentation so far: keep it, the word is broken below if need be.
        }
        for c in carry {
            w += c.width;
            line.push(c);
        }
        if w + u.width <= width {
            w += u.width;
            line.push(u);
            continue;
        }
        // A word wider than the line: break it between characters.
        for (i, c) in text[u.range.clone()].char_indices() {
            let at = u.range.start + i;
            let cw = c.width().unwrap_or(0);
            if w + cw > width && line.iter().any(|x| x.kind != Kind::Space) {
                flush(&mut line, &mut w, out);
                first_line = false;
            }
            match line.last_mut() {
                Some(l) if l.kind == Kind::Word && l.range.end == at => {
                    l.range.end = at + c.len_utf8();
                    l.width += cw;
                }
                _ => line.push(Unit {
                    range: at..at + c.len_utf8(),
                    width: cw,
                    kind: Kind::Word,
                }),
            }
            w += cw;
        }
    }
    flush(&mut line, &mut w, out);
}

/// Wraps a styled line to `width` cells, keeping each span's style.
pub fn wrap_line(line: &Line, width: usize) -> Vec<Line<'static>> {
    let text: String = line.spans.iter().map(|s| s.content.as_ref()).collect();
    // Where each span starts in `text`.
    let mut bounds = Vec::new();
    let mut at = 0;
    for s in &line.spans {
        bounds.push((at, at + s.content.len(), s.style));
        at += s.content.len();
    }
    wrap_ranges(&text, width)
        .into_iter()
        .map(|r| {
            let spans: Vec<Span<'static>> = bounds
                .iter()
                .filter_map(|&(a, b, style)| {
                    let (s, e) = (a.max(r.start), b.min(r.end));
                    (s < e).then(|| Span::styled(text[s..e].to_string(), style))
                })
                .collect();
            Line::from(spans).style(line.style)
        })
        .collect()
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

    #[test]
    fn chinese_breaks_between_characters_even_after_a_latin_word() {
        // The CJK run is not moved whole to the next line: it fills this one.
        assert_eq!(
            wrap("按 n 開始新的評估：Farol 會就系統提問", 20),
            ["按 n 開始新的評估：", "Farol 會就系統提問"]
        );
        assert_eq!(wrap("Farol的英文文字", 9), ["Farol的英", "文文字"]);
    }

    #[test]
    fn punctuation_never_starts_a_line_and_brackets_never_end_one() {
        // "。" would start the second line: the character before it comes along.
        assert_eq!(wrap("一二三四。", 8), ["一二三", "四。"]);
        assert_eq!(wrap("一二三「四五」", 8), ["一二三", "「四五」"]);
        for line in wrap(
            "這個卷宗還沒有任何評估，請按 n 開始。所有內容隨時自動儲存。",
            10,
        ) {
            assert!(width(&line) <= 10, "{line}");
            assert!(!closing(&line), "{line}");
        }
    }

    #[test]
    fn leading_spaces_indent_the_first_line_only_and_nothing_is_cut_mid_character() {
        assert_eq!(wrap("  farol keys new", 9), ["  farol", "keys new"]);
        let t = "澳門 office 資料 a-very-long-word-indeed 個人資料保護局";
        for w in 1..30 {
            for line in wrap(t, w) {
                assert!(width(&line) <= w.max(2), "{w}: {line}");
            }
        }
    }

    #[test]
    fn a_styled_line_keeps_its_styles_when_wrapped() {
        use ratatui::style::Style;
        let bold = Style::new().bold();
        let l = Line::from(vec![Span::raw("簽署身份 "), Span::styled("Ana Lei", bold)]);
        let out = wrap_line(&l, 10);
        assert_eq!(out.len(), 2);
        assert_eq!(out[1].spans[0].content, "Ana Lei");
        assert_eq!(out[1].spans[0].style, bold);
    }
}
