//! The app's state and its autosave: the current plan (one signal; each field's view reads it
//! through its own memo, so typing re-renders only what changed), the current page from the URL,
//! the list of drafts, and the save status shown in the header. Writing drafts, and what to do
//! when another tab changed the same draft, is in [`super::sync`].

use gloo_timers::callback::Timeout;
use leptos::prelude::*;
use leptos_router::NavigateOptions;
use leptos_router::hooks::{use_navigate, use_query_map};

use std::collections::HashSet;

use super::storage;
pub use super::sync::Boot;
use crate::check::{self, Field, Report, Status};
pub use crate::drafts::index::Base;
use crate::drafts::index::DraftIndex;
use crate::model::{Part, Plan};

/// Autosave delay after the last change (SPEC §5: ≤ 1 s).
const AUTOSAVE_MS: u32 = 400;
/// How often, at most, the unsaved plan is mirrored to sessionStorage while typing (for a reload
/// after a crash of the tab and for the rescue panel).
const MIRROR_MS: u32 = 100;
/// A large plan takes longer to mirror (≈ 20 ms for 1 000 items: the whole plan file is written):
/// the mirror then waits this many times its last duration, so it takes at most a twentieth of
/// the time while typing (and rarely delays a key), but never more than [`MIRROR_MAX_MS`].
const MIRROR_SPACING: u32 = 20;
const MIRROR_MAX_MS: u32 = 2_000;

/// A page of the app, as named in the URL (`?page=<slug>`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Page {
    /// The task list (overview).
    Tasks,
    /// The list of drafts, plan files.
    Drafts,
    /// Check answers, downloads, preview.
    Export,
    /// Every finding, the coverage matrix, score and verdict.
    Check,
    /// The reviewing office's view.
    Review,
    /// The reviewing office's filing ledger.
    Ledger,
    /// 年度工作进展: the plan's years after filing.
    Progress,
    /// 使用说明.
    Help,
    Part(Part),
}

impl Page {
    pub fn slug(self) -> String {
        match self {
            Page::Tasks => "tasks".into(),
            Page::Drafts => "drafts".into(),
            Page::Export => "export".into(),
            Page::Check => "check".into(),
            Page::Review => "review".into(),
            Page::Ledger => "ledger".into(),
            Page::Progress => "progress".into(),
            Page::Help => "help".into(),
            Page::Part(p) => p.slug(),
        }
    }

    pub fn from_slug(slug: &str) -> Option<Page> {
        match slug {
            "tasks" => Some(Page::Tasks),
            "drafts" => Some(Page::Drafts),
            "export" => Some(Page::Export),
            "check" => Some(Page::Check),
            "review" => Some(Page::Review),
            "ledger" => Some(Page::Ledger),
            "progress" => Some(Page::Progress),
            "help" => Some(Page::Help),
            _ => Part::from_slug(slug).map(Page::Part),
        }
    }

    /// Relative link to this page; works under any base path.
    pub fn href(self) -> String {
        format!("?page={}", self.slug())
    }

    pub fn title(self) -> String {
        match self {
            Page::Tasks => "任务清单".into(),
            Page::Drafts => "草稿和文件".into(),
            Page::Export => "检查并导出".into(),
            Page::Check => "检查结果".into(),
            Page::Review => "审核工作方案".into(),
            Page::Ledger => "报备台账".into(),
            Page::Progress => "年度工作进展".into(),
            Page::Help => "使用说明".into(),
            Page::Part(p) => p.title(),
        }
    }
}

/// What the header says about saving.
#[derive(Clone, Debug, PartialEq)]
pub enum SaveStatus {
    /// Nothing changed since the draft was opened.
    Opened,
    /// Changed; the write is not confirmed yet.
    Pending,
    /// Saved at this time (HH:MM): the write is complete, on disk.
    Saved(String),
    /// Saving failed; the message says why and what to do.
    Failed(String),
    /// Autosave stopped: another tab changed or deleted this draft (the prompt says what to do).
    Halted,
}

/// Another tab got in the way of this tab's draft: autosave stops and the user chooses.
#[derive(Clone, Debug, PartialEq)]
pub enum Conflict {
    /// Another tab saved this draft with other changes to the same parts (named).
    Stale { parts: Vec<String>, theirs: Box<Plan>, base: Base },
    /// Another tab deleted this draft.
    Gone,
    /// The stored draft cannot be read, so it is not written over.
    Unreadable,
}

/// What the tab knows of its draft in storage, and its autosave (not reactive).
#[derive(Default)]
pub(super) struct Sync {
    /// The stored version the tab's copy is based on; `None`: not stored yet.
    pub(super) base: Option<Base>,
    /// The plan or page changed since the last write began.
    pub(super) dirty: bool,
    /// A write is in flight.
    pub(super) writing: bool,
    /// Autosave stopped (see [`Conflict`]).
    pub(super) halted: bool,
    /// Time of the last confirmed save.
    pub(super) last_saved: Option<String>,
    pub(super) timer: Option<Timeout>,
    /// Throttle of the mirror of the unsaved plan (see `storage::Pending`).
    pub(super) mirror: Option<Timeout>,
    /// How long the last mirror took, in ms.
    pub(super) mirror_cost: u32,
}

/// Shared state, provided as context. Cheap to copy.
#[derive(Clone, Copy)]
pub struct AppState {
    pub plan: RwSignal<Plan>,
    pub page: Memo<Page>,
    pub index: RwSignal<DraftIndex>,
    pub save_status: RwSignal<SaveStatus>,
    /// Messages to show once at the top of the page (file notices, restored drafts).
    pub notices: RwSignal<Vec<String>>,
    /// Text found damaged or left unsaved, offered for download this session: (file name, content).
    pub damaged: RwSignal<Vec<(String, String)>>,
    /// Damaged text set aside in storage earlier, kept until the user deletes it.
    pub asides: RwSignal<Vec<storage::Aside>>,
    /// Another tab got in the way (the prompt at the top of the page shows it).
    pub conflict: RwSignal<Option<Conflict>>,
    /// The findings of the current plan, recomputed as it changes.
    pub report: Memo<Report>,
    /// Parts whose errors are shown (the user left the part, asked for a check or tried to export).
    pub revealed: RwSignal<HashSet<Part>>,
    /// A field to move focus to once its page is shown (error summary links).
    pub focus_request: RwSignal<Option<Field>>,
    /// Plans opened for review (kept for the tab's session, see `review_store`).
    pub reviews: RwSignal<Vec<super::review_store::ReviewEntry>>,
    /// The reviewing office's filing ledger.
    pub ledger: super::ledger_store::LedgerState,
    pub(super) sync: StoredValue<Sync, LocalStorage>,
    /// The last page of the plan shown (stored with the draft as where to resume).
    pub(super) last_plan_page: StoredValue<Option<Page>>,
    navigate: StoredValue<Navigate, LocalStorage>,
}

type Navigate = std::rc::Rc<dyn Fn(&str, NavigateOptions)>;

pub fn use_app() -> AppState {
    expect_context::<AppState>()
}

pub(super) fn now_hhmm() -> String {
    let d = js_sys::Date::new_0();
    format!("{:02}:{:02}", d.get_hours(), d.get_minutes())
}

impl AppState {
    /// Opens the draft read at start ([`super::sync::boot`]) and starts autosave. Must run
    /// inside the router.
    pub fn install(boot: Boot) -> AppState {
        let query = use_query_map();
        let page =
            Memo::new(move |_| query.with(|q| q.get("page")).and_then(|s| Page::from_slug(&s)).unwrap_or(Page::Tasks));

        let last_page = boot.index.current_meta().and_then(|m| Page::from_slug(&m.page));
        let plan = RwSignal::new(boot.plan);
        let status = match boot.failure {
            Some(message) => SaveStatus::Failed(message),
            None => SaveStatus::Opened,
        };
        // Checked on every change; each item's checks run again only when that item changed.
        let rechecker = std::sync::Mutex::new(check::Rechecker::default());
        let state = AppState {
            plan,
            page,
            index: RwSignal::new(boot.index),
            save_status: RwSignal::new(status),
            notices: RwSignal::new(boot.notices),
            damaged: RwSignal::new(boot.damaged),
            asides: RwSignal::new(boot.asides),
            conflict: RwSignal::new(None),
            report: Memo::new(move |_| {
                let mut rechecker = rechecker.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
                plan.with(|p| rechecker.check(p))
            }),
            revealed: RwSignal::new(HashSet::new()),
            focus_request: RwSignal::new(None),
            reviews: RwSignal::new(Vec::new()),
            ledger: Default::default(),
            sync: StoredValue::new_local(Sync { base: boot.base, dirty: boot.dirty, ..Sync::default() }),
            last_plan_page: StoredValue::new(last_page),
            navigate: StoredValue::new_local(std::rc::Rc::new(use_navigate())),
        };
        provide_context(state);
        state.start_autosave();
        if boot.dirty {
            state.save_status.set(SaveStatus::Pending);
            state.save_now();
        }
        // Opening the app without a page returns to where the user left off.
        if let Some(last) = last_page.filter(|_| query.with_untracked(|q| q.get("page").is_none())) {
            request_animation_frame(move || state.navigate_to(last, true));
        }
        state
    }

    fn start_autosave(self) {
        Effect::new(move |first: Option<()>| {
            self.plan.track();
            if first.is_some() {
                self.changed(true);
            }
        });
        Effect::new(move |previous: Option<Option<Page>>| {
            // Only pages of the plan are "where the user left off"; app pages (drafts) are not.
            let page = self.page.get();
            if matches!(page, Page::Tasks | Page::Part(_)) {
                self.last_plan_page.set_value(Some(page));
            }
            let last = self.last_plan_page.get_value();
            if previous.is_some_and(|p| p != last) {
                self.changed(false);
            }
            last
        });
        // What the rescue panel and a reload of this tab need to know.
        Effect::new(move |_| {
            let (id, name) = self.index.with(|i| (i.current.clone(), i.current_name()));
            let failed = matches!(self.save_status.get(), SaveStatus::Failed(_) | SaveStatus::Halted);
            storage::set_tab_note(&storage::TabNote { id, name, failed });
        });
        let flush = move || {
            self.mirror_now();
            self.save_now();
        };
        let _ = window_event_listener_untyped("pagehide", move |_| flush());
        let _ = window_event_listener_untyped("visibilitychange", move |_| {
            if document().visibility_state() == web_sys::VisibilityState::Hidden {
                flush();
            } else {
                // Messages from other tabs may have been missed while this one was frozen.
                leptos::task::spawn_local(self.refresh_list());
            }
        });
        storage::listen(move |message| self.on_message(message));
        // Closing the tab would lose what could not be saved, or the reviewer's unsaved work.
        let _ = window_event_listener_untyped("beforeunload", move |ev| {
            let unsaved = matches!(self.save_status.get_untracked(), SaveStatus::Failed(_) | SaveStatus::Halted);
            if unsaved || super::review_store::has_unsaved_work(self) {
                ev.prevent_default();
                let _ = js_sys::Reflect::set(&ev, &"returnValue".into(), &"".into());
            }
        });
    }

    /// The plan (`plan`) or the page changed: save soon, and mirror the unsaved plan sooner.
    fn changed(self, plan: bool) {
        self.sync.update_value(|s| {
            s.dirty = true;
            s.timer = Some(Timeout::new(AUTOSAVE_MS, move || self.save_now())); // dropping the old one cancels it
            if plan && s.mirror.is_none() {
                let wait = (s.mirror_cost * MIRROR_SPACING).clamp(MIRROR_MS, MIRROR_MAX_MS);
                s.mirror = Some(Timeout::new(wait, move || self.mirror_now()));
            }
        });
        if plan && matches!(self.save_status.get_untracked(), SaveStatus::Opened | SaveStatus::Saved(_)) {
            self.save_status.set(SaveStatus::Pending);
        }
    }

    /// Shows the errors of a part from now on.
    pub fn reveal(self, part: Part) {
        if !self.revealed.with_untracked(|r| r.contains(&part)) {
            self.revealed.update(|r| {
                r.insert(part);
            });
        }
    }

    /// Shows the errors of every part (a check was asked for, or an export tried).
    pub fn reveal_all(self) {
        let parts = self.plan.with_untracked(Plan::parts);
        self.revealed.update(|r| r.extend(parts));
    }

    pub fn is_revealed(self, part: Part) -> bool {
        self.revealed.with(|r| r.contains(&part))
    }

    /// Status of a part as the task list shows it.
    pub fn status(self, part: Part) -> Status {
        let revealed = self.is_revealed(part);
        self.report.with(|r| self.plan.with(|p| r.status(p, part, revealed)))
    }

    /// The error message to show at a field (once its part is revealed).
    pub fn field_error(self, field: Field) -> Option<String> {
        if !self.is_revealed(field.part()) {
            return None;
        }
        self.report.with(|r| r.error_at(field).map(|f| f.message.clone()))
    }

    /// Goes to the page of a field and moves focus to it.
    pub fn focus_field(self, field: Field) {
        let page = Page::Part(field.part());
        if self.page.get_untracked() != page {
            self.go(page);
        }
        self.focus_request.set(Some(field));
    }

    /// Changes the plan (the single way views edit it).
    pub fn edit(self, f: impl FnOnce(&mut Plan)) {
        self.plan.update(f);
    }

    /// Navigates to a page.
    pub fn go(self, page: Page) {
        self.navigate_to(page, false);
    }

    fn navigate_to(self, page: Page, replace: bool) {
        let path = window().location().pathname().unwrap_or_else(|_| "/".into());
        let url = format!("{path}?page={}", page.slug());
        self.navigate.with_value(|navigate| navigate(&url, NavigateOptions { replace, ..Default::default() }));
    }
}
