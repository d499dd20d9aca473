//! Test listeners opened from the app ("open a test listener" on the result screen):
//! each closes itself after its time, and all close when the app does.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use portdoctor_core::Catalog;
use portdoctor_probe::{CancellationToken, listener};
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
        let socket = listener::bind(port, None).map_err(|e| {
            let key = match e.kind() {
                std::io::ErrorKind::AddrInUse => "listen-error-in-use",
                std::io::ErrorKind::PermissionDenied => "listen-error-permission",
                _ => "listen-error-other",
            };
            ApiError::new(
                key,
                c.get(
                    key,
                    &[
                        ("port", &port.to_string()),
                        ("threshold", "1024"),
                        ("detail", &e.to_string()),
                    ],
                ),
            )
        })?;
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
