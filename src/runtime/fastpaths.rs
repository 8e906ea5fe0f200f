//! Native fast paths for the `String.prototype` methods build scripts call
//! all day. Boa 0.22 searches from a position by walking from the start
//! (`indexOf(x, from)` is O(from)), which makes `split("\n")` of a 1 MB file
//! take seconds and `replaceAll` minutes. Each fast path here covers the
//! common case exactly as the spec defines it — `this` a string primitive,
//! string arguments, number positions, no `Symbol.split`/`Symbol.replace`
//! on the prototype chain — and hands every other case to the original
//! built-in, which it keeps.

use boa_engine::object::builtins::JsArray;
use boa_engine::object::FunctionObjectBuilder;
use boa_engine::property::{PropertyDescriptor, PropertyKey};
use boa_engine::string::{JsStr, JsStrVariant};
use boa_engine::{js_string, Context, JsObject, JsResult, JsString, JsValue, NativeFunction};

type Fast = fn(&JsString, &[JsValue], &mut Context) -> JsResult<Option<JsValue>>;

const METHODS: &[(&str, usize, Fast)] = &[
    ("indexOf", 1, index_of),
    ("lastIndexOf", 1, last_index_of),
    ("includes", 1, includes),
    ("startsWith", 1, starts_with),
    ("endsWith", 1, ends_with),
    ("split", 2, split),
    ("replace", 2, replace),
    ("replaceAll", 2, replace_all),
];

/// Replaces the methods on `String.prototype`; each keeps the original for
/// the cases it does not cover.
pub fn install(ctx: &mut Context) -> JsResult<()> {
    super::regex_replace::wrap_compile(ctx)?;
    super::regex_replace::watch_defines(ctx)?;
    let pristine = std::rc::Rc::new(super::regex_replace::Pristine::capture(ctx)?);
    ctx.insert_data(pristine);
    let proto = ctx.intrinsics().constructors().string().prototype();
    for &(name, length, fast) in METHODS {
        let key = JsString::from(name);
        let Some(original) = proto.get(key.clone(), ctx)?.as_object() else {
            continue;
        };
        let function = NativeFunction::from_copy_closure_with_captures(
            move |this, args, original: &JsObject, ctx| {
                if let Some(s) = this.as_string() {
                    if let Some(value) = fast(&s, args, ctx)? {
                        return Ok(value);
                    }
                }
                original.call(this, args, ctx)
            },
            original,
        );
        define_method(&proto, key, length, function, ctx)?;
    }
    Ok(())
}

/// Puts `native` on `target` as method `name` (non-enumerable, writable,
/// configurable, not a constructor: as the built-in it replaces).
pub(super) fn define_method(
    target: &JsObject,
    name: JsString,
    length: usize,
    native: NativeFunction,
    ctx: &mut Context,
) -> JsResult<()> {
    let function = FunctionObjectBuilder::new(ctx.realm(), native)
        .name(name.clone())
        .length(length)
        .constructor(false)
        .build();
    target.define_property_or_throw(
        name,
        PropertyDescriptor::builder()
            .value(function)
            .writable(true)
            .enumerable(false)
            .configurable(true),
        ctx,
    )?;
    Ok(())
}

/// A string argument (a primitive), else `None`: the original handles it.
fn string_arg(args: &[JsValue], i: usize) -> Option<JsString> {
    args.get(i).and_then(JsValue::as_string)
}

/// `(searchString, position)` when both take the fast path.
fn search_at(args: &[JsValue], len: usize, default: usize) -> Option<(JsString, usize)> {
    Some((string_arg(args, 0)?, position(args, 1, len, default)?))
}

/// An optional position: `undefined` or a number (ToIntegerOrInfinity,
/// clamped to `0..=len`); `None` for anything else.
fn position(args: &[JsValue], i: usize, len: usize, default: usize) -> Option<usize> {
    match args.get(i) {
        None => Some(default),
        Some(v) if v.is_undefined() => Some(default),
        Some(v) => {
            let n = v.as_number()?;
            Some(clamp(n, len))
        }
    }
}

#[allow(
    clippy::cast_possible_truncation,
    clippy::cast_sign_loss,
    clippy::cast_precision_loss
)]
fn clamp(n: f64, len: usize) -> usize {
    if n.is_nan() || n <= 0.0 {
        0
    } else if n >= len as f64 {
        len
    } else {
        n.trunc() as usize
    }
}

#[derive(Clone, Copy)]
pub(super) enum Units<'a> {
    Latin1(&'a [u8]),
    Utf16(&'a [u16]),
}

pub(super) fn units(s: &JsString) -> Units<'_> {
    match s.variant() {
        JsStrVariant::Latin1(bytes) => Units::Latin1(bytes),
        JsStrVariant::Utf16(units) => Units::Utf16(units),
    }
}

impl Units<'_> {
    pub(super) fn len(self) -> usize {
        match self {
            Units::Latin1(b) => b.len(),
            Units::Utf16(u) => u.len(),
        }
    }

    pub(super) fn at(self, i: usize) -> u16 {
        match self {
            Units::Latin1(b) => u16::from(b[i]),
            Units::Utf16(u) => u[i],
        }
    }
}

fn substring(s: &JsString, from: usize, to: usize) -> JsString {
    match units(s) {
        Units::Latin1(b) => JsString::from(JsStr::latin1(&b[from..to])),
        Units::Utf16(u) => JsString::from(JsStr::utf16(&u[from..to])),
    }
}

/// Finds `needle` in `hay` from `from` on, as code units.
struct Finder<'a> {
    hay: Units<'a>,
    needle: Units<'a>,
    /// The needle as bytes, when both are Latin-1 (memchr's fast search).
    bytes: Option<memchr::memmem::Finder<'a>>,
    /// The needle cannot occur (a unit above 0xFF in a Latin-1 haystack).
    impossible: bool,
    wide: Vec<u16>,
}

impl<'a> Finder<'a> {
    fn new(hay: Units<'a>, needle: Units<'a>) -> Self {
        let mut finder = Finder {
            hay,
            needle,
            bytes: None,
            impossible: false,
            wide: Vec::new(),
        };
        match (hay, needle) {
            (Units::Latin1(_), Units::Latin1(n)) => {
                finder.bytes = Some(memchr::memmem::Finder::new(n));
            }
            (Units::Latin1(_), Units::Utf16(n)) => {
                if n.iter().any(|&u| u > 0xFF) {
                    finder.impossible = true;
                } else {
                    #[allow(clippy::cast_possible_truncation)]
                    let narrow: Vec<u8> = n.iter().map(|&u| u as u8).collect();
                    finder.bytes = Some(memchr::memmem::Finder::new(&narrow).into_owned());
                }
            }
            (Units::Utf16(_), Units::Latin1(n)) => {
                finder.wide = n.iter().map(|&b| u16::from(b)).collect();
            }
            (Units::Utf16(_), Units::Utf16(n)) => finder.wide = n.to_vec(),
        }
        finder
    }

    fn needle_len(&self) -> usize {
        self.needle.len()
    }

    /// The first match at or after `from`.
    fn find(&self, from: usize) -> Option<usize> {
        let len = self.hay.len();
        let n = self.needle.len();
        if from > len || n > len - from {
            return None;
        }
        if n == 0 {
            return Some(from);
        }
        if self.impossible {
            return None;
        }
        match (self.hay, &self.bytes) {
            (Units::Latin1(h), Some(finder)) => finder.find(&h[from..]).map(|i| i + from),
            (Units::Utf16(h), _) => {
                let first = self.wide[0];
                let mut i = from;
                while i + n <= len {
                    match h[i..=len - n].iter().position(|&u| u == first) {
                        None => return None,
                        Some(k) => {
                            let at = i + k;
                            if h[at..at + n] == self.wide[..] {
                                return Some(at);
                            }
                            i = at + 1;
                        }
                    }
                }
                None
            }
            (Units::Latin1(_), None) => None,
        }
    }
}

/// Whether `needle` occurs in `hay` at `at`.
fn matches_at(hay: Units<'_>, needle: Units<'_>, at: usize) -> bool {
    let n = needle.len();
    if at + n > hay.len() {
        return false;
    }
    match (hay, needle) {
        (Units::Latin1(h), Units::Latin1(s)) => &h[at..at + n] == s,
        (Units::Utf16(h), Units::Utf16(s)) => &h[at..at + n] == s,
        _ => (0..n).all(|i| hay.at(at + i) == needle.at(i)),
    }
}

fn index_of(s: &JsString, args: &[JsValue], _: &mut Context) -> JsResult<Option<JsValue>> {
    let hay = units(s);
    let Some((search, from)) = search_at(args, hay.len(), 0) else {
        return Ok(None);
    };
    let found = Finder::new(hay, units(&search)).find(from);
    Ok(Some(
        found.map_or(JsValue::from(-1), |i| JsValue::from(i as f64)),
    ))
}

#[allow(clippy::cast_precision_loss)]
fn last_index_of(s: &JsString, args: &[JsValue], _: &mut Context) -> JsResult<Option<JsValue>> {
    let Some(search) = string_arg(args, 0) else {
        return Ok(None);
    };
    let hay = units(s);
    let needle = units(&search);
    let len = hay.len();
    // ToNumber(position): NaN (and undefined) mean +∞.
    let start = match args.get(1) {
        None => len,
        Some(v) if v.is_undefined() => len,
        Some(v) => match v.as_number() {
            Some(n) if n.is_nan() => len,
            Some(n) => clamp(n, len),
            None => return Ok(None),
        },
    };
    let n = needle.len();
    if n > len {
        return Ok(Some(JsValue::from(-1)));
    }
    let mut k = start.min(len - n);
    loop {
        if matches_at(hay, needle, k) {
            return Ok(Some(JsValue::from(k as f64)));
        }
        if k == 0 {
            return Ok(Some(JsValue::from(-1)));
        }
        k -= 1;
    }
}

fn includes(s: &JsString, args: &[JsValue], _: &mut Context) -> JsResult<Option<JsValue>> {
    let hay = units(s);
    let Some((search, from)) = search_at(args, hay.len(), 0) else {
        return Ok(None);
    };
    let found = Finder::new(hay, units(&search)).find(from).is_some();
    Ok(Some(JsValue::from(found)))
}

fn starts_with(s: &JsString, args: &[JsValue], _: &mut Context) -> JsResult<Option<JsValue>> {
    let hay = units(s);
    let Some((search, at)) = search_at(args, hay.len(), 0) else {
        return Ok(None);
    };
    Ok(Some(JsValue::from(matches_at(hay, units(&search), at))))
}

fn ends_with(s: &JsString, args: &[JsValue], _: &mut Context) -> JsResult<Option<JsValue>> {
    let hay = units(s);
    let Some((search, end)) = search_at(args, hay.len(), hay.len()) else {
        return Ok(None);
    };
    let needle = units(&search);
    let ok = end >= needle.len() && matches_at(hay, needle, end - needle.len());
    Ok(Some(JsValue::from(ok)))
}

// A primitive separator or pattern is never asked for `Symbol.split` or
// `Symbol.replace` (the current spec, and Boa's built-ins): only objects
// delegate, and objects never take these fast paths.

fn split(s: &JsString, args: &[JsValue], ctx: &mut Context) -> JsResult<Option<JsValue>> {
    let Some(separator) = string_arg(args, 0) else {
        return Ok(None);
    };
    let limit: u32 = match args.get(1) {
        None => u32::MAX,
        Some(v) if v.is_undefined() => u32::MAX,
        Some(v) => match v.as_number() {
            Some(_) => v.to_u32(ctx)?,
            None => return Ok(None),
        },
    };
    let limit = limit as usize;
    if limit == 0 {
        return Ok(Some(JsArray::new(ctx)?.into()));
    }
    let hay = units(s);
    let needle = units(&separator);
    let mut parts: Vec<JsValue> = Vec::new();
    if needle.len() == 0 {
        let count = hay.len().min(limit);
        parts.reserve(count);
        for i in 0..count {
            parts.push(substring(s, i, i + 1).into());
        }
        return Ok(Some(JsArray::from_iter(parts, ctx).into()));
    }
    if hay.len() == 0 {
        return Ok(Some(
            JsArray::from_iter([JsValue::from(s.clone())], ctx).into(),
        ));
    }
    let finder = Finder::new(hay, needle);
    let mut i = 0;
    let mut next = finder.find(0);
    while let Some(j) = next {
        parts.push(substring(s, i, j).into());
        if parts.len() == limit {
            return Ok(Some(JsArray::from_iter(parts, ctx).into()));
        }
        i = j + finder.needle_len();
        next = finder.find(i);
    }
    parts.push(substring(s, i, hay.len()).into());
    Ok(Some(JsArray::from_iter(parts, ctx).into()))
}

/// A piece of a replacement template for a string pattern: only `$$`, `$&`,
/// `` $` `` and `$'` mean something (there are no captures).
enum Piece {
    Text(usize, usize),
    Dollar,
    Matched,
    Before,
    After,
}

fn template(replacement: Units<'_>) -> Vec<Piece> {
    let mut pieces = Vec::new();
    let len = replacement.len();
    let mut start = 0;
    let mut i = 0;
    while i < len {
        if replacement.at(i) == u16::from(b'$') && i + 1 < len {
            let piece = match replacement.at(i + 1) {
                0x24 => Some(Piece::Dollar),
                0x26 => Some(Piece::Matched),
                0x60 => Some(Piece::Before),
                0x27 => Some(Piece::After),
                _ => None,
            };
            if let Some(piece) = piece {
                if start < i {
                    pieces.push(Piece::Text(start, i));
                }
                pieces.push(piece);
                i += 2;
                start = i;
                continue;
            }
        }
        i += 1;
    }
    if start < len {
        pieces.push(Piece::Text(start, len));
    }
    pieces
}

/// What replaces one match: the template expanded, or the function's result.
enum Replacement {
    Template(JsString, Vec<Piece>),
    Function(JsObject),
}

fn replacement(args: &[JsValue]) -> Option<Replacement> {
    let value = args.get(1).cloned().unwrap_or_default();
    if let Some(f) = value.as_callable() {
        return Some(Replacement::Function(f.clone()));
    }
    let text = value.as_string()?;
    let pieces = template(units(&text));
    Some(Replacement::Template(text, pieces))
}

/// `s` with the matches at `positions` (each `n` long) replaced.
#[allow(clippy::cast_precision_loss)]
fn substitute(
    s: &JsString,
    search: &JsString,
    positions: &[usize],
    with: &Replacement,
    ctx: &mut Context,
) -> JsResult<JsValue> {
    let hay = units(s);
    let n = search.len();
    // Results of a replacer function, kept alive for the final concatenation.
    let mut owned: Vec<JsString> = Vec::new();
    if let Replacement::Function(f) = with {
        for &p in positions {
            let result = f.call(
                &JsValue::undefined(),
                &[
                    search.clone().into(),
                    JsValue::from(p as f64),
                    s.clone().into(),
                ],
                ctx,
            )?;
            owned.push(result.to_string(ctx)?);
        }
    }
    let mut parts: Vec<JsStr<'_>> = Vec::with_capacity(positions.len() * 3 + 1);
    let mut last = 0;
    for (k, &p) in positions.iter().enumerate() {
        parts.push(slice(hay, last, p));
        match with {
            Replacement::Function(_) => parts.push(owned[k].as_str()),
            Replacement::Template(text, pieces) => {
                let repl = units(text);
                for piece in pieces {
                    match piece {
                        Piece::Text(a, b) => parts.push(slice(repl, *a, *b)),
                        Piece::Dollar => parts.push(JsStr::latin1(b"$")),
                        Piece::Matched => parts.push(search.as_str()),
                        Piece::Before => parts.push(slice(hay, 0, p)),
                        Piece::After => parts.push(slice(hay, (p + n).min(hay.len()), hay.len())),
                    }
                }
            }
        }
        last = p + n;
    }
    parts.push(slice(hay, last, hay.len()));
    Ok(JsString::concat_array(&parts).into())
}

pub(super) fn slice(units: Units<'_>, from: usize, to: usize) -> JsStr<'_> {
    match units {
        Units::Latin1(b) => JsStr::latin1(&b[from..to]),
        Units::Utf16(u) => JsStr::utf16(&u[from..to]),
    }
}

/// The regexp fast path, when the pattern is an object.
fn regexp_replace(
    s: &JsString,
    args: &[JsValue],
    all: bool,
    ctx: &mut Context,
) -> JsResult<Option<JsValue>> {
    let Some(rx) = args.first().and_then(JsValue::as_object) else {
        return Ok(None);
    };
    let pristine = match ctx.get_data::<std::rc::Rc<super::regex_replace::Pristine>>() {
        Some(p) => p.clone(),
        None => return Ok(None),
    };
    let replacement = args.get(1).cloned().unwrap_or_default();
    super::regex_replace::replace(s, &rx, &replacement, all, &pristine, ctx)
}

fn replace(s: &JsString, args: &[JsValue], ctx: &mut Context) -> JsResult<Option<JsValue>> {
    let Some(search) = string_arg(args, 0) else {
        return regexp_replace(s, args, false, ctx);
    };
    let Some(with) = replacement(args) else {
        return Ok(None);
    };
    let Some(at) = Finder::new(units(s), units(&search)).find(0) else {
        return Ok(Some(s.clone().into()));
    };
    substitute(s, &search, &[at], &with, ctx).map(Some)
}

fn replace_all(s: &JsString, args: &[JsValue], ctx: &mut Context) -> JsResult<Option<JsValue>> {
    let Some(search) = string_arg(args, 0) else {
        return regexp_replace(s, args, true, ctx);
    };
    let Some(with) = replacement(args) else {
        return Ok(None);
    };
    let finder = Finder::new(units(s), units(&search));
    let advance = finder.needle_len().max(1);
    let mut positions = Vec::new();
    let mut next = finder.find(0);
    while let Some(p) = next {
        positions.push(p);
        next = finder.find(p + advance);
    }
    if positions.is_empty() {
        return Ok(Some(s.clone().into()));
    }
    substitute(s, &search, &positions, &with, ctx).map(Some)
}

/// Replaces `JSON.parse` with a native parser for the common call: a string
/// and no reviver. It builds the values directly (no intermediate tree),
/// nests as deep as `MAX_DEPTH`, and hands anything it cannot parse to the
/// original, whose SyntaxError is the one users see.
pub fn install_json(ctx: &mut Context) -> JsResult<()> {
    let json = ctx.intrinsics().objects().json();
    let key = JsString::from("parse");
    let Some(original) = json.get(key.clone(), ctx)?.as_object() else {
        return Ok(());
    };
    let function = NativeFunction::from_copy_closure_with_captures(
        |_, args, original: &JsObject, ctx| {
            let reviver = args.get(1).is_some_and(JsValue::is_callable);
            if let (Some(text), false) = (args.first().and_then(JsValue::as_string), reviver) {
                let mut parser = JsonParser {
                    text: units(&text),
                    at: 0,
                    depth: 0,
                };
                match parser.document(ctx) {
                    Ok(value) => return Ok(value),
                    Err(JsonError::TooDeep) => {
                        return Err(boa_engine::JsNativeError::range()
                            .with_message(format!(
                                "JSON.parse: the document nests deeper than {MAX_DEPTH} levels"
                            ))
                            .into())
                    }
                    Err(JsonError::Js(e)) => return Err(e),
                    Err(JsonError::Syntax) => {}
                }
            }
            original.call(&JsValue::undefined(), args, ctx)
        },
        original,
    );
    define_method(&json, key, 2, function, ctx)?;
    Ok(())
}

/// How deep `JSON.parse` nests before a RangeError (the JS thread's stack
/// holds far more; Node manages about 5,000 with its default stack).
const MAX_DEPTH: usize = 100_000;

enum JsonError {
    /// Not JSON: the original parser reports it.
    Syntax,
    TooDeep,
    Js(boa_engine::JsError),
}

impl From<boa_engine::JsError> for JsonError {
    fn from(e: boa_engine::JsError) -> Self {
        Self::Js(e)
    }
}

struct JsonParser<'a> {
    text: Units<'a>,
    at: usize,
    depth: usize,
}

impl JsonParser<'_> {
    fn peek(&self) -> Option<u16> {
        (self.at < self.text.len()).then(|| self.text.at(self.at))
    }

    fn skip_space(&mut self) {
        while let Some(c) = self.peek() {
            if c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D {
                self.at += 1;
            } else {
                break;
            }
        }
    }

    fn expect(&mut self, c: u8) -> Result<(), JsonError> {
        if self.peek() == Some(u16::from(c)) {
            self.at += 1;
            Ok(())
        } else {
            Err(JsonError::Syntax)
        }
    }

    fn document(&mut self, ctx: &mut Context) -> Result<JsValue, JsonError> {
        let value = self.value(ctx)?;
        self.skip_space();
        if self.at == self.text.len() {
            Ok(value)
        } else {
            Err(JsonError::Syntax)
        }
    }

    fn value(&mut self, ctx: &mut Context) -> Result<JsValue, JsonError> {
        self.skip_space();
        match self.peek().ok_or(JsonError::Syntax)? {
            0x7B => self.object(ctx),
            0x5B => self.array(ctx),
            0x22 => Ok(self.string()?.into()),
            0x74 => self.word(b"true", JsValue::from(true)),
            0x66 => self.word(b"false", JsValue::from(false)),
            0x6E => self.word(b"null", JsValue::null()),
            c if c == u16::from(b'-') || (0x30..=0x39).contains(&c) => self.number(),
            _ => Err(JsonError::Syntax),
        }
    }

    fn word(&mut self, word: &[u8], value: JsValue) -> Result<JsValue, JsonError> {
        for &c in word {
            self.expect(c)?;
        }
        Ok(value)
    }

    fn enter(&mut self) -> Result<(), JsonError> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            Err(JsonError::TooDeep)
        } else {
            Ok(())
        }
    }

    fn object(&mut self, ctx: &mut Context) -> Result<JsValue, JsonError> {
        self.enter()?;
        self.at += 1;
        // A shared shape, as an object literal gets: objects with the same
        // keys in the same order share one (an own shape each costs a hash
        // table per object, and makes later reads miss Boa's inline caches).
        let object = crate::ops::object(ctx).build();
        self.skip_space();
        if self.peek() == Some(0x7D) {
            self.at += 1;
            self.depth -= 1;
            return Ok(object.into());
        }
        loop {
            self.skip_space();
            if self.peek() != Some(0x22) {
                return Err(JsonError::Syntax);
            }
            let key = self.string()?;
            self.skip_space();
            self.expect(b':')?;
            let value = self.value(ctx)?;
            // CreateDataProperty: `__proto__` is an own property like any other.
            object.create_data_property_or_throw(key, value, ctx)?;
            self.skip_space();
            match self.peek() {
                Some(0x2C) => self.at += 1,
                Some(0x7D) => {
                    self.at += 1;
                    self.depth -= 1;
                    return Ok(object.into());
                }
                _ => return Err(JsonError::Syntax),
            }
        }
    }

    fn array(&mut self, ctx: &mut Context) -> Result<JsValue, JsonError> {
        self.enter()?;
        self.at += 1;
        let mut items = Vec::new();
        self.skip_space();
        if self.peek() == Some(0x5D) {
            self.at += 1;
        } else {
            loop {
                items.push(self.value(ctx)?);
                self.skip_space();
                match self.peek() {
                    Some(0x2C) => self.at += 1,
                    Some(0x5D) => {
                        self.at += 1;
                        break;
                    }
                    _ => return Err(JsonError::Syntax),
                }
            }
        }
        self.depth -= 1;
        Ok(JsArray::from_iter(items, ctx).into())
    }

    fn string(&mut self) -> Result<JsString, JsonError> {
        self.at += 1;
        let start = self.at;
        // The common case: no escapes, a slice of the source.
        while let Some(c) = self.peek() {
            match c {
                0x22 => {
                    let s = JsString::from(slice(self.text, start, self.at));
                    self.at += 1;
                    return Ok(s);
                }
                0x5C => break,
                c if c < 0x20 => return Err(JsonError::Syntax),
                _ => self.at += 1,
            }
        }
        let mut out: Vec<u16> = (start..self.at).map(|i| self.text.at(i)).collect();
        loop {
            let c = self.peek().ok_or(JsonError::Syntax)?;
            self.at += 1;
            match c {
                0x22 => return Ok(JsString::from(&out[..])),
                0x5C => {
                    let e = self.peek().ok_or(JsonError::Syntax)?;
                    self.at += 1;
                    let unit = match e {
                        0x22 => 0x22,
                        0x5C => 0x5C,
                        0x2F => 0x2F,
                        0x62 => 0x08,
                        0x66 => 0x0C,
                        0x6E => 0x0A,
                        0x72 => 0x0D,
                        0x74 => 0x09,
                        0x75 => {
                            let mut v: u16 = 0;
                            for _ in 0..4 {
                                let h = self.peek().ok_or(JsonError::Syntax)?;
                                self.at += 1;
                                let d = char::from_u32(u32::from(h))
                                    .and_then(|c| c.to_digit(16))
                                    .ok_or(JsonError::Syntax)?;
                                #[allow(clippy::cast_possible_truncation)]
                                let d = d as u16;
                                v = v * 16 + d;
                            }
                            v
                        }
                        _ => return Err(JsonError::Syntax),
                    };
                    out.push(unit);
                }
                c if c < 0x20 => return Err(JsonError::Syntax),
                c => out.push(c),
            }
        }
    }

    fn number(&mut self) -> Result<JsValue, JsonError> {
        let start = self.at;
        let digit = |c: Option<u16>| c.is_some_and(|c| (0x30..=0x39).contains(&c));
        if self.peek() == Some(u16::from(b'-')) {
            self.at += 1;
        }
        match self.peek() {
            Some(0x30) => self.at += 1,
            c if digit(c) => {
                while digit(self.peek()) {
                    self.at += 1;
                }
            }
            _ => return Err(JsonError::Syntax),
        }
        if self.peek() == Some(u16::from(b'.')) {
            self.at += 1;
            if !digit(self.peek()) {
                return Err(JsonError::Syntax);
            }
            while digit(self.peek()) {
                self.at += 1;
            }
        }
        if matches!(self.peek(), Some(0x65 | 0x45)) {
            self.at += 1;
            if matches!(self.peek(), Some(0x2B | 0x2D)) {
                self.at += 1;
            }
            if !digit(self.peek()) {
                return Err(JsonError::Syntax);
            }
            while digit(self.peek()) {
                self.at += 1;
            }
        }
        #[allow(clippy::cast_possible_truncation)]
        let text: String = (start..self.at)
            .map(|i| char::from(self.text.at(i) as u8))
            .collect();
        let n: f64 = text.parse().map_err(|_| JsonError::Syntax)?;
        Ok(JsValue::from(n))
    }
}

/// Replaces `JSON.stringify` with a native serializer for the common call:
/// no replacer, and `space` a number or string (or absent). It follows the
/// spec's SerializeJSONProperty step by step (`toJSON`, wrapper objects,
/// enumerable own keys in order, cycles, BigInt, lone surrogates) but
/// writes into one buffer instead of concatenating strings level by level.
pub fn install_json_stringify(ctx: &mut Context) -> JsResult<()> {
    let json = ctx.intrinsics().objects().json();
    if let Some(is_raw) = json.get(js_string!("isRawJSON"), ctx)?.as_object() {
        ctx.insert_data(IsRawJson(is_raw));
    }
    let key = JsString::from("stringify");
    let Some(original) = json.get(key.clone(), ctx)?.as_object() else {
        return Ok(());
    };
    let function = NativeFunction::from_copy_closure_with_captures(
        |_, args, original: &JsObject, ctx| {
            let replacer = args.get(1).cloned().unwrap_or_default();
            let space = args.get(2).cloned().unwrap_or_default();
            let simple_space =
                space.is_null_or_undefined() || space.is_number() || space.is_string();
            if replacer.is_null_or_undefined() && simple_space {
                let gap = gap_of(&space, ctx)?;
                let mut writer = JsonWriter::new(gap);
                let holder = JsObject::with_object_proto(ctx.intrinsics());
                let value = args.first().cloned().unwrap_or_default();
                holder.create_data_property_or_throw(js_string!(""), value.clone(), ctx)?;
                return Ok(
                    if writer.property(&Key::Name(&js_string!("")), value, ctx)? {
                        JsString::from(&writer.out[..]).into()
                    } else {
                        JsValue::undefined()
                    },
                );
            }
            original.call(&JsValue::undefined(), args, ctx)
        },
        original,
    );
    define_method(&json, key, 3, function, ctx)?;
    Ok(())
}

/// The original `JSON.isRawJSON`: raw JSON objects (`JSON.rawJSON`) carry
/// an internal slot only Boa's own functions can see.
struct IsRawJson(JsObject);

fn is_raw_json(obj: &JsObject, ctx: &mut Context) -> JsResult<bool> {
    // Raw JSON objects have no prototype; only those are worth asking about.
    if obj.prototype().is_some() {
        return Ok(false);
    }
    let Some(check) = ctx.get_data::<IsRawJson>().map(|c| c.0.clone()) else {
        return Ok(false);
    };
    Ok(check
        .call(&JsValue::undefined(), &[obj.clone().into()], ctx)?
        .to_boolean())
}

/// The indentation unit: up to 10 spaces, or the first 10 units of a string.
fn gap_of(space: &JsValue, ctx: &mut Context) -> JsResult<Vec<u16>> {
    if let Some(n) = space.as_number() {
        let count = clamp(n, 10);
        return Ok(vec![u16::from(b' '); count]);
    }
    if let Some(s) = space.as_string() {
        let _ = ctx;
        let u = units(&s);
        return Ok((0..u.len().min(10)).map(|i| u.at(i)).collect());
    }
    Ok(Vec::new())
}

/// How deep `JSON.stringify` goes before a RangeError (each level takes
/// more native stack than a level of parsing; Node stops near 10,000).
const MAX_STRINGIFY_DEPTH: usize = 20_000;

struct JsonWriter {
    out: Vec<u16>,
    gap: Vec<u16>,
    indent: Vec<u16>,
    /// The objects being serialized, outermost first (cycle detection);
    /// past `SHALLOW` levels also in `deep`.
    stack: Vec<JsObject>,
    deep: std::collections::HashSet<JsObject>,
    /// Counts the calls that may have run user code (toJSON, getters,
    /// proxies, valueOf/toString of wrappers): what was read before a
    /// change of it may be stale.
    epoch: u64,
    /// `toJSON` as found on a prototype chain, by the chain's first
    /// object, valid for one epoch.
    to_json_by_proto: Vec<(JsObject, u64, JsValue)>,
}

/// Cycle checks scan the stack up to this depth, and hash beyond it.
const SHALLOW: usize = 32;

/// The key a value was read under, made into a string only for `toJSON`.
enum Key<'a> {
    Name(&'a JsString),
    Index(u64),
}

impl Key<'_> {
    fn value(&self) -> JsValue {
        match self {
            Key::Name(name) => (*name).clone().into(),
            Key::Index(i) => JsString::from(i.to_string().as_str()).into(),
        }
    }
}

fn push_ascii(out: &mut Vec<u16>, text: &str) {
    out.extend(text.bytes().map(u16::from));
}

/// An object whose own properties live in its property map, read there
/// without running anything but getters (ordinary objects and arrays).
fn plain(obj: &JsObject) -> bool {
    obj.is_ordinary() || obj.is_array()
}

impl JsonWriter {
    fn new(gap: Vec<u16>) -> Self {
        Self {
            out: Vec::new(),
            gap,
            indent: Vec::new(),
            stack: Vec::new(),
            deep: std::collections::HashSet::new(),
            epoch: 0,
            to_json_by_proto: Vec::new(),
        }
    }

    /// Get(obj, key) for a plain object: the own data value when there is
    /// one, else the full Get (a getter or the prototype chain; may run
    /// code).
    fn get(&mut self, obj: &JsObject, key: PropertyKey, ctx: &mut Context) -> JsResult<JsValue> {
        if plain(obj) {
            let own = obj.borrow().properties().get(&key);
            if let Some(value) = own.as_ref().and_then(|d| d.value()) {
                return Ok(value.clone());
            }
        }
        self.epoch += 1;
        obj.get(key, ctx)
    }

    /// Get(value, "toJSON") for an object, remembering what a prototype
    /// chain holds until user code may have run.
    fn find_to_json(&mut self, obj: &JsObject, ctx: &mut Context) -> JsResult<JsValue> {
        let key = PropertyKey::from(js_string!("toJSON"));
        if !plain(obj) {
            self.epoch += 1;
            return obj.get(key, ctx);
        }
        if let Some(own) = obj.borrow().properties().get(&key) {
            if let Some(value) = own.value() {
                return Ok(value.clone());
            }
        }
        let Some(proto) = obj.prototype() else {
            return Ok(JsValue::undefined());
        };
        let epoch = self.epoch;
        if let Some((_, _, found)) = self
            .to_json_by_proto
            .iter()
            .find(|(p, e, _)| *e == epoch && JsObject::equals(p, &proto))
        {
            return Ok(found.clone());
        }
        // Walk the chain while it is plain data; anything else is a full Get.
        let mut at = Some(proto.clone());
        let mut found = JsValue::undefined();
        while let Some(object) = at {
            if !plain(&object) {
                self.epoch += 1;
                return proto.get(key, ctx);
            }
            let own = object.borrow().properties().get(&key);
            match own {
                Some(desc) => match desc.value() {
                    Some(value) => {
                        found = value.clone();
                        break;
                    }
                    None => {
                        self.epoch += 1;
                        return proto.get(key, ctx);
                    }
                },
                None => at = object.prototype(),
            }
        }
        self.to_json_by_proto.retain(|(_, e, _)| *e == epoch);
        if self.to_json_by_proto.len() < 8 {
            self.to_json_by_proto.push((proto, epoch, found.clone()));
        }
        Ok(found)
    }

    /// SerializeJSONProperty for `value` (already read from its holder
    /// under `key`). Returns false for `undefined` (nothing written).
    fn property(&mut self, key: &Key<'_>, mut value: JsValue, ctx: &mut Context) -> JsResult<bool> {
        // toJSON, for objects and BigInts.
        if value.is_object() || value.is_bigint() {
            let to_json = if let Some(obj) = value.as_object() {
                self.find_to_json(&obj, ctx)?
            } else {
                self.epoch += 1;
                ctx.intrinsics()
                    .constructors()
                    .bigint()
                    .prototype()
                    .get(js_string!("toJSON"), ctx)?
            };
            if let Some(f) = to_json.as_callable() {
                self.epoch += 1;
                value = f.call(&value, &[key.value()], ctx)?;
            }
        }
        // Wrapper objects count as their primitive.
        if let Some(obj) = value.as_object() {
            if obj.is::<f64>() {
                self.epoch += 1;
                value = JsValue::from(value.to_number(ctx)?);
            } else if obj.is::<JsString>() {
                self.epoch += 1;
                value = value.to_string(ctx)?.into();
            } else if let Some(b) = obj.downcast_ref::<bool>().map(|b| *b) {
                value = JsValue::from(b);
            } else if let Some(big) = obj
                .downcast_ref::<boa_engine::JsBigInt>()
                .map(|b| b.clone())
            {
                value = big.into();
            }
        }
        if value.is_null() {
            push_ascii(&mut self.out, "null");
            return Ok(true);
        }
        if let Some(b) = value.as_boolean() {
            push_ascii(&mut self.out, if b { "true" } else { "false" });
            return Ok(true);
        }
        if let Some(s) = value.as_string() {
            self.quote(&s);
            return Ok(true);
        }
        if let Some(n) = value.as_number() {
            self.number(n);
            return Ok(true);
        }
        if value.is_bigint() {
            return Err(boa_engine::JsNativeError::typ()
                .with_message("BigInt value can't be serialized in JSON")
                .into());
        }
        if let Some(obj) = value.as_object() {
            if obj.is_callable() {
                return Ok(false);
            }
            if is_raw_json(&obj, ctx)? {
                self.epoch += 1;
                let raw = obj.get(js_string!("rawJSON"), ctx)?.to_string(ctx)?;
                let u = units(&raw);
                self.out.extend((0..u.len()).map(|i| u.at(i)));
                return Ok(true);
            }
            let array = if obj.is_array() {
                true
            } else if obj.is_ordinary() {
                false
            } else {
                // A Proxy (of an array?): IsArray through it.
                self.epoch += 1;
                let is_array = ctx
                    .intrinsics()
                    .constructors()
                    .array()
                    .constructor()
                    .get(js_string!("isArray"), ctx)?;
                is_array
                    .as_callable()
                    .map(|f| f.call(&JsValue::undefined(), &[value.clone()], ctx))
                    .transpose()?
                    .is_some_and(|v| v.to_boolean())
            };
            self.enter(&obj)?;
            let result = if array {
                self.array(&obj, ctx)
            } else {
                self.object(&obj, ctx)
            };
            self.leave();
            result?;
            return Ok(true);
        }
        // undefined, symbols.
        Ok(false)
    }

    /// A finite number as JS prints it (`null` otherwise); integers
    /// without going through the float formatter.
    fn number(&mut self, n: f64) {
        if !n.is_finite() {
            push_ascii(&mut self.out, "null");
        } else if n.fract() == 0.0 && n.abs() < 1e15 {
            #[allow(clippy::cast_possible_truncation)]
            let i = n as i64;
            // -0 prints as 0.
            push_ascii(&mut self.out, &i.to_string());
        } else {
            let mut buffer = ryu_js::Buffer::new();
            push_ascii(&mut self.out, buffer.format(n));
        }
    }

    fn enter(&mut self, obj: &JsObject) -> JsResult<()> {
        let cyclic = if self.stack.len() <= SHALLOW {
            self.stack.iter().any(|o| JsObject::equals(o, obj))
        } else {
            self.stack[..SHALLOW]
                .iter()
                .any(|o| JsObject::equals(o, obj))
                || self.deep.contains(obj)
        };
        if cyclic {
            return Err(boa_engine::JsNativeError::typ()
                .with_message("cyclic object value")
                .into());
        }
        if self.stack.len() >= MAX_STRINGIFY_DEPTH {
            return Err(boa_engine::JsNativeError::range()
                .with_message(format!(
                    "JSON.stringify: the value nests deeper than {MAX_STRINGIFY_DEPTH} levels"
                ))
                .into());
        }
        if self.stack.len() >= SHALLOW {
            self.deep.insert(obj.clone());
        }
        self.stack.push(obj.clone());
        Ok(())
    }

    fn leave(&mut self) {
        if let Some(obj) = self.stack.pop() {
            if self.stack.len() >= SHALLOW {
                self.deep.remove(&obj);
            }
        }
    }

    fn newline(&mut self) {
        self.out.push(u16::from(b'\n'));
        self.out.extend_from_slice(&self.indent);
    }

    /// EnumerableOwnProperties(obj, key): own string keys in order that are
    /// enumerable, each with its data value when it has one (valid while
    /// the epoch stays as it was).
    fn entries(
        &mut self,
        obj: &JsObject,
        ctx: &mut Context,
    ) -> JsResult<Vec<(JsString, Option<JsValue>)>> {
        if obj.is_ordinary() {
            let keys = obj.own_property_keys(ctx)?;
            let borrowed = obj.borrow();
            let properties = borrowed.properties();
            let mut entries = Vec::with_capacity(keys.len());
            for key in keys {
                let name = match &key {
                    PropertyKey::Symbol(_) => continue,
                    PropertyKey::String(s) => s.clone(),
                    PropertyKey::Index(i) => JsString::from(i.get().to_string().as_str()),
                };
                if let Some(desc) = properties.get(&key) {
                    if desc.expect_enumerable() {
                        entries.push((name, desc.value().cloned()));
                    }
                }
            }
            return Ok(entries);
        }
        self.epoch += 1;
        let keys = ctx
            .intrinsics()
            .constructors()
            .object()
            .constructor()
            .get(js_string!("keys"), ctx)?;
        let Some(keys) = keys.as_callable() else {
            return Ok(Vec::new());
        };
        let list = keys.call(&JsValue::undefined(), &[obj.clone().into()], ctx)?;
        let Some(list) = list.as_object() else {
            return Ok(Vec::new());
        };
        let length = list.get(js_string!("length"), ctx)?.to_length(ctx)?;
        (0..length)
            .map(|i| Ok((list.get(i, ctx)?.to_string(ctx)?, None)))
            .collect()
    }

    fn object(&mut self, obj: &JsObject, ctx: &mut Context) -> JsResult<()> {
        let epoch = self.epoch;
        let entries = self.entries(obj, ctx)?;
        let stepback = self.indent.len();
        self.indent.extend_from_slice(&self.gap.clone());
        self.out.push(u16::from(b'{'));
        let mut first = true;
        for (name, read) in entries {
            let value = match read {
                Some(value) if self.epoch == epoch => value,
                _ => self.get(obj, PropertyKey::from(name.clone()), ctx)?,
            };
            let mark = self.out.len();
            if !first {
                self.out.push(u16::from(b','));
            }
            if !self.gap.is_empty() {
                self.newline();
            }
            self.quote(&name);
            self.out.push(u16::from(b':'));
            if !self.gap.is_empty() {
                self.out.push(u16::from(b' '));
            }
            if self.property(&Key::Name(&name), value, ctx)? {
                first = false;
            } else {
                self.out.truncate(mark);
            }
        }
        self.indent.truncate(stepback);
        if !first && !self.gap.is_empty() {
            self.newline();
        }
        self.out.push(u16::from(b'}'));
        Ok(())
    }

    fn array(&mut self, obj: &JsObject, ctx: &mut Context) -> JsResult<()> {
        let length = self.get(obj, PropertyKey::from(js_string!("length")), ctx)?;
        if !length.is_number() {
            self.epoch += 1;
        }
        let length = length.to_length(ctx)?;
        let stepback = self.indent.len();
        self.indent.extend_from_slice(&self.gap.clone());
        self.out.push(u16::from(b'['));
        for i in 0..length {
            if i > 0 {
                self.out.push(u16::from(b','));
            }
            if !self.gap.is_empty() {
                self.newline();
            }
            let value = self.get(obj, PropertyKey::from(i), ctx)?;
            if !self.property(&Key::Index(i), value, ctx)? {
                push_ascii(&mut self.out, "null");
            }
        }
        self.indent.truncate(stepback);
        if length > 0 && !self.gap.is_empty() {
            self.newline();
        }
        self.out.push(u16::from(b']'));
        Ok(())
    }

    /// QuoteJSONString: escapes, and lone surrogates as `\udXXX`.
    fn quote(&mut self, s: &JsString) {
        let u = units(s);
        self.out.push(u16::from(b'"'));
        let len = u.len();
        let mut i = 0;
        while i < len {
            let c = u.at(i);
            match c {
                0x22 => push_ascii(&mut self.out, "\\\""),
                0x5C => push_ascii(&mut self.out, "\\\\"),
                0x08 => push_ascii(&mut self.out, "\\b"),
                0x0C => push_ascii(&mut self.out, "\\f"),
                0x0A => push_ascii(&mut self.out, "\\n"),
                0x0D => push_ascii(&mut self.out, "\\r"),
                0x09 => push_ascii(&mut self.out, "\\t"),
                c if c < 0x20 => push_ascii(&mut self.out, &format!("\\u{c:04x}")),
                0xD800..=0xDBFF if i + 1 < len && (0xDC00..=0xDFFF).contains(&u.at(i + 1)) => {
                    self.out.push(c);
                    self.out.push(u.at(i + 1));
                    i += 1;
                }
                0xD800..=0xDFFF => push_ascii(&mut self.out, &format!("\\u{c:04x}")),
                c => self.out.push(c),
            }
            i += 1;
        }
        self.out.push(u16::from(b'"'));
    }
}
