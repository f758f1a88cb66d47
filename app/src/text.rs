//! What people type, made safe to keep: control characters (NUL, ESC, BEL …) and the bidi
//! embedding, override and isolate controls (U+202A–U+202E, U+2066–U+2069) are taken out on
//! save. The page and the PDF add their own isolation where they need it; a stored override
//! could otherwise turn the rest of a page around ("Trojan Source"). Line breaks stay in
//! multi-line fields, as `\n`.

/// Bidi embeddings, overrides and isolates: never stored.
pub fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

fn keep(c: char) -> bool {
    !c.is_control() && !is_bidi_control(c)
}

/// A one-line field: tabs and line breaks become spaces, other controls go.
pub fn clean_line(text: &str) -> String {
    text.chars()
        .map(|c| {
            if matches!(c, '\t' | '\n' | '\r') {
                ' '
            } else {
                c
            }
        })
        .filter(|c| keep(*c))
        .collect()
}

/// A multi-line field: line breaks kept (as `\n`), tabs become spaces, other controls go.
pub fn clean_text(text: &str) -> String {
    text.replace("\r\n", "\n")
        .chars()
        .map(|c| match c {
            '\r' => '\n',
            '\t' => ' ',
            c => c,
        })
        .filter(|c| *c == '\n' || keep(*c))
        .collect()
}

/// Whether `clean_line` would change nothing.
pub fn is_clean_line(text: &str) -> bool {
    text.chars().all(keep)
}

/// Percent-encodes everything but RFC 3986's unreserved characters, for URL query values
/// and `filename*` parameters.
pub fn percent_encode(text: &str) -> String {
    text.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'.' | b'-' | b'_' | b'~' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}

/// A form's fields as a server function receives them, for tests.
#[cfg(test)]
pub fn form_fields(pairs: &[(&str, &str)]) -> std::collections::BTreeMap<String, String> {
    pairs
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn controls_and_bidi_overrides_are_taken_out() {
        assert_eq!(clean_line("Amal\u{0}\u{1b}[31m\u{7}"), "Amal[31m");
        assert_eq!(clean_line("a\u{202E}b\u{2066}c\u{2069}"), "abc");
        assert_eq!(clean_line("one\ttwo\nthree"), "one two three");
        // Marks that only hint direction are harmless and stay.
        assert_eq!(clean_line("x\u{200F}y"), "x\u{200F}y");
        assert_eq!(clean_line("حلب، سوريا"), "حلب، سوريا");
    }

    #[test]
    fn multi_line_text_keeps_its_lines() {
        assert_eq!(clean_text("a\r\nb\rc\n\u{0}d\te"), "a\nb\nc\nd e");
        assert!(is_clean_line("Åsa"));
        assert!(!is_clean_line("a\u{202D}"));
    }
}
