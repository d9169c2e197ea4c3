//! The structural text check of a plan written by hand in Word (SPEC §5): the template's three
//! section headings present and in order, 国办发〔2018〕10号 cited, key areas named, a complaint
//! channel, a date. It sees only text, so it is clearly marked as a text check.

use super::text::{cites_national_opinion, names_complaint_channel, normalise};
use super::{Checker, Field, Report, rules};
use crate::model::Area;

/// The template's section headings: number and the words that identify each.
const HEADINGS: [(&str, [&str; 2]); 3] =
    [("一、", ["现状分析", "思路目标"]), ("二、", ["主要任务", "具体措施"]), ("三、", ["组织保障", "监督考核"])];

/// Whether a line is (or starts with) the heading `index`.
fn is_heading(line: &str, index: usize) -> bool {
    let (number, words) = HEADINGS[index];
    line.starts_with(number) && words.iter().any(|w| line.contains(w))
}

/// Whether the text holds a date written out as 2018年9月3日.
fn has_date(text: &str) -> bool {
    text.match_indices('日').any(|(at, _)| {
        let end = at + '日'.len_utf8();
        let start = text[..at].char_indices().rev().nth(9).map(|(i, _)| i).unwrap_or(0);
        text[start..at].char_indices().any(|(i, _)| crate::model::Date::parse(&text[start + i..end]).is_ok())
    })
}

/// Checks the text of a document (one paragraph per line).
pub fn check_text(text: &str) -> Report {
    let lines: Vec<String> = text.lines().map(normalise).filter(|l| !l.is_empty()).collect();
    let mut c = Checker { report: Report::default() };
    let positions: Vec<Option<usize>> = (0..3).map(|i| lines.iter().position(|l| is_heading(l, i))).collect();
    for (i, at) in positions.iter().enumerate() {
        let (number, words) = HEADINGS[i];
        c.check(&rules::DOC_HEADINGS, at.is_some(), Field::Document, || {
            format!("没有找到模板规定的标题“{number}{}”", words.join("及"))
        });
    }
    let found: Vec<usize> = positions.iter().flatten().copied().collect();
    if found.len() >= 2 {
        c.check(&rules::DOC_HEADINGS, found.windows(2).all(|w| w[0] < w[1]), Field::Document, || {
            "三个部分的标题顺序与模板不一致，应为一、现状分析及思路目标，二、主要任务及具体措施，三、组织保障和监督考核".into()
        });
    }
    c.check(&rules::DOC_CITATION, cites_national_opinion(text), Field::Document, || {
        "文中没有引用国办发〔2018〕10号".into()
    });
    let areas = Area::ALL.iter().filter(|a| text.contains(a.label())).count();
    c.check(&rules::DOC_AREAS, areas > 0, Field::Document, || "文中没有写明本单位负责的重点领域（如社会救助和社会福利、教育等）".into());
    c.check(&rules::DOC_COMPLAINT, names_complaint_channel(text), Field::Document, || {
        "文中没有写明具体的投诉举报渠道（电话、邮箱、网址或信箱、公众号、热线）".into()
    });
    c.check(&rules::DOC_DATE, has_date(text), Field::Document, || "文中没有写明成文日期（如2018年9月3日）".into());
    c.report
}

#[cfg(test)]
mod tests {
    use super::*;

    const GOOD: &str = "广东省教育厅关于推进社会公益事业建设领域政府信息公开的工作方案\n\
        为贯彻落实国办发〔2018〕10号，制定本方案。\n一、现状分析及思路目标\n（一）工作现状\n……\n\
        二、主要任务及具体措施\n教育领域重点公开以下事项。\n三、组织保障和监督考核\n公布投诉电话12345。\n广东省教育厅\n2018年9月3日";

    #[test]
    fn a_plan_following_the_template_passes() {
        let r = check_text(GOOD);
        assert!(r.ready(), "{:?}", r.findings);
        assert_eq!(r.score(), 100);
    }

    #[test]
    fn missing_section_three_and_other_gaps_are_found() {
        let text = GOOD.replace("三、组织保障和监督考核", "").replace("12345", "").replace("2018年9月3日", "");
        let r = check_text(&text);
        let ids: Vec<&str> = r.findings.iter().map(|f| f.rule.id).collect();
        assert_eq!(ids, ["DOC-HEADINGS", "DOC-COMPLAINT", "DOC-DATE"]);
        assert!(r.findings[0].message.contains("三、组织保障及监督考核"));
        assert!(!r.ready());
    }

    #[test]
    fn headings_out_of_order_citation_and_areas() {
        let text = "二、主要任务及具体措施\n一、现状分析及思路目标\n三、组织保障和监督考核\n2018年9月3日 电话12345";
        let ids: Vec<&str> = check_text(text).findings.iter().map(|f| f.rule.id).collect();
        assert_eq!(ids, ["DOC-HEADINGS", "DOC-CITATION", "DOC-AREAS"]);
    }

    #[test]
    fn dates_are_found_in_running_text() {
        assert!(has_date("落款2018年9月3日。"));
        assert!(has_date("2018年12月25日"));
        assert!(!has_date("2018年"));
        assert!(!has_date("九月三日"));
    }
}
