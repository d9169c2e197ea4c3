//! The seven key areas of 国办发〔2018〕10号 in their fixed order, and a plan's entry per area.

use serde::{Deserialize, Serialize};

use super::item::Item;

/// A key area (重点领域). Serialised by a stable English id.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Area {
    PovertyAlleviation,
    SocialAssistance,
    Education,
    Health,
    Environment,
    DisasterRelief,
    CultureSports,
}

impl Area {
    /// The seven areas in the order of 国办发〔2018〕10号.
    pub const ALL: [Area; 7] = [
        Area::PovertyAlleviation,
        Area::SocialAssistance,
        Area::Education,
        Area::Health,
        Area::Environment,
        Area::DisasterRelief,
        Area::CultureSports,
    ];

    /// Position in the fixed order (0-based).
    pub fn index(self) -> usize {
        self as usize
    }

    /// Chinese name, e.g. 社会救助和社会福利.
    pub fn label(self) -> &'static str {
        match self {
            Area::PovertyAlleviation => "脱贫攻坚",
            Area::SocialAssistance => "社会救助和社会福利",
            Area::Education => "教育",
            Area::Health => "基本医疗卫生",
            Area::Environment => "环境保护",
            Area::DisasterRelief => "灾害事故救援",
            Area::CultureSports => "公共文化体育",
        }
    }

    /// Words that name the area in a plan's text (its label first). Generic words that occur
    /// elsewhere (教育 alone: 宣传教育, 警示教育) are not among them.
    pub fn keywords(self) -> &'static [&'static str] {
        match self {
            Area::PovertyAlleviation => &["脱贫攻坚", "扶贫", "脱贫", "贫困"],
            Area::SocialAssistance => &[
                "社会救助和社会福利",
                "社会救助",
                "社会福利",
                "最低生活保障",
                "低保",
                "特困",
                "临时救助",
                "残疾人福利",
                "儿童福利",
            ],
            Area::Education => &[
                "教育领域",
                "义务教育",
                "学前教育",
                "高等教育",
                "职业教育",
                "特殊教育",
                "教育经费",
                "招生",
                "学生资助",
                "学校",
                "教育信息",
                "教育公开",
            ],
            Area::Health => &[
                "基本医疗卫生",
                "医疗卫生",
                "卫生健康",
                "疾病预防",
                "传染病",
                "免疫规划",
                "公共卫生",
                "医疗",
                "食品安全",
            ],
            Area::Environment => &["环境保护", "生态环境", "环保", "污染", "环境质量", "环境影响评价"],
            Area::DisasterRelief => &["灾害事故救援", "灾害", "事故救援", "应急救援", "救灾", "突发事件", "应急管理"],
            Area::CultureSports => {
                &["公共文化体育", "公共文化", "文化体育", "体育", "文化遗产", "图书馆", "文化馆", "博物馆", "全民健身"]
            }
        }
    }

    /// The areas a (normalised) text names, in the fixed order.
    pub fn named_in(text: &str) -> Vec<Area> {
        Area::ALL.into_iter().filter(|a| a.keywords().iter().any(|k| text.contains(k))).collect()
    }

    /// Stable id used in URLs and plan files.
    pub fn slug(self) -> &'static str {
        match self {
            Area::PovertyAlleviation => "poverty_alleviation",
            Area::SocialAssistance => "social_assistance",
            Area::Education => "education",
            Area::Health => "health",
            Area::Environment => "environment",
            Area::DisasterRelief => "disaster_relief",
            Area::CultureSports => "culture_sports",
        }
    }

    pub fn from_slug(slug: &str) -> Option<Area> {
        Area::ALL.into_iter().find(|a| a.slug() == slug)
    }
}

/// One area in a plan: whether the unit takes it up, and its disclosure items.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AreaPlan {
    pub area: Area,
    #[serde(default)]
    pub selected: bool,
    #[serde(default)]
    pub items: Vec<Item>,
}

impl AreaPlan {
    pub fn new(area: Area) -> AreaPlan {
        AreaPlan { area, selected: false, items: Vec::new() }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn areas_have_fixed_order_labels_and_round_tripping_slugs() {
        for (i, area) in Area::ALL.into_iter().enumerate() {
            assert_eq!(area.index(), i);
            assert_eq!(Area::from_slug(area.slug()), Some(area));
            assert_eq!(serde_json::to_string(&area).unwrap(), format!("\"{}\"", area.slug()));
        }
        assert_eq!(Area::ALL[0].label(), "脱贫攻坚");
        assert_eq!(Area::ALL[6].label(), "公共文化体育");
        assert_eq!(Area::from_slug("nope"), None);
    }
}
