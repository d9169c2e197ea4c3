//! A draft plan made from a plan written in Word (SPEC §5, issue 13): the sections and
//! subsections go into the matching text parts, the key areas named in the tasks are selected,
//! the numbered paragraphs (or table rows) under an area become disclosure items, and the
//! unit, title and date fill the cover. Paragraphs without numbers that are led by an area's
//! name (`社会救助和社会福利领域。一是…`) are items too, under a subsection or in a tasks section
//! without subsections, and so are the rows of a task table (主要任务 | 具体措施) whose task names
//! an area. An item's points (`⑴` under `1、`) are its content; its units come from a 责任单位
//! line or a note in brackets (`（救灾处负责）`), which leave the content, read alike in
//! traditional characters (責任單位：…); a table's columns each go to their field (信息公开内容
//! gives the name and content, 公开具体要求 more content, 牵头/配合/责任单位 the units; other
//! columns stay with their header; a units cell left empty under one naming units, in the same
//! area, is read as merged with it; each paragraph of a units cell is a clause; a 领域 cell may
//! be a bare label such as 教育). An annex's table repeating the body's items only fills in
//! what they lack, and so does a row repeating the start of an area's only paragraph. A
//! complaint channel written under another safeguard subsection also fills 畅通投诉举报渠道
//! when that part is empty. Nothing is lost: what cannot be placed is kept in the draft's
//! “导入时未归类的内容”. A summary says what went where.

use super::normalise::compact;
use super::structure::{Line, Notice, Role, Section, SectionKind, Subsection, WordPlan, standard_doc_number};
use crate::content::{cut, has_content};
use crate::model::{
    Area, Audience, Channel, DisclosureMode, InfoCategory, Item, Level, OtherTask, Plan, TextPart, Units, Unplaced,
};

mod units;
use units::{add_units, clause_units, is_units_line, simple, strip_unit_notes, unit_label_at, unit_names, units_in};

/// What went where.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Summary {
    /// (where in the Word document, where in the draft).
    pub placed: Vec<(String, String)>,
    /// Where in the Word document each block kept in “导入时未归类的内容” came from.
    pub unplaced: Vec<String>,
}

/// A draft and its summary.
#[derive(Clone, Debug, PartialEq)]
pub struct Imported {
    pub plan: Plan,
    pub summary: Summary,
}

/// A piece of a section's text: a paragraph, a numbered paragraph with the paragraphs that
/// continue it, a paragraph led by an area's name (see [`led_by`]) with those that continue
/// it, or a table.
enum Piece {
    Text(usize),
    Numbered(usize, Vec<usize>),
    Led(Area, usize, Vec<usize>),
    Table(Vec<usize>),
}

fn pieces(lines: &[Line], range: std::ops::Range<usize>) -> Vec<Piece> {
    let mut out: Vec<Piece> = Vec::new();
    for i in range {
        let line = &lines[i];
        if let Some(cell) = line.cell {
            if let Some(Piece::Table(rows)) = out.last_mut()
                && lines[rows[0]].cell.is_some_and(|c| c.table == cell.table)
            {
                rows.push(i);
                continue;
            }
            out.push(Piece::Table(vec![i]));
        } else if line.marker.is_some_and(|m| m != super::structure::Marker::Bullet) || line.outline.is_some() {
            // A numbered paragraph, or (without a number) one in a heading style.
            out.push(Piece::Numbered(i, Vec::new()));
        } else if let Some(Piece::Numbered(_, more)) = out.last_mut() {
            more.push(i);
        } else {
            out.push(Piece::Text(i));
        }
    }
    out
}

/// The length of a number typed at the start of a text that is not read as one (`1）`, `2)`,
/// `a.`), or 0.
fn typed_number(text: &str) -> usize {
    let digits = text.chars().take_while(char::is_ascii_digit).count();
    let len = match digits {
        1 | 2 => digits,
        0 if text.starts_with(|c: char| c.is_ascii_alphabetic()) => 1,
        _ => return 0,
    };
    match text[len..].chars().next() {
        Some(c @ (')' | '）' | '.' | '．' | '、')) => len + c.len_utf8(),
        _ => 0,
    }
}

/// The area a paragraph is led by: its name (the words before its first full stop or colon, a
/// typed number left out) is short, no clause, and names one area: `社会救助和社会福利领域。一是…`,
/// `推进灾害事故救援领域信息公开：…`.
fn led_by(text: &str) -> Option<Area> {
    let (name, _) = split_name(&text[typed_number(text)..])?;
    if name.chars().count() > 20 || name.contains(['，', ',', '；', ';']) {
        return None;
    }
    match Area::named_in(&compact(name)).as_slice() {
        [area] => Some(*area),
        _ => None,
    }
}

/// Paragraphs led by an area's name are that area's items, like numbered ones: under a
/// subsection (`continued`) the paragraphs after one go with it; in a section without
/// subsections only its 责任单位 lines do, and a numbered paragraph led by an area's name is one
/// of them.
fn led_pieces(lines: &[Line], list: Vec<Piece>, continued: bool) -> Vec<Piece> {
    let mut out: Vec<Piece> = Vec::new();
    for piece in list {
        match piece {
            Piece::Text(i) => {
                if let Some(area) = led_by(&lines[i].text) {
                    out.push(Piece::Led(area, i, Vec::new()));
                } else if let Some(Piece::Led(_, _, more)) = out.last_mut()
                    && (continued || is_units_line(&lines[i].text))
                {
                    more.push(i);
                } else {
                    out.push(piece);
                }
            }
            Piece::Numbered(head, more) if !continued => match led_by(lines[head].without_marker()) {
                Some(area) => out.push(Piece::Led(area, head, more)),
                None => out.push(Piece::Numbered(head, more)),
            },
            _ => out.push(piece),
        }
    }
    out
}

/// The text of an item: its first line without its number (and, led by an area's name,
/// without a typed number), then the lines continuing it.
fn item_text(lines: &[Line], head: usize, more: &[usize], led: bool) -> String {
    let first = lines[head].without_marker();
    let first = if led { &first[typed_number(first)..] } else { first };
    std::iter::once(first).chain(more.iter().map(|&i| lines[i].text.as_str())).collect::<Vec<_>>().join("\n")
}

/// Where in the Word document a line is, for the summary.
fn place(plan: &WordPlan, section: &Section, sub: Option<&Subsection>) -> String {
    let head = &plan.lines[section.heading].text;
    match sub {
        Some(s) => format!("{} {}", cut(head, 14), cut(&plan.lines[s.heading].text, 18)),
        None => cut(head, 24),
    }
}

fn join(lines: &[Line], idx: impl IntoIterator<Item = usize>) -> String {
    idx.into_iter().map(|i| lines[i].text.as_str()).collect::<Vec<_>>().join("\n")
}

/// The text of a table's row, its cells' paragraphs one a line.
fn row_text(lines: &[Line], rows: &[usize], row: usize) -> String {
    join(lines, rows.iter().copied().filter(|&i| lines[i].cell.is_some_and(|c| c.row == row)))
}

/// The text of a subsection: what follows its heading name, then its lines.
fn sub_text(lines: &[Line], sub: &Subsection) -> String {
    let first = lines[sub.heading].after_head().to_string();
    let rest = join(lines, sub.lines.start + 1..sub.lines.end);
    [first, rest].into_iter().filter(|t| has_content(t)).collect::<Vec<_>>().join("\n")
}

/// Whether a sentence names a way to complain or report (投诉/举报 and a phone, mailbox, web
/// page… other than a hotline's bare name).
fn complaint_sentence(text: &str) -> bool {
    let key = compact(text);
    (key.contains("投诉") || key.contains("举报"))
        && crate::check::patterns::channels(text).iter().any(|c| *c != crate::check::patterns::Channel::HotlineName)
}

/// Which text part a subsection of a section with this role belongs to, by its heading (and, in
/// the safeguards, a complaint channel in its text).
fn text_part(role: Role, title: &str, text: &str) -> Option<TextPart> {
    let has = |words: &[&str]| words.iter().any(|w| title.contains(w));
    let complaints = || complaint_sentence(text);
    match role {
        Role::Analysis => {
            if has(&["现状", "基本情况", "工作基础", "已开展"]) {
                Some(TextPart::Status)
            } else if has(&["问题", "不足", "差距"]) {
                Some(TextPart::Problems)
            } else if has(&["思路", "指导思想"]) {
                Some(TextPart::Approach)
            } else if has(&["目标"]) {
                Some(TextPart::Goals)
            } else if has(&["原则"]) {
                Some(TextPart::Principles)
            } else {
                None
            }
        }
        Role::Tasks => {
            if has(&["决策"]) {
                Some(TextPart::Decision)
            } else if has(&["管理", "服务信息"]) {
                Some(TextPart::ManagementService)
            } else if has(&["执行", "结果"]) {
                Some(TextPart::ExecutionResult)
            } else if has(&["具体要求", "责任分工", "工作要求", "进度安排", "时间安排"]) {
                Some(TextPart::Requirements)
            } else {
                None
            }
        }
        Role::Safeguards => Some(if has(&["投诉", "举报", "渠道"]) {
            TextPart::Complaints
        } else if has(&["考核", "评估"]) {
            TextPart::Assessment
        } else if has(&["监督", "检查", "问责", "督查", "督促"]) && !complaints() {
            TextPart::Supervision
        } else if has(&["组织", "领导", "协调", "实施"]) {
            TextPart::Leadership
        } else if complaints() {
            TextPart::Complaints
        } else {
            TextPart::OtherSafeguards
        }),
    }
}

/// A safeguards section written without subsections, sentence by sentence into the parts its
/// sentences are about (组织领导, 考核评估, 投诉举报渠道, 监督检查): a sentence that names none
/// goes on with the part before it, the first with 加强组织领导.
fn safeguard_parts(text: &str) -> Vec<(TextPart, String)> {
    let mut parts: Vec<(TextPart, String)> = Vec::new();
    for sentence in text.split_inclusive(['。', '；', '\n']) {
        let part = match text_part(Role::Safeguards, &compact(sentence), sentence) {
            Some(TextPart::OtherSafeguards) | None => parts.last().map_or(TextPart::Leadership, |(p, _)| *p),
            Some(part) => part,
        };
        match parts.iter_mut().find(|(p, _)| *p == part) {
            Some((_, text)) => text.push_str(sentence),
            None => parts.push((part, sentence.to_string())),
        }
    }
    for (_, text) in &mut parts {
        *text = text.trim().to_string();
    }
    parts
}

/// The channels named in a 公开方式 text; what is not one of them stays as free text.
fn channels_in(text: &str) -> (Vec<Channel>, String) {
    const WORDS: [(Channel, &[&str]); 9] = [
        (Channel::Portal, &["门户网站", "政府网站", "网站"]),
        (Channel::ServicePlatform, &["政务服务平台", "服务平台"]),
        (Channel::NewMedia, &["政务新媒体", "新媒体", "微信", "微博", "公众号", "客户端"]),
        (Channel::NewsMedia, &["新闻媒体", "报纸", "电视", "广播"]),
        (Channel::Sms, &["短信"]),
        (Channel::NoticeBoard, &["公告栏", "公开栏", "公示栏", "宣传栏"]),
        (Channel::Brochure, &["宣传手册", "手册", "宣传册"]),
        (Channel::HallScreen, &["电子屏", "显示屏"]),
        (Channel::PressConference, &["新闻发布会", "发布会"]),
    ];
    let mut found = Vec::new();
    let mut rest = Vec::new();
    for part in text.split(['、', '，', ',', '；', ';', '和', '及']) {
        let part = part.trim().trim_end_matches('。');
        if !has_content(part) {
            continue;
        }
        match WORDS.iter().find(|(_, words)| words.iter().any(|w| part.contains(w))) {
            Some((c, _)) => found.push(*c),
            None => rest.push(part),
        }
    }
    found.sort();
    found.dedup();
    (found, rest.join("、"))
}

/// Fills an item field from a labelled value (`公开主体：…`) or a table column named so.
fn set_field(item: &mut Item, label: &str, value: &str) -> bool {
    let value = value.trim().trim_end_matches(['；', ';', '。']).trim().to_string();
    if value.is_empty() {
        return false;
    }
    let has = |w: &str| label.contains(w);
    if has("事项") || has("名称") {
        item.name = value;
    } else if has("主体") {
        item.publisher = value;
    } else if has("内容") || has("要求") {
        item.content = value;
    } else if has("依据") {
        item.basis = value;
    } else if has("标准") {
        item.standard = value;
    } else if has("层级") {
        item.levels = Level::ALL.into_iter().filter(|l| value.contains(l.label().trim_end_matches('级'))).collect();
    } else if has("方式") || has("渠道") || has("载体") {
        if value.contains("依申请") {
            item.mode = DisclosureMode::OnRequest;
        }
        let value = value.replace("依申请公开", "").replace("主动公开", "");
        if has_content(&value) {
            let (channels, other) = channels_in(&value);
            item.channels = channels;
            item.channel_other = other;
        }
    } else if has("程序") || has("流程") {
        item.procedure = value;
    } else if has("时限") || has("时间") {
        item.time_limit = value;
    } else if has("对象") || has("范围") {
        item.audience = if value.contains("全社会") || value.contains("社会公众") {
            Audience::public()
        } else {
            Audience::group(&value)
        };
    } else if has("类别") {
        item.categories = InfoCategory::ALL.into_iter().filter(|c| value.contains(c.label())).collect();
    } else if has("责任") || has("单位") || has("牵头") {
        item.units = clause_units(&value);
    } else {
        return false;
    }
    true
}

const FIELD_LABELS: [&str; 12] = [
    "公开主体",
    "公开内容",
    "公开标准",
    "公开方式",
    "公开渠道",
    "公开层级",
    "公开程序",
    "公开时限",
    "公开对象",
    "信息类别",
    "责任单位",
    "公开依据",
];

/// Where an item's name ends: at the first full stop, colon or line break when that comes
/// within 30 characters; the name and the rest (`None` when the text has no such name).
fn split_name(text: &str) -> Option<(&str, &str)> {
    match text.find(['。', '：', ':', '\n']) {
        Some(at)
            if text[..at].chars().count() <= 30 && !FIELD_LABELS.iter().any(|l| simple(&text[..at]).ends_with(l)) =>
        {
            Some((&text[..at], text[at..].trim_start_matches(['。', '：', ':', '\n'])))
        }
        _ => None,
    }
}

/// An item from a numbered paragraph (and the paragraphs continuing it): its name is the part
/// before the first full stop, colon or line break; labelled fields fill their fields; notes
/// and sentences naming the responsible units fill the units; the rest is content.
fn item_from(text: &str) -> Item {
    let mut item = Item::default();
    let (text, noted) = strip_unit_notes(text);
    let (name, rest) = match split_name(&text) {
        Some((name, rest)) => (name.to_string(), rest.to_string()),
        None => (text.chars().take(20).collect(), text.clone()),
    };
    item.name = name.trim().trim_end_matches(['。', '：', ':']).to_string();
    let mut content = String::new();
    for line in rest.split('\n') {
        let mut kept = Vec::new();
        for piece in line.split(['；', ';']) {
            let piece = piece.trim();
            // A label only when a colon, 为 or 是 follows it (`公开方式：…`, not `公开方式方法要…`).
            let key = simple(piece);
            let labelled = FIELD_LABELS
                .iter()
                .find(|l| key.strip_prefix(**l).is_some_and(|v| v.starts_with(['：', ':', '为', '是'])))
                .map(|l| {
                    let value = piece[l.len()..].trim_start_matches(['：', ':', '为', '為', '是']);
                    set_field(&mut item, l, value)
                });
            if labelled != Some(true) && has_content(piece) {
                kept.push(piece);
            }
        }
        if kept.is_empty() {
            continue;
        }
        // Lines are run on as sentences; the pieces of a line as they were written.
        if !content.is_empty() && !content.ends_with(['。', '；', '！', '？', ';']) {
            content.push('；');
        }
        content.push_str(&kept.join("；"));
    }
    if item.content.is_empty() {
        item.content = content;
    }
    if item.units.named_leads().next().is_none() {
        item.units = if noted.named_leads().next().is_some() { noted } else { units_in(&rest) };
    }
    // The responsibility sentence is in the units now.
    if let Some(at) = unit_label_at(&item.content) {
        item.content = item.content[..at].trim_end_matches(['。', '；', ' ']).to_string() + "。";
        if !has_content(&item.content) {
            item.content.clear();
        }
    }
    item
}

/// What a column of a table of items holds, by its header.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Column {
    /// 序号.
    Number,
    /// 重点领域, 领域.
    Area,
    /// 公开事项, 事项名称; a task table's 主要任务, 工作任务, 重点任务.
    Name,
    /// 信息公开内容, 公开内容, 主要内容, 具体内容; a task table's 具体措施, 工作措施.
    Content,
    /// 公开要求, 公开具体要求: content too, after the 内容 column's.
    Requirements,
    /// 牵头单位.
    Leads,
    /// 配合单位.
    Partners,
    /// 责任单位, 责任部门: leads and partners as the cell says (`A牵头，B配合`).
    Units,
    /// Another field of an item (公开标准, 公开时限, 公开方式…), or anything else (备注), which is
    /// added to the content with its header.
    Other,
}

fn column(header: &str) -> Column {
    let has = |words: &[&str]| words.iter().any(|w| header.contains(w));
    if has(&["序号", "编号"]) || header == "序" {
        Column::Number
    } else if has(&["领域"]) && !has(&["内容", "事项", "要求"]) {
        Column::Area
    } else if has(&["事项", "名称"]) || has(&["任务"]) && !has(&["分工", "单位"]) {
        Column::Name
    } else if has(&["内容", "措施"]) {
        Column::Content
    } else if has(&["要求"]) {
        Column::Requirements
    } else if has(&["牵头", "主办"]) {
        Column::Leads
    } else if has(&["配合", "协办", "协助"]) {
        Column::Partners
    } else if ["单位", "部门", "处室", "科室", "股室"].iter().any(|w| header.ends_with(w)) || header == "责任主体"
    {
        Column::Units
    } else {
        Column::Other
    }
}

/// The row that names a table's columns: the first with text in two columns or more, below any
/// title rows spanning the table (`重点领域信息公开分工表` in a shaded merged cell).
fn header_row(lines: &[Line], rows: &[usize]) -> usize {
    let mut by_row: std::collections::BTreeMap<usize, std::collections::BTreeSet<usize>> = Default::default();
    for &i in rows {
        if let Some(c) = lines[i].cell
            && has_content(&lines[i].text)
        {
            by_row.entry(c.row).or_default().insert(c.column);
        }
    }
    by_row.iter().find(|(_, columns)| columns.len() >= 2).map_or(0, |(&row, _)| row)
}

/// Whether a table is one of tasks (主要任务 | 具体措施): its header names a 任务 column.
fn task_table(lines: &[Line], rows: &[usize]) -> bool {
    let header = header_row(lines, rows);
    rows.iter().any(|&i| {
        let key = compact(&lines[i].text);
        lines[i].cell.is_some_and(|c| c.row == header) && column(&key) == Column::Name && key.contains("任务")
    })
}

/// A cell's text without the responsibility notes and 责任单位 sentences in it
/// (`…情况。\n责任单位：社会救助股牵头`), and the units they name.
fn take_units(text: &str) -> (String, Units) {
    let (text, mut units) = strip_unit_notes(text);
    let mut kept = Vec::new();
    for line in text.split('\n') {
        let noted = unit_label_at(line).map(|at| (at, units_in(&line[at..])));
        match noted {
            Some((at, more)) if more.named_leads().next().is_some() || !more.partners.is_empty() => {
                add_units(&mut units, more);
                if has_content(&line[..at]) {
                    kept.push(line[..at].trim_end());
                }
            }
            _ => kept.push(line),
        }
    }
    (kept.join("\n"), units)
}

/// What the cells of one item hold (a row of a table, or a column of a table on its side), by
/// the kind of their column; 序号 and 领域 are left to the caller.
#[derive(Default)]
struct Cells {
    names: Vec<String>,
    contents: Vec<String>,
    requirements: Vec<String>,
    others: Vec<String>,
    units: Units,
}

impl Cells {
    /// One cell's value (trimmed, not empty) under its column's label and kind; a field the
    /// item has (公开时限, 公开方式…) is set on it.
    fn add(&mut self, item: &mut Item, kind: Column, label: &str, value: String) {
        match kind {
            Column::Number | Column::Area => {}
            Column::Name => self.names.push(value),
            Column::Content | Column::Requirements => {
                let (value, noted) = take_units(&value);
                add_units(&mut self.units, noted);
                let value = value.trim().trim_end_matches(['；', ';', '。']).trim().to_string();
                if has_content(&value) {
                    if kind == Column::Content { self.contents.push(value) } else { self.requirements.push(value) }
                }
            }
            Column::Leads => add_units(&mut self.units, Units { leads: unit_names(&value), partners: Vec::new() }),
            Column::Partners => add_units(&mut self.units, Units { leads: Vec::new(), partners: unit_names(&value) }),
            Column::Units => add_units(&mut self.units, clause_units(&value)),
            Column::Other => {
                // Not a units column (责任单位账号): kept as written.
                let about_units = ["责任", "单位", "牵头"].iter().any(|w| label.contains(w));
                if about_units || !set_field(item, label, &value) {
                    self.others.push(if has_content(label) { format!("{label}：{value}") } else { value });
                }
            }
        }
    }
}

/// Items from a table turned on its side: the header names an area in each column after the
/// first (社会救助和社会福利领域 | 灾害事故救援领域…) and the first column names the fields of
/// the rows (公开内容, 公开时限, 责任单位…). One item per area column, named by its header, each
/// row going to its field as a column would; it comes with the header's row (`header_row`).
fn transposed_items(lines: &[Line], rows: &[usize], header_row: usize) -> Option<Vec<(Option<Area>, Item, usize)>> {
    let cell = |i: usize| lines[i].cell.expect("table line");
    let value_at = |row: usize, column: usize| {
        join(lines, rows.iter().copied().filter(|&i| cell(i).row == row && cell(i).column == column))
    };
    let last_column = rows.iter().map(|&i| cell(i).column).max()?;
    let areas: Vec<(usize, String, Area)> = (1..=last_column)
        .filter_map(|c| {
            let name = value_at(header_row, c).trim().to_string();
            Area::named_in_cell(&compact(&name)).map(|area| (c, name, area))
        })
        .collect();
    let distinct: std::collections::BTreeSet<Area> = areas.iter().map(|(_, _, a)| *a).collect();
    if areas.len() < 2 || distinct.len() < 2 || areas.len() < last_column {
        return None;
    }
    let last_row = rows.iter().map(|&i| cell(i).row).max()?;
    let labels: Vec<(usize, String, Column)> = (header_row + 1..=last_row)
        .map(|r| {
            let label = compact(&value_at(r, 0));
            let kind = column(&label);
            (r, label, kind)
        })
        .collect();
    if !labels.iter().any(|(_, _, k)| matches!(k, Column::Content | Column::Requirements | Column::Name)) {
        return None;
    }
    let mut out = Vec::new();
    for (c, name, area) in areas {
        let mut item = Item::default();
        let mut cells = Cells::default();
        for (r, label, kind) in &labels {
            let value = value_at(*r, c).trim().trim_end_matches(['；', ';', '。']).trim().to_string();
            if has_content(&value) {
                cells.add(&mut item, *kind, label, value);
            }
        }
        item.name = if cells.names.is_empty() { name } else { cells.names.join("、") };
        item.content = [cells.contents, cells.requirements, cells.others].concat().join("\n");
        item.units = cells.units;
        out.push((Some(area), item, header_row));
    }
    Some(out)
}

/// Items from a table whose header names columns (事项/名称, 内容, 要求, 责任单位…; seed 004's
/// 信息公开内容 | 公开具体要求 | 责任单位). Without a name column the 内容 column's first
/// paragraph, when short, is the name (or the whole cell, when short and a 要求 column gives the
/// content). The area of a row: its area cell, else the one above it (a merged cell) or a row
/// that only names an area, else its text (in a task table, its task's). A 责任单位 sentence or
/// note in a content cell gives units too. Each item comes with its row's number.
fn table_items(lines: &[Line], rows: &[usize]) -> Option<Vec<(Option<Area>, Item, usize)>> {
    let header_row = header_row(lines, rows);
    if let Some(items) = transposed_items(lines, rows, header_row) {
        return Some(items);
    }
    let cell = |i: usize| lines[i].cell.expect("table line");
    let header: Vec<(usize, String, Column)> = rows
        .iter()
        .filter(|&&i| cell(i).row == header_row)
        .map(|&i| {
            let label = compact(&lines[i].text);
            let kind = column(&label);
            (cell(i).column, label, kind)
        })
        .collect();
    let has_items = header.iter().any(|(_, _, k)| matches!(k, Column::Name | Column::Content | Column::Requirements));
    if !has_items {
        return None;
    }
    let has = |kind: Column| header.iter().any(|(_, _, k)| *k == kind);
    let tasks = task_table(lines, rows);
    let last_row = rows.iter().map(|&i| cell(i).row).max().unwrap_or(0);
    let short = |s: &str| s.chars().count() <= 30 && !s.contains(['。', '；', ';']);
    let mut out = Vec::new();
    let mut current_area = None;
    // The last units written in each units column, for the rows a merged cell spans.
    let mut units_above: std::collections::HashMap<usize, String> = std::collections::HashMap::new();
    for row in header_row + 1..=last_row {
        let in_row: Vec<usize> = rows.iter().copied().filter(|&i| cell(i).row == row).collect();
        let value_of = |column: usize| join(lines, in_row.iter().copied().filter(|&i| cell(i).column == column));
        // A row that only names an area (one cell across the table) heads the rows below.
        let mut values: Vec<String> = in_row.iter().map(|&i| lines[i].text.trim().to_string()).collect();
        values.retain(|v| has_content(v));
        values.dedup();
        let columns = in_row.iter().map(|&i| cell(i).column).collect::<std::collections::BTreeSet<_>>();
        if let [only] = values.as_slice()
            && columns.len() < header.len()
            && let Some(area) = Area::named_in(&compact(only)).into_iter().next()
        {
            current_area = Some(area);
            units_above.clear();
            continue;
        }
        // A row that names its own area starts anew: a merged units cell does not span it.
        let new_area = header.iter().any(|(c, _, k)| *k == Column::Area && has_content(&value_of(*c)));
        if new_area {
            units_above.clear();
        }
        let mut item = Item::default();
        let mut area = None;
        let mut cells = Cells::default();
        let mut text = String::new();
        for (column, label, kind) in &header {
            let mut value = value_of(*column);
            text.push_str(&value);
            if matches!(kind, Column::Leads | Column::Partners | Column::Units) {
                // The reader does not tell a merged cell's continuation from an empty cell: a
                // units cell left empty under one that names units (in the same area) is taken
                // as merged with it.
                if has_content(&value) {
                    units_above.insert(*column, value.clone());
                } else if let Some(above) = units_above.get(column) {
                    value = above.clone();
                }
            }
            let value = value.trim().trim_end_matches(['；', ';', '。']).trim().to_string();
            if !has_content(&value) {
                continue;
            }
            if *kind == Column::Area {
                area = Area::named_in_cell(&compact(&value));
            } else {
                cells.add(&mut item, *kind, label, value);
            }
        }
        let Cells { mut names, contents, requirements, others, units } = cells;
        let mut content = contents.join("\n");
        if names.is_empty() && !has(Column::Name) {
            // The name is the 内容 column's first paragraph, or its first words.
            match content.split_once('\n') {
                Some((first, rest)) if short(first) => {
                    names.push(first.trim().trim_end_matches(['。', '：', ':']).to_string());
                    content = rest.trim().to_string();
                }
                _ if short(&content) && !requirements.is_empty() => {
                    names.push(std::mem::take(&mut content));
                }
                _ => {}
            }
        }
        content = [content]
            .into_iter()
            .chain(requirements)
            .chain(others)
            .filter(|t| has_content(t))
            .collect::<Vec<_>>()
            .join("\n");
        item.name = names.join("、");
        item.content = content;
        item.units = units;
        if has_content(&item.name) || has_content(&item.content) {
            if !has_content(&item.name) {
                item.name = match split_name(&item.content) {
                    Some((name, _)) => name.to_string(),
                    None => item.content.chars().take(20).collect(),
                };
            }
            if area.is_some() {
                current_area = area;
            }
            let named_by = if tasks { &item.name } else { &text };
            let area = area.or(current_area).or_else(|| Area::named_in(&compact(named_by)).into_iter().next());
            out.push((area, item, row));
        }
    }
    Some(out)
}

/// Whether two names are one item's (an annex repeating the body's): the same, or one within
/// the other most of it, once folded and without 领域, 信息, 公开, 工作, 推进 and punctuation.
fn same_name(a: &str, b: &str) -> bool {
    let key = |s: &str| {
        let key = ["领域", "信息", "公开", "工作", "推进"].iter().fold(compact(s), |k, w| k.replace(w, ""));
        key.chars().filter(|c| c.is_alphanumeric()).collect::<String>()
    };
    let (a, b) = (key(a), key(b));
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    has_content(&short) && long.contains(&short) && short.chars().count() * 3 >= long.chars().count() * 2
}

/// Whether a text (an annex row's content) is another cut short: once folded and without
/// punctuation, the other begins with it, or with its first two thirds (it was cut and ended
/// otherwise: `…临时救助等`). A text found only inside the other (a detail of an area's
/// paragraph: `项目名称、资金来源…`) is an item of its own; texts of fewer than 12 characters
/// are not compared.
fn cut_short(short: &str, long: &str) -> bool {
    let key = |s: &str| compact(s).chars().filter(|c| c.is_alphanumeric()).collect::<Vec<char>>();
    let (short, long) = (key(short), key(long));
    short.len() >= 12 && short.len() <= long.len() && long.starts_with(&short[..short.len() * 2 / 3])
}

/// Fills what an item lacks (units, content, time limit, channels…) from the same item written
/// again; whether anything was missing.
fn fill_missing(item: &mut Item, more: Item) -> bool {
    let before = item.clone();
    if item.units.named_leads().next().is_none() && item.units.partners.is_empty() {
        item.units = more.units;
    }
    let texts = [
        (&mut item.content, more.content),
        (&mut item.publisher, more.publisher),
        (&mut item.basis, more.basis),
        (&mut item.standard, more.standard),
        (&mut item.procedure, more.procedure),
        (&mut item.time_limit, more.time_limit),
    ];
    for (text, more) in texts {
        if !has_content(text) {
            *text = more;
        }
    }
    if item.channels.is_empty() && !has_content(&item.channel_other) {
        (item.channels, item.channel_other) = (more.channels, more.channel_other);
    }
    *item != before
}

/// Points under an item (`⑴`, `（1）` under `1、`) are part of it: a numbered paragraph whose
/// number is of a deeper kind than the first numbered paragraph's continues the item before it.
fn nest_points(lines: &[Line], list: Vec<Piece>) -> Vec<Piece> {
    use super::structure::Marker;
    let depth = |m: Marker| match m {
        Marker::Part => 0,
        Marker::Chinese => 1,
        Marker::ChineseParen => 2,
        Marker::Arabic => 3,
        Marker::ArabicParen => 4,
        Marker::SubPart => 0,
        Marker::ArabicHalfParen => 4,
        Marker::Letter | Marker::UpperLetter => 5,
        Marker::Circled => 5,
        Marker::Bullet => 6,
    };
    let mut item_depth = None;
    let mut out: Vec<Piece> = Vec::new();
    for piece in list {
        if let Piece::Numbered(head, more) = &piece
            && let Some(d) = lines[*head].marker.map(depth)
        {
            let item = *item_depth.get_or_insert(d);
            if d > item
                && let Some(Piece::Numbered(_, item_more)) = out.last_mut()
            {
                item_more.push(*head);
                item_more.extend(more);
                continue;
            }
        }
        out.push(piece);
    }
    out
}

struct Builder<'a> {
    word: &'a WordPlan,
    plan: Plan,
    summary: Summary,
}

impl Builder<'_> {
    fn put_text(&mut self, part: TextPart, text: &str, from: String) {
        if !has_content(text) {
            return;
        }
        let target = part.get_mut(&mut self.plan);
        if !target.is_empty() {
            target.push('\n');
        }
        target.push_str(text);
        self.summary.placed.push((from, part.title().to_string()));
    }

    fn keep(&mut self, from: String, text: String) {
        if has_content(&text) {
            self.summary.unplaced.push(from.clone());
            self.plan.unplaced.push(Unplaced { from, text });
        }
    }

    fn add_item(&mut self, area: Area, item: Item, from: String) {
        self.summary.placed.push((from, format!("重点领域：{}（事项“{}”）", area.label(), cut(&item.name, 16))));
        let entry = self.plan.area_mut(area);
        entry.selected = true;
        entry.items.push(item);
    }

    /// The items of a piece list under a subsection about areas.
    fn areas(&mut self, section: &Section, sub: &Subsection) {
        let lines = &self.word.lines;
        let title = compact(&lines[sub.heading].head);
        let named = Area::named_in(&title);
        let sub_text = compact(&join(lines, sub.lines.clone()));
        let fallback = named.first().copied().or_else(|| Area::named_in(&sub_text).first().copied());
        let from = place(self.word, section, Some(sub));
        let mut list = nest_points(lines, pieces(lines, sub.lines.start + 1..sub.lines.end));
        // Nothing numbered under a heading naming no one area: paragraphs led by an area's name
        // are its items (`社会救助和社会福利领域。一是…；二是…（社会救助股负责）`).
        if named.len() != 1 && list.iter().all(|p| matches!(p, Piece::Text(_))) {
            list = led_pieces(lines, list, true);
        }
        let mut numbered = false;
        let mut loose = Vec::new();
        // Items without units since the last 责任单位 line: such a line after them names theirs.
        let mut pending: Vec<(Area, usize)> = Vec::new();
        for piece in list {
            let (head, mut more, led) = match piece {
                Piece::Numbered(head, more) => (head, more, None),
                Piece::Led(area, head, more) => (head, more, Some(area)),
                Piece::Table(rows) => {
                    // A task table's rows whose task names no area are not the heading's area's.
                    let fallback = if task_table(lines, &rows) { None } else { fallback };
                    match table_items(lines, &rows) {
                        Some(items) if !items.is_empty() => {
                            for (k, (area, item, row)) in items.into_iter().enumerate() {
                                match area.or(fallback) {
                                    Some(area) => self.add_item(area, item, format!("{from} 表格第 {} 行", k + 1)),
                                    None => {
                                        self.keep(format!("{from} 表格第 {} 行", k + 1), row_text(lines, &rows, row))
                                    }
                                }
                            }
                            numbered = true;
                        }
                        _ => self.keep(format!("{from} 表格"), join(lines, rows)),
                    }
                    continue;
                }
                Piece::Text(i) => {
                    loose.push(i);
                    continue;
                }
            };
            numbered = true;
            let units_lines = more.iter().rev().take_while(|&&i| is_units_line(&lines[i].text)).count();
            let units_lines = more.split_off(more.len() - units_lines);
            let text = item_text(lines, head, &more, led.is_some());
            let item = item_from(&text);
            let has_units = item.units.named_leads().next().is_some();
            let area = led.or_else(|| {
                [&lines[head].text, &text]
                    .into_iter()
                    .find_map(|t| Area::named_in(&compact(t)).first().copied())
                    .filter(|a| named.is_empty() || named.contains(a))
                    .or(fallback)
            });
            let place = format!("{from} {}", cut(&lines[head].text, 12));
            match area {
                Some(area) => {
                    self.add_item(area, item, place);
                    if has_units {
                        pending.clear();
                    } else {
                        pending.push((area, self.plan.area_mut(area).items.len() - 1));
                    }
                }
                None => self.keep(place, text),
            }
            if !units_lines.is_empty() {
                let units = units_in(&join(lines, units_lines.iter().copied()));
                for (area, k) in pending.drain(..) {
                    self.plan.area_mut(area).items[k].units = units.clone();
                }
            }
        }
        let head_text = lines[sub.heading].after_head().to_string();
        let loose_text = join(lines, loose.iter().copied());
        // A 责任单位 line applies to the area's items.
        let units = units_in(&format!("{head_text}\n{loose_text}"));
        if !numbered {
            // An area written as one paragraph (seed 001): one item named after the area.
            match (named.first(), has_content(&head_text) || has_content(&loose_text)) {
                (Some(&area), true) => {
                    let mut item = item_from(&format!(
                        "{}。{}",
                        lines[sub.heading].head,
                        [head_text, loose_text].join("\n").trim()
                    ));
                    if item.units.named_leads().next().is_none() {
                        item.units = units;
                    }
                    self.add_item(area, item, from);
                }
                (Some(&area), false) => {
                    self.plan.area_mut(area).selected = true;
                    self.summary.placed.push((from, format!("重点领域：{}（已选择，没有事项）", area.label())));
                }
                (None, _) => self.keep(
                    from,
                    [lines[sub.heading].text.clone(), loose_text]
                        .into_iter()
                        .filter(|t| has_content(t))
                        .collect::<Vec<_>>()
                        .join("\n"),
                ),
            }
        } else {
            for area in &named {
                self.plan.area_mut(*area).selected = true;
            }
            if units.named_leads().next().is_some() {
                for area in &named {
                    for item in &mut self.plan.area_mut(*area).items {
                        if item.units.named_leads().next().is_none() {
                            item.units = units.clone();
                        }
                    }
                }
            }
            let intro = [head_text, loose_text].into_iter().filter(|t| has_content(t)).collect::<Vec<_>>().join("\n");
            if !intro.split('\n').all(|l| is_units_line(l) || !has_content(l)) {
                self.keep(from, intro);
            }
        }
    }

    /// A tasks section without subsections: its paragraphs led by an area's name (see
    /// [`led_by`]) are that area's items, and so are the rows of a table of items that name
    /// their area (a task table's, by their task); the rest is kept, as before.
    fn tasks_by_area(&mut self, section: &Section) {
        let lines = &self.word.lines;
        let from = place(self.word, section, None);
        self.keep(from.clone(), lines[section.heading].after_head().to_string());
        for piece in led_pieces(lines, pieces(lines, section.body.clone()), false) {
            match piece {
                Piece::Led(area, head, more) => {
                    let item = item_from(&item_text(lines, head, &more, true));
                    self.add_item(area, item, format!("{from} {}", cut(&lines[head].text, 12)));
                }
                Piece::Table(rows) => match table_items(lines, &rows) {
                    Some(items) if items.iter().any(|(area, ..)| area.is_some()) => {
                        for (k, (area, item, row)) in items.into_iter().enumerate() {
                            match area {
                                Some(area) => self.add_item(area, item, format!("{from} 表格第 {} 行", k + 1)),
                                None => self.keep(from.clone(), row_text(lines, &rows, row)),
                            }
                        }
                    }
                    _ => self.keep(from.clone(), join(lines, rows)),
                },
                Piece::Text(i) => self.keep(from.clone(), lines[i].text.clone()),
                Piece::Numbered(head, more) => self.keep(from.clone(), join(lines, std::iter::once(head).chain(more))),
            }
        }
    }

    /// An item of a table in an annex: when the body gave its area items, one of the same (or
    /// nearly the same) name is this item and only gets what it lacks (`body` is how many of the
    /// area's items came from the body); another is added.
    fn add_annex_item(&mut self, area: Area, item: Item, from: String, body: usize) {
        let entry = self.plan.area_mut(area);
        // One item for the whole area (seed 001: named after the area, its paragraph the
        // content) is the one a row repeating the start of that paragraph is about.
        let whole_area = body == 1 && entry.items.first().is_some_and(|i| cut_short(&item.content, &i.content));
        match entry.items.iter_mut().take(body).find(|i| same_name(&i.name, &item.name)) {
            None if whole_area => {
                let same = &mut entry.items[0];
                let name = cut(&same.name, 16);
                let what = if fill_missing(same, item) {
                    format!("缺少的内容补充到正文事项“{name}”")
                } else {
                    format!("与正文事项“{name}”相同")
                };
                self.summary.placed.push((from, format!("重点领域：{}（{what}）", area.label())));
            }
            Some(same) => {
                let name = cut(&same.name, 16);
                let what = if fill_missing(same, item) {
                    format!("缺少的内容补充到正文事项“{name}”")
                } else {
                    format!("与正文事项“{name}”相同")
                };
                self.summary.placed.push((from, format!("重点领域：{}（{what}）", area.label())));
            }
            None => self.add_item(area, item, from),
        }
    }

    fn other_tasks(&mut self, section: &Section, sub: &Subsection) {
        let lines = &self.word.lines;
        let from = place(self.word, section, Some(sub));
        let list = pieces(lines, sub.lines.start + 1..sub.lines.end);
        let mut any = false;
        for piece in &list {
            if let Piece::Numbered(head, more) = piece {
                any = true;
                let item = item_from(&item_text(lines, *head, more, false));
                self.plan.tasks.other_tasks.push(OtherTask {
                    title: item.name.clone(),
                    text: item.content.clone(),
                    units: item.units,
                    ..OtherTask::default()
                });
                self.summary.placed.push((format!("{from} {}", cut(&lines[*head].text, 12)), "其他相关任务".into()));
            }
        }
        if !any {
            let text = sub_text(lines, sub);
            let units = units_in(&text);
            self.plan.tasks.other_tasks.push(OtherTask {
                title: lines[sub.heading].head.clone(),
                text,
                units,
                ..OtherTask::default()
            });
            self.summary.placed.push((from, "其他相关任务".into()));
        }
    }

    fn section(&mut self, section: &Section) {
        let lines = &self.word.lines;
        let Some(kind) = section.kind else {
            let text = join(lines, section.heading..section.body.end);
            self.keep(cut(&lines[section.heading].text, 24), text);
            return;
        };
        let role = kind.role();
        // Text before the first subsection.
        let intro_end = section.subsections.first().map_or(section.body.end, |s| s.lines.start);
        let intro = [lines[section.heading].after_head().to_string(), join(lines, section.body.start..intro_end)]
            .into_iter()
            .filter(|t| has_content(t))
            .collect::<Vec<_>>()
            .join("\n");
        if has_content(&intro) {
            let from = place(self.word, section, None);
            if section.subsections.is_empty() {
                match (role, kind) {
                    (Role::Analysis, SectionKind::General) => self.put_text(TextPart::Approach, intro.trim(), from),
                    (Role::Analysis, _) => self.put_text(TextPart::Status, intro.trim(), from),
                    (Role::Safeguards, _) => {
                        for (part, text) in safeguard_parts(intro.trim()) {
                            self.put_text(part, &text, from.clone());
                        }
                    }
                    (Role::Tasks, _) => self.tasks_by_area(section),
                }
            } else {
                self.keep(from, intro.trim().to_string());
            }
        }
        for sub in &section.subsections {
            let title = compact(&lines[sub.heading].head);
            let from = place(self.word, section, Some(sub));
            if role == Role::Tasks {
                let areas_here = !Area::named_in(&title).is_empty()
                    || title.contains("重点领域")
                    || title.contains("公开事项")
                    || kind == SectionKind::Focus;
                if title.contains("其他") && title.contains("任务") || kind == SectionKind::Effect {
                    self.other_tasks(section, sub);
                    continue;
                }
                let text = sub_text(lines, sub);
                if let Some(part) = text_part(role, &title, &text) {
                    self.put_text(part, &text, from);
                    continue;
                }
                if areas_here
                    || !pieces(lines, sub.lines.start + 1..sub.lines.end).iter().all(|p| matches!(p, Piece::Text(_)))
                {
                    self.areas(section, sub);
                    continue;
                }
                self.keep(from, join(lines, sub.lines.clone()));
                continue;
            }
            let text = sub_text(lines, sub);
            // One subsection of 现状 and 问题 (（一）现状和存在的问题): merged, written as 工作现状.
            let merged = role == Role::Analysis && title.contains("现状") && title.contains("问题");
            match text_part(role, &title, &text) {
                Some(part) => {
                    let part = if merged { TextPart::Status } else { part };
                    self.plan.headings.merge_status_problems |= merged;
                    self.own_heading(part, &lines[sub.heading].head);
                    self.put_text(part, &text, from)
                }
                None => self.keep(from, join(lines, sub.lines.clone())),
            }
        }
        if role == Role::Safeguards && !has_content(TextPart::Complaints.get_mut(&mut self.plan)) {
            // A complaint channel written in another subsection (seed 001: the phone under
            // 开展考核评估) is the channel part's text too.
            for sub in &section.subsections {
                let sentences: String = sub_text(lines, sub)
                    .split_inclusive(['。', '；', '\n'])
                    .filter(|s| complaint_sentence(s))
                    .collect();
                self.put_text(TextPart::Complaints, sentences.trim(), place(self.word, section, Some(sub)));
            }
        }
    }

    /// Keeps a subsection's heading as the plan wrote it (当前我省工作现状) when it differs from
    /// the template's, for a part that may have its own; the first heading of a part counts.
    fn own_heading(&mut self, part: TextPart, head: &str) {
        let head = head.trim().trim_end_matches(['。', '：', ':']).trim();
        if part.has_own_heading() && has_content(head) && head != self.plan.default_heading(part) {
            self.plan.headings.own.entry(part).or_insert_with(|| head.to_string());
        }
    }
}

/// Fills the 印发通知 from a covering notice: 文号 (from the header or the notice), 主送 (the first
/// line ending with a colon), the body up to the 附件 line (left as the default when it is the
/// default), the signing office and the date.
fn issuing_notice(b: &mut Builder, notice: &Notice) {
    let lines = &b.word.lines;
    let body_end = if notice.signature.lines.is_empty() { notice.lines.end } else { notice.signature.lines.start };
    let body: Vec<&str> = lines[notice.lines.start + 1..body_end.max(notice.lines.start + 1)]
        .iter()
        .map(|l| l.text.trim())
        .take_while(|t| !t.starts_with("附件"))
        .collect();
    let addressee = body.iter().position(|t| t.ends_with(['：', ':']));
    let issuing = &mut b.plan.cover.issuing;
    issuing.enabled = true;
    // A 文号 written with 第 goes in as GB/T 9704 writes it (the Word check notes the 第).
    let number = b.word.doc_number.as_deref().unwrap_or_default();
    issuing.number =
        if number.contains('第') { standard_doc_number(number).unwrap_or_default() } else { number.into() };
    if let Some(at) = addressee {
        issuing.addressees = body[at].trim_end_matches(['：', ':']).to_string();
    }
    let text = body[addressee.map_or(0, |at| at + 1)..].join("\n");
    if has_content(&text) && text != crate::model::IssuingNotice::default_body(&b.plan.cover.title()) {
        b.plan.cover.issuing.body = Some(text);
    }
    let issuing = &mut b.plan.cover.issuing;
    issuing.office = notice.signature.unit.clone().unwrap_or_default();
    issuing.date = notice.signature.date.map(|d| d.iso()).unwrap_or_default();
    b.summary.placed.push((format!("印发通知：{}", cut(&notice.title, 20)), "文件信息：印发通知".into()));
}

/// Makes a draft plan from a plan read from Word.
pub fn import(word: &WordPlan) -> Imported {
    let mut b = Builder { word, plan: Plan::default(), summary: Summary::default() };
    let lines = &word.lines;

    // The cover.
    let sig = &word.signature;
    if let Some(unit) = &sig.unit {
        b.plan.cover.unit = unit.clone();
        b.summary.placed.push((format!("落款：{unit}"), "文件信息：制定单位".into()));
    }
    if let Some(date) = sig.date {
        b.plan.cover.date = date.iso();
        b.summary.placed.push((format!("落款：{}", sig.date_text), "文件信息：成文日期".into()));
    }
    if let Some(title) = &word.title {
        if *title != b.plan.cover.generated_title() {
            b.plan.cover.title = Some(title.clone());
        }
        b.summary.placed.push((format!("标题：{}", cut(title, 20)), "文件信息：标题".into()));
    }

    // What comes before the plan: the covering notice fills the 印发通知; header and notice are
    // kept as read, to compare.
    if let Some(notice) = &word.notice {
        issuing_notice(&mut b, notice);
        let start = word.header.start;
        b.keep(format!("印发通知：{}", cut(&notice.title, 20)), join(lines, start..notice.lines.end));
    } else if !word.header.is_empty() {
        b.keep("标题前的文字".into(), join(lines, word.header.clone()));
    }
    let preamble = join(lines, word.preamble.clone());
    b.put_text(TextPart::Preamble, &preamble, format!("前言（{} 段）", word.preamble.len()));
    for section in &word.sections {
        b.section(section);
    }
    // Between the text and the 落款 (附件说明), and after it (annexes, 附注, 抄送).
    let body_end = word.sections.last().map_or(word.preamble.end, |s| s.body.end);
    let body_items = Area::ALL.map(|a| b.plan.area_mut(a).items.len());
    let before_signature = body_end..word.signature.lines.start.min(word.trailer.start).max(body_end);
    for (range, label) in [(before_signature, "落款前的附件说明"), (word.trailer.clone(), "落款后的附件或附注")]
    {
        for piece in pieces(lines, range) {
            match piece {
                // A table of items in an annex (责任分工表) gives items when every row names its area.
                // One repeating the body's items fills in only what they lack.
                Piece::Table(rows) => match table_items(lines, &rows) {
                    Some(items) if !items.is_empty() && items.iter().all(|(a, ..)| a.is_some()) => {
                        for (k, (area, item, _)) in items.into_iter().enumerate() {
                            let area = area.expect("checked");
                            b.add_annex_item(area, item, format!("附件表格第 {} 行", k + 1), body_items[area.index()]);
                        }
                    }
                    _ => b.keep(format!("{label}（表格）"), join(lines, rows)),
                },
                Piece::Text(i) => b.keep(label.into(), lines[i].text.clone()),
                Piece::Numbered(head, more) | Piece::Led(_, head, more) => {
                    b.keep(label.into(), join(lines, std::iter::once(head).chain(more)))
                }
            }
        }
    }
    // Consecutive blocks from the same place become one.
    let mut merged: Vec<Unplaced> = Vec::new();
    for u in b.plan.unplaced.drain(..) {
        match merged.last_mut() {
            Some(last) if last.from == u.from => {
                last.text.push('\n');
                last.text.push_str(&u.text);
            }
            _ => merged.push(u),
        }
    }
    b.plan.unplaced = merged;
    b.summary.unplaced.dedup();
    b.plan.normalise();
    Imported { plan: b.plan, summary: b.summary }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_subsection_of_status_and_problems_is_imported_merged_with_its_heading() {
        let paragraphs: Vec<crate::wordplan::Paragraph> = [
            "某某县卫生健康局推进社会公益事业建设领域政府信息公开工作方案",
            "为贯彻落实国办发〔2018〕10号文件精神，制定本方案。",
            "一、现状分析及思路目标",
            "（一）我县工作现状和存在的问题",
            "近年来我局在门户网站开设专栏，但公开标准不统一。",
            "（二）总体思路",
            "以问题为导向，梳理公开事项。",
            "二、主要任务及具体措施",
            "（一）重点领域公开事项",
            "公开医疗卫生信息。",
            "三、组织保障和监督考核",
            "（一）加强组织领导",
            "成立领导小组。",
        ]
        .iter()
        .map(|t| crate::wordplan::Paragraph { text: (*t).into(), ..Default::default() })
        .collect();
        let plan = import(&super::super::structure::analyse(&paragraphs)).plan;
        assert!(plan.headings.merge_status_problems);
        assert!(plan.analysis.status.starts_with("近年来") && plan.analysis.problems.is_empty());
        assert_eq!(plan.numbered_heading(TextPart::Status).as_deref(), Some("（一）我县工作现状和存在的问题"));
        assert_eq!(plan.numbered_heading(TextPart::Approach).as_deref(), Some("（二）总体思路"));
        assert!(!plan.headings.own.contains_key(&TextPart::Leadership), "the template's own wording");
    }

    #[test]
    fn units_in_every_common_form() {
        let u = units_in("责任单位：区民政局牵头，区教育局、人社局，残联配合");
        assert_eq!(u.leads, ["区民政局"]);
        assert_eq!(u.partners, ["区教育局", "人社局", "残联"]);
        let u = units_in("责任单位：区财政局、农林水局，各镇人民政府、山腰街道办事处");
        assert_eq!(u.leads, ["区财政局", "农林水局"]);
        assert_eq!(u.partners, ["各镇人民政府", "山腰街道办事处"]);
        let u = units_in("及时公开疫情信息，由疾病预防控制科牵头，市疾控中心配合。");
        assert_eq!((u.leads, u.partners), (vec!["疾病预防控制科".to_string()], vec!["市疾控中心".to_string()]));
        assert_eq!(units_in("由学前教育科负责。").leads, ["学前教育科"]);
        assert!(units_in("加强组织领导。").leads.is_empty());
    }

    #[test]
    fn items_from_numbered_paragraphs_with_labelled_fields() {
        let item =
            item_from("城乡低保信息。公开最低生活保障标准和审批结果。责任单位：社会救助处牵头，规划财务处配合。");
        assert_eq!(item.name, "城乡低保信息");
        assert_eq!(item.content, "公开最低生活保障标准和审批结果。");
        assert_eq!(item.units.leads, ["社会救助处"]);
        assert_eq!(item.units.partners, ["规划财务处"]);
        let item = item_from(
            "学生资助信息：公开内容：资助政策和标准；公开方式：门户网站、微信公众号、学校公告栏、家长会；公开时限：信息形成之日起20个工作日内；公开对象：申请人本人；信息类别：服务、结果",
        );
        assert_eq!(item.name, "学生资助信息");
        assert_eq!(item.content, "资助政策和标准");
        assert_eq!(item.channels, [Channel::Portal, Channel::NewMedia, Channel::NoticeBoard]);
        assert_eq!(item.channel_other, "家长会");
        assert_eq!(item.time_limit, "信息形成之日起20个工作日内");
        assert_eq!(item.audience, Audience::group("申请人本人"));
        assert_eq!(item.categories, [InfoCategory::Service, InfoCategory::Result]);
        assert_eq!(item.mode, DisclosureMode::Active);

        let item = item_from(
            "低保审批结果：公开依据：《社会救助暂行办法》；公开标准：精确到户；公开方式：依申请公开；公开渠道：门户网站；公开层级：县、乡",
        );
        assert_eq!(item.basis, "《社会救助暂行办法》");
        assert_eq!(item.standard, "精确到户");
        assert_eq!(item.mode, DisclosureMode::OnRequest);
        assert_eq!(item.channels, [Channel::Portal], "依申请公开 is the mode, not a channel");
        assert_eq!(item.channel_other, "");
        assert_eq!(item.levels, [Level::County, Level::Township]);
    }

    /// A paragraph's text and its cell as (table, row, column).
    type Para<'a> = (&'a str, Option<(usize, usize, usize)>);

    /// A plan read from paragraphs.
    fn imported(paragraphs: &[Para]) -> Plan {
        let paragraphs: Vec<crate::wordplan::Paragraph> = paragraphs
            .iter()
            .map(|(t, cell)| crate::wordplan::Paragraph {
                label: String::new(),
                text: (*t).into(),
                outline: None,
                cell: cell.map(|(table, row, column)| crate::wordplan::Cell { table, row, column }),
                ..Default::default()
            })
            .collect();
        import(&super::super::structure::analyse(&paragraphs)).plan
    }

    /// Title, preamble and section 一, then the given lines under 二, then section 三.
    fn plan_with_tasks(tasks: &[Para]) -> Plan {
        let mut all = vec![
            ("某某县民政局推进社会公益事业建设领域政府信息公开工作方案", None),
            ("为贯彻落实国办发〔2018〕10号文件精神，制定本方案。", None),
            ("一、现状分析及思路目标", None),
            ("（一）工作现状", None),
            ("近年来我局在门户网站开设专栏。", None),
            ("二、主要任务及具体措施", None),
        ];
        all.extend_from_slice(tasks);
        all.extend([("三、组织保障和监督考核", None), ("（一）加强组织领导", None), ("成立领导小组。", None)]);
        imported(&all)
    }

    fn items(plan: &Plan, area: Area) -> Vec<Item> {
        plan.tasks.areas.iter().find(|a| a.area == area).map(|a| a.items.clone()).unwrap_or_default()
    }

    #[test]
    fn a_safeguards_section_without_subsections_is_shared_out_by_its_sentences() {
        let parts = safeguard_parts(
            "厅政务公开领导小组统筹推进本方案落实，办公室负责日常协调；将落实情况纳入年度绩效考核，\
             组织开展第三方评估；群众可通过“厅长信箱”栏目和监督电话020-83333020投诉举报；\
             厅机关纪委对各处室落实情况开展监督检查。对工作不力的通报批评。",
        );
        let got: Vec<(TextPart, &str)> = parts.iter().map(|(p, t)| (*p, t.as_str())).collect();
        assert_eq!(
            got,
            [
                (TextPart::Leadership, "厅政务公开领导小组统筹推进本方案落实，办公室负责日常协调；"),
                (TextPart::Assessment, "将落实情况纳入年度绩效考核，组织开展第三方评估；"),
                (TextPart::Complaints, "群众可通过“厅长信箱”栏目和监督电话020-83333020投诉举报；"),
                (TextPart::Supervision, "厅机关纪委对各处室落实情况开展监督检查。对工作不力的通报批评。"),
            ]
        );
        // Nothing named: all of it is 加强组织领导, as before.
        assert_eq!(
            safeguard_parts("各单位要高度重视。认真抓好落实。"),
            [(TextPart::Leadership, "各单位要高度重视。认真抓好落实。".to_string())]
        );
    }

    #[test]
    fn a_field_label_counts_only_when_a_colon_or_verb_follows_it() {
        let item = item_from("社会救助信息。重点公开低保信息。\n公开方式方法要因事制宜，注重实效。");
        assert_eq!(item.content, "重点公开低保信息。公开方式方法要因事制宜，注重实效。");
        assert!(item.channels.is_empty());
        let item = item_from("城乡低保信息。公开低保标准；公开方式：政府网站、公示栏");
        assert_eq!(item.content, "公开低保标准");
        assert!(!item.channels.is_empty(), "{item:?}");
        let item = item_from("城乡低保信息。公开低保标准；公开时限为20个工作日");
        assert_eq!((item.content.as_str(), item.time_limit.as_str()), ("公开低保标准", "20个工作日"));
    }

    #[test]
    fn unit_notes_in_brackets_go_to_the_units_and_leave_the_content() {
        let item = item_from("城乡低保信息。公开低保标准和审批结果。（责任单位：社会救助股）");
        assert_eq!((item.name.as_str(), item.content.as_str()), ("城乡低保信息", "公开低保标准和审批结果。"));
        assert_eq!((item.units.leads, item.units.partners), (vec!["社会救助股".to_string()], vec![]));
        let item = item_from("城乡低保信息。公开低保标准。(责任单位：社会救助股牵头，社会福利股、各镇（街道）配合)");
        assert_eq!(item.content, "公开低保标准。");
        assert_eq!(item.units.leads, ["社会救助股"]);
        assert_eq!(item.units.partners, ["社会福利股", "各镇（街道）"]);
        let item = item_from("灾情信息。及时发布灾情信息（救灾处负责）");
        assert_eq!(
            (item.content.as_str(), item.units.leads.as_slice()),
            ("及时发布灾情信息。", &["救灾处".to_string()][..])
        );
        // Seed 003: a note after each point; every unit named, every note gone.
        let item = item_from(
            "推进社会救助信息公开。及时公开各项政策。\n低保方面。长期公示。（社救处负责）\n老年人福利方面。公开补贴制度。(福利处负责)",
        );
        assert_eq!(item.units.leads, ["社救处", "福利处"]);
        assert_eq!(item.content, "及时公开各项政策。低保方面。长期公示。老年人福利方面。公开补贴制度。");

        let u = units_in("（牵头单位：区民政局；配合单位：区财政局、区卫健局）");
        assert_eq!(
            (u.leads, u.partners),
            (vec!["区民政局".to_string()], vec!["区财政局".to_string(), "区卫健局".to_string()])
        );
        let u = units_in("（办公室牵头，各有关处室局、直属单位按照职责分工负责）");
        assert_eq!(
            (u.leads, u.partners),
            (vec!["办公室".to_string()], vec!["各有关处室局".to_string(), "直属单位".to_string()])
        );
        let u = units_in("（各有关处室牵头落实，厅办公室、法规处配合）");
        assert_eq!(
            (u.leads, u.partners),
            (vec!["各有关处室".to_string()], vec!["厅办公室".to_string(), "法规处".to_string()])
        );
        let u = units_in("（各有关处室局按照职责分工负责，办公室配合）");
        assert_eq!((u.leads, u.partners), (vec!["各有关处室局".to_string()], vec!["办公室".to_string()]));
        assert!(units_in("公开低保对象名单（隐去身份证号码）").leads.is_empty(), "not a note");
        assert!(is_units_line("（责任单位：社会救助股）") && is_units_line("责任单位：救灾救济股。"));
        assert!(!is_units_line("公开低保标准。（社会救助股负责）"));
    }

    #[test]
    fn a_responsibility_table_puts_every_column_in_its_field() {
        // Seed 004's layout with 序号 and 领域 columns, a merged 领域 cell and a row naming an area.
        let cell = |row, column| Some((0, row, column));
        let plan = plan_with_tasks(&[
            ("（一）重点领域公开事项。具体分工如下表：", None),
            ("序号", cell(0, 0)),
            ("重点领域", cell(0, 1)),
            ("信息公开内容", cell(0, 2)),
            ("公开具体要求", cell(0, 3)),
            ("责任单位", cell(0, 4)),
            ("1", cell(1, 0)),
            ("社会救助和社会福利", cell(1, 1)),
            ("城乡低保信息", cell(1, 2)),
            ("公开低保标准、申请条件和审批结果", cell(1, 2)),
            ("政策文件形成之日起20个工作日内公开", cell(1, 3)),
            ("社会救助股牵头，各镇人民政府配合", cell(1, 4)),
            ("2", cell(2, 0)),
            ("", cell(2, 1)),
            ("特困人员救助供养信息", cell(2, 2)),
            ("每年1月底前公开上年度资金发放情况", cell(2, 3)),
            ("社会救助股", cell(2, 4)),
            ("灾害事故救援领域", cell(3, 0)),
            ("3", cell(4, 0)),
            ("", cell(4, 1)),
            ("救灾款物信息", cell(4, 2)),
            ("公开救助款物的数量和使用情况", cell(4, 2)),
            ("款物分配后10个工作日内公开", cell(4, 3)),
            ("救灾救济股", cell(4, 4)),
        ]);
        let social = items(&plan, Area::SocialAssistance);
        assert_eq!(social.len(), 2);
        assert_eq!(social[0].name, "城乡低保信息");
        assert_eq!(social[0].content, "公开低保标准、申请条件和审批结果\n政策文件形成之日起20个工作日内公开");
        assert_eq!(
            (social[0].units.leads.as_slice(), social[0].units.partners.as_slice()),
            (&["社会救助股".to_string()][..], &["各镇人民政府".to_string()][..])
        );
        assert_eq!(
            (social[1].name.as_str(), social[1].content.as_str()),
            ("特困人员救助供养信息", "每年1月底前公开上年度资金发放情况")
        );
        let disaster = items(&plan, Area::DisasterRelief);
        assert_eq!(disaster.len(), 1);
        assert_eq!(disaster[0].name, "救灾款物信息");
        assert_eq!(disaster[0].content, "公开救助款物的数量和使用情况\n款物分配后10个工作日内公开");

        // 公开事项 | 公开内容 | 公开时限 | 牵头单位 | 配合单位 | 备注: lead and partner columns apart, the
        // remark kept with its header.
        let plan = plan_with_tasks(&[
            ("（一）社会救助和社会福利领域", None),
            ("公开事项", cell(0, 0)),
            ("公开内容", cell(0, 1)),
            ("公开时限", cell(0, 2)),
            ("牵头单位", cell(0, 3)),
            ("配合单位", cell(0, 4)),
            ("备注", cell(0, 5)),
            ("临时救助", cell(1, 0)),
            ("救助对象范围和救助标准", cell(1, 1)),
            ("实时公开", cell(1, 2)),
            ("社会救助股", cell(1, 3)),
            ("各镇人民政府、山腰街道办事处", cell(1, 4)),
            ("隐去个人隐私信息", cell(1, 5)),
        ]);
        let social = items(&plan, Area::SocialAssistance);
        assert_eq!(social.len(), 1);
        assert_eq!(social[0].name, "临时救助");
        assert_eq!(social[0].content, "救助对象范围和救助标准\n备注：隐去个人隐私信息");
        assert_eq!(social[0].time_limit, "实时公开");
        assert_eq!(social[0].units.leads, ["社会救助股"]);
        assert_eq!(social[0].units.partners, ["各镇人民政府", "山腰街道办事处"]);
    }

    #[test]
    fn points_under_an_item_are_its_content_and_a_units_line_names_every_item() {
        // c04: an area line, its ⑴⑵ points, then its 责任单位 line.
        let plan = plan_with_tasks(&[
            ("（一）重点领域信息公开", None),
            ("1、社会救助和社会福利领域", None),
            ("⑴全面公开救助对象认定、救助标准。", None),
            ("⑵公开方式方法要因事制宜。", None),
            ("责任单位：社会救助股牵头，社会福利股配合。", None),
            ("2、灾害事故救援领域", None),
            ("（1）准确及时发布灾情信息。", None),
            ("（2）及时发布灾害救助需求信息。", None),
            ("（责任单位：救灾救济股）", None),
        ]);
        let social = items(&plan, Area::SocialAssistance);
        assert_eq!(social.len(), 1, "{social:?}");
        assert_eq!(social[0].name, "社会救助和社会福利领域");
        assert_eq!(social[0].content, "⑴全面公开救助对象认定、救助标准。⑵公开方式方法要因事制宜。");
        assert_eq!(
            (social[0].units.leads.as_slice(), social[0].units.partners.as_slice()),
            (&["社会救助股".to_string()][..], &["社会福利股".to_string()][..])
        );
        let disaster = items(&plan, Area::DisasterRelief);
        assert_eq!(disaster.len(), 1, "{disaster:?}");
        assert_eq!(disaster[0].content, "（1）准确及时发布灾情信息。（2）及时发布灾害救助需求信息。");
        assert_eq!(disaster[0].units.leads, ["救灾救济股"]);

        // Points that are the items themselves (under an area's heading): the 责任单位 line after
        // them is every item's, not only the last one's.
        let plan = plan_with_tasks(&[
            ("（一）灾害事故救援领域", None),
            ("1.灾情信息。准确及时发布灾情信息。", None),
            ("2.救灾款物信息。公开救助款物使用情况。", None),
            ("责任单位：救灾救济股。", None),
        ]);
        let disaster = items(&plan, Area::DisasterRelief);
        assert_eq!(disaster.iter().map(|i| i.name.as_str()).collect::<Vec<_>>(), ["灾情信息", "救灾款物信息"]);
        assert!(disaster.iter().all(|i| i.units.leads == ["救灾救济股"]), "{disaster:?}");
        assert_eq!(disaster[1].content, "公开救助款物使用情况。");
    }

    #[test]
    fn paragraphs_led_by_an_area_name_are_its_items() {
        // c02: no numbers, each area one paragraph led by its name, units in a note.
        let plan = plan_with_tasks(&[
            ("（一）重点领域信息公开", None),
            ("结合我局职责，重点推进社会救助和社会福利、灾害事故救援、脱贫攻坚三个领域政府信息公开。", None),
            ("社会救助和社会福利领域。一是全面公开救助标准；二是公开方式方法要因事制宜。", None),
            ("（社会救助股牵头，社会福利股、各镇人民政府配合负责）", None),
            ("灾害事故救援领域。一是准确及时发布灾情信息。（救灾救济股负责）", None),
            ("脱贫攻坚領域。及时公开兜底保障对象认定标准。（责任单位：社会救助股）", None),
            ("（二）细化决策、管理和服务信息公开", None),
            ("全面公开基本公共服务的项目清单。", None),
        ]);
        let social = items(&plan, Area::SocialAssistance);
        assert_eq!(social.len(), 1, "{social:?}");
        assert_eq!(social[0].name, "社会救助和社会福利领域");
        assert_eq!(social[0].content, "一是全面公开救助标准；二是公开方式方法要因事制宜。");
        assert_eq!(social[0].units.leads, ["社会救助股"]);
        assert_eq!(social[0].units.partners, ["社会福利股", "各镇人民政府"], "配合负责 is a partner's");
        let disaster = items(&plan, Area::DisasterRelief);
        assert_eq!((disaster.len(), disaster[0].units.leads.as_slice()), (1, &["救灾救济股".to_string()][..]));
        let poverty = items(&plan, Area::PovertyAlleviation);
        assert_eq!(poverty.len(), 1, "{poverty:?}");
        assert_eq!(
            (poverty[0].name.as_str(), poverty[0].units.leads.as_slice()),
            ("脱贫攻坚領域", &["社会救助股".to_string()][..])
        );
        assert!(plan.tasks.areas.iter().filter(|a| a.selected).count() == 3);
        assert!(plan.unplaced.iter().any(|u| u.text.contains("三个领域")), "the introduction is kept");

        // Numbered (`1、`, `1）`, `2)`), the same items.
        for (one, two) in [("1、", "2、"), ("1）", "2）"), ("1)", "2)")] {
            let plan = plan_with_tasks(&[
                ("（一）重点领域信息公开", None),
                (&format!("{one}社会救助和社会福利领域。全面公开救助标准。（责任单位：社会救助股）"), None),
                (&format!("{two}灾害事故救援领域。准确及时发布灾情信息。（责任单位：救灾救济股）"), None),
            ]);
            assert_eq!(items(&plan, Area::SocialAssistance)[0].name, "社会救助和社会福利领域", "{one}");
            assert_eq!(items(&plan, Area::DisasterRelief)[0].units.leads, ["救灾救济股"], "{one}");
        }
    }

    #[test]
    fn a_tasks_section_without_subsections_gives_items_by_area() {
        // Paragraphs led by an area's name; the others stay unplaced.
        let plan = plan_with_tasks(&[
            ("结合我局职责，重点推进以下工作。", None),
            ("社会救助和社会福利领域。全面公开救助标准。", None),
            ("责任单位：社会救助股。", None),
            ("灾害事故救援领域。准确及时发布灾情信息。", None),
            ("细化决策、管理和服务信息公开。全面公开服务指南，社会救助政策及时解读。", None),
        ]);
        let social = items(&plan, Area::SocialAssistance);
        assert_eq!(social.len(), 1, "{social:?}");
        assert_eq!(
            (social[0].content.as_str(), social[0].units.leads.as_slice()),
            ("全面公开救助标准。", &["社会救助股".to_string()][..])
        );
        assert_eq!(items(&plan, Area::DisasterRelief).len(), 1);
        let kept: Vec<&str> = plan.unplaced.iter().map(|u| u.text.as_str()).collect();
        assert_eq!(
            kept,
            [
                "结合我局职责，重点推进以下工作。\n细化决策、管理和服务信息公开。全面公开服务指南，社会救助政策及时解读。"
            ]
        );

        // c03: a table 主要任务 | 具体措施 with `责任单位：…` in the right cell; a row whose task names
        // no area is kept, though its measures name one.
        let cell = |row, column| Some((0, row, column));
        let plan = plan_with_tasks(&[
            ("明确以下重点任务和具体措施：", None),
            ("主要任务", cell(0, 0)),
            ("具体措施", cell(0, 1)),
            ("推进社会救助和社会福利领域信息公开", cell(1, 0)),
            ("1.全面公开救助对象认定、救助标准。", cell(1, 1)),
            ("2.公开方式方法要因事制宜。", cell(1, 1)),
            ("责任单位：社会救助股牵头，社会福利股配合", cell(1, 1)),
            ("推进灾害事故救援领域信息公开", cell(2, 0)),
            ("准确及时发布灾情信息（救灾救济股负责）", cell(2, 1)),
            ("公开执行和结果信息", cell(3, 0)),
            ("主动公开社会救助政策落实情况。", cell(3, 1)),
        ]);
        let social = items(&plan, Area::SocialAssistance);
        assert_eq!(social.len(), 1, "{social:?}");
        assert_eq!(social[0].name, "推进社会救助和社会福利领域信息公开");
        assert_eq!(social[0].content, "1.全面公开救助对象认定、救助标准。\n2.公开方式方法要因事制宜");
        assert_eq!(
            (social[0].units.leads.as_slice(), social[0].units.partners.as_slice()),
            (&["社会救助股".to_string()][..], &["社会福利股".to_string()][..])
        );
        let disaster = items(&plan, Area::DisasterRelief);
        assert_eq!(
            (disaster[0].content.as_str(), disaster[0].units.leads.as_slice()),
            ("准确及时发布灾情信息", &["救灾救济股".to_string()][..])
        );
        let kept: Vec<&str> = plan.unplaced.iter().map(|u| u.text.as_str()).collect();
        assert_eq!(kept, ["明确以下重点任务和具体措施：\n公开执行和结果信息\n主动公开社会救助政策落实情况。"]);

        // 重点任务 | 工作措施 | 责任单位 under a subsection.
        let plan = plan_with_tasks(&[
            ("（一）重点领域信息公开", None),
            ("重点任务", cell(0, 0)),
            ("工作措施", cell(0, 1)),
            ("责任单位", cell(0, 2)),
            ("脱贫攻坚领域", cell(1, 0)),
            ("公开兜底保障对象认定标准", cell(1, 1)),
            ("社会救助股", cell(1, 2)),
        ]);
        let poverty = items(&plan, Area::PovertyAlleviation);
        assert_eq!(poverty.len(), 1, "{poverty:?}");
        assert_eq!(
            (poverty[0].content.as_str(), poverty[0].units.leads.as_slice()),
            ("公开兜底保障对象认定标准", &["社会救助股".to_string()][..])
        );
    }

    #[test]
    fn traditional_unit_notes_are_read_like_simplified_ones() {
        let item = item_from("城鄉低保信息。公開低保標準。責任單位：社會救助處牽頭，規劃財務處配合。");
        assert_eq!(item.content, "公開低保標準。");
        assert_eq!(
            (item.units.leads.as_slice(), item.units.partners.as_slice()),
            (&["社會救助處".to_string()][..], &["規劃財務處".to_string()][..])
        );
        let item = item_from("災情信息。及時發布災情信息（救災處負責）");
        assert_eq!(
            (item.content.as_str(), item.units.leads.as_slice()),
            ("及時發布災情信息。", &["救災處".to_string()][..])
        );
        let u = units_in("（牽頭單位：區民政局；配合單位：區財政局）");
        assert_eq!((u.leads, u.partners), (vec!["區民政局".to_string()], vec!["區財政局".to_string()]));
        assert_eq!(units_in("由學前教育科負責。").leads, ["學前教育科"]);
        assert!(is_units_line("責任單位：救災救濟股。") && is_units_line("（社會救助股負責）"));
        let item = item_from("學生資助信息：公開內容：資助政策；公開時限為20個工作日");
        assert_eq!((item.content.as_str(), item.time_limit.as_str()), ("資助政策", "20個工作日"));
    }

    #[test]
    fn merged_and_multi_paragraph_unit_cells_and_bare_area_cells() {
        let cell = |row, column| Some((0, row, column));
        let plan = plan_with_tasks(&[
            ("（一）重点领域信息公开", None),
            ("序号", cell(0, 3)),
            ("重点领域", cell(0, 0)),
            ("信息公开内容", cell(0, 1)),
            ("责任单位", cell(0, 2)),
            ("1", cell(1, 3)),
            ("脱贫攻坚", cell(1, 0)),
            ("扶贫政策和规划信息", cell(1, 1)),
            ("区农林水局", cell(1, 2)),
            ("（区扶贫办）", cell(1, 2)),
            // The units cell above is merged down (the reader gives an empty cell).
            ("2", cell(2, 3)),
            ("", cell(2, 0)),
            ("扶贫项目信息", cell(2, 1)),
            ("", cell(2, 2)),
            ("3", cell(3, 3)),
            ("", cell(3, 0)),
            ("扶贫资金分配和使用", cell(3, 1)),
            ("区财政局牵头", cell(3, 2)),
            ("区农林水局配合", cell(3, 2)),
            // A bare short label names the area; a new area's row does not inherit units.
            ("4", cell(4, 3)),
            ("教育", cell(4, 0)),
            ("学生资助信息", cell(4, 1)),
            ("各镇（街道）", cell(4, 2)),
        ]);
        let poverty = items(&plan, Area::PovertyAlleviation);
        assert_eq!(poverty.len(), 3, "{poverty:?}");
        assert_eq!(poverty[0].units.leads, ["区农林水局", "区扶贫办"]);
        assert_eq!(poverty[1].units.leads, ["区农林水局", "区扶贫办"], "carried down");
        assert_eq!(poverty[2].units.leads, ["区财政局"]);
        assert_eq!(poverty[2].units.partners, ["区农林水局"]);
        let education = items(&plan, Area::Education);
        assert_eq!(education.len(), 1, "{education:?}");
        assert_eq!(education[0].units.leads, ["各镇（街道）"]);
        for item in poverty.iter().chain(&education) {
            assert!(item.units.leads.iter().chain(&item.units.partners).all(|u| !u.contains('\n')));
        }
    }

    #[test]
    fn an_annex_row_repeating_an_area_paragraph_cut_short_fills_the_area_item() {
        let cell = |row, column| Some((0, row, column));
        let plan = imported(&[
            ("某某县民政局推进社会公益事业建设领域政府信息公开工作方案", None),
            ("为贯彻落实国办发〔2018〕10号文件精神，制定本方案。", None),
            ("一、现状分析及思路目标", None),
            ("（一）工作现状", None),
            ("近年来我局在门户网站开设专栏。", None),
            ("二、主要任务及具体措施", None),
            ("（一）重点领域信息公开", None),
            (
                "社会救助和社会福利领域。重点围绕城乡低保、特困人员救助供养、受灾人员救助、医疗救助、临时救助、老年人福利等信息，做好公开工作。",
                None,
            ),
            ("三、组织保障和监督考核", None),
            ("（一）加强组织领导", None),
            ("成立领导小组。", None),
            ("（二）开展考核评估", None),
            ("将信息公开纳入绩效考核。公布投诉举报电话0595-87981234，接受群众监督。", None),
            ("某某县民政局", None),
            ("2018年11月2日", None),
            ("附件1", None),
            ("重点领域信息公开责任分工表", None),
            ("重点领域", cell(0, 0)),
            ("公开内容", cell(0, 1)),
            ("责任单位", cell(0, 2)),
            ("社会救助和社会福利领域", cell(1, 0)),
            ("重点围绕城乡低保、特困人员救助供养、受灾人员救助、医疗救助、临时救助、老年人福利", cell(1, 1)),
            ("社会救助股牵头，社会福利股配合", cell(1, 2)),
            ("社会救助和社会福利领域", cell(2, 0)),
            ("临时救助对象范围、救助标准", cell(2, 1)),
            ("社会救助股", cell(2, 2)),
        ]);
        let social = items(&plan, Area::SocialAssistance);
        assert_eq!(social.len(), 2, "the cut-short row fills the body item, the other is new: {social:?}");
        assert_eq!(social[0].units.leads, ["社会救助股"]);
        assert_eq!(social[0].units.partners, ["社会福利股"]);
        assert_eq!(social[1].name, "临时救助对象范围、救助标准");
        // The complaint phone written under 考核评估 is the channel part's text too.
        assert!(plan.safeguards.complaints.contains("0595-87981234"), "{:?}", plan.safeguards);
        assert!(plan.safeguards.assessment.contains("0595-87981234"));
    }

    #[test]
    fn an_annex_table_repeating_the_body_items_only_fills_what_they_lack() {
        let cell = |row, column| Some((0, row, column));
        let plan = imported(&[
            ("某某县民政局推进社会公益事业建设领域政府信息公开工作方案", None),
            ("为贯彻落实国办发〔2018〕10号文件精神，制定本方案。", None),
            ("一、现状分析及思路目标", None),
            ("（一）工作现状", None),
            ("近年来我局在门户网站开设专栏。", None),
            ("二、主要任务及具体措施", None),
            ("（一）重点领域信息公开", None),
            ("1.社会救助和社会福利领域。公开低保标准和审批结果。", None),
            ("2.灾害事故救援领域。准确及时发布灾情信息。（救灾救济股负责）", None),
            ("三、组织保障和监督考核", None),
            ("（一）加强组织领导", None),
            ("成立领导小组。", None),
            ("某某县民政局", None),
            ("2018年11月2日", None),
            ("附件1", None),
            ("重点领域信息公开责任分工表", None),
            ("信息公开内容", cell(0, 0)),
            ("公开具体要求", cell(0, 1)),
            ("责任单位", cell(0, 2)),
            ("社会救助和社会福利", cell(1, 0)),
            ("公开低保标准和审批结果", cell(1, 1)),
            ("社会救助股牵头，各镇人民政府配合", cell(1, 2)),
            ("灾害事故救援领域", cell(2, 0)),
            ("准确及时发布灾情信息", cell(2, 1)),
            ("救灾救济股", cell(2, 2)),
            ("脱贫攻坚领域", cell(3, 0)),
            ("公开兜底保障对象认定标准", cell(3, 1)),
            ("社会救助股", cell(3, 2)),
        ]);
        let social = items(&plan, Area::SocialAssistance);
        assert_eq!(social.len(), 1, "{social:?}");
        assert_eq!(social[0].content, "公开低保标准和审批结果。", "the body's");
        assert_eq!(social[0].units.leads, ["社会救助股"], "the annex's, the body having none");
        assert_eq!(social[0].units.partners, ["各镇人民政府"]);
        assert_eq!(items(&plan, Area::DisasterRelief).len(), 1);
        let poverty = items(&plan, Area::PovertyAlleviation);
        assert_eq!(poverty.len(), 1, "an area the body lacks");
        assert_eq!(poverty[0].units.leads, ["社会救助股"]);
        assert!(
            same_name("社会救助和社会福利领域", "社会救助和社会福利") && !same_name("低保信息", "低保审批结果信息")
        );
    }

    #[test]
    fn a_table_with_a_title_row_spanning_it_reads_its_header_below() {
        // A shaded title row across the table, then the header, then an area row across it.
        let cell = |row, column| Some((0, row, column));
        let plan = plan_with_tasks(&[
            ("（一）重点领域公开事项。具体分工如下表：", None),
            ("某局重点领域信息公开事项分工表", cell(0, 0)),
            ("序号", cell(1, 0)),
            ("公开事项", cell(1, 1)),
            ("公开内容", cell(1, 2)),
            ("责任单位", cell(1, 3)),
            ("社会救助和社会福利领域", cell(2, 0)),
            ("1", cell(3, 0)),
            ("城乡低保信息", cell(3, 1)),
            ("公开低保标准、申请条件和审批结果", cell(3, 2)),
            ("社会救助股牵头，各镇人民政府配合", cell(3, 3)),
        ]);
        let social = items(&plan, Area::SocialAssistance);
        assert_eq!(social.len(), 1, "{social:?}");
        assert_eq!(social[0].name, "城乡低保信息");
        assert_eq!(social[0].content, "公开低保标准、申请条件和审批结果");
        assert_eq!(social[0].units.leads, ["社会救助股"]);
    }

    #[test]
    fn a_table_with_the_areas_as_columns_gives_an_item_per_area() {
        let cell = |row, column| Some((0, row, column));
        let plan = plan_with_tasks(&[
            ("（一）重点领域信息公开。见下表：", None),
            ("项目", cell(0, 0)),
            ("社会救助和社会福利领域", cell(0, 1)),
            ("灾害事故救援领域", cell(0, 2)),
            ("公开内容", cell(1, 0)),
            ("公开低保标准、申请条件和审批结果", cell(1, 1)),
            ("发布灾害应急处置与救援信息", cell(1, 2)),
            ("公开时限", cell(2, 0)),
            ("信息形成后20个工作日内", cell(2, 1)),
            ("灾害发生后24小时内", cell(2, 2)),
            ("责任单位", cell(3, 0)),
            ("社会救助股牵头，社会福利股配合", cell(3, 1)),
            ("救灾救济股", cell(3, 2)),
        ]);
        let social = items(&plan, Area::SocialAssistance);
        assert_eq!(social.len(), 1, "{social:?}");
        assert_eq!(social[0].name, "社会救助和社会福利领域");
        assert!(social[0].content.starts_with("公开低保标准"), "{:?}", social[0]);
        assert_eq!(social[0].units.leads, ["社会救助股"]);
        assert_eq!(social[0].units.partners, ["社会福利股"]);
        let disaster = items(&plan, Area::DisasterRelief);
        assert_eq!(disaster.len(), 1);
        assert_eq!(disaster[0].units.leads, ["救灾救济股"]);
        assert!(format!("{:?}", disaster[0]).contains("24小时"), "{:?}", disaster[0]);
    }
}
