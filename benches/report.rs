//! The full-assessment PDF (the demo): time to render, and its size.
//! Target (PRODUCT.md): ≤ 65 ms in a release build, ≤ 1 MB.

use criterion::{Criterion, criterion_group, criterion_main};
use farol::questionnaire::load;
use farol::report::{ReportInput, render};

fn bench(c: &mut Criterion) {
    let loaded = load::embedded_default();
    let draft = farol::demo::draft(&loaded);
    let first = std::time::Instant::now();
    let r = render(&ReportInput::from_draft(&draft, &loaded));
    println!(
        "demo report: {} pages, {} bytes ({:.0} KB); first render, fonts parsed included: {:.1} ms",
        r.pages,
        r.pdf.len(),
        r.pdf.len() as f64 / 1024.0,
        first.elapsed().as_secs_f64() * 1e3
    );
    c.bench_function("report_demo_full", |b| {
        b.iter(|| {
            let input = ReportInput::from_draft(&draft, &loaded);
            std::hint::black_box(render(&input).pdf.len())
        })
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
