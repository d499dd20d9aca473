//! The macOS application firewall, read from
//! `/usr/libexec/ApplicationFirewall/socketfilterfw --getglobalstate --getblockall
//! --getstealthmode` (no admin rights needed).
//!
//! The wording changed between macOS versions; both are recognised, line by line, in
//! any order:
//!
//! | query | older macOS | newer macOS |
//! |---|---|---|
//! | global state | `Firewall is enabled. (State = 1)` | same; `Firewall is blocking all non-essential incoming connections. (State = 2)` |
//! | block all | `Block all ENABLED!` / `Block all DISABLED!` | `Firewall has block all state set to enabled.` / `... disabled.`; `Firewall is set to block all non-essential incoming connections` |
//! | stealth | `Stealth mode enabled` / `Stealth mode disabled` | `Firewall stealth mode is on` / `... is off` |
//!
//! What it means for a connection to this Mac (the diagnosis decides, not this parser):
//! with the firewall on, `block_all` refuses incoming connections to everything but
//! essential system services; stealth mode makes the Mac ignore probes of closed ports,
//! so a client elsewhere sees a TIMEOUT where it would have seen "connection refused".

use std::collections::BTreeMap;

/// The application firewall's switches; `None` when the output did not say.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AppFirewall {
    /// The firewall is on (state 1 or 2).
    pub enabled: Option<bool>,
    /// "Block all incoming connections".
    pub block_all: Option<bool>,
    /// Stealth mode: no answer to probes of closed ports, nor to ping.
    pub stealth: Option<bool>,
    /// The raw global state (0 off, 1 on, 2 on and blocking all but essential services).
    pub global_state: Option<u8>,
}

fn on_off(v: bool) -> String {
    if v { "on" } else { "off" }.to_string()
}

impl AppFirewall {
    /// The keys recorded in `FirewallFacts::state`: `app_firewall`, `block_all`,
    /// `stealth_mode`, each `on` / `off`; a key is absent when the output did not say.
    pub fn state(&self) -> BTreeMap<String, String> {
        let mut out = BTreeMap::new();
        for (key, v) in [
            ("app_firewall", self.enabled),
            ("block_all", self.block_all),
            ("stealth_mode", self.stealth),
        ] {
            if let Some(v) = v {
                out.insert(key.to_string(), on_off(v));
            }
        }
        out
    }
}

/// Parses what `socketfilterfw --getglobalstate --getblockall --getstealthmode` (or
/// any of them alone) printed.
pub fn parse_socketfilterfw(text: &str) -> Result<AppFirewall, String> {
    let mut out = AppFirewall::default();
    let mut recognised = false;
    // "blocking all non-essential ..." on the global-state line, used only when no
    // block-all line says otherwise.
    let mut block_all_hint = None;
    for line in text.lines() {
        let l = line.trim().to_ascii_lowercase();
        if l.is_empty() {
            continue;
        }
        let says_on = l.contains("enabled") || l.ends_with(" is on") || l.ends_with(" on");
        let says_off = l.contains("disabled") || l.ends_with(" is off") || l.ends_with(" off");
        if l.contains("stealth") {
            if says_on != says_off {
                out.stealth = Some(says_on);
                recognised = true;
            }
        } else if let Some(rest) = l.split("(state =").nth(1) {
            let digits: String = rest
                .trim_start()
                .chars()
                .take_while(char::is_ascii_digit)
                .collect();
            if let Ok(n) = digits.parse::<u8>() {
                out.global_state = Some(n);
                out.enabled = Some(n != 0);
                recognised = true;
                if n != 0 && l.contains("blocking all") {
                    block_all_hint = Some(true);
                }
            }
        } else if l.contains("block all") || l.contains("blocking all") {
            if l.contains("set to block all") || l.contains("is blocking all") {
                out.block_all = Some(true);
                recognised = true;
            } else if says_on != says_off {
                out.block_all = Some(says_on);
                recognised = true;
            }
        } else if l.starts_with("firewall is enabled") {
            out.enabled = Some(true);
            recognised = true;
        } else if l.starts_with("firewall is disabled") {
            out.enabled = Some(false);
            recognised = true;
        } else if l.starts_with("automatically allow") || l.starts_with("log ") {
            // --getallowsigned / --getloggingmode: not ours, but the same tool.
            recognised = true;
        }
    }
    if out.block_all.is_none() {
        out.block_all = block_all_hint;
    }
    if !recognised {
        return Err("not socketfilterfw output".into());
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_wording() {
        let f = |t: &str| parse_socketfilterfw(t).unwrap();
        assert_eq!(f("Firewall is enabled. (State = 1)").enabled, Some(true));
        assert_eq!(f("Firewall is disabled. (State = 0)").enabled, Some(false));
        let s2 = f("Firewall is blocking all non-essential incoming connections. (State = 2)");
        assert_eq!((s2.enabled, s2.block_all), (Some(true), Some(true)));
        assert_eq!(f("Block all ENABLED!").block_all, Some(true));
        assert_eq!(f("Block all DISABLED! ").block_all, Some(false));
        assert_eq!(
            f("Firewall has block all state set to enabled.").block_all,
            Some(true)
        );
        assert_eq!(
            f("Firewall has block all state set to disabled.").block_all,
            Some(false)
        );
        assert_eq!(
            f("Firewall is set to block all non-essential incoming connections").block_all,
            Some(true)
        );
        assert_eq!(f("Stealth mode enabled").stealth, Some(true));
        assert_eq!(f("Stealth mode disabled").stealth, Some(false));
        assert_eq!(f("Firewall stealth mode is on").stealth, Some(true));
        assert_eq!(f("Firewall stealth mode is off").stealth, Some(false));
        assert!(parse_socketfilterfw("").is_err());
        assert!(parse_socketfilterfw("usage: socketfilterfw [-h]").is_err());
    }

    #[test]
    fn state_keys() {
        let a = AppFirewall {
            enabled: Some(true),
            block_all: Some(false),
            stealth: None,
            global_state: Some(1),
        };
        let s = a.state();
        assert_eq!(s.get("app_firewall").map(String::as_str), Some("on"));
        assert_eq!(s.get("block_all").map(String::as_str), Some("off"));
        assert!(!s.contains_key("stealth_mode"));
    }
}
