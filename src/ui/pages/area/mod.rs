//! The page of one key area: the catalogue of suggested items (one click to add, then edit),
//! blank items, the item cards ([`item_card`]), a filter and bulk changes ([`toolbar`]), and
//! importing items from a co-operating department's plan ([`import`]).

mod import;
mod item_card;
mod toolbar;

use leptos::prelude::*;

pub use item_card::field_dom_ids;

use crate::catalogue::{AreaInfo, Suggestion, area_info};
use crate::check::Field;
use crate::export::prose::Prose;
use crate::model::ops;
use crate::model::{Area, Audience, Item, ItemField, Part};
use crate::ui::checks::error_signal;
use crate::ui::entries::{EntryList, UndoNotice};
use crate::ui::fields::GroupError;
use crate::ui::layout::PartFrame;
use crate::ui::state::{Page, use_app};
use crate::ui::units::UnitNames;
use import::AreaImport;
use item_card::ItemCard;
use toolbar::Toolbar;

/// UI state of the page that is not part of the plan.
#[derive(Clone, Copy)]
struct Editor {
    area: Area,
    items: EntryList<Item>,
    filter: RwSignal<String>,
    /// Items ticked for bulk changes.
    chosen: RwSignal<Vec<u32>>,
    /// Items whose editor is expanded.
    open: RwSignal<Vec<u32>>,
    /// How the plan's items are written (the procedure stated once), for the live sentences.
    prose: Memo<Prose>,
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
    let items = EntryList::<Item>::new(state, area);
    let editor = Editor {
        area,
        items,
        filter: RwSignal::new(String::new()),
        chosen: RwSignal::new(Vec::new()),
        open: RwSignal::new(Vec::new()),
        prose: Memo::new(move |_| plan.with(Prose::for_plan)),
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
    let total = Memo::new(move |_| items.ids.with(Vec::len));
    // Without a filter, the ids themselves: typing in an item does not re-filter the list.
    let visible = Memo::new(move |_| {
        let filter = editor.filter.get();
        if filter.trim().is_empty() {
            return items.ids.get();
        }
        plan.with(|p| {
            p.area(area).items.iter().filter(|i| ops::item_matches(i, &filter)).map(|i| i.id).collect::<Vec<_>>()
        })
    });

    let add_item = move |item: Item| {
        let id = item.id;
        items.add(item);
        editor.open.update(|o| o.push(id));
        editor.filter.set(String::new());
    };
    let add_blank = move |_| add_item(items.blank());

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
            <UndoNotice list=items />
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

/// The reference catalogue of the area.
#[component]
fn Catalogue(editor: Editor, info: &'static AreaInfo, add: Callback<Item>) -> impl IntoView {
    let state = use_app();
    let area = editor.area;
    // The suggestions already added, once per change of the plan (not once per suggestion).
    let taken = Memo::new(move |_| {
        state.plan.with(|p| p.area(area).items.iter().filter_map(|i| i.suggestion.clone()).collect::<Vec<_>>())
    });
    let row = move |s: &'static Suggestion| {
        // A suggestion can be added again (e.g. one item per programme); the count says how often.
        let added = Memo::new(move |_| taken.with(|t| t.iter().filter(|k| *k == s.key).count()));
        let audience = s.group.map_or_else(Audience::public, Audience::group);
        let audience = format!("{}：{}", ItemField::Audience.label(), audience.label());
        let on_add = move |_| {
            let item = state.plan.with_untracked(|p| s.to_item(info, &p.cover.department_name(), p.fresh_id()));
            add.run(item);
        };
        view! {
            <li class="suggestion">
                <div class="suggestion__text">
                    <strong>{s.name}</strong>
                    <Show when=move || { added.get() > 0 }>
                        " "<span class="tag tag--green">{move || format!("已添加 {} 次", added.get())}</span>
                    </Show>
                    <span class="hint">{format!("{}。{}", s.content, audience)}</span>
                </div>
                <button type="button" class="button button--secondary button--small"
                    aria-label=move || match added.get() {
                        0 => format!("添加：{}", s.name),
                        n => format!("添加：{}（已添加 {n} 次）", s.name),
                    }
                    on:click=on_add>
                    {move || if added.get() > 0 { "再添加" } else { "添加" }}
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
