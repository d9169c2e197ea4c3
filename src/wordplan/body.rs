//! The body of a WordprocessingML document as paragraphs in reading order: text from every run
//! (also inside hyperlinks, insertions, smart tags, content controls, simple fields and custom
//! XML), the number Word shows for numbered paragraphs, table cells with their position, the
//! heading level a paragraph style gives. Left out: deleted text (`w:del`, `w:delText`,
//! `w:moveFrom`), field codes (`w:instrText`), hidden text (`w:vanish`), property changes,
//! content-control properties, drawings and text boxes, the fallback branch of alternate
//! content, and footnote and endnote references (a mark of the clerk's own, `*`, too). Headers,
//! footers, footnotes and comments are separate parts and never read.
//!
//! A table that only lays text out (its text all in one column or one row: a one-cell frame
//! around the whole plan, a 落款 in the right-hand cell of a borderless table) is not a table:
//! its paragraphs have no cell, as if it were not there.
//!
//! A paragraph with text from a `DATE` or `TIME` field, which Word sets to today's date on
//! opening, is marked ([`Paragraph::auto_date`]).
//!
//! A table of contents is not body text either: the result of a `TOC` field, paragraphs in a
//! contents style (`toc 1`…, `TOC Heading`), a 目录 line just before either, and a 目录 typed by
//! hand (a line 目录 followed by lines ending in page numbers) are read as empty paragraphs, so
//! paragraphs are still counted as a reader counts them.

use super::numbering::{Counters, NumRef, Numbering, Styles, on};
use super::xml::{Event, Reader, Tag, local, prefix};
use std::collections::BTreeSet;

use super::{Cell, Paragraph};

const W_TRANSITIONAL: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const W_STRICT: &str = "http://purl.oclc.org/ooxml/wordprocessingml/main";
const MARKUP_COMPATIBILITY: &str = "http://schemas.openxmlformats.org/markup-compatibility/2006";

/// WordprocessingML elements whose whole content is left out.
const SKIPPED: [&str; 29] = [
    "del",
    "moveFrom",
    "delText",
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
    /// Part of a table of contents (text of it left out, or a contents style).
    contents: bool,
    /// Has text from a field that shows today's date ([`is_auto_date_code`]).
    auto_date: bool,
}

/// A complex field (`w:fldChar` begin … separate … end) being read.
#[derive(Default)]
struct Field {
    /// Its instruction (`w:instrText`), e.g. ` TOC \o "1-3" \h `.
    code: String,
    /// Past `separate`: in the result Word shows.
    result: bool,
}

impl Field {
    fn is_contents(&self) -> bool {
        is_toc_code(&self.code)
    }
}

/// A field instruction whose result Word replaces with the current date or time whenever the
/// document is opened: `DATE`, `TIME` (not `CREATEDATE`, `SAVEDATE` or `PRINTDATE`, which keep
/// the date the document was created, saved or printed).
fn is_auto_date_code(code: &str) -> bool {
    code.split_whitespace().next().is_some_and(|w| w.eq_ignore_ascii_case("DATE") || w.eq_ignore_ascii_case("TIME"))
}

/// A field instruction that makes a table of contents.
fn is_toc_code(code: &str) -> bool {
    let code = code.trim_start();
    code.get(..3).is_some_and(|w| w.eq_ignore_ascii_case("TOC"))
        && code[3..].chars().next().is_none_or(char::is_whitespace)
}

/// Reads the paragraphs of `document.xml`.
pub fn paragraphs(xml: &str, styles: &Styles, numbering: &Numbering) -> Vec<Paragraph> {
    let (mut out, parents) = match read(xml, styles, numbering, true) {
        // A TOC field that never ends (a damaged file) would take the rest of the text with it.
        (_, _, true) => {
            let (out, parents, _) = read(xml, styles, numbering, false);
            (out, parents)
        }
        (out, parents, false) => (out, parents),
    };
    unframe(&mut out, &parents);
    typed_contents(&mut out);
    out.into_iter().map(|(p, _)| p).collect()
}

/// The paragraphs, each with whether it belongs to a table of contents (when `contents` is
/// true; then the text of TOC fields is left out), the cell each table is in (for a table inside
/// another), and whether a TOC field was left open.
fn read(
    xml: &str,
    styles: &Styles,
    numbering: &Numbering,
    contents: bool,
) -> (Vec<(Paragraph, bool)>, Vec<Option<Cell>>, bool) {
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
    // After a footnote or endnote reference with a mark of the clerk's own (`customMarkFollows`):
    // the mark, the text after it in its run (or in the next run), is not text; true once read.
    let mut custom_mark: Option<bool> = None;
    let mut in_rpr = false;
    let mut in_text = false;
    let mut in_instr = false;
    let mut tables: Vec<TablePos> = Vec::new();
    // For each table, the cell it is in (a table inside another's cell).
    let mut parents: Vec<Option<Cell>> = Vec::new();
    let mut fields: Vec<Field> = Vec::new();
    // For each simple field (`w:fldSimple`) open, whether it shows today's date.
    let mut simple_dates: Vec<bool> = Vec::new();

    let finish = |para: &mut Option<Open>, out: &mut Vec<(Paragraph, bool)>, counters: &mut Counters| {
        if let Some(p) = para.take() {
            let (label, level) = counters.number(p.style.as_deref(), &p.num).unzip();
            let outline = p.outline.or_else(|| styles.outline(p.style.as_deref()));
            let styled = styles.is_contents(p.style.as_deref());
            let contents = contents && (p.contents || styled);
            // A paragraph of a contents style, or one whose text was all in a TOC field.
            let left_out = contents && (styled || !crate::content::has_content(&p.text));
            let paragraph = if left_out {
                Paragraph { cell: p.cell, ..Paragraph::default() }
            } else {
                Paragraph {
                    label: label.unwrap_or_default(),
                    text: p.text,
                    outline,
                    cell: p.cell,
                    level,
                    auto_date: p.auto_date,
                }
            };
            out.push((paragraph, contents));
        }
    };
    let in_contents = |fields: &[Field]| contents && fields.iter().any(|f| f.result && f.is_contents());

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
                if matches!(name, "footnoteReference" | "endnoteReference")
                    && in_run
                    && tag.attr("customMarkFollows").is_some_and(|v| matches!(v.trim(), "1" | "true" | "on"))
                {
                    custom_mark = Some(false);
                }
                let toc_simple = name == "fldSimple" && contents && tag.attr("instr").is_some_and(|c| is_toc_code(&c));
                if SKIPPED.contains(&name) || toc_simple {
                    if let Some(p) = para.as_mut().filter(|_| toc_simple) {
                        p.contents = true;
                    }
                    if !tag.empty {
                        skip = 1;
                    }
                    continue;
                }
                if name == "p" {
                    custom_mark = None;
                    finish(&mut para, &mut out, &mut counters);
                    para =
                        Some(Open { cell: current_cell(&tables), contents: in_contents(&fields), ..Open::default() });
                    if tag.empty {
                        finish(&mut para, &mut out, &mut counters);
                    }
                    continue;
                }
                if name == "fldSimple" && !tag.empty {
                    simple_dates.push(tag.attr("instr").is_some_and(|c| is_auto_date_code(&c)));
                }
                if in_run && !in_rpr {
                    match name {
                        "instrText" => in_instr = !tag.empty,
                        "fldChar" => match tag.attr("fldCharType").as_deref() {
                            Some("begin") => fields.push(Field::default()),
                            Some("separate") => {
                                if let Some(f) = fields.last_mut() {
                                    f.result = true;
                                }
                                if let Some(p) = para.as_mut().filter(|_| in_contents(&fields)) {
                                    p.contents = true;
                                }
                            }
                            Some("end") => {
                                fields.pop();
                            }
                            _ => {}
                        },
                        _ => {}
                    }
                }
                let hide = in_contents(&fields);
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
                        parents: &mut parents,
                        hide,
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
                        if custom_mark == Some(true) {
                            custom_mark = None;
                        }
                    }
                    "rPr" => in_rpr = false,
                    "t" => in_text = false,
                    "instrText" => in_instr = false,
                    "fldSimple" => {
                        simple_dates.pop();
                    }
                    "tbl" => {
                        tables.pop();
                    }
                    _ => {}
                }
            }
            Event::Text(text) => {
                if skip > 0 || !in_run {
                    continue;
                }
                if in_instr {
                    if let Some(f) = fields.last_mut().filter(|f| !f.result) {
                        f.code.push_str(&text);
                    }
                } else if in_text && custom_mark.is_some() {
                    custom_mark = Some(true);
                } else if in_text
                    && !run_hidden
                    && !in_contents(&fields)
                    && let Some(p) = para.as_mut()
                {
                    p.text.push_str(&text);
                    p.auto_date |=
                        simple_dates.contains(&true) || fields.iter().any(|f| f.result && is_auto_date_code(&f.code));
                }
            }
        }
    }
    finish(&mut para, &mut out, &mut counters);
    let open = fields.iter().any(|f| f.result && f.is_contents());
    (out, parents, contents && open)
}

/// Takes layout tables away: a table whose text all lies in one column (a one-cell frame around
/// the whole text, a 落款 in the right-hand cell of a borderless table, a one-column box) or in
/// one row (unit and date side by side) holds no data, and its paragraphs read as if it were not
/// there — in the cell around it, for a table inside another. A table with text in several rows
/// and several columns (a header row and its data) stays a table.
fn unframe(paragraphs: &mut [(Paragraph, bool)], parents: &[Option<Cell>]) {
    // The cells with text in each table; a table with text inside a cell is text in it.
    let mut filled: Vec<BTreeSet<(usize, usize)>> = vec![BTreeSet::new(); parents.len()];
    for (p, _) in paragraphs.iter() {
        if let Some(c) = p.cell.filter(|_| crate::content::has_content(&p.text)) {
            filled[c.table].insert((c.row, c.column));
        }
    }
    // A table inside another comes after it: inner tables first.
    for t in (0..parents.len()).rev() {
        if let Some(c) = parents[t].filter(|_| !filled[t].is_empty()) {
            filled[c.table].insert((c.row, c.column));
        }
    }
    let layout: Vec<bool> = filled
        .iter()
        .map(|cells| {
            let rows: BTreeSet<usize> = cells.iter().map(|c| c.0).collect();
            let columns: BTreeSet<usize> = cells.iter().map(|c| c.1).collect();
            rows.len() <= 1 || columns.len() <= 1
        })
        .collect();
    for (p, _) in paragraphs.iter_mut() {
        while let Some(c) = p.cell.filter(|c| layout[c.table]) {
            p.cell = parents[c.table];
        }
    }
}

/// A contents heading (目录, 目 录, 目次).
fn is_contents_heading(text: &str) -> bool {
    matches!(text.chars().filter(|c| !c.is_whitespace()).collect::<String>().as_str(), "目录" | "目次")
}

/// A line of a typed table of contents: a heading, a leader (spaces, a tab, dots) and a page
/// number (`一、现状分析及思路目标……1`).
fn is_contents_entry(text: &str) -> bool {
    let text = text.trim();
    let name = text.trim_end_matches(|c: char| c.is_ascii_digit() || ('０'..='９').contains(&c));
    let digits = text[name.len()..].chars().count();
    let before = name.trim_end_matches(|c: char| c.is_whitespace() || ".…·．‥⋯-—_".contains(c));
    (1..=3).contains(&digits)
        && before.len() < name.len()
        && text.chars().count() <= 80
        && !text.contains('\n')
        && crate::content::has_content(before)
}

/// Empties a 目录 line just before a table of contents already left out, and a typed table of
/// contents: a 目录 line followed by at least two lines ending in page numbers (blank
/// paragraphs between them allowed).
fn typed_contents(paragraphs: &mut [(Paragraph, bool)]) {
    let blank = |p: &Paragraph| !crate::content::has_content(&p.text);
    for i in 0..paragraphs.len() {
        if paragraphs[i].0.cell.is_some() || !is_contents_heading(&paragraphs[i].0.text) {
            continue;
        }
        let Some(next) = (i + 1..paragraphs.len()).find(|&j| paragraphs[j].1 || !blank(&paragraphs[j].0)) else {
            continue;
        };
        let mut left_out = vec![i];
        if !paragraphs[next].1 {
            let entries: Vec<usize> = (next..paragraphs.len())
                .map_while(|k| {
                    let p = &paragraphs[k].0;
                    (blank(p) || p.cell.is_none() && is_contents_entry(&p.text)).then_some(k)
                })
                .filter(|&k| !blank(&paragraphs[k].0))
                .collect();
            if entries.len() < 2 {
                continue;
            }
            left_out.extend(entries);
        }
        for k in left_out {
            let cell = paragraphs[k].0.cell;
            paragraphs[k] = (Paragraph { cell, ..Paragraph::default() }, true);
        }
    }
}

struct State<'s> {
    para: &'s mut Option<Open>,
    in_ppr: &'s mut usize,
    in_run: &'s mut bool,
    run_hidden: &'s mut bool,
    in_rpr: &'s mut bool,
    in_text: &'s mut bool,
    tables: &'s mut Vec<TablePos>,
    parents: &'s mut Vec<Option<Cell>>,
    /// In a table of contents: tabs and breaks are left out too.
    hide: bool,
}

fn current_cell(tables: &[TablePos]) -> Option<Cell> {
    tables.last().map(|t| Cell { table: t.table, row: t.row, column: t.column })
}

fn element_start(tag: &Tag, name: &str, s: &mut State) {
    match name {
        "tbl" => {
            s.tables.push(TablePos { table: s.parents.len(), row: 0, column: 0 });
            s.parents.push(current_cell(&s.tables[..s.tables.len() - 1]));
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
            if !*s.in_run || *s.run_hidden || *s.in_rpr || s.hide {
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
            r#"<w:tr><w:tc><w:p><w:r><w:t>低保</w:t></w:r></w:p></w:tc><w:tc><w:tbl><w:tr><w:tc><w:p><w:r><w:t>内嵌</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>甲</w:t></w:r></w:p></w:tc></w:tr>"#,
            r#"<w:tr><w:tc><w:p><w:r><w:t>乙</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>丙</w:t></w:r></w:p></w:tc></w:tr></w:tbl></w:tc></w:tr></w:tbl>"#,
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
                ("甲".into(), Some((1, 0, 1))),
                ("乙".into(), Some((1, 1, 0))),
                ("丙".into(), Some((1, 1, 1))),
                ("后".into(), None),
            ]
        );
    }

    fn table(rows: &[&[&[&str]]]) -> String {
        let cell = |ps: &[&str]| {
            let ps: String = ps
                .iter()
                .map(|t| format!("<w:p>{}</w:p>", if t.is_empty() { String::new() } else { run(t) }))
                .collect();
            format!("<w:tc>{ps}</w:tc>")
        };
        let rows: String =
            rows.iter().map(|r| format!("<w:tr>{}</w:tr>", r.iter().map(|c| cell(c)).collect::<String>())).collect();
        format!("<w:tbl>{rows}</w:tbl>")
    }

    #[test]
    fn layout_tables_are_not_tables() {
        type Cell = (String, Option<(usize, usize, usize)>);
        let cells = |body: &str| -> Vec<Cell> {
            paragraphs(&doc(body), &Styles::default(), &Numbering::default())
                .into_iter()
                .filter(|p| !p.text.is_empty())
                .map(|p| (p.text, p.cell.map(|c| (c.table, c.row, c.column))))
                .collect()
        };
        // The whole plan in a one-cell frame.
        let frame = table(&[&[&["某局工作方案", "一、现状分析及思路目标", "正文。"]]]);
        assert!(cells(&frame).iter().all(|(_, c)| c.is_none()), "{:?}", cells(&frame));
        // A 落款 in the right-hand cell of a borderless table, in one column over two rows, or
        // unit and date side by side; a one-column box of several rows.
        for layout in [
            table(&[&[&[""], &["某局", "2018年11月2日"]]]),
            table(&[&[&[""], &["某局"]], &[&[""], &["2018年11月2日"]]]),
            table(&[&[&["某局"], &["2018年11月2日"]]]),
            table(&[&[&["某局"]], &[&["2018年11月2日"]]]),
        ] {
            assert!(cells(&layout).iter().all(|(_, c)| c.is_none()), "{layout}");
        }
        // A table of data inside the frame stays a table; a one-cell table in a cell of it is
        // read in that cell.
        let data = table(&[&[&["领域"], &["事项"]], &[&["低保"], &[]]])
            .replace("<w:tc></w:tc>", &format!("<w:tc>{}<w:p/></w:tc>", table(&[&[&["公开低保标准"]]])));
        let body = table(&[&[&["正文。"]]]).replace("</w:tc>", &format!("{data}<w:p/></w:tc>"));
        assert_eq!(
            cells(&body),
            [
                ("正文。".to_string(), None),
                ("领域".to_string(), Some((1, 0, 0))),
                ("事项".to_string(), Some((1, 0, 1))),
                ("低保".to_string(), Some((1, 1, 0))),
                ("公开低保标准".to_string(), Some((1, 1, 1))),
            ]
        );
    }

    #[test]
    fn a_custom_footnote_mark_is_not_text() {
        let body = concat!(
            r#"<w:p><w:r><w:t>一、现状分析</w:t></w:r><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>"#,
            r#"<w:footnoteReference w:customMarkFollows="1" w:id="3"/><w:t>*</w:t></w:r><w:r><w:t>及思路目标</w:t></w:r></w:p>"#,
            r#"<w:p><w:r><w:t>正文</w:t></w:r><w:r><w:endnoteReference w:customMarkFollows="true" w:id="1"/></w:r>"#,
            r#"<w:r><w:t>†</w:t></w:r><w:r><w:t>。</w:t></w:r><w:r><w:footnoteReference w:id="4"/></w:r><w:r><w:t>完</w:t></w:r></w:p>"#,
        );
        assert_eq!(texts(body), ["一、现状分析及思路目标", "正文。完"]);
    }

    #[test]
    fn another_prefix_for_the_main_namespace_works() {
        let xml = format!(
            r#"<x:document xmlns:x="{W_STRICT}"><x:body><x:p><x:r><x:t>严格</x:t></x:r></x:p><w:p><w:r><w:t>不是</w:t></w:r></w:p></x:body></x:document>"#
        );
        let ps = paragraphs(&xml, &Styles::default(), &Numbering::default());
        assert_eq!(ps.iter().map(|p| p.text.as_str()).collect::<Vec<_>>(), ["严格"]);
    }

    fn run(text: &str) -> String {
        format!("<w:r><w:t xml:space=\"preserve\">{text}</w:t></w:r>")
    }

    fn field(code: &str) -> String {
        format!(
            r#"<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve">{code}</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>"#
        )
    }

    const END: &str = r#"<w:r><w:fldChar w:fldCharType="end"/></w:r>"#;

    fn styled(style: &str, runs: &str) -> String {
        format!(r#"<w:p><w:pPr><w:pStyle w:val="{style}"/></w:pPr>{runs}</w:p>"#)
    }

    #[test]
    fn a_table_of_contents_is_left_out() {
        let entry = |text: &str, page: &str| {
            format!(
                r#"<w:hyperlink w:anchor="_Toc1">{}{}{}{END}</w:hyperlink>"#,
                run(&format!("{text}\t")),
                field(r" PAGEREF _Toc1 \h "),
                run(page)
            )
        };
        let body = [
            format!("<w:p>{}</w:p>", run("某局工作方案")),
            format!("<w:p>{}</w:p>", run("目　录")),
            // A TOC field: its result spans paragraphs (here in a contents style Word names by
            // its built-in name), with PAGEREF fields nested in it.
            styled("11", &format!("{}{}", field(r#" TOC \o "1-3" \h \z \u "#), entry("一、现状分析及思路目标", "1"))),
            styled("21", &entry("（一）工作现状", "1")),
            format!("<w:p><w:pPr><w:pStyle w:val=\"11\"/></w:pPr>{}</w:p>", entry("二、主要任务及具体措施", "2")),
            format!("<w:p>{END}{}</w:p>", run("前言：为做好工作，制定本方案。")),
            // Paragraphs in a contents style without a field; a simple TOC field.
            styled("TOC3", &run("三、组织保障和监督考核\t4")),
            r#"<w:p><w:fldSimple w:instr=" TOC \o "><w:r><w:t>四、其他&#9;5</w:t></w:r></w:fldSimple></w:p>"#
                .to_string(),
            format!("<w:p>{}</w:p>", run("一、现状分析及思路目标")),
            // Other fields keep their result.
            format!("<w:p>{}{}{END}</w:p>", field(" PAGE "), run("3")),
        ]
        .concat();
        let styles = Styles::parse(&format!(
            r#"<w:styles xmlns:w="{W_TRANSITIONAL}"><w:style w:type="paragraph" w:styleId="11"><w:name w:val="toc 1"/></w:style><w:style w:type="paragraph" w:styleId="21"><w:name w:val="toc 2"/><w:basedOn w:val="11"/></w:style></w:styles>"#
        ));
        let ps = paragraphs(&doc(&body), &styles, &Numbering::default());
        let texts: Vec<&str> = ps.iter().map(|p| p.text.as_str()).collect();
        assert_eq!(
            texts,
            ["某局工作方案", "", "", "", "", "前言：为做好工作，制定本方案。", "", "", "一、现状分析及思路目标", "3"]
        );

        // A TOC field that never ends (a damaged file) does not take the text with it.
        let body = format!("<w:p>{}{}</w:p><w:p>{}</w:p>", field(" TOC "), run("一、现状\t1"), run("正文。"));
        let ps = paragraphs(&doc(&body), &Styles::default(), &Numbering::default());
        assert_eq!(ps.iter().map(|p| p.text.as_str()).collect::<Vec<_>>(), ["一、现状\t1", "正文。"]);
    }

    #[test]
    fn a_typed_table_of_contents_is_left_out() {
        let body = |lines: &[&str]| lines.iter().map(|l| format!("<w:p>{}</w:p>", run(l))).collect::<String>();
        let read = |lines: &[&str]| texts(&body(lines));
        assert_eq!(
            read(&[
                "某局工作方案",
                "目录",
                "一、现状分析及思路目标……………1",
                "",
                "二、主要任务及具体措施\t2",
                "三、组织保障和监督考核　４",
                "为做好工作，制定本方案。",
                "一、现状分析及思路目标",
                "近年来公开信息326条。",
            ]),
            [
                "某局工作方案",
                "",
                "",
                "",
                "",
                "",
                "为做好工作，制定本方案。",
                "一、现状分析及思路目标",
                "近年来公开信息326条。"
            ]
        );
        // Not a table of contents: one line with a number, or numbers without a 目录 line.
        let kept = ["目录", "一、现状分析 1", "正文。"];
        assert_eq!(read(&kept), kept);
        let kept = ["一、现状分析 1", "二、主要任务 2", "正文。"];
        assert_eq!(read(&kept), kept);
        let kept = ["目录", "联系电话 83330000", "传真 83330001"];
        assert_eq!(read(&kept), kept);
    }

    #[test]
    fn two_list_levels_with_the_same_number_form_stay_apart() {
        // LibreOffice's multilevel list: levels 0 and 1 both show `%N.`.
        let numbering = Numbering::parse(&format!(
            r#"<w:numbering xmlns:w="{W_TRANSITIONAL}"><w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl><w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%2."/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num></w:numbering>"#
        ));
        let item = |ilvl: u8, text: &str| {
            format!(
                r#"<w:p><w:pPr><w:numPr><w:ilvl w:val="{ilvl}"/><w:numId w:val="1"/></w:numPr></w:pPr>{}</w:p>"#,
                run(text)
            )
        };
        let body = [
            format!("<w:p>{}</w:p>", run("某厅推进社会公益事业建设领域政府信息公开工作方案")),
            format!("<w:p>{}</w:p>", run("为贯彻落实国办发〔2018〕10号，制定本方案。")),
            item(0, "现状分析及思路目标"),
            item(0, "主要任务及具体措施"),
            item(1, "推进自然灾害救助领域信息公开。及时发布灾情。（救灾处负责）"),
            item(1, "推进社会救助和社会福利领域信息公开。公开低保标准。"),
            item(0, "组织保障和监督考核"),
            format!("<w:p>{}</w:p>", run("某厅")),
            format!("<w:p>{}</w:p>", run("2018年9月3日")),
        ]
        .concat();
        let ps = paragraphs(&doc(&body), &Styles::default(), &Numbering::default());
        assert!(ps.iter().all(|p| p.level.is_none() && p.label.is_empty()));
        let ps = paragraphs(&doc(&body), &Styles::default(), &numbering);
        let numbers: Vec<(&str, Option<u8>)> = ps[2..7].iter().map(|p| (p.label.as_str(), p.level)).collect();
        assert_eq!(numbers, [("1.", Some(0)), ("2.", Some(0)), ("1.", Some(1)), ("2.", Some(1)), ("3.", Some(0))]);
        let plan = super::super::structure::analyse(&ps);
        let titles: Vec<&str> = plan.sections.iter().map(|s| s.title.as_str()).collect();
        assert_eq!(titles, ["现状分析及思路目标", "主要任务及具体措施", "组织保障和监督考核"]);
        let subsections: Vec<&str> = plan.sections[1].subsections.iter().map(|s| s.title.as_str()).collect();
        assert_eq!(subsections, ["推进自然灾害救助领域信息公开", "推进社会救助和社会福利领域信息公开"]);
    }

    #[test]
    fn a_date_field_that_shows_today_is_marked() {
        let body = [
            // Simple and complex DATE and TIME fields (any case): Word shows today's date.
            r#"<w:p><w:fldSimple w:instr=" DATE \@ &quot;yyyy年M月d日&quot; "><w:r><w:t>2019年3月7日</w:t></w:r></w:fldSimple></w:p>"#.to_string(),
            format!("<w:p>{}{}{}{END}</w:p>", run("某局　"), field(r#" date \@ "yyyy年M月d日" "#), run("2019年3月7日")),
            format!("<w:p>{}{}{END}</w:p>", field(" TIME "), run("2019年3月7日")),
            // The dates a document was created, saved or printed stay as they are.
            format!("<w:p>{}{}{END}</w:p>", field(" CREATEDATE \\@ \"yyyy年M月d日\" "), run("2018年11月2日")),
            r#"<w:p><w:fldSimple w:instr=" SAVEDATE "><w:r><w:t>2018年11月2日</w:t></w:r></w:fldSimple></w:p>"#.to_string(),
            // After a field has ended, and its code, do not count; nor does other text.
            format!("<w:p>{}{}{END}{}</w:p>", field(" PAGE "), run("1"), run("2018年11月2日")),
            format!("<w:p>{}{END}{}</w:p>", field(" DATE "), run("2018年11月2日")),
            format!("<w:p>{}</w:p>", run("DATE 2018年11月2日")),
        ]
        .concat();
        let ps = paragraphs(&doc(&body), &Styles::default(), &Numbering::default());
        let marked: Vec<bool> = ps.iter().map(|p| p.auto_date).collect();
        assert_eq!(marked, [true, true, true, false, false, false, false, false]);
        assert_eq!(ps[1].text, "某局　2019年3月7日");
    }
}
