//! Two forms of a pasted message that read the same in every script.
//!
//! [`fold`] is the text the patterns read: full-width letters, digits and punctuation
//! (`１２７．０．０．１：７８９０`, `（10061）`) become ASCII, CJK sentence punctuation
//! (`，` `。` `、`) becomes ASCII punctuation and a space, odd spaces become spaces, and a
//! space goes between CJK text and the Latin text glued to it (`连接127.0.0.1:7890失败`),
//! so a host, a port or a keyword is a word of its own in any language. ASCII text comes
//! out as it went in.
//!
//! [`key`] is the form system messages are compared in: folded, lower-cased, with only
//! letters and digits left, so that `由于目标计算机积极拒绝，无法连接。`, the same text
//! with an ASCII comma, without its full stop or broken over two lines all compare equal.

/// Whether a character is written without spaces between words (Han, kana, Hangul) or
/// is the punctuation of such text.
pub fn is_cjk(c: char) -> bool {
    matches!(c,
        '\u{2E80}'..='\u{2FDF}'     // radicals
        | '\u{3000}'..='\u{303F}'   // CJK symbols and punctuation
        | '\u{3040}'..='\u{30FF}'   // hiragana, katakana
        | '\u{3100}'..='\u{31FF}'   // bopomofo, kana extensions
        | '\u{3400}'..='\u{4DBF}'   // Han extension A
        | '\u{4E00}'..='\u{9FFF}'   // Han
        | '\u{AC00}'..='\u{D7AF}'   // Hangul syllables
        | '\u{1100}'..='\u{11FF}'   // Hangul jamo
        | '\u{F900}'..='\u{FAFF}'   // Han compatibility
        | '\u{20000}'..='\u{2FA1F}' // Han extensions B–F
    )
}

/// The text as the patterns read it (see the module's documentation).
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 8);
    let mut prev: Option<char> = None;
    for c in text.chars() {
        let (mapped, space_after) = match c {
            // Full-width forms of ASCII.
            '\u{FF01}'..='\u{FF5E}' => {
                let ascii = char::from_u32(c as u32 - 0xFEE0).unwrap_or(c);
                (ascii, matches!(ascii, ',' | ';' | '!' | '?'))
            }
            '\u{3002}' | '\u{FF61}' => ('.', true), // 。 ｡
            '\u{3001}' | '\u{FF64}' => (',', true), // 、 ､
            '\u{300C}' | '\u{300D}' | '\u{300E}' | '\u{300F}' => ('"', false), // 「」『』
            '\u{3000}' | '\u{00A0}' | '\u{2007}' | '\u{202F}' | '\u{2009}' => (' ', false),
            _ => (c, false),
        };
        if let Some(p) = prev
            && ((is_cjk(p) && !is_cjk(mapped) && mapped.is_alphanumeric())
                || (!is_cjk(p) && p.is_alphanumeric() && is_cjk(mapped)))
        {
            out.push(' ');
        }
        out.push(mapped);
        if space_after {
            out.push(' ');
            prev = Some(' ');
        } else {
            // A folded character is ASCII now: it no longer counts as CJK.
            prev = Some(mapped);
        }
    }
    out
}

/// The form system messages are compared in: folded, lower-cased, letters and digits only.
///
/// Of what [`fold`] does only the full-width forms matter here (the rest makes spaces and
/// punctuation, which a key leaves out), so this is one pass over the text, ASCII first.
pub fn key(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if c.is_ascii() {
            if c.is_ascii_alphanumeric() {
                out.push(c.to_ascii_lowercase());
            }
            continue;
        }
        let c = match c {
            '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
            _ => c,
        };
        if is_alphanumeric(c) {
            out.extend(c.to_lowercase());
        }
    }
    out
}

/// Blocks of letters (and digits) that the table's languages write most, whole: here
/// [`char::is_alphanumeric`] needs no look-up in Unicode's tables, which in the web
/// edition cost more than all the rest of keying the table (a test holds every one of
/// these characters to the look-up).
pub const LETTERS: [(char, char); 29] = [
    ('\u{0430}', '\u{045F}'), // Cyrillic small letters
    ('\u{0410}', '\u{042F}'), // Cyrillic capital letters
    ('\u{4E00}', '\u{9FFF}'), // Han
    ('\u{AC00}', '\u{D7A3}'), // Hangul syllables
    ('\u{00E0}', '\u{00F6}'), // Latin-1 small letters
    ('\u{00F8}', '\u{017F}'), // Latin-1 and Latin Extended-A
    ('\u{00C0}', '\u{00D6}'), // Latin-1 capital letters
    ('\u{1E00}', '\u{1EFF}'), // Latin Extended Additional (Vietnamese)
    ('\u{3041}', '\u{3096}'), // hiragana
    ('\u{30A1}', '\u{30FA}'), // katakana
    ('\u{0620}', '\u{064A}'), // Arabic letters
    ('\u{0671}', '\u{06D3}'), // Arabic letters (Persian, Urdu)
    ('\u{03AC}', '\u{03CE}'), // Greek small letters
    ('\u{0391}', '\u{03A1}'), // Greek capital letters
    ('\u{03A3}', '\u{03AB}'),
    ('\u{05D0}', '\u{05EA}'), // Hebrew
    ('\u{0531}', '\u{0556}'), // Armenian
    ('\u{0561}', '\u{0587}'),
    ('\u{10D0}', '\u{10FA}'), // Georgian
    ('\u{1200}', '\u{1248}'), // Ethiopic
    ('\u{0E01}', '\u{0E30}'), // Thai
    ('\u{1000}', '\u{102A}'), // Myanmar
    ('\u{0905}', '\u{0939}'), // Devanagari
    ('\u{0995}', '\u{09A8}'), // Bengali
    ('\u{0A95}', '\u{0AA8}'), // Gujarati
    ('\u{0BA8}', '\u{0BAA}'), // Tamil
    ('\u{0C15}', '\u{0C28}'), // Telugu
    ('\u{0C95}', '\u{0CA8}'), // Kannada
    ('\u{0D15}', '\u{0D3A}'), // Malayalam
];

/// [`char::is_alphanumeric`], the blocks of [`LETTERS`] first.
pub fn is_alphanumeric(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    LETTERS.iter().any(|(lo, hi)| (*lo..=*hi).contains(&c)) || c.is_alphanumeric()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_blocks_of_letters_are_letters() {
        for (lo, hi) in LETTERS {
            for c in lo..=hi {
                assert!(c.is_alphanumeric(), "{c:?} U+{:04X}", c as u32);
            }
        }
    }

    #[test]
    fn full_width_forms_become_ascii() {
        assert_eq!(fold("１２７．０．０．１：７８９０"), "127.0.0.1:7890");
        assert_eq!(fold("（10061）"), "(10061)");
        assert_eq!(fold("Connection refused"), "Connection refused");
    }

    #[test]
    fn cjk_text_glued_to_latin_text_is_split() {
        assert_eq!(fold("连接127.0.0.1:7890失败"), "连接 127.0.0.1:7890 失败");
        assert_eq!(
            fold("由于目标计算机积极拒绝，无法连接。127.0.0.1:7890"),
            "由于目标计算机积极拒绝, 无法连接. 127.0.0.1:7890"
        );
        assert_eq!(fold("localhost 拒绝了"), "localhost 拒绝了");
    }

    #[test]
    fn a_key_is_the_folded_text_lower_cased_letters_and_digits_only() {
        for text in [
            "由于目标计算机积极拒绝，无法连接。１２７．０．０．１：７８９０（１００６１）",
            "Connexion refusée: ＡＢＣ ｄｅｆ İstanbul ΣΑΣ Straße",
            "接続を拒否されました「localhost」、 연결이 거부되었습니다",
        ] {
            let slow: String = fold(text)
                .chars()
                .filter(|c| c.is_alphanumeric())
                .flat_map(char::to_lowercase)
                .collect();
            assert_eq!(key(text), slow, "{text}");
        }
    }

    #[test]
    fn keys_ignore_punctuation_spacing_and_case() {
        let a = key("由于目标计算机积极拒绝，无法连接。");
        assert_eq!(a, key("由于目标计算机积极拒绝,无法连接"));
        assert_eq!(a, "由于目标计算机积极拒绝无法连接");
        assert_eq!(key("Connexion refusée"), key("CONNEXION\u{a0}REFUSÉE."));
        assert_eq!(
            key("Nenhuma conexão pôde ser feita\r\nporque"),
            "nenhumaconexãopôdeserfeitaporque"
        );
    }
}
