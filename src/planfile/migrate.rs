//! Migration of older plan files to the current schema, one version step at a time, on the raw
//! JSON (so old shapes never need Rust types of their own).
//!
//! Version 0 (the first prototype, files without a `version` field) kept the plan flat at the top
//! level: `unit`, `title`, `date` (Chinese form), `doc_number`, `contact`, `phone`, `preamble`,
//! `section1{…}`, `blocks{…}`, `areas{slug: [item…]}` (an area was selected when present),
//! `other_tasks[…]`, `requirements`, `section3{…}`. Its items had one `category` label, channels
//! as Chinese labels, `audience` as text (`全社会` or the group's name), one `lead` and the
//! co-operating units as one `partners` text joined with `、`.
//!
//! Version 1 items had no 公开依据, 公开方式 or 公开层级, and clerks put the legal basis in
//! 公开标准. Version 2 adds the three fields (主动公开, no levels); a 公开标准 that is plainly
//! nothing but a legal basis (titles in 《》, document numbers, 依据/根据 and the like) moves to
//! 公开依据, and the user is told which items moved and that the others need one.

use serde_json::{Map, Value, json};

use super::{LoadError, LoadNotice};
use crate::model::{Area, Channel, Date, InfoCategory};

/// Migrates `file` (the top-level object) from `version` to the current version in place, and
/// says what the user should know (nothing when the file's content did not change).
pub fn to_current(file: &mut Map<String, Value>, version: u64) -> Result<Vec<LoadNotice>, LoadError> {
    let mut notices = Vec::new();
    if version == 0 {
        v0_to_v1(file)?;
        notices.push(LoadNotice::Migrated { from: 0 });
    }
    if version <= 1 {
        let moved = v1_to_v2(file);
        if version == 1 && moved.items > 0 {
            notices.push(LoadNotice::Migrated { from: 1 });
        }
        notices.extend(moved.notice());
    }
    Ok(notices)
}

/// What the step to version 2 did to the items.
struct BasisMoved {
    /// Items in the file.
    items: usize,
    /// Names of the items whose 公开标准 moved to 公开依据.
    moved: Vec<String>,
}

impl BasisMoved {
    fn notice(&self) -> Option<LoadNotice> {
        if self.items == 0 {
            return None;
        }
        let left = self.items - self.moved.len();
        let mut text = String::from("新版本的公开事项增加了“公开依据”“公开方式”（主动公开或依申请公开）和“公开层级”。");
        if !self.moved.is_empty() {
            let names: Vec<String> = self.moved.iter().take(5).map(|n| format!("“{n}”")).collect();
            let more = if self.moved.len() > 5 { format!("等 {} 个事项", self.moved.len()) } else { String::new() };
            text.push_str(&format!(
                "事项{}{more}的“公开标准”写的是法规依据，已移到“公开依据”，请核对。",
                names.join("")
            ));
        }
        if left > 0 {
            text.push_str(&format!("其余 {left} 个事项请补填公开依据。"));
        }
        text.push_str("公开方式已设为主动公开。");
        Some(LoadNotice::Note(text))
    }
}

/// The items of a version-1 plan get the fields of version 2.
fn v1_to_v2(file: &mut Map<String, Value>) -> BasisMoved {
    let mut result = BasisMoved { items: 0, moved: Vec::new() };
    let areas = file
        .get_mut("plan")
        .and_then(|p| p.get_mut("tasks"))
        .and_then(|t| t.get_mut("areas"))
        .and_then(Value::as_array_mut);
    for area in areas.into_iter().flatten() {
        let items = area.get_mut("items").and_then(Value::as_array_mut);
        for item in items.into_iter().flatten().filter_map(Value::as_object_mut) {
            result.items += 1;
            if item.get("basis").is_some() {
                continue;
            }
            let standard = item.get("standard").and_then(Value::as_str).unwrap_or_default();
            if let Some(basis) = plainly_basis(standard) {
                item.insert("basis".into(), Value::String(basis));
                item.insert("standard".into(), Value::String(String::new()));
                let name = item.get("name").and_then(Value::as_str).unwrap_or_default().trim();
                result.moved.push(if name.is_empty() { "未命名事项".into() } else { name.to_string() });
            }
        }
    }
    result
}

/// The text as a 公开依据 when it is plainly nothing else: one or more titles in 《》 or
/// document numbers (国办发〔2018〕10号), with at most 依据/根据/按照 before them, articles
/// (第十条), 有关规定/要求 and separators. Anything more (a standard in its own words) stays.
pub fn plainly_basis(text: &str) -> Option<String> {
    let t = text.trim();
    let mut rest = t;
    for prefix in ["依据", "根据", "按照", "依照"] {
        rest = rest.strip_prefix(prefix).unwrap_or(rest);
    }
    let mut cited = 0;
    let mut left = String::new();
    let mut chars = rest.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '《' => {
                let mut closed = false;
                for d in chars.by_ref() {
                    if d == '》' {
                        closed = true;
                        break;
                    }
                }
                if !closed {
                    return None;
                }
                cited += 1;
            }
            '〔' => {
                // A document number: the issuer's code before it was kept in `left`; drop it.
                let year: String = chars.by_ref().take_while(|d| *d != '〕').collect();
                let serial: String = std::iter::from_fn(|| chars.next_if(|d| d.is_ascii_digit())).collect();
                if year.len() != 4
                    || !year.chars().all(|d| d.is_ascii_digit())
                    || serial.is_empty()
                    || chars.next() != Some('号')
                {
                    return None;
                }
                let code_len = left.chars().rev().take_while(|d| !is_filler(*d)).count();
                left = left.chars().take(left.chars().count() - code_len).collect();
                cited += 1;
            }
            _ => left.push(c),
        }
    }
    for word in [
        "有关规定",
        "相关规定",
        "等规定",
        "的规定",
        "规定",
        "有关要求",
        "的要求",
        "要求",
        "等文件",
        "文件",
        "精神",
        "及",
        "和",
        "与",
        "以及",
        "等",
        "的",
    ] {
        left = left.replace(word, "");
    }
    let left: String = left.chars().filter(|c| !is_filler(*c) && !is_article(*c)).collect();
    (cited > 0 && left.is_empty()).then(|| t.to_string())
}

/// Separators and spaces between citations.
fn is_filler(c: char) -> bool {
    c.is_whitespace() || "、，,；;。.：:".contains(c)
}

/// Characters of an article reference (第十条第二款).
fn is_article(c: char) -> bool {
    "第条款项一二三四五六七八九十百零0123456789".contains(c)
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
                // The notice board was labelled in civil-affairs words until version 2.
                let label = if label.trim() == "公告栏（村居务公开栏）" {
                    Channel::NoticeBoard.label().into()
                } else {
                    label
                };
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
