//! Group: the `new_group` screen.
use super::*;

/// `/coach/new-group`: publishes a workshop or a drop-in window.
#[component]
pub fn NewGroupPage() -> impl IntoView {
    view! {
        <RequireRole roles=&[Role::Coach]>
            <NewGroupForm/>
        </RequireRole>
    }
}

#[component]
pub(crate) fn NewGroupForm() -> impl IntoView {
    let (action, error) = form::<CreateGroup>();
    let kept_kind = move || error.get().and_then(|e| e.value("kind"));
    let kind_problem = move || error.get().and_then(|e| e.field_error("kind"));
    let kinds = GroupKind::ALL
        .into_iter()
        .enumerate()
        .map(|(i, kind)| {
            let id = if i == 0 {
                "kind".to_string()
            } else {
                format!("kind-{}", kind.code())
            };
            let hint = match kind {
                GroupKind::Workshop => Key::GroupWorkshopHint,
                GroupKind::DropIn => Key::GroupDropInHint,
            };
            let hint_id = format!("{id}-hint");
            view! {
                <div class="checkbox">
                    <input type="radio" id=id.clone() name="kind" value=kind.code()
                        checked=move || kept_kind().as_deref() == Some(kind.code())
                        aria-describedby=hint_id.clone()/>
                    <label for=id>{t(kind.label())}</label>
                    <p class="hint" id=hint_id>{t(hint)}</p>
                </div>
            }
        })
        .collect_view();
    view! {
        <Page title=Key::NewGroupTitle error=error back="/coach/groups">
            <ErrorSummary error=error/>
            <ActionForm action=action attr:class="form" attr:novalidate=true>
                <fieldset class="field" class:field-error=move || kind_problem().is_some()>
                    <legend>{t(Key::GroupKindLegend)}</legend>
                    {move || kind_problem().map(|p| crate::ui::field_message("kind-error".into(), t(p.message("kind"))))}
                    {kinds}
                </fieldset>
                <TextField name="title" label=Key::GroupTitleLabel hint=Key::GroupTitleHint error=error/>
                <TextField name="day" label=Key::GroupDay hint=Key::CloseDayHint kind="date" error=error/>
                <TextField name="from" label=Key::HoursFrom kind="time" error=error/>
                <TextField name="to" label=Key::HoursTo kind="time" error=error/>
                <TextField name="seats" label=Key::GroupSeats hint=Key::GroupSeatsHint kind="number" error=error/>
                <TextField name="place" label=Key::HoursPlace hint=Key::GroupPlaceHint error=error/>
                <Submit label=Key::GroupPublish/>
            </ActionForm>
        </Page>
    }
}
