//! Goals: the `goals` screen.
use super::*;

/// `/goals`: "Språkmål".
#[component]
pub fn GoalsPage() -> impl IntoView {
    view! {
        <RequireRole roles=&[Role::Participant]>
            {
                let goals = Resource::new(|| (), |_| my_goals());
                view! {
                    <Page title=Key::GoalsTitle back="/home">
                        {query_flag("logged").then(|| view! {
                            <div class="panel" role="status"><p>{t(Key::PractiseLogged)}</p></div>
                        })}
                        <p>{t(Key::GoalsText)}</p>
                        <crate::sharing::ShareStatus part=crate::sharing::SharedPart::Goals/>
                        <p><a class="button" href="/goals/new">{t(Key::NewGoalTitle)}</a></p>
                        {crate::ui::loaded(goals, move |list| view! { <GoalCards list/> }.into_any())}
                    </Page>
                }
            }
        </RequireRole>
    }
}

#[component]
pub(crate) fn GoalCards(list: Vec<GoalView>) -> impl IntoView {
    if list.is_empty() {
        return view! { <p>{t(Key::GoalsEmpty)}</p> }.into_any();
    }
    let (open, ended): (Vec<GoalView>, Vec<GoalView>) =
        list.into_iter().partition(|g| g.status.open());
    let (action, error) = form::<Practised>();
    let cards = open
        .into_iter()
        .map(|g| {
            let id = g.id;
            let what = g.what.clone();
            // A paused goal may still be practised: a practised day counts, a paused one
            // never dents.
            let paused = (g.status == GoalStatus::Paused)
                .then(|| view! { <p class="tag">{t(Key::GoalPaused)}</p> });
            let practise = if g.done_today {
                view! { <p class="tag">{t(Key::PractisedToday)}</p> }.into_any()
            } else {
                view! {
                    <ActionForm action=action attr:class="inline-form">
                        <input type="hidden" name="id" value=id.get()/>
                        <input type="hidden" name="back" value="list"/>
                        <button type="submit" class="button">{t(Key::PractiseToday)}
                            <span class="visually-hidden">": "{what}</span></button>
                    </ActionForm>
                }
                .into_any()
            };
            view! {
                <li class="card">
                    <h2><a href=format!("/goals/{id}") dir="auto">{g.what.clone()}</a></h2>
                    <p>{how_often(&g)}</p>
                    {strength_line(&g)}
                    {paused}
                    {practise}
                </li>
            }
        })
        .collect_view();
    view! {
        <ErrorSummary error=error/>
        <ul class="cards">{cards}</ul>
        {(!ended.is_empty()).then(|| view! {
            <h2>{t(Key::GoalsEnded)}</h2>
            <ul class="log">
                {ended.into_iter().map(|g| view! {
                    <li><a href=format!("/goals/{}", g.id) dir="auto">{g.what.clone()}</a>" · "{t(g.status.label())}</li>
                }).collect_view()}
            </ul>
        })}
    }
    .into_any()
}
