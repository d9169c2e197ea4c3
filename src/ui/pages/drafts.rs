//! Drafts and plan files: the drafts kept in this browser (open, rename, duplicate, delete with
//! confirmation, new, the sample plan), saving the current plan as a file and opening plan files
//! (picker or drag and drop) as new drafts.

use leptos::prelude::*;

use crate::catalogue::sample_plan;
use crate::planfile;
use crate::ui::announce;
use crate::ui::files::{self, FileDrop, download, file_name};
use crate::ui::state::{AppState, use_app};
use crate::ui::storage::DraftMeta;

/// Saves the current plan as a `.json` plan file.
pub fn save_plan_file(state: AppState) {
    state.save_now();
    let (name, text) = state.plan.with_untracked(|p| (file_name(p, "", "json"), planfile::save(p)));
    download(&name, "application/json", text.as_bytes());
    announce(&format!("已生成工作方案文件“{name}”"));
}

/// Opens picked or dropped plan files, each as a new draft; errors are collected in `message`.
fn open_files(state: AppState, list: Vec<gloo_file::File>, message: RwSignal<Option<(bool, String)>>) {
    for file in list {
        leptos::task::spawn_local(async move {
            let name = file.name();
            match files::read_plan(&file).await {
                Ok(loaded) => {
                    let draft_name = name.trim_end_matches(".json").trim_end_matches(".docx").to_string();
                    state.new_draft(&draft_name, loaded.plan);
                    state.notices.update(|n| {
                        n.push(format!("已打开“{name}”，作为新草稿“{draft_name}”。"));
                        n.extend(loaded.notices.iter().map(|x| x.message()));
                    });
                }
                Err(error) => message.set(Some((true, format!("“{name}”无法打开：{error}当前草稿没有任何改动。")))),
            }
        });
    }
}

#[component]
pub fn DraftsPage() -> impl IntoView {
    let state = use_app();
    let message = RwSignal::new(None::<(bool, String)>);
    let drafts = Memo::new(move |_| state.index.with(|i| i.drafts.clone()));

    view! {
        <div class="page page--narrow">
            <h1 class="page-title" tabindex="-1">"草稿和文件"</h1>
            <p class="notice notice--quiet">
                "草稿只保存在本浏览器中，清理浏览器数据或换一台电脑就看不到了。"
                "请经常点击“保存工作方案文件”，把方案另存为文件备份；在其他电脑上用“打开工作方案文件”继续。"
            </p>
            {move || message.get().map(|(is_error, text)| view! {
                <div class=if is_error { "notice notice--error" } else { "notice" } role="alert">{text}</div>
            })}
            <div class="actions actions--top">
                <button type="button" class="button" id="save-plan-file" on:click=move |_| save_plan_file(state)>
                    "保存工作方案文件（.json）"
                </button>
                <FileDrop id="open-plan-file" label="打开工作方案文件…" accept=".json,.docx,application/json"
                    drop_text="也可以把工作方案文件拖到这里打开" on_files=Callback::new(move |list| open_files(state, list, message)) />
            </div>

            <h2 class="section-title">"本浏览器中的草稿"</h2>
            <table class="table">
                <thead><tr><th scope="col">"名称"</th><th scope="col">"最后保存"</th><th scope="col">"操作"</th></tr></thead>
                <tbody>
                    <For each=move || drafts.get() key=|d| (d.id.clone(), d.name.clone(), d.saved.clone(), d.unreadable) let:draft>
                        <DraftRow state=state draft=draft message=message />
                    </For>
                </tbody>
            </table>
            <div class="actions">
                <button type="button" class="button button--secondary" id="new-draft"
                    on:click=move |_| state.new_draft(&state.next_draft_name(), Default::default())>
                    "新建空白草稿"
                </button>
                <button type="button" class="button button--secondary" id="load-sample"
                    on:click=move |_| {
                        state.new_draft("示例：广东省民政厅工作方案", sample_plan());
                        state.notices.update(|n| n.push("已载入示例方案（新草稿），可以随意修改，不影响其他草稿。".into()));
                    }>
                    "载入示例方案"
                </button>
            </div>
            <SetAside state=state message=message />
        </div>
    }
}

/// Damaged text found in storage earlier and kept aside, until the user deletes it.
#[component]
fn SetAside(state: AppState, message: RwSignal<Option<(bool, String)>>) -> impl IntoView {
    view! {
        <Show when=move || state.asides.with(|a| !a.is_empty())>
            <h2 class="section-title">"另行保存的损坏内容"</h2>
            <p class="hint">"这些内容曾在本浏览器中损坏而无法读取，已原样另行保存。可以下载备查；确认不再需要后再删除。"</p>
            <ul class="aside-list">
                {move || state.asides.get().into_iter().map(|a| {
                    let (name, text, key) = (a.name.clone(), a.text.clone(), a.key.clone());
                    view! {
                        <li>
                            <span>{a.name.clone()}</span>" "
                            <button type="button" class="button button--secondary button--small"
                                on:click=move |_| download(&name, "text/plain;charset=utf-8", text.as_bytes())>"下载"</button>" "
                            <button type="button" class="button button--warning button--small" on:click=move |_| {
                                let key = key.clone();
                                leptos::task::spawn_local(async move {
                                    if let Err(e) = state.remove_aside(key).await { message.set(Some((true, e))); }
                                });
                            }>"删除"</button>
                        </li>
                    }
                }).collect_view()}
            </ul>
        </Show>
    }
}

/// Runs a draft action, showing its error on the page.
fn run(message: RwSignal<Option<(bool, String)>>, action: impl std::future::Future<Output = Result<(), String>> + 'static, done: &'static str) {
    leptos::task::spawn_local(async move {
        match action.await {
            Ok(()) if !done.is_empty() => announce(done),
            Ok(()) => {}
            Err(e) => message.set(Some((true, e))),
        }
    });
}

#[component]
fn DraftRow(state: AppState, draft: DraftMeta, message: RwSignal<Option<(bool, String)>>) -> impl IntoView {
    let id = draft.id.clone();
    let is_current = {
        let id = id.clone();
        Memo::new(move |_| state.index.with(|i| i.current == id))
    };
    let renaming = RwSignal::new(false);
    let confirming = RwSignal::new(false);
    let new_name = RwSignal::new(draft.name.clone());
    let name = draft.name.clone();
    let unreadable = draft.unreadable;
    let (id1, id2, id3, id4) = (id.clone(), id.clone(), id.clone(), id.clone());
    let input_id = format!("rename-{id}");
    let focus_input = input_id.clone();
    view! {
        <tr class:current-row=move || is_current.get()>
            <td>
                <Show when=move || renaming.get() fallback={
                    let name = name.clone();
                    move || view! {
                        <span>{name.clone()}</span>
                        {move || is_current.get().then(|| view! { " " <strong class="tag tag--blue">"当前"</strong> })}
                    }
                }>
                    <label class="visually-hidden" for=input_id.clone()>"新名称"</label>
                    <input id=input_id.clone() class="input" prop:value=move || new_name.get()
                        on:input=move |ev| new_name.set(event_target_value(&ev)) />
                </Show>
            </td>
            <td>
                {draft.saved.clone()}
                {draft.unsaved.then(|| view! { " " <span class="tag">"尚未保存"</span> })}
                {draft.unreadable.then(|| view! { " " <strong class="tag tag--red">"无法读取"</strong> })}
            </td>
            <td class="table__actions">
                <Show when=move || renaming.get()>
                    <button type="button" class="button button--small" on:click={
                        let id = id1.clone();
                        move |_| { run(message, state.rename_draft(id.clone(), new_name.get_untracked()), ""); renaming.set(false); }
                    }>"保存名称"</button>
                    <button type="button" class="button button--secondary button--small" on:click=move |_| renaming.set(false)>"取消"</button>
                </Show>
                <Show when=move || confirming.get()>
                    <span class="confirm" role="alert">{format!("确定删除草稿“{}”吗？删除后不能恢复。", draft.name)}</span>
                    <button type="button" class="button button--warning button--small" on:click={
                        let id = id2.clone();
                        move |_| run(message, state.delete_draft(id.clone()), "草稿已删除")
                    }>"确认删除"</button>
                    <button type="button" class="button button--secondary button--small" on:click=move |_| confirming.set(false)>"取消"</button>
                </Show>
                <Show when=move || !renaming.get() && !confirming.get()>
                    {
                        let id = id3.clone();
                        if unreadable {
                            view! {
                                <button type="button" class="button button--secondary button--small"
                                    on:click=move |_| run(message, state.download_stored(id.clone()), "")>"下载原内容"</button>
                            }.into_any()
                        } else {
                            view! {
                                <button type="button" class="button button--secondary button--small" disabled=move || is_current.get()
                                    on:click=move |_| run(message, state.open_draft(id.clone()), "")>"打开"</button>
                            }.into_any()
                        }
                    }
                    <button type="button" class="button button--secondary button--small" on:click={
                        let focus_input = focus_input.clone();
                        move |_| { renaming.set(true); let f = focus_input.clone(); request_animation_frame(move || crate::ui::focus_id(&f)); }
                    }>"重命名"</button>
                    {(!unreadable).then(|| {
                        let id = id4.clone();
                        view! {
                            <button type="button" class="button button--secondary button--small"
                                on:click=move |_| run(message, state.duplicate_draft(id.clone()), "已复制草稿")>"复制"</button>
                        }
                    })}
                    <button type="button" class="button button--warning button--small" on:click=move |_| confirming.set(true)>"删除"</button>
                </Show>
            </td>
        </tr>
    }
}
