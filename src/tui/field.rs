//! A text entry field: ratatui-textarea underneath (Unicode and CJK input, undo, word
//! moves), with the few things every form in Farol needs on top: single or multi-line,
//! a label, and the text as one string.

use ratatui::Frame;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::widgets::{Block, Borders};
use ratatui_textarea::{TextArea, WrapMode};

use super::theme::Theme;

#[derive(Debug, Clone)]
pub struct Field {
    area: TextArea<'static>,
    pub multiline: bool,
}

impl Field {
    pub fn new(text: &str, multiline: bool) -> Self {
        let lines: Vec<String> = if multiline {
            text.split('\n').map(str::to_string).collect()
        } else {
            vec![text.replace('\n', " ")]
        };
        let mut area = TextArea::new(lines);
        area.set_cursor_line_style(Style::new());
        area.set_wrap_mode(WrapMode::WordOrGlyph);
        area.move_cursor(ratatui_textarea::CursorMove::Bottom);
        area.move_cursor(ratatui_textarea::CursorMove::End);
        Field { area, multiline }
    }

    /// The same field, its characters drawn as dots (a passphrase).
    pub fn masked(mut self) -> Self {
        self.area.set_mask_char('•');
        self
    }

    pub fn text(&self) -> String {
        self.area.lines().join("\n")
    }

    /// Feeds a key to the editor. Enter in a single-line field is not taken: the caller
    /// decides what it means. Returns whether the text changed.
    pub fn input(&mut self, key: KeyEvent) -> bool {
        if !self.multiline
            && (key.code == KeyCode::Enter
                || (key.code == KeyCode::Char('m')
                    && key.modifiers.contains(KeyModifiers::CONTROL)))
        {
            return false;
        }
        let before = self.area.lines().to_vec();
        self.area.input(key);
        before != self.area.lines()
    }

    /// Inserts pasted text (bracketed paste), newlines flattened in single-line fields.
    /// Terminals send a pasted line break as CR (or CR LF): it is a new line here.
    pub fn paste(&mut self, text: &str) -> bool {
        let t = if self.multiline {
            text.replace("\r\n", "\n").replace('\r', "\n")
        } else {
            text.replace(['\r', '\n'], " ")
        };
        self.area.insert_str(t)
    }

    pub fn render(&self, f: &mut Frame, r: Rect, label: &str, focused: bool, theme: Theme) {
        self.render_placeholder(f, r, label, "", focused, theme);
    }

    /// Renders the field, showing `placeholder` (dim) while it is empty.
    pub fn render_placeholder(
        &self,
        f: &mut Frame,
        r: Rect,
        label: &str,
        placeholder: &str,
        focused: bool,
        theme: Theme,
    ) {
        let mut area = self.area.clone();
        if !placeholder.is_empty() {
            area.set_placeholder_text(placeholder.to_string());
            area.set_placeholder_style(theme.dim());
        }
        let border = if focused {
            theme.focus_border()
        } else {
            theme.dim()
        };
        area.set_block(
            Block::new()
                .borders(Borders::ALL)
                .border_style(border)
                .title(label.to_string()),
        );
        if focused {
            area.set_cursor_style(Style::new().add_modifier(ratatui::style::Modifier::REVERSED));
        } else {
            area.set_cursor_style(Style::new());
        }
        f.render_widget(&area, r);
    }
}
