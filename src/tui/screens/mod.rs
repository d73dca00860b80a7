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
    let len = |ks: &[(K, W)]| -> usize {
        ks.iter()
            .map(|(k, w)| super::wrap::width(k.as_ref()) + 1 + super::wrap::width(w.as_ref()))
            .sum::<usize>()
            + 3 * ks.len().saturating_sub(1)
    };
    let mut keys = keys.to_vec();
    while len(&keys) > width as usize && keys.len() > 2 {
        keys.remove(keys.len() - 3);
    }
    let mut spans = Vec::new();
    for (i, (k, what)) in keys.iter().enumerate() {
        if i > 0 {
            spans.push(Span::styled(" · ", theme.dim()));
        }
        spans.push(Span::styled(k.as_ref().to_string(), theme.key()));
        spans.push(Span::raw(format!(" {}", what.as_ref())));
    }
    Paragraph::new(Line::from(spans))
}
