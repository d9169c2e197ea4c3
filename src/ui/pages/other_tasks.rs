//! 其他相关任务: the template's three examples offered with one click, the unit's own tasks, each
//! with its text, responsible units and 完成时限; move up/down and delete with undo.

use leptos::prelude::*;

use crate::catalogue::{EXAMPLE_TASKS, ExampleTask};
use crate::check::{Field, TaskField};
use crate::model::ops::{self, Removed};
use crate::model::{OtherTask, Part, Plan};
use crate::ui::checks::error_signal;
use crate::ui::fields::{Lens, MoveButtons, TextArea, TextInput, focus_after_move};
use crate::ui::layout::PartFrame;
use crate::ui::state::{AppState, use_app};
use crate::ui::units::{UnitList, UnitNames, UnitRole, UnitsOwner};
use crate::ui::{announce, focus_id};

fn find(plan: &Plan, id: u32) -> Option<&OtherTask> {
    plan.tasks.other_tasks.iter().find(|t| t.id == id)
}

fn task_lens(state: AppState, id: u32, read: fn(&OtherTask) -> &str, write: fn(&mut OtherTask, String)) -> Lens {
    Lens::computed(
        state,
        move |p| find(p, id).map(|t| read(t).to_string()).unwrap_or_default(),
        move |p, v| {
            if let Some(t) = p.tasks.other_tasks.iter_mut().find(|t| t.id == id) {
                write(t, v);
            }
        },
    )
}

#[component]
pub fn OtherTasksPage() -> impl IntoView {
    let state = use_app();
    let plan = state.plan;
    let deleted = RwSignal::new(None::<Removed<OtherTask>>);
    let ids = Memo::new(move |_| plan.with(|p| p.tasks.other_tasks.iter().map(|t| t.id).collect::<Vec<_>>()));

    let add = move |task: OtherTask| {
        let id = task.id;
        state.edit(|p| p.tasks.other_tasks.push(task));
        announce("已添加任务，可继续修改");
        request_animation_frame(move || focus_id(&format!("task-{id}-title")));
    };
    let example = move |ex: &'static ExampleTask| {
        let taken = Memo::new(move |_| {
            plan.with(|p| p.tasks.other_tasks.iter().any(|t| t.suggestion.as_deref() == Some(ex.key)))
        });
        view! {
            <li class="suggestion">
                <div class="suggestion__text">
                    <strong>{ex.title}</strong>
                    <span class="hint">{ex.text}</span>
                </div>
                <button type="button" class="button button--secondary button--small"
                    disabled=move || taken.get()
                    aria-label=move || format!("{}：{}", if taken.get() { "已采用" } else { "采用" }, ex.title)
                    on:click=move |_| add(plan.with_untracked(|p| ex.to_task(&p.cover.unit, p.fresh_id())))>
                    {move || if taken.get() { "已采用" } else { "采用" }}
                </button>
            </li>
        }
    };
    let add_own = move |_| {
        add(plan.with_untracked(|p| OtherTask {
            id: p.fresh_id(),
            units: crate::model::Units {
                leads: if p.cover.unit.trim().is_empty() {
                    vec![String::new()]
                } else {
                    vec![p.cover.unit.trim().into()]
                },
                partners: vec![],
            },
            ..OtherTask::default()
        }))
    };
    let undo = move |_| {
        if let Some(removed) = deleted.get_untracked() {
            let id = removed.entry.id;
            state.edit(|p| ops::restore_entry(&mut p.tasks.other_tasks, removed));
            deleted.set(None);
            announce("已恢复任务");
            request_animation_frame(move || focus_id(&format!("task-{id}-title")));
        }
    };

    view! {
        <PartFrame part=Part::OtherTasks>
            <UnitNames state=state />
            <h2 class="section-title">"模板列出的任务"</h2>
            <ul class="suggestions">{EXAMPLE_TASKS.iter().map(example).collect_view()}</ul>

            <h2 class="section-title">{move || format!("本单位承担的其他任务（{} 项）", ids.with(Vec::len))}</h2>
            <Show when=move || deleted.with(|d| d.is_some())>
                <div class="notice notice--undo" role="status">
                    <span>{move || deleted.with(|d| d.as_ref().map(|r| format!("已删除任务“{}”。", r.entry.title)).unwrap_or_default())}</span>
                    <button type="button" class="button button--secondary button--small" id="undo-delete" on:click=undo>"撤销删除"</button>
                </div>
            </Show>
            <For each=move || ids.get() key=|id| *id let:id>
                <TaskCard state=state id=id deleted=deleted />
            </For>
            <Show when=move || ids.with(Vec::is_empty)>
                <p class="empty">"还没有任务。可采用上面的任务，或添加本单位的其他任务。"</p>
            </Show>
            <p>
                <button type="button" class="button button--secondary" id="add-own-task" on:click=add_own>
                    "＋ 添加本单位的其他任务"
                </button>
            </p>
        </PartFrame>
    }
}

#[component]
fn TaskCard(state: AppState, id: u32, deleted: RwSignal<Option<Removed<OtherTask>>>) -> impl IntoView {
    let plan = state.plan;
    let position = Memo::new(move |_| plan.with(|p| p.tasks.other_tasks.iter().position(|t| t.id == id)));
    let count = Memo::new(move |_| plan.with(|p| p.tasks.other_tasks.len()));
    let number = move || position.get().map(|i| i + 1).unwrap_or(0);
    let move_by = move |up: bool| {
        state.edit(|p| {
            ops::move_entry(&mut p.tasks.other_tasks, id, up);
        });
        announce(&format!("已{}，现为第 {} 项", if up { "上移" } else { "下移" }, number()));
        focus_after_move(format!("task-{id}"), up);
    };
    let delete = move |_| {
        let mut removed = None;
        state.edit(|p| removed = ops::remove_entry(&mut p.tasks.other_tasks, id));
        if removed.is_some() {
            deleted.set(removed);
            announce("已删除任务，可撤销");
            request_animation_frame(|| focus_id("undo-delete"));
        }
    };
    let p = format!("task-{id}");
    view! {
        <section class="item" id=p.clone() aria-label=move || format!("任务 {}", number())>
            <div class="item__head">
                <h3 class="item__title">{move || format!("任务 {}", number())}</h3>
                <div class="item__tools">
                    <MoveButtons id_prefix=p.clone() noun=|n| format!("任务 {n}") position=position count=count
                        on_move=Callback::new(move_by) />
                    <button type="button" class="button button--warning button--small" id=format!("{p}-delete")
                        aria-label=move || format!("删除任务 {}", number())
                        on:click=delete>"删除"</button>
                </div>
            </div>
            <div class="item__body">
                <TextInput id=format!("{p}-title") label="任务名称".into() lens=task_lens(state, id, |t| &t.title, |t, v| t.title = v)
                    error=error_signal(state, Field::Task { id, field: TaskField::Title }) />
                <TextArea id=format!("{p}-text") label="任务内容".into() lens=task_lens(state, id, |t| &t.text, |t, v| t.text = v) rows=3
                    error=error_signal(state, Field::Task { id, field: TaskField::Text }) />
                <UnitList state=state owner=UnitsOwner::Task(id) role=UnitRole::Lead id_prefix=p.clone()
                    error=error_signal(state, Field::Task { id, field: TaskField::Leads }) />
                <UnitList state=state owner=UnitsOwner::Task(id) role=UnitRole::Partner id_prefix=p.clone() />
                <TextInput id=format!("{p}-deadline") label="完成时限".into() optional=true width="input--short"
                    hint="写入附件责任分工表，如：2018年12月底前、长期坚持".into()
                    lens=task_lens(state, id, |t| &t.deadline, |t, v| t.deadline = v) />
            </div>
        </section>
    }
}
