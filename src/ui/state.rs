//! The app's state and its autosave: the current plan (one signal; each field's view reads it
//! through its own memo, so typing re-renders only what changed), the current page from the URL,
//! the draft index, and the save status shown in the header.

use gloo_timers::callback::Timeout;
use leptos::prelude::*;
use leptos_router::NavigateOptions;
use leptos_router::hooks::{use_navigate, use_query_map};

use std::collections::HashSet;

use super::storage::{self, DraftIndex, DraftMeta};
use crate::check::{self, Field, Report, Status};
use crate::model::{Part, Plan};

/// Autosave delay after the last change (SPEC §5: ≤ 1 s).
const AUTOSAVE_MS: u32 = 400;

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
    /// Saved at this time (HH:MM).
    Saved(String),
    /// Saving failed; the message says why and what to do.
    Failed(String),
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
    /// Text found damaged in storage, offered for download: (file name, content).
    pub damaged: RwSignal<Vec<(String, String)>>,
    /// The findings of the current plan, recomputed as it changes.
    pub report: Memo<Report>,
    /// Parts whose errors are shown (the user left the part, asked for a check or tried to export).
    pub revealed: RwSignal<HashSet<Part>>,
    /// A field to move focus to once its page is shown (error summary links).
    pub focus_request: RwSignal<Option<Field>>,
    /// Plans opened for review (kept for the session only).
    pub reviews: RwSignal<Vec<crate::review::Reviewed>>,
    dirty: StoredValue<bool>,
    timer: StoredValue<Option<Timeout>, LocalStorage>,
    /// The last page of the plan shown (stored with the draft as where to resume).
    last_plan_page: StoredValue<Option<Page>>,
    navigate: StoredValue<Navigate, LocalStorage>,
}

type Navigate = std::rc::Rc<dyn Fn(&str, NavigateOptions)>;

pub fn use_app() -> AppState {
    expect_context::<AppState>()
}

fn now_hhmm() -> String {
    let d = js_sys::Date::new_0();
    format!("{:02}:{:02}", d.get_hours(), d.get_minutes())
}

impl AppState {
    /// Opens the current draft from storage (creating the first one) and starts autosave.
    /// Must run inside the router.
    pub fn install() -> AppState {
        let mut notices = Vec::new();
        let mut damaged = Vec::new();
        let mut index = match storage::load_index() {
            storage::IndexLoad::Found(index) => index,
            storage::IndexLoad::Missing => DraftIndex::default(),
            storage::IndexLoad::Damaged(text) => {
                storage::set_aside(&text);
                notices.push("本浏览器中保存的草稿目录已损坏，无法读取。原内容已另行保存，可以下载备查；已从新的草稿开始。".to_string());
                damaged.push(("损坏的草稿目录.txt".to_string(), text));
                DraftIndex::default()
            }
        };
        if index.current_meta().is_none() {
            let id = index.drafts.first().map(|d| d.id.clone()).unwrap_or_else(|| index.fresh_id());
            if index.drafts.is_empty() {
                index.drafts.push(DraftMeta { id: id.clone(), name: "草稿 1".into(), page: String::new(), saved: String::new() });
            }
            index.current = id;
        }
        let plan = match storage::load_draft(&index.current) {
            Ok(Some(loaded)) => {
                notices.extend(loaded.notices.iter().map(|n| n.message()));
                loaded.plan
            }
            Ok(None) => Plan::default(),
            Err(bad) => {
                // Keep the damaged draft: set it aside and start this draft afresh under a new id.
                storage::set_aside(&bad.text);
                notices.push(format!(
                    "本浏览器中保存的草稿无法读取（{}）。原内容已另行保存，可以下载备查；已从空白草稿开始。",
                    bad.message
                ));
                damaged.push(("无法读取的草稿.json".to_string(), bad.text));
                Plan::default()
            }
        };

        let query = use_query_map();
        let page = Memo::new(move |_| {
            query.with(|q| q.get("page")).and_then(|s| Page::from_slug(&s)).unwrap_or(Page::Tasks)
        });

        let last_page = index.current_meta().and_then(|m| Page::from_slug(&m.page));
        let plan = RwSignal::new(plan);
        let state = AppState {
            plan,
            page,
            index: RwSignal::new(index),
            save_status: RwSignal::new(SaveStatus::Opened),
            notices: RwSignal::new(notices),
            damaged: RwSignal::new(damaged),
            report: Memo::new(move |_| plan.with(check::check)),
            revealed: RwSignal::new(HashSet::new()),
            focus_request: RwSignal::new(None),
            reviews: RwSignal::new(Vec::new()),
            dirty: StoredValue::new(false),
            timer: StoredValue::new_local(None),
            last_plan_page: StoredValue::new(None),
            navigate: StoredValue::new_local(std::rc::Rc::new(use_navigate())),
        };
        provide_context(state);
        state.start_autosave();
        // Opening the app without a page returns to where the user left off.
        if let Some(last) = last_page.filter(|_| query.with_untracked(|q| q.get("page").is_none())) {
            request_animation_frame(move || state.navigate_to(last, true));
        }
        state
    }

    fn start_autosave(self) {
        Effect::new(move |first: Option<()>| {
            self.plan.track();
            // Only pages of the plan are "where the user left off"; app pages (drafts) are not.
            let page = self.page.get();
            if matches!(page, Page::Tasks | Page::Part(_)) {
                self.last_plan_page.set_value(Some(page));
            }
            if first.is_some() {
                self.dirty.set_value(true);
                let timeout = Timeout::new(AUTOSAVE_MS, move || self.save_now());
                self.timer.set_value(Some(timeout)); // dropping the old one cancels it
            }
        });
        let flush = move |_| self.save_now();
        let _ = window_event_listener_untyped("pagehide", flush);
        let _ = window_event_listener_untyped("visibilitychange", move |ev| {
            if document().visibility_state() == web_sys::VisibilityState::Hidden {
                flush(ev);
            }
        });
    }

    /// Writes the current draft and the index to storage if anything changed.
    pub fn save_now(self) {
        if !self.dirty.get_value() {
            return;
        }
        self.timer.set_value(None);
        let time = now_hhmm();
        let page = self.last_plan_page.get_value();
        let result = self.index.try_update(|index| {
            if let Some(meta) = index.current_meta_mut() {
                if let Some(page) = page {
                    meta.page = page.slug();
                }
                meta.saved = time.clone();
            }
            let id = index.current.clone();
            self.plan.with_untracked(|plan| storage::save_draft(&id, plan)).and_then(|_| storage::save_index(index))
        });
        match result {
            Some(Ok(())) => {
                self.dirty.set_value(false);
                self.save_status.set(SaveStatus::Saved(time));
            }
            Some(Err(message)) => self.save_status.set(SaveStatus::Failed(message)),
            None => {}
        }
    }

    /// Makes another stored draft the current one and goes to its last page.
    pub fn open_draft(self, id: &str) -> Result<(), String> {
        self.save_now();
        let plan = match storage::load_draft(id) {
            Ok(loaded) => loaded.map(|l| l.plan).unwrap_or_default(),
            Err(bad) => {
                self.damaged.update(|d| d.push(("无法读取的草稿.json".into(), bad.text)));
                return Err(format!("该草稿无法读取：{}。可以在页面顶部下载其原内容。", bad.message));
            }
        };
        let mut page = Page::Tasks;
        self.index.update(|index| {
            index.current = id.to_string();
            page = index.current_meta().and_then(|m| Page::from_slug(&m.page)).unwrap_or(Page::Tasks);
        });
        self.last_plan_page.set_value(Some(page));
        self.revealed.set(HashSet::new());
        self.plan.set(plan);
        self.persist_index();
        self.go(page);
        Ok(())
    }

    /// Creates a draft holding `plan`, makes it current and shows its task list.
    pub fn new_draft(self, name: &str, plan: Plan) {
        self.save_now();
        let mut id = String::new();
        self.index.update(|index| {
            id = index.fresh_id();
            index.drafts.push(DraftMeta { id: id.clone(), name: name.to_string(), page: String::new(), saved: now_hhmm() });
            index.current = id.clone();
        });
        if let Err(message) = storage::save_draft(&id, &plan) {
            self.save_status.set(SaveStatus::Failed(message));
        }
        self.last_plan_page.set_value(Some(Page::Tasks));
        self.revealed.set(HashSet::new());
        self.plan.set(plan);
        self.persist_index();
        self.go(Page::Tasks);
    }

    /// Copies a draft under a new name (the copy is not opened).
    pub fn duplicate_draft(self, id: &str) -> Result<(), String> {
        self.save_now();
        let plan = if self.index.with_untracked(|i| i.current == id) {
            self.plan.get_untracked()
        } else {
            storage::load_draft(id).map_err(|bad| format!("该草稿无法读取：{}", bad.message))?.map(|l| l.plan).unwrap_or_default()
        };
        let mut copy_id = String::new();
        self.index.update(|index| {
            copy_id = index.fresh_id();
            let name = index.drafts.iter().find(|d| d.id == id).map(|d| format!("{} 副本", d.name)).unwrap_or_default();
            index.drafts.push(DraftMeta { id: copy_id.clone(), name, page: String::new(), saved: now_hhmm() });
        });
        storage::save_draft(&copy_id, &plan)?;
        self.persist_index();
        Ok(())
    }

    pub fn rename_draft(self, id: &str, name: &str) {
        let name = name.trim();
        if name.is_empty() {
            return;
        }
        self.index.update(|index| {
            if let Some(d) = index.drafts.iter_mut().find(|d| d.id == id) {
                d.name = name.to_string();
            }
        });
        self.persist_index();
    }

    /// Deletes a draft; deleting the current one opens another (or a new empty one).
    pub fn delete_draft(self, id: &str) {
        let was_current = self.index.with_untracked(|i| i.current == id);
        self.index.update(|index| index.drafts.retain(|d| d.id != id));
        storage::remove_draft(id);
        if was_current {
            self.dirty.set_value(false);
            match self.index.with_untracked(|i| i.drafts.first().map(|d| d.id.clone())) {
                Some(other) => {
                    if self.open_draft(&other).is_err() {
                        self.new_draft(&self.next_draft_name(), Plan::default());
                    }
                }
                None => self.new_draft(&self.next_draft_name(), Plan::default()),
            }
        }
        self.persist_index();
    }

    /// "草稿 N" with the first N not in use.
    pub fn next_draft_name(self) -> String {
        self.index.with_untracked(|index| {
            (1..).map(|n| format!("草稿 {n}")).find(|name| index.drafts.iter().all(|d| &d.name != name)).expect("unbounded")
        })
    }

    fn persist_index(self) {
        if let Err(message) = self.index.with_untracked(storage::save_index) {
            self.save_status.set(SaveStatus::Failed(message));
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
