//! The plan's year after filing (年度工作进展): one record per year with, for every disclosure
//! item, whether it was published as planned, where, how many pieces of information, and why not;
//! for every other task what was done; and the four parts of the progress report the department
//! sends by the end of February (总体情况, 主要做法和成效, 存在问题, 下一步工作). The figures a
//! report states are computed here ([`Figures`]). Records refer to items and tasks by id, so
//! reordering or editing an item keeps its progress.

use serde::{Deserialize, Serialize};

use super::{Area, Plan};

/// How an item was carried out in the year.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// 已按要求公开.
    Published,
    /// 部分公开.
    Partly,
    /// 尚未公开 (a reason is required).
    NotYet,
    /// 不再适用 (a reason is required).
    NotApplicable,
}

impl Status {
    pub const ALL: [Status; 4] = [Status::Published, Status::Partly, Status::NotYet, Status::NotApplicable];

    pub fn label(self) -> &'static str {
        match self {
            Status::Published => "已按要求公开",
            Status::Partly => "部分公开",
            Status::NotYet => "尚未公开",
            Status::NotApplicable => "不再适用",
        }
    }

    /// Whether the status must be explained.
    pub fn needs_reason(self) -> bool {
        matches!(self, Status::NotYet | Status::NotApplicable)
    }

    /// Whether information was published under the item.
    pub fn published(self) -> bool {
        matches!(self, Status::Published | Status::Partly)
    }
}

/// One item's year.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct ItemProgress {
    /// The item's id.
    pub id: u32,
    pub status: Option<Status>,
    /// Why 尚未公开 / 不再适用 (or what is missing when 部分公开).
    pub reason: String,
    /// Where it is published: the column's name or a web address.
    pub place: String,
    /// Pieces of information published in the year, as typed (a whole number).
    pub count: String,
    pub note: String,
}

/// One other task's year.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct TaskProgress {
    /// The task's id.
    pub id: u32,
    /// What was done.
    pub done: String,
}

/// The progress of one year and its report.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct YearProgress {
    pub year: i32,
    pub items: Vec<ItemProgress>,
    pub tasks: Vec<TaskProgress>,
    /// 总体情况.
    pub overall: String,
    /// 主要做法和成效.
    pub practice: String,
    /// 存在问题.
    pub problems: String,
    /// 下一步工作.
    pub next_steps: String,
    /// The report's 主送; empty means the superior notice's filing recipient.
    pub addressee: String,
    /// The report's date as entered.
    pub date: String,
}

/// What a year's report states as figures.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Figures {
    /// Items of the plan (selected areas).
    pub items: usize,
    /// Items per status, in [`Status::ALL`] order.
    pub by_status: [usize; 4],
    /// Items without a status yet.
    pub unmarked: usize,
    /// Pieces of information published (the counts that are whole numbers).
    pub published: u64,
    /// Areas with at least one item published (fully or partly).
    pub areas: Vec<Area>,
}

impl YearProgress {
    pub fn new(year: i32) -> YearProgress {
        YearProgress { year, ..Default::default() }
    }

    /// The record of item `id` (read only; `None` when nothing was entered for it).
    pub fn item(&self, id: u32) -> Option<&ItemProgress> {
        self.items.iter().find(|p| p.id == id)
    }

    /// The record of item `id`, created when missing.
    pub fn item_mut(&mut self, id: u32) -> &mut ItemProgress {
        match self.items.iter().position(|p| p.id == id) {
            Some(i) => &mut self.items[i],
            None => {
                self.items.push(ItemProgress { id, ..Default::default() });
                self.items.last_mut().expect("just pushed")
            }
        }
    }

    /// What was done on task `id`.
    pub fn task_done(&self, id: u32) -> &str {
        self.tasks.iter().find(|t| t.id == id).map_or("", |t| t.done.as_str())
    }

    pub fn set_task_done(&mut self, id: u32, done: String) {
        match self.tasks.iter_mut().find(|t| t.id == id) {
            Some(t) => t.done = done,
            None => self.tasks.push(TaskProgress { id, done }),
        }
    }

    /// The figures of this year for `plan`'s items (those of the selected areas).
    pub fn figures(&self, plan: &Plan) -> Figures {
        let mut f = Figures::default();
        for area in plan.selected_areas() {
            let mut covered = false;
            for item in &area.items {
                f.items += 1;
                let record = self.item(item.id);
                match record.and_then(|r| r.status) {
                    Some(status) => {
                        f.by_status[Status::ALL.iter().position(|s| *s == status).expect("listed")] += 1;
                        covered |= status.published();
                    }
                    None => f.unmarked += 1,
                }
                if let Some(n) = record.and_then(|r| count(&r.count)) {
                    f.published += n;
                }
            }
            if covered {
                f.areas.push(area.area);
            }
        }
        f
    }
}

/// A typed count as a number: digits (full-width too) with optional separators and a trailing 条.
pub fn count(text: &str) -> Option<u64> {
    let t: String = text
        .trim()
        .trim_end_matches('条')
        .chars()
        .filter(|c| !matches!(c, ',' | '，' | ' '))
        .map(crate::content::half_width_digit)
        .collect();
    if t.is_empty() || !t.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    t.parse().ok()
}

impl Plan {
    /// The progress record of `year`, if any.
    pub fn progress_of(&self, year: i32) -> Option<&YearProgress> {
        self.progress.iter().find(|p| p.year == year)
    }

    /// The progress record of `year`, or an empty one (nothing recorded yet).
    pub fn year_progress(&self, year: i32) -> std::borrow::Cow<'_, YearProgress> {
        match self.progress_of(year) {
            Some(p) => std::borrow::Cow::Borrowed(p),
            None => std::borrow::Cow::Owned(YearProgress::new(year)),
        }
    }

    /// The progress record of `year`, created when missing (years kept in order).
    pub fn progress_mut(&mut self, year: i32) -> &mut YearProgress {
        if let Some(i) = self.progress.iter().position(|p| p.year == year) {
            return &mut self.progress[i];
        }
        self.progress.push(YearProgress::new(year));
        self.progress.sort_by_key(|p| p.year);
        let i = self.progress.iter().position(|p| p.year == year).expect("just added");
        &mut self.progress[i]
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalogue::sample_plan;

    #[test]
    fn counts_read_what_clerks_type() {
        assert_eq!(count("12"), Some(12));
        assert_eq!(count(" １２ 条"), Some(12));
        assert_eq!(count("1,200"), Some(1200));
        assert_eq!(count("约十条"), None);
        assert_eq!(count(""), None);
        assert_eq!(count("-3"), None);
    }

    #[test]
    fn figures_count_statuses_information_and_areas() {
        let plan = sample_plan();
        let areas: Vec<_> = plan.selected_areas().collect();
        let first = &areas[0].items;
        let mut year = YearProgress::new(2018);
        year.item_mut(first[0].id).status = Some(Status::Published);
        year.item_mut(first[0].id).count = "12条".into();
        year.item_mut(first[1].id).status = Some(Status::NotYet);
        year.item_mut(first[1].id).count = "很多".into();
        year.item_mut(9999).status = Some(Status::Published); // an item since deleted
        let f = year.figures(&plan);
        let total: usize = areas.iter().map(|a| a.items.len()).sum();
        assert_eq!(f.items, total);
        assert_eq!(f.by_status, [1, 0, 1, 0]);
        assert_eq!(f.unmarked, total - 2);
        assert_eq!(f.published, 12);
        assert_eq!(f.areas, vec![areas[0].area]);
    }

    #[test]
    fn years_are_kept_in_order_and_records_created_once() {
        let mut plan = Plan::default();
        plan.progress_mut(2019).overall = "b".into();
        plan.progress_mut(2018).overall = "a".into();
        plan.progress_mut(2019).item_mut(3).note = "x".into();
        plan.progress_mut(2019).item_mut(3).count = "1".into();
        assert_eq!(plan.progress.iter().map(|p| p.year).collect::<Vec<_>>(), [2018, 2019]);
        assert_eq!(plan.progress_of(2019).unwrap().items.len(), 1);
        plan.progress_mut(2019).set_task_done(1, "done".into());
        plan.progress_mut(2019).set_task_done(1, "done again".into());
        assert_eq!(plan.progress_of(2019).unwrap().task_done(1), "done again");
        assert!(plan.progress_of(2020).is_none());
    }
}
