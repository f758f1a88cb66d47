//! Cv: the `overview` screen.
use super::*;

pub(super) fn progress(cv: &Cv) -> String {
    let (filled, total) = cv.sections_filled();
    tf(
        Key::CvProgress,
        &[
            ("filled", &filled.to_string()),
            ("total", &total.to_string()),
        ],
    )
}

#[component]
pub fn CvOverviewPage() -> impl IntoView {
    with_cv(|opened| view! { <CvOverview opened/> })
}

/// A row of the overview: a screen, whether it is one of the parts a CV needs (and then
/// whether that is filled) or optional, and its link: "Lägg till" while the screen is
/// empty, "Ändra" once it holds something.
pub(super) fn section_row(
    id: CvId,
    slug: &str,
    name: Key,
    filled: Option<bool>,
    has_content: bool,
) -> impl IntoView {
    let name = t(name);
    let (state, done) = match filled {
        Some(true) => (Key::CvFilled, true),
        Some(false) => (Key::CvNotFilled, false),
        None => (Key::CvOptional, false),
    };
    let action = if has_content {
        Key::CvEdit
    } else {
        Key::CvAddTo
    };
    view! {
        <li class="section-row">
            <span class="section-name">{name}</span>
            <span class="tag" class:tag-done=done>{t(state)}</span>
            <a class="button secondary" href=format!("/cv/{id}/{slug}")>
                {t(action)}<span class="visually-hidden">": "{name}</span>
            </a>
        </li>
    }
}

#[component]
pub(super) fn CvOverview(opened: OpenedCv) -> impl IntoView {
    let OpenedCv { id, is_main, cv } = opened;
    let [contact, profile, _experience, education, skills, languages, references] =
        cv.sections().map(|(_, filled)| Some(filled));
    let has_work = Some(!cv.work.is_empty());
    let has = cv.has_content();
    let copy = form_action::<CopyCv>();
    let main = form_action::<MakeMain>();
    let copy_error = action_error(copy);
    let main_error = action_error(main);
    let error = Signal::derive(move || copy_error.get().or_else(|| main_error.get()));
    let title = if cv.title.is_empty() {
        t(Key::CvUntitled).to_string()
    } else {
        cv.title.clone()
    };
    view! {
        <Page title=Key::CvOverviewTitle error=error>
            <p><a href="/cv" class="back">{t(Key::CvAllLink)}</a></p>
            <ErrorSummary error=error/>
            <p class="lead"><bdi>{title}</bdi>{is_main.then(|| view! { " · "{t(Key::CvMain)} })}</p>
            <p>{progress(&cv)}</p>
            <p>{t(match cv.language {
                CvLanguage::Sv => Key::CvLanguageSvNote,
                CvLanguage::En => Key::CvLanguageEnNote,
            })}</p>
            <h2>{t(Key::CvWriteHeading)}</h2>
            <ul class="sections">
                {section_row(id, "contact", Key::CvSectionContact, contact, has.contact)}
                {section_row(id, "profile", Key::CvSectionProfile, profile, has.profile)}
                {section_row(id, "work", Key::CvSectionWork, has_work, has.work)}
                {section_row(id, "education", Key::CvSectionEducation, education, has.education)}
                {section_row(id, "skills", Key::CvSectionSkills, skills, has.skills)}
                {section_row(id, "languages", Key::CvSectionLanguages, languages, has.languages)}
                {section_row(id, "licences", Key::CvSectionLicences, None, has.licences)}
                {section_row(id, "certificates", Key::CvSectionCertificates, None, has.certificates)}
                {section_row(id, "volunteering", Key::CvSectionVolunteering, None, has.volunteering)}
                {section_row(id, "references", Key::CvSectionReferences, references, has.references)}
                {section_row(id, "interests", Key::CvSectionInterests, None, has.interests)}
                {section_row(id, "custom", Key::CvSectionCustom, None, has.custom)}
            </ul>
            <h2>{t(Key::CvOutHeading)}</h2>
            <ul class="actions">
                <li><a class="button" href=format!("/cv/{id}/preview")>{t(Key::CvPreviewLink)}</a></li>
                // No `download` attribute: the server's `Content-Disposition` saves the file,
                // and a failure can still show its translated page instead of being saved.
                <li><a class="button secondary" href=format!("/cv/{id}/pdf")>{t(Key::CvPdfLink)}</a></li>
            </ul>
            {(!has.any()).then(|| view! { <p class="hint">{t(Key::CvEmptyPdfHint)}</p> })}
            <p><a href=format!("/cv/{id}/json") aria-describedby="json-hint">{t(Key::CvJsonLink)}</a></p>
            <p class="hint" id="json-hint">{t(Key::CvJsonHint)}</p>
            <h2>{t(Key::CvVersionHeading)}</h2>
            <p>{t(Key::CvVersionHint)}</p>
            <ul class="actions">
                <li><a class="button secondary" href=format!("/cv/{id}/settings")>{t(Key::CvSettingsLink)}</a></li>
                <li>
                    <ActionForm action=copy attr:id="cv">
                        <input type="hidden" name="id" value=id.get()/>
                        <button type="submit" class="button secondary">{t(Key::CvCopyButton)}</button>
                    </ActionForm>
                </li>
                {(!is_main).then(|| view! {
                    <li>
                        <ActionForm action=main>
                            <input type="hidden" name="id" value=id.get()/>
                            <button type="submit" class="button secondary">{t(Key::CvMakeMainButton)}</button>
                        </ActionForm>
                    </li>
                })}
                <li><a class="button secondary" href=format!("/cv/{id}/delete")>{t(Key::CvDeleteLink)}</a></li>
            </ul>
        </Page>
    }
}
