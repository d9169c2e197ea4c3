//! Choice of the key areas the unit is responsible for, with the lead departments of each.

use leptos::prelude::*;

use crate::catalogue::area_info;
use crate::model::{Area, Part};
use crate::ui::layout::PartFrame;
use crate::ui::state::use_app;

#[component]
pub fn AreasPage() -> impl IntoView {
    let state = use_app();
    let row = move |area: Area| {
        let info = area_info(area);
        let id = format!("area-{}", area.slug());
        let checked = Memo::new(move |_| state.plan.with(|p| p.area(area).selected));
        let hidden_items = Memo::new(move |_| state.plan.with(|p| if p.area(area).selected { 0 } else { p.area(area).items.len() }));
        let mut leads = format!("牵头：{}", info.leads.join("、"));
        if !info.partners.is_empty() {
            leads.push_str(&format!("；会同：{}", info.partners.join("、")));
        }
        view! {
            <div class="checkbox">
                <input type="checkbox" id=id.clone() class="checkbox__input"
                    prop:checked=checked
                    aria-describedby=format!("{id}-leads")
                    on:change=move |ev| {
                        let on = event_target_checked(&ev);
                        state.edit(|p| p.area_mut(area).selected = on);
                    } />
                <label for=id.clone() class="checkbox__label">{area.label()}</label>
                <p class="hint checkbox__hint" id=format!("{id}-leads")>
                    {leads}
                    {(!info.renamed.is_empty()).then(|| view! { <br/><span class="muted">{info.renamed}</span> })}
                </p>
                <Show when=move || { hidden_items.get() > 0 }>
                    <p class="hint checkbox__hint">{move || format!("已填写的 {} 个公开事项暂时隐藏，重新勾选即可恢复。", hidden_items.get())}</p>
                </Show>
            </div>
        }
    };
    view! {
        <PartFrame part=Part::Areas>
            <fieldset class="fieldset">
                <legend>"本单位负责的重点领域（至少选择一个）"</legend>
                {Area::ALL.map(row).collect_view()}
            </fieldset>
        </PartFrame>
    }
}
