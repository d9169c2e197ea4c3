//! A plan written by hand in Word (made here with docx-rs, following the template's headings but
//! missing section 三). The review module must give it the text check; the file is also written
//! to out/fixtures/ for the browser test of the reviewer view (`make test` runs this first).

use docx_rs::{Docx, Paragraph, Run};
use gongyi_plan::review::{self, Source};

fn handwritten() -> Vec<u8> {
    let lines = [
        "清远市文化广电新闻出版局关于推进社会公益事业建设领域",
        "政府信息公开的工作方案",
        "为贯彻落实《国务院办公厅关于推进社会公益事业建设领域政府信息公开的意见》（国办发〔2018〕10号），制定本方案。",
        "一、现状分析及思路目标",
        "我局已在门户网站公开公共文化设施名录和免费开放信息。",
        "二、主要任务及具体措施",
        "公共文化体育领域重点公开服务保障政策、设施名录和公益性文化活动。",
        "清远市文化广电新闻出版局",
        "2018年9月10日",
    ];
    let docx = lines.iter().fold(Docx::new(), |d, l| d.add_paragraph(Paragraph::new().add_run(Run::new().add_text(*l))));
    let mut out = std::io::Cursor::new(Vec::new());
    docx.build().pack(&mut out).unwrap();
    out.into_inner()
}

#[test]
fn handwritten_plan_gets_the_text_check_and_is_written_for_the_browser_test() {
    let bytes = handwritten();
    let reviewed = review::open("手写方案.docx", &bytes);
    let opened = reviewed.outcome.unwrap();
    assert_eq!(opened.source, Source::TextOnly);
    let ids: Vec<&str> = opened.report.findings.iter().map(|f| f.rule.id).collect();
    assert_eq!(ids, ["DOC-HEADINGS", "DOC-COMPLAINT"], "section 三 and its complaint channel are missing");

    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("out/fixtures");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("handwritten-no-section-3.docx"), &bytes).unwrap();
}
