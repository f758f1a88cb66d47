//! Job development: the `new_contact` screen.
use super::*;

/// `/coach/employers/:id/contact`: logs one contact with the employer.
#[component]
pub fn NewContactPage() -> impl IntoView {
    crate::ui::record_page(&[Role::Coach], fetch_contact_form, |form| {
        view! { <ContactFormView form/> }.into_any()
    })
}

#[component]
fn ContactFormView(form: ContactForm) -> impl IntoView {
    let (action, error) = crate::ui::form::<LogContact>();
    let back = format!("/coach/employers/{}", form.employer);
    let hows = ContactHow::ALL
        .into_iter()
        .map(|h| (h.code(), t(h.name()).to_string()))
        .collect();
    let chosen = move || {
        error
            .get()
            .and_then(|e| e.value("person"))
            .unwrap_or_default()
    };
    let people = form.people.clone();
    view! {
        <Page title=Key::NewContactTitle error=error back=back>
            <ErrorSummary error=error/>
            <p dir="auto">{form.employer_name.clone()}</p>
            <ActionForm action=action attr:class="form" attr:novalidate=true>
                <input type="hidden" name="employer" value=form.employer.get()/>
                <TextField name="day" label=Key::ContactDayLabel kind="date" value=form.today.clone() error=error/>
                {radios("how", Key::ContactHowLegend, Some(Key::ContactHowHint), hows, String::new(), error)}
                <div class="field">
                    <label for="person">{t(Key::ContactPersonLabel)}</label>
                    <select id="person" name="person">
                        <option value="none">{t(Key::ContactGeneral)}</option>
                        {move || {
                            let chosen = chosen();
                            people.clone().into_iter().map(|(id, name)| {
                                let selected = chosen == id.to_string();
                                view! { <option value=id.get() selected=selected>{name}</option> }
                            }).collect_view()
                        }}
                    </select>
                </div>
                <TextField name="note" label=Key::ContactNoteLabel hint=Key::ContactNoteHint rows=3 error=error/>
                <Submit label=Key::LogContactButton/>
            </ActionForm>
        </Page>
    }
}
