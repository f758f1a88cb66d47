//! Strengths: the `own` screen.
use super::*;

/// `/strengths/own`: strengths in your own words.
#[component]
pub fn OwnPage() -> impl IntoView {
    with_doc(|doc| view! { <OwnForm doc/> }.into_any())
}

#[component]
pub(crate) fn OwnForm(doc: StrengthsDoc) -> impl IntoView {
    let (action, error) = form::<SaveOwnStrength>();
    let remove = form_action::<RemoveOwnStrength>();
    let status = crate::ui::query_status(&[
        ("saved", Key::StrengthsSaved),
        ("removed", Key::StrengthsRemoved),
    ]);
    let groups = Group::ALL
        .into_iter()
        .map(|g| (g.code(), t(g.label()).to_string()))
        .collect();
    let own = doc
        .own
        .iter()
        .enumerate()
        .map(|(i, o)| {
            let text = o.text.clone();
            view! {
                <li>
                    <bdi>{text.clone()}</bdi>" · "{t(o.group.label())}
                    {crate::ui::ask_first(i + 1, text.clone(), view! {
                        <ActionForm action=remove attr:class="inline-form">
                            {crate::ui::remove_fields(i + 1, text.clone(), Key::RemoveYes)}
                        </ActionForm>
                    }.into_any())}
                </li>
            }
        })
        .collect_view();
    view! {
        <Page title=Key::StrengthsOwn error=error back="/strengths">
            {status}
            <ErrorSummary error=error/>
            {(!doc.own.is_empty()).then(|| view! { <ul class="log">{own}</ul> })}
            <ActionForm action=action attr:class="form" attr:novalidate=true>
                <TextField name="text" label=Key::OwnStrengthLabel hint=Key::OwnStrengthHint error=error/>
                {crate::ui::radios("group", Key::OwnStrengthGroup, None, groups, String::new(), error)}
                <TextField name="example" label=Key::StrengthExampleLabel hint=Key::StrengthExampleHint rows=3 error=error/>
                <Submit label=Key::SaveButton/>
            </ActionForm>
        </Page>
    }
}
