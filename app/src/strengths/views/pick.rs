//! Strengths: the `pick` screen.
use super::*;

/// `/strengths/pick`: tap the strengths that are yours (checkboxes, no JavaScript needed).
#[component]
pub fn PickPage() -> impl IntoView {
    with_doc(|doc| view! { <PickForm doc/> }.into_any())
}

#[component]
pub(crate) fn PickForm(doc: StrengthsDoc) -> impl IntoView {
    let (action, error) = form::<SavePicks>();
    let problem = move || error.get().and_then(|e| e.field_error("pick-heart"));
    let groups = Group::ALL
        .into_iter()
        .map(|g| {
            let boxes = catalogue::list(g)
                .iter()
                .enumerate()
                .map(|(i, (slug, key))| {
                    let name = format!("pick-{}-{slug}", g.code());
                    // The group's first box carries the id the error summary links to.
                    let id = if i == 0 {
                        format!("pick-{}", g.code())
                    } else {
                        name.clone()
                    };
                    let stored = doc.picked.iter().any(|p| p.group == g && p.slug == *slug);
                    let checked = {
                        let name = name.clone();
                        move || match error.get() {
                            Some(AppError::Invalid(inv)) if !inv.values.is_empty() => {
                                inv.values.iter().any(|(f, v)| *f == name && !v.is_empty())
                            }
                            _ => stored,
                        }
                    };
                    view! {
                        <div class="checkbox chip">
                            <input type="checkbox" id=id.clone() name=name value="on" checked=checked/>
                            <label for=id>{t(*key)}</label>
                        </div>
                    }
                })
                .collect_view();
            view! {
                <fieldset class="field chips">
                    <legend>{t(g.label())}</legend>
                    <p class="hint">{t(g.hint())}</p>
                    {(g == Group::Heart).then(|| view! {
                        {move || problem().map(|p| field_message("pick-heart-error".into(), t(p.message("pick-heart"))))}
                    })}
                    {boxes}
                </fieldset>
            }
        })
        .collect_view();
    view! {
        <Page title=Key::StrengthsPick error=error back="/strengths">
            <ErrorSummary error=error/>
            <p>{t(Key::StrengthsPickText)}</p>
            <ActionForm action=action attr:class="form" attr:novalidate=true>
                {groups}
                <Submit label=Key::SaveButton/>
            </ActionForm>
        </Page>
    }
}
