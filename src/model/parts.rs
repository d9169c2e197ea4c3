//! The parts of a plan as the task list shows them (one page each), their stable URL slugs,
//! generic access to the free-text parts, and whether anything is entered in a part (the status
//! itself comes from `check`).

use super::{Area, Plan};
use crate::text::has_content;

/// A free-text part of the plan.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum TextPart {
    Preamble,
    Status,
    Problems,
    Approach,
    Goals,
    Principles,
    Decision,
    ManagementService,
    ExecutionResult,
    Requirements,
    Leadership,
    Assessment,
    Complaints,
    Supervision,
    OtherSafeguards,
}

impl TextPart {
    pub const ALL: [TextPart; 15] = [
        TextPart::Preamble,
        TextPart::Status,
        TextPart::Problems,
        TextPart::Approach,
        TextPart::Goals,
        TextPart::Principles,
        TextPart::Decision,
        TextPart::ManagementService,
        TextPart::ExecutionResult,
        TextPart::Requirements,
        TextPart::Leadership,
        TextPart::Assessment,
        TextPart::Complaints,
        TextPart::Supervision,
        TextPart::OtherSafeguards,
    ];

    /// The text of this part in a plan.
    pub fn get(self, plan: &Plan) -> &str {
        match self {
            TextPart::Preamble => &plan.preamble,
            TextPart::Status => &plan.analysis.status,
            TextPart::Problems => &plan.analysis.problems,
            TextPart::Approach => &plan.analysis.approach,
            TextPart::Goals => &plan.analysis.goals,
            TextPart::Principles => &plan.analysis.principles,
            TextPart::Decision => &plan.tasks.decision,
            TextPart::ManagementService => &plan.tasks.management_service,
            TextPart::ExecutionResult => &plan.tasks.execution_result,
            TextPart::Requirements => &plan.tasks.requirements,
            TextPart::Leadership => &plan.safeguards.leadership,
            TextPart::Assessment => &plan.safeguards.assessment,
            TextPart::Complaints => &plan.safeguards.complaints,
            TextPart::Supervision => &plan.safeguards.supervision,
            TextPart::OtherSafeguards => &plan.safeguards.other,
        }
    }

    /// The text of this part, mutable.
    pub fn get_mut(self, plan: &mut Plan) -> &mut String {
        match self {
            TextPart::Preamble => &mut plan.preamble,
            TextPart::Status => &mut plan.analysis.status,
            TextPart::Problems => &mut plan.analysis.problems,
            TextPart::Approach => &mut plan.analysis.approach,
            TextPart::Goals => &mut plan.analysis.goals,
            TextPart::Principles => &mut plan.analysis.principles,
            TextPart::Decision => &mut plan.tasks.decision,
            TextPart::ManagementService => &mut plan.tasks.management_service,
            TextPart::ExecutionResult => &mut plan.tasks.execution_result,
            TextPart::Requirements => &mut plan.tasks.requirements,
            TextPart::Leadership => &mut plan.safeguards.leadership,
            TextPart::Assessment => &mut plan.safeguards.assessment,
            TextPart::Complaints => &mut plan.safeguards.complaints,
            TextPart::Supervision => &mut plan.safeguards.supervision,
            TextPart::OtherSafeguards => &mut plan.safeguards.other,
        }
    }

    /// Only （五）其他保障措施 may stay empty.
    pub fn is_optional(self) -> bool {
        self == TextPart::OtherSafeguards
    }

    /// Short name, as in the task list.
    pub fn title(self) -> &'static str {
        match self {
            TextPart::Preamble => "前言",
            TextPart::Status => "工作现状",
            TextPart::Problems => "存在问题",
            TextPart::Approach => "总体思路",
            TextPart::Goals => "工作目标",
            TextPart::Principles => "基本原则",
            TextPart::Decision => "决策信息公开",
            TextPart::ManagementService => "管理和服务信息公开",
            TextPart::ExecutionResult => "执行和结果信息公开",
            TextPart::Requirements => "具体要求和责任分工",
            TextPart::Leadership => "加强组织领导",
            TextPart::Assessment => "考核评估",
            TextPart::Complaints => "畅通投诉举报渠道",
            TextPart::Supervision => "监督检查",
            TextPart::OtherSafeguards => "其他保障措施",
        }
    }

    /// The heading as numbered in the document (the three plan-level blocks are numbered inside
    /// 二（一） when exported and carry no number of their own here).
    pub fn heading(self) -> &'static str {
        match self {
            TextPart::Preamble => "前言",
            TextPart::Status => "（一）工作现状",
            TextPart::Problems => "（二）存在问题",
            TextPart::Approach => "（三）总体思路",
            TextPart::Goals => "（四）工作目标",
            TextPart::Principles => "（五）基本原则",
            TextPart::Decision => "决策信息公开",
            TextPart::ManagementService => "管理和服务信息公开",
            TextPart::ExecutionResult => "执行和结果信息公开",
            TextPart::Requirements => "（三）具体要求和责任分工",
            TextPart::Leadership => "（一）加强组织领导",
            TextPart::Assessment => "（二）考核评估",
            TextPart::Complaints => "（三）畅通投诉举报渠道",
            TextPart::Supervision => "（四）监督检查",
            TextPart::OtherSafeguards => "（五）其他保障措施",
        }
    }

    pub fn slug(self) -> &'static str {
        match self {
            TextPart::Preamble => "preamble",
            TextPart::Status => "status",
            TextPart::Problems => "problems",
            TextPart::Approach => "approach",
            TextPart::Goals => "goals",
            TextPart::Principles => "principles",
            TextPart::Decision => "decision",
            TextPart::ManagementService => "management_service",
            TextPart::ExecutionResult => "execution_result",
            TextPart::Requirements => "requirements",
            TextPart::Leadership => "leadership",
            TextPart::Assessment => "assessment",
            TextPart::Complaints => "complaints",
            TextPart::Supervision => "supervision",
            TextPart::OtherSafeguards => "other_safeguards",
        }
    }
}

/// A part of the plan: one page and one task-list row.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Part {
    /// 文件信息: unit, title, date, notice, filing letter.
    Cover,
    Text(TextPart),
    /// Choice of key areas.
    Areas,
    /// Disclosure items of one selected area.
    Area(Area),
    /// 其他相关任务.
    OtherTasks,
    /// Text imported from a Word document that is not yet in a part (listed only while there is).
    Unplaced,
}

/// Task-list groups, in order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Group {
    Front,
    One,
    Two,
    Three,
}

impl Group {
    pub const ALL: [Group; 4] = [Group::Front, Group::One, Group::Two, Group::Three];

    pub fn heading(self) -> &'static str {
        match self {
            Group::Front => "文件信息和前言",
            Group::One => "一、现状分析及思路目标",
            Group::Two => "二、主要任务及具体措施",
            Group::Three => "三、组织保障和监督考核",
        }
    }
}

impl Part {
    /// Stable URL slug: `cover`, `preamble`, `areas`, `area-education`, `other_tasks`.
    pub fn slug(self) -> String {
        match self {
            Part::Cover => "cover".into(),
            Part::Text(t) => t.slug().into(),
            Part::Areas => "areas".into(),
            Part::Area(a) => format!("area-{}", a.slug()),
            Part::OtherTasks => "other_tasks".into(),
            Part::Unplaced => "unplaced".into(),
        }
    }

    pub fn from_slug(slug: &str) -> Option<Part> {
        match slug {
            "cover" => Some(Part::Cover),
            "areas" => Some(Part::Areas),
            "other_tasks" => Some(Part::OtherTasks),
            "unplaced" => Some(Part::Unplaced),
            _ => match slug.strip_prefix("area-") {
                Some(a) => Area::from_slug(a).map(Part::Area),
                None => TextPart::ALL.into_iter().find(|t| t.slug() == slug).map(Part::Text),
            },
        }
    }

    /// Name in the task list and page heading.
    pub fn title(self) -> String {
        match self {
            Part::Cover => "文件信息".into(),
            Part::Text(t) => t.title().into(),
            Part::Areas => "选择重点领域".into(),
            Part::Area(a) => format!("重点领域：{}", a.label()),
            Part::OtherTasks => "其他相关任务".into(),
            Part::Unplaced => "导入时未归类的内容".into(),
        }
    }

    pub fn group(self) -> Group {
        use TextPart::*;
        match self {
            Part::Cover | Part::Text(Preamble) | Part::Unplaced => Group::Front,
            Part::Text(Status | Problems | Approach | Goals | Principles) => Group::One,
            Part::Text(Leadership | Assessment | Complaints | Supervision | OtherSafeguards) => Group::Three,
            _ => Group::Two,
        }
    }
}

impl Plan {
    /// Every part in task-list order; one row per selected area.
    pub fn parts(&self) -> Vec<Part> {
        use TextPart::*;
        let mut parts = if self.unplaced.is_empty() { vec![Part::Cover] } else { vec![Part::Unplaced, Part::Cover] };
        parts.extend(
            [Preamble, Status, Problems, Approach, Goals, Principles, Decision, ManagementService, ExecutionResult]
                .map(Part::Text),
        );
        parts.push(Part::Areas);
        parts.extend(self.selected_areas().map(|a| Part::Area(a.area)));
        parts.push(Part::OtherTasks);
        parts.extend([Requirements, Leadership, Assessment, Complaints, Supervision, OtherSafeguards].map(Part::Text));
        parts
    }

    /// The part after `part` in task-list order (`None` after the last).
    pub fn next_part(&self, part: Part) -> Option<Part> {
        let parts = self.parts();
        let at = parts.iter().position(|p| *p == part)?;
        parts.get(at + 1).copied()
    }

    /// The part before `part` in task-list order.
    pub fn previous_part(&self, part: Part) -> Option<Part> {
        let parts = self.parts();
        let at = parts.iter().position(|p| *p == part)?;
        at.checked_sub(1).and_then(|i| parts.get(i).copied())
    }

    /// Whether anything at all has been entered in a part.
    pub fn is_entered(&self, part: Part) -> bool {
        match part {
            Part::Cover => {
                let c = &self.cover;
                let l = &c.letter;
                [&c.unit, &c.date, &l.doc_number, &l.contact, &l.phone].iter().any(|s| has_content(s))
                    || c.title.as_deref().is_some_and(has_content)
            }
            Part::Text(t) => has_content(t.get(self)),
            Part::Areas => self.selected_areas().next().is_some(),
            Part::Area(a) => !self.area(a).items.is_empty(),
            Part::OtherTasks => !self.tasks.other_tasks.is_empty(),
            Part::Unplaced => !self.unplaced.is_empty(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Item, OtherTask};

    #[test]
    fn slugs_round_trip_for_every_part() {
        let mut plan = Plan::default();
        for a in Area::ALL {
            plan.area_mut(a).selected = true;
        }
        let parts = plan.parts();
        assert_eq!(parts.len(), 1 + 9 + 1 + 7 + 1 + 6);
        for part in parts {
            assert_eq!(Part::from_slug(&part.slug()), Some(part), "{}", part.slug());
        }
        assert_eq!(Part::from_slug("area-nowhere"), None);
        assert_eq!(Part::from_slug("unplaced"), Some(Part::Unplaced));
        plan.unplaced.push(crate::model::Unplaced { from: "附件".into(), text: "表格".into() });
        assert_eq!(plan.parts()[0], Part::Unplaced, "listed first, only while there is such text");
        assert!(plan.is_entered(Part::Unplaced));
        assert_eq!(Part::from_slug(""), None);
    }

    #[test]
    fn task_list_has_one_row_per_selected_area_in_fixed_order() {
        let mut plan = Plan::default();
        plan.area_mut(Area::CultureSports).selected = true;
        plan.area_mut(Area::SocialAssistance).selected = true;
        let areas: Vec<Part> = plan.parts().into_iter().filter(|p| matches!(p, Part::Area(_))).collect();
        assert_eq!(areas, [Part::Area(Area::SocialAssistance), Part::Area(Area::CultureSports)]);
        assert_eq!(plan.next_part(Part::Areas), Some(Part::Area(Area::SocialAssistance)));
        assert_eq!(plan.next_part(Part::Area(Area::CultureSports)), Some(Part::OtherTasks));
        assert_eq!(plan.previous_part(Part::Cover), None);
        assert_eq!(plan.next_part(Part::Text(TextPart::OtherSafeguards)), None);
        assert_eq!(plan.next_part(Part::Area(Area::Health)), None, "unselected area is not in the list");
    }

    #[test]
    fn groups_follow_the_template_sections() {
        assert_eq!(Part::Cover.group(), Group::Front);
        assert_eq!(Part::Text(TextPart::Goals).group(), Group::One);
        assert_eq!(Part::Text(TextPart::Decision).group(), Group::Two);
        assert_eq!(Part::Text(TextPart::Requirements).group(), Group::Two);
        assert_eq!(Part::Area(Area::Health).group(), Group::Two);
        assert_eq!(Part::Text(TextPart::Complaints).group(), Group::Three);
    }

    #[test]
    fn entered_means_some_content() {
        let mut plan = Plan::default();
        assert!(!plan.is_entered(Part::Cover));
        plan.cover.unit = "广东省民政厅".into();
        assert!(plan.is_entered(Part::Cover));

        let pre = Part::Text(TextPart::Preamble);
        plan.preamble = " ，。 ".into();
        assert!(!plan.is_entered(pre), "punctuation only is nothing");
        plan.preamble = "为贯彻落实国办发〔2018〕10号".into();
        assert!(plan.is_entered(pre));
        TextPart::Goals.get_mut(&mut plan).push_str("三年目标");
        assert_eq!(plan.analysis.goals, "三年目标");

        assert!(!plan.is_entered(Part::Areas));
        plan.area_mut(Area::Education).selected = true;
        assert!(plan.is_entered(Part::Areas));
        let edu = Part::Area(Area::Education);
        assert!(!plan.is_entered(edu));
        plan.area_mut(Area::Education).items.push(Item { name: "教育经费".into(), ..Item::default() });
        assert!(plan.is_entered(edu));

        assert!(!plan.is_entered(Part::OtherTasks));
        plan.tasks.other_tasks.push(OtherTask { title: "加强基层政务公开".into(), ..OtherTask::default() });
        assert!(plan.is_entered(Part::OtherTasks));
    }
}
