//! Data rights: the server functions: who asks, what they may do, the store, the answer.
use super::*;

#[cfg(feature = "ssr")]
mod gate {
    use crate::error::AppError;
    use crate::rights::store::{AccountState, RightsStore};
    use crate::ssr::access::{Act, Part};
    use crate::ssr::store::{UserId, UserRecord};
    use crate::ssr::ServerState;
    use std::sync::Arc;

    pub struct Gate {
        pub state: ServerState,
        pub me: UserRecord,
        pub person: UserRecord,
        pub rights: Arc<dyn RightsStore>,
    }

    /// The person `id`, if the asker may `act` on `part` of them; "not found" otherwise.
    pub async fn gate(
        id: UserId,
        roles: &[crate::auth::Role],
        part: Part,
        act: Act,
    ) -> Result<Gate, AppError> {
        let (state, me, person) = crate::ssr::access::person_for(id, roles, part, act).await?;
        let rights = state.store.of::<dyn RightsStore>()?;
        Ok(Gate {
            state,
            me,
            person,
            rights,
        })
    }

    /// The signed-in participant's own account, if the rules let them `act` on its
    /// erasure (the account is read once, by `require`).
    pub async fn mine(act: Act) -> Result<Gate, AppError> {
        use crate::ssr::access::authorize_own;
        let (state, me) = crate::ssr::require(&[crate::auth::Role::Participant]).await?;
        authorize_own(&me, Part::Erasure, act, me.id)?;
        let rights = state.store.of::<dyn RightsStore>()?;
        Ok(Gate {
            state,
            person: me.clone(),
            me,
            rights,
        })
    }

    /// An admin, if the rules let them `act` on the organisation's accounts (the search,
    /// the log, the list of waiting erasures).
    pub async fn organisation(act: Act) -> Result<(ServerState, UserRecord), AppError> {
        use crate::ssr::access::{authorize, Ask, Relation};
        let (state, me) = crate::ssr::require(&[crate::auth::Role::Admin]).await?;
        authorize(
            &me,
            Ask {
                relation: Relation::Organisation,
                part: Part::AccountCare,
                act,
                owner: me.id,
                shared: false,
            },
        )?;
        Ok((state, me))
    }

    /// The account as the rights store sees it; erased accounts are gone.
    pub async fn account(gate: &Gate) -> Result<AccountState, AppError> {
        gate.rights
            .account(gate.person.id)
            .await?
            .filter(|a| a.erased_at.is_none())
            .ok_or(AppError::NotFound)
    }
}

#[cfg(feature = "ssr")]
fn erasure_day(request: &Option<store::ErasureRequest>) -> Option<CalendarDay> {
    request
        .as_ref()
        .and_then(|e| crate::ssr::clock::day_of_unix(e.erase_at))
}

#[server(prefix = "/api", endpoint = "my-data")]
pub async fn fetch_my_data() -> Result<MyData, AppError> {
    use crate::ssr::access::Act;
    let gate = gate::mine(Act::Read).await?;
    let account = gate::account(&gate).await?;
    Ok(MyData {
        erasure_on: erasure_day(&account.erasure),
        by_retention: account
            .erasure
            .is_some_and(|e| e.why == store::ErasureWhy::Retention),
        grace_days: gate.state.settings.erasure_grace_days,
        retention_months: gate.state.settings.retention_months,
    })
}

#[server(prefix = "/api", endpoint = "ask-erasure")]
pub async fn ask_erasure() -> Result<(), AppError> {
    use crate::ssr::access::Act;
    let gate = gate::mine(Act::Change).await?;
    let me = &gate.me;
    let now = gate.state.clock.unix();
    gate.rights
        .ask_erasure(
            me.id,
            Some(me.id),
            store::ErasureWhy::Asked,
            now,
            server::erase_at(now, gate.state.settings.erasure_grace_days),
        )
        .await?;
    tracing::info!(user = %me.id, "erasure asked for");
    leptos_axum::redirect("/my-data?asked=1");
    Ok(())
}

#[server(prefix = "/api", endpoint = "withdraw-erasure")]
pub async fn withdraw_erasure() -> Result<(), AppError> {
    use crate::ssr::access::Act;
    let gate = gate::mine(Act::Change).await?;
    let me = &gate.me;
    gate.rights
        .withdraw_erasure(
            me.id,
            Some(me.id),
            store::AccountAction::ErasureWithdrawn,
            "",
            gate.state.clock.unix(),
        )
        .await?;
    tracing::info!(user = %me.id, "erasure taken back");
    leptos_axum::redirect("/my-data?kept=1");
    Ok(())
}

#[server(prefix = "/api", endpoint = "account-news")]
pub async fn fetch_account_news() -> Result<AccountNews, AppError> {
    use crate::ssr::access::Act;
    let gate = gate::mine(Act::Read).await?;
    let account = gate::account(&gate).await?;
    Ok(AccountNews {
        new_coach: account
            .coach_changed_at
            .and(account.coach.map(|(_, name)| name)),
        kept_on_return: account.returned_at.is_some(),
    })
}

#[server(prefix = "/api", endpoint = "seen-account-news")]
pub async fn seen_account_news(to: String) -> Result<(), AppError> {
    use crate::ssr::access::Act;
    let gate = gate::mine(Act::Change).await?;
    let me = &gate.me;
    gate.rights.seen_account_news(me.id).await?;
    leptos_axum::redirect(if to == "sharing" { "/sharing" } else { "/home" });
    Ok(())
}

#[server(prefix = "/api", endpoint = "find-participants")]
pub async fn find_participants(query: String) -> Result<Vec<PersonLine>, AppError> {
    use crate::rights::store::RightsStore;
    let (state, _) = gate::organisation(crate::ssr::access::Act::Read).await?;
    let query = crate::ssr::nfc(query.trim());
    let found = state
        .store
        .of::<dyn RightsStore>()?
        .search_participants(&query, SEARCH_LIMIT)
        .await?;
    Ok(found
        .into_iter()
        .map(|a| PersonLine {
            id: a.id,
            display_name: a.display_name,
            coach: a.coach.map(|(_, name)| name),
            deactivated: a.deactivated_at.is_some(),
            erasure_on: erasure_day(&a.erasure),
        })
        .collect())
}

#[server(prefix = "/api", endpoint = "account-view")]
pub async fn fetch_account_view(id: UserId) -> Result<AccountView, AppError> {
    use crate::ssr::access::{Act, Part};
    let gate = gate::gate(id, &[Role::Admin], Part::AccountCare, Act::Read).await?;
    let account = gate::account(&gate).await?;
    if account.role == Role::Admin {
        return Err(AppError::NotFound);
    }
    let coaches = gate
        .state
        .accounts
        .list_people(Role::Coach)
        .await?
        .into_iter()
        .map(|c| (c.id, c.display_name))
        .collect();
    let office = gate.state.accounts.office(id).await?;
    Ok(AccountView {
        id,
        is_participant: account.role == Role::Participant,
        display_name: account.display_name,
        coach: account.coach,
        coaches,
        signed_up: account.signed_up,
        last_sign_in: account
            .last_sign_in_at
            .and_then(|at| crate::ssr::clock::moment(at, gate.state.clock.now())),
        deactivated: account.deactivated_at.is_some(),
        erasure_on: erasure_day(&account.erasure),
        by_retention: account
            .erasure
            .is_some_and(|e| e.why == store::ErasureWhy::Retention),
        office,
    })
}

/// Moves a coach to another office (its employers and job leads are theirs from now on).
#[server(prefix = "/api", endpoint = "set-office")]
pub async fn set_office(id: UserId, office: String) -> Result<(), AppError> {
    use crate::error::{FieldProblem, Invalid};
    use crate::ssr::access::{Act, Part};
    let gate = gate::gate(id, &[Role::Admin], Part::AccountCare, Act::Change).await?;
    if gate.person.role != Role::Coach {
        return Err(AppError::NotFound);
    }
    let name = crate::text::clean_line(&office).trim().to_string();
    if name.chars().count() > crate::ssr::store::OFFICE_MAX {
        let mut invalid = Invalid::new();
        invalid.add("office", FieldProblem::TooLong);
        return Err(AppError::Invalid(invalid.keep("office", &office)));
    }
    gate.state.accounts.set_office(id, &name).await?;
    tracing::info!(admin = %gate.me.id, coach = %id, "coach's office changed");
    leptos_axum::redirect(&format!("/admin/people/{id}?office=1"));
    Ok(())
}

#[server(prefix = "/api", endpoint = "move-participant")]
pub async fn move_participant(id: UserId, coach: String) -> Result<(), AppError> {
    use crate::error::{FieldProblem, Invalid};
    use crate::ssr::access::{Act, Part};
    let gate = gate::gate(id, &[Role::Admin], Part::AccountCare, Act::Change).await?;
    let refuse = |problem| {
        let mut invalid = Invalid::new();
        invalid.add("coach", problem);
        AppError::Invalid(invalid)
    };
    let coach: UserId = coach
        .trim()
        .parse()
        .map_err(|_| refuse(FieldProblem::ChooseOne))?;
    if gate.person.coach_id == Some(coach) {
        leptos_axum::redirect(&format!("/admin/people/{id}"));
        return Ok(());
    }
    let moved = gate
        .rights
        .move_to_coach(id, coach, gate.me.id, gate.state.clock.unix())
        .await?;
    if !moved {
        return Err(refuse(FieldProblem::UnknownOption));
    }
    tracing::info!(admin = %gate.me.id, participant = %id, %coach, "participant moved to another coach");
    leptos_axum::redirect(&format!("/admin/people/{id}?moved=1"));
    Ok(())
}

#[server(prefix = "/api", endpoint = "set-account-open")]
pub async fn set_account_open(id: UserId, open: String) -> Result<(), AppError> {
    use crate::ssr::access::{Act, Part};
    let gate = gate::gate(id, &[Role::Admin], Part::AccountCare, Act::Change).await?;
    // Admins' accounts are not closed from here (nor shown): the organisation keeps at
    // least the admin it has.
    if gate.person.role == Role::Admin {
        return Err(AppError::NotFound);
    }
    let open = open == "yes";
    gate.rights
        .set_deactivated(id, gate.me.id, !open, gate.state.clock.unix())
        .await?;
    tracing::info!(admin = %gate.me.id, person = %id, open, "account opened or closed");
    let flag = if open { "opened" } else { "closed" };
    leptos_axum::redirect(&format!("/admin/people/{id}?{flag}=1"));
    Ok(())
}

#[server(prefix = "/api", endpoint = "keep-account")]
pub async fn keep_account(id: UserId, reason: String) -> Result<(), AppError> {
    use crate::error::{FieldProblem, Invalid};
    use crate::ssr::access::{Act, Part};
    let gate = gate::gate(id, &[Role::Admin], Part::AccountCare, Act::Change).await?;
    let reason = crate::text::clean_line(&crate::ssr::nfc(reason.trim()));
    let mut invalid = Invalid::new();
    if reason.is_empty() {
        invalid.add("reason", FieldProblem::Required);
    } else if reason.chars().count() > 500 {
        invalid.add("reason", FieldProblem::TooLong);
    }
    invalid.keep("reason", &reason).into_result()?;
    // Only a listing by retention is the organisation's to end: a person's own request for
    // erasure is theirs to take back.
    let account = gate::account(&gate).await?;
    if account
        .erasure
        .is_none_or(|e| e.why != store::ErasureWhy::Retention)
    {
        return Err(AppError::NotFound);
    }
    gate.rights
        .withdraw_erasure(
            id,
            Some(gate.me.id),
            store::AccountAction::Kept,
            &reason,
            gate.state.clock.unix(),
        )
        .await?;
    leptos_axum::redirect(&format!("/admin/people/{id}?kept=1"));
    Ok(())
}

/// The person a coach or an admin may erase, for the confirmation page.
#[server(prefix = "/api", endpoint = "erasable")]
pub async fn erasable(id: UserId) -> Result<String, AppError> {
    use crate::ssr::access::{Act, Part};
    let gate = gate::gate(id, &[Role::Admin, Role::Coach], Part::Erasure, Act::Change).await?;
    let account = gate::account(&gate).await?;
    if account.role != Role::Participant {
        return Err(AppError::NotFound);
    }
    Ok(account.display_name)
}

/// Erases a participant at once, after their name is typed again.
#[server(prefix = "/api", endpoint = "erase-now")]
pub async fn erase_now(id: UserId, name: String) -> Result<(), AppError> {
    use crate::error::{FieldProblem, Invalid};
    use crate::ssr::access::{Act, Part};
    let gate = gate::gate(id, &[Role::Admin, Role::Coach], Part::Erasure, Act::Change).await?;
    let account = gate::account(&gate).await?;
    if account.role != Role::Participant {
        return Err(AppError::NotFound);
    }
    if !confirms(&crate::ssr::nfc(&name), &account.display_name) {
        let mut invalid = Invalid::new();
        invalid.add("name", FieldProblem::NameDoesNotMatch);
        return Err(AppError::Invalid(invalid.keep("name", &name)));
    }
    gate.rights
        .erase(id, Some(gate.me.id), gate.state.clock.unix())
        .await?;
    tracing::info!(by = %gate.me.id, person = %id, "participant erased");
    leptos_axum::redirect(match gate.me.role {
        Role::Admin => "/admin/people?erased=1",
        _ => "/coach?erased=1",
    });
    Ok(())
}

#[server(prefix = "/api", endpoint = "account-log")]
pub async fn account_log() -> Result<Vec<LogLine>, AppError> {
    use crate::rights::store::RightsStore;
    let (state, _) = gate::organisation(crate::ssr::access::Act::Read).await?;
    let now = state.clock.now();
    let lines = state
        .store
        .of::<dyn RightsStore>()?
        .actions(LOG_LIMIT)
        .await?;
    Ok(lines
        .into_iter()
        .filter_map(|l| {
            Some(LogLine {
                at: crate::ssr::clock::moment(l.at, now)?,
                actor: l.actor,
                action: l.action,
                subject: l.subject,
                subject_name: l.subject_name,
                reason: l.reason,
            })
        })
        .collect())
}

#[server(prefix = "/api", endpoint = "waiting-erasures")]
pub async fn waiting_erasures() -> Result<Vec<WaitingLine>, AppError> {
    use crate::rights::store::RightsStore;
    let (state, _) = gate::organisation(crate::ssr::access::Act::Read).await?;
    let waiting = state
        .store
        .of::<dyn RightsStore>()?
        .waiting_erasures()
        .await?;
    Ok(waiting
        .into_iter()
        .filter_map(|(e, name)| {
            Some(WaitingLine {
                id: e.person,
                display_name: name,
                on: crate::ssr::clock::day_of_unix(e.erase_at)?,
                by_retention: e.why == store::ErasureWhy::Retention,
            })
        })
        .collect())
}
