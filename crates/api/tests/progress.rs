//! The live list of checks says each step in words.

use std::net::IpAddr;

use portdoctor_probe::Progress;

#[test]
fn an_address_is_not_said_to_be_found_at_itself() {
    let c = portdoctor_api::catalog(Some("en"));
    let ip: IpAddr = [192, 0, 2, 5].into();
    let literal = Progress::Resolved {
        host: "192.0.2.5".into(),
        addresses: vec![ip],
    };
    let e = portdoctor_api::progress_event(&literal, &c, std::time::Duration::from_secs(5));
    assert_eq!(
        e.text,
        "192.0.2.5 is an address already; no lookup was needed."
    );
    let named = Progress::Resolved {
        host: "db1.example.test".into(),
        addresses: vec![ip],
    };
    let e = portdoctor_api::progress_event(&named, &c, std::time::Duration::from_secs(5));
    assert_eq!(e.text, "Found db1.example.test: 192.0.2.5");
}
