//! Pages loaded on first use. Each function here is a split point (Leptos's WASM code
//! splitting, the machinery behind `#[lazy]`): the build (tools/wasm-split) moves the pages of a
//! group, and the code only they use, into a separate wasm chunk, fetched when one of them is
//! first opened. The task list, the header and the plan's state and checks stay in the page
//! module loaded at start. Pages are grouped by who uses them together (a clerk filling in the
//! plan, a clerk handling files, the reviewing office, the yearly progress report): one fetch per
//! group, and code shared within a group sits in it rather than in many small shared chunks.
//!
//! [`LazyPage`] shows a loading line while a chunk arrives and, if it cannot be fetched (the
//! network went away, the site was updated meanwhile), a message and a button to try again;
//! nothing entered is lost, the draft is in storage. What waits for a page to be shown — focus on
//! its heading after a page change, a field's focus request — is served once it arrives.

use std::cell::Cell;
use std::future::Future;
use std::pin::Pin;

use leptos::__reexports::send_wrapper::SendWrapper;
use leptos::prelude::*;
use leptos::wasm_split::{SplitLoaderError, wasm_split};

use crate::model::{Area, TextPart};
use crate::ui::state::{AppState, use_app};

thread_local! {
    /// Pages whose chunk is being fetched.
    static LOADING: Cell<u32> = const { Cell::new(0) };
    /// The page's heading is to get focus once the page being fetched is shown.
    static HEADING_WAITS: Cell<bool> = const { Cell::new(false) };
}

/// Whether a page is still being fetched (what is asked of its view has to wait).
pub fn is_loading() -> bool {
    LOADING.get() > 0
}

/// Moves focus to the page's heading, now or, while the page is fetched, once it is shown.
pub fn focus_heading() {
    if is_loading() {
        HEADING_WAITS.set(true);
    } else if let Ok(Some(h1)) = document().query_selector("h1") {
        let _ = wasm_bindgen::JsCast::unchecked_into::<web_sys::HtmlElement>(h1).focus();
    }
}

/// A page's chunk being fetched. When the fetch ends (or is given up, the user having moved on),
/// what waited for the page is served in the next frame, once the page is in the document: the
/// heading's focus and the focus request (see `checks::install_focus_requests`).
struct Fetching(AppState);

impl Fetching {
    fn start(state: AppState) -> Self {
        LOADING.set(LOADING.get() + 1);
        Fetching(state)
    }
}

impl Drop for Fetching {
    fn drop(&mut self) {
        LOADING.set(LOADING.get() - 1);
        let state = self.0;
        request_animation_frame(move || {
            if HEADING_WAITS.replace(false) {
                focus_heading();
            }
            if let Some(field) = state.focus_request.get_untracked() {
                state.focus_request.set(Some(field));
            }
        });
    }
}

/// A page's view once its chunk is loaded.
pub type PageLoad = Pin<Box<dyn Future<Output = Result<AnyView, SplitLoaderError>>>>;

/// Renders the page that `load` fetches, with a loading line meanwhile and a retry on failure.
#[component]
pub fn LazyPage(load: impl Fn() -> PageLoad + Copy + Send + Sync + 'static) -> impl IntoView {
    let attempt = RwSignal::new(0u32);
    let state = use_app();
    view! {
        <Suspense fallback=|| view! { <p class="page-loading" role="status">"正在打开页面…"</p> }>
            {move || {
                attempt.track();
                Suspend::new(SendWrapper::new(async move {
                    let fetching = Fetching::start(state);
                    let loaded = load().await;
                    drop(fetching);
                    match loaded {
                        Ok(page) => page,
                        Err(_) => view! { <LoadFailed retry=move || retry(attempt) /> }.into_any(),
                    }
                }))
            }}
        </Suspense>
    }
}

/// Fetches the page again; its heading (or the message again) gets focus once it is shown, the
/// button that had it being gone.
fn retry(attempt: RwSignal<u32>) {
    HEADING_WAITS.set(true);
    attempt.update(|n| *n += 1);
}

/// The chunk could not be fetched.
#[component]
fn LoadFailed(retry: impl Fn() + Send + Sync + 'static) -> impl IntoView {
    view! {
        <div class="error-summary" role="alert" tabindex="-1">
            <h1 class="error-summary__title" tabindex="-1">"页面没有打开"</h1>
            <p>"这个页面的程序没有下载下来，可能是网络断开了，或者网站刚刚更新。已填写的内容都保存在本浏览器中，不会丢失。"</p>
            <p>"请检查网络后点击“重试”；如果仍然不行，请刷新页面。"</p>
            <button type="button" class="button" id="page-load-retry" on:click=move |_| retry()>"重试"</button>
        </div>
    }
}

macro_rules! lazy_pages {
    ($($group:ident: $name:ident($($arg:ident: $ty:ty),*) => $page:ident;)*) => {$(
        #[wasm_split($group, wasm_split_path = ::leptos::wasm_split, fallible)]
        pub fn $name($($arg: $ty),*) -> Result<AnyView, SplitLoaderError> {
            Ok(view! { <$page $($arg=$arg)* /> }.into_any())
        }
    )*};
}

use super::{
    area::AreaPage, areas::AreasPage, check::CheckPage, cover::CoverPage, drafts::DraftsPage, export::ExportPage,
    help::HelpPage, ledger::LedgerPage, other_tasks::OtherTasksPage, progress::ProgressPage, review::ReviewPage,
    text_part::TextPage, unplaced::UnplacedPage,
};

lazy_pages! {
    plan_pages: cover_page() => CoverPage;
    plan_pages: text_page(part: TextPart) => TextPage;
    plan_pages: areas_page() => AreasPage;
    plan_pages: area_page(area: Area) => AreaPage;
    plan_pages: other_tasks_page() => OtherTasksPage;
    plan_pages: unplaced_page() => UnplacedPage;
    file_pages: drafts_page() => DraftsPage;
    file_pages: export_page() => ExportPage;
    file_pages: check_page() => CheckPage;
    file_pages: help_page() => HelpPage;
    review_pages: review_page() => ReviewPage;
    review_pages: ledger_page() => LedgerPage;
    progress_pages: progress_page() => ProgressPage;
}
