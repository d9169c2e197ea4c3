//! A list of entries edited as cards: the items of an area and the other tasks. A card's position
//! is found once per change of the list (not per keystroke), so a card reads its own entry by
//! index and a keystroke in one card does not make every card search the list. Adding (led by the
//! plan's unit), moving, deleting with undo, the card with its tools and the undo notice are
//! written here once for both lists.

use leptos::prelude::*;

use super::fields::{Lens, MoveButtons, focus_after_move};
use super::state::AppState;
use super::{announce, focus_id};
use crate::model::ops::{self, Identified, Removed};
use crate::model::{Area, Item, OtherTask, Plan, Units};

/// What kind of entry a list holds and where the list is in the plan.
pub trait EntryKind: Identified + Clone + PartialEq + Send + Sync + 'static {
    /// Which list (the area of items; nothing for the tasks).
    type Key: Copy + Send + Sync + 'static;
    /// 事项 / 任务.
    const NOUN: &'static str;
    /// DOM id prefix of a card: `item` → `item-7`.
    const PREFIX: &'static str;
    /// The field focused after adding (DOM id suffix).
    const FIRST_FIELD: &'static str;

    fn list(plan: &Plan, key: Self::Key) -> &Vec<Self>;
    fn list_mut(plan: &mut Plan, key: Self::Key) -> &mut Vec<Self>;
    /// A new empty entry with these units.
    fn blank(id: u32, units: Units) -> Self;
    /// How the entry at a position is named to screen readers: 第 2 项, 任务 2.
    fn numbered(n: usize) -> String;
}

impl EntryKind for Item {
    type Key = Area;
    const NOUN: &'static str = "事项";
    const PREFIX: &'static str = "item";
    const FIRST_FIELD: &'static str = "name";

    fn list(plan: &Plan, area: Area) -> &Vec<Item> {
        &plan.area(area).items
    }
    fn list_mut(plan: &mut Plan, area: Area) -> &mut Vec<Item> {
        &mut plan.area_mut(area).items
    }
    fn blank(id: u32, units: Units) -> Item {
        Item { id, units, ..Item::default() }
    }
    fn numbered(n: usize) -> String {
        format!("第 {n} 项")
    }
}

impl EntryKind for OtherTask {
    type Key = ();
    const NOUN: &'static str = "任务";
    const PREFIX: &'static str = "task";
    const FIRST_FIELD: &'static str = "title";

    fn list(plan: &Plan, _: ()) -> &Vec<OtherTask> {
        &plan.tasks.other_tasks
    }
    fn list_mut(plan: &mut Plan, _: ()) -> &mut Vec<OtherTask> {
        &mut plan.tasks.other_tasks
    }
    fn blank(id: u32, units: Units) -> OtherTask {
        OtherTask { id, units, ..OtherTask::default() }
    }
    fn numbered(n: usize) -> String {
        format!("任务 {n}")
    }
}

/// One list of entries of the plan, with its ids in order and the last deleted entry.
pub struct EntryList<T: EntryKind> {
    pub state: AppState,
    pub key: T::Key,
    /// The ids in list order (changes only when entries are added, moved or removed).
    pub ids: Memo<Vec<u32>>,
    /// The last deleted entry, for undo.
    pub deleted: RwSignal<Option<Removed<T>>>,
}

impl<T: EntryKind> Clone for EntryList<T> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<T: EntryKind> Copy for EntryList<T> {}

impl<T: EntryKind> EntryList<T> {
    pub fn new(state: AppState, key: T::Key) -> Self {
        let plan = state.plan;
        let ids = Memo::new(move |_| plan.with(|p| T::list(p, key).iter().map(|e| e.id()).collect::<Vec<_>>()));
        EntryList { state, key, ids, deleted: RwSignal::new(None) }
    }

    /// The card's handle on one entry. Its position is looked up when the ids change (an entry
    /// added, moved or removed), not on every edit.
    pub fn entry(self, id: u32) -> Entry<T> {
        let ids = self.ids;
        Entry { list: self, id, at: Memo::new(move |_| ids.with(|ids| ids.iter().position(|x| *x == id))) }
    }

    /// Adds an entry at the end, announces it and focuses its first field.
    pub fn add(self, entry: T) {
        let id = entry.id();
        let message = if entry.name().trim().is_empty() {
            format!("已添加空白{}", T::NOUN)
        } else {
            format!("已添加{}“{}”，可继续修改", T::NOUN, entry.name().trim())
        };
        self.state.edit(|p| T::list_mut(p, self.key).push(entry));
        announce(&message);
        request_animation_frame(move || focus_id(&format!("{}-{id}-{}", T::PREFIX, T::FIRST_FIELD)));
    }

    /// A new empty entry led by the plan's unit.
    pub fn blank(self) -> T {
        self.state.plan.with_untracked(|p| T::blank(p.fresh_id(), Units::led_by(&p.cover.department_name())))
    }

    /// Puts the last deleted entry back where it was.
    pub fn undo(self) {
        if let Some(removed) = self.deleted.get_untracked() {
            let id = removed.entry.id();
            let name = removed.entry.shown_name();
            self.state.edit(|p| ops::restore_entry(T::list_mut(p, self.key), removed));
            self.deleted.set(None);
            announce(&format!("已恢复{}“{name}”", T::NOUN));
            request_animation_frame(move || focus_id(&format!("{}-{id}-title", T::PREFIX)));
        }
    }
}

/// One entry of a list, found by its keyed position.
pub struct Entry<T: EntryKind> {
    pub list: EntryList<T>,
    pub id: u32,
    /// Its position (changes only when the list changes).
    pub at: Memo<Option<usize>>,
}

impl<T: EntryKind> Clone for Entry<T> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<T: EntryKind> Copy for Entry<T> {}

impl<T: EntryKind> Entry<T> {
    /// The DOM id prefix of the card: `item-7`.
    pub fn dom_id(self) -> String {
        format!("{}-{}", T::PREFIX, self.id)
    }

    /// Its number in the list, from 1 (0 once gone).
    pub fn number(self) -> usize {
        self.at.get().map_or(0, |i| i + 1)
    }

    fn find(self, list: &[T]) -> Option<&T> {
        let id = self.id;
        self.at.get().and_then(|i| list.get(i)).filter(|e| e.id() == id)
    }

    /// Reads the entry (tracked: the plan and its position).
    pub fn read<R>(self, f: impl FnOnce(&T) -> R) -> Option<R> {
        self.list.state.plan.with(|p| self.find(T::list(p, self.list.key)).map(f))
    }

    /// Changes the entry.
    pub fn edit(self, f: impl FnOnce(&mut T)) {
        let (id, at, key) = (self.id, self.at.get_untracked(), self.list.key);
        self.list.state.edit(|p| {
            if let Some(e) = at.and_then(|i| T::list_mut(p, key).get_mut(i)).filter(|e| e.id() == id) {
                f(e);
            }
        });
    }

    /// A lens on one string of the entry.
    pub fn lens(
        self,
        read: impl Fn(&T) -> &str + Send + Sync + 'static,
        write: impl Fn(&mut T, String) + Send + Sync + 'static,
    ) -> Lens {
        let value = Memo::new(move |_| self.read(|e| read(e).to_string()).unwrap_or_default());
        Lens { value: value.into(), set: Callback::new(move |v: String| self.edit(|e| write(e, v))) }
    }

    fn move_by(self, up: bool) {
        let (id, key) = (self.id, self.list.key);
        self.list.state.edit(|p| {
            ops::move_entry(T::list_mut(p, key), id, up);
        });
        announce(&format!("已{}，现为第 {} 项", if up { "上移" } else { "下移" }, self.number()));
        focus_after_move(self.dom_id(), up);
    }

    /// Deletes the entry (undo offered); returns whether it was there.
    pub fn delete(self) -> bool {
        let (id, key) = (self.id, self.list.key);
        let mut removed = None;
        self.list.state.edit(|p| removed = ops::remove_entry(T::list_mut(p, key), id));
        let Some(r) = removed else { return false };
        announce(&format!("已删除{}“{}”，可撤销", T::NOUN, r.entry.shown_name()));
        self.list.deleted.set(Some(r));
        request_animation_frame(|| focus_id("undo-delete"));
        true
    }
}

/// A card of one entry: its head (what `head` shows, then move, any `tools`, delete) and body.
#[component]
pub fn EntryCard<T: EntryKind>(
    entry: Entry<T>,
    /// Id of the element that names the card.
    labelled_by: String,
    head: Children,
    #[prop(optional)] tools: Option<Children>,
    /// Called after the entry was deleted.
    #[prop(optional)]
    on_delete: Option<Callback<()>>,
    children: Children,
) -> impl IntoView {
    let p = entry.dom_id();
    let count = Memo::new(move |_| entry.list.ids.with(Vec::len));
    let delete = move |_| {
        if entry.delete()
            && let Some(f) = on_delete
        {
            f.run(());
        }
    };
    view! {
        <section class="item" id=p.clone() aria-labelledby=labelled_by>
            <div class="item__head">
                {head()}
                <div class="item__tools">
                    <MoveButtons id_prefix=p.clone() noun=T::numbered position=entry.at count=count
                        on_move=Callback::new(move |up| entry.move_by(up)) />
                    {tools.map(|t| t())}
                    <button type="button" class="button button--warning button--small" id=format!("{p}-delete")
                        aria-label=move || format!("删除{}", T::numbered(entry.number()))
                        on:click=delete>"删除"</button>
                </div>
            </div>
            {children()}
        </section>
    }
}

/// The notice after a delete, with its undo button.
#[component]
pub fn UndoNotice<T: EntryKind>(list: EntryList<T>) -> impl IntoView {
    view! {
        <Show when=move || list.deleted.with(|d| d.is_some())>
            <div class="notice notice--undo" role="status">
                <span>{move || list.deleted.with(|d| d.as_ref().map(|r| format!("已删除{}“{}”。", T::NOUN, r.entry.shown_name())).unwrap_or_default())}</span>
                <button type="button" class="button button--secondary button--small" id="undo-delete"
                    on:click=move |_| list.undo()>"撤销删除"</button>
            </div>
        </Show>
    }
}
