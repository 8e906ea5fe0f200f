//! Running commands: a shell in its own process group, its output pumped
//! chunk by chunk to a sink as it arrives (no Boa here).

use std::process::Stdio;

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::process::Command;

/// What to run.
#[derive(Debug, Clone)]
pub struct ShellCommand {
    /// The script for `bash -c` (`sh -c` where bash is missing).
    pub script: String,
    pub cwd: Option<String>,
    pub env: Vec<(String, String)>,
    pub input: Option<Vec<u8>>,
}

/// What a running command reports, in order; `Exit` is last.
#[derive(Debug)]
pub enum ChildEvent {
    Stdout(Vec<u8>),
    Stderr(Vec<u8>),
    Exit {
        code: Option<i32>,
        signal: Option<i32>,
    },
    Failed(std::io::Error),
}

fn shell() -> &'static str {
    if std::path::Path::new("/bin/bash").exists() || std::path::Path::new("/usr/bin/bash").exists()
    {
        "bash"
    } else {
        "sh"
    }
}

/// Starts the command on the current tokio runtime; returns its pid. Every
/// event goes to `sink`, from tokio tasks, ending with `Exit` or `Failed`.
pub fn spawn(
    command: ShellCommand,
    sink: impl Fn(ChildEvent) + Send + Sync + 'static,
) -> std::io::Result<u32> {
    let mut cmd = Command::new(shell());
    cmd.arg("-c")
        .arg(&command.script)
        .stdin(if command.input.is_some() {
            Stdio::piped()
        } else {
            Stdio::null()
        })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .process_group(0)
        .kill_on_drop(true);
    if let Some(cwd) = &command.cwd {
        cmd.current_dir(cwd);
    }
    for (k, v) in &command.env {
        cmd.env(k, v);
    }
    let mut child = cmd.spawn()?;
    let pid = child.id().unwrap_or(0);
    let sink = std::sync::Arc::new(sink);
    let stdin = child.stdin.take();
    let input = command.input;
    let mut stdout = child.stdout.take();
    let mut stderr = child.stderr.take();
    tokio::spawn(async move {
        if let (Some(mut stdin), Some(input)) = (stdin, input) {
            let _ = stdin.write_all(&input).await;
            drop(stdin);
        }
        let out_sink = sink.clone();
        let out = async move {
            if let Some(stdout) = stdout.as_mut() {
                pump(stdout, |chunk| out_sink(ChildEvent::Stdout(chunk))).await;
            }
        };
        let err_sink = sink.clone();
        let err = async move {
            if let Some(stderr) = stderr.as_mut() {
                pump(stderr, |chunk| err_sink(ChildEvent::Stderr(chunk))).await;
            }
        };
        tokio::join!(out, err);
        match child.wait().await {
            Ok(status) => {
                use std::os::unix::process::ExitStatusExt;
                sink(ChildEvent::Exit {
                    code: status.code(),
                    signal: status.signal(),
                });
            }
            Err(e) => sink(ChildEvent::Failed(e)),
        }
    });
    Ok(pid)
}

async fn pump(reader: &mut (impl AsyncReadExt + Unpin), send: impl Fn(Vec<u8>)) {
    let mut buf = vec![0; 64 * 1024];
    loop {
        match reader.read(&mut buf).await {
            Ok(0) | Err(_) => return,
            Ok(n) => send(buf[..n].to_vec()),
        }
    }
}
