//! Turns a JS error into the message autorun prints:
//!
//! ```text
//! error: Uncaught Error: boom
//!   --> /work/app/script.mjs:3:9
//!    |
//!  3 |   throw new Error("boom");
//!    |         ^
//!     at f (/work/app/script.mjs:3:9)
//! ```

use std::path::Path;

use boa_engine::{js_string, Context, JsError, JsValue};

use crate::runtime::loader::COMMONJS_PREFIX;

/// Marks a parse error with the file it came from (Boa's parser does not
/// know it), as `fileName` on the error object.
pub fn attach_file(err: JsError, path: &Path, ctx: &mut Context) -> JsError {
    let Ok(value) = err.clone().into_opaque(ctx) else {
        return err;
    };
    if let Some(obj) = value.as_object() {
        let name = js_string!(path.display().to_string().as_str());
        let _ = obj.set(js_string!("fileName"), name, false, ctx);
    }
    JsError::from_opaque(value)
}

/// A position in a source file, 1-based.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Location {
    pub file: String,
    pub line: usize,
    pub column: usize,
}

/// Everything the report needs, read off the error value.
#[derive(Debug, Default)]
pub struct ErrorParts {
    /// `Error: message`, or the value's string form for a non-error throw.
    pub headline: String,
    pub location: Option<Location>,
    /// The `at ...` lines of the stack.
    pub frames: Vec<String>,
}

fn get_string(value: &JsValue, key: &str, ctx: &mut Context) -> Option<String> {
    let obj = value.as_object()?;
    let v = obj.get(js_string!(key), ctx).ok()?;
    if v.is_undefined() || v.is_null() {
        return None;
    }
    Some(v.to_string(ctx).ok()?.to_std_string_lossy())
}

/// Reads the parts of an error value.
pub fn parts(err: &JsError, ctx: &mut Context) -> ErrorParts {
    let value = match err.clone().into_opaque(ctx) {
        Ok(v) => v,
        Err(engine) => {
            // Engine limits cannot be caught or turned into JS values.
            let text = engine.to_string();
            let first = text.lines().next().unwrap_or_default();
            let headline = if first.contains("recursive calls") || first.contains("stack size") {
                "RangeError: Maximum call stack size exceeded".to_string()
            } else {
                first.to_string()
            };
            let frames: Vec<String> = text
                .lines()
                .map(str::trim)
                .filter(|l| l.starts_with("at ") && !l.ends_with("(native)"))
                .take(10)
                .map(|l| format!("    {l}"))
                .collect();
            let location = frames.iter().find_map(|f| frame_location(f));
            return ErrorParts {
                headline,
                location,
                frames,
            };
        }
    };
    let is_error = value
        .as_object()
        .is_some_and(|o| o.is::<boa_engine::builtins::error::Error>());
    if !is_error {
        let text = describe_value(&value, ctx);
        return ErrorParts {
            headline: text,
            ..ErrorParts::default()
        };
    }
    let name = get_string(&value, "name", ctx).unwrap_or_else(|| "Error".into());
    let message = get_string(&value, "message", ctx).unwrap_or_default();
    let code = get_string(&value, "code", ctx);
    let mut headline = if message.is_empty() {
        name.clone()
    } else {
        format!("{name}: {message}")
    };
    if let Some(code) = code {
        if !headline.contains(&code) && name != "AssertionError" {
            headline = if message.is_empty() {
                format!("{name} [{code}]")
            } else {
                format!("{name} [{code}]: {message}")
            };
        }
    }
    let stack = get_string(&value, "stack", ctx).unwrap_or_default();
    let frames: Vec<String> = stack
        .lines()
        .map(str::trim)
        .filter(|l| l.starts_with("at "))
        .filter(|l| !l.ends_with("(native)") && !l.contains("(internal:"))
        .map(|l| format!("    {}", unwrap_commonjs_column(l)))
        .collect();
    let mut location = frames.iter().find_map(|f| frame_location(f));
    if name == "SyntaxError" {
        if let Some(file) = get_string(&value, "fileName", ctx) {
            let (line, mut column) = syntax_position(&message).unwrap_or((0, 0));
            if line == 1 && crate::runtime::loader::is_commonjs_file(&file) {
                column = column.saturating_sub(COMMONJS_PREFIX.len());
            }
            location = Some(Location { file, line, column });
            if let Some(at) = message.rfind(" at line ") {
                headline = format!("{name}: {}", &message[..at]);
            }
        }
    }
    ErrorParts {
        headline,
        location,
        frames,
    }
}

fn describe_value(value: &JsValue, ctx: &mut Context) -> String {
    if let Some(s) = value.as_string() {
        return format!("'{}'", s.to_std_string_lossy());
    }
    if value.is_object() {
        let json = value.to_json(ctx).ok().flatten().map(|j| j.to_string());
        return json.unwrap_or_else(|| "[object]".into());
    }
    value.display().to_string()
}

/// Shifts a first-line column of a wrapped CommonJS file back to the file's own.
fn unwrap_commonjs_column(frame: &str) -> String {
    let Some(loc) = frame_location(frame) else {
        return frame.to_string();
    };
    if loc.line != 1 || !crate::runtime::loader::is_commonjs_file(&loc.file) {
        return frame.to_string();
    }
    let old = format!("{}:1:{}", loc.file, loc.column);
    let new = format!(
        "{}:1:{}",
        loc.file,
        loc.column.saturating_sub(COMMONJS_PREFIX.len())
    );
    frame.replacen(&old, &new, 1)
}

/// `at f (/path/x.mjs:3:9)` → the location, for user files only.
fn frame_location(frame: &str) -> Option<Location> {
    let inner = frame
        .rsplit_once('(')
        .map_or(frame, |(_, rest)| rest)
        .trim_end_matches(')');
    let inner = inner.trim_start_matches("at ").trim();
    let mut pieces = inner.rsplitn(3, ':');
    let column: usize = pieces.next()?.parse().ok()?;
    let line: usize = pieces.next()?.parse().ok()?;
    let file = pieces.next()?.to_string();
    if file.starts_with("node:")
        || file.starts_with("internal:")
        || file == "autorun"
        || file.is_empty()
    {
        return None;
    }
    Some(Location { file, line, column })
}

/// Boa writes parse positions into the message: `... at line 3, col 9`.
fn syntax_position(message: &str) -> Option<(usize, usize)> {
    let at = message.rfind("line ")?;
    let rest = &message[at + 5..];
    let (line, rest) = rest.split_once(',')?;
    let line: usize = line.trim().parse().ok()?;
    let col = rest.trim().strip_prefix("col")?.trim();
    let col: String = col.chars().take_while(char::is_ascii_digit).collect();
    Some((line, col.parse().ok()?))
}

/// The full report, as printed to stderr (ends with a newline).
pub fn render(parts: &ErrorParts, color: bool) -> String {
    let (red, bold, blue, reset) = if color {
        ("\x1b[31m", "\x1b[1m", "\x1b[34m", "\x1b[0m")
    } else {
        ("", "", "", "")
    };
    let mut out = format!(
        "{red}{bold}error{reset}{bold}: Uncaught {}{reset}\n",
        parts.headline
    );
    if let Some(loc) = &parts.location {
        if loc.line == 0 {
            out.push_str(&format!("  {blue}-->{reset} {}\n", loc.file));
        } else {
            out.push_str(&format!(
                "  {blue}-->{reset} {}:{}:{}\n",
                loc.file, loc.line, loc.column
            ));
            if let Some(source_line) = read_line(&loc.file, loc.line) {
                let number = loc.line.to_string();
                let pad = " ".repeat(number.len());
                let caret_pad: String = source_line
                    .chars()
                    .take(loc.column.saturating_sub(1))
                    .map(|c| if c == '\t' { '\t' } else { ' ' })
                    .collect();
                out.push_str(&format!("{blue}{pad} |{reset}\n"));
                out.push_str(&format!("{blue}{number} |{reset} {source_line}\n"));
                out.push_str(&format!("{blue}{pad} |{reset} {caret_pad}{red}^{reset}\n"));
            }
        }
    }
    for frame in &parts.frames {
        out.push_str(frame);
        out.push('\n');
    }
    out
}

fn read_line(file: &str, line: usize) -> Option<String> {
    let path = file.strip_prefix("file://").unwrap_or(file);
    let text = std::fs::read_to_string(path).ok()?;
    text.lines().nth(line - 1).map(|l| l.trim_end().to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn frame_location_reads_path_line_column() {
        let loc = frame_location("    at f (/tmp/a b/x.mjs:3:9)");
        assert_eq!(
            loc,
            Some(Location {
                file: "/tmp/a b/x.mjs".into(),
                line: 3,
                column: 9
            })
        );
        assert_eq!(frame_location("at g (node:events:10:2)"), None);
    }

    #[test]
    fn render_points_a_caret_at_the_column() {
        let dir = std::env::temp_dir().join(format!("autorun-diag-{}", std::process::id()));
        std::fs::create_dir_all(&dir).ok();
        let file = dir.join("x.js");
        std::fs::write(&file, "a\nb\n  throw x;\n").ok();
        let parts = ErrorParts {
            headline: "Error: boom".into(),
            location: Some(Location {
                file: file.display().to_string(),
                line: 3,
                column: 3,
            }),
            frames: vec![],
        };
        let text = render(&parts, false);
        let expected = format!(
            "error: Uncaught Error: boom\n  --> {}:3:3\n  |\n3 |   throw x;\n  |   ^\n",
            file.display()
        );
        assert_eq!(text, expected);
    }
}
