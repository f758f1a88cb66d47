//! Languages: the screens: what people see and the forms they send.
use super::*;

/// `/languages`: "Mina språk"; `to_cv` is the way to put the languages into a CV.
#[component]
pub fn LanguagesPage(to_cv: ViewFn) -> impl IntoView {
    view! {
        <RequireRole roles=&[Role::Participant]>
            {
                let data = Resource::new(|| (), |_| my_languages());
                let to_cv = to_cv.clone();
                view! {
                    <Page title=Key::LanguagesTitle>
                        <p><a href="/home" class="back">{t(Key::BackLink)}</a></p>
                        {crate::ui::query_status(&[
                            ("saved", Key::LanguageSaved),
                            ("removed", Key::LanguageRemoved),
                            ("sfi", Key::SfiSaved),
                            ("used", Key::LangUseSaved),
                        ])}
                        <p>{t(Key::LanguagesText)}</p>
                        <crate::sharing::ShareStatus part=crate::sharing::SharedPart::Languages/>
                        {crate::ui::loaded(data, move |v| view! { <LanguagesOverview v to_cv=to_cv.clone()/> }.into_any())}
                    </Page>
                }
            }
        </RequireRole>
    }
}

#[component]
pub(super) fn LanguagesOverview(v: LanguagesView, to_cv: ViewFn) -> impl IntoView {
    let remove_use = form_action::<RemoveLanguageUse>();
    let doc = v.doc;
    let can_add = doc.languages.len() < MAX_LANGUAGES;
    let languages = doc
        .languages
        .iter()
        .enumerate()
        .map(|(i, l)| {
            let n = i + 1;
            let name = l.name.clone();
            let levels = if l.native && l.grid.iter().all(Option::is_none) {
                view! { <p>{t(Key::LangNative)}</p> }.into_any()
            } else {
                view! {
                    {l.native.then(|| view! { <p>{t(Key::LangNative)}</p> })}
                    <dl class="levels">
                        {Skill::ALL.into_iter().map(|s| view! {
                            <div>
                                <dt>{t(s.label())}</dt>
                                <dd>{level_text(l, s, false)}</dd>
                            </div>
                        }).collect_view()}
                    </dl>
                }
                .into_any()
            };
            // Stopped halfway: the way on, to the first skill not answered.
            let resume = l.next_open().map(|s| {
                let href = format!("/languages/{n}/skill/{}", s.code());
                view! {
                    <p><a class="button" href=href>{t(Key::LangNotDone)}
                        <span class="visually-hidden">": "{name.clone()}</span></a></p>
                }
            });
            view! {
                <li class="card">
                    <h3 dir="auto">{name.clone()}</h3>
                    {levels}
                    {resume}
                    <p><a class="button secondary" href=format!("/languages/{n}")>{t(Key::LanguageChange)}
                        <span class="visually-hidden">": "{name.clone()}</span></a></p>
                    // All its answers go with it: asked first, on a page of its own.
                    <p><a class="button warning" href=format!("/languages/{n}/remove")>{t(Key::RemoveButton)}
                        <span class="visually-hidden">": "{name.clone()}</span></a></p>
                </li>
            }
        })
        .collect_view();
    let sfi_lines = sfi_summary(&doc.sfi);
    let passed = v.passed.clone();
    let uses = doc
        .used
        .iter()
        .enumerate()
        .map(|(i, u)| {
            let when = match (u.from.as_str(), u.to.as_str()) {
                ("", "") => String::new(),
                (from, "") => format!(" · {from} –"),
                ("", to) => format!(" · – {to}"),
                (from, to) => format!(" · {from} – {to}"),
            };
            let place = u.place.clone();
            let key = use_key(u);
            view! {
                <li>
                    {t(u.kind.label())}" · "<bdi>{u.language.clone()}</bdi>" · "<bdi>{place.clone()}</bdi>{when}
                    {crate::ui::ask_first(i + 1, place.clone(), view! {
                        <ActionForm action=remove_use attr:class="inline-form">
                            <input type="hidden" name="n" value=i + 1/>
                            <input type="hidden" name="was" value=key.clone()/>
                            <Submit label=Key::RemoveYes warning=true/>
                        </ActionForm>
                    }.into_any())}
                </li>
            }
        })
        .collect_view();
    let has_languages = !doc.languages.is_empty();
    let any_not_done = doc.languages.iter().any(|l| !l.is_done());
    view! {
        <section aria-labelledby="known-heading">
            <h2 id="known-heading">{t(Key::LanguagesKnown)}</h2>
            {if has_languages {
                view! { <ul class="cards">{languages}</ul> }.into_any()
            } else {
                view! { <p>{t(Key::LanguagesEmpty)}</p> }.into_any()
            }}
            {if can_add {
                view! { <p><a class="button" href="/languages/new">{t(Key::LanguageAdd)}</a></p> }.into_any()
            } else {
                view! { <p>{t(Key::ErrTooManyLanguages)}</p> }.into_any()
            }}
        </section>
        <section aria-labelledby="sfi" >
            <h2 id="sfi">{t(Key::SfiHeading)}</h2>
            {if sfi_lines.is_empty() && passed.is_empty() {
                view! { <p>{t(Key::SfiEmpty)}</p> }.into_any()
            } else {
                view! {
                    {sfi_lines.into_iter().map(|line| view! { <p>{line}</p> }).collect_view()}
                    {(!passed.is_empty()).then(|| view! {
                        <ul class="log">
                            {passed.iter().map(|(c, day)| view! {
                                <li>{tf(Key::SfiPassedOn, &[("course", c.code()), ("day", &format_day(*day))])}</li>
                            }).collect_view()}
                        </ul>
                    })}
                    <p class="hint">{t(Key::SfiApproxNote)}</p>
                }.into_any()
            }}
            <p><a class="button secondary" href="/languages/sfi">{t(Key::SfiChange)}</a></p>
        </section>
        <section aria-labelledby="used">
            <h2 id="used">{t(Key::LangUsedHeading)}</h2>
            {if doc.used.is_empty() {
                view! { <p>{t(Key::LangUsedEmpty)}</p> }.into_any()
            } else {
                view! { <ul class="log">{uses}</ul> }.into_any()
            }}
            {(doc.used.len() < MAX_USES).then(|| view! {
                <p><a class="button secondary" href="/languages/used/new">{t(Key::LangUseAdd)}</a></p>
            })}
        </section>
        {has_languages.then(|| view! {
            <section aria-labelledby="to-cv">
                <h2 id="to-cv">{t(Key::LangToCvHeading)}</h2>
                <p>{t(Key::LangToCvText)}</p>
                {any_not_done.then(|| view! { <p class="hint">{t(Key::LangNotDoneCv)}</p> })}
                {to_cv.run()}
            </section>
        })}
        <p><a href="/goals">{t(Key::LangGoalsLink)}</a></p>
    }
}

/// `/languages/new`.
#[component]
pub fn NewLanguagePage() -> impl IntoView {
    view! {
        <RequireRole roles=&[Role::Participant]>
            <LanguageForm n=None lang=KnownLanguage::default()/>
        </RequireRole>
    }
}

/// `/languages/:id`: change language `id` (counted from 1).
#[component]
pub fn LanguagePage() -> impl IntoView {
    crate::ui::record_page(&[Role::Participant], fetch_language, |(n, lang)| {
        view! { <LanguageForm n=Some(n) lang/> }.into_any()
    })
}

/// `/languages/:id/remove`: asks before a language and all its answers are removed.
#[component]
pub fn RemoveLanguagePage() -> impl IntoView {
    crate::ui::record_page(&[Role::Participant], fetch_language, |(n, lang)| {
        view! { <RemoveLanguageQuestion n lang/> }.into_any()
    })
}

#[component]
pub(super) fn RemoveLanguageQuestion(n: usize, lang: KnownLanguage) -> impl IntoView {
    let action = form_action::<RemoveLanguage>();
    let error = action_error(action);
    view! {
        <Page title=Key::RemoveLanguageTitle error=error>
            <ErrorSummary error=error/>
            <p dir="auto">{tf(Key::RemoveLanguageQuestion, &[("name", &lang.name)])}</p>
            <ActionForm action=action attr:class="form">
                <input type="hidden" name="n" value=n/>
                <input type="hidden" name="was" value=lang.name.clone()/>
                <Submit label=Key::RemoveLanguageButton warning=true/>
            </ActionForm>
            <p><a href="/languages" class="button secondary">{t(Key::CancelLink)}</a></p>
        </Page>
    }
}

/// One skill's choice: "not yet" or a level, each said as what the person can do ("B1 –
/// Jag förstår …", one short line). A skill not answered yet has nothing chosen, so that
/// every answer is the person's own.
pub(super) fn skill_fieldset(
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

/// The first step: the language's name and whether it is the mother tongue.
#[component]
pub(super) fn LanguageForm(n: Option<usize>, lang: KnownLanguage) -> impl IntoView {
    let action = form_action::<SaveLanguage>();
    let error = action_error(action);
    let title = if n.is_some() {
        Key::LanguageChange
    } else {
        Key::LanguageAdd
    };
    view! {
        <Page title=title error=error>
            <p><a href="/languages" class="back">{t(Key::BackLink)}</a></p>
            <ErrorSummary error=error/>
            <ActionForm action=action attr:class="form" attr:novalidate=true>
                {n.map(|n| view! {
                    <input type="hidden" name="n" value=n/>
                    <input type="hidden" name="was" value=lang.name.clone()/>
                })}
                <TextField name="language" label=Key::LanguageName hint=Key::LanguageNameHint value=lang.name.clone() error=error/>
                <Checkbox name="native".into() label=t(Key::LangNativeLabel).into() checked=lang.native error=error/>
                <p class="hint">{t(Key::LangNativeHint)}</p>
                <p>{t(Key::LangStepsIntro)}</p>
                <Submit label=Key::SaveButton/>
            </ActionForm>
        </Page>
    }
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
pub(super) fn SkillStep(n: usize, lang: KnownLanguage, skill: Skill) -> impl IntoView {
    let action = form_action::<SaveLanguageSkill>();
    let error = action_error(action);
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
        <Page title=skill.label() error=error>
            <p><a href=back class="back">{t(Key::BackLink)}</a></p>
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

/// `/languages/sfi`: study path, course now, courses passed.
#[component]
pub fn SfiPage() -> impl IntoView {
    view! {
        <RequireRole roles=&[Role::Participant]>
            {
                let data = Resource::new(|| (), |_| my_languages());
                view! {
                    {crate::ui::loaded(data, move |v| view! { <SfiForm sfi=v.doc.sfi/> }.into_any())}
                }
            }
        </RequireRole>
    }
}

#[component]
pub(super) fn SfiForm(sfi: Sfi) -> impl IntoView {
    let action = form_action::<SaveSfi>();
    let error = action_error(action);
    let paths = std::iter::once(("none", t(Key::SfiNoPath).to_string()))
        .chain(
            [
                ("1", Key::SfiPath1),
                ("2", Key::SfiPath2),
                ("3", Key::SfiPath3),
            ]
            .map(|(v, k)| (v, t(k).to_string())),
        )
        .collect();
    let courses = std::iter::once(("none", t(Key::SfiNoCourse).to_string()))
        .chain(SfiCourse::ALL.into_iter().map(|c| {
            (
                c.code(),
                tf(
                    Key::SfiCourseApprox,
                    &[("course", c.code()), ("level", c.approx_cefr().code())],
                ),
            )
        }))
        .collect();
    let path = sfi.path.map_or("none".to_string(), |p| p.to_string());
    let current = sfi.current.map_or("none", |c| c.code()).to_string();
    let passed_fields = SfiCourse::ALL
        .into_iter()
        .map(|c| {
            let day = sfi
                .passed
                .iter()
                .find(|(p, _)| *p == c)
                .map(|(_, d)| d.clone())
                .unwrap_or_default();
            let name: &'static str = match c {
                SfiCourse::A => "passed_A",
                SfiCourse::B => "passed_B",
                SfiCourse::C => "passed_C",
                SfiCourse::D => "passed_D",
            };
            let label = match c {
                SfiCourse::A => Key::SfiPassedA,
                SfiCourse::B => Key::SfiPassedB,
                SfiCourse::C => Key::SfiPassedC,
                SfiCourse::D => Key::SfiPassedD,
            };
            view! { <TextField name=name label=label hint=Key::OptionalHint kind="date" value=day error=error/> }
        })
        .collect_view();
    view! {
        <Page title=Key::SfiTitle error=error>
            <p><a href="/languages#sfi" class="back">{t(Key::BackLink)}</a></p>
            <ErrorSummary error=error/>
            <p>{t(Key::SfiText)}</p>
            <ActionForm action=action attr:class="form" attr:novalidate=true>
                {crate::ui::radios("path", Key::SfiPathLegend, Some(Key::SfiPathHint), paths, path, error)}
                {crate::ui::radios("current", Key::SfiCurrentLegend, Some(Key::SfiApproxNote), courses, current, error)}
                <h2>{t(Key::SfiPassedHeading)}</h2>
                {passed_fields}
                <Submit label=Key::SaveButton/>
            </ActionForm>
        </Page>
    }
}

/// `/languages/used/new`: where a language was used.
#[component]
pub fn NewLanguageUsePage() -> impl IntoView {
    view! {
        <RequireRole roles=&[Role::Participant]>
            <LanguageUseForm/>
        </RequireRole>
    }
}

#[component]
pub(super) fn LanguageUseForm() -> impl IntoView {
    let action = form_action::<SaveLanguageUse>();
    let error = action_error(action);
    let kinds = UseKind::ALL
        .into_iter()
        .map(|k| (k.code(), t(k.label()).to_string()))
        .collect();
    view! {
        <Page title=Key::LangUseAdd error=error>
            <p><a href="/languages#used" class="back">{t(Key::BackLink)}</a></p>
            <ErrorSummary error=error/>
            <ActionForm action=action attr:class="form" attr:novalidate=true>
                {crate::ui::radios("kind", Key::LangUseKind, None, kinds, String::new(), error)}
                <TextField name="language" label=Key::LanguageName hint=Key::LangUseLanguageHint value=t(Key::LangSwedish).to_string() error=error/>
                <TextField name="place" label=Key::LangUsePlace hint=Key::LangUsePlaceHint error=error/>
                <TextField name="from" label=Key::LangUseFrom hint=Key::CvDateHint error=error/>
                <TextField name="to" label=Key::LangUseTo hint=Key::CvDateHint error=error/>
                <Submit label=Key::SaveButton/>
            </ActionForm>
        </Page>
    }
}
