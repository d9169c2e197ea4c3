//! GB/T 9704-2012 page layout on top of docx-rs, shared by every document the app writes (plan,
//! filing letter, review sheet): A4 page and margins, the 22 × 28 line grid, fonts per element,
//! headings 一、/（一）/1./（1）, odd/even page-number footers, the signature block, the annex page
//! and its table, and document properties.
//!
//! docx-rs 0.4.22 traps worked around here or in [`super::package`]: `first_line_chars` is not
//! written (a twip first-line indent is used); `PageNum` is unstyled (the PAGE field is built
//! from runs); core properties and the CJK font table are written by us; `tblHeader` is added
//! to the XML; XML-invalid characters are removed from all text ([`clean`]).

use docx_rs::{
    AlignmentType, DocGrid, DocGridType, Docx, FieldCharType, Footer, InstrPAGE, InstrText, LineSpacing,
    LineSpacingType, PageMargin, Paragraph, Run, RunFonts, SpecialIndentType, Table, TableCell, TableRow, WidthType,
};

use super::package::{self, Package};

/// A4 in twips.
pub const PAGE_WIDTH: u32 = 11906;
pub const PAGE_HEIGHT: u32 = 16838;
/// Margins: top 37 mm, left 28 mm, right 26 mm, bottom 35 mm.
pub const MARGIN_TOP: i32 = 2098;
pub const MARGIN_LEFT: i32 = 1587;
pub const MARGIN_RIGHT: i32 = 1474;
pub const MARGIN_BOTTOM: i32 = 1984;
/// Footer distance from the page edge: the page number's line starts 7 mm below the type area.
pub const FOOTER_DISTANCE: i32 = 1304;
/// Width of the type area (156 mm).
pub const TYPE_WIDTH: u32 = PAGE_WIDTH - MARGIN_LEFT as u32 - MARGIN_RIGHT as u32;
/// 22 lines in the 225 mm type area.
pub const LINE_PITCH: i32 = 579;
/// −0.3 pt between characters: 28 characters of 16 pt per 156 mm line.
pub const CHAR_SPACING: i32 = -6;
/// One character of 3号 (16 pt) body text.
pub const CHAR: i32 = 320;

/// Half-point sizes.
pub const SIZE_BODY: usize = 32; // 3号
pub const SIZE_TITLE: usize = 44; // 2号
pub const SIZE_SMALL: usize = 28; // 4号

pub const FONT_FANGSONG: &str = "仿宋_GB2312";
pub const FONT_HEI: &str = "黑体";
pub const FONT_KAI: &str = "楷体_GB2312";
pub const FONT_TITLE: &str = "方正小标宋简体";
pub const FONT_SONG: &str = "宋体";
pub const FONT_LATIN: &str = "Times New Roman";

/// Removes what XML 1.0 forbids (C0 controls except tab/LF/CR, U+FFFE, U+FFFF) and turns tabs
/// into spaces; carriage returns are dropped.
pub fn clean(text: &str) -> String {
    text.chars()
        .filter_map(|c| match c {
            '\t' => Some(' '),
            '\n' => Some('\n'),
            '\u{0}'..='\u{1F}' | '\u{FFFE}' | '\u{FFFF}' => None,
            c if crate::text::is_bidi_control(c) => None,
            c => Some(c),
        })
        .collect()
}

/// The non-empty lines of a user's text, cleaned and trimmed: one paragraph each.
pub fn paragraphs(text: &str) -> Vec<String> {
    clean(text).lines().map(|l| l.trim().to_string()).filter(|l| !l.is_empty()).collect()
}

/// Width of a text in body characters (ASCII counts half).
pub fn text_width(text: &str) -> i32 {
    let halves: usize = text.chars().map(|c| if c.is_ascii() { 1 } else { 2 }).sum();
    halves.div_ceil(2) as i32
}

fn fonts(east_asia: &str) -> RunFonts {
    RunFonts::new().east_asia(east_asia).ascii(FONT_LATIN).hi_ansi(FONT_LATIN).cs(FONT_LATIN)
}

fn run(text: &str, font: &str, size: usize) -> Run {
    let run = Run::new().add_text(clean(text)).fonts(fonts(font)).size(size);
    if size == SIZE_BODY { run.character_spacing(CHAR_SPACING) } else { run }
}

fn exact(line: i32) -> LineSpacing {
    LineSpacing::new().line_rule(LineSpacingType::Exact).line(line)
}

/// An indented, justified body paragraph with the given runs.
fn body_paragraph(runs: Vec<Run>) -> Paragraph {
    runs.into_iter()
        .fold(Paragraph::new(), Paragraph::add_run)
        .align(AlignmentType::Both)
        .indent(None, Some(SpecialIndentType::FirstLine(2 * CHAR)), None, None)
}

/// Right indents (in characters) of the unit and the date of an unsealed document
/// (GB/T 9704 7.3.5.2), see [`GbDocument::signature`].
pub fn signature_indents(unit: &str, date: &str) -> (i32, i32) {
    let (u, d) = (text_width(unit), text_width(date));
    if d + 2 <= u { (2, u - d) } else { (2 + d + 2 - u, 2) }
}

/// Document properties.
#[derive(Clone, Debug, Default)]
pub struct Properties {
    pub title: String,
    pub creator: String,
}

/// Widths (twips) of table columns in proportion to their content, filling `total`: every
/// column gets two characters of 4号 text plus cell margins; what is left goes to the columns by
/// their mean text length beyond two characters (capped, so one long column cannot take all).
pub fn column_widths(headings: &[&str], rows: &[Vec<String>], total: u32) -> Vec<usize> {
    const SMALL_CHAR: f64 = 280.0;
    const CELL_MARGINS: f64 = 220.0;
    let n = headings.len();
    let min = 2.0 * SMALL_CHAR + CELL_MARGINS;
    let weights: Vec<f64> = (0..n)
        .map(|i| {
            let lengths = rows.iter().map(|r| r.get(i).map(|s| text_width(s) as f64).unwrap_or(0.0));
            let mean = if rows.is_empty() { text_width(headings[i]) as f64 } else { lengths.sum::<f64>() / rows.len() as f64 };
            (mean.min(30.0) - 2.0).max(0.0)
        })
        .collect();
    let spare = (total as f64 - min * n as f64).max(0.0);
    let sum: f64 = weights.iter().sum();
    let mut widths: Vec<usize> = weights
        .iter()
        .map(|w| (min + if sum > 0.0 { spare * w / sum } else { spare / n as f64 }) as usize)
        .collect();
    // Rounding: give the remainder to the widest column.
    let remainder = total as usize - widths.iter().sum::<usize>().min(total as usize);
    if let Some(widest) = widths.iter_mut().max() {
        *widest += remainder;
    }
    widths
}

/// A piece of a document, independent of its rendering (.docx here, HTML in the preview).
#[derive(Clone, Debug, PartialEq)]
pub enum Block {
    /// Title lines (2号小标宋, centred), followed by a blank line.
    Title(Vec<String>),
    /// 一、 heading (黑体).
    Heading1(String),
    /// （一） heading (楷体).
    Heading2(String),
    /// Body text; each line a paragraph.
    Text(String),
    /// Body paragraph with a run-in label (`1. 标题。` or `（1）`).
    Labelled(String, String),
    Blank,
    /// Unit and date of an unsealed document.
    Signature { unit: String, date: String },
    /// New page with `附件` and the annex title.
    Annex(String),
    Table { headings: Vec<String>, rows: Vec<Vec<String>> },
}

/// A document under construction.
pub struct GbDocument {
    docx: Docx,
    props: Properties,
    /// What the packaging step adds or fixes.
    package: Package,
}

impl Default for GbDocument {
    fn default() -> Self {
        let mut docx = Docx::new()
            .page_size(PAGE_WIDTH, PAGE_HEIGHT)
            .page_margin(
                PageMargin::new()
                    .top(MARGIN_TOP)
                    .left(MARGIN_LEFT)
                    .right(MARGIN_RIGHT)
                    .bottom(MARGIN_BOTTOM)
                    .header(851)
                    .footer(FOOTER_DISTANCE)
                    .gutter(0),
            )
            .default_fonts(fonts(FONT_FANGSONG))
            .default_size(SIZE_BODY)
            .default_line_spacing(exact(LINE_PITCH))
            .footer(page_number_footer(AlignmentType::Right))
            .even_footer(page_number_footer(AlignmentType::Left));
        docx.document = docx.document.doc_grid(DocGrid::with_empty().grid_type(DocGridType::Lines).line_pitch(LINE_PITCH as usize));
        GbDocument { docx, props: Properties::default(), package: Package::default() }
    }
}

/// `— 1 —` in 4号 宋体, one character in from the outer edge (odd pages right, even left).
fn page_number_footer(align: AlignmentType) -> Footer {
    let field = |r: Run| r.fonts(fonts(FONT_SONG).ascii(FONT_SONG).hi_ansi(FONT_SONG)).size(SIZE_SMALL);
    let one_char = 280; // one 4号 character
    let indent = if matches!(align, AlignmentType::Right) { (None, Some(one_char)) } else { (Some(one_char), None) };
    let p = Paragraph::new()
        .align(align)
        .indent(indent.0, None, indent.1, None)
        .line_spacing(LineSpacing::new().line_rule(LineSpacingType::Auto).line(240))
        .snap_to_grid(false)
        .add_run(field(Run::new().add_text("— ")))
        .add_run(field(Run::new().add_field_char(FieldCharType::Begin, false)))
        .add_run(field(Run::new().add_instr_text(InstrText::PAGE(InstrPAGE::new()))))
        .add_run(field(Run::new().add_field_char(FieldCharType::Separate, false)))
        .add_run(field(Run::new().add_text("1")))
        .add_run(field(Run::new().add_field_char(FieldCharType::End, false)))
        .add_run(field(Run::new().add_text(" —")));
    Footer::new().add_paragraph(p)
}

impl GbDocument {
    pub fn properties(mut self, props: Properties) -> Self {
        self.props = props;
        self
    }

    fn push(mut self, p: Paragraph) -> Self {
        self.docx = self.docx.add_paragraph(p);
        self
    }

    /// The title in 2号小标宋, centred, one line per entry, then one blank line.
    pub fn title(mut self, lines: &[String]) -> Self {
        for line in lines.iter().filter(|l| !l.trim().is_empty()) {
            self = self.push(Paragraph::new().align(AlignmentType::Center).add_run(run(line.trim(), FONT_TITLE, SIZE_TITLE)));
        }
        self.blank()
    }

    pub fn blank(self) -> Self {
        self.push(Paragraph::new())
    }

    /// 一、 level heading (黑体).
    pub fn heading1(self, text: &str) -> Self {
        self.push(body_paragraph(vec![run(text, FONT_HEI, SIZE_BODY)]).keep_next(true))
    }

    /// （一） level heading (楷体).
    pub fn heading2(self, text: &str) -> Self {
        self.push(body_paragraph(vec![run(text, FONT_KAI, SIZE_BODY)]).keep_next(true))
    }

    /// A body paragraph (仿宋); several lines of `text` become several paragraphs.
    pub fn text(mut self, text: &str) -> Self {
        for p in paragraphs(text) {
            self = self.push(body_paragraph(vec![run(&p, FONT_FANGSONG, SIZE_BODY)]));
        }
        self
    }

    /// A body paragraph that starts with a run-in label (1. and （1） levels are 仿宋 too).
    pub fn labelled(mut self, label: &str, text: &str) -> Self {
        let mut lines = paragraphs(text).into_iter();
        let first = lines.next().unwrap_or_default();
        self = self.push(body_paragraph(vec![run(&format!("{label}{first}"), FONT_FANGSONG, SIZE_BODY)]));
        for p in lines {
            self = self.push(body_paragraph(vec![run(&p, FONT_FANGSONG, SIZE_BODY)]));
        }
        self
    }

    /// A line of body text without first-line indent, aligned as given, with indents in twips.
    pub fn line(self, text: &str, align: AlignmentType, left: i32, right: i32) -> Self {
        self.push(
            Paragraph::new()
                .align(align)
                .indent(Some(left), None, Some(right), None)
                .add_run(run(text, FONT_FANGSONG, SIZE_BODY)),
        )
    }

    /// The signature block of an unsealed document (GB/T 9704 7.3.5.2): unit right-aligned two
    /// characters in from the right; the date on the next line starting two characters to the
    /// right of the unit (if the date is the longer, it keeps two characters and the unit moves).
    pub fn signature(self, unit: &str, date: &str) -> Self {
        let (unit_right, date_right) = signature_indents(unit, date);
        self.line(unit, AlignmentType::Right, 0, unit_right * CHAR).line(date, AlignmentType::Right, 0, date_right * CHAR)
    }

    /// Starts the annex on a new page: `附件` (3号黑体, top left), then its title centred.
    pub fn annex(self, title: &str) -> Self {
        self.push(Paragraph::new().page_break_before(true).add_run(run("附件", FONT_HEI, SIZE_BODY)))
            .blank()
            .push(Paragraph::new().align(AlignmentType::Center).add_run(run(title, FONT_TITLE, SIZE_TITLE)))
            .blank()
    }

    /// A table in 4号仿宋 with a 黑体 header row repeated on every page.
    pub fn table(mut self, headings: &[&str], rows: &[Vec<String>]) -> Self {
        let widths = column_widths(headings, rows, TYPE_WIDTH);
        let cell = |text: &str, font: &str, width: usize, center: bool| {
            let p = Paragraph::new()
                .align(if center { AlignmentType::Center } else { AlignmentType::Left })
                .snap_to_grid(false)
                .line_spacing(exact(360))
                .add_run(run(text, font, SIZE_SMALL));
            TableCell::new().add_paragraph(p).width(width, WidthType::Dxa)
        };
        let header = TableRow::new(headings.iter().zip(&widths).map(|(h, w)| cell(h, FONT_HEI, *w, true)).collect())
            .cant_split();
        let mut table_rows = vec![header];
        for row in rows {
            let cells = row.iter().zip(&widths).enumerate().map(|(i, (t, w))| cell(t, FONT_FANGSONG, *w, i == 0)).collect();
            table_rows.push(TableRow::new(cells).cant_split());
        }
        let table = Table::new(table_rows).set_grid(widths).width(TYPE_WIDTH as usize, WidthType::Dxa);
        self.docx = self.docx.add_table(table);
        self.package.repeat_header_rows += 1;
        self
    }

    /// Renders blocks in order.
    pub fn blocks(self, blocks: &[Block]) -> Self {
        blocks.iter().fold(self, |doc, block| match block {
            Block::Title(lines) => doc.title(lines),
            Block::Heading1(t) => doc.heading1(t),
            Block::Heading2(t) => doc.heading2(t),
            Block::Text(t) => doc.text(t),
            Block::Labelled(label, t) => doc.labelled(label, t),
            Block::Blank => doc.blank(),
            Block::Signature { unit, date } => doc.signature(unit, date),
            Block::Annex(title) => doc.annex(title),
            Block::Table { headings, rows } => {
                let headings: Vec<&str> = headings.iter().map(String::as_str).collect();
                doc.table(&headings, rows)
            }
        })
    }

    /// Embeds a plan file (see [`super::embed`]).
    pub fn embed_plan_file(mut self, json: String) -> Self {
        self.package.embedded_plan = Some(json);
        self
    }

    /// The finished .docx file.
    pub fn finish(self) -> Vec<u8> {
        package::finish(self.docx, &self.props, &self.package)
    }
}

/// A layout specimen: three pages of body text without punctuation, so a renderer's lines and
/// characters per line can be counted (22 × 28 on a full page).
pub fn specimen() -> Vec<u8> {
    let sentence = "社会公益事业建设领域政府信息公开工作方案";
    let text: String = sentence.repeat(100);
    GbDocument::default()
        .properties(Properties { title: "版式样张".into(), creator: "版式检查".into() })
        .line(&text, AlignmentType::Both, 0, 0)
        .finish()
}
