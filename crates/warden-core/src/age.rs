//! Reading the age line of a sent invitation ("Sent 3 weeks ago", "Envoyée il y a 3 semaines").

/// Lower-bound age in whole days of an age line, or `None` when the text is not an age line.
pub fn parse_age_words(_text: &str) -> Option<u32> {
    None
}

/// The total stated by the "People (N)" tab in any supported language.
pub fn parse_people_total(_text: &str) -> Option<u32> {
    None
}
