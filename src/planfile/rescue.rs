//! Backups written by the rescue panel (`public/rescue.js`) after an internal error: a plan file
//! with a `rescue` entry naming the draft and listing the fields that were on screen with their
//! values (`on_screen: [{label, value}]`), typed perhaps after the plan was last mirrored. Opening
//! such a backup tells the user what it is and lists any on-screen text the plan lacks.

use serde_json::Value;

use super::LoadNotice;

fn strings<'a>(value: &'a Value, out: &mut Vec<&'a str>) {
    match value {
        Value::String(s) => out.push(s),
        Value::Array(list) => list.iter().for_each(|v| strings(v, out)),
        Value::Object(map) => map.values().for_each(|v| strings(v, out)),
        _ => {}
    }
}

/// What to tell the user about a backup's `rescue` entry, given the plan it holds.
pub(super) fn notice(rescue: &Value, plan: &Value) -> LoadNotice {
    let mut texts = Vec::new();
    strings(plan, &mut texts);
    let draft = rescue.get("draft").and_then(Value::as_str).unwrap_or("");
    let mut message = if draft.is_empty() {
        "这是程序出错时下载的草稿备份。".to_string()
    } else {
        format!("这是程序出错时下载的草稿“{draft}”的备份。")
    };
    let missing: Vec<String> = rescue
        .get("on_screen")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(|f| Some((f.get("label")?.as_str()?, f.get("value")?.as_str()?)))
        .filter(|(_, value)| !value.trim().is_empty() && !texts.iter().any(|t| t.contains(value.trim())))
        .map(|(label, value)| format!("「{label}」{value}"))
        .collect();
    if !missing.is_empty() {
        message
            .push_str(&format!("以下文字当时显示在屏幕上，但不在备份的方案中，请核对后补入：{}", missing.join("；")));
    }
    LoadNotice::Note(message)
}
