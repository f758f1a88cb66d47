//! Coach: the screens: what people see and the forms they send.
use super::*;

mod participant;
pub use participant::*;
mod shared_cv;
pub use shared_cv::*;
mod withdraw;
pub use withdraw::*;

/// A coach's page about one participant's account: the id from the URL, the account
/// loaded for a coach who looks after it; anything else is "not found".
pub(super) fn account_page(show: fn(ParticipantAccount) -> AnyView) -> impl IntoView {
    view! {
        <RequireRole roles=&[Role::Coach]>
            {move || match person_param() {
                Some(id) => {
                    let account = Resource::new(move || id, fetch_participant_account);
                    view! {
                        <Suspense>
                            {move || Suspend::new(async move {
                                match account.await {
                                    Ok(account) => show(account),
                                    Err(_) => view! { <crate::pages::NotFound/> }.into_any(),
                                }
                            })}
                        </Suspense>
                    }
                    .into_any()
                }
                None => view! { <crate::pages::NotFound/> }.into_any(),
            }}
        </RequireRole>
    }
}

/// The shared CV on the coach's page: the sheet, its PDF, and the other shared versions.
#[component]
pub(super) fn SharedCvSection(shared: SharedView, person: UserId) -> impl IntoView {
    let Some(cv) = shared.cv else {
        return view! {
            <p class="not-shared"><strong>{t(Key::SharedPartCv)}": "</strong>{t(Key::NotShared)}</p>
        }
        .into_any();
    };
    let until = match shared.until {
        Some(day) => tf(Key::SharingUntil, &[("day", &format_day(day))]),
        None => t(Key::SharingUntilWithdrawn).to_string(),
    };
    let others: Vec<_> = shared
        .versions
        .into_iter()
        .filter(|v| v.id != cv.id)
        .collect();
    let title = if cv.title.trim().is_empty() {
        t(Key::CvUntitled).to_string()
    } else {
        cv.title.clone()
    };
    view! {
        <p><strong>{t(Key::SharedPartCv)}": "</strong><bdi>{title}</bdi>" "{until}</p>
        <ul class="actions">
            <li><a class="button" href=format!("/cv/{}/pdf", cv.id)>{t(Key::CvPdfLink)}</a></li>
        </ul>
        <CvSheet print=cv.print/>
        {(!others.is_empty()).then(|| view! {
            <h3>{t(Key::SharedOtherVersions)}</h3>
            <ul>
                {others.into_iter().map(|v| view! {
                    <li><a dir="auto" href=format!("/coach/participants/{person}/cvs/{}", v.id)>
                        {if v.title.trim().is_empty() { t(Key::CvUntitled).to_string() } else { v.title }}
                    </a></li>
                }).collect_view()}
            </ul>
        })}
    }
    .into_any()
}
