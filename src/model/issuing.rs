//! The issuing notice (印发通知) by which a department issues its plan: its own 文号, 主送
//! list, a short body (a default citing the plan's title, editable), the signing office and its
//! date. Optional: off by default, so plan files written before it load unchanged. When it is
//! on, the plan is exported as the notice's attachment and is not signed itself.

use serde::{Deserialize, Serialize};

use super::cover::Cover;
use super::date::Date;
use crate::content::has_content;

/// The issuing notice. Kept when switched off, so the user loses nothing by unticking it.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct IssuingNotice {
    /// Whether the plan is issued by this notice.
    pub enabled: bool,
    /// Its 发文字号, e.g. 粤卫办函〔2018〕447号.
    pub number: String,
    /// 主送, free text as written, e.g. 各地级以上市卫生计生局（委），委机关各处室，委直属各单位.
    pub addressees: String,
    /// The body; `None` means the default ([`IssuingNotice::default_body`]).
    pub body: Option<String>,
    /// The signing office (e.g. 广东省卫生和计划生育委员会办公室); empty means the unit.
    pub office: String,
    /// Its date (ISO from the date picker, or typed text).
    pub date: String,
}

impl IssuingNotice {
    /// `现将《{plan title}》印发给你们，请认真遵照执行。`
    pub fn default_body(plan_title: &str) -> String {
        format!("现将《{}》印发给你们，请认真遵照执行。", plan_title.trim())
    }

    /// The body as printed: the user's text or the default.
    pub fn body_text(&self, plan_title: &str) -> String {
        match &self.body {
            Some(own) if has_content(own) => own.trim().to_string(),
            _ => Self::default_body(plan_title),
        }
    }

    /// Nothing entered and not switched on (left out of plan files).
    pub fn is_unused(&self) -> bool {
        *self == IssuingNotice::default()
    }

    /// The notice's date, if it is a valid date.
    pub fn parsed_date(&self) -> Option<Date> {
        Date::parse(&self.date).ok()
    }
}

impl Cover {
    /// The issuing notice, when the plan is issued by one.
    pub fn issuing_notice(&self) -> Option<&IssuingNotice> {
        self.issuing.enabled.then_some(&self.issuing)
    }

    /// The office that signs the issuing notice: the one entered, else the unit.
    pub fn issuing_office(&self) -> String {
        let own = self.issuing.office.trim();
        if own.is_empty() { self.unit.trim().to_string() } else { own.to_string() }
    }

    /// The issuing notice's title (GB/T 9704 7.3.1: 发文机关 + 事由 + 文种, no 书名号 around a
    /// plan's name, as seed 001 writes it), the plan named without its own 关于 so that the title
    /// has one: 广东省民政厅办公室关于印发广东省民政厅推进…的工作方案的通知.
    pub fn issuing_title(&self) -> String {
        let title = self.title();
        let named = match title.split_once("关于") {
            Some((unit, rest)) if has_content(rest) => format!("{unit}{rest}"),
            _ => title,
        };
        format!("{}关于印发{named}的通知", self.issuing_office())
    }

    /// The department the plan speaks for (its 公开主体 and default lead): the one entered,
    /// else the unit.
    pub fn department_name(&self) -> String {
        let own = self.department.trim();
        if own.is_empty() { self.unit.trim().to_string() } else { own.to_string() }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cover() -> Cover {
        Cover { unit: "广东省卫生和计划生育委员会".into(), ..Cover::default() }
    }

    #[test]
    fn the_notice_is_off_by_default_and_kept_when_switched_off() {
        let mut c = cover();
        assert_eq!(c.issuing_notice(), None);
        c.issuing.enabled = true;
        c.issuing.number = "粤卫办函〔2018〕447号".into();
        assert_eq!(c.issuing_notice().map(|n| n.number.as_str()), Some("粤卫办函〔2018〕447号"));
        c.issuing.enabled = false;
        assert_eq!(c.issuing_notice(), None);
        assert_eq!(c.issuing.number, "粤卫办函〔2018〕447号", "switching off loses nothing");
    }

    #[test]
    fn old_files_without_the_notice_or_department_load() {
        let c: Cover = serde_json::from_str(r#"{"unit":"广东省民政厅"}"#).unwrap();
        assert!(!c.issuing.enabled);
        assert_eq!(c.department_name(), "广东省民政厅");
        let saved = serde_json::to_string(&c).unwrap();
        assert!(!saved.contains("issuing") && !saved.contains("department"), "left out until used: {saved}");
        let mut used = c.clone();
        used.issuing.addressees = "各地级以上市民政局".into();
        let back: Cover = serde_json::from_str(&serde_json::to_string(&used).unwrap()).unwrap();
        assert_eq!(back, used, "kept once anything is entered, even switched off");
    }

    #[test]
    fn the_body_defaults_to_issuing_the_plan_by_its_title() {
        let mut c = cover();
        let title = c.title();
        assert_eq!(c.issuing.body_text(&title), format!("现将《{title}》印发给你们，请认真遵照执行。"));
        c.issuing.body = Some(" ，".into());
        assert_eq!(c.issuing.body_text(&title), IssuingNotice::default_body(&title), "punctuation only is nothing");
        c.issuing.body = Some("经委领导同意，现将方案印发给你们，请认真组织实施。".into());
        assert!(c.issuing.body_text(&title).starts_with("经委领导同意"));
    }

    #[test]
    fn the_signing_office_and_the_department_default_to_the_unit() {
        let mut c = cover();
        assert_eq!(c.issuing_office(), "广东省卫生和计划生育委员会");
        c.issuing.office = " 广东省卫生和计划生育委员会办公室 ".into();
        assert_eq!(
            c.issuing_title(),
            "广东省卫生和计划生育委员会办公室关于印发广东省卫生和计划生育委员会推进社会公益事业建设领域政府信息公开的工作方案的通知"
        );
        c.title = Some("广东省卫生计生委推进社会公益事业建设领域政府信息公开工作实施方案".into());
        assert_eq!(
            c.issuing_title(),
            "广东省卫生和计划生育委员会办公室关于印发广东省卫生计生委推进社会公益事业建设领域政府信息公开工作实施方案的通知",
            "a title without 关于 is named whole"
        );
        c.unit = "广东省卫生和计划生育委员会办公室".into();
        assert_eq!(c.department_name(), "广东省卫生和计划生育委员会办公室");
        c.department = "广东省卫生和计划生育委员会".into();
        assert_eq!(c.department_name(), "广东省卫生和计划生育委员会");
    }
}
