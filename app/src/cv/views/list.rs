//! Cv: the `list` screen.
use super::*;

#[component]
pub fn CvListPage() -> impl IntoView {
    view! {
        <RequireRole roles=&[Role::Participant]>
            <CvList/>
        </RequireRole>
    }
}

#[component]
pub(super) fn CvList() -> impl IntoView {
    let cvs = Resource::new(|| (), |_| my_cvs());
    let start = form_action::<StartCv>();
    let error = action_error(start);
    view! {
        <Page title=Key::CvListTitle error=error back="/home">
            <ErrorSummary error=error/>
            <crate::sharing::ShareStatus part=crate::sharing::SharedPart::Cv/>
            <Suspense fallback=|| view! { <p>{t(Key::Loading)}</p> }>
                {move || Suspend::new(async move {
                    match cvs.await {
                        Ok(list) if list.is_empty() => view! {
                            <p>{t(Key::CvIntro)}</p>
                            <ActionForm action=start attr:class="form" attr:id="cv">
                                <Submit label=Key::CvStartButton/>
                            </ActionForm>
                            <p><a href="/cv/import">{t(Key::CvImportLink)}</a></p>
                        }
                        .into_any(),
                        Ok(list) => view! {
                            <ul class="cards">
                                {list.into_iter().map(|c| {
                                    let title = if c.title.is_empty() { t(Key::CvUntitled).to_string() } else { c.title };
                                    let filled = tf(Key::CvProgress, &[("filled", &c.filled.to_string()), ("total", &c.sections.to_string())]);
                                    view! {
                                        <li class="card">
                                            <h2><a href=format!("/cv/{}", c.id) dir="auto">{title}</a></h2>
                                            <p>{filled}</p>
                                            {c.is_main.then(|| view! { <p class="tag">{t(Key::CvMain)}</p> })}
                                        </li>
                                    }
                                }).collect_view()}
                            </ul>
                            <ActionForm action=start attr:class="form" attr:id="cv">
                                <button type="submit" class="button secondary">{t(Key::CvNewButton)}</button>
                            </ActionForm>
                            <p><a href="/cv/import">{t(Key::CvImportLink)}</a></p>
                        }
                        .into_any(),
                        Err(e) => view! { <p class="error-message">{e.text()}</p> }.into_any(),
                    }
                })}
            </Suspense>
        </Page>
    }
}
