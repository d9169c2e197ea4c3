//! Reading plans written in Word or WPS (.docx): a structural reader, native code used by the
//! review, the command line, the merge import and the import into a draft.
//!
//! - [`intake`]: what a file is, size limits, the package checked by the safe zip reader, and a
//!   Chinese message for each way a file can be refused;
//! - [`xml`], [`body`], [`numbering`]: the paragraphs in order, with the numbers Word's automatic
//!   numbering shows, table cells, and the text that is hidden, deleted or a field code left out;
//! - [`normalise`], [`dates`]: text as the rules compare it, dates in every common form;
//! - [`structure`]: title, covering notice, preamble, sections and subsections found by
//!   keywords, the 落款, and the profile (provincial template or 国办发 structure);
//! - [`import`]: a draft plan made from the structure, with a summary of what went where.

pub mod body;
pub mod dates;
pub mod import;
pub mod intake;
pub mod normalise;
pub mod numbering;
pub mod structure;
pub mod xml;

pub use intake::{MAX_FILE_BYTES, Package, ReadError, check_size};
pub use structure::{Instead, Line, Profile, Role, Section, SectionKind, Signature, WordPlan};

/// A table cell a paragraph is in: tables, rows and columns counted from 0 in document order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Cell {
    pub table: usize,
    pub row: usize,
    pub column: usize,
}

/// One paragraph of a document.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Paragraph {
    /// The number Word's automatic numbering shows for it (`一、`, `（一）`, `1.`), or empty.
    pub label: String,
    /// Its text as written (tabs as `\t`, line breaks as `\n`).
    pub text: String,
    /// Heading level from its style (0 = heading 1).
    pub outline: Option<u8>,
    /// The table cell it is in; none outside tables and in a table that only lays text out (its
    /// text all in one column or one row, see [`body`]).
    pub cell: Option<Cell>,
    /// The list level of its automatic number (`w:ilvl`, 0 = the first), when it has one: two
    /// levels of one list may show numbers of the same form (`1.` under `1.`).
    pub level: Option<u8>,
    /// Some of its text is the result of a `DATE` or `TIME` field, which Word replaces with
    /// today's date whenever the document is opened.
    pub auto_date: bool,
}

/// The paragraphs of an opened package's main document.
pub fn paragraphs(package: &Package) -> Result<Vec<Paragraph>, ReadError> {
    let document = package.part(&package.document)?.ok_or(ReadError::Damaged)?;
    let styles = package.related("styles")?.map(|x| numbering::Styles::parse(&x)).unwrap_or_default();
    let numbering = package.related("numbering")?.map(|x| numbering::Numbering::parse(&x)).unwrap_or_default();
    let list = body::paragraphs(&document, &styles, &numbering);
    if !list.iter().any(|p| crate::content::has_content(&p.text)) {
        return Err(ReadError::EmptyDocument);
    }
    Ok(list)
}

/// Reads the structure of a plan from the bytes of a .docx.
pub fn read(bytes: &[u8]) -> Result<WordPlan, ReadError> {
    let package = Package::open(bytes)?;
    Ok(structure::analyse(&paragraphs(&package)?))
}
