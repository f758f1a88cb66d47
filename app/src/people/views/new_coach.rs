//! People: the `new_coach` screen.
use super::*;

#[component]
pub fn NewCoachPage() -> impl IntoView {
    view! {
        <RequireRole roles=&[Role::Admin]>
            <NewCoachForm/>
        </RequireRole>
    }
}

#[component]
pub(crate) fn NewCoachForm() -> impl IntoView {
    let (action, error) = form::<CreateCoach>();
    let offices = Resource::new(|| (), |_| offices());
    view! {
        <Page title=Key::NewCoachTitle error=error back="/admin">
            <ErrorSummary error=error/>
            <ActionForm action=action attr:class="form" attr:novalidate=true>
                <TextField name="display_name" label=Key::PersonNameLabel
                    autocomplete="off" error=error/>
                <OfficeField error=error offices/>
                <Submit label=Key::CreateInvitationButton/>
            </ActionForm>
        </Page>
    }
}

/// The office the coach works from: typed, or chosen from those named before (a list the
/// browser offers without JavaScript).
#[component]
fn OfficeField(
    error: crate::ui::FormError,
    offices: Resource<Result<Vec<String>, AppError>>,
) -> impl IntoView {
    let problem = move || error.get().and_then(|e| e.field_error("office"));
    let kept = move || {
        error
            .get()
            .and_then(|e| e.value("office"))
            .unwrap_or_default()
    };
    view! {
        <div class="field" class:field-error=move || problem().is_some()>
            <label for="office">{t(Key::OfficeLabel)}</label>
            <p class="hint" id="office-hint">{t(Key::OfficeHint)}</p>
            {move || problem().map(|p| crate::ui::field_message("office-error".into(), t(p.message("office"))))}
            <input type="text" id="office" name="office" list="offices" autocomplete="off"
                aria-describedby="office-hint" value=kept/>
            <Suspense>
                {move || Suspend::new(async move {
                    let list = offices.await.unwrap_or_default();
                    view! {
                        <datalist id="offices">
                            {list.into_iter().map(|o| view! { <option value=o/> }).collect_view()}
                        </datalist>
                    }
                })}
            </Suspense>
        </div>
    }
}
