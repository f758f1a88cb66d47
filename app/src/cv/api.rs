//! The CV's server functions. Every one starts at `require` and then asks
//! `ssr::access::authorize` whether the caller may read or change that CV; someone else's
//! CV answers "not found", the same as one that does not exist, so ids reveal nothing. CV
//! contents are never logged.

use super::model::{Cv, CvProblem, CvProblemKind};
#[cfg(feature = "ssr")]
use crate::cv::store::CvStore;
use crate::error::{AppError, FieldProblem, Invalid};
pub use crate::ids::CvId;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CvSummary {
    pub id: CvId,
    pub title: String,
    pub is_main: bool,
    pub filled: usize,
    pub sections: usize,
}

/// The part of a CV one form edits. A form carries the part's fingerprint as it was drawn
/// (`seen`); a save that finds the part changed since by someone else (another tab,
/// another device) and would change it again is refused with the typed text kept, rather
/// than silently overwriting either side.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CvPart {
    Contact,
    Profile,
    Settings,
    Entry(super::entries::ListSection, usize),
}

impl CvPart {
    /// A short fingerprint of the part as it is in `cv`; `None` for an entry not there.
    pub fn fingerprint(self, cv: &Cv) -> Option<String> {
        let fields: Vec<String> = match self {
            CvPart::Contact => {
                let c = &cv.contact;
                vec![
                    c.name.clone(),
                    c.phone.clone(),
                    c.email.clone(),
                    c.town.clone(),
                ]
            }
            CvPart::Profile => vec![cv.profile.clone()],
            CvPart::Settings => vec![cv.title.clone(), format!("{:?}", cv.language)],
            CvPart::Entry(section, index) if index < section.len(cv) => section
                .values(cv, Some(index))
                .into_iter()
                .map(|(_, value)| value)
                .collect(),
            CvPart::Entry(..) => return None,
        };
        // FNV-1a: it tells versions apart; nothing depends on it being hard to forge.
        let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
        for byte in fields.join("\u{1f}").bytes() {
            hash ^= u64::from(byte);
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
        Some(format!("{hash:016x}"))
    }
}

/// The response header that tells autosave the fingerprint of what it just saved.
pub const SEEN_HEADER: &str = "x-vagval-seen";

impl From<CvProblemKind> for FieldProblem {
    fn from(kind: CvProblemKind) -> Self {
        match kind {
            CvProblemKind::TooLong => FieldProblem::TooLong,
            CvProblemKind::TooMany => FieldProblem::TooMany,
            CvProblemKind::Required => FieldProblem::Required,
            CvProblemKind::EndBeforeStart => FieldProblem::EndBeforeStart,
            CvProblemKind::EndWhileOngoing => FieldProblem::EndWhileOngoing,
            CvProblemKind::UnknownLicenceClass => FieldProblem::UnknownOption,
            CvProblemKind::BadEmail => FieldProblem::BadEmail,
        }
    }
}

/// The answer to a save of a part someone else changed since its form was drawn: the
/// message on `field`, and everything typed kept for the redisplay.
pub fn edited_elsewhere(field: &str, typed: &[(&str, &str)]) -> AppError {
    let mut invalid = Invalid::new();
    invalid.add(field, FieldProblem::EditedElsewhere);
    AppError::Invalid(typed.iter().fold(invalid, |inv, (k, v)| inv.keep(k, v)))
}

/// Turns the model's problems into a form's field errors: `contact.email` on the contact
/// form is its field `email`. The typed values come back with them.
pub fn form_errors(problems: Vec<CvProblem>, prefix: &str, values: &[(&str, &str)]) -> AppError {
    let mut invalid = Invalid::new();
    for p in problems {
        let field = p.path.strip_prefix(prefix).unwrap_or(&p.path);
        invalid.add(field, p.kind.into());
    }
    let invalid = values.iter().fold(invalid, |inv, (k, v)| inv.keep(k, v));
    AppError::Invalid(invalid)
}

#[cfg(feature = "ssr")]
pub(crate) mod server {
    use super::*;
    use crate::auth::Role;
    use crate::cv::entries::{form_field, ListSection};
    pub use crate::ssr::access::Act;
    use crate::ssr::access::{authorize_own, Part};
    use crate::ssr::store::UserRecord;

    use crate::cv::store::{CvRecord, CvUpdate, DraftClaim};
    use crate::ssr::{internal, require, ServerState};

    pub fn section(slug: &str) -> Result<ListSection, AppError> {
        ListSection::from_slug(slug).ok_or(AppError::NotFound)
    }

    /// The entry an earlier save of the draft `token` became (`None`: this save is the
    /// first, and holds the draft until it is kept or released). While the first save of
    /// it is under way, on this instance or another, waits for it, briefly.
    pub async fn draft_entry(
        cvs: &dyn CvStore,
        id: CvId,
        token: &str,
        clock: &crate::ssr::clock::Clock,
    ) -> Result<Option<(usize, String)>, AppError> {
        for _ in 0..100 {
            match cvs.claim_draft(id, token, clock.unix()).await? {
                DraftClaim::First => return Ok(None),
                DraftClaim::Saved(at, headline) => return Ok(Some((at, headline))),
                DraftClaim::Busy => tokio::time::sleep(std::time::Duration::from_millis(30)).await,
            }
        }
        Err(AppError::Conflict)
    }

    /// The field errors for an entry form, with everything typed kept for the redisplay,
    /// including which entry the form is about (`index`, "new" for one not yet saved).
    pub fn entry_errors(
        section: ListSection,
        index: usize,
        problems: Vec<(String, FieldProblem)>,
        fields: &BTreeMap<String, String>,
        kept_index: &str,
    ) -> AppError {
        let first = section.fields()[0].name;
        let mut invalid = Invalid::new();
        for (path, problem) in problems {
            let field = form_field(section, index, &path).unwrap_or_else(|| first.to_string());
            if invalid.errors.iter().all(|e| e.field != field) {
                invalid.add(&field, problem);
            }
        }
        let invalid = section.fields().iter().fold(invalid, |inv, f| {
            inv.keep(f.name, fields.get(f.name).map(String::as_str).unwrap_or(""))
        });
        let invalid = invalid.keep(
            "draft",
            fields.get("draft").map(String::as_str).unwrap_or(""),
        );
        let expect = if kept_index == "new" {
            ""
        } else {
            fields.get("expect").map(String::as_str).unwrap_or("")
        };
        AppError::Invalid(invalid.keep("index", kept_index).keep("expect", expect))
    }

    /// Checks that entry `index` is still the one the page showed (its headline), so a
    /// second tap or another tab never moves, removes or overwrites a different entry.
    pub fn still_there(cv: &Cv, section: ListSection, index: usize, expect: &str) -> bool {
        section
            .summaries(cv)
            .get(index)
            .is_some_and(|(headline, _)| headline.trim() == expect.trim())
    }

    pub async fn participant() -> Result<(ServerState, UserRecord), AppError> {
        require(&[Role::Participant]).await
    }

    /// CV `id`, if the caller may `act` on it, parsed.
    pub async fn open(
        state: &ServerState,
        user: &UserRecord,
        id: CvId,
        act: Act,
    ) -> Result<(CvRecord, Cv), AppError> {
        let record = state
            .store
            .of::<dyn CvStore>()?
            .find_cv(id)
            .await?
            .ok_or(AppError::NotFound)?;
        authorize_own(user, Part::Cv, act, record.owner_id)?;
        let cv = serde_json::from_str(&record.document).map_err(crate::ssr::internal)?;
        Ok((record, cv))
    }

    /// A copy's title: "Kopia av …" would be in one interface language only, so a copy
    /// gets a number instead ("Lager 2", then "Lager 3").
    pub fn copy_title(title: &str) -> String {
        let title = title.trim();
        let (base, n) = match title.rsplit_once(' ') {
            Some((base, n)) if n.parse::<u32>().is_ok_and(|n| n < 99) => {
                (base, n.parse::<u32>().unwrap_or(1) + 1)
            }
            _ if title.is_empty() => return String::new(),
            _ => (title, 2),
        };
        // Room for the number within the title's limit, counted in characters.
        let room = crate::cv::model::limits::SHORT.saturating_sub(3);
        let base: String = base.chars().take(room).collect();
        format!("{} {n}", base.trim_end())
    }

    /// How often a change is applied again to a newer document before giving up.
    const ATTEMPTS: usize = 5;

    /// The read-change-write every CV form does: the caller's own CV `id`, changed by
    /// `change`, stored only if `change` accepts it and only if nobody saved in between
    /// (compare-and-set on the revision). When someone did (autosave, the leave-page beacon,
    /// another tab), the change is applied again to the newer document, so saves of
    /// different sections both survive and a moved or removed entry is noticed by the
    /// change's own checks. `Ok(None)` from `change` means "nothing to store".
    pub async fn edit<T>(
        who: &(ServerState, UserRecord),
        id: CvId,
        change: impl FnMut(&mut Cv) -> Result<Option<T>, AppError>,
    ) -> Result<Option<T>, AppError> {
        Ok(edit_part(who, id, None, change).await?.map(|(out, _)| out))
    }

    /// The form's part and the fingerprint it was drawn with, and the error that says
    /// someone else changed that part since (keeping what was typed).
    pub struct Guard<'a> {
        pub part: CvPart,
        pub seen: &'a str,
        pub conflict: &'a (dyn Fn() -> AppError + Sync),
    }

    /// [`edit`], refusing a change to a part that someone else changed since its form was
    /// drawn (see [`CvPart`]); returns the CV as stored too.
    pub async fn edit_part<T>(
        (state, user): &(ServerState, UserRecord),
        id: CvId,
        guard: Option<Guard<'_>>,
        mut change: impl FnMut(&mut Cv) -> Result<Option<T>, AppError>,
    ) -> Result<Option<(T, Cv)>, AppError> {
        // An old form, or a test, may post no fingerprint: nothing to compare then.
        let guard = guard.filter(|g| !g.seen.is_empty());
        for _ in 0..ATTEMPTS {
            let (record, mut cv) = open(state, user, id, Act::Change).await?;
            let before = guard.as_ref().map(|g| g.part.fingerprint(&cv));
            // Someone else changed this part since the form was drawn. That is said
            // first, before any other refusal: the form drawn after a refusal carries the
            // newest fingerprint, so a later save would otherwise overwrite their change.
            let changed_since = match (&guard, &before) {
                (Some(guard), Some(before)) => before.as_deref() != Some(guard.seen),
                _ => false,
            };
            let conflict = || {
                tracing::info!(user = %user.id, cv = %id, "CV save refused: edited elsewhere meanwhile");
                guard
                    .as_ref()
                    .map(|g| (g.conflict)())
                    .unwrap_or(AppError::Conflict)
            };
            let out = match change(&mut cv) {
                Ok(Some(out)) => out,
                Ok(None) => return Ok(None),
                Err(_) if changed_since => return Err(conflict()),
                Err(refused) => return Err(refused),
            };
            // Controls and bidi overrides never reach the store; what cleaning empties
            // (a field of only such characters) is checked again.
            cv.clean();
            if let Err(problems) = cv.check() {
                return Err(if changed_since {
                    conflict()
                } else {
                    form_errors(problems, "", &[])
                });
            }
            // Typing exactly what is stored now is no conflict.
            if changed_since && guard.as_ref().map(|g| g.part.fingerprint(&cv)) != before {
                return Err(conflict());
            }
            let document = serde_json::to_string(&cv).map_err(crate::ssr::internal)?;
            match state
                .store
                .of::<dyn CvStore>()?
                .update_cv(id, user.id, record.revision, &document, state.clock.unix())
                .await?
            {
                CvUpdate::Saved(_) => return Ok(Some((out, cv))),
                CvUpdate::Stale => continue,
                CvUpdate::NotFound => return Err(AppError::NotFound),
            }
        }
        tracing::warn!(user = %user.id, cv = %id, "CV save lost the race too often");
        Err(AppError::Conflict)
    }

    /// Tells autosave the fingerprint of the part it just saved, for its next save.
    pub fn tell_seen(part: CvPart, cv: &Cv) {
        if let (Some(response), Some(seen)) = (
            use_context::<leptos_axum::ResponseOptions>(),
            part.fingerprint(cv),
        ) {
            if let Ok(value) = http::HeaderValue::from_str(&seen) {
                response.insert_header(http::HeaderName::from_static(SEEN_HEADER), value);
            }
        }
    }

    /// [`edit_part`] for changes that always store something; tells autosave what it
    /// saved.
    pub async fn edit_part_always(
        who: &(ServerState, UserRecord),
        id: CvId,
        part: CvPart,
        seen: Option<&str>,
        conflict: &(dyn Fn() -> AppError + Sync),
        mut change: impl FnMut(&mut Cv) -> Result<(), AppError>,
    ) -> Result<(), AppError> {
        let guard = seen.map(|seen| Guard {
            part,
            seen,
            conflict,
        });
        let (_, cv) = edit_part(who, id, guard, |cv| change(cv).map(Some))
            .await?
            .ok_or(AppError::Internal)?;
        tell_seen(part, &cv);
        Ok(())
    }

    /// [`edit`] for changes that always store something.
    pub async fn edit_always<T>(
        who: &(ServerState, UserRecord),
        id: CvId,
        mut change: impl FnMut(&mut Cv) -> Result<T, AppError>,
    ) -> Result<T, AppError> {
        edit(who, id, |cv| change(cv).map(Some))
            .await?
            .ok_or(AppError::Internal)
    }

    /// A new CV for the caller, within the version limit (counted by the store, in the
    /// same transaction as the insert).
    pub async fn create(
        state: &ServerState,
        user: &UserRecord,
        cv: &Cv,
    ) -> Result<Option<CvId>, AppError> {
        let document = serde_json::to_string(cv).map_err(crate::ssr::internal)?;
        state
            .store
            .of::<dyn CvStore>()?
            .create_cv(
                user.id,
                &document,
                state.clock.unix(),
                crate::cv::model::limits::VERSIONS,
            )
            .await
            .map_err(internal)
    }

    pub fn too_many_versions() -> AppError {
        let mut invalid = Invalid::new();
        invalid.add("cv", FieldProblem::TooMany);
        AppError::Invalid(invalid)
    }
}

#[server(prefix = "/api", endpoint = "my-cvs")]
pub async fn my_cvs() -> Result<Vec<CvSummary>, AppError> {
    let (state, user) = server::participant().await?;
    let records = state.store.of::<dyn CvStore>()?.list_cvs(user.id).await?;
    records
        .into_iter()
        .map(|r| {
            let cv: Cv = serde_json::from_str(&r.document).map_err(crate::ssr::internal)?;
            let (filled, sections) = cv.sections_filled();
            Ok(CvSummary {
                id: r.id,
                title: cv.title,
                is_main: r.is_main,
                filled,
                sections,
            })
        })
        .collect()
}

/// Starts a new, empty CV and returns its id (the first becomes the main CV).
#[server(prefix = "/api", endpoint = "start-cv")]
pub async fn start_cv() -> Result<CvId, AppError> {
    let (state, user) = server::participant().await?;
    let id = server::create(&state, &user, &Cv::default())
        .await?
        .ok_or_else(server::too_many_versions)?;
    leptos_axum::redirect(&format!("/cv/{id}"));
    Ok(id)
}

/// One of the caller's CVs, as its screens need it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OpenedCv {
    pub id: CvId,
    pub is_main: bool,
    pub cv: Cv,
}

#[server(prefix = "/api", endpoint = "open-cv")]
pub async fn open_cv(id: CvId) -> Result<OpenedCv, AppError> {
    let (state, user) = server::participant().await?;
    let (record, cv) = server::open(&state, &user, id, server::Act::Read).await?;
    Ok(OpenedCv {
        id,
        is_main: record.is_main,
        cv,
    })
}

#[server(prefix = "/api", endpoint = "save-cv-contact")]
pub async fn save_contact(
    id: CvId,
    name: String,
    phone: String,
    email: String,
    town: String,
    seen: Option<String>,
) -> Result<(), AppError> {
    let typed = [
        ("name", name.as_str()),
        ("phone", phone.as_str()),
        ("email", email.as_str()),
        ("town", town.as_str()),
    ];
    let conflict = || edited_elsewhere("name", &typed);
    server::edit_part_always(
        &server::participant().await?,
        id,
        CvPart::Contact,
        seen.as_deref(),
        &conflict,
        |cv| {
            cv.contact.name = name.trim().to_string();
            cv.contact.phone = phone.trim().to_string();
            cv.contact.email = email.trim().to_string();
            cv.contact.town = town.trim().to_string();
            cv.check().map_err(|p| form_errors(p, "contact.", &typed))?;
            Ok(())
        },
    )
    .await?;
    leptos_axum::redirect(&format!("/cv/{id}"));
    Ok(())
}

#[server(prefix = "/api", endpoint = "save-cv-profile")]
pub async fn save_profile(id: CvId, profile: String, seen: Option<String>) -> Result<(), AppError> {
    let typed = [("profile", profile.as_str())];
    let conflict = || edited_elsewhere("profile", &typed);
    server::edit_part_always(
        &server::participant().await?,
        id,
        CvPart::Profile,
        seen.as_deref(),
        &conflict,
        |cv| {
            cv.profile = profile.trim().to_string();
            cv.check().map_err(|p| form_errors(p, "", &typed))?;
            Ok(())
        },
    )
    .await?;
    leptos_axum::redirect(&format!("/cv/{id}"));
    Ok(())
}

/// Saves one entry of a list section (`index` "new" adds one) and returns its position.
/// Called by the entry form, and by autosave while someone types.
#[server(prefix = "/api", endpoint = "save-cv-entry")]
pub async fn save_entry(
    id: CvId,
    section: String,
    index: String,
    #[server(flatten)] fields: BTreeMap<String, String>,
) -> Result<usize, AppError> {
    // A new entry saved before (same draft token): update it, never add it twice.
    let draft = fields
        .get("draft")
        .filter(|d| index == "new" && !d.is_empty())
        .cloned();
    let who = server::participant().await?;
    let cvs = who.0.store.of::<dyn CvStore>()?;
    let earlier = match &draft {
        Some(token) => server::draft_entry(&*cvs, id, token, &who.0.clock).await?,
        None => None,
    };
    let (index, expect) = match &earlier {
        Some((at, headline)) => (at.to_string(), headline.clone()),
        None => (index, fields.get("expect").cloned().unwrap_or_default()),
    };
    let list = server::section(&section)?;
    let seen = fields.get("seen").map(String::as_str).unwrap_or_default();
    let conflict = || {
        server::entry_errors(
            list,
            index.parse().unwrap_or(usize::MAX),
            vec![(String::new(), FieldProblem::EditedElsewhere)],
            &fields,
            &index,
        )
    };
    // A new entry has nothing to compare; a second save of one (its draft) is the
    // same person's.
    let guard = index
        .parse::<usize>()
        .ok()
        .filter(|_| earlier.is_none())
        .map(|at| server::Guard {
            part: CvPart::Entry(list, at),
            seen,
            conflict: &conflict,
        });
    let result = server::edit_part(&who, id, guard, |cv| {
        let section = list;
        let typed_index = &index;
        let index = typed_index.parse::<usize>().ok();
        let expect = expect.as_str();
        if index.is_some_and(|i| !server::still_there(cv, section, i, expect)) {
            // Keep what was typed; saving again adds it as a new entry.
            return Err(server::entry_errors(
                section,
                usize::MAX,
                vec![(String::new(), FieldProblem::Changed)],
                &fields,
                "new",
            ));
        }
        if index.is_none() && section.len(cv) >= section.max() {
            return Err(server::entry_errors(
                section,
                usize::MAX,
                vec![(String::new(), FieldProblem::TooMany)],
                &fields,
                typed_index,
            ));
        }
        let at = section.apply(cv, index, &fields).map_err(|bad| {
            let problems = bad
                .into_iter()
                .map(|b| {
                    (
                        format!("{}.{}.{}", section.slug(), index.unwrap_or(usize::MAX), b.0),
                        FieldProblem::BadDate,
                    )
                })
                .collect();
            server::entry_errors(
                section,
                index.unwrap_or(usize::MAX),
                problems,
                &fields,
                typed_index,
            )
        })?;
        cv.check().map_err(|problems| {
            let problems = problems
                .into_iter()
                .map(|p| (p.path, p.kind.into()))
                .collect();
            server::entry_errors(section, at, problems, &fields, typed_index)
        })?;
        let headline = section
            .summaries(cv)
            .get(at)
            .map(|(h, _)| h.trim().to_string())
            .unwrap_or_default();
        Ok(Some((section, at, headline)))
    })
    .await
    .and_then(|saved| saved.ok_or(AppError::Internal));
    if let Some(token) = &draft {
        let now = who.0.clock.unix();
        match &result {
            Ok(((_, at, headline), _)) => cvs.keep_draft(id, token, *at, headline, now).await?,
            // The entry this draft became was moved or removed: the next save adds it
            // anew, as the message says.
            Err(AppError::Invalid(invalid))
                if invalid
                    .errors
                    .iter()
                    .any(|e| e.problem == FieldProblem::Changed) =>
            {
                cvs.release_draft(id, token).await?
            }
            // A first save that stored nothing: the next one adds the entry.
            Err(_) if earlier.is_none() => cvs.release_draft(id, token).await?,
            Err(_) => {}
        }
    }
    let ((section, at, _), cv) = result?;
    server::tell_seen(CvPart::Entry(section, at), &cv);
    leptos_axum::redirect(&format!("/cv/{id}/{}", section.slug()));
    Ok(at)
}

/// Moves an entry one step up or down: the reordering that works without JavaScript.
#[server(prefix = "/api", endpoint = "move-cv-entry")]
pub async fn move_entry(
    id: CvId,
    section: String,
    index: usize,
    expect: String,
    direction: String,
) -> Result<(), AppError> {
    let section = server::section(&section)?;
    let up = direction == "up";
    // An entry already at the end stays put, and the CV's change time with it.
    let moved = server::edit(&server::participant().await?, id, |cv| {
        if !server::still_there(cv, section, index, &expect) {
            return Err(AppError::Conflict);
        }
        Ok(section.move_entry(cv, index, up).then_some(()))
    })
    .await?;
    let at = match moved {
        Some(()) if up => index - 1,
        Some(()) => index + 1,
        None => index,
    };
    // Back to the entry where it now is, so the person sees it moved.
    leptos_axum::redirect(&format!("/cv/{id}/{}#entry-{at}", section.slug()));
    Ok(())
}

#[server(prefix = "/api", endpoint = "remove-cv-entry")]
pub async fn remove_entry(
    id: CvId,
    section: String,
    index: usize,
    expect: String,
) -> Result<(), AppError> {
    let section = server::edit_always(&server::participant().await?, id, |cv| {
        let section = server::section(&section)?;
        if !server::still_there(cv, section, index, &expect) {
            return Err(AppError::Conflict);
        }
        if !section.remove(cv, index) {
            return Err(AppError::NotFound);
        }
        Ok(section)
    })
    .await?;
    leptos_axum::redirect(&format!("/cv/{id}/{}", section.slug()));
    Ok(())
}

/// "References available on request", the checkbox on the references screen.
#[server(prefix = "/api", endpoint = "save-cv-on-request")]
pub async fn save_on_request(id: CvId, on_request: Option<String>) -> Result<(), AppError> {
    server::edit_always(&server::participant().await?, id, |cv| {
        cv.references_on_request = on_request.as_deref().is_some_and(|v| !v.is_empty());
        Ok(())
    })
    .await?;
    leptos_axum::redirect(&format!("/cv/{id}/references"));
    Ok(())
}

/// Driving licence classes: one checkbox per class, named `class-B` and so on.
#[server(prefix = "/api", endpoint = "save-cv-licences")]
pub async fn save_licences(
    id: CvId,
    #[server(flatten)] classes: BTreeMap<String, String>,
) -> Result<(), AppError> {
    server::edit_always(&server::participant().await?, id, |cv| {
        // Kept in the official order, whatever order the form sent.
        cv.licences = super::model::LICENCE_CLASSES
            .iter()
            .filter(|c| classes.contains_key(&format!("class-{c}")))
            .map(|c| c.to_string())
            .collect();
        Ok(())
    })
    .await?;
    leptos_axum::redirect(&format!("/cv/{id}"));
    Ok(())
}

/// The CV's name (for telling versions apart) and the language it is written in.
#[server(prefix = "/api", endpoint = "save-cv-settings")]
pub async fn save_settings(
    id: CvId,
    title: String,
    language: String,
    seen: Option<String>,
) -> Result<(), AppError> {
    let typed = [("title", title.as_str()), ("language", language.as_str())];
    let conflict = || edited_elsewhere("title", &typed);
    server::edit_part_always(
        &server::participant().await?,
        id,
        CvPart::Settings,
        seen.as_deref(),
        &conflict,
        |cv| {
            cv.title = title.trim().to_string();
            cv.language = match language.as_str() {
                "sv" => super::model::CvLanguage::Sv,
                "en" => super::model::CvLanguage::En,
                _ => {
                    let mut invalid = Invalid::new();
                    invalid.add("language", FieldProblem::UnknownOption);
                    return Err(AppError::Invalid(invalid.keep("title", &title)));
                }
            };
            cv.check().map_err(|p| form_errors(p, "", &typed))?;
            Ok(())
        },
    )
    .await?;
    leptos_axum::redirect(&format!("/cv/{id}"));
    Ok(())
}

/// Copies a CV into a new version ("CV for kitchen jobs" from "CV for warehouse jobs").
#[server(prefix = "/api", endpoint = "copy-cv")]
pub async fn copy_cv(id: CvId) -> Result<CvId, AppError> {
    let (state, user) = server::participant().await?;
    let (_, mut cv) = server::open(&state, &user, id, server::Act::Read).await?;
    // An unnamed CV's copy gets a name to tell it apart: "Mitt CV 2".
    if cv.title.trim().is_empty() {
        cv.title = crate::i18n::Key::CvUntitled
            .get(crate::request_locale())
            .to_string();
    }
    cv.title = server::copy_title(&cv.title);
    let copy = server::create(&state, &user, &cv)
        .await?
        .ok_or_else(server::too_many_versions)?;
    // A fixed word: the settings page then says the copy is made.
    leptos_axum::redirect(&format!("/cv/{copy}/settings?copied"));
    Ok(copy)
}

#[server(prefix = "/api", endpoint = "make-main-cv")]
pub async fn make_main(id: CvId) -> Result<(), AppError> {
    let (state, user) = server::participant().await?;
    let (record, _) = server::open(&state, &user, id, server::Act::Change).await?;
    if !state
        .store
        .of::<dyn CvStore>()?
        .set_main_cv(id, record.owner_id)
        .await?
    {
        return Err(AppError::NotFound);
    }
    leptos_axum::redirect("/cv");
    Ok(())
}

#[server(prefix = "/api", endpoint = "delete-cv")]
pub async fn delete_cv(id: CvId) -> Result<(), AppError> {
    let (state, user) = server::participant().await?;
    let (record, _) = server::open(&state, &user, id, server::Act::Change).await?;
    if !state
        .store
        .of::<dyn CvStore>()?
        .delete_cv(id, record.owner_id, state.clock.unix())
        .await?
    {
        return Err(AppError::NotFound);
    }
    tracing::info!(user = %user.id, cv = %id, "CV deleted");
    leptos_axum::redirect("/cv");
    Ok(())
}

/// What an import left out or cut, shown once on the page after it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ImportSummary {
    pub cv: CvId,
    /// Fields Vägval has no place for (paths), at most [`ImportSummary::SHOWN`].
    pub skipped: Vec<String>,
    /// Fields cut to the forms' limits: the path and what was cut.
    pub cut: Vec<(String, FieldProblem)>,
    /// Entries not listed beyond the shown ones.
    pub more: usize,
}

impl ImportSummary {
    pub const SHOWN: usize = 30;

    pub fn new(cv: CvId, skipped: &[String], cut: &[super::model::CvProblem]) -> ImportSummary {
        // JSON keys can be any length and hold anything: list short, clean paths only.
        let fine = |p: &&String| p.chars().count() <= 80 && crate::text::is_clean_line(p);
        let shown_skipped: Vec<String> = skipped
            .iter()
            .filter(fine)
            .take(Self::SHOWN)
            .cloned()
            .collect();
        let shown_cut: Vec<(String, FieldProblem)> = cut
            .iter()
            .take(Self::SHOWN)
            .map(|p| (p.path.clone(), p.kind.into()))
            .collect();
        ImportSummary {
            cv,
            more: skipped.len() + cut.len() - shown_skipped.len() - shown_cut.len(),
            skipped: shown_skipped,
            cut: shown_cut,
        }
    }
}

#[cfg(feature = "ssr")]
const IMPORT_REPORT_KEY: &str = "import_report";

/// The report of the caller's last import, if it was of this CV.
#[server(prefix = "/api", endpoint = "import-report")]
pub async fn import_report(id: CvId) -> Result<Option<ImportSummary>, AppError> {
    use crate::ssr::{session, state};
    // The session first: see `fetch_issued_invitation`.
    let session = session().await?;
    let state = state()?;
    let user = crate::ssr::require_in(&state, &session, &[crate::auth::Role::Participant]).await?;
    // Only the owner's CV has a report; anyone else's is "not found" like the rest.
    server::open(&state, &user, id, server::Act::Read).await?;
    Ok(session
        .get::<ImportSummary>(IMPORT_REPORT_KEY)
        .await
        .map_err(crate::ssr::internal)?
        .filter(|r| r.cv == id))
}

/// The kept value of a refused import that lists its problems by field (JSON).
pub const IMPORT_DETAILS: &str = "file-problems";

/// The largest JSON Resume file taken in; below the server's request limit, so that a
/// too-large file gets this form's own message.
pub const IMPORT_MAX_BYTES: usize = 60 * 1024;

/// Reads a JSON Resume file into a new CV. A file that cannot be read changes nothing.
#[server(prefix = "/api", endpoint = "import-cv", input = leptos::server_fn::codec::MultipartFormData)]
pub async fn import_cv(data: leptos::server_fn::codec::MultipartData) -> Result<CvId, AppError> {
    use super::json_resume::{import, ImportError};
    use crate::ssr::internal;
    let (state, user) = server::participant().await?;
    let refuse = |problem| {
        let mut invalid = Invalid::new();
        invalid.add("file", problem);
        AppError::Invalid(invalid)
    };
    let mut data = data
        .into_inner()
        .ok_or_else(|| internal("no multipart body"))?;
    let mut bytes = Vec::new();
    while let Some(mut field) = data
        .next_field()
        .await
        .map_err(|_| refuse(FieldProblem::BadFile))?
    {
        if field.name() != Some("file") {
            continue;
        }
        while let Some(chunk) = field
            .chunk()
            .await
            .map_err(|_| refuse(FieldProblem::BadFile))?
        {
            bytes.extend_from_slice(&chunk);
            if bytes.len() > IMPORT_MAX_BYTES {
                return Err(refuse(FieldProblem::FileTooLarge));
            }
        }
    }
    if bytes.is_empty() {
        return Err(refuse(FieldProblem::Required));
    }
    let text = String::from_utf8(bytes).map_err(|_| refuse(FieldProblem::BadFile))?;
    let imported = import(&text).map_err(|e| {
        // The reason, never the contents.
        tracing::info!(user = %user.id, reason = ?e, "JSON Resume import refused");
        // Said by field, as the file names it, so the person can mend the file.
        let details: Vec<(String, FieldProblem)> = match e {
            ImportError::Limits(problems) => problems
                .into_iter()
                .map(|p| (super::json_resume::resume_path(&p.path), p.kind.into()))
                .collect(),
            ImportError::BadDate { path } => vec![(path, FieldProblem::BadDate)],
            ImportError::WrongType { path } => vec![(path, FieldProblem::WrongKind)],
            ImportError::Malformed | ImportError::NotAResume => Vec::new(),
        };
        if details.is_empty() {
            return refuse(FieldProblem::BadFile);
        }
        let details: Vec<_> = details.into_iter().take(20).collect();
        let mut invalid = Invalid::new();
        invalid.add("file", FieldProblem::FileBreaksRules);
        AppError::Invalid(invalid.keep(
            IMPORT_DETAILS,
            &serde_json::to_string(&details).unwrap_or_default(),
        ))
    })?;
    let id = server::create(&state, &user, &imported.cv)
        .await?
        .ok_or_else(|| refuse(FieldProblem::TooMany))?;
    // The report stays on the server (the session), so no link can put words on
    // this page and the redirect stays short: field paths only, never values.
    let report = ImportSummary::new(id, &imported.unmodelled, &imported.cut);
    crate::ssr::session()
        .await?
        .insert(IMPORT_REPORT_KEY, report)
        .await
        .map_err(crate::ssr::internal)?;
    leptos_axum::redirect(&format!("/cv/{id}/imported"));
    Ok(id)
}

#[cfg(all(test, feature = "ssr"))]
mod tests {
    use super::server::copy_title;
    use crate::cv::model::limits::SHORT;

    #[test]
    fn copies_are_numbered_and_stay_within_the_title_limit() {
        assert_eq!(copy_title("Lager"), "Lager 2");
        assert_eq!(copy_title("Lager 2"), "Lager 3");
        assert_eq!(copy_title("Kök 2026"), "Kök 2026 2");
        assert_eq!(copy_title(""), "");
        let long = "ع".repeat(SHORT);
        let copy = copy_title(&long);
        assert!(copy.chars().count() <= SHORT, "{}", copy.chars().count());
        assert!(copy.ends_with(" 2"));
    }
}
