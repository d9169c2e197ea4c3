//! Drafts between this tab, storage and other tabs: reading everything at start ([`boot`]),
//! autosave (one write at a time, each decided against the stored record, see
//! [`crate::drafts`]), merging or stopping when another tab saved the same draft, live updates of
//! the list from other tabs, and the draft actions (new, open, duplicate, rename, delete). The
//! header says 已自动保存 only once a write is complete.

use leptos::prelude::*;

use super::state::{AppState, Base, Conflict, Page, SaveStatus, now_hhmm};
use super::storage::{self, Aside, Message, Stored};
use crate::drafts::index::{DraftIndex, DraftMeta, Unsaved, change_for};
use crate::drafts::{Change, Meta, Verdict, legacy, three_way};
use crate::model::Plan;
use crate::planfile;

/// What the app starts with, read from storage before it is mounted.
pub struct Boot {
    pub(super) index: DraftIndex,
    pub(super) plan: Plan,
    pub(super) base: Option<Base>,
    pub(super) notices: Vec<String>,
    pub(super) damaged: Vec<(String, String)>,
    pub(super) asides: Vec<Aside>,
    /// Storage does not work at all (the header says so).
    pub(super) failure: Option<String>,
    /// The plan holds unsaved edits recovered from before a reload or crash of the tab.
    pub(super) dirty: bool,
}

fn now() -> f64 {
    js_sys::Date::now()
}

fn fresh_id(index: &DraftIndex) -> String {
    index.fresh_id(now(), js_sys::Math::random())
}

pub(super) async fn sleep(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let _ = window().set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// Reads what the app starts with: moves drafts of the old localStorage layout over (the old keys
/// are removed only once the new records are written), lists the drafts, opens the one this tab
/// had (else the last opened, else the newest, else a new one) and takes back edits the tab had
/// not saved before a reload or crash.
pub async fn boot() -> Boot {
    let mut notices = Vec::new();
    let mut damaged = Vec::new();
    let mut failure = storage::open().await.err();

    let (old, keys) = storage::read_legacy();
    let mut last = storage::last_draft();
    if !old.is_empty() && failure.is_none() {
        let migration = legacy::migrate(&old, now());
        match storage::import(&migration).await {
            Ok(()) => {
                storage::remove_legacy(&keys);
                notices.extend(migration.notices);
                if let Some(current) = migration.current {
                    storage::set_last_draft(&current);
                    last = Some(current);
                }
            }
            Err(_) => {
                notices.push(
                    "本浏览器中原有的草稿未能转存到新的存储位置（存储空间已满或不可用），也没有另行保存。原有草稿一律没有删除，仍在原处，下次打开本程序时会再试；可以先在下面下载它们的备份。"
                        .into(),
                );
                damaged.extend(migration.drafts.iter().map(|d| (format!("{}.json", d.meta.name), d.text.clone())));
                damaged.extend(migration.aside.iter().cloned());
            }
        }
    }

    let mut index = DraftIndex::default();
    let listed = match storage::records().await {
        Ok(listed) => listed,
        Err(message) => {
            failure.get_or_insert(message);
            Vec::new()
        }
    };
    for l in &listed {
        index.upsert(l.meta.as_ref().map_or_else(|| DraftMeta::unreadable(&l.id, None), DraftMeta::from_meta));
    }
    let metas: Vec<Meta> = listed.into_iter().filter_map(|l| l.meta).collect();
    let tab_note = storage::tab_note();
    let tab = tab_note.as_ref().map(|t| t.id.clone());
    let mut plan = Plan::default();
    let mut base = None;
    if let Some(id) = crate::drafts::pick_current(tab.as_deref(), last.as_deref(), &metas) {
        let name = metas.iter().find(|m| m.id == id).map(|m| m.name.clone()).unwrap_or_default();
        match storage::read(&id).await.map(|s| s.map(|s| (s.meta, s.text))) {
            Ok(Some((Some(meta), Ok(text)))) => match planfile::load(text.as_bytes()) {
                Ok(loaded) => {
                    notices.extend(loaded.notices.iter().map(|n| n.message()));
                    plan = loaded.plan;
                    base = Some(Base { rev: meta.plan_rev, text, page: meta.page });
                    index.current = id;
                }
                Err(e) => {
                    index.upsert(DraftMeta::unreadable(&id, Some(&name)));
                    notices.push(format!(
                        "草稿“{name}”无法读取（{}）。它原样保留在“草稿和文件”的列表中，可以下载原内容；已从新的空白草稿开始。",
                        e.message().trim_end_matches('。')
                    ));
                }
            },
            Ok(Some(_)) => {
                index.upsert(DraftMeta::unreadable(&id, Some(&name)));
                notices.push(format!(
                    "草稿“{name}”无法读取。它原样保留在“草稿和文件”的列表中，可以下载原内容；已从新的空白草稿开始。"
                ));
            }
            Ok(None) => {}
            Err(message) => {
                failure.get_or_insert(message);
            }
        }
    }
    if index.current.is_empty() {
        let id = fresh_id(&index);
        let name = index.next_name();
        index.start_new(&id, &name, now());
    }

    // Edits this tab had not saved when it was reloaded or crashed.
    let mut dirty = false;
    if let Some(pending) = storage::pending() {
        let stored_text = base.as_ref().map(|b| b.text.as_str());
        let loaded =
            planfile::load(pending.text.as_bytes()).ok().filter(|_| stored_text != Some(pending.text.as_str()));
        if let Some(loaded) = loaded {
            let noted = tab_note.filter(|t| t.id == pending.id).map(|t| t.name);
            match index.unsaved_edits(&pending.id, pending.base, base.as_ref(), noted.as_deref()) {
                Unsaved::Restore => {
                    // Kept in sessionStorage until written.
                    plan = loaded.plan;
                    dirty = true;
                    notices.push("已恢复本标签页上次关闭或出错前尚未保存的修改。".into());
                }
                Unsaved::NewDraft(name) => {
                    storage::clear_pending();
                    let id = fresh_id(&index);
                    match storage::write(&id, Change::Create { name: name.clone(), page: String::new() }, &pending.text)
                        .await
                    {
                        Ok(Verdict::Write { meta, .. }) => {
                            index.upsert(DraftMeta::from_meta(&meta));
                            notices.push(format!("本标签页上次关闭或出错前尚未保存的修改已另存为草稿“{name}”。"));
                        }
                        _ => {
                            notices.push("本标签页上次关闭或出错前尚未保存的修改未能保存，可以在下面下载。".into());
                            damaged.push((format!("{name}.json"), pending.text));
                        }
                    }
                }
            }
        } else {
            storage::clear_pending();
        }
    }
    let asides = storage::asides().await.unwrap_or_default();
    Boot { index, plan, base, notices, damaged, asides, failure, dirty }
}

impl AppState {
    /// Starts writing the current draft if anything changed (the write completes later).
    pub fn save_now(self) {
        let start = self
            .sync
            .try_update_value(|s| {
                s.timer = None;
                let start = s.dirty && !s.writing && !s.halted;
                s.writing |= start;
                start
            })
            .unwrap_or(false);
        if start {
            leptos::task::spawn_local(async move {
                self.write_current().await;
            });
        }
    }

    /// Writes the plan of this tab (or only its page) as far as it changed; `true` when storage
    /// now holds what the tab shows. Called with `writing` set.
    async fn write_current(self) -> bool {
        let (id, name) = self.index.with_untracked(|i| (i.current.clone(), i.current_name()));
        let text = self.plan.with_untracked(planfile::save);
        let page = self.last_plan_page.get_value().map(Page::slug).unwrap_or_default();
        let change = self.sync.with_value(|s| change_for(s.base.as_ref(), &name, &text, &page));
        self.sync.update_value(|s| s.dirty = false);
        let Some(change) = change else {
            self.sync.update_value(|s| s.writing = false);
            if self.save_status.get_untracked() == SaveStatus::Pending {
                let last = self.sync.with_value(|s| s.last_saved.clone());
                self.save_status.set(last.map_or(SaveStatus::Opened, SaveStatus::Saved));
            }
            return true;
        };
        let result = storage::write(&id, change, &text).await;
        self.sync.update_value(|s| s.writing = false);
        if self.index.with_untracked(|i| i.current != id) {
            return result.is_ok();
        }
        match result {
            Ok(Verdict::Write { meta, text: with_text }) => {
                let newer_elsewhere =
                    !with_text && self.sync.with_value(|s| s.base.as_ref().is_some_and(|b| b.rev != meta.plan_rev));
                self.sync.update_value(|s| match &mut s.base {
                    // Only the page was written: the stored plan may be someone else's newer one.
                    Some(b) if !with_text => b.page = meta.page.clone(),
                    _ => s.base = Some(Base { rev: meta.plan_rev, text, page: meta.page.clone() }),
                });
                self.index.update(|i| i.upsert(DraftMeta::from_meta(&meta)));
                storage::set_last_draft(&id);
                let time = now_hhmm();
                self.sync.update_value(|s| s.last_saved = Some(time.clone()));
                if self.sync.with_value(|s| s.dirty) {
                    self.save_soon();
                } else {
                    storage::clear_pending();
                    self.save_status.set(SaveStatus::Saved(time));
                }
                if newer_elsewhere {
                    self.newer_elsewhere(meta.plan_rev);
                }
                true
            }
            Ok(Verdict::Stale { stored }) => {
                self.sync.update_value(|s| s.dirty = true);
                self.reconcile(stored).await
            }
            Ok(Verdict::Gone) => self.halt(Conflict::Gone),
            Ok(Verdict::Unreadable) => self.halt(Conflict::Unreadable),
            Ok(Verdict::Taken) => {
                // Another draft holds the new id: take another one and write again.
                self.index.update(|i| {
                    let id = fresh_id(i);
                    if let Some(m) = i.current_meta_mut() {
                        m.id = id.clone();
                    }
                    i.current = id;
                });
                self.sync.update_value(|s| s.dirty = true);
                self.save_soon();
                false
            }
            Ok(Verdict::Delete) => false,
            Err(message) => {
                self.sync.update_value(|s| s.dirty = true);
                self.save_status.set(SaveStatus::Failed(message));
                false
            }
        }
    }

    fn save_soon(self) {
        self.sync.update_value(|s| s.timer = Some(gloo_timers::callback::Timeout::new(50, move || self.save_now())));
    }

    /// Stops autosave and shows the prompt.
    fn halt(self, conflict: Conflict) -> bool {
        self.sync.update_value(|s| {
            s.halted = true;
            s.dirty = true;
            s.timer = None;
        });
        self.conflict.set(Some(conflict));
        self.save_status.set(SaveStatus::Halted);
        false
    }

    /// Another tab saved the current draft (plan revision `stored.plan_rev`) while this one has
    /// unsaved edits: merge them (both kept, then written), or stop and ask.
    async fn reconcile(self, stored: Meta) -> bool {
        let id = stored.id.clone();
        let theirs = match storage::read(&id).await {
            Ok(Some(Stored { meta: Some(meta), text: Ok(text) })) => {
                planfile::load(text.as_bytes()).ok().map(|l| (meta, text, l.plan))
            }
            Ok(None) => return self.halt(Conflict::Gone),
            Err(message) => {
                self.save_status.set(SaveStatus::Failed(message));
                return false;
            }
            Ok(Some(_)) => None,
        };
        let Some((meta, text, theirs)) = theirs else { return self.halt(Conflict::Unreadable) };
        if self.index.with_untracked(|i| i.current != id) {
            return false;
        }
        let base_plan = self
            .sync
            .with_value(|s| s.base.as_ref().and_then(|b| planfile::load(b.text.as_bytes()).ok()).map(|l| l.plan));
        let mine = self.plan.get_untracked();
        let theirs_base = Base { rev: meta.plan_rev, text, page: meta.page.clone() };
        let merged = match &base_plan {
            Some(base) => three_way::merge_plans(base, &mine, &theirs),
            None => Err(vec![Vec::new()]),
        };
        match merged {
            Ok(merged) => {
                self.sync.update_value(|s| s.base = Some(theirs_base));
                self.index.update(|i| i.upsert(DraftMeta::from_meta(&meta)));
                if base_plan.as_ref() != Some(&mine) {
                    self.notices.update(|n| {
                        n.push(format!("草稿“{}”在另一个窗口中也有修改，已与本窗口的修改合并。", meta.name))
                    });
                }
                if merged != mine {
                    self.plan.set(merged);
                }
                self.save_now();
                true
            }
            Err(conflicts) => self.halt(Conflict::Stale {
                parts: three_way::conflict_parts(&conflicts),
                theirs: Box::new(theirs),
                base: theirs_base,
            }),
        }
    }

    /// Another tab saved plan revision `rev` of the current draft: a tab without unsaved edits
    /// shows it; one with edits writes them, which merges (see [`Self::reconcile`]).
    fn newer_elsewhere(self, rev: u64) {
        let (known, dirty, busy) =
            self.sync.with_value(|s| (s.base.as_ref().map(|b| b.rev), s.dirty, s.writing || s.halted));
        if busy || known.is_none_or(|k| k >= rev) {
            return;
        }
        if dirty {
            self.save_now();
            return;
        }
        leptos::task::spawn_local(async move {
            let id = self.index.with_untracked(|i| i.current.clone());
            let Ok(Some(Stored { meta: Some(meta), text: Ok(text) })) = storage::read(&id).await else { return };
            let Ok(loaded) = planfile::load(text.as_bytes()) else { return };
            let still_clean = self.sync.with_value(|s| !s.dirty && !s.writing && !s.halted);
            if !still_clean || self.index.with_untracked(|i| i.current != id) {
                self.save_now();
                return;
            }
            self.sync.update_value(|s| s.base = Some(Base { rev: meta.plan_rev, text, page: meta.page }));
            self.plan.set(loaded.plan);
            super::announce("已显示另一个窗口中保存的最新内容");
        });
    }

    /// What another tab did (see `storage::listen`).
    pub(super) fn on_message(self, message: Message) {
        match message {
            Message::Write(meta) => {
                let current = self.index.with_untracked(|i| i.current == meta.id);
                self.index.update(|i| i.upsert(DraftMeta::from_meta(&meta)));
                if current {
                    self.newer_elsewhere(meta.plan_rev);
                }
            }
            Message::Delete(id) => {
                let current = self.index.with_untracked(|i| i.current == id);
                if current {
                    self.index.update(|i| {
                        if let Some(m) = i.current_meta_mut() {
                            m.unsaved = true;
                        }
                    });
                    self.halt(Conflict::Gone);
                } else {
                    self.index.update(|i| i.remove(&id));
                }
            }
            Message::List => leptos::task::spawn_local(self.refresh_list()),
        }
    }

    /// Lists the drafts again from storage (after a frozen spell, or when many changed).
    pub async fn refresh_list(self) {
        let Ok(listed) = storage::records().await else { return };
        let listed: Vec<(String, Option<Meta>)> = listed.into_iter().map(|l| (l.id, l.meta)).collect();
        let mut rev = None;
        self.index.update(|i| rev = i.relist(&listed));
        if let Some(rev) = rev {
            self.newer_elsewhere(rev);
        }
    }

    /// Mirrors the unsaved plan to sessionStorage (read after a reload or crash of the tab, and
    /// by the rescue panel).
    pub(super) fn mirror_now(self) {
        self.sync.update_value(|s| s.mirror = None);
        let (dirty, base) =
            self.sync.with_value(|s| (s.dirty || s.writing || s.halted, s.base.as_ref().map_or(0, |b| b.rev)));
        if dirty {
            let started = now();
            let id = self.index.with_untracked(|i| i.current.clone());
            let text = self.plan.with_untracked(planfile::save);
            storage::set_pending(&storage::Pending { id, base, text });
            self.sync.update_value(|s| s.mirror_cost = (now() - started) as u32);
        }
    }

    /// Writes what is unsaved before the tab shows another draft. A draft in conflict is kept as a
    /// new draft; what cannot be written at all is offered for download.
    async fn flush(self) {
        for _ in 0..500 {
            let (writing, dirty, halted) = self.sync.with_value(|s| (s.writing, s.dirty, s.halted));
            if writing {
                sleep(10).await;
            } else if halted {
                self.keep_mine_as_new();
            } else if dirty {
                self.sync.update_value(|s| {
                    s.writing = true;
                    s.timer = None;
                });
                if !self.write_current().await && !self.sync.with_value(|s| s.halted) {
                    let name = self.index.with_untracked(DraftIndex::current_name);
                    let text = self.plan.with_untracked(planfile::save);
                    self.damaged.update(|d| d.push((format!("未能保存的草稿“{name}”.json"), text)));
                    self.notices.update(|n| n.push(format!("草稿“{name}”最近的修改未能保存，可以在页面顶部下载。")));
                    return;
                }
            } else {
                return;
            }
        }
    }

    /// Shows another draft in this tab (`base`: its stored version; `None`: a new draft, written
    /// at once).
    fn switch_to(self, id: String, name: &str, plan: Plan, base: Option<Base>) {
        let page = base.as_ref().and_then(|b| Page::from_slug(&b.page)).unwrap_or(Page::Tasks);
        let new = base.is_none();
        self.index.update(|i| {
            if new {
                i.upsert(DraftMeta::unsaved(&id, name, now()));
            }
            i.current = id.clone();
        });
        self.sync.update_value(|s| {
            s.base = base;
            s.dirty = new;
            s.halted = false;
            s.timer = None;
            s.last_saved = None;
        });
        self.conflict.set(None);
        self.last_plan_page.set_value(Some(page));
        self.revealed.set(Default::default());
        self.plan.set(plan);
        self.save_status.set(SaveStatus::Opened);
        if new {
            self.save_now();
        } else {
            storage::set_last_draft(&id);
        }
        self.go(page);
    }

    /// Creates a draft holding `plan`, makes it current and shows its task list; `notes` are
    /// shown once the new draft is stored (so a notice never announces a draft not yet written).
    pub fn new_draft(self, name: &str, plan: Plan, notes: Vec<String>) {
        let name = name.to_string();
        leptos::task::spawn_local(async move {
            self.flush().await;
            let id = self.index.with_untracked(fresh_id);
            self.switch_to(id, &name, plan, None);
            self.flush().await;
            if !notes.is_empty() {
                self.notices.update(|n| n.extend(notes));
            }
        });
    }

    /// Makes another stored draft the current one and goes to its last page.
    pub async fn open_draft(self, id: String) -> Result<(), String> {
        if self.index.with_untracked(|i| i.current == id) {
            return Ok(());
        }
        self.flush().await;
        let stored = storage::read(&id).await?.ok_or_else(|| "该草稿已在另一个窗口中删除。".to_string())?;
        let name = stored.meta.as_ref().map(|m| m.name.clone()).unwrap_or_default();
        let loaded = match (&stored.meta, &stored.text) {
            (Some(_), Ok(text)) => {
                planfile::load(text.as_bytes()).map_err(|e| e.message().trim_end_matches('。').to_string())
            }
            _ => Err("草稿记录不完整".to_string()),
        };
        match (loaded, stored.meta, stored.text) {
            (Ok(loaded), Some(meta), Ok(text)) => {
                self.notices.update(|n| n.extend(loaded.notices.iter().map(|x| x.message())));
                self.switch_to(
                    id.to_string(),
                    &name,
                    loaded.plan,
                    Some(Base { rev: meta.plan_rev, text, page: meta.page }),
                );
                Ok(())
            }
            (Err(reason), _, _) => {
                self.index
                    .update(|i| i.upsert(DraftMeta::unreadable(&id, (!name.is_empty()).then_some(name.as_str()))));
                Err(format!("该草稿无法读取：{reason}。它原样保留在列表中，可以点击“下载原内容”保存。"))
            }
            _ => unreachable!("a loaded plan has its record"),
        }
    }

    /// Offers the stored text of a draft as it is (for drafts that cannot be read).
    pub async fn download_stored(self, id: String) -> Result<(), String> {
        let stored = storage::read(&id).await?.ok_or_else(|| "该草稿已在另一个窗口中删除。".to_string())?;
        let text = stored.text.unwrap_or_else(|raw| raw);
        let name = self.index.with_untracked(|i| i.name_of(&id));
        super::files::download(&format!("{name}（原内容）.json"), "application/json", text.as_bytes());
        Ok(())
    }

    /// Copies a draft under a new name (the copy is not opened). Written in one go: when it fails,
    /// no copy is left anywhere.
    pub async fn duplicate_draft(self, id: String) -> Result<(), String> {
        let (is_current, name) = self.index.with_untracked(|i| (i.current == id, i.name_of(&id)));
        let text = if is_current {
            self.plan.with_untracked(planfile::save)
        } else {
            match storage::read(&id).await? {
                Some(Stored { text: Ok(text), .. }) if planfile::load(text.as_bytes()).is_ok() => text,
                _ => return Err("该草稿无法读取，不能复制。".into()),
            }
        };
        let copy = self.index.with_untracked(fresh_id);
        match storage::write(&copy, Change::Create { name: format!("{name} 副本"), page: String::new() }, &text).await
        {
            Ok(Verdict::Write { meta, .. }) => {
                self.index.update(|i| i.upsert(DraftMeta::from_meta(&meta)));
                Ok(())
            }
            Ok(_) => Err("未能复制草稿，请再试一次。".into()),
            Err(message) => Err(format!("未能复制草稿，没有留下不完整的副本。{message}")),
        }
    }

    pub async fn rename_draft(self, id: String, name: String) -> Result<(), String> {
        let name = name.trim().to_string();
        if name.is_empty() {
            return Ok(());
        }
        let stored = self.index.with_untracked(|i| i.is_stored(&id));
        if stored {
            match storage::write(&id, Change::rename(&name), "").await? {
                Verdict::Write { meta, .. } => self.index.update(|i| i.upsert(DraftMeta::from_meta(&meta))),
                Verdict::Gone => return Err("该草稿已在另一个窗口中删除。".into()),
                _ => return Err("该草稿无法读取，不能重命名。".into()),
            }
        } else {
            self.index.update(|i| {
                if let Some(d) = i.drafts.iter_mut().find(|d| d.id == id) {
                    d.name = name;
                }
            });
        }
        Ok(())
    }

    /// Deletes a draft; deleting the current one opens another (or a new empty one).
    pub async fn delete_draft(self, id: String) -> Result<(), String> {
        let (was_current, stored) = self.index.with_untracked(|i| (i.current == id, i.is_stored(&id)));
        if stored {
            storage::write(&id, Change::Delete, "").await?;
        }
        self.index.update(|i| i.remove(&id));
        if was_current {
            self.sync.update_value(|s| {
                s.dirty = false;
                s.halted = false;
                s.timer = None;
            });
            let others: Vec<String> = self
                .index
                .with_untracked(|i| i.drafts.iter().filter(|d| !d.unreadable).map(|d| d.id.clone()).collect());
            for other in others {
                if self.open_draft(other).await.is_ok() {
                    return Ok(());
                }
            }
            let name = self.next_draft_name();
            let id = self.index.with_untracked(fresh_id);
            self.switch_to(id, &name, Plan::default(), None);
        }
        Ok(())
    }

    /// "草稿 N" with the first N not in use.
    pub fn next_draft_name(self) -> String {
        self.index.with_untracked(DraftIndex::next_name)
    }

    /// Conflict prompt: show the version the other tab saved; this tab's edits are dropped.
    pub fn take_theirs(self) {
        let Some(Conflict::Stale { theirs, base, .. }) = self.conflict.get_untracked() else { return };
        self.sync.update_value(|s| {
            s.base = Some(base);
            s.halted = false;
            s.dirty = false;
        });
        self.conflict.set(None);
        self.plan.set(*theirs);
        self.save_status.set(SaveStatus::Opened);
        super::announce("已载入另一个窗口中保存的版本");
    }

    /// Conflict prompt: keep what this tab shows as a new draft; the stored one stays as it is.
    pub fn keep_mine_as_new(self) {
        let name = format!("{}（本窗口的修改）", self.index.with_untracked(DraftIndex::current_name));
        self.index.update(|i| {
            let id = fresh_id(i);
            i.start_new(&id, &name, now());
        });
        self.sync.update_value(|s| {
            s.base = None;
            s.halted = false;
            s.dirty = true;
        });
        self.conflict.set(None);
        self.save_status.set(SaveStatus::Pending);
        self.save_now();
        super::announce(&format!("已另存为新草稿“{name}”"));
    }

    /// Conflict prompt (draft deleted elsewhere): drop this tab's copy and open another draft.
    pub fn discard_deleted(self) {
        let current = self.index.with_untracked(|i| i.current.clone());
        leptos::task::spawn_local(async move {
            let _ = self.delete_draft(current).await;
        });
    }

    /// The prompt's third choice: this tab's plan as a file.
    pub fn download_mine(self) {
        super::pages::drafts::save_plan_file(self);
    }

    /// Forgets text set aside earlier (the user downloaded it or does not need it).
    pub async fn remove_aside(self, key: String) -> Result<(), String> {
        storage::remove_aside(&key).await?;
        self.asides.update(|a| a.retain(|x| x.key != key));
        Ok(())
    }
}
