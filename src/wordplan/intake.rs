//! Taking in a file that should be a Word document: what it is (by content, not by name), the
//! 20 MB limit, the package checked by the safe zip reader, the main document part found through
//! the package relationships, and a clear Chinese message for every way this can fail.

use super::xml::{Event, Reader, local, part_text};
use crate::export::zip::{ZipError, ZipReader};

/// Largest file opened, in the browser and on the command line (Word documents may hold pictures).
pub const MAX_FILE_BYTES: usize = 20 * 1024 * 1024;

/// Refuses a file over [`MAX_FILE_BYTES`] before anything of it is read.
pub fn check_size(bytes: usize) -> Result<(), ReadError> {
    if bytes > MAX_FILE_BYTES { Err(ReadError::TooLarge { bytes }) } else { Ok(()) }
}

/// Why a file could not be read as a Word document.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ReadError {
    /// Zero bytes.
    Empty,
    /// Over [`MAX_FILE_BYTES`].
    TooLarge { bytes: usize },
    /// An OLE compound file: a .doc or .wps.
    OldFormat,
    /// An OLE compound file holding an encrypted .docx, or a zip with encrypted entries.
    Encrypted,
    /// A file of another kind (its kind in Chinese).
    NotWord { kind: &'static str },
    /// A zip whose entries overlap or lie outside it: crafted, not saved by an office program.
    Tampered,
    /// Too many entries in the package.
    TooManyParts { count: usize },
    /// A part or the whole package would be too large once decompressed.
    TooLargeInflated,
    /// A damaged package or part.
    Damaged,
    /// A Word document without any text.
    EmptyDocument,
}

impl ReadError {
    /// A clear Chinese message saying what is wrong and what to do.
    pub fn message(&self) -> String {
        const SAVE_AS: &str = "请在 Word 或 WPS 中另存为 .docx 后再打开。";
        match self {
            ReadError::Empty => "文件是空的（0 字节），没有任何内容。".into(),
            ReadError::TooLarge { bytes } => format!(
                "文件过大（{:.1} MB），只能打开 {} MB 以内的文件。如果文档中有大量图片，请压缩图片或删去图片后另存。",
                *bytes as f64 / 1048576.0,
                MAX_FILE_BYTES / 1048576
            ),
            ReadError::OldFormat => {
                format!("这是旧版 Word（.doc）或 WPS（.wps）格式的文件，本程序只能读取 .docx 文档。{SAVE_AS}")
            }
            ReadError::Encrypted => {
                format!("这个 Word 文档设置了打开密码（已加密），无法读取。请先取消密码，{SAVE_AS}")
            }
            ReadError::NotWord { kind } => {
                format!("这不是 Word 文档（.docx），而是{kind}。请选择 Word 文档或工作方案文件。")
            }
            ReadError::Tampered => {
                "文件的压缩结构异常（其中的条目相互重叠或越界），不是 Word 或 WPS 保存的正常文档，已拒绝读取。".into()
            }
            ReadError::TooManyParts { count } => {
                format!("文件中有 {count} 个部件，正常的 Word 文档只有几十个，可能是恶意构造的文件，已拒绝读取。")
            }
            ReadError::TooLargeInflated => {
                "文件解压后过大，超出了允许的范围，可能是恶意构造的压缩文件，已拒绝读取。".into()
            }
            ReadError::Damaged => format!("Word 文档已损坏或不完整，无法读取。{SAVE_AS}"),
            ReadError::EmptyDocument => "这个 Word 文档是空的，正文中没有任何文字。".into(),
        }
    }
}

impl From<ZipError> for ReadError {
    fn from(e: ZipError) -> ReadError {
        match e {
            ZipError::NotZip | ZipError::BadEntry(_) => ReadError::Damaged,
            ZipError::TooManyEntries(count) => ReadError::TooManyParts { count },
            ZipError::TooLarge => ReadError::TooLargeInflated,
            ZipError::Overlapping => ReadError::Tampered,
            ZipError::Encrypted => ReadError::Encrypted,
        }
    }
}

/// What the first bytes say a file is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Sniffed {
    Empty,
    Zip,
    /// An OLE compound file; `encrypted` when it holds an encrypted OOXML package.
    Ole {
        encrypted: bool,
    },
    /// Another known kind (its name in Chinese).
    Other(&'static str),
    /// Anything else (perhaps text).
    Unknown,
}

/// `EncryptedPackage` in UTF-16LE, the stream an encrypted .docx keeps its content in.
fn holds_encrypted_package(bytes: &[u8]) -> bool {
    let needle: Vec<u8> = "EncryptedPackage".encode_utf16().flat_map(u16::to_le_bytes).collect();
    bytes.windows(needle.len()).any(|w| w == needle.as_slice())
}

/// Recognises a file by its content.
pub fn sniff(bytes: &[u8]) -> Sniffed {
    const KINDS: [(&[u8], &str); 7] = [
        (b"%PDF", "PDF 文件"),
        (b"\x89PNG", "图片（PNG）"),
        (b"\xFF\xD8\xFF", "图片（JPEG）"),
        (b"GIF8", "图片（GIF）"),
        (b"{\\rtf", "RTF 格式的文件（请在 Word 或 WPS 中另存为 .docx）"),
        (b"Rar!", "RAR 压缩文件"),
        (b"7z\xBC\xAF", "7z 压缩文件"),
    ];
    if bytes.is_empty() {
        Sniffed::Empty
    } else if bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(b"PK\x05\x06") {
        Sniffed::Zip
    } else if bytes.starts_with(b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1") {
        Sniffed::Ole { encrypted: holds_encrypted_package(bytes) }
    } else {
        KINDS
            .iter()
            .find(|(magic, _)| bytes.starts_with(magic))
            .map_or(Sniffed::Unknown, |(_, kind)| Sniffed::Other(kind))
    }
}

/// An opened .docx package: the checked zip and the name of its main document part.
pub struct Package<'a> {
    pub zip: ZipReader<'a>,
    pub document: String,
}

/// `Target` of the first relationship whose type ends with `/kind` (e.g. `officeDocument`).
fn relationship(rels: &str, kind: &str) -> Option<String> {
    Reader::new(rels).find_map(|e| match e {
        Event::Start(t) if local(t.name) == "Relationship" => {
            let ty = t.attr("Type")?;
            (ty.rsplit('/').next() == Some(kind) && t.attr("TargetMode").as_deref() != Some("External"))
                .then(|| t.attr("Target").map(|v| v.into_owned()))
                .flatten()
        }
        _ => None,
    })
}

/// A relationship target resolved against the folder of the part that names it.
fn resolve(base_dir: &str, target: &str) -> String {
    let mut parts: Vec<&str> =
        if target.starts_with('/') { Vec::new() } else { base_dir.split('/').filter(|s| !s.is_empty()).collect() };
    for seg in target.split('/') {
        match seg {
            "" | "." => {}
            ".." => {
                parts.pop();
            }
            s => parts.push(s),
        }
    }
    parts.join("/")
}

impl<'a> Package<'a> {
    /// Opens a file as a .docx package: checks its size, its kind and its zip structure, and
    /// finds the main document part.
    pub fn open(bytes: &'a [u8]) -> Result<Package<'a>, ReadError> {
        check_size(bytes.len())?;
        match sniff(bytes) {
            Sniffed::Zip => {}
            Sniffed::Empty => return Err(ReadError::Empty),
            Sniffed::Ole { encrypted: true } => return Err(ReadError::Encrypted),
            Sniffed::Ole { encrypted: false } => return Err(ReadError::OldFormat),
            Sniffed::Other(kind) => return Err(ReadError::NotWord { kind }),
            Sniffed::Unknown => return Err(ReadError::NotWord { kind: "其他格式的文件" }),
        }
        let zip = ZipReader::new(bytes)?;
        let from_rels = match zip.read("_rels/.rels") {
            Some(Ok(rels)) => relationship(&part_text(&rels), "officeDocument").map(|t| resolve("", &t)),
            Some(Err(e)) => return Err(e.into()),
            None => None,
        };
        let document = from_rels
            .filter(|d| zip.contains(d))
            .or_else(|| zip.contains("word/document.xml").then(|| "word/document.xml".to_string()));
        match document {
            Some(document) if !document.starts_with("xl/") && !document.starts_with("ppt/") => {
                Ok(Package { zip, document })
            }
            _ => Err(ReadError::NotWord { kind: other_package_kind(&zip) }),
        }
    }

    /// A part as text, `None` when the package has no such part.
    pub fn part(&self, name: &str) -> Result<Option<String>, ReadError> {
        match self.zip.read(name) {
            None => Ok(None),
            Some(Ok(bytes)) => Ok(Some(part_text(&bytes).into_owned())),
            Some(Err(e)) => Err(e.into()),
        }
    }

    /// A part the main document names by relationship type (`styles`, `numbering`).
    pub fn related(&self, kind: &str) -> Result<Option<String>, ReadError> {
        let (dir, file) = self.document.rsplit_once('/').unwrap_or(("", &self.document));
        let rels_name = if dir.is_empty() { format!("_rels/{file}.rels") } else { format!("{dir}/_rels/{file}.rels") };
        let target = self.part(&rels_name)?.and_then(|rels| relationship(&rels, kind)).map(|t| resolve(dir, &t));
        let name =
            target.unwrap_or_else(|| if dir.is_empty() { format!("{kind}.xml") } else { format!("{dir}/{kind}.xml") });
        self.part(&name)
    }
}

fn other_package_kind(zip: &ZipReader) -> &'static str {
    if zip.names().any(|n| n.starts_with("xl/")) {
        "Excel 表格（.xlsx）"
    } else if zip.names().any(|n| n.starts_with("ppt/")) {
        "PowerPoint 演示文稿（.pptx）"
    } else if zip.contains("mimetype") {
        "OpenDocument 文档（.odt 等，请在 WPS 或 LibreOffice 中另存为 .docx）"
    } else {
        "压缩文件（.zip）"
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::zip::ZipWriter;

    fn zip(parts: &[(&str, &str)]) -> Vec<u8> {
        let mut w = ZipWriter::default();
        for (name, text) in parts {
            w.add(name, text.as_bytes());
        }
        w.finish()
    }

    #[test]
    fn every_kind_of_wrong_file_gets_its_message() {
        let ole = |extra: &[u8]| [b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1".as_slice(), extra].concat();
        let encrypted: Vec<u8> =
            ole(&"EncryptedPackage".encode_utf16().flat_map(u16::to_le_bytes).collect::<Vec<u8>>());
        let cases: Vec<(Vec<u8>, ReadError, &str)> = vec![
            (Vec::new(), ReadError::Empty, "空的"),
            (ole(b"WordDocument"), ReadError::OldFormat, "另存为 .docx"),
            (encrypted, ReadError::Encrypted, "密码"),
            (b"%PDF-1.4".to_vec(), ReadError::NotWord { kind: "PDF 文件" }, "PDF"),
            (
                b"{\\rtf1\\ansi".to_vec(),
                ReadError::NotWord { kind: "RTF 格式的文件（请在 Word 或 WPS 中另存为 .docx）" },
                "RTF",
            ),
            (zip(&[("xl/workbook.xml", "<workbook/>")]), ReadError::NotWord { kind: "Excel 表格（.xlsx）" }, "Excel"),
            (zip(&[("a.txt", "x")]), ReadError::NotWord { kind: "压缩文件（.zip）" }, "压缩文件"),
            (b"PK\x03\x04broken".to_vec(), ReadError::Damaged, "已损坏"),
            (vec![b'x'; MAX_FILE_BYTES + 1], ReadError::TooLarge { bytes: MAX_FILE_BYTES + 1 }, "20 MB"),
        ];
        for (bytes, error, words) in cases {
            let got = Package::open(&bytes).err().expect("refused");
            assert_eq!(got, error);
            assert!(got.message().contains(words), "{}", got.message());
        }
        assert!(ReadError::OldFormat.message().contains("请在 Word 或 WPS 中另存为 .docx 后再打开"));
    }

    #[test]
    fn the_main_part_is_found_through_relationships() {
        let rels = r#"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="/word2/main.xml"/></Relationships>"#;
        let doc_rels = r#"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="../shared/num.xml"/></Relationships>"#;
        let bytes = zip(&[
            ("_rels/.rels", rels),
            ("word2/main.xml", "<d/>"),
            ("word2/_rels/main.xml.rels", doc_rels),
            ("shared/num.xml", "<n/>"),
        ]);
        let p = Package::open(&bytes).unwrap();
        assert_eq!(p.document, "word2/main.xml");
        assert_eq!(p.related("numbering").unwrap().as_deref(), Some("<n/>"));
        assert_eq!(p.related("styles").unwrap(), None);
        // No relationships at all: the usual name.
        let plain = zip(&[("word/document.xml", "<d/>"), ("word/styles.xml", "<s/>")]);
        let p = Package::open(&plain).unwrap();
        assert_eq!(p.document, "word/document.xml");
        assert_eq!(p.related("styles").unwrap().as_deref(), Some("<s/>"));
    }
}
