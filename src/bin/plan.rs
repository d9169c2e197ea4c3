//! Command-line tool for batch use and tests (native only).
//!
//! ```text
//! plan export PLAN.json -o PLAN.docx [--letter LETTER.docx] [--catalogue CATALOGUE.xlsx|.csv]
//! plan report PLAN.json --year YEAR -o REPORT.docx
//!                                    the yearly progress report (GB/T 9704), its findings
//!                                    (PROGRESS-* rules) and the paragraph for the 政府信息公开
//!                                    年度报告; exits 1 when the report has errors
//! plan publish PLAN.json -o PLAN.html
//!                                    the plan as one web page for the portal (no scripts,
//!                                    nothing fetched, print stylesheet)
//! plan specimen -o BODY.docx        a layout specimen: pages of body text only
//! plan check FILE… [--sheet SHEET.docx --office OFFICE --date DATE]
//!                                    findings of plan files (.json) and Word documents (.docx),
//!                                    with the structure read from hand-written ones and the
//!                                    profile they were checked under, optionally the review
//!                                    sheet (审核意见表) of them all; files over 20 MB are refused
//!                                    as in the browser; exits 1 when any file has errors or
//!                                    cannot be read
//! ```

use std::path::PathBuf;
use std::process::ExitCode;

use gongyi_plan::export::{catalogue_csv, catalogue_xlsx, filing_letter, layout, plan_document};
use gongyi_plan::planfile;
use gongyi_plan::review;
use gongyi_plan::wordplan::check_size;

/// Prints the findings of one file; returns it as reviewed and whether it has no errors.
fn check_file(file: &str) -> (review::Reviewed, bool) {
    let name = std::path::Path::new(file).file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    // The browser's limit, checked before reading anything.
    if let Some(Err(e)) = std::fs::metadata(file).ok().map(|m| check_size(m.len().try_into().unwrap_or(usize::MAX))) {
        let message = e.message();
        println!("{file}：无法打开：{message}");
        return (review::Reviewed::failed(&name, message), false);
    }
    let bytes = match std::fs::read(file) {
        Ok(b) => b,
        Err(e) => {
            println!("{file}：无法读取（{e}）");
            return (review::Reviewed::failed(&name, format!("无法读取（{e}）")), false);
        }
    };
    let reviewed = review::open(&name, &bytes);
    let ok = match &reviewed.outcome {
        Err(message) => {
            println!("{file}：无法打开：{message}");
            false
        }
        Ok(o) => {
            let r = &o.report;
            println!(
                "{file}：{}，{}，完整度 {}%，{}（{} 个错误，{} 个提示）",
                o.source.label(),
                if o.unit.is_empty() { "未写明单位" } else { &o.unit },
                r.score(),
                r.verdict(),
                r.errors().count(),
                r.warnings().count()
            );
            if let Some(caution) = o.source.caution() {
                println!("  注意：{caution}");
            }
            for line in &o.outline {
                println!("  {line}");
            }
            for f in &r.findings {
                println!("  {} {} {}：{}", f.severity().label(), f.rule.id, f.place(), f.message);
            }
            r.ready()
        }
    };
    (reviewed, ok)
}

const USAGE: &str = "用法：
  plan export 方案.json -o 方案.docx [--letter 报备函.docx] [--catalogue 目录清单.xlsx 或 .csv]
  plan report 方案.json --year 年度 -o 进展情况报告.docx
  plan publish 方案.json -o 方案.html
  plan specimen -o 版式样张.docx
  plan check 文件…（.json 或 .docx） [--sheet 审核意见表.docx --office 审核单位 --date 日期]";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("{message}");
            ExitCode::from(2)
        }
    }
}

/// Value of an option such as `-o FILE`.
fn option(args: &[String], names: &[&str]) -> Result<Option<PathBuf>, String> {
    match args.iter().position(|a| names.contains(&a.as_str())) {
        None => Ok(None),
        Some(i) => args
            .get(i + 1)
            .map(|v| Some(PathBuf::from(v)))
            .ok_or_else(|| format!("{} 后面缺少文件名\n{USAGE}", args[i])),
    }
}

fn write(path: &PathBuf, bytes: &[u8]) -> Result<(), String> {
    std::fs::write(path, bytes).map_err(|e| format!("无法写入 {}：{e}", path.display()))?;
    println!("已写入 {}（{} 字节）", path.display(), bytes.len());
    Ok(())
}

/// The plan file named after the command (its notices printed), and its path.
fn read_plan(args: &[String]) -> Result<(&str, gongyi_plan::model::Plan), String> {
    let input = args.get(1).filter(|a| !a.starts_with('-')).ok_or(USAGE)?;
    let bytes = std::fs::read(input).map_err(|e| format!("无法读取 {input}：{e}"))?;
    let loaded = planfile::load(&bytes).map_err(|e| format!("{input}：{}", e.message()))?;
    for notice in &loaded.notices {
        eprintln!("{input}：{}", notice.message());
    }
    Ok((input, loaded.plan))
}

fn run(args: &[String]) -> Result<(), String> {
    match args.first().map(String::as_str) {
        Some("report") => {
            let (input, plan) = read_plan(args)?;
            let year = option(args, &["--year"])?
                .and_then(|y| y.to_str().and_then(|y| y.trim().parse::<i32>().ok()))
                .ok_or_else(|| format!("请用 --year 指定报告年度，例如 --year 2018\n{USAGE}"))?;
            let out = option(args, &["-o", "--output"])?
                .unwrap_or_else(|| PathBuf::from(input).with_extension(format!("{year}.docx")));
            write(&out, &gongyi_plan::export::progress_report::progress_report(&plan, year))?;
            let progress = &*plan.year_progress(year);
            println!("{}", gongyi_plan::export::progress_report::annual_report_paragraph(&plan, progress));
            let findings = gongyi_plan::check::progress::check_year(&plan, progress);
            for f in &findings {
                println!("  {} {} {}", f.rule.severity.label(), f.rule.id, f.message);
            }
            if findings.iter().any(|f| f.rule.severity == gongyi_plan::check::Severity::Error) {
                eprintln!("报告存在错误。");
                std::process::exit(1);
            }
            Ok(())
        }
        Some("publish") => {
            let (input, plan) = read_plan(args)?;
            let out = option(args, &["-o", "--output"])?.unwrap_or_else(|| PathBuf::from(input).with_extension("html"));
            write(&out, gongyi_plan::export::html::portal_page(&plan).as_bytes())
        }
        Some("export") => {
            let (input, plan) = read_plan(args)?;
            let out = option(args, &["-o", "--output"])?.unwrap_or_else(|| PathBuf::from(input).with_extension("docx"));
            write(&out, &plan_document(&plan))?;
            if let Some(letter) = option(args, &["--letter"])? {
                write(&letter, &filing_letter(&plan))?;
            }
            if let Some(catalogue) = option(args, &["--catalogue"])? {
                let csv = catalogue.extension().is_some_and(|e| e.eq_ignore_ascii_case("csv"));
                write(&catalogue, &if csv { catalogue_csv(&plan) } else { catalogue_xlsx(&plan) })?;
            }
            Ok(())
        }
        Some("check") => {
            let sheet = option(args, &["--sheet"])?;
            let text_option = |name: &str| {
                option(args, &[name]).map(|v| v.map(|p| p.to_string_lossy().into_owned()).unwrap_or_default())
            };
            let (office, date) = (text_option("--office")?, text_option("--date")?);
            let options: Vec<usize> = ["--sheet", "--office", "--date"]
                .iter()
                .filter_map(|o| args.iter().position(|a| a == o))
                .flat_map(|i| [i, i + 1])
                .collect();
            let files: Vec<&String> =
                args.iter().enumerate().skip(1).filter(|(i, _)| !options.contains(i)).map(|(_, a)| a).collect();
            if files.is_empty() {
                return Err(USAGE.to_string());
            }
            let mut failed = false;
            let mut reviewed = Vec::new();
            for file in files {
                let (r, ok) = check_file(file);
                failed |= !ok;
                reviewed.push(r);
            }
            if let Some(sheet) = sheet {
                let date = gongyi_plan::model::Date::parse(&date).map(|d| d.chinese()).unwrap_or(date);
                write(&sheet, &review::review_sheet(&reviewed, office.trim(), date.trim()))?;
            }
            if failed {
                eprintln!("有文件存在错误或无法读取。");
                std::process::exit(1);
            }
            Ok(())
        }
        Some("specimen") => {
            let out = option(args, &["-o", "--output"])?.ok_or(USAGE)?;
            write(&out, &layout::specimen())
        }
        _ => Err(USAGE.to_string()),
    }
}
