//! The CV: its model, dates, and the JSON Resume interchange format. Views, storage and
//! server functions come on top of this core.
pub mod api;
pub mod date;
pub mod json_resume;
pub mod model;
pub mod views;
