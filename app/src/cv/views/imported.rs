//! Cv: the `imported` screen.
use super::*;

/// After an import: the new CV, and what the file held that Vägval has no place for.
#[component]
pub fn CvImportedPage() -> impl IntoView {
    with_cv(move |OpenedCv { id, .. }| {
        let report = Resource::new(move || id, crate::cv::api::import_report);
        view! {
            <Page title=Key::CvImportedTitle>
                <p>{t(Key::CvImportedIntro)}</p>
                <Suspense>
                    {move || Suspend::new(async move {
                        let report = report.await.ok().flatten().unwrap_or_else(|| ImportSummary::new(id, &[], &[]));
                        let more = report.more;
                        view! {
                            {(report.skipped.is_empty() && report.cut.is_empty() && more == 0)
                                .then(|| view! { <p>{t(Key::CvImportedAll)}</p> })}
                            {(!report.skipped.is_empty()).then(|| view! {
                                <p>{t(Key::CvImportedSkipped)}</p>
                                <ul class="skipped">
                                    {report.skipped.into_iter().map(|p| view! { <li><code dir="ltr">{p}</code></li> }).collect_view()}
                                </ul>
                            })}
                            {(!report.cut.is_empty()).then(|| view! {
                                <p>{t(Key::CvImportedCut)}</p>
                                <ul class="skipped">
                                    {report.cut.into_iter().map(|(p, problem)| view! {
                                        <li><code dir="ltr">{p}</code>": "{t(problem.message(""))}</li>
                                    }).collect_view()}
                                </ul>
                            })}
                            {(more > 0).then(|| view! { <p>{tp(Key::CvImportedMore, "count", more as u64, &[])}</p> })}
                        }
                    })}
                </Suspense>
                <p><a class="button" href=format!("/cv/{id}")>{t(Key::CvImportedOpen)}</a></p>
            </Page>
        }
    })
}
