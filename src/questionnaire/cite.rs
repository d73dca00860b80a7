//! Citations in the style of each language: "Law 8/2005, Art 7(2)(3)" in English,
//! 第8/2005號法律第七條第二款(三)項 in Chinese, "alínea 3) do n.º 2 do artigo 7.º da Lei
//! n.º 8/2005" in Portuguese, as Macau's official texts cite themselves. English keeps
//! the form records have always held, so records signed in English read as before.

use super::model::{Citation, Instrument, Level, Questionnaire};
use crate::i18n::{AsLang, Lang, words};
use crate::tr;

impl Questionnaire {
    /// `c` in `lang`'s style, with the instrument's title in that language and the
    /// words of its verification level.
    pub fn cite(&self, c: &Citation, lang: impl AsLang) -> String {
        let lang = lang.as_lang();
        if lang == Lang::En {
            return c.label();
        }
        let inst = self.instruments.iter().find(|i| i.name == c.instrument);
        let body = cite_body(c, inst, lang);
        match words::cite_level(lang, c.level()) {
            Some(level) => tr!(lang, "cite-with-level", citation = body, level = level),
            None => body,
        }
    }

    /// Every citation of a list, in `lang`'s style.
    pub fn cites(&self, cs: &[Citation], lang: impl AsLang) -> Vec<String> {
        let lang = lang.as_lang();
        cs.iter().map(|c| self.cite(c, lang)).collect()
    }
}

/// A citation label without the words of its level, and the level: labels are made in
/// any of the languages (and records keep them as signed), so every language's words are
/// recognised.
pub fn split_level(label: &str) -> (&str, Level) {
    for level in [Level::Unverified, Level::Confirmed] {
        let english = Citation {
            instrument: String::new(),
            article: String::new(),
            paragraph: String::new(),
            verified: true,
            level: Some(level),
        }
        .label();
        if let Some(base) = label.strip_suffix(&english) {
            return (base, level);
        }
        for lang in Lang::ALL {
            let Some(words) = words::cite_level(lang, level) else {
                continue;
            };
            let suffix = tr!(lang, "cite-with-level", citation = "", level = words);
            if let Some(base) = label.strip_suffix(&suffix) {
                return (base, level);
            }
        }
    }
    (label, Level::Verified)
}

fn cite_body(c: &Citation, inst: Option<&Instrument>, lang: Lang) -> String {
    let title = inst.map_or(c.instrument.clone(), |i| {
        i.title.get(lang.tag()).to_string()
    });
    let of = inst
        .filter(|i| !i.of.is_blank())
        .map_or(title.clone(), |i| i.of.get(lang.tag()).to_string());
    let Some(inst) = inst else {
        // Not listed (the check warns): cited as written, in English style, rather than
        // guessing how the instrument is named or numbered in this language.
        return split_level(&c.label()).0.to_string();
    };
    if !inst.articles || c.article.is_empty() {
        return match criterion(&c.paragraph, lang) {
            Some(part) => tr!(lang, "cite-part", instrument = title, part = part),
            None if c.paragraph.is_empty() => title,
            None => tr!(
                lang,
                "cite-part",
                instrument = title,
                part = c.paragraph.as_str()
            ),
        };
    }
    let num = |n: &str| numeral(n, lang);
    if let Some((from, to)) = c.article.split_once(['–', '-']) {
        return tr!(
            lang,
            "cite-articles",
            instrument = title,
            of = of,
            from = num(from.trim()),
            to = num(to.trim())
        );
    }
    let article = num(c.article.trim());
    let (paragraph, item) = parts(&c.paragraph);
    let item = item.map(|i| item_numeral(&i, lang));
    match (paragraph.map(|p| num(&p)), item) {
        (None, None) => tr!(
            lang,
            "cite-article",
            instrument = title,
            of = of,
            article = article
        ),
        (Some(p), None) => tr!(
            lang,
            "cite-paragraph",
            instrument = title,
            of = of,
            article = article,
            paragraph = p
        ),
        (None, Some(i)) => tr!(
            lang,
            "cite-item",
            instrument = title,
            of = of,
            article = article,
            item = i
        ),
        (Some(p), Some(i)) => tr!(
            lang,
            "cite-paragraph-item",
            instrument = title,
            of = of,
            article = article,
            paragraph = p,
            item = i
        ),
    }
}

/// The paragraph and item a citation's `paragraph` names: `1` is paragraph 1, `(2)(3)`
/// paragraph 2 item 3, `(e)` item e (the lettered items of Art 23).
fn parts(p: &str) -> (Option<String>, Option<String>) {
    let p = p.trim();
    if p.is_empty() {
        return (None, None);
    }
    if !p.starts_with('(') {
        return match p.split_once('(') {
            Some((head, rest)) => (
                Some(head.to_string()),
                Some(rest.trim_end_matches(')').to_string()),
            ),
            None => (Some(p.to_string()), None),
        };
    }
    let groups: Vec<&str> = p
        .split(['(', ')'])
        .map(str::trim)
        .filter(|g| !g.is_empty())
        .collect();
    match groups.as_slice() {
        [one] if one.chars().all(|c| c.is_ascii_alphabetic()) => (None, Some(one.to_string())),
        [one] => (Some(one.to_string()), None),
        [para, item, ..] => (Some(para.to_string()), Some(item.to_string())),
        [] => (None, None),
    }
}

/// WP248's criteria: "criterion 7", "criteria 1 to 9", "criteria 1 and 2".
fn criterion(p: &str, lang: Lang) -> Option<String> {
    if let Some(n) = p.strip_prefix("criterion ") {
        return Some(tr!(lang, "cite-criterion", n = n.trim()));
    }
    let rest = p.strip_prefix("criteria ")?;
    if let Some((a, b)) = rest.split_once(" to ") {
        return Some(tr!(
            lang,
            "cite-criteria-range",
            from = a.trim(),
            to = b.trim()
        ));
    }
    let (a, b) = rest.split_once(" and ")?;
    Some(tr!(lang, "cite-criteria-pair", a = a.trim(), b = b.trim()))
}

/// A number as the language's citations write it: Chinese numerals in Chinese
/// (二十一), digits elsewhere. Anything that is not a plain number is left as written.
fn numeral(n: &str, lang: Lang) -> String {
    match (lang, n.parse::<u32>()) {
        (Lang::ZhHant, Ok(v)) if (1..1000).contains(&v) => chinese(v),
        _ => n.to_string(),
    }
}

/// An item: lettered items (a)–(z) are numbered 1–26 in Macau's texts, (一) or 1).
pub(crate) fn item_numeral(i: &str, lang: Lang) -> String {
    let mut chars = i.chars();
    match (chars.next(), chars.next()) {
        (Some(c), None) if c.is_ascii_lowercase() => {
            numeral(&(u32::from(c) - u32::from('a') + 1).to_string(), lang)
        }
        _ => numeral(i, lang),
    }
}

fn chinese(v: u32) -> String {
    const DIGITS: [&str; 10] = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"];
    let (h, t, u) = (v / 100, v / 10 % 10, v % 10);
    let mut s = String::new();
    if h > 0 {
        s.push_str(DIGITS[h as usize]);
        s.push('百');
        if t == 0 && u > 0 {
            s.push('零');
        }
    }
    if t > 0 {
        if !(t == 1 && h == 0) {
            s.push_str(DIGITS[t as usize]);
        }
        s.push('十');
    }
    if u > 0 {
        s.push_str(DIGITS[u as usize]);
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::questionnaire::Text;

    fn q() -> Questionnaire {
        let mut q: Questionnaire = crate::questionnaire::load::embedded_default().questionnaire;
        q.instruments = vec![Instrument {
            name: "Law 8/2005".into(),
            title: ron::from_str(
                r#"{"en": "Law 8/2005", "zh-Hant": "第8/2005號法律", "pt": "Lei n.º 8/2005"}"#,
            )
            .unwrap(),
            of: ron::from_str(r#"{"pt": "da Lei n.º 8/2005"}"#).unwrap(),
            articles: true,
        }];
        q
    }

    fn c(article: &str, paragraph: &str) -> Citation {
        Citation {
            instrument: "Law 8/2005".into(),
            article: article.into(),
            paragraph: paragraph.into(),
            verified: true,
            level: None,
        }
    }

    #[test]
    fn a_level_is_split_off_in_every_language() {
        let q = q();
        let mut x = c("8", "");
        x.level = Some(Level::Confirmed);
        for lang in Lang::ALL {
            let label = q.cite(&x, lang);
            let (base, level) = split_level(&label);
            assert_eq!(level, Level::Confirmed, "{label}");
            assert!(!base.is_empty() && !base.ends_with(' '), "{label} → {base}");
        }
        assert_eq!(
            split_level("Law 8/2005, Art 8"),
            ("Law 8/2005, Art 8", Level::Verified)
        );
    }

    #[test]
    fn chinese_numerals() {
        let got: Vec<String> = [1, 7, 10, 11, 20, 21, 55, 100, 105, 123]
            .iter()
            .map(|&n| chinese(n))
            .collect();
        assert_eq!(
            got,
            [
                "一",
                "七",
                "十",
                "十一",
                "二十",
                "二十一",
                "五十五",
                "一百",
                "一百零五",
                "一百二十三"
            ]
        );
    }

    #[test]
    fn citations_read_in_local_style() {
        let q = q();
        let zh = |a, p| q.cite(&c(a, p), Lang::ZhHant);
        let pt = |a, p| q.cite(&c(a, p), Lang::Pt);
        assert_eq!(zh("7", "(2)(3)"), "第8/2005號法律第七條第二款(三)項");
        assert_eq!(
            pt("7", "(2)(3)"),
            "alínea 3) do n.º 2 do artigo 7.º da Lei n.º 8/2005"
        );
        assert_eq!(zh("21", "1"), "第8/2005號法律第二十一條第一款");
        assert_eq!(pt("21", "1"), "n.º 1 do artigo 21.º da Lei n.º 8/2005");
        assert_eq!(zh("23", "(e)"), "第8/2005號法律第二十三條(五)項");
        assert_eq!(
            pt("23", "(e)"),
            "alínea 5) do artigo 23.º da Lei n.º 8/2005"
        );
        assert_eq!(zh("15–16", ""), "第8/2005號法律第十五條至第十六條");
        assert_eq!(pt("15–16", ""), "artigos 15.º a 16.º da Lei n.º 8/2005");
        assert_eq!(pt("22", ""), "artigo 22.º da Lei n.º 8/2005");
        assert_eq!(q.cite(&c("21", "1"), Lang::En), "Law 8/2005, Art 21(1)");
    }

    #[test]
    fn levels_and_unlisted_instruments() {
        let q = q();
        let mut x = c("8", "");
        x.level = Some(Level::Unverified);
        assert_eq!(q.cite(&x, Lang::ZhHant), "第8/2005號法律第八條（未經核實）");
        let w = Citation {
            instrument: "WP248 rev.01".into(),
            article: String::new(),
            paragraph: "criterion 7".into(),
            verified: true,
            level: None,
        };
        assert_eq!(
            q.cite(&w, Lang::Pt),
            "WP248 rev.01, criterion 7",
            "unlisted: as written"
        );
        let _ = Text::default();
    }
}
