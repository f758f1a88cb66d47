//! Data rights: the `erase_request` screen.
use super::*;
use crate::ui::loaded;

/// `/my-data/erase`: what erasure deletes, what the organisation keeps, and the grace
/// period, in plain words, before the participant asks.
#[component]
pub fn EraseRequestPage() -> impl IntoView {
    view! {
        <RequireRole roles=&[Role::Participant]>
            {
                let data = Resource::new(|| (), |_| fetch_my_data());
                let (action, error) = form::<AskErasure>();
                view! {
                    <Page title=Key::EraseRequestTitle error=error back="/my-data">
                        <ErrorSummary error=error/>
                        {loaded(data, move |data: MyData| {
                            view! {
                                <h2>{t(Key::EraseDeletedHeading)}</h2>
                                <p>{t(Key::EraseDeletedText)}</p>
                                <h2>{t(Key::EraseKeptHeading)}</h2>
                                <p>{t(Key::EraseKeptText)}</p>
                                <h2>{t(Key::EraseGraceHeading)}</h2>
                                <p>{crate::i18n::tp(Key::EraseGraceText, "days", u64::from(data.grace_days), &[])}</p>
                                <p>{t(Key::EraseDownloadFirst)}" "<a href="/my-data/export.zip" download>{t(Key::DownloadButton)}</a></p>
                            }
                        })}
                        <ActionForm action=action attr:class="form">
                            <Submit label=Key::EraseAskButton warning=true/>
                        </ActionForm>
                        <p><a href="/my-data" class="button secondary">{t(Key::CancelLink)}</a></p>
                    </Page>
                }
            }
        </RequireRole>
    }
}
