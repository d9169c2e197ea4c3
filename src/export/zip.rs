//! A small zip writer and reader for .docx packages (deflate via miniz_oxide).
//!
//! docx-rs packs with the `zip` crate, whose deflate backends (zlib-rs and zopfli) and the XML
//! parser with all text encodings behind `add_custom_item` tripled the wasm bundle. The app only
//! needs to write a handful of parts and to read parts of .docx files, so this module does both
//! in a page of code: no zip64, no encryption, stored or deflated entries.

use miniz_oxide::deflate::compress_to_vec;
use miniz_oxide::inflate::decompress_to_vec_with_limit;

const LOCAL_HEADER: u32 = 0x0403_4b50;
const CENTRAL_HEADER: u32 = 0x0201_4b50;
const END_OF_CENTRAL_DIRECTORY: u32 = 0x0605_4b50;
/// Names are UTF-8 (general purpose flag bit 11).
const UTF8_NAMES: u16 = 0x0800;
/// 1980-01-01 00:00 in DOS format: reproducible output.
const DOS_DATE: u16 = (1 << 5) | 1;
/// The most a single part may inflate to.
const MAX_PART: usize = 64 * 1024 * 1024;

fn u16le(out: &mut Vec<u8>, v: u16) {
    out.extend_from_slice(&v.to_le_bytes());
}
fn u32le(out: &mut Vec<u8>, v: u32) {
    out.extend_from_slice(&v.to_le_bytes());
}

/// Writes a zip archive in memory.
#[derive(Default)]
pub struct ZipWriter {
    out: Vec<u8>,
    central: Vec<u8>,
    count: u16,
}

impl ZipWriter {
    /// Adds a file, deflated unless that would not make it smaller.
    pub fn add(&mut self, name: &str, data: &[u8]) {
        let crc = crc32fast::hash(data);
        let deflated = compress_to_vec(data, 6);
        let (method, body): (u16, &[u8]) = if deflated.len() < data.len() { (8, &deflated) } else { (0, data) };
        let offset = self.out.len() as u32;
        let header = |out: &mut Vec<u8>| {
            u16le(out, 20); // version needed
            u16le(out, UTF8_NAMES);
            u16le(out, method);
            u16le(out, 0); // time
            u16le(out, DOS_DATE);
            u32le(out, crc);
            u32le(out, body.len() as u32);
            u32le(out, data.len() as u32);
            u16le(out, name.len() as u16);
            u16le(out, 0); // extra field length
        };
        u32le(&mut self.out, LOCAL_HEADER);
        header(&mut self.out);
        self.out.extend_from_slice(name.as_bytes());
        self.out.extend_from_slice(body);

        u32le(&mut self.central, CENTRAL_HEADER);
        u16le(&mut self.central, 20); // version made by
        header(&mut self.central);
        u16le(&mut self.central, 0); // comment length
        u16le(&mut self.central, 0); // disk number
        u16le(&mut self.central, 0); // internal attributes
        u32le(&mut self.central, 0); // external attributes
        u32le(&mut self.central, offset);
        self.central.extend_from_slice(name.as_bytes());
        self.count += 1;
    }

    pub fn finish(mut self) -> Vec<u8> {
        let offset = self.out.len() as u32;
        let size = self.central.len() as u32;
        self.out.append(&mut self.central);
        u32le(&mut self.out, END_OF_CENTRAL_DIRECTORY);
        u16le(&mut self.out, 0);
        u16le(&mut self.out, 0);
        u16le(&mut self.out, self.count);
        u16le(&mut self.out, self.count);
        u32le(&mut self.out, size);
        u32le(&mut self.out, offset);
        u16le(&mut self.out, 0);
        self.out
    }
}

/// Why an archive could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ZipError {
    /// Not a zip archive, or cut short.
    NotZip,
    /// An entry is damaged, encrypted or uses an unsupported method.
    BadEntry(String),
}

fn read_u16(b: &[u8], at: usize) -> Option<u16> {
    b.get(at..at + 2).map(|s| u16::from_le_bytes([s[0], s[1]]))
}
fn read_u32(b: &[u8], at: usize) -> Option<u32> {
    b.get(at..at + 4).map(|s| u32::from_le_bytes([s[0], s[1], s[2], s[3]]))
}

/// One entry of an archive being read.
#[derive(Clone, Debug)]
pub struct Entry {
    pub name: String,
    method: u16,
    flags: u16,
    crc: u32,
    compressed: usize,
    local_offset: usize,
}

/// A zip archive in memory.
pub struct ZipReader<'a> {
    bytes: &'a [u8],
    entries: Vec<Entry>,
}

impl<'a> ZipReader<'a> {
    pub fn new(bytes: &'a [u8]) -> Result<ZipReader<'a>, ZipError> {
        let search_from = bytes.len().saturating_sub(22 + 65_535);
        let eocd = (search_from..bytes.len().saturating_sub(21))
            .rev()
            .find(|&i| read_u32(bytes, i) == Some(END_OF_CENTRAL_DIRECTORY))
            .ok_or(ZipError::NotZip)?;
        let count = read_u16(bytes, eocd + 10).ok_or(ZipError::NotZip)? as usize;
        let mut at = read_u32(bytes, eocd + 16).ok_or(ZipError::NotZip)? as usize;
        let mut entries = Vec::with_capacity(count);
        for _ in 0..count {
            if read_u32(bytes, at) != Some(CENTRAL_HEADER) {
                return Err(ZipError::NotZip);
            }
            let field = |off: usize| read_u16(bytes, at + off).ok_or(ZipError::NotZip);
            let name_len = field(28)? as usize;
            let extra_len = field(30)? as usize;
            let comment_len = field(32)? as usize;
            let name = bytes.get(at + 46..at + 46 + name_len).ok_or(ZipError::NotZip)?;
            entries.push(Entry {
                name: String::from_utf8_lossy(name).into_owned(),
                flags: field(8)?,
                method: field(10)?,
                crc: read_u32(bytes, at + 16).ok_or(ZipError::NotZip)?,
                compressed: read_u32(bytes, at + 20).ok_or(ZipError::NotZip)? as usize,
                local_offset: read_u32(bytes, at + 42).ok_or(ZipError::NotZip)? as usize,
            });
            at += 46 + name_len + extra_len + comment_len;
        }
        Ok(ZipReader { bytes, entries })
    }

    pub fn names(&self) -> impl Iterator<Item = &str> {
        self.entries.iter().map(|e| e.name.as_str())
    }

    /// The uncompressed content of the entry with this name.
    pub fn read(&self, name: &str) -> Option<Result<Vec<u8>, ZipError>> {
        let entry = self.entries.iter().find(|e| e.name == name)?;
        Some(self.read_entry(entry))
    }

    fn read_entry(&self, e: &Entry) -> Result<Vec<u8>, ZipError> {
        let bad = || ZipError::BadEntry(e.name.clone());
        if e.flags & 1 != 0 || read_u32(self.bytes, e.local_offset) != Some(LOCAL_HEADER) {
            return Err(bad());
        }
        let name_len = read_u16(self.bytes, e.local_offset + 26).ok_or_else(bad)? as usize;
        let extra_len = read_u16(self.bytes, e.local_offset + 28).ok_or_else(bad)? as usize;
        let start = e.local_offset + 30 + name_len + extra_len;
        let body = self.bytes.get(start..start + e.compressed).ok_or_else(bad)?;
        let data = match e.method {
            0 => body.to_vec(),
            8 => decompress_to_vec_with_limit(body, MAX_PART).map_err(|_| bad())?,
            _ => return Err(bad()),
        };
        if crc32fast::hash(&data) != e.crc {
            return Err(bad());
        }
        Ok(data)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_and_reads_back_stored_and_deflated_entries() {
        let mut w = ZipWriter::default();
        let long = "重复的文字".repeat(500);
        w.add("word/document.xml", long.as_bytes());
        w.add("a.bin", b"xy");
        let zip = w.finish();
        assert!(zip.len() < long.len() / 4, "deflated");
        let r = ZipReader::new(&zip).unwrap();
        assert_eq!(r.names().collect::<Vec<_>>(), ["word/document.xml", "a.bin"]);
        assert_eq!(r.read("word/document.xml").unwrap().unwrap(), long.as_bytes());
        assert_eq!(r.read("a.bin").unwrap().unwrap(), b"xy");
        assert!(r.read("missing").is_none());
    }

    #[test]
    fn damaged_archives_are_errors_not_panics() {
        assert_eq!(ZipReader::new(b"").err(), Some(ZipError::NotZip));
        assert_eq!(ZipReader::new(b"PK\x03\x04 just a header").err(), Some(ZipError::NotZip));
        let mut w = ZipWriter::default();
        w.add("x.xml", "内容".repeat(100).as_bytes());
        let mut zip = w.finish();
        zip[40] ^= 0xFF; // inside the deflated data
        let r = ZipReader::new(&zip).unwrap();
        assert!(matches!(r.read("x.xml"), Some(Err(ZipError::BadEntry(_)))));
        for cut in [10, zip.len() / 2, zip.len() - 5] {
            let _ = ZipReader::new(&zip[..cut]).map(|r| r.read("x.xml"));
        }
    }
}
