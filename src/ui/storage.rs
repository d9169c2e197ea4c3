//! Browser storage, as I/O only (the decisions are in [`crate::drafts`]): drafts, text set aside,
//! the reviewer's session and the filing ledger through `public/store.js` (IndexedDB; localStorage where the browser
//! has none), the old localStorage layout (read once, to move it), and two notes per tab in
//! sessionStorage that the rescue panel reads too: which draft the tab has open (`gyxx.tab`) and
//! the plan as last typed, while not yet saved (`gyxx.pending`). Every failure comes back as a
//! Chinese message; nothing here panics on bad storage.

use std::cell::RefCell;
use std::rc::Rc;

use serde::{Deserialize, Serialize};
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;

use crate::drafts::{self, Change, Meta, Verdict, legacy};

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_namespace = gyxxStore, js_name = open, catch)]
    fn js_open() -> Result<js_sys::Promise, JsValue>;
    #[wasm_bindgen(js_namespace = gyxxStore, js_name = records, catch)]
    fn js_records() -> Result<js_sys::Promise, JsValue>;
    #[wasm_bindgen(js_namespace = gyxxStore, js_name = read, catch)]
    fn js_read(id: &str) -> Result<js_sys::Promise, JsValue>;
    #[wasm_bindgen(js_namespace = gyxxStore, js_name = write, catch)]
    fn js_write(id: &str, decide: &js_sys::Function, text: &str) -> Result<js_sys::Promise, JsValue>;
    #[wasm_bindgen(js_namespace = gyxxStore, js_name = importAll, catch)]
    fn js_import_all(json: &str) -> Result<js_sys::Promise, JsValue>;
    #[wasm_bindgen(js_namespace = gyxxStore, js_name = asides, catch)]
    fn js_asides() -> Result<js_sys::Promise, JsValue>;
    #[wasm_bindgen(js_namespace = gyxxStore, js_name = removeAside, catch)]
    fn js_remove_aside(key: &str) -> Result<js_sys::Promise, JsValue>;
    #[wasm_bindgen(js_namespace = gyxxStore, js_name = listen, catch)]
    fn js_listen(f: &js_sys::Function) -> Result<(), JsValue>;
    #[wasm_bindgen(js_namespace = gyxxStore, js_name = reviewAdd, catch)]
    fn js_review_add(session: &str, n: u32, name: &str, bytes: &[u8]) -> Result<js_sys::Promise, JsValue>;
    #[wasm_bindgen(js_namespace = gyxxStore, js_name = reviewNotes, catch)]
    fn js_review_notes(session: &str, notes: &str) -> Result<js_sys::Promise, JsValue>;
    #[wasm_bindgen(js_namespace = gyxxStore, js_name = reviewLoad, catch)]
    fn js_review_load(session: &str) -> Result<js_sys::Promise, JsValue>;
    #[wasm_bindgen(js_namespace = gyxxStore, js_name = reviewClear, catch)]
    fn js_review_clear(session: &str) -> Result<js_sys::Promise, JsValue>;
    #[wasm_bindgen(js_namespace = gyxxStore, js_name = reviewPurge, catch)]
    fn js_review_purge(age_ms: f64) -> Result<js_sys::Promise, JsValue>;
    #[wasm_bindgen(js_namespace = gyxxStore, js_name = ledgerLoad, catch)]
    fn js_ledger_load() -> Result<js_sys::Promise, JsValue>;
    #[wasm_bindgen(js_namespace = gyxxStore, js_name = ledgerSave, catch)]
    fn js_ledger_save(text: &str) -> Result<js_sys::Promise, JsValue>;
}

/// The message for a failed write: the browser's error name decides which.
fn failure(error: JsValue) -> String {
    let name = js_sys::Reflect::get(&error, &"name".into()).ok().and_then(|n| n.as_string()).unwrap_or_default();
    if name == "QuotaExceededError" {
        "浏览器本地存储空间已满或不可用，草稿未能自动保存。请立即点击“保存工作方案文件”下载保存，以免丢失。".into()
    } else {
        format!(
            "浏览器未能保存草稿（{}）。请点击“保存工作方案文件”下载保存，以免丢失。",
            if name.is_empty() { "未知错误".into() } else { name }
        )
    }
}

async fn call(promise: Result<js_sys::Promise, JsValue>) -> Result<JsValue, String> {
    JsFuture::from(promise.map_err(failure)?).await.map_err(failure)
}

fn field(value: &JsValue, key: &str) -> JsValue {
    js_sys::Reflect::get(value, &key.into()).unwrap_or(JsValue::UNDEFINED)
}

/// Opens the store; `Err` (with the message to show) when neither IndexedDB nor localStorage works.
pub async fn open() -> Result<(), String> {
    match call(js_open()).await?.as_string().as_deref() {
        Some("idb") => Ok(()),
        _ => match web_sys::window().and_then(|w| w.local_storage().ok().flatten()) {
            Some(_) => Ok(()),
            None => Err("浏览器不允许本页面保存数据，草稿无法自动保存。请及时保存工作方案文件。".into()),
        },
    }
}

fn parse_meta(id: &str, json: &str) -> Option<Meta> {
    serde_json::from_str::<Meta>(json).ok().filter(|m| m.id == id)
}

/// A stored draft as listed: `meta` is `None` when the record cannot be read.
pub struct Listed {
    pub id: String,
    pub meta: Option<Meta>,
}

pub async fn records() -> Result<Vec<Listed>, String> {
    let list: js_sys::Array = call(js_records()).await?.unchecked_into();
    Ok(list
        .iter()
        .map(|entry| {
            let id = field(&entry, "id").as_string().unwrap_or_default();
            let meta = field(&entry, "meta").as_string().and_then(|json| parse_meta(&id, &json));
            Listed { id, meta }
        })
        .collect())
}

/// One stored draft: its metadata (`None`: unreadable) and its plan text, or — when the record
/// has no text — the whole record as text, for the user to download.
pub struct Stored {
    pub meta: Option<Meta>,
    pub text: Result<String, String>,
}

pub async fn read(id: &str) -> Result<Option<Stored>, String> {
    let found = call(js_read(id)).await?;
    if found.is_null() || found.is_undefined() {
        return Ok(None);
    }
    let meta = field(&found, "meta").as_string().and_then(|json| parse_meta(id, &json));
    let text = field(&found, "text").as_string().ok_or_else(|| field(&found, "raw").as_string().unwrap_or_default());
    Ok(Some(Stored { meta, text }))
}

/// Writes draft `id` as [`drafts::decide`] says, deciding against the record as stored inside
/// the write's transaction. Resolves once the write is complete (on disk).
pub async fn write(id: &str, change: Change, text: &str) -> Result<Verdict, String> {
    let verdict = Rc::new(RefCell::new(None));
    let now = js_sys::Date::now();
    let decide = {
        let (verdict, id) = (verdict.clone(), id.to_string());
        Closure::<dyn FnMut(JsValue) -> String>::new(move |stored: JsValue| {
            let v = drafts::decide(stored.as_string().as_deref(), &id, &change, now);
            let json = serde_json::to_string(&v).expect("verdicts serialise");
            *verdict.borrow_mut() = Some(v);
            json
        })
    };
    call(js_write(id, decide.as_ref().unchecked_ref(), text)).await?;
    drop(decide);
    verdict.take().ok_or_else(|| failure(JsValue::UNDEFINED))
}

#[derive(Serialize)]
struct Import<'a> {
    drafts: Vec<ImportDraft<'a>>,
    aside: Vec<AsideIn<'a>>,
}

#[derive(Serialize)]
struct ImportDraft<'a> {
    meta: &'a Meta,
    text: &'a str,
    /// Where the draft goes when its id holds other text already.
    alt: Meta,
}

#[derive(Serialize)]
struct AsideIn<'a> {
    name: &'a str,
    text: &'a str,
}

/// Stores the drafts and set-aside text of a migration, all or nothing.
pub async fn import(migration: &legacy::Migration) -> Result<(), String> {
    let now = js_sys::Date::now();
    let data = Import {
        drafts: migration
            .drafts
            .iter()
            .map(|d| ImportDraft {
                meta: &d.meta,
                text: &d.text,
                alt: Meta {
                    id: drafts::new_id(now, js_sys::Math::random(), &[]),
                    name: format!("{}（旧版本中的内容）", d.meta.name),
                    ..d.meta.clone()
                },
            })
            .collect(),
        aside: migration.aside.iter().map(|(name, text)| AsideIn { name, text }).collect(),
    };
    call(js_import_all(&serde_json::to_string(&data).expect("import serialises"))).await.map(|_| ())
}

/// Text set aside (damaged storage found earlier), kept until the user deletes it.
#[derive(Clone, Debug, PartialEq)]
pub struct Aside {
    pub key: String,
    pub name: String,
    pub text: String,
}

pub async fn asides() -> Result<Vec<Aside>, String> {
    let list: js_sys::Array = call(js_asides()).await?.unchecked_into();
    Ok(list
        .iter()
        .map(|a| Aside {
            key: field(&a, "key").as_string().unwrap_or_default(),
            name: field(&a, "name").as_string().unwrap_or_default(),
            text: field(&a, "text").as_string().unwrap_or_default(),
        })
        .collect())
}

pub async fn remove_aside(key: &str) -> Result<(), String> {
    call(js_remove_aside(key)).await.map(|_| ())
}

/// What another tab did.
pub enum Message {
    /// It wrote this draft (created, saved, renamed).
    Write(Meta),
    Delete(String),
    /// Many drafts changed (moved in from the old layout).
    List,
}

/// Calls `f` for every change another tab makes.
pub fn listen(f: impl Fn(Message) + 'static) {
    let callback = Closure::<dyn Fn(String)>::new(move |json: String| {
        let value: serde_json::Value = serde_json::from_str(&json).unwrap_or_default();
        let message = match value.get("kind").and_then(|k| k.as_str()) {
            Some("write") => value
                .get("meta")
                .and_then(|m| m.as_str())
                .and_then(|m| serde_json::from_str(m).ok())
                .map(Message::Write),
            Some("delete") => value.get("id").and_then(|i| i.as_str()).map(|id| Message::Delete(id.to_string())),
            Some("list") => Some(Message::List),
            _ => None,
        };
        if let Some(message) = message {
            f(message);
        }
    });
    let _ = js_listen(callback.as_ref().unchecked_ref());
    callback.forget();
}

// ---- the old layout -------------------------------------------------------------------------

fn local() -> Option<web_sys::Storage> {
    web_sys::window().and_then(|w| w.local_storage().ok().flatten())
}

fn session() -> Option<web_sys::Storage> {
    web_sys::window().and_then(|w| w.session_storage().ok().flatten())
}

/// What the old localStorage layout holds, and its keys.
pub fn read_legacy() -> (legacy::Old, Vec<String>) {
    let mut old = legacy::Old::default();
    let mut keys = Vec::new();
    let Some(storage) = local() else { return (old, keys) };
    for i in 0..storage.length().unwrap_or(0) {
        let Some(key) = storage.key(i).ok().flatten() else { continue };
        let Some(text) = storage.get_item(&key).ok().flatten() else { continue };
        if key == legacy::INDEX_KEY {
            old.index = Some(text);
        } else if let Some(id) = key.strip_prefix(legacy::DRAFT_PREFIX) {
            old.drafts.push((id.to_string(), text));
        } else if key.starts_with(legacy::DAMAGED_PREFIX) {
            old.damaged.push(text);
        } else {
            continue;
        }
        keys.push(key);
    }
    old.drafts.sort();
    (old, keys)
}

pub fn remove_legacy(keys: &[String]) {
    if let Some(storage) = local() {
        for key in keys {
            let _ = storage.remove_item(key);
        }
    }
}

// ---- notes kept per tab and per browser -------------------------------------------------------

const TAB_KEY: &str = "gyxx.tab";
const PENDING_KEY: &str = "gyxx.pending";
const LAST_KEY: &str = "gyxx.last";

/// Which draft a tab has open, for a reload of the tab and for the rescue panel.
#[derive(Serialize, Deserialize)]
pub struct TabNote {
    pub id: String,
    pub name: String,
    /// The last autosave failed (or was stopped): the stored draft is not the latest.
    pub failed: bool,
}

/// A note kept in sessionStorage as JSON (`None` when missing or unreadable).
fn session_note<T: serde::de::DeserializeOwned>(key: &str) -> Option<T> {
    serde_json::from_str(&session()?.get_item(key).ok()??).ok()
}

fn set_session_note(key: &str, note: &impl Serialize) {
    if let Some(s) = session() {
        let _ = s.set_item(key, &serde_json::to_string(note).expect("serialises"));
    }
}

pub fn tab_note() -> Option<TabNote> {
    session_note(TAB_KEY)
}

pub fn set_tab_note(note: &TabNote) {
    set_session_note(TAB_KEY, note);
}

/// The plan of a tab as last typed, while not yet saved: survives a reload or crash of the tab.
#[derive(Serialize, Deserialize)]
pub struct Pending {
    pub id: String,
    /// The stored plan revision the edits are based on (0: never stored).
    pub base: u64,
    pub text: String,
}

pub fn pending() -> Option<Pending> {
    session_note(PENDING_KEY)
}

pub fn set_pending(pending: &Pending) {
    set_session_note(PENDING_KEY, pending);
}

pub fn clear_pending() {
    if let Some(s) = session() {
        let _ = s.remove_item(PENDING_KEY);
    }
}

/// The draft opened last in any tab (the one a new tab opens).
pub fn last_draft() -> Option<String> {
    local()?.get_item(LAST_KEY).ok()?
}

pub fn set_last_draft(id: &str) {
    if let Some(s) = local() {
        let _ = s.set_item(LAST_KEY, id);
    }
}

// ---- the reviewer's session -------------------------------------------------------------------

const REVIEW_SESSION_KEY: &str = "gyxx.review-session";
const REVIEW_EXPORTED_KEY: &str = "gyxx.review-exported";

const REVIEW_NOTES_KEY: &str = "gyxx.review-notes";

/// The reviewer's notes as last changed in this tab.
pub fn review_notes_here() -> Option<String> {
    session()?.get_item(REVIEW_NOTES_KEY).ok()?
}

pub fn set_review_notes(notes: &str) {
    if let Some(s) = session() {
        let _ = s.set_item(REVIEW_NOTES_KEY, notes);
    }
}

/// The reviewer's notes as last downloaded in this tab.
pub fn review_exported() -> Option<String> {
    session()?.get_item(REVIEW_EXPORTED_KEY).ok()?
}

pub fn set_review_exported(notes: &str) {
    if let Some(s) = session() {
        let _ = s.set_item(REVIEW_EXPORTED_KEY, notes);
    }
}

/// The id of this tab's review session (kept in sessionStorage: one per tab, across reloads).
pub fn review_session() -> String {
    let s = session();
    if let Some(id) = s.as_ref().and_then(|s| s.get_item(REVIEW_SESSION_KEY).ok().flatten()) {
        return id;
    }
    let id = drafts::new_id(js_sys::Date::now(), js_sys::Math::random(), &[]);
    if let Some(s) = s {
        let _ = s.set_item(REVIEW_SESSION_KEY, &id);
    }
    id
}

pub async fn review_add(session: &str, n: u32, name: &str, bytes: &[u8]) -> Result<(), String> {
    call(js_review_add(session, n, name, bytes)).await.map(|_| ())
}

pub async fn review_notes(session: &str, notes: &str) -> Result<(), String> {
    call(js_review_notes(session, notes)).await.map(|_| ())
}

/// The files of a review session, in order, and its notes.
pub async fn review_load(session: &str) -> Result<(Vec<crate::review::session::File>, Option<String>), String> {
    let found = call(js_review_load(session)).await?;
    let files: js_sys::Array = field(&found, "files").unchecked_into();
    let files = files
        .iter()
        .map(|f| crate::review::session::File {
            name: field(&f, "name").as_string().unwrap_or_default(),
            bytes: js_sys::Uint8Array::new(&field(&f, "bytes")).to_vec(),
        })
        .collect();
    Ok((files, field(&found, "notes").as_string()))
}

pub async fn review_clear(session: &str) -> Result<(), String> {
    call(js_review_clear(session)).await.map(|_| ())
}

/// Deletes review sessions of tabs closed more than `age_ms` ago.
pub async fn review_purge(age_ms: f64) -> Result<(), String> {
    call(js_review_purge(age_ms)).await.map(|_| ())
}

/// The office's filing ledger as stored (JSON text), `None` when none was saved yet.
pub async fn ledger_load() -> Result<Option<String>, String> {
    call(js_ledger_load()).await.map(|v| v.as_string())
}

/// Stores the filing ledger; resolves once it is on disk.
pub async fn ledger_save(text: &str) -> Result<(), String> {
    call(js_ledger_save(text)).await.map(|_| ())
}
