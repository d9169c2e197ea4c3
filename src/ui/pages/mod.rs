//! One module per page of the app.

pub mod area;
pub mod areas;
pub mod check;
pub mod cover;
pub mod drafts;
pub mod export;
pub mod help;
pub mod lazy;
pub mod ledger;
pub mod other_tasks;
pub mod progress;
pub mod review;
pub mod tasks;
pub mod text_part;
pub mod unplaced;
