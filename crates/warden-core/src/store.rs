//! Where the state lives. The browser's implementation wraps `chrome.storage.local`;
//! [`MemoryStore`] is its twin for tests.

use std::cell::{Cell, RefCell};
use std::collections::BTreeMap;

/// A key-value store of strings with asynchronous access, like `chrome.storage.local`.
#[allow(async_fn_in_trait)]
pub trait Store {
    async fn get(&self, key: &str) -> Result<Option<String>, String>;
    async fn set(&self, key: &str, value: &str) -> Result<(), String>;
}

/// An in-memory store. It can be told to fail the next writes, to test that none is lost.
#[derive(Default)]
pub struct MemoryStore {
    map: RefCell<BTreeMap<String, String>>,
    failing_writes: Cell<u32>,
}

impl MemoryStore {
    pub fn new() -> Self {
        Self::default()
    }
    /// The next `n` writes fail as a full disk would.
    pub fn fail_next_writes(&self, n: u32) {
        self.failing_writes.set(n);
    }
    pub fn raw(&self, key: &str) -> Option<String> {
        self.map.borrow().get(key).cloned()
    }
    pub fn put_raw(&self, key: &str, value: &str) {
        self.map
            .borrow_mut()
            .insert(key.to_owned(), value.to_owned());
    }
    pub fn keys(&self) -> Vec<String> {
        self.map.borrow().keys().cloned().collect()
    }
}

impl Store for MemoryStore {
    async fn get(&self, key: &str) -> Result<Option<String>, String> {
        Ok(self.map.borrow().get(key).cloned())
    }
    async fn set(&self, key: &str, value: &str) -> Result<(), String> {
        let n = self.failing_writes.get();
        if n > 0 {
            self.failing_writes.set(n - 1);
            return Err("QUOTA_BYTES quota exceeded".into());
        }
        self.map
            .borrow_mut()
            .insert(key.to_owned(), value.to_owned());
        Ok(())
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
