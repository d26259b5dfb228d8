//! Reading the age line of a sent invitation ("Sent 3 weeks ago", "Envoyée il y a 3 semaines")
//! and the "People (N)" total of the Sent page.
//!
//! # How an age line is read
//!
//! The text is cut once into tokens: runs of ASCII digits (a count) and runs of letters (a
//! word). Words are compared in a folded form: lowercase, accents dropped ("Há" -> `ha`,
//! "één" -> `een`, "Envoyée" -> `envoyee`), so every table below holds plain ASCII. What sits
//! between two tokens only matters in one way: a line break or a punctuation mark such as `·`,
//! `|`, `,` or `(` ends a *segment*; spaces of any kind (no-break ones too), dots and
//! apostrophes do not.
//!
//! Three shapes are recognised, in this order of trust:
//!
//! 1. An "ago" phrase: the language's ago-marker before or after one to three
//!    `quantity unit` pairs, all in the same language ("3 weeks ago", "il y a un an",
//!    "vor einem Monat", "1 year 2 months ago"). A quantity is a plain count or a word meaning
//!    one. It is accepted anywhere in the text; preceded by a "sent" verb ("Sent",
//!    "Envoyée", "Gesendet"...) it is trusted most.
//! 2. A bare `count unit` ("3w", "2mo", "3 sem.") right after a "sent" verb, or standing alone
//!    in its segment ("Jane Doe · 3w · Message"). A one-letter unit standing alone must be
//!    written in lowercase, so that "3D" or "5G" in a headline is not read as an age. A unit
//!    that means different things in different languages ("j": jour or jaar) is refused here.
//! 3. A today/yesterday word next to a "sent" verb ("Sent today", "Gestern gesendet") or alone
//!    in its segment ("Today").
//!
//! The most trusted shape wins; between equals the first one in the text wins. Anything else,
//! including a count that is not a plain whole number ("1.5", "1,234", "-3"), is not an age
//! line, and an age that does not fit a `u32` number of days makes the whole text unreadable.
//!
//! Adding a language is adding one [`Lang`] table and naming it in [`LANGS`].

/// Lower-bound age in whole days of an age line, or `None` when the text is not an age line.
pub fn parse_age_words(text: &str) -> Option<u32> {
    let mut window = Window::new(text);
    let mut prev_is_sent = false;
    let mut best: Option<(u8, u32)> = None;
    while let Some(first) = window.at(0) {
        match match_at(&window, prev_is_sent) {
            Found::Nothing => {}
            Found::Overflow => return None,
            Found::Age { rank, days } => {
                if best.is_none_or(|(r, _)| rank > r) {
                    best = Some((rank, days));
                }
                if rank == RANK_SENT_AGO {
                    break;
                }
            }
        }
        prev_is_sent = first.class.sent;
        window.advance();
    }
    best.map(|(_, days)| days)
}

/// The total stated by the "People (N)" tab/heading in any supported language, e.g.
/// "People (1,234)" -> 1234, "Personnes (57)" -> 57.
///
/// The whole text must have that shape (surrounding whitespace and line breaks aside); the
/// count may use `,`, `.`, `'` or a (narrow) no-break space between groups of three digits.
pub fn parse_people_total(text: &str) -> Option<u32> {
    let text = text.trim();
    let open = text.find('(')?;
    let word = fold_word(text.get(..open).unwrap_or_default().trim());
    if !LANGS
        .iter()
        .any(|lang| lang.people.iter().any(|w| word.is(w)))
    {
        return None;
    }
    let inner = text.get(open + 1..)?.strip_suffix(')')?.trim();
    parse_grouped_count(inner)
}

// ---------------------------------------------------------------------------------------------
// The words, one table per language.
// ---------------------------------------------------------------------------------------------

/// A unit of time; its order (smallest first) is used to read "1 year 2 months ago".
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Debug)]
enum Unit {
    Second,
    Minute,
    Hour,
    Day,
    Week,
    Month,
    Year,
}

impl Unit {
    /// Whole days the unit counts for (a lower bound: a month is 30 days, a year 365).
    const fn days(self) -> u32 {
        match self {
            Unit::Second | Unit::Minute | Unit::Hour => 0,
            Unit::Day => 1,
            Unit::Week => 7,
            Unit::Month => 30,
            Unit::Year => 365,
        }
    }
}

/// A sequence of words, e.g. `["il", "y", "a"]`.
type Phrase = &'static [&'static str];

/// One language's words, all folded (lowercase ASCII, no accents).
struct Lang {
    /// ISO 639-1 code, for tests and readers.
    #[cfg_attr(not(test), allow(dead_code))]
    code: &'static str,
    /// Ago-markers written before the quantity: "il y a 3 semaines", "vor 3 Wochen".
    ago_before: &'static [Phrase],
    /// Ago-markers written after the unit: "3 weeks ago", "3 weken geleden".
    ago_after: &'static [Phrase],
    /// Words that stand for the count one: "a month ago", "vor einem Monat".
    one: &'static [&'static str],
    /// Unit words: singular, plural, inflected forms and LinkedIn's short forms.
    units: &'static [(&'static str, Unit)],
    /// Joins two pairs: "1 year and 2 months ago".
    and: &'static [&'static str],
    /// Words for today (0 days).
    today: &'static [Phrase],
    /// Words for yesterday (1 day).
    yesterday: &'static [Phrase],
    /// The "sent" verb that LinkedIn puts before (or after) the age.
    sent: &'static [&'static str],
    /// The word of the "People (N)" tab.
    people: &'static [&'static str],
}

use Unit::{Day as D, Hour as H, Minute as MIN, Month as MO, Second as S, Week as W, Year as Y};

/// English. Seen on the Sent page: "Sent today", "Sent yesterday", "Sent 1 day ago",
/// "Sent 3 weeks ago", "Sent a month ago", "Sent 2 years ago", tab "People (N)". Short forms
/// as LinkedIn writes them elsewhere: "3w", "2mo", "1yr", "5d", "3 wk", "2 mos". A bare "m" is
/// left out: LinkedIn uses it for minutes, other sites for months.
const EN: Lang = Lang {
    code: "en",
    ago_before: &[],
    ago_after: &[&["ago"]],
    one: &["a", "an", "one"],
    units: &[
        ("second", S),
        ("seconds", S),
        ("sec", S),
        ("secs", S),
        ("s", S),
        ("minute", MIN),
        ("minutes", MIN),
        ("min", MIN),
        ("mins", MIN),
        ("hour", H),
        ("hours", H),
        ("hr", H),
        ("hrs", H),
        ("h", H),
        ("day", D),
        ("days", D),
        ("d", D),
        ("week", W),
        ("weeks", W),
        ("wk", W),
        ("wks", W),
        ("w", W),
        ("month", MO),
        ("months", MO),
        ("mo", MO),
        ("mos", MO),
        ("mth", MO),
        ("mths", MO),
        ("year", Y),
        ("years", Y),
        ("yr", Y),
        ("yrs", Y),
        ("y", Y),
    ],
    and: &["and"],
    today: &[&["today"]],
    yesterday: &[&["yesterday"]],
    sent: &["sent"],
    people: &["people"],
};

/// French. Seen: "Envoyée il y a 3 semaines", tab "Personnes (N)". Short forms: "3 sem.",
/// "2 j", "5 h", "10 min". "aujourd'hui" is two tokens (the apostrophe splits it).
const FR: Lang = Lang {
    code: "fr",
    ago_before: &[&["il", "y", "a"]],
    ago_after: &[],
    one: &["un", "une"],
    units: &[
        ("seconde", S),
        ("secondes", S),
        ("sec", S),
        ("s", S),
        ("minute", MIN),
        ("minutes", MIN),
        ("min", MIN),
        ("mn", MIN),
        ("heure", H),
        ("heures", H),
        ("h", H),
        ("jour", D),
        ("jours", D),
        ("j", D),
        ("semaine", W),
        ("semaines", W),
        ("sem", W),
        ("mois", MO),
        ("an", Y),
        ("ans", Y),
        ("annee", Y),
        ("annees", Y),
    ],
    and: &["et"],
    today: &[&["aujourd", "hui"], &["aujourdhui"]],
    yesterday: &[&["hier"]],
    sent: &["envoye", "envoyee", "envoyes", "envoyees"],
    people: &["personnes"],
};

/// German, with the dative plurals that follow "vor": "vor 3 Wochen", "vor einem Monat",
/// "vor 2 Jahren", "vor 5 Tagen", "vor einer Woche". Tab "Personen (N)".
const DE: Lang = Lang {
    code: "de",
    ago_before: &[&["vor"]],
    ago_after: &[],
    one: &["ein", "eine", "einem", "einer", "einen", "eins"],
    units: &[
        ("sekunde", S),
        ("sekunden", S),
        ("sek", S),
        ("s", S),
        ("minute", MIN),
        ("minuten", MIN),
        ("min", MIN),
        ("stunde", H),
        ("stunden", H),
        ("std", H),
        ("h", H),
        ("tag", D),
        ("tage", D),
        ("tagen", D),
        ("tg", D),
        ("woche", W),
        ("wochen", W),
        ("wo", W),
        ("monat", MO),
        ("monate", MO),
        ("monaten", MO),
        ("mon", MO),
        ("jahr", Y),
        ("jahre", Y),
        ("jahren", Y),
        ("j", Y),
    ],
    and: &["und"],
    today: &[&["heute"]],
    yesterday: &[&["gestern"]],
    sent: &["gesendet", "versendet", "verschickt", "gesandt"],
    people: &["personen"],
};

/// Spanish: "Enviada hace 2 meses", "hace un año" (also "ano" without the tilde), tab
/// "Personas (N)". "atrás" is accepted after the unit too ("3 semanas atrás").
const ES: Lang = Lang {
    code: "es",
    ago_before: &[&["hace"]],
    ago_after: &[&["atras"]],
    one: &["un", "una", "uno"],
    units: &[
        ("segundo", S),
        ("segundos", S),
        ("seg", S),
        ("s", S),
        ("minuto", MIN),
        ("minutos", MIN),
        ("min", MIN),
        ("hora", H),
        ("horas", H),
        ("h", H),
        ("dia", D),
        ("dias", D),
        ("d", D),
        ("semana", W),
        ("semanas", W),
        ("sem", W),
        ("mes", MO),
        ("meses", MO),
        ("ano", Y),
        ("anos", Y),
    ],
    and: &["y"],
    today: &[&["hoy"]],
    yesterday: &[&["ayer"]],
    sent: &["enviada", "enviado", "enviadas", "enviados"],
    people: &["personas"],
};

/// Italian: "Inviato 3 settimane fa", "un'ora fa" (the apostrophe splits it), tab
/// "Persone (N)".
const IT: Lang = Lang {
    code: "it",
    ago_before: &[],
    ago_after: &[&["fa"]],
    one: &["un", "una", "uno"],
    units: &[
        ("secondo", S),
        ("secondi", S),
        ("sec", S),
        ("s", S),
        ("minuto", MIN),
        ("minuti", MIN),
        ("min", MIN),
        ("ora", H),
        ("ore", H),
        ("h", H),
        ("giorno", D),
        ("giorni", D),
        ("g", D),
        ("gg", D),
        ("settimana", W),
        ("settimane", W),
        ("sett", W),
        ("mese", MO),
        ("mesi", MO),
        ("anno", Y),
        ("anni", Y),
    ],
    and: &["e"],
    today: &[&["oggi"]],
    yesterday: &[&["ieri"]],
    sent: &["inviato", "inviata", "inviati", "inviate"],
    people: &["persone"],
};

/// Portuguese: "Enviado há 1 mês" ("ha", "mes" without accents too), "faz 2 semanas",
/// "3 semanas atrás", tab "Pessoas (N)".
const PT: Lang = Lang {
    code: "pt",
    ago_before: &[&["ha"], &["faz"]],
    ago_after: &[&["atras"]],
    one: &["um", "uma"],
    units: &[
        ("segundo", S),
        ("segundos", S),
        ("seg", S),
        ("s", S),
        ("minuto", MIN),
        ("minutos", MIN),
        ("min", MIN),
        ("hora", H),
        ("horas", H),
        ("h", H),
        ("dia", D),
        ("dias", D),
        ("d", D),
        ("semana", W),
        ("semanas", W),
        ("sem", W),
        ("mes", MO),
        ("meses", MO),
        ("ano", Y),
        ("anos", Y),
    ],
    and: &["e"],
    today: &[&["hoje"]],
    yesterday: &[&["ontem"]],
    sent: &["enviado", "enviada", "enviados", "enviadas"],
    people: &["pessoas"],
};

/// Dutch: "Verzonden 3 weken geleden", "een maand geleden" ("één" too), "2 jaar geleden",
/// tab "Personen (N)".
const NL: Lang = Lang {
    code: "nl",
    ago_before: &[],
    ago_after: &[&["geleden"]],
    one: &["een"],
    units: &[
        ("seconde", S),
        ("seconden", S),
        ("sec", S),
        ("s", S),
        ("minuut", MIN),
        ("minuten", MIN),
        ("min", MIN),
        ("uur", H),
        ("uren", H),
        ("u", H),
        ("dag", D),
        ("dagen", D),
        ("d", D),
        ("week", W),
        ("weken", W),
        ("wk", W),
        ("w", W),
        ("maand", MO),
        ("maanden", MO),
        ("mnd", MO),
        ("jaar", Y),
        ("jaren", Y),
        ("jr", Y),
        ("j", Y),
    ],
    and: &["en"],
    today: &[&["vandaag"]],
    yesterday: &[&["gisteren"]],
    sent: &["verzonden", "verstuurd"],
    people: &["personen"],
};

/// Every supported language.
const LANGS: [&Lang; 7] = [&EN, &FR, &DE, &ES, &IT, &PT, &NL];
const N_LANGS: usize = LANGS.len();
const _: () = assert!(N_LANGS <= 32, "language masks are u32");

// ---------------------------------------------------------------------------------------------
// Matching.
// ---------------------------------------------------------------------------------------------

/// An "ago" phrase right after a "sent" verb.
const RANK_SENT_AGO: u8 = 3;
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

enum Found {
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
fn match_at(w: &Window<'_>, prev_is_sent: bool) -> Found {
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

    // 1. Ago phrases, one language at a time.
    for (li, lang) in LANGS.iter().enumerate() {
        if first.class.in_phrase {
            for marker in lang.ago_before {
                if let Some(k) = phrase_at(w, 0, marker) {
                    if let Some((days, _)) = pairs(w, k, li) {
                        found.add(ago_rank, days);
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
                found.add(ago_rank, days);
            }
        }
    }

    // 2. A bare count and unit: "Sent 3w", "3w", "· 3 wk ·".
    if let (Kind::Num(Some(n)), Some(unit_tok)) = (first.kind, w.at(1)) {
        if let Some(unit) = unit_tok.class.unit_in_every_language() {
            let ends_segment = w.at(2).is_none_or(|t| t.break_before);
            let alone = first.break_before && ends_segment && !is_capital_letter(unit_tok.raw);
            if prev_is_sent || alone {
                found.add(RANK_BARE, n.checked_mul(unit.days()));
            }
        }
    }

    // 3. Today and yesterday: "Sent today", "Gestern gesendet", "Today".
    if first.class.in_phrase {
        for lang in LANGS {
            let days = lang
                .today
                .iter()
                .map(|p| (p, 0))
                .chain(lang.yesterday.iter().map(|p| (p, 1)));
            for (phrase, days) in days {
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
    found
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

// ---------------------------------------------------------------------------------------------
// Tokens.
// ---------------------------------------------------------------------------------------------

#[derive(Clone, Copy)]
enum Kind {
    /// A run of ASCII digits; `None` when it is not a plain whole count that fits a `u32`
    /// ("1.5", "1,234", "-3", "99999999999").
    Num(Option<u32>),
    Word(Folded),
}

/// What a word means in the tables, worked out once per token.
#[derive(Clone, Copy, Default)]
struct Class {
    /// Languages (bit per index in [`LANGS`]) in which the word means one.
    one: u32,
    /// Languages in which the word means "and".
    and: u32,
    /// The unit the word names, per language.
    units: [Option<Unit>; N_LANGS],
    /// A "sent" verb in some language.
    sent: bool,
    /// Part of some marker or today/yesterday phrase.
    in_phrase: bool,
}

/// The class of words in no table.
static INERT: Class = Class {
    one: 0,
    and: 0,
    units: [None; N_LANGS],
    sent: false,
    in_phrase: false,
};

/// Every word of every language's table (folded: lowercase ASCII, no accents), sorted, once
/// each: the words an age line or a "People (N)" tab is made of. A layout report keeps these
/// words of the page and replaces every other word by a placeholder.
pub fn vocabulary() -> Vec<&'static str> {
    let mut words: Vec<&'static str> = classes().iter().map(|&(w, _)| w).collect();
    words.extend(LANGS.iter().flat_map(|lang| lang.people.iter().copied()));
    words.sort_unstable();
    words.dedup();
    words
}

/// Every table word with its class, sorted by word: worked out once, then found by binary
/// search (a word of a card is looked up in the tables only when the filter lets it through).
static CLASSES: std::sync::OnceLock<Vec<(&'static str, Class)>> = std::sync::OnceLock::new();

fn classes() -> &'static [(&'static str, Class)] {
    CLASSES.get_or_init(|| {
        let mut words: Vec<&'static str> = Vec::new();
        for lang in LANGS {
            words.extend(lang.one.iter().chain(lang.and).chain(lang.sent));
            words.extend(lang.units.iter().map(|&(w, _)| w));
            for phrases in [lang.ago_before, lang.ago_after, lang.today, lang.yesterday] {
                for phrase in phrases {
                    words.extend(phrase.iter());
                }
            }
        }
        words.sort_unstable();
        words.dedup();
        words.into_iter().map(|w| (w, Class::scan(w))).collect()
    })
}

impl Class {
    fn of(word: &Folded) -> &'static Class {
        if !word.may_be_in_tables() {
            return &INERT;
        }
        let bytes = &word.buf[..usize::from(word.len)];
        let table = classes();
        match table.binary_search_by(|(w, _)| w.as_bytes().cmp(bytes)) {
            Ok(i) => &table[i].1,
            Err(_) => &INERT,
        }
    }

    /// Looks a table word up in every table.
    fn scan(word: &str) -> Class {
        let mut class = Class::default();
        for (li, lang) in LANGS.iter().enumerate() {
            let bit = 1 << li;
            if lang.one.contains(&word) {
                class.one |= bit;
            }
            if lang.and.contains(&word) {
                class.and |= bit;
            }
            class.units[li] = lang.units.iter().find(|(w, _)| *w == word).map(|&(_, u)| u);
            class.sent |= lang.sent.contains(&word);
            let phrases = [lang.ago_before, lang.ago_after, lang.today, lang.yesterday];
            class.in_phrase |= phrases
                .iter()
                .flat_map(|ps| ps.iter())
                .any(|p| p.contains(&word));
        }
        class
    }

    /// The unit the word names in every language that knows it, when they agree.
    fn unit_in_every_language(&self) -> Option<Unit> {
        let mut units = self.units.iter().flatten();
        let first = *units.next()?;
        units.all(|&u| u == first).then_some(first)
    }
}

#[derive(Clone, Copy)]
struct Token<'a> {
    kind: Kind,
    class: &'static Class,
    /// The token as written.
    raw: &'a str,
    /// A segment ends before this token (or it is the first one).
    break_before: bool,
}

impl Token<'_> {
    fn is_word(&self, word: &str) -> bool {
        matches!(&self.kind, Kind::Word(f) if f.is(word))
    }

    /// Every shape starts with a count, a word meaning one, or a word of a marker or of
    /// today/yesterday (see [`match_at`]): a text without such a token holds no age.
    fn may_start_age(&self) -> bool {
        matches!(self.kind, Kind::Num(_)) || self.class.one != 0 || self.class.in_phrase
    }

    fn quantity_in(&self, li: usize) -> Option<u32> {
        match self.kind {
            Kind::Num(n) => n,
            Kind::Word(_) => (self.class.one & (1 << li) != 0).then_some(1),
        }
    }
}

/// The longest folded word kept; longer words match nothing in the tables.
const FOLD_CAP: usize = 15;
const FOLD_INVALID: u8 = u8::MAX;

/// A word lowercased and stripped of accents, when it is short plain ASCII after that.
#[derive(Clone, Copy)]
struct Folded {
    buf: [u8; FOLD_CAP],
    /// Bytes used, or [`FOLD_INVALID`].
    len: u8,
}

impl Folded {
    const EMPTY: Folded = Folded {
        buf: [0; FOLD_CAP],
        len: 0,
    };

    fn is_valid(&self) -> bool {
        self.len != FOLD_INVALID
    }

    fn is(&self, word: &str) -> bool {
        // Written out: for words this short a byte loop beats a call to `memcmp`.
        let word = word.as_bytes();
        usize::from(self.len) == word.len() && self.buf.iter().zip(word).all(|(a, b)| a == b)
    }

    /// A quick filter: false for most words that are in no table.
    fn may_be_in_tables(&self) -> bool {
        self.is_valid() && TABLE_WORDS_FILTER.may_hold(&self.buf[..usize::from(self.len)])
    }

    fn push(&mut self, c: char) {
        if !self.is_valid() {
            return;
        }
        match fold_char(c) {
            Some(Some(letter)) => self.push_folded(letter),
            Some(None) => {}
            None => self.len = FOLD_INVALID,
        }
    }

    fn push_folded(&mut self, c: char) {
        let len = usize::from(self.len);
        if c.is_ascii_lowercase() && len < FOLD_CAP {
            self.buf[len] = c as u8;
            self.len += 1;
        } else {
            self.len = FOLD_INVALID;
        }
    }
}

/// A one-hash Bloom filter of every table word, built at compile time, so that most words of
/// a page (names, headlines) are set aside without looking through the tables.
const TABLE_WORDS_FILTER: WordFilter = WordFilter::of_tables();

struct WordFilter([u64; WordFilter::WORDS]);

impl WordFilter {
    const WORDS: usize = 64;
    const BITS: u32 = (Self::WORDS * 64) as u32;

    /// FNV-1a.
    const fn hash(word: &[u8]) -> u32 {
        let mut h: u32 = 0x811c_9dc5;
        let mut i = 0;
        while i < word.len() {
            h ^= word[i] as u32;
            h = h.wrapping_mul(0x0100_0193);
            i += 1;
        }
        h
    }

    const fn may_hold(&self, word: &[u8]) -> bool {
        let bit = Self::hash(word) % Self::BITS;
        self.0[(bit / 64) as usize] & (1 << (bit % 64)) != 0
    }

    const fn add(&mut self, words: &[&str]) {
        let mut i = 0;
        while i < words.len() {
            let bit = Self::hash(words[i].as_bytes()) % Self::BITS;
            self.0[(bit / 64) as usize] |= 1 << (bit % 64);
            i += 1;
        }
    }

    const fn add_phrases(&mut self, phrases: &[Phrase]) {
        let mut i = 0;
        while i < phrases.len() {
            self.add(phrases[i]);
            i += 1;
        }
    }

    const fn of_tables() -> WordFilter {
        let mut filter = WordFilter([0; Self::WORDS]);
        let mut li = 0;
        while li < N_LANGS {
            let lang = LANGS[li];
            filter.add(lang.one);
            filter.add(lang.and);
            filter.add(lang.sent);
            let mut u = 0;
            while u < lang.units.len() {
                filter.add(&[lang.units[u].0]);
                u += 1;
            }
            filter.add_phrases(lang.ago_before);
            filter.add_phrases(lang.ago_after);
            filter.add_phrases(lang.today);
            filter.add_phrases(lang.yesterday);
            li += 1;
        }
        filter
    }
}

/// The folded form of a whole string, invalid unless it is one word.
fn fold_word(s: &str) -> Folded {
    let mut folded = Folded::EMPTY;
    for c in s.chars() {
        if !is_word_char(c) {
            return Folded {
                len: FOLD_INVALID,
                ..Folded::EMPTY
            };
        }
        folded.push(c);
    }
    folded
}

/// A character of a word, folded: `Some(Some(letter))` (an ASCII lowercase letter),
/// `Some(None)` (a combining accent, dropped), or `None` when the word can match no table word.
///
/// The same as lowercasing with Unicode's full mapping and then dropping accents
/// ([`strip_accent`]), without Unicode's case tables: only the few characters listed here
/// fold to a plain letter (`tests::fold_matches_unicode_lowercase` checks every character).
fn fold_char(c: char) -> Option<Option<char>> {
    let lower = match c {
        'a'..='z' => return Some(Some(c)),
        'A'..='Z' => return Some(Some(c.to_ascii_lowercase())),
        // Latin-1 capitals (not the multiplication sign): their lowercase is 0x20 further.
        '\u{c0}'..='\u{de}' if c != '\u{d7}' => char::from_u32(c as u32 + 0x20)?,
        '\u{130}' => return Some(Some('i')), // İ: "i" and a combining dot
        '\u{178}' => 'ÿ',
        '\u{212a}' => return Some(Some('k')), // Kelvin sign
        '\u{212b}' => 'å',                    // Angstrom sign
        c => c,
    };
    match strip_accent(lower) {
        None => Some(None),
        Some(base) if base.is_ascii_lowercase() => Some(Some(base)),
        Some(_) => None,
    }
}

/// The base letter of a lowercase accented Latin letter; `None` for a combining accent.
fn strip_accent(c: char) -> Option<char> {
    Some(match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' => 'a',
        'ç' => 'c',
        'è' | 'é' | 'ê' | 'ë' => 'e',
        'ì' | 'í' | 'î' | 'ï' => 'i',
        'ñ' => 'n',
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' => 'o',
        'ù' | 'ú' | 'û' | 'ü' => 'u',
        'ý' | 'ÿ' => 'y',
        c if is_combining(c) => return None,
        c => c,
    })
}

/// Combining diacritical marks (text in decomposed form: "e" + U+0301).
fn is_combining(c: char) -> bool {
    matches!(c, '\u{300}'..='\u{36F}')
}

fn is_word_char(c: char) -> bool {
    !c.is_ascii_digit() && (c.is_alphanumeric() || is_combining(c))
}

/// Characters between tokens that do not end a segment: spaces (no-break, narrow and
/// zero-width ones too, but not line breaks), dots ("3 sem.") and apostrophes ("un'ora").
fn is_soft_separator(c: char) -> bool {
    match c {
        '\n' | '\r' | '\u{b}' | '\u{c}' | '\u{85}' | '\u{2028}' | '\u{2029}' => false,
        '.' | '\'' | '\u{2018}' | '\u{2019}' | '`' | '\u{b4}' => true,
        '\u{ad}' | '\u{200b}'..='\u{200d}' | '\u{2060}' | '\u{feff}' => true,
        c => c.is_whitespace(),
    }
}

/// The character starting at byte `i` of `text` (an ASCII byte without decoding).
fn char_at(text: &str, i: usize) -> Option<char> {
    match *text.as_bytes().get(i)? {
        b if b.is_ascii() => Some(char::from(b)),
        _ => text.get(i..)?.chars().next(),
    }
}

/// Cuts text into tokens, left to right, once.
struct Lexer<'a> {
    text: &'a str,
    pos: usize,
}

impl<'a> Lexer<'a> {
    fn new(text: &'a str) -> Lexer<'a> {
        Lexer { text, pos: 0 }
    }
}

impl<'a> Iterator for Lexer<'a> {
    type Item = Token<'a>;

    fn next(&mut self) -> Option<Token<'a>> {
        let text = self.text;
        let bytes = text.as_bytes();
        let mut break_before = self.pos == 0;
        let mut prev_sep = None;
        // Up to the next token, a character at a time (ASCII without decoding).
        let mut i = self.pos;
        let start = loop {
            let Some(c) = char_at(text, i) else {
                self.pos = text.len();
                return None;
            };
            if c.is_ascii_alphanumeric() || (!c.is_ascii() && is_word_char(c)) {
                break i;
            }
            break_before |= !is_soft_separator(c);
            prev_sep = Some(c);
            i += c.len_utf8();
        };
        if bytes[start].is_ascii_digit() {
            let mut end = start;
            let mut value = Some(0u32);
            while end < bytes.len() && bytes[end].is_ascii_digit() {
                let digit = u32::from(bytes[end] - b'0');
                value = value.and_then(|v| v.checked_mul(10)?.checked_add(digit));
                end += 1;
            }
            // "1,234", "1.5", "3'000", "12.03.2024": not a plain count.
            while end + 1 < bytes.len()
                && matches!(bytes[end], b',' | b'.' | b'\'')
                && bytes[end + 1].is_ascii_digit()
            {
                value = None;
                end += 1;
                while end < bytes.len() && bytes[end].is_ascii_digit() {
                    end += 1;
                }
            }
            // "-3", "+3": signed, not a count.
            if matches!(prev_sep, Some('-' | '+' | '\u{2212}')) {
                value = None;
            }
            self.pos = end;
            Some(Token {
                kind: Kind::Num(value),
                class: &INERT,
                raw: text.get(start..end).unwrap_or_default(),
                break_before,
            })
        } else {
            let mut folded = Folded::EMPTY;
            let mut end = start;
            while let Some(c) = char_at(text, end) {
                // An ASCII character is part of a word only as a letter.
                if !(c.is_ascii_alphabetic() || (!c.is_ascii() && is_word_char(c))) {
                    break;
                }
                folded.push(c);
                end += c.len_utf8();
            }
            self.pos = end;
            Some(Token {
                kind: Kind::Word(folded),
                class: Class::of(&folded),
                raw: text.get(start..end).unwrap_or_default(),
                break_before,
            })
        }
    }
}

/// The next [`WINDOW`] tokens, each cut and classified once.
struct Window<'a> {
    lexer: Lexer<'a>,
    ring: [Option<Token<'a>>; WINDOW],
    start: usize,
    len: usize,
}

impl<'a> Window<'a> {
    fn new(text: &'a str) -> Window<'a> {
        let mut w = Window {
            lexer: Lexer::new(text),
            ring: [None; WINDOW],
            start: 0,
            len: 0,
        };
        w.fill();
        w
    }

    fn fill(&mut self) {
        while self.len < WINDOW {
            let Some(token) = self.lexer.next() else {
                break;
            };
            self.ring[(self.start + self.len) % WINDOW] = Some(token);
            self.len += 1;
        }
    }

    /// The token `k` places ahead of the current one.
    fn at(&self, k: usize) -> Option<&Token<'a>> {
        if k < self.len {
            self.ring[(self.start + k) % WINDOW].as_ref()
        } else {
            None
        }
    }

    fn advance(&mut self) {
        if self.len > 0 {
            self.start = (self.start + 1) % WINDOW;
            self.len -= 1;
            self.fill();
        }
    }
}

// ---------------------------------------------------------------------------------------------
// "People (N)".
// ---------------------------------------------------------------------------------------------

/// "57", "1234", "1,234", "1.234", "1 234" (any space): groups of three after the first.
fn parse_grouped_count(s: &str) -> Option<u32> {
    let mut value: u32 = 0;
    let mut group = 0usize; // digits in the current group
    let mut separator: Option<char> = None;
    for c in s.chars() {
        if let Some(d) = c.to_digit(10) {
            value = value.checked_mul(10)?.checked_add(d)?;
            group += 1;
        } else if matches!(c, ',' | '.' | '\'') || c.is_whitespace() {
            let first_group = separator.is_none();
            if separator.is_some_and(|s| s != c)
                || group == 0
                || (first_group && group > 3)
                || (!first_group && group != 3)
            {
                return None;
            }
            separator = Some(c);
            group = 0;
        } else {
            return None;
        }
    }
    (group > 0 && (separator.is_none() || group == 3)).then_some(value)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[track_caller]
    fn check(cases: &[(&str, Option<u32>)]) {
        let mut failures = Vec::new();
        for &(text, want) in cases {
            let got = parse_age_words(text);
            if got != want {
                failures.push(format!("{text:?}: got {got:?}, want {want:?}"));
            }
        }
        assert!(failures.is_empty(), "{}", failures.join("\n"));
    }

    #[test]
    fn fold_matches_unicode_lowercase() {
        for c in (0..=0x10ffff).filter_map(char::from_u32) {
            // The reference: Unicode's full lowercase mapping, then accents dropped.
            let mut want = Some(String::new());
            for lower in c.to_lowercase() {
                match strip_accent(lower) {
                    None => {}
                    Some(b) if b.is_ascii_lowercase() => {
                        want.as_mut().into_iter().for_each(|w| w.push(b))
                    }
                    Some(_) => want = None,
                }
            }
            let got = fold_char(c).map(|x| x.map(String::from).unwrap_or_default());
            assert_eq!(got, want, "U+{:04X}", c as u32);
        }
    }

    #[test]
    fn tables_hold_folded_words() {
        for lang in LANGS {
            let mut words: Vec<&str> = Vec::new();
            words.extend(lang.one);
            words.extend(lang.units.iter().map(|(w, _)| *w));
            words.extend(lang.and);
            words.extend(lang.sent);
            words.extend(lang.people);
            for phrases in [lang.ago_before, lang.ago_after, lang.today, lang.yesterday] {
                for phrase in phrases {
                    assert!(!phrase.is_empty(), "{}: empty phrase", lang.code);
                    words.extend(phrase.iter());
                }
            }
            for w in words {
                assert!(
                    !w.is_empty()
                        && w.len() <= FOLD_CAP
                        && w.bytes().all(|b| b.is_ascii_lowercase()),
                    "{}: {w:?} would never match: table words are folded ASCII",
                    lang.code
                );
            }
        }
    }

    #[test]
    fn english() {
        check(&[
            ("Sent today", Some(0)),
            ("Sent yesterday", Some(1)),
            ("Sent 1 day ago", Some(1)),
            ("Sent 2 days ago", Some(2)),
            ("Sent 1 week ago", Some(7)),
            ("Sent 3 weeks ago", Some(21)),
            ("Sent 1 month ago", Some(30)),
            ("Sent 5 months ago", Some(150)),
            ("Sent 1 year ago", Some(365)),
            ("Sent 2 years ago", Some(730)),
            ("Sent a month ago", Some(30)),
            ("Sent an hour ago", Some(0)),
            ("Sent one week ago", Some(7)),
            ("Sent a day ago", Some(1)),
            ("Sent a year ago", Some(365)),
            ("Sent 1 second ago", Some(0)),
            ("Sent 30 seconds ago", Some(0)),
            ("Sent 1 minute ago", Some(0)),
            ("Sent 45 minutes ago", Some(0)),
            ("Sent 1 hour ago", Some(0)),
            ("Sent 23 hours ago", Some(0)),
            ("3 weeks ago", Some(21)),
            ("0 days ago", Some(0)),
            ("Today", Some(0)),
            ("yesterday", Some(1)),
        ]);
    }

    #[test]
    fn french() {
        check(&[
            ("Envoyée il y a 3 semaines", Some(21)),
            ("Envoyé il y a 1 semaine", Some(7)),
            ("il y a une semaine", Some(7)),
            ("il y a 1 jour", Some(1)),
            ("il y a 5 jours", Some(5)),
            ("il y a un jour", Some(1)),
            ("il y a 1 mois", Some(30)),
            ("il y a 4 mois", Some(120)),
            ("il y a un mois", Some(30)),
            ("il y a 1 an", Some(365)),
            ("il y a un an", Some(365)),
            ("il y a 2 ans", Some(730)),
            ("il y a 2 années", Some(730)),
            ("il y a une année", Some(365)),
            ("il y a 3 heures", Some(0)),
            ("il y a une heure", Some(0)),
            ("il y a 10 minutes", Some(0)),
            ("il y a 1 minute", Some(0)),
            ("il y a 30 secondes", Some(0)),
            ("Envoyée aujourd’hui", Some(0)),
            ("Envoyée aujourd'hui", Some(0)),
            ("Aujourd'hui", Some(0)),
            ("Envoyée hier", Some(1)),
            ("Hier", Some(1)),
            ("ENVOYÉE IL Y A 3 SEMAINES", Some(21)),
            ("Envoyee il y a 3 semaines", Some(21)),
            ("il y a 3 sem.", Some(21)),
            ("il y a 2 j", Some(2)),
            ("3 sem.", Some(21)),
        ]);
    }

    #[test]
    fn german() {
        check(&[
            ("Gesendet vor 2 Wochen", Some(14)),
            ("vor 3 Wochen", Some(21)),
            ("vor einer Woche", Some(7)),
            ("vor 1 Woche", Some(7)),
            ("vor einem Monat", Some(30)),
            ("vor 1 Monat", Some(30)),
            ("vor 2 Monaten", Some(60)),
            ("vor einem Jahr", Some(365)),
            ("vor 2 Jahren", Some(730)),
            ("vor einem Tag", Some(1)),
            ("vor 1 Tag", Some(1)),
            ("vor 5 Tagen", Some(5)),
            ("vor einer Stunde", Some(0)),
            ("vor 3 Stunden", Some(0)),
            ("vor 10 Minuten", Some(0)),
            ("vor einer Minute", Some(0)),
            ("vor 20 Sekunden", Some(0)),
            ("Heute gesendet", Some(0)),
            ("Gesendet: heute", Some(0)),
            ("Gestern gesendet", Some(1)),
            ("Gesendet gestern", Some(1)),
            ("heute", Some(0)),
            ("vor 2 Mon.", Some(60)),
            ("vor 2 J.", Some(730)),
        ]);
    }

    #[test]
    fn spanish() {
        check(&[
            ("Enviada hace 2 meses", Some(60)),
            ("Enviado hace 3 semanas", Some(21)),
            ("hace una semana", Some(7)),
            ("hace un mes", Some(30)),
            ("hace 1 día", Some(1)),
            ("hace 1 dia", Some(1)),
            ("hace 4 días", Some(4)),
            ("hace 4 dias", Some(4)),
            ("hace un año", Some(365)),
            ("hace 2 años", Some(730)),
            ("hace 2 anos", Some(730)),
            ("hace una hora", Some(0)),
            ("hace 5 horas", Some(0)),
            ("hace 12 minutos", Some(0)),
            ("hace un minuto", Some(0)),
            ("hace 3 segundos", Some(0)),
            ("3 semanas atrás", Some(21)),
            ("Enviada hoy", Some(0)),
            ("Enviada ayer", Some(1)),
            ("hace 3 sem.", Some(21)),
        ]);
    }

    #[test]
    fn italian() {
        check(&[
            ("Inviato 3 settimane fa", Some(21)),
            ("Inviata una settimana fa", Some(7)),
            ("1 giorno fa", Some(1)),
            ("un giorno fa", Some(1)),
            ("6 giorni fa", Some(6)),
            ("un mese fa", Some(30)),
            ("2 mesi fa", Some(60)),
            ("un anno fa", Some(365)),
            ("3 anni fa", Some(1095)),
            ("un'ora fa", Some(0)),
            ("un’ora fa", Some(0)),
            ("2 ore fa", Some(0)),
            ("1 minuto fa", Some(0)),
            ("15 minuti fa", Some(0)),
            ("40 secondi fa", Some(0)),
            ("uno giorno fa", Some(1)),
            ("Inviato oggi", Some(0)),
            ("Inviato ieri", Some(1)),
            ("3 sett. fa", Some(21)),
        ]);
    }

    #[test]
    fn portuguese() {
        check(&[
            ("Enviado há 1 mês", Some(30)),
            ("Enviado ha 1 mes", Some(30)),
            ("há 3 semanas", Some(21)),
            ("há uma semana", Some(7)),
            ("há um mês", Some(30)),
            ("há 2 meses", Some(60)),
            ("há um ano", Some(365)),
            ("há 2 anos", Some(730)),
            ("há 1 dia", Some(1)),
            ("há 3 dias", Some(3)),
            ("há uma hora", Some(0)),
            ("há 4 horas", Some(0)),
            ("há 5 minutos", Some(0)),
            ("há 9 segundos", Some(0)),
            ("faz 2 semanas", Some(14)),
            ("3 semanas atrás", Some(21)),
            ("Enviado hoje", Some(0)),
            ("Enviada ontem", Some(1)),
        ]);
    }

    #[test]
    fn dutch() {
        check(&[
            ("Verzonden 3 weken geleden", Some(21)),
            ("1 week geleden", Some(7)),
            ("een week geleden", Some(7)),
            ("één week geleden", Some(7)),
            ("1 dag geleden", Some(1)),
            ("5 dagen geleden", Some(5)),
            ("een maand geleden", Some(30)),
            ("2 maanden geleden", Some(60)),
            ("1 jaar geleden", Some(365)),
            ("2 jaar geleden", Some(730)),
            ("3 jaren geleden", Some(1095)),
            ("1 uur geleden", Some(0)),
            ("3 uur geleden", Some(0)),
            ("1 minuut geleden", Some(0)),
            ("10 minuten geleden", Some(0)),
            ("5 seconden geleden", Some(0)),
            ("Verzonden vandaag", Some(0)),
            ("Verstuurd gisteren", Some(1)),
            ("2 mnd geleden", Some(60)),
        ]);
    }

    #[test]
    fn short_forms() {
        check(&[
            ("3w", Some(21)),
            ("2mo", Some(60)),
            ("1yr", Some(365)),
            ("5d", Some(5)),
            ("3 wk", Some(21)),
            ("2 mos", Some(60)),
            ("3 sem.", Some(21)),
            ("4h", Some(0)),
            ("10 min", Some(0)),
            ("2 yrs", Some(730)),
            ("Sent 3w", Some(21)),
            ("Sent 3W", Some(21)),
            ("3 wk ago", Some(21)),
            ("2 mos ago", Some(60)),
            ("1yr ago", Some(365)),
            ("Jane Doe · 3w · Message", Some(21)),
            ("Jane Doe\n2mo\nMessage", Some(60)),
            ("3weeks ago", Some(21)),
        ]);
    }

    #[test]
    fn spaces_case_and_surroundings() {
        check(&[
            ("Sent\u{a0}3\u{a0}weeks\u{a0}ago", Some(21)),
            ("Sent\u{202f}3\u{202f}weeks\u{202f}ago", Some(21)),
            ("Sent\u{2009}3\u{3000}weeks\tago", Some(21)),
            ("Sent\u{200b}3 weeks ago", Some(21)),
            ("  Sent 3 weeks ago  ", Some(21)),
            ("\n  Sent 3 weeks ago\n", Some(21)),
            ("SENT 3 WEEKS AGO", Some(21)),
            ("sent 3 weeks ago", Some(21)),
            ("SeNt A mOnTh AgO", Some(30)),
            ("Jane Doe · Sent 3 weeks ago · Message", Some(21)),
            (
                "Jane Doe\nSoftware engineer\nSent 3 weeks ago\nWithdraw",
                Some(21),
            ),
            ("Jane DoeSoftware EngineerSent 3 weeks ago", Some(21)),
            ("Jane Doe · Hiring today · Sent 2 weeks ago", Some(14)),
            ("Jane Doe · Sent today · Message", Some(0)),
            ("Envoye\u{301}e il y a 3 semaines", Some(21)),
            ("Sent 3 weeks ago.", Some(21)),
            ("(Sent 3 weeks ago)", Some(21)),
            ("Sent about 3 weeks ago", Some(21)),
            ("Sent 1 year 2 months ago", Some(425)),
            ("1 year and 2 months ago", Some(425)),
            ("il y a 1 an et 2 mois", Some(425)),
            ("Sent 007 days ago", Some(7)),
            ("Sent 4294967295 seconds ago", Some(0)),
            ("Sent 11767033 years ago", Some(11_767_033 * 365)),
            ("5 years in sales · Sent 3 weeks ago", Some(21)),
            ("3 weeks", Some(21)),
        ]);
    }

    #[test]
    fn first_and_most_trusted_wins() {
        check(&[
            // A phrase after "sent" beats an earlier one without it.
            ("Founded 2 years ago · Sent 3 weeks ago", Some(21)),
            // Between equals, the first one.
            ("3 weeks ago, 2 years ago", Some(21)),
            // An ago phrase beats a bare short form.
            ("3w · Sent 2 months ago", Some(60)),
        ]);
    }

    #[test]
    fn not_age_lines() {
        check(&[
            ("", None),
            ("   ", None),
            ("\u{a0}\n", None),
            ("3", None),
            ("42", None),
            ("Sent", None),
            ("ago", None),
            ("weeks ago", None),
            ("Sent weeks ago", None),
            ("a while ago", None),
            ("a few days ago", None),
            ("3 ago", None),
            ("il y a", None),
            ("vor", None),
            ("hace semanas", None),
            ("2024-03-12", None),
            ("12/03/2024", None),
            ("12.03.2024", None),
            ("March 3, 2024", None),
            ("Mar 3", None),
            ("1.5 weeks ago", None),
            ("1,234 days ago", None),
            ("-3 days ago", None),
            ("+3 days ago", None),
            ("99999999999 days ago", None),
            ("20000000 years ago", None),
            ("Sent 4294967296 seconds ago", None),
            ("11767034 years ago", None),
            ("in 3 weeks", None),
            ("3 weeks from now", None),
            ("5 years of experience", None),
            ("10 yrs in SaaS", None),
            ("3D designer", None),
            ("3D", None),
            ("5G", None),
            ("Telecom · 5G · IoT", None),
            ("web3", None),
            ("3m", None),
            ("3 m ago", None),
            ("2j", None),
            ("Hier klicken", None),
            ("Hiring today", None),
            ("Today is the day", None),
            ("Jane Doe", None),
            ("People (57)", None),
            ("Withdraw", None),
            ("☃☃☃ ¿¡ 💥", None),
            ("3 weeks agoo", None),
            ("3 weekss ago", None),
            ("il y a 3 weeks", None),
            ("vor 3 semaines", None),
            ("3 Wochen ago", None),
            ("a", None),
            ("a a a a", None),
            ("1 2 3 4", None),
            ("3 weeks 3 weeks", None),
        ]);
    }

    #[test]
    fn people_total() {
        let cases: &[(&str, Option<u32>)] = &[
            ("People (57)", Some(57)),
            ("People (1,234)", Some(1234)),
            ("People (1.234)", Some(1234)),
            ("People (1\u{a0}234)", Some(1234)),
            ("People (1\u{202f}234)", Some(1234)),
            ("People (1 234 567)", Some(1_234_567)),
            ("People (1234)", Some(1234)),
            ("People (0)", Some(0)),
            ("People\n(57)", Some(57)),
            ("  People ( 57 )  \n", Some(57)),
            ("People(57)", Some(57)),
            ("PEOPLE (57)", Some(57)),
            ("Personnes (57)", Some(57)),
            ("Personnes (1\u{202f}234)", Some(1234)),
            ("Personen (3)", Some(3)),
            ("Personas (12)", Some(12)),
            ("Persone (8)", Some(8)),
            ("Pessoas (1.000)", Some(1000)),
            ("People (4294967295)", Some(u32::MAX)),
            ("", None),
            ("People", None),
            ("People ()", None),
            ("People (abc)", None),
            ("People (57", None),
            ("People 57", None),
            ("(57)", None),
            ("Pages (3)", None),
            ("People (1,23)", None),
            ("People (1,2345)", None),
            ("People (1234,567)", None),
            ("People (,123)", None),
            ("People (1,234.567)", None),
            ("People (1,)", None),
            ("People (-5)", None),
            ("People (4294967296)", None),
            ("People (57) Pages (3)", None),
            ("My People (57)", None),
            ("People (57) extra", None),
            ("People ((57))", None),
        ];
        let mut failures = Vec::new();
        for &(text, want) in cases {
            let got = parse_people_total(text);
            if got != want {
                failures.push(format!("{text:?}: got {got:?}, want {want:?}"));
            }
        }
        assert!(failures.is_empty(), "{}", failures.join("\n"));
    }
}
