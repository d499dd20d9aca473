//! Containers as Docker, Podman and Kubernetes make them, without a container engine:
//! a "host" namespace and a "container" namespace joined by a veth, an nft DNAT rule
//! in the host's nat output chain (the forward of `-p 8080:80`), and a real program
//! inside (`portdoctor listen` in the container's namespace). The check runs in the
//! host namespace, as root, against the host's own address.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod util;

use util::netns::{self, Netns};
use util::{ChildListener, first_code, json};

/// The host and the container, linked: host 10.77.N.1, container 10.77.N.2.
fn lab(n: u8) -> (Netns, Netns, String, String) {
    let host = Netns::new("host");
    let ctr = Netns::new("ctr");
    let (h, c) = (format!("10.77.{n}.1"), format!("10.77.{n}.2"));
    host.link("h0", &format!("{h}/24"), &ctr, "c0", &format!("{c}/24"));
    (host, ctr, h, c)
}

/// The forward of host port 8080 to `to` (the nat output chain: connections this
/// computer makes to its own 8080).
fn forward(host: &Netns, to: &str) {
    host.load_nft(&format!(
        "table ip lab {{\n  chain out {{\n    type nat hook output priority -100;\n    tcp dport 8080 dnat to {to}\n  }}\n}}\n"
    ));
}

fn check(host: &Netns, target: &str) -> serde_json::Value {
    let out = host.portdoctor(&["check", "--json", "--no-path", "--timeout", "2s", target]);
    json(&out)
}

#[test]
fn a_forward_into_a_container_where_nothing_listens_on_the_port() {
    if !netns::available("container_not_listening") || !netns::has_tool("nft") {
        return;
    }
    let (host, ctr, h, c) = lab(1);
    forward(&host, &format!("{c}:80"));
    // Something runs in the container, on another port.
    let _other = ChildListener::start_program_in(&ctr.name, "0.0.0.0", 9999);
    let r = check(&host, &format!("{h}:8080"));
    assert_eq!(
        first_code(&r),
        "container-not-listening",
        "{}",
        r["findings"]
    );
    let f = &r["findings"][0];
    assert_eq!(f["args"]["forward_to"], format!("{c}:80"));
    assert_eq!(f["args"]["gone"], false);
    assert_eq!(f["confidence"], "certain");
    assert!(
        r["containers"]["forwards"][0]["text"]
            .as_str()
            .unwrap()
            .contains("dnat to")
    );
}

#[test]
fn a_container_whose_program_listens_on_its_own_loopback_only() {
    if !netns::available("container_loopback_only") || !netns::has_tool("nft") {
        return;
    }
    let (host, ctr, h, c) = lab(2);
    forward(&host, &format!("{c}:80"));
    let _inside = ChildListener::start_program_in(&ctr.name, "127.0.0.1", 80);
    let r = check(&host, &format!("{h}:8080"));
    assert_eq!(
        first_code(&r),
        "container-loopback-only",
        "{}",
        r["findings"]
    );
    let f = &r["findings"][0];
    assert_eq!(f["args"]["listen_address"], "127.0.0.1:80");
    assert_eq!(
        f["args"]["container"], "portdoctor",
        "no cgroup of a container: the program"
    );
    let text = String::from_utf8_lossy(
        &host
            .portdoctor(&[
                "check",
                "--no-path",
                "--timeout",
                "2s",
                &format!("{h}:8080"),
            ])
            .stdout,
    )
    .into_owned();
    assert!(text.contains("listens only on its own 127.0.0.1"), "{text}");
    assert!(text.contains("0.0.0.0 inside the container"), "{text}");
}

#[test]
fn a_container_listening_on_a_port_that_nothing_publishes() {
    if !netns::available("port_not_published") {
        return;
    }
    let (host, ctr, h, _c) = lab(3);
    let _inside = ChildListener::start_program_in(&ctr.name, "0.0.0.0", 8080);
    let r = check(&host, &format!("{h}:8080"));
    assert_eq!(first_code(&r), "port-not-published", "{}", r["findings"]);
    assert_eq!(r["findings"][0]["args"]["listen_address"], "0.0.0.0:8080");
}

#[test]
fn a_forward_to_a_container_that_has_gone() {
    if !netns::available("container_gone") || !netns::has_tool("nft") {
        return;
    }
    let (host, _ctr, h, _c) = lab(4);
    // 10.77.4.9 was the container's address; nothing has it now.
    forward(&host, "10.77.4.9:80");
    let r = check(&host, &format!("{h}:8080"));
    assert_eq!(
        first_code(&r),
        "container-not-listening",
        "{}",
        r["findings"]
    );
    assert_eq!(r["findings"][0]["args"]["gone"], true);
}

#[test]
fn without_admin_rights_containers_are_said_unseen() {
    if !netns::available("containers_not_seen") {
        return;
    }
    let ns = Netns::new("cns");
    let port = util::quiet_port();
    let (dir, bin) = netns::public_copy();
    let out = netns::as_nobody(
        &ns,
        &bin,
        &["check", "--json", "--no-path", &format!("127.0.0.1:{port}")],
    );
    let _ = std::fs::remove_dir_all(dir);
    let r = json(&out);
    assert_eq!(r["environment"]["privileged"], false);
    let f = r["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["code"] == "containers-not-seen")
        .unwrap_or_else(|| panic!("containers-not-seen in {}", r["findings"]));
    assert_eq!(f["verdict"], "cant_tell");
    assert!(
        f["args"]["hidden"].as_u64().unwrap() > 0,
        "root's processes: {f}"
    );
}
