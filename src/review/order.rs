//! The order of the review table: its sortable columns and how each sorts. A file that could not
//! be read sorts before every plan on the numeric columns and by its file name on 报送单位.

use super::Reviewed;
use crate::model::Date;

/// A sortable column of the review table.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SortKey {
    /// The order the files were opened in.
    Order,
    Unit,
    Date,
    Source,
    Score,
    Verdict,
    Errors,
    Warnings,
}

/// The columns in table order, with their headings.
pub const COLUMNS: [(SortKey, &str); 8] = [
    (SortKey::Order, "序号"),
    (SortKey::Unit, "报送单位"),
    (SortKey::Date, "成文日期"),
    (SortKey::Source, "来源"),
    (SortKey::Score, "完整度"),
    (SortKey::Verdict, "结论"),
    (SortKey::Errors, "错误"),
    (SortKey::Warnings, "提示"),
];

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Direction {
    #[default]
    Ascending,
    Descending,
}

/// How the table is sorted.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Sort {
    pub key: SortKey,
    pub direction: Direction,
}

impl Default for Sort {
    fn default() -> Sort {
        Sort { key: SortKey::Order, direction: Direction::Ascending }
    }
}

impl Sort {
    /// The sort after a click on the heading of `key`: the same column reverses, another one
    /// sorts ascending.
    pub fn clicked(self, key: SortKey) -> Sort {
        match self.direction {
            Direction::Ascending if self.key == key => Sort { key, direction: Direction::Descending },
            _ => Sort { key, direction: Direction::Ascending },
        }
    }

    /// `aria-sort` of the heading of `key`.
    pub fn aria(self, key: SortKey) -> &'static str {
        match self.direction {
            _ if self.key != key => "none",
            Direction::Ascending => "ascending",
            Direction::Descending => "descending",
        }
    }

    /// The positions of `list` in the order to show them.
    pub fn order(self, list: &[&Reviewed]) -> Vec<usize> {
        let mut order: Vec<usize> = (0..list.len()).collect();
        order.sort_by_cached_key(|&i| value(list[i], i, self.key));
        if self.direction == Direction::Descending {
            order.reverse();
        }
        order
    }
}

fn value(r: &Reviewed, index: usize, key: SortKey) -> (i64, String) {
    let o = r.outcome.as_ref().ok();
    let count = |f: fn(&super::Opened) -> i64| o.map_or(-1, f);
    match key {
        SortKey::Order => (index as i64, String::new()),
        SortKey::Unit => (0, o.map_or_else(|| r.file_name.clone(), |o| o.unit.clone())),
        SortKey::Date => (0, o.and_then(|o| Date::parse(&o.date).ok()).map(Date::iso).unwrap_or_default()),
        SortKey::Source => (0, o.map(|o| o.source.label().to_string()).unwrap_or_default()),
        SortKey::Score => (count(|o| o.report.score() as i64), String::new()),
        SortKey::Verdict => (count(|o| o.report.ready() as i64), String::new()),
        SortKey::Errors => (count(|o| o.report.errors().count() as i64), String::new()),
        SortKey::Warnings => (count(|o| o.report.warnings().count() as i64), String::new()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalogue::sample_plan;
    use crate::model::Plan;

    fn list() -> Vec<Reviewed> {
        let json = |plan: &Plan| crate::planfile::save(plan).into_bytes();
        let mut early = sample_plan();
        early.cover.unit = "广州市民政局".into();
        early.cover.date = "2018-09-03".into();
        let mut late = sample_plan();
        late.cover.date = "2018年10月8日".into();
        vec![
            super::super::open("b.json", &json(&late)),
            Reviewed::failed("坏文件.json", "无法读取".into()),
            super::super::open("a.json", &json(&early)),
            super::super::open("c.json", &json(&Plan::default())),
        ]
    }

    fn sorted(key: SortKey, direction: Direction) -> Vec<usize> {
        let list = list();
        Sort { key, direction }.order(&list.iter().collect::<Vec<_>>())
    }

    #[test]
    fn files_are_named_by_their_unit_else_by_file_name() {
        let names: Vec<String> = list().iter().map(|r| r.name().to_string()).collect();
        assert_eq!(names, ["广东省民政厅", "坏文件.json", "广州市民政局", "c.json"]);
    }

    #[test]
    fn the_opening_order_is_the_default_and_reverses() {
        assert_eq!(Sort::default().order(&list().iter().collect::<Vec<_>>()), [0, 1, 2, 3]);
        assert_eq!(sorted(SortKey::Order, Direction::Descending), [3, 2, 1, 0]);
    }

    #[test]
    fn dates_sort_as_dates_whatever_their_writing() {
        assert_eq!(sorted(SortKey::Date, Direction::Ascending), [1, 3, 2, 0], "no date first, then by day");
    }

    #[test]
    fn unreadable_files_sort_by_name_and_before_every_plan_on_counts() {
        assert_eq!(sorted(SortKey::Unit, Direction::Ascending)[0], 3, "a plan without a unit first");
        assert_eq!(sorted(SortKey::Score, Direction::Ascending)[..2], [1, 3], "unreadable, then the empty plan");
        assert_eq!(sorted(SortKey::Errors, Direction::Descending)[..1], [3], "most errors first");
        assert_eq!(sorted(SortKey::Verdict, Direction::Ascending)[0], 1);
    }

    #[test]
    fn a_click_sorts_by_the_column_then_reverses_it() {
        let s = Sort::default().clicked(SortKey::Score);
        assert_eq!(s, Sort { key: SortKey::Score, direction: Direction::Ascending });
        assert_eq!((s.aria(SortKey::Score), s.aria(SortKey::Unit)), ("ascending", "none"));
        let s = s.clicked(SortKey::Score);
        assert_eq!(s.aria(SortKey::Score), "descending");
        assert_eq!(s.clicked(SortKey::Score).direction, Direction::Ascending);
        assert_eq!(s.clicked(SortKey::Unit), Sort { key: SortKey::Unit, direction: Direction::Ascending });
    }
}
