//! Outcomes: the views several screens share, and one file per screen.
use super::*;

mod event_form;
mod my_timeline;
mod report;
mod road;
mod start;
pub use event_form::*;
pub use my_timeline::*;
pub use report::*;
pub use road::*;
pub use start::*;

/// A timeline, oldest first: each line's day and words, a link to correct it where the
/// reader may, and its earlier values (a plain disclosure, which needs no JavaScript).
#[component]
pub fn Timeline(lines: Vec<TimelineLine>, person: Option<UserId>) -> impl IntoView {
    if lines.is_empty() {
        return view! { <p>{t(Key::TimelineEmpty)}</p> }.into_any();
    }
    view! {
        <ol class="timeline">
            {lines.into_iter().map(|line| {
                let correct = match (line.correct, person) {
                    (Some(Correctable::Start), Some(person)) => Some(format!("/coach/participants/{person}/start")),
                    (Some(Correctable::Event(id)), _) => Some(format!("/coach/outcomes/{id}")),
                    _ => None,
                };
                let earlier = (!line.earlier.is_empty()).then(|| view! {
                    <details class="timeline-earlier">
                        <summary>{t(Key::TimelineCorrected)}</summary>
                        <ul>
                            {line.earlier.into_iter().map(|e| view! {
                                <li>{tf(Key::TimelineEarlier, &[
                                    ("what", &happened_text(&e.was)),
                                    ("day", &format_day(e.was_day)),
                                    ("by", &e.by),
                                    ("on", &format_day(e.on)),
                                ])}</li>
                            }).collect_view()}
                        </ul>
                    </details>
                });
                view! {
                    <li>
                        <span class="timeline-day">{format_day(line.day)}</span>
                        <span class="timeline-what" dir="auto">{happened_text(&line.what)}</span>
                        {correct.map(|href| view! { <a class="timeline-correct" href=href>{t(Key::TimelineCorrect)}</a> })}
                        {earlier}
                    </li>
                }
            }).collect_view()}
        </ol>
    }
    .into_any()
}

/// The road to work of one participant, on their coach's page.
#[component]
pub fn ParticipantTimeline(person: UserId) -> impl IntoView {
    view! {
        <section aria-labelledby="road-heading">
            <h2 id="road-heading">{t(Key::RoadHeading)}</h2>
            <Suspense>
                {move || Suspend::new(async move {
                    match fetch_timeline(person).await {
                        Ok(road) => view! {
                            <Timeline lines=road.lines person=Some(person)/>
                            <p><a class="button secondary" href=format!("/coach/participants/{person}/road")>
                                {t(Key::RoadAddLink)}</a></p>
                        }.into_any(),
                        Err(e) => view! { <p class="error-message">{e.text()}</p> }.into_any(),
                    }
                })}
            </Suspense>
        </section>
    }
}
