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
use crate::finding::{Confidence, Finding, Verdict};

/// The catalogue files, built in.
const LANGUAGES: &[(&str, &str)] = &[("en", include_str!("../i18n/en.ftl"))];

/// A finding in words.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default, TS)]
pub struct Explanation {
    pub headline: String,
    pub why: String,
    pub steps: Vec<String>,
}

/// One language's messages.
pub struct Catalog {
    bundle: FluentBundle<FluentResource>,
    lang: String,
}

impl std::fmt::Debug for Catalog {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Catalog").field("lang", &self.lang).finish()
    }
}

impl Catalog {
    /// The catalogue for `lang` (`en`, `en-GB`, ...), English when we have no such language.
    pub fn new(lang: &str) -> Catalog {
        let wanted = lang
            .split(['-', '_', '.'])
            .next()
            .unwrap_or("en")
            .to_ascii_lowercase();
        let (code, source) = LANGUAGES
            .iter()
            .find(|(c, _)| *c == wanted)
            .unwrap_or(&LANGUAGES[0]);
        let id: LanguageIdentifier = code.parse().unwrap_or_default();
        let mut bundle = FluentBundle::new_concurrent(vec![id]);
        bundle.set_use_isolating(false);
        // The built-in files are checked by the tests; a syntax error there keeps the
        // messages that did parse.
        let resource =
            FluentResource::try_new(source.to_string()).unwrap_or_else(|(partial, _)| partial);
        let _ = bundle.add_resource(resource);
        Catalog {
            bundle,
            lang: code.to_string(),
        }
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
        self.bundle
            .get_message(id)
            .and_then(|m| m.value())
            .is_some()
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
                _ => fargs.set(k.as_str(), v.as_str()),
            }
        }
        self.format_args(id, &fargs)
    }

    fn format_args(&self, id: &str, args: &FluentArgs<'_>) -> Option<String> {
        let pattern = self.bundle.get_message(id)?.value()?;
        let mut errors = Vec::new();
        let text = self.bundle.format_pattern(pattern, Some(args), &mut errors);
        errors.is_empty().then(|| text.into_owned())
    }

    /// A finding's arguments as the catalogue reads them. The types decide: whole
    /// numbers are numbers (plural forms: "one connection", "3 connections"), other
    /// numbers are milliseconds or seconds written as people read them, `true`/`false`
    /// are `yes`/`no`, a list is written with commas, and every argument `x` comes with
    /// `has_x` (`yes` when it is present and not empty), so a sentence can say what
    /// is known and leave out what is not.
    pub fn finding_args(&self, finding: &Finding) -> FluentArgs<'static> {
        let mut args = FluentArgs::new();
        for (key, value) in finding.args() {
            let present = match &value {
                Value::Null => false,
                Value::String(s) => !s.is_empty(),
                Value::Array(a) => !a.is_empty(),
                _ => true,
            };
            args.set(format!("has_{key}"), if present { "yes" } else { "no" });
            match value {
                Value::Number(n) => match n.as_u64() {
                    Some(whole) => args.set(key, whole),
                    None => args.set(key, ms(n.as_f64().unwrap_or(0.0))),
                },
                Value::Bool(b) => args.set(key, if b { "yes" } else { "no" }),
                Value::String(s) => args.set(key, s),
                Value::Array(items) => args.set(
                    key,
                    items
                        .iter()
                        .map(|v| match v {
                            Value::String(s) => s.clone(),
                            other => other.to_string(),
                        })
                        .collect::<Vec<_>>()
                        .join(", "),
                ),
                Value::Null | Value::Object(_) => args.set(key, ""),
            }
        }
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
            let Some(pattern) = self.bundle.get_message(&id).and_then(|m| m.value()) else {
                if suffix.starts_with("step-") && suffix != "step-1" {
                    continue;
                }
                return Err(format!("{id}: no such message"));
            };
            let mut errors = Vec::new();
            let _ = self
                .bundle
                .format_pattern(pattern, Some(&args), &mut errors);
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
    fn english_catalogue_parses_cleanly() {
        for (code, source) in LANGUAGES {
            if let Err((_, errors)) = FluentResource::try_new(source.to_string()) {
                panic!("{code}.ftl has syntax errors: {errors:?}");
            }
        }
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

    #[test]
    fn unknown_language_falls_back_to_english() {
        assert_eq!(Catalog::new("xx-YY").lang(), "en");
        assert_eq!(Catalog::new("en_US.UTF-8").lang(), "en");
    }
}
