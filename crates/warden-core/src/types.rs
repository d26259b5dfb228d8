//! The TypeScript declarations of every request and answer, generated from the Rust types:
//! `extension/types/core.d.ts`, which `npm test` type-checks the extension's scripts against;
//! and `extension/types/kinds.js`, the request kinds and which of them write, for the scripts
//! to import. `declarations_are_current` and `kinds_module_is_current` fail when a file is not
//! what these types give; run
//! `WARDEN_BLESS=1 cargo test -p warden-core types` to write it again, and review the diff.

use crate::answer::Answer;
use crate::date::Date;
use crate::request::Request;
use std::collections::BTreeMap;
use ts_rs::{TypeVisitor, TS};

/// A calendar date as `YYYY-MM-DD`.
impl TS for Date {
    type WithoutGenerics = Self;
    type OptionInnerType = Self;
    fn name() -> String {
        "string".to_owned()
    }
    fn inline() -> String {
        Self::name()
    }
    fn inline_flattened() -> String {
        panic!("a date cannot be flattened")
    }
    fn decl() -> String {
        panic!("a date is a string")
    }
    fn decl_concrete() -> String {
        panic!("a date is a string")
    }
}

/// Every declared type reachable from `T`, by name.
struct Collect(BTreeMap<String, String>);

impl TypeVisitor for Collect {
    fn visit<T: TS + 'static + ?Sized>(&mut self) {
        let Some(_) = T::output_path() else {
            return; // a built-in (string, number, arrays...): nothing to declare
        };
        if self.0.contains_key(&T::ident()) {
            return;
        }
        self.0.insert(T::ident(), T::decl());
        T::visit_dependencies(self);
    }
}

fn declarations() -> String {
    let mut all = Collect(BTreeMap::new());
    all.visit::<Request>();
    all.visit::<Answer>();
    // Kept beside the state for the content script to read at start (not an answer).
    all.visit::<crate::vocab::AgeTable>();
    let mut out = String::from(
        "// Generated from the core's Rust types (crates/warden-core/src/types.rs): do not edit.\n\
         // Every request the extension asks (`Request`) and every answer it gets (`Answer`).\n\n",
    );
    for decl in all.0.values() {
        out.push_str("export ");
        out.push_str(decl);
        out.push_str("\n\n");
    }
    // The answer each kind gets (an `ErrorAnswer` when it fails), for `Warden.ask`.
    out.push_str("/** The answer to each request kind. */\nexport interface Answers {\n");
    for (kind, answer) in crate::request::ANSWERS {
        assert!(all.0.contains_key(*answer), "{answer} is not declared");
        out.push_str(&format!("  {kind}: {answer};\n"));
    }
    out.push_str("}\n");
    out
}

/// `extension/types/kinds.js`: every request kind, and the set of those that write (the
/// scripts send a write to the background, the one writer, and may answer a read in the page).
fn kinds_module() -> String {
    use crate::request::{Request, KINDS};
    let list = |kinds: &mut dyn Iterator<Item = &str>| -> String {
        kinds.map(|k| format!("  '{k}',\n")).collect()
    };
    format!(
        "// Generated from the core's request table (crates/warden-core/src/request.rs): do not edit.\n\n\
         /** Every request kind the core answers. */\n\
         export const KINDS = [\n{}];\n\n\
         /** The kinds that change the state: only the background answers them. A kind not in\n \
         * `KINDS` goes to the background too, which refuses it. */\n\
         export const WRITES = new Set([\n{}]);\n",
        list(&mut KINDS.iter().map(|k| k.0)),
        list(&mut Request::write_kinds()),
    )
}

/// Checks a generated file against what the Rust types give; `WARDEN_BLESS` writes it first.
fn check_generated(name: &str, want: &str) {
    let path = format!(
        "{}/../../extension/types/{name}",
        env!("CARGO_MANIFEST_DIR")
    );
    if std::env::var_os("WARDEN_BLESS").is_some() {
        std::fs::create_dir_all(std::path::Path::new(&path).parent().unwrap()).unwrap();
        std::fs::write(&path, want).unwrap();
    }
    let have = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        have == want,
        "extension/types/{name} is not what the Rust types declare; \
         run WARDEN_BLESS=1 cargo test -p warden-core types and review the diff"
    );
}

#[test]
fn declarations_are_current() {
    check_generated("core.d.ts", &declarations());
}

#[test]
fn kinds_module_is_current() {
    let kinds: Vec<&str> = crate::request::KINDS.iter().map(|k| k.0).collect();
    let mapped: Vec<&str> = crate::request::ANSWERS.iter().map(|k| k.0).collect();
    assert_eq!(kinds, mapped, "every kind has its answer type");
    check_generated("kinds.js", &kinds_module());
}
