//! Converts the built-in questionnaire from RON (what the legal team edits) to JSON at
//! build time: the binary then reads it in about a third of the time, which keeps start-up
//! within its budget. The RON bytes are still embedded as they are, for the fingerprint
//! and for the copy kept in every dossier. The types are the library's own, shared by path.

#[path = "src/questionnaire/model/mod.rs"]
#[allow(dead_code, unused_imports)]
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
        "src/questionnaire/model",
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
    let out_dir = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    let out = Path::new(&out_dir).join(format!("{name}.json"));
    std::fs::write(out, json).expect("OUT_DIR is writable");
    catalogue(Path::new(&out_dir));
}

/// Lists every message file under `assets/i18n/<lang>/*.ftl` for `include_str!`, so a new
/// file of messages needs no change in code.
fn catalogue(out_dir: &Path) {
    println!("cargo:rerun-if-changed=assets/i18n");
    // Read when the script runs, not when it is compiled: a build script compiled for one
    // checkout must still read the checkout it builds.
    let manifest = std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    let root = Path::new(&manifest).join("assets/i18n");
    let mut files = Vec::new();
    for lang in std::fs::read_dir(&root).expect("assets/i18n is readable") {
        let lang = lang.expect("assets/i18n is readable").path();
        if !lang.is_dir() {
            continue;
        }
        println!("cargo:rerun-if-changed={}", lang.display());
        for f in std::fs::read_dir(&lang).expect("a language directory is readable") {
            let f = f.expect("a language directory is readable").path();
            if f.extension().is_some_and(|e| e == "ftl") {
                println!("cargo:rerun-if-changed={}", f.display());
                files.push(f);
            }
        }
    }
    files.sort();
    let mut code = String::from("&[\n");
    for f in files {
        let lang = f
            .parent()
            .and_then(|p| p.file_name())
            .and_then(|n| n.to_str());
        let name = f.file_name().and_then(|n| n.to_str());
        code.push_str(&format!(
            "    ({:?}, {:?}, include_str!({:?})),\n",
            lang.expect("a language directory name is UTF-8"),
            name.expect("a message file name is UTF-8"),
            f.display().to_string()
        ));
    }
    code.push(']');
    std::fs::write(out_dir.join("catalogue.rs"), code).expect("OUT_DIR is writable");
}
