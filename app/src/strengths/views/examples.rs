//! Strengths: the `examples` screen.
use super::*;

/// `/strengths/examples`: when you showed each strength.
#[component]
pub fn ExamplesPage() -> impl IntoView {
    with_doc(|doc| view! { <ExamplesForm doc/> }.into_any())
}

#[component]
pub(crate) fn ExamplesForm(doc: StrengthsDoc) -> impl IntoView {
    let (action, error) = form::<SaveExamples>();
    let mut fields: Vec<(String, String, String)> = doc
        .picked
        .iter()
        .filter_map(|p| {
            let key = catalogue::key(p.group, &p.slug)?;
            Some((
                format!("ex-{}-{}", p.group.code(), p.slug),
                t(key).to_string(),
                p.example.clone(),
            ))
        })
        .collect();
    fields.extend(doc.own.iter().enumerate().map(|(i, o)| {
        (
            format!("ex-own-{}", i + 1),
            o.text.clone(),
            o.example.clone(),
        )
    }));
    let was = doc
        .own
        .iter()
        .enumerate()
        .map(|(i, o)| view! { <input type="hidden" name=format!("was-own-{}", i + 1) value=o.text.clone()/> })
        .collect_view();
    let boxes = fields
        .into_iter()
        .map(|(name, label, value)| {
            let problem = {
                let name = name.clone();
                move || error.get().and_then(|e| e.field_error(&name))
            };
            let kept = {
                let name = name.clone();
                move || {
                    error
                        .get()
                        .and_then(|e| e.value(&name))
                        .unwrap_or_else(|| value.clone())
                }
            };
            let error_id = format!("{name}-error");
            view! {
                <div class="field" class:field-error={let p = problem.clone(); move || p().is_some()}>
                    <label for=name.clone() dir="auto">{label}</label>
                    {let p = problem.clone(); let id = error_id.clone(); move || p().map(|p| field_message(id.clone(), t(p.message("example"))))}
                    <textarea id=name.clone() name=name.clone() rows=2 dir="auto"
                        aria-describedby={let p = problem.clone(); let id = error_id.clone(); move || p().map(|_| id.clone())}
                        aria-invalid={let p = problem.clone(); move || p().map(|_| "true")}>
                        {move || crate::ui::textarea_text(&kept())}
                    </textarea>
                </div>
            }
        })
        .collect_view();
    view! {
        <Page title=Key::StrengthsExamples error=error back="/strengths">
            <ErrorSummary error=error/>
            <p>{t(Key::StrengthExampleHint)}</p>
            <ActionForm action=action attr:class="form" attr:novalidate=true>
                {was}
                {boxes}
                <Submit label=Key::SaveButton/>
            </ActionForm>
        </Page>
    }
}
