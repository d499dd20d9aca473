//! `portdoctor serve`: the wizard in a browser, for computers without a screen.
//!
//! It listens on 127.0.0.1 only. Any web page the user visits could send requests to
//! it, so every API call needs the random token of this run (in the URL we print, and
//! then in a header), the Host must be a loopback name (no DNS rebinding), and a
//! browser's Origin must be this page's own.

use std::convert::Infallible;
use std::net::SocketAddr;
use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll};

use axum::Router;
use axum::body::{Body, Bytes};
use axum::extract::{DefaultBodyLimit, Request, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use portdoctor_api::{ApiError, CheckRequest, TestListeners};
use portdoctor_core::Catalog;
use portdoctor_probe::CancellationToken;
use serde::Deserialize;
use tokio::sync::mpsc;
use tokio_util::sync::DropGuard;

include!(concat!(env!("OUT_DIR"), "/ui_files.rs"));

/// The header that carries the token.
pub const TOKEN_HEADER: &str = "x-portdoctor-token";

struct App {
    token: String,
    catalog: Catalog,
    listeners: TestListeners,
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
        .route("/", get(page))
        .route("/{*path}", get(page))
        .layer(DefaultBodyLimit::max(8 * 1024 * 1024))
        .layer(middleware::from_fn_with_state(
            Arc::clone(&app),
            loopback_only,
        ))
        .with_state(app)
}

/// Runs the server until `cancel` fires. Calls `ready` with the address it listens on.
pub async fn run(
    port: u16,
    token: String,
    catalog: Catalog,
    cancel: CancellationToken,
    ready: impl FnOnce(SocketAddr),
) -> std::io::Result<()> {
    let listener = tokio::net::TcpListener::bind(("127.0.0.1", port)).await?;
    ready(listener.local_addr()?);
    let app = Arc::new(App {
        token,
        catalog,
        listeners: TestListeners::default(),
    });
    let listeners = app.listeners.clone();
    let result = axum::serve(listener, router(app))
        .with_graceful_shutdown(cancel.cancelled_owned())
        .await;
    listeners.close_all();
    result
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

/// Only requests addressed to a loopback name: a page on evil.example whose name
/// resolves to 127.0.0.1 sends `Host: evil.example` and is turned away.
async fn loopback_only(State(app): State<Shared>, request: Request, next: Next) -> Response {
    let host = request
        .headers()
        .get(header::HOST)
        .and_then(|h| h.to_str().ok())
        .unwrap_or("");
    if !is_loopback_host(host) {
        return forbidden(&app);
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

/// `127.0.0.1`, `localhost` or `[::1]`, with any port (an SSH forward may change it).
pub fn is_loopback_host(host: &str) -> bool {
    let name = match host.strip_prefix('[') {
        Some(rest) => rest.split(']').next().unwrap_or(""),
        None => host.rsplit_once(':').map_or(host, |(h, _)| h),
    };
    matches!(
        name.to_ascii_lowercase().as_str(),
        "127.0.0.1" | "localhost" | "::1"
    )
}

/// The API needs this run's token, and a browser's Origin must be this page.
async fn require_token(State(app): State<Shared>, request: Request, next: Next) -> Response {
    let headers = request.headers();
    let token_ok = headers
        .get(TOKEN_HEADER)
        .and_then(|t| t.to_str().ok())
        .is_some_and(|t| constant_time_eq(t.as_bytes(), app.token.as_bytes()));
    if !token_ok || !same_origin(headers) {
        return forbidden(&app);
    }
    next.run(request).await
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

/// Reads a JSON body; a broken one gets a 400 with a sentence, not a stack of text.
fn body<T: for<'de> Deserialize<'de>>(app: &App, bytes: &Bytes) -> Result<T, Box<Response>> {
    serde_json::from_slice(bytes).map_err(|e| {
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
    bytes: Bytes,
) -> Response {
    let Some(op) = portdoctor_api::ops::Operation::from_path(&op) else {
        return error(
            StatusCode::NOT_FOUND,
            ApiError::new("not-found", app.catalog.get("serve-error-not-found", &[])),
        );
    };
    let request = match body::<serde_json::Value>(&app, &bytes) {
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

async fn check(State(app): State<Shared>, bytes: Bytes) -> Response {
    let request = match body::<CheckRequest>(&app, &bytes) {
        Ok(r) => r,
        Err(r) => return *r,
    };
    let (tx, rx) = mpsc::unbounded_channel();
    let cancel = CancellationToken::new();
    let stream = Lines {
        rx,
        _cancel_on_drop: cancel.clone().drop_guard(),
    };
    tokio::spawn(async move {
        let progress_tx = tx.clone();
        let on_progress = move |p| {
            let _ = progress_tx.send(line(serde_json::json!({ "progress": p })));
        };
        let message =
            match portdoctor_api::check(&request, &app.catalog, &on_progress, &cancel).await {
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
