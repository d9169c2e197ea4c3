//! Every unit name a user could mean when filling in 牵头 / 配合 units: the plan's own unit, the
//! units typed anywhere in the plan and the departments the catalogue names. Kept up to date as
//! the plan changes without being rebuilt: [`UnitNames::update`] compares each place's names with
//! those it saw last (no copies, no sorting) and changes only what differs, reporting which names
//! came and went so the page changes only those entries of its list.

use crate::model::{Area, Plan, Units};

/// The names, sorted, with how many places hold each.
#[derive(Clone, Debug, PartialEq)]
pub struct UnitNames {
    /// The names each place held when last seen: the cover's unit, then every item and task.
    seen: Vec<Vec<String>>,
    /// The distinct names in order, each with how many places hold it.
    counts: Vec<(String, usize)>,
}

/// How the list changed in one update, as positions to apply to a copy of it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Changes {
    /// Where the names that went stood in the list before the update, last first.
    pub removed: Vec<usize>,
    /// The names that came, with where they stand in the list after the update, first first.
    pub added: Vec<(usize, String)>,
}

impl Changes {
    pub fn is_empty(&self) -> bool {
        self.added.is_empty() && self.removed.is_empty()
    }
}

impl Default for UnitNames {
    /// The catalogue's departments, held for good.
    fn default() -> UnitNames {
        let mut names: Vec<String> = Area::ALL
            .into_iter()
            .flat_map(|area| {
                let info = super::area_info(area);
                info.leads.iter().chain(info.partners).map(|s| s.trim().to_string())
            })
            .filter(|s| !s.is_empty())
            .collect();
        names.sort();
        names.dedup();
        UnitNames { seen: Vec::new(), counts: names.into_iter().map(|n| (n, 1)).collect() }
    }
}

fn names_of(units: &Units) -> impl Iterator<Item = &str> + Clone {
    units.leads.iter().chain(&units.partners).map(|s| s.trim()).filter(|s| !s.is_empty())
}

impl UnitNames {
    /// The distinct names in order.
    pub fn names(&self) -> impl Iterator<Item = &str> {
        self.counts.iter().map(|(n, _)| n.as_str())
    }

    fn position(&self, name: &str) -> Result<usize, usize> {
        self.counts.binary_search_by(|(n, _)| n.as_str().cmp(name))
    }

    /// Brings the names up to date with `plan`.
    pub fn update(&mut self, plan: &Plan) -> Changes {
        // Each name counted up or down, and whether it was listed before.
        let mut touched = Vec::new();
        // The signing unit and the department the plan speaks for.
        let cover = [plan.cover.unit.trim(), plan.cover.department.trim()].into_iter().filter(|s| !s.is_empty());
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
            self.count(gone, false, &mut touched);
        }
        // The first entry of each name says whether it was listed before the update.
        touched.sort_by(|a: &(String, bool), b| a.0.cmp(&b.0));
        touched.dedup_by(|later, first| later.0 == first.0);
        let (mut added, mut removed) = (Vec::new(), Vec::new());
        for (name, before) in touched {
            match (before, self.position(&name)) {
                (false, Ok(at)) => added.push((at, name)),
                (true, Err(_)) => removed.push(name),
                _ => {}
            }
        }
        // Before the update the list was this one less what came plus what went.
        let removed = removed
            .iter()
            .enumerate()
            .map(|(went_before, name)| {
                let below = self.position(name).unwrap_or_else(|at| at);
                below - added.partition_point(|(_, a)| a < name) + went_before
            })
            .rev()
            .collect();
        Changes { removed, added }
    }

    fn sync<'a>(
        &mut self,
        slot: usize,
        names: impl Iterator<Item = &'a str> + Clone,
        touched: &mut Vec<(String, bool)>,
    ) {
        if self.seen.len() <= slot {
            self.seen.resize(slot + 1, Vec::new());
        }
        if self.seen[slot].iter().map(String::as_str).eq(names.clone()) {
            return;
        }
        let new: Vec<String> = names.map(str::to_string).collect();
        let old = std::mem::replace(&mut self.seen[slot], new.clone());
        self.count(new, true, touched);
        self.count(old, false, touched);
    }

    /// Counts `names` one place more (`up`) or less.
    fn count(&mut self, names: Vec<String>, up: bool, touched: &mut Vec<(String, bool)>) {
        for name in names {
            let at = self.position(&name);
            touched.push((name.clone(), at.is_ok()));
            match (at, up) {
                (Ok(i), true) => self.counts[i].1 += 1,
                (Err(i), true) => self.counts.insert(i, (name, 1)),
                (Ok(i), false) if self.counts[i].1 > 1 => self.counts[i].1 -= 1,
                (Ok(i), false) => {
                    self.counts.remove(i);
                }
                (Err(_), false) => {}
            }
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
        let at = rebuilt(&plan).iter().position(|n| n == "某").unwrap();
        assert_eq!(names.update(&plan), Changes { added: vec![(at, "某".into())], removed: vec![] });
        let item = &mut plan.tasks.areas.iter_mut().find(|a| !a.items.is_empty()).unwrap().items[0];
        *item.units.partners.last_mut().unwrap() = "某某局".into();
        assert_eq!(names.update(&plan), Changes { added: vec![(at, "某某局".into())], removed: vec![at] });
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
        // Applying each update's changes to a copy of the list gives the list a rebuild gives.
        let mut copy = rebuilt(&sample);
        for plan in [&moved, &Plan::default(), &sample, &moved] {
            let changes = names.update(plan);
            for at in &changes.removed {
                copy.remove(*at);
            }
            for (at, name) in changes.added {
                copy.insert(at, name);
            }
            assert_eq!(copy, rebuilt(plan));
            assert_eq!(names.names().map(str::to_string).collect::<Vec<_>>(), copy);
        }
        assert!(copy.iter().any(|n| n == "广东省民政厅"), "the cover's unit stays");
    }
}
