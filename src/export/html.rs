//! The plan as one self-contained web page for the department's portal (seed 000: each department
//! publishes its plan on its own site for public supervision): the document's text and numbering
//! from the same blocks as the .docx ([`super::plan_blocks`]), the 责任分工表 and the
//! 主动公开目录 as real tables (caption, header cells with scope), the unit and date; no script,
//! nothing fetched from elsewhere (system fonts, inline style), a print stylesheet (A4, the
//! annexes on landscape pages). Ready to upload to a site's CMS or to paste into its editor.

use super::catalogue::{SHEET_NAME, catalogue_headings, catalogue_rows};
use super::layout::{Block, Row, Table, clean, paragraphs};
use super::plan_doc::plan_blocks;
use super::xml::escape;
use crate::model::Plan;

const STYLE: &str = r#"
:root { color: #1b1b1b; background: #fff; }
body { margin: 0; font: 18px/1.9 "FangSong", "仿宋", "STFangsong", "FangSong_GB2312", "Songti SC", "SimSun", serif; }
main { max-width: 46em; margin: 0 auto; padding: 2em 1.5em 4em; }
h1 { font: 1.6em/1.5 "FZXiaoBiaoSong-B05S", "方正小标宋简体", "STZhongsong", "SimSun", serif; text-align: center; margin: 0.5em 0 1em; }
h2 { font: 1em/1.9 "SimHei", "黑体", "Heiti SC", sans-serif; margin: 0; text-indent: 2em; }
h3 { font: 1em/1.9 "KaiTi", "楷体", "STKaiti", serif; margin: 0; text-indent: 2em; }
p { margin: 0; text-indent: 2em; text-align: justify; }
.sign { text-indent: 0; text-align: right; padding-right: 4em; }
.sign + .sign { padding-right: 2em; }
.doc-number { text-indent: 0; text-align: right; }
.addressee { text-indent: 0; }
.attached { margin-top: 3em; }
h2.doc-title { font: 1.6em/1.5 "FZXiaoBiaoSong-B05S", "方正小标宋简体", "STZhongsong", "SimSun", serif; text-align: center; text-indent: 0; margin: 0.5em 0 1em; }
h4 { font: 1em/1.9 "KaiTi", "楷体", "STKaiti", serif; margin: 0; text-indent: 2em; }
.attachment { margin-top: 1em; }
.annex { margin: 3em calc(50% - min(48vw, 36em)) 0; }
#catalogue th, #catalogue td { min-width: 2.5em; }
.annex-mark { text-indent: 0; font-family: "SimHei", "黑体", sans-serif; }
.annex h2, .annex h3 { text-align: center; text-indent: 0; font-size: 1.3em; margin: 0.5em 0; }
.attached h3 { font-family: "SimHei", "黑体", sans-serif; }
.table-wrap { overflow-x: auto; margin: 0.5em 0 1.5em; }
table { border-collapse: collapse; width: 100%; font-size: 0.85em; line-height: 1.6; }
caption { font-family: "SimHei", "黑体", sans-serif; text-align: left; padding: 0.3em 0; }
th, td { border: 1px solid #555; padding: 0.3em 0.4em; vertical-align: top; text-align: left; }
thead th { background: #eee; text-align: center; }
th[scope="colgroup"] { background: #f6f6f6; }
a { color: #1d4f91; }
@media print {
  @page { size: A4; margin: 37mm 26mm 35mm 28mm; }
  @page annex { size: A4 landscape; margin: 28mm 37mm 26mm 35mm; }
  body { font-size: 16pt; line-height: 28pt; }
  main { max-width: none; padding: 0; }
  .annex { page: annex; break-before: page; margin: 0; }
  table { font-size: 10.5pt; line-height: 1.4; }
  thead { display: table-header-group; }
  tr { break-inside: avoid; }
  a { color: inherit; text-decoration: none; }
}
"#;

/// Text for HTML: cleaned like the documents' text (no control or bidi characters), escaped.
fn text(s: &str) -> String {
    escape(&clean(s))
}

fn table_html(out: &mut String, table: &Table, caption: &str) {
    out.push_str("<div class=\"table-wrap\"><table>");
    if !caption.is_empty() {
        out.push_str(&format!("<caption>{}</caption>", text(caption)));
    }
    out.push_str("<thead><tr>");
    for h in &table.headings {
        out.push_str(&format!("<th scope=\"col\">{}</th>", text(h)));
    }
    out.push_str("</tr></thead><tbody>");
    for row in &table.rows {
        match row {
            Row::Cells(cells) => {
                out.push_str("<tr>");
                for c in cells {
                    let lines: Vec<String> = paragraphs(c).iter().map(|l| text(l)).collect();
                    out.push_str(&format!("<td>{}</td>", lines.join("<br>")));
                }
                out.push_str("</tr>");
            }
            Row::Group(label) => out.push_str(&format!(
                "<tr><th scope=\"colgroup\" colspan=\"{}\">{}</th></tr>",
                table.headings.len().max(1),
                text(label)
            )),
            Row::Note(note) => {
                let lines: Vec<String> = paragraphs(note).iter().map(|l| text(l)).collect();
                out.push_str(&format!(
                    "<tr><td colspan=\"{}\">{}</td></tr>",
                    table.headings.len().max(1),
                    lines.join("<br>")
                ))
            }
        }
    }
    out.push_str("</tbody></table></div>");
}

/// Where the page is in the document: sections opened so far and whether a title is the
/// attached plan's (one heading level down: the page has one `h1`).
#[derive(Default)]
struct Walk {
    /// Sections (attachments) opened so far; the next `附件：` line links to the next one.
    sections: usize,
    /// Inside an attachment: headings one level down.
    attached: bool,
    /// Inside the landscape annex: its `一、` lines are table captions.
    in_annex: bool,
    open: bool,
    caption: String,
}

impl Walk {
    fn open_section(&mut self, out: &mut String, class: &str) -> String {
        self.close(out);
        self.sections += 1;
        self.open = true;
        let id = format!("annex-{}", self.sections);
        out.push_str(&format!(
            "<section class=\"{class}\" id=\"{id}\" aria-labelledby=\"{id}-title\"><p class=\"annex-mark\">附件</p>"
        ));
        id
    }

    fn close(&mut self, out: &mut String) {
        if self.open {
            out.push_str("</section>");
            self.open = false;
        }
    }

    fn heading(&self, level: usize) -> usize {
        level + usize::from(self.attached)
    }
}

/// The page's body: each block of the document as HTML. A plan issued by a notice is published
/// as it was issued: the notice, then the plan as its attachment.
fn body(plan: &Plan) -> String {
    let mut out = String::new();
    let mut w = Walk::default();
    let mut title_id: Option<String> = None;
    for block in plan_blocks(plan) {
        match block {
            Block::Title(lines) => {
                let lines: Vec<String> = lines.iter().map(|l| text(l)).collect();
                let h = w.heading(1);
                let id = title_id.take().map(|id| format!(" id=\"{id}-title\"")).unwrap_or_default();
                out.push_str(&format!("<h{h}{id} class=\"doc-title\">{}</h{h}>", lines.join("<br>")));
            }
            Block::Heading1(t) if w.in_annex => w.caption = t,
            Block::Heading1(t) => {
                let h = w.heading(2);
                out.push_str(&format!("<h{h}>{}</h{h}>", text(&t)));
            }
            Block::Heading2(t) => {
                let h = w.heading(3);
                out.push_str(&format!("<h{h}>{}</h{h}>", text(&t)));
            }
            Block::Text(t) => {
                for line in paragraphs(&t) {
                    out.push_str(&format!("<p>{}</p>", text(&line)));
                }
            }
            Block::Labelled(label, t) => {
                let mut lines = paragraphs(&t).into_iter();
                let first = lines.next().unwrap_or_default();
                out.push_str(&format!("<p>{}{}</p>", text(&label), text(&first)));
                for line in lines {
                    out.push_str(&format!("<p>{}</p>", text(&line)));
                }
            }
            Block::Blank => {}
            Block::Attachment(name) => out.push_str(&format!(
                "<p class=\"attachment\">附件：<a href=\"#annex-{}\">{}</a></p>",
                w.sections + 1,
                text(&name)
            )),
            Block::Signature { unit, date } | Block::SealedSignature { unit, date } => {
                out.push_str(&format!("<p class=\"sign\">{}</p><p class=\"sign\">{}</p>", text(&unit), text(&date)));
            }
            Block::DocNumber(number) => out.push_str(&format!("<p class=\"doc-number\">{}</p>", text(&number))),
            Block::Addressee(names) => out.push_str(&format!(
                "<p class=\"addressee\">{}：</p>",
                text(names.trim().trim_end_matches([':', '：']))
            )),
            Block::AttachmentMark => {
                title_id = Some(w.open_section(&mut out, "attached"));
                w.attached = true;
            }
            Block::Annex(title) => {
                let id = w.open_section(&mut out, "annex");
                w.in_annex = true;
                let h = w.heading(2);
                out.push_str(&format!("<h{h} id=\"{id}-title\">{}</h{h}>", text(&title)));
            }
            Block::Table(table) => {
                table_html(&mut out, &table, &w.caption);
                w.caption.clear();
            }
        }
    }
    w.close(&mut out);
    let rows = catalogue_rows(plan);
    if !rows.is_empty() {
        out.push_str(&format!(
            "<section class=\"annex\" id=\"catalogue\" aria-labelledby=\"catalogue-title\"><h2 id=\"catalogue-title\">{}{SHEET_NAME}</h2>",
            text(plan.cover.unit.trim())
        ));
        table_html(&mut out, &Table::plain(catalogue_headings(), rows), "");
        out.push_str("</section>");
    }
    out
}

/// The plan as a complete HTML document (UTF-8).
pub fn portal_page(plan: &Plan) -> String {
    let title = text(&plan.title());
    format!(
        "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{title}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n<main>\n<article>\n{}\n</article>\n</main>\n</body>\n</html>\n",
        body(plan)
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalogue::sample_plan;

    #[test]
    fn the_page_holds_the_whole_document_and_both_tables() {
        let plan = sample_plan();
        let page = portal_page(&plan);
        assert!(page.starts_with("<!DOCTYPE html>"));
        assert!(page.contains("<html lang=\"zh-CN\">"));
        assert!(page.contains(&format!("<title>{}</title>", plan.title())));
        assert!(page.contains("<h2>一、"), "section headings");
        assert_eq!(page.matches("<h1").count(), 1, "one h1");
        assert!(page.contains("<h3>（一）"), "subsection headings");
        assert!(page.contains("<p class=\"sign\">广东省民政厅</p>"));
        assert!(page.contains("2018年9月3日"));
        assert!(page.contains("<section class=\"annex\" id=\"annex-1\""));
        assert!(page.contains("<th scope=\"col\">"));
        assert!(page.contains("<th scope=\"colgroup\""), "areas as group rows of the annex");
        assert!(page.contains("主动公开目录清单</h2>"));
        let first_item = &plan.selected_areas().next().unwrap().items[0].name;
        assert!(page.contains(first_item.trim()));
    }

    #[test]
    fn nothing_runs_and_nothing_is_fetched() {
        let mut plan = sample_plan();
        plan.preamble = "<script>alert(1)</script> <img src=http://x/a.png> \u{202E}反向 \u{1} 正文".into();
        plan.cover.unit = "单位\"><script>".into();
        let page = portal_page(&plan);
        // Text is escaped, so every `<` opens markup the page itself wrote.
        let tags: Vec<&str> = page.split('<').skip(1).map(|t| &t[..t.find('>').unwrap()]).collect();
        for tag in &tags {
            let lower = tag.to_lowercase();
            assert!(!lower.starts_with("script") && !lower.starts_with("img") && !lower.starts_with("link"), "{tag}");
            assert!(!lower.contains("src=") && !lower.contains("style="), "{tag}");
            assert!(lower.split("href=\"").skip(1).all(|h| h.starts_with('#')), "only links within the page: {tag}");
        }
        assert!(!STYLE.contains("url(") && !STYLE.contains("@import"), "no outside resources in the style");
        assert!(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assert!(!page.contains('\u{202E}') && !page.contains('\u{1}'));
    }

    #[test]
    fn a_plan_issued_by_a_notice_is_published_as_issued() {
        let mut plan = sample_plan();
        plan.cover.issuing.enabled = true;
        plan.cover.issuing.number = "粤民办〔2018〕12号".into();
        plan.cover.issuing.addressees = "各地级以上市民政局，厅机关各处室".into();
        plan.cover.issuing.date = "2018-09-03".into();
        let page = portal_page(&plan);
        assert_eq!(page.matches("<h1").count(), 1, "the notice's title is the page's h1");
        assert!(page.contains("<p class=\"doc-number\">粤民办〔2018〕12号</p>"));
        assert!(page.contains("<p class=\"addressee\">各地级以上市民政局，厅机关各处室：</p>"));
        // The notice's 附件 line leads to the plan, the plan's to its annex.
        assert!(page.contains("附件：<a href=\"#annex-1\">"));
        assert!(page.contains("<section class=\"attached\" id=\"annex-1\" aria-labelledby=\"annex-1-title\">"));
        assert!(page.contains("<h2 id=\"annex-1-title\" class=\"doc-title\">"));
        assert!(page.contains("附件：<a href=\"#annex-2\">责任分工表</a>"));
        assert!(page.contains("<h3>一、"), "the plan's sections one level down");
        assert!(page.contains("id=\"annex-2-title\""));
    }

    #[test]
    fn an_empty_plan_still_makes_a_page() {
        let page = portal_page(&Plan::default());
        assert!(page.contains("<title>"));
        assert!(page.ends_with("</html>\n"));
    }
}
