//! The overview: a task list of every part of the plan with its status, grouped by the
//! template's sections; every row is a link (GOV.UK task-list pattern).

use leptos::prelude::*;

use crate::check::Status;
use crate::model::Part;
use crate::model::parts::Group;
use crate::ui::layout::PageHeader;
use crate::ui::pages::drafts::save_plan_file;
use crate::ui::state::{Page, use_app};

pub fn tag_class(s: Status) -> &'static str {
    match s {
        Status::NotStarted => "tag tag--grey",
        Status::InProgress => "tag tag--blue",
        Status::Problem => "tag tag--red",
        Status::Complete => "tag tag--green",
    }
}

#[component]
pub fn TasksPage() -> impl IntoView {
    let state = use_app();
    let rows = Memo::new(move |_| {
        let parts = state.plan.with(|plan| plan.parts());
        parts.into_iter().map(|part| (part, state.status(part))).collect::<Vec<_>>()
    });
    let counts = move || rows.with(|r| (r.iter().filter(|(_, s)| *s == Status::Complete).count(), r.len()));
    let resume = move || rows.with(|r| r.iter().find(|(_, s)| *s != Status::Complete).map(|(part, _)| *part));
    let group = move |g: Group| {
        let items = move || {
            rows.get()
                .into_iter()
                .filter(|(part, _)| part.group() == g)
                .map(|(part, progress)| task_row(part, progress))
                .collect_view()
        };
        view! {
            <li class="task-group">
                <h2 class="task-group__heading">{g.heading()}</h2>
                <ul class="task-list">{items}</ul>
            </li>
        }
    };
    view! {
        <div class="page page--narrow">
            <PageHeader title="工作方案编制任务清单" />
            <p class="lead">
                "按照《工作方案模板》逐项填写。每一部分填写完成后状态显示为“已完成”，表示该部分已填写，"
                "并不表示方案已报备；报备需要在导出文件后另行报送。"
            </p>
            <p class="progress-summary">
                {move || { let (done, all) = counts(); format!("已完成 {done} / {all} 个部分") }}
            </p>
            {move || resume().map(|part| view! {
                <p><a class="button button--secondary" href=Page::Part(part).href()>
                    {format!("继续填写：{}", part.title())}
                </a></p>
            })}
            <ol class="task-groups">
                {Group::ALL.map(group).collect_view()}
                <li class="task-group">
                    <h2 class="task-group__heading">"检查并导出"</h2>
                    <ul class="task-list">
                        <li class="task">
                            <a class="task__link" href=Page::Export.href()>
                                <span class="task__name">"检查全部内容，导出工作方案、报备函和目录清单"</span>
                            </a>
                        </li>
                    </ul>
                </li>
                <li class="task-group">
                    <h2 class="task-group__heading">"报备之后"</h2>
                    <ul class="task-list">
                        <li class="task">
                            <a class="task__link" href=Page::Progress.href()>
                                <span class="task__name">"年度工作进展"</span>
                                <span class="task__hint">"每年2月底前报送上一年度进展情况"</span>
                            </a>
                            {move || state.plan.with(|p| p.progress.last().map(|y| y.year)).map(|y| view! {
                                <span class="task__hint">{format!("已记录 {y} 年度")}</span>
                            })}
                        </li>
                    </ul>
                </li>
            </ol>
            <p class="notice notice--quiet">
                "草稿只保存在本浏览器中。建议随时把方案保存为文件备份："
                <button type="button" class="button button--secondary button--small" on:click=move |_| save_plan_file(state)>
                    "保存工作方案文件"
                </button>
                " "
                <a href=Page::Drafts.href()>"管理草稿和文件"</a>
            </p>
        </div>
    }
}

fn task_row(part: Part, status: Status) -> impl IntoView {
    let status_id = format!("status-{}", part.slug());
    let described_by = status_id.clone();
    view! {
        <li class="task">
            <a class="task__link" href=Page::Part(part).href() aria-describedby=described_by>
                <span class="task__name">{part.title()}</span>
                <strong class=tag_class(status) id=status_id>{status.label()}</strong>
            </a>
        </li>
    }
}
