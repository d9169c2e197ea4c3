//! What the app's background worker does (a second WebAssembly module in a Web Worker, loaded on
//! first use): everything that reads or writes documents. The page sends a [`Job`] (as JSON)
//! and, for jobs that read a file, the file's bytes; the worker answers with a [`Reply`]. So the
//! page's own module links none of docx-rs, the zip code or the Word reader, and the page answers
//! clicks while the worker works. Native code, tested natively; `src/bin/worker.rs` only carries
//! the messages and `ui/worker.rs` is the page's side.

use serde::{Deserialize, Serialize};

use crate::export::downloads::{DOCX_MIME, Mark, Output, XLSX_MIME};
use crate::model::{Date, Plan};
use crate::review::ledger::Ledger;
use crate::review::{Reviewed, reading};

/// One request to the worker.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Job {
    /// Read and check a received file (the bytes) for review: the answer is a [`Reviewed`].
    Review { name: String },
    /// Make a draft from a .docx (the bytes): a plan this app embedded in it, or the plan read
    /// from its text. The answer is a `Result<ImportReply, String>`.
    Import,
    /// One of the files made from a plan (not the plan file, which the page writes itself).
    Export { plan: Plan, output: Output, mark: Mark },
    /// The year's progress report (进展情况报告) as a .docx.
    ProgressReport { plan: Plan, year: i32 },
    /// The reviewing office's ledger summary (报备情况汇总表) as a .docx.
    LedgerSummary { ledger: Ledger, office: String, today: Date },
    /// The ledger as an .xlsx workbook.
    LedgerWorkbook { ledger: Ledger, office: String, today: Date },
    /// The review sheet (审核意见表) of the files reviewed, as a .docx.
    ReviewSheet { list: Vec<Reviewed>, office: String, date: String },
}

/// A file the worker made: its name and type (the bytes travel beside the JSON).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Made {
    pub name: String,
    pub mime: String,
}

/// The worker's answer: JSON for the page (a read result, or a `Result<Made, String>`), and the
/// bytes of a file made.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Reply {
    pub json: String,
    pub bytes: Option<Vec<u8>>,
}

impl Reply {
    fn json<T: Serialize>(value: &T) -> Reply {
        let json = serde_json::to_string(value).unwrap_or_else(|e| {
            serde_json::to_string(&Err::<(), String>(format!("内部错误：{e}"))).unwrap_or_default()
        });
        Reply { json, bytes: None }
    }

    fn made(name: String, mime: &str, bytes: Vec<u8>) -> Reply {
        Reply { bytes: Some(bytes), ..Reply::json(&Ok::<Made, String>(Made { name, mime: mime.to_string() })) }
    }
}

/// Does one job. `job` is the JSON of a [`Job`]; `bytes` the file it reads, if any. Never
/// panics on what the page sends: a job that cannot be read is answered with an error.
pub fn run(job: &str, bytes: &[u8]) -> Reply {
    let Ok(job) = serde_json::from_str::<Job>(job) else {
        return Reply::json(&Err::<Made, String>("后台程序收到的请求无法识别，请刷新页面后重试。".into()));
    };
    match job {
        Job::Review { name } => Reply::json(&crate::review::open(&name, bytes)),
        Job::Import => Reply::json(&reading::import(bytes)),
        Job::Export { plan, output, mark } => {
            let download = output.download(&plan, mark);
            Reply::made(download.name, download.mime, download.bytes)
        }
        Job::ProgressReport { plan, year } => {
            let name = format!("{}.docx", crate::export::progress_report::report_title(&plan, year));
            Reply::made(name, DOCX_MIME, crate::export::progress_report::progress_report(&plan, year))
        }
        Job::LedgerSummary { ledger, office, today } => {
            Reply::made("报备情况汇总表.docx".into(), DOCX_MIME, ledger.summary_docx(&office, today))
        }
        Job::LedgerWorkbook { ledger, office, today } => {
            Reply::made("报备台账.xlsx".into(), XLSX_MIME, ledger.workbook(&office, today))
        }
        Job::ReviewSheet { list, office, date } => {
            Reply::made("工作方案审核意见表.docx".into(), DOCX_MIME, crate::review::review_sheet(&list, &office, &date))
        }
    }
}

#[cfg(test)]
mod tests;
