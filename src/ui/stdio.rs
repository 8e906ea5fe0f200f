//! Buffered stdout, unbuffered stderr, and what a closed pipe means.
//!
//! Scripts write through here (`process.stdout.write`, `console.log`).
//! stdout is line-buffered on a terminal and block-buffered otherwise; it
//! is flushed before anything goes to stderr (so the two keep their order
//! on a shared terminal), whenever the event loop waits, and at exit.

use std::collections::HashMap;
use std::io::{self, IsTerminal, Write};
use std::sync::{Mutex, MutexGuard, OnceLock};

struct Out {
    buf: Vec<u8>,
    terminal: bool,
    /// The partial last line of each prefixed stream, by key.
    partial: HashMap<String, (i32, Vec<u8>, Vec<u8>)>,
}

/// Behind a lock (uncontended but for the signal thread, which flushes it
/// on the way out).
fn out() -> MutexGuard<'static, Out> {
    static OUT: OnceLock<Mutex<Out>> = OnceLock::new();
    let lock = OUT
        .get_or_init(|| {
            Mutex::new(Out {
                buf: Vec::with_capacity(8192),
                terminal: io::stdout().is_terminal(),
                partial: HashMap::new(),
            })
        })
        .lock();
    match lock {
        Ok(guard) => guard,
        Err(poisoned) => poisoned.into_inner(),
    }
}

const LIMIT: usize = 64 * 1024;

/// Writes to stdout; an error is returned only when the write failed (a
/// closed pipe gives `BrokenPipe`).
pub fn write_out(bytes: &[u8]) -> io::Result<()> {
    let mut out = out();
    out.buf.extend_from_slice(bytes);
    let flush_now = out.buf.len() >= LIMIT || (out.terminal && bytes.contains(&b'\n'));
    if flush_now {
        flush_buf(&mut out.buf)
    } else {
        Ok(())
    }
}

/// Writes to stderr, after flushing stdout.
pub fn write_err(bytes: &[u8]) -> io::Result<()> {
    let _ = flush();
    super::live::suspend(|| {
        let mut err = io::stderr().lock();
        err.write_all(bytes)?;
        err.flush()
    })
}

/// Flushes buffered stdout.
pub fn flush() -> io::Result<()> {
    flush_buf(&mut out().buf)
}

fn flush_buf(buf: &mut Vec<u8>) -> io::Result<()> {
    if buf.is_empty() {
        return Ok(());
    }
    let result = super::live::suspend(|| {
        let mut stdout = io::stdout().lock();
        stdout.write_all(buf).and_then(|()| stdout.flush())
    });
    buf.clear();
    result
}

/// Writes the whole lines of `bytes` to `fd` (1 or 2), each after `prefix`;
/// a partial last line is kept under `key` until its end arrives (or
/// `flush_prefixed`). Lines of different keys therefore never mix.
pub fn write_prefixed(fd: i32, key: &str, prefix: &[u8], bytes: &[u8]) -> io::Result<()> {
    let mut lines = Vec::new();
    {
        let mut out = out();
        let entry = out
            .partial
            .entry(key.to_string())
            .or_insert_with(|| (fd, prefix.to_vec(), Vec::new()));
        let mut rest = bytes;
        while let Some(end) = rest.iter().position(|&b| b == b'\n') {
            lines.extend_from_slice(prefix);
            lines.append(&mut entry.2);
            lines.extend_from_slice(&rest[..=end]);
            rest = &rest[end + 1..];
        }
        entry.2.extend_from_slice(rest);
    }
    if lines.is_empty() {
        return Ok(());
    }
    write_through(fd, &lines)
}

/// Writes to fd 1 (flushed: it reaches a pipe as it comes) or 2.
pub fn write_through(fd: i32, lines: &[u8]) -> io::Result<()> {
    if fd == 2 {
        write_err(lines)
    } else {
        write_out(lines).and_then(|()| flush())
    }
}

/// Writes the partial line kept under `key`, ended with a newline.
pub fn flush_prefixed(key: &str) -> io::Result<()> {
    let entry = out().partial.remove(key);
    match entry {
        Some((fd, prefix, rest)) if !rest.is_empty() => {
            let mut line = prefix;
            line.extend_from_slice(&rest);
            line.push(b'\n');
            write_through(fd, &line)
        }
        _ => Ok(()),
    }
}

/// Writes every kept partial line (at exit).
pub fn flush_all_prefixed() {
    let keys: Vec<String> = out().partial.keys().cloned().collect();
    for key in keys {
        let _ = flush_prefixed(&key);
    }
}

/// Whether a file descriptor (1 or 2) is a terminal.
pub fn is_terminal(fd: i32) -> bool {
    match fd {
        0 => io::stdin().is_terminal(),
        1 => io::stdout().is_terminal(),
        2 => io::stderr().is_terminal(),
        _ => false,
    }
}

/// The width of the terminal on `fd`, if it is one.
pub fn columns(fd: i32) -> Option<u16> {
    if !is_terminal(fd) {
        return None;
    }
    if let Some(cols) = std::env::var("COLUMNS").ok().and_then(|c| c.parse().ok()) {
        return Some(cols);
    }
    terminal_size(fd).map(|(c, _)| c)
}

/// (columns, rows) of the terminal on `fd`.
pub fn terminal_size(fd: i32) -> Option<(u16, u16)> {
    let mut size = libc::winsize {
        ws_row: 0,
        ws_col: 0,
        ws_xpixel: 0,
        ws_ypixel: 0,
    };
    // SAFETY: TIOCGWINSZ writes a winsize into the pointer we pass; `size` lives for the call.
    #[allow(unsafe_code)]
    let rc = unsafe { libc::ioctl(fd, libc::TIOCGWINSZ, &mut size) };
    (rc == 0 && size.ws_col > 0).then_some((size.ws_col, size.ws_row))
}
