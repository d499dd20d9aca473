//! Text from outside (a process name, a path, a pasted message) shown in a terminal or
//! in Markdown: it must read as what it is, never act. A terminal obeys control
//! characters (an escape sequence can rewrite the screen) and Markdown obeys its
//! syntax (`![x](http://…)` becomes an image); both are made visible as text.

use std::borrow::Cow;

use crate::errtext::is_bidi_control;

/// Whether `c` would act on a terminal or reorder the text around it: control
/// characters but the line break and the tab, and the bidirectional controls.
fn acts(c: char) -> bool {
    (c.is_control() && c != '\n' && c != '\t') || is_bidi_control(c)
}

/// `text` with every character that would act on a terminal written out as `\u{1b}`.
pub fn visible(text: &str) -> Cow<'_, str> {
    if !text.chars().any(acts) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 16);
    for c in text.chars() {
        if acts(c) {
            out.push_str(&format!("\\u{{{:x}}}", u32::from(c)));
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// One line of Markdown text that shows `text` as written: control characters
/// visible, line breaks as spaces, and the characters that make links, images,
/// emphasis, code and HTML escaped with a backslash (CommonMark).
pub fn markdown(text: &str) -> String {
    let text = visible(text);
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            '\n' | '\r' => out.push(' '),
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '~' => {
                out.push('\\');
                out.push(c);
            }
            _ => out.push(c),
        }
    }
    out
}

/// `text` as a Markdown code span: fenced with one backtick more than the longest run
/// inside it, so that no backtick in it can end the span.
pub fn code_span(text: &str) -> String {
    let text = visible(text).replace(['\n', '\r'], " ");
    let ticks = "`".repeat(longest_run(&text, '`') + 1);
    let pad = if text.starts_with('`') || text.ends_with('`') {
        " "
    } else {
        ""
    };
    format!("{ticks}{pad}{text}{pad}{ticks}")
}

/// The fence for a Markdown code block holding `lines`: longer than any run of
/// backticks in them, so that no line can close it.
pub fn fence(lines: &[String]) -> String {
    let longest = lines.iter().map(|l| longest_run(l, '`')).max().unwrap_or(0);
    "`".repeat(longest.max(2) + 1)
}

fn longest_run(text: &str, c: char) -> usize {
    let (mut best, mut run) = (0, 0);
    for x in text.chars() {
        run = if x == c { run + 1 } else { 0 };
        best = best.max(run);
    }
    best
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escape_sequences_and_bidi_controls_are_shown_not_obeyed() {
        assert_eq!(visible("node"), Cow::Borrowed("node"));
        assert_eq!(
            visible("evil\u{1b}[2J\u{1b}]0;pwned\u{7}"),
            "evil\\u{1b}[2J\\u{1b}]0;pwned\\u{7}"
        );
        assert_eq!(visible("a\rb"), "a\\u{d}b");
        assert_eq!(visible("x\u{202e}gpj.exe"), "x\\u{202e}gpj.exe");
        assert_eq!(visible("two\nlines\tkept"), "two\nlines\tkept");
        assert_eq!(visible("\u{9b}31m"), "\\u{9b}31m");
    }

    #[test]
    fn markdown_shows_links_images_and_html_as_text() {
        assert_eq!(
            markdown("![x](https://evil.example/p.png)"),
            "!\\[x\\](https://evil.example/p.png)"
        );
        assert_eq!(
            markdown("<img src=x onerror=alert(1)>"),
            "\\<img src=x onerror=alert(1)\\>"
        );
        assert_eq!(
            markdown("**bold** _it_ `code` ~~s~~"),
            "\\*\\*bold\\*\\* \\_it\\_ \\`code\\` \\~\\~s\\~\\~"
        );
        assert_eq!(markdown("a\nb"), "a b");
        assert_eq!(markdown("C:\\Users\\x"), "C:\\\\Users\\\\x");
    }

    #[test]
    fn code_never_ends_early() {
        assert_eq!(code_span("nc -vz db1 5432"), "`nc -vz db1 5432`");
        assert_eq!(code_span("a`b"), "``a`b``");
        assert_eq!(code_span("`x`"), "`` `x` ``");
        assert_eq!(fence(&["plain".into()]), "```");
        assert_eq!(fence(&["````".into()]), "`````");
    }
}
