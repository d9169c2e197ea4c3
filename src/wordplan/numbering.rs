//! Word's automatic numbering (ECMA-376 Part 1, §17.9): the number a numbered paragraph shows,
//! which is not in its text but in `numbering.xml`, reached directly (`w:pPr/w:numPr`) or through
//! the paragraph style (`w:pStyle`, its `w:basedOn` chain, or a level linked to the style).
//!
//! Counters run per abstract numbering definition, so list instances of one definition continue
//! each other, as in Word; an instance with a `w:startOverride` keeps counters of its own. A level
//! restarts when a higher level advances unless `w:lvlRestart` says otherwise. The Chinese
//! formats render as Word renders them (OpenXML PowerTools' zh-CN list text): `chineseCounting`
//! gives 十, 十一, 二十一 and digit by digit from 100 (一○一); `chineseCountingThousand` gives
//! 一百零一-style numbers with 〇.

use std::collections::HashMap;

use super::xml::{Event, Reader, Tag, local};

/// Levels of a list (ilvl 0–8).
const LEVELS: usize = 9;
/// How far a `w:basedOn` chain is followed (cycles in damaged files end here).
const MAX_CHAIN: usize = 16;

/// One level of a numbering definition.
#[derive(Clone, Debug, Default)]
struct Level {
    start: i64,
    format: String,
    text: Option<String>,
    /// `w:lvlRestart`: None = restart after any higher level; 0 = never.
    restart: Option<u32>,
    legal: bool,
    /// The paragraph style linked to this level (`w:pStyle` inside `w:lvl`).
    style: Option<String>,
}

#[derive(Clone, Debug, Default)]
struct Abstract {
    levels: Vec<Option<Level>>,
    /// `w:numStyleLink`: the levels live in the definition of that numbering style.
    num_style_link: Option<String>,
}

#[derive(Clone, Debug, Default)]
struct Instance {
    abstract_id: u32,
    /// Per level: a start override, and/or a whole level replaced.
    starts: HashMap<usize, i64>,
    levels: HashMap<usize, Level>,
}

/// A paragraph style's numbering and heading facts.
#[derive(Clone, Debug, Default)]
struct Style {
    based_on: Option<String>,
    num_id: Option<u32>,
    ilvl: Option<usize>,
    outline: Option<u8>,
    name: String,
}

/// The paragraph styles of a document (`styles.xml`).
#[derive(Clone, Debug, Default)]
pub struct Styles {
    styles: HashMap<String, Style>,
    /// The style of paragraphs that name none.
    default_paragraph: Option<String>,
}

/// Which list and level a paragraph belongs to, as written on the paragraph.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct NumRef {
    pub num_id: Option<u32>,
    pub ilvl: Option<usize>,
}

fn int<T: std::str::FromStr>(tag: &Tag, name: &str) -> Option<T> {
    tag.attr(name).and_then(|v| v.trim().parse().ok())
}

/// `w:val` of an on/off property (`<w:isLgl/>` is on; `w:val="0"|"false"|"off"` is off).
pub fn on(tag: &Tag) -> bool {
    !matches!(tag.attr("val").as_deref(), Some("0" | "false" | "off"))
}

impl Styles {
    pub fn parse(xml: &str) -> Styles {
        let mut styles = Styles::default();
        let mut current: Option<(String, Style)> = None;
        let mut skip = 0usize;
        for event in Reader::new(xml) {
            match event {
                Event::Start(tag) => {
                    let name = local(tag.name);
                    if skip > 0 {
                        skip += usize::from(!tag.empty);
                        continue;
                    }
                    match name {
                        "style" => {
                            let paragraph = tag.attr("type").is_none_or(|t| t == "paragraph" || t == "numbering");
                            if let (true, Some(id)) = (paragraph, tag.attr("styleId")) {
                                if tag.attr("default").is_some_and(|d| d == "1" || d == "true")
                                    && tag.attr("type").as_deref() == Some("paragraph")
                                {
                                    styles.default_paragraph = Some(id.to_string());
                                }
                                current = Some((id.into_owned(), Style::default()));
                            }
                        }
                        // Changes tracked on style properties hold the old values.
                        "pPrChange" | "rPr" | "tblPr" | "trPr" | "tcPr" | "tblStylePr" if !tag.empty => skip = 1,
                        _ => {
                            if let Some((_, style)) = current.as_mut() {
                                match name {
                                    "basedOn" => style.based_on = tag.attr("val").map(|v| v.into_owned()),
                                    "name" => {
                                        style.name = tag.attr("val").map(|v| v.to_lowercase()).unwrap_or_default()
                                    }
                                    "numId" => style.num_id = int(&tag, "val"),
                                    "ilvl" => style.ilvl = int(&tag, "val"),
                                    "outlineLvl" => style.outline = int(&tag, "val"),
                                    _ => {}
                                }
                            }
                        }
                    }
                }
                Event::End(name) => {
                    if skip > 0 {
                        skip -= 1;
                    } else if local(name) == "style"
                        && let Some((id, style)) = current.take()
                    {
                        styles.styles.insert(id, style);
                    }
                }
                Event::Text(_) => {}
            }
        }
        styles
    }

    /// The style chain from `id` (or the default paragraph style) up its `w:basedOn` links.
    fn chain<'s>(&'s self, id: Option<&'s str>) -> impl Iterator<Item = (&'s str, &'s Style)> + 's {
        let mut next = id.or(self.default_paragraph.as_deref());
        std::iter::from_fn(move || {
            let id = next?;
            let style = self.styles.get(id)?;
            next = style.based_on.as_deref();
            Some((id, style))
        })
        .take(MAX_CHAIN)
    }

    /// The numbering a paragraph of this style has, unless the paragraph says otherwise.
    fn numbering(&self, id: Option<&str>) -> NumRef {
        let mut r = NumRef::default();
        for (_, s) in self.chain(id) {
            r.num_id = r.num_id.or(s.num_id);
            r.ilvl = r.ilvl.or(s.ilvl);
        }
        r
    }

    /// Whether a paragraph of this style is part of a table of contents: a contents style
    /// (`toc 1`…`toc 9`, `TOC Heading`, WPS's `目录 1`), or a style based on one.
    pub fn is_contents(&self, id: Option<&str>) -> bool {
        let contents = |name: &str| {
            let name = name.trim().to_lowercase();
            let level = |rest: &str| rest.trim().parse::<u8>().is_ok_and(|n| (1..=9).contains(&n));
            name == "toc heading"
                || name == "目录标题"
                || name.strip_prefix("toc").is_some_and(level)
                || name.strip_prefix("目录").is_some_and(level)
        };
        // A style missing from styles.xml is known by its id only.
        id.is_some_and(|id| !self.styles.contains_key(id) && contents(id))
            || self.chain(id).any(|(_, s)| contents(&s.name))
    }

    /// The outline level (0 = heading 1) of a paragraph of this style: `w:outlineLvl`, or a
    /// built-in heading style's name (`heading 1`, `标题 1`).
    pub fn outline(&self, id: Option<&str>) -> Option<u8> {
        self.chain(id).find_map(|(_, s)| {
            s.outline.filter(|l| *l < 9).or_else(|| {
                let rest = s.name.strip_prefix("heading ").or_else(|| s.name.strip_prefix("标题 "))?;
                rest.trim().parse::<u8>().ok().filter(|n| (1..=9).contains(n)).map(|n| n - 1)
            })
        })
    }
}

/// The numbering definitions of a document (`numbering.xml`).
#[derive(Clone, Debug, Default)]
pub struct Numbering {
    abstracts: HashMap<u32, Abstract>,
    instances: HashMap<u32, Instance>,
}

impl Numbering {
    pub fn parse(xml: &str) -> Numbering {
        let mut n = Numbering::default();
        let mut abstract_def: Option<(u32, Abstract)> = None;
        let mut instance: Option<(u32, Instance)> = None;
        // The level being read: its index, and whether it belongs to an override.
        let mut level: Option<(usize, Level)> = None;
        let mut override_level: Option<usize> = None;
        let mut skip = 0usize;
        for event in Reader::new(xml) {
            match event {
                Event::Start(tag) => {
                    if skip > 0 {
                        skip += usize::from(!tag.empty);
                        continue;
                    }
                    let name = local(tag.name);
                    match name {
                        "abstractNum" => abstract_def = int(&tag, "abstractNumId").map(|id| (id, Abstract::default())),
                        "num" => instance = int(&tag, "numId").map(|id| (id, Instance::default())),
                        "lvlOverride" => override_level = int(&tag, "ilvl"),
                        "lvl" => {
                            if tag.empty {
                                continue;
                            }
                            level = int::<usize>(&tag, "ilvl").filter(|l| *l < LEVELS).map(|l| (l, Level::default()));
                        }
                        // Paragraph and run properties of a level, and changes: nothing to read.
                        "pPr" | "rPr" | "Fallback" if !tag.empty => skip = 1,
                        _ => {
                            if let Some((_, lvl)) = level.as_mut() {
                                match name {
                                    "start" => lvl.start = int(&tag, "val").unwrap_or(0),
                                    "numFmt" => {
                                        lvl.format = tag.attr("val").map(|v| v.into_owned()).unwrap_or_default()
                                    }
                                    "lvlText" => lvl.text = tag.attr("val").map(|v| v.into_owned()),
                                    "lvlRestart" => lvl.restart = int(&tag, "val"),
                                    "isLgl" => lvl.legal = on(&tag),
                                    "pStyle" => lvl.style = tag.attr("val").map(|v| v.into_owned()),
                                    _ => {}
                                }
                            } else if let Some((_, inst)) = instance.as_mut() {
                                match name {
                                    "abstractNumId" => inst.abstract_id = int(&tag, "val").unwrap_or(u32::MAX),
                                    "startOverride" => {
                                        if let (Some(l), Some(v)) = (override_level, int(&tag, "val")) {
                                            inst.starts.insert(l, v);
                                        }
                                    }
                                    _ => {}
                                }
                            } else if let Some((_, def)) = abstract_def.as_mut()
                                && name == "numStyleLink"
                            {
                                def.num_style_link = tag.attr("val").map(|v| v.into_owned());
                            }
                        }
                    }
                }
                Event::End(name) => {
                    if skip > 0 {
                        skip -= 1;
                        continue;
                    }
                    match local(name) {
                        "lvl" => {
                            if let Some((index, lvl)) = level.take() {
                                if let (Some((_, inst)), Some(_)) = (instance.as_mut(), override_level) {
                                    inst.levels.insert(index, lvl);
                                } else if let Some((_, def)) = abstract_def.as_mut() {
                                    if def.levels.len() <= index {
                                        def.levels.resize(index + 1, None);
                                    }
                                    def.levels[index] = Some(lvl);
                                }
                            }
                        }
                        "lvlOverride" => override_level = None,
                        "abstractNum" => {
                            if let Some((id, def)) = abstract_def.take() {
                                n.abstracts.insert(id, def);
                            }
                        }
                        "num" => {
                            if let Some((id, inst)) = instance.take() {
                                n.instances.insert(id, inst);
                            }
                        }
                        _ => {}
                    }
                }
                Event::Text(_) => {}
            }
        }
        n
    }

    /// The abstract definition holding the levels of an instance (following a numbering style
    /// link to the definition that carries them).
    fn levels_of(&self, inst: &Instance, styles: &Styles) -> Option<(u32, &Abstract)> {
        let mut id = inst.abstract_id;
        for _ in 0..MAX_CHAIN {
            let def = self.abstracts.get(&id)?;
            match &def.num_style_link {
                Some(link) if def.levels.iter().all(Option::is_none) => {
                    let num = styles.numbering(Some(link)).num_id?;
                    id = self.instances.get(&num)?.abstract_id;
                }
                _ => return Some((id, def)),
            }
        }
        None
    }
}

/// Which counters a list instance advances: its definition's, or its own after a start override.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
enum CounterKey {
    Abstract(u32),
    Instance(u32),
}

/// Walks the numbered paragraphs of a document in order and gives each its number text.
pub struct Counters<'a> {
    numbering: &'a Numbering,
    styles: &'a Styles,
    counters: HashMap<CounterKey, [Option<i64>; LEVELS]>,
}

impl<'a> Counters<'a> {
    pub fn new(numbering: &'a Numbering, styles: &'a Styles) -> Counters<'a> {
        Counters { numbering, styles, counters: HashMap::new() }
    }

    /// The number text of the next paragraph with this style and numbering (empty when it is
    /// not numbered); advances the counters.
    pub fn label(&mut self, style: Option<&str>, own: &NumRef) -> String {
        self.number(style, own).map(|(text, _)| text).unwrap_or_default()
    }

    /// The number text of the next paragraph with this style and numbering and the list level
    /// it is on (`None` when it shows no number); advances the counters.
    pub fn number(&mut self, style: Option<&str>, own: &NumRef) -> Option<(String, u8)> {
        let from_style = self.styles.numbering(style);
        let num_id = own.num_id.or(from_style.num_id).filter(|id| *id != 0)?;
        let inst = self.numbering.instances.get(&num_id)?;
        let (abstract_id, def) = self.numbering.levels_of(inst, self.styles)?;
        let level_of = |l: usize| inst.levels.get(&l).or_else(|| def.levels.get(l).and_then(Option::as_ref));
        // The level: the paragraph's, the style's, the level linked to the style, or 0.
        let ilvl = own
            .ilvl
            .or(from_style.ilvl)
            .or_else(|| {
                let style = style?;
                (0..LEVELS).find(|&l| level_of(l).and_then(|lv| lv.style.as_deref()) == Some(style))
            })
            .unwrap_or(0)
            .min(LEVELS - 1);
        let level = level_of(ilvl)?;
        let start = |l: usize| inst.starts.get(&l).copied().or_else(|| level_of(l).map(|lv| lv.start)).unwrap_or(0);

        let key = if inst.starts.is_empty() { CounterKey::Abstract(abstract_id) } else { CounterKey::Instance(num_id) };
        let counters = self.counters.entry(key).or_insert([None; LEVELS]);
        counters[ilvl] = Some(counters[ilvl].map_or(start(ilvl), |c| c + 1));
        for (deeper, counter) in counters.iter_mut().enumerate().skip(ilvl + 1) {
            let restart = level_of(deeper).and_then(|lv| lv.restart);
            if restart.is_none_or(|r| r != 0 && (ilvl as u32) < r) {
                *counter = None;
            }
        }
        let counters = *counters;

        if level.format == "none" {
            return None;
        }
        if level.format == "bullet" {
            return Some(("•".into(), ilvl as u8));
        }
        let text = level.text.as_deref()?;
        let mut out = String::new();
        let mut chars = text.chars().peekable();
        while let Some(c) = chars.next() {
            match (c, chars.peek().and_then(|d| d.to_digit(10))) {
                ('%', Some(d @ 1..=9)) => {
                    chars.next();
                    let l = d as usize - 1;
                    let value = counters[l].unwrap_or_else(|| start(l));
                    let format =
                        if level.legal { "decimal" } else { level_of(l).map_or("decimal", |lv| lv.format.as_str()) };
                    out.push_str(&format_number(value, format));
                }
                _ => out.push(c),
            }
        }
        (!out.is_empty()).then_some((out, ilvl as u8))
    }
}

const DIGITS: [&str; 10] = ["〇", "一", "二", "三", "四", "五", "六", "七", "八", "九"];
const CIRCLE_DIGITS: [&str; 10] = ["○", "一", "二", "三", "四", "五", "六", "七", "八", "九"];
const LEGAL: [&str; 10] = ["零", "壹", "贰", "叁", "肆", "伍", "陆", "柒", "捌", "玖"];

/// 1–99 in the spoken form: 十, 十一, 二十, 二十一.
fn tens(n: i64, digits: &[&str; 10], ten: &str) -> String {
    let (t, o) = ((n / 10) as usize, (n % 10) as usize);
    let ones = if o == 0 { "" } else { digits[o] };
    match t {
        0 => digits[o].to_string(),
        1 => format!("{ten}{ones}"),
        _ => format!("{}{ten}{ones}", digits[t]),
    }
}

/// Up to 9999 with 百/千 and 〇 for a gap: 一百〇一, 一千〇一十 (Word's `chineseCountingThousand`).
fn thousand(n: i64, digits: &[&str; 10], ten: &str, hundred: &str, thousand_: &str, zero: &str) -> String {
    if n < 100 {
        return tens(n, digits, ten);
    }
    let mut out = String::new();
    let (th, h, rest) = ((n / 1000) as usize, ((n % 1000) / 100) as usize, n % 100);
    if th > 0 {
        out.push_str(digits[th]);
        out.push_str(thousand_);
    }
    if h > 0 {
        out.push_str(digits[h]);
        out.push_str(hundred);
    } else if th > 0 && rest > 0 {
        out.push_str(zero);
    }
    if rest > 0 {
        if rest < 10 {
            if h > 0 {
                out.push_str(zero);
            }
            out.push_str(digits[rest as usize]);
        } else {
            // 一百一十 (not 一百十) once a hundred or thousand precedes.
            out.push_str(digits[(rest / 10) as usize]);
            out.push_str(ten);
            if rest % 10 > 0 {
                out.push_str(digits[(rest % 10) as usize]);
            }
        }
    }
    out
}

fn roman(mut n: i64) -> String {
    const TABLE: [(i64, &str); 13] = [
        (1000, "M"),
        (900, "CM"),
        (500, "D"),
        (400, "CD"),
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ];
    let mut out = String::new();
    for (v, s) in TABLE {
        while n >= v {
            out.push_str(s);
            n -= v;
        }
    }
    out
}

fn letters(n: i64, base: u8) -> String {
    // Word repeats the letter: a … z, aa … zz.
    let count = ((n - 1) / 26 + 1) as usize;
    let c = (base + ((n - 1) % 26) as u8) as char;
    std::iter::repeat_n(c, count).collect()
}

fn enclosed(n: i64, first: u32, last: i64) -> Option<String> {
    (1..=last).contains(&n).then(|| char::from_u32(first + n as u32 - 1).map(String::from)).flatten()
}

/// A counter value written in a `w:numFmt`.
pub fn format_number(n: i64, format: &str) -> String {
    let decimal = || n.to_string();
    if !(0..=9999).contains(&n) {
        return decimal();
    }
    match format {
        "decimalZero" if n < 10 => format!("0{n}"),
        "decimalFullWidth" | "decimalFullWidth2" => {
            n.to_string().chars().map(|c| char::from_u32(c as u32 + 0xFEE0).unwrap_or(c)).collect()
        }
        "upperRoman" if n > 0 => roman(n),
        "lowerRoman" if n > 0 => roman(n).to_lowercase(),
        "upperLetter" if n > 0 => letters(n, b'A'),
        "lowerLetter" if n > 0 => letters(n, b'a'),
        "decimalEnclosedCircle" | "decimalEnclosedCircleChinese" => enclosed(n, 0x2460, 20).unwrap_or_else(decimal),
        "decimalEnclosedFullstop" => enclosed(n, 0x2488, 20).unwrap_or_else(decimal),
        "decimalEnclosedParen" => enclosed(n, 0x2474, 20).unwrap_or_else(decimal),
        "ideographEnclosedCircle" => enclosed(n, 0x3280, 10).unwrap_or_else(decimal),
        "ideographParenthesized" => enclosed(n, 0x3220, 10).unwrap_or_else(decimal),
        "ideographTraditional" => ["甲", "乙", "丙", "丁", "戊", "己", "庚", "辛", "壬", "癸"]
            .get((n - 1).max(0) as usize)
            .filter(|_| n > 0)
            .map_or_else(decimal, |s| s.to_string()),
        "ideographZodiac" => ["子", "丑", "寅", "卯", "辰", "巳", "午", "未", "申", "酉", "戌", "亥"]
            .get((n - 1).max(0) as usize)
            .filter(|_| n > 0)
            .map_or_else(decimal, |s| s.to_string()),
        "chineseCounting" | "taiwaneseCounting" | "japaneseCounting" if n == 0 => CIRCLE_DIGITS[0].to_string(),
        "chineseCounting" | "taiwaneseCounting" if n < 100 => tens(n, &CIRCLE_DIGITS, "十"),
        "chineseCounting"
        | "taiwaneseCounting"
        | "ideographDigital"
        | "taiwaneseDigital"
        | "japaneseDigitalTenThousand" => {
            n.to_string().chars().map(|c| CIRCLE_DIGITS[c.to_digit(10).unwrap_or(0) as usize]).collect()
        }
        "chineseCountingThousand" | "taiwaneseCountingThousand" | "japaneseCounting" if n > 0 => {
            thousand(n, &DIGITS, "十", "百", "千", "〇")
        }
        "chineseLegalSimplified" if n > 0 => {
            thousand(n, &LEGAL, "拾", "佰", "仟", "零").replacen("拾", "壹拾", usize::from((10..20).contains(&n)))
        }
        _ => decimal(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chinese_formats_above_ten_render_as_word_does() {
        let cc = |n| format_number(n, "chineseCounting");
        assert_eq!(
            [1, 9, 10, 11, 19, 20, 21, 99].map(cc),
            ["一", "九", "十", "十一", "十九", "二十", "二十一", "九十九"]
        );
        assert_eq!(cc(101), "一○一");
        let ct = |n| format_number(n, "chineseCountingThousand");
        assert_eq!(
            [1, 10, 11, 20, 21, 100, 101, 110, 111, 1001, 1010].map(ct),
            [
                "一",
                "十",
                "十一",
                "二十",
                "二十一",
                "一百",
                "一百〇一",
                "一百一十",
                "一百一十一",
                "一千〇一",
                "一千〇一十"
            ]
        );
        let legal = |n| format_number(n, "chineseLegalSimplified");
        assert_eq!([1, 10, 11, 20, 105].map(legal), ["壹", "壹拾", "壹拾壹", "贰拾", "壹佰零伍"]);
        assert_eq!(format_number(3, "ideographTraditional"), "丙");
        assert_eq!(format_number(11, "ideographTraditional"), "11");
        assert_eq!(format_number(3, "decimalEnclosedCircleChinese"), "③");
        assert_eq!(format_number(12, "decimalFullWidth"), "１２");
        assert_eq!(format_number(4, "upperRoman"), "IV");
        assert_eq!(format_number(28, "lowerLetter"), "bb");
        assert_eq!(format_number(3, "decimalZero"), "03");
        assert_eq!(format_number(3, "unknownFormat"), "3");
    }

    const NUMBERING: &str = r#"<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
        <w:abstractNum w:abstractNumId="0">
          <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/><w:pPr><w:ind w:left="0"/></w:pPr></w:lvl>
          <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/><w:pStyle w:val="Sub"/></w:lvl>
          <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%3."/><w:lvlRestart w:val="1"/></w:lvl>
          <w:lvl w:ilvl="3"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%4"/><w:isLgl/></w:lvl>
        </w:abstractNum>
        <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
        <w:num w:numId="2"><w:abstractNumId w:val="0"/></w:num>
        <w:num w:numId="3"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="3"/></w:lvlOverride></w:num>
      </w:numbering>"#;

    const STYLES: &str = r#"<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
        <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
        <w:style w:type="paragraph" w:styleId="H1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>
        <w:style w:type="paragraph" w:styleId="H1b"><w:name w:val="My heading"/><w:basedOn w:val="H1"/></w:style>
        <w:style w:type="paragraph" w:styleId="Sub"><w:name w:val="Sub"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr><w:outlineLvl w:val="1"/></w:pPr></w:style>
        <w:style w:type="paragraph" w:styleId="Loop1"><w:basedOn w:val="Loop2"/></w:style>
        <w:style w:type="paragraph" w:styleId="Loop2"><w:basedOn w:val="Loop1"/></w:style>
      </w:styles>"#;

    #[test]
    fn counters_levels_styles_and_overrides() {
        let numbering = Numbering::parse(NUMBERING);
        let styles = Styles::parse(STYLES);
        let mut c = Counters::new(&numbering, &styles);
        let direct = |ilvl| NumRef { num_id: Some(1), ilvl: Some(ilvl) };
        assert_eq!(c.label(None, &direct(0)), "一、");
        assert_eq!(c.label(None, &direct(1)), "（一）");
        assert_eq!(c.label(Some("Sub"), &NumRef::default()), "（二）", "level linked to the style");
        assert_eq!(c.label(None, &direct(2)), "1.");
        assert_eq!(c.label(None, &direct(2)), "2.");
        assert_eq!(c.label(None, &direct(3)), "1.1", "isLgl: decimal for every level");
        // Through a heading style (and a style based on it); another instance of the same
        // definition continues the count.
        assert_eq!(c.label(Some("H1b"), &NumRef::default()), "二、");
        assert_eq!(c.label(None, &NumRef { num_id: Some(2), ilvl: Some(0) }), "三、");
        assert_eq!(c.label(None, &direct(1)), "（一）", "restarted by the higher level");
        assert_eq!(c.label(None, &direct(2)), "1.", "lvlRestart 1: restarts after level 0 only");
        assert_eq!(c.label(None, &direct(1)), "（二）");
        assert_eq!(c.label(None, &direct(2)), "2.", "not restarted by level 1");
        // A start override gives the instance counters of its own.
        assert_eq!(c.label(None, &NumRef { num_id: Some(3), ilvl: Some(0) }), "三、");
        assert_eq!(c.label(None, &NumRef { num_id: Some(3), ilvl: Some(0) }), "四、");
        // numId 0 switches numbering off; unknown ids and styles give nothing; loops end.
        assert_eq!(c.label(Some("H1"), &NumRef { num_id: Some(0), ilvl: None }), "");
        assert_eq!(c.label(None, &NumRef { num_id: Some(99), ilvl: Some(0) }), "");
        assert_eq!(c.label(Some("Loop1"), &NumRef::default()), "");
        assert_eq!(styles.outline(Some("H1b")), Some(0));
        assert_eq!(styles.outline(Some("Sub")), Some(1));
        assert_eq!(styles.outline(None), None);
    }
}
