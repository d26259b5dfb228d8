//! The TypeScript declarations of every request and answer, generated from the Rust types:
//! `extension/types/core.d.ts`, which `npm test` type-checks the extension's scripts against.
//! `declarations_are_current` fails when the file is not what these types give; run
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
    for (kind, answer) in ANSWERS {
        assert!(all.0.contains_key(answer), "{answer} is not declared");
        out.push_str(&format!("  {kind}: {answer};\n"));
    }
    out.push_str("}\n");
    out
}

/// The answer type of each request kind (see `engine::answer`).
const ANSWERS: [(&str, &str); 28] = [
    ("annotate", "AnnotateAnswer"),
    ("profile", "ProfileAnswer"),
    ("popup", "PopupAnswer"),
    ("settings", "SettingsAnswer"),
    ("sentPageSeen", "StaleAnswer"),
    ("withdrawn", "WithdrawnAnswer"),
    ("setKeep", "KeepAnswer"),
    ("inviteSent", "SendAnswer"),
    ("limitReached", "DoneAnswer"),
    ("saveSettings", "SaveSettingsAnswer"),
    ("saveSettingsForm", "SaveSettingsAnswer"),
    ("import", "ImportAnswer"),
    ("exportJson", "ExportAnswer"),
    ("exportCsv", "ExportAnswer"),
    ("dismissNotices", "DoneAnswer"),
    ("reviewDone", "ReviewDoneAnswer"),
    ("vocabulary", "VocabularyAnswer"),
    ("layoutSeen", "DoneAnswer"),
    ("layoutReport", "LayoutReportAnswer"),
    ("summary", "SummaryAnswer"),
    ("flush", "FlushAnswer"),
    ("restoreAside", "ImportAnswer"),
    ("discardAside", "DoneAnswer"),
    ("asideText", "ExportAnswer"),
    ("readFile", "ReadFileAnswer"),
    ("connectedSeen", "ConnectedAnswer"),
    ("applyStaleSuggestion", "SaveSettingsAnswer"),
    ("exportHistoryCsv", "ExportAnswer"),
];

#[test]
fn every_kind_has_its_answer_type() {
    let mut kinds: Vec<&str> = crate::request::KINDS.iter().map(|k| k.0).collect();
    let mut mapped: Vec<&str> = ANSWERS.iter().map(|k| k.0).collect();
    kinds.sort_unstable();
    mapped.sort_unstable();
    assert_eq!(kinds, mapped);
}

#[test]
fn declarations_are_current() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../extension/types/core.d.ts"
    );
    let want = declarations();
    if std::env::var_os("WARDEN_BLESS").is_some() {
        std::fs::create_dir_all(std::path::Path::new(path).parent().unwrap()).unwrap();
        std::fs::write(path, &want).unwrap();
    }
    let have = std::fs::read_to_string(path).unwrap_or_default();
    assert!(
        have == want,
        "extension/types/core.d.ts is not what the Rust types declare; \
         run WARDEN_BLESS=1 cargo test -p warden-core types and review the diff"
    );
}
