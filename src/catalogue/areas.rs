//! The reference catalogue per key area: the national requirement (国办发〔2018〕10号, as
//! restated in seed 001 §三 and completed from seed 002 item 4, without local additions), the
//! lead departments named in seed 000 §二 (2018 names), and suggested disclosure items with
//! sensible defaults. All texts are summaries in our own words.

use crate::model::{Area, Audience, Channel, InfoCategory, Item, ItemField, Units};

use Channel::*;
use InfoCategory::*;

/// Catalogue entry of one area.
#[derive(Debug)]
pub struct AreaInfo {
    pub area: Area,
    /// The national requirement for this area.
    pub requirement: &'static str,
    /// Lead departments (several where seed 000 names several equal leads).
    pub leads: &'static [&'static str],
    /// Co-operating departments named by seed 000 (会同…).
    pub partners: &'static [&'static str],
    /// Today's names of departments renamed since 2018, shown as a note.
    pub renamed: &'static str,
    pub suggestions: &'static [Suggestion],
}

/// A suggested disclosure item.
#[derive(Debug)]
pub struct Suggestion {
    /// Stable key, `area_slug/short_name`.
    pub key: &'static str,
    pub name: &'static str,
    pub categories: &'static [InfoCategory],
    pub content: &'static str,
    pub standard: &'static str,
    pub channels: &'static [Channel],
    pub time_limit: &'static str,
    /// `Some(group)` for items about identified households or persons (公开对象 = 特定群体).
    pub group: Option<&'static str>,
}

/// Default 公开程序 of every suggestion.
pub const DEFAULT_PROCEDURE: &str = "承办处室拟稿，经保密审查和合法性审核，按程序报单位负责人审批后发布";

const T20: &str = "信息形成或变更之日起20个工作日内";
const T_YEAR: &str = "每年第一季度公开上年度情况，变更后20个工作日内更新";
const T_NOW: &str = "事件发生后第一时间发布，并持续动态更新";
const T_NOTICE: &str = "审核确定后及时公示，公示期不少于7天";

const WEB: &[Channel] = &[Portal, ServicePlatform, NewMedia];
const WIDE: &[Channel] = &[Portal, NewMedia, NewsMedia, Brochure];
const LOCAL: &[Channel] = &[NoticeBoard];
const URGENT: &[Channel] = &[Portal, NewMedia, NewsMedia, Sms, PressConference];

impl Suggestion {
    /// A new item from this suggestion. The publisher and lead are the plan's unit when one is
    /// entered, else the area's lead departments; co-operating units are the area's partners.
    pub fn to_item(&self, info: &AreaInfo, unit: &str, id: u32) -> Item {
        let unit = unit.trim();
        let leads: Vec<String> =
            if unit.is_empty() { info.leads.iter().map(|s| s.to_string()).collect() } else { vec![unit.to_string()] };
        Item {
            id,
            name: self.name.into(),
            categories: self.categories.to_vec(),
            publisher: leads.join("、"),
            content: self.content.into(),
            standard: self.standard.into(),
            channels: self.channels.to_vec(),
            procedure: DEFAULT_PROCEDURE.into(),
            time_limit: self.time_limit.into(),
            audience: match self.group {
                Some(g) => Audience::group(g),
                None => Audience::public(),
            },
            units: Units { leads, partners: info.partners.iter().map(|s| s.to_string()).collect() },
            suggestion: Some(self.key.into()),
            ..Item::default()
        }
    }

    /// Whether an item still carries this suggestion's text unchanged (not adapted).
    /// Compares the fields the unit is expected to adapt ([`crate::model::FieldSpec::adapted`]).
    pub fn is_unchanged(&self, item: &Item) -> bool {
        let fresh = self.to_item(&AREAS[0], "", 0);
        ItemField::ALL.iter().filter(|f| f.spec().adapted).all(|f| f.same(item, &fresh))
    }
}

/// The catalogue entry of an area.
pub fn info(area: Area) -> &'static AreaInfo {
    &AREAS[area.index()]
}

/// The suggestion with this key, in any area.
pub fn suggestion(key: &str) -> Option<&'static Suggestion> {
    AREAS.iter().flat_map(|a| a.suggestions.iter()).find(|s| s.key == key)
}

const S_POVERTY: &str = "《中华人民共和国政府信息公开条例》、国办发〔2018〕10号及扶贫项目资金公告公示有关规定";
const S_WELFARE: &str = "《社会救助暂行办法》《中华人民共和国政府信息公开条例》、国办发〔2018〕10号";
const S_EDU: &str = "《中华人民共和国政府信息公开条例》《高等学校信息公开办法》、国办发〔2018〕10号";
const S_HEALTH: &str = "《中华人民共和国传染病防治法》《突发公共卫生事件应急条例》、国办发〔2018〕10号";
const S_ENV: &str = "《中华人民共和国环境保护法》《企业事业单位环境信息公开办法》、国办发〔2018〕10号";
const S_DISASTER: &str = "《中华人民共和国突发事件应对法》《自然灾害救助条例》、国办发〔2018〕10号";
const S_CULTURE: &str = "《中华人民共和国公共文化服务保障法》《公共文化体育设施条例》、国办发〔2018〕10号";

static AREAS: [AreaInfo; 7] = [
    AreaInfo {
        area: Area::PovertyAlleviation,
        requirement: "向社会公开扶贫政策、扶贫规划，以及扶贫项目的名称、资金来源、实施期限、预期目标、实施结果、实施单位及责任人、举报电话、检查验收结果；贫困识别、贫困退出、扶贫资金分配和使用情况、帮扶责任人、扶贫成效等信息向特定区域、特定群体公开。运用技术手段使公开信息可检索、可核查、可利用，方便社会参与和群众监督。",
        leads: &["扶贫部门"],
        partners: &[],
        renamed: "扶贫部门的职责现由乡村振兴部门承担（2021年起）。",
        suggestions: &[
            Suggestion {
                key: "poverty_alleviation/policy",
                name: "扶贫政策",
                categories: &[Decision],
                content: "扶贫开发政策文件及其解读、申请扶持的条件和办理流程",
                standard: S_POVERTY,
                channels: WIDE,
                time_limit: T20,
                group: None,
            },
            Suggestion {
                key: "poverty_alleviation/plan",
                name: "扶贫规划",
                categories: &[Decision],
                content: "脱贫攻坚规划、年度计划及其调整情况",
                standard: S_POVERTY,
                channels: WEB,
                time_limit: T20,
                group: None,
            },
            Suggestion {
                key: "poverty_alleviation/projects",
                name: "扶贫项目信息",
                categories: &[Execution, Result],
                content: "扶贫项目名称、资金来源、实施期限、预期目标、实施结果、实施单位及责任人、举报电话、检查验收结果",
                standard: S_POVERTY,
                channels: &[Portal, NoticeBoard],
                time_limit: "项目确定后20个工作日内，实施结果和验收结果形成后及时公开",
                group: None,
            },
            Suggestion {
                key: "poverty_alleviation/identification",
                name: "贫困识别",
                categories: &[Execution],
                content: "贫困户识别的标准、程序和识别结果",
                standard: S_POVERTY,
                channels: LOCAL,
                time_limit: T_NOTICE,
                group: Some("贫困户所在村（居）群众"),
            },
            Suggestion {
                key: "poverty_alleviation/exit",
                name: "贫困退出",
                categories: &[Result],
                content: "贫困户和贫困村退出的标准、程序和退出结果",
                standard: S_POVERTY,
                channels: LOCAL,
                time_limit: T_NOTICE,
                group: Some("贫困户所在村（居）群众"),
            },
            Suggestion {
                key: "poverty_alleviation/funds",
                name: "扶贫资金分配和使用情况",
                categories: &[Execution, Result],
                content: "扶贫资金的分配结果、使用情况和项目安排",
                standard: S_POVERTY,
                channels: &[Portal, NoticeBoard],
                time_limit: "资金分配结果下达后20个工作日内",
                group: Some("项目所在县（区）、村群众"),
            },
            Suggestion {
                key: "poverty_alleviation/helpers",
                name: "帮扶责任人",
                categories: &[Management],
                content: "结对帮扶责任人姓名、单位、联系方式和帮扶措施",
                standard: S_POVERTY,
                channels: LOCAL,
                time_limit: T20,
                group: Some("帮扶对象及所在村（居）群众"),
            },
            Suggestion {
                key: "poverty_alleviation/results",
                name: "扶贫成效",
                categories: &[Result],
                content: "脱贫攻坚目标任务完成情况、减贫成效和考核评估结果",
                standard: S_POVERTY,
                channels: &[Portal, NoticeBoard],
                time_limit: "考核评估结果形成后20个工作日内",
                group: Some("相关县（区）、村群众"),
            },
        ],
    },
    AreaInfo {
        area: Area::SocialAssistance,
        requirement: "围绕城乡低保、特困人员救助供养、受灾人员救助、医疗救助、教育救助、住房救助、就业救助、临时救助、老年人福利、残疾人福利、儿童福利、孤儿基本生活保障、计划生育特殊困难家庭扶助等事项，全面公开救助对象认定、救助标准、福利补贴申领和审批程序等政策，有针对性地公开救助款物管理使用和福利补贴发放情况。公开方式要因事制宜，既确保公开实效、维护底线公平，又保护好相关人员的个人隐私。",
        leads: &["民政部门"],
        partners: &["教育部门", "人力资源社会保障部门", "住房城乡建设部门", "卫生计生部门"],
        renamed: "卫生计生部门现为卫生健康部门；医疗救助现由医疗保障部门负责。",
        suggestions: &[
            Suggestion {
                key: "social_assistance/dibao",
                name: "城乡低保对象认定条件和保障标准",
                categories: &[Decision, Service],
                content: "城乡最低生活保障的认定条件、保障标准、申请审批程序和办理指南",
                standard: S_WELFARE,
                channels: &[Portal, ServicePlatform, NoticeBoard, Brochure],
                time_limit: T20,
                group: None,
            },
            Suggestion {
                key: "social_assistance/dibao_roster",
                name: "低保对象家庭成员和救助金额公示",
                categories: &[Result],
                content: "低保对象的家庭成员、保障金额（不公开身份证号码、住址等个人隐私）",
                standard: S_WELFARE,
                channels: LOCAL,
                time_limit: "审批确定后长期公示，并按月更新",
                group: Some("低保对象所在村（居）群众"),
            },
            Suggestion {
                key: "social_assistance/tekun",
                name: "特困人员救助供养",
                categories: &[Decision, Service],
                content: "特困人员认定条件、救助供养标准、申请审批程序和供养服务机构名录",
                standard: S_WELFARE,
                channels: &[Portal, ServicePlatform, NoticeBoard],
                time_limit: T20,
                group: None,
            },
            Suggestion {
                key: "social_assistance/medical_education_housing",
                name: "医疗、教育、住房和就业救助政策",
                categories: &[Decision, Service],
                content: "医疗救助、教育救助、住房救助、就业救助的对象范围、救助标准和申请程序",
                standard: S_WELFARE,
                channels: &[Portal, ServicePlatform, Brochure],
                time_limit: T20,
                group: None,
            },
            Suggestion {
                key: "social_assistance/temporary",
                name: "临时救助",
                categories: &[Service, Result],
                content: "临时救助的对象范围、救助标准、申请程序和年度救助情况",
                standard: S_WELFARE,
                channels: &[Portal, ServicePlatform, NoticeBoard],
                time_limit: T20,
                group: None,
            },
            Suggestion {
                key: "social_assistance/elderly",
                name: "老年人福利",
                categories: &[Decision, Service],
                content: "经济困难的高龄、失能老年人补贴制度，养老服务设施建设和养老服务专项资金使用情况",
                standard: S_WELFARE,
                channels: &[Portal, ServicePlatform, NewMedia],
                time_limit: T20,
                group: None,
            },
            Suggestion {
                key: "social_assistance/disability",
                name: "残疾人两项补贴",
                categories: &[Decision, Service],
                content: "困难残疾人生活补贴和重度残疾人护理补贴的政策、标准和申请流程",
                standard: S_WELFARE,
                channels: &[Portal, ServicePlatform, HallScreen],
                time_limit: T20,
                group: None,
            },
            Suggestion {
                key: "social_assistance/disability_roster",
                name: "残疾人两项补贴审定结果公示",
                categories: &[Result],
                content: "补贴申请人的审定结果和补贴金额（不公开个人隐私信息）",
                standard: S_WELFARE,
                channels: &[NoticeBoard, HallScreen],
                time_limit: T_NOTICE,
                group: Some("申请人所在村（居）群众"),
            },
            Suggestion {
                key: "social_assistance/children",
                name: "儿童福利和孤儿基本生活保障",
                categories: &[Decision, Service],
                content: "困境儿童保障政策、孤儿基本生活费标准及调整、弃婴弃童寻亲公告",
                standard: S_WELFARE,
                channels: &[Portal, NewsMedia, NewMedia],
                time_limit: T20,
                group: None,
            },
            Suggestion {
                key: "social_assistance/funds",
                name: "救助款物管理使用和福利补贴发放情况",
                categories: &[Execution, Result],
                content: "各项救助资金、物资的分配、使用情况和福利补贴发放总体情况",
                standard: S_WELFARE,
                channels: &[Portal],
                time_limit: T_YEAR,
                group: None,
            },
        ],
    },
    AreaInfo {
        area: Area::Education,
        requirement: "进一步加大教育信息公开力度，重点做好义务教育、学前教育、特殊教育、职业教育、高等教育等方面的信息公开；重点公开相关政策、发展规划、经费投入和使用、困难学生资助实施情况；做好义务教育控辍保学、县域义务教育均衡发展等工作进展情况的公开；推动民办学校办学资质、办学质量、招生范围和收费等信息公开。",
        leads: &["教育部门"],
        partners: &[],
        renamed: "",
        suggestions: &[
            Suggestion {
                key: "education/policy",
                name: "教育政策和发展规划",
                categories: &[Decision],
                content: "学前教育、义务教育、特殊教育、职业教育、高等教育的政策文件、发展规划及解读",
                standard: S_EDU,
                channels: WEB,
                time_limit: T20,
                group: None,
            },
            Suggestion {
                key: "education/funds",
                name: "教育经费投入和使用情况",
                categories: &[Execution, Result],
                content: "教育经费预算、投入和使用情况，重点项目资金安排",
                standard: S_EDU,
                channels: &[Portal],
                time_limit: T_YEAR,
                group: None,
            },
            Suggestion {
                key: "education/aid_policy",
                name: "学生资助政策和实施情况",
                categories: &[Decision, Service, Result],
                content: "家庭经济困难学生资助政策、申请条件、评审程序和年度资助总体情况",
                standard: S_EDU,
                channels: &[Portal, ServicePlatform, Brochure],
                time_limit: T20,
                group: None,
            },
            Suggestion {
                key: "education/aid_roster",
                name: "受助学生名单公示",
                categories: &[Result],
                content: "受助学生姓名、资助等级和金额（不公开家庭经济状况等个人隐私）",
                standard: S_EDU,
                channels: LOCAL,
                time_limit: T_NOTICE,
                group: Some("本校师生"),
            },
            Suggestion {
                key: "education/compulsory",
                name: "义务教育控辍保学和均衡发展进展",
                categories: &[Execution, Result],
                content: "义务教育控辍保学工作进展、县域义务教育均衡发展督导评估结果",
                standard: S_EDU,
                channels: &[Portal, NewsMedia],
                time_limit: "评估结果形成后20个工作日内",
                group: None,
            },
            Suggestion {
                key: "education/private_schools",
                name: "民办学校办学信息",
                categories: &[Management, Service],
                content: "民办学校办学资质、办学质量、招生范围和收费标准",
                standard: S_EDU,
                channels: &[Portal, ServicePlatform],
                time_limit: "每年招生前公开，变更后20个工作日内更新",
                group: None,
            },
            Suggestion {
                key: "education/higher",
                name: "高等教育信息",
                categories: &[Management, Service],
                content: "高等学校招生章程、招生计划、收费项目和标准、学生资助等信息",
                standard: S_EDU,
                channels: &[Portal, NewMedia],
                time_limit: "每年招生前公开，变更后20个工作日内更新",
                group: None,
            },
        ],
    },
    AreaInfo {
        area: Area::Health,
        requirement: "保障群众对公共医疗卫生的知情权，重点公开重大疾病预防控制、国家免疫规划、突发公共卫生事件、传染病疫情及防控等信息；针对妇女、未成年人、老年人等重点人群和农村、工矿企业等重点区域开展专项健康科普；做好疾病应急救助、健康扶贫政策落实情况公开；探索以信息公开加强卫生监督；深化食品安全信息公开，完善推广企业“黑名单”制度。",
        leads: &["卫生计生部门"],
        partners: &["食品药品监管部门"],
        renamed: "卫生计生部门现为卫生健康部门；食品药品监管职责现由市场监督管理部门承担。",
        suggestions: &[
            Suggestion {
                key: "health/disease_control",
                name: "重大疾病预防控制",
                categories: &[Decision, Execution],
                content: "重大疾病预防控制规划、防控措施和实施情况",
                standard: S_HEALTH,
                channels: WEB,
                time_limit: T20,
                group: None,
            },
            Suggestion {
                key: "health/immunisation",
                name: "国家免疫规划",
                categories: &[Service],
                content: "免疫规划疫苗种类、接种程序、接种单位名录和接种服务指南",
                standard: S_HEALTH,
                channels: &[Portal, ServicePlatform, NewMedia, Brochure],
                time_limit: T20,
                group: None,
            },
            Suggestion {
                key: "health/emergencies",
                name: "突发公共卫生事件",
                categories: &[Execution, Result],
                content: "突发公共卫生事件的发生、处置进展和调查结果",
                standard: S_HEALTH,
                channels: URGENT,
                time_limit: T_NOW,
                group: None,
            },
            Suggestion {
                key: "health/epidemics",
                name: "传染病疫情及防控",
                categories: &[Execution, Result],
                content: "法定传染病疫情信息和防控措施",
                standard: S_HEALTH,
                channels: &[Portal, NewMedia, NewsMedia],
                time_limit: "按月发布法定传染病疫情，突发疫情及时发布",
                group: None,
            },
            Suggestion {
                key: "health/education",
                name: "健康科普",
                categories: &[Service],
                content: "面向妇女、未成年人、老年人等重点人群和农村、工矿企业等重点区域的专项健康科普",
                standard: S_HEALTH,
                channels: &[NewMedia, NewsMedia, Brochure],
                time_limit: "常态化发布，每季度至少更新一次",
                group: None,
            },
            Suggestion {
                key: "health/emergency_aid",
                name: "疾病应急救助和健康扶贫政策落实情况",
                categories: &[Execution, Result],
                content: "疾病应急救助基金使用情况、健康扶贫政策落实情况",
                standard: S_HEALTH,
                channels: &[Portal],
                time_limit: T_YEAR,
                group: None,
            },
            Suggestion {
                key: "health/supervision",
                name: "卫生监督信息",
                categories: &[Management],
                content: "卫生监督抽检结果和行政处罚信息",
                standard: S_HEALTH,
                channels: &[Portal],
                time_limit: "处罚决定作出之日起7个工作日内",
                group: None,
            },
            Suggestion {
                key: "health/food_safety",
                name: "食品安全信息和企业“黑名单”",
                categories: &[Management, Result],
                content: "食品安全监督抽检结果、严重违法企业“黑名单”",
                standard: "《中华人民共和国食品安全法》、国办发〔2018〕10号",
                channels: &[Portal, NewMedia, NewsMedia],
                time_limit: T20,
                group: None,
            },
        ],
    },
    AreaInfo {
        area: Area::Environment,
        requirement: "做好大气、水、土壤污染防治信息公开；重点公开环境污染防治和生态保护政策措施及实施效果、污染源监测及减排、建设项目环境影响评价审批、重大环境污染和生态破坏事件调查处理、环境执法监管和投诉处理；及时发布重污染天气预警；健全环保信息强制性披露制度；公布城市水环境质量排名（水质最好和最差的城市名单），公开集中式生活饮用水水源水质监测信息，集中发布重点排污单位环境信息。",
        leads: &["环境保护部门"],
        partners: &[],
        renamed: "环境保护部门现为生态环境部门。",
        suggestions: &[
            Suggestion {
                key: "environment/policy",
                name: "污染防治和生态保护政策措施及实施效果",
                categories: &[Decision, Result],
                content: "大气、水、土壤污染防治和生态保护的政策措施及其实施效果",
                standard: S_ENV,
                channels: WEB,
                time_limit: T20,
                group: None,
            },
            Suggestion {
                key: "environment/pollution_sources",
                name: "污染源监测及减排",
                categories: &[Execution],
                content: "重点污染源监督性监测结果和主要污染物减排情况",
                standard: S_ENV,
                channels: &[Portal],
                time_limit: "监测结果形成后20个工作日内",
                group: None,
            },
            Suggestion {
                key: "environment/eia",
                name: "建设项目环境影响评价审批",
                categories: &[Management],
                content: "环评文件受理情况、拟审批公示和审批决定",
                standard: S_ENV,
                channels: &[Portal, ServicePlatform],
                time_limit: "受理、拟审批和审批决定作出后及时公开",
                group: None,
            },
            Suggestion {
                key: "environment/incidents",
                name: "重大环境污染和生态破坏事件调查处理",
                categories: &[Execution, Result],
                content: "事件基本情况、处置进展和调查处理结果",
                standard: S_ENV,
                channels: URGENT,
                time_limit: T_NOW,
                group: None,
            },
            Suggestion {
                key: "environment/enforcement",
                name: "环境执法监管和投诉处理",
                categories: &[Management, Result],
                content: "环境行政处罚决定、执法检查结果和信访投诉处理情况",
                standard: S_ENV,
                channels: &[Portal],
                time_limit: "处罚决定作出之日起7个工作日内",
                group: None,
            },
            Suggestion {
                key: "environment/smog_warning",
                name: "重污染天气预警",
                categories: &[Service],
                content: "大范围重污染天气预警提示、应急措施和健康防护建议",
                standard: S_ENV,
                channels: URGENT,
                time_limit: "预警发布时同步公开",
                group: None,
            },
            Suggestion {
                key: "environment/water_ranking",
                name: "城市水环境质量排名",
                categories: &[Result],
                content: "城市水环境质量监测结果及水质最好和最差的城市名单",
                standard: S_ENV,
                channels: &[Portal, NewsMedia],
                time_limit: "每年公布一次",
                group: None,
            },
            Suggestion {
                key: "environment/drinking_water",
                name: "集中式生活饮用水水源水质监测信息",
                categories: &[Result],
                content: "集中式生活饮用水水源地水质监测结果",
                standard: S_ENV,
                channels: &[Portal],
                time_limit: "按季度公开",
                group: None,
            },
            Suggestion {
                key: "environment/key_polluters",
                name: "重点排污单位环境信息",
                categories: &[Management],
                content: "重点排污单位名录及其排污信息、防治设施建设运行情况",
                standard: S_ENV,
                channels: &[Portal],
                time_limit: "名录每年3月底前公布，变更后及时更新",
                group: None,
            },
        ],
    },
    AreaInfo {
        area: Area::DisasterRelief,
        requirement: "准确及时发布自然灾害、重大事故灾难、公共卫生事件等突发事件的应急处置与救援、医疗救护与卫生防疫、次生灾害预警防范等工作情况和动态信息；及时发布灾害救助需求信息，推动公开救助款物和捐赠款物的数量和使用情况、救助对象及其接受救助款物数额、灾后恢复重建进展。",
        leads: &["民政部门", "卫生计生部门", "安全监管部门"],
        partners: &["气象部门"],
        renamed: "自然灾害救助和安全生产监管职责现由应急管理部门承担；卫生计生部门现为卫生健康部门。",
        suggestions: &[
            Suggestion {
                key: "disaster_relief/response",
                name: "突发事件应急处置与救援情况",
                categories: &[Execution, Result],
                content: "自然灾害、事故灾难等突发事件的应急处置、救援进展和动态信息",
                standard: S_DISASTER,
                channels: URGENT,
                time_limit: T_NOW,
                group: None,
            },
            Suggestion {
                key: "disaster_relief/medical",
                name: "医疗救护与卫生防疫",
                categories: &[Execution],
                content: "灾后医疗救护和卫生防疫工作情况",
                standard: S_DISASTER,
                channels: &[Portal, NewMedia, NewsMedia],
                time_limit: T_NOW,
                group: None,
            },
            Suggestion {
                key: "disaster_relief/secondary",
                name: "次生灾害预警防范",
                categories: &[Service],
                content: "次生灾害预警信息和防范避险提示",
                standard: S_DISASTER,
                channels: &[Portal, NewMedia, Sms, NewsMedia],
                time_limit: "预警发布时同步公开",
                group: None,
            },
            Suggestion {
                key: "disaster_relief/needs",
                name: "灾害救助需求信息",
                categories: &[Service],
                content: "灾区救助需求、物资需求和社会捐赠接收渠道",
                standard: S_DISASTER,
                channels: &[Portal, NewMedia, NewsMedia],
                time_limit: "灾情核定后及时发布",
                group: None,
            },
            Suggestion {
                key: "disaster_relief/funds",
                name: "救助款物和捐赠款物数量及使用情况",
                categories: &[Execution, Result],
                content: "各级救灾资金、物资的下拨和使用情况，社会捐赠款物的接收和使用情况",
                standard: S_DISASTER,
                channels: &[Portal],
                time_limit: "款物下拨后20个工作日内，使用情况按季度更新",
                group: None,
            },
            Suggestion {
                key: "disaster_relief/recipients",
                name: "救助对象及其接受救助款物数额",
                categories: &[Result],
                content: "受灾救助对象名单和接受救助款物数额（不公开个人隐私）",
                standard: S_DISASTER,
                channels: LOCAL,
                time_limit: T_NOTICE,
                group: Some("受灾群众所在村（居）群众"),
            },
            Suggestion {
                key: "disaster_relief/rebuilding",
                name: "灾后恢复重建进展",
                categories: &[Execution, Result],
                content: "灾后恢复重建规划、项目安排和工作进展",
                standard: S_DISASTER,
                channels: &[Portal, NewsMedia],
                time_limit: "重建期间每月更新",
                group: None,
            },
        ],
    },
    AreaInfo {
        area: Area::CultureSports,
        requirement: "立足公共文化体育服务的公益性、均等性、便利性，推进公共文化体育服务保障政策、服务体系建设、财政资金投入和使用、设施建设和使用，以及政府购买公共文化体育服务目录和绩效评价结果等信息公开；公开文化遗产保护、公共文化体育设施名录、公益性文化服务活动、公益性体育赛事和活动、受捐款物管理使用等情况。",
        leads: &["文化部门", "体育部门"],
        partners: &[],
        renamed: "文化部门现为文化和旅游部门。",
        suggestions: &[
            Suggestion {
                key: "culture_sports/policy",
                name: "公共文化体育服务保障政策",
                categories: &[Decision],
                content: "公共文化体育服务保障政策文件、服务标准及解读",
                standard: S_CULTURE,
                channels: WEB,
                time_limit: T20,
                group: None,
            },
            Suggestion {
                key: "culture_sports/system",
                name: "公共文化体育服务体系建设",
                categories: &[Execution],
                content: "公共文化体育服务体系建设规划和进展情况",
                standard: S_CULTURE,
                channels: &[Portal],
                time_limit: T20,
                group: None,
            },
            Suggestion {
                key: "culture_sports/funds",
                name: "财政资金投入和使用情况",
                categories: &[Execution, Result],
                content: "公共文化体育财政资金的投入、分配和使用情况",
                standard: S_CULTURE,
                channels: &[Portal],
                time_limit: T_YEAR,
                group: None,
            },
            Suggestion {
                key: "culture_sports/facilities",
                name: "公共文化体育设施名录及开放情况",
                categories: &[Service],
                content: "公共图书馆、文化馆、体育场馆等设施名录、开放时间和免费或低收费开放项目",
                standard: S_CULTURE,
                channels: &[Portal, ServicePlatform, NewMedia],
                time_limit: "每年更新一次，变更后20个工作日内更新",
                group: None,
            },
            Suggestion {
                key: "culture_sports/purchase",
                name: "政府购买公共文化体育服务目录和绩效评价结果",
                categories: &[Management, Result],
                content: "政府购买公共文化体育服务的目录、承接主体和绩效评价结果",
                standard: S_CULTURE,
                channels: &[Portal],
                time_limit: "目录确定后20个工作日内，评价结果形成后20个工作日内",
                group: None,
            },
            Suggestion {
                key: "culture_sports/heritage",
                name: "文化遗产保护",
                categories: &[Management, Execution],
                content: "文物保护单位和非物质文化遗产名录、保护项目和资金安排",
                standard: S_CULTURE,
                channels: &[Portal],
                time_limit: T20,
                group: None,
            },
            Suggestion {
                key: "culture_sports/events",
                name: "公益性文化服务活动和体育赛事",
                categories: &[Service],
                content: "公益性文化服务活动、公益性体育赛事和全民健身活动的安排",
                standard: S_CULTURE,
                channels: &[Portal, NewMedia, NewsMedia],
                time_limit: "活动举办前及时发布",
                group: None,
            },
            Suggestion {
                key: "culture_sports/donations",
                name: "受捐款物管理使用情况",
                categories: &[Result],
                content: "公共文化体育机构接受捐赠款物的管理和使用情况",
                standard: S_CULTURE,
                channels: &[Portal],
                time_limit: T_YEAR,
                group: None,
            },
        ],
    },
];
