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

/// The words of `script` when it is one simple command that bash would run
/// exactly as these words (plain words, `'...'`, `"..."` without expansions,
/// and the `$'...'` strings `quote` writes), so it can be started without a
/// shell. `None` for anything else: operators, expansions, globs,
/// redirections, assignments, comments, builtins and keywords.
pub fn simple_argv(script: &str) -> Option<Vec<String>> {
    let mut words = Vec::new();
    let mut chars = script.chars().peekable();
    loop {
        while chars.peek().is_some_and(|c| *c == ' ' || *c == '\t') {
            chars.next();
        }
        if chars.peek().is_none() {
            break;
        }
        let mut word = String::new();
        while let Some(&c) = chars.peek() {
            match c {
                ' ' | '\t' => break,
                '\'' => {
                    chars.next();
                    loop {
                        match chars.next()? {
                            '\'' => break,
                            c => word.push(c),
                        }
                    }
                }
                '"' => {
                    chars.next();
                    loop {
                        match chars.next()? {
                            '"' => break,
                            '$' | '`' | '\\' | '!' => return None,
                            c => word.push(c),
                        }
                    }
                }
                '$' => {
                    chars.next();
                    if chars.next()? != '\'' {
                        return None;
                    }
                    loop {
                        match chars.next()? {
                            '\'' => break,
                            '\\' => word.push(match chars.next()? {
                                '\\' => '\\',
                                '\'' => '\'',
                                'f' => '\u{c}',
                                'n' => '\n',
                                'r' => '\r',
                                't' => '\t',
                                'v' => '\u{b}',
                                _ => return None,
                            }),
                            c => word.push(c),
                        }
                    }
                }
                c if is_plain(c) => {
                    chars.next();
                    word.push(c);
                }
                _ => return None,
            }
        }
        words.push(word);
    }
    let first = words.first()?;
    if first.is_empty() || first.contains('=') || first.starts_with('~') || is_builtin(first) {
        return None;
    }
    // A word starting with `~` outside quotes would be expanded; plain
    // words never start with it (`~` is not plain), so nothing else to do.
    Some(words)
}

/// Bash's builtins and reserved words: these need bash itself.
fn is_builtin(word: &str) -> bool {
    const BUILTINS: &[&str] = &[
        ".",
        ":",
        "[",
        "[[",
        "]]",
        "{",
        "}",
        "!",
        "alias",
        "bg",
        "bind",
        "break",
        "builtin",
        "caller",
        "case",
        "cd",
        "command",
        "compgen",
        "complete",
        "compopt",
        "continue",
        "coproc",
        "declare",
        "dirs",
        "disown",
        "do",
        "done",
        "echo",
        "elif",
        "else",
        "enable",
        "esac",
        "eval",
        "exec",
        "exit",
        "export",
        "false",
        "fc",
        "fg",
        "fi",
        "for",
        "function",
        "getopts",
        "hash",
        "help",
        "history",
        "if",
        "in",
        "jobs",
        "kill",
        "let",
        "local",
        "logout",
        "mapfile",
        "popd",
        "printf",
        "pushd",
        "pwd",
        "read",
        "readarray",
        "readonly",
        "return",
        "select",
        "set",
        "shift",
        "shopt",
        "source",
        "suspend",
        "test",
        "then",
        "time",
        "times",
        "trap",
        "true",
        "type",
        "typeset",
        "ulimit",
        "umask",
        "unalias",
        "unset",
        "until",
        "wait",
        "while",
    ];
    BUILTINS.contains(&word)
}

#[cfg(test)]
mod tests {
    use super::{quote, simple_argv};
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

    #[test]
    fn simple_commands_are_split_and_the_rest_needs_bash() {
        let words = |s: &str| simple_argv(s).map(|w| w.join("|"));
        assert_eq!(words("/usr/bin/true"), Some("/usr/bin/true".into()));
        assert_eq!(
            words("cc -O2 -c 'a b.c' -o $'x\\ny'"),
            Some("cc|-O2|-c|a b.c|-o|x\ny".into())
        );
        assert_eq!(
            words("git commit -m \"fix it\""),
            Some("git|commit|-m|fix it".into())
        );
        for needs_bash in [
            "echo hi",
            "exit 3",
            "a | b",
            "a && b",
            "a; b",
            "ls *.c",
            "ls ~",
            "FOO=1 make",
            "cat < in",
            "echo $HOME",
            "ls $(pwd)",
            "ls `pwd`",
            "ls \"$HOME\"",
            "cmd # note",
            "cd /",
            "x\\ y",
            "ls {a,b}",
            "",
            "  ",
            "$'\\x41'",
            "'unterminated",
        ] {
            assert_eq!(simple_argv(needs_bash), None, "{needs_bash:?}");
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]
        // Whatever words are quoted and joined, a simple command splits back
        // into the same words (or is left to bash).
        #[test]
        fn quoted_words_split_back(words in proptest::collection::vec("[^\u{0}]{0,12}", 1..8)) {
            let script = format!("/bin/prog {}", words.iter().map(|w| quote(w)).collect::<Vec<_>>().join(" "));
            if let Some(argv) = simple_argv(&script) {
                prop_assert_eq!(&argv[0], "/bin/prog");
                prop_assert_eq!(&argv[1..], &words[..]);
            }
        }

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
