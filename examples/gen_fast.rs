//! Writes a generated dossier for the sign and list benchmarks (see benches/README.md):
//!
//! ```text
//! cargo run --release --example gen_fast -- chain DIR 10000   # one assessment, 10,000 revisions
//! cargo run --release --example gen_fast -- many DIR 5000     # 5,000 assessments, signed once
//! ```
//!
//! DIR must not exist yet; the signing key is in DIR/keys (FAROL_KEYS=DIR/keys).

#[path = "../benches/support/dossiers.rs"]
mod dossiers;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [kind, dir, n] = args.as_slice() else {
        eprintln!("usage: gen_fast chain|many DIR N");
        std::process::exit(2);
    };
    let dir = std::path::Path::new(dir);
    if dir.exists() {
        eprintln!("{} exists: choose a new directory", dir.display());
        std::process::exit(2);
    }
    let n: u32 = n.parse().expect("N is a number");
    match kind.as_str() {
        "chain" => dossiers::chain(dir, n),
        "many" => dossiers::many(dir, n),
        _ => {
            eprintln!("usage: gen_fast chain|many DIR N");
            std::process::exit(2);
        }
    };
}
