//! The phrase table made ready to search: each template's literal pieces in [`key`] form,
//! shared between templates. `build.rs` includes this file and [`super::fold`] to make it
//! once, when the crate is built (`phrases.keyed` in `OUT_DIR`), so that reading a
//! message does not first fold 1,500 messages of every language; the tests make it from
//! the same source and compare.
//!
//! The keyed form is text, one record a line: `P\t<piece>` for a piece (numbered in
//! order from 0), then `R\t<kind>\t<source>\t<letters>\t<piece numbers>\t<template>`
//! for a template, where `<template>` is the template's text when it names a host or an
//! address, and empty otherwise.

// The crate only reads the keyed table; build.rs and the tests key it.
#![cfg_attr(
    not(test),
    allow(
        dead_code,
        reason = "keying runs in build.rs; the crate reads the result"
    )
)]

use super::fold::{is_cjk, key};

/// The fewest letters a piece of a template must have to count ([`weight`]).
pub const MIN_PIECE: usize = 4;

/// The kinds of failure a row of the table may say (`any`: a failure whose kind the
/// words do not say).
pub const KINDS: [&str; 7] = [
    "refused",
    "timeout",
    "unreachable",
    "reset",
    "dns",
    "tls",
    "any",
];

/// How many letters a piece has, a Han, kana or Hangul character counting as two: one
/// says about as much as a short word ("超时满", libpq's "timeout expired", is three).
pub fn weight(piece: &str) -> usize {
    piece.chars().map(|c| if is_cjk(c) { 2 } else { 1 }).sum()
}

/// One template of the table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    pub kind: String,
    pub source: String,
    /// How many letters its pieces have together.
    pub letters: usize,
    /// Indexes into [`Keyed::pieces`].
    pub pieces: Vec<usize>,
    /// The template's text, when it has a host or address placeholder.
    pub host: Option<String>,
}

/// The table, keyed.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Keyed {
    pub pieces: Vec<String>,
    pub rows: Vec<Row>,
}

/// The table (`kind \t lang \t source \t template`, `#` comments) in keyed form. Rows of
/// an unknown kind and templates without a piece long enough to count are left out.
pub fn keyed(table: &str) -> Keyed {
    let mut out = Keyed::default();
    let mut ids_of: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    for line in table.lines() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let mut cols = line.split('\t');
        let (Some(kind), Some(_lang), Some(source), Some(text)) =
            (cols.next(), cols.next(), cols.next(), cols.next())
        else {
            continue;
        };
        if !KINDS.contains(&kind) {
            continue;
        }
        let mut ids = Vec::new();
        for literal in text.split(['{', '}']).step_by(2) {
            let k = key(literal);
            if weight(&k) < MIN_PIECE {
                continue;
            }
            let id = *ids_of.entry(k).or_insert_with_key(|k| {
                out.pieces.push(k.clone());
                out.pieces.len() - 1
            });
            ids.push(id);
        }
        if ids.is_empty() {
            continue;
        }
        let letters = ids
            .iter()
            .filter_map(|i| out.pieces.get(*i))
            .map(|p| weight(p))
            .sum();
        out.rows.push(Row {
            kind: kind.to_string(),
            source: source.to_string(),
            letters,
            pieces: ids,
            host: (text.contains("{host}") || text.contains("{addr}")).then(|| text.to_string()),
        });
    }
    out
}

/// The keyed table as text (see the module's documentation).
pub fn write(table: &Keyed) -> String {
    let mut out = String::new();
    for p in &table.pieces {
        out.push_str("P\t");
        out.push_str(p);
        out.push('\n');
    }
    for r in &table.rows {
        let ids: Vec<String> = r.pieces.iter().map(|i| i.to_string()).collect();
        out.push_str(&format!(
            "R\t{}\t{}\t{}\t{}\t{}\n",
            r.kind,
            r.source,
            r.letters,
            ids.join(","),
            r.host.as_deref().unwrap_or("")
        ));
    }
    out
}

/// The keyed table from its text; a line that does not read is left out.
pub fn read(text: &str) -> Keyed {
    let mut out = Keyed::default();
    for line in text.lines() {
        let mut cols = line.split('\t');
        match cols.next() {
            Some("P") => out.pieces.push(cols.next().unwrap_or("").to_string()),
            Some("R") => {
                let (Some(kind), Some(source), Some(letters), Some(ids), Some(host)) = (
                    cols.next(),
                    cols.next(),
                    cols.next(),
                    cols.next(),
                    cols.next(),
                ) else {
                    continue;
                };
                let Ok(pieces) = ids
                    .split(',')
                    .map(str::parse)
                    .collect::<Result<Vec<_>, _>>()
                else {
                    continue;
                };
                out.rows.push(Row {
                    kind: kind.to_string(),
                    source: source.to_string(),
                    letters: letters.parse().unwrap_or(0),
                    pieces,
                    host: (!host.is_empty()).then(|| host.to_string()),
                });
            }
            _ => {}
        }
    }
    out
}
