//! The reviewing office's filing ledger (报备台账): the departments expected to file — pre-filled
//! from seed 000 §二, which names the department that leads or joins each of the seven key areas —
//! and for each the plans received (date, file, check verdict, decision) and the yearly progress
//! reports received; whether a plan came in on time (the notice date plus the filing period, the
//! last day counting as on time); the seven areas with their lead departments' state; and the
//! matching of an opened plan's unit to an entry (exact, or likely entries the reviewer confirms).
//! Saved as its own file format (and by the UI in the browser); native code, no web types.

use serde::{Deserialize, Serialize};

use super::Decision;
use crate::content::half_width_digit;
use crate::export::catalogue::sheet_widths;
use crate::export::layout::{Block, GbDocument, Properties, Table};
use crate::export::xlsx::{self, Sheet};
use crate::model::{Area, Date};

/// Title of the ledger's documents.
pub const TITLE: &str = "社会公益事业建设领域政府信息公开工作方案报备情况汇总表";

/// Format name of the saved ledger file.
pub const FORMAT: &str = "gongyi-xxgk-ledger";
const VERSION: u32 = 1;

/// What a department does in a key area.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// 牵头 (or 负责): the area's plan is this department's.
    Lead,
    /// 会同: joins the lead department.
    Joint,
}

/// A department's part in one key area.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Duty {
    pub area: Area,
    pub role: Role,
}

/// A plan the office received from a department.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Receipt {
    /// Day received, ISO (`2018-09-10`).
    pub received: String,
    pub file: String,
    /// The unit as the plan names itself.
    pub unit: String,
    /// Completeness (%) and verdict of the check when it was opened.
    pub score: Option<u32>,
    pub verdict: String,
    pub decision: Option<Decision>,
}

/// A yearly progress report received (每年2月底前 for the year before).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct ProgressReceipt {
    /// The year reported on.
    pub year: i32,
    /// Day received, ISO.
    pub received: String,
    pub file: String,
}

/// A department expected to file.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Department {
    pub name: String,
    pub duties: Vec<Duty>,
    /// Plans received, first first (a plan returned for correction comes in again).
    pub plans: Vec<Receipt>,
    pub reports: Vec<ProgressReceipt>,
}

/// The ledger: the notice the plans answer (date and filing period) and the departments.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Ledger {
    /// Date of the notice, ISO.
    pub notice_date: String,
    /// Filing period in calendar months.
    pub period_months: u32,
    pub departments: Vec<Department>,
}

/// Whether a department's plan came in within the filing period.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Timeliness {
    /// Received on or before the deadline.
    OnTime,
    /// Received this many days after the deadline.
    Late(i64),
    /// Not received; this many days are left (0: the deadline is today).
    Open(i64),
    /// Not received and this many days past the deadline.
    Overdue(i64),
    /// The notice date cannot be read, or the receipt's date.
    Unknown,
}

impl Timeliness {
    /// How the ledger says it.
    pub fn label(self) -> String {
        match self {
            Timeliness::OnTime => "按时报送".into(),
            Timeliness::Late(days) => format!("逾期 {days} 天报送"),
            Timeliness::Open(0) => "未报送，今天截止".into(),
            Timeliness::Open(days) => format!("未报送，还剩 {days} 天"),
            Timeliness::Overdue(days) => format!("未报送，已逾期 {days} 天"),
            Timeliness::Unknown => "无法计算（请检查日期）".into(),
        }
    }
}

/// How an opened plan's unit matches the ledger.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum UnitMatch {
    /// The same name (ignoring spaces and full-width forms): recorded without asking.
    Exact(usize),
    /// Names that may mean the same department (a short form, the province left out, a signing
    /// office of the department): the reviewer chooses, best first.
    Likely(Vec<usize>),
    /// No entry comes close: the reviewer may add the unit.
    None,
}

/// The state of one lead department in an area.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LeadState {
    pub department: String,
    pub state: String,
}

impl Default for Ledger {
    /// Seed 000 (Guangdong, 2018-06-14, three months) and the departments its §二 names.
    fn default() -> Self {
        use Area::*;
        use Role::*;
        let entry = |name: &str, duties: &[(Area, Role)]| Department {
            name: name.into(),
            duties: duties.iter().map(|&(area, role)| Duty { area, role }).collect(),
            ..Default::default()
        };
        Ledger {
            notice_date: "2018-06-14".into(),
            period_months: 3,
            departments: vec![
                entry("广东省扶贫开发办公室", &[(PovertyAlleviation, Lead)]),
                entry("广东省民政厅", &[(SocialAssistance, Lead), (DisasterRelief, Lead)]),
                entry("广东省教育厅", &[(Education, Lead), (SocialAssistance, Joint)]),
                entry("广东省人力资源和社会保障厅", &[(SocialAssistance, Joint)]),
                entry("广东省住房和城乡建设厅", &[(SocialAssistance, Joint)]),
                entry(
                    "广东省卫生和计划生育委员会",
                    &[(Health, Lead), (DisasterRelief, Lead), (SocialAssistance, Joint)],
                ),
                entry("广东省食品药品监督管理局", &[(Health, Joint)]),
                entry("广东省环境保护厅", &[(Environment, Lead)]),
                entry("广东省安全生产监督管理局", &[(DisasterRelief, Lead)]),
                entry("广东省气象局", &[(DisasterRelief, Joint)]),
                entry("广东省文化厅", &[(CultureSports, Lead)]),
                entry("广东省体育局", &[(CultureSports, Lead)]),
            ],
        }
    }
}

/// A unit name as compared: no spaces, half-width digits and letters.
fn normal(name: &str) -> String {
    name.chars()
        .filter(|c| !c.is_whitespace())
        .map(|c| match c {
            'Ａ'..='Ｚ' | 'ａ'..='ｚ' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
            c => half_width_digit(c),
        })
        .collect()
}

/// The name without the region it belongs to (`广东省民政厅` → `民政厅`, `省民政厅` → `民政厅`).
fn core(name: &str) -> String {
    let chars: Vec<char> = name.chars().collect();
    let head: String = chars.iter().take(8).collect();
    let cut = ["自治区", "省", "市"]
        .iter()
        .filter_map(|m| head.find(m).map(|at| head[..at].chars().count() + m.chars().count()))
        .min();
    match cut {
        Some(n) if n < chars.len() => chars[n..].iter().collect(),
        _ => name.to_string(),
    }
}

/// Whether every character of `short` occurs in `long` in order (Chinese short forms keep the
/// characters of the full name: 卫生计生委 in 卫生和计划生育委员会).
fn abbreviates(short: &str, long: &str) -> bool {
    let mut rest = long.chars();
    short.chars().all(|c| rest.any(|l| l == c))
}

impl Department {
    /// Where the department's plan stands: received or not, and the reviewer's decision (how late
    /// is [`Ledger::timeliness`]).
    pub fn plan_state(&self) -> &'static str {
        match self.plans.last() {
            None => "未报送",
            Some(last) => match last.decision {
                Some(Decision::Approve) => "已报备（审核通过）",
                Some(Decision::Return) => "已退回修改",
                None => "已收到，待审核",
            },
        }
    }
}

impl Ledger {
    /// The last day to file (inclusive).
    pub fn deadline(&self) -> Option<Date> {
        Date::parse(&self.notice_date).ok().map(|d| d.add_months(self.period_months))
    }

    /// Whether `department`'s first plan came in on time, as of `today`.
    pub fn timeliness(&self, department: &Department, today: Date) -> Timeliness {
        let Some(deadline) = self.deadline() else { return Timeliness::Unknown };
        match department.plans.first() {
            Some(first) => match Date::parse(&first.received) {
                Ok(day) if day <= deadline => Timeliness::OnTime,
                Ok(day) => Timeliness::Late(day.days_since(deadline)),
                Err(_) => Timeliness::Unknown,
            },
            None if today <= deadline => Timeliness::Open(deadline.days_since(today)),
            None => Timeliness::Overdue(today.days_since(deadline)),
        }
    }

    /// The ledger entry an opened plan's unit belongs to.
    pub fn find(&self, unit: &str) -> UnitMatch {
        let unit = normal(unit);
        if unit.is_empty() {
            return UnitMatch::None;
        }
        if let Some(i) = self.departments.iter().position(|d| normal(&d.name) == unit) {
            return UnitMatch::Exact(i);
        }
        let unit_core = core(&unit);
        // Closeness: how much of the longer core the shorter one covers.
        let mut likely: Vec<(usize, usize)> = self
            .departments
            .iter()
            .enumerate()
            .filter_map(|(i, d)| {
                let name = core(&normal(&d.name));
                let (short, long) = if unit_core.chars().count() <= name.chars().count() {
                    (&unit_core, &name)
                } else {
                    (&name, &unit_core)
                };
                (short.chars().count() >= 2 && abbreviates(short, long))
                    .then(|| (i, long.chars().count() - short.chars().count()))
            })
            .collect();
        likely.sort_by_key(|&(i, gap)| (gap, i));
        if likely.is_empty() {
            UnitMatch::None
        } else {
            UnitMatch::Likely(likely.into_iter().map(|(i, _)| i).collect())
        }
    }

    /// Records a plan received from the department at `index`. The same file opened again (same
    /// name and day) updates its receipt instead of adding one.
    pub fn record_plan(&mut self, index: usize, receipt: Receipt) {
        let Some(department) = self.departments.get_mut(index) else { return };
        match department.plans.iter_mut().find(|r| r.file == receipt.file && r.received == receipt.received) {
            Some(same) => *same = receipt,
            None => department.plans.push(receipt),
        }
    }

    /// Records a progress report; one per year (a later one replaces it).
    pub fn record_report(&mut self, index: usize, report: ProgressReceipt) {
        let Some(department) = self.departments.get_mut(index) else { return };
        department.reports.retain(|r| r.year != report.year);
        department.reports.push(report);
        department.reports.sort_by_key(|r| r.year);
    }

    /// Adds a department (no duties yet) and returns its position; an existing name is reused.
    pub fn add_department(&mut self, name: &str) -> usize {
        if let UnitMatch::Exact(i) = self.find(name) {
            return i;
        }
        self.departments.push(Department { name: name.trim().to_string(), ..Default::default() });
        self.departments.len() - 1
    }

    /// The years whose progress report was due by `today` (due by the end of February of the
    /// year after; from the notice's year on).
    pub fn reports_due(&self, today: Date) -> Vec<i32> {
        let Ok(notice) = Date::parse(&self.notice_date) else { return Vec::new() };
        (notice.year()..today.year())
            .filter(|&year| Date::new(year + 1, 3, 1).is_some_and(|march| today >= march))
            .collect()
    }

    /// The department's progress reports in words: received years, and due years missing.
    pub fn reports_label(&self, department: &Department, today: Date) -> String {
        let received: Vec<i32> = department.reports.iter().map(|r| r.year).collect();
        let missing: Vec<String> =
            self.reports_due(today).into_iter().filter(|y| !received.contains(y)).map(|y| y.to_string()).collect();
        let received: Vec<String> = received.iter().map(i32::to_string).collect();
        match (received.is_empty(), missing.is_empty()) {
            (true, true) => "尚无到期报告".into(),
            (false, true) => format!("已报 {} 年度", received.join("、")),
            (true, false) => format!("未报 {} 年度", missing.join("、")),
            (false, false) => format!("已报 {} 年度；未报 {} 年度", received.join("、"), missing.join("、")),
        }
    }

    /// The seven areas, each with its lead departments and their state.
    pub fn areas(&self, today: Date) -> Vec<(Area, Vec<LeadState>)> {
        Area::ALL
            .iter()
            .map(|&area| {
                let leads = self
                    .departments
                    .iter()
                    .filter(|d| d.duties.iter().any(|t| t.area == area && t.role == Role::Lead))
                    .map(|d| {
                        let state = if d.plans.is_empty() {
                            self.timeliness(d, today).label()
                        } else {
                            d.plan_state().to_string()
                        };
                        LeadState { department: d.name.clone(), state }
                    })
                    .collect();
                (area, leads)
            })
            .collect()
    }

    /// The areas a department has, in words (`社会救助和社会福利（牵头）、教育（会同）`).
    pub fn duties_label(department: &Department) -> String {
        department
            .duties
            .iter()
            .map(|t| format!("{}（{}）", t.area.label(), if t.role == Role::Lead { "牵头" } else { "会同" }))
            .collect::<Vec<_>>()
            .join("、")
    }

    /// The ledger as table rows (one per department), with [`Ledger::HEADINGS`].
    pub fn rows(&self, today: Date) -> Vec<Vec<String>> {
        self.departments
            .iter()
            .enumerate()
            .map(|(i, d)| {
                let first = d.plans.first();
                let last = d.plans.last();
                vec![
                    (i + 1).to_string(),
                    d.name.clone(),
                    Self::duties_label(d),
                    first.map(|r| Date::written(&r.received)).unwrap_or_default(),
                    self.timeliness(d, today).label(),
                    last.map(|r| match r.score {
                        Some(score) => format!("{}（{score}%）", r.verdict),
                        None => r.verdict.clone(),
                    })
                    .unwrap_or_default(),
                    d.plan_state().to_string(),
                    self.reports_label(d, today),
                ]
            })
            .collect()
    }

    pub const HEADINGS: [&'static str; 8] =
        ["序号", "单位", "负责领域", "方案收到日期", "是否按时", "检查结论", "办理情况", "年度进展报告"];

    /// Counts for the summary line: departments, plans received, on time, late, not received.
    fn summary(&self, today: Date) -> String {
        let all = self.departments.len();
        let received = self.departments.iter().filter(|d| !d.plans.is_empty()).count();
        let on_time = self.departments.iter().filter(|d| self.timeliness(d, today) == Timeliness::OnTime).count();
        let approved = self
            .departments
            .iter()
            .filter(|d| d.plans.last().is_some_and(|r| r.decision == Some(Decision::Approve)))
            .count();
        let deadline = self.deadline().map(Date::chinese).unwrap_or_else(|| "（无法计算）".into());
        format!(
            "应报送单位 {all} 个，截止日期{deadline}。已收到工作方案 {received} 份，其中按时报送 {on_time} 份、逾期报送 {} 份，审核通过 {approved} 份；尚未报送 {} 个单位。",
            received - on_time,
            all - received
        )
    }

    /// The ledger as an .xlsx workbook (one row per department).
    pub fn workbook(&self, office: &str, today: Date) -> Vec<u8> {
        let headings: Vec<String> = Self::HEADINGS.map(String::from).to_vec();
        let rows = self.rows(today);
        let sheet = Sheet { name: "报备情况".into(), widths: sheet_widths(&headings, &rows), headings, rows };
        xlsx::workbook_bytes(&sheet, &Properties { title: TITLE.into(), creator: office.trim().to_string() })
    }

    /// The summary (报备情况汇总表) as a .docx in the GB/T 9704 layout: the counts, each
    /// department's filing, the seven areas' lead departments, the office and date.
    pub fn summary_docx(&self, office: &str, today: Date) -> Vec<u8> {
        // Portrait: the columns a reader needs; the workbook has them all.
        let keep = [0, 1, 3, 4, 6, 7];
        let pick = |row: Vec<String>| keep.iter().map(|&i| row[i].clone()).collect::<Vec<_>>();
        let departments = Table::plain(
            pick(Self::HEADINGS.map(String::from).to_vec()),
            self.rows(today).into_iter().map(pick).collect(),
        );
        let areas = self
            .areas(today)
            .into_iter()
            .map(|(area, leads)| {
                let states = leads.iter().map(|l| format!("{}：{}", l.department, l.state)).collect::<Vec<_>>();
                vec![area.label().to_string(), states.join("\n")]
            })
            .collect();
        let blocks = vec![
            Block::Title(crate::title::title_lines(TITLE)),
            Block::Text(self.summary(today)),
            Block::Heading1("一、各单位报备情况".into()),
            Block::Table(departments),
            Block::Heading1("二、重点领域牵头单位报备情况".into()),
            Block::Table(Table::plain(vec!["重点领域".into(), "牵头单位及报备情况".into()], areas)),
            Block::Blank,
            Block::Signature { unit: office.trim().to_string(), date: today.chinese() },
        ];
        GbDocument::default()
            .properties(Properties { title: TITLE.into(), creator: office.trim().to_string() })
            .blocks(&blocks)
            .finish()
    }

    /// The ledger as its own file.
    pub fn to_file(&self) -> Vec<u8> {
        let file = serde_json::json!({ "format": FORMAT, "version": VERSION, "ledger": self });
        serde_json::to_vec_pretty(&file).expect("ledger serialises")
    }

    /// Reads a ledger file: `None` when the bytes are not one (another kind of file), else the
    /// ledger or a Chinese message.
    pub fn from_file(bytes: &[u8]) -> Option<Result<Ledger, String>> {
        let value: serde_json::Value = serde_json::from_slice(bytes).ok()?;
        if value.get("format").and_then(|f| f.as_str()) != Some(FORMAT) {
            return None;
        }
        let version = value.get("version").and_then(|v| v.as_u64()).unwrap_or(0);
        if version > VERSION as u64 {
            return Some(Err("该报备台账由更新版本的程序保存，请使用最新版本打开。".into()));
        }
        Some(
            value
                .get("ledger")
                .and_then(|l| Ledger::deserialize(l).ok())
                .ok_or_else(|| "报备台账文件已损坏，无法读取。".to_string()),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(text: &str) -> Date {
        Date::parse(text).unwrap()
    }

    fn received(on: &str) -> Receipt {
        Receipt { received: on.into(), file: format!("{on}.docx"), ..Default::default() }
    }

    #[test]
    fn the_default_ledger_follows_seed_000() {
        let ledger = Ledger::default();
        assert_eq!(ledger.deadline(), Some(day("2018-09-14")));
        for (area, leads) in ledger.areas(day("2018-07-01")) {
            assert!(!leads.is_empty(), "{area:?} has a lead department");
        }
        let disaster = &ledger.areas(day("2018-07-01"))[Area::DisasterRelief.index()].1;
        let names: Vec<&str> = disaster.iter().map(|l| l.department.as_str()).collect();
        assert_eq!(names, ["广东省民政厅", "广东省卫生和计划生育委员会", "广东省安全生产监督管理局"]);
        assert!(ledger.departments.iter().any(|d| d.name == "广东省气象局"));
    }

    #[test]
    fn the_last_day_counts_as_on_time() {
        let mut ledger = Ledger::default();
        ledger.record_plan(0, received("2018-09-14"));
        ledger.record_plan(1, received("2018-09-15"));
        ledger.record_plan(2, received("2018-07-02"));
        let today = day("2018-10-01");
        let t = |i: usize| ledger.timeliness(&ledger.departments[i], today);
        assert_eq!(t(0), Timeliness::OnTime);
        assert_eq!(t(1), Timeliness::Late(1));
        assert_eq!(t(2), Timeliness::OnTime);
        assert_eq!(t(3), Timeliness::Overdue(17));
        assert_eq!(ledger.timeliness(&ledger.departments[3], day("2018-09-14")), Timeliness::Open(0));
        assert_eq!(ledger.timeliness(&ledger.departments[3], day("2018-09-04")), Timeliness::Open(10));
        assert_eq!(Timeliness::Late(1).label(), "逾期 1 天报送");
    }

    #[test]
    fn a_plan_sent_again_after_return_keeps_the_first_date() {
        let mut ledger = Ledger::default();
        ledger.record_plan(0, Receipt { decision: Some(Decision::Return), ..received("2018-09-10") });
        ledger.record_plan(0, Receipt { decision: Some(Decision::Approve), ..received("2018-09-20") });
        let today = day("2018-10-01");
        assert_eq!(ledger.timeliness(&ledger.departments[0], today), Timeliness::OnTime);
        assert_eq!(ledger.departments[0].plan_state(), "已报备（审核通过）");
        // The same file opened again updates its receipt.
        ledger.record_plan(0, Receipt { decision: None, ..received("2018-09-20") });
        assert_eq!(ledger.departments[0].plans.len(), 2);
        assert_eq!(ledger.departments[0].plan_state(), "已收到，待审核");
    }

    #[test]
    fn unit_names_match_exactly_or_as_likely_short_forms() {
        let ledger = Ledger::default();
        let at = |name: &str| ledger.departments.iter().position(|d| d.name == name).unwrap();
        assert_eq!(ledger.find(" 广东省民政厅 "), UnitMatch::Exact(at("广东省民政厅")));
        assert_eq!(ledger.find("省民政厅"), UnitMatch::Likely(vec![at("广东省民政厅")]));
        assert_eq!(ledger.find("广东省卫生计生委"), UnitMatch::Likely(vec![at("广东省卫生和计划生育委员会")]));
        assert_eq!(
            ledger.find("广东省卫生和计划生育委员会办公室"),
            UnitMatch::Likely(vec![at("广东省卫生和计划生育委员会")])
        );
        assert_eq!(ledger.find("广东省教育厅"), UnitMatch::Exact(at("广东省教育厅")));
        assert_eq!(ledger.find("广东省公安厅"), UnitMatch::None);
        assert_eq!(ledger.find(""), UnitMatch::None);
        assert_eq!(ledger.find("厅"), UnitMatch::None);
    }

    #[test]
    fn progress_reports_are_due_by_the_end_of_february() {
        let mut ledger = Ledger::default();
        assert_eq!(ledger.reports_due(day("2019-02-28")), Vec::<i32>::new());
        assert_eq!(ledger.reports_due(day("2019-03-01")), vec![2018]);
        assert_eq!(ledger.reports_due(day("2020-03-01")), vec![2018, 2019]);
        ledger.record_report(1, ProgressReceipt { year: 2018, received: "2019-02-20".into(), file: "a.docx".into() });
        ledger.record_report(1, ProgressReceipt { year: 2018, received: "2019-02-25".into(), file: "b.docx".into() });
        let d = &ledger.departments[1];
        assert_eq!(d.reports.len(), 1);
        assert_eq!(ledger.reports_label(d, day("2020-03-01")), "已报 2018 年度；未报 2019 年度");
        assert_eq!(ledger.reports_label(&ledger.departments[0], day("2019-01-01")), "尚无到期报告");
    }

    #[test]
    fn the_ledger_file_round_trips_and_refuses_other_files() {
        let mut ledger = Ledger::default();
        let added = ledger.add_department("广东省公安厅");
        assert_eq!(ledger.add_department("广东省公安厅"), added);
        ledger.record_plan(added, Receipt { score: Some(92), verdict: "可以报备".into(), ..received("2018-09-01") });
        assert_eq!(Ledger::from_file(&ledger.to_file()), Some(Ok(ledger.clone())));
        assert_eq!(Ledger::from_file(br#"{"format":"gongyi-xxgk-plan"}"#), None);
        assert_eq!(Ledger::from_file(b"not json"), None);
        assert!(matches!(Ledger::from_file(br#"{"format":"gongyi-xxgk-ledger","version":9}"#), Some(Err(_))));
        assert!(matches!(
            Ledger::from_file(br#"{"format":"gongyi-xxgk-ledger","version":1,"ledger":3}"#),
            Some(Err(_))
        ));
        let rows = ledger.rows(day("2018-10-01"));
        assert_eq!(rows.len(), 13);
        assert_eq!(rows[12][3], "2018年9月1日");
        assert_eq!(rows[12][5], "可以报备（92%）");
        assert_eq!(rows[0][4], "未报送，已逾期 17 天");
        assert_eq!(
            ledger.summary(day("2018-10-01")),
            "应报送单位 13 个，截止日期2018年9月14日。已收到工作方案 1 份，其中按时报送 1 份、逾期报送 0 份，审核通过 0 份；尚未报送 12 个单位。"
        );
    }

    #[test]
    fn the_ledger_exports_as_a_workbook_and_a_gb_document() {
        let mut ledger = Ledger::default();
        ledger.record_plan(1, Receipt { decision: Some(Decision::Approve), ..received("2018-09-20") });
        let today = day("2018-10-01");
        let docx = ledger.summary_docx("省府办公厅", today);
        let part = |bytes: &[u8], name: &str| crate::export::package::read_part(bytes, name).unwrap();
        let text = crate::export::embed::document_text(&part(&docx, "word/document.xml"));
        assert!(text.contains(TITLE.get(..12).unwrap()), "{text}");
        assert!(text.contains("广东省民政厅"));
        assert!(text.contains("逾期 6 天报送"));
        assert!(text.contains("灾害事故救援"));
        assert!(text.contains("广东省民政厅：已报备（审核通过）"));
        let xlsx = ledger.workbook("省府办公厅", today);
        let sheet = part(&xlsx, "xl/worksheets/sheet1.xml");
        assert!(sheet.contains("逾期 6 天报送") && sheet.contains("广东省气象局"), "{sheet}");
    }
}
