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
            let dotted =
                run.split('.').filter(|p| !p.is_empty()).count() >= 2 && run.chars().any(|c| c.is_ascii_alphabetic());
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

/// Normalised sentences (of at least 16 characters: short fragments such as
/// 做好政策解读和舆情回应 are legitimate wording, not pasted guidance).
fn normalised(list: Vec<&'static str>) -> Vec<(String, &'static str)> {
    let mut list: Vec<(String, &str)> =
        list.into_iter().map(|s| (normalise(s.trim_end_matches(['。', '；'])), s)).collect();
    list.retain(|(n, _)| n.chars().count() >= 16);
    list
}

fn pasted_from(text: &str, sentences: &'static [(String, &'static str)]) -> Option<&'static str> {
    let t = normalise(text);
    if t.chars().count() < 8 {
        return None;
    }
    sentences.iter().find(|(n, _)| t.contains(n.as_str())).map(|(_, s)| *s)
}

/// A sentence of the template's instructions or of this app's hints the text repeats unchanged
/// (quoting the national requirements is allowed: see [`guidance::template_sentences`]).
pub fn pasted_guidance(text: &str) -> Option<&'static str> {
    static SENTENCES: OnceLock<Vec<(String, &'static str)>> = OnceLock::new();
    pasted_from(text, SENTENCES.get_or_init(|| normalised(guidance::template_sentences())))
}

/// What identifies a person, named in a text in a clause that does not withhold it: the word
/// found. `姓名` of office holders (负责人、联系人…) is public information; `名单` counts only as a
/// list of people (救助对象名单, not 企业名单); a clause saying what is withheld (不公开身份证号码、
/// 家庭住址; 隐去姓名; 除姓名外) names nothing.
pub fn personal_information(text: &str) -> Option<&'static str> {
    const TERMS: [&str; 10] =
        ["身份证", "家庭住址", "住址", "出生日期", "银行账号", "银行卡号", "病历", "病史", "姓名", "名单"];
    const WITHHELD: [&str; 10] =
        ["不公开", "不予公开", "不得公开", "不对外", "隐去", "隐藏", "隐匿", "脱敏", "屏蔽", "匿名"];
    const OFFICE_HOLDERS: [&str; 12] =
        ["负责人", "法定代表人", "法人", "联系人", "工作人员", "院长", "校长", "主任", "局长", "厅长", "代表", "专家"];
    const PEOPLE: [&str; 14] = [
        "对象", "人员", "患者", "病人", "学生", "儿童", "老人", "受助", "救助", "低保", "特困", "残疾", "家庭", "个人",
    ];
    let text = normalise(text);
    for clause in text.split(['，', '。', '；', '：', ',', ';', ':', '！', '？', '\n']) {
        let withheld = WITHHELD.iter().any(|w| clause.contains(w))
            || clause.find('除').is_some_and(|at| clause[at..].contains('外'))
            || clause.contains("不含")
            || clause.contains("不包括");
        if withheld {
            continue;
        }
        for term in TERMS {
            for (at, _) in clause.match_indices(term) {
                let before = &clause[..at];
                let found = match term {
                    "姓名" => !OFFICE_HOLDERS.iter().any(|o| before.ends_with(o)),
                    "名单" => PEOPLE.iter().any(|p| before.contains(p)),
                    _ => true,
                };
                if found {
                    return Some(term);
                }
            }
        }
    }
    None
}

/// Whether a text cites 国办发〔2018〕10号 (any bracket variant, with or without 第 before the
/// number: 国办发〔2018〕第10号) or its title. The same test for plans made in the app
/// (PREAMBLE-CITATION) and plans written in Word (DOC-CITATION).
pub fn cites_national_opinion(text: &str) -> bool {
    let t = crate::model::docnumber::normalise(&normalise(text));
    t.contains("国办发〔2018〕10号")
        || t.contains("国办发〔2018〕第10号")
        || t.contains("国务院办公厅关于推进社会公益事业建设领域政府信息公开的意见")
}

/// Whether a 公开依据 names a document: a title in 《》 (or in quotes ending like one: 法, 条例,
/// 办法…), or a 文号 (粤府办〔2018〕24号 in any bracket variant).
pub fn names_document(text: &str) -> bool {
    let t = crate::model::docnumber::normalise(&normalise(text));
    let titled = t.split('《').skip(1).any(|rest| rest.find('》').is_some_and(|end| end > 0));
    let quoted = t.split('“').skip(1).any(|rest| {
        rest.split('”').next().is_some_and(|q| {
            ["法", "条例", "办法", "规定", "意见", "通知", "规划", "纲要", "方案", "细则", "指南", "预案"]
                .iter()
                .any(|end| q.ends_with(end))
        })
    });
    let numbered = t.split('〔').skip(1).any(|rest| {
        let year: String = rest.chars().take_while(char::is_ascii_digit).collect();
        let serial = rest.get(4..).and_then(|r| r.strip_prefix('〕')).unwrap_or_default();
        let digits = serial.chars().take_while(char::is_ascii_digit).count();
        year.len() == 4 && digits > 0 && serial[digits..].starts_with('号')
    });
    titled || quoted || numbered
}

/// A concrete channel for complaints named in a text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Channel {
    /// A phone number of 5 or more digits (12345, 020-83330000, 13800138000).
    Phone,
    Email,
    /// A web address.
    Web,
    /// A named column, mailbox, account or platform: 委门户网站“咨询投诉”栏目, 厅长信箱, “广东民政”公众号.
    Named,
    /// A postal address with its 邮编.
    Postal,
    /// A hotline named without its number (民政服务热线).
    HotlineName,
}

/// The text with digit runs that are not phone numbers replaced by `#`: dates, 文号
/// (〔2018〕10号), and numbers with a unit after them (2018年, 3000万元, 12个) or 第 before them.
fn masked_numbers(text: &str) -> Vec<char> {
    let mut chars: Vec<char> = text.chars().collect();
    for d in crate::wordplan::dates::find_all(text) {
        for c in &mut chars[d.start..d.end] {
            *c = '#';
        }
    }
    const UNITS: &str = "年月日号元万亿个项人户家所%％次天件条名位份部台辆米岁届期批类周倍";
    let mut i = 0;
    while i < chars.len() {
        if !chars[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        let start = i;
        while i < chars.len() && chars[i].is_ascii_digit() {
            i += 1;
        }
        let before = start.checked_sub(1).map(|b| chars[b]);
        let after = chars.get(i).copied();
        // A 文号's year in brackets, followed by its number and 号: 〔2018〕10号.
        let bracketed = i - start == 4
            && matches!(before, Some('〔' | '[' | '【' | '(' | '（' | '﹝' | '［'))
            && matches!(after, Some('〕' | ']' | '】' | ')' | '）' | '﹞' | '］'))
            && chars[start..i].iter().collect::<String>().parse::<u32>().is_ok_and(|y| (1949..=2099).contains(&y))
            && chars[i + 1..].iter().find(|c| !c.is_ascii_digit()) == Some(&'号');
        let unit = after.is_some_and(|c| UNITS.contains(c))
            || before == Some('第')
            || matches!(after, Some('.')) && chars.get(i + 1).is_some_and(char::is_ascii_digit);
        let run: String = chars[start..i].iter().collect();
        let date8 =
            run.len() == 8 && crate::model::Date::parse(&format!("{}-{}-{}", &run[..4], &run[4..6], &run[6..])).is_ok();
        if bracketed || unit || date8 {
            for c in &mut chars[start..i] {
                *c = '#';
            }
            // The number after a bracketed year is the 文号's: 〔2018〕10号.
            if bracketed {
                let mut j = i + 1;
                while j < chars.len() && chars[j].is_ascii_digit() {
                    chars[j] = '#';
                    j += 1;
                }
            }
        }
    }
    chars
}

/// Every kind of concrete channel a text names.
pub fn channels(text: &str) -> Vec<Channel> {
    let t = crate::wordplan::normalise::fold(text);
    let mut found = Vec::new();
    // Phone numbers: runs of digits, optionally with hyphens or spaces inside.
    let mut digits = 0;
    for c in masked_numbers(&t) {
        if c.is_ascii_digit() {
            digits += 1;
            if digits >= 5 {
                found.push(Channel::Phone);
                break;
            }
        } else if !matches!(c, '-' | '—' | '–') && !(c == ' ' && digits > 0) {
            digits = 0;
        }
    }
    for w in t.split(|c: char| !url_char(c)) {
        let at = w.find('@');
        if at.is_some_and(|i| i > 0 && w[i + 1..].contains('.')) {
            found.push(Channel::Email);
        } else {
            let lower = w.to_ascii_lowercase();
            let tld = [".gov.cn", ".cn", ".com", ".org", ".net"].iter().any(|d| lower.contains(d))
                && lower.chars().any(|c| c.is_ascii_alphabetic());
            if lower.contains("://") || lower.starts_with("www.") || tld {
                found.push(Channel::Web);
            }
        }
    }
    if t.contains("邮编") || t.contains("邮政编码") {
        let six = t.split(|c: char| !c.is_ascii_digit()).any(|run| run.len() == 6);
        if six {
            found.push(Channel::Postal);
        }
    }
    // A quoted name followed by what it names: “咨询投诉”栏目, "广东民政"公众号.
    const NOUNS: [&str; 14] = [
        "栏目",
        "专栏",
        "信箱",
        "邮箱",
        "平台",
        "公众号",
        "微信公众号",
        "微博",
        "客户端",
        "APP",
        "小程序",
        "留言板",
        "版块",
        "频道",
    ];
    for (open, close) in [('“', '”'), ('"', '"'), ('「', '」'), ('『', '』'), ('\'', '\'')] {
        let mut rest = t.as_str();
        while let Some(a) = rest.find(open) {
            let after_open = &rest[a + open.len_utf8()..];
            let Some(b) = after_open.find(close) else { break };
            let name = &after_open[..b];
            let tail = after_open[b + close.len_utf8()..].trim_start();
            if crate::content::content_len(name) >= 2 && NOUNS.iter().any(|n| tail.starts_with(n)) {
                found.push(Channel::Named);
            }
            rest = &after_open[b + close.len_utf8()..];
        }
    }
    const GENERIC: [&str; 11] =
        ["设立", "开通", "公布", "畅通", "投诉", "举报", "设置", "建立", "开设", "通过", "监督"];
    for (kind, channel) in [("信箱", Channel::Named), ("公众号", Channel::Named), ("热线", Channel::HotlineName)]
    {
        for (at, _) in t.match_indices(kind) {
            let before: Vec<char> = t[..at].chars().rev().take(2).collect::<Vec<_>>().into_iter().rev().collect();
            let name: String = before.iter().collect();
            let named = before.len() == 2
                && before.iter().all(|c| !c.is_whitespace() && !"，。、；：,.;:（(“”\"".contains(*c))
                && !GENERIC.contains(&name.as_str());
            if named {
                found.push(channel);
            }
        }
    }
    found
}

/// Whether a text names a concrete complaint channel (SPEC §3, plans made in the app): a phone
/// number of 5 or more digits (12345), an e-mail address, a web address, or a named 信箱 /
/// 公众号 / 热线.
pub fn names_complaint_channel(text: &str) -> bool {
    !channels(text).is_empty()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_basis_names_a_document_by_title_or_number() {
        for named in [
            "《社会救助暂行办法》第十条",
            "依据“政府信息公开条例”",
            "粤府办〔2018〕24号",
            "国办发[2018]10号",
            "国办发(2018)10号文件",
        ] {
            assert!(names_document(named), "{named}");
        }
        for vague in ["有关规定", "上级要求", "《》", "依照法律法规", "“每月更新”", "〔2018〕号"]
        {
            assert!(!names_document(vague), "{vague}");
        }
    }

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
    fn personal_information_is_found_unless_withheld_or_an_office_holders() {
        assert_eq!(personal_information("公开救治对象的姓名、病种和救助金额"), Some("姓名"));
        assert_eq!(personal_information("特困供养人员名单"), Some("名单"));
        assert_eq!(personal_information("受助人身份证号码及家庭住址"), Some("身份证"));
        assert_eq!(personal_information("低保对象户主姓名、保障人口和金额；不公开身份证号码、家庭住址"), Some("姓名"));
        assert_eq!(personal_information("保障金额和人数，不公开身份证号码、家庭住址"), None);
        assert_eq!(personal_information("公示获助人数，隐去姓名"), None);
        assert_eq!(personal_information("除姓名外的救助情况"), None);
        assert_eq!(personal_information("养老机构名称、地址、负责人姓名和联系电话"), None);
        assert_eq!(personal_information("失信企业名单和处罚结果"), None);
        assert_eq!(personal_information("政策依据、办理流程和办理时限"), None);
    }

    #[test]
    fn quoting_the_national_requirements_is_not_pasted_guidance() {
        use crate::model::{Area, Part, TextPart};
        for part in TextPart::ALL {
            let national = crate::catalogue::guidance(Part::Text(part)).national;
            assert!(pasted_guidance(national).is_none(), "{national}");
        }
        for area in Area::ALL {
            let requirement = crate::catalogue::areas::info(area).requirement;
            assert!(pasted_guidance(requirement).is_none(), "{requirement}");
        }
        let template = crate::catalogue::guidance(Part::Text(TextPart::Preamble)).template;
        assert!(pasted_guidance(template).is_some(), "the template's own instruction still counts");
    }

    #[test]
    fn pasted_guidance_is_recognised_after_normalising() {
        assert!(
            pasted_guidance("描述制定方案的目的、意义和依据，结合本单位、本系统业务工作实际，制定本方案。").is_some()
        );
        assert!(
            pasted_guidance("描述制定方案的目的、意义和依据，结合本单位、本系统业务工作实际，制定本方案").is_some()
        );
        assert!(
            pasted_guidance("　描述制定方案的目的、意义和依据 ，结合本单位、本系统业务工作实际，制定本方案").is_some()
        );
        assert!(pasted_guidance("做好政策解读和舆情回应").is_none(), "short fragments are ordinary wording");
        assert!(pasted_guidance("为贯彻落实国办发〔2018〕10号，结合我厅实际，制定本方案。").is_none());
    }

    #[test]
    fn citation_accepts_every_bracket_variant_and_the_title() {
        for text in [
            "依据国办发〔2018〕10号",
            "国办发[2018]10号",
            "国办发【2018】10号",
            "国办发（2018）10号",
            "国办发［２０１８］１０号",
            "国办发﹝2018﹞10号",
            "根据《国务院办公厅关于推进社会公益事业建设领域政府信息公开的意见》",
        ] {
            assert!(cites_national_opinion(text), "{text}");
        }
        assert!(!cites_national_opinion("根据国办发〔2017〕10号"));
        assert!(!cites_national_opinion("根据上级要求"));
    }

    #[test]
    fn complaint_channels() {
        for text in [
            "拨打12345热线",
            "电话：020-8333 0001",
            "电话０２０－８３３３０００１",
            "邮箱 jubao@gdmz.gov.cn",
            "网址 www.gdmz.gov.cn",
            "登录 https://example.org/ts",
            "广东民政信息网“厅长信箱”",
            "关注“广东民政”公众号",
            "民政服务热线",
        ] {
            assert!(names_complaint_channel(text), "{text}");
        }
        for text in ["畅通群众投诉举报渠道", "设立信箱", "开通热线", "电话1234", "及时处理投诉举报"]
        {
            assert!(!names_complaint_channel(text), "{text}");
        }
    }

    #[test]
    fn dates_doc_numbers_and_counts_are_not_phone_numbers() {
        for text in [
            "2018-09-03起受理投诉",
            "按照粤府办〔2018〕12345号文件受理投诉",
            "投诉举报2018年共办理12000件",
            "20180903",
            "第12345期",
            "1.2345万元",
            "于2018年9月14日前公布投诉渠道",
        ] {
            assert!(!channels(text).contains(&Channel::Phone), "{text}");
        }
        for text in [
            "投诉电话：0763－3361234",
            "拨打 020 8333 0001",
            "手机13800138000",
            "12345政务服务便民热线",
            "监督电话（0751）8888888",
        ] {
            assert!(channels(text).contains(&Channel::Phone), "{text}");
        }
    }

    #[test]
    fn named_columns_accounts_and_postal_addresses() {
        for text in [
            "通过委门户网站\"咨询投诉\"栏目留言",
            "在“局长信箱”留言",
            "关注“清远教育”微信公众号",
            "来信请寄广州市越秀区某路1号，邮编510000",
        ] {
            assert!(!channels(text).is_empty(), "{text}");
        }
        assert_eq!(channels("公布监督热线"), []);
        assert_eq!(channels("民政服务热线"), [Channel::HotlineName]);
        assert_eq!(channels("门户网站“”栏目"), [], "an empty name names nothing");
    }
}
