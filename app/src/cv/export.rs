//! Getting a CV out as a file: the PDF and the JSON Resume download. These are plain GET
//! links (they work without JavaScript and with the browser's own download handling), so
//! they are axum handlers rather than server functions, behind the same gate.
use super::json_resume;
use super::model::Cv;
use super::print::PrintCv;
use super::store::CvRecord;
use crate::auth::Role;
#[cfg(feature = "ssr")]
use crate::cv::store::CvStore;
use crate::error::AppError;
use crate::sharing::reads::{cv_shared, log_read};
use crate::sharing::{ReadHow, SharedPart};
use crate::ssr::access::{authorize, authorize_own, relation, Act, Ask, Part, Relation, RequestId};
use crate::ssr::store::UserRecord;
use crate::ssr::store::{CvId, UserId};
use crate::ssr::{require_in, ServerState};
use axum::extract::{Extension, Path};
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use std::time::Duration;
use tower_sessions::Session;

/// How long a request waits for a free renderer before it is told to try again.
const QUEUE_WAIT: Duration = Duration::from_secs(5);
/// A render that takes longer than this has gone wrong; its answer is not waited for.
const RENDER_LIMIT: Duration = Duration::from_secs(10);

/// Who took a CV out, and where to send them back when the PDF fails.
struct Reader {
    user: crate::ssr::store::UserRecord,
    owner: UserId,
    id: CvId,
    how: ReadHow,
    request: String,
    /// A `HEAD` request reads nothing: it is not logged.
    head: bool,
    back: String,
}

impl Reader {
    /// Logs the read in the owner's access log, once the file is there to hand over.
    async fn logged(&self, state: &ServerState) -> Result<(), Response> {
        if self.head {
            return Ok(());
        }
        log_read(
            state,
            &self.user,
            self.owner,
            SharedPart::Cv,
            self.how,
            Some(self.id),
            self.request.clone(),
        )
        .await
        .map_err(|_| StatusCode::INTERNAL_SERVER_ERROR.into_response())
    }
}

/// The caller's own CV, or one shared with them as the owner's coach (the caller logs that
/// read with [`Reader::logged`] once the file is made), or the response that refuses it.
async fn readable_cv(
    state: &ServerState,
    session: &Session,
    id: CvId,
    how: ReadHow,
    request: Option<Extension<RequestId>>,
    method: &axum::http::Method,
) -> Result<(Reader, Cv), Response> {
    let refuse = crate::ssr::download::refused;
    let user = require_in(state, session, &[Role::Participant, Role::Coach])
        .await
        .map_err(refuse)?;
    let record = state
        .store
        .of::<dyn CvStore>()
        .map_err(|e| refuse(crate::ssr::internal(e)))?
        .find_cv(id)
        .await
        .map_err(|e| refuse(crate::ssr::internal(e)))?;
    let record = record.ok_or_else(|| refuse(AppError::NotFound))?;
    let relation = authorize_cv(state, &user, &record, Act::Read)
        .await
        .map_err(refuse)?;
    let cv = serde_json::from_str(&record.document).map_err(|e| refuse(crate::ssr::internal(e)))?;
    let request = request
        .map(|Extension(r)| r.0)
        .unwrap_or_else(|| crate::ssr::random_hex(8));
    tracing::info!(user = %user.id, cv = %id, ?how, "CV exported");
    let back = match relation {
        Relation::TheirCoach => format!("/coach/participants/{}/cvs/{id}", record.owner_id),
        _ => format!("/cv/{id}/preview"),
    };
    let reader = Reader {
        user,
        owner: record.owner_id,
        id,
        how,
        request,
        head: *method == axum::http::Method::HEAD,
        back,
    };
    Ok((reader, cv))
}

/// `attachment` with an ASCII fallback name and the real one (any script) per RFC 6266.
fn attachment(stem: &str, extension: &str) -> HeaderValue {
    // Never a control or bidi character in a file name, whatever is stored.
    let stem = crate::text::clean_line(stem);
    let stem = stem.as_str();
    let ascii: String = stem
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
        .collect();
    let ascii = ascii.trim_matches('-');
    let ascii = if ascii.is_empty() { "cv" } else { ascii };
    let encoded = crate::ssr::percent_encode(&format!("{stem}.{extension}"));
    HeaderValue::from_str(&format!(
        "attachment; filename=\"{ascii}.{extension}\"; filename*=UTF-8''{encoded}"
    ))
    .unwrap_or_else(|_| HeaderValue::from_static("attachment"))
}

/// A file the browser saves rather than shows, named after the person.
fn download(content_type: &'static str, cv: &Cv, extension: &str, body: Vec<u8>) -> Response {
    (
        [
            (header::CONTENT_TYPE, HeaderValue::from_static(content_type)),
            (
                header::CONTENT_DISPOSITION,
                attachment(&file_stem(cv), extension),
            ),
        ],
        body,
    )
        .into_response()
}

fn file_stem(cv: &Cv) -> String {
    let word = crate::i18n::Key::CvPrintTitle.get(super::print::cv_locale(cv.language));
    let name = cv.contact.name.trim();
    if name.is_empty() {
        word.to_string()
    } else {
        format!("{word} {name}")
    }
}

pub async fn json(
    Extension(state): Extension<ServerState>,
    request: Option<Extension<RequestId>>,
    method: axum::http::Method,
    session: Session,
    Path(id): Path<CvId>,
) -> Response {
    let (reader, cv) =
        match readable_cv(&state, &session, id, ReadHow::Json, request, &method).await {
            Ok(found) => found,
            Err(response) => return response,
        };
    match serde_json::to_vec_pretty(&json_resume::export(&cv)) {
        Ok(body) => match reader.logged(&state).await {
            Ok(()) => download("application/json", &cv, "json", body),
            Err(response) => response,
        },
        Err(e) => {
            let _ = crate::ssr::internal(e);
            StatusCode::INTERNAL_SERVER_ERROR.into_response()
        }
    }
}

/// Why a PDF was not made; the person is sent back to the preview with a translated note.
#[derive(Debug)]
pub(crate) enum PdfFailure {
    Busy,
    Failed(String),
}

/// One PDF at a time per person: held from the request until the render itself ends (even
/// past a timeout), so one person cannot occupy every renderer.
struct Rendering {
    who: UserId,
    set: Renderers,
}

type Renderers = std::sync::Arc<std::sync::Mutex<std::collections::HashSet<UserId>>>;

impl Rendering {
    fn start(state: &ServerState, who: UserId) -> Option<Rendering> {
        Self::start_in(&state.rendering, who)
    }

    fn start_in(set: &Renderers, who: UserId) -> Option<Rendering> {
        let mut running = set.lock().ok()?;
        running.insert(who).then(|| Rendering {
            who,
            set: set.clone(),
        })
    }
}

impl Drop for Rendering {
    fn drop(&mut self) {
        if let Ok(mut set) = self.set.lock() {
            set.remove(&self.who);
        }
    }
}

pub(crate) async fn render(
    state: &ServerState,
    who: UserId,
    cv: &Cv,
) -> Result<Vec<u8>, PdfFailure> {
    let mine = Rendering::start(state, who).ok_or(PdfFailure::Busy)?;
    let model =
        serde_json::to_vec(&PrintCv::new(cv)).map_err(|e| PdfFailure::Failed(e.to_string()))?;
    let permit = tokio::time::timeout(QUEUE_WAIT, state.renders.clone().acquire_owned())
        .await
        .map_err(|_| PdfFailure::Busy)?
        .map_err(|e| PdfFailure::Failed(e.to_string()))?;
    // The permit moves into the blocking task: a render that outlives its request still
    // holds its slot until it ends, so slow renders cannot pile up.
    let renderer = state.pdf_renderer;
    let task = tokio::task::spawn_blocking(move || {
        let result = renderer(&model);
        drop(permit);
        drop(mine);
        result
    });
    match tokio::time::timeout(RENDER_LIMIT, task).await {
        Ok(Ok(Ok(pdf))) => Ok(pdf),
        Ok(Ok(Err(reason))) => Err(PdfFailure::Failed(reason.into())),
        Ok(Err(e)) => Err(PdfFailure::Failed(e.to_string())),
        Err(_) => Err(PdfFailure::Failed("render took too long".into())),
    }
}

pub async fn pdf(
    Extension(state): Extension<ServerState>,
    request: Option<Extension<RequestId>>,
    method: axum::http::Method,
    session: Session,
    Path(id): Path<CvId>,
) -> Response {
    let (reader, cv) = match readable_cv(&state, &session, id, ReadHow::Pdf, request, &method).await
    {
        Ok(found) => found,
        Err(response) => return response,
    };
    let started = std::time::Instant::now();
    match render(&state, reader.user.id, &cv).await {
        Ok(body) => {
            tracing::info!(
                cv = %id,
                ms = started.elapsed().as_millis() as u64,
                bytes = body.len(),
                "PDF rendered"
            );
            // Only a PDF actually handed over is a read.
            if let Err(response) = reader.logged(&state).await {
                return response;
            }
            download("application/pdf", &cv, "pdf", body)
        }
        Err(failure) => {
            // The reason goes to the log; the CV's contents never do.
            match failure {
                PdfFailure::Busy => tracing::warn!(cv = %id, "PDF not rendered: renderers busy"),
                PdfFailure::Failed(reason) => {
                    tracing::error!(cv = %id, %reason, "PDF not rendered")
                }
            }
            Redirect::to(&format!("{}?pdf=failed", reader.back)).into_response()
        }
    }
}

/// Whether `who` may `act` on the CV `record`, and how they stand to its owner.
async fn authorize_cv(
    state: &ServerState,
    who: &UserRecord,
    record: &CvRecord,
    act: Act,
) -> Result<Relation, AppError> {
    if who.id == record.owner_id || who.role != Role::Coach {
        authorize_own(who, Part::Cv, act, record.owner_id)?;
        return Ok(if who.id == record.owner_id {
            Relation::Own
        } else {
            Relation::Other
        });
    }
    let owner = state
        .accounts
        .find_user(record.owner_id)
        .await
        .map_err(crate::ssr::internal)?
        .ok_or(AppError::NotFound)?;
    let relation = relation(who, &owner);
    let shared =
        relation == Relation::TheirCoach && cv_shared(state, owner.id, who.id, record.id).await?;
    authorize(
        who,
        Ask {
            relation,
            part: Part::Cv,
            act,
            owner: owner.id,
            shared,
        },
    )?;
    Ok(relation)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_render_at_a_time_per_person() {
        let set = Renderers::default();
        let first = Rendering::start_in(&set, UserId::new(1)).expect("first");
        assert!(
            Rendering::start_in(&set, UserId::new(1)).is_none(),
            "a second at once"
        );
        assert!(
            Rendering::start_in(&set, UserId::new(2)).is_some(),
            "someone else"
        );
        drop(first);
        assert!(
            Rendering::start_in(&set, UserId::new(1)).is_some(),
            "after the first ended"
        );
    }

    #[test]
    fn download_names_never_carry_controls() {
        let value = attachment("CV Amal\u{0}\u{1b}\u{202e}x", "pdf");
        let text = value.to_str().expect("ascii");
        assert!(
            !text.contains("%00") && !text.contains("%1B") && !text.contains("%E2%80%AE"),
            "{text}"
        );
    }

    #[test]
    fn download_names_work_in_any_script() {
        let value = attachment("CV Åsa عمر", "pdf");
        assert_eq!(
            value.to_str().ok(),
            Some("attachment; filename=\"CV--sa.pdf\"; filename*=UTF-8''CV%20%C3%85sa%20%D8%B9%D9%85%D8%B1.pdf")
        );
        assert!(attachment("عمر", "json")
            .to_str()
            .is_ok_and(|v| v.starts_with("attachment; filename=\"cv.json\"")));
    }
}
