//! Scoring the full Macau questionnaire: the work behind every keystroke in the wizard
//! and every `farol score`. Run with `cargo bench --bench score`.

use criterion::{Criterion, criterion_group, criterion_main};
use std::hint::black_box;

use farol::questionnaire::load;
use farol::risk::score;

fn bench(c: &mut Criterion) {
    let loaded = load::embedded_default();
    let q = &loaded.questionnaire;
    let answers = farol::demo::answers();

    c.bench_function("score the demo (full Macau questionnaire)", |b| {
        b.iter(|| score(black_box(q), black_box(&answers), "en"))
    });
    c.bench_function("score + JSON (farol score --json)", |b| {
        b.iter(|| serde_json::to_string(&score(black_box(q), black_box(&answers), "en")).unwrap())
    });
    c.bench_function("which questions are shown", |b| {
        b.iter(|| farol::questionnaire::Visible::new(black_box(q), black_box(&answers)))
    });
    c.bench_function("parse the questionnaire", |b| {
        b.iter(|| load::parse("macau-pdpa.ron", black_box(&loaded.source)).unwrap())
    });
    c.bench_function("check the questionnaire", |b| {
        b.iter(|| farol::questionnaire::check::validate(black_box(&loaded)))
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
