//! The desktop shell: Tauri commands that call the same API as `portdoctor serve`.
//! Thin on purpose: the logic lives in portdoctor-api, core and probe.

use std::collections::HashMap;
use std::sync::Mutex;

use portdoctor_api::{ApiError, CheckRequest, ProgressEvent, TestListeners};
use portdoctor_core::{Catalog, Report};
use portdoctor_probe::CancellationToken;
use tauri::ipc::Channel;
use tauri::{Manager, Runtime, State};

/// What the app keeps while it runs.
#[derive(Debug)]
pub struct AppState {
    catalog: Catalog,
    listeners: TestListeners,
    running: Mutex<HashMap<u32, CancellationToken>>,
}

impl Default for AppState {
    fn default() -> Self {
        AppState {
            // The one rule for the language: LC_ALL, LC_MESSAGES, LANG, else English.
            catalog: portdoctor_api::catalog(None),
            listeners: TestListeners::default(),
            running: Mutex::new(HashMap::new()),
        }
    }
}

/// Every operation of portdoctor_api::ops, by name, with its request as JSON: the one
/// list there declares them; the check, stopping it and saving are below.
#[tauri::command]
async fn call(
    operation: String,
    request: serde_json::Value,
    state: State<'_, AppState>,
) -> Result<serde_json::Value, ApiError> {
    let Some(op) = portdoctor_api::ops::Operation::from_name(&operation) else {
        return Err(ApiError::new(
            "not-found",
            state.catalog.get("serve-error-not-found", &[]),
        ));
    };
    let ctx = portdoctor_api::ops::Context {
        catalog: &state.catalog,
        listeners: &state.listeners,
    };
    portdoctor_api::ops::call(op, request, &ctx).await
}

#[tauri::command]
async fn check(
    id: u32,
    request: CheckRequest,
    on_progress: Channel<ProgressEvent>,
    state: State<'_, AppState>,
) -> Result<Report, ApiError> {
    let cancel = CancellationToken::new();
    if let Ok(mut running) = state.running.lock() {
        running.insert(id, cancel.clone());
    }
    let progress = move |e: ProgressEvent| {
        let _ = on_progress.send(e);
    };
    let catalog = request
        .lang
        .as_deref()
        .map_or(&state.catalog, |l| portdoctor_core::Catalog::shared(l));
    let result = portdoctor_api::check(&request, catalog, &progress, &cancel).await;
    if let Ok(mut running) = state.running.lock() {
        running.remove(&id);
    }
    result
}

#[tauri::command]
fn cancel_check(id: u32, state: State<'_, AppState>) {
    if let Ok(running) = state.running.lock()
        && let Some(c) = running.get(&id)
    {
        c.cancel();
    }
}

/// Asks where to save, then writes the report there. None when the user cancels.
#[tauri::command]
async fn save_report<R: Runtime>(
    app: tauri::AppHandle<R>,
    report: Report,
    format: String,
    lang: Option<String>,
    state: State<'_, AppState>,
) -> Result<Option<String>, ApiError> {
    let catalog = lang
        .as_deref()
        .map_or(&state.catalog, |l| portdoctor_core::Catalog::shared(l));
    use tauri_plugin_dialog::DialogExt;
    let (text, ext) = match format.as_str() {
        "json" => (portdoctor_api::render(&report, "json", catalog)?, "json"),
        "markdown" => (portdoctor_api::render(&report, "markdown", catalog)?, "md"),
        _ => (portdoctor_api::render(&report, "text", catalog)?, "txt"),
    };
    let name = format!("portdoctor-{}.{ext}", report.meta.id);
    let (tx, rx) = tokio::sync::oneshot::channel();
    app.dialog()
        .file()
        .set_title(catalog.get("ui-save-title", &[]))
        .set_file_name(&name)
        .add_filter(catalog.get("ui-save-filter", &[("ext", ext)]), &[ext])
        .save_file(move |path| {
            let _ = tx.send(path);
        });
    let Some(path) = rx.await.ok().flatten() else {
        return Ok(None);
    };
    let path = path
        .into_path()
        .map_err(|e| ApiError::new("save-failed", e.to_string()))?;
    std::fs::write(&path, text).map_err(|e| {
        ApiError::new(
            "save-failed",
            catalog.get(
                "cli-save-failed",
                &[
                    ("file", &path.display().to_string()),
                    ("detail", &catalog.io_error(&e)),
                ],
            ),
        )
    })?;
    Ok(Some(path.display().to_string()))
}

/// The app's commands and state on any runtime, so tests can use the mock runtime.
pub fn builder<R: Runtime>(builder: tauri::Builder<R>) -> tauri::Builder<R> {
    builder
        .manage(AppState::default())
        .invoke_handler(tauri::generate_handler![
            call,
            check,
            cancel_check,
            save_report
        ])
}

/// WebKitGTK settings for a small form-like app, as environment variables to set before
/// WebKit starts; each is left out when the user has set it (`is_set`), so
/// `WEBKIT_DISABLE_COMPOSITING_MODE=0` brings GPU compositing back. Measured after one
/// check (bench/desktop.sh): compositing off takes the app with its WebKit processes
/// from 297 to 224 MiB PSS, and the JavaScript JIT off to 213 MiB, with the same time to
/// the first screen and to the answer. Compositing off also avoids the blank windows
/// some GPU drivers give WebKitGTK.
pub fn webkit_defaults(is_set: impl Fn(&str) -> bool) -> Vec<(&'static str, &'static str)> {
    [
        ("WEBKIT_DISABLE_COMPOSITING_MODE", "1"),
        ("JSC_useJIT", "false"),
    ]
    .into_iter()
    .filter(|(name, _)| !is_set(name))
    .collect()
}

/// Starts the desktop app.
pub fn run() {
    let app = builder(tauri::Builder::default())
        .plugin(tauri_plugin_dialog::init())
        .build(tauri::generate_context!());
    match app {
        Ok(app) => app.run(|handle, event| {
            if let tauri::RunEvent::Exit = event {
                handle.state::<AppState>().listeners.close_all();
            }
        }),
        Err(e) => {
            let _ = std::io::Write::write_all(
                &mut std::io::stderr(),
                format!("Port Doctor could not start: {e}\n").as_bytes(),
            );
            std::process::exit(1);
        }
    }
}

#[cfg(test)]
mod tests {
    //! Commands through real IPC on Tauri's mock runtime, with the app's own config
    //! and capability file, so the permission checks are the real ones.

    use serde_json::{Value, json};
    use tauri::ipc::{CallbackFn, InvokeBody};
    use tauri::test::{INVOKE_KEY, MockRuntime, get_ipc_response, mock_builder};
    use tauri::webview::InvokeRequest;
    use tauri::{WebviewWindow, WebviewWindowBuilder};

    fn window() -> (tauri::App<MockRuntime>, WebviewWindow<MockRuntime>) {
        let app = super::builder(mock_builder())
            .build(tauri::generate_context!())
            .expect("app builds");
        let window = WebviewWindowBuilder::new(&app, "main", Default::default())
            .build()
            .expect("window");
        (app, window)
    }

    fn invoke(window: &WebviewWindow<MockRuntime>, cmd: &str, body: Value) -> Result<Value, Value> {
        let request = InvokeRequest {
            cmd: cmd.into(),
            callback: CallbackFn(0),
            error: CallbackFn(1),
            url: if cfg!(windows) {
                "http://tauri.localhost"
            } else {
                "tauri://localhost"
            }
            .parse()
            .expect("url"),
            body: InvokeBody::Json(body),
            headers: Default::default(),
            invoke_key: INVOKE_KEY.to_string(),
        };
        get_ipc_response(window, request).map(|b| b.deserialize::<Value>().expect("json"))
    }

    /// An operation of portdoctor_api::ops, through the one `call` command.
    fn op(
        window: &WebviewWindow<MockRuntime>,
        operation: &str,
        request: Value,
    ) -> Result<Value, Value> {
        invoke(
            window,
            "call",
            json!({ "operation": operation, "request": request }),
        )
    }

    #[test]
    fn understand_reads_an_address_and_a_pasted_error() {
        let (_app, w) = window();
        let v = op(&w, "understand", json!({ "text": "db1.example.com:5432" })).expect("ok");
        assert_eq!(v["kind"], "target");
        assert_eq!(v["target"]["port"], 5432);
        let v = op(
            &w,
            "understand",
            json!({ "text": "connect ECONNREFUSED ::1:3000" }),
        )
        .expect("ok");
        assert_eq!(v["kind"], "message");
        assert_eq!(v["target"]["host"], "::1");
        let v = op(&w, "understand", json!({ "text": "172.16.23.277:80" })).expect("ok");
        assert_eq!(v["kind"], "invalid");
    }

    #[test]
    fn explain_render_and_open_report() {
        let (_app, w) = window();
        let report = op(
            &w,
            "explain",
            json!({ "text": "Error: connect ECONNREFUSED 127.0.0.1:5432" }),
        )
        .expect("ok");
        assert_eq!(report["findings"][0]["code"], "message-refused");
        let text = op(
            &w,
            "render",
            json!({ "report": report.clone(), "format": "text" }),
        )
        .expect("ok");
        assert!(
            text["text"]
                .as_str()
                .is_some_and(|t| t.contains("turned the connection away")),
            "{text}"
        );
        let opened = op(&w, "open_report", json!({ "text": report.to_string() })).expect("ok");
        assert_eq!(opened["id"], report["id"]);
        let err = op(
            &w,
            "open_report",
            json!({ "text": "{\"schema\":\"other\"}" }),
        )
        .expect_err("refused");
        assert_eq!(err["code"], "report-unreadable");
        assert!(err["message"].as_str().is_some_and(|m| !m.is_empty()));
    }

    #[test]
    fn redact_hides_what_is_asked_and_keeps_the_id() {
        let (_app, w) = window();
        let report = op(&w, "explain",
            json!({ "text": "curl: (7) Failed to connect to db1.example.com port 5432 after 3 ms: Connection refused" }),
        )
        .expect("ok");
        assert_eq!(report["parsed"]["host"], "db1.example.com");
        let all = json!({ "user_names": true, "host_names": true, "public_addresses": true, "target": true });
        let red = op(
            &w,
            "redact",
            json!({ "report": report.clone(), "what": all }),
        )
        .expect("ok");
        assert_eq!(red["id"], report["id"]);
        assert_eq!(red["findings"][0]["code"], report["findings"][0]["code"]);
        assert_eq!(red["parsed"]["host"], "host-1");
        assert_eq!(red["redacted"]["host_names"], 1);
        assert!(!red.to_string().contains("db1.example.com"), "{red}");
        let none = json!({ "user_names": false, "host_names": false, "public_addresses": false });
        let same = op(
            &w,
            "redact",
            json!({ "report": report.clone(), "what": none }),
        )
        .expect("ok");
        assert_eq!(same, report);
        let err = op(&w, "redact", json!({ "report": report, "what": {} })).expect_err("no choice");
        assert!(err.is_string() || err.is_object(), "{err}");
    }

    #[test]
    fn bad_input_is_an_error_with_a_sentence() {
        let (_app, w) = window();
        let err =
            op(&w, "open_test_listener", json!({ "port": 0, "seconds": 5 })).expect_err("port 0");
        assert_eq!(err["code"], "target-port-zero");
        let err =
            op(&w, "render", json!({ "report": {}, "format": "text" })).expect_err("not a report");
        assert!(err.is_string() || err.is_object(), "{err}");
    }

    #[test]
    fn a_test_listener_opens_answers_and_closes_early() {
        let (_app, w) = window();
        let port = std::net::TcpListener::bind(("127.0.0.1", 0))
            .and_then(|l| l.local_addr())
            .expect("free port")
            .port();
        let info = op(
            &w,
            "open_test_listener",
            json!({ "port": port, "seconds": 60 }),
        )
        .expect("opens");
        assert_eq!(info["port"], port);
        let mut s = std::net::TcpStream::connect(("127.0.0.1", port)).expect("it answers");
        s.set_read_timeout(Some(std::time::Duration::from_secs(5)))
            .expect("timeout");
        let mut line = String::new();
        std::io::Read::read_to_string(&mut s, &mut line).expect("greeting");
        assert_eq!(line.trim_end(), info["greeting"]);
        let closed = op(&w, "close_test_listener", json!({ "port": port })).expect("ok");
        assert_eq!(closed, true);
        let err = std::net::TcpStream::connect(("127.0.0.1", port)).expect_err("closed");
        assert_eq!(err.kind(), std::io::ErrorKind::ConnectionRefused);
        let again = op(&w, "close_test_listener", json!({ "port": port })).expect("ok");
        assert_eq!(again, false);
    }

    #[test]
    fn webkit_defaults_yield_to_the_users_own_settings() {
        let all = super::webkit_defaults(|_| false);
        assert_eq!(
            all,
            [
                ("WEBKIT_DISABLE_COMPOSITING_MODE", "1"),
                ("JSC_useJIT", "false")
            ]
        );
        let some = super::webkit_defaults(|name| name == "WEBKIT_DISABLE_COMPOSITING_MODE");
        assert_eq!(some, [("JSC_useJIT", "false")]);
        assert!(super::webkit_defaults(|_| true).is_empty());
    }

    #[test]
    fn the_window_may_call_our_commands_only() {
        let (_app, w) = window();
        // An operation that is not ours.
        let err = op(&w, "run_shell", json!({})).expect_err("no such operation");
        assert_eq!(err["code"], "not-found");
        // A core command the capability does not grant.
        let err = invoke(&w, "plugin:app|version", json!({})).expect_err("not granted");
        assert!(
            err.to_string().to_lowercase().contains("not allowed"),
            "{err}"
        );
    }
}
