//! The live view of a task run on a terminal: a spinner and the elapsed time
//! for each running task (indicatif). Everything else written to stdout or
//! stderr while it is shown goes above the bars (`suspend`), never through
//! them. Off a terminal, in CI or with `--ci`, it is never started.

use std::cell::RefCell;
use std::collections::HashMap;
use std::time::Duration;

use indicatif::{MultiProgress, ProgressBar, ProgressDrawTarget, ProgressStyle};

struct Live {
    multi: MultiProgress,
    bars: HashMap<String, ProgressBar>,
}

thread_local! {
    static LIVE: RefCell<Option<Live>> = const { RefCell::new(None) };
}

/// Starts the live view (on stderr).
pub fn start() {
    LIVE.with(|live| {
        let multi = MultiProgress::with_draw_target(ProgressDrawTarget::stderr_with_hz(12));
        *live.borrow_mut() = Some(Live {
            multi,
            bars: HashMap::new(),
        });
    });
}

pub fn is_active() -> bool {
    LIVE.with(|live| live.borrow().is_some())
}

/// A spinner for a task that started.
pub fn task_started(name: &str) {
    LIVE.with(|live| {
        if let Some(live) = live.borrow_mut().as_mut() {
            let style = ProgressStyle::with_template("{spinner:.cyan} {msg} {elapsed:.dim}")
                .unwrap_or_else(|_| ProgressStyle::default_spinner());
            let bar = live.multi.add(
                ProgressBar::new_spinner()
                    .with_style(style)
                    .with_message(name.to_string()),
            );
            bar.enable_steady_tick(Duration::from_millis(100));
            live.bars.insert(name.to_string(), bar);
        }
    });
}

/// Removes a task's spinner and prints its final line above the others.
pub fn task_ended(name: &str, line: &str) {
    LIVE.with(|live| {
        if let Some(live) = live.borrow_mut().as_mut() {
            if let Some(bar) = live.bars.remove(name) {
                bar.finish_and_clear();
                live.multi.remove(&bar);
            }
            if !line.is_empty() {
                let _ = live.multi.println(line.trim_end_matches('\n'));
            }
        }
    });
}

/// Runs `write` with the bars hidden, so output lands above them.
pub fn suspend<T>(write: impl FnOnce() -> T) -> T {
    LIVE.with(|live| match live.borrow().as_ref() {
        Some(live) => live.multi.suspend(write),
        None => write(),
    })
}

/// Clears the view.
pub fn stop() {
    LIVE.with(|live| {
        if let Some(live) = live.borrow_mut().take() {
            for bar in live.bars.values() {
                bar.finish_and_clear();
            }
            let _ = live.multi.clear();
        }
    });
}
