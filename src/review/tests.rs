//! Tests of opening files for review and of the review sheet.

use super::*;
use crate::catalogue::sample_plan;
use crate::export::{filing_letter, plan_document};

/// A plan written by hand in Word: the template's headings, but no section 三.
fn handwritten_docx(with_section_three: bool) -> Vec<u8> {
    use docx_rs::{Docx, Paragraph, Run};
    let mut lines = vec![
        "清远市文化广电新闻出版局关于推进社会公益事业建设领域",
        "政府信息公开的工作方案",
        "为贯彻落实国办发〔2018〕10号文件精神，制定本方案。",
        "一、现状分析及思路目标",
        "我局已在门户网站公开公共文化设施名录。",
        "二、主要任务及具体措施",
        "公共文化体育领域重点公开服务保障政策和设施名录。",
    ];
    if with_section_three {
        lines.extend(["三、组织保障和监督考核", "公布投诉举报电话0763-3360000。"]);
    }
    lines.extend(["清远市文化广电新闻出版局", "2018年9月10日"]);
    let docx = lines.into_iter().fold(Docx::new(), |d, l| d.add_paragraph(Paragraph::new().add_run(Run::new().add_text(l))));
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
fn handwritten_documents_get_the_text_check() {
    let o = open("手写.docx", &handwritten_docx(false)).outcome.unwrap();
    assert_eq!(o.source, Source::TextOnly);
    assert_eq!(o.unit, "清远市文化广电新闻出版局");
    assert_eq!(o.date, "2018年9月10日");
    let ids: Vec<&str> = o.report.findings.iter().map(|f| f.rule.id).collect();
    assert_eq!(ids, ["DOC-HEADINGS", "DOC-COMPLAINT"]);
    assert!(!o.report.ready());
    let complete = open("手写.docx", &handwritten_docx(true)).outcome.unwrap();
    assert!(complete.report.ready(), "{:?}", complete.report.findings);
}

#[test]
fn unreadable_files_get_a_clear_message() {
    let cases: [(&str, &[u8], &str); 4] = [
        ("坏的.json", b"{\"format\": ", "不完整"),
        ("图片.docx", b"\x89PNG\r\n\x1a\n", "图片文件"),
        ("空.json", b"", "空的"),
        ("假的.docx", b"PK\x03\x04garbage", "不是有效的 Word 文档"),
    ];
    for (name, bytes, expected) in cases {
        let err = open(name, bytes).outcome.unwrap_err();
        assert!(err.contains(expected), "{name}: {err}");
    }
    // A filing letter is a Word document without a plan: checked as text.
    let letter = open("报备函.docx", &filing_letter(&sample_plan())).outcome.unwrap();
    assert_eq!(letter.source, Source::TextOnly);
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
    let text = crate::export::embed::document_text(&read_part(&docx, "word/document.xml").unwrap());
    for expected in ["审核意见表", "广东省民政厅", "可以报备", "通过", "退回修改：请补充第三部分", "DOC-HEADINGS", "无法读取", "省府办公厅", "2018年10月8日"] {
        assert!(text.contains(expected), "{expected}");
    }
    let csv = String::from_utf8(review_csv(&list)).unwrap();
    assert!(csv.starts_with('\u{FEFF}'));
    assert_eq!(csv.lines().count(), 4);
    assert!(csv.contains("\"100%\""));
}
