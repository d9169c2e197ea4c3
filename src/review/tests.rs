//! Tests of opening files for review and of the review sheet.

use super::*;
use crate::catalogue::sample_plan;
use crate::export::{filing_letter, plan_document};

/// A plan written by hand in Word (built with docx-rs, not with this app's exporter): the
/// template's headings, but without section 三 unless asked for.
fn handwritten_docx(with_section_three: bool) -> Vec<u8> {
    use docx_rs::{Docx, Paragraph, Run};
    let mut lines = vec![
        "清远市文化广电新闻出版局关于推进社会公益事业建设领域",
        "政府信息公开的工作方案",
        "为贯彻落实国办发〔2018〕10号文件精神，结合我局实际，制定本方案。",
        "一、现状分析及思路目标",
        "我局已在门户网站公开公共文化设施名录和免费开放信息，但基层公开标准不统一，存在更新不及时的问题。总体思路是以问题为导向，坚持便民原则，目标是三年内实现公开全覆盖。",
        "二、主要任务及具体措施",
        "公共文化体育领域重点公开服务保障政策、设施名录和公益性文化活动，由公共服务科牵头，各县（市、区）文广新局配合，做好决策、执行和结果信息公开。",
    ];
    if with_section_three {
        lines.extend([
            "三、组织保障和监督考核",
            "成立工作领导小组，将公开工作纳入年度考核，定期开展监督检查。公布投诉举报电话0763-3360000。",
        ]);
    }
    lines.extend(["清远市文化广电新闻出版局", "2018年9月10日"]);
    let docx =
        lines.into_iter().fold(Docx::new(), |d, l| d.add_paragraph(Paragraph::new().add_run(Run::new().add_text(l))));
    let mut out = std::io::Cursor::new(Vec::new());
    docx.build().pack(&mut out).unwrap();
    out.into_inner()
}

#[test]
fn plan_files_and_exported_documents_are_checked_in_full() {
    let json = crate::planfile::save(&sample_plan());
    let r = open("方案.json", json.as_bytes());
    let o = r.outcome.as_ref().unwrap();
    assert_eq!(o.source, Source::PlanFile);
    assert_eq!(o.unit, "广东省民政厅");
    assert_eq!(o.date, "2018年9月3日");
    assert!(o.report.ready());

    let docx = plan_document(&sample_plan());
    let o = open("方案.docx", &docx).outcome.unwrap();
    assert_eq!(o.source, Source::ExportedDocx { plan_intact: true, text_unchanged: true });
    assert_eq!(o.source.caution(), None);
    assert_eq!(o.plan.as_ref().unwrap(), &sample_plan());
}

#[test]
fn a_document_edited_after_export_is_flagged() {
    let docx = plan_document(&sample_plan());
    let edited = {
        let reader = crate::export::zip::ZipReader::new(&docx).unwrap();
        let mut w = crate::export::zip::ZipWriter::default();
        for name in reader.names() {
            let mut data = reader.read(name).unwrap().unwrap();
            if name == "word/document.xml" {
                data = String::from_utf8(data).unwrap().replacen("近年来", "今年以来", 1).into_bytes();
            }
            w.add(name, &data);
        }
        w.finish()
    };
    let o = open("改过的.docx", &edited).outcome.unwrap();
    assert_eq!(o.source, Source::ExportedDocx { plan_intact: true, text_unchanged: false });
    assert!(o.source.caution().unwrap().contains("导出后被修改过"));
    assert_eq!(o.source.label(), "导出后被修改的Word文档");
}

#[test]
fn handwritten_documents_get_the_structural_check_with_their_profile() {
    let o = open("手写.docx", &handwritten_docx(false)).outcome.unwrap();
    assert_eq!(o.source, Source::Handwritten { profile: crate::wordplan::Profile::Template });
    assert_eq!(o.unit, "清远市文化广电新闻出版局");
    assert_eq!(o.date, "2018年9月10日");
    let errors: Vec<&str> = o.report.errors().map(|f| f.rule.id).collect();
    assert_eq!(errors, ["DOC-SECTIONS", "DOC-COMPLAINT"], "{:?}", o.report.findings);
    assert!(o.report.errors().next().unwrap().message.contains("组织保障和监督考核"));
    assert!(o.outline.iter().any(|l| l.starts_with("识别为：省模板工作方案")));
    let complete = open("手写.docx", &handwritten_docx(true)).outcome.unwrap();
    assert!(complete.report.ready(), "{:?}", complete.report.findings);
}

#[test]
fn reviewed_files_cross_a_worker_boundary_as_json() {
    let list = vec![
        open("a.json", crate::planfile::save(&sample_plan()).as_bytes()),
        open("b.docx", &handwritten_docx(false)),
        open("c.json", b"nonsense"),
    ];
    for r in list {
        let json = serde_json::to_string(&r).unwrap();
        assert_eq!(serde_json::from_str::<Reviewed>(&json).unwrap(), r);
    }
    assert!(
        serde_json::from_str::<crate::check::Finding>(r#"{"rule":"NO-SUCH-RULE","field":"Document","message":""}"#)
            .is_err()
    );
}

#[test]
fn unreadable_files_get_a_clear_message() {
    let cases: [(&str, &[u8], &str); 4] = [
        ("坏的.json", b"{\"format\": ", "不完整"),
        ("图片.docx", b"\x89PNG\r\n\x1a\n", "图片"),
        ("空.json", b"", "空的"),
        ("假的.docx", b"PK\x03\x04garbage", "已损坏"),
    ];
    for (name, bytes, expected) in cases {
        let err = open(name, bytes).outcome.unwrap_err();
        assert!(err.contains(expected), "{name}: {err}");
    }
    // A filing letter is a Word document without a plan: checked as text.
    let letter = open("报备函.docx", &filing_letter(&sample_plan())).outcome.unwrap();
    assert!(matches!(letter.source, Source::Handwritten { .. }));
    assert!(!letter.report.ready());
}

#[test]
fn review_sheet_docx_and_csv() {
    let mut list = vec![
        open("a.json", crate::planfile::save(&sample_plan()).as_bytes()),
        open("b.docx", &handwritten_docx(false)),
        open("c.json", b"nonsense"),
    ];
    list[0].decision = Some(Decision::Approve);
    list[1].decision = Some(Decision::Return);
    list[1].comment = "请补充第三部分".into();
    let docx = review_sheet(&list, "省府办公厅", "2018年10月8日");
    let text =
        crate::export::embed::document_text(&crate::export::package::read_part(&docx, "word/document.xml").unwrap());
    for expected in [
        "审核意见表",
        "广东省民政厅",
        "可以报备",
        "通过",
        "退回修改：请补充第三部分",
        "DOC-SECTIONS",
        "无法读取",
        "省府办公厅",
        "2018年10月8日",
    ] {
        assert!(text.contains(expected), "{expected}");
    }
    let csv = String::from_utf8(review_csv(&list)).unwrap();
    assert!(csv.starts_with('\u{FEFF}'));
    assert_eq!(csv.lines().count(), 4);
    assert!(csv.contains("\"100%\""));
    assert!(csv.lines().next().unwrap().contains("工作方案"));
}

/// Widths (twips) of the grid columns of the first table in a document.
fn grid_widths(document_xml: &str) -> Vec<usize> {
    let grid = &document_xml[document_xml.find("<w:tblGrid>").unwrap()..];
    let grid = &grid[..grid.find("</w:tblGrid>").unwrap()];
    grid.split("<w:gridCol w:w=\"").skip(1).map(|c| c[..c.find('"').unwrap()].parse().unwrap()).collect()
}

#[test]
fn review_sheet_rows_name_their_plan_and_the_unit_column_fits_a_name_on_two_lines() {
    use crate::export::layout::{CELL_MARGIN, SIZE_TABLE};
    let mut list = vec![
        open("a.json", crate::planfile::save(&sample_plan()).as_bytes()),
        open("b.docx", &handwritten_docx(false)),
        open("第二份.docx", &handwritten_docx(false)),
        open("c.json", b"nonsense"),
    ];
    // Two rows alike but for their files: no unit, the same date and findings.
    for r in &mut list[1..3] {
        let o = r.outcome.as_mut().unwrap();
        o.unit.clear();
        o.title.clear();
    }
    let unit = "惠安县人民政府办公室";
    list[0].outcome.as_mut().unwrap().unit = unit.into();
    let title = list[0].outcome.as_ref().unwrap().title.clone();
    assert!(title.contains(COMMON_TITLE_WORDS), "{title}");

    let docx = review_sheet(&list, "省府办公厅", "2018年10月8日");
    let xml = crate::export::package::read_part(&docx, "word/document.xml").unwrap();
    let text = crate::export::embed::document_text(&xml);
    assert!(text.contains("工作方案"));
    // The title in short (the words every title has left out), else the file name; the file
    // name in the note under the row either way.
    assert!(text.contains(&title.replacen(COMMON_TITLE_WORDS, "…", 1)));
    for file in ["a.json", "b.docx", "第二份.docx", "c.json"] {
        assert!(text.contains(&format!("文件：{file}")), "{file}");
    }
    assert!(text.contains("问题："));

    let widths = grid_widths(&xml);
    assert_eq!(widths.len(), SHEET_DOCX_HEADINGS.len());
    assert_eq!(SHEET_DOCX_HEADINGS[2], "报送单位");
    // 小四 (12 pt): a Chinese character is 240 twips; the unit's ten characters on two lines.
    let char = SIZE_TABLE * 10;
    let room = |w: usize| (w - 2 * CELL_MARGIN) / char;
    assert!(room(widths[2]) >= unit.chars().count().div_ceil(2), "{widths:?}");
    assert!(room(widths[2]) >= SHEET_UNIT_MIN_CHARS, "{widths:?}");
    // 序号 narrow; the unit column wider than it; the table fills the type area.
    assert!(room(widths[0]) <= 3, "{widths:?}");
    assert!(widths[2] > widths[0]);
    assert_eq!(widths.iter().sum::<usize>(), crate::export::layout::TYPE_WIDTH as usize);
    // The findings: a note spanning every column under each row.
    assert_eq!(xml.matches(&format!("<w:gridSpan w:val=\"{}\"/>", widths.len())).count(), list.len());
}
