//! What the app offers for download from a plan, decided here so the pages only offer the bytes:
//! each output's file name, MIME type and content, the `（草稿）` mark on what is exported while the
//! plan still has errors, and the one-line summary of each part on the 检查并导出 page.

use crate::check::Report;
use crate::content::{cut, has_content};
use crate::filename::file_name;
use crate::model::{Part, Plan};

pub(crate) const DOCX_MIME: &str = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
pub(crate) const XLSX_MIME: &str = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
/// Longest summary of a part, in characters.
const SUMMARY_CHARS: usize = 60;

/// A file the app produces from a plan.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Output {
    /// The plan document (.docx, with the plan file embedded).
    Plan,
    /// The filing letter (报备函, .docx).
    Letter,
    /// The disclosure catalogue (主动公开目录清单) as .xlsx.
    Catalogue,
    /// The same catalogue as CSV.
    CatalogueCsv,
    /// The plan file (.json), to continue elsewhere.
    PlanFile,
    /// The plan as one web page for the department's portal (.html).
    Portal,
}

/// Whether an export is marked as a draft (the plan still has errors; SPEC: it may be exported
/// for internal discussion, never as the filing copy).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Mark {
    #[default]
    Final,
    Draft,
}

impl Mark {
    fn suffix(self) -> &'static str {
        match self {
            Mark::Final => "",
            Mark::Draft => "（草稿）",
        }
    }
}

/// The user must confirm before exporting: the plan has errors, so it is not ready for filing.
pub fn needs_confirmation(report: &Report) -> bool {
    report.errors().next().is_some()
}

/// A file ready to offer.
#[derive(Clone, Debug, PartialEq)]
pub struct Download {
    pub name: String,
    pub mime: &'static str,
    pub bytes: Vec<u8>,
}

/// The name of a file made from a plan: its title (or `工作方案` before the unit is entered), made
/// safe and short enough (see [`crate::filename`]).
pub fn plan_file_name(plan: &Plan, suffix: &str, extension: &str) -> String {
    let base = if plan.cover.unit.trim().is_empty() { "工作方案".to_string() } else { plan.title() };
    file_name(&base, suffix, extension)
}

impl Output {
    /// The file's name (the draft mark goes before the extension; the plan file is never marked).
    pub fn name(self, plan: &Plan, mark: Mark) -> String {
        let suffix = mark.suffix();
        let catalogue = || format!("主动公开目录清单{suffix}");
        match self {
            Output::Plan if plan.cover.issuing_notice().is_some() => {
                file_name(&super::plan_doc::document_title(plan), suffix, "docx")
            }
            Output::Plan => plan_file_name(plan, suffix, "docx"),
            Output::Letter => file_name(&crate::export::letter::letter_title(plan), suffix, "docx"),
            Output::Catalogue => file_name(plan.cover.unit.trim(), &catalogue(), "xlsx"),
            Output::CatalogueCsv => file_name(plan.cover.unit.trim(), &catalogue(), "csv"),
            Output::PlanFile => plan_file_name(plan, "", "json"),
            Output::Portal => plan_file_name(plan, suffix, "html"),
        }
    }

    pub fn mime(self) -> &'static str {
        match self {
            Output::Plan | Output::Letter => DOCX_MIME,
            Output::Catalogue => XLSX_MIME,
            Output::CatalogueCsv => "text/csv;charset=utf-8",
            Output::PlanFile => "application/json",
            Output::Portal => "text/html;charset=utf-8",
        }
    }

    /// The file: name, type and content.
    pub fn download(self, plan: &Plan, mark: Mark) -> Download {
        let bytes = match self {
            Output::Plan => super::plan_document(plan),
            Output::Letter => super::filing_letter(plan),
            Output::Catalogue => super::catalogue_xlsx(plan),
            Output::CatalogueCsv => super::catalogue_csv(plan),
            Output::PlanFile => crate::planfile::save(plan).into_bytes(),
            Output::Portal => super::html::portal_page(plan).into_bytes(),
        };
        Download { name: self.name(plan, mark), mime: self.mime(), bytes }
    }
}

/// A short summary of what a part holds, for the check-answers list; `None` when nothing is
/// entered (the page says 未填写).
pub fn summary(plan: &Plan, part: Part) -> Option<String> {
    let short = |s: &str| cut(s.trim(), SUMMARY_CHARS);
    let text = match part {
        Part::Cover => {
            let c = &plan.cover;
            let issued = c.issuing_notice().map(|n| format!("以印发通知{}印发", n.number.trim()));
            [c.unit.trim(), c.date.trim(), issued.as_deref().unwrap_or("")]
                .into_iter()
                .filter(|s| !s.is_empty())
                .collect::<Vec<_>>()
                .join("，")
        }
        Part::Text(t) => short(t.get(plan)),
        Part::Areas => plan.selected_areas().map(|a| a.area.label()).collect::<Vec<_>>().join("、"),
        Part::Area(a) => match plan.area(a).items.len() {
            0 => String::new(),
            n => format!(
                "{n} 个公开事项：{}",
                short(&plan.area(a).items.iter().map(|i| i.name.trim()).collect::<Vec<_>>().join("、"))
            ),
        },
        Part::OtherTasks => {
            short(&plan.tasks.other_tasks.iter().map(|t| t.title.trim()).collect::<Vec<_>>().join("、"))
        }
        Part::Unplaced => format!("{} 段未归类的导入内容", plan.unplaced.len()),
    };
    has_content(&text).then_some(text)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalogue::sample_plan;
    use crate::model::{Area, TextPart};

    #[test]
    fn every_output_is_named_from_the_plan_and_marked_as_a_draft_on_request() {
        let plan = sample_plan();
        let names = |mark| {
            [Output::Plan, Output::Letter, Output::Catalogue, Output::CatalogueCsv, Output::PlanFile]
                .map(|o| o.name(&plan, mark))
        };
        assert_eq!(
            names(Mark::Final),
            [
                "广东省民政厅关于推进社会公益事业建设领域政府信息公开的工作方案.docx",
                "广东省民政厅关于报送社会公益事业建设领域政府信息公开工作方案的函.docx",
                "广东省民政厅主动公开目录清单.xlsx",
                "广东省民政厅主动公开目录清单.csv",
                "广东省民政厅关于推进社会公益事业建设领域政府信息公开的工作方案.json",
            ]
        );
        let drafts = names(Mark::Draft);
        assert!(drafts[..4].iter().all(|n| n.contains("（草稿）.")), "{drafts:?}");
        assert!(!drafts[4].contains("草稿"), "the plan file is never marked");
    }

    #[test]
    fn a_plan_without_a_unit_still_gets_a_name() {
        let plan = Plan::default();
        assert_eq!(Output::Plan.name(&plan, Mark::Draft), "工作方案（草稿）.docx");
        assert_eq!(Output::Catalogue.name(&plan, Mark::Final), "主动公开目录清单.xlsx");
        assert_eq!(Output::PlanFile.name(&plan, Mark::Final), "工作方案.json");
    }

    #[test]
    fn downloads_carry_their_type_and_content() {
        let plan = sample_plan();
        for output in [Output::Plan, Output::Letter, Output::Catalogue] {
            let d = output.download(&plan, Mark::Final);
            assert!(d.bytes.starts_with(b"PK\x03\x04"), "{output:?} is a zip package");
            assert!(d.mime.starts_with("application/vnd.openxmlformats-officedocument."), "{output:?}");
        }
        let csv = Output::CatalogueCsv.download(&plan, Mark::Final);
        assert!(String::from_utf8(csv.bytes).unwrap().contains("事项名称"));
        let file = Output::PlanFile.download(&plan, Mark::Final);
        assert_eq!(crate::planfile::load(&file.bytes).unwrap().plan, plan);
    }

    #[test]
    fn only_a_plan_with_errors_asks_before_export() {
        assert!(!needs_confirmation(&crate::check::check(&sample_plan())));
        assert!(needs_confirmation(&crate::check::check(&Plan::default())));
    }

    #[test]
    fn summaries_are_short_and_empty_parts_have_none() {
        let plan = sample_plan();
        assert_eq!(summary(&Plan::default(), Part::Cover), None);
        assert_eq!(summary(&Plan::default(), Part::Text(TextPart::Goals)), None);
        assert!(summary(&plan, Part::Cover).unwrap().starts_with("广东省民政厅，"));
        let mut issued = plan.clone();
        issued.cover.issuing.enabled = true;
        issued.cover.issuing.number = "粤民办函〔2018〕47号".into();
        assert_eq!(
            summary(&issued, Part::Cover).unwrap(),
            "广东省民政厅，2018-09-03，以印发通知粤民办函〔2018〕47号印发"
        );
        let goals = summary(&plan, Part::Text(TextPart::Goals)).unwrap();
        assert!(goals.chars().count() <= SUMMARY_CHARS + 2, "{goals}");
        let area = plan.selected_areas().next().unwrap().area;
        assert!(summary(&plan, Part::Area(area)).unwrap().contains(" 个公开事项："));
        assert_eq!(summary(&Plan::default(), Part::Area(Area::ALL[0])), None);
    }
}
