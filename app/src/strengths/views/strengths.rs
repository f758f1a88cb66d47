//! Strengths: the `strengths` screen.
use super::*;

/// `/strengths`: the whole profile on one screen; `to_cv` is the way to put it into a CV.
#[component]
pub fn StrengthsPage(to_cv: ViewFn) -> impl IntoView {
    with_doc(move |doc| view! { <StrengthsSummary doc to_cv=to_cv.clone()/> }.into_any())
}

#[component]
pub(crate) fn StrengthsSummary(doc: StrengthsDoc, to_cv: ViewFn) -> impl IntoView {
    let status = crate::ui::query_status(&[
        ("picked", Key::StrengthsSaved),
        ("examples", Key::StrengthsSaved),
        ("interests", Key::StrengthsSaved),
        ("work", Key::StrengthsSaved),
        ("conditions", Key::StrengthsSaved),
    ]);
    let any_strength = !doc.picked.is_empty() || !doc.own.is_empty();
    let groups = strength_groups(&doc, 3);
    let conditions = catalogue::describe(&doc.conditions);
    let has_for_cv = any_strength || !doc.interests.is_empty();
    view! {
        <Page title=Key::StrengthsTitle back="/home">
            {status}
            <p>{t(Key::StrengthsText)}</p>
            <crate::sharing::ShareStatus part=crate::sharing::SharedPart::Strengths/>
            <section aria-labelledby="strengths-heading">
                <h2 id="strengths-heading">{t(Key::StrengthsHeading)}</h2>
                {groups}
                <p><a class="button" href="/strengths/pick">{t(Key::StrengthsPick)}</a></p>
                <p><a class="button secondary" href="/strengths/own">{t(Key::StrengthsOwn)}</a></p>
                {any_strength.then(|| view! {
                    <p><a class="button secondary" href="/strengths/examples">{t(Key::StrengthsExamples)}</a></p>
                })}
            </section>
            <section aria-labelledby="interests">
                <h2 id="interests">{t(Key::InterestsHeading)}</h2>
                {if doc.interests.is_empty() && doc.cares.is_empty() {
                    view! { <p class="hint">{t(Key::StrengthsNoneYet)}</p> }.into_any()
                } else {
                    view! {
                        <ul class="log">{doc.interests.iter().map(|i| view! { <li dir="auto">{i.clone()}</li> }).collect_view()}</ul>
                        {(!doc.cares.is_empty()).then(|| view! { <p dir="auto">{doc.cares.clone()}</p> })}
                    }.into_any()
                }}
                <p><a class="button secondary" href="/strengths/interests">{t(Key::InterestsChange)}</a></p>
            </section>
            <section aria-labelledby="work">
                <h2 id="work">{t(Key::WorkGoalsHeading)}</h2>
                {if doc.work_goals.is_empty() {
                    view! { <p class="hint">{t(Key::StrengthsNoneYet)}</p> }.into_any()
                } else {
                    view! { <ul class="log">{doc.work_goals.iter().map(|w| view! { <li dir="auto">{w.clone()}</li> }).collect_view()}</ul> }.into_any()
                }}
                <p><a class="button secondary" href="/strengths/work">{t(Key::WorkGoalsChange)}</a></p>
            </section>
            <section aria-labelledby="conditions">
                <h2 id="conditions">{t(Key::ConditionsHeading)}</h2>
                {if conditions.is_empty() {
                    view! { <p class="hint">{t(Key::StrengthsNoneYet)}</p> }.into_any()
                } else {
                    view! { <ul class="log">{conditions.into_iter().map(|c| view! { <li dir="auto">{c}</li> }).collect_view()}</ul> }.into_any()
                }}
                <p><a class="button secondary" href="/strengths/conditions">{t(Key::ConditionsChange)}</a></p>
            </section>
            <section aria-labelledby="history">
                <h2 id="history">{t(Key::HistoryHeading)}</h2>
                <p>{t(Key::HistoryPrivate)}</p>
                <p><a class="button secondary" href="/strengths/history">{t(Key::HistoryOpen)}</a></p>
            </section>
            {has_for_cv.then(|| view! {
                <section aria-labelledby="to-cv">
                    <h2 id="to-cv">{t(Key::LangToCvHeading)}</h2>
                    <p>{t(Key::StrengthsToCvText)}</p>
                    {to_cv.run()}
                </section>
            })}
        </Page>
    }
}
