//! "Lägg in i CV:t": putting "Mina styrkor" or "Mina språk" into one of the participant's
//! CVs. It needs the CV and both parts, so it lives here, above them; the parts' pages show
//! [`CvChoice`] where the shell's routes hand it to them.
use crate::error::AppError;
#[cfg(feature = "ssr")]
use crate::error::{FieldProblem, Invalid};
use crate::i18n::{t, Key};
use crate::ids::CvId;
use crate::ui::{action_error, field_message, form_action, ErrorSummary, Submit};
use leptos::prelude::*;

/// What putting a part into a CV does to the CV.
#[cfg(feature = "ssr")]
type PutIntoCv = Box<dyn Fn(&mut crate::cv::model::Cv) + Send + Sync>;

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

/// "Lägg in i CV:t": which CV (when there are several; the main one is ticked), and the
/// button. Without a CV, the way to make one.
#[component]
pub fn CvChoice(part: &'static str) -> impl IntoView {
    let cvs = Resource::new(|| (), |_| crate::cv::api::my_cvs());
    let action = form_action::<ProfileToCv>();
    let error = action_error(action);
    let problem = move || error.get().and_then(|e| e.field_error("cv"));
    view! {
        <Suspense>
            {move || Suspend::new(async move {
                let cvs = cvs.await.unwrap_or_default();
                if cvs.is_empty() {
                    return view! { <p>{t(Key::LangToCvNoCv)}" "<a href="/cv">{t(Key::HomeCvTitle)}</a></p> }
                        .into_any();
                }
                let choice = if cvs.len() == 1 {
                    view! { <input type="hidden" name="cv" value=cvs[0].id.get()/> }.into_any()
                } else {
                    view! {
                        <fieldset class="field" class:field-error=move || problem().is_some()>
                            <legend>{t(Key::LangToCvWhich)}</legend>
                            {move || problem().map(|p| field_message("cv-error".into(), t(p.message("cv"))))}
                            {cvs.iter().enumerate().map(|(i, cv)| {
                                let id = if i == 0 { "cv".to_string() } else { format!("cv-{i}") };
                                let title = if cv.title.trim().is_empty() {
                                    t(Key::CvUntitled).to_string()
                                } else {
                                    cv.title.clone()
                                };
                                view! {
                                    <div class="checkbox">
                                        <input type="radio" id=id.clone() name="cv" value=cv.id.get() checked=cv.is_main/>
                                        <label for=id dir="auto">{title}</label>
                                    </div>
                                }
                            }).collect_view()}
                        </fieldset>
                    }
                    .into_any()
                };
                view! {
                    <ErrorSummary error=error/>
                    <ActionForm action=action attr:class="form">
                        <input type="hidden" name="part" value=part/>
                        {choice}
                        <Submit label=Key::LangToCvButton/>
                    </ActionForm>
                }
                .into_any()
            })}
        </Suspense>
    }
}
