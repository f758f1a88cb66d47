//! Group: the `cancel_group` screen.
use super::*;

/// `/coach/groups/:id/cancel`: asks for the reason everyone booked will read.
#[component]
pub fn CancelGroupPage() -> impl IntoView {
    crate::ui::record_page(&[Role::Coach], group_detail, |d| {
        if d.group.cancellable {
            view! { <CancelGroupForm g=d.group/> }.into_any()
        } else {
            view! { <crate::pages::NotFound/> }.into_any()
        }
    })
}

#[component]
pub(crate) fn CancelGroupForm(g: GroupView) -> impl IntoView {
    let (action, error) = form::<CancelGroup>();
    view! {
        <Page title=Key::GroupCancelTitle error=error>
            <ErrorSummary error=error/>
            <p>{tf(Key::GroupCancelQuestion, &[("name", &g.name()), ("when", &when_text(&g.when))])}</p>
            <ActionForm action=action attr:class="form" attr:novalidate=true>
                <input type="hidden" name="id" value=g.id.get()/>
                <TextField name="reason" label=Key::CancelReasonLabel hint=Key::CancelReasonHint error=error/>
                <Submit label=Key::GroupCancelButton warning=true/>
            </ActionForm>
            <p><a href=format!("/coach/groups/{}", g.id) class="button secondary">{t(Key::CancelLink)}</a></p>
        </Page>
    }
}
