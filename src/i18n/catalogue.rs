//! The message files, embedded at build time (build.rs lists `assets/i18n/*/*.ftl`) and
//! parsed once per language, on first use: a run in one language never parses the others
//! (English is parsed too when a message falls back to it).

use std::collections::BTreeSet;
use std::sync::{LazyLock, Mutex};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use unic_langid::LanguageIdentifier;

use super::Lang;

/// (language directory, file name, contents) of every message file.
static FILES: &[(&str, &str, &str)] = include!(concat!(env!("OUT_DIR"), "/catalogue.rs"));

type Bundle = FluentBundle<FluentResource>;

fn build(lang: Lang) -> Bundle {
    let id: LanguageIdentifier = lang.tag().parse().expect("Farol's language tags are valid");
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    bundle.set_use_isolating(false);
    for (dir, name, src) in FILES.iter().filter(|(dir, ..)| *dir == lang.tag()) {
        let resource = FluentResource::try_new((*src).to_string()).unwrap_or_else(|(r, errors)| {
            // A syntax error in a message file is caught by the catalogue tests; in a
            // release the messages that did parse are still used.
            debug_assert!(errors.is_empty(), "{dir}/{name}: {errors:?}");
            r
        });
        if let Err(errors) = bundle.add_resource(resource) {
            debug_assert!(errors.is_empty(), "{dir}/{name}: {errors:?}");
        }
    }
    bundle
}

static EN: LazyLock<Bundle> = LazyLock::new(|| build(Lang::En));
static ZH_HANT: LazyLock<Bundle> = LazyLock::new(|| build(Lang::ZhHant));
static PT: LazyLock<Bundle> = LazyLock::new(|| build(Lang::Pt));

fn bundle(lang: Lang) -> &'static Bundle {
    match lang {
        Lang::En => &EN,
        Lang::ZhHant => &ZH_HANT,
        Lang::Pt => &PT,
    }
}

/// Messages shown in a fallback language because the one asked for lacks them.
static FELL_BACK: Mutex<BTreeSet<(Lang, String)>> = Mutex::new(BTreeSet::new());

/// The message `id` in `lang`, without arguments.
pub fn tr_id(lang: Lang, id: &str) -> String {
    format(lang, id, None)
}

/// The message `id` in `lang`, with arguments.
pub fn tr_args(lang: Lang, id: &str, args: &FluentArgs) -> String {
    format(lang, id, Some(args))
}

fn format(lang: Lang, id: &str, args: Option<&FluentArgs>) -> String {
    for &l in lang.chain() {
        let b = bundle(l);
        let Some(pattern) = b.get_message(id).and_then(|m| m.value()) else {
            continue;
        };
        if l != lang
            && let Ok(mut fell) = FELL_BACK.lock()
        {
            fell.insert((lang, id.to_string()));
        }
        let mut errors = Vec::new();
        let text = b.format_pattern(pattern, args, &mut errors);
        return text.into_owned();
    }
    // Not even in English: a programming error the catalogue tests catch. Show the id
    // rather than nothing, so the screen still says where the text is missing.
    id.to_string()
}

/// The ids of the messages shown in English because `lang` lacks them, so far in this
/// process.
pub fn fallbacks(lang: Lang) -> Vec<String> {
    FELL_BACK
        .lock()
        .map(|f| {
            f.iter()
                .filter(|(l, _)| *l == lang)
                .map(|(_, id)| id.clone())
                .collect()
        })
        .unwrap_or_default()
}

/// Every message id the catalogue holds in `lang`, with the file it is in (for tests and
/// `farol questionnaire check`-style reports on the catalogue).
pub fn message_ids(lang: Lang) -> Vec<(String, &'static str)> {
    let mut ids = Vec::new();
    for (_, name, src) in FILES.iter().filter(|(dir, ..)| *dir == lang.tag()) {
        let resource = match FluentResource::try_new((*src).to_string()) {
            Ok(r) => r,
            Err((r, _)) => r,
        };
        for entry in resource.entries() {
            if let fluent_syntax::ast::Entry::Message(m) = entry {
                ids.push((m.id.name.to_string(), *name));
            }
        }
    }
    ids
}
