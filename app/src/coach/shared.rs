//! What a coach reads of a participant's shared parts, to prepare a meeting: strengths,
//! notes on earlier jobs, languages and goals, each read-only in the coach's language (the
//! person's own words as typed), "Inte delat" for each part that is not shared, and what
//! changed since the last meeting marked attended. The CV has its own section
//! (the coach's page). Every part read is one entry in the person's access log.
use super::since::{self, Change};
#[cfg(feature = "ssr")]
use crate::booking::store::BookingStore;
use crate::cv::cefr::Skill;
#[cfg(feature = "ssr")]
use crate::cv::store::CvStore;
use crate::error::AppError;
#[cfg(feature = "ssr")]
use crate::goals::store::GoalStore;
use crate::goals::GoalView;
use crate::i18n::{format_day, t, tf, tp, CalendarDay, Key};
use crate::ids::UserId;
use crate::languages::LanguagesView;
#[cfg(feature = "ssr")]
use crate::profile::store::ProfileStore;
#[cfg(feature = "ssr")]
use crate::sharing::store::SharingStore;
use crate::sharing::SharedPart;
use crate::strengths::catalogue::{self, Group};
use crate::strengths::{HistoryDoc, StrengthsDoc};
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// A part as the coach may read it now: `None` when it is not shared.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Shown<T> {
    pub data: T,
    pub until: Option<CalendarDay>,
}

/// What the participant shares with the signed-in coach, apart from the CV.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SharedParts {
    pub strengths: Option<Shown<StrengthsDoc>>,
    pub history: Option<Shown<HistoryDoc>>,
    pub languages: Option<Shown<LanguagesView>>,
    pub goals: Option<Shown<Vec<GoalView>>>,
    pub since: Since,
}

/// "Sedan förra mötet".
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Since {
    /// The day of the last meeting marked attended; `None`: there has been none.
    pub meeting: Option<CalendarDay>,
    /// Newest first, each with its day.
    pub changes: Vec<(CalendarDay, Change)>,
}

#[cfg(feature = "ssr")]
mod server {
    use super::*;
    use crate::sharing::reads::log_read;
    use crate::ssr::access::{authorize, Act, Ask, Part, Relation};
    use crate::ssr::clock::day_of_unix;
    use crate::ssr::store::UserRecord;

    use crate::sharing::store::ShareRecord;
    use crate::ssr::ServerState;
    use jiff::civil::Date;

    /// The instant a change was made, for ordering, and its day.
    pub type Dated = (i64, Change);

    /// The end of the last meeting with `coach` marked attended, if any: what was saved
    /// during the meeting was seen there.
    pub async fn last_meeting(
        state: &ServerState,
        person: UserId,
        coach: UserId,
    ) -> Result<Option<i64>, AppError> {
        let now = state.clock.unix();
        Ok(state
            .store
            .of::<dyn BookingStore>()?
            .participant_bookings(person, 0)
            .await?
            .iter()
            .filter(|b| {
                b.active
                    && b.coach_id == coach
                    && b.ends_at <= now
                    && b.attendance == Some(crate::booking::Attendance::Attended)
            })
            .map(|b| b.ends_at)
            .max())
    }

    /// What changed in a versioned profile part after `since`: the version in force then
    /// compared with the one now, so that something added and taken away again is never
    /// told. Each change is dated by the first of the later versions from which it holds.
    pub async fn profile_changes<T: serde::de::DeserializeOwned + Default>(
        state: &ServerState,
        person: UserId,
        part: crate::profile::store::ProfilePart,
        since: i64,
        diff: fn(&T, &T) -> Vec<Change>,
    ) -> Result<Vec<Dated>, AppError> {
        let revisions = state
            .store
            .of::<dyn ProfileStore>()?
            .profile_revisions(person, part, since)
            .await?;
        let mut base = T::default();
        let mut later: Vec<(i64, T)> = Vec::new();
        for r in revisions {
            let doc: T = serde_json::from_str(&r.document).map_err(crate::ssr::internal)?;
            if r.saved_at <= since {
                base = doc;
            } else {
                later.push((r.saved_at, doc));
            }
        }
        let Some((_, now)) = later.last() else {
            return Ok(Vec::new());
        };
        let diffs: Vec<(i64, Vec<Change>)> = later
            .iter()
            .map(|(at, doc)| (*at, diff(&base, doc)))
            .collect();
        Ok(diff(&base, now)
            .into_iter()
            .map(|change| {
                let at = diffs
                    .iter()
                    .rev()
                    .take_while(|(_, changes)| changes.contains(&change))
                    .last()
                    .map_or(since, |(at, _)| *at);
                (at, change)
            })
            .collect())
    }

    /// The CV versions the share shows that were saved after `since`.
    pub async fn cv_changes(
        state: &ServerState,
        person: UserId,
        share: &ShareRecord,
        since: i64,
    ) -> Result<Vec<Dated>, AppError> {
        let records = state.store.of::<dyn CvStore>()?.list_cvs(person).await?;
        Ok(records
            .into_iter()
            .filter(|r| share.cv.is_none_or(|id| id == r.id) && r.updated_at > since)
            .map(|r| {
                let title = serde_json::from_str::<crate::cv::model::Cv>(&r.document)
                    .map(|cv| cv.title)
                    .unwrap_or_default();
                let title = if title.trim().is_empty() {
                    t(Key::CvUntitled).to_string()
                } else {
                    title
                };
                (r.updated_at, Change::CvChanged { title })
            })
            .collect())
    }

    /// Practice logged, pauses begun and goals reached or dropped after `since`.
    pub async fn goal_changes(
        state: &ServerState,
        person: UserId,
        since: i64,
    ) -> Result<Vec<Dated>, AppError> {
        use crate::ssr::clock::{day_of, start_of_day};
        let since_day = jiff::Timestamp::from_second(since)
            .map(|at| day_of(at).to_string())
            .map_err(crate::ssr::internal)?;
        // A day's change is dated at that day's noon, for the order.
        let noon = |day: &str| -> Option<i64> {
            let date: Date = day.parse().ok()?;
            Some(start_of_day(date).as_second() + 12 * 3600)
        };
        let mut changes = Vec::new();
        for goal in state.store.of::<dyn GoalStore>()?.goals(person).await? {
            let what = goal.fields.what.clone();
            let practice = state.store.of::<dyn GoalStore>()?.practice(goal.id).await?;
            let logged: Vec<i64> = practice
                .iter()
                .map(|p| p.logged_at)
                .filter(|at| *at > since)
                .collect();
            if let Some(latest) = logged.iter().max() {
                changes.push((
                    *latest,
                    Change::Practised {
                        goal: what.clone(),
                        days: logged.len() as u32,
                    },
                ));
            }
            for pause in state.store.of::<dyn GoalStore>()?.pauses(goal.id).await? {
                if pause.from >= since_day {
                    if let Some(at) = noon(&pause.from) {
                        changes.push((
                            at,
                            Change::GoalPaused {
                                goal: what.clone(),
                                reason: pause.reason,
                            },
                        ));
                    }
                }
            }
            if let Some(ended) = goal
                .ended_day
                .as_deref()
                .filter(|d| *d >= since_day.as_str())
            {
                let change = match goal.status {
                    crate::goals::GoalStatus::Done => Change::GoalReached(what.clone()),
                    _ => Change::GoalDropped(what.clone()),
                };
                if let Some(at) = noon(ended) {
                    changes.push((at, change));
                }
            }
        }
        Ok(changes)
    }

    /// Refuses (as "not found") unless the part is shared now (`shared`, from the share
    /// found for this request), then logs the read: a read that cannot be logged is not
    /// served.
    pub async fn read(
        state: &ServerState,
        coach: &UserRecord,
        person: UserId,
        part: SharedPart,
        shared: bool,
        request: &str,
    ) -> Result<(), AppError> {
        authorize(
            coach,
            Ask {
                relation: Relation::TheirCoach,
                part: Part::from(part),
                act: Act::Read,
                owner: person,
                shared,
            },
        )?;
        log_read(
            state,
            coach,
            person,
            part,
            crate::sharing::ReadHow::View,
            None,
            request.to_string(),
        )
        .await
    }

    pub fn day_of(at: i64) -> Option<CalendarDay> {
        day_of_unix(at)
    }
}

/// What `person` shares with the signed-in coach, apart from the CV; each part read is
/// logged once for the request. A part that is not shared is `None` and is not read.
#[server(prefix = "/api", endpoint = "shared-parts")]
pub async fn fetch_shared_parts(person: UserId) -> Result<SharedParts, AppError> {
    use crate::profile::store::ProfilePart;
    use crate::ssr::access::{request_id, Act, Part};
    use crate::ssr::clock::day_of_unix;
    // Read before any await: the request's context may be gone after one.
    let request = request_id();
    let (state, coach, person) =
        crate::ssr::access::looked_after(person, Part::Sharing, Act::Read).await?;
    let now = state.clock.unix();
    let shares: Vec<_> = state
        .store
        .of::<dyn SharingStore>()?
        .shares_of(person.id, coach.id)
        .await?
        .into_iter()
        .filter(|s| s.holds(now))
        .collect();
    let share = |part: SharedPart| shares.iter().find(|s| s.part == part);
    let until = |part: SharedPart| {
        share(part)
            .and_then(|s| s.ends_at)
            .and_then(|end| day_of_unix(end - 1))
    };
    let id = person.id;
    let mut parts = SharedParts {
        strengths: None,
        history: None,
        languages: None,
        goals: None,
        since: Since {
            meeting: None,
            changes: Vec::new(),
        },
    };
    let shared = |part: SharedPart| share(part).is_some();
    if shared(SharedPart::Strengths) {
        let (data, _) =
            crate::profile::document::load_part::<StrengthsDoc>(&state, id, ProfilePart::Strengths)
                .await?;
        server::read(
            &state,
            &coach,
            id,
            SharedPart::Strengths,
            shared(SharedPart::Strengths),
            &request,
        )
        .await?;
        parts.strengths = Some(Shown {
            data,
            until: until(SharedPart::Strengths),
        });
    }
    if shared(SharedPart::History) {
        let (data, _) =
            crate::profile::document::load_part::<HistoryDoc>(&state, id, ProfilePart::History)
                .await?;
        server::read(
            &state,
            &coach,
            id,
            SharedPart::History,
            shared(SharedPart::History),
            &request,
        )
        .await?;
        parts.history = Some(Shown {
            data,
            until: until(SharedPart::History),
        });
    }
    if shared(SharedPart::Languages) {
        let (doc, _) = crate::profile::document::load_part::<crate::languages::LanguagesDoc>(
            &state,
            id,
            ProfilePart::Languages,
        )
        .await?;
        server::read(
            &state,
            &coach,
            id,
            SharedPart::Languages,
            shared(SharedPart::Languages),
            &request,
        )
        .await?;
        parts.languages = Some(Shown {
            data: crate::languages::view_of(doc),
            until: until(SharedPart::Languages),
        });
    }
    if shared(SharedPart::Goals) {
        let today = state.clock.today();
        let mut goals = Vec::new();
        for goal in state.store.of::<dyn GoalStore>()?.goals(id).await? {
            goals.push(crate::goals::server::view(&state, goal, today).await?);
        }
        server::read(
            &state,
            &coach,
            id,
            SharedPart::Goals,
            shared(SharedPart::Goals),
            &request,
        )
        .await?;
        parts.goals = Some(Shown {
            data: goals,
            until: until(SharedPart::Goals),
        });
    }
    // Since the last meeting: only from what is shared now.
    if let Some(meeting) = server::last_meeting(&state, id, coach.id).await? {
        let mut changes = Vec::new();
        if let Some(cv) = share(SharedPart::Cv) {
            changes.extend(server::cv_changes(&state, id, cv, meeting).await?);
        }
        if parts.strengths.is_some() {
            changes.extend(
                server::profile_changes(
                    &state,
                    id,
                    ProfilePart::Strengths,
                    meeting,
                    since::strengths_changes,
                )
                .await?,
            );
        }
        if parts.languages.is_some() {
            changes.extend(
                server::profile_changes(
                    &state,
                    id,
                    ProfilePart::Languages,
                    meeting,
                    since::languages_changes,
                )
                .await?,
            );
        }
        if parts.goals.is_some() {
            changes.extend(server::goal_changes(&state, id, meeting).await?);
        }
        changes.sort_by_key(|(at, _)| std::cmp::Reverse(*at));
        parts.since = Since {
            meeting: server::day_of(meeting),
            changes: changes
                .into_iter()
                .filter_map(|(at, c)| Some((server::day_of(at)?, c)))
                .collect(),
        };
    }
    Ok(parts)
}

/// "Styrkor: Inte delat".
fn not_shared(part: SharedPart) -> AnyView {
    view! {
        <p class="not-shared"><strong>{t(part.name())}": "</strong>{t(Key::NotShared)}</p>
    }
    .into_any()
}

fn until_line(until: Option<CalendarDay>) -> String {
    match until {
        Some(day) => tf(Key::SharingUntil, &[("day", &format_day(day))]),
        None => t(Key::SharingUntilWithdrawn).to_string(),
    }
}

/// A shared part's section: its heading, until when it is shared, and `body`.
fn part_section(part: SharedPart, until: Option<CalendarDay>, body: AnyView) -> AnyView {
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
    view! {
        <SinceSection since=parts.since/>
        {strengths}
        {history}
        {languages}
        {goals}
    }
}

#[component]
fn SinceSection(since: Since) -> impl IntoView {
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
fn own_lines(lines: Vec<String>) -> AnyView {
    if lines.is_empty() {
        return view! { <p class="hint">{t(Key::StrengthsNoneYet)}</p> }.into_any();
    }
    view! {
        <ul class="log">{lines.into_iter().map(|l| view! { <li dir="auto">{l}</li> }).collect_view()}</ul>
    }
    .into_any()
}

#[component]
fn StrengthsRead(doc: StrengthsDoc) -> impl IntoView {
    let groups = Group::ALL
        .into_iter()
        .map(|g| {
            let list = doc.strengths(g);
            view! {
                <h4>{t(g.label())}</h4>
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
fn HistoryRead(doc: HistoryDoc) -> impl IntoView {
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
fn LanguagesRead(v: LanguagesView) -> impl IntoView {
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
fn GoalsRead(goals: Vec<GoalView>) -> impl IntoView {
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
