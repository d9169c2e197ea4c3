//! A one-sheet .xlsx workbook (SpreadsheetML, ISO/IEC 29500-1 §18) written by hand: a bold
//! header row frozen at the top and repeated on printed pages, column widths, wrapped text,
//! every cell an inline string (never a number or a formula: a cell whose text starts like a
//! formula gets Excel's quote prefix, so editing it does not turn it into one), an autofilter,
//! landscape A4 printing fitted to the page width. Packed by [`super::opc`] with the project's
//! zip writer: no spreadsheet crate in the bundle.

use std::fmt::Write;

use super::layout::{Properties, clean};
use super::opc;
use super::xml::escape;

const MAIN_NS: &str = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL_NS: &str = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const DECLARATION: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#;

/// Style indices of `styles.xml`'s `cellXfs`.
const STYLE_HEADER: usize = 1;
const STYLE_TEXT: usize = 2;
const STYLE_TEXT_QUOTED: usize = 3;

/// A sheet to write: its name, the header row, the rows, and each column's width in Excel's
/// character units (a Chinese character is about two).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Sheet {
    pub name: String,
    pub headings: Vec<String>,
    pub rows: Vec<Vec<String>>,
    pub widths: Vec<f32>,
}

/// Column letters: A … Z, AA …
pub fn column_name(index: usize) -> String {
    let mut n = index + 1;
    let mut name = String::new();
    while n > 0 {
        let rem = (n - 1) % 26;
        name.insert(0, (b'A' + rem as u8) as char);
        n = (n - 1) / 26;
    }
    name
}

/// A sheet name Excel accepts: at most 31 characters, none of `[]:*?/\`, not empty.
pub fn sheet_name(name: &str) -> String {
    let cleaned: String = clean(name)
        .chars()
        .filter(|c| !matches!(c, '[' | ']' | ':' | '*' | '?' | '/' | '\\') && !c.is_control())
        .take(31)
        .collect();
    let trimmed = cleaned.trim().trim_matches('\'').to_string();
    if trimmed.is_empty() { "Sheet1".into() } else { trimmed }
}

/// First characters that make a spreadsheet read a cell as a formula: the ASCII ones and their
/// full-width and small forms (Excel in Chinese locales converts those to ASCII).
const FORMULA_STARTS: [char; 12] = ['=', '+', '-', '@', '＝', '＋', '－', '＠', '﹦', '﹢', '﹣', '﹫'];

/// Text that a spreadsheet would read as a formula if the cell were edited.
pub fn looks_like_formula(text: &str) -> bool {
    text.trim_start().starts_with(FORMULA_STARTS)
}

/// One cell. The text is trimmed: SpreadsheetML's `t` takes no `xml:space` (ISO/IEC 29500).
fn cell(out: &mut String, reference: &str, text: &str, style: usize) {
    let text = clean(text).replace('\r', "").trim().to_string();
    let style = if style == STYLE_TEXT && looks_like_formula(&text) { STYLE_TEXT_QUOTED } else { style };
    let _ = write!(out, r#"<c r="{reference}" s="{style}" t="inlineStr"><is><t>{}</t></is></c>"#, escape(&text));
}

fn worksheet(sheet: &Sheet) -> String {
    let columns = sheet.headings.len().max(1);
    let last_column = column_name(columns - 1);
    let last_row = sheet.rows.len() + 1;
    let mut xml = format!(
        concat!(
            "{}<worksheet xmlns=\"{}\" xmlns:r=\"{}\"><sheetPr><pageSetUpPr fitToPage=\"1\"/></sheetPr>",
            "<dimension ref=\"A1:{}{}\"/><sheetViews><sheetView workbookViewId=\"0\">",
            "<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>",
            "<selection pane=\"bottomLeft\" activeCell=\"A2\" sqref=\"A2\"/></sheetView></sheetViews>",
            "<sheetFormatPr defaultRowHeight=\"15\"/><cols>"
        ),
        DECLARATION, MAIN_NS, REL_NS, last_column, last_row
    );
    for i in 0..columns {
        let width = sheet.widths.get(i).copied().unwrap_or(12.0);
        let _ = write!(xml, r#"<col min="{n}" max="{n}" width="{width:.1}" customWidth="1"/>"#, n = i + 1);
    }
    xml.push_str("</cols><sheetData>");
    let rows = std::iter::once(&sheet.headings).chain(&sheet.rows);
    for (r, row) in rows.enumerate() {
        let _ = write!(xml, r#"<row r="{}">"#, r + 1);
        let style = if r == 0 { STYLE_HEADER } else { STYLE_TEXT };
        for c in 0..columns {
            let reference = format!("{}{}", column_name(c), r + 1);
            cell(&mut xml, &reference, row.get(c).map(String::as_str).unwrap_or(""), style);
        }
        xml.push_str("</row>");
    }
    let _ = write!(
        xml,
        concat!(
            "</sheetData><autoFilter ref=\"A1:{}{}\"/>",
            "<pageMargins left=\"0.5\" right=\"0.5\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/>",
            "<pageSetup paperSize=\"9\" orientation=\"landscape\" fitToWidth=\"1\" fitToHeight=\"0\"/>",
            "<headerFooter><oddFooter>&amp;C第 &amp;P 页，共 &amp;N 页</oddFooter></headerFooter></worksheet>"
        ),
        last_column, last_row
    );
    xml
}

fn workbook(sheet: &Sheet) -> String {
    let name = escape(&sheet_name(&sheet.name));
    let last = format!("${}${}", column_name(sheet.headings.len().max(1) - 1), sheet.rows.len() + 1);
    format!(
        concat!(
            "{}<workbook xmlns=\"{}\" xmlns:r=\"{}\"><bookViews><workbookView/></bookViews>",
            "<sheets><sheet name=\"{name}\" sheetId=\"1\" r:id=\"rId1\"/></sheets><definedNames>",
            "<definedName name=\"_xlnm._FilterDatabase\" localSheetId=\"0\" hidden=\"1\">'{quoted}'!$A$1:{last}</definedName>",
            "<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"0\">'{quoted}'!$1:$1</definedName>",
            "</definedNames></workbook>"
        ),
        DECLARATION,
        MAIN_NS,
        REL_NS,
        name = name,
        quoted = name.replace("&apos;", "&apos;&apos;"),
        last = last
    )
}

fn styles() -> String {
    format!(
        concat!(
            "{}<styleSheet xmlns=\"{}\">",
            "<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"宋体\"/><family val=\"3\"/><charset val=\"134\"/></font>",
            "<font><b/><sz val=\"11\"/><name val=\"宋体\"/><family val=\"3\"/><charset val=\"134\"/></font></fonts>",
            "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill></fills>",
            "<borders count=\"2\"><border><left/><right/><top/><bottom/><diagonal/></border>",
            "<border><left style=\"thin\"><color auto=\"1\"/></left><right style=\"thin\"><color auto=\"1\"/></right>",
            "<top style=\"thin\"><color auto=\"1\"/></top><bottom style=\"thin\"><color auto=\"1\"/></bottom><diagonal/></border></borders>",
            "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>",
            "<cellXfs count=\"4\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>",
            "<xf numFmtId=\"49\" fontId=\"1\" fillId=\"0\" borderId=\"1\" xfId=\"0\" applyNumberFormat=\"1\" applyFont=\"1\" applyBorder=\"1\" applyAlignment=\"1\">",
            "<alignment horizontal=\"center\" vertical=\"center\" wrapText=\"1\"/></xf>",
            "<xf numFmtId=\"49\" fontId=\"0\" fillId=\"0\" borderId=\"1\" xfId=\"0\" applyNumberFormat=\"1\" applyBorder=\"1\" applyAlignment=\"1\">",
            "<alignment vertical=\"top\" wrapText=\"1\"/></xf>",
            "<xf numFmtId=\"49\" fontId=\"0\" fillId=\"0\" borderId=\"1\" xfId=\"0\" quotePrefix=\"1\" applyNumberFormat=\"1\" applyBorder=\"1\" applyAlignment=\"1\">",
            "<alignment vertical=\"top\" wrapText=\"1\"/></xf></cellXfs>",
            "<cellStyles count=\"1\"><cellStyle name=\"常规\" xfId=\"0\" builtinId=\"0\"/></cellStyles></styleSheet>"
        ),
        DECLARATION, MAIN_NS
    )
}

const RELS_NS: &str = "http://schemas.openxmlformats.org/package/2006/relationships";
const OFFICE_REL: &str = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/// The workbook as .xlsx bytes.
pub fn workbook_bytes(sheet: &Sheet, props: &Properties) -> Vec<u8> {
    let mut package = opc::Package::default();
    package.add(
        "_rels/.rels",
        format!(
            concat!(
                "{}<Relationships xmlns=\"{}\">",
                "<Relationship Id=\"rId1\" Type=\"{}/officeDocument\" Target=\"xl/workbook.xml\"/>",
                "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>",
                "</Relationships>"
            ),
            DECLARATION, RELS_NS, OFFICE_REL
        ),
    );
    package.add("docProps/core.xml", super::package::core_xml(props));
    package.add("xl/workbook.xml", workbook(sheet));
    package.add(
        "xl/_rels/workbook.xml.rels",
        format!(
            concat!(
                "{}<Relationships xmlns=\"{}\">",
                "<Relationship Id=\"rId1\" Type=\"{rel}/worksheet\" Target=\"worksheets/sheet1.xml\"/>",
                "<Relationship Id=\"rId2\" Type=\"{rel}/styles\" Target=\"styles.xml\"/>",
                "</Relationships>"
            ),
            DECLARATION,
            RELS_NS,
            rel = OFFICE_REL
        ),
    );
    package.add("xl/worksheets/sheet1.xml", worksheet(sheet));
    package.add("xl/styles.xml", styles());
    package.finish()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::opc;
    use crate::export::package::read_part;
    use crate::export::xml::Part;

    fn sample() -> Sheet {
        Sheet {
            name: "目录[清单]/2018".into(),
            headings: vec!["序号".into(), "名称".into()],
            rows: vec![vec!["1".into(), "=SUM(A1) & <b>\n第二行".into()], vec!["2".into(), "＋86 020".into()]],
            widths: vec![6.0, 40.0],
        }
    }

    #[test]
    fn column_names_and_sheet_names() {
        assert_eq!([0, 25, 26, 27, 701, 702].map(column_name), ["A", "Z", "AA", "AB", "ZZ", "AAA"]);
        assert_eq!(sheet_name("目录[清单]/2018"), "目录清单2018");
        assert_eq!(sheet_name(&"长".repeat(40)).chars().count(), 31);
        assert_eq!(sheet_name("'?'"), "Sheet1");
    }

    #[test]
    fn every_cell_is_an_inline_string_and_formulas_are_quoted() {
        let xlsx = workbook_bytes(&sample(), &Properties::default());
        assert!(opc::problems(&xlsx).is_empty(), "{:?}", opc::problems(&xlsx));
        let sheet = read_part(&xlsx, "xl/worksheets/sheet1.xml").unwrap();
        let part = Part::parse(&sheet).unwrap();
        let data = part.root.child("sheetData").unwrap();
        let cells: Vec<_> = data.elements().flat_map(|r| r.elements()).collect();
        assert_eq!(cells.len(), 6);
        assert!(cells.iter().all(|c| c.get_attr("t").as_deref() == Some("inlineStr") && c.child("f").is_none()));
        assert!(sheet.contains(r#"<c r="B2" s="3" t="inlineStr"><is><t>=SUM(A1) &amp; &lt;b&gt;"#));
        assert!(sheet.contains(r#"<c r="B3" s="3""#), "full-width plus is guarded too");
        assert!(sheet.contains(r#"<c r="A2" s="2""#) && sheet.contains(r#"<c r="A1" s="1""#));
        assert!(sheet.contains(r#"state="frozen""#) && sheet.contains(r#"<autoFilter ref="A1:B3"/>"#));
        let workbook = read_part(&xlsx, "xl/workbook.xml").unwrap();
        assert!(workbook.contains(r#"<sheet name="目录清单2018""#) && workbook.contains("_xlnm.Print_Titles"));
    }
}
