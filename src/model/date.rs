//! Calendar dates as the plan uses them: parsing what a clerk types or a date picker sends,
//! the official rendering `2018年9月3日`, and the filing-deadline arithmetic (add calendar months,
//! a day that does not exist becomes the month's last day).

use std::fmt;

/// A valid Gregorian calendar date.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize)]
pub struct Date {
    year: i32,
    month: u32,
    day: u32,
}

/// Why a date text could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DateError {
    Empty,
    /// Not of a recognised shape (`2018-09-03`, `2018/9/3`, `2018.9.3`, `2018年9月3日`).
    Format,
    /// Well formed, but no such day (e.g. 2018-02-30).
    NoSuchDay,
}

impl DateError {
    /// A Chinese message saying what to do.
    pub fn message(&self) -> &'static str {
        match self {
            DateError::Empty => "请填写日期",
            DateError::Format => "日期格式不正确，请按“2018年9月3日”或“2018-09-03”填写",
            DateError::NoSuchDay => "该日期不存在，请检查年、月、日",
        }
    }
}

impl Date {
    /// A date if the year, month and day exist (years 1900–2999 are accepted).
    pub fn new(year: i32, month: u32, day: u32) -> Option<Date> {
        if !(1900..=2999).contains(&year) || !(1..=12).contains(&month) {
            return None;
        }
        if day == 0 || day > days_in_month(year, month) {
            return None;
        }
        Some(Date { year, month, day })
    }

    pub fn year(self) -> i32 {
        self.year
    }
    pub fn month(self) -> u32 {
        self.month
    }
    pub fn day(self) -> u32 {
        self.day
    }

    /// Reads `2018-09-03`, `2018-9-3`, `2018/9/3`, `2018.9.3` or `2018年9月3日` (full-width
    /// digits accepted, surrounding spaces ignored).
    pub fn parse(text: &str) -> Result<Date, DateError> {
        let normal: String = text.trim().chars().map(to_half_width_digit).collect();
        if normal.is_empty() {
            return Err(DateError::Empty);
        }
        let parts: Vec<&str> = if let Some(rest) = normal.strip_suffix('日') {
            rest.split(['年', '月']).collect()
        } else {
            normal.split(['-', '/', '.']).collect()
        };
        if parts.len() != 3
            || parts.iter().any(|p| p.is_empty() || p.len() > 4 || !p.bytes().all(|b| b.is_ascii_digit()))
            || parts[0].len() != 4
            || parts[1].len() > 2
            || parts[2].len() > 2
        {
            return Err(DateError::Format);
        }
        let year: i32 = parts[0].parse().map_err(|_| DateError::Format)?;
        let month: u32 = parts[1].parse().map_err(|_| DateError::Format)?;
        let day: u32 = parts[2].parse().map_err(|_| DateError::Format)?;
        Date::new(year, month, day).ok_or(DateError::NoSuchDay)
    }

    /// ISO form `2018-09-03`, as `<input type="date">` and plan files use it.
    pub fn iso(self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }

    /// Official form `2018年9月3日` (Arabic numerals, no zero padding; GB/T 9704 7.3.5.2).
    pub fn chinese(self) -> String {
        format!("{}年{}月{}日", self.year, self.month, self.day)
    }

    /// A date as a document writes it: in the official form when `text` reads as a date, else
    /// as typed (trimmed), so nothing the user wrote is lost.
    pub fn written(text: &str) -> String {
        Date::parse(text).map(Date::chinese).unwrap_or_else(|_| text.trim().to_string())
    }

    /// This date plus `months` calendar months; a day past the end of the target month becomes
    /// that month's last day (2018-08-31 + 1 month = 2018-09-30).
    pub fn add_months(self, months: u32) -> Date {
        let total = self.year as i64 * 12 + (self.month as i64 - 1) + months as i64;
        let year = (total / 12) as i32;
        let month = (total % 12) as u32 + 1;
        let day = self.day.min(days_in_month(year, month));
        Date { year, month, day }
    }

    /// Days from `earlier` to this date (negative when this date comes first).
    pub fn days_since(self, earlier: Date) -> i64 {
        self.day_number() - earlier.day_number()
    }

    /// Days since 1970-01-01 (the civil-from-days algorithm run backwards).
    fn day_number(self) -> i64 {
        let (m, d) = (self.month as i64, self.day as i64);
        let y = self.year as i64 - i64::from(m <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let doy = (153 * (m + if m > 2 { -3 } else { 9 }) + 2) / 5 + d - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.chinese())
    }
}

fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(year) => 29,
        2 => 28,
        _ => 0,
    }
}

fn to_half_width_digit(c: char) -> char {
    match crate::content::half_width_digit(c) {
        '－' => '-',
        '／' => '/',
        '．' => '.',
        d => d,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> Date {
        Date::new(y, m, day).unwrap()
    }

    #[test]
    fn days_between_dates_cross_months_leap_days_and_years() {
        assert_eq!(d(1970, 1, 2).days_since(d(1970, 1, 1)), 1);
        assert_eq!(d(2018, 9, 14).days_since(d(2018, 6, 14)), 92);
        assert_eq!(d(2020, 3, 1).days_since(d(2020, 2, 28)), 2);
        assert_eq!(d(2019, 3, 1).days_since(d(2019, 2, 28)), 1);
        assert_eq!(d(2019, 1, 1).days_since(d(2018, 1, 1)), 365);
        assert_eq!(d(2018, 6, 14).days_since(d(2018, 9, 14)), -92);
        assert_eq!(d(2000, 3, 1).days_since(d(1900, 3, 1)), 36_525);
    }

    #[test]
    fn parses_every_accepted_shape() {
        for text in ["2018-09-03", "2018-9-3", "2018/9/3", "2018.09.03", "2018年9月3日", " ２０１８年９月３日 "]
        {
            assert_eq!(Date::parse(text), Ok(d(2018, 9, 3)), "{text}");
        }
    }

    #[test]
    fn rejects_bad_dates_with_the_right_reason() {
        assert_eq!(Date::parse(""), Err(DateError::Empty));
        assert_eq!(Date::parse("   "), Err(DateError::Empty));
        assert_eq!(Date::parse("2018-13-01"), Err(DateError::NoSuchDay));
        assert_eq!(Date::parse("2018-02-29"), Err(DateError::NoSuchDay));
        assert_eq!(Date::parse("2018-02-30"), Err(DateError::NoSuchDay));
        assert_eq!(Date::parse("18-2-3"), Err(DateError::Format));
        assert_eq!(Date::parse("2018年9月"), Err(DateError::Format));
        assert_eq!(Date::parse("九月三日"), Err(DateError::Format));
        assert_eq!(Date::parse("2018-09-03x"), Err(DateError::Format));
        assert_eq!(Date::parse("2018-+9-03"), Err(DateError::Format));
        assert!(Date::parse("2020-02-29").is_ok());
        assert!(Date::parse("1900-02-29").is_err());
        assert!(Date::parse("2000-02-29").is_ok());
    }

    #[test]
    fn renders_official_and_iso_forms() {
        assert_eq!(d(2018, 9, 3).chinese(), "2018年9月3日");
        assert_eq!(Date::written(" 2018-9-3 "), "2018年9月3日");
        assert_eq!(Date::written(" 二〇一八年九月 "), "二〇一八年九月", "kept as typed");
        assert_eq!(d(2018, 12, 25).to_string(), "2018年12月25日");
        assert_eq!(d(2018, 9, 3).iso(), "2018-09-03");
    }

    #[test]
    fn adds_calendar_months_clamping_to_month_end() {
        assert_eq!(d(2018, 6, 14).add_months(3), d(2018, 9, 14));
        assert_eq!(d(2018, 8, 31).add_months(1), d(2018, 9, 30));
        assert_eq!(d(2018, 11, 30).add_months(3), d(2019, 2, 28));
        assert_eq!(d(2019, 11, 30).add_months(3), d(2020, 2, 29));
        assert_eq!(d(2018, 10, 15).add_months(3), d(2019, 1, 15));
        assert_eq!(d(2018, 12, 31).add_months(12), d(2019, 12, 31));
        assert_eq!(d(2018, 1, 31).add_months(0), d(2018, 1, 31));
        assert_eq!(d(2018, 5, 31).add_months(25), d(2020, 6, 30));
    }

    #[test]
    fn dates_order_chronologically() {
        assert!(d(2018, 9, 14) < d(2018, 9, 15));
        assert!(d(2018, 12, 1) > d(2018, 9, 30));
    }
}
