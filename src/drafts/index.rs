//! The list of drafts as a tab shows it, and which one the tab has open: built from the stored
//! records, changed as this tab and others write, and kept whole when storage is listed again
//! (entries known unreadable stay so; the tab's own draft stays even before its first write).
//! Also what a tab writes for its draft ([`change_for`]). No web code: the UI does the I/O.

use super::{Change, Meta};

/// A stored version of the current draft: its plan revision, plan text and page.
#[derive(Clone, Debug, PartialEq)]
pub struct Base {
    pub rev: u64,
    pub text: String,
    pub page: String,
}

/// The list of drafts as the app shows it, and which one this tab has open.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DraftIndex {
    pub current: String,
    pub drafts: Vec<DraftMeta>,
}

/// One draft as listed.
#[derive(Clone, Debug, PartialEq)]
pub struct DraftMeta {
    pub id: String,
    pub name: String,
    /// Slug of the page last shown (`""` = overview).
    pub page: String,
    /// When it was last saved, in milliseconds since 1970 (0: not saved).
    pub saved_at: f64,
    /// Its place in the list.
    pub created: f64,
    /// Not in storage (yet): the tab's new draft before its first write.
    pub unsaved: bool,
    /// Stored, but its record or plan cannot be read: listed so the user can download it.
    pub unreadable: bool,
}

impl DraftMeta {
    pub fn from_meta(meta: &Meta) -> DraftMeta {
        DraftMeta {
            id: meta.id.clone(),
            name: meta.name.clone(),
            page: meta.page.clone(),
            saved_at: meta.saved_at,
            created: meta.created,
            unsaved: false,
            unreadable: meta.unreadable,
        }
    }

    /// A tab's new draft, not written yet (created at `now`).
    pub fn unsaved(id: &str, name: &str, now: f64) -> DraftMeta {
        DraftMeta {
            id: id.to_string(),
            name: name.to_string(),
            page: String::new(),
            saved_at: 0.0,
            created: now,
            unsaved: true,
            unreadable: false,
        }
    }

    /// A stored draft that cannot be read (listed last); `name`: as far as it is known.
    pub fn unreadable(id: &str, name: Option<&str>) -> DraftMeta {
        DraftMeta {
            name: name.map_or_else(|| format!("无法读取的草稿（{id}）"), str::to_string),
            created: f64::MAX,
            unsaved: false,
            unreadable: true,
            ..DraftMeta::unsaved(id, "", 0.0)
        }
    }
}

impl DraftIndex {
    pub fn current_meta(&self) -> Option<&DraftMeta> {
        self.drafts.iter().find(|d| d.id == self.current)
    }

    pub fn current_meta_mut(&mut self) -> Option<&mut DraftMeta> {
        let current = self.current.clone();
        self.drafts.iter_mut().find(|d| d.id == current)
    }

    /// The name of the current draft (`""` when there is none).
    pub fn current_name(&self) -> String {
        self.current_meta().map(|m| m.name.clone()).unwrap_or_default()
    }

    /// The name of a listed draft (`""` when not listed).
    pub fn name_of(&self, id: &str) -> String {
        self.drafts.iter().find(|d| d.id == id).map(|d| d.name.clone()).unwrap_or_default()
    }

    /// The draft is in storage (listed and written at least once).
    pub fn is_stored(&self, id: &str) -> bool {
        self.drafts.iter().any(|d| d.id == id && !d.unsaved)
    }

    /// An id for a new draft that no listed draft has (see [`super::new_id`]).
    pub fn fresh_id(&self, now_ms: f64, random: f64) -> String {
        let ids: Vec<&str> = self.drafts.iter().map(|d| d.id.as_str()).collect();
        super::new_id(now_ms, random, &ids)
    }

    /// "草稿 N" with the first N not in use.
    pub fn next_name(&self) -> String {
        super::next_name(self.drafts.iter().map(|d| d.name.as_str()))
    }

    /// Adds or replaces an entry, keeping the list in creation order.
    pub fn upsert(&mut self, entry: DraftMeta) {
        match self.drafts.iter_mut().find(|d| d.id == entry.id) {
            Some(d) => *d = entry,
            None => {
                self.drafts.push(entry);
                self.drafts.sort_by(|a, b| a.created.total_cmp(&b.created).then_with(|| a.id.cmp(&b.id)));
            }
        }
    }

    pub fn remove(&mut self, id: &str) {
        self.drafts.retain(|d| d.id != id);
    }

    /// Makes a new, unsaved draft current (the tab's unsaved current draft, if any, is dropped
    /// from the list: its content goes on in the new one).
    pub fn start_new(&mut self, id: &str, name: &str, now: f64) {
        if self.current_meta().is_some_and(|m| m.unsaved) {
            let current = self.current.clone();
            self.remove(&current);
        }
        self.upsert(DraftMeta::unsaved(id, name, now));
        self.current = id.to_string();
    }

    /// Lists the drafts again from storage (`meta` `None`: its record cannot be read). Entries
    /// found unreadable before stay so; the current draft stays listed even when storage does
    /// not hold it (yet). Returns the stored plan revision of the current draft, if stored.
    pub fn relist(&mut self, listed: &[(String, Option<Meta>)]) -> Option<u64> {
        let current = self.current_meta().cloned();
        let unreadable: Vec<String> = self.drafts.iter().filter(|d| d.unreadable).map(|d| d.id.clone()).collect();
        self.drafts.clear();
        let mut rev = None;
        for (id, meta) in listed {
            match meta {
                Some(m) if !unreadable.contains(&m.id) => self.upsert(DraftMeta::from_meta(m)),
                Some(m) => self.upsert(DraftMeta::unreadable(&m.id, Some(&m.name))),
                None => self.upsert(DraftMeta::unreadable(id, None)),
            }
            if *id == self.current {
                rev = meta.as_ref().map(|m| m.plan_rev);
            }
        }
        if let Some(current) = current.filter(|c| self.drafts.iter().all(|d| d.id != c.id)) {
            self.upsert(current);
        }
        rev
    }
}

/// What becomes of edits a tab had not saved when it was reloaded or crashed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Unsaved {
    /// They continue the draft the tab opens (written at the next save).
    Restore,
    /// The draft moved on (or went) meanwhile: they become a draft of their own, by this name.
    NewDraft(String),
}

impl DraftIndex {
    /// Where the unsaved edits of draft `id`, based on its stored plan revision `based_on` (0:
    /// never stored), go, once the tab has opened its draft (stored at `base`, if any). A draft
    /// never stored is taken up by the new draft the tab starts with. `noted`: the draft's name as
    /// the tab last noted it (for a draft no longer listed).
    pub fn unsaved_edits(&self, id: &str, based_on: u64, base: Option<&Base>, noted: Option<&str>) -> Unsaved {
        let never_stored =
            based_on == 0 && self.current_meta().is_some_and(|m| m.unsaved) && self.drafts.iter().all(|d| d.id != id);
        if (id == self.current || never_stored) && based_on == base.map_or(0, |b| b.rev) {
            return Unsaved::Restore;
        }
        let listed = self.drafts.iter().find(|d| d.id == id).map(|d| d.name.as_str());
        Unsaved::NewDraft(format!("{}（未保存的修改）", listed.or(noted).unwrap_or("草稿")))
    }
}

/// What to write for a tab's draft, given the stored version its copy is based on (`None`: not
/// stored yet) and its plan text and page now: nothing when storage holds both already, only the
/// page when only the page changed.
pub fn change_for(base: Option<&Base>, name: &str, text: &str, page: &str) -> Option<Change> {
    match base {
        None => Some(Change::Create { name: name.to_string(), page: page.to_string() }),
        Some(b) if b.text == text && b.page == page => None,
        Some(b) if b.text == text => Some(Change::Meta { name: None, page: Some(page.to_string()) }),
        Some(b) => Some(Change::Plan { base: b.rev, page: page.to_string() }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn meta(id: &str, created: f64) -> Meta {
        Meta {
            id: id.into(),
            rev: 1,
            plan_rev: 3,
            name: format!("草稿 {id}"),
            page: String::new(),
            saved_at: created,
            created,
            unreadable: false,
        }
    }

    #[test]
    fn entries_stay_in_creation_order_and_are_replaced_in_place() {
        let mut index = DraftIndex::default();
        index.upsert(DraftMeta::from_meta(&meta("b", 2.0)));
        index.upsert(DraftMeta::from_meta(&meta("a", 1.0)));
        index.upsert(DraftMeta::unreadable("x", None));
        index.upsert(DraftMeta { name: "改名".into(), ..DraftMeta::from_meta(&meta("b", 2.0)) });
        let ids: Vec<&str> = index.drafts.iter().map(|d| d.id.as_str()).collect();
        assert_eq!(ids, ["a", "b", "x"], "unreadable drafts last");
        assert_eq!(index.name_of("b"), "改名");
        assert_eq!(index.name_of("x"), "无法读取的草稿（x）");
        assert!(index.is_stored("a") && !index.is_stored("nope"));
    }

    #[test]
    fn a_new_draft_takes_a_free_id_and_name_and_replaces_an_unsaved_current_one() {
        let mut index = DraftIndex::default();
        index.upsert(DraftMeta::from_meta(&meta("1", 1.0)));
        let id = index.fresh_id(5.0, 0.5);
        assert_ne!(id, "1");
        index.start_new(&id, &index.next_name(), 5.0);
        assert_eq!((index.current.as_str(), index.current_name().as_str()), (id.as_str(), "草稿 2"));
        assert!(!index.is_stored(&id), "not written yet");
        index.start_new("other", "另存", 6.0);
        assert_eq!(index.drafts.len(), 2, "the unsaved one is taken over, not left behind");
        assert_eq!(index.current_name(), "另存");
    }

    #[test]
    fn listing_again_keeps_unreadable_marks_and_the_unsaved_current_draft() {
        let mut index = DraftIndex::default();
        index.upsert(DraftMeta::from_meta(&meta("a", 1.0)));
        index.upsert(DraftMeta::unreadable("b", Some("坏草稿")));
        index.start_new("new", "草稿 9", 9.0);
        let listed =
            vec![("a".to_string(), Some(meta("a", 1.0))), ("b".into(), Some(meta("b", 2.0))), ("c".into(), None)];
        assert_eq!(index.relist(&listed), None, "the current draft is not stored yet");
        let shown: Vec<(&str, bool, bool)> =
            index.drafts.iter().map(|d| (d.id.as_str(), d.unreadable, d.unsaved)).collect();
        assert_eq!(shown, [("a", false, false), ("new", false, true), ("b", true, false), ("c", true, false)]);
        index.current = "a".into();
        assert_eq!(index.relist(&listed), Some(3));
    }

    #[test]
    fn unsaved_edits_continue_their_draft_only_where_it_stands() {
        let mut index = DraftIndex::default();
        index.upsert(DraftMeta::from_meta(&meta("a", 1.0)));
        index.current = "a".into();
        let base = Base { rev: 3, text: "plan".into(), page: String::new() };
        assert_eq!(index.unsaved_edits("a", 3, Some(&base), None), Unsaved::Restore);
        assert_eq!(
            index.unsaved_edits("a", 2, Some(&base), None),
            Unsaved::NewDraft("草稿 a（未保存的修改）".into()),
            "another tab saved the draft meanwhile"
        );
        assert_eq!(
            index.unsaved_edits("gone", 5, Some(&base), Some("旧名")),
            Unsaved::NewDraft("旧名（未保存的修改）".into())
        );
        // A draft never stored: the tab's new draft takes the edits up.
        index.start_new("new", "草稿 2", 2.0);
        assert_eq!(index.unsaved_edits("lost", 0, None, None), Unsaved::Restore);
        assert_eq!(index.unsaved_edits("a", 0, None, None), Unsaved::NewDraft("草稿 a（未保存的修改）".into()));
    }

    #[test]
    fn a_tab_writes_only_what_changed() {
        let base = Base { rev: 4, text: "plan".into(), page: "cover".into() };
        assert_eq!(
            change_for(None, "草稿 1", "plan", ""),
            Some(Change::Create { name: "草稿 1".into(), page: String::new() })
        );
        assert_eq!(change_for(Some(&base), "x", "plan", "cover"), None);
        assert_eq!(
            change_for(Some(&base), "x", "plan", "export"),
            Some(Change::Meta { name: None, page: Some("export".into()) })
        );
        assert_eq!(
            change_for(Some(&base), "x", "new plan", "cover"),
            Some(Change::Plan { base: 4, page: "cover".into() })
        );
    }
}
