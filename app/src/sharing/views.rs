//! Sharing: the screens: what people see and the forms they send.
use super::*;

/// The signed-in participant's sharing, drawn by `show` (with `arg`). The data is awaited,
/// not kept as a resource: these pages have no island, so nothing of it goes into the page
/// but what `show` draws.
pub(super) fn with_sharing<P: Copy + Send + Sync + 'static>(
    arg: P,
    show: fn(Sharing, P) -> AnyView,
) -> impl IntoView {
    view! {
        <RequireRole roles=&[Role::Participant]>
            <Suspense>
                {move || Suspend::new(async move {
                    match fetch_sharing().await {
                        Ok(sharing) => show(sharing, arg),
                        Err(e) => view! { <p class="error-message">{e.text()}</p> }.into_any(),
                    }
                })}
            </Suspense>
        </RequireRole>
    }
}

/// `/sharing`: every part on its own line, what it holds, whether the coach sees it, and
/// the way to change each and to stop everything.
#[component]
pub fn SharingPage() -> impl IntoView {
    with_sharing((), |sharing, ()| {
        view! { <SharingOverview sharing/> }.into_any()
    })
}

#[component]
pub(super) fn NoCoach() -> impl IntoView {
    view! {
        <Page title=Key::SharingTitle>
            <p><a href="/home" class="back">{t(Key::BackLink)}</a></p>
            <p>{t(Key::SharingWhy)}</p>
            <p>{t(Key::SharingNoCoach)}</p>
        </Page>
    }
}

#[component]
pub(super) fn SharingOverview(sharing: Sharing) -> impl IntoView {
    let Some(coach) = sharing.coach.clone() else {
        return view! { <NoCoach/> }.into_any();
    };
    let saved = use_query_map()
        .read_untracked()
        .get("saved")
        .is_some_and(|v| !v.is_empty());
    let any_shared = sharing.parts.iter().any(|p| p.shared);
    let parts = SharedPart::ALL
        .into_iter()
        .map(|part| {
            let share = sharing.part(part);
            let now = if part == SharedPart::Cv {
                what_coach_sees(&sharing, &coach)
            } else {
                part_sentence(&share, &coach)
            };
            let state = if share.shared {
                Key::SharePartStateShared
            } else {
                Key::SharePartStateNotShared
            };
            view! {
                <li class="card" id=part.code()>
                    <h2>{t(part.name())}" "<span class="tag">{t(state)}</span></h2>
                    <p>{t(part.contents())}</p>
                    <p class="sharing-now" dir="auto">{now}</p>
                    {share.ended.map(|day| view! {
                        <p>{tf(Key::SharingEnded, &[("day", &format_day(day))])}</p>
                    })}
                    <p><a class="button secondary" href=format!("/share/{}", part.code())>
                        {t(Key::SharePartChange)}<span class="visually-hidden">": "{t(part.name())}</span>
                    </a></p>
                </li>
            }
        })
        .collect_view();
    view! {
        <Page title=Key::SharingTitle>
            <p><a href="/home" class="back">{t(Key::BackLink)}</a></p>
            {saved.then(|| view! {
                <div class="panel" role="status"><p>{t(Key::SharingSaved)}</p></div>
            })}
            <p>{t(Key::SharingWhy)}</p>
            <ul class="cards sharing-parts">{parts}</ul>
            <h2>{t(Key::SharingAlwaysHeading)}</h2>
            <ul>
                <li>{t(Key::SharingAlwaysAccount)}</li>
                <li>{t(Key::SharingAlwaysNotes)}</li>
                <li>{t(Key::SharingAlwaysBookings)}</li>
                <li>{t(Key::SharingAlwaysArrangements)}</li>
            </ul>
            <h2>{t(Key::SharingNeverHeading)}</h2>
            <ul>
                <li>{t(Key::SharingNeverPassword)}</li>
                <li>{t(Key::SharingNeverUnshared)}</li>
                <li>{t(Key::SharingNeverHealth)}</li>
            </ul>
            <p>{t(Key::SharingLogged)}" "<a href="/access-log">{t(Key::AccessLogTitle)}</a></p>
            {any_shared.then(|| view! {
                <p><a class="button warning" href="/sharing/stop">{t(Key::SharingStopLink)}</a></p>
            })}
            <p><a href="/sharing/history">{t(Key::ConsentHistoryTitle)}</a></p>
        </Page>
    }
    .into_any()
}

/// `/share/:part`: whether the coach may see one part, and until when.
#[component]
pub fn SharePartPage() -> impl IntoView {
    let part = leptos_router::hooks::use_params_map()
        .read_untracked()
        .get("part")
        .and_then(|code| SharedPart::parse(&code));
    let Some(part) = part else {
        return view! { <crate::pages::NotFound/> }.into_any();
    };
    with_sharing(part, |sharing, part| {
        view! { <SharePartForm sharing part/> }.into_any()
    })
    .into_any()
}

#[component]
pub(super) fn SharePartForm(sharing: Sharing, part: SharedPart) -> impl IntoView {
    let action = form_action::<SaveSharing>();
    let error = action_error(action);
    let Some(coach) = sharing.coach.clone() else {
        return view! { <NoCoach/> }.into_any();
    };
    let share = sharing.part(part);
    let now = if part == SharedPart::Cv {
        what_coach_sees(&sharing, &coach)
    } else {
        part_sentence(&share, &coach)
    };
    let (name, legend, stored, options) = if part == SharedPart::Cv {
        let mut options = vec![("none".to_string(), t(Key::SharingCvNone).to_string())];
        if sharing.cvs.len() > 1 {
            options.push(("all".into(), t(Key::SharingCvAll).into()));
        }
        options.extend(sharing.cvs.iter().map(|c| {
            let label = if c.is_main {
                format!("{} ({})", titled(&c.title), t(Key::CvMain))
            } else {
                titled(&c.title)
            };
            (c.id.to_string(), label)
        }));
        (
            "cv",
            tf(Key::SharingCvLegend, &[("coach", &coach)]),
            sharing.cv.value(),
            options,
        )
    } else {
        let stored = if share.shared { "yes" } else { "no" };
        (
            "share",
            tf(
                Key::SharePartLegend,
                &[("coach", &coach), ("part", t(part.object()))],
            ),
            stored.to_string(),
            vec![
                (
                    "yes".to_string(),
                    tf(Key::SharePartYes, &[("coach", &coach)]),
                ),
                ("no".to_string(), t(Key::SharePartNo).to_string()),
            ],
        )
    };
    let problem = move || error.get().and_then(|e| e.field_error(name));
    let chosen = move || {
        error
            .get()
            .and_then(|e| e.value(name))
            .unwrap_or_else(|| stored.clone())
    };
    let radios = options
        .into_iter()
        .enumerate()
        .map(|(i, (value, label))| {
            let id = if i == 0 {
                name.to_string()
            } else {
                format!("{name}-{value}")
            };
            let checked = {
                let chosen = chosen.clone();
                let value = value.clone();
                move || chosen() == value
            };
            view! {
                <div class="checkbox">
                    <input type="radio" id=id.clone() name=name value=value checked=checked
                        aria-describedby=move || problem().map(|_| format!("{name}-error"))/>
                    <label for=id dir="auto">{label}</label>
                </div>
            }
        })
        .collect_view();
    let until_value = share
        .until
        .map(|d| format!("{:04}-{:02}-{:02}", d.year, d.month, d.day));
    view! {
        <Page title=part.share_title() error=error>
            <p><a href=format!("/sharing#{}", part.code()) class="back">{t(Key::BackLink)}</a></p>
            <ErrorSummary error=error/>
            <p>{t(part.contents())}</p>
            {(part == SharedPart::History).then(|| view! { <p>{t(Key::SharePartHistoryWarning)}</p> })}
            <div class="panel">
                <h2>{t(Key::SharingNowHeading)}</h2>
                <p class="sharing-now" dir="auto">{now}</p>
                {share.ended.map(|day| view! {
                    <p>{tf(Key::SharingEnded, &[("day", &format_day(day))])}</p>
                })}
            </div>
            <ActionForm action=action attr:class="form" attr:novalidate=true>
                <input type="hidden" name="part" value=part.code()/>
                <fieldset class="field" class:field-error=move || problem().is_some()>
                    <legend dir="auto">{legend}</legend>
                    {move || problem().map(|p| field_message(format!("{name}-error"), t(p.message(name))))}
                    {radios}
                </fieldset>
                <TextField name="until" label=Key::SharingUntilLabel hint=Key::SharingUntilHint
                    kind="date" value=until_value.unwrap_or_default() error=error/>
                <Submit label=Key::SharingSaveButton/>
            </ActionForm>
            <p><a href=part.page()>{t(Key::SharePartOpenOwn)}</a></p>
        </Page>
    }
    .into_any()
}

/// On a part's own page: whether the coach sees it now, and the way to change that.
#[component]
pub fn ShareStatus(part: SharedPart) -> impl IntoView {
    view! {
        <Suspense>
            {move || Suspend::new(async move {
                let Ok(sharing) = fetch_sharing().await else {
                    return ().into_any();
                };
                let share = sharing.part(part);
                let sentence = match (&sharing.coach, share.shared, share.until) {
                    (None, ..) => t(Key::ShareStatusNoCoach).to_string(),
                    (Some(_), false, _) => t(Key::ShareStatusNot).to_string(),
                    (Some(_), true, Some(day)) => tf(Key::ShareStatusUntil, &[("day", &format_day(day))]),
                    (Some(_), true, None) => t(Key::ShareStatusShared).to_string(),
                };
                view! {
                    <p class="share-status">{sentence}" "
                        {sharing.coach.is_some().then(|| view! {
                            <a href=format!("/share/{}", part.code())>{t(Key::ShareStatusLink)}</a>
                        })}
                    </p>
                }
                .into_any()
            })}
        </Suspense>
    }
}

/// `/sharing/stop`: asks before everything stops being shared.
#[component]
pub fn StopSharingPage() -> impl IntoView {
    view! {
        <RequireRole roles=&[Role::Participant]>
            {
                let action = form_action::<StopSharing>();
                let error = action_error(action);
                view! {
                    <Page title=Key::StopSharingTitle error=error>
                        <ErrorSummary error=error/>
                        <Suspense>
                            {move || Suspend::new(async move {
                                let coach = fetch_sharing().await.ok().and_then(|s| s.coach).unwrap_or_default();
                                view! { <p dir="auto">{tf(Key::StopSharingQuestion, &[("coach", &coach)])}</p> }
                            })}
                        </Suspense>
                        <ActionForm action=action attr:class="form">
                            <Submit label=Key::StopSharingButton warning=true/>
                        </ActionForm>
                        <p><a href="/sharing" class="button secondary">{t(Key::CancelLink)}</a></p>
                    </Page>
                }
            }
        </RequireRole>
    }
}

/// `/sharing/stopped`: the confirmation.
#[component]
pub fn SharingStoppedPage() -> impl IntoView {
    view! {
        <RequireRole roles=&[Role::Participant]>
            <Page title=Key::SharingStoppedTitle>
                <div class="panel" role="status"><p>{t(Key::SharingStoppedText)}</p></div>
                <p>{t(Key::SharingStoppedNext)}</p>
                <p><a class="button" href="/home">{t(Key::SharingStoppedHome)}</a></p>
                <p><a href="/sharing">{t(Key::SharingTitle)}</a></p>
            </Page>
        </RequireRole>
    }
}

/// A participant's page of dated lines: `load` fetches them, `list` draws them.
pub(super) fn log_page<T, Fut>(
    title: Key,
    back: &'static str,
    intro: Key,
    empty: Key,
    load: fn() -> Fut,
    list: fn(Vec<T>) -> AnyView,
) -> impl IntoView
where
    T: Send + Sync + 'static,
    Fut: std::future::Future<Output = Result<Vec<T>, AppError>> + Send + 'static,
{
    view! {
        <RequireRole roles=&[Role::Participant]>
            <Page title=title>
                <p><a href=back class="back">{t(Key::BackLink)}</a></p>
                <p>{t(intro)}</p>
                <Suspense>
                    {move || Suspend::new(async move {
                        match load().await {
                            Ok(lines) if lines.is_empty() => view! { <p>{t(empty)}</p> }.into_any(),
                            Ok(lines) => list(lines),
                            Err(e) => view! { <p class="error-message">{e.text()}</p> }.into_any(),
                        }
                    })}
                </Suspense>
            </Page>
        </RequireRole>
    }
}

/// `/sharing/history`: every consent given, changed and withdrawn, by part, newest first.
#[component]
pub fn ConsentHistoryPage() -> impl IntoView {
    log_page(
        Key::ConsentHistoryTitle,
        "/sharing",
        Key::ConsentHistoryIntro,
        Key::ConsentHistoryEmpty,
        consent_history,
        |lines| {
            SharedPart::ALL
                .into_iter()
                .filter_map(|part| {
                    let of_part: Vec<_> = lines.iter().filter(|l| l.part == part).cloned().collect();
                    (!of_part.is_empty()).then(|| view! {
                        <h2>{t(part.name())}</h2>
                        <ol class="log">
                            {of_part.into_iter().map(|line| view! {
                                <li>
                                    <p class="log-when">{format_moment(line.at)}</p>
                                    <p dir="auto">{consent_sentence(&line)}</p>
                                    <p class="hint">{tf(Key::ConsentWording, &[("version", &line.wording_version.to_string())])}</p>
                                </li>
                            }).collect_view()}
                        </ol>
                    })
                })
                .collect_view()
                .into_any()
        },
    )
}

/// `/access-log`: "Vem har tittat?", newest first.
#[component]
pub fn AccessLogPage() -> impl IntoView {
    log_page(
        Key::AccessLogTitle,
        "/home",
        Key::AccessLogIntro,
        Key::AccessLogEmpty,
        access_log,
        |lines| {
            view! {
                <ol class="log">
                    {lines.into_iter().map(|line| view! {
                        <li>
                            <p dir="auto">{look_sentence(&line)}</p>
                            {(line.count > 1).then(|| view! {
                                <p class="hint">{tp(Key::LookCount, "count", u64::from(line.count), &[])}</p>
                            })}
                        </li>
                    }).collect_view()}
                </ol>
            }
            .into_any()
        },
    )
}
