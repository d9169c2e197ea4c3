//! The reviewer's work kept for the tab's session (see [`crate::review::session`]): each file is
//! stored (IndexedDB) as it is opened, the decisions and comments (sessionStorage, and IndexedDB)
//! whenever they change, and all of it comes back after a reload (the files read again in the
//! background reader). Until it has been downloaded (审核意见表 or 审核记录), leaving the page
//! asks first. Sessions of tabs closed more than a day ago are deleted.

use std::cell::RefCell;

use leptos::prelude::*;

use super::state::AppState;
use super::storage;
use crate::review::session::{self, File};

/// How long the work of a closed tab stays in storage.
const KEEP_MS: f64 = 24.0 * 3600.0 * 1000.0;
/// Delay before changed notes are written.
const NOTES_MS: u32 = 300;

thread_local! {
    static SESSION: String = storage::review_session();
    /// The files of `AppState::reviews`, in the same order.
    static FILES: RefCell<Vec<File>> = const { RefCell::new(Vec::new()) };
    /// The notes as last downloaded (kept across reloads of the tab).
    static EXPORTED: RefCell<String> = RefCell::new(storage::review_exported().unwrap_or_else(|| session::notes(&[])));
    static TIMER: RefCell<Option<gloo_timers::callback::Timeout>> = const { RefCell::new(None) };
}

fn session_id() -> String {
    SESSION.with(String::clone)
}

/// Restores the session's work, then keeps the notes as they change.
pub fn install(state: AppState) {
    Effect::new(move |first: Option<()>| {
        let notes = state.reviews.with(|l| session::notes(l));
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
            state.reviews.set(list);
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
    state.reviews.with_untracked(|l| session::has_work(l) && EXPORTED.with(|e| *e.borrow() != session::notes(l)))
}

/// The work was downloaded (review sheet or session file).
pub fn exported(state: AppState) {
    let notes = state.reviews.with_untracked(|l| session::notes(l));
    storage::set_review_exported(&notes);
    EXPORTED.with(|e| *e.borrow_mut() = notes);
}

/// Downloads the whole session as one file, to continue later or elsewhere.
pub fn download_session(state: AppState) {
    let bytes = FILES.with(|f| state.reviews.with_untracked(|l| session::to_file(&f.borrow(), l)));
    super::files::download("工作方案审核记录.json", "application/json", &bytes);
    exported(state);
}

/// Opens the files of a session again in the background reader and gives them their notes (what
/// [`session::reopen`] does on the main thread).
async fn reopen(files: &[File], notes: &str) -> Vec<crate::review::Reviewed> {
    let mut list = Vec::with_capacity(files.len());
    for f in files {
        list.push(super::reader::review_bytes(&f.name, &f.bytes).await);
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
    state.reviews.set(list);
    exported(state);
    Some(Ok(count))
}
