//! Sharing: the `stop_sharing` screen.
use super::*;

/// `/sharing/stop`: asks before everything stops being shared.
#[component]
pub fn StopSharingPage() -> impl IntoView {
    view! {
        <RequireRole roles=&[Role::Participant]>
            {
                let (action, error) = form::<StopSharing>();
                view! {
                    <Page title=Key::StopSharingTitle error=error>
                        <ErrorSummary error=error/>
                        <Suspense>
                            {move || Suspend::new(async move {
                                let coach = fetch_sharing().await.ok().and_then(|s| s.coach).unwrap_or_default();
                                view! { <p dir="auto">{tf(Key::StopSharingQuestion, &[("coach", &coach)])}</p> }
                            })}
                        </Suspense>
                        <ActionForm action=action attr:class="form">
                            <Submit label=Key::StopSharingButton warning=true/>
                        </ActionForm>
                        <p><a href="/sharing" class="button secondary">{t(Key::CancelLink)}</a></p>
                    </Page>
                }
            }
        </RequireRole>
    }
}
