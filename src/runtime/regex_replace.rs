//! `string.replace(regexp, replacement)` natively, for a pristine RegExp: a
//! plain RegExp object (own property `lastIndex` only, a number) whose
//! prototype is the untouched `RegExp.prototype`. Boa runs the spec's
//! RegExp.prototype[Symbol.replace] generically (property reads, result
//! arrays, a copy of Latin-1 text per match): about 9 µs a call on a short
//! line, 30× node. This runs the same steps with the same engine (regress,
//! compiled as Boa compiles it) and builds the result in one piece. Sticky
//! regexps, anything not pristine, and replacements that are neither a
//! string nor a function go to the original.

use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::rc::Rc;

use boa_engine::builtins::regexp::RegExp;
use boa_engine::object::builtins::JsRegExp;
use boa_engine::object::shape::Shape;
use boa_engine::object::ObjectInitializer;
use boa_engine::property::Attribute;
use boa_engine::property::PropertyKey;
use boa_engine::string::JsStr;

use super::fastpaths::{slice, units, Units};
use boa_engine::{
    js_string, Context, JsNativeError, JsObject, JsResult, JsString, JsSymbol, JsValue,
};
use regress::Regex;

/// What `RegExp.prototype` held at start-up: a fast path applies only while
/// every one of these is unchanged.
pub struct Pristine {
    proto: JsObject,
    /// (key, the accessor's getter or the data value); the two data
    /// properties (`@@replace`, `exec`) first, `source` last.
    entries: Vec<(PropertyKey, Option<JsObject>)>,
    /// The shape of a RegExp object a regex literal makes (`literal_object`):
    /// `RegExp.prototype` as its prototype and `lastIndex` its one own
    /// property, writable. Held, so no other shape can come to have its
    /// address.
    literal_shape: Shape,
    /// `RegExp.prototype`'s shape and the define epoch when every entry was
    /// last found unchanged. An accessor of `RegExp.prototype` can be
    /// replaced only by a define (`Object.defineProperty` and its kin, which
    /// bump the epoch; see `watch_defines`) or by a delete and a new
    /// property (the delete gives the object a new shape); only the data
    /// properties, which an assignment changes, need reading every time.
    verified: RefCell<Option<(Shape, u64)>>,
}

/// The number of data entries at the front of `Pristine::entries`.
const DATA_ENTRIES: usize = 2;

thread_local! {
    /// Bumped by every call of a built-in that can define an accessor.
    static DEFINES: Cell<u64> = const { Cell::new(0) };
}

/// Wraps the built-ins that define accessor properties on objects the
/// caller names (`Object.defineProperty`, `Object.defineProperties`,
/// `Reflect.defineProperty`, `__defineGetter__`, `__defineSetter__`) so
/// that each call bumps the define epoch. Same names, lengths and
/// attributes; the original does the work.
pub fn watch_defines(ctx: &mut Context) -> JsResult<()> {
    let object = ctx.intrinsics().constructors().object().constructor();
    let object_proto = ctx.intrinsics().constructors().object().prototype();
    let reflect = ctx.intrinsics().objects().reflect();
    let targets: [(&JsObject, &str, usize); 5] = [
        (&object, "defineProperty", 3),
        (&object, "defineProperties", 2),
        (&reflect, "defineProperty", 3),
        (&object_proto, "__defineGetter__", 2),
        (&object_proto, "__defineSetter__", 2),
    ];
    for (target, name, length) in targets {
        let key = JsString::from(name);
        let Some(original) = target.get(key.clone(), ctx)?.as_object() else {
            continue;
        };
        let function = boa_engine::NativeFunction::from_copy_closure_with_captures(
            |this, args, original: &JsObject, ctx| {
                DEFINES.with(|d| d.set(d.get() + 1));
                original.call(this, args, ctx)
            },
            original,
        );
        super::fastpaths::define_method(target, key, length, function, ctx)?;
    }
    Ok(())
}

/// A RegExp object as a regex literal makes it: `data` with the realm's
/// `RegExp.prototype` and an own `lastIndex` of 0.
pub fn literal_object(data: RegExp, ctx: &mut Context) -> JsObject {
    let proto = ctx.intrinsics().constructors().regexp().prototype();
    ObjectInitializer::with_native_data_and_proto(data, proto, ctx)
        .property(js_string!("lastIndex"), 0, Attribute::WRITABLE)
        .build()
}

/// The accessors `replace` reads through `flags`, then `source`.
const WATCHED: &[&str] = &[
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
    pub fn capture(ctx: &mut Context) -> JsResult<Self> {
        let proto = ctx.intrinsics().constructors().regexp().prototype();
        let mut keys: Vec<PropertyKey> = vec![
            PropertyKey::from(JsSymbol::replace()),
            PropertyKey::from(js_string!("exec")),
        ];
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
        let made: JsObject = JsRegExp::new(js_string!("a"), js_string!(""), ctx)?.into();
        let data = made
            .downcast_ref::<RegExp>()
            .map(|d| d.clone())
            .ok_or_else(|| JsNativeError::typ().with_message("not a RegExp"))?;
        let literal_shape = literal_object(data, ctx).borrow().shape().clone();
        Ok(Self {
            proto,
            entries,
            literal_shape,
            verified: RefCell::new(None),
        })
    }

    /// Whether what `replace` reads (`@@replace`, `exec`, `flags` and the
    /// flag getters it calls) is as it was; with `source` too.
    fn unchanged(&self, source: bool) -> bool {
        let proto = self.proto.borrow();
        let epoch = DEFINES.with(Cell::get);
        let same = |entries: &[(PropertyKey, Option<JsObject>)]| {
            entries.iter().all(|(key, saved)| {
                let now = stored(&proto, key);
                match (saved, now) {
                    (Some(a), Some(b)) => JsObject::equals(a, &b),
                    (None, None) => true,
                    _ => false,
                }
            })
        };
        let accessors_known = self.verified.borrow().as_ref().is_some_and(|(shape, e)| {
            *e == epoch && shape.to_addr_usize() == proto.shape().to_addr_usize()
        });
        if accessors_known && !source {
            return same(&self.entries[..DATA_ENTRIES]);
        }
        let checked = if source {
            self.entries.len()
        } else {
            self.entries.len() - 1
        };
        if !same(&self.entries[..checked]) {
            return false;
        }
        *self.verified.borrow_mut() = Some((proto.shape().clone(), epoch));
        true
    }

    /// Whether `obj` has the shape of a RegExp object a literal makes.
    fn literal_shaped(&self, obj: &JsObject) -> bool {
        obj.borrow().shape().to_addr_usize() == self.literal_shape.to_addr_usize()
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
    /// The object a regex literal made last, which is mostly what the next
    /// replace takes (`line.replace(/x/g, y)`); cleared with `BY_OBJECT`.
    static LAST_MADE: RefCell<Option<(JsObject, Rc<Compiled>)>> = const { RefCell::new(None) };
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
            LAST_MADE.with(|l| l.borrow_mut().take());
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
    let literal = pristine.literal_shaped(obj);
    if !literal && obj.prototype().as_ref() != Some(&pristine.proto) {
        return Ok(None);
    }
    if !pristine.unchanged(false) {
        return Ok(None);
    }
    let last_index_key = PropertyKey::from(js_string!("lastIndex"));
    let last_index = if literal {
        // The shape says: only `lastIndex`, a writable data property.
        obj.borrow()
            .properties()
            .get(&last_index_key)
            .and_then(|d| d.value().cloned())
            .unwrap_or_default()
    } else {
        let keys = obj.own_property_keys(ctx)?;
        if keys.len() != 1 || keys[0] != last_index_key {
            return Ok(None);
        }
        obj.get(js_string!("lastIndex"), ctx)?
    };
    if !last_index.is_number() {
        return Ok(None);
    }
    // `lastIndex` already +0: the global steps' writes of 0 change nothing.
    let zero = last_index
        .as_number()
        .is_some_and(|n| n == 0.0 && n.is_sign_positive());
    let made = LAST_MADE.with(|l| {
        l.borrow()
            .as_ref()
            .filter(|(o, _)| o == obj)
            .map(|(_, c)| c.clone())
    });
    if let Some(hit) = made.or_else(|| BY_OBJECT.with(|m| m.borrow().get(obj).cloned())) {
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

/// Notes the compiled form of the object a regex literal just made, so a
/// replace with it skips reading `source` and `flags`.
pub fn remember_made(obj: &JsObject, compiled: &Rc<Compiled>) {
    LAST_MADE.with(|l| *l.borrow_mut() = Some((obj.clone(), compiled.clone())));
}

/// Notes a RegExp object's compiled form, for the next replace with it.
fn remember(obj: &JsObject, compiled: &Rc<Compiled>) {
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
    groups: Vec<Option<std::ops::Range<usize>>>,
    /// Named groups, in pattern order, with their ranges.
    named: Vec<(String, Option<(usize, usize)>)>,
}

/// The text to search, as the matcher reads it: ASCII text as it is, other
/// Latin-1 text widened, UTF-16 text as it is.
enum Haystack<'a> {
    Ascii(&'a str),
    Wide(std::borrow::Cow<'a, [u16]>),
}

impl<'a> Haystack<'a> {
    fn of(units: Units<'a>) -> Self {
        match units {
            Units::Latin1(bytes) => match std::str::from_utf8(bytes) {
                Ok(text) if bytes.is_ascii() => Haystack::Ascii(text),
                _ => Haystack::Wide(bytes.iter().map(|&b| u16::from(b)).collect()),
            },
            Units::Utf16(units) => Haystack::Wide(std::borrow::Cow::Borrowed(units)),
        }
    }

    /// The matches a replace takes: every one for a global regex (the
    /// matcher steps past an empty match as AdvanceStringIndex does), else
    /// the first.
    fn matches(&self, compiled: &Compiled) -> Vec<Found> {
        let take = if compiled.global { usize::MAX } else { 1 };
        match self {
            Haystack::Ascii(text) => found(compiled.regex.find_from_ascii(text, 0), take),
            Haystack::Wide(text) if compiled.full_unicode => {
                found(compiled.regex.find_from_utf16(text, 0), take)
            }
            Haystack::Wide(text) => found(compiled.regex.find_from_ucs2(text, 0), take),
        }
    }
}

fn found(matches: impl Iterator<Item = regress::Match>, take: usize) -> Vec<Found> {
    matches
        .take(take)
        .map(|m| {
            let named = m
                .named_groups()
                .map(|(n, r)| (n.to_string(), r.map(|r| (r.start, r.end))))
                .collect();
            Found {
                start: m.range.start,
                end: m.range.end,
                groups: m.captures,
                named,
            }
        })
        .collect()
}

/// A piece of a replacement template (GetSubstitution): `$$ $& $` $' $n
/// $nn $<name>`, and the text between them.
enum Sub {
    Text(usize, usize),
    Dollar,
    Matched,
    Before,
    After,
    Group(usize),
    Named(String),
}

/// The template's pieces, for a regex with `groups` captures (`named` when
/// some are named).
fn parse_template(t: Units<'_>, groups: usize, named: bool) -> Vec<Sub> {
    let digit = |u: u16| (0x30..=0x39).contains(&u);
    let mut subs = Vec::new();
    let (mut text_from, mut i) = (0, 0);
    let len = t.len();
    while i < len {
        if t.at(i) != u16::from(b'$') || i + 1 >= len {
            i += 1;
            continue;
        }
        let (sub, width) = match t.at(i + 1) {
            0x24 => (Sub::Dollar, 2),
            0x26 => (Sub::Matched, 2),
            0x60 => (Sub::Before, 2),
            0x27 => (Sub::After, 2),
            d if digit(d) => {
                let one = usize::from(d - 0x30);
                let two = (i + 2 < len && digit(t.at(i + 2)))
                    .then(|| one * 10 + usize::from(t.at(i + 2) - 0x30))
                    .filter(|n| (1..=groups).contains(n));
                match two {
                    Some(n) => (Sub::Group(n), 3),
                    None if (1..=groups).contains(&one) => (Sub::Group(one), 2),
                    None => {
                        i += 1;
                        continue;
                    }
                }
            }
            0x3C if named => {
                let close = (i + 2..len).find(|&j| t.at(j) == u16::from(b'>'));
                let Some(close) = close else {
                    i += 1;
                    continue;
                };
                let name: Vec<u16> = (i + 2..close).map(|j| t.at(j)).collect();
                (Sub::Named(String::from_utf16_lossy(&name)), close + 1 - i)
            }
            _ => {
                i += 1;
                continue;
            }
        };
        if text_from < i {
            subs.push(Sub::Text(text_from, i));
        }
        subs.push(sub);
        i += width;
        text_from = i;
    }
    if text_from < len {
        subs.push(Sub::Text(text_from, len));
    }
    subs
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
    // The object a literal handed out for this very call is as new:
    // `lastIndex` 0, nothing else holds it.
    let handed = super::regex_literals::handed_for_this_call(rx, ctx)
        .filter(|_| pristine.literal_shaped(rx));
    let (compiled, last_index_zero) = match &handed {
        Some((_, compiled)) => {
            if !pristine.unchanged(false) {
                return Ok(None);
            }
            (compiled.clone(), true)
        }
        None => match compiled(rx, pristine, ctx)? {
            Some(found) => found,
            None => return Ok(None),
        },
    };
    if all && !compiled.global {
        return Ok(None); // replaceAll throws its TypeError in the original
    }
    let hay = units(s);
    let text = Haystack::of(hay);
    if compiled.global && !last_index_zero {
        rx.set(js_string!("lastIndex"), 0, true, ctx)?;
    }
    let found = text.matches(&compiled);
    if compiled.global && !last_index_zero {
        rx.set(js_string!("lastIndex"), 0, true, ctx)?;
    }
    if found.is_empty() {
        return Ok(Some(s.clone().into()));
    }
    let piece = |a: usize, b: usize| -> JsString { JsString::from(slice(hay, a, b)) };
    // A function is called for every match first, in order, as the spec's
    // steps do; the result is then put together in one piece.
    let mut called: Vec<JsString> = Vec::new();
    if let Some(f) = &function {
        called.reserve(found.len());
        for m in &found {
            let mut args: Vec<JsValue> = Vec::with_capacity(m.groups.len() + 4);
            args.push(piece(m.start, m.end).into());
            for g in &m.groups {
                args.push(
                    g.as_ref()
                        .map_or(JsValue::undefined(), |r| piece(r.start, r.end).into()),
                );
            }
            #[allow(clippy::cast_precision_loss)]
            args.push(JsValue::from(m.start as f64));
            args.push(s.clone().into());
            if !m.named.is_empty() {
                args.push(groups_object(m, &piece, ctx)?.into());
            }
            called.push(f.call(&JsValue::undefined(), &args, ctx)?.to_string(ctx)?);
        }
    }
    let template_text = template.unwrap_or_default();
    let t = units(&template_text);
    let subs = if function.is_none() {
        parse_template(t, found[0].groups.len(), !found[0].named.is_empty())
    } else {
        Vec::new()
    };
    let mut parts: Vec<JsStr<'_>> = Vec::with_capacity(found.len() * (subs.len() + 1) + 1);
    let mut next = 0;
    for (k, m) in found.iter().enumerate() {
        if m.start < next {
            continue;
        }
        parts.push(slice(hay, next, m.start));
        if let Some(result) = called.get(k) {
            parts.push(result.as_str());
        } else {
            for sub in &subs {
                match sub {
                    Sub::Text(a, b) => parts.push(slice(t, *a, *b)),
                    Sub::Dollar => parts.push(JsStr::latin1(b"$")),
                    Sub::Matched => parts.push(slice(hay, m.start, m.end)),
                    Sub::Before => parts.push(slice(hay, 0, m.start)),
                    Sub::After => parts.push(slice(hay, m.end.min(hay.len()), hay.len())),
                    Sub::Group(n) => {
                        if let Some(Some(r)) = m.groups.get(n - 1) {
                            parts.push(slice(hay, r.start, r.end));
                        }
                    }
                    Sub::Named(name) => {
                        if let Some((_, Some((a, b)))) = m.named.iter().find(|(n, _)| n == name) {
                            parts.push(slice(hay, *a, *b));
                        }
                    }
                }
            }
        }
        next = m.end;
    }
    parts.push(slice(hay, next.min(hay.len()), hay.len()));
    let result = JsString::concat_array(&parts);
    if let Some((site, _)) = handed {
        super::regex_literals::give_back(site, rx);
    }
    Ok(Some(result.into()))
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
