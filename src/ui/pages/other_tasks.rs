//! 其他相关任务: the template's three examples offered with one click, the unit's own tasks, each
//! with its text, responsible units and 完成时限; move up/down and delete with undo (the shared
//! list of [`crate::ui::entries`]).

use leptos::prelude::*;

use crate::catalogue::{EXAMPLE_TASKS, ExampleTask};
use crate::check::{Field, TaskField};
use crate::model::{OtherTask, Part};
use crate::ui::checks::error_signal;
use crate::ui::entries::{EntryCard, EntryList, UndoNotice};
use crate::ui::fields::{TextArea, TextInput};
use crate::ui::layout::PartFrame;
use crate::ui::state::use_app;
use crate::ui::units::{UnitList, UnitNames, UnitRole, UnitsOwner};

#[component]
pub fn OtherTasksPage() -> impl IntoView {
    let state = use_app();
    let plan = state.plan;
    let tasks = EntryList::<OtherTask>::new(state, ());
    let taken = Memo::new(move |_| {
        plan.with(|p| p.tasks.other_tasks.iter().filter_map(|t| t.suggestion.clone()).collect::<Vec<_>>())
    });
    let example = move |ex: &'static ExampleTask| {
        let taken = Memo::new(move |_| taken.with(|t| t.iter().any(|k| k == ex.key)));
        view! {
            <li class="suggestion">
                <div class="suggestion__text">
                    <strong>{ex.title}</strong>
                    <span class="hint">{ex.text}</span>
                </div>
                <button type="button" class="button button--secondary button--small"
                    disabled=move || taken.get()
                    aria-label=move || format!("{}：{}", if taken.get() { "已采用" } else { "采用" }, ex.title)
                    on:click=move |_| tasks.add(plan.with_untracked(|p| ex.to_task(&p.cover.department_name(), p.fresh_id())))>
                    {move || if taken.get() { "已采用" } else { "采用" }}
                </button>
            </li>
        }
    };

    view! {
        <PartFrame part=Part::OtherTasks>
            <UnitNames state=state />
            <h2 class="section-title">"模板列出的任务"</h2>
            <ul class="suggestions">{EXAMPLE_TASKS.iter().map(example).collect_view()}</ul>

            <h2 class="section-title">{move || format!("本单位承担的其他任务（{} 项）", tasks.ids.with(Vec::len))}</h2>
            <UndoNotice list=tasks />
            <For each=move || tasks.ids.get() key=|id| *id let:id>
                <TaskCard tasks=tasks id=id />
            </For>
            <Show when=move || tasks.ids.with(Vec::is_empty)>
                <p class="empty">"还没有任务。可采用上面的任务，或添加本单位的其他任务。"</p>
            </Show>
            <p>
                <button type="button" class="button button--secondary" id="add-own-task" on:click=move |_| tasks.add(tasks.blank())>
                    "＋ 添加本单位的其他任务"
                </button>
            </p>
        </PartFrame>
    }
}

#[component]
fn TaskCard(tasks: EntryList<OtherTask>, id: u32) -> impl IntoView {
    let state = tasks.state;
    let entry = tasks.entry(id);
    let p = entry.dom_id();
    let heading_id = format!("{p}-heading");
    let error = move |field: TaskField| error_signal(state, Field::Task { id, field });
    view! {
        <EntryCard entry=entry labelled_by=heading_id.clone()
            head=Box::new(move || view! { <h3 class="item__title" id=heading_id>{move || format!("任务 {}", entry.number())}</h3> }.into_any())>
            <div class="item__body">
                <TextInput id=format!("{p}-title") label="任务名称".into() lens=entry.lens(|t| &t.title, |t, v| t.title = v)
                    error=error(TaskField::Title) />
                <TextArea id=format!("{p}-text") label="任务内容".into() lens=entry.lens(|t| &t.text, |t, v| t.text = v) rows=3
                    error=error(TaskField::Text) />
                <UnitList state=state owner=UnitsOwner::Task(id) role=UnitRole::Lead id_prefix=p.clone()
                    error=error(TaskField::Leads) />
                <UnitList state=state owner=UnitsOwner::Task(id) role=UnitRole::Partner id_prefix=p.clone() />
                <TextInput id=format!("{p}-deadline") label="完成时限".into() optional=true width="input--short"
                    hint="写入附件责任分工表，如：2018年12月底前、长期坚持"
                    lens=entry.lens(|t| &t.deadline, |t, v| t.deadline = v) />
            </div>
        </EntryCard>
    }
}
