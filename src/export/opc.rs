//! Open Packaging Conventions (ISO/IEC 29500-2) for the .docx and .xlsx files the app writes:
//! the parts are collected, `[Content_Types].xml` is written from the parts actually present,
//! relationships to parts that are not in the package are dropped, and the package is zipped by
//! [`super::zip`]. [`problems`] checks a package the way a consumer would (tests use it).

use super::xml::{Element, Part};
use super::zip::{ZipReader, ZipWriter};

const CONTENT_TYPES_NS: &str = "http://schemas.openxmlformats.org/package/2006/content-types";
const RELATIONSHIPS_CONTENT_TYPE: &str = "application/vnd.openxmlformats-package.relationships+xml";

/// The content type of a part by its name; `None` for plain `application/xml` (custom XML data).
pub fn content_type(name: &str) -> Option<&'static str> {
    let file = name.rsplit('/').next().unwrap_or(name);
    let numbered = |prefix: &str| {
        file.strip_prefix(prefix)
            .and_then(|rest| rest.strip_suffix(".xml"))
            .is_some_and(|n| n.bytes().all(|b| b.is_ascii_digit()))
    };
    Some(match name {
        "word/document.xml" => "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
        "word/styles.xml" => "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml",
        "word/settings.xml" => "application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml",
        "word/fontTable.xml" => "application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml",
        "word/numbering.xml" => "application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml",
        "docProps/core.xml" => "application/vnd.openxmlformats-package.core-properties+xml",
        "docProps/app.xml" => "application/vnd.openxmlformats-officedocument.extended-properties+xml",
        "docProps/custom.xml" => "application/vnd.openxmlformats-officedocument.custom-properties+xml",
        "xl/workbook.xml" => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
        "xl/styles.xml" => "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml",
        "xl/sharedStrings.xml" => "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml",
        _ if name.starts_with("word/") && numbered("footer") => {
            "application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"
        }
        _ if name.starts_with("word/") && numbered("header") => {
            "application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"
        }
        _ if name.starts_with("xl/worksheets/") && numbered("sheet") => {
            "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"
        }
        _ if name.starts_with("customXml/") && numbered("itemProps") => {
            "application/vnd.openxmlformats-officedocument.customXmlProperties+xml"
        }
        _ if name.ends_with(".rels") => RELATIONSHIPS_CONTENT_TYPE,
        _ => return None,
    })
}

/// Resolves a relationship target against the part that holds the relationship.
fn resolve(rels_part: &str, target: &str) -> String {
    if let Some(absolute) = target.strip_prefix('/') {
        return absolute.to_string();
    }
    // word/_rels/document.xml.rels → base folder word/
    let source_dir = rels_part.rsplit_once("_rels/").map(|(dir, _)| dir).unwrap_or("");
    let mut segments: Vec<&str> = source_dir.split('/').filter(|s| !s.is_empty()).collect();
    for segment in target.split('/') {
        match segment {
            ".." => {
                segments.pop();
            }
            "." | "" => {}
            s => segments.push(s),
        }
    }
    segments.join("/")
}

/// A package being assembled.
#[derive(Default)]
pub struct Package {
    parts: Vec<(String, Vec<u8>)>,
}

impl Package {
    /// Adds (or replaces) a part.
    pub fn add(&mut self, name: &str, data: impl Into<Vec<u8>>) {
        let data = data.into();
        match self.parts.iter_mut().find(|(n, _)| n == name) {
            Some(slot) => slot.1 = data,
            None => self.parts.push((name.to_string(), data)),
        }
    }

    pub fn has(&self, name: &str) -> bool {
        self.parts.iter().any(|(n, _)| n == name)
    }

    /// Drops relationships to internal parts the package does not hold, and relationship parts
    /// left empty or belonging to a part that is not there.
    fn prune_relationships(&mut self) {
        let names: Vec<String> = self.parts.iter().map(|(n, _)| n.clone()).collect();
        let present = |name: &str| names.iter().any(|n| n == name);
        let mut empty = Vec::new();
        for (name, data) in self.parts.iter_mut().filter(|(n, _)| n.ends_with(".rels")) {
            let source = name.replacen("_rels/", "", 1);
            let source = source.strip_suffix(".rels").unwrap_or(&source);
            let Ok(mut part) = Part::parse_bytes(data) else { continue };
            part.root.remove_children(|rel| {
                rel.get_attr("TargetMode").as_deref() != Some("External")
                    && !present(&resolve(name, &rel.get_attr("Target").unwrap_or_default()))
            });
            if part.root.elements().next().is_none() || (!source.is_empty() && !present(source)) {
                empty.push(name.clone());
            }
            *data = part.to_xml().into_bytes();
        }
        self.parts.retain(|(n, _)| !empty.contains(n));
    }

    /// `[Content_Types].xml` for the parts present.
    fn content_types(&self) -> String {
        let mut types = Element::new("Types")
            .attr("xmlns", CONTENT_TYPES_NS)
            .with(Element::new("Default").attr("Extension", "rels").attr("ContentType", RELATIONSHIPS_CONTENT_TYPE))
            .with(Element::new("Default").attr("Extension", "xml").attr("ContentType", "application/xml"));
        for (name, _) in self.parts.iter().filter(|(n, _)| !n.ends_with(".rels")) {
            if let Some(ct) = content_type(name) {
                types =
                    types.with(Element::new("Override").attr("PartName", &format!("/{name}")).attr("ContentType", ct));
            }
        }
        Part { prolog: String::new(), root: types }.to_xml()
    }

    /// The zipped package, `[Content_Types].xml` first.
    pub fn finish(mut self) -> Vec<u8> {
        self.prune_relationships();
        let mut zip = ZipWriter::default();
        zip.add("[Content_Types].xml", self.content_types().as_bytes());
        for (name, data) in &self.parts {
            zip.add(name, data);
        }
        zip.finish()
    }
}

/// What a consumer would object to in a package: parts without a content type, relationships to
/// missing parts, parts no relationship leads to (unlinked), XML that does not parse.
pub fn problems(package: &[u8]) -> Vec<String> {
    let Ok(zip) = ZipReader::new(package) else { return vec!["not a zip archive".into()] };
    let names: Vec<String> = zip.names().map(String::from).collect();
    let read = |name: &str| zip.read(name).and_then(Result::ok).and_then(|b| Part::parse_bytes(&b).ok());
    let mut found = Vec::new();
    let Some(types) = read("[Content_Types].xml") else { return vec!["[Content_Types].xml missing or damaged".into()] };
    let overrides: Vec<String> = types.root.elements().filter_map(|e| e.get_attr("PartName")).collect();
    let defaults: Vec<String> = types.root.elements().filter_map(|e| e.get_attr("Extension")).collect();
    for name in names.iter().filter(|n| *n != "[Content_Types].xml") {
        let extension = name.rsplit('.').next().unwrap_or("");
        if !overrides.contains(&format!("/{name}")) && !defaults.iter().any(|d| d == extension) {
            found.push(format!("{name}: no content type"));
        }
        if (name.ends_with(".xml") || name.ends_with(".rels")) && read(name).is_none() {
            found.push(format!("{name}: not well-formed XML"));
        }
    }
    for o in &overrides {
        if !names.iter().any(|n| format!("/{n}") == *o) {
            found.push(format!("{o}: content type for a missing part"));
        }
    }
    // Walk the relationships from the package root.
    let mut linked = vec!["[Content_Types].xml".to_string()];
    let mut queue = vec![String::new()];
    while let Some(source) = queue.pop() {
        let rels = match source.rsplit_once('/') {
            Some((dir, file)) => format!("{dir}/_rels/{file}.rels"),
            None if source.is_empty() => "_rels/.rels".to_string(),
            None => format!("_rels/{source}.rels"),
        };
        let Some(part) = read(&rels) else { continue };
        linked.push(rels.clone());
        for rel in part.root.elements() {
            if rel.get_attr("TargetMode").as_deref() == Some("External") {
                continue;
            }
            let target = resolve(&rels, &rel.get_attr("Target").unwrap_or_default());
            if !names.contains(&target) {
                found.push(format!("{rels}: relationship to missing part {target}"));
            } else if !linked.contains(&target) {
                linked.push(target.clone());
                queue.push(target);
            }
        }
    }
    for name in names.iter().filter(|n| !linked.contains(n)) {
        found.push(format!("{name}: not linked by any relationship"));
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    const RELS: &str = r#"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#;

    #[test]
    fn targets_resolve_relative_to_the_source_part() {
        assert_eq!(resolve("word/_rels/document.xml.rels", "styles.xml"), "word/styles.xml");
        assert_eq!(resolve("word/_rels/document.xml.rels", "../customXml/item1.xml"), "customXml/item1.xml");
        assert_eq!(resolve("_rels/.rels", "word/document.xml"), "word/document.xml");
        assert_eq!(resolve("xl/_rels/workbook.xml.rels", "/xl/styles.xml"), "xl/styles.xml");
    }

    #[test]
    fn content_types_follow_the_parts_and_dangling_relationships_go() {
        let mut p = Package::default();
        p.add(
            "_rels/.rels",
            format!(r#"{RELS}<Relationship Id="rId1" Type="t" Target="word/document.xml"/></Relationships>"#),
        );
        p.add(
            "word/_rels/document.xml.rels",
            format!(
                r#"{RELS}<Relationship Id="rId1" Type="t" Target="styles.xml"/><Relationship Id="rId2" Type="t" Target="comments.xml"/><Relationship Id="rId3" Type="t" Target="https://x" TargetMode="External"/></Relationships>"#
            ),
        );
        p.add("word/document.xml", "<w:document/>");
        p.add("word/styles.xml", "<w:styles/>");
        p.add("word/footer1.xml", "<w:ftr/>");
        p.add("word/_rels/footer1.xml.rels", format!("{RELS}</Relationships>"));
        let zip = p.finish();
        let read = |n: &str| super::super::package::read_part(&zip, n).unwrap_or_default();
        let types = read("[Content_Types].xml");
        assert!(
            types.contains(r#"PartName="/word/document.xml""#) && types.contains(r#"PartName="/word/footer1.xml""#)
        );
        let rels = read("word/_rels/document.xml.rels");
        assert!(rels.contains("styles.xml") && !rels.contains("comments.xml") && rels.contains("https://x"), "{rels}");
        assert!(read("word/_rels/footer1.xml.rels").is_empty(), "empty relationship parts are dropped");
        assert_eq!(problems(&zip), vec!["word/footer1.xml: not linked by any relationship".to_string()]);
    }
}
