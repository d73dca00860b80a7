//! `farol questionnaire check`: the real questionnaire passes, and broken copies give
//! errors that point at the right file, line and column.

mod common;

use farol::location::Location;
use farol::present::check_text;
use farol::questionnaire::Level;
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
    // Levels as the legal reference gives them (macau-law.md, section 1 and section 9).
    let unverified = ["8", "12", "13", "17", "18", "24"];
    let confirmed = [
        "6", "7", "9", "10", "11", "14", "15–16", "19", "19–20", "20", "21", "22", "23", "25", "33",
    ];
    let mut seen = std::collections::BTreeMap::new();
    for (owner, c) in all {
        *seen.entry(c.level()).or_insert(0) += 1;
        if c.instrument == "Law 8/2005" {
            let art = c.article.as_str();
            if unverified.contains(&art) {
                assert_eq!(
                    c.level(),
                    Level::Unverified,
                    "{owner} cites Law 8/2005 Art {art}"
                );
            }
            if confirmed.contains(&art) {
                assert_eq!(
                    c.level(),
                    Level::Confirmed,
                    "{owner} cites Law 8/2005 Art {art}"
                );
            }
            // Only the proportionality link of Art 5 is confirmed; the rest is unverified.
            if art == "5" {
                assert_ne!(
                    c.level(),
                    Level::Verified,
                    "{owner} cites Art 5 as verified"
                );
            }
            assert!(
                art != "12" || !c.label().to_lowercase().contains("transfer"),
                "{owner}: transfers are Arts 19–20"
            );
        }
        if c.instrument == "Law 13/2019" && c.article == "10–14" {
            assert_eq!(
                c.level(),
                Level::Unverified,
                "{owner}: Law 13/2019 Arts 10–14 rest on secondary sources"
            );
        }
    }
    assert!(seen.len() == 3, "all three levels are used: {seen:?}");
}

#[test]
fn nothing_unverified_justifies_a_score_or_a_duty() {
    let l = common::macau();
    let q = &l.questionnaire;
    for (_, qu) in q.questions() {
        if !qu.effects.is_empty() {
            assert!(
                qu.cite.iter().any(|c| c.level().justifies()),
                "{} moves a score on unverified citations alone",
                qu.id
            );
        }
    }
    for o in &q.obligations {
        assert!(
            o.cite.iter().any(|c| c.level().justifies()),
            "{} is a duty resting on unverified citations alone",
            o.id
        );
    }
    let report = check_source("macau-pdpa.ron", &l.source);
    assert!(report.levels.get(&Level::Unverified).copied().unwrap_or(0) > 0);
    assert!(farol::present::check_text(&report).contains("unverified"));
}

#[test]
fn an_effect_resting_on_an_unverified_citation_alone_is_refused() {
    let src = mini(
        r#"Section(id: "s", title: "S", questions: [
            Question(id: "a", prompt: "A?", help: "Why", example: "E", cite: [Citation(instrument: "Law 8/2005", article: "7", level: Confirmed)], kind: YesNo),
            Question(id: "b", prompt: "B?", help: "Why", example: "E", kind: YesNo,
                cite: [Citation(instrument: "Law 8/2005", article: "5", level: Unverified)],
                effects: [Raise(when: ["yes"], to: All, likelihood: 1, because: "More exposure")]),
        ])"#,
        "",
    );
    let r = check_source(FILE, &src);
    assert_error_at(
        &r,
        &at_text(&src, "\"b\", prompt"),
        "cites only unverified sources",
    );
    assert!(
        check_text(&r).contains("1 unverified"),
        "{}",
        check_text(&r)
    );
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
    let src = mini(
        r#"Section(id: "s", title: "S", questions: [
            Question(id: "a", prompt: "A?", help: "Why", example: "E", cite: [Citation(instrument: "Law 8/2005", article: "7", level: Confirmed)], kind: YesNo),
            Question(id: "b", prompt: "Many people?", example: "E", kind: YesNo,
                cite: [Citation(instrument: "Law 8/2005", article: "15", level: Confirmed)],
                effects: [Raise(when: ["yes"], to: All, likelihood: 0.5, because: "More exposure")]),
        ])"#,
        "",
    );
    let r = check_source(FILE, &src);
    assert_error_at(
        &r,
        &at_text(&src, "\"b\", prompt"),
        "affects the risk model but has no help text",
    );
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
        "cites only unverified sources",
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

/// The mini questionnaire with obligations (and anything else) added after its rules.
fn mini_with(extra: &str) -> String {
    let src = mini(
        r#"Section(id: "s", title: "S", questions: [
            Question(id: "a", prompt: "Health data?", help: "Why", example: "E", cite: [Citation(instrument: "Law 8/2005", article: "7", level: Confirmed)], kind: YesNo),
            Question(id: "filed", prompt: "Notified?", help: "Why", example: "E", cite: [Citation(instrument: "Law 8/2005", article: "21", level: Confirmed)], kind: Single([Choice(id: "filed", label: "Filed"), Choice(id: "not_needed", label: "Not needed")])),
            Question(id: "filed_on", prompt: "When?", help: "Why", example: "E", cite: [Citation(instrument: "Law 8/2005", article: "21", level: Confirmed)], kind: Date),
            Question(id: "flows", prompt: "Flows?", help: "Why", example: "E", cite: [Citation(instrument: "Law 8/2005", article: "19–20", level: Confirmed)],
                kind: Rows([Column(id: "cats", label: "Data", kind: Categories), Column(id: "where", label: "Where", kind: Single([Choice(id: "macau", label: "Macau"), Choice(id: "abroad", label: "Abroad")])), Column(id: "basis", label: "Basis", kind: Single([Choice(id: "permission", label: "Authorised")])), Column(id: "date", label: "Date", kind: Date)])),
        ])"#,
        "",
    );
    let end = src.rfind(')').unwrap();
    format!("{}{extra}\n)", &src[..end])
}

#[test]
fn a_duty_met_by_an_opinion_is_refused() {
    let src = mini_with(
        r#"    obligations: [
        Obligation(id: "notify", title: "Notify", text: "Notify within 8 days", cite: [Citation(instrument: "Law 8/2005", article: "21", level: Confirmed)],
            when: Answered("a"), met: IsAny("filed", ["filed", "not_needed"])),
    ],"#,
    );
    let r = check_source(FILE, &src);
    assert_error_at(
        &r,
        &at_text(&src, "\"notify\", title"),
        "can be met by answers that state an opinion alone",
    );
}

#[test]
fn evidence_must_be_a_date_a_reference_or_a_number() {
    let src = mini_with(
        r#"    obligations: [
        Obligation(id: "notify", title: "Notify", text: "Notify within 8 days", cite: [Citation(instrument: "Law 8/2005", article: "21", level: Confirmed)],
            when: Answered("a"), met: Is("filed", "filed"), evidence: ["a"], needs: "The filing date"),
    ],"#,
    );
    let r = check_source(FILE, &src);
    assert!(
        r.problems.iter().any(|p| p
            .message
            .contains("evidence 'a' is a choice, not evidence of an act")),
        "{}",
        check_text(&r)
    );
    let ok = mini_with(
        r#"    obligations: [
        Obligation(id: "notify", title: "Notify", text: "Notify within 8 days", cite: [Citation(instrument: "Law 8/2005", article: "21", level: Confirmed)],
            when: Answered("a"), met: Is("filed", "filed"), evidence: ["filed_on"], needs: "The filing date"),
    ],"#,
    );
    let r = check_source(FILE, &ok);
    assert!(r.passed(), "{}", check_text(&r));
}

#[test]
fn a_transfer_in_force_without_evidence_is_refused() {
    let src = mini_with(
        r#"    transfers: Transfers(question: "flows", categories: "cats", location: "where", basis: "basis",
        inside: [[In("where", ["macau"])]], in_force: [[In("basis", ["permission"])]]),"#,
    );
    let r = check_source(FILE, &src);
    assert!(
        r.problems.iter().any(|p| p
            .message
            .contains("a basis can be in force without evidence")),
        "{}",
        check_text(&r)
    );
    let ok = src.replace(
        r#"[[In("basis", ["permission"])]]"#,
        r#"[[In("basis", ["permission"]), Filled("date")]]"#,
    );
    let r = check_source(FILE, &ok);
    assert!(r.passed(), "{}", check_text(&r));
}

#[test]
fn an_authorisation_trigger_needs_a_confirmed_citation() {
    let src = mini_with(
        r#"    filing: Filing(purposes: "flows", name: "where", ground: "basis", categories: "cats",
        notify: Reason(because: "Notify", cite: [Citation(instrument: "Law 8/2005", article: "21", level: Confirmed)]),
        authorise: [Trigger(id: "art8", when: Is("a", "yes"), because: "Offences", cite: [Citation(instrument: "Law 8/2005", article: "8", level: Unverified)])]),"#,
    );
    let r = check_source(FILE, &src);
    assert!(
        r.problems.iter().any(|p| p
            .message
            .contains("filing trigger 'art8' cites no verified or confirmed article")),
        "{}",
        check_text(&r)
    );
}

#[test]
fn a_measure_that_can_never_move_a_figure_is_refused() {
    // Health starts at its floor (Significant severity) and nothing raises its severity:
    // a severity measure on it can never count.
    let src = mini(
        r#"Section(id: "s", title: "S", questions: [
            Question(id: "a", prompt: "A?", help: "Why", example: "E", cite: [Citation(instrument: "Law 8/2005", article: "7", level: Confirmed)], kind: YesNo),
            Question(id: "del", prompt: "Deleted early?", help: "Why", example: "E", kind: YesNo,
                cite: [Citation(instrument: "Law 8/2005", article: "15", level: Confirmed)],
                effects: [Measure(when: ["yes"], to: Only(["health"]), severity: -0.5, because: "Less kept")]),
        ])"#,
        "",
    );
    let r = check_source(FILE, &src);
    assert_error_at(
        &r,
        &at_text(&src, "\"del\", prompt"),
        "a protective measure that can never move any figure",
    );
    // With a scoring model that lets sensitive severity fall after measures, it can.
    let ok = src.replacen(
        "    categories: [",
        "    scoring: Scoring(full_raises: 2, raise_cap: 1.5, sensitive_residual: Limited),\n    categories: [",
        1,
    );
    let r = check_source(FILE, &ok);
    assert!(
        !r.problems.iter().any(|p| p.message.contains("never move")),
        "{}",
        check_text(&r)
    );
}

#[test]
fn a_transfer_requirement_cannot_test_transfers() {
    let src = mini_with(
        r#"    transfers: Transfers(question: "flows", categories: "cats", location: "where", basis: "basis",
        inside: [[In("where", ["macau"])]], in_force: [[In("basis", ["permission"]), Filled("date")]],
        requires: [Requirement(basis: ["permission"], when: Not(Transfer([None])))]),"#,
    );
    let r = check_source(FILE, &src);
    assert!(
        r.problems.iter().any(|p| p
            .message
            .contains("a requirement cannot itself test transfers")),
        "{}",
        check_text(&r)
    );
}

#[test]
fn a_copy_with_one_portuguese_help_removed_fails_at_its_line_and_column() {
    let l = common::macau();
    let mut lines: Vec<&str> = l.source.lines().collect();
    let help = lines
        .iter()
        .position(|l| l.trim() == "help: {")
        .expect("a multi-line help");
    let pt = (help..help + 6)
        .find(|&i| lines[i].trim_start().starts_with("\"pt\":"))
        .expect("the help has a Portuguese text");
    lines.remove(pt);
    let src = lines.join("\n") + "\n";
    let r = check_source(FILE, &src);
    assert!(
        !r.passed(),
        "a declared language missing must fail the check"
    );
    let at = Location::new(FILE, help + 1, lines[help].find("help").unwrap() + 1);
    assert_error_at(
        &r,
        &at,
        "the text of `help` (near 'scr.sensitive') has no 'pt' translation",
    );
    assert_eq!(r.errors(), 1, "{}", errors(&r).join("\n"));
}

#[test]
fn a_questionnaire_with_a_notification_list_marks_the_duty_its_filing_meets() {
    let l = farol::questionnaire::load::embedded_default();
    let r = check_source(FILE, &l.source);
    assert!(
        !r.problems.iter().any(|p| p.message.contains("files: Some")),
        "{:?}",
        r.problems
    );
    let unmarked = l.source.replacen("files: Some(Notify),", "", 1);
    let r = check_source(FILE, &unmarked);
    let warning = r
        .problems
        .iter()
        .find(|p| p.message.contains("`files: Some(Notify)`"))
        .expect("a warning naming the missing mark");
    assert_eq!(warning.severity, Severity::Warning);
    assert!(
        warning.at.line > 1,
        "located at the obligations: {}",
        warning.at
    );
}
