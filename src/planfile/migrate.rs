//! Migration of older plan files to the current schema, one version step at a time, on the raw
//! JSON (so old shapes never need Rust types of their own).
//!
//! Version 0 (the first prototype, files without a `version` field) kept the plan flat at the top
//! level: `unit`, `title`, `date` (Chinese form), `doc_number`, `contact`, `phone`, `preamble`,
//! `section1{…}`, `blocks{…}`, `areas{slug: [item…]}` (an area was selected when present),
//! `other_tasks[…]`, `requirements`, `section3{…}`. Its items had one `category` label, channels
//! as Chinese labels, `audience` as text (`全社会` or the group's name), one `lead` and the
//! co-operating units as one `partners` text joined with `、`.

use serde_json::{Map, Value, json};

use super::LoadError;
use crate::model::{Area, Channel, Date, InfoCategory};

/// Migrates `file` (the top-level object) from `version` to the current version in place.
pub fn to_current(file: &mut Map<String, Value>, version: u64) -> Result<(), LoadError> {
    if version == 0 {
        v0_to_v1(file)?;
    }
    Ok(())
}

fn bad(what: &str) -> LoadError {
    LoadError::BadContent { detail: format!("旧版本文件中的“{what}”格式不正确") }
}

fn take_str(obj: &mut Map<String, Value>, key: &str) -> Result<String, LoadError> {
    match obj.remove(key) {
        None | Some(Value::Null) => Ok(String::new()),
        Some(Value::String(s)) => Ok(s),
        Some(_) => Err(bad(key)),
    }
}

fn take_obj(obj: &mut Map<String, Value>, key: &str) -> Result<Map<String, Value>, LoadError> {
    match obj.remove(key) {
        None | Some(Value::Null) => Ok(Map::new()),
        Some(Value::Object(m)) => Ok(m),
        Some(_) => Err(bad(key)),
    }
}

fn split_units(text: &str) -> Vec<String> {
    text.split(['、', ',', '，', ';', '；']).map(str::trim).filter(|s| !s.is_empty()).map(String::from).collect()
}

fn v0_units(obj: &mut Map<String, Value>) -> Result<Value, LoadError> {
    let lead = take_str(obj, "lead")?;
    let partners = take_str(obj, "partners")?;
    Ok(json!({ "leads": split_units(&lead), "partners": split_units(&partners) }))
}

fn v0_item(value: Value) -> Result<Value, LoadError> {
    let Value::Object(mut item) = value else { return Err(bad("公开事项")) };
    let category = take_str(&mut item, "category")?;
    let categories: Vec<InfoCategory> =
        InfoCategory::ALL.into_iter().filter(|c| category.contains(c.label())).collect();

    let mut channels = Vec::new();
    let mut other = Vec::new();
    match item.remove("channels") {
        None | Some(Value::Null) => {}
        Some(Value::Array(list)) => {
            for label in list {
                let Value::String(label) = label else { return Err(bad("公开方式")) };
                match Channel::ALL.into_iter().find(|c| c.label() == label.trim()) {
                    Some(c) => channels.push(c),
                    None => other.push(label),
                }
            }
        }
        Some(_) => return Err(bad("公开方式")),
    }
    let audience = take_str(&mut item, "audience")?;
    let audience = match audience.trim() {
        "" | "全社会" => json!({ "scope": "public", "group": "" }),
        group => json!({ "scope": "group", "group": group }),
    };
    let units = v0_units(&mut item)?;

    item.insert("categories".into(), serde_json::to_value(categories).expect("enum serialises"));
    item.insert("channels".into(), serde_json::to_value(channels).expect("enum serialises"));
    item.insert("channel_other".into(), Value::String(other.join("、")));
    item.insert("audience".into(), audience);
    item.insert("units".into(), units);
    Ok(Value::Object(item))
}

fn v0_to_v1(file: &mut Map<String, Value>) -> Result<(), LoadError> {
    let date = take_str(file, "date")?;
    let date = Date::parse(&date).map(Date::iso).unwrap_or(date);
    let title = take_str(file, "title")?;
    let cover = json!({
        "unit": take_str(file, "unit")?,
        "title": if title.trim().is_empty() { Value::Null } else { Value::String(title) },
        "date": date,
        "letter": {
            "doc_number": take_str(file, "doc_number")?,
            "contact": take_str(file, "contact")?,
            "phone": take_str(file, "phone")?,
        },
    });

    let preamble = take_str(file, "preamble")?;
    let analysis = Value::Object(take_obj(file, "section1")?);
    let safeguards = Value::Object(take_obj(file, "section3")?);
    let blocks = take_obj(file, "blocks")?;

    let mut areas = Vec::new();
    for (slug, items) in take_obj(file, "areas")? {
        let area = Area::from_slug(&slug).ok_or_else(|| bad("重点领域"))?;
        let Value::Array(items) = items else { return Err(bad("重点领域")) };
        let items = items.into_iter().map(v0_item).collect::<Result<Vec<_>, _>>()?;
        areas.push(json!({ "area": area, "selected": true, "items": items }));
    }

    let mut other_tasks = Vec::new();
    match file.remove("other_tasks") {
        None | Some(Value::Null) => {}
        Some(Value::Array(list)) => {
            for task in list {
                let Value::Object(mut task) = task else { return Err(bad("其他相关任务")) };
                let units = v0_units(&mut task)?;
                task.insert("units".into(), units);
                other_tasks.push(Value::Object(task));
            }
        }
        Some(_) => return Err(bad("其他相关任务")),
    }

    let mut tasks = blocks;
    tasks.insert("areas".into(), Value::Array(areas));
    tasks.insert("other_tasks".into(), Value::Array(other_tasks));
    tasks.insert("requirements".into(), Value::String(take_str(file, "requirements")?));

    // Whatever else the old file had stays at the top level and is reported as unknown.
    file.insert(
        "plan".into(),
        json!({
            "cover": cover,
            "preamble": preamble,
            "analysis": analysis,
            "tasks": Value::Object(tasks),
            "safeguards": safeguards,
        }),
    );
    file.insert("version".into(), json!(1));
    Ok(())
}
