//! Job development: the `employer` screen.
use super::*;

/// `/coach/employers/:id`: what the employer needs, the contacts with them, their leads.
#[component]
pub fn EmployerPage() -> impl IntoView {
    crate::ui::record_page(&[Role::Coach], fetch_employer, |employer| {
        view! { <EmployerDetails employer/> }.into_any()
    })
}

#[component]
fn EmployerDetails(employer: EmployerView) -> impl IntoView {
    let id = employer.id;
    let f = employer.fields;
    let contact: Vec<String> = [f.contact_name, f.contact_phone, f.contact_email]
        .into_iter()
        .filter(|s| !s.is_empty())
        .collect();
    view! {
        <Page title=Key::EmployerTitle back="/coach/employers">
            {crate::ui::query_status(&[
                ("added", Key::EmployerAddedStatus),
                ("changed", Key::EmployerSavedStatus),
                ("logged", Key::ContactLoggedStatus),
            ])}
            <h2 dir="auto">{f.name}</h2>
            <dl class="facts">
                {(!f.sector.is_empty()).then(|| view! { <dt>{t(Key::EmployerSectorLabel)}</dt><dd dir="auto">{f.sector.clone()}</dd> })}
                {(!f.place.is_empty()).then(|| view! { <dt>{t(Key::EmployerPlaceLabel)}</dt><dd dir="auto">{f.place.clone()}</dd> })}
                {(!contact.is_empty()).then(|| view! { <dt>{t(Key::EmployerContactLegend)}</dt><dd dir="auto">{contact.join(" · ")}</dd> })}
                {(!f.needs.is_empty()).then(|| view! { <dt>{t(Key::EmployerNeedsLabel)}</dt><dd dir="auto" class="note-body">{f.needs.clone()}</dd> })}
            </dl>
            <ul class="links">
                <li><a href=format!("/coach/employers/{id}/contact")>{t(Key::LogContactLink)}</a></li>
                <li><a href=format!("/coach/employers/{id}/new-lead")>{t(Key::AddLeadLink)}</a></li>
                <li><a href=format!("/coach/employers/{id}/edit")>{t(Key::EditEmployerLink)}</a></li>
            </ul>
            <section aria-labelledby="leads-heading">
                <h2 id="leads-heading">{t(Key::LeadsHeading)}</h2>
                {if employer.leads.is_empty() {
                    view! { <p>{t(Key::LeadsEmpty)}</p> }.into_any()
                } else {
                    view! {
                        <ul class="people">
                            {employer.leads.into_iter().map(|l| view! {
                                <li>
                                    <a class="person-name" dir="auto" href=format!("/coach/leads/{}", l.id)>{l.title}</a>
                                    <span class="tag">{t(l.kind.name())}</span>
                                </li>
                            }).collect_view()}
                        </ul>
                    }.into_any()
                }}
            </section>
            <section id="contacts" aria-labelledby="contacts-heading">
                <h2 id="contacts-heading">{t(Key::ContactsHeading)}</h2>
                {if employer.contacts.is_empty() {
                    view! { <p>{t(Key::ContactsEmpty)}</p> }.into_any()
                } else {
                    view! { <ContactList contacts=employer.contacts/> }.into_any()
                }}
            </section>
        </Page>
    }
}

/// Contacts, newest first: the day, how (in words), who, for whom, what came of it.
#[component]
pub fn ContactList(contacts: Vec<ContactLine>) -> impl IntoView {
    view! {
        <ol class="log">
            {contacts.into_iter().map(|c| {
                let whom = match &c.person {
                    Some(name) => tf(Key::ContactFor, &[("name", &format!("\u{2068}{name}\u{2069}"))]),
                    None => t(Key::ContactGeneral).to_string(),
                };
                view! {
                    <li>
                        <p class="log-when">{format_day(c.day)}" · "{t(c.how.name())}" · "<bdi>{c.coach}</bdi></p>
                        <p>{whom}</p>
                        {(!c.note.is_empty()).then(|| view! { <p class="note-body" dir="auto">{c.note}</p> })}
                    </li>
                }
            }).collect_view()}
        </ol>
    }
}
