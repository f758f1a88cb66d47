//! Languages: the `language_skill` screen.
use super::*;

/// One skill's choice: "not yet" or a level, each said as what the person can do ("B1 –
/// Jag förstår …", one short line). A skill not answered yet has nothing chosen, so that
/// every answer is the person's own.
pub(crate) fn skill_fieldset(
    skill: Skill,
    lang: &KnownLanguage,
    error: FormError,
) -> impl IntoView {
    let options = std::iter::once(("none", t(Key::LangNotYet).to_string()))
        .chain(
            Cefr::ALL
                .into_iter()
                .map(|c| (c.code(), format!("{} – {}", c.code(), t(skill.can(c))))),
        )
        .collect();
    let stored = if lang.answered(skill) {
        lang.grid[skill.index()].map_or("none", |c| c.code())
    } else {
        ""
    };
    crate::ui::radios(
        skill.code(),
        Key::LangSkillsIntro,
        Some(skill.hint()),
        options,
        stored.to_string(),
        error,
    )
}

/// `/languages/:id/skill/:skill`: one skill of language `id` (counted from 1) on a screen
/// of its own, in the grid's order.
#[component]
pub fn LanguageSkillPage() -> impl IntoView {
    let params = leptos_router::hooks::use_params_map().read_untracked();
    let n = params.get("id").and_then(|s| s.parse::<usize>().ok());
    let skill = params.get("skill").and_then(|s| Skill::parse(&s));
    view! {
        <RequireRole roles=&[Role::Participant]>
            {move || match (n, skill) {
                (Some(n), Some(skill)) => {
                    let record = Resource::new(move || n, fetch_language);
                    view! {
                        <Suspense>
                            {move || Suspend::new(async move {
                                match record.await {
                                    Ok((n, lang)) => view! { <SkillStep n lang skill/> }.into_any(),
                                    Err(_) => view! { <crate::pages::NotFound/> }.into_any(),
                                }
                            })}
                        </Suspense>
                    }
                    .into_any()
                }
                _ => view! { <crate::pages::NotFound/> }.into_any(),
            }}
        </RequireRole>
    }
}

#[component]
pub(crate) fn SkillStep(n: usize, lang: KnownLanguage, skill: Skill) -> impl IntoView {
    let (action, error) = form::<SaveLanguageSkill>();
    // Back to the screen before: the skill before, or the name for the first.
    let back = match skill.previous() {
        Some(before) => format!("/languages/{n}/skill/{}", before.code()),
        None => format!("/languages/{n}"),
    };
    let step = tf(
        Key::LangStepOf,
        &[
            ("n", &skill.step().to_string()),
            ("total", &Skill::ALL.len().to_string()),
        ],
    );
    let button = if skill.next().is_some() {
        Key::NextButton
    } else {
        Key::SaveButton
    };
    view! {
        <Page title=skill.label() error=error back=back>
            <p class="step-of"><bdi>{lang.name.clone()}</bdi>" · "{step}</p>
            <ErrorSummary error=error/>
            <ActionForm action=action attr:class="form" attr:novalidate=true>
                <input type="hidden" name="n" value=n/>
                <input type="hidden" name="was" value=lang.name.clone()/>
                <input type="hidden" name="skill" value=skill.code()/>
                {skill_fieldset(skill, &lang, error)}
                <Submit label=button/>
            </ActionForm>
            <p><a href="/languages">{t(Key::LangStepLater)}</a></p>
        </Page>
    }
}
