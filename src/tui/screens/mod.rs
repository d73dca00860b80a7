//! The screens. Each owns its state, turns keys into its own messages, updates itself
//! (and the open assessment, for those that edit it) and draws itself. None touches
//! another: changing screen is a request (`Go`) handled by the top-level update.

pub mod dashboard;
pub mod dialog;
pub mod filing;
pub mod form;
pub mod home;
pub mod keygen;
pub mod legal;
pub mod plan;
pub mod review;
pub mod wizard;

use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::theme::Theme;

/// Clears a popup's area. A wide (CJK) character of the screen below that straddles the
/// popup's left or right edge is blanked too: half a character cannot be drawn, and a
/// terminal would otherwise shift the popup's border.
pub fn clear(f: &mut ratatui::Frame, r: ratatui::layout::Rect) {
    f.render_widget(ratatui::widgets::Clear, r);
    let buf = f.buffer_mut();
    let area = buf.area;
    for y in r.top()..r.bottom().min(area.bottom()) {
        if r.left() > area.left() {
            let c = &mut buf[(r.left() - 1, y)];
            if super::wrap::width(c.symbol()) > 1 {
                c.set_symbol(" ");
            }
        }
        if r.right() < area.right() {
            let c = &mut buf[(r.right(), y)];
            // The second half of a wide character whose first half was cleared.
            if c.symbol().is_empty() {
                c.set_symbol(" ");
            }
        }
    }
}

/// The one-line key reminder at the bottom of a screen: "key what · key what". Where
/// the line is too narrow, items before the last two (`?` and quit) are left out; the
/// `?` overlay lists them all.
pub fn keys_line<K: AsRef<str> + Clone, W: AsRef<str> + Clone>(
    keys: &[(K, W)],
    theme: Theme,
    width: u16,
) -> Paragraph<'static> {
    keys_lines(keys, theme, width, 1)
}

/// How many lines, up to `max`, the key reminder needs to show every key at `width`.
pub fn keys_height<K: AsRef<str>, W: AsRef<str>>(keys: &[(K, W)], width: u16, max: u16) -> u16 {
    (rows(keys, width as usize).len() as u16).clamp(1, max.max(1))
}

/// The key reminder wrapped onto up to `height` lines, whole items to a line. Where even
/// those are too few, items before the last two (`?` and quit) are left out.
pub fn keys_lines<K: AsRef<str> + Clone, W: AsRef<str> + Clone>(
    keys: &[(K, W)],
    theme: Theme,
    width: u16,
    height: u16,
) -> Paragraph<'static> {
    let mut keys = keys.to_vec();
    while rows(&keys, width as usize).len() > height.max(1) as usize && keys.len() > 2 {
        keys.remove(keys.len() - 3);
    }
    let mut rows = rows(&keys, width as usize);
    if rows.len() > height.max(1) as usize {
        rows = vec![keys.iter().collect()];
    }
    let lines: Vec<Line> = rows
        .into_iter()
        .map(|row| {
            let mut spans = Vec::new();
            for (i, (k, what)) in row.iter().enumerate() {
                if i > 0 {
                    spans.push(Span::styled(" · ", theme.dim()));
                }
                spans.push(Span::styled(k.as_ref().to_string(), theme.key()));
                spans.push(Span::raw(format!(" {}", what.as_ref())));
            }
            Line::from(spans)
        })
        .collect();
    Paragraph::new(lines)
}

/// The items of a key reminder split into lines of at most `width` columns.
fn rows<K: AsRef<str>, W: AsRef<str>>(keys: &[(K, W)], width: usize) -> Vec<Vec<&(K, W)>> {
    let item =
        |(k, w): &(K, W)| super::wrap::width(k.as_ref()) + 1 + super::wrap::width(w.as_ref());
    let mut rows: Vec<Vec<&(K, W)>> = Vec::new();
    let mut used = 0;
    for kw in keys {
        let w = item(kw);
        match rows.last_mut() {
            Some(row) if used + 3 + w <= width => {
                row.push(kw);
                used += 3 + w;
            }
            _ => {
                rows.push(vec![kw]);
                used = w;
            }
        }
    }
    rows
}
