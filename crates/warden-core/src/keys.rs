//! Every key of the core's answers that the extension puts into words. `_locales` holds a text
//! for each one in every language: `tests/locales.test.mjs` reads these lists from this file,
//! and the tests below check that the core answers with these keys and no others.

/// `bucket` of a badge: `bucket_<key>`.
pub const BUCKETS: [&str; 3] = ["fresh", "waiting", "stale"];
/// `hint` of a badge: `hint_<key>`.
pub const HINTS: [&str; 4] = ["wait", "consider", "withdraw", "keep"];
/// `reason` of a settings field refused: `popup_err_<key>`.
pub const SETTINGS_ERRORS: [&str; 4] = [
    "notWholeNumber",
    "outOfRange",
    "considerBeforeFresh",
    "staleNotAfterConsider",
];
/// `error` of a refused import: `popup_import_<key>`.
pub const IMPORT_ERRORS: [&str; 10] = [
    "notJson",
    "notBackup",
    "newerVersion",
    "badVersion",
    "noWithdrawals",
    "badEntry",
    "tooLarge",
    "tooDeep",
    // A file that is not UTF-8 (`readFile`), a copy set aside this build cannot read.
    "notUtf8",
    "unreadableCopy",
];
/// `entry.list` of a refused import's entry at fault: `popup_import_badEntry_<list>`.
pub const ENTRY_LISTS: [&str; 3] = ["withdrawals", "keeps", "history"];
/// `error` of a request the core could not answer (before any `: detail`): `error_<key>`.
pub const REQUEST_ERRORS: [&str; 8] = [
    "badRequest",
    "writeFailed",
    "unsaved",
    "badProfileLink",
    "unknownPerson",
    "noSuggestion",
    "noLimitSeen",
    "internal",
];
/// `kind` of a notice the popup shows: `popup_notice_<key>`.
pub const NOTICES: [&str; 3] = ["unreadable", "writeFailed", "withdrawalNotHeld"];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::decide::{Bucket, Hint};

    #[test]
    fn buckets_and_hints_answer_with_these_names() {
        let buckets = [Bucket::Fresh, Bucket::Waiting, Bucket::Stale].map(Bucket::name);
        assert_eq!(buckets, BUCKETS);
        let hints = [Hint::Wait, Hint::Consider, Hint::Withdraw, Hint::Keep].map(Hint::name);
        assert_eq!(hints, HINTS);
    }
}
