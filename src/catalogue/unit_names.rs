//! Every unit name a user could mean when filling in 牵头 / 配合 units: the plan's own unit, the
//! units typed anywhere in the plan and the departments the catalogue names. Kept up to date as
//! the plan changes without being rebuilt: [`UnitNames::update`] compares each place's names with
//! those it saw last (no copies, no sorting) and changes only what differs, reporting which names
//! came and went so the page changes only those entries of its list.

use std::collections::BTreeMap;

use crate::model::{Area, Plan, Units};

/// The names, sorted, with how many places hold each.
#[derive(Clone, Debug, PartialEq)]
pub struct UnitNames {
    /// The names each place held when last seen: the cover's unit, then every item and task.
    seen: Vec<Vec<String>>,
    counts: BTreeMap<String, usize>,
}

/// Names that came and went in one update.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Changes {
    pub added: Vec<String>,
    pub removed: Vec<String>,
}

impl Changes {
    pub fn is_empty(&self) -> bool {
        self.added.is_empty() && self.removed.is_empty()
    }
}

impl Default for UnitNames {
    /// The catalogue's departments, held for good.
    fn default() -> UnitNames {
        let mut counts = BTreeMap::new();
        for area in Area::ALL {
            let info = super::area_info(area);
            for name in info.leads.iter().chain(info.partners).map(|s| s.trim()).filter(|s| !s.is_empty()) {
                *counts.entry(name.to_string()).or_insert(0) += 1;
            }
        }
        UnitNames { seen: Vec::new(), counts }
    }
}

fn names_of(units: &Units) -> impl Iterator<Item = &str> + Clone {
    units.leads.iter().chain(&units.partners).map(|s| s.trim()).filter(|s| !s.is_empty())
}

impl UnitNames {
    /// The distinct names in order.
    pub fn names(&self) -> impl Iterator<Item = &str> {
        self.counts.keys().map(String::as_str)
    }

    /// The name listed after `name` (where a new entry goes before).
    pub fn next_after(&self, name: &str) -> Option<&str> {
        use std::ops::Bound::{Excluded, Unbounded};
        self.counts.range::<str, _>((Excluded(name), Unbounded)).next().map(|(k, _)| k.as_str())
    }

    /// Brings the names up to date with `plan`.
    pub fn update(&mut self, plan: &Plan) -> Changes {
        // Each name counted up or down, and whether it was listed before.
        let mut touched = BTreeMap::new();
        let cover = std::iter::once(plan.cover.unit.trim()).filter(|s| !s.is_empty());
        self.sync(0, cover, &mut touched);
        let owners = plan
            .tasks
            .areas
            .iter()
            .flat_map(|a| a.items.iter().map(|i| &i.units))
            .chain(plan.tasks.other_tasks.iter().map(|t| &t.units));
        let mut slot = 1;
        for units in owners {
            self.sync(slot, names_of(units), &mut touched);
            slot += 1;
        }
        for gone in self.seen.split_off(slot.min(self.seen.len())) {
            self.count(gone, -1, &mut touched);
        }
        let mut changes = Changes::default();
        for (name, before) in touched {
            match (before, self.counts.contains_key(&name)) {
                (false, true) => changes.added.push(name),
                (true, false) => changes.removed.push(name),
                _ => {}
            }
        }
        changes
    }

    fn sync<'a>(
        &mut self,
        slot: usize,
        names: impl Iterator<Item = &'a str> + Clone,
        touched: &mut BTreeMap<String, bool>,
    ) {
        if self.seen.len() <= slot {
            self.seen.resize(slot + 1, Vec::new());
        }
        if self.seen[slot].iter().map(String::as_str).eq(names.clone()) {
            return;
        }
        let new: Vec<String> = names.map(str::to_string).collect();
        let old = std::mem::replace(&mut self.seen[slot], new.clone());
        self.count(new, 1, touched);
        self.count(old, -1, touched);
    }

    fn count(&mut self, names: Vec<String>, by: isize, touched: &mut BTreeMap<String, bool>) {
        for name in names {
            let before = self.counts.get(&name).copied().unwrap_or(0);
            touched.entry(name.clone()).or_insert(before > 0);
            match before.saturating_add_signed(by) {
                0 => self.counts.remove(&name),
                n => self.counts.insert(name, n),
            };
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalogue::sample_plan;

    /// The names as a full rebuild finds them.
    fn rebuilt(plan: &Plan) -> Vec<String> {
        let mut names = UnitNames::default();
        names.update(plan);
        names.names().map(str::to_string).collect()
    }

    #[test]
    fn the_list_holds_the_plan_units_and_the_catalogue_sorted_once_each() {
        let plan = sample_plan();
        let names = rebuilt(&plan);
        assert!(names.windows(2).all(|w| w[0] < w[1]), "sorted, no duplicates");
        assert!(names.iter().any(|n| n == "广东省民政厅"));
        let catalogue = rebuilt(&Plan::default());
        assert!(!catalogue.is_empty() && catalogue.iter().all(|n| names.contains(n)));
    }

    #[test]
    fn typing_a_name_changes_only_that_name() {
        let mut plan = sample_plan();
        let mut names = UnitNames::default();
        names.update(&plan);
        assert!(names.update(&plan).is_empty(), "nothing changed, nothing to do");
        let item = &mut plan.tasks.areas.iter_mut().find(|a| !a.items.is_empty()).unwrap().items[0];
        item.units.partners.push("某".into());
        assert_eq!(names.update(&plan), Changes { added: vec!["某".into()], removed: vec![] });
        let item = &mut plan.tasks.areas.iter_mut().find(|a| !a.items.is_empty()).unwrap().items[0];
        *item.units.partners.last_mut().unwrap() = "某某局".into();
        assert_eq!(names.update(&plan), Changes { added: vec!["某某局".into()], removed: vec!["某".into()] });
        assert_eq!(names.next_after("某"), Some("某某局"));
        assert_eq!(names.names().map(str::to_string).collect::<Vec<_>>(), rebuilt(&plan));
    }

    #[test]
    fn a_name_still_held_elsewhere_stays_and_a_replaced_plan_is_followed() {
        let mut names = UnitNames::default();
        let sample = sample_plan();
        names.update(&sample);
        let mut moved = sample.clone();
        // Items removed: the names only they held go, the cover's unit and the catalogue's stay.
        for a in &mut moved.tasks.areas {
            a.items.clear();
        }
        let changes = names.update(&moved);
        assert!(!changes.removed.iter().any(|r| r == "广东省民政厅"), "{changes:?}");
        assert_eq!(names.names().map(str::to_string).collect::<Vec<_>>(), rebuilt(&moved));
        names.update(&Plan::default());
        assert_eq!(names.names().map(str::to_string).collect::<Vec<_>>(), rebuilt(&Plan::default()));
        names.update(&sample);
        assert_eq!(names.names().map(str::to_string).collect::<Vec<_>>(), rebuilt(&sample));
    }
}
