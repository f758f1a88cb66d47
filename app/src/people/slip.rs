//! Handing a code over: the text message and the printed slip, in the participant's
//! language.
use super::IssuedInvitation;
use crate::auth::{RequireRole, Role};
use crate::i18n::{fill, format_day_in, t, Key, Locale};
use crate::invite::Purpose;
use crate::ui::Page;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

/// The text message that hands a code over, in the participant's language.
pub fn handover_sms(issued: &IssuedInvitation, site: &str, locale: Locale) -> String {
    let key = match issued.purpose {
        Purpose::Invite => Key::HandoverSmsInvite,
        Purpose::Reset => Key::HandoverSmsReset,
    };
    fill(
        key.get(locale),
        &[
            ("name", &issued.display_name),
            ("link", &issued.link),
            ("site", site),
            ("code", &issued.code),
            ("until", &format_day_in(locale, issued.valid_until)),
        ],
    )
}

/// Where a participant types a code: the link's site and `/invite`.
pub fn invite_site(issued: &IssuedInvitation) -> String {
    issued
        .link
        .rsplit_once("/invite/")
        .map(|(site, _)| format!("{site}/invite"))
        .unwrap_or_default()
}

/// The language the coach picked for the participant's text message and slip.
pub fn chosen_locale() -> Locale {
    use_query_map()
        .read_untracked()
        .get("for")
        .and_then(|code| Locale::from_code(&code))
        .unwrap_or_else(crate::i18n::locale)
}

/// `/invitation/slip?for=ar`: a slip to print and hand over, in the participant's
/// language: the code, the QR code and three plain steps.
#[component]
pub fn SlipPage() -> impl IntoView {
    view! {
        <RequireRole roles=&[Role::Coach, Role::Admin]>
            {
                let issued = Resource::new(|| (), |_| crate::people::fetch_issued_invitation());
                view! {
                    <Page title=Key::SlipPageTitle>
                        <Suspense>
                            {move || Suspend::new(async move {
                                match issued.await {
                                    Ok(Some(inv)) => view! { <Slip inv/> }.into_any(),
                                    _ => view! { <p>{t(Key::IssuedNone)}</p> }.into_any(),
                                }
                            })}
                        </Suspense>
                    </Page>
                }
            }
        </RequireRole>
    }
}

#[component]
fn Slip(inv: IssuedInvitation) -> impl IntoView {
    let locale = chosen_locale();
    let text = |key: Key| key.get(locale);
    let site = invite_site(&inv);
    let (title, choose) = match inv.purpose {
        Purpose::Invite => (Key::SlipTitleInvite, Key::SlipStepChooseInvite),
        Purpose::Reset => (Key::SlipTitleReset, Key::SlipStepChooseReset),
    };
    let until = format_day_in(locale, inv.valid_until);
    view! {
        <div class="no-print">
            <p><a href=format!("/invitation?for={}", locale.code()) class="back">{t(Key::BackLink)}</a></p>
            <p>{t(Key::SlipPrintHint)}</p>
        </div>
        <section class="slip" lang=locale.code() dir=locale.dir()>
            <h2 dir="auto">{fill(text(title), &[("name", &inv.display_name)])}</h2>
            <ol>
                <li>{fill(text(Key::SlipStepOpen), &[("site", &site)])}</li>
                <li>{text(Key::SlipStepCode)}" "<span class="code" dir="ltr">{inv.code.clone()}</span></li>
                <li>{text(choose)}</li>
            </ol>
            <div class="qr" role="img" aria-label=text(Key::IssuedQrLabel) inner_html=inv.qr_svg.clone()></div>
            <p>{fill(text(Key::SlipValidity), &[("until", &until)])}</p>
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::CalendarDay;
    use crate::ids::UserId;

    fn issued(purpose: Purpose) -> IssuedInvitation {
        IssuedInvitation {
            person: UserId::new(4),
            display_name: "Dana".into(),
            role: Role::Participant,
            purpose,
            link: "https://vagval.example/invite/abcDEF123".into(),
            code: "K7PM-Q2XR".into(),
            valid_days: 7,
            valid_until: CalendarDay {
                year: 2026,
                month: 12,
                day: 7,
                weekday: 1,
            },
            qr_svg: String::new(),
        }
    }

    #[test]
    fn the_text_message_carries_link_code_and_last_day_in_the_chosen_language() {
        let inv = issued(Purpose::Invite);
        let site = invite_site(&inv);
        assert_eq!(site, "https://vagval.example/invite");
        let sv = handover_sms(&inv, &site, Locale::Sv);
        assert!(sv.contains("K7PM-Q2XR") && sv.contains(&inv.link), "{sv}");
        assert!(sv.contains("måndag 7 december 2026"), "{sv}");
        let ar = handover_sms(&issued(Purpose::Reset), &site, Locale::Ar);
        assert!(ar.contains("K7PM-Q2XR") && ar.contains("ديسمبر"), "{ar}");
        assert!(!ar.contains("{ $"), "{ar}");
    }
}
