//! GB/T 9704-2012 page layout on top of docx-rs, shared by every document the app writes (plan,
//! filing letter, review sheet): A4 page and margins, the 22 × 28 line grid, fonts per element,
//! titles broken between words, headings 一、/（一）/1./（1）, odd/even page-number footers, the
//! 附件说明 with its hanging indent, the signature of an unsealed (7.3.5.2) and of a sealed
//! (7.3.5.1) document, the annex in a landscape section (10.2) and its tables, and document
//! properties.
//!
//! docx-rs 0.4.22 traps worked around here or in [`super::package`]: `first_line_chars` is not
//! written (a twip first-line indent is used); `PageNum` is unstyled (the PAGE field is built
//! from runs); element order, sections, `tblHeader`, core properties and the CJK font table are
//! finished on the built XML; XML-invalid characters are removed from all text ([`clean`]).

use docx_rs::{
    AlignmentType, DocGrid, DocGridType, Docx, FieldCharType, Footer, HeightRule, InstrPAGE, InstrText, LineSpacing,
    LineSpacingType, PageMargin, Paragraph, Run, RunFonts, SpecialIndentType, Table as DocxTable, TableCell,
    TableCellMargins, TableLayoutType, TablePositionProperty, TableRow, TextDirectionType, VAlignType, WidthType,
};

use super::package::{self, Landscape, Package};

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
/// Height of the type area (225 mm): the width of the type area on a landscape page.
pub const TYPE_HEIGHT: u32 = PAGE_HEIGHT - MARGIN_TOP as u32 - MARGIN_BOTTOM as u32;
/// 22 lines in the 225 mm type area.
pub const LINE_PITCH: i32 = 579;
/// −0.3 pt between characters: 28 characters of 16 pt per 156 mm line.
pub const CHAR_SPACING: i32 = -6;
/// One character of 3号 (16 pt) body text.
pub const CHAR: i32 = 320;
/// One character of 4号 (14 pt): page numbers.
const SMALL_CHAR: i32 = 280;

/// Half-point sizes.
pub const SIZE_BODY: usize = 32; // 3号
pub const SIZE_TITLE: usize = 44; // 2号
pub const SIZE_SMALL: usize = 28; // 4号
/// Table text: 小四 (12 pt), so that the annex's long columns hold a readable line.
pub const SIZE_TABLE: usize = 24;
/// Exact line height of table text (14.4 pt for 12 pt text).
const TABLE_LINE: i32 = 288;
/// Left and right cell margins (1.5 mm).
pub const CELL_MARGIN: usize = 85;

pub const FONT_FANGSONG: &str = "仿宋_GB2312";
pub const FONT_HEI: &str = "黑体";
pub const FONT_KAI: &str = "楷体_GB2312";
pub const FONT_TITLE: &str = "方正小标宋简体";
pub const FONT_SONG: &str = "宋体";
pub const FONT_LATIN: &str = "Times New Roman";

/// Removes what XML 1.0 forbids (C0 controls except tab/LF/CR, U+FFFE, U+FFFF) and the
/// bidirectional controls (which would reorder the text around them), and turns tabs into
/// spaces; carriage returns are dropped.
pub fn clean(text: &str) -> String {
    text.chars()
        .filter_map(|c| match c {
            '\t' => Some(' '),
            '\n' => Some('\n'),
            '\u{0}'..='\u{1F}' | '\u{FFFE}' | '\u{FFFF}' => None,
            c if crate::content::is_bidi_control(c) => None,
            c => Some(c),
        })
        .collect()
}

/// The non-empty lines of a user's text, cleaned and trimmed: one paragraph each.
pub fn paragraphs(text: &str) -> Vec<String> {
    clean(text).lines().map(|l| l.trim().to_string()).filter(|l| !l.is_empty()).collect()
}

/// Extra space Word and LibreOffice put between Chinese and Latin letters or digits
/// (`w:autoSpaceDE`/`w:autoSpaceDN`, on by default), in characters, as measured in LibreOffice.
const AUTO_SPACE: f32 = 0.25;

/// Width of a line of text as rendered, in characters of its size: CJK characters 1, Latin
/// letters and digits ½ (Times New Roman), plus the automatic space at each change between
/// Chinese and Latin/digits.
pub fn rendered_width(text: &str) -> f32 {
    let mut width = 0.0;
    let mut previous: Option<bool> = None;
    for c in text.chars() {
        let latin = c.is_ascii();
        width += if latin { 0.5 } else { 1.0 };
        let spaced = c.is_ascii_alphanumeric() || !latin && !crate::content::is_filler(c);
        if let Some(p) = previous
            && spaced
            && p != latin
        {
            width += AUTO_SPACE;
        }
        if spaced {
            previous = Some(latin);
        }
    }
    width
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
    runs.into_iter().fold(Paragraph::new(), Paragraph::add_run).align(AlignmentType::Both).indent(
        None,
        Some(SpecialIndentType::FirstLine(2 * CHAR)),
        None,
        None,
    )
}

/// Twips from characters (fractions kept).
fn twips(chars: f32) -> i32 {
    (chars * CHAR as f32).round() as i32
}

/// Right indents (twips) of the unit and the date of an unsealed document (GB/T 9704 7.3.5.2):
/// the unit two characters in from the right, the date starting two characters right of where
/// the unit starts; if the date is the longer, it keeps two characters and the unit moves left.
/// Widths as rendered ([`rendered_width`]), so digits and automatic spacing count.
pub fn signature_indents(unit: &str, date: &str) -> (i32, i32) {
    let (u, d) = (rendered_width(unit), rendered_width(date));
    if d + 2.0 <= u { (twips(2.0), twips(u - d)) } else { (twips(d + 4.0 - u), twips(2.0)) }
}

/// Right indents (twips) of the unit and the date of a sealed document (GB/T 9704 7.3.5.1):
/// the date four characters in from the right, the unit centred over the date.
pub fn sealed_signature_indents(unit: &str, date: &str) -> (i32, i32) {
    let (u, d) = (rendered_width(unit), rendered_width(date));
    (twips((4.0 + d / 2.0 - u / 2.0).max(0.0)), twips(4.0))
}

/// Document properties.
#[derive(Clone, Debug, Default)]
pub struct Properties {
    pub title: String,
    pub creator: String,
}

/// A row of a table: cells, or a group heading spanning the whole width (e.g. a key area).
#[derive(Clone, Debug, PartialEq)]
pub enum Row {
    Cells(Vec<String>),
    Group(String),
    /// A note about the row before it, spanning the whole width in the table text (e.g. a
    /// review sheet's findings).
    Note(String),
}

/// A table with a header row (repeated on every page).
#[derive(Clone, Debug, PartialEq)]
pub struct Table {
    pub headings: Vec<String>,
    pub rows: Vec<Row>,
    /// Least width of each column in characters, where the content alone would not ask for
    /// it (a unit's name on at most two lines); empty or shorter than the headings: none.
    pub min_chars: Vec<usize>,
}

impl Table {
    /// A table of plain rows.
    pub fn plain(headings: Vec<String>, rows: Vec<Vec<String>>) -> Table {
        Table { headings, rows: rows.into_iter().map(Row::Cells).collect(), min_chars: Vec::new() }
    }

    /// The same table with these least widths of its columns (characters).
    pub fn min_chars(mut self, min_chars: Vec<usize>) -> Table {
        self.min_chars = min_chars;
        self
    }

    fn cell_rows(&self) -> Vec<&Vec<String>> {
        self.rows
            .iter()
            .filter_map(|r| match r {
                Row::Cells(c) => Some(c),
                Row::Group(_) | Row::Note(_) => None,
            })
            .collect()
    }
}

/// Widths in characters of `text`'s pieces between the places a line should rather break
/// (after 、，；。 or a space, before （): a short piece — a unit's name — is kept on one line.
fn pieces(text: &str) -> Vec<f32> {
    let mut out = Vec::new();
    let mut piece = String::new();
    for c in text.chars() {
        if c == '（' && !piece.is_empty() {
            out.push(rendered_width(&piece));
            piece.clear();
        }
        piece.push(c);
        if matches!(c, '、' | '，' | '；' | '。' | ' ' | '\n') {
            out.push(rendered_width(&piece));
            piece.clear();
        }
    }
    if !piece.is_empty() {
        out.push(rendered_width(&piece));
    }
    out
}

/// Pieces up to this width (characters) are moved to the next line whole rather than split.
const WHOLE_PIECE: f32 = 8.0;

/// Lines a text of these pieces needs in a column `width` characters wide, and how many short
/// pieces (names) it has to split.
fn lines_needed(pieces: &[f32], width: f32) -> (usize, usize) {
    let (mut lines, mut line, mut split) = (1, 0.0f32, 0);
    for &p in pieces {
        if line + p <= width + 0.01 {
            line += p;
        } else if p <= WHOLE_PIECE.min(width) + 0.01 {
            lines += 1;
            line = p;
        } else {
            // Flows on from the current line, breaking anywhere.
            split += usize::from(p <= WHOLE_PIECE);
            let rest = p - (width - line);
            let more = (rest / width).ceil().max(1.0);
            lines += more as usize;
            line = rest - (more - 1.0) * width;
        }
    }
    (lines, split)
}

/// Whether a heading of `chars` characters sits well in a column `width` wide: on one line,
/// or in lines of equal length (公开/事项, never 公开事/项).
fn heading_fits(chars: usize, width: usize) -> bool {
    width >= chars || chars.is_multiple_of(width)
}

/// Column widths (twips, summing to `total`) chosen for the content. Every column gets what
/// its heading needs (at least two characters, a heading split only into equal lines) and, when
/// there is room, its longest short piece (a unit's name) on one line; the rest is shared in
/// proportion to the columns' average text, none wider than its longest entry. Then width moves
/// a character at a time from one column to another while that lowers the table (the sum of
/// the rows' tallest cells). Widths are whole characters of the table text (`char` twips) plus
/// the cell margins.
pub fn column_widths(table: &Table, total: u32, char: f32) -> Vec<usize> {
    let n = table.headings.len().max(1);
    let margins = 2 * CELL_MARGIN;
    let available =
        ((total as usize).saturating_sub(n * (margins + WIDTH_SLACK)) as f32 / char).floor().max(n as f32) as usize;
    let heading_chars: Vec<usize> =
        (0..n).map(|i| table.headings.get(i).map(|h| h.chars().count()).unwrap_or(1).max(1)).collect();
    let rows: Vec<Vec<Vec<f32>>> = table
        .cell_rows()
        .iter()
        .map(|r| (0..n).map(|i| pieces(&clean(r.get(i).map(String::as_str).unwrap_or("")))).collect())
        .collect();
    let column_text = |i: usize| rows.iter().map(|r| r[i].iter().sum::<f32>()).sum::<f32>();
    let heading_min: Vec<usize> = heading_chars
        .iter()
        .enumerate()
        .map(|(i, &h)| {
            let least = table.min_chars.get(i).copied().unwrap_or(0).max(2);
            (least..=h.max(least)).find(|w| heading_fits(h, *w)).unwrap_or(h.max(least))
        })
        .collect();
    let piece_min: Vec<usize> = (0..n)
        .map(|i| {
            let longest =
                rows.iter().flat_map(|r| r[i].iter().copied()).filter(|p| *p <= WHOLE_PIECE).fold(0.0, f32::max);
            heading_min[i].max(longest.ceil() as usize)
        })
        .collect();
    let low = if piece_min.iter().sum::<usize>() <= available { &piece_min } else { &heading_min };
    let high: Vec<f32> =
        (0..n).map(|i| rows.iter().map(|r| r[i].iter().sum::<f32>()).fold(low[i] as f32, f32::max)).collect();
    let mean: Vec<f32> = (0..n).map(|i| column_text(i) / rows.len().max(1) as f32).collect();
    // Proportional shares between the bounds: the factor found by bisection.
    let share = |f: f32| -> Vec<f32> { (0..n).map(|i| (f * mean[i]).clamp(low[i] as f32, high[i])).collect() };
    let (mut lo, mut hi) = (0.0f32, available as f32 * 4.0);
    for _ in 0..40 {
        let mid = (lo + hi) / 2.0;
        if share(mid).iter().sum::<f32>() > available as f32 { hi = mid } else { lo = mid }
    }
    let mut widths: Vec<usize> = share(lo)
        .iter()
        .enumerate()
        .map(|(i, w)| {
            let mut w = (w.floor() as usize).max(heading_min[i]);
            while !heading_fits(heading_chars[i], w) {
                w -= 1;
            }
            w
        })
        .collect();
    let most = (0..n).max_by(|a, b| column_text(*a).total_cmp(&column_text(*b))).unwrap_or(0);
    let used: usize = widths.iter().sum();
    if used < available {
        widths[most] += available - used;
    }
    improve(&mut widths, &rows, &heading_chars, &heading_min);
    let mut twips: Vec<usize> = widths.iter().map(|w| (*w as f32 * char) as usize + margins + WIDTH_SLACK).collect();
    let used: usize = twips.iter().sum();
    if used <= total as usize {
        twips[most] += total as usize - used;
    } else {
        twips[most] = twips[most].saturating_sub(used - total as usize);
    }
    twips
}

/// Room added to each column beyond its characters and margins: a line of exactly the cell's
/// width would wrap its last character in LibreOffice.
const WIDTH_SLACK: usize = 30;

/// Moves width between columns, one to five characters at a time, while that lowers the
/// table (the sum over rows of the tallest cell; a name split over two lines counts three
/// quarters of a line); no column goes below `floor`.
fn improve(widths: &mut [usize], rows: &[Vec<Vec<f32>>], heading_chars: &[usize], floor: &[usize]) {
    const STEP: usize = 5;
    let n = widths.len();
    let cost = |lines: usize, splits: usize| 4 * lines + 3 * splits;
    for _ in 0..200 {
        let cells: Vec<Vec<(usize, usize)>> = rows
            .iter()
            .map(|r| r.iter().zip(widths.iter()).map(|(p, w)| lines_needed(p, *w as f32)).collect())
            .collect();
        let score =
            |row: &[(usize, usize)]| cost(row.iter().map(|c| c.0).max().unwrap_or(1), row.iter().map(|c| c.1).sum());
        let current: usize = cells.iter().map(|r| score(r)).sum();
        // Per row: its three tallest cells (lines, column), so that the tallest of the columns
        // a move leaves alone is found without looking at every column; and its splits.
        let tallest: Vec<[(usize, usize); 3]> = cells
            .iter()
            .map(|row| {
                let mut top = [(0, usize::MAX); 3];
                for (i, c) in row.iter().enumerate() {
                    if let Some(at) = top.iter().position(|t| c.0 > t.0) {
                        top.copy_within(at..2, at + 1);
                        top[at] = (c.0, i);
                    }
                }
                top
            })
            .collect();
        let splits: Vec<usize> = cells.iter().map(|row| row.iter().map(|c| c.1).sum()).collect();
        // Lines and splits of every cell with its column k characters wider ([0][c][k - 1]) or
        // narrower ([1][c][k - 1]), for the moves below.
        let moved = |wider: bool| -> Vec<Vec<Vec<(usize, usize)>>> {
            (0..n)
                .map(|c| {
                    (1..=STEP)
                        .map(|k| {
                            let w = if wider { widths[c] + k } else { widths[c].saturating_sub(k) };
                            if w < floor[c] {
                                return Vec::new(); // not a move made below
                            }
                            rows.iter().map(|r| lines_needed(&r[c], w as f32)).collect()
                        })
                        .collect()
                })
                .collect()
        };
        let (wider, narrower) = (moved(true), moved(false));
        let mut best: Option<(usize, usize, usize, usize)> = None;
        for to in 0..n {
            for from in (0..n).filter(|f| *f != to) {
                for k in 1..=STEP {
                    let (a, b) = (widths[to] + k, widths[from].saturating_sub(k));
                    if b < floor[from] || !heading_fits(heading_chars[to], a) || !heading_fits(heading_chars[from], b) {
                        continue;
                    }
                    let (to_cells, from_cells) = (&wider[to][k - 1], &narrower[from][k - 1]);
                    let total: usize = (0..rows.len())
                        .map(|r| {
                            let (x, y) = (to_cells[r], from_cells[r]);
                            // (With two columns only the placeholder is left: 0 lines.)
                            let others =
                                tallest[r].iter().find(|(_, i)| *i != to && *i != from).map_or(1, |(lines, _)| *lines);
                            let splits = splits[r] - cells[r][to].1 - cells[r][from].1;
                            cost(others.max(x.0).max(y.0), splits + x.1 + y.1)
                        })
                        .sum();
                    if total < current && best.is_none_or(|(t, ..)| total < t) {
                        best = Some((total, to, from, k));
                    }
                }
            }
        }
        let Some((_, to, from, k)) = best else { return };
        widths[to] += k;
        widths[from] -= k;
    }
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
    /// 附件说明 `附件：名称`, a wrapped line aligned under the name (GB/T 9704 7.3.4).
    Attachment(String),
    /// Unit and date of an unsealed document.
    Signature {
        unit: String,
        date: String,
    },
    /// A new landscape section with `附件` and the annex title.
    Annex(String),
    Table(Table),
    /// 发文字号, right-aligned above the title, followed by a blank line (letter format).
    DocNumber(String),
    /// 主送机关, flush left with a full-width colon (GB/T 9704 7.3.3).
    Addressee(String),
    /// Unit and date of a sealed document (GB/T 9704 7.3.5.1).
    SealedSignature {
        unit: String,
        date: String,
    },
    /// An attachment starting on a new page: `附件` (3号黑体) top left, then a blank line, so its
    /// title falls on the third line (GB/T 9704 8).
    AttachmentMark,
}

/// A document under construction.
pub struct GbDocument {
    docx: Docx,
    props: Properties,
    /// What the packaging step adds or fixes.
    package: Package,
    /// Number of body elements (paragraphs and tables) so far.
    body_len: usize,
    /// Index of the last body paragraph with text of the document's body (not a blank line).
    last_text: usize,
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
        docx.document =
            docx.document.doc_grid(DocGrid::with_empty().grid_type(DocGridType::Lines).line_pitch(LINE_PITCH as usize));
        GbDocument { docx, props: Properties::default(), package: Package::default(), body_len: 0, last_text: 0 }
    }
}

fn page_number_runs(p: Paragraph) -> Paragraph {
    let field = |r: Run| r.fonts(fonts(FONT_SONG).ascii(FONT_SONG).hi_ansi(FONT_SONG)).size(SIZE_SMALL);
    p.add_run(field(Run::new().add_text("— ")))
        .add_run(field(Run::new().add_field_char(FieldCharType::Begin, false)))
        .add_run(field(Run::new().add_instr_text(InstrText::PAGE(InstrPAGE::new()))))
        .add_run(field(Run::new().add_field_char(FieldCharType::Separate, false)))
        .add_run(field(Run::new().add_text("1")))
        .add_run(field(Run::new().add_field_char(FieldCharType::End, false)))
        .add_run(field(Run::new().add_text(" —")))
}

/// `— 1 —` in 4号 宋体, one character in from the outer edge (odd pages right, even left).
fn page_number_footer(align: AlignmentType) -> Footer {
    let indent =
        if matches!(align, AlignmentType::Right) { (None, Some(SMALL_CHAR)) } else { (Some(SMALL_CHAR), None) };
    let p = Paragraph::new()
        .align(align)
        .indent(indent.0, None, indent.1, None)
        .line_spacing(LineSpacing::new().line_rule(LineSpacingType::Auto).line(240))
        .snap_to_grid(false);
    Footer::new().add_paragraph(page_number_runs(p))
}

/// Width of the cell holding a turned page number (one line of 4号).
const TURNED_NUMBER_WIDTH: usize = 400;
/// Left edge of that cell: its line lies as far outside the type area's left edge as the
/// portrait pages' number lies below the type area (17.4 pt to the glyphs, measured in
/// LibreOffice; GB/T 9704 7 mm to the line).
const TURNED_NUMBER_X: i32 = 1243;

/// The page number of a landscape page where the portrait pages have theirs once the sheet is
/// turned back for binding (GB/T 9704 10.2, the table's head at the binding edge): beside the
/// left edge of the type area, reading top to bottom; on odd pages one character above the
/// bottom of the type area, on even pages one character below its top. A one-cell floating
/// table with vertical text (`tbRl`), which Word and LibreOffice both lay out.
fn landscape_page_number_footer(odd: bool) -> Footer {
    let (align, left, right) = if odd {
        (AlignmentType::Right, None, Some(SMALL_CHAR))
    } else {
        (AlignmentType::Left, Some(SMALL_CHAR), None)
    };
    let p = Paragraph::new()
        .align(align)
        .indent(left, None, right, None)
        .line_spacing(LineSpacing::new().line_rule(LineSpacingType::Auto).line(240))
        .snap_to_grid(false);
    let cell = TableCell::new()
        .add_paragraph(page_number_runs(p))
        .width(TURNED_NUMBER_WIDTH, WidthType::Dxa)
        .text_direction(TextDirectionType::TbRl);
    let row = TableRow::new(vec![cell]).row_height(TYPE_WIDTH as f32).height_rule(HeightRule::Exact);
    let table = DocxTable::without_borders(vec![row])
        .set_grid(vec![TURNED_NUMBER_WIDTH])
        .width(TURNED_NUMBER_WIDTH, WidthType::Dxa)
        .layout(TableLayoutType::Fixed)
        .margins(TableCellMargins::new().margin(0, 0, 0, 0))
        .position(
            TablePositionProperty::new()
                .left_from_text(0)
                .right_from_text(0)
                .horizontal_anchor("page")
                .vertical_anchor("page")
                .position_x(TURNED_NUMBER_X)
                .position_y(MARGIN_LEFT),
        );
    Footer::new().add_table(table).add_paragraph(Paragraph::new())
}

impl GbDocument {
    pub fn properties(mut self, props: Properties) -> Self {
        self.props = props;
        self
    }

    /// No page number on the first page (a one-page letter, GB/T 9704 10.1).
    pub fn without_first_page_number(mut self) -> Self {
        let empty = Footer::new().add_paragraph(Paragraph::new());
        self.docx = self.docx.first_footer(empty);
        self
    }

    fn push(mut self, p: Paragraph) -> Self {
        self.docx = self.docx.add_paragraph(p);
        self.body_len += 1;
        self
    }

    /// Pushes a paragraph of body text (remembered as the last text, see [`Self::keep_with_text`]).
    fn push_text(mut self, p: Paragraph) -> Self {
        self.last_text = self.body_len;
        self.push(p)
    }

    /// Keeps everything from the last paragraph of text to here on one page, so that a
    /// signature never stands alone on a page (GB/T 9704 7.3.5.4: the date stays with the text).
    fn keep_with_text(mut self) -> Self {
        self.package.keep_with_next.extend(self.last_text..self.body_len.saturating_sub(1));
        self
    }

    /// Width of the type area in the current section.
    fn type_width(&self) -> u32 {
        if self.package.landscape.is_some() { TYPE_HEIGHT } else { TYPE_WIDTH }
    }

    /// The title in 2号小标宋, centred, one line per entry, then one blank line. Off the line
    /// grid (LibreOffice would give each 22 pt line two grid lines), each line one grid line.
    pub fn title(mut self, lines: &[String]) -> Self {
        for line in lines.iter().filter(|l| !l.trim().is_empty()) {
            self = self.push(Paragraph::new().align(AlignmentType::Center).snap_to_grid(false).add_run(run(
                line.trim(),
                FONT_TITLE,
                SIZE_TITLE,
            )));
        }
        self.blank()
    }

    pub fn blank(self) -> Self {
        self.push(Paragraph::new())
    }

    /// 一、 level heading (黑体).
    pub fn heading1(self, text: &str) -> Self {
        self.push_text(body_paragraph(vec![run(text, FONT_HEI, SIZE_BODY)]).keep_next(true))
    }

    /// （一） level heading (楷体).
    pub fn heading2(self, text: &str) -> Self {
        self.push_text(body_paragraph(vec![run(text, FONT_KAI, SIZE_BODY)]).keep_next(true))
    }

    /// A body paragraph (仿宋); several lines of `text` become several paragraphs.
    pub fn text(mut self, text: &str) -> Self {
        for p in paragraphs(text) {
            self = self.push_text(body_paragraph(vec![run(&p, FONT_FANGSONG, SIZE_BODY)]));
        }
        self
    }

    /// A body paragraph that starts with a run-in label (1. and （1） levels are 仿宋 too).
    pub fn labelled(mut self, label: &str, text: &str) -> Self {
        let mut lines = paragraphs(text).into_iter();
        let first = lines.next().unwrap_or_default();
        self = self.push_text(body_paragraph(vec![run(&format!("{label}{first}"), FONT_FANGSONG, SIZE_BODY)]));
        for p in lines {
            self = self.push_text(body_paragraph(vec![run(&p, FONT_FANGSONG, SIZE_BODY)]));
        }
        self
    }

    /// 发文字号 right-aligned, then a blank line.
    pub fn doc_number(self, number: &str) -> Self {
        self.line(number, AlignmentType::Right, 0, 0).blank()
    }

    /// 主送机关 flush left, ending with a full-width colon (wrapped lines flush left too).
    pub fn addressee(self, names: &str) -> Self {
        let names = clean(names).replace('\n', "");
        let names = names.trim().trim_end_matches([':', '：']);
        self.line(&format!("{names}："), AlignmentType::Left, 0, 0)
    }

    /// Starts an attachment of the document on a new page: `附件` in 3号黑体 at the top left,
    /// a blank line (GB/T 9704 8); its title follows on the third line.
    pub fn attachment_mark(self) -> Self {
        self.push(Paragraph::new().page_break_before(true).add_run(run("附件", FONT_HEI, SIZE_BODY))).blank()
    }

    /// A line of body text without first-line indent, aligned as given, with indents in twips.
    pub fn line(self, text: &str, align: AlignmentType, left: i32, right: i32) -> Self {
        self.push(Paragraph::new().align(align).indent(Some(left), None, Some(right), None).add_run(run(
            text,
            FONT_FANGSONG,
            SIZE_BODY,
        )))
    }

    /// 附件说明 (GB/T 9704 7.3.4): `附件：` two characters in, the name after it; a wrapped line
    /// aligns under the first character of the name (hanging indent).
    pub fn attachment(self, name: &str) -> Self {
        let label = "附件：";
        let name = clean(name).replace('\n', " ");
        let hanging = twips(rendered_width(label));
        self.push(
            Paragraph::new()
                .align(AlignmentType::Both)
                .indent(Some(2 * CHAR + hanging), Some(SpecialIndentType::Hanging(hanging)), None, None)
                .add_run(run(&format!("{label}{}", name.trim()), FONT_FANGSONG, SIZE_BODY)),
        )
    }

    /// The signature block of an unsealed document (GB/T 9704 7.3.5.2), see
    /// [`signature_indents`].
    pub fn signature(self, unit: &str, date: &str) -> Self {
        let (unit_right, date_right) = signature_indents(unit, date);
        self.line(unit, AlignmentType::Right, 0, unit_right)
            .line(date, AlignmentType::Right, 0, date_right)
            .keep_with_text()
    }

    /// The signature block of a sealed document (GB/T 9704 7.3.5.1): two blank lines below the
    /// text for the seal (its top within one line of the text, the unit and date a little
    /// below its centre), the unit centred over the date, the date four characters in from the
    /// right.
    pub fn sealed_signature(self, unit: &str, date: &str) -> Self {
        let (unit_right, date_right) = sealed_signature_indents(unit, date);
        self.blank()
            .blank()
            .line(unit, AlignmentType::Right, 0, unit_right)
            .line(date, AlignmentType::Right, 0, date_right)
            .keep_with_text()
    }

    /// Starts the annex in a new landscape section: `附件` (3号黑体) at the top left, a blank
    /// line, the annex title centred on the third line (GB/T 9704 8).
    pub fn annex(mut self, title: &str) -> Self {
        self.package.landscape = Some(Landscape {
            from: self.body_len,
            odd_footer: landscape_page_number_footer(true),
            even_footer: landscape_page_number_footer(false),
        });
        self.push(Paragraph::new().add_run(run("附件", FONT_HEI, SIZE_BODY))).blank().push(
            Paragraph::new()
                .align(AlignmentType::Center)
                .snap_to_grid(false)
                .add_run(run(title, FONT_TITLE, SIZE_TITLE)),
        )
    }

    /// A table in 小四仿宋, fixed layout with widths chosen for the content, a 黑体 header row
    /// repeated on every page, group rows spanning the width (kept with the row after them);
    /// rows may break across pages.
    pub fn table(mut self, table: &Table) -> Self {
        let total = self.type_width();
        let char = SIZE_TABLE as f32 * 10.0;
        let widths = column_widths(table, total, char);
        let rows = table.cell_rows();
        // A column whose every entry fits on one line is centred; others are justified.
        let centred: Vec<bool> = (0..widths.len())
            .map(|i| {
                let room = (widths[i] - 2 * CELL_MARGIN) as f32 / char;
                rows.iter().all(|r| r.get(i).is_none_or(|t| rendered_width(&clean(t)) <= room))
            })
            .collect();
        let paragraph = |text: &str, font: &str, align: AlignmentType| {
            paragraphs(text).iter().fold(Vec::new(), |mut ps: Vec<Paragraph>, line| {
                ps.push(
                    Paragraph::new()
                        .align(align)
                        .snap_to_grid(false)
                        .line_spacing(exact(TABLE_LINE))
                        .add_run(run(line, font, SIZE_TABLE)),
                );
                ps
            })
        };
        let cell = |text: &str, font: &str, width: usize, align: AlignmentType| {
            let ps = paragraph(text, font, align);
            let ps = if ps.is_empty() {
                vec![Paragraph::new().snap_to_grid(false).line_spacing(exact(TABLE_LINE))]
            } else {
                ps
            };
            ps.into_iter()
                .fold(TableCell::new(), TableCell::add_paragraph)
                .width(width, WidthType::Dxa)
                .vertical_align(VAlignType::Center)
        };
        let header = TableRow::new(
            table.headings.iter().zip(&widths).map(|(h, w)| cell(h, FONT_HEI, *w, AlignmentType::Center)).collect(),
        )
        .cant_split();
        let mut docx_rows = vec![header];
        for row in &table.rows {
            docx_rows.push(match row {
                Row::Cells(cells) => TableRow::new(
                    cells
                        .iter()
                        .zip(&widths)
                        .zip(&centred)
                        .map(|((t, w), c)| {
                            cell(t, FONT_FANGSONG, *w, if *c { AlignmentType::Center } else { AlignmentType::Both })
                        })
                        .collect(),
                ),
                Row::Group(label) => {
                    let p = Paragraph::new()
                        .keep_next(true)
                        .snap_to_grid(false)
                        .line_spacing(exact(TABLE_LINE))
                        .add_run(run(label, FONT_HEI, SIZE_TABLE));
                    // Centred like the other cells: LibreOffice otherwise lays the rows after a
                    // group row out top-aligned.
                    let cell = TableCell::new()
                        .add_paragraph(p)
                        .width(total as usize, WidthType::Dxa)
                        .grid_span(widths.len())
                        .vertical_align(VAlignType::Center);
                    TableRow::new(vec![cell]).cant_split()
                }
                Row::Note(text) => {
                    let cell = paragraph(text, FONT_FANGSONG, AlignmentType::Both)
                        .into_iter()
                        .fold(TableCell::new(), TableCell::add_paragraph)
                        .width(total as usize, WidthType::Dxa)
                        .grid_span(widths.len())
                        .vertical_align(VAlignType::Center);
                    TableRow::new(vec![cell])
                }
            });
        }
        let table = DocxTable::new(docx_rows)
            .set_grid(widths)
            .width(total as usize, WidthType::Dxa)
            .layout(TableLayoutType::Fixed)
            .margins(TableCellMargins::new().margin(20, CELL_MARGIN, 20, CELL_MARGIN));
        self.docx = self.docx.add_table(table);
        self.body_len += 1;
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
            Block::Attachment(name) => doc.attachment(name),
            Block::Signature { unit, date } => doc.signature(unit, date),
            Block::Annex(title) => doc.annex(title),
            Block::Table(table) => doc.table(table),
            Block::DocNumber(number) => doc.doc_number(number),
            Block::Addressee(names) => doc.addressee(names),
            Block::SealedSignature { unit, date } => doc.sealed_signature(unit, date),
            Block::AttachmentMark => doc.attachment_mark(),
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

    /// [`Self::finish`], reporting each step as it ends.
    pub fn finish_steps(self, step: &mut dyn FnMut(package::Step)) -> Vec<u8> {
        package::finish_steps(self.docx, &self.props, &self.package, step)
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rendered_width_counts_digits_half_and_the_automatic_spacing() {
        assert_eq!(rendered_width("广东省民政厅"), 6.0);
        // 2018 (2) + 年 + 9 (½) + 月 + 3 (½) + 日, and five changes between digits and Chinese.
        assert_eq!(rendered_width("2018年9月3日"), 6.0 + 5.0 * AUTO_SPACE);
        assert_eq!(rendered_width("（联系人）"), 5.0);
    }

    #[test]
    fn bidirectional_controls_are_removed() {
        assert_eq!(clean("a\u{202E}b\u{2066}c\u{200B}"), "abc\u{200B}");
    }

    #[test]
    fn unsealed_signature_puts_the_date_two_characters_right_of_the_unit() {
        for (unit, date) in [
            ("广东省民政厅", "2018年9月3日"),
            ("广东省人力资源和社会保障厅", "2018年12月30日"),
            ("某局", "2018年9月3日"),
        ] {
            let (u, d) = signature_indents(unit, date);
            let unit_start = u as f32 / CHAR as f32 + rendered_width(unit);
            let date_start = d as f32 / CHAR as f32 + rendered_width(date);
            assert!((unit_start - date_start - 2.0).abs() < 0.01, "{unit}: {unit_start} vs {date_start}");
            assert!(u >= 2 * CHAR && d >= 2 * CHAR, "{unit}: both at least two characters in");
        }
    }

    #[test]
    fn sealed_signature_centres_the_unit_over_a_date_four_characters_in() {
        let (u, d) = sealed_signature_indents("广东省民政厅", "2018年9月3日");
        assert_eq!(d, 4 * CHAR);
        let unit_centre = u as f32 / CHAR as f32 + 3.0;
        let date_centre = 4.0 + rendered_width("2018年9月3日") / 2.0;
        assert!((unit_centre - date_centre).abs() < 0.01);
    }

    #[test]
    fn column_widths_follow_content_fill_the_width_and_keep_headings_whole() {
        let long = "很长的公开内容文字".repeat(5);
        let table = Table::plain(
            ["序号", "公开事项", "公开内容", "牵头单位"].map(String::from).to_vec(),
            vec![vec!["1".into(), "城乡低保认定条件".into(), long.clone(), "社会救助处".into()]; 3],
        );
        let w = column_widths(&table, 12756, 240.0);
        assert_eq!(w.iter().sum::<usize>(), 12756);
        let chars: Vec<usize> = w.iter().map(|x| (x - 2 * CELL_MARGIN) / 240).collect();
        assert!(chars[0] >= 2, "序号 on one line: {chars:?}");
        assert!(chars[3] >= 5, "the unit name on one line: {chars:?}");
        assert!(chars[2] > chars[1] && chars[2] >= 20, "the long text takes the rest: {chars:?}");
        for (c, h) in chars.iter().zip([2, 4, 4, 4]) {
            assert!(*c >= h || h % c == 0, "heading of {h} in {c} characters splits evenly");
        }
        // Too narrow for all: still the whole width, no heading split 3 + 1.
        let w = column_widths(&table, 4000, 240.0);
        assert_eq!(w.iter().sum::<usize>(), 4000);
    }
}
