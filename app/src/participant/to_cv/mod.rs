//! "Lägg in i CV:t": putting "Mina styrkor" or "Mina språk" into one of the participant's
//! CVs. It needs the CV and both parts, so it lives here, above them; the parts' pages show
//! [`CvChoice`] where the shell's routes hand it to them.
use crate::error::AppError;
#[cfg(feature = "ssr")]
use crate::error::{FieldProblem, Invalid};
use crate::i18n::{t, Key};
use crate::ids::CvId;
use crate::ui::{field_message, form, ErrorSummary, Submit};
use leptos::prelude::*;

mod api;
pub use api::*;
mod views;
pub use views::*;

/// What putting a part into a CV does to the CV.
#[cfg(feature = "ssr")]
type PutIntoCv = Box<dyn Fn(&mut crate::cv::model::Cv) + Send + Sync>;
