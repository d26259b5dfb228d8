//! The bindings, run as wasm (in Node by default): requests through `handle` with a JavaScript
//! storage backend, the browser clock, and bad input.
#![cfg(target_arch = "wasm32")]

use js_sys::{Function, Object, Reflect};
use warden_core::date::Clock;
use warden_wasm::{handle, BrowserClock, StorageBackend};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

/// A storage backend over a plain object, as `chrome.storage.local` behaves: promises.
fn memory_backend(fail_writes: bool) -> (StorageBackend, Object) {
    let data = Object::new();
    let get = Function::new_with_args("key", "return Promise.resolve(this.data[key]);");
    let set = if fail_writes {
        Function::new_with_args(
            "key, value",
            "return Promise.reject(new Error('QUOTA_BYTES quota exceeded'));",
        )
    } else {
        Function::new_with_args(
            "key, value",
            "this.data[key] = value; return Promise.resolve();",
        )
    };
    let remove = Function::new_with_args("key", "delete this.data[key]; return Promise.resolve();");
    let backend = Object::new();
    Reflect::set(&backend, &"remove".into(), &remove).unwrap();
    Reflect::set(&backend, &"data".into(), &data).unwrap();
    Reflect::set(&backend, &"get".into(), &get).unwrap();
    Reflect::set(&backend, &"set".into(), &set).unwrap();
    (backend.unchecked_into(), data)
}

fn request(json: &str) -> JsValue {
    js_sys::JSON::parse(json).unwrap()
}

fn field(v: &JsValue, path: &[&str]) -> JsValue {
    path.iter().fold(v.clone(), |v, k| {
        Reflect::get(&v, &(*k).into()).unwrap_or(JsValue::UNDEFINED)
    })
}

#[wasm_bindgen_test]
async fn annotates_through_the_js_backend() {
    let (backend, _) = memory_backend(false);
    let answer = handle(request(r#"{"kind":"annotate","texts":["Jane","Sent 3 weeks ago"],"cards":[{"href":"/in/a/","ages":[0,1]}],"totals":[{"text":"People (12)","href":null}],"visit":1}"#), backend).await;
    assert_eq!(
        field(&answer, &["cards"])
            .dyn_into::<js_sys::Array>()
            .unwrap()
            .length(),
        1
    );
    let card = js_sys::Array::from(&field(&answer, &["cards"])).get(0);
    assert_eq!(field(&card, &["slug"]).as_string().as_deref(), Some("a"));
    let index = field(&card, &["verdict"]).as_f64().unwrap() as u32;
    let card = js_sys::Array::from(&field(&answer, &["verdicts"])).get(index);
    assert_eq!(field(&card, &["ageDays"]).as_f64(), Some(21.0));
    assert_eq!(
        field(&card, &["hint"]).as_string().as_deref(),
        Some("consider")
    );
    assert_eq!(field(&answer, &["total"]).as_f64(), Some(12.0));
    // The verdict per age text, for cards that scroll in before their own answer.
    let ages = js_sys::Array::from(&field(&answer, &["ages"]));
    assert_eq!(ages.length(), 1);
    assert_eq!(
        field(&ages.get(0), &["text"]).as_string().as_deref(),
        Some("Sent 3 weeks ago")
    );
}

#[wasm_bindgen_test]
async fn writes_reach_the_backend_as_an_object_keeping_unknown_members() {
    let (backend, data) = memory_backend(false);
    // Schema 1 stored JSON text; a newer build may have added members this one does not know.
    Reflect::set(
        &data,
        &"warden".into(),
        &r#"{"schema":1,"keeps":{"bob":{"name":"Bob","since":5}},"fromTheFuture":[1,{"a":2}]}"#
            .into(),
    )
    .unwrap();
    let answer = handle(
        request(r#"{"kind":"withdrawn","href":"/in/jane/","name":"Jane"}"#),
        backend,
    )
    .await;
    assert_eq!(field(&answer, &["ok"]).as_bool(), Some(true));
    let stored = Reflect::get(&data, &"warden".into()).unwrap();
    assert!(stored.is_object(), "schema 2 stores an object");
    assert_eq!(field(&stored, &["schema"]).as_f64(), Some(2.0));
    assert_eq!(
        field(&stored, &["withdrawals", "jane", "name"])
            .as_string()
            .as_deref(),
        Some("Jane")
    );
    assert_eq!(
        field(&stored, &["keeps", "bob", "since"]).as_f64(),
        Some(5.0)
    );
    let future = js_sys::JSON::stringify(&field(&stored, &["fromTheFuture"])).unwrap();
    assert_eq!(String::from(future), r#"[1,{"a":2}]"#);
}

#[wasm_bindgen_test]
async fn a_failing_backend_is_reported() {
    let (backend, _) = memory_backend(true);
    let answer = handle(
        request(r#"{"kind":"setKeep","href":"/in/a/","name":"A","keep":true}"#),
        backend,
    )
    .await;
    let error = field(&answer, &["error"]).as_string().unwrap();
    let detail = field(&answer, &["detail"]).as_string().unwrap_or_default();
    assert_eq!(error, "writeFailed");
    assert!(detail.contains("QUOTA"), "{detail}");
}

#[wasm_bindgen_test]
async fn a_stored_value_of_no_schema_is_unreadable_not_fatal() {
    let (backend, data) = memory_backend(false);
    Reflect::set(&data, &"warden".into(), &request(r#"{"some":"object"}"#)).unwrap();
    let answer = handle(request(r#"{"kind":"popup"}"#), backend).await;
    assert_eq!(
        field(&answer, &["notices"])
            .dyn_into::<js_sys::Array>()
            .unwrap()
            .get(0)
            .is_object(),
        true
    );
}

#[wasm_bindgen_test]
async fn malformed_requests_get_an_error_answer() {
    for bad in [r#"{"kind":"explode"}"#, r#"{"nokind":1}"#, "42", "null"] {
        let (b, _) = memory_backend(false);
        let answer = handle(request(bad), b).await;
        assert_eq!(
            field(&answer, &["error"]).as_string().as_deref(),
            Some("badRequest"),
            "{bad}"
        );
    }
}

#[wasm_bindgen_test]
fn browser_clock_agrees_with_js_dates() {
    let clock = BrowserClock;
    let now = clock.now();
    let d = js_sys::Date::new(&JsValue::from_f64(now as f64));
    let (y, m, day) = clock.today().ymd();
    assert_eq!(
        (y, m, day),
        (d.get_full_year() as i32, d.get_month() + 1, d.get_date())
    );
}
