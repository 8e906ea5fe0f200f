//! `autorun -w`: real file changes, waited for with deadlines (never bare
//! sleeps for correctness).

mod support;

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc::{channel, Receiver};
use std::time::{Duration, Instant};

const DEADLINE: Duration = Duration::from_secs(15);

/// A running `autorun -w`, its stdout lines as they come.
struct Watching {
    child: Child,
    lines: Receiver<String>,
    seen: Vec<String>,
    dir: tempfile::TempDir,
}

impl Watching {
    fn start(files: &[(&str, &str)], args: &[&str]) -> Self {
        Self::start_with(files, args, &[], false)
    }

    /// With extra environment variables; with `stderr_too`, stderr lines
    /// come through `lines` as well (else they are only shown).
    fn start_with(
        files: &[(&str, &str)],
        args: &[&str],
        env: &[(&str, &str)],
        stderr_too: bool,
    ) -> Self {
        let dir = tempfile::tempdir().expect("temp dir");
        for (name, text) in files {
            write(&dir.path().join(name), text);
        }
        let mut child = Command::new(support::autorun_bin())
            .args(args)
            .current_dir(dir.path())
            .env("PORT", free_port().to_string())
            .envs(env.iter().copied())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("autorun starts");
        let (tx, lines) = channel();
        let stdout = child.stdout.take().expect("stdout");
        let to_lines = tx.clone();
        std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines().map_while(Result::ok) {
                if to_lines.send(line).is_err() {
                    return;
                }
            }
        });
        let stderr = child.stderr.take().expect("stderr");
        std::thread::spawn(move || {
            for line in BufReader::new(stderr).lines().map_while(Result::ok) {
                if stderr_too {
                    let _ = tx.send(line);
                } else {
                    eprintln!("autorun: {line}");
                }
            }
        });
        Self {
            child,
            lines,
            seen: Vec::new(),
            dir,
        }
    }

    fn path(&self, name: &str) -> PathBuf {
        self.dir.path().canonicalize().expect("dir").join(name)
    }

    /// The next line matching `pred`, within the deadline.
    fn expect(&mut self, what: &str, pred: impl Fn(&str) -> bool) -> String {
        let deadline = Instant::now() + DEADLINE;
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            match self.lines.recv_timeout(left) {
                Ok(line) => {
                    self.seen.push(line.clone());
                    if pred(&line) {
                        return line;
                    }
                }
                Err(_) => panic!("no line {what} within {DEADLINE:?}; saw {:?}", self.seen),
            }
        }
    }

    /// No line arrives for `quiet` (used only to check that nothing ran).
    fn expect_nothing(&mut self, quiet: Duration) {
        if let Ok(line) = self.lines.recv_timeout(quiet) {
            panic!("expected no run, got {line:?}");
        }
    }

    fn interrupt(mut self) -> i32 {
        #[allow(unsafe_code)]
        // SAFETY: kill(2) with plain integers.
        unsafe {
            libc::kill(i32::try_from(self.child.id()).expect("pid"), libc::SIGINT);
        }
        let deadline = Instant::now() + DEADLINE;
        loop {
            if let Some(status) = self.child.try_wait().expect("wait") {
                return status.code().unwrap_or(-1);
            }
            assert!(
                Instant::now() < deadline,
                "autorun -w did not stop on SIGINT"
            );
            std::thread::sleep(Duration::from_millis(10));
        }
    }
}

impl Drop for Watching {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn write(path: &Path, text: &str) {
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).expect("mkdir");
    }
    std::fs::write(path, text).expect("write");
}

const CSS_TASKS: &str = r#"import { task } from "autorun";
task("css", { sources: ["src/**/*.css"] }, (ctx) => {
  console.log(`css ran: ${JSON.stringify(ctx.changed.map((p) => p.slice(process.cwd().length + 1)))}`);
});
"#;

#[test]
fn a_write_reruns_the_task_with_the_changed_path() {
    let mut w = Watching::start(
        &[("tasks.js", CSS_TASKS), ("src/a.css", "a")],
        &["--ci", "-w", "css"],
    );
    w.expect("first run", |l| l == "css ran: []");
    write(&w.path("src/a.css"), "b");
    w.expect("rerun", |l| l == r#"css ran: ["src/a.css"]"#);
    assert_eq!(w.interrupt(), 130);
}

#[test]
fn twenty_writes_in_the_window_are_one_run_with_every_path() {
    let mut w = Watching::start(
        &[("tasks.js", CSS_TASKS), ("src/a.css", "a")],
        &["--ci", "-w", "--debounce", "300", "css"],
    );
    w.expect("first run", |l| l == "css ran: []");
    for i in 0..20 {
        write(&w.path(&format!("src/f{i:02}.css")), "x");
    }
    let line = w.expect("one run", |l| l.starts_with("css ran: [\""));
    let expected: Vec<String> = (0..20).map(|i| format!("src/f{i:02}.css")).collect();
    assert_eq!(
        line,
        format!(
            "css ran: {}",
            serde_json::to_string(&expected).expect("json")
        )
    );
    w.expect_nothing(Duration::from_millis(700));
}

#[test]
fn ignored_paths_run_nothing() {
    let tasks = r#"import { task } from "autorun";
task("all", (ctx) => console.log(`ran: ${ctx.changed.map((p) => p.slice(process.cwd().length + 1)).join(",")}`));
"#;
    let mut w = Watching::start(
        &[
            ("tasks.js", tasks),
            (".gitignore", "*.log\n"),
            ("a.txt", "a"),
            (".git/HEAD", "x"),
        ],
        &["--ci", "-w", "--ignore", "tmp/**", "all"],
    );
    w.expect("first run", |l| l == "ran: ");
    write(&w.path(".git/HEAD"), "y");
    write(&w.path("debug.log"), "y");
    write(&w.path("tmp/x.txt"), "y");
    write(&w.path("node_modules/m/index.js"), "y");
    w.expect_nothing(Duration::from_millis(600));
    write(&w.path("a.txt"), "b");
    w.expect("a real change", |l| l == "ran: a.txt");
}

#[test]
fn a_failing_run_is_followed_by_a_good_one() {
    let tasks = r#"import { task, fs } from "autorun";
task("check", async () => {
  const text = await fs.readFile("input.txt", "utf8");
  if (text.trim() === "bad") throw new Error("input is bad");
  console.log(`good: ${text.trim()}`);
});
"#;
    let mut w = Watching::start(
        &[("tasks.js", tasks), ("input.txt", "one")],
        &["--ci", "-w", "check"],
    );
    w.expect("first run", |l| l == "good: one");
    write(&w.path("input.txt"), "bad");
    std::thread::sleep(Duration::from_millis(300));
    write(&w.path("input.txt"), "two");
    w.expect("after the failure", |l| l == "good: two");
    assert_eq!(w.interrupt(), 130);
}

#[test]
fn editing_the_tasks_file_reloads_it() {
    let v1 = r#"import { task } from "autorun";
task("build", () => console.log("build v1"));
"#;
    let v2 = r#"import { task } from "autorun";
task("extra", () => console.log("extra ran"));
task("build", { deps: ["extra"] }, () => console.log("build v2"));
"#;
    let mut w = Watching::start(&[("tasks.js", v1)], &["--ci", "-w", "build"]);
    w.expect("first run", |l| l == "build v1");
    write(&w.path("tasks.js"), v2);
    w.expect("the new task", |l| l.ends_with("extra ran"));
    w.expect("the new body", |l| l.ends_with("build v2"));
    // A broken tasks file does not end watch mode.
    write(
        &w.path("tasks.js"),
        "import { task } from 'autorun';\ntask('build', () => {\n",
    );
    std::thread::sleep(Duration::from_millis(500));
    write(&w.path("tasks.js"), v1);
    w.expect("fixed again", |l| l == "build v1");
    assert_eq!(w.interrupt(), 130);
}

#[test]
fn a_change_while_running_restarts_the_run() {
    let tasks = r#"import { task, $ } from "autorun";
task("slow", { sources: ["src/*"] }, async (ctx) => {
  console.log(`start ${ctx.changed.length}`);
  await $`sleep 30`.quiet();
  console.log("finished");
});
"#;
    let mut w = Watching::start(
        &[("tasks.js", tasks), ("src/a", "a")],
        &["--ci", "-w", "slow"],
    );
    w.expect("first run", |l| l == "start 0");
    write(&w.path("src/a"), "b");
    w.expect("a restart", |l| l == "start 1");
    assert!(!w.seen.iter().any(|l| l == "finished"), "{:?}", w.seen);
    assert_eq!(w.interrupt(), 130);
}

fn free_port() -> u16 {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    listener.local_addr().expect("addr").port()
}

fn alive(pid: i32) -> bool {
    std::fs::read_to_string(format!("/proc/{pid}/stat")).is_ok_and(|s| {
        s.rsplit_once(')')
            .is_some_and(|(_, r)| !r.trim_start().starts_with('Z'))
    })
}

#[test]
fn a_restart_task_is_replaced_without_a_port_clash() {
    let server = r#"const http = require("http");
const server = http.createServer((req, res) => res.end("ok"));
server.on("error", (e) => { console.log(`server error ${e.code}`); process.exit(1); });
server.listen(Number(process.env.PORT), "127.0.0.1", () => console.log(`listening ${process.pid}`));
"#;
    let tasks = r#"import { task, $ } from "autorun";
task("serve", { restart: true, sources: ["server.js"] }, () => $`node server.js`);
"#;
    let mut w = Watching::start(
        &[("tasks.js", tasks), ("server.js", server)],
        &["--ci", "-w", "serve"],
    );
    // PORT: a free port, set by `Watching::start`.
    let first = w.expect("the server", |l| {
        l.starts_with("listening ") || l.starts_with("server error")
    });
    assert!(first.starts_with("listening "), "{first}");
    let old: i32 = first["listening ".len()..].parse().expect("pid");
    write(&w.path("server.js"), &format!("{server}// changed\n"));
    let second = w.expect("the new server", |l| {
        l.starts_with("listening ") || l.starts_with("server error")
    });
    assert!(
        second.starts_with("listening "),
        "the new server could not listen: {second}"
    );
    assert!(!alive(old), "the old server (pid {old}) is still running");
    assert_eq!(w.interrupt(), 130);
}

#[test]
fn writes_to_declared_outputs_never_trigger_a_run() {
    let tasks = r#"import { task, fs } from "autorun";
let runs = 0;
task("build", { sources: ["src/*.txt"], outputs: ["dist/**"] }, async () => {
  runs += 1;
  await fs.ensureDir("dist");
  await fs.writeFile("dist/out.txt", `run ${runs}`);
  console.log(`build ${runs}`);
});
"#;
    let mut w = Watching::start(
        &[("tasks.js", tasks), ("src/a.txt", "a")],
        &["--ci", "-w", "build"],
    );
    w.expect("first run", |l| l == "build 1");
    w.expect_nothing(Duration::from_millis(800));
    write(&w.path("src/a.txt"), "b");
    w.expect("a source change", |l| l == "build 2");
    w.expect_nothing(Duration::from_millis(800));
}

/// The rule: a run started only by what the previous run wrote into its own
/// sources does not start another such run.
#[test]
fn a_task_writing_its_own_sources_does_not_loop() {
    let tasks = r#"import { task, fs } from "autorun";
let runs = 0;
task("stamp", { sources: ["src/*.txt"] }, async () => {
  runs += 1;
  await fs.appendFile("src/generated.txt", `run ${runs}\n`);
  console.log(`stamp ${runs}`);
});
"#;
    let mut w = Watching::start(
        &[("tasks.js", tasks), ("src/a.txt", "a")],
        &["--ci", "-w", "stamp"],
    );
    w.expect("first run", |l| l == "stamp 1");
    w.expect("its one follow-up", |l| l == "stamp 2");
    w.expect_nothing(Duration::from_millis(1000));
    write(&w.path("src/a.txt"), "b");
    w.expect("an outside change", |l| l == "stamp 3");
    w.expect("its follow-up", |l| l == "stamp 4");
    w.expect_nothing(Duration::from_millis(1000));
}

#[test]
fn polling_sees_changes_too() {
    let mut w = Watching::start(
        &[("tasks.js", CSS_TASKS), ("src/a.css", "a")],
        &["--ci", "-w", "--poll", "100", "css"],
    );
    w.expect("first run", |l| l == "css ran: []");
    std::thread::sleep(Duration::from_millis(300));
    write(&w.path("src/b.css"), "b");
    w.expect("rerun", |l| l == r#"css ran: ["src/b.css"]"#);
}

/// Out of OS watches (here a limit set for the test), autorun says so with
/// the fix and polls instead: changes still start runs.
#[test]
fn at_the_watch_limit_it_says_so_and_polls() {
    let mut w = Watching::start_with(
        &[
            ("tasks.js", CSS_TASKS),
            ("src/a/x.css", "a"),
            ("src/b/y.css", "b"),
        ],
        &["--ci", "-w", "css"],
        &[("AUTORUN_MAX_WATCHES", "1")],
        true,
    );
    w.expect("first run", |l| l == "css ran: []");
    if !w
        .seen
        .iter()
        .any(|l| l.contains("fs.inotify.max_user_watches"))
    {
        w.expect("the hint", |l| l.contains("fs.inotify.max_user_watches"));
    }
    assert!(
        w.seen
            .iter()
            .any(|l| l.contains("polls for changes instead")),
        "{:?}",
        w.seen
    );
    // Polling compares what it saw at intervals: write until a run shows
    // the change (each attempt waits well past an interval).
    let target = w.path("src/b/y.css");
    let deadline = Instant::now() + DEADLINE;
    let mut attempt = 0;
    loop {
        attempt += 1;
        std::thread::sleep(Duration::from_millis(700));
        write(&target, &format!("changed {attempt}"));
        match w.lines.recv_timeout(Duration::from_secs(3)) {
            Ok(line) if line == r#"css ran: ["src/b/y.css"]"# => break,
            Ok(line) => w.seen.push(line),
            Err(_) => {}
        }
        assert!(
            Instant::now() < deadline,
            "polling never saw the change; saw {:?}",
            w.seen
        );
    }
}

/// `--watch-path` adds a path outside the sources: a change there reruns the
/// requested tasks.
#[test]
fn watch_path_adds_a_path() {
    let mut w = Watching::start(
        &[
            ("tasks.js", CSS_TASKS),
            ("src/a.css", "a"),
            ("config/site.json", "{}"),
        ],
        &["--ci", "-w", "--watch-path", "config", "css"],
    );
    w.expect("first run", |l| l == "css ran: []");
    write(&w.path("config/site.json"), "{\"x\":1}");
    w.expect("rerun", |l| l == r#"css ran: ["config/site.json"]"#);
}
