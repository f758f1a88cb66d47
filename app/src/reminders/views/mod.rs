//! Reminders: one screen per file.
use super::*;

mod reminders;
pub use reminders::*;
mod remove_device;
pub use remove_device::*;
