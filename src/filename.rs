//! Names of the files the app offers for download. A name taken from the user's text (the plan's
//! title, a draft's name) may hold characters Windows forbids, control or bidi characters (U+202E
//! shows a name reversed), and may be long: Linux file systems (UOS, Kylin) take at most 255 bytes
//! per name, the browser adds `.crdownload` while downloading and ` (1)` for a second copy, and a
//! longer name makes Chromium cancel the download silently. So every name is cleaned and cut to
//! [`MAX_BYTES`] UTF-8 bytes on a character boundary, keeping its suffix and extension.

use crate::content::is_bidi_control;

/// Longest file name offered, in UTF-8 bytes: 255 less room for `.crdownload` (11) and ` (99)`
/// (5), rounded down; about 60 Chinese characters plus the extension.
pub const MAX_BYTES: usize = 200;

fn allowed(c: char) -> bool {
    !matches!(c, '/' | '\\' | ':' | '*' | '?' | '"' | '<' | '>' | '|') && !c.is_control() && !is_bidi_control(c)
}

fn clean(text: &str) -> String {
    text.chars().filter(|&c| allowed(c)).collect::<String>().trim().to_string()
}

/// The longest prefix of `text` of at most `bytes` UTF-8 bytes, cut on a character boundary.
fn cut(text: &str, bytes: usize) -> &str {
    let end = text.char_indices().map(|(i, c)| i + c.len_utf8()).take_while(|&end| end <= bytes).last().unwrap_or(0);
    &text[..end]
}

/// `{base}{suffix}.{extension}`, cleaned, with the base cut so the whole name fits [`MAX_BYTES`].
/// The suffix (e.g. `（草稿）`) and the extension are kept; a name with neither base nor suffix
/// becomes `未命名`.
pub fn file_name(base: &str, suffix: &str, extension: &str) -> String {
    let extension = clean(extension);
    let suffix = clean(suffix);
    let base = clean(base);
    let base = if base.is_empty() && suffix.is_empty() { "未命名".to_string() } else { base };
    let tail = if extension.is_empty() { String::new() } else { format!(".{extension}") };
    let room = MAX_BYTES.saturating_sub(tail.len());
    let suffix = cut(&suffix, room / 2).to_string();
    let base = cut(&base, room - suffix.len()).trim_end().trim_end_matches('.');
    format!("{base}{suffix}{tail}")
}

/// Any name made safe: the extension (the part after the last `.`, if short) is kept.
pub fn safe(name: &str) -> String {
    match name.rsplit_once('.') {
        Some((base, extension)) if !base.is_empty() && (1..=8).contains(&extension.len()) => {
            file_name(base, "", extension)
        }
        _ => file_name(name, "", ""),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_names_are_kept() {
        assert_eq!(file_name("广东省民政厅工作方案", "（草稿）", "docx"), "广东省民政厅工作方案（草稿）.docx");
        assert_eq!(safe("工作方案审核意见表.csv"), "工作方案审核意见表.csv");
    }

    #[test]
    fn forbidden_control_and_bidi_characters_are_removed() {
        assert_eq!(file_name("a/b\\c:d*e?f\"g<h>i|j\u{7}k", "", "json"), "abcdefghijk.json");
        assert_eq!(safe("报告\u{202E}xcod.exe\u{202C}.docx"), "报告xcod.exe.docx");
        assert_eq!(file_name("  \u{202E} ", "", "json"), "未命名.json");
        assert_eq!(file_name("", "主动公开目录清单", "csv"), "主动公开目录清单.csv");
    }

    #[test]
    fn long_names_are_cut_on_a_character_boundary_keeping_suffix_and_extension() {
        // A 70-character unit makes a title of well over 255 bytes.
        let title = format!("{}关于推进社会公益事业建设领域政府信息公开的工作方案", "某".repeat(70));
        assert!(title.len() > 255);
        let name = file_name(&title, "（草稿）", "docx");
        assert!(name.len() <= MAX_BYTES, "{} bytes", name.len());
        assert!(name.ends_with("（草稿）.docx"));
        assert!(name.starts_with("某某某"));
        // Every cut lands between characters, whatever their width.
        for base in ["a".repeat(300), "😀".repeat(100), format!("x{}", "国".repeat(100))] {
            let name = safe(&format!("{base}.json"));
            assert!(name.len() <= MAX_BYTES && name.ends_with(".json"), "{name}");
            assert!(MAX_BYTES - name.len() < 4, "cut no more than one character short: {}", name.len());
        }
    }

    #[test]
    fn an_overlong_suffix_is_cut_too() {
        let name = file_name("方案", &"附".repeat(200), "csv");
        assert!(name.len() <= MAX_BYTES && name.starts_with("方案附") && name.ends_with(".csv"));
    }
}
