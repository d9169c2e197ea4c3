//! The plan document: title, preamble, sections 一–三 with the items written as official prose,
//! 附件说明, unit and date (or, when the plan is issued by a notice, the notice first and the plan
//! as its unsigned attachment), and the annex 责任分工表 on landscape pages — the items grouped by key
//! area, then the other tasks as a work ledger (工作任务 | 具体要求 | 牵头 | 配合 | 完成时限); the
//! plan file is embedded with its hash.

use super::layout::{Block, GbDocument, Properties, Row, Table};
use super::package::Step;
use super::prose::{Prose, bare, units_note};
use crate::content::{has_content, join_units};
use crate::model::parts::{Entry, Subsection, TEMPLATE, numeral};
use crate::model::{AudienceScope, DisclosureMode, Item, Plan, TextPart};

/// Title of the annex.
pub const ANNEX_TITLE: &str = "责任分工表";

/// Columns of the annex table of disclosure items.
pub const ITEM_HEADINGS: [&str; 8] =
    ["序号", "公开事项", "公开内容", "公开依据", "公开对象", "公开时限", "牵头单位", "配合单位"];
/// Columns of the annex table of other tasks.
pub const TASK_HEADINGS: [&str; 6] = ["序号", "工作任务", "具体要求", "牵头单位", "配合单位", "完成时限"];

/// 公开对象 in the annex: 全社会, or the group itself (the column says it is an audience); an
/// item given on request goes to the applicant, as its sentence says. (公开方式 and 公开层级 are
/// columns of the catalogue, which has room for them.)
fn audience_cell(item: &Item) -> String {
    match item.audience.scope {
        AudienceScope::Public if item.mode == DisclosureMode::OnRequest => "申请人（依申请公开）".into(),
        AudienceScope::Group if has_content(&item.audience.group) => item.audience.group.trim().to_string(),
        _ => item.audience.label(),
    }
}

/// The annex tables: the items of the selected areas, each area a group row (as seed 004
/// groups its table), and the other tasks; `None` for a table without rows.
pub fn annex_tables(plan: &Plan) -> (Option<Table>, Option<Table>) {
    let mut rows = Vec::new();
    let mut n = 0;
    for area in plan.selected_areas().filter(|a| !a.items.is_empty()) {
        rows.push(Row::Group(format!("{}领域", area.area.label())));
        for item in &area.items {
            n += 1;
            rows.push(Row::Cells(vec![
                n.to_string(),
                item.name.trim().to_string(),
                item.content.trim().to_string(),
                item.basis.trim().to_string(),
                audience_cell(item),
                item.time_limit.trim().to_string(),
                join_units(&item.units.leads),
                join_units(&item.units.partners),
            ]));
        }
    }
    let items = (!rows.is_empty()).then(|| Table {
        headings: ITEM_HEADINGS.map(String::from).to_vec(),
        rows,
        min_chars: Vec::new(),
    });
    let tasks: Vec<Vec<String>> = plan
        .tasks
        .other_tasks
        .iter()
        .enumerate()
        .map(|(i, t)| {
            vec![
                (i + 1).to_string(),
                t.title.trim().to_string(),
                t.text.trim().to_string(),
                join_units(&t.units.leads),
                join_units(&t.units.partners),
                t.deadline.trim().to_string(),
            ]
        })
        .collect();
    let tasks = (!tasks.is_empty()).then(|| Table::plain(TASK_HEADINGS.map(String::from).to_vec(), tasks));
    (items, tasks)
}

/// The plan document as blocks, in order: rendered to .docx here and to HTML by the preview.
/// With an issuing notice, the notice comes first and the plan follows as its attachment,
/// unsigned (GB/T 9704 8); without one, the plan is signed by the unit.
pub fn plan_blocks(plan: &Plan) -> Vec<Block> {
    let issuing = plan.cover.issuing_notice();
    let mut b = match issuing {
        Some(notice) => {
            let mut b = super::issuing::issuing_blocks(plan, notice);
            b.push(Block::AttachmentMark);
            b
        }
        None => Vec::new(),
    };
    b.extend([Block::Title(plan.cover.title_lines()), Block::Text(plan.preamble.clone())]);

    for section in &TEMPLATE {
        b.push(Block::Heading1(section.group.heading()));
        for (k, written) in plan.written_subsections(section).iter().enumerate() {
            b.push(Block::Heading2(format!("（{}）{}", numeral(k), written.title)));
            if written.parts.is_empty() {
                subsection_blocks(&mut b, plan, written.subsection);
            }
            for part in &written.parts {
                text_blocks(&mut b, plan, *part);
            }
        }
    }

    b.extend([Block::Blank, Block::Attachment(ANNEX_TITLE.into())]);
    if issuing.is_none() {
        b.extend([
            Block::Blank,
            Block::Signature { unit: plan.cover.unit.trim().to_string(), date: plan.cover.date_text() },
        ]);
    }
    b.push(Block::Annex(ANNEX_TITLE.into()));
    let (items, tasks) = annex_tables(plan);
    let captions = items.is_some() && tasks.is_some();
    for (caption, table) in [("一、重点领域公开事项", items), ("二、其他相关任务", tasks)] {
        if let Some(table) = table {
            if captions {
                b.push(Block::Heading1(caption.into()));
            }
            b.push(Block::Table(table));
        }
    }
    b
}

/// A part written as its text alone (the requirements followed by the pointer to the annex).
fn text_blocks(b: &mut Vec<Block>, plan: &Plan, part: TextPart) {
    b.push(Block::Text(part.get(plan).to_string()));
    if part == TextPart::Requirements {
        b.push(Block::Text(format!("各项公开事项和任务的责任分工见附件《{ANNEX_TITLE}》。")));
    }
}

/// The body of a subsection of several entries: the plan-level blocks as lead-in paragraphs
/// (not numbered), then each selected area with its items and the other tasks as numbered
/// paragraphs (1. 社会救助和社会福利领域。…).
fn subsection_blocks(b: &mut Vec<Block>, plan: &Plan, sub: &Subsection) {
    let mut n = 0;
    for entry in sub.entries {
        match *entry {
            Entry::Text(t) => {
                if has_content(t.get(plan)) {
                    text_blocks(b, plan, t);
                }
            }
            Entry::Areas => {
                let prose = Prose::for_plan(plan);
                let any_items = plan.selected_areas().any(|a| !a.items.is_empty());
                if let Some(sentence) = prose.procedure_sentence().filter(|_| any_items) {
                    b.push(Block::Text(sentence));
                }
                for area in plan.selected_areas() {
                    n += 1;
                    b.push(Block::Labelled(
                        format!("{n}. {}领域。", area.area.label()),
                        "本领域重点公开以下事项：".into(),
                    ));
                    for (j, item) in area.items.iter().enumerate() {
                        b.push(Block::Labelled(format!("（{}）", j + 1), prose.item(item)));
                    }
                }
            }
            Entry::OtherTasks => {
                for (i, task) in plan.tasks.other_tasks.iter().enumerate() {
                    let text = format!("{}{}", task.text.trim(), units_note(&task.units));
                    b.push(Block::Labelled(format!("{}. {}。", i + 1, bare(&task.title)), text));
                }
            }
        }
    }
}

/// The document's title: the issuing notice's when the plan is issued by one, else the plan's.
pub fn document_title(plan: &Plan) -> String {
    match plan.cover.issuing_notice() {
        Some(_) => plan.cover.issuing_title(),
        None => plan.title(),
    }
}

/// Writes the plan document (.docx bytes), with the plan file embedded.
pub fn plan_document(plan: &Plan) -> Vec<u8> {
    plan_document_steps(plan, &mut |_| {})
}

/// [`plan_document`], reporting each step as it ends (the native benchmark times them).
pub fn plan_document_steps(plan: &Plan, step: &mut dyn FnMut(Step)) -> Vec<u8> {
    let blocks = plan_blocks(plan);
    step(Step::Blocks);
    let document = GbDocument::default()
        .properties(Properties { title: document_title(plan), creator: plan.cover.unit.trim().to_string() })
        .blocks(&blocks);
    step(Step::Layout);
    let file = crate::planfile::save(plan);
    step(Step::PlanFile);
    document.embed_plan_file(file).finish_steps(step)
}
