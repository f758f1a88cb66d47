//! Calendar feeds: the `feed` screen.
use super::*;

/// `/coach/calendar-feed`: the coach's own calendar address: made, shown once, replaced or
/// ended.
#[component]
pub fn CalendarFeedPage() -> impl IntoView {
    view! {
        <RequireRole roles=&[Role::Coach]>
            {
                let status = Resource::new(|| (), |_| calendar_feed());
                view! {
                    <Page title=Key::FeedTitle back="/coach/agenda">
                        {status_panel(query_flag("ended"), Key::FeedEndedDone)}
                        {crate::ui::loaded(status, |s| view! { <FeedState s/> }.into_any())}
                    </Page>
                }
            }
        </RequireRole>
    }
}

#[component]
fn FeedState(s: FeedStatus) -> impl IntoView {
    let (action, error) = form::<MakeCalendarFeed>();
    let shown = s.address.clone().map(|address| {
        let subscribe = webcal(&address);
        view! {
            <section class="panel" role="status" aria-labelledby="feed-address-heading">
                <h2 id="feed-address-heading">{t(Key::FeedAddressHeading)}</h2>
                <p>{t(Key::FeedAddressOnce)}</p>
                <p class="link" dir="ltr"><bdi id="feed-address">{address}</bdi></p>
                <p><a class="button" href=subscribe>{t(Key::FeedSubscribe)}</a></p>
            </section>
        }
    });
    let state = if s.active {
        let created = s.created.map(format_moment).unwrap_or_default();
        let read = match s.read {
            Some(at) => tp(
                Key::FeedLastRead,
                "count",
                s.reads.unsigned_abs(),
                &[("when", &format_moment(at))],
            ),
            None => t(Key::FeedNeverRead).to_string(),
        };
        view! {
            <p>{tf(Key::FeedActiveSince, &[("when", &created)])}</p>
            <p>{read}</p>
            <p>{t(Key::FeedLostHint)}</p>
            <p><a class="button secondary" href="/coach/calendar-feed/renew">{t(Key::FeedRenewTitle)}</a></p>
            <p><a class="button secondary" href="/coach/calendar-feed/end">{t(Key::FeedEndTitle)}</a></p>
        }
        .into_any()
    } else {
        view! {
            <ErrorSummary error=error/>
            <ActionForm action=action attr:class="form">
                <Submit label=Key::FeedMakeButton/>
            </ActionForm>
        }
        .into_any()
    };
    view! {
        {shown}
        <p>{t(Key::FeedIntro)}</p>
        <p>{t(Key::FeedPrivacy)}</p>
        {state}
    }
}
