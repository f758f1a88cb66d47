//! Outcomes: the `road` screen, the coach's page of one participant's road to work.
use super::*;

/// `/coach/participants/:id/road`: the timeline, what can be recorded, and the start.
#[component]
pub fn RoadPage() -> impl IntoView {
    crate::ui::record_page(&[Role::Coach], fetch_timeline, |road| {
        view! { <RoadView road/> }.into_any()
    })
}

#[component]
fn RoadView(road: CoachTimeline) -> impl IntoView {
    let person = road.person;
    let saved = leptos_router::hooks::use_query_map()
        .read_untracked()
        .get("saved")
        .is_some();
    view! {
        <Page title=Key::RoadTitle back=format!("/coach/participants/{person}")>
            <p class="lead" dir="auto">{road.name.clone()}</p>
            {saved.then(|| view! { <p class="notice" role="status">{t(Key::RoadSaved)}</p> })}
            <Timeline lines=road.lines.clone() person=Some(person)/>
            {(!road.applications_shared).then(|| view! { <p class="hint">{t(Key::RoadApplicationsNotShared)}</p> })}
            <h2>{t(Key::RoadAddHeading)}</h2>
            <ul class="links">
                {EventKind::ALL.into_iter().map(|kind| view! {
                    <li><a href=format!("/coach/participants/{person}/road/{}", kind.code())>{t(kind.name())}</a></li>
                }).collect_view()}
            </ul>
            <p class="hint">{t(Key::RoadFromJobsHint)}</p>
        </Page>
    }
}
