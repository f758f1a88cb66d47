//! Applications: the `applications` screen.
use super::*;

/// `/applications`: "Mina ansökningar", the latest first.
#[component]
pub fn ApplicationsPage() -> impl IntoView {
    view! {
        <RequireRole roles=&[Role::Participant]>
            {
                let list = Resource::new(|| (), |_| my_applications());
                view! {
                    <Page title=Key::ApplicationsTitle back="/home">
                        {query_status(&[
                            ("added", Key::ApplicationAdded),
                            ("saved", Key::ApplicationSaved),
                            ("removed", Key::ApplicationRemoved),
                        ])}
                        <p>{t(Key::ApplicationsText)}</p>
                        <crate::sharing::ShareStatus part=crate::sharing::SharedPart::Applications/>
                        <p><a class="button" href="/applications/new">{t(Key::NewApplicationTitle)}</a></p>
                        <p><a href="/applications/report">{t(Key::ApplicationsReportTitle)}</a></p>
                        {crate::ui::loaded(list, move |list| view! { <ApplicationList list own=true/> }.into_any())}
                    </Page>
                }
            }
        </RequireRole>
    }
}
