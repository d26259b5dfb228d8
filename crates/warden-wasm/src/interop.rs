//! All conversion between JavaScript values and the core's Rust types, in one place.
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
use wasm_bindgen::JsValue;

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
