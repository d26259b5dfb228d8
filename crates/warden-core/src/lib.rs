//! Warden's core: every decision the extension makes, in pure Rust.
//!
//! Nothing here knows about the browser. The wasm crate feeds it requests read from the page,
//! a clock and a storage backend; it answers with what to show. `cargo test` runs it natively.
//!
//! - [`request`] and [`answer`]: the one description of every request and answer; [`engine`]
//!   answers them (`handle(store, clock, Request) -> Answer`, the only entry point the wasm
//!   crate uses); [`error`]: why a request could not be answered.
//! - [`state`]: what is stored; [`storage`]: loading, migrating, saving, pruning it through a
//!   [`store::Store`] (the browser's, or the in-memory twin for tests).
//! - [`age`]: reading "Sent 3 weeks ago" in seven languages; [`person`]: slugs, names.
//! - [`date`]: local calendar dates and the [`date::Clock`] trait, over chrono.
//! - [`decide`]: buckets, hints, re-invite dates; [`settings`]: the user's rules of thumb.
//! - [`outcomes`]: what became of each invitation (pending, accepted, withdrawn, expired).
//! - [`view`]: the popup's figures; [`backup`]: JSON and CSV export, import; [`visits`]: who
//!   was read on each visit of the Sent view, for the summary the core counts.
//! - [`told`]: what LinkedIn said about the account (notes left, the weekly limit, the email
//!   gate), as dated observations.
//! - [`scalar`]: one value of a JS object read whatever its type (form fields, loose members).
//! - [`order`]: sorting with one copy of the sort code.
//! - [`keys`]: the answer keys the extension puts into words (one text each in `_locales`).

pub mod age;
pub mod answer;
pub mod backup;
pub mod date;
pub mod decide;
pub mod engine;
pub mod error;
pub mod figures;
pub mod imports;
pub mod keys;
pub mod nesting;
pub mod order;
pub mod outcomes;
pub mod person;
pub mod request;
pub mod scalar;
pub mod sent_tab;
pub mod settings;
pub mod state;
pub mod storage;
pub mod store;
pub mod told;
pub mod unsaved;
pub mod view;
pub mod visits;
pub mod vocab;

#[cfg(test)]
mod types;
