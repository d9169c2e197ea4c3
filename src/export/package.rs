//! Finishing a .docx built with docx-rs, so that it validates against the ISO/IEC 29500-4
//! Transitional schemas (what Word checks before offering to "repair" a file):
//! - every part docx-rs writes is taken apart ([`XMLDocx`] destructured field by field, so a new
//!   part in a later docx-rs fails to compile) and only the parts the document uses are packed:
//!   no empty comments, numbering, footnotes or comment extensions, no dangling relationships;
//!   `[Content_Types].xml` is written from the parts present ([`super::opc`]);
//! - each XML part is tidied in one pass over its text ([`super::tidy`]: empty `w:rPr`/`w:pPr`
//!   dropped, `w:type` dropped from `w:gridCol`, children put in schema order); the few elements
//!   changed beyond that (the body's section properties, a paragraph kept with the next, the
//!   styles' defaults) are parsed on their own into a tree ([`super::xml`]);
//! - document defaults get `w:lang w:eastAsia="zh-CN"` (Chinese line breaking: no `、` or `）` at
//!   a line start) and no hanging punctuation past the text block (`w:overflowPunct` off);
//! - table header rows repeat on every page (`w:tblHeader`, which docx-rs cannot write);
//! - a trailing landscape section (the annex) gets its own section properties and footers;
//! - our own core properties (title, creator), font table (CJK fonts with substitutes) and the
//!   embedded plan as a custom XML part; the package is zipped with deflate by [`super::zip`].

use std::borrow::Cow;

use docx_rs::{BuildXML, Docx, Footer, XMLDocx};

use super::embed;
use super::layout::{self, Properties, clean};
use super::opc;
use super::tidy::{self, BodyChild, Options};
use super::xml::{Element, Node, Part, escape};
use super::zip::ZipReader;

/// A trailing section in landscape (the annex), from body element `from` on.
#[derive(Clone, Debug)]
pub struct Landscape {
    pub from: usize,
    pub odd_footer: Footer,
    pub even_footer: Footer,
}

/// What to add to or fix in the built XML.
#[derive(Clone, Debug, Default)]
pub struct Package {
    /// A plan file to embed with its hashes.
    pub embedded_plan: Option<String>,
    pub landscape: Option<Landscape>,
    /// Body paragraphs (by index) kept on the same page as the next one.
    pub keep_with_next: Vec<usize>,
}

/// Core properties (title, creator) of a package.
pub fn core_xml(props: &Properties) -> Vec<u8> {
    let text = |s: &str| escape(&clean(s).replace('\n', " "));
    format!(
        concat!(
            r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#,
            r#"<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" "#,
            r#"xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" "#,
            r#"xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">"#,
            r#"<dc:title>{}</dc:title><dc:creator>{}</dc:creator><cp:lastModifiedBy>{}</cp:lastModifiedBy>"#,
            r#"<cp:revision>1</cp:revision></cp:coreProperties>"#
        ),
        text(&props.title),
        text(&props.creator),
        text(&props.creator)
    )
    .into_bytes()
}

/// The fonts the documents use, each with a widely installed substitute (`w:altName`).
fn font_table_xml() -> Vec<u8> {
    let fonts = [
        ("Times New Roman", None, "00", "roman"),
        ("仿宋_GB2312", Some("仿宋"), "86", "modern"),
        ("仿宋", Some("FangSong"), "86", "modern"),
        ("黑体", Some("SimHei"), "86", "modern"),
        ("楷体_GB2312", Some("楷体"), "86", "modern"),
        ("楷体", Some("KaiTi"), "86", "modern"),
        ("方正小标宋简体", Some("宋体"), "86", "auto"),
        ("宋体", Some("SimSun"), "86", "auto"),
    ];
    let mut xml = String::from(concat!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#,
        r#"<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" "#,
        r#"xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">"#
    ));
    for (name, alt, charset, family) in fonts {
        xml.push_str(&format!(r#"<w:font w:name="{name}">"#));
        if let Some(alt) = alt {
            xml.push_str(&format!(r#"<w:altName w:val="{alt}"/>"#));
        }
        xml.push_str(&format!(
            r#"<w:charset w:val="{charset}"/><w:family w:val="{family}"/><w:pitch w:val="variable"/></w:font>"#
        ));
    }
    xml.push_str("</w:fonts>");
    xml.into_bytes()
}

/// Document defaults: Chinese as the East Asian language (its line-breaking rules: no `、`, `）`
/// or `，` at a line start), and punctuation kept inside the text block (`w:overflowPunct` off,
/// so no line-final `，` hangs past the right margin).
fn set_document_defaults(styles: &mut Element) {
    let Some(defaults) = styles.child_mut("w:docDefaults") else { return };
    let run = defaults.child_or_insert("w:rPrDefault").child_or_insert("w:rPr");
    run.replace_child(
        Element::new("w:lang").attr("w:val", "en-US").attr("w:eastAsia", "zh-CN").attr("w:bidi", "ar-SA"),
    );
    let paragraph = defaults.child_or_insert("w:pPrDefault").child_or_insert("w:pPr");
    paragraph.replace_child(Element::new("w:kinsoku"));
    paragraph.replace_child(Element::new("w:overflowPunct").attr("w:val", "0"));
}

/// Replaces a body child by itself parsed, changed and written back (it is tidied again).
fn change_child(child: &mut BodyChild, change: impl FnOnce(&mut Element)) {
    if let Ok(mut part) = Part::parse(&child.xml) {
        change(&mut part.root);
        child.xml = Cow::Owned(part.root.to_xml());
    }
}

/// Sets `w:keepNext` on the body paragraphs with these indices (among the body's elements, its
/// section properties not counted).
fn keep_with_next(body: &mut [BodyChild], indices: &[usize]) {
    for (i, child) in body.iter_mut().filter(|c| c.name.is_some_and(|n| n != "w:sectPr")).enumerate() {
        if child.name == Some("w:p") && indices.contains(&i) {
            change_child(child, |p| p.child_or_insert("w:pPr").replace_child(Element::new("w:keepNext")));
        }
    }
}

const FOOTER_REL_TYPE: &str = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer";

/// Ends the portrait section before body element `from` (its properties go into the paragraph
/// before it, or into an empty paragraph) and turns the final section into a landscape one with
/// the given footer relationships: the page turned, the margins turned with it (the top margin
/// of the portrait page is the right margin here, its left margin the top), so that bound with
/// the other pages the table's head lies at the binding edge (GB/T 9704 10.2).
fn split_landscape(body: &mut Vec<BodyChild>, from: usize, footers: [&str; 2]) {
    let is_section = |c: &BodyChild| c.name == Some("w:sectPr");
    let Some(final_section) = body.iter().find(|c| is_section(c)).and_then(|c| Part::parse(&c.xml).ok()) else {
        return;
    };
    let content: Vec<usize> =
        body.iter().enumerate().filter(|(_, c)| c.name.is_some() && !is_section(c)).map(|(i, _)| i).collect();
    let Some(&first) = content.get(from) else { return };
    let before = first.checked_sub(1).filter(|i| body[*i].name == Some("w:p"));
    let holder = match before {
        Some(i) => i,
        None => {
            body.insert(first, BodyChild { name: Some("w:p"), xml: Cow::Borrowed("<w:p/>") });
            first
        }
    };
    change_child(&mut body[holder], |p| {
        p.child_or_insert("w:pPr").children.push(Node::Element(final_section.root));
    });
    let Some(section) = body.iter_mut().find(|c| is_section(c)) else { return };
    change_child(section, |section| {
        section.remove_children(|e| {
            e.name == "w:footerReference" || e.name == "w:headerReference" || e.name == "w:titlePg"
        });
        for (kind, id) in ["default", "even"].into_iter().zip(footers) {
            section
                .children
                .push(Node::Element(Element::new("w:footerReference").attr("w:type", kind).attr("r:id", id)));
        }
        section.replace_child(
            Element::new("w:pgSz")
                .attr("w:w", &layout::PAGE_HEIGHT.to_string())
                .attr("w:h", &layout::PAGE_WIDTH.to_string())
                .attr("w:orient", "landscape"),
        );
        if let Some(margins) = section.child_mut("w:pgMar") {
            margins.set_attr("w:top", &layout::MARGIN_LEFT.to_string());
            margins.set_attr("w:right", &layout::MARGIN_TOP.to_string());
            margins.set_attr("w:bottom", &layout::MARGIN_RIGHT.to_string());
            margins.set_attr("w:left", &layout::MARGIN_BOTTOM.to_string());
        }
    });
}

/// Adds relationships before the end of a relationships part.
fn add_relationships(rels: &[u8], added: &[(&str, &str, String)]) -> Vec<u8> {
    let Ok(mut part) = Part::parse_bytes(rels) else { return rels.to_vec() };
    for (id, kind, target) in added {
        part.root
            .children
            .push(Node::Element(Element::new("Relationship").attr("Id", id).attr("Type", kind).attr("Target", target)));
    }
    part.to_xml().into_bytes()
}

/// A part tidied ([`tidy::tidy_part`]); docx-rs writes well-formed XML, should it ever not, the
/// part is kept as it is.
fn tidied(xml: &[u8], options: Options) -> Vec<u8> {
    match std::str::from_utf8(xml).map(|text| tidy::tidy_part(text, options)) {
        Ok(Ok(text)) => text.into_bytes(),
        _ => xml.to_vec(),
    }
}

/// Parses, changes, tidies and writes back a (small) XML part.
fn rewrite(xml: &[u8], change: impl FnOnce(&mut Element)) -> Vec<u8> {
    match Part::parse_bytes(xml) {
        Ok(mut part) => {
            change(&mut part.root);
            tidied(part.to_xml().as_bytes(), Options::default())
        }
        Err(_) => xml.to_vec(),
    }
}

const CUSTOM_XML_REL: (&str, &str) =
    ("rIdGyxxPlan", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml");

/// The steps of writing a document, each reported as it ends (the native benchmark times them).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    /// The plan as blocks of text (its prose).
    Blocks,
    /// The blocks laid out as docx-rs elements (the annex's column widths included).
    Layout,
    /// The plan file written (JSON) for embedding.
    PlanFile,
    /// The embedded plan's part: the file's hash and base64.
    EmbeddedPlan,
    /// docx-rs writes the XML of every part.
    DocxXml,
    /// The main part tidied and put in schema order, header rows, keeps and sections set.
    Document,
    /// The other parts (styles, settings, footers, relationships) finished.
    OtherParts,
    /// The hash of the body text.
    TextHash,
    /// The package: relationships checked, content types, every part deflated and zipped.
    Zip,
}

/// Builds, fixes and packs the document.
pub fn finish(docx: Docx, props: &Properties, package: &Package) -> Vec<u8> {
    finish_steps(docx, props, package, &mut |_| {})
}

/// [`finish`], reporting each [`Step`] as it ends.
pub fn finish_steps(mut docx: Docx, props: &Properties, package: &Package, step: &mut dyn FnMut(Step)) -> Vec<u8> {
    let plan_part = package.embedded_plan.as_deref().map(embed::custom_item);
    if let Some((_, plan_hash)) = &plan_part {
        docx = docx.custom_property(embed::HASH_PROPERTY, plan_hash.clone());
    }
    step(Step::EmbeddedPlan);
    // Every part docx-rs 0.4.22 writes. Those the documents never use are left out; a part added
    // in another docx-rs version is a compile error here, to be looked at before it ships.
    let XMLDocx {
        content_type: _,
        rels,
        doc_props,
        styles,
        document,
        comments: _,
        document_rels,
        settings,
        font_table: _,
        numberings: _,
        media: _,
        headers,
        header_rels,
        footers,
        footer_rels,
        comments_extended: _,
        taskpanes: _,
        taskpanes_rels: _,
        web_extensions: _,
        custom_items: _,
        custom_item_rels: _,
        custom_item_props: _,
        footnotes: _,
    } = docx.build();
    step(Step::DocxXml);

    let mut document_rels = document_rels;
    let landscape_ids = ["rIdFooterLandscapeOdd", "rIdFooterLandscapeEven"];
    let mut change_body = |body: &mut Vec<BodyChild>| {
        keep_with_next(body, &package.keep_with_next);
        if let Some(landscape) = &package.landscape {
            split_landscape(body, landscape.from, landscape_ids);
        }
    };
    let document = tidied(&document, Options { table_headers: true, body: Some(&mut change_body) });
    step(Step::Document);

    let mut pkg = opc::Package::default();
    pkg.add("_rels/.rels", rels);
    pkg.add("docProps/app.xml", doc_props.app);
    pkg.add("docProps/core.xml", core_xml(props));
    if String::from_utf8_lossy(&doc_props.custom).contains("<property") {
        pkg.add("docProps/custom.xml", doc_props.custom);
    }
    pkg.add("word/styles.xml", rewrite(&styles, set_document_defaults));
    pkg.add("word/settings.xml", tidied(&settings, Options::default()));
    pkg.add("word/fontTable.xml", font_table_xml());
    for (i, header) in headers.iter().enumerate() {
        pkg.add(&format!("word/header{}.xml", i + 1), tidied(header, Options::default()));
        if let Some(rels) = header_rels.get(i) {
            pkg.add(&format!("word/_rels/header{}.xml.rels", i + 1), rels.clone());
        }
    }
    for (i, footer) in footers.iter().enumerate() {
        pkg.add(&format!("word/footer{}.xml", i + 1), tidied(footer, Options::default()));
        if let Some(rels) = footer_rels.get(i) {
            pkg.add(&format!("word/_rels/footer{}.xml.rels", i + 1), rels.clone());
        }
    }
    if let Some(landscape) = &package.landscape {
        let mut added = Vec::new();
        for (n, (footer, id)) in
            [&landscape.odd_footer, &landscape.even_footer].into_iter().zip(landscape_ids).enumerate()
        {
            let name = format!("footer{}.xml", footers.len() + n + 1);
            pkg.add(&format!("word/{name}"), tidied(&footer.build(), Options::default()));
            added.push((id, FOOTER_REL_TYPE, name));
        }
        document_rels = add_relationships(&document_rels, &added);
    }
    step(Step::OtherParts);
    if let Some((item, _)) = &plan_part {
        // The hash of the body text can only be known now that the body is written.
        let text_hash = embed::sha256_hex(embed::document_text(&String::from_utf8_lossy(&document)).as_bytes());
        document_rels =
            add_relationships(&document_rels, &[(CUSTOM_XML_REL.0, CUSTOM_XML_REL.1, "../customXml/item1.xml".into())]);
        pkg.add("customXml/item1.xml", item.replace(embed::TEXT_HASH_PLACEHOLDER, &text_hash));
        pkg.add("customXml/itemProps1.xml", embed::item_props_xml());
        pkg.add("customXml/_rels/item1.xml.rels", embed::item_rels_xml());
    }
    pkg.add("word/document.xml", document);
    pkg.add("word/_rels/document.xml.rels", document_rels);
    step(Step::TextHash);
    let zip = pkg.finish();
    step(Step::Zip);
    zip
}

/// Reads one part of a .docx (or any zip) as text.
pub fn read_part(docx: &[u8], name: &str) -> Option<String> {
    let bytes = ZipReader::new(docx).ok()?.read(name)?.ok()?;
    String::from_utf8(bytes).ok()
}

/// Names of the parts of a zip.
pub fn part_names(docx: &[u8]) -> Vec<String> {
    ZipReader::new(docx).map(|z| z.names().map(String::from).collect()).unwrap_or_default()
}
