//! 报备台账 (reviewing office): the departments expected to file and, for each, the plan received
//! (date, on time or how late, check verdict, decision) and the yearly progress reports; the
//! seven key areas with their lead departments' state; the notice date and filing period; adding
//! and removing departments, recording a progress report; the ledger downloaded as .xlsx, as a
//! GB/T 9704 summary (.docx) and as a ledger file that can be opened again. Plans opened on the
//! review page are entered here by unit ([`crate::ui::ledger_store`]).

use leptos::prelude::*;

use crate::background::Job;
use crate::model::Date;
use crate::review::ledger::{Ledger, ProgressReceipt};
use crate::ui::announce;
use crate::ui::files::{FileDrop, download};
use crate::ui::layout::PageHeader;
use crate::ui::ledger_store::{Answer, LedgerState, today};
use crate::ui::state::use_app;
use crate::ui::worker::{Making, MakingStatus, make_download};

/// Opens a saved ledger file: it replaces the ledger in this browser.
fn open_ledger(ls: LedgerState, list: Vec<gloo_file::File>, message: RwSignal<Option<(bool, String)>>) {
    let Some(file) = list.into_iter().next() else { return };
    leptos::task::spawn_local(async move {
        let name = file.name();
        let bytes = match gloo_file::futures::read_as_bytes(&file).await {
            Ok(bytes) => bytes,
            Err(_) => return message.set(Some((true, format!("“{name}”无法读取。台账没有任何改动。")))),
        };
        match Ledger::from_file(&bytes) {
            Some(Ok(ledger)) => {
                ls.replace(ledger).await;
                message.set(Some((false, format!("已打开台账文件“{name}”。"))));
            }
            Some(Err(e)) => message.set(Some((true, format!("“{name}”无法打开：{e}台账没有任何改动。")))),
            None => message.set(Some((true, format!("“{name}”不是报备台账文件。台账没有任何改动。")))),
        }
    });
}

#[component]
pub fn LedgerPage() -> impl IntoView {
    let state = use_app();
    // Files are made (and read) by the background worker: start it while the user works.
    crate::ui::worker::warm();
    let ls = state.ledger;
    ls.load();
    let ledger = ls.ledger;
    let message = RwSignal::new(None::<(bool, String)>);
    let office = RwSignal::new("省府办公厅".to_string());
    let making = RwSignal::new(Making::Idle);
    let new_name = RwSignal::new(String::new());
    let report_department = RwSignal::new(0usize);
    let report_year = RwSignal::new((today().year() - 1).to_string());
    let report_date = RwSignal::new(String::new());
    let report_error = RwSignal::new(None::<String>);

    let rows = move || ledger.with(|l| l.rows(today()));
    let deadline =
        move || ledger.with(|l| l.deadline().map(Date::chinese).unwrap_or_else(|| "（请检查通知日期）".into()));
    let add = move || {
        let name = new_name.get_untracked().trim().to_string();
        if name.is_empty() {
            return message.set(Some((true, "请填写要加入台账的单位名称。".into())));
        }
        new_name.set(String::new());
        ls.change(move |l| {
            l.add_department(&name);
        });
        announce("已加入台账");
    };
    let record_report = move || {
        let year = report_year.get_untracked().trim().parse::<i32>().ok().filter(|y| (2000..=2999).contains(y));
        let Some(year) = year else {
            return report_error.set(Some("请填写报告所属年度，例如 2018".into()));
        };
        let received = match Date::parse(&report_date.get_untracked()) {
            Ok(d) => d.iso(),
            Err(e) => return report_error.set(Some(format!("收到日期：{}", e.message()))),
        };
        report_error.set(None);
        let i = report_department.get_untracked();
        ls.change(move |l| l.record_report(i, ProgressReceipt { year, received, file: String::new() }));
        announce("已登记进展报告");
    };
    let set_notice = move |date: Option<String>, months: Option<u32>| {
        ls.change(move |l| {
            if let Some(date) = date {
                l.notice_date = Date::parse(&date).map(Date::iso).unwrap_or(date);
            }
            if let Some(months) = months {
                l.period_months = months;
            }
        })
    };

    view! {
        <div class="page">
            <PageHeader title="报备台账" />
            <p class="lead">
                "记录各单位工作方案的报送、审核和每年进展报告的报送情况。在“"<a href="?page=review">"审核"</a>"”中打开的方案按单位名称自动登记；名称不完全一致时会先询问。台账保存在本浏览器中，也可以下载台账文件备份或交给同事。"
            </p>
            {move || message.get().map(|(is_error, text)| view! {
                <div class=if is_error { "notice notice--error" } else { "notice" } role="alert">{text}</div>
            })}
            {move || ls.error.get().map(|text| view! {
                <div class="notice notice--error" role="alert">
                    <p>{text}</p>
                    {move || ls.damaged.get().map(|raw| view! {
                        <div class="actions">
                            <button type="button" class="button button--secondary" id="ledger-download-damaged"
                                on:click=move |_| download("报备台账（原内容）.json", "application/json", raw.as_bytes())>"下载原内容"</button>
                            <button type="button" class="button button--secondary" id="ledger-reset"
                                on:click=move |_| leptos::task::spawn_local(async move { ls.replace(Ledger::default()).await })>"重新开始（使用默认台账）"</button>
                        </div>
                    })}
                </div>
            })}

            <div class="field-row">
                <div class="field">
                    <label class="label" for="ledger-notice-date">"通知印发日期"</label>
                    <input id="ledger-notice-date" class="input input--short" prop:value=move || ledger.with(|l| Date::written(&l.notice_date))
                        on:change=move |ev| set_notice(Some(event_target_value(&ev)), None) />
                </div>
                <div class="field">
                    <label class="label" for="ledger-period">"报备期限（月）"</label>
                    <input id="ledger-period" class="input input--short" type="number" min="1" max="24"
                        prop:value=move || ledger.with(|l| l.period_months.to_string())
                        on:change=move |ev| { if let Ok(m) = event_target_value(&ev).trim().parse::<u32>() { set_notice(None, Some(m.clamp(1, 24))) } } />
                </div>
            </div>
            <p id="ledger-summary"><strong>{move || format!("报备截止日期：{}（最后一天报送的按时）", deadline())}</strong></p>

            <div class="table-wrap" tabindex="0" role="region" aria-label="各单位报备情况">
                <table class="table ledger-table" id="ledger-table">
                    <thead><tr>
                        {Ledger::HEADINGS.iter().map(|h| view! { <th scope="col">{*h}</th> }).collect_view()}
                        <th scope="col"><span class="visually-hidden">"操作"</span></th>
                    </tr></thead>
                    <tbody>
                        {move || rows().into_iter().enumerate().map(|(i, row)| {
                            let name = row[1].clone();
                            view! {
                                <tr>
                                    {row.into_iter().map(|cell| view! { <td>{cell}</td> }).collect_view()}
                                    <td><button type="button" class="button button--secondary button--small"
                                        aria-label=format!("从台账中删除 {name}")
                                        on:click=move |_| ls.change(move |l| { if i < l.departments.len() { l.departments.remove(i); } })>"删除"</button></td>
                                </tr>
                            }
                        }).collect_view()}
                    </tbody>
                </table>
            </div>
            <div class="field-row">
                <div class="field">
                    <label class="label" for="ledger-new">"加入单位"</label>
                    <input id="ledger-new" class="input" prop:value=move || new_name.get()
                        on:input=move |ev| new_name.set(event_target_value(&ev))
                        on:keydown=move |ev| { if ev.key() == "Enter" { add() } } />
                </div>
                <div class="field field--action">
                    <button type="button" class="button button--secondary" id="ledger-add" on:click=move |_| add()>"加入台账"</button>
                </div>
            </div>

            <h2 class="section-title">"重点领域牵头单位"</h2>
            <div class="table-wrap" tabindex="0" role="region" aria-label="重点领域牵头单位">
                <table class="table" id="ledger-areas">
                    <thead><tr><th scope="col">"重点领域"</th><th scope="col">"牵头单位及报备情况"</th></tr></thead>
                    <tbody>
                        {move || ledger.with(|l| l.areas(today())).into_iter().map(|(area, leads)| view! {
                            <tr>
                                <td>{area.label()}</td>
                                <td>{if leads.is_empty() { "（台账中没有牵头单位）".to_string() } else {
                                    leads.iter().map(|l| format!("{}：{}", l.department, l.state)).collect::<Vec<_>>().join("；")
                                }}</td>
                            </tr>
                        }).collect_view()}
                    </tbody>
                </table>
            </div>

            <h2 class="section-title">"登记年度进展报告"</h2>
            <p class="hint">"各单位每年2月底前报送上一年度的工作进展情况。"</p>
            {move || report_error.get().map(|e| view! { <p class="error-message" role="alert">{e}</p> })}
            <div class="field-row">
                <div class="field">
                    <label class="label" for="report-department">"单位"</label>
                    <select id="report-department" class="select"
                        on:change=move |ev| report_department.set(event_target_value(&ev).parse().unwrap_or(0))>
                        {move || ledger.with(|l| l.departments.iter().enumerate().map(|(i, d)| view! {
                            <option value=i.to_string() selected=move || report_department.get() == i>{d.name.clone()}</option>
                        }).collect_view())}
                    </select>
                </div>
                <div class="field">
                    <label class="label" for="report-year">"报告年度"</label>
                    <input id="report-year" class="input input--short" inputmode="numeric" prop:value=move || report_year.get()
                        on:input=move |ev| report_year.set(event_target_value(&ev)) />
                </div>
                <div class="field">
                    <label class="label" for="report-date">"收到日期"</label>
                    <input id="report-date" class="input input--short" placeholder="2019年2月25日" prop:value=move || report_date.get()
                        on:input=move |ev| report_date.set(event_target_value(&ev)) />
                </div>
                <div class="field field--action">
                    <button type="button" class="button button--secondary" id="report-record" on:click=move |_| record_report()>"登记"</button>
                </div>
            </div>

            <h2 class="section-title">"下载和备份"</h2>
            <div class="field">
                <label class="label" for="ledger-office">"汇总单位"</label>
                <input id="ledger-office" class="input input--short" prop:value=move || office.get() on:input=move |ev| office.set(event_target_value(&ev)) />
            </div>
            <div class="actions actions--top">
                <button type="button" class="button" id="ledger-docx"
                    on:click=move |_| make_download(making, Job::LedgerSummary { ledger: ledger.get_untracked(), office: office.get_untracked(), today: today() })>
                    "下载报备情况汇总表（Word）"
                </button>
                <button type="button" class="button button--secondary" id="ledger-xlsx"
                    on:click=move |_| make_download(making, Job::LedgerWorkbook { ledger: ledger.get_untracked(), office: office.get_untracked(), today: today() })>
                    "下载台账（Excel）"
                </button>
                <button type="button" class="button button--secondary" id="ledger-save"
                    on:click=move |_| download("报备台账.json", "application/json", ledger.with_untracked(Ledger::to_file).as_slice())>
                    "保存台账文件"
                </button>
                <FileDrop id="ledger-open" label="打开台账文件…" accept=".json,application/json"
                    drop_text="也可以把台账文件拖到这里" on_files=Callback::new(move |list| open_ledger(ls, list, message)) />
            </div>
            <MakingStatus status=making />
        </div>
    }
}

/// On the review page: the plans whose unit matches no ledger entry exactly, each with the
/// entries it may be, adding it, or leaving it out of the ledger.
#[component]
pub fn LedgerQuestions() -> impl IntoView {
    let ls = use_app().ledger;
    ls.load();
    move || {
        ls.questions
            .get()
            .into_iter()
            .map(|q| {
                let id = q.id;
                let unit = if q.receipt.unit.is_empty() {
                    "（未写明单位）".to_string()
                } else {
                    q.receipt.unit.clone()
                };
                let ask = if q.candidates.is_empty() {
                    format!("“{}”的单位“{unit}”不在报备台账中。", q.receipt.file)
                } else {
                    format!("“{}”的单位“{unit}”与报备台账中的名称不完全一致，是下面哪个单位？", q.receipt.file)
                };
                view! {
                    <div class="notice ledger-question" role="group" aria-label="登记到报备台账">
                        <p>{ask}</p>
                        <div class="actions">
                            {q.candidates.into_iter().map(|(i, name)| view! {
                                <button type="button" class="button button--secondary button--small"
                                    on:click=move |_| ls.answer(id, Answer::Entry(i))>{format!("是{name}")}</button>
                            }).collect_view()}
                            {(!q.receipt.unit.trim().is_empty()).then(|| view! {
                                <button type="button" class="button button--secondary button--small"
                                    on:click=move |_| ls.answer(id, Answer::Add)>"作为新单位加入台账"</button>
                            })}
                            <button type="button" class="button button--secondary button--small"
                                on:click=move |_| ls.answer(id, Answer::Skip)>"不登记"</button>
                        </div>
                    </div>
                }
            })
            .collect_view()
    }
}
