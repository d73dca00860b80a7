//! The message catalogue (assets/i18n/<lang>/*.ftl): every file parses, every language has
//! every message with no variable of its own, every id the code asks for exists and every
//! message is asked for, translations use the glossary's legal terms, and the Chinese and
//! Portuguese messages hold no English sentence.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use fluent_syntax::ast::{self, Entry, Expression, InlineExpression, PatternElement};
use fluent_syntax::parser;

const LANGS: [&str; 3] = ["en", "zh-Hant", "pt"];

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/i18n")
}

/// id → (file, text with placeables as `{$var}`, variables) for one language.
type Messages = BTreeMap<String, (String, String, BTreeSet<String>)>;

fn messages(lang: &str) -> Messages {
    let mut out = Messages::new();
    let dir = root().join(lang);
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "ftl"))
        .collect();
    files.sort();
    for f in files {
        let name = f.file_name().unwrap().to_string_lossy().to_string();
        let src = std::fs::read_to_string(&f).unwrap();
        let res = parser::parse(src.as_str()).unwrap_or_else(|(_, errors)| {
            let e = &errors[0];
            let line = src[..e.pos.start].lines().count();
            panic!("{lang}/{name}:{line}: {:?}", e.kind)
        });
        for entry in res.body {
            if let Entry::Message(m) = entry {
                let mut vars = BTreeSet::new();
                // Arguments the code passes that this language's text need not show
                // ("# Also passed: $of"): other languages may use them.
                if let Some(c) = &m.comment {
                    for line in &c.content {
                        for w in line.split_whitespace() {
                            if let Some(v) = w.strip_prefix('$') {
                                let v = v.trim_matches(|c: char| !c.is_alphanumeric() && c != '-');
                                vars.insert(v.to_string());
                            }
                        }
                    }
                }
                let mut text = String::new();
                if let Some(p) = &m.value {
                    walk(p, &mut vars, &mut text);
                }
                let id = m.id.name.to_string();
                assert!(
                    out.insert(id.clone(), (name.clone(), text, vars)).is_none(),
                    "{lang}/{name}: '{id}' is defined twice"
                );
            }
        }
    }
    out
}

fn walk(p: &ast::Pattern<&str>, vars: &mut BTreeSet<String>, text: &mut String) {
    for el in &p.elements {
        match el {
            PatternElement::TextElement { value } => text.push_str(value),
            PatternElement::Placeable { expression } => {
                text.push_str(" {} ");
                expr(expression, vars, text)
            }
        }
    }
}

fn expr(e: &Expression<&str>, vars: &mut BTreeSet<String>, text: &mut String) {
    match e {
        Expression::Select { selector, variants } => {
            inline(selector, vars);
            for v in variants {
                walk(&v.value, vars, text);
                text.push(' ');
            }
        }
        Expression::Inline(i) => inline(i, vars),
    }
}

fn inline(i: &InlineExpression<&str>, vars: &mut BTreeSet<String>) {
    if let InlineExpression::VariableReference { id } = i {
        vars.insert(id.name.to_string());
    }
}

#[test]
fn every_language_has_every_message_with_the_same_variables() {
    let en = messages("en");
    assert!(!en.is_empty());
    for lang in ["zh-Hant", "pt"] {
        let other = messages(lang);
        let missing: Vec<_> = en.keys().filter(|k| !other.contains_key(*k)).collect();
        assert!(missing.is_empty(), "{lang} lacks {missing:?}");
        let extra: Vec<_> = other.keys().filter(|k| !en.contains_key(*k)).collect();
        assert!(
            extra.is_empty(),
            "{lang} has messages English lacks: {extra:?}"
        );
        for (id, (file, _, vars)) in &other {
            let (en_file, _, en_vars) = &en[id];
            assert_eq!(
                file, en_file,
                "{lang}: '{id}' is in {file}, English has it in {en_file}"
            );
            let unknown: Vec<_> = vars.difference(en_vars).collect();
            assert!(
                unknown.is_empty(),
                "{lang}/{file}: '{id}' uses {unknown:?}, which the code does not pass"
            );
        }
    }
}

fn sources(dir: &Path, out: &mut Vec<PathBuf>) {
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            sources(&p, out);
        } else if p.extension().is_some_and(|e| e == "rs") {
            out.push(p);
        }
    }
}

/// The ids the code asks for: the first string literal after the first comma of each
/// `tr!(`.
fn ids_in_code() -> BTreeMap<String, String> {
    let mut files = Vec::new();
    sources(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        &mut files,
    );
    let mut ids = BTreeMap::new();
    for f in files {
        let src: String = std::fs::read_to_string(&f)
            .unwrap()
            .lines()
            .filter(|l| !l.trim_start().starts_with("//"))
            .collect::<Vec<_>>()
            .join("\n");
        let mut rest = src.as_str();
        while let Some(at) = rest.find("tr!(") {
            rest = &rest[at + 4..];
            let Some(comma) = rest.find(',') else { break };
            let after = &rest[comma + 1..];
            let Some(q) = after.find('"') else { break };
            let lit = &after[q + 1..];
            let Some(end) = lit.find('"') else { break };
            let id = &lit[..end];
            if !id.is_empty() && id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-') {
                ids.entry(id.to_string())
                    .or_insert_with(|| f.display().to_string());
            }
        }
    }
    ids
}

#[test]
fn every_id_the_code_asks_for_exists_and_every_message_is_used() {
    let en = messages("en");
    let used = ids_in_code();
    let missing: Vec<_> = used
        .iter()
        .filter(|(id, _)| !en.contains_key(*id))
        .map(|(id, f)| format!("{id} ({f})"))
        .collect();
    assert!(
        missing.is_empty(),
        "asked for but not in the catalogue: {missing:#?}"
    );
    let unused: Vec<_> = en
        .iter()
        .filter(|(id, _)| !used.contains_key(*id))
        .map(|(id, (f, ..))| format!("{id} ({f})"))
        .collect();
    assert!(
        unused.is_empty(),
        "in the catalogue but never asked for: {unused:#?}"
    );
}

/// Words that stay as they are in every language: names, acronyms, commands.
const KEEP: &[&str] = &[
    "Farol",
    "DSPDP",
    "GPDP",
    "PIA",
    "PDPA",
    "PIPL",
    "RON",
    "PDF",
    "JSON",
    "SHA-256",
    "OpenSSL",
    "WP248",
    "CNIL",
    "GBA",
    "Enter",
    "Esc",
    "Tab",
    "Ctrl",
    "README",
    "VERIFICATION",
];

/// Three or more Latin words in a row, outside placeables and `code`: an English sentence
/// left in a Chinese message.
fn english_run(text: &str) -> Option<String> {
    let mut plain = String::new();
    let mut in_code = false;
    for c in text.chars() {
        if c == '`' {
            in_code = !in_code;
            plain.push(' ');
        } else if !in_code {
            plain.push(c);
        }
    }
    let mut run: Vec<&str> = Vec::new();
    for w in plain.split(|c: char| !(c.is_ascii_alphabetic() || c == '\'' || c == '-')) {
        let w = w.trim_matches(|c| c == '\'' || c == '-');
        if w.len() >= 2 && !KEEP.contains(&w) && w.chars().any(|c| c.is_ascii_lowercase()) {
            run.push(w);
            if run.len() >= 3 {
                return Some(run.join(" "));
            }
        } else if !w.is_empty() {
            run.clear();
        }
    }
    None
}

#[test]
fn chinese_messages_hold_no_english_sentence() {
    let zh = messages("zh-Hant");
    let bad: Vec<_> = zh
        .iter()
        .filter_map(|(id, (f, text, _))| english_run(text).map(|r| format!("{f}: {id}: «{r}»")))
        .collect();
    assert!(bad.is_empty(), "English left in Chinese messages: {bad:#?}");
}

#[test]
fn portuguese_messages_are_translated() {
    let en = messages("en");
    let pt = messages("pt");
    let same: Vec<_> = pt
        .iter()
        .filter(|(id, (_, text, _))| {
            let words = text.split_whitespace().filter(|w| w.len() > 3).count();
            words >= 3 && en[*id].1 == *text
        })
        .map(|(id, (f, ..))| format!("{f}: {id}"))
        .collect();
    assert!(
        same.is_empty(),
        "Portuguese messages identical to English: {same:#?}"
    );
}

/// The law's terms: where an English message uses one, its translations use the
/// glossary's words for it (questionnaires/glossary.ron).
const TERMS: &[(&str, &str, &str)] = &[
    ("DSPDP", "個人資料保護局", "DSPDP"),
    ("personal data", "個人資料", "dados pessoais"),
    ("data subject", "資料當事人", "titular"),
    ("sensitive data", "敏感資料", "dados sensíveis"),
    ("authorisation", "許可", "autoriza"),
    ("notify", "通知", "notifica"),
    ("notification", "通知", "notificação"),
    (
        "controller",
        "負責處理個人資料的實體",
        "responsável pelo tratamento",
    ),
    ("processor", "次合同人", "subcontratante"),
    ("legal basis", "法律依據", "fundamento jurídico"),
    ("residual", "剩餘", "residual"),
    ("inherent", "固有", "inerente"),
    ("severity", "嚴重程度", "gravidade"),
    ("likelihood", "可能性", "probabilidade"),
];

#[test]
fn translations_use_the_glossarys_terms() {
    let en = messages("en");
    let zh = messages("zh-Hant");
    let pt = messages("pt");
    let mut bad = Vec::new();
    for (id, (f, text, _)) in &en {
        let lower = text.to_lowercase();
        for (term, z, p) in TERMS {
            if !lower.contains(&term.to_lowercase()) {
                continue;
            }
            if let Some((_, zt, _)) = zh.get(id)
                && !zt.contains(z)
            {
                bad.push(format!(
                    "zh-Hant/{f}: '{id}' says «{term}» in English but not {z}"
                ));
            }
            if let Some((_, pt_text, _)) = pt.get(id)
                && !pt_text.to_lowercase().contains(&p.to_lowercase())
            {
                bad.push(format!(
                    "pt/{f}: '{id}' says «{term}» in English but not «{p}»"
                ));
            }
        }
    }
    assert!(bad.is_empty(), "{bad:#?}");
}

#[test]
fn no_mainland_or_reformed_spelling_where_macau_usage_differs() {
    for lang in ["zh-Hant", "pt"] {
        for (id, (f, text, _)) in messages(lang) {
            for wrong in ["个人信息", "单独同意", "大陸", "proteção", "direção"] {
                assert!(!text.contains(wrong), "{lang}/{f}: '{id}' uses «{wrong}»");
            }
            let words = text
                .split(|c: char| !c.is_alphabetic())
                .map(str::to_lowercase);
            for w in words {
                assert!(
                    !["ação", "ações", "ativo", "ativa", "atual", "efetuar"].contains(&w.as_str()),
                    "{lang}/{f}: '{id}' uses «{w}»: Macau keeps the spelling of the law (acção, actual)"
                );
            }
        }
    }
}

#[test]
fn the_catalogue_covers_the_three_languages() {
    for lang in LANGS {
        assert!(root().join(lang).join("common.ftl").exists(), "{lang}");
    }
}
