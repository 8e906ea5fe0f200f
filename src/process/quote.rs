//! zx's quoting of an interpolated value for bash: a plain word stays as it
//! is, anything else becomes an ANSI-C `$'...'` string.

/// Quotes `text` as one bash word.
pub fn quote(text: &str) -> String {
    if text.is_empty() {
        return "$''".to_string();
    }
    if text.chars().all(is_plain) {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len() + 4);
    out.push_str("$'");
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\'' => out.push_str("\\'"),
            '\u{c}' => out.push_str("\\f"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{b}' => out.push_str("\\v"),
            '\0' => out.push_str("\\0"),
            c => out.push(c),
        }
    }
    out.push('\'');
    out
}

/// The characters of zx's `^[\w/.\-+@:=,%]+$` (`\w` is ASCII there).
fn is_plain(c: char) -> bool {
    c.is_ascii_alphanumeric()
        || matches!(c, '_' | '/' | '.' | '-' | '+' | '@' | ':' | '=' | ',' | '%')
}

#[cfg(test)]
mod tests {
    use super::quote;
    use proptest::prelude::*;

    fn through_bash(words: &[String]) -> Vec<u8> {
        let script = format!(
            "printf '%s\\0' {}",
            words.iter().map(|w| quote(w)).collect::<Vec<_>>().join(" ")
        );
        let out = std::process::Command::new("bash")
            .arg("-c")
            .arg(script)
            .output()
            .expect("bash runs");
        assert!(
            out.status.success(),
            "bash failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        out.stdout
    }

    fn expected(words: &[String]) -> Vec<u8> {
        let mut bytes = Vec::new();
        for word in words {
            bytes.extend_from_slice(word.as_bytes());
            bytes.push(0);
        }
        bytes
    }

    #[test]
    fn plain_words_stay_and_the_rest_is_ansi_c_quoted() {
        assert_eq!(quote("src/a-b_c.txt"), "src/a-b_c.txt");
        assert_eq!(quote(""), "$''");
        assert_eq!(quote("a b"), "$'a b'");
        assert_eq!(quote("it's"), "$'it\\'s'");
        assert_eq!(quote("a\nb\\"), "$'a\\nb\\\\'");
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]
        // Batches of random strings (no NUL: no argument can hold one) each
        // come back from bash as exactly one argument, unchanged.
        #[test]
        fn any_string_is_one_argument(words in proptest::collection::vec("[^\u{0}]{0,24}", 1..16)) {
            prop_assert_eq!(through_bash(&words), expected(&words));
        }

        #[test]
        fn shell_syntax_is_never_interpreted(words in proptest::collection::vec("[ -~\t\n\r\u{b}\u{c}\u{1}-\u{1f}é€😀]{0,16}", 1..16)) {
            prop_assert_eq!(through_bash(&words), expected(&words));
        }
    }
}
