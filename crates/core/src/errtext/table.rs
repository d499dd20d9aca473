//! The phrase table made ready to search: each template's literal pieces in [`key`] form,
//! shared between templates. `build.rs` includes this file and [`super::fold`] to make it
//! once, when the crate is built (`phrases.keyed` in `OUT_DIR`), so that reading a
//! message does not first fold 1,500 messages of every language; the tests make it from
//! the same source and compare.
//!
//! The keyed form is text, one template a line, `<kind><source>\t<body>`: the kind and
//! the source are each one digit (their place in [`KINDS`] and [`SOURCES`]), and the
//! body is the template's pieces in key form, a space between them, or, for a template
//! that names a host or an address, the template in key form with its placeholders
//! kept (`{host}istnichterreichbar`): the pieces are there as they are, and so is where
//! the host is ([`super::phrases`] finds it with each letter of the key form, whatever
//! the key left out allowed beside it). The templates of one language are side by
//! side, by kind, and the languages of one script too: their words repeat, which gzip
//! finds within its window. Both make the web edition's download smaller (by 11 KB
//! gzipped, against the templates' own text in the table's order), and reading the
//! table keys nothing and compares nothing: it borrows the pieces from the text.

// The crate only reads the keyed table; build.rs and the tests key it.
#![cfg_attr(
    not(test),
    allow(
        dead_code,
        reason = "keying runs in build.rs; the crate reads the result"
    )
)]

use std::borrow::Cow;

use super::fold::{fold, is_alphanumeric, is_cjk, key};

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

/// The programs and systems whose messages the table holds.
pub const SOURCES: [&str; 6] = ["glibc", "chromium", "windows", "wget", "git", "libpq"];

/// How many letters a piece has, a Han, kana or Hangul character counting as two: one
/// says about as much as a short word ("超时满", libpq's "timeout expired", is three).
pub fn weight(piece: &str) -> usize {
    piece.chars().map(|c| if is_cjk(c) { 2 } else { 1 }).sum()
}

/// One template of the table, borrowed from the keyed text it was read from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row<'a> {
    pub kind: &'static str,
    pub source: &'static str,
    /// Indexes into [`Keyed::pieces`].
    pub pieces: Vec<usize>,
    /// The template in key form with its placeholders kept ([`keyed_template`]), when
    /// it has a host or address placeholder.
    pub host: Option<Cow<'a, str>>,
}

/// The table, keyed: every template's pieces, in the order of the templates (a piece
/// two templates have is there twice: reading the table compares nothing).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Keyed<'a> {
    pub pieces: Vec<Cow<'a, str>>,
    pub rows: Vec<Row<'a>>,
}

/// A template's literal pieces: the text between its placeholders.
fn literals(template: &str) -> impl Iterator<Item = &str> {
    parts(template).step_by(2)
}

/// A template's literals and placeholders' names, in turn: what is between `{` and `}`.
pub fn parts(template: &str) -> impl Iterator<Item = &str> {
    let mut rest = Some(template);
    std::iter::from_fn(move || {
        let text = rest?;
        match text.bytes().position(|b| b == b'{' || b == b'}') {
            // A brace is one byte: the text is cut at a character's boundary.
            Some(i) => {
                rest = text.get(i + 1..);
                text.get(..i)
            }
            None => rest.take(),
        }
    })
}

/// A template in [`key`] form, its placeholders kept as they are:
/// `{host} ist nicht erreichbar.` is `{host}istnichterreichbar`. What stands between
/// two placeholders without a letter is kept too, folded: `{addr}:{port}` is not a
/// host and a port where `{addr}{port}` would be.
pub fn keyed_template(template: &str) -> String {
    let mut out = String::with_capacity(template.len());
    let parts: Vec<&str> = parts(template).collect();
    for (i, part) in parts.iter().enumerate() {
        if i % 2 == 1 {
            out.push('{');
            out.push_str(part);
            out.push('}');
            continue;
        }
        let keyed = key(part);
        if keyed.is_empty() && i > 0 && i + 1 < parts.len() {
            // Folded, as the text is read (`）（` is `)(`).
            out.push_str(&fold(part));
        } else {
            out.push_str(&keyed);
        }
    }
    out
}

/// Whether a literal of a template in [`keyed_template`] form is in key form, not what
/// stands between two placeholders as it is.
pub fn is_keyed(literal: &str) -> bool {
    literal.chars().next().is_some_and(is_alphanumeric)
}

/// The pieces of a template in [`keyed_template`] form: its literals in key form.
fn keyed_literals(template: &str) -> impl Iterator<Item = &str> {
    literals(template).filter(|l| is_keyed(l))
}

/// Adds a template to the table with its pieces in [`key`] form. Left out when it has
/// none.
fn add<'a>(
    out: &mut Keyed<'a>,
    kind: &'static str,
    source: &'static str,
    pieces: impl Iterator<Item = Cow<'a, str>>,
    host: Option<Cow<'a, str>>,
) {
    let first = out.pieces.len();
    out.pieces.extend(pieces);
    if out.pieces.len() == first {
        return;
    }
    out.rows.push(Row {
        kind,
        source,
        pieces: (first..out.pieces.len()).collect(),
        host,
    });
}

/// Whether a piece is long enough to count.
fn counts(piece: &str) -> bool {
    // Four bytes a character at most: a piece this long has letters enough.
    piece.len() >= 4 * MIN_PIECE || weight(piece) >= MIN_PIECE
}

fn names_host(template: &str) -> bool {
    template.contains("{host}") || template.contains("{addr}")
}

/// The entry of `list` that is `name`.
fn known(list: &[&'static str], name: &str) -> Option<&'static str> {
    list.iter().find(|k| **k == name).copied()
}

/// The entry of `list` that a digit names.
fn numbered(list: &[&'static str], digit: Option<char>) -> Option<&'static str> {
    list.get(digit?.to_digit(10)? as usize).copied()
}

/// The digit that names an entry of `list`.
fn number(list: &[&str], name: &str) -> char {
    let at = list.iter().position(|k| *k == name).unwrap_or(0);
    char::from_digit(at as u32, 10).unwrap_or('0')
}

/// The table (`kind \t lang \t source \t template`, `#` comments) in keyed form, a
/// language's templates together, by kind, and the languages by script. Rows of an
/// unknown kind or source and templates without a piece long enough to count are left
/// out.
pub fn keyed(table: &str) -> Keyed<'static> {
    let mut rows = Vec::new();
    for line in table.lines() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let mut cols = line.split('\t');
        let (Some(kind), Some(lang), Some(source), Some(text)) =
            (cols.next(), cols.next(), cols.next(), cols.next())
        else {
            continue;
        };
        let (Some(kind), Some(source)) = (known(&KINDS, kind), known(&SOURCES, source)) else {
            continue;
        };
        rows.push((lang, kind, source, text));
    }
    // The languages by the letters they write (the mean of their code points): one
    // script's languages side by side, whose words gzip finds again most.
    let mut letters: std::collections::HashMap<&str, (u64, u64)> = Default::default();
    for (lang, _, _, text) in &rows {
        let (sum, count) = letters.entry(lang).or_default();
        for c in text.chars().filter(|c| c.is_alphabetic()) {
            *sum += u64::from(c);
            *count += 1;
        }
    }
    let script = |lang: &str| letters.get(lang).map_or(0, |(sum, n)| sum / n.max(&1));
    rows.sort_by_key(|(lang, kind, ..)| {
        (script(lang), *lang, KINDS.iter().position(|k| k == kind))
    });
    let mut out = Keyed::default();
    for (_, kind, source, text) in rows {
        let host = names_host(text).then(|| Cow::Owned(keyed_template(text)));
        let pieces = literals(text)
            .map(key)
            .filter(|k| counts(k))
            .map(Cow::Owned);
        add(&mut out, kind, source, pieces, host);
    }
    out
}

/// The keyed table as text (see the module's documentation).
pub fn write(table: &Keyed) -> String {
    let mut out = String::new();
    for r in &table.rows {
        out.push(number(&KINDS, r.kind));
        out.push(number(&SOURCES, r.source));
        out.push('\t');
        match &r.host {
            Some(template) => out.push_str(template),
            None => {
                let pieces: Vec<&str> = r
                    .pieces
                    .iter()
                    .filter_map(|i| table.pieces.get(*i))
                    .map(|p| p.as_ref())
                    .collect();
                out.push_str(&pieces.join(" "));
            }
        }
        out.push('\n');
    }
    out
}

/// The keyed table from its text, borrowed; a line that does not read is left out.
pub fn read(text: &str) -> Keyed<'_> {
    let mut out = Keyed::default();
    for line in text.lines() {
        let Some((head, body)) = line.split_once('\t') else {
            continue;
        };
        let mut head = head.chars();
        let (Some(kind), Some(source)) = (
            numbered(&KINDS, head.next()),
            numbered(&SOURCES, head.next()),
        ) else {
            continue;
        };
        // A body of pieces is letters and spaces only; a template has its placeholders.
        if body.contains('{') {
            let pieces = keyed_literals(body)
                .filter(|l| counts(l))
                .map(Cow::Borrowed);
            add(&mut out, kind, source, pieces, Some(Cow::Borrowed(body)));
        } else {
            add(
                &mut out,
                kind,
                source,
                body.split(' ').map(Cow::Borrowed),
                None,
            );
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_keyed_template_keeps_its_placeholders_and_what_parts_them() {
        assert_eq!(
            keyed_template("{host} 拒绝了我们的连接请求。"),
            "{host}拒绝了我们的连接请求"
        );
        assert_eq!(
            keyed_template("Verbindungsaufbau zu {addr}:{port} …"),
            "verbindungsaufbauzu{addr}:{port}"
        );
        assert_eq!(
            keyed_template("無法尋找 {host}（埠 {port}）（{any}）"),
            "無法尋找{host}埠{port})({any}"
        );
        let pieces: Vec<&str> = keyed_literals("無法尋找{host}埠{port})({any}").collect();
        assert_eq!(pieces, ["無法尋找", "埠"]);
        let all: Vec<&str> = parts("a{b}c{d}").collect();
        assert_eq!(all, ["a", "b", "c", "d", ""]);
        assert_eq!(parts("é").collect::<Vec<_>>(), ["é"]);
        assert_eq!(parts("").collect::<Vec<_>>(), [""]);
    }
}
