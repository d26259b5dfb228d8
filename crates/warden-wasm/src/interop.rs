//! All conversion between JavaScript values and the core's Rust types, in one place: requests
//! and answers, and the stored values' codec (the core's `Codec`, for `JsStore`).
//!
//! Requests arrive as plain JS objects and are read by serde-wasm-bindgen straight into the
//! core's types; answers and the stored state go back as plain objects (JSON-compatible: maps
//! as objects, `None` as `null`), so that `chrome.storage` holds the state as an object.

use js_sys::Reflect;
use serde::de::DeserializeOwned;
use serde::Serialize;
use warden_core::answer::Answer;
use warden_core::error::Error;
use warden_core::request::Request;
use warden_core::store::{Codec, Refused};
use wasm_bindgen::{JsCast, JsValue};

/// The core's values in the browser are JS values: typed values go through serde-wasm-bindgen,
/// JSON text through the browser's own `JSON`.
impl Codec for crate::JsStore {
    type Value = JsValue;
    fn to_value<T: Serialize + ?Sized>(&self, v: &T) -> Result<JsValue, String> {
        to_js(v)
    }
    fn read_value<T: DeserializeOwned>(&self, v: &JsValue) -> Result<T, String> {
        from_js(v)
    }
    fn read_value_at<T: DeserializeOwned>(&self, v: &JsValue) -> Result<T, Refused> {
        let de = serde_wasm_bindgen::Deserializer::from(v.clone());
        serde_path_to_error::deserialize(de).map_err(Refused::of)
    }
    fn text_of(&self, v: &JsValue) -> Option<String> {
        v.as_string()
    }
    fn parse_json(&self, text: &str) -> Option<JsValue> {
        js_sys::JSON::parse(text).ok()
    }
    fn json_text(&self, v: &JsValue) -> Option<String> {
        js_sys::JSON::stringify_with_replacer_and_space(v, &JsValue::NULL, &JsValue::from(2))
            .ok()
            .map(String::from)
    }
    fn member_names(&self, v: &JsValue) -> Vec<String> {
        if !is_object(v) {
            return Vec::new();
        }
        js_sys::Object::keys::<JsValue>(v.unchecked_ref())
            .iter()
            .filter_map(|k| k.as_string())
            .collect()
    }
    fn member(&self, v: &JsValue, name: &str) -> Option<JsValue> {
        if !is_object(v) {
            return None;
        }
        Reflect::get(v, &JsValue::from_str(name))
            .ok()
            .filter(|m| !m.is_undefined())
    }
    fn set_member(&self, object: &mut JsValue, name: &str, member: &JsValue) {
        if is_object(object) {
            let _ = Reflect::set(object, &JsValue::from_str(name), member);
        }
    }
}

/// An object with members, as JSON has them: not `null`, a primitive nor an array.
fn is_object(v: &JsValue) -> bool {
    v.is_object() && !js_sys::Array::is_array(v)
}

/// A Rust value as a plain JS value.
pub fn to_js<T: Serialize + ?Sized>(v: &T) -> Result<JsValue, String> {
    v.serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|e| e.to_string())
}

/// A JS value read as a Rust type; the error is serde's message.
pub fn from_js<T: DeserializeOwned>(v: &JsValue) -> Result<T, String> {
    serde_wasm_bindgen::from_value(v.clone()).map_err(|e| e.to_string())
}

/// The `kind` of a request object, if it has a text one.
pub fn kind_of(v: &JsValue) -> Option<String> {
    Reflect::get(v, &JsValue::from_str("kind"))
        .ok()
        .and_then(|k| k.as_string())
}

/// A JS object read as one of a request's variants (see `Request::read_kind`).
struct JsFields<'a>(&'a JsValue);

impl warden_core::request::Fields for JsFields<'_> {
    type Error = String;
    fn read<T: DeserializeOwned>(&self) -> Result<T, String> {
        from_js(self.0)
    }
}

/// Reads a request: its `kind` first, then that variant's fields straight from the object.
pub fn request(v: &JsValue) -> Result<Request, Error> {
    let kind = kind_of(v).ok_or_else(|| Error::BadRequest("missing field `kind`".into()))?;
    Request::read_kind(&kind, &JsFields(v))
        .map_err(Error::BadRequest)?
        .ok_or_else(|| Error::BadRequest(format!("unknown request kind `{kind}`")))
}

/// An answer as a plain JS object (`null` only if it could not be converted, which the types
/// rule out).
pub fn answer(a: &Answer) -> JsValue {
    to_js(a).unwrap_or(JsValue::NULL)
}
