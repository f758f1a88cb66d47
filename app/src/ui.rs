//! Building blocks every page uses, so that each form gets the same accessible pattern:
//! labels above fields, hints, an error summary that links to each field, and values kept.
use crate::error::AppError;
use crate::i18n::{t, Key};
use leptos::prelude::*;
use leptos_meta::Title;

pub type FormError = Signal<Option<AppError>>;

/// A server action for a form. Without JavaScript, a refused form's error comes back with
/// the next page (see `FormFlash`), and the action starts out holding it.
pub fn form_action<I>() -> ServerAction<I>
where
    I: leptos::server_fn::ServerFn<Error = AppError> + Clone + Send + Sync + 'static,
    I::Output: Clone + Send + Sync + 'static,
{
    ServerAction::<I>::new()
}

/// A form screen's action and its error, the pair every form starts from.
pub fn form<I>() -> (ServerAction<I>, FormError)
where
    I: leptos::server_fn::ServerFn<Error = AppError> + Clone + Send + Sync + 'static,
    I::Output: Clone + Send + Sync + 'static,
{
    let action = form_action::<I>();
    (action, action_error(action))
}

/// The error of a server action's last call, whether it arrived by fetch or, without
/// JavaScript, with the page after the redirect.
pub fn action_error<I, O>(action: ServerAction<I>) -> FormError
where
    I: leptos::server_fn::ServerFn<Output = O, Error = AppError> + Clone + Send + Sync + 'static,
    O: Clone + Send + Sync + 'static,
{
    Signal::derive(move || action.value().get().and_then(|r| r.err()))
}

/// A page: its title (prefixed "Fel:" while a form on it has an error), one `h1`, the way
/// back (`back`, where the page has one) and the content. `main` is the skip link's target.
#[component]
pub fn Page(
    title: Key,
    #[prop(optional, into)] error: Option<FormError>,
    #[prop(optional, into)] back: Option<String>,
    children: Children,
) -> impl IntoView {
    // leptos_meta renders the title after the page, outside this page's reactive owner
    // (and, on a busy server, while another request's owner is current on the thread).
    // So the title is a finished string, never a closure that reads context or signals:
    // a closure here gave other sessions' languages and "disposed" panics under load.
    let has_error = error.is_some_and(|e| e.get_untracked().is_some());
    let page_title = if has_error {
        format!(
            "{} {} – {}",
            t(Key::ErrorTitlePrefix),
            t(title),
            t(Key::AppName)
        )
    } else {
        format!("{} – {}", t(title), t(Key::AppName))
    };
    view! {
        <Title text=page_title/>
        <main id="main" tabindex="-1">
            <h1>{t(title)}</h1>
            {back.map(|href| view! { <p><a href=href class="back">{t(Key::BackLink)}</a></p> })}
            {children()}
        </main>
    }
}

/// The GOV.UK-style error summary: focused when it appears, one link per refused field.
#[component]
pub fn ErrorSummary(error: FormError) -> impl IntoView {
    let summary = NodeRef::<leptos::html::Div>::new();
    // With JavaScript the summary appears after a fetch; move focus to it as a page load
    // would (without JavaScript, `autofocus` does it).
    Effect::new(move |_| {
        if error.get().is_some() {
            if let Some(el) = summary.get() {
                let _ = el.focus();
            }
        }
    });
    move || {
        error.get().map(|err| {
            let items = match &err {
                AppError::Invalid(inv) => inv
                    .errors
                    .iter()
                    .map(|e| {
                        let href = format!("#{}", e.field);
                        let text = t(e.problem.message(&e.field));
                        view! { <li><a href=href>{text}</a></li> }.into_any()
                    })
                    .collect::<Vec<_>>(),
                other => vec![view! { <li>{other.text()}</li> }.into_any()],
            };
            view! {
                <div class="error-summary" role="alert" tabindex="-1" autofocus node_ref=summary
                    aria-labelledby="error-summary-title">
                    <h2 id="error-summary-title">{t(Key::ErrorSummaryTitle)}</h2>
                    <ul>{items}</ul>
                </div>
            }
        })
    }
}

/// A labelled text input. After a refused submit it shows its message and the value typed
/// (never for passwords, which the server does not send back).
#[component]
pub fn TextField(
    name: &'static str,
    label: Key,
    #[prop(optional_no_strip, into)] hint: Option<Key>,
    #[prop(default = "text")] kind: &'static str,
    #[prop(optional)] autocomplete: Option<&'static str>,
    #[prop(optional, into)] value: Option<String>,
    #[prop(optional)] error: Option<FormError>,
    /// Shows a multi-line text area of this many rows instead of a one-line input.
    #[prop(optional)]
    rows: Option<u32>,
    /// The latest value a date (or number) field offers, so that its picker offers no day
    /// the server would refuse; the server still checks.
    #[prop(optional, into)]
    max: Option<String>,
) -> impl IntoView {
    let problem = move || {
        error
            .and_then(|e| e.get())
            .and_then(|e| e.field_error(name))
    };
    let kept = move || {
        error
            .and_then(|e| e.get())
            .and_then(|e| e.value(name))
            .or_else(|| value.clone())
    };
    let hint_id = format!("{name}-hint");
    let error_id = format!("{name}-error");
    let described_by = {
        let hint_id = hint_id.clone();
        let error_id = error_id.clone();
        move || {
            let mut ids = Vec::new();
            if hint.is_some() {
                ids.push(hint_id.clone());
            }
            if problem().is_some() {
                ids.push(error_id.clone());
            }
            (!ids.is_empty()).then(|| ids.join(" "))
        }
    };
    view! {
        <div class="field" class:field-error=move || problem().is_some()>
            <label for=name>{t(label)}</label>
            {hint.map(|h| view! { <p class="hint" id=hint_id.clone()>{t(h)}</p> })}
            {move || problem().map(|p| field_message(error_id.clone(), t(p.message(name))))}
            {match rows {
                Some(rows) => view! {
                    <textarea id=name name=name rows=rows dir="auto" autocomplete=autocomplete
                        aria-describedby=described_by aria-invalid=move || problem().map(|_| "true")>
                        {move || textarea_text(&kept().unwrap_or_default())}
                    </textarea>
                }
                .into_any(),
                None => view! {
                    <input id=name name=name type=kind dir="auto" autocomplete=autocomplete max=max
                        aria-describedby=described_by aria-invalid=move || problem().map(|_| "true")
                        value=kept/>
                }
                .into_any(),
            }}
        </div>
    }
}

/// A text area's content as written into the page. Leptos writes `<textarea>` children
/// without escaping (leptos#4730/#4819), so saved text like `</textarea><b>` would become
/// live markup: escape it here. Only the server renders these fields.
#[cfg(feature = "ssr")]
pub fn textarea_text(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

#[cfg(not(feature = "ssr"))]
pub fn textarea_text(text: &str) -> String {
    text.to_string()
}

/// A field's error line: "Fel:" for screen readers, then the message; `id` is what the
/// field's `aria-describedby` points at.
pub fn field_message(id: String, message: &'static str) -> impl IntoView {
    view! {
        <p class="error-message" id=id>
            <span class="visually-hidden">{t(Key::ErrorTitlePrefix)}" "</span>
            {message}
        </p>
    }
}

#[component]
pub fn Submit(
    label: Key,
    /// For an action that cannot be undone (deleting): drawn as a warning.
    #[prop(optional)]
    warning: bool,
) -> impl IntoView {
    let class = if warning { "button warning" } else { "button" };
    view! { <button type="submit" class=class>{t(label)}</button> }
}

/// A labelled checkbox that posts `on` when ticked. Its state survives a refused submit.
#[component]
pub fn Checkbox(
    name: String,
    label: String,
    #[prop(optional)] checked: bool,
    #[prop(optional)] error: Option<FormError>,
) -> impl IntoView {
    let kept = {
        let name = name.clone();
        move || match error.and_then(|e| e.get()) {
            Some(AppError::Invalid(inv)) if !inv.values.is_empty() => {
                inv.values.iter().any(|(f, v)| *f == name && !v.is_empty())
            }
            _ => checked,
        }
    };
    view! {
        <div class="checkbox">
            <input type="checkbox" id=name.clone() name=name.clone() value="on" checked=kept/>
            <label for=name>{label}</label>
        </div>
    }
}

/// A page about one record named by the `:id` in its path, for the `roles` given: `fetch`
/// finds it (and refuses what the asker may not see), `show` draws it. A malformed id or a
/// refusal is "not found", the same as a record that does not exist.
pub fn record_page<Id, T, Fut>(
    roles: &'static [crate::auth::Role],
    fetch: fn(Id) -> Fut,
    show: fn(T) -> AnyView,
) -> impl IntoView
where
    Id: std::str::FromStr + Copy + PartialEq + Send + Sync + 'static,
    T: Clone + serde::Serialize + serde::de::DeserializeOwned + Send + Sync + 'static,
    Fut: std::future::Future<Output = Result<T, AppError>> + Send + 'static,
{
    use crate::auth::RequireRole;
    let id = leptos_router::hooks::use_params_map()
        .read_untracked()
        .get("id")
        .and_then(|s| s.parse::<Id>().ok());
    view! {
        <RequireRole roles=roles>
            {move || match id {
                Some(id) => {
                    let record = Resource::new(move || id, fetch);
                    view! {
                        <Suspense>
                            {move || Suspend::new(async move {
                                match record.await {
                                    Ok(r) => show(r),
                                    Err(_) => view! { <crate::pages::NotFound/> }.into_any(),
                                }
                            })}
                        </Suspense>
                    }
                    .into_any()
                }
                None => view! { <crate::pages::NotFound/> }.into_any(),
            }}
        </RequireRole>
    }
}

/// A radio group whose first radio carries the field's id (the error summary links there).
pub fn radios(
    name: &'static str,
    legend: Key,
    hint: Option<Key>,
    options: Vec<(&'static str, String)>,
    stored: String,
    error: FormError,
) -> impl IntoView {
    let problem = move || error.get().and_then(|e| e.field_error(name));
    let chosen = move || {
        error
            .get()
            .and_then(|e| e.value(name))
            .unwrap_or_else(|| stored.clone())
    };
    // Each radio is described by the group's hint and its error, when there are any.
    let described_by = move |hint: bool, error: bool| {
        let ids: Vec<String> = [(hint, "hint"), (error, "error")]
            .into_iter()
            .filter(|(on, _)| *on)
            .map(|(_, what)| format!("{name}-{what}"))
            .collect();
        (!ids.is_empty()).then(|| ids.join(" "))
    };
    let options = options
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
                move || chosen() == value
            };
            view! {
                <div class="checkbox">
                    <input type="radio" id=id.clone() name=name value=value checked=checked
                        aria-describedby=move || described_by(hint.is_some(), problem().is_some())/>
                    <label for=id>{label}</label>
                </div>
            }
        })
        .collect_view();
    view! {
        <fieldset class="field" class:field-error=move || problem().is_some()>
            <legend>{t(legend)}</legend>
            {hint.map(|h| view! { <p class="hint" id=format!("{name}-hint")>{t(h)}</p> })}
            {move || problem().map(|p| field_message(format!("{name}-error"), t(p.message(name))))}
            {options}
        </fieldset>
    }
}

/// Whether the page's address carries `?name` (a form's redirect says what it did).
pub fn query_flag(name: &str) -> bool {
    leptos_router::hooks::use_query_map()
        .read_untracked()
        .get(name)
        .is_some()
}

/// A status line ("Det är sparat.") when `show`.
pub fn status_panel(show: bool, key: Key) -> impl IntoView {
    show.then(|| view! { <div class="panel" role="status"><p>{t(key)}</p></div> })
}

/// The status line of the first of `flags` in the page's address.
pub fn query_status(flags: &[(&str, Key)]) -> impl IntoView {
    let key = flags
        .iter()
        .find(|(flag, _)| query_flag(flag))
        .map(|(_, key)| *key);
    key.map(|key| status_panel(true, key))
}

/// A picture beside words for people who read little; never alone (hidden from screen
/// readers, the words beside it say what it is).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Icon {
    Cv,
    Strengths,
    Languages,
    Goals,
    Applications,
    Bookings,
    Sharing,
    Message,
    Done,
    Jobs,
}

/// The icon as inline SVG drawn with attributes only (the Content-Security-Policy allows no
/// inline styles).
pub fn icon(which: Icon) -> impl IntoView {
    let path = match which {
        Icon::Cv => "M6 2h9l5 5v15H6z M14 2v6h6 M9 13h8 M9 17h8",
        Icon::Strengths => "M12 2l3 7h7l-5.5 4.5 2 7.5-6.5-4.5-6.5 4.5 2-7.5L2 9h7z",
        Icon::Languages => "M3 4h13v9H8l-4 3v-3H3z M16 8h5v9h-1v3l-4-3h-5v-4",
        Icon::Goals => "M5 21V3 M5 4h12l-3 4 3 4H5",
        Icon::Applications => "M3 8h18v12H3z M8 8V5h8v3 M3 13h18",
        Icon::Bookings => "M4 6h16v15H4z M4 10h16 M8 3v5 M16 3v5",
        Icon::Sharing => {
            "M2 12s4-7 10-7 10 7 10 7-4 7-10 7S2 12 2 12z M12 9a3 3 0 1 0 0 6a3 3 0 1 0 0-6"
        }
        Icon::Message => "M4 4h16v12H9l-5 4z M8 8h8 M8 12h5",
        Icon::Done => "M4 12l5 5L20 6",
        Icon::Jobs => "M3 8h18v12H3z M8 8V5h8v3 M3 13h18",
    };
    view! {
        <svg class="icon" viewBox="0 0 24 24" width="28" height="28" aria-hidden="true"
            focusable="false" fill="none" stroke="currentColor" stroke-width="2"
            stroke-linecap="round" stroke-linejoin="round">
            <path d=path/>
        </svg>
    }
}

/// The item of a list whose removal the person asked for (`?remove=N`), if any.
pub fn removing() -> Option<usize> {
    leptos_router::hooks::use_query_map()
        .read_untracked()
        .get("remove")
        .and_then(|s| s.parse().ok())
}

/// A removal that asks first, without JavaScript: "Ta bort" is a link to the same page
/// asking about item `n` (`?remove=N`); there the question stands in its place with
/// `confirm` (the removal's own form, its button a warning) and the way back.
pub fn ask_first(n: usize, name: String, confirm: AnyView) -> AnyView {
    let anchor = format!("remove-{n}");
    if removing() == Some(n) {
        view! {
            <div class="panel ask" role="alert" id=anchor>
                <p dir="auto">{crate::i18n::tf(Key::RemoveAsk, &[("name", &name)])}</p>
                {confirm}
                <p><a href="?" class="button secondary">{t(Key::CancelLink)}</a></p>
            </div>
        }
        .into_any()
    } else {
        view! {
            <p id=anchor><a class="button secondary" href=format!("?remove={n}#remove-{n}")>
                {t(Key::RemoveButton)}<span class="visually-hidden">": "{name}</span></a></p>
        }
        .into_any()
    }
}

/// A "remove the n-th item" form's fields: which item, what it was when the page was drawn
/// (so a stale page or a second tap removes nothing else) and the button.
pub fn remove_fields(n: usize, was: String, label: Key) -> impl IntoView {
    view! {
        <input type="hidden" name="n" value=n/>
        <input type="hidden" name="was" value=was/>
        <Submit label warning=true/>
    }
}

/// A resource's view once it has loaded, or its error in words: the one Suspense every page
/// that loads one thing uses.
pub fn loaded<T, V>(
    resource: Resource<Result<T, AppError>>,
    show: impl Fn(T) -> V + Clone + Send + Sync + 'static,
) -> impl IntoView
where
    T: Clone + serde::Serialize + serde::de::DeserializeOwned + Send + Sync + 'static,
    V: IntoView + 'static,
{
    view! {
        <Suspense>
            {move || {
                let show = show.clone();
                Suspend::new(async move {
                    match resource.await {
                        Ok(value) => show(value).into_any(),
                        Err(e) => view! { <p class="error-message">{e.text()}</p> }.into_any(),
                    }
                })
            }}
        </Suspense>
    }
}
