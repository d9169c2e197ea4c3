//! Dates as clerks write them in a 落款 or in running text: `2018年9月14日`, with full-width digits
//! (after folding), spaced (`2018 年 9 月 14 日`), in Chinese numerals (`二〇一八年九月十四日`,
//! also with ○ or 零), and `2018-09-14`, `2018.9.14`, `2018/9/14`. Never a bare year, and never
//! the year of a 文号 (`〔2018〕`). A year and month without the day (`2018年11月`) is found apart
//! ([`find_months`]): a 成文日期 that lacks its day.

use crate::model::Date;

/// A date found in a text, with its position (in characters).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FoundDate {
    pub date: Date,
    pub start: usize,
    pub end: usize,
}

fn cn_digit(c: char) -> Option<u32> {
    match c {
        '〇' | '○' | '零' | 'O' | 'o' | '０' | 'Ｏ' | '◯' => Some(0),
        '一' => Some(1),
        '二' => Some(2),
        '三' => Some(3),
        '四' => Some(4),
        '五' => Some(5),
        '六' => Some(6),
        '七' => Some(7),
        '八' => Some(8),
        '九' => Some(9),
        _ => None,
    }
}

fn skip_spaces(c: &[char], mut i: usize) -> usize {
    while i < c.len() && c[i].is_whitespace() {
        i += 1;
    }
    i
}

/// A month or day number at `i`: 1–2 Arabic digits, or 一…九, 十, 十一, 二十, 二十一, 廿一, 卅一.
fn small(c: &[char], i: usize) -> Option<(u32, usize)> {
    let digits = c[i..].iter().take_while(|d| d.is_ascii_digit()).count();
    if (1..=2).contains(&digits) {
        let n = c[i..i + digits].iter().fold(0, |n, d| n * 10 + d.to_digit(10).unwrap_or(0));
        return Some((n, i + digits));
    }
    if digits > 0 {
        return None;
    }
    let unit = |j: usize| c.get(j).and_then(|&ch| cn_digit(ch)).filter(|d| *d > 0);
    let tens_char = |ch: char| match ch {
        '十' => Some(1),
        '廿' => Some(2),
        '卅' => Some(3),
        _ => None,
    };
    match (c.get(i).copied(), c.get(i + 1).copied()) {
        (Some(t), _) if tens_char(t).is_some() => {
            let tens = tens_char(t)?;
            match unit(i + 1) {
                Some(u) => Some((tens * 10 + u, i + 2)),
                None => Some((tens * 10, i + 1)),
            }
        }
        (Some(_), Some('十')) => {
            let tens = unit(i)?;
            match unit(i + 2) {
                Some(u) => Some((tens * 10 + u, i + 3)),
                None => Some((tens * 10, i + 2)),
            }
        }
        (Some(_), _) => unit(i).map(|u| (u, i + 1)),
        _ => None,
    }
}

/// The year and month of a date starting at `i`: the year, the month, the separator (`年`, or
/// `-`, `.`, `/`) and where the text after the month's sign (`月` or the separator) starts.
fn year_month_at(c: &[char], i: usize) -> Option<(u32, u32, char, usize)> {
    let arabic = c.get(i..i + 4)?.iter().all(char::is_ascii_digit) && !c.get(i + 4).is_some_and(char::is_ascii_digit);
    let chinese = c.get(i..i + 4)?.iter().all(|&ch| cn_digit(ch).is_some())
        && c.get(i + 4).is_none_or(|&ch| cn_digit(ch).is_none());
    let year: u32 = if arabic {
        c[i..i + 4].iter().fold(0, |n, d| n * 10 + d.to_digit(10).unwrap_or(0))
    } else if chinese {
        c[i..i + 4].iter().fold(0, |n, &d| n * 10 + cn_digit(d).unwrap_or(0))
    } else {
        return None;
    };
    let mut j = skip_spaces(c, i + 4);
    let sep = *c.get(j)?;
    let words = sep == '年';
    if !words && !(arabic && matches!(sep, '-' | '.' | '/')) {
        return None;
    }
    j = skip_spaces(c, j + 1);
    let (month, after) = small(c, j)?;
    j = skip_spaces(c, after);
    if *c.get(j)? != if words { '月' } else { sep } {
        return None;
    }
    Some((year, month, sep, j + 1))
}

/// The date starting at `i`, if one does.
fn date_at(c: &[char], i: usize) -> Option<FoundDate> {
    let (year, month, sep, j) = year_month_at(c, i)?;
    let words = sep == '年';
    let (day, after) = small(c, skip_spaces(c, j))?;
    let end = if words {
        let k = skip_spaces(c, after);
        if *c.get(k)? != '日' {
            return None;
        }
        k + 1
    } else {
        if c.get(after).is_some_and(char::is_ascii_digit) {
            return None;
        }
        after
    };
    let date = Date::new(year as i32, month, day)?;
    Some(FoundDate { date, start: i, end })
}

/// A year and month written without a day (`2018年11月`, `二〇一八年十一月`): a 成文日期 that
/// lacks its day. Only in words (`2018.11` may be a number).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FoundMonth {
    pub year: i32,
    pub month: u32,
    pub start: usize,
    pub end: usize,
}

/// Every year and month without a day in a text, in order (not those of full dates).
pub fn find_months(text: &str) -> Vec<FoundMonth> {
    let c: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < c.len() {
        let starts_run = i == 0 || !(c[i - 1].is_ascii_digit() || cn_digit(c[i - 1]).is_some());
        if starts_run && let Some(found) = date_at(&c, i) {
            i = found.end;
            continue;
        }
        match starts_run.then(|| year_month_at(&c, i)).flatten() {
            Some((year, month, '年', end)) if (1..=12).contains(&month) && (1900..=2200).contains(&year) => {
                out.push(FoundMonth { year: year as i32, month, start: i, end });
                i = end;
            }
            _ => i += 1,
        }
    }
    out
}

/// Every date in a text, in order.
pub fn find_all(text: &str) -> Vec<FoundDate> {
    let c: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < c.len() {
        let starts_run = i == 0 || !(c[i - 1].is_ascii_digit() || cn_digit(c[i - 1]).is_some());
        match starts_run.then(|| date_at(&c, i)).flatten() {
            Some(found) => {
                i = found.end;
                out.push(found);
            }
            None => i += 1,
        }
    }
    out
}

/// A date left to be filled in, the whole text: `2018年×月×日`, `XXXX年XX月XX日`, `2018年  月  日`
/// — 年, 月 and 日 in order with blanks or placeholder marks (×, X, *, □, _, 某) instead of some of
/// the numbers.
pub fn unfilled(text: &str) -> bool {
    let t: String = text.chars().filter(|c| !c.is_whitespace()).collect();
    let Some((year, rest)) = t.split_once('年') else { return false };
    let Some((month, rest)) = rest.split_once('月') else { return false };
    let Some((day, rest)) = rest.split_once('日') else { return false };
    let mark = |c: char| matches!(c, '×' | 'X' | 'x' | '*' | '□' | '_' | '某');
    let number = |p: &str| !p.is_empty() && p.chars().all(|c| c.is_ascii_digit() || cn_digit(c).is_some() || c == '十');
    let blank = |p: &str| p.chars().all(mark);
    let parts = [(year, 4), (month, 2), (day, 2)];
    rest.is_empty()
        && parts.iter().all(|(p, n)| p.chars().count() <= *n && (number(p) || blank(p)))
        && parts.iter().any(|(p, _)| blank(p))
        && !(year.is_empty() && month.is_empty() && day.is_empty() && t.chars().count() < 3)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(text: &str) -> Option<Date> {
        let all = find_all(&crate::wordplan::normalise::fold(text));
        assert!(all.len() <= 1, "{text}: {all:?}");
        all.first().map(|f| f.date)
    }

    #[test]
    fn every_common_form() {
        let d = Date::new(2018, 9, 14);
        for text in [
            "2018年9月14日",
            "2018年09月14日",
            "２０１８年９月１４日",
            "2018 年 9 月 14 日",
            "二〇一八年九月十四日",
            "二○一八年九月十四日",
            "二零一八年九月十四日",
            "2018-09-14",
            "2018.9.14",
            "2018/9/14",
            "落款日期：2018年9月14日。",
            "二〇一八年九月十四日印发",
        ] {
            assert_eq!(one(text), d, "{text}");
        }
        assert_eq!(one("二〇一八年十二月三十一日"), Date::new(2018, 12, 31));
        assert_eq!(one("二〇一八年十月二十日"), Date::new(2018, 10, 20));
        assert_eq!(one("二〇一八年十一月廿一日"), Date::new(2018, 11, 21));
        assert_eq!(one("二〇一八年9月3日"), Date::new(2018, 9, 3));
    }

    #[test]
    fn not_dates() {
        for text in [
            "2018年",
            "国办发〔2018〕10号",
            "2018年9月",
            "九月三日",
            "12345",
            "2018-13-01",
            "2018年2月30日",
            "20180914",
            "1.5万元",
            "12018-09-14",
            "2018.9.145",
        ] {
            assert_eq!(one(text), None, "{text}");
        }
    }

    #[test]
    fn a_year_and_month_without_a_day() {
        let months = |text: &str| {
            find_months(&crate::wordplan::normalise::fold(text)).iter().map(|m| (m.year, m.month)).collect::<Vec<_>>()
        };
        assert_eq!(months("2018年11月"), [(2018, 11)]);
        assert_eq!(months("泉港区民政局　二〇一八年十一月"), [(2018, 11)]);
        assert_eq!(months("２０１８年 ９ 月"), [(2018, 9)]);
        for text in [
            "2018年11月2日",
            "二〇一八年十一月二日",
            "2018-11",
            "2018.11",
            "2018年13月",
            "2018年",
            "国办发〔2018〕10号",
        ] {
            assert_eq!(months(text), [], "{text}");
        }
    }

    #[test]
    fn positions_are_in_characters() {
        let all = find_all("广东省民政厅 2018年9月3日");
        assert_eq!(all.len(), 1);
        assert_eq!((all[0].start, all[0].end), (7, 16));
    }

    #[test]
    fn a_date_left_to_fill_in() {
        let fold = crate::wordplan::normalise::fold;
        for t in [
            "2018年×月×日",
            "XXXX年XX月XX日",
            "２０１８年ｘｘ月ｘｘ日",
            "2018年  月  日",
            "年 月 日",
            "二〇一八年×月×日",
            "××××年××月××日",
        ] {
            assert!(unfilled(&fold(t)), "{t}");
        }
        for t in ["2018年9月14日", "2018年11月", "每年×月", "×月×日前完成", "2018年×月×日前完成"]
        {
            assert!(!unfilled(&fold(t)), "{t}");
        }
    }
}
