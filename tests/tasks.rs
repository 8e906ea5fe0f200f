//! Tasks and the command line, black-box: the graph, parallelism, listing,
//! arguments, failures and their messages.

mod support;

use support::Test;

const DIAMOND: &str = r#"import { task, sleep } from "autorun";
const spans = {};
const work = (name) => async () => {
  const start = performance.now();
  await sleep(100);
  spans[name] = [start, performance.now()];
  console.log(`ran ${name}`);
};
task("gen", "Generate sources", work("gen"));
task("lib-a", { deps: ["gen"] }, work("lib-a"));
task("lib-b", { deps: ["gen"] }, work("lib-b"));
task("app", { desc: "Link the app", deps: ["lib-a", "lib-b"] }, () => {
  const [a, b] = [spans["lib-a"], spans["lib-b"]];
  console.log(a[0] < b[1] && b[0] < a[1] ? "overlapped" : "one after the other");
});
export default "app";
"#;

#[test]
fn diamond_runs_gen_once_and_libs_in_parallel() {
    Test::new()
        .file("tasks.js", DIAMOND)
        .args(&["-j2", "--ci", "app"])
        .stdout("gen   | ran gen\nlib-a | ran lib-a\nlib-b | ran lib-b\napp   | overlapped\n")
        .run();
}

#[test]
fn diamond_with_one_job_is_sequential() {
    Test::new()
        .file("tasks.js", DIAMOND)
        .args(&["-j1", "--ci"])
        .stdout("ran gen\nran lib-a\nran lib-b\none after the other\n")
        .run();
}

#[test]
fn plain_status_lines_and_summary() {
    let out = Test::new()
        .file("tasks.js", DIAMOND)
        .args(&["-j1", "--ci", "app"])
        .run();
    let lines: Vec<&str> = out.stderr.lines().collect();
    assert_eq!(lines[0], "› gen");
    assert!(
        lines[1].starts_with("✓ gen ") && lines[1].ends_with('s'),
        "{}",
        out.stderr
    );
    assert_eq!(lines[2], "› lib-a");
    assert_eq!(lines[8], "summary:");
    assert!(lines[9].starts_with("  ✓ gen   0."), "{}", out.stderr);
    assert!(lines[12].starts_with("  ✓ app   0."), "{}", out.stderr);
    assert_eq!(lines[13], "  4 succeeded");
    assert_eq!(lines.len(), 14, "{}", out.stderr);
}

#[test]
fn list_shows_names_descriptions_and_the_default() {
    Test::new()
        .file(
            "tasks.js",
            "import { task } from 'autorun';\ntask('build', 'Build it', () => {});\ntask('test', { deps: ['build'] }, () => {});\ntask('secret', { hidden: true }, () => {});\ntask('release-all', { desc: 'Ship everything' }, () => {});\nexport default 'build';\n",
        )
        .args(&["--list"])
        .stdout("build (default)  Build it\ntest\nrelease-all      Ship everything\n")
        .run();
}

#[test]
fn list_json() {
    Test::new()
        .file(
            "tasks.js",
            "import { task } from 'autorun';\ntask('build', 'Build it', () => {});\ntask('test', { deps: ['build'] });\nexport default 'test';\n",
        )
        .args(&["--list", "--json"])
        .stdout("[\n  {\n    \"name\": \"build\",\n    \"desc\": \"Build it\",\n    \"deps\": [],\n    \"default\": false\n  },\n  {\n    \"name\": \"test\",\n    \"desc\": null,\n    \"deps\": [\n      \"build\"\n    ],\n    \"default\": true\n  }\n]\n")
        .run();
}

#[test]
fn unknown_task_suggests_the_closest() {
    Test::new()
        .file(
            "tasks.js",
            "import { task } from 'autorun';\ntask('build', () => {});\ntask('test', () => {});\n",
        )
        .args(&["buidl"])
        .stderr("error: no task named `buidl`\nhint: did you mean `build`?\n")
        .status(2)
        .run();
}

#[test]
fn cycle_is_named_before_anything_runs() {
    Test::new()
        .file(
            "tasks.js",
            "import { task } from 'autorun';\ntask('a', { deps: ['b'] }, () => console.log('a'));\ntask('b', { deps: ['a'] }, () => console.log('b'));\n",
        )
        .args(&["a"])
        .stdout("")
        .stderr("error: dependency cycle: a -> b -> a\n")
        .status(2)
        .run();
}

#[test]
fn a_failing_task_exits_1_and_stops_the_rest() {
    let out = Test::new()
        .file(
            "tasks.js",
            "import { task, sleep } from 'autorun';\ntask('fail-task', () => { throw new Error('broken'); });\ntask('after', { deps: ['fail-task'] }, () => console.log('never'));\n",
        )
        .args(&["--ci", "after"])
        .stdout("")
        .failure()
        .run();
    assert!(
        out.stderr.contains("error: Error: broken\n"),
        "{}",
        out.stderr
    );
    assert!(
        out.stderr.contains("  ⊘ after     cancelled\n"),
        "{}",
        out.stderr
    );
}

#[test]
fn keep_going_runs_independent_tasks() {
    let out = Test::new()
        .file(
            "tasks.js",
            "import { task } from 'autorun';\ntask('bad', () => Promise.reject(new Error('nope')));\ntask('good', () => console.log('good ran'));\ntask('needs-bad', { deps: ['bad'] }, () => console.log('never'));\ntask('all', { deps: ['bad', 'good', 'needs-bad'] });\n",
        )
        .args(&["-k", "-j1", "--ci", "all"])
        .stdout("good ran\n")
        .failure()
        .run();
    assert!(
        out.stderr.contains("  - needs-bad skipped\n"),
        "{}",
        out.stderr
    );
}

#[test]
fn args_after_double_dash_reach_the_last_task() {
    Test::new()
        .file(
            "tasks.js",
            "import { task } from 'autorun';\ntask('a', (ctx) => console.log('a', JSON.stringify(ctx.args)));\ntask('b', (ctx) => console.log('b', JSON.stringify(ctx.args), ctx.name));\n",
        )
        .args(&["-q", "a", "b", "--", "--fast", "x y"])
        .stdout("a []\nb [\"--fast\",\"x y\"] b\n")
        .run();
}

#[test]
fn dry_run_prints_the_plan() {
    Test::new()
        .file("tasks.js", DIAMOND)
        .args(&["-n", "app"])
        .stdout("gen\nlib-a\nlib-b\napp\n")
        .stderr("")
        .run();
}

#[test]
fn series_and_parallel_compose_tasks() {
    Test::new()
        .file(
            "tasks.js",
            "import { task, series, parallel } from 'autorun';\ntask('a', () => console.log('a'));\ntask('b', { deps: ['a'] }, () => console.log('b'));\ntask('ci', series('b', parallel('a', () => console.log('fn')), () => console.log('end')));\n",
        )
        .args(&["-q", "ci"])
        .stdout("a\nb\nfn\nend\n")
        .run();
}

#[test]
fn syntax_error_in_the_tasks_file_exits_2_with_a_frame() {
    let test = Test::new().file(
        "tasks.js",
        "import { task } from 'autorun';\ntask('a', () => {\n",
    );
    let file = test.path().join("tasks.js").display().to_string();
    let out = test.args(&["a"]).status(2).run();
    assert!(
        out.stderr.starts_with("error: SyntaxError:"),
        "{}",
        out.stderr
    );
    assert!(
        out.stderr.contains(&format!("  --> {file}")),
        "{}",
        out.stderr
    );
}

#[test]
fn a_task_defined_twice_names_the_line() {
    let test = Test::new().file(
        "tasks.js",
        "import { task } from 'autorun';\ntask('a', () => {});\ntask('a', () => {});\n",
    );
    let file = test.path().join("tasks.js").display().to_string();
    let out = test.args(&["a"]).status(2).run();
    assert!(
        out.stderr
            .starts_with("error: TypeError: task `a` is defined twice\n"),
        "{}",
        out.stderr
    );
    assert!(
        out.stderr.contains(&format!("  --> {file}:3:")),
        "{}",
        out.stderr
    );
}

#[test]
fn tasks_run_in_the_tasks_file_directory_found_upward() {
    let test = Test::new()
        .file(
            "tasks.mjs",
            "import { task } from 'autorun';\ntask('where', () => console.log(process.cwd()));\n",
        )
        .file("sub/dir/keep.txt", "");
    let root = test.path();
    let out = std::process::Command::new(support::autorun_bin())
        .args(["-q", "where"])
        .current_dir(root.join("sub/dir"))
        .output()
        .expect("run");
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        format!("{}\n", root.display())
    );
}

#[test]
fn no_default_task_lists_the_tasks() {
    Test::new()
        .file(
            "tasks.js",
            "import { task } from 'autorun';\ntask('one', 'First', () => {});\n",
        )
        .stdout("one  First\n")
        .run();
}

#[test]
fn init_writes_a_starter_that_runs_and_refuses_to_overwrite() {
    let test = Test::new();
    let dir = test.path();
    let out = std::process::Command::new(support::autorun_bin())
        .arg("--init")
        .current_dir(&dir)
        .output()
        .expect("init");
    assert_eq!(out.status.code(), Some(0));
    for file in ["tasks.js", "autorun.d.ts", "jsconfig.json"] {
        assert!(dir.join(file).is_file(), "{file} missing");
    }
    let again = std::process::Command::new(support::autorun_bin())
        .arg("--init")
        .current_dir(&dir)
        .output()
        .expect("init");
    assert_eq!(again.status.code(), Some(2));
    let run = std::process::Command::new(support::autorun_bin())
        .args(["-q", "test", "--", "x"])
        .current_dir(&dir)
        .output()
        .expect("run");
    assert_eq!(
        String::from_utf8_lossy(&run.stdout),
        "cleaning\nbuilding\ntesting x\n"
    );
}

#[test]
fn every_export_of_the_autorun_module_is_declared() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let types = std::fs::read_to_string(root.join("stdlib/autorun.d.ts")).expect("autorun.d.ts");
    let out = Test::new()
        .file("e.mjs", "import * as m from 'autorun';\nconsole.log(Object.keys(m).filter((k) => k !== 'default').join('\\n'));\n")
        .args(&["e.mjs"])
        .run();
    for name in out.stdout.lines() {
        assert!(
            types.contains(&format!("export function {name}("))
                || types.contains(&format!("export function {name}<"))
                || types.contains(&format!("export const {name}:")),
            "`{name}` has no declaration in stdlib/autorun.d.ts"
        );
    }
}

#[test]
fn ctrl_c_exits_130() {
    let test = Test::new().file(
        "tasks.js",
        "import { task, sleep } from 'autorun';\ntask('wait', async () => { console.log('started'); await sleep(20000); });\n",
    );
    let mut child = std::process::Command::new(support::autorun_bin())
        .args(["-q", "wait"])
        .current_dir(test.path())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("spawn");
    let mut stdout = child.stdout.take().expect("stdout");
    let mut first = [0u8; 8];
    std::io::Read::read_exact(&mut stdout, &mut first).expect("the task started");
    assert_eq!(&first, b"started\n");
    let pid = i32::try_from(child.id()).expect("pid");
    std::process::Command::new("bash")
        .args(["-c", &format!("kill -INT {pid}")])
        .status()
        .expect("kill");
    let status = child.wait().expect("wait");
    assert_eq!(status.code(), Some(130));
}

/// Copies a bundled example into a temp dir, so its build output stays out of the tree.
fn example(name: &str) -> Test {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tasks-examples")
        .join(name);
    Test::new().files_from(&root, &["dist", "build", "__pycache__"])
}

#[test]
fn site_example_builds_pages_and_contents() {
    let out = example("site")
        .args(&["-q", "build"])
        .stdout("rendered 3 pages\nindexed 3 pages\n")
        .run();
    let dist = out.dir.join("dist");
    let guide = std::fs::read_to_string(dist.join("guide.html")).expect("guide.html");
    assert!(guide.contains("<title>Guide</title>"), "{guide}");
    assert!(
        guide.contains(
            "<p>Run <code>autorun build</code> to build the site into <code>dist/</code>.</p>"
        ),
        "{guide}"
    );
    assert!(guide.contains("<h2>Watching</h2>"), "{guide}");
    let contents = std::fs::read_to_string(dist.join("contents.html")).expect("contents.html");
    assert!(contents.contains("<li><a href=\"about.html\">About</a></li>\n<li><a href=\"guide.html\">Guide</a></li>\n<li><a href=\"index.html\">Welcome</a></li>"), "{contents}");
}

#[test]
fn site_example_lists_its_tasks() {
    example("site")
        .args(&["--list"])
        .stdout("clean            Remove dist/\npages            Render every content/*.md page\ncontents         Write dist/contents.html, a page linking every page\nbuild (default)  Build the whole site\n")
        .run();
}

#[test]
fn readme_tasks_example_runs() {
    let readme =
        std::fs::read_to_string(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md"))
            .expect("README");
    let start = readme
        .find("```js\n// tasks.js\n")
        .expect("the tasks.js example")
        + "```js\n".len();
    let end = start + readme[start..].find("```").expect("end of example");
    let tasks = &readme[start..end];
    let out = Test::new()
        .file("tasks.js", tasks)
        .file("src/a.css", "a {}")
        .file("src/deep/b.css", "b {}")
        .args(&["-q", "-j1", "ci"])
        .stdout("lint ok\ntest\n")
        .run();
    assert_eq!(
        std::fs::read_to_string(out.dir.join("dist/app.css")).expect("app.css"),
        "a {}\nb {}"
    );
    Test::new()
        .file("tasks.js", tasks)
        .args(&["-q", "test", "--", "--fast"])
        .stdout("test --fast\n")
        .run();
}

#[test]
fn verbose_prints_the_plan() {
    let out = Test::new()
        .file("tasks.js", DIAMOND)
        .args(&["-v", "--ci", "-j3", "app"])
        .run();
    assert!(
        out.stderr
            .starts_with("plan: gen, lib-a, lib-b, app (3 at a time)\n"),
        "{}",
        out.stderr
    );
}

#[test]
fn c_example_compiles_tests_and_packages() {
    let out = example("c-app")
        .args(&["-q", "package"])
        .stdout("test    | 3 passed, 0 failed\npackage | packed dist/hello.tar.gz (ok)\n")
        .run();
    let run = std::process::Command::new(out.dir.join("build/hello"))
        .arg("tests")
        .output()
        .expect("run hello");
    assert_eq!(String::from_utf8_lossy(&run.stdout), "Hello, tests!\n");
    let listing = std::process::Command::new("tar")
        .args(["-tzf", "dist/hello.tar.gz"])
        .current_dir(&out.dir)
        .output()
        .expect("tar");
    let listing = String::from_utf8_lossy(&listing.stdout);
    assert!(
        listing.contains("hello/bin/hello") && listing.contains("hello/README"),
        "{listing}"
    );
}

#[test]
fn ci_example_runs_checks_in_parallel_and_reports_a_failure() {
    let out = example("ci-checks").args(&["--ci", "ci"]).run();
    let mut stdout: Vec<&str> = out.stdout.lines().collect();
    stdout.sort_unstable();
    assert_eq!(
        stdout,
        vec![
            "ci      | ci: all checks passed",
            "compile | compile: 3 files",
            "format  | format: clean",
            "lint    | lint: clean",
            "test    | test: OK"
        ]
    );
    assert!(out.stderr.contains("  5 succeeded\n"), "{}", out.stderr);
    // A lint problem fails the run; -k still runs the other checks.
    let broken = example("ci-checks")
        .file("calc/bad.py", "x = 1   \n")
        .args(&["--ci", "-k", "ci"])
        .failure()
        .run();
    assert!(
        broken.stderr.contains("calc/bad.py:1: trailing whitespace"),
        "{}",
        broken.stderr
    );
    assert!(
        broken.stderr.contains("  - ci      skipped\n"),
        "{}",
        broken.stderr
    );
    assert!(broken.stdout.contains("test: OK"), "{}", broken.stdout);
}

/// Runs `args` on a tasks file, read statically (unless `run_it`) and run.
fn listing(tasks: &str, args: &[&str], run_it: bool) -> support::Outcome {
    let mut test = Test::new()
        .file("tasks.js", tasks)
        .args(args)
        .env("AUTORUN_TRACE_LOAD", "1");
    if run_it {
        test = test.env("AUTORUN_NO_STATIC_LIST", "1");
    }
    test.run()
}

#[test]
fn declarative_tasks_files_list_without_running_exactly_as_running_them_lists() {
    let files = [
        // Built-in imports, constants, hoisted functions, every option.
        "import { task, series, parallel, $ } from 'autorun';\n\
         import path from 'node:path';\n\
         import { readFile } from 'node:fs/promises';\n\
         import * as os from 'os';\n\
         const CC = process.env.CC || 'cc';\n\
         const FLAGS = ['-O2', `-march=${process.env.ARCH ?? 'native'}`];\n\
         function build() {}\n\
         task('build', 'Compile everything', build);\n\
         task('test', { desc: 'Run the tests', deps: ['build'], sources: ['src/**'], outputs: 'out', env: ['CI'], restart: false }, async () => {});\n\
         task('ci', { deps: ['build', 'test'] }, parallel('lint', () => {}));\n\
         task('lint', series(async () => {}));\n\
         task('private', { hidden: true, desc: 'not shown' });\n\
         task('Überprüfung😀', 'wide names align by UTF-16 length');\n\
         export default build;\n",
        // A default by name; a task with an empty description.
        "import { task } from 'autorun';\ntask('a', '', () => {});\ntask('bb', 'B');\nexport default 'bb';\n",
        // A default that is no task's body: a hidden task `default`.
        "import { task } from 'autorun';\ntask('a', 'A');\nexport default () => {};\n",
        // A task named default.
        "import { task as t } from 'autorun';\nt('default', 'D', () => {});\nt('x', () => {});\n",
        // No default task: `autorun` alone lists.
        "import { task } from 'autorun';\ntask('one', 'First');\ntask('two', { desc: 'Second', deps: ['one'] });\n",
    ];
    for file in files {
        for args in [&["--list"][..], &["--list", "--json"], &[]] {
            let run = listing(file, args, true);
            let read = listing(file, args, false);
            assert_eq!(read.stdout, run.stdout, "{args:?} of\n{file}");
            assert_eq!(read.status, run.status, "{args:?} of\n{file}");
            // Bare `autorun` runs the default task where there is one.
            let lists = !args.is_empty() || file == files[4];
            assert!(
                !lists || !read.stderr.contains("parse internal:"),
                "{args:?} started the engine for\n{file}\n{}",
                read.stderr
            );
        }
    }
    // What the file says, to the letter.
    let out = listing(files[0], &["--list"], false);
    assert_eq!(
        out.stdout,
        "build (default)  Compile everything\ntest             Run the tests\nci\nlint\nÜberprüfung😀    wide names align by UTF-16 length\n"
    );
}

#[test]
fn tasks_files_that_do_more_than_declare_are_run_to_list_them() {
    for (file, status) in [
        ("import { task } from 'autorun';\nconsole.log('side effect');\ntask('a', 'A');\n", 0),
        ("import { task } from 'autorun';\nimport { helper } from './lib.mjs';\ntask('a', 'A', helper);\n", 0),
        ("import { task } from 'autorun';\nfor (const n of ['a', 'b']) task(n, () => {});\n", 0),
        ("import { task } from 'autorun';\ntask('a', { desc: 7 });\n", 2),
        ("import { task } from 'autorun';\ntask('a', 'A');\ntask('a', 'again');\n", 2),
    ] {
        let out = Test::new()
            .file("tasks.js", file)
            .file("lib.mjs", "console.log('lib loaded');\nexport function helper() {}\n")
            .args(&["--list"])
            .env("AUTORUN_TRACE_LOAD", "1")
            .status(status)
            .run();
        assert!(out.stderr.contains("parse internal:"), "not run:\n{file}");
    }
    // ...and what running them does is what `--list` shows.
    Test::new()
        .file(
            "tasks.js",
            "import { task } from 'autorun';\nconsole.log('side effect');\ntask('a', 'A');\n",
        )
        .args(&["--list"])
        .stdout("side effect\na  A\n")
        .run();
    Test::new()
        .file(
            "tasks.js",
            "import { task } from 'autorun';\ntask('a', 'A');\ntask('a', 'again');\n",
        )
        .args(&["--list"])
        .stderr_contains("task `a` is defined twice")
        .status(2)
        .run();
}

#[test]
fn builtin_export_tables_match_the_modules() {
    let names: Vec<&str> = autorun::runtime::builtin_exports::NODE
        .iter()
        .map(|(name, _)| *name)
        .collect();
    let script = format!(
        "import * as autorun from 'autorun';\n\
         const keys = (m) => Object.keys(m).filter((k) => k !== 'default').sort().join(',');\n\
         console.log('autorun=' + keys(autorun));\n\
         for (const name of {names:?}) console.log(name + '=' + keys(await import('node:' + name)));\n"
    );
    let out = Test::new().file("e.mjs", &script).args(&["e.mjs"]).run();
    let mut expected = String::new();
    let mut autorun_names = autorun::runtime::builtin_exports::AUTORUN.to_vec();
    autorun_names.sort_unstable();
    expected.push_str(&format!("autorun={}\n", autorun_names.join(",")));
    for (name, exports) in autorun::runtime::builtin_exports::NODE {
        let mut exports = exports.to_vec();
        exports.sort_unstable();
        expected.push_str(&format!("{name}={}\n", exports.join(",")));
    }
    assert_eq!(
        out.stdout, expected,
        "src/runtime/builtin_exports.rs is out of date"
    );
    // Every node: module of the stdlib has its row.
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("stdlib/node");
    let mut modules = Vec::new();
    for entry in walk(&root) {
        let rel = entry.strip_prefix(&root).expect("under stdlib/node");
        let rel = rel.to_string_lossy().trim_end_matches(".js").to_string();
        modules.push(rel);
    }
    modules.sort();
    assert_eq!(
        modules, names,
        "a node: module has no row in builtin_exports.rs"
    );
}

fn walk(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir).expect("read_dir").flatten() {
        let path = entry.path();
        if path.is_dir() {
            files.extend(walk(&path));
        } else if path.extension().is_some_and(|e| e == "js") {
            files.push(path);
        }
    }
    files
}

#[test]
fn modules_a_tasks_file_imports_are_read_too_when_they_only_declare() {
    let helpers = "import path from 'node:path';\n\
                   export const OUT = `${process.env.OUT ?? 'dist'}/site`;\n\
                   export function build() {}\n\
                   const check = () => {};\n\
                   const RE = /x+/g;\n\
                   export { check as lint, RE };\n\
                   export default 'unused';\n";
    let tasks = "import { task } from 'autorun';\n\
                 import { build, lint } from './lib/helpers.mjs';\n\
                 import helpers from './lib/helpers.mjs';\n\
                 task('build', 'Build the site', build);\n\
                 task('lint', { desc: 'Lint', deps: ['build'] }, lint);\n\
                 export default build;\n";
    // Two imports of one module: left to the engine, which lists the same.
    let once = tasks.replace("import helpers from './lib/helpers.mjs';\n", "");
    for (file, read) in [(once.as_str(), true), (tasks, false)] {
        for args in [&["--list"][..], &["--list", "--json"]] {
            let run = |static_list: bool| {
                let mut test = Test::new()
                    .file("tasks.js", file)
                    .file("lib/helpers.mjs", helpers)
                    .args(args)
                    .env("AUTORUN_TRACE_LOAD", "1");
                if !static_list {
                    test = test.env("AUTORUN_NO_STATIC_LIST", "1");
                }
                test.run()
            };
            let (fast, slow) = (run(true), run(false));
            assert_eq!(fast.stdout, slow.stdout, "{args:?} of\n{file}");
            assert_eq!(
                fast.stderr.contains("parse internal:"),
                !read,
                "{args:?} of\n{file}\n{}",
                fast.stderr
            );
        }
    }
    // A helper that does something is run, with the tasks file.
    Test::new()
        .file("tasks.js", "import { task } from 'autorun';\nimport { build } from './helper.mjs';\ntask('build', build);\n")
        .file("helper.mjs", "console.log('helper loaded');\nexport function build() {}\n")
        .args(&["--list"])
        .stdout("helper loaded\nbuild\n")
        .run();
    // A name the helper does not export: the engine's error, exit 2.
    Test::new()
        .file("tasks.js", "import { task } from 'autorun';\nimport { nope } from './helper.mjs';\ntask('build', nope);\n")
        .file("helper.mjs", "export function build() {}\n")
        .args(&["--list"])
        .stderr_contains("nope")
        .status(2)
        .run();
    // An import cycle back to the tasks file is run too.
    Test::new()
        .file("tasks.js", "import { task } from 'autorun';\nimport { build } from './helper.mjs';\ntask('build', 'B', build);\n")
        .file("helper.mjs", "import './tasks.js';\nexport function build() {}\n")
        .args(&["--list"])
        .stdout("build  B\n")
        .run();
}
