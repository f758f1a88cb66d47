//! To_cv: the screens: what people see and the forms they send.
use super::*;

/// "Lägg in i CV:t": which CV (when there are several; the main one is ticked), and the
/// button. Without a CV, the way to make one.
#[component]
pub fn CvChoice(part: &'static str) -> impl IntoView {
    let cvs = Resource::new(|| (), |_| crate::cv::api::my_cvs());
    let (action, error) = form::<ProfileToCv>();
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
