//! Autosave: with WebAssembly loaded, a CV form saves itself a moment after the person stops
//! typing, through the same server function its Save button posts to. Without it, the Save
//! button is all there is, and works the same.
//!
//! Text a save cannot send because the network is gone is kept on the device (the browser's
//! local storage, under the page's address) and sent when the connection returns, or when
//! the page is opened again; the copy is deleted once it is saved.
//!
//! This island is what every page with a script pays for, so it is kept small: it has no
//! props (props would bring a JSON parser) and no reactive state. The server renders the
//! status line with the form it serves and its texts in the page's language as
//! `data-` attributes; the island finds it and writes to it directly.
use leptos::prelude::*;

/// The status line, and the island that brings the form's autosave to life.
#[component]
pub fn AutosaveStatus(form: &'static str) -> impl IntoView {
    use crate::i18n::{t, Key};
    view! {
        <p class="autosave" role="status" data-form=form data-saved=t(Key::AutosaveSaved)
            data-pending=t(Key::AutosavePending) data-failed=t(Key::AutosaveFailed)
            data-offline=t(Key::AutosaveOffline)></p>
        <Autosave/>
    }
}

#[island]
fn Autosave() -> impl IntoView {
    #[cfg(feature = "hydrate")]
    client::attach();
}

#[cfg(feature = "hydrate")]
mod client {
    use leptos::prelude::*;
    use std::cell::Cell;
    use std::rc::Rc;
    use std::time::Duration;
    use wasm_bindgen::closure::Closure;
    use wasm_bindgen::{JsCast, JsValue};
    use wasm_bindgen_futures::JsFuture;
    use web_sys::{FormData, HtmlFormElement, HtmlInputElement, RequestInit, Response};

    /// Long enough not to post on every key, short enough that little is at risk.
    const QUIET: Duration = Duration::from_millis(1200);

    /// What autosave is doing, shared by the form's listeners.
    #[derive(Default)]
    struct State {
        /// Bumped by each edit; a save reports "saved" only if nothing was typed meanwhile.
        generation: Cell<u32>,
        timer: Cell<Option<TimeoutHandle>>,
        in_flight: Cell<bool>,
        /// Edited while a save was on its way: save again when it is back, never two at
        /// once (two saves of a new entry would add it twice).
        again: Cell<bool>,
        /// Save was pressed while an autosave was on its way: post the form once it is back
        /// (a new entry's form then carries its new index, so it is not added twice).
        submit_after: Cell<bool>,
        /// The last autosave was refused and nothing has saved since: leaving now would
        /// lose what is on screen, so the browser asks first.
        unsaved: Cell<bool>,
        /// The form is being posted by its Save button: leaving is what the person asked.
        submitting: Cell<bool>,
        /// The last save found no network: what it held is kept on the device until the
        /// browser is back online.
        offline: Cell<bool>,
    }

    /// The status line: where autosave says what it is doing, in the page's language.
    #[derive(Clone)]
    struct Status(web_sys::Element);

    impl Status {
        fn show(&self, which: &str) {
            let text = self.0.get_attribute(which).unwrap_or_default();
            self.0.set_text_content(Some(&text));
        }
    }

    pub fn attach() {
        let Some(line) = document()
            .query_selector("p.autosave[data-form]")
            .ok()
            .flatten()
        else {
            return;
        };
        let Some(form) = line
            .get_attribute("data-form")
            .and_then(|id| document().get_element_by_id(&id))
            .and_then(|el| el.dyn_into::<HtmlFormElement>().ok())
        else {
            return;
        };
        let status = Status(line);
        let online_status = status.clone();
        let state = Rc::new(State::default());
        // Typed without a network last time and not sent since: back into the form, and
        // sent now.
        if restore(&form) {
            save(form.clone(), state.clone(), status.clone());
        }
        let on_edit = {
            let form = form.clone();
            let state = state.clone();
            let status = status.clone();
            move |_: web_sys::Event| {
                state.generation.set(state.generation.get().wrapping_add(1));
                status.show("data-pending");
                if let Some(handle) = state.timer.take() {
                    handle.clear();
                }
                let form = form.clone();
                let state_for_timer = state.clone();
                let status = status.clone();
                let handle =
                    set_timeout_with_handle(move || save(form, state_for_timer, status), QUIET);
                state.timer.set(handle.ok());
            }
        };
        let on_submit = {
            let form = form.clone();
            let state = state.clone();
            move |event: web_sys::Event| {
                if let Some(handle) = state.timer.take() {
                    handle.clear();
                }
                // The browser may think it is online on a network that reaches nothing: a
                // save that found no network counts too.
                if !window().navigator().on_line() || state.offline.get() {
                    // Posting now would leave the page for an error: the text stays here
                    // and on the device, and is saved when the network is back.
                    event.prevent_default();
                    keep(&form);
                    state.unsaved.set(true);
                    state.offline.set(true);
                    status.show("data-offline");
                } else if state.in_flight.get() {
                    event.prevent_default();
                    state.submit_after.set(true);
                } else {
                    // What the form posts now is what counts: no older copy comes back.
                    forget();
                    state.submitting.set(true);
                }
            }
        };
        let on_edit = Closure::<dyn FnMut(web_sys::Event)>::new(on_edit);
        let on_submit = Closure::<dyn FnMut(web_sys::Event)>::new(on_submit);
        for event in ["input", "change"] {
            let _ = form.add_event_listener_with_callback(event, on_edit.as_ref().unchecked_ref());
        }
        let _ = form.add_event_listener_with_callback("submit", on_submit.as_ref().unchecked_ref());
        // The form lives as long as the page; so do its listeners.
        on_edit.forget();
        on_submit.forget();
        // Text that could not be saved is never dropped silently: the browser asks before
        // the page is left (the back link, another page, closing the tab).
        let on_before_unload = {
            let state = state.clone();
            Closure::<dyn FnMut(web_sys::Event)>::new(move |event: web_sys::Event| {
                if state.unsaved.get() && !state.submitting.get() {
                    event.prevent_default();
                    if let Some(event) = event.dyn_ref::<web_sys::BeforeUnloadEvent>() {
                        event.set_return_value("");
                    }
                }
            })
        };
        let _ = window().add_event_listener_with_callback(
            "beforeunload",
            on_before_unload.as_ref().unchecked_ref(),
        );
        on_before_unload.forget();
        // Back online: what was kept while offline is sent.
        let on_online = {
            let (form, state) = (form.clone(), state.clone());
            Closure::<dyn FnMut(web_sys::Event)>::new(move |_: web_sys::Event| {
                if state.offline.take() {
                    save(form.clone(), state.clone(), online_status.clone());
                }
            })
        };
        let _ =
            window().add_event_listener_with_callback("online", on_online.as_ref().unchecked_ref());
        on_online.forget();
        let on_leave = Closure::<dyn FnMut(web_sys::Event)>::new(move |_: web_sys::Event| {
            save_on_leave(&form, &state)
        });
        let _ = window()
            .add_event_listener_with_callback("pagehide", on_leave.as_ref().unchecked_ref());
        on_leave.forget();
    }

    fn save(form: HtmlFormElement, state: Rc<State>, status: Status) {
        if state.in_flight.get() {
            state.again.set(true);
            return;
        }
        let sent = state.generation.get();
        state.in_flight.set(true);
        leptos::task::spawn_local(async move {
            let outcome = post(&form).await.unwrap_or(Sent::Refused);
            state.in_flight.set(false);
            // Reached or not: what Spara does next depends on it.
            state.offline.set(outcome == Sent::Offline);
            state.unsaved.set(outcome != Sent::Saved);
            match outcome {
                Sent::Saved => {
                    forget();
                    clear_errors(&form);
                }
                Sent::Offline => keep(&form),
                Sent::Refused => {}
            }
            if outcome != Sent::Offline && state.submit_after.take() {
                state.submitting.set(true);
                let _ = form.submit();
            } else if outcome == Sent::Offline {
                // Kept on the device; sent again when the browser is back online.
                state.offline.set(true);
                state.again.set(false);
                status.show("data-offline");
            } else if state.again.take() {
                save(form, state, status);
            } else if outcome == Sent::Refused {
                // Refused (a required field still empty, a date not yet complete): the
                // Save button will say what is wrong.
                status.show("data-failed");
            } else if state.generation.get() == sent {
                status.show("data-saved");
            }
        });
    }

    /// Where this page's unsent text is kept on the device: under its address.
    fn kept_key() -> String {
        let url = document().url().unwrap_or_default();
        let page = url.split(['?', '#']).next().unwrap_or_default();
        format!("vagval:unsent:{page}")
    }

    fn storage() -> Option<web_sys::Storage> {
        window().local_storage().ok().flatten()
    }

    fn keep(form: &HtmlFormElement) {
        if let (Some(storage), Ok(body)) = (storage(), body(form)) {
            let _ = storage.set_item(&kept_key(), &String::from(body.to_string()));
        }
    }

    fn forget() {
        if let Some(storage) = storage() {
            let _ = storage.remove_item(&kept_key());
        }
    }

    /// Puts text kept on the device back into the form; whether there was any.
    fn restore(form: &HtmlFormElement) -> bool {
        let Some(kept) = storage().and_then(|s| s.get_item(&kept_key()).ok().flatten()) else {
            return false;
        };
        let Ok(values) = web_sys::UrlSearchParams::new_with_str(&kept) else {
            return false;
        };
        let value_of = |field: &web_sys::Element| values.get(&field.get_attribute("name")?);
        if let Ok(fields) = form.query_selector_all("input[name]") {
            for input in (0..fields.length())
                .filter_map(|i| fields.item(i))
                .filter_map(|node| node.dyn_into::<HtmlInputElement>().ok())
            {
                let value = value_of(&input);
                match input.get_attribute("type").as_deref() {
                    // The CV's checkboxes each have a name of their own.
                    Some("checkbox" | "radio") => {
                        input.set_checked(value == Some(input.value()));
                    }
                    _ => {
                        if let Some(value) = value {
                            input.set_value(&value);
                        }
                    }
                }
            }
        }
        // A text area not yet typed in shows its text content.
        if let Ok(areas) = form.query_selector_all("textarea[name]") {
            for area in (0..areas.length())
                .filter_map(|i| areas.item(i))
                .filter_map(|node| node.dyn_into::<web_sys::Element>().ok())
            {
                if let Some(value) = value_of(&area) {
                    area.set_text_content(Some(&value));
                }
            }
        }
        true
    }

    /// A save went through: the errors a refused submit left on the page are out of date.
    fn clear_errors(form: &HtmlFormElement) {
        let doc = document();
        if let Ok(summaries) = doc.query_selector_all(".error-summary") {
            for i in 0..summaries.length() {
                if let Some(node) = summaries.item(i) {
                    if let Some(parent) = node.parent_node() {
                        let _ = parent.remove_child(&node);
                    }
                }
            }
        }
        if let Ok(messages) = form.query_selector_all(".error-message") {
            for i in 0..messages.length() {
                if let Some(node) = messages.item(i) {
                    if let Some(parent) = node.parent_node() {
                        let _ = parent.remove_child(&node);
                    }
                }
            }
        }
        if let Ok(fields) = form.query_selector_all(".field-error, [aria-invalid]") {
            for i in 0..fields.length() {
                if let Some(el) = fields
                    .item(i)
                    .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
                {
                    let _ = el.class_list().remove_1("field-error");
                    let _ = el.remove_attribute("aria-invalid");
                }
            }
        }
        // "Fel: …" goes from the title with the last error on the page.
        let title = doc.title();
        if doc
            .query_selector(".error-summary")
            .ok()
            .flatten()
            .is_none()
        {
            if let Some((_, rest)) = title.split_once(": ") {
                if title.find(": ") < title.find(" – ") {
                    doc.set_title(rest);
                }
            }
        }
    }

    fn set_hidden(form: &HtmlFormElement, name: &str, value: &str) -> Result<(), JsValue> {
        if let Some(input) = form
            .query_selector(&format!("input[type=hidden][name={name}]"))?
            .and_then(|el| el.dyn_into::<HtmlInputElement>().ok())
        {
            input.set_value(value);
        }
        Ok(())
    }

    /// The form's fields, encoded as its Save button would post them.
    fn body(form: &HtmlFormElement) -> Result<web_sys::UrlSearchParams, JsValue> {
        let data = FormData::new_with_form(form)?;
        web_sys::UrlSearchParams::new_with_str_sequence_sequence(&data)
    }

    /// Leaving the page with edits not yet saved: send them anyway, as a beacon, which the
    /// browser delivers after the page is gone.
    fn save_on_leave(form: &HtmlFormElement, state: &State) {
        if let Some(handle) = state.timer.take() {
            handle.clear();
            // No network: the beacon will not arrive, the device keeps the text instead.
            if !window().navigator().on_line() {
                keep(form);
            }
            if let Ok(body) = body(form) {
                // A save still on its way has not told the form what it stored: this
                // one must not be taken for someone else's change and refused.
                if state.in_flight.get() {
                    body.delete("seen");
                }
                let _ = window()
                    .navigator()
                    .send_beacon_with_opt_url_search_params(&form.action(), Some(&body));
            }
        }
    }

    /// What became of a save.
    #[derive(Clone, Copy, PartialEq, Eq)]
    enum Sent {
        Saved,
        Refused,
        /// The request never reached the server: no network.
        Offline,
    }

    /// Posts the form as its Save button would, but asks for data instead of a redirect.
    /// A new entry gets its position back, which the form keeps so the next save updates it.
    async fn post(form: &HtmlFormElement) -> Result<Sent, JsValue> {
        let init = RequestInit::new();
        init.set_method("POST");
        let body = body(form)?;
        init.set_body(&body);
        let headers = web_sys::Headers::new()?;
        headers.set("Accept", "application/json")?;
        init.set_headers(&headers);
        // fetch rejects only when no answer came at all.
        let Ok(response) =
            JsFuture::from(window().fetch_with_str_and_init(&form.action(), &init)).await
        else {
            return Ok(Sent::Offline);
        };
        let response: Response = response.dyn_into()?;
        if !response.ok() {
            return Ok(Sent::Refused);
        }
        // What was just saved, so the next save is not taken for someone else's.
        if let Some(seen) = response.headers().get(super::super::api::SEEN_HEADER)? {
            set_hidden(form, "seen", &seen)?;
        }
        let text = JsFuture::from(response.text()?)
            .await?
            .as_string()
            .unwrap_or_default();
        if let Ok(index) = text.trim().parse::<usize>() {
            set_hidden(form, "index", &index.to_string())?;
        }
        // The entry's headline as saved: the server checks it on the next save, so an
        // entry moved or removed meanwhile (another tab) is never overwritten.
        let headline = form
            .query_selector("input[type=hidden][name=expect]")?
            .and_then(|el| el.get_attribute("data-field"))
            .map(|field| form.query_selector(&format!("input[name={field}]")))
            .transpose()?
            .flatten()
            .and_then(|el| el.dyn_into::<HtmlInputElement>().ok());
        if let Some(input) = headline {
            set_hidden(form, "expect", input.value().trim())?;
        }
        Ok(Sent::Saved)
    }
}
