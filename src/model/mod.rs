//! The plan (工作方案) as a department fills it in, following the template of seed 000:
//! cover data, preamble, section 一 (status analysis), section 二 (tasks: plan-level blocks,
//! key areas with disclosure items, other tasks, requirements) and section 三 (safeguards); and,
//! after filing, the progress of each year ([`progress`]).
//!
//! Plain data with serde; every struct defaults missing fields so older or partial plan files load.
//! Derived views (title lines, deadline, responsibility division, part progress) live in the
//! submodules.

pub mod area;
pub mod cover;
pub mod date;
pub mod division;
pub mod docnumber;
pub mod issuing;
pub mod item;
pub mod merge;
pub mod ops;
pub mod parts;
pub mod progress;

use serde::{Deserialize, Serialize};

pub use area::{Area, AreaPlan};
pub use cover::{Cover, FilingLetter, Notice};
pub use date::{Date, DateError};
pub use division::DivisionRow;
pub use docnumber::{DocNumber, DocNumberError};
pub use issuing::IssuingNotice;
pub use item::{
    Audience, AudienceScope, Channel, DisclosureMode, FieldKind, FieldSpec, InfoCategory, Item, ItemField, Level,
    OtherTask, Units,
};
pub use parts::{Headings, Part, TextPart};

/// The whole plan.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Plan {
    pub cover: Cover,
    /// 前言: purpose, significance and legal basis.
    pub preamble: String,
    /// 一、现状分析及思路目标.
    pub analysis: Analysis,
    /// 二、主要任务及具体措施.
    pub tasks: Tasks,
    /// 三、组织保障和监督考核.
    pub safeguards: Safeguards,
    /// Own subsection headings of 一 and 三 and the merged 现状和问题 choice; written to a plan
    /// file only when changed from the template.
    #[serde(skip_serializing_if = "Headings::is_default")]
    pub headings: Headings,
    /// Text of a Word document imported into this draft that could not be placed in any part
    /// (kept, shown as a part of its own, until the user moves it and deletes it). Written to a
    /// plan file only when there is some, so plan files without it stay as they were.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub unplaced: Vec<Unplaced>,
    /// The years after filing: progress per item and task, and the yearly report (see
    /// [`progress`]). Written only when there is some.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub progress: Vec<progress::YearProgress>,
}

/// A block of imported text not yet placed.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Unplaced {
    /// Where it was in the Word document (a heading, 印发通知, 附件…).
    pub from: String,
    pub text: String,
}

/// Section 一: five free-text parts, all required.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Analysis {
    /// （一）工作现状
    pub status: String,
    /// （二）存在问题
    pub problems: String,
    /// （三）总体思路
    pub approach: String,
    /// （四）工作目标
    pub goals: String,
    /// （五）基本原则
    pub principles: String,
}

/// Section 二.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Tasks {
    /// Plan-level block: 决策信息公开.
    pub decision: String,
    /// Plan-level block: 管理和服务信息公开.
    pub management_service: String,
    /// Plan-level block: 执行和结果信息公开.
    pub execution_result: String,
    /// （一）重点领域公开事项: always the seven areas in their fixed order, each selected or not.
    /// An area that is unticked keeps its items (hidden) until the user discards them.
    pub areas: Vec<AreaPlan>,
    /// （二）其他相关任务.
    pub other_tasks: Vec<OtherTask>,
    /// （三）具体要求 (the responsibility division is generated).
    pub requirements: String,
}

impl Default for Tasks {
    fn default() -> Self {
        Tasks {
            decision: String::new(),
            management_service: String::new(),
            execution_result: String::new(),
            areas: Area::ALL.iter().map(|&area| AreaPlan::new(area)).collect(),
            other_tasks: Vec::new(),
            requirements: String::new(),
        }
    }
}

/// Section 三: five parts; the fifth is optional.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Safeguards {
    /// （一）加强组织领导（协调机制）
    pub leadership: String,
    /// （二）考核评估
    pub assessment: String,
    /// （三）畅通投诉举报渠道
    pub complaints: String,
    /// （四）监督检查
    pub supervision: String,
    /// （五）其他保障措施（选填）
    pub other: String,
}

impl Plan {
    /// Puts a plan read from anywhere into canonical shape: the seven areas exactly once each in
    /// their fixed order (items of duplicated areas merged), categories and channels in their
    /// fixed order without repeats, and unique non-zero ids on every item and task. Idempotent.
    pub fn normalise(&mut self) {
        let mut areas: Vec<AreaPlan> = Area::ALL.iter().map(|&a| AreaPlan::new(a)).collect();
        for entry in self.tasks.areas.drain(..) {
            let slot = &mut areas[entry.area.index()];
            slot.selected |= entry.selected;
            slot.items.extend(entry.items);
        }
        self.tasks.areas = areas;

        for item in self.tasks.areas.iter_mut().flat_map(|a| a.items.iter_mut()) {
            item.categories.sort();
            item.categories.dedup();
            item.channels.sort();
            item.channels.dedup();
        }

        let mut seen = std::collections::HashSet::new();
        let mut fresh = FreshIds::new(self.used_ids());
        let ids = self
            .tasks
            .areas
            .iter_mut()
            .flat_map(|a| a.items.iter_mut().map(|i| &mut i.id))
            .chain(self.tasks.other_tasks.iter_mut().map(|t| &mut t.id));
        for id in ids {
            if *id == 0 || !seen.insert(*id) {
                *id = fresh.next_id();
                seen.insert(*id);
            }
        }
    }

    fn used_ids(&self) -> impl Iterator<Item = u32> + '_ {
        let items = self.tasks.areas.iter().flat_map(|a| a.items.iter().map(|i| i.id));
        items.chain(self.tasks.other_tasks.iter().map(|t| t.id))
    }

    /// An id not yet used by any item or task (see [`Plan::fresh_ids`]).
    pub fn fresh_id(&self) -> u32 {
        FreshIds::new(self.used_ids()).next_id()
    }

    /// `n` distinct ids not yet used by any item or task: counting up from the largest id in use,
    /// and — when a received plan holds ids up to `u32::MAX` — the smallest free ones. Never 0,
    /// never wrapping.
    pub fn fresh_ids(&self, n: usize) -> Vec<u32> {
        let mut fresh = FreshIds::new(self.used_ids());
        (0..n).map(|_| fresh.next_id()).collect()
    }

    /// The plan entry of one area.
    pub fn area(&self, area: Area) -> &AreaPlan {
        &self.tasks.areas[area.index()]
    }

    /// The plan entry of one area, mutable.
    pub fn area_mut(&mut self, area: Area) -> &mut AreaPlan {
        &mut self.tasks.areas[area.index()]
    }

    /// The areas the unit has selected, in the fixed order.
    pub fn selected_areas(&self) -> impl Iterator<Item = &AreaPlan> {
        self.tasks.areas.iter().filter(|a| a.selected)
    }

    /// The title as it will be printed: the user's own if edited, else generated from the unit.
    pub fn title(&self) -> String {
        self.cover.title()
    }
}

/// Hands out ids not in a given set: above the largest first, then the gaps from 1 up.
struct FreshIds {
    used: std::collections::HashSet<u32>,
    /// The next id above the largest in use; `None` once `u32::MAX` is taken.
    above: Option<u32>,
    /// Where the search for a gap continues.
    gap: u32,
}

impl FreshIds {
    fn new(used: impl Iterator<Item = u32>) -> FreshIds {
        let used: std::collections::HashSet<u32> = used.collect();
        let above = used.iter().max().map_or(Some(1), |max| max.checked_add(1));
        FreshIds { used, above, gap: 1 }
    }

    fn next_id(&mut self) -> u32 {
        let id = match self.above {
            Some(id) => {
                self.above = id.checked_add(1);
                id
            }
            None => {
                // A plan cannot hold 2^32 items, so a gap always exists.
                while self.used.contains(&self.gap) {
                    self.gap += 1;
                }
                self.gap
            }
        };
        self.used.insert(id);
        id
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plan_with_ids(items: &[u32], tasks: &[u32]) -> Plan {
        let mut plan = Plan::default();
        plan.area_mut(Area::Education).items = items.iter().map(|&id| Item { id, ..Item::default() }).collect();
        plan.tasks.other_tasks = tasks.iter().map(|&id| OtherTask { id, ..OtherTask::default() }).collect();
        plan
    }

    #[test]
    fn fresh_ids_count_up_from_the_largest_id_in_use() {
        assert_eq!(Plan::default().fresh_id(), 1);
        assert_eq!(plan_with_ids(&[3, 9], &[4]).fresh_ids(3), [10, 11, 12]);
    }

    #[test]
    fn fresh_ids_never_wrap_past_the_largest_id() {
        let plan = plan_with_ids(&[u32::MAX, 1, 3], &[2]);
        assert_eq!(plan.fresh_id(), 4, "the smallest free id, not 0");
        assert_eq!(plan.fresh_ids(3), [4, 5, 6]);
        let plan = plan_with_ids(&[u32::MAX - 1], &[]);
        assert_eq!(plan.fresh_ids(3), [u32::MAX, 1, 2], "up to the top, then the gaps");
    }

    #[test]
    fn normalise_gives_duplicates_fresh_ids_even_at_the_top_of_the_range() {
        let mut plan = plan_with_ids(&[u32::MAX, u32::MAX, 0], &[1]);
        plan.normalise();
        let mut ids: Vec<u32> = plan.used_ids().collect();
        assert_eq!(ids, [u32::MAX, 2, 3, 1]);
        ids.sort();
        ids.dedup();
        assert_eq!(ids.len(), 4);
        assert_eq!(plan.fresh_id(), 4);
    }

    #[test]
    fn default_plan_has_the_seven_areas_in_order_none_selected() {
        let plan = Plan::default();
        let areas: Vec<Area> = plan.tasks.areas.iter().map(|a| a.area).collect();
        assert_eq!(areas, Area::ALL.to_vec());
        assert_eq!(plan.selected_areas().count(), 0);
    }

    #[test]
    fn normalise_restores_order_merges_duplicates_and_fixes_ids() {
        let mut plan = Plan::default();
        let mut edu = AreaPlan::new(Area::Education);
        edu.selected = true;
        edu.items.push(Item {
            id: 7,
            name: "A".into(),
            categories: vec![InfoCategory::Result, InfoCategory::Decision, InfoCategory::Result],
            channels: vec![Channel::Sms, Channel::Portal],
            ..Item::default()
        });
        let mut edu2 = AreaPlan::new(Area::Education);
        edu2.items.push(Item { id: 7, name: "B".into(), ..Item::default() });
        let mut poverty = AreaPlan::new(Area::PovertyAlleviation);
        poverty.items.push(Item { id: 0, name: "C".into(), ..Item::default() });
        plan.tasks.areas = vec![edu, poverty, edu2];
        plan.tasks.other_tasks.push(OtherTask { id: 7, ..OtherTask::default() });

        plan.normalise();

        assert_eq!(plan.tasks.areas.len(), 7);
        assert_eq!(plan.tasks.areas[0].area, Area::PovertyAlleviation);
        let edu = plan.area(Area::Education);
        assert!(edu.selected);
        assert_eq!(edu.items.iter().map(|i| i.name.as_str()).collect::<Vec<_>>(), ["A", "B"]);
        assert_eq!(edu.items[0].categories, [InfoCategory::Decision, InfoCategory::Result]);
        assert_eq!(edu.items[0].channels, [Channel::Portal, Channel::Sms]);
        let mut ids: Vec<u32> = plan
            .tasks
            .areas
            .iter()
            .flat_map(|a| a.items.iter().map(|i| i.id))
            .chain(plan.tasks.other_tasks.iter().map(|t| t.id))
            .collect();
        assert!(ids.iter().all(|&id| id != 0));
        let n = ids.len();
        ids.sort();
        ids.dedup();
        assert_eq!(ids.len(), n, "ids must be unique");
        assert!(!ids.contains(&plan.fresh_id()));

        let once = plan.clone();
        plan.normalise();
        assert_eq!(plan, once, "normalise is idempotent");
    }
}
