//! The page of one free-text part (preamble, the parts of sections 一 and 三, the plan-level
//! blocks and the requirements): a growing text area beside the guidance.

use leptos::prelude::*;

use crate::model::{Part, TextPart};
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
                label=part.heading().to_string()
                lens=lens
                optional=part.is_optional()
                rows=8
            />
        </PartFrame>
    }
}
