//! The structure of a plan written in Word, found by keywords whatever the numbering style: the
//! title, a covering notice (印发通知) before it (and up to two 转发 notices around that, set
//! aside too: the plan is signed by the innermost notice, the one that issued it), the preamble, the sections and their
//! subsections, the 落款 (unit and 成文日期) and what follows it (annexes, 附注), and which kind
//! of plan it is (the provincial template's 工作方案, or an 实施方案 on the structure of
//! 国办发〔2018〕10号).
//!
//! Titles, the notice's and the plan's, may be wrapped over up to three lines wherever the clerk
//! broke them (with or without 关于, the unit on a line of its own or cut in two); a red header
//! (`…文件`), 文号, date or 附件 line is never taken into one. A 版记 (抄送 lines and
//! `XX办公室 2018年11月2日印发`) is not a 落款: a plan without one of its own is signed by its
//! covering notice, and only without that does the 版记 give its date. A 成文日期 written without
//! its day (`2018年11月`) under the unit is still the 落款: the unit is found, the date is not.
//! A joint 落款 has up to five unit lines; bare seal lines (`（盖章）`) among them are skipped. A
//! 文号 written with 第 (`泉民〔2018〕第112号`, `泉港区民政局2018年第5号`) is read as one.
//!
//! Headings are recognised by their number (typed or Word's automatic numbering: 一、 一. 一．
//! （一） 第一部分 第一章 第一节 1. （1） 1) a. A. ①; two levels of a Word list showing the same
//! kind of number are told apart by their list level) or by a heading style (`一是…二是…` leading
//! a paragraph is prose, not a number); which kind of number marks the sections is
//! decided by the keywords of the lines that carry it (of the kinds whose lines name sections,
//! the one that comes first in the plan), so a renumbered or extra section, any numbering style
//! or hierarchy, or a notice whose own items contain heading keywords does not mislead it.

use std::collections::{BTreeSet, HashMap};
use std::ops::Range;

use super::dates;
use super::normalise::{compact, fold, tidy};
use super::{Cell, Paragraph};
use crate::model::Date;
use crate::model::parts::Group;

/// What kind of number a line starts with.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize)]
pub enum Marker {
    /// 第一部分, 第一章.
    Part,
    /// 第一节: the division of a 章.
    SubPart,
    /// 一、 一. 一． 一，(and 壹、).
    Chinese,
    /// （一） (一) 〔一〕 【一】 ㈠.
    ChineseParen,
    /// 1. 1、 1． ⒈
    Arabic,
    /// （1） (1) ⑴
    ArabicParen,
    /// 1) 1）
    ArabicHalfParen,
    /// a. a) a、 (Word's lowerLetter numbering: a … z, aa …).
    Letter,
    /// A. A) A、 (Word's upperLetter numbering).
    UpperLetter,
    /// ① ②
    Circled,
    /// • ● ◆ ■ and the like.
    Bullet,
}

/// How a line is marked as a heading: its kind of number (and [`Line::depth`]), or (without one)
/// a heading style's level, or (without either) a short line that is a section name on its own.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
enum Class {
    Numbered(Marker, u8),
    Styled(u8),
    Bare,
}

/// One line of the document (a paragraph, or a part of one split at a line break).
#[derive(Clone, Debug, PartialEq)]
pub struct Line {
    /// As shown: the automatic number followed by the text, spaces tidied.
    pub text: String,
    /// As compared: folded (half-width, simplified vocabulary) without spaces.
    pub key: String,
    /// The number it starts with.
    pub marker: Option<Marker>,
    /// Which of the list levels that show its kind of number Word's automatic number is on (0 =
    /// the outermost): `1.` on list level 1 under `1.` on level 0 has depth 1. 0 for typed numbers.
    pub depth: u8,
    /// For a heading: its name without the number, up to the first full stop or colon.
    pub head: String,
    /// Outline level from the paragraph style (0 = heading 1).
    pub outline: Option<u8>,
    pub cell: Option<Cell>,
    /// The paragraph it belongs to (1-based, as a reader counts them).
    pub paragraph: usize,
    /// Its paragraph has text from a `DATE` or `TIME` field ([`Paragraph::auto_date`]).
    pub auto_date: bool,
    /// A number typed after Word's automatic one of the same kind (`一、` typed in a heading
    /// numbered `一、` by its style: Word shows `一、一、`), left out of the text.
    pub typed_number: Option<String>,
}

impl Line {
    /// For a heading line, the text after the heading's name (for `（一）指导思想。全面贯彻…`,
    /// the part after `。`; nothing for a heading that is only a name).
    pub fn after_head(&self) -> &str {
        let text = self.text.as_str();
        let start = strip_marker_display(text);
        let rest = &text[start..];
        match rest.find(['。', '：', ':']) {
            Some(at) if rest[..at].chars().count() <= 24 => rest[at..].trim_start_matches(['。', '：', ':']).trim(),
            _ if rest.chars().count() <= 24 => "",
            _ => rest.trim(),
        }
    }

    /// The text without its number.
    pub fn without_marker(&self) -> &str {
        self.text[strip_marker_display(&self.text)..].trim()
    }
}

/// What a section is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum SectionKind {
    /// Template 一、现状分析及思路目标.
    Analysis,
    /// Template 二、主要任务及具体措施.
    Tasks,
    /// Template 三、组织保障和监督考核; 国办发 五、强化保障措施.
    Safeguards,
    /// 国办发 一、总体要求.
    General,
    /// 国办发 二、明确公开内容.
    Content,
    /// 国办发 三、突出公开重点.
    Focus,
    /// 国办发 四、增强公开实效.
    Effect,
}

impl SectionKind {
    /// The name of the section in the model document of a profile.
    pub fn label(self, profile: Profile) -> &'static str {
        let template = |group: Group| group.section().map_or("", |s| s.title);
        match self {
            SectionKind::Analysis => template(Group::One),
            SectionKind::Tasks => template(Group::Two),
            SectionKind::Safeguards if profile == Profile::Implementation => "强化保障措施",
            SectionKind::Safeguards => template(Group::Three),
            SectionKind::General => "总体要求",
            SectionKind::Content => "明确公开内容",
            SectionKind::Focus => "突出公开重点",
            SectionKind::Effect => "增强公开实效",
        }
    }

    /// Keywords and weights. A heading is of the kind with the highest total.
    fn keywords(self) -> &'static [(&'static str, u32)] {
        match self {
            SectionKind::Analysis => &[
                ("现状分析", 4),
                ("思路目标", 3),
                ("现状", 3),
                ("基本情况", 3),
                ("工作基础", 2),
                ("存在问题", 2),
                ("思路", 2),
                ("分析", 1),
                ("目标", 1),
            ],
            SectionKind::Tasks => &[
                ("主要任务", 4),
                ("具体措施", 3),
                ("重点任务", 3),
                ("工作任务", 3),
                ("主要措施", 3),
                ("工作措施", 2),
                ("任务", 2),
            ],
            SectionKind::Safeguards => &[
                ("组织保障", 4),
                ("监督考核", 4),
                ("保障措施", 4),
                ("强化保障", 4),
                ("工作保障", 3),
                ("组织领导", 3),
                ("组织实施", 3),
                ("保障", 2),
                ("监督检查", 2),
                ("工作要求", 2),
                ("考核", 1),
                ("监督", 1),
            ],
            SectionKind::General => &[("总体要求", 4), ("指导思想", 3), ("总体目标", 2)],
            SectionKind::Content => &[("明确公开内容", 4), ("公开内容", 3)],
            SectionKind::Focus => &[("突出公开重点", 4), ("公开重点", 3), ("重点领域", 2)],
            SectionKind::Effect => &[("增强公开实效", 4), ("公开实效", 3), ("实效", 2)],
        }
    }

    pub const ALL: [SectionKind; 7] = [
        SectionKind::Analysis,
        SectionKind::Tasks,
        SectionKind::Safeguards,
        SectionKind::General,
        SectionKind::Content,
        SectionKind::Focus,
        SectionKind::Effect,
    ];

    /// The kind a heading names, with its score.
    pub fn of(head: &str) -> Option<(SectionKind, u32)> {
        SectionKind::ALL
            .into_iter()
            .map(|k| (k, k.keywords().iter().filter(|(w, _)| head.contains(w)).map(|(_, s)| s).sum::<u32>()))
            .filter(|(_, s)| *s > 0)
            .fold(None, |best: Option<(SectionKind, u32)>, (k, s)| match best {
                Some((_, b)) if b >= s => best,
                _ => Some((k, s)),
            })
    }

    /// How strongly a heading names this kind (the sum of its keywords' weights).
    pub fn score(self, head: &str) -> u32 {
        self.keywords().iter().filter(|(w, _)| head.contains(w)).map(|(_, s)| s).sum()
    }

    /// The three parts of the template a section contributes to.
    pub fn role(self) -> Role {
        match self {
            SectionKind::Analysis | SectionKind::General => Role::Analysis,
            SectionKind::Tasks | SectionKind::Content | SectionKind::Focus | SectionKind::Effect => Role::Tasks,
            SectionKind::Safeguards => Role::Safeguards,
        }
    }
}

/// The three parts every plan has, whatever its structure: where it starts from, what it will
/// do, and how that is secured.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Role {
    Analysis,
    Tasks,
    Safeguards,
}

/// Which model a plan follows; chosen from the document.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum Profile {
    /// The provincial template's 工作方案 (seed 000): its structure is required.
    Template,
    /// An 实施方案 on the structure of 国办发〔2018〕10号 (seed 001): its structure is a guide.
    Implementation,
}

impl Profile {
    pub fn label(self) -> &'static str {
        match self {
            Profile::Template => "省模板工作方案",
            Profile::Implementation => "国办发结构实施方案",
        }
    }

    /// The sections its model has, in order.
    pub fn sections(self) -> &'static [SectionKind] {
        match self {
            Profile::Template => &[SectionKind::Analysis, SectionKind::Tasks, SectionKind::Safeguards],
            Profile::Implementation => &[
                SectionKind::General,
                SectionKind::Content,
                SectionKind::Focus,
                SectionKind::Effect,
                SectionKind::Safeguards,
            ],
        }
    }
}

/// A subsection: its heading line and the lines up to the next one.
#[derive(Clone, Debug, PartialEq)]
pub struct Subsection {
    pub heading: usize,
    pub title: String,
    /// The heading line and the lines under it.
    pub lines: Range<usize>,
}

/// A section: its heading line, what it is about, and its lines.
#[derive(Clone, Debug, PartialEq)]
pub struct Section {
    pub heading: usize,
    pub title: String,
    pub kind: Option<SectionKind>,
    /// The lines after the heading, up to the next section (or the 落款).
    pub body: Range<usize>,
    pub subsections: Vec<Subsection>,
}

/// A 落款: the issuing unit and the date.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Signature {
    pub unit: Option<String>,
    /// The 成文日期; none when there is none, or when it is written without its day.
    pub date: Option<Date>,
    /// The date as written (`2018年11月` for one without its day).
    pub date_text: String,
    /// The 落款 lines.
    pub lines: Range<usize>,
    /// Taken from the covering notice (the plan has no 落款 of its own).
    pub from_notice: bool,
}

/// A covering notice before the plan.
#[derive(Clone, Debug, PartialEq)]
pub struct Notice {
    pub title: String,
    pub lines: Range<usize>,
    pub signature: Signature,
}

/// A plan read from a Word document.
#[derive(Clone, Debug, PartialEq)]
pub struct WordPlan {
    pub lines: Vec<Line>,
    /// Lines before the notice or the title (red header, 文号).
    pub header: Range<usize>,
    /// Notices that forward the covering notice (`…转发…关于印发…的通知`), outermost first: set
    /// aside, like the covering notice.
    pub forwarding: Vec<Notice>,
    /// The covering notice that issued the plan (the innermost one).
    pub notice: Option<Notice>,
    pub title: Option<String>,
    /// The title's lines.
    pub title_lines: Range<usize>,
    /// Between the title and the first section.
    pub preamble: Range<usize>,
    pub sections: Vec<Section>,
    /// The plan's own 落款.
    pub signature: Signature,
    /// After the 落款 (or after the text, if none): annexes, 附注, 抄送.
    pub trailer: Range<usize>,
    pub profile: Profile,
    /// A 文号 in the header or the notice.
    pub doc_number: Option<String>,
}

/// Characters a heading name ends at.
const HEAD_END: [char; 6] = ['。', ':', ';', '!', '?', ','];

fn is_cn_numeral(c: char) -> bool {
    "一二三四五六七八九十〇○零百壹贰叁肆伍陆柒捌玖拾佰".contains(c)
}

/// The marker a (folded) text starts with, and its length in bytes.
fn marker(text: &str) -> Option<(Marker, usize)> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let at = |i: usize| chars.get(i).map(|(_, c)| *c);
    let end = |i: usize| chars.get(i).map_or(text.len(), |(b, _)| *b);
    let first = at(0)?;
    match first {
        '①'..='⑳' => return Some((Marker::Circled, end(1))),
        '⑴'..='⒇' => return Some((Marker::ArabicParen, end(1))),
        '⒈'..='⒛' => return Some((Marker::Arabic, end(1))),
        '㈠'..='㈩' => return Some((Marker::ChineseParen, end(1))),
        '•' | '●' | '◆' | '■' | '▲' | '★' | '☆' | '◇' | '□' | '○' | '-' | '*' | '·'
            // ○ followed by numerals is a year (二○一八), not a bullet.
            if !(first == '○' && at(1).is_some_and(is_cn_numeral)) => {
                return Some((Marker::Bullet, end(1)));
            }
        _ => {}
    }
    if first == '第' {
        let n = chars[1..].iter().take_while(|(_, c)| is_cn_numeral(*c) || c.is_ascii_digit()).count();
        let rest = &text[end(1 + n)..];
        for (unit, kind) in [
            ("部分", Marker::Part),
            ("部份", Marker::Part),
            ("章", Marker::Part),
            ("篇", Marker::Part),
            ("节", Marker::SubPart),
        ] {
            if n > 0 && rest.starts_with(unit) {
                let after = end(1 + n) + unit.len();
                let after = text[after..].strip_prefix([' ', '、', ':', '.']).map_or(after, |r| text.len() - r.len());
                return Some((kind, after));
            }
        }
        return None;
    }
    if matches!(first, '(' | '〔' | '[' | '【' | '（') {
        let n = chars[1..].iter().take_while(|(_, c)| is_cn_numeral(*c) || c.is_ascii_digit()).count();
        let close = at(1 + n)?;
        if n == 0 || n > 3 || !matches!(close, ')' | '〕' | ']' | '】' | '）') {
            return None;
        }
        let kind = if chars[1..1 + n].iter().all(|(_, c)| c.is_ascii_digit()) {
            Marker::ArabicParen
        } else {
            Marker::ChineseParen
        };
        if kind == Marker::ChineseParen && !chars[1..1 + n].iter().all(|(_, c)| is_cn_numeral(*c)) {
            return None;
        }
        return Some((kind, end(2 + n)));
    }
    let cn = chars.iter().take_while(|(_, c)| is_cn_numeral(*c)).count();
    if (1..=4).contains(&cn) {
        let sep = at(cn)?;
        if matches!(sep, '、' | '.' | ',' | '，' | ' ' | ':') {
            return Some((Marker::Chinese, end(cn + 1)));
        }
        return None;
    }
    let digits = chars.iter().take_while(|(_, c)| c.is_ascii_digit()).count();
    if let Some((_, len)) = decimal_outline(text) {
        return Some((Marker::Arabic, len));
    }
    if (1..=2).contains(&digits) {
        let sep = at(digits)?;
        let next_digit = at(digits + 1).is_some_and(|c| c.is_ascii_digit());
        if matches!(sep, '.' | '、' | ',' | '，') && !next_digit {
            return Some((Marker::Arabic, end(digits + 1)));
        }
        if sep == ')' {
            return Some((Marker::ArabicHalfParen, end(digits + 1)));
        }
    }
    // a. a) A、 (aa. after z): one letter, or one repeated, then the separator and no more
    // letters or digits (not `e.g.`, `A.1`, `PPP项目`).
    let letters = chars.iter().take_while(|(_, c)| *c == first).count();
    if first.is_ascii_alphabetic()
        && letters <= 2
        && matches!(at(letters), Some('.' | ')' | '、'))
        && !at(letters + 1).is_some_and(|c| c.is_ascii_alphanumeric() || c == '.')
    {
        let kind = if first.is_ascii_lowercase() { Marker::Letter } else { Marker::UpperLetter };
        return Some((kind, end(letters + 1)));
    }
    None
}

/// A decimal outline number (`1.1 `, `2.1.3`, `1.1、`): its depth (1 for `1.1`, 2 for `1.1.1`)
/// and its length in bytes with the separator after it. Two numbers need a space, `.` or `、`
/// after them (`1.5万元` is an amount); three are an outline whatever follows but a digit.
fn decimal_outline(text: &str) -> Option<(u8, usize)> {
    let mut parts = 0u8;
    let mut at = 0usize;
    let bytes = text.as_bytes();
    loop {
        let n = bytes[at..].iter().take_while(|b| b.is_ascii_digit()).count();
        if !(1..=2).contains(&n) {
            return None;
        }
        at += n;
        parts += 1;
        if bytes.get(at) == Some(&b'.') && bytes.get(at + 1).is_some_and(u8::is_ascii_digit) && parts < 4 {
            at += 1;
            continue;
        }
        break;
    }
    if parts < 2 {
        return None;
    }
    let rest = &text[at..];
    let sep = ['.', '、', ' '].into_iter().find(|c| rest.starts_with(*c));
    match (parts, sep) {
        (_, Some(c)) => Some((parts - 1, at + c.len_utf8())),
        (3.., None) if !rest.is_empty() => Some((parts - 1, at)),
        _ => None,
    }
}

/// Byte offset where the text after a line's marker starts, on the display text.
fn strip_marker_display(text: &str) -> usize {
    // Display text folds character for character (see `tidy`): the marker's length carries over.
    let folded = fold(text);
    match marker(&folded) {
        Some((_, len)) => {
            let n = folded[..len].chars().count();
            text.char_indices().nth(n).map_or(text.len(), |(b, _)| b)
        }
        None => 0,
    }
}

fn heading_name(key_after_marker: &str) -> String {
    let head = key_after_marker.split(HEAD_END).next().unwrap_or("");
    head.trim_matches(|c: char| crate::content::is_filler(c)).to_string()
}

/// A paragraph's text without a number typed after an automatic number of the same kind (a
/// heading style numbering `一、` and the clerk typing `一、` too), and that typed number.
fn without_typed_number<'a>(label: &str, piece: &'a str) -> (&'a str, Option<String>) {
    let auto = marker(&fold(label.trim())).map(|(m, _)| m);
    let typed_text = piece.trim_start();
    let folded = fold(typed_text);
    match (auto, marker(&folded)) {
        (Some(auto), Some((typed, len))) if auto == typed && auto != Marker::Bullet => {
            let n = folded[..len].chars().count();
            let at = typed_text.char_indices().nth(n).map_or(typed_text.len(), |(b, _)| b);
            (typed_text[at..].trim_start(), Some(typed_text[..at].trim().to_string()))
        }
        _ => (piece, None),
    }
}

/// Splits the paragraphs into lines (at line breaks) and classifies each.
fn lines_of(paragraphs: &[Paragraph]) -> Vec<Line> {
    let mut out = Vec::new();
    // The list level of each line's automatic number.
    let mut levels = Vec::new();
    for (index, p) in paragraphs.iter().enumerate() {
        for (n, piece) in p.text.split('\n').enumerate() {
            let label = if n == 0 { p.label.as_str() } else { "" };
            let (piece, typed_number) = without_typed_number(label, piece);
            let text = tidy(&format!("{label}{piece}"));
            if !crate::content::has_content(&text) {
                continue;
            }
            let folded = fold(&text);
            let found = marker(&folded);
            let after = found.map_or(folded.as_str(), |(_, len)| &folded[len..]);
            let key = compact(&folded);
            let head = heading_name(&compact(after));
            levels.push(p.level.filter(|_| !label.is_empty()));
            out.push(Line {
                text,
                key,
                marker: found.map(|(m, _)| m),
                // A typed decimal outline (`1.1`, `1.1.1`) is as deep as its number.
                depth: decimal_outline(&folded).map_or(0, |(depth, _)| depth),
                head,
                outline: p.outline,
                cell: p.cell,
                paragraph: index + 1,
                auto_date: p.auto_date,
                typed_number,
            });
        }
    }
    let mut used: HashMap<Marker, BTreeSet<u8>> = HashMap::new();
    for (line, level) in out.iter().zip(&levels) {
        if let (Some(m), Some(l)) = (line.marker, level) {
            used.entry(m).or_default().insert(*l);
        }
    }
    for (line, level) in out.iter_mut().zip(&levels) {
        if let (Some(m), Some(l)) = (line.marker, level) {
            line.depth = used[&m].range(..l).count() as u8;
        }
    }
    out
}

/// The heading class of a line, if it can be a heading at all.
fn class(line: &Line) -> Option<Class> {
    if line.cell.is_some() {
        return None;
    }
    if let Some(m) = line.marker {
        return Some(Class::Numbered(m, line.depth));
    }
    if let Some(level) = line.outline.filter(|l| *l < 4) {
        return Some(Class::Styled(level));
    }
    let short = line.key.chars().count() <= 16 && !line.key.contains('。');
    let strong = SectionKind::of(&line.head).is_some_and(|(_, s)| s >= 4);
    (short && strong).then_some(Class::Bare)
}

/// Removes 《…》 spans: a title quoted in running text is not the document's title.
fn without_quoted_titles(key: &str) -> String {
    let mut out = String::new();
    let mut depth = 0usize;
    for c in key.chars() {
        match c {
            '《' => depth += 1,
            '》' => depth = depth.saturating_sub(1),
            c if depth == 0 => out.push(c),
            _ => {}
        }
    }
    out
}

/// The title of a covering notice or letter: `…关于印发…的通知`, `…关于报送…的函`.
fn is_notice_title(line: &Line) -> bool {
    let k = without_quoted_titles(&line.key);
    line.marker.is_none()
        && line.cell.is_none()
        && k.chars().count() <= 90
        && !k.ends_with('。')
        && (k.contains("印发") || k.contains("转发") || k.contains("下发") || k.contains("关于"))
        && (k.ends_with("通知") || k.ends_with("函"))
}

/// What a document sent in place of a plan is (see [`WordPlan::instead`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Instead {
    /// Only the covering notice (its title): the plan it issues is missing.
    NoticeOnly(String),
    /// Another kind of document: its kind (工作要点, 年度报告…) and title.
    Other { kind: &'static str, title: String },
}

/// Fewer meaningful characters than this after a covering notice and the plan is not there.
const NOTICE_ONLY_REST: usize = 60;

/// Kinds of documents a title can end with that are not a 方案, longest first (a 方案's title
/// ends with 方案 or a bracket after it, see [`is_title`]).
const OTHER_KINDS: [&str; 14] = [
    "年度报告",
    "工作报告",
    "工作要点",
    "工作总结",
    "实施意见",
    "实施细则",
    "工作计划",
    "报告",
    "要点",
    "总结",
    "意见",
    "细则",
    "办法",
    "规划",
];

/// The kind of document a (folded) title names, if it is one of [`OTHER_KINDS`].
fn other_kind(key: &str) -> Option<&'static str> {
    let key: String = key.chars().filter(|c| !matches!(c, '《' | '》')).collect();
    OTHER_KINDS.iter().copied().find(|k| key.ends_with(k))
}

/// How strongly a section's heading must also name another part for the two to be read as
/// merged (one of the part's own names: 保障措施, 主要任务, 现状分析…).
const MERGED_SCORE: u32 = 4;

/// Most covering notices read around a plan (a 转发 notice around a 转发 notice around the one
/// that issued it).
const MAX_NOTICES: usize = 3;

/// Most lines a clerk wraps a title over.
const TITLE_MAX_LINES: usize = 3;

/// Words a notice title's subject starts with, after the issuing unit.
const NOTICE_WORDS: [&str; 4] = ["关于", "印发", "转发", "下发"];

/// Words a plan title's subject starts with, after the issuing unit.
const PLAN_WORDS: [&str; 10] = ["关于", "印发", "推进", "加快", "做好", "进一步", "全面", "深化", "加强", "开展"];

/// A line that can be one line of a title wrapped over several: no number, not in a table, no
/// sentence punctuation, and not a date, 文号, red header (`…文件`), 附件 or 此件 note, draft
/// mark or urgency/secrecy mark.
fn title_piece(line: &Line) -> bool {
    let k = &line.key;
    line.marker.is_none()
        && line.cell.is_none()
        && k.chars().count() <= 40
        && !k.contains(['。', ',', ';', ':', '!', '?'])
        && !k.ends_with("文件")
        && !k.trim_end_matches(')').ends_with('稿')
        && !["特急", "加急", "平急", "特提", "机密", "秘密", "绝密"].iter().any(|w| k.starts_with(w))
        && !is_trailer_start(line)
        && date_line(line).is_none()
        && doc_number(line).is_none()
}

/// Lines read as one: a title wrapped over them.
fn joined(lines: &[Line]) -> Line {
    let mut line = lines[0].clone();
    for l in &lines[1..] {
        line.text.push_str(&l.text);
        line.key.push_str(&l.key);
    }
    line
}

/// Whether `above` is the issuing unit, or the start of its name, of a title going on with `top`:
/// `广东省民政厅` above `关于推进…`, `广东省` above `民政厅关于…` (the subject starting with one
/// of `words`).
fn unit_above(above: &Line, top: &Line, words: &[&str]) -> bool {
    let Some(at) = words.iter().filter_map(|w| top.key.find(w)).min() else { return false };
    let prefix = &top.key[..at];
    prefix.chars().count() < 5 && unit_like(&format!("{}{prefix}", above.key))
}

/// The title of a covering notice, on one line or wrapped over up to three, however the clerk
/// broke it: the first line that ends one (`…的通知`, `…的函`) with the lines above it back to
/// the one with 关于 or 印发, and the issuing unit's line above that.
fn notice_title(lines: &[Line]) -> Option<Range<usize>> {
    let piece = |i: usize| title_piece(&lines[i]);
    (0..lines.len()).find_map(|end| {
        if !(lines[end].key.ends_with("通知") || lines[end].key.ends_with('函')) {
            return None;
        }
        let mut start = end;
        while !is_notice_title(&joined(&lines[start..=end])) {
            if start == 0 || end - start + 1 >= TITLE_MAX_LINES || !piece(start) || !piece(start - 1) {
                return None;
            }
            start -= 1;
        }
        let more = start > 0 && end - start + 1 < TITLE_MAX_LINES && piece(start) && piece(start - 1);
        if more && unit_above(&lines[start - 1], &lines[start], &NOTICE_WORDS) {
            start -= 1;
        }
        Some(start..end + 1)
    })
}

fn is_title(line: &Line) -> bool {
    let k = without_quoted_titles(&line.key);
    line.marker.is_none()
        && line.cell.is_none()
        && k.chars().count() <= 70
        // The 方案 is what the line names, not something a report or a notice is about
        // (`关于…工作方案落实情况的报告`): only a bracket (`（试行）`) may follow it.
        && k.rfind("方案").is_some_and(|at| {
            let rest = &k[at + "方案".len()..];
            rest.is_empty() || (rest.starts_with('(') && rest.ends_with(')'))
        })
        && !k.contains('。')
        && !k.ends_with([':', ';', ','])
        && !k.starts_with("附件")
        && !is_notice_title(line)
}

/// A date on a line, or a year and month written without the day (`2018年11月`: no date), and
/// where it is (in characters).
#[derive(Clone, Copy, Debug)]
struct Dated {
    date: Option<Date>,
    start: usize,
    end: usize,
}

/// A line that is only a date (perhaps with 印发 after it: then `printed`), or only a year and
/// month (never printed).
fn date_line(line: &Line) -> Option<(Dated, bool)> {
    if line.cell.is_some() {
        return None;
    }
    let folded = fold(&line.text);
    let d = match dates::find_all(&folded).last() {
        Some(d) => Dated { date: Some(d.date), start: d.start, end: d.end },
        None => match dates::find_months(&folded).last() {
            Some(m) => Dated { date: None, start: m.start, end: m.end },
            // A date left to be filled in (`2018年×月×日`) still marks the 落款.
            None if dates::unfilled(&folded) => Dated { date: None, start: 0, end: folded.chars().count() },
            None => return None,
        },
    };
    let chars: Vec<char> = folded.chars().collect();
    let before: String = chars[..d.start].iter().filter(|c| !c.is_whitespace()).collect();
    let after: String = chars[d.end..].iter().filter(|c| !c.is_whitespace()).collect();
    let after = after.trim_matches(|c: char| crate::content::is_filler(c));
    let printed = after.ends_with("印发") && d.date.is_some();
    let ok_before = before.is_empty() || unit_like(&before);
    (ok_before && (after.is_empty() || printed || after == "发布" || after == "制定")).then_some((d, printed))
}

/// Endings of unit names.
const UNIT_ENDINGS: [&str; 24] = [
    "厅",
    "局",
    "委",
    "办",
    "室",
    "府",
    "院",
    "会",
    "站",
    "所",
    "处",
    "队",
    "馆",
    "部",
    "司",
    "署",
    "社",
    "团",
    "联",
    "中心",
    "组",
    "庭",
    "校",
    "办公室",
];

fn unit_like(key: &str) -> bool {
    let key = ["(盖章)", "(章)", "(印章)", "(公章)"].iter().find_map(|s| key.strip_suffix(s)).unwrap_or(key);
    let n = key.chars().count();
    (2..=40).contains(&n)
        && !key.contains(['。', ',', ';', ':', '，', '！', '?', '《', '“', '"'])
        && !key.starts_with("附件")
        && !key.chars().any(|c| c.is_ascii_digit())
        && UNIT_ENDINGS.iter().any(|e| key.ends_with(e))
}

/// The unit and the rest of a line that holds both (`广东省民政厅 2018年9月3日`).
fn unit_before_date(line: &Line, d: &Dated) -> Option<String> {
    let before: String = line.text.chars().take(d.start).collect();
    let before = before.trim();
    unit_like(&compact(before)).then(|| strip_seal(before))
}

/// Most unit lines a joint 落款 is read from.
const MAX_UNIT_LINES: usize = 5;

/// A line that is only a seal note (`（盖章）`, `(印章)`, `盖章`, or one per unit on a line:
/// `（盖章）  （盖章）`): it stands where the seal goes, between the unit and the date.
fn is_seal_line(key: &str) -> bool {
    let mut rest = key;
    while !rest.is_empty() {
        let seal = ["(盖章)", "(章)", "(印章)", "(公章)", "盖章", "印章", "公章", "(签章)", "签章"]
            .iter()
            .find_map(|s| rest.strip_prefix(s));
        match seal {
            Some(r) => rest = r.trim_start_matches(|c: char| c.is_whitespace() || c == '\u{3000}'),
            None => return false,
        }
    }
    !key.is_empty()
}

/// A unit name without a 盖章 note after it.
fn strip_seal(text: &str) -> String {
    let t = tidy(text);
    ["（盖章）", "(盖章)", "（章）", "(章)", "（印章）", "（公章）"]
        .iter()
        .find_map(|s| t.strip_suffix(s))
        .map(|u| u.trim().to_string())
        .unwrap_or(t)
}

/// Finds the 落款 within `range`: the last date on a line of its own (preceded by the unit's
/// line or lines), or a line with both. A 版记 date (`…印发`) counts only when nothing else does.
fn signature_in(lines: &[Line], range: Range<usize>) -> Signature {
    own_signature(lines, range.clone())
        .or_else(|| printed_signature(lines, range.clone()))
        .unwrap_or(Signature { lines: range.end..range.end, ..Signature::default() })
}

/// The 落款 within `range`, not counting a 版记's date (`XX办公室 2018年11月2日印发`). A date
/// without its day (`2018年11月`) counts only where no full one does, and only under a unit (or
/// after it on its line): then the 落款 has the unit and no date.
fn own_signature(lines: &[Line], range: Range<usize>) -> Option<Signature> {
    let full = range.clone().rev().find_map(|i| match date_line(&lines[i]) {
        Some((d, false)) if d.date.is_some() => Some(signature_at(lines, range.start, i, d)),
        _ => None,
    });
    full.or_else(|| {
        range.clone().rev().find_map(|i| match date_line(&lines[i]) {
            Some((d, false)) => Some(signature_at(lines, range.start, i, d)).filter(|sig| sig.unit.is_some()),
            _ => None,
        })
    })
}

/// The last 版记 line within `range` as a signature: its date only (the unit printed there is
/// the printing office).
fn printed_signature(lines: &[Line], range: Range<usize>) -> Option<Signature> {
    range.rev().find_map(|i| match date_line(&lines[i]) {
        Some((d, true)) => Some(Signature {
            unit: None,
            date: d.date,
            date_text: date_text(&lines[i], &d),
            lines: i..i + 1,
            from_notice: false,
        }),
        _ => None,
    })
}

fn date_text(line: &Line, d: &Dated) -> String {
    line.text.chars().skip(d.start).take(d.end - d.start).collect::<String>().trim().to_string()
}

fn signature_at(lines: &[Line], floor: usize, i: usize, d: Dated) -> Signature {
    let line = &lines[i];
    let date_text = date_text(line, &d);
    if let Some(unit) = unit_before_date(line, &d) {
        return Signature { unit: Some(unit), date: d.date, date_text, lines: i..i + 1, from_notice: false };
    }
    // Up to five unit lines above the date (joint issuing units), bare seal lines (`（盖章）`)
    // between them or under them skipped.
    let mut start = i;
    let mut units = Vec::new();
    let mut at = i;
    while at > floor && units.len() < MAX_UNIT_LINES {
        let above = &lines[at - 1];
        if above.cell.is_some() || above.marker.is_some() {
            break;
        }
        if is_seal_line(&above.key) {
            at -= 1;
            continue;
        }
        if !unit_like(&above.key) {
            break;
        }
        units.insert(0, strip_seal(&above.text));
        at -= 1;
        start = at;
    }
    // The date typed above the unit: a unit's line right below the date, ending the text (or
    // followed by an annex or a note).
    let mut end = i + 1;
    if units.is_empty()
        && let Some(below) = lines.get(i + 1)
        && below.cell.is_none()
        && below.marker.is_none()
        && unit_like(&below.key)
        && date_line(below).is_none()
        && lines.get(i + 2).is_none_or(is_trailer_start)
    {
        units.push(strip_seal(&below.text));
        end = i + 2;
    }
    Signature {
        unit: (!units.is_empty()).then(|| units.join(" ")),
        date: d.date,
        date_text,
        lines: start..end,
        from_notice: false,
    }
}

/// A 文号 line: organ abbreviation, year in brackets, number, 号 (also written with 第:
/// `泉民〔2018〕第112号`, `泉港区民政局2018年第5号`).
fn doc_number(line: &Line) -> Option<String> {
    let k = &line.key;
    (k.ends_with('号') && k.chars().count() <= 30 && standard_doc_number(k).is_some()).then(|| line.text.clone())
}

/// A 文号 in the form GB/T 9704 writes it (`泉民〔2018〕112号`), from one in that form (any
/// brackets) or written with 第 (`泉民〔2018〕第112号`, `泉港区民政局2018年第5号`).
pub fn standard_doc_number(text: &str) -> Option<String> {
    use crate::model::{DocNumber, docnumber};
    if let Ok(n) = DocNumber::parse(text) {
        return Some(n.to_string());
    }
    let t = docnumber::normalise(text);
    let candidate = if let Some(at) = t.find("〕第") {
        format!("{}〕{}", &t[..at], &t[at + "〕第".len()..])
    } else {
        let at = t.find("年第")?;
        let (head, tail) = (&t[..at], &t[at + "年第".len()..]);
        let year_at = head.char_indices().rev().nth(3).map(|(i, _)| i)?;
        let (organ, year) = head.split_at(year_at);
        if !year.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        format!("{organ}〔{year}〕{tail}")
    };
    DocNumber::parse(&candidate).ok().map(|n| n.to_string())
}

/// Where the plan's title is, on one line or wrapped over up to three however the clerk broke
/// it: the first line with 方案 (or the two a 方案 was split over), a bracketed line after it
/// (`（试行）`), and the lines above it that start it — a broken-off start, or the issuing unit's
/// line when the next line goes on with 关于 or a verb (`推进…`), never a unit name above a title
/// that already starts with one (a red header).
fn find_title(lines: &[Line], from: usize) -> Option<Range<usize>> {
    let n = lines.len();
    let piece = |i: usize| title_piece(&lines[i]);
    let split = |i: usize| {
        i + 1 < n
            && piece(i)
            && piece(i + 1)
            && lines[i].key.ends_with('方')
            && lines[i + 1].key.starts_with('案')
            && is_title(&joined(&lines[i..i + 2]))
    };
    let (start, mut end) =
        (from..n).find_map(|i| if is_title(&lines[i]) { Some((i, i)) } else { split(i).then_some((i, i + 1)) })?;
    let bracketed = |l: &Line| l.key.starts_with('(') && l.key.ends_with(')') && l.key.chars().count() <= 16;
    if end + 1 < n && piece(end) && piece(end + 1) && bracketed(&lines[end + 1]) {
        end += 1;
    }
    let mut start = start;
    while start > from && end + 1 - start < TITLE_MAX_LINES && piece(start) && piece(start - 1) {
        let (above, top) = (&lines[start - 1], &lines[start]);
        // A unit's name above goes with the title only when the title goes on with its subject.
        let starts_title = if unit_like(&above.key) { unit_above(above, top, &PLAN_WORDS) } else { true };
        if is_notice_title(above) || !starts_title {
            break;
        }
        start -= 1;
    }
    Some(start..end + 1)
}

/// Lines that start an annex or a note after the text.
fn is_trailer_start(line: &Line) -> bool {
    line.cell.is_none()
        && line.marker.is_none()
        && ["附件", "抄送", "附注", "(此件", "(联系人", "联系人", "(信息公开选项", "公开方式:", "此件"]
            .iter()
            .any(|w| line.key.starts_with(w))
}

/// Reads the structure of a plan from its paragraphs.
pub fn analyse(paragraphs: &[Paragraph]) -> WordPlan {
    let lines = lines_of(paragraphs);
    let n = lines.len();

    // Covering notices (a 转发 notice wrapping the 印发 notice: up to three, outermost first), and
    // the title of the plan after the last. A further notice title counts only where it comes
    // before the plan's title would end (the first line with 方案 being in that notice's title).
    let mut notice_titles: Vec<Range<usize>> = Vec::new();
    let title = loop {
        let from = notice_titles.last().map_or(0, |t| t.end);
        let title = find_title(&lines, from);
        let next = (notice_titles.len() < MAX_NOTICES)
            .then(|| notice_title(&lines[from..]).map(|t| t.start + from..t.end + from))
            .flatten();
        match next {
            Some(nt) if notice_titles.is_empty() || title.as_ref().is_some_and(|t| nt.start < t.end) => {
                notice_titles.push(nt)
            }
            _ => break title,
        }
    };
    let plan_start = title.as_ref().map_or(0, |t| t.end);
    let mut notices: Vec<Notice> = notice_titles
        .iter()
        .enumerate()
        .map(|(k, at)| {
            let end = match notice_titles.get(k + 1) {
                Some(next) => next.start,
                None => title.as_ref().map_or_else(|| notice_end(&lines, at.end), |t| t.start),
            };
            Notice {
                title: text_of(&lines[at.clone()]),
                lines: at.start..end,
                signature: signature_in(&lines, at.end..end),
            }
        })
        .collect();
    // The innermost notice issued the plan; those around it only forward it.
    let notice = notices.pop();
    let forwarding = notices;
    let plan_start = if title.is_none() { notice.as_ref().map_or(plan_start, |nt| nt.lines.end) } else { plan_start };
    let header_end = notice_titles.first().map(|t| t.start).or(title.as_ref().map(|t| t.start)).unwrap_or(0);
    // The 文号 of the notice that issued the plan (under its own red header, after the notice
    // forwarding it), or failing that the first one before the plan.
    let doc_number_in = |range: Range<usize>| range.into_iter().find_map(|i| doc_number(&lines[i]));
    let before_plan = notice.as_ref().map_or(header_end, |nt| nt.lines.end);
    let own_header = forwarding.last().map_or(0, |f| {
        if f.signature.lines.is_empty() { f.lines.start + 1 } else { f.signature.lines.end.min(f.lines.end) }
    });
    let doc_number = doc_number_in(own_header..before_plan).or_else(|| doc_number_in(0..before_plan));

    // Sections: the first kind of heading whose lines name sections.
    let sections_lines = choose_sections(&lines, plan_start..n);
    // The 落款 after the last section heading, then what follows it.
    let last_heading = sections_lines.last().copied().unwrap_or(plan_start);
    // A 版记 (抄送 lines, `XX办公室 2018年11月2日印发`) is not a 落款: it goes with the trailer.
    let own = own_signature(&lines, last_heading + 1..n);
    let printed = printed_signature(&lines, last_heading + 1..n);
    let trailer_start = match &own {
        Some(sig) => sig.lines.end,
        None => (last_heading + 1..n)
            .find(|&i| is_trailer_start(&lines[i]))
            .unwrap_or(n)
            .min(printed.as_ref().map_or(n, |p| p.lines.start)),
    };
    let body_end = own.as_ref().map_or(trailer_start, |sig| sig.lines.start);
    // Annex lines before the 落款? (附件 lines right above it belong to the trailer too.)
    let body_end = (last_heading + 1..body_end)
        .find(|&i| is_trailer_start(&lines[i]) && lines[i].key.starts_with("附件"))
        .unwrap_or(body_end);

    let mut sections = Vec::new();
    for (k, &h) in sections_lines.iter().enumerate() {
        let end = sections_lines.get(k + 1).copied().unwrap_or(body_end.max(h + 1));
        let body = h + 1..end;
        let kind = SectionKind::of(&lines[h].head).map(|(kind, _)| kind);
        let subsections = subsections(&lines, &lines[h], body.clone());
        sections.push(Section { heading: h, title: lines[h].without_marker().to_string(), kind, body, subsections });
    }
    let preamble = plan_start..sections_lines.first().copied().unwrap_or(body_end.max(plan_start));

    // Without a 落款 of its own, the plan is signed by its covering notice; failing that, the
    // 版记's date is all there is.
    let notice_signs = notice.as_ref().filter(|nt| nt.signature.date.is_some() || nt.signature.unit.is_some());
    let signature = match (own, notice_signs, printed) {
        (Some(own), _, _) => own,
        (None, Some(nt), _) => Signature { lines: n..n, from_notice: true, ..nt.signature.clone() },
        (None, None, Some(printed)) => printed,
        (None, None, None) => Signature { lines: n..n, ..Signature::default() },
    };
    let profile = choose_profile(&sections, title.as_ref().map(|t| &lines[t.clone()]));
    WordPlan {
        header: 0..header_end,
        forwarding,
        notice,
        title: title.as_ref().map(|t| text_of(&lines[t.clone()])),
        title_lines: title.unwrap_or(0..0),
        preamble,
        sections,
        signature,
        trailer: trailer_start..n,
        profile,
        doc_number,
        lines,
    }
}

/// The text of a title's lines.
fn text_of(lines: &[Line]) -> String {
    lines.iter().map(|l| l.text.as_str()).collect()
}

/// Without a plan title, a notice (its title ending before `from`) ends after its own 落款 (or
/// at its 附件 line).
fn notice_end(lines: &[Line], from: usize) -> usize {
    let sig = signature_in(lines, from..lines.len());
    let after_sig = if sig.date.is_some() { sig.lines.end } else { from };
    (after_sig..lines.len()).find(|&i| !is_trailer_start(&lines[i])).unwrap_or(lines.len())
}

/// The heading lines of the sections in `range`: of the kinds of heading whose lines name
/// sections (one strongly, or two), the kind that comes first in the document — sections come
/// before their subsections, whatever numbers a clerk chose for each level.
fn choose_sections(lines: &[Line], range: Range<usize>) -> Vec<usize> {
    let mut classes: Vec<Class> = Vec::new();
    for i in range.clone() {
        if let Some(c) = class(&lines[i]).filter(|c| !matches!(c, Class::Numbered(Marker::Bullet, _)))
            && !classes.contains(&c)
        {
            classes.push(c);
        }
    }
    let mut best: Option<(usize, Vec<usize>)> = None;
    for c in classes {
        let members: Vec<usize> = range.clone().filter(|&i| class(&lines[i]) == Some(c)).collect();
        let scores: Vec<u32> = members.iter().map(|&i| SectionKind::of(&lines[i].head).map_or(0, |(_, s)| s)).collect();
        let strong = scores.iter().any(|s| *s >= 3);
        let named = scores.iter().filter(|s| **s >= 2).count();
        if !(strong || named >= 2) {
            continue;
        }
        // Where the first section of this kind of heading is.
        let first = members.iter().zip(&scores).find(|(_, s)| **s >= 2).map_or(usize::MAX, |(i, _)| *i);
        if best.as_ref().is_none_or(|(at, _)| first < *at) {
            best = Some((first, members));
        }
    }
    best.map(|(_, members)| members).unwrap_or_default()
}

/// The subsections of a section: the lines of the first other kind of heading inside it.
fn subsections(lines: &[Line], heading: &Line, body: Range<usize>) -> Vec<Subsection> {
    let outer = class(heading);
    let inner = body
        .clone()
        .filter_map(|i| class(&lines[i]))
        .find(|c| Some(*c) != outer && !matches!(c, Class::Numbered(Marker::Bullet, _) | Class::Bare));
    let Some(inner) = inner else { return Vec::new() };
    let heads: Vec<usize> = body.clone().filter(|&i| class(&lines[i]) == Some(inner)).collect();
    heads
        .iter()
        .enumerate()
        .map(|(k, &h)| Subsection {
            heading: h,
            title: lines[h].head.clone(),
            lines: h..heads.get(k + 1).copied().unwrap_or(body.end),
        })
        .collect()
}

fn choose_profile(sections: &[Section], title: Option<&[Line]>) -> Profile {
    let count = |p: Profile| {
        p.sections()
            .iter()
            .filter(|k| **k != SectionKind::Safeguards && sections.iter().any(|s| s.kind == Some(**k)))
            .count()
    };
    let implementation =
        title.is_some_and(|t| t.iter().map(|l| l.key.as_str()).collect::<String>().contains("实施方案"));
    let (t, i) = (count(Profile::Template), count(Profile::Implementation));
    if i > t || (i == t && implementation) { Profile::Implementation } else { Profile::Template }
}

impl WordPlan {
    /// Where the profile's model section `kind` is: for the template, the first section playing
    /// its role (a plan may call section 一 总体要求 or 指导思想和目标, section 二 公开重点);
    /// for the 国办发 structure, the first section of that kind.
    pub fn position_of(&self, kind: SectionKind) -> Option<usize> {
        self.sections.iter().position(|s| match (self.profile, s.kind) {
            (Profile::Template, Some(k)) => k.role() == kind.role(),
            (_, k) => k == Some(kind),
        })
    }

    /// A section of another part whose heading also names `kind` (`二、主要任务及保障措施` for the
    /// safeguards): two parts merged into one section. Only for a kind no section is of.
    pub fn merged_into(&self, kind: SectionKind) -> Option<&Section> {
        if self.position_of(kind).is_some() {
            return None;
        }
        self.sections.iter().find(|s| {
            s.kind.is_some_and(|k| k.role() != kind.role()) && kind.score(&self.lines[s.heading].head) >= MERGED_SCORE
        })
    }

    /// The sections that play a role, in order.
    pub fn sections_with(&self, role: Role) -> impl Iterator<Item = &Section> {
        self.sections.iter().filter(move |s| s.kind.is_some_and(|k| k.role() == role))
    }

    /// The lines of the plan itself (title to 落款), without the notice, header or trailer.
    pub fn plan_lines(&self) -> Range<usize> {
        let start = self.title_lines.start.max(self.notice.as_ref().map_or(0, |n| n.lines.end));
        let end = self.sections.last().map_or(self.preamble.end, |s| s.body.end);
        start..end.max(start)
    }

    /// What the document is instead of a plan, when it has no plan's title: a covering notice
    /// with nothing after it (the plan it issues was not sent along), or another kind of document
    /// (a 工作要点, a 年度报告…) named by the title of the notice issuing it or by its own title;
    /// a notice about something else than a 方案 (`关于做好…工作的通知`) is itself the document.
    pub fn instead(&self) -> Option<Instead> {
        if self.title.is_some() {
            return None;
        }
        let issued = self.notice.as_ref().and_then(|nt| {
            let key = fold(&nt.title);
            let subject = key.strip_suffix("的通知").or_else(|| key.strip_suffix("通知"))?;
            let kind = other_kind(subject).or_else(|| (!subject.contains("方案")).then_some("通知"));
            kind.map(|kind| Instead::Other { kind, title: nt.title.clone() })
        });
        if issued.is_some() {
            return issued;
        }
        let after = self.notice.as_ref().map_or(0, |nt| nt.lines.end);
        if let Some(nt) = &self.notice {
            let rest: usize = (after..self.trailer.start.max(after))
                .filter(|i| !self.signature.lines.contains(i))
                .map(|i| crate::content::content_len(&self.lines[i].text))
                .sum();
            if self.sections.is_empty() && rest < NOTICE_ONLY_REST {
                return Some(Instead::NoticeOnly(nt.title.clone()));
            }
        }
        // The first lines of what follows, read as a title wrapped over up to three lines.
        let first = (after..self.lines.len()).find(|&i| !self.lines[i].key.is_empty())?;
        let end = (first..self.lines.len().min(first + TITLE_MAX_LINES))
            .take_while(|&i| title_piece(&self.lines[i]))
            .last()?;
        (first..=end).find_map(|e| {
            let title = joined(&self.lines[first..=e]);
            other_kind(&title.key).map(|kind| Instead::Other { kind, title: title.text })
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn para(text: &str) -> Paragraph {
        Paragraph { text: text.into(), ..Paragraph::default() }
    }

    fn plan(lines: &[&str]) -> WordPlan {
        analyse(&lines.iter().map(|l| para(l)).collect::<Vec<_>>())
    }

    #[test]
    fn markers_of_every_style() {
        let m = |t: &str| marker(&fold(t)).map(|(m, _)| m);
        for t in ["一、现状", "一.现状", "一．现状", "十一、其他", "一 总体要求", "壹、总则"] {
            assert_eq!(m(t), Some(Marker::Chinese), "{t}");
        }
        for t in ["（一）工作现状", "(一)工作现状", "〔一〕", "【二】", "㈢x", "（十二）"] {
            assert_eq!(m(t), Some(Marker::ChineseParen), "{t}");
        }
        for t in ["第一部分 现状", "第二章总体要求", "第3部分"] {
            assert_eq!(m(t), Some(Marker::Part), "{t}");
        }
        for t in ["1.城乡低保", "1、城乡低保", "1．城乡低保", "12.其他", "⒊x"] {
            assert_eq!(m(t), Some(Marker::Arabic), "{t}");
        }
        for t in ["（1）名称", "(2)内容", "⑶x"] {
            assert_eq!(m(t), Some(Marker::ArabicParen), "{t}");
        }
        for t in ["1)名称", "1）名称", "12) 其他"] {
            assert_eq!(m(t), Some(Marker::ArabicHalfParen), "{t}");
        }
        for t in ["a.工作现状", "b)存在问题", "c、思路目标", "aa. 其他", "ａ．工作现状"] {
            assert_eq!(m(t), Some(Marker::Letter), "{t}");
        }
        for t in ["A.工作现状", "B) 存在问题", "C、思路目标"] {
            assert_eq!(m(t), Some(Marker::UpperLetter), "{t}");
        }
        for t in ["第一节 工作现状", "第二节存在问题", "第3节"] {
            assert_eq!(m(t), Some(Marker::SubPart), "{t}");
        }
        for (t, depth) in [("1.1 工作现状", 1), ("2.1.3 脱贫攻坚领域", 2), ("1.2、存在问题", 1), ("3.1.1城乡低保", 2)]
        {
            assert_eq!(m(t), Some(Marker::Arabic), "{t}");
            assert_eq!(decimal_outline(&fold(t)).map(|(d, _)| d), Some(depth), "{t}");
        }
        for t in ["1.5万元", "2018.9.14", "1.25%"] {
            assert_eq!(decimal_outline(&fold(t)), None, "{t}");
        }
        assert_eq!(m("①公开"), Some(Marker::Circled));
        assert_eq!(m("● 要点"), Some(Marker::Bullet));
        for t in [
            "一是加强领导",
            "一年来",
            "2018年9月",
            "1.5万元",
            "二○一八年",
            "第一时间",
            "现状",
            "(附件)",
            "123.4",
            "e.g.例如",
            "A.1款",
            "PPP项目",
            "App.",
            "B超检查",
            "2018)",
        ] {
            assert_eq!(m(t), None, "{t}");
        }
    }

    /// Sections with subsections and items under them, the subsections' and items' numbers given.
    fn numbered_plan(sub: [&str; 3], item: [&str; 2]) -> WordPlan {
        plan(&[
            "某局推进社会公益事业建设领域政府信息公开工作方案",
            "一、现状分析及思路目标",
            &format!("{}工作现状。我局已开设专栏。", sub[0]),
            &format!("{}存在问题。公开内容不够细。", sub[1]),
            "二、主要任务及具体措施",
            &format!("{}重点领域信息公开", sub[0]),
            &format!("{}社会救助和社会福利领域。公开低保标准。", item[0]),
            &format!("{}灾害事故救援领域。发布救灾信息。", item[1]),
            &format!("{}其他相关任务。加强基层政务公开。", sub[1]),
            "三、组织保障和监督考核",
            &format!("{}加强组织领导。成立领导小组。", sub[0]),
            &format!("{}畅通投诉举报渠道。公布电话。", sub[1]),
            &format!("{}加强监督检查。", sub[2]),
            "某局",
            "2018年11月2日",
        ])
    }

    #[test]
    fn subsections_and_items_numbered_with_letters_or_half_brackets() {
        for (sub, item) in [
            (["a.", "b.", "c."], ["1)", "2)"]),
            (["A.", "B.", "C."], ["1）", "2）"]),
            (["（一）", "（二）", "（三）"], ["a)", "b)"]),
            (["（一）", "（二）", "（三）"], ["1）", "2)"]),
        ] {
            let p = numbered_plan(sub, item);
            assert_eq!(p.sections.len(), 3, "{sub:?} {item:?}");
            let subs: Vec<usize> = p.sections.iter().map(|s| s.subsections.len()).collect();
            assert_eq!(subs, [2, 2, 3], "{sub:?} {item:?}");
            assert_eq!(p.sections[0].subsections[1].title, "存在问题", "{sub:?} {item:?}");
            let items = &p.lines[6..8];
            assert!(items.iter().all(|l| l.marker.is_some() && l.marker != p.lines[5].marker), "{items:?}");
            assert_eq!(items[1].head, "灾害事故救援领域", "{sub:?} {item:?}");
        }
    }

    #[test]
    fn chapters_with_sections_and_prose_led_by_yishi() {
        let p = plan(&[
            "某局推进社会公益事业建设领域政府信息公开工作方案",
            "第一章　现状分析及思路目标",
            "第一节　工作现状",
            "我局已开设专栏。",
            "第二节　存在问题",
            "公开内容不够细。",
            "第二章　主要任务及具体措施",
            "第一节　重点领域信息公开",
            "社会救助和社会福利领域。一是公开低保标准；二是公开救助款物使用情况（社会救助股负责）。",
            "第三章　组织保障和监督考核",
            "一是加强组织领导，成立领导小组；二是畅通投诉举报渠道。",
            "某局",
            "2018年11月2日",
        ]);
        let subs: Vec<Vec<&str>> =
            p.sections.iter().map(|s| s.subsections.iter().map(|x| x.title.as_str()).collect()).collect();
        assert_eq!(subs, [vec!["工作现状", "存在问题"], vec!["重点领域信息公开"], vec![]]);
        assert_eq!(p.sections[1].subsections[0].lines, 7..9);
        assert!(p.lines[8].marker.is_none() && p.lines[10].marker.is_none(), "一是… is prose");
        assert_eq!(p.signature.unit.as_deref(), Some("某局"));
    }

    #[test]
    fn a_date_without_its_day_keeps_the_unit_above_it() {
        for date in ["2018年11月", "二〇一八年十一月"] {
            let p = plan(&["某局工作方案", "一、现状分析", "正文。", "泉港区民政局", date]);
            assert_eq!(p.signature.unit.as_deref(), Some("泉港区民政局"), "{date}");
            assert_eq!((p.signature.date, p.signature.date_text.as_str()), (None, date));
            assert_eq!(p.signature.lines, 3..5);
            assert_eq!(p.sections[0].body, 2..3);
        }
        // A full date wins over a month, and a month alone (no unit) is no 落款.
        let p = plan(&["某局工作方案", "一、现状分析", "正文。", "某局", "2018年11月2日", "附件：2018年11月"]);
        assert_eq!(p.signature.date, Date::new(2018, 11, 2));
        let p = plan(&["某局工作方案", "一、现状分析", "正文。", "2018年11月"]);
        assert_eq!((p.signature.unit.as_deref(), p.signature.date_text.as_str()), (None, ""));
    }

    #[test]
    fn kinds_of_section_headings() {
        let k = |t: &str| SectionKind::of(&compact(t)).map(|(k, _)| k);
        assert_eq!(k("现状分析及思路目标"), Some(SectionKind::Analysis));
        assert_eq!(k("主要任务及具体措施"), Some(SectionKind::Tasks));
        assert_eq!(k("组织保障和监督考核"), Some(SectionKind::Safeguards));
        assert_eq!(k("保障措施"), Some(SectionKind::Safeguards));
        assert_eq!(k("总体要求"), Some(SectionKind::General));
        assert_eq!(k("明确公开内容"), Some(SectionKind::Content));
        assert_eq!(k("突出公开重点"), Some(SectionKind::Focus));
        assert_eq!(k("增强公开实效"), Some(SectionKind::Effect));
        assert_eq!(k("强化保障措施"), Some(SectionKind::Safeguards));
        assert_eq!(k("其他事项"), None);
    }

    #[test]
    fn a_template_plan_with_a_notice_whose_items_name_sections() {
        let p = plan(&[
            "广东省民政厅关于印发《广东省民政厅推进社会公益事业建设领域政府信息公开工作方案》的通知",
            "各处室、厅属各单位：",
            "现将《广东省民政厅推进社会公益事业建设领域政府信息公开工作方案》印发给你们，请认真贯彻执行。有关要求如下：",
            "一、加强组织领导。各单位要明确分管领导。",
            "二、落实主要任务。按照方案分工抓好落实。",
            "三、强化监督考核。办公室将适时督查。",
            "广东省民政厅",
            "2018年9月14日",
            "广东省民政厅关于推进社会公益事业建设领域",
            "政府信息公开的工作方案",
            "为贯彻落实国办发〔2018〕10号，制定本方案。",
            "一．现状分析及思路目标",
            "（一）工作现状。我厅已开设专栏。",
            "（二）存在问题。公开内容不够细。",
            "二．主要任务及具体措施",
            "（一）重点领域公开事项",
            "1.城乡低保信息。公开低保标准。",
            "三．组织保障和监督考核",
            "公布投诉电话020-83330000。",
            "附件：责任分工表",
        ]);
        let notice = p.notice.as_ref().unwrap();
        assert_eq!(notice.lines, 0..8);
        assert_eq!(notice.signature.unit.as_deref(), Some("广东省民政厅"));
        assert_eq!(p.title.as_deref(), Some("广东省民政厅关于推进社会公益事业建设领域政府信息公开的工作方案"));
        assert_eq!(p.preamble, 10..11);
        let kinds: Vec<Option<SectionKind>> = p.sections.iter().map(|s| s.kind).collect();
        assert_eq!(kinds, [Some(SectionKind::Analysis), Some(SectionKind::Tasks), Some(SectionKind::Safeguards)]);
        assert_eq!(p.sections[0].subsections.len(), 2);
        assert_eq!(p.sections[0].subsections[1].title, "存在问题");
        assert_eq!(p.sections[2].body, 18..19, "the 附件 line is not the section's");
        assert_eq!(p.trailer, 19..20);
        assert_eq!(p.profile, Profile::Template);
        // The plan has no 落款 of its own: the notice's signs it.
        assert_eq!(p.signature.unit.as_deref(), Some("广东省民政厅"));
        assert_eq!(p.signature.date, Date::new(2018, 9, 14));
    }

    #[test]
    fn renumbered_sections_and_the_plans_own_signature() {
        let p = plan(&[
            "清远市教育局推进社会公益事业建设领域政府信息公开工作方案",
            "一、总体要求",
            "坚持以人民为中心。",
            "二、现状分析及思路目标",
            "我局已公开招生政策。",
            "三、主要任务及具体措施",
            "教育领域重点公开招生信息。",
            "四、组织保障和监督考核",
            "设立举报电话0763-3361234。",
            "清远市教育局",
            "二〇一八年九月十日",
            "（联系人：王某，电话：0763-3360000）",
        ]);
        let kinds: Vec<Option<SectionKind>> = p.sections.iter().map(|s| s.kind).collect();
        assert_eq!(
            kinds,
            [
                Some(SectionKind::General),
                Some(SectionKind::Analysis),
                Some(SectionKind::Tasks),
                Some(SectionKind::Safeguards)
            ]
        );
        assert_eq!(p.profile, Profile::Template, "two template sections against one");
        assert_eq!(p.signature.unit.as_deref(), Some("清远市教育局"));
        assert_eq!(p.signature.date, Date::new(2018, 9, 10));
        assert_eq!(p.sections[3].body, 8..9);
        assert_eq!(p.trailer, 11..12);
    }

    #[test]
    fn implementation_plans_and_their_profile() {
        let p = plan(&[
            "某区推进社会公益事业建设领域政府信息公开工作实施方案",
            "一、总体要求",
            "(一) 指导思想。全面贯彻党的十九大精神。",
            "二、明确公开内容",
            "三、突出公开重点",
            "四、增强公开实效",
            "五、强化保障措施",
        ]);
        assert_eq!(p.profile, Profile::Implementation);
        assert_eq!(p.sections.len(), 5);
        assert_eq!(p.lines[2].after_head(), "全面贯彻党的十九大精神。");
    }

    #[test]
    fn bare_and_styled_headings_and_a_split_signature() {
        let mut paragraphs: Vec<Paragraph> = [
            "某局工作方案",
            "前言文字。",
            "现状分析及思路目标",
            "正文。",
            "主要任务及具体措施",
            "正文。",
            "组织保障和监督考核",
            "正文。",
            "某局\n2018年9月3日",
        ]
        .iter()
        .map(|t| para(t))
        .collect();
        let p = analyse(&paragraphs);
        assert_eq!(p.sections.len(), 3, "bare section names");
        assert_eq!(p.signature.unit.as_deref(), Some("某局"));
        paragraphs[2].text = "工作现状与目标".into();
        paragraphs[2].outline = Some(0);
        paragraphs[4].outline = Some(0);
        paragraphs[6].outline = Some(0);
        let p = analyse(&paragraphs);
        assert_eq!(p.sections.len(), 3, "heading styles");
        assert_eq!(p.sections[0].kind, Some(SectionKind::Analysis));
    }

    #[test]
    fn covering_notices_and_letters_without_yinfa() {
        let p = plan(&[
            "某局关于推进社会公益事业建设领域政府信息公开工作方案的通知",
            "各科室：",
            "一、请认真组织实施。",
            "某局",
            "2018年9月3日",
            "某局推进社会公益事业建设领域政府信息公开工作方案",
            "一、现状分析及思路目标",
        ]);
        assert_eq!(p.notice.as_ref().map(|n| n.lines.clone()), Some(0..5));
        assert_eq!(p.title.as_deref(), Some("某局推进社会公益事业建设领域政府信息公开工作方案"));
        assert_eq!(p.sections.len(), 1);
        assert_eq!(p.sections[0].heading, 6);
    }

    #[test]
    fn a_seal_note_is_not_part_of_the_unit() {
        let p = plan(&["某局工作方案", "一、现状分析", "正文。", "广东省民政厅（盖章）", "2018年9月3日"]);
        assert_eq!(p.signature.unit.as_deref(), Some("广东省民政厅"));
    }

    #[test]
    fn the_unit_is_never_taken_from_the_title_or_a_doc_number() {
        let p = plan(&[
            "粤卫办函〔2018〕447号",
            "广东省卫生计生委办公室关于推进社会公益事业建设领域政府信息公开的工作方案",
            "一、现状分析及思路目标",
            "正文。",
        ]);
        assert_eq!(p.signature.unit, None);
        assert_eq!(p.doc_number.as_deref(), Some("粤卫办函〔2018〕447号"));
        let p = plan(&["某某方案", "一、现状分析", "正文。", "广东省民政厅 2018年9月3日"]);
        assert_eq!(p.signature.unit.as_deref(), Some("广东省民政厅"));
        assert_eq!(p.signature.date_text, "2018年9月3日");
    }

    /// A seed-001 style document: red header, 文号, the notice (its title as `notice`), the plan
    /// (its title as `title`), no 落款 of its own, then `after` (a 版记).
    fn notice_and_plan(notice: &[&str], title: &[&str], after: &[&str]) -> WordPlan {
        let mut lines = vec!["泉州市泉港区人民政府办公室文件", "泉港政办〔2018〕84号"];
        lines.extend(notice);
        lines.extend([
            "石化工业园区，各镇人民政府、山腰街道办事处，区政府各部门：",
            "经区政府同意，现将《泉港区推进社会公益事业建设领域政府信息公开工作实施方案》印发给你们，请认真组织实施。",
            "附件：泉港区推进社会公益事业建设领域政府信息公开工作实施方案",
            "泉港区人民政府办公室",
            "2018年11月2日",
            "（此件主动公开）",
            "附件",
        ]);
        lines.extend(title);
        lines.extend([
            "一、总体要求",
            "(一) 指导思想。全面贯彻党的十九大精神。",
            "二、明确公开内容",
            "三、突出公开重点",
            "四、增强公开实效",
            "五、强化保障措施",
            "(一)抓好组织实施。各部门要充分认识其重要性。",
        ]);
        lines.extend(after);
        plan(&lines)
    }

    const PLAN_TITLE: &str = "泉港区推进社会公益事业建设领域政府信息公开工作实施方案";
    const NOTICE_TITLE: &str = "泉港区人民政府办公室关于印发推进社会公益事业建设领域政府信息公开工作实施方案的通知";

    #[test]
    fn notice_titles_wrapped_over_two_or_three_lines() {
        let notices: [&[&str]; 5] = [
            &["泉港区人民政府办公室关于印发推进社会公益事业", "建设领域政府信息公开工作实施方案的通知"],
            &["泉港区人民政府办公室关于印发", "推进社会公益事业建设领域政府信息公开工作实施方案的通知"],
            &["泉港区人民政府办公室", "关于印发推进社会公益事业建设领域政府信息公开工作实施方案的通知"],
            &["泉港区人民政府办公室", "关于印发推进社会公益事业建设领域", "政府信息公开工作实施方案的通知"],
            &["泉港区人民政府", "办公室关于印发推进社会公益事业建设领域", "政府信息公开工作实施方案的通知"],
        ];
        for notice in notices {
            let p = notice_and_plan(notice, &[PLAN_TITLE], &[]);
            let nt = p.notice.as_ref().unwrap_or_else(|| panic!("no notice: {notice:?}"));
            assert_eq!(nt.title, NOTICE_TITLE, "{notice:?}");
            assert_eq!(p.header, 0..2, "{notice:?}");
            assert_eq!(nt.lines, 2..notice.len() + 9, "{notice:?}");
            assert_eq!(nt.signature.unit.as_deref(), Some("泉港区人民政府办公室"), "{notice:?}");
            assert_eq!(p.title.as_deref(), Some(PLAN_TITLE), "{notice:?}");
            assert_eq!(p.preamble.len(), 0, "{notice:?}");
            assert_eq!(p.sections.len(), 5, "{notice:?}");
        }
        // Without 关于, and with the plan's title quoted across the break.
        let p = notice_and_plan(
            &["泉港区民政局印发《泉港区民政局推进社会公益事业", "建设领域政府信息公开工作方案》的通知"],
            &["泉港区民政局推进社会公益事业建设领域", "政府信息公开工作方案"],
            &[],
        );
        assert_eq!(
            p.notice.as_ref().map(|n| n.title.as_str()),
            Some("泉港区民政局印发《泉港区民政局推进社会公益事业建设领域政府信息公开工作方案》的通知")
        );
        assert_eq!(p.title.as_deref(), Some("泉港区民政局推进社会公益事业建设领域政府信息公开工作方案"));
    }

    #[test]
    fn plan_titles_wrapped_over_two_or_three_lines() {
        let titles: [(&[&str], &str); 7] = [
            (&["泉港区推进社会公益事业建设领域", "政府信息公开工作实施方案"], PLAN_TITLE),
            (&["泉港区推进社会公益事业", "建设领域政府信息公开工作实施方案"], PLAN_TITLE),
            (&["泉港区", "推进社会公益事业建设领域", "政府信息公开工作实施方案"], PLAN_TITLE),
            (&["泉港区推进社会公益事业建设领域政府信息公开工作实", "施方案"], PLAN_TITLE),
            (
                &["泉港区人民政府办公室", "推进社会公益事业建设领域政府信息公开工作实施方案"],
                "泉港区人民政府办公室推进社会公益事业建设领域政府信息公开工作实施方案",
            ),
            (
                &["泉港区人民政府办公室", "关于推进社会公益事业建设领域", "政府信息公开的工作实施方案"],
                "泉港区人民政府办公室关于推进社会公益事业建设领域政府信息公开的工作实施方案",
            ),
            (
                &["泉港区推进社会公益事业建设领域", "政府信息公开工作实施方案", "（试行）"],
                "泉港区推进社会公益事业建设领域政府信息公开工作实施方案（试行）",
            ),
        ];
        for (title, expected) in titles {
            let p = notice_and_plan(&[NOTICE_TITLE], title, &[]);
            assert_eq!(p.title.as_deref(), Some(expected), "{title:?}");
            assert_eq!(p.title_lines, 10..10 + title.len(), "{title:?}");
            assert_eq!(p.notice.as_ref().map(|n| n.lines.clone()), Some(2..10), "{title:?}");
            assert_eq!(p.preamble.len(), 0, "{title:?}");
        }
        // Without a notice: a red header's unit is not part of a title that names its unit.
        let p = plan(&[
            "泉港区民政局",
            "泉港区民政局推进社会公益事业建设领域政府信息公开工作方案",
            "一、现状分析及思路目标",
        ]);
        assert_eq!(p.title.as_deref(), Some("泉港区民政局推进社会公益事业建设领域政府信息公开工作方案"));
        assert_eq!(p.header, 0..1);
        let p = plan(&["泉港区民政局推进社会公益事业建设领域", "政府信息公开工作方案", "一、现状分析及思路目标"]);
        assert_eq!(p.title.as_deref(), Some("泉港区民政局推进社会公益事业建设领域政府信息公开工作方案"));
        assert_eq!(p.header, 0..0);
    }

    #[test]
    fn a_banji_does_not_sign_the_plan() {
        let banji: [&[&str]; 3] = [
            &["泉港区人民政府办公室　　　　　　　　　　2018年11月9日印发"],
            &["抄送：区委办、人大办、政协办。", "泉港区人民政府办公室　　2018年11月9日印发"],
            &[
                "抄送：区委各部门、区人武部、区人大办、",
                "区人民法院、区人民检察院",
                "泉港区人民政府办公室 2018年11月9日印发",
            ],
        ];
        for after in banji {
            // Without a 落款 of its own the plan is signed by the notice, on one line or two.
            for notice in [
                &[NOTICE_TITLE][..],
                &["泉港区人民政府办公室关于印发推进社会公益事业", "建设领域政府信息公开工作实施方案的通知"],
            ] {
                let p = notice_and_plan(notice, &[PLAN_TITLE], after);
                assert_eq!(p.signature.unit.as_deref(), Some("泉港区人民政府办公室"), "{after:?}");
                assert_eq!(p.signature.date, Date::new(2018, 11, 2), "{after:?}");
                assert!(p.signature.from_notice);
                let n = p.lines.len();
                assert_eq!(p.trailer, n - after.len()..n, "the 版记 is after the text: {after:?}");
                assert_eq!(p.sections[4].body.end, n - after.len(), "{after:?}");
            }
            // With its own 落款, the plan keeps it.
            let mut own = vec!["泉港区民政局", "2018年11月5日"];
            own.extend(after);
            let p = notice_and_plan(&[NOTICE_TITLE], &[PLAN_TITLE], &own);
            assert_eq!(p.signature.unit.as_deref(), Some("泉港区民政局"));
            assert_eq!(p.signature.date, Date::new(2018, 11, 5));
            assert!(!p.signature.from_notice);
            // Neither the plan nor a notice signed: the 版记's date is all there is, with no unit.
            let mut lines = vec![PLAN_TITLE, "一、总体要求", "坚持以人民为中心。"];
            lines.extend(after);
            let p = plan(&lines);
            assert_eq!(p.signature.unit, None);
            assert_eq!(p.signature.date, Date::new(2018, 11, 9));
            assert_eq!(p.sections[0].body, 2..3, "{after:?}");
        }
    }

    #[test]
    fn a_forwarding_notice_around_the_notice_that_issued_the_plan_is_set_aside() {
        let p = plan(&[
            "惠安县人民政府办公室文件",
            "惠政办〔2018〕120号",
            "惠安县人民政府办公室转发市政府办公室关于印发",
            "泉州市推进社会公益事业建设领域政府信息公开",
            "工作实施方案的通知",
            "各乡镇人民政府，县直各单位：",
            "现将《泉州市人民政府办公室关于印发泉州市推进社会公益事业建设领域政府信息公开工作实施方案的通知》转发给你们，请认真贯彻执行。",
            "惠安县人民政府办公室",
            "2018年11月20日",
            "泉州市人民政府办公室文件",
            "泉政办〔2018〕95号",
            "泉州市人民政府办公室关于印发泉州市推进社会公益事业",
            "建设领域政府信息公开工作实施方案的通知",
            "各县（市、区）人民政府，市直各单位：",
            "经市政府同意，现将《泉州市推进社会公益事业建设领域政府信息公开工作实施方案》印发给你们，请认真组织实施。",
            "泉州市人民政府办公室",
            "2018年10月25日",
            "泉州市推进社会公益事业建设领域",
            "政府信息公开工作实施方案",
            "一、总体要求",
            "（一）指导思想。全面贯彻落实。",
            "二、强化保障措施",
            "（一）加强组织领导。明确分管领导。",
        ]);
        assert_eq!(p.title.as_deref(), Some("泉州市推进社会公益事业建设领域政府信息公开工作实施方案"));
        assert_eq!(p.forwarding.len(), 1);
        assert!(p.forwarding[0].title.contains("转发"));
        let notice = p.notice.as_ref().unwrap();
        assert!(notice.title.starts_with("泉州市人民政府办公室关于印发"), "{}", notice.title);
        assert_eq!(p.signature.unit.as_deref(), Some("泉州市人民政府办公室"));
        assert_eq!(p.signature.date_text, "2018年10月25日");
        assert!(p.signature.from_notice);
        assert_eq!(p.doc_number.as_deref(), Some("泉政办〔2018〕95号"));
        assert_eq!(p.header, 0..2);
        assert_eq!(p.sections.len(), 2);
    }

    #[test]
    fn seal_lines_and_joint_signatures_of_up_to_five_units() {
        let body = ["某区推进社会公益事业建设领域政府信息公开工作方案", "一、主要任务及具体措施", "（一）做好公开。"];
        let signed = |sig: &[&str]| {
            let lines: Vec<&str> = body.iter().chain(sig).copied().collect();
            plan(&lines).signature.unit
        };
        assert_eq!(signed(&["泉港区民政局", "（盖章）", "2018年9月25日"]).as_deref(), Some("泉港区民政局"));
        assert_eq!(signed(&["泉港区民政局", "盖章", "2018年9月25日"]).as_deref(), Some("泉港区民政局"));
        assert_eq!(
            signed(&["泉港区民政局", "泉港区财政局", "泉港区卫生和计划生育局", "2018年9月25日"]).as_deref(),
            Some("泉港区民政局 泉港区财政局 泉港区卫生和计划生育局")
        );
        assert_eq!(
            signed(&[
                "泉港区民政局",
                "泉港区财政局",
                "（盖章）（盖章）",
                "泉港区卫生和计划生育局",
                "（印章）",
                "泉港区教育局",
                "泉港区环境保护局",
                "2018年9月25日",
            ])
            .as_deref(),
            Some("泉港区民政局 泉港区财政局 泉港区卫生和计划生育局 泉港区教育局 泉港区环境保护局")
        );
        assert_eq!(signed(&["（盖章）", "2018年9月25日"]), None, "a seal line is not a unit");
        assert!(is_seal_line("(盖章)(盖章)") && is_seal_line("印章") && !is_seal_line("盖章单位") && !is_seal_line(""));
    }

    #[test]
    fn doc_numbers_written_with_di() {
        assert_eq!(standard_doc_number("泉民〔2018〕第112号").as_deref(), Some("泉民〔2018〕112号"));
        assert_eq!(standard_doc_number("泉港区民政局2018年第5号").as_deref(), Some("泉港区民政局〔2018〕5号"));
        assert_eq!(standard_doc_number("粤民函[2018]123号").as_deref(), Some("粤民函〔2018〕123号"));
        assert_eq!(standard_doc_number("第5号"), None);
        assert_eq!(standard_doc_number("2018年第5号"), None);
        for number in ["泉民〔2018〕第112号", "泉港区民政局2018年第5号"] {
            let p = plan(&[
                "泉港区民政局",
                number,
                "泉港区民政局关于印发工作方案的通知",
                "局属各股室：",
                "现将方案印发给你们。",
                "泉港区民政局",
                "2018年9月20日",
                "泉港区民政局关于推进社会公益事业建设领域政府信息公开的工作方案",
                "一、主要任务及具体措施",
                "（一）做好公开。",
            ]);
            assert_eq!(p.doc_number.as_deref(), Some(number));
        }
    }

    #[test]
    fn a_document_sent_instead_of_a_plan_is_named() {
        let notice_only = plan(&[
            "泉民〔2018〕112号",
            "泉港区民政局关于印发《泉港区民政局推进社会公益事业建设领域政府信息公开工作方案》的通知",
            "局属各股室：",
            "现将《泉港区民政局推进社会公益事业建设领域政府信息公开工作方案》印发给你们，请认真贯彻执行。",
            "附件：泉港区民政局推进社会公益事业建设领域政府信息公开工作方案",
            "泉港区民政局",
            "2018年9月20日",
            "（此件公开发布）",
        ]);
        assert_eq!(notice_only.title, None);
        assert!(matches!(notice_only.instead(), Some(Instead::NoticeOnly(t)) if t.contains("关于印发")));
        let report = plan(&["某局2018年政府信息公开工作", "年度报告", "一、总体情况", "2018年共公开信息412条。"]);
        assert_eq!(
            report.instead(),
            Some(Instead::Other {
                kind: "年度报告", title: "某局2018年政府信息公开工作年度报告".into()
            })
        );
        // A report on a plan is no plan: its title names the report.
        let on_plan = plan(&["某局关于社会公益事业建设领域政府信息公开工作方案落实情况的报告", "一、总体情况"]);
        assert_eq!(on_plan.title, None);
        assert!(matches!(on_plan.instead(), Some(Instead::Other { kind: "报告", .. })));
        let points =
            plan(&["某省政府办公厅关于印发某省2018年政务公开工作要点的通知", "各市：", "现将要点印发给你们。"]);
        assert!(matches!(points.instead(), Some(Instead::Other { kind: "工作要点", .. })));
        let other_notice = plan(&["某县政府办公室关于做好2016年政府信息公开工作的通知", "各乡镇：", "一、统一思想"]);
        assert!(matches!(other_notice.instead(), Some(Instead::Other { kind: "通知", .. })));
        // A plan, with a bracket after its 方案, is a plan.
        let p = plan(&["某局推进社会公益事业建设领域政府信息公开工作方案（试行）", "一、现状分析", "正文。"]);
        assert!(p.title.is_some() && p.instead().is_none());
    }
}
