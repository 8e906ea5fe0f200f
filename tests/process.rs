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
        .stdout("2\ncommand failed: echo broken >&2; exit 2\n  exit code: 2\n  at: f.mjs\n  stderr:\n    broken\n  exit code: 127 (command not found)\n")
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

/// Strings a shell would read as syntax, each must come back as exactly itself.
#[test]
fn hostile_strings_pass_through_as_one_argument() {
    let corpus = [
        "",
        " ",
        "a b",
        "'",
        "\"",
        "`",
        "''",
        "\"\"",
        "'\"'",
        "it's \"quoted\"",
        "$(id)",
        "`id`",
        "${HOME}",
        "$HOME",
        "; rm -rf x",
        "a && b",
        "a || b",
        "a | b",
        "a\nb",
        "\n",
        "\t",
        "a\tb",
        "\r\n",
        "\u{1}\u{2}\u{7}\u{1b}[31m",
        "\u{b}\u{c}",
        "\\",
        "\\n",
        "\\'",
        "ünïcödé",
        "日本語",
        "😀 emoji 🎉",
        "-n",
        "--help",
        "-",
        "*",
        "*.js",
        "~",
        "~/x",
        "!",
        "!!",
        "a!b",
        "#comment",
        "x=1",
        "a;b",
        "(sub)",
        "{a,b}",
        "[ab]",
        "?",
        "<in",
        ">out",
        "2>&1",
        "&",
        "%",
        "@",
        "é\u{301}",
    ];
    let json = serde_json::to_string(&corpus[..]).expect("json");
    let script = format!(
        r#"import {{ $ }} from "autorun";
const corpus = {json};
let bad = 0;
for (const s of corpus) {{
  const out = await $`printf '%s' ${{s}}`.quiet();
  if (out.stdout !== s) {{ bad++; console.log("differs:", JSON.stringify(s), JSON.stringify(out.stdout)); }}
}}
const all = await $`printf '%s\n' ${{corpus}}`.quiet();
console.log(all.stdout === corpus.map((s) => s + "\n").join(""), bad, corpus.length);
"#
    );
    Test::new()
        .file("q.mjs", &script)
        .args(&["q.mjs"])
        .stdout(&format!("true 0 {}\n", corpus.len()))
        .run();
}

#[test]
fn commands_chain_kill_timeout_pipe_stdin_and_lines() {
    let script = r#"import { $, which, retry } from "autorun";
const lines = [];
for await (const line of $`for i in 1 2 3; do echo line$i; sleep 0.02; done`.quiet()) lines.push(line);
console.log(lines.join(","));
console.log(JSON.stringify(await $`printf 'a\nb'`.quiet().lines()));
const sleeper = $`sleep 30`.quiet().nothrow();
setTimeout(() => sleeper.kill(), 50);
const killed = await sleeper;
console.log("kill:", killed.signal, killed.exitCode, killed.ok);
const slow = await $`sleep 30`.quiet().nothrow().timeout(50);
console.log("timeout:", slow.signal);
console.log("exitCode:", await $`exit 5`.quiet().nothrow().exitCode);
const up = await $`printf 'hello\nworld\n'`.quiet().pipe($`tr a-z A-Z`.quiet());
console.log("pipe:", JSON.stringify(up.stdout));
const chained = await $`printf 'b\na\n'`.quiet().pipe`sort`.quiet();
console.log("template pipe:", JSON.stringify(chained.stdout));
const cat = $`cat`.quiet();
cat.stdin.write("to ");
cat.stdin.end("stdin\n");
console.log("stdin:", JSON.stringify((await cat).stdout));
const chunks = [];
const stream = $`printf 'x'; sleep 0.02; printf 'y'`.quiet();
for await (const chunk of stream.stdout) chunks.push(String(chunk));
console.log("stdout stream:", chunks.join(""));
await $`printf 'to a file\n'`.quiet().pipe("out.txt");
console.log("file:", JSON.stringify(await $`cat out.txt`.quiet().text()));
console.log("which:", (await which("sh")).endsWith("/sh"), await which("no-such-cmd-xyz", { nothrow: true }));
await which("no-such-cmd-xyz").catch((e) => console.log("which error:", e.message));
let tries = 0;
console.log("retry:", await retry(3, () => (++tries < 3 ? Promise.reject(new Error("not yet")) : tries)));
await retry(2, async () => { throw new Error("always"); }).catch((e) => console.log("retry error:", e.message));
console.log("env:", (await $({ env: { AUTORUN_X: "y z" }, quiet: true })`printf '%s' "$AUTORUN_X"`).stdout);
console.log("cwd:", (await $({ cwd: "/", quiet: true })`pwd`).stdout.trim());
"#;
    Test::new()
        .file("c.mjs", script)
        .args(&["c.mjs"])
        .stdout(
            "line1,line2,line3\n[\"a\",\"b\"]\nkill: SIGTERM null false\ntimeout: SIGTERM\nexitCode: 5\n\
             pipe: \"HELLO\\nWORLD\\n\"\ntemplate pipe: \"a\\nb\\n\"\nstdin: \"to stdin\\n\"\nstdout stream: xy\n\
             file: \"to a file\\n\"\nwhich: true null\nwhich error: not found: no-such-cmd-xyz\nretry: 3\n\
             retry error: always\nenv: y z\ncwd: /\n",
        )
        .stderr("")
        .run();
}

#[test]
fn tasks_running_side_by_side_get_whole_prefixed_lines() {
    let tasks = r#"import { task, $ } from "autorun";
const noisy = (name) => $`for i in $(seq 300); do echo "${name}-$i-0123456789abcdefghijklmnopqrstuvwxyz0123456789"; done; printf "${name}-end"`;
task("alpha", () => noisy("alpha"));
task("beta", () => noisy("beta"));
task("all", { deps: ["alpha", "beta"] });
"#;
    let out = Test::new()
        .file("tasks.js", tasks)
        .args(&["--ci", "-j2", "all"])
        .run();
    let mut counts = [0, 0];
    for line in out.stdout.lines() {
        let (name, rest) = line
            .split_once(" | ")
            .unwrap_or_else(|| panic!("no prefix: {line:?}"));
        let index = match name.trim_end() {
            "alpha" => 0,
            "beta" => 1,
            other => panic!("unknown prefix {other:?} in {line:?}"),
        };
        let expected = ["alpha", "beta"][index];
        assert!(
            rest.starts_with(&format!("{expected}-")),
            "a line of {rest:?} under {name}"
        );
        assert!(
            rest.ends_with("-0123456789abcdefghijklmnopqrstuvwxyz0123456789")
                || rest == format!("{expected}-end"),
            "split line: {line:?}"
        );
        counts[index] += 1;
    }
    assert_eq!(counts, [301, 301], "{}", out.stdout);
    assert!(out.stderr.contains("alpha | $ for i in"), "{}", out.stderr);
}

#[test]
fn a_single_task_is_not_prefixed() {
    Test::new()
        .file(
            "tasks.js",
            "import { task, $ } from 'autorun';\ntask('one', () => $`echo plain`);\n",
        )
        .args(&["--ci", "-j4", "one"])
        .stdout("plain\n")
        .run();
}

#[test]
fn a_failing_task_cancels_the_commands_of_the_others() {
    let tasks = r#"import { task, $ } from "autorun";
task("slow", async () => { await $`echo $$ > slow.pid; exec sleep 30`; });
task("bad", async () => { await $`sleep 0.3; exit 3`.quiet(); });
task("all", { deps: ["slow", "bad"] });
"#;
    let started = std::time::Instant::now();
    let out = Test::new()
        .file("tasks.js", tasks)
        .args(&["--ci", "-j2", "all"])
        .env("AUTORUN_KILL_GRACE", "2000")
        .failure()
        .run();
    assert!(
        started.elapsed() < std::time::Duration::from_secs(10),
        "took {:?}",
        started.elapsed()
    );
    assert!(out.stderr.contains("exit code: 3"), "{}", out.stderr);
    let pid: i32 = std::fs::read_to_string(out.dir.join("slow.pid"))
        .expect("slow.pid")
        .trim()
        .parse()
        .expect("a pid");
    assert!(
        !running(pid),
        "the cancelled task's sleep (pid {pid}) is still running"
    );
}

/// Whether `pid` is a live (not zombie) process.
fn running(pid: i32) -> bool {
    match std::fs::read_to_string(format!("/proc/{pid}/stat")) {
        Ok(stat) => {
            let state = stat
                .rsplit_once(')')
                .map(|(_, rest)| rest.trim_start().chars().next());
            state != Some(Some('Z'))
        }
        Err(_) => false,
    }
}

/// The pids whose process group is `pgid`.
fn group_members(pgid: i32) -> Vec<i32> {
    let mut members = Vec::new();
    for entry in std::fs::read_dir("/proc").expect("/proc").flatten() {
        let Some(pid) = entry
            .file_name()
            .to_str()
            .and_then(|s| s.parse::<i32>().ok())
        else {
            continue;
        };
        let Ok(stat) = std::fs::read_to_string(format!("/proc/{pid}/stat")) else {
            continue;
        };
        let Some((_, rest)) = stat.rsplit_once(')') else {
            continue;
        };
        let fields: Vec<&str> = rest.split_whitespace().collect();
        if fields.get(2).and_then(|g| g.parse::<i32>().ok()) == Some(pgid) && fields[0] != "Z" {
            members.push(pid);
        }
    }
    members
}

fn wait_for_file(path: &std::path::Path, within: std::time::Duration) -> String {
    let deadline = std::time::Instant::now() + within;
    loop {
        if let Ok(text) = std::fs::read_to_string(path) {
            if text.ends_with('\n') {
                return text;
            }
        }
        assert!(
            std::time::Instant::now() < deadline,
            "{} never appeared",
            path.display()
        );
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
}

fn wait_exit(
    child: &mut std::process::Child,
    within: std::time::Duration,
) -> std::process::ExitStatus {
    let deadline = std::time::Instant::now() + within;
    loop {
        if let Some(status) = child.try_wait().expect("wait") {
            return status;
        }
        if std::time::Instant::now() > deadline {
            let _ = child.kill();
            panic!("autorun did not exit within {within:?}");
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
}

fn signal_exit(signal: i32, expected: i32) {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(
        dir.path().join("tasks.js"),
        "import { task, $ } from 'autorun';\ntask('hang', () => $`sh -c 'echo $$ > group.pid; sleep 300 & sleep 300'`);\n",
    )
    .expect("write tasks.js");
    let mut child = std::process::Command::new(support::autorun_bin())
        .args(["--ci", "hang"])
        .current_dir(dir.path())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("autorun starts");
    let sh: i32 = wait_for_file(
        &dir.path().join("group.pid"),
        std::time::Duration::from_secs(10),
    )
    .trim()
    .parse()
    .expect("a pid");
    let stat = std::fs::read_to_string(format!("/proc/{sh}/stat")).expect("the shell runs");
    let pgid: i32 = stat
        .rsplit_once(')')
        .expect("stat")
        .1
        .split_whitespace()
        .nth(2)
        .expect("pgrp")
        .parse()
        .expect("pgid");
    assert_ne!(
        pgid,
        i32::try_from(std::process::id()).expect("pid"),
        "the child has a group of its own"
    );
    // Both sleeps have started once the group has three members (sh and two sleeps).
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(5);
    while group_members(pgid).len() < 3 && std::time::Instant::now() < deadline {
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    let started = std::time::Instant::now();
    #[allow(unsafe_code)]
    // SAFETY: kill(2) with plain integers.
    unsafe {
        libc::kill(i32::try_from(child.id()).expect("pid"), signal);
    }
    let status = wait_exit(&mut child, std::time::Duration::from_secs(8));
    assert_eq!(status.code(), Some(expected));
    assert!(
        started.elapsed() < std::time::Duration::from_secs(6),
        "took {:?}",
        started.elapsed()
    );
    assert_eq!(
        group_members(pgid),
        Vec::<i32>::new(),
        "processes of the command's group survived"
    );
}

#[test]
fn ctrl_c_ends_every_process_of_a_command_and_exits_130() {
    signal_exit(libc::SIGINT, 130);
}

#[test]
fn sigterm_and_sighup_end_children_too() {
    signal_exit(libc::SIGTERM, 143);
    signal_exit(libc::SIGHUP, 129);
}

#[test]
fn output_lines_arrive_as_they_are_written() {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(
        dir.path().join("tasks.js"),
        "import { task, $ } from 'autorun';\ntask('tick', () => $`for i in 1 2 3 4 5; do date +%s%N; sleep 0.3; done`.quiet(false));\n",
    )
    .expect("write tasks.js");
    let mut child = std::process::Command::new(support::autorun_bin())
        .args(["--ci", "tick"])
        .current_dir(dir.path())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::null())
        .spawn()
        .expect("autorun starts");
    let stdout = child.stdout.take().expect("stdout");
    let mut lines = std::io::BufRead::lines(std::io::BufReader::new(stdout));
    let mut delays = Vec::new();
    while let Some(Ok(line)) = lines.next() {
        let now = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .expect("clock")
            .as_nanos();
        let written: u128 = line.trim().parse().expect("a timestamp");
        delays.push((now.saturating_sub(written)) / 1_000_000);
    }
    let _ = child.wait();
    assert_eq!(delays.len(), 5);
    // Written 300 ms apart: a line held back until the next one (or the
    // end) would be 300 ms late or more.
    assert!(
        delays.iter().all(|&ms| ms < 200),
        "delays in ms: {delays:?}"
    );
}

/// A command printing 300 MB streams through in bounded memory; what is kept
/// for the ProcessOutput is capped, with a note saying so.
#[test]
fn huge_output_streams_in_bounded_memory() {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(
        dir.path().join("big.mjs"),
        "import { $ } from 'autorun';\nconst out = await $({ maxBuffer: 4194304 })`head -c 300000000 /dev/zero | tr '\\\\0' 'a' | fold -w 100`;\nconsole.error('kept', out.stdout.length, out.truncated);\n",
    )
    .expect("write");
    #[allow(clippy::zombie_processes)] // reaped by wait4 below, for its rusage
    let child = std::process::Command::new(support::autorun_bin())
        .arg("big.mjs")
        .current_dir(dir.path())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("autorun starts");
    let pid = i32::try_from(child.id()).expect("pid");
    let mut stderr = child.stderr.expect("stderr");
    let mut text = String::new();
    std::io::Read::read_to_string(&mut stderr, &mut text).expect("read stderr");
    let mut status = 0;
    #[allow(unsafe_code)]
    // SAFETY: wait4 fills the status and rusage we pass, both live for the call.
    let usage = unsafe {
        let mut usage: libc::rusage = std::mem::zeroed();
        assert_eq!(libc::wait4(pid, &mut status, 0, &mut usage), pid);
        usage
    };
    assert!(
        libc::WIFEXITED(status) && libc::WEXITSTATUS(status) == 0,
        "{text}"
    );
    assert!(
        text.contains("were shown but not kept (maxBuffer: 4194304)"),
        "{text}"
    );
    assert!(text.contains("kept 4194304 true"), "{text}");
    let max_rss_mb = usage.ru_maxrss / 1024;
    assert!(
        max_rss_mb < 100,
        "max RSS {max_rss_mb} MB for 300 MB of output"
    );
}
