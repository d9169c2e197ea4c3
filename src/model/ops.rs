//! Editing operations on ordered lists of items and tasks: move up/down, delete with undo, and
//! applying one value to many selected items at once.

use super::item::{Channel, Item, ItemField};

/// Something with a stable id and a name in an ordered list.
pub trait Identified {
    fn id(&self) -> u32;

    /// The name as entered (item name, task title).
    fn name(&self) -> &str;

    /// The name as shown in messages: trimmed, or （未命名）.
    fn shown_name(&self) -> String {
        let name = self.name().trim();
        if name.is_empty() { "（未命名）".into() } else { name.into() }
    }
}

impl Identified for Item {
    fn id(&self) -> u32 {
        self.id
    }

    fn name(&self) -> &str {
        &self.name
    }
}

impl Identified for super::item::OtherTask {
    fn id(&self) -> u32 {
        self.id
    }

    fn name(&self) -> &str {
        &self.title
    }
}

/// An entry removed from a list, with where it was, so it can be put back.
#[derive(Clone, Debug, PartialEq)]
pub struct Removed<T> {
    pub index: usize,
    pub entry: T,
}

/// Moves the entry with `id` one place up (`up = true`) or down. Returns whether it moved.
pub fn move_entry<T: Identified>(list: &mut [T], id: u32, up: bool) -> bool {
    let Some(at) = list.iter().position(|e| e.id() == id) else { return false };
    let to = if up { at.checked_sub(1) } else { Some(at + 1).filter(|&i| i < list.len()) };
    match to {
        Some(to) => {
            list.swap(at, to);
            true
        }
        None => false,
    }
}

/// Removes the entry with `id`, returning it and its position for [`restore_entry`].
pub fn remove_entry<T: Identified>(list: &mut Vec<T>, id: u32) -> Option<Removed<T>> {
    let index = list.iter().position(|e| e.id() == id)?;
    Some(Removed { index, entry: list.remove(index) })
}

/// Puts a removed entry back where it was (or at the end if the list has since shrunk).
pub fn restore_entry<T>(list: &mut Vec<T>, removed: Removed<T>) {
    let at = removed.index.min(list.len());
    list.insert(at, removed.entry);
}

/// A value applied to every selected item at once.
#[derive(Clone, Debug, PartialEq)]
pub enum BulkValue {
    /// 公开时限
    TimeLimit(String),
    /// 公开程序
    Procedure(String),
    /// 公开方式: the named channels and the free text replace the items' own.
    Channels(Vec<Channel>, String),
}

/// Applies `value` to the items whose ids are in `ids`; returns how many changed.
pub fn bulk_apply(items: &mut [Item], ids: &[u32], value: &BulkValue) -> usize {
    let mut changed = 0;
    for item in items.iter_mut().filter(|i| ids.contains(&i.id)) {
        let before = item.clone();
        match value {
            BulkValue::TimeLimit(t) => item.time_limit = t.clone(),
            BulkValue::Procedure(p) => item.procedure = p.clone(),
            BulkValue::Channels(channels, other) => {
                let mut channels = channels.clone();
                channels.sort();
                channels.dedup();
                item.channels = channels;
                item.channel_other = other.clone();
            }
        }
        if *item != before {
            changed += 1;
        }
    }
    changed
}

/// Whether an item matches a filter text (case-insensitive, in any text field).
pub fn item_matches(item: &Item, filter: &str) -> bool {
    let needle = filter.trim().to_lowercase();
    if needle.is_empty() {
        return true;
    }
    ItemField::ALL.iter().any(|f| f.holds(item, &needle))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn items(names: &[&str]) -> Vec<Item> {
        names
            .iter()
            .enumerate()
            .map(|(i, n)| Item { id: i as u32 + 1, name: n.to_string(), ..Item::default() })
            .collect()
    }

    fn names(list: &[Item]) -> Vec<&str> {
        list.iter().map(|i| i.name.as_str()).collect()
    }

    #[test]
    fn moving_up_and_down_stops_at_the_ends() {
        let mut list = items(&["a", "b", "c"]);
        assert!(move_entry(&mut list, 3, true));
        assert_eq!(names(&list), ["a", "c", "b"]);
        assert!(move_entry(&mut list, 1, false));
        assert_eq!(names(&list), ["c", "a", "b"]);
        assert!(!move_entry(&mut list, 3, true), "first cannot move up");
        assert!(!move_entry(&mut list, 2, false), "last cannot move down");
        assert!(!move_entry(&mut list, 99, true), "unknown id");
        assert_eq!(names(&list), ["c", "a", "b"]);
    }

    #[test]
    fn delete_then_undo_restores_the_same_place() {
        let mut list = items(&["a", "b", "c"]);
        let removed = remove_entry(&mut list, 2).unwrap();
        assert_eq!(removed.index, 1);
        assert_eq!(names(&list), ["a", "c"]);
        restore_entry(&mut list, removed);
        assert_eq!(names(&list), ["a", "b", "c"]);
        assert!(remove_entry(&mut list, 42).is_none());

        let removed = remove_entry(&mut list, 3).unwrap();
        list.clear();
        restore_entry(&mut list, removed);
        assert_eq!(names(&list), ["c"], "restores at the end when the list shrank");
    }

    #[test]
    fn bulk_apply_changes_only_selected_items() {
        let mut list = items(&["a", "b", "c"]);
        list[2].time_limit = "10个工作日内".into();
        let n = bulk_apply(&mut list, &[1, 3], &BulkValue::TimeLimit("10个工作日内".into()));
        assert_eq!(n, 1, "c already had the value");
        assert_eq!(list[0].time_limit, "10个工作日内");
        assert_eq!(list[1].time_limit, "");

        let n = bulk_apply(&mut list, &[2], &BulkValue::Procedure("拟稿、审核、发布".into()));
        assert_eq!(n, 1);
        assert_eq!(list[1].procedure, "拟稿、审核、发布");

        let channels = BulkValue::Channels(vec![Channel::Sms, Channel::Portal, Channel::Sms], "村务微信群".into());
        assert_eq!(bulk_apply(&mut list, &[1, 2, 3], &channels), 3);
        assert!(list.iter().all(|i| i.channels == [Channel::Portal, Channel::Sms] && i.channel_other == "村务微信群"));
    }

    #[test]
    fn entries_are_named_in_messages_even_without_a_name() {
        let list = items(&["  低保  ", " "]);
        assert_eq!(list[0].shown_name(), "低保");
        assert_eq!(list[1].shown_name(), "（未命名）");
        let task = super::super::item::OtherTask { title: "加强基层政务公开".into(), ..Default::default() };
        assert_eq!(task.shown_name(), "加强基层政务公开");
    }

    #[test]
    fn filter_matches_any_field() {
        let mut item = Item { name: "城乡低保".into(), ..Item::default() };
        item.units.partners.push("省教育厅".into());
        item.channels.push(Channel::Sms);
        assert!(item_matches(&item, ""));
        assert!(item_matches(&item, "低保"));
        assert!(item_matches(&item, " 教育厅 "));
        assert!(item_matches(&item, "短信"));
        assert!(!item_matches(&item, "环境"));
    }
}
