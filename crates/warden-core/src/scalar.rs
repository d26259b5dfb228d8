//! One value of a JS object read as it comes, whatever its type: the settings form's fields
//! (text or numbers), the stored state's `schema`, the loosely read members of a backup. A
//! scalar or nothing: objects and lists are read past (as [`Scalar::Other`]), so no value model
//! of JSON is needed to read them.

use serde::de::{Deserialize, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde::{Serialize, Serializer};
use std::fmt;

/// A member's value, by its type.
#[derive(Clone, Debug, Default, PartialEq)]
pub enum Scalar {
    /// A whole number (JSON's integers; a JS number that is a safe integer).
    Int(i128),
    /// Any other number.
    Float(f64),
    Text(String),
    Bool(bool),
    /// `null`, an object, a list.
    #[default]
    Other,
}

impl Scalar {
    /// The value when it is a text.
    pub fn text(&self) -> Option<&str> {
        match self {
            Scalar::Text(t) => Some(t),
            _ => None,
        }
    }
    /// The value when it is a whole number from 0 to `u64::MAX` (as JSON's `as_u64` reads it).
    pub fn as_u64(&self) -> Option<u64> {
        match self {
            Scalar::Int(n) => u64::try_from(*n).ok(),
            _ => None,
        }
    }
    /// The value when it is `true` or `false`.
    pub fn as_bool(&self) -> Option<bool> {
        match self {
            Scalar::Bool(b) => Some(*b),
            _ => None,
        }
    }
}

struct ScalarVisitor;

impl<'de> Visitor<'de> for ScalarVisitor {
    type Value = Scalar;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any value")
    }
    fn visit_bool<E>(self, v: bool) -> Result<Scalar, E> {
        Ok(Scalar::Bool(v))
    }
    fn visit_i64<E>(self, v: i64) -> Result<Scalar, E> {
        Ok(Scalar::Int(v.into()))
    }
    fn visit_u64<E>(self, v: u64) -> Result<Scalar, E> {
        Ok(Scalar::Int(v.into()))
    }
    fn visit_f64<E>(self, v: f64) -> Result<Scalar, E> {
        Ok(Scalar::Float(v))
    }
    fn visit_str<E>(self, v: &str) -> Result<Scalar, E> {
        Ok(Scalar::Text(v.to_owned()))
    }
    fn visit_string<E>(self, v: String) -> Result<Scalar, E> {
        Ok(Scalar::Text(v))
    }
    fn visit_bytes<E>(self, _: &[u8]) -> Result<Scalar, E> {
        Ok(Scalar::Other)
    }
    fn visit_unit<E>(self) -> Result<Scalar, E> {
        Ok(Scalar::Other)
    }
    fn visit_none<E>(self) -> Result<Scalar, E> {
        Ok(Scalar::Other)
    }
    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Scalar, D::Error> {
        Scalar::deserialize(d)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Scalar, A::Error> {
        while seq.next_element::<IgnoredAny>()?.is_some() {}
        Ok(Scalar::Other)
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Scalar, A::Error> {
        while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
        Ok(Scalar::Other)
    }
}

impl<'de> Deserialize<'de> for Scalar {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Scalar, D::Error> {
        d.deserialize_any(ScalarVisitor)
    }
}

impl Serialize for Scalar {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Scalar::Int(n) => match u64::try_from(*n) {
                Ok(u) => s.serialize_u64(u),
                Err(_) => s.serialize_i64(i64::try_from(*n).unwrap_or(i64::MIN)),
            },
            Scalar::Float(f) => s.serialize_f64(*f),
            Scalar::Text(t) => s.serialize_str(t),
            Scalar::Bool(b) => s.serialize_bool(*b),
            Scalar::Other => s.serialize_unit(),
        }
    }
}

/// An object's members, each read as a [`Scalar`]; anything but an object reads as no members.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Members(pub Vec<(String, Scalar)>);

impl Members {
    /// The member of that name.
    pub fn get(&self, name: &str) -> Option<&Scalar> {
        self.0.iter().find(|(k, _)| k == name).map(|(_, v)| v)
    }
}

struct MembersVisitor;

impl<'de> Visitor<'de> for MembersVisitor {
    type Value = Members;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any value")
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Members, A::Error> {
        let mut out = Vec::new();
        while let Some(entry) = map.next_entry::<String, Scalar>()? {
            out.push(entry);
        }
        Ok(Members(out))
    }
    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<Members, A::Error> {
        ScalarVisitor.visit_seq(seq).map(|_| Members::default())
    }
    fn visit_bool<E>(self, _: bool) -> Result<Members, E> {
        Ok(Members::default())
    }
    fn visit_i64<E>(self, _: i64) -> Result<Members, E> {
        Ok(Members::default())
    }
    fn visit_u64<E>(self, _: u64) -> Result<Members, E> {
        Ok(Members::default())
    }
    fn visit_f64<E>(self, _: f64) -> Result<Members, E> {
        Ok(Members::default())
    }
    fn visit_str<E>(self, _: &str) -> Result<Members, E> {
        Ok(Members::default())
    }
    fn visit_bytes<E>(self, _: &[u8]) -> Result<Members, E> {
        Ok(Members::default())
    }
    fn visit_unit<E>(self) -> Result<Members, E> {
        Ok(Members::default())
    }
    fn visit_none<E>(self) -> Result<Members, E> {
        Ok(Members::default())
    }
}

impl<'de> Deserialize<'de> for Members {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Members, D::Error> {
        d.deserialize_any(MembersVisitor)
    }
}

impl Serialize for Members {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_map(self.0.iter().map(|(k, v)| (k, v)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    /// Read as `serde_json::Value` read the same values before.
    #[test]
    fn reads_what_json_values_read() {
        let read = |v: serde_json::Value| Scalar::deserialize(v).unwrap();
        assert_eq!(read(json!(12)), Scalar::Int(12));
        assert_eq!(read(json!(-3)), Scalar::Int(-3));
        assert_eq!(read(json!(u64::MAX)), Scalar::Int(u64::MAX.into()));
        assert_eq!(read(json!(12.5)), Scalar::Float(12.5));
        assert_eq!(read(json!("12")), Scalar::Text("12".into()));
        assert_eq!(read(json!(true)), Scalar::Bool(true));
        for other in [json!(null), json!([1, [2]]), json!({"a": {"b": 1}})] {
            assert_eq!(read(other), Scalar::Other);
        }
        assert_eq!(read(json!(7)).as_u64(), Some(7));
        assert_eq!(read(json!(-7)).as_u64(), None);
        assert_eq!(read(json!(7.0)).as_u64(), None);
        let form: Members =
            serde_json::from_value(json!({"a": "1", "b": 2, "c": [3], "d": false})).unwrap();
        assert_eq!(form.get("a"), Some(&Scalar::Text("1".into())));
        assert_eq!(form.get("b"), Some(&Scalar::Int(2)));
        assert_eq!(form.get("c"), Some(&Scalar::Other));
        assert_eq!(form.get("d").and_then(Scalar::as_bool), Some(false));
        assert_eq!(form.get("e"), None);
        for not_an_object in [json!(5), json!("x"), json!([{"a": 1}]), json!(null)] {
            assert_eq!(
                serde_json::from_value::<Members>(not_an_object).unwrap(),
                Members::default()
            );
        }
        assert_eq!(serde_json::to_value(&form).unwrap()["b"], json!(2));
    }
}
