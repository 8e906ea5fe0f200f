#!/usr/bin/env bash
# Run Node's own tests (tests/node/parallel, as listed in manifest.txt) with a
# given JavaScript runtime:
#
#   tests/node/run.sh node                      # the reference
#   tests/node/run.sh target/debug/autorun      # autorun
#   tests/node/run.sh target/debug/autorun timers/   # only files whose path contains "timers/"
#
# Each `run` file is executed as `$BIN <file>` with tests/node/parallel as the
# working directory and a time limit (20 s, or $NODE_TEST_TIMEOUT). A test
# passes when it exits 0. `newer` files (API newer than the reference Node
# v20) run the same way, except under Node itself (a runtime whose --version
# reads vN.N.N), where they are reported as SKIP. First, the harness canaries
# in tests/node/selftest check that the runtime really reports failures (a
# runtime that never runs 'exit' listeners would otherwise "pass" every
# test): fail-*.js must exit non-zero, pass-*.js must exit 0. A failed canary
# counts as a failure.
#
# Output: one `PASS <file>` / `FAIL <file> (...)` line per test (a failure is
# followed by the tail of its output, indented with "    | "), and as the last
# line `N passed, M failed`. Exit status 1 if anything failed.
set -u

if [ $# -lt 1 ] || [ -z "$1" ]; then
  echo "usage: $0 <runtime-binary> [path-substring...]" >&2
  exit 2
fi
BIN=$1
shift
case $BIN in
  */*) BIN="$(cd "$(dirname "$BIN")" && pwd)/$(basename "$BIN")" ;;
esac
if ! command -v "$BIN" >/dev/null 2>&1; then
  echo "run.sh: runtime not found or not executable: $BIN" >&2
  exit 2
fi

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
LIMIT=${NODE_TEST_TIMEOUT:-20}
MANIFEST="$HERE/manifest.txt"
LOG="$(mktemp "${TMPDIR:-/tmp}/node-tests.XXXXXX")"
trap 'rm -f "$LOG"' EXIT

passed=0
failed=0

selected() {
  [ $# -eq 1 ] && return 0
  local file=$1; shift
  local pat
  for pat in "$@"; do
    case $file in *"$pat"*) return 0 ;; esac
  done
  return 1
}

# run_one <file> : runs in the current directory, sets $rc, output in $LOG
run_one() {
  timeout -k 5 "$LIMIT" "$BIN" "$1" </dev/null >"$LOG" 2>&1
  rc=$?
}

show_tail() {
  tail -n 15 "$LOG" | sed 's/^/    | /'
}

describe_rc() {
  case $1 in
    124|137) echo "timed out after ${LIMIT}s" ;;
    *) echo "exit code $1" ;;
  esac
}

# 1. Harness canaries.
cd "$HERE/selftest" || exit 2
for f in fail-*.js pass-*.js; do
  [ -e "$f" ] || continue
  run_one "$f"
  case $f in
    fail-*)
      if [ "$rc" -ne 0 ] && [ "$rc" -ne 124 ] && [ "$rc" -ne 137 ]; then
        passed=$((passed + 1)); echo "PASS selftest/$f"
      else
        failed=$((failed + 1))
        echo "FAIL selftest/$f (harness canary: must exit non-zero, got $(describe_rc "$rc"))"
        show_tail
      fi ;;
    *)
      if [ "$rc" -eq 0 ]; then
        passed=$((passed + 1)); echo "PASS selftest/$f"
      else
        failed=$((failed + 1)); echo "FAIL selftest/$f ($(describe_rc "$rc"))"
        show_tail
      fi ;;
  esac
done

# 2. The vendored Node tests.
is_node=0
case $("$BIN" --version 2>/dev/null) in v[0-9]*.[0-9]*.[0-9]*) is_node=1 ;; esac
cd "$HERE/parallel" || exit 2
listed=" "
while read -r verb file _rest; do
  case $verb in run|skip|newer) listed="$listed$file " ;; *) continue ;; esac
  [ "$verb" = skip ] && continue
  selected "$file" "$@" || continue
  if [ "$verb" = newer ] && [ "$is_node" = 1 ]; then
    echo "SKIP $file (tests API newer than this Node)"
    continue
  fi
  if [ ! -f "$file" ]; then
    failed=$((failed + 1)); echo "FAIL $file (listed in manifest.txt but missing)"
    continue
  fi
  run_one "$file"
  if [ "$rc" -eq 0 ]; then
    passed=$((passed + 1)); echo "PASS $file"
  else
    failed=$((failed + 1)); echo "FAIL $file ($(describe_rc "$rc"))"
    show_tail
  fi
done < "$MANIFEST"

# Files present but not in the manifest are a mistake in the suite itself.
while IFS= read -r file; do
  file=${file#./}
  case $listed in *" $file "*) ;; *) echo "WARN $file is not listed in manifest.txt" >&2 ;; esac
done < <(find . -name '*.js' | sort)

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
