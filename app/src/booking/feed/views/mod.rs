//! Calendar feeds: the screens.
use super::*;

mod feed;
pub use feed::*;
mod change_feed;
pub use change_feed::*;
