//! `farol --help` in the user's language: the clap command with its texts taken from
//! the catalogue, and the language found on the command line before clap parses it.
//! clap's own error messages (an unknown option, a missing argument) stay in English:
//! clap 4 has no way to translate them.

use std::ffi::OsString;

use clap::CommandFactory;
use farol::i18n::Lang;
use farol::tr;

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

/// The command line's definition, speaking `lang`: every about and help text from the
/// catalogue, the help screen's headings too.
pub fn command(lang: Lang) -> clap::Command {
    let mut cmd = texts(crate::args::Cli::command(), lang, "");
    // Building adds clap's own --help, --version and `help`: their texts come after.
    cmd.build();
    built(cmd, lang, "")
}

fn sub_path(path: &str, name: &str) -> String {
    if path.is_empty() {
        name.to_string()
    } else {
        format!("{path} {name}")
    }
}

/// The texts of the command at `path` and everything under it.
fn texts(mut cmd: clap::Command, lang: Lang, path: &str) -> clap::Command {
    if let Some(a) = about(lang, path) {
        cmd = cmd.about(a);
    }
    cmd = match about(lang, &format!("{path}#long")) {
        Some(a) => cmd.long_about(a),
        None => cmd.long_about(None),
    };
    if let Some(a) = about(lang, &format!("{path}#after")) {
        cmd = cmd.after_help(a);
    }
    let ids: Vec<String> = cmd
        .get_arguments()
        .map(|a| a.get_id().to_string())
        .collect();
    for id in ids {
        let help = arg_help(lang, path, &id);
        cmd = cmd.mut_arg(&id, |a| {
            // Defaults, environment variables and possible values are in the help's
            // own words, in the language; clap would add them in English.
            let mut a = a;
            if !a.get_default_values().is_empty() {
                a = a.hide_default_value(true);
            }
            if a.get_env().is_some() {
                a = a.hide_env(true);
            }
            if a.get_action().takes_values() {
                a = a.hide_possible_values(true);
            }
            match help {
                Some(h) => a.help(h).long_help(None),
                None => a,
            }
        });
    }
    let subs: Vec<String> = cmd
        .get_subcommands()
        .map(|s| s.get_name().to_string())
        .collect();
    for name in subs {
        let p = sub_path(path, &name);
        cmd = cmd.mut_subcommand(&name, |s| texts(s, lang, &p));
    }
    cmd
}

/// After building: clap's --help, --version and `help`, and the help screen's layout
/// with headings in the language.
fn built(mut cmd: clap::Command, lang: Lang, path: &str) -> clap::Command {
    let has = |cmd: &clap::Command, id: &str| cmd.get_arguments().any(|a| a.get_id() == id);
    if has(&cmd, "help") {
        let long = cmd
            .get_arguments()
            .find(|a| a.get_id() == "help")
            .is_some_and(|a| a.get_long_help().is_some());
        cmd = cmd.mut_arg("help", |a| {
            if long {
                a.help(tr!(lang, "cli-help-flag-short"))
                    .long_help(tr!(lang, "cli-help-flag-long"))
            } else {
                a.help(tr!(lang, "cli-help-flag"))
            }
        });
    }
    if has(&cmd, "version") {
        cmd = cmd.mut_arg("version", |a| a.help(tr!(lang, "cli-version-flag")));
    }
    let mut template = format!(
        "{{before-help}}{{about-with-newline}}\n{}{{usage}}",
        heading(&tr!(lang, "cli-help-usage"))
    );
    if cmd.has_subcommands() {
        template.push_str(&format!(
            "\n\n{}\n{{subcommands}}",
            heading(&tr!(lang, "cli-help-commands"))
        ));
    }
    if cmd.get_positionals().any(|a| !a.is_hide_set()) {
        template.push_str(&format!(
            "\n\n{}\n{{positionals}}",
            heading(&tr!(lang, "cli-help-arguments"))
        ));
    }
    if cmd
        .get_arguments()
        .any(|a| !a.is_positional() && !a.is_hide_set())
    {
        template.push_str(&format!(
            "\n\n{}\n{{options}}",
            heading(&tr!(lang, "cli-help-options"))
        ));
    }
    template.push_str("{after-help}");
    cmd = cmd.help_template(template);
    let subs: Vec<String> = cmd
        .get_subcommands()
        .map(|s| s.get_name().to_string())
        .collect();
    for name in subs {
        if name == "help" {
            cmd = cmd.mut_subcommand("help", |s| s.about(tr!(lang, "cli-help-command")));
            continue;
        }
        let p = sub_path(path, &name);
        cmd = cmd.mut_subcommand(&name, |s| built(s, lang, &p));
    }
    cmd
}

/// A heading of the help screen in clap's header style ("Usage: " keeps its space after
/// the style). The style is in the text: clap keeps it for a terminal (`StyledStr::ansi`)
/// and strips it for plain text (`Display`), like the styles clap puts in itself.
fn heading(text: &str) -> String {
    let style = clap::builder::styling::Styles::styled();
    let header = style.get_header();
    let words = text.trim_end();
    let space = &text[words.len()..];
    format!("{}{words}{}{space}", header.render(), header.render_reset())
}

/// Whether help written to a stream that is (or is not) a terminal should be styled: on a
/// terminal, unless `NO_COLOR` is set (<https://no-color.org>) or the terminal is dumb.
pub fn styled(terminal: bool) -> bool {
    let env = |k: &str| std::env::var_os(k).filter(|v| !v.is_empty());
    terminal && env("NO_COLOR").is_none() && env("TERM").is_none_or(|t| t != "dumb")
}

/// Help as clap renders it: styled (ANSI) or plain.
pub fn render(e: &clap::Error, styled: bool) -> String {
    let r = e.render();
    if styled {
        r.ansi().to_string()
    } else {
        r.to_string()
    }
}

/// `s` without its ANSI escape sequences (CSI: ESC [ … final byte).
fn strip_ansi(s: &str) -> std::borrow::Cow<'_, str> {
    if !s.contains('\x1b') {
        return s.into();
    }
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        if c != '\x1b' {
            out.push(c);
            continue;
        }
        if chars.next() == Some('[') {
            for c in chars.by_ref() {
                if ('\x40'..='\x7e').contains(&c) {
                    break;
                }
            }
        }
    }
    out.into()
}

/// The columns `s` takes on a terminal, its escape sequences taking none.
fn visible(s: &str) -> usize {
    farol::present::width(&strip_ansi(s))
}

/// The about text of the command at `path` ("keys new"; "" for farol itself;
/// "#long" and "#after" for its long about and the text after its help).
fn about(lang: Lang, path: &str) -> Option<String> {
    Some(match path {
        "" => tr!(lang, "cli-about-farol"),
        "#long" => tr!(lang, "cli-about-farol-long"),
        "#after" => tr!(lang, "cli-after-farol"),
        "new" => tr!(lang, "cli-about-new"),
        "open" => tr!(lang, "cli-about-open"),
        "answer" => tr!(lang, "cli-about-answer"),
        "list" => tr!(lang, "cli-about-list"),
        "demo" => tr!(lang, "cli-about-demo"),
        "score" => tr!(lang, "cli-about-score"),
        "keys" => tr!(lang, "cli-about-keys"),
        "keys new" => tr!(lang, "cli-about-keys-new"),
        "keys show" => tr!(lang, "cli-about-keys-show"),
        "keys trust" => tr!(lang, "cli-about-keys-trust"),
        "keys list" => tr!(lang, "cli-about-keys-list"),
        "sign" => tr!(lang, "cli-about-sign"),
        "resolve" => tr!(lang, "cli-about-resolve"),
        "verify" => tr!(lang, "cli-about-verify"),
        "diff" => tr!(lang, "cli-about-diff"),
        "review" => tr!(lang, "cli-about-review"),
        "status" => tr!(lang, "cli-about-status"),
        "report" => tr!(lang, "cli-about-report"),
        "filing" => tr!(lang, "filing-cli-about"),
        "evidence" => tr!(lang, "cli-about-evidence"),
        "evidence#after" => tr!(lang, "cli-after-evidence"),
        "export" => tr!(lang, "cli-about-export"),
        "import" => tr!(lang, "cli-about-import"),
        "questionnaire" => tr!(lang, "cli-about-questionnaire"),
        "questionnaire check" => tr!(lang, "cli-about-questionnaire-check"),
        "questionnaire list" => tr!(lang, "cli-about-questionnaire-list"),
        "questionnaire show" => tr!(lang, "cli-about-questionnaire-show"),
        "questionnaire export" => tr!(lang, "cli-about-questionnaire-export"),
        "completions" => tr!(lang, "cli-about-completions"),
        "man" => tr!(lang, "cli-about-man"),
        _ => return None,
    })
}

/// The help of argument `id` of the command at `path`.
fn arg_help(lang: Lang, path: &str, id: &str) -> Option<String> {
    Some(match (path, id) {
        ("", "dossier") => tr!(lang, "cli-arg-dossier"),
        ("", "lang") => tr!(lang, "cli-arg-lang"),
        ("new", "title") => tr!(lang, "cli-arg-new-title"),
        ("new", "id") => tr!(lang, "cli-arg-new-id"),
        ("new", "questionnaire") => tr!(lang, "cli-arg-new-questionnaire"),
        ("new", "answers") => tr!(lang, "cli-arg-new-answers"),
        ("new", "organisation") => tr!(lang, "cli-arg-new-organisation"),
        ("new", "system") => tr!(lang, "cli-arg-new-system"),
        ("new", "vendor") => tr!(lang, "cli-arg-new-vendor"),
        ("new", "assessor") => tr!(lang, "cli-arg-new-assessor"),
        ("open", "id") => tr!(lang, "cli-arg-open-id"),
        ("answer", "id") => tr!(lang, "cli-arg-answer-id"),
        ("answer", "question") => tr!(lang, "cli-arg-answer-question"),
        ("answer", "value") => tr!(lang, "cli-arg-answer-value"),
        ("answer", "clear") => tr!(lang, "cli-arg-answer-clear"),
        ("answer", "note") => tr!(lang, "cli-arg-answer-note"),
        ("answer", "row") => tr!(lang, "cli-arg-answer-row"),
        ("list", "json") => tr!(lang, "cli-arg-list-json"),
        ("demo", "force") => tr!(lang, "cli-arg-demo-force"),
        ("score", "target") => tr!(lang, "cli-arg-score-target"),
        ("score", "questionnaire") => tr!(lang, "cli-arg-score-questionnaire"),
        ("score", "json") => tr!(lang, "cli-arg-score-json"),
        ("keys new", "name") => tr!(lang, "cli-arg-keys-new-name"),
        ("keys new", "role") => tr!(lang, "cli-arg-keys-new-role"),
        ("keys new", "passphrase") => tr!(lang, "cli-arg-keys-new-passphrase"),
        ("keys show", "id") => tr!(lang, "cli-arg-keys-show-id"),
        ("keys trust", "key") => tr!(lang, "cli-arg-keys-trust-key"),
        ("keys trust", "name") => tr!(lang, "cli-arg-keys-trust-name"),
        ("keys trust", "role") => tr!(lang, "cli-arg-keys-trust-role"),
        ("keys list", "json") => tr!(lang, "cli-arg-keys-list-json"),
        ("sign", "id") => tr!(lang, "cli-arg-sign-id"),
        ("sign", "key") => tr!(lang, "cli-arg-sign-key"),
        ("resolve", "id") => tr!(lang, "cli-arg-sign-id"),
        ("resolve", "key") => tr!(lang, "cli-arg-sign-key"),
        ("resolve", "keep") => tr!(lang, "cli-arg-resolve-keep"),
        ("completions", "shell") => tr!(lang, "cli-arg-completions-shell"),
        ("questionnaire show", "question") => tr!(lang, "cli-arg-questionnaire-show-question"),
        ("questionnaire show", "list") => tr!(lang, "cli-arg-questionnaire-show-list"),
        ("questionnaire export", "id") => tr!(lang, "cli-arg-questionnaire-export-id"),
        ("questionnaire export", "output") => tr!(lang, "cli-arg-questionnaire-export-output"),
        ("verify", "paths") => tr!(lang, "cli-arg-verify-paths"),
        ("verify", "trust") => tr!(lang, "cli-arg-verify-trust"),
        ("verify", "trust_bundle_keys") => tr!(lang, "cli-arg-verify-trust-bundle-keys"),
        ("verify", "accept_unanchored") => tr!(lang, "cli-arg-verify-accept-unanchored"),
        ("verify", "json") => tr!(lang, "cli-arg-verify-json"),
        ("diff", "id") => tr!(lang, "cli-arg-diff-id"),
        ("diff", "rev_a") => tr!(lang, "cli-arg-diff-rev-a"),
        ("diff", "rev_b") => tr!(lang, "cli-arg-diff-rev-b"),
        ("diff", "json") => tr!(lang, "cli-arg-diff-json"),
        ("review", "id") => tr!(lang, "cli-arg-review-id"),
        ("review", "comment") => tr!(lang, "cli-arg-review-comment"),
        ("review", "verdict") => tr!(lang, "cli-arg-review-verdict"),
        ("review", "note") => tr!(lang, "cli-arg-review-note"),
        ("review", "opinion") => tr!(lang, "cli-arg-review-opinion"),
        ("review", "conditions") => tr!(lang, "cli-arg-review-conditions"),
        ("review", "attest") => tr!(lang, "cli-arg-review-attest"),
        ("review", "unattest") => tr!(lang, "cli-arg-review-unattest"),
        ("review", "due") => tr!(lang, "cli-arg-review-due"),
        ("review", "sign") => tr!(lang, "cli-arg-review-sign"),
        ("review", "key") => tr!(lang, "cli-arg-review-key"),
        ("review", "json") => tr!(lang, "cli-arg-review-json"),
        ("status", "id") => tr!(lang, "cli-arg-status-id"),
        ("status", "json") => tr!(lang, "cli-arg-status-json"),
        ("report", "id") => tr!(lang, "cli-arg-report-id"),
        ("report", "revision") => tr!(lang, "cli-arg-report-revision"),
        ("report", "output") => tr!(lang, "cli-arg-report-output"),
        ("filing", "id") => tr!(lang, "filing-cli-arg-id"),
        ("filing", "revision") => tr!(lang, "filing-cli-arg-revision"),
        ("filing", "output") => tr!(lang, "filing-cli-arg-output"),
        ("filing", "json") => tr!(lang, "filing-cli-arg-json"),
        ("evidence", "since") => tr!(lang, "cli-arg-evidence-since"),
        ("evidence", "output") => tr!(lang, "cli-arg-evidence-output"),
        ("evidence", "key") => tr!(lang, "cli-arg-evidence-key"),
        ("export", "id") => tr!(lang, "cli-arg-export-id"),
        ("export", "format") => tr!(lang, "cli-arg-export-format"),
        ("export", "plan") => tr!(lang, "cli-arg-export-plan"),
        ("export", "output") => tr!(lang, "cli-arg-export-output"),
        ("import", "file") => tr!(lang, "cli-arg-import-file"),
        ("import", "id") => tr!(lang, "cli-arg-import-id"),
        ("import", "force") => tr!(lang, "cli-arg-import-force"),
        ("questionnaire check", "file") => tr!(lang, "cli-arg-questionnaire-check-file"),
        ("questionnaire check", "json") => tr!(lang, "cli-arg-questionnaire-check-json"),
        ("new", "json") => tr!(lang, "cli-arg-json"),
        ("keys new", "json") => tr!(lang, "cli-arg-json"),
        ("keys trust", "json") => tr!(lang, "cli-arg-json"),
        ("sign", "json") => tr!(lang, "cli-arg-json"),
        ("resolve", "json") => tr!(lang, "cli-arg-json"),
        ("evidence", "json") => tr!(lang, "cli-arg-json"),
        ("import", "json") => tr!(lang, "cli-arg-json"),
        ("report", "json") => tr!(lang, "cli-arg-json"),
        ("answer", "json") => tr!(lang, "cli-arg-json"),
        ("demo", "json") => tr!(lang, "cli-arg-json"),
        ("questionnaire list", "json") => tr!(lang, "cli-arg-json"),
        _ => return None,
    })
}

/// The terminal's width, as clap finds it: the terminal's, else `COLUMNS`, else 100.
pub fn term_width() -> usize {
    terminal_size::terminal_size()
        .map(|(w, _)| usize::from(w.0))
        .or_else(|| std::env::var("COLUMNS").ok()?.trim().parse().ok())
        .filter(|w| *w > 20)
        .unwrap_or(100)
}

/// Help as clap rendered it, with every line wider than `width` wrapped again, Chinese
/// between characters (clap breaks only at spaces, which Chinese has none of), the
/// continuation lines under the start of the line's help text.
pub fn fit(help: &str, width: usize) -> String {
    use farol::present::wrap_into;
    let cols = visible;
    let mut out = String::with_capacity(help.len());
    for line in help.split_inclusive('\n') {
        let bare = line.trim_end_matches('\n');
        if cols(bare) <= width {
            out.push_str(line);
            continue;
        }
        // The help text starts after the indentation, or after a name and two spaces.
        let lead = bare.len() - bare.trim_start().len();
        let start = bare[lead..]
            .find("  ")
            .map(|i| lead + i)
            .map(|i| i + bare[i..].len() - bare[i..].trim_start().len())
            .filter(|i| cols(&bare[..*i]) < width / 2)
            .unwrap_or(lead);
        let (head, text) = bare.split_at(start);
        let indent = cols(head);
        let mut wrapped = String::new();
        wrap_into(&mut wrapped, text, indent, width);
        out.push_str(head);
        out.push_str(&wrapped[indent.min(wrapped.len())..]);
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn styles_take_no_columns_when_fitting() {
        let b = |s: &str| format!("\x1b[1m{s}\x1b[0m");
        let short = format!("  {}  Machine-readable output\n", b("--json"));
        assert_eq!(
            super::fit(&short, 34),
            short,
            "33 columns on screen, 41 bytes"
        );
        let long = format!(
            "  {}  Trust exactly this key: a public key file or a fingerprint\n",
            b("--trust")
        );
        let fitted = super::fit(&long, 40);
        for l in fitted.lines() {
            assert!(super::visible(l) <= 40, "{l:?}");
        }
        let lines: Vec<&str> = fitted.lines().collect();
        assert!(lines[0].starts_with(&format!("  {}  Trust", b("--trust"))));
        assert!(lines[1].starts_with(&" ".repeat(11)), "{fitted:?}");
        assert_eq!(super::strip_ansi(&b("x")), "x");
    }

    #[test]
    fn wide_lines_wrap_under_their_help_text() {
        let help = "Usage: farol\n  filing   向個人資料保護局提交的文件：每個目的的判斷及第二十三條的內容\nshort\n";
        let fitted = super::fit(help, 40);
        for l in fitted.lines() {
            assert!(farol::present::width(l) <= 40, "{l}");
        }
        let lines: Vec<&str> = fitted.lines().collect();
        assert!(lines[1].starts_with("  filing   向"), "{fitted}");
        assert!(lines[2].starts_with("           ") && !lines[2].trim().is_empty());
        assert_eq!(lines.last(), Some(&"short"));
        assert_eq!(
            fitted.replace(['\n', ' '], ""),
            help.replace(['\n', ' '], "")
        );
    }
}
