//! Job development: the screens that add or change an employer.
use super::*;

/// `/coach/employers/new`.
#[component]
pub fn NewEmployerPage() -> impl IntoView {
    let (action, error) = form::<AddEmployer>();
    view! {
        <RequireRole roles=&[Role::Coach]>
            <Page title=Key::NewEmployerTitle error=error back="/coach/employers">
                <ErrorSummary error=error/>
                <ActionForm action=action attr:class="form" attr:novalidate=true>
                    <EmployerFieldset fields=EmployerFields::default() error=error/>
                    <Submit label=Key::SaveButton/>
                </ActionForm>
            </Page>
        </RequireRole>
    }
}

/// `/coach/employers/:id/edit`.
#[component]
pub fn EditEmployerPage() -> impl IntoView {
    crate::ui::record_page(&[Role::Coach], fetch_employer, |employer| {
        view! { <EditEmployerForm employer/> }.into_any()
    })
}

#[component]
fn EditEmployerForm(employer: EmployerView) -> impl IntoView {
    let (action, error) = form::<ChangeEmployer>();
    let back = format!("/coach/employers/{}", employer.id);
    view! {
        <Page title=Key::EditEmployerTitle error=error back=back>
            <ErrorSummary error=error/>
            <ActionForm action=action attr:class="form" attr:novalidate=true>
                <input type="hidden" name="id" value=employer.id.get()/>
                <EmployerFieldset fields=employer.fields error=error/>
                <Submit label=Key::SaveButton/>
            </ActionForm>
        </Page>
    }
}

#[component]
fn EmployerFieldset(fields: EmployerFields, error: crate::ui::FormError) -> impl IntoView {
    view! {
        <TextField name="name" label=Key::EmployerNameLabel value=fields.name error=error/>
        <TextField name="place" label=Key::EmployerPlaceLabel hint=Key::OptionalHint value=fields.place error=error/>
        <TextField name="sector" label=Key::EmployerSectorLabel hint=Key::OptionalHint value=fields.sector error=error/>
        <TextField name="needs" label=Key::EmployerNeedsLabel hint=Key::EmployerNeedsHint rows=4 value=fields.needs error=error/>
        <fieldset class="field">
            <legend>{t(Key::EmployerContactLegend)}</legend>
            <p class="hint">{t(Key::EmployerContactHint)}</p>
            <TextField name="contact_name" label=Key::EmployerContactNameLabel hint=Key::OptionalHint
                autocomplete="off" value=fields.contact_name error=error/>
            <TextField name="contact_phone" label=Key::EmployerContactPhoneLabel hint=Key::OptionalHint
                kind="tel" autocomplete="off" value=fields.contact_phone error=error/>
            <TextField name="contact_email" label=Key::EmployerContactEmailLabel hint=Key::OptionalHint
                kind="email" autocomplete="off" value=fields.contact_email error=error/>
        </fieldset>
    }
}
