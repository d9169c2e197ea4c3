//! The prompt shown when another tab got in the way of this tab's draft and the edits could not
//! be merged: it saved other changes to the same parts, deleted the draft, or left it unreadable.
//! Autosave is stopped until the user chooses; nothing is overwritten silently.

use leptos::prelude::*;

use super::state::{Conflict, use_app};

#[component]
pub fn ConflictPrompt() -> impl IntoView {
    let state = use_app();
    // The prompt takes the focus when it appears: typing would not be saved anyway.
    Effect::new(move |_| {
        if state.conflict.with(Option::is_some) {
            request_animation_frame(|| super::focus_id("conflict"));
        }
    });
    move || {
        let conflict = state.conflict.get()?;
        let name = state.index.with_untracked(|i| i.current_meta().map(|m| m.name.clone()).unwrap_or_default());
        let (title, text) = match &conflict {
            Conflict::Stale { parts, .. } => (
                "另一个窗口也修改了本草稿",
                format!(
                    "草稿“{name}”在另一个窗口（或标签页）中也被修改并保存了，两边改了同样的内容（{}）。为免互相覆盖，本窗口已暂停自动保存。请选择：",
                    parts.join("、")
                ),
            ),
            Conflict::Gone => (
                "本草稿已在另一个窗口中删除",
                format!("草稿“{name}”已在另一个窗口（或标签页）中删除，本窗口显示的内容没有保存。请选择："),
            ),
            Conflict::Unreadable => (
                "本草稿无法保存",
                format!("本浏览器中保存的草稿“{name}”已无法读取。为免覆盖其原内容，本窗口已暂停自动保存。请选择："),
            ),
        };
        let stale = matches!(conflict, Conflict::Stale { .. });
        let gone = matches!(conflict, Conflict::Gone);
        Some(view! {
            <section class="conflict" id="conflict" role="alertdialog" tabindex="-1"
                aria-labelledby="conflict-title" aria-describedby="conflict-text">
                <h2 class="conflict__title" id="conflict-title">{title}</h2>
                <p id="conflict-text">{text}</p>
                <div class="actions actions--top">
                    <Show when=move || stale>
                        <button type="button" class="button" id="conflict-theirs" on:click=move |_| state.take_theirs()>
                            "载入较新的版本（放弃本窗口的修改）"
                        </button>
                    </Show>
                    <button type="button" class="button" class:button--secondary=stale id="conflict-keep-mine"
                        on:click=move |_| state.keep_mine_as_new()>
                        "把本窗口的内容另存为新草稿"
                    </button>
                    <button type="button" class="button button--secondary" id="conflict-download" on:click=move |_| state.download_mine()>
                        "下载本窗口的版本（.json）"
                    </button>
                    <Show when=move || gone>
                        <button type="button" class="button button--warning" id="conflict-discard" on:click=move |_| state.discard_deleted()>
                            "放弃本窗口的内容"
                        </button>
                    </Show>
                </div>
            </section>
        })
    }
}
