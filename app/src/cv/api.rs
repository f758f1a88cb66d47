//! The CV's server functions. Every one starts at `require` and then checks that the CV
//! belongs to the caller; someone else's CV answers "not found", the same as one that does
//! not exist, so ids reveal nothing. CV contents are never logged.
use super::model::{Cv, CvProblem, CvProblemKind};
use crate::error::{AppError, FieldProblem, Invalid};
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CvSummary {
    pub id: i64,
    pub title: String,
    pub is_main: bool,
    pub filled: usize,
    pub sections: usize,
}

impl From<CvProblemKind> for FieldProblem {
    fn from(kind: CvProblemKind) -> Self {
        match kind {
            CvProblemKind::TooLong => FieldProblem::TooLong,
            CvProblemKind::TooMany => FieldProblem::TooMany,
            CvProblemKind::Required => FieldProblem::Required,
            CvProblemKind::EndBeforeStart => FieldProblem::EndBeforeStart,
            CvProblemKind::EndWhileOngoing => FieldProblem::EndWhileOngoing,
            CvProblemKind::UnknownLicenceClass => FieldProblem::UnknownOption,
            CvProblemKind::BadEmail => FieldProblem::BadEmail,
        }
    }
}

/// Turns the model's problems into a form's field errors: `contact.email` on the contact
/// form is its field `email`. The typed values come back with them.
pub fn form_errors(problems: Vec<CvProblem>, prefix: &str, values: &[(&str, &str)]) -> AppError {
    let mut invalid = Invalid::new();
    for p in problems {
        let field = p.path.strip_prefix(prefix).unwrap_or(&p.path);
        invalid.add(field, p.kind.into());
    }
    let invalid = values.iter().fold(invalid, |inv, (k, v)| inv.keep(k, v));
    AppError::Invalid(invalid)
}

#[cfg(feature = "ssr")]
mod server {
    use super::*;
    use crate::auth::Role;
    use crate::ssr::store::{CvRecord, UserRecord};
    use crate::ssr::{internal, now, require, ServerState};

    pub async fn participant() -> Result<(ServerState, UserRecord), AppError> {
        require(&[Role::Participant]).await
    }

    /// The caller's own CV `id`, parsed.
    pub async fn own(
        state: &ServerState,
        user: &UserRecord,
        id: i64,
    ) -> Result<(CvRecord, Cv), AppError> {
        match state.store.find_cv(id).await.map_err(internal)? {
            Some(record) if record.owner_id == user.id => {
                let cv = serde_json::from_str(&record.document).map_err(internal)?;
                Ok((record, cv))
            }
            Some(_) => {
                tracing::info!(user = user.id, cv = id, "refused: not the owner's CV");
                Err(AppError::NotFound)
            }
            None => Err(AppError::NotFound),
        }
    }

    pub async fn save(
        state: &ServerState,
        user: &UserRecord,
        id: i64,
        cv: &Cv,
    ) -> Result<(), AppError> {
        let document = serde_json::to_string(cv).map_err(internal)?;
        if state
            .store
            .update_cv(id, user.id, &document, now())
            .await
            .map_err(internal)?
        {
            Ok(())
        } else {
            Err(AppError::NotFound)
        }
    }
}

#[server(prefix = "/api", endpoint = "my-cvs")]
pub async fn my_cvs() -> Result<Vec<CvSummary>, AppError> {
    use crate::ssr::{internal, with_status};
    with_status(
        async {
            let (state, user) = server::participant().await?;
            let records = state.store.list_cvs(user.id).await.map_err(internal)?;
            records
                .into_iter()
                .map(|r| {
                    let cv: Cv = serde_json::from_str(&r.document).map_err(internal)?;
                    let (filled, sections) = cv.sections_filled();
                    Ok(CvSummary {
                        id: r.id,
                        title: cv.title,
                        is_main: r.is_main,
                        filled,
                        sections,
                    })
                })
                .collect()
        }
        .await,
    )
}

/// Starts a new, empty CV and returns its id (the first becomes the main CV).
#[server(prefix = "/api", endpoint = "start-cv")]
pub async fn start_cv() -> Result<i64, AppError> {
    use crate::ssr::{internal, now, with_status};
    with_status(
        async {
            let (state, user) = server::participant().await?;
            let existing = state.store.list_cvs(user.id).await.map_err(internal)?;
            if existing.len() >= super::model::limits::VERSIONS {
                let mut invalid = Invalid::new();
                invalid.add("cv", FieldProblem::TooMany);
                return Err(AppError::Invalid(invalid));
            }
            let document = serde_json::to_string(&Cv::default()).map_err(internal)?;
            let id = state
                .store
                .create_cv(user.id, &document, now())
                .await
                .map_err(internal)?;
            leptos_axum::redirect(&format!("/cv/{id}"));
            Ok(id)
        }
        .await,
    )
}

#[server(prefix = "/api", endpoint = "open-cv")]
pub async fn open_cv(id: i64) -> Result<Cv, AppError> {
    use crate::ssr::with_status;
    with_status(
        async {
            let (state, user) = server::participant().await?;
            Ok(server::own(&state, &user, id).await?.1)
        }
        .await,
    )
}

#[server(prefix = "/api", endpoint = "save-cv-contact")]
pub async fn save_contact(
    id: i64,
    name: String,
    phone: String,
    email: String,
    town: String,
) -> Result<(), AppError> {
    use crate::ssr::with_status;
    with_status(
        async {
            let (state, user) = server::participant().await?;
            let (_, mut cv) = server::own(&state, &user, id).await?;
            cv.contact.name = name.trim().to_string();
            cv.contact.phone = phone.trim().to_string();
            cv.contact.email = email.trim().to_string();
            cv.contact.town = town.trim().to_string();
            let typed = [
                ("name", name.as_str()),
                ("phone", phone.as_str()),
                ("email", email.as_str()),
                ("town", town.as_str()),
            ];
            cv.check().map_err(|p| form_errors(p, "contact.", &typed))?;
            server::save(&state, &user, id, &cv).await?;
            leptos_axum::redirect(&format!("/cv/{id}"));
            Ok(())
        }
        .await,
    )
}

#[server(prefix = "/api", endpoint = "save-cv-profile")]
pub async fn save_profile(id: i64, profile: String) -> Result<(), AppError> {
    use crate::ssr::with_status;
    with_status(
        async {
            let (state, user) = server::participant().await?;
            let (_, mut cv) = server::own(&state, &user, id).await?;
            cv.profile = profile.trim().to_string();
            cv.check()
                .map_err(|p| form_errors(p, "", &[("profile", profile.as_str())]))?;
            server::save(&state, &user, id, &cv).await?;
            leptos_axum::redirect(&format!("/cv/{id}"));
            Ok(())
        }
        .await,
    )
}
