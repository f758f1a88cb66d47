//! Applications: the `new_application` screen.
use super::*;

/// `/applications/new`: a new application, the day today in Stockholm. Another page may
/// link here with what it knows (`?employer=…&job=…&how=coach`): one tap from an accepted
/// job offer to its application.
#[component]
pub fn NewApplicationPage() -> impl IntoView {
    let query = leptos_router::hooks::use_query_map().read_untracked();
    let take = |name: &str| {
        query
            .get(name)
            .map(|v| v.chars().take(NAME_MAX).collect::<String>())
            .unwrap_or_default()
    };
    let (employer, job) = (take("employer"), take("job"));
    let how = query
        .get("how")
        .and_then(|code| HowApplied::parse(&code))
        .map(|h| h.code().to_string())
        .unwrap_or_default();
    view! {
        <RequireRole roles=&[Role::Participant]>
            {
                let defaults = Resource::new(|| (), |_| fetch_new_application());
                let (employer, job, how) = (employer.clone(), job.clone(), how.clone());
                crate::ui::loaded(defaults, move |d: NewApplication| {
                    let start = Start::New {
                        today: d.today,
                        employer: employer.clone(),
                        job: job.clone(),
                        how: how.clone(),
                    };
                    view! { <ApplicationForm start/> }.into_any()
                })
            }
        </RequireRole>
    }
}
