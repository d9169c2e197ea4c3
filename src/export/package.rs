//! Finishing a .docx built with docx-rs: our own core properties (title, creator) and font table
//! (the CJK fonts with their common substitutes), `w:tblHeader` on table header rows, the
//! embedded plan as a custom XML part, and the package zipped with deflate by [`super::zip`]
//! (docx-rs would store the entries uncompressed, through a much larger zip library).

use docx_rs::Docx;

use super::embed;
use super::layout::{Properties, clean};
use super::zip::{ZipReader, ZipWriter};

/// What to fix in the built XML.
#[derive(Clone, Debug, Default)]
pub struct Package {
    /// Number of tables whose first row repeats on every page.
    pub repeat_header_rows: usize,
    /// A plan file to embed with its hashes.
    pub embedded_plan: Option<String>,
}

/// Escapes text for XML content and attributes.
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

fn core_xml(props: &Properties) -> Vec<u8> {
    format!(
        concat!(
            r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#,
            r#"<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" "#,
            r#"xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" "#,
            r#"xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">"#,
            r#"<dc:title>{}</dc:title><dc:creator>{}</dc:creator><cp:lastModifiedBy>{}</cp:lastModifiedBy>"#,
            r#"<cp:revision>1</cp:revision></cp:coreProperties>"#
        ),
        escape(&clean(&props.title).replace('\n', " ")),
        escape(&clean(&props.creator).replace('\n', " ")),
        escape(&clean(&props.creator).replace('\n', " "))
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

/// Marks the first row of each table as a header row repeated on every page: docx-rs writes
/// `<w:trPr><w:cantSplit />` for it (we set cantSplit on header rows only).
fn add_table_headers(document: &[u8], tables: usize) -> Vec<u8> {
    let text = String::from_utf8_lossy(document);
    let mut out = String::with_capacity(text.len() + 32 * tables);
    let mut rest: &str = &text;
    let mut done = 0;
    while done < tables {
        let Some(start) = rest.find("<w:tbl>") else { break };
        let Some(row) = rest[start..].find("<w:tr>").map(|i| start + i) else { break };
        let Some(split) = rest[row..].find("<w:cantSplit").map(|i| row + i) else { break };
        out.push_str(&rest[..split]);
        out.push_str("<w:tblHeader />");
        rest = &rest[split..];
        done += 1;
    }
    out.push_str(rest);
    out.into_bytes()
}

const CUSTOM_XML_REL: &str = concat!(
    r#"<Relationship Id="rIdGyxxPlan" "#,
    r#"Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml" "#,
    r#"Target="../customXml/item1.xml"/>"#
);
const CUSTOM_XML_PROPS_TYPE: &str = r#"<Override PartName="/customXml/itemProps1.xml" ContentType="application/vnd.openxmlformats-officedocument.customXmlProperties+xml"/>"#;

/// Inserts `addition` before the closing tag `close` of an XML part.
fn insert_before(xml: &[u8], close: &str, addition: &str) -> Vec<u8> {
    let text = String::from_utf8_lossy(xml);
    match text.rfind(close) {
        Some(at) => format!("{}{addition}{}", &text[..at], &text[at..]).into_bytes(),
        None => xml.to_vec(),
    }
}

/// Builds, fixes and packs the document.
pub fn finish(mut docx: Docx, props: &Properties, package: &Package) -> Vec<u8> {
    let plan_part = package.embedded_plan.as_deref().map(embed::custom_item);
    if let Some((_, plan_hash)) = &plan_part {
        docx = docx.custom_property(embed::HASH_PROPERTY, plan_hash.clone());
    }
    let mut xml = docx.build();
    xml.doc_props.core = core_xml(props);
    xml.font_table = font_table_xml();
    xml.document = add_table_headers(&xml.document, package.repeat_header_rows);

    let mut zip = ZipWriter::default();
    let mut content_types = xml.content_type;
    let mut document_rels = xml.document_rels;
    if let Some((item, _)) = &plan_part {
        // The hash of the body text can only be known now that the body is written.
        let text_hash = embed::sha256_hex(embed::document_text(&String::from_utf8_lossy(&xml.document)).as_bytes());
        content_types = insert_before(&content_types, "</Types>", CUSTOM_XML_PROPS_TYPE);
        document_rels = insert_before(&document_rels, "</Relationships>", CUSTOM_XML_REL);
        zip.add("customXml/item1.xml", item.replace(embed::TEXT_HASH_PLACEHOLDER, &text_hash).as_bytes());
        zip.add("customXml/itemProps1.xml", embed::item_props_xml().as_bytes());
        zip.add("customXml/_rels/item1.xml.rels", embed::item_rels_xml().as_bytes());
    }
    zip.add("[Content_Types].xml", &content_types);
    zip.add("_rels/.rels", &xml.rels);
    zip.add("docProps/app.xml", &xml.doc_props.app);
    zip.add("docProps/core.xml", &xml.doc_props.core);
    zip.add("docProps/custom.xml", &xml.doc_props.custom);
    zip.add("word/_rels/document.xml.rels", &document_rels);
    zip.add("word/document.xml", &xml.document);
    zip.add("word/styles.xml", &xml.styles);
    zip.add("word/settings.xml", &xml.settings);
    zip.add("word/fontTable.xml", &xml.font_table);
    zip.add("word/comments.xml", &xml.comments);
    zip.add("word/numbering.xml", &xml.numberings);
    zip.add("word/commentsExtended.xml", &xml.comments_extended);
    zip.add("word/footnotes.xml", &xml.footnotes);
    for (i, header) in xml.headers.iter().enumerate() {
        zip.add(&format!("word/header{}.xml", i + 1), header);
        if let Some(rels) = xml.header_rels.get(i) {
            zip.add(&format!("word/_rels/header{}.xml.rels", i + 1), rels);
        }
    }
    for (i, footer) in xml.footers.iter().enumerate() {
        zip.add(&format!("word/footer{}.xml", i + 1), footer);
        if let Some(rels) = xml.footer_rels.get(i) {
            zip.add(&format!("word/_rels/footer{}.xml.rels", i + 1), rels);
        }
    }
    zip.finish()
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
