//! People: the `issued_invitation` screen.
use super::*;

/// The confirmation page after an invitation or password code was issued: the code, the
/// link, a QR code, and ways to hand them over (a text message and a printable slip, in
/// the language the coach picks for the person).
#[component]
pub fn IssuedInvitationPage() -> impl IntoView {
    view! {
        <RequireRole roles=&[Role::Coach, Role::Admin]>
            {
                let issued = Resource::new(|| (), |_| fetch_issued_invitation());
                view! {
                    <Suspense>
                        {move || Suspend::new(async move {
                            match issued.await {
                                Ok(Some(inv)) => view! { <Issued inv/> }.into_any(),
                                Ok(None) => view! {
                                    <Page title=Key::IssuedTitle>
                                        <p>{t(Key::IssuedNone)}</p>
                                    </Page>
                                }
                                .into_any(),
                                Err(e) => view! {
                                    <Page title=Key::IssuedTitle>
                                        <p class="error-message">{e.text()}</p>
                                    </Page>
                                }
                                .into_any(),
                            }
                        })}
                    </Suspense>
                }
            }
        </RequireRole>
    }
}

#[component]
pub(crate) fn Issued(inv: IssuedInvitation) -> impl IntoView {
    use crate::i18n::Locale;
    use slip::{chosen_locale, handover_sms, invite_site};
    let back = match (inv.role, inv.purpose) {
        (Role::Coach, _) => "/admin".to_string(),
        (_, Purpose::Reset) => format!("/coach/participants/{}", inv.person),
        _ => "/coach".to_string(),
    };
    let (title, done) = match inv.purpose {
        Purpose::Invite => (
            Key::IssuedTitle,
            tf(Key::IssuedFor, &[("name", &inv.display_name)]),
        ),
        Purpose::Reset => (
            Key::IssuedResetTitle,
            tf(Key::IssuedResetFor, &[("name", &inv.display_name)]),
        ),
    };
    let chosen = chosen_locale();
    let sms = format!(
        "sms:?&body={}",
        crate::text::percent_encode(&handover_sms(&inv, &invite_site(&inv), chosen))
    );
    let until = format_day(inv.valid_until);
    view! {
        <Page title=title>
            // The copy buttons (`/copy.js`) say here whether copying worked: one status region.
            <div class="panel" role="status" data-copied=t(Key::Copied)
                data-not-copied=t(Key::NotCopied)>
                <p>{done}</p>
                <p class="copy-status"></p>
            </div>
            <h2>{t(Key::IssuedCodeHeading)}</h2>
            <p class="code" dir="ltr"><bdi id="issued-code">{inv.code.clone()}</bdi></p>
            // Shown by `/copy.js`: without JavaScript there is nothing to press.
            <button type="button" class="button secondary" data-copy-from="issued-code" hidden>
                {t(Key::CopyCodeButton)}</button>
            <h2>{t(Key::IssuedLinkHeading)}</h2>
            <p class="link" dir="ltr"><bdi id="issued-link">{inv.link.clone()}</bdi></p>
            <button type="button" class="button secondary" data-copy-from="issued-link" hidden>
                {t(Key::CopyLinkButton)}</button>
            <script src="/copy.js" defer></script>
            <p>{match inv.purpose {
                Purpose::Invite => tp(Key::IssuedValidity, "days", inv.valid_days, &[("until", &until)]),
                Purpose::Reset => tf(Key::SlipValidity, &[("until", &until)]),
            }}</p>
            <h2>{t(Key::IssuedQrHeading)}</h2>
            <div class="qr" role="img" aria-label=t(Key::IssuedQrLabel) inner_html=inv.qr_svg.clone()></div>
            <h2>{t(Key::IssuedSendHeading)}</h2>
            <p>{t(Key::IssuedHandOver)}</p>
            <p id="handover-language">{t(Key::IssuedLanguageLabel)}</p>
            <div class="language-buttons" role="group" aria-labelledby="handover-language">
                {Locale::ALL.into_iter().map(|l| view! {
                    <a class="button secondary" href=format!("/invitation?for={}", l.code()) lang=l.code()
                        aria-current=(l == chosen).then_some("true")>{t(l.endonym())}</a>
                }).collect_view()}
            </div>
            <p><a class="button secondary" href=sms>{t(Key::IssuedSmsLink)}</a></p>
            <p><a class="button secondary" href=format!("/invitation/slip?for={}", chosen.code())>
                {t(Key::IssuedSlipLink)}</a></p>
            <p><a class="button" href=back>{t(Key::DoneLink)}</a></p>
        </Page>
    }
}
