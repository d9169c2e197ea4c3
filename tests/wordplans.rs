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
            failures.push(format!(
                "{}: expected {}, got {}: {:#?}",
                case.file,
                if case.ready { "可以报备" } else { "尚不能报备" },
                o.report.verdict(),
                o.report.findings
            ));
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
        if !case.title.is_empty() && o.title != case.title {
            failures.push(format!("{}: expected title “{}”, got “{}”", case.file, case.title, o.title));
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
        let shown =
            if case.implementation { "按国办发结构实施方案检查" } else { "按省模板工作方案检查" };
        assert!(stdout.contains(shown), "{}: the profile is shown: {stdout}", case.file);
        expected.push(serde_json::json!({ "file": case.file, "ready": case.ready, "unit": case.unit, "implementation": case.implementation }));
    }
    std::fs::write(dir.join("expected.json"), serde_json::to_string_pretty(&expected).unwrap()).unwrap();

    // 40 mixed files for the responsiveness test of the review page.
    let mixed = corpus::mixed();
    assert_eq!(mixed.len(), 40);
    for (name, bytes) in &mixed {
        std::fs::write(dir.join("mixed").join(name), bytes).unwrap();
    }
}

#[test]
fn crafted_archives_are_refused_with_their_message() {
    use corpus::hostile;
    use gongyi_plan::export::zip::{ZipError, ZipReader};
    let cases: [(&str, Vec<u8>, &str); 5] = [
        ("20 000 entries", hostile::many_entries(20_000), "20001 个部件"),
        ("overlapping entries", hostile::overlapping(50, 2), "相互重叠"),
        ("a bomb with its size declared", hostile::bomb(64, false), "解压后过大"),
        ("a bomb declaring 1 MB", hostile::bomb(64, true), "解压后过大"),
        ("a file over 20 MB", hostile::stored_part(24), "文件过大"),
    ];
    for (what, bytes, words) in cases {
        let message = review::open("x.docx", &bytes).outcome.expect_err(what);
        assert!(message.contains(words), "{what}: {message}");
    }
    // Below the file limit, a stored part over the part limit is refused by the zip reader.
    assert_eq!(ZipReader::new(&hostile::stored_part(40)).err(), Some(ZipError::TooLarge));
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

/// Importing every corpus plan into a draft: the cover, the text parts and items are filled,
/// nothing is lost (every paragraph's text is somewhere in the draft), and the draft survives
/// the plan file round trip.
#[test]
fn every_corpus_plan_imports_into_a_draft_losing_nothing() {
    use gongyi_plan::model::{Part, TextPart};
    use gongyi_plan::wordplan::{self, import, normalise::compact};
    let mut failures = Vec::new();
    for case in corpus::cases() {
        let word = wordplan::read(&case.docx).unwrap();
        let imported = import::import(&word);
        let plan = &imported.plan;
        fn strings(v: &serde_json::Value, out: &mut String) {
            match v {
                serde_json::Value::String(s) => out.push_str(s),
                serde_json::Value::Array(a) => a.iter().for_each(|x| strings(x, out)),
                serde_json::Value::Object(o) => o.values().for_each(|x| strings(x, out)),
                _ => {}
            }
        }
        let mut all = String::new();
        strings(&serde_json::to_value(plan).unwrap(), &mut all);
        let all = compact(&all);
        // Every paragraph's text (a heading's name is structure, its title and 落款 fill the
        // cover): its longest phrase must be somewhere in the draft.
        let cover = word.title_lines.clone();
        // A table's header is its first row with text in two columns (title rows spanning the
        // table above it).
        let mut columns: std::collections::BTreeMap<(usize, usize), std::collections::BTreeSet<usize>> =
            Default::default();
        for l in word.lines.iter().filter(|l| !l.text.trim().is_empty()) {
            if let Some(c) = l.cell {
                columns.entry((c.table, c.row)).or_default().insert(c.column);
            }
        }
        let header_row = |table: usize| {
            columns.iter().find(|((t, _), cs)| *t == table && cs.len() >= 2).map_or(0, |((_, row), _)| *row)
        };
        // A table on its side (the areas across its header) names the fields in its first column.
        let on_its_side = |table: usize| {
            let row = header_row(table);
            let heads: Vec<&str> = word
                .lines
                .iter()
                .filter(|l| l.cell.is_some_and(|c| c.table == table && c.row == row && c.column > 0))
                .map(|l| l.text.as_str())
                .collect();
            heads.len() >= 2 && heads.iter().all(|h| !gongyi_plan::model::Area::named_in(h).is_empty())
        };
        for (i, line) in word.lines.iter().enumerate() {
            // (A table's header row names the fields its cells went to; a cell that only names an
            // area chose the area of its row.)
            let area_cell = line.cell.is_some()
                && line.text.chars().count() <= 12
                && !gongyi_plan::model::Area::named_in(&line.text).is_empty();
            if cover.contains(&i)
                || word.signature.lines.contains(&i)
                || line.cell.is_some_and(|c| c.row <= header_row(c.table) || (c.column == 0 && on_its_side(c.table)))
                || area_cell
            {
                continue;
            }
            let text =
                if line.marker.is_some() || line.outline.is_some() { line.after_head() } else { line.text.as_str() };
            // (Who leads and who helps is kept as the units' roles, not as these words.)
            let key = ["牵头", "配合", "负责"].iter().fold(compact(text), |k, w| k.replace(w, "、"));
            let probe =
                key.split(['。', ',', ';', ':', '、', '(', ')']).max_by_key(|p| p.chars().count()).unwrap_or("");
            if probe.chars().count() >= 4 && !all.contains(probe) {
                failures.push(format!("{}: lost “{}”", case.file, line.text));
            }
        }
        if case.ready {
            if plan.cover.unit.trim().is_empty() || plan.cover.date.is_empty() {
                failures.push(format!("{}: cover not filled: {:?}", case.file, plan.cover));
            }
            for part in [TextPart::Preamble, TextPart::Leadership, TextPart::Assessment, TextPart::Supervision] {
                if part.get(plan).trim().is_empty() && !(case.implementation && part == TextPart::Preamble) {
                    failures.push(format!("{}: {} empty", case.file, part.title()));
                }
            }
            if plan.selected_areas().all(|a| a.items.is_empty()) {
                failures.push(format!("{}: no items", case.file));
            }
            if plan.parts().contains(&Part::Unplaced) == plan.unplaced.is_empty() {
                failures.push(format!("{}: unplaced text not listed as a part", case.file));
            }
        }
        // No line kept more often than the document has it (a notice and the plan may both
        // have （此件主动公开） or the unit's name on a line).
        let kept: Vec<&str> = plan.unplaced.iter().flat_map(|u| u.text.lines()).collect();
        for line in &kept {
            let in_document = word.lines.iter().filter(|l| l.text.contains(line)).count();
            if kept.iter().filter(|k| *k == line).count() > in_document.max(1) {
                failures.push(format!("{}: “{line}” kept twice: {:?}", case.file, plan.unplaced));
                break;
            }
        }
        let file = gongyi_plan::planfile::save(plan);
        if gongyi_plan::planfile::load(file.as_bytes()).map(|l| l.plan).as_ref() != Ok(plan) {
            failures.push(format!("{}: the plan file does not round-trip", case.file));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn a_template_plan_fills_the_matching_parts() {
    use gongyi_plan::model::Area;
    use gongyi_plan::wordplan::{self, import};
    let case = corpus::cases().into_iter().find(|c| c.file.contains("Word自动编号")).unwrap();
    let imported = import::import(&wordplan::read(&case.docx).unwrap());
    let p = &imported.plan;
    assert_eq!(p.cover.unit, "广东省民政厅");
    assert_eq!(p.cover.date, "2018-09-14");
    assert_eq!(p.cover.title, None, "the title is the generated one");
    assert!(p.preamble.starts_with("为贯彻落实"));
    assert!(p.analysis.status.starts_with("近年来"));
    assert!(p.analysis.problems.contains("差距"));
    assert!(p.analysis.approach.contains("问题为导向"));
    assert!(p.analysis.goals.starts_with("到2020年"));
    assert!(p.analysis.principles.contains("依法依规"));
    assert!(p.tasks.decision.contains("征求意见"));
    assert!(p.tasks.requirements.contains("2018年12月底前"));
    assert_eq!(p.tasks.other_tasks.len(), 1);
    let sa = p.area(Area::SocialAssistance);
    assert!(sa.selected);
    let names: Vec<&str> = sa.items.iter().map(|i| i.name.as_str()).collect();
    assert_eq!(names, ["城乡低保信息", "特困人员救助供养信息", "临时救助信息", "养老服务和儿童福利信息"]);
    assert_eq!(sa.items[2].units.leads, ["社会救助处"]);
    assert_eq!(sa.items[2].units.partners, ["规划财务处"]);
    assert!(p.safeguards.complaints.contains("020-83330000"));
    assert!(p.safeguards.leadership.contains("领导小组"));
    let report = gongyi_plan::check::check(p);
    assert!(report.findings.iter().all(|f| f.rule.id != "S3-COMPLAINT-CHANNEL"), "{:?}", report.findings);
    let kept: Vec<&str> = p.unplaced.iter().map(|u| u.from.as_str()).collect();
    assert_eq!(
        kept,
        ["二、主要任务及具体措施 （一）重点领域公开事项", "落款后的附件或附注"],
        "the areas' introduction and the 附注"
    );
    assert!(imported.summary.placed.iter().any(|(from, to)| from.contains("工作现状") && to == "工作现状"));
}

#[test]
fn an_implementation_plan_keeps_its_notice_and_makes_an_item_per_area() {
    use gongyi_plan::model::Area;
    use gongyi_plan::wordplan::{self, import};
    let case = corpus::cases().into_iter().find(|c| c.file.ends_with("江门市-实施方案.docx")).unwrap();
    let imported = import::import(&wordplan::read(&case.docx).unwrap());
    let p = &imported.plan;
    assert_eq!(p.cover.unit, "江门市人民政府办公室");
    assert_eq!(p.cover.title.as_deref(), Some("江门市推进社会公益事业建设领域政府信息公开工作实施方案"));
    for area in [Area::PovertyAlleviation, Area::SocialAssistance, Area::Education, Area::Environment] {
        assert_eq!(p.area(area).items.len(), 1, "{area:?}");
    }
    assert_eq!(p.area(Area::SocialAssistance).items[0].units.leads, ["市民政局"]);
    assert!(p.tasks.execution_result.contains("资金分配"));
    assert_eq!(p.tasks.other_tasks.len(), 3, "增强公开实效's three parts");
    assert!(p.unplaced.iter().any(|u| u.from.starts_with("印发通知")));
    // The covering notice fills the 印发通知 (its text is kept as read too).
    let n = &p.cover.issuing;
    assert!(n.enabled);
    assert_eq!(n.number, "江府办〔2018〕36号");
    assert_eq!(n.addressees, "各市（区）人民政府，市政府各部门、各直属机构");
    assert!(
        n.body
            .as_deref()
            .is_some_and(|b| b.starts_with("经市人民政府同意，现将《") && b.ends_with("请径向市政务公开办反映。"))
    );
    assert_eq!((n.office.as_str(), n.date.as_str()), ("江门市人民政府办公室", "2018-10-08"));
    assert!(imported.summary.placed.iter().any(|(_, to)| to == "文件信息：印发通知"));
}

#[test]
fn a_word_plan_keeps_its_own_subsection_headings() {
    use gongyi_plan::export::layout::Block;
    use gongyi_plan::model::TextPart;
    use gongyi_plan::wordplan::{self, import};
    let read = |name: &str| {
        let case = corpus::cases().into_iter().find(|c| c.file.ends_with(name)).unwrap();
        import::import(&wordplan::read(&case.docx).unwrap()).plan
    };
    let p = read("02-教育局-一.编号.docx");
    assert_eq!(p.headings.own.get(&TextPart::Status).map(String::as_str), Some("基本情况"));
    assert_eq!(p.headings.own.get(&TextPart::Approach).map(String::as_str), Some("思路和目标"));
    let blocks = gongyi_plan::export::plan_blocks(&p);
    assert!(blocks.contains(&Block::Heading2("（一）基本情况".into())), "exported as the plan wrote it");
    // Headings equal to the template's are not copied.
    let p = read("01-民政厅-一、编号.docx");
    assert!(!p.headings.own.contains_key(&TextPart::Status));
    assert_eq!(p.heading_title(TextPart::Assessment), "强化考核评估");
}

/// Every item the import makes of the corpus (also the documents made by other programs): its
/// name carries no numbering marker or indentation, its units no stray bracket or space; and
/// what the clerks' documents say item by item arrives (a responsibility table's columns, notes
/// in brackets naming the units).
#[test]
fn imported_items_have_clean_names_and_units() {
    use gongyi_plan::model::{Area, Item};
    use gongyi_plan::wordplan::{self, import};
    let balanced = |s: &str| {
        let open = s.chars().filter(|c| matches!(c, '（' | '(')).count();
        let close = s.chars().filter(|c| matches!(c, '）' | ')')).count();
        open == close && !s.starts_with(['）', ')']) && !s.ends_with(['（', '('])
    };
    let mut failures = Vec::new();
    let mut by_file = std::collections::HashMap::new();
    for case in corpus::cases() {
        let plan = import::import(&wordplan::read(&case.docx).unwrap()).plan;
        for area in plan.selected_areas() {
            for item in &area.items {
                let name = item.name.as_str();
                if name.starts_with(|c: char| c.is_ascii_digit() || c.is_whitespace() || ('⑴'..='⒇').contains(&c))
                    || name != name.trim()
                {
                    failures.push(format!("{}: item name “{name}”", case.file));
                }
                for unit in item.units.leads.iter().chain(&item.units.partners) {
                    if !balanced(unit) || unit.contains(char::is_whitespace) || unit.is_empty() {
                        failures.push(format!("{}: unit “{unit}” of “{name}”", case.file));
                    }
                }
                if item.content.contains("负责）")
                    || item.content.contains("（。")
                    || item.content.contains("责任单位：")
                {
                    failures
                        .push(format!("{}: unit note left in the content of “{name}”: {}", case.file, item.content));
                }
            }
        }
        by_file.insert(case.file.split_once('-').map_or(case.file.clone(), |(_, f)| f.to_string()), plan);
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));

    let item = |file: &str, area: Area, name: &str| -> Item {
        let plan = &by_file[file];
        let items = &plan.tasks.areas.iter().find(|a| a.area == area).expect("the area").items;
        items
            .iter()
            .find(|i| i.name == name)
            .cloned()
            .unwrap_or_else(|| panic!("{file}: no item “{name}” in {items:#?}"))
    };
    // The responsibility table: 信息公开内容 names the item, 公开具体要求 adds to its content.
    let low = item("他人程序-分工表-合并单元格.docx", Area::SocialAssistance, "城乡低保信息");
    assert!(low.content.contains("20个工作日"), "{low:?}");
    assert_eq!(low.units.leads, ["社会救助股"]);
    // 1、 with ⑴⑵ points: one item, the points its content, the units line for all of it.
    let points = item("他人程序-全角空格缩进.docx", Area::SocialAssistance, "社会救助和社会福利领域");
    assert!(points.content.contains("⑴") && points.content.contains("⑵"), "{points:?}");
    assert_eq!(points.units.leads, ["社会救助股"]);
    // Notes in brackets: （救灾处负责）.
    let relief = item("他人程序-括注负责处室.docx", Area::DisasterRelief, "推进自然灾害救助领域信息公开");
    assert_eq!(relief.units.leads, ["救灾处"]);
}
