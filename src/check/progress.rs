//! Checks of a year's progress and its report (PROGRESS-* rules): every item has a status, 尚未公开
//! and 不再适用 are explained, what was published says where (a web address must be one), counts
//! are whole numbers, the report's four parts and date are written, and the report goes out by the
//! end of February of the following year. Kept apart from the plan's completeness: a plan's score
//! and verdict never depend on its progress.

use super::rules::{self, Rule};
use crate::content::has_content;
use crate::model::Date;
use crate::model::Plan;
use crate::model::progress::{YearProgress, count};

/// What a finding points at.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Target {
    /// A disclosure item (by id).
    Item(u32),
    /// One of the report's parts: its field id on the page.
    Report(&'static str),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finding {
    pub rule: &'static Rule,
    pub target: Target,
    pub message: String,
}

/// The report's parts: field id on the page, label.
pub const REPORT_PARTS: [(&str, &str); 4] = [
    ("progress-overall", "总体情况"),
    ("progress-practice", "主要做法和成效"),
    ("progress-problems", "存在问题"),
    ("progress-next", "下一步工作"),
];

/// The report's parts with their text, in [`REPORT_PARTS`] order.
fn report_parts(year: &YearProgress) -> impl Iterator<Item = (&'static str, &'static str, &str)> {
    let texts = [&year.overall, &year.practice, &year.problems, &year.next_steps];
    REPORT_PARTS.into_iter().zip(texts).map(|((id, label), text)| (id, label, text.as_str()))
}

/// Whether `text` is meant as a web address (a scheme, `www.`, or a domain name first).
fn looks_like_address(text: &str) -> bool {
    let t = text.trim().to_lowercase();
    if t.contains("://") || t.starts_with("www.") {
        return true;
    }
    let host: String = t.chars().take_while(|c| !matches!(c, '/' | '?' | '#')).collect();
    host.contains('.')
        && host.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | ':'))
        && host.rsplit('.').next().is_some_and(|tld| tld.len() >= 2 && tld.chars().all(|c| c.is_ascii_alphabetic()))
}

/// Whether a web address is well formed: http(s) or none, a host with a dot of letters, digits and
/// hyphens, and no spaces or full-width characters anywhere.
pub fn well_formed_address(text: &str) -> bool {
    let t = text.trim();
    if t.is_empty() || t.chars().any(|c| c.is_whitespace() || !c.is_ascii()) {
        return false;
    }
    let rest = match t.split_once("://") {
        Some((scheme, rest)) if scheme.eq_ignore_ascii_case("http") || scheme.eq_ignore_ascii_case("https") => rest,
        Some(_) => return false,
        None => t,
    };
    let host = rest.split(['/', '?', '#']).next().unwrap_or("");
    let host = host.split(':').next().unwrap_or("");
    let labels: Vec<&str> = host.split('.').collect();
    // `www.` names a host under a domain: at least three labels.
    let least = if labels[0].eq_ignore_ascii_case("www") { 3 } else { 2 };
    labels.len() >= least
        && labels.iter().all(|l| {
            !l.is_empty()
                && !l.starts_with('-')
                && !l.ends_with('-')
                && l.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
        })
        && labels.last().is_some_and(|tld| tld.chars().all(|c| c.is_ascii_alphabetic()))
}

/// The findings of `year` for `plan` (its items in the selected areas, in order).
pub fn check_year(plan: &Plan, year: &YearProgress) -> Vec<Finding> {
    let mut out = Vec::new();
    let mut push = |rule: &'static Rule, target: Target, message: String| out.push(Finding { rule, target, message });
    for area in plan.selected_areas() {
        for item in &area.items {
            let name = if item.name.trim().is_empty() { "（未命名）" } else { item.name.trim() };
            let target = Target::Item(item.id);
            let record = year.item(item.id);
            let Some(status) = record.and_then(|r| r.status) else {
                push(&rules::PROGRESS_STATUS, target, format!("请选择事项“{name}”的落实情况"));
                continue;
            };
            let record = record.expect("has a status");
            if status.needs_reason() && !has_content(&record.reason) {
                push(&rules::PROGRESS_REASON, target, format!("事项“{name}”{}，请写明原因", status.label()));
            }
            let place = record.place.trim();
            if status.published() && place.is_empty() {
                push(&rules::PROGRESS_PLACE, target, format!("请填写事项“{name}”的公开栏目或网址"));
            } else if looks_like_address(place) && !well_formed_address(place) {
                push(
                    &rules::PROGRESS_PLACE,
                    target,
                    format!(
                        "事项“{name}”的网址“{place}”格式不正确，请写成 http://www.example.gov.cn/xxgk 这样的完整网址，或写栏目名称"
                    ),
                );
            }
            if has_content(&record.count) && count(&record.count).is_none() {
                push(&rules::PROGRESS_COUNT, target, format!("事项“{name}”的公开信息数请填写整数，例如 12"));
            }
        }
    }
    for (id, label, text) in report_parts(year) {
        if !has_content(text) {
            push(&rules::PROGRESS_REPORT, Target::Report(id), format!("请填写报告的“{label}”"));
        }
    }
    match Date::parse(&year.date) {
        Err(e) => push(&rules::PROGRESS_REPORT, Target::Report("progress-date"), format!("报告日期：{}", e.message())),
        Ok(date) => {
            let due = Date::new(year.year + 1, 3, 1);
            if due.is_some_and(|march| date >= march) {
                push(
                    &rules::PROGRESS_DATE,
                    Target::Report("progress-date"),
                    format!("{}年度的进展情况应在{}年2月底前报送", year.year, year.year + 1),
                );
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalogue::sample_plan;
    use crate::model::progress::Status;

    /// A year with every item published at a column, and the report written.
    fn complete(plan: &Plan) -> YearProgress {
        let mut year = YearProgress::new(2018);
        for item in plan.selected_areas().flat_map(|a| a.items.iter()) {
            let p = year.item_mut(item.id);
            p.status = Some(Status::Published);
            p.place = "门户网站“信息公开”专栏".into();
            p.count = "3".into();
        }
        year.overall = "总体情况".into();
        year.practice = "做法".into();
        year.problems = "问题".into();
        year.next_steps = "下一步".into();
        year.date = "2019-02-20".into();
        year
    }

    fn ids(findings: &[Finding]) -> Vec<&str> {
        findings.iter().map(|f| f.rule.id).collect()
    }

    #[test]
    fn a_complete_year_has_no_findings() {
        let plan = sample_plan();
        assert_eq!(check_year(&plan, &complete(&plan)), vec![]);
    }

    #[test]
    fn every_item_needs_a_status_and_explained_gaps() {
        let plan = sample_plan();
        let first = plan.selected_areas().next().unwrap().items[0].id;
        let mut year = complete(&plan);
        year.items.retain(|p| p.id != first);
        assert_eq!(ids(&check_year(&plan, &year)), ["PROGRESS-STATUS"]);
        for status in [Status::NotYet, Status::NotApplicable] {
            let mut year = complete(&plan);
            year.item_mut(first).status = Some(status);
            year.item_mut(first).place.clear();
            assert_eq!(ids(&check_year(&plan, &year)), ["PROGRESS-REASON"], "{status:?}");
            year.item_mut(first).reason = "政策调整，暂缓公开".into();
            assert_eq!(check_year(&plan, &year), vec![]);
        }
        let mut year = complete(&plan);
        year.item_mut(first).status = Some(Status::Partly);
        year.item_mut(first).place = "  ".into();
        assert_eq!(ids(&check_year(&plan, &year)), ["PROGRESS-PLACE"]);
    }

    #[test]
    fn web_addresses_must_be_well_formed_and_counts_whole_numbers() {
        let plan = sample_plan();
        let first = plan.selected_areas().next().unwrap().items[0].id;
        for good in [
            "http://smzt.gd.gov.cn/zwgk/",
            "https://www.gd.gov.cn",
            "www.gdmz.gov.cn/xxgk",
            "smzt.gd.gov.cn",
            "广东民政信息网“社会救助”专栏",
        ] {
            let mut year = complete(&plan);
            year.item_mut(first).place = good.into();
            assert_eq!(check_year(&plan, &year), vec![], "{good}");
        }
        for bad in [
            "htp://smzt.gd.gov.cn",
            "http://smzt gd.gov.cn",
            "http://广东民政",
            "www.gdmz",
            "https://smzt.gd.gov.cn/信息",
        ] {
            let mut year = complete(&plan);
            year.item_mut(first).place = bad.into();
            assert_eq!(ids(&check_year(&plan, &year)), ["PROGRESS-PLACE"], "{bad}");
        }
        let mut year = complete(&plan);
        year.item_mut(first).count = "十余条".into();
        assert_eq!(ids(&check_year(&plan, &year)), ["PROGRESS-COUNT"]);
    }

    #[test]
    fn the_report_needs_its_parts_and_a_date_by_the_end_of_february() {
        let plan = sample_plan();
        let mut year = complete(&plan);
        year.problems = " 。".into();
        year.date = "2019-02-30".into();
        assert_eq!(ids(&check_year(&plan, &year)), ["PROGRESS-REPORT", "PROGRESS-REPORT"]);
        year.problems = "问题".into();
        year.date = "2019-02-28".into();
        assert_eq!(check_year(&plan, &year), vec![], "the last day of February is in time");
        year.date = "2019-03-01".into();
        assert_eq!(ids(&check_year(&plan, &year)), ["PROGRESS-DATE"]);
        assert_eq!(rules::PROGRESS_DATE.severity, rules::Severity::Warning);
    }
}
