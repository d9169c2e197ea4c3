//! The command-line tool, run as a user would: export and check.

use std::process::Command;

fn plan(args: &[&str]) -> (i32, String, String) {
    let out =
        Command::new(env!("CARGO_BIN_EXE_plan")).args(args).current_dir(env!("CARGO_MANIFEST_DIR")).output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn export_writes_the_plan_letter_and_catalogue() {
    let dir = std::env::temp_dir().join(format!("plan-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let docx = dir.join("plan.docx");
    let letter = dir.join("letter.docx");
    let csv = dir.join("catalogue.csv");
    let (code, stdout, stderr) = plan(&[
        "export",
        "tests/fixtures/sample-plan.json",
        "-o",
        docx.to_str().unwrap(),
        "--letter",
        letter.to_str().unwrap(),
        "--catalogue",
        csv.to_str().unwrap(),
    ]);
    assert_eq!(code, 0, "{stderr}");
    assert!(stdout.contains("已写入"));
    for f in [&docx, &letter, &csv] {
        assert!(std::fs::metadata(f).unwrap().len() > 1000, "{}", f.display());
    }
    // The exported document checks like the plan it came from.
    let (code, stdout, _) = plan(&["check", docx.to_str().unwrap()]);
    assert_eq!(code, 0);
    assert!(stdout.contains("导出的Word文档，广东省民政厅，完整度 100%，可以报备"), "{stdout}");
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn publish_writes_the_portal_page() {
    let dir = std::env::temp_dir().join(format!("plan-cli-publish-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let html = dir.join("plan.html");
    let (code, stdout, stderr) = plan(&["publish", "tests/fixtures/sample-plan.json", "-o", html.to_str().unwrap()]);
    assert_eq!(code, 0, "{stderr}");
    assert!(stdout.contains("已写入"));
    let page = std::fs::read_to_string(&html).unwrap();
    assert!(page.starts_with("<!DOCTYPE html>"));
    assert!(page.contains("<title>广东省民政厅关于推进社会公益事业建设领域政府信息公开的工作方案</title>"));
    assert!(page.contains("主动公开目录清单</h2>"));
    let (code, _, stderr) = plan(&["publish", "missing.json"]);
    assert_eq!(code, 2, "{stderr}");
    assert!(stderr.contains("无法读取 missing.json"));
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn report_writes_the_yearly_report_and_its_findings() {
    let dir = std::env::temp_dir().join(format!("plan-cli-report-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let docx = dir.join("report.docx");
    let (code, stdout, stderr) =
        plan(&["report", "tests/fixtures/sample-plan.json", "--year", "2018", "-o", docx.to_str().unwrap()]);
    assert_eq!(code, 0, "{stdout}{stderr}");
    assert!(std::fs::metadata(&docx).unwrap().len() > 1000);
    assert!(stdout.contains("推进社会公益事业建设领域政府信息公开。按照《广东省民政厅关于"), "{stdout}");
    assert!(stdout.contains("已按要求公开12项、部分公开1项、尚未公开1项"), "{stdout}");
    // No progress recorded for 2019: the report's findings say what is missing.
    let (code, stdout, stderr) =
        plan(&["report", "tests/fixtures/sample-plan.json", "--year", "2019", "-o", docx.to_str().unwrap()]);
    assert_eq!(code, 1, "{stderr}");
    assert!(stdout.contains("错误 PROGRESS-STATUS"), "{stdout}");
    assert!(stdout.contains("错误 PROGRESS-REPORT 请填写报告的“总体情况”"), "{stdout}");
    let (code, _, stderr) = plan(&["report", "tests/fixtures/sample-plan.json"]);
    assert_eq!(code, 2);
    assert!(stderr.contains("--year"));
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn check_prints_findings_and_fails_on_errors() {
    let (code, stdout, _) = plan(&["check", "tests/fixtures/sample-plan.json", "tests/fixtures/plan-incomplete.json"]);
    assert_eq!(code, 1);
    assert!(stdout.contains("sample-plan.json：方案文件，广东省民政厅，完整度 100%，可以报备"));
    assert!(stdout.contains("plan-incomplete.json：方案文件，清远市教育局，完整度 75%，尚不能报备"));
    assert!(stdout.contains("错误 S2-ITEM-FIELDS 重点领域：教育：请填写事项“受助学生名单公示”的公开时限"));
    let (code, stdout, _) = plan(&["check", "Cargo.toml"]);
    assert_eq!(code, 1);
    assert!(stdout.contains("无法打开"));
}

#[test]
fn usage_errors_explain_themselves() {
    let (code, _, stderr) = plan(&[]);
    assert_eq!(code, 2);
    assert!(stderr.contains("用法"));
    let (code, _, stderr) = plan(&["export", "missing.json"]);
    assert_eq!(code, 2);
    assert!(stderr.contains("无法读取 missing.json"));
}

#[test]
fn catalogue_format_follows_the_extension_and_check_writes_a_review_sheet() {
    let dir = std::env::temp_dir().join(format!("plan-cli-sheet-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let (xlsx, csv, sheet) = (dir.join("目录.xlsx"), dir.join("目录.csv"), dir.join("审核意见表.docx"));
    for catalogue in [&xlsx, &csv] {
        let (code, _, stderr) = plan(&[
            "export",
            "tests/fixtures/sample-plan.json",
            "-o",
            dir.join("p.docx").to_str().unwrap(),
            "--catalogue",
            catalogue.to_str().unwrap(),
        ]);
        assert_eq!(code, 0, "{stderr}");
    }
    assert!(std::fs::read(&xlsx).unwrap().starts_with(b"PK\x03\x04"), "a zip package");
    assert!(std::fs::read(&csv).unwrap().starts_with("\u{FEFF}".as_bytes()), "CSV with a byte-order mark");
    let (code, stdout, _) = plan(&[
        "check",
        "tests/fixtures/sample-plan.json",
        "--sheet",
        sheet.to_str().unwrap(),
        "--office",
        "省府办公厅",
        "--date",
        "2018-09-20",
        "tests/fixtures/plan-incomplete.json",
    ]);
    assert_eq!(code, 1, "the incomplete plan has errors: {stdout}");
    assert!(
        stdout.contains("plan-incomplete.json：方案文件"),
        "both files checked, the options not taken as files: {stdout}"
    );
    let docx = std::fs::read(&sheet).unwrap();
    let text = gongyi_plan::export::embed::document_text(
        &gongyi_plan::export::package::read_part(&docx, "word/document.xml").unwrap(),
    );
    assert!(
        text.contains("广东省民政厅")
            && text.contains("清远市教育局")
            && text.contains("2018年9月20日")
            && text.contains("省府办公厅"),
        "{text}"
    );
    std::fs::remove_dir_all(&dir).unwrap();
}
