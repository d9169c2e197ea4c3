//! Cover data (文件信息): issuing unit, title and its line break, date of the plan, the notice
//! being implemented (editable, with the filing-deadline arithmetic), the filing-letter fields, the
//! department the plan speaks for and the issuing notice ([`super::issuing`]).

use serde::{Deserialize, Serialize};

use super::date::Date;
use super::issuing::IssuingNotice;

/// The fixed part of the generated title, after the unit name.
pub const TITLE_SUFFIX: &str = "关于推进社会公益事业建设领域政府信息公开的工作方案";

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Cover {
    /// 制定单位 (the signing unit), e.g. 广东省民政厅.
    pub unit: String,
    /// The department the plan speaks for (its 公开主体), e.g. 广东省卫生健康委员会 when the
    /// signing unit is its 办公室; empty means the unit ([`Cover::department_name`]). Written
    /// to a plan file only when entered, so plan files without it stay as they were.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub department: String,
    /// How the unit refers to itself in the filing letter (我厅, 我局, 我委…); empty means
    /// derived from the unit's name ([`Cover::self_reference`]).
    pub self_name: String,
    /// The user's own title; `None` means the title is generated from the unit.
    pub title: Option<String>,
    /// Number of characters on the first title line; `None` means the balanced break
    /// ([`crate::title`]).
    pub title_break: Option<usize>,
    /// 成文日期 as entered (ISO `2018-09-03` from the date picker, or typed text).
    pub date: String,
    /// The notice this plan implements (上级通知).
    pub notice: Notice,
    /// Fields of the filing letter (报备函).
    pub letter: FilingLetter,
    /// The issuing notice (印发通知) the plan is issued by, if any; written to a plan file only
    /// when anything is entered in it.
    #[serde(skip_serializing_if = "IssuingNotice::is_unused")]
    pub issuing: IssuingNotice,
}

/// The superior notice that orders the plan. Defaults are those of seed 000 (Guangdong, 2018);
/// every field is editable so units under other notices can use the app.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Notice {
    /// Title of the notice, e.g. 广东省人民政府办公厅关于…的通知.
    pub title: String,
    /// Its 发文字号, cited in the filing letter. Empty by default: seed 000 (the notice as
    /// published on a portal) does not give it.
    pub number: String,
    /// Issuing office.
    pub issuer: String,
    /// Date of the notice, ISO.
    pub date: String,
    /// Filing period in calendar months.
    pub period_months: u32,
    /// Where the plan is filed (备案单位), e.g. 省府办公厅.
    pub recipient: String,
}

impl Default for Notice {
    fn default() -> Self {
        Notice {
            title: "广东省人民政府办公厅关于加快推进社会公益事业建设领域政府信息公开工作的通知".into(),
            number: String::new(),
            issuer: "广东省人民政府办公厅".into(),
            date: "2018-06-14".into(),
            period_months: 3,
            recipient: "省府办公厅".into(),
        }
    }
}

/// Fields only the filing letter uses.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct FilingLetter {
    /// 发文字号, optional, e.g. 粤民函〔2018〕123号.
    pub doc_number: String,
    /// 主送; empty means the notice's filing recipient.
    pub addressee: String,
    /// 联系人.
    pub contact: String,
    /// 联系电话.
    pub phone: String,
}

impl Cover {
    /// The title generated from the unit name (`XX单位` placeholder-free: empty unit gives the
    /// bare suffix).
    pub fn generated_title(&self) -> String {
        format!("{}{}", self.unit.trim(), TITLE_SUFFIX)
    }

    /// The title as printed.
    pub fn title(&self) -> String {
        match &self.title {
            Some(own) if !own.trim().is_empty() => own.trim().to_string(),
            _ => self.generated_title(),
        }
    }

    /// The title in lines of at most 20 characters broken between words: after the user's
    /// chosen first line when that is a possible break, else balanced ([`crate::title`]).
    pub fn title_lines(&self) -> Vec<String> {
        let title = self.title();
        self.title_break
            .and_then(|n| crate::title::lines_with_break(&title, n))
            .unwrap_or_else(|| crate::title::title_lines(&title))
    }

    /// How the unit refers to itself in the filing letter: the user's entry, else 我 + the
    /// kind of body its name ends with (厅, 局, 委…), else 我单位.
    pub fn self_reference(&self) -> String {
        let own = self.self_name.trim();
        if !own.is_empty() {
            return own.to_string();
        }
        let mut unit = self.unit.trim();
        // 广东省卫生健康委员会（省中医药局） → the name before the bracket.
        if let Some(open) = unit.find(['（', '(']).filter(|i| *i > 0 && unit.ends_with(['）', ')'])) {
            unit = unit[..open].trim_end();
        }
        let kind = if unit.ends_with("委员会") {
            "委"
        } else if unit.ends_with("办公厅") {
            "厅"
        } else if unit.ends_with("办公室") {
            "办"
        } else if unit.ends_with("中心") {
            "中心"
        } else if let Some(place) = unit.strip_suffix("人民政府").and_then(|u| u.chars().last()) {
            match place {
                '省' => "省",
                '市' => "市",
                '县' => "县",
                '区' => "区",
                '镇' => "镇",
                '乡' => "乡",
                _ => "",
            }
        } else {
            match unit.chars().last() {
                Some('厅') => "厅",
                Some('局') => "局",
                Some('委') => "委",
                Some('办') => "办",
                Some('院') => "院",
                Some('部') => "部",
                Some('署') => "署",
                Some('会') => "会",
                Some('处') => "处",
                Some('所') => "所",
                Some('站') => "站",
                Some('馆') => "馆",
                Some('社') => "社",
                _ => "",
            }
        };
        if kind.is_empty() { "我单位".into() } else { format!("我{kind}") }
    }

    /// 成文日期, if it is a valid date.
    pub fn plan_date(&self) -> Option<Date> {
        Date::parse(&self.date).ok()
    }

    /// 成文日期 as the documents write it (see [`Date::written`]).
    pub fn date_text(&self) -> String {
        Date::written(&self.date)
    }

    /// 主送 of the filing letter: the user's entry or the filing recipient.
    pub fn addressee(&self) -> &str {
        let own = self.letter.addressee.trim();
        if own.is_empty() { self.notice.recipient.trim() } else { own }
    }
}

impl Notice {
    /// 备案截止日期 = notice date + the filing period in calendar months.
    pub fn deadline(&self) -> Option<Date> {
        Date::parse(&self.date).ok().map(|d| d.add_months(self.period_months))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cover(unit: &str) -> Cover {
        Cover { unit: unit.into(), ..Cover::default() }
    }

    #[test]
    fn title_is_generated_until_the_user_writes_one() {
        let mut c = cover(" 广东省民政厅 ");
        assert_eq!(c.title(), "广东省民政厅关于推进社会公益事业建设领域政府信息公开的工作方案");
        c.title = Some("  ".into());
        assert_eq!(c.title(), c.generated_title());
        c.title = Some("广东省民政厅关于推进社会公益事业建设领域政府信息公开工作的实施方案".into());
        assert!(c.title().ends_with("实施方案"));
    }

    #[test]
    fn title_breaks_after_jianshelingyu_by_default() {
        let c = cover("广东省民政厅");
        assert_eq!(c.title_lines(), ["广东省民政厅关于推进社会公益事业建设领域", "政府信息公开的工作方案"]);
    }

    #[test]
    fn title_break_can_be_chosen_and_bad_choices_fall_back() {
        let mut c = cover("广东省民政厅");
        c.title_break = Some(6);
        assert_eq!(c.title_lines(), ["广东省民政厅", "关于推进社会公益事业建设领域", "政府信息公开的工作方案"]);
        for bad in [0, 7, 21, 500] {
            c.title_break = Some(bad);
            assert_eq!(c.title_lines()[0], "广东省民政厅关于推进社会公益事业建设领域", "{bad}");
        }
        c.title = Some("一个没有常用断点的标题".into());
        c.title_break = None;
        assert_eq!(c.title_lines(), ["一个没有常用断点的标题"]);
    }

    #[test]
    fn the_letter_refers_to_the_unit_by_its_kind() {
        for (unit, expected) in [
            ("广东省民政厅", "我厅"),
            ("清远市教育局", "我局"),
            ("广东省卫生健康委员会", "我委"),
            ("广东省卫生健康委员会（省中医药局）", "我委"),
            ("广东省人民政府办公厅", "我厅"),
            ("韶关市人民政府办公室", "我办"),
            ("英德市人民政府", "我市"),
            ("广东省残疾人联合会", "我会"),
            ("广东省社会福利服务中心", "我中心"),
            ("某某单位", "我单位"),
            ("", "我单位"),
        ] {
            assert_eq!(cover(unit).self_reference(), expected, "{unit}");
        }
        let mut c = cover("广东省民政厅");
        c.self_name = " 本厅 ".into();
        assert_eq!(c.self_reference(), "本厅");
    }

    #[test]
    fn deadline_is_notice_date_plus_period() {
        let mut n = Notice::default();
        assert_eq!(n.deadline(), Date::new(2018, 9, 14));
        n.date = "2018-11-30".into();
        assert_eq!(n.deadline(), Date::new(2019, 2, 28));
        n.period_months = 6;
        assert_eq!(n.deadline(), Date::new(2019, 5, 30));
        n.date = "not a date".into();
        assert_eq!(n.deadline(), None);
    }

    #[test]
    fn addressee_defaults_to_filing_recipient() {
        let mut c = cover("x");
        assert_eq!(c.addressee(), "省府办公厅");
        c.letter.addressee = "省人民政府办公厅".into();
        assert_eq!(c.addressee(), "省人民政府办公厅");
    }
}
