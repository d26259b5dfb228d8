//! Which tab of the Sent view a page shows, and the total it states, decided by the page's
//! structure (its path, its links), never by a word.
//!
//! LinkedIn's Sent view has two tabs: People (`/mynetwork/invitation-manager/sent/`, or
//! `.../sent/CONNECTION/`), the connection invitations; and Pages
//! (`.../sent/ORGANIZATION/`), invitations to follow a company Page, which are none: no
//! verdict, no summary count, no cooldown, no quota, and their count is never the pending
//! total.

use crate::age::parse_people_total;
use serde::{Deserialize, Serialize};

/// The tab of the Sent view.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(test, derive(ts_rs::TS))]
pub enum SentTab {
    /// People: connection invitations.
    Connection,
    /// Pages: invitations to follow a company Page.
    Organization,
}

/// The tab a link or path names, if any (`/sent/CONNECTION`, `/sent/ORGANIZATION`, in any
/// case, anywhere in it).
pub fn named(link: &str) -> Option<SentTab> {
    let lower = link.to_ascii_lowercase();
    if lower.contains("/sent/organization") {
        Some(SentTab::Organization)
    } else if lower.contains("/sent/connection") {
        Some(SentTab::Connection)
    } else {
        None
    }
}

impl SentTab {
    /// The tab of a page: the one its path names; else the one the link of the tab marked
    /// current names; else People.
    pub fn of(path: &str, current_tab: Option<&str>) -> SentTab {
        named(path)
            .or_else(|| current_tab.and_then(named))
            .unwrap_or(SentTab::Connection)
    }
}

/// A candidate for the page's stated total: an element's text and, when it is a link, its href.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct TotalText {
    pub text: String,
    #[cfg_attr(test, ts(optional = nullable))]
    pub href: Option<String>,
}

/// The People total the page states: a link to the People tab (`/sent/CONNECTION`) with a
/// count in its text wins, whatever its words; a link to the Pages tab is never the total;
/// otherwise the first text that reads as a "People (N)" total in a supported language.
pub fn stated_total(candidates: &[TotalText]) -> Option<u32> {
    let tab = |c: &TotalText| c.href.as_deref().and_then(named);
    candidates
        .iter()
        .filter(|c| tab(c) == Some(SentTab::Connection))
        .find_map(|c| count_in(&c.text))
        .or_else(|| {
            candidates
                .iter()
                .filter(|c| tab(c) != Some(SentTab::Organization))
                .find_map(|c| parse_people_total(&c.text))
        })
}

/// The count of a tab's text in any language: the last parenthesised group, grouped as a
/// "People (N)" count is ("Ihmiset (1 204)" -> 1204).
fn count_in(text: &str) -> Option<u32> {
    let open = text.rfind('(')?;
    let inner = text.get(open + 1..)?;
    let close = inner.find(')')?;
    crate::age::parse_count(inner.get(..close)?.trim())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn total(text: &str, href: Option<&str>) -> TotalText {
        TotalText {
            text: text.into(),
            href: href.map(str::to_owned),
        }
    }

    const PEOPLE: &str = "/mynetwork/invitation-manager/sent/CONNECTION/";
    const PAGES: &str = "/mynetwork/invitation-manager/sent/ORGANIZATION/";

    #[test]
    fn the_path_wins_then_the_current_tab_then_people() {
        use SentTab::*;
        assert_eq!(SentTab::of(PAGES, None), Organization);
        assert_eq!(
            SentTab::of(PEOPLE, Some(PAGES)),
            Connection,
            "the path wins"
        );
        assert_eq!(
            SentTab::of(PAGES, Some(PEOPLE)),
            Organization,
            "the path wins"
        );
        let bare = "/mynetwork/invitation-manager/sent/";
        assert_eq!(SentTab::of(bare, Some(PAGES)), Organization);
        assert_eq!(
            SentTab::of(bare, Some(&format!("https://www.linkedin.com{PEOPLE}"))),
            Connection
        );
        assert_eq!(SentTab::of(bare, None), Connection);
        assert_eq!(SentTab::of(bare, Some("/mynetwork/")), Connection);
        assert_eq!(SentTab::of("", None), Connection);
    }

    #[test]
    fn the_people_link_wins_and_a_pages_count_is_never_the_total() {
        // The link to the People tab, in a language no table holds.
        let finnish = [
            total("Sivut (3)", Some(PAGES)),
            total("Ihmiset (1 204)", Some(PEOPLE)),
        ];
        assert_eq!(stated_total(&finnish), Some(1204));
        // Over a text read by its words.
        let both = [
            total("People (57)", None),
            total("People (12)", Some(PEOPLE)),
        ];
        assert_eq!(stated_total(&both), Some(12));
        // A link to the Pages tab is never the total, whatever its text says.
        assert_eq!(stated_total(&[total("Pages (3)", Some(PAGES))]), None);
        assert_eq!(stated_total(&[total("People (3)", Some(PAGES))]), None);
        assert_eq!(
            stated_total(&[total("People (3)", Some(PAGES)), total("People (8)", None)]),
            Some(8)
        );
        // A People link without a count: the texts are read as before.
        assert_eq!(
            stated_total(&[total("People", Some(PEOPLE)), total("Personnes (4)", None)]),
            Some(4)
        );
        // French groups with a narrow no-break space.
        assert_eq!(
            stated_total(&[total("Personnes (2\u{202f}903)", None)]),
            Some(2903)
        );
        assert_eq!(
            stated_total(&[total("Personnes (2\u{202f}903)", Some(PEOPLE))]),
            Some(2903)
        );
        assert_eq!(stated_total(&[total("Received", None)]), None);
        assert_eq!(stated_total(&[]), None);
    }
}
