//! Data rights: the `my_data` screen.
use super::*;
use crate::ui::{loaded, query_status};

/// `/my-data`: download everything, and ask for erasure or take the request back.
#[component]
pub fn MyDataPage() -> impl IntoView {
    view! {
        <RequireRole roles=&[Role::Participant]>
            {
                let data = Resource::new(|| (), |_| fetch_my_data());
                let (withdraw, error) = form::<WithdrawErasure>();
                view! {
                    <Page title=Key::MyDataTitle error=error back="/home">
                        {query_status(&[("asked", Key::ErasureAskedDone), ("kept", Key::ErasureWithdrawnDone)])}
                        <ErrorSummary error=error/>
                        <section aria-labelledby="download-heading">
                            <h2 id="download-heading">{t(Key::DownloadHeading)}</h2>
                            <p>{t(Key::DownloadText)}</p>
                            <p><a class="button" href="/my-data/export.zip" download>{t(Key::DownloadButton)}</a></p>
                        </section>
                        <section aria-labelledby="erase-heading">
                            <h2 id="erase-heading">{t(Key::EraseHeading)}</h2>
                            {loaded(data, move |data: MyData| match data.erasure_on {
                                Some(day) => view! {
                                    <div class="panel" role="status">
                                        <p>{tf(
                                            if data.by_retention { Key::ErasureWaitingRetention } else { Key::ErasureWaiting },
                                            &[("day", &crate::i18n::format_day(day))],
                                        )}</p>
                                    </div>
                                    <ActionForm action=withdraw attr:class="form">
                                        <Submit label=Key::WithdrawErasureButton/>
                                    </ActionForm>
                                }.into_any(),
                                None => view! {
                                    <p>{t(Key::EraseIntro)}</p>
                                    <p><a class="button secondary" href="/my-data/erase">{t(Key::EraseAskLink)}</a></p>
                                }.into_any(),
                            })}
                        </section>
                    </Page>
                }
            }
        </RequireRole>
    }
}
