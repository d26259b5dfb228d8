//! Where the state lives. A [`Store`] is storage only (get, set, remove); its [`Codec`] says
//! how typed values become its values. The browser's store wraps `chrome.storage.local`, whose
//! values are structured objects (JS values, its codec in the wasm crate's `interop`);
//! [`MemoryStore`] is its twin for native tests, holding `serde_json::Value`s. The core reads
//! and writes typed values through serde either way, and keeps a value it cannot read exactly
//! as it was (see [`crate::storage`]).

use serde::de::DeserializeOwned;
use serde::Serialize;
use std::any::Any;
#[cfg(not(target_arch = "wasm32"))]
use std::cell::{Cell, RefCell};
#[cfg(not(target_arch = "wasm32"))]
use std::collections::BTreeMap;
use std::rc::Rc;

/// Keys starting with this live in the spare area: the browser's session storage, which has
/// room of its own and lasts while the browser runs. Used only for what the lasting storage
/// refused (a full disk or quota); a backend without one refuses such keys.
pub const SPARE: &str = "session:";

/// A key-value store with asynchronous access, like `chrome.storage.local` (and, for keys
/// starting with [`SPARE`], `chrome.storage.session`): storage only. What its values are, and
/// how typed values become them, is its [`Codec`].
#[allow(async_fn_in_trait)]
pub trait Store: Codec {
    async fn get(&self, key: &str) -> Result<Option<Self::Value>, String>;
    async fn set(&self, key: &str, value: &Self::Value) -> Result<(), String>;
    /// Removes a key (nothing there is no error).
    async fn remove(&self, key: &str) -> Result<(), String>;
}

/// How typed values become a backend's values and back: JS values through serde-wasm-bindgen
/// in the browser (the wasm crate's `interop`), `serde_json` values for the native twin.
pub trait Codec {
    /// One stored value as the backend holds it.
    type Value: Clone + PartialEq + 'static;
    /// A typed value as the backend stores it.
    fn to_value<T: Serialize + ?Sized>(&self, v: &T) -> Result<Self::Value, String>;
    /// A stored value read as a type; the error is serde's message.
    fn read_value<T: DeserializeOwned>(&self, v: &Self::Value) -> Result<T, String> {
        self.read_value_at(v).map_err(|e| e.message)
    }
    /// A stored value read as a type; the error names where in the value it was refused.
    fn read_value_at<T: DeserializeOwned>(&self, v: &Self::Value) -> Result<T, Refused>;
    /// The text of a value that is a string (schema 1 stored the state as JSON text).
    fn text_of(&self, v: &Self::Value) -> Option<String>;
    /// JSON text read as a value, with the platform's own JSON (the browser's `JSON.parse`):
    /// `None` when it is not JSON.
    fn parse_json(&self, text: &str) -> Option<Self::Value>;
    /// A value as indented JSON text (the browser's `JSON.stringify(v, null, 2)`).
    fn json_text(&self, v: &Self::Value) -> Option<String>;
    /// The names of an object value's members, in order (none when it is not an object).
    fn member_names(&self, v: &Self::Value) -> Vec<String>;
    /// One member of an object value (`None` when it is absent or the value is no object).
    fn member(&self, v: &Self::Value, name: &str) -> Option<Self::Value>;
    /// Sets a member of an object value (nothing when it is no object).
    fn set_member(&self, object: &mut Self::Value, name: &str, member: &Self::Value);
}

/// A stored value kept as the backend holds it, unread (a JS value in the browser): a member of
/// the stored state that this build does not know. Only the codec that made it can write it
/// back ([`Opaque::get`]); the core only keeps and compares it, so no value model (and no
/// buffering of the whole state) is needed to keep what a newer Warden wrote.
#[derive(Clone)]
pub struct Opaque(Rc<dyn Held>);

trait Held {
    fn as_any(&self) -> &dyn Any;
    fn same(&self, other: &dyn Held) -> bool;
}

impl<T: Any + PartialEq> Held for T {
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn same(&self, other: &dyn Held) -> bool {
        other.as_any().downcast_ref::<T>() == Some(self)
    }
}

impl Opaque {
    pub fn new<T: Any + PartialEq>(v: T) -> Opaque {
        Opaque(Rc::new(v))
    }
    /// The value, when it is one of `T` (the backend's value type).
    pub fn get<T: Any>(&self) -> Option<&T> {
        self.0.as_any().downcast_ref()
    }
}

impl PartialEq for Opaque {
    fn eq(&self, other: &Opaque) -> bool {
        self.0.same(&*other.0)
    }
}

/// Says only that it is kept (formatting the value would need the backend's own formatter).
impl std::fmt::Debug for Opaque {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Opaque")
    }
}

/// Why a value could not be read as a type: serde's message, and where (the path through the
/// value's members and list places, as `serde_path_to_error` gives it).
#[derive(Clone, Debug, PartialEq)]
pub struct Refused {
    pub message: String,
    pub path: Vec<Step>,
}

/// One step of a path into a value.
#[derive(Clone, Debug, PartialEq)]
pub enum Step {
    Member(String),
    Place(usize),
}

impl Refused {
    /// From `serde_path_to_error`'s error.
    pub fn of<E: std::fmt::Display>(e: serde_path_to_error::Error<E>) -> Refused {
        use serde_path_to_error::Segment;
        let path = e
            .path()
            .iter()
            .filter_map(|s| match s {
                Segment::Seq { index } => Some(Step::Place(*index)),
                Segment::Map { key } => Some(Step::Member(key.clone())),
                Segment::Enum { variant } => Some(Step::Member(variant.clone())),
                Segment::Unknown => None,
            })
            .collect();
        Refused {
            message: e.inner().to_string(),
            path,
        }
    }
}

/// An in-memory store. It can be told to fail the next writes, to test that none is lost.
/// Native only (its values are `serde_json` values, which the wasm build does not carry).
#[cfg(not(target_arch = "wasm32"))]
#[derive(Default)]
pub struct MemoryStore {
    map: RefCell<BTreeMap<String, serde_json::Value>>,
    failing_writes: Cell<u32>,
    full: Cell<bool>,
    quota: Cell<Option<usize>>,
    writes: Cell<u32>,
}

#[cfg(not(target_arch = "wasm32"))]
impl MemoryStore {
    pub fn new() -> Self {
        Self::default()
    }
    /// The next `n` writes fail as a full disk would.
    pub fn fail_next_writes(&self, n: u32) {
        self.failing_writes.set(n);
    }
    /// While full, every write to the lasting area fails (the spare area still takes writes),
    /// as `chrome.storage.local` does once its quota is used up.
    pub fn set_full(&self, full: bool) {
        self.full.set(full);
    }
    /// A quota on the lasting area, as `chrome.storage.local`'s: a write that would take its
    /// keys and serialised values beyond `bytes` fails (the spare area still takes writes).
    pub fn set_quota(&self, bytes: Option<usize>) {
        self.quota.set(bytes);
    }
    /// The lasting area's keys and serialised values, in bytes.
    pub fn bytes_in_use(&self) -> usize {
        self.map
            .borrow()
            .iter()
            .filter(|(k, _)| !k.starts_with(SPARE))
            .map(|(k, v)| k.len() + v.to_string().len())
            .sum()
    }
    pub fn raw(&self, key: &str) -> Option<serde_json::Value> {
        self.map.borrow().get(key).cloned()
    }
    pub fn put_raw(&self, key: &str, value: serde_json::Value) {
        self.map.borrow_mut().insert(key.to_owned(), value);
    }
    /// Stores a text, as schema 1 did.
    pub fn put_text(&self, key: &str, text: &str) {
        self.put_raw(key, serde_json::Value::String(text.to_owned()));
    }
    pub fn keys(&self) -> Vec<String> {
        self.map.borrow().keys().cloned().collect()
    }
    /// Writes that landed so far.
    pub fn writes(&self) -> u32 {
        self.writes.get()
    }
}

#[cfg(not(target_arch = "wasm32"))]
impl Store for MemoryStore {
    async fn get(&self, key: &str) -> Result<Option<serde_json::Value>, String> {
        Ok(self.map.borrow().get(key).cloned())
    }
    async fn set(&self, key: &str, value: &serde_json::Value) -> Result<(), String> {
        let n = self.failing_writes.get();
        if n > 0 {
            self.failing_writes.set(n - 1);
            return Err("QUOTA_BYTES quota exceeded".into());
        }
        if self.full.get() && !key.starts_with(SPARE) {
            return Err("QUOTA_BYTES quota exceeded".into());
        }
        if let (Some(quota), false) = (self.quota.get(), key.starts_with(SPARE)) {
            let before = self.raw(key).map_or(0, |v| key.len() + v.to_string().len());
            if self.bytes_in_use() - before + key.len() + value.to_string().len() > quota {
                return Err("QUOTA_BYTES quota exceeded".into());
            }
        }
        self.writes.set(self.writes.get() + 1);
        self.put_raw(key, value.clone());
        Ok(())
    }
    async fn remove(&self, key: &str) -> Result<(), String> {
        self.map.borrow_mut().remove(key);
        Ok(())
    }
}

#[cfg(not(target_arch = "wasm32"))]
impl Codec for MemoryStore {
    type Value = serde_json::Value;
    fn to_value<T: Serialize + ?Sized>(&self, v: &T) -> Result<serde_json::Value, String> {
        serde_json::to_value(v).map_err(|e| e.to_string())
    }
    fn read_value_at<T: DeserializeOwned>(&self, v: &serde_json::Value) -> Result<T, Refused> {
        serde_path_to_error::deserialize(v).map_err(Refused::of)
    }
    fn text_of(&self, v: &serde_json::Value) -> Option<String> {
        v.as_str().map(str::to_owned)
    }
    fn parse_json(&self, text: &str) -> Option<serde_json::Value> {
        serde_json::from_str(text).ok()
    }
    fn json_text(&self, v: &serde_json::Value) -> Option<String> {
        serde_json::to_string_pretty(v).ok()
    }
    fn member_names(&self, v: &serde_json::Value) -> Vec<String> {
        v.as_object()
            .map(|o| o.keys().cloned().collect())
            .unwrap_or_default()
    }
    fn member(&self, v: &serde_json::Value, name: &str) -> Option<serde_json::Value> {
        v.as_object()?.get(name).cloned()
    }
    fn set_member(&self, object: &mut serde_json::Value, name: &str, member: &serde_json::Value) {
        if let Some(o) = object.as_object_mut() {
            o.insert(name.to_owned(), member.clone());
        }
    }
}

/// Runs a future whose every await is ready at once (the memory store's), without a runtime.
/// Panics if the future is not done after many polls: a test store must never make it wait.
pub fn block_on<F: std::future::Future>(fut: F) -> F::Output {
    use std::task::{Context, Poll, Waker};
    let mut fut = std::pin::pin!(fut);
    let mut cx = Context::from_waker(Waker::noop());
    for _ in 0..10_000 {
        if let Poll::Ready(v) = fut.as_mut().poll(&mut cx) {
            return v;
        }
    }
    panic!("block_on: the future kept waiting; only stores that answer at once can be used here")
}
