//! What the background reader does (a Web Worker in the browser, so that the page answers
//! clicks while many files are read): one request in — what to do, a file name, the bytes —
//! one JSON answer out. Native code, tested natively; `src/bin/reader.rs` only carries the
//! messages.

use serde::{Deserialize, Serialize};

use crate::export::embed::{self, EmbedError};
use crate::model::Plan;
use crate::wordplan::import::{self, Summary};
use crate::wordplan::{self, Package, Profile, ReadError, intake};

/// A draft made from a Word document.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ImportReply {
    pub plan: Plan,
    pub summary: Summary,
    /// The profile the document was read under; `None` for a document exported by this app
    /// (its embedded plan was opened as it is).
    pub profile: Option<Profile>,
    /// Things to tell the user (already in Chinese).
    pub notices: Vec<String>,
}

/// Makes a draft from a .docx: the plan this app embedded in it, or the plan read from its
/// structure.
pub fn import(bytes: &[u8]) -> Result<ImportReply, String> {
    intake::check_size(bytes.len()).map_err(|e| e.message())?;
    if intake::sniff(bytes) == intake::Sniffed::Unknown && crate::planfile::load(bytes).is_ok() {
        return Err("这是工作方案文件（.json），请用“打开工作方案文件”打开。".into());
    }
    let package = Package::open(bytes).map_err(|e| e.message())?;
    match embed::embedded_in(&package.zip, &package.document) {
        Ok(read) => {
            let mut notices: Vec<String> = read.loaded.notices.iter().map(|n| n.message()).collect();
            if !read.text_unchanged {
                notices.push(
                    "这个 Word 文档在导出后被修改过。打开的是导出时嵌入的方案数据，Word 中所做的修改不在其中。".into(),
                );
            }
            let summary = Summary {
                placed: vec![("本程序导出的 Word 文档中保存的方案数据".into(), "整份方案（原样打开）".into())],
                unplaced: Vec::new(),
            };
            return Ok(ImportReply { plan: read.loaded.plan, summary, profile: None, notices });
        }
        Err(EmbedError::NoPlan) => {}
        Err(_) => return Err(ReadError::Damaged.message()),
    }
    let paragraphs = wordplan::paragraphs(&package).map_err(|e| e.message())?;
    let word = wordplan::structure::analyse(&paragraphs);
    let imported = import::import(&word);
    Ok(ImportReply { plan: imported.plan, summary: imported.summary, profile: Some(word.profile), notices: Vec::new() })
}

/// The answer to one request, as JSON: `review` gives a [`super::Reviewed`], `import` a
/// `Result<ImportReply, String>`.
pub fn answer(kind: &str, name: &str, bytes: &[u8]) -> String {
    let json = match kind {
        "review" => serde_json::to_string(&super::open(name, bytes)),
        _ => serde_json::to_string(&import(bytes)),
    };
    json.unwrap_or_else(|e| serde_json::to_string(&Err::<(), String>(format!("内部错误：{e}"))).unwrap_or_default())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalogue::sample_plan;

    #[test]
    fn answers_are_json_the_page_reads_back() {
        let docx = crate::export::plan_document(&sample_plan());
        let reviewed: super::super::Reviewed = serde_json::from_str(&answer("review", "a.docx", &docx)).unwrap();
        assert!(reviewed.report().unwrap().ready());
        let imported: Result<ImportReply, String> = serde_json::from_str(&answer("import", "a.docx", &docx)).unwrap();
        let reply = imported.unwrap();
        assert_eq!(reply.plan, sample_plan(), "an exported document opens as the plan it carries");
        assert_eq!(reply.profile, None);
        let refused: Result<ImportReply, String> =
            serde_json::from_str(&answer("import", "a.doc", b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1rest")).unwrap();
        assert!(refused.unwrap_err().contains("另存为 .docx"));
        let json = crate::planfile::save(&sample_plan());
        let refused: Result<ImportReply, String> =
            serde_json::from_str(&answer("import", "a.json", json.as_bytes())).unwrap();
        assert!(refused.unwrap_err().contains("打开工作方案文件"));
    }
}
