//! 社会公益事业建设领域政府信息公开工作方案 builder.
//!
//! The domain (plan model, catalogue, plan files) is plain Rust that builds and tests natively;
//! the `ui` module (Leptos, client-side rendering) exists only in the wasm32 build and merely
//! renders and edits the domain types.

pub mod background;
pub mod catalogue;
pub mod check;
pub mod content;
pub mod drafts;
pub mod export;
pub mod filename;
pub mod model;
pub mod planfile;
pub mod review;
pub mod title;
pub mod wordplan;

#[cfg(any(target_arch = "wasm32", feature = "lint-ui"))]
pub mod ui;
