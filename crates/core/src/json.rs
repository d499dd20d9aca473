//! JSON written one way only.
//!
//! serde's derived `Serialize` is generic over the serializer: every type that goes out
//! through `serde_json::to_string`, `to_string_pretty` and `to_value` is compiled three
//! times, once for each. In the web edition's WebAssembly that was a third of the code.
//! So the core writes JSON through the compact writer alone: a JSON value is read back
//! from that text ([`to_value`]), and the indented form is the compact text indented
//! ([`pretty`]), byte for byte what `to_string_pretty` writes.

use serde::Serialize;
use serde_json::Value;

/// The compact JSON text of a value.
pub fn to_string<T: Serialize + ?Sized>(value: &T) -> Result<String, serde_json::Error> {
    serde_json::to_string(value)
}

/// The JSON value of a value, read back from its compact text.
pub fn to_value<T: Serialize + ?Sized>(value: &T) -> Result<Value, serde_json::Error> {
    serde_json::from_str(&to_string(value)?)
}

/// The JSON text of a value, indented by two spaces as `serde_json::to_string_pretty`
/// writes it.
pub fn to_string_pretty<T: Serialize + ?Sized>(value: &T) -> Result<String, serde_json::Error> {
    Ok(pretty(&to_string(value)?))
}

/// Compact JSON text (no white space outside strings, as serde_json writes it),
/// indented.
pub fn pretty(compact: &str) -> String {
    let mut out = String::with_capacity(compact.len() * 2);
    let mut depth = 0usize;
    let mut in_string = false;
    let mut escaped = false;
    let mut chars = compact.chars().peekable();
    let newline = |out: &mut String, depth: usize| {
        out.push('\n');
        for _ in 0..depth {
            out.push_str("  ");
        }
    };
    while let Some(c) = chars.next() {
        if in_string {
            out.push(c);
            match (escaped, c) {
                (true, _) => escaped = false,
                (false, '\\') => escaped = true,
                (false, '"') => in_string = false,
                _ => {}
            }
            continue;
        }
        match c {
            '"' => {
                in_string = true;
                out.push(c);
            }
            '{' | '[' => {
                out.push(c);
                let close = if c == '{' { '}' } else { ']' };
                if chars.peek() == Some(&close) {
                    chars.next();
                    out.push(close);
                } else {
                    depth += 1;
                    newline(&mut out, depth);
                }
            }
            '}' | ']' => {
                depth = depth.saturating_sub(1);
                newline(&mut out, depth);
                out.push(c);
            }
            ',' => {
                out.push(c);
                newline(&mut out, depth);
            }
            ':' => out.push_str(": "),
            _ => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn indented_as_serde_json_indents() {
        let v = serde_json::json!({
            "a": [1, 2.5, {"b": "x,y:{z}[\"q\"]\\"}],
            "e": [],
            "o": {},
            "n": null,
            "t": true,
            "s": "tab\there é 中",
            "deep": {"list": [[], [{}], [[1]]]}
        });
        let ours = to_string_pretty(&v).ok();
        assert_eq!(ours, serde_json::to_string_pretty(&v).ok());
        assert_eq!(to_value(&v).ok(), Some(v));
    }
}
