//! Windows Defender Firewall, read-only, through COM: `INetFwPolicy2` for the profiles
//! (active or not, on or off, default actions, "block all incoming") and `INetFwRules`
//! for the rules. No netsh: its text is localized. Reading needs no admin rights; when
//! Windows refuses (policy, access denied) we say so in `limitations`.
//!
//! The COM work runs on a thread of its own (its own apartment, never the caller's)
//! and is given [`DEADLINE`]; a firewall service that does not answer is reported, not
//! waited for. The mapping to rules and defaults is pure and lives in
//! [`portdoctor_core::firewall::windows`].

#![allow(
    unsafe_code,
    reason = "the Windows firewall COM API has no safe wrapper; every call is an FFI call"
)]

use std::sync::mpsc;

use portdoctor_core::firewall::windows::{
    PROFILES, PROTOCOL_ANY, PROTOCOL_TCP, WindowsFirewall, WindowsProfile, WindowsRule,
};
use windows::Win32::Foundation::E_ACCESSDENIED;
use windows::Win32::NetworkManagement::WindowsFirewall::{
    INetFwPolicy2, INetFwRule, NET_FW_MODIFY_STATE_GP_OVERRIDE,
    NET_FW_MODIFY_STATE_INBOUND_BLOCKED, NET_FW_PROFILE_TYPE2, NetFwPolicy2,
};
use windows::Win32::System::Com::{
    CLSCTX_INPROC_SERVER, COINIT_MULTITHREADED, CoCreateInstance, CoInitializeEx, CoUninitialize,
    IDispatch,
};
use windows::Win32::System::Ole::IEnumVARIANT;
use windows::Win32::System::Variant::{VARIANT, VT_DISPATCH, VariantClear};
use windows::core::{BSTR, Interface};

use portdoctor_core::commands::firewall_read_command;
use portdoctor_core::firewall::FirewallFacts;

use crate::firewall::DEADLINE;

/// More rules than any real firewall holds (a fresh Windows 11 has about 500).
const MAX_RULES: usize = 100_000;

/// What the COM thread read.
struct ComRead {
    fw: WindowsFirewall,
    /// Rules whose properties could not be read.
    unreadable: usize,
    /// Why the rules (not the profiles) could not be read.
    rules_error: Option<String>,
    /// Group Policy overrides local settings / blocks local inbound rules.
    modify_state: i32,
}

/// Why the firewall could not be read, and whether Windows refused us for want of
/// rights (otherwise its interface gave no answer, and admin rights would not help).
struct Unread {
    why: String,
    denied: bool,
}

impl Unread {
    fn no_answer(why: String) -> Unread {
        Unread { why, denied: false }
    }
}

pub fn read() -> FirewallFacts {
    let (tx, rx) = mpsc::channel();
    let spawned = std::thread::Builder::new()
        .name("portdoctor-firewall-com".into())
        .spawn(move || {
            let _ = tx.send(read_com());
        });
    if let Err(e) = spawned {
        return unreadable(Unread::no_answer(format!("Windows Firewall: {e}")));
    }
    match rx.recv_timeout(DEADLINE) {
        Ok(Ok(read)) => into_facts(read),
        Ok(Err(e)) => unreadable(e),
        Err(_) => unreadable(Unread::no_answer(format!(
            "Windows Firewall: no answer within {} s",
            DEADLINE.as_secs()
        ))),
    }
}

fn unreadable(e: Unread) -> FirewallFacts {
    FirewallFacts {
        limitations: vec![e.why],
        unavailable: !e.denied,
        admin_command: Some(firewall_read_command("windows").into()),
        ..FirewallFacts::default()
    }
}

fn into_facts(read: ComRead) -> FirewallFacts {
    let mut facts = FirewallFacts {
        sources: vec!["windows".into()],
        state: read.fw.state(),
        ..FirewallFacts::default()
    };
    let rs = read.fw.ruleset();
    facts.rules = rs.rules;
    facts.policies = rs.policies;
    if let Some(e) = read.rules_error {
        facts.limitations.push(e);
    }
    if read.unreadable > 0 {
        facts.limitations.push(format!(
            "Windows Firewall: {} rules could not be read",
            read.unreadable
        ));
    }
    if read.modify_state == NET_FW_MODIFY_STATE_GP_OVERRIDE.0 {
        facts.limitations.push(
            "Windows Firewall: Group Policy overrides the local settings; the rules in force \
             may differ from the ones read"
                .into(),
        );
    } else if read.modify_state == NET_FW_MODIFY_STATE_INBOUND_BLOCKED.0 {
        facts
            .limitations
            .push("Windows Firewall: Group Policy ignores local inbound allow rules".into());
    }
    if !facts.limitations.is_empty() {
        facts.admin_command = Some(firewall_read_command("windows").into());
    }
    facts
}

fn read_com() -> Result<ComRead, Unread> {
    // SAFETY: initialises COM on this thread, which we created and own; balanced by
    // the CoUninitialize below.
    let hr = unsafe { CoInitializeEx(None, COINIT_MULTITHREADED) };
    if hr.is_err() {
        return Err(Unread::no_answer(format!(
            "Windows Firewall: COM: {} ({:#010x})",
            hr.message(),
            hr.0
        )));
    }
    let out = read_policy();
    // SAFETY: balances the successful CoInitializeEx above on the same thread; every
    // COM object read_policy created has been dropped (released) when it returned.
    unsafe { CoUninitialize() };
    out
}

fn read_policy() -> Result<ComRead, Unread> {
    // Windows' own words for the error, and its code (Wine: "Not implemented.",
    // E_NOTIMPL, for every profile question).
    let err = |what: &str, e: windows::core::Error| {
        let denied = e.code() == E_ACCESSDENIED;
        let why = if denied {
            format!("Windows Firewall: {what}: access denied (admin rights needed)")
        } else {
            format!(
                "Windows Firewall: {what}: {} ({:#010x})",
                e.message().trim(),
                e.code().0
            )
        };
        Unread { why, denied }
    };
    // SAFETY: activates the documented in-process firewall policy class; the returned
    // interface is reference-counted and released on drop.
    let policy: INetFwPolicy2 =
        unsafe { CoCreateInstance(&NetFwPolicy2, None, CLSCTX_INPROC_SERVER) }
            .map_err(|e| err("INetFwPolicy2", e))?;
    // SAFETY: `policy` is a live interface; the getter writes only its out-value.
    let current = unsafe { policy.CurrentProfileTypes() }.map_err(|e| err("profiles", e))?;
    let mut profiles = Vec::new();
    for (kind, name) in PROFILES {
        let p = NET_FW_PROFILE_TYPE2(kind);
        // SAFETY: `policy` is a live interface; each getter writes only its out-value.
        let (enabled, inbound, outbound, block_all) = unsafe {
            (
                policy.get_FirewallEnabled(p),
                policy.get_DefaultInboundAction(p),
                policy.get_DefaultOutboundAction(p),
                policy.get_BlockAllInboundTraffic(p),
            )
        };
        let what = format!("{name} profile");
        profiles.push(WindowsProfile {
            kind,
            active: current & kind != 0,
            enabled: enabled.map_err(|e| err(&what, e))?.as_bool(),
            default_inbound: inbound.map_err(|e| err(&what, e))?.0,
            default_outbound: outbound.map_err(|e| err(&what, e))?.0,
            block_all_inbound: block_all.map_err(|e| err(&what, e))?.as_bool(),
        });
    }
    // SAFETY: `policy` is a live interface; the getter writes only its out-value.
    let modify_state = unsafe { policy.LocalPolicyModifyState() }.map_or(0, |s| s.0);
    let (rules, unreadable, rules_error) = match read_rules(&policy) {
        Ok((rules, unreadable)) => (rules, unreadable, None),
        Err(e) => (Vec::new(), 0, Some(err("rules", e).why)),
    };
    Ok(ComRead {
        fw: WindowsFirewall { profiles, rules },
        unreadable,
        rules_error,
        modify_state,
    })
}

/// Every enabled TCP (or any-protocol) rule, and how many could not be read.
fn read_rules(policy: &INetFwPolicy2) -> windows::core::Result<(Vec<WindowsRule>, usize)> {
    // SAFETY: `policy` is a live interface; both calls return owned, reference-counted
    // interfaces.
    let all = unsafe { policy.Rules()?._NewEnum()? };
    let items: IEnumVARIANT = all.cast()?;
    let mut out = Vec::new();
    let mut unreadable = 0;
    // Bounded: the enumerator ends (S_FALSE, nothing fetched) after the last rule.
    for _ in 0..MAX_RULES {
        let mut slot = [VARIANT::default()];
        let mut fetched = 0u32;
        // SAFETY: `slot` has room for the one VARIANT requested and `fetched` is a
        // valid out-pointer; both outlive the call.
        let hr = unsafe { items.Next(&mut slot, &mut fetched) };
        if hr.is_err() || fetched == 0 {
            break;
        }
        let dispatch = take_dispatch(&mut slot[0]);
        let Some(rule) = dispatch.and_then(|d| d.cast::<INetFwRule>().ok()) else {
            unreadable += 1;
            continue;
        };
        match rule_properties(&rule) {
            Ok(Some(r)) => out.push(r),
            Ok(None) => {}
            Err(_) => unreadable += 1,
        }
    }
    Ok((out, unreadable))
}

/// The IDispatch a VARIANT holds (with its own reference), clearing the VARIANT.
fn take_dispatch(v: &mut VARIANT) -> Option<IDispatch> {
    // SAFETY: reads the union member that the `vt` tag says is active (pdispVal for
    // VT_DISPATCH); cloning adds a reference of our own.
    let dispatch = unsafe {
        let inner = &v.Anonymous.Anonymous;
        if inner.vt == VT_DISPATCH {
            (*inner.Anonymous.pdispVal).clone()
        } else {
            None
        }
    };
    // SAFETY: `v` was filled by IEnumVARIANT::Next and is ours; clearing releases the
    // reference it held, once.
    let _ = unsafe { VariantClear(v) };
    dispatch
}

fn text(b: windows::core::Result<BSTR>) -> String {
    b.map(|s| s.to_string()).unwrap_or_default()
}

/// The properties of a rule that may concern a TCP port; None for other rules.
fn rule_properties(rule: &INetFwRule) -> windows::core::Result<Option<WindowsRule>> {
    // SAFETY: `rule` is a live interface; each getter writes only its out-value.
    let (enabled, protocol) = unsafe { (rule.Enabled()?, rule.Protocol()?) };
    if !enabled.as_bool() || (protocol != PROTOCOL_TCP && protocol != PROTOCOL_ANY) {
        return Ok(None);
    }
    // SAFETY: as above; BSTRs come back owned and are freed on drop. Port properties
    // of an any-protocol rule may fail: they are then empty (any port).
    unsafe {
        Ok(Some(WindowsRule {
            name: text(rule.Name()),
            enabled: true,
            direction: rule.Direction()?.0,
            action: rule.Action()?.0,
            protocol,
            local_ports: text(rule.LocalPorts()),
            remote_ports: text(rule.RemotePorts()),
            local_addresses: text(rule.LocalAddresses()),
            remote_addresses: text(rule.RemoteAddresses()),
            application: text(rule.ApplicationName()),
            service: text(rule.ServiceName()),
            profiles: rule.Profiles()?,
            interface_types: text(rule.InterfaceTypes()),
        }))
    }
}
