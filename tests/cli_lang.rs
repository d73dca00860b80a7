//! The `farol` binary in Traditional Chinese and Portuguese: the language comes from
//! --lang, FAROL_LANG or the locale; the text output holds no English sentence (checked
//! against the English catalogue); --json is the same in every language; ids for new
//! assessments, given or made from a Chinese title.

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use fluent_syntax::ast::{Entry, Expression, Pattern, PatternElement};

/// A sandbox: its own dossier, keys, home and configuration, and no language from the
/// environment unless a test sets one.
struct Sandbox {
    _tmp: tempfile::TempDir,
    root: PathBuf,
}

impl Sandbox {
    fn new() -> Self {
        let tmp = tempfile::tempdir().unwrap();
        let root = tmp.path().to_path_buf();
        for d in ["home", "dossier", "config", "data"] {
            std::fs::create_dir(root.join(d)).unwrap();
        }
        Sandbox { _tmp: tmp, root }
    }

    fn dossier(&self) -> PathBuf {
        self.root.join("dossier")
    }

    fn farol(&self) -> Command {
        let e = |d: &str| self.root.join(d);
        let mut c = Command::cargo_bin("farol").unwrap();
        c.current_dir(&self.root)
            .env("HOME", e("home"))
            .env("FAROL_KEYS", e("keys"))
            .env("FAROL_DOSSIER", e("dossier"))
            .env("XDG_CONFIG_HOME", e("config"))
            .env("XDG_DATA_HOME", e("data"))
            .env_remove("FAROL_LANG")
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .env("LANG", "C.UTF-8");
        c
    }

    /// Runs farol, expecting success; its standard output.
    fn run(&self, args: &[&str]) -> String {
        let out = self.farol().args(args).output().unwrap();
        assert!(
            out.status.success(),
            "farol {args:?} failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).unwrap()
    }

    fn with_demo() -> Self {
        let s = Sandbox::new();
        s.run(&["demo"]);
        s
    }
}

/// The literal text of every English message, in the pieces between its placeables: the
/// phrases of three words or more, which a Chinese or Portuguese output must not contain.
fn english_phrases() -> Vec<(String, String)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/i18n/en");
    let mut out = Vec::new();
    for f in std::fs::read_dir(&dir).unwrap() {
        let path = f.unwrap().path();
        if path.extension().is_none_or(|e| e != "ftl") {
            continue;
        }
        let src = std::fs::read_to_string(&path).unwrap();
        let res = fluent_syntax::parser::parse(src.as_str()).unwrap();
        for entry in res.body {
            if let Entry::Message(m) = entry
                && let Some(p) = &m.value
            {
                let mut pieces = Vec::new();
                literal_pieces(p, &mut pieces);
                for piece in pieces {
                    for line in piece.lines() {
                        let line = line.trim();
                        if words(line).len() >= 3 {
                            out.push((m.id.name.to_string(), line.to_string()));
                        }
                    }
                }
            }
        }
    }
    assert!(out.len() > 100, "{} English phrases", out.len());
    out
}

fn literal_pieces(p: &Pattern<&str>, out: &mut Vec<String>) {
    let mut current = String::new();
    for el in &p.elements {
        match el {
            PatternElement::TextElement { value } => current.push_str(value),
            PatternElement::Placeable { expression } => {
                out.push(std::mem::take(&mut current));
                if let Expression::Select { variants, .. } = expression {
                    for v in variants {
                        literal_pieces(&v.value, out);
                    }
                }
            }
        }
    }
    out.push(current);
}

/// The Latin words of a text (letters, apostrophes and inner hyphens).
fn words(s: &str) -> Vec<&str> {
    s.split(|c: char| !(c.is_ascii_alphabetic() || c == '\'' || c == '-'))
        .map(|w| w.trim_matches(|c| c == '\'' || c == '-'))
        .filter(|w| w.len() >= 2)
        .collect()
}

/// Strings the user wrote (the demo's titles, names and answers in English, as a Macau
/// SME might): names, not Farol's sentences.
fn user_texts() -> Vec<String> {
    let loaded = farol::questionnaire::load::embedded_default();
    let d = farol::demo::draft(&loaded);
    let mut out = vec![
        d.title.clone(),
        d.meta.organisation.clone(),
        d.meta.system.clone(),
        d.meta.vendor.clone(),
        d.meta.assessor.clone(),
    ];
    for a in d.answers.values() {
        match a {
            farol::answer::Answer::Text(t) => out.push(t.clone()),
            farol::answer::Answer::Rows(rows) => {
                for row in rows {
                    for cell in row.values() {
                        if let farol::answer::Cell::Text(t) = cell {
                            out.push(t.clone());
                        }
                    }
                }
            }
            _ => {}
        }
    }
    out.retain(|s| !s.trim().is_empty());
    // Longest first, so a name inside a longer text is not removed before it.
    out.sort_by_key(|s| std::cmp::Reverse(s.len()));
    out
}

/// Every citation label the score shows, from its JSON in the language asked for
/// (citations are the questionnaire's, shown as it labels them).
fn citations(json: &str) -> Vec<String> {
    fn walk(v: &serde_json::Value, key: Option<&str>, out: &mut Vec<String>) {
        match v {
            serde_json::Value::Object(m) => {
                for (k, v) in m {
                    walk(v, Some(k), out);
                }
            }
            serde_json::Value::Array(a) => {
                for v in a {
                    walk(v, key, out);
                }
            }
            serde_json::Value::String(s) if key == Some("cite") => out.push(s.clone()),
            _ => {}
        }
    }
    let v: serde_json::Value = serde_json::from_str(json).unwrap();
    let mut out = Vec::new();
    walk(&v, None, &mut out);
    out.sort_by_key(|s| std::cmp::Reverse(s.len()));
    out.dedup();
    out
}

fn squash(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The output as one line (wrapping undone), without the user's own texts, the
/// citations, and commands in backticks.
fn farol_words_only(output: &str, exempt: &[String]) -> String {
    let mut text = squash(output);
    for e in exempt {
        text = text.replace(&squash(e), " ¶ ");
    }
    let mut plain = String::new();
    let mut code = false;
    for c in text.chars() {
        if c == '`' {
            code = !code;
            plain.push_str(" ¶ ");
        } else if !code {
            plain.push(c);
        }
    }
    plain
}

/// English function words that Portuguese does not share.
const ENGLISH_ONLY: &[&str] = &[
    "the", "and", "of", "is", "with", "for", "not", "be", "are", "this", "that", "by", "from",
    "on", "it", "its", "was", "has", "have", "will", "which", "before", "after", "your", "you",
    "their", "been", "what", "how", "why", "yet", "any", "each", "every", "there", "here",
];

/// Runs of four or more English words: any run of Latin words in Chinese output; in
/// Portuguese output, a run with two English function words in it.
fn english_runs(text: &str, lang: &str) -> Vec<String> {
    let mut found = Vec::new();
    let mut run: Vec<String> = Vec::new();
    let flush = |run: &mut Vec<String>, found: &mut Vec<String>| {
        if run.len() >= 4 {
            let english = run
                .iter()
                .filter(|w| ENGLISH_ONLY.contains(&w.to_lowercase().as_str()))
                .count();
            if lang == "zh-Hant" || english >= 2 {
                found.push(run.join(" "));
            }
        }
        run.clear();
    };
    for token in text.split_whitespace() {
        let t = token.trim_matches(|c: char| ",.;:()[]\"«»!?—".contains(c));
        let word = t.len() >= 2
            && t.chars()
                .all(|c| c.is_ascii_alphabetic() || c == '\'' || c == '-')
            && t.chars().any(|c| c.is_ascii_lowercase());
        if word {
            run.push(t.to_string());
        } else {
            flush(&mut run, &mut found);
        }
    }
    flush(&mut run, &mut found);
    found
}

/// What a Chinese or Portuguese reader would find in English in `output`.
fn english_in(output: &str, lang: &str, exempt: &[String]) -> Vec<String> {
    let text = farol_words_only(output, exempt);
    let mut bad: Vec<String> = english_phrases()
        .into_iter()
        .filter(|(_, phrase)| text.contains(&squash(phrase)))
        .map(|(id, phrase)| format!("{id}: «{phrase}»"))
        .collect();
    bad.extend(
        english_runs(&text, lang)
            .into_iter()
            .map(|r| format!("«{r}»")),
    );
    bad
}

fn assert_no_english(s: &Sandbox, lang: &str, args: &[&str], json_args: Option<&[&str]>) {
    let mut full = vec!["--lang", lang];
    full.extend_from_slice(args);
    let out = s.run(&full);
    assert!(!out.trim().is_empty(), "farol {full:?} printed nothing");
    let mut exempt = user_texts();
    if let Some(j) = json_args {
        let mut jf = vec!["--lang", lang];
        jf.extend_from_slice(j);
        // The citations as the score's own texts carry them (the JSON is language-neutral,
        // so they are read from the text itself: each is in brackets or after a dash).
        exempt.extend(citations(&s.run(&jf)));
        exempt.extend(citations_in_language(s, lang));
    }
    let bad = english_in(&out, lang, &exempt);
    assert!(
        bad.is_empty(),
        "farol {full:?} prints English:\n{}\n\n{out}",
        bad.join("\n")
    );
}

/// The citation labels in `lang`, from the library (the score in that language).
fn citations_in_language(s: &Sandbox, lang: &str) -> Vec<String> {
    let loaded = farol::questionnaire::load::embedded_default();
    let (d, _) = farol::dossier::Dossier::open(s.dossier())
        .load_draft(farol::demo::ID)
        .unwrap();
    let score = farol::risk::score(&loaded.questionnaire, &d.answers, lang);
    citations(&serde_json::to_string(&score).unwrap())
}

#[test]
fn the_score_in_chinese_and_portuguese_holds_no_english_sentence() {
    let s = Sandbox::with_demo();
    // The check bites: the English output is full of English.
    let en = s.run(&["score", "demo-worklink-rollout"]);
    for lang in ["zh-Hant", "pt"] {
        let found = english_in(&en, lang, &user_texts());
        assert!(found.len() > 30, "{lang}: only {found:?}");
    }
    for lang in ["zh-Hant", "pt"] {
        assert_no_english(
            &s,
            lang,
            &["score", "demo-worklink-rollout"],
            Some(&["score", "demo-worklink-rollout", "--json"]),
        );
    }
}

#[test]
fn list_status_and_the_home_screen_speak_the_language() {
    let s = Sandbox::with_demo();
    for lang in ["zh-Hant", "pt"] {
        assert_no_english(&s, lang, &["list"], None);
        assert_no_english(&s, lang, &["status"], None);
        assert_no_english(&s, lang, &["status", "demo-worklink-rollout"], None);
        assert_no_english(&s, lang, &[], None);
        assert_no_english(&s, lang, &["questionnaire", "list"], None);
    }
    let empty = Sandbox::new();
    assert_no_english(&empty, "zh-Hant", &["list"], None);
    assert!(
        empty
            .run(&["--lang", "zh-Hant", "list"])
            .contains("尚未有任何評估")
    );
}

#[test]
fn chinese_explanations_wrap_within_the_width() {
    let s = Sandbox::with_demo();
    let out = s.run(&["--lang", "zh-Hant", "score", "demo-worklink-rollout"]);
    // Explanations (the indented paragraphs) wrap at 96 columns, a Chinese character
    // taking two; headings and list items are one line each.
    let mut paragraphs = 0;
    for line in out.lines() {
        let body = line.trim_start();
        let indent = line.len() - body.len();
        if indent >= 5 && !body.starts_with(['·', '[', '→', '-']) {
            paragraphs += 1;
            let w = farol::present::width(line);
            assert!(w <= 96, "{w} columns: {line}");
        }
    }
    assert!(paragraphs > 50, "{out}");
    assert!(out.contains("風險評估："), "{out}");
    assert!(out.contains("採取措施前（固有風險）"), "{out}");
}

#[test]
fn an_unknown_language_exits_2_and_lists_the_languages() {
    let s = Sandbox::new();
    for args in [
        vec!["--lang", "xx", "list"],
        vec!["list", "--lang=xx"],
        vec!["--lang", "xx", "--help"],
    ] {
        let out = s.farol().args(&args).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let err = String::from_utf8(out.stderr).unwrap();
        for want in [
            "'xx'",
            "en (English)",
            "zh-Hant (繁體中文)",
            "pt (Português)",
        ] {
            assert!(err.contains(want), "{args:?}: {err}");
        }
    }
    let out = s
        .farol()
        .env("FAROL_LANG", "fr")
        .arg("list")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("FAROL_LANG"));
}

#[test]
fn the_locale_and_farol_lang_choose_the_language_without_a_flag() {
    let s = Sandbox::with_demo();
    let zh = s
        .farol()
        .env("LANG", "zh_MO.UTF-8")
        .args(["score", "demo-worklink-rollout"])
        .output()
        .unwrap();
    let zh = String::from_utf8(zh.stdout).unwrap();
    assert!(zh.contains("風險評估：") && zh.contains("整體風險"), "{zh}");
    let pt = s
        .farol()
        .env("FAROL_LANG", "pt")
        .env("LANG", "zh_MO.UTF-8")
        .args(["score", "demo-worklink-rollout"])
        .output()
        .unwrap();
    let pt = String::from_utf8(pt.stdout).unwrap();
    assert!(
        pt.contains("Avaliação de risco:") && pt.contains("Risco global"),
        "{pt}"
    );
    // --lang beats both.
    let en = s
        .farol()
        .env("FAROL_LANG", "pt")
        .env("LANG", "zh_MO.UTF-8")
        .args(["--lang", "en", "score", "demo-worklink-rollout"])
        .output()
        .unwrap();
    assert!(
        String::from_utf8(en.stdout)
            .unwrap()
            .contains("Risk assessment:")
    );
}

#[test]
fn json_output_is_the_same_in_every_language() {
    let s = Sandbox::with_demo();
    for args in [
        vec!["score", "demo-worklink-rollout", "--json"],
        vec!["list", "--json"],
        vec!["status", "--json"],
        vec!["status", "demo-worklink-rollout", "--json"],
    ] {
        let outs: Vec<String> = ["en", "zh-Hant", "pt"]
            .iter()
            .map(|l| {
                let mut a = vec!["--lang", l];
                a.extend_from_slice(&args);
                // When the verify before this one ran ("arrived" since) differs each time.
                s.run(&a)
                    .lines()
                    .filter(|l| !l.contains("\"since\":"))
                    .collect::<Vec<_>>()
                    .join("\n")
            })
            .collect();
        assert_eq!(outs[0], outs[1], "{args:?}: en and zh-Hant differ");
        assert_eq!(outs[0], outs[2], "{args:?}: en and pt differ");
    }
}

#[test]
fn new_takes_a_given_id_refuses_a_bad_or_taken_one_and_makes_one_from_a_chinese_title() {
    let s = Sandbox::new();
    let out = s.run(&["new", "--title", "指紋考勤", "--lang", "zh-Hant"]);
    assert!(out.contains("「zhi-wen-kao-qin」"), "{out}");
    assert!(
        s.dossier()
            .join("assessments/zhi-wen-kao-qin/draft.ron")
            .is_file()
    );

    let out = s.run(&["new", "--title", "指紋考勤", "--id", "fingerprint-2026"]);
    assert!(out.contains("'fingerprint-2026'"), "{out}");
    assert!(
        s.dossier()
            .join("assessments/fingerprint-2026/draft.ron")
            .is_file()
    );

    // A taken id is an error, not silently renamed.
    let out = s
        .farol()
        .args(["new", "--title", "Another", "--id", "fingerprint-2026"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("already has an assessment 'fingerprint-2026'"),
        "{err}"
    );
    assert!(!s.dossier().join("assessments/fingerprint-2026-2").exists());

    // An invalid id exits 2 and says what a valid one looks like, in the language asked.
    for bad in ["Fingerprint", "a b", "-a", "a--b", "指紋"] {
        let out = s
            .farol()
            .args(["new", "--title", "x", &format!("--id={bad}")])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2), "{bad}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains("lower-case letters"), "{bad}: {err}");
    }
    let out = s
        .farol()
        .args(["--lang", "pt", "new", "--title", "x", "--id", "A"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.starts_with("erro: ") && err.contains("letras minúsculas"),
        "{err}"
    );

    // The same title again gets the next free id.
    let out = s.run(&["new", "--title", "指紋考勤"]);
    assert!(out.contains("'zhi-wen-kao-qin-2'"), "{out}");
}

#[test]
fn plurals_come_from_the_catalogue() {
    let s = Sandbox::with_demo();
    let out = s.run(&["--lang", "pt", "status", "demo-worklink-rollout"]);
    assert!(out.contains("rascunho"), "{out}");
    let en = s.run(&["questionnaire", "list"]);
    let pt = s.run(&["--lang", "pt", "questionnaire", "list"]);
    assert!(
        en.contains(" questions, ") && pt.contains(" perguntas, "),
        "{en}\n{pt}"
    );
}

#[test]
fn help_speaks_the_language_asked_for() {
    let s = Sandbox::new();
    for lang in ["zh-Hant", "pt"] {
        for args in [
            vec!["--help"],
            vec!["-h"],
            vec!["new", "--help"],
            vec!["review", "--help"],
            vec!["evidence", "--help"],
            vec!["keys", "new", "--help"],
            vec!["help", "score"],
        ] {
            assert_no_english(&s, lang, &args, None);
        }
    }
    let zh = s.run(&["--lang", "zh-Hant", "--help"]);
    assert!(zh.contains("用法：farol") && zh.contains("選項："), "{zh}");
    // The language is found before the arguments are parsed: from the locale too.
    let out = s
        .farol()
        .env("LANG", "pt_PT.UTF-8")
        .args(["score", "--help"])
        .output()
        .unwrap();
    let pt = String::from_utf8(out.stdout).unwrap();
    assert!(
        pt.contains("Utilização: farol score") && pt.contains("Opções:"),
        "{pt}"
    );
    // English stays English.
    let en = s.run(&["--help"]);
    assert!(
        en.contains("Usage: farol") && en.contains("Start a new assessment"),
        "{en}"
    );
}

#[test]
fn usage_errors_speak_the_language_too() {
    let s = Sandbox::new();
    for (lang, args, want) in [
        (
            "zh-Hant",
            vec!["scor"],
            vec!["錯誤：不認識的命令「scor」", "「score」", "用法：farol"],
        ),
        (
            "zh-Hant",
            vec!["score", "--foo"],
            vec!["錯誤：不認識的參數「--foo」"],
        ),
        (
            "pt",
            vec!["keys", "new"],
            vec!["erro: não foram indicados", "--name"],
        ),
        (
            "pt",
            vec!["export", "x", "--format", "xml"],
            vec!["valores possíveis: json; csv"],
        ),
        (
            "en",
            vec!["scor"],
            vec!["error: unrecognized subcommand 'scor'"],
        ),
    ] {
        let mut full = vec!["--lang", lang];
        full.extend_from_slice(&args);
        let out = s.farol().args(&full).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{full:?}");
        let err = String::from_utf8(out.stderr).unwrap();
        for w in want {
            assert!(err.contains(w), "{full:?}: {err}");
        }
    }
}

#[test]
fn signing_verifying_and_diffing_in_chinese_and_portuguese() {
    let s = Sandbox::with_demo();
    s.run(&["--lang", "zh-Hant", "keys", "new", "--name", "陳大文"]);
    let list = s.run(&["--lang", "zh-Hant", "keys", "list"]);
    assert!(list.contains("陳大文（評估人）"), "{list}");
    let id = list
        .split_whitespace()
        .find(|w| w.starts_with("farol:"))
        .unwrap()
        .to_string();
    let out = s.run(&["--lang", "pt", "keys", "trust", &id]);
    assert!(
        out.contains("Confiada a chave") && out.contains("avaliador"),
        "{out}"
    );
    let out = s.run(&["--lang", "zh-Hant", "sign", "demo-worklink-rollout"]);
    assert!(out.contains("修訂版本 1") && out.contains("紀錄"), "{out}");
    s.run(&[
        "answer",
        "demo-worklink-rollout",
        "sec.review_date",
        "2026-11-30",
    ]);
    s.run(&["--lang", "zh-Hant", "sign", "demo-worklink-rollout"]);

    let zh = s.run(&["--lang", "zh-Hant", "verify"]);
    for want in ["簽署人", "陳大文（評估人）", "修訂版本 2"] {
        assert!(zh.contains(want), "{want}: {zh}");
    }
    let pt = s.run(&["--lang", "pt", "verify"]);
    assert!(
        pt.contains("revisão 2") && pt.contains("2 registos"),
        "{pt}"
    );
    for lang in ["zh-Hant", "pt"] {
        assert_no_english(&s, lang, &["status"], None);
        assert_no_english(&s, lang, &["status", "demo-worklink-rollout"], None);
        assert_no_english(&s, lang, &["keys", "list"], None);
    }
    let diff = s.run(&["--lang", "zh-Hant", "diff", "demo-worklink-rollout"]);
    assert!(
        diff.contains("修訂版本 1（陳大文（評估人）") && diff.contains("答案（1 項改動）"),
        "{diff}"
    );

    for args in [
        vec!["verify", "--json"],
        vec!["diff", "demo-worklink-rollout", "--json"],
        vec!["review", "demo-worklink-rollout", "--json"],
    ] {
        let outs: Vec<String> = ["en", "zh-Hant", "pt"]
            .iter()
            .map(|l| {
                let mut a = vec!["--lang", l];
                a.extend_from_slice(&args);
                // When the verify before this one ran ("arrived" since) differs each time.
                s.run(&a)
                    .lines()
                    .filter(|l| !l.contains("\"since\":"))
                    .collect::<Vec<_>>()
                    .join("\n")
            })
            .collect();
        assert_eq!(outs[0], outs[1], "{args:?}: en and zh-Hant differ");
        assert_eq!(outs[0], outs[2], "{args:?}: en and pt differ");
    }
}
