//! Test listeners opened from the app ("open a test listener" on the result screen):
//! each closes itself after its time, and all close when the app does.

use std::collections::HashMap;
use std::net::IpAddr;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use portdoctor_core::Catalog;
use portdoctor_core::evidence::Owner;
use portdoctor_probe::{CancellationToken, bind, listeners, test_listener};
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
                        &[("port", &port_text), ("owner", &c.owner(&Owner::of(l)))],
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
                &[("port", &port_text), ("detail", &c.io_error(e))],
            ),
        ),
    };
    ApiError::new(key, message)
}

/// What test listeners may be opened: how many at once, from which port up, and on
/// which address. `portdoctor serve` is reachable by every program of this computer
/// that holds its token, so it is stricter than the desktop app (see [`Limits::SERVE`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// At most this many open at once.
    pub max_open: usize,
    /// No port below this one (1: any).
    pub lowest_port: u16,
    /// Bound to this address only; `None`: every address of this computer.
    pub address: Option<IpAddr>,
}

impl Limits {
    /// The desktop app: its user is at the keyboard, and no other program can ask.
    pub const DESKTOP: Limits = Limits {
        max_open: 8,
        lowest_port: 1,
        address: None,
    };
    /// `portdoctor serve`: four at once, ports from 1024 up unless the command line
    /// allows lower ones, on the address the command line names.
    pub const SERVE: Limits = Limits {
        max_open: 4,
        lowest_port: 1024,
        address: None,
    };
}

impl Default for Limits {
    fn default() -> Limits {
        Limits::DESKTOP
    }
}

/// The test listeners this app has open, each with its own cancel.
#[derive(Debug, Clone, Default)]
pub struct TestListeners {
    /// Port → (which opening it is, its cancel): a listener that ends removes its own
    /// entry only, never a newer one on the same port.
    open: Arc<Mutex<HashMap<u16, Entry>>>,
    next: Arc<AtomicU64>,
    limits: Limits,
}

#[derive(Debug, Clone)]
struct Entry {
    id: u64,
    cancel: CancellationToken,
    /// Cancelled by the listener's task when it has ended and its socket is closed.
    done: CancellationToken,
}

/// How long closing waits for a listener's socket to go.
const CLOSE_WAIT: Duration = Duration::from_secs(2);

/// The longest a test listener may stay open from the app.
pub const MAX_SECONDS: u64 = 3600;

impl TestListeners {
    /// No listener open yet, within `limits`.
    pub fn with_limits(limits: Limits) -> TestListeners {
        TestListeners {
            limits,
            ..TestListeners::default()
        }
    }

    /// Opens a test listener on every address of this computer (or the one the limits
    /// name), for `seconds`. One this app already has on `port` is replaced (its time
    /// starts again).
    pub async fn open(
        &self,
        port: u16,
        seconds: u64,
        c: &Catalog,
    ) -> Result<TestListenerInfo, ApiError> {
        if port == 0 {
            return Err(ApiError::new(
                "target-port-zero",
                c.get("target-error-port-zero", &[]),
            ));
        }
        if port < self.limits.lowest_port {
            return Err(ApiError::new(
                "listen-error-low-port",
                c.get(
                    "listen-error-low-port",
                    &[
                        ("port", &port.to_string()),
                        ("lowest", &self.limits.lowest_port.to_string()),
                    ],
                ),
            ));
        }
        let others = self
            .open
            .lock()
            .map_or(0, |open| open.keys().filter(|p| **p != port).count());
        if others >= self.limits.max_open {
            return Err(ApiError::new(
                "listen-error-too-many",
                c.get(
                    "listen-error-too-many",
                    &[("count", &self.limits.max_open.to_string())],
                ),
            ));
        }
        let seconds = seconds.clamp(1, MAX_SECONDS);
        self.close(port).await;
        let socket = test_listener::bind(port, self.limits.address)
            .map_err(|e| listen_error(c, port, &e))?;
        let greeting = c.get("listen-greeting", &[("port", &port.to_string())]);
        let entry = Entry {
            id: self.next.fetch_add(1, Ordering::Relaxed),
            cancel: CancellationToken::new(),
            done: CancellationToken::new(),
        };
        if let Ok(mut open) = self.open.lock()
            && let Some(old) = open.insert(port, entry.clone())
        {
            old.cancel.cancel();
        }
        let line = format!("{greeting}\r\n");
        let open = Arc::clone(&self.open);
        tokio::spawn(async move {
            let Entry { id, cancel, done } = entry;
            let _done = done.drop_guard();
            test_listener::serve(socket, line, Duration::from_secs(seconds), &cancel, &|_| {})
                .await;
            if let Ok(mut open) = open.lock()
                && open.get(&port).is_some_and(|current| current.id == id)
            {
                open.remove(&port);
            }
        });
        Ok(TestListenerInfo {
            port,
            seconds,
            greeting,
        })
    }

    /// Closes the test listener on `port` and waits (briefly) until its socket is
    /// gone; false when none was open there (it had already closed itself, or was
    /// never opened).
    pub async fn close(&self, port: u16) -> bool {
        let entry = self
            .open
            .lock()
            .ok()
            .and_then(|mut open| open.remove(&port));
        let Some(entry) = entry else {
            return false;
        };
        entry.cancel.cancel();
        let _ = tokio::time::timeout(CLOSE_WAIT, entry.done.cancelled()).await;
        true
    }

    /// Closes every open test listener.
    pub fn close_all(&self) {
        if let Ok(mut open) = self.open.lock() {
            for (_, entry) in open.drain() {
                entry.cancel.cancel();
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use std::io::{ErrorKind, Read};
    use std::net::{Ipv4Addr, TcpStream};

    use super::*;

    /// A port that was free a moment ago, on loopback.
    fn free_port() -> u16 {
        std::net::TcpListener::bind((Ipv4Addr::LOCALHOST, 0))
            .and_then(|l| l.local_addr())
            .map(|a| a.port())
            .expect("a free port")
    }

    fn greeting(port: u16) -> std::io::Result<String> {
        let mut s = TcpStream::connect((Ipv4Addr::LOCALHOST, port))?;
        s.set_read_timeout(Some(Duration::from_secs(5)))?;
        let mut text = String::new();
        s.read_to_string(&mut text)?;
        Ok(text)
    }

    fn refused_now(port: u16) -> bool {
        matches!(TcpStream::connect((Ipv4Addr::LOCALHOST, port)), Err(e) if e.kind() == ErrorKind::ConnectionRefused)
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn a_test_listener_greets_then_closes_when_asked() {
        let c = Catalog::new("en");
        let listeners = TestListeners::default();
        let port = free_port();
        let info = listeners.open(port, 60, &c).await.expect("opens");
        let got = tokio::task::spawn_blocking(move || greeting(port))
            .await
            .expect("joins")
            .expect("connects");
        assert_eq!(got.trim_end(), info.greeting);
        assert!(listeners.close(port).await, "it was open");
        assert!(!listeners.close(port).await, "already closed");
        let refused = tokio::task::spawn_blocking(move || refused_now(port))
            .await
            .expect("joins");
        assert!(refused, "port {port} still answers after close");
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn serve_limits_refuse_low_ports_too_many_and_other_addresses() {
        let c = Catalog::new("en");
        let listeners = TestListeners::with_limits(Limits {
            max_open: 2,
            address: Some(IpAddr::from([127, 0, 0, 1])),
            ..Limits::SERVE
        });
        let low = listeners.open(80, 60, &c).await.expect_err("port 80");
        assert_eq!(low.code, "listen-error-low-port");
        assert!(low.message.contains("1024"), "{}", low.message);
        let (a, b, third) = (free_port(), free_port(), free_port());
        listeners.open(a, 60, &c).await.expect("first");
        listeners.open(b, 60, &c).await.expect("second");
        // Opening one of the two again is a replacement, not a third.
        listeners.open(a, 60, &c).await.expect("the first again");
        let many = listeners.open(third, 60, &c).await.expect_err("a third");
        assert_eq!(many.code, "listen-error-too-many");
        // Bound to 127.0.0.1 only: the address the command line chose.
        let bound = tokio::task::spawn_blocking(move || {
            let on_v4 = greeting(a).is_ok();
            let on_v6 = TcpStream::connect((std::net::Ipv6Addr::LOCALHOST, a)).is_ok();
            (on_v4, on_v6)
        })
        .await
        .expect("joins");
        assert_eq!(bound, (true, false), "127.0.0.1 answers, ::1 does not");
        assert!(listeners.close(b).await);
        listeners.open(third, 60, &c).await.expect("room again");
        listeners.close_all();
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn reopening_a_port_replaces_the_listener() {
        let c = Catalog::new("en");
        let listeners = TestListeners::default();
        let port = free_port();
        listeners.open(port, 60, &c).await.expect("first");
        listeners
            .open(port, 60, &c)
            .await
            .expect("second, in the first one's place");
        // Give the first one's task time to end: it must not take the second's entry.
        tokio::time::sleep(Duration::from_millis(200)).await;
        let got = tokio::task::spawn_blocking(move || greeting(port))
            .await
            .expect("joins")
            .expect("the second listener answers");
        assert!(got.contains(&port.to_string()), "{got}");
        assert!(
            listeners.close(port).await,
            "the second listener is still known"
        );
    }
}
