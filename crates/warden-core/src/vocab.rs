//! The age vocabulary: the age texts the Sent page showed, each with the verdict a card showing
//! it gets under the current settings, kept beside the state ([`KEY`]) so that a content script
//! badges the cards of its first screen at once, before its own question reaches the core (the
//! core's answer then confirms every card). The core learns the texts from the Sent page's
//! readings (only texts its grammar reads as ages), and writes the table anew whenever what the
//! verdicts depend on changes: the settings, the keeps, the day, the texts known.

use crate::age::parse_age_words;
use crate::answer::{CardVerdict, TextVerdict};
use crate::date::Date;
use crate::engine::{profile_path, verdicts_by_age};
use crate::state::State;
use crate::storage::BadgeInputs;
use serde::Serialize;

/// Where the table is kept, beside the state.
pub const KEY: &str = "warden.ageTable";
/// The texts kept, most recent last: a page shows a few dozen distinct age lines.
pub const MAX_TEXTS: usize = 400;
/// The longest text kept (an age line is a few words).
pub const MAX_TEXT_LEN: usize = 160;
/// The most bytes the texts take together as the browser stores them
/// ([`crate::storage::stored_len`]): the oldest go first.
pub const TEXTS_BUDGET: usize = 64 * 1024;

/// The table a content script badges from before the core answers.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct AgeTable {
    /// The local day the verdicts were made for: a table of another day is not used.
    pub today: Date,
    /// The state's `inputs` revision the verdicts were made with.
    pub inputs: u32,
    /// Each distinct verdict.
    pub verdicts: Vec<CardVerdict>,
    /// Each known age text, with its verdict and the verdict of a kept person's card.
    pub ages: Vec<TextVerdict>,
    /// The profile paths of the people kept (their cards show the `kept` verdict).
    pub kept_paths: Vec<String>,
}

/// Learns the age texts of a reading: those the grammar reads as ages, each once, the most
/// recent kept when there are too many.
pub fn learn(s: &mut State, texts: &[String]) {
    for text in texts {
        let text = text.trim();
        if text.is_empty() || text.len() > MAX_TEXT_LEN || parse_age_words(text).is_none() {
            continue;
        }
        if let Some(at) = s.age_texts.iter().position(|t| t == text) {
            let known = s.age_texts.remove(at);
            s.age_texts.push(known);
        } else {
            s.age_texts.push(text.to_owned());
        }
    }
    let excess = s.age_texts.len().saturating_sub(MAX_TEXTS);
    s.age_texts.drain(..excess);
    let mut bytes: usize = s
        .age_texts
        .iter()
        .map(|t| crate::storage::stored_len(t) + 3)
        .sum();
    let mut drop = 0;
    while bytes > TEXTS_BUDGET {
        bytes -= s
            .age_texts
            .get(drop)
            .map_or(bytes, |t| crate::storage::stored_len(t) + 3);
        drop += 1;
    }
    s.age_texts.drain(..drop.min(s.age_texts.len()));
}

/// What the table depends on, as one text: a table written for the same basis is current.
pub fn basis(s: &State, today: Date) -> String {
    format!("{today} {} {}", s.inputs, s.age_texts.len())
}

/// The table for this state and day.
pub fn table(s: &State, today: Date) -> AgeTable {
    let inputs = BadgeInputs::of(s);
    let (verdicts, ages) = verdicts_by_age(
        &inputs,
        today,
        s.age_texts
            .iter()
            .filter_map(|t| Some((t.clone(), parse_age_words(t)?))),
    );
    AgeTable {
        today,
        inputs: s.inputs,
        verdicts,
        ages,
        kept_paths: s.keeps.keys().map(|slug| profile_path(slug)).collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::decide::Hint;

    fn texts(list: &[&str]) -> Vec<String> {
        list.iter().map(|t| (*t).to_owned()).collect()
    }

    #[test]
    fn learns_only_what_reads_as_an_age_once_each_and_bounded() {
        let mut s = State::fresh();
        learn(
            &mut s,
            &texts(&[
                "Sent 3 weeks ago",
                "Avery Stone",
                "Sent 3 weeks ago",
                "Sent 1 month ago",
                "",
            ]),
        );
        assert_eq!(
            s.age_texts,
            texts(&["Sent 3 weeks ago", "Sent 1 month ago"])
        );
        let many: Vec<String> = (0..MAX_TEXTS + 50)
            .map(|n| format!("Sent {} days ago", n + 1))
            .collect();
        learn(&mut s, &many);
        assert_eq!(s.age_texts.len(), MAX_TEXTS);
        assert_eq!(
            s.age_texts.last().map(String::as_str),
            Some(format!("Sent {} days ago", MAX_TEXTS + 50).as_str())
        );
    }

    #[test]
    fn the_table_gives_each_text_its_verdict_under_the_current_settings() {
        let mut s = State::fresh();
        learn(&mut s, &texts(&["Sent 3 weeks ago", "Sent 2 months ago"]));
        let today = Date::from_ymd(2026, 12, 7).unwrap();
        let t = table(&s, today);
        let hint_of = |text: &str| {
            let a = t.ages.iter().find(|a| a.text == text).unwrap();
            t.verdicts[a.verdict as usize].hint
        };
        assert_eq!(hint_of("Sent 3 weeks ago"), Hint::Consider);
        assert_eq!(hint_of("Sent 2 months ago"), Hint::Withdraw);
        // A settings change is a new basis, and a new table with other verdicts.
        let before = basis(&s, today);
        s.settings.stale_days = 90;
        s.inputs += 1;
        assert_ne!(basis(&s, today), before);
        let t = table(&s, today);
        let a = t
            .ages
            .iter()
            .find(|a| a.text == "Sent 2 months ago")
            .unwrap();
        assert_eq!(t.verdicts[a.verdict as usize].hint, Hint::Consider);
        assert_eq!(t.inputs, s.inputs);
        assert_ne!(
            basis(&s, today.add_days(1)),
            basis(&s, today),
            "a new day is a new basis"
        );
    }
}
