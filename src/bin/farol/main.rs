//! The `farol` command: parses arguments and hands each command to the library.
//! Exit codes: 0 success, 1 a check failed, 2 usage or I/O error.

mod args;
mod commands;
mod evidence_cmd;
mod exchange_cmd;
mod records;
mod report_cmd;
mod review_cmd;

use std::process::ExitCode;

use clap::Parser;
use farol::{i18n, settings};

fn main() -> ExitCode {
    restore_sigpipe();
    let cli = args::Cli::parse();
    let env = |k: &str| std::env::var(k).ok();
    let lang = match i18n::resolve(cli.global.lang.as_deref(), settings::load().lang, env) {
        Ok(choice) => choice.lang,
        Err(e) => {
            let locale = i18n::resolve(None, None, env).map_or(i18n::Lang::En, |c| c.lang);
            eprintln!("error: {}", e.message(locale));
            return ExitCode::from(2);
        }
    };
    let code = commands::run(cli, lang);
    let fell = i18n::fallbacks(lang);
    if !fell.is_empty() {
        eprintln!(
            "{}",
            farol::tr!(
                lang,
                "fallback-notice",
                n = fell.len(),
                language = farol::tr!(lang, "language-name")
            )
        );
    }
    match code {
        Ok(code) => code,
        Err(e) => {
            let message = farol::errors::localized(&*e, lang);
            eprintln!("{}", farol::tr!(lang, "err-error", message = message));
            for cause in e.chain().skip(1) {
                let message = farol::errors::localized(cause, lang);
                eprintln!("{}", farol::tr!(lang, "err-caused-by", message = message));
            }
            ExitCode::from(2)
        }
    }
}

/// Rust ignores SIGPIPE, which turns `farol list | head` into a panic in `println!`. Like
/// other command-line tools, end quietly when the reader of the output has gone.
fn restore_sigpipe() {
    // SAFETY: setting a signal's disposition to the default at start-up, before any
    // thread exists, has no preconditions.
    unsafe {
        libc::signal(libc::SIGPIPE, libc::SIG_DFL);
    }
}
