//! Small text helpers shared by the model, the checks and the UI: what counts as "entered",
//! how long a text is in meaningful characters, how unit lists are joined.

/// True for characters that carry no content: whitespace, ASCII and CJK punctuation, symbols,
/// and invisible formatting characters (zero-width space, BOM, …).
pub fn is_filler(c: char) -> bool {
    c.is_whitespace()
        || c.is_ascii_punctuation()
        || matches!(c, '\u{200B}'..='\u{200F}' | '\u{2028}'..='\u{202F}' | '\u{2060}'..='\u{206F}' | '\u{FEFF}')
        || matches!(c, '\u{2010}'..='\u{2027}' | '\u{3000}'..='\u{303F}' | '\u{FF01}'..='\u{FF0F}')
        || matches!(c, '\u{FF1A}'..='\u{FF20}' | '\u{FF3B}'..='\u{FF40}' | '\u{FF5B}'..='\u{FF65}')
        || matches!(c, '\u{00B7}' | '\u{2014}' | '\u{2026}' | '\u{FE30}'..='\u{FE4F}')
}

/// Something was entered: at least one character that is not whitespace or punctuation.
pub fn has_content(s: &str) -> bool {
    s.chars().any(|c| !is_filler(c))
}

/// Number of meaningful characters (spaces and punctuation not counted).
pub fn content_len(s: &str) -> usize {
    s.chars().filter(|c| !is_filler(*c)).count()
}

/// Number of characters as a user counts them (Unicode scalar values).
pub fn char_len(s: &str) -> usize {
    s.chars().count()
}

/// Bidirectional-text controls (embeddings, overrides, isolates, marks): invisible, and able to
/// make exported text display reversed (U+202E), so they are removed from everything exported.
pub fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}' | '\u{061C}')
}

/// `text` cut to at most `chars` characters, with `……` where it was cut (for summaries and
/// messages that quote the user's text).
pub fn cut(text: &str, chars: usize) -> String {
    match text.char_indices().nth(chars) {
        Some((end, _)) => format!("{}……", &text[..end]),
        None => text.to_string(),
    }
}

/// A full-width digit (０–９, as Chinese input methods type them) as its ASCII digit; any other
/// character as it is.
pub fn half_width_digit(c: char) -> char {
    match c {
        '０'..='９' => char::from_u32(c as u32 - '０' as u32 + '0' as u32).unwrap_or(c),
        c => c,
    }
}

/// Joins unit names the official way, with the enumeration comma `、`, skipping empty names.
pub fn join_units(units: &[String]) -> String {
    units.iter().map(|u| u.trim()).filter(|u| !u.is_empty()).collect::<Vec<_>>().join("、")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn punctuation_and_spaces_are_not_content() {
        assert!(!has_content(""));
        assert!(!has_content("  \n\t"));
        assert!(!has_content("，。、；：？！…—（）《》“”　"));
        assert!(!has_content("...---!!!\u{200B}\u{FEFF}"));
        assert!(has_content("  低保 "));
        assert!(has_content("1"));
    }

    #[test]
    fn cut_keeps_short_text_and_marks_where_long_text_was_cut() {
        assert_eq!(cut("城乡低保", 4), "城乡低保");
        assert_eq!(cut("城乡低保对象", 4), "城乡低保……");
        assert_eq!(cut("", 0), "");
        assert_eq!(cut("😀😀", 1), "😀……", "cut on a character boundary");
    }

    #[test]
    fn full_width_digits_become_ascii() {
        let text: String = "２０１８年９月".chars().map(half_width_digit).collect();
        assert_eq!(text, "2018年9月");
        assert_eq!(half_width_digit('Ａ'), 'Ａ');
    }

    #[test]
    fn content_len_counts_only_meaningful_characters() {
        assert_eq!(content_len("城乡低保，特困供养。"), 8);
        assert_eq!(content_len("a b\u{3000}c"), 3);
        assert_eq!(char_len("城乡 低保"), 5);
    }

    #[test]
    fn bidi_controls_are_recognised() {
        let controls = [
            '\u{202A}', '\u{202B}', '\u{202C}', '\u{202D}', '\u{202E}', '\u{2066}', '\u{2067}', '\u{2068}', '\u{2069}',
            '\u{200E}', '\u{200F}', '\u{061C}',
        ];
        assert!(controls.iter().all(|&c| is_bidi_control(c)));
        assert!(
            "طلب 低保 abc \u{200B}".chars().all(|c| !is_bidi_control(c)),
            "letters of any script and other invisibles are not"
        );
    }

    #[test]
    fn units_are_joined_with_enumeration_comma() {
        let units = vec!["省民政厅".to_string(), " ".to_string(), " 省教育厅 ".to_string()];
        assert_eq!(join_units(&units), "省民政厅、省教育厅");
        assert_eq!(join_units(&[]), "");
    }
}
