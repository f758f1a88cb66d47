//! Reminders: the `reminders` screen.
use super::*;

/// `/reminders`: turn reminders on for this device, see and remove devices, choose the
/// kinds, and send a test.
#[component]
pub fn RemindersPage() -> impl IntoView {
    view! {
        <RequireRole roles=&[Role::Participant]>
            {
                let status = Resource::new(|| (), |_| reminders());
                view! {
                    <Page title=Key::RemindersTitle back="/bookings">
                        {crate::ui::query_status(&[
                            ("added", Key::RemindersAdded),
                            ("removed", Key::RemindersRemoved),
                            ("saved", Key::RemindersSaved),
                            ("tested", Key::RemindersTested),
                            ("untested", Key::RemindersUntested),
                        ])}
                        <p>{t(Key::RemindersIntro)}</p>
                        {crate::ui::loaded(status, |s| view! { <RemindersState s/> }.into_any())}
                        // Shows "turn on" where the browser can, and subscribes (plain script).
                        <script src="/push.js" defer></script>
                    </Page>
                }
            }
        </RequireRole>
    }
}

#[component]
fn RemindersState(s: RemindersView) -> impl IntoView {
    let (save, save_error) = form::<SaveReminders>();
    let (test, test_error) = form::<TestReminder>();
    let has_devices = !s.devices.is_empty();
    let devices = if has_devices {
        let items = s
            .devices
            .into_iter()
            .map(|d| {
                let name = if d.label.is_empty() {
                    t(Key::RemindersDevice).to_string()
                } else {
                    d.label.clone()
                };
                let added = d.added.map(format_moment).unwrap_or_default();
                let reached = d.reached.map(|at| {
                    view! { <p class="hint">{tf(Key::RemindersReached, &[("when", &format_moment(at))])}</p> }
                });
                view! {
                    <li class="card">
                        <p><strong>{name.clone()}</strong></p>
                        <p class="hint">{tf(Key::RemindersAddedOn, &[("when", &added)])}</p>
                        {reached}
                        <p>
                            <a class="button secondary" href=format!("/reminders/devices/{}/remove", d.id)>
                                {tf(Key::RemindersRemoveLink, &[("device", &name)])}
                            </a>
                        </p>
                    </li>
                }
            })
            .collect_view();
        view! { <ul class="cards">{items}</ul> }.into_any()
    } else {
        view! { <p>{t(Key::RemindersNoDevices)}</p> }.into_any()
    };
    let boxes = Setting::ALL
        .into_iter()
        .map(|setting| {
            let name = setting.code().to_string();
            let checked = !s.stopped.contains(&setting);
            view! {
                <div class="checkbox">
                    <input type="checkbox" id=format!("kind-{name}") name=name.clone() value="on" checked=checked/>
                    <label for=format!("kind-{name}")>{t(setting.label())}</label>
                </div>
            }
        })
        .collect_view();
    view! {
        <section aria-labelledby="this-device">
            <h2 id="this-device">{t(Key::RemindersThisDevice)}</h2>
            <div data-push=s.public_key
                data-failed=t(Key::RemindersTurnOnFailed)
                data-denied=t(Key::RemindersDenied)
                data-working=t(Key::RemindersWorking)>
                <p data-push-unsupported>{t(Key::RemindersNeedsScript)}</p>
                <p hidden data-push-supported>
                    <button type="button" class="button" data-push-on>{t(Key::RemindersTurnOn)}</button>
                </p>
                <p class="push-status" role="status" aria-live="polite"></p>
            </div>
        </section>
        <section aria-labelledby="devices">
            <h2 id="devices">{t(Key::RemindersDevices)}</h2>
            {devices}
            {has_devices.then(|| view! {
                <ErrorSummary error=test_error/>
                <ActionForm action=test attr:class="form">
                    <Submit label=Key::RemindersTestButton/>
                </ActionForm>
            })}
        </section>
        <section aria-labelledby="kinds">
            <h2 id="kinds">{t(Key::RemindersKinds)}</h2>
            <ErrorSummary error=save_error/>
            <ActionForm action=save attr:class="form">
                <fieldset class="field">
                    <legend>{t(Key::RemindersKindsLegend)}</legend>
                    {boxes}
                </fieldset>
                <p class="hint">{t(Key::RemindersPrivacy)}</p>
                <Submit label=Key::SaveButton/>
            </ActionForm>
        </section>
    }
}
