//! One module per page of the app.

pub mod areas;
pub mod cover;
pub mod tasks;
pub mod text;
