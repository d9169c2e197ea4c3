//! Documents the app writes: the GB/T 9704 layout shared by all of them, the plan document with
//! its embedded plan file and the issuing notice that may precede it, the filing letter, and the
//! disclosure catalogue (.xlsx and CSV); the OOXML finishing (schema order, packaging) they
//! share; the plan as a web page for the portal ([`html`]); the yearly progress report
//! ([`progress_report`]); which files a plan is offered as
//! ([`downloads`]). Native code: the
//! browser and the command line use the same functions.

pub mod catalogue;
pub mod downloads;
pub mod embed;
pub mod html;
pub mod issuing;
pub mod layout;
pub mod letter;
pub mod opc;
pub mod package;
pub mod plan_doc;
pub mod progress_report;
pub mod prose;
pub mod schema_order;
pub mod tidy;
pub mod xlsx;
pub mod xml;
pub mod zip;

pub use catalogue::{catalogue_csv, catalogue_xlsx};
pub use letter::filing_letter;
pub use plan_doc::{plan_blocks, plan_document};

#[cfg(test)]
pub(crate) mod tests;
