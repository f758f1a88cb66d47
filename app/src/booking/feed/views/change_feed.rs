//! Calendar feeds: the `change_feed` screens, which ask before an address stops working.
use super::*;

/// `/coach/calendar-feed/renew`: asks before the address is replaced by a new one.
#[component]
pub fn RenewFeedPage() -> impl IntoView {
    let (action, error) = form::<MakeCalendarFeed>();
    view! {
        <RequireRole roles=&[Role::Coach]>
            <Page title=Key::FeedRenewTitle back="/coach/calendar-feed" error=error>
                <ErrorSummary error=error/>
                <p>{t(Key::FeedRenewQuestion)}</p>
                <ActionForm action=action attr:class="form">
                    <Submit label=Key::FeedRenewButton warning=true/>
                </ActionForm>
                <p><a href="/coach/calendar-feed" class="button secondary">{t(Key::CancelLink)}</a></p>
            </Page>
        </RequireRole>
    }
}

/// `/coach/calendar-feed/end`: asks before the address stops working for good.
#[component]
pub fn EndFeedPage() -> impl IntoView {
    let (action, error) = form::<EndCalendarFeed>();
    view! {
        <RequireRole roles=&[Role::Coach]>
            <Page title=Key::FeedEndTitle back="/coach/calendar-feed" error=error>
                <ErrorSummary error=error/>
                <p>{t(Key::FeedEndQuestion)}</p>
                <ActionForm action=action attr:class="form">
                    <Submit label=Key::FeedEndButton warning=true/>
                </ActionForm>
                <p><a href="/coach/calendar-feed" class="button secondary">{t(Key::CancelLink)}</a></p>
            </Page>
        </RequireRole>
    }
}
