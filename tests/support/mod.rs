//! The black-box harness: runs the built `autorun` on files in a temp dir
//! and compares stdout, stderr and the exit code.
//!
//! ```ignore
//! Test::new()
//!     .file("main.mjs", "console.log(1)")
//!     .args(&["main.mjs"])
//!     .stdout("1\n")
//!     .run();
//! ```

#![allow(dead_code)]

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

pub fn autorun_bin() -> PathBuf {
    PathBuf::from(env!("CARGO_BIN_EXE_autorun"))
}

pub struct Test {
    dir: tempfile::TempDir,
    args: Vec<String>,
    env: Vec<(String, String)>,
    stdin: Option<String>,
    stdout: Option<String>,
    stderr: Option<String>,
    stderr_contains: Vec<String>,
    status: i32,
}

pub struct Outcome {
    pub stdout: String,
    pub stderr: String,
    pub status: i32,
    pub dir: PathBuf,
    /// Keeps the directory (and what the run wrote) until the outcome is dropped.
    _keep: tempfile::TempDir,
}

/// What a run produced, before the temp dir moves into the `Outcome`.
struct Checked {
    stdout: String,
    stderr: String,
    status: i32,
    dir: PathBuf,
}

impl Test {
    pub fn new() -> Self {
        let dir = tempfile::Builder::new()
            .prefix("autorun-test")
            .tempdir()
            .expect("a temp dir");
        Self {
            dir,
            args: Vec::new(),
            env: Vec::new(),
            stdin: None,
            stdout: None,
            stderr: None,
            stderr_contains: Vec::new(),
            status: 0,
        }
    }

    pub fn path(&self) -> PathBuf {
        self.dir.path().canonicalize().expect("temp dir path")
    }

    pub fn file(self, name: &str, contents: &str) -> Self {
        let path = self.dir.path().join(name);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).expect("create parent dirs");
        }
        std::fs::write(&path, contents).expect("write test file");
        self
    }

    /// Copies the files of `dir` into the test's directory, leaving out
    /// entries named in `skip` (build output of a run in place).
    pub fn files_from(self, dir: &Path, skip: &[&str]) -> Self {
        copy_tree_skipping(dir, self.dir.path(), skip);
        self
    }

    pub fn args(mut self, args: &[&str]) -> Self {
        self.args.extend(args.iter().map(|a| (*a).to_string()));
        self
    }

    pub fn env(mut self, key: &str, value: &str) -> Self {
        self.env.push((key.into(), value.into()));
        self
    }

    pub fn stdin(mut self, input: &str) -> Self {
        self.stdin = Some(input.into());
        self
    }

    pub fn stdout(mut self, expected: &str) -> Self {
        self.stdout = Some(expected.into());
        self
    }

    pub fn stderr(mut self, expected: &str) -> Self {
        self.stderr = Some(expected.into());
        self
    }

    pub fn stderr_contains(mut self, needle: &str) -> Self {
        self.stderr_contains.push(needle.into());
        self
    }

    pub fn status(mut self, code: i32) -> Self {
        self.status = code;
        self
    }

    pub fn failure(self) -> Self {
        self.status(1)
    }

    fn command(&self, program: &Path) -> Command {
        let mut cmd = Command::new(program);
        cmd.args(&self.args)
            .current_dir(self.dir.path())
            .env_remove("NO_COLOR")
            .env_remove("FORCE_COLOR")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        for (k, v) in &self.env {
            cmd.env(k, v);
        }
        cmd
    }

    fn execute(&self, program: &Path) -> Output {
        let mut child = self.command(program).spawn().expect("spawn");
        let mut stdin = child.stdin.take().expect("stdin");
        if let Some(input) = &self.stdin {
            stdin.write_all(input.as_bytes()).expect("write stdin");
        }
        drop(stdin);
        child.wait_with_output().expect("wait")
    }

    /// Runs autorun and checks every expectation set.
    pub fn run(self) -> Outcome {
        let output = self.execute(&autorun_bin());
        let outcome = Checked {
            stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
            status: output.status.code().unwrap_or(-1),
            dir: self.path(),
        };
        let context = format!(
            "args: {:?}\n--- stdout ---\n{}\n--- stderr ---\n{}",
            self.args, outcome.stdout, outcome.stderr
        );
        if let Some(expected) = &self.stdout {
            assert_eq!(&outcome.stdout, expected, "stdout differs\n{context}");
        }
        if let Some(expected) = &self.stderr {
            assert_eq!(&outcome.stderr, expected, "stderr differs\n{context}");
        }
        for needle in &self.stderr_contains {
            assert!(
                outcome.stderr.contains(needle.as_str()),
                "stderr lacks {needle:?}\n{context}"
            );
        }
        assert_eq!(
            outcome.status, self.status,
            "exit status differs\n{context}"
        );
        Outcome {
            stdout: outcome.stdout,
            stderr: outcome.stderr,
            status: outcome.status,
            dir: outcome.dir,
            _keep: self.dir,
        }
    }

    /// Runs the same arguments under node and under autorun, each on its own
    /// copy of the files; stdout and the exit code must be the same.
    pub fn same_as_node(self) -> Outcome {
        let node = self.run_node();
        let expected = String::from_utf8_lossy(&node.stdout).into_owned();
        let status = node.status.code().unwrap_or(-1);
        self.stdout(&expected).status(status).run()
    }

    /// As `same_as_node`, and stderr must be the same too.
    pub fn same_as_node_with_stderr(self) -> Outcome {
        let node = self.run_node();
        let stdout = String::from_utf8_lossy(&node.stdout).into_owned();
        let stderr = String::from_utf8_lossy(&node.stderr).into_owned();
        let status = node.status.code().unwrap_or(-1);
        self.stdout(&stdout).stderr(&stderr).status(status).run()
    }

    /// What node does with these arguments, on a copy of the files.
    fn run_node(&self) -> Output {
        let copy = tempfile::Builder::new()
            .prefix("autorun-node")
            .tempdir()
            .expect("a temp dir");
        copy_tree(self.dir.path(), copy.path());
        let mut cmd = self.command(Path::new("node"));
        cmd.current_dir(copy.path()).stdin(Stdio::null());
        cmd.output().expect("run node")
    }
}

/// Copies a directory tree, leaving out entries named in `skip`.
fn copy_tree_skipping(from: &Path, to: &Path, skip: &[&str]) {
    for entry in std::fs::read_dir(from).expect("read test dir").flatten() {
        if skip.iter().any(|s| entry.file_name() == *s) {
            continue;
        }
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            std::fs::create_dir_all(&target).expect("mkdir");
            copy_tree_skipping(&entry.path(), &target, skip);
        } else {
            std::fs::copy(entry.path(), &target).expect("copy");
        }
    }
}

fn copy_tree(from: &Path, to: &Path) {
    copy_tree_skipping(from, to, &[]);
}
