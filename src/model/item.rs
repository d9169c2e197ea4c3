//! Disclosure items (公开事项) with every field of SPEC §2.3, the responsible units shared with
//! other tasks, and the other tasks (其他相关任务) themselves.

use serde::{Deserialize, Serialize};

use crate::content::{has_content, join_units};

/// 信息类别: the five kinds of information of 国办发〔2018〕10号 ("五公开").
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum InfoCategory {
    Decision,
    Management,
    Service,
    Execution,
    Result,
}

impl InfoCategory {
    pub const ALL: [InfoCategory; 5] = [
        InfoCategory::Decision,
        InfoCategory::Management,
        InfoCategory::Service,
        InfoCategory::Execution,
        InfoCategory::Result,
    ];

    pub fn label(self) -> &'static str {
        match self {
            InfoCategory::Decision => "决策",
            InfoCategory::Management => "管理",
            InfoCategory::Service => "服务",
            InfoCategory::Execution => "执行",
            InfoCategory::Result => "结果",
        }
    }
}

/// 公开方式: the channels named by 国办发〔2018〕10号 and seed 000 §三. Anything else goes in
/// [`Item::channel_other`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Channel {
    Portal,
    ServicePlatform,
    NewMedia,
    NewsMedia,
    Sms,
    NoticeBoard,
    Brochure,
    HallScreen,
    PressConference,
}

impl Channel {
    pub const ALL: [Channel; 9] = [
        Channel::Portal,
        Channel::ServicePlatform,
        Channel::NewMedia,
        Channel::NewsMedia,
        Channel::Sms,
        Channel::NoticeBoard,
        Channel::Brochure,
        Channel::HallScreen,
        Channel::PressConference,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Channel::Portal => "政府门户网站",
            Channel::ServicePlatform => "政务服务平台",
            Channel::NewMedia => "政务新媒体",
            Channel::NewsMedia => "新闻媒体",
            Channel::Sms => "手机短信",
            Channel::NoticeBoard => "公示栏、公告栏",
            Channel::Brochure => "宣传手册",
            Channel::HallScreen => "政务服务大厅电子屏",
            Channel::PressConference => "新闻发布会",
        }
    }
}

/// 公开方式 in a disclosure catalogue's sense: published of the unit's own accord or given on
/// request (条例 §§19–27).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DisclosureMode {
    #[default]
    Active,
    OnRequest,
}

impl DisclosureMode {
    pub const ALL: [DisclosureMode; 2] = [DisclosureMode::Active, DisclosureMode::OnRequest];

    pub fn label(self) -> &'static str {
        match self {
            DisclosureMode::Active => "主动公开",
            DisclosureMode::OnRequest => "依申请公开",
        }
    }
}

/// 公开层级: the levels of government that publish the item (省、市、县、乡).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Level {
    Province,
    City,
    County,
    Township,
}

impl Level {
    pub const ALL: [Level; 4] = [Level::Province, Level::City, Level::County, Level::Township];

    pub fn label(self) -> &'static str {
        match self {
            Level::Province => "省级",
            Level::City => "市级",
            Level::County => "县级",
            Level::Township => "乡级",
        }
    }
}

/// 公开对象: the whole public, or a specific group (named).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AudienceScope {
    #[default]
    Public,
    Group,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Audience {
    pub scope: AudienceScope,
    /// The group, e.g. 本村村民、申请人本人 (used when `scope` is `Group`).
    pub group: String,
}

impl Audience {
    pub fn public() -> Audience {
        Audience::default()
    }

    pub fn group(name: &str) -> Audience {
        Audience { scope: AudienceScope::Group, group: name.to_string() }
    }

    /// How the audience is written in the document and the division table.
    pub fn label(&self) -> String {
        match self.scope {
            AudienceScope::Public => "全社会".to_string(),
            AudienceScope::Group if has_content(&self.group) => format!("特定群体（{}）", self.group.trim()),
            AudienceScope::Group => "特定群体".to_string(),
        }
    }
}

/// 责任单位: one or more lead units (牵头) and any co-operating units (配合).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Units {
    pub leads: Vec<String>,
    pub partners: Vec<String>,
}

impl Units {
    /// The units of a new item or task: the plan's unit as lead when one is entered, else one
    /// empty lead to fill in.
    pub fn led_by(unit: &str) -> Units {
        Units { leads: vec![unit.trim().to_string()], partners: Vec::new() }
    }

    /// Lead names that have content.
    pub fn named_leads(&self) -> impl Iterator<Item = &str> {
        self.leads.iter().map(|s| s.trim()).filter(|s| has_content(s))
    }
}

/// One disclosure item (公开事项).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Item {
    /// Unique within the plan (stable across edits; used for UI keys and undo).
    pub id: u32,
    /// 事项名称
    pub name: String,
    /// 信息类别 (one or more)
    pub categories: Vec<InfoCategory>,
    /// 公开方式 (主动公开 or 依申请公开)
    pub mode: DisclosureMode,
    /// 公开主体
    pub publisher: String,
    /// 公开层级 (one or more, in the fixed order)
    pub levels: Vec<Level>,
    /// 公开内容
    pub content: String,
    /// 公开依据: the laws, regulations or documents that require the disclosure
    pub basis: String,
    /// 公开标准 (optional: what the published information must meet)
    pub standard: String,
    /// 公开方式 (one or more, plus free text)
    pub channels: Vec<Channel>,
    /// 公开方式: other channels as free text
    pub channel_other: String,
    /// 公开程序
    pub procedure: String,
    /// 公开时限
    pub time_limit: String,
    /// 公开对象
    pub audience: Audience,
    /// 责任单位
    pub units: Units,
    /// Key of the catalogue suggestion this item was added from, if any.
    pub suggestion: Option<String>,
}

impl Item {
    /// The channels as written in the document: named channels then the free text.
    pub fn channels_label(&self) -> String {
        let mut parts: Vec<&str> =
            Channel::ALL.iter().filter(|c| self.channels.contains(c)).map(|c| c.label()).collect();
        if has_content(&self.channel_other) {
            parts.push(self.channel_other.trim());
        }
        parts.join("、")
    }

    /// The categories as written, in the fixed order: 决策、管理.
    pub fn categories_label(&self) -> String {
        InfoCategory::ALL
            .iter()
            .filter(|c| self.categories.contains(c))
            .map(|c| c.label())
            .collect::<Vec<_>>()
            .join("、")
    }

    /// Toggles a category, keeping the list in the fixed order without duplicates.
    pub fn set_category(&mut self, category: InfoCategory, on: bool) {
        self.categories.retain(|c| *c != category);
        if on {
            self.categories.push(category);
        }
        self.categories.sort();
    }

    /// The levels as written, in the fixed order: 省级、市级.
    pub fn levels_label(&self) -> String {
        Level::ALL.iter().filter(|l| self.levels.contains(l)).map(|l| l.label()).collect::<Vec<_>>().join("、")
    }

    /// Toggles a level, keeping the list in the fixed order without duplicates.
    pub fn set_level(&mut self, level: Level, on: bool) {
        self.levels.retain(|l| *l != level);
        if on {
            self.levels.push(level);
        }
        self.levels.sort();
    }

    /// Toggles a channel, keeping the list in the fixed order without duplicates.
    pub fn set_channel(&mut self, channel: Channel, on: bool) {
        self.channels.retain(|c| *c != channel);
        if on {
            self.channels.push(channel);
        }
        self.channels.sort();
    }
}

/// The fields of an item. Each is described once ([`ItemField::spec`]: label, slug, kind,
/// whether required, hint) and read and written through [`ItemField::text`] and
/// [`ItemField::text_mut`]; the form, the checks, the filter, the catalogue columns and the
/// comparison with the catalogue's suggestions all go through this description, so a new text
/// field is added here and nowhere else.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum ItemField {
    Name,
    Categories,
    Mode,
    Publisher,
    Levels,
    Content,
    Basis,
    Standard,
    Channels,
    Procedure,
    TimeLimit,
    Audience,
    Leads,
}

/// How a field is entered, which decides its input, when it is filled and how it is written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FieldKind {
    /// One line of text.
    Line,
    /// A text area of this many rows.
    Lines(u32),
    /// 信息类别: a set of checkboxes.
    Categories,
    /// 公开方式: a set of checkboxes plus other channels as free text.
    Channels,
    /// 主动公开 or 依申请公开: radio buttons.
    Mode,
    /// 公开层级: a set of checkboxes.
    Levels,
    /// 公开对象: the whole public or a named group.
    Audience,
    /// 责任单位: lead and co-operating units.
    Units,
}

/// The description of one item field.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FieldSpec {
    /// Label as in SPEC §2.3 (form, messages, catalogue column).
    pub label: &'static str,
    /// Stable id fragment (DOM ids, rule targets).
    pub slug: &'static str,
    pub kind: FieldKind,
    /// Whether the item is incomplete while the field is empty.
    pub required: bool,
    /// Help under the label in the form.
    pub hint: Option<&'static str>,
    /// Whether the catalogue's suggestions fill it with text the unit is expected to adapt (an
    /// item whose every such field is unchanged is flagged as not adapted).
    pub adapted: bool,
}

impl FieldSpec {
    const fn text(label: &'static str, slug: &'static str, kind: FieldKind) -> FieldSpec {
        FieldSpec { label, slug, kind, required: true, hint: None, adapted: false }
    }

    const fn hint(self, hint: &'static str) -> FieldSpec {
        FieldSpec { hint: Some(hint), ..self }
    }

    const fn adapted(self) -> FieldSpec {
        FieldSpec { adapted: true, ..self }
    }

    const fn optional(self) -> FieldSpec {
        FieldSpec { required: false, ..self }
    }
}

impl ItemField {
    pub const ALL: [ItemField; 13] = [
        ItemField::Name,
        ItemField::Categories,
        ItemField::Mode,
        ItemField::Publisher,
        ItemField::Levels,
        ItemField::Content,
        ItemField::Basis,
        ItemField::Standard,
        ItemField::Channels,
        ItemField::Procedure,
        ItemField::TimeLimit,
        ItemField::Audience,
        ItemField::Leads,
    ];

    /// The field's description.
    pub const fn spec(self) -> FieldSpec {
        use FieldKind::*;
        match self {
            ItemField::Name => FieldSpec::text("事项名称", "name", Line).hint("例如：城乡低保对象认定标准").adapted(),
            ItemField::Categories => FieldSpec::text("信息类别", "categories", Categories).adapted(),
            ItemField::Publisher => {
                FieldSpec::text("公开主体", "publisher", Line).hint("由谁发布，例如：省民政厅、各地级以上市民政局")
            }
            ItemField::Mode => FieldSpec::text("公开方式", "mode", Mode),
            ItemField::Levels => FieldSpec::text("公开层级", "levels", Levels)
                .hint("由哪几级政府部门公开，例如省级政策由省级公开，名单公示由县级、乡级公开")
                .optional(),
            ItemField::Content => FieldSpec::text("公开内容", "content", Lines(3)).adapted(),
            ItemField::Basis => FieldSpec::text("公开依据", "basis", Lines(2))
                .hint("要求公开本事项的法律、法规或文件，例如：《社会救助暂行办法》第十条"),
            ItemField::Standard => FieldSpec::text("公开标准", "standard", Lines(2))
                .hint("公开的信息须达到的要求，例如：公开到村、精确到户（没有特别要求可不填）")
                .adapted()
                .optional(),
            ItemField::Channels => FieldSpec::text("公开渠道", "channels", Channels).adapted(),
            ItemField::Procedure => {
                FieldSpec::text("公开程序", "procedure", Line).hint("例如：拟稿、审核、审批、发布").adapted()
            }
            ItemField::TimeLimit => {
                FieldSpec::text("公开时限", "time_limit", Line).hint("例如：信息形成或变更之日起20个工作日内").adapted()
            }
            ItemField::Audience => FieldSpec::text("公开对象", "audience", Audience)
                .hint("涉及具体家庭或个人的信息（如低保名单、受助学生）应向特定群体公开，并保护个人隐私。"),
            ItemField::Leads => FieldSpec::text("牵头单位", "leads", Units),
        }
    }

    /// Field label as in SPEC §2.3.
    pub fn label(self) -> &'static str {
        self.spec().label
    }

    /// Stable id fragment (DOM ids, rule targets).
    pub fn slug(self) -> &'static str {
        self.spec().slug
    }

    /// The text of a text field (`Line`, `Lines`); `None` for the other kinds.
    pub fn text(self, item: &Item) -> Option<&str> {
        match self {
            ItemField::Name => Some(&item.name),
            ItemField::Publisher => Some(&item.publisher),
            ItemField::Content => Some(&item.content),
            ItemField::Basis => Some(&item.basis),
            ItemField::Standard => Some(&item.standard),
            ItemField::Procedure => Some(&item.procedure),
            ItemField::TimeLimit => Some(&item.time_limit),
            ItemField::Categories
            | ItemField::Mode
            | ItemField::Levels
            | ItemField::Channels
            | ItemField::Audience
            | ItemField::Leads => None,
        }
    }

    /// The text of a text field, to edit.
    pub fn text_mut(self, item: &mut Item) -> Option<&mut String> {
        match self {
            ItemField::Name => Some(&mut item.name),
            ItemField::Publisher => Some(&mut item.publisher),
            ItemField::Content => Some(&mut item.content),
            ItemField::Basis => Some(&mut item.basis),
            ItemField::Standard => Some(&mut item.standard),
            ItemField::Procedure => Some(&mut item.procedure),
            ItemField::TimeLimit => Some(&mut item.time_limit),
            ItemField::Categories
            | ItemField::Mode
            | ItemField::Levels
            | ItemField::Channels
            | ItemField::Audience
            | ItemField::Leads => None,
        }
    }

    /// What the clerk typed freely in the field (checked for placeholders): the text, the other
    /// channels, the group's name when the audience is a group.
    pub fn free_text(self, item: &Item) -> Option<&str> {
        match self.spec().kind {
            FieldKind::Line | FieldKind::Lines(_) => self.text(item),
            FieldKind::Channels => Some(&item.channel_other),
            FieldKind::Audience => {
                (item.audience.scope == AudienceScope::Group).then_some(item.audience.group.as_str())
            }
            FieldKind::Categories | FieldKind::Mode | FieldKind::Levels | FieldKind::Units => None,
        }
    }

    /// The field as written in the catalogue (one cell of a row). For the units, the leads.
    pub fn cell(self, item: &Item) -> String {
        match self.spec().kind {
            FieldKind::Line | FieldKind::Lines(_) => self.text(item).unwrap_or_default().to_string(),
            FieldKind::Categories => item.categories_label(),
            FieldKind::Mode => item.mode.label().to_string(),
            FieldKind::Levels => item.levels_label(),
            FieldKind::Channels => item.channels_label(),
            FieldKind::Audience => item.audience.label(),
            FieldKind::Units => join_units(&item.units.leads),
        }
    }

    /// Whether the field holds `needle` (already lower case): in any text typed, or in the
    /// labels of what is ticked; the units field searches leads and co-operating units.
    pub fn holds(self, item: &Item, needle: &str) -> bool {
        let has = |s: &str| s.to_lowercase().contains(needle);
        match self.spec().kind {
            FieldKind::Line | FieldKind::Lines(_) => self.text(item).is_some_and(has),
            FieldKind::Categories => item.categories_label().contains(needle),
            FieldKind::Mode => item.mode.label().contains(needle),
            FieldKind::Levels => item.levels_label().contains(needle),
            FieldKind::Channels => has(&item.channel_other) || item.channels_label().contains(needle),
            FieldKind::Audience => has(&item.audience.group),
            FieldKind::Units => item.units.leads.iter().chain(&item.units.partners).any(|u| has(u)),
        }
    }

    /// Whether two items hold the same value in this field (the ticked set, for checkboxes).
    pub fn same(self, a: &Item, b: &Item) -> bool {
        match self.spec().kind {
            FieldKind::Line | FieldKind::Lines(_) => self.text(a) == self.text(b),
            FieldKind::Categories => same_set(&a.categories, &b.categories),
            FieldKind::Mode => a.mode == b.mode,
            FieldKind::Levels => same_set(&a.levels, &b.levels),
            FieldKind::Channels => {
                same_set(&a.channels, &b.channels) && a.channel_other.trim() == b.channel_other.trim()
            }
            FieldKind::Audience => a.audience == b.audience,
            FieldKind::Units => a.units == b.units,
        }
    }
}

/// The same ticked boxes, in whatever order they were ticked.
fn same_set<T: PartialEq>(a: &[T], b: &[T]) -> bool {
    a.iter().all(|x| b.contains(x)) && b.iter().all(|x| a.contains(x))
}

impl Item {
    /// Whether a field has something in it (a field that is not required always counts as
    /// filled).
    pub fn is_filled(&self, field: ItemField) -> bool {
        if !field.spec().required {
            return true;
        }
        match field.spec().kind {
            FieldKind::Line | FieldKind::Lines(_) => field.text(self).is_some_and(has_content),
            FieldKind::Categories => !self.categories.is_empty(),
            FieldKind::Mode => true,
            FieldKind::Levels => !self.levels.is_empty(),
            FieldKind::Channels => !self.channels.is_empty() || has_content(&self.channel_other),
            FieldKind::Audience => self.audience.scope == AudienceScope::Public || has_content(&self.audience.group),
            FieldKind::Units => self.units.named_leads().next().is_some(),
        }
    }

    /// Required fields still empty, in form order.
    pub fn missing_fields(&self) -> Vec<ItemField> {
        ItemField::ALL.into_iter().filter(|f| !self.is_filled(*f)).collect()
    }
}

/// One other task (其他相关任务) the unit takes up.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct OtherTask {
    pub id: u32,
    /// Short name, e.g. 加强基层政务公开.
    pub title: String,
    /// What the unit will do.
    pub text: String,
    pub units: Units,
    /// 完成时限, e.g. 2018年12月底前 or 长期坚持 (optional).
    pub deadline: String,
    /// Key of the template example this task was started from, if any.
    pub suggestion: Option<String>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn audience_labels() {
        assert_eq!(Audience::public().label(), "全社会");
        assert_eq!(Audience::group(" 本村村民 ").label(), "特定群体（本村村民）");
        assert_eq!(Audience::group("").label(), "特定群体");
    }

    #[test]
    fn categories_and_channels_stay_ordered_and_unique() {
        let mut item = Item::default();
        item.set_category(InfoCategory::Result, true);
        item.set_category(InfoCategory::Decision, true);
        item.set_category(InfoCategory::Result, true);
        assert_eq!(item.categories, [InfoCategory::Decision, InfoCategory::Result]);
        assert_eq!(item.categories_label(), "决策、结果");
        item.set_category(InfoCategory::Decision, false);
        assert_eq!(item.categories, [InfoCategory::Result]);

        item.set_channel(Channel::Sms, true);
        item.set_channel(Channel::Portal, true);
        item.channel_other = " 村务微信群 ".into();
        assert_eq!(item.channels_label(), "政府门户网站、手机短信、村务微信群");
    }

    #[test]
    fn missing_fields_lists_every_empty_required_field() {
        let mut item = Item::default();
        assert_eq!(item.missing_fields().len(), 9, "audience defaults to 全社会 and mode to 主动公开, both filled");
        item.audience = Audience::group(" ");
        assert_eq!(item.missing_fields().len(), 10);
        assert!(!item.missing_fields().contains(&ItemField::Standard), "公开标准 is optional");
        assert!(!item.missing_fields().contains(&ItemField::Levels), "公开层级 is optional");
        item.name = "城乡低保标准".into();
        item.categories = vec![InfoCategory::Decision];
        item.publisher = "省民政厅".into();
        item.content = "标准".into();
        item.basis = "《社会救助暂行办法》".into();
        item.channel_other = "村务公开栏".into();
        item.procedure = "拟稿、审核、发布".into();
        item.time_limit = "20个工作日内".into();
        item.audience = Audience::group("本村村民");
        assert_eq!(item.missing_fields(), [ItemField::Leads]);
        item.units.leads.push("省民政厅".into());
        assert!(item.missing_fields().is_empty());
    }

    #[test]
    fn every_field_is_described_once_with_a_distinct_slug_and_label() {
        let mut slugs: Vec<&str> = ItemField::ALL.iter().map(|f| f.slug()).collect();
        let mut labels: Vec<&str> = ItemField::ALL.iter().map(|f| f.label()).collect();
        slugs.sort();
        slugs.dedup();
        labels.sort();
        labels.dedup();
        assert_eq!((slugs.len(), labels.len()), (ItemField::ALL.len(), ItemField::ALL.len()));
        let mut item = Item::default();
        for field in ItemField::ALL {
            let text_kind = matches!(field.spec().kind, FieldKind::Line | FieldKind::Lines(_));
            assert_eq!(field.text(&item).is_some(), text_kind, "{field:?}");
            if let Some(text) = field.text_mut(&mut item) {
                *text = format!("写入{}", field.label());
                assert_eq!(field.text(&item), Some(format!("写入{}", field.label()).as_str()));
                assert_eq!(field.cell(&item), format!("写入{}", field.label()));
                assert!(field.holds(&item, "写入"));
                assert!(item.is_filled(field));
            }
        }
    }

    #[test]
    fn cells_free_text_and_search_follow_the_field_kind() {
        let mut item = Item::default();
        item.set_channel(Channel::Sms, true);
        item.channel_other = "村务微信群".into();
        item.audience = Audience::group("本村村民");
        item.units.partners.push("省教育厅".into());
        assert_eq!(ItemField::Channels.cell(&item), "手机短信、村务微信群");
        assert_eq!(ItemField::Channels.free_text(&item), Some("村务微信群"));
        assert_eq!(ItemField::Audience.free_text(&item), Some("本村村民"));
        assert_eq!(ItemField::Audience.cell(&item), "特定群体（本村村民）");
        assert!(ItemField::Leads.holds(&item, "教育厅"), "co-operating units are searched too");
        assert!(!ItemField::Categories.holds(&item, "决策"));
        item.audience = Audience::public();
        assert_eq!(ItemField::Audience.free_text(&item), None);
        let other = Item { channels: vec![Channel::Sms], channel_other: "村务微信群 ".into(), ..Item::default() };
        assert!(ItemField::Channels.same(&item, &other), "the ticked set is compared");
        item.set_channel(Channel::Portal, true);
        let reordered = Item { channels: vec![Channel::Portal, Channel::Sms], ..other.clone() };
        assert!(ItemField::Channels.same(&item, &reordered), "in whatever order the boxes were ticked");
        assert!(!ItemField::Channels.same(&item, &other), "one more channel is a change");
        let written = Item { channel_other: "村务公开栏".into(), ..reordered };
        assert!(!ItemField::Channels.same(&item, &written), "the other channel written is a change");
        assert!(
            !ItemField::Audience.same(&Item::default(), &Item { audience: Audience::group("x"), ..Item::default() })
        );
    }

    #[test]
    fn mode_and_levels_are_written_and_compared_as_chosen() {
        let mut item = Item::default();
        assert_eq!(ItemField::Mode.cell(&item), "主动公开");
        item.set_level(Level::Township, true);
        item.set_level(Level::Province, true);
        item.set_level(Level::Township, true);
        assert_eq!(item.levels, [Level::Province, Level::Township]);
        assert_eq!(ItemField::Levels.cell(&item), "省级、乡级");
        assert!(ItemField::Levels.holds(&item, "乡级"));
        let reordered = Item { levels: vec![Level::Township, Level::Province], ..Item::default() };
        assert!(ItemField::Levels.same(&item, &reordered));
        item.mode = DisclosureMode::OnRequest;
        assert_eq!(ItemField::Mode.cell(&item), "依申请公开");
        assert!(!ItemField::Mode.same(&item, &reordered));
        let json = serde_json::to_value(&item).unwrap();
        assert_eq!(json["mode"], "on_request");
        assert_eq!(json["levels"], serde_json::json!(["province", "township"]));
    }

    #[test]
    fn new_entries_are_led_by_the_plan_unit_or_wait_for_one() {
        assert_eq!(Units::led_by(" 省民政厅 ").leads, ["省民政厅"]);
        assert_eq!(Units::led_by("  ").leads, [""], "one empty lead input to fill in");
    }

    #[test]
    fn named_leads_skip_blank_entries() {
        let units = Units { leads: vec!["".into(), " 省民政厅 ".into(), "，".into()], partners: vec![] };
        assert_eq!(units.named_leads().collect::<Vec<_>>(), ["省民政厅"]);
    }
}
