//! 检查并导出: a check-answers summary of every part with a 修改 link each, the downloads
//! (plan document, filing letter, disclosure catalogue as .xlsx or CSV, plan file) and an HTML
//! preview laid out like the document (the annex on a landscape page), with a print stylesheet.

use leptos::prelude::*;

use crate::background::Job;
use crate::check::Status;
use crate::export::downloads::{Mark, Output, needs_confirmation, summary};
use crate::export::layout::{self, Block, Row, Table, sealed_signature_indents, signature_indents};
use crate::export::plan_blocks;
use crate::ui::pages::drafts::save_plan_file;
use crate::ui::pages::tasks::tag_class;
use crate::ui::state::{AppState, Page, use_app};
use crate::ui::worker::{self, Making, MakingStatus, make_download};

#[component]
pub fn ExportPage() -> impl IntoView {
    let state = use_app();
    let plan = state.plan;
    let rows = Memo::new(move |_| {
        let parts = plan.with(|p| p.parts());
        parts.into_iter().map(|part| (part, state.status(part), plan.with(|p| summary(p, part)))).collect::<Vec<_>>()
    });
    let errors = Memo::new(move |_| state.report.with(|r| r.errors().count()));
    let confirm = Memo::new(move |_| state.report.with(needs_confirmation));
    let pending = RwSignal::new(None::<Output>);
    let issued = Memo::new(move |_| plan.with(|p| p.cover.issuing_notice().is_some()));
    let making = RwSignal::new(Making::Idle);
    // The documents are made by the background worker: start it now, while the user reads.
    worker::warm();

    let start = move |output: Output| {
        // Trying to export reveals every error.
        state.reveal_all();
        if !confirm.get_untracked() {
            deliver(state, making, output, Mark::Final);
        } else {
            pending.set(Some(output));
            request_animation_frame(|| crate::ui::focus_id("export-confirm"));
        }
    };

    view! {
        <div class="page">
            <a class="back-link no-print" href=Page::Tasks.href()>"返回任务清单"</a>
            <h1 class="page-title no-print" tabindex="-1">"检查并导出"</h1>
            <div class="no-print">
                <Show when=move || { errors.get() > 0 } fallback=|| view! {
                    <p class="notice notice--ready">"检查通过，可以报备。导出文件后按要求报送备案，并在本单位门户网站公开。"</p>
                }>
                    <p class="notice notice--warning">
                        {move || format!("尚不能报备：还有 {} 个错误需要修改。", errors.get())}
                        " "<a href=Page::Check.href()>"查看检查结果"</a>
                    </p>
                </Show>

                <h2 class="section-title">"导出文件"</h2>
                <div class="actions actions--top">
                    <button type="button" class="button" id="download-plan" on:click=move |_| start(Output::Plan)>
                        {move || if issued.get() { "下载印发通知和工作方案（Word）" } else { "下载工作方案（Word）" }}
                    </button>
                    <button type="button" class="button button--secondary" id="download-letter" on:click=move |_| start(Output::Letter)>"下载报备函（Word）"</button>
                    <button type="button" class="button button--secondary" id="download-catalogue" on:click=move |_| start(Output::Catalogue)>"下载主动公开目录清单（Excel）"</button>
                    <button type="button" class="button button--secondary" id="download-catalogue-csv" on:click=move |_| start(Output::CatalogueCsv)>"目录清单（CSV）"</button>
                    <button type="button" class="button button--secondary" id="download-portal" on:click=move |_| start(Output::Portal)>"门户网站发布页面（HTML）"</button>
                    <button type="button" class="button button--secondary" id="save-plan-file-export" on:click=move |_| save_plan_file(state)>"保存工作方案文件（.json）"</button>
                    <button type="button" class="button button--secondary" on:click=move |_| { let _ = window().print(); }>"打印"</button>
                </div>
                <MakingStatus status=making />
                <Show when=move || pending.get().is_some()>
                    <div class="notice notice--warning" id="export-confirm" tabindex="-1" role="alertdialog" aria-labelledby="export-confirm-text">
                        <p id="export-confirm-text">"方案还有错误，尚不能报备。仍可导出供内部讨论的草稿，文件名将标注“（草稿）”；正式报备前请按检查结果修改。"</p>
                        <button type="button" class="button button--warning" id="export-draft"
                            on:click=move |_| { if let Some(o) = pending.get_untracked() { deliver(state, making, o, Mark::Draft); } pending.set(None); }>
                            "仍然导出草稿"
                        </button>
                        " "
                        <button type="button" class="button button--secondary" on:click=move |_| pending.set(None)>"返回修改"</button>
                    </div>
                </Show>

                <h2 class="section-title">"检查各部分内容"</h2>
                <dl class="summary-list">
                    {move || rows.get().into_iter().map(|(part, status, text)| {
                        let class = if text.is_none() { "muted" } else { "" };
                        let text = text.unwrap_or_else(|| "未填写".into());
                        view! {
                        <div class="summary-list__row">
                            <dt class="summary-list__key">{part.title()}</dt>
                            <dd class="summary-list__value">
                                <span class=class>{text}</span>
                                {(status != Status::Complete).then(|| view! { " " <strong class=tag_class(status)>{status.label()}</strong> })}
                            </dd>
                            <dd class="summary-list__actions">
                                <a href=format!("{}&from=export", Page::Part(part).href())>
                                    "修改"<span class="visually-hidden">{part.title()}</span>
                                </a>
                            </dd>
                        </div>
                    }}).collect_view()}
                </dl>

                <h2 class="section-title" id="preview-heading">"文档预览"</h2>
                <p class="hint">"按公文格式排版的预览；字体和分页以导出的 Word 文件为准。"</p>
            </div>
            <Preview />
        </div>
    }
}

fn deliver(state: AppState, making: RwSignal<Making>, output: Output, mark: Mark) {
    state.save_now();
    make_download(making, Job::Export { plan: state.plan.get_untracked(), output, mark });
}

/// The document as HTML, laid out like the exported file: the body on a portrait page, the
/// annex on a landscape one.
#[component]
fn Preview() -> impl IntoView {
    let state = use_app();
    let blocks = Memo::new(move |_| state.plan.with(plan_blocks));
    let part = move |annex: bool| {
        blocks.with(|b| {
            let at = b.iter().position(|x| matches!(x, Block::Annex(_))).unwrap_or(b.len());
            let part = if annex { &b[at..] } else { &b[..at] };
            part.iter().cloned().map(block_view).collect_view()
        })
    };
    view! {
        <article class="doc-preview" aria-labelledby="preview-heading">{move || part(false)}</article>
        <article class="doc-annex-page" aria-label="附件预览（横排页）">{move || part(true)}</article>
    }
}

/// The preview of a table: the same column widths as the document, group rows across.
fn table_view(table: Table) -> AnyView {
    let widths = layout::column_widths(&table, layout::TYPE_HEIGHT, layout::SIZE_TABLE as f32 * 10.0);
    let total: usize = widths.iter().sum();
    let columns = table.headings.len();
    view! {
        // Focusable: a wide table scrolls sideways and must be scrollable from the keyboard.
        <div class="table-wrap" tabindex="0" role="region" aria-label="附件表格">
            <table class="doc-table">
                <colgroup>{widths.into_iter().map(|w| view! { <col style:width=format!("{:.2}%", w as f32 * 100.0 / total.max(1) as f32) /> }).collect_view()}</colgroup>
                <thead><tr>{table.headings.into_iter().map(|h| view! { <th scope="col">{h}</th> }).collect_view()}</tr></thead>
                <tbody>
                    {table.rows.into_iter().map(|r| match r {
                        Row::Cells(cells) => view! { <tr>{cells.into_iter().map(|c| view! { <td>{c}</td> }).collect_view()}</tr> }.into_any(),
                        Row::Group(label) => view! { <tr class="doc-table__group"><td colspan=columns>{label}</td></tr> }.into_any(),
                        Row::Note(note) => view! { <tr><td colspan=columns>{note}</td></tr> }.into_any(),
                    }).collect_view()}
                </tbody>
            </table>
        </div>
    }
    .into_any()
}

fn block_view(block: Block) -> AnyView {
    let lines = |t: &str| crate::export::layout::paragraphs(t);
    match block {
        Block::Title(ls) => view! { <div class="doc-title">{ls.into_iter().map(|l| view! { <p>{l}</p> }).collect_view()}</div><p class="doc-blank"></p> }.into_any(),
        Block::Heading1(t) => view! { <p class="doc-h1">{t}</p> }.into_any(),
        Block::Heading2(t) => view! { <p class="doc-h2">{t}</p> }.into_any(),
        Block::Text(t) => lines(&t).into_iter().map(|l| view! { <p class="doc-p">{l}</p> }).collect_view().into_any(),
        Block::Labelled(label, t) => {
            let mut ls = lines(&t).into_iter();
            let first = format!("{label}{}", ls.next().unwrap_or_default());
            view! { <p class="doc-p">{first}</p>{ls.map(|l| view! { <p class="doc-p">{l}</p> }).collect_view()} }.into_any()
        }
        Block::Blank => view! { <p class="doc-blank"></p> }.into_any(),
        Block::Attachment(name) => view! { <p class="doc-attachment">{format!("附件：{name}")}</p> }.into_any(),
        Block::Signature { unit, date } => signature_view(unit, date, signature_indents),
        Block::SealedSignature { unit, date } => view! {
            <p class="doc-blank"></p><p class="doc-blank"></p>{signature_view(unit, date, sealed_signature_indents)}
        }
        .into_any(),
        Block::DocNumber(number) => view! { <p class="doc-line doc-line--right">{number}</p><p class="doc-blank"></p> }.into_any(),
        Block::Addressee(names) => view! { <p class="doc-line">{format!("{}：", names.trim().trim_end_matches([':', '：']))}</p> }.into_any(),
        Block::AttachmentMark => view! {
            <p class="doc-page-break" aria-hidden="true"></p>
            <p class="doc-annex-mark">"附件"</p>
            <p class="doc-blank"></p>
        }
        .into_any(),
        Block::Annex(title) => view! {
            <p class="doc-annex-mark">"附件"</p>
            <p class="doc-blank"></p>
            <div class="doc-title"><p>{title}</p></div>
        }
        .into_any(),
        Block::Table(table) => table_view(table),
    }
}

/// Unit over date, each indented from the right as the document places them.
fn signature_view(unit: String, date: String, indents: fn(&str, &str) -> (i32, i32)) -> AnyView {
    let (u, d) = indents(&unit, &date);
    let em = |twips: i32| format!("{:.2}em", twips as f32 / layout::CHAR as f32);
    view! {
        <p class="doc-sign" style:padding-right=em(u)>{unit}</p>
        <p class="doc-sign" style:padding-right=em(d)>{date}</p>
    }
    .into_any()
}
