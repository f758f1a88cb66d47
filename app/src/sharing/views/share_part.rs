//! Sharing: the `share_part` screen.
use super::*;

/// `/share/:part`: whether the coach may see one part, and until when.
#[component]
pub fn SharePartPage() -> impl IntoView {
    let part = leptos_router::hooks::use_params_map()
        .read_untracked()
        .get("part")
        .and_then(|code| SharedPart::parse(&code));
    let Some(part) = part else {
        return view! { <crate::pages::NotFound/> }.into_any();
    };
    with_sharing(part, |sharing, part| {
        view! { <SharePartForm sharing part/> }.into_any()
    })
    .into_any()
}

#[component]
pub(crate) fn SharePartForm(sharing: Sharing, part: SharedPart) -> impl IntoView {
    let (action, error) = form::<SaveSharing>();
    let Some(coach) = sharing.coach.clone() else {
        return view! { <NoCoach/> }.into_any();
    };
    let share = sharing.part(part);
    let now = if part == SharedPart::Cv {
        what_coach_sees(&sharing, &coach)
    } else {
        part_sentence(&share, &coach)
    };
    let (name, legend, stored, options) = if part == SharedPart::Cv {
        let mut options = vec![("none".to_string(), t(Key::SharingCvNone).to_string())];
        if sharing.cvs.len() > 1 {
            options.push(("all".into(), t(Key::SharingCvAll).into()));
        }
        options.extend(sharing.cvs.iter().map(|c| {
            let label = if c.is_main {
                format!("{} ({})", titled(&c.title), t(Key::CvMain))
            } else {
                titled(&c.title)
            };
            (c.id.to_string(), label)
        }));
        (
            "cv",
            tf(Key::SharingCvLegend, &[("coach", &coach)]),
            sharing.cv.value(),
            options,
        )
    } else {
        let stored = if share.shared { "yes" } else { "no" };
        (
            "share",
            tf(
                Key::SharePartLegend,
                &[("coach", &coach), ("part", t(part.object()))],
            ),
            stored.to_string(),
            vec![
                (
                    "yes".to_string(),
                    tf(Key::SharePartYes, &[("coach", &coach)]),
                ),
                ("no".to_string(), t(Key::SharePartNo).to_string()),
            ],
        )
    };
    let problem = move || error.get().and_then(|e| e.field_error(name));
    let chosen = move || {
        error
            .get()
            .and_then(|e| e.value(name))
            .unwrap_or_else(|| stored.clone())
    };
    let radios = options
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
                let value = value.clone();
                move || chosen() == value
            };
            view! {
                <div class="checkbox">
                    <input type="radio" id=id.clone() name=name value=value checked=checked
                        aria-describedby=move || problem().map(|_| format!("{name}-error"))/>
                    <label for=id dir="auto">{label}</label>
                </div>
            }
        })
        .collect_view();
    let until_value = share
        .until
        .map(|d| format!("{:04}-{:02}-{:02}", d.year, d.month, d.day));
    view! {
        <Page title=part.share_title() error=error back=format!("/sharing#{}", part.code())>
            <ErrorSummary error=error/>
            <p>{t(part.contents())}</p>
            {(part == SharedPart::History).then(|| view! { <p>{t(Key::SharePartHistoryWarning)}</p> })}
            <div class="panel">
                <h2>{t(Key::SharingNowHeading)}</h2>
                <p class="sharing-now" dir="auto">{now}</p>
                {share.ended.map(|day| view! {
                    <p>{tf(Key::SharingEnded, &[("day", &format_day(day))])}</p>
                })}
            </div>
            <ActionForm action=action attr:class="form" attr:novalidate=true>
                <input type="hidden" name="part" value=part.code()/>
                <fieldset class="field" class:field-error=move || problem().is_some()>
                    <legend dir="auto">{legend}</legend>
                    {move || problem().map(|p| field_message(format!("{name}-error"), t(p.message(name))))}
                    {radios}
                </fieldset>
                <TextField name="until" label=Key::SharingUntilLabel hint=Key::SharingUntilHint
                    kind="date" value=until_value.unwrap_or_default() error=error/>
                <Submit label=Key::SharingSaveButton/>
            </ActionForm>
            <p><a href=part.page()>{t(Key::SharePartOpenOwn)}</a></p>
        </Page>
    }
    .into_any()
}
