//! Languages: the `sfi` screen.
use super::*;

/// `/languages/sfi`: study path, course now, courses passed.
#[component]
pub fn SfiPage() -> impl IntoView {
    view! {
        <RequireRole roles=&[Role::Participant]>
            {
                let data = Resource::new(|| (), |_| my_languages());
                view! {
                    {crate::ui::loaded(data, move |v| view! { <SfiForm sfi=v.doc.sfi/> }.into_any())}
                }
            }
        </RequireRole>
    }
}

#[component]
pub(crate) fn SfiForm(sfi: Sfi) -> impl IntoView {
    let (action, error) = form::<SaveSfi>();
    let paths = std::iter::once(("none", t(Key::SfiNoPath).to_string()))
        .chain(
            [
                ("1", Key::SfiPath1),
                ("2", Key::SfiPath2),
                ("3", Key::SfiPath3),
            ]
            .map(|(v, k)| (v, t(k).to_string())),
        )
        .collect();
    let courses = std::iter::once(("none", t(Key::SfiNoCourse).to_string()))
        .chain(SfiCourse::ALL.into_iter().map(|c| {
            (
                c.code(),
                tf(
                    Key::SfiCourseApprox,
                    &[("course", c.code()), ("level", c.approx_cefr().code())],
                ),
            )
        }))
        .collect();
    let path = sfi.path.map_or("none".to_string(), |p| p.to_string());
    let current = sfi.current.map_or("none", |c| c.code()).to_string();
    let passed_fields = SfiCourse::ALL
        .into_iter()
        .map(|c| {
            let day = sfi
                .passed
                .iter()
                .find(|(p, _)| *p == c)
                .map(|(_, d)| d.clone())
                .unwrap_or_default();
            let name: &'static str = match c {
                SfiCourse::A => "passed_A",
                SfiCourse::B => "passed_B",
                SfiCourse::C => "passed_C",
                SfiCourse::D => "passed_D",
            };
            let label = match c {
                SfiCourse::A => Key::SfiPassedA,
                SfiCourse::B => Key::SfiPassedB,
                SfiCourse::C => Key::SfiPassedC,
                SfiCourse::D => Key::SfiPassedD,
            };
            view! { <TextField name=name label=label hint=Key::OptionalHint kind="date" value=day error=error/> }
        })
        .collect_view();
    view! {
        <Page title=Key::SfiTitle error=error back="/languages#sfi">
            <ErrorSummary error=error/>
            <p>{t(Key::SfiText)}</p>
            <ActionForm action=action attr:class="form" attr:novalidate=true>
                {crate::ui::radios("path", Key::SfiPathLegend, Some(Key::SfiPathHint), paths, path, error)}
                {crate::ui::radios("current", Key::SfiCurrentLegend, Some(Key::SfiApproxNote), courses, current, error)}
                <h2>{t(Key::SfiPassedHeading)}</h2>
                {passed_fields}
                <Submit label=Key::SaveButton/>
            </ActionForm>
        </Page>
    }
}
