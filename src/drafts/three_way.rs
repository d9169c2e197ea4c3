//! Three-way merge of two tabs' edits of one draft. `base` is the stored plan both copies started
//! from, `mine` this tab's copy, `theirs` what another tab saved since. What only one side changed
//! is taken from that side; what both changed the same way is kept once; what both changed
//! differently is a conflict, and then nothing is merged: the tab asks the user.
//!
//! The plans are compared as JSON: objects key by key; lists of items, tasks and areas element by
//! element, matched by their `id` / `area` (so one tab editing an item while the other adds,
//! deletes or edits another one merges); other lists (unit names, categories) as whole values.

use serde_json::{Map, Value};

use crate::model::{Area, Part, Plan, TextPart};
use crate::planfile;

/// Where both sides changed the same thing differently: keys from the plan down; list elements
/// as `id:<n>` or `area:<slug>`.
pub type Path = Vec<String>;

/// Two edited copies of a plan, merged.
pub fn merge_plans(base: &Plan, mine: &Plan, theirs: &Plan) -> Result<Plan, Vec<Path>> {
    let value = |p: &Plan| serde_json::to_value(p).expect("a plan always serialises");
    let merged = merge(&value(base), &value(mine), &value(theirs))?;
    let file = serde_json::json!({ "format": planfile::FORMAT, "version": planfile::VERSION, "plan": merged });
    // normalise (in load) gives items that both sides added under the same id distinct ids.
    planfile::load_value(file).map(|l| l.plan).map_err(|_| vec![Vec::new()])
}

/// Merges JSON values (see the module documentation).
pub fn merge(base: &Value, mine: &Value, theirs: &Value) -> Result<Value, Vec<Path>> {
    let mut conflicts = Vec::new();
    let merged = merge_at(Some(base), Some(mine), Some(theirs), &mut Vec::new(), &mut conflicts);
    if conflicts.is_empty() { Ok(merged.unwrap_or(Value::Null)) } else { Err(conflicts) }
}

fn merge_at(
    base: Option<&Value>,
    mine: Option<&Value>,
    theirs: Option<&Value>,
    path: &mut Path,
    conflicts: &mut Vec<Path>,
) -> Option<Value> {
    if mine == theirs || mine == base {
        return theirs.cloned();
    }
    if theirs == base {
        return mine.cloned();
    }
    match (base, mine, theirs) {
        (Some(Value::Object(b)), Some(Value::Object(m)), Some(Value::Object(t))) => {
            Some(Value::Object(merge_objects(b, m, t, path, conflicts)))
        }
        (Some(Value::Array(b)), Some(Value::Array(m)), Some(Value::Array(t))) => match (keyed(b), keyed(m), keyed(t)) {
            (Some(b), Some(m), Some(t)) => Some(Value::Array(merge_lists(&b, &m, &t, path, conflicts))),
            _ => conflict(theirs, path, conflicts),
        },
        // A list written only when not empty (unplaced text, progress), started on both sides.
        (None, Some(Value::Array(_)), Some(Value::Array(_))) => {
            merge_at(Some(&Value::Array(Vec::new())), mine, theirs, path, conflicts)
        }
        _ => conflict(theirs, path, conflicts),
    }
}

fn conflict(theirs: Option<&Value>, path: &Path, conflicts: &mut Vec<Path>) -> Option<Value> {
    conflicts.push(path.clone());
    theirs.cloned()
}

fn merge_objects(
    b: &Map<String, Value>,
    m: &Map<String, Value>,
    t: &Map<String, Value>,
    path: &mut Path,
    conflicts: &mut Vec<Path>,
) -> Map<String, Value> {
    let keys: std::collections::BTreeSet<&String> = t.keys().chain(m.keys()).chain(b.keys()).collect();
    let mut out = Map::new();
    for key in keys {
        path.push(key.clone());
        if let Some(v) = merge_at(b.get(key), m.get(key), t.get(key), path, conflicts) {
            out.insert(key.clone(), v);
        }
        path.pop();
    }
    out
}

/// A list whose elements all carry a distinct `id` (number), `area` (text) or `year` (number;
/// the progress records), keyed by it.
fn keyed(list: &[Value]) -> Option<Vec<(String, &Value)>> {
    let keyed: Vec<(String, &Value)> = list
        .iter()
        .map(|v| {
            let key = match (v.get("id"), v.get("area"), v.get("year")) {
                (Some(Value::Number(n)), _, _) => format!("id:{n}"),
                (None, Some(Value::String(s)), _) => format!("area:{s}"),
                (None, None, Some(Value::Number(n))) => format!("year:{n}"),
                _ => return None,
            };
            Some((key, v))
        })
        .collect::<Option<_>>()?;
    let mut keys: Vec<&String> = keyed.iter().map(|(k, _)| k).collect();
    keys.sort();
    keys.dedup();
    (keys.len() == keyed.len()).then_some(keyed)
}

fn find<'a>(list: &[(String, &'a Value)], key: &str) -> Option<&'a Value> {
    list.iter().find(|(k, _)| k == key).map(|(_, v)| *v)
}

fn merge_lists(
    b: &[(String, &Value)],
    m: &[(String, &Value)],
    t: &[(String, &Value)],
    path: &mut Path,
    conflicts: &mut Vec<Path>,
) -> Vec<Value> {
    let mut out: Vec<(String, Value)> = Vec::new();
    // Theirs in their order, merged with mine; then what only mine has.
    for (key, theirs) in t {
        path.push(key.clone());
        let base = find(b, key);
        let mine = find(m, key);
        match (base, mine) {
            // Both started the same year's progress: one record, merged field by field from an
            // empty one.
            (None, Some(mine)) if mine != *theirs && key.starts_with("year:") => {
                let year = theirs.get("year").and_then(Value::as_i64).unwrap_or_default() as i32;
                let empty = serde_json::to_value(crate::model::progress::YearProgress::new(year)).expect("serialises");
                if let Some(v) = merge_at(Some(&empty), Some(mine), Some(theirs), path, conflicts) {
                    out.push((key.clone(), v));
                }
            }
            // Both added an element under the same id: two different elements unless equal.
            (None, Some(mine)) if mine != *theirs => {
                out.push((key.clone(), (*theirs).clone()));
                out.push((format!("{key}'"), mine.clone()));
            }
            (None, _) => out.push((key.clone(), (*theirs).clone())),
            (Some(base), mine) => {
                if let Some(v) = merge_at(Some(base), mine, Some(theirs), path, conflicts) {
                    out.push((key.clone(), v));
                }
            }
        }
        path.pop();
    }
    for (i, (key, mine)) in m.iter().enumerate() {
        if find(t, key).is_some() {
            continue;
        }
        path.push(key.clone());
        let kept = match find(b, key) {
            // Theirs deleted it: gone, unless mine changed it.
            Some(base) => merge_at(Some(base), Some(mine), None, path, conflicts),
            None => Some((*mine).clone()),
        };
        path.pop();
        if let Some(v) = kept {
            // After the element mine has before it, if that is there.
            let after = m[..i].iter().rev().find_map(|(k, _)| out.iter().position(|(o, _)| o == k));
            out.insert(after.map_or(0, |p| p + 1), (key.clone(), v));
        }
    }
    // Order of the elements all three have: mine's if only mine reordered them.
    let common = |list: &[(String, &Value)]| -> Vec<String> {
        list.iter()
            .map(|(k, _)| k.clone())
            .filter(|k| find(b, k).is_some() && find(m, k).is_some() && find(t, k).is_some())
            .collect()
    };
    let (order_b, order_m, order_t) = (common(b), common(m), common(t));
    if order_m != order_b {
        if order_t != order_b && order_t != order_m {
            conflicts.push(path.clone());
        } else {
            let slots: Vec<usize> =
                out.iter().enumerate().filter(|(_, (k, _))| order_m.contains(k)).map(|(i, _)| i).collect();
            let mut values: Vec<Option<Value>> = out.iter_mut().map(|(_, v)| Some(std::mem::take(v))).collect();
            let taken: Vec<Value> = order_m
                .iter()
                .map(|k| values[out.iter().position(|(o, _)| o == k).expect("kept")].take().expect("once"))
                .collect();
            for (slot, value) in slots.into_iter().zip(taken) {
                values[slot] = Some(value);
            }
            return values.into_iter().map(|v| v.expect("filled")).collect();
        }
    }
    out.into_iter().map(|(_, v)| v).collect()
}

/// The parts of the plan (as the task list names them) where the conflicts are.
pub fn conflict_parts(conflicts: &[Path]) -> Vec<String> {
    let mut parts: Vec<String> = Vec::new();
    for path in conflicts {
        let key = |i: usize| path.get(i).map(String::as_str).unwrap_or("");
        let part = match (key(0), key(1)) {
            ("cover", _) => Some(Part::Cover),
            ("tasks", "other_tasks") => Some(Part::OtherTasks),
            ("tasks", "areas") => match key(2).strip_prefix("area:").and_then(Area::from_slug) {
                Some(area) if path.len() > 3 && key(3) != "selected" => Some(Part::Area(area)),
                _ => Some(Part::Areas),
            },
            ("safeguards", "other") => Some(Part::Text(TextPart::OtherSafeguards)),
            ("preamble", _) => Some(Part::Text(TextPart::Preamble)),
            (_, field) => TextPart::ALL.into_iter().find(|t| t.slug() == field).map(Part::Text),
        };
        let name = match part {
            Some(part) => part.title(),
            None if key(0) == "progress" => "年度工作进展".to_string(),
            None => "整个方案".to_string(),
        };
        if !parts.contains(&name) {
            parts.push(name);
        }
    }
    parts
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalogue::sample_plan;
    use crate::model::Item;

    #[test]
    fn edits_of_different_fields_are_both_kept() {
        let base = sample_plan();
        let mut mine = base.clone();
        mine.preamble = "本窗口改的前言".into();
        let mut theirs = base.clone();
        theirs.cover.unit = "另一个窗口改的单位".into();
        let merged = merge_plans(&base, &mine, &theirs).unwrap();
        assert_eq!(merged.preamble, "本窗口改的前言");
        assert_eq!(merged.cover.unit, "另一个窗口改的单位");
        assert_eq!(merge_plans(&base, &mine, &base).unwrap(), mine, "nothing else changed");
    }

    #[test]
    fn progress_of_one_year_started_in_two_tabs_merges_by_item() {
        use crate::model::progress::Status;
        let base = sample_plan();
        let items: Vec<u32> = base.area(Area::SocialAssistance).items.iter().map(|i| i.id).collect();
        let mut mine = base.clone();
        mine.progress_mut(2018).item_mut(items[0]).status = Some(Status::Published);
        mine.progress_mut(2018).overall = "本窗口写的总体情况".into();
        let mut theirs = base.clone();
        theirs.progress_mut(2018).item_mut(items[1]).status = Some(Status::NotYet);
        theirs.progress_mut(2019).next_steps = "另一个窗口的下一年".into();
        let merged = merge_plans(&base, &mine, &theirs).unwrap();
        let year = merged.progress_of(2018).unwrap();
        assert_eq!(merged.progress.len(), 2);
        assert_eq!(year.item(items[0]).unwrap().status, Some(Status::Published));
        assert_eq!(year.item(items[1]).unwrap().status, Some(Status::NotYet));
        assert_eq!(year.overall, "本窗口写的总体情况");
        // The same field written differently in both tabs is a conflict in 年度工作进展.
        let mut other = base.clone();
        other.progress_mut(2018).overall = "另一个窗口写的总体情况".into();
        let conflicts = merge_plans(&base, &mine, &other).unwrap_err();
        assert_eq!(conflict_parts(&conflicts), ["年度工作进展"]);
    }

    #[test]
    fn edits_of_different_items_and_added_items_merge_by_id() {
        let base = sample_plan();
        let area = Area::SocialAssistance;
        let (first, second) = (base.area(area).items[0].id, base.area(area).items[1].id);
        let mut mine = base.clone();
        mine.area_mut(area).items[0].content = "本窗口改的内容".into();
        let fresh = mine.fresh_id();
        mine.area_mut(area).items.push(Item { id: fresh, name: "本窗口新增".into(), ..Item::default() });
        let mut theirs = base.clone();
        theirs.area_mut(area).items[1].time_limit = "另一个窗口改的时限".into();
        theirs.area_mut(area).items.push(Item { id: fresh, name: "另一个窗口新增".into(), ..Item::default() });
        theirs.area_mut(Area::Education).items.clear();

        let merged = merge_plans(&base, &mine, &theirs).unwrap();
        let items = &merged.area(area).items;
        assert_eq!(items.iter().find(|i| i.id == first).unwrap().content, "本窗口改的内容");
        assert_eq!(items.iter().find(|i| i.id == second).unwrap().time_limit, "另一个窗口改的时限");
        let names: Vec<&str> = items.iter().rev().take(2).map(|i| i.name.as_str()).collect();
        assert_eq!(names, ["本窗口新增", "另一个窗口新增"], "both new items, in order");
        assert_ne!(items[items.len() - 1].id, items[items.len() - 2].id, "made distinct");
        assert!(merged.area(Area::Education).items.is_empty(), "their deletion stands");
    }

    #[test]
    fn a_deletion_on_one_side_and_a_reorder_on_the_other_merge() {
        let base = sample_plan();
        let area = Area::SocialAssistance;
        let mut mine = base.clone();
        mine.area_mut(area).items.swap(0, 1);
        let mut theirs = base.clone();
        let last = theirs.area_mut(area).items.pop().unwrap();
        let merged = merge_plans(&base, &mine, &theirs).unwrap();
        let ids: Vec<u32> = merged.area(area).items.iter().map(|i| i.id).collect();
        let expected: Vec<u32> = mine.area(area).items.iter().map(|i| i.id).filter(|&id| id != last.id).collect();
        assert_eq!(ids, expected, "mine's order, theirs' deletion");
    }

    #[test]
    fn the_same_field_changed_differently_is_a_conflict_named_by_its_part() {
        let base = sample_plan();
        let mut mine = base.clone();
        let mut theirs = base.clone();
        mine.preamble = "甲".into();
        theirs.preamble = "乙".into();
        let id = base.area(Area::SocialAssistance).items[0].id;
        mine.area_mut(Area::SocialAssistance).items[0].name = "甲".into();
        theirs.area_mut(Area::SocialAssistance).items.retain(|i| i.id != id);
        mine.cover.letter.phone = "1".into();
        theirs.cover.letter.phone = "2".into();
        let conflicts = merge_plans(&base, &mine, &theirs).unwrap_err();
        assert_eq!(conflict_parts(&conflicts), ["文件信息", "前言", "重点领域：社会救助和社会福利"]);
        // The same change on both sides is no conflict.
        theirs = mine.clone();
        assert_eq!(merge_plans(&base, &mine, &theirs).unwrap(), mine);
    }

    #[test]
    fn conflicts_are_named_for_every_kind_of_part() {
        let path = |p: &[&str]| p.iter().map(|s| s.to_string()).collect::<Path>();
        let names = conflict_parts(&[
            path(&["analysis", "goals"]),
            path(&["safeguards", "other"]),
            path(&["tasks", "requirements"]),
            path(&["tasks", "areas", "area:education", "selected"]),
            path(&["tasks", "other_tasks", "id:3", "text"]),
            path(&[]),
        ]);
        assert_eq!(
            names,
            ["工作目标", "其他保障措施", "具体要求和责任分工", "选择重点领域", "其他相关任务", "整个方案"]
        );
    }
}
