//! `string.replace(regexp, replacement)` natively, for a pristine RegExp: a
//! plain RegExp object (own property `lastIndex` only, a number) whose
//! prototype is the untouched `RegExp.prototype`. Boa runs the spec's
//! RegExp.prototype[Symbol.replace] generically (property reads, result
//! arrays, a copy of Latin-1 text per match): about 9 µs a call on a short
//! line, 30× node. This runs the same steps with the same engine (regress,
//! compiled as Boa compiles it) and builds the result in one piece. Sticky
//! regexps, anything not pristine, and replacements that are neither a
//! string nor a function go to the original.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use boa_engine::object::builtins::JsRegExp;
use boa_engine::property::PropertyKey;
use boa_engine::string::{JsStr, JsStrVariant};
use boa_engine::{js_string, Context, JsObject, JsResult, JsString, JsSymbol, JsValue};
use regress::Regex;

/// What `RegExp.prototype` held at start-up: a fast path applies only while
/// every one of these is unchanged.
pub struct Pristine {
    proto: JsObject,
    /// (key, the accessor's getter or the data value)
    entries: Vec<(PropertyKey, Option<JsObject>)>,
}

const WATCHED: &[&str] = &[
    "exec",
    "flags",
    "global",
    "ignoreCase",
    "multiline",
    "dotAll",
    "unicode",
    "unicodeSets",
    "sticky",
    "hasIndices",
    "source",
];

fn current(proto: &JsObject, key: &PropertyKey) -> Option<JsObject> {
    stored(&proto.borrow(), key)
}

/// The getter of an accessor, or the value of a data property.
fn stored(object: &boa_engine::object::ErasedObject, key: &PropertyKey) -> Option<JsObject> {
    let desc = object.properties().get(key)?;
    if let Some(get) = desc.get() {
        return get.as_object();
    }
    desc.value().and_then(JsValue::as_object)
}

impl Pristine {
    pub fn capture(ctx: &Context) -> Self {
        let proto = ctx.intrinsics().constructors().regexp().prototype();
        let mut keys: Vec<PropertyKey> = vec![PropertyKey::from(JsSymbol::replace())];
        keys.extend(
            WATCHED
                .iter()
                .map(|k| PropertyKey::from(JsString::from(*k))),
        );
        let entries = keys
            .into_iter()
            .map(|key| {
                let value = current(&proto, &key);
                (key, value)
            })
            .collect();
        Self { proto, entries }
    }

    /// Whether what `replace` reads (`@@replace`, `exec`, `flags` and the
    /// flag getters it calls) is as it was; with `source` too.
    fn unchanged(&self, source: bool) -> bool {
        let proto = self.proto.borrow();
        let checked = if source {
            self.entries.len()
        } else {
            self.entries.len() - 1
        };
        self.entries[..checked].iter().all(|(key, saved)| {
            let now = stored(&proto, key);
            match (saved, now) {
                (Some(a), Some(b)) => JsObject::equals(a, &b),
                (None, None) => true,
                _ => false,
            }
        })
    }
}

pub struct Compiled {
    regex: Regex,
    full_unicode: bool,
    global: bool,
}

/// Compiled regexps by (pattern, flags).
type BySource = HashMap<(Vec<u16>, String), Rc<Compiled>>;

thread_local! {
    static CACHE: RefCell<BySource> = RefCell::default();
    /// By RegExp object, for a regexp used again (reading `source` and
    /// `flags` through their getters costs more than the match).
    /// `RegExp.prototype.compile`, which changes a regexp in place, clears it.
    static BY_OBJECT: RefCell<HashMap<JsObject, Rc<Compiled>>> = RefCell::default();
}

/// Wraps `RegExp.prototype.compile` so that recompiling a regexp in place
/// drops what was cached for it.
pub fn wrap_compile(ctx: &mut Context) -> JsResult<()> {
    let proto = ctx.intrinsics().constructors().regexp().prototype();
    let key = js_string!("compile");
    let Some(original) = proto.get(key.clone(), ctx)?.as_object() else {
        return Ok(());
    };
    let function = boa_engine::NativeFunction::from_copy_closure_with_captures(
        |this, args, original: &JsObject, ctx| {
            BY_OBJECT.with(|m| m.borrow_mut().clear());
            original.call(this, args, ctx)
        },
        original,
    );
    super::fastpaths::define_method(&proto, key, 2, function, ctx)?;
    Ok(())
}

/// The regex of a pristine RegExp object, compiled as Boa compiles it;
/// `None` when the fast path does not apply.
fn compiled(
    obj: &JsObject,
    pristine: &Pristine,
    ctx: &mut Context,
) -> JsResult<Option<(Rc<Compiled>, bool)>> {
    let Ok(regexp) = JsRegExp::from_object(obj.clone()) else {
        return Ok(None);
    };
    if obj.prototype().as_ref() != Some(&pristine.proto) || !pristine.unchanged(false) {
        return Ok(None);
    }
    let keys = obj.own_property_keys(ctx)?;
    if keys.len() != 1 || keys[0] != PropertyKey::from(js_string!("lastIndex")) {
        return Ok(None);
    }
    let last_index = obj.get(js_string!("lastIndex"), ctx)?;
    if !last_index.is_number() {
        return Ok(None);
    }
    // `lastIndex` already +0: the global steps' writes of 0 change nothing.
    let zero = last_index
        .as_number()
        .is_some_and(|n| n == 0.0 && n.is_sign_positive());
    if let Some(hit) = BY_OBJECT.with(|m| m.borrow().get(obj).cloned()) {
        return Ok(Some((hit, zero)));
    }
    if !pristine.unchanged(true) {
        return Ok(None);
    }
    let flags = regexp.flags(ctx)?;
    if flags.contains('y') {
        return Ok(None);
    }
    let Some(source) = obj.get(js_string!("source"), ctx)?.as_string() else {
        return Ok(None);
    };
    // The `source` getter writes each `/` of the pattern as `\/`: undo that
    // (its other escapes, `\n` for a line break and so on, match the same).
    let escaped: Vec<u16> = source.iter().collect();
    let mut pattern: Vec<u16> = Vec::with_capacity(escaped.len());
    for (i, &unit) in escaped.iter().enumerate() {
        if unit == u16::from(b'\\') && escaped.get(i + 1) == Some(&u16::from(b'/')) {
            continue;
        }
        pattern.push(unit);
    }
    if pattern
        == [
            u16::from(b'('),
            u16::from(b'?'),
            u16::from(b':'),
            u16::from(b')'),
        ]
    {
        pattern.clear();
    }
    let Some(compiled) = compile(pattern, flags) else {
        return Ok(None);
    };
    remember(obj, &compiled);
    Ok(Some((compiled, zero)))
}

/// The compiled form of (pattern, flags), cached; `None` when regress
/// refuses it.
fn compile(pattern: Vec<u16>, flags: String) -> Option<Rc<Compiled>> {
    let key = (pattern, flags);
    if let Some(hit) = CACHE.with(|c| c.borrow().get(&key).cloned()) {
        return Some(hit);
    }
    let (pattern, flags) = key;
    let full_unicode = flags.contains('u') || flags.contains('v');
    let regex = if full_unicode {
        let text = String::from_utf16_lossy(&pattern);
        Regex::from_unicode(
            text.chars().map(u32::from),
            regress::Flags::from(flags.as_str()),
        )
    } else {
        Regex::from_unicode(
            pattern.iter().map(|&u| u32::from(u)),
            regress::Flags::from(flags.as_str()),
        )
    };
    let compiled = Rc::new(Compiled {
        full_unicode,
        global: flags.contains('g'),
        regex: regex.ok()?,
    });
    CACHE.with(|c| {
        let mut cache = c.borrow_mut();
        if cache.len() >= 512 {
            cache.clear();
        }
        cache.insert((pattern, flags), compiled.clone());
    });
    Some(compiled)
}

/// The compiled form of a regex literal's pattern and flags, for
/// `remember` (`None` for sticky ones, which the fast path leaves alone).
pub fn compile_literal(pattern: &JsString, flags: &JsString) -> Option<Rc<Compiled>> {
    let flags = flags.to_std_string_lossy();
    if flags.contains('y') {
        return None;
    }
    compile(pattern.iter().collect(), flags)
}

/// Notes a fresh RegExp object's compiled form, so a replace with it skips
/// reading `source` and `flags`.
pub fn remember(obj: &JsObject, compiled: &Rc<Compiled>) {
    BY_OBJECT.with(|m| {
        let mut map = m.borrow_mut();
        if map.len() >= 256 {
            map.clear();
        }
        map.insert(obj.clone(), compiled.clone());
    });
}

/// One match: its range and the ranges of its captures.
struct Found {
    start: usize,
    end: usize,
    groups: Vec<Option<(usize, usize)>>,
    /// Named groups, in pattern order, with their ranges.
    named: Vec<(String, Option<(usize, usize)>)>,
}

fn find(compiled: &Compiled, text: &[u16], from: usize) -> Option<Found> {
    let m = if compiled.full_unicode {
        compiled.regex.find_from_utf16(text, from).next()
    } else {
        compiled.regex.find_from_ucs2(text, from).next()
    }?;
    Some(Found {
        start: m.start(),
        end: m.end(),
        groups: m
            .captures
            .iter()
            .map(|c| c.clone().map(|r| (r.start, r.end)))
            .collect(),
        named: m
            .named_groups()
            .map(|(n, r)| (n.to_string(), r.map(|r| (r.start, r.end))))
            .collect(),
    })
}

/// AdvanceStringIndex.
fn advance(text: &[u16], index: usize, full_unicode: bool) -> usize {
    if !full_unicode || index + 1 >= text.len() {
        return index + 1;
    }
    let (a, b) = (text[index], text[index + 1]);
    if (0xD800..=0xDBFF).contains(&a) && (0xDC00..=0xDFFF).contains(&b) {
        index + 2
    } else {
        index + 1
    }
}

/// `S.replace(rx, replacement)` / `S.replaceAll(rx, replacement)` for a
/// pristine `rx`; `None` hands the call to the original.
pub fn replace(
    s: &JsString,
    rx: &JsObject,
    replacement: &JsValue,
    all: bool,
    pristine: &Pristine,
    ctx: &mut Context,
) -> JsResult<Option<JsValue>> {
    let function = replacement.as_callable();
    let template = if function.is_none() {
        match replacement.as_string() {
            Some(t) => Some(t),
            None => return Ok(None),
        }
    } else {
        None
    };
    let Some((compiled, last_index_zero)) = compiled(rx, pristine, ctx)? else {
        return Ok(None);
    };
    if all && !compiled.global {
        return Ok(None); // replaceAll throws its TypeError in the original
    }
    let text: Vec<u16> = match s.variant() {
        JsStrVariant::Latin1(bytes) => bytes.iter().map(|&b| u16::from(b)).collect(),
        JsStrVariant::Utf16(units) => units.to_vec(),
    };
    let mut found = Vec::new();
    if compiled.global {
        if !last_index_zero {
            rx.set(js_string!("lastIndex"), 0, true, ctx)?;
        }
        let mut last = 0;
        while last <= text.len() {
            let Some(m) = find(&compiled, &text, last) else {
                break;
            };
            last = if m.end == m.start {
                advance(&text, m.end, compiled.full_unicode)
            } else {
                m.end
            };
            found.push(m);
        }
        if !last_index_zero {
            rx.set(js_string!("lastIndex"), 0, true, ctx)?;
        }
    } else if let Some(m) = find(&compiled, &text, 0) {
        found.push(m);
    }
    if found.is_empty() {
        return Ok(Some(s.clone().into()));
    }
    let piece = |a: usize, b: usize| -> JsString { JsString::from(&text[a..b]) };
    let mut parts: Vec<JsString> = Vec::with_capacity(found.len() * 2 + 1);
    let mut next = 0;
    for m in &found {
        let replaced: JsString = if let Some(f) = &function {
            let mut args: Vec<JsValue> = Vec::with_capacity(m.groups.len() + 4);
            args.push(piece(m.start, m.end).into());
            for g in &m.groups {
                args.push(g.map_or(JsValue::undefined(), |(a, b)| piece(a, b).into()));
            }
            #[allow(clippy::cast_precision_loss)]
            args.push(JsValue::from(m.start as f64));
            args.push(s.clone().into());
            if !m.named.is_empty() {
                args.push(groups_object(m, &piece, ctx)?.into());
            }
            f.call(&JsValue::undefined(), &args, ctx)?.to_string(ctx)?
        } else {
            let template = template
                .as_ref()
                .map_or_else(JsString::default, Clone::clone);
            substitution(&template, &text, m)
        };
        if m.start >= next {
            parts.push(piece(next, m.start));
            parts.push(replaced);
            next = m.end;
        }
    }
    parts.push(piece(next.min(text.len()), text.len()));
    let strs: Vec<JsStr<'_>> = parts.iter().map(JsString::as_str).collect();
    Ok(Some(JsString::concat_array(&strs).into()))
}

fn groups_object(
    m: &Found,
    piece: &dyn Fn(usize, usize) -> JsString,
    ctx: &mut Context,
) -> JsResult<JsObject> {
    let groups = JsObject::with_null_proto();
    for (name, range) in &m.named {
        let value = range.map_or(JsValue::undefined(), |(a, b)| piece(a, b).into());
        groups.create_data_property_or_throw(JsString::from(name.as_str()), value, ctx)?;
    }
    Ok(groups)
}

/// GetSubstitution with captures: `$$ $& $` $' $n $nn $<name>`.
fn substitution(template: &JsString, text: &[u16], m: &Found) -> JsString {
    let t: Vec<u16> = template.iter().collect();
    if !t.contains(&u16::from(b'$')) {
        return template.clone();
    }
    let digit = |u: u16| (0x30..=0x39).contains(&u);
    let mut out: Vec<u16> = Vec::with_capacity(t.len() + 16);
    let m_count = m.groups.len();
    let mut i = 0;
    while i < t.len() {
        let c = t[i];
        if c != u16::from(b'$') || i + 1 >= t.len() {
            out.push(c);
            i += 1;
            continue;
        }
        let next = t[i + 1];
        match next {
            0x24 => {
                out.push(0x24);
                i += 2;
            }
            0x26 => {
                out.extend_from_slice(&text[m.start..m.end]);
                i += 2;
            }
            0x60 => {
                out.extend_from_slice(&text[..m.start]);
                i += 2;
            }
            0x27 => {
                out.extend_from_slice(&text[m.end.min(text.len())..]);
                i += 2;
            }
            d if digit(d) => {
                let two = i + 2 < t.len() && digit(t[i + 2]);
                let mut count = if two { 2 } else { 1 };
                let mut index = usize::from(d - 0x30);
                if two {
                    index = index * 10 + usize::from(t[i + 2] - 0x30);
                    if index > m_count {
                        count = 1;
                        index = usize::from(d - 0x30);
                    }
                }
                if (1..=m_count).contains(&index) {
                    if let Some((a, b)) = m.groups[index - 1] {
                        out.extend_from_slice(&text[a..b]);
                    }
                } else {
                    out.extend_from_slice(&t[i..=i + count]);
                }
                i += 1 + count;
            }
            0x3C => {
                // `$<name>`: only with named groups; else literal.
                if m.named.is_empty() {
                    out.extend_from_slice(&t[i..i + 2]);
                    i += 2;
                    continue;
                }
                let Some(close) = t[i + 2..].iter().position(|&u| u == u16::from(b'>')) else {
                    out.extend_from_slice(&t[i..i + 2]);
                    i += 2;
                    continue;
                };
                let name = String::from_utf16_lossy(&t[i + 2..i + 2 + close]);
                if let Some((_, Some((a, b)))) = m.named.iter().find(|(n, _)| *n == name) {
                    out.extend_from_slice(&text[*a..*b]);
                }
                i += 3 + close;
            }
            _ => {
                out.push(c);
                i += 1;
            }
        }
    }
    JsString::from(&out[..])
}
