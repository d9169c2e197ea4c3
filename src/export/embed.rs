//! The plan file embedded in every exported plan document (SPEC §4.2), so that a reviewing office
//! that receives the .docx can open the plan in the app and tell whether the document was edited
//! after export.
//!
//! The custom XML part holds the plan file (base64), the SHA-256 of that file, and the SHA-256
//! of the document's body text as exported. On reading, the first hash shows the embedded plan
//! is intact; the second shows whether anyone changed the text in Word since.

use base64::Engine;
use base64::engine::general_purpose::STANDARD as BASE64;
use sha2::{Digest, Sha256};

use super::zip::ZipReader;
use crate::planfile::{self, LoadError, Loaded};

/// Namespace of the custom XML part.
pub const NAMESPACE: &str = "urn:gongyi-xxgk-plan";
/// `ds:itemID` of the part's properties.
pub const ITEM_ID: &str = "{5A1C3F0E-7B2D-4C6A-9E81-3D4F5B6A7C80}";
/// Custom document property holding the plan's hash.
pub const HASH_PROPERTY: &str = "gyxx-plan-sha256";
/// Replaced by the body-text hash once the body is written.
pub const TEXT_HASH_PLACEHOLDER: &str = "TEXT-HASH-PENDING-0000000000000000000000000000000000000000000000";

pub fn sha256_hex(bytes: &[u8]) -> String {
    Sha256::digest(bytes).iter().map(|b| format!("{b:02x}")).collect()
}

/// The custom XML part for a plan file, and the plan file's hash.
pub fn custom_item(json: &str) -> (String, String) {
    let hash = sha256_hex(json.as_bytes());
    let xml = format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><plan xmlns="{NAMESPACE}" format="{}" sha256="{hash}" text-sha256="{TEXT_HASH_PLACEHOLDER}">{}</plan>"#,
        planfile::FORMAT,
        BASE64.encode(json.as_bytes())
    );
    (xml, hash)
}

/// Properties of the custom XML part (its datastore id).
pub fn item_props_xml() -> String {
    format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="no"?><ds:datastoreItem ds:itemID="{ITEM_ID}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"><ds:schemaRefs/></ds:datastoreItem>"#
    )
}

/// Relationships of the custom XML part.
pub fn item_rels_xml() -> String {
    concat!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#,
        r#"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#,
        r#"<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXmlProps" Target="itemProps1.xml"/>"#,
        r#"</Relationships>"#
    )
    .to_string()
}

/// The text of a WordprocessingML body: the contents of every `w:t`, a line break per paragraph.
pub fn document_text(xml: &str) -> String {
    let mut out = String::new();
    let mut rest = xml;
    while let Some(open) = rest.find('<') {
        let after = &rest[open..];
        let Some(close) = after.find('>') else { break };
        let tag = &after[1..close];
        rest = &after[close + 1..];
        if tag == "/w:p" {
            out.push('\n');
        } else if (tag == "w:t" || tag.starts_with("w:t ")) && !tag.ends_with('/') {
            let end = rest.find("</w:t>").unwrap_or(rest.len());
            out.push_str(&super::xml::unescape(&rest[..end]));
            rest = &rest[end..];
        }
    }
    out
}

/// A plan read back from an exported document.
#[derive(Clone, Debug, PartialEq)]
pub struct EmbeddedPlan {
    pub loaded: Loaded,
    /// The embedded plan file matches its hash.
    pub plan_intact: bool,
    /// The body text is exactly as exported.
    pub text_unchanged: bool,
}

/// Why no embedded plan could be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EmbedError {
    /// Not a zip / .docx at all.
    NotDocx,
    /// A .docx without a plan (e.g. written by hand in Word).
    NoPlan,
    /// The part is there but damaged.
    Damaged,
    /// The embedded plan file cannot be loaded.
    Plan(LoadError),
}

impl EmbedError {
    pub fn message(&self) -> String {
        match self {
            EmbedError::NotDocx => "这不是有效的 Word 文档（.docx），文件可能已损坏或只是改了扩展名。".into(),
            EmbedError::NoPlan => "这个 Word 文档不是由本程序导出的，其中没有工作方案数据。".into(),
            EmbedError::Damaged => "文档中的工作方案数据已损坏，无法读取。".into(),
            EmbedError::Plan(e) => format!("文档中的工作方案数据无法读取：{}", e.message()),
        }
    }
}

fn attribute<'a>(xml: &'a str, name: &str) -> Option<&'a str> {
    let key = format!(" {name}=\"");
    let start = xml.find(&key)? + key.len();
    let len = xml[start..].find('"')?;
    Some(&xml[start..start + len])
}

/// Reads the plan embedded in an exported .docx.
pub fn read_embedded(docx: &[u8]) -> Result<EmbeddedPlan, EmbedError> {
    let zip = ZipReader::new(docx).map_err(|_| EmbedError::NotDocx)?;
    if !zip.contains("word/document.xml") {
        return Err(EmbedError::NotDocx);
    }
    embedded_in(&zip, "word/document.xml")
}

/// Reads the plan embedded in an opened package whose main part is `document` (the directory is
/// read once; each custom XML item is inflated at most once, within the reader's limits).
pub fn embedded_in(zip: &ZipReader, document: &str) -> Result<EmbeddedPlan, EmbedError> {
    let part = zip
        .names()
        .filter(|n| n.starts_with("customXml/item") && !n.contains("Props"))
        .filter_map(|n| zip.read(n)?.ok())
        .map(|bytes| String::from_utf8_lossy(&bytes).into_owned())
        .find(|xml| xml.contains(NAMESPACE))
        .ok_or(EmbedError::NoPlan)?;
    let plan_hash = attribute(&part, "sha256").ok_or(EmbedError::Damaged)?;
    let text_hash = attribute(&part, "text-sha256").ok_or(EmbedError::Damaged)?;
    let root = part.find("<plan").ok_or(EmbedError::Damaged)?;
    let start = root + part[root..].find('>').ok_or(EmbedError::Damaged)? + 1;
    let end = part.rfind("</").ok_or(EmbedError::Damaged)?;
    let payload: String = part.get(start..end).ok_or(EmbedError::Damaged)?.split_whitespace().collect();
    let json = BASE64.decode(payload.as_bytes()).map_err(|_| EmbedError::Damaged)?;
    let loaded = planfile::load(&json).map_err(EmbedError::Plan)?;
    let body = zip.read(document).and_then(Result::ok).ok_or(EmbedError::NotDocx)?;
    Ok(EmbeddedPlan {
        loaded,
        plan_intact: sha256_hex(&json) == plan_hash,
        text_unchanged: sha256_hex(document_text(&String::from_utf8_lossy(&body)).as_bytes()) == text_hash,
    })
}
