//! How deeply a JSON text nests, counted without parsing it: a file nested deeper than any
//! backup is refused before a parser recurses into it (a file 2,000 levels deep overflowed the
//! stack of the wasm while it was read, and the one writer answered nothing after it).

/// Deeper than any backup Warden writes (a backup nests four or five levels).
pub const MAX_DEPTH: usize = 32;

/// Whether `text` nests arrays and objects deeper than `limit` (strings are skipped; a text
/// that is not JSON at all is left for the parser to refuse).
pub fn deeper_than(text: &str, limit: usize) -> bool {
    let mut depth = 0usize;
    let mut in_string = false;
    let mut escaped = false;
    for b in text.bytes() {
        if in_string {
            match b {
                _ if escaped => escaped = false,
                b'\\' => escaped = true,
                b'"' => in_string = false,
                _ => {}
            }
            continue;
        }
        match b {
            b'"' => in_string = true,
            b'[' | b'{' => {
                depth += 1;
                if depth > limit {
                    return true;
                }
            }
            b']' | b'}' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_arrays_and_objects_but_not_brackets_in_strings() {
        assert!(!deeper_than(
            r#"{"withdrawals":[{"slug":"a","name":"[[[[{{{{"}]}"#,
            3
        ));
        assert!(deeper_than(r#"{"a":[{"b":[1]}]}"#, 3));
        assert!(!deeper_than(r#"{"a":[{"b":[1]}]}"#, 4));
        assert!(!deeper_than(r#"{"a":"\"[[[[[[[["}"#, 1));
        let deep = format!("{}{}", "[".repeat(2000), "]".repeat(2000));
        assert!(deeper_than(&deep, MAX_DEPTH));
    }
}
