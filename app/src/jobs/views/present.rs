//! Job development: the `present` screen.
use super::*;

/// `/coach/offers/:id/present`: records a presentation to the employer, choosing what is
/// shown among what the person shares; only on their yes.
#[component]
pub fn PresentPage() -> impl IntoView {
    crate::ui::record_page(&[Role::Coach], fetch_present, |choice| {
        view! { <PresentForm choice/> }.into_any()
    })
}

#[component]
fn PresentForm(choice: PresentChoice) -> impl IntoView {
    let (action, error) = form::<Present>();
    let back = format!("/coach/leads/{}#offers", choice.lead);
    let said_yes = choice.answer == Some(OfferAnswer::Yes);
    let cvs: Vec<(String, String)> =
        std::iter::once(("none".to_string(), t(Key::PresentNoCv).to_string()))
            .chain(
                choice
                    .cvs
                    .iter()
                    .map(|(id, title)| (id.to_string(), title.clone())),
            )
            .collect();
    let chosen = move || {
        error
            .get()
            .and_then(|e| e.value("cv"))
            .unwrap_or_else(|| "none".into())
    };
    view! {
        <Page title=Key::PresentTitle error=error back=back>
            <ErrorSummary error=error/>
            <p>{tf(Key::PresentIntro, &[
                ("name", &format!("\u{2068}{}\u{2069}", choice.person_name)),
                ("employer", &format!("\u{2068}{}\u{2069}", choice.employer)),
                ("title", &format!("\u{2068}{}\u{2069}", choice.title)),
            ])}</p>
            {choice.presented.map(|at| view! {
                <div class="panel" role="status"><p>{tf(Key::PresentedAt, &[("when", &format_moment(at))])}</p></div>
            })}
            <p id="offer" class=if said_yes { "" } else { "error-message" }>{if said_yes {
                t(Key::PresentYesGiven)
            } else {
                t(Key::ErrNoYes)
            }}</p>
            <p class="hint">{t(Key::PresentNeverHint)}</p>
            <ActionForm action=action attr:class="form" attr:novalidate=true>
                <input type="hidden" name="offer" value=choice.offer.get()/>
                <fieldset class="field">
                    <legend>{t(Key::PresentCvLegend)}</legend>
                    {move || {
                        let chosen = chosen();
                        cvs.iter().enumerate().map(|(i, (value, title))| {
                            let id = if i == 0 { "cv".to_string() } else { format!("cv-{value}") };
                            view! {
                                <div class="checkbox">
                                    <input type="radio" id=id.clone() name="cv" value=value.clone() checked=chosen == *value/>
                                    <label for=id dir="auto">{title.clone()}</label>
                                </div>
                            }
                        }).collect_view()
                    }}
                </fieldset>
                {choice.strengths.then(|| view! {
                    <Checkbox name="strengths".to_string() label=t(Key::PresentStrengthsLabel).to_string() error=error/>
                })}
                {choice.languages.then(|| view! {
                    <Checkbox name="languages".to_string() label=t(Key::PresentLanguagesLabel).to_string() error=error/>
                })}
                <Submit label=Key::PresentButton/>
            </ActionForm>
        </Page>
    }
}
