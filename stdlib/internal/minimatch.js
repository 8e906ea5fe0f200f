// internal:minimatch — the matcher behind path.matchesGlob.
//
// Node answers matchesGlob with the minimatch package and fixed options:
// no comments (`#a` is literal), no negation (`!a` is literal), backslashes
// in patterns are separators rather than escapes (on both platforms), dot
// files are hidden from `*`, `?`, `[...]` and `**` unless the pattern spells
// the dot, and regular expressions ignore case on macOS and Windows only.
// This module gives the same answers:
//
//   *  ?  [...]      within one path segment (`[!a]`, `[^a]`, ranges, [:alpha:])
//   **               any number of whole segments
//   {a,b} {1..3}     brace expansion, before anything else
//   @(a|b) !(a|b) ?(a|b) *(a|b) +(a|b)   extglobs
//
// Paths and patterns are split into segments; `.` and `a/..` segments are
// folded away on both sides and runs of slashes count as one. A pattern
// compiles once (cached) into lists of segment matchers: a string for a
// literal segment, a RegExp otherwise, or GLOBSTAR.

import { op_process_info } from "autorun:internal";

const GLOBSTAR = Symbol("globstar");
const NOCASE = (() => {
  const platform = op_process_info().platform;
  return platform === "darwin" || platform === "win32";
})();

const cache = new Map();
const CACHE_LIMIT = 256;

/**
 * Whether `path` matches `pattern`; `windows` selects path.win32's rules.
 * `options.exclude` (a pattern, a list of patterns or a predicate on the
 * path) vetoes a match.
 */
export function matchesGlob(path, pattern, windows, options) {
  if (!compile(pattern, windows).match(path)) return false;
  const exclude = options === undefined || options === null ? undefined : options.exclude;
  if (exclude === undefined || exclude === null) return true;
  if (typeof exclude === "function") return !exclude(path);
  const list = Array.isArray(exclude) ? exclude : [exclude];
  for (const other of list) {
    if (typeof other === "string" && compile(other, windows).match(path)) return false;
  }
  return true;
}

function compile(pattern, windows) {
  const key = `${windows ? "w" : "p"}${pattern}`;
  let matcher = cache.get(key);
  if (matcher === undefined) {
    matcher = new Matcher(pattern, windows);
    if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value);
    cache.set(key, matcher);
  }
  return matcher;
}

// ---------------------------------------------------------------------------
// The matcher

const DRIVE = /^[a-z]:$/i;

class Matcher {
  constructor(pattern, windows) {
    this.windows = windows;
    // Backslashes separate, they never escape.
    pattern = pattern.split("\\").join("/");
    this.empty = pattern === "";
    this.sets = [];
    if (this.empty) return;
    const globParts = foldPatternParts(expandBraces(pattern).map((p) => splitSlashes(p, windows)));
    for (const parts of globParts) {
      const set = parts.map(compileSegment);
      // `//?/C:/...` names a drive: its `?` is a literal.
      if (windows && set[0] === "" && set[1] === "" && parts[2] === "?" && typeof set[3] === "string" && DRIVE.test(set[3])) {
        set[2] = "?";
      }
      this.sets.push(set);
    }
  }

  match(path) {
    if (this.empty) return path === "";
    if (this.windows) path = path.split("\\").join("/");
    const file = splitSlashes(path, this.windows);
    for (const set of this.sets) {
      if (this.matchParts(file, set)) return true;
    }
    return false;
  }

  matchParts(file, pattern) {
    if (this.windows) {
      // Drive letters compare case-insensitively, and `//?/C:/x` is `C:/x`.
      const fileDrive = typeof file[0] === "string" && DRIVE.test(file[0]);
      const fileUnc = !fileDrive && file[0] === "" && file[1] === "" && file[2] === "?" && DRIVE.test(file[3]);
      const patDrive = typeof pattern[0] === "string" && DRIVE.test(pattern[0]);
      const patUnc =
        !patDrive && pattern[0] === "" && pattern[1] === "" && pattern[2] === "?" && typeof pattern[3] === "string" && DRIVE.test(pattern[3]);
      const fdi = fileUnc ? 3 : fileDrive ? 0 : -1;
      const pdi = patUnc ? 3 : patDrive ? 0 : -1;
      if (fdi !== -1 && pdi !== -1 && file[fdi].toLowerCase() === pattern[pdi].toLowerCase()) {
        pattern = pattern.slice();
        pattern[pdi] = file[fdi];
        if (pdi > fdi) pattern = pattern.slice(pdi);
        else if (fdi > pdi) file = file.slice(fdi);
      }
    }
    file = foldFileParts(file.slice());

    const fl = file.length;
    const pl = pattern.length;
    let fi = 0;
    let pi = 0;
    for (; fi < fl && pi < pl; fi++, pi++) {
      const p = pattern[pi];
      const f = file[fi];
      if (p === GLOBSTAR) {
        if (pi + 1 === pl) {
          // A trailing ** takes the rest, unless some of it is hidden.
          for (; fi < fl; fi++) if (hiddenFromGlob(file[fi])) return false;
          return true;
        }
        // Let ** take zero, one, two, ... segments until the rest matches.
        const rest = pattern.slice(pi + 1);
        for (let fr = fi; fr < fl; fr++) {
          if (this.matchParts(file.slice(fr), rest)) return true;
          if (hiddenFromGlob(file[fr])) break;
        }
        return false;
      }
      if (typeof p === "string" ? f !== p : !p.test(f)) return false;
    }
    if (fi === fl && pi === pl) return true;
    if (fi === fl) return false;
    // Pattern used up: only a trailing slash of the path may remain.
    return fi === fl - 1 && file[fi] === "";
  }
}

/** `.`, `..` and dot files: never crossed by `**`. */
function hiddenFromGlob(segment) {
  return segment.charCodeAt(0) === 46;
}

/** Splits at runs of slashes; a leading `//x` (UNC) keeps its two empty parts on Windows. */
function splitSlashes(path, windows) {
  const parts = path.split(/\/+/);
  if (windows && /^\/\/[^/]+/.test(path)) parts.unshift("");
  return parts;
}

/** Folds `.` and empty segments and `x/..` pairs out of a path's segments. */
function foldFileParts(parts) {
  let changed;
  do {
    changed = dropDotParts(parts);
    for (let dd = parts.indexOf("..", 1); dd !== -1; dd = parts.indexOf("..", dd + 1)) {
      const p = parts[dd - 1];
      if (p && p !== "." && p !== ".." && p !== "**") {
        changed = true;
        parts.splice(dd - 1, 2);
        dd -= 2;
        if (dd < 0) dd = 0;
      }
    }
  } while (changed);
  return parts.length === 0 ? [""] : parts;
}

/** Removes inner `.` and empty segments (not the `//` of a UNC root). */
function dropDotParts(parts) {
  let changed = false;
  for (let i = 1; i < parts.length - 1; i++) {
    const p = parts[i];
    if (i === 1 && p === "" && parts[0] === "") continue;
    if (p === "." || p === "") {
      changed = true;
      parts.splice(i, 1);
      i--;
    }
  }
  if (parts[0] === "." && parts.length === 2 && (parts[1] === "." || parts[1] === "")) {
    changed = true;
    parts.pop();
  }
  return changed;
}

/**
 * The pattern-side folding: `**` runs become one `**`; `.`, empty and
 * `x/..` segments go; `**` followed by `../a/b` is tried both without the
 * `**` and without the `..`.
 */
function foldPatternParts(globParts) {
  let changed;
  do {
    changed = false;
    for (let n = 0; n < globParts.length; n++) {
      const parts = globParts[n];
      for (let gs = parts.indexOf("**"); gs !== -1; gs = parts.indexOf("**", gs + 1)) {
        let last = gs;
        while (parts[last + 1] === "**") last++;
        if (last > gs) parts.splice(gs + 1, last - gs);
        const next = parts[gs + 1];
        const p = parts[gs + 2];
        const p2 = parts[gs + 3];
        if (next !== "..") continue;
        if (!p || p === "." || p === ".." || !p2 || p2 === "." || p2 === "..") continue;
        changed = true;
        parts.splice(gs, 1);
        const other = parts.slice();
        other[gs] = "**";
        globParts.push(other);
        gs--;
      }
      if (dropDotParts(parts)) changed = true;
      for (let dd = parts.indexOf("..", 1); dd !== -1; dd = parts.indexOf("..", dd + 1)) {
        const p = parts[dd - 1];
        if (p && p !== "." && p !== ".." && p !== "**") {
          changed = true;
          const keepDot = dd === 1 && parts[dd + 1] === "**";
          if (keepDot) parts.splice(dd - 1, 2, ".");
          else parts.splice(dd - 1, 2);
          if (parts.length === 0) parts.push("");
          dd -= 2;
          if (dd < 0) dd = 0;
        }
      }
    }
  } while (changed);
  return globParts;
}

// ---------------------------------------------------------------------------
// Brace expansion (bash's rules, as the brace-expansion package has them)

// Stand-ins for braces and commas that must stay literal.
const LIT_OPEN = "\uE000";
const LIT_CLOSE = "\uE001";

function expandBraces(pattern) {
  if (!/\{(?:(?!\{).)*\}/.test(pattern)) return [pattern];
  // A leading "{}" is literal.
  if (pattern.startsWith("{}")) pattern = `${LIT_OPEN}${LIT_CLOSE}${pattern.slice(2)}`;
  return expand(pattern, true).map((s) => s.split(LIT_OPEN).join("{").split(LIT_CLOSE).join("}"));
}

/** The first `{` and its matching `}`; with unbalanced braces, the outermost closed pair. */
function findBraces(str) {
  const open = str.indexOf("{");
  if (open === -1 || str.indexOf("}", open + 1) === -1) return null;
  const stack = [];
  let best = null;
  for (let i = open; i < str.length; i++) {
    const c = str.charCodeAt(i);
    if (c === 123) {
      stack.push(i);
    } else if (c === 125) {
      const start = stack.pop();
      if (stack.length === 0) return [start, i];
      if (best === null || start < best[0]) best = [start, i];
    }
  }
  return best;
}

const NUMERIC_SEQUENCE = /^-?\d+\.\.-?\d+(?:\.\.-?\d+)?$/;
const ALPHA_SEQUENCE = /^[a-zA-Z]\.\.[a-zA-Z](?:\.\.-?\d+)?$/;

function expand(str, isTop) {
  const m = findBraces(str);
  if (m === null) return [str];
  const pre = str.slice(0, m[0]);
  const body = str.slice(m[0] + 1, m[1]);
  const post = str.slice(m[1] + 1);
  const posts = post.length > 0 ? expand(post, false) : [""];
  if (pre.endsWith("$")) return posts.map((p) => `${pre}{${body}}${p}`);

  const numeric = NUMERIC_SEQUENCE.test(body);
  const isSequence = numeric || ALPHA_SEQUENCE.test(body);
  let items;
  if (isSequence) {
    items = sequence(body.split(".."), !numeric);
  } else {
    if (!body.includes(",")) {
      // `{a},b}`: the first `}` was not the end of the set.
      if (/,(?!,).*\}/.test(post)) return expand(`${pre}{${body}${LIT_CLOSE}${post}`, false);
      return [str];
    }
    let options = splitOptions(body);
    if (options.length === 1) {
      // `x{{a,b}}y` is `x{a}y x{b}y`.
      options = expand(options[0], false).map((s) => `{${s}}`);
      if (options.length === 1) return posts.map((p) => `${pre}${options[0]}${p}`);
    }
    items = [];
    for (const option of options) {
      for (const e of expand(option, false)) items.push(e);
    }
  }
  const out = [];
  for (const item of items) {
    for (const p of posts) {
      const e = `${pre}${item}${p}`;
      if (!isTop || isSequence || e) out.push(e);
    }
  }
  return out;
}

/** Splits a set's body at its top-level commas. */
function splitOptions(str) {
  if (!str) return [""];
  const m = findBraces(str);
  if (m === null) return str.split(",");
  const parts = str.slice(0, m[0]).split(",");
  parts[parts.length - 1] += `{${str.slice(m[0] + 1, m[1])}}`;
  const post = str.slice(m[1] + 1);
  if (post.length > 0) {
    const postParts = splitOptions(post);
    parts[parts.length - 1] += postParts.shift();
    for (const p of postParts) parts.push(p);
  }
  return parts;
}

function sequenceValue(s) {
  const n = parseInt(s, 10);
  // eslint-disable-next-line eqeqeq
  return n == s ? n : s.charCodeAt(0);
}

/** `{1..10..2}`, `{01..10}` (zero-padded), `{a..e}`. */
function sequence(bounds, alpha) {
  const x = sequenceValue(bounds[0]);
  const y = sequenceValue(bounds[1]);
  const width = Math.max(bounds[0].length, bounds[1].length);
  let step = bounds.length === 3 ? Math.abs(sequenceValue(bounds[2])) : 1;
  if (!(step > 0)) step = 1;
  const down = y < x;
  const pad = bounds.some((b) => /^-?0\d/.test(b));
  const out = [];
  for (let i = x; down ? i >= y : i <= y; i += down ? -step : step) {
    if (alpha) {
      const c = String.fromCharCode(i);
      out.push(c === "\\" ? "" : c);
      continue;
    }
    let c = String(i);
    if (pad && width > c.length) {
      const zeros = "0".repeat(width - c.length);
      c = i < 0 ? `-${zeros}${c.slice(1)}` : `${zeros}${c}`;
    }
    out.push(c);
  }
  return out;
}

// ---------------------------------------------------------------------------
// One segment

const LIT = 0;
const STAR = 1;
const ONE = 2;
const CLASS = 3;
const EXT = 4;

const STAR_SRC = "[^/]*?";
const NO_DOT = "(?!\\.)";
const NO_TRAVERSAL = "(?!\\.\\.?$)";
const REGEXP_SPECIAL = /[-[\]{}()*+?.,\\^$|#\s]/g;

function escapeRegExp(s) {
  return s.replace(REGEXP_SPECIAL, "\\$&");
}

/** A segment's matcher: GLOBSTAR, a literal string, or a RegExp. */
function compileSegment(segment) {
  if (segment === "**") return GLOBSTAR;
  if (segment === "") return "";
  if (/^\*+$/.test(segment)) return /^(?!\.)[^/]+$/; // `*`: something, not hidden
  const state = { noExt: false, magic: false, unicode: false };
  const [nodes] = parseSequence(segment, 0, false, state);
  if (!state.magic) {
    // No magic: compare as text (`[x]` was only a way to write x).
    return nodes.map((node) => node.text).join("");
  }
  const source = sequenceSource(nodes, { start: true, whole: true, allowDot: false, tail: "" });
  return new RegExp(`^${source}$`, `${NOCASE ? "i" : ""}${state.unicode ? "u" : ""}`);
}

/**
 * Parses a segment from `pos` into nodes, up to the end, or (when `nested`)
 * up to the `|` or `)` that ends an extglob alternative. Returns
 * [nodes, index of the stop].
 */
function parseSequence(s, pos, nested, state) {
  const nodes = [];
  let literal = [];
  const flush = () => {
    if (literal.length > 0) {
      nodes.push({ kind: LIT, text: literal.join("") });
      literal = [];
    }
  };
  let i = pos;
  while (i < s.length) {
    const c = s[i];
    if (nested && !state.noExt && (c === "|" || c === ")")) break;
    if (!state.noExt && s[i + 1] === "(" && "!?+*@".includes(c)) {
      const before = { magic: state.magic, unicode: state.unicode };
      const alternatives = [];
      let j = i + 2;
      let closed = false;
      for (;;) {
        const [alt, stop] = parseSequence(s, j, true, state);
        alternatives.push(alt);
        if (stop >= s.length || state.noExt) break;
        j = stop + 1;
        if (s[stop] === ")") {
          closed = true;
          break;
        }
      }
      if (closed) {
        flush();
        nodes.push({ kind: EXT, type: c, alternatives });
        state.magic = true;
        i = j;
        continue;
      }
      // Never closed: from here on the text is a plain glob.
      state.noExt = true;
      state.magic = before.magic;
      state.unicode = before.unicode;
      literal.push(c);
      i++;
      continue;
    }
    if (c === "*" || c === "?") {
      flush();
      nodes.push({ kind: c === "*" ? STAR : ONE });
      state.magic = true;
      i++;
      continue;
    }
    if (c === "[") {
      const cls = parseClass(s, i);
      if (cls !== null) {
        if (cls.literal !== undefined) {
          literal.push(cls.literal);
        } else {
          flush();
          nodes.push({ kind: CLASS, source: cls.source });
          state.magic = true;
          if (cls.unicode) state.unicode = true;
        }
        i += cls.length;
        continue;
      }
      // An unclosed `[`: the rest sits inside it, so no extglob starts.
      state.noExt = true;
    }
    literal.push(c);
    i++;
  }
  flush();
  return [nodes, i];
}

// POSIX character classes: [regexp source, needs the u flag, negated].
const POSIX_CLASSES = [
  ["[:alnum:]", "\\p{L}\\p{Nl}\\p{Nd}", true, false],
  ["[:alpha:]", "\\p{L}\\p{Nl}", true, false],
  ["[:ascii:]", "\\x00-\\x7f", false, false],
  ["[:blank:]", "\\p{Zs}\\t", true, false],
  ["[:cntrl:]", "\\p{Cc}", true, false],
  ["[:digit:]", "\\p{Nd}", true, false],
  ["[:graph:]", "\\p{Z}\\p{C}", true, true],
  ["[:lower:]", "\\p{Ll}", true, false],
  ["[:print:]", "\\p{C}", true, false],
  ["[:punct:]", "\\p{P}", true, false],
  ["[:space:]", "\\p{Z}\\t\\r\\n\\v\\f", true, false],
  ["[:upper:]", "\\p{Lu}", true, false],
  ["[:word:]", "\\p{L}\\p{Nl}\\p{Nd}\\p{Pc}", true, false],
  ["[:xdigit:]", "A-Fa-f0-9", false, false],
];

const escapeInClass = (c) => c.replace(/[[\]\\-]/g, "\\$&");

/**
 * Parses the bracket expression at `pos`. Returns null when it is not closed
 * (the `[` is then literal), `{ literal, length }` for a one-character set
 * such as `[*]`, or `{ source, unicode, length }`.
 */
function parseClass(s, pos) {
  const ranges = [];
  const negated = [];
  let i = pos + 1;
  let sawFirst = false;
  let negate = false;
  let unicode = false;
  let end = -1;
  let rangeStart = "";
  scan: while (i < s.length) {
    const c = s[i];
    if ((c === "!" || c === "^") && i === pos + 1) {
      negate = true;
      i++;
      continue;
    }
    if (c === "]" && sawFirst) {
      end = i + 1;
      break;
    }
    sawFirst = true;
    if (c === "[") {
      for (const [name, source, u, neg] of POSIX_CLASSES) {
        if (s.startsWith(name, i)) {
          // `[a-[:alpha:]]` can never match; it spoils the whole pattern.
          if (rangeStart) return { source: "$.", unicode: false, length: s.length - pos };
          i += name.length;
          (neg ? negated : ranges).push(source);
          unicode = unicode || u;
          continue scan;
        }
      }
    }
    if (rangeStart) {
      if (c > rangeStart) ranges.push(`${escapeInClass(rangeStart)}-${escapeInClass(c)}`);
      else if (c === rangeStart) ranges.push(escapeInClass(c));
      rangeStart = "";
      i++;
      continue;
    }
    if (s.startsWith("-]", i + 1)) {
      ranges.push(escapeInClass(`${c}-`));
      i += 2;
      continue;
    }
    if (s.startsWith("-", i + 1)) {
      rangeStart = c;
      i += 2;
      continue;
    }
    ranges.push(escapeInClass(c));
    i++;
  }
  if (end === -1) return null;
  if (ranges.length === 0 && negated.length === 0) {
    return { source: "$.", unicode: false, length: s.length - pos };
  }
  if (negated.length === 0 && ranges.length === 1 && /^\\?.$/.test(ranges[0]) && !negate) {
    const r = ranges[0];
    return { literal: r.length === 2 ? r.slice(-1) : r, length: end - pos };
  }
  const positive = `[${negate ? "^" : ""}${ranges.join("")}]`;
  const negative = `[${negate ? "" : "^"}${negated.join("")}]`;
  let source;
  if (ranges.length > 0 && negated.length > 0) source = `(${positive}|${negative})`;
  else source = ranges.length > 0 ? positive : negative;
  return { source, unicode, length: end - pos };
}

/**
 * The guard in front of a sequence that starts a segment: magic at the
 * start never matches a leading dot, and `.*`-like patterns never match
 * `.` or `..`.
 */
function startGuard(nodes, allowDot) {
  const first = nodes[0];
  if (first === undefined || first.kind === EXT) return "";
  const magicAt = (k) => {
    const node = nodes[k];
    return node !== undefined && (node.kind === STAR || node.kind === ONE || (node.kind === CLASS && node.source[0] === "["));
  };
  if (first.kind === LIT) {
    // `.*`, `..?`: a spelled-out dot, then magic.
    return (first.text === "." || first.text === "..") && magicAt(1) ? NO_TRAVERSAL : "";
  }
  if (magicAt(0)) return allowDot ? NO_TRAVERSAL : NO_DOT;
  return "";
}

/**
 * Regexp source for `nodes`. ctx.start: the sequence begins the segment;
 * ctx.whole: it is the whole segment; ctx.tail: source of what follows it
 * up to the end of the segment (for `!(...)`, which must look ahead to the end).
 */
function sequenceSource(nodes, ctx) {
  const out = [ctx.start ? startGuard(nodes, ctx.allowDot) : ""];
  let atStart = ctx.start;
  for (let k = 0; k < nodes.length; k++) {
    const node = nodes[k];
    switch (node.kind) {
      case LIT:
        out.push(escapeRegExp(node.text));
        break;
      case STAR:
        out.push(STAR_SRC);
        break;
      case ONE:
        out.push("[^/]");
        break;
      case CLASS:
        out.push(node.source);
        break;
      default: {
        const rest = () => sequenceSource(nodes.slice(k + 1), { start: false, whole: false, allowDot: ctx.allowDot, tail: ctx.tail });
        out.push(extglobSource(node, atStart, ctx.whole && nodes.length === 1, ctx, rest));
      }
    }
    // Only `!(...)` groups leave the start of the segment where it was.
    if (!(node.kind === EXT && node.type === "!")) atStart = false;
  }
  return out.join("");
}

function extglobSource(node, atStart, whole, ctx, rest) {
  const type = node.type;
  const altsSource = (allowDot, tail) => {
    let sources = node.alternatives.map((alt) =>
      sequenceSource(alt, { start: atStart, whole: false, allowDot, tail }),
    );
    if (whole) sources = sources.filter((src) => src !== "");
    return sources.join("|");
  };
  if (type === "!") {
    const restSource = rest();
    const guard = atStart && !ctx.allowDot ? NO_DOT : "";
    if (node.alternatives.length === 1 && node.alternatives[0].length === 0) {
      return `${guard}[^/]+?`; // `!()`: anything but nothing
    }
    const tail = `${restSource}${ctx.tail}`;
    return `(?:(?!(?:${altsSource(ctx.allowDot, tail)})${tail}$)${guard}${STAR_SRC})`;
  }
  const tail = `${rest()}${ctx.tail}`;
  const body = altsSource(ctx.allowDot, tail);
  if (whole && body === "") {
    // `@()` alone: not a pattern at all, the text itself.
    return escapeRegExp(`${type}(${node.alternatives.map(altText).join("|")})`);
  }
  const repeated = type === "*" || type === "+";
  let dotBody = "";
  if (repeated && !ctx.allowDot) {
    dotBody = altsSource(true, tail);
    if (dotBody === body) dotBody = "";
  }
  if (dotBody) {
    // The first repetition may not start with a dot; later ones may.
    const both = `(?:${body})(?:${dotBody})*?`;
    return type === "+" ? `(?:${both})` : `(?:${both})?`;
  }
  switch (type) {
    case "@":
      return `(?:${body})`;
    case "?":
      return `(?:${body})?`;
    default:
      return `(?:${body})${type}`;
  }
}

function altText(nodes) {
  return nodes.map((n) => (n.kind === LIT ? n.text : "")).join("");
}
