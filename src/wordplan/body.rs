//! The body of a WordprocessingML document as paragraphs in reading order: text from every run
//! (also inside hyperlinks, insertions, smart tags, content controls, simple fields and custom
//! XML), the number Word shows for numbered paragraphs, table cells with their position, the
//! heading level a paragraph style gives. Left out: deleted text (`w:del`, `w:delText`,
//! `w:moveFrom`), field codes (`w:instrText`), hidden text (`w:vanish`), property changes,
//! content-control properties, drawings and text boxes, and the fallback branch of alternate
//! content. Headers, footers, footnotes and comments are separate parts and never read.

use super::numbering::{Counters, NumRef, Numbering, Styles, on};
use super::xml::{Event, Reader, Tag, local, prefix};
use super::{Cell, Paragraph};

const W_TRANSITIONAL: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const W_STRICT: &str = "http://purl.oclc.org/ooxml/wordprocessingml/main";
const MARKUP_COMPATIBILITY: &str = "http://schemas.openxmlformats.org/markup-compatibility/2006";

/// WordprocessingML elements whose whole content is left out.
const SKIPPED: [&str; 30] = [
    "del",
    "moveFrom",
    "delText",
    "instrText",
    "delInstrText",
    "pPrChange",
    "rPrChange",
    "sectPrChange",
    "tblPrChange",
    "trPrChange",
    "tcPrChange",
    "numberingChange",
    "sdtPr",
    "sdtEndPr",
    "smartTagPr",
    "customXmlPr",
    "tblPr",
    "tblGrid",
    "trPr",
    "tcPr",
    "sectPr",
    "drawing",
    "pict",
    "object",
    "txbxContent",
    "fldData",
    "ffData",
    "rt",
    "footnoteReference",
    "endnoteReference",
];

/// A table being read: its number and the current row and column.
struct TablePos {
    table: usize,
    row: usize,
    column: usize,
}

#[derive(Default)]
struct Open {
    style: Option<String>,
    num: NumRef,
    outline: Option<u8>,
    text: String,
    cell: Option<Cell>,
}

/// Reads the paragraphs of `document.xml`.
pub fn paragraphs(xml: &str, styles: &Styles, numbering: &Numbering) -> Vec<Paragraph> {
    let mut counters = Counters::new(numbering, styles);
    let mut out = Vec::new();
    let mut w = "w".to_string();
    let mut mc = "mc".to_string();
    let mut first = true;
    // Depth of the element whose content is being skipped (0 = not skipping).
    let mut skip = 0usize;
    let mut para: Option<Open> = None;
    let mut in_ppr = 0usize;
    let mut in_run = false;
    let mut run_hidden = false;
    let mut in_rpr = false;
    let mut in_text = false;
    let mut tables: Vec<TablePos> = Vec::new();
    let mut table_count = 0usize;

    let finish = |para: &mut Option<Open>, out: &mut Vec<Paragraph>, counters: &mut Counters| {
        if let Some(p) = para.take() {
            let label = counters.label(p.style.as_deref(), &p.num);
            let outline = p.outline.or_else(|| styles.outline(p.style.as_deref()));
            out.push(Paragraph { label, text: p.text, outline, cell: p.cell });
        }
    };

    for event in Reader::new(xml) {
        match event {
            Event::Start(tag) => {
                if first {
                    first = false;
                    for (p, uri) in tag.namespaces() {
                        if uri == W_TRANSITIONAL || uri == W_STRICT {
                            w = p.to_string();
                        } else if uri == MARKUP_COMPATIBILITY {
                            mc = p.to_string();
                        }
                    }
                }
                if skip > 0 {
                    skip += usize::from(!tag.empty);
                    continue;
                }
                let name = local(tag.name);
                let ns = prefix(tag.name);
                if ns == mc {
                    if name == "Fallback" && !tag.empty {
                        skip = 1;
                    }
                    continue;
                }
                if ns != w {
                    // Other vocabularies (drawing, VML, math, extensions): nothing to read.
                    if !tag.empty {
                        skip = 1;
                    }
                    continue;
                }
                if SKIPPED.contains(&name) {
                    if !tag.empty {
                        skip = 1;
                    }
                    continue;
                }
                if name == "p" {
                    finish(&mut para, &mut out, &mut counters);
                    para = Some(Open { cell: current_cell(&tables), ..Open::default() });
                    if tag.empty {
                        finish(&mut para, &mut out, &mut counters);
                    }
                    continue;
                }
                element_start(
                    &tag,
                    name,
                    &mut State {
                        para: &mut para,
                        in_ppr: &mut in_ppr,
                        in_run: &mut in_run,
                        run_hidden: &mut run_hidden,
                        in_rpr: &mut in_rpr,
                        in_text: &mut in_text,
                        tables: &mut tables,
                        table_count: &mut table_count,
                    },
                );
            }
            Event::End(name) => {
                if skip > 0 {
                    skip -= 1;
                    continue;
                }
                if prefix(name) != w {
                    continue;
                }
                match local(name) {
                    "p" => finish(&mut para, &mut out, &mut counters),
                    "pPr" => in_ppr = in_ppr.saturating_sub(1),
                    "r" => {
                        in_run = false;
                        run_hidden = false;
                    }
                    "rPr" => in_rpr = false,
                    "t" => in_text = false,
                    "tbl" => {
                        tables.pop();
                    }
                    _ => {}
                }
            }
            Event::Text(text) => {
                if skip == 0
                    && in_text
                    && in_run
                    && !run_hidden
                    && let Some(p) = para.as_mut()
                {
                    p.text.push_str(&text);
                }
            }
        }
    }
    finish(&mut para, &mut out, &mut counters);
    out
}

struct State<'s> {
    para: &'s mut Option<Open>,
    in_ppr: &'s mut usize,
    in_run: &'s mut bool,
    run_hidden: &'s mut bool,
    in_rpr: &'s mut bool,
    in_text: &'s mut bool,
    tables: &'s mut Vec<TablePos>,
    table_count: &'s mut usize,
}

fn current_cell(tables: &[TablePos]) -> Option<Cell> {
    tables.last().map(|t| Cell { table: t.table, row: t.row, column: t.column })
}

fn element_start(tag: &Tag, name: &str, s: &mut State) {
    match name {
        "tbl" => {
            s.tables.push(TablePos { table: *s.table_count, row: 0, column: 0 });
            *s.table_count += 1;
            // Rows and columns count from 0: the first `tr`/`tc` moves to it.
            if let Some(t) = s.tables.last_mut() {
                t.row = usize::MAX;
            }
        }
        "tr" => {
            if let Some(t) = s.tables.last_mut() {
                t.row = t.row.wrapping_add(1);
                t.column = usize::MAX;
            }
        }
        "tc" => {
            if let Some(t) = s.tables.last_mut() {
                t.column = t.column.wrapping_add(1);
            }
        }
        "pPr" if !tag.empty => *s.in_ppr += 1,
        "r" if !tag.empty => {
            *s.in_run = true;
            *s.run_hidden = false;
        }
        "rPr" if *s.in_run && !tag.empty => *s.in_rpr = true,
        "vanish" | "specVanish" if *s.in_rpr => *s.run_hidden = on(tag),
        "t" if !tag.empty => *s.in_text = true,
        _ => {
            let Some(p) = s.para.as_mut() else { return };
            if *s.in_ppr > 0 && !*s.in_run {
                match name {
                    "pStyle" => p.style = tag.attr("val").map(|v| v.into_owned()),
                    "numId" => p.num.num_id = tag.attr("val").and_then(|v| v.trim().parse().ok()),
                    "ilvl" => p.num.ilvl = tag.attr("val").and_then(|v| v.trim().parse().ok()),
                    "outlineLvl" => {
                        p.outline = tag.attr("val").and_then(|v| v.trim().parse().ok()).filter(|l: &u8| *l < 9)
                    }
                    _ => {}
                }
                return;
            }
            if !*s.in_run || *s.run_hidden || *s.in_rpr {
                return;
            }
            match name {
                "tab" | "ptab" => p.text.push('\t'),
                "br" | "cr" => p.text.push('\n'),
                "noBreakHyphen" => p.text.push('-'),
                "sym" => {
                    let c =
                        tag.attr("char").and_then(|v| u32::from_str_radix(v.trim(), 16).ok()).and_then(char::from_u32);
                    // Symbol-font glyphs live in the private use area: not text.
                    if let Some(c) = c.filter(|c| !('\u{E000}'..='\u{F8FF}').contains(c)) {
                        p.text.push(c);
                    }
                }
                _ => {}
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(body: &str) -> String {
        format!(
            r#"<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="{W_TRANSITIONAL}" xmlns:mc="{MARKUP_COMPATIBILITY}" xmlns:wp="urn:wp"><w:body>{body}</w:body></w:document>"#
        )
    }

    fn texts(body: &str) -> Vec<String> {
        paragraphs(&doc(body), &Styles::default(), &Numbering::default()).into_iter().map(|p| p.text).collect()
    }

    #[test]
    fn text_hides_in_many_places_and_deleted_or_hidden_text_is_left_out() {
        let body = concat!(
            r#"<w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="420"/></w:tabs><w:rPr><w:b/></w:rPr></w:pPr>"#,
            r#"<w:r><w:t>一、</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>现状</w:t></w:r><w:smartTag w:uri="x" w:element="y"><w:smartTagPr><w:attr w:name="a" w:val="b"/></w:smartTagPr><w:r><w:t>分</w:t></w:r></w:smartTag>"#,
            r#"<w:hyperlink r:id="rId1"><w:r><w:t>析</w:t></w:r></w:hyperlink><w:ins w:id="1"><w:r><w:t>及</w:t></w:r></w:ins>"#,
            r#"<w:del w:id="2"><w:r><w:delText>删掉的</w:delText></w:r></w:del><w:sdt><w:sdtPr><w:alias w:val="别名"/><w:placeholder><w:docPart w:val="x"/></w:placeholder></w:sdtPr><w:sdtContent><w:r><w:t>思路</w:t></w:r></w:sdtContent></w:sdt>"#,
            r#"<w:fldSimple w:instr=" DOCPROPERTY x "><w:r><w:t>目标</w:t></w:r></w:fldSimple>"#,
            r#"<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>"#,
            r#"<w:r><w:rPr><w:vanish/></w:rPr><w:t>隐藏</w:t></w:r><w:r><w:rPr><w:vanish w:val="0"/></w:rPr><w:t>显示</w:t></w:r>"#,
            r#"<w:moveFrom><w:r><w:t>移走</w:t></w:r></w:moveFrom><w:moveTo><w:r><w:t>移来</w:t></w:r></w:moveTo>"#,
            r#"<w:r><w:drawing><wp:inline><w:txbxContent><w:p><w:r><w:t>文本框</w:t></w:r></w:p></w:txbxContent></wp:inline></w:drawing></w:r>"#,
            r#"<mc:AlternateContent><mc:Choice Requires="x"><w:r><w:t>甲</w:t></w:r></mc:Choice><mc:Fallback><w:r><w:t>乙</w:t></w:r></mc:Fallback></mc:AlternateContent>"#,
            r#"<w:r><w:t xml:space="preserve"> a</w:t><w:tab/><w:t>b</w:t><w:br/><w:t>c&amp;&#12289;</w:t></w:r></w:p>"#,
            r#"<w:p/><w:p><w:pPr><w:pStyle w:val="x"/></w:pPr></w:p>"#,
        );
        assert_eq!(texts(body), ["一、现状分析及思路目标1显示移来甲 a\tb\nc&、", "", ""]);
    }

    #[test]
    fn tables_give_cell_positions() {
        let body = concat!(
            r#"<w:p><w:r><w:t>前</w:t></w:r></w:p><w:tbl><w:tblPr><w:tblW w:w="0"/></w:tblPr><w:tblGrid><w:gridCol/></w:tblGrid>"#,
            r#"<w:tr><w:trPr/><w:tc><w:tcPr/><w:p><w:r><w:t>事项</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>内容</w:t></w:r></w:p><w:p><w:r><w:t>第二段</w:t></w:r></w:p></w:tc></w:tr>"#,
            r#"<w:tr><w:tc><w:p><w:r><w:t>低保</w:t></w:r></w:p></w:tc><w:tc><w:tbl><w:tr><w:tc><w:p><w:r><w:t>内嵌</w:t></w:r></w:p></w:tc></w:tr></w:tbl></w:tc></w:tr></w:tbl>"#,
            r#"<w:p><w:r><w:t>后</w:t></w:r></w:p>"#,
        );
        let ps = paragraphs(&doc(body), &Styles::default(), &Numbering::default());
        type Cell = (String, Option<(usize, usize, usize)>);
        let cells: Vec<Cell> = ps.into_iter().map(|p| (p.text, p.cell.map(|c| (c.table, c.row, c.column)))).collect();
        assert_eq!(
            cells,
            [
                ("前".into(), None),
                ("事项".into(), Some((0, 0, 0))),
                ("内容".into(), Some((0, 0, 1))),
                ("第二段".into(), Some((0, 0, 1))),
                ("低保".into(), Some((0, 1, 0))),
                ("内嵌".into(), Some((1, 0, 0))),
                ("后".into(), None),
            ]
        );
    }

    #[test]
    fn another_prefix_for_the_main_namespace_works() {
        let xml = format!(
            r#"<x:document xmlns:x="{W_STRICT}"><x:body><x:p><x:r><x:t>严格</x:t></x:r></x:p><w:p><w:r><w:t>不是</w:t></w:r></w:p></x:body></x:document>"#
        );
        let ps = paragraphs(&xml, &Styles::default(), &Numbering::default());
        assert_eq!(ps.iter().map(|p| p.text.as_str()).collect::<Vec<_>>(), ["严格"]);
    }
}
