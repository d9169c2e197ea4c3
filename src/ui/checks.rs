//! Showing findings: where each field lives in the page (DOM ids), the error summary at the top
//! of a page (GOV.UK pattern: 存在以下问题, links that move focus to the field, focus moves to the
//! summary when it appears), messages at fields, and moving focus on request.

use leptos::prelude::*;

use super::pages::area::field_dom_ids;
use super::state::{AppState, use_app};
use crate::check::{Field, Finding, Severity, TaskField};
use crate::model::{Area, Part};

/// Id of the element that a finding's link focuses.
pub fn dom_id(field: Field) -> String {
    match field {
        Field::Unit => "field-unit".into(),
        Field::Title => "field-title".into(),
        Field::Date => "field-date".into(),
        Field::DocNumber => "field-doc-number".into(),
        Field::IssuingNumber => "field-issuing-number".into(),
        Field::IssuingAddressees => "field-issuing-addressees".into(),
        Field::IssuingBody => "field-issuing-body".into(),
        Field::IssuingDate => "field-issuing-date".into(),
        Field::Text(t) => format!("field-{}", t.slug()),
        Field::Areas => format!("area-{}", Area::ALL[0].slug()),
        Field::AreaItems(_) => "add-blank-item".into(),
        Field::Item { id, field, .. } => field_dom_ids(id, field).0,
        Field::Task { id, field: TaskField::Leads } => format!("task-{id}-leads-0"),
        Field::Task { id, field } => format!("task-{id}-{}", field.slug()),
        Field::OtherTasks => "add-own-task".into(),
        Field::Document => "main".into(),
        Field::Unplaced(i) => format!("unplaced-{i}"),
    }
}

/// Fallbacks when the exact element is not there (e.g. no lead input yet).
fn fallback_id(field: Field) -> Option<String> {
    match field {
        Field::Item { id, field, .. } => field_dom_ids(id, field).1,
        Field::Task { id, field: TaskField::Leads } => Some(format!("task-{id}-leads-add")),
        _ => None,
    }
}

/// Moves focus to a field's element, if it is on the page.
pub fn focus_field_now(field: Field) -> bool {
    let doc = document();
    let el =
        doc.get_element_by_id(&dom_id(field)).or_else(|| fallback_id(field).and_then(|id| doc.get_element_by_id(&id)));
    match el {
        Some(el) => {
            let el: web_sys::HtmlElement = wasm_bindgen::JsCast::unchecked_into(el);
            el.scroll_into_view();
            let _ = el.focus();
            true
        }
        None => false,
    }
}

/// Serves focus requests once the requested page has rendered.
pub fn install_focus_requests(state: AppState) {
    Effect::new(move |_| {
        if let Some(field) = state.focus_request.get() {
            // Two frames: the page renders, then expanded items render. A page still being
            // fetched asks again once it is shown (`pages::lazy`).
            request_animation_frame(move || {
                request_animation_frame(move || {
                    if focus_field_now(field) || !super::pages::lazy::is_loading() {
                        state.focus_request.set(None);
                    }
                })
            });
        }
    });
}

/// The error summary of a part page: shown once the part's errors are revealed.
#[component]
pub fn ErrorSummary(part: Part) -> impl IntoView {
    let state = use_app();
    let errors = Memo::new(move |_| {
        if !state.is_revealed(part) {
            return Vec::new();
        }
        state.report.with(|r| {
            r.for_part(part).into_iter().filter(|f| f.severity() == Severity::Error).cloned().collect::<Vec<Finding>>()
        })
    });
    view! {
        <Show when=move || !errors.with(Vec::is_empty)>
            <div class="error-summary" id="error-summary" tabindex="-1" role="alert" aria-labelledby="error-summary-title">
                <h2 class="error-summary__title" id="error-summary-title">"存在以下问题"</h2>
                <ul class="error-summary__list">
                    {move || errors.get().into_iter().map(|f| {
                        let field = f.field;
                        view! {
                            <li><a href=format!("#{}", dom_id(field)) on:click=move |ev| {
                                ev.prevent_default();
                                state.focus_field(field);
                            }>{f.message}</a></li>
                        }
                    }).collect_view()}
                </ul>
            </div>
        </Show>
    }
}

/// The message shown at a field when its error is revealed.
pub fn error_signal(state: AppState, field: Field) -> Signal<Option<String>> {
    Signal::derive(move || state.field_error(field))
}
