#!/usr/bin/env bash
# Runs the vendored test262 tests (tests/test262/test/**.js) under a JavaScript
# runtime and judges each one.
#
#   tests/test262/run.sh <runtime-binary> [path-filter...]
#
#   tests/test262/run.sh target/debug/autorun
#   tests/test262/run.sh node
#   tests/test262/run.sh target/debug/autorun String/prototype/split JSON
#
# Each test runs as a *global script*, the way test262 expects: a small
# wrapper reads the harness files (assert.js, sta.js, compat.js, then the
# test's `includes:`) plus the test source and hands the lot to an indirect
# eval, so top-level `var`/function declarations land on the global object,
# whatever module wrapping the runtime applies to the file it was given.
# `flags: [onlyStrict]` prefixes "use strict";. Other tests run once, in
# sloppy mode (set T262_BOTH_MODES=1 to run the ones without
# onlyStrict/noStrict/raw in strict mode too).
#
# A test passes when the runtime exits 0 and writes nothing to stderr; a test
# with `negative:` passes when it throws the named error type (a parse-phase
# negative test must not get as far as running its body). Each run is limited
# to T262_TIMEOUT seconds (default 10). Tests run T262_JOBS at a time
# (default: number of CPUs).
#
# Skipped: flags module/async/CanBlockIsTrue/CanBlockIsFalse, and tests whose
# `features:` name one of SKIP_FEATURES below (host hooks this runner does not
# provide, or proposals Boa lacks).
#
# expected-failures.txt (or $T262_EXPECTED) lists tests known to fail for
# reasons that are not autorun's fast paths; they are reported but do not
# make the run fail. Exit status: 1 if any test fails that is not listed
# there, else 0.

set -u

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
if [ $# -lt 1 ]; then
  echo "usage: $0 <runtime-binary> [path-filter...]" >&2
  exit 2
fi
runtime=$1
shift
# A relative path to a binary is taken from the caller's directory.
case $runtime in
  */*) runtime=$(cd "$(dirname "$runtime")" && pwd)/$(basename "$runtime") ;;
esac
if ! command -v "$runtime" >/dev/null 2>&1; then
  echo "$0: runtime not found: $runtime" >&2
  exit 2
fi

timeout_s=${T262_TIMEOUT:-10}
jobs=${T262_JOBS:-$(nproc 2>/dev/null || echo 2)}
expected_file=${T262_EXPECTED:-$here/expected-failures.txt}

# Features this runner skips (see the header); T262_SKIP_FEATURES (space
# separated) adds more, e.g. T262_SKIP_FEATURES=json-parse-with-source for a
# Node without that proposal. None of the vendored tests uses these two yet:
#   IsHTMLDDA         needs the host's $262.IsHTMLDDA object
#   cross-realm       needs $262.createRealm
SKIP_FEATURES=" IsHTMLDDA cross-realm ${T262_SKIP_FEATURES:-} "

work=$(mktemp -d "${TMPDIR:-/tmp}/test262.XXXXXX")
trap 'rm -rf "$work"' EXIT

# --- the wrapper every test is run through ---------------------------------
cat >"$work/wrapper.js" <<'EOF'
// Reads the prepared test script and evaluates it as a global script.
var __t262_fs = require("fs");
var __t262_src = __t262_fs.readFileSync(process.argv[process.argv.length - 1], "utf8");
try {
  (0, eval)(__t262_src);
} catch (e) {
  var __t262_name = typeof e;
  if (e !== null && (typeof e === "object" || typeof e === "function")) {
    try { __t262_name = e.constructor && e.constructor.name || "Object"; } catch (_) {}
  }
  var __t262_msg;
  try { __t262_msg = e && e.message !== undefined ? e.message : String(e); } catch (_) { __t262_msg = "?"; }
  console.error("test262-uncaught " + __t262_name + ": " + __t262_msg);
  throw e;
}
EOF

# --- frontmatter -------------------------------------------------------------
# Prints "key value" lines for includes, flags, features and negative
# phase/type found in the /*--- ... ---*/ block.
frontmatter() {
  awk '
    /\/\*---/ { inside = 1; next }
    /---\*\// { if (inside) exit }
    !inside { next }
    /^[A-Za-z_]+:/ {
      key = $0; sub(/:.*/, "", key)
      val = $0; sub(/^[A-Za-z_]+:[ \t]*/, "", val)
      if (val ~ /^\[/) {
        gsub(/[\[\]]/, "", val); n = split(val, a, ",")
        for (i = 1; i <= n; i++) { v = a[i]; gsub(/^[ \t]+|[ \t]+$/, "", v); if (v != "") print key, v }
      }
      next
    }
    key == "negative" && /^[ \t]+(phase|type):/ {
      k = $0; sub(/^[ \t]+/, "", k); v = k; sub(/:.*/, "", k); sub(/^[a-z]+:[ \t]*/, "", v)
      print "neg" k, v; next
    }
    (key == "includes" || key == "flags" || key == "features") && /^[ \t]+-[ \t]/ {
      v = $0; sub(/^[ \t]+-[ \t]+/, "", v); sub(/[ \t]+#.*/, "", v); gsub(/[ \t]+$/, "", v)
      print key, v; next
    }
  ' "$1"
}

# Harness files that compat.js stands in for (test262 no longer has them).
compat_includes=" \$FAIL.js \$PRINT.js runTestCase.js fnGlobalObject.js "

# run_one <index> <relative test path> <mode: sloppy|strict>
# Writes "<index>\t<PASS|FAIL|SKIP>\t<path>\t<reason>" to $work/results/<index>.
run_one() {
  local idx=$1 rel=$2 mode=$3
  local file=$here/$rel out=$work/results/$idx
  local includes=() flags=" " features=" " negphase="" negtype=""
  local key val
  while read -r key val; do
    case $key in
      includes) includes+=("$val") ;;
      flags) flags+="$val " ;;
      features) features+="$val " ;;
      negphase) negphase=$val ;;
      negtype) negtype=$val ;;
    esac
  done < <(frontmatter "$file")

  local name=$rel
  [ "$mode" = strict ] && name="$rel (strict)"

  local f
  for f in module async CanBlockIsTrue CanBlockIsFalse; do
    if [[ $flags == *" $f "* ]]; then
      printf '%s\tSKIP\t%s\tflag %s\n' "$idx" "$name" "$f" >"$out"; return
    fi
  done
  for f in $features; do
    if [[ $SKIP_FEATURES == *" $f "* ]]; then
      printf '%s\tSKIP\t%s\tfeature %s\n' "$idx" "$name" "$f" >"$out"; return
    fi
  done

  local script=$work/scripts/$idx.js
  if [[ $flags == *" raw "* ]]; then
    cat "$file" >"$script"
  else
    {
      [ "$mode" = strict ] && printf '"use strict";\n'
      cat "$here/harness/assert.js" "$here/harness/sta.js" "$here/compat.js"
      for f in "${includes[@]}"; do
        if [ -f "$here/harness/$f" ]; then
          cat "$here/harness/$f"
        elif [[ $compat_includes != *" $f "* ]]; then
          printf '%s\tFAIL\t%s\tmissing harness file %s\n' "$idx" "$name" "$f" >"$out"
          return
        fi
      done
      cat "$file"
    } >"$script"
  fi

  local stdout=$work/out/$idx.stdout stderr=$work/out/$idx.stderr rc
  timeout "$timeout_s" "$runtime" "$work/wrapper.js" "$script" >"$stdout" 2>"$stderr" </dev/null
  rc=$?

  local verdict=PASS reason=""
  local thrown
  thrown=$(sed -n 's/^test262-uncaught \([^:]*\):.*/\1/p' "$stderr" | head -n 1)
  if [ $rc -eq 124 ]; then
    verdict=FAIL reason="timed out after ${timeout_s}s"
  elif [ -n "$negtype" ]; then
    if [ $rc -eq 0 ]; then
      verdict=FAIL reason="expected $negtype ($negphase phase), but nothing was thrown"
    elif [ "$thrown" != "$negtype" ]; then
      verdict=FAIL reason="expected $negtype ($negphase phase), got ${thrown:-exit $rc}"
    fi
  elif [ $rc -ne 0 ]; then
    verdict=FAIL
    reason=$(grep -m 1 '^test262-uncaught ' "$stderr" | sed 's/^test262-uncaught //')
    [ -n "$reason" ] || reason="exit $rc: $(head -c 300 "$stderr" | tr '\n' ' ')"
  elif [ -s "$stderr" ]; then
    verdict=FAIL reason="stderr: $(head -c 300 "$stderr" | tr '\n' ' ')"
  fi
  reason=$(printf '%s' "$reason" | tr '\t\n' '  ' | cut -c 1-400)
  printf '%s\t%s\t%s\t%s\n' "$idx" "$verdict" "$name" "$reason" >"$out"
}

mkdir -p "$work/results" "$work/scripts" "$work/out"

# --- collect the tests ---------------------------------------------------------
tests=()
while IFS= read -r t; do
  if [ $# -gt 0 ]; then
    keep=0
    for pat in "$@"; do [[ $t == *"$pat"* ]] && keep=1; done
    [ $keep -eq 1 ] || continue
  fi
  tests+=("$t")
done < <(cd "$here" && find test -name '*.js' ! -name '*_FIXTURE.js' | LC_ALL=C sort)

# --- run them, $jobs at a time -------------------------------------------------
idx=0
running=0
for t in "${tests[@]}"; do
  modes=sloppy
  fl=$(frontmatter "$here/$t" | awk '$1 == "flags" { printf " %s", $2 } END { print " " }')
  if [[ $fl == *" onlyStrict "* ]]; then
    modes=strict
  elif [ "${T262_BOTH_MODES:-0}" = 1 ] && [[ $fl != *" noStrict "* && $fl != *" raw "* ]]; then
    modes="sloppy strict"
  fi
  for m in $modes; do
    idx=$((idx + 1))
    run_one "$(printf '%05d' $idx)" "$t" "$m" &
    running=$((running + 1))
    if [ $running -ge "$jobs" ]; then
      wait -n
      running=$((running - 1))
    fi
  done
done
wait

# --- report ----------------------------------------------------------------------
declare -A expected=()
if [ -f "$expected_file" ]; then
  while IFS= read -r line; do
    line=${line%%#*}
    line=$(printf '%s' "$line" | sed 's/[[:space:]]*$//')
    [ -n "$line" ] && expected[$line]=1
  done <"$expected_file"
fi

pass=0 fail=0 skip=0 xfail=0 xpass=0 unexpected=0
if compgen -G "$work/results/*" >/dev/null; then
  while IFS=$'\t' read -r _ verdict name reason; do
    base=${name% (strict)}
    case $verdict in
      PASS)
        pass=$((pass + 1))
        if [ -n "${expected[$base]:-}" ]; then
          xpass=$((xpass + 1))
          echo "PASS $name (listed in expected-failures.txt)"
        else
          echo "PASS $name"
        fi
        ;;
      SKIP)
        skip=$((skip + 1))
        echo "SKIP $name ($reason)"
        ;;
      FAIL)
        fail=$((fail + 1))
        if [ -n "${expected[$base]:-}" ]; then
          xfail=$((xfail + 1))
          echo "FAIL $name ($reason) [expected]"
        else
          unexpected=$((unexpected + 1))
          echo "FAIL $name ($reason)"
        fi
        ;;
    esac
  done < <(cat "$work"/results/* | LC_ALL=C sort)
fi

echo "$pass passed, $fail failed, $skip skipped"
echo "($xfail of the failures are listed in $(basename "$expected_file"); $unexpected are not; $xpass listed tests passed)"
[ $unexpected -eq 0 ]
