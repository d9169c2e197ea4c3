//! 审核 (reviewing office): open many plans at once (picker or drag and drop) — plan files,
//! exported .docx (embedded plan, edits detected) and hand-written .docx (structure read and
//! checked, profile shown) — see them in a sortable table (order: [`crate::review::order`]), read
//! one plan's findings and what was recognised, record a decision and comments, and download the
//! review sheet (.docx and CSV).
//! Files are read one after another by the background worker (a Web Worker), so the page
//! answers while they are read; they never leave this browser.

use leptos::prelude::*;

use crate::background::Job;
use crate::review::order::{COLUMNS, Sort, SortKey};
use crate::review::{self, Decision, Reviewed};
use crate::ui::announce;
use crate::ui::fields::RadioGroup;
use crate::ui::files::{FileDrop, download};
use crate::ui::pages::check::severity_tag;
use crate::ui::pages::ledger::LedgerQuestions;
use crate::ui::review_store::{self, ReviewEntry};
use crate::ui::state::{AppState, use_app};
use crate::ui::worker::{self, Making, MakingStatus, make_download_then};
use crate::wordplan::check_size;

/// Files read so far and files asked for, while reading goes on.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
struct Progress {
    done: usize,
    total: usize,
}

/// What a picked file turned out to be.
enum Read {
    /// A saved review session: it replaced the list.
    Session,
    /// A plan, read and checked by the background worker, with the bytes kept for the session.
    Plan(Box<Reviewed>, Vec<u8>),
}

/// One file: a saved review session, or a plan read by the background worker.
async fn read_one(state: AppState, file: &gloo_file::File) -> Read {
    let name = file.name();
    if let Err(e) = check_size(file.size() as usize) {
        return Read::Plan(Box::new(Reviewed::failed(&name, e.message())), Vec::new());
    }
    let buffer = match worker::file_bytes(file).await {
        Ok(buffer) => buffer,
        Err(message) => return Read::Plan(Box::new(Reviewed::failed(&name, message)), Vec::new()),
    };
    // Kept for the session (survives a reload); the buffer itself goes to the worker.
    let bytes = js_sys::Uint8Array::new(&buffer).to_vec();
    match review_store::open_session_file(state, &bytes).await {
        Some(Ok(_)) => {
            announce(&format!("已打开审核记录“{name}”"));
            return Read::Session;
        }
        Some(Err(message)) => return Read::Plan(Box::new(Reviewed::failed(&name, message)), Vec::new()),
        None => {}
    }
    let reviewed = worker::review(&name, buffer).await;
    Read::Plan(Box::new(reviewed), bytes)
}

fn open_files(
    state: AppState,
    list: Vec<gloo_file::File>,
    selected: RwSignal<Option<usize>>,
    progress: RwSignal<Progress>,
) {
    if list.is_empty() {
        return;
    }
    progress.update(|p| p.total += list.len());
    leptos::task::spawn_local(async move {
        for file in list {
            if let Read::Plan(reviewed, kept) = read_one(state, &file).await {
                let reviewed = *reviewed;
                let ok = reviewed.outcome.is_ok();
                state.ledger.plan_opened(&reviewed);
                review_store::file_opened(&reviewed.file_name, kept);
                state.reviews.update(|r| r.push(ReviewEntry::new(reviewed)));
                if selected.get_untracked().is_none() && ok {
                    selected.set(Some(state.reviews.with_untracked(Vec::len) - 1));
                }
            }
            progress.update(|p| p.done += 1);
        }
        let Progress { done, total } = progress.get_untracked();
        if done == total {
            announce(&format!("已读取 {total} 个文件"));
            progress.set(Progress::default());
        }
    });
}

#[component]
pub fn ReviewPage() -> impl IntoView {
    let state = use_app();
    // Files are made (and read) by the background worker: start it while the user works.
    crate::ui::worker::warm();
    let reviews = state.reviews;
    let selected = RwSignal::new(None::<usize>);
    let sort = RwSignal::new(Sort::default());
    let progress = RwSignal::new(Progress::default());
    let office = RwSignal::new("省府办公厅".to_string());
    let date = RwSignal::new(String::new());
    let making = RwSignal::new(Making::Idle);

    // The list changes when files are opened or cleared, not when a decision or comment is
    // recorded (those are signals of their own), so sorting and the rows stay as they are then.
    let order = Memo::new(move |_| {
        let sort = sort.get();
        reviews.with(|list| sort.order(&list.iter().map(|e| &*e.reviewed).collect::<Vec<_>>()))
    });
    let rows = move || {
        let order = order.get();
        reviews.with(|list| order.into_iter().map(|i| (i, list[i].clone())).collect::<Vec<_>>())
    };
    let header = move |(key, label): (SortKey, &'static str)| {
        view! {
            <th scope="col" aria-sort=move || sort.get().aria(key)>
                <button type="button" class="sort-button" on:click=move |_| sort.update(|s| *s = s.clicked(key))>{label}</button>
            </th>
        }
    };
    let sheet = move |csv: bool| {
        let list: Vec<Reviewed> = reviews.with_untracked(|l| l.iter().map(ReviewEntry::snapshot).collect());
        if list.is_empty() {
            return;
        }
        let when = crate::model::Date::written(&date.get_untracked());
        if csv {
            download("工作方案审核意见表.csv", "text/csv;charset=utf-8", review::review_csv(&list).as_slice());
            review_store::exported(state);
            announce("已生成审核意见表");
        } else {
            let job = Job::ReviewSheet {
                list,
                office: office.get_untracked().trim().to_string(),
                date: when.trim().to_string(),
            };
            make_download_then(making, job, move || review_store::exported(state));
        }
    };

    view! {
        <div class="page">
            <h1 class="page-title" tabindex="-1">"审核工作方案"</h1>
            <p class="lead">"打开各单位报送的工作方案文件（.json）或 Word 文档（.docx），可以一次选择多个。文件只在本浏览器中处理，不会上传。打开的方案按单位登记到“"<a href=crate::ui::state::Page::Ledger.href()>"报备台账"</a>"”。"</p>
            <div class="actions actions--top">
                <button type="button" class="button button--secondary" on:click=move |_| { reviews.set(vec![]); selected.set(None); review_store::cleared(); }
                    disabled=move || reviews.with(Vec::is_empty)>"清空列表"</button>
                <FileDrop id="review-files" label="打开要审核的文件…" primary=true
                    accept=".json,.docx,application/json,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
                    drop_text="也可以把文件拖到这里" on_files=Callback::new(move |list| open_files(state, list, selected, progress)) />
            </div>
            <LedgerQuestions />
            <p class="reading-status" id="reading-status" role="status">
                {move || {
                    let p = progress.get();
                    (p.total > 0).then(|| format!("正在读取文件：已完成 {} / {} 个。读取期间可以继续查看和审核已打开的方案。", p.done, p.total))
                }}
            </p>

            <Show when=move || !reviews.with(Vec::is_empty)>
                <div class="table-wrap" tabindex="0" role="region" aria-label="已打开的工作方案">
                    <table class="table review-table">
                        <thead><tr>{COLUMNS.map(header).collect_view()}<th scope="col">"审核意见"</th><th scope="col"><span class="visually-hidden">"操作"</span></th></tr></thead>
                        <tbody>
                            // Keyed rows: a file read adds one row, sorting moves rows; nothing is
                            // rebuilt, so the page keeps answering while files arrive.
                            <For each=rows key=|(_, entry)| entry.id let:((i, entry))>
                                {review_row(i, entry, selected)}
                            </For>
                        </tbody>
                    </table>
                </div>
                <Detail state=state selected=selected />
                <h2 class="section-title">"审核意见表"</h2>
                <div class="field-row">
                    <div class="field">
                        <label class="label" for="review-office">"审核单位"</label>
                        <input id="review-office" class="input input--short" prop:value=move || office.get() on:input=move |ev| office.set(event_target_value(&ev)) />
                    </div>
                    <div class="field">
                        <label class="label" for="review-date">"审核日期"</label>
                        <p class="hint" id="review-date-hint">"例如：2018年10月8日"</p>
                        <input id="review-date" class="input input--short" aria-describedby="review-date-hint" prop:value=move || date.get() on:input=move |ev| date.set(event_target_value(&ev)) />
                    </div>
                </div>
                <div class="actions actions--top">
                    <button type="button" class="button" id="download-review-docx" on:click=move |_| sheet(false)>"下载审核意见表（Word）"</button>
                    <button type="button" class="button button--secondary" id="download-review-csv" on:click=move |_| sheet(true)>"下载审核意见表（CSV）"</button>
                    <button type="button" class="button button--secondary" id="download-review-session" on:click=move |_| review_store::download_session(state)>
                        "保存审核记录（可继续审核）"
                    </button>
                </div>
                <MakingStatus status=making />
                <p class="hint">"审核结论和意见保存在本标签页中，重新加载页面不会丢失；关闭标签页后不再保留。请下载审核意见表；“审核记录”文件可在以后用“打开要审核的文件”打开，继续审核。"</p>
            </Show>
        </div>
    }
}

/// One row: `i` is its place in the opening order. Only its own decision is read, so recording
/// one re-renders this row alone.
fn review_row(i: usize, entry: ReviewEntry, selected: RwSignal<Option<usize>>) -> impl IntoView {
    let r = entry.reviewed;
    let is_selected = move || selected.get() == Some(i);
    match &r.outcome {
        Err(message) => view! {
            <tr class="review-row review-row--error">
                <td>{i + 1}</td>
                <td colspan="9"><strong>{r.file_name.clone()}</strong>"：" <span class="error-message">{message.clone()}</span></td>
            </tr>
        }
        .into_any(),
        Ok(o) => {
            let unit = if o.unit.is_empty() { "（未写明单位）".to_string() } else { o.unit.clone() };
            let label = format!("查看 {} 的检查结果", r.name());
            let decision = entry.decision;
            let opinion = move || decision.get().map_or("未审核", Decision::label);
            view! {
                <tr class="review-row" class:current-row=is_selected>
                    <td>{i + 1}</td>
                    <td>{unit}<span class="review-row__file">{r.file_name.clone()}</span></td>
                    <td>{o.date.clone()}</td>
                    <td>{o.source.label()}{o.source.caution().map(|_| view! { " " <strong class="tag tag--red">"注意"</strong> })}</td>
                    <td>{format!("{}%", o.report.score())}</td>
                    <td><strong class=if o.report.ready() { "tag tag--green" } else { "tag tag--red" }>{o.report.verdict()}</strong></td>
                    <td>{o.report.errors().count()}</td>
                    <td>{o.report.warnings().count()}</td>
                    <td>{opinion}</td>
                    <td><button type="button" class="button button--secondary button--small" aria-label=label
                        on:click=move |_| { selected.set(Some(i)); request_animation_frame(|| crate::ui::focus_id("review-detail")); }>"查看"</button></td>
                </tr>
            }
            .into_any()
        }
    }
}

/// One plan's findings (read-only), its decision and comments. Rebuilt only when another plan
/// is selected, so recording a decision keeps the focus where it is.
#[component]
fn Detail(state: AppState, selected: RwSignal<Option<usize>>) -> impl IntoView {
    move || selected.get().and_then(|i| detail_view(state, i))
}

fn detail_view(state: AppState, i: usize) -> Option<AnyView> {
    let entry = state.reviews.with_untracked(|l| l.get(i).cloned())?;
    let r = entry.reviewed;
    let o = r.outcome.as_ref().ok()?;
    // Handles owned by this view onto the entry's signals (they outlive it).
    let (decision, comment) = (RwSignal::from(entry.decision), RwSignal::from(entry.comment));
    let file = r.file_name.clone();
    let set_decision = move |d: Decision| {
        decision.set(Some(d));
        state.ledger.decided(file.clone(), Some(d));
    };
    let name = r.name().to_string();
    const DECISIONS: [Decision; 2] = [Decision::Approve, Decision::Return];
    Some(
        view! {
            <section class="review-detail" id="review-detail" tabindex="-1" aria-labelledby="review-detail-title">
                <h2 class="section-title" id="review-detail-title">{format!("{name} 的检查结果")}</h2>
                <p class="hint">{format!("{}：{}", r.file_name, o.title)}</p>
                {o.source.caution().map(|c| view! { <p class="notice notice--warning">{c}</p> })}
                {(!o.outline.is_empty()).then(|| view! {
                    <details class="details outline" open>
                        <summary>"程序从文档中识别出的结构"</summary>
                        <ul class="details__body outline__list">
                            {o.outline.iter().map(|l| view! { <li>{l.clone()}</li> }).collect_view()}
                        </ul>
                    </details>
                })}
                <p><strong>{format!("完整度 {}% · {}", o.report.score(), o.report.verdict())}</strong></p>
                <ul class="findings__list">
                    {o.report.findings.iter().map(|f| {
                        view! { <li class="finding">{severity_tag(f.severity())}<span>{f.place()}"："{f.message.clone()}</span><span class="finding__rule">{f.rule.id}</span></li> }
                    }).collect_view()}
                </ul>
                <fieldset class="fieldset">
                    <legend class="label">"审核结论"</legend>
                    <RadioGroup name="decision".into()
                        options=vec![("decision-approve".into(), "通过"), ("decision-return".into(), "退回修改")]
                        selected=Signal::derive(move || decision.get().and_then(|d| DECISIONS.iter().position(|x| *x == d)))
                        on_select=Callback::new(move |k: usize| set_decision(DECISIONS[k])) />
                </fieldset>
                <div class="field">
                    <label class="label" for="review-comment">"审核意见（选填）"</label>
                    <textarea id="review-comment" class="textarea" rows="3" prop:value=comment.get_untracked()
                        on:input=move |ev| comment.set(event_target_value(&ev))></textarea>
                </div>
            </section>
        }
        .into_any(),
    )
}
