//! One item of an area as a card: its head (number, name, completeness, tools) and, when
//! expanded, its form — one input per [`ItemField`], chosen by the field's kind, with the
//! label, hint and DOM id the field's description gives — and under the fields the item's
//! sentence as the plan document will write it, updated as the clerk types.

use leptos::prelude::*;

use super::Editor;
use crate::check::Field;
use crate::model::ops::Identified;
use crate::model::{AudienceScope, Channel, DisclosureMode, FieldKind, InfoCategory, Item, ItemField, Level};
use crate::ui::checks::error_signal;
use crate::ui::entries::{Entry, EntryCard};
use crate::ui::fields::{CheckboxGroup, GroupError, Lens, RadioGroup, TextArea, TextInput};
use crate::ui::units::{UnitList, UnitRole, UnitsOwner};

/// The DOM id a finding at an item field focuses, and the element to focus when that one is not
/// on the page (no lead input yet; the audience is not a group).
pub fn field_dom_ids(id: u32, field: ItemField) -> (String, Option<String>) {
    let at = format!("item-{id}-{}", field.slug());
    match field.spec().kind {
        FieldKind::Line | FieldKind::Lines(_) => (at, None),
        FieldKind::Categories | FieldKind::Channels | FieldKind::Mode | FieldKind::Levels => (format!("{at}-0"), None),
        FieldKind::Audience => (format!("{at}-name"), Some(format!("{at}-group"))),
        FieldKind::Units => (format!("{at}-0"), Some(format!("{at}-add"))),
    }
}

/// One item: its head and, when expanded, every field.
#[component]
pub(super) fn ItemCard(editor: Editor, id: u32) -> impl IntoView {
    let entry = editor.items.entry(id);
    let name = Memo::new(move |_| entry.read(|i| i.shown_name()).unwrap_or_default());
    let missing = Memo::new(move |_| entry.read(|i| ItemField::ALL.iter().filter(|f| !i.is_filled(**f)).count()));
    let is_open = Memo::new(move |_| editor.open.with(|o| o.contains(&id)));
    let chosen = Memo::new(move |_| editor.chosen.with(|c| c.contains(&id)));
    let p = entry.dom_id();
    let title_id = format!("{p}-title");
    view! {
        <EntryCard entry=entry labelled_by=title_id.clone()
            on_delete=Callback::new(move |()| Editor::toggle(editor.chosen, id, false))
            head=Box::new(move || view! {
                <input type="checkbox" class="item__choose" id=format!("item-{id}-choose")
                    aria-label=move || format!("选择第 {} 项（批量设置）", entry.number())
                    prop:checked=move || chosen.get()
                    on:change=move |ev| Editor::toggle(editor.chosen, id, event_target_checked(&ev)) />
                <h3 class="item__title" id=title_id.clone() tabindex="-1">
                    {move || format!("事项 {}：{}", entry.number(), name.get())}
                </h3>
                {move || match missing.get().unwrap_or(0) {
                    0 => view! { <strong class="tag tag--green">"已填写完整"</strong> }.into_any(),
                    n => view! { <strong class="tag tag--blue">{format!("还有 {n} 项未填")}</strong> }.into_any(),
                }}
            }.into_any())
            tools=Box::new(move || view! {
                <button type="button" class="button button--secondary button--small" id=format!("item-{id}-toggle")
                    aria-expanded=move || is_open.get().to_string()
                    aria-controls=format!("item-{id}-body")
                    on:click=move |_| Editor::toggle(editor.open, id, !is_open.get_untracked())>
                    {move || if is_open.get() { "收起" } else { "编辑" }}
                </button>
            }.into_any())>
            <Show when=move || is_open.get()>
                <div class="item__body" id=format!("{p}-body")>
                    {ItemField::ALL.map(|field| field_input(entry, field)).collect_view()}
                    <Sentence editor=editor entry=entry />
                </div>
            </Show>
        </EntryCard>
    }
}

/// The item as the plan document will write it, live.
#[component]
fn Sentence(editor: Editor, entry: Entry<Item>) -> impl IntoView {
    let id = entry.id;
    let sentence = move || editor.prose.with(|prose| entry.read(|i| prose.item(i))).unwrap_or_default();
    let procedure = move || editor.prose.with(|p| p.procedure_sentence());
    view! {
        <div class="item__sentence" id=format!("item-{id}-sentence") role="status" aria-live="polite">
            <p class="label">"方案中将写为："</p>
            <p class="item__sentence-text">{move || format!("（{}）{}", entry.number(), sentence())}</p>
            {move || procedure().map(|p| view! { <p class="hint">{format!("各事项共同的公开程序在事项之前写一次：{p}")}</p> })}
        </div>
    }
}

/// A lens on a text field of the item.
fn text_lens(entry: Entry<Item>, field: ItemField) -> Lens {
    entry.lens(
        move |i| field.text(i).unwrap_or_default(),
        move |i, v| {
            if let Some(t) = field.text_mut(i) {
                *t = v;
            }
        },
    )
}

/// The input of one field, as its kind asks.
fn field_input(entry: Entry<Item>, field: ItemField) -> AnyView {
    let spec = field.spec();
    let (area, id) = (entry.list.key, entry.id);
    let state = entry.list.state;
    let error = error_signal(state, Field::Item { area, id, field });
    let at = format!("item-{id}-{}", spec.slug);
    let label = spec.label.to_string();
    let optional = !spec.required;
    match spec.kind {
        FieldKind::Line => view! {
            <TextInput id=at label=label lens=text_lens(entry, field) error=error hint=spec.hint.map(String::from)
                optional=optional />
        }
        .into_any(),
        FieldKind::Lines(rows) => view! {
            <TextArea id=at label=label lens=text_lens(entry, field) error=error hint=spec.hint.map(String::from)
                optional=optional rows=rows />
        }
        .into_any(),
        FieldKind::Categories => {
            let boxes = view! {
                <CheckboxGroup id_prefix=at.clone() labels=InfoCategory::ALL.map(InfoCategory::label).to_vec()
                    checked=Callback::new(move |i| entry.read(|it| it.categories.contains(&InfoCategory::ALL[i])) == Some(true))
                    on_change=Callback::new(move |(i, on)| entry.edit(|it| it.set_category(InfoCategory::ALL[i], on))) />
            };
            choice_fieldset(at, format!("{label}（可多选）"), error, boxes.into_any())
        }
        FieldKind::Channels => {
            let boxes = view! {
                <CheckboxGroup id_prefix=at.clone() labels=Channel::ALL.map(Channel::label).to_vec()
                    checked=Callback::new(move |i| entry.read(|it| it.channels.contains(&Channel::ALL[i])) == Some(true))
                    on_change=Callback::new(move |(i, on)| entry.edit(|it| it.set_channel(Channel::ALL[i], on))) />
                <TextInput id=format!("item-{id}-channel-other") label="其他方式".into() optional=true
                    lens=entry.lens(|i| &i.channel_other, |i, v| i.channel_other = v) />
            };
            choice_fieldset(at, format!("{label}（可多选）"), error, boxes.into_any())
        }
        FieldKind::Mode => {
            let mode = Memo::new(move |_| entry.read(|i| i.mode).unwrap_or_default());
            let options =
                DisclosureMode::ALL.iter().enumerate().map(|(i, m)| (format!("{at}-{i}"), m.label())).collect();
            let radios = view! {
                <RadioGroup name=format!("item-{id}-mode") options=options
                    selected=Signal::derive(move || DisclosureMode::ALL.iter().position(|m| *m == mode.get()))
                    on_select=Callback::new(move |i| entry.edit(|it| it.mode = DisclosureMode::ALL[i])) />
            };
            choice_fieldset(at, label, error, radios.into_any())
        }
        FieldKind::Levels => {
            let boxes = view! {
                <CheckboxGroup id_prefix=at.clone() labels=Level::ALL.map(Level::label).to_vec()
                    checked=Callback::new(move |i| entry.read(|it| it.levels.contains(&Level::ALL[i])) == Some(true))
                    on_change=Callback::new(move |(i, on)| entry.edit(|it| it.set_level(Level::ALL[i], on))) />
            };
            let legend = format!("{label}（可多选，选填）");
            let hint = spec.hint.map(|h| view! { <p class="hint">{h}</p> });
            choice_fieldset(at, legend, error, view! { {hint} {boxes} }.into_any())
        }
        FieldKind::Audience => {
            const SCOPES: [AudienceScope; 2] = [AudienceScope::Public, AudienceScope::Group];
            let scope = Memo::new(move |_| entry.read(|i| i.audience.scope).unwrap_or_default());
            let options = vec![(format!("{at}-public"), "全社会"), (format!("{at}-group"), "特定群体")];
            let name_id = format!("{at}-name");
            view! {
                <fieldset class="fieldset fieldset--small" id=at.clone()>
                    <legend class="label">{label}</legend>
                    {spec.hint.map(|h| view! { <p class="hint">{h}</p> })}
                    <RadioGroup name=format!("item-{id}-scope") options=options
                        selected=Signal::derive(move || SCOPES.iter().position(|s| *s == scope.get()))
                        on_select=Callback::new(move |i| entry.edit(|it| it.audience.scope = SCOPES[i])) />
                    <Show when=move || scope.get() == AudienceScope::Group>
                        <div class="conditional">
                            <TextInput id=name_id.clone() label="特定群体名称".into() error=error
                                lens=entry.lens(|i| &i.audience.group, |i, v| i.audience.group = v)
                                hint="例如：本村村民、申请人本人" />
                        </div>
                    </Show>
                </fieldset>
            }
            .into_any()
        }
        FieldKind::Units => {
            let owner = UnitsOwner::Item(area, id);
            let p = format!("item-{id}");
            view! {
                <UnitList state=state owner=owner role=UnitRole::Lead id_prefix=p.clone() error=error />
                <UnitList state=state owner=owner role=UnitRole::Partner id_prefix=p />
            }
            .into_any()
        }
    }
}

/// A fieldset of choices with its legend and the field's error message.
fn choice_fieldset(at: String, legend: String, error: Signal<Option<String>>, choices: AnyView) -> AnyView {
    let error_at = at.clone();
    view! {
        <fieldset class="fieldset fieldset--small" id=at>
            <legend class="label">{legend}</legend>
            <GroupError id=error_at error=error />
            {choices}
        </fieldset>
    }
    .into_any()
}
