//! Plan files (`.json`): the complete plan with a format name and a schema version.
//!
//! Loading accepts every older version (migrated step by step, see [`migrate`]), ignores unknown
//! fields with a notice, defaults missing ones, and rejects anything else with a Chinese message
//! that says what is wrong. Browser drafts use the same format, so the same loader restores them.

mod migrate;
mod rescue;

use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::model::Plan;

/// Format name written into every plan file.
pub const FORMAT: &str = "gongyi-xxgk-plan";
/// Current schema version.
pub const VERSION: u64 = 2;
/// Largest plan file accepted.
pub const MAX_BYTES: usize = 5 * 1024 * 1024;

/// A plan read from a file, with what the user should be told about it.
#[derive(Clone, Debug, PartialEq)]
pub struct Loaded {
    pub plan: Plan,
    pub notices: Vec<LoadNotice>,
}

/// Something worth telling the user about a file that did load.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LoadNotice {
    /// The file was written by an older version and has been converted.
    Migrated { from: u64 },
    /// Fields this version does not know were ignored (their JSON paths).
    UnknownFields(Vec<String>),
    /// Anything else to tell (already in Chinese).
    Note(String),
}

impl LoadNotice {
    pub fn message(&self) -> String {
        match self {
            LoadNotice::Migrated { from } => {
                format!("此文件由旧版本（格式版本 {from}）保存，已自动转换为当前版本。保存后将以新版本格式存储。")
            }
            LoadNotice::UnknownFields(paths) => {
                let shown: Vec<&str> = paths.iter().take(5).map(String::as_str).collect();
                let more = if paths.len() > 5 { format!("等 {} 项", paths.len()) } else { String::new() };
                format!("文件中有本程序不认识的内容（{}{}），已忽略，其余内容已正常打开。", shown.join("、"), more)
            }
            LoadNotice::Note(text) => text.clone(),
        }
    }
}

/// Why a file could not be opened. The current draft is never touched when this is returned.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LoadError {
    Empty,
    TooLarge {
        bytes: usize,
    },
    /// A known binary format (picture, zip/Word, PDF) given as a plan file.
    Binary {
        kind: &'static str,
    },
    /// Not UTF-8 text.
    NotText,
    /// JSON ends early.
    Truncated,
    /// JSON syntax error.
    Malformed {
        line: usize,
        column: usize,
    },
    /// Valid JSON, but not a plan file.
    NotAPlan,
    /// Written by a newer version of the app.
    NewerVersion {
        version: u64,
    },
    /// A plan file whose content has the wrong shape (e.g. a number where text belongs).
    BadContent {
        detail: String,
    },
}

impl LoadError {
    /// A clear Chinese message saying what is wrong and what to do.
    pub fn message(&self) -> String {
        match self {
            LoadError::Empty => "文件是空的，没有任何内容。请选择保存过的工作方案文件（.json）。".into(),
            LoadError::TooLarge { bytes } => format!(
                "文件过大（{:.1} MB），工作方案文件不能超过 5 MB。请确认选择的是本程序保存的工作方案文件。",
                *bytes as f64 / 1024.0 / 1024.0
            ),
            LoadError::Binary { kind } => {
                format!("这是一个{kind}，不是工作方案文件。请选择本程序保存的工作方案文件（.json）。")
            }
            LoadError::NotText => {
                "文件不是文本文件，无法作为工作方案打开。请选择本程序保存的工作方案文件（.json）。".into()
            }
            LoadError::Truncated => "文件不完整，可能在保存或传输时被截断。请重新获取完整的文件后再打开。".into(),
            LoadError::Malformed { line, column } => {
                format!("文件内容已损坏，无法读取（第 {line} 行第 {column} 列格式错误）。请使用本程序保存的原始文件。")
            }
            LoadError::NotAPlan => "这不是本程序保存的工作方案文件。请选择工作方案文件（.json）。".into(),
            LoadError::NewerVersion { version } => format!(
                "此文件由更新版本的程序保存（格式版本 {version}，本程序支持到版本 {VERSION}），请升级本程序后再打开。"
            ),
            LoadError::BadContent { detail } => {
                format!("文件中的工作方案内容有误，无法读取（{detail}）。请使用本程序保存的原始文件。")
            }
        }
    }
}

#[derive(Serialize)]
struct FileOut<'a> {
    format: &'static str,
    version: u64,
    plan: &'a Plan,
}

/// The plan as a plan file (pretty-printed JSON, current version).
pub fn save(plan: &Plan) -> String {
    serde_json::to_string_pretty(&FileOut { format: FORMAT, version: VERSION, plan }).expect("a plan always serialises")
}

/// Reads a plan file.
pub fn load(bytes: &[u8]) -> Result<Loaded, LoadError> {
    if bytes.len() > MAX_BYTES {
        return Err(LoadError::TooLarge { bytes: bytes.len() });
    }
    if bytes.iter().all(|b| b.is_ascii_whitespace()) {
        return Err(LoadError::Empty);
    }
    if let Some(kind) = binary_kind(bytes) {
        return Err(LoadError::Binary { kind });
    }
    let text = std::str::from_utf8(bytes).map_err(|_| LoadError::NotText)?;
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    let value: Value = serde_json::from_str(text).map_err(|e| {
        if e.is_eof() { LoadError::Truncated } else { LoadError::Malformed { line: e.line(), column: e.column() } }
    })?;
    load_value(value)
}

/// Reads a plan file already parsed as JSON.
pub fn load_value(value: Value) -> Result<Loaded, LoadError> {
    let Value::Object(mut file) = value else {
        return Err(LoadError::NotAPlan);
    };
    if file.get("format").and_then(Value::as_str) != Some(FORMAT) {
        return Err(LoadError::NotAPlan);
    }
    let version = match file.get("version") {
        None => 0,
        Some(v) => v.as_u64().ok_or(LoadError::NotAPlan)?,
    };
    if version > VERSION {
        return Err(LoadError::NewerVersion { version });
    }
    let mut notices = Vec::new();
    if version < VERSION {
        notices.extend(migrate::to_current(&mut file, version)?);
    }

    let mut unknown: Vec<String> =
        file.keys().filter(|k| !matches!(k.as_str(), "format" | "version" | "plan" | "rescue")).cloned().collect();
    let plan_value = file.remove("plan").unwrap_or(Value::Object(Default::default()));
    if let Some(rescue) = file.get("rescue") {
        notices.push(rescue::notice(rescue, &plan_value));
    }
    let mut plan = Plan::deserialize(&plan_value).map_err(|e| LoadError::BadContent { detail: content_detail(&e) })?;
    // Whatever the file has that the plan, written back, does not, was not understood.
    let understood = serde_json::to_value(&plan).expect("a plan always serialises");
    unknown_fields(&plan_value, &understood, "plan", &mut unknown);
    plan.normalise();
    if !unknown.is_empty() {
        notices.push(LoadNotice::UnknownFields(unknown));
    }
    Ok(Loaded { plan, notices })
}

/// Paths of the keys in `input` that `understood` (the same data read and written back) lacks.
fn unknown_fields(input: &Value, understood: &Value, path: &str, out: &mut Vec<String>) {
    match (input, understood) {
        (Value::Object(a), Value::Object(b)) => {
            for (key, value) in a {
                let here = format!("{path}.{key}");
                // An empty value carries nothing to lose (and fields written only when they
                // hold something are absent from the written-back plan when empty).
                let empty = matches!(value, Value::Null)
                    || value.as_array().is_some_and(Vec::is_empty)
                    || value.as_object().is_some_and(|o| o.is_empty());
                match b.get(key) {
                    None if empty => {}
                    None => out.push(here),
                    Some(known) => unknown_fields(value, known, &here, out),
                }
            }
        }
        (Value::Array(a), Value::Array(b)) => {
            for (i, (x, y)) in a.iter().zip(b).enumerate() {
                unknown_fields(x, y, &format!("{path}.{i}"), out);
            }
        }
        _ => {}
    }
}

/// A short Chinese description of a content error (serde's message, with its English kept
/// only for the value it names).
fn content_detail(e: &serde_json::Error) -> String {
    let m = e.to_string();
    if m.starts_with("invalid type") {
        format!("数据类型不符：{m}")
    } else if m.starts_with("unknown variant") {
        format!("有无法识别的选项：{m}")
    } else {
        m
    }
}

/// Recognises common binary files by their first bytes.
fn binary_kind(bytes: &[u8]) -> Option<&'static str> {
    const KINDS: [(&[u8], &str); 6] = [
        (b"PK\x03\x04", "压缩文件或 Word 文档（.zip/.docx）"),
        (b"\x89PNG", "图片文件（PNG）"),
        (b"\xFF\xD8\xFF", "图片文件（JPEG）"),
        (b"GIF8", "图片文件（GIF）"),
        (b"%PDF", "PDF 文件"),
        (b"\xD0\xCF\x11\xE0", "旧版 Office 文档（.doc/.xls）"),
    ];
    KINDS.iter().find(|(magic, _)| bytes.starts_with(magic)).map(|(_, kind)| *kind)
}

#[cfg(test)]
mod tests;
