//! `farol questionnaire check`: the real questionnaire passes, and broken copies give
//! errors that point at the right file, line and column.

mod common;

use farol::location::Location;
use farol::questionnaire::check::{Report, Severity, check_source};

const FILE: &str = "q.ron";

fn errors(r: &Report) -> Vec<String> {
    r.problems
        .iter()
        .filter(|p| p.severity == Severity::Error)
        .map(|p| p.to_string())
        .collect()
}

fn at_text(src: &str, needle: &str) -> Location {
    Location::at_offset(
        FILE,
        src,
        src.find(needle)
            .unwrap_or_else(|| panic!("{needle} not in source")),
    )
}

fn assert_error_at(r: &Report, at: &Location, contains: &str) {
    let found = r.problems.iter().any(|p| {
        p.severity == Severity::Error
            && p.at.line == at.line
            && p.at.column == at.column
            && p.message.contains(contains)
    });
    assert!(
        found,
        "expected an error containing {contains:?} at {at}; got:\n{}",
        errors(r).join("\n")
    );
}

#[test]
fn the_macau_questionnaire_passes_every_check() {
    let l = common::macau();
    let r = check_source("questionnaires/macau-pdpa.ron", &l.source);
    assert!(r.passed(), "{}", farol::present::check_text(&r));
    assert!(
        r.questions >= 70,
        "the Macau PIA has at least 70 questions, not {}",
        r.questions
    );
    let warnings: Vec<_> = r.problems.iter().map(|p| p.to_string()).collect();
    assert!(warnings.is_empty(), "warnings:\n{}", warnings.join("\n"));
}

#[test]
fn every_risk_question_explains_itself_with_a_verified_citation() {
    let l = common::macau();
    for (_, q) in l.questionnaire.questions() {
        if q.effects.is_empty() {
            continue;
        }
        assert!(!q.help.is_blank(), "{} has effects but no help", q.id);
        assert!(!q.example.is_blank(), "{} has effects but no example", q.id);
        assert!(
            q.cite.iter().any(|c| c.verified),
            "{} has effects but no verified citation",
            q.id
        );
    }
}

#[test]
fn no_claim_the_reference_lists_as_wrong() {
    let src = common::macau().source.to_lowercase();
    for wrong in [
        "article 12 prohibits",
        "art 12 prohibits",
        "2% of",
        "turnover",
        "15 days",
        "essentially equivalent",
        "14/2023",
        "2/2019",
        "administrative regulation no. 8/2023",
        "mop 1 million",
        "up to mop",
        "processed locally",
    ] {
        assert!(
            !src.contains(wrong),
            "the questionnaire repeats a claim listed as wrong: {wrong:?}"
        );
    }
}

#[test]
fn articles_the_reference_could_not_verify_are_cited_as_unverified() {
    let l = common::macau();
    let q = &l.questionnaire;
    let mut all: Vec<(&str, &farol::questionnaire::Citation)> = Vec::new();
    for (_, qu) in q.questions() {
        all.extend(qu.cite.iter().map(|c| (qu.id.as_str(), c)));
    }
    for r in &q.rules {
        all.extend(r.cite.iter().map(|c| (r.id.as_str(), c)));
    }
    for o in &q.obligations {
        all.extend(o.cite.iter().map(|c| (o.id.as_str(), c)));
    }
    for a in &q.actions {
        all.extend(a.cite.iter().map(|c| (a.id.as_str(), c)));
    }
    for c in &q.categories {
        if let Some(s) = &c.sensitive {
            all.extend(s.cite.iter().map(|x| (c.id.as_str(), x)));
        }
    }
    let unverified = ["8", "12", "13", "17", "18", "24"];
    for (owner, c) in all {
        if c.instrument == "Law 8/2005" && unverified.contains(&c.article.as_str()) {
            assert!(
                !c.verified,
                "{owner} cites Law 8/2005 Art {} as verified; the reference marks it unverified",
                c.article
            );
        }
        if c.instrument == "Law 8/2005" {
            assert!(
                c.article != "12" || !c.label().to_lowercase().contains("transfer"),
                "{owner}: transfers are Arts 19–20"
            );
        }
    }
}

// Deliberately broken copies of the real questionnaire.

#[test]
fn a_syntax_error_is_located() {
    let src = common::macau().source;
    // Drop the comma after the first question's id.
    let needle = "id: \"scr.";
    let i = src.find(needle).unwrap();
    let comma = i + src[i..].find(',').unwrap();
    let broken = format!("{}{}", &src[..comma], &src[comma + 1..]);
    let r = check_source(FILE, &broken);
    assert!(!r.passed());
    let p = &r.problems[0];
    let line_of_comma = Location::at_offset(FILE, &broken, comma).line;
    assert!(
        p.at.line == line_of_comma || p.at.line == line_of_comma + 1,
        "syntax error at {} (comma was on line {line_of_comma})",
        p.at
    );
    assert!(p.to_string().contains("hint:"), "{p}");
}

#[test]
fn a_truncated_file_is_an_error_not_a_panic() {
    let src = common::macau().source;
    for cut in [1, src.len() / 7, src.len() / 2, src.len() - 3] {
        let mut cut = cut;
        while !src.is_char_boundary(cut) {
            cut -= 1;
        }
        let r = check_source(FILE, &src[..cut]);
        assert!(!r.passed(), "a file cut at {cut} must not pass");
        assert!(r.problems[0].at.line >= 1);
    }
}

#[test]
fn a_duplicate_question_id_is_located_at_the_second_declaration() {
    let l = common::macau();
    let ids: Vec<&str> = l
        .questionnaire
        .questions()
        .map(|(_, q)| q.id.as_str())
        .collect();
    let (first, second) = (ids[0], ids[1]);
    let decl = format!("id: \"{second}\"");
    let broken = l.source.replacen(&decl, &format!("id: \"{first}\""), 1);
    let r = check_source(FILE, &broken);
    let at = Location::at_offset(FILE, &broken, l.source.find(&decl).unwrap() + 4);
    assert_error_at(&r, &at, &format!("duplicate question id '{first}'"));
}

#[test]
fn a_condition_naming_an_unknown_question_is_located() {
    let src = common::macau().source;
    let i = src
        .find("show_if: Is(\"")
        .expect("some question has a condition");
    let start = i + "show_if: Is(".len();
    let end = start + 1 + src[start + 1..].find('"').unwrap();
    let broken = format!("{}\"nope.question{}", &src[..start], &src[end..]);
    let r = check_source(FILE, &broken);
    let at = Location::at_offset(FILE, &broken, start);
    assert_error_at(&r, &at, "unknown question 'nope.question'");
}

#[test]
fn a_condition_naming_an_unknown_choice_is_located() {
    let src = common::macau().source;
    let i = src.find("show_if: Is(\"").unwrap();
    let after_q = i + src[i..].find("\", \"").unwrap() + 3;
    let end = after_q + 1 + src[after_q + 1..].find('"').unwrap();
    let broken = format!("{}\"no-such-choice{}", &src[..after_q], &src[end..]);
    let r = check_source(FILE, &broken);
    let at = Location::at_offset(FILE, &broken, after_q);
    assert_error_at(&r, &at, "unknown choice 'no-such-choice'");
}

#[test]
fn an_unknown_category_in_a_target_is_located() {
    let src = common::macau().source;
    let needle = "Only([\"";
    let i = src
        .find(needle)
        .expect("some effect targets named categories");
    let start = i + needle.len() - 1;
    let end = start + 1 + src[start + 1..].find('"').unwrap();
    let broken = format!("{}\"biometrics{}", &src[..start], &src[end..]);
    let r = check_source(FILE, &broken);
    assert_error_at(
        &r,
        &Location::at_offset(FILE, &broken, start),
        "unknown category 'biometrics'",
    );
}

#[test]
fn a_risk_question_without_help_is_refused() {
    let l = common::macau();
    let (_, q) = l
        .questionnaire
        .questions()
        .find(|(_, q)| !q.effects.is_empty())
        .unwrap();
    let help = format!("help: {:?}", q.help.get("en"));
    assert!(l.source.contains(&help), "help written as a plain string");
    let broken = l.source.replacen(&help, "help: \"\"", 1);
    let r = check_source(FILE, &broken);
    let at = Location::at_offset(
        FILE,
        &broken,
        l.source.find(&format!("id: \"{}\"", q.id)).unwrap() + 4,
    );
    assert_error_at(&r, &at, "affects the risk model but has no help text");
}

// Small questionnaires for the structural checks.

fn mini(sections: &str, rules: &str) -> String {
    format!(
        r#"Questionnaire(
    id: "mini",
    version: "1",
    title: "Mini",
    matrix: [[Low, Low, Medium, Medium], [Low, Medium, Medium, High], [Medium, Medium, High, VeryHigh], [Medium, High, VeryHigh, VeryHigh]],
    categories: [
        Category(id: "health", name: "Health", severity: Significant, likelihood: Limited, in_scope: Is("a", "yes"),
            sensitive: Sensitivity(because: "Art 7 data", cite: [Citation(instrument: "Law 8/2005", article: "7")])),
    ],
    sections: [
{sections}
    ],
    rules: [
{rules}
    ],
)"#
    )
}

const A: &str = r#"Question(id: "a", prompt: "A?", help: "Why", example: "E", cite: [Citation(instrument: "Law 8/2005", article: "7")], kind: YesNo),"#;

#[test]
fn mini_questionnaire_is_valid() {
    let src = mini(
        &format!("Section(id: \"s\", title: \"S\", questions: [{A}])"),
        "",
    );
    let r = check_source(FILE, &src);
    assert!(r.passed(), "{}", farol::present::check_text(&r));
}

#[test]
fn a_cycle_is_reported() {
    let src = mini(
        r#"Section(id: "s", title: "S", questions: [
            Question(id: "a", prompt: "A?", help: "Why", example: "E", cite: [Citation(instrument: "Law 8/2005", article: "7")], kind: YesNo),
            Question(id: "b", prompt: "B?", kind: YesNo, show_if: Is("c", "yes")),
            Question(id: "c", prompt: "C?", kind: YesNo, show_if: Is("b", "yes")),
        ])"#,
        "",
    );
    let r = check_source(FILE, &src);
    assert_error_at(&r, &at_text(&src, "\"b\", prompt"), "cycle: b → c → b");
}

#[test]
fn a_forward_reference_is_reported() {
    let src = mini(
        r#"Section(id: "s", title: "S", questions: [
            Question(id: "a", prompt: "A?", help: "Why", example: "E", cite: [Citation(instrument: "Law 8/2005", article: "7")], kind: YesNo, show_if: Is("z", "yes")),
            Question(id: "z", prompt: "Z?", kind: YesNo),
        ])"#,
        "",
    );
    let r = check_source(FILE, &src);
    assert_error_at(&r, &at_text(&src, "\"z\", \"yes\""), "asked later");
}

#[test]
fn a_question_that_can_never_be_shown_is_reported() {
    let src = mini(
        r#"Section(id: "s", title: "S", questions: [
            Question(id: "a", prompt: "A?", help: "Why", example: "E", cite: [Citation(instrument: "Law 8/2005", article: "7")], kind: YesNo),
            Question(id: "b", prompt: "B?", kind: YesNo, show_if: All([Is("a", "yes"), Is("a", "no")])),
            Question(id: "c", prompt: "C?", kind: YesNo, show_if: Is("b", "yes")),
            Question(id: "d", prompt: "D?", kind: YesNo, show_if: All([Is("a", "yes"), Not(Is("a", "yes"))])),
        ])"#,
        "",
    );
    let r = check_source(FILE, &src);
    assert_error_at(&r, &at_text(&src, "\"b\", prompt"), "can never be shown");
    assert_error_at(&r, &at_text(&src, "\"c\", prompt"), "can never be shown");
    assert_error_at(&r, &at_text(&src, "\"d\", prompt"), "can never be shown");
}

#[test]
fn a_risk_effect_needs_a_verified_citation() {
    let src = mini(
        r#"Section(id: "s", title: "S", questions: [
            Question(id: "a", prompt: "A?", help: "Why", example: "E", cite: [Citation(instrument: "Law 8/2005", article: "7")], kind: YesNo),
            Question(id: "b", prompt: "B?", help: "Why", example: "E", kind: YesNo,
                cite: [Citation(instrument: "Law 8/2005", article: "12", verified: false)],
                effects: [Raise(when: ["yes"], to: All, likelihood: 1, because: "More exposure")]),
        ])"#,
        "",
    );
    let r = check_source(FILE, &src);
    assert_error_at(
        &r,
        &at_text(&src, "\"b\", prompt"),
        "cites only unverified articles",
    );
}

#[test]
fn a_measure_cannot_decide_what_raises_risk() {
    let src = mini(
        r#"Section(id: "s", title: "S", questions: [
            Question(id: "a", prompt: "A?", help: "Why", example: "E", cite: [Citation(instrument: "Law 8/2005", article: "7")], kind: YesNo),
            Question(id: "m", prompt: "Encrypted?", help: "Why", example: "E", kind: YesNo,
                cite: [Citation(instrument: "Law 8/2005", article: "15")],
                effects: [Measure(when: ["yes"], to: All, likelihood: -0.5, because: "Harder to read")]),
            Question(id: "k", prompt: "Keys abroad?", help: "Why", example: "E", kind: YesNo, show_if: Is("m", "yes"),
                cite: [Citation(instrument: "Law 8/2005", article: "15")],
                effects: [Raise(when: ["yes"], to: All, likelihood: 1, because: "Keys abroad")]),
        ])"#,
        "",
    );
    let r = check_source(FILE, &src);
    assert_error_at(
        &r,
        &at_text(&src, "\"k\", prompt"),
        "a protective measure could make risk worse",
    );
}

#[test]
fn a_decreasing_matrix_is_refused() {
    let src = mini(
        &format!("Section(id: \"s\", title: \"S\", questions: [{A}])"),
        "",
    )
    .replace(
        "[Medium, High, VeryHigh, VeryHigh]]",
        "[Medium, High, VeryHigh, Low]]",
    );
    let r = check_source(FILE, &src);
    assert_error_at(&r, &at_text(&src, "matrix:"), "goes down");
}

#[test]
fn unknown_fields_and_variants_say_what_is_allowed() {
    let src = mini(
        &format!("Section(id: \"s\", title: \"S\", questions: [{A}])"),
        "",
    )
    .replace("kind: YesNo", "kind: YesNoMaybe");
    let r = check_source(FILE, &src);
    let p = &r.problems[0];
    assert_eq!(p.at.line, at_text(&src, "YesNoMaybe").line);
    assert!(p.hint.contains("YesNo"), "{p}");
}
