//! The thin wasm layer: the browser's clock and storage, and one exported request handler.
//!
//! The same exports run in the background service worker, in the popup, and in the content
//! script where the page's Content Security Policy lets it compile WebAssembly. Every
//! conversion between JS values and the core's types is in [`interop`].

pub mod interop;

use js_sys::{Date as JsDate, Promise};
use warden_core::date::{instant, Clock, Date, Millis};
use warden_core::engine;
use warden_core::store::Store;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;

#[wasm_bindgen]
extern "C" {
    /// `{ get(key) -> Promise<any>, set(key, value) -> Promise<void>, remove(key) ->
    /// Promise<void> }`, given by the caller: `chrome.storage.local` in the extension (keys
    /// starting with `session:` in `chrome.storage.session`), a Map in tests.
    pub type StorageBackend;
    #[wasm_bindgen(method, catch)]
    fn get(this: &StorageBackend, key: &str) -> Result<Promise, JsValue>;
    #[wasm_bindgen(method, catch)]
    fn set(this: &StorageBackend, key: &str, value: &JsValue) -> Result<Promise, JsValue>;
    #[wasm_bindgen(method, catch)]
    fn remove(this: &StorageBackend, key: &str) -> Result<Promise, JsValue>;
}

/// The store trait of the core, over the JavaScript backend: values are JS values.
pub struct JsStore(StorageBackend);

fn describe(e: JsValue) -> String {
    e.as_string()
        .or_else(|| {
            js_sys::Reflect::get(&e, &"message".into())
                .ok()
                .and_then(|m| m.as_string())
        })
        .unwrap_or_else(|| "storage error".into())
}

/// Storage only: its values are JS values, and their codec is in [`interop`].
impl Store for JsStore {
    async fn get(&self, key: &str) -> Result<Option<JsValue>, String> {
        let promise = self.0.get(key).map_err(describe)?;
        let v = JsFuture::from(promise).await.map_err(describe)?;
        Ok((!v.is_undefined() && !v.is_null()).then_some(v))
    }
    async fn set(&self, key: &str, value: &JsValue) -> Result<(), String> {
        let promise = self.0.set(key, value).map_err(describe)?;
        JsFuture::from(promise).await.map(|_| ()).map_err(describe)
    }
    async fn remove(&self, key: &str) -> Result<(), String> {
        let promise = self.0.remove(key).map_err(describe)?;
        JsFuture::from(promise).await.map(|_| ()).map_err(describe)
    }
}

/// The browser's clock: `Date.now()` and the local calendar of the user's time zone.
pub struct BrowserClock;

impl Clock for BrowserClock {
    /// `Date.now()` itself: already the integer milliseconds `Millis` counts, with no `Date`
    /// object made (chrono's `Utc::now()` makes one and goes through seconds and nanoseconds).
    fn now(&self) -> Millis {
        JsDate::now() as Millis
    }
    /// chrono's `Local` asks the browser for the zone's offset at that very instant, so summer
    /// time is right on both sides of a change.
    fn local_date(&self, at: Millis) -> Date {
        Date::from(instant(at).with_timezone(&chrono::Local).date_naive())
    }
}

/// Answers one request (`{kind: ..., ...}`, see `warden_core::request::Request`) with a plain
/// object. A malformed request is answered with `{error: "badRequest", detail}` (serde's
/// message), never an exception.
#[wasm_bindgen]
pub async fn handle(request: JsValue, storage: StorageBackend) -> JsValue {
    let answer = match interop::request(&request) {
        Ok(req) => engine::handle(&JsStore(storage), &BrowserClock, req).await,
        Err(e) => e.into(),
    };
    interop::answer(&answer)
}

/// The popup's own view preferences (which section is open), in the extension page's
/// localStorage, each as JSON text (a JSON string, as earlier versions wrote it through
/// gloo-storage). User data never goes there: it lives in extension storage. A value an earlier
/// version wrote as bare text (`1`) still reads.
#[wasm_bindgen(js_name = viewPreference)]
pub fn view_preference(name: &str) -> Option<String> {
    let text = local_storage()?
        .get_item(&format!("warden.view.{name}"))
        .ok()
        .flatten()?;
    js_sys::JSON::parse(&text)
        .ok()
        .and_then(|v| v.as_string())
        .or(Some(text))
}

#[wasm_bindgen(js_name = setViewPreference)]
pub fn set_view_preference(name: &str, value: &str) {
    let text = js_sys::JSON::stringify(&JsValue::from_str(value)).map(String::from);
    if let (Some(storage), Ok(text)) = (local_storage(), text) {
        let _ = storage.set_item(&format!("warden.view.{name}"), &text);
    }
}

fn local_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}
