//! The Leptos user interface (wasm32 only). It renders and edits the domain types; all logic
//! lives in the domain modules.
//!
//! Routing: one HTML page; the current page is kept in the query string (`?page=cover`), so every
//! URL survives a reload on any static server and under any sub-path, with no rewrite rules.

mod fields;
mod layout;
mod pages;
mod state;
mod storage;

use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;

use crate::model::Part;
use layout::{APP_NAME, Header, Notices};
use pages::{areas::AreasPage, cover::CoverPage, tasks::TasksPage, text::TextPage};
use state::{AppState, Page};

/// Mounts the app into `<body>`.
pub fn start() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(App);
}

#[component]
fn App() -> impl IntoView {
    view! {
        <Router>
            <Routes fallback=Shell>
                <Route path=path!("/*any") view=Shell />
            </Routes>
        </Router>
    }
}

#[component]
fn Shell() -> impl IntoView {
    let state = AppState::install();
    let page = state.page;

    // Each page change: title, scroll to top, focus on the heading.
    Effect::new(move |_| {
        let page = page.get();
        document().set_title(&format!("{} - {APP_NAME}", page.title()));
        request_animation_frame(|| {
            window().scroll_to_with_x_and_y(0.0, 0.0);
            if let Ok(Some(h1)) = document().query_selector("h1") {
                let _ = wasm_bindgen::JsCast::unchecked_into::<web_sys::HtmlElement>(h1).focus();
            }
        });
    });

    view! {
        <Header />
        <main id="main" class="main" tabindex="-1">
            <Notices />
            {move || match page.get() {
                Page::Tasks => view! { <TasksPage /> }.into_any(),
                Page::Part(Part::Cover) => view! { <CoverPage /> }.into_any(),
                Page::Part(Part::Text(t)) => view! { <TextPage part=t /> }.into_any(),
                Page::Part(Part::Areas) => view! { <AreasPage /> }.into_any(),
                Page::Part(part @ (Part::Area(_) | Part::OtherTasks)) => view! {
                    <div class="page"><h1 class="page-title" tabindex="-1">{part.title()}</h1><p>"该部分的编辑页面尚未提供。"</p></div>
                }.into_any(),
            }}
        </main>
    }
}
