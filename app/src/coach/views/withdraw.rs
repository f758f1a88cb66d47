//! Coach: the `withdraw` screen.
use super::*;

/// `/coach/participants/:id/withdraw`: asks before an invitation is taken back.
#[component]
pub fn WithdrawPage() -> impl IntoView {
    account_page(|account| {
        if account.active {
            view! { <crate::pages::NotFound/> }.into_any()
        } else {
            view! { <WithdrawQuestion account/> }.into_any()
        }
    })
}

#[component]
pub(crate) fn WithdrawQuestion(account: ParticipantAccount) -> impl IntoView {
    let (action, error) = form::<WithdrawInvitation>();
    let id = account.id;
    view! {
        <Page title=Key::WithdrawTitle error=error>
            <ErrorSummary error=error/>
            <p>{tf(Key::WithdrawQuestion, &[("name", &account.display_name)])}</p>
            <ActionForm action=action attr:class="form">
                <input type="hidden" name="id" value=id.get()/>
                <Submit label=Key::WithdrawButton warning=true/>
            </ActionForm>
            <p><a href=format!("/coach/participants/{id}") class="button secondary">
                {t(Key::CancelLink)}</a></p>
        </Page>
    }
}
