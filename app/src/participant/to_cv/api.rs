//! To_cv: the server functions: who asks, what they may do, the store, the answer.
use super::*;

/// Puts a profile part (`languages`: the levels; `strengths`: strengths as skills and the
/// interests) into CV `cv`, which must be the caller's own.
#[server(prefix = "/api", endpoint = "profile-to-cv")]
pub async fn profile_to_cv(cv: Option<CvId>, part: String) -> Result<(), AppError> {
    use crate::profile::document::{load, owner};
    use crate::ssr::access::Act;
    let (state, me, put): (_, _, PutIntoCv) = match part.as_str() {
        "languages" => {
            use crate::languages::{server::into_cv, LanguagesDoc};
            let (state, me) = owner::<LanguagesDoc>(Act::Read).await?;
            let doc: LanguagesDoc = load(&state, &me).await?;
            (state, me, Box::new(move |cv| into_cv(&doc, cv)))
        }
        "strengths" => {
            use crate::strengths::{server::into_cv, StrengthsDoc};
            let (state, me) = owner::<StrengthsDoc>(Act::Read).await?;
            let doc: StrengthsDoc = load(&state, &me).await?;
            (state, me, Box::new(move |cv| into_cv(&doc, cv)))
        }
        _ => return Err(AppError::BadRequest),
    };
    let Some(cv) = cv else {
        let mut invalid = Invalid::new();
        invalid.add("cv", FieldProblem::ChooseOne);
        return Err(AppError::Invalid(invalid));
    };
    let who = (state, me);
    crate::cv::api::server::edit_always(&who, cv, |document| {
        put(document);
        Ok(())
    })
    .await?;
    tracing::info!(user = %who.1.id, cv = %cv, part = %part, "profile put into a CV");
    leptos_axum::redirect(&format!("/cv/{cv}/preview?{part}=1"));
    Ok(())
}
