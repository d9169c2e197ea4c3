//! Choice of the key areas the unit is responsible for, with the lead departments of each.

use leptos::prelude::*;

use crate::catalogue::area_info;
use crate::check::Field;
use crate::model::{Area, Part};
use crate::ui::checks::error_signal;
use crate::ui::fields::GroupError;
use crate::ui::layout::PartFrame;
use crate::ui::state::use_app;

#[component]
pub fn AreasPage() -> impl IntoView {
    let state = use_app();
    let row = move |area: Area| {
        let info = area_info(area);
        let id = format!("area-{}", area.slug());
        let checked = Memo::new(move |_| state.plan.with(|p| p.area(area).selected));
        let hidden_items =
            Memo::new(move |_| state.plan.with(|p| if p.area(area).selected { 0 } else { p.area(area).items.len() }));
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
                    <HiddenItems area=area count=hidden_items />
                </Show>
            </div>
        }
    };
    view! {
        <PartFrame part=Part::Areas>
            <fieldset class="fieldset">
                <legend>"本单位负责的重点领域（至少选择一个）"</legend>
                <GroupError id="areas".into() error=error_signal(state, Field::Areas) />
                {Area::ALL.map(row).collect_view()}
            </fieldset>
        </PartFrame>
    }
}

/// The items of an unticked area: kept hidden, discarded only after confirmation.
#[component]
fn HiddenItems(area: Area, count: Memo<usize>) -> impl IntoView {
    let state = use_app();
    let confirming = RwSignal::new(false);
    let slug = area.slug();
    view! {
        <div class="hidden-items">
            <p class="hint checkbox__hint">
                {move || format!("本领域已填写的 {} 个公开事项暂时隐藏，不会写入方案；重新勾选即可恢复。", count.get())}
            </p>
            <Show when=move || confirming.get() fallback=move || view! {
                <button type="button" class="button button--secondary button--small" id=format!("discard-{slug}")
                    on:click=move |_| {
                        confirming.set(true);
                        request_animation_frame(move || crate::ui::focus_id(&format!("discard-confirm-{slug}")));
                    }>
                    {format!("删除{}领域的这些事项", area.label())}
                </button>
            }>
                <p class="confirm" role="alert">{move || format!("确定永久删除{}领域的 {} 个公开事项吗？删除后不能恢复。", area.label(), count.get())}</p>
                <button type="button" class="button button--warning button--small" id=format!("discard-confirm-{slug}")
                    on:click=move |_| {
                        state.edit(|p| p.area_mut(area).items.clear());
                        confirming.set(false);
                        crate::ui::announce(&format!("已删除{}领域的公开事项", area.label()));
                    }>
                    "确认删除"
                </button>
                " "
                <button type="button" class="button button--secondary button--small" on:click=move |_| confirming.set(false)>
                    "保留"
                </button>
            </Show>
        </div>
    }
}
