//! Test listeners opened from the app ("open a test listener" on the result screen):
//! each closes itself after its time, and all close when the app does.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use portdoctor_core::Catalog;
use portdoctor_core::diagnose::owner_text;
use portdoctor_probe::{CancellationToken, bind, listener, listeners};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::ApiError;

/// An open test listener.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct TestListenerInfo {
    pub port: u16,
    pub seconds: u64,
    /// The one-line greeting every connection gets.
    pub greeting: String,
}

/// Why a test listener could not open `port`, naming who holds it when we can see,
/// and the system's own threshold for ports that need admin rights.
pub fn listen_error(c: &Catalog, port: u16, e: &std::io::Error) -> ApiError {
    let port_text = port.to_string();
    let (key, message) = match e.kind() {
        std::io::ErrorKind::AddrInUse => {
            let table = listeners::table(listeners::Query {
                port: Some(port),
                owners: true,
                owner_ports: None,
            });
            match table
                .listeners
                .iter()
                .find(|l| l.process.is_some() || l.user.is_some())
            {
                Some(l) => (
                    "listen-error-in-use",
                    c.get(
                        "listen-error-in-use-by",
                        &[("port", &port_text), ("owner", &owner_text(l))],
                    ),
                ),
                None => (
                    "listen-error-in-use",
                    c.get("listen-error-in-use", &[("port", &port_text)]),
                ),
            }
        }
        std::io::ErrorKind::PermissionDenied => {
            let threshold = bind::unprivileged_port_start()
                .map_or_else(|| "1024".to_string(), |t| t.to_string());
            (
                "listen-error-permission",
                c.get(
                    "listen-error-permission",
                    &[("port", &port_text), ("threshold", &threshold)],
                ),
            )
        }
        std::io::ErrorKind::AddrNotAvailable => (
            "listen-error-not-local",
            c.get("listen-error-not-local", &[]),
        ),
        _ => (
            "listen-error-other",
            c.get(
                "listen-error-other",
                &[("port", &port_text), ("detail", &e.to_string())],
            ),
        ),
    };
    ApiError::new(key, message)
}

/// The test listeners this app has open, each with its own cancel.
#[derive(Debug, Clone, Default)]
pub struct TestListeners {
    open: Arc<Mutex<HashMap<u16, CancellationToken>>>,
}

/// The longest a test listener may stay open from the app.
pub const MAX_SECONDS: u64 = 3600;

impl TestListeners {
    /// Opens a test listener on every address of this computer, for `seconds`.
    pub fn open(&self, port: u16, seconds: u64, c: &Catalog) -> Result<TestListenerInfo, ApiError> {
        if port == 0 {
            return Err(ApiError::new(
                "target-port-zero",
                c.get("target-error-port-zero", &[]),
            ));
        }
        let seconds = seconds.clamp(1, MAX_SECONDS);
        let socket = listener::bind(port, None).map_err(|e| listen_error(c, port, &e))?;
        let greeting = c.get("listen-greeting", &[("port", &port.to_string())]);
        let cancel = CancellationToken::new();
        if let Ok(mut open) = self.open.lock()
            && let Some(old) = open.insert(port, cancel.clone())
        {
            old.cancel();
        }
        let line = format!("{greeting}\r\n");
        let open = Arc::clone(&self.open);
        tokio::spawn(async move {
            listener::serve(socket, line, Duration::from_secs(seconds), &cancel, &|_| {}).await;
            if let Ok(mut open) = open.lock() {
                open.remove(&port);
            }
        });
        Ok(TestListenerInfo {
            port,
            seconds,
            greeting,
        })
    }

    /// Closes every open test listener.
    pub fn close_all(&self) {
        if let Ok(mut open) = self.open.lock() {
            for (_, c) in open.drain() {
                c.cancel();
            }
        }
    }
}
