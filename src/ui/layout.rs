//! Page furniture: the header, notices, the frame of a part page (back link, heading, guidance
//! panel, "保存并继续") and the guidance panel itself.

use leptos::prelude::*;

use super::checks::ErrorSummary;
use super::state::{Page, SaveStatus, use_app};
use crate::catalogue::{Guidance, guidance};
use crate::model::Part;

pub const APP_NAME: &str = "公益事业信息公开工作方案编制";

#[component]
pub fn Header() -> impl IntoView {
    let state = use_app();
    let status = move || match state.save_status.get() {
        SaveStatus::Opened => "草稿保存在本浏览器中".to_string(),
        SaveStatus::Pending => "正在保存…".to_string(),
        SaveStatus::Saved(t) => format!("已自动保存 {t}"),
        SaveStatus::Failed(m) => m,
        SaveStatus::Halted => "已暂停自动保存（见页面上方的提示）".to_string(),
    };
    let failed = move || matches!(state.save_status.get(), SaveStatus::Failed(_) | SaveStatus::Halted);
    let draft_name = move || state.index.with(|i| i.current_meta().map(|m| m.name.clone()).unwrap_or_default());
    view! {
        <a class="skip-link" href="#main">"跳到主要内容"</a>
        <header class="app-header">
            <div class="app-header__inner">
                <a class="app-header__name" href=Page::Tasks.href()>{APP_NAME}</a>
                <nav class="app-header__nav" aria-label="主导航">
                    <a href=Page::Tasks.href()>"任务清单"</a>
                    <a href=Page::Check.href()>"检查结果"</a>
                    <a href=Page::Export.href()>"检查并导出"</a>
                    <a href=Page::Drafts.href()>"草稿和文件"</a>
                    <a href=Page::Review.href()>"审核"</a>
                    <a href=Page::Ledger.href()>"报备台账"</a>
                    <a href=Page::Help.href()>"使用说明"</a>
                </nav>
                <LargeTextSwitch />
                <a class="app-header__verdict" href=Page::Check.href()
                    class:app-header__verdict--ready=move || state.report.with(|r| r.ready())>
                    {move || state.report.with(|r| format!("完整度 {}% · {}", r.score(), r.verdict()))}
                </a>
                <p class="app-header__draft">
                    <span class="app-header__draft-name">{draft_name}</span>
                    <span class="save-status" class:save-status--failed=failed role="status">{status}</span>
                    <Show when=failed>
                        <button type="button" class="button button--small" id="save-failed-download"
                            on:click=move |_| super::pages::drafts::save_plan_file(state)>"保存工作方案文件"</button>
                    </Show>
                </p>
            </div>
        </header>
    }
}

/// One-off messages (migrated files, restored drafts), dismissable; damaged stored text is
/// offered for download.
#[component]
pub fn Notices() -> impl IntoView {
    let state = use_app();
    view! {
        <Show when=move || state.notices.with(|n| !n.is_empty()) || state.damaged.with(|d| !d.is_empty())>
            <div class="notice" role="status">
                <ul>
                    {move || state.notices.get().into_iter().map(|n| view! { <li>{n}</li> }).collect_view()}
                </ul>
                {move || state.damaged.get().into_iter().map(|(name, text)| view! {
                    <button type="button" class="button button--secondary" on:click=move |_| {
                        super::files::download(&name, "text/plain;charset=utf-8", text.as_bytes());
                    }>{format!("下载原内容（{name}）")}</button>
                    " "
                }).collect_view()}
                <button type="button" class="button button--secondary" on:click=move |_| state.notices.set(vec![])>
                    "知道了"
                </button>
            </div>
        </Show>
    }
}

#[component]
pub fn GuidancePanel(guidance: Guidance) -> impl IntoView {
    view! {
        <aside class="guidance" aria-labelledby="guidance-heading">
            <h2 id="guidance-heading" class="guidance__title">"填写指引"</h2>
            {(!guidance.template.is_empty()).then(|| view! { <h3>"模板要求"</h3><p>{guidance.template}</p> })}
            {(!guidance.national.is_empty()).then(|| view! { <h3>"国办发〔2018〕10号要求"</h3><p>{guidance.national}</p> })}
            <h3>"怎么写"</h3>
            <p>{guidance.hint}</p>
        </aside>
    }
}

/// The frame of every part page: back link, section caption, heading, the form beside the
/// guidance, and the button that saves and moves to the next part.
#[component]
pub fn PartFrame(part: Part, children: Children) -> impl IntoView {
    let state = use_app();
    // Opened from the check page (修改): continue back there.
    let from_export =
        leptos_router::hooks::use_query_map().with_untracked(|q| q.get("from").as_deref() == Some("export"));
    let next = move || {
        if from_export {
            Page::Export
        } else {
            state.plan.with(|p| p.next_part(part)).map(Page::Part).unwrap_or(Page::Tasks)
        }
    };
    let has_errors = move || state.report.with_untracked(|r| r.errors().any(|f| f.part() == part));
    let go_next = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        state.save_now();
        if has_errors() && !state.is_revealed(part) {
            // First time: show what is missing (the summary offers to move on anyway).
            state.reveal(part);
            request_animation_frame(|| crate::ui::focus_id("error-summary"));
        } else {
            state.reveal(part);
            state.go(next());
        }
    };
    let skip = move |_| {
        state.save_now();
        state.go(next());
    };
    view! {
        <div class="page">
            <PageHeader title=part.title() back=true caption=part.group().heading() />
            <ErrorSummary part=part />
            <div class="page-grid">
                <form class="page-form" novalidate on:submit=go_next>
                    {children()}
                    <div class="actions">
                        <button type="submit" class="button">"保存并继续"</button>
                        <Show when=move || state.is_revealed(part) && state.report.with(|r| r.errors().any(|f| f.part() == part))>
                            <button type="button" class="button button--secondary" on:click=skip>"暂不修改，继续下一部分"</button>
                        </Show>
                        <a class="link-button" href=Page::Tasks.href()>"返回任务清单"</a>
                    </div>
                </form>
                <GuidancePanel guidance=guidance(part) />
            </div>
        </div>
    }
}

/// The head of a page: a link back to the task list (`back`), a caption above the title (the
/// template section of a part page), and the title, which takes focus after navigation.
#[component]
pub fn PageHeader(
    #[prop(into)] title: String,
    #[prop(optional)] back: bool,
    #[prop(optional, into)] caption: Option<String>,
) -> impl IntoView {
    view! {
        {back.then(|| view! { <a class="back-link" href=Page::Tasks.href()>"返回任务清单"</a> })}
        {caption.map(|c| view! { <p class="caption">{c}</p> })}
        <h1 class="page-title" tabindex="-1">{title}</h1>
    }
}

const LARGE_TEXT_KEY: &str = "gyxx.large-text";

/// 大字模式 (适老化): larger type everywhere, remembered in this browser.
#[component]
fn LargeTextSwitch() -> impl IntoView {
    let storage = window().local_storage().ok().flatten();
    let initial = storage.as_ref().and_then(|s| s.get_item(LARGE_TEXT_KEY).ok().flatten()).as_deref() == Some("1");
    let on = RwSignal::new(initial);
    Effect::new(move |_| {
        let large = on.get();
        if let Some(root) = document().document_element() {
            let _ = root.class_list().toggle_with_force("large-text", large);
        }
        if let Some(s) = window().local_storage().ok().flatten() {
            let _ = s.set_item(LARGE_TEXT_KEY, if large { "1" } else { "0" });
        }
    });
    view! {
        <button type="button" class="app-header__switch" aria-pressed=move || on.get().to_string()
            on:click=move |_| on.update(|v| *v = !*v)>
            "大字模式"
        </button>
    }
}
