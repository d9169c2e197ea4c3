//! 年度工作进展: the plan's year after filing. For a chosen year, every disclosure item's status
//! (with the reason where needed), where it was published, how many pieces of information and a
//! note; every other task's progress; the report's four parts, 主送 and date; the computed figures;
//! the report's findings (PROGRESS-* rules, an error summary linking to the fields); the report as
//! .docx and the paragraph for the 政府信息公开年度报告. Everything is part of the plan (autosaved).

use leptos::prelude::*;

use crate::background::Job;
use crate::check::progress::{Finding, REPORT_PARTS, Target, check_year};
use crate::export::progress_report::{annual_report_paragraph, figures_sentence};
use crate::model::progress::{ItemProgress, Status, YearProgress};
use crate::model::{Date, Plan};
use crate::ui::announce;
use crate::ui::fields::{Lens, RadioGroup, TextArea, TextInput};
use crate::ui::layout::PageHeader;
use crate::ui::state::{AppState, use_app};
use crate::ui::worker::{Making, MakingStatus, make_download};

/// The years offered: from the plan's year (or the notice's) to this year.
fn years(plan: &Plan) -> Vec<i32> {
    let now = crate::ui::ledger_store::today().year();
    let first =
        plan.cover.plan_date().or_else(|| Date::parse(&plan.cover.notice.date).ok()).map_or(now - 1, |d| d.year());
    let mut years: Vec<i32> = (first.min(now)..=now).collect();
    years.extend(plan.progress.iter().map(|p| p.year));
    years.sort();
    years.dedup();
    years
}

/// The year shown first: the latest with a record, else last year (within the offered years).
fn first_year(plan: &Plan) -> i32 {
    let offered = years(plan);
    plan.progress.last().map(|p| p.year).unwrap_or_else(|| {
        let last = crate::ui::ledger_store::today().year() - 1;
        offered.iter().copied().filter(|y| *y <= last).max().unwrap_or(offered[0])
    })
}

/// A lens on one text of an item's record of `year`.
fn item_lens(state: AppState, year: i32, id: u32, field: fn(&mut ItemProgress) -> &mut String) -> Lens {
    Lens::computed(
        state,
        move |p| {
            let mut record = p.progress_of(year).and_then(|y| y.item(id)).cloned().unwrap_or_default();
            field(&mut record).clone()
        },
        move |p, v| *field(p.progress_mut(year).item_mut(id)) = v,
    )
}

/// A lens on one text of the year's record.
fn year_lens(state: AppState, year: i32, field: fn(&mut YearProgress) -> &mut String) -> Lens {
    Lens::computed(
        state,
        move |p| field(&mut p.year_progress(year).into_owned()).clone(),
        move |p, v| *field(p.progress_mut(year)) = v,
    )
}

fn item_id(id: u32, field: &str) -> String {
    format!("progress-item-{id}-{field}")
}

/// Where a finding's link leads.
fn target_id(f: &Finding) -> String {
    match f.target {
        Target::Item(id) if f.rule.id == "PROGRESS-STATUS" => format!("{}-0", item_id(id, "status")),
        Target::Item(id) if f.rule.id == "PROGRESS-REASON" => item_id(id, "reason"),
        Target::Item(id) if f.rule.id == "PROGRESS-COUNT" => item_id(id, "count"),
        Target::Item(id) => item_id(id, "place"),
        Target::Report(id) => id.to_string(),
    }
}

/// One item's record: status, reason, place, count, note.
fn item_view(state: AppState, year: i32, id: u32, name: String, findings: Memo<Vec<Finding>>) -> impl IntoView {
    let status = Signal::derive(move || {
        state.plan.with(|p| p.progress_of(year).and_then(|y| y.item(id)).and_then(|r| r.status))
    });
    let error = move |rule: &'static str| {
        Signal::derive(move || {
            findings.with(|f| {
                f.iter().find(|f| f.target == Target::Item(id) && f.rule.id == rule).map(|f| f.message.clone())
            })
        })
    };
    let options =
        Status::ALL.iter().enumerate().map(|(i, s)| (format!("{}-{i}", item_id(id, "status")), s.label())).collect();
    view! {
        <fieldset class="fieldset progress-item">
            <legend class="label">{name}</legend>
            {move || error("PROGRESS-STATUS").get().map(|m| view! { <p class="error-message">{m}</p> })}
            <div class="radio-row">
                <RadioGroup name=item_id(id, "status") options=options
                    selected=Signal::derive(move || status.get().and_then(|s| Status::ALL.iter().position(|x| *x == s)))
                    on_select=Callback::new(move |k: usize| state.edit(|p| p.progress_mut(year).item_mut(id).status = Some(Status::ALL[k]))) />
            </div>
            <Show when=move || status.get().is_some_and(Status::needs_reason)>
                <TextArea id=item_id(id, "reason") label="原因".into() rows=2
                    lens=item_lens(state, year, id, |r| &mut r.reason) error=error("PROGRESS-REASON") />
            </Show>
            <div class="field-row">
                <TextInput id=item_id(id, "place") label="公开栏目或网址".into()
                    hint="例如：门户网站“信息公开—社会救助”专栏，或 http://www.example.gov.cn/xxgk/"
                    optional=true lens=item_lens(state, year, id, |r| &mut r.place) error=error("PROGRESS-PLACE") />
                <TextInput id=item_id(id, "count") label="全年公开信息数（条）".into() optional=true width="input--short"
                    lens=item_lens(state, year, id, |r| &mut r.count) error=error("PROGRESS-COUNT") />
            </div>
            <TextInput id=item_id(id, "note") label="备注".into() optional=true lens=item_lens(state, year, id, |r| &mut r.note) />
        </fieldset>
    }
}

/// The form of one year.
fn year_view(state: AppState, year: i32) -> impl IntoView {
    let findings = Memo::new(move |_| state.plan.with(|p| check_year(p, &p.year_progress(year))));
    let shown = RwSignal::new(false);
    let figures = move || state.plan.with(|p| figures_sentence(p, &p.year_progress(year)));
    let paragraph = move || state.plan.with(|p| annual_report_paragraph(p, &p.year_progress(year)));
    let report_error = move |id: &'static str| {
        Signal::derive(move || {
            if !shown.get() {
                return None;
            }
            findings.with(|f| f.iter().find(|f| f.target == Target::Report(id)).map(|f| f.message.clone()))
        })
    };
    let areas = state.plan.with_untracked(|p| {
        p.selected_areas()
            .map(|a| (a.area.label(), a.items.iter().map(|i| (i.id, i.name.trim().to_string())).collect::<Vec<_>>()))
            .collect::<Vec<_>>()
    });
    let tasks: Vec<(u32, String)> =
        state.plan.with_untracked(|p| p.tasks.other_tasks.iter().map(|t| (t.id, t.title.trim().to_string())).collect());
    let item_findings = Memo::new(move |_| if shown.get() { findings.get() } else { Vec::new() });
    let check = move || {
        shown.set(true);
        let n = findings.with(|f| f.iter().filter(|f| f.rule.severity == crate::check::Severity::Error).count());
        if n == 0 {
            announce("检查通过");
        }
        request_animation_frame(|| crate::ui::focus_id("progress-check"));
    };
    let making = RwSignal::new(Making::Idle);
    let download_report = move || make_download(making, Job::ProgressReport { plan: state.plan.get_untracked(), year });
    view! {
        <p class="notice notice--quiet" id="progress-figures">{figures}</p>
        <h2 class="section-title">"公开事项落实情况"</h2>
        {areas.into_iter().map(|(label, items)| view! {
            <h3 class="subsection-title">{format!("{label}领域")}</h3>
            {if items.is_empty() {
                view! { <p class="hint">"本领域没有公开事项。"</p> }.into_any()
            } else {
                items.into_iter().map(|(id, name)| {
                    let name = if name.is_empty() { "（未命名事项）".to_string() } else { name };
                    item_view(state, year, id, name, item_findings)
                }).collect_view().into_any()
            }}
        }).collect_view()}
        {(!tasks.is_empty()).then(|| view! {
            <h2 class="section-title">"其他相关任务完成情况"</h2>
            {tasks.into_iter().map(|(id, title)| {
                let lens = Lens::computed(state,
                    move |p| p.progress_of(year).map(|y| y.task_done(id).to_string()).unwrap_or_default(),
                    move |p, v| p.progress_mut(year).set_task_done(id, v));
                view! { <TextArea id=format!("progress-task-{id}") label=title rows=2 optional=true lens=lens /> }
            }).collect_view()}
        })}
        <h2 class="section-title">"进展情况报告"</h2>
        {REPORT_PARTS.into_iter().map(|(id, label)| {
            let lens = match id {
                "progress-overall" => year_lens(state, year, |y| &mut y.overall),
                "progress-practice" => year_lens(state, year, |y| &mut y.practice),
                "progress-problems" => year_lens(state, year, |y| &mut y.problems),
                _ => year_lens(state, year, |y| &mut y.next_steps),
            };
            view! { <TextArea id=id.to_string() label=label.to_string() rows=4 lens=lens error=report_error(id) /> }
        }).collect_view()}
        <div class="field-row">
            <TextInput id="progress-addressee".into() label="主送".into() optional=true
                hint=format!("不填写时为“{}”", state.plan.with_untracked(|p| p.cover.notice.recipient.clone()))
                lens=year_lens(state, year, |y| &mut y.addressee) />
            <TextInput id="progress-date".into() label="报告日期".into() width="input--short"
                hint=format!("应在{}年2月底前报送，例如 {}年2月20日", year + 1, year + 1)
                lens=year_lens(state, year, |y| &mut y.date) error=report_error("progress-date") />
        </div>
        <div class="actions actions--top">
            <button type="button" class="button button--secondary" id="progress-check-button" on:click=move |_| check()>"检查报告"</button>
            <button type="button" class="button" id="download-progress-report" on:click=move |_| download_report()>"下载进展情况报告（Word）"</button>
        </div>
        <MakingStatus status=making />
        <Show when=move || shown.get()>
            <div id="progress-check" tabindex="-1">
                {move || {
                    let list = findings.get();
                    if list.is_empty() {
                        view! { <p class="notice notice--ready">"报告检查通过。"</p> }.into_any()
                    } else {
                        view! {
                            <div class="error-summary" role="alert" aria-labelledby="progress-check-title">
                                <h2 class="error-summary__title" id="progress-check-title">{format!("报告存在以下问题（{} 项）", list.len())}</h2>
                                <ul class="error-summary__list">
                                    {list.into_iter().map(|f| {
                                        let target = target_id(&f);
                                        let focus = target.clone();
                                        view! { <li><a href=format!("#{target}") on:click=move |ev| { ev.prevent_default(); crate::ui::focus_id(&focus); }>
                                            {format!("{}{}", if f.rule.severity == crate::check::Severity::Warning { "提示：" } else { "" }, f.message)}
                                        </a></li> }
                                    }).collect_view()}
                                </ul>
                            </div>
                        }.into_any()
                    }
                }}
            </div>
        </Show>
        <h2 class="section-title">"写入政府信息公开年度报告的段落"</h2>
        <p class="hint">"可复制到本单位政府信息公开年度报告的相应部分。"</p>
        <textarea class="textarea" id="progress-paragraph" rows="4" readonly aria-label="写入政府信息公开年度报告的段落" prop:value=paragraph></textarea>
    }
}

#[component]
pub fn ProgressPage() -> impl IntoView {
    let state = use_app();
    // Files are made (and read) by the background worker: start it while the user works.
    crate::ui::worker::warm();
    let year = RwSignal::new(state.plan.with_untracked(first_year));
    let offered = Memo::new(move |_| state.plan.with(years));
    view! {
        <div class="page page--narrow">
            <PageHeader title="年度工作进展" back=true />
            <p class="lead">
                "方案报备后，每年2月底前向省府办公厅报送上一年度的工作进展情况，并在本单位政府信息公开年度报告中公开。"
                "在这里按年度记录每个公开事项的落实情况，生成进展情况报告。内容随方案自动保存。"
            </p>
            <div class="field">
                <label class="label" for="progress-year">"年度"</label>
                <select id="progress-year" class="select" on:change=move |ev| {
                    if let Ok(y) = event_target_value(&ev).parse() { year.set(y) }
                }>
                    {move || offered.get().into_iter().map(|y| view! {
                        <option value=y.to_string() selected=move || year.get() == y>{format!("{y}年度")}</option>
                    }).collect_view()}
                </select>
            </div>
            {move || { let y = year.get(); view! { <div class="progress-year">{year_view(state, y)}</div> } }}
        </div>
    }
}
