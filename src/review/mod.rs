//! The reviewing office's side (SPEC §5): open plans sent in — plan files, .docx files exported by
//! this app (embedded plan, hashes verified) and .docx plans written by hand (structural reader
//! and its checks, with the profile it chose) — and keep, per plan, the findings, a decision and
//! comments; write the review sheet (审核意见表) as .docx (GB/T 9704 layout) and CSV. Native code:
//! the browser (in a worker), and `plan check` share it.

pub mod ledger;
pub mod order;
pub mod reading;

use serde::{Deserialize, Serialize};

use crate::check::{self, Report, Severity};
use crate::export::embed::{self, EmbedError};
use crate::export::layout::{Block, GbDocument, Properties, Row, Table};
use crate::model::Plan;
use crate::planfile::{self, LoadError};
use crate::wordplan::{self, Package, Profile, ReadError, WordPlan, intake};

/// Where a reviewed plan came from.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Source {
    /// A plan file (.json).
    PlanFile,
    /// A .docx exported by this app; whether its embedded plan matches its hash, and whether
    /// the document text is still as exported.
    ExportedDocx { plan_intact: bool, text_unchanged: bool },
    /// A .docx written by hand: its structure was read and checked under this profile.
    Handwritten { profile: Profile },
}

impl Source {
    pub fn label(&self) -> &'static str {
        match self {
            Source::PlanFile => "方案文件",
            Source::ExportedDocx { plan_intact: true, text_unchanged: true } => "导出的Word文档",
            Source::ExportedDocx { .. } => "导出后被修改的Word文档",
            Source::Handwritten { profile: Profile::Template } => "Word文档（按省模板工作方案检查）",
            Source::Handwritten { profile: Profile::Implementation } => "Word文档（按国办发结构实施方案检查）",
        }
    }

    /// A warning the reviewer must see, if any.
    pub fn caution(&self) -> Option<&'static str> {
        match self {
            Source::ExportedDocx { plan_intact: false, .. } => {
                Some("文档中嵌入的方案数据与其校验值不符，数据可能被改动过，请要求报送单位重新导出。")
            }
            Source::ExportedDocx { text_unchanged: false, .. } => Some(
                "文档正文在导出后被修改过：以下检查结果依据导出时嵌入的方案数据，与现在的正文可能不一致，请核对正文。",
            ),
            Source::Handwritten { profile: Profile::Template } => Some(
                "这不是本程序导出的文档：已按文档结构检查（标题、各部分及其内容、重点领域、投诉渠道、落款、占位文字），识别为按省模板编写的工作方案，结构不符视为错误。公开事项的逐项字段无法从文字中核对，请人工审阅。",
            ),
            Source::Handwritten { profile: Profile::Implementation } => Some(
                "这不是本程序导出的文档：已按文档结构检查，识别为按国办发〔2018〕10号结构编写的实施方案，结构与模板不同只作提示，内容要求（重点领域、投诉渠道、落款、占位文字等）照常检查。公开事项的逐项字段无法从文字中核对，请人工审阅。",
            ),
            _ => None,
        }
    }
}

/// The reviewer's decision.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Decision {
    Approve,
    Return,
}

impl Decision {
    pub fn label(self) -> &'static str {
        match self {
            Decision::Approve => "通过",
            Decision::Return => "退回修改",
        }
    }
}

/// One file opened for review.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Reviewed {
    pub file_name: String,
    /// `Err` with a Chinese message when the file could not be read at all.
    pub outcome: Result<Opened, String>,
    pub decision: Option<Decision>,
    pub comment: String,
}

/// A file that could be read.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Opened {
    pub source: Source,
    pub unit: String,
    pub date: String,
    pub title: String,
    pub report: Report,
    /// The plan, when the file carried one (not for documents written by hand).
    pub plan: Option<Plan>,
    /// For a document written by hand: what the reader recognised, one line each.
    #[serde(default)]
    pub outline: Vec<String>,
}

impl Reviewed {
    pub fn report(&self) -> Option<&Report> {
        self.outcome.as_ref().ok().map(|o| &o.report)
    }

    /// How the reviewer's page names the file: its unit, else its file name.
    pub fn name(&self) -> &str {
        match &self.outcome {
            Ok(o) if !o.unit.is_empty() => &o.unit,
            _ => &self.file_name,
        }
    }

    /// The reviewer's decision and comment on this file.
    pub fn note(&self) -> session::NoteRef<'_> {
        (self.decision, &self.comment)
    }

    /// A file that could not be opened.
    pub fn failed(file_name: &str, message: String) -> Reviewed {
        Reviewed { file_name: file_name.to_string(), outcome: Err(message), decision: None, comment: String::new() }
    }
}

fn from_plan(plan: Plan, source: Source) -> Opened {
    let report = check::check(&plan);
    Opened {
        unit: plan.cover.unit.trim().to_string(),
        date: plan.cover.date_text(),
        title: plan.title(),
        report,
        plan: Some(plan),
        source,
        outline: Vec::new(),
    }
}

/// What the reader recognised in a hand-written plan, for the reviewer.
pub fn outline(plan: &WordPlan) -> Vec<String> {
    let para = |i: usize| plan.lines.get(i).map_or(0, |l| l.paragraph);
    let mut out = vec![format!("识别为：{}", plan.profile.label())];
    out.push(match &plan.title {
        Some(t) => format!("标题：{t}"),
        None => "标题：未找到".into(),
    });
    if let Some(number) = &plan.doc_number {
        out.push(format!("文号：{number}"));
    }
    for n in &plan.forwarding {
        out.push(format!(
            "转发通知：{}（第 {}–{} 段，不作为方案正文检查）",
            n.title,
            para(n.lines.start),
            para(n.lines.end.saturating_sub(1))
        ));
    }
    if let Some(n) = &plan.notice {
        out.push(format!(
            "印发通知：{}（第 {}–{} 段，不作为方案正文检查）",
            n.title,
            para(n.lines.start),
            para(n.lines.end.saturating_sub(1))
        ));
    }
    let preamble = plan.preamble.len();
    out.push(if preamble == 0 { "前言：无".into() } else { format!("前言：{preamble} 段") });
    for s in &plan.sections {
        let heading = &plan.lines[s.heading].text;
        let kind = s.kind.map_or("未归类".to_string(), |k| format!("“{}”", k.label(plan.profile)));
        let subs =
            if s.subsections.is_empty() { String::new() } else { format!("，{} 个小节", s.subsections.len()) };
        out.push(format!("{heading} → {kind}（第 {} 段{subs}）", para(s.heading)));
    }
    let sig = &plan.signature;
    let from = if sig.from_notice { "（取自印发通知的落款）" } else { "" };
    out.push(format!(
        "落款：{}；{}{from}",
        sig.unit.as_deref().map_or("单位未找到".to_string(), |u| format!("单位 {u}")),
        match sig.date {
            Some(d) => format!("成文日期 {}", d.chinese()),
            None if !sig.date_text.is_empty() => format!("成文日期 {}（缺日）", sig.date_text),
            None => "日期未找到".to_string(),
        }
    ));
    out
}

fn from_word(plan: WordPlan) -> Opened {
    Opened {
        source: Source::Handwritten { profile: plan.profile },
        unit: plan.signature.unit.clone().unwrap_or_default(),
        date: plan.signature.date.map(|d| d.chinese()).unwrap_or_default(),
        title: plan.title.clone().unwrap_or_default(),
        report: check::wordplan::check(&plan),
        outline: outline(&plan),
        plan: None,
    }
}

/// A .docx: the plan embedded by this app if there is one, else the document's structure.
fn open_docx(bytes: &[u8]) -> Result<Opened, ReadError> {
    let package = Package::open(bytes)?;
    match embed::embedded_in(&package.zip, &package.document) {
        Ok(read) => {
            return Ok(from_plan(
                read.loaded.plan,
                Source::ExportedDocx { plan_intact: read.plan_intact, text_unchanged: read.text_unchanged },
            ));
        }
        Err(EmbedError::NoPlan) => {}
        Err(_) => return Err(ReadError::Damaged),
    }
    Ok(from_word(wordplan::structure::analyse(&wordplan::paragraphs(&package)?)))
}

/// Opens one file: decides by content, not by name.
pub fn open(file_name: &str, bytes: &[u8]) -> Reviewed {
    let outcome = if let Err(e) = intake::check_size(bytes.len()) {
        Err(e.message())
    } else {
        match intake::sniff(bytes) {
            intake::Sniffed::Unknown => {
                planfile::load(bytes).map(|l| from_plan(l.plan, Source::PlanFile)).map_err(|e| match e {
                    LoadError::NotText | LoadError::Malformed { .. } | LoadError::NotAPlan => {
                        format!("{}（审核时可以打开工作方案文件 .json 或 Word 文档 .docx。）", e.message())
                    }
                    e => e.message(),
                })
            }
            _ => open_docx(bytes).map_err(|e| e.message()),
        }
    };
    Reviewed { file_name: file_name.to_string(), outcome, decision: None, comment: String::new() }
}

/// Columns of the review sheet as CSV.
pub const SHEET_HEADINGS: [&str; 10] =
    ["序号", "工作方案", "文件名", "报送单位", "成文日期", "来源", "完整度", "检查结论", "审核意见", "问题"];

/// Columns of the review sheet as .docx; under each row a note spanning the width gives the
/// file name, where it came from and the findings (the widest part of the row).
pub const SHEET_DOCX_HEADINGS: [&str; 6] = ["序号", "工作方案", "报送单位", "成文日期", "检查结论", "审核意见"];

/// One row of the sheet, before it is laid out.
struct SheetRow {
    number: String,
    /// The plan's title as read, else the file name.
    plan: String,
    file_name: String,
    unit: String,
    date: String,
    source: String,
    score: String,
    verdict: String,
    opinion: String,
    problems: String,
}

/// The words every plan's title has: left out of the sheet's 工作方案 column (the title stays
/// recognisable by what is left, and its cell stays short).
const COMMON_TITLE_WORDS: &str = "社会公益事业建设领域政府信息公开";

/// The plan's title in short (see [`COMMON_TITLE_WORDS`]), else the file name.
fn sheet_plan_name(title: &str, file_name: &str) -> String {
    let title = title.split_whitespace().collect::<String>();
    if title.is_empty() { file_name.to_string() } else { title.replacen(COMMON_TITLE_WORDS, "…", 1) }
}

fn sheet_rows(list: &[Reviewed]) -> Vec<SheetRow> {
    list.iter()
        .enumerate()
        .map(|(i, r)| {
            let opinion = match (r.decision, r.comment.trim()) {
                (Some(d), "") => d.label().to_string(),
                (Some(d), c) => format!("{}：{c}", d.label()),
                (None, "") => "未审核".to_string(),
                (None, c) => c.to_string(),
            };
            let number = (i + 1).to_string();
            let file_name = r.file_name.clone();
            match &r.outcome {
                Ok(o) => {
                    let errors: Vec<String> = o
                        .report
                        .findings
                        .iter()
                        .filter(|f| f.severity() == Severity::Error)
                        .map(|f| format!("{}（{}）", f.message, f.rule.id))
                        .collect();
                    SheetRow {
                        number,
                        plan: sheet_plan_name(&o.title, &r.file_name),
                        file_name,
                        unit: o.unit.clone(),
                        date: o.date.clone(),
                        source: o.source.label().to_string(),
                        score: format!("{}%", o.report.score()),
                        verdict: o.report.verdict().to_string(),
                        opinion,
                        problems: errors.join("；"),
                    }
                }
                Err(e) => SheetRow {
                    number,
                    plan: r.file_name.clone(),
                    file_name,
                    unit: String::new(),
                    date: String::new(),
                    source: "无法读取".into(),
                    score: "—".into(),
                    verdict: "—".into(),
                    opinion,
                    problems: e.clone(),
                },
            }
        })
        .collect()
}

/// The sheet's table: a row per plan (the unit's name on at most two lines), then a note with
/// the file, its source and the findings.
fn sheet_table(list: &[Reviewed]) -> Table {
    let rows = sheet_rows(list);
    let mut table_rows = Vec::new();
    for r in &rows {
        let verdict =
            if r.score == "—" { r.verdict.clone() } else { format!("{}（完整度{}）", r.verdict, r.score) };
        table_rows.push(Row::Cells(vec![
            r.number.clone(),
            r.plan.clone(),
            r.unit.clone(),
            r.date.clone(),
            verdict,
            r.opinion.clone(),
        ]));
        let problems = if r.problems.is_empty() { "无错误".to_string() } else { r.problems.clone() };
        table_rows.push(Row::Note(format!("文件：{}（{}）。问题：{problems}", r.file_name, r.source)));
    }
    // A name of up to 16 characters on two lines, at least 5 characters wide.
    let longest_unit = rows.iter().map(|r| r.unit.chars().count()).max().unwrap_or(0);
    let unit_chars = longest_unit.div_ceil(2).clamp(SHEET_UNIT_MIN_CHARS, SHEET_UNIT_MAX_CHARS);
    Table {
        headings: SHEET_DOCX_HEADINGS.map(String::from).to_vec(),
        rows: table_rows,
        min_chars: vec![2, 6, unit_chars, 4, 4, 4],
    }
}

/// Least and most width (characters) the sheet gives to the unit column (a name of up to
/// twice the most on two lines).
pub const SHEET_UNIT_MIN_CHARS: usize = 5;
pub const SHEET_UNIT_MAX_CHARS: usize = 8;

/// The review sheet as a .docx (GB/T 9704 layout).
pub fn review_sheet(list: &[Reviewed], office: &str, date: &str) -> Vec<u8> {
    let title = "社会公益事业建设领域政府信息公开工作方案审核意见表".to_string();
    let blocks = vec![
        Block::Title(crate::title::title_lines(&title)),
        Block::Text(format!(
            "共审核工作方案 {} 份。检查依据为工作方案模板和国办发〔2018〕10号，完整度按每一项检查计算（错误项计1分，提示项计½分）。",
            list.len()
        )),
        Block::Table(sheet_table(list)),
        Block::Blank,
        Block::Signature { unit: office.to_string(), date: date.to_string() },
    ];
    GbDocument::default().properties(Properties { title, creator: office.to_string() }).blocks(&blocks).finish()
}

/// The review sheet as CSV with a UTF-8 byte-order mark.
pub fn review_csv(list: &[Reviewed]) -> Vec<u8> {
    let mut rows = vec![SHEET_HEADINGS.map(String::from).to_vec()];
    rows.extend(sheet_rows(list).into_iter().map(|r| {
        vec![r.number, r.plan, r.file_name, r.unit, r.date, r.source, r.score, r.verdict, r.opinion, r.problems]
    }));
    crate::export::catalogue::csv(&rows)
}

pub mod session;

#[cfg(test)]
mod tests;
