//! Applications: the screens: what people see and the forms they send.
use super::*;

mod application;
pub use application::*;
mod applications;
pub use applications::*;
mod new_application;
pub use new_application::*;
mod remove_application;
pub use remove_application::*;
mod report;
pub use report::*;

/// "ICA Maxi, Kassabiträde", the person's own words isolated from the page's direction.
pub(crate) fn where_and_what(a: &ApplicationView) -> impl IntoView {
    view! { <bdi>{a.employer.clone()}</bdi>", "<bdi>{a.job.clone()}</bdi> }
}

/// Applications, the latest first: where, which job, the day, how, what happened and the
/// interview. `own`: the participant's list, with the calendar file and the way to change
/// each; the coach's reading has neither.
#[component]
pub fn ApplicationList(list: Vec<ApplicationView>, #[prop(optional)] own: bool) -> impl IntoView {
    if list.is_empty() {
        return view! { <p>{t(Key::ApplicationsEmpty)}</p> }.into_any();
    }
    view! {
        <ul class="cards applications">
            {list.into_iter().map(|a| {
                let id = a.id;
                let interview = a.interview.clone().map(|(_, at)| view! {
                    <p>{tf(Key::ApplicationInterviewAt, &[("when", &format_moment(at))])}</p>
                    {own.then(|| view! {
                        <p><a href=format!("/applications/{id}/interview.ics") download="">
                            {t(Key::ApplicationIcsLink)}
                            <span class="visually-hidden">": "{a.employer.clone()}</span></a></p>
                    })}
                });
                view! {
                    <li class="card" id=format!("application-{id}")>
                        <p class="card-title"><strong><bdi>{a.employer.clone()}</bdi></strong></p>
                        <p><bdi>{a.job.clone()}</bdi></p>
                        <p>{format_day(a.day.1)}" · "{t(a.how.label())}</p>
                        <p><span class="tag">{t(a.status.label())}</span></p>
                        {interview}
                        {own.then(|| view! {
                            <p><a href=format!("/applications/{id}")>{t(Key::ApplicationChangeLink)}
                                <span class="visually-hidden">": "{a.employer.clone()}", "{a.job.clone()}</span></a></p>
                        })}
                    </li>
                }
            }).collect_view()}
        </ul>
    }
    .into_any()
}

/// What the form starts from: a stored application being changed, or a new one's
/// defaults.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Start {
    New {
        today: String,
        employer: String,
        job: String,
        how: String,
    },
    Change(ApplicationView),
}

#[component]
pub(crate) fn ApplicationForm(start: Start) -> impl IntoView {
    let (action, error) = form::<SaveApplication>();
    let (title, id, employer, job, day, how, status, interview) = match start {
        Start::New {
            today,
            employer,
            job,
            how,
        } => (
            Key::NewApplicationTitle,
            None,
            employer,
            job,
            today,
            how,
            None,
            None,
        ),
        Start::Change(a) => (
            Key::ChangeApplicationTitle,
            Some(a.id),
            a.employer,
            a.job,
            a.day.0,
            a.how.code().to_string(),
            Some(a.status.code().to_string()),
            Some(a.interview.map(|(typed, _)| typed).unwrap_or_default()),
        ),
    };
    let how_options = HowApplied::ALL
        .into_iter()
        .map(|h| (h.code(), t(h.label()).to_string()))
        .collect();
    view! {
        <Page title=title error=error back="/applications">
            <ErrorSummary error=error/>
            <ActionForm action=action attr:class="form" attr:novalidate=true>
                {id.map(|id| view! { <input type="hidden" name="id" value=id.get()/> })}
                <TextField name="employer" label=Key::ApplicationEmployer hint=Key::ApplicationEmployerHint
                    autocomplete="organization" value=employer error=error/>
                <TextField name="job" label=Key::ApplicationJob hint=Key::ApplicationJobHint
                    autocomplete="organization-title" value=job error=error/>
                <TextField name="day" label=Key::ApplicationDay hint=Key::ApplicationDayHint kind="date"
                    value=day error=error/>
                {crate::ui::radios("how", Key::ApplicationHow, None, how_options, how, error)}
                {status.map(|stored| {
                    let options = ApplicationStatus::ALL
                        .into_iter()
                        .map(|s| (s.code(), t(s.label()).to_string()))
                        .collect();
                    crate::ui::radios("status", Key::ApplicationStatusLegend, None, options, stored, error)
                })}
                {interview.map(|typed| view! {
                    <TextField name="interview" label=Key::ApplicationInterview hint=Key::ApplicationInterviewHint
                        kind="datetime-local" value=typed error=error/>
                })}
                <Submit label=Key::SaveButton/>
            </ActionForm>
            {id.map(|id| view! {
                <p class="apart"><a href=format!("/applications/{id}/remove") class="button warning">
                    {t(Key::ApplicationRemoveLink)}</a></p>
            })}
        </Page>
    }
}
