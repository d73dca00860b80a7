//! The risk model's calibration: situations a DPO would recognise, each an answers file
//! in `tests/calibration/` whose first lines say the levels a DPO would expect and why:
//!
//! ```text
//! // expect: overall inherent Low            (a level, or a range Low..Medium)
//! // expect: health residual Medium..High    (a category id)
//! // expect: worse-than OTHER-SITUATION      (ranks above another situation)
//! // why: one sentence a DPO would agree with
//! ```

mod common;

use std::path::PathBuf;

use farol::answer::Answers;
use farol::risk::{Score, score};
use farol::scale::RiskLevel;

fn dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/calibration")
}

fn level(word: &str) -> RiskLevel {
    match word {
        "Low" => RiskLevel::Low,
        "Medium" => RiskLevel::Medium,
        "High" => RiskLevel::High,
        "Very high" | "VeryHigh" => RiskLevel::VeryHigh,
        other => panic!("unknown level {other}"),
    }
}

fn range(words: &str) -> (RiskLevel, RiskLevel) {
    match words.split_once("..") {
        Some((a, b)) => (level(a.trim()), level(b.trim())),
        None => (level(words.trim()), level(words.trim())),
    }
}

struct Situation {
    name: String,
    expects: Vec<String>,
    why: String,
    answers: Answers,
}

fn situations() -> Vec<Situation> {
    let l = common::macau();
    let mut out = Vec::new();
    let mut files: Vec<_> = std::fs::read_dir(dir())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "ron"))
        .collect();
    files.sort();
    for f in files {
        let text = std::fs::read_to_string(&f).unwrap();
        let expects: Vec<String> = text
            .lines()
            .filter_map(|l| l.strip_prefix("// expect: "))
            .map(str::to_string)
            .collect();
        let why = text
            .lines()
            .find_map(|l| l.strip_prefix("// why: "))
            .unwrap_or_default()
            .to_string();
        let answers: Answers = farol::questionnaire::load::ron_options()
            .from_str(&text)
            .unwrap_or_else(|e| panic!("{}: {e}", f.display()));
        let problems = farol::assessment::check_answers(&l.questionnaire, &answers);
        assert!(problems.is_empty(), "{}: {problems:?}", f.display());
        out.push(Situation {
            name: f.file_stem().unwrap().to_string_lossy().into_owned(),
            expects,
            why,
            answers,
        });
    }
    out
}

/// (level, steps above the next level down) of the worst category, residual: what ranks
/// one situation above another.
fn rank(s: &Score) -> (Option<RiskLevel>, i16, i16) {
    let worst = s
        .categories
        .iter()
        .map(|c| {
            (
                c.residual.level,
                c.residual.above.map_or(0, |a| a.steps),
                c.residual.severity.halves + c.residual.likelihood.halves,
            )
        })
        .max();
    match worst {
        Some((l, a, h)) => (Some(l), a, h),
        None => (None, 0, 0),
    }
}

#[test]
fn every_situation_scores_as_a_dpo_would_expect() {
    let l = common::macau();
    let q = &l.questionnaire;
    let all = situations();
    assert!(all.len() >= 12, "at least 12 situations");
    let scores: Vec<(String, Score)> = all
        .iter()
        .map(|s| (s.name.clone(), score(q, &s.answers, "en")))
        .collect();
    let mut failures = Vec::new();
    for (sit, (_, s)) in all.iter().zip(&scores) {
        assert!(!sit.why.is_empty(), "{}: say why", sit.name);
        for e in &sit.expects {
            let words: Vec<&str> = e.splitn(3, ' ').collect();
            if words[0] == "worse-than" {
                let other = &scores.iter().find(|(n, _)| n == words[1]).unwrap().1;
                if rank(s) <= rank(other) {
                    failures.push(format!(
                        "{}: should rank above {} ({:?} vs {:?})",
                        sit.name,
                        words[1],
                        rank(s),
                        rank(other)
                    ));
                }
                continue;
            }
            let (what, stage, want) = (words[0], words[1], range(words[2]));
            let got = if what == "overall" {
                match stage {
                    "inherent" => s.overall.inherent,
                    _ => s.overall.residual,
                }
            } else {
                s.categories
                    .iter()
                    .find(|c| c.id == what)
                    .map(|c| match stage {
                        "inherent" => c.inherent.level,
                        _ => c.residual.level,
                    })
            };
            match got {
                Some(g) if g >= want.0 && g <= want.1 => {}
                _ => failures.push(format!(
                    "{}: {what} {stage} is {got:?}, a DPO expects {}\n    why: {}",
                    sit.name, words[2], sit.why
                )),
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn deleting_fingerprint_templates_early_counts() {
    let l = common::macau();
    let q = &l.questionnaire;
    let sit = situations()
        .into_iter()
        .find(|s| s.name == "fingerprint-terminal-well-designed")
        .unwrap();
    // The general severity measures off, so that biometric severity is above its floor.
    let mut base = sit.answers.clone();
    for id in [
        "qual.minimisation",
        "qual.deletion",
        "sec.encryption_rest",
        "flows.map",
    ] {
        base.insert(id.into(), farol::answer::Answer::No);
    }
    let with = score(q, &base, "en");
    let mut without_answers = base.clone();
    without_answers.insert("bio.retention".into(), farol::answer::Answer::No);
    let without = score(q, &without_answers, "en");
    let b = |s: &Score| {
        let c = s.categories.iter().find(|c| c.id == "biometric").unwrap();
        c.residual.severity.halves
    };
    assert!(
        b(&with) < b(&without),
        "retention must lower biometric severity"
    );
}

#[test]
fn the_demo_says_how_far_above_and_what_would_help_most() {
    let l = common::macau();
    let q = &l.questionnaire;
    let answers = farol::demo::answers();
    let s = score(q, &answers, "en");
    for id in ["location", "health"] {
        let c = s.categories.iter().find(|c| c.id == id).unwrap();
        assert!(
            c.residual.level >= RiskLevel::High,
            "{id} is {:?}",
            c.residual.level
        );
        assert!(c.residual.above.is_some(), "{id} says how far above");
    }
    let gains = farol::risk::gains(q, &answers, "en");
    assert!(gains.len() >= 3);
    let text = farol::present::score_text_with("demo", &s, &gains, &|id: &str| id.to_string());
    assert!(text.contains("How far above the next level down"));
    assert!(text.contains("What would lower the risk most:\n  1. "));
    assert!(text.contains("\n  3. "));
}
