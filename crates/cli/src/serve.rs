//! `portdoctor serve`: the wizard in a browser, for computers without a screen.
//!
//! It listens on 127.0.0.1 only. Any web page the user visits could send requests to
//! it, so every API call needs the random token of this run (in the URL we print, and
//! then in a header), the Host must be a loopback name (no DNS rebinding), and a
//! browser's Origin must be this page's own.
//!
//! Other users of the computer can read a program's command line, so the token never
//! goes on one: `--open` gives the browser a one-time code (in the URL's fragment),
//! which the page exchanges for the token once, within [`CODE_LIFETIME`]. Slow or idle
//! connections are closed ([`HEADER_TIMEOUT`]), at most [`MAX_CONNECTIONS`] are served
//! at once and [`MAX_CHECKS`] checks run at once; test listeners keep to
//! [`TestListenerLimits`].

use std::convert::Infallible;
use std::net::SocketAddr;
use std::pin::Pin;
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll};
use std::time::{Duration, Instant};

use axum::Router;
use axum::body::{Body, Bytes};
use axum::extract::{DefaultBodyLimit, Request, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
pub use portdoctor_api::test_listeners::Limits as TestListenerLimits;
use portdoctor_api::{ApiError, CheckRequest, TestListeners};
use portdoctor_core::Catalog;
use portdoctor_probe::CancellationToken;
use serde::Deserialize;
use std::io::Write as _;
use tokio::sync::{Semaphore, mpsc};
use tokio_util::sync::DropGuard;

include!(concat!(env!("OUT_DIR"), "/ui_files.rs"));

/// The header that carries the token.
pub const TOKEN_HEADER: &str = "x-portdoctor-token";

/// How long a connection may take to send a request's head, and may stay idle
/// between requests.
pub const HEADER_TIMEOUT: Duration = Duration::from_secs(10);
/// Connections served at once; more are closed at once.
pub const MAX_CONNECTIONS: usize = 64;
/// Checks running at once; more are answered "busy".
pub const MAX_CHECKS: usize = 4;
/// How long the one-time code of `--open` can be exchanged.
pub const CODE_LIFETIME: Duration = Duration::from_secs(120);
/// The largest request body: a report of [`portdoctor_core::report::MAX_REPORT_BYTES`],
/// escaped as JSON.
const BODY_LIMIT: usize = 2 * portdoctor_core::report::MAX_REPORT_BYTES + 64 * 1024;
/// How long a request's body may take to arrive (a refused or too large one is read
/// to its end too, so that its sender gets the answer and not a reset).
const BODY_TIMEOUT: Duration = Duration::from_secs(30);
/// Past this much, a body is not read on: the connection is closed.
const DRAIN_LIMIT: usize = 8 * BODY_LIMIT;

/// What `serve` needs besides its port and catalogue.
#[derive(Debug, Clone)]
pub struct Options {
    /// The token of this run.
    pub token: String,
    /// A one-time code for the browser that `--open` starts, if any.
    pub code: Option<String>,
    /// What test listeners the page may open.
    pub limits: TestListenerLimits,
}

struct App {
    token: String,
    /// The one-time code and when it stops working; taken when used.
    code: Mutex<Option<(String, Instant)>>,
    catalog: Catalog,
    listeners: TestListeners,
    checks: Arc<Semaphore>,
}

type Shared = Arc<App>;

/// A fresh random token: 128 bits from the OS, as hex.
pub fn new_token() -> std::io::Result<String> {
    let mut bytes = [0u8; 16];
    getrandom::fill(&mut bytes).map_err(|e| std::io::Error::other(e.to_string()))?;
    Ok(bytes.iter().map(|b| format!("{b:02x}")).collect())
}

/// The router: the page (public, it holds no secrets) and the API (token only).
fn router(app: Shared) -> Router {
    let api = Router::new()
        // The check streams its progress; every other operation comes from the one
        // list in portdoctor_api::ops.
        .route("/api/check", post(check))
        .route("/api/{*op}", post(operation))
        .layer(middleware::from_fn_with_state(
            Arc::clone(&app),
            require_token,
        ));
    Router::new()
        .merge(api)
        // The one request without the token: it trades the one-time code for it.
        .route("/api/session", post(session))
        .route("/", get(page))
        .route("/{*path}", get(page))
        // Bodies are read by read_body, with its own limits.
        .layer(DefaultBodyLimit::disable())
        .layer(middleware::from_fn_with_state(
            Arc::clone(&app),
            loopback_only,
        ))
        .with_state(app)
}

/// Runs the server until `cancel` fires. Calls `ready` with the address it listens on.
pub async fn run(
    port: u16,
    options: Options,
    catalog: Catalog,
    cancel: CancellationToken,
    ready: impl FnOnce(SocketAddr),
) -> std::io::Result<()> {
    let listener = tokio::net::TcpListener::bind(("127.0.0.1", port)).await?;
    ready(listener.local_addr()?);
    let app = Arc::new(App {
        token: options.token,
        code: Mutex::new(options.code.map(|c| (c, Instant::now() + CODE_LIFETIME))),
        catalog,
        listeners: TestListeners::with_limits(options.limits),
        checks: Arc::new(Semaphore::new(MAX_CHECKS)),
    });
    let listeners = app.listeners.clone();
    serve_connections(listener, router(app), &cancel).await;
    listeners.close_all();
    Ok(())
}

/// Accepts connections until `cancel` fires: each one is HTTP/1.1 with a deadline for
/// every request head (which also ends an idle keep-alive connection), and no more
/// than [`MAX_CONNECTIONS`] at once.
async fn serve_connections(
    listener: tokio::net::TcpListener,
    router: Router,
    cancel: &CancellationToken,
) {
    let room = Arc::new(Semaphore::new(MAX_CONNECTIONS));
    loop {
        let accepted = tokio::select! {
            () = cancel.cancelled() => return,
            accepted = listener.accept() => accepted,
        };
        let stream = match accepted {
            Ok((stream, _)) => stream,
            // Out of file descriptors, or a connection gone before it was taken: wait
            // a moment rather than spin.
            Err(_) => {
                tokio::time::sleep(Duration::from_millis(50)).await;
                continue;
            }
        };
        let Ok(permit) = Arc::clone(&room).try_acquire_owned() else {
            drop(stream);
            continue;
        };
        let service = hyper_util::service::TowerToHyperService::new(router.clone());
        let cancel = cancel.clone();
        tokio::spawn(async move {
            let _permit = permit;
            let connection = hyper::server::conn::http1::Builder::new()
                .timer(hyper_util::rt::TokioTimer::new())
                .header_read_timeout(HEADER_TIMEOUT)
                .serve_connection(hyper_util::rt::TokioIo::new(stream), service);
            tokio::select! {
                _ = connection => {}
                () = cancel.cancelled() => {}
            }
        });
    }
}

fn error(status: StatusCode, err: ApiError) -> Response {
    (status, axum::Json(err)).into_response()
}

fn forbidden(app: &App) -> Response {
    error(
        StatusCode::FORBIDDEN,
        ApiError::new("forbidden", app.catalog.get("serve-error-forbidden", &[])),
    )
}

/// A 403, after reading what is left of the request (for a while, up to the limit),
/// so that the sender sees the answer and not a connection closed on it.
async fn refuse(app: &App, request: Request) -> Response {
    let _ = read_body(request.into_body(), 0).await;
    forbidden(app)
}

/// Why a body was not taken.
enum BodyError {
    /// Longer than the limit (it was read to its end, within reason).
    TooLarge,
    /// Broken off, or too slow.
    Broken,
}

/// The body, at most `limit` bytes of it, within [`BODY_TIMEOUT`]. A longer one is
/// read on (up to [`DRAIN_LIMIT`]) and thrown away.
async fn read_body(body: Body, limit: usize) -> Result<Bytes, BodyError> {
    let mut stream = body.into_data_stream();
    let read = async {
        let mut kept = Vec::new();
        let mut total = 0usize;
        while let Some(chunk) =
            std::future::poll_fn(|cx| futures_core::Stream::poll_next(Pin::new(&mut stream), cx))
                .await
        {
            let chunk = chunk.map_err(|_| BodyError::Broken)?;
            total = total.saturating_add(chunk.len());
            if total > DRAIN_LIMIT {
                return Err(BodyError::Broken);
            }
            if total <= limit {
                kept.extend_from_slice(&chunk);
            }
        }
        if total > limit {
            Err(BodyError::TooLarge)
        } else {
            Ok(Bytes::from(kept))
        }
    };
    tokio::time::timeout(BODY_TIMEOUT, read)
        .await
        .unwrap_or(Err(BodyError::Broken))
}

/// Only requests addressed to a loopback name: a page on evil.example whose name
/// resolves to 127.0.0.1 sends `Host: evil.example` and is turned away.
async fn loopback_only(State(app): State<Shared>, request: Request, next: Next) -> Response {
    let host = request
        .headers()
        .get(header::HOST)
        .and_then(|h| h.to_str().ok())
        .unwrap_or("");
    if !is_loopback_host(host) {
        return refuse(&app, request).await;
    }
    let mut response = next.run(request).await;
    let headers = response.headers_mut();
    headers.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    headers.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    headers.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("no-referrer"),
    );
    headers.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(
            "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; connect-src 'self'; frame-ancestors 'none'",
        ),
    );
    response
}

/// `127.0.0.1`, `localhost` or `[::1]`, with any port (an SSH forward may change it),
/// and nothing else: not `[::1]evil.example`, not `[::1`.
pub fn is_loopback_host(host: &str) -> bool {
    let (name, port) = match host.strip_prefix('[') {
        Some(rest) => match rest.split_once(']') {
            Some((name, after)) => match after {
                "" => (name, None),
                _ => match after.strip_prefix(':') {
                    Some(port) => (name, Some(port)),
                    None => return false,
                },
            },
            None => return false,
        },
        None => match host.split_once(':') {
            Some((name, port)) => (name, Some(port)),
            None => (host, None),
        },
    };
    let port_ok =
        port.is_none_or(|p| !p.is_empty() && p.len() <= 5 && p.bytes().all(|b| b.is_ascii_digit()));
    let bracketed = host.starts_with('[');
    let name = name.to_ascii_lowercase();
    port_ok
        && if bracketed {
            name == "::1"
        } else {
            name == "127.0.0.1" || name == "localhost"
        }
}

/// The API needs this run's token, and a browser's Origin must be this page.
async fn require_token(State(app): State<Shared>, request: Request, next: Next) -> Response {
    let headers = request.headers();
    let token_ok = headers
        .get(TOKEN_HEADER)
        .and_then(|t| t.to_str().ok())
        .is_some_and(|t| constant_time_eq(t.as_bytes(), app.token.as_bytes()));
    if !token_ok || !same_origin(headers) {
        return refuse(&app, request).await;
    }
    next.run(request).await
}

#[derive(Deserialize)]
struct SessionRequest {
    code: String,
}

/// Trades the one-time code of `--open` for the token, once: after that (or after
/// [`CODE_LIFETIME`]) the code is worth nothing, whoever read it off a command line.
async fn session(State(app): State<Shared>, request: Request) -> Response {
    if !same_origin(request.headers()) {
        return refuse(&app, request).await;
    }
    let bytes = read_body(request.into_body(), 4096).await;
    let code = bytes
        .ok()
        .and_then(|b| serde_json::from_slice::<SessionRequest>(&b).ok())
        .map(|r| r.code);
    let taken = app.code.lock().ok().and_then(|mut held| {
        let (expected, until) = held.as_ref()?;
        let matches = code
            .as_deref()
            .is_some_and(|c| constant_time_eq(c.as_bytes(), expected.as_bytes()));
        if Instant::now() > *until {
            *held = None;
            return None;
        }
        // A wrong guess does not use the code up; the right one does.
        matches.then(|| held.take()).flatten()
    });
    if taken.is_none() {
        return error(
            StatusCode::FORBIDDEN,
            ApiError::new("code-used", app.catalog.get("serve-error-code", &[])),
        );
    }
    let mut out = std::io::stdout().lock();
    let _ = writeln!(out, "{}", app.catalog.get("serve-opened", &[]));
    let _ = out.flush();
    axum::Json(serde_json::json!({ "token": app.token })).into_response()
}

fn same_origin(headers: &HeaderMap) -> bool {
    let Some(origin) = headers.get(header::ORIGIN).and_then(|o| o.to_str().ok()) else {
        // Not from a browser page (curl, scripts): the token is enough.
        return true;
    };
    let host = headers
        .get(header::HOST)
        .and_then(|h| h.to_str().ok())
        .unwrap_or("");
    origin == format!("http://{host}")
}

fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

async fn page(State(app): State<Shared>, request: Request) -> Response {
    let path = request.uri().path().trim_start_matches('/');
    let path = if path.is_empty() { "index.html" } else { path };
    if UI_FILES.is_empty() {
        return (
            StatusCode::OK,
            [(header::CONTENT_TYPE, "text/plain; charset=utf-8")],
            app.catalog.get("serve-no-ui", &[]),
        )
            .into_response();
    }
    match UI_FILES.iter().find(|(p, _)| *p == path) {
        Some((p, bytes)) => ([(header::CONTENT_TYPE, content_type(p))], *bytes).into_response(),
        None => error(
            StatusCode::NOT_FOUND,
            ApiError::new("not-found", app.catalog.get("serve-error-not-found", &[])),
        ),
    }
}

fn content_type(path: &str) -> &'static str {
    match path.rsplit('.').next().unwrap_or("") {
        "html" => "text/html; charset=utf-8",
        "js" | "mjs" => "text/javascript; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "ico" => "image/x-icon",
        "json" => "application/json",
        "woff2" => "font/woff2",
        _ => "application/octet-stream",
    }
}

/// Reads a JSON body; a broken one gets a 400 with a sentence, not a stack of text, and
/// one over the limit a 413 that says so.
async fn body<T: for<'de> Deserialize<'de>>(
    app: &App,
    request: Request,
) -> Result<T, Box<Response>> {
    let bytes = match read_body(request.into_body(), BODY_LIMIT).await {
        Ok(b) => b,
        Err(BodyError::TooLarge) => {
            return Err(Box::new(error(
                StatusCode::PAYLOAD_TOO_LARGE,
                ApiError::new("too-large", app.catalog.get("serve-error-too-large", &[])),
            )));
        }
        Err(BodyError::Broken) => {
            return Err(Box::new(error(
                StatusCode::BAD_REQUEST,
                ApiError::new("bad-request", app.catalog.get("serve-error-body", &[])),
            )));
        }
    };
    serde_json::from_slice(&bytes).map_err(|e| {
        Box::new(error(
            StatusCode::BAD_REQUEST,
            ApiError::new(
                "bad-request",
                app.catalog
                    .get("serve-error-bad-request", &[("detail", &e.to_string())]),
            ),
        ))
    })
}

/// One operation of [`portdoctor_api::ops`], at its path under `/api/`.
async fn operation(
    State(app): State<Shared>,
    axum::extract::Path(op): axum::extract::Path<String>,
    request: Request,
) -> Response {
    let Some(op) = portdoctor_api::ops::Operation::from_path(&op) else {
        return error(
            StatusCode::NOT_FOUND,
            ApiError::new("not-found", app.catalog.get("serve-error-not-found", &[])),
        );
    };
    let request = match body::<serde_json::Value>(&app, request).await {
        Ok(r) => r,
        Err(r) => return *r,
    };
    let ctx = portdoctor_api::ops::Context {
        catalog: &app.catalog,
        listeners: &app.listeners,
    };
    match portdoctor_api::ops::call(op, request, &ctx).await {
        Ok(v) => axum::Json(v).into_response(),
        Err(e) if e.code == "bad-request" => error(StatusCode::BAD_REQUEST, e),
        Err(e) => error(StatusCode::UNPROCESSABLE_ENTITY, e),
    }
}

/// The check's progress and answer as lines of JSON. When the browser goes away (or
/// the user cancels, which aborts the request) the body is dropped and the check stops.
struct Lines {
    rx: mpsc::UnboundedReceiver<Bytes>,
    _cancel_on_drop: DropGuard,
}

impl futures_core::Stream for Lines {
    type Item = Result<Bytes, Infallible>;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        self.rx.poll_recv(cx).map(|line| line.map(Ok))
    }
}

fn line(value: serde_json::Value) -> Bytes {
    let mut text = value.to_string();
    text.push('\n');
    Bytes::from(text)
}

async fn check(State(app): State<Shared>, request: Request) -> Response {
    let request = match body::<CheckRequest>(&app, request).await {
        Ok(r) => r,
        Err(r) => return *r,
    };
    let Ok(permit) = Arc::clone(&app.checks).try_acquire_owned() else {
        return error(
            StatusCode::TOO_MANY_REQUESTS,
            ApiError::new(
                "busy",
                app.catalog
                    .get("serve-error-busy", &[("count", &MAX_CHECKS.to_string())]),
            ),
        );
    };
    let (tx, rx) = mpsc::unbounded_channel();
    let cancel = CancellationToken::new();
    let stream = Lines {
        rx,
        _cancel_on_drop: cancel.clone().drop_guard(),
    };
    tokio::spawn(async move {
        let _permit = permit;
        let catalog = request
            .lang
            .as_deref()
            .map_or(&app.catalog, |l| portdoctor_core::Catalog::shared(l));
        let progress_tx = tx.clone();
        let on_progress = move |p| {
            let _ = progress_tx.send(line(serde_json::json!({ "progress": p })));
        };
        let message = match portdoctor_api::check(&request, catalog, &on_progress, &cancel).await {
            Ok(report) => serde_json::json!({ "report": report }),
            Err(e) => serde_json::json!({ "error": e }),
        };
        let _ = tx.send(line(message));
    });
    Response::builder()
        .header(header::CONTENT_TYPE, "application/x-ndjson")
        .header(header::CACHE_CONTROL, "no-store")
        .body(Body::from_stream(stream))
        .unwrap_or_else(|_| StatusCode::INTERNAL_SERVER_ERROR.into_response())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn loopback_hosts() {
        for ok in [
            "127.0.0.1:8080",
            "localhost:1",
            "LOCALHOST",
            "[::1]:9000",
            "127.0.0.1",
        ] {
            assert!(is_loopback_host(ok), "{ok}");
        }
        for bad in [
            "evil.example:8080",
            "127.0.0.1.evil.example",
            "[::2]:80",
            "",
            "10.0.0.1:80",
            "localhost.evil:1",
            "[::1]evil.example",
            "[::1",
            "[::1]:80:80",
            "127.0.0.1:80:80",
            "localhost:",
            "localhost:http",
            "::1",
            "[127.0.0.1]:80",
            "[localhost]",
        ] {
            assert!(!is_loopback_host(bad), "{bad}");
        }
    }

    #[test]
    fn tokens_are_random_and_compared_in_full() {
        let (a, b) = (
            new_token().unwrap_or_default(),
            new_token().unwrap_or_default(),
        );
        assert_eq!(a.len(), 32);
        assert_ne!(a, b);
        assert!(constant_time_eq(a.as_bytes(), a.as_bytes()));
        assert!(!constant_time_eq(a.as_bytes(), b.as_bytes()));
        assert!(!constant_time_eq(a.as_bytes(), &a.as_bytes()[..31]));
    }
}
