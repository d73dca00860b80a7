//! Creating a signing key from the terminal UI: a box over the current screen asking the
//! owner's name, the role, and a passphrase twice (masked), then showing the new key's id,
//! fingerprint and file. Opened from home (`K`) and offered by the sign dialog when there
//! is no key to sign with.
//!
//! As `farol keys new` does, a passphrase has at least 8 characters, and a key without one
//! is created only once the user has confirmed it (Enter a second time on an empty
//! passphrase). The library creates the key (`keys::new_key`, `new_key_protected`: the
//! files written new, the private key readable by its owner alone); this screen only
//! collects and shows.

use ratatui::Frame;
use ratatui::crossterm::event::{KeyCode, KeyEvent};
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph};

use crate::i18n::Lang;
use crate::keys::Role;

use super::super::field::Field;
use super::super::msg::{Effect, Msg as Top, Out, Secret};
use super::super::strings as S;
use super::super::theme::Theme;
use super::super::wrap::wrap;
use super::wizard::popup_area;

/// The shortest passphrase accepted, as on the command line.
pub const MIN_PASSPHRASE: usize = 8;

/// The rows of the form, in Tab order.
pub const NAME: usize = 0;
pub const ROLE: usize = 1;
pub const PASS: usize = 2;
pub const AGAIN: usize = 3;

#[derive(Debug, Clone)]
pub struct KeyForm {
    pub name: Field,
    pub role: Role,
    pub pass: Field,
    pub again: Field,
    pub focus: usize,
    /// The passphrase was left empty once, and the user was told what that means: Enter
    /// again creates the key unprotected.
    pub confirm_empty: bool,
    pub error: Option<String>,
    pub state: State,
    /// Opened from the sign dialog: signing is offered again once the key exists.
    pub then_sign: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum State {
    Asking,
    Working,
    Done(Created),
}

/// The key created, as the library describes it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Created {
    pub id: String,
    pub fingerprint: String,
    pub name: String,
    pub role: Role,
    pub path: String,
    pub protected: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Msg {
    Next,
    Prev,
    /// ←/→ on the role.
    Role(bool),
    Key(KeyEvent),
    Submit,
    Close,
}

impl KeyForm {
    pub fn new(then_sign: bool) -> Self {
        KeyForm {
            name: Field::new("", false),
            role: Role::Assessor,
            pass: Field::new("", false).masked(),
            again: Field::new("", false).masked(),
            focus: NAME,
            confirm_empty: false,
            error: None,
            state: State::Asking,
            then_sign,
        }
    }
}

pub fn key(k: KeyEvent, f: &KeyForm) -> Option<Top> {
    let m = match (&f.state, k.code) {
        (State::Working, _) => return None,
        (State::Done(_), KeyCode::Enter | KeyCode::Esc | KeyCode::Char('q')) => Msg::Close,
        (State::Done(_), _) => return None,
        (_, KeyCode::Esc) => Msg::Close,
        (_, KeyCode::Enter) => Msg::Submit,
        (_, KeyCode::Tab | KeyCode::Down) => Msg::Next,
        (_, KeyCode::BackTab | KeyCode::Up) => Msg::Prev,
        (_, KeyCode::Left) if f.focus == ROLE => Msg::Role(false),
        (_, KeyCode::Right | KeyCode::Char(' ')) if f.focus == ROLE => Msg::Role(true),
        _ => Msg::Key(k),
    };
    Some(Top::KeyGen(m))
}

fn step_role(r: Role, forward: bool) -> Role {
    let all = Role::ALL;
    let i = all.iter().position(|x| *x == r).unwrap_or(0);
    let n = all.len();
    all[if forward {
        (i + 1) % n
    } else {
        (i + n - 1) % n
    }]
}

/// What a message does to the form; Close is the top-level update's (it removes the form).
pub fn update(f: &mut KeyForm, l: Lang, m: Msg, out: &mut Out) {
    match m {
        Msg::Next => f.focus = (f.focus + 1).min(AGAIN),
        Msg::Prev => f.focus = f.focus.saturating_sub(1),
        Msg::Role(forward) => f.role = step_role(f.role, forward),
        Msg::Key(k) => {
            let field = match f.focus {
                NAME => &mut f.name,
                PASS => &mut f.pass,
                AGAIN => &mut f.again,
                _ => return,
            };
            if field.input(k) {
                f.error = None;
                if f.focus != NAME {
                    f.confirm_empty = false;
                }
            }
        }
        Msg::Submit => submit(f, l, out),
        Msg::Close => {}
    }
}

fn submit(f: &mut KeyForm, l: Lang, out: &mut Out) {
    let name = f.name.text().trim().to_string();
    if name.is_empty() {
        f.error = Some(S::keygen_no_name(l));
        f.focus = NAME;
        return;
    }
    let pass = f.pass.text();
    if pass != f.again.text() {
        f.error = Some(S::keygen_differ(l));
        f.focus = AGAIN;
        return;
    }
    if pass.is_empty() && !f.confirm_empty {
        f.confirm_empty = true;
        f.error = Some(S::keygen_empty_confirm(l));
        return;
    }
    if !pass.is_empty() && pass.chars().count() < MIN_PASSPHRASE {
        f.error = Some(S::keygen_too_short(l, MIN_PASSPHRASE));
        f.focus = PASS;
        return;
    }
    f.error = None;
    f.state = State::Working;
    out.effect(Effect::NewKey {
        name,
        role: f.role,
        passphrase: (!pass.is_empty()).then(|| Secret::new(pass)),
    });
    // The typed passphrase is not kept once handed over.
    f.pass = Field::new("", false).masked();
    f.again = Field::new("", false).masked();
}

pub fn view(k: &KeyForm, l: Lang, f: &mut Frame, area: Rect, theme: Theme) {
    let r = popup_area(area, 72, 18);
    super::clear(f, r);
    let block = Block::new()
        .borders(Borders::ALL)
        .border_style(theme.focus_border())
        .title(S::keygen_title(l));
    let inner = block.inner(r);
    f.render_widget(block, r);
    let width = inner.width as usize;
    if let State::Done(c) = &k.state {
        let mut lines: Vec<Line> = Vec::new();
        let mut push = |t: String, style| {
            lines.extend(
                wrap(&t, width)
                    .into_iter()
                    .map(|l| Line::from(Span::styled(l, style))),
            )
        };
        push(S::keygen_done(l, c), theme.ok());
        push(String::new(), theme.dim());
        push(S::keygen_fingerprint(l, &c.fingerprint), theme.bold());
        push(S::keygen_private(l, &c.path), ratatui::style::Style::new());
        if c.protected {
            push(S::keygen_protected(l), ratatui::style::Style::new());
        }
        push(String::new(), theme.dim());
        push(S::keygen_trust(l, &c.id), theme.dim());
        push(String::new(), theme.dim());
        push(S::keygen_close(l, k.then_sign), theme.key());
        f.render_widget(Paragraph::new(lines), inner);
        return;
    }
    let [name, role, pass, again, msg, keys] = Layout::vertical([
        Constraint::Length(3),
        Constraint::Length(2),
        Constraint::Length(3),
        Constraint::Length(3),
        Constraint::Min(1),
        Constraint::Length(1),
    ])
    .areas(inner);
    k.name
        .render(f, name, &S::keygen_name(l), k.focus == NAME, theme);
    let role_text = format!(
        " {}‹ {} ›",
        S::label(S::keygen_role(l)),
        S::role_name(l, k.role)
    );
    let style = if k.focus == ROLE {
        theme.selected()
    } else {
        theme.bold()
    };
    f.render_widget(Paragraph::new(Span::styled(role_text, style)), role);
    k.pass
        .render(f, pass, &S::keygen_pass(l), k.focus == PASS, theme);
    k.again
        .render(f, again, &S::keygen_again(l), k.focus == AGAIN, theme);
    let (text, style) = match (&k.state, &k.error) {
        (State::Working, _) => (S::keygen_working(l), theme.dim()),
        (_, Some(e)) if k.confirm_empty => (e.clone(), theme.warn()),
        (_, Some(e)) => (e.clone(), theme.error()),
        _ => (S::keygen_intro(l), theme.dim()),
    };
    let lines: Vec<Line> = wrap(&text, width)
        .into_iter()
        .take(msg.height as usize)
        .map(|t| Line::from(Span::styled(t, style)))
        .collect();
    f.render_widget(Paragraph::new(lines), msg);
    f.render_widget(
        super::keys_line(&S::keygen_keys(l), theme, keys.width),
        keys,
    );
}

/// Pasted text goes into the focused text field (never the role).
pub fn paste(f: &mut KeyForm, text: &str) {
    let field = match f.focus {
        NAME => &mut f.name,
        PASS => &mut f.pass,
        AGAIN => &mut f.again,
        _ => return,
    };
    if field.paste(text) {
        f.error = None;
        if f.focus != NAME {
            f.confirm_empty = false;
        }
    }
}
