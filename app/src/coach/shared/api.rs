//! Shared: the server functions: who asks, what they may do, the store, the answer.
use super::*;

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
        applications: None,
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
        crate::sharing::reads::read_shared(
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
        crate::sharing::reads::read_shared(
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
        crate::sharing::reads::read_shared(
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
            let mut view = crate::goals::server::view(&state, goal, today).await?;
            // When the phone reminds them is theirs alone, not a shared part.
            view.remind_hour = None;
            goals.push(view);
        }
        crate::sharing::reads::read_shared(
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
    if shared(SharedPart::Applications) {
        let list = crate::applications::server::list(&state, id).await?;
        crate::sharing::reads::read_shared(
            &state,
            &coach,
            id,
            SharedPart::Applications,
            shared(SharedPart::Applications),
            &request,
        )
        .await?;
        parts.applications = Some(Shown {
            data: list,
            until: until(SharedPart::Applications),
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
