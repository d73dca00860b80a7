//! Converts the built-in questionnaire from RON (what the legal team edits) to JSON at
//! build time: the binary then reads it in about a third of the time, which keeps start-up
//! within its budget. The RON bytes are still embedded as they are, for the fingerprint
//! and for the copy kept in every dossier. The types are the library's own, shared by path.

#[path = "src/questionnaire/model.rs"]
#[allow(dead_code)]
mod model;
#[path = "src/scale.rs"]
#[allow(dead_code)]
mod scale;
#[path = "src/questionnaire/text.rs"]
#[allow(dead_code)]
mod text;

use std::path::Path;

fn main() {
    let name = "macau-pdpa";
    let src_path = format!("questionnaires/{name}.ron");
    for p in [
        &src_path,
        "src/scale.rs",
        "src/questionnaire/text.rs",
        "src/questionnaire/model.rs",
    ] {
        println!("cargo:rerun-if-changed={p}");
    }
    let source =
        std::fs::read_to_string(&src_path).expect("the built-in questionnaire is readable");
    let options =
        ron::Options::default().with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME);
    let q: model::Questionnaire = match options.from_str(&source) {
        Ok(q) => q,
        Err(e) => panic!(
            "{src_path}:{}:{}: {}\n  fix the built-in questionnaire; its format is described in questionnaires/FORMAT.md",
            e.span.start.line, e.span.start.col, e.code
        ),
    };
    let json = serde_json::to_string(&q).expect("a questionnaire serialises");
    let out = Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"))
        .join(format!("{name}.json"));
    std::fs::write(out, json).expect("OUT_DIR is writable");
}
