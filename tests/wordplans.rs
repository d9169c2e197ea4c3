//! The corpus of plans written by hand (tests/corpus): every document gets its expected verdict,
//! profile and 落款 unit from the review module and its expected exit code from `plan check`;
//! files that are not Word plans are refused with their message. The files are written to
//! out/corpus/ for the browser tests (`make test` runs the native tests first), with
//! `expected.json` and a mixed set of 40 files for the responsiveness test.

mod corpus;

use std::path::PathBuf;
use std::process::Command;

use gongyi_plan::review::{self, Source};
use gongyi_plan::wordplan::Profile;

fn out_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("out/corpus")
}

#[test]
fn every_corpus_document_gets_its_expected_verdict() {
    let cases = corpus::cases();
    assert!(cases.len() >= 30, "{} documents", cases.len());
    let mut failures = Vec::new();
    for case in &cases {
        let r = review::open(&case.file, &case.docx);
        let o = match &r.outcome {
            Ok(o) => o,
            Err(e) => {
                failures.push(format!("{}: refused: {e}", case.file));
                continue;
            }
        };
        let errors: Vec<&str> = o.report.errors().map(|f| f.rule.id).collect();
        let profile = if case.implementation { Profile::Implementation } else { Profile::Template };
        if o.report.ready() != case.ready {
            failures.push(format!("{}: expected {}, got {}: {:#?}", case.file, if case.ready { "可以报备" } else { "尚不能报备" }, o.report.verdict(), o.report.findings));
        }
        for id in &case.errors {
            if !errors.contains(id) {
                failures.push(format!("{}: expected error {id}, got {errors:?}", case.file));
            }
        }
        if o.source != (Source::Handwritten { profile }) {
            failures.push(format!("{}: expected profile {profile:?}, got {:?}", case.file, o.source));
        }
        if o.unit != case.unit {
            failures.push(format!("{}: expected unit “{}”, got “{}”", case.file, case.unit, o.unit));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

#[test]
fn files_that_are_not_word_plans_are_refused_with_their_message() {
    for (name, bytes, words) in corpus::refused() {
        let message = review::open(name, &bytes).outcome.expect_err(name);
        assert!(message.contains(words), "{name}: {message}");
    }
}

/// Writes the corpus for the browser tests and runs `plan check` on every document.
#[test]
fn the_command_line_gives_every_document_its_exit_code() {
    let dir = out_dir();
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("mixed")).unwrap();
    let cases = corpus::cases();
    let mut expected = Vec::new();
    for case in &cases {
        let path = dir.join(&case.file);
        std::fs::write(&path, &case.docx).unwrap();
        let out = Command::new(env!("CARGO_BIN_EXE_plan")).arg("check").arg(&path).output().unwrap();
        let stdout = String::from_utf8_lossy(&out.stdout);
        assert_eq!(out.status.code(), Some(if case.ready { 0 } else { 1 }), "{}: {stdout}", case.file);
        let shown = if case.implementation { "按国办发结构实施方案检查" } else { "按省模板工作方案检查" };
        assert!(stdout.contains(shown), "{}: the profile is shown: {stdout}", case.file);
        expected.push(serde_json::json!({ "file": case.file, "ready": case.ready, "unit": case.unit, "implementation": case.implementation }));
    }
    std::fs::write(dir.join("expected.json"), serde_json::to_string_pretty(&expected).unwrap()).unwrap();

    // 40 mixed files for the review page: corpus documents, plan files, refused files and a
    // long document that takes a while to read.
    let mut mixed: Vec<(String, Vec<u8>)> = cases.iter().take(28).map(|c| (c.file.clone(), c.docx.clone())).collect();
    for f in ["sample-plan.json", "plan-incomplete.json", "plan-v0.json"] {
        mixed.push((f.to_string(), std::fs::read(PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(f)).unwrap()));
    }
    mixed.extend(corpus::refused().into_iter().map(|(n, b, _)| (n.to_string(), b)));
    for n in 0..4 {
        mixed.push((format!("长文档-{}.docx", n + 1), corpus::long_document(4000)));
    }
    assert_eq!(mixed.len(), 40);
    for (name, bytes) in &mixed {
        std::fs::write(dir.join("mixed").join(name), bytes).unwrap();
    }
}

#[test]
fn the_command_line_refuses_files_over_20_mb_like_the_browser() {
    let dir = std::env::temp_dir().join(format!("plan-big-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("大文件.docx");
    let mut bytes = corpus::cases().remove(0).docx;
    bytes.resize(gongyi_plan::wordplan::MAX_FILE_BYTES + 1, 0);
    std::fs::write(&path, &bytes).unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_plan")).arg("check").arg(&path).output().unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(1));
    assert!(stdout.contains("文件过大") && stdout.contains("20 MB"), "{stdout}");
    std::fs::remove_dir_all(&dir).unwrap();
}
