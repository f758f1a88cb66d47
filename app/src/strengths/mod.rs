//! "Mina styrkor", the career profile as Supported Employment starts it: the person's own
//! strengths in the method's three groups (heart, head, hands), picked from plain words or
//! written in their own, each with an example; interests and what they care about; the work
//! they want; their conditions for success; notes on earlier jobs the CV does not hold.
//! The participant's own (no coach reads it yet); stored as one profile part, so that it
//! can be shared on its own later. Strengths and interests can be put into a CV.
pub mod catalogue;

use crate::auth::{RequireRole, Role};
use crate::error::AppError;
#[cfg(feature = "ssr")]
use crate::error::{FieldProblem, Invalid};
use crate::i18n::{t, Key};
use crate::ui::{action_error, field_message, form_action, ErrorSummary, Page, Submit, TextField};
use catalogue::Group;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Strengths picked and written, together.
pub const MAX_STRENGTHS: usize = 60;
pub const MAX_INTERESTS: usize = 20;
pub const MAX_WORK_GOALS: usize = 10;
pub const MAX_NOTES: usize = 20;
/// A strength or interest in own words, a work goal: one short line.
#[cfg(feature = "ssr")]
const LINE_CHARS: usize = 100;
/// An example, a note: a few sentences.
#[cfg(feature = "ssr")]
const TEXT_CHARS: usize = 1000;

/// A strength from the list, by its group and slug.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Picked {
    pub group: Group,
    pub slug: String,
    /// "When I showed this".
    #[serde(default)]
    pub example: String,
}

/// A strength in the person's own words.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OwnStrength {
    pub group: Group,
    pub text: String,
    #[serde(default)]
    pub example: String,
}

/// Conditions for success: a chosen answer per question (codes of [`catalogue::CHOICES`]),
/// how they travel, from when they can start, and anything to say in words.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Conditions {
    #[serde(default)]
    pub choices: BTreeMap<String, String>,
    /// Codes of [`catalogue::MEANS`].
    #[serde(default)]
    pub means: Vec<String>,
    /// Which times, when "specific times".
    #[serde(default)]
    pub hours_note: String,
    /// What a job must take into account (a back that cannot lift, an allergy).
    #[serde(default)]
    pub physical_note: String,
    /// `YYYY-MM-DD`, or empty.
    #[serde(default)]
    pub earliest: String,
}

/// What an earlier job taught: private notes the CV does not hold.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct HistoryNote {
    pub job: String,
    #[serde(default)]
    pub worked: String,
    #[serde(default)]
    pub not_worked: String,
    #[serde(default)]
    pub why_ended: String,
}

/// The stored document ("strengths" profile part).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct StrengthsDoc {
    #[serde(default)]
    pub picked: Vec<Picked>,
    #[serde(default)]
    pub own: Vec<OwnStrength>,
    #[serde(default)]
    pub interests: Vec<String>,
    /// What the person cares about, in their words.
    #[serde(default)]
    pub cares: String,
    /// Occupations wanted.
    #[serde(default)]
    pub work_goals: Vec<String>,
    #[serde(default)]
    pub conditions: Conditions,
}

/// The stored notes on earlier jobs ("history" profile part): kept apart from the
/// strengths, so that they travel with no page or share of them.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct HistoryDoc {
    #[serde(default)]
    pub notes: Vec<HistoryNote>,
}

impl StrengthsDoc {
    /// Every strength with its words (the list's in the page's language) and example, by
    /// group; `Some(slug)` for a picked one.
    pub fn strengths(&self, group: Group) -> Vec<(String, String)> {
        let picked = self
            .picked
            .iter()
            .filter(|p| p.group == group)
            .filter_map(|p| {
                let key = catalogue::key(group, &p.slug)?;
                Some((t(key).to_string(), p.example.clone()))
            });
        let own = self
            .own
            .iter()
            .filter(|o| o.group == group)
            .map(|o| (o.text.clone(), o.example.clone()));
        picked.chain(own).collect()
    }
}

#[cfg(feature = "ssr")]
pub(crate) mod server {
    use super::*;
    pub use crate::profile::document::refuse;

    pub fn get<'a>(fields: &'a BTreeMap<String, String>, name: &str) -> &'a str {
        fields.get(name).map(|s| s.trim()).unwrap_or("")
    }

    /// One line of text, cleaned and bounded.
    pub fn line(
        fields: &BTreeMap<String, String>,
        name: &str,
        max: usize,
        invalid: &mut Invalid,
    ) -> String {
        let value = crate::text::clean_line(get(fields, name));
        if value.chars().count() > max {
            invalid.add(name, FieldProblem::TooLong);
        }
        value
    }

    /// Free text (line breaks kept), cleaned and bounded.
    pub fn text(
        fields: &BTreeMap<String, String>,
        name: &str,
        max: usize,
        invalid: &mut Invalid,
    ) -> String {
        let value = crate::text::clean_text(get(fields, name))
            .trim()
            .to_string();
        if value.chars().count() > max {
            invalid.add(name, FieldProblem::TooLong);
        }
        value
    }

    /// A list typed one item per line: each a line of at most `chars`, at most `max` items.
    pub fn lines(
        fields: &BTreeMap<String, String>,
        name: &str,
        max: usize,
        chars: usize,
        invalid: &mut Invalid,
    ) -> Vec<String> {
        let mut items: Vec<String> = Vec::new();
        for item in get(fields, name).lines() {
            let item = crate::text::clean_line(item).trim().to_string();
            if !item.is_empty()
                && !items
                    .iter()
                    .any(|i| i.to_lowercase() == item.to_lowercase())
            {
                items.push(item);
            }
        }
        if items.len() > max {
            invalid.add(name, FieldProblem::TooManyLines);
        } else if items.iter().any(|i| i.chars().count() > chars) {
            invalid.add(name, FieldProblem::TooLong);
        }
        items
    }

    /// The strengths ticked on the list (`pick-heart-calm=on`); an unknown one is refused.
    pub fn picks_from(fields: &BTreeMap<String, String>) -> Result<Vec<(Group, String)>, Invalid> {
        let mut picks = Vec::new();
        let mut invalid = Invalid::new();
        for (name, value) in fields {
            let Some(rest) = name.strip_prefix("pick-") else {
                continue;
            };
            if value.is_empty() {
                continue;
            }
            match rest
                .split_once('-')
                .and_then(|(g, slug)| Some((Group::parse(g)?, slug)))
                .filter(|(g, slug)| catalogue::key(*g, slug).is_some())
            {
                Some((group, slug)) => picks.push((group, slug.to_string())),
                None => {
                    if invalid.errors.is_empty() {
                        invalid.add("pick-heart", FieldProblem::UnknownOption);
                    }
                }
            }
        }
        if invalid.errors.is_empty() {
            Ok(picks)
        } else {
            Err(invalid)
        }
    }

    /// Conditions for success from their form.
    pub fn conditions_from(
        fields: &BTreeMap<String, String>,
        today: jiff::civil::Date,
    ) -> Result<Conditions, Invalid> {
        let mut invalid = Invalid::new();
        let mut choices = BTreeMap::new();
        for (question, _, options) in catalogue::CHOICES {
            match get(fields, question) {
                "" | "none" => {}
                code if options.iter().any(|(c, _)| *c == code) => {
                    choices.insert(question.to_string(), code.to_string());
                }
                _ => invalid.add(question, FieldProblem::UnknownOption),
            }
        }
        let mut means = Vec::new();
        for (code, _) in catalogue::MEANS {
            if !get(fields, &format!("means-{code}")).is_empty() {
                means.push(code.to_string());
            }
        }
        let hours_note = line(fields, "hours_note", LINE_CHARS, &mut invalid);
        let physical_note = line(fields, "physical_note", LINE_CHARS * 2, &mut invalid);
        let earliest = match get(fields, "earliest") {
            "" => String::new(),
            typed => match crate::ssr::clock::parse_day(typed) {
                Some(day) if day < today => {
                    // A day gone by: "from now", said as today.
                    today.to_string()
                }
                Some(day) => day.to_string(),
                None => {
                    invalid.add("earliest", FieldProblem::BadDay);
                    String::new()
                }
            },
        };
        if invalid.errors.is_empty() {
            Ok(Conditions {
                choices,
                means,
                hours_note,
                physical_note,
                earliest,
            })
        } else {
            Err(invalid)
        }
    }

    /// Puts the strengths (as CV skills, the list's words in the CV's language) and the
    /// interests into a CV; what the CV already lists (by name, any case) is not repeated.
    pub fn into_cv(doc: &StrengthsDoc, cv: &mut crate::cv::model::Cv) {
        use crate::cv::model::{Interest, Skill};
        cv.adopt_kept_interests();
        let locale = crate::cv::print::cv_locale(cv.language);
        let same = |a: &str, b: &str| a.trim().to_lowercase() == b.trim().to_lowercase();
        let names = doc
            .picked
            .iter()
            .filter_map(|p| catalogue::key(p.group, &p.slug).map(|k| k.get(locale).to_string()))
            .chain(doc.own.iter().map(|o| o.text.clone()));
        // A CV holds so many entries; the rest stay in "Mina styrkor".
        let room = crate::cv::model::limits::ENTRIES;
        for name in names {
            if cv.skills.len() < room && !cv.skills.iter().any(|s| same(&s.name, &name)) {
                cv.skills.push(Skill {
                    name,
                    ..Skill::default()
                });
            }
        }
        for name in &doc.interests {
            if cv.interests.len() < room && !cv.interests.iter().any(|i| same(&i.name, name)) {
                cv.interests.push(Interest {
                    name: name.clone(),
                    ..Interest::default()
                });
            }
        }
    }

    #[cfg(test)]
    mod tests {
        use super::*;

        fn form(pairs: &[(&str, &str)]) -> BTreeMap<String, String> {
            pairs
                .iter()
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect()
        }

        #[test]
        fn picks_are_read_from_their_names_and_unknown_ones_refused() {
            let picks = picks_from(&form(&[
                ("pick-heart-calm", "on"),
                ("pick-hands-quick-learner", ""),
                ("pick-head-phone-apps", "on"),
                ("other", "x"),
            ]))
            .expect("known strengths");
            assert_eq!(
                picks,
                vec![
                    (Group::Head, "phone-apps".to_string()),
                    (Group::Heart, "calm".to_string())
                ]
            );
            assert!(picks_from(&form(&[("pick-heart-evil", "on")])).is_err());
            assert!(picks_from(&form(&[("pick-feet-calm", "on")])).is_err());
        }

        #[test]
        fn lists_typed_a_line_each_are_bounded_and_unique() {
            let mut invalid = Invalid::new();
            let items = lines(
                &form(&[("interests", "Fotboll\n\n fotboll \nMatlagning\r\nMusik")]),
                "interests",
                3,
                100,
                &mut invalid,
            );
            assert_eq!(items, vec!["Fotboll", "Matlagning", "Musik"]);
            assert!(invalid.errors.is_empty());
            lines(
                &form(&[("interests", "a\nb\nc\nd")]),
                "interests",
                3,
                100,
                &mut invalid,
            );
            assert_eq!(invalid.errors[0].problem, FieldProblem::TooManyLines);
        }

        #[test]
        fn conditions_take_known_answers_only() {
            let today: jiff::civil::Date = "2026-12-01".parse().expect("a day");
            let ok = conditions_from(
                &form(&[
                    ("hours", "part"),
                    ("place", "outdoor"),
                    ("means-bike", "on"),
                    ("earliest", "2027-01-07"),
                ]),
                today,
            )
            .expect("known answers");
            assert_eq!(ok.choices["hours"], "part");
            assert_eq!(ok.means, vec!["bike"]);
            assert_eq!(ok.earliest, "2027-01-07");
            let bad = conditions_from(&form(&[("hours", "always"), ("earliest", "snart")]), today)
                .unwrap_err();
            let fields: Vec<_> = bad.errors.iter().map(|e| e.field.as_str()).collect();
            assert_eq!(fields, vec!["hours", "earliest"]);
        }

        #[test]
        fn the_cv_gets_strengths_as_skills_in_its_language_once() {
            let mut cv = crate::cv::model::Cv {
                language: crate::cv::model::CvLanguage::En,
                ..Default::default()
            };
            let doc = StrengthsDoc {
                picked: vec![Picked {
                    group: Group::Hands,
                    slug: "cooking".into(),
                    example: String::new(),
                }],
                own: vec![OwnStrength {
                    group: Group::Head,
                    text: "Tigrinja-tolk".into(),
                    example: String::new(),
                }],
                interests: vec!["Fotboll".into()],
                ..Default::default()
            };
            into_cv(&doc, &mut cv);
            into_cv(&doc, &mut cv);
            let skills: Vec<_> = cv.skills.iter().map(|s| s.name.as_str()).collect();
            assert_eq!(skills, vec!["Cooking", "Tigrinja-tolk"]);
            assert_eq!(cv.interests.len(), 1);
        }
    }
}

#[server(prefix = "/api", endpoint = "my-strengths")]
pub async fn my_strengths() -> Result<StrengthsDoc, AppError> {
    use crate::ssr::access::Act;
    let (state, me) = crate::profile::document::owner::<StrengthsDoc>(Act::Read).await?;
    crate::profile::document::load(&state, &me).await
}

/// The strengths ticked on the list; examples of those still ticked are kept.
#[server(prefix = "/api", endpoint = "save-picks")]
pub async fn save_picks(
    #[server(flatten)] fields: BTreeMap<String, String>,
) -> Result<(), AppError> {
    use crate::ssr::access::Act;
    let (state, me) = crate::profile::document::owner::<StrengthsDoc>(Act::Change).await?;
    let picks = server::picks_from(&fields).map_err(|i| server::refuse(i, &fields))?;
    crate::profile::document::edit(&state, &me, |doc: &mut StrengthsDoc| {
        if picks.len() + doc.own.len() > MAX_STRENGTHS {
            let mut invalid = Invalid::new();
            invalid.add("pick-heart", FieldProblem::TooManyStrengths);
            return Err(server::refuse(invalid, &fields));
        }
        let before = std::mem::take(&mut doc.picked);
        doc.picked = picks
            .iter()
            .map(|(group, slug)| Picked {
                group: *group,
                slug: slug.clone(),
                example: before
                    .iter()
                    .find(|p| p.group == *group && p.slug == *slug)
                    .map(|p| p.example.clone())
                    .unwrap_or_default(),
            })
            .collect();
        Ok(())
    })
    .await?;
    tracing::info!(user = %me.id, picked = picks.len(), "strengths picked");
    leptos_axum::redirect("/strengths?picked=1");
    Ok(())
}

/// A strength in the person's own words.
#[server(prefix = "/api", endpoint = "save-own-strength")]
pub async fn save_own_strength(
    #[server(flatten)] fields: BTreeMap<String, String>,
) -> Result<(), AppError> {
    use crate::ssr::access::Act;
    let (state, me) = crate::profile::document::owner::<StrengthsDoc>(Act::Change).await?;
    let mut invalid = Invalid::new();
    let group = Group::parse(server::get(&fields, "group"));
    if group.is_none() {
        invalid.add("group", FieldProblem::ChooseOne);
    }
    let text = server::line(&fields, "text", LINE_CHARS, &mut invalid);
    if text.is_empty() {
        invalid.add("text", FieldProblem::Required);
    }
    let example = server::text(&fields, "example", TEXT_CHARS, &mut invalid);
    let Some(group) = group.filter(|_| invalid.errors.is_empty()) else {
        return Err(server::refuse(invalid, &fields));
    };
    crate::profile::document::edit(&state, &me, |doc: &mut StrengthsDoc| {
        if let Some(same) = doc
            .own
            .iter()
            .find(|o| o.text.to_lowercase() == text.to_lowercase())
        {
            // Sent twice: once is enough. The same words in another group, or
            // with another example, are said to be there already.
            if same.group == group && same.example == example {
                return Ok(());
            }
            let mut invalid = Invalid::new();
            invalid.add("text", FieldProblem::Duplicate);
            return Err(server::refuse(invalid, &fields));
        }
        if doc.picked.len() + doc.own.len() >= MAX_STRENGTHS {
            let mut invalid = Invalid::new();
            invalid.add("text", FieldProblem::TooManyStrengths);
            return Err(server::refuse(invalid, &fields));
        }
        doc.own.push(OwnStrength {
            group,
            text: text.clone(),
            example: example.clone(),
        });
        Ok(())
    })
    .await?;
    tracing::info!(user = %me.id, "own strength saved");
    leptos_axum::redirect("/strengths/own?saved=1");
    Ok(())
}

/// Removes own strength `n` (from 1), if it still says `was`.
#[server(prefix = "/api", endpoint = "remove-own-strength")]
pub async fn remove_own_strength(n: usize, was: String) -> Result<(), AppError> {
    use crate::ssr::access::Act;
    let (state, me) = crate::profile::document::owner::<StrengthsDoc>(Act::Change).await?;
    crate::profile::document::edit(&state, &me, |doc: &mut StrengthsDoc| {
        let i = n.checked_sub(1).ok_or(AppError::BadRequest)?;
        if doc.own.get(i).is_some_and(|o| o.text == was) {
            doc.own.remove(i);
        }
        Ok(())
    })
    .await?;
    leptos_axum::redirect("/strengths/own?removed=1");
    Ok(())
}

/// The examples, one field per strength (`ex-heart-calm`, `ex-own-2`).
#[server(prefix = "/api", endpoint = "save-examples")]
pub async fn save_examples(
    #[server(flatten)] fields: BTreeMap<String, String>,
) -> Result<(), AppError> {
    use crate::ssr::access::Act;
    let (state, me) = crate::profile::document::owner::<StrengthsDoc>(Act::Change).await?;
    let mut invalid = Invalid::new();
    let mut examples = BTreeMap::new();
    for name in fields.keys().filter(|k| k.starts_with("ex-")) {
        examples.insert(
            name.clone(),
            server::text(&fields, name, TEXT_CHARS, &mut invalid),
        );
    }
    if !invalid.errors.is_empty() {
        return Err(server::refuse(invalid, &fields));
    }
    crate::profile::document::edit(&state, &me, |doc: &mut StrengthsDoc| {
        for p in &mut doc.picked {
            if let Some(e) = examples.get(&format!("ex-{}-{}", p.group.code(), p.slug)) {
                p.example = e.clone();
            }
        }
        // Own strengths go by number: only while the number still names the same
        // words (another tab may have removed one).
        for (i, o) in doc.own.iter_mut().enumerate() {
            let n = i + 1;
            let same = fields.get(&format!("was-own-{n}")) == Some(&o.text);
            if let Some(e) = examples.get(&format!("ex-own-{n}")).filter(|_| same) {
                o.example = e.clone();
            }
        }
        Ok(())
    })
    .await?;
    leptos_axum::redirect("/strengths?examples=1");
    Ok(())
}

/// Interests (a line each) and what the person cares about.
#[server(prefix = "/api", endpoint = "save-interests")]
pub async fn save_interests(
    #[server(flatten)] fields: BTreeMap<String, String>,
) -> Result<(), AppError> {
    use crate::ssr::access::Act;
    let (state, me) = crate::profile::document::owner::<StrengthsDoc>(Act::Change).await?;
    let mut invalid = Invalid::new();
    let interests = server::lines(
        &fields,
        "interests",
        MAX_INTERESTS,
        LINE_CHARS,
        &mut invalid,
    );
    let cares = server::text(&fields, "cares", TEXT_CHARS, &mut invalid);
    if !invalid.errors.is_empty() {
        return Err(server::refuse(invalid, &fields));
    }
    crate::profile::document::edit(&state, &me, |doc: &mut StrengthsDoc| {
        doc.interests = interests.clone();
        doc.cares = cares.clone();
        Ok(())
    })
    .await?;
    leptos_axum::redirect("/strengths?interests=1#interests");
    Ok(())
}

/// The work wanted, a line each.
#[server(prefix = "/api", endpoint = "save-work-goals")]
pub async fn save_work_goals(
    #[server(flatten)] fields: BTreeMap<String, String>,
) -> Result<(), AppError> {
    use crate::ssr::access::Act;
    let (state, me) = crate::profile::document::owner::<StrengthsDoc>(Act::Change).await?;
    let mut invalid = Invalid::new();
    let goals = server::lines(
        &fields,
        "work_goals",
        MAX_WORK_GOALS,
        LINE_CHARS,
        &mut invalid,
    );
    if !invalid.errors.is_empty() {
        return Err(server::refuse(invalid, &fields));
    }
    crate::profile::document::edit(&state, &me, |doc: &mut StrengthsDoc| {
        doc.work_goals = goals.clone();
        Ok(())
    })
    .await?;
    leptos_axum::redirect("/strengths?work=1#work");
    Ok(())
}

#[server(prefix = "/api", endpoint = "save-conditions")]
pub async fn save_conditions(
    #[server(flatten)] fields: BTreeMap<String, String>,
) -> Result<(), AppError> {
    use crate::ssr::access::Act;
    let (state, me) = crate::profile::document::owner::<StrengthsDoc>(Act::Change).await?;
    let conditions = server::conditions_from(&fields, state.clock.today())
        .map_err(|i| server::refuse(i, &fields))?;
    crate::profile::document::edit(&state, &me, |doc: &mut StrengthsDoc| {
        doc.conditions = conditions.clone();
        Ok(())
    })
    .await?;
    leptos_axum::redirect("/strengths?conditions=1#conditions");
    Ok(())
}

/// A note on an earlier job.
#[server(prefix = "/api", endpoint = "save-history-note")]
pub async fn save_history_note(
    #[server(flatten)] fields: BTreeMap<String, String>,
) -> Result<(), AppError> {
    use crate::ssr::access::Act;
    let (state, me) = crate::profile::document::owner::<HistoryDoc>(Act::Change).await?;
    let mut invalid = Invalid::new();
    let note = HistoryNote {
        job: server::line(&fields, "job", LINE_CHARS, &mut invalid),
        worked: server::text(&fields, "worked", TEXT_CHARS, &mut invalid),
        not_worked: server::text(&fields, "not_worked", TEXT_CHARS, &mut invalid),
        why_ended: server::text(&fields, "why_ended", TEXT_CHARS, &mut invalid),
    };
    if note.job.is_empty() {
        invalid.add("job", FieldProblem::Required);
    }
    if !invalid.errors.is_empty() {
        return Err(server::refuse(invalid, &fields));
    }
    crate::profile::document::edit(&state, &me, |doc: &mut HistoryDoc| {
        if doc.notes.contains(&note) {
            return Ok(());
        }
        if doc.notes.len() >= MAX_NOTES {
            let mut invalid = Invalid::new();
            invalid.add("job", FieldProblem::TooManyNotes);
            return Err(server::refuse(invalid, &fields));
        }
        doc.notes.push(note.clone());
        Ok(())
    })
    .await?;
    leptos_axum::redirect("/strengths/history?saved=1");
    Ok(())
}

/// Removes note `n` (from 1), if it is still about `was`.
#[server(prefix = "/api", endpoint = "remove-history-note")]
pub async fn remove_history_note(n: usize, was: String) -> Result<(), AppError> {
    use crate::ssr::access::Act;
    let (state, me) = crate::profile::document::owner::<HistoryDoc>(Act::Change).await?;
    crate::profile::document::edit(&state, &me, |doc: &mut HistoryDoc| {
        let i = n.checked_sub(1).ok_or(AppError::BadRequest)?;
        if doc.notes.get(i).is_some_and(|h| h.job == was) {
            doc.notes.remove(i);
        }
        Ok(())
    })
    .await?;
    leptos_axum::redirect("/strengths/history?removed=1");
    Ok(())
}

/// A page that needs the stored profile: loads it, then draws it with `show`. Awaited, not
/// kept as a resource: these pages have no island, so nothing of the profile goes into
/// the page but what `show` draws.
fn with_doc(
    show: impl Fn(StrengthsDoc) -> AnyView + Clone + Send + Sync + 'static,
) -> impl IntoView {
    view! {
        <RequireRole roles=&[Role::Participant]>
            {
                let show = show.clone();
                view! {
                    <Suspense>
                        {move || {
                            let show = show.clone();
                            Suspend::new(async move {
                                match my_strengths().await {
                                    Ok(doc) => show(doc),
                                    Err(e) => view! { <p class="error-message">{e.text()}</p> }.into_any(),
                                }
                            })
                        }}
                    </Suspense>
                }
            }
        </RequireRole>
    }
}

/// `/strengths`: the whole profile on one screen; `to_cv` is the way to put it into a CV.
#[component]
pub fn StrengthsPage(to_cv: ViewFn) -> impl IntoView {
    with_doc(move |doc| view! { <StrengthsSummary doc to_cv=to_cv.clone()/> }.into_any())
}

#[component]
fn StrengthsSummary(doc: StrengthsDoc, to_cv: ViewFn) -> impl IntoView {
    let status = crate::ui::query_status(&[
        ("picked", Key::StrengthsSaved),
        ("examples", Key::StrengthsSaved),
        ("interests", Key::StrengthsSaved),
        ("work", Key::StrengthsSaved),
        ("conditions", Key::StrengthsSaved),
    ]);
    let any_strength = !doc.picked.is_empty() || !doc.own.is_empty();
    let groups = Group::ALL
        .into_iter()
        .map(|g| {
            let list = doc.strengths(g);
            view! {
                <h3>{t(g.label())}</h3>
                {if list.is_empty() {
                    view! { <p class="hint">{t(Key::StrengthsNoneYet)}</p> }.into_any()
                } else {
                    view! {
                        <ul class="log">
                            {list.into_iter().map(|(name, example)| view! {
                                <li>
                                    <bdi>{name}</bdi>
                                    {(!example.is_empty()).then(|| view! { <p dir="auto">{example}</p> })}
                                </li>
                            }).collect_view()}
                        </ul>
                    }.into_any()
                }}
            }
        })
        .collect_view();
    let conditions = catalogue::describe(&doc.conditions);
    let has_for_cv = any_strength || !doc.interests.is_empty();
    view! {
        <Page title=Key::StrengthsTitle>
            <p><a href="/home" class="back">{t(Key::BackLink)}</a></p>
            {status}
            <p>{t(Key::StrengthsText)}</p>
            <crate::sharing::ShareStatus part=crate::sharing::SharedPart::Strengths/>
            <section aria-labelledby="strengths-heading">
                <h2 id="strengths-heading">{t(Key::StrengthsHeading)}</h2>
                {groups}
                <p><a class="button" href="/strengths/pick">{t(Key::StrengthsPick)}</a></p>
                <p><a class="button secondary" href="/strengths/own">{t(Key::StrengthsOwn)}</a></p>
                {any_strength.then(|| view! {
                    <p><a class="button secondary" href="/strengths/examples">{t(Key::StrengthsExamples)}</a></p>
                })}
            </section>
            <section aria-labelledby="interests">
                <h2 id="interests">{t(Key::InterestsHeading)}</h2>
                {if doc.interests.is_empty() && doc.cares.is_empty() {
                    view! { <p class="hint">{t(Key::StrengthsNoneYet)}</p> }.into_any()
                } else {
                    view! {
                        <ul class="log">{doc.interests.iter().map(|i| view! { <li dir="auto">{i.clone()}</li> }).collect_view()}</ul>
                        {(!doc.cares.is_empty()).then(|| view! { <p dir="auto">{doc.cares.clone()}</p> })}
                    }.into_any()
                }}
                <p><a class="button secondary" href="/strengths/interests">{t(Key::InterestsChange)}</a></p>
            </section>
            <section aria-labelledby="work">
                <h2 id="work">{t(Key::WorkGoalsHeading)}</h2>
                {if doc.work_goals.is_empty() {
                    view! { <p class="hint">{t(Key::StrengthsNoneYet)}</p> }.into_any()
                } else {
                    view! { <ul class="log">{doc.work_goals.iter().map(|w| view! { <li dir="auto">{w.clone()}</li> }).collect_view()}</ul> }.into_any()
                }}
                <p><a class="button secondary" href="/strengths/work">{t(Key::WorkGoalsChange)}</a></p>
            </section>
            <section aria-labelledby="conditions">
                <h2 id="conditions">{t(Key::ConditionsHeading)}</h2>
                {if conditions.is_empty() {
                    view! { <p class="hint">{t(Key::StrengthsNoneYet)}</p> }.into_any()
                } else {
                    view! { <ul class="log">{conditions.into_iter().map(|c| view! { <li dir="auto">{c}</li> }).collect_view()}</ul> }.into_any()
                }}
                <p><a class="button secondary" href="/strengths/conditions">{t(Key::ConditionsChange)}</a></p>
            </section>
            <section aria-labelledby="history">
                <h2 id="history">{t(Key::HistoryHeading)}</h2>
                <p>{t(Key::HistoryPrivate)}</p>
                <p><a class="button secondary" href="/strengths/history">{t(Key::HistoryOpen)}</a></p>
            </section>
            {has_for_cv.then(|| view! {
                <section aria-labelledby="to-cv">
                    <h2 id="to-cv">{t(Key::LangToCvHeading)}</h2>
                    <p>{t(Key::StrengthsToCvText)}</p>
                    {to_cv.run()}
                </section>
            })}
        </Page>
    }
}

/// `/strengths/pick`: tap the strengths that are yours (checkboxes, no JavaScript needed).
#[component]
pub fn PickPage() -> impl IntoView {
    with_doc(|doc| view! { <PickForm doc/> }.into_any())
}

#[component]
fn PickForm(doc: StrengthsDoc) -> impl IntoView {
    let action = form_action::<SavePicks>();
    let error = action_error(action);
    let problem = move || error.get().and_then(|e| e.field_error("pick-heart"));
    let groups = Group::ALL
        .into_iter()
        .map(|g| {
            let boxes = catalogue::list(g)
                .iter()
                .enumerate()
                .map(|(i, (slug, key))| {
                    let name = format!("pick-{}-{slug}", g.code());
                    // The group's first box carries the id the error summary links to.
                    let id = if i == 0 {
                        format!("pick-{}", g.code())
                    } else {
                        name.clone()
                    };
                    let stored = doc.picked.iter().any(|p| p.group == g && p.slug == *slug);
                    let checked = {
                        let name = name.clone();
                        move || match error.get() {
                            Some(AppError::Invalid(inv)) if !inv.values.is_empty() => {
                                inv.values.iter().any(|(f, v)| *f == name && !v.is_empty())
                            }
                            _ => stored,
                        }
                    };
                    view! {
                        <div class="checkbox chip">
                            <input type="checkbox" id=id.clone() name=name value="on" checked=checked/>
                            <label for=id>{t(*key)}</label>
                        </div>
                    }
                })
                .collect_view();
            view! {
                <fieldset class="field chips">
                    <legend>{t(g.label())}</legend>
                    <p class="hint">{t(g.hint())}</p>
                    {(g == Group::Heart).then(|| view! {
                        {move || problem().map(|p| field_message("pick-heart-error".into(), t(p.message("pick-heart"))))}
                    })}
                    {boxes}
                </fieldset>
            }
        })
        .collect_view();
    view! {
        <Page title=Key::StrengthsPick error=error>
            <p><a href="/strengths" class="back">{t(Key::BackLink)}</a></p>
            <ErrorSummary error=error/>
            <p>{t(Key::StrengthsPickText)}</p>
            <ActionForm action=action attr:class="form" attr:novalidate=true>
                {groups}
                <Submit label=Key::SaveButton/>
            </ActionForm>
        </Page>
    }
}

/// `/strengths/own`: strengths in your own words.
#[component]
pub fn OwnPage() -> impl IntoView {
    with_doc(|doc| view! { <OwnForm doc/> }.into_any())
}

#[component]
fn OwnForm(doc: StrengthsDoc) -> impl IntoView {
    let action = form_action::<SaveOwnStrength>();
    let error = action_error(action);
    let remove = form_action::<RemoveOwnStrength>();
    let status = crate::ui::query_status(&[
        ("saved", Key::StrengthsSaved),
        ("removed", Key::StrengthsRemoved),
    ]);
    let groups = Group::ALL
        .into_iter()
        .map(|g| (g.code(), t(g.label()).to_string()))
        .collect();
    let own = doc
        .own
        .iter()
        .enumerate()
        .map(|(i, o)| {
            let text = o.text.clone();
            view! {
                <li>
                    <bdi>{text.clone()}</bdi>" · "{t(o.group.label())}
                    {crate::ui::ask_first(i + 1, text.clone(), view! {
                        <ActionForm action=remove attr:class="inline-form">
                            <input type="hidden" name="n" value=i + 1/>
                            <input type="hidden" name="was" value=text.clone()/>
                            <Submit label=Key::RemoveYes warning=true/>
                        </ActionForm>
                    }.into_any())}
                </li>
            }
        })
        .collect_view();
    view! {
        <Page title=Key::StrengthsOwn error=error>
            <p><a href="/strengths" class="back">{t(Key::BackLink)}</a></p>
            {status}
            <ErrorSummary error=error/>
            {(!doc.own.is_empty()).then(|| view! { <ul class="log">{own}</ul> })}
            <ActionForm action=action attr:class="form" attr:novalidate=true>
                <TextField name="text" label=Key::OwnStrengthLabel hint=Key::OwnStrengthHint error=error/>
                {crate::ui::radios("group", Key::OwnStrengthGroup, None, groups, String::new(), error)}
                <TextField name="example" label=Key::StrengthExampleLabel hint=Key::StrengthExampleHint rows=3 error=error/>
                <Submit label=Key::SaveButton/>
            </ActionForm>
        </Page>
    }
}

/// `/strengths/examples`: when you showed each strength.
#[component]
pub fn ExamplesPage() -> impl IntoView {
    with_doc(|doc| view! { <ExamplesForm doc/> }.into_any())
}

#[component]
fn ExamplesForm(doc: StrengthsDoc) -> impl IntoView {
    let action = form_action::<SaveExamples>();
    let error = action_error(action);
    let mut fields: Vec<(String, String, String)> = doc
        .picked
        .iter()
        .filter_map(|p| {
            let key = catalogue::key(p.group, &p.slug)?;
            Some((
                format!("ex-{}-{}", p.group.code(), p.slug),
                t(key).to_string(),
                p.example.clone(),
            ))
        })
        .collect();
    fields.extend(doc.own.iter().enumerate().map(|(i, o)| {
        (
            format!("ex-own-{}", i + 1),
            o.text.clone(),
            o.example.clone(),
        )
    }));
    let was = doc
        .own
        .iter()
        .enumerate()
        .map(|(i, o)| view! { <input type="hidden" name=format!("was-own-{}", i + 1) value=o.text.clone()/> })
        .collect_view();
    let boxes = fields
        .into_iter()
        .map(|(name, label, value)| {
            let problem = {
                let name = name.clone();
                move || error.get().and_then(|e| e.field_error(&name))
            };
            let kept = {
                let name = name.clone();
                move || {
                    error
                        .get()
                        .and_then(|e| e.value(&name))
                        .unwrap_or_else(|| value.clone())
                }
            };
            let error_id = format!("{name}-error");
            view! {
                <div class="field" class:field-error={let p = problem.clone(); move || p().is_some()}>
                    <label for=name.clone() dir="auto">{label}</label>
                    {let p = problem.clone(); let id = error_id.clone(); move || p().map(|p| field_message(id.clone(), t(p.message("example"))))}
                    <textarea id=name.clone() name=name.clone() rows=2 dir="auto"
                        aria-describedby={let p = problem.clone(); let id = error_id.clone(); move || p().map(|_| id.clone())}
                        aria-invalid={let p = problem.clone(); move || p().map(|_| "true")}>
                        {move || crate::ui::textarea_text(&kept())}
                    </textarea>
                </div>
            }
        })
        .collect_view();
    view! {
        <Page title=Key::StrengthsExamples error=error>
            <p><a href="/strengths" class="back">{t(Key::BackLink)}</a></p>
            <ErrorSummary error=error/>
            <p>{t(Key::StrengthExampleHint)}</p>
            <ActionForm action=action attr:class="form" attr:novalidate=true>
                {was}
                {boxes}
                <Submit label=Key::SaveButton/>
            </ActionForm>
        </Page>
    }
}

/// `/strengths/interests`.
#[component]
pub fn InterestsPage() -> impl IntoView {
    with_doc(|doc| view! { <InterestsForm doc/> }.into_any())
}

#[component]
fn InterestsForm(doc: StrengthsDoc) -> impl IntoView {
    let action = form_action::<SaveInterests>();
    let error = action_error(action);
    view! {
        <Page title=Key::InterestsHeading error=error>
            <p><a href="/strengths#interests" class="back">{t(Key::BackLink)}</a></p>
            <ErrorSummary error=error/>
            <ActionForm action=action attr:class="form" attr:novalidate=true>
                <TextField name="interests" label=Key::InterestsLabel hint=Key::InterestsHint rows=5 value=doc.interests.join("\n") error=error/>
                <TextField name="cares" label=Key::CaresLabel hint=Key::OptionalHint rows=4 value=doc.cares.clone() error=error/>
                <Submit label=Key::SaveButton/>
            </ActionForm>
        </Page>
    }
}

/// `/strengths/work`: the work wanted.
#[component]
pub fn WorkGoalsPage() -> impl IntoView {
    with_doc(|doc| view! { <WorkGoalsForm doc/> }.into_any())
}

#[component]
fn WorkGoalsForm(doc: StrengthsDoc) -> impl IntoView {
    let action = form_action::<SaveWorkGoals>();
    let error = action_error(action);
    view! {
        <Page title=Key::WorkGoalsHeading error=error>
            <p><a href="/strengths#work" class="back">{t(Key::BackLink)}</a></p>
            <ErrorSummary error=error/>
            <ActionForm action=action attr:class="form" attr:novalidate=true>
                <TextField name="work_goals" label=Key::WorkGoalsLabel hint=Key::WorkGoalsHint rows=4 value=doc.work_goals.join("\n") error=error/>
                <Submit label=Key::SaveButton/>
            </ActionForm>
        </Page>
    }
}

/// `/strengths/conditions`: what makes a job work for you.
#[component]
pub fn ConditionsPage() -> impl IntoView {
    with_doc(|doc| view! { <ConditionsForm doc/> }.into_any())
}

#[component]
fn ConditionsForm(doc: StrengthsDoc) -> impl IntoView {
    let action = form_action::<SaveConditions>();
    let error = action_error(action);
    let c = doc.conditions;
    let questions = catalogue::CHOICES
        .iter()
        .map(|(name, legend, options)| {
            let options = options.iter().map(|(code, key)| (*code, t(*key).to_string())).collect();
            let stored = c
                .choices
                .get(*name)
                .cloned()
                .unwrap_or_else(|| "none".to_string());
            let extra = match *name {
                "hours" => Some(view! {
                    <TextField name="hours_note" label=Key::CondHoursNote hint=Key::OptionalHint value=c.hours_note.clone() error=error/>
                }.into_any()),
                "physical" => Some(view! {
                    <TextField name="physical_note" label=Key::CondPhysicalNote hint=Key::OptionalHint value=c.physical_note.clone() error=error/>
                }.into_any()),
                "travel" => Some(view! {
                    <fieldset class="field">
                        <legend>{t(Key::CondMeansLegend)}</legend>
                        {catalogue::MEANS.iter().map(|(code, key)| {
                            let name = format!("means-{code}");
                            let ticked = c.means.iter().any(|m| m == code);
                            view! { <crate::ui::Checkbox name=name label=t(*key).to_string() checked=ticked error=error/> }
                        }).collect_view()}
                    </fieldset>
                }.into_any()),
                _ => None,
            };
            view! {
                {crate::ui::radios(name, *legend, None, options, stored, error)}
                {extra}
            }
        })
        .collect_view();
    view! {
        <Page title=Key::ConditionsHeading error=error>
            <p><a href="/strengths#conditions" class="back">{t(Key::BackLink)}</a></p>
            <ErrorSummary error=error/>
            <p>{t(Key::ConditionsText)}</p>
            <ActionForm action=action attr:class="form" attr:novalidate=true>
                {questions}
                <TextField name="earliest" label=Key::CondEarliest hint=Key::OptionalHint kind="date" value=c.earliest.clone() error=error/>
                <Submit label=Key::SaveButton/>
            </ActionForm>
        </Page>
    }
}

/// The signed-in participant's notes on earlier jobs: only their own page carries them.
#[server(prefix = "/api", endpoint = "my-history-notes")]
pub async fn my_history_notes() -> Result<HistoryDoc, AppError> {
    use crate::ssr::access::Act;
    let (state, me) = crate::profile::document::owner::<HistoryDoc>(Act::Read).await?;
    crate::profile::document::load(&state, &me).await
}

/// `/strengths/history`: notes on earlier jobs, for yourself.
#[component]
pub fn HistoryPage() -> impl IntoView {
    view! {
        <RequireRole roles=&[Role::Participant]>
            {
                view! {
                    <Suspense>
                        {move || Suspend::new(async move {
                            match my_history_notes().await {
                                Ok(doc) => view! { <HistoryNotes doc/> }.into_any(),
                                Err(e) => view! { <p class="error-message">{e.text()}</p> }.into_any(),
                            }
                        })}
                    </Suspense>
                }
            }
        </RequireRole>
    }
}

#[component]
fn HistoryNotes(doc: HistoryDoc) -> impl IntoView {
    let action = form_action::<SaveHistoryNote>();
    let error = action_error(action);
    let remove = form_action::<RemoveHistoryNote>();
    let status = crate::ui::query_status(&[
        ("saved", Key::StrengthsSaved),
        ("removed", Key::StrengthsRemoved),
    ]);
    let notes = doc
        .notes
        .iter()
        .enumerate()
        .map(|(i, h)| {
            let job = h.job.clone();
            let parts = [
                (Key::HistoryWorked, h.worked.clone()),
                (Key::HistoryNotWorked, h.not_worked.clone()),
                (Key::HistoryWhyEnded, h.why_ended.clone()),
            ];
            view! {
                <li class="card">
                    <h2 dir="auto">{job.clone()}</h2>
                    <dl>
                        {parts.into_iter().filter(|(_, v)| !v.is_empty()).map(|(k, v)| view! {
                            <dt>{t(k)}</dt><dd dir="auto">{v}</dd>
                        }).collect_view()}
                    </dl>
                    {crate::ui::ask_first(i + 1, job.clone(), view! {
                        <ActionForm action=remove attr:class="inline-form">
                            <input type="hidden" name="n" value=i + 1/>
                            <input type="hidden" name="was" value=job.clone()/>
                            <Submit label=Key::RemoveYes warning=true/>
                        </ActionForm>
                    }.into_any())}
                </li>
            }
        })
        .collect_view();
    view! {
        <Page title=Key::HistoryHeading error=error>
            <p><a href="/strengths#history" class="back">{t(Key::BackLink)}</a></p>
            {status}
            <ErrorSummary error=error/>
            <p>{t(Key::HistoryPrivate)}</p>
            <crate::sharing::ShareStatus part=crate::sharing::SharedPart::History/>
            {(!doc.notes.is_empty()).then(|| view! { <ul class="cards">{notes}</ul> })}
            <h2>{t(Key::HistoryAdd)}</h2>
            <ActionForm action=action attr:class="form" attr:novalidate=true>
                <TextField name="job" label=Key::HistoryJob hint=Key::HistoryJobHint error=error/>
                <TextField name="worked" label=Key::HistoryWorked hint=Key::OptionalHint rows=3 error=error/>
                <TextField name="not_worked" label=Key::HistoryNotWorked hint=Key::OptionalHint rows=3 error=error/>
                <TextField name="why_ended" label=Key::HistoryWhyEnded hint=Key::OptionalHint rows=3 error=error/>
                <Submit label=Key::SaveButton/>
            </ActionForm>
        </Page>
    }
}

#[cfg(feature = "ssr")]
impl crate::profile::document::Document for StrengthsDoc {
    const PART: crate::profile::store::ProfilePart = crate::profile::store::ProfilePart::Strengths;
    const ACCESS: crate::ssr::access::Part = crate::ssr::access::Part::Strengths;
}

#[cfg(feature = "ssr")]
impl crate::profile::document::Document for HistoryDoc {
    const PART: crate::profile::store::ProfilePart = crate::profile::store::ProfilePart::History;
    const ACCESS: crate::ssr::access::Part = crate::ssr::access::Part::History;
}
