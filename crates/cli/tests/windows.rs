//! The Windows suite: black-box tests of the command line on the cases that matter
//! most to the people who double-click Port Doctor on Windows. It runs three ways:
//! - under Wine, against `portdoctor.exe` (`tests/windows/wine.sh` sets
//!   `PORTDOCTOR_WINE_EXE` and runs it inside the namespaces of `in-netns.sh`, with a
//!   wineserver of their own);
//! - natively on Windows (`cargo test -p portdoctor --test windows`, the installers
//!   workflow on `windows-latest`): the first run on a real Windows;
//! - natively here, with the Linux build, in the workspace's tests.
//!
//! Where Wine is not Windows, a test says so with [`wine_differs`] and checks what
//! Wine does instead; the differences are listed in `tests/windows/README.md`.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::io::Read;
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::process::{Child, Command, Output, Stdio};
use std::time::{Duration, Instant};

/// The Windows build under Wine, when the suite runs that way.
fn wine_exe() -> Option<String> {
    std::env::var("PORTDOCTOR_WINE_EXE")
        .ok()
        .filter(|e| !e.is_empty())
}

fn under_wine() -> bool {
    wine_exe().is_some()
}

/// Whether the program under test is a Windows build (natively or under Wine).
fn windows() -> bool {
    cfg!(windows) || under_wine()
}

/// Where Wine does not behave as Windows does: the reason, said in the test's output.
fn wine_differs(what: &str) -> bool {
    if under_wine() {
        eprintln!("wine differs from Windows: {what} (tests/windows/README.md)");
    }
    under_wine()
}

/// `portdoctor` as this suite runs it.
fn program() -> Command {
    match wine_exe() {
        Some(exe) => {
            let wine = std::env::var("PORTDOCTOR_WINE").unwrap_or_else(|_| "wine64".into());
            let mut c = Command::new(wine);
            c.arg(exe);
            c
        }
        None => Command::new(env!("CARGO_BIN_EXE_portdoctor")),
    }
}

fn run(args: &[&str]) -> Output {
    program()
        .args(args)
        .stdin(Stdio::null())
        .output()
        .expect("run portdoctor")
}

fn text(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn json(out: &Output) -> serde_json::Value {
    serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
        panic!(
            "stdout is not JSON ({e}):\n{}\nstderr:\n{}",
            text(out),
            String::from_utf8_lossy(&out.stderr)
        )
    })
}

fn codes(report: &serde_json::Value) -> Vec<String> {
    report["findings"]
        .as_array()
        .map(|fs| {
            fs.iter()
                .map(|f| f["code"].as_str().unwrap_or("").to_string())
                .collect()
        })
        .unwrap_or_default()
}

fn finding<'a>(report: &'a serde_json::Value, code: &str) -> &'a serde_json::Value {
    report["findings"]
        .as_array()
        .and_then(|fs| fs.iter().find(|f| f["code"] == code))
        .unwrap_or_else(|| panic!("no {code} finding in {:?}", codes(report)))
}

/// A port of 127.0.0.1 with nothing on it or beside it (a "nothing listens" test
/// must not see another test's listener as a nearby one).
fn quiet_port() -> u16 {
    use std::sync::atomic::{AtomicU16, Ordering};
    static NEXT: AtomicU16 = AtomicU16::new(0);
    let base = 30_000 + (std::process::id() % 400) as u16 * 16;
    for _ in 0..600 {
        let p = base + NEXT.fetch_add(8, Ordering::SeqCst) % 9_000;
        if (p - 3..=p + 3).all(|q| TcpListener::bind(("127.0.0.1", q)).is_ok()) {
            return p;
        }
    }
    panic!("no quiet port found");
}

/// `portdoctor listen` of the program under test, in a child process; killed on drop.
struct Listen {
    child: Child,
}

impl Listen {
    fn start(port: u16) -> Listen {
        let child = program()
            .args(["listen", &port.to_string(), "--for", "60s"])
            .env("PORTDOCTOR_QUIET", "1")
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("spawn listen");
        let mut l = Listen { child };
        let addr: SocketAddr = format!("127.0.0.1:{port}").parse().unwrap();
        let deadline = Instant::now() + Duration::from_secs(20);
        while Instant::now() < deadline {
            if let Ok(Some(status)) = l.child.try_wait() {
                panic!("listen exited early: {status}");
            }
            if TcpStream::connect_timeout(&addr, Duration::from_millis(200)).is_ok() {
                return l;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        let _ = l.child.kill();
        panic!("listen on {port} never became ready");
    }
}

impl Drop for Listen {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

#[test]
fn an_open_port_is_reachable_and_listen_greets() {
    let port = quiet_port();
    let _l = Listen::start(port);
    let mut greeting = String::new();
    let mut s = TcpStream::connect(("127.0.0.1", port)).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(5))).unwrap();
    let _ = s.read_to_string(&mut greeting);
    assert!(greeting.contains("Port Doctor"), "{greeting:?}");

    let out = run(&["check", "--json", &format!("127.0.0.1:{port}")]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out));
    let r = json(&out);
    assert_eq!(r["addresses"][0]["outcome"], "open");
    assert_eq!(codes(&r)[0], "reachable");
    assert_eq!(
        r["os"],
        if windows() {
            "windows"
        } else {
            std::env::consts::OS
        }
    );
}

#[test]
fn a_second_listen_on_the_same_port_says_it_is_taken() {
    let port = quiet_port();
    let _first = Listen::start(port);
    let out = run(&["listen", &port.to_string(), "--for", "2s"]);
    assert_eq!(out.status.code(), Some(3));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains(&format!("Port {port} is already in use by")),
        "{err}"
    );
    if wine_differs("GetExtendedTcpTable gives PID 0 for every socket, so no owner is named") {
        assert!(err.contains("by another program"), "{err}");
    } else {
        assert!(err.contains("portdoctor"), "the owner is named: {err}");
    }
}

#[test]
fn listeners_name_the_owner_or_say_it_is_unknown() {
    let port = quiet_port();
    let _l = Listen::start(port);
    let out = run(&["listeners", "--port", &port.to_string()]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out));
    let t = text(&out);
    assert!(t.contains(&format!(":{port}")), "{t}");
    // An owner the table does not give is unknown, not hidden from non-admins.
    assert!(!t.contains("hidden"), "{t}");
    assert!(!t.contains("PID 0"), "{t}");
    assert!(!t.contains("of user  "), "{t}");
    let out = run(&["listeners", "--json", "--port", &port.to_string()]);
    let table = json(&out);
    let l = &table["listeners"][0];
    assert_eq!(l["port"], port);
    if wine_differs("GetExtendedTcpTable gives PID 0 for every socket") {
        assert!(t.contains("A program the system does not name"), "{t}");
        assert!(
            t.contains("The system does not say which program holds one of these ports"),
            "{t}"
        );
        assert_eq!(l["pid"], 0);
        assert_eq!(table["hidden_owners"], 0);
    } else {
        assert!(t.contains("portdoctor"), "the owner is named: {t}");
        assert!(l["pid"].as_u64().is_some_and(|p| p > 0), "{l}");
    }

    // The check's evidence says the same: no "(PID 0)", no hidden program.
    let out = run(&["check", "--json", &format!("127.0.0.1:{port}")]);
    let r = json(&out);
    assert!(
        !codes(&r).contains(&"needs-admin".to_string()),
        "{:?}",
        codes(&r)
    );
    let shown = text(&run(&["check", &format!("127.0.0.1:{port}")]));
    assert!(!shown.contains("PID 0"), "{shown}");
}

#[test]
fn a_refused_port_is_no_listener_at_once() {
    let port = quiet_port();
    let started = Instant::now();
    let out = run(&["check", "--json", &format!("127.0.0.1:{port}")]);
    assert_eq!(out.status.code(), Some(1), "{}", text(&out));
    let r = json(&out);
    assert_eq!(r["addresses"][0]["outcome"], "refused");
    assert_eq!(codes(&r)[0], "no-listener");
    let error = r["addresses"][0]["detail"]["error"].as_str().unwrap_or("");
    let expected = if windows() {
        "WSAECONNREFUSED"
    } else {
        "ECONNREFUSED"
    };
    assert!(error.contains(expected), "{error}");
    assert!(
        r["addresses"][0]["elapsed_ms"].as_f64().unwrap() < 1000.0,
        "a refusal is at once (no SYN retries): {}",
        r["addresses"][0]["elapsed_ms"]
    );
    assert!(started.elapsed() < Duration::from_secs(30));

    // The firewall: read on Windows; Wine has no firewall behind the COM API, and the
    // answer must not blame admin rights for that.
    if !windows() {
        return; // Linux's and macOS's firewall readers have tests of their own
    }
    if wine_differs("INetFwPolicy2 answers E_NOTIMPL: there is no firewall to read") {
        let fw = finding(&r, "firewall-not-read");
        assert_eq!(fw["args"]["unavailable"], true, "{fw}");
        let shown = text(&run(&["check", &format!("127.0.0.1:{port}")]));
        assert!(
            shown.contains("The firewall did not answer our questions"),
            "{shown}"
        );
        assert!(
            !shown.contains("Reading the firewall needs admin rights"),
            "{shown}"
        );
    } else {
        assert!(
            codes(&r).contains(&"firewall-drop".to_string()),
            "Windows Firewall was read (a rule, or none for this port): {:?} {}",
            codes(&r),
            r["firewall"]
        );
    }
}

#[test]
fn a_server_that_accepts_and_closes_is_open_then_closed() {
    // Accepts each connection and ends it at once, for a while. Several tries: the
    // close can arrive before or after the probe looks (WSAPoll's POLLHUP).
    let l = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = l.local_addr().unwrap().port();
    l.set_nonblocking(true).unwrap();
    std::thread::spawn(move || {
        let until = Instant::now() + Duration::from_secs(60);
        while Instant::now() < until {
            match l.accept() {
                Ok((s, _)) => drop(s),
                Err(_) => std::thread::sleep(Duration::from_millis(1)),
            }
        }
    });
    for _ in 0..5 {
        let out = run(&["check", "--json", &format!("127.0.0.1:{port}")]);
        let r = json(&out);
        assert_eq!(
            r["addresses"][0]["outcome"], "open",
            "a connection made and then closed was made: {}",
            r["addresses"][0]
        );
        assert_eq!(codes(&r)[0], "closed-at-once");
    }
}

#[test]
fn a_dropped_and_a_reset_port_from_the_namespace() {
    let (Ok(server), Ok(drop_port), Ok(reset_port)) = (
        std::env::var("E2E_SERVER"),
        std::env::var("E2E_DROP_PORT"),
        std::env::var("E2E_RESET_PORT"),
    ) else {
        // Under Wine the suite always runs inside the namespaces (wine.sh).
        assert!(
            !under_wine(),
            "run the Windows suite through tests/windows/wine.sh"
        );
        eprintln!("not run: needs the namespaces of ui/tests/e2e/in-netns.sh (root)");
        return;
    };
    let out = run(&[
        "check",
        "--json",
        "--timeout",
        "2s",
        &format!("{server}:{drop_port}"),
    ]);
    assert_eq!(out.status.code(), Some(1), "{}", text(&out));
    let r = json(&out);
    assert_eq!(
        r["addresses"][0]["outcome"], "timeout",
        "{}",
        r["addresses"][0]
    );
    let shown = text(&run(&[
        "check",
        "--timeout",
        "2s",
        &format!("{server}:{drop_port}"),
    ]));
    assert!(
        shown.contains(&format!("did not answer on port {drop_port}")),
        "{shown}"
    );

    let out = run(&["check", "--json", &format!("{server}:{reset_port}")]);
    let r = json(&out);
    assert_eq!(
        r["addresses"][0]["outcome"], "refused",
        "{}",
        r["addresses"][0]
    );
    assert!(r["addresses"][0]["elapsed_ms"].as_f64().unwrap() < 1000.0);
    // The server is another computer; this computer's own address is this computer.
    assert_eq!(
        r["findings"][0]["subject"]["this_computer"], false,
        "{}",
        r["findings"][0]
    );
    let shown = text(&run(&["check", &format!("{server}:{reset_port}")]));
    assert!(
        shown.contains(&format!(
            "Nothing accepted the connection on port {reset_port} of {server}"
        )),
        "{shown}"
    );
    if let Ok(own) = std::env::var("E2E_SELF") {
        let r = json(&run(&[
            "check",
            "--json",
            "--no-path",
            &format!("{own}:{reset_port}"),
        ]));
        assert_eq!(
            r["findings"][0]["subject"]["this_computer"], true,
            "{}",
            r["findings"][0]
        );
    }
}

#[test]
fn a_name_that_does_not_resolve_is_a_name_problem() {
    let out = run(&["check", "--json", "no-such-host.invalid:80"]);
    assert_eq!(out.status.code(), Some(1), "{}", text(&out));
    let r = json(&out);
    let first = &codes(&r)[0];
    assert!(first.starts_with("dns-"), "{:?}", codes(&r));
    assert!(
        r["addresses"].as_array().is_none_or(Vec::is_empty),
        "nothing probed"
    );
}

#[test]
fn explain_reads_windows_messages_in_their_languages() {
    let cases = [
        (
            "由于目标计算机积极拒绝，无法连接。 127.0.0.1:7890",
            "127.0.0.1",
            7890,
        ),
        (
            "System.Net.Sockets.SocketException (10061): Подключение не установлено, т.к. конечный компьютер отверг запрос на подключение. (localhost:5000)",
            "localhost",
            5000,
        ),
        (
            "curl: (7) Failed to connect to 192.0.2.2 port 8080 after 0 ms: Couldn't connect to server",
            "192.0.2.2",
            8080,
        ),
    ];
    for (message, host, port) in cases {
        let out = run(&["explain", "--json", message]);
        assert_eq!(out.status.code(), Some(0), "{message}: {}", text(&out));
        let r = json(&out);
        assert_eq!(r["parsed"]["host"], host, "{message}");
        assert_eq!(r["parsed"]["port"], port, "{message}");
    }
    // In the reader's language, with the Windows commands first on a Windows report.
    let out = run(&["explain", "--lang", "de", cases[0].0]);
    let t = text(&out);
    assert!(t.contains("7890"), "{t}");
    let (win, unix) = (t.find("Test-NetConnection"), t.find("nc -vz"));
    if windows() {
        assert!(
            win.is_some() && unix.is_none_or(|u| win < Some(u)),
            "Windows commands first: {t}"
        );
    }
}

#[test]
fn a_report_opens_again_with_the_windows_commands_first() {
    let port = quiet_port();
    let out = run(&["check", "--json", &format!("127.0.0.1:{port}")]);
    let dir = std::env::temp_dir().join(format!("pd-win-{}-{port}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("report.json");
    std::fs::write(&file, &out.stdout).unwrap();
    // Under Wine, Z: is the Unix root, so the Unix path is a Windows path too.
    let path = if under_wine() {
        format!("Z:{}", file.display()).replace('/', "\\")
    } else {
        file.display().to_string()
    };
    let shown = run(&["show", "--lang", "fr", &path]);
    let _ = std::fs::remove_dir_all(&dir);
    // 1: the report it shows found a problem.
    assert_eq!(
        shown.status.code(),
        Some(1),
        "{}",
        String::from_utf8_lossy(&shown.stderr)
    );
    let t = text(&shown);
    assert!(t.contains(&port.to_string()), "{t}");
    let (win, unix) = (t.find("Test-NetConnection"), t.find("nc -vz"));
    if windows() {
        assert!(win.is_some() && win < unix.or(Some(usize::MAX)), "{t}");
    } else {
        assert!(unix.is_some() && unix < win.or(Some(usize::MAX)), "{t}");
    }
}

/// Windows' Internet settings in Wine's registry (`reg add`), put back on drop.
struct WinInetProxy;

impl WinInetProxy {
    const KEY: &str = r"HKCU\Software\Microsoft\Windows\CurrentVersion\Internet Settings";

    /// `wine reg add KEY /v name /t kind /d data /f`.
    fn put(name: &str, kind: &str, data: &str) {
        let wine = std::env::var("PORTDOCTOR_WINE").unwrap_or_else(|_| "wine64".into());
        let args = [
            "reg",
            "add",
            Self::KEY,
            "/v",
            name,
            "/t",
            kind,
            "/d",
            data,
            "/f",
        ];
        let out = Command::new(wine)
            .args(args)
            .stdin(Stdio::null())
            .output()
            .expect("wine reg");
        assert!(out.status.success(), "{args:?}: {out:?}");
    }

    fn set(server: &str) -> WinInetProxy {
        Self::put("ProxyServer", "REG_SZ", server);
        Self::put("ProxyEnable", "REG_DWORD", "1");
        WinInetProxy
    }
}

impl Drop for WinInetProxy {
    fn drop(&mut self) {
        Self::put("ProxyEnable", "REG_DWORD", "0");
    }
}

#[test]
fn a_windows_proxy_setting_where_nothing_listens_is_the_answer() {
    if !under_wine() {
        // Natively this would change the proxy of the user who runs the tests.
        eprintln!("not run natively: it sets the user's Windows proxy (Wine's registry only)");
        return;
    }
    let site = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = site.local_addr().unwrap().port();
    let dead = quiet_port();
    let _set = WinInetProxy::set(&format!("127.0.0.1:{dead}"));
    let out = run(&[
        "check",
        "--json",
        "--no-path",
        &format!("http://127.0.0.1:{port}/"),
    ]);
    let r = json(&out);
    assert_eq!(codes(&r)[0], "proxy-not-running", "{}", r["findings"]);
    let f = &r["findings"][0];
    assert_eq!(f["args"]["source"], "windows");
    assert_eq!(f["args"]["setting"], "ProxyServer");
    assert_eq!(f["args"]["proxy"], format!("127.0.0.1:{dead}"));
    let shown = text(&run(&[
        "check",
        "--no-path",
        &format!("http://127.0.0.1:{port}/"),
    ]));
    assert!(
        shown.contains("Windows' proxy settings send web traffic through"),
        "{shown}"
    );
    assert!(shown.contains("Use a proxy server"), "{shown}");

    // No proxy, but a PAC script: said, never fetched or run.
    WinInetProxy::put("ProxyEnable", "REG_DWORD", "0");
    WinInetProxy::put("AutoConfigURL", "REG_SZ", "http://wpad.invalid/wpad.dat");
    let r = json(&run(&[
        "check",
        "--json",
        "--no-path",
        &format!("http://127.0.0.1:{port}/"),
    ]));
    WinInetProxy::put("AutoConfigURL", "REG_SZ", "");
    let pac = r["findings"]
        .as_array()
        .and_then(|f| f.iter().find(|f| f["code"] == "proxy-pac-not-run"))
        .unwrap_or_else(|| panic!("proxy-pac-not-run in {}", r["findings"]));
    assert_eq!(pac["args"]["url"], "http://wpad.invalid/wpad.dat");
    assert_eq!(pac["args"]["source"], "windows");
    assert_eq!(
        codes(&r)[0],
        "reachable",
        "the site answered; the PAC is a note"
    );
    drop(site);
}
