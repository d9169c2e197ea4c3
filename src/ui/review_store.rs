//! The reviewer's work: the plans opened for review, each with its decision and comment in
//! signals of its own ([`ReviewEntry`]: recording a comment touches one row), kept for the tab's
//! session (see [`crate::review::session`]): each file is stored (IndexedDB) as it is opened, the
//! decisions and comments (sessionStorage, and IndexedDB) whenever they change, and all of it
//! comes back after a reload (the files read again in the background reader). Until it has been
//! downloaded (审核意见表 or 审核记录), leaving the page asks first. Sessions of tabs closed more
//! than a day ago are deleted.

use std::cell::{Cell, RefCell};
use std::sync::Arc;

use leptos::prelude::*;

use super::state::AppState;
use super::storage;
use crate::review::session::{self, File};
use crate::review::{Decision, Reviewed};

/// A plan opened for review as the page holds it: the reading (shared, never changed) and the
/// reviewer's decision and comment. The signals are reference-counted, not owned by a page, so
/// they live as long as the entry.
#[derive(Clone)]
pub struct ReviewEntry {
    /// Unique in the tab (the key of its table row).
    pub id: u64,
    /// As read; its own decision and comment are not used (see the signals).
    pub reviewed: Arc<Reviewed>,
    pub decision: ArcRwSignal<Option<Decision>>,
    pub comment: ArcRwSignal<String>,
}

impl ReviewEntry {
    pub fn new(reviewed: Reviewed) -> ReviewEntry {
        thread_local!(static NEXT: Cell<u64> = const { Cell::new(0) });
        let id = NEXT.with(|n| n.replace(n.get() + 1));
        ReviewEntry {
            id,
            decision: ArcRwSignal::new(reviewed.decision),
            comment: ArcRwSignal::new(reviewed.comment.clone()),
            reviewed: Arc::new(reviewed),
        }
    }

    /// The file with its decision and comment as recorded now (for the downloads).
    pub fn snapshot(&self) -> Reviewed {
        Reviewed {
            decision: self.decision.get_untracked(),
            comment: self.comment.get_untracked(),
            ..(*self.reviewed).clone()
        }
    }
}

/// The decisions and comments of the list (read, so tracked inside an effect).
fn notes_of(list: &[ReviewEntry]) -> Vec<(Option<Decision>, String)> {
    list.iter().map(|e| (e.decision.get(), e.comment.get())).collect()
}

fn notes_json(notes: &[(Option<Decision>, String)]) -> String {
    session::notes(notes.iter().map(|(d, c)| (*d, c.as_str())))
}

fn entries(list: Vec<Reviewed>) -> Vec<ReviewEntry> {
    list.into_iter().map(ReviewEntry::new).collect()
}

/// How long the work of a closed tab stays in storage.
const KEEP_MS: f64 = 24.0 * 3600.0 * 1000.0;
/// Delay before changed notes are written.
const NOTES_MS: u32 = 300;

thread_local! {
    static SESSION: String = storage::review_session();
    /// The files of `AppState::reviews`, in the same order.
    static FILES: RefCell<Vec<File>> = const { RefCell::new(Vec::new()) };
    /// The notes as last downloaded (kept across reloads of the tab).
    static EXPORTED: RefCell<String> = RefCell::new(storage::review_exported().unwrap_or_else(|| session::notes([])));
    static TIMER: RefCell<Option<gloo_timers::callback::Timeout>> = const { RefCell::new(None) };
}

fn session_id() -> String {
    SESSION.with(String::clone)
}

/// Restores the session's work, then keeps the notes as they change.
pub fn install(state: AppState) {
    Effect::new(move |first: Option<()>| {
        let notes = state.reviews.with(|l| notes_json(&notes_of(l)));
        if first.is_some() {
            // At once where a reload finds it; in the database a little later (where closed
            // tabs' sessions are found and deleted).
            storage::set_review_notes(&notes);
            let timer = gloo_timers::callback::Timeout::new(NOTES_MS, move || {
                leptos::task::spawn_local(async move {
                    let _ = storage::review_notes(&session_id(), &notes).await;
                });
            });
            TIMER.with(|t| *t.borrow_mut() = Some(timer));
        }
    });
    leptos::task::spawn_local(async move {
        let _ = storage::review_purge(KEEP_MS).await;
        if let Ok((files, notes)) = storage::review_load(&session_id()).await
            && !files.is_empty()
            && state.reviews.with_untracked(Vec::is_empty)
        {
            let notes = storage::review_notes_here().or(notes);
            let list = reopen(&files, notes.as_deref().unwrap_or("[]")).await;
            FILES.with(|f| *f.borrow_mut() = files);
            state.reviews.set(entries(list));
        }
    });
}

/// A file was opened for review (`bytes`: as read; empty when it could not be read). Call it
/// when its result is added to `AppState::reviews`, so both lists keep the same order.
pub fn file_opened(name: &str, bytes: Vec<u8>) {
    let n = FILES.with(|f| {
        let mut f = f.borrow_mut();
        f.push(File { name: name.to_string(), bytes: bytes.clone() });
        f.len() - 1
    });
    let name = name.to_string();
    leptos::task::spawn_local(async move {
        let _ = storage::review_add(&session_id(), n as u32, &name, &bytes).await;
    });
}

/// The list was emptied.
pub fn cleared() {
    FILES.with(|f| f.borrow_mut().clear());
    leptos::task::spawn_local(async move {
        let _ = storage::review_clear(&session_id()).await;
    });
}

/// Decisions or comments recorded since the last download.
pub fn has_unsaved_work(state: AppState) -> bool {
    let notes = untrack(|| state.reviews.with(|l| notes_of(l)));
    session::has_work(notes.iter().map(|(d, c)| (*d, c.as_str())))
        && EXPORTED.with(|e| *e.borrow() != notes_json(&notes))
}

/// The work was downloaded (review sheet or session file).
pub fn exported(state: AppState) {
    let notes = untrack(|| state.reviews.with(|l| notes_json(&notes_of(l))));
    storage::set_review_exported(&notes);
    EXPORTED.with(|e| *e.borrow_mut() = notes);
}

/// Downloads the whole session as one file, to continue later or elsewhere.
pub fn download_session(state: AppState) {
    let notes = untrack(|| state.reviews.with(|l| notes_json(&notes_of(l))));
    let bytes = FILES.with(|f| session::to_file(&f.borrow(), &notes));
    super::files::download("工作方案审核记录.json", "application/json", bytes.as_slice());
    exported(state);
}

/// Opens the files of a session again in the background reader and gives them their notes (what
/// [`session::reopen`] does on the main thread).
async fn reopen(files: &[File], notes: &str) -> Vec<crate::review::Reviewed> {
    let mut list = Vec::with_capacity(files.len());
    for f in files {
        list.push(super::worker::review_bytes(&f.name, &f.bytes).await);
    }
    session::apply_notes(&mut list, notes);
    list
}

/// Opens a saved session file in place of the current list: `None` when `bytes` are not one.
pub async fn open_session_file(state: AppState, bytes: &[u8]) -> Option<Result<usize, String>> {
    let (files, notes) = match session::from_file(bytes)? {
        Ok(read) => read,
        Err(message) => return Some(Err(message)),
    };
    let list = reopen(&files, &notes).await;
    let count = list.len();
    cleared();
    for f in files {
        file_opened(&f.name, f.bytes);
    }
    state.reviews.set(entries(list));
    exported(state);
    Some(Ok(count))
}
