//! Group: the `groups` screen.
use super::*;

/// `/coach/groups`: the coach's workshops and drop-in windows.
#[component]
pub fn GroupsPage() -> impl IntoView {
    view! {
        <RequireRole roles=&[Role::Coach]>
            {
                let groups = Resource::new(|| (), |_| my_groups());
                view! {
                    <Page title=Key::GroupsTitle back="/coach">
                        {status_panel(query_flag("cancelled"), Key::GroupCancelledDone)}
                        <p>{t(Key::GroupsText)}</p>
                        <p><a class="button" href="/coach/new-group">{t(Key::NewGroupTitle)}</a></p>
                        <Suspense>
                            {move || Suspend::new(async move {
                                match groups.await {
                                    Ok(list) if list.is_empty() => view! { <p>{t(Key::GroupsEmpty)}</p> }.into_any(),
                                    Ok(list) => view! {
                                        <ul class="cards">
                                            {list.into_iter().map(|g| view! {
                                                <li class="card">
                                                    <h2><a href=format!("/coach/groups/{}", g.id)><bdi>{g.name()}</bdi></a></h2>
                                                    <p>{t(g.kind.label())}" · "{when_text(&g.when)}</p>
                                                    {group_facts(&g)}
                                                </li>
                                            }).collect_view()}
                                        </ul>
                                    }.into_any(),
                                    Err(e) => view! { <p class="error-message">{e.text()}</p> }.into_any(),
                                }
                            })}
                        </Suspense>
                    </Page>
                }
            }
        </RequireRole>
    }
}
