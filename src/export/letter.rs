//! The filing letter (报备函, SPEC §4.2), a sealed letter laid out to GB/T 9704 7.3.5.1 and the
//! letter format (10.1): 发文字号 (normalised), a title broken between words, addressed to the
//! filing recipient, a short body citing the superior notice by title and number, the plan as
//! attachment with a hanging indent, the unit centred over a date four characters in from the
//! right with room for the seal, 附注 with the contact person, and no page number on its page.

use docx_rs::AlignmentType;

use super::layout::{GbDocument, Properties};
use crate::content::has_content;
use crate::model::Plan;
use crate::model::docnumber;
use crate::title::title_lines;

/// The letter's title, e.g. 广东省民政厅关于报送社会公益事业建设领域政府信息公开工作方案的函.
pub fn letter_title(plan: &Plan) -> String {
    format!("{}关于报送社会公益事业建设领域政府信息公开工作方案的函", plan.cover.unit.trim())
}

/// The letter's body sentence: 根据《通知》（文号）要求，我厅制定了《方案》，现予报送，请予备案。
pub fn letter_body(plan: &Plan) -> String {
    let notice = &plan.cover.notice;
    let basis = match (notice.title.trim(), notice.number.trim()) {
        ("", _) => String::new(),
        (title, "") => format!("根据《{title}》要求，"),
        (title, number) => format!("根据《{title}》（{}）要求，", docnumber::display(number)),
    };
    format!("{basis}{}制定了《{}》，现予报送，请予备案。", plan.cover.self_reference(), plan.title())
}

/// Writes the filing letter (.docx bytes).
pub fn filing_letter(plan: &Plan) -> Vec<u8> {
    let title = letter_title(plan);
    let date = plan.cover.date_text();
    let mut doc = GbDocument::default()
        .properties(Properties { title: title.clone(), creator: plan.cover.unit.trim().into() })
        .without_first_page_number();
    let number = plan.cover.letter.doc_number.trim();
    if !number.is_empty() {
        doc = doc.line(&docnumber::display(number), AlignmentType::Right, 0, 0).blank();
    }
    doc = doc
        .title(&title_lines(&title))
        .line(&format!("{}：", plan.cover.addressee()), AlignmentType::Left, 0, 0)
        .text(&letter_body(plan))
        .blank()
        .attachment(&plan.title())
        .sealed_signature(plan.cover.unit.trim(), &date);
    let letter = &plan.cover.letter;
    let contact = [
        has_content(&letter.contact).then(|| format!("联系人：{}", letter.contact.trim())),
        has_content(&letter.phone).then(|| format!("电话：{}", letter.phone.trim())),
    ];
    let contact: Vec<String> = contact.into_iter().flatten().collect();
    if !contact.is_empty() {
        doc = doc.labelled("", &format!("（{}）", contact.join("，")));
    }
    doc.finish()
}
