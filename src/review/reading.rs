//! Making a draft from a .docx: the plan this app embedded in a document it exported, or the
//! plan read from a document written in Word. Done in the background worker
//! ([`crate::background`]).

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
        Ok(read) if !read.plan_intact => {
            return Err("文档中嵌入的方案数据与其校验值不符，数据可能被改动过，无法作为方案打开。".into());
        }
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
