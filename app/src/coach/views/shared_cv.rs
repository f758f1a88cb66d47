//! Coach: the `shared_cv` screen.
use super::*;

/// `/coach/participants/:id/cvs/:cv`: another shared version of the participant's CV.
#[component]
pub fn SharedCvPage() -> impl IntoView {
    view! {
        <RequireRole roles=&[Role::Coach]>
            {move || {
                let params = use_params_map().read_untracked();
                let person = params.get("id").and_then(|s| s.parse::<UserId>().ok());
                let cv = params.get("cv").and_then(|s| s.parse::<CvId>().ok());
                let failed = use_query_map().read_untracked().get("pdf").is_some_and(|v| v == "failed");
                match (person, cv) {
                    (Some(person), Some(cv)) => {
                        let shared = Resource::new(move || (person, cv), |(p, c)| shared_with_me(p, Some(c)));
                        view! {
                            <Suspense>
                                {move || Suspend::new(async move {
                                    match shared.await {
                                        Ok(shared) if shared.cv.is_some() => view! {
                                            <Page title=Key::SharedCvTitle back=format!("/coach/participants/{person}")>
                                                {failed.then(|| view! {
                                                    <div class="error-summary" role="alert" tabindex="-1" autofocus>
                                                        <p>{t(Key::ErrPdfFailed)}</p>
                                                    </div>
                                                })}
                                                <p class="lead" dir="auto">{shared.name.clone()}</p>
                                                <SharedCvSection shared person/>
                                            </Page>
                                        }.into_any(),
                                        _ => view! { <crate::pages::NotFound/> }.into_any(),
                                    }
                                })}
                            </Suspense>
                        }
                        .into_any()
                    }
                    _ => view! { <crate::pages::NotFound/> }.into_any(),
                }
            }}
        </RequireRole>
    }
}
