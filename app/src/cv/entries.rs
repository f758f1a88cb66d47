//! The CV's list sections (work, education, skills …) as forms see them: which fields an
//! entry has, how a posted form becomes an entry, and how an entry fills a form again.
//! One generic screen pair (list, entry) serves every section, driven by these tables.
use super::model::*;
use crate::date::{PartialDate, Period};
use crate::i18n::{tf, Key};
use std::collections::BTreeMap;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ListSection {
    Work,
    Education,
    Skills,
    Languages,
    Certificates,
    Volunteering,
    References,
    Interests,
    Custom,
}

/// How one form field is shown and read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FieldKind {
    Text,
    /// A text area read as one item per line (bullet points, keywords).
    Lines,
    /// A text area kept as one paragraph.
    Paragraph,
    /// A year, year-month or full date.
    Date,
    /// The "still going on" checkbox of a period.
    Ongoing,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FieldSpec {
    pub name: &'static str,
    pub label: Key,
    pub hint: Option<Key>,
    pub kind: FieldKind,
}

const fn field(name: &'static str, label: Key, kind: FieldKind) -> FieldSpec {
    FieldSpec {
        name,
        label,
        hint: None,
        kind,
    }
}

const fn hinted(name: &'static str, label: Key, hint: Key, kind: FieldKind) -> FieldSpec {
    FieldSpec {
        name,
        label,
        hint: Some(hint),
        kind,
    }
}

use FieldKind::*;

const START: FieldSpec = hinted("start", Key::CvStartLabel, Key::CvDateHint, Date);
const END: FieldSpec = hinted("end", Key::CvEndLabel, Key::CvDateHint, Date);
const ONGOING: FieldSpec = field("ongoing", Key::CvOngoingLabel, Ongoing);

const WORK: &[FieldSpec] = &[
    field("role", Key::CvRoleLabel, Text),
    field("employer", Key::CvEmployerLabel, Text),
    field("place", Key::CvPlaceLabel, Text),
    START,
    END,
    ONGOING,
    field("summary", Key::CvSummaryLabel, Paragraph),
    hinted("bullets", Key::CvTasksLabel, Key::CvLinesHint, Lines),
];
const EDUCATION: &[FieldSpec] = &[
    field("school", Key::CvSchoolLabel, Text),
    field("programme", Key::CvProgrammeLabel, Text),
    hinted(
        "level",
        Key::CvEducationLevelLabel,
        Key::CvEducationLevelHint,
        Text,
    ),
    hinted("place", Key::CvPlaceLabel, Key::CvAbroadHint, Text),
    START,
    END,
    ONGOING,
];
const SKILLS: &[FieldSpec] = &[
    hinted("name", Key::CvSkillLabel, Key::CvSkillHint, Text),
    field("level", Key::CvSkillLevelLabel, Text),
    hinted("keywords", Key::CvKeywordsLabel, Key::CvLinesHint, Lines),
];
const LANGUAGES: &[FieldSpec] = &[
    field("language", Key::CvLanguageLabel, Text),
    hinted(
        "level",
        Key::CvLanguageLevelLabel,
        Key::CvLanguageLevelHint,
        Text,
    ),
];
const CERTIFICATES: &[FieldSpec] = &[
    hinted(
        "name",
        Key::CvCertificateLabel,
        Key::CvCertificateHint,
        Text,
    ),
    field("issuer", Key::CvIssuerLabel, Text),
    hinted("date", Key::CvDateLabel, Key::CvDateHint, Date),
];
const VOLUNTEERING: &[FieldSpec] = &[
    field("organisation", Key::CvOrganisationLabel, Text),
    field("role", Key::CvRoleLabel, Text),
    START,
    END,
    ONGOING,
    field("summary", Key::CvSummaryLabel, Paragraph),
    hinted("bullets", Key::CvTasksLabel, Key::CvLinesHint, Lines),
];
const REFERENCES: &[FieldSpec] = &[
    field("name", Key::CvReferenceNameLabel, Text),
    hinted(
        "contact",
        Key::CvReferenceContactLabel,
        Key::CvReferenceContactHint,
        Text,
    ),
];
const INTERESTS: &[FieldSpec] = &[
    hinted("name", Key::CvInterestLabel, Key::CvInterestHint, Text),
    hinted("keywords", Key::CvKeywordsLabel, Key::CvLinesHint, Lines),
];
const CUSTOM: &[FieldSpec] = &[
    hinted(
        "title",
        Key::CvCustomTitleLabel,
        Key::CvCustomTitleHint,
        Text,
    ),
    hinted("items", Key::CvCustomItemsLabel, Key::CvLinesHint, Lines),
];

/// What a posted entry form held that could not even be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BadField(pub &'static str);

type Form = BTreeMap<String, String>;

fn text(form: &Form, name: &str) -> String {
    form.get(name)
        .map(|s| s.trim().to_string())
        .unwrap_or_default()
}

/// One item per non-empty line, trimmed; a leading "-", "*" or "•" is the person's own
/// bullet and is dropped.
pub fn lines(value: &str) -> Vec<String> {
    value
        .lines()
        .map(|l| {
            l.trim()
                .trim_start_matches(['-', '*', '•'])
                .trim()
                .to_string()
        })
        .filter(|l| !l.is_empty())
        .collect()
}

fn date(form: &Form, name: &'static str) -> Result<Option<PartialDate>, BadField> {
    let value = text(form, name);
    if value.is_empty() {
        Ok(None)
    } else {
        value.parse().map(Some).map_err(|_| BadField(name))
    }
}

fn period(form: &Form, bad: &mut Vec<BadField>) -> Period {
    let mut get = |name| {
        date(form, name).unwrap_or_else(|e| {
            bad.push(e);
            None
        })
    };
    let start = get("start");
    let end = get("end");
    Period {
        start,
        end,
        ongoing: form.get("ongoing").is_some_and(|v| !v.is_empty()),
    }
}

fn date_text(d: Option<PartialDate>) -> String {
    d.map(|d| d.to_string()).unwrap_or_default()
}

fn period_values(p: &Period) -> [(&'static str, String); 3] {
    [
        ("start", date_text(p.start)),
        ("end", date_text(p.end)),
        (
            "ongoing",
            if p.ongoing {
                "on".into()
            } else {
                String::new()
            },
        ),
    ]
}

impl ListSection {
    pub const ALL: [ListSection; 9] = [
        ListSection::Work,
        ListSection::Education,
        ListSection::Skills,
        ListSection::Languages,
        ListSection::Certificates,
        ListSection::Volunteering,
        ListSection::References,
        ListSection::Interests,
        ListSection::Custom,
    ];

    /// The URL segment, also the section's name in forms.
    pub fn slug(self) -> &'static str {
        match self {
            ListSection::Work => "work",
            ListSection::Education => "education",
            ListSection::Skills => "skills",
            ListSection::Languages => "languages",
            ListSection::Certificates => "certificates",
            ListSection::Volunteering => "volunteering",
            ListSection::References => "references",
            ListSection::Interests => "interests",
            ListSection::Custom => "custom",
        }
    }

    pub fn from_slug(slug: &str) -> Option<ListSection> {
        Self::ALL.into_iter().find(|s| s.slug() == slug)
    }

    pub fn title(self) -> Key {
        match self {
            ListSection::Work => Key::CvSectionWork,
            ListSection::Education => Key::CvSectionEducation,
            ListSection::Skills => Key::CvSectionSkills,
            ListSection::Languages => Key::CvSectionLanguages,
            ListSection::Certificates => Key::CvSectionCertificates,
            ListSection::Volunteering => Key::CvSectionVolunteering,
            ListSection::References => Key::CvSectionReferences,
            ListSection::Interests => Key::CvSectionInterests,
            ListSection::Custom => Key::CvSectionCustom,
        }
    }

    pub fn intro(self) -> Key {
        match self {
            ListSection::Work => Key::CvWorkIntro,
            ListSection::Education => Key::CvEducationIntro,
            ListSection::Skills => Key::CvSkillsIntro,
            ListSection::Languages => Key::CvLanguagesIntro,
            ListSection::Certificates => Key::CvCertificatesIntro,
            ListSection::Volunteering => Key::CvVolunteeringIntro,
            ListSection::References => Key::CvReferencesIntro,
            ListSection::Interests => Key::CvInterestsIntro,
            ListSection::Custom => Key::CvCustomIntro,
        }
    }

    pub fn add_label(self) -> Key {
        match self {
            ListSection::Work => Key::CvAddWork,
            ListSection::Education => Key::CvAddEducation,
            ListSection::Skills => Key::CvAddSkill,
            ListSection::Languages => Key::CvAddLanguage,
            ListSection::Certificates => Key::CvAddCertificate,
            ListSection::Volunteering => Key::CvAddVolunteering,
            ListSection::References => Key::CvAddReference,
            ListSection::Interests => Key::CvAddInterest,
            ListSection::Custom => Key::CvAddCustom,
        }
    }

    pub fn fields(self) -> &'static [FieldSpec] {
        match self {
            ListSection::Work => WORK,
            ListSection::Education => EDUCATION,
            ListSection::Skills => SKILLS,
            ListSection::Languages => LANGUAGES,
            ListSection::Certificates => CERTIFICATES,
            ListSection::Volunteering => VOLUNTEERING,
            ListSection::References => REFERENCES,
            ListSection::Interests => INTERESTS,
            ListSection::Custom => CUSTOM,
        }
    }

    pub fn len(self, cv: &Cv) -> usize {
        match self {
            ListSection::Work => cv.work.len(),
            ListSection::Education => cv.education.len(),
            ListSection::Skills => cv.skills.len(),
            ListSection::Languages => cv.languages.len(),
            ListSection::Certificates => cv.certificates.len(),
            ListSection::Volunteering => cv.volunteering.len(),
            ListSection::References => cv.references.len(),
            ListSection::Interests => cv.interests.len(),
            ListSection::Custom => cv.custom.len(),
        }
    }

    /// The most entries the section may hold.
    pub fn max(self) -> usize {
        match self {
            ListSection::References | ListSection::Custom => 10,
            _ => limits::ENTRIES,
        }
    }

    /// The form's values for entry `index`, or empty ones for a new entry.
    pub fn values(self, cv: &Cv, index: Option<usize>) -> Vec<(&'static str, String)> {
        let mut v: Vec<(&'static str, String)> = Vec::new();
        let i = index.unwrap_or(usize::MAX);
        match self {
            ListSection::Work => {
                if let Some(w) = cv.work.get(i) {
                    v.extend([
                        ("role", w.role.clone()),
                        ("employer", w.employer.clone()),
                        ("place", w.place.clone()),
                        ("summary", w.summary.clone()),
                        ("bullets", w.bullets.join("\n")),
                    ]);
                    v.extend(period_values(&w.period));
                }
            }
            ListSection::Education => {
                if let Some(e) = cv.education.get(i) {
                    v.extend([
                        ("school", e.school.clone()),
                        ("programme", e.programme.clone()),
                        ("level", e.level.clone()),
                        ("place", e.place.clone()),
                    ]);
                    v.extend(period_values(&e.period));
                }
            }
            ListSection::Skills => {
                if let Some(s) = cv.skills.get(i) {
                    v.extend([
                        ("name", s.name.clone()),
                        ("level", s.level.clone()),
                        ("keywords", s.keywords.join("\n")),
                    ]);
                }
            }
            ListSection::Languages => {
                if let Some(l) = cv.languages.get(i) {
                    v.extend([("language", l.language.clone()), ("level", l.level.clone())]);
                }
            }
            ListSection::Certificates => {
                if let Some(c) = cv.certificates.get(i) {
                    v.extend([
                        ("name", c.name.clone()),
                        ("issuer", c.issuer.clone()),
                        ("date", date_text(c.date)),
                    ]);
                }
            }
            ListSection::Volunteering => {
                if let Some(x) = cv.volunteering.get(i) {
                    v.extend([
                        ("organisation", x.organisation.clone()),
                        ("role", x.role.clone()),
                        ("summary", x.summary.clone()),
                        ("bullets", x.bullets.join("\n")),
                    ]);
                    v.extend(period_values(&x.period));
                }
            }
            ListSection::References => {
                if let Some(r) = cv.references.get(i) {
                    v.extend([("name", r.name.clone()), ("contact", r.contact.clone())]);
                }
            }
            ListSection::Interests => {
                if let Some(x) = cv.interests.get(i) {
                    v.extend([
                        ("name", x.name.clone()),
                        ("keywords", x.keywords.join("\n")),
                    ]);
                }
            }
            ListSection::Custom => {
                if let Some(c) = cv.custom.get(i) {
                    v.extend([("title", c.title.clone()), ("items", c.items.join("\n"))]);
                }
            }
        }
        v
    }

    /// Puts the posted entry at `index` (a new one at the end when `None`) and returns where
    /// it is. Fields that cannot be read (a date like "våren 2019") are all reported at
    /// once; limits are checked afterwards by [`Cv::check`].
    pub fn apply(
        self,
        cv: &mut Cv,
        index: Option<usize>,
        form: &Form,
    ) -> Result<usize, Vec<BadField>> {
        let mut bad = Vec::new();
        // A new entry goes before the first one that started earlier, so dated lists read
        // newest first as they grow (the buttons still move entries anywhere).
        macro_rules! put {
            ($list:expr, $entry:expr) => {
                put!($list, $entry, |_| None::<crate::date::PartialDate>)
            };
            ($list:expr, $entry:expr, $start:expr) => {{
                let entry = $entry;
                if !bad.is_empty() {
                    return Err(bad);
                }
                match index {
                    Some(i) if i < $list.len() => {
                        // What an import kept that no screen shows stays with the entry.
                        let mut entry = entry;
                        entry.extra = std::mem::take(&mut $list[i].extra);
                        $list[i] = entry;
                        Ok(i)
                    }
                    // New, or removed meanwhile (another tab): keep what was typed.
                    _ => {
                        let start = $start;
                        let at = match start(&entry) {
                            Some(new) => $list
                                .iter()
                                .position(|e| start(e).is_some_and(|old| old < new))
                                .unwrap_or($list.len()),
                            None => $list.len(),
                        };
                        $list.insert(at, entry);
                        Ok(at)
                    }
                }
            }};
        }
        match self {
            ListSection::Work => put!(
                cv.work,
                Work {
                    role: text(form, "role"),
                    employer: text(form, "employer"),
                    place: text(form, "place"),
                    period: period(form, &mut bad),
                    summary: text(form, "summary"),
                    bullets: lines(&text(form, "bullets")),
                    ..Default::default()
                },
                |w: &Work| w.period.start
            ),
            ListSection::Education => put!(
                cv.education,
                Education {
                    school: text(form, "school"),
                    programme: text(form, "programme"),
                    level: text(form, "level"),
                    place: text(form, "place"),
                    period: period(form, &mut bad),
                    ..Default::default()
                },
                |e: &Education| e.period.start
            ),
            ListSection::Skills => put!(
                cv.skills,
                Skill {
                    name: text(form, "name"),
                    level: text(form, "level"),
                    keywords: lines(&text(form, "keywords")),
                    ..Default::default()
                }
            ),
            ListSection::Languages => {
                let language = text(form, "language");
                let level = text(form, "level");
                // The levels put in from "Mina språk" stay while the entry names the same
                // language and no level is typed over them (typed words are a choice).
                let (native, cefr) = index
                    .and_then(|i| cv.languages.get(i))
                    .filter(|old| {
                        level.trim().is_empty()
                            && old.language.trim().to_lowercase() == language.trim().to_lowercase()
                    })
                    .map(|old| (old.native, old.cefr))
                    .unwrap_or_default();
                put!(
                    cv.languages,
                    Language {
                        language,
                        level,
                        native,
                        cefr,
                        ..Default::default()
                    }
                )
            }
            ListSection::Certificates => put!(
                cv.certificates,
                Certificate {
                    name: text(form, "name"),
                    issuer: text(form, "issuer"),
                    date: date(form, "date").unwrap_or_else(|e| {
                        bad.push(e);
                        None
                    }),
                    ..Default::default()
                },
                |c: &Certificate| c.date
            ),
            ListSection::Volunteering => put!(
                cv.volunteering,
                Volunteering {
                    organisation: text(form, "organisation"),
                    role: text(form, "role"),
                    period: period(form, &mut bad),
                    summary: text(form, "summary"),
                    bullets: lines(&text(form, "bullets")),
                    ..Default::default()
                },
                |v: &Volunteering| v.period.start
            ),
            ListSection::References => put!(
                cv.references,
                Reference {
                    name: text(form, "name"),
                    contact: text(form, "contact"),
                    ..Default::default()
                }
            ),
            ListSection::Interests => put!(
                cv.interests,
                Interest {
                    name: text(form, "name"),
                    keywords: lines(&text(form, "keywords")),
                    ..Default::default()
                }
            ),
            ListSection::Custom => put!(
                cv.custom,
                CustomSection {
                    title: text(form, "title"),
                    items: lines(&text(form, "items")),
                    ..Default::default()
                }
            ),
        }
    }

    /// Moves entry `index` one step; `false` when it is already at that end.
    pub fn move_entry(self, cv: &mut Cv, index: usize, up: bool) -> bool {
        match self {
            ListSection::Work => Cv::move_entry(&mut cv.work, index, up),
            ListSection::Education => Cv::move_entry(&mut cv.education, index, up),
            ListSection::Skills => Cv::move_entry(&mut cv.skills, index, up),
            ListSection::Languages => Cv::move_entry(&mut cv.languages, index, up),
            ListSection::Certificates => Cv::move_entry(&mut cv.certificates, index, up),
            ListSection::Volunteering => Cv::move_entry(&mut cv.volunteering, index, up),
            ListSection::References => Cv::move_entry(&mut cv.references, index, up),
            ListSection::Interests => Cv::move_entry(&mut cv.interests, index, up),
            ListSection::Custom => Cv::move_entry(&mut cv.custom, index, up),
        }
    }

    pub fn remove(self, cv: &mut Cv, index: usize) -> bool {
        fn take<T>(list: &mut Vec<T>, index: usize) -> bool {
            if index < list.len() {
                list.remove(index);
                true
            } else {
                false
            }
        }
        match self {
            ListSection::Work => take(&mut cv.work, index),
            ListSection::Education => take(&mut cv.education, index),
            ListSection::Skills => take(&mut cv.skills, index),
            ListSection::Languages => take(&mut cv.languages, index),
            ListSection::Certificates => take(&mut cv.certificates, index),
            ListSection::Volunteering => take(&mut cv.volunteering, index),
            ListSection::References => take(&mut cv.references, index),
            ListSection::Interests => take(&mut cv.interests, index),
            ListSection::Custom => take(&mut cv.custom, index),
        }
    }

    /// Each entry's period or date as the list shows it ("" for undated entries), in the
    /// page's language, each date isolated so it reads left to right in Arabic too.
    pub fn periods(self, cv: &Cv, locale: crate::i18n::Locale) -> Vec<String> {
        let ltr = |d: PartialDate| format!("\u{2066}{d}\u{2069}");
        let when = |p: &Period, locale| super::print::when_with(p, locale, ltr);
        match self {
            ListSection::Work => cv.work.iter().map(|w| when(&w.period, locale)).collect(),
            ListSection::Education => cv
                .education
                .iter()
                .map(|e| when(&e.period, locale))
                .collect(),
            ListSection::Volunteering => cv
                .volunteering
                .iter()
                .map(|v| when(&v.period, locale))
                .collect(),
            ListSection::Certificates => cv
                .certificates
                .iter()
                .map(|c| c.date.map(ltr).unwrap_or_default())
                .collect(),
            _ => vec![String::new(); self.len(cv)],
        }
    }

    /// Each entry's headline and a detail line, for the section's list screen.
    pub fn summaries(self, cv: &Cv) -> Vec<(String, String)> {
        fn join(parts: &[&str]) -> String {
            parts
                .iter()
                .filter(|p| !p.is_empty())
                .copied()
                .collect::<Vec<_>>()
                .join(" · ")
        }
        match self {
            ListSection::Work => cv
                .work
                .iter()
                .map(|w| (w.role.clone(), join(&[&w.employer, &w.place])))
                .collect(),
            ListSection::Education => cv
                .education
                .iter()
                .map(|e| (e.school.clone(), join(&[&e.programme, &e.level])))
                .collect(),
            ListSection::Skills => cv
                .skills
                .iter()
                .map(|s| (s.name.clone(), s.level.clone()))
                .collect(),
            ListSection::Languages => cv
                .languages
                .iter()
                .map(|l| {
                    let locale = super::print::cv_locale(cv.language);
                    let level = if l.native {
                        crate::i18n::Key::CvPrintNative.get(locale).to_string()
                    } else if let Some(level) = l.cefr.as_ref().and_then(crate::cv::cefr::summary) {
                        level.code().to_string()
                    } else {
                        l.level.clone()
                    };
                    (l.language.clone(), level)
                })
                .collect(),
            ListSection::Certificates => cv
                .certificates
                .iter()
                .map(|c| (c.name.clone(), c.issuer.clone()))
                .collect(),
            ListSection::Volunteering => cv
                .volunteering
                .iter()
                .map(|v| (v.organisation.clone(), v.role.clone()))
                .collect(),
            ListSection::References => cv
                .references
                .iter()
                .map(|r| (r.name.clone(), r.contact.clone()))
                .collect(),
            ListSection::Interests => cv
                .interests
                .iter()
                .map(|x| (x.name.clone(), x.keywords.join(", ")))
                .collect(),
            ListSection::Custom => cv
                .custom
                .iter()
                .map(|c| {
                    let count = c.items.len().to_string();
                    (
                        c.title.clone(),
                        tf(Key::CvCustomCount, &[("count", &count)]),
                    )
                })
                .collect(),
        }
    }
}

/// Turns a model problem's path (`work.2.period`) into the entry form's field (`end`):
/// `None` when the problem is not about entry `index` of this section.
pub fn form_field(section: ListSection, index: usize, path: &str) -> Option<String> {
    let rest = path.strip_prefix(section.slug())?.strip_prefix('.')?;
    let (i, field) = rest.split_once('.')?;
    if i.parse::<usize>().ok()? != index {
        return None;
    }
    let field = field.split('.').next().unwrap_or(field);
    // A period's problems (end before start, end while ongoing) are about its end date.
    Some(if field == "period" { "end" } else { field }.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn form(pairs: &[(&str, &str)]) -> Form {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    #[test]
    fn every_section_has_a_unique_slug_and_fields() {
        for s in ListSection::ALL {
            assert_eq!(ListSection::from_slug(s.slug()), Some(s));
            assert!(!s.fields().is_empty());
        }
        assert_eq!(ListSection::from_slug("contact"), None);
    }

    #[test]
    fn a_work_form_becomes_an_entry_and_fills_the_form_again() {
        let mut cv = Cv::default();
        let posted = form(&[
            ("role", " Lagerarbetare "),
            ("employer", "ICA"),
            ("start", "2019-03"),
            ("ongoing", "on"),
            ("bullets", "- Plockade order\n\n• Truckkort A och B\n"),
        ]);
        let i = ListSection::Work
            .apply(&mut cv, None, &posted)
            .expect("readable");
        assert_eq!(i, 0);
        let w = &cv.work[0];
        assert_eq!(w.role, "Lagerarbetare");
        assert_eq!(w.bullets, vec!["Plockade order", "Truckkort A och B"]);
        assert!(w.period.ongoing);
        let values = ListSection::Work.values(&cv, Some(0));
        assert!(values.contains(&("start", "2019-03".to_string())));
        assert!(values.contains(&("ongoing", "on".to_string())));
        assert!(values.contains(&("bullets", "Plockade order\nTruckkort A och B".to_string())));

        // Editing replaces in place.
        let edited = form(&[("role", "Truckförare")]);
        assert_eq!(ListSection::Work.apply(&mut cv, Some(0), &edited), Ok(0));
        assert_eq!(cv.work.len(), 1);
        assert_eq!(cv.work[0].role, "Truckförare");
    }

    #[test]
    fn unreadable_dates_are_all_reported_and_change_nothing() {
        let mut cv = Cv::default();
        let posted = form(&[
            ("role", "x"),
            ("start", "våren 2019"),
            ("end", "vintern 2021"),
        ]);
        assert_eq!(
            ListSection::Work.apply(&mut cv, None, &posted),
            Err(vec![BadField("start"), BadField("end")])
        );
        assert!(cv.work.is_empty());
    }

    #[test]
    fn new_dated_entries_go_newest_first() {
        let mut cv = Cv::default();
        for (role, start) in [("B", "2015"), ("A", "2020-05"), ("C", "2010"), ("D", "")] {
            let posted = form(&[("role", role), ("start", start)]);
            ListSection::Work
                .apply(&mut cv, None, &posted)
                .expect("saved");
        }
        let roles: Vec<&str> = cv.work.iter().map(|w| w.role.as_str()).collect();
        assert_eq!(roles, ["A", "B", "C", "D"], "undated ones last");
        let shown = ListSection::Work.periods(&cv, crate::i18n::Locale::Sv);
        assert_eq!(shown[0], "\u{2066}2020-05\u{2069}");
        assert_eq!(shown[3], "");
    }

    #[test]
    fn entries_move_and_go() {
        let mut cv = Cv::default();
        for name in ["a", "b", "c"] {
            let _ = ListSection::Skills.apply(&mut cv, None, &form(&[("name", name)]));
        }
        assert!(ListSection::Skills.move_entry(&mut cv, 0, false));
        assert!(ListSection::Skills.remove(&mut cv, 2));
        assert!(!ListSection::Skills.remove(&mut cv, 2));
        let names: Vec<_> = ListSection::Skills
            .summaries(&cv)
            .into_iter()
            .map(|(n, _)| n)
            .collect();
        assert_eq!(names, vec!["b", "a"]);
    }

    #[test]
    fn model_paths_map_to_form_fields() {
        let s = ListSection::Work;
        assert_eq!(form_field(s, 2, "work.2.period"), Some("end".into()));
        assert_eq!(form_field(s, 2, "work.2.bullets.4"), Some("bullets".into()));
        assert_eq!(form_field(s, 1, "work.2.role"), None);
        assert_eq!(form_field(s, 2, "workplace.2.role"), None);
        assert_eq!(form_field(ListSection::Education, 0, "work.0.role"), None);
    }
}
