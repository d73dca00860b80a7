//! The `farol` command: parses arguments and hands each command to the library.
//! Exit codes: 0 success, 1 a check failed, 2 usage or I/O error.

mod args;
mod clap_errors;
mod commands;
mod evidence_cmd;
mod exchange_cmd;
mod filing_cmd;
mod help;
mod json;
mod progress;
mod questionnaire_cmd;
mod records;
mod report_cmd;
mod review_cmd;
mod revision_arg;
mod stdin;

use std::process::ExitCode;
use std::sync::OnceLock;

use clap::{FromArgMatches, Parser};
use farol::i18n::Lang;
use farol::{i18n, settings, tr};

/// mimalloc rather than the system's allocator: a report allocates and frees some
/// hundreds of thousands of small objects (PDF operators, dictionaries, strings), and the
/// system allocator's bookkeeping was a sixth of its time.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// The language of this run, once resolved (for the few places clap calls back into
/// Farol, such as a value parser's message).
static LANG: OnceLock<Lang> = OnceLock::new();

/// The language of this run: English until it is resolved.
pub(crate) fn ui_lang() -> Lang {
    LANG.get().copied().unwrap_or_default()
}

fn main() -> ExitCode {
    restore_sigpipe();
    // The language comes before the arguments are parsed, so that `--help` and clap's
    // messages speak it too: `--lang` as written on the command line, else FAROL_LANG,
    // the saved choice or the locale.
    let argv: Vec<std::ffi::OsString> = std::env::args_os().collect();
    let env = |k: &str| std::env::var(k).ok();
    let lang = match i18n::resolve(
        help::lang_flag(&argv).as_deref(),
        settings::load().lang,
        env,
    ) {
        Ok(choice) => choice.lang,
        Err(e) => {
            let locale = i18n::resolve(None, None, env).map_or(Lang::En, |c| c.lang);
            eprintln!("{}", tr!(locale, "err-error", message = e.message(locale)));
            return ExitCode::from(2);
        }
    };
    let _ = LANG.set(lang);
    // A command line that parses needs none of the texts: the definition in the language
    // (a millisecond or two to build) is made for help, version and errors only.
    let cli = match args::Cli::try_parse_from(&argv) {
        Ok(cli) => cli,
        Err(_) => match help::command(lang)
            .try_get_matches_from(argv)
            .and_then(|m| args::Cli::from_arg_matches(&m))
        {
            Ok(cli) => cli,
            Err(e) => clap_errors::exit(e, lang),
        },
    };
    let code = commands::run(cli, lang);
    let fell = i18n::fallbacks(lang);
    if !fell.is_empty() {
        eprintln!(
            "{}",
            tr!(
                lang,
                "fallback-notice",
                n = fell.len(),
                language = tr!(lang, "language-name")
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
