//! Form fields: labelled text inputs and growing text areas bound to one string of the plan.
//!
//! The DOM value is written only when the model differs from what the element shows, so typing
//! (including Chinese IME composition) is never disturbed by the round trip through the model.

use leptos::html;
use leptos::prelude::*;

use super::state::AppState;
use crate::content::char_len;
use crate::model::Plan;

/// A string of the plan: a memo to read it and a callback to write it.
#[derive(Clone, Copy)]
pub struct Lens {
    pub value: Signal<String>,
    pub set: Callback<String>,
}

impl Lens {
    /// A lens on a string field.
    pub fn new(
        state: AppState,
        read: impl Fn(&Plan) -> &str + Send + Sync + 'static,
        write: impl Fn(&mut Plan, String) + Send + Sync + 'static,
    ) -> Lens {
        Lens::computed(state, move |p| read(p).to_string(), write)
    }

    /// A lens whose shown value is computed (e.g. a generated title or a number).
    pub fn computed(
        state: AppState,
        read: impl Fn(&Plan) -> String + Send + Sync + 'static,
        write: impl Fn(&mut Plan, String) + Send + Sync + 'static,
    ) -> Lens {
        let plan = state.plan;
        let value = Memo::new(move |_| plan.with(&read));
        Lens { value: value.into(), set: Callback::new(move |v: String| state.edit(|p| write(p, v))) }
    }
}

fn label_text(label: &str, optional: bool) -> String {
    if optional { format!("{label}（选填）") } else { label.to_string() }
}

/// Keeps an element's value equal to the model without touching it while it already matches.
fn sync_value<E>(node: NodeRef<E>, value: Signal<String>, after: impl Fn(&web_sys::HtmlElement, &str) + 'static)
where
    E: html::ElementType,
    E::Output: Clone + wasm_bindgen::JsCast + 'static,
{
    Effect::new(move |_| {
        let v = value.get();
        if let Some(el) = node.get() {
            let el: web_sys::HtmlElement = wasm_bindgen::JsCast::unchecked_into(el);
            let current = js_sys::Reflect::get(&el, &"value".into()).ok().and_then(|v| v.as_string());
            if current.as_deref() != Some(v.as_str()) {
                let _ = js_sys::Reflect::set(&el, &"value".into(), &v.as_str().into());
            }
            after(&el, &v);
        }
    });
}

/// Fits a text area's height to its content. Measuring the content's height takes a layout of
/// the page (on a long area page, the largest part of a key's cost): while the text only grows,
/// one measure says whether it overflows; only a text that may have shrunk (as long as before or
/// shorter) has its height reset first, which takes a second layout.
fn fit_height(el: &web_sys::HtmlElement, may_have_shrunk: bool) {
    let style = el.style();
    if may_have_shrunk {
        let _ = style.set_property("height", "auto");
    }
    let height = el.scroll_height();
    if !may_have_shrunk && height <= el.client_height() {
        return;
    }
    if height == 0 {
        // Not on the screen yet (a page is built before it is shown): measured when it is.
        let _ = style.remove_property("height");
        fit_when_shown(el.clone(), 10);
        return;
    }
    let _ = style.set_property("height", &format!("{}px", height + 2));
}

/// Fits a text area in one of the next `frames` animation frames, once it has a size.
fn fit_when_shown(el: web_sys::HtmlElement, frames: u32) {
    request_animation_frame(move || {
        if el.scroll_height() > 0 {
            fit_height(&el, true);
        } else if frames > 1 {
            fit_when_shown(el, frames - 1);
        }
    });
}

/// The error message under a label, and the attributes that tie it to the input.
fn error_view(id: &str, error: Option<Signal<Option<String>>>) -> impl IntoView + use<> {
    let error_id = format!("{id}-error");
    error.map(|e| {
        view! {
            <Show when=move || e.with(Option::is_some)>
                <p class="error-message" id=error_id.clone()>
                    <span class="visually-hidden">"错误："</span>{move || e.get().unwrap_or_default()}
                </p>
            </Show>
        }
    })
}

/// `aria-describedby` of an input: its hint, count and (when shown) error; none when empty.
fn described_by(id: &str, hint: bool, count: bool, error: Option<Signal<Option<String>>>) -> Signal<Option<String>> {
    let id = id.to_string();
    Signal::derive(move || {
        let mut ids = Vec::new();
        if error.is_some_and(|e| e.with(Option::is_some)) {
            ids.push(format!("{id}-error"));
        }
        if hint {
            ids.push(format!("{id}-hint"));
        }
        if count {
            ids.push(format!("{id}-count"));
        }
        (!ids.is_empty()).then(|| ids.join(" "))
    })
}

fn invalid(error: Option<Signal<Option<String>>>) -> Signal<Option<&'static str>> {
    Signal::derive(move || error.and_then(|e| e.with(|m| m.as_ref().map(|_| "true"))))
}

/// A labelled multi-line field that grows with its content and shows a character count.
#[component]
pub fn TextArea(
    id: String,
    label: String,
    lens: Lens,
    /// Help under the label (a text, or `None` for none).
    #[prop(optional, into)]
    hint: MaybeProp<String>,
    #[prop(optional)] optional: bool,
    #[prop(default = 5)] rows: u32,
    #[prop(optional)] error: Option<Signal<Option<String>>>,
) -> impl IntoView {
    let hint = hint.get_untracked();
    let node = NodeRef::<html::Textarea>::new();
    let length = std::cell::Cell::new(usize::MAX);
    sync_value(node, lens.value, move |el, value| fit_height(el, value.len() <= length.replace(value.len())));
    let hint_id = format!("{id}-hint");
    let count_id = format!("{id}-count");
    let described = described_by(&id, hint.is_some(), true, error);
    let count = move || format!("已输入 {} 字", char_len(&lens.value.get()));
    view! {
        <div class="field" class:field--error=move || error.is_some_and(|e| e.with(Option::is_some))>
            <label class="label" for=id.clone()>{label_text(&label, optional)}</label>
            {hint.map(|h| view! { <p class="hint" id=hint_id>{h}</p> })}
            {error_view(&id, error)}
            <textarea
                id=id
                class="textarea"
                rows=rows
                node_ref=node
                aria-describedby=described
                aria-invalid=invalid(error)
                on:input=move |ev| {
                    lens.set.run(event_target_value(&ev));
                }
            ></textarea>
            <p class="count" id=count_id>{count}</p>
        </div>
    }
}

/// A labelled single-line field.
#[component]
pub fn TextInput(
    id: String,
    label: String,
    lens: Lens,
    /// Help under the label (a text, or `None` for none).
    #[prop(optional, into)]
    hint: MaybeProp<String>,
    #[prop(optional)] optional: bool,
    #[prop(optional)] width: Option<&'static str>,
    #[prop(default = "text")] kind: &'static str,
    #[prop(optional)] error: Option<Signal<Option<String>>>,
    /// Shown while the field is empty (e.g. the template's wording the field defaults to).
    #[prop(optional, into)]
    placeholder: MaybeProp<String>,
) -> impl IntoView {
    let hint = hint.get_untracked();
    let node = NodeRef::<html::Input>::new();
    sync_value(node, lens.value, |_, _| {});
    let hint_id = format!("{id}-hint");
    let described = described_by(&id, hint.is_some(), false, error);
    view! {
        <div class="field" class:field--error=move || error.is_some_and(|e| e.with(Option::is_some))>
            <label class="label" for=id.clone()>{label_text(&label, optional)}</label>
            {hint.map(|h| view! { <p class="hint" id=hint_id.clone()>{h}</p> })}
            {error_view(&id, error)}
            <input
                id=id
                type=kind
                class=format!("input {}", width.unwrap_or(""))
                placeholder=move || placeholder.get()
                node_ref=node
                aria-describedby=described
                aria-invalid=invalid(error)
                on:input=move |ev| lens.set.run(event_target_value(&ev))
            />
        </div>
    }
}

/// The error message of a group of inputs (fieldset), shown under its legend.
#[component]
pub fn GroupError(id: String, error: Signal<Option<String>>) -> impl IntoView {
    error_view(&id, Some(error))
}

/// An input without its own label (labelled by `aria_label`, e.g. one of several unit names).
#[component]
pub fn BareInput(
    id: String,
    lens: Lens,
    aria_label: String,
    #[prop(optional)] list: Option<&'static str>,
) -> impl IntoView {
    let node = NodeRef::<html::Input>::new();
    sync_value(node, lens.value, |_, _| {});
    view! {
        <input id=id class="input" type="text" node_ref=node list=list aria-label=aria_label
            on:input=move |ev| lens.set.run(event_target_value(&ev)) />
    }
}

/// 上移 / 下移 buttons of an entry in a reorderable list (items, tasks). `noun` names the entry
/// for screen readers ("第 {n} 项", "任务 {n}").
#[component]
pub fn MoveButtons(
    id_prefix: String,
    noun: fn(usize) -> String,
    position: Memo<Option<usize>>,
    count: Memo<usize>,
    on_move: Callback<bool>,
) -> impl IntoView {
    let number = move || position.get().map(|i| i + 1).unwrap_or(0);
    view! {
        <button type="button" class="button button--secondary button--small" id=format!("{id_prefix}-up")
            disabled=move || position.get() == Some(0)
            aria-label=move || format!("上移{}", noun(number()))
            on:click=move |_| on_move.run(true)>"上移"</button>
        <button type="button" class="button button--secondary button--small" id=format!("{id_prefix}-down")
            disabled=move || position.get().map(|i| i + 1 >= count.get()).unwrap_or(true)
            aria-label=move || format!("下移{}", noun(number()))
            on:click=move |_| on_move.run(false)>"下移"</button>
    }
}

/// After a move, keeps focus on the moved entry: on the same button, or on the other one when
/// the entry reached the end of the list (a disabled button cannot hold focus).
pub fn focus_after_move(id_prefix: String, up: bool) {
    request_animation_frame(move || {
        let (same, other) = if up { ("up", "down") } else { ("down", "up") };
        let disabled =
            document().get_element_by_id(&format!("{id_prefix}-{same}")).is_some_and(|el| el.has_attribute("disabled"));
        super::focus_id(&format!("{id_prefix}-{}", if disabled { other } else { same }));
    });
}

/// A grid of checkboxes, one per label; box `i` has the id `{id_prefix}-{i}`.
#[component]
pub fn CheckboxGroup(
    id_prefix: String,
    labels: Vec<&'static str>,
    /// Whether box `i` is ticked (read in a reactive context).
    checked: Callback<usize, bool>,
    on_change: Callback<(usize, bool)>,
) -> impl IntoView {
    let boxes = labels
        .into_iter()
        .enumerate()
        .map(|(i, label)| {
            let id = format!("{id_prefix}-{i}");
            view! {
                <div class="checkbox checkbox--small">
                    <input type="checkbox" class="checkbox__input" id=id.clone()
                        prop:checked=move || checked.run(i)
                        on:change=move |ev| on_change.run((i, event_target_checked(&ev))) />
                    <label class="checkbox__label" for=id>{label}</label>
                </div>
            }
        })
        .collect_view();
    view! { <div class="checkbox-grid">{boxes}</div> }
}

/// Radio buttons of one group `name`, one per `(id, label)`.
#[component]
pub fn RadioGroup(
    name: String,
    options: Vec<(String, &'static str)>,
    /// The chosen option's index, if any.
    selected: Signal<Option<usize>>,
    on_select: Callback<usize>,
) -> impl IntoView {
    options
        .into_iter()
        .enumerate()
        .map(|(i, (id, label))| {
            view! {
                <div class="radio">
                    <input type="radio" class="checkbox__input" name=name.clone() id=id.clone()
                        prop:checked=move || selected.get() == Some(i)
                        on:change=move |_| on_select.run(i) />
                    <label class="checkbox__label" for=id>{label}</label>
                </div>
            }
        })
        .collect_view()
}
