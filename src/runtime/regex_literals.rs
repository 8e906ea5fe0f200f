//! Regex literals compiled once per site, not once per evaluation.
//!
//! Boa compiles a regex literal every time it is evaluated (a few µs for a
//! pattern a build script uses; V8 caches it), so `line.replace(/x/g, y)`
//! in a loop spends most of its time compiling. The engine has no hook for
//! it, so user files are rewritten before Boa parses them: each literal
//! `/p/f` becomes `ℛ(k)` padded with spaces to the literal's width (lines
//! and columns stay where they were; a literal too short for its call stays
//! as it is). `ℛ` is a global native that makes a fresh RegExp object per
//! evaluation, as the literal would (its own `lastIndex` of 0, the realm's
//! prototype), from a copy of the matcher compiled on the site's first
//! evaluation. Literals are found with Boa's own parser; a file it cannot
//! parse is left alone (Boa then reports the error on the original text).
//!
//! A literal that is the pattern of a `.replace(`/`.replaceAll(` call makes
//! an object that goes nowhere but into that call. When the call is the
//! replace fast path itself, run to its end, nothing else can ever hold the
//! object, and the next evaluation of the literal hands out the same object
//! again (in the state a new one has: `lastIndex` 0 again after a global
//! replace, untouched by another). The fast path knows the call is that
//! call by three things together: it gets the very object `ℛ` handed out
//! last (nothing else can have it yet), in the same frame (code block and
//! depth), at the same source position as `ℛ` was called from. An object
//! that went anywhere else (a user-defined `replace`, an error) is never
//! handed out again.

use std::cell::RefCell;
use std::ops::ControlFlow;
use std::rc::Rc;

use super::regex_replace::{compile_literal, literal_object, remember_made, Compiled};
use boa_engine::ast::expression::access::{PropertyAccess, PropertyAccessField};
use boa_engine::ast::expression::{Call, Expression, RegExpLiteral};
use boa_engine::ast::scope::Scope;
use boa_engine::ast::visitor::{VisitWith, Visitor};
use boa_engine::ast::Position;
use boa_engine::ast::Spanned;
use boa_engine::builtins::regexp::RegExp;
use boa_engine::interner::{Interner, Sym};
use boa_engine::object::builtins::JsRegExp;
use boa_engine::parser::{Parser, Source};
use boa_engine::vm::CodeBlock;
use boa_engine::{Context, JsNativeError, JsObject, JsResult, JsString, JsValue, NativeFunction};
use boa_gc::Gc;

/// The global the rewritten literals call.
pub const CALLEE: &str = "ℛ";

/// What a file is parsed as.
#[derive(Clone, Copy)]
pub enum Goal {
    Module,
    Script,
}

/// One literal site.
struct Site {
    pattern: JsString,
    flags: JsString,
    /// The RegExp data made on the first evaluation, copied for the next.
    made: Option<RegExp>,
    /// The replace fast path's form of it, made with `made`.
    fast: Option<Rc<Compiled>>,
    /// The literal is the pattern of a `.replace(`/`.replaceAll(` call.
    replace_arg: bool,
    /// For such a site: the object handed out last, and whether the fast
    /// path gave it back.
    spare: Option<(JsObject, bool)>,
    /// Where the site is evaluated from: its code block and the position
    /// Boa reports for the call there.
    at: Option<(Gc<CodeBlock>, Option<Position>)>,
}

/// The object `ℛ` handed out last for a replace pattern, and from where.
struct Handed {
    object: JsObject,
    site: usize,
    code: Gc<CodeBlock>,
    depth: usize,
    position: Option<Position>,
}

thread_local! {
    static SITES: RefCell<Vec<Site>> = const { RefCell::new(Vec::new()) };
    static HANDED: RefCell<Option<Handed>> = const { RefCell::new(None) };
}

/// Collects the spans of every regex literal, and which of them are the
/// first argument of a `.replace(...)` or `.replaceAll(...)` call.
struct Literals {
    spans: Vec<boa_engine::ast::Span>,
    replace_args: Vec<boa_engine::ast::Span>,
    replace_names: [Option<Sym>; 2],
}

impl<'ast> Visitor<'ast> for Literals {
    type BreakTy = ();

    fn visit_reg_exp_literal(&mut self, node: &'ast RegExpLiteral) -> ControlFlow<()> {
        self.spans.push(node.span());
        ControlFlow::Continue(())
    }

    fn visit_call(&mut self, node: &'ast Call) -> ControlFlow<()> {
        if let (
            Expression::PropertyAccess(PropertyAccess::Simple(access)),
            Some(Expression::RegExpLiteral(literal)),
        ) = (node.function(), node.args().first())
        {
            if let PropertyAccessField::Const(name) = access.field() {
                if self.replace_names.contains(&Some(name.sym())) {
                    self.replace_args.push(literal.span());
                }
            }
        }
        node.visit_with(self)
    }
}

/// `text` (the file at `path`) with its regex literals rewritten, or
/// `None` when there is nothing to rewrite (or the text does not parse).
/// Packages under `node_modules` are left as they are: their literals are
/// mostly evaluated once, and a second parse of a large library costs more
/// than it saves.
pub fn rewrite(path: &str, text: &str, goal: Goal) -> Option<String> {
    if path.contains("/node_modules/") || !may_hold_literal(text) {
        return None;
    }
    let t0 = std::time::Instant::now();
    let rewritten = rewrite_literals(text, goal);
    if std::env::var_os("AUTORUN_TRACE_LOAD").is_some() {
        eprintln!("regex literals: {:?} ({} bytes)", t0.elapsed(), text.len());
    }
    rewritten
}

fn rewrite_literals(text: &str, goal: Goal) -> Option<String> {
    let mut parser = Parser::new(Source::from_bytes(text.as_bytes()));
    let mut interner = Interner::default();
    let scope = Scope::new_global();
    let mut literals = Literals {
        spans: Vec::new(),
        replace_args: Vec::new(),
        replace_names: [None, None],
    };
    match goal {
        Goal::Module => {
            let module = parser.parse_module(&scope, &mut interner).ok()?;
            literals.replace_names = [interner.get("replace"), interner.get("replaceAll")];
            let _ = module.visit_with(&mut literals);
        }
        Goal::Script => {
            let script = parser.parse_script(&scope, &mut interner).ok()?;
            literals.replace_names = [interner.get("replace"), interner.get("replaceAll")];
            let _ = script.visit_with(&mut literals);
        }
    }
    if literals.spans.is_empty() {
        return None;
    }
    let lines = line_starts(text);
    let mut edits: Vec<(usize, usize, String)> = Vec::new();
    for span in literals.spans.iter().copied() {
        let (start, end) = (span.start(), span.end());
        if start.line_number() != end.line_number() {
            continue;
        }
        let Some(line) = lines.get(start.line_number() as usize - 1) else {
            continue;
        };
        let line_text = &text[line.0..line.1];
        let (Some(from), Some(to)) = (
            char_offset(line_text, start.column_number() as usize - 1),
            char_offset(line_text, end.column_number() as usize - 1),
        ) else {
            continue;
        };
        let literal = &line_text[from..to];
        let Some((pattern, flags)) = split_literal(literal) else {
            continue;
        };
        let width = literal.chars().count();
        let id = SITES.with(|s| s.borrow().len());
        let call = format!("{CALLEE}({id})");
        let call_width = call.chars().count();
        if call_width > width {
            continue;
        }
        SITES.with(|s| {
            s.borrow_mut().push(Site {
                pattern: JsString::from(pattern),
                flags: JsString::from(flags),
                made: None,
                fast: None,
                replace_arg: literals.replace_args.contains(&span),
                spare: None,
                at: None,
            });
        });
        let padded = format!("{call}{}", " ".repeat(width - call_width));
        edits.push((line.0 + from, line.0 + to, padded));
    }
    if edits.is_empty() {
        return None;
    }
    edits.sort_by_key(|e| e.0);
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    for (from, to, with) in edits {
        if from < at {
            continue;
        }
        out.push_str(&text[at..from]);
        out.push_str(&with);
        at = to;
    }
    out.push_str(&text[at..]);
    Some(out)
}

/// A quick scan (strings, comments and template literals skipped): whether
/// some `/` could start a regex literal, i.e. follows neither a value (a name,
/// a number, `)`, `]`) nor a comment opener. A wrong "no" only costs speed;
/// a "yes" is checked by the parser.
fn may_hold_literal(text: &str) -> bool {
    const BEFORE_EXPRESSION: &[&str] = &[
        "return",
        "typeof",
        "case",
        "do",
        "else",
        "in",
        "of",
        "new",
        "delete",
        "void",
        "throw",
        "yield",
        "await",
        "instanceof",
    ];
    let bytes = text.as_bytes();
    let mut i = 0;
    // The last significant byte, and where the word ending there starts.
    let mut last: u8 = b';';
    let mut word_start = 0;
    let is_word = |b: u8| b.is_ascii_alphanumeric() || b == b'_' || b == b'$' || b >= 0x80;
    while i < bytes.len() {
        let b = bytes[i];
        match b {
            b'/' if bytes.get(i + 1) == Some(&b'/') => {
                while i < bytes.len() && bytes[i] != b'\n' {
                    i += 1;
                }
                continue;
            }
            b'/' if bytes.get(i + 1) == Some(&b'*') => {
                i += 2;
                while i + 1 < bytes.len() && !(bytes[i] == b'*' && bytes[i + 1] == b'/') {
                    i += 1;
                }
                i += 2;
                continue;
            }
            b'/' => {
                let after_value = is_word(last) || last == b')' || last == b']';
                if !after_value
                    || text
                        .get(word_start..i)
                        .is_some_and(|w| BEFORE_EXPRESSION.contains(&w.trim_end()))
                {
                    return true;
                }
                last = b'/';
            }
            b'\'' | b'"' | b'`' => {
                i += 1;
                while i < bytes.len() && bytes[i] != b {
                    i += if bytes[i] == b'\\' { 2 } else { 1 };
                }
                last = b;
            }
            b if b.is_ascii_whitespace() => {}
            b => {
                if is_word(b) && !is_word(last) {
                    word_start = i;
                }
                last = b;
            }
        }
        i += 1;
    }
    false
}

/// `/pattern/flags` → (pattern, flags); `None` for anything else.
fn split_literal(literal: &str) -> Option<(&str, &str)> {
    let body = literal.strip_prefix('/')?;
    let close = body.rfind('/')?;
    let (pattern, flags) = (&body[..close], &body[close + 1..]);
    if pattern.is_empty() || !flags.chars().all(|c| c.is_ascii_alphabetic()) {
        return None;
    }
    Some((pattern, flags))
}

/// The byte ranges of the lines, split where Boa counts lines: LF, CR, CRLF,
/// U+2028, U+2029.
fn line_starts(text: &str) -> Vec<(usize, usize)> {
    let mut lines = Vec::new();
    let mut start = 0;
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let end = match c {
            '\n' | '\u{2028}' | '\u{2029}' => i + c.len_utf8(),
            '\r' => {
                if chars.peek().is_some_and(|&(_, n)| n == '\n') {
                    chars.next();
                    i + 2
                } else {
                    i + 1
                }
            }
            _ => continue,
        };
        lines.push((start, i));
        start = end;
    }
    lines.push((start, text.len()));
    lines
}

/// The byte offset of the `n`th character of `line` (its end for `n` = its
/// length).
fn char_offset(line: &str, n: usize) -> Option<usize> {
    line.char_indices()
        .map(|(i, _)| i)
        .chain(std::iter::once(line.len()))
        .nth(n)
}

/// Defines the global `ℛ`.
pub fn install(ctx: &mut Context) -> JsResult<()> {
    let function = NativeFunction::from_fn_ptr(evaluate).to_js_function(ctx.realm());
    ctx.global_object().define_property_or_throw(
        JsString::from(CALLEE),
        boa_engine::property::PropertyDescriptor::builder()
            .value(function)
            .writable(false)
            .enumerable(false)
            .configurable(false),
        ctx,
    )?;
    Ok(())
}

/// `ℛ(k)`: a new RegExp object for literal site `k`.
fn evaluate(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let id = args
        .first()
        .and_then(JsValue::as_number)
        .filter(|n| n.fract() == 0.0 && *n >= 0.0)
        .ok_or_else(|| JsNativeError::typ().with_message("not a regex literal site"))?;
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
    let id = id as usize;
    let replace_arg = SITES.with(|s| s.borrow().get(id).is_some_and(|site| site.replace_arg));
    if replace_arg {
        return hand_out(id, ctx);
    }
    make(id, ctx).map(Into::into)
}

/// A new RegExp object for site `id`, as the literal makes it.
fn make(id: usize, ctx: &mut Context) -> JsResult<JsObject> {
    // The copy for every evaluation after the first: no strings cloned.
    let made = SITES.with(|s| {
        s.borrow()
            .get(id)
            .map(|site| (site.made.clone(), site.fast.clone()))
    });
    let Some((made, fast)) = made else {
        return Err(JsNativeError::typ()
            .with_message("not a regex literal site")
            .into());
    };
    let (object, fast) = if let Some(data) = made {
        (literal_object(data, ctx), fast)
    } else {
        let (pattern, flags) = SITES
            .with(|s| {
                s.borrow()
                    .get(id)
                    .map(|site| (site.pattern.clone(), site.flags.clone()))
            })
            .unwrap_or_default();
        let object: boa_engine::JsObject =
            JsRegExp::new(pattern.clone(), flags.clone(), ctx)?.into();
        let data = object.downcast_ref::<RegExp>().map(|d| d.clone());
        let fast = compile_literal(&pattern, &flags);
        SITES.with(|s| {
            if let Some(site) = s.borrow_mut().get_mut(id) {
                site.made = data;
                site.fast.clone_from(&fast);
            }
        });
        (object, fast)
    };
    if let Some(fast) = fast {
        remember_made(&object, &fast);
    }
    Ok(object)
}

/// `ℛ(id)` for a replace pattern: the object the fast path gave back, or a
/// new one; noted as handed out, with where from.
fn hand_out(id: usize, ctx: &mut Context) -> JsResult<JsValue> {
    let Some(frame) = ctx.stack_trace().next() else {
        return make(id, ctx).map(Into::into);
    };
    let code = frame.code_block().clone();
    let depth = ctx.stack_trace().count();
    let (spare, position) = SITES.with(|s| {
        let mut sites = s.borrow_mut();
        let Some(site) = sites.get_mut(id) else {
            return (None, None);
        };
        let spare = match &mut site.spare {
            Some((object, free)) if *free => {
                *free = false;
                Some(object.clone())
            }
            _ => None,
        };
        let position = match &site.at {
            Some((at, position)) if Gc::ptr_eq(at, &code) => *position,
            _ => {
                let position = frame.position().position;
                site.at = Some((code.clone(), position));
                position
            }
        };
        (spare, position)
    });
    let object = match spare {
        Some(object) => object,
        None => {
            let object = make(id, ctx)?;
            SITES.with(|s| {
                if let Some(site) = s.borrow_mut().get_mut(id) {
                    if site.fast.is_some() {
                        site.spare = Some((object.clone(), false));
                    }
                }
            });
            object
        }
    };
    HANDED.with(|h| {
        *h.borrow_mut() = Some(Handed {
            object: object.clone(),
            site: id,
            code,
            depth,
            position,
        });
    });
    Ok(object.into())
}

/// When `object` is what `ℛ` handed out last for a replace pattern, and the
/// call now running is the one it was handed out for (same frame, same
/// position): the site and its compiled form. Whatever the answer, the
/// note of what was handed out is used up.
pub fn handed_for_this_call(object: &JsObject, ctx: &Context) -> Option<(usize, Rc<Compiled>)> {
    let handed = HANDED.with(|h| h.borrow_mut().take())?;
    if handed.object != *object {
        return None;
    }
    let frame = ctx.stack_trace().next()?;
    if !Gc::ptr_eq(frame.code_block(), &handed.code)
        || ctx.stack_trace().count() != handed.depth
        || frame.position().position != handed.position
    {
        return None;
    }
    SITES.with(|s| {
        let sites = s.borrow();
        let site = sites.get(handed.site)?;
        let fast = site.fast.clone()?;
        Some((handed.site, fast))
    })
}

/// The fast path is done with `object`, handed out for site `id`: the site
/// may hand it out again.
pub fn give_back(id: usize, object: &JsObject) {
    SITES.with(|s| {
        if let Some(Some((spare, free))) = s.borrow_mut().get_mut(id).map(|site| &mut site.spare) {
            if spare == object {
                *free = true;
            }
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rewritten(text: &str) -> String {
        rewrite("/x/t.mjs", text, Goal::Module).unwrap_or_else(|| text.to_string())
    }

    #[test]
    fn literals_become_calls_of_the_same_width() {
        let text = "const a = s.replace(/\\d+x/g, \"n\"); const b = 1;\n";
        let out = rewritten(text);
        assert!(out.contains(CALLEE), "{out}");
        assert!(!out.contains("/g"), "{out}");
        assert_eq!(out.chars().count(), text.chars().count());
        let col = |s: &str| s.find("\"n\"").map(|b| s[..b].chars().count());
        assert_eq!(col(&out), col(text));
    }

    #[test]
    fn short_literals_division_comments_and_strings_stay() {
        for text in [
            "const a = /a/;",
            "const q = x / y / z;",
            "// const c = /comment/g;",
            "const s = \"/not/a/regex/\";",
        ] {
            assert_eq!(rewritten(text), text);
        }
    }

    #[test]
    fn positions_hold_after_every_kind_of_line_break() {
        for newline in ["\n", "\r\n", "\r", "\u{2028}"] {
            let text = format!("let a = 1;{newline}let b = é.replace(/abcdef/g, '');{newline}");
            let out = rewrite("/x/t.mjs", &text, Goal::Module).expect("rewritten");
            assert_eq!(out.chars().count(), text.chars().count(), "{newline:?}");
            assert!(
                out.contains(&format!("é.replace({CALLEE}(")),
                "{newline:?}: {out}"
            );
        }
    }

    #[test]
    fn files_that_do_not_parse_or_live_in_node_modules_are_left_alone() {
        assert_eq!(rewrite("/x/t.mjs", "let = /abcdef/g;", Goal::Module), None);
        assert_eq!(
            rewrite(
                "/p/node_modules/m/i.js",
                "s.replace(/abcdef/g, '')",
                Goal::Script
            ),
            None
        );
    }

    #[test]
    fn the_scan_finds_literals_and_passes_over_division() {
        assert!(may_hold_literal("x = /a/g"));
        assert!(may_hold_literal("f(/a/)"));
        assert!(may_hold_literal("return /a/"));
        assert!(!may_hold_literal("a / b / c"));
        assert!(!may_hold_literal("f(a) / 2; g[1] / 3"));
        assert!(!may_hold_literal("'/a/' + \"/b/\" // /c/\n /* /d/ */"));
    }
}
