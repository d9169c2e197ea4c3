//! Drafts in the browser's local storage.
//!
//! Keys: `gyxx.index` holds the list of drafts and which one is current ([`DraftIndex`]);
//! `gyxx.draft.<id>` holds one draft as a plan file (same format and loader as `.json` files, so
//! old drafts migrate like old files). Nothing here panics on bad storage: every failure comes
//! back as a Chinese message.

use serde::{Deserialize, Serialize};

use crate::model::Plan;
use crate::planfile;

const INDEX_KEY: &str = "gyxx.index";
const DRAFT_PREFIX: &str = "gyxx.draft.";
const DAMAGED_PREFIX: &str = "gyxx.damaged.";

/// One draft as listed in the index.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DraftMeta {
    pub id: String,
    pub name: String,
    /// Slug of the page last shown (`""` = overview).
    #[serde(default)]
    pub page: String,
    /// When it was last saved, as shown to the user.
    #[serde(default)]
    pub saved: String,
}

/// The list of drafts.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct DraftIndex {
    pub current: String,
    pub drafts: Vec<DraftMeta>,
}

impl DraftIndex {
    pub fn current_meta(&self) -> Option<&DraftMeta> {
        self.drafts.iter().find(|d| d.id == self.current)
    }

    pub fn current_meta_mut(&mut self) -> Option<&mut DraftMeta> {
        let current = self.current.clone();
        self.drafts.iter_mut().find(|d| d.id == current)
    }

    /// A draft id not yet in use.
    pub fn fresh_id(&self) -> String {
        (1..).map(|n| format!("d{n}")).find(|id| self.drafts.iter().all(|d| &d.id != id)).expect("unbounded")
    }
}

fn raw() -> Result<web_sys::Storage, String> {
    // `LocalStorage::raw` panics when storage is unavailable; ask the window ourselves.
    web_sys::window()
        .and_then(|w| w.local_storage().ok().flatten())
        .ok_or_else(|| "浏览器不允许本页面使用本地存储，草稿无法自动保存。请及时保存工作方案文件。".to_string())
}

fn get(key: &str) -> Option<String> {
    raw().ok()?.get_item(key).ok().flatten()
}

fn set(key: &str, value: &str) -> Result<(), String> {
    raw()?.set_item(key, value).map_err(|_| {
        "浏览器本地存储空间已满或不可用，草稿未能自动保存。请立即点击“保存工作方案文件”下载保存，以免丢失。".to_string()
    })
}

/// What was found under the index key.
pub enum IndexLoad {
    Missing,
    Found(DraftIndex),
    /// Text that is not a valid index (kept for the user).
    Damaged(String),
}

pub fn load_index() -> IndexLoad {
    match get(INDEX_KEY) {
        None => IndexLoad::Missing,
        Some(text) => match serde_json::from_str(&text) {
            Ok(index) => IndexLoad::Found(index),
            Err(_) => IndexLoad::Damaged(text),
        },
    }
}

/// Keeps damaged text under its own key so nothing is lost; returns the key (if storage allowed it).
pub fn set_aside(text: &str) -> Option<String> {
    let storage = raw().ok()?;
    let key = (1..).map(|n| format!("{DAMAGED_PREFIX}{n}")).find(|k| storage.get_item(k).ok().flatten().is_none())?;
    storage.set_item(&key, text).ok().map(|_| key)
}

pub fn save_index(index: &DraftIndex) -> Result<(), String> {
    set(INDEX_KEY, &serde_json::to_string(index).expect("index serialises"))
}

/// A draft that could not be read: why, and its text.
pub struct Damaged {
    pub message: String,
    pub text: String,
}

/// Reads one draft: `Ok(None)` when there is none, `Err` when it is damaged.
pub fn load_draft(id: &str) -> Result<Option<planfile::Loaded>, Damaged> {
    match get(&format!("{DRAFT_PREFIX}{id}")) {
        None => Ok(None),
        Some(text) => planfile::load(text.as_bytes()).map(Some).map_err(|e| Damaged { message: e.message(), text }),
    }
}

pub fn save_draft(id: &str, plan: &Plan) -> Result<(), String> {
    set(&format!("{DRAFT_PREFIX}{id}"), &planfile::save(plan))
}

pub fn remove_draft(id: &str) {
    if let Ok(storage) = raw() {
        let _ = storage.remove_item(&format!("{DRAFT_PREFIX}{id}"));
    }
}
