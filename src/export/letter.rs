//! The filing letter (报备函, SPEC §4.2), a sealed letter laid out to GB/T 9704 7.3.5.1 and the
//! letter format (10.1): 发文字号 (normalised), a title broken between words, addressed to the
//! filing recipient, a short body citing the superior notice by title and number (and the issuing
//! notice's 文号 when the plan was issued by one), the plan as
//! attachment with a hanging indent, the unit centred over a date four characters in from the
//! right with room for the seal, 附注 with the contact person, and no page number on its page.

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
/// A plan issued by a notice is cited with that notice's 文号: …制定了《方案》并以X〔2018〕N号印发，….
pub fn letter_body(plan: &Plan) -> String {
    let notice = &plan.cover.notice;
    let basis = match (notice.title.trim(), notice.number.trim()) {
        ("", _) => String::new(),
        (title, "") => format!("根据《{title}》要求，"),
        (title, number) => format!("根据《{title}》（{}）要求，", docnumber::display(number)),
    };
    let issued = match plan.cover.issuing_notice().map(|n| n.number.trim()) {
        None => String::new(),
        Some("") => "并已印发".into(),
        Some(number) => format!("并以{}印发", docnumber::display(number)),
    };
    format!("{basis}{}制定了《{}》{issued}，现予报送，请予备案。", plan.cover.self_reference(), plan.title())
}

/// Writes the filing letter (.docx bytes).
pub fn filing_letter(plan: &Plan) -> Vec<u8> {
    let title = letter_title(plan);
    // A plan issued by a notice is filed after it: the letter carries the notice's date.
    let date = match plan.cover.issuing_notice().and_then(|n| n.parsed_date()) {
        Some(issued) => issued.chinese(),
        None => plan.cover.date_text(),
    };
    let mut doc = GbDocument::default()
        .properties(Properties { title: title.clone(), creator: plan.cover.unit.trim().into() })
        .without_first_page_number();
    let number = plan.cover.letter.doc_number.trim();
    if !number.is_empty() {
        doc = doc.doc_number(&docnumber::display(number));
    }
    doc = doc
        .title(&title_lines(&title))
        .addressee(plan.cover.addressee())
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
