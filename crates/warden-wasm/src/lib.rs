//! The thin wasm layer: the browser's clock and storage, and one exported request handler.
//!
//! The same exports run in the background service worker, in the popup, and in the content
//! script where the page's Content Security Policy lets it compile WebAssembly.

use js_sys::{Date as JsDate, Promise};
use warden_core::date::{instant, Clock, Date, Millis};
use warden_core::engine::{self, Request};
use warden_core::store::Store;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;

#[wasm_bindgen]
extern "C" {
    /// `{ get(key) -> Promise<string|undefined>, set(key, value) -> Promise<void> }`, given by
    /// the caller: `chrome.storage.local` in the extension, a Map in tests.
    pub type StorageBackend;
    #[wasm_bindgen(method, catch)]
    fn get(this: &StorageBackend, key: &str) -> Result<Promise, JsValue>;
    #[wasm_bindgen(method, catch)]
    fn set(this: &StorageBackend, key: &str, value: &str) -> Result<Promise, JsValue>;
}

/// The store trait of the core, over the JavaScript backend.
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

impl Store for JsStore {
    async fn get(&self, key: &str) -> Result<Option<String>, String> {
        let promise = self.0.get(key).map_err(describe)?;
        let v = JsFuture::from(promise).await.map_err(describe)?;
        if v.is_undefined() || v.is_null() {
            return Ok(None);
        }
        // A value that is not text (written by hand or by something else) is shown to the
        // decoder as JSON, which then reports it as unreadable instead of guessing.
        Ok(Some(match v.as_string() {
            Some(s) => s,
            None => js_sys::JSON::stringify(&v)
                .ok()
                .and_then(|s| s.as_string())
                .unwrap_or_default(),
        }))
    }
    async fn set(&self, key: &str, value: &str) -> Result<(), String> {
        let promise = self.0.set(key, value).map_err(describe)?;
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

/// Answers one request (`{kind: ..., ...}`); see `warden_core::engine::Request`.
/// A malformed request is answered with `{error: "badRequest"}`, never an exception.
///
/// Both ways cross the boundary as JSON text (the engine reads and writes JSON anyway), turned
/// into objects by the browser's own `JSON.stringify`/`JSON.parse`.
#[wasm_bindgen]
pub async fn handle(request: JsValue, storage: StorageBackend) -> JsValue {
    let text = js_sys::JSON::stringify(&request)
        .ok()
        .and_then(|t| t.as_string())
        .unwrap_or_default();
    let answer = match Request::from_json(&text) {
        Ok(req) => engine::answer(&JsStore(storage), &BrowserClock, req).await,
        Err(e) => engine::error_answer("badRequest", Some(&e)),
    };
    js_sys::JSON::parse(&answer).unwrap_or(JsValue::NULL)
}

/// Whether a request changes the state (then only the background may answer it): by its
/// `kind` alone; a request without one goes to the background, which refuses it.
#[wasm_bindgen(js_name = isWrite)]
pub fn is_write(request: JsValue) -> bool {
    js_sys::Reflect::get(&request, &JsValue::from_str("kind"))
        .ok()
        .and_then(|k| k.as_string())
        .is_none_or(|kind| Request::kind_writes(&kind))
}

/// The popup's own view preferences (which section is open), in the extension page's
/// localStorage. User data never goes there: it lives in extension storage.
///
/// Read and written as plain text through gloo-storage's raw `Storage` (its typed `get`/`set`
/// would bring a JSON codec into the module for one string); a value an earlier version wrote
/// as a JSON string (`"1"`) still reads.
#[wasm_bindgen(js_name = viewPreference)]
pub fn view_preference(name: &str) -> Option<String> {
    use gloo_storage::{LocalStorage, Storage};
    let v = LocalStorage::raw()
        .get_item(&format!("warden.view.{name}"))
        .ok()??;
    Some(
        match v.strip_prefix('"').and_then(|x| x.strip_suffix('"')) {
            Some(inner) => inner.to_owned(),
            None => v,
        },
    )
}

#[wasm_bindgen(js_name = setViewPreference)]
pub fn set_view_preference(name: &str, value: &str) {
    use gloo_storage::{LocalStorage, Storage};
    let _ = LocalStorage::raw().set_item(&format!("warden.view.{name}"), value);
}
