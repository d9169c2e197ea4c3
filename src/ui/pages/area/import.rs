//! On a key area's page: importing the items a co-operating department wrote for this area
//! (SPEC §5 merge). The lead department opens the other department's plan file (or the .docx
//! the app exported for it, or a plan it wrote in Word: the background reader finds the items
//! under this area), ticks the items to take over and imports them; an import can be undone.
//! The own plan is not touched until 导入所选事项 is pressed.

use leptos::prelude::*;

use crate::model::merge::{self, Offer};
use crate::model::{Area, ops};
use crate::ui::announce;
use crate::ui::files::{self, FileDrop};
use crate::ui::state::use_app;

/// Items read from the chosen files, waiting to be ticked and imported.
#[derive(Clone, Debug, Default)]
struct Offered {
    /// Where they came from: each file's issuing unit and file name.
    sources: Vec<String>,
    offers: Vec<Offer>,
    ticked: Vec<bool>,
}

/// The last import, for undo.
#[derive(Clone, Debug)]
struct Imported {
    ids: Vec<u32>,
    message: String,
}

#[component]
pub fn AreaImport(area: Area) -> impl IntoView {
    let state = use_app();
    let offered = RwSignal::new(None::<Offered>);
    let errors = RwSignal::new(Vec::<String>::new());
    let imported = RwSignal::new(None::<Imported>);

    let read_files = move |list: Vec<gloo_file::File>| {
        offered.set(None);
        errors.set(Vec::new());
        for file in list {
            leptos::task::spawn_local(async move {
                let name = file.name();
                match files::read_plan(&file).await {
                    Err(error) => errors.update(|e| e.push(format!("“{name}”无法打开：{error}本方案没有任何改动。"))),
                    Ok(picked) => {
                        // A plan written in Word gives the items the reader found under this area.
                        let other = match picked {
                            files::Picked::Plan { plan, .. } => plan,
                            files::Picked::Word(reply) => reply.plan,
                        };
                        let offers = state.plan.with_untracked(|own| merge::offers(own, &other, area));
                        if offers.is_empty() {
                            errors.update(|e| {
                                e.push(format!("“{name}”中没有“{}”领域的公开事项，没有可以导入的内容。", area.label()))
                            });
                            return;
                        }
                        let unit = other.cover.unit.trim();
                        let source = if unit.is_empty() { name.clone() } else { format!("{unit}（{name}）") };
                        offered.update(|o| {
                            let o = o.get_or_insert_with(Offered::default);
                            o.sources.push(source);
                            o.ticked.extend(offers.iter().map(|offer| !offer.same_name));
                            o.offers.extend(offers);
                        });
                        announce("已读取文件，请勾选要导入的事项");
                    }
                }
            });
        }
    };

    let import = move |_| {
        let Some((items, sources)) = offered.with_untracked(|o| {
            o.as_ref().map(|o| {
                let items: Vec<_> =
                    o.offers.iter().zip(&o.ticked).filter(|(_, t)| **t).map(|(o, _)| o.item.clone()).collect();
                (items, o.sources.join("、"))
            })
        }) else {
            return;
        };
        if items.is_empty() {
            errors.set(vec!["请至少勾选一个要导入的事项。".into()]);
            return;
        }
        let mut ids = Vec::new();
        state.edit(|p| ids = merge::import(p, area, items));
        let message = format!("已从{sources}导入 {} 个公开事项，列在本领域事项的最后，可以继续修改。", ids.len());
        announce(&message);
        offered.set(None);
        errors.set(Vec::new());
        imported.set(Some(Imported { ids, message }));
    };
    let undo = move |_| {
        if let Some(last) = imported.get_untracked() {
            state.edit(|p| {
                for id in &last.ids {
                    ops::remove_entry(&mut p.area_mut(area).items, *id);
                }
            });
            imported.set(None);
            announce(&format!("已撤销导入，移除了 {} 个事项", last.ids.len()));
        }
    };

    let offer_row = move |(index, offer): (usize, Offer)| {
        let id = format!("import-offer-{index}");
        let leads = offer.item.units.named_leads().collect::<Vec<_>>().join("、");
        let name = if offer.item.name.trim().is_empty() {
            "（未命名事项）".to_string()
        } else {
            offer.item.name.trim().to_string()
        };
        view! {
            <div class="checkbox">
                <input type="checkbox" class="checkbox__input" id=id.clone()
                    prop:checked=move || offered.with(|o| o.as_ref().is_some_and(|o| o.ticked[index]))
                    on:change=move |ev| {
                        let on = event_target_checked(&ev);
                        offered.update(|o| if let Some(o) = o { o.ticked[index] = on; });
                    } />
                <label class="checkbox__label" for=id>
                    {name}
                    <span class="hint">
                        {if leads.is_empty() { "未写牵头单位".to_string() } else { format!("牵头：{leads}") }}
                        {offer.same_name.then_some("。本方案已有同名事项，默认不导入")}
                    </span>
                </label>
            </div>
        }
    };
    let ticked_count = move || offered.with(|o| o.as_ref().map_or(0, |o| o.ticked.iter().filter(|t| **t).count()));

    view! {
        <details class="details import" id="import-section">
            <summary>"从配合单位的方案导入事项"</summary>
            <div class="details__body">
                <p class="hint">
                    "牵头单位汇总时使用：打开配合单位保存的工作方案文件（.json）、本程序导出的 Word 文档或配合单位自己写的 Word 方案，"
                    "勾选其中本领域的公开事项导入本方案。导入的事项保留原有的责任单位，可以继续修改。"
                </p>
                <FileDrop id="import-file" label="选择配合单位的方案文件…" accept=".json,.docx,application/json,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
                    drop_text="也可以把文件拖到这里" on_files=Callback::new(read_files) />
                {move || {
                    let list = errors.get();
                    (!list.is_empty()).then(|| view! {
                        <div class="notice notice--error" role="alert">
                            {list.into_iter().map(|e| view! { <p>{e}</p> }).collect_view()}
                        </div>
                    })
                }}
                {move || offered.get().map(|o| view! {
                    <fieldset class="fieldset import__offers">
                        <legend class="label">{format!("选择要导入的事项（来自{}）", o.sources.join("、"))}</legend>
                        {o.offers.into_iter().enumerate().map(offer_row).collect_view()}
                    </fieldset>
                    <div class="actions">
                        <button type="button" class="button" id="import-items" on:click=import>
                            {move || format!("导入所选事项（{} 项）", ticked_count())}
                        </button>
                        <button type="button" class="button button--secondary" id="import-cancel"
                            on:click=move |_| offered.set(None)>"取消"</button>
                    </div>
                })}
            </div>
        </details>
        <Show when=move || imported.with(Option::is_some)>
            <div class="notice notice--undo" role="status">
                <span>{move || imported.with(|i| i.as_ref().map(|i| i.message.clone()).unwrap_or_default())}</span>
                <button type="button" class="button button--secondary button--small" id="undo-import" on:click=undo>
                    "撤销导入"
                </button>
            </div>
        </Show>
    }
}
