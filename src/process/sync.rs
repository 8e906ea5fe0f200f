//! Running a child to its end while the caller waits (`execSync`,
//! `spawnSync`): input written, output collected, a timeout enforced. The
//! child is registered with the supervisor like any other, so a signal to
//! autorun reaches it even while the JS thread is blocked here.

use std::io::{Read, Write};
use std::time::{Duration, Instant};

use super::{supervisor, Spec};

/// How `run` ended.
#[derive(Debug, Default)]
pub struct Output {
    pub pid: u32,
    pub stdout: Vec<u8>,
    pub stderr: Vec<u8>,
    pub code: Option<i32>,
    pub signal: Option<i32>,
    /// Killed because it ran past `timeout`.
    pub timed_out: bool,
    /// Killed because its output passed `max_buffer`.
    pub overflowed: bool,
}

pub struct Limits {
    pub timeout: Option<Duration>,
    pub kill_signal: i32,
    pub max_buffer: Option<usize>,
}

/// Runs `spec` to its end. An error is returned only when it could not start.
pub fn run(spec: &Spec, input: Option<Vec<u8>>, limits: &Limits) -> std::io::Result<Output> {
    let own_group = spec.own_group();
    let mut child = spec.command().spawn()?;
    let pid = child.id();
    supervisor::register(pid, own_group, spec.detached);
    let mut output = Output {
        pid,
        ..Output::default()
    };

    let writer = child.stdin.take().map(|mut stdin| {
        std::thread::spawn(move || {
            if let Some(input) = input {
                let _ = stdin.write_all(&input);
            }
        })
    });
    let (tx, rx) = std::sync::mpsc::channel::<(usize, Vec<u8>)>();
    let mut readers = Vec::new();
    if let Some(out) = child.stdout.take() {
        readers.push(read_into(out, 1, tx.clone()));
    }
    if let Some(err) = child.stderr.take() {
        readers.push(read_into(err, 2, tx.clone()));
    }
    drop(tx);

    let deadline = limits.timeout.map(|t| Instant::now() + t);
    let mut killed = false;
    let mut open = readers.len();
    // Collect output until both pipes close, watching the clock.
    while open > 0 {
        let wait = deadline.map_or(Duration::from_millis(100), |d| {
            d.saturating_duration_since(Instant::now())
                .min(Duration::from_millis(100))
        });
        match rx.recv_timeout(wait) {
            Ok((fd, chunk)) if chunk.is_empty() => {
                let _ = fd;
                open -= 1;
            }
            Ok((fd, chunk)) => {
                let buf = if fd == 1 {
                    &mut output.stdout
                } else {
                    &mut output.stderr
                };
                buf.extend_from_slice(&chunk);
                if let Some(max) = limits.max_buffer {
                    if buf.len() > max && !killed {
                        buf.truncate(max);
                        output.overflowed = true;
                        killed = true;
                        supervisor::signal(pid, limits.kill_signal);
                    }
                }
            }
            Err(std::sync::mpsc::RecvTimeoutError::Timeout) => {}
            Err(std::sync::mpsc::RecvTimeoutError::Disconnected) => break,
        }
        if let Some(deadline) = deadline {
            if !killed && Instant::now() >= deadline {
                output.timed_out = true;
                killed = true;
                supervisor::signal(pid, limits.kill_signal);
            }
        }
    }
    let status = loop {
        if let Some(status) = child.try_wait()? {
            break status;
        }
        if let Some(deadline) = deadline {
            if !killed && Instant::now() >= deadline {
                output.timed_out = true;
                killed = true;
                supervisor::signal(pid, limits.kill_signal);
            }
        }
        std::thread::sleep(Duration::from_millis(2));
    };
    supervisor::mark_exited(pid);
    if killed {
        // What the command left behind in its group ends with it.
        supervisor::signal(pid, libc::SIGKILL);
    }
    supervisor::forget(pid);
    for reader in readers {
        let _ = reader.join();
    }
    if let Some(writer) = writer {
        let _ = writer.join();
    }
    use std::os::unix::process::ExitStatusExt;
    output.code = status.code();
    output.signal = status.signal();
    Ok(output)
}

fn read_into(
    mut pipe: impl Read + Send + 'static,
    fd: usize,
    tx: std::sync::mpsc::Sender<(usize, Vec<u8>)>,
) -> std::thread::JoinHandle<()> {
    std::thread::spawn(move || {
        let mut buf = vec![0; 64 * 1024];
        loop {
            match pipe.read(&mut buf) {
                Ok(0) | Err(_) => {
                    let _ = tx.send((fd, Vec::new()));
                    return;
                }
                Ok(n) => {
                    if tx.send((fd, buf[..n].to_vec())).is_err() {
                        return;
                    }
                }
            }
        }
    })
}
