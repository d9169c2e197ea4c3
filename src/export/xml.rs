//! A minimal XML tree for finishing the parts docx-rs writes: parse, change, write back.
//!
//! Only what those parts contain is supported: a declaration, elements with attributes, text,
//! and (passed through) comments, processing instructions and CDATA. Attribute values and text
//! are kept escaped exactly as they were read, so writing a part back changes nothing but what
//! was changed in the tree.

use std::borrow::Cow;

use std::fmt::Write;

/// A node of the tree: an element or raw (still escaped) character data.
#[derive(Clone, Debug, PartialEq)]
pub enum Node {
    Element(Element),
    /// Character data (or a comment, PI or CDATA section) exactly as written.
    Raw(String),
}

/// An element: qualified name, attributes (values still escaped) and children.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Element {
    pub name: String,
    pub attrs: Vec<(String, String)>,
    pub children: Vec<Node>,
}

/// A parsed part: what stood before the root (the XML declaration) and the root element.
#[derive(Clone, Debug, PartialEq)]
pub struct Part {
    pub prolog: String,
    pub root: Element,
}

/// Why a part could not be parsed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct XmlError(pub String);

impl Element {
    pub fn new(name: &str) -> Element {
        Element { name: name.to_string(), ..Element::default() }
    }

    /// Builder: adds an attribute (the value is escaped).
    pub fn attr(mut self, name: &str, value: &str) -> Element {
        self.set_attr(name, value);
        self
    }

    /// Builder: adds a child element.
    pub fn with(mut self, child: Element) -> Element {
        self.children.push(Node::Element(child));
        self
    }

    /// The attribute's (unescaped) value.
    pub fn get_attr(&self, name: &str) -> Option<String> {
        self.attrs.iter().find(|(n, _)| n == name).map(|(_, v)| unescape(v).into_owned())
    }

    /// Sets an attribute (the value is escaped), replacing one of the same name.
    pub fn set_attr(&mut self, name: &str, value: &str) {
        let value = escape(value);
        match self.attrs.iter_mut().find(|(n, _)| n == name) {
            Some(slot) => slot.1 = value,
            None => self.attrs.push((name.to_string(), value)),
        }
    }

    /// Child elements.
    pub fn elements(&self) -> impl Iterator<Item = &Element> {
        self.children.iter().filter_map(|n| match n {
            Node::Element(e) => Some(e),
            Node::Raw(_) => None,
        })
    }

    pub fn elements_mut(&mut self) -> impl Iterator<Item = &mut Element> {
        self.children.iter_mut().filter_map(|n| match n {
            Node::Element(e) => Some(e),
            Node::Raw(_) => None,
        })
    }

    /// The first child element with this name.
    pub fn child(&self, name: &str) -> Option<&Element> {
        self.elements().find(|e| e.name == name)
    }

    pub fn child_mut(&mut self, name: &str) -> Option<&mut Element> {
        self.elements_mut().find(|e| e.name == name)
    }

    /// The first child element with this name, created (appended) when missing.
    pub fn child_or_insert(&mut self, name: &str) -> &mut Element {
        if self.child(name).is_none() {
            self.children.push(Node::Element(Element::new(name)));
        }
        self.child_mut(name).expect("just inserted")
    }

    /// Puts `child` in place of the first child element of the same name, or appends it.
    pub fn replace_child(&mut self, child: Element) {
        match self.child_mut(&child.name) {
            Some(slot) => *slot = child,
            None => self.children.push(Node::Element(child)),
        }
    }

    /// Removes the child elements for which `drop` is true.
    pub fn remove_children(&mut self, drop: impl Fn(&Element) -> bool) {
        self.children.retain(|n| !matches!(n, Node::Element(e) if drop(e)));
    }

    /// Calls `f` on this element and every descendant, parents first.
    pub fn walk(&self, f: &mut impl FnMut(&Element)) {
        f(self);
        for child in self.elements() {
            child.walk(f);
        }
    }

    fn write_to(&self, out: &mut String) {
        out.push('<');
        out.push_str(&self.name);
        for (name, value) in &self.attrs {
            let _ = write!(out, " {name}=\"{value}\"");
        }
        if self.children.is_empty() {
            out.push_str("/>");
            return;
        }
        out.push('>');
        for child in &self.children {
            match child {
                Node::Element(e) => e.write_to(out),
                Node::Raw(text) => out.push_str(text),
            }
        }
        let _ = write!(out, "</{}>", self.name);
    }

    /// The element as XML text.
    pub fn to_xml(&self) -> String {
        let mut out = String::new();
        self.write_to(&mut out);
        out
    }
}

impl Part {
    /// Parses a part.
    pub fn parse(xml: &str) -> Result<Part, XmlError> {
        let mut parser = Parser::new(xml);
        let prolog = parser.prolog()?;
        let root = parser.element()?;
        Ok(Part { prolog, root })
    }

    /// Parses a part given as bytes (UTF-8).
    pub fn parse_bytes(xml: &[u8]) -> Result<Part, XmlError> {
        let text = std::str::from_utf8(xml).map_err(|_| XmlError("not UTF-8".into()))?;
        Part::parse(text)
    }

    /// The part as XML text, with an XML declaration.
    pub fn to_xml(&self) -> String {
        let mut out = with_declaration(&self.prolog);
        self.root.write_to(&mut out);
        out
    }
}

/// What stood before a part's root element, with an XML declaration if it had none.
pub(super) fn with_declaration(prolog: &str) -> String {
    if prolog.starts_with("<?xml") {
        prolog.to_string()
    } else {
        format!(r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>{prolog}"#)
    }
}

/// The tokenizer shared by the tree ([`Part::parse`]) and the one-pass tidying
/// ([`super::tidy`]): both accept exactly the same text.
pub(super) struct Parser<'a> {
    pub(super) text: &'a str,
    pub(super) at: usize,
}

impl<'a> Parser<'a> {
    pub(super) fn new(text: &'a str) -> Parser<'a> {
        Parser { text, at: 0 }
    }

    pub(super) fn rest(&self) -> &'a str {
        &self.text[self.at..]
    }

    pub(super) fn error(&self, what: &str) -> XmlError {
        XmlError(format!("{what} at byte {}", self.at))
    }

    pub(super) fn skip_whitespace(&mut self) {
        let rest = self.rest();
        self.at += rest.len() - rest.trim_start().len();
    }

    /// The declaration, comments and processing instructions before the root element, with the
    /// whitespace between them left out.
    pub(super) fn prolog(&mut self) -> Result<String, XmlError> {
        let mut prolog = String::new();
        loop {
            self.skip_whitespace();
            if self.rest().starts_with("<?") || self.rest().starts_with("<!--") {
                let end = self.special_end()?;
                prolog.push_str(&self.text[self.at..end]);
                self.at = end;
            } else {
                return Ok(prolog);
            }
        }
    }

    /// End (exclusive) of the comment, PI or CDATA section starting here.
    pub(super) fn special_end(&self) -> Result<usize, XmlError> {
        let rest = self.rest();
        let close = if rest.starts_with("<?") {
            "?>"
        } else if rest.starts_with("<!--") {
            "-->"
        } else if rest.starts_with("<![CDATA[") {
            "]]>"
        } else {
            return Err(self.error("unsupported markup"));
        };
        rest.find(close).map(|i| self.at + i + close.len()).ok_or_else(|| self.error("unterminated markup"))
    }

    pub(super) fn name(&mut self) -> Result<&'a str, XmlError> {
        let rest = self.rest();
        let len = rest.find(|c: char| c.is_whitespace() || matches!(c, '>' | '/' | '=')).unwrap_or(rest.len());
        if len == 0 {
            return Err(self.error("expected a name"));
        }
        self.at += len;
        Ok(&rest[..len])
    }

    /// Reads `<name`: the element's name.
    pub(super) fn open(&mut self) -> Result<&'a str, XmlError> {
        if !self.rest().starts_with('<') {
            return Err(self.error("expected an element"));
        }
        self.at += 1;
        self.name()
    }

    /// The next attribute of a start tag, its value as written (still escaped; `"` within a
    /// value quoted with `'` as `&quot;`), or the end of the tag: `Ok(Err(true))` after `/>`,
    /// `Ok(Err(false))` after `>`.
    #[allow(clippy::type_complexity)]
    pub(super) fn attribute(&mut self) -> Result<Result<(&'a str, Cow<'a, str>), bool>, XmlError> {
        self.skip_whitespace();
        let rest = self.rest();
        if rest.starts_with("/>") {
            self.at += 2;
            return Ok(Err(true));
        }
        if rest.starts_with('>') {
            self.at += 1;
            return Ok(Err(false));
        }
        let name = self.name()?;
        self.skip_whitespace();
        if !self.rest().starts_with('=') {
            return Err(self.error("expected ="));
        }
        self.at += 1;
        self.skip_whitespace();
        let quote = self
            .rest()
            .chars()
            .next()
            .filter(|c| *c == '"' || *c == '\'')
            .ok_or_else(|| self.error("expected a quote"))?;
        self.at += 1;
        let len = self.rest().find(quote).ok_or_else(|| self.error("unterminated attribute"))?;
        let raw = &self.rest()[..len];
        let value = if raw.contains('"') { Cow::Owned(raw.replace('"', "&quot;")) } else { Cow::Borrowed(raw) };
        self.at += len + 1;
        Ok(Ok((name, value)))
    }

    /// Reads `</name>` at the current position if it is there (`Ok(true)`), checking that it
    /// closes `open`.
    pub(super) fn close(&mut self, open: &str) -> Result<bool, XmlError> {
        let rest = self.rest();
        if rest.is_empty() {
            return Err(self.error(&format!("unclosed <{open}>")));
        }
        if !rest.starts_with("</") {
            return Ok(false);
        }
        self.at += 2;
        let name = self.name()?;
        if name != open {
            return Err(self.error(&format!("</{name}> closes <{open}>")));
        }
        self.skip_whitespace();
        if !self.rest().starts_with('>') {
            return Err(self.error("expected >"));
        }
        self.at += 1;
        Ok(true)
    }

    /// Character data, a comment, PI or CDATA section at the current position (not an element
    /// or end tag), passed through as written.
    pub(super) fn raw(&mut self) -> Result<Option<&'a str>, XmlError> {
        let rest = self.rest();
        if rest.starts_with("<?") || rest.starts_with("<!") {
            let end = self.special_end()?;
            let raw = &self.text[self.at..end];
            self.at = end;
            return Ok(Some(raw));
        }
        if rest.starts_with('<') {
            return Ok(None);
        }
        let len = rest.find('<').unwrap_or(rest.len());
        self.at += len;
        Ok(Some(&rest[..len]))
    }

    /// Parses the element starting at `<`.
    fn element(&mut self) -> Result<Element, XmlError> {
        let mut element = Element::new(self.open()?);
        loop {
            match self.attribute()? {
                Ok((name, value)) => element.attrs.push((name.to_string(), value.into_owned())),
                Err(true) => return Ok(element),
                Err(false) => break,
            }
        }
        while !self.close(&element.name)? {
            match self.raw()? {
                Some(raw) => element.children.push(Node::Raw(raw.to_string())),
                None => element.children.push(Node::Element(self.element()?)),
            }
        }
        Ok(element)
    }
}

/// Escapes text for XML content and attribute values.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            c => out.push(c),
        }
    }
    out
}

/// Undoes [`escape`]: the five named entities and every numeric character reference (`&#12289;`,
/// `&#x3001;`, `&#X3001;`), as Word writes them when it saves a document again; anything else
/// (an unknown name, a lone surrogate, a bare `&`) is kept as it stands. The one decoder of XML
/// text in the project: the Word-plan reader and the embedded-plan hash use it too.
pub fn unescape(text: &str) -> Cow<'_, str> {
    if !text.contains('&') {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find('&') {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        // The longest reference is `&#x10FFFF;` / `&#1114111;`.
        let end = rest.find(';').filter(|&e| e <= 12);
        let decoded = end.and_then(|e| {
            let entity = &rest[1..e];
            let c = match entity {
                "lt" => Some('<'),
                "gt" => Some('>'),
                "amp" => Some('&'),
                "quot" => Some('"'),
                "apos" => Some('\''),
                _ => {
                    let code = if let Some(hex) = entity.strip_prefix("#x").or_else(|| entity.strip_prefix("#X")) {
                        u32::from_str_radix(hex, 16).ok()
                    } else {
                        entity.strip_prefix('#').and_then(|d| d.parse().ok())
                    };
                    code.and_then(char::from_u32)
                }
            };
            c.map(|c| (c, e))
        });
        match decoded {
            Some((c, e)) => {
                out.push(c);
                rest = &rest[e + 1..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_writes_back_unchanged() {
        let xml = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:p w14:paraId="1"><w:pPr><w:jc w:val="left" /></w:pPr><w:r><w:t xml:space="preserve"> a &amp; &lt;b&gt; “引号” </w:t></w:r><!-- c --></w:p>"#;
        let part = Part::parse(xml).unwrap();
        assert_eq!(part.root.name, "w:p");
        assert_eq!(part.root.get_attr("w14:paraId").as_deref(), Some("1"));
        let t = part.root.child("w:r").unwrap().child("w:t").unwrap();
        assert_eq!(t.children, vec![Node::Raw(" a &amp; &lt;b&gt; “引号” ".into())]);
        assert_eq!(part.to_xml(), xml.replace(" />", "/>"), "identical apart from the space before />");
    }

    #[test]
    fn attribute_values_are_escaped_and_unescaped() {
        let mut e = Element::new("a").attr("v", "x\"<&>'");
        assert_eq!(e.to_xml(), r#"<a v="x&quot;&lt;&amp;&gt;&apos;"/>"#);
        assert_eq!(e.get_attr("v").as_deref(), Some("x\"<&>'"));
        e.set_attr("v", "1");
        assert_eq!(e.to_xml(), r#"<a v="1"/>"#);
        assert_eq!(unescape("&#x4E2D;&#25991;&#X3001;&bogus; &#55296; &"), "中文、&bogus; &#55296; &");
        let single = Part::parse(r#"<a v='say "x"'/>"#).unwrap();
        assert_eq!(single.root.to_xml(), r#"<a v="say &quot;x&quot;"/>"#);
    }

    #[test]
    fn malformed_xml_is_an_error() {
        for bad in ["", "<a>", "<a></b>", "<a b></a>", "<a b=1/>", "<a><!-- x</a>", "text"] {
            assert!(Part::parse(bad).is_err(), "{bad}");
        }
    }
}
