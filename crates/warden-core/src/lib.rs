//! Warden's core: every decision the extension makes, in pure Rust.
//!
//! Nothing here knows about the browser. The wasm crate feeds it text read from the page, a
//! clock and a storage backend; it answers with what to show. `cargo test` runs it natively.
//!
//! - [`age`]: reading "Sent 3 weeks ago" in seven languages.
//! - [`date`]: local calendar dates, ISO 8601, the [`date::Clock`] trait.
//! - [`decide`]: buckets, hints, re-invite dates.
//! - [`settings`]: the user's rules of thumb and their validation.
//! - [`state`]: what is stored, its schema and migrations.
//! - [`store`]: the storage trait and its in-memory twin.
//! - [`engine`]: requests in, answers out (the only entry point the wasm crate uses).
//! - [`outcomes`]: what became of each invitation (pending, accepted, withdrawn, expired).
//! - [`view`]: the popup's figures; [`backup`]: JSON and CSV export, import.
//! - [`json`]: the small JSON reader and writer the engine runs on.
//! - [`keys`]: the answer keys the extension puts into words (one text each in `_locales`).

pub mod age;
pub mod backup;
pub mod date;
pub mod decide;
pub mod engine;
pub mod json;
pub mod keys;
pub mod map;
pub mod outcomes;
pub mod settings;
pub mod state;
pub mod store;
pub mod view;
