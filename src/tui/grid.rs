//! Tables whose rows grow to fit their cells. ratatui's `Table` cuts a cell at its
//! column's width (`Identit` for "Identity provider", an action's title at 57 cells);
//! here every cell is wrapped to its column, measured in terminal cells as [`wrap`]
//! does, and a row is as tall as its tallest cell. The column widths are worked out
//! here, once, and handed to the table as exact lengths, so that wrapping, drawing,
//! scrolling and clicks all agree.

use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span, Text};
use ratatui::widgets::{Cell, Row};

use super::wrap::wrap;

/// The gap between columns, as ratatui's `Table` draws it.
const SPACING: u16 = 1;

/// The widths `constraints` give columns in `width` cells.
pub fn widths(constraints: &[Constraint], width: u16) -> Vec<u16> {
    Layout::horizontal(constraints.to_vec())
        .spacing(SPACING)
        .split(Rect::new(0, 0, width, 1))
        .iter()
        .map(|r| r.width)
        .collect()
}

/// The widths as constraints the table keeps exactly.
pub fn lengths(widths: &[u16]) -> Vec<Constraint> {
    widths.iter().map(|w| Constraint::Length(*w)).collect()
}

/// The lines of each cell, wrapped to its column.
fn wrapped(cells: &[(String, Style)], widths: &[u16]) -> Vec<Vec<String>> {
    cells
        .iter()
        .zip(widths)
        .map(|((t, _), w)| wrap(t, (*w as usize).max(1)))
        .collect()
}

/// How many lines a row of these texts takes.
pub fn height(cells: &[(String, Style)], widths: &[u16]) -> u16 {
    wrapped(cells, widths)
        .iter()
        .map(Vec::len)
        .max()
        .unwrap_or(1)
        .max(1) as u16
}

/// A row whose cells (text, style) are wrapped to their columns.
pub fn row(cells: Vec<(String, Style)>, widths: &[u16]) -> Row<'static> {
    let lines = wrapped(&cells, widths);
    let h = lines.iter().map(Vec::len).max().unwrap_or(1).max(1) as u16;
    let cells: Vec<Cell> = lines
        .into_iter()
        .zip(cells)
        .map(|(ls, (_, style))| {
            Cell::from(Text::from(
                ls.into_iter()
                    .map(|l| Line::from(Span::styled(l, style)))
                    .collect::<Vec<_>>(),
            ))
        })
        .collect();
    Row::new(cells).height(h)
}

/// The first row to draw so that row `cursor` is whole within `lines` lines (the first
/// rows give way one by one; a row taller than the space is drawn from its top).
pub fn offset(heights: &[u16], cursor: usize, lines: u16) -> usize {
    let Some(last) = heights.len().checked_sub(1) else {
        return 0;
    };
    let cursor = cursor.min(last);
    let mut off = 0;
    while off < cursor
        && heights[off..=cursor]
            .iter()
            .map(|h| *h as usize)
            .sum::<usize>()
            > lines as usize
    {
        off += 1;
    }
    off
}

/// The row drawn `line` lines below the top of the first row shown (`off`).
pub fn row_at(heights: &[u16], off: usize, line: u16) -> Option<usize> {
    let mut top = 0u16;
    for (i, h) in heights.iter().enumerate().skip(off) {
        if line < top + h {
            return Some(i);
        }
        top += h;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_wrap_and_the_row_takes_the_tallest() {
        let w = widths(&[Constraint::Length(8), Constraint::Min(4)], 20);
        assert_eq!(w, vec![8, 11]);
        let cells = vec![
            ("Identity provider".to_string(), Style::new()),
            ("Hong Kong".to_string(), Style::new()),
        ];
        assert_eq!(height(&cells, &w), 2);
        assert_eq!(height(&[(String::new(), Style::new())], &w), 1);
    }

    #[test]
    fn the_cursor_row_is_kept_whole_and_clicks_find_their_row() {
        let hs = [2, 3, 1, 2];
        assert_eq!(offset(&hs, 0, 4), 0);
        assert_eq!(offset(&hs, 1, 4), 1);
        assert_eq!(offset(&hs, 3, 4), 2);
        assert_eq!(offset(&hs, 1, 2), 1, "too tall: drawn from its top");
        assert_eq!(offset(&[], 3, 4), 0);
        assert_eq!(row_at(&hs, 0, 0), Some(0));
        assert_eq!(row_at(&hs, 0, 2), Some(1));
        assert_eq!(row_at(&hs, 1, 3), Some(2));
        assert_eq!(row_at(&hs, 2, 9), None);
    }
}
