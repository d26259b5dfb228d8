//! Warden's core: every decision the extension makes, in pure Rust.
//!
//! Nothing here knows about the browser. The wasm crate feeds it text read from the page,
//! the local calendar date and a storage backend; it answers with what to show.

pub mod age;
pub mod date;
