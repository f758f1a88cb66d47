//! Strengths: the screens: what people see and the forms they send.
use super::*;

/// A page that needs the stored profile: loads it, then draws it with `show`. Awaited, not
/// kept as a resource: these pages have no island, so nothing of the profile goes into
/// the page but what `show` draws.
pub(super) fn with_doc(
    show: impl Fn(StrengthsDoc) -> AnyView + Clone + Send + Sync + 'static,
) -> impl IntoView {
    view! {
        <RequireRole roles=&[Role::Participant]>
            {
                let show = show.clone();
                view! {
                    <Suspense>
                        {move || {
                            let show = show.clone();
                            Suspend::new(async move {
                                match my_strengths().await {
                                    Ok(doc) => show(doc),
                                    Err(e) => view! { <p class="error-message">{e.text()}</p> }.into_any(),
                                }
                            })
                        }}
                    </Suspense>
                }
            }
        </RequireRole>
    }
}

/// `/strengths`: the whole profile on one screen; `to_cv` is the way to put it into a CV.
#[component]
pub fn StrengthsPage(to_cv: ViewFn) -> impl IntoView {
    with_doc(move |doc| view! { <StrengthsSummary doc to_cv=to_cv.clone()/> }.into_any())
}

#[component]
pub(super) fn StrengthsSummary(doc: StrengthsDoc, to_cv: ViewFn) -> impl IntoView {
    let status = crate::ui::query_status(&[
        ("picked", Key::StrengthsSaved),
        ("examples", Key::StrengthsSaved),
        ("interests", Key::StrengthsSaved),
        ("work", Key::StrengthsSaved),
        ("conditions", Key::StrengthsSaved),
    ]);
    let any_strength = !doc.picked.is_empty() || !doc.own.is_empty();
    let groups = Group::ALL
        .into_iter()
        .map(|g| {
            let list = doc.strengths(g);
            view! {
                <h3>{t(g.label())}</h3>
                {if list.is_empty() {
                    view! { <p class="hint">{t(Key::StrengthsNoneYet)}</p> }.into_any()
                } else {
                    view! {
                        <ul class="log">
                            {list.into_iter().map(|(name, example)| view! {
                                <li>
                                    <bdi>{name}</bdi>
                                    {(!example.is_empty()).then(|| view! { <p dir="auto">{example}</p> })}
                                </li>
                            }).collect_view()}
                        </ul>
                    }.into_any()
                }}
            }
        })
        .collect_view();
    let conditions = catalogue::describe(&doc.conditions);
    let has_for_cv = any_strength || !doc.interests.is_empty();
    view! {
        <Page title=Key::StrengthsTitle>
            <p><a href="/home" class="back">{t(Key::BackLink)}</a></p>
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

/// `/strengths/pick`: tap the strengths that are yours (checkboxes, no JavaScript needed).
#[component]
pub fn PickPage() -> impl IntoView {
    with_doc(|doc| view! { <PickForm doc/> }.into_any())
}

#[component]
pub(super) fn PickForm(doc: StrengthsDoc) -> impl IntoView {
    let action = form_action::<SavePicks>();
    let error = action_error(action);
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
        <Page title=Key::StrengthsPick error=error>
            <p><a href="/strengths" class="back">{t(Key::BackLink)}</a></p>
            <ErrorSummary error=error/>
            <p>{t(Key::StrengthsPickText)}</p>
            <ActionForm action=action attr:class="form" attr:novalidate=true>
                {groups}
                <Submit label=Key::SaveButton/>
            </ActionForm>
        </Page>
    }
}

/// `/strengths/own`: strengths in your own words.
#[component]
pub fn OwnPage() -> impl IntoView {
    with_doc(|doc| view! { <OwnForm doc/> }.into_any())
}

#[component]
pub(super) fn OwnForm(doc: StrengthsDoc) -> impl IntoView {
    let action = form_action::<SaveOwnStrength>();
    let error = action_error(action);
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
                            <input type="hidden" name="n" value=i + 1/>
                            <input type="hidden" name="was" value=text.clone()/>
                            <Submit label=Key::RemoveYes warning=true/>
                        </ActionForm>
                    }.into_any())}
                </li>
            }
        })
        .collect_view();
    view! {
        <Page title=Key::StrengthsOwn error=error>
            <p><a href="/strengths" class="back">{t(Key::BackLink)}</a></p>
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

/// `/strengths/examples`: when you showed each strength.
#[component]
pub fn ExamplesPage() -> impl IntoView {
    with_doc(|doc| view! { <ExamplesForm doc/> }.into_any())
}

#[component]
pub(super) fn ExamplesForm(doc: StrengthsDoc) -> impl IntoView {
    let action = form_action::<SaveExamples>();
    let error = action_error(action);
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
        <Page title=Key::StrengthsExamples error=error>
            <p><a href="/strengths" class="back">{t(Key::BackLink)}</a></p>
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

/// `/strengths/interests`.
#[component]
pub fn InterestsPage() -> impl IntoView {
    with_doc(|doc| view! { <InterestsForm doc/> }.into_any())
}

#[component]
pub(super) fn InterestsForm(doc: StrengthsDoc) -> impl IntoView {
    let action = form_action::<SaveInterests>();
    let error = action_error(action);
    view! {
        <Page title=Key::InterestsHeading error=error>
            <p><a href="/strengths#interests" class="back">{t(Key::BackLink)}</a></p>
            <ErrorSummary error=error/>
            <ActionForm action=action attr:class="form" attr:novalidate=true>
                <TextField name="interests" label=Key::InterestsLabel hint=Key::InterestsHint rows=5 value=doc.interests.join("\n") error=error/>
                <TextField name="cares" label=Key::CaresLabel hint=Key::OptionalHint rows=4 value=doc.cares.clone() error=error/>
                <Submit label=Key::SaveButton/>
            </ActionForm>
        </Page>
    }
}

/// `/strengths/work`: the work wanted.
#[component]
pub fn WorkGoalsPage() -> impl IntoView {
    with_doc(|doc| view! { <WorkGoalsForm doc/> }.into_any())
}

#[component]
pub(super) fn WorkGoalsForm(doc: StrengthsDoc) -> impl IntoView {
    let action = form_action::<SaveWorkGoals>();
    let error = action_error(action);
    view! {
        <Page title=Key::WorkGoalsHeading error=error>
            <p><a href="/strengths#work" class="back">{t(Key::BackLink)}</a></p>
            <ErrorSummary error=error/>
            <ActionForm action=action attr:class="form" attr:novalidate=true>
                <TextField name="work_goals" label=Key::WorkGoalsLabel hint=Key::WorkGoalsHint rows=4 value=doc.work_goals.join("\n") error=error/>
                <Submit label=Key::SaveButton/>
            </ActionForm>
        </Page>
    }
}

/// `/strengths/conditions`: what makes a job work for you.
#[component]
pub fn ConditionsPage() -> impl IntoView {
    with_doc(|doc| view! { <ConditionsForm doc/> }.into_any())
}

#[component]
pub(super) fn ConditionsForm(doc: StrengthsDoc) -> impl IntoView {
    let action = form_action::<SaveConditions>();
    let error = action_error(action);
    let c = doc.conditions;
    let questions = catalogue::CHOICES
        .iter()
        .map(|(name, legend, options)| {
            let options = options.iter().map(|(code, key)| (*code, t(*key).to_string())).collect();
            let stored = c
                .choices
                .get(*name)
                .cloned()
                .unwrap_or_else(|| "none".to_string());
            let extra = match *name {
                "hours" => Some(view! {
                    <TextField name="hours_note" label=Key::CondHoursNote hint=Key::OptionalHint value=c.hours_note.clone() error=error/>
                }.into_any()),
                "physical" => Some(view! {
                    <TextField name="physical_note" label=Key::CondPhysicalNote hint=Key::OptionalHint value=c.physical_note.clone() error=error/>
                }.into_any()),
                "travel" => Some(view! {
                    <fieldset class="field">
                        <legend>{t(Key::CondMeansLegend)}</legend>
                        {catalogue::MEANS.iter().map(|(code, key)| {
                            let name = format!("means-{code}");
                            let ticked = c.means.iter().any(|m| m == code);
                            view! { <crate::ui::Checkbox name=name label=t(*key).to_string() checked=ticked error=error/> }
                        }).collect_view()}
                    </fieldset>
                }.into_any()),
                _ => None,
            };
            view! {
                {crate::ui::radios(name, *legend, None, options, stored, error)}
                {extra}
            }
        })
        .collect_view();
    view! {
        <Page title=Key::ConditionsHeading error=error>
            <p><a href="/strengths#conditions" class="back">{t(Key::BackLink)}</a></p>
            <ErrorSummary error=error/>
            <p>{t(Key::ConditionsText)}</p>
            <ActionForm action=action attr:class="form" attr:novalidate=true>
                {questions}
                <TextField name="earliest" label=Key::CondEarliest hint=Key::OptionalHint kind="date" value=c.earliest.clone() error=error/>
                <Submit label=Key::SaveButton/>
            </ActionForm>
        </Page>
    }
}

/// `/strengths/history`: notes on earlier jobs, for yourself.
#[component]
pub fn HistoryPage() -> impl IntoView {
    view! {
        <RequireRole roles=&[Role::Participant]>
            {
                view! {
                    <Suspense>
                        {move || Suspend::new(async move {
                            match my_history_notes().await {
                                Ok(doc) => view! { <HistoryNotes doc/> }.into_any(),
                                Err(e) => view! { <p class="error-message">{e.text()}</p> }.into_any(),
                            }
                        })}
                    </Suspense>
                }
            }
        </RequireRole>
    }
}

#[component]
pub(super) fn HistoryNotes(doc: HistoryDoc) -> impl IntoView {
    let action = form_action::<SaveHistoryNote>();
    let error = action_error(action);
    let remove = form_action::<RemoveHistoryNote>();
    let status = crate::ui::query_status(&[
        ("saved", Key::StrengthsSaved),
        ("removed", Key::StrengthsRemoved),
    ]);
    let notes = doc
        .notes
        .iter()
        .enumerate()
        .map(|(i, h)| {
            let job = h.job.clone();
            let parts = [
                (Key::HistoryWorked, h.worked.clone()),
                (Key::HistoryNotWorked, h.not_worked.clone()),
                (Key::HistoryWhyEnded, h.why_ended.clone()),
            ];
            view! {
                <li class="card">
                    <h2 dir="auto">{job.clone()}</h2>
                    <dl>
                        {parts.into_iter().filter(|(_, v)| !v.is_empty()).map(|(k, v)| view! {
                            <dt>{t(k)}</dt><dd dir="auto">{v}</dd>
                        }).collect_view()}
                    </dl>
                    {crate::ui::ask_first(i + 1, job.clone(), view! {
                        <ActionForm action=remove attr:class="inline-form">
                            <input type="hidden" name="n" value=i + 1/>
                            <input type="hidden" name="was" value=job.clone()/>
                            <Submit label=Key::RemoveYes warning=true/>
                        </ActionForm>
                    }.into_any())}
                </li>
            }
        })
        .collect_view();
    view! {
        <Page title=Key::HistoryHeading error=error>
            <p><a href="/strengths#history" class="back">{t(Key::BackLink)}</a></p>
            {status}
            <ErrorSummary error=error/>
            <p>{t(Key::HistoryPrivate)}</p>
            <crate::sharing::ShareStatus part=crate::sharing::SharedPart::History/>
            {(!doc.notes.is_empty()).then(|| view! { <ul class="cards">{notes}</ul> })}
            <h2>{t(Key::HistoryAdd)}</h2>
            <ActionForm action=action attr:class="form" attr:novalidate=true>
                <TextField name="job" label=Key::HistoryJob hint=Key::HistoryJobHint error=error/>
                <TextField name="worked" label=Key::HistoryWorked hint=Key::OptionalHint rows=3 error=error/>
                <TextField name="not_worked" label=Key::HistoryNotWorked hint=Key::OptionalHint rows=3 error=error/>
                <TextField name="why_ended" label=Key::HistoryWhyEnded hint=Key::OptionalHint rows=3 error=error/>
                <Submit label=Key::SaveButton/>
            </ActionForm>
        </Page>
    }
}
