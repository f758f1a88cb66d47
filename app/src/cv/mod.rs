//! The CV: its model, dates, and the JSON Resume interchange format. Views, storage and
//! server functions come on top of this core.
pub mod api;
pub mod autosave;
pub mod cefr;
pub mod entries;
#[cfg(feature = "ssr")]
pub mod export;
pub mod json_resume;
pub mod model;
pub mod print;
#[cfg(feature = "ssr")]
pub mod store;
pub mod views;
