//! The page of one key area: the catalogue of suggested items (one click to add, then edit),
//! blank items, the item editor with every field, move up/down, delete with undo, a filter,
//! and applying one 公开时限 / 公开程序 / 公开方式 to all selected items at once.

use leptos::prelude::*;

use crate::catalogue::{AreaInfo, Suggestion, area_info};
use crate::check::Field;
use crate::model::ops::{self, BulkValue, Removed};
use crate::model::{Area, AudienceScope, Channel, InfoCategory, Item, ItemField, Part, Plan};
use crate::ui::checks::error_signal;
use crate::ui::fields::{GroupError, Lens, MoveButtons, TextArea, TextInput, focus_after_move};
use crate::ui::layout::PartFrame;
use crate::ui::pages::area_import::AreaImport;
use crate::ui::state::{AppState, Page, use_app};
use crate::ui::units::{UnitList, UnitNames, UnitRole, UnitsOwner};
use crate::ui::{announce, focus_id};

fn find(plan: &Plan, area: Area, id: u32) -> Option<&Item> {
    plan.area(area).items.iter().find(|i| i.id == id)
}

fn edit_item(state: AppState, area: Area, id: u32, f: impl FnOnce(&mut Item)) {
    state.edit(|p| {
        if let Some(item) = p.area_mut(area).items.iter_mut().find(|i| i.id == id) {
            f(item);
        }
    });
}

fn item_lens(
    state: AppState,
    area: Area,
    id: u32,
    read: impl Fn(&Item) -> &str + Send + Sync + 'static,
    write: impl Fn(&mut Item, String) + Send + Sync + 'static,
) -> Lens {
    Lens::computed(
        state,
        move |p| find(p, area, id).map(|i| read(i).to_string()).unwrap_or_default(),
        move |p, v| {
            if let Some(item) = p.area_mut(area).items.iter_mut().find(|i| i.id == id) {
                write(item, v);
            }
        },
    )
}

/// UI state of the page that is not part of the plan.
#[derive(Clone, Copy)]
struct Editor {
    area: Area,
    filter: RwSignal<String>,
    /// Items ticked for bulk changes.
    chosen: RwSignal<Vec<u32>>,
    /// Items whose editor is expanded.
    open: RwSignal<Vec<u32>>,
    /// The last deleted item, for undo.
    deleted: RwSignal<Option<Removed<Item>>>,
}

impl Editor {
    fn toggle(list: RwSignal<Vec<u32>>, id: u32, on: bool) {
        list.update(|l| {
            l.retain(|x| *x != id);
            if on {
                l.push(id);
            }
        });
    }
}

#[component]
pub fn AreaPage(area: Area) -> impl IntoView {
    let state = use_app();
    let plan = state.plan;
    let info = area_info(area);
    let editor = Editor {
        area,
        filter: RwSignal::new(String::new()),
        chosen: RwSignal::new(Vec::new()),
        open: RwSignal::new(Vec::new()),
        deleted: RwSignal::new(None),
    };
    // An error summary link to a field of a collapsed item opens the item first.
    Effect::new(move |_| {
        if let Some(Field::Item { area: a, id, .. }) = state.focus_request.get()
            && a == area
            && !editor.open.with_untracked(|o| o.contains(&id))
        {
            editor.filter.set(String::new());
            editor.open.update(|o| o.push(id));
        }
    });
    let selected = Memo::new(move |_| plan.with(|p| p.area(area).selected));
    let total = Memo::new(move |_| plan.with(|p| p.area(area).items.len()));
    let visible = Memo::new(move |_| {
        let filter = editor.filter.get();
        plan.with(|p| {
            p.area(area).items.iter().filter(|i| ops::item_matches(i, &filter)).map(|i| i.id).collect::<Vec<_>>()
        })
    });

    let add_item = move |item: Item| {
        let id = item.id;
        let name = item.name.clone();
        state.edit(|p| p.area_mut(area).items.push(item));
        editor.open.update(|o| o.push(id));
        editor.filter.set(String::new());
        announce(&if name.is_empty() {
            "已添加空白事项".to_string()
        } else {
            format!("已添加事项“{name}”，可继续修改")
        });
        request_animation_frame(move || focus_id(&format!("item-{id}-name")));
    };
    let add_blank = move |_| {
        let item = plan.with_untracked(|p| Item {
            id: p.fresh_id(),
            units: crate::model::Units {
                leads: if p.cover.unit.trim().is_empty() {
                    vec![String::new()]
                } else {
                    vec![p.cover.unit.trim().into()]
                },
                partners: vec![],
            },
            ..Item::default()
        });
        add_item(item);
    };
    let undo = move |_| {
        if let Some(removed) = editor.deleted.get_untracked() {
            let id = removed.entry.id;
            let name = removed.entry.name.clone();
            state.edit(|p| ops::restore_entry(&mut p.area_mut(area).items, removed));
            editor.deleted.set(None);
            announce(&format!("已恢复事项“{name}”"));
            request_animation_frame(move || focus_id(&format!("item-{id}-title")));
        }
    };

    view! {
        <PartFrame part=Part::Area(area)>
            <UnitNames state=state />
            <Show when=move || !selected.get()>
                <div class="notice notice--warning">
                    <p>"本领域尚未勾选，这里的公开事项不会写入方案。"</p>
                    <a href=Page::Part(Part::Areas).href()>"去勾选重点领域"</a>
                </div>
            </Show>
            <p class="hint">
                {format!("牵头部门（2018年）：{}", info.leads.join("、"))}
                {(!info.partners.is_empty()).then(|| format!("；会同：{}", info.partners.join("、")))}
                {(!info.renamed.is_empty()).then(|| format!("。{}", info.renamed))}
            </p>

            <Catalogue editor=editor info=info add=Callback::new(add_item) />
            <AreaImport area=area />

            <h2 class="section-title" id="items-heading">
                {move || format!("本领域的公开事项（{} 项）", total.get())}
            </h2>
            <GroupError id="area-items".into() error=error_signal(state, Field::AreaItems(area)) />
            <Show when=move || editor.deleted.with(|d| d.is_some())>
                <div class="notice notice--undo" role="status">
                    <span>{move || editor.deleted.with(|d| d.as_ref().map(|r| format!("已删除事项“{}”。", display_name(&r.entry.name))).unwrap_or_default())}</span>
                    <button type="button" class="button button--secondary button--small" id="undo-delete" on:click=undo>"撤销删除"</button>
                </div>
            </Show>
            <Show when=move || { total.get() >= 2 }>
                <Toolbar editor=editor visible=visible total=total />
            </Show>
            <div class="items" aria-labelledby="items-heading">
                <For each=move || visible.get() key=|id| *id let:id>
                    <ItemCard editor=editor id=id />
                </For>
            </div>
            <Show when=move || total.get() == 0>
                <p class="empty">"还没有公开事项。请从上面的参考目录添加，或添加空白事项。"</p>
            </Show>
            <p>
                <button type="button" class="button button--secondary" id="add-blank-item" on:click=add_blank>
                    "＋ 添加空白事项"
                </button>
            </p>
        </PartFrame>
    }
}

fn display_name(name: &str) -> String {
    if name.trim().is_empty() { "（未命名）".into() } else { name.trim().into() }
}

/// The reference catalogue of the area.
#[component]
fn Catalogue(editor: Editor, info: &'static AreaInfo, add: Callback<Item>) -> impl IntoView {
    let state = use_app();
    let area = editor.area;
    let row = move |s: &'static Suggestion| {
        let added = Memo::new(move |_| {
            state.plan.with(|p| p.area(area).items.iter().any(|i| i.suggestion.as_deref() == Some(s.key)))
        });
        let audience = match s.group {
            Some(g) => format!("公开对象：特定群体（{g}）"),
            None => "公开对象：全社会".into(),
        };
        let on_add = move |_| {
            let item = state.plan.with_untracked(|p| s.to_item(info, &p.cover.unit, p.fresh_id()));
            add.run(item);
        };
        view! {
            <li class="suggestion">
                <div class="suggestion__text">
                    <strong>{s.name}</strong>
                    <span class="hint">{format!("{}。{}", s.content, audience)}</span>
                </div>
                <button type="button" class="button button--secondary button--small"
                    disabled=move || added.get()
                    aria-label=move || if added.get() { format!("已添加：{}", s.name) } else { format!("添加：{}", s.name) }
                    on:click=on_add>
                    {move || if added.get() { "已添加" } else { "添加" }}
                </button>
            </li>
        }
    };
    view! {
        <details class="details catalogue" open=move || state.plan.with_untracked(|p| p.area(area).items.is_empty())>
            <summary>{format!("参考目录：国办发〔2018〕10号要求本领域公开的信息（{} 项）", info.suggestions.len())}</summary>
            <ul class="suggestions">{info.suggestions.iter().map(row).collect_view()}</ul>
        </details>
    }
}

/// Filter and bulk changes.
#[component]
fn Toolbar(editor: Editor, visible: Memo<Vec<u32>>, total: Memo<usize>) -> impl IntoView {
    let state = use_app();
    let area = editor.area;
    let time_limit = RwSignal::new(String::new());
    let procedure = RwSignal::new(String::new());
    let channels = RwSignal::new(Vec::<Channel>::new());
    let channel_other = RwSignal::new(String::new());
    let result = RwSignal::new(String::new());
    let chosen_count = move || editor.chosen.with(|c| c.len());
    let apply = move |value: BulkValue, what: &'static str| {
        let ids = editor.chosen.get_untracked();
        if ids.is_empty() {
            result.set("请先勾选要批量设置的事项。".into());
            return;
        }
        let mut changed = 0;
        state.edit(|p| changed = ops::bulk_apply(&mut p.area_mut(area).items, &ids, &value));
        let message = format!("已将{what}应用到所选的 {} 个事项（{changed} 个有变化）。", ids.len());
        announce(&message);
        result.set(message);
    };
    let channel_box = move |c: Channel| {
        let id = format!("bulk-channel-{}", c as u8);
        view! {
            <div class="checkbox checkbox--small">
                <input type="checkbox" class="checkbox__input" id=id.clone()
                    prop:checked=move || channels.with(|l| l.contains(&c))
                    on:change=move |ev| {
                        let on = event_target_checked(&ev);
                        channels.update(|l| { l.retain(|x| *x != c); if on { l.push(c); } });
                    } />
                <label class="checkbox__label" for=id>{c.label()}</label>
            </div>
        }
    };
    view! {
        <div class="toolbar">
            <div class="field field--inline">
                <label class="label" for="item-filter">"筛选事项"</label>
                <input id="item-filter" class="input input--short" type="search"
                    prop:value=move || editor.filter.get()
                    on:input=move |ev| editor.filter.set(event_target_value(&ev)) />
                <span class="hint" role="status">{move || format!("显示 {} / {} 项", visible.with(Vec::len), total.get())}</span>
            </div>
            <details class="details">
                <summary>"批量设置所选事项"</summary>
                <div class="details__body">
                    <p>
                        {move || format!("已选择 {} 个事项。", chosen_count())}
                        <button type="button" class="button button--secondary button--small" id="bulk-select-all"
                            on:click=move |_| editor.chosen.set(visible.get_untracked())>"全选（当前筛选结果）"</button>
                        " "
                        <button type="button" class="button button--secondary button--small"
                            on:click=move |_| editor.chosen.set(vec![])>"取消选择"</button>
                    </p>
                    {bulk_text_row("time-limit", "公开时限", time_limit, move |v| apply(BulkValue::TimeLimit(v), "公开时限"))}
                    {bulk_text_row("procedure", "公开程序", procedure, move |v| apply(BulkValue::Procedure(v), "公开程序"))}
                    <fieldset class="fieldset bulk-row">
                        <legend class="label">"公开方式"</legend>
                        <div class="checkbox-grid">{Channel::ALL.map(channel_box).collect_view()}</div>
                        <label class="label label--small" for="bulk-channel-other">"其他方式"</label>
                        <input id="bulk-channel-other" class="input" prop:value=move || channel_other.get()
                            on:input=move |ev| channel_other.set(event_target_value(&ev)) />
                        <button type="button" class="button button--small" id="bulk-apply-channels"
                            on:click=move |_| apply(BulkValue::Channels(channels.get_untracked(), channel_other.get_untracked()), "公开方式")>
                            "应用公开方式"
                        </button>
                    </fieldset>
                    <p class="feedback-inline">{move || result.get()}</p>
                </div>
            </details>
        </div>
    }
}

/// A text value applied to all selected items (公开时限, 公开程序).
fn bulk_text_row(
    slug: &'static str,
    label: &'static str,
    value: RwSignal<String>,
    apply: impl Fn(String) + 'static,
) -> impl IntoView {
    let id = format!("bulk-{slug}");
    view! {
        <div class="bulk-row">
            <label class="label" for=id.clone()>{label}</label>
            <input id=id class="input" prop:value=move || value.get() on:input=move |ev| value.set(event_target_value(&ev)) />
            <button type="button" class="button button--small" id=format!("bulk-apply-{slug}")
                on:click=move |_| apply(value.get_untracked())>
                {format!("应用{label}")}
            </button>
        </div>
    }
}

/// One item: its header (number, name, completeness, tools) and, when expanded, every field.
#[component]
fn ItemCard(editor: Editor, id: u32) -> impl IntoView {
    let state = use_app();
    let plan = state.plan;
    let area = editor.area;
    let position = Memo::new(move |_| plan.with(|p| p.area(area).items.iter().position(|i| i.id == id)));
    let count = Memo::new(move |_| plan.with(|p| p.area(area).items.len()));
    let name = Memo::new(move |_| plan.with(|p| find(p, area, id).map(|i| i.name.clone()).unwrap_or_default()));
    let missing = Memo::new(move |_| {
        plan.with(|p| {
            find(p, area, id).map(|i| ItemField::ALL.iter().filter(|f| !i.is_filled(**f)).count()).unwrap_or(0)
        })
    });
    let is_open = Memo::new(move |_| editor.open.with(|o| o.contains(&id)));
    let chosen = Memo::new(move |_| editor.chosen.with(|c| c.contains(&id)));
    let number = move || position.get().map(|i| i + 1).unwrap_or(0);

    let move_by = move |up: bool| {
        state.edit(|p| {
            ops::move_entry(&mut p.area_mut(area).items, id, up);
        });
        let label = if up { "上移" } else { "下移" };
        announce(&format!("已{label}，现为第 {} 项", number()));
        focus_after_move(format!("item-{id}"), up);
    };
    let delete = move |_| {
        let mut removed = None;
        state.edit(|p| removed = ops::remove_entry(&mut p.area_mut(area).items, id));
        if let Some(r) = removed {
            announce(&format!("已删除事项“{}”，可撤销", display_name(&r.entry.name)));
            editor.deleted.set(Some(r));
            Editor::toggle(editor.chosen, id, false);
            request_animation_frame(|| focus_id("undo-delete"));
        }
    };
    let p = format!("item-{id}");
    let title_id = format!("{p}-title");
    let labelled_by = title_id.clone();

    view! {
        <section class="item" id=p.clone() aria-labelledby=labelled_by>
            <div class="item__head">
                <input type="checkbox" class="item__choose" id=format!("{p}-choose")
                    aria-label=move || format!("选择第 {} 项（批量设置）", number())
                    prop:checked=move || chosen.get()
                    on:change=move |ev| Editor::toggle(editor.chosen, id, event_target_checked(&ev)) />
                <h3 class="item__title" id=title_id tabindex="-1">
                    {move || format!("事项 {}：{}", number(), display_name(&name.get()))}
                </h3>
                {move || match missing.get() {
                    0 => view! { <strong class="tag tag--green">"已填写完整"</strong> }.into_any(),
                    n => view! { <strong class="tag tag--blue">{format!("还有 {n} 项未填")}</strong> }.into_any(),
                }}
                <div class="item__tools">
                    <MoveButtons id_prefix=p.clone() noun=|n| format!("第 {n} 项") position=position count=count
                        on_move=Callback::new(move_by) />
                    <button type="button" class="button button--secondary button--small" id=format!("{p}-toggle")
                        aria-expanded=move || is_open.get().to_string()
                        aria-controls=format!("{p}-body")
                        on:click=move |_| Editor::toggle(editor.open, id, !is_open.get_untracked())>
                        {move || if is_open.get() { "收起" } else { "编辑" }}
                    </button>
                    <button type="button" class="button button--warning button--small" id=format!("{p}-delete")
                        aria-label=move || format!("删除第 {} 项", number())
                        on:click=delete>"删除"</button>
                </div>
            </div>
            <Show when=move || is_open.get()>
                <ItemFields state=state area=area id=id />
            </Show>
        </section>
    }
}

#[component]
fn ItemFields(state: AppState, area: Area, id: u32) -> impl IntoView {
    let plan = state.plan;
    let p = format!("item-{id}");
    let lens = move |read: fn(&Item) -> &str, write: fn(&mut Item, String)| item_lens(state, area, id, read, write);
    let err = move |field: ItemField| error_signal(state, Field::Item { area, id, field });
    let category_box = {
        let p = p.clone();
        move |c: InfoCategory| {
            let box_id = format!("{p}-categories-{}", c as u8);
            let checked =
                Memo::new(move |_| plan.with(|pl| find(pl, area, id).is_some_and(|i| i.categories.contains(&c))));
            view! {
                <div class="checkbox checkbox--small">
                    <input type="checkbox" class="checkbox__input" id=box_id.clone() prop:checked=checked
                        on:change=move |ev| { let on = event_target_checked(&ev); edit_item(state, area, id, |i| i.set_category(c, on)); } />
                    <label class="checkbox__label" for=box_id>{c.label()}</label>
                </div>
            }
        }
    };
    let channel_box = {
        let p = p.clone();
        move |c: Channel| {
            let box_id = format!("{p}-channels-{}", c as u8);
            let checked =
                Memo::new(move |_| plan.with(|pl| find(pl, area, id).is_some_and(|i| i.channels.contains(&c))));
            view! {
                <div class="checkbox checkbox--small">
                    <input type="checkbox" class="checkbox__input" id=box_id.clone() prop:checked=checked
                        on:change=move |ev| { let on = event_target_checked(&ev); edit_item(state, area, id, |i| i.set_channel(c, on)); } />
                    <label class="checkbox__label" for=box_id>{c.label()}</label>
                </div>
            }
        }
    };
    let scope = Memo::new(move |_| plan.with(|pl| find(pl, area, id).map(|i| i.audience.scope).unwrap_or_default()));
    let set_scope = move |s: AudienceScope| edit_item(state, area, id, |i| i.audience.scope = s);

    view! {
        <div class="item__body" id=format!("{p}-body")>
            <TextInput id=format!("{p}-name") label="事项名称".into() lens=lens(|i| &i.name, |i, v| i.name = v) error=err(ItemField::Name)
                hint="例如：城乡低保对象认定标准".into() />
            <fieldset class="fieldset fieldset--small" id=format!("{p}-categories")>
                <legend class="label">"信息类别（可多选）"</legend>
                <GroupError id=format!("{p}-categories") error=err(ItemField::Categories) />
                <div class="checkbox-grid">{InfoCategory::ALL.map(category_box).collect_view()}</div>
            </fieldset>
            <TextInput id=format!("{p}-publisher") label="公开主体".into() lens=lens(|i| &i.publisher, |i, v| i.publisher = v) error=err(ItemField::Publisher)
                hint="由谁发布，例如：省民政厅、各地级以上市民政局".into() />
            <TextArea id=format!("{p}-content") label="公开内容".into() lens=lens(|i| &i.content, |i, v| i.content = v) rows=3 error=err(ItemField::Content) />
            <TextArea id=format!("{p}-standard") label="公开标准".into() lens=lens(|i| &i.standard, |i, v| i.standard = v) rows=2 error=err(ItemField::Standard)
                hint="依据的法规、标准或目录".into() />
            <fieldset class="fieldset fieldset--small" id=format!("{p}-channels")>
                <legend class="label">"公开方式（可多选）"</legend>
                <GroupError id=format!("{p}-channels") error=err(ItemField::Channels) />
                <div class="checkbox-grid">{Channel::ALL.map(channel_box).collect_view()}</div>
                <TextInput id=format!("{p}-channel-other") label="其他方式".into() optional=true
                    lens=lens(|i| &i.channel_other, |i, v| i.channel_other = v) />
            </fieldset>
            <TextInput id=format!("{p}-procedure") label="公开程序".into() lens=lens(|i| &i.procedure, |i, v| i.procedure = v) error=err(ItemField::Procedure)
                hint="例如：拟稿、审核、审批、发布".into() />
            <TextInput id=format!("{p}-time_limit") label="公开时限".into() lens=lens(|i| &i.time_limit, |i, v| i.time_limit = v) error=err(ItemField::TimeLimit)
                hint="例如：信息形成或变更之日起20个工作日内".into() />
            <fieldset class="fieldset fieldset--small" id=format!("{p}-audience")>
                <legend class="label">"公开对象"</legend>
                <p class="hint">"涉及具体家庭或个人的信息（如低保名单、受助学生）应向特定群体公开，并保护个人隐私。"</p>
                <div class="radio">
                    <input type="radio" class="checkbox__input" name=format!("{p}-scope") id=format!("{p}-audience-public")
                        prop:checked=move || scope.get() == AudienceScope::Public
                        on:change=move |_| set_scope(AudienceScope::Public) />
                    <label class="checkbox__label" for=format!("{p}-audience-public")>"全社会"</label>
                </div>
                <div class="radio">
                    <input type="radio" class="checkbox__input" name=format!("{p}-scope") id=format!("{p}-audience-group")
                        prop:checked=move || scope.get() == AudienceScope::Group
                        on:change=move |_| set_scope(AudienceScope::Group) />
                    <label class="checkbox__label" for=format!("{p}-audience-group")>"特定群体"</label>
                </div>
                <Show when=move || scope.get() == AudienceScope::Group>
                    <div class="conditional">
                        <TextInput id=format!("item-{id}-audience-name") label="特定群体名称".into() error=err(ItemField::Audience)
                            lens=lens(|i| &i.audience.group, |i, v| i.audience.group = v)
                            hint="例如：本村村民、申请人本人".into() />
                    </div>
                </Show>
            </fieldset>
            <UnitList state=state owner=UnitsOwner::Item(area, id) role=UnitRole::Lead id_prefix=p.clone() error=err(ItemField::Leads) />
            <UnitList state=state owner=UnitsOwner::Item(area, id) role=UnitRole::Partner id_prefix=p.clone() />
        </div>
    }
}
