//! JSON Resume (schema v1.0.0) export and import.
//!
//! Import takes what Vägval models and reports, by path, every non-empty field it does not
//! (`basics.profiles`, `work[0].url`, `awards`), so nothing is dropped silently. A file that
//! is not JSON, has a value of the wrong type, an impossible date, or breaks a limit is
//! refused whole: import changes nothing unless it succeeds.
//!
//! Vägval-only data (CV title and language, driving licences, "references on request",
//! custom sections) travels in a top-level `x-vagval` object, and an education entry's
//! place in `location` (as work entries have); other tools ignore both. A language's
//! `fluency` carries its CEFR level ("B1", the middle of its skills) or "Modersmål"/"Mother
//! tongue", and its five skills travel in `x-vagval-cefr`; an import without them reads a
//! CEFR code out of the fluency text ("C1 (Advanced)") and fills the grid with it.
use super::model::*;
use crate::cv::cefr::{self, Cefr, Grid, Skill as CefrSkill};
use crate::date::{PartialDate, Period};
use serde_json::{json, Map, Value};

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportError {
    /// Not JSON at all.
    Malformed,
    /// JSON, but not an object at the top.
    NotAResume,
    WrongType {
        path: String,
    },
    BadDate {
        path: String,
    },
    Limits(Vec<CvProblem>),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Imported {
    pub cv: Cv,
    /// Paths of fields that held something Vägval does not keep.
    pub unmodelled: Vec<String>,
    /// What was cut to the limits the forms keep (too long, too many, repeated).
    pub cut: Vec<CvProblem>,
}

fn is_empty(v: &Value) -> bool {
    match v {
        Value::Null => true,
        Value::String(s) => s.trim().is_empty(),
        Value::Array(a) => a.iter().all(is_empty),
        Value::Object(o) => o.values().all(is_empty),
        _ => false,
    }
}

/// Reads one JSON object, remembering which keys were taken.
struct Reader<'a> {
    map: &'a Map<String, Value>,
    path: String,
    taken: Vec<&'static str>,
}

impl<'a> Reader<'a> {
    fn new(value: &'a Value, path: String) -> Result<Self, ImportError> {
        match value {
            Value::Object(map) => Ok(Reader {
                map,
                path,
                taken: Vec::new(),
            }),
            _ => Err(ImportError::WrongType { path }),
        }
    }

    fn at(&self, key: &str) -> String {
        if self.path.is_empty() {
            key.to_string()
        } else {
            format!("{}.{key}", self.path)
        }
    }

    fn take(&mut self, key: &'static str) -> Option<&'a Value> {
        self.taken.push(key);
        self.map.get(key).filter(|v| !v.is_null())
    }

    fn text(&mut self, key: &'static str) -> Result<String, ImportError> {
        match self.take(key) {
            None => Ok(String::new()),
            Some(Value::String(s)) => Ok(s.trim().to_string()),
            Some(Value::Number(n)) => Ok(n.to_string()),
            Some(_) => Err(ImportError::WrongType { path: self.at(key) }),
        }
    }

    fn texts(&mut self, key: &'static str) -> Result<Vec<String>, ImportError> {
        match self.take(key) {
            None => Ok(Vec::new()),
            Some(Value::Array(items)) => items
                .iter()
                .enumerate()
                .filter(|(_, v)| !is_empty(v))
                .map(|(i, v)| match v {
                    Value::String(s) => Ok(s.trim().to_string()),
                    _ => Err(ImportError::WrongType {
                        path: format!("{}[{i}]", self.at(key)),
                    }),
                })
                .collect(),
            Some(_) => Err(ImportError::WrongType { path: self.at(key) }),
        }
    }

    fn flag(&mut self, key: &'static str) -> Result<bool, ImportError> {
        match self.take(key) {
            None => Ok(false),
            Some(Value::Bool(b)) => Ok(*b),
            Some(_) => Err(ImportError::WrongType { path: self.at(key) }),
        }
    }

    fn date(&mut self, key: &'static str) -> Result<Option<PartialDate>, ImportError> {
        let text = self.text(key)?;
        if text.is_empty() {
            return Ok(None);
        }
        text.parse()
            .map(Some)
            .map_err(|_| ImportError::BadDate { path: self.at(key) })
    }

    /// JSON Resume's convention: a start with no end is still going on.
    fn period(&mut self, start: &'static str, end: &'static str) -> Result<Period, ImportError> {
        let start = self.date(start)?;
        let end = self.date(end)?;
        Ok(Period {
            start,
            end,
            ongoing: start.is_some() && end.is_none(),
        })
    }

    fn object(&mut self, key: &'static str) -> Result<Option<Reader<'a>>, ImportError> {
        let path = self.at(key);
        self.take(key).map(|v| Reader::new(v, path)).transpose()
    }

    fn list(&mut self, key: &'static str) -> Result<Vec<Reader<'a>>, ImportError> {
        let path = self.at(key);
        match self.take(key) {
            None => Ok(Vec::new()),
            Some(Value::Array(items)) => items
                .iter()
                .enumerate()
                .filter(|(_, v)| !is_empty(v))
                .map(|(i, v)| Reader::new(v, format!("{path}[{i}]")))
                .collect(),
            Some(_) => Err(ImportError::WrongType { path }),
        }
    }

    /// Every non-empty key nobody took: reported by path in `out`, and returned to be kept
    /// with the CV as it came.
    fn rest(&self, out: &mut Vec<String>) -> Extra {
        let mut kept = Extra::new();
        for (key, value) in self.map {
            if !self.taken.contains(&key.as_str()) && !is_empty(value) {
                out.push(self.at(key));
                kept.insert(key.clone(), value.clone());
            }
        }
        kept
    }
}

fn each<T: HasExtra>(
    readers: Vec<Reader<'_>>,
    out: &mut Vec<String>,
    read: impl Fn(&mut Reader<'_>) -> Result<T, ImportError>,
) -> Result<Vec<T>, ImportError> {
    readers
        .into_iter()
        .map(|mut r| {
            let mut item = read(&mut r)?;
            *item.extra_mut() = r.rest(out);
            Ok(item)
        })
        .collect()
}

/// A CV model path (`work.0.role`) as the JSON Resume path a person can find in their file
/// (`work[0].position`).
pub fn resume_path(model_path: &str) -> String {
    let parts: Vec<&str> = model_path.split('.').collect();
    let (section, rest) = match parts.split_first() {
        Some((first, rest)) => (*first, rest),
        None => return model_path.to_string(),
    };
    let (prefix, names): (&str, &[(&str, &str)]) = match section {
        "contact" => ("basics", &[("town", "location.city")]),
        "profile" => return "basics.summary".into(),
        "title" => return "x-vagval.title".into(),
        "work" => (
            "work",
            &[
                ("role", "position"),
                ("employer", "name"),
                ("place", "location"),
                ("period", "endDate"),
                ("bullets", "highlights"),
            ],
        ),
        "education" => (
            "education",
            &[
                ("school", "institution"),
                ("programme", "area"),
                ("level", "studyType"),
                ("place", "location"),
                ("period", "endDate"),
            ],
        ),
        "languages" => ("languages", &[("level", "fluency")]),
        "volunteering" => (
            "volunteer",
            &[
                ("organisation", "organization"),
                ("role", "position"),
                ("period", "endDate"),
                ("bullets", "highlights"),
            ],
        ),
        "references" => ("references", &[("contact", "reference")]),
        "interests" => ("interests", &[]),
        "licences" => ("x-vagval.drivingLicence", &[]),
        "custom" => ("x-vagval.customSections", &[]),
        other => (other, &[]),
    };
    let mut out = prefix.to_string();
    for part in rest {
        if part.parse::<usize>().is_ok() {
            out.push_str(&format!("[{part}]"));
        } else {
            let name = names
                .iter()
                .find(|(model, _)| model == part)
                .map_or(*part, |(_, resume)| resume);
            out.push('.');
            out.push_str(name);
        }
    }
    out
}

pub fn import(text: &str) -> Result<Imported, ImportError> {
    let value: Value = serde_json::from_str(text).map_err(|_| ImportError::Malformed)?;
    if !value.is_object() {
        return Err(ImportError::NotAResume);
    }
    let mut root = Reader::new(&value, String::new())?;
    let mut un = Vec::new();
    let mut cv = Cv::default();

    // Bookkeeping, not CV content: kept for the export, not reported.
    for key in ["$schema", "meta"] {
        if let Some(value) = root.take(key).filter(|v| !is_empty(v)) {
            cv.extra.insert(key.to_string(), value.clone());
        }
    }

    if let Some(mut basics) = root.object("basics")? {
        cv.contact.name = basics.text("name")?;
        cv.contact.email = basics.text("email")?;
        cv.contact.phone = basics.text("phone")?;
        cv.profile = basics.text("summary")?;
        let mut location_kept = Extra::new();
        if let Some(mut location) = basics.object("location")? {
            cv.contact.town = location.text("city")?;
            location_kept = location.rest(&mut un);
        }
        let mut basics_kept = basics.rest(&mut un);
        if !location_kept.is_empty() {
            basics_kept.insert("location".into(), Value::Object(location_kept));
        }
        if !basics_kept.is_empty() {
            cv.extra.insert("basics".into(), Value::Object(basics_kept));
        }
    }
    let work = root.list("work")?;
    cv.work = each(work, &mut un, |r| {
        Ok(Work {
            employer: r.text("name")?,
            role: r.text("position")?,
            place: r.text("location")?,
            period: r.period("startDate", "endDate")?,
            summary: r.text("summary")?,
            bullets: r.texts("highlights")?,
            ..Work::default()
        })
    })?;
    let education = root.list("education")?;
    cv.education = each(education, &mut un, |r| {
        Ok(Education {
            school: r.text("institution")?,
            programme: r.text("area")?,
            level: r.text("studyType")?,
            place: r.text("location")?,
            period: r.period("startDate", "endDate")?,
            ..Education::default()
        })
    })?;
    let skills = root.list("skills")?;
    cv.skills = each(skills, &mut un, |r| {
        Ok(Skill {
            name: r.text("name")?,
            level: r.text("level")?,
            keywords: r.texts("keywords")?,
            ..Skill::default()
        })
    })?;
    let languages = root.list("languages")?;
    cv.languages = each(languages, &mut un, |r| {
        let fluency = r.text("fluency")?;
        let mut grid: Grid = Default::default();
        if let Some(mut skills) = r.object("x-vagval-cefr")? {
            for skill in CefrSkill::ALL {
                grid[skill.index()] = Cefr::parse(&skills.text(skill.code())?);
            }
            // Vägval's own object: anything else in it is nobody's data, and goes.
        }
        let native = names_mother_tongue(&fluency);
        let cefr = if grid.iter().any(Option::is_some) {
            Some(grid)
        } else {
            Cefr::find_in(&fluency).map(cefr::uniform)
        };
        Ok(Language {
            language: r.text("language")?,
            // The grid (or "mother tongue") says it: the fluency text was only its summary.
            level: if native || cefr.is_some() {
                String::new()
            } else {
                fluency
            },
            native,
            cefr,
            ..Language::default()
        })
    })?;
    let interests = root.list("interests")?;
    cv.interests = each(interests, &mut un, |r| {
        Ok(Interest {
            name: r.text("name")?,
            keywords: r.texts("keywords")?,
            ..Interest::default()
        })
    })?;
    let certificates = root.list("certificates")?;
    cv.certificates = each(certificates, &mut un, |r| {
        Ok(Certificate {
            name: r.text("name")?,
            issuer: r.text("issuer")?,
            date: r.date("date")?,
            ..Certificate::default()
        })
    })?;
    let volunteer = root.list("volunteer")?;
    cv.volunteering = each(volunteer, &mut un, |r| {
        Ok(Volunteering {
            organisation: r.text("organization")?,
            role: r.text("position")?,
            period: r.period("startDate", "endDate")?,
            summary: r.text("summary")?,
            bullets: r.texts("highlights")?,
            ..Volunteering::default()
        })
    })?;
    let references = root.list("references")?;
    cv.references = each(references, &mut un, |r| {
        Ok(Reference {
            name: r.text("name")?,
            contact: r.text("reference")?,
            ..Reference::default()
        })
    })?;

    if let Some(mut ext) = root.object("x-vagval")? {
        cv.title = ext.text("title")?;
        cv.language = match ext.text("language")?.as_str() {
            "en" => CvLanguage::En,
            _ => CvLanguage::Sv,
        };
        cv.licences = ext.texts("drivingLicence")?;
        cv.references_on_request = ext.flag("referencesOnRequest")?;
        let custom = ext.list("customSections")?;
        cv.custom = each(custom, &mut un, |r| {
            Ok(CustomSection {
                title: r.text("title")?,
                items: r.texts("items")?,
                ..CustomSection::default()
            })
        })?;
        let ext_kept = ext.rest(&mut un);
        if !ext_kept.is_empty() {
            cv.extra.insert("x-vagval".into(), Value::Object(ext_kept));
        }
    }
    let root_kept = root.rest(&mut un);
    cv.extra.extend(root_kept);
    cv.clean();
    let cut = cv.fit();
    cv.check().map_err(ImportError::Limits)?;
    Ok(Imported {
        cv,
        unmodelled: un,
        cut,
    })
}

/// Adds `key: value` unless the value is empty, so the export stays readable.
fn put(map: &mut Map<String, Value>, key: &str, value: Value) {
    if !is_empty(&value) {
        map.insert(key.to_string(), value);
    }
}

fn object(pairs: Vec<(&str, Value)>) -> Value {
    let mut map = Map::new();
    for (k, v) in pairs {
        put(&mut map, k, v);
    }
    Value::Object(map)
}

/// A list section: one object per entry, with what the entry kept from an import.
fn list<T: HasExtra>(items: &[T], entry: impl Fn(&T) -> Vec<(&'static str, Value)>) -> Value {
    Value::Array(
        items
            .iter()
            .map(|item| {
                let mut value = object(entry(item));
                merge(&mut value, item.extra());
                value
            })
            .collect(),
    )
}

/// Adds the kept fields to what Vägval writes; where both have an object (`basics`,
/// `location`), their fields are merged. Vägval's own values win.
fn merge(value: &mut Value, kept: &Extra) {
    let Value::Object(map) = value else {
        return;
    };
    for (key, extra) in kept {
        match (map.get_mut(key), extra) {
            (Some(mine @ Value::Object(_)), Value::Object(theirs)) => merge(mine, theirs),
            (Some(_), _) => {}
            (None, extra) => {
                map.insert(key.clone(), extra.clone());
            }
        }
    }
}

fn date(d: Option<PartialDate>) -> Value {
    d.map(|d| Value::String(d.to_string()))
        .unwrap_or(Value::Null)
}

fn end(p: &Period) -> Value {
    if p.ongoing {
        Value::Null
    } else {
        date(p.end)
    }
}

/// Whether a fluency text says "mother tongue", as CV tools in Swedish, English and Arabic
/// write it.
fn names_mother_tongue(fluency: &str) -> bool {
    let text = fluency.to_lowercase();
    // "Near-native (C1)" and "non-native" are levels, not a mother tongue; so is any text
    // that names a CEFR level.
    if text.contains("non-native")
        || text.contains("non native")
        || text.contains("near")
        || Cefr::find_in(fluency).is_some()
    {
        return false;
    }
    [
        "modersmål",
        "mother tongue",
        "native",
        "first language",
        "förstaspråk",
        "اللغة الأم",
    ]
    .iter()
    .any(|word| text.contains(word))
}

/// A language's `fluency`: mother tongue, the grid's middle level, or the words typed.
fn fluency(language: &Language, locale: crate::i18n::Locale) -> String {
    if language.native {
        crate::i18n::Key::CvPrintNative.get(locale).to_string()
    } else if let Some(level) = language.cefr.as_ref().and_then(cefr::summary) {
        level.code().to_string()
    } else {
        language.level.clone()
    }
}

pub fn export(cv: &Cv) -> Value {
    let mut value = export_shown(cv);
    merge(&mut value, &cv.extra);
    value
}

/// What Vägval itself shows, as JSON Resume.
fn export_shown(cv: &Cv) -> Value {
    let c = &cv.contact;
    object(vec![
        (
            "basics",
            object(vec![
                ("name", json!(c.name)),
                ("email", json!(c.email)),
                ("phone", json!(c.phone)),
                ("summary", json!(cv.profile)),
                ("location", object(vec![("city", json!(c.town))])),
            ]),
        ),
        (
            "work",
            list(&cv.work, |w| {
                vec![
                    ("name", json!(w.employer)),
                    ("position", json!(w.role)),
                    ("location", json!(w.place)),
                    ("startDate", date(w.period.start)),
                    ("endDate", end(&w.period)),
                    ("summary", json!(w.summary)),
                    ("highlights", json!(w.bullets)),
                ]
            }),
        ),
        (
            "volunteer",
            list(&cv.volunteering, |v| {
                vec![
                    ("organization", json!(v.organisation)),
                    ("position", json!(v.role)),
                    ("startDate", date(v.period.start)),
                    ("endDate", end(&v.period)),
                    ("summary", json!(v.summary)),
                    ("highlights", json!(v.bullets)),
                ]
            }),
        ),
        (
            "education",
            list(&cv.education, |e| {
                vec![
                    ("institution", json!(e.school)),
                    ("area", json!(e.programme)),
                    ("studyType", json!(e.level)),
                    ("location", json!(e.place)),
                    ("startDate", date(e.period.start)),
                    ("endDate", end(&e.period)),
                ]
            }),
        ),
        (
            "certificates",
            list(&cv.certificates, |x| {
                vec![
                    ("name", json!(x.name)),
                    ("issuer", json!(x.issuer)),
                    ("date", date(x.date)),
                ]
            }),
        ),
        (
            "skills",
            list(&cv.skills, |s| {
                vec![
                    ("name", json!(s.name)),
                    ("level", json!(s.level)),
                    ("keywords", json!(s.keywords)),
                ]
            }),
        ),
        (
            "languages",
            list(&cv.languages, |l| {
                let locale = super::print::cv_locale(cv.language);
                let skills = l.cefr.map_or(Value::Null, |grid| {
                    object(
                        CefrSkill::ALL
                            .iter()
                            .map(|s| (s.code(), json!(grid[s.index()].map(Cefr::code))))
                            .collect(),
                    )
                });
                vec![
                    ("language", json!(l.language)),
                    ("fluency", json!(fluency(l, locale))),
                    ("x-vagval-cefr", skills),
                ]
            }),
        ),
        (
            "interests",
            list(&cv.interests, |x| {
                vec![("name", json!(x.name)), ("keywords", json!(x.keywords))]
            }),
        ),
        (
            "references",
            list(&cv.references, |r| {
                vec![("name", json!(r.name)), ("reference", json!(r.contact))]
            }),
        ),
        (
            "x-vagval",
            object(vec![
                ("title", json!(cv.title)),
                (
                    "language",
                    json!(if cv.language == CvLanguage::En {
                        "en"
                    } else {
                        ""
                    }),
                ),
                ("drivingLicence", json!(cv.licences)),
                (
                    "referencesOnRequest",
                    if cv.references_on_request {
                        json!(true)
                    } else {
                        Value::Null
                    },
                ),
                (
                    "customSections",
                    list(&cv.custom, |s| {
                        vec![("title", json!(s.title)), ("items", json!(s.items))]
                    }),
                ),
            ]),
        ),
    ])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Option<PartialDate> {
        Some(s.parse().expect("date"))
    }

    fn full_cv() -> Cv {
        Cv {
            title: "CV för lagerjobb".into(),
            language: CvLanguage::Sv,
            contact: Contact {
                name: "Amal Hassan".into(),
                phone: "070-123 45 67".into(),
                email: "amal@example.se".into(),
                town: "Södertälje".into(),
            },
            profile: "Noggrann och van vid tunga lyft. أعمل بجد.".into(),
            work: vec![
                Work {
                    employer: "ICA Maxi".into(),
                    role: "Lagerarbetare".into(),
                    place: "Botkyrka".into(),
                    period: Period {
                        start: d("2022-03"),
                        end: None,
                        ongoing: true,
                    },
                    bullets: vec!["Plockade order".into(), "Körde truck".into()],
                    ..Default::default()
                },
                Work {
                    employer: "Bageri i Aleppo".into(),
                    role: "Bagare".into(),
                    place: "Aleppo".into(),
                    period: Period {
                        start: d("2012"),
                        end: d("2015-06-30"),
                        ongoing: false,
                    },
                    bullets: vec![],
                    ..Default::default()
                },
            ],
            education: vec![Education {
                school: "Komvux Södertälje".into(),
                programme: "SFI".into(),
                level: "SFI D".into(),
                place: "Södertälje".into(),
                period: Period {
                    start: d("2020"),
                    end: d("2021-12"),
                    ongoing: false,
                },
                ..Default::default()
            }],
            skills: vec![Skill {
                name: "Truckkort".into(),
                level: "A+B".into(),
                keywords: vec!["Motviktstruck".into()],
                ..Default::default()
            }],
            languages: vec![
                Language {
                    language: "Arabiska".into(),
                    native: true,
                    ..Default::default()
                },
                Language {
                    language: "Svenska".into(),
                    cefr: Some([
                        Some(Cefr::B2),
                        Some(Cefr::B1),
                        Some(Cefr::B1),
                        None,
                        Some(Cefr::A2),
                    ]),
                    ..Default::default()
                },
                Language {
                    language: "Somaliska".into(),
                    level: "Lite".into(),
                    ..Default::default()
                },
            ],
            licences: vec!["B".into(), "C1".into()],
            certificates: vec![Certificate {
                name: "Hygienkurs".into(),
                issuer: "Livsmedelsverket".into(),
                date: d("2023-05"),
                ..Default::default()
            }],
            volunteering: vec![Volunteering {
                organisation: "Röda Korset".into(),
                role: "Volontär".into(),
                period: Period {
                    start: d("2021"),
                    end: None,
                    ongoing: true,
                },
                summary: "Läxhjälp".into(),
                bullets: vec!["Två kvällar i veckan".into()],
                ..Default::default()
            }],
            references: vec![Reference {
                name: "Lena Berg".into(),
                contact: "lena@example.se".into(),
                ..Default::default()
            }],
            references_on_request: true,
            interests: vec![Interest {
                name: "Fotboll".into(),
                keywords: vec!["Tränare för barn".into()],
                ..Default::default()
            }],
            custom: vec![CustomSection {
                title: "Intressen".into(),
                items: vec!["Fotboll".into()],
                ..Default::default()
            }],
            ..Default::default()
        }
    }

    #[test]
    fn export_then_import_gives_the_same_cv() {
        let cv = full_cv();
        let text = export(&cv).to_string();
        let back = import(&text).expect("import");
        assert_eq!(back.unmodelled, Vec::<String>::new());
        assert_eq!(back.cv, cv);
    }

    #[test]
    fn a_cefr_fluency_fills_the_grid_and_mother_tongue_is_understood() {
        let text = r#"{"languages": [
            {"language": "Svenska", "fluency": "Level B2 - Upper intermediate"},
            {"language": "Tigrinja", "fluency": "Native speaker"},
            {"language": "Engelska", "fluency": "Bra"},
            {"language": "Franska", "fluency": "Near-native (C1)"},
            {"language": "Finska", "fluency": "A1B"},
            {"language": "Persiska", "fluency": "A2",
             "x-vagval-cefr": {"listening": "B1", "writing": "A1", "x": "y"}}
        ]}"#;
        let cv = import(text).expect("import").cv;
        let l = &cv.languages;
        assert_eq!(l[0].cefr, Some(cefr::uniform(Cefr::B2)));
        assert_eq!(l[0].level, "");
        assert!(l[1].native && l[1].cefr.is_none() && l[1].level.is_empty());
        assert_eq!((l[2].level.as_str(), l[2].cefr), ("Bra", None));
        assert!(!l[3].native);
        assert_eq!(l[3].cefr, Some(cefr::uniform(Cefr::C1)));
        assert_eq!((l[4].level.as_str(), l[4].cefr), ("A1B", None));
        assert_eq!(
            l[5].cefr,
            Some([Some(Cefr::B1), None, None, None, Some(Cefr::A1)])
        );
    }

    #[test]
    fn export_uses_the_schema_names_and_partial_dates() {
        let v = export(&full_cv());
        assert_eq!(v["basics"]["location"]["city"], "Södertälje");
        assert_eq!(v["work"][0]["startDate"], "2022-03");
        assert!(
            v["work"][0].get("endDate").is_none(),
            "ongoing work has no end date"
        );
        assert_eq!(v["work"][1]["endDate"], "2015-06-30");
        assert_eq!(v["education"][0]["studyType"], "SFI D");
        assert_eq!(v["languages"][0]["fluency"], "Modersmål");
        assert_eq!(v["languages"][1]["fluency"], "B1");
        assert_eq!(v["languages"][1]["x-vagval-cefr"]["reading"], "B1");
        assert_eq!(
            v["languages"][1]["x-vagval-cefr"]["spokenProduction"],
            Value::Null
        );
        assert_eq!(v["languages"][2]["fluency"], "Lite");
        assert_eq!(v["x-vagval"]["drivingLicence"], json!(["B", "C1"]));
        assert!(
            export(&Cv::default())
                .as_object()
                .is_some_and(|o| o.is_empty()),
            "an empty CV exports nothing"
        );
    }

    #[test]
    fn fields_vagval_does_not_show_are_reported_by_path_and_kept() {
        let text = r#"{
            "$schema": "x", "meta": {"version": "v1.0.0"},
            "basics": {"name": "Bilal", "label": "Kock", "image": "",
                       "profiles": [{"network": "LinkedIn", "username": "bilal"}],
                       "location": {"city": "Malmö", "countryCode": "SE"}},
            "work": [{"name": "Restaurang", "position": "Kock", "url": "https://example.se",
                      "summary": "Lagade mat\nDiskade", "startDate": "2019-04", "endDate": "2020"}],
            "awards": [{"title": "Bästa kock"}],
            "interests": []
        }"#;
        let imported = import(text).expect("import");
        assert_eq!(
            imported.unmodelled,
            vec![
                "basics.location.countryCode",
                "basics.label",
                "basics.profiles",
                "work[0].url",
                "awards"
            ]
        );
        let w = &imported.cv.work[0];
        assert_eq!(
            w.summary, "Lagade mat\nDiskade",
            "a work summary stays a summary"
        );
        assert_eq!(w.extra["url"], "https://example.se");
        assert_eq!(imported.cv.extra["awards"][0]["title"], "Bästa kock");
        assert_eq!(imported.cv.extra["basics"]["location"]["countryCode"], "SE");
        assert_eq!(
            (w.period.start, w.period.end, w.period.ongoing),
            (d("2019-04"), d("2020"), false)
        );
        assert_eq!(imported.cv.contact.town, "Malmö");
    }

    #[test]
    fn a_start_without_an_end_is_ongoing() {
        let imported =
            import(r#"{"work": [{"position": "Städare", "startDate": "2023"}]}"#).expect("import");
        assert!(imported.cv.work[0].period.ongoing);
    }

    #[test]
    fn bad_files_are_refused_whole_with_a_reason() {
        assert_eq!(import("not json"), Err(ImportError::Malformed));
        assert_eq!(import("[1, 2]"), Err(ImportError::NotAResume));
        assert_eq!(
            import(r#"{"work": {"name": "x"}}"#),
            Err(ImportError::WrongType {
                path: "work".into()
            })
        );
        assert_eq!(
            import(r#"{"work": [{"position": "x", "highlights": [1]}]}"#),
            Err(ImportError::WrongType {
                path: "work[0].highlights[0]".into()
            })
        );
        assert_eq!(
            import(r#"{"education": [{"institution": "x", "startDate": "2019-13"}]}"#),
            Err(ImportError::BadDate {
                path: "education[0].startDate".into()
            })
        );
        // What no cut can fix is refused, by field.
        assert!(matches!(
            import(r#"{"work": [{"name": "PostNord"}]}"#),
            Err(ImportError::Limits(p)) if p[0].path == "work.0.role"
        ));
    }

    #[test]
    fn imports_are_cut_to_the_forms_limits_and_say_what_was_cut() {
        let long = format!(
            r#"{{"basics": {{"name": "{}"}}}}"#,
            "å".repeat(limits::SHORT + 1)
        );
        let imported = import(&long).expect("cut, not refused");
        assert_eq!(imported.cv.contact.name.chars().count(), limits::SHORT);
        assert_eq!(imported.cut[0].path, "contact.name");

        let licences = vec!["\"B\""; 14_000].join(",");
        let many = format!(
            r#"{{"x-vagval": {{"drivingLicence": [{licences}, "C", "ZZ", "C"]}}, "work": [{}]}}"#,
            vec![r#"{"position": "Lagerarbetare"}"#; 45].join(",")
        );
        let imported = import(&many).expect("cut, not refused");
        assert_eq!(imported.cv.licences, vec!["B", "C"]);
        assert_eq!(imported.cv.work.len(), limits::ENTRIES);
        assert!(imported.cut.iter().any(|p| p.path == "work"));
        assert!(imported.cut.iter().any(|p| p.path.starts_with("licences")));

        let controls = r#"{"basics": {"name": "Amal\u0000\u001b\u202e Hassan", "summary": "rad 1\r\nrad 2\u0007"}}"#;
        let imported = import(controls).expect("imported");
        assert_eq!(imported.cv.contact.name, "Amal Hassan");
        assert_eq!(imported.cv.profile, "rad 1\nrad 2");
    }

    /// Every non-empty leaf value of a JSON document, by path.
    fn leaves(value: &Value, path: String, out: &mut std::collections::BTreeMap<String, Value>) {
        match value {
            Value::Object(map) => map
                .iter()
                .for_each(|(k, v)| leaves(v, format!("{path}/{k}"), out)),
            Value::Array(items) => items
                .iter()
                .enumerate()
                .for_each(|(i, v)| leaves(v, format!("{path}/{i}"), out)),
            v if is_empty(v) => {}
            v => {
                out.insert(path, v.clone());
            }
        }
    }

    const SAMPLE: &str = include_str!("../../tests/fixtures/sample.resume.json");

    #[test]
    fn the_schemas_own_sample_keeps_its_values_through_import_and_export() {
        let sample: Value = serde_json::from_str(SAMPLE).expect("sample");
        let imported = import(SAMPLE).expect("the sample imports");
        let back = export(&imported.cv);
        let (mut before, mut after) = (Default::default(), Default::default());
        leaves(&sample, String::new(), &mut before);
        leaves(&back, String::new(), &mut after);
        let lost: Vec<&String> = before
            .iter()
            .filter(|(path, value)| after.get(*path) != Some(*value))
            .map(|(path, _)| path)
            .collect();
        assert!(
            (before.len() - lost.len()) * 100 >= before.len() * 95,
            "kept {} of {}; lost {lost:?}",
            before.len() - lost.len(),
            before.len()
        );
        // What Vägval shows comes back exactly, in its own fields.
        let work = &imported.cv.work[0];
        assert_eq!(
            work.summary,
            sample["work"][0]["summary"].as_str().expect("summary")
        );
        assert_eq!(work.bullets.len(), 3);
        assert_eq!(
            back["work"][0]["highlights"],
            sample["work"][0]["highlights"]
        );
        assert_eq!(back["basics"]["profiles"], sample["basics"]["profiles"]);
        assert_eq!(back["awards"], sample["awards"]);
        // And a second round changes nothing.
        let again = import(&back.to_string()).expect("reimports");
        assert_eq!(again.cv, imported.cv);
    }

    #[test]
    fn problems_are_named_as_the_file_names_them() {
        assert_eq!(resume_path("work.0.role"), "work[0].position");
        assert_eq!(resume_path("contact.town"), "basics.location.city");
        assert_eq!(
            resume_path("volunteering.2.organisation"),
            "volunteer[2].organization"
        );
        assert_eq!(resume_path("licences.3"), "x-vagval.drivingLicence[3]");
        assert_eq!(resume_path("profile"), "basics.summary");
    }

    #[test]
    fn kept_fields_stay_with_their_entry_when_entries_move() {
        let imported = import(
            r#"{"work": [{"position": "A", "url": "https://a.example"},
                         {"position": "B", "url": "https://b.example"}]}"#,
        )
        .expect("imports");
        let mut cv = imported.cv;
        cv.work.swap(0, 1);
        let back = export(&cv);
        assert_eq!(back["work"][0]["position"], "B");
        assert_eq!(back["work"][0]["url"], "https://b.example");
    }
}
