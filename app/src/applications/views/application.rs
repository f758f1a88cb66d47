//! Applications: the `application` screen.
use super::*;

/// `/applications/:id`: change an application: its day, how, what happened, the interview.
#[component]
pub fn ApplicationPage() -> impl IntoView {
    crate::ui::record_page(&[Role::Participant], fetch_application, |a| {
        view! { <ApplicationForm start=Start::Change(a)/> }.into_any()
    })
}
