//! Masking secrets in text that arrives: a password in a URL, `password=…` and its
//! kin, bearer and basic credentials, and secret query parameters. Applied to every
//! text of a report's data whenever a report is built, whatever the user chose to
//! hide: a secret never belongs in a report. The user part of a URL stays (it is a
//! user name, hidden by redaction when asked); only the secret becomes `***`.
//!
//! Masking is idempotent (`***` is left as it is) and never panics.

use std::borrow::Cow;
use std::sync::LazyLock;

use crate::pattern::Pattern;

/// What a masked secret reads as.
pub const MASK: &str = "***";

fn re(pattern: &str) -> Pattern {
    Pattern::exact(pattern)
}

/// `scheme://user:secret@` → `scheme://user:***@`.
static URL_PASSWORD: LazyLock<Pattern> =
    LazyLock::new(|| re(r"(?i)\b([a-z][a-z0-9+.\-]*://[^/\s:@]*:)([^@\s/]+)@"));

/// `Bearer abc…`, `Basic dXNl…` (an Authorization header's credentials).
static AUTH_SCHEME: LazyLock<Pattern> =
    LazyLock::new(|| re(r"(?i)\b(bearer|basic)(\s+)([A-Za-z0-9._~+/\-]{6,}=*)"));

/// `password=…`, `"token": "…"`, `Password=…;` (connection strings), `api-key: …`.
static KEY_VALUE: LazyLock<Pattern> = LazyLock::new(|| {
    re(concat!(
        r#"(?i)\b((?:password|passwd|pwd|pass|secret|client[_\-]?secret|token|access[_\-]?token|"#,
        r#"refresh[_\-]?token|auth[_\-]?token|id[_\-]?token|api[_\-]?key|apikey|access[_\-]?key|"#,
        r#"secret[_\-]?key|private[_\-]?key|session[_\-]?id|sessionid)"?\s*[=:]\s*)"#,
        r#"("[^"]*"|'[^']*'|[^\s&;,'"]+)"#
    ))
});

/// Query parameters that carry credentials: `?key=…`, `&sig=…`, `&code=…`.
static QUERY: LazyLock<Pattern> = LazyLock::new(|| {
    re(r"(?i)([?&](?:key|sig|signature|code|auth|access_token|token)=)([^&\s#]+)")
});

/// The text with every secret in it replaced by `***`.
pub fn mask(text: &str) -> String {
    let t = URL_PASSWORD.replace_all(text, |c: &crate::pattern::Captures<'_>| {
        format!("{}{MASK}@", &c[1])
    });
    let t = replace(&AUTH_SCHEME, t, |c| format!("{}{}{MASK}", &c[1], &c[2]));
    let t = replace(&KEY_VALUE, t, |c| {
        let value = &c[2];
        let quote = value.chars().next().filter(|q| *q == '"' || *q == '\'');
        match quote {
            Some(q) => format!("{}{q}{MASK}{q}", &c[1]),
            None => format!("{}{MASK}", &c[1]),
        }
    });
    replace(&QUERY, t, |c| format!("{}{MASK}", &c[1])).into_owned()
}

fn replace<'a>(
    re: &Pattern,
    text: Cow<'a, str>,
    with: impl Fn(&crate::pattern::Captures<'_>) -> String,
) -> Cow<'a, str> {
    match re.replace_all(&text, |c: &crate::pattern::Captures<'_>| with(c)) {
        Cow::Borrowed(_) => text,
        Cow::Owned(s) => Cow::Owned(s),
    }
}

/// Every pattern here, for the tests that compile them all.
#[cfg(test)]
pub(crate) fn patterns() -> Vec<&'static Pattern> {
    vec![&URL_PASSWORD, &AUTH_SCHEME, &KEY_VALUE, &QUERY]
}

#[cfg(test)]
mod tests {
    use super::mask;

    #[test]
    fn secrets_are_masked_and_the_rest_stays() {
        for (text, want) in [
            (
                "could not connect to postgres://app:S3cretPass@db.internal:5432/app",
                "could not connect to postgres://app:***@db.internal:5432/app",
            ),
            (
                "https://alice:hunter2@api.example.com/login refused",
                "https://alice:***@api.example.com/login refused",
            ),
            (
                "Server=db1;Database=x;User Id=sa;Password=Pa55word!;",
                "Server=db1;Database=x;User Id=sa;Password=***;",
            ),
            (
                "curl -H 'Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.abc.def' https://x",
                "curl -H 'Authorization: Bearer ***' https://x",
            ),
            (
                "GET https://api.example.com/v1?token=abcd1234&page=2 failed",
                "GET https://api.example.com/v1?token=***&page=2 failed",
            ),
            ("{\"password\": \"hunter2\"}", "{\"password\": \"***\"}"),
            ("api-key: 0123456789abcdef", "api-key: ***"),
            ("x?sig=Zm9v&key=AIzaSyD", "x?sig=***&key=***"),
        ] {
            assert_eq!(mask(text), want, "{text}");
            assert_eq!(mask(want), want, "idempotent: {want}");
        }
    }

    #[test]
    fn ordinary_messages_are_untouched() {
        for text in [
            "psql: error: connection to server at \"127.0.0.1\", port 5432 failed: FATAL:  password authentication failed for user \"app\"",
            "connect ECONNREFUSED 127.0.0.1:5432",
            "Failed to connect to localhost port 8080 after 0 ms: Connection refused",
            "https://example.com:8443/path",
            "ssh: connect to host db1 port 22: Connection refused",
            "token expired",
        ] {
            assert_eq!(mask(text), text);
        }
    }
}
