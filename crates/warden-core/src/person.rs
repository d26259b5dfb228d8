//! People as the page shows them: profile slugs from links, display names, headlines.

use unicode_segmentation::UnicodeSegmentation;

/// Cleans a profile slug: the part after `/in/` of a link, lowercased and percent-decoded.
/// Accepts a whole href (`https://www.linkedin.com/in/jane-doe-42/?mini=1`) or a bare slug.
pub fn slug_from_href(href: &str) -> Option<String> {
    let after = match href.find("/in/") {
        Some(i) => href.get(i + 4..)?,
        None if !href.contains('/') && !href.contains(':') => href,
        None => return None,
    };
    let end = after.find(['/', '?', '#']).unwrap_or(after.len());
    let decoded = percent_decode(after.get(..end)?)?;
    let slug = decoded.trim().to_lowercase();
    let ok = !slug.is_empty()
        && slug.chars().count() <= 100
        && slug
            .chars()
            .all(|c| c.is_alphanumeric() || c == '-' || c == '_' || c == '.');
    ok.then_some(slug)
}

fn percent_decode(s: &str) -> Option<String> {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'%' {
            let hex = s.get(i + 1..i + 3)?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(b[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

/// The headline of a card from its texts in document order: the first text after the name that
/// is not an age line and has at least two words (control labels such as "Withdraw" have one).
pub fn pick_headline(texts: &[String], name: &str) -> Option<String> {
    let name = clean_name(name);
    let start = texts
        .iter()
        .position(|t| clean_name(t) == name)
        .map_or(0, |i| i + 1);
    texts[start.min(texts.len())..]
        .iter()
        .map(|t| clean_name(t))
        .find(|t| {
            *t != name && t.split(' ').count() >= 2 && crate::age::parse_age_words(t).is_none()
        })
}

/// The most characters a name keeps.
pub const NAME_MAX: usize = 200;

/// A display name as text: whitespace collapsed, control characters dropped, at most
/// [`NAME_MAX`] characters cut between whole graphemes. Markup stays text.
pub fn clean_name(name: &str) -> String {
    let words: Vec<&str> = name.split_whitespace().collect();
    let clean: String = words
        .join(" ")
        .chars()
        .filter(|c| !c.is_control())
        .collect();
    // An emoji made of several code points (a flag, a skin tone, a family) is kept whole or
    // left out, never split.
    let mut kept = 0;
    clean
        .graphemes(true)
        .take_while(|g| {
            kept += g.chars().count();
            kept <= NAME_MAX
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs() {
        assert_eq!(
            slug_from_href("https://www.linkedin.com/in/Jane-Doe-42/?mini=1").as_deref(),
            Some("jane-doe-42")
        );
        assert_eq!(
            slug_from_href("/in/jean-dupont/").as_deref(),
            Some("jean-dupont")
        );
        assert_eq!(
            slug_from_href("/in/j%C3%A9r%C3%B4me").as_deref(),
            Some("jérôme")
        );
        assert_eq!(
            slug_from_href("/in/%CE%9F%CE%94%CE%A5%CE%A3%CE%A3%CE%95%CE%A5%CE%A3/").as_deref(),
            Some("οδυσσευς")
        );
        assert_eq!(slug_from_href("jane").as_deref(), Some("jane"));
        assert_eq!(slug_from_href("/company/acme/"), None);
        assert_eq!(slug_from_href("/in/"), None);
        assert_eq!(slug_from_href("/in/%ZZ/"), None);
        assert_eq!(slug_from_href("/in/<script>/"), None);
        assert_eq!(slug_from_href(&format!("/in/{}/", "a".repeat(101))), None);
    }

    #[test]
    fn headline_is_the_first_real_line_after_the_name() {
        let texts: Vec<String> = [
            "JD",
            "Jane Doe",
            "Withdraw",
            "VP Sales at Acme",
            "Sent 3 weeks ago",
        ]
        .map(String::from)
        .to_vec();
        assert_eq!(
            pick_headline(&texts, "Jane Doe").as_deref(),
            Some("VP Sales at Acme")
        );
        let texts: Vec<String> = ["Jane Doe", "Sent 3 weeks ago", "Withdraw"]
            .map(String::from)
            .to_vec();
        assert_eq!(pick_headline(&texts, "Jane Doe"), None);
        assert_eq!(pick_headline(&[], "Jane Doe"), None);
    }

    #[test]
    fn names_stay_text() {
        assert_eq!(clean_name("  Jane \n  Doe\u{a0} "), "Jane Doe");
        assert_eq!(
            clean_name("<img src=x onerror=alert(1)>"),
            "<img src=x onerror=alert(1)>"
        );
        assert_eq!(clean_name(&"x".repeat(500)).len(), 200);
        assert_eq!(clean_name("Ana  de\u{7}  Souza"), "Ana de Souza");
    }

    #[test]
    fn a_long_name_is_cut_between_whole_characters() {
        let family = "👨‍👩‍👧"; // one character on screen, five code points
        let name = format!("{}{family}", "a".repeat(195));
        assert_eq!(clean_name(&name), name, "200 code points: kept whole");
        let longer = format!("{}{family}", "a".repeat(196));
        assert_eq!(clean_name(&longer), "a".repeat(196), "left out, not split");
    }
}
