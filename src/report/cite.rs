//! Citations in the report's language, in the local style: the risk model and the
//! questionnaire write them the English way ("Law 8/2005, Art 7(2)(3) [unverified]"); a
//! Chinese report says 第8/2005號法律第七條第二款(三)項［未經核實］, a Portuguese one
//! "Lei n.º 8/2005, alínea 3) do n.º 2 do artigo 7.º [não verificado]". A citation of
//! another shape is left as written, with only its level translated.

use crate::i18n::{Lang, words};
use crate::questionnaire::Level;

/// A list of citations, localised and joined.
pub fn list(l: Lang, cites: &[String]) -> String {
    let local: Vec<String> = cites.iter().map(|c| local(l, c)).collect();
    super::sections::list_strong(l, &local)
}

/// One citation in `l`'s style (English: as written).
pub fn local(l: Lang, cite: &str) -> String {
    if l == Lang::En {
        return cite.to_string();
    }
    let (body, level) = if let Some(b) = cite.strip_suffix(" [confirmed through the regulator]") {
        (b, Some(Level::Confirmed))
    } else if let Some(b) = cite.strip_suffix(" [unverified]") {
        (b, Some(Level::Unverified))
    } else {
        (cite, None)
    };
    let mut out = article(l, body).unwrap_or_else(|| body.to_string());
    if let Some(words) = level.and_then(|v| words::cite_level(l, v)) {
        match l {
            Lang::ZhHant => out.push_str(&format!("［{words}］")),
            _ => out.push_str(&format!(" [{words}]")),
        }
    }
    out
}

/// "Law 8/2005, Art 21(1)" and its kind, or None if `s` is not of that shape.
fn article(l: Lang, s: &str) -> Option<String> {
    let (instrument, rest) = s.rsplit_once(", ")?;
    if let Some(n) = rest.strip_prefix("criterion ") {
        return Some(match l {
            Lang::ZhHant => format!("{instrument}，準則 {n}"),
            _ => format!("{instrument}, critério {n}"),
        });
    }
    let law = law(l, instrument);
    if let Some(range) = rest.strip_prefix("Arts ") {
        let (a, b) = range.split_once(['–', '-'])?;
        let (a, b) = (number(a)?, number(b)?);
        return Some(match l {
            Lang::ZhHant => format!("{law}第{}條至第{}條", zh_number(a), zh_number(b)),
            _ => format!("{law}, artigos {a}.º a {b}.º"),
        });
    }
    let rest = rest.strip_prefix("Art ")?;
    let end = rest.find('(').unwrap_or(rest.len());
    let art = number(&rest[..end])?;
    let mut parts: Vec<&str> = Vec::new();
    let mut tail = &rest[end..];
    while let Some(t) = tail.strip_prefix('(') {
        let close = t.find(')')?;
        parts.push(&t[..close]);
        tail = &t[close + 1..];
    }
    if !tail.is_empty() {
        return None;
    }
    // (1)(2): paragraph 1, item 2; (a): item 1 (the lettered items of Art 23 are numbered
    // in the authentic texts).
    let (para, item) = match parts.as_slice() {
        [] => (None, None),
        [p] if p.chars().all(|c| c.is_ascii_lowercase()) && p.len() == 1 => {
            (None, Some(u32::from(p.as_bytes()[0] - b'a' + 1)))
        }
        [p] => (Some(number(p)?), None),
        [p, i] => (Some(number(p)?), Some(number(i)?)),
        _ => return None,
    };
    Some(match l {
        Lang::ZhHant => {
            let mut s = format!("{law}第{}條", zh_number(art));
            if let Some(p) = para {
                s.push_str(&format!("第{}款", zh_number(p)));
            }
            if let Some(i) = item {
                s.push_str(&format!("({})項", zh_number(i)));
            }
            s
        }
        _ => {
            let mut s = String::new();
            if let Some(i) = item {
                s.push_str(&format!("alínea {i}) do "));
            }
            if let Some(p) = para {
                s.push_str(&format!("n.º {p} do "));
            }
            format!("{law}, {s}artigo {art}.º")
        }
    })
}

/// The law's name in the local style: "Law 8/2005" → 第8/2005號法律 / Lei n.º 8/2005.
fn law(l: Lang, instrument: &str) -> String {
    match instrument.strip_prefix("Law ") {
        Some(n) if n.contains('/') => match l {
            Lang::ZhHant => format!("第{n}號法律"),
            _ => format!("Lei n.º {n}"),
        },
        _ => instrument.to_string(),
    }
}

fn number(s: &str) -> Option<u32> {
    s.trim().parse().ok()
}

/// 1 → 一, 10 → 十, 21 → 二十一 (articles of a law; 100 and above stay in digits).
fn zh_number(n: u32) -> String {
    const D: [&str; 10] = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"];
    match n {
        0..=9 => D[n as usize].to_string(),
        10..=19 => format!("十{}", if n == 10 { "" } else { D[(n % 10) as usize] }),
        20..=99 => format!(
            "{}十{}",
            D[(n / 10) as usize],
            if n.is_multiple_of(10) {
                ""
            } else {
                D[(n % 10) as usize]
            }
        ),
        _ => n.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn citations_in_the_local_style() {
        let zh = |s| local(Lang::ZhHant, s);
        let pt = |s| local(Lang::Pt, s);
        assert_eq!(
            zh("Law 8/2005, Art 21(1)"),
            "第8/2005號法律第二十一條第一款"
        );
        assert_eq!(
            zh("Law 8/2005, Art 7(2)(3)"),
            "第8/2005號法律第七條第二款(三)項"
        );
        assert_eq!(
            zh("Law 8/2005, Art 23(a)"),
            "第8/2005號法律第二十三條(一)項"
        );
        assert_eq!(
            zh("Law 8/2005, Arts 19–20"),
            "第8/2005號法律第十九條至第二十條"
        );
        assert_eq!(
            zh("Law 8/2005, Art 22 [confirmed through the regulator]"),
            "第8/2005號法律第二十二條［經監管機構確認］"
        );
        assert_eq!(
            pt("Law 8/2005, Art 21(1)"),
            "Lei n.º 8/2005, n.º 1 do artigo 21.º"
        );
        assert_eq!(
            pt("Law 8/2005, Art 7(2)(3)"),
            "Lei n.º 8/2005, alínea 3) do n.º 2 do artigo 7.º"
        );
        assert_eq!(
            pt("Law 8/2005, Art 23(e)"),
            "Lei n.º 8/2005, alínea 5) do artigo 23.º"
        );
        assert_eq!(
            pt("Law 8/2005, Arts 15–16"),
            "Lei n.º 8/2005, artigos 15.º a 16.º"
        );
        assert_eq!(pt("WP248 rev.01, criterion 3"), "WP248 rev.01, critério 3");
        assert_eq!(pt("PIPL, Art 55"), "PIPL, artigo 55.º");
        assert_eq!(
            zh("GPDP case note 0112/2011/RP"),
            "GPDP case note 0112/2011/RP"
        );
        assert_eq!(local(Lang::En, "Law 8/2005, Art 5"), "Law 8/2005, Art 5");
        assert_eq!(zh_number(10), "十");
        assert_eq!(zh_number(15), "十五");
        assert_eq!(zh_number(40), "四十");
    }
}
