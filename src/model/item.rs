//! Disclosure items (公开事项) with every field of SPEC §2.3, the responsible units shared with
//! other tasks, and the other tasks (其他相关任务) themselves.

use serde::{Deserialize, Serialize};

use crate::text::has_content;

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
            Channel::NoticeBoard => "公告栏（村居务公开栏）",
            Channel::Brochure => "宣传手册",
            Channel::HallScreen => "政务服务大厅电子屏",
            Channel::PressConference => "新闻发布会",
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
    /// 公开主体
    pub publisher: String,
    /// 公开内容
    pub content: String,
    /// 公开标准
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

    /// Toggles a channel, keeping the list in the fixed order without duplicates.
    pub fn set_channel(&mut self, channel: Channel, on: bool) {
        self.channels.retain(|c| *c != channel);
        if on {
            self.channels.push(channel);
        }
        self.channels.sort();
    }
}

/// The fields of an item, for messages and focus targets.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum ItemField {
    Name,
    Categories,
    Publisher,
    Content,
    Standard,
    Channels,
    Procedure,
    TimeLimit,
    Audience,
    Leads,
}

impl ItemField {
    pub const ALL: [ItemField; 10] = [
        ItemField::Name,
        ItemField::Categories,
        ItemField::Publisher,
        ItemField::Content,
        ItemField::Standard,
        ItemField::Channels,
        ItemField::Procedure,
        ItemField::TimeLimit,
        ItemField::Audience,
        ItemField::Leads,
    ];

    /// Field label as in SPEC §2.3.
    pub fn label(self) -> &'static str {
        match self {
            ItemField::Name => "事项名称",
            ItemField::Categories => "信息类别",
            ItemField::Publisher => "公开主体",
            ItemField::Content => "公开内容",
            ItemField::Standard => "公开标准",
            ItemField::Channels => "公开方式",
            ItemField::Procedure => "公开程序",
            ItemField::TimeLimit => "公开时限",
            ItemField::Audience => "公开对象",
            ItemField::Leads => "牵头单位",
        }
    }

    /// Stable id fragment (DOM ids, rule targets).
    pub fn slug(self) -> &'static str {
        match self {
            ItemField::Name => "name",
            ItemField::Categories => "categories",
            ItemField::Publisher => "publisher",
            ItemField::Content => "content",
            ItemField::Standard => "standard",
            ItemField::Channels => "channels",
            ItemField::Procedure => "procedure",
            ItemField::TimeLimit => "time_limit",
            ItemField::Audience => "audience",
            ItemField::Leads => "leads",
        }
    }
}

impl Item {
    /// Whether a required field has something in it.
    pub fn is_filled(&self, field: ItemField) -> bool {
        match field {
            ItemField::Name => has_content(&self.name),
            ItemField::Categories => !self.categories.is_empty(),
            ItemField::Publisher => has_content(&self.publisher),
            ItemField::Content => has_content(&self.content),
            ItemField::Standard => has_content(&self.standard),
            ItemField::Channels => !self.channels.is_empty() || has_content(&self.channel_other),
            ItemField::Procedure => has_content(&self.procedure),
            ItemField::TimeLimit => has_content(&self.time_limit),
            ItemField::Audience => self.audience.scope == AudienceScope::Public || has_content(&self.audience.group),
            ItemField::Leads => self.units.named_leads().next().is_some(),
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
        assert_eq!(item.missing_fields().len(), 9, "audience defaults to 全社会, which is filled");
        item.audience = Audience::group(" ");
        assert_eq!(item.missing_fields().len(), 10);
        item.name = "城乡低保标准".into();
        item.categories = vec![InfoCategory::Decision];
        item.publisher = "省民政厅".into();
        item.content = "标准".into();
        item.standard = "《社会救助暂行办法》".into();
        item.channel_other = "村务公开栏".into();
        item.procedure = "拟稿、审核、发布".into();
        item.time_limit = "20个工作日内".into();
        item.audience = Audience::group("本村村民");
        assert_eq!(item.missing_fields(), [ItemField::Leads]);
        item.units.leads.push("省民政厅".into());
        assert!(item.missing_fields().is_empty());
    }

    #[test]
    fn named_leads_skip_blank_entries() {
        let units = Units { leads: vec!["".into(), " 省民政厅 ".into(), "，".into()], partners: vec![] };
        assert_eq!(units.named_leads().collect::<Vec<_>>(), ["省民政厅"]);
    }
}
