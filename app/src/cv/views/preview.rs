//! Cv: the `preview` screen.
use super::*;

/// The CV as it will print, laid out like the PDF. The browser's print uses the same page
/// with the print stylesheet, which hides everything around the sheet.
#[component]
pub fn CvPreviewPage() -> impl IntoView {
    with_cv(|OpenedCv { id, cv, .. }| {
        let print = PrintCv::new(&cv);
        let failed = use_query_map()
            .read_untracked()
            .get("pdf")
            .is_some_and(|v| v == "failed");
        view! {
            <Page title=Key::CvPreviewTitle>
                <div class="no-print">
                    {back_to_cv(id)}
                    {failed.then(|| view! {
                        <div class="error-summary" role="alert" tabindex="-1" autofocus>
                            <p>{t(Key::ErrPdfFailed)}</p>
                        </div>
                    })}
                    {crate::ui::query_status(&[
                        ("languages", Key::CvLanguagesCopied),
                        ("strengths", Key::CvStrengthsCopied),
                    ])}
                    <p>{t(Key::CvPreviewHint)}</p>
                    <ul class="actions">
                        <li><a class="button" href=format!("/cv/{id}/pdf")>{t(Key::CvPdfLink)}</a></li>
                    </ul>
                </div>
                <CvSheet print/>
            </Page>
        }
    })
}

#[component]
pub fn CvSheet(print: PrintCv) -> impl IntoView {
    let PrintCv {
        lang,
        title,
        name,
        contact,
        profile,
        sections,
    } = print;
    let heading = if name.is_empty() { title } else { name };
    // The CV's own direction, whatever the interface's: a Swedish CV read in the Arabic
    // interface is laid out left to right, as its PDF is.
    let dir = crate::i18n::Locale::from_code(&lang).map_or("ltr", |l| l.dir());
    view! {
        <article class="cv-sheet" lang=lang dir=dir>
            <h2 class="cv-name" dir="auto">{heading}</h2>
            {(!contact.is_empty()).then(|| view! {
                <ul class="cv-contact">
                    {contact.into_iter().map(|c| view! { <li dir="auto">{c}</li> }).collect_view()}
                </ul>
            })}
            {(!profile.is_empty()).then(|| view! { <p class="cv-profile" dir="auto">{profile}</p> })}
            {sections.into_iter().map(|s| view! {
                <section>
                    <h3 dir="auto">{s.heading}</h3>
                    {s.entries.into_iter().map(|e| view! {
                        <div class="cv-entry">
                            <h4 dir="auto">{e.title}</h4>
                            {(!e.subtitle.is_empty()).then(|| view! { <p class="cv-muted" dir="auto">{e.subtitle}</p> })}
                            {(!e.when.is_empty()).then(|| view! { <p class="cv-muted"><bdi dir="ltr">{e.when}</bdi></p> })}
                            {(!e.text.is_empty()).then(|| view! { <p dir="auto">{e.text}</p> })}
                            {(!e.bullets.is_empty()).then(|| view! {
                                <ul>{e.bullets.into_iter().map(|b| view! { <li dir="auto">{b}</li> }).collect_view()}</ul>
                            })}
                        </div>
                    }).collect_view()}
                    {(!s.items.is_empty()).then(|| view! {
                        <ul>{s.items.into_iter().map(|b| view! { <li dir="auto">{b}</li> }).collect_view()}</ul>
                    })}
                    {(!s.note.is_empty()).then(|| view! { <p>{s.note}</p> })}
                    {s.table.map(|table| view! { <CvTable table/> })}
                </section>
            }).collect_view()}
        </article>
    }
}

/// A grid in the CV (the languages' levels). Six columns do not fit a phone: the table
/// scrolls on its own, and its region can be reached and scrolled from the keyboard.
#[component]
pub(super) fn CvTable(table: crate::cv::print::PrintTable) -> impl IntoView {
    let caption = table.caption.clone();
    let label = table.caption;
    let mut columns = table.columns.into_iter();
    let first = columns.next().unwrap_or_default();
    view! {
        <div class="table-scroll" role="region" tabindex="0" aria-label=label>
            <table class="cv-table">
                <caption>{caption}</caption>
                <thead>
                    <tr>
                        <th scope="col">{first}</th>
                        {columns.map(|c| view! { <th scope="col">{c}</th> }).collect_view()}
                    </tr>
                </thead>
                <tbody>
                    {table.rows.into_iter().map(|row| {
                        let mut cells = row.into_iter();
                        let name = cells.next().unwrap_or_default();
                        view! {
                            <tr>
                                <th scope="row" dir="auto">{name}</th>
                                {cells.map(|c| view! { <td>{c}</td> }).collect_view()}
                            </tr>
                        }
                    }).collect_view()}
                </tbody>
            </table>
        </div>
    }
}
