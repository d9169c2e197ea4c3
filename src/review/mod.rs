//! The reviewing office's side (SPEC §5): open plans sent in — plan files, .docx files exported by
//! this app (embedded plan, hashes verified) and .docx plans written by hand (text check) — and
//! keep, per plan, the findings, a decision and comments; write the review sheet (审核意见表) as
//! .docx (GB/T 9704 layout) and CSV. Native code: the browser and `plan check` share it.

use crate::check::{self, Report, Severity, textcheck};
use crate::export::embed::{self, EmbedError, document_text};
use crate::export::layout::{Block, GbDocument, Properties, Table};
use crate::export::package::read_part;
use crate::model::Plan;
use crate::planfile::{self, LoadError};

/// Where a reviewed plan came from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Source {
    /// A plan file (.json).
    PlanFile,
    /// A .docx exported by this app; whether its embedded plan matches its hash, and whether
    /// the document text is still as exported.
    ExportedDocx { plan_intact: bool, text_unchanged: bool },
    /// A .docx written by hand: only its text could be checked.
    TextOnly,
}

impl Source {
    pub fn label(&self) -> &'static str {
        match self {
            Source::PlanFile => "方案文件",
            Source::ExportedDocx { plan_intact: true, text_unchanged: true } => "导出的Word文档",
            Source::ExportedDocx { .. } => "导出后被修改的Word文档",
            Source::TextOnly => "Word文档（文本检查）",
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
            Source::TextOnly => Some("这不是本程序导出的文档，只能检查其文字：标题结构、文件引用、重点领域、投诉渠道和日期。"),
            _ => None,
        }
    }
}

/// The reviewer's decision.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
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
#[derive(Clone, Debug, PartialEq)]
pub struct Reviewed {
    pub file_name: String,
    /// `Err` with a Chinese message when the file could not be read at all.
    pub outcome: Result<Opened, String>,
    pub decision: Option<Decision>,
    pub comment: String,
}

/// A file that could be read.
#[derive(Clone, Debug, PartialEq)]
pub struct Opened {
    pub source: Source,
    pub unit: String,
    pub date: String,
    pub title: String,
    pub report: Report,
    /// The plan, when the file carried one (not for text-only documents).
    pub plan: Option<Plan>,
}

impl Reviewed {
    pub fn report(&self) -> Option<&Report> {
        self.outcome.as_ref().ok().map(|o| &o.report)
    }
}

fn from_plan(plan: Plan, source: Source) -> Opened {
    let report = check::check(&plan);
    Opened {
        unit: plan.cover.unit.trim().to_string(),
        date: plan.cover.plan_date().map(|d| d.chinese()).unwrap_or_else(|| plan.cover.date.trim().to_string()),
        title: plan.title(),
        report,
        plan: Some(plan),
        source,
    }
}

/// First line that looks like a title, and the unit it names.
fn text_identity(text: &str) -> (String, String, String) {
    let lines: Vec<&str> = text.lines().map(str::trim).filter(|l| !l.is_empty()).collect();
    let title_end = lines.iter().position(|l| l.contains("方案")).unwrap_or(0);
    let title: String = lines.iter().take(title_end + 1).copied().collect();
    let unit = title.split("关于").next().filter(|u| u.chars().count() <= 30 && *u != title).unwrap_or("").to_string();
    let date = lines.iter().rev().find(|l| l.ends_with('日') && l.contains('年') && l.chars().count() <= 12).map(|s| s.to_string()).unwrap_or_default();
    (unit, date, title)
}

/// Opens one file: decides by content, not by name.
pub fn open(file_name: &str, bytes: &[u8]) -> Reviewed {
    let outcome = if bytes.starts_with(b"PK\x03\x04") {
        match embed::read_embedded(bytes) {
            Ok(read) => Ok(from_plan(
                read.loaded.plan,
                Source::ExportedDocx { plan_intact: read.plan_intact, text_unchanged: read.text_unchanged },
            )),
            Err(EmbedError::NoPlan) => match read_part(bytes, "word/document.xml") {
                Some(xml) => {
                    let text = document_text(&xml);
                    let (unit, date, title) = text_identity(&text);
                    Ok(Opened { source: Source::TextOnly, unit, date, title, report: textcheck::check_text(&text), plan: None })
                }
                None => Err(EmbedError::NotDocx.message()),
            },
            Err(e) => Err(e.message()),
        }
    } else {
        planfile::load(bytes).map(|l| from_plan(l.plan, Source::PlanFile)).map_err(|e| match e {
            LoadError::Binary { .. } | LoadError::NotText | LoadError::Malformed { .. } | LoadError::NotAPlan => {
                format!("{}（审核时可以打开工作方案文件 .json 或 Word 文档 .docx。）", e.message())
            }
            e => e.message(),
        })
    };
    Reviewed { file_name: file_name.to_string(), outcome, decision: None, comment: String::new() }
}

/// Columns of the review sheet.
pub const SHEET_HEADINGS: [&str; 8] = ["序号", "报送单位", "成文日期", "来源", "完整度", "检查结论", "审核意见", "问题"];

fn sheet_rows(list: &[Reviewed]) -> Vec<Vec<String>> {
    list.iter()
        .enumerate()
        .map(|(i, r)| {
            let (unit, date, source, score, verdict, problems) = match &r.outcome {
                Ok(o) => {
                    let errors: Vec<String> =
                        o.report.findings.iter().filter(|f| f.severity() == Severity::Error).map(|f| format!("{}（{}）", f.message, f.rule.id)).collect();
                    (
                        o.unit.clone(),
                        o.date.clone(),
                        o.source.label().to_string(),
                        format!("{}%", o.report.score()),
                        o.report.verdict().to_string(),
                        errors.join("；"),
                    )
                }
                Err(e) => (r.file_name.clone(), String::new(), "无法读取".into(), "—".into(), "—".into(), e.clone()),
            };
            let opinion = match (r.decision, r.comment.trim()) {
                (Some(d), "") => d.label().to_string(),
                (Some(d), c) => format!("{}：{c}", d.label()),
                (None, "") => "未审核".to_string(),
                (None, c) => c.to_string(),
            };
            vec![(i + 1).to_string(), unit, date, source, score, verdict, opinion, problems]
        })
        .collect()
}

/// The review sheet as a .docx (GB/T 9704 layout).
pub fn review_sheet(list: &[Reviewed], office: &str, date: &str) -> Vec<u8> {
    let title = "社会公益事业建设领域政府信息公开工作方案审核意见表".to_string();
    let blocks = vec![
        Block::Title(crate::title::title_lines(&title)),
        Block::Text(format!("共审核工作方案 {} 份。检查依据为工作方案模板和国办发〔2018〕10号，完整度按每一项检查计算（错误项计1分，提示项计½分）。", list.len())),
        Block::Table(Table::plain(SHEET_HEADINGS.map(String::from).to_vec(), sheet_rows(list))),
        Block::Blank,
        Block::Signature { unit: office.to_string(), date: date.to_string() },
    ];
    GbDocument::default().properties(Properties { title, creator: office.to_string() }).blocks(&blocks).finish()
}

/// The review sheet as CSV with a UTF-8 byte-order mark.
pub fn review_csv(list: &[Reviewed]) -> Vec<u8> {
    let mut rows = vec![SHEET_HEADINGS.map(String::from).to_vec()];
    rows.extend(sheet_rows(list));
    crate::export::catalogue::csv(&rows)
}

#[cfg(test)]
mod tests;
