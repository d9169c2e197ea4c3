//! Editing responsible units (牵头 / 配合) of an item or a task: a list of text inputs that offer
//! every unit name typed before (a shared `<datalist>`), with add and remove buttons.

use leptos::prelude::*;

use super::fields::{BareInput, GroupError, Lens};
use super::state::AppState;
use crate::model::{Area, Plan, Units};

/// Id of the shared list of unit names.
pub const UNIT_NAMES_ID: &str = "unit-names";

/// Whose units are edited.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnitsOwner {
    Item(Area, u32),
    Task(u32),
}

impl UnitsOwner {
    fn get(self, plan: &Plan) -> Option<&Units> {
        match self {
            UnitsOwner::Item(area, id) => plan.area(area).items.iter().find(|i| i.id == id).map(|i| &i.units),
            UnitsOwner::Task(id) => plan.tasks.other_tasks.iter().find(|t| t.id == id).map(|t| &t.units),
        }
    }

    fn get_mut(self, plan: &mut Plan) -> Option<&mut Units> {
        match self {
            UnitsOwner::Item(area, id) => {
                plan.area_mut(area).items.iter_mut().find(|i| i.id == id).map(|i| &mut i.units)
            }
            UnitsOwner::Task(id) => plan.tasks.other_tasks.iter_mut().find(|t| t.id == id).map(|t| &mut t.units),
        }
    }
}

/// Which of the two lists.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnitRole {
    Lead,
    Partner,
}

impl UnitRole {
    fn list(self, units: &Units) -> &Vec<String> {
        match self {
            UnitRole::Lead => &units.leads,
            UnitRole::Partner => &units.partners,
        }
    }
    fn list_mut(self, units: &mut Units) -> &mut Vec<String> {
        match self {
            UnitRole::Lead => &mut units.leads,
            UnitRole::Partner => &mut units.partners,
        }
    }
    fn label(self) -> &'static str {
        match self {
            UnitRole::Lead => "牵头单位",
            UnitRole::Partner => "配合单位（选填）",
        }
    }
    fn slug(self) -> &'static str {
        match self {
            UnitRole::Lead => "leads",
            UnitRole::Partner => "partners",
        }
    }
}

/// The list of unit inputs of one owner and role.
/// One change to a list of unit names.
type UnitEdit = Box<dyn FnOnce(&mut Vec<String>)>;

#[component]
pub fn UnitList(
    state: AppState,
    owner: UnitsOwner,
    role: UnitRole,
    id_prefix: String,
    #[prop(optional)] error: Option<Signal<Option<String>>>,
) -> impl IntoView {
    let plan = state.plan;
    let count = Memo::new(move |_| plan.with(|p| owner.get(p).map(|u| role.list(u).len()).unwrap_or(0)));
    let edit = move |f: UnitEdit| {
        state.edit(|p| {
            if let Some(units) = owner.get_mut(p) {
                f(role.list_mut(units));
            }
        })
    };
    let group_id = format!("{id_prefix}-{}", role.slug());
    let add_label = match role {
        UnitRole::Lead => "添加牵头单位",
        UnitRole::Partner => "添加配合单位",
    };
    let prefix = group_id.clone();
    let rows = move || {
        let prefix = prefix.clone();
        (0..count.get())
            .map(|i| {
                let lens = Lens::computed(
                    state,
                    move |p| owner.get(p).and_then(|u| role.list(u).get(i).cloned()).unwrap_or_default(),
                    move |p, v| {
                        if let Some(slot) = owner.get_mut(p).and_then(|u| role.list_mut(u).get_mut(i)) {
                            *slot = v;
                        }
                    },
                );
                let input_id = format!("{prefix}-{i}");
                view! {
                    <div class="unit-row">
                        <BareInput id=input_id lens=lens list=UNIT_NAMES_ID
                            aria_label=format!("{}{}", role.label().trim_end_matches("（选填）"), i + 1) />
                        <button type="button" class="button button--secondary button--small"
                            aria-label=format!("删除{}{}", role.label().trim_end_matches("（选填）"), i + 1)
                            on:click=move |_| edit(Box::new(move |list| { if i < list.len() { list.remove(i); } }))>
                            "删除"
                        </button>
                    </div>
                }
            })
            .collect_view()
    };
    let focus_prefix = group_id.clone();
    view! {
        <fieldset class="fieldset fieldset--small" id=group_id.clone()>
            <legend class="label">{role.label()}</legend>
            {error.map(|e| view! { <GroupError id=group_id.clone() error=e /> })}
            {rows}
            <button type="button" class="button button--secondary button--small" id=format!("{group_id}-add")
                on:click=move |_| {
                    let n = count.get_untracked();
                    edit(Box::new(|list| list.push(String::new())));
                    let id = format!("{focus_prefix}-{n}");
                    request_animation_frame(move || super::focus_id(&id));
                }>
                {add_label}
            </button>
        </fieldset>
    }
}

/// Every unit name the user could mean (see [`crate::catalogue::unit_names`]). The list is kept
/// up to date entry by entry: a keystroke in a unit field adds or removes at most the names it
/// changed; nothing is rebuilt or sorted again.
#[component]
pub fn UnitNames(state: AppState) -> impl IntoView {
    let list = NodeRef::<leptos::html::Datalist>::new();
    let index = StoredValue::new(crate::catalogue::unit_names::UnitNames::default());
    Effect::new(move |_| {
        let Some(list) = list.get() else { return };
        let changes = index.try_update_value(|i| state.plan.with(|p| i.update(p))).unwrap_or_default();
        let option = |name: &str| {
            let option = document().create_element("option").ok()?;
            option.set_attribute("value", name).ok()?;
            Some(option)
        };
        if list.child_element_count() == 0 {
            // The first time: every name, in order.
            index.with_value(|i| {
                for o in i.names().filter_map(option) {
                    let _ = list.append_child(&o);
                }
            });
            return;
        }
        let nth = |n: usize| {
            let mut child = list.first_element_child();
            for _ in 0..n {
                child = child.and_then(|c| c.next_element_sibling());
            }
            child
        };
        for at in changes.removed {
            if let Some(old) = nth(at) {
                old.remove();
            }
        }
        for (at, name) in changes.added {
            if let Some(new) = option(&name) {
                let _ = list.insert_before(&new, nth(at).as_ref().map(|n| n.as_ref()));
            }
        }
    });
    view! { <datalist id=UNIT_NAMES_ID node_ref=list></datalist> }
}
