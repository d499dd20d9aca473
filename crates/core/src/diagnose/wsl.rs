//! WSL in NAT mode: a refused localhost may be the other side's program.

use crate::facts::{Facts, ProbeOutcome};
use crate::finding::{Cause, Confidence, Finding, Verdict};
use crate::wsl::{WslMode, WslSide};

use super::finding;

/// After a refused connection to this computer's loopback, on either side of WSL in
/// NAT mode: inside Linux, Windows' programs are not at localhost; on Windows, WSL's
/// are not either while localhost forwarding is off. Another cause seen at the same
/// time, never the answer: the program may well be meant to run on this side.
pub fn localhost(facts: &Facts) -> Option<Finding> {
    let w = facts.wsl.as_ref()?;
    let loopback = crate::target::is_loopback_host(&facts.target.host);
    let refused = facts
        .addresses
        .iter()
        .any(|p| p.outcome == ProbeOutcome::Refused);
    if w.mode != WslMode::Nat || !loopback || !refused {
        return None;
    }
    let applies = match w.side {
        WslSide::Linux => w.windows_host.is_some(),
        WslSide::Windows => !w.localhost_forwarding,
    };
    applies.then(|| {
        finding(
            facts,
            Cause::WslLocalhost {
                side: w.side,
                windows_host: w.windows_host.clone(),
            },
            Verdict::Cause,
            Confidence::Possible,
        )
    })
}

#[cfg(test)]
mod tests {
    use super::super::build::target;
    use crate::facts::ProbeOutcome;
    use crate::finding::{Cause, codes};
    use crate::wsl::{WslFacts, WslMode, WslSide};

    fn wsl(side: WslSide, mode: WslMode, forwarding: bool) -> WslFacts {
        WslFacts {
            side,
            mode,
            localhost_forwarding: forwarding,
            config_found: true,
            windows_host: (side == WslSide::Linux).then(|| "172.29.0.1".to_string()),
        }
    }

    fn check(w: WslFacts) -> Vec<crate::finding::Finding> {
        let mut b = target("localhost:3000")
            .probe("127.0.0.1", ProbeOutcome::Refused)
            .table();
        b.0.wsl = Some(w);
        b.diagnose()
    }

    #[test]
    fn inside_wsl_in_nat_mode_windows_is_not_localhost() {
        let f = check(wsl(WslSide::Linux, WslMode::Nat, true));
        assert_eq!(f[0].code(), codes::NO_LISTENER, "the answer stays");
        let w = f
            .iter()
            .find(|x| x.code() == codes::WSL_LOCALHOST)
            .expect("also");
        assert!(
            matches!(&w.cause, Cause::WslLocalhost { side: WslSide::Linux, windows_host: Some(h) } if h == "172.29.0.1")
        );
        let en = crate::Catalog::english().explain(w);
        assert!(en.steps[0].contains("172.29.0.1"), "{:?}", en.steps);
        // Mirrored: both sides share localhost.
        let f = check(wsl(WslSide::Linux, WslMode::Mirrored, true));
        assert!(f.iter().all(|x| x.code() != codes::WSL_LOCALHOST));
    }

    #[test]
    fn on_windows_only_when_localhost_forwarding_is_off() {
        let f = check(wsl(WslSide::Windows, WslMode::Nat, false));
        assert!(f.iter().any(|x| x.code() == codes::WSL_LOCALHOST));
        let f = check(wsl(WslSide::Windows, WslMode::Nat, true));
        assert!(f.iter().all(|x| x.code() != codes::WSL_LOCALHOST));
    }
}
