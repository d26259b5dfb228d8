//! What a card's badge and a profile's banner say: verdicts by age, kept or not.

use crate::age::parse_age_words;
use crate::answer::*;
use crate::date::{parse_iso, Clock, Date};
use crate::decide::{judge, Bucket, Hint};
use crate::person::slug_from_href;
use crate::request::Annotate;
use crate::sent_tab::{stated_total, SentTab};
use crate::state::State;
use crate::storage::BadgeInputs;
use crate::visits::{person_key, Visit};
use std::collections::{BTreeMap, HashMap};

/// The age of a card: an exact `<time datetime>` wins, else the first age line that parses.
pub fn card_age<'a>(
    datetime: Option<&str>,
    mut texts: impl Iterator<Item = &'a str>,
    clock: &dyn Clock,
) -> Option<u32> {
    if let Some(stamp) = datetime.and_then(parse_iso) {
        let days = stamp.local_date(clock).days_until(clock.today());
        if days >= 0 {
            return u32::try_from(days).ok();
        }
    }
    texts.find_map(parse_age_words)
}

/// The verdict of a card of this age, for a person kept or not.
fn verdict(s: &BadgeInputs, today: Date, age: u32, kept: bool) -> CardVerdict {
    let v = judge(age, kept, today, &s.settings);
    let by_age = judge(age, false, today, &s.settings).hint;
    CardVerdict {
        age_days: v.age_days,
        bucket: v.bucket,
        hint: v.hint,
        by_age,
        stale: v.bucket == Bucket::Stale,
        consider: by_age == Hint::Consider,
        reinvite_on: v.reinvite_on,
        kept,
        review: if matches!(v.hint, Hint::Withdraw | Hint::Consider) {
            Review::Todo
        } else {
            Review::Skip
        },
    }
}

/// The distinct verdicts of a batch, each made once, by (age, kept).
struct Verdicts<'a> {
    inputs: &'a BadgeInputs,
    today: Date,
    index: HashMap<(u32, bool), u32>,
    list: Vec<CardVerdict>,
}

impl Verdicts<'_> {
    fn of(&mut self, age: u32, kept: bool) -> u32 {
        *self.index.entry((age, kept)).or_insert_with(|| {
            self.list.push(verdict(self.inputs, self.today, age, kept));
            u32::try_from(self.list.len() - 1).unwrap_or(u32::MAX)
        })
    }
}

/// The verdicts for a batch of cards, as the content script shows them. Each distinct text is
/// read once, each distinct verdict made once. The summary counts the people of `visit` (as
/// stored) and of this batch. On the Pages tab (invitations to follow a company Page) no card
/// gets a verdict, and the summary counts nobody.
pub fn annotate(s: &BadgeInputs, clock: &dyn Clock, r: &Annotate, visit: &Visit) -> AnnotateAnswer {
    let today = clock.today();
    let tab = SentTab::of(&r.path, r.current_tab.as_deref());
    let total = stated_total(&r.totals);
    if tab == SentTab::Organization {
        return AnnotateAnswer {
            today,
            tab,
            verdicts: Vec::new(),
            cards: vec![None; r.cards.len()],
            total,
            debug: s.settings.debug,
            inputs: s.inputs,
            ages: Vec::new(),
            kept_paths: s.keeps.keys().map(|slug| profile_path(slug)).collect(),
            summary: SummaryAnswer {
                pending: total.unwrap_or(0),
                ..SummaryAnswer::default()
            },
        };
    }
    let mut verdicts = Verdicts {
        inputs: s,
        today,
        index: HashMap::new(),
        list: Vec::new(),
    };
    let ages: Vec<Option<u32>> = r.texts.iter().map(|t| parse_age_words(t)).collect();
    let age_of = |i: &u32| ages.get(*i as usize).copied().flatten();
    let mut batch: Vec<(String, u32)> = Vec::new();
    let cards = r
        .cards
        .iter()
        .map(|card| {
            let age = card_age(card.datetime.as_deref(), std::iter::empty(), clock)
                .or_else(|| card.ages.iter().find_map(age_of))?;
            let slug = card.href.as_deref().and_then(slug_from_href);
            let kept = slug.as_ref().is_some_and(|k| s.keeps.contains_key(k));
            let name = card.name.as_deref().unwrap_or_default();
            batch.push((person_key(slug.clone(), name), age));
            Some(CardRef {
                verdict: verdicts.of(age, kept),
                slug,
            })
        })
        .collect();
    let list = List {
        rows: r.rows,
        recognised: r.badged.saturating_add(count(batch.len())),
        total: total.or(visit.total),
    };
    let summary = visit_summary(s, today, visit, batch, list);
    let mut seen = HashMap::new();
    let ages = r
        .texts
        .iter()
        .zip(&ages)
        .filter_map(|(text, age)| {
            let age = (*age)?;
            seen.insert(text.as_str(), ())
                .is_none()
                .then(|| TextVerdict {
                    text: text.clone(),
                    verdict: verdicts.of(age, false),
                    kept: verdicts.of(age, true),
                })
        })
        .collect();
    AnnotateAnswer {
        today,
        tab,
        verdicts: verdicts.list,
        cards,
        total,
        debug: s.settings.debug,
        inputs: s.inputs,
        ages,
        kept_paths: s.keeps.keys().map(|slug| profile_path(slug)).collect(),
        summary,
    }
}

/// Each age text with its age, to the verdict of a card showing it and of a kept person's card
/// showing it (each distinct verdict made once): the age vocabulary ([`crate::vocab`]).
pub fn verdicts_by_age(
    s: &BadgeInputs,
    today: Date,
    texts: impl Iterator<Item = (String, u32)>,
) -> (Vec<CardVerdict>, Vec<TextVerdict>) {
    let mut verdicts = Verdicts {
        inputs: s,
        today,
        index: HashMap::new(),
        list: Vec::new(),
    };
    let ages = texts
        .map(|(text, age)| TextVerdict {
            text,
            verdict: verdicts.of(age, false),
            kept: verdicts.of(age, true),
        })
        .collect();
    (verdicts.list, ages)
}

/// `/in/SLUG/` as a page's link writes it: every byte but ASCII letters, digits and `-_.~`
/// percent-encoded in capitals (as `encodeURIComponent` does).
pub fn profile_path(slug: &str) -> String {
    let mut out = String::from("/in/");
    for b in slug.bytes() {
        if b.is_ascii_alphanumeric() || b"-_.~".contains(&b) {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out.push('/');
    out
}

/// What the profile banner of one person says.
pub fn profile(s: &State, today: Date, href: &str) -> ProfileAnswer {
    let Some(slug) = slug_from_href(href) else {
        return ProfileAnswer {
            slug: None,
            withdrawal: None,
            pending_since: None,
            kept: false,
            confirmable: false,
        };
    };
    let recorded = s.withdrawals.get(&slug);
    let withdrawal = recorded.map(|x| {
        let left = today.days_until(x.until);
        ProfileWithdrawal {
            name: x.name.clone(),
            withdrawn_on: x.withdrawn_on,
            until: x.until,
            state: if left > 0 {
                CooldownState::Active
            } else {
                CooldownState::Ended
            },
            days_left: left.max(0),
        }
    });
    // A pending invitation read on the Sent page, unless it is the one that was withdrawn: no
    // invitation can have been sent before the cooldown's end (a stale tab may still list it).
    let pending_since = s
        .seen
        .get(&slug)
        .map(|p| p.sent_on)
        .filter(|sent_on| recorded.is_none_or(|w| *sent_on >= w.until));
    ProfileAnswer {
        kept: s.keeps.contains_key(&slug),
        confirmable: crate::outcomes::confirmable(s, &slug),
        slug: Some(slug),
        withdrawal,
        pending_since,
    }
}

/// How the Sent list looks: its rows, the cards recognised in it, and the total it states.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct List {
    pub rows: u32,
    pub recognised: u32,
    pub total: Option<u32>,
}

/// What the summary counts of a person (by age under the current settings; kept or not).
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Flags {
    pub stale: bool,
    pub consider: bool,
    pub kept: bool,
}

/// The flags of a person read at `age` days, under the settings now: by age alone (a kept
/// person still counts as stale), and whether they are kept (only a slug can be).
pub fn flags(s: &BadgeInputs, today: Date, key: &str, age: u32) -> Flags {
    let v = judge(age, false, today, &s.settings);
    Flags {
        stale: v.bucket == Bucket::Stale,
        consider: v.hint == Hint::Consider,
        kept: s.keeps.contains_key(key),
    }
}

/// The summary of a visit: its stored people and `batch` (read now, by key), each person once
/// (the batch's age wins for a person in both).
pub fn visit_summary(
    s: &BadgeInputs,
    today: Date,
    visit: &Visit,
    batch: Vec<(String, u32)>,
    list: List,
) -> SummaryAnswer {
    let mut people: BTreeMap<&str, u32> =
        visit.people.iter().map(|(k, a)| (k.as_str(), *a)).collect();
    for (key, age) in &batch {
        people.insert(key.as_str(), *age);
    }
    let people: Vec<Flags> = people
        .into_iter()
        .map(|(key, age)| flags(s, today, key, age))
        .collect();
    summary(&people, list)
}

fn count(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// A list with at least this many rows, of which fewer than half were recognised, is read only
/// in part: its markup most likely changed.
pub const PARTIAL_MIN_ROWS: u32 = 4;

/// The Sent page's summary: the people read on this visit, counted; whether the list was
/// recognised only in part.
pub fn summary(people: &[Flags], list: List) -> SummaryAnswer {
    let count_of = |f: fn(&Flags) -> bool| count(people.iter().filter(|p| f(p)).count());
    let cards = count(people.len());
    let partial = list.rows >= PARTIAL_MIN_ROWS && list.recognised.saturating_mul(2) < list.rows;
    SummaryAnswer {
        cards,
        stale: count_of(|p| p.stale),
        consider: count_of(|p| p.consider),
        kept: count_of(|p| p.kept),
        pending: list.total.unwrap_or(cards),
        partial,
        unrecognised: if partial {
            list.rows - list.recognised
        } else {
            0
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn flags(stale: bool, consider: bool, kept: bool) -> Flags {
        Flags {
            stale,
            consider,
            kept,
        }
    }

    #[test]
    fn the_summary_counts_by_age_and_says_when_the_list_is_read_in_part() {
        let people = vec![
            flags(true, false, true),
            flags(false, true, false),
            flags(false, false, false),
        ];
        let r = List {
            rows: 3,
            recognised: 3,
            total: Some(57),
        };
        let s = summary(&people, r);
        assert_eq!(
            (s.cards, s.stale, s.consider, s.kept, s.pending),
            (3, 1, 1, 1, 57)
        );
        assert!(!s.partial);
        let s = summary(&people, List { total: None, ..r });
        assert_eq!(s.pending, 3, "no stated total: the cards read");
        // 10 rows, 4 recognised: fewer than half.
        let s = summary(
            &people,
            List {
                rows: 10,
                recognised: 4,
                ..r
            },
        );
        assert_eq!((s.partial, s.unrecognised), (true, 6));
        let s = summary(
            &people,
            List {
                rows: 10,
                recognised: 5,
                ..r
            },
        );
        assert!(!s.partial, "half is enough");
        let s = summary(
            &people,
            List {
                rows: 3,
                recognised: 0,
                ..r
            },
        );
        assert!(!s.partial, "too few rows to tell");
    }
}
