//! Job development: the `employers` screen.
use super::*;

/// `/coach/employers`: the office's employers, the latest contact with each.
#[component]
pub fn EmployersPage() -> impl IntoView {
    let employers = Resource::new(|| (), |_| employer_list());
    view! {
        <RequireRole roles=&[Role::Coach]>
            <Page title=Key::EmployersTitle back="/coach">
                <p>{t(Key::EmployersIntro)}</p>
                <p><a class="button" href="/coach/employers/new">{t(Key::AddEmployerLink)}</a></p>
                {crate::ui::loaded(employers, |list: Vec<EmployerLine>| {
                    if list.is_empty() {
                        return view! { <p>{t(Key::EmployersEmpty)}</p> }.into_any();
                    }
                    view! {
                        <ul class="people">
                            {list.into_iter().map(|e| {
                                let facts: Vec<String> = [e.sector, e.place].into_iter().filter(|s| !s.is_empty()).collect();
                                let last = match e.last_contact {
                                    Some(day) => tf(Key::EmployerLastContact, &[("day", &format_day(day))]),
                                    None => t(Key::EmployerNoContact).to_string(),
                                };
                                view! {
                                    <li>
                                        <a class="person-name" dir="auto" href=format!("/coach/employers/{}", e.id)>{e.name}</a>
                                        {(!facts.is_empty()).then(|| view! { <span class="person-facts" dir="auto">{facts.join(" · ")}</span> })}
                                        <span class="person-facts">{last}</span>
                                    </li>
                                }
                            }).collect_view()}
                        </ul>
                    }.into_any()
                })}
            </Page>
        </RequireRole>
    }
}
