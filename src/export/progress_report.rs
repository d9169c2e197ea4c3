//! The yearly progress report (seed 000: 每年2月底前 each department reports the previous year's
//! progress to the provincial general office): a GB/T 9704 document through the shared layout —
//! title 关于{年度}年度…工作进展情况的报告, 主送, the four parts (一、总体情况 with the computed
//! figures, 二、主要做法和成效, 三、存在问题, 四、下一步工作), 附件说明, 落款 and date, and as
//! 附件 a landscape table of every item with its status and where it was published (and the other
//! tasks with what was done) — and the short paragraph for the 政府信息公开年度报告.

use super::layout::{GbDocument, Properties, Row, Table};
use crate::content::join_units;
use crate::model::progress::{Status, YearProgress};
use crate::model::{Date, Plan};
use crate::title::title_lines;

/// Name of the report's annex.
pub fn annex_title(year: i32) -> String {
    format!("{year}年度公开事项落实情况表")
}

/// The report's title, e.g. 广东省民政厅关于2018年度社会公益事业建设领域政府信息公开工作进展情况的报告.
pub fn report_title(plan: &Plan, year: i32) -> String {
    format!("{}关于{year}年度社会公益事业建设领域政府信息公开工作进展情况的报告", plan.cover.unit.trim())
}

/// The figures of the year in one sentence.
pub fn figures_sentence(plan: &Plan, progress: &YearProgress) -> String {
    let f = progress.figures(plan);
    let mut parts: Vec<String> = Status::ALL
        .iter()
        .zip(f.by_status)
        .filter(|(_, n)| *n > 0)
        .map(|(status, n)| format!("{}{n}项", status.label()))
        .collect();
    if f.unmarked > 0 {
        parts.push(format!("未填写落实情况{}项", f.unmarked));
    }
    let areas: Vec<String> = f.areas.iter().map(|a| a.label().to_string()).collect();
    let areas = match areas.len() {
        0 => String::new(),
        _ => format!("，涉及{}等{}个重点领域", join_units(&areas), areas.len()),
    };
    format!(
        "{}年，{}方案确定的{}个公开事项中，{}{areas}，全年主动公开相关信息{}条。",
        progress.year,
        plan.cover.self_reference(),
        f.items,
        if parts.is_empty() { "尚未填写落实情况".to_string() } else { parts.join("、") },
        f.published
    )
}

/// The paragraph to paste into the unit's 政府信息公开年度报告.
pub fn annual_report_paragraph(plan: &Plan, progress: &YearProgress) -> String {
    format!("推进社会公益事业建设领域政府信息公开。按照《{}》，{}", plan.title(), figures_sentence(plan, progress))
}

/// The annex tables: items grouped by area, then the other tasks.
fn annex_tables(plan: &Plan, progress: &YearProgress) -> (Table, Option<Table>) {
    let mut rows = Vec::new();
    let mut n = 0;
    for area in plan.selected_areas() {
        rows.push(Row::Group(format!("{}领域", area.area.label())));
        for item in &area.items {
            n += 1;
            let record = progress.item(item.id);
            let status = record.and_then(|r| r.status).map(Status::label).unwrap_or("未填写");
            let note = record
                .map(|r| {
                    [r.reason.trim(), r.note.trim()]
                        .into_iter()
                        .filter(|s| !s.is_empty())
                        .collect::<Vec<_>>()
                        .join("；")
                })
                .unwrap_or_default();
            rows.push(Row::Cells(vec![
                n.to_string(),
                item.name.trim().to_string(),
                status.to_string(),
                record.map(|r| r.place.trim().to_string()).unwrap_or_default(),
                record.map(|r| r.count.trim().trim_end_matches('条').to_string()).unwrap_or_default(),
                note,
            ]));
        }
    }
    let items = Table {
        headings: ["序号", "公开事项", "落实情况", "公开栏目或网址", "信息条数", "说明"].map(String::from).to_vec(),
        rows,
        min_chars: Vec::new(),
    };
    let tasks: Vec<Vec<String>> = plan
        .tasks
        .other_tasks
        .iter()
        .enumerate()
        .map(|(i, t)| {
            vec![(i + 1).to_string(), t.title.trim().to_string(), progress.task_done(t.id).trim().to_string()]
        })
        .collect();
    let tasks =
        (!tasks.is_empty()).then(|| Table::plain(["序号", "任务", "完成情况"].map(String::from).to_vec(), tasks));
    (items, tasks)
}

/// Writes the report of `year` (.docx bytes); a year without a record gives an empty report.
pub fn progress_report(plan: &Plan, year: i32) -> Vec<u8> {
    let progress = &*plan.year_progress(year);
    let title = report_title(plan, year);
    let addressee = match progress.addressee.trim() {
        "" => plan.cover.notice.recipient.trim(),
        own => own,
    };
    let mut doc = GbDocument::default()
        .properties(Properties { title: title.clone(), creator: plan.cover.unit.trim().to_string() })
        .title(&title_lines(&title));
    if !addressee.is_empty() {
        doc = doc.line(&format!("{addressee}："), docx_rs::AlignmentType::Left, 0, 0);
    }
    let parts = [
        ("一、总体情况", progress.overall.as_str()),
        ("二、主要做法和成效", progress.practice.as_str()),
        ("三、存在问题", progress.problems.as_str()),
        ("四、下一步工作", progress.next_steps.as_str()),
    ];
    for (i, (heading, text)) in parts.into_iter().enumerate() {
        doc = doc.heading1(heading).text(text);
        if i == 0 {
            doc = doc.text(&figures_sentence(plan, progress));
        }
    }
    let (items, tasks) = annex_tables(plan, progress);
    doc = doc
        .blank()
        .attachment(&annex_title(year))
        .blank()
        .signature(plan.cover.unit.trim(), &Date::written(&progress.date))
        .annex(&annex_title(year));
    if let Some(tasks) = tasks {
        doc = doc.heading1("一、重点领域公开事项").table(&items).heading1("二、其他相关任务").table(&tasks);
    } else {
        doc = doc.table(&items);
    }
    doc.finish()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalogue::sample_plan;
    use crate::export::embed::document_text;
    use crate::export::package::read_part;

    #[test]
    fn the_report_states_the_parts_figures_and_every_item() {
        let mut plan = sample_plan();
        plan.progress.clear();
        let ids: Vec<u32> = plan.selected_areas().flat_map(|a| a.items.iter().map(|i| i.id)).collect();
        let year = plan.progress_mut(2018);
        year.item_mut(ids[0]).status = Some(Status::Published);
        year.item_mut(ids[0]).place = "http://smzt.gd.gov.cn/zwgk/".into();
        year.item_mut(ids[0]).count = "12".into();
        year.item_mut(ids[1]).status = Some(Status::NotYet);
        year.item_mut(ids[1]).reason = "系统改造中".into();
        year.overall = "我厅全面落实工作方案。".into();
        year.practice = "建立目录清单。".into();
        year.problems = "基层标准不一。".into();
        year.next_steps = "推进标准化。".into();
        year.date = "2019-02-20".into();
        let docx = progress_report(&plan, 2018);
        let text = document_text(&read_part(&docx, "word/document.xml").unwrap()).replace('\n', "");
        for expected in [
            "关于2018年度社会公益事业建设领域政府信息公开工作进展情况的报告",
            "省府办公厅：",
            "一、总体情况",
            "我厅全面落实工作方案。",
            "已按要求公开1项、尚未公开1项",
            "全年主动公开相关信息12条",
            "四、下一步工作",
            "附件：2018年度公开事项落实情况表",
            "2019年2月20日",
            "http://smzt.gd.gov.cn/zwgk/",
            "系统改造中",
            "社会救助和社会福利领域",
        ] {
            assert!(text.contains(expected), "{expected} missing in {text}");
        }
        let paragraph = annual_report_paragraph(&plan, plan.progress_of(2018).unwrap());
        assert!(paragraph.starts_with("推进社会公益事业建设领域政府信息公开。按照《广东省民政厅关于"));
        assert!(paragraph.contains("2018年，我厅方案确定的"));
    }

    #[test]
    fn a_year_without_a_record_still_makes_a_document() {
        let docx = progress_report(&Plan::default(), 2020);
        let text = document_text(&read_part(&docx, "word/document.xml").unwrap());
        assert!(text.contains("2020年度"));
        assert!(text.contains("尚未填写落实情况"));
    }
}
