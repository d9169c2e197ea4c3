//! Finishing a .docx built with docx-rs: our own core properties (title, creator) and font table
//! (the CJK fonts with their common substitutes), `w:tblHeader` on table header rows, and the
//! package recompressed with deflate (docx-rs stores entries uncompressed).

use std::io::{Cursor, Read, Write};

use docx_rs::Docx;
use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, ZipArchive, ZipWriter};

use super::embed;
use super::layout::{Properties, clean};

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

/// Builds, fixes and packs the document.
pub fn finish(mut docx: Docx, props: &Properties, package: &Package) -> Vec<u8> {
    if let Some(json) = &package.embedded_plan {
        let (item, plan_hash) = embed::custom_item(json);
        docx = docx.add_custom_item(embed::ITEM_ID, &item).custom_property(embed::HASH_PROPERTY, plan_hash);
    }
    let mut xml = docx.build();
    if package.embedded_plan.is_some() {
        // The hash of the body text can only be known now that the body is written.
        let text_hash = embed::sha256_hex(embed::document_text(&String::from_utf8_lossy(&xml.document)).as_bytes());
        for item in &mut xml.custom_items {
            *item = String::from_utf8_lossy(item).replace(embed::TEXT_HASH_PLACEHOLDER, &text_hash).into_bytes();
        }
    }
    xml.doc_props.core = core_xml(props);
    xml.font_table = font_table_xml();
    xml.document = add_table_headers(&xml.document, package.repeat_header_rows);
    let mut stored = Cursor::new(Vec::new());
    xml.pack(&mut stored).expect("packing into memory cannot fail");
    recompress(&stored.into_inner())
}

/// Rewrites a zip with every file entry deflated.
fn recompress(zip: &[u8]) -> Vec<u8> {
    let mut archive = ZipArchive::new(Cursor::new(zip)).expect("docx-rs wrote a valid zip");
    let mut out = ZipWriter::new(Cursor::new(Vec::new()));
    let options = SimpleFileOptions::default().compression_method(CompressionMethod::Deflated);
    for i in 0..archive.len() {
        let mut entry = archive.by_index(i).expect("entry of a valid zip");
        if entry.is_dir() {
            continue;
        }
        let mut data = Vec::with_capacity(entry.size() as usize);
        entry.read_to_end(&mut data).expect("entry of a valid zip");
        out.start_file(entry.name(), options).expect("writing into memory");
        out.write_all(&data).expect("writing into memory");
    }
    out.finish().expect("writing into memory").into_inner()
}

/// Reads one part of a .docx (or any zip) as text.
pub fn read_part(docx: &[u8], name: &str) -> Option<String> {
    let mut archive = ZipArchive::new(Cursor::new(docx)).ok()?;
    let mut entry = archive.by_name(name).ok()?;
    let mut text = String::new();
    entry.read_to_string(&mut text).ok()?;
    Some(text)
}

/// Names of the parts of a zip.
pub fn part_names(docx: &[u8]) -> Vec<String> {
    ZipArchive::new(Cursor::new(docx)).map(|a| a.file_names().map(String::from).collect()).unwrap_or_default()
}
