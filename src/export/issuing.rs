//! The issuing notice (印发通知) as the first document of the plan's .docx: 发文字号, title, 主送,
//! body, 附件说明 naming the plan, the signing office and date with room for the seal (GB/T 9704
//! 7.3.5.1); the plan follows as its attachment ([`super::plan_doc`]).

use super::layout::Block;
use crate::content::has_content;
use crate::model::{Date, IssuingNotice, Plan, docnumber};
use crate::title::title_lines;

/// The notice's blocks, up to and including its signature.
pub fn issuing_blocks(plan: &Plan, notice: &IssuingNotice) -> Vec<Block> {
    let cover = &plan.cover;
    let mut b = Vec::new();
    if has_content(&notice.number) {
        b.push(Block::DocNumber(docnumber::display(&notice.number)));
    }
    b.push(Block::Title(title_lines(&cover.issuing_title())));
    if has_content(&notice.addressees) {
        b.push(Block::Addressee(notice.addressees.clone()));
    }
    b.extend([
        Block::Text(notice.body_text(&plan.title())),
        Block::Blank,
        Block::Attachment(plan.title()),
        Block::SealedSignature { unit: cover.issuing_office(), date: Date::written(&notice.date) },
    ]);
    b
}
