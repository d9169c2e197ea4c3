//! The area page's toolbar: the filter, and applying one 公开时限 / 公开程序 / 公开渠道 to all
//! selected items at once.

use leptos::prelude::*;

use super::Editor;
use crate::model::ops::{self, BulkValue};
use crate::model::{Channel, ItemField};
use crate::ui::announce;
use crate::ui::fields::CheckboxGroup;
use crate::ui::state::use_app;

/// Filter and bulk changes.
#[component]
pub(super) fn Toolbar(editor: Editor, visible: Memo<Vec<u32>>, total: Memo<usize>) -> impl IntoView {
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
    let toggle_channel = move |(i, on): (usize, bool)| {
        let c = Channel::ALL[i];
        channels.update(|l| {
            l.retain(|x| *x != c);
            if on {
                l.push(c);
            }
        });
    };
    let channel_label = ItemField::Channels.label();
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
                    {bulk_text_row(ItemField::TimeLimit, "time-limit", time_limit, move |v| apply(BulkValue::TimeLimit(v), ItemField::TimeLimit.label()))}
                    {bulk_text_row(ItemField::Procedure, "procedure", procedure, move |v| apply(BulkValue::Procedure(v), ItemField::Procedure.label()))}
                    <fieldset class="fieldset bulk-row">
                        <legend class="label">{channel_label}</legend>
                        <CheckboxGroup id_prefix="bulk-channel".into() labels=Channel::ALL.map(Channel::label).to_vec()
                            checked=Callback::new(move |i| channels.with(|l| l.contains(&Channel::ALL[i])))
                            on_change=Callback::new(toggle_channel) />
                        <label class="label label--small" for="bulk-channel-other">"其他方式"</label>
                        <input id="bulk-channel-other" class="input" prop:value=move || channel_other.get()
                            on:input=move |ev| channel_other.set(event_target_value(&ev)) />
                        <button type="button" class="button button--small" id="bulk-apply-channels"
                            on:click=move |_| apply(BulkValue::Channels(channels.get_untracked(), channel_other.get_untracked()), channel_label)>
                            {format!("应用{channel_label}")}
                        </button>
                    </fieldset>
                    <p class="feedback-inline">{move || result.get()}</p>
                </div>
            </details>
        </div>
    }
}

/// A text value applied to all selected items (公开时限, 公开程序); `slug` names its inputs.
fn bulk_text_row(
    field: ItemField,
    slug: &'static str,
    value: RwSignal<String>,
    apply: impl Fn(String) + 'static,
) -> impl IntoView {
    let id = format!("bulk-{slug}");
    let label = field.label();
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
