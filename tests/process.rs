//! `$` from `autorun`: quoting, output, exit codes, options.

mod support;

use support::Test;

#[test]
fn dollar_quotes_each_value_and_collects_output() {
    let script = r#"import { $, quote } from "autorun";
const out = await $`printf '%s|' ${"a b"} ${["x", "y z"]} ${""}`.quiet();
console.log(JSON.stringify(out.stdout), out.exitCode, out.ok);
console.log(quote("a b"), quote(""), quote("x/y.z"), quote("it's\n"));
const r = await $`exit 3`.quiet().nothrow();
console.log(r.exitCode, r.ok);
console.log(JSON.stringify(await $({ input: "piped in", quiet: true })`cat`.text()));
console.log(JSON.stringify(await $`printf 'a\nb\n'`.quiet().lines()));
const nested = await $`echo ${await $`printf ' spaced '`.quiet()}`.quiet();
console.log(JSON.stringify(nested.stdout));
"#;
    Test::new()
        .file("s.mjs", script)
        .args(&["s.mjs"])
        .stdout("\"a b|x|y z||\" 0 true\n$'a b' $'' x/y.z $'it\\'s\\n'\n3 false\n\"piped in\"\n[\"a\",\"b\"]\n\"spaced\\n\"\n")
        .stderr("")
        .run();
}

#[test]
fn a_failing_command_rejects_with_code_meaning_and_stderr() {
    let script = r#"import { $ } from "autorun";
try { await $`echo broken >&2; exit 2`.quiet(); } catch (e) { console.log(e.exitCode); console.log(e.message); }
try { await $`no-such-command-xyz`.quiet(); } catch (e) { console.log(e.message.split("\n")[1]); }
"#;
    Test::new()
        .file("f.mjs", script)
        .args(&["f.mjs"])
        .stdout("2\ncommand failed: echo broken >&2; exit 2\n  exit code: 2 (misuse of shell builtins)\n  stderr:\n    broken\n  exit code: 127 (command not found)\n")
        .run();
}

#[test]
fn output_streams_through_and_the_command_is_echoed() {
    let script = r#"import { $ } from "autorun";
await $`echo one; echo two >&2`;
"#;
    Test::new()
        .file("o.mjs", script)
        .args(&["o.mjs"])
        .stdout("one\n")
        .stderr("$ echo one; echo two >&2\ntwo\n")
        .run();
}

#[test]
fn a_failing_command_fails_its_task() {
    let out = Test::new()
        .file(
            "tasks.js",
            "import { task, $ } from 'autorun';\ntask('build', () => $`exit 4`.quiet());\n",
        )
        .args(&["--ci", "build"])
        .failure()
        .run();
    assert!(
        out.stderr
            .contains("error: ProcessOutput: command failed: exit 4\n  exit code: 4\n"),
        "{}",
        out.stderr
    );
}
