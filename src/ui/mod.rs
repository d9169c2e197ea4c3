//! The Leptos user interface (wasm32 only). It renders and edits the domain types; all logic
//! lives in the domain modules.
//!
//! Routing: one HTML page; the current page is kept in the query string (`?page=cover`), so every
//! URL survives a reload on any static server and under any sub-path, with no rewrite rules.

mod checks;
mod conflict;
mod entries;
mod fields;
mod files;
mod layout;
mod ledger_store;
mod pages;
mod review_store;
mod state;
mod storage;
mod sync;
mod units;
mod worker;

use leptos::prelude::*;
use leptos_router::components::Router;

use crate::model::Part;
use layout::{APP_NAME, Header, Notices};
use pages::lazy::{self, LazyPage, PageLoad};
use pages::tasks::TasksPage;
use state::{AppState, Page};

thread_local! {
    /// What [`sync::boot`] read, until the shell takes it.
    static BOOT: std::cell::RefCell<Option<sync::Boot>> = const { std::cell::RefCell::new(None) };
}

/// Reads the drafts from storage, then mounts the app into `<body>`.
pub fn start() {
    std::panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        // With panic = "abort" the module is dead after this: the rescue panel is plain JS
        // (public/rescue.js) and reads the draft from storage and the screen itself.
        let rescue = js_sys::Reflect::get(&window(), &"gyxxRescue".into()).ok();
        if let Some(f) = rescue.and_then(|f| wasm_bindgen::JsCast::dyn_into::<js_sys::Function>(f).ok()) {
            let _ = f.call1(&wasm_bindgen::JsValue::NULL, &info.to_string().into());
        }
    }));
    wasm_bindgen_futures::spawn_local(async {
        let boot = sync::boot().await;
        BOOT.with(|b| *b.borrow_mut() = Some(boot));
        leptos::mount::mount_to_body(App);
    });
}

/// The router gives the location (the page is in its query string) and navigation; there are no
/// routes to match: every path under the app's folder shows the shell.
#[component]
fn App() -> impl IntoView {
    view! {
        <Router>
            <Shell />
        </Router>
    }
}

#[component]
fn Shell() -> impl IntoView {
    let boot = BOOT.with(|b| b.borrow_mut().take()).expect("the shell is built once, after boot");
    let state = AppState::install(boot);
    review_store::install(state);
    // Deliberate panics, compiled only into the test build, to test the rescue panel: at start
    // (?test-panic) and on demand (window.gyxxTestPanic(), e.g. right after typing).
    #[cfg(feature = "test-hooks")]
    {
        if leptos_router::hooks::use_query_map().with_untracked(|q| q.get("test-panic").is_some()) {
            panic!("deliberate panic (test build)");
        }
        let trigger =
            wasm_bindgen::closure::Closure::<dyn Fn()>::new(|| panic!("deliberate panic on demand (test build)"));
        let _ = js_sys::Reflect::set(&window(), &"gyxxTestPanic".into(), trigger.as_ref());
        trigger.forget();
    }
    let page = state.page;

    // Each page change: scroll to top, focus on the heading (unless a field was asked for), and
    // leaving a part with something entered reveals its errors.
    Effect::new(move |previous: Option<Page>| {
        let page = page.get();
        if let Some(Page::Part(left)) = previous.filter(|p| *p != page)
            && state.plan.with_untracked(|p| p.is_entered(left))
        {
            state.reveal(left);
        }
        // On the first page of a visit focus stays at the start of the document (skip link first).
        if previous.is_some() && state.focus_request.get_untracked().is_none() {
            request_animation_frame(|| {
                window().scroll_to_with_x_and_y(0.0, 0.0);
                lazy::focus_heading();
            });
        }
        page
    });
    // The page title, prefixed 错误： while the page shows an error summary.
    Effect::new(move |_| {
        let page = page.get();
        let errors = match page {
            Page::Part(part) => state.is_revealed(part) && state.report.with(|r| r.errors().any(|f| f.part() == part)),
            _ => false,
        };
        let prefix = if errors { "错误：" } else { "" };
        document().set_title(&format!("{prefix}{} - {APP_NAME}", page.title()));
    });
    checks::install_focus_requests(state);
    install_shortcuts(state);

    view! {
        <Header />
        <main id="main" class="main" tabindex="-1">
            <conflict::ConflictPrompt />
            <Notices />
            {move || match page.get() {
                Page::Tasks => view! { <TasksPage /> }.into_any(),
                Page::Part(Part::Cover) => lazy(|| Box::pin(lazy::cover_page())),
                Page::Part(Part::Text(t)) => lazy(move || Box::pin(lazy::text_page(t))),
                Page::Part(Part::Areas) => lazy(|| Box::pin(lazy::areas_page())),
                Page::Part(Part::Area(area)) => lazy(move || Box::pin(lazy::area_page(area))),
                Page::Part(Part::OtherTasks) => lazy(|| Box::pin(lazy::other_tasks_page())),
                Page::Part(Part::Unplaced) => lazy(|| Box::pin(lazy::unplaced_page())),
                Page::Drafts => lazy(|| Box::pin(lazy::drafts_page())),
                Page::Export => lazy(|| Box::pin(lazy::export_page())),
                Page::Check => lazy(|| Box::pin(lazy::check_page())),
                Page::Review => lazy(|| Box::pin(lazy::review_page())),
                Page::Ledger => lazy(|| Box::pin(lazy::ledger_page())),
                Page::Progress => lazy(|| Box::pin(lazy::progress_page())),
                Page::Help => lazy(|| Box::pin(lazy::help_page())),
            }}
        </main>
        <div id="announcer" class="visually-hidden" aria-live="polite" aria-atomic="true"></div>
    }
}

/// A page loaded on first use (see [`pages::lazy`]).
fn lazy(load: impl Fn() -> PageLoad + Copy + Send + Sync + 'static) -> AnyView {
    view! { <LazyPage load=load /> }.into_any()
}

/// Moves keyboard focus to the element with this id (if it exists).
pub(crate) fn focus_id(id: &str) {
    if let Some(el) = document().get_element_by_id(id) {
        let _ = wasm_bindgen::JsCast::unchecked_into::<web_sys::HtmlElement>(el).focus();
    }
}

/// Tells screen-reader users what just happened (polite live region).
pub(crate) fn announce(message: &str) {
    if let Some(el) = document().get_element_by_id("announcer") {
        el.set_text_content(Some(""));
        let message = message.to_string();
        request_animation_frame(move || el.set_text_content(Some(&message)));
    }
}

/// Keyboard shortcuts (listed on the help page): Ctrl+S saves the plan file; Alt+PageDown and
/// Alt+PageUp move to the next and previous part.
fn install_shortcuts(state: AppState) {
    let handle = window_event_listener(leptos::ev::keydown, move |ev: web_sys::KeyboardEvent| {
        let key = ev.key();
        if (ev.ctrl_key() || ev.meta_key()) && !ev.alt_key() && key.eq_ignore_ascii_case("s") {
            ev.prevent_default();
            pages::drafts::save_plan_file(state);
        } else if ev.alt_key() && (key == "PageDown" || key == "PageUp") {
            ev.prevent_default();
            let page = state.page.get_untracked();
            let target = state.plan.with_untracked(|p| match page {
                Page::Part(part) if key == "PageDown" => p.next_part(part).map(Page::Part).or(Some(Page::Export)),
                Page::Part(part) => p.previous_part(part).map(Page::Part).or(Some(Page::Tasks)),
                Page::Tasks if key == "PageDown" => p.parts().first().copied().map(Page::Part),
                Page::Export if key == "PageUp" => p.parts().last().copied().map(Page::Part),
                _ => None,
            });
            if let Some(target) = target {
                state.save_now();
                state.go(target);
            }
        }
    });
    std::mem::forget(handle);
}
