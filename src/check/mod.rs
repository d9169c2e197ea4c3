//! Completeness checking (SPEC §3): every rule with a stable id and severity, the findings it
//! produces (part, field, a Chinese message that says what to do), the completeness score, the
//! verdict, per-part status and the area × 信息类别 coverage matrix; and the checks of plans
//! written in Word ([`wordplan`]). Native code, no web code.

pub mod patterns;
pub mod progress;
pub mod rules;
pub mod wordplan;

pub use rules::{RULES, Rule, Severity};

use std::collections::HashMap;

use serde::{Deserialize, Serialize};

use crate::catalogue::areas::suggestion;
use crate::content::{content_len, cut, has_content};
use crate::model::{Area, AudienceScope, Date, DocNumber, InfoCategory, Item, ItemField, Part, Plan, TextPart};

/// Where a finding points: the field to focus.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Field {
    Unit,
    Title,
    Date,
    DocNumber,
    /// The issuing notice's 文号, 主送, body and date.
    IssuingNumber,
    IssuingAddressees,
    IssuingBody,
    IssuingDate,
    Text(TextPart),
    Areas,
    AreaItems(Area),
    Item {
        area: Area,
        id: u32,
        field: ItemField,
    },
    Task {
        id: u32,
        field: TaskField,
    },
    OtherTasks,
    /// The whole document (findings of the check of a plan written in Word).
    Document,
    /// A block of imported text not yet placed.
    Unplaced(usize),
}

/// The fields of an other task.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum TaskField {
    Title,
    Text,
    Leads,
}

impl TaskField {
    pub fn slug(self) -> &'static str {
        match self {
            TaskField::Title => "title",
            TaskField::Text => "text",
            TaskField::Leads => "leads",
        }
    }
}

impl Field {
    /// The part (page) the field is on.
    pub fn part(self) -> Part {
        match self {
            Field::Unit
            | Field::Title
            | Field::Date
            | Field::DocNumber
            | Field::IssuingNumber
            | Field::IssuingAddressees
            | Field::IssuingBody
            | Field::IssuingDate
            | Field::Document => Part::Cover,
            Field::Text(t) => Part::Text(t),
            Field::Areas => Part::Areas,
            Field::AreaItems(area) | Field::Item { area, .. } => Part::Area(area),
            Field::Task { .. } | Field::OtherTasks => Part::OtherTasks,
            Field::Unplaced(_) => Part::Unplaced,
        }
    }
}

/// One problem found. Serialised with its rule's id (the rule is looked up again on reading).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Finding {
    #[serde(with = "rule_by_id")]
    pub rule: &'static Rule,
    pub field: Field,
    pub message: String,
}

impl Finding {
    pub fn severity(&self) -> Severity {
        self.rule.severity
    }
    pub fn part(&self) -> Part {
        self.field.part()
    }

    /// Where it is, as shown beside it: the part of the plan, or the Word document as a whole.
    pub fn place(&self) -> String {
        match self.field {
            Field::Document => "Word文档".into(),
            f => f.part().title(),
        }
    }
}

/// A rule written as its id.
mod rule_by_id {
    use serde::{Deserialize, Deserializer, Serializer, de::Error};

    use super::{Rule, rules};

    pub fn serialize<S: Serializer>(rule: &&'static Rule, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(rule.id)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<&'static Rule, D::Error> {
        let id = String::deserialize(d)?;
        rules::by_id(&id).ok_or_else(|| D::Error::custom(format!("unknown rule {id}")))
    }
}

/// What a part's status is (SPEC §3).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    /// 未开始: nothing entered.
    NotStarted,
    /// 进行中: something entered, errors not yet revealed.
    InProgress,
    /// 有问题: errors revealed.
    Problem,
    /// 已完成: no errors.
    Complete,
}

impl Status {
    pub fn label(self) -> &'static str {
        match self {
            Status::NotStarted => "未开始",
            Status::InProgress => "进行中",
            Status::Problem => "有问题",
            Status::Complete => "已完成",
        }
    }
}

/// The result of checking a plan.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Report {
    pub findings: Vec<Finding>,
    /// Applicable (rule, target) checks.
    pub checks: usize,
    /// Σ weights of applicable checks (errors 1, warnings ½).
    weight: f64,
    /// Σ weights of the checks that passed.
    passed: f64,
}

impl Report {
    /// Completeness: passed ÷ applicable as a whole percent; never 100 while an error stands (a single error
    /// among thousands of checks would otherwise round up to it).
    pub fn score(&self) -> u32 {
        let score = if self.weight == 0.0 { 100 } else { (100.0 * self.passed / self.weight).round() as u32 };
        if self.ready() { score } else { score.min(99) }
    }

    pub fn errors(&self) -> impl Iterator<Item = &Finding> {
        self.findings.iter().filter(|f| f.severity() == Severity::Error)
    }

    pub fn warnings(&self) -> impl Iterator<Item = &Finding> {
        self.findings.iter().filter(|f| f.severity() == Severity::Warning)
    }

    /// 可以报备: no errors.
    pub fn ready(&self) -> bool {
        self.errors().next().is_none()
    }

    pub fn verdict(&self) -> &'static str {
        if self.ready() { "可以报备" } else { "尚不能报备" }
    }

    /// Findings on one part, errors first.
    pub fn for_part(&self, part: Part) -> Vec<&Finding> {
        let mut list: Vec<&Finding> = self.findings.iter().filter(|f| f.part() == part).collect();
        list.sort_by_key(|f| f.severity() != Severity::Error);
        list
    }

    /// The message of the first error on a field, if any.
    pub fn error_at(&self, field: Field) -> Option<&Finding> {
        self.errors().find(|f| f.field == field)
    }

    /// Status of a part, given whether its errors have been revealed.
    pub fn status(&self, plan: &Plan, part: Part, revealed: bool) -> Status {
        let has_errors = self.errors().any(|f| f.part() == part);
        if !plan.is_entered(part) && !(revealed && has_errors) {
            Status::NotStarted
        } else if !has_errors {
            Status::Complete
        } else if revealed {
            Status::Problem
        } else {
            Status::InProgress
        }
    }
}

/// Accumulates checks and findings.
struct Checker {
    report: Report,
}

impl Checker {
    fn check(&mut self, rule: &'static Rule, ok: bool, field: Field, message: impl FnOnce() -> String) {
        let weight = match rule.severity {
            Severity::Error => 1.0,
            Severity::Warning => 0.5,
        };
        self.report.checks += 1;
        self.report.weight += weight;
        if ok {
            self.report.passed += weight;
        } else {
            self.report.findings.push(Finding { rule, field, message: message() });
        }
    }

    /// Adds the checks counted and the findings of a part checked on its own.
    fn absorb(&mut self, part: &Report) {
        self.report.findings.extend_from_slice(&part.findings);
        self.report.checks += part.checks;
        self.report.weight += part.weight;
        self.report.passed += part.passed;
    }

    /// The placeholder check of one free-text field (applicable when it has content).
    /// `label` names the field in the message; it is only built when the check fails.
    fn placeholders(&mut self, text: &str, field: Field, label: impl FnOnce() -> String, guidance_too: bool) {
        if !has_content(text) {
            return;
        }
        let found = patterns::placeholder(text);
        let pasted = if guidance_too && found.is_none() { patterns::pasted_guidance(text) } else { None };
        self.check(&rules::PLACEHOLDER, found.is_none() && pasted.is_none(), field, || match (found, pasted) {
            (Some(p), _) => format!("{}中还有占位文字“{p}”，请替换为实际内容", label()),
            (None, Some(s)) => format!("{}照抄了填写说明“{}”，请改写为本单位的具体内容", label(), cut(s, 24)),
            _ => unreachable!("only called on failure"),
        });
    }
}

/// How an item is named in messages.
fn item_name(item: &Item, index: usize) -> String {
    let name = item.name.trim();
    if has_content(name) { format!("事项“{}”", cut(name, 16)) } else { format!("第 {} 个事项", index + 1) }
}

/// Checks a plan against every rule.
pub fn check(plan: &Plan) -> Report {
    let items: HashMap<(usize, usize), ItemChecks> = selected(plan)
        .flat_map(|(at, a)| {
            a.items.iter().enumerate().map(move |(index, item)| ((at, index), item_checks(a.area, index, item)))
        })
        .collect();
    report(plan, &|at, index| &items[&(at, index)])
}

/// Checks a plan again and again while it is edited (the app checks on every key): what each
/// item's checks found is kept with a copy of the item, and only items that changed (or moved)
/// are checked again, so a key typed in a 1 000-item plan re-checks one item. The report is the
/// same as [`check`]'s.
#[derive(Default)]
pub struct Rechecker {
    /// By (area's position in the plan, item's position in the area): the item as last checked
    /// and what its checks found.
    items: HashMap<(usize, usize), (Item, ItemChecks)>,
}

impl Rechecker {
    pub fn check(&mut self, plan: &Plan) -> Report {
        let mut count = 0;
        for (at, area) in selected(plan) {
            for (index, item) in area.items.iter().enumerate() {
                count += 1;
                match self.items.get_mut(&(at, index)) {
                    Some(kept) if kept.0 == *item => {}
                    Some(kept) => *kept = (item.clone(), item_checks(area.area, index, item)),
                    None => {
                        self.items.insert((at, index), (item.clone(), item_checks(area.area, index, item)));
                    }
                }
            }
        }
        // Items no longer in the plan (removed, or their area dropped) are forgotten.
        if self.items.len() > count {
            let areas = &plan.tasks.areas;
            self.items.retain(|&(at, index), _| areas.get(at).is_some_and(|a| a.selected && index < a.items.len()));
        }
        report(plan, &|at, index| &self.items[&(at, index)].1)
    }
}

/// What the checks of one item count and find: those of its fields and its privacy check (each
/// added to the report at its own place, so the order of findings does not depend on caching).
struct ItemChecks {
    fields: Report,
    privacy: Report,
}

/// The selected areas with their positions in the plan.
fn selected(plan: &Plan) -> impl Iterator<Item = (usize, &crate::model::AreaPlan)> {
    plan.tasks.areas.iter().enumerate().filter(|(_, a)| a.selected)
}

/// What the checks of each selected area's items found, by the area's position in the plan and
/// the item's in the area.
type ItemsChecked<'a> = dyn Fn(usize, usize) -> &'a ItemChecks + 'a;

/// Every rule, with the checks of the items given by `items`.
fn report<'a>(plan: &Plan, items: &ItemsChecked<'a>) -> Report {
    let mut c = Checker { report: Report::default() };
    check_cover(&mut c, plan);
    check_issuing(&mut c, plan);
    check_texts(&mut c, plan);
    check_areas(&mut c, plan, items);
    check_tasks(&mut c, plan);
    check_coverage(&mut c, plan);
    for (at, area) in selected(plan) {
        for index in 0..area.items.len() {
            c.absorb(&items(at, index).privacy);
        }
    }
    for (i, block) in plan.unplaced.iter().enumerate().filter(|(_, b)| has_content(&b.text)) {
        c.check(&rules::IMPORT_UNPLACED, false, Field::Unplaced(i), || {
            format!(
                "从 Word 文档导入的“{}”还没有归入方案的任何部分：请把其中的内容移到相应部分，然后删除这段",
                cut(&block.from, 24)
            )
        });
    }
    c.report
}

fn check_cover(c: &mut Checker, plan: &Plan) {
    let cover = &plan.cover;
    c.check(&rules::COVER_UNIT, has_content(&cover.unit), Field::Unit, || "请填写制定单位".into());
    c.placeholders(&cover.unit, Field::Unit, || "制定单位".into(), false);
    if let Some(title) = cover.title.as_deref() {
        c.placeholders(title, Field::Title, || "标题".into(), true);
    }
    let date = Date::parse(&cover.date);
    c.check(&rules::COVER_DATE, date.is_ok(), Field::Date, || match &date {
        Err(e) => e.message().to_string(),
        Ok(_) => unreachable!(),
    });
    if let (Ok(date), Ok(notice)) = (&date, Date::parse(&cover.notice.date)) {
        c.check(&rules::COVER_DATE_NOTICE, *date >= notice, Field::Date, || {
            format!(
                "成文日期（{}）早于所落实的上级通知的日期（{}）：方案不能在通知之前制定，请核对成文日期或通知日期",
                date.chinese(),
                notice.chinese()
            )
        });
    }
    // A plan issued by a notice is filed once issued: the notice's date counts.
    let filed = match cover.issuing_notice().and_then(|n| n.parsed_date()) {
        Some(issued) => Some((issued, Field::IssuingDate, "印发日期")),
        None => date.as_ref().ok().map(|d| (*d, Field::Date, "成文日期")),
    };
    if let (Some((filed, field, label)), Some(deadline)) = (filed, cover.notice.deadline()) {
        c.check(&rules::COVER_DEADLINE, filed <= deadline, field, || {
            format!("{label}（{}）晚于备案截止日期（{}），请确认能否按期报备", filed.chinese(), deadline.chinese())
        });
    }
    let number = cover.letter.doc_number.trim();
    if !number.is_empty() {
        let parsed = DocNumber::parse(number);
        c.check(&rules::COVER_DOC_NUMBER, parsed.is_ok(), Field::DocNumber, || match &parsed {
            Err(e) => e.message().to_string(),
            Ok(_) => unreachable!(),
        });
        if let (Ok(n), Ok(d)) = (&parsed, &date) {
            c.check(&rules::COVER_DOC_NUMBER_YEAR, n.year as i32 == d.year(), Field::DocNumber, || {
                format!("发文字号的年份（{}）与成文日期的年份（{}）不一致，请核对", n.year, d.year())
            });
        }
    }
}

/// The issuing notice, when the plan is issued by one: 文号 (required, well formed), 主送, a
/// valid date not before the plan's, no placeholders in what the clerk wrote.
fn check_issuing(c: &mut Checker, plan: &Plan) {
    let Some(notice) = plan.cover.issuing_notice() else { return };
    let number = DocNumber::parse(&notice.number);
    c.check(&rules::ISSUING_DOC_NUMBER, number.is_ok(), Field::IssuingNumber, || match &number {
        Err(_) if !has_content(&notice.number) => {
            "请填写印发通知的发文字号，例如：粤卫办函〔2018〕447号；不以通知印发的，请取消勾选“以印发通知印发”".into()
        }
        Err(e) => format!("印发通知的发文字号：{}", e.message()),
        Ok(_) => unreachable!(),
    });
    c.check(&rules::ISSUING_ADDRESSEE, has_content(&notice.addressees), Field::IssuingAddressees, || {
        "请填写印发通知的主送机关，例如：各地级以上市卫生计生局（委），委机关各处室，委直属各单位".into()
    });
    c.placeholders(&notice.addressees, Field::IssuingAddressees, || "印发通知的主送机关".into(), false);
    if let Some(body) = &notice.body {
        c.placeholders(body, Field::IssuingBody, || "印发通知的正文".into(), false);
    }
    let date = Date::parse(&notice.date);
    c.check(&rules::ISSUING_DATE, date.is_ok(), Field::IssuingDate, || match &date {
        Err(_) if !has_content(&notice.date) => "请填写印发通知的日期（落款日期）".into(),
        Err(e) => format!("印发通知的日期：{}", e.message()),
        Ok(_) => unreachable!(),
    });
    if let (Ok(issued), Some(written)) = (&date, plan.cover.plan_date()) {
        c.check(&rules::ISSUING_DATE, *issued >= written, Field::IssuingDate, || {
            format!(
                "印发通知的日期（{}）早于方案的成文日期（{}）：方案须先成文再印发，请核对两个日期",
                issued.chinese(),
                written.chinese()
            )
        });
    }
}

/// An item that publishes personal information to everyone (S2-ITEM-PRIVACY): applicable to
/// every item open to 全社会 whose name or content mentions what identifies a person.
fn check_privacy(c: &mut Checker, area: Area, index: usize, item: &Item) {
    if item.audience.scope != AudienceScope::Public {
        return;
    }
    let found = patterns::personal_information(&item.name).or_else(|| patterns::personal_information(&item.content));
    let at = Field::Item { area, id: item.id, field: ItemField::Audience };
    c.check(&rules::ITEM_PRIVACY, found.is_none(), at, || {
        format!(
            "{}写到了“{}”，却向全社会公开：个人信息只能向特定群体公开（如“本村（居）群众”“申请人本人”），\
             或写明不公开的部分（如“不公开身份证号码、家庭住址”）",
            item_name(item, index),
            found.unwrap_or_default()
        )
    });
}

fn check_texts(c: &mut Checker, plan: &Plan) {
    for part in TextPart::ALL {
        let text = part.get(plan);
        let field = Field::Text(part);
        if !plan.is_optional(part) {
            c.check(&rules::TEXT_REQUIRED, has_content(text), field, || format!("请填写“{}”", part.title()));
        }
        if has_content(text) {
            let n = content_len(text);
            c.check(&rules::TEXT_SHORT, n >= 30, field, || {
                format!("“{}”只有 {n} 个字，过于简略，请写明具体做法", part.title())
            });
        }
        c.placeholders(text, field, || format!("“{}”", part.title()), true);
    }
    let preamble = &plan.preamble;
    if has_content(preamble) {
        c.check(
            &rules::PREAMBLE_CITATION,
            patterns::cites_national_opinion(preamble),
            Field::Text(TextPart::Preamble),
            || {
                "前言应写明依据国办发〔2018〕10号（《国务院办公厅关于推进社会公益事业建设领域政府信息公开的意见》）"
                    .into()
            },
        );
    }
    let complaints = &plan.safeguards.complaints;
    if has_content(complaints) {
        c.check(
            &rules::COMPLAINT_CHANNEL,
            patterns::names_complaint_channel(complaints),
            Field::Text(TextPart::Complaints),
            || {
                "请写明至少一个具体的投诉举报渠道：电话（如12345热线）、电子邮箱、网址，或信箱、公众号、热线的名称"
                    .into()
            },
        );
    }
}

fn item_missing_message(item: &Item, index: usize, field: ItemField) -> String {
    let name = item_name(item, index);
    match field {
        ItemField::Name => format!("请填写第 {} 个事项的事项名称", index + 1),
        ItemField::Categories => format!("请为{name}选择至少一个信息类别"),
        ItemField::Channels => format!("请为{name}选择至少一种公开渠道"),
        ItemField::Audience => format!("请写明{name}向哪个特定群体公开"),
        ItemField::Leads => format!("请为{name}填写至少一个牵头单位"),
        f => format!("请填写{name}的{}", f.label()),
    }
}

/// The checks of one item's fields: required ones filled, no placeholders, a named basis, and not
/// left as the catalogue's wording; then its privacy check, counted apart (see [`ItemChecks`]).
fn item_checks(area: Area, index: usize, item: &Item) -> ItemChecks {
    let mut c = Checker { report: Report::default() };
    for field in ItemField::ALL {
        let at = Field::Item { area, id: item.id, field };
        if field.spec().required {
            c.check(&rules::ITEM_FIELDS, item.is_filled(field), at, || item_missing_message(item, index, field));
        }
        if let Some(text) = field.free_text(item) {
            c.placeholders(text, at, || format!("{}的{}", item_name(item, index), field.label()), false);
        }
    }
    if has_content(&item.basis) {
        c.check(
            &rules::ITEM_BASIS,
            patterns::names_document(&item.basis),
            Field::Item { area, id: item.id, field: ItemField::Basis },
            || {
                format!(
                    "{}的公开依据“{}”没有写明具体的法律法规或文件，请写出名称（如《中华人民共和国政府信息公开条例》）或文号",
                    item_name(item, index),
                    cut(item.basis.trim(), 20)
                )
            },
        );
    }
    if let Some(s) = item.suggestion.as_deref().and_then(suggestion) {
        c.check(
            &rules::ITEM_UNADAPTED,
            !s.is_unchanged(item),
            Field::Item { area, id: item.id, field: ItemField::Name },
            || format!("{}仍是参考目录的原文，请按本单位实际修改公开内容、时限等", item_name(item, index)),
        );
    }
    let fields = std::mem::take(&mut c.report);
    check_privacy(&mut c, area, index, item);
    ItemChecks { fields, privacy: c.report }
}

fn check_areas<'a>(c: &mut Checker, plan: &Plan, items: &ItemsChecked<'a>) {
    c.check(&rules::AREA_NONE, plan.selected_areas().next().is_some(), Field::Areas, || {
        "请至少选择一个本单位负责的重点领域".into()
    });
    let mut all_items = Vec::new();
    for (at, area) in selected(plan) {
        let a = area.area;
        c.check(&rules::AREA_EMPTY, !area.items.is_empty(), Field::AreaItems(a), || {
            format!("请为“{}”领域至少添加一个公开事项", a.label())
        });
        for (index, item) in area.items.iter().enumerate() {
            all_items.push(item);
            c.absorb(&items(at, index).fields);
        }
    }
    if all_items.len() >= 5 {
        let sole: Vec<Option<&str>> = all_items
            .iter()
            .map(|i| {
                let leads: Vec<&str> = i.units.named_leads().collect();
                (leads.len() == 1).then(|| leads[0])
            })
            .collect();
        let same = sole[0].filter(|first| sole.iter().all(|s| s == &Some(*first)));
        let first = all_items[0];
        let area = plan
            .selected_areas()
            .find(|a| a.items.iter().any(|i| i.id == first.id))
            .map(|a| a.area)
            .unwrap_or(Area::ALL[0]);
        c.check(&rules::SOLE_LEAD, same.is_none(), Field::Item { area, id: first.id, field: ItemField::Leads }, || {
            format!(
                "全部 {} 个公开事项都由“{}”单独牵头，请核对是否应明确其他牵头或配合单位",
                all_items.len(),
                same.unwrap_or_default()
            )
        });
    }
}

fn check_tasks(c: &mut Checker, plan: &Plan) {
    c.check(&rules::TASK_NONE, !plan.tasks.other_tasks.is_empty(), Field::OtherTasks, || {
        "还没有其他相关任务。模板建议的任务有：建设集约化政务服务平台、加强基层政务公开、推动有关公共企事业单位和慈善组织公开信息".into()
    });
    for (i, task) in plan.tasks.other_tasks.iter().enumerate() {
        let n = i + 1;
        let checks = [
            (TaskField::Title, has_content(&task.title), format!("请填写任务 {n} 的名称")),
            (TaskField::Text, has_content(&task.text), format!("请填写任务 {n} 的具体内容")),
            (TaskField::Leads, task.units.named_leads().next().is_some(), format!("请为任务 {n} 填写至少一个牵头单位")),
        ];
        for (field, ok, message) in checks {
            c.check(&rules::TASK_FIELDS, ok, Field::Task { id: task.id, field }, || message);
        }
        c.placeholders(
            &task.title,
            Field::Task { id: task.id, field: TaskField::Title },
            || format!("任务 {n} 的名称"),
            true,
        );
        c.placeholders(
            &task.text,
            Field::Task { id: task.id, field: TaskField::Text },
            || format!("任务 {n} 的内容"),
            true,
        );
    }
}

/// Categories covered by the plan-level block texts.
fn block_categories(plan: &Plan) -> Vec<InfoCategory> {
    let mut covered = Vec::new();
    if has_content(&plan.tasks.decision) {
        covered.push(InfoCategory::Decision);
    }
    if has_content(&plan.tasks.management_service) {
        covered.extend([InfoCategory::Management, InfoCategory::Service]);
    }
    if has_content(&plan.tasks.execution_result) {
        covered.extend([InfoCategory::Execution, InfoCategory::Result]);
    }
    covered
}

/// The area × 信息类别 coverage matrix: for each selected area, the number of items per category
/// (in [`InfoCategory::ALL`] order); and which categories the plan-level blocks cover.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Coverage {
    pub rows: Vec<(Area, [usize; 5])>,
    pub blocks: [bool; 5],
}

impl Coverage {
    pub fn of(plan: &Plan) -> Coverage {
        let rows = plan
            .selected_areas()
            .map(|a| {
                let mut counts = [0; 5];
                for item in &a.items {
                    for (i, cat) in InfoCategory::ALL.iter().enumerate() {
                        if item.categories.contains(cat) {
                            counts[i] += 1;
                        }
                    }
                }
                (a.area, counts)
            })
            .collect();
        let covered = block_categories(plan);
        Coverage { rows, blocks: InfoCategory::ALL.map(|c| covered.contains(&c)) }
    }

    /// Whether a category appears anywhere.
    pub fn covers(&self, index: usize) -> bool {
        self.blocks[index] || self.rows.iter().any(|(_, counts)| counts[index] > 0)
    }
}

fn check_coverage(c: &mut Checker, plan: &Plan) {
    let coverage = Coverage::of(plan);
    for (i, cat) in InfoCategory::ALL.iter().enumerate() {
        let field = match cat {
            InfoCategory::Decision => Field::Text(TextPart::Decision),
            InfoCategory::Management | InfoCategory::Service => Field::Text(TextPart::ManagementService),
            InfoCategory::Execution | InfoCategory::Result => Field::Text(TextPart::ExecutionResult),
        };
        c.check(&rules::CATEGORY_COVERAGE, coverage.covers(i), field, || {
            format!("方案中没有任何“{}”类信息：请在公开事项的信息类别中勾选，或在相应的公开要求中写明", cat.label())
        });
    }
}

#[cfg(test)]
mod tests;
