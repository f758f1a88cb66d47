//! The CV as the participant builds it. One `Cv` is one version ("CV for warehouse jobs");
//! it is stored and copied whole. Limits are enforced here, on the server, whatever the
//! browser sent.
use crate::date::{PartialDate, Period, PeriodProblem};
use serde::{Deserialize, Serialize};

/// Lengths in characters (not bytes, so every script gets the same room) and list sizes.
pub mod limits {
    pub const SHORT: usize = 100;
    pub const MEDIUM: usize = 300;
    pub const LONG: usize = 2_000;
    pub const ENTRIES: usize = 30;
    pub const BULLETS: usize = 15;
    /// CV versions one participant may keep.
    pub const VERSIONS: usize = 10;
}

/// Which language the CV itself is written in, independent of the interface language.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum CvLanguage {
    #[default]
    Sv,
    En,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Contact {
    pub name: String,
    pub phone: String,
    pub email: String,
    pub town: String,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Work {
    pub employer: String,
    pub role: String,
    pub place: String,
    pub period: Period,
    /// About the job as a whole (JSON Resume's `summary`).
    #[serde(default)]
    pub summary: String,
    /// What I did, one point per line.
    pub bullets: Vec<String>,
    /// What a JSON Resume file held here that Vägval has no screen for, kept as it came.
    #[serde(default, skip_serializing_if = "Extra::is_empty")]
    pub extra: Extra,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Education {
    pub school: String,
    pub programme: String,
    /// E.g. "Gymnasium", "Bachelor", "SFI D" — free text, since levels abroad vary.
    pub level: String,
    pub place: String,
    pub period: Period,
    /// What a JSON Resume file held here that Vägval has no screen for, kept as it came.
    #[serde(default, skip_serializing_if = "Extra::is_empty")]
    pub extra: Extra,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Skill {
    pub name: String,
    pub level: String,
    pub keywords: Vec<String>,
    /// What a JSON Resume file held here that Vägval has no screen for, kept as it came.
    #[serde(default, skip_serializing_if = "Extra::is_empty")]
    pub extra: Extra,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Language {
    pub language: String,
    pub level: String,
    /// Mother tongue (from "Mina språk" or a JSON Resume's fluency).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub native: bool,
    /// Levels in the five skills of the self-assessment grid; shown as a grid in place of
    /// `level`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cefr: Option<crate::cv::cefr::Grid>,
    /// What a JSON Resume file held here that Vägval has no screen for, kept as it came.
    #[serde(default, skip_serializing_if = "Extra::is_empty")]
    pub extra: Extra,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Certificate {
    pub name: String,
    pub issuer: String,
    pub date: Option<PartialDate>,
    /// What a JSON Resume file held here that Vägval has no screen for, kept as it came.
    #[serde(default, skip_serializing_if = "Extra::is_empty")]
    pub extra: Extra,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Volunteering {
    pub organisation: String,
    pub role: String,
    pub period: Period,
    pub summary: String,
    pub bullets: Vec<String>,
    /// What a JSON Resume file held here that Vägval has no screen for, kept as it came.
    #[serde(default, skip_serializing_if = "Extra::is_empty")]
    pub extra: Extra,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Reference {
    pub name: String,
    pub contact: String,
    /// What a JSON Resume file held here that Vägval has no screen for, kept as it came.
    #[serde(default, skip_serializing_if = "Extra::is_empty")]
    pub extra: Extra,
}

/// An interest (JSON Resume `interests[]`): what the person likes doing.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Interest {
    pub name: String,
    #[serde(default)]
    pub keywords: Vec<String>,
    /// What a JSON Resume file held here that Vägval has no screen for, kept as it came.
    #[serde(default, skip_serializing_if = "Extra::is_empty")]
    pub extra: Extra,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CustomSection {
    pub title: String,
    pub items: Vec<String>,
    /// What a JSON Resume file held here that Vägval has no screen for, kept as it came.
    #[serde(default, skip_serializing_if = "Extra::is_empty")]
    pub extra: Extra,
}

/// The parts of a CV the overview lists, in the order a reader meets them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Section {
    Contact,
    Profile,
    Experience,
    Education,
    Skills,
    Languages,
    References,
}

/// Swedish driving licence classes (Transportstyrelsen).
pub const LICENCE_CLASSES: &[&str] = &[
    "AM", "A1", "A2", "A", "B", "BE", "C1", "C1E", "C", "CE", "D1", "D1E", "D", "DE",
];

/// Per screen of the CV: whether it holds anything.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Filled {
    pub contact: bool,
    pub profile: bool,
    pub work: bool,
    pub education: bool,
    pub skills: bool,
    pub languages: bool,
    pub licences: bool,
    pub certificates: bool,
    pub volunteering: bool,
    pub references: bool,
    pub interests: bool,
    pub custom: bool,
}

impl Filled {
    /// Whether the CV holds anything at all.
    pub fn any(&self) -> bool {
        [
            self.contact,
            self.profile,
            self.work,
            self.education,
            self.skills,
            self.languages,
            self.licences,
            self.certificates,
            self.volunteering,
            self.references,
            self.interests,
            self.custom,
        ]
        .contains(&true)
    }
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Cv {
    pub title: String,
    pub language: CvLanguage,
    pub contact: Contact,
    pub profile: String,
    pub work: Vec<Work>,
    pub education: Vec<Education>,
    pub skills: Vec<Skill>,
    pub languages: Vec<Language>,
    pub licences: Vec<String>,
    pub certificates: Vec<Certificate>,
    pub volunteering: Vec<Volunteering>,
    pub references: Vec<Reference>,
    pub references_on_request: bool,
    /// Added after the first CVs were saved: absent in those, and empty then.
    #[serde(default)]
    pub interests: Vec<Interest>,
    pub custom: Vec<CustomSection>,
    /// JSON Resume fields Vägval has no screen for (`basics.profiles`, `awards`, …), kept
    /// untouched with the CV and written back on export.
    #[serde(default, skip_serializing_if = "Extra::is_empty")]
    pub extra: Extra,
}

/// Fields kept from an imported JSON Resume that Vägval does not show.
pub type Extra = serde_json::Map<String, serde_json::Value>;

/// Every list entry can carry fields Vägval does not show.
pub trait HasExtra {
    fn extra_mut(&mut self) -> &mut Extra;
    fn extra(&self) -> &Extra;
}

macro_rules! has_extra {
    ($($t:ty),*) => {$(
        impl HasExtra for $t {
            fn extra_mut(&mut self) -> &mut Extra {
                &mut self.extra
            }
            fn extra(&self) -> &Extra {
                &self.extra
            }
        }
    )*};
}

has_extra!(
    Work,
    Education,
    Skill,
    Language,
    Certificate,
    Volunteering,
    Reference,
    Interest,
    CustomSection
);

/// Takes controls and bidi overrides out of every string kept in `extra`.
fn clean_extra(extra: &mut Extra) {
    fn clean(value: &mut serde_json::Value) {
        match value {
            serde_json::Value::String(s) => *s = crate::text::clean_text(s),
            serde_json::Value::Array(items) => items.iter_mut().for_each(clean),
            serde_json::Value::Object(map) => map.values_mut().for_each(clean),
            _ => {}
        }
    }
    extra.values_mut().for_each(clean);
}

/// Why a CV field was refused; the path names the field (`work.2.role`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CvProblem {
    pub path: String,
    pub kind: CvProblemKind,
    /// The limit broken, for `TooLong` (characters) and `TooMany` (entries); else 0.
    #[serde(default)]
    pub limit: usize,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum CvProblemKind {
    TooLong,
    TooMany,
    Required,
    EndBeforeStart,
    EndWhileOngoing,
    UnknownLicenceClass,
    BadEmail,
}

struct Checker(Vec<CvProblem>);

impl Checker {
    fn add(&mut self, path: String, kind: CvProblemKind) {
        self.0.push(CvProblem {
            path,
            kind,
            limit: 0,
        });
    }

    fn over(&mut self, path: String, kind: CvProblemKind, limit: usize) {
        self.0.push(CvProblem { path, kind, limit });
    }

    fn text(&mut self, path: String, value: &str, max: usize) {
        if value.chars().count() > max {
            self.over(path, CvProblemKind::TooLong, max);
        }
    }

    fn required(&mut self, path: String, value: &str, max: usize) {
        if value.trim().is_empty() {
            self.add(path, CvProblemKind::Required);
        } else {
            self.text(path, value, max);
        }
    }

    fn count<T>(&mut self, path: &str, list: &[T], max: usize) {
        if list.len() > max {
            self.over(path.to_string(), CvProblemKind::TooMany, max);
        }
    }

    fn bullets(&mut self, path: String, bullets: &[String]) {
        self.count(&path, bullets, limits::BULLETS);
        for (i, b) in bullets.iter().enumerate() {
            self.text(format!("{path}.{i}"), b, limits::MEDIUM);
        }
    }

    fn period(&mut self, path: String, period: &Period) {
        match period.check() {
            Ok(()) => {}
            Err(PeriodProblem::EndBeforeStart) => self.add(path, CvProblemKind::EndBeforeStart),
            Err(PeriodProblem::EndWhileOngoing) => self.add(path, CvProblemKind::EndWhileOngoing),
        }
    }
}

impl Cv {
    /// Interests a JSON Resume import kept aside (`extra`) before the CV had interests of
    /// its own become the CV's interests, so that they are shown and never lost on export.
    pub fn adopt_kept_interests(&mut self) {
        if !self.interests.is_empty() {
            return;
        }
        let Some(serde_json::Value::Array(kept)) = self.extra.get("interests") else {
            return;
        };
        let adopted: Vec<Interest> = kept
            .iter()
            .filter_map(|item| {
                let mut item = item.as_object()?.clone();
                let name = item.remove("name")?.as_str()?.trim().to_string();
                let keywords = match item.remove("keywords") {
                    Some(serde_json::Value::Array(words)) => words
                        .iter()
                        .filter_map(|w| w.as_str().map(str::to_string))
                        .collect(),
                    _ => Vec::new(),
                };
                (!name.is_empty()).then_some(Interest {
                    name,
                    keywords,
                    extra: item,
                })
            })
            .collect();
        // Only a list that can be taken over whole: anything else stays as it came.
        if adopted.len() == kept.len() {
            self.extra.remove("interests");
            self.interests = adopted;
        }
    }

    /// Takes control characters and bidi overrides out of every text (see `crate::text`),
    /// keeping line breaks in the multi-line ones. Run on every save and import.
    pub fn clean(&mut self) {
        self.adopt_kept_interests();
        use crate::text::{clean_line, clean_text};
        fn line(s: &mut String) {
            if !crate::text::is_clean_line(s) {
                *s = clean_line(s);
            }
        }
        fn lines(list: &mut [String]) {
            list.iter_mut().for_each(line);
        }
        line(&mut self.title);
        let c = &mut self.contact;
        for s in [&mut c.name, &mut c.phone, &mut c.email, &mut c.town] {
            line(s);
        }
        self.profile = clean_text(&self.profile);
        for w in &mut self.work {
            for s in [&mut w.employer, &mut w.role, &mut w.place] {
                line(s);
            }
            w.summary = clean_text(&w.summary);
            lines(&mut w.bullets);
            clean_extra(&mut w.extra);
        }
        clean_extra(&mut self.extra);
        self.education
            .iter_mut()
            .for_each(|e| clean_extra(&mut e.extra));
        self.skills
            .iter_mut()
            .for_each(|e| clean_extra(&mut e.extra));
        self.languages
            .iter_mut()
            .for_each(|e| clean_extra(&mut e.extra));
        self.certificates
            .iter_mut()
            .for_each(|e| clean_extra(&mut e.extra));
        self.volunteering
            .iter_mut()
            .for_each(|e| clean_extra(&mut e.extra));
        self.references
            .iter_mut()
            .for_each(|e| clean_extra(&mut e.extra));
        self.custom
            .iter_mut()
            .for_each(|e| clean_extra(&mut e.extra));
        self.interests
            .iter_mut()
            .for_each(|e| clean_extra(&mut e.extra));
        for i in &mut self.interests {
            line(&mut i.name);
            lines(&mut i.keywords);
        }
        for e in &mut self.education {
            for s in [&mut e.school, &mut e.programme, &mut e.level, &mut e.place] {
                line(s);
            }
        }
        for k in &mut self.skills {
            line(&mut k.name);
            line(&mut k.level);
            lines(&mut k.keywords);
        }
        for l in &mut self.languages {
            line(&mut l.language);
            line(&mut l.level);
        }
        lines(&mut self.licences);
        for x in &mut self.certificates {
            line(&mut x.name);
            line(&mut x.issuer);
        }
        for v in &mut self.volunteering {
            line(&mut v.organisation);
            line(&mut v.role);
            v.summary = clean_text(&v.summary);
            lines(&mut v.bullets);
        }
        for r in &mut self.references {
            line(&mut r.name);
            line(&mut r.contact);
        }
        for x in &mut self.custom {
            line(&mut x.title);
            lines(&mut x.items);
        }
    }

    /// Brings an imported CV within the limits the forms keep: over-long texts are cut to
    /// their limit, lists to their number of entries, repeated and unknown licence classes
    /// are dropped. Returns what was cut (field paths); problems no cut can fix (a required
    /// field left empty, an end before its start) are left for [`Cv::check`].
    pub fn fit(&mut self) -> Vec<CvProblem> {
        let mut cut = Vec::new();
        for _ in 0..3 {
            let Err(problems) = self.check() else {
                break;
            };
            let fixable: Vec<CvProblem> = problems
                .into_iter()
                .filter(|p| {
                    matches!(
                        p.kind,
                        CvProblemKind::TooLong
                            | CvProblemKind::TooMany
                            | CvProblemKind::UnknownLicenceClass
                    )
                })
                .collect();
            if fixable.is_empty() {
                break;
            }
            let Ok(mut value) = serde_json::to_value(&*self) else {
                break;
            };
            // From the last to the first, so removing an element leaves the paths of the
            // ones still to fix unchanged.
            for p in fixable.iter().rev() {
                fit_at(&mut value, p);
            }
            match serde_json::from_value(value) {
                Ok(fitted) => *self = fitted,
                Err(_) => break,
            }
            cut.extend(fixable);
        }
        cut
    }

    /// Every problem at once, so a form can show them all together.
    pub fn check(&self) -> Result<(), Vec<CvProblem>> {
        use limits::*;
        let mut c = Checker(Vec::new());
        c.text("title".into(), &self.title, SHORT);
        c.text("contact.name".into(), &self.contact.name, SHORT);
        c.text("contact.phone".into(), &self.contact.phone, 40);
        c.text("contact.email".into(), &self.contact.email, SHORT);
        let email = self.contact.email.trim();
        let plausible = email.contains('@') && !email.starts_with('@') && !email.ends_with('@');
        if !email.is_empty() && !plausible {
            c.add("contact.email".into(), CvProblemKind::BadEmail);
        }
        c.text("contact.town".into(), &self.contact.town, SHORT);
        c.text("profile".into(), &self.profile, LONG);

        c.count("work", &self.work, ENTRIES);
        for (i, w) in self.work.iter().enumerate() {
            c.required(format!("work.{i}.role"), &w.role, SHORT);
            c.text(format!("work.{i}.employer"), &w.employer, SHORT);
            c.text(format!("work.{i}.place"), &w.place, SHORT);
            c.period(format!("work.{i}.period"), &w.period);
            c.text(format!("work.{i}.summary"), &w.summary, LONG);
            c.bullets(format!("work.{i}.bullets"), &w.bullets);
        }
        c.count("education", &self.education, ENTRIES);
        for (i, e) in self.education.iter().enumerate() {
            c.required(format!("education.{i}.school"), &e.school, SHORT);
            c.text(format!("education.{i}.programme"), &e.programme, SHORT);
            c.text(format!("education.{i}.level"), &e.level, SHORT);
            c.text(format!("education.{i}.place"), &e.place, SHORT);
            c.period(format!("education.{i}.period"), &e.period);
        }
        c.count("skills", &self.skills, ENTRIES);
        for (i, s) in self.skills.iter().enumerate() {
            c.required(format!("skills.{i}.name"), &s.name, SHORT);
            c.text(format!("skills.{i}.level"), &s.level, SHORT);
            c.count(&format!("skills.{i}.keywords"), &s.keywords, BULLETS);
            for (j, k) in s.keywords.iter().enumerate() {
                c.text(format!("skills.{i}.keywords.{j}"), k, SHORT);
            }
        }
        c.count("languages", &self.languages, ENTRIES);
        for (i, l) in self.languages.iter().enumerate() {
            c.required(format!("languages.{i}.language"), &l.language, SHORT);
            c.text(format!("languages.{i}.level"), &l.level, SHORT);
        }
        c.count("licences", &self.licences, LICENCE_CLASSES.len());
        for (i, l) in self.licences.iter().enumerate() {
            if !LICENCE_CLASSES.contains(&l.as_str()) {
                c.add(format!("licences.{i}"), CvProblemKind::UnknownLicenceClass);
            } else if self.licences[..i].contains(l) {
                c.add(format!("licences.{i}"), CvProblemKind::TooMany);
            }
        }
        c.count("certificates", &self.certificates, ENTRIES);
        for (i, x) in self.certificates.iter().enumerate() {
            c.required(format!("certificates.{i}.name"), &x.name, SHORT);
            c.text(format!("certificates.{i}.issuer"), &x.issuer, SHORT);
        }
        c.count("volunteering", &self.volunteering, ENTRIES);
        for (i, v) in self.volunteering.iter().enumerate() {
            c.required(
                format!("volunteering.{i}.organisation"),
                &v.organisation,
                SHORT,
            );
            c.text(format!("volunteering.{i}.role"), &v.role, SHORT);
            c.period(format!("volunteering.{i}.period"), &v.period);
            c.text(format!("volunteering.{i}.summary"), &v.summary, LONG);
            c.bullets(format!("volunteering.{i}.bullets"), &v.bullets);
        }
        c.count("references", &self.references, 10);
        for (i, r) in self.references.iter().enumerate() {
            c.required(format!("references.{i}.name"), &r.name, SHORT);
            c.text(format!("references.{i}.contact"), &r.contact, MEDIUM);
        }
        c.count("interests", &self.interests, ENTRIES);
        for (i, x) in self.interests.iter().enumerate() {
            c.required(format!("interests.{i}.name"), &x.name, SHORT);
            c.count(&format!("interests.{i}.keywords"), &x.keywords, BULLETS);
            for (j, k) in x.keywords.iter().enumerate() {
                c.text(format!("interests.{i}.keywords.{j}"), k, SHORT);
            }
        }
        c.count("custom", &self.custom, 10);
        for (i, s) in self.custom.iter().enumerate() {
            c.required(format!("custom.{i}.title"), &s.title, SHORT);
            c.bullets(format!("custom.{i}.items"), &s.items);
        }
        if c.0.is_empty() {
            Ok(())
        } else {
            Err(c.0)
        }
    }

    /// Which screens hold anything at all (the overview says "Add" for the others).
    pub fn has_content(&self) -> Filled {
        let c = &self.contact;
        Filled {
            contact: [&c.name, &c.phone, &c.email, &c.town]
                .iter()
                .any(|f| !f.trim().is_empty()),
            profile: !self.profile.trim().is_empty(),
            work: !self.work.is_empty(),
            education: !self.education.is_empty(),
            skills: !self.skills.is_empty(),
            languages: !self.languages.is_empty(),
            licences: !self.licences.is_empty(),
            certificates: !self.certificates.is_empty(),
            volunteering: !self.volunteering.is_empty(),
            references: !self.references.is_empty() || self.references_on_request,
            interests: !self.interests.is_empty(),
            custom: !self.custom.is_empty(),
        }
    }

    /// Each section the progress overview counts, and whether it has something in it.
    pub fn sections(&self) -> [(Section, bool); 7] {
        let has_name = !self.contact.name.trim().is_empty();
        let reachable =
            !self.contact.phone.trim().is_empty() || !self.contact.email.trim().is_empty();
        [
            (Section::Contact, has_name && reachable),
            (Section::Profile, !self.profile.trim().is_empty()),
            (
                Section::Experience,
                !self.work.is_empty() || !self.volunteering.is_empty(),
            ),
            (Section::Education, !self.education.is_empty()),
            (Section::Skills, !self.skills.is_empty()),
            (Section::Languages, !self.languages.is_empty()),
            (
                Section::References,
                !self.references.is_empty() || self.references_on_request,
            ),
        ]
    }

    /// "4 of 7 sections filled".
    pub fn sections_filled(&self) -> (usize, usize) {
        let sections = self.sections();
        (
            sections.iter().filter(|(_, filled)| *filled).count(),
            sections.len(),
        )
    }

    /// Moves entry `index` of a list one step up or down; the no-JavaScript way to reorder.
    pub fn move_entry<T>(list: &mut [T], index: usize, up: bool) -> bool {
        let other = if up {
            index.checked_sub(1)
        } else {
            index.checked_add(1)
        };
        match other {
            Some(other) if index < list.len() && other < list.len() => {
                list.swap(index, other);
                true
            }
            _ => false,
        }
    }
}

/// Applies one cut to the CV as JSON: `path` is a problem's path (`work.3.role`).
fn fit_at(value: &mut serde_json::Value, problem: &CvProblem) {
    use serde_json::Value;
    let mut parts: Vec<&str> = problem.path.split('.').collect();
    // A licence class that is repeated or unknown is removed from its list.
    let remove = matches!(
        (problem.kind, parts.first()),
        (CvProblemKind::UnknownLicenceClass, _) | (CvProblemKind::TooMany, Some(&"licences"))
    ) && parts.len() == 2;
    let last = if remove { parts.pop() } else { None };
    let mut at = value;
    for part in &parts {
        let next = match at {
            Value::Object(map) => map.get_mut(*part),
            Value::Array(items) => part.parse::<usize>().ok().and_then(|i| items.get_mut(i)),
            _ => None,
        };
        match next {
            Some(next) => at = next,
            None => return,
        }
    }
    match (at, last) {
        (Value::Array(items), Some(i)) => {
            if let Some(i) = i.parse::<usize>().ok().filter(|i| *i < items.len()) {
                items.remove(i);
            }
        }
        (Value::Array(items), None) if problem.limit > 0 => items.truncate(problem.limit),
        (Value::String(text), None) if problem.limit > 0 => {
            *text = text
                .chars()
                .take(problem.limit)
                .collect::<String>()
                .trim_end()
                .to_string();
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn work(role: &str) -> Work {
        Work {
            role: role.into(),
            ..Work::default()
        }
    }

    #[test]
    fn an_empty_cv_is_valid_and_nothing_is_filled() {
        let cv = Cv::default();
        assert_eq!(cv.check(), Ok(()));
        assert_eq!(cv.sections_filled(), (0, 7));
    }

    #[test]
    fn limits_count_characters_and_name_the_field() {
        let mut cv = Cv {
            contact: Contact {
                name: "ع".repeat(limits::SHORT),
                ..Contact::default()
            },
            ..Cv::default()
        };
        assert_eq!(
            cv.check(),
            Ok(()),
            "100 Arabic letters fit although they are 200 bytes"
        );
        cv.contact.name.push('ع');
        cv.work = vec![work("Lagerarbetare"), work("  ")];
        cv.work[0].bullets = vec!["x".repeat(limits::MEDIUM + 1)];
        let problems = cv.check().expect_err("refused");
        let paths: Vec<_> = problems.iter().map(|p| (p.path.as_str(), p.kind)).collect();
        assert_eq!(
            paths,
            vec![
                ("contact.name", CvProblemKind::TooLong),
                ("work.0.bullets.0", CvProblemKind::TooLong),
                ("work.1.role", CvProblemKind::Required),
            ]
        );
    }

    #[test]
    fn too_many_entries_licence_classes_and_emails_are_caught() {
        let cv = Cv {
            skills: (0..=limits::ENTRIES)
                .map(|i| Skill {
                    name: format!("s{i}"),
                    ..Skill::default()
                })
                .collect(),
            licences: vec!["B".into(), "Z".into()],
            contact: Contact {
                email: "amal.example.se".into(),
                ..Contact::default()
            },
            ..Cv::default()
        };
        let kinds: Vec<_> = cv
            .check()
            .expect_err("refused")
            .into_iter()
            .map(|p| p.kind)
            .collect();
        assert!(kinds.contains(&CvProblemKind::TooMany));
        assert!(kinds.contains(&CvProblemKind::UnknownLicenceClass));
        assert!(kinds.contains(&CvProblemKind::BadEmail));
    }

    #[test]
    fn progress_counts_sections() {
        let cv = Cv {
            contact: Contact {
                name: "Amal".into(),
                phone: "070-123 45 67".into(),
                ..Contact::default()
            },
            profile: "Noggrann och glad.".into(),
            references_on_request: true,
            ..Cv::default()
        };
        assert_eq!(cv.sections_filled(), (3, 7));
    }

    #[test]
    fn entries_move_one_step_and_not_past_the_ends() {
        let mut list = vec![work("a"), work("b"), work("c")];
        assert!(Cv::move_entry(&mut list, 2, true));
        assert_eq!(
            list.iter().map(|w| w.role.as_str()).collect::<String>(),
            "acb"
        );
        assert!(!Cv::move_entry(&mut list, 0, true));
        assert!(!Cv::move_entry(&mut list, 2, false));
        assert!(!Cv::move_entry(&mut list, 7, true));
    }
}
