//! Reminders: the server functions of the reminders page.
use super::*;

#[cfg(feature = "ssr")]
async fn me(
    act: crate::ssr::access::Act,
) -> Result<(crate::ssr::ServerState, crate::ssr::store::UserRecord), AppError> {
    use crate::ssr::access::{authorize_own, Part};
    let (state, me) = crate::ssr::require(&[Role::Participant]).await?;
    authorize_own(&me, Part::Reminders, act, me.id)?;
    Ok((state, me))
}

/// The signed-in participant's devices and settings, and the key a browser subscribes with.
#[server(prefix = "/api", endpoint = "reminders")]
pub async fn reminders() -> Result<RemindersView, AppError> {
    use crate::reminders::server::Push;
    use crate::reminders::store::ReminderStore;
    let (state, me) = me(crate::ssr::access::Act::Read).await?;
    let store = state.store.of::<dyn ReminderStore>()?;
    let now = state.clock.now();
    let moment = |at: i64| crate::ssr::clock::moment(at, now);
    let devices = store
        .devices(me.id)
        .await?
        .into_iter()
        .map(|d| DeviceView {
            id: d.id,
            label: d.label,
            added: moment(d.created_at),
            reached: d.sent_at.and_then(moment),
        })
        .collect();
    Ok(RemindersView {
        devices,
        stopped: store.stopped(me.id).await?,
        public_key: state.store.of::<Push>()?.public_key.clone(),
    })
}

/// Adds this browser's push subscription (sent by `/push.js`) to the signed-in
/// participant's devices. Only the push services the server knows are taken.
#[server(prefix = "/api", endpoint = "add-push-device")]
pub async fn add_push_device(
    endpoint: String,
    p256dh: String,
    auth: String,
) -> Result<(), AppError> {
    use crate::error::{FieldProblem, Invalid};
    use crate::reminders::server::Push;
    use crate::reminders::store::{NewDevice, ReminderStore};
    let (state, me) = me(crate::ssr::access::Act::Change).await?;
    let mut invalid = Invalid::new();
    if !state.store.of::<Push>()?.allows(&endpoint) {
        invalid.add("endpoint", FieldProblem::UnknownOption);
    }
    if !key_of_length(&p256dh, 65) {
        invalid.add("p256dh", FieldProblem::UnknownOption);
    }
    if !key_of_length(&auth, 16) {
        invalid.add("auth", FieldProblem::UnknownOption);
    }
    invalid.into_result()?;
    // A person's own phones and computers: a few. More would only be someone making the
    // server post to many addresses.
    let store = state.store.of::<dyn ReminderStore>()?;
    let known = store.push_targets(me.id).await?;
    if known.len() >= MAX_DEVICES && !known.iter().any(|t| t.endpoint == endpoint) {
        let mut invalid = Invalid::new();
        invalid.add("endpoint", FieldProblem::TooMany);
        return Err(AppError::Invalid(invalid));
    }
    let label = use_context::<http::request::Parts>()
        .and_then(|parts| {
            let ua = parts.headers.get(http::header::USER_AGENT)?.to_str().ok()?;
            Some(device_label(ua))
        })
        .unwrap_or_default();
    let device = NewDevice {
        endpoint,
        p256dh,
        auth,
        label: label.to_string(),
    };
    let id = store.add_device(me.id, &device, state.clock.unix()).await?;
    // Reminders speak the language the person turned them on in, until they choose another.
    state
        .accounts
        .set_locale(me.id, crate::request_locale())
        .await?;
    tracing::info!(person = %me.id, device = %id, "reminders turned on for a device");
    leptos_axum::redirect("/reminders?added=1");
    Ok(())
}

/// Whether `key` is base64url (no padding) of `bytes` bytes, as browsers write a
/// subscription's keys.
#[cfg(feature = "ssr")]
fn key_of_length(key: &str, bytes: usize) -> bool {
    key.len() == (bytes * 4).div_ceil(3)
        && key
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

/// Removes one of the signed-in participant's devices: it gets no more reminders.
#[server(prefix = "/api", endpoint = "remove-push-device")]
pub async fn remove_push_device(id: DeviceId) -> Result<(), AppError> {
    use crate::reminders::store::ReminderStore;
    let (state, me) = me(crate::ssr::access::Act::Change).await?;
    if !state
        .store
        .of::<dyn ReminderStore>()?
        .remove_device(me.id, id)
        .await?
    {
        return Err(AppError::NotFound);
    }
    tracing::info!(person = %me.id, device = %id, "reminders turned off for a device");
    leptos_axum::redirect("/reminders?removed=1");
    Ok(())
}

/// Saves which kinds of reminder the signed-in participant gets: a ticked box is on.
#[server(prefix = "/api", endpoint = "save-reminders")]
pub async fn save_reminders(
    before: Option<String>,
    changes: Option<String>,
    turn: Option<String>,
    practice: Option<String>,
) -> Result<(), AppError> {
    use crate::reminders::store::ReminderStore;
    let (state, me) = me(crate::ssr::access::Act::Change).await?;
    let stopped: Vec<Setting> = [
        (Setting::Before, before),
        (Setting::Changes, changes),
        (Setting::Turn, turn),
        (Setting::Practice, practice),
    ]
    .into_iter()
    .filter(|(_, on)| on.is_none())
    .map(|(setting, _)| setting)
    .collect();
    state
        .store
        .of::<dyn ReminderStore>()?
        .set_stopped(me.id, &stopped)
        .await?;
    leptos_axum::redirect("/reminders?saved=1");
    Ok(())
}

/// Sends the signed-in participant a test reminder on each of their devices now.
#[server(prefix = "/api", endpoint = "test-reminder")]
pub async fn test_reminder() -> Result<(), AppError> {
    use crate::reminders::server::{send, test_message, Push};
    use crate::reminders::store::ReminderStore;
    let (state, me) = me(crate::ssr::access::Act::Change).await?;
    let reached = send(
        state.store.of::<dyn ReminderStore>()?.as_ref(),
        state.store.of::<Push>()?.as_ref(),
        me.id,
        &test_message(crate::request_locale()),
        state.clock.unix(),
    )
    .await?;
    leptos_axum::redirect(if reached {
        "/reminders?tested=1"
    } else {
        "/reminders?untested=1"
    });
    Ok(())
}
