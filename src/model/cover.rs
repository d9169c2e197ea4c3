//! Cover data (文件信息): issuing unit, title and its line break, date of the plan, the notice
//! being implemented (editable, with the filing-deadline arithmetic) and the filing-letter fields.

use serde::{Deserialize, Serialize};

use super::date::Date;

/// The fixed part of the generated title, after the unit name.
pub const TITLE_SUFFIX: &str = "关于推进社会公益事业建设领域政府信息公开的工作方案";
/// The template breaks the title after this phrase.
const DEFAULT_BREAK_AFTER: &str = "建设领域";

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Cover {
    /// 制定单位, e.g. 广东省民政厅.
    pub unit: String,
    /// The user's own title; `None` means the title is generated from the unit.
    pub title: Option<String>,
    /// Number of characters on the first title line; `None` means the template's break.
    pub title_break: Option<usize>,
    /// 成文日期 as entered (ISO `2018-09-03` from the date picker, or typed text).
    pub date: String,
    /// The notice this plan implements (上级通知).
    pub notice: Notice,
    /// Fields of the filing letter (报备函).
    pub letter: FilingLetter,
}

/// The superior notice that orders the plan. Defaults are those of seed 000 (Guangdong, 2018);
/// every field is editable so units under other notices can use the app.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Notice {
    /// Title of the notice, e.g. 广东省人民政府办公厅关于…的通知.
    pub title: String,
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

    /// Where the template would break this title: after 建设领域, else near the middle.
    pub fn default_break(title: &str) -> usize {
        let len = title.chars().count();
        match title.find(DEFAULT_BREAK_AFTER) {
            Some(byte) => title[..byte].chars().count() + DEFAULT_BREAK_AFTER.chars().count(),
            None => len.div_ceil(2),
        }
        .min(len)
    }

    /// The title split into its two lines (the second may be empty for a one-line title).
    pub fn title_lines(&self) -> (String, String) {
        let title = self.title();
        let len = title.chars().count();
        let at = match self.title_break {
            Some(n) if n > 0 && n < len => n,
            _ => Self::default_break(&title),
        };
        let first: String = title.chars().take(at).collect();
        let second: String = title.chars().skip(at).collect();
        (first, second)
    }

    /// 成文日期, if it is a valid date.
    pub fn plan_date(&self) -> Option<Date> {
        Date::parse(&self.date).ok()
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
        let (a, b) = c.title_lines();
        assert_eq!(a, "广东省民政厅关于推进社会公益事业建设领域");
        assert_eq!(b, "政府信息公开的工作方案");
    }

    #[test]
    fn title_break_can_be_chosen_and_bad_choices_fall_back() {
        let mut c = cover("广东省民政厅");
        c.title_break = Some(6);
        assert_eq!(c.title_lines().0, "广东省民政厅");
        c.title_break = Some(0);
        assert_eq!(c.title_lines().0, "广东省民政厅关于推进社会公益事业建设领域");
        c.title_break = Some(500);
        assert_eq!(c.title_lines().1, "政府信息公开的工作方案");
        c.title = Some("一个没有常用断点的标题".into());
        c.title_break = None;
        assert_eq!(c.title_lines(), ("一个没有常用".to_string(), "断点的标题".to_string()));
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
