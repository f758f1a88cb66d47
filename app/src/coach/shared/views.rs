//! Shared: the screens: what people see and the forms they send.
use super::*;

/// "Styrkor: Inte delat".
pub(super) fn not_shared(part: SharedPart) -> AnyView {
    view! {
        <p class="not-shared"><strong>{t(part.name())}": "</strong>{t(Key::NotShared)}</p>
    }
    .into_any()
}

/// A shared part's section: its heading, until when it is shared, and `body`.
pub(super) fn part_section(part: SharedPart, until: Option<CalendarDay>, body: AnyView) -> AnyView {
    let heading = format!("shared-{}", part.code());
    view! {
        <section class="shared-part" aria-labelledby=heading.clone()>
            <h3 id=heading.clone()>{t(part.name())}</h3>
            <p class="hint">{until_line(until)}</p>
            {body}
        </section>
    }
    .into_any()
}

/// The participant's shared parts on the coach's page: "since the last meeting" first,
/// then each part or "Inte delat".
#[component]
pub fn SharedPartsSection(parts: SharedParts) -> impl IntoView {
    let strengths = match parts.strengths {
        Some(s) => part_section(
            SharedPart::Strengths,
            s.until,
            view! { <StrengthsRead doc=s.data/> }.into_any(),
        ),
        None => not_shared(SharedPart::Strengths),
    };
    let history = match parts.history {
        Some(s) => part_section(
            SharedPart::History,
            s.until,
            view! { <HistoryRead doc=s.data/> }.into_any(),
        ),
        None => not_shared(SharedPart::History),
    };
    let languages = match parts.languages {
        Some(s) => part_section(
            SharedPart::Languages,
            s.until,
            view! { <LanguagesRead v=s.data/> }.into_any(),
        ),
        None => not_shared(SharedPart::Languages),
    };
    let goals = match parts.goals {
        Some(s) => part_section(
            SharedPart::Goals,
            s.until,
            view! { <GoalsRead goals=s.data/> }.into_any(),
        ),
        None => not_shared(SharedPart::Goals),
    };
    let applications = match parts.applications {
        Some(s) => part_section(
            SharedPart::Applications,
            s.until,
            view! { <crate::applications::ApplicationList list=s.data/> }.into_any(),
        ),
        None => not_shared(SharedPart::Applications),
    };
    view! {
        <SinceSection since=parts.since/>
        {strengths}
        {history}
        {languages}
        {goals}
        {applications}
    }
}

#[component]
pub(super) fn SinceSection(since: Since) -> impl IntoView {
    let body = match since.meeting {
        None => view! { <p>{t(Key::SinceNoMeeting)}</p> }.into_any(),
        Some(day) if since.changes.is_empty() => view! {
            <p>{tf(Key::SinceMeetingWas, &[("day", &format_day(day))])}</p>
            <p>{t(Key::SinceNothing)}</p>
        }
        .into_any(),
        Some(day) => view! {
            <p>{tf(Key::SinceMeetingWas, &[("day", &format_day(day))])}</p>
            <ol class="log since-list">
                {since.changes.into_iter().map(|(day, change)| view! {
                    <li>
                        <p class="log-when">{format_day(day)}</p>
                        <p dir="auto">{since::sentence(&change)}</p>
                    </li>
                }).collect_view()}
            </ol>
        }
        .into_any(),
    };
    view! {
        <section class="since" aria-labelledby="since-heading">
            <h3 id="since-heading">{t(Key::SinceHeading)}</h3>
            <p class="hint">{t(Key::SinceHint)}</p>
            {body}
        </section>
    }
}

/// A list of the person's own lines, or "nothing yet".
pub(super) fn own_lines(lines: Vec<String>) -> AnyView {
    if lines.is_empty() {
        return view! { <p class="hint">{t(Key::StrengthsNoneYet)}</p> }.into_any();
    }
    view! {
        <ul class="log">{lines.into_iter().map(|l| view! { <li dir="auto">{l}</li> }).collect_view()}</ul>
    }
    .into_any()
}

#[component]
pub(super) fn StrengthsRead(doc: StrengthsDoc) -> impl IntoView {
    let groups = crate::strengths::strength_groups(&doc, 4);
    let mut interests = doc.interests.clone();
    if !doc.cares.trim().is_empty() {
        interests.push(doc.cares.clone());
    }
    view! {
        {groups}
        <h4>{t(Key::InterestsHeading)}</h4>
        {own_lines(interests)}
        <h4>{t(Key::CoachWorkGoals)}</h4>
        {own_lines(doc.work_goals.clone())}
        <h4>{t(Key::CoachConditions)}</h4>
        {own_lines(catalogue::describe(&doc.conditions))}
    }
}

#[component]
pub(super) fn HistoryRead(doc: HistoryDoc) -> impl IntoView {
    if doc.notes.is_empty() {
        return view! { <p class="hint">{t(Key::StrengthsNoneYet)}</p> }.into_any();
    }
    view! {
        <ul class="cards">
            {doc.notes.into_iter().map(|h| {
                let parts = [
                    (Key::HistoryWorked, h.worked),
                    (Key::HistoryNotWorked, h.not_worked),
                    (Key::HistoryWhyEnded, h.why_ended),
                ];
                view! {
                    <li class="card">
                        <h4 dir="auto">{h.job}</h4>
                        <dl>
                            {parts.into_iter().filter(|(_, v)| !v.is_empty()).map(|(k, v)| view! {
                                <dt>{t(k)}</dt><dd dir="auto">{v}</dd>
                            }).collect_view()}
                        </dl>
                    </li>
                }
            }).collect_view()}
        </ul>
    }
    .into_any()
}

#[component]
pub(super) fn LanguagesRead(v: LanguagesView) -> impl IntoView {
    let doc = v.doc;
    let languages = if doc.languages.is_empty() {
        view! { <p class="hint">{t(Key::StrengthsNoneYet)}</p> }.into_any()
    } else {
        view! {
            <ul class="cards">
                {doc.languages.iter().map(|l| view! {
                    <li class="card">
                        <h4 dir="auto">{l.name.clone()}</h4>
                        {l.native.then(|| view! { <p>{t(Key::LangNative)}</p> })}
                        {(!l.native || l.grid.iter().any(Option::is_some)).then(|| view! {
                            <dl class="levels">
                                {Skill::ALL.into_iter().map(|s| view! {
                                    <div>
                                        <dt>{t(s.label())}</dt>
                                        <dd>{crate::languages::level_text(l, s, true)}</dd>
                                    </div>
                                }).collect_view()}
                            </dl>
                        })}
                    </li>
                }).collect_view()}
            </ul>
        }
        .into_any()
    };
    let sfi = crate::languages::sfi_summary(&doc.sfi);
    let uses: Vec<String> = doc
        .used
        .iter()
        .map(|u| {
            let when = match (u.from.as_str(), u.to.as_str()) {
                ("", "") => String::new(),
                (from, "") => format!(" · {from} –"),
                ("", to) => format!(" · – {to}"),
                (from, to) => format!(" · {from} – {to}"),
            };
            format!(
                "{} · \u{2068}{}\u{2069} · \u{2068}{}\u{2069}{when}",
                t(u.kind.label()),
                u.language,
                u.place
            )
        })
        .collect();
    view! {
        {languages}
        <h4>{t(Key::SfiHeading)}</h4>
        {if sfi.is_empty() && v.passed.is_empty() {
            view! { <p class="hint">{t(Key::CoachSfiEmpty)}</p> }.into_any()
        } else {
            view! {
                {sfi.into_iter().map(|line| view! { <p>{line}</p> }).collect_view()}
                <ul class="log">
                    {v.passed.iter().map(|(c, day)| view! {
                        <li>{tf(Key::SfiPassedOn, &[("course", c.code()), ("day", &format_day(*day))])}</li>
                    }).collect_view()}
                </ul>
                <p class="hint">{t(Key::SfiApproxNote)}</p>
            }.into_any()
        }}
        <h4>{t(Key::CoachLangUsed)}</h4>
        {own_lines(uses)}
    }
}

#[component]
pub(super) fn GoalsRead(goals: Vec<GoalView>) -> impl IntoView {
    if goals.is_empty() {
        return view! { <p class="hint">{t(Key::GoalsNone)}</p> }.into_any();
    }
    view! {
        <ul class="cards">
            {goals.into_iter().map(|g| {
                let status = match g.pause_reason {
                    Some(r) => format!("{} ({})", t(g.status.label()), t(r.label())),
                    None => t(g.status.label()).to_string(),
                };
                view! {
                    <li class="card">
                        <h4 dir="auto">{g.what.clone()}</h4>
                        <p>{crate::goals::how_often(&g)}</p>
                        <p>{status}</p>
                        {(!g.workplace.is_empty()).then(|| view! {
                            <p dir="auto">{tf(Key::GoalAt, &[("place", &format!("\u{2068}{}\u{2069}", g.workplace))])}</p>
                        })}
                        {crate::goals::strength_line(&g)}
                        {if g.recent.is_empty() {
                            view! { <p class="hint">{t(Key::GoalsNoPractice)}</p> }.into_any()
                        } else {
                            view! {
                                <ul class="log">
                                    {g.recent.iter().map(|(day, minutes, note)| view! {
                                        <li>
                                            {format_day(*day)}
                                            {minutes.map(|m| format!(" · {}", tp(Key::MinutesCount, "count", u64::from(m), &[])))}
                                            {(!note.is_empty()).then(|| view! { " · "<bdi>{note.clone()}</bdi> })}
                                        </li>
                                    }).collect_view()}
                                </ul>
                            }.into_any()
                        }}
                        {(!g.pauses.is_empty()).then(|| view! {
                            <ul class="log">
                                {g.pauses.iter().map(|(from, to, reason)| {
                                    let line = match to {
                                        Some(to) => tf(Key::GoalPauseWas, &[("from", &format_day(*from)), ("to", &format_day(*to)), ("reason", t(reason.label()))]),
                                        None => tf(Key::GoalPauseIs, &[("from", &format_day(*from)), ("reason", t(reason.label()))]),
                                    };
                                    view! { <li>{line}</li> }
                                }).collect_view()}
                            </ul>
                        })}
                    </li>
                }
            }).collect_view()}
        </ul>
    }
    .into_any()
}
