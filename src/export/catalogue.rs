//! The disclosure catalogue (主动公开目录清单, seed 000 §二): as an .xlsx workbook (header row
//! bold and frozen, column widths, wrapped text, see [`super::xlsx`]) and, as a second choice,
//! as CSV with a UTF-8 byte-order mark so Excel and WPS open it with the right encoding.

use super::layout::{Properties, rendered_width};
use super::xlsx::{self, Sheet};
use crate::content::join_units;
use crate::model::{ItemField, Plan};

/// Name of the catalogue's sheet.
pub const SHEET_NAME: &str = "主动公开目录清单";

/// The catalogue's columns: 序号, 重点领域, every item field (the units field as 牵头单位), then
/// 配合单位.
pub fn catalogue_headings() -> Vec<String> {
    let fields = ItemField::ALL.iter().map(|f| f.label());
    ["序号", "重点领域"].into_iter().chain(fields).chain(["配合单位"]).map(String::from).collect()
}

/// One CSV field: quoted, quotes doubled, line breaks kept, bidi controls removed, and a leading
/// formula character (see [`xlsx::looks_like_formula`]) neutralised so spreadsheets never run it.
fn field(text: &str) -> String {
    let text: String =
        text.chars().filter(|c| (!c.is_control() || *c == '\n') && !crate::content::is_bidi_control(*c)).collect();
    let text = text.trim();
    let guarded = if xlsx::looks_like_formula(text) { format!("'{text}") } else { text.to_string() };
    format!("\"{}\"", guarded.replace('"', "\"\""))
}

/// Rows as CSV with a UTF-8 byte-order mark and CRLF line ends.
pub fn csv(rows: &[Vec<String>]) -> Vec<u8> {
    let mut out = String::from("\u{FEFF}");
    for row in rows {
        out.push_str(&row.iter().map(|s| field(s)).collect::<Vec<_>>().join(","));
        out.push_str("\r\n");
    }
    out.into_bytes()
}

/// The rows of the catalogue (without the header): one per item of the selected areas.
pub fn catalogue_rows(plan: &Plan) -> Vec<Vec<String>> {
    let mut rows = Vec::new();
    let items = plan.selected_areas().flat_map(|a| a.items.iter().map(move |i| (a.area, i)));
    for (n, (area, item)) in items.enumerate() {
        let mut row = vec![(n + 1).to_string(), area.label().to_string()];
        row.extend(ItemField::ALL.iter().map(|f| f.cell(item)));
        row.push(join_units(&item.units.partners));
        rows.push(row);
    }
    rows
}

/// The catalogue as CSV.
pub fn catalogue_csv(plan: &Plan) -> Vec<u8> {
    let mut rows = vec![catalogue_headings()];
    rows.extend(catalogue_rows(plan));
    csv(&rows)
}

/// Column widths in Excel's units (a Chinese character is two): the longest entry, up to 20
/// characters for the long texts, which wrap.
pub(crate) fn sheet_widths(headings: &[String], rows: &[Vec<String>]) -> Vec<f32> {
    (0..headings.len())
        .map(|i| {
            let longest = rows
                .iter()
                .filter_map(|r| r.get(i))
                .chain(std::iter::once(&headings[i]))
                .flat_map(|t| t.lines().map(rendered_width).collect::<Vec<_>>())
                .fold(0.0, f32::max);
            (longest.min(20.0) * 2.0 + 2.0).max(6.0)
        })
        .collect()
}

/// The catalogue as an .xlsx workbook.
pub fn catalogue_xlsx(plan: &Plan) -> Vec<u8> {
    let rows = catalogue_rows(plan);
    let headings = catalogue_headings();
    let sheet = Sheet { name: SHEET_NAME.into(), widths: sheet_widths(&headings, &rows), headings, rows };
    let title = format!("{}{SHEET_NAME}", plan.cover.unit.trim());
    xlsx::workbook_bytes(&sheet, &Properties { title, creator: plan.cover.unit.trim().to_string() })
}
