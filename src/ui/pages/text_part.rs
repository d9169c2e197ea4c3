//! The page of one free-text part (preamble, the parts of sections 一 and 三, the plan-level
//! blocks and the requirements): a growing text area beside the guidance. The requirements page
//! also shows a live preview of the generated responsibility division.

use leptos::prelude::*;

use crate::check::Field;
use crate::model::division::DIVISION_HEADINGS;
use crate::model::{Part, TextPart};
use crate::ui::checks::error_signal;
use crate::ui::fields::{Lens, TextArea};
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
            {(part == TextPart::Requirements).then(DivisionPreview)}
        </PartFrame>
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
