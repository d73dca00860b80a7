//! Verifying whole dossiers written by the benchmark's generator
//! (`examples/gen_dossier/generate.rs`: revisions mostly repeating the answers of the one
//! before, a review after every tenth, heads and an index): 1,000 revisions in 100
//! assessments (the PRODUCT.md target is ≤ 1 s), and 3,000 in 30 assessments of 100.
//! Run with `cargo bench --bench verify`; the 50,000-revision run on one core is in
//! benches/README.md.

#[path = "../examples/gen_dossier/generate.rs"]
mod generate;

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};

use farol::record;

fn bench(c: &mut Criterion) {
    let mut g = c.benchmark_group("verify");
    g.sample_size(10);
    for (assessments, revisions) in [(100, 1_000), (30, 3_000)] {
        let tmp = tempfile::tempdir().unwrap();
        let root = tmp.path().join("dossier");
        let spec = generate::Spec {
            assessments,
            revisions,
            review_every: 10,
        };
        let made = generate::generate(&root, &tmp.path().join("keys"), spec);
        let paths = [root.clone()];
        let report = record::verify_paths(&root, &paths).unwrap();
        assert!(report.passed(), "{}", record::verify_text(&report));
        assert_eq!(report.summary.records, made.revisions + made.reviews);
        let name = format!(
            "verify a dossier of {revisions} revisions and {} reviews",
            made.reviews
        );
        g.bench_function(name, |b| {
            b.iter(|| record::verify_paths(black_box(&root), black_box(&paths)).unwrap())
        });
    }
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
