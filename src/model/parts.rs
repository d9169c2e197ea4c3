//! The parts of a plan as the task list shows them (one page each), their stable URL slugs,
//! generic access to the free-text parts, whether anything is entered in a part (the status
//! itself comes from `check`), and the subsections as this plan writes them (its own headings,
//! 现状 and 问题 merged into one subsection).

use std::collections::BTreeMap;

use super::{Area, Plan};
use crate::content::has_content;

/// A free-text part of the plan.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize)]
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

    /// Whether the part is a subsection of 一 or 三 that the plan may head in its own words.
    pub fn has_own_heading(self) -> bool {
        matches!(Part::Text(self).group(), Group::One | Group::Three)
    }

    /// Whether the part is a plan-level block of 二（一）, written as a lead-in paragraph
    /// before the key areas (not numbered with them).
    pub fn is_lead_in(self) -> bool {
        matches!(self, TextPart::Decision | TextPart::ManagementService | TextPart::ExecutionResult)
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

    /// The heading as numbered in the document: （一）工作现状; the three plan-level blocks are
    /// numbered inside 二（一） when exported and carry no number of their own here.
    pub fn heading(self) -> String {
        for section in &TEMPLATE {
            for (i, sub) in section.subsections.iter().enumerate() {
                if sub.entries.contains(&Entry::Text(self)) {
                    return match sub.heading {
                        None => format!("（{}）{}", numeral(i), self.title()),
                        Some(_) => self.title().to_string(),
                    };
                }
            }
        }
        self.title().to_string()
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

    /// The group's heading in the task list: 文件信息和前言, then the template's sections as
    /// numbered in the document (一、现状分析及思路目标).
    pub fn heading(self) -> String {
        match TEMPLATE.iter().position(|s| s.group == self) {
            Some(i) => format!("{}、{}", numeral(i), TEMPLATE[i].title),
            None => "文件信息和前言".into(),
        }
    }

    /// The template section of this group (none for the front matter).
    pub fn section(self) -> Option<&'static Section> {
        TEMPLATE.iter().find(|s| s.group == self)
    }
}

/// What a subsection of the template holds, in order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Entry {
    Text(TextPart),
    /// The choice of key areas and the items of each selected area.
    Areas,
    /// 其他相关任务.
    OtherTasks,
}

/// A point a section should address, and the words that show a plan written in Word does.
#[derive(Debug, PartialEq, Eq)]
pub struct Topic {
    pub name: &'static str,
    pub words: &'static [&'static str],
}

/// A numbered subsection （一）… of a template section.
#[derive(Debug)]
pub struct Subsection {
    /// Its heading; `None` when it holds one text part, whose title is the heading.
    pub heading: Option<&'static str>,
    pub entries: &'static [Entry],
    /// What a plan written in Word must say in this section (looked for by keywords).
    pub topic: Option<Topic>,
}

impl Subsection {
    /// The heading's text without its number.
    pub fn title(&self) -> &'static str {
        match (self.heading, self.entries) {
            (Some(h), _) => h,
            (None, [Entry::Text(t), ..]) => t.title(),
            (None, _) => "",
        }
    }
}

/// A numbered section 一、二、三 of the template.
#[derive(Debug)]
pub struct Section {
    pub group: Group,
    /// The title without its number: 现状分析及思路目标.
    pub title: &'static str,
    pub subsections: &'static [Subsection],
}

/// A subsection of one text part, headed by its title.
macro_rules! text {
    ($part:ident, $topic:expr $(,)?) => {
        Subsection { heading: None, entries: &[Entry::Text(TextPart::$part)], topic: $topic }
    };
}

const fn topic(name: &'static str, words: &'static [&'static str]) -> Option<Topic> {
    Some(Topic { name, words })
}

/// The five kinds of information (五公开) a plan's tasks must cover.
pub const FIVE_KINDS: Topic =
    Topic { name: "决策、管理、服务、执行、结果信息", words: &["决策", "执行", "结果"] };

/// The provincial template's structure after the preamble: its sections, their subsections and
/// what each holds. The task list, the exported document, the part headings and the check of
/// plans written in Word all read it.
pub static TEMPLATE: [Section; 3] = [
    Section {
        group: Group::One,
        title: "现状分析及思路目标",
        subsections: &[
            text!(
                Status,
                topic(
                    "工作现状",
                    &["现状", "已经", "已开展", "已建立", "已在", "目前", "近年来", "基本情况", "工作基础", "一直"],
                ),
            ),
            text!(Problems, topic("存在问题", &["问题", "不足", "差距", "短板", "薄弱", "不够"])),
            text!(Approach, topic("总体思路", &["思路"])),
            text!(Goals, topic("工作目标", &["目标"])),
            text!(Principles, topic("基本原则", &["原则", "坚持"])),
        ],
    },
    Section {
        group: Group::Two,
        title: "主要任务及具体措施",
        subsections: &[
            Subsection {
                heading: Some("重点领域公开事项"),
                entries: &[
                    Entry::Text(TextPart::Decision),
                    Entry::Text(TextPart::ManagementService),
                    Entry::Text(TextPart::ExecutionResult),
                    Entry::Areas,
                ],
                topic: Some(FIVE_KINDS),
            },
            Subsection {
                heading: Some("其他相关任务"),
                entries: &[Entry::OtherTasks],
                topic: topic(
                    "其他相关任务",
                    &["政务服务平台", "基层政务公开", "公共企事业单位", "慈善组织", "其他相关任务", "其他任务"],
                ),
            },
            text!(Requirements, None),
        ],
    },
    Section {
        group: Group::Three,
        title: "组织保障和监督考核",
        subsections: &[
            text!(
                Leadership,
                topic("组织领导", &["组织领导", "领导小组", "协调机制", "加强领导", "组织实施", "分管", "统筹"]),
            ),
            text!(Assessment, topic("考核评估", &["考核", "评估"])),
            text!(
                Complaints,
                topic("投诉举报渠道", &["投诉", "举报", "热线", "信箱", "邮箱", "监督电话", "反映问题", "留言"]),
            ),
            text!(Supervision, topic("监督检查", &["监督检查", "督查", "检查", "通报", "问责"])),
            text!(OtherSafeguards, None),
        ],
    },
];

/// The plan's own subsection headings and how section 一 is divided.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct Headings {
    /// Own headings of the subsections of 一 and 三 (e.g. 当前我省工作现状), by the part they
    /// hold; a part without one (or with a blank one) keeps the template's heading.
    pub own: BTreeMap<TextPart, String>,
    /// 工作现状 and 存在问题 written as one subsection (（一）现状和问题), the rest renumbered.
    pub merge_status_problems: bool,
}

impl Headings {
    /// Nothing changed from the template (left out of plan files).
    pub fn is_default(&self) -> bool {
        !self.merge_status_problems && self.own.values().all(|h| !has_content(h))
    }
}

/// The template's heading of the merged 现状 and 问题 subsection.
pub const MERGED_STATUS_TITLE: &str = "工作现状和存在问题";

/// A subsection as a plan writes it: its heading (without number) and the text parts it holds
/// when it holds text (two when 现状 and 问题 are merged).
#[derive(Debug)]
pub struct Written {
    pub title: String,
    pub subsection: &'static Subsection,
    pub parts: Vec<TextPart>,
}

impl Plan {
    /// Whether a part may stay empty in this plan: （五）其他保障措施, and 存在问题 when it is merged
    /// into 工作现状's subsection (the problems may then be written there).
    pub fn is_optional(&self, part: TextPart) -> bool {
        part.is_optional() || part == TextPart::Problems && self.headings.merge_status_problems
    }

    /// The template's heading of a part's subsection, as this plan's layout has it.
    pub fn default_heading(&self, part: TextPart) -> &'static str {
        if part == TextPart::Status && self.headings.merge_status_problems { MERGED_STATUS_TITLE } else { part.title() }
    }

    /// The heading of a part's subsection: the plan's own, else the template's.
    pub fn heading_title(&self, part: TextPart) -> String {
        match self.headings.own.get(&part).map(|h| h.trim()) {
            Some(own) if part.has_own_heading() && has_content(own) => own.to_string(),
            _ => self.default_heading(part).to_string(),
        }
    }

    /// The subsections of a section as written: an optional part left empty is left out, and
    /// 存在问题 goes into 工作现状's subsection when they are merged.
    pub fn written_subsections(&self, section: &'static Section) -> Vec<Written> {
        let mut out: Vec<Written> = Vec::new();
        for sub in section.subsections {
            let title = match sub.entries {
                [Entry::Text(t)] if t.is_optional() && !has_content(t.get(self)) => continue,
                [Entry::Text(TextPart::Problems)] if self.headings.merge_status_problems => {
                    if let Some(status) = out.iter_mut().find(|w| w.parts == [TextPart::Status]) {
                        status.parts.push(TextPart::Problems);
                        continue;
                    }
                    self.heading_title(TextPart::Problems)
                }
                [Entry::Text(t)] => self.heading_title(*t),
                _ => sub.title().to_string(),
            };
            let parts = match sub.entries {
                [Entry::Text(t)] => vec![*t],
                _ => Vec::new(),
            };
            out.push(Written { title, subsection: sub, parts });
        }
        out
    }

    /// A part's heading numbered as exported (（一）当前我省工作现状), `None` for a part without
    /// a heading of its own (the plan-level blocks, an empty optional part) or merged into
    /// another's.
    pub fn numbered_heading(&self, part: TextPart) -> Option<String> {
        let section = Part::Text(part).group().section()?;
        self.written_subsections(section)
            .iter()
            .enumerate()
            .find(|(_, w)| w.parts.first() == Some(&part))
            .map(|(i, w)| format!("（{}）{}", numeral(i), w.title))
    }
}

/// Chinese numerals for headings (一、 and （一）), from index 0.
pub fn numeral(i: usize) -> String {
    const NUMERALS: [&str; 20] = [
        "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二", "十三", "十四", "十五", "十六",
        "十七", "十八", "十九", "二十",
    ];
    NUMERALS.get(i).map(|s| s.to_string()).unwrap_or_else(|| (i + 1).to_string())
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

    /// The task-list group: the template section the part is written in.
    pub fn group(self) -> Group {
        let entry = match self {
            Part::Text(t) => Entry::Text(t),
            Part::Areas | Part::Area(_) => Entry::Areas,
            Part::OtherTasks => Entry::OtherTasks,
            Part::Cover | Part::Unplaced => return Group::Front,
        };
        TEMPLATE
            .iter()
            .find(|s| s.subsections.iter().any(|sub| sub.entries.contains(&entry)))
            .map_or(Group::Front, |s| s.group)
    }
}

impl Plan {
    /// Every part in task-list order; one row per selected area.
    pub fn parts(&self) -> Vec<Part> {
        let mut parts = if self.unplaced.is_empty() { vec![Part::Cover] } else { vec![Part::Unplaced, Part::Cover] };
        parts.push(Part::Text(TextPart::Preamble));
        for entry in TEMPLATE.iter().flat_map(|s| s.subsections).flat_map(|sub| sub.entries) {
            match *entry {
                Entry::Text(t) => parts.push(Part::Text(t)),
                Entry::Areas => {
                    parts.push(Part::Areas);
                    parts.extend(self.selected_areas().map(|a| Part::Area(a.area)));
                }
                Entry::OtherTasks => parts.push(Part::OtherTasks),
            }
        }
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
                [&c.unit, &c.department, &c.date, &l.doc_number, &l.contact, &l.phone].iter().any(|s| has_content(s))
                    || c.title.as_deref().is_some_and(has_content)
                    || c.issuing.enabled
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
    fn headings_are_numbered_from_the_template() {
        assert_eq!(TextPart::Status.heading(), "（一）工作现状");
        assert_eq!(TextPart::Principles.heading(), "（五）基本原则");
        assert_eq!(TextPart::Decision.heading(), "决策信息公开");
        assert_eq!(TextPart::Requirements.heading(), "（三）具体要求和责任分工");
        assert_eq!(TextPart::Complaints.heading(), "（三）畅通投诉举报渠道");
        assert_eq!(TextPart::OtherSafeguards.heading(), "（五）其他保障措施");
        assert_eq!(TextPart::Preamble.heading(), "前言");
        let headings: Vec<String> = Group::ALL.iter().map(|g| g.heading()).collect();
        assert_eq!(
            headings,
            ["文件信息和前言", "一、现状分析及思路目标", "二、主要任务及具体措施", "三、组织保障和监督考核"]
        );
        // Every text part but the preamble is in the template exactly once.
        for part in TextPart::ALL.into_iter().filter(|p| *p != TextPart::Preamble) {
            let n =
                TEMPLATE.iter().flat_map(|s| s.subsections).filter(|s| s.entries.contains(&Entry::Text(part))).count();
            assert_eq!(n, 1, "{part:?}");
        }
        assert_eq!(numeral(10), "十一");
        assert_eq!(numeral(25), "26");
    }

    #[test]
    fn own_headings_replace_the_template_wording_only_where_written() {
        let mut plan = Plan::default();
        plan.analysis.status = "近年来……".into();
        assert_eq!(plan.numbered_heading(TextPart::Status).as_deref(), Some("（一）工作现状"));
        plan.headings.own.insert(TextPart::Status, " 当前我省工作现状。 ".into());
        plan.headings.own.insert(TextPart::Complaints, "，".into());
        plan.headings.own.insert(TextPart::Decision, "不用的小标题".into());
        assert_eq!(plan.numbered_heading(TextPart::Status).as_deref(), Some("（一）当前我省工作现状。"));
        assert_eq!(plan.heading_title(TextPart::Complaints), "畅通投诉举报渠道", "punctuation only is nothing");
        assert_eq!(plan.heading_title(TextPart::Decision), "决策信息公开", "lead-ins have no heading of their own");
        assert_eq!(plan.numbered_heading(TextPart::Decision), None);
        assert!(TextPart::Supervision.has_own_heading() && !TextPart::Requirements.has_own_heading());
        assert!(TextPart::ExecutionResult.is_lead_in() && !TextPart::Goals.is_lead_in());
    }

    #[test]
    fn merged_status_and_problems_make_one_subsection_and_renumber_the_rest() {
        let mut plan = Plan::default();
        assert!(plan.headings.is_default());
        plan.headings.merge_status_problems = true;
        assert!(!plan.headings.is_default());
        let one = Group::One.section().unwrap();
        let written = plan.written_subsections(one);
        assert_eq!(written.len(), 4);
        assert_eq!(written[0].parts, [TextPart::Status, TextPart::Problems]);
        assert_eq!(written[0].title, MERGED_STATUS_TITLE);
        assert_eq!(plan.numbered_heading(TextPart::Approach).as_deref(), Some("（二）总体思路"));
        assert_eq!(plan.numbered_heading(TextPart::Problems), None, "merged into 现状");
        assert!(plan.is_optional(TextPart::Problems) && !plan.is_optional(TextPart::Status));
        plan.headings.own.insert(TextPart::Status, "现状和问题".into());
        assert_eq!(plan.numbered_heading(TextPart::Status).as_deref(), Some("（一）现状和问题"));
        // Section 三 leaves out an empty optional part.
        let three = Group::Three.section().unwrap();
        assert_eq!(plan.written_subsections(three).len(), 4);
        plan.safeguards.other = "每年培训".into();
        assert_eq!(plan.numbered_heading(TextPart::OtherSafeguards).as_deref(), Some("（五）其他保障措施"));
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
