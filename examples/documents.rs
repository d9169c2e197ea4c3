//! Writes every kind of document the app produces into one folder, for the checks of
//! `make test` (`tests/ooxml-check/validate.py` on each): the sample plan, its filing letter and
//! catalogue (.xlsx and CSV), the same plan issued by a notice, the layout specimen, a review
//! sheet, and the plan, letter and catalogue of a plan full of hostile text, of the large plan and
//! of an empty plan, the office's filing ledger (.docx summary and .xlsx) and each plan's 2018
//! progress report.
//!
//! ```text
//! cargo run --example documents -- OUT_DIR
//! ```

use std::path::Path;

use gongyi_plan::catalogue::sample::{SAMPLE_PLAN_FILE, issued_sample_plan, large_plan};
use gongyi_plan::catalogue::sample_plan;
use gongyi_plan::export::progress_report::progress_report;
use gongyi_plan::export::{catalogue_csv, catalogue_xlsx, filing_letter, layout, plan_document};
use gongyi_plan::model::{Area, Item, Plan};
use gongyi_plan::review;

/// Text that has broken exporters: markup, quotes, control and bidi characters, emoji, formula
/// starts, a very long run.
fn hostile_plan() -> Plan {
    let text = "<script>alert('x')</script> & \"引号\" \u{0}\u{1}\u{B}\u{1F}\u{FFFE}\u{FFFF} 😀 \u{202E}RTL\u{2066}\u{200B} ]]> =1+1 @SUM(A1)";
    let mut plan = sample_plan();
    plan.preamble = format!("{text}\n{}", "长".repeat(3000));
    plan.cover.unit = format!("单位{text}");
    plan.cover.letter.doc_number = "粤民函[2018]0x号".into();
    plan.cover.notice.number = text.into();
    plan.area_mut(Area::SocialAssistance).items.push(Item {
        id: 990,
        name: text.into(),
        content: text.repeat(20),
        ..Item::default()
    });
    plan.tasks.other_tasks[0].title = text.into();
    plan.tasks.other_tasks[0].deadline = text.into();
    let first = plan.tasks.areas[0].items.first().map_or(0, |i| i.id);
    let year = plan.progress_mut(2018);
    year.overall = text.into();
    year.item_mut(first).place = text.into();
    year.item_mut(first).reason = text.into();
    year.date = text.into();
    plan
}

fn write(dir: &Path, name: &str, bytes: &[u8]) {
    let path = dir.join(name);
    std::fs::write(&path, bytes).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    println!("{}", path.display());
}

fn main() {
    let dir = std::env::args().nth(1).unwrap_or_else(|| "out/documents".into());
    let dir = Path::new(&dir);
    std::fs::create_dir_all(dir).expect("output folder");
    for (name, plan) in [
        ("sample", sample_plan()),
        ("issued", issued_sample_plan()),
        ("hostile", hostile_plan()),
        ("large", large_plan()),
        ("empty", Plan::default()),
    ] {
        write(dir, &format!("{name}-plan.docx"), &plan_document(&plan));
        write(dir, &format!("{name}-letter.docx"), &filing_letter(&plan));
        write(dir, &format!("{name}-catalogue.xlsx"), &catalogue_xlsx(&plan));
        write(dir, &format!("{name}-catalogue.csv"), &catalogue_csv(&plan));
        write(dir, &format!("{name}-report.docx"), &progress_report(&plan, 2018));
    }
    write(dir, "specimen.docx", &layout::specimen());
    let reviewed = vec![
        review::open("样例方案.json", SAMPLE_PLAN_FILE.as_bytes()),
        review::open("导出的方案.docx", &plan_document(&sample_plan())),
        review::open("恶意文本.docx", &plan_document(&hostile_plan())),
        review::open("损坏.json", b"{\"format\": "),
    ];
    write(dir, "review-sheet.docx", &review::review_sheet(&reviewed, "省府办公厅", "2018年9月20日"));
    let mut ledger = review::ledger::Ledger::default();
    ledger.record_plan(1, review::ledger::Receipt { received: "2018-09-20".into(), ..Default::default() });
    let today = gongyi_plan::model::Date::new(2019, 3, 2).expect("a date");
    write(dir, "ledger.docx", &ledger.summary_docx("省府办公厅", today));
    write(dir, "ledger.xlsx", &ledger.workbook("省府办公厅", today));
}
