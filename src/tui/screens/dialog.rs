//! The sign and report dialogs: a box over the current screen that asks before a draft is
//! frozen into a signed revision, says which key will sign and what is still open, and
//! then shows what was written (the record and its SHA-256, or the PDF's path).
//!
//! The dialog only asks for effects (`PrepareSign`, `Sign`, `Report`); the runtime reads
//! the keys and the dossier and replies with the facts the dialog shows.
//!
//! A key protected by a passphrase cannot use the command line's terminal prompt (this
//! screen owns the terminal), so the dialog asks for it itself, masked; the dialog stays
//! up while the runtime opens the key, so a wrong passphrase is typed again in place.
//! The review's countersign dialog shares the field ([`PassField`]).

use crate::i18n::Lang;
use ratatui::Frame;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph};

use super::super::msg::{Effect, Msg as Top, Out, Secret};
use super::super::session::Session;
use super::super::strings as S;
use super::super::theme::Theme;
use super::super::wrap::wrap_line;
use super::wizard::popup_area;

/// What the runtime found out before signing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SignPlan {
    /// The number the new revision will get.
    pub next: u32,
    pub keys: Vec<KeyChoice>,
    /// Where the private keys are looked for, to say where to create one.
    pub keys_dir: String,
    /// The latest revision, when the draft has not changed since it was signed.
    pub unchanged_since: Option<u32>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeyChoice {
    pub id: String,
    pub name: String,
    pub role: String,
    /// Whether the dossier trusts the key in this role.
    pub trusted: bool,
    pub fingerprint: String,
    /// For a countersignature: this key signed the revision under review, so it may not
    /// countersign its review (unless the dossier's policy allows it).
    pub signed_it: bool,
    /// Its private key is protected by a passphrase the dialog must ask for (false when
    /// `FAROL_PASSPHRASE` gives it).
    pub protected: bool,
}

/// The passphrase of the chosen key, when it is protected: typed masked (one `•` a
/// character), wiped when the dialog closes or another key is chosen.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct PassField {
    pub text: Secret,
    /// The last passphrase typed did not open the key.
    pub wrong: bool,
    /// Handed to the runtime, which is opening the key with it.
    pub checking: bool,
}

impl PassField {
    /// Another key chosen: what was typed was for the previous one.
    pub fn reset(&mut self) {
        self.text.clear();
        self.wrong = false;
    }

    /// The runtime's answer: the key did not open; type again.
    pub fn refused(&mut self) {
        self.text.clear();
        self.wrong = true;
        self.checking = false;
    }

    /// A key typed into the field; true if it was used.
    pub fn edit(&mut self, m: &Msg) -> bool {
        match m {
            Msg::Char(c) => {
                self.text.push(*c);
                self.wrong = false;
            }
            Msg::Backspace => self.text.pop(),
            _ => return false,
        }
        true
    }

    /// Pasted text (bracketed paste) added to what is typed: one line, the line break a
    /// copy often ends with left out, control characters dropped. True if any was added.
    pub fn paste(&mut self, text: &str) -> bool {
        let line = text.lines().next().unwrap_or("");
        let mut added = false;
        for c in line.chars().filter(|c| !c.is_control()) {
            self.text.push(c);
            added = true;
        }
        if added {
            self.wrong = false;
        }
        added
    }

    /// What Enter hands to the runtime: None until something is typed.
    pub fn submit(&mut self) -> Option<Secret> {
        if self.text.is_empty() {
            return None;
        }
        self.checking = true;
        Some(self.text.clone())
    }
}

/// Whether the highlighted key needs its passphrase typed.
pub fn needs_passphrase(keys: &[KeyChoice], key: usize) -> bool {
    keys.get(key).is_some_and(|k| k.protected)
}

/// The keys of a dialog with a passphrase field: letters are typed, not commands.
pub fn pass_key(k: KeyEvent) -> Option<Msg> {
    Some(match k.code {
        KeyCode::Up => Msg::Up,
        KeyCode::Down => Msg::Down,
        KeyCode::Enter => Msg::Confirm,
        KeyCode::Esc => Msg::Close,
        KeyCode::Backspace => Msg::Backspace,
        KeyCode::Char(c)
            if !c.is_control()
                && !k
                    .modifiers
                    .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT) =>
        {
            Msg::Char(c)
        }
        _ => return None,
    })
}

/// The passphrase field's lines, under the list of keys.
pub fn pass_lines(l: Lang, p: &PassField, theme: Theme) -> Vec<Line<'static>> {
    let mut lines = vec![
        Line::from(""),
        Line::from(S::dialog_pass_needed(l)),
        Line::from(vec![
            Span::styled(S::dialog_passphrase(l), theme.bold()),
            Span::styled(format!("{}▏", "•".repeat(p.text.chars())), theme.selected()),
        ]),
    ];
    if p.checking {
        lines.push(Line::from(S::dialog_opening_key(l)));
    } else if p.wrong {
        lines.push(Line::from(Span::styled(
            S::dialog_wrong_passphrase(l),
            theme.error(),
        )));
    }
    lines
}

/// What signing wrote.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SignedInfo {
    pub revision: u32,
    pub path: String,
    pub sha256: String,
    pub key: String,
    pub signer: String,
    pub trusted: bool,
}

/// What the report wrote.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReportInfo {
    pub path: String,
    pub pages: usize,
    pub kb: usize,
    /// The revision reported; None for the draft.
    pub revision: Option<u32>,
    pub missing_glyphs: usize,
    /// The filing pack rather than the report.
    pub filing: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Dialog {
    /// Waiting for the runtime (reading keys, signing, rendering).
    Working(String),
    Sign {
        plan: SignPlan,
        key: usize,
        /// Questions asked but unanswered, and answered "not sure", when asked.
        unanswered: usize,
        unsure: usize,
        pass: PassField,
    },
    Signed(SignedInfo),
    Reported(ReportInfo),
    Failed(String),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Msg {
    Up,
    Down,
    Confirm,
    Close,
    /// Typed into the passphrase field.
    Char(char),
    Backspace,
}

pub fn key(k: KeyEvent, d: &Dialog) -> Option<Top> {
    if let Dialog::Sign { plan, key, .. } = d
        && plan.unchanged_since.is_none()
        && needs_passphrase(&plan.keys, *key)
    {
        return pass_key(k).map(Top::Dialog);
    }
    let m = match k.code {
        KeyCode::Up | KeyCode::Char('k') => Msg::Up,
        KeyCode::Down | KeyCode::Char('j') => Msg::Down,
        KeyCode::Enter | KeyCode::Char('y') => Msg::Confirm,
        KeyCode::Esc | KeyCode::Char('n' | 'q') => Msg::Close,
        _ => return None,
    };
    Some(Top::Dialog(m))
}

/// Pasted text, into the sign dialog's passphrase field when it asks for one (and is not
/// already checking it). Nothing pasted while a dialog is up reaches the screen below.
pub fn paste(d: &mut Dialog, text: &str) {
    if let Dialog::Sign {
        plan, key, pass, ..
    } = d
        && plan.unchanged_since.is_none()
        && needs_passphrase(&plan.keys, *key)
        && !pass.checking
    {
        pass.paste(text);
    }
}

/// Opens the sign dialog: asks the runtime who can sign.
pub fn sign(s: &Session, out: &mut Out) -> Dialog {
    let l = s.l();
    out.effect(Effect::PrepareSign(Box::new(s.draft.clone())));
    Dialog::Working(S::dialog_reading_keys(l))
}

/// Asks for the report of the draft (or of its latest revision, if unchanged since).
pub fn report(s: &Session, out: &mut Out) -> Dialog {
    let l = s.l();
    out.effect(Effect::Report(Box::new(s.draft.clone())));
    Dialog::Working(S::dialog_writing_report(l))
}

pub fn filing_pdf(s: &Session, out: &mut Out) -> Dialog {
    let l = s.l();
    out.effect(Effect::FilingPdf(Box::new(s.draft.clone())));
    Dialog::Working(crate::tr!(l, "tui-dialog-writing-filing"))
}

/// Updates the open dialog; returns false when it closes.
pub fn update(d: &mut Dialog, s: &Session, m: Msg, out: &mut Out) -> bool {
    let l = s.l();
    // The runtime's work cannot be cancelled halfway; its reply replaces the dialog.
    if matches!(d, Dialog::Working(_)) {
        return true;
    }
    let Dialog::Sign {
        plan, key, pass, ..
    } = d
    else {
        // A result on show: any answer but moving closes it.
        return !matches!(m, Msg::Confirm | Msg::Close);
    };
    if pass.checking {
        return true;
    }
    let protected = needs_passphrase(&plan.keys, *key);
    if protected && pass.edit(&m) {
        return true;
    }
    match m {
        Msg::Close => return false,
        Msg::Up => *key = key.saturating_sub(1),
        Msg::Down => *key = (*key + 1).min(plan.keys.len().saturating_sub(1)),
        Msg::Char(_) | Msg::Backspace => {}
        Msg::Confirm => {
            if plan.unchanged_since.is_some() {
                return false;
            }
            let Some(k) = plan.keys.get(*key) else {
                return false;
            };
            let passphrase = if protected {
                let Some(p) = pass.submit() else {
                    return true;
                };
                Some(p)
            } else {
                None
            };
            out.effect(Effect::Sign {
                draft: Box::new(s.draft.clone()),
                key: k.id.clone(),
                passphrase,
            });
            // A protected key's dialog stays up: a wrong passphrase is typed again there.
            if !protected {
                *d = Dialog::Working(S::dialog_signing(l));
            }
            return true;
        }
    }
    if matches!(m, Msg::Up | Msg::Down) {
        pass.reset();
    }
    true
}

pub fn view(l: Lang, d: &Dialog, f: &mut Frame, area: Rect, theme: Theme) {
    let (title, lines, keys) = match d {
        Dialog::Working(what) => (
            S::dialog_wait(l),
            vec![Line::from(what.to_string())],
            String::new(),
        ),
        Dialog::Sign {
            plan,
            key,
            unanswered,
            unsure,
            pass,
        } => sign_lines(l, plan, *key, *unanswered, *unsure, pass, theme),
        Dialog::Signed(i) => (
            S::dialog_signed(l),
            signed_lines(l, i, theme),
            S::dialog_ok(l),
        ),
        Dialog::Reported(i) => (
            S::dialog_reported(l),
            report_lines(l, i, theme),
            S::dialog_ok(l),
        ),
        Dialog::Failed(e) => (
            S::dialog_failed(l),
            e.lines()
                .map(|t| Line::from(Span::styled(t.to_string(), theme.error())))
                .collect(),
            S::dialog_ok(l),
        ),
    };
    draw(&title, lines, &keys, f, area, theme);
}

/// A dialog box over `area`: centred, as tall as its wrapped lines, with its keys at the
/// bottom. Shared with the review's countersign dialog.
pub fn draw(
    title: &str,
    lines: Vec<Line<'static>>,
    keys: &str,
    f: &mut Frame,
    area: Rect,
    theme: Theme,
) {
    let inner_w = area.width.saturating_sub(4).min(76).saturating_sub(2) as usize;
    // Wrapped here, by display width and between CJK characters, keeping the styles.
    let lines: Vec<Line<'static>> = lines
        .iter()
        .flat_map(|l| wrap_line(l, inner_w.max(1)))
        .collect();
    let r = popup_area(area, 76, lines.len() as u16 + 2);
    super::clear(f, r);
    let mut block = Block::new()
        .borders(Borders::ALL)
        .border_style(theme.focus_border())
        .title(title.to_string());
    if !keys.is_empty() {
        block = block.title_bottom(keys.to_string());
    }
    f.render_widget(Paragraph::new(lines).block(block), r);
}

fn sign_lines(
    l: Lang,
    plan: &SignPlan,
    key: usize,
    unanswered: usize,
    unsure: usize,
    pass: &PassField,
    theme: Theme,
) -> (String, Vec<Line<'static>>, String) {
    if let Some(n) = plan.unchanged_since {
        return (
            S::dialog_sign(l),
            vec![Line::from(S::nothing_to_sign(l, n))],
            S::dialog_ok(l),
        );
    }
    if plan.keys.is_empty() {
        return (
            S::dialog_sign(l),
            S::no_key(l, &plan.keys_dir)
                .into_iter()
                .map(Line::from)
                .collect(),
            S::dialog_create_key(l),
        );
    }
    let mut lines = vec![Line::from(S::sign_intro(l, plan.next)), Line::from("")];
    if unanswered + unsure > 0 {
        lines.push(Line::from(Span::styled(
            S::sign_open_questions(l, unanswered, unsure),
            theme.warn(),
        )));
        lines.push(Line::from(""));
    }
    lines.push(Line::from(Span::styled(S::dialog_sign_as(l), theme.bold())));
    for (i, k) in plan.keys.iter().enumerate() {
        let mark = if i == key { "▶ " } else { "  " };
        let style = if i == key {
            theme.selected()
        } else {
            ratatui::style::Style::default()
        };
        let mut spans = vec![Span::styled(
            format!("{mark}{} ({}) {}", k.name, S::role_word(l, &k.role), k.id),
            style,
        )];
        if !k.trusted {
            spans.push(Span::styled(S::dialog_untrusted(l), theme.warn()));
        }
        lines.push(Line::from(spans));
    }
    if needs_passphrase(&plan.keys, key) {
        lines.extend(pass_lines(l, pass, theme));
    }
    let keys = if needs_passphrase(&plan.keys, key) {
        S::dialog_pass_keys(l, plan.keys.len() > 1)
    } else if plan.keys.len() > 1 {
        S::dialog_sign_keys_many(l)
    } else {
        S::dialog_sign_keys(l)
    };
    (S::dialog_sign(l), lines, keys)
}

fn signed_lines(l: Lang, i: &SignedInfo, theme: Theme) -> Vec<Line<'static>> {
    let mut lines = vec![
        Line::from(Span::styled(
            S::signed_head(l, i.revision, &i.signer, &i.key),
            theme.ok(),
        )),
        Line::from(""),
        Line::from(format!("{}{}", S::dialog_record(l), i.path)),
        Line::from(format!("{}{}", S::dialog_sha(l), i.sha256)),
        Line::from(""),
    ];
    if !i.trusted {
        for t in S::untrusted_after_signing(l, &i.key) {
            lines.push(Line::from(Span::styled(t, theme.warn())));
        }
        lines.push(Line::from(""));
    }
    lines.push(Line::from(S::after_signing(l, i.revision)));
    lines
}

fn report_lines(l: Lang, i: &ReportInfo, theme: Theme) -> Vec<Line<'static>> {
    let mut lines = vec![
        Line::from(Span::styled(S::report_head(l, i.pages, i.kb), theme.ok())),
        Line::from(i.path.clone()),
        Line::from(""),
    ];
    match (i.revision, i.filing) {
        (Some(n), false) => lines.push(Line::from(S::report_of_revision(l, n))),
        (None, false) => lines.push(Line::from(Span::styled(
            S::report_of_draft(l).to_string(),
            theme.warn(),
        ))),
        (Some(n), true) => lines.push(Line::from(crate::tr!(
            l,
            "tui-filing-pdf-of-revision",
            n = n
        ))),
        (None, true) => lines.push(Line::from(Span::styled(
            crate::tr!(l, "tui-filing-pdf-of-draft"),
            theme.warn(),
        ))),
    }
    if i.missing_glyphs > 0 {
        lines.push(Line::from(Span::styled(
            S::missing_glyphs(l, i.missing_glyphs),
            theme.warn(),
        )));
    }
    lines
}
