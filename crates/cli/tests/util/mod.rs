//! Helpers for black-box tests of the real `portdoctor` binary: run it, start a real
//! listener in a child process, and build network namespaces (root only).
#![allow(dead_code, clippy::unwrap_used, clippy::expect_used, clippy::panic)]

pub mod netns;

use std::net::{SocketAddr, TcpListener, TcpStream};
use std::process::{Child, Command, Output, Stdio};
use std::time::{Duration, Instant};

pub fn bin() -> &'static str {
    env!("CARGO_BIN_EXE_portdoctor")
}

/// Runs `portdoctor args...` and returns its output.
pub fn run(args: &[&str]) -> Output {
    Command::new(bin())
        .args(args)
        .stdin(Stdio::null())
        .output()
        .expect("run portdoctor")
}

/// Runs `portdoctor args...` with `input` on standard input.
pub fn run_with_stdin(args: &[&str], input: &str) -> Output {
    use std::io::Write;
    let mut child = Command::new(bin())
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn portdoctor");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(input.as_bytes())
        .expect("write stdin");
    child.wait_with_output().expect("wait portdoctor")
}

/// Parses the JSON a command printed.
pub fn json(out: &Output) -> serde_json::Value {
    serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
        panic!(
            "stdout is not JSON ({e}):\n{}\nstderr:\n{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        )
    })
}

/// A port on 127.0.0.1 that nothing listens on right now.
pub fn free_port() -> u16 {
    let l = TcpListener::bind("127.0.0.1:0").expect("bind :0");
    l.local_addr().expect("local addr").port()
}

/// A port on 127.0.0.1 with nothing listening on it or within 3 ports of it, below
/// the ephemeral range (where the child listeners' ports come from), so a "nothing
/// listens here" test can't see another test's listener as a nearby one.
pub fn quiet_port() -> u16 {
    use std::sync::atomic::{AtomicU16, Ordering};
    static NEXT: AtomicU16 = AtomicU16::new(0);
    let base = 20_000 + (std::process::id() % 500) as u16 * 16;
    for _ in 0..600 {
        let p = base + NEXT.fetch_add(8, Ordering::SeqCst) % 9_000;
        if (p - 3..=p + 3).all(|q| TcpListener::bind(("127.0.0.1", q)).is_ok()) {
            return p;
        }
    }
    panic!("no quiet port found");
}

/// A real listener owned by a child process (`portdoctor listen`); killed on drop.
pub struct ChildListener {
    pub child: Child,
    pub port: u16,
    /// A copied binary to remove when the listener ends.
    copy: Option<std::path::PathBuf>,
}

impl ChildListener {
    /// Starts `portdoctor listen` on `address` (e.g. 127.0.0.1), optionally in a netns.
    pub fn start(address: &str, netns: Option<&str>) -> ChildListener {
        ChildListener::start_program(bin(), address, free_port(), netns)
    }

    /// Starts the listener from a copy of the binary called `name` (so the process list
    /// shows that name, like a real `redis-server`).
    pub fn start_named(name: &str, address: &str, port: u16) -> ChildListener {
        let dir = std::env::temp_dir().join(format!("pd-named-{}-{port}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("temp dir");
        let path = dir.join(name);
        std::fs::copy(bin(), &path).expect("copy binary");
        let mut l =
            ChildListener::start_program(path.to_str().expect("utf-8 path"), address, port, None);
        l.copy = Some(dir);
        l
    }

    /// Starts our own listener on `address:port` inside a namespace.
    pub fn start_program_in(netns: &str, address: &str, port: u16) -> ChildListener {
        ChildListener::start_program(bin(), address, port, Some(netns))
    }

    /// Starts our own listener on a given port of 127.0.0.1.
    pub fn start_program_here(port: u16) -> ChildListener {
        ChildListener::start_program(bin(), "127.0.0.1", port, None)
    }

    fn start_program(
        program: &str,
        address: &str,
        port: u16,
        netns: Option<&str>,
    ) -> ChildListener {
        let mut cmd = match netns {
            Some(ns) => {
                let mut c = Command::new("ip");
                c.args(["netns", "exec", ns, program]);
                c
            }
            None => Command::new(program),
        };
        cmd.args([
            "listen",
            &port.to_string(),
            "--address",
            address,
            "--for",
            "60s",
        ])
        .env("PORTDOCTOR_QUIET", "1")
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null());
        let child = cmd.spawn().expect("spawn listener");
        let mut l = ChildListener {
            child,
            port,
            copy: None,
        };
        l.wait_ready(address, netns);
        l
    }

    fn wait_ready(&mut self, address: &str, netns: Option<&str>) {
        let deadline = Instant::now() + Duration::from_secs(10);
        while Instant::now() < deadline {
            if let Ok(Some(status)) = self.child.try_wait() {
                panic!("listener exited early: {status}");
            }
            let ready = match netns {
                // Inside a namespace we can't connect from here: ask `ss` there.
                Some(ns) => Command::new("ip")
                    .args([
                        "netns",
                        "exec",
                        ns,
                        "ss",
                        "-Htln",
                        &format!("sport = :{}", self.port),
                    ])
                    .output()
                    .map(|o| !o.stdout.is_empty())
                    .unwrap_or(false),
                None => {
                    let addr: SocketAddr =
                        format!("{address}:{}", self.port).parse().expect("addr");
                    TcpStream::connect_timeout(&addr, Duration::from_millis(200)).is_ok()
                }
            };
            if ready {
                return;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        panic!("listener on {address}:{} never became ready", self.port);
    }

    pub fn pid(&self) -> u32 {
        self.child.id()
    }
}

impl Drop for ChildListener {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
        if let Some(dir) = &self.copy {
            let _ = std::fs::remove_dir_all(dir);
        }
    }
}

/// The first finding's code.
pub fn first_code(report: &serde_json::Value) -> String {
    report["findings"][0]["code"]
        .as_str()
        .unwrap_or("")
        .to_string()
}
