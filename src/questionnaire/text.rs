//! Localisable text.
//!
//! Every user-facing string in a questionnaire is a [`Text`]. In RON it is written either
//! as a plain string (English) or as a map from language tag to string, so a legal team
//! can add Traditional Chinese (`zh-Hant`) and Portuguese (`pt`) next to the English
//! without touching code: `prompt: {"en": "Where is it stored?", "pt": "Onde é guardado?"}`.

use std::collections::BTreeMap;
use std::fmt;

use serde::de::{self, MapAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// The language every questionnaire must provide, and the fallback for the others.
pub const BASE_LANGUAGE: &str = "en";

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Text(BTreeMap<String, String>);

impl Text {
    pub fn en(s: impl Into<String>) -> Self {
        let mut m = BTreeMap::new();
        m.insert(BASE_LANGUAGE.to_string(), s.into());
        Text(m)
    }

    /// The text in `lang`, falling back to English, then to any language present.
    pub fn get(&self, lang: &str) -> &str {
        self.0
            .get(lang)
            .or_else(|| self.0.get(BASE_LANGUAGE))
            .or_else(|| self.0.values().next())
            .map(String::as_str)
            .unwrap_or("")
    }

    pub fn has(&self, lang: &str) -> bool {
        self.0.get(lang).is_some_and(|s| !s.trim().is_empty())
    }

    pub fn is_blank(&self) -> bool {
        self.0.values().all(|s| s.trim().is_empty())
    }

    pub fn languages(&self) -> impl Iterator<Item = &str> {
        self.0.keys().map(String::as_str)
    }
}

impl Serialize for Text {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        if self.0.len() == 1
            && let Some(en) = self.0.get(BASE_LANGUAGE)
        {
            return s.serialize_str(en);
        }
        self.0.serialize(s)
    }
}

impl<'de> Deserialize<'de> for Text {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct TextVisitor;
        impl<'de> Visitor<'de> for TextVisitor {
            type Value = Text;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a string, or a map from language tag to string")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Text, E> {
                Ok(Text::en(v))
            }
            fn visit_string<E: de::Error>(self, v: String) -> Result<Text, E> {
                Ok(Text::en(v))
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Text, A::Error> {
                let mut m = BTreeMap::new();
                while let Some((k, v)) = map.next_entry::<String, String>()? {
                    m.insert(k, v);
                }
                Ok(Text(m))
            }
        }
        d.deserialize_any(TextVisitor)
    }
}

#[cfg(test)]
mod tests {
    use super::Text;

    #[test]
    fn a_plain_string_is_english_and_a_map_holds_translations() {
        let t: Text = ron::from_str(r#""Where is it stored?""#).unwrap();
        assert_eq!(t.get("pt"), "Where is it stored?", "falls back to English");
        let t: Text = ron::from_str(
            r#"{"en": "Where is it stored?", "zh-Hant": "儲存在哪裡？", "pt": "Onde é guardado?"}"#,
        )
        .unwrap();
        assert_eq!(t.get("zh-Hant"), "儲存在哪裡？");
        assert_eq!(t.get("pt"), "Onde é guardado?");
        assert_eq!(t.get("fr"), "Where is it stored?");
        assert!(t.has("pt") && !t.has("fr"));
        let back = ron::to_string(&t).unwrap();
        assert_eq!(ron::from_str::<Text>(&back).unwrap(), t);
    }
}
