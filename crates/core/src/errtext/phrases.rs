//! The table of system messages in every language: what strerror and gai_strerror say
//! (glibc's translations), Chromium's error pages and Windows' socket messages, with
//! the kind of failure each one means. `scripts/l10n/gen-phrases.py` generates the
//! table (`crates/core/data/phrases.tsv`) from those sources; nothing in it is typed
//! by hand.
//!
//! A template is compared in [`key`] form: a message matches when every literal piece
//! of a template (the text between its placeholders) is in the pasted text, so
//! punctuation, spacing, line breaks and the placeholders' values do not matter. Pieces
//! shorter than [`table::MIN_PIECE`] letters are too common to count. A template whose host is
//! a placeholder (`{host} 拒绝了我们的连接请求。`) also says where the host is.

use std::borrow::Cow;
use std::sync::{LazyLock, OnceLock};

use crate::pattern::{Regex, RegexBuilder, escape};

use super::Failure;
#[cfg(test)]
use super::fold::fold;
use super::fold::{LETTERS, key};
use super::table;

/// The table's source; the crate holds it keyed (see [`TABLE_READ`]).
#[cfg(test)]
const TABLE: &str = include_str!("../../data/phrases.tsv");

/// The fewest letters a template must have to say which program printed the text.
const MIN_CLIENT_LETTERS: usize = 16;

/// What a template means.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Meaning {
    Kind(Failure),
    /// A failure to connect whose kind the words do not say (Chromium's "This site
    /// can't be reached").
    Unsaid,
}

struct Template {
    meaning: Meaning,
    source: &'static str,
    /// Indexes into [`Table::pieces`].
    pieces: Vec<usize>,
    /// The template in key form with its placeholders, when it has a host or address
    /// placeholder (made into a regex the first time the template matches, and kept).
    host: Option<Cow<'static, str>>,
    host_regex: OnceLock<Option<Regex>>,
}

struct Table {
    templates: Vec<Template>,
    /// Every template's pieces, in [`key`] form (a piece two templates have, twice).
    pieces: Vec<Cow<'static, str>>,
    /// The pieces by their first two characters ([`pair`]), in that order.
    by_start: Vec<(u64, usize)>,
    /// The longest piece's length in bytes: no cut piece starts further from the end.
    longest: usize,
}

/// Two characters as one number, for [`Table::by_start`].
fn pair(a: char, b: char) -> u64 {
    (u64::from(a) << 32) | u64::from(b)
}

impl Table {
    /// The pieces that start with these two characters.
    fn starting(&self, a: char, b: char) -> impl Iterator<Item = (usize, &str)> {
        let key = pair(a, b);
        let from = self.by_start.partition_point(|(k, _)| *k < key);
        self.by_start[from..]
            .iter()
            .take_while(move |(k, _)| *k == key)
            .filter_map(|(_, id)| Some((*id, self.pieces.get(*id)?.as_ref())))
    }

    /// Whether two pieces are the same text.
    fn same(&self, a: usize, b: usize) -> bool {
        a == b
            || self
                .pieces
                .get(a)
                .is_some_and(|p| self.pieces.get(b) == Some(p))
    }

    /// How many letters a template's pieces have together.
    fn letters(&self, template: &Template) -> usize {
        let piece = |id: &usize| self.pieces.get(*id).map_or(0, |p| table::weight(p));
        template.pieces.iter().map(piece).sum()
    }
}

fn meaning_of(kind: &str) -> Option<Meaning> {
    Some(Meaning::Kind(match kind {
        "refused" => Failure::Refused,
        "timeout" => Failure::Timeout,
        "unreachable" => Failure::Unreachable,
        "reset" => Failure::Reset,
        "dns" => Failure::Dns,
        "tls" => Failure::Tls,
        "any" => return Some(Meaning::Unsaid),
        _ => return None,
    }))
}

/// What may stand between two letters of a template's key form in the text: no letter
/// or digit of ASCII or of [`LETTERS`]' blocks (the spaces, punctuation and marks
/// that the key leaves out), as few as can be.
static BETWEEN: LazyLock<String> = LazyLock::new(|| {
    let mut class = String::from("[^0-9A-Za-z");
    for (lo, hi) in LETTERS {
        class.push_str(&format!("\\x{{{:X}}}-\\x{{{:X}}}", lo as u32, hi as u32));
    }
    class.push_str("]*?");
    class
});

/// A regex that finds the template (in key form, its placeholders kept:
/// [`table::keyed_template`]) in folded text, its host as group `h`: its letters in
/// order, with [`BETWEEN`] beside each one and each placeholder.
fn host_regex(template: &str) -> Option<Regex> {
    let mut parts: Vec<String> = Vec::new();
    // The placeholders that have their group already: a second one is any text.
    let mut named: Vec<&str> = Vec::new();
    for (i, part) in table::parts(template).enumerate() {
        if i % 2 == 0 {
            if table::is_keyed(part) {
                // In key form: each letter as it is, whatever stands beside it.
                parts.extend(part.chars().map(|c| escape(c.encode_utf8(&mut [0; 4]))));
            } else if !part.is_empty() {
                // What stands between two placeholders, as it is (`{addr}:{port}`).
                let words: Vec<String> = part.split_whitespace().map(escape).collect();
                parts.push(words.join(r"\s*"));
            }
            continue;
        }
        let group = match part {
            _ if named.contains(&part) => r".{0,80}?",
            // wget prints the host as "name (name)" where the template says %s.
            "host" => {
                r"[\x22'‘“«]?(?P<h>\[[0-9A-Fa-f:.%]+\]|[A-Za-z0-9][A-Za-z0-9_\-.]*)[\x22'’”»]?(?:\s?\([A-Za-z0-9_\-.]+\))?"
            }
            "addr" => r"\[?(?P<a>[0-9A-Fa-f:.%]*[0-9A-Fa-f])\]?",
            "port" => r"(?P<p>\d{1,5})",
            _ => r".{0,80}?",
        };
        named.push(part);
        parts.push(group.to_string());
    }
    let pattern = parts.join(BETWEEN.as_str());
    RegexBuilder::new(&crate::pattern::for_engine(&pattern, true))
        .case_insensitive(true)
        .build()
        .ok()
}

/// The built-in table, keyed when the crate was built (`build.rs`, [`table`]).
static TABLE_READ: LazyLock<Table> = LazyLock::new(|| {
    table_of(table::read(include_str!(concat!(
        env!("OUT_DIR"),
        "/phrases.keyed"
    ))))
});

/// A table in the `phrases.tsv` form, for tests.
#[cfg(test)]
fn read(tsv: &str) -> Table {
    table_of(table::keyed(tsv))
}

fn table_of(keyed: table::Keyed<'static>) -> Table {
    let templates = keyed
        .rows
        .into_iter()
        .filter_map(|r| {
            Some(Template {
                meaning: meaning_of(r.kind)?,
                source: r.source,
                pieces: r.pieces,
                host: r.host,
                host_regex: OnceLock::new(),
            })
        })
        .collect();
    let mut by_start: Vec<(u64, usize)> = keyed
        .pieces
        .iter()
        .enumerate()
        .filter_map(|(id, piece)| {
            let mut chars = piece.chars();
            // Every piece has two characters or more: it weighs table::MIN_PIECE, and
            // one character weighs two at most.
            Some((pair(chars.next()?, chars.next()?), id))
        })
        .collect();
    by_start.sort_unstable();
    Table {
        templates,
        longest: keyed.pieces.iter().map(|p| p.len()).max().unwrap_or(0),
        pieces: keyed.pieces,
        by_start,
    }
}

/// The templates whose every piece is in the text.
fn matching<'t>(table: &'t Table, folded: &str) -> Vec<&'t Template> {
    let mut found = vec![false; table.pieces.len()];
    let keyed = key(folded);
    // Leftmost-longest, without overlaps: a piece inside a longer one of another
    // template (de "ist nicht erreichbar" inside "Die Website ist nicht erreichbar")
    // does not count.
    let mut at = 0;
    while let Some(rest) = keyed.get(at..) {
        let mut chars = rest.chars();
        let (Some(a), Some(b)) = (chars.next(), chars.next()) else {
            break;
        };
        // The longest piece here, as many times as templates have it.
        let longest = table
            .starting(a, b)
            .filter(|(_, piece)| rest.starts_with(piece))
            .map(|(_, piece)| piece.len())
            .max();
        match longest {
            Some(len) => {
                let here = table.starting(a, b).filter(|(_, p)| p.len() == len);
                for (id, _) in here.filter(|(_, p)| rest.starts_with(p)) {
                    if let Some(slot) = found.get_mut(id) {
                        *slot = true;
                    }
                }
                at += len;
            }
            None => at += a.len_utf8(),
        }
    }
    let truncated = truncated_piece(table, &keyed);
    let garbled = is_garbled(folded).then(|| skeleton(&keyed));
    table
        .templates
        .iter()
        .filter(|t| {
            let found_at = |p: &usize| found.get(*p).copied().unwrap_or(false);
            t.pieces.iter().all(found_at)
                // Cut short where the text ends: the pieces before the cut are there.
                || truncated.is_some_and(|cut| {
                    t.pieces
                        .iter()
                        .position(|p| table.same(*p, cut))
                        .is_some_and(|i| t.pieces.iter().take(i).all(found_at))
                })
                || garbled
                    .as_deref()
                    .is_some_and(|text| garbled_match(table, t, text))
        })
        .collect()
}

/// The fewest letters of a piece that the end of a text must hold for the piece to count
/// as cut short there: an issue's title, a log line or a dialog cut at its length limit
/// ("Uma tentativa de conexão falhou porque o componente conectado não respondeu
/// corretamente após um período de tempo ou a conexão estabelecida falhou porque o ").
const MIN_TRUNCATED: usize = 32;

/// The piece that the end of the keyed text begins, when the text stops inside it
/// (longest first), and the part there is long enough to say which message it was.
fn truncated_piece(table: &Table, keyed: &str) -> Option<usize> {
    // Only the last so many characters can start a cut piece: no piece is longer.
    let from = (keyed.len().saturating_sub(table.longest)..keyed.len())
        .find(|i| keyed.is_char_boundary(*i))
        .unwrap_or(keyed.len());
    // The starts whose rest weighs enough, shortest rest first (weighed once, from the
    // end), then tried longest first.
    let mut weight = 0;
    let mut starts = Vec::new();
    for (i, c) in keyed.get(from..)?.char_indices().rev() {
        weight += table::weight(c.encode_utf8(&mut [0; 4]));
        if weight >= MIN_TRUNCATED {
            starts.push(from + i);
        }
    }
    starts.into_iter().rev().find_map(|at| {
        let rest = keyed.get(at..)?;
        let mut chars = rest.chars();
        let (a, b) = (chars.next()?, chars.next()?);
        table
            .starting(a, b)
            .find(|(_, p)| p.len() > rest.len() && p.starts_with(rest))
            .map(|(id, _)| id)
    })
}

/// Whether the text's letters were garbled on their way (a message in one code page
/// read as another): replacement characters (`n�a pu �tre �tablie`), UTF-8 read as
/// Windows-1252 (`nÃ£o`, `lâ€™ordinateur`), or question marks inside words
/// (`n?a pu ?tre`).
fn is_garbled(text: &str) -> bool {
    if text.contains('\u{FFFD}') || text.contains("Ã") || text.contains("â€") {
        return true;
    }
    text.match_indices('?')
        .filter(|(i, _)| {
            let before = text[..*i].chars().next_back();
            let after = text[i + 1..].chars().next();
            before.is_some_and(char::is_alphabetic) && after.is_some_and(char::is_alphabetic)
        })
        .nth(1)
        .is_some()
}

/// The ASCII letters and digits of a keyed text: what survives any garbling of the
/// others.
fn skeleton(keyed: &str) -> String {
    keyed.chars().filter(char::is_ascii_alphanumeric).collect()
}

/// The fewest ASCII letters a template must keep to be matched in garbled text.
const MIN_SKELETON: usize = 24;

/// Whether a template's ASCII letters are all in the garbled text's, piece by piece. A
/// piece that is mostly other letters (Cyrillic, Han) says nothing once garbled: such a
/// template never matches this way.
fn garbled_match(table: &Table, template: &Template, text: &str) -> bool {
    let mut kept = 0;
    for id in &template.pieces {
        let Some(piece) = table.pieces.get(*id) else {
            return false;
        };
        let ascii = skeleton(piece);
        if ascii.len() * 10 < piece.chars().count() * 7 || !text.contains(&ascii) {
            return false;
        }
        kept += ascii.len();
    }
    kept >= MIN_SKELETON
}

/// The share of a Chinese, Japanese or Korean template's character pairs that a text
/// must hold for the template to count as retyped there.
const NEAR_SHARE: f64 = 0.75;
/// The fewest character pairs such a template must have.
const NEAR_PAIRS: usize = 10;

/// The kind of failure of the system message in Chinese, Japanese or Korean that the
/// text holds nearly, when it holds none exactly: a message a user typed again with a
/// word changed or left out ("由于连接方在一段时间后正确答复或者连接的主机没有响应…"). In
/// these languages two characters side by side are about a word, so a template counts
/// when most of its pairs are in the text ([`NEAR_SHARE`]), and its kind when no
/// template of another kind comes close. Letters of other scripts pair up in every
/// long text; their templates never count this way.
pub fn nearly_in_text(folded: &str) -> Option<Failure> {
    let keyed = key(folded);
    let chars: Vec<char> = keyed.chars().collect();
    if !chars.iter().any(|c| super::fold::is_cjk(*c)) {
        return None;
    }
    let pairs: std::collections::HashSet<(char, char)> =
        chars.windows(2).map(|w| (w[0], w[1])).collect();
    let table = &*TABLE_READ;
    let mut scores: Vec<(f64, Failure)> = Vec::new();
    for t in &table.templates {
        let Meaning::Kind(kind) = t.meaning else {
            continue;
        };
        let (mut all, mut held) = (0usize, 0usize);
        for piece in t.pieces.iter().filter_map(|p| table.pieces.get(*p)) {
            let cjk = piece.chars().filter(|c| super::fold::is_cjk(*c)).count();
            if cjk * 10 < piece.chars().count() * 8 {
                all = 0;
                break;
            }
            for pair in piece.chars().zip(piece.chars().skip(1)) {
                all += 1;
                held += usize::from(pairs.contains(&pair));
            }
        }
        if all >= NEAR_PAIRS {
            scores.push((held as f64 / all as f64, kind));
        }
    }
    let best = scores
        .iter()
        .copied()
        .filter(|(share, _)| *share >= NEAR_SHARE)
        .max_by(|a, b| a.0.total_cmp(&b.0))?;
    let rival = scores
        .iter()
        .any(|(share, kind)| *kind != best.1 && *share > best.0 - 0.1);
    (!rival).then_some(best.1)
}

/// The system messages a text holds: read once per text, then asked what they mean.
pub struct Matches<'t> {
    table: &'t Table,
    templates: Vec<&'t Template>,
}

/// The system messages of the built-in table that the folded text holds.
pub fn in_text(folded: &str) -> Matches<'static> {
    Matches {
        table: &TABLE_READ,
        templates: matching(&TABLE_READ, folded),
    }
}

impl Matches<'_> {
    /// The kinds of failure they mean.
    pub fn kinds(&self) -> impl Iterator<Item = Failure> + '_ {
        self.templates.iter().filter_map(|t| match t.meaning {
            Meaning::Kind(k) => Some(k),
            Meaning::Unsaid => None,
        })
    }

    /// The program whose own words they are, in any language: a browser's error page,
    /// psql (libpq), wget.
    pub fn client(&self) -> Option<&'static str> {
        // Words as common as "Connecting to" (wget's, and nginx's "while connecting to
        // upstream") name no program.
        self.templates
            .iter()
            .filter(|t| self.table.letters(t) >= MIN_CLIENT_LETTERS)
            .find_map(|t| match t.source {
                "chromium" => Some("browser"),
                "libpq" => Some("postgresql"),
                "wget" => Some("wget"),
                "git" => Some("git"),
                _ => None,
            })
    }

    /// The place one of them names (`{host} 拒绝了我们的连接请求。`, libpq's `… "{host}"
    /// ({addr}), port {port} …` in the user's language), in `folded`, the same text.
    pub fn place(&self, folded: &str) -> Option<Place> {
        self.templates.iter().find_map(|t| place_of(t, folded))
    }
}

/// Where a template says the connection went: its host, the address that name had,
/// and the port, as far as the template names them.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Place {
    pub host: Option<String>,
    pub address: Option<String>,
    pub port: Option<u16>,
}

fn place_of(template: &Template, folded: &str) -> Option<Place> {
    let regex = template
        .host_regex
        .get_or_init(|| host_regex(template.host.as_deref()?));
    let c = regex.as_ref()?.captures(folded)?;
    let get = |name: &str| c.name(name).map(|m| m.as_str().to_string());
    let place = Place {
        host: get("h"),
        address: get("a"),
        port: get("p")
            .and_then(|p| p.parse::<u16>().ok())
            .filter(|p| *p > 0),
    };
    (place.host.is_some() || place.address.is_some()).then_some(place)
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &str = "# a test table\n\
        refused\ten\tglibc\tConnection refused\n\
        refused\tzh-CN\tchromium\t{host} 拒绝了我们的连接请求。\n\
        refused\tzh-CN\twindows\t由于目标计算机积极拒绝，无法连接。\n\
        dns\tde\tglibc\tName oder Dienst nicht bekannt\n\
        any\ten\tchromium\tThis site can’t be reached\n\
        any\tde\tchromium\tDie Website ist nicht erreichbar\n\
        unreachable\tde\tchromium\t{host} ist nicht erreichbar.\n\
        refused\txx\tglibc\tab\n";

    fn kinds(table: &Table, text: &str) -> Vec<Meaning> {
        matching(table, &fold(text))
            .into_iter()
            .map(|t| t.meaning)
            .collect()
    }

    #[test]
    fn a_message_matches_whatever_its_punctuation_and_case() {
        let t = read(SAMPLE);
        let refused = vec![Meaning::Kind(Failure::Refused)];
        assert_eq!(
            kinds(&t, "由于目标计算机积极拒绝,无法连接 127.0.0.1:7890"),
            refused
        );
        assert_eq!(kinds(&t, "CONNECTION\nREFUSED"), refused);
        assert_eq!(
            kinds(&t, "Name oder Dienst nicht bekannt."),
            vec![Meaning::Kind(Failure::Dns)]
        );
        assert_eq!(
            kinds(&t, "This site can't be reached"),
            vec![Meaning::Unsaid]
        );
        assert!(
            kinds(&t, "ab").is_empty(),
            "a piece shorter than 4 letters never counts"
        );
        assert_eq!(
            kinds(&t, "Die Website ist nicht erreichbar"),
            vec![Meaning::Unsaid]
        );
        assert_eq!(
            kinds(&t, "db1 ist nicht erreichbar."),
            vec![Meaning::Kind(Failure::Unreachable)]
        );
    }

    #[test]
    fn a_template_finds_its_host() {
        let t = read(SAMPLE);
        let folded = fold("无法访问此网站localhost 拒绝了我们的连接请求。");
        let place = matching(&t, &folded)
            .into_iter()
            .find_map(|t| place_of(t, &folded));
        assert_eq!(place.and_then(|p| p.host).as_deref(), Some("localhost"));
    }

    #[test]
    fn a_template_finds_host_address_and_port() {
        let t = read(
            "any\tes\tlibpq\tfalló la conexión al servidor en «{host}» ({addr}), puerto {port}:\n",
        );
        let folded = fold(
            "psql: error: falló la conexión al servidor en «db1.example.com» (10.0.0.5), puerto 5433: Conexión rehusada",
        );
        let place = matching(&t, &folded)
            .into_iter()
            .find_map(|t| place_of(t, &folded));
        assert_eq!(
            place,
            Some(Place {
                host: Some("db1.example.com".into()),
                address: Some("10.0.0.5".into()),
                port: Some(5433)
            })
        );
    }

    #[test]
    fn garbled_text_is_told_from_questions() {
        assert!(is_garbled("n?a pu ?tre ?tablie car l?ordinateur"));
        assert!(!is_garbled("n?a pu ?tre"));
        assert!(is_garbled("a?b?c"));
        assert!(is_garbled("n\u{FFFD}a pu"));
        assert!(is_garbled("nÃ£o"));
        assert!(!is_garbled("Is it running? Is it listening?"));
        assert!(!is_garbled("a?b and ??"));
        assert!(!is_garbled("日?本 only once"));
    }

    #[test]
    fn a_message_typed_again_with_words_changed() {
        let near = |t: &str| nearly_in_text(&fold(t));
        assert_eq!(
            near("由于连接方在一段时间后没有正确答复或连接的主机没反应，连接尝试失败了"),
            Some(Failure::Timeout)
        );
        assert_eq!(
            near("由于目标计算机积极拒绝了，所以无法连接"),
            Some(Failure::Refused)
        );
        // Words of the same language that are no message of the table.
        assert_eq!(near("连接数据库失败，请检查配置文件中的主机和端口"), None);
        assert_eq!(near("目标计算机"), None);
        // Other scripts pair up in any long text.
        assert_eq!(
            near(
                "No connection could be made because the target machine refused it, said the admin"
            ),
            None
        );
    }

    /// The table keyed by build.rs is the one the source gives.
    #[test]
    fn the_table_keyed_at_build_time_is_the_table() {
        let now = table::keyed(TABLE);
        assert_eq!(table::read(&table::write(&now)), now);
        assert_eq!(
            table::write(&now),
            include_str!(concat!(env!("OUT_DIR"), "/phrases.keyed"))
        );
        for kind in table::KINDS {
            assert!(meaning_of(kind).is_some(), "{kind}");
        }
        // No row is left out for its kind or its source.
        for line in TABLE.lines().filter(|l| !l.starts_with('#')) {
            let cols: Vec<&str> = line.split('\t').collect();
            assert!(table::KINDS.contains(&cols[0]), "{line}");
            assert!(table::SOURCES.contains(&cols[2]), "{line}");
        }
    }

    #[test]
    fn the_built_in_table_reads() {
        let t = &*TABLE_READ;
        assert!(t.pieces.len() > 1000);
        assert!(
            t.templates
                .iter()
                .any(|t| t.meaning == Meaning::Kind(Failure::Refused))
        );
    }
}
