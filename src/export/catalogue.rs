//! The disclosure catalogue (主动公开目录清单, seed 000 §二): as an .xlsx workbook (header row
//! bold and frozen, column widths, wrapped text, see [`super::xlsx`]) and, as a second choice,
//! as CSV with a UTF-8 byte-order mark so Excel and WPS open it with the right encoding.

use super::layout::{Properties, rendered_width};
use super::xlsx::{self, Sheet};
use crate::model::Plan;
use crate::text::join_units;

/// Name of the catalogue's sheet.
pub const SHEET_NAME: &str = "主动公开目录清单";

pub const CATALOGUE_HEADINGS: [&str; 13] = [
    "序号",
    "重点领域",
    "事项名称",
    "信息类别",
    "公开主体",
    "公开内容",
    "公开标准",
    "公开方式",
    "公开程序",
    "公开时限",
    "公开对象",
    "牵头单位",
    "配合单位",
];

/// One CSV field: quoted, quotes doubled, line breaks kept, bidi controls removed, and a leading
/// formula character (see [`xlsx::looks_like_formula`]) neutralised so spreadsheets never run it.
fn field(text: &str) -> String {
    let text: String =
        text.chars().filter(|c| (!c.is_control() || *c == '\n') && !crate::text::is_bidi_control(*c)).collect();
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
        rows.push(vec![
            (n + 1).to_string(),
            area.label().to_string(),
            item.name.clone(),
            item.categories_label(),
            item.publisher.clone(),
            item.content.clone(),
            item.standard.clone(),
            item.channels_label(),
            item.procedure.clone(),
            item.time_limit.clone(),
            item.audience.label(),
            join_units(&item.units.leads),
            join_units(&item.units.partners),
        ]);
    }
    rows
}

/// The catalogue as CSV.
pub fn catalogue_csv(plan: &Plan) -> Vec<u8> {
    let mut rows = vec![CATALOGUE_HEADINGS.map(String::from).to_vec()];
    rows.extend(catalogue_rows(plan));
    csv(&rows)
}

/// Column widths in Excel's units (a Chinese character is two): the longest entry, up to 20
/// characters for the long texts, which wrap.
fn sheet_widths(rows: &[Vec<String>]) -> Vec<f32> {
    (0..CATALOGUE_HEADINGS.len())
        .map(|i| {
            let longest = rows
                .iter()
                .filter_map(|r| r.get(i))
                .chain(std::iter::once(&CATALOGUE_HEADINGS[i].to_string()))
                .flat_map(|t| t.lines().map(rendered_width).collect::<Vec<_>>())
                .fold(0.0, f32::max);
            (longest.min(20.0) * 2.0 + 2.0).max(6.0)
        })
        .collect()
}

/// The catalogue as an .xlsx workbook.
pub fn catalogue_xlsx(plan: &Plan) -> Vec<u8> {
    let rows = catalogue_rows(plan);
    let sheet = Sheet {
        name: SHEET_NAME.into(),
        headings: CATALOGUE_HEADINGS.map(String::from).to_vec(),
        widths: sheet_widths(&rows),
        rows,
    };
    let title = format!("{}{SHEET_NAME}", plan.cover.unit.trim());
    xlsx::workbook_bytes(&sheet, &Properties { title, creator: plan.cover.unit.trim().to_string() })
}
