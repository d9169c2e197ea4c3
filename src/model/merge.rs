//! Merging (SPEC §1 user 3, §5): a lead department takes the disclosure items that a
//! co-operating department wrote for one key area, from that department's plan file, into its
//! own plan. The imported items keep every field — their responsible units included, so the
//! responsibility division names the co-operating department — and get fresh ids.

use super::{Area, Item, Plan};
use crate::content::has_content;

/// An item of another plan offered for import into one area.
#[derive(Clone, Debug, PartialEq)]
pub struct Offer {
    pub item: Item,
    /// The own plan already has an item of this name in the area (offered unticked).
    pub same_name: bool,
}

/// What another plan can contribute to `area` of `own`: its items of that area, in order, each
/// ready to import (lead units filled in with the other plan's unit where it named none).
pub fn offers(own: &Plan, other: &Plan, area: Area) -> Vec<Offer> {
    let other_unit = other.cover.unit.trim();
    other
        .area(area)
        .items
        .iter()
        .map(|item| {
            let mut item = item.clone();
            if item.units.named_leads().next().is_none() && has_content(other_unit) {
                item.units.leads = vec![other_unit.to_string()];
            }
            let same_name =
                has_content(&item.name) && own.area(area).items.iter().any(|i| i.name.trim() == item.name.trim());
            Offer { item, same_name }
        })
        .collect()
}

/// Appends the items to `area` of `plan` with fresh ids (in the given order) and returns those
/// ids, so the import can be undone with [`super::ops::remove_entry`].
pub fn import(plan: &mut Plan, area: Area, items: impl IntoIterator<Item = Item>) -> Vec<u32> {
    let items: Vec<Item> = items.into_iter().collect();
    let ids = plan.fresh_ids(items.len());
    let list = &mut plan.area_mut(area).items;
    for (&id, mut item) in ids.iter().zip(items) {
        item.id = id;
        list.push(item);
    }
    ids
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalogue::sample_plan;
    use crate::model::ops;

    /// A co-operating department's plan with three items for social assistance: one new, one
    /// named like an item of the sample, and one without lead units.
    fn partner_plan() -> Plan {
        let mut plan = Plan::default();
        plan.cover.unit = "广东省教育厅".into();
        let sample = sample_plan();
        let existing = sample.area(Area::SocialAssistance).items[0].clone();
        let entry = plan.area_mut(Area::SocialAssistance);
        entry.selected = true;
        entry.items.push(Item {
            id: 7,
            name: "家庭经济困难学生资助政策".into(),
            units: crate::model::Units { leads: vec!["省教育厅".into()], partners: vec!["省财政厅".into()] },
            ..Item::default()
        });
        entry.items.push(Item { id: 8, ..existing });
        entry.items.push(Item { id: 9, name: "教育救助申请流程".into(), ..Item::default() });
        plan
    }

    #[test]
    fn offers_flag_same_names_and_fill_missing_leads() {
        let own = sample_plan();
        let offered = offers(&own, &partner_plan(), Area::SocialAssistance);
        assert_eq!(offered.len(), 3);
        assert_eq!(offered.iter().map(|o| o.same_name).collect::<Vec<_>>(), [false, true, false]);
        assert_eq!(offered[0].item.units.leads, ["省教育厅"], "named leads are kept");
        assert_eq!(offered[0].item.units.partners, ["省财政厅"]);
        assert_eq!(offered[2].item.units.leads, ["广东省教育厅"], "no lead: the other plan's unit");
        assert!(offers(&own, &partner_plan(), Area::Education).is_empty(), "only the chosen area");
    }

    #[test]
    fn import_appends_with_fresh_ids_and_undoes() {
        let mut own = sample_plan();
        let before = own.clone();
        let count = own.area(Area::SocialAssistance).items.len();
        let items: Vec<Item> =
            offers(&own, &partner_plan(), Area::SocialAssistance).into_iter().map(|o| o.item).collect();
        let ids = import(&mut own, Area::SocialAssistance, items.clone());
        let list = &own.area(Area::SocialAssistance).items;
        assert_eq!(list.len(), count + 3);
        assert_eq!(list[count].name, "家庭经济困难学生资助政策");
        assert_eq!(ids, list[count..].iter().map(|i| i.id).collect::<Vec<_>>());
        // Ids are unique across the whole plan, also when the same items are imported twice.
        let again = import(&mut own, Area::SocialAssistance, items);
        let mut all: Vec<u32> = own.tasks.areas.iter().flat_map(|a| a.items.iter().map(|i| i.id)).collect();
        all.extend(own.tasks.other_tasks.iter().map(|t| t.id));
        let unique: std::collections::HashSet<u32> = all.iter().copied().collect();
        assert_eq!(unique.len(), all.len());
        // Removing the imported ids restores the plan exactly.
        for id in again.into_iter().chain(ids) {
            ops::remove_entry(&mut own.area_mut(Area::SocialAssistance).items, id).expect("imported item");
        }
        assert_eq!(own, before);
    }

    #[test]
    fn import_into_a_plan_holding_the_largest_id_does_not_wrap() {
        let mut own = sample_plan();
        own.area_mut(Area::SocialAssistance).items[0].id = u32::MAX;
        let items: Vec<Item> =
            offers(&own, &partner_plan(), Area::SocialAssistance).into_iter().map(|o| o.item).collect();
        let ids = import(&mut own, Area::SocialAssistance, items);
        assert!(!ids.contains(&0) && !ids.contains(&u32::MAX));
        let all: Vec<u32> = own
            .tasks
            .areas
            .iter()
            .flat_map(|a| a.items.iter().map(|i| i.id))
            .chain(own.tasks.other_tasks.iter().map(|t| t.id))
            .collect();
        let unique: std::collections::HashSet<u32> = all.iter().copied().collect();
        assert_eq!(unique.len(), all.len(), "every id distinct: {all:?}");
    }
}
