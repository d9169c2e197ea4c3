//! Writes .docx files the way Word and WPS do, from raw WordprocessingML parts zipped together
//! (not with the app's exporter): paragraphs typed or numbered by Word's automatic numbering
//! (directly or through a paragraph style), heading styles, tables, headers, footnotes and
//! comments, and the markup office programs add around text (runs split mid-word, smart tags,
//! hyperlinks, content controls, tracked changes, fields, bookmarks).
//!
//! Text may carry inline marks the writer turns into markup:
//! `{del:…}` deleted text, `{ins:…}` inserted text, `{hide:…}` hidden text, `{field:…}` a field
//! whose code is `…` and result `1`, `{simple:…}` a simple field's result, `{link:…}` a
//! hyperlink, `{tag:…}` a smart tag, `{sdt:…}` a content control, `{br}` a line break.

use gongyi_plan::export::zip::ZipWriter;

/// How headings and items are numbered.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Numbering {
    /// Typed into the text: the numbers for levels 0, 1, 2.
    Typed(Typed),
    /// Word's automatic numbering, `w:numPr` on each paragraph.
    Auto,
    /// Automatic numbering through heading styles (level 2 via `w:basedOn`).
    AutoByStyle,
    /// Heading styles without numbers.
    Styled,
}

/// Typed numbers: `一、` / `一.` / `一．` / `第一部分 ` / `一 `; `（一）` or `(一)`; `1.` / `1、` / `1．`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Typed {
    /// Patterns of levels 0, 1, 2 (`{}` is the number).
    pub patterns: [&'static str; 3],
    /// Which levels count in Arabic digits (the others in Chinese numerals).
    pub arabic: [bool; 3],
}

pub const DUN: Typed = Typed { patterns: ["{}、", "（{}）", "{}."], arabic: [false, false, true] };
pub const DOT: Typed = Typed { patterns: ["{}.", "({})", "{}、"], arabic: [false, false, true] };
pub const FULL_DOT: Typed = Typed { patterns: ["{}．", "（{}）", "{}．"], arabic: [false, false, true] };
pub const PART: Typed = Typed { patterns: ["第{}部分 ", "{}、", "（{}）"], arabic: [false, false, false] };

/// How the text of a paragraph is marked up.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Markup {
    /// One run per paragraph, as a careful generator writes it.
    Plain,
    /// As WPS and much-edited Word documents do: runs split every few characters, proofing
    /// marks, bookmarks, smart tags, run properties with language and font hints.
    Wps,
}

/// A block of the body.
#[derive(Clone, Debug, PartialEq)]
pub enum Block {
    /// A heading (level 0 section, 1 subsection, 2 item) numbered per [`Numbering`]; the text
    /// may go on after the heading name in the same paragraph.
    Heading(usize, String),
    /// A body paragraph.
    Text(String),
    /// A table; the first row is the header.
    Table(Vec<Vec<String>>),
    /// An empty paragraph.
    Blank,
}

/// A document to write.
#[derive(Clone, Debug)]
pub struct Doc {
    pub blocks: Vec<Block>,
    pub numbering: Numbering,
    pub markup: Markup,
    /// Text of a header part (never part of the body).
    pub header: Option<String>,
    /// Text of a comment (never part of the body).
    pub comment: Option<String>,
    /// Text of a footnote (never part of the body).
    pub footnote: Option<String>,
    /// `w:numFmt` of levels 0 and 1 of the automatic numbering.
    pub numbering_format: &'static str,
}

impl Doc {
    pub fn new(blocks: Vec<Block>) -> Doc {
        Doc {
            blocks,
            numbering: Numbering::Typed(DUN),
            markup: Markup::Plain,
            header: None,
            comment: None,
            footnote: None,
            numbering_format: "chineseCounting",
        }
    }
}

/// 一 … 十, 十一 … 九十九.
pub fn cn(n: usize) -> String {
    const D: [&str; 10] = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九"];
    match n {
        1..=9 => D[n].into(),
        10 => "十".into(),
        11..=19 => format!("十{}", D[n - 10]),
        _ => format!("{}十{}", D[n / 10], D[n % 10]),
    }
}

fn esc(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

const W: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const NS: &str = concat!(
    r#"xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" "#,
    r#"xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" "#,
    r#"xmlns:o="urn:schemas-microsoft-com:office:office" "#,
    r#"xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" "#,
    r#"xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" "#,
    r#"xmlns:v="urn:schemas-microsoft-com:vml" "#,
    r#"xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" "#,
    r#"xmlns:w10="urn:schemas-microsoft-com:office:word" "#,
    r#"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" "#,
    r#"xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" "#,
    r#"xmlns:wpsCustomData="http://www.wps.cn/officeDocument/2013/wpsCustomData" "#,
    r#"mc:Ignorable="w14 wpsCustomData""#
);

/// One run of text with the run properties the markup style adds.
fn run(text: &str, markup: Markup, extra_rpr: &str) -> String {
    let rpr = match markup {
        Markup::Plain => extra_rpr.to_string(),
        Markup::Wps => format!(
            r#"<w:rFonts w:hint="eastAsia" w:ascii="仿宋_GB2312" w:eastAsia="仿宋_GB2312"/><w:sz w:val="32"/>{extra_rpr}<w:lang w:val="en-US" w:eastAsia="zh-CN"/>"#
        ),
    };
    let rpr = if rpr.is_empty() { String::new() } else { format!("<w:rPr>{rpr}</w:rPr>") };
    format!(r#"<w:r>{rpr}<w:t xml:space="preserve">{}</w:t></w:r>"#, esc(text))
}

/// Runs for plain text: whole, or (WPS) split every few characters with proofing marks between.
fn runs(text: &str, markup: Markup, seed: usize) -> String {
    if text.is_empty() {
        return String::new();
    }
    match markup {
        Markup::Plain => run(text, markup, ""),
        Markup::Wps => {
            let chars: Vec<char> = text.chars().collect();
            let mut out = String::new();
            let mut i = 0;
            let mut k = seed;
            while i < chars.len() {
                let len = 1 + (k * 7 + 3) % 4;
                let piece: String = chars[i..(i + len).min(chars.len())].iter().collect();
                match k % 6 {
                    1 => out.push_str(r#"<w:proofErr w:type="spellStart"/>"#),
                    4 => out.push_str(r#"<w:proofErr w:type="gramEnd"/>"#),
                    _ => {}
                }
                if k % 9 == 5 {
                    out.push_str(&format!(r#"<w:smartTag w:uri="urn:schemas-microsoft-com:office:smarttags" w:element="chsdate"><w:smartTagPr><w:attr w:name="Year" w:val="2018"/></w:smartTagPr>{}</w:smartTag>"#, run(&piece, markup, "")));
                } else {
                    out.push_str(&run(&piece, markup, if k.is_multiple_of(5) { "<w:b/>" } else { "" }));
                }
                i += len;
                k += 1;
            }
            out
        }
    }
}

/// Paragraph content with the inline marks turned into markup.
fn content(text: &str, markup: Markup, seed: usize) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(open) = rest.find('{') {
        out.push_str(&runs(&rest[..open], markup, seed + out.len()));
        let after = &rest[open + 1..];
        let close = after.find('}').expect("closed mark");
        let mark = &after[..close];
        rest = &after[close + 1..];
        let (kind, value) = mark.split_once(':').unwrap_or((mark, ""));
        out.push_str(&match kind {
            "del" => format!(r#"<w:del w:id="9{seed}" w:author="办公室" w:date="2018-09-01T10:00:00Z"><w:r><w:delText xml:space="preserve">{}</w:delText></w:r></w:del>"#, esc(value)),
            "ins" => format!(r#"<w:ins w:id="8{seed}" w:author="办公室" w:date="2018-09-01T10:00:00Z">{}</w:ins>"#, runs(value, markup, seed)),
            "hide" => run(value, markup, "<w:vanish/>"),
            "field" => format!(
                r#"<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> {} </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>{}<w:r><w:fldChar w:fldCharType="end"/></w:r>"#,
                esc(value),
                run("1", markup, "")
            ),
            "simple" => format!(r#"<w:fldSimple w:instr=" DOCPROPERTY Company "><w:r><w:t>{}</w:t></w:r></w:fldSimple>"#, esc(value)),
            "link" => format!(r#"<w:hyperlink r:id="rId90" w:history="1">{}</w:hyperlink>"#, run(value, markup, r#"<w:rStyle w:val="Hyperlink"/>"#)),
            "tag" => format!(r#"<w:smartTag w:uri="urn:schemas-microsoft-com:office:smarttags" w:element="PersonName">{}</w:smartTag>"#, runs(value, markup, seed)),
            "sdt" => format!(
                r#"<w:sdt><w:sdtPr><w:alias w:val="XX单位"/><w:tag w:val="unit"/><w:id w:val="-1"/><w:placeholder><w:docPart w:val="XXXX"/></w:placeholder></w:sdtPr><w:sdtContent>{}</w:sdtContent></w:sdt>"#,
                runs(value, markup, seed)
            ),
            "br" => "<w:r><w:br/></w:r>".to_string(),
            other => panic!("unknown mark {other}"),
        });
    }
    out.push_str(&runs(rest, markup, seed + 11));
    out
}

fn paragraph(ppr: &str, text: &str, markup: Markup, seed: usize) -> String {
    let ppr = match markup {
        Markup::Plain => ppr.to_string(),
        Markup::Wps => format!(
            r#"{ppr}<w:spacing w:line="560" w:lineRule="exact"/><w:ind w:firstLine="640" w:firstLineChars="200"/><w:rPr><w:rFonts w:hint="eastAsia"/></w:rPr>"#
        ),
    };
    let ppr = if ppr.is_empty() { String::new() } else { format!("<w:pPr>{ppr}</w:pPr>") };
    let id = match markup {
        Markup::Plain => String::new(),
        Markup::Wps => format!(r#" w14:paraId="{:08X}" w14:textId="77777777""#, seed * 2654435761 % 0x7FFF_FFFF),
    };
    let bookmark = if markup == Markup::Wps && seed % 11 == 3 {
        format!(r#"<w:bookmarkStart w:id="{seed}" w:name="_Toc{seed}"/><w:bookmarkEnd w:id="{seed}"/>"#)
    } else {
        String::new()
    };
    format!("<w:p{id}>{ppr}{bookmark}{}</w:p>", content(text, markup, seed))
}

impl Doc {
    fn body(&self) -> String {
        let mut out = String::new();
        let mut counters = [0usize; 3];
        for (seed, block) in self.blocks.iter().enumerate() {
            match block {
                Block::Heading(level, text) => {
                    counters[*level] += 1;
                    for deeper in counters.iter_mut().skip(level + 1) {
                        *deeper = 0;
                    }
                    let (ppr, shown) = match self.numbering {
                        Numbering::Typed(t) => {
                            let n = counters[*level];
                            let number = if t.arabic[*level] { n.to_string() } else { cn(n) };
                            (String::new(), format!("{}{text}", t.patterns[*level].replace("{}", &number)))
                        }
                        Numbering::Auto => (
                            format!(r#"<w:numPr><w:ilvl w:val="{level}"/><w:numId w:val="1"/></w:numPr>"#),
                            text.clone(),
                        ),
                        Numbering::AutoByStyle => {
                            (format!(r#"<w:pStyle w:val="Heading{}"/>"#, level + 1), text.clone())
                        }
                        Numbering::Styled => (format!(r#"<w:pStyle w:val="Title{}"/>"#, level + 1), text.clone()),
                    };
                    out.push_str(&paragraph(&ppr, &shown, self.markup, seed));
                }
                Block::Text(text) => out.push_str(&paragraph("", text, self.markup, seed)),
                Block::Blank => out.push_str("<w:p/>"),
                Block::Table(rows) => {
                    out.push_str(r#"<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/><w:tblLook w:val="04A0"/></w:tblPr><w:tblGrid>"#);
                    for _ in &rows[0] {
                        out.push_str(r#"<w:gridCol w:w="2000"/>"#);
                    }
                    out.push_str("</w:tblGrid>");
                    for (r, row) in rows.iter().enumerate() {
                        out.push_str(if r == 0 { "<w:tr><w:trPr><w:tblHeader/></w:trPr>" } else { "<w:tr>" });
                        for cell in row {
                            out.push_str(r#"<w:tc><w:tcPr><w:tcW w:w="2000" w:type="dxa"/></w:tcPr>"#);
                            out.push_str(&paragraph("", cell, self.markup, seed + r));
                            out.push_str("</w:tc>");
                        }
                        out.push_str("</w:tr>");
                    }
                    out.push_str("</w:tbl>");
                }
            }
        }
        if self.footnote.is_some() {
            out.push_str(r#"<w:p><w:r><w:t>注</w:t></w:r><w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="1"/></w:r></w:p>"#);
        }
        if self.comment.is_some() {
            out.push_str(r#"<w:p><w:commentRangeStart w:id="0"/><w:r><w:t>审</w:t></w:r><w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r></w:p>"#);
        }
        out
    }

    fn styles(&self) -> String {
        let heading = |n: usize, num: &str| {
            let (based, numpr) = match (self.numbering, n) {
                (Numbering::AutoByStyle, 3) => (
                    r#"<w:basedOn w:val="Heading2"/>"#.to_string(),
                    r#"<w:numPr><w:ilvl w:val="2"/></w:numPr>"#.to_string(),
                ),
                (Numbering::AutoByStyle, _) => (
                    r#"<w:basedOn w:val="Normal"/>"#.to_string(),
                    format!(r#"<w:numPr><w:ilvl w:val="{}"/><w:numId w:val="{num}"/></w:numPr>"#, n - 1),
                ),
                _ => (r#"<w:basedOn w:val="Normal"/>"#.to_string(), String::new()),
            };
            format!(
                r#"<w:style w:type="paragraph" w:styleId="Heading{n}"><w:name w:val="heading {n}"/>{based}<w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/>{numpr}<w:outlineLvl w:val="{}"/></w:pPr><w:rPr><w:rFonts w:eastAsia="黑体"/><w:b/></w:rPr></w:style>"#,
                n - 1
            )
        };
        let titles: String = (1..=3)
            .map(|n| format!(r#"<w:style w:type="paragraph" w:customStyle="1" w:styleId="Title{n}"><w:name w:val="公文标题{n}"/><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="{}"/></w:pPr></w:style>"#, n - 1))
            .collect();
        format!(
            r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles xmlns:w="{W}"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:eastAsia="仿宋_GB2312"/><w:sz w:val="32"/><w:lang w:val="en-US" w:eastAsia="zh-CN"/></w:rPr></w:rPrDefault></w:docDefaults><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/><w:pPr><w:widowControl w:val="0"/><w:jc w:val="both"/></w:pPr></w:style>{}{}{}{titles}<w:style w:type="character" w:styleId="Hyperlink"><w:name w:val="Hyperlink"/><w:rPr><w:color w:val="0000FF"/><w:u w:val="single"/></w:rPr></w:style><w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4"/></w:tblBorders></w:tblPr></w:style></w:styles>"#,
            heading(1, "1"),
            heading(2, "1"),
            heading(3, "1")
        )
    }

    fn numbering_xml(&self) -> String {
        let f = self.numbering_format;
        format!(
            r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering xmlns:w="{W}"><w:abstractNum w:abstractNumId="0"><w:nsid w:val="1A2B3C4D"/><w:multiLevelType w:val="multilevel"/><w:tmpl w:val="0409001D"/><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="{f}"/><w:lvlText w:val="%1、"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr><w:rPr><w:rFonts w:eastAsia="黑体"/></w:rPr></w:lvl><w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="{f}"/><w:lvlText w:val="（%2）"/><w:lvlJc w:val="left"/><w:suff w:val="nothing"/><w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr></w:lvl><w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%3."/><w:lvlJc w:val="left"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>"#
        )
    }

    /// The .docx bytes.
    pub fn docx(&self) -> Vec<u8> {
        let numbered = matches!(self.numbering, Numbering::Auto | Numbering::AutoByStyle);
        let mut types = String::from(concat!(
            r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">"#,
            r#"<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>"#,
            r#"<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>"#,
            r#"<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>"#,
            r#"<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>"#
        ));
        let mut rels = String::from(concat!(
            r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#,
            r#"<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>"#,
            r#"<Relationship Id="rId90" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="http://www.gd.gov.cn/" TargetMode="External"/>"#
        ));
        let mut parts: Vec<(String, String)> = Vec::new();
        let mut sect = String::new();
        if numbered {
            types.push_str(r#"<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>"#);
            rels.push_str(r#"<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>"#);
            parts.push(("word/numbering.xml".into(), self.numbering_xml()));
        }
        if let Some(h) = &self.header {
            types.push_str(r#"<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>"#);
            rels.push_str(r#"<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>"#);
            parts.push(("word/header1.xml".into(), format!(r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:hdr xmlns:w="{W}"><w:p><w:r><w:t>{}</w:t></w:r></w:p></w:hdr>"#, esc(h))));
            sect.push_str(r#"<w:headerReference w:type="default" r:id="rId3"/>"#);
        }
        if let Some(c) = &self.comment {
            types.push_str(r#"<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/>"#);
            rels.push_str(r#"<Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/>"#);
            parts.push(("word/comments.xml".into(), format!(r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:comments xmlns:w="{W}"><w:comment w:id="0" w:author="科员" w:initials="K"><w:p><w:r><w:t>{}</w:t></w:r></w:p></w:comment></w:comments>"#, esc(c))));
        }
        if let Some(f) = &self.footnote {
            types.push_str(r#"<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/>"#);
            rels.push_str(r#"<Relationship Id="rId5" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/>"#);
            parts.push(("word/footnotes.xml".into(), format!(r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:footnotes xmlns:w="{W}"><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote><w:footnote w:id="1"><w:p><w:r><w:t>{}</w:t></w:r></w:p></w:footnote></w:footnotes>"#, esc(f))));
        }
        types.push_str("</Types>");
        rels.push_str("</Relationships>");
        let document = format!(
            r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {NS}><w:body>{}<w:sectPr>{sect}<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1587" w:header="851" w:footer="992" w:gutter="0"/><w:docGrid w:type="lines" w:linePitch="579"/></w:sectPr></w:body></w:document>"#,
            self.body()
        );
        let root_rels = concat!(
            r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#,
            r#"<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>"#,
            r#"<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>"#,
            r#"</Relationships>"#
        );
        let core = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>XX单位工作方案</dc:title><dc:creator>Administrator</dc:creator></cp:coreProperties>"#;
        let mut w = ZipWriter::default();
        w.add("[Content_Types].xml", types.as_bytes());
        w.add("_rels/.rels", root_rels.as_bytes());
        w.add("docProps/core.xml", core.as_bytes());
        w.add("word/document.xml", document.as_bytes());
        w.add("word/_rels/document.xml.rels", rels.as_bytes());
        w.add("word/styles.xml", self.styles().as_bytes());
        for (name, xml) in &parts {
            w.add(name, xml.as_bytes());
        }
        if self.markup == Markup::Wps {
            w.add("docProps/custom.xml", br#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="KSOProductBuildVer"><vt:lpwstr xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">2052-11.1.0.8214</vt:lpwstr></property></Properties>"#);
        }
        w.finish()
    }
}
