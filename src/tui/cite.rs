//! Citations as the library labels them: the level a label ends with ("[unverified]",
//! "[confirmed through the regulator]", nothing when the text was read) is split off so
//! screens can style it, and a legend shown where some level is below "verified".

use ratatui::style::Style;
use ratatui::text::{Line, Span};

use crate::i18n::Lang;
use crate::questionnaire::Level;

use super::theme::Theme;

/// A label without its level, and the level, whatever language the label is in.
pub fn split(label: &str) -> (&str, Level) {
    crate::questionnaire::split_level(label)
}

/// Is any of these labels below "verified"?
pub fn any_unsure(labels: &[String]) -> bool {
    labels.iter().any(|l| split(l).1 != Level::Verified)
}

/// The style of a level's tag: unverified stands out (amber), confirmed is quieter.
pub fn level_style(level: Level, theme: Theme) -> Style {
    match level {
        Level::Verified => Style::new(),
        Level::Confirmed => theme.dim(),
        Level::Unverified => theme.caution(),
    }
}

/// Labels joined by "; ", each level tag styled apart, wrapped to `width` under an indent: a citation is not
/// split unless it is wider than a line, then its level goes on the next line.
pub fn wrapped(
    lang: Lang,
    labels: &[String],
    indent: usize,
    width: usize,
    base: Style,
    theme: Theme,
) -> Vec<Line<'static>> {
    use super::wrap::{truncate, width as text_width};
    let room = width.saturating_sub(indent).max(8);
    let pad = " ".repeat(indent);
    let mut out: Vec<Line<'static>> = Vec::new();
    let mut line: Vec<Span<'static>> = Vec::new();
    let mut used = 0;
    let flush = |line: &mut Vec<Span<'static>>, out: &mut Vec<Line<'static>>| {
        if !line.is_empty() {
            let mut spans = vec![Span::raw(pad.clone())];
            spans.append(line);
            out.push(Line::from(spans));
        }
    };
    for (i, l) in labels.iter().enumerate() {
        let (b, level) = split(l);
        let sep = if i + 1 < labels.len() { ";" } else { "" };
        let tag = super::strings::cite_level_short(lang, level);
        let tag = if tag.is_empty() {
            String::new()
        } else {
            format!(" {tag}")
        };
        let unit = text_width(b) + text_width(&tag) + sep.len();
        let gap = usize::from(used > 0);
        if used > 0 && used + gap + unit > room {
            flush(&mut line, &mut out);
            used = 0;
        }
        if used > 0 {
            line.push(Span::styled(" ", base));
            used += 1;
        }
        if unit <= room {
            line.push(Span::styled(b.to_string(), base));
            if !tag.is_empty() {
                line.push(Span::styled(tag, level_style(level, theme)));
            }
            line.push(Span::styled(sep, base));
            used += unit;
        } else {
            line.push(Span::styled(truncate(b, room), base));
            flush(&mut line, &mut out);
            line.push(Span::styled(
                format!(
                    "{}{sep}",
                    truncate(tag.trim_start(), room.saturating_sub(1))
                ),
                level_style(level, theme),
            ));
            used = room;
        }
    }
    flush(&mut line, &mut out);
    out
}

/// Citations one to a line ("• label"), wrapped to `width`, each level tag styled; then,
/// when some citation is below "verified", the legend saying what the tags mean.
pub fn lines(lang: Lang, labels: &[String], width: usize, theme: Theme) -> Vec<Line<'static>> {
    use super::wrap::{width as text_width, wrap};
    let mut out = Vec::new();
    for l in labels {
        let (base, level) = split(l);
        let tag = super::strings::cite_level_short(lang, level);
        let wrapped = wrap(base, width.saturating_sub(2).max(8));
        let n = wrapped.len();
        for (j, b) in wrapped.into_iter().enumerate() {
            let lead = if j == 0 { "• " } else { "  " };
            let text = format!("{lead}{b}");
            if j + 1 < n || tag.is_empty() {
                out.push(Line::from(text));
                continue;
            }
            let style = level_style(level, theme);
            if text_width(&text) + 1 + text_width(&tag) <= width {
                out.push(Line::from(vec![
                    Span::raw(text),
                    Span::styled(format!(" {tag}"), style),
                ]));
            } else {
                out.push(Line::from(text));
                for t in wrap(&tag, width.saturating_sub(2).max(8)) {
                    out.push(Line::from(Span::styled(format!("  {t}"), style)));
                }
            }
        }
    }
    for level in [Level::Unverified, Level::Confirmed] {
        if labels.iter().any(|l| split(l).1 == level) {
            out.extend(
                wrap(&super::strings::cite_legend(lang, level), width)
                    .into_iter()
                    .map(|l| Line::from(Span::styled(l, theme.dim()))),
            );
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn levels_are_split_off_labels() {
        assert_eq!(
            split("Law 8/2005, Art 5 [unverified]"),
            ("Law 8/2005, Art 5", Level::Unverified)
        );
        assert_eq!(
            split("Law 8/2005, Art 22 [confirmed through the regulator]"),
            ("Law 8/2005, Art 22", Level::Confirmed)
        );
        assert_eq!(split("PIPL, Art 3(2)"), ("PIPL, Art 3(2)", Level::Verified));
        assert!(any_unsure(&["A".into(), "B [unverified]".into()]));
        assert!(!any_unsure(&["A".into()]));
    }

    #[test]
    fn wrapped_citations_keep_each_label_whole_and_its_level_with_it() {
        let text = |ls: Vec<Line>| -> Vec<String> {
            ls.iter()
                .map(|l| l.spans.iter().map(|s| s.content.as_ref()).collect())
                .collect()
        };
        let labels = vec![
            "Law 8/2005, Art 22 [confirmed through the regulator]".to_string(),
            "Law 8/2005, Art 7 [unverified]".to_string(),
        ];
        let t = Theme::plain();
        assert_eq!(
            text(wrapped(Lang::En, &labels, 2, 100, Style::new(), t)),
            vec![
                "  Law 8/2005, Art 22 [confirmed through the regulator]; Law 8/2005, Art 7 [unverified]"
            ]
        );
        assert_eq!(
            text(wrapped(Lang::En, &labels, 2, 60, Style::new(), t)),
            vec![
                "  Law 8/2005, Art 22 [confirmed through the regulator];",
                "  Law 8/2005, Art 7 [unverified]"
            ]
        );
        assert_eq!(
            text(wrapped(Lang::En, &labels[..1], 2, 30, Style::new(), t)),
            vec!["  Law 8/2005, Art 22", "  [confirmed through the reg…"]
        );
    }
}
