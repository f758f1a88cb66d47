//! Sharing: the screens: what people see and the forms they send.
use super::*;

mod access_log;
pub use access_log::*;
mod consent_history;
pub use consent_history::*;
mod share_part;
pub use share_part::*;
mod sharing;
pub use sharing::*;
mod stop_sharing;
pub use stop_sharing::*;
mod stopped;
pub use stopped::*;

/// The signed-in participant's sharing, drawn by `show` (with `arg`). The data is awaited,
/// not kept as a resource: these pages have no island, so nothing of it goes into the page
/// but what `show` draws.
pub(super) fn with_sharing<P: Copy + Send + Sync + 'static>(
    arg: P,
    show: fn(Sharing, P) -> AnyView,
) -> impl IntoView {
    view! {
        <RequireRole roles=&[Role::Participant]>
            <Suspense>
                {move || Suspend::new(async move {
                    match fetch_sharing().await {
                        Ok(sharing) => show(sharing, arg),
                        Err(e) => view! { <p class="error-message">{e.text()}</p> }.into_any(),
                    }
                })}
            </Suspense>
        </RequireRole>
    }
}

#[component]
pub(super) fn NoCoach() -> impl IntoView {
    view! {
        <Page title=Key::SharingTitle back="/home">
            <p>{t(Key::SharingWhy)}</p>
            <p>{t(Key::SharingNoCoach)}</p>
        </Page>
    }
}

/// On a part's own page: whether the coach sees it now, and the way to change that.
#[component]
pub fn ShareStatus(part: SharedPart) -> impl IntoView {
    view! {
        <Suspense>
            {move || Suspend::new(async move {
                let Ok(sharing) = fetch_sharing().await else {
                    return ().into_any();
                };
                let share = sharing.part(part);
                let sentence = match (&sharing.coach, share.shared, share.until) {
                    (None, ..) => t(Key::ShareStatusNoCoach).to_string(),
                    (Some(_), false, _) => t(Key::ShareStatusNot).to_string(),
                    (Some(_), true, Some(day)) => tf(Key::ShareStatusUntil, &[("day", &format_day(day))]),
                    (Some(_), true, None) => t(Key::ShareStatusShared).to_string(),
                };
                view! {
                    <p class="share-status">{sentence}" "
                        {sharing.coach.is_some().then(|| view! {
                            <a href=format!("/share/{}", part.code())>{t(Key::ShareStatusLink)}</a>
                        })}
                    </p>
                }
                .into_any()
            })}
        </Suspense>
    }
}

/// A participant's page of dated lines: `load` fetches them, `list` draws them.
pub(super) fn log_page<T, Fut>(
    title: Key,
    back: &'static str,
    intro: Key,
    empty: Key,
    load: fn() -> Fut,
    list: fn(Vec<T>) -> AnyView,
) -> impl IntoView
where
    T: Send + Sync + 'static,
    Fut: std::future::Future<Output = Result<Vec<T>, AppError>> + Send + 'static,
{
    view! {
        <RequireRole roles=&[Role::Participant]>
            <Page title=title back=back>
                <p>{t(intro)}</p>
                <Suspense>
                    {move || Suspend::new(async move {
                        match load().await {
                            Ok(lines) if lines.is_empty() => view! { <p>{t(empty)}</p> }.into_any(),
                            Ok(lines) => list(lines),
                            Err(e) => view! { <p class="error-message">{e.text()}</p> }.into_any(),
                        }
                    })}
                </Suspense>
            </Page>
        </RequireRole>
    }
}
