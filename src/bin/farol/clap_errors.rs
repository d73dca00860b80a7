//! clap's usage errors (an unknown option, a missing argument, a bad value) in the
//! user's language. English keeps clap's own rendering; the kinds not translated here
//! keep it in every language.

use clap::error::{ContextKind, ContextValue, ErrorKind};
use farol::i18n::Lang;
use farol::tr;

/// Prints `e` and ends the process, as `clap::Error::exit` does (help and version on
/// standard output with 0, errors on standard error with 2).
pub fn exit(e: clap::Error, lang: Lang) -> ! {
    if matches!(
        e.kind(),
        ErrorKind::DisplayHelp | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand
    ) {
        let code = if e.kind() == ErrorKind::DisplayHelp {
            0
        } else {
            2
        };
        use std::io::IsTerminal as _;
        let terminal = if code == 0 {
            std::io::stdout().is_terminal()
        } else {
            std::io::stderr().is_terminal()
        };
        let rendered = crate::help::render(&e, crate::help::styled(terminal));
        let text = crate::help::fit(&rendered, crate::help::term_width());
        let written = if code == 0 {
            crate::commands::emit(lang.tag(), &text)
        } else {
            eprint!("{text}");
            Ok(())
        };
        if let Err(err) = written {
            eprintln!("{}", tr!(lang, "err-error", message = format!("{err:#}")));
            std::process::exit(2)
        }
        std::process::exit(code)
    }
    if lang == Lang::En {
        e.exit()
    }
    match message(&e, lang) {
        Some(text) => {
            eprint!("{text}");
            std::process::exit(2)
        }
        None => e.exit(),
    }
}

fn text(v: Option<&ContextValue>) -> Option<String> {
    match v? {
        ContextValue::String(s) => Some(s.clone()),
        ContextValue::Strings(s) => s.first().cloned(),
        ContextValue::StyledStr(s) => Some(s.to_string()),
        ContextValue::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

fn all(v: Option<&ContextValue>, lang: Lang) -> Option<String> {
    match v? {
        ContextValue::Strings(s) => Some(s.join(&tr!(lang, "cli-list-separator"))),
        other => text(Some(other)),
    }
}

/// The error in `lang`, with clap's usage line and pointer to --help; None for a kind
/// not translated (and for help and version, which are not errors).
fn message(e: &clap::Error, lang: Lang) -> Option<String> {
    let get = |k| text(e.get(k));
    let arg = get(ContextKind::InvalidArg).unwrap_or_default();
    let value = get(ContextKind::InvalidValue).unwrap_or_default();
    let mut notes = Vec::new();
    let head = match e.kind() {
        ErrorKind::UnknownArgument => tr!(lang, "cli-clap-unknown-argument", arg = arg),
        ErrorKind::InvalidSubcommand => tr!(
            lang,
            "cli-clap-invalid-subcommand",
            name = get(ContextKind::InvalidSubcommand).unwrap_or_default()
        ),
        ErrorKind::InvalidValue if value.is_empty() => {
            tr!(lang, "cli-clap-value-required", arg = arg)
        }
        ErrorKind::InvalidValue => {
            if let Some(values) = all(e.get(ContextKind::ValidValue), lang) {
                notes.push(tr!(lang, "cli-clap-possible-values", values = values));
            }
            tr!(lang, "cli-clap-invalid-value", value = value, arg = arg)
        }
        ErrorKind::ValueValidation => {
            let reason = std::error::Error::source(e)
                .map(|s| s.to_string())
                .unwrap_or_default();
            tr!(
                lang,
                "cli-clap-validation",
                value = value,
                arg = arg,
                reason = reason
            )
        }
        ErrorKind::MissingRequiredArgument => tr!(
            lang,
            "cli-clap-missing-required",
            args = all(e.get(ContextKind::InvalidArg), lang).unwrap_or_default()
        ),
        ErrorKind::MissingSubcommand => tr!(
            lang,
            "cli-clap-missing-subcommand",
            name = get(ContextKind::InvalidSubcommand).unwrap_or_default()
        ),
        ErrorKind::TooManyValues => {
            tr!(lang, "cli-clap-too-many-values", value = value, arg = arg)
        }
        ErrorKind::WrongNumberOfValues | ErrorKind::TooFewValues => tr!(
            lang,
            "cli-clap-wrong-number",
            arg = arg,
            actual = get(ContextKind::ActualNumValues).unwrap_or_default()
        ),
        ErrorKind::ArgumentConflict => tr!(
            lang,
            "cli-clap-conflict",
            arg = arg,
            other = get(ContextKind::PriorArg).unwrap_or_default()
        ),
        _ => return None,
    };
    if let Some(s) =
        get(ContextKind::SuggestedArg).or_else(|| get(ContextKind::SuggestedSubcommand))
    {
        notes.push(tr!(lang, "cli-clap-suggest", suggestion = s));
    }
    let mut o = format!("{}\n", tr!(lang, "err-error", message = head));
    for n in notes {
        o.push_str(&format!("  {n}\n"));
    }
    if let Some(usage) = get(ContextKind::Usage) {
        let usage = usage.trim();
        let usage = usage.strip_prefix("Usage:").unwrap_or(usage).trim_start();
        o.push_str(&format!("\n{}{usage}\n", tr!(lang, "cli-help-usage")));
    }
    o.push_str(&format!("\n{}\n", tr!(lang, "cli-clap-more-info")));
    Some(o)
}
