//! A small pull reader for the XML parts of a .docx (document, styles, numbering, relationships).
//!
//! It yields start tags (with their attributes undecoded until asked for), end tags and text
//! with entities decoded — the five named ones and numeric character references (`&#12289;`,
//! `&#x3001;`). Comments, processing instructions and a DOCTYPE are skipped; no entity is ever
//! expanded from a DOCTYPE, so entity bombs have nothing to work with. Malformed input never
//! panics: the reader stops at what it cannot make sense of.

use std::borrow::Cow;

/// One piece of an XML part.
#[derive(Clone, Debug, PartialEq)]
pub enum Event<'a> {
    /// `<name …>` or `<name …/>` (then `empty` is true and no `End` follows).
    Start(Tag<'a>),
    /// `</name>`.
    End(&'a str),
    /// Character data (entities decoded; CDATA as is).
    Text(Cow<'a, str>),
}

/// A start tag.
#[derive(Clone, Debug, PartialEq)]
pub struct Tag<'a> {
    /// The qualified name, e.g. `w:p`.
    pub name: &'a str,
    attrs: &'a str,
    pub empty: bool,
}

/// The part of a qualified name after the prefix: `w:p` → `p`.
pub fn local(name: &str) -> &str {
    name.rsplit_once(':').map_or(name, |(_, l)| l)
}

/// The prefix of a qualified name: `w:p` → `w`, `p` → ``.
pub fn prefix(name: &str) -> &str {
    name.rsplit_once(':').map_or("", |(p, _)| p)
}

impl<'a> Tag<'a> {
    /// The attributes: (qualified name, value decoded).
    pub fn attributes(&self) -> impl Iterator<Item = (&'a str, Cow<'a, str>)> {
        let mut rest = self.attrs;
        std::iter::from_fn(move || {
            let eq = rest.find('=')?;
            let name = rest[..eq].trim();
            let after = rest[eq + 1..].trim_start();
            let quote = after.chars().next().filter(|c| *c == '"' || *c == '\'')?;
            let close = after[1..].find(quote)?;
            let value = &after[1..1 + close];
            rest = &after[close + 2..];
            Some((name, decode(value)))
        })
    }

    /// The value of the attribute whose local name is `name` (`w:val` is found as `val`).
    pub fn attr(&self, name: &str) -> Option<Cow<'a, str>> {
        self.attributes().find(|(n, _)| local(n) == name).map(|(_, v)| v)
    }

    /// Namespace declarations on this tag: (prefix, uri); the default namespace has prefix ``.
    pub fn namespaces(&self) -> impl Iterator<Item = (&'a str, Cow<'a, str>)> {
        self.attributes().filter_map(|(n, v)| match n {
            "xmlns" => Some(("", v)),
            _ => n.strip_prefix("xmlns:").map(|p| (p, v)),
        })
    }
}

pub use crate::export::xml::unescape as decode;

/// Text of a part: UTF-8 (a BOM dropped) or UTF-16 with a BOM; invalid bytes replaced.
pub fn part_text(bytes: &[u8]) -> Cow<'_, str> {
    match bytes {
        [0xEF, 0xBB, 0xBF, rest @ ..] => String::from_utf8_lossy(rest),
        [0xFF, 0xFE, rest @ ..] => Cow::Owned(utf16(rest, u16::from_le_bytes)),
        [0xFE, 0xFF, rest @ ..] => Cow::Owned(utf16(rest, u16::from_be_bytes)),
        _ => String::from_utf8_lossy(bytes),
    }
}

fn utf16(bytes: &[u8], unit: fn([u8; 2]) -> u16) -> String {
    let units = bytes.chunks_exact(2).map(|c| unit([c[0], c[1]]));
    char::decode_utf16(units).map(|c| c.unwrap_or('\u{FFFD}')).collect()
}

/// Pull reader over one part.
pub struct Reader<'a> {
    s: &'a str,
    pos: usize,
}

impl<'a> Reader<'a> {
    pub fn new(s: &'a str) -> Reader<'a> {
        Reader { s, pos: 0 }
    }
}

impl<'a> Iterator for Reader<'a> {
    type Item = Event<'a>;

    fn next(&mut self) -> Option<Event<'a>> {
        loop {
            let rest = &self.s[self.pos..];
            if rest.is_empty() {
                return None;
            }
            if !rest.starts_with('<') {
                let len = rest.find('<').unwrap_or(rest.len());
                self.pos += len;
                return Some(Event::Text(decode(&rest[..len])));
            }
            if let Some(body) = rest.strip_prefix("<![CDATA[") {
                let len = body.find("]]>")?;
                self.pos += 9 + len + 3;
                return Some(Event::Text(Cow::Borrowed(&body[..len])));
            }
            if rest.starts_with("<!--") {
                self.pos += rest.find("-->")? + 3;
                continue;
            }
            if rest.starts_with("<?") {
                self.pos += rest.find("?>")? + 2;
                continue;
            }
            if rest.starts_with("<!") {
                // DOCTYPE, possibly with an internal subset in brackets: skipped, never expanded.
                let mut depth = 0usize;
                let mut end = None;
                for (i, c) in rest.char_indices().skip(2) {
                    match c {
                        '[' => depth += 1,
                        ']' => depth = depth.saturating_sub(1),
                        '>' if depth == 0 => {
                            end = Some(i);
                            break;
                        }
                        _ => {}
                    }
                }
                self.pos += end? + 1;
                continue;
            }
            // A tag: find its end outside quoted attribute values.
            let bytes = rest.as_bytes();
            let mut quote = 0u8;
            let mut close = None;
            for (i, &b) in bytes.iter().enumerate().skip(1) {
                match b {
                    b'"' | b'\'' if quote == 0 => quote = b,
                    b if b == quote => quote = 0,
                    b'>' if quote == 0 => {
                        close = Some(i);
                        break;
                    }
                    _ => {}
                }
            }
            let close = close?;
            self.pos += close + 1;
            let inner = &rest[1..close];
            if let Some(name) = inner.strip_prefix('/') {
                return Some(Event::End(name.trim()));
            }
            let (inner, empty) = match inner.strip_suffix('/') {
                Some(i) => (i, true),
                None => (inner, false),
            };
            let name_end = inner.find(|c: char| c.is_whitespace()).unwrap_or(inner.len());
            return Some(Event::Start(Tag { name: &inner[..name_end], attrs: &inner[name_end..], empty }));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_text_and_entities() {
        let xml = r#"<?xml version="1.0"?><!-- c --><w:p a="1" w:val='x &amp; y'><w:t xml:space="preserve">一&#12289;&#x3001;&lt;b&gt; &quot;&apos;&amp;bad&unknown;</w:t><w:br/></w:p>"#;
        let events: Vec<Event> = Reader::new(xml).collect();
        let Event::Start(p) = &events[0] else { panic!() };
        assert_eq!(p.name, "w:p");
        assert_eq!(p.attr("val").as_deref(), Some("x & y"));
        assert_eq!(p.attr("a").as_deref(), Some("1"));
        assert!(!p.empty);
        assert!(matches!(&events[2], Event::Text(t) if t == "一、、<b> \"'&bad&unknown;"));
        assert!(matches!(&events[4], Event::Start(t) if t.name == "w:br" && t.empty));
        assert_eq!(events[5], Event::End("w:p"));
    }

    #[test]
    fn doctype_is_skipped_and_quoted_brackets_do_not_end_tags() {
        let xml = r#"<!DOCTYPE x [<!ENTITY a "aaaa">]><r v="a>b">&a;<![CDATA[<not a tag>]]></r>"#;
        let events: Vec<Event> = Reader::new(xml).collect();
        assert!(matches!(&events[0], Event::Start(t) if t.attr("v").as_deref() == Some("a>b")));
        assert!(matches!(&events[1], Event::Text(t) if t == "&a;"), "custom entities are never expanded");
        assert!(matches!(&events[2], Event::Text(t) if t == "<not a tag>"));
    }

    #[test]
    fn namespaces_and_names() {
        let xml =
            r#"<x:document xmlns:x="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns="urn:d"/>"#;
        let Some(Event::Start(t)) = Reader::new(xml).next() else { panic!() };
        let ns: Vec<(&str, String)> = t.namespaces().map(|(p, u)| (p, u.into_owned())).collect();
        assert_eq!(ns[0].0, "x");
        assert_eq!(ns[1], ("", "urn:d".to_string()));
        assert_eq!(local("w:p"), "p");
        assert_eq!(prefix("w:p"), "w");
        assert_eq!(prefix("p"), "");
    }

    #[test]
    fn malformed_input_ends_quietly() {
        for xml in
            ["<a", "<a b=\"", "<!-- open", "<![CDATA[ open", "<!DOCTYPE [", "text & more", "&#xFFFFFFFF;", "&#55296;"]
        {
            let _: Vec<Event> = Reader::new(xml).collect();
        }
        assert_eq!(decode("&#55296;"), "&#55296;", "a lone surrogate is not a character");
    }

    #[test]
    fn utf16_parts_are_decoded() {
        let mut bytes = vec![0xFF, 0xFE];
        for u in "<a>文</a>".encode_utf16() {
            bytes.extend_from_slice(&u.to_le_bytes());
        }
        assert_eq!(part_text(&bytes), "<a>文</a>");
        assert_eq!(part_text(b"\xEF\xBB\xBF<a/>"), "<a/>");
    }
}
