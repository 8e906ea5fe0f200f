//! Buffered stdout, unbuffered stderr, and what a closed pipe means.
//!
//! Scripts write through here (`process.stdout.write`, `console.log`).
//! stdout is line-buffered on a terminal and block-buffered otherwise; it
//! is flushed before anything goes to stderr (so the two keep their order
//! on a shared terminal), whenever the event loop waits, and at exit.

use std::cell::RefCell;
use std::io::{self, IsTerminal, Write};

struct Out {
    buf: Vec<u8>,
    terminal: bool,
}

thread_local! {
    static OUT: RefCell<Out> = RefCell::new(Out {
        buf: Vec::with_capacity(8192),
        terminal: io::stdout().is_terminal(),
    });
}

const LIMIT: usize = 64 * 1024;

/// Writes to stdout; an error is returned only when the write failed (a
/// closed pipe gives `BrokenPipe`).
pub fn write_out(bytes: &[u8]) -> io::Result<()> {
    OUT.with(|out| {
        let mut out = out.borrow_mut();
        out.buf.extend_from_slice(bytes);
        let flush_now = out.buf.len() >= LIMIT || (out.terminal && bytes.contains(&b'\n'));
        if flush_now {
            flush_buf(&mut out.buf)
        } else {
            Ok(())
        }
    })
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
    OUT.with(|out| flush_buf(&mut out.borrow_mut().buf))
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
