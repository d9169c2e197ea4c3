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

    /// Short words that name the area in a cell of a 领域 column, where the cell says nothing
    /// else (教育, 卫生, 文体, 救灾): too generic for running text, see [`Area::keywords`].
    fn cell_words(self) -> &'static [&'static str] {
        match self {
            Area::PovertyAlleviation => &["脱贫", "扶贫"],
            Area::SocialAssistance => &["救助", "福利", "养老"],
            Area::Education => &["教育"],
            Area::Health => &["医疗", "卫生", "健康"],
            Area::Environment => &["环境", "环保", "生态"],
            Area::DisasterRelief => &["灾害", "救灾", "减灾", "救援", "应急"],
            Area::CultureSports => &["文化", "体育", "文体"],
        }
    }

    /// The area a cell of a 领域 column names: as in running text ([`Area::named_in`]), else,
    /// when the cell is short (a label such as 教育, 医疗卫生, 文化体育 with or without 领域),
    /// by the area's short words; the first in the fixed order when several match.
    pub fn named_in_cell(text: &str) -> Option<Area> {
        if let Some(area) = Area::named_in(text).into_iter().next() {
            return Some(area);
        }
        let key: String = text.chars().filter(|c| c.is_alphanumeric()).collect();
        if key.chars().count() > 12 {
            return None;
        }
        Area::ALL.into_iter().find(|a| a.cell_words().iter().any(|w| key.contains(w)))
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

    #[test]
    fn a_short_area_cell_is_read_by_the_area_short_label() {
        let cases = [
            ("教育", Some(Area::Education)),
            ("教育领域", Some(Area::Education)),
            ("医疗卫生", Some(Area::Health)),
            ("卫生", Some(Area::Health)),
            ("环境保护", Some(Area::Environment)),
            ("文化体育", Some(Area::CultureSports)),
            ("灾害救援", Some(Area::DisasterRelief)),
            ("脱贫", Some(Area::PovertyAlleviation)),
            ("社会救助", Some(Area::SocialAssistance)),
            ("其他", None),
        ];
        for (cell, area) in cases {
            assert_eq!(Area::named_in_cell(cell), area, "{cell}");
        }
        // Running text keeps the stricter words: 宣传教育 names no area there.
        assert!(Area::named_in("加强宣传教育").is_empty());
        assert_eq!(Area::named_in_cell("加强对全体干部职工的宣传教育和培训工作"), None);
    }
}
