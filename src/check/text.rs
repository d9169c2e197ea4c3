//! Text tests behind the rules: normalisation of full/half-width forms, placeholders left in,
//! guidance pasted unchanged, the citation of 国办发〔2018〕10号, and concrete complaint channels.

use std::sync::OnceLock;

use crate::catalogue::guidance;

/// Full-width ASCII to half-width, ideographic space to space.
pub fn half_width(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
            '\u{3000}' => ' ',
            c => c,
        })
        .collect()
}

/// [`half_width`] with all whitespace removed: the form texts are compared in.
pub fn normalise(text: &str) -> String {
    half_width(text).chars().filter(|c| !c.is_whitespace()).collect()
}

fn url_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || "-._~:/?#[]@!$&'*+,;=%".contains(c)
}

/// Replaces web addresses (and e-mail addresses) by spaces, so `xxgk`-style paths never count as
/// placeholders.
fn mask_urls(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < chars.len() {
        if url_char(chars[i]) {
            let start = i;
            while i < chars.len() && url_char(chars[i]) {
                i += 1;
            }
            let run: String = chars[start..i].iter().collect();
            let dotted = run.split('.').filter(|p| !p.is_empty()).count() >= 2 && run.chars().any(|c| c.is_ascii_alphabetic());
            if run.contains("://") || run.to_ascii_lowercase().starts_with("www.") || dotted || run.contains('@') {
                out.extend(std::iter::repeat_n(' ', i - start));
            } else {
                out.push_str(&run);
            }
        } else {
            out.push(chars[i]);
            i += 1;
        }
    }
    out
}

/// The first placeholder in a text, if any: `XX` in capitals outside web addresses, `××`,
/// `某某`, `待补充`, `TODO`.
pub fn placeholder(text: &str) -> Option<String> {
    // Fast path: most texts hold none of the characters a placeholder starts with.
    if !text.contains(['X', 'Ｘ', '×', '某', '待', 'T', 't', 'Ｔ', 'ｔ']) {
        return None;
    }
    let masked = mask_urls(&half_width(text));
    let compact: String = masked.chars().filter(|c| !c.is_whitespace()).collect();
    if let Some(at) = compact.find("XX") {
        let run: String = compact[at..].chars().take_while(|c| *c == 'X').collect();
        return Some(run);
    }
    for marker in ["××", "某某", "待补充", "待填写"] {
        if compact.contains(marker) {
            return Some(marker.to_string());
        }
    }
    if compact.to_ascii_uppercase().contains("TODO") {
        return Some("TODO".into());
    }
    None
}

fn guidance_sentences() -> &'static [(String, &'static str)] {
    static SENTENCES: OnceLock<Vec<(String, &'static str)>> = OnceLock::new();
    SENTENCES.get_or_init(|| {
        let mut list: Vec<(String, &str)> =
            guidance::all_sentences().into_iter().map(|s| (normalise(s.trim_end_matches(['。', '；'])), s)).collect();
        // Short fragments ("做好政策解读和舆情回应") are legitimate wording, not pasted guidance.
        list.retain(|(n, _)| n.chars().count() >= 16);
        list
    })
}

/// A guidance sentence (of the template or of this app) the text repeats unchanged.
pub fn pasted_guidance(text: &str) -> Option<&'static str> {
    let t = normalise(text);
    if t.chars().count() < 8 {
        return None;
    }
    guidance_sentences().iter().find(|(n, _)| t.contains(n.as_str())).map(|(_, s)| *s)
}

/// Whether a text cites 国办发〔2018〕10号 (any bracket variant) or its title.
pub fn cites_national_opinion(text: &str) -> bool {
    let t = crate::model::docnumber::normalise(&normalise(text));
    t.contains("国办发〔2018〕10号") || t.contains("国务院办公厅关于推进社会公益事业建设领域政府信息公开的意见")
}

/// Whether a text names a concrete complaint channel: a phone number of 5 or more digits
/// (12345), an e-mail address, a web address, or a named 信箱 / 公众号 / 热线.
pub fn names_complaint_channel(text: &str) -> bool {
    let t = half_width(text);
    // Phone numbers: runs of digits, optionally with hyphens or spaces inside.
    let mut digits = 0;
    for c in t.chars() {
        if c.is_ascii_digit() {
            digits += 1;
            if digits >= 5 {
                return true;
            }
        } else if !matches!(c, '-' | ' ' | '—' | '－') {
            digits = 0;
        }
    }
    if t.split(|c: char| !url_char(c)).any(|w| {
        let at = w.find('@');
        let email = at.is_some_and(|i| i > 0 && w[i + 1..].contains('.'));
        let web = w.contains("://") || w.to_ascii_lowercase().starts_with("www.") || w.contains(".gov.cn") || w.ends_with(".cn") || w.ends_with(".com");
        email || web
    }) {
        return true;
    }
    const GENERIC: [&str; 10] = ["设立", "开通", "公布", "畅通", "投诉", "举报", "设置", "建立", "开设", "通过"];
    for kind in ["信箱", "公众号", "热线"] {
        for (at, _) in t.match_indices(kind) {
            let before: Vec<char> = t[..at].chars().rev().take(2).collect::<Vec<_>>().into_iter().rev().collect();
            let name: String = before.iter().collect();
            let named = before.len() == 2
                && before.iter().all(|c| !c.is_whitespace() && !"，。、；：,.;:（(".contains(*c))
                && !GENERIC.contains(&name.as_str());
            if named {
                return true;
            }
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placeholders_are_found_outside_urls_only() {
        assert_eq!(placeholder("XX单位关于推进"), Some("XX".into()));
        assert_eq!(placeholder("由XXX负责"), Some("XXX".into()));
        assert_eq!(placeholder("由ＸＸ负责"), Some("XX".into()), "full-width X");
        assert_eq!(placeholder("由 X X 负责"), Some("XX".into()), "spaces ignored");
        assert_eq!(placeholder("联系××同志"), Some("××".into()));
        assert_eq!(placeholder("某某处负责"), Some("某某".into()));
        assert_eq!(placeholder("内容待补充"), Some("待补充".into()));
        assert_eq!(placeholder("todo: 写完"), Some("TODO".into()));
        assert_eq!(placeholder("见 http://www.gd.gov.cn/XXGK/index.html 专栏"), None);
        assert_eq!(placeholder("网址 xxgk.gd.gov.cn"), None);
        assert_eq!(placeholder("网址XXGK.GD.GOV.CN"), None);
        assert_eq!(placeholder("小写的xx不是占位"), None);
        assert_eq!(placeholder("正常的文字"), None);
    }

    #[test]
    fn pasted_guidance_is_recognised_after_normalising() {
        assert!(pasted_guidance("描述制定方案的目的、意义和依据，结合本单位、本系统业务工作实际，制定本方案。").is_some());
        assert!(pasted_guidance("描述制定方案的目的、意义和依据，结合本单位、本系统业务工作实际，制定本方案").is_some());
        assert!(pasted_guidance("　描述制定方案的目的、意义和依据 ，结合本单位、本系统业务工作实际，制定本方案").is_some());
        assert!(pasted_guidance("做好政策解读和舆情回应").is_none(), "short fragments are ordinary wording");
        assert!(pasted_guidance("为贯彻落实国办发〔2018〕10号，结合我厅实际，制定本方案。").is_none());
    }

    #[test]
    fn citation_accepts_every_bracket_variant_and_the_title() {
        for text in ["依据国办发〔2018〕10号", "国办发[2018]10号", "国办发【2018】10号", "国办发（2018）10号", "国办发［２０１８］１０号", "国办发﹝2018﹞10号",
                     "根据《国务院办公厅关于推进社会公益事业建设领域政府信息公开的意见》"] {
            assert!(cites_national_opinion(text), "{text}");
        }
        assert!(!cites_national_opinion("根据国办发〔2017〕10号"));
        assert!(!cites_national_opinion("根据上级要求"));
    }

    #[test]
    fn complaint_channels() {
        for text in ["拨打12345热线", "电话：020-8333 0001", "电话０２０－８３３３０００１", "邮箱 jubao@gdmz.gov.cn", "网址 www.gdmz.gov.cn",
                     "登录 https://example.org/ts", "广东民政信息网“厅长信箱”", "关注“广东民政”公众号", "民政服务热线"] {
            assert!(names_complaint_channel(text), "{text}");
        }
        for text in ["畅通群众投诉举报渠道", "设立信箱", "开通热线", "电话1234", "及时处理投诉举报"] {
            assert!(!names_complaint_channel(text), "{text}");
        }
    }
}
