//! Network namespaces made by the test itself, removed on drop (even when the test
//! fails). Only addresses inside them are ever targeted. Needs root and `ip`.

use std::fs;
use std::os::fd::AsRawFd;
use std::process::{Command, Output, Stdio};
use std::sync::atomic::{AtomicU32, Ordering};
use std::time::{Duration, Instant};

static COUNTER: AtomicU32 = AtomicU32::new(0);

/// Whether namespace tests can run here. In CI they must: a missing privilege fails.
pub fn available(test: &str) -> bool {
    // SAFETY: geteuid has no preconditions.
    #[allow(unsafe_code)]
    let root = unsafe { libc::geteuid() } == 0;
    let ip = Command::new("ip").arg("-V").output().is_ok();
    if root && ip {
        return true;
    }
    if std::env::var_os("CI").is_some() {
        panic!("{test}: network-namespace tests need root and iproute2 in CI");
    }
    eprintln!("SKIPPED {test}: needs root and iproute2 (runs in CI)");
    false
}

/// Whether a tool the test needs is installed (scripts/setup.sh installs it; in CI a
/// missing one fails the test).
pub fn has_tool(tool: &str) -> bool {
    let found = Command::new(tool)
        .arg("--version")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok();
    if !found && std::env::var_os("CI").is_some() {
        panic!("{tool} is missing in CI: scripts/setup.sh should install it");
    }
    if !found {
        eprintln!("SKIPPED: {tool} is not installed");
    }
    found
}

fn ip(args: &[&str]) {
    let out = Command::new("ip")
        .args(args)
        .stdin(Stdio::null())
        .output()
        .expect("run ip");
    assert!(
        out.status.success(),
        "ip {}: {}",
        args.join(" "),
        String::from_utf8_lossy(&out.stderr)
    );
}

/// A network namespace with loopback up, and its own /etc/hosts and resolv.conf.
pub struct Netns {
    pub name: String,
}

impl Netns {
    pub fn new(tag: &str) -> Netns {
        let name = format!(
            "pdt-{}-{}-{tag}",
            std::process::id(),
            COUNTER.fetch_add(1, Ordering::SeqCst)
        );
        ip(&["netns", "add", &name]);
        let ns = Netns { name };
        ns.exec_ok(&["ip", "link", "set", "lo", "up"]);
        ns.set_hosts("127.0.0.1 localhost\n::1 localhost ip6-localhost\n");
        // Nothing answers DNS unless a test starts a stub; a quick give-up keeps tests fast.
        ns.set_resolv("nameserver 127.0.0.1\noptions timeout:1 attempts:1\n");
        ns
    }

    fn etc(&self) -> String {
        format!("/etc/netns/{}", self.name)
    }

    /// `ip netns exec` bind-mounts these over /etc/hosts for programs run inside.
    pub fn set_hosts(&self, content: &str) {
        fs::create_dir_all(self.etc()).expect("mkdir /etc/netns/..");
        fs::write(format!("{}/hosts", self.etc()), content).expect("write hosts");
    }

    pub fn set_resolv(&self, content: &str) {
        fs::create_dir_all(self.etc()).expect("mkdir /etc/netns/..");
        fs::write(format!("{}/resolv.conf", self.etc()), content).expect("write resolv.conf");
    }

    pub fn exec(&self, args: &[&str]) -> Output {
        Command::new("ip")
            .args(["netns", "exec", &self.name])
            .args(args)
            .stdin(Stdio::null())
            .output()
            .expect("ip netns exec")
    }

    pub fn exec_ok(&self, args: &[&str]) {
        let out = self.exec(args);
        assert!(
            out.status.success(),
            "{}: {}",
            args.join(" "),
            String::from_utf8_lossy(&out.stderr)
        );
    }

    /// Loads an nftables rule set into the namespace (nft wants its blocks in a file).
    pub fn load_nft(&self, ruleset: &str) {
        let file = std::env::temp_dir().join(format!("{}-rules.nft", self.name));
        fs::write(&file, ruleset).expect("write rules");
        let out = self.exec(&["nft", "-f", file.to_str().expect("utf-8 path")]);
        let _ = fs::remove_file(&file);
        assert!(
            out.status.success(),
            "nft: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }

    /// Runs `portdoctor args...` inside the namespace.
    pub fn portdoctor(&self, args: &[&str]) -> Output {
        let mut full = vec![super::bin()];
        full.extend_from_slice(args);
        self.exec(&full)
    }

    /// Links this namespace to `peer` with a veth pair and addresses (CIDR).
    pub fn link(&self, dev: &str, addr: &str, peer: &Netns, peer_dev: &str, peer_addr: &str) {
        ip(&[
            "link", "add", dev, "netns", &self.name, "type", "veth", "peer", "name", peer_dev,
            "netns", &peer.name,
        ]);
        self.exec_ok(&["ip", "addr", "add", addr, "dev", dev]);
        self.exec_ok(&["ip", "link", "set", dev, "up"]);
        peer.exec_ok(&["ip", "addr", "add", peer_addr, "dev", peer_dev]);
        peer.exec_ok(&["ip", "link", "set", peer_dev, "up"]);
    }

    /// Serves DNS on 127.0.0.1:53 inside the namespace, answering every question with
    /// "no such name" (NXDOMAIN), until the returned guard is dropped or 30 s pass.
    pub fn nxdomain_server(&self) -> DnsStub {
        let path = format!("/run/netns/{}", self.name);
        let (tx, rx) = std::sync::mpsc::channel();
        let stop = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
        let stop2 = stop.clone();
        let handle = std::thread::spawn(move || {
            let file = fs::File::open(&path).expect("open netns");
            // SAFETY: setns on this thread only; the fd is a valid netns file.
            #[allow(unsafe_code)]
            let rc = unsafe { libc::setns(file.as_raw_fd(), libc::CLONE_NEWNET) };
            assert_eq!(rc, 0, "setns: {}", std::io::Error::last_os_error());
            let sock = std::net::UdpSocket::bind("127.0.0.1:53").expect("bind DNS stub");
            sock.set_read_timeout(Some(Duration::from_millis(100)))
                .expect("timeout");
            tx.send(()).expect("ready");
            let deadline = Instant::now() + Duration::from_secs(30);
            let mut buf = [0u8; 512];
            while Instant::now() < deadline && !stop2.load(Ordering::SeqCst) {
                let Ok((n, peer)) = sock.recv_from(&mut buf) else {
                    continue;
                };
                if n < 12 {
                    continue;
                }
                let mut reply = buf[..n].to_vec();
                reply[2] = 0x80 | (buf[2] & 0x79); // QR=1, keep opcode and RD
                reply[3] = 0x80 | 0x03; // RA=1, RCODE=3 (NXDOMAIN)
                reply[6..12].fill(0); // no answers, authority or additional records
                let _ = sock.send_to(&reply, peer);
            }
        });
        rx.recv_timeout(Duration::from_secs(5))
            .expect("DNS stub started");
        DnsStub {
            stop,
            handle: Some(handle),
        }
    }
}

impl Drop for Netns {
    fn drop(&mut self) {
        let _ = Command::new("ip")
            .args(["netns", "del", &self.name])
            .output();
        let _ = fs::remove_dir_all(self.etc());
    }
}

pub struct DnsStub {
    stop: std::sync::Arc<std::sync::atomic::AtomicBool>,
    handle: Option<std::thread::JoinHandle<()>>,
}

impl Drop for DnsStub {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        if let Some(h) = self.handle.take() {
            let _ = h.join();
        }
    }
}

/// A copy of the binary that an unprivileged user may run (our build dir is under /root).
pub fn public_copy() -> (std::path::PathBuf, String) {
    use std::os::unix::fs::PermissionsExt;
    let dir = std::env::temp_dir().join(format!(
        "pd-public-{}-{}",
        std::process::id(),
        super::quiet_port()
    ));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o755)).unwrap();
    let path = dir.join("portdoctor");
    std::fs::copy(super::bin(), &path).unwrap();
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o755)).unwrap();
    let p = path.to_str().unwrap().to_string();
    (dir, p)
}

/// Runs our binary inside `ns` as user nobody.
pub fn as_nobody(ns: &Netns, bin: &str, args: &[&str]) -> std::process::Output {
    let mut full = vec![
        "setpriv",
        "--reuid=65534",
        "--regid=65534",
        "--clear-groups",
        "--",
        bin,
    ];
    full.extend_from_slice(args);
    ns.exec(&full)
}
