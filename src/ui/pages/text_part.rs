//! The page of one free-text part (preamble, the parts of sections 一 and 三, the plan-level
//! blocks and the requirements): a growing text area beside the guidance. Parts of 一 and 三 take
//! their own subsection heading (and 现状 and 问题 may be merged), with the numbered heading shown
//! live; the plan-level blocks show how they lead in; the requirements page shows a live preview
//! of the generated responsibility division.

use leptos::prelude::*;

use crate::check::Field;
use crate::content::{cut, has_content};
use crate::model::division::DIVISION_HEADINGS;
use crate::model::{Part, TextPart};
use crate::ui::checks::error_signal;
use crate::ui::fields::{Lens, TextArea, TextInput};
use crate::ui::layout::PartFrame;
use crate::ui::state::use_app;

#[component]
pub fn TextPage(part: TextPart) -> impl IntoView {
    let state = use_app();
    let lens = Lens::new(state, move |p| part.get(p), move |p, v| *part.get_mut(p) = v);
    view! {
        <PartFrame part=Part::Text(part)>
            <TextArea
                id=format!("field-{}", part.slug())
                label=part.heading()
                lens=lens
                optional=part.is_optional()
                rows=8
                error=error_signal(state, Field::Text(part))
            />
            {part.has_own_heading().then(|| view! { <OwnHeading part=part /> })}
            {part.is_lead_in().then(|| view! { <LeadInPreview part=part /> })}
            {(part == TextPart::Requirements).then(DivisionPreview)}
        </PartFrame>
    }
}

/// The subsection's own heading (the template's wording until one is written), the merged
/// 现状和问题 choice on the pages of those two parts, and the heading as it will be numbered.
#[component]
fn OwnHeading(part: TextPart) -> impl IntoView {
    let state = use_app();
    let plan = state.plan;
    let heading = Lens::new(
        state,
        move |p| p.headings.own.get(&part).map_or("", String::as_str),
        move |p, v| {
            p.headings.own.insert(part, v);
        },
    );
    let merged = Memo::new(move |_| plan.with(|p| p.headings.merge_status_problems));
    let default = Signal::derive(move || plan.with(|p| p.default_heading(part).to_string()));
    let preview = move || {
        plan.with(|p| match p.numbered_heading(part) {
            Some(h) => format!("导出时写作：{h}"),
            None if part == TextPart::Problems && p.headings.merge_status_problems => {
                format!(
                    "与工作现状合为一个小节，接在工作现状之后：{}",
                    p.numbered_heading(TextPart::Status).unwrap_or_default()
                )
            }
            None => "本部分为空，导出时不列出此小节。".into(),
        })
    };
    let can_merge = matches!(part, TextPart::Status | TextPart::Problems);
    view! {
        <fieldset class="fieldset">
            <legend>"小标题"</legend>
            <Show when=move || !(part == TextPart::Problems && merged.get())>
                <TextInput id=format!("field-{}-heading", part.slug()) label="本小节标题".into() lens=heading optional=true
                    placeholder=default
                    hint="不填则使用模板的标题（框内灰字）；可以按本单位的写法修改，例如：当前我省工作现状。" />
            </Show>
            {can_merge.then(|| view! {
                <div class="checkbox">
                    <input type="checkbox" id=format!("field-{}-merge", part.slug()) class="checkbox__input"
                        prop:checked=merged
                        on:change=move |ev| {
                            let on = event_target_checked(&ev);
                            state.edit(|p| p.headings.merge_status_problems = on);
                        } />
                    <label for=format!("field-{}-merge", part.slug()) class="checkbox__label">
                        "工作现状和存在问题合写为一个小节"
                    </label>
                </div>
            })}
            <p class="feedback" id=format!("field-{}-heading-preview", part.slug())>{preview}</p>
        </fieldset>
    }
}

/// How a plan-level block reads in the document: a lead-in paragraph under （一）重点领域公开事项,
/// before the numbered key areas.
#[component]
fn LeadInPreview(part: TextPart) -> impl IntoView {
    let state = use_app();
    let text = move || {
        state.plan.with(|p| {
            let text = part.get(p).trim();
            if has_content(text) { cut(text, 60) } else { "（未填写）".into() }
        })
    };
    view! {
        <div class="field">
            <p class="hint">"导出时写在“（一）重点领域公开事项”之下、各重点领域之前，作为一段领起文字，不加编号和小标题。请直接写要做的事，不必重复“"{part.title()}"”几个字。"</p>
            <p class="feedback" id=format!("field-{}-preview", part.slug())>{text}</p>
        </div>
    }
}

/// The responsibility division as it will be exported (附件：责任分工表).
#[component]
fn DivisionPreview() -> impl IntoView {
    let state = use_app();
    let rows = Memo::new(move |_| state.plan.with(|p| p.division()));
    view! {
        <section class="division" aria-labelledby="division-heading">
            <h2 class="section-title" id="division-heading">"责任分工表（自动生成，导出为附件）"</h2>
            <p class="hint">"由各重点领域的公开事项和其他相关任务的责任单位生成。要修改，请到相应事项或任务中修改。"</p>
            <div class="table-wrap" tabindex="0" role="region" aria-labelledby="division-heading">
                <table class="table table--division">
                    <thead><tr>{DIVISION_HEADINGS.map(|h| view! { <th scope="col">{h}</th> }).collect_view()}</tr></thead>
                    <tbody>
                        {move || rows.get().into_iter().map(|r| view! {
                            <tr>
                                <td>{r.number}</td><td>{r.group}</td><td>{r.matter}</td><td>{r.content}</td>
                                <td>{r.audience}</td><td>{r.time_limit}</td><td>{r.leads}</td><td>{r.partners}</td>
                            </tr>
                        }).collect_view()}
                    </tbody>
                </table>
            </div>
            <Show when=move || rows.with(Vec::is_empty)>
                <p class="empty">"还没有公开事项或任务，责任分工表为空。"</p>
            </Show>
        </section>
    }
}
