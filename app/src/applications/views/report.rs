//! Applications: the `report` screen ("Till aktivitetsrapporten").
use super::*;

/// `/applications/report?month=2026-12`: one month's applications as a plain list in the
/// order Arbetsförmedlingen's activity report asks for them, to copy, print or download.
/// The month is chosen with a plain GET form, so it works without JavaScript.
#[component]
pub fn ApplicationsReportPage() -> impl IntoView {
    let month = leptos_router::hooks::use_query_map()
        .read_untracked()
        .get("month");
    view! {
        <RequireRole roles=&[Role::Participant]>
            {
                let month = month.clone();
                let report = Resource::new(move || month.clone(), fetch_application_report);
                crate::ui::loaded(report, |report: Report| view! { <ReportView report/> }.into_any())
            }
        </RequireRole>
    }
}

#[component]
fn ReportView(report: Report) -> impl IntoView {
    let month = report.month;
    let code = month.code();
    // A month typed that is not one comes back with its error, as a refused form does.
    let error: crate::ui::FormError = {
        let bad = report.bad_month.clone();
        Signal::derive(move || {
            bad.clone().map(|typed| {
                let mut invalid = crate::error::Invalid::new();
                invalid.add("month", crate::error::FieldProblem::BadDate);
                AppError::Invalid(invalid.keep("month", &typed))
            })
        })
    };
    let locale = crate::i18n::locale();
    let heading = tf(
        Key::ApplicationsReportFileHeading,
        &[("month", &month.name_in(locale))],
    );
    let (previous, next) = (month.previous(), month.next());
    let lines = if report.lines.is_empty() {
        view! { <p>{t(Key::ApplicationsReportEmpty)}</p> }.into_any()
    } else {
        view! {
            <ol class="report-lines">
                {report.lines.iter().map(|l| view! {
                    <li><bdi>{l.employer.clone()}</bdi>" – "<bdi>{l.job.clone()}</bdi>" – "
                        <span dir="ltr">{l.day.clone()}</span>" – "{t(l.how.label())}</li>
                }).collect_view()}
            </ol>
        }
        .into_any()
    };
    view! {
        <Page title=Key::ApplicationsReportTitle error=error back="/applications">
            <ErrorSummary error=error/>
            <p>{t(Key::ApplicationsReportText)}</p>
            <form method="get" action="/applications/report" class="form">
                <TextField name="month" label=Key::ApplicationsReportMonth hint=Key::ApplicationsReportMonthHint
                    kind="month" value=code.clone() error=error/>
                <Submit label=Key::ApplicationsReportShow/>
            </form>
            <ul class="links">
                <li><a href=format!("/applications/report?month={}", previous.code())>
                    {tf(Key::ApplicationsReportOther, &[("month", &previous.name_in(locale))])}</a></li>
                <li><a href=format!("/applications/report?month={}", next.code())>
                    {tf(Key::ApplicationsReportOther, &[("month", &next.name_in(locale))])}</a></li>
            </ul>
            <h2>{heading}</h2>
            {lines}
            <h2>{t(Key::ApplicationsReportTakeOut)}</h2>
            <ul class="links">
                <li><a href=format!("/applications/report.txt?month={code}") download="">{t(Key::ApplicationsReportTxt)}</a></li>
                <li><a href=format!("/applications/report.csv?month={code}") download="">{t(Key::ApplicationsReportCsv)}</a></li>
            </ul>
            <p class="hint">{t(Key::ApplicationsReportPrint)}</p>
        </Page>
    }
}
