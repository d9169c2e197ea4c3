//! The disclosure catalogue (主动公开目录清单, seed 000 §二) as CSV with a UTF-8 byte-order mark,
//! so Excel and WPS open it with the right encoding. (An .xlsx writer would not fit the size
//! budget of the wasm bundle.)

use crate::model::Plan;
use crate::text::join_units;

pub const CATALOGUE_HEADINGS: [&str; 13] = [
    "序号", "重点领域", "事项名称", "信息类别", "公开主体", "公开内容", "公开标准", "公开方式", "公开程序", "公开时限",
    "公开对象", "牵头单位", "配合单位",
];

/// First characters that make a spreadsheet read a cell as a formula: the ASCII ones and their
/// full-width and small forms (Excel in Chinese locales converts those to ASCII).
const FORMULA_STARTS: [char; 12] = ['=', '+', '-', '@', '＝', '＋', '－', '＠', '﹦', '﹢', '﹣', '﹫'];

/// One CSV field: quoted, quotes doubled, line breaks kept, bidi controls removed, and a leading
/// formula character (see [`FORMULA_STARTS`]) neutralised so spreadsheets never run it.
fn field(text: &str) -> String {
    let text: String = text.chars().filter(|c| (!c.is_control() || *c == '\n') && !crate::text::is_bidi_control(*c)).collect();
    let text = text.trim();
    let guarded = if text.starts_with(FORMULA_STARTS) { format!("'{text}") } else { text.to_string() };
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

/// The catalogue of the selected areas' items.
pub fn catalogue_csv(plan: &Plan) -> Vec<u8> {
    let mut rows = vec![CATALOGUE_HEADINGS.map(String::from).to_vec()];
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
    csv(&rows)
}
