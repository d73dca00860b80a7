//! The event loop and the mouse: an idle window draws nothing; the wheel scrolls the pane
//! under the pointer; tabs and section headings are clickable; below 60×20 a note says
//! the terminal is too small.

mod tui_support;

use std::collections::VecDeque;
use std::io;
use std::sync::atomic::AtomicBool;
use std::time::Duration;

use farol::tui::event_loop::{self, EventSource};
use farol::tui::{Msg, Screen};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use tui_support::{Harness, answered};

/// One step of scripted input.
enum Step {
    /// A poll that times out with nothing to read.
    Idle,
    Event(Event),
    /// Something done outside the window while it waits (then a poll times out).
    Do(Box<dyn FnOnce()>),
}

struct Script(VecDeque<Step>);

impl EventSource for Script {
    fn poll(&mut self, _timeout: Duration) -> io::Result<bool> {
        match self.0.front() {
            Some(Step::Event(_)) => Ok(true),
            Some(_) => {
                if let Some(Step::Do(f)) = self.0.pop_front() {
                    f();
                }
                Ok(false)
            }
            None => Err(io::Error::other("the script ended without quitting")),
        }
    }
    fn read(&mut self) -> io::Result<Event> {
        match self.0.pop_front() {
            Some(Step::Event(e)) => Ok(e),
            _ => Err(io::Error::other("nothing to read")),
        }
    }
}

fn key(c: KeyCode) -> Step {
    Step::Event(Event::Key(KeyEvent::new(c, KeyModifiers::NONE)))
}

fn idle(n: usize) -> impl Iterator<Item = Step> {
    std::iter::repeat_with(|| Step::Idle).take(n)
}

/// Runs the loop over `script`, then Ctrl-C; the frames it drew.
fn frames(h: &mut Harness, script: impl IntoIterator<Item = Step>) -> u64 {
    let mut events = Script(script.into_iter().collect());
    events.0.push_back(Step::Event(Event::Key(KeyEvent::new(
        KeyCode::Char('c'),
        KeyModifiers::CONTROL,
    ))));
    let (w, ht) = h.model.size;
    let mut t = Terminal::new(TestBackend::new(w, ht)).unwrap();
    let stop = AtomicBool::new(false);
    let n = event_loop::run(&mut t, &mut h.model, &mut h.fx, &mut events, &stop).unwrap();
    assert!(
        events.0.is_empty(),
        "the loop stopped before the script's end"
    );
    n
}

#[test]
fn an_idle_window_draws_once() {
    let mut h = Harness::wizard((80, 24), answered());
    assert_eq!(frames(&mut h, idle(40)), 1);
    let mut h = Harness::empty((80, 24));
    assert_eq!(frames(&mut h, idle(40)), 1);
}

#[test]
fn one_key_draws_one_more_frame() {
    let mut h = Harness::wizard((80, 24), answered());
    let script = idle(20).chain([key(KeyCode::Esc)]).chain(idle(20));
    assert_eq!(frames(&mut h, script), 2);
    // A key no screen uses changes nothing, and draws nothing.
    let mut h = Harness::empty((80, 24));
    let script = idle(5).chain([key(KeyCode::F(12))]).chain(idle(5));
    assert_eq!(frames(&mut h, script), 1);
    // A resize draws; a burst of keys already waiting draws once.
    let mut h = Harness::empty((80, 24));
    let script = [Step::Event(Event::Resize(100, 30))]
        .into_iter()
        .chain(idle(5))
        .chain([key(KeyCode::Down), key(KeyCode::Down), key(KeyCode::Up)])
        .chain(idle(5));
    assert_eq!(frames(&mut h, script), 3);
}

#[test]
fn a_change_on_disk_draws_once() {
    let mut h = Harness::wizard((80, 24), answered());
    h.key(KeyCode::Esc);
    let mut d = h.saved_draft("fx1");
    d.title = "Renamed by another command".into();
    let dossier = h.dossier();
    let renamed = d.clone();
    let change = Step::Do(Box::new(move || {
        dossier.save_draft(&renamed).unwrap();
    }));
    let script = idle(10).chain([change]).chain(idle(10));
    assert_eq!(frames(&mut h, script), 2);
    assert_eq!(h.model.session.as_ref().unwrap().draft.title, d.title);
}

/// Where `text` is on screen: (column, row), by display width.
fn find(h: &Harness, text: &str) -> (u16, u16) {
    for (y, line) in h.render().lines().enumerate() {
        if let Some(at) = line.find(text) {
            let x = unicode_width::UnicodeWidthStr::width(&line[..at]);
            return (x as u16, y as u16);
        }
    }
    panic!("{text:?} is not on screen:\n{}", h.render());
}

fn wheel(h: &mut Harness, (col, row): (u16, u16), down: bool) {
    h.send(Msg::Wheel { col, row, down });
}

#[test]
fn the_wheel_moves_through_the_home_list() {
    let d = |id: &str| tui_support::fixture_draft(id, id, "Org", answered());
    let mut h = Harness::start(
        farol::tui::Start::Home,
        (80, 24),
        &[d("a1"), d("a2"), d("a3")],
    );
    let at = find(&h, "a2");
    wheel(&mut h, at, true);
    wheel(&mut h, at, true);
    assert_eq!(h.model.home.cursor, 2);
    wheel(&mut h, at, false);
    assert_eq!(h.model.home.cursor, 1);
}

#[test]
fn the_wheel_scrolls_the_pane_under_the_pointer() {
    let mut h = Harness::wizard((120, 40), answered());
    h.send(Msg::Wizard(farol::tui::screens::wizard::Msg::Jump(
        "scr.cats".into(),
    )));
    // Over the choices: the highlight moves.
    let choice = find(&h, "[x]");
    wheel(&mut h, choice, true);
    assert_eq!(h.model.wizard.cursor, 1);
    // Over the help panel (on the right at 120 columns): it scrolls, the choice stays.
    wheel(&mut h, (110, 10), true);
    assert_eq!(h.model.wizard.help_scroll, 3);
    assert_eq!(h.model.wizard.cursor, 1);
    // Over the sections: the next section.
    let before = h.current();
    let sections = find(&h, "Details");
    wheel(&mut h, sections, true);
    assert_ne!(h.current(), before);
    wheel(&mut h, sections, false);
    assert_eq!(h.current().as_deref(), Some("scr.cats"));
}

#[test]
fn the_wheel_scrolls_the_plan_the_filing_pack_and_the_risk_screen() {
    let mut h = Harness::wizard((80, 24), answered());
    h.key(KeyCode::Esc).key(KeyCode::Char('d'));
    let body = (10, 10);
    wheel(&mut h, body, true);
    assert_eq!(h.model.dashboard.cursor, 1);
    let mut h = Harness::macau((80, 24), tui_support::macau_filing_answers());
    h.key(KeyCode::Char('f'));
    wheel(&mut h, body, true);
    assert_eq!(h.model.filing.scroll, 3);
    wheel(&mut h, body, false);
    assert_eq!(h.model.filing.scroll, 0);
}

/// On the risk screen the wheel moves the highlight of the pane under the pointer, which
/// takes the focus: the legal panel, then the categories again.
#[test]
fn the_wheel_focuses_the_risk_screens_pane_under_the_pointer() {
    let mut h = tui_support::scenarios::dashboard_legal((120, 40));
    assert!(!h.model.dashboard.legal_focus);
    let legal = find(&h, "Notify the DSPDP before processing");
    wheel(&mut h, legal, true);
    assert!(h.model.dashboard.legal_focus);
    assert_eq!(h.model.dashboard.legal_cursor, 1);
    assert_eq!(h.model.dashboard.cursor, 0);
    let table = find(&h, "Location and attendance");
    wheel(&mut h, table, true);
    assert!(!h.model.dashboard.legal_focus);
    assert_eq!(h.model.dashboard.cursor, 1);
    assert_eq!(h.model.dashboard.legal_cursor, 1);
    // Over the heat map, outside both panes: nothing moves.
    let map = find(&h, "Severity");
    wheel(&mut h, map, false);
    assert_eq!(h.model.dashboard.cursor, 1);
}

#[test]
fn the_wheel_moves_through_the_sign_dialogs_keys() {
    use farol::tui::screens::dialog::{Dialog, KeyChoice, SignPlan};
    let mut h = Harness::wizard((80, 24), answered());
    let key = |id: &str| KeyChoice {
        signed_it: false,
        protected: false,
        fingerprint: String::new(),
        id: id.into(),
        name: "Ana Lei".into(),
        role: "assessor".into(),
        trusted: true,
    };
    h.model.dialog = Some(Dialog::Sign {
        plan: SignPlan {
            next: 1,
            keys: vec![key("farol:1"), key("farol:2")],
            keys_dir: "/keys".into(),
            unchanged_since: None,
        },
        key: 0,
        unanswered: 0,
        unsure: 0,
        pass: Default::default(),
    });
    wheel(&mut h, (40, 12), true);
    assert!(matches!(h.model.dialog, Some(Dialog::Sign { key: 1, .. })));
    wheel(&mut h, (40, 12), false);
    assert!(matches!(h.model.dialog, Some(Dialog::Sign { key: 0, .. })));
}

#[test]
fn the_wheel_scrolls_the_keys_overlay_where_it_is_cut() {
    let mut h = Harness::wizard((60, 20), answered());
    h.key(KeyCode::Esc).key(KeyCode::Char('?'));
    let first = h.render();
    for _ in 0..50 {
        wheel(&mut h, (30, 10), true);
    }
    let max = h.model.help_scroll;
    assert!(max > 0, "the overlay fits at 60×20?\n{first}");
    assert_ne!(h.render(), first);
    // Never past its end: one notch up moves it at once.
    wheel(&mut h, (30, 10), false);
    let up = max.saturating_sub(3);
    assert_eq!(h.model.help_scroll, up);
    // The keys scroll it too.
    h.key(KeyCode::Down);
    assert_eq!(h.model.help_scroll, (up + 1).min(max));
}

#[test]
fn the_title_lines_tabs_are_clickable() {
    let mut h = Harness::wizard((80, 24), answered());
    h.key(KeyCode::Esc);
    let (x, y) = find(&h, " Risk ");
    h.send(Msg::Click(x + 2, y));
    assert_eq!(h.model.screen, Screen::Dashboard);
    let (x, y) = find(&h, " Plan ");
    h.send(Msg::Click(x + 1, y));
    assert_eq!(h.model.screen, Screen::Plan);
    let (x, y) = find(&h, " Questions ");
    h.send(Msg::Click(x + 1, y));
    assert_eq!(h.model.screen, Screen::Wizard);
}

#[test]
fn the_legal_panels_tabs_are_clickable() {
    let mut h = Harness::wizard((120, 40), answered());
    h.key(KeyCode::Esc).key(KeyCode::Char('d'));
    tui_support::legal_conclusions(&mut h.model.session.as_mut().unwrap().score);
    let (x, y) = find(&h, "Transfers");
    h.send(Msg::Click(x + 1, y));
    assert!(h.model.dashboard.legal_focus);
    assert_eq!(
        h.model.dashboard.tab,
        farol::tui::screens::legal::Tab::Transfers
    );
    let (x, y) = find(&h, "Duties");
    h.send(Msg::Click(x + 1, y));
    assert_eq!(
        h.model.dashboard.tab,
        farol::tui::screens::legal::Tab::Duties
    );
}

#[test]
fn review_tabs_and_panes_answer_the_mouse() {
    let mut h = Harness::signed(
        farol::tui::Start::Review("fx1".into()),
        (120, 40),
        answered(),
    );
    let (x, y) = find(&h, " Opinion ");
    h.send(Msg::Click(x + 1, y));
    assert_eq!(
        h.model.review.as_ref().unwrap().page,
        farol::tui::screens::review::Page::Opinion
    );
    let (x, y) = find(&h, " Answers ");
    h.send(Msg::Click(x + 1, y));
    let r = h.model.review.as_ref().unwrap();
    assert_eq!(r.page, farol::tui::screens::review::Page::Answers);
    assert_eq!(r.section, 0);
    // The section list: the next section.
    wheel(&mut h, (3, 3), true);
    assert_eq!(h.model.review.as_ref().unwrap().section, 1);
    // The panel on the right scrolls.
    wheel(&mut h, (110, 10), true);
    assert_eq!(h.model.review.as_ref().unwrap().panel_scroll, 3);
}

#[test]
fn below_the_minimum_size_a_note_says_so() {
    let h = Harness::wizard((59, 20), answered());
    let shown = h.render();
    assert!(shown.contains("too small"), "{shown}");
    assert!(shown.contains("60×20"), "{shown}");
    let mut h = Harness::wizard((80, 19), answered());
    assert!(h.render().contains("80×19"));
    // Clicks and the wheel do nothing there.
    h.send(Msg::Click(1, 1));
    wheel(&mut h, (1, 1), true);
    assert_eq!(h.model.screen, Screen::Wizard);
}
