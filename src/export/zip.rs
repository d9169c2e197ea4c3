//! A small zip writer and reader for .docx packages (deflate via miniz_oxide).
//!
//! docx-rs packs with the `zip` crate, whose deflate backends (zlib-rs and zopfli) and the XML
//! parser with all text encodings behind `add_custom_item` tripled the wasm bundle. The app only
//! needs to write a handful of parts and to read parts of .docx files, so this module does both
//! in a few pages of code: no zip64, no encryption, stored or deflated entries. Reading is safe
//! on hostile archives (see [`ZipReader`] and [`Limits`]).

use miniz_oxide::deflate::compress_to_vec;
use miniz_oxide::inflate::decompress_to_vec_with_limit;

const LOCAL_HEADER: u32 = 0x0403_4b50;
const CENTRAL_HEADER: u32 = 0x0201_4b50;
const END_OF_CENTRAL_DIRECTORY: u32 = 0x0605_4b50;
/// Names are UTF-8 (general purpose flag bit 11).
const UTF8_NAMES: u16 = 0x0800;
/// 1980-01-01 00:00 in DOS format: reproducible output.
const DOS_DATE: u16 = (1 << 5) | 1;

fn u16le(out: &mut Vec<u8>, v: u16) {
    out.extend_from_slice(&v.to_le_bytes());
}
fn u32le(out: &mut Vec<u8>, v: u32) {
    out.extend_from_slice(&v.to_le_bytes());
}

/// The deflate level parts are written with (miniz_oxide, 0–10). On the 7 × 150-item plan
/// (7.5 MB of XML, native) level 3 takes 15 ms and writes 279 KB, level 6 21 ms and 257 KB,
/// level 1 9 ms but 596 KB (`make bench`, README Performance).
pub const DEFLATE_LEVEL: u8 = 3;

/// Writes a zip archive in memory.
pub struct ZipWriter {
    out: Vec<u8>,
    central: Vec<u8>,
    count: u16,
    level: u8,
}

impl Default for ZipWriter {
    fn default() -> Self {
        ZipWriter::with_level(DEFLATE_LEVEL)
    }
}

impl ZipWriter {
    /// A writer deflating at another level (the benchmark compares them).
    pub fn with_level(level: u8) -> ZipWriter {
        ZipWriter { out: Vec::new(), central: Vec::new(), count: 0, level }
    }

    /// Adds a file, deflated unless that would not make it smaller.
    pub fn add(&mut self, name: &str, data: &[u8]) {
        let crc = crc32fast::hash(data);
        let deflated = compress_to_vec(data, self.level);
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

/// Limits on what a read archive may hold: a .docx is attacker-controlled input.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Limits {
    /// Entries in the central directory (a real plan has 10–40 parts).
    pub max_entries: usize,
    /// Uncompressed size of one part.
    pub max_part: usize,
    /// Uncompressed size of the whole package (declared sizes of all entries, stored ones
    /// included), and of everything actually inflated from it.
    pub max_total: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits { max_entries: 4000, max_part: 32 * 1024 * 1024, max_total: 128 * 1024 * 1024 }
    }
}

/// Why an archive could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ZipError {
    /// Not a zip archive, or cut short, or a directory that does not add up.
    NotZip,
    /// More entries than [`Limits::max_entries`].
    TooManyEntries(usize),
    /// A part or the whole package would inflate beyond the limits.
    TooLarge,
    /// Two entries claim the same bytes, or an entry lies outside the data area.
    Overlapping,
    /// An entry is encrypted.
    Encrypted,
    /// An entry is damaged or uses an unsupported method (zip64 included).
    BadEntry(String),
}

fn read_u16(b: &[u8], at: usize) -> Option<u16> {
    b.get(at..at.checked_add(2)?).map(|s| u16::from_le_bytes([s[0], s[1]]))
}
fn read_u32(b: &[u8], at: usize) -> Option<u32> {
    b.get(at..at.checked_add(4)?).map(|s| u32::from_le_bytes([s[0], s[1], s[2], s[3]]))
}

/// One entry of an archive being read, checked against the local header when the directory is
/// read.
#[derive(Clone, Debug)]
struct Entry {
    method: u16,
    flags: u16,
    crc: u32,
    /// Where the (compressed) data starts and how long it is.
    data: usize,
    compressed: usize,
    uncompressed: usize,
}

/// A zip archive in memory. The central directory is read once, into a map; every entry is
/// checked (local header present, data inside the file, no two entries sharing bytes, declared
/// sizes within the limits) before anything is inflated; inflating stops at the declared size.
pub struct ZipReader<'a> {
    bytes: &'a [u8],
    names: Vec<String>,
    entries: std::collections::HashMap<String, Entry>,
    limits: Limits,
    /// Bytes inflated so far (all reads together stay within `max_total`).
    inflated: std::cell::Cell<usize>,
}

impl<'a> ZipReader<'a> {
    /// Reads the directory with the default [`Limits`].
    pub fn new(bytes: &'a [u8]) -> Result<ZipReader<'a>, ZipError> {
        Self::with_limits(bytes, Limits::default())
    }

    pub fn with_limits(bytes: &'a [u8], limits: Limits) -> Result<ZipReader<'a>, ZipError> {
        let search_from = bytes.len().saturating_sub(22 + 65_535);
        let eocd = (search_from..bytes.len().saturating_sub(21))
            .rev()
            .find(|&i| read_u32(bytes, i) == Some(END_OF_CENTRAL_DIRECTORY))
            .ok_or(ZipError::NotZip)?;
        let count = read_u16(bytes, eocd + 10).ok_or(ZipError::NotZip)? as usize;
        let cd_size = read_u32(bytes, eocd + 12).ok_or(ZipError::NotZip)? as usize;
        let cd_start = read_u32(bytes, eocd + 16).ok_or(ZipError::NotZip)? as usize;
        if count == 0xFFFF || cd_start == 0xFFFF_FFFF {
            return Err(ZipError::BadEntry("zip64".into()));
        }
        if count > limits.max_entries {
            return Err(ZipError::TooManyEntries(count));
        }
        let cd_end = cd_start.checked_add(cd_size).filter(|&e| e <= eocd).ok_or(ZipError::NotZip)?;
        let mut names = Vec::with_capacity(count);
        let mut entries = std::collections::HashMap::with_capacity(count);
        let mut ranges = Vec::with_capacity(count);
        let mut declared_total = 0usize;
        let mut at = cd_start;
        for _ in 0..count {
            if at + 46 > cd_end || read_u32(bytes, at) != Some(CENTRAL_HEADER) {
                return Err(ZipError::NotZip);
            }
            let field = |off: usize| read_u16(bytes, at + off).ok_or(ZipError::NotZip);
            let word = |off: usize| read_u32(bytes, at + off).ok_or(ZipError::NotZip);
            let name_len = field(28)? as usize;
            let extra_len = field(30)? as usize;
            let comment_len = field(32)? as usize;
            let raw_name = bytes.get(at + 46..at + 46 + name_len).ok_or(ZipError::NotZip)?;
            let name = String::from_utf8_lossy(raw_name).into_owned();
            let flags = field(8)?;
            let method = field(10)?;
            let crc = word(16)?;
            let compressed = word(20)? as usize;
            let uncompressed = word(24)? as usize;
            let local = word(42)? as usize;
            if compressed == 0xFFFF_FFFF || uncompressed == 0xFFFF_FFFF || local == 0xFFFF_FFFF {
                return Err(ZipError::BadEntry(name));
            }
            if uncompressed > limits.max_part {
                return Err(ZipError::TooLarge);
            }
            declared_total = declared_total.saturating_add(uncompressed);
            // The local header: its signature, and where the data starts.
            if read_u32(bytes, local) != Some(LOCAL_HEADER) {
                return Err(ZipError::NotZip);
            }
            let local_name = read_u16(bytes, local + 26).ok_or(ZipError::NotZip)? as usize;
            let local_extra = read_u16(bytes, local + 28).ok_or(ZipError::NotZip)? as usize;
            let data = local + 30 + local_name + local_extra;
            let end = data.checked_add(compressed).ok_or(ZipError::Overlapping)?;
            if end > cd_start {
                return Err(ZipError::Overlapping);
            }
            ranges.push((local, end));
            if entries.insert(name.clone(), Entry { method, flags, crc, data, compressed, uncompressed }).is_some() {
                return Err(ZipError::BadEntry(name));
            }
            names.push(name);
            at += 46 + name_len + extra_len + comment_len;
        }
        ranges.sort_unstable();
        if ranges.windows(2).any(|w| w[1].0 < w[0].1) {
            return Err(ZipError::Overlapping);
        }
        if declared_total > limits.max_total {
            return Err(ZipError::TooLarge);
        }
        Ok(ZipReader { bytes, names, entries, limits, inflated: std::cell::Cell::new(0) })
    }

    /// The entry names, in directory order.
    pub fn names(&self) -> impl Iterator<Item = &str> {
        self.names.iter().map(String::as_str)
    }

    /// Whether the archive has an entry of this name.
    pub fn contains(&self, name: &str) -> bool {
        self.entries.contains_key(name)
    }

    /// The uncompressed content of the entry with this name.
    pub fn read(&self, name: &str) -> Option<Result<Vec<u8>, ZipError>> {
        let entry = self.entries.get(name)?;
        Some(self.read_entry(name, entry))
    }

    fn read_entry(&self, name: &str, e: &Entry) -> Result<Vec<u8>, ZipError> {
        let bad = || ZipError::BadEntry(name.to_string());
        if e.flags & 1 != 0 {
            return Err(ZipError::Encrypted);
        }
        let total = self.inflated.get().saturating_add(e.uncompressed);
        if e.uncompressed > self.limits.max_part || total > self.limits.max_total {
            return Err(ZipError::TooLarge);
        }
        let body = self.bytes.get(e.data..e.data + e.compressed).ok_or_else(bad)?;
        let data = match e.method {
            0 if body.len() == e.uncompressed => body.to_vec(),
            // Inflate no further than the declared size: a lying header cannot make it bigger
            // (more output than declared is a bomb, not damage).
            8 => decompress_to_vec_with_limit(body, e.uncompressed).map_err(|err| match err.status {
                miniz_oxide::inflate::TINFLStatus::HasMoreOutput => ZipError::TooLarge,
                _ => bad(),
            })?,
            _ => return Err(bad()),
        };
        if data.len() != e.uncompressed || crc32fast::hash(&data) != e.crc {
            return Err(bad());
        }
        self.inflated.set(total);
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

    /// A raw entry for hand-built archives: name, method, the bytes stored, and the sizes and
    /// flags the headers claim.
    struct Raw<'a> {
        name: &'a str,
        method: u16,
        body: Vec<u8>,
        uncompressed: u32,
        crc: u32,
        flags: u16,
    }

    impl<'a> Raw<'a> {
        fn stored(name: &'a str, data: &[u8]) -> Raw<'a> {
            Raw {
                name,
                method: 0,
                body: data.to_vec(),
                uncompressed: data.len() as u32,
                crc: crc32fast::hash(data),
                flags: 0,
            }
        }
        fn deflated(name: &'a str, data: &[u8]) -> Raw<'a> {
            Raw {
                name,
                method: 8,
                body: compress_to_vec(data, 6),
                uncompressed: data.len() as u32,
                crc: crc32fast::hash(data),
                flags: 0,
            }
        }
    }

    /// An archive of `entries`, plus `extra` central-directory records pointing at the local
    /// header of entry `target` (overlapping entries).
    fn build(entries: &[Raw], extra: usize, target: usize) -> Vec<u8> {
        let mut out = Vec::new();
        let mut central = Vec::new();
        let mut offsets = Vec::new();
        let header = |out: &mut Vec<u8>, e: &Raw| {
            u16le(out, 20);
            u16le(out, e.flags);
            u16le(out, e.method);
            u16le(out, 0);
            u16le(out, DOS_DATE);
            u32le(out, e.crc);
            u32le(out, e.body.len() as u32);
            u32le(out, e.uncompressed);
            u16le(out, e.name.len() as u16);
            u16le(out, 0);
        };
        for e in entries {
            offsets.push(out.len() as u32);
            u32le(&mut out, LOCAL_HEADER);
            header(&mut out, e);
            out.extend_from_slice(e.name.as_bytes());
            out.extend_from_slice(&e.body);
        }
        let record = |central: &mut Vec<u8>, e: &Raw, name: &str, offset: u32| {
            u32le(central, CENTRAL_HEADER);
            u16le(central, 20);
            header(central, &Raw { name, body: e.body.clone(), ..*e });
            u16le(central, 0);
            u16le(central, 0);
            u16le(central, 0);
            u32le(central, 0);
            u32le(central, offset);
            central.extend_from_slice(name.as_bytes());
        };
        for (e, offset) in entries.iter().zip(&offsets) {
            record(&mut central, e, e.name, *offset);
        }
        for i in 0..extra {
            record(&mut central, &entries[target], &format!("customXml/item{i}.xml"), offsets[target]);
        }
        let count = (entries.len() + extra) as u16;
        let start = out.len() as u32;
        let size = central.len() as u32;
        out.append(&mut central);
        u32le(&mut out, END_OF_CENTRAL_DIRECTORY);
        u16le(&mut out, 0);
        u16le(&mut out, 0);
        u16le(&mut out, count);
        u16le(&mut out, count);
        u32le(&mut out, size);
        u32le(&mut out, start);
        u16le(&mut out, 0);
        out
    }

    #[test]
    fn hand_built_archives_read_like_written_ones() {
        let zip = build(&[Raw::stored("a.txt", b"abc"), Raw::deflated("b.xml", "文字".repeat(50).as_bytes())], 0, 0);
        let r = ZipReader::new(&zip).unwrap();
        assert_eq!(r.read("a.txt").unwrap().unwrap(), b"abc");
        assert_eq!(r.read("b.xml").unwrap().unwrap(), "文字".repeat(50).as_bytes());
        assert!(r.contains("a.txt") && !r.contains("c"));
    }

    #[test]
    fn too_many_entries_are_refused_before_anything_is_read() {
        let limits = Limits { max_entries: 10, ..Limits::default() };
        let entries: Vec<Raw> = (0..11).map(|_| Raw::stored("x", b"")).collect();
        let names: Vec<String> = (0..11).map(|i| format!("customXml/item{i}.xml")).collect();
        let entries: Vec<Raw> = entries
            .into_iter()
            .zip(&names)
            .map(|(mut e, n)| {
                e.name = n;
                e
            })
            .collect();
        let zip = build(&entries, 0, 0);
        assert_eq!(ZipReader::with_limits(&zip, limits).err(), Some(ZipError::TooManyEntries(11)));
        assert!(ZipReader::new(&zip).is_ok(), "within the default limit");
    }

    #[test]
    fn overlapping_entries_are_refused() {
        let zip = build(&[Raw::deflated("word/document.xml", &[b'a'; 10_000])], 3, 0);
        assert_eq!(ZipReader::new(&zip).err(), Some(ZipError::Overlapping));
    }

    #[test]
    fn declared_sizes_beyond_the_limits_are_refused() {
        let limits = Limits { max_part: 1000, max_total: 1500, ..Limits::default() };
        let big = build(&[Raw::stored("big", &[0; 1001])], 0, 0);
        assert_eq!(ZipReader::with_limits(&big, limits).err(), Some(ZipError::TooLarge));
        let two = build(&[Raw::stored("a", &[0; 800]), Raw::stored("b", &[0; 800])], 0, 0);
        assert_eq!(ZipReader::with_limits(&two, limits).err(), Some(ZipError::TooLarge), "stored parts count");
    }

    #[test]
    fn a_lying_size_inflates_no_further_than_declared() {
        let mut bomb = Raw::deflated("word/document.xml", &vec![b'<'; 5_000_000]);
        bomb.uncompressed = 1000;
        let zip = build(&[bomb], 0, 0);
        let r = ZipReader::new(&zip).unwrap();
        assert_eq!(r.read("word/document.xml").unwrap().err(), Some(ZipError::TooLarge), "more than declared: a bomb");
        // A stored part whose size does not match the header.
        let mut short = Raw::stored("a", b"abcdef");
        short.uncompressed = 3;
        assert!(matches!(ZipReader::new(&build(&[short], 0, 0)).unwrap().read("a"), Some(Err(ZipError::BadEntry(_)))));
    }

    #[test]
    fn the_inflated_total_is_capped_across_reads() {
        let limits = Limits { max_part: 1000, max_total: 1500, ..Limits::default() };
        // Declared total within the limit, but read twice: the second read would pass it.
        let zip = build(&[Raw::deflated("a", &[1; 900])], 0, 0);
        let r = ZipReader::with_limits(&zip, limits).unwrap();
        assert!(r.read("a").unwrap().is_ok());
        assert_eq!(r.read("a").unwrap().err(), Some(ZipError::TooLarge));
    }

    #[test]
    fn encrypted_entries_and_duplicate_names_are_refused() {
        let mut e = Raw::stored("word/document.xml", b"x");
        e.flags = 1;
        let zip = build(&[e], 0, 0);
        assert_eq!(ZipReader::new(&zip).unwrap().read("word/document.xml").unwrap().err(), Some(ZipError::Encrypted));
        let twice = build(&[Raw::stored("a", b"1"), Raw::stored("a", b"2")], 0, 0);
        assert_eq!(ZipReader::new(&twice).err(), Some(ZipError::BadEntry("a".into())));
    }
}
