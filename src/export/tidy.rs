//! Tidying an XML part that docx-rs wrote, in one pass over its text: no tree is built, so a
//! document of several megabytes (a plan of a thousand items) costs one copy of its text, not a
//! million small allocations.
//!
//! What the pass does, element by element, as the text is read:
//! - empty `w:rPr` and `w:pPr` (no attributes, no children, once their own empty children are
//!   gone) are dropped, and `w:type` from `w:gridCol`;
//! - the children of every element that [`super::schema_order`] has a rule for are put in schema
//!   order: each child is written as it is read and only an element whose children came out of
//!   order has its (already written) children moved, stably;
//! - optionally ([`Options::table_headers`]) the first row of every table is marked as a header
//!   row repeated on each page (`w:tblHeader`, which docx-rs cannot write);
//! - optionally ([`Options::body`]) the body's children, each already tidied, are handed to the
//!   caller to change (keep a paragraph with the next, split off a section) before they are put
//!   in order; a child the caller replaced is tidied again.
//!
//! The output is exactly what parsing the part into a [`super::xml::Part`], changing the tree and
//! writing it back would give (attribute values and text kept as written, `<a/>` for an element
//! without children, one space before each attribute).

use std::borrow::Cow;

use super::schema_order::{Rule, rule};
use super::xml::{Parser, XmlError, with_declaration};

/// A child of the body, tidied, for [`Options::body`] to look at and change.
#[derive(Clone, Debug, PartialEq)]
pub struct BodyChild<'a> {
    /// The element's name; `None` for character data, a comment or a processing instruction.
    pub name: Option<&'a str>,
    /// The child as XML; one replaced by an owned string is tidied again.
    pub xml: Cow<'a, str>,
}

/// What to do besides tidying.
#[derive(Default)]
pub struct Options<'f> {
    /// Mark the first row of every table as a header row (`w:tblHeader` in its `w:trPr`).
    pub table_headers: bool,
    /// Called once with the children of the first `w:body` of the root element.
    #[allow(clippy::type_complexity)]
    pub body: Option<&'f mut dyn for<'a> FnMut(&mut Vec<BodyChild<'a>>)>,
}

/// Tidies a part (see the module documentation); the result has an XML declaration.
pub fn tidy_part(xml: &str, options: Options) -> Result<String, XmlError> {
    let mut parser = Parser::new(xml);
    let prolog = parser.prolog()?;
    let mut out = with_declaration(&prolog);
    out.reserve(xml.len() + xml.len() / 32);
    let mut tidy = Tidy { parser, out, segments: Vec::new(), options };
    tidy.element(Mode::Plain, 0)?;
    Ok(tidy.out)
}

/// Tidies one element given as text (no declaration added).
pub fn tidy_element(xml: &str) -> Result<String, XmlError> {
    let mut tidy = Tidy {
        parser: Parser::new(xml),
        out: String::with_capacity(xml.len()),
        segments: Vec::new(),
        options: Options::default(),
    };
    tidy.element(Mode::Plain, 0)?;
    Ok(tidy.out)
}

/// How an element is treated beyond tidying.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Mode {
    Plain,
    /// The first row of a table: its (first) `w:trPr` gets `w:tblHeader`.
    HeaderRow,
    /// The properties of that row.
    HeaderRowProperties,
}

/// A child written to the output: where, and its rank in the parent's schema order.
#[derive(Clone, Copy, Debug)]
struct Segment {
    rank: usize,
    start: usize,
    end: usize,
    element: bool,
}

struct Tidy<'a, 'f> {
    parser: Parser<'a>,
    out: String,
    /// The children written so far of every element being read (a stack).
    segments: Vec<Segment>,
    options: Options<'f>,
}

/// Rank of a child in `order` (unknown ones last); character data stands where `*` does.
fn rank_in(order: Option<&Rule>, name: Option<&str>) -> usize {
    let Some(order) = order else { return 0 };
    match name {
        Some(name) => order.rank(name),
        None => order.content(),
    }
    .unwrap_or(usize::MAX)
}

/// The name of the element a (tidied) child starts with.
fn element_name(xml: &str) -> &str {
    let rest = &xml[1..];
    &rest[..rest.find(|c: char| c.is_whitespace() || matches!(c, '>' | '/')).unwrap_or(rest.len())]
}

impl<'a> Tidy<'a, '_> {
    fn push_segment(&mut self, order: Option<&Rule>, name: Option<&str>, start: usize) {
        if order.is_none() {
            return;
        }
        let rank = rank_in(order, name);
        self.segments.push(Segment { rank, start, end: self.out.len(), element: name.is_some() });
    }

    /// Reads and writes the element at `<`; true when it is an empty `w:rPr` or `w:pPr`, which
    /// the caller drops.
    fn element(&mut self, mode: Mode, depth: usize) -> Result<bool, XmlError> {
        let name = self.parser.open()?;
        self.out.push('<');
        self.out.push_str(name);
        let mut attributes = false;
        let self_closing = loop {
            match self.parser.attribute()? {
                Ok((attribute, _)) if name == "w:gridCol" && attribute == "w:type" => {}
                Ok((attribute, value)) => {
                    attributes = true;
                    self.out.push(' ');
                    self.out.push_str(attribute);
                    self.out.push_str("=\"");
                    self.out.push_str(&value);
                    self.out.push('"');
                }
                Err(self_closing) => break self_closing,
            }
        };
        self.out.push('>');
        let content = self.out.len();
        let order = rule(name);
        let base = self.segments.len();
        let mut header_row = self.options.table_headers && name == "w:tbl";
        let mut header_properties = mode == Mode::HeaderRow;
        let mut has_header = false;
        if !self_closing {
            while !self.parser.close(name)? {
                let start = self.out.len();
                if let Some(raw) = self.parser.raw()? {
                    self.out.push_str(raw);
                    self.push_segment(order, None, start);
                    continue;
                }
                let child = self.parser.rest()[1..].split(|c: char| c.is_whitespace() || matches!(c, '>' | '/')).next();
                let child = child.unwrap_or_default();
                let child_mode = if header_row && child == "w:tr" {
                    header_row = false;
                    Mode::HeaderRow
                } else if header_properties && child == "w:trPr" {
                    header_properties = false;
                    Mode::HeaderRowProperties
                } else {
                    Mode::Plain
                };
                has_header |= child == "w:tblHeader";
                if self.element(child_mode, depth + 1)? {
                    self.out.truncate(start);
                } else {
                    self.push_segment(order, Some(child), start);
                }
            }
        }
        let start = self.out.len();
        if mode == Mode::HeaderRowProperties && !has_header {
            self.out.push_str("<w:tblHeader/>");
            self.push_segment(order, Some("w:tblHeader"), start);
        } else if mode == Mode::HeaderRow && header_properties {
            self.out.push_str("<w:trPr><w:tblHeader/></w:trPr>");
            self.push_segment(order, Some("w:trPr"), start);
        }
        if depth == 1
            && name == "w:body"
            && let Some(body) = self.options.body.take()
        {
            self.body(body, order, content, base);
        } else if order.is_some() {
            self.order(content, base);
        }
        self.segments.truncate(base);
        let empty = self.out.len() == content;
        if empty {
            self.out.pop();
            self.out.push_str("/>");
        } else {
            self.out.push_str("</");
            self.out.push_str(name);
            self.out.push('>');
        }
        Ok(empty && !attributes && (name == "w:rPr" || name == "w:pPr"))
    }

    /// Puts the children written from `content` on (segments from `base` on) in rank order.
    fn order(&mut self, content: usize, base: usize) {
        let segments = &mut self.segments[base..];
        if segments.is_sorted_by_key(|s| s.rank) {
            return;
        }
        let written = self.out.split_off(content);
        segments.sort_by_key(|s| s.rank);
        for s in segments.iter() {
            self.out.push_str(&written[s.start - content..s.end - content]);
        }
    }

    /// Hands the body's children to the caller, then writes them back in order.
    fn body(
        &mut self,
        change: &mut dyn for<'b> FnMut(&mut Vec<BodyChild<'b>>),
        order: Option<&Rule>,
        content: usize,
        base: usize,
    ) {
        let written = self.out.split_off(content);
        let mut children: Vec<BodyChild> = self.segments[base..]
            .iter()
            .map(|s| {
                let xml = &written[s.start - content..s.end - content];
                BodyChild { name: s.element.then(|| element_name(xml)), xml: Cow::Borrowed(xml) }
            })
            .collect();
        change(&mut children);
        let mut ranked: Vec<(usize, Cow<str>)> = children
            .into_iter()
            .map(|child| {
                let xml = match child.xml {
                    Cow::Owned(xml) if child.name.is_some() => Cow::Owned(tidy_element(&xml).unwrap_or(xml)),
                    xml => xml,
                };
                (rank_in(order, child.name), xml)
            })
            .collect();
        ranked.sort_by_key(|(rank, _)| *rank);
        for (_, xml) in ranked {
            self.out.push_str(&xml);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn drops_empty_properties_and_grid_column_types() {
        let xml = r#"<w:tbl><w:tblGrid><w:gridCol w:w="100" w:type="dxa" /></w:tblGrid><w:tr><w:tc><w:p><w:pPr><w:rPr></w:rPr></w:pPr><w:r><w:rPr/><w:t xml:space="preserve">a</w:t></w:r></w:p></w:tc></w:tr></w:tbl>"#;
        assert_eq!(
            tidy_element(xml).unwrap(),
            r#"<w:tbl><w:tblGrid><w:gridCol w:w="100"/></w:tblGrid><w:tr><w:tc><w:p><w:r><w:t xml:space="preserve">a</w:t></w:r></w:p></w:tc></w:tr></w:tbl>"#
        );
        // Properties with an attribute are kept.
        assert_eq!(tidy_element(r#"<w:p><w:pPr a="1"/></w:p>"#).unwrap(), r#"<w:p><w:pPr a="1"/></w:p>"#);
    }

    #[test]
    fn marks_the_first_row_of_each_table_as_header() {
        let options = || Options { table_headers: true, ..Options::default() };
        let xml = r#"<w:document><w:body><w:tbl><w:tr><w:trPr><w:cantSplit/></w:trPr><w:tc/></w:tr><w:tr><w:tc/></w:tr></w:tbl><w:tbl><w:tr><w:tc/></w:tr></w:tbl><w:tbl><w:tr><w:trPr><w:tblHeader/></w:trPr></w:tr></w:tbl></w:body></w:document>"#;
        let out = tidy_part(xml, options()).unwrap();
        assert!(out.ends_with(concat!(
            r#"<w:tbl><w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr><w:tc/></w:tr><w:tr><w:tc/></w:tr></w:tbl>"#,
            r#"<w:tbl><w:tr><w:trPr><w:tblHeader/></w:trPr><w:tc/></w:tr></w:tbl>"#,
            r#"<w:tbl><w:tr><w:trPr><w:tblHeader/></w:trPr></w:tr></w:tbl></w:body></w:document>"#
        )));
        assert!(out.starts_with("<?xml "), "{out}");
    }

    #[test]
    fn body_children_can_be_changed_and_are_tidied_again() {
        let xml = r#"<?xml version="1.0"?><w:document><w:body><w:sectPr><w:pgMar/><w:pgSz/></w:sectPr><w:p><w:r><w:t>a</w:t></w:r></w:p>text</w:body></w:document>"#;
        let mut seen = Vec::new();
        let mut change = |children: &mut Vec<BodyChild>| {
            seen = children.iter().map(|c| c.name.map(String::from)).collect();
            children[1].xml =
                Cow::Owned(r#"<w:p><w:r><w:t>b</w:t></w:r><w:pPr><w:jc/><w:keepNext/></w:pPr></w:p>"#.into());
        };
        let out = tidy_part(xml, Options { body: Some(&mut change), ..Options::default() }).unwrap();
        assert_eq!(seen, vec![Some("w:sectPr".to_string()), Some("w:p".to_string()), None]);
        assert_eq!(
            out,
            r#"<?xml version="1.0"?><w:document><w:body><w:p><w:pPr><w:keepNext/><w:jc/></w:pPr><w:r><w:t>b</w:t></w:r></w:p>text<w:sectPr><w:pgSz/><w:pgMar/></w:sectPr></w:body></w:document>"#
        );
    }

    #[test]
    fn malformed_xml_is_an_error() {
        for bad in ["", "<a>", "<a></b>", "<a b></a>", "<a b=1/>", "<a><!-- x</a>", "text"] {
            assert!(tidy_element(bad).is_err(), "{bad}");
        }
    }
}
