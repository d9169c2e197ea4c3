//! The worker's jobs, as the page sends them (JSON) and reads the answers back.

use super::*;
use crate::catalogue::sample_plan;
use crate::review::reading::ImportReply;

fn job(job: &Job) -> String {
    serde_json::to_string(job).unwrap()
}

/// A made file: its name and type from the JSON, its bytes beside.
fn made(reply: Reply) -> (Made, Vec<u8>) {
    let made: Result<Made, String> = serde_json::from_str(&reply.json).unwrap();
    (made.unwrap(), reply.bytes.expect("a made file has bytes"))
}

#[test]
fn reading_jobs_answer_json_the_page_reads_back() {
    let docx = crate::export::plan_document(&sample_plan());
    let reviewed: Reviewed =
        serde_json::from_str(&run(&job(&Job::Review { name: "a.docx".into() }), &docx).json).unwrap();
    assert!(reviewed.report().unwrap().ready());
    let reply = run(&job(&Job::Import), &docx);
    assert_eq!(reply.bytes, None);
    let imported: Result<ImportReply, String> = serde_json::from_str(&reply.json).unwrap();
    let reply = imported.unwrap();
    assert_eq!(reply.plan, sample_plan(), "an exported document opens as the plan it carries");
    assert_eq!(reply.profile, None);

    let refused: Result<ImportReply, String> =
        serde_json::from_str(&run(&job(&Job::Import), b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1rest").json).unwrap();
    assert!(refused.unwrap_err().contains("另存为 .docx"));
    let json = crate::planfile::save(&sample_plan());
    let refused: Result<ImportReply, String> =
        serde_json::from_str(&run(&job(&Job::Import), json.as_bytes()).json).unwrap();
    assert!(refused.unwrap_err().contains("打开工作方案文件"));
}

#[test]
fn a_document_whose_embedded_plan_was_forged_is_not_opened() {
    let docx = crate::export::plan_document(&sample_plan());
    let forged = crate::export::tests::with_forged_plan(&docx);
    let imported: Result<ImportReply, String> = serde_json::from_str(&run(&job(&Job::Import), &forged).json).unwrap();
    assert!(imported.unwrap_err().contains("校验值不符"));
}

#[test]
fn export_jobs_make_the_same_files_as_the_exporter() {
    let plan = sample_plan();
    for output in [Output::Plan, Output::Letter, Output::Catalogue, Output::CatalogueCsv, Output::Portal] {
        for mark in [Mark::Final, Mark::Draft] {
            let (made, bytes) = made(run(&job(&Job::Export { plan: plan.clone(), output, mark }), &[]));
            let expected = output.download(&plan, mark);
            assert_eq!((made.name.as_str(), made.mime.as_str()), (expected.name.as_str(), expected.mime));
            assert_eq!(bytes, expected.bytes, "{output:?}");
        }
    }
    let (made, bytes) = made(run(&job(&Job::ProgressReport { plan: plan.clone(), year: 2018 }), &[]));
    assert!(made.name.ends_with(".docx") && made.name.contains("2018"), "{}", made.name);
    assert_eq!(bytes, crate::export::progress_report::progress_report(&plan, 2018));
}

#[test]
fn the_reviewing_office_files_are_made_in_the_worker() {
    let ledger = Ledger::default();
    let today = Date::parse("2018-10-20").unwrap();
    let office = "省政务公开办".to_string();
    let (made_summary, summary) =
        made(run(&job(&Job::LedgerSummary { ledger: ledger.clone(), office: office.clone(), today }), &[]));
    assert_eq!(made_summary.name, "报备情况汇总表.docx");
    assert_eq!(summary, ledger.summary_docx(&office, today));
    let (made_book, book) =
        made(run(&job(&Job::LedgerWorkbook { ledger: ledger.clone(), office: office.clone(), today }), &[]));
    assert_eq!((made_book.name.as_str(), made_book.mime.as_str()), ("报备台账.xlsx", XLSX_MIME));
    assert_eq!(book, ledger.workbook(&office, today));

    let docx = crate::export::plan_document(&sample_plan());
    let list = vec![crate::review::open("a.docx", &docx)];
    let (made_sheet, sheet) = made(run(
        &job(&Job::ReviewSheet { list: list.clone(), office: office.clone(), date: "2018年10月20日".into() }),
        &[],
    ));
    assert_eq!(made_sheet.name, "工作方案审核意见表.docx");
    assert_eq!(sheet, crate::review::review_sheet(&list, &office, "2018年10月20日"));
}

#[test]
fn a_job_the_worker_cannot_read_is_answered_with_an_error() {
    for bad in ["", "{", "{\"Export\":{}}", "\"Nothing\""] {
        let reply = run(bad, &[]);
        let answer: Result<Made, String> = serde_json::from_str(&reply.json).unwrap();
        assert!(answer.unwrap_err().contains("无法识别"), "{bad}");
        assert_eq!(reply.bytes, None);
    }
}
