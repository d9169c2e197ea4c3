//! Breaking a document title into lines (GB/T 9704-2012 7.2.3): "回行时，要做到词意完整，排列对称，
//! 长短适宜，间距恰当，标题排列应当使用梯形或菱形". A 2号 title line holds at most 20 characters
//! in the 156 mm type area.
//!
//! Lines break only between words. Words come from a small lexicon of the terms these titles
//! are made of (longest match); a run of characters the lexicon does not know — usually the
//! unit's name — is kept whole. Among the layouts with the fewest lines, the one with the best
//! breaks and the most balanced shape wins: two lines of similar length, or three forming a
//! trapezoid or a diamond, never an hourglass.

/// Most characters on one 2号 title line in the type area.
pub const TITLE_LINE_MAX: usize = 20;

/// Terms kept whole, longest first where one contains another.
const TERMS: &[&str] = &[
    "社会公益事业建设领域",
    "社会公益事业",
    "政府信息公开",
    "政务公开",
    "信息公开",
    "建设领域",
    "重点领域",
    "工作方案",
    "实施方案",
    "工作要点",
    "审核意见表",
    "意见表",
    "分工表",
    "责任分工",
    "目录清单",
    "主动公开",
    "人民政府",
    "办公厅",
    "办公室",
    "关于",
    "推进",
    "加快",
    "做好",
    "进一步",
    "加强",
    "深化",
    "全面",
    "报送",
    "印发",
    "备案",
    "审核",
    "社会",
    "公益",
    "事业",
    "建设",
    "领域",
    "政府",
    "信息",
    "公开",
    "工作",
    "方案",
    "通知",
    "意见",
    "决定",
    "报告",
    "请示",
    "批复",
    "实施",
    "推动",
];

/// Words that attach to what precedes them: a line never starts with one.
const TRAILING: &[&str] = &["的", "之", "和", "与", "及", "等", "函", "的函"];

/// Characters that may not start a line (closing punctuation) or end one (opening).
const NO_LINE_START: &str = "，。、；：？！）》」』〕】”’…—";
const NO_LINE_END: &str = "（《「『〔【“‘";

/// Width in characters of a title line (Latin letters and digits count half).
pub fn width(text: &str) -> f32 {
    text.chars().map(|c| if c.is_ascii() { 0.5 } else { 1.0 }).sum()
}

/// The title cut into words: known terms, particles and punctuation one by one, and whole runs
/// of unknown characters (a name).
fn words(title: &str) -> Vec<String> {
    let chars: Vec<char> = title.chars().collect();
    let mut out: Vec<String> = Vec::new();
    let mut unknown = String::new();
    let mut i = 0;
    while i < chars.len() {
        let rest: String = chars[i..].iter().collect();
        let known = TERMS.iter().filter(|t| rest.starts_with(*t)).max_by_key(|t| t.chars().count());
        let particle = TRAILING.iter().find(|t| t.chars().count() == 1 && rest.starts_with(*t));
        let c = chars[i];
        let punctuation = NO_LINE_START.contains(c) || NO_LINE_END.contains(c);
        if let Some(term) = known {
            if !unknown.is_empty() {
                out.push(std::mem::take(&mut unknown));
            }
            out.push(term.to_string());
            i += term.chars().count();
        } else if particle.is_some() || punctuation || c.is_whitespace() {
            if !unknown.is_empty() {
                out.push(std::mem::take(&mut unknown));
            }
            out.push(c.to_string());
            i += 1;
        } else {
            unknown.push(c);
            i += 1;
        }
    }
    if !unknown.is_empty() {
        out.push(unknown);
    }
    out
}

/// Cost of breaking between `before` and `after`; `None` where no break may be.
fn break_cost(before: &str, after: &str) -> Option<f32> {
    let first = after.chars().next()?;
    let last = before.chars().last()?;
    if NO_LINE_START.contains(first) || NO_LINE_END.contains(last) || TRAILING.contains(&after) {
        return None;
    }
    Some(match (before, after) {
        (_, "关于") | ("关于", _) => 0.0,
        ("的", _) => 0.5,
        ("和" | "与" | "及", _) => 3.0,
        (b, _) if b.ends_with("领域") || b.ends_with("公开") => 0.5,
        _ => 2.0,
    })
}

/// Cost of a layout's shape (line widths): balance, and trapezoid or diamond for three lines.
fn shape_cost(widths: &[f32]) -> f32 {
    let max = widths.iter().cloned().fold(0.0, f32::max);
    let min = widths.iter().cloned().fold(f32::MAX, f32::min);
    let spread = (max - min) * 0.4;
    match widths {
        [a, b, c] if b < a && b < c => spread + 6.0, // hourglass
        _ => spread,
    }
}

/// Splits a word longer than a line into characters (fragments), as a last resort.
fn split_long(words: Vec<String>, max: f32) -> Vec<(String, bool)> {
    words
        .into_iter()
        .flat_map(
            |w| {
                if width(&w) <= max { vec![(w, false)] } else { w.chars().map(|c| (c.to_string(), true)).collect() }
            },
        )
        .collect()
}

/// The title in lines of at most [`TITLE_LINE_MAX`] characters, broken between words.
pub fn title_lines(title: &str) -> Vec<String> {
    lines_within(title, TITLE_LINE_MAX as f32)
}

/// The title in lines of at most `max` characters, broken between words.
pub fn lines_within(title: &str, max: f32) -> Vec<String> {
    let title = title.trim();
    if title.is_empty() {
        return vec![];
    }
    if width(title) <= max {
        return vec![title.to_string()];
    }
    let pieces = split_long(words(title), max);
    // The cost of breaking after piece i; inside a word too long for a line it costs 10.
    let costs: Vec<f32> = (1..pieces.len())
        .map(|i| match break_cost(&pieces[i - 1].0, &pieces[i].0) {
            Some(_) if pieces[i - 1].1 && pieces[i].1 => 10.0,
            Some(cost) => cost,
            None => f32::INFINITY,
        })
        .collect();
    let words: Vec<String> = pieces.into_iter().map(|(w, _)| w).collect();
    let join = |from: usize, to: usize| words[from..to].concat();
    let mut best: Option<(f32, Vec<usize>)> = None;
    let minimum = (width(title) / max).ceil() as usize;
    for lines in minimum..=minimum + 1 {
        search(&words, &costs, max, lines, 0, &mut vec![], &mut best);
        if best.is_some() {
            break;
        }
    }
    match best {
        Some((_, breaks)) => {
            let mut bounds = vec![0];
            bounds.extend(breaks);
            bounds.push(words.len());
            bounds.windows(2).map(|w| join(w[0], w[1])).collect()
        }
        // No layout keeps every line within the width: cut by characters.
        None => title.chars().collect::<Vec<_>>().chunks(max as usize).map(|c| c.iter().collect()).collect(),
    }
}

/// Tries every way to put `words[from..]` on `lines` lines; keeps the cheapest in `best`.
fn search(
    words: &[String],
    costs: &[f32],
    max: f32,
    lines: usize,
    from: usize,
    breaks: &mut Vec<usize>,
    best: &mut Option<(f32, Vec<usize>)>,
) {
    if lines == 1 {
        let last: f32 = words[from..].iter().map(|w| width(w)).sum();
        if last > max {
            return;
        }
        let mut bounds = vec![0];
        bounds.extend(breaks.iter().copied());
        bounds.push(words.len());
        let widths: Vec<f32> = bounds.windows(2).map(|w| words[w[0]..w[1]].iter().map(|x| width(x)).sum()).collect();
        let cost: f32 = breaks.iter().map(|b| costs[b - 1]).sum::<f32>() + shape_cost(&widths);
        if cost.is_finite() && best.as_ref().is_none_or(|(c, _)| cost < *c) {
            *best = Some((cost, breaks.clone()));
        }
        return;
    }
    let mut line = 0.0;
    for end in from + 1..words.len() {
        line += width(&words[end - 1]);
        if line > max {
            break;
        }
        if costs[end - 1].is_finite() {
            breaks.push(end);
            search(words, costs, max, lines - 1, end, breaks, best);
            breaks.pop();
        }
    }
}

/// Where a user may break a title: every position between words that leaves a first line of at
/// most [`TITLE_LINE_MAX`] characters, as character counts of the first line.
pub fn break_choices(title: &str) -> Vec<usize> {
    let words = words(title.trim());
    let mut at = 0;
    let mut first = 0.0;
    let mut out = Vec::new();
    for i in 1..words.len() {
        at += words[i - 1].chars().count();
        first += width(&words[i - 1]);
        if first > TITLE_LINE_MAX as f32 {
            break;
        }
        if break_cost(&words[i - 1], &words[i]).is_some() {
            out.push(at);
        }
    }
    out
}

/// The title broken after `first` characters (a user's choice), the rest broken by
/// [`title_lines`]; `None` when that first line would be too long or not between words.
pub fn lines_with_break(title: &str, first: usize) -> Option<Vec<String>> {
    let title = title.trim();
    if !break_choices(title).contains(&first) {
        return None;
    }
    let head: String = title.chars().take(first).collect();
    let tail: String = title.chars().skip(first).collect();
    let mut lines = vec![head];
    lines.extend(title_lines(&tail));
    Some(lines)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn widths(lines: &[String]) -> Vec<usize> {
        lines.iter().map(|l| l.chars().count()).collect()
    }

    #[test]
    fn the_plan_title_breaks_after_jianshe_lingyu_like_the_template() {
        let lines = title_lines("广东省民政厅关于推进社会公益事业建设领域政府信息公开的工作方案");
        assert_eq!(lines, ["广东省民政厅关于推进社会公益事业建设领域", "政府信息公开的工作方案"]);
    }

    #[test]
    fn the_letter_title_keeps_gongzuo_fangan_together() {
        let lines = title_lines("广东省民政厅关于报送社会公益事业建设领域政府信息公开工作方案的函");
        assert_eq!(lines, ["广东省民政厅关于报送社会公益事业建设领域", "政府信息公开工作方案的函"]);
    }

    #[test]
    fn long_unit_names_give_three_lines_without_an_hourglass() {
        let title = "中共广东省委机构编制委员会办公室关于推进社会公益事业建设领域政府信息公开的工作方案";
        let lines = title_lines(title);
        assert_eq!(lines.concat(), title);
        assert_eq!(lines.len(), 3, "{lines:?}");
        assert!(lines.iter().all(|l| width(l) <= 20.0), "{lines:?}");
        let w = widths(&lines);
        assert!(!(w[1] < w[0] && w[1] < w[2]), "hourglass: {lines:?}");
        assert!(lines[0].starts_with("中共广东省委机构编制委员会办公室"), "the name stays whole: {lines:?}");
    }

    #[test]
    fn every_line_is_at_most_twenty_characters_and_words_stay_whole() {
        for title in [
            "广州市越秀区卫生健康局关于推进社会公益事业建设领域政府信息公开的工作方案",
            "广东省人力资源和社会保障厅关于报送社会公益事业建设领域政府信息公开工作方案的函",
            "社会公益事业建设领域政府信息公开工作方案审核意见表",
            "一个没有常用断点的非常非常非常长的标题文字一个没有常用断点的非常非常长的标题",
            "2018年度教育经费信息公开工作方案（试行）",
        ] {
            let lines = title_lines(title);
            assert_eq!(lines.concat(), title);
            assert!(lines.iter().all(|l| width(l) <= 20.0), "{lines:?}");
            for l in &lines[1..] {
                assert!(!l.starts_with(['的', '）', '，']), "{lines:?}");
            }
            for (a, b) in lines.iter().zip(&lines[1..]) {
                assert!(!(a.ends_with("工作") && b.starts_with("方案")), "{lines:?}");
            }
        }
        assert_eq!(title_lines("短标题"), ["短标题"]);
        assert!(title_lines("  ").is_empty());
    }

    #[test]
    fn a_users_break_is_kept_when_it_falls_between_words() {
        let title = "广东省民政厅关于推进社会公益事业建设领域政府信息公开的工作方案";
        let choices = break_choices(title);
        assert!(choices.contains(&6) && choices.contains(&8) && choices.contains(&20), "{choices:?}");
        assert!(!choices.contains(&7) && !choices.contains(&21), "{choices:?}");
        assert_eq!(
            lines_with_break(title, 8).unwrap(),
            ["广东省民政厅关于", "推进社会公益事业建设领域", "政府信息公开的工作方案"]
        );
        assert_eq!(lines_with_break(title, 7), None);
    }
}
