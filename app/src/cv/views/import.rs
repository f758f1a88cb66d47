//! Cv: the `import` screen.
use super::*;

/// Upload a JSON Resume file; it becomes a new CV, so nothing already written is replaced.
#[component]
pub fn CvImportPage() -> impl IntoView {
    view! {
        <RequireRole roles=&[Role::Participant]>
            <CvImport/>
        </RequireRole>
    }
}

/// A refused import's problems by field, as the server listed them.
pub(super) fn import_details(
    error: Option<AppError>,
) -> Option<Vec<(String, crate::error::FieldProblem)>> {
    let listed = error?.value(IMPORT_DETAILS)?;
    serde_json::from_str::<Vec<(String, crate::error::FieldProblem)>>(&listed)
        .ok()
        .filter(|d| !d.is_empty())
}

#[component]
pub(super) fn CvImport() -> impl IntoView {
    // A multipart upload has no `ServerAction` (its input cannot be cloned), so the error a
    // refused upload left behind is read the way `ServerAction` would read it.
    let flashed = use_context::<leptos::server::ServerActionError>().and_then(|e| {
        (e.path() == IMPORT_PATH)
            .then(|| leptos::server_fn::error::ServerFnUrlError::<AppError>::decode_err(e.err()))
    });
    // A file over the server's request limit never reaches the server function; the
    // server sends the person back here with `too-large`.
    let too_large = use_query_map().read_untracked().get("too-large").is_some();
    let flashed = flashed.or_else(|| {
        too_large.then(|| {
            let mut invalid = crate::error::Invalid::new();
            invalid.add("file", crate::error::FieldProblem::FileTooLarge);
            AppError::Invalid(invalid)
        })
    });
    let error: crate::ui::FormError = Signal::derive(move || flashed.clone());
    let problem = move || error.get().and_then(|e| e.field_error("file"));
    view! {
        <Page title=Key::CvImportTitle error=error>
            <p><a href="/cv" class="back">{t(Key::CvAllLink)}</a></p>
            <p>{t(Key::CvImportIntro)}</p>
            <ErrorSummary error=error/>
            <form method="post" action=IMPORT_PATH enctype="multipart/form-data" class="form">
                <div class="field" class:field-error=move || problem().is_some()>
                    <label for="file">{t(Key::CvImportFileLabel)}</label>
                    <p class="hint" id="file-hint">{t(Key::CvImportFileHint)}</p>
                    {move || problem().map(|p| field_message("file-error".into(), t(p.message("file"))))}
                    {move || import_details(error.get()).map(|details| view! {
                        <ul class="skipped">
                            {details.into_iter().map(|(path, problem)| view! {
                                <li><code dir="ltr">{path}</code>": "{t(problem.message(""))}</li>
                            }).collect_view()}
                        </ul>
                    })}
                    <input type="file" id="file" name="file" accept=".json,application/json"
                        aria-describedby=move || if problem().is_some() { "file-hint file-error" } else { "file-hint" }
                        aria-invalid=move || problem().map(|_| "true")/>
                </div>
                <Submit label=Key::CvImportButton/>
            </form>
        </Page>
    }
}
