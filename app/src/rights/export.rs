//! "Ladda ner mina uppgifter": everything held about a participant as one zip, made on
//! request and streamed. `vagval-export.json` holds every row about them from every table
//! (the server's list of exported tables; secrets left out); each CV comes as JSON Resume
//! and as PDF; the bookings as one calendar file; and a read-me in the person's language
//! says what each file is. The format is documented in `docs/export.md`.
use super::store::{RightsStore, Rows};
use super::zip::{DosTime, ZipWriter};
use crate::auth::Role;
use crate::booking::store::BookingStore;
use crate::cv::store::CvStore;
use crate::error::AppError;
use crate::i18n::{fill, Key, Locale};
use crate::ssr::access::{authorize_own, Act, Part};
use crate::ssr::store::{UserId, UserRecord};
use crate::ssr::{require_in, ServerState};
use axum::body::Body;
use axum::extract::Extension;
use axum::http::{header, HeaderMap, HeaderValue};
use axum::response::Response;
use serde_json::{json, Map, Value};
use tower_sessions::Session;

/// Columns stored as 0/1 on SQLite that are yes-or-no: exported as `true`/`false` on both
/// engines.
const YES_NO_COLUMNS: &[&str] = &["is_main", "internal"];

/// Columns that name another person by id: their names go into the export's `people`.
const PERSON_COLUMNS: &[&str] = &[
    "coach_id",
    "reader_id",
    "changed_by",
    "cancelled_by",
    "moved_by",
    "actor_id",
    "asked_by",
    "created_by",
];

/// One file of the archive.
pub struct ExportFile {
    pub name: String,
    pub data: Vec<u8>,
}

/// The export's JSON: its format, when it was made, whose it is, the names of the people
/// it mentions by id, and every table's rows about the person. Instants are RFC 3339 (UTC),
/// yes-or-no columns booleans, and stored JSON documents (a CV, strengths, languages) the
/// documents themselves.
pub fn shape(
    tables: Vec<(String, Rows)>,
    people: &[(i64, String)],
    person: UserId,
    made_at: jiff::Timestamp,
    locale: Locale,
) -> Value {
    let mut sections = Map::new();
    for (table, rows) in tables {
        let rows: Vec<Value> = rows
            .into_iter()
            .map(|row| Value::Object(shape_row(row)))
            .collect();
        sections.insert(table, Value::Array(rows));
    }
    let people: Map<String, Value> = people
        .iter()
        .map(|(id, name)| (id.to_string(), Value::from(name.clone())))
        .collect();
    json!({
        "format_version": super::FORMAT_VERSION,
        "made_at": made_at.to_string(),
        "person_id": person.get(),
        "language": locale.code(),
        "people": people,
        "tables": sections,
    })
}

fn shape_row(row: Map<String, Value>) -> Map<String, Value> {
    row.into_iter()
        .map(|(column, value)| {
            let value = match value {
                Value::Number(n) if column == "at" || column.ends_with("_at") => n
                    .as_i64()
                    .and_then(|s| jiff::Timestamp::from_second(s).ok())
                    .map(|t| Value::from(t.to_string()))
                    .unwrap_or(Value::Number(n)),
                Value::Number(n) if YES_NO_COLUMNS.contains(&column.as_str()) => {
                    Value::Bool(n.as_i64() != Some(0))
                }
                Value::String(s) if super::server::is_document(&column) => {
                    serde_json::from_str(&s).unwrap_or(Value::String(s))
                }
                other => other,
            };
            (column, value)
        })
        .collect()
}

/// The ids of other people the rows mention.
pub fn mentioned(tables: &[(String, Rows)], person: UserId) -> Vec<i64> {
    let mut ids: Vec<i64> = tables
        .iter()
        .flat_map(|(_, rows)| rows.iter())
        .flat_map(|row| {
            PERSON_COLUMNS
                .iter()
                .filter_map(|c| row.get(*c).and_then(Value::as_i64))
        })
        .filter(|id| *id != person.get())
        .collect();
    ids.sort_unstable();
    ids.dedup();
    ids
}

/// Everything but the PDFs, which are rendered while the archive streams.
struct Prepared {
    json: Vec<u8>,
    cvs: Vec<(i64, crate::cv::model::Cv)>,
    calendar: String,
    locale: Locale,
}

async fn prepare(
    state: &ServerState,
    me: &UserRecord,
    locale: Locale,
) -> Result<Prepared, AppError> {
    let rights = state.store.of::<dyn RightsStore>()?;
    let tables = rights.export_rows(me.id).await?;
    let people = rights.names(&mentioned(&tables, me.id)).await?;
    let json = shape(tables, &people, me.id, state.clock.now(), locale);
    let json = serde_json::to_vec_pretty(&json).map_err(crate::ssr::internal)?;
    let mut cvs = Vec::new();
    for record in state.store.of::<dyn CvStore>()?.list_cvs(me.id).await? {
        let cv = serde_json::from_str(&record.document).map_err(crate::ssr::internal)?;
        cvs.push((record.id.get(), cv));
    }
    let bookings = state.store.of::<dyn BookingStore>()?;
    let records = bookings.participant_bookings(me.id, i64::MIN).await?;
    // A meeting is at its coach's place: read once per coach, not once per meeting.
    let mut coach_places = std::collections::HashMap::new();
    let mut places = Vec::with_capacity(records.len());
    for b in &records {
        places.push(match &b.group {
            Some(g) => g.place.clone(),
            None => match coach_places.get(&b.coach_id) {
                Some(place) => String::clone(place),
                None => {
                    let place = bookings
                        .booking_rules(b.coach_id)
                        .await?
                        .map(|r| r.place)
                        .unwrap_or_default();
                    coach_places.insert(b.coach_id, place.clone());
                    place
                }
            },
        });
    }
    let events: Vec<_> = records
        .iter()
        .zip(&places)
        .map(|(b, place)| crate::booking::calendar_event(state, b, place))
        .collect();
    let calendar = crate::booking::ics::calendar_of(&events, locale);
    Ok(Prepared {
        json,
        cvs,
        calendar,
        locale,
    })
}

/// The read-me: what each file is, in the person's language.
fn read_me(locale: Locale, files: &[String], made: &str) -> String {
    let mut text = fill(Key::ExportReadmeIntro.get(locale), &[("made", made)]);
    text.push_str("\n\n");
    for name in files {
        let key = if name == "vagval-export.json" {
            Key::ExportReadmeJson
        } else if name.ends_with(".ics") {
            Key::ExportReadmeCalendar
        } else if name.ends_with(".pdf") {
            Key::ExportReadmeCvPdf
        } else {
            Key::ExportReadmeCvJson
        };
        text.push_str(&format!("{name}\n  {}\n\n", key.get(locale)));
    }
    text.push_str(Key::ExportReadmeMore.get(locale));
    text.push('\n');
    text
}

type Chunk = Result<Vec<u8>, std::io::Error>;

/// Writes the archive into `out`, file by file.
async fn stream(
    state: ServerState,
    me: UserId,
    prepared: Prepared,
    out: tokio::sync::mpsc::Sender<Chunk>,
) {
    let now = state
        .clock
        .now()
        .to_zoned_datetime(crate::ssr::clock::STOCKHOLM.clone());
    let mut zip = ZipWriter::new(DosTime::new(
        now.year(),
        now.month(),
        now.day(),
        now.hour(),
        now.minute(),
        now.second(),
    ));
    let mut names = Vec::new();
    let mut files = vec![ExportFile {
        name: "vagval-export.json".into(),
        data: prepared.json,
    }];
    for (id, cv) in &prepared.cvs {
        match serde_json::to_vec_pretty(&crate::cv::json_resume::export(cv)) {
            Ok(data) => files.push(ExportFile {
                name: format!("cv-{id}.json"),
                data,
            }),
            Err(e) => tracing::error!(cv = id, error = %e, "export: JSON Resume not made"),
        }
    }
    files.push(ExportFile {
        name: "bookings.ics".into(),
        data: prepared.calendar.into_bytes(),
    });
    for file in files {
        if !send(&mut zip, &out, &file.name, &file.data, true).await {
            return;
        }
        names.push(file.name);
    }
    for (id, cv) in &prepared.cvs {
        match crate::cv::export::render(&state, me, cv).await {
            Ok(pdf) => {
                let name = format!("cv-{id}.pdf");
                // A PDF is compressed already.
                if !send(&mut zip, &out, &name, &pdf, false).await {
                    return;
                }
                names.push(name);
            }
            Err(failure) => tracing::warn!(cv = id, ?failure, "export: PDF left out"),
        }
    }
    let made = crate::i18n::format_day_in(
        prepared.locale,
        crate::ssr::clock::calendar_day(state.clock.today()),
    );
    let readme = read_me(prepared.locale, &names, &made);
    let readme_name = Key::ExportReadmeName.get(prepared.locale);
    if !send(&mut zip, &out, readme_name, readme.as_bytes(), true).await {
        return;
    }
    match zip.finish() {
        Ok(end) => {
            let _ = out.send(Ok(end)).await;
        }
        Err(_) => {
            let _ = out
                .send(Err(std::io::Error::other("export too large")))
                .await;
        }
    }
}

/// Adds one file and sends its bytes; `false` if the download has ended.
async fn send(
    zip: &mut ZipWriter,
    out: &tokio::sync::mpsc::Sender<Chunk>,
    name: &str,
    data: &[u8],
    compress: bool,
) -> bool {
    match zip.file(name, data, compress) {
        Ok(bytes) => out.send(Ok(bytes)).await.is_ok(),
        Err(_) => {
            let _ = out
                .send(Err(std::io::Error::other("export too large")))
                .await;
            false
        }
    }
}

/// `GET /my-data/export.zip`: the signed-in participant's own data, nobody else's.
pub async fn download(
    Extension(state): Extension<ServerState>,
    session: Session,
    headers: HeaderMap,
) -> Response {
    use crate::ssr::download::{attachment, refused as refuse};
    let me = match require_in(&state, &session, &[Role::Participant]).await {
        Ok(me) => me,
        Err(e) => return refuse(e),
    };
    if let Err(e) = authorize_own(&me, Part::Export, Act::Read, me.id) {
        return refuse(e);
    }
    let locale = crate::ssr::locale_in(&headers);
    let prepared = match prepare(&state, &me, locale).await {
        Ok(prepared) => prepared,
        Err(e) => return refuse(e),
    };
    tracing::info!(user = %me.id, "data export made");
    let (tx, rx) = tokio::sync::mpsc::channel::<Chunk>(2);
    let day = state.clock.today();
    tokio::spawn(stream(state, me.id, prepared, tx));
    // Fused: a body may be polled again after its end (a compression layer does), and a
    // bare `unfold` panics then.
    let body = Body::from_stream(futures_util::StreamExt::fuse(futures_util::stream::unfold(
        rx,
        |mut rx| async move { rx.recv().await.map(|chunk| (chunk, rx)) },
    )));
    let mut file = attachment("application/zip", &format!("vagval-export-{day}.zip"), body);
    file.headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    file
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(pairs: &[(&str, Value)]) -> Map<String, Value> {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.clone()))
            .collect()
    }

    #[test]
    fn instants_yes_no_and_documents_are_shaped() {
        let tables = vec![(
            "cvs".to_string(),
            vec![row(&[
                ("id", json!(4)),
                ("is_main", json!(1)),
                ("updated_at", json!(1_796_000_000)),
                ("document", json!("{\"title\":\"Lager\"}")),
                ("revision", json!(3)),
            ])],
        )];
        let at = jiff::Timestamp::from_second(1_796_000_100).expect("instant");
        let out = shape(
            tables,
            &[(9, "Anna Berg".into())],
            UserId::new(3),
            at,
            Locale::Ar,
        );
        assert_eq!(out["format_version"], json!(1));
        assert_eq!(out["language"], json!("ar"));
        assert_eq!(out["people"]["9"], json!("Anna Berg"));
        let cv = &out["tables"]["cvs"][0];
        assert_eq!(cv["is_main"], json!(true));
        assert_eq!(cv["updated_at"], json!("2026-11-30T00:53:20Z"));
        assert_eq!(cv["document"]["title"], json!("Lager"));
        assert_eq!(cv["revision"], json!(3));
    }

    #[test]
    fn the_people_mentioned_are_everyone_but_the_person() {
        let tables = vec![
            (
                "bookings".to_string(),
                vec![row(&[("coach_id", json!(9)), ("cancelled_by", json!(3))])],
            ),
            (
                "access_log".to_string(),
                vec![row(&[
                    ("reader_id", json!(12)),
                    ("participant_id", json!(3)),
                ])],
            ),
        ];
        assert_eq!(mentioned(&tables, UserId::new(3)), vec![9, 12]);
    }
}
