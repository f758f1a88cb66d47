//! Data rights: the `people` screen (an admin finds a participant).
use super::*;
use crate::ui::{loaded, query_status};

/// `/admin/people?q=…`: a search by name (a plain GET form), at most [`SEARCH_LIMIT`].
#[component]
pub fn PeopleSearchPage() -> impl IntoView {
    view! {
        <RequireRole roles=&[Role::Admin]>
            {
                let query = leptos_router::hooks::use_query_map()
                    .read_untracked()
                    .get("q")
                    .unwrap_or_default();
                let typed = query.clone();
                let found = Resource::new(move || query.clone(), find_participants);
                view! {
                    <Page title=Key::PeopleSearchTitle back="/admin">
                        {query_status(&[("erased", Key::ErasedDone)])}
                        <form method="get" action="/admin/people" class="form" role="search">
                            <TextField name="q" label=Key::PeopleSearchLabel kind="search"
                                autocomplete="off" value=typed/>
                            <Submit label=Key::PeopleSearchButton/>
                        </form>
                        {loaded(found, |people: Vec<PersonLine>| if people.is_empty() {
                            view! { <p>{t(Key::PeopleSearchNone)}</p> }.into_any()
                        } else {
                            let more = (people.len() as i64 >= SEARCH_LIMIT).then(|| view! {
                                <p class="hint">{t(Key::PeopleSearchMore)}</p>
                            });
                            view! {
                                <ul class="people">
                                    {people.into_iter().map(|p| view! {
                                        <li>
                                            <a href=format!("/admin/people/{}", p.id)><bdi class="person-name">{p.display_name}</bdi></a>
                                            <span class="hint">" · "{match p.coach {
                                                Some(coach) => tf(Key::PersonCoachIs, &[("coach", &coach)]),
                                                None => t(Key::PersonNoCoach).to_string(),
                                            }}</span>
                                            {p.deactivated.then(|| view! { <span class="tag">{t(Key::AccountClosedTag)}</span> })}
                                            {p.erasure_on.map(|day| view! {
                                                <span class="tag">{tf(Key::ErasureOnTag, &[("day", &crate::i18n::format_day(day))])}</span>
                                            })}
                                        </li>
                                    }).collect_view()}
                                </ul>
                                {more}
                            }.into_any()
                        })}
                    </Page>
                }
            }
        </RequireRole>
    }
}
