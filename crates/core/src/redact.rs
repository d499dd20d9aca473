//! Hiding user names, host names and public addresses before a report is shared.
//!
//! [`redact`] returns a copy of a report in which each distinct user name becomes
//! `user-1`, `user-2`, …, each host name `host-1`, …, and each public IP address
//! `public-1`, …: the same stand-in everywhere it appears, so helpdesk can still follow
//! the report. Only the report's data is redacted (its facts and the message as read);
//! findings, evidence, sentences and commands are then built again from it, so they
//! cannot keep what was hidden. Which texts of the data may hold what is declared on
//! the types ([`crate::texts`]): no list of field names. The report ID, finding codes,
//! ports, times and outcomes stay. What was hidden is written in the report
//! ([`RedactionNote`]), and the text and Markdown renderings say it.
//!
//! What counts as what:
//! - **User names**: the owners of listeners and of the service's processes, the user
//!   part of a home directory (`/home/<user>/`, `/Users/<user>/`, `C:\Users\<user>\`)
//!   and the user of a URL (`scheme://user@host`). System accounts (root, SYSTEM,
//!   daemons, macOS `_` accounts, a uid below the system's first user id) name no
//!   person and stay: helpdesk needs them ("runs as root").
//! - **Host names**: the host that was checked or named in a pasted message, and any
//!   other name in observed text that looks like a DNS name (ends in a top-level
//!   domain). Never IP literals, never `localhost`.
//! - **Public addresses**: IPv4 and IPv6 addresses that are globally reachable by the
//!   IANA special-purpose registries — not loopback, private, shared (CGNAT),
//!   link-local, documentation, benchmarking, multicast, reserved, unique-local, …;
//!   see [`is_public`]. Addresses that carry a public IPv4 address inside (IPv4-mapped,
//!   NAT64, 6to4, Teredo) count as public.
//!
//! The list of resolved addresses is typed (every entry must be an IP address), so a
//! hidden address there is written as a documentation address (192.0.2.x, 2001:db8::x)
//! that appears nowhere else in the report, and [`RedactionNote::stand_ins`] maps it to
//! its label; the renderings show the label.
//!
//! Redaction is idempotent (redacting a redacted report changes nothing) and never
//! panics, whatever the report holds.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::catalog::Catalog;
use crate::errtext::ParsedError;
use crate::facts::{Facts, ResolutionOutcome};
use crate::report::Report;
use crate::target::HostKind;
use crate::texts::{Text, Texts};

/// What to hide. By default ([`Redaction::SHARE`]) every user name, host name and
/// public address except the server that was checked: its name and addresses are what
/// the helper needs to know ("which server did you try?").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
pub struct Redaction {
    pub user_names: bool,
    pub host_names: bool,
    pub public_addresses: bool,
    /// Hide the checked server's (or the pasted message's) own name and addresses too.
    /// Without it they stay, whatever the other three say.
    #[serde(default)]
    pub target: bool,
}

impl Redaction {
    /// Hide all of it, the checked server too.
    pub const ALL: Redaction = Redaction {
        user_names: true,
        host_names: true,
        public_addresses: true,
        target: true,
    };
    /// The default for sharing: hide everything but the server that was checked.
    pub const SHARE: Redaction = Redaction {
        user_names: true,
        host_names: true,
        public_addresses: true,
        target: false,
    };
    /// Hide nothing.
    pub const NONE: Redaction = Redaction {
        user_names: false,
        host_names: false,
        public_addresses: false,
        target: false,
    };

    /// Whether anything is to be hidden.
    pub fn any(&self) -> bool {
        self.user_names || self.host_names || self.public_addresses
    }
}

impl Default for Redaction {
    fn default() -> Self {
        Redaction::SHARE
    }
}

/// What was hidden from a report. For each kind: how many distinct ones were replaced,
/// or nothing when that kind was kept.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, TS)]
pub struct RedactionNote {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_names: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub host_names: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub public_addresses: Option<u32>,
    /// Hidden addresses in the list of resolved addresses, which holds only addresses:
    /// each documentation address written there, with the label it stands for.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub stand_ins: BTreeMap<String, String>,
    /// The server that was checked, kept on purpose so the helper knows which one it
    /// was (as it reads after redaction); nothing when it was hidden or there was none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kept_target: Option<String>,
}

impl RedactionNote {
    /// The label an address in the resolved list stands for, or the address itself.
    pub fn show_address(note: Option<&RedactionNote>, address: &str) -> String {
        note.and_then(|n| n.stand_ins.get(address))
            .cloned()
            .unwrap_or_else(|| address.to_string())
    }
}

/// The sentences that say what was hidden, for the text and Markdown reports.
pub fn describe(note: Option<&RedactionNote>, c: &Catalog) -> String {
    let Some(note) = note else {
        return c.get("report-redacted", &[]);
    };
    let kept = note
        .kept_target
        .as_ref()
        .map(|target| c.get("redacted-kept-target", &[("target", target)]));
    if [note.user_names, note.host_names, note.public_addresses] == [Some(0); 3] {
        return match kept {
            Some(kept) => format!("{kept} {}", c.get("redacted-none-other-all", &[])),
            None => c.get("redacted-none-all", &[]),
        };
    }
    let kinds = [
        ("user-names", note.user_names),
        ("host-names", note.host_names),
        ("public-addresses", note.public_addresses),
    ];
    let hidden: Vec<String> = kinds
        .iter()
        .filter_map(|(kind, n)| match n {
            Some(n) if *n > 0 => Some(c.get(
                &format!("redacted-count-{kind}"),
                &[("count", &n.to_string())],
            )),
            _ => None,
        })
        .collect();
    let mut sentences = Vec::new();
    if !hidden.is_empty() {
        let hidden = hidden.join(&c.get("list-separator", &[]));
        sentences.push(c.get("report-redacted-some", &[("hidden", &hidden)]));
    }
    sentences.extend(kept);
    for (kind, n) in kinds {
        match n {
            Some(0) if kind == "host-names" && note.kept_target.is_some() => {
                sentences.push(c.get("redacted-none-other-host-names", &[]))
            }
            Some(0) => sentences.push(c.get(&format!("redacted-none-{kind}"), &[])),
            None => sentences.push(c.get(&format!("redacted-kept-{kind}"), &[])),
            Some(_) => {}
        }
    }
    sentences.join(" ")
}

/// A copy of `report` with the kinds `what` names replaced by stand-ins, and a note of
/// what was hidden, its sentences in the report's own language. See the module
/// documentation.
pub fn redact(report: &Report, what: &Redaction) -> Report {
    redact_in(report, what, &Catalog::new(&report.meta.lang))
}

/// [`redact`], with the sentences of the result in `c`'s language.
pub fn redact_in(report: &Report, what: &Redaction, c: &Catalog) -> Report {
    if !what.any() {
        // Nothing to hide: the report still says only what its data says.
        return rebuilt(report, report.facts.clone(), report.parsed.clone(), c);
    }
    // One round finds and replaces everything but the rare word that only looks like a
    // name once another is replaced (an owner `_ db1`, a system account by its `_`,
    // reads as a person once db1 is `host-1`): go on until a round changes nothing, so
    // that redacting twice is the same as once. Should that never happen, keep only
    // what names no one.
    let mut current = once(report, what, c);
    for _ in 0..4 {
        let next = once(&current, what, c);
        if next == current {
            return current;
        }
        current = next;
    }
    scrubbed(report, what, c)
}

/// Every text of the report's data (its facts and the message as read), with what it
/// holds: the types say ([`crate::texts`]).
fn visit(
    facts: &mut Option<Facts>,
    parsed: &mut Option<ParsedError>,
    f: &mut dyn FnMut(Text, &mut String),
) {
    if let Some(x) = facts {
        x.texts(f);
    }
    if let Some(p) = parsed {
        p.texts(f);
    }
}

/// The report built again from (redacted) data: findings, sentences and commands
/// come from the facts, so nothing else needs hiding.
fn rebuilt(
    report: &Report,
    facts: Option<Facts>,
    parsed: Option<ParsedError>,
    c: &Catalog,
) -> Report {
    let mut out = Report::from_data(report.meta.clone(), facts, parsed, c).unwrap_or_else(|| {
        let mut r = report.clone();
        r.view = None;
        r
    });
    out.redacted = report.redacted.clone();
    out.earlier = report.earlier.clone();
    out.unknown = report.unknown.clone();
    out
}

/// One round of redaction.
fn once(report: &Report, what: &Redaction, c: &Catalog) -> Report {
    let mut facts = report.facts.clone();
    let mut parsed = report.parsed.clone();
    let mut r = Redactor::new(*what);
    visit(&mut facts, &mut parsed, &mut |_, text| {
        r.existing_labels(text)
    });
    if let Some(ResolutionOutcome::Resolved { addresses }) =
        facts.as_ref().map(|f| &f.resolution.outcome)
    {
        r.seen.extend(addresses.iter().copied());
    }
    r.discover_structured(report);
    visit(&mut facts, &mut parsed, &mut |kind, text| {
        r.discover(kind, text)
    });
    let stand_ins = r.stand_ins(report);
    visit(&mut facts, &mut parsed, &mut |_, text| {
        *text = r.replace(text)
    });
    if let Some(ResolutionOutcome::Resolved { addresses }) =
        facts.as_mut().map(|f| &mut f.resolution.outcome)
    {
        for a in addresses {
            if let Some(ip) = stand_ins
                .get(&a.to_string())
                .and_then(|(s, _)| s.parse().ok())
            {
                *a = ip;
            }
        }
    }
    let mut out = rebuilt(report, facts, parsed, c);
    let mut note = report.redacted.clone().unwrap_or_default();
    let add = |old: Option<u32>, on: bool, n: u32| {
        if on {
            Some(old.unwrap_or(0).saturating_add(n))
        } else {
            old
        }
    };
    note.user_names = add(note.user_names, what.user_names, r.added[0]);
    note.host_names = add(note.host_names, what.host_names, r.added[1]);
    note.public_addresses = add(note.public_addresses, what.public_addresses, r.added[2]);
    note.stand_ins.extend(stand_ins.into_values());
    note.kept_target = if what.target {
        None
    } else {
        Redactor::target_of(&out)
            .0
            .into_iter()
            .map(|n| trim_name(&n).to_string())
            .find(|n| !n.is_empty())
    };
    out.redacted = Some(note);
    out
}

/// The last resort, should redaction not settle: the report built again from data
/// whose every text is emptied, so that nothing can name anyone.
fn scrubbed(report: &Report, what: &Redaction, c: &Catalog) -> Report {
    let mut facts = report.facts.clone();
    let mut parsed = report.parsed.clone();
    visit(&mut facts, &mut parsed, &mut |_, text| text.clear());
    if let Some(f) = facts.as_mut() {
        f.resolution.outcome = ResolutionOutcome::Resolved {
            addresses: Vec::new(),
        };
    }
    let mut out = rebuilt(report, facts, parsed, c);
    let n = |on: bool| on.then_some(0);
    out.redacted = Some(RedactionNote {
        user_names: n(what.user_names),
        host_names: n(what.host_names),
        public_addresses: n(what.public_addresses),
        stand_ins: BTreeMap::new(),
        kept_target: None,
    });
    out
}

// ---------------------------------------------------------------------------------
// Labels.

const USER: usize = 0;
const HOST: usize = 1;
const PUBLIC: usize = 2;
const PREFIXES: [&str; 3] = ["user-", "host-", "public-"];

/// `user-3` → (USER, 3).
fn label_parts(s: &str) -> Option<(usize, u32)> {
    PREFIXES.iter().enumerate().find_map(|(kind, p)| {
        let n = s.strip_prefix(p)?;
        (!n.is_empty() && n.len() <= 9 && n.bytes().all(|b| b.is_ascii_digit()))
            .then(|| n.parse().ok().map(|n| (kind, n)))
            .flatten()
    })
}

fn is_label(s: &str) -> bool {
    label_parts(s).is_some()
}

struct Redactor {
    what: Redaction,
    /// The last number given per kind (labels already in the report count).
    next: [u32; 3],
    /// How many new labels were made per kind.
    added: [u32; 3],
    /// Lower-case name → label.
    users: HashMap<String, String>,
    hosts: HashMap<String, String>,
    publics: HashMap<IpAddr, String>,
    /// Names with characters that never occur in a word (spaces, backslashes):
    /// replaced as phrases, all in one pass ([`Phrases`], made when first needed).
    phrases: Vec<(String, String)>,
    phrase_set: std::cell::OnceCell<Phrases>,
    /// Every address anywhere in the report, so stand-ins are new.
    seen: HashSet<IpAddr>,
    /// Owners the system numbers as system accounts (a uid below the first user's).
    system_users: HashSet<String>,
    /// Users (lower case) whose home directory some text of the report names.
    homes: HashSet<String>,
    /// The checked server's names (lower case) and addresses, when they are kept.
    keep_hosts: HashSet<String>,
    keep_ips: HashSet<IpAddr>,
}

impl Redactor {
    fn new(what: Redaction) -> Redactor {
        Redactor {
            what,
            next: [0; 3],
            added: [0; 3],
            users: HashMap::new(),
            hosts: HashMap::new(),
            publics: HashMap::new(),
            phrases: Vec::new(),
            phrase_set: std::cell::OnceCell::new(),
            seen: HashSet::new(),
            system_users: HashSet::new(),
            homes: HashSet::new(),
            keep_hosts: HashSet::new(),
            keep_ips: HashSet::new(),
        }
    }

    fn label(&mut self, kind: usize) -> String {
        self.next[kind] = self.next[kind].saturating_add(1);
        self.added[kind] = self.added[kind].saturating_add(1);
        format!("{}{}", PREFIXES[kind], self.next[kind])
    }

    /// New labels continue after those already in the report, and every address seen
    /// is kept out of the stand-ins.
    fn existing_labels(&mut self, text: &str) {
        for (_, _, token) in name_tokens(text) {
            if let Some((kind, n)) = label_parts(token) {
                self.next[kind] = self.next[kind].max(n);
            }
        }
        for (_, _, ip) in ip_tokens(text) {
            self.seen.insert(ip);
        }
        for user in home_users(text) {
            self.homes.insert(lower(trim_name(&user)));
        }
    }

    fn add_user(&mut self, name: &str) {
        let name = trim_name(name);
        let key = lower(name);
        if name.is_empty()
            || is_label(name)
            || !personal(name)
            || self.system_users.contains(&key)
            || self.users.contains_key(&key)
        {
            return;
        }
        // DOMAIN\user: the user part alone (as in C:\Users\user) is the same person.
        let bare = trim_name(key.rsplit('\\').next().unwrap_or(&key)).to_string();
        let label = match self.users.get(&bare) {
            Some(l) => l.clone(),
            None => self.label(USER),
        };
        if bare != key && !bare.is_empty() && !is_label(&bare) && !self.users.contains_key(&bare) {
            self.insert_name(USER, bare, label.clone());
        }
        self.insert_name(USER, key, label);
    }

    fn add_host(&mut self, name: &str) {
        let name = trim_name(name);
        // A host name is one word: letters, digits, dots, hyphens.
        if name.is_empty()
            || is_label(name)
            || is_localhost(name)
            || parse_ip(name).is_some()
            || name.len() > 253
            || !name.chars().all(name_char)
        {
            return;
        }
        let key = lower(name);
        if self.hosts.contains_key(&key) || self.keep_hosts.contains(&key) {
            return;
        }
        let label = self.label(HOST);
        self.insert_name(HOST, key, label);
    }

    fn insert_name(&mut self, kind: usize, key: String, label: String) {
        if key.chars().any(|c| !name_char(c)) {
            self.phrases.push((key.clone(), label.clone()));
            self.phrase_set = std::cell::OnceCell::new();
        }
        let map = if kind == USER {
            &mut self.users
        } else {
            &mut self.hosts
        };
        map.insert(key, label);
    }

    fn add_public(&mut self, ip: IpAddr) {
        if let Some(key) = public_key(ip)
            && !self.publics.contains_key(&key)
            && !self.keep_ips.contains(&key)
        {
            let label = self.label(PUBLIC);
            self.publics.insert(key, label);
        }
    }

    /// The server that was checked: its names and addresses, as the report states
    /// them, and how it reads (for the note).
    fn target_of(report: &Report) -> (Vec<String>, Vec<IpAddr>) {
        let mut names = Vec::new();
        let mut ips = Vec::new();
        if let Some(facts) = &report.facts {
            names.push(facts.target.host.clone());
            if let ResolutionOutcome::Resolved { addresses } = &facts.resolution.outcome {
                ips.extend(addresses.iter().copied());
            }
        }
        if let Some(p) = &report.parsed {
            names.extend([&p.host_name, &p.host].into_iter().flatten().cloned());
        }
        for n in &names {
            if let Some(ip) = parse_ip(trim_name(n)) {
                ips.push(ip);
            }
        }
        (names, ips)
    }

    /// Keeps the checked server out of what is hidden.
    fn keep_target(&mut self, report: &Report) {
        let (names, ips) = Self::target_of(report);
        for n in names {
            let key = lower(trim_name(&n));
            if !key.is_empty() && !is_label(&key) {
                self.keep_hosts.insert(key);
            }
        }
        self.keep_ips.extend(ips.into_iter().filter_map(public_key));
    }

    /// The names the report states as such, first, so the target is `host-1` when it
    /// is hidden too.
    fn discover_structured(&mut self, report: &Report) {
        if !self.what.target {
            self.keep_target(report);
        }
        if let Some(facts) = &report.facts {
            if self.what.public_addresses
                && let ResolutionOutcome::Resolved { addresses } = &facts.resolution.outcome
            {
                for ip in addresses {
                    self.add_public(*ip);
                }
            }
            if self.what.host_names && facts.target.host_kind == HostKind::Name {
                self.add_host(&facts.target.host);
            }
        }
        if let Some(p) = &report.parsed
            && self.what.host_names
        {
            for h in [&p.host_name, &p.host].into_iter().flatten() {
                self.add_host(h);
            }
        }
        if let Some(facts) = &report.facts
            && self.what.user_names
        {
            let linux = facts.environment.os == "linux" || report.meta.os == "linux";
            let first_user = if linux { 1000 } else { 500 };
            let listeners = facts.listeners.iter().flat_map(|t| &t.listeners);
            for l in listeners.clone() {
                // A low uid is a system account, unless its home is under /home (a
                // person's account made with a low uid, as some systems do).
                if let (Some(u), Some(uid)) = (&l.user, l.uid)
                    && uid < first_user
                    && !self.homes.contains(&lower(trim_name(u)))
                {
                    self.system_users.insert(lower(trim_name(u)));
                }
            }
            for u in listeners.filter_map(|l| l.user.as_ref()) {
                self.add_user(u);
            }
            for u in facts
                .service
                .iter()
                .flat_map(|s| &s.running)
                .filter_map(|p| p.user.as_ref())
            {
                self.add_user(u);
            }
        }
    }

    /// Looks through one text for addresses and names, as its type says it may hold.
    fn discover(&mut self, kind: Text, text: &str) {
        if self.what.public_addresses {
            for (_, _, ip) in ip_tokens(text) {
                self.add_public(ip);
            }
        }
        // Names are looked for in the text as it will be after the addresses are
        // replaced, so that finding and replacing see the same words.
        let text = self.replace_ips(text);
        if self.what.user_names {
            for user in home_users(&text).into_iter().chain(url_users(&text)) {
                self.add_user(&user);
            }
            if kind == Text::User {
                self.add_user(&text);
            }
        }
        if self.what.host_names {
            if kind == Text::Host {
                self.add_host(&text);
            }
            // Program and product names are not searched for names, only replaced.
            if kind != Text::Name {
                for (start, end, token) in name_tokens(&text) {
                    if looks_like_host_in(&text, start, end) {
                        self.add_host(token);
                    }
                }
            }
        }
    }

    /// Each public address in the typed list of resolved addresses, with its
    /// documentation-range stand-in and label, by its text.
    fn stand_ins(&mut self, report: &Report) -> BTreeMap<String, (String, String)> {
        let mut out = BTreeMap::new();
        if !self.what.public_addresses {
            return out;
        }
        let Some(ResolutionOutcome::Resolved { addresses }) =
            report.facts.as_ref().map(|f| &f.resolution.outcome)
        else {
            return out;
        };
        let mut v4 = documentation_v4();
        let mut v6 = (1u64..).map(|n| {
            let [a, b, c, d] = [
                (n >> 48) as u16,
                (n >> 32) as u16,
                (n >> 16) as u16,
                n as u16,
            ];
            IpAddr::V6(Ipv6Addr::new(0x2001, 0xdb8, 0, 0, a, b, c, d))
        });
        for ip in addresses {
            let text = ip.to_string();
            if out.contains_key(&text) {
                continue;
            }
            let Some(label) = public_key(*ip).and_then(|k| self.publics.get(&k)).cloned() else {
                continue;
            };
            let stand_in = match ip {
                IpAddr::V4(_) => {
                    fresh(&mut self.seen, &mut v4).or_else(|| fresh(&mut self.seen, &mut v6))
                }
                IpAddr::V6(a) => match a.to_ipv4_mapped() {
                    Some(_) => fresh(&mut self.seen, &mut v4).map(|s| match s {
                        IpAddr::V4(s) => IpAddr::V6(s.to_ipv6_mapped()),
                        other => other,
                    }),
                    None => fresh(&mut self.seen, &mut v6),
                },
            };
            if let Some(s) = stand_in {
                out.insert(text, (s.to_string(), label));
            }
        }
        out
    }

    fn replace_ips(&self, text: &str) -> String {
        if self.publics.is_empty() {
            return text.to_string();
        }
        let mut out = String::with_capacity(text.len());
        let mut at = 0;
        for (start, end, ip) in ip_tokens(text) {
            if let Some(label) = public_key(ip).and_then(|k| self.publics.get(&k)) {
                out.push_str(&text[at..start]);
                out.push_str(label);
                at = end;
            }
        }
        out.push_str(&text[at..]);
        out
    }

    fn replace_names(&self, text: &str) -> String {
        if self.users.is_empty() && self.hosts.is_empty() {
            return text.to_string();
        }
        let text = self
            .phrase_set
            .get_or_init(|| Phrases::new(&self.phrases))
            .replace(text);
        let mut out = String::with_capacity(text.len());
        let mut at = 0;
        for (start, end, token) in name_tokens(&text) {
            let key = lower(token);
            if let Some(label) = self.hosts.get(&key).or_else(|| self.users.get(&key)) {
                out.push_str(&text[at..start]);
                out.push_str(label);
                at = end;
            }
        }
        out.push_str(&text[at..]);
        out
    }

    fn replace(&self, text: &str) -> String {
        self.replace_names(&self.replace_ips(text))
    }
}

/// A name as a key: without spaces and dots around it.
fn trim_name(name: &str) -> &str {
    name.trim_matches(|c: char| c.is_whitespace() || c == '.')
}

/// Lower case, letter by letter, the same way keys are matched.
fn lower(s: &str) -> String {
    s.chars().flat_map(char::to_lowercase).collect()
}

/// A character that continues a word on either side of a phrase (full stops do not:
/// they end sentences and names).
fn word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_' || c == '-'
}

/// Phrases (lower-case keys) and their labels. With `fast-redact` (native programs)
/// they are found all at once: one pass over a text whatever their number
/// (Aho-Corasick over the lower-cased text), so that a report with thousands of
/// `DOMAIN\user` names redacts in linear time. Without it (the web edition) a plain
/// search ([`KeyIndex`]), linear too, with less code; a test holds the two to the same
/// occurrences.
struct Phrases {
    #[cfg(feature = "fast-redact")]
    matcher: Option<aho_corasick::AhoCorasick>,
    /// The keys, for the plain search.
    #[cfg(not(feature = "fast-redact"))]
    index: KeyIndex,
    /// Per pattern: its label.
    labels: Vec<String>,
}

/// The keys of a plain search (the web edition's, without Aho-Corasick): by length,
/// shortest first, and of each length by their text, with the bytes that start one.
#[derive(Debug)]
struct KeyIndex {
    by_length: BTreeMap<usize, HashMap<String, Vec<usize>>>,
    starts: [bool; 256],
}

#[cfg_attr(
    feature = "fast-redact",
    allow(dead_code, reason = "the web edition's; tested against Aho-Corasick")
)]
impl KeyIndex {
    fn new<'k>(keys: impl IntoIterator<Item = &'k str>) -> KeyIndex {
        let mut index = KeyIndex {
            by_length: BTreeMap::new(),
            starts: [false; 256],
        };
        for (id, key) in keys.into_iter().enumerate().filter(|(_, k)| !k.is_empty()) {
            index.starts[usize::from(key.as_bytes()[0])] = true;
            index
                .by_length
                .entry(key.len())
                .or_default()
                .entry(key.to_string())
                .or_default()
                .push(id);
        }
        index
    }

    /// Every occurrence of every key in `hay`, overlapping ones too, as (start, end,
    /// key): what Aho-Corasick's overlapping search reports. One pass over the text: at
    /// each character that starts a key, the next bytes are looked up among the keys of
    /// each length, so thousands of names cost no more per character than ten (a
    /// report of 3,000 user names once took the desktop app 50 s when each name was
    /// looked for in turn).
    fn occurrences(&self, hay: &str) -> Vec<(usize, usize, usize)> {
        let mut out = Vec::new();
        for (start, _) in hay.char_indices() {
            if !self.starts[usize::from(hay.as_bytes()[start])] {
                continue;
            }
            for (length, keys) in &self.by_length {
                let end = start + length;
                if end > hay.len() {
                    break;
                }
                // (A key ends where a character does; `get` is None elsewhere.)
                if let Some(ids) = hay.get(start..end).and_then(|w| keys.get(w)) {
                    out.extend(ids.iter().map(|id| (start, end, *id)));
                }
            }
        }
        out
    }
}

/// [`KeyIndex::occurrences`] of a list of keys (held to Aho-Corasick's by a test).
#[cfg(all(test, feature = "fast-redact"))]
fn occurrences(keys: &[String], hay: &str) -> Vec<(usize, usize, usize)> {
    KeyIndex::new(keys.iter().map(String::as_str)).occurrences(hay)
}

impl Phrases {
    fn new(phrases: &[(String, String)]) -> Phrases {
        let phrases: Vec<&(String, String)> =
            phrases.iter().filter(|(p, _)| !p.is_empty()).collect();
        Phrases {
            #[cfg(feature = "fast-redact")]
            matcher: if phrases.is_empty() {
                None
            } else {
                aho_corasick::AhoCorasick::builder()
                    .match_kind(aho_corasick::MatchKind::Standard)
                    .build(phrases.iter().map(|(p, _)| p.as_str()))
                    .ok()
            },
            #[cfg(not(feature = "fast-redact"))]
            index: KeyIndex::new(phrases.iter().map(|(p, _)| p.as_str())),
            labels: phrases.iter().map(|(_, l)| l.clone()).collect(),
        }
    }

    /// Every occurrence of a key in the lower-cased text: (start, end, key).
    #[cfg(feature = "fast-redact")]
    fn find(&self, lowered: &str) -> Vec<(usize, usize, usize)> {
        self.matcher.as_ref().map_or_else(Vec::new, |m| {
            m.find_overlapping_iter(lowered)
                .map(|m| (m.start(), m.end(), m.pattern().as_usize()))
                .collect()
        })
    }

    #[cfg(not(feature = "fast-redact"))]
    fn find(&self, lowered: &str) -> Vec<(usize, usize, usize)> {
        self.index.occurrences(lowered)
    }

    /// `text` with each phrase that stands as whole words (in any case) replaced by
    /// its label; where phrases overlap, the one that starts first wins, and of those
    /// the longest.
    fn replace(&self, text: &str) -> String {
        if self.labels.is_empty() {
            return text.to_string();
        }
        // The text lower-cased as keys are, with where each lower-case byte came from.
        let mut lowered = String::with_capacity(text.len());
        let mut origin = Vec::with_capacity(text.len() + 1);
        for (i, c) in text.char_indices() {
            let before = lowered.len();
            lowered.extend(c.to_lowercase());
            origin.extend(std::iter::repeat_n(i, lowered.len() - before));
        }
        origin.push(text.len());
        // Bytes of `lowered` that start a character of `text`: a match must start and
        // end on such a byte.
        let starts_char =
            |lo: usize| lo == 0 || lo == lowered.len() || origin[lo] != origin[lo - 1];
        let mut found: Vec<(usize, usize, usize)> = self
            .find(&lowered)
            .into_iter()
            .filter(|&(start, end, _)| starts_char(start) && starts_char(end))
            .map(|(start, end, key)| (origin[start], origin[end], key))
            .filter(|&(start, end, _)| {
                !text[..start].chars().next_back().is_some_and(word_char)
                    && !text[end..].chars().next().is_some_and(word_char)
            })
            .collect();
        // The first, then the longest, then the first key: the same whatever order
        // the search found them in.
        found.sort_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)).then(a.2.cmp(&b.2)));
        let mut out = String::with_capacity(text.len());
        let mut at = 0;
        for (start, end, pattern) in found {
            if start < at {
                continue;
            }
            out.push_str(&text[at..start]);
            out.push_str(&self.labels[pattern]);
            at = end;
        }
        out.push_str(&text[at..]);
        out
    }
}

// ---------------------------------------------------------------------------------
// Words: names and addresses in text.

fn name_char(c: char) -> bool {
    c.is_alphanumeric() || matches!(c, '.' | '-' | '_')
}

/// The words of a text that could be names, without dots around them: (start, end,
/// word).
fn name_tokens(text: &str) -> Vec<(usize, usize, &str)> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text
        .char_indices()
        .chain(std::iter::once((text.len(), ' ')))
    {
        match (start, name_char(c) && i < text.len()) {
            (None, true) => start = Some(i),
            (Some(s), false) => {
                let word = &text[s..i];
                let core = word.trim_matches('.');
                if !core.is_empty() {
                    let lead = word.len() - word.trim_start_matches('.').len();
                    out.push((s + lead, s + lead + core.len(), core));
                }
                start = None;
            }
            _ => {}
        }
    }
    out
}

fn ip_char(c: char) -> bool {
    c.is_ascii_hexdigit() || c == ':' || c == '.'
}

/// The IP addresses written in a text: (start, end, address). Bracketed IPv6, a port
/// after IPv4 (`1.2.3.4:80`), an address after a colon (`addr:1.2.3.4`) and a full
/// stop after it are understood; an address glued to a word is not one.
fn ip_tokens(text: &str) -> Vec<(usize, usize, IpAddr)> {
    let mut out = Vec::new();
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if !ip_char(bytes[i] as char) {
            i += 1;
            continue;
        }
        let mut end = i;
        while end < bytes.len() && ip_char(bytes[end] as char) {
            end += 1;
        }
        // The whole run is ASCII, so these are char boundaries.
        let after_ok = !text[end..]
            .chars()
            .next()
            .is_some_and(|c| c.is_alphanumeric() || c == '_');
        let mut from = i;
        let mut first = true;
        while from < end && after_ok {
            let run = &text[from..end];
            // A single ':' or '.' before the address separates it from what precedes.
            let skip = if run.starts_with("::") {
                0
            } else {
                run.len() - run.trim_start_matches([':', '.']).len()
            };
            // The second address of a range (`10.0.0.1-203.0.113.9`) follows a hyphen.
            let after_range = out
                .last()
                .is_some_and(|&(_, e, _)| e + 1 == from && bytes[e] == b'-');
            let before_ok = skip > 0
                || after_range
                || !(first
                    && text[..from]
                        .chars()
                        .next_back()
                        .is_some_and(|c| c.is_alphanumeric() || c == '_' || c == '-'));
            first = false;
            if !before_ok {
                break;
            }
            let body_start = from + skip;
            match ip_at(&text[body_start..end]) {
                Some((len, ip)) => {
                    out.push((body_start, body_start + len, ip));
                    from = body_start + len;
                }
                None => break,
            }
        }
        i = end.max(i + 1);
    }
    out
}

/// The address at the start of a run of address characters, and its length.
fn ip_at(run: &str) -> Option<(usize, IpAddr)> {
    let body = run.trim_end_matches('.');
    if let Ok(ip) = body.parse::<IpAddr>() {
        return Some((body.len(), ip));
    }
    if let Some(b) = body.strip_suffix(':')
        && let Ok(ip) = b.parse::<IpAddr>()
    {
        return Some((b.len(), ip));
    }
    // IPv4 then a port, or anything after a colon.
    let (a, _) = body.split_once(':')?;
    let v4 = a.parse::<Ipv4Addr>().ok()?;
    Some((a.len(), IpAddr::V4(v4)))
}

/// An IP literal, with or without brackets and zone.
fn parse_ip(s: &str) -> Option<IpAddr> {
    let s = s.trim_start_matches('[').trim_end_matches(']');
    s.split('%').next().and_then(|a| a.parse().ok())
}

fn is_localhost(name: &str) -> bool {
    let n = name.trim_end_matches('.').to_ascii_lowercase();
    n == "localhost"
        || n.ends_with(".localhost")
        || matches!(
            n.as_str(),
            "localhost.localdomain"
                | "localhost4"
                | "localhost4.localdomain4"
                | "localhost6"
                | "localhost6.localdomain6"
                | "ip6-localhost"
                | "ip6-loopback"
        )
}

/// Top-level domains that end a host name in free text, besides the two-letter
/// country codes.
const TLDS: &[&str] = &[
    "com",
    "net",
    "org",
    "edu",
    "gov",
    "mil",
    "int",
    "info",
    "biz",
    "name",
    "pro",
    "mobi",
    "asia",
    "tel",
    "travel",
    "jobs",
    "cat",
    "coop",
    "aero",
    "museum",
    "dev",
    "cloud",
    "online",
    "site",
    "tech",
    "store",
    "shop",
    "xyz",
    "top",
    "club",
    "live",
    "blog",
    "news",
    "page",
    "web",
    "wiki",
    "email",
    "network",
    "systems",
    "services",
    "host",
    "hosting",
    "server",
    "link",
    "space",
    "website",
    "world",
    "zone",
    "digital",
    "media",
    "group",
    "company",
    "solutions",
    "agency",
    "center",
    "global",
    "today",
    "life",
    "one",
    "run",
    "fun",
    "art",
    "design",
    "tools",
    "codes",
    "software",
    "engineering",
    "technology",
    "systems",
    "onion",
    "arpa",
    "internal",
    "intranet",
    "lan",
    "local",
    "localdomain",
    "home",
    "corp",
    "private",
    "priv",
    "test",
    "example",
    "invalid",
    "mail",
    "office",
    "cluster",
    "consulting",
    "studio",
    "works",
    "team",
    "bank",
    "health",
    "university",
    "app",
    "inc",
    "ltd",
    "llc",
    "gmbh",
    "icu",
    "vip",
    "work",
    "win",
    "bid",
    "sbs",
    "cyou",
    "bar",
    "pub",
    "red",
    "blue",
    "law",
    "legal",
    "money",
    "finance",
    "capital",
    "ventures",
    "academy",
    "education",
    "school",
    "college",
    "care",
    "clinic",
    "city",
    "earth",
    "eco",
    "social",
    "chat",
    "video",
    "photo",
    "games",
    "bet",
    "love",
    "ninja",
    "guru",
    "rocks",
    "land",
    "plus",
    "pw",
    "nyc",
    "london",
    "berlin",
    "paris",
    "tokyo",
    "moscow",
    "amsterdam",
    "wien",
    "swiss",
    "bayern",
    "nrw",
    "hamburg",
    "koeln",
    "quebec",
    "scot",
    "wales",
    "eus",
    "gal",
    "ovh",
    "google",
    "amazon",
    "microsoft",
    "azure",
    "aws",
];

/// Internationalised top-level domains, as they are written in their scripts.
const IDN_TLDS: &[&str] = &[
    "рф",
    "рус",
    "укр",
    "бел",
    "срб",
    "қаз",
    "мкд",
    "мон",
    "онлайн",
    "сайт",
    "москва",
    "дети",
    "орг",
    "ком",
    "中国",
    "中國",
    "香港",
    "台灣",
    "台湾",
    "新加坡",
    "澳門",
    "公司",
    "网络",
    "在线",
    "网址",
    "中文网",
    "政务",
    "日本",
    "みんな",
    "コム",
    "한국",
    "닷컴",
    "भारत",
    "ไทย",
    "مصر",
    "السعودية",
    "امارات",
    "ایران",
    "عمان",
    "قطر",
    "الجزائر",
    "المغرب",
    "ישראל",
    "ελ",
    "ευ",
    "გე",
    "հայ",
    "বাংলা",
    "இந்தியா",
    "ලංකා",
];

/// Two-letter country-code domains (ISO 3166 and the few IANA adds).
const CC_TLDS: &str = "ac ad ae af ag ai al am ao aq ar as at au aw ax az ba bb bd be bf bg bh bi bj bm bn bo br bs bt bw by bz ca cc cd cf cg ch ci ck cl cm cn co cr cu cv cw cx cy cz de dj dk dm do dz ec ee eg er es et eu fi fj fk fm fo fr ga gd ge gf gg gh gi gl gm gn gp gq gr gs gt gu gw gy hk hm hn hr ht hu id ie il im in io iq ir is it je jm jo jp ke kg kh ki km kn kp kr kw ky kz la lb lc li lk lr ls lt lu lv ly ma mc md me mg mh mk ml mm mn mo mp mq mr ms mt mu mv mw mx my mz na nc ne nf ng ni nl no np nr nu nz om pa pe pf pg ph pk pl pm pn pr ps pt pw py qa re ro rs ru rw sa sb sc sd se sg sh si sk sl sm sn so sr ss st su sv sx sy sz tc td tf tg th tj tk tl tm tn to tr tt tv tw tz ua ug uk us uy uz va vc ve vg vi vn vu wf ws ye yt za zm zw";

/// Country codes that are more often file extensions (`script.py`, `lib.so`).
const FILE_LIKE_CC: &[&str] = &[
    "py", "rs", "sh", "md", "so", "pl", "ps", "cc", "in", "am", "pm",
];

/// Whether a word in free text is a DNS host name: dotted labels, ending in a known
/// top-level domain; not a Java or .NET name (`java.net.ConnectException`,
/// `Microsoft.AspNetCore.App`). A name under a country code that is more often a file
/// extension (`backup.pl`, `setup.in`) counts when it has three labels or more
/// (`shop.example.pl`); with two, only where the text uses it as a host
/// ([`looks_like_host_in`]).
#[cfg(test)]
fn looks_like_host(word: &str) -> bool {
    host_shape(word) == Some(true)
}

/// `Some(true)`: a host name; `Some(false)`: a host name only where the text uses it
/// as one; `None`: no host name.
fn host_shape(word: &str) -> Option<bool> {
    if word.len() > 253 || !word.contains('.') || is_localhost(word) || is_label(word) {
        return None;
    }
    let labels: Vec<&str> = word.split('.').collect();
    // Letters of any script (internationalised names), digits, hyphens, underscores.
    let label_ok = |l: &&str| {
        !l.is_empty()
            && l.len() <= 63
            && !l.starts_with('-')
            && !l.ends_with('-')
            && l.chars()
                .all(|c| c.is_alphanumeric() || c == '-' || c == '_')
    };
    if !labels.iter().all(label_ok) {
        return None;
    }
    let camel = |l: &str| {
        let cs: Vec<char> = l.chars().collect();
        cs.windows(2)
            .any(|w| w[0].is_lowercase() && w[1].is_uppercase())
    };
    let (last, middle) = labels.split_last()?;
    // A host's first label may be written MyServer; a program's dotted name has its
    // capitals further on (java.net.ConnectException, System.Net.Http).
    if middle.iter().skip(1).any(|l| camel(l)) {
        return None;
    }
    let tld_lower = last.chars().all(|c| !c.is_uppercase());
    let tld_upper = last.chars().all(|c| !c.is_lowercase());
    if !(tld_lower || tld_upper)
        || (!last.chars().all(char::is_alphabetic) && !last.starts_with("xn--"))
    {
        return None;
    }
    let tld = lower(last);
    let known = TLDS.contains(&tld.as_str())
        || IDN_TLDS.contains(&tld.as_str())
        || (tld.starts_with("xn--") && tld.len() > 4);
    if known {
        // `Safari.app`, `Setup.app`: a macOS bundle more often than a host.
        return Some(tld != "app" || labels.len() >= 3);
    }
    if tld.len() == 2 && CC_TLDS.split(' ').any(|c| c == tld) {
        return Some(!FILE_LIKE_CC.contains(&tld.as_str()) || labels.len() >= 3);
    }
    None
}

/// Whether the word at `start..end` of `text` is a host name ([`host_shape`]),
/// knowing a two-label name under a file-like country code where the text uses it as
/// a host: after `://` or `@`, or before a port (`allegro.pl:443`).
fn looks_like_host_in(text: &str, start: usize, end: usize) -> bool {
    match host_shape(&text[start..end]) {
        Some(true) => true,
        Some(false) => {
            let before = &text[..start];
            let after = &text[end..];
            before.ends_with("://")
                || before.ends_with('@')
                || after
                    .strip_prefix(':')
                    .is_some_and(|p| p.starts_with(|c: char| c.is_ascii_digit()))
        }
        None => false,
    }
}

/// Accounts that name no person.
const SYSTEM_USERS: &[&str] = &[
    "root",
    "daemon",
    "bin",
    "sys",
    "sync",
    "games",
    "man",
    "lp",
    "mail",
    "news",
    "uucp",
    "proxy",
    "www-data",
    "www",
    "backup",
    "list",
    "irc",
    "gnats",
    "nobody",
    "nogroup",
    "messagebus",
    "syslog",
    "sshd",
    "dnsmasq",
    "avahi",
    "ntp",
    "chrony",
    "polkitd",
    "postgres",
    "postgresql",
    "mysql",
    "mariadb",
    "redis",
    "mongodb",
    "memcache",
    "nginx",
    "apache",
    "httpd",
    "http",
    "tss",
    "rtkit",
    "colord",
    "geoclue",
    "pulse",
    "gdm",
    "lightdm",
    "sddm",
    "docker",
    "rabbitmq",
    "elasticsearch",
    "grafana",
    "prometheus",
    "system",
    "local service",
    "network service",
    "localservice",
    "networkservice",
    "trustedinstaller",
    "administrator",
    "admin",
    "guest",
    "defaultaccount",
    "wdagutilityaccount",
];

/// Windows account domains that hold no people.
const SYSTEM_DOMAINS: &[&str] = &[
    "nt authority",
    "nt service",
    "window manager",
    "font driver host",
    "iis apppool",
];

/// Whether a user name may name a person.
fn personal(name: &str) -> bool {
    let name = lower(name.trim());
    if is_label(trim_name(&name)) {
        return false;
    }
    if let Some((domain, user)) = name.rsplit_once('\\') {
        return !SYSTEM_DOMAINS.contains(&domain) && personal(user);
    }
    !(name.is_empty()
        || SYSTEM_USERS.contains(&name.as_str())
        || name.starts_with('_')
        || name.starts_with("systemd-")
        || name.starts_with("dwm-")
        || name.starts_with("umfd-"))
}

/// Folders under a home root that belong to no one.
const SHARED_HOMES: &[&str] = &["shared", "public", "default", "default user", "all users"];

/// The users whose home directories a text names.
fn home_users(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for (root, windows) in [("/home/", false), ("/Users/", false), ("\\Users\\", true)] {
        let mut from = 0;
        while let Some(pos) = find_from(text, root, from, windows) {
            let rest = &text[pos + root.len()..];
            let user = if windows {
                // Windows names may hold spaces: up to the next backslash when there
                // is one on the same path, else to the end of the word.
                let stop = rest
                    .find([
                        '\\', '/', '"', '\'', '\n', '\r', '\t', ',', ';', '|', '<', '>',
                    ])
                    .unwrap_or(rest.len());
                let candidate = &rest[..stop];
                if rest[stop..].starts_with('\\') {
                    candidate
                } else {
                    candidate.split(char::is_whitespace).next().unwrap_or("")
                }
            } else {
                let stop = rest
                    .find(|c: char| !(name_char(c) || c == '@' || c == '+'))
                    .unwrap_or(rest.len());
                &rest[..stop]
            };
            let user = user.trim();
            if !user.is_empty() && !SHARED_HOMES.contains(&user.to_ascii_lowercase().as_str()) {
                out.push(user.to_string());
            }
            from = pos + root.len();
        }
    }
    out
}

fn find_from(text: &str, pat: &str, from: usize, ignore_case: bool) -> Option<usize> {
    if ignore_case {
        let hay = text.get(from..)?.as_bytes();
        let pat = pat.as_bytes();
        hay.windows(pat.len())
            .position(|w| w.eq_ignore_ascii_case(pat))
            .map(|p| p + from)
    } else {
        text.get(from..)?.find(pat).map(|p| p + from)
    }
}

/// The users of URLs in a text (`postgres://alice:secret@db1/`).
fn url_users(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(pos) = text.get(from..).and_then(|t| t.find("://")) {
        let start = from + pos + 3;
        let rest = &text[start..];
        let authority = rest
            .split(|c: char| c == '/' || c == '?' || c == '#' || c.is_whitespace())
            .next()
            .unwrap_or("");
        if let Some((userinfo, _)) = authority.rsplit_once('@') {
            let user = userinfo.split(':').next().unwrap_or("");
            if !user.is_empty() {
                out.push(user.to_string());
            }
        }
        from = start;
    }
    out
}

/// The next address from `pool` that the report does not hold, now taken.
fn fresh(seen: &mut HashSet<IpAddr>, pool: &mut impl Iterator<Item = IpAddr>) -> Option<IpAddr> {
    let pick = pool.find(|c| !seen.contains(c));
    if let Some(p) = pick {
        seen.insert(p);
    }
    pick
}

fn documentation_v4() -> impl Iterator<Item = IpAddr> {
    [[192, 0, 2], [198, 51, 100], [203, 0, 113]]
        .into_iter()
        .flat_map(|[a, b, c]| (1..=254u8).map(move |d| IpAddr::V4(Ipv4Addr::new(a, b, c, d))))
}

// ---------------------------------------------------------------------------------
// Which addresses are public.

/// Whether an address is public: globally reachable by the IANA IPv4 and IPv6
/// special-purpose address registries (RFC 6890 and successors), or an IPv6 address
/// that carries a public IPv4 address inside.
pub fn is_public(ip: IpAddr) -> bool {
    public_key(ip).is_some()
}

/// The address that stands for the same public host (an IPv4-mapped or -compatible
/// IPv6 address is its IPv4 address), or None when the address is not public.
fn public_key(ip: IpAddr) -> Option<IpAddr> {
    match ip {
        IpAddr::V4(v4) => public_v4(v4).then_some(ip),
        IpAddr::V6(v6) => {
            let s = v6.segments();
            // ::ffff:a.b.c.d (mapped) and ::a.b.c.d (compatible, deprecated); :: and
            // ::1 fall in 0.0.0.0/8 and are not public.
            if s[..5] == [0; 5] && (s[5] == 0xffff || s[5] == 0) {
                let v4 = embedded_v4(s[6], s[7]);
                return public_v4(v4).then_some(IpAddr::V4(v4));
            }
            public_v6(v6).then_some(ip)
        }
    }
}

fn embedded_v4(hi: u16, lo: u16) -> Ipv4Addr {
    let [a, b] = hi.to_be_bytes();
    let [c, d] = lo.to_be_bytes();
    Ipv4Addr::new(a, b, c, d)
}

fn public_v4(ip: Ipv4Addr) -> bool {
    let [a, b, c, d] = ip.octets();
    !(a == 0 // "this network", 0.0.0.0/8
        || a == 10 // private
        || (a == 100 && (64..128).contains(&b)) // shared address space (CGNAT), 100.64.0.0/10
        || a == 127 // loopback
        || (a == 169 && b == 254) // link-local
        || (a == 172 && (16..32).contains(&b)) // private
        // IETF protocol assignments, 192.0.0.0/24, except the globally reachable
        // PCP and TURN anycast addresses .9 and .10
        || (a == 192 && b == 0 && c == 0 && d != 9 && d != 10)
        || (a == 192 && b == 0 && c == 2) // documentation, TEST-NET-1
        // deprecated 6to4 relay anycast, 192.88.99.0/24, except 6a44 relay .2
        || (a == 192 && b == 88 && c == 99 && d != 2)
        || (a == 192 && b == 168) // private
        || (a == 198 && (b == 18 || b == 19)) // benchmarking, 198.18.0.0/15
        || (a == 198 && b == 51 && c == 100) // documentation, TEST-NET-2
        || (a == 203 && b == 0 && c == 113) // documentation, TEST-NET-3
        || a >= 224) // multicast 224/4, reserved 240/4, broadcast
}

fn public_v6(ip: Ipv6Addr) -> bool {
    let s = ip.segments();
    let n = u128::from(ip);
    // NAT64 well-known prefix 64:ff9b::/96 (RFC 6052): an IPv4 address inside.
    if s[0] == 0x64 && s[1] == 0xff9b && s[2..6] == [0; 4] {
        return public_v4(embedded_v4(s[6], s[7]));
    }
    // 6to4, 2002::/16 (RFC 3056): the site's public IPv4 address follows the prefix.
    if s[0] == 0x2002 {
        return public_v4(embedded_v4(s[1], s[2]));
    }
    // Teredo, 2001::/32 (RFC 4380): carries the server's and the client's public IPv4.
    if s[0] == 0x2001 && s[1] == 0 {
        return true;
    }
    // Only 2000::/3 is global unicast; the rest is loopback, link-local (fe80::/10),
    // unique-local (fc00::/7), multicast (ff00::/8), discard (100::/64), local-use
    // translation (64:ff9b:1::/48), SRv6 SIDs (5f00::/16), deprecated site-local, or
    // not yet allocated.
    if s[0] & 0xe000 != 0x2000 {
        return false;
    }
    // IETF protocol assignments, 2001::/23, except the globally reachable ones.
    if s[0] == 0x2001 && s[1] < 0x200 {
        return n == 0x2001_0001_0000_0000_0000_0000_0000_0001 // PCP anycast
            || n == 0x2001_0001_0000_0000_0000_0000_0000_0002 // TURN anycast
            || s[1] == 3 // AMT, 2001:3::/32
            || (s[1] == 4 && s[2] == 0x112) // AS112-v6, 2001:4:112::/48
            || (0x20..=0x3f).contains(&s[1]); // ORCHIDv2 and DETs, 2001:20::/27
    }
    // Documentation: 2001:db8::/32 and 3fff::/20.
    !((s[0] == 0x2001 && s[1] == 0xdb8) || (s[0] == 0x3fff && s[1] < 0x1000))
}

/// The plain search finds what Aho-Corasick finds.
#[cfg(all(test, feature = "fast-redact"))]
mod plain_search {
    use super::occurrences;
    use proptest::prelude::*;

    fn aho(keys: &[String], hay: &str) -> Vec<(usize, usize, usize)> {
        let keys: Vec<(usize, &String)> = keys
            .iter()
            .enumerate()
            .filter(|(_, k)| !k.is_empty())
            .collect();
        let Ok(m) = aho_corasick::AhoCorasick::builder()
            .match_kind(aho_corasick::MatchKind::Standard)
            .build(keys.iter().map(|(_, k)| k.as_str()))
        else {
            return Vec::new();
        };
        m.find_overlapping_iter(hay)
            .map(|f| (f.start(), f.end(), keys[f.pattern().as_usize()].0))
            .collect()
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]
        #[test]
        fn occurrences_are_aho_corasicks(
            keys in proptest::collection::vec("[abé中 \\\\]{0,4}", 0..6),
            hay in "[abé中 \\\\.]{0,40}",
        ) {
            let mut ours = occurrences(&keys, &hay);
            let mut theirs = aho(&keys, &hay);
            ours.sort_unstable();
            theirs.sort_unstable();
            prop_assert_eq!(ours, theirs);
        }
    }

    #[test]
    fn overlapping_and_repeated_keys() {
        let keys = vec!["aa".to_string(), "a".to_string(), "aa".to_string()];
        let mut ours = occurrences(&keys, "aaa");
        let mut theirs = aho(&keys, "aaa");
        ours.sort_unstable();
        theirs.sort_unstable();
        assert_eq!(ours, theirs);
        assert_eq!(ours.len(), 7);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ip(s: &str) -> IpAddr {
        s.parse().unwrap_or(IpAddr::V4(Ipv4Addr::UNSPECIFIED))
    }

    #[test]
    fn public_and_special_addresses() {
        for p in [
            "8.8.8.8",
            "1.1.1.1",
            "100.63.255.255",
            "100.128.0.0",
            "172.15.255.255",
            "172.32.0.0",
            "192.0.0.9",
            "192.0.0.10",
            "192.88.99.2",
            "192.169.0.1",
            "198.17.255.255",
            "198.20.0.0",
            "223.255.255.255",
            "2606:4700:4700::1111",
            "2001:4860:4860::8888",
            "2001:1::1",
            "2001:3::1",
            "2001:4:112::1",
            "2001:20::1",
            "3fff:1000::1",
            "::ffff:8.8.8.8",
            "64:ff9b::808:808",
            "2002:808:808::1",
            "2001:0:4136:e378:8000:63bf:3fff:fdd2",
        ] {
            assert!(is_public(ip(p)), "{p} is public");
        }
        for n in [
            "0.0.0.0",
            "0.1.2.3",
            "10.1.2.3",
            "100.64.0.1",
            "100.127.255.255",
            "127.0.0.1",
            "169.254.1.1",
            "172.16.0.1",
            "172.31.255.255",
            "192.0.0.1",
            "192.0.0.170",
            "192.0.2.1",
            "192.88.99.1",
            "192.168.1.1",
            "198.18.0.1",
            "198.19.255.255",
            "198.51.100.7",
            "203.0.113.9",
            "224.0.0.251",
            "239.255.255.250",
            "240.0.0.1",
            "255.255.255.255",
            "::",
            "::1",
            "::ffff:10.0.0.1",
            "::ffff:127.0.0.1",
            "fe80::1",
            "fc00::1",
            "fd12:3456::1",
            "fec0::1",
            "ff02::1",
            "ff0e::1",
            "100::1",
            "64:ff9b:1::1",
            "64:ff9b::a00:1",
            "2002:a00:1::1",
            "2001:db8::1",
            "2001:2::1",
            "2001:10::1",
            "2001:100::1",
            "3fff::1",
            "5f00::1",
            "4000::1",
        ] {
            assert!(!is_public(ip(n)), "{n} is not public");
        }
    }

    #[test]
    fn addresses_in_text() {
        let found = |t: &str| -> Vec<String> {
            ip_tokens(t)
                .into_iter()
                .map(|(s, e, _)| t[s..e].to_string())
                .collect()
        };
        assert_eq!(found("8.8.8.8:53 refused"), ["8.8.8.8"]);
        assert_eq!(found("[2001:4860::8888]:443"), ["2001:4860::8888"]);
        assert_eq!(found("addr:1.2.3.4."), ["1.2.3.4"]);
        assert_eq!(
            found("fe80::1%eth0 and ::ffff:8.8.8.8"),
            ["fe80::1", "::ffff:8.8.8.8"]
        );
        assert_eq!(found("8.8.8.8:2606:4700::1"), ["8.8.8.8", "2606:4700::1"]);
        assert_eq!(
            found("allow 198.51.7.1-203.0.113.9 and 2001:db8::1-2001:db8::9"),
            ["198.51.7.1", "203.0.113.9", "2001:db8::1", "2001:db8::9"]
        );
        assert!(
            found("v1.2.3.4 x8.8.8.8 8.8.8.8g aa:bb:cc:dd:ee:ff 12:30:45 public-1:53").is_empty()
        );
    }

    #[test]
    fn host_names_in_text() {
        for h in [
            "db1.example.com",
            "nas.home.arpa",
            "srv.corp",
            "x.co.uk",
            "Printer.LAN",
            "shop.example.pl",
            "mail.corp.in",
            "build.acme.app",
            "MyServer.corp.local",
            "DB1.CORP.LOCAL",
            "bücher.example.de",
            "пример.рф",
            "例え.jp",
            "xn--80ak6aa92e.xn--p1ai",
        ] {
            assert!(looks_like_host(h), "{h}");
        }
        // Two labels under a country code that is more often a file extension: a host
        // where the text uses it as one.
        let text =
            "https://allegro.pl/x and mirror.in:8080 and user@dev.app, not backup.pl or Safari.app";
        let hosts: Vec<&str> = name_tokens(text)
            .into_iter()
            .filter(|(s, e, _)| looks_like_host_in(text, *s, *e))
            .map(|(_, _, t)| t)
            .collect();
        assert_eq!(hosts, ["allegro.pl", "mirror.in", "dev.app"]);
        for n in [
            "java.net.ConnectException",
            "node.js",
            "main.py",
            "libssl.so",
            "nginx.conf",
            "postgres.exe",
            "e.g",
            "1.2.3.4",
            "localhost",
            "app.localhost",
            "host-1",
            "socket.gaierror",
            "Microsoft.AspNetCore.App",
            "System.Net.Http",
            "org.apache.kafka.common.KafkaException",
            "Safari.app",
            "setup.in",
        ] {
            assert!(!looks_like_host(n), "{n}");
        }
    }

    #[test]
    fn home_directories_and_urls_name_users() {
        assert_eq!(home_users("/home/alice/bin/app"), ["alice"]);
        assert_eq!(
            home_users("/Users/bob/Library/x and /Users/Shared/y"),
            ["bob"]
        );
        assert_eq!(
            home_users(r"C:\Users\John Smith\AppData\app.exe"),
            ["John Smith"]
        );
        assert_eq!(home_users(r"c:\users\carol"), ["carol"]);
        assert_eq!(url_users("postgres://dave:secret@db1:5432/x"), ["dave"]);
        assert!(url_users("https://db1/x@y").is_empty());
    }

    #[test]
    fn system_accounts_stay() {
        for s in [
            "root",
            "SYSTEM",
            r"NT AUTHORITY\NETWORK SERVICE",
            "_postgres",
            "nobody",
        ] {
            assert!(!personal(s), "{s}");
        }
        for p in ["alice", r"DESKTOP-7\alice", "j.smith"] {
            assert!(personal(p), "{p}");
        }
    }
}
