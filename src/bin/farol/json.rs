//! Every `--json` output in one scheme: an object whose first field is `schema`
//! (`"farol.<command>/<version>"`), enum values in snake_case, dates as RFC 3339.
//!
//! The library's enums keep their RON spelling (`VeryHigh`), which signed records hold and
//! must keep byte for byte; only the JSON shown to scripts is respelled. That happens in
//! [`Snake`], a serializer adapter that renames enum variants as they are written, so free
//! text (a title, a name) is never touched, and field order is kept.

use std::collections::HashMap;
use std::sync::{Mutex, OnceLock};

use anyhow::Result;
use serde::Serialize;
use serde::ser::{self, Serializer};

/// The JSON text of `body` under schema `farol.<name>/1`, pretty-printed, ending in a
/// newline. A `body` that is an object gets `schema` as its first field; anything else is
/// put under `field`.
pub fn render<T: Serialize + ?Sized>(name: &str, body: &T) -> Result<String> {
    #[derive(Serialize)]
    struct Flat<'a, T: ?Sized> {
        schema: &'a str,
        #[serde(flatten)]
        body: &'a T,
    }
    let schema = schema(name);
    let mut out = Vec::new();
    let mut ser = serde_json::Serializer::pretty(&mut out);
    Flat {
        schema: &schema,
        body,
    }
    .serialize(Snake(&mut ser))?;
    out.push(b'\n');
    Ok(String::from_utf8(out)?)
}

/// A list under schema `farol.<name>/1`, as `{"schema": …, "<field>": [...]}`.
pub fn render_list<T: Serialize>(name: &str, field: &str, items: &[T]) -> Result<String> {
    render(name, &Raw(items, field))
}

/// Serializes `items` as a one-field map, so that they pass through [`Snake`].
struct Raw<'a, T>(&'a [T], &'a str);

impl<T: Serialize> Serialize for Raw<'_, T> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use ser::SerializeMap;
        let mut m = s.serialize_map(Some(1))?;
        m.serialize_entry(self.1, self.0)?;
        m.end()
    }
}

/// The schema id of a command's JSON.
pub fn schema(name: &str) -> String {
    format!("farol.{name}/1")
}

/// `VeryHigh` → `very_high`; a name already in snake_case is unchanged.
pub fn snake_case(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 4);
    let mut prev_lower = false;
    for c in s.chars() {
        if c.is_uppercase() {
            if prev_lower {
                out.push('_');
            }
            out.extend(c.to_lowercase());
            prev_lower = false;
        } else {
            if c == '-' {
                out.push('_');
            } else {
                out.push(c);
            }
            prev_lower = c.is_lowercase() || c.is_ascii_digit();
        }
    }
    out
}

/// A variant's snake_case name, kept for the run (serde asks for `&'static str`; the
/// names are a few dozen at most).
fn snake(variant: &'static str) -> &'static str {
    static NAMES: OnceLock<Mutex<HashMap<&'static str, &'static str>>> = OnceLock::new();
    let mut names = NAMES
        .get_or_init(Default::default)
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    names
        .entry(variant)
        .or_insert_with(|| match snake_case(variant) {
            s if s == variant => variant,
            s => Box::leak(s.into_boxed_str()),
        })
}

/// A serializer that writes enum variants in snake_case and otherwise hands everything
/// to the serializer it wraps.
pub struct Snake<S>(pub S);

/// A value to serialize through [`Snake`].
struct Wrap<'a, T: ?Sized>(&'a T);

impl<T: Serialize + ?Sized> Serialize for Wrap<'_, T> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.0.serialize(Snake(s))
    }
}

macro_rules! forward {
    ($($f:ident($t:ty)),* $(,)?) => {
        $(fn $f(self, v: $t) -> Result<S::Ok, S::Error> { self.0.$f(v) })*
    };
}

impl<S: Serializer> Serializer for Snake<S> {
    type Ok = S::Ok;
    type Error = S::Error;
    type SerializeSeq = Snake<S::SerializeSeq>;
    type SerializeTuple = Snake<S::SerializeTuple>;
    type SerializeTupleStruct = Snake<S::SerializeTupleStruct>;
    type SerializeTupleVariant = Snake<S::SerializeTupleVariant>;
    type SerializeMap = Snake<S::SerializeMap>;
    type SerializeStruct = Snake<S::SerializeStruct>;
    type SerializeStructVariant = Snake<S::SerializeStructVariant>;

    forward!(
        serialize_bool(bool),
        serialize_i8(i8),
        serialize_i16(i16),
        serialize_i32(i32),
        serialize_i64(i64),
        serialize_i128(i128),
        serialize_u8(u8),
        serialize_u16(u16),
        serialize_u32(u32),
        serialize_u64(u64),
        serialize_u128(u128),
        serialize_f32(f32),
        serialize_f64(f64),
        serialize_char(char),
        serialize_str(&str),
        serialize_bytes(&[u8]),
    );

    fn serialize_none(self) -> Result<S::Ok, S::Error> {
        self.0.serialize_none()
    }
    fn serialize_some<T: Serialize + ?Sized>(self, v: &T) -> Result<S::Ok, S::Error> {
        self.0.serialize_some(&Wrap(v))
    }
    fn serialize_unit(self) -> Result<S::Ok, S::Error> {
        self.0.serialize_unit()
    }
    fn serialize_unit_struct(self, name: &'static str) -> Result<S::Ok, S::Error> {
        self.0.serialize_unit_struct(name)
    }
    fn serialize_unit_variant(
        self,
        name: &'static str,
        index: u32,
        variant: &'static str,
    ) -> Result<S::Ok, S::Error> {
        self.0.serialize_unit_variant(name, index, snake(variant))
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        name: &'static str,
        v: &T,
    ) -> Result<S::Ok, S::Error> {
        self.0.serialize_newtype_struct(name, &Wrap(v))
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        name: &'static str,
        index: u32,
        variant: &'static str,
        v: &T,
    ) -> Result<S::Ok, S::Error> {
        self.0
            .serialize_newtype_variant(name, index, snake(variant), &Wrap(v))
    }
    fn serialize_seq(self, len: Option<usize>) -> Result<Self::SerializeSeq, S::Error> {
        self.0.serialize_seq(len).map(Snake)
    }
    fn serialize_tuple(self, len: usize) -> Result<Self::SerializeTuple, S::Error> {
        self.0.serialize_tuple(len).map(Snake)
    }
    fn serialize_tuple_struct(
        self,
        name: &'static str,
        len: usize,
    ) -> Result<Self::SerializeTupleStruct, S::Error> {
        self.0.serialize_tuple_struct(name, len).map(Snake)
    }
    fn serialize_tuple_variant(
        self,
        name: &'static str,
        index: u32,
        variant: &'static str,
        len: usize,
    ) -> Result<Self::SerializeTupleVariant, S::Error> {
        self.0
            .serialize_tuple_variant(name, index, snake(variant), len)
            .map(Snake)
    }
    fn serialize_map(self, len: Option<usize>) -> Result<Self::SerializeMap, S::Error> {
        self.0.serialize_map(len).map(Snake)
    }
    fn serialize_struct(
        self,
        name: &'static str,
        len: usize,
    ) -> Result<Self::SerializeStruct, S::Error> {
        self.0.serialize_struct(name, len).map(Snake)
    }
    fn serialize_struct_variant(
        self,
        name: &'static str,
        index: u32,
        variant: &'static str,
        len: usize,
    ) -> Result<Self::SerializeStructVariant, S::Error> {
        self.0
            .serialize_struct_variant(name, index, snake(variant), len)
            .map(Snake)
    }
    fn is_human_readable(&self) -> bool {
        self.0.is_human_readable()
    }
}

macro_rules! compound {
    ($tr:ident, $f:ident) => {
        impl<S: ser::$tr> ser::$tr for Snake<S> {
            type Ok = S::Ok;
            type Error = S::Error;
            fn $f<T: Serialize + ?Sized>(&mut self, v: &T) -> Result<(), S::Error> {
                self.0.$f(&Wrap(v))
            }
            fn end(self) -> Result<S::Ok, S::Error> {
                self.0.end()
            }
        }
    };
    ($tr:ident, $f:ident, field) => {
        impl<S: ser::$tr> ser::$tr for Snake<S> {
            type Ok = S::Ok;
            type Error = S::Error;
            fn $f<T: Serialize + ?Sized>(
                &mut self,
                key: &'static str,
                v: &T,
            ) -> Result<(), S::Error> {
                self.0.$f(key, &Wrap(v))
            }
            fn skip_field(&mut self, key: &'static str) -> Result<(), S::Error> {
                self.0.skip_field(key)
            }
            fn end(self) -> Result<S::Ok, S::Error> {
                self.0.end()
            }
        }
    };
}

compound!(SerializeSeq, serialize_element);
compound!(SerializeTuple, serialize_element);
compound!(SerializeTupleStruct, serialize_field);
compound!(SerializeTupleVariant, serialize_field);
compound!(SerializeStruct, serialize_field, field);
compound!(SerializeStructVariant, serialize_field, field);

impl<S: ser::SerializeMap> ser::SerializeMap for Snake<S> {
    type Ok = S::Ok;
    type Error = S::Error;
    fn serialize_key<T: Serialize + ?Sized>(&mut self, k: &T) -> Result<(), S::Error> {
        self.0.serialize_key(&Wrap(k))
    }
    fn serialize_value<T: Serialize + ?Sized>(&mut self, v: &T) -> Result<(), S::Error> {
        self.0.serialize_value(&Wrap(v))
    }
    fn end(self) -> Result<S::Ok, S::Error> {
        self.0.end()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Serialize)]
    enum Level {
        VeryHigh,
        Low,
    }

    #[derive(Serialize)]
    enum Answer {
        Choice(String),
        Many { ids: Vec<String> },
    }

    #[derive(Serialize)]
    struct Row {
        title: String,
        level: Level,
        levels: std::collections::BTreeMap<String, Level>,
        answer: Answer,
        many: Answer,
    }

    #[test]
    fn variants_are_snake_case_and_text_is_left_alone() {
        let row = Row {
            title: "WorkLink VeryHigh".into(),
            level: Level::VeryHigh,
            levels: [("Low".to_string(), Level::Low)].into(),
            answer: Answer::Choice("KeepMe".into()),
            many: Answer::Many { ids: vec![] },
        };
        let text = render("test", &row).unwrap();
        let v: serde_json::Value = serde_json::from_str(&text).unwrap();
        assert_eq!(v["schema"], "farol.test/1");
        assert!(text.trim_start().starts_with("{\n  \"schema\""), "{text}");
        assert_eq!(v["title"], "WorkLink VeryHigh");
        assert_eq!(v["level"], "very_high");
        assert_eq!(v["levels"]["Low"], "low");
        assert_eq!(v["answer"]["choice"], "KeepMe");
        assert!(v["many"]["many"]["ids"].is_array());
    }

    #[test]
    fn lists_are_put_under_a_field() {
        let v: serde_json::Value =
            serde_json::from_str(&render_list("list", "assessments", &[Level::Low]).unwrap())
                .unwrap();
        assert_eq!(v["assessments"][0], "low");
        assert_eq!(v["schema"], "farol.list/1");
    }

    #[test]
    fn snake_case_of_names() {
        assert_eq!(snake_case("VeryHigh"), "very_high");
        assert_eq!(snake_case("Yes"), "yes");
        assert_eq!(snake_case("signed"), "signed");
        assert_eq!(snake_case("to-improve"), "to_improve");
        assert_eq!(snake_case("Art23"), "art23");
    }
}
