//! Outcomes: the `start` screen: corrects the day a participant started.
use super::*;

/// `/coach/participants/:id/start`.
#[component]
pub fn StartPage() -> impl IntoView {
    crate::ui::record_page(&[Role::Coach], fetch_start_form, |form| {
        view! { <StartFormView form/> }.into_any()
    })
}

#[component]
fn StartFormView(form: StartForm) -> impl IntoView {
    let (action, error) = crate::ui::form::<CorrectStart>();
    view! {
        <Page title=Key::StartTitle error=error back=format!("/coach/participants/{}/road", form.person)>
            <ErrorSummary error=error/>
            <p class="lead" dir="auto">{form.name.clone()}</p>
            <p>{t(Key::StartText)}</p>
            <ActionForm action=action attr:class="form" attr:novalidate=true>
                <input type="hidden" name="person" value=form.person.get()/>
                <TextField name="day" label=Key::StartDayLabel kind="date" value=form.day.clone() max=form.today.clone() error=error/>
                <Submit label=Key::SaveEventButton/>
            </ActionForm>
        </Page>
    }
}
