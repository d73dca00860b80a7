//! The glossary of legal terms (questionnaires/glossary.ron) parses, and every term has all
//! three languages.

use serde::Deserialize;
use std::collections::HashSet;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Glossary {
    terms: Vec<Term>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Term {
    en: String,
    zh_hant: String,
    pt: String,
    #[serde(default)]
    #[allow(dead_code)]
    note: String,
}

fn glossary() -> Glossary {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/questionnaires/glossary.ron");
    let src = std::fs::read_to_string(path).expect("glossary.ron is readable");
    ron::from_str(&src).unwrap_or_else(|e| panic!("glossary.ron does not parse: {e}"))
}

#[test]
fn the_glossary_parses_and_every_term_has_three_languages() {
    let g = glossary();
    assert!(g.terms.len() >= 50, "only {} terms", g.terms.len());
    let mut seen = HashSet::new();
    for t in &g.terms {
        assert!(!t.en.trim().is_empty(), "a term with no English");
        assert!(!t.zh_hant.trim().is_empty(), "{}: no Chinese", t.en);
        assert!(!t.pt.trim().is_empty(), "{}: no Portuguese", t.en);
        assert!(seen.insert(t.en.to_lowercase()), "{} is listed twice", t.en);
    }
}

#[test]
fn the_glossary_holds_the_laws_own_terms() {
    let g = glossary();
    let find = |en: &str| {
        g.terms
            .iter()
            .find(|t| t.en == en)
            .unwrap_or_else(|| panic!("{en} is not in the glossary"))
    };
    for (en, zh, pt) in [
        ("personal data", "個人資料", "dados pessoais"),
        ("data subject", "資料當事人", "titular dos dados"),
        ("controller", "負責處理個人資料的實體", "responsável pelo tratamento"),
        ("processor", "次合同人", "subcontratante"),
        ("sensitive data", "敏感資料", "dados sensíveis"),
        ("notification", "通知", "notificação"),
        ("prior authorisation", "許可", "autorização"),
    ] {
        let t = find(en);
        assert_eq!((t.zh_hant.as_str(), t.pt.as_str()), (zh, pt), "{en}");
    }
    assert!(find("Personal Data Protection Bureau (DSPDP)").pt.contains("Protecção"));
}

#[test]
fn the_glossary_is_traditional_chinese_not_mainland_terms() {
    // Simplified characters and mainland-only PIPL wording must not stand in for the PDPA's.
    for t in glossary().terms {
        for simplified in ["个人", "资料", "数据", "处理者", "单独同意", "信息"] {
            let mainland_note = t.en.contains("PIPL");
            assert!(
                mainland_note || !t.zh_hant.contains(simplified),
                "{}: {} holds {simplified}",
                t.en,
                t.zh_hant
            );
        }
    }
}
