//! The CV as a reader sees it, in the CV's own language: one model for the on-screen
//! preview, the print stylesheet and the PDF, so that all three say the same thing.
//! The PDF engine receives it as JSON and never interprets it as markup.
use super::model::*;
use crate::date::{PartialDate, Period};
use crate::i18n::{Key, Locale};
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PrintEntry {
    pub title: String,
    pub subtitle: String,
    pub when: String,
    pub text: String,
    pub bullets: Vec<String>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PrintSection {
    pub heading: String,
    pub entries: Vec<PrintEntry>,
    pub items: Vec<String>,
    pub note: String,
    /// A grid after the items (the languages' levels, Europass style).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub table: Option<PrintTable>,
}

/// A table with a header row; the first cell of each row names it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PrintTable {
    pub columns: Vec<String>,
    pub rows: Vec<Vec<String>>,
    /// What the codes in the cells mean.
    pub caption: String,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PrintCv {
    /// `sv` or `en`: the CV's language, not the interface's.
    pub lang: String,
    pub title: String,
    pub name: String,
    pub contact: Vec<String>,
    pub profile: String,
    pub sections: Vec<PrintSection>,
}

pub fn cv_locale(language: CvLanguage) -> Locale {
    match language {
        CvLanguage::Sv => Locale::Sv,
        CvLanguage::En => Locale::En,
    }
}

fn joined(parts: &[&str], separator: &str) -> String {
    parts
        .iter()
        .map(|p| p.trim())
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join(separator)
}

/// A period as the CV writes it: "2019-03 – 2021", "2019-03 – present".
fn when(period: &Period, locale: Locale) -> String {
    when_with(period, locale, |d| d.to_string())
}

/// [`when`] with each date written by `write`.
pub fn when_with(period: &Period, locale: Locale, write: impl Fn(PartialDate) -> String) -> String {
    let date = |d: Option<PartialDate>| d.map(&write).unwrap_or_default();
    let end = if period.ongoing {
        Key::CvPrintOngoing.get(locale).to_string()
    } else {
        date(period.end)
    };
    match (date(period.start), end) {
        (s, e) if s.is_empty() => e,
        (s, e) if e.is_empty() => s,
        (s, e) => format!("{s} – {e}"),
    }
}

/// Mother tongues and languages known in words as items; languages rated in the five
/// skills as one grid, a row each (a skill not rated yet reads "–").
fn languages_section(cv: &Cv, locale: Locale) -> PrintSection {
    use crate::cv::cefr::Skill;
    let label = |key: Key| key.get(locale).to_string();
    let mut section = PrintSection {
        heading: label(Key::CvPrintLanguages),
        ..PrintSection::default()
    };
    let mut rows = Vec::new();
    for l in &cv.languages {
        match (l.native, &l.cefr) {
            (_, Some(grid)) if !l.native || grid.iter().any(Option::is_some) => {
                let name = if l.native {
                    format!("{} ({})", l.language, label(Key::CvPrintNative))
                } else {
                    l.language.clone()
                };
                let cells = grid.iter().map(|c| c.map_or("–", |c| c.code()).to_string());
                rows.push(std::iter::once(name).chain(cells).collect());
            }
            (true, _) => section
                .items
                .push(joined(&[&l.language, &label(Key::CvPrintNative)], " – ")),
            _ => section.items.push(joined(&[&l.language, &l.level], " – ")),
        }
    }
    if !rows.is_empty() {
        section.table = Some(PrintTable {
            columns: std::iter::once(label(Key::CvPrintLanguageColumn))
                .chain(Skill::ALL.iter().map(|s| label(s.label())))
                .collect(),
            rows,
            caption: label(Key::CvPrintLevelsCaption),
        });
    }
    section
}

impl PrintCv {
    pub fn new(cv: &Cv) -> PrintCv {
        let locale = cv_locale(cv.language);
        let label = |key: Key| key.get(locale).to_string();
        let section = |heading: Key| PrintSection {
            heading: label(heading),
            ..PrintSection::default()
        };
        let mut sections = Vec::new();

        let mut work = section(Key::CvPrintWork);
        work.entries = cv
            .work
            .iter()
            .map(|w| PrintEntry {
                title: w.role.clone(),
                subtitle: joined(&[&w.employer, &w.place], " · "),
                when: when(&w.period, locale),
                text: w.summary.clone(),
                bullets: w.bullets.clone(),
            })
            .collect();
        sections.push(work);

        let mut education = section(Key::CvPrintEducation);
        education.entries = cv
            .education
            .iter()
            .map(|e| PrintEntry {
                title: joined(&[&e.programme, &e.school], ", "),
                subtitle: joined(&[&e.level, &e.place], " · "),
                when: when(&e.period, locale),
                ..PrintEntry::default()
            })
            .collect();
        sections.push(education);

        let mut skills = section(Key::CvPrintSkills);
        skills.items = cv
            .skills
            .iter()
            .map(|s| {
                let head = joined(&[&s.name, &s.level], " – ");
                if s.keywords.is_empty() {
                    head
                } else {
                    format!("{head}: {}", s.keywords.join(", "))
                }
            })
            .collect();
        sections.push(skills);

        sections.push(languages_section(cv, locale));

        let mut licences = section(Key::CvPrintLicences);
        if !cv.licences.is_empty() {
            licences.items = vec![cv.licences.join(", ")];
        }
        sections.push(licences);

        let mut certificates = section(Key::CvPrintCertificates);
        certificates.items = cv
            .certificates
            .iter()
            .map(|c| {
                let date = c.date.map(|d| d.to_string()).unwrap_or_default();
                joined(&[&c.name, &c.issuer, &date], ", ")
            })
            .collect();
        sections.push(certificates);

        let mut volunteering = section(Key::CvPrintVolunteering);
        volunteering.entries = cv
            .volunteering
            .iter()
            .map(|v| PrintEntry {
                title: joined(&[&v.role, &v.organisation], ", "),
                subtitle: String::new(),
                when: when(&v.period, locale),
                text: v.summary.clone(),
                bullets: v.bullets.clone(),
            })
            .collect();
        sections.push(volunteering);

        let mut interests = section(Key::CvPrintInterests);
        interests.items = cv
            .interests
            .iter()
            .map(|x| {
                if x.keywords.is_empty() {
                    x.name.clone()
                } else {
                    format!("{}: {}", x.name, x.keywords.join(", "))
                }
            })
            .collect();
        sections.push(interests);

        for custom in &cv.custom {
            sections.push(PrintSection {
                heading: custom.title.clone(),
                items: custom.items.clone(),
                ..PrintSection::default()
            });
        }

        let mut references = section(Key::CvPrintReferences);
        references.items = cv
            .references
            .iter()
            .map(|r| joined(&[&r.name, &r.contact], ", "))
            .collect();
        if cv.references.is_empty() && cv.references_on_request {
            references.note = label(Key::CvPrintOnRequest);
        }
        sections.push(references);

        sections.retain(|s| {
            !s.entries.is_empty() || !s.items.is_empty() || !s.note.is_empty() || s.table.is_some()
        });
        let name = cv.contact.name.trim().to_string();
        PrintCv {
            lang: locale.code().to_string(),
            title: if name.is_empty() {
                label(Key::CvPrintTitle)
            } else {
                format!("{} – {name}", label(Key::CvPrintTitle))
            },
            name,
            contact: [&cv.contact.phone, &cv.contact.email, &cv.contact.town]
                .into_iter()
                .map(|s| s.trim().to_string())
                .filter(|s| !s.is_empty())
                .collect(),
            profile: cv.profile.trim().to_string(),
            sections,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_empty_cv_prints_a_title_and_nothing_else() {
        let p = PrintCv::new(&Cv::default());
        assert_eq!(p.lang, "sv");
        assert_eq!(p.title, "CV");
        assert!(p.sections.is_empty());
    }

    #[test]
    fn headings_follow_the_cv_language_and_periods_read_naturally() {
        let mut cv = Cv {
            language: CvLanguage::En,
            references_on_request: true,
            ..Cv::default()
        };
        cv.contact.name = "Amal Hassan".into();
        cv.work.push(Work {
            role: "Lagerarbetare".into(),
            employer: "ICA".into(),
            place: "Växjö".into(),
            period: Period {
                start: "2019-03".parse().ok(),
                end: None,
                ongoing: true,
            },
            bullets: vec!["Plock".into()],
            ..Default::default()
        });
        cv.licences = vec!["B".into(), "C1".into()];
        let p = PrintCv::new(&cv);
        assert_eq!(p.lang, "en");
        assert_eq!(p.title, "CV – Amal Hassan");
        let headings: Vec<_> = p.sections.iter().map(|s| s.heading.as_str()).collect();
        assert_eq!(
            headings,
            vec!["Work experience", "Driving licence", "References"]
        );
        assert_eq!(p.sections[0].entries[0].when, "2019-03 – present");
        assert_eq!(p.sections[0].entries[0].subtitle, "ICA · Växjö");
        assert_eq!(p.sections[1].items, vec!["B, C1"]);
        assert_eq!(p.sections[2].note, "References available on request");
    }

    #[test]
    fn rated_languages_print_as_a_grid_and_mother_tongues_as_words() {
        use crate::cv::cefr::Cefr;
        let cv = Cv {
            languages: vec![
                Language {
                    language: "Arabiska".into(),
                    native: true,
                    ..Default::default()
                },
                Language {
                    language: "Svenska".into(),
                    cefr: Some([Some(Cefr::B1), Some(Cefr::A2), None, Some(Cefr::A2), None]),
                    ..Default::default()
                },
                Language {
                    language: "Engelska".into(),
                    level: "Lite".into(),
                    ..Default::default()
                },
            ],
            ..Cv::default()
        };
        let p = PrintCv::new(&cv);
        let s = &p.sections[0];
        assert_eq!(s.items, vec!["Arabiska – Modersmål", "Engelska – Lite"]);
        let table = s.table.as_ref().expect("a grid");
        assert_eq!(
            table.columns,
            vec![
                "Språk",
                "Hörförståelse",
                "Läsförståelse",
                "Samtala",
                "Berätta",
                "Skriva"
            ]
        );
        assert_eq!(
            table.rows,
            vec![vec!["Svenska", "B1", "A2", "–", "A2", "–"]]
        );
    }
}
