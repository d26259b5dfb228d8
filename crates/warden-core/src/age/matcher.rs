//! The three shapes of an age line, matched from one token of the text (see the module
//! documentation of [`super`]).

use super::lexer::{Kind, Lexer, Token};
use super::tables::{Unit, LANGS, N_LANGS};
use std::collections::VecDeque;

/// An "ago" phrase right after a "sent" verb.
pub(super) const RANK_SENT_AGO: u8 = 3;
/// An "ago" phrase.
const RANK_AGO: u8 = 2;
/// A bare `count unit` or a today/yesterday word, with a "sent" verb or alone in its segment.
const RANK_BARE: u8 = 1;

/// At most this many `quantity unit` pairs in one phrase ("1 year 2 months 3 weeks ago").
const MAX_PAIRS: usize = 3;
/// Tokens the matcher may look at from one position: a sent verb is behind, then the longest
/// marker (3), the pairs with their joining words, and a marker after.
const WINDOW: usize = 16;
const _: () = assert!(WINDOW > 3 + MAX_PAIRS * 3 + 3);

/// What starts at one token: the most trusted age, or an age too large for a `u32`.
pub(super) enum Found {
    Nothing,
    Age {
        rank: u8,
        days: u32,
    },
    /// A phrase that would be accepted, but whose age does not fit a `u32`.
    Overflow,
}

impl Found {
    fn add(&mut self, rank: u8, days: Option<u32>) {
        match (days, &*self) {
            (_, Found::Overflow) => {}
            (None, _) => *self = Found::Overflow,
            (Some(days), Found::Nothing) => *self = Found::Age { rank, days },
            (Some(days), Found::Age { rank: r, .. }) => {
                if rank > *r {
                    *self = Found::Age { rank, days }
                }
            }
        }
    }
}

/// Everything that starts at the window's first token.
pub(super) fn match_at(w: &Window<'_>, prev_is_sent: bool) -> Found {
    let mut found = Found::Nothing;
    let Some(first) = w.at(0) else { return found };
    // Every shape starts with a count, a word meaning one, or a word of a marker or of
    // today/yesterday: any other word (most words of a card) starts nothing.
    if !first.may_start_age() {
        return found;
    }
    let ago_rank = if prev_is_sent {
        RANK_SENT_AGO
    } else {
        RANK_AGO
    };
    for li in 0..N_LANGS {
        ago_phrase(w, li, ago_rank, &mut found);
    }
    bare_count(w, prev_is_sent, &mut found);
    today_or_yesterday(w, prev_is_sent, &mut found);
    found
}

/// 1. An ago phrase of language `li`: "il y a 3 semaines", "3 weeks ago".
fn ago_phrase(w: &Window<'_>, li: usize, rank: u8, found: &mut Found) {
    let lang = LANGS[li];
    if w.at(0).is_some_and(|t| t.class.in_phrase) {
        for marker in lang.ago_before {
            if let Some(k) = phrase_at(w, 0, marker) {
                if let Some((days, _)) = pairs(w, k, li) {
                    found.add(rank, days);
                }
            }
        }
    }
    if let Some((days, k)) = pairs(w, 0, li) {
        if lang
            .ago_after
            .iter()
            .any(|marker| phrase_at(w, k, marker).is_some())
        {
            found.add(rank, days);
        }
    }
}

/// 2. A bare count and unit: "Sent 3w", "3w", "· 3 wk ·".
fn bare_count(w: &Window<'_>, prev_is_sent: bool, found: &mut Found) {
    let (Some(first), Some(unit_tok)) = (w.at(0), w.at(1)) else {
        return;
    };
    let (Kind::Num(Some(n)), Some(unit)) = (first.kind, unit_tok.class.unit_in_every_language())
    else {
        return;
    };
    let ends_segment = w.at(2).is_none_or(|t| t.break_before);
    let alone = first.break_before && ends_segment && !is_capital_letter(unit_tok.raw);
    if prev_is_sent || alone {
        found.add(RANK_BARE, n.checked_mul(unit.days()));
    }
}

/// 3. Today and yesterday: "Sent today", "Gestern gesendet", "Today".
fn today_or_yesterday(w: &Window<'_>, prev_is_sent: bool, found: &mut Found) {
    let Some(first) = w.at(0).filter(|t| t.class.in_phrase) else {
        return;
    };
    for lang in LANGS {
        let today = lang.today.iter().map(|p| (p, 0));
        let yesterday = lang.yesterday.iter().map(|p| (p, 1));
        for (phrase, days) in today.chain(yesterday) {
            if let Some(k) = phrase_at(w, 0, phrase) {
                let next = w.at(k);
                let sent_after = next.is_some_and(|t| t.class.sent);
                let alone = first.break_before && next.is_none_or(|t| t.break_before);
                if prev_is_sent || sent_after || alone {
                    found.add(RANK_BARE, Some(days));
                }
            }
        }
    }
}

/// One to [`MAX_PAIRS`] `quantity unit` pairs of language `li` from token `k`, largest unit
/// first, optionally joined by the language's "and". Returns the days (`None` when they
/// overflow) and the index after the last pair.
fn pairs(w: &Window<'_>, k: usize, li: usize) -> Option<(Option<u32>, usize)> {
    let pair = |k: usize| -> Option<(u32, Unit)> {
        let n = w.at(k)?.quantity_in(li)?;
        let unit = w.at(k + 1)?.class.units[li]?;
        Some((n, unit))
    };
    let (n, mut last) = pair(k)?;
    let mut total = n.checked_mul(last.days());
    let mut end = k + 2;
    for _ in 1..MAX_PAIRS {
        let joined = w.at(end).is_some_and(|t| t.class.and & (1 << li) != 0);
        let at = if joined { end + 1 } else { end };
        let Some((n, unit)) = pair(at) else { break };
        if unit >= last {
            break;
        }
        total = total.and_then(|t| t.checked_add(n.checked_mul(unit.days())?));
        last = unit;
        end = at + 2;
    }
    Some((total, end))
}

/// The index after `phrase` when it is written from token `k`.
fn phrase_at(w: &Window<'_>, k: usize, phrase: &[&str]) -> Option<usize> {
    for (i, word) in phrase.iter().enumerate() {
        if !w.at(k + i)?.is_word(word) {
            return None;
        }
    }
    Some(k + phrase.len())
}

/// A single uppercase letter ("3D", "5G"): a name or a spec, not an age, unless a marker says so.
fn is_capital_letter(raw: &str) -> bool {
    let mut chars = raw.chars();
    matches!((chars.next(), chars.next()), (Some(c), None) if c.is_uppercase())
}

/// The next [`WINDOW`] tokens, each cut and classified once.
pub(super) struct Window<'a> {
    lexer: Lexer<'a>,
    tokens: VecDeque<Token<'a>>,
}

impl<'a> Window<'a> {
    pub(super) fn new(text: &'a str) -> Window<'a> {
        let mut w = Window {
            lexer: Lexer::new(text),
            tokens: VecDeque::with_capacity(WINDOW),
        };
        w.fill();
        w
    }

    fn fill(&mut self) {
        let missing = WINDOW.saturating_sub(self.tokens.len());
        self.tokens.extend(self.lexer.by_ref().take(missing));
    }

    /// The token `k` places ahead of the current one.
    pub(super) fn at(&self, k: usize) -> Option<&Token<'a>> {
        self.tokens.get(k)
    }

    /// Moves on by one token.
    pub(super) fn advance(&mut self) {
        if self.tokens.pop_front().is_some() {
            self.fill();
        }
    }
}
