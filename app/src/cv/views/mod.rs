//! The CV screens, one task each: the list of CVs, one CV's overview, a screen per section,
//! an entry form, the preview, and the screens that get the CV in and out. All are plain
//! server-rendered forms; the `Autosave` island is the only script, and an extra.
use super::api::*;
use super::autosave::AutosaveStatus;
use super::entries::{FieldKind, ListSection};
use super::model::{Cv, CvLanguage};
use super::print::PrintCv;
use crate::auth::{RequireRole, Role};
use crate::error::AppError;
use crate::i18n::{t, tf, tp, Key};
use crate::ui::{
    action_error, field_message, form, form_action, Checkbox, ErrorSummary, Page, Submit, TextField,
};
use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};

mod contact;
pub use contact::*;
mod delete;
pub use delete::*;
mod entry;
pub use entry::*;
mod import;
pub use import::*;
mod imported;
pub use imported::*;
mod licences;
pub use licences::*;
mod list;
pub use list::*;
mod overview;
pub use overview::*;
mod preview;
pub use preview::*;
mod profile;
pub use profile::*;
mod remove_entry;
pub use remove_entry::*;
mod section;
pub use section::*;
mod settings;
pub use settings::*;

fn back_to_cv(id: CvId) -> impl IntoView {
    view! { <p><a href=format!("/cv/{id}") class="back">{t(Key::CvBackLink)}</a></p> }
}

/// Autosave for the form with this id (and its status line).
fn autosave(form: &'static str) -> impl IntoView {
    view! { <AutosaveStatus form=form/> }
}

fn param(name: &str) -> Option<String> {
    use_params_map().read_untracked().get(name)
}

/// Loads the CV named in the URL and shows `ok` with it, for a signed-in participant; a CV
/// that is not the caller's is "not found", like one that does not exist.
fn with_cv<V: IntoView + 'static>(
    ok: impl Fn(OpenedCv) -> V + Clone + Send + Sync + 'static,
) -> impl IntoView {
    view! {
        <RequireRole roles=&[Role::Participant]>
            {
                let ok = ok.clone();
                load_cv(ok)
            }
        </RequireRole>
    }
}

fn load_cv<V: IntoView + 'static>(
    ok: impl Fn(OpenedCv) -> V + Clone + Send + Sync + 'static,
) -> impl IntoView {
    let id = param("id").and_then(|s| s.parse::<CvId>().ok());
    let cv = Resource::new(
        move || id,
        |id| async move {
            match id {
                Some(id) => open_cv(id).await,
                None => Err(AppError::NotFound),
            }
        },
    );
    view! {
        <Suspense fallback=|| view! { <p>{t(Key::Loading)}</p> }>
            {move || {
                let ok = ok.clone();
                Suspend::new(async move {
                    match cv.await {
                        Ok(opened) => ok(opened).into_any(),
                        Err(AppError::NotFound) => view! { <crate::pages::NotFound/> }.into_any(),
                        Err(e) => view! {
                            <Page title=Key::CvListTitle><p class="error-message">{e.text()}</p></Page>
                        }
                        .into_any(),
                    }
                })
            }}
        </Suspense>
    }
}

fn list_section() -> Option<ListSection> {
    param("section").and_then(|s| ListSection::from_slug(&s))
}

/// Driving licence classes as the screen lists them, each with what it lets you drive.
const LICENCES_SHOWN: [(&str, Key); 14] = [
    ("B", Key::LicenceB),
    ("BE", Key::LicenceBe),
    ("C", Key::LicenceC),
    ("CE", Key::LicenceCe),
    ("AM", Key::LicenceAm),
    ("A1", Key::LicenceA1),
    ("A2", Key::LicenceA2),
    ("A", Key::LicenceA),
    ("C1", Key::LicenceC1),
    ("C1E", Key::LicenceC1e),
    ("D1", Key::LicenceD1),
    ("D1E", Key::LicenceD1e),
    ("D", Key::LicenceD),
    ("DE", Key::LicenceDe),
];

const IMPORT_PATH: &str = <ImportCv as leptos::server_fn::ServerFn>::PATH;

#[cfg(test)]
mod tests {
    use super::LICENCES_SHOWN;
    use crate::cv::model::LICENCE_CLASSES;

    #[test]
    fn every_licence_class_is_shown_once_with_its_meaning() {
        let mut shown: Vec<&str> = LICENCES_SHOWN.iter().map(|(c, _)| *c).collect();
        shown.sort_unstable();
        let mut all = LICENCE_CLASSES.to_vec();
        all.sort_unstable();
        assert_eq!(shown, all);
    }
}
