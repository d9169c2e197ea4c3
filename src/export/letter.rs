//! The filing letter (报备函, SPEC §4.2): 发文字号, title, addressed to the filing recipient, a
//! short body, the plan as attachment, unit and date, and 附注 with the contact person.

use docx_rs::AlignmentType;

use super::layout::{GbDocument, Properties};
use crate::model::Plan;
use crate::text::has_content;

/// The letter's title, e.g. 广东省民政厅关于报送社会公益事业建设领域政府信息公开工作方案的函.
pub fn letter_title(plan: &Plan) -> String {
    format!("{}关于报送社会公益事业建设领域政府信息公开工作方案的函", plan.cover.unit.trim())
}

/// The letter's body sentence.
pub fn letter_body(plan: &Plan) -> String {
    let notice = plan.cover.notice.title.trim();
    let basis = if notice.is_empty() { String::new() } else { format!("根据《{notice}》要求，") };
    format!("{basis}我单位制定了《{}》，现报送备案。", plan.title())
}

/// Writes the filing letter (.docx bytes).
pub fn filing_letter(plan: &Plan) -> Vec<u8> {
    let title = letter_title(plan);
    let chars: Vec<char> = title.chars().collect();
    let split = chars.iter().collect::<String>().find("关于").map(|b| title[..b].chars().count()).unwrap_or(0);
    let lines = if split > 0 && chars.len() > 20 {
        vec![chars[..split + 2].iter().collect(), chars[split + 2..].iter().collect()]
    } else {
        vec![title.clone()]
    };
    let date = plan.cover.plan_date().map(|d| d.chinese()).unwrap_or_else(|| plan.cover.date.trim().to_string());
    let mut doc = GbDocument::default().properties(Properties { title: title.clone(), creator: plan.cover.unit.trim().into() });
    let number = plan.cover.letter.doc_number.trim();
    if !number.is_empty() {
        doc = doc.line(number, AlignmentType::Right, 0, 0).blank();
    }
    doc = doc
        .title(&lines)
        .line(&format!("{}：", plan.cover.addressee()), AlignmentType::Left, 0, 0)
        .text(&letter_body(plan))
        .blank()
        .labelled("附件：", &plan.title())
        .blank()
        .signature(plan.cover.unit.trim(), &date);
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
