//! The responsibility division (责任分工), generated from the items of the selected areas and the
//! other tasks: area or task → item → lead / co-operating units → time limit. It is the annex
//! table of the exported document and the live preview on the requirements page.

use super::Plan;
use crate::content::join_units;

/// One row of the division table (columns of the annex 责任分工表).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DivisionRow {
    /// 序号, from 1.
    pub number: usize,
    /// 重点领域/任务: the area's name, or 其他相关任务.
    pub group: String,
    /// 公开事项: item name or task title.
    pub matter: String,
    /// 公开内容 (for a task: its text).
    pub content: String,
    /// 公开对象.
    pub audience: String,
    /// 公开时限.
    pub time_limit: String,
    /// 牵头单位, joined with 、.
    pub leads: String,
    /// 配合单位, joined with 、.
    pub partners: String,
}

/// Column headings of the division table.
pub const DIVISION_HEADINGS: [&str; 8] =
    ["序号", "重点领域/任务", "公开事项", "公开内容", "公开对象", "公开时限", "牵头单位", "配合单位"];

/// Group label used for the other tasks.
pub const OTHER_TASKS_GROUP: &str = "其他相关任务";

impl Plan {
    /// The division rows: items of the selected areas in order, then the other tasks.
    pub fn division(&self) -> Vec<DivisionRow> {
        let items = self.selected_areas().flat_map(|a| {
            a.items.iter().map(move |item| DivisionRow {
                number: 0,
                group: a.area.label().to_string(),
                matter: item.name.trim().to_string(),
                content: item.content.trim().to_string(),
                audience: item.audience.label(),
                time_limit: item.time_limit.trim().to_string(),
                leads: join_units(&item.units.leads),
                partners: join_units(&item.units.partners),
            })
        });
        let tasks = self.tasks.other_tasks.iter().map(|task| DivisionRow {
            number: 0,
            group: OTHER_TASKS_GROUP.to_string(),
            matter: task.title.trim().to_string(),
            content: task.text.trim().to_string(),
            audience: "—".to_string(),
            time_limit: if task.deadline.trim().is_empty() {
                "—".to_string()
            } else {
                task.deadline.trim().to_string()
            },
            leads: join_units(&task.units.leads),
            partners: join_units(&task.units.partners),
        });
        items.chain(tasks).enumerate().map(|(i, row)| DivisionRow { number: i + 1, ..row }).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Area, Audience, Item, OtherTask, Units};

    #[test]
    fn rows_follow_selected_areas_then_tasks() {
        let mut plan = Plan::default();
        let edu = plan.area_mut(Area::Education);
        edu.selected = true;
        edu.items.push(Item {
            id: 1,
            name: "学生资助名单".into(),
            content: "受助学生姓名、资助金额".into(),
            time_limit: "评审结束后5个工作日内".into(),
            audience: Audience::group("本校师生"),
            units: Units { leads: vec!["省教育厅".into(), "省财政厅".into()], partners: vec![] },
            ..Item::default()
        });
        // Items of an unselected area stay out of the division.
        plan.area_mut(Area::Health).items.push(Item { id: 2, name: "隐藏".into(), ..Item::default() });
        plan.tasks.other_tasks.push(OtherTask {
            id: 3,
            title: "加强基层政务公开".into(),
            text: "推进标准化规范化".into(),
            units: Units { leads: vec!["厅办公室".into()], partners: vec!["各市民政局".into()] },
            deadline: "长期坚持".into(),
            suggestion: None,
        });

        let rows = plan.division();
        assert_eq!(rows.len(), 2);
        assert_eq!(rows[0].number, 1);
        assert_eq!(rows[0].group, "教育");
        assert_eq!(rows[0].audience, "特定群体（本校师生）");
        assert_eq!(rows[0].leads, "省教育厅、省财政厅");
        assert_eq!(rows[0].partners, "");
        assert_eq!(rows[1].number, 2);
        assert_eq!(rows[1].group, OTHER_TASKS_GROUP);
        assert_eq!(rows[1].matter, "加强基层政务公开");
        assert_eq!(rows[1].partners, "各市民政局");
        assert_eq!(rows[1].time_limit, "长期坚持");
    }
}
