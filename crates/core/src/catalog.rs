//! The message catalogue: Fluent files, one per language, English first.
//!
//! Every user-visible sentence comes from here. A missing message shows its id (so a
//! gap is visible, never a crash); the tests prove no id used by the code is missing.

use std::collections::BTreeMap;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use serde::{Deserialize, Serialize};
use ts_rs::TS;
use unic_langid::LanguageIdentifier;

use serde_json::Value;

use crate::diagnose::ms;
use crate::evidence::{Evidence, Owner};
use crate::finding::{Confidence, Finding, Verdict};

/// A catalogue file as build.rs writes it, without its comments.
macro_rules! built_in {
    ($tag:literal) => {
        include_str!(concat!(env!("OUT_DIR"), "/i18n/", $tag, ".ftl"))
    };
}

/// The catalogue files, English first: the language every other one falls back to for a
/// message it lacks (the tests prove none lacks any). Without the `all-languages`
/// feature (the web edition) only English is built in, and a page adds the others when
/// it needs them ([`add_language`]).
#[cfg(any(test, feature = "all-languages"))]
const LANGUAGES: &[(&str, &str)] = &[
    ("en", built_in!("en")),
    ("de", built_in!("de")),
    ("es", built_in!("es")),
    ("fr", built_in!("fr")),
    ("pt-BR", built_in!("pt-BR")),
    ("ru", built_in!("ru")),
    ("zh-CN", built_in!("zh-CN")),
];

/// The languages there are catalogues for, English first.
const TAGS: [&str; 7] = ["en", "de", "es", "fr", "pt-BR", "ru", "zh-CN"];

const ENGLISH: &str = built_in!("en");

/// A language's catalogue file as built in, if it is.
fn built_in(code: &str) -> Option<&'static str> {
    #[cfg(feature = "all-languages")]
    {
        LANGUAGES.iter().find(|(c, _)| *c == code).map(|(_, s)| *s)
    }
    #[cfg(not(feature = "all-languages"))]
    {
        (code == "en").then_some(ENGLISH)
    }
}

/// Catalogue files added while the program runs, by language.
static ADDED: std::sync::Mutex<Vec<(&'static str, &'static str)>> =
    std::sync::Mutex::new(Vec::new());

/// A language's catalogue file: built in or added.
fn source_of(code: &str) -> Option<&'static str> {
    built_in(code).or_else(|| {
        let added = ADDED
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        added.iter().find(|(c, _)| *c == code).map(|(_, s)| *s)
    })
}

/// Whether the catalogue of `code` (a tag of [`languages`]) is here, built in or added.
pub fn has_language(code: &str) -> bool {
    source_of(code).is_some()
}

/// Why a catalogue file was not added.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum AddLanguageError {
    #[error("no catalogue language {0:?}")]
    Unknown(String),
    #[error("the catalogue file is not Fluent syntax")]
    NotFluent,
    #[error("the catalogue file is larger than {MAX_CATALOG_BYTES} bytes")]
    TooLarge,
}

/// The largest catalogue file [`add_language`] takes (the largest of ours is 85 KB).
pub const MAX_CATALOG_BYTES: usize = 512 * 1024;

/// Adds the catalogue file of a language that is not built in (the web edition fetches
/// them on demand from its own files, beside the script). A language already here
/// keeps the file it has. The file must parse as Fluent with no error at all: it
/// comes from our own build, and a page that hands in something else gets English.
pub fn add_language(code: &str, source: &str) -> Result<(), AddLanguageError> {
    let Some(tag) = TAGS.iter().find(|t| **t == code) else {
        return Err(AddLanguageError::Unknown(code.to_string()));
    };
    if source.len() > MAX_CATALOG_BYTES {
        return Err(AddLanguageError::TooLarge);
    }
    if FluentResource::try_new(source.to_string()).is_err() {
        return Err(AddLanguageError::NotFluent);
    }
    if has_language(tag) {
        return Ok(());
    }
    let mut added = ADDED
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    if !added.iter().any(|(c, _)| c == tag) {
        // Kept for the life of the program, as built-in files are: at most one per
        // language.
        added.push((tag, Box::leak(source.to_string().into_boxed_str())));
    }
    Ok(())
}

/// A catalogue language's name in that language ("Deutsch", "简体中文"), as its
/// catalogue's `language-name` says (build.rs reads them), known whether or not its file
/// is here.
pub fn language_name(tag: &str) -> Option<&'static str> {
    include_str!(concat!(env!("OUT_DIR"), "/language_names.tsv"))
        .lines()
        .filter_map(|l| l.split_once('\t'))
        .find(|(t, _)| *t == tag)
        .map(|(_, name)| name)
}

/// The languages there are catalogues for, as BCP 47 tags, English first (their files
/// may still have to be added: [`has_language`]).
pub fn languages() -> impl Iterator<Item = &'static str> {
    TAGS.iter().copied()
}

/// The catalogue language closest to what was asked for: the same tag (`pt-BR`,
/// `pt_BR.UTF-8`, `zh-cn`), else the same language in another country or script
/// (`pt-PT` → `pt-BR`, `zh-TW` → `zh-CN`, `de-AT` → `de`), else English.
pub fn pick_language(wanted: &str) -> &'static str {
    let tag = wanted
        .trim()
        .split(['.', '@'])
        .next()
        .unwrap_or("")
        .replace('_', "-");
    if let Some(tag) = languages().find(|l| l.eq_ignore_ascii_case(&tag)) {
        return tag;
    }
    let primary = tag.split('-').next().unwrap_or("");
    languages()
        .find(|l| {
            l.split('-')
                .next()
                .is_some_and(|p| p.eq_ignore_ascii_case(primary))
        })
        .unwrap_or("en")
}

/// The language a catalogue for `lang` speaks: the closest one whose file is here.
/// One whose file is not here yet ([`add_language`]) speaks English until it is.
fn speaking(lang: &str) -> &'static str {
    Some(pick_language(lang))
        .filter(|c| has_language(c))
        .unwrap_or("en")
}

/// Where one message is in a catalogue file: its id and its whole entry (the line that
/// names it and every line that goes on with it).
type Entry = (&'static str, &'static str);

/// The entries of a catalogue file, in its order. An entry starts at a line that starts
/// with a letter (a message) or `-` (a term), and goes on until the next line that starts
/// with one or with `#`: in Fluent, every other line of an entry is indented or starts
/// with `[`, `*`, `.` or `}` (variants, attributes, the end of a placeable), or is empty.
fn entries(source: &'static str) -> Vec<Entry> {
    let starts = |line: &str| line.starts_with(|c: char| c.is_ascii_alphabetic() || c == '-');
    let mut found: Vec<Entry> = Vec::new();
    let mut open: Option<(&'static str, usize)> = None;
    let mut at = 0;
    for line in source.split_inclusive('\n') {
        if starts(line) || line.starts_with('#') {
            if let Some((id, from)) = open.take() {
                found.push((id, source.get(from..at).unwrap_or("")));
            }
            if starts(line) {
                let end = line
                    .find(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_'))
                    .unwrap_or(line.len());
                open = Some((line.get(..end).unwrap_or(""), at));
            }
        }
        at += line.len();
    }
    if let Some((id, from)) = open {
        found.push((id, source.get(from..).unwrap_or("")));
    }
    found
}

/// The entry of `id`: the first, as when a file is read whole. (A few dozen messages
/// are looked up per answer; going through ~600 ids for each costs less than sorting.)
fn find(entries: &[Entry], id: &str) -> Option<&'static str> {
    entries
        .iter()
        .find(|(e, _)| *e == id)
        .map(|(_, text)| *text)
}

/// A finding in words.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default, TS)]
pub struct Explanation {
    pub headline: String,
    pub why: String,
    pub steps: Vec<String>,
}

/// One language's messages. A message is read (parsed) from its file the first time it
/// is asked for, not all of them up front: a pasted message's answer needs a few dozen of
/// the ~600, and reading them all was half the work of a first explain in the web edition.
pub struct Catalog {
    /// The messages read so far.
    bundle: std::sync::RwLock<FluentBundle<FluentResource>>,
    /// Where each message is in this language's file (none for English).
    own: Vec<Entry>,
    /// The same in the English file, which every language falls back to.
    english: &'static [Entry],
    lang: String,
    /// The decimal sign of this language (`decimal-separator`), read once.
    decimal_sign: String,
}

impl std::fmt::Debug for Catalog {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Catalog").field("lang", &self.lang).finish()
    }
}

impl Catalog {
    /// The catalogue for `lang` (`en`, `en-GB`, ...), English when we have no such language.
    pub fn new(lang: &str) -> Catalog {
        static ENGLISH_ENTRIES: std::sync::OnceLock<Vec<Entry>> = std::sync::OnceLock::new();
        let code = speaking(lang);
        let id: LanguageIdentifier = code.parse().unwrap_or_default();
        let mut bundle = FluentBundle::new_concurrent(vec![id]);
        bundle.set_use_isolating(false);
        let own = source_of(code)
            .filter(|_| code != "en")
            .map(entries)
            .unwrap_or_default();
        let mut catalog = Catalog {
            bundle: std::sync::RwLock::new(bundle),
            own,
            english: ENGLISH_ENTRIES.get_or_init(|| entries(ENGLISH)),
            lang: code.to_string(),
            decimal_sign: ".".to_string(),
        };
        if let Some(sign) = catalog.format_args("decimal-separator", &FluentArgs::new()) {
            catalog.decimal_sign = sign;
        }
        catalog
    }

    /// The messages read so far, for reading.
    fn read(&self) -> std::sync::RwLockReadGuard<'_, FluentBundle<FluentResource>> {
        self.bundle
            .read()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// The messages with `id` read, if either file has it: this language's entry, else
    /// English's. The built-in files are checked by the tests; an entry with a syntax
    /// error keeps what did parse, and English stands in when that is not the message.
    fn read_with(&self, id: &str) -> std::sync::RwLockReadGuard<'_, FluentBundle<FluentResource>> {
        let bundle = self.read();
        if bundle.has_message(id) {
            return bundle;
        }
        drop(bundle);
        let mut bundle = self
            .bundle
            .write()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        for text in [find(&self.own, id), find(self.english, id)]
            .into_iter()
            .flatten()
        {
            if bundle.get_message(id).and_then(|m| m.value()).is_some() {
                break;
            }
            let resource =
                FluentResource::try_new(text.to_string()).unwrap_or_else(|(partial, _)| partial);
            // Only an entry that did not parse as its message lets English add it.
            let _ = bundle.add_resource(resource);
        }
        drop(bundle);
        self.read()
    }

    /// The catalogue of a language, made the first time it is asked for and kept for the
    /// life of the program.
    pub fn shared(lang: &str) -> &'static Catalog {
        static ALL: [std::sync::OnceLock<Catalog>; TAGS.len()] =
            [const { std::sync::OnceLock::new() }; TAGS.len()];
        let code = speaking(lang);
        let index = languages().position(|l| l == code).unwrap_or(0);
        // Every language has its slot at its own index; English is at 0.
        #[allow(
            clippy::indexing_slicing,
            reason = "one slot per language, and the index is a language's"
        )]
        ALL[index].get_or_init(|| Catalog::new(code))
    }

    /// The English catalogue.
    pub fn english() -> Catalog {
        Catalog::new("en")
    }

    pub fn lang(&self) -> &str {
        &self.lang
    }

    /// Whether the catalogue has this message.
    pub fn has(&self, id: &str) -> bool {
        self.read_with(id)
            .get_message(id)
            .and_then(|m| m.value())
            .is_some()
    }

    /// What the system said when a file or a port could not be used, in this language
    /// for the common cases (Rust writes the system's words in English), the system's
    /// own words for the rest.
    pub fn io_error(&self, e: &std::io::Error) -> String {
        use std::io::ErrorKind as K;
        let id = match e.kind() {
            K::NotFound => "io-not-found",
            K::PermissionDenied => "io-permission-denied",
            K::AlreadyExists => "io-already-exists",
            K::IsADirectory => "io-is-a-directory",
            K::NotADirectory => "io-not-a-directory",
            K::ReadOnlyFilesystem => "io-read-only",
            K::StorageFull => "io-storage-full",
            K::InvalidData => "io-invalid-data",
            K::TimedOut => "io-timed-out",
            K::AddrInUse => "io-in-use",
            K::AddrNotAvailable => "io-not-available",
            K::Interrupted => "io-interrupted",
            K::UnexpectedEof => "io-unexpected-eof",
            _ => return e.to_string(),
        };
        self.get(id, &[])
    }

    /// The message `id` with its arguments; the id itself when the message is missing.
    pub fn get(&self, id: &str, args: &[(&str, &str)]) -> String {
        let map: BTreeMap<String, String> = args
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        self.format(id, &map).unwrap_or_else(|| id.to_string())
    }

    /// Formats a message, or None when it is missing or an argument it needs is absent.
    pub fn format(&self, id: &str, args: &BTreeMap<String, String>) -> Option<String> {
        let mut fargs = FluentArgs::new();
        for (k, v) in args {
            // Whole numbers are numbers, so plural forms read right ("one connection",
            // "3 connections"). Fluent writes them without grouping: ports stay 8080.
            match v.parse::<u64>() {
                Ok(n) if n.to_string() == *v => fargs.set(k.as_str(), n),
                _ => fargs.set(k.as_str(), self.decimal(v)),
            }
        }
        self.format_args(id, &fargs)
    }

    /// A decimal number (`0.3`, as the rules write milliseconds) with this language's
    /// decimal sign (`0,3` in German); anything else as it is (`10.0.0.5`, `0.1.0`).
    fn decimal(&self, value: &str) -> String {
        let is_decimal = value.split_once('.').is_some_and(|(a, b)| {
            !a.is_empty()
                && !b.is_empty()
                && a.bytes().all(|c| c.is_ascii_digit())
                && b.bytes().all(|c| c.is_ascii_digit())
        });
        if is_decimal {
            value.replace('.', &self.decimal_sign)
        } else {
            value.to_string()
        }
    }

    fn format_args(&self, id: &str, args: &FluentArgs<'_>) -> Option<String> {
        let bundle = self.read_with(id);
        let pattern = bundle.get_message(id)?.value()?;
        let mut errors = Vec::new();
        let text = bundle
            .format_pattern(pattern, Some(args), &mut errors)
            .into_owned();
        drop(bundle);
        errors.is_empty().then(|| self.typeset(text))
    }

    /// Chinese puts no space between its own words: a space the sentence has beside an
    /// argument (`{ $host } 的端口`, for an address) goes when the argument is Chinese
    /// too ("这台电脑的端口").
    fn typeset(&self, text: String) -> String {
        if !self.lang.starts_with("zh") || !text.contains(' ') {
            return text;
        }
        let chars: Vec<char> = text.chars().collect();
        let cjk = |c: Option<&char>| c.is_some_and(|c| crate::errtext::fold::is_cjk(*c));
        chars
            .iter()
            .enumerate()
            .filter(|(i, c)| {
                **c != ' '
                    || !(cjk(i.checked_sub(1).and_then(|p| chars.get(p))) && cjk(chars.get(i + 1)))
            })
            .map(|(_, c)| *c)
            .collect()
    }

    /// A finding's arguments as the catalogue reads them. The types decide: whole
    /// numbers are numbers (plural forms: "one connection", "3 connections"), other
    /// numbers are milliseconds or seconds written as people read them, `true`/`false`
    /// are `yes`/`no`, a list is written with commas, and every argument `x` comes with
    /// `has_x` (`yes` when it is present and not empty), so a sentence can say what
    /// is known and leave out what is not.
    pub fn finding_args(&self, finding: &Finding) -> FluentArgs<'static> {
        let mut args = self.json_args(finding.args());
        // "this computer" reads well in a cause ("…on port 8080 of this computer"),
        // not in a ruled-out line about a name ("The name localhost was found").
        // A sentence that starts with the host starts with `host_at_start`.
        if finding.subject.this_computer && finding.verdict != Verdict::RuledOut {
            args.set("host", self.get("place-this-computer", &[]));
            args.set("host_at_start", self.get("place-this-computer-start", &[]));
        } else {
            let host = finding.subject.host.clone().unwrap_or_default();
            args.set("host_at_start", host);
        }
        args
    }

    /// JSON values as the catalogue reads them (see [`Catalog::finding_args`]); an
    /// object is the owner of a socket or a program, written as such
    /// (`(postgres, PID 812, user postgres)`).
    fn json_args(&self, values: serde_json::Map<String, Value>) -> FluentArgs<'static> {
        let mut args = FluentArgs::new();
        for (key, value) in values {
            let present = match &value {
                Value::Null => false,
                Value::String(s) => !s.is_empty(),
                Value::Array(a) => !a.is_empty(),
                Value::Object(o) => !o.is_empty(),
                _ => true,
            };
            args.set(format!("has_{key}"), if present { "yes" } else { "no" });
            match value {
                Value::Number(n) => match n.as_u64() {
                    Some(whole) => args.set(key, whole),
                    None => args.set(key, self.decimal(&ms(n.as_f64().unwrap_or(0.0)))),
                },
                Value::Bool(b) => args.set(key, if b { "yes" } else { "no" }),
                Value::String(s) => args.set(key, s),
                Value::Array(items) => args.set(
                    key,
                    items
                        .iter()
                        .map(|v| match v {
                            Value::String(s) => s.clone(),
                            Value::Object(_) => self.owner_value(v),
                            other => other.to_string(),
                        })
                        .collect::<Vec<_>>()
                        .join(", "),
                ),
                Value::Object(_) => args.set(key, self.owner_value(&value)),
                Value::Null => args.set(key, ""),
            }
        }
        args
    }

    /// The owner of a socket in words, `(postgres, PID 812, user postgres)`, with what
    /// we could see; empty when we saw nothing.
    pub fn owner(&self, o: &Owner) -> String {
        let mut parts = Vec::new();
        if let Some(p) = &o.process {
            parts.push(p.clone());
        }
        if let Some(pid) = o.pid {
            parts.push(self.get("owner-pid", &[("pid", &pid.to_string())]));
        }
        if let Some(u) = &o.user {
            parts.push(self.get("owner-user", &[("user", u)]));
        } else if let Some(uid) = o.uid {
            parts.push(self.get("owner-uid", &[("uid", &uid.to_string())]));
        }
        if parts.is_empty() {
            return String::new();
        }
        let parts = parts.join(&self.get("list-separator", &[]));
        self.get("owner-parts", &[("parts", &parts)])
    }

    fn owner_value(&self, value: &Value) -> String {
        self.owner(&Owner::deserialize(value).unwrap_or_default())
    }

    /// One line of evidence in words.
    pub fn evidence(&self, e: &Evidence) -> String {
        let id = format!("evidence-{}", e.code());
        self.format_args(&id, &self.json_args(e.args()))
            .unwrap_or(id)
    }

    /// A finding in words: headline, why, and the numbered steps.
    pub fn explain(&self, finding: &Finding) -> Explanation {
        let args = self.finding_args(finding);
        let code = finding.code();
        let get = |suffix: &str| self.format_args(&format!("{code}-{suffix}"), &args);
        if finding.verdict == Verdict::RuledOut {
            return Explanation {
                headline: get("ruled-out").unwrap_or_else(|| code.to_string()),
                why: String::new(),
                steps: Vec::new(),
            };
        }
        Explanation {
            headline: get("headline").unwrap_or_else(|| code.to_string()),
            why: get("why").unwrap_or_default(),
            steps: (1..=3).filter_map(|i| get(&format!("step-{i}"))).collect(),
        }
    }

    /// Whether every sentence of a finding formats with its own arguments (no message
    /// missing, no argument a sentence needs absent): what the tests hold each rule to.
    pub fn explains_fully(&self, finding: &Finding) -> Result<(), String> {
        let args = self.finding_args(finding);
        let code = finding.code();
        let suffixes: Vec<String> = if finding.verdict == Verdict::RuledOut {
            vec!["ruled-out".into()]
        } else {
            let mut v = vec!["headline".to_string(), "why".to_string()];
            v.extend((1..=3).map(|i| format!("step-{i}")));
            v
        };
        for suffix in suffixes {
            let id = format!("{code}-{suffix}");
            let bundle = self.read_with(&id);
            let Some(pattern) = bundle.get_message(&id).and_then(|m| m.value()) else {
                if suffix.starts_with("step-") && suffix != "step-1" {
                    continue;
                }
                return Err(format!("{id}: no such message"));
            };
            let mut errors = Vec::new();
            let _ = bundle.format_pattern(pattern, Some(&args), &mut errors);
            if !errors.is_empty() {
                return Err(format!("{id}: {errors:?}"));
            }
        }
        Ok(())
    }

    /// How sure we are, and how we know, in a sentence.
    pub fn how_sure(&self, c: Confidence) -> String {
        self.get(
            match c {
                Confidence::Certain => "how-sure-certain",
                Confidence::Likely => "how-sure-likely",
                Confidence::Possible => "how-sure-possible",
            },
            &[],
        )
    }

    /// The word for a confidence level.
    pub fn confidence(&self, c: Confidence) -> String {
        self.get(
            match c {
                Confidence::Certain => "confidence-certain",
                Confidence::Likely => "confidence-likely",
                Confidence::Possible => "confidence-possible",
            },
            &[],
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_systems_words_about_a_file_are_in_the_readers_language() {
        let missing = std::fs::read("/nonexistent/portdoctor/x").unwrap_err();
        assert_eq!(
            Catalog::new("de").io_error(&missing),
            "die Datei oder der Ordner existiert nicht"
        );
        assert_eq!(
            Catalog::english().io_error(&missing),
            "there is no such file or folder"
        );
        // What has no sentence of its own keeps the system's words.
        let other = std::io::Error::other("odd");
        assert_eq!(Catalog::new("fr").io_error(&other), "odd");
    }

    #[test]
    fn english_catalogue_parses_cleanly() {
        for (code, source) in LANGUAGES {
            if let Err((_, errors)) = FluentResource::try_new(source.to_string()) {
                panic!("{code}.ftl has syntax errors: {errors:?}");
            }
        }
    }

    /// Reading a message from its own entry gives what reading the whole file gives, for
    /// every message of every language, and no entry holds more or less than its message.
    #[test]
    fn each_entry_read_alone_is_its_message_as_in_the_whole_file() {
        use fluent_syntax::ast::Entry as Ast;
        for (code, source) in LANGUAGES {
            let whole = fluent_syntax::parser::parse(*source).unwrap_or_else(|(r, _)| r);
            let messages: Vec<_> = whole
                .body
                .iter()
                .filter_map(|e| match e {
                    Ast::Message(m) => Some(m),
                    _ => None,
                })
                .collect();
            let index = entries(source);
            assert_eq!(index.len(), messages.len(), "{code}: entries");
            for message in messages {
                let id = message.id.name;
                let text = find(&index, id).unwrap_or_else(|| panic!("{code}: no entry {id}"));
                let alone = fluent_syntax::parser::parse(text)
                    .unwrap_or_else(|(_, e)| panic!("{code}: {id} alone: {e:?}"));
                assert_eq!(
                    alone.body,
                    vec![Ast::Message(message.clone())],
                    "{code}: {id}"
                );
            }
        }
    }

    /// A catalogue reads only the messages asked for, and one the language's file lacks
    /// comes from English.
    #[test]
    fn messages_are_read_when_asked_for() {
        let de = Catalog::new("de");
        let read = |c: &Catalog| c.read().has_message("confidence-certain");
        assert!(!read(&de));
        assert_ne!(de.confidence(Confidence::Certain), "confidence-certain");
        assert!(read(&de));
        assert_eq!(
            find(&entries("a = 1\nb =\n  2\n\n  .x = 3\n#c\nc = 4"), "b"),
            Some("b =\n  2\n\n  .x = 3\n")
        );
        assert_eq!(find(&entries("a = 1"), "b"), None);
        let mut lacking = Catalog::new("de");
        lacking.own.retain(|(id, _)| *id != "confidence-certain");
        assert_eq!(
            lacking.confidence(Confidence::Certain),
            Catalog::english().confidence(Confidence::Certain)
        );
    }

    #[test]
    fn counts_choose_plural_forms() {
        let c = Catalog::english();
        assert_eq!(
            c.get("listen-closed", &[("count", "1")]),
            "Test listener closed after one connection."
        );
        assert_eq!(
            c.get("listen-closed", &[("count", "3")]),
            "Test listener closed after 3 connections."
        );
    }

    #[test]
    fn missing_message_shows_its_id() {
        assert_eq!(
            Catalog::english().get("no-such-message", &[]),
            "no-such-message"
        );
    }

    /// A selector: its variable and its variant keys.
    type Selector = (String, Vec<String>);

    /// A message's shape: the variables it uses, and for each selector its variable
    /// and variant keys (plural keys count as one kind: each language has its own).
    fn shapes(source: &str) -> BTreeMap<String, (Vec<String>, Vec<Selector>)> {
        use fluent_syntax::ast::{
            Entry, Expression, InlineExpression, Pattern, PatternElement, VariantKey,
        };
        fn walk(p: &Pattern<&str>, vars: &mut Vec<String>, sel: &mut Vec<Selector>) {
            for el in &p.elements {
                let PatternElement::Placeable { expression } = el else {
                    continue;
                };
                match expression {
                    Expression::Inline(InlineExpression::VariableReference { id }) => {
                        vars.push(id.name.to_string());
                    }
                    Expression::Select { selector, variants } => {
                        let name = match selector {
                            InlineExpression::VariableReference { id } => id.name.to_string(),
                            _ => "?".to_string(),
                        };
                        vars.push(name.clone());
                        let mut keys: Vec<String> = variants
                            .iter()
                            .map(|v| {
                                let k = match &v.key {
                                    VariantKey::Identifier { name } => name.to_string(),
                                    VariantKey::NumberLiteral { value } => value.to_string(),
                                };
                                let plural = matches!(
                                    k.as_str(),
                                    "zero" | "one" | "two" | "few" | "many" | "other"
                                );
                                let k = if plural { "<plural>".to_string() } else { k };
                                if v.default { format!("*{k}") } else { k }
                            })
                            .collect();
                        // Plural categories differ by language; the default must be there.
                        if keys.iter().any(|k| k == "*<plural>") {
                            keys.retain(|k| k != "<plural>");
                        }
                        keys.sort();
                        keys.dedup();
                        sel.push((name, keys));
                        for v in variants {
                            walk(&v.value, vars, sel);
                        }
                    }
                    _ => {}
                }
            }
        }
        let resource = match fluent_syntax::parser::parse(source) {
            Ok(r) => r,
            Err((_, errors)) => panic!("syntax errors: {errors:?}"),
        };
        let mut out = BTreeMap::new();
        for entry in resource.body {
            if let Entry::Message(m) = entry {
                let (mut vars, mut sel) = (Vec::new(), Vec::new());
                if let Some(p) = &m.value {
                    walk(p, &mut vars, &mut sel);
                }
                vars.sort();
                vars.dedup();
                sel.sort();
                out.insert(m.id.name.to_string(), (vars, sel));
            }
        }
        out
    }

    #[test]
    fn every_language_has_every_message_with_the_same_arguments_and_selectors() {
        let english = shapes(LANGUAGES[0].1);
        assert!(english.len() > 400);
        for (code, source) in LANGUAGES.iter().skip(1) {
            let theirs = shapes(source);
            let missing: Vec<&String> = english
                .keys()
                .filter(|k| !theirs.contains_key(*k))
                .collect();
            let extra: Vec<&String> = theirs
                .keys()
                .filter(|k| !english.contains_key(*k))
                .collect();
            assert!(
                missing.is_empty() && extra.is_empty(),
                "{code}: missing {missing:?}, not in English {extra:?}"
            );
            for (id, shape) in &english {
                assert_eq!(
                    Some(shape),
                    theirs.get(id),
                    "{code}: {id} differs from English"
                );
            }
        }
    }

    /// Each message's words (its text outside placeables), by id.
    fn words(source: &str) -> BTreeMap<String, String> {
        use fluent_syntax::ast::{Entry, PatternElement};
        let Ok(resource) = fluent_syntax::parser::parse(source) else {
            panic!("syntax errors");
        };
        let mut out = BTreeMap::new();
        for entry in resource.body {
            if let Entry::Message(m) = entry
                && let Some(p) = &m.value
            {
                let text: String = p
                    .elements
                    .iter()
                    .map(|e| match e {
                        PatternElement::TextElement { value } => *value,
                        PatternElement::Placeable { .. } => " ",
                    })
                    .collect();
                out.insert(m.id.name.to_string(), text);
            }
        }
        out
    }

    #[test]
    fn no_sentence_is_left_in_english() {
        let english = words(LANGUAGES[0].1);
        for (code, source) in LANGUAGES.iter().skip(1) {
            let theirs = words(source);
            let same: Vec<&String> = english
                .iter()
                .filter(|(id, text)| {
                    text.split_whitespace().count() > 2 && theirs.get(*id) == Some(*text)
                })
                .map(|(id, _)| id)
                .collect();
            assert!(same.is_empty(), "{code}: still in English: {same:?}");
        }
    }

    #[test]
    fn counts_read_in_each_language_s_plural_forms() {
        for lang in languages() {
            let c = Catalog::new(lang);
            assert_eq!(c.lang(), lang);
            assert!(
                !c.get("listen-closed", &[("count", "1")])
                    .contains("listen-closed")
            );
            // Russian has one (1, 21), few (2) and many (5); Chinese only other.
            for n in ["2", "5", "21"] {
                let text = c.get("listen-closed", &[("count", n)]);
                assert!(text.contains(n), "{lang}: {text}");
            }
            assert_ne!(c.get("language-name", &[]), "language-name");
        }
        // Russian's "one" holds 21 as well as 1 ("после 1/21 подключения", "после 2 подключений").
        let ru = Catalog::new("ru");
        let form = |n: &str| ru.get("listen-closed", &[("count", n)]).replace(n, "N");
        assert_eq!(form("1"), form("21"));
        assert_ne!(form("1"), form("2"));
    }

    #[test]
    fn languages_are_picked_by_tag_then_by_language() {
        assert_eq!(pick_language("pt_BR.UTF-8"), "pt-BR");
        assert_eq!(pick_language("pt-PT"), "pt-BR");
        assert_eq!(pick_language("zh-cn"), "zh-CN");
        assert_eq!(pick_language("zh_TW.UTF-8"), "zh-CN");
        assert_eq!(pick_language("de_AT@euro"), "de");
        assert_eq!(pick_language("ru"), "ru");
        assert_eq!(pick_language("ja"), "en");
        assert_eq!(pick_language(""), "en");
        assert_eq!(Catalog::shared("fr-CA").lang(), "fr");
        assert_eq!(Catalog::shared("xx").lang(), "en");
    }

    #[test]
    fn chinese_sentences_have_no_space_between_chinese_words() {
        let c = Catalog::new("zh-CN");
        let text = c.get("text-label", &[("label", "这台电脑"), ("text", "端口 80")]);
        assert!(!text.contains("电脑 "), "{text}");
        let mixed = c.get("text-label", &[("label", "127.0.0.1"), ("text", "端口 80")]);
        assert!(mixed.contains("端口 80"), "{mixed}");
    }

    #[test]
    fn unknown_language_falls_back_to_english() {
        assert_eq!(Catalog::new("xx-YY").lang(), "en");
        assert_eq!(Catalog::new("en_US.UTF-8").lang(), "en");
    }
}

/// Languages added while the program runs, as the web edition adds them. Built without
/// `all-languages` (`cargo test -p portdoctor-core --no-default-features --lib
/// added_languages`, which scripts/test.sh runs), only English is built in.
#[cfg(test)]
mod added_languages {
    use super::*;

    #[test]
    fn a_file_that_is_not_a_catalogue_language_or_not_fluent_is_refused() {
        assert_eq!(
            add_language("xx", "a = b\n"),
            Err(AddLanguageError::Unknown("xx".into()))
        );
        assert_eq!(
            add_language("de", "this is { not fluent"),
            Err(AddLanguageError::NotFluent)
        );
        let huge = "a = b\n".repeat(MAX_CATALOG_BYTES / 6 + 1);
        assert_eq!(add_language("de", &huge), Err(AddLanguageError::TooLarge));
    }

    #[cfg(not(feature = "all-languages"))]
    #[test]
    fn a_language_speaks_english_until_its_file_is_added() {
        assert!(has_language("en"));
        assert!(!has_language("ru"));
        assert_eq!(Catalog::shared("ru").lang(), "en");
        assert_eq!(Catalog::new("ru").lang(), "en");
        let english = Catalog::shared("en").get("embed-loading", &[]);
        assert_eq!(Catalog::shared("ru").get("embed-loading", &[]), english);

        let (_, source) = LANGUAGES.iter().find(|(c, _)| *c == "ru").expect("ru");
        assert_eq!(add_language("ru", source), Ok(()));
        assert!(has_language("ru"));
        let russian = Catalog::shared("ru");
        assert_eq!(russian.lang(), "ru");
        assert_ne!(russian.get("embed-loading", &[]), english);
        // English kept its catalogue; a second file for the language changes nothing.
        assert_eq!(Catalog::shared("en").lang(), "en");
        assert_eq!(add_language("ru", "embed-loading = x\n"), Ok(()));
        assert_ne!(Catalog::new("ru").get("embed-loading", &[]), "x");
    }

    #[cfg(feature = "all-languages")]
    #[test]
    fn every_language_is_built_in_and_named_as_its_catalogue_names_it() {
        for lang in languages() {
            assert!(has_language(lang), "{lang}");
            let c = Catalog::new(lang);
            assert_eq!(c.lang(), lang);
            assert_eq!(
                language_name(lang),
                Some(c.get("language-name", &[]).as_str())
            );
        }
        assert_eq!(language_name("xx"), None);
    }

    #[test]
    fn the_tags_are_the_catalogue_files() {
        assert!(languages().eq(LANGUAGES.iter().map(|(t, _)| *t)));
        assert_eq!(LANGUAGES.first().map(|(_, s)| *s), Some(ENGLISH));
    }

    #[test]
    fn every_language_is_named_without_its_catalogue() {
        assert_eq!(language_name("de"), Some("Deutsch"));
        assert_eq!(language_name("zh-CN"), Some("简体中文"));
        assert_eq!(languages().filter_map(language_name).count(), TAGS.len());
    }
}
