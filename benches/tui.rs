//! The terminal UI against PRODUCT.md's targets: cold start to first frame (≤ 12 ms) and
//! keystroke to next frame with the full questionnaire (≤ 5 ms). Frames are drawn into a
//! TestBackend, so the figures are the app's own work, not the terminal's. Saving is the
//! runtime's (one atomic write per change) and is not included.
//! Run with `cargo bench --bench tui`.

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use farol::questionnaire::load;
use farol::tui::screens::wizard;
use farol::tui::theme::Theme;
use farol::tui::{Model, Msg, Session, key_to_msg, update, view};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

const SIZE: (u16, u16) = (120, 40);

/// Everything from the built-in questionnaire's bytes to a drawn wizard frame.
fn first_frame(term: &mut Terminal<TestBackend>) -> Model {
    let loaded = load::read_builtin(&load::EMBEDDED[0]);
    let draft = farol::demo::draft(&loaded);
    let session = Session::new(draft, loaded.questionnaire, "en");
    let mut m = Model::new(Theme::plain(), "en", "/dossier", vec![], SIZE);
    let _ = update(&mut m, Msg::Opened(Ok(Box::new(session))));
    term.draw(|f| view(&m, f)).unwrap();
    m
}

fn press(m: &mut Model, code: KeyCode) {
    if let Some(msg) = key_to_msg(KeyEvent::new(code, KeyModifiers::NONE), m) {
        black_box(update(m, msg));
    }
}

fn bench(c: &mut Criterion) {
    let mut term = Terminal::new(TestBackend::new(SIZE.0, SIZE.1)).unwrap();
    c.bench_function("tui: cold start to first frame (parse, score, draw)", |b| {
        b.iter(|| black_box(first_frame(&mut term)))
    });

    // A multiple-choice question of the full questionnaire, so a key can change an answer.
    let mut m = first_frame(&mut term);
    let multi = {
        let s = m.session.as_ref().unwrap();
        s.shown
            .iter()
            .find(|id| {
                matches!(
                    s.question(id).unwrap().2.kind,
                    farol::questionnaire::AnswerKind::Multi(_)
                        | farol::questionnaire::AnswerKind::Categories
                )
            })
            .cloned()
            .unwrap()
    };
    let _ = update(&mut m, Msg::Wizard(wizard::Msg::Jump(multi)));

    c.bench_function("tui: keystroke moving the cursor + frame", |b| {
        let mut down = true;
        b.iter(|| {
            press(&mut m, if down { KeyCode::Down } else { KeyCode::Up });
            down = !down;
            term.draw(|f| view(&m, f)).unwrap();
        })
    });
    c.bench_function("tui: keystroke changing an answer (rescore) + frame", |b| {
        b.iter(|| {
            press(&mut m, KeyCode::Char(' '));
            term.draw(|f| view(&m, f)).unwrap();
        })
    });
    c.bench_function("tui: keystroke to the next question + frame", |b| {
        let mut fwd = true;
        b.iter(|| {
            press(&mut m, if fwd { KeyCode::Right } else { KeyCode::Left });
            fwd = !fwd;
            term.draw(|f| view(&m, f)).unwrap();
        })
    });
    let _ = update(&mut m, Msg::Go(farol::tui::Go::Dashboard));
    c.bench_function("tui: dashboard keystroke + frame", |b| {
        let mut down = true;
        b.iter(|| {
            press(&mut m, if down { KeyCode::Down } else { KeyCode::Up });
            down = !down;
            term.draw(|f| view(&m, f)).unwrap();
        })
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
