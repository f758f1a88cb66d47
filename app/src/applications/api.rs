//! Applications: the server functions and downloads: who asks, what they may do, the store,
//! the answer.
use super::*;

/// The signed-in participant's applications, the latest first.
#[server(prefix = "/api", endpoint = "my-applications")]
pub async fn my_applications() -> Result<Vec<ApplicationView>, AppError> {
    use crate::ssr::access::Act;
    let (state, me) = server::me(Act::Read).await?;
    server::list(&state, me.id).await
}

#[server(prefix = "/api", endpoint = "application")]
pub async fn fetch_application(id: ApplicationId) -> Result<ApplicationView, AppError> {
    use crate::ssr::access::Act;
    let (state, _, found) = server::own(id, Act::Read).await?;
    server::view(found, state.clock.now()).ok_or(AppError::NotFound)
}

/// What the new-application form starts from: today in Stockholm.
#[server(prefix = "/api", endpoint = "new-application")]
pub async fn fetch_new_application() -> Result<NewApplication, AppError> {
    use crate::ssr::access::Act;
    let (state, _) = server::me(Act::Change).await?;
    Ok(NewApplication {
        today: state.clock.today().to_string(),
    })
}

/// Adds an application, or (with `id`) changes one: its day, how, what happened and the
/// interview time.
#[server(prefix = "/api", endpoint = "save-application")]
pub async fn save_application(
    #[server(flatten)] fields: BTreeMap<String, String>,
) -> Result<ApplicationId, AppError> {
    use crate::ssr::access::Act;
    let editing = match fields.get("id").map(|s| s.trim()) {
        None | Some("") => None,
        Some(id) => Some(
            id.parse::<ApplicationId>()
                .map_err(|_| AppError::BadRequest)?,
        ),
    };
    if let Some(id) = editing {
        let (state, me, _) = server::own(id, Act::Change).await?;
        let changed = forms::fields_from(&fields, state.clock.today())?;
        if !state
            .store
            .of::<dyn ApplicationStore>()?
            .update_application(id, me.id, &changed, state.clock.unix())
            .await?
        {
            // Removed meanwhile (another tab).
            return Err(AppError::NotFound);
        }
        tracing::info!(user = %me.id, application = %id, "application changed");
        leptos_axum::redirect(&format!("/applications?saved={id}#application-{id}"));
        return Ok(id);
    }
    let (state, me) = server::me(Act::Change).await?;
    let new = forms::fields_from(&fields, state.clock.today())?;
    let Some(id) = state
        .store
        .of::<dyn ApplicationStore>()?
        .add_application(me.id, &new, MAX_APPLICATIONS, state.clock.unix())
        .await?
    else {
        let mut invalid = Invalid::new();
        invalid.add("employer", FieldProblem::TooManyApplications);
        let kept = fields.iter().fold(invalid, |inv, (k, v)| inv.keep(k, v));
        return Err(AppError::Invalid(kept));
    };
    tracing::info!(user = %me.id, application = %id, "application added");
    leptos_axum::redirect("/applications?added=1");
    Ok(id)
}

/// Removes one of the signed-in participant's applications for good (asked first on its
/// own page).
#[server(prefix = "/api", endpoint = "remove-application")]
pub async fn remove_application(id: ApplicationId) -> Result<(), AppError> {
    use crate::ssr::access::Act;
    let (state, me, _) = server::own(id, Act::Change).await?;
    if !state
        .store
        .of::<dyn ApplicationStore>()?
        .remove_application(id, me.id)
        .await?
    {
        return Err(AppError::NotFound);
    }
    tracing::info!(user = %me.id, application = %id, "application removed");
    leptos_axum::redirect("/applications?removed=1");
    Ok(())
}

/// "Till aktivitetsrapporten": the applications of `month` (`2026-12`; none: this month in
/// Stockholm), oldest first.
#[server(prefix = "/api", endpoint = "application-report")]
pub async fn fetch_application_report(month: Option<String>) -> Result<Report, AppError> {
    use crate::ssr::access::Act;
    let (state, me) = server::me(Act::Read).await?;
    let (month, bad_month) = server::month_asked(&state, month.as_deref());
    let lines = server::report_lines(&state, me.id, month).await?;
    Ok(Report {
        month,
        lines,
        bad_month,
    })
}

/// Which download of the month's list.
#[cfg(feature = "ssr")]
#[derive(Clone, Copy)]
enum ReportFile {
    Text,
    Csv,
}

#[cfg(feature = "ssr")]
async fn report_file(
    state: crate::ssr::ServerState,
    session: tower_sessions::Session,
    headers: http::HeaderMap,
    query: Option<String>,
    kind: ReportFile,
) -> axum::response::Response {
    use crate::ssr::access::{authorize_own, Act, Part};
    use crate::ssr::download::{attachment, refused};
    let me = match crate::ssr::require_in(&state, &session, &[Role::Participant]).await {
        Ok(me) => me,
        Err(e) => return refused(e),
    };
    if let Err(e) = authorize_own(&me, Part::Applications, Act::Read, me.id) {
        return refused(e);
    }
    let typed = query.as_deref().and_then(|q| {
        q.split('&')
            .find_map(|pair| pair.strip_prefix("month="))
            .map(str::to_string)
    });
    let (month, _) = server::month_asked(&state, typed.as_deref());
    let lines = match server::report_lines(&state, me.id, month).await {
        Ok(lines) => lines,
        Err(e) => return refused(e),
    };
    let locale = crate::ssr::locale_in(&headers);
    let name = format!("ansokningar-{}", month.code());
    match kind {
        ReportFile::Text => attachment(
            "text/plain; charset=utf-8",
            &format!("{name}.txt"),
            report_text(month, &lines, locale),
        ),
        ReportFile::Csv => attachment(
            "text/csv; charset=utf-8; header=present",
            &format!("{name}.csv"),
            report_csv(&lines, locale),
        ),
    }
}

/// `/applications/report.txt?month=2026-12`: the month's list as plain lines.
#[cfg(feature = "ssr")]
pub async fn report_txt(
    axum::extract::Extension(state): axum::extract::Extension<crate::ssr::ServerState>,
    session: tower_sessions::Session,
    headers: http::HeaderMap,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
) -> axum::response::Response {
    report_file(state, session, headers, query, ReportFile::Text).await
}

/// `/applications/report.csv?month=2026-12`: the month's list for a spreadsheet.
#[cfg(feature = "ssr")]
pub async fn report_csv_file(
    axum::extract::Extension(state): axum::extract::Extension<crate::ssr::ServerState>,
    session: tower_sessions::Session,
    headers: http::HeaderMap,
    axum::extract::RawQuery(query): axum::extract::RawQuery,
) -> axum::response::Response {
    report_file(state, session, headers, query, ReportFile::Csv).await
}

/// `/applications/:id/interview.ics`: the interview as a calendar file, for the participant
/// whose application it is; anyone else, or an application without an interview time,
/// gets 404.
#[cfg(feature = "ssr")]
pub async fn interview_file(
    axum::extract::Extension(state): axum::extract::Extension<crate::ssr::ServerState>,
    session: tower_sessions::Session,
    headers: http::HeaderMap,
    axum::extract::Path(id): axum::extract::Path<ApplicationId>,
) -> axum::response::Response {
    use crate::ssr::access::{authorize_own, Act, Part};
    use crate::ssr::clock::STOCKHOLM;
    use crate::ssr::download::{attachment, refused};
    let me = match crate::ssr::require_in(&state, &session, &[Role::Participant]).await {
        Ok(me) => me,
        Err(e) => return refused(e),
    };
    let found = match state.store.of::<dyn ApplicationStore>() {
        Ok(store) => match store.find_application(id).await {
            Ok(Some(found)) => found,
            Ok(None) => return refused(AppError::NotFound),
            Err(e) => return refused(crate::ssr::internal(e)),
        },
        Err(e) => return refused(crate::ssr::internal(e)),
    };
    if let Err(e) = authorize_own(&me, Part::Applications, Act::Read, found.owner_id) {
        return refused(e);
    }
    let Some(start) = found
        .fields
        .interview_at
        .and_then(|at| jiff::Timestamp::from_second(at).ok())
    else {
        return refused(AppError::NotFound);
    };
    let local = STOCKHOLM.to_datetime(start);
    let body = ics::calendar(
        &ics::Interview {
            uid: crate::booking::ics::uid("application", id.get(), &state.settings.public_url),
            // Rises with every save: a calendar that has the file takes the newer one.
            sequence: found.revision,
            start: local.strftime("%Y%m%dT%H%M%S").to_string(),
            stamp: state.clock.now().strftime("%Y%m%dT%H%M%SZ").to_string(),
            employer: &found.fields.employer,
            job: &found.fields.job,
        },
        crate::ssr::locale_in(&headers),
    );
    attachment(
        "text/calendar; charset=utf-8",
        &format!("intervju-{}.ics", local.strftime("%Y%m%d")),
        body,
    )
}
