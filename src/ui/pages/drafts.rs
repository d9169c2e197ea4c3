//! Drafts and plan files: the drafts kept in this browser (open, rename, duplicate, delete with
//! confirmation, new, the sample plan), saving the current plan as a file, opening plan files
//! (picker or drag and drop) as new drafts, and importing a plan written in Word into a new
//! draft, after a summary of what will go where.

use leptos::prelude::*;

use crate::drafts::index::DraftMeta;
use crate::export::downloads::{Mark, Output};
use crate::review::reading::ImportReply;
use crate::ui::announce;
use crate::ui::files::{self, FileDrop, download};
use crate::ui::layout::PageHeader;
use crate::ui::state::{AppState, use_app};
use crate::wordplan::Profile;

/// Saves the current plan as a `.json` plan file.
pub fn save_plan_file(state: AppState) {
    state.save_now();
    let (name, text) = state.plan.with_untracked(|p| (Output::PlanFile.name(p, Mark::Final), crate::planfile::save(p)));
    download(&name, Output::PlanFile.mime(), text.as_str());
    announce(&format!("已生成工作方案文件“{name}”"));
}

/// A Word document read for import, waiting for the user to create the draft.
#[derive(Clone, Debug, PartialEq)]
struct Preview {
    file: String,
    reply: ImportReply,
}

fn draft_name(file: &str) -> String {
    let lower = file.to_lowercase();
    [".json", ".docx"].iter().find(|e| lower.ends_with(*e)).map_or(file, |e| &file[..file.len() - e.len()]).to_string()
}

/// Opens picked or dropped files: plan files each as a new draft, Word plans into the import
/// summary; errors are collected in `message`.
fn open_files(
    state: AppState,
    list: Vec<gloo_file::File>,
    message: RwSignal<Option<(bool, String)>>,
    preview: RwSignal<Option<Preview>>,
) {
    for file in list {
        leptos::task::spawn_local(async move {
            let name = file.name();
            match files::read_plan(&file).await {
                Ok(files::Picked::Plan { plan, notices }) => {
                    let draft = draft_name(&name);
                    let mut notes = vec![format!("已打开“{name}”，作为新草稿“{draft}”。")];
                    notes.extend(notices);
                    state.new_draft(&draft, plan, notes);
                }
                Ok(files::Picked::Word(reply)) => show_preview(preview, name, reply),
                Err(error) => message.set(Some((true, format!("“{name}”无法打开：{error}当前草稿没有任何改动。")))),
            }
        });
    }
}

fn show_preview(preview: RwSignal<Option<Preview>>, file: String, reply: ImportReply) {
    preview.set(Some(Preview { file, reply }));
    announce("已读取 Word 文档，请查看识别结果");
    request_animation_frame(|| crate::ui::focus_id("import-summary"));
}

/// Reads Word documents for import (the first one; one draft at a time).
fn import_files(
    list: Vec<gloo_file::File>,
    message: RwSignal<Option<(bool, String)>>,
    preview: RwSignal<Option<Preview>>,
    busy: RwSignal<bool>,
) {
    let Some(file) = list.into_iter().next() else { return };
    busy.set(true);
    message.set(None);
    leptos::task::spawn_local(async move {
        let name = file.name();
        let result = if let Err(e) = crate::wordplan::check_size(file.size() as usize) {
            Err(e.message())
        } else {
            match crate::ui::worker::file_bytes(&file).await {
                Ok(bytes) => crate::ui::worker::import(bytes).await,
                Err(e) => Err(e),
            }
        };
        busy.set(false);
        match result {
            Ok(reply) => show_preview(preview, name, reply),
            Err(error) => message.set(Some((true, format!("“{name}”无法导入：{error}当前草稿没有任何改动。")))),
        }
    });
}

/// What the import will put where, and what it could not place; 创建草稿 makes the draft.
#[component]
fn ImportSummary(state: AppState, preview: RwSignal<Option<Preview>>) -> impl IntoView {
    move || {
        preview.get().map(|Preview { file, reply }| {
            let profile = match reply.profile {
                Some(Profile::Template) => "识别为按省模板编写的工作方案。".to_string(),
                Some(Profile::Implementation) => "识别为按国办发〔2018〕10号结构编写的实施方案，各部分已对应到模板的相应位置。".to_string(),
                None => "这是本程序导出的 Word 文档，将原样打开其中保存的完整方案。".to_string(),
            };
            let plan = &reply.plan;
            let cover = [
                ("制定单位", plan.cover.unit.clone()),
                ("成文日期", plan.cover.plan_date().map(|d| d.chinese()).unwrap_or_default()),
                ("标题", plan.title()),
            ];
            let areas: Vec<String> = plan.selected_areas().map(|a| format!("{}（{} 个事项）", a.area.label(), a.items.len())).collect();
            let unplaced = reply.summary.unplaced.clone();
            let rows = reply.summary.placed.clone();
            let create = {
                let file = file.clone();
                let reply = reply.clone();
                move |_| {
                    let draft = draft_name(&file);
                    let kept = reply.plan.unplaced.len();
                    let mut note = format!("已从“{file}”导入新草稿“{draft}”。");
                    if kept > 0 {
                        note.push_str(&format!("有 {kept} 段内容未能归类，保存在“导入时未归类的内容”中，请移到相应部分。"));
                    }
                    let mut notes = vec![note];
                    notes.extend(reply.notices.iter().cloned());
                    state.new_draft(&draft, reply.plan.clone(), notes);
                    preview.set(None);
                }
            };
            view! {
                <section class="import-summary" id="import-summary" tabindex="-1" aria-labelledby="import-summary-title">
                    <h2 class="section-title" id="import-summary-title">{format!("“{file}”的识别结果")}</h2>
                    <p>{profile}"请核对下面的对应关系，然后创建草稿；当前草稿不会被改动。"</p>
                    <dl class="summary-list">
                        {cover.into_iter().map(|(k, v)| view! {
                            <div class="summary-list__row">
                                <dt class="summary-list__key">{k}</dt>
                                <dd class="summary-list__value">{if v.trim().is_empty() { "未找到，请在“文件信息”中填写".to_string() } else { v }}</dd>
                            </div>
                        }).collect_view()}
                        <div class="summary-list__row">
                            <dt class="summary-list__key">"重点领域"</dt>
                            <dd class="summary-list__value">{if areas.is_empty() { "未找到".to_string() } else { areas.join("、") }}</dd>
                        </div>
                    </dl>
                    <div class="table-wrap" tabindex="0" role="region" aria-label="放入草稿的内容">
                        <table class="table import-summary__table">
                            <caption class="visually-hidden">"放入草稿的内容"</caption>
                            <thead><tr><th scope="col">"Word 文档中的内容"</th><th scope="col">"放入草稿的位置"</th></tr></thead>
                            <tbody>
                                {rows.into_iter().map(|(from, to)| view! { <tr><td>{from}</td><td>{to}</td></tr> }).collect_view()}
                            </tbody>
                        </table>
                    </div>
                    {(!unplaced.is_empty()).then(|| view! {
                        <div class="notice notice--warning">
                            <h3 class="import-summary__subtitle">{format!("未能归类的内容（{} 处）", unplaced.len())}</h3>
                            <p>"这些内容不会丢失：它们保存在新草稿的“导入时未归类的内容”中，请逐段移到相应部分后删除。"</p>
                            <ul>{unplaced.into_iter().map(|u| view! { <li>{u}</li> }).collect_view()}</ul>
                        </div>
                    })}
                    <div class="actions">
                        <button type="button" class="button" id="import-create" on:click=create>"创建草稿"</button>
                        <button type="button" class="button button--secondary" id="import-discard" on:click=move |_| preview.set(None)>"取消"</button>
                    </div>
                </section>
            }
        })
    }
}

#[component]
pub fn DraftsPage() -> impl IntoView {
    let state = use_app();
    let message = RwSignal::new(None::<(bool, String)>);
    let preview = RwSignal::new(None::<Preview>);
    let busy = RwSignal::new(false);
    let fetching = RwSignal::new(false);
    let drafts = Memo::new(move |_| state.index.with(|i| i.drafts.clone()));

    view! {
        <div class="page page--narrow">
            <PageHeader title="草稿和文件" />
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
                    drop_text="也可以把工作方案文件拖到这里打开" on_files=Callback::new(move |list| open_files(state, list, message, preview)) />
            </div>

            <h2 class="section-title">"从 Word 文档导入"</h2>
            <p class="hint">
                "已经用 Word 或 WPS 写好了方案？选择它的 .docx 文件，程序会识别标题、前言、各部分、重点领域和公开事项以及落款，"
                "先列出放入草稿的位置，确认后作为新草稿继续填写。识别不了的内容也会保留在草稿中。原文档不会被修改。"
            </p>
            <div class="actions actions--top">
                <FileDrop id="import-word" label="从 Word 文档导入…"
                    accept=".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
                    drop_text="也可以把 Word 文档拖到这里" on_files=Callback::new(move |list| import_files(list, message, preview, busy)) />
            </div>
            <p class="reading-status" role="status">{move || busy.get().then_some("正在读取 Word 文档……")}</p>
            <ImportSummary state=state preview=preview />

            <h2 class="section-title">"本浏览器中的草稿"</h2>
            <table class="table">
                <thead><tr><th scope="col">"名称"</th><th scope="col">"最后保存"</th><th scope="col">"操作"</th></tr></thead>
                <tbody>
                    <For each=move || drafts.get() key=|d| (d.id.clone(), d.name.clone(), d.saved_at.to_bits(), d.unreadable) let:draft>
                        <DraftRow state=state draft=draft message=message />
                    </For>
                </tbody>
            </table>
            <div class="actions">
                <button type="button" class="button button--secondary" id="new-draft"
                    on:click=move |_| state.new_draft(&state.next_draft_name(), Default::default(), Vec::new())>
                    "新建空白草稿"
                </button>
                <button type="button" class="button button--secondary" id="load-sample" disabled=fetching
                    on:click=move |_| load_sample(state, message, fetching, Sample::Plain)>
                    "载入示例方案"
                </button>
                <button type="button" class="button button--secondary" id="load-sample-issued" disabled=fetching
                    on:click=move |_| load_sample(state, message, fetching, Sample::Issued)>
                    "载入示例方案（含印发通知）"
                </button>
            </div>
            <p class="reading-status" role="status">{move || fetching.get().then_some("正在载入示例方案……")}</p>
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
fn run(
    message: RwSignal<Option<(bool, String)>>,
    action: impl std::future::Future<Output = Result<(), String>> + 'static,
    done: &'static str,
) {
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
                {shown_time(draft.saved_at)}
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

/// When a draft was saved, in local time: 10:31 today, 11月24日 10:31 before.
fn shown_time(ms: f64) -> String {
    if ms <= 0.0 {
        return String::new();
    }
    let d = js_sys::Date::new(&ms.into());
    let today = js_sys::Date::new_0();
    let time = format!("{:02}:{:02}", d.get_hours(), d.get_minutes());
    if d.to_date_string() == today.to_date_string() {
        time
    } else {
        format!("{}月{}日 {time}", d.get_month() + 1, d.get_date())
    }
}

/// Which sample to load.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Sample {
    /// The plan signed alone.
    Plain,
    /// The same plan issued by its 印发通知.
    Issued,
}

/// The sample plan as a new draft. It is not part of the app's module (it is not needed on
/// first load): the plan file is fetched from beside index.html when asked for. `fetching` is set
/// meanwhile (the buttons are disabled, so a second click cannot make a second draft).
fn load_sample(state: AppState, message: RwSignal<Option<(bool, String)>>, fetching: RwSignal<bool>, which: Sample) {
    fetching.set(true);
    leptos::task::spawn_local(async move {
        let loaded = fetch_text(SAMPLE_FILE)
            .await
            .and_then(|text| crate::planfile::load(text.as_bytes()).map_err(|e| e.message()));
        fetching.set(false);
        let plan = match loaded {
            Ok(loaded) => loaded.plan,
            Err(error) => {
                return message
                    .set(Some((true, format!("无法载入示例方案：{error}请刷新页面后重试；当前草稿没有任何改动。"))));
            }
        };
        match which {
            Sample::Plain => {
                let note = "已载入示例方案（新草稿），可以随意修改，不影响其他草稿。".to_string();
                state.new_draft("示例：广东省民政厅工作方案", plan, vec![note]);
            }
            Sample::Issued => {
                let note = "已载入以印发通知印发的示例方案（新草稿），导出时印发通知在前、方案作为附件。".to_string();
                state.new_draft(
                    "示例：广东省民政厅工作方案（印发通知）",
                    crate::catalogue::sample::issued(plan),
                    vec![note],
                );
            }
        }
    });
}

/// The sample plan file, copied beside index.html by Trunk (`index.html`, copy-file).
const SAMPLE_FILE: &str = "sample-plan.json";

/// A text file of the app's own origin (relative to the page, so it works under any sub-path).
async fn fetch_text(url: &str) -> Result<String, String> {
    use wasm_bindgen::JsCast;
    use wasm_bindgen_futures::JsFuture;
    const FAILED: &str = "无法读取程序自带的文件。";
    let response = JsFuture::from(window().fetch_with_str(url)).await.map_err(|_| FAILED.to_string())?;
    let response: web_sys::Response = response.dyn_into().map_err(|_| FAILED.to_string())?;
    if !response.ok() {
        return Err(FAILED.into());
    }
    let text =
        JsFuture::from(response.text().map_err(|_| FAILED.to_string())?).await.map_err(|_| FAILED.to_string())?;
    text.as_string().ok_or_else(|| FAILED.into())
}
