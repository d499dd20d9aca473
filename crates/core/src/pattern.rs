//! Regular expressions that are compiled only for a text they might match.
//!
//! The message parser holds about 140 patterns. Compiling them all costs about 150 ms of
//! CPU natively (Unicode classes and case folding), and several times that in
//! WebAssembly, while a message needs only the handful whose words it contains. A
//! [`Pattern`] knows, from its own source, literals of which every match must contain
//! one (its gate): for `connect to Redis at (?P<hp>...)` that is `connect to redis at `.
//! A text without any of them cannot match, so the regex is neither compiled nor run.
//! The regex is compiled on first use that passes the gate and kept.
//!
//! The gate is read from the pattern's syntax by a small reader of the subset of the
//! regex syntax our patterns use; anything else gives no gate (the regex always runs).
//! Its tests compare it with `regex-syntax`'s own parse of every pattern we have.

use std::borrow::Cow;
use std::sync::OnceLock;

#[cfg(feature = "fast-regex")]
pub use regex::{Captures, Regex, RegexBuilder, Replacer, escape};
#[cfg(not(feature = "fast-regex"))]
pub use regex_lite::{Captures, Regex, RegexBuilder, Replacer, escape};

/// A regex, compiled on demand, with the literals that every match contains.
#[derive(Clone)]
pub struct Pattern {
    source: String,
    /// A parser pattern: case-insensitive, with ASCII word boundaries.
    parser: bool,
    /// What every match holds (see [`Gate`]); `None`: nothing known. Read from the
    /// source the first time the pattern is asked about a text.
    gate: OnceLock<Option<Gate>>,
    regex: OnceLock<Regex>,
}

impl std::fmt::Debug for Pattern {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Pattern")
            .field("source", &self.source)
            .field("gate", &self.gate)
            .finish()
    }
}

impl Pattern {
    /// A pattern of the message parser: matched without regard to case, and ASCII
    /// where Unicode would be wrong or slow (see [`ascii_classes`]).
    pub fn new(source: impl Into<String>) -> Pattern {
        Pattern::of(source.into(), true)
    }

    /// A pattern matched as written (its own `(?i)` flags apply).
    pub fn exact(source: impl Into<String>) -> Pattern {
        Pattern::of(source.into(), false)
    }

    fn of(source: String, parser: bool) -> Pattern {
        Pattern {
            source,
            parser,
            gate: OnceLock::new(),
            regex: OnceLock::new(),
        }
    }

    fn gate_literals(&self) -> Option<&Gate> {
        self.gate.get_or_init(|| gate_of(&self.source)).as_ref()
    }

    /// The compiled regex.
    #[allow(
        clippy::expect_used,
        reason = "constant patterns; every one is compiled by the tests (pattern::tests)"
    )]
    pub fn regex(&self) -> &Regex {
        self.regex.get_or_init(|| {
            let source = match self.parser {
                true => Cow::Owned(ascii_classes(&self.source)),
                false => Cow::Borrowed(self.source.as_str()),
            };
            let source = for_engine(&source, self.parser);
            RegexBuilder::new(&source)
                .case_insensitive(self.parser)
                .build()
                .expect("constant pattern compiles")
        })
    }

    /// Whether `text` may hold a match: it holds one of the gate's literals.
    pub fn may_match(&self, text: &str) -> bool {
        let Some(gate) = self.gate_literals() else {
            return true;
        };
        // The two characters outside ASCII that Unicode folds to ASCII letters (KELVIN
        // SIGN to k, LATIN SMALL LETTER LONG S to s) match the regex but not the gate.
        if folds_to_ascii(text) {
            return true;
        }
        gate.iter().any(|branch| {
            branch
                .iter()
                .all(|set| set.iter().any(|literal| contains_folded(text, literal)))
        })
    }

    /// The regex, when the text may match.
    fn for_text(&self, text: &str) -> Option<&Regex> {
        self.may_match(text).then(|| self.regex())
    }

    pub fn is_match(&self, text: &str) -> bool {
        self.for_text(text).is_some_and(|r| r.is_match(text))
    }

    pub fn captures<'t>(&self, text: &'t str) -> Option<Captures<'t>> {
        self.for_text(text)?.captures(text)
    }

    pub fn captures_iter<'r, 't>(&'r self, text: &'t str) -> impl Iterator<Item = Captures<'t>>
    where
        'r: 't,
    {
        self.for_text(text)
            .into_iter()
            .flat_map(move |r| r.captures_iter(text))
    }

    pub fn replace_all<'t, R: Replacer>(&self, text: &'t str, rep: R) -> Cow<'t, str> {
        match self.for_text(text) {
            Some(r) => r.replace_all(text, rep),
            None => Cow::Borrowed(text),
        }
    }

    /// The gate, for tests.
    #[cfg(test)]
    pub(crate) fn gate(&self) -> Option<&Gate> {
        self.gate_literals()
    }

    #[cfg(test)]
    pub(crate) fn source(&self) -> &str {
        &self.source
    }
}

/// The pattern as the regex engine reads it: regex's as it is; for regex-lite (see
/// [`lite_source`]) with the case of letters outside ASCII written out.
#[cfg(feature = "fast-regex")]
pub fn for_engine(source: &str, _case_insensitive: bool) -> Cow<'_, str> {
    Cow::Borrowed(source)
}

#[cfg(not(feature = "fast-regex"))]
pub fn for_engine(source: &str, case_insensitive: bool) -> Cow<'_, str> {
    Cow::Owned(lite_source(source, case_insensitive))
}

/// A pattern of the regex crate's syntax written for regex-lite, to match the same:
/// regex-lite has no classes inside classes (`[[0-9].]` is `[0-9.]`), no `u` flag
/// (its `\b` is ASCII already), and folds only ASCII letters without regard to case,
/// so a letter with case outside ASCII is written with its other case (`п` is `[пП]`)
/// where the pattern is matched without regard to case. That is regex's simple case
/// folding for the letters our patterns have; a test holds the two engines to the same
/// matches.
#[cfg_attr(
    feature = "fast-regex",
    allow(dead_code, reason = "tested against regex")
)]
pub(crate) fn lite_source(source: &str, case_insensitive: bool) -> String {
    let mut out = String::with_capacity(source.len() + 16);
    let mut chars = source.chars().peekable();
    // How deep inside a class we are (regex's nested classes are unions here).
    let mut class = 0usize;
    // Whether the pattern's own flags say case does not matter, as far as we follow
    // them: `(?i)`, `(?-i:...)`. A scope of `(?-i:` ends at the next `)` at its depth.
    let mut insensitive = vec![case_insensitive];
    while let Some(c) = chars.next() {
        match c {
            '\\' => {
                let Some(next) = chars.next() else {
                    out.push('\\');
                    break;
                };
                out.push('\\');
                out.push(next);
                // \x22, \x{..}: copied as they come, a character at a time.
            }
            '[' if class > 0 => {
                // A class inside a class: its items join the outer one.
                class += 1;
                if chars.next_if_eq(&'^').is_some() {
                    // A negated class inside a class is not one of ours: it stays
                    // nested, which regex-lite refuses to compile (every pattern is
                    // compiled by regex_lite_finds_what_regex_finds).
                    out.push_str("[^");
                }
            }
            '[' => {
                class = 1;
                out.push('[');
                if chars.next_if_eq(&'^').is_some() {
                    out.push('^');
                }
                // A `]` first in a class is a literal.
                if chars.next_if_eq(&']').is_some() {
                    out.push_str("\\]");
                }
            }
            ']' if class > 1 => class -= 1,
            ']' if class == 1 => {
                class = 0;
                out.push(']');
            }
            '(' if class == 0 => {
                out.push('(');
                if chars.peek() == Some(&'?') {
                    let mut flags = String::new();
                    let mut look = chars.clone();
                    look.next();
                    while let Some(f) = look.next_if(|f| f.is_ascii_alphabetic() || *f == '-') {
                        flags.push(f);
                    }
                    let end = look.peek().copied();
                    if matches!(end, Some(':') | Some(')')) && !flags.is_empty() {
                        chars = look;
                        let (on, off) = flags.split_once('-').unwrap_or((flags.as_str(), ""));
                        let kept: String = on.chars().filter(|f| *f != 'u').collect();
                        let kept_off: String = off.chars().filter(|f| *f != 'u').collect();
                        let now = insensitive.last().copied().unwrap_or(false);
                        let then = if on.contains('i') {
                            true
                        } else if off.contains('i') {
                            false
                        } else {
                            now
                        };
                        match end {
                            Some(':') => insensitive.push(then),
                            _ => {
                                if let Some(last) = insensitive.last_mut() {
                                    *last = then;
                                }
                            }
                        }
                        if kept.is_empty() && kept_off.is_empty() {
                            // Only `u`: a plain group, or nothing.
                            if end == Some(':') {
                                out.push_str("?:");
                            } else {
                                out.pop();
                            }
                        } else {
                            out.push('?');
                            out.push_str(&kept);
                            if !kept_off.is_empty() {
                                out.push('-');
                                out.push_str(&kept_off);
                            }
                        }
                        chars.next();
                        if end == Some(':') {
                            if !(kept.is_empty() && kept_off.is_empty()) {
                                out.push(':');
                            }
                        } else if !(kept.is_empty() && kept_off.is_empty()) {
                            out.push(')');
                        }
                        continue;
                    }
                }
                insensitive.push(insensitive.last().copied().unwrap_or(false));
            }
            ')' if class == 0 => {
                if insensitive.len() > 1 {
                    insensitive.pop();
                }
                out.push(')');
            }
            c if !c.is_ascii() && insensitive.last().copied().unwrap_or(false) => {
                let other = other_case(c);
                match (other, class) {
                    (Some(o), 0) => {
                        out.push('[');
                        out.push(c);
                        out.push(o);
                        out.push(']');
                    }
                    (Some(o), _) => {
                        // A range (`а-я`) is written again in the other case (`А-Я`).
                        let mut look = chars.clone();
                        if look.next_if_eq(&'-').is_some()
                            && let Some(end) = look.next().filter(|e| *e != ']')
                        {
                            chars = look;
                            out.push(c);
                            out.push('-');
                            out.push(end);
                            if let Some(oe) = other_case(end) {
                                out.push(o);
                                out.push('-');
                                out.push(oe);
                            }
                        } else {
                            out.push(c);
                            out.push(o);
                        }
                    }
                    (None, _) => out.push(c),
                }
            }
            c => out.push(c),
        }
    }
    out
}

/// A letter's one other case, when it has exactly one character.
fn other_case(c: char) -> Option<char> {
    let single = |mut it: std::iter::Peekable<std::vec::IntoIter<char>>| {
        let first = it.next()?;
        it.peek().is_none().then_some(first)
    };
    let lower = single(c.to_lowercase().collect::<Vec<_>>().into_iter().peekable());
    let upper = single(c.to_uppercase().collect::<Vec<_>>().into_iter().peekable());
    [lower, upper].into_iter().flatten().find(|o| *o != c)
}

/// A parser pattern with `\d`, `\w` and `\b` (and `\D`, `\W`) made ASCII.
///
/// Word boundaries: a keyword glued to CJK text ("日志dial tcp") still counts. Digits and
/// word characters: the parser reads folded text ([`crate::errtext::fold`]), in which
/// full-width digits and letters are ASCII already; an address or a port written in other
/// digits is no address, and a host name's characters are ASCII. Unicode's tables also
/// make a pattern several times slower to compile (a `\d{1,3}(?:\.\d{1,3}){3}` holds
/// twelve copies of every script's digits).
fn ascii_classes(source: &str) -> String {
    let mut out = String::with_capacity(source.len() + 32);
    let mut chars = source.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            // A class inside a class is a union: `[[0-9].]` is `[0-9.]`.
            Some('d') => out.push_str("[0-9]"),
            Some('D') => out.push_str("[^0-9]"),
            Some('w') => out.push_str("[0-9A-Za-z_]"),
            Some('W') => out.push_str("[^0-9A-Za-z_]"),
            Some('b') => out.push_str(r"(?-u:\b)"),
            Some(next) => {
                out.push('\\');
                out.push(next);
            }
            None => out.push('\\'),
        }
    }
    out
}

/// Whether `text` holds KELVIN SIGN (U+212A) or LATIN SMALL LETTER LONG S (U+017F),
/// the two characters outside ASCII that Unicode's case folding makes ASCII letters.
/// Looked for by their UTF-8 bytes: it runs for every pattern on every text.
fn folds_to_ascii(text: &str) -> bool {
    let hay = text.as_bytes();
    memchr::memchr2_iter(0xC5, 0xE2, hay).any(|i| match hay[i] {
        0xC5 => hay.get(i + 1) == Some(&0xBF),
        _ => hay.get(i + 1..i + 3) == Some(&[0x84, 0xAA][..]),
    })
}

/// Whether `text` contains `literal` (lowercase) with ASCII letters in either case.
fn contains_folded(text: &str, literal: &str) -> bool {
    let (hay, needle) = (text.as_bytes(), literal.as_bytes());
    let Some((&first, rest)) = needle.split_first() else {
        return true;
    };
    let mut from = 0;
    while let Some(i) = memchr::memchr2(first, first.to_ascii_uppercase(), &hay[from..]) {
        let at = from + i + 1;
        if hay
            .get(at..at + rest.len())
            .is_some_and(|w| w.eq_ignore_ascii_case(rest))
        {
            return true;
        }
        from = at;
    }
    false
}

/// The syntax that matters for the gate.
#[derive(Debug, PartialEq)]
pub(crate) enum Node {
    Literal(char),
    /// A flag setting such as `(?i)`: it matches nothing and joins the literals beside it.
    Flags,
    /// Anything that is not a literal: a class, `.`, an assertion.
    Other,
    Group(Box<Node>),
    Repeat {
        min: u32,
        node: Box<Node>,
    },
    Concat(Vec<Node>),
    Alternation(Vec<Node>),
}

/// What every match of a pattern holds: for one of its top-level alternatives, one
/// literal (lowercase) of each set. `connect to Redis at (\S+:\d+)|redis-py: (\d+)` is
/// `[[["connect to redis at "], [":"]], [["redis-py: "]]]`.
pub type Gate = Vec<Vec<Vec<String>>>;

fn gate_of(source: &str) -> Option<Gate> {
    let node = Reader::new(source).read()?;
    let alternatives: Vec<&Node> = match &node {
        Node::Alternation(a) => a.iter().collect(),
        other => vec![other],
    };
    let mut gate = Vec::new();
    for a in alternatives {
        // A set with a literal the gate cannot look for says nothing; a branch that
        // requires nothing lets every text through.
        let sets: Vec<Vec<String>> = all_required(a)
            .into_iter()
            .filter_map(|set| set.iter().map(|l| usable(l)).collect())
            .collect();
        if sets.is_empty() {
            return None;
        }
        gate.push(sets);
    }
    Some(gate)
}

/// Every set of literals of which a match of `node` holds one: each run of literals
/// and each item of a concatenation (where [`required`] keeps only the best).
fn all_required(node: &Node) -> Vec<Vec<String>> {
    match node {
        Node::Group(inner) => all_required(inner),
        Node::Concat(items) => concat_sets(items),
        other => required(other).into_iter().collect(),
    }
}

/// What a concatenation requires: every run of adjacent literals, and what any one
/// item requires.
fn concat_sets(items: &[Node]) -> Vec<Vec<String>> {
    let mut sets = Vec::new();
    let mut run = String::new();
    for item in items {
        match item {
            Node::Literal(c) => run.push(*c),
            Node::Flags => {}
            _ => {
                if !run.is_empty() {
                    sets.push(vec![std::mem::take(&mut run)]);
                }
                sets.extend(required(item));
            }
        }
    }
    if !run.is_empty() {
        sets.push(vec![run]);
    }
    sets
}

/// The longest piece of a required literal that the gate's ASCII-only case folding can
/// find: outside ASCII, a letter with case (Cyrillic "П") could match in another case.
fn usable(literal: &str) -> Option<String> {
    let cased = |c: char| !c.is_ascii() && (c.is_lowercase() || c.is_uppercase());
    literal
        .split(cased)
        .max_by_key(|piece| piece.chars().count())
        .filter(|piece| !piece.is_empty())
        .map(str::to_ascii_lowercase)
}

/// Literals of which every match of `node` contains one.
pub(crate) fn required(node: &Node) -> Option<Vec<String>> {
    match node {
        Node::Literal(c) => Some(vec![c.to_string()]),
        Node::Group(inner) => required(inner),
        Node::Repeat { min, node } if *min >= 1 => required(node),
        Node::Alternation(alternatives) => {
            let mut all = Vec::new();
            for a in alternatives {
                all.extend(required(a)?);
            }
            Some(all)
        }
        // Of all it requires, the set whose shortest literal is longest.
        Node::Concat(items) => concat_sets(items)
            .into_iter()
            .max_by_key(|set| set.iter().map(|l| l.chars().count()).min().unwrap_or(0)),
        _ => None,
    }
}

/// A reader of the regex syntax our patterns use. What it does not know ends the read
/// with `None`, and the pattern has no gate.
struct Reader<'a> {
    chars: std::iter::Peekable<std::str::Chars<'a>>,
}

impl<'a> Reader<'a> {
    fn new(source: &'a str) -> Reader<'a> {
        Reader {
            chars: source.chars().peekable(),
        }
    }

    fn read(mut self) -> Option<Node> {
        let node = self.alternation()?;
        self.chars.peek().is_none().then_some(node)
    }

    fn alternation(&mut self) -> Option<Node> {
        let mut alternatives = vec![self.concat()?];
        while self.chars.next_if_eq(&'|').is_some() {
            alternatives.push(self.concat()?);
        }
        Some(if alternatives.len() == 1 {
            alternatives.pop()?
        } else {
            Node::Alternation(alternatives)
        })
    }

    fn concat(&mut self) -> Option<Node> {
        let mut items = Vec::new();
        while let Some(&c) = self.chars.peek() {
            if c == '|' || c == ')' {
                break;
            }
            let atom = self.atom()?;
            let item = match self.quantifier()? {
                Some(min) => Node::Repeat {
                    min,
                    node: Box::new(atom),
                },
                None => atom,
            };
            items.push(item);
        }
        Some(match items.len() {
            0 => Node::Other,
            1 => items.pop()?,
            _ => Node::Concat(items),
        })
    }

    /// The least number of repetitions a quantifier allows, if one follows.
    fn quantifier(&mut self) -> Option<Option<u32>> {
        let min = match self.chars.peek() {
            Some('?' | '*') => {
                self.chars.next();
                0
            }
            Some('+') => {
                self.chars.next();
                1
            }
            Some('{') => {
                self.chars.next();
                let min = self.number()?;
                if self.chars.next_if_eq(&',').is_some() && self.chars.peek() != Some(&'}') {
                    self.number()?;
                }
                (self.chars.next()? == '}').then_some(())?;
                min
            }
            _ => return Some(None),
        };
        // A lazy quantifier has the same least count.
        self.chars.next_if_eq(&'?');
        Some(Some(min))
    }

    fn number(&mut self) -> Option<u32> {
        let mut digits = String::new();
        while let Some(d) = self.chars.next_if(char::is_ascii_digit) {
            digits.push(d);
        }
        digits.parse().ok()
    }

    fn atom(&mut self) -> Option<Node> {
        match self.chars.next()? {
            '(' => self.group(),
            '[' => {
                self.class()?;
                Some(Node::Other)
            }
            '\\' => self.escape(),
            '.' | '^' | '$' => Some(Node::Other),
            '?' | '*' | '+' | '{' | '}' | ']' => None,
            c => Some(Node::Literal(c)),
        }
    }

    fn group(&mut self) -> Option<Node> {
        if self.chars.next_if_eq(&'?').is_some() {
            match self.chars.peek()? {
                'P' | '<' => {
                    self.chars.next_if_eq(&'P');
                    (self.chars.next()? == '<').then_some(())?;
                    while self.chars.next()? != '>' {}
                }
                _ => {
                    // Flags: (?i) sets them for the rest; (?-i:...) is a group. Extended
                    // mode (x) changes what whitespace means: not read.
                    loop {
                        match self.chars.next()? {
                            ':' => break,
                            ')' => return Some(Node::Flags),
                            'i' | 'm' | 's' | 'u' | 'U' | 'R' | '-' => {}
                            _ => return None,
                        }
                    }
                }
            }
        }
        let inner = self.alternation()?;
        (self.chars.next()? == ')').then_some(Node::Group(Box::new(inner)))
    }

    /// Skips a bracketed class, nested classes and `[:name:]` included.
    fn class(&mut self) -> Option<()> {
        let mut depth = 1;
        self.chars.next_if_eq(&'^');
        // A `]` first in a class is a literal.
        self.chars.next_if_eq(&']');
        while depth > 0 {
            match self.chars.next()? {
                '\\' => {
                    self.chars.next()?;
                }
                '[' => depth += 1,
                ']' => depth -= 1,
                _ => {}
            }
        }
        Some(())
    }

    fn escape(&mut self) -> Option<Node> {
        let c = self.chars.next()?;
        Some(match c {
            'x' => {
                let mut hex = String::new();
                if self.chars.next_if_eq(&'{').is_some() {
                    while let Some(h) = self.chars.next_if(|&h| h != '}') {
                        hex.push(h);
                    }
                    self.chars.next()?;
                } else {
                    for _ in 0..2 {
                        hex.push(self.chars.next()?);
                    }
                }
                Node::Literal(char::from_u32(u32::from_str_radix(&hex, 16).ok()?)?)
            }
            'n' => Node::Literal('\n'),
            't' => Node::Literal('\t'),
            'r' => Node::Literal('\r'),
            'd' | 'D' | 'w' | 'W' | 's' | 'S' | 'b' | 'B' | 'A' | 'z' | '<' | '>' => Node::Other,
            'p' | 'P' => {
                if self.chars.next()? == '{' {
                    while self.chars.next()? != '}' {}
                }
                Node::Other
            }
            c if c.is_ascii_punctuation() => Node::Literal(c),
            _ => return None,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use regex_syntax::ast::{self, Ast, RepetitionKind, RepetitionRange};

    proptest::proptest! {
        /// The byte search finds the two characters where `str::contains` does.
        #[test]
        fn folds_to_ascii_is_contains(text in "[a\u{212A}\u{17F}\u{2129}\u{17E}\u{C5}\u{E2}é中 ]{0,8}") {
            proptest::prop_assert_eq!(
                folds_to_ascii(&text),
                text.contains(['\u{212A}', '\u{17F}'])
            );
        }
    }

    /// The same syntax as `regex-syntax` reads it.
    fn reference(source: &str) -> Option<Node> {
        fn node(a: &Ast) -> Node {
            match a {
                Ast::Literal(l) => Node::Literal(l.c),
                Ast::Flags(_) => Node::Flags,
                Ast::Group(g) => Node::Group(Box::new(node(&g.ast))),
                Ast::Repetition(r) => Node::Repeat {
                    min: match &r.op.kind {
                        RepetitionKind::ZeroOrOne | RepetitionKind::ZeroOrMore => 0,
                        RepetitionKind::OneOrMore => 1,
                        RepetitionKind::Range(
                            RepetitionRange::Exactly(n)
                            | RepetitionRange::AtLeast(n)
                            | RepetitionRange::Bounded(n, _),
                        ) => *n,
                    },
                    node: Box::new(node(&r.ast)),
                },
                Ast::Concat(c) => Node::Concat(c.asts.iter().map(node).collect()),
                Ast::Alternation(a) => Node::Alternation(a.asts.iter().map(node).collect()),
                _ => Node::Other,
            }
        }
        ast::parse::Parser::new()
            .parse(source)
            .ok()
            .map(|a| node(&a))
    }

    /// Every pattern of the crate: its reader's syntax is `regex-syntax`'s, its gate is
    /// the one the reference gives, and it compiles.
    #[test]
    fn every_pattern_reads_as_regex_syntax_reads_it_and_compiles() {
        let all = crate::errtext::patterns()
            .into_iter()
            .chain(crate::secrets::patterns());
        let mut gated = 0;
        let mut total = 0;
        for p in all {
            total += 1;
            let ours = Reader::new(p.source()).read();
            assert_eq!(ours, reference(p.source()), "{}", p.source());
            assert!(ours.is_some(), "the gate reader knows {}", p.source());
            let _ = p.regex();
            if p.gate().is_some() {
                gated += 1;
            }
        }
        assert!(total > 100, "{total} patterns");
        // Nearly all patterns have a gate; the few without are loose shapes.
        assert!(gated * 10 > total * 9, "{gated} of {total} have a gate");
    }

    /// The real messages of the corpora, folded as the parser reads them (`true`) and
    /// as they came (`false`).
    fn corpus() -> Vec<(bool, String)> {
        let files = [
            include_str!("../tests/fixtures/error_messages.toml"),
            include_str!("../tests/heldout/messages.toml"),
            include_str!("../tests/heldout/messages-2.toml"),
            include_str!("../tests/heldout/messages-3.toml"),
            include_str!("../tests/heldout/messages-4.toml"),
            include_str!("../tests/heldout/messages-5.toml"),
            include_str!("../tests/heldout/messages-6.toml"),
        ];
        let mut texts = Vec::new();
        for file in files {
            let Ok(doc) = file.parse::<toml::Table>() else {
                panic!("a corpus file does not parse");
            };
            for key in ["case", "message"] {
                for case in doc
                    .get(key)
                    .and_then(|v| v.as_array())
                    .into_iter()
                    .flatten()
                {
                    if let Some(text) = case.get("text").and_then(|t| t.as_str()) {
                        texts.push((true, crate::errtext::fold::fold(text)));
                        texts.push((false, text.to_string()));
                    }
                }
            }
        }
        texts
    }

    /// regex-lite, with our patterns written for it ([`lite_source`]), finds what the
    /// regex crate finds, capture for capture, in every message of the corpora: the
    /// web edition reads messages as the native programs do.
    #[test]
    fn regex_lite_finds_what_regex_finds() {
        let texts = corpus();
        assert!(texts.len() > 1000, "{} texts", texts.len());
        let all = crate::errtext::patterns()
            .into_iter()
            .chain(crate::secrets::patterns());
        let mut compared = 0;
        for p in all {
            let full = p.regex();
            let source = match p.parser {
                true => ascii_classes(p.source()),
                false => p.source().to_string(),
            };
            let lite = match regex_lite::RegexBuilder::new(&lite_source(&source, p.parser))
                .case_insensitive(p.parser)
                .build()
            {
                Ok(r) => r,
                Err(e) => panic!("regex-lite does not read {}: {e}", p.source()),
            };
            // As the parser runs them: parser patterns on folded text, the others on the
            // text as it came, where their gate lets it through.
            let theirs = texts
                .iter()
                .filter(|(folded, _)| *folded == p.parser)
                .map(|(_, t)| t)
                .filter(|t| p.may_match(t));
            for text in theirs {
                let a: Vec<Vec<Option<(usize, usize)>>> = full
                    .captures_iter(text)
                    .map(|c| c.iter().map(|m| m.map(|m| (m.start(), m.end()))).collect())
                    .collect();
                let b: Vec<Vec<Option<(usize, usize)>>> = lite
                    .captures_iter(text)
                    .map(|c| c.iter().map(|m| m.map(|m| (m.start(), m.end()))).collect())
                    .collect();
                assert_eq!(a, b, "{}\non: {text}", p.source());
                compared += 1;
            }
        }
        assert!(compared > 10_000, "{compared}");
    }

    #[test]
    fn patterns_written_for_regex_lite() {
        assert_eq!(lite_source(r"[[0-9].]x", true), r"[0-9.]x");
        assert_eq!(lite_source(r"(?-u:\b)a(?-u:\b)", true), r"(?:\b)a(?:\b)");
        assert_eq!(lite_source(r"(?m:^a)(?-i:-h)", true), r"(?m:^a)(?-i:-h)");
        assert_eq!(lite_source(r"порт", true), "[пП][оО][рР][тТ]");
        assert_eq!(lite_source(r"порт", false), "порт");
        assert_eq!(lite_source(r"(?-i:ё)x", true), "(?-i:ё)x");
        assert_eq!(lite_source(r"[а-яё]", true), "[а-яА-ЯёЁ]");
        assert_eq!(lite_source(r"端口(?P<p>\d+)", true), r"端口(?P<p>\d+)");
        let r = regex_lite::RegexBuilder::new(&lite_source(r"порт[а-яё]*\s*(?P<p>\d+)", true))
            .case_insensitive(true)
            .build()
            .ok();
        assert_eq!(
            r.and_then(|r| r.captures("ПОРТА 5432").map(|c| c["p"].to_string())),
            Some("5432".to_string())
        );
    }

    fn gate(branches: &[&[&[&str]]]) -> Gate {
        branches
            .iter()
            .map(|b| {
                b.iter()
                    .map(|set| set.iter().map(|l| l.to_string()).collect())
                    .collect()
            })
            .collect()
    }

    #[test]
    fn a_gate_is_what_every_match_holds() {
        let p = Pattern::new(r"connect to Redis at (?P<hp>[\w.]+:\d+)");
        assert_eq!(
            p.gate(),
            Some(&gate(&[&[&["connect to redis at "], &[":"]]]))
        );
        assert!(p.may_match("Could not CONNECT TO REDIS AT 1.2.3.4:6379"));
        assert!(!p.may_match("Could not connect to redis on 1.2.3.4:6379"));
        assert!(
            p.captures("Could not CONNECT TO REDIS AT 1.2.3.4:6379")
                .is_some()
        );
        assert!(p.captures("connect to redis on 1.2.3.4:6379").is_none());

        // An alternation needs a literal in every branch; every part of a concatenation
        // is required; an optional part requires nothing.
        let p = Pattern::new(r"(?:refused it|to respond)\.?\s+(?P<hp>\S+:\d+)");
        assert_eq!(
            p.gate(),
            Some(&gate(&[&[&["refused it", "to respond"], &[":"]]]))
        );
        assert_eq!(Pattern::new(r"a|\d+").gate(), None);
        assert_eq!(Pattern::new(r"(?:abc)?x").gate(), Some(&gate(&[&[&["x"]]])));
        assert_eq!(
            Pattern::new(r"(?:abc){2,}x").gate(),
            Some(&gate(&[&[&["abc"], &["x"]]]))
        );
        // Escapes are the characters they stand for.
        assert_eq!(
            Pattern::new(r"\x22a\.b\(").gate(),
            Some(&gate(&[&[&["\"a.b("]]]))
        );
        // Each alternative is gated on all it requires: "curl: (6)" needs both parts.
        let p = Pattern::new(r"\benotfound\b|\bcurl: ?\(6\)");
        assert_eq!(
            p.gate(),
            Some(&gate(&[&[&["enotfound"]], &[&["curl:"], &["(6)"]]]))
        );
        assert!(!p.may_match("curl: (7) Failed to connect"));
        assert!(p.is_match("curl: (6) Could not resolve host"));
    }

    #[test]
    fn letters_outside_ascii_with_case_are_not_gated_on() {
        // (?i)п matches П, which ASCII folding cannot see: the gate keeps the rest.
        let p = Pattern::new(r"порт (?P<p>\d+)");
        assert_eq!(p.gate(), Some(&gate(&[&[&[" "]]])));
        assert!(p.is_match("ПОРТ 22"));
        // Without case, CJK literals are gates as they are.
        let p = Pattern::new(r"端口\s*(?P<p>\d+)");
        assert_eq!(p.gate(), Some(&gate(&[&[&["端口"]]])));
        assert!(p.is_match("端口 22"));
        assert!(!p.may_match("port 22"));
        // The Kelvin sign folds to k: no gate stops it.
        let p = Pattern::new(r"kafka");
        assert!(p.is_match("\u{212A}afka"));
    }

    #[test]
    fn case_sensitive_patterns_keep_their_case_and_their_gate() {
        let p = Pattern::exact(r"(?i)\bbearer\s+(\S+)");
        assert!(p.is_match("Authorization: Bearer abcdef"));
        let p = Pattern::exact(r"Bearer");
        assert!(!p.is_match("bearer"));
        assert!(p.may_match("bearer"));
    }

    #[test]
    fn syntax_the_reader_does_not_know_gives_no_gate() {
        for source in [r"(?x) a b", r"a{", r"(a", r"\Qa", r"a)"] {
            assert_eq!(Reader::new(source).read(), None, "{source}");
        }
    }

    #[test]
    fn parser_classes_are_ascii_and_escapes_stay_escapes() {
        assert_eq!(
            ascii_classes(r"\bport [\w.\-]+:\d+\\d\D\W\."),
            r"(?-u:\b)port [[0-9A-Za-z_].\-]+:[0-9]+\\d[^0-9][^0-9A-Za-z_]\."
        );
        let p = Pattern::new(r"port (?P<p>\d+)\b");
        assert!(p.is_match("PORT 22"));
        // Arabic-Indic digits are no port; a port glued to CJK text still ends a word.
        assert!(!p.is_match("port ٢٢"));
        assert!(p.is_match("port 22端口"));
    }

    #[test]
    fn folded_search_finds_literals_anywhere_in_either_case() {
        assert!(contains_folded("xxAbC", "abc"));
        assert!(contains_folded("abab abc", "abc"));
        assert!(!contains_folded("ab", "abc"));
        assert!(contains_folded("日志DIAL tcp", "dial tcp"));
        assert!(contains_folded("", ""));
    }
}
