//! The instruments table: every instrument a citation names is listed (so it reads in
//! local style in every language), and listed once. Its titles' languages are checked
//! with every other text (`langs.rs`).

use std::collections::BTreeSet;

use super::Checker;
use crate::tr;

impl<'a> Checker<'a> {
    pub(super) fn instruments(&mut self) {
        let q = self.q;
        if q.instruments.is_empty() {
            return;
        }
        let mut listed = BTreeSet::new();
        for i in &q.instruments {
            let at = self.map.find_text(&format!("name: \"{}\"", i.name));
            if !listed.insert(i.name.as_str()) {
                let l = self.lang;
                self.error(
                    at,
                    tr!(l, "check-instrument-twice", name = i.name.as_str()),
                    tr!(l, "check-instrument-twice-hint"),
                );
            }
        }
        let mut named = BTreeSet::new();
        let value = serde_json::to_value(q).unwrap_or_default();
        citations(&value, &mut named);
        for name in named.iter().filter(|n| !listed.contains(n.as_str())) {
            let at = self.map.find_text(&format!("instrument: \"{name}\""));
            let l = self.lang;
            self.warn(
                at,
                tr!(l, "check-instrument-unlisted", name = name.as_str()),
                tr!(l, "check-instrument-unlisted-hint"),
            );
        }
    }
}

/// The instrument of every citation anywhere in the questionnaire.
fn citations(v: &serde_json::Value, out: &mut BTreeSet<String>) {
    match v {
        serde_json::Value::Object(m) => {
            if let (Some(serde_json::Value::String(i)), true) =
                (m.get("instrument"), m.contains_key("article"))
            {
                out.insert(i.clone());
            }
            m.values().for_each(|x| citations(x, out));
        }
        serde_json::Value::Array(a) => a.iter().for_each(|x| citations(x, out)),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    fn check_source(file: &str, source: &str) -> String {
        super::super::check_source(file, source)
            .problems
            .iter()
            .map(|p| format!("{}\n", p.message))
            .collect()
    }

    #[test]
    fn an_instrument_cited_but_not_listed_or_without_a_title_is_named_where_it_is() {
        let l = crate::questionnaire::load::embedded_default();
        let report = check_source("q.ron", &l.source);
        assert!(
            !report.to_string().contains("instrument"),
            "the built-in questionnaire lists every instrument: {report}"
        );
        let unlisted = l.source.replacen(
            "Instrument(name: \"Law 13/2019\"",
            "Instrument(name: \"Law 13/2019x\"",
            1,
        );
        let report = check_source("q.ron", &unlisted);
        assert!(
            report.contains("citations name 'Law 13/2019', which `instruments` does not list"),
            "{report}"
        );
        let untitled = l
            .source
            .replacen("\"zh-Hant\": \"第13/2019號法律\", ", "", 1);
        let report = check_source("q.ron", &untitled);
        assert!(
            report
                .contains("the text of `title` (near 'Law 13/2019') has no 'zh-Hant' translation"),
            "{report}"
        );
    }
}
