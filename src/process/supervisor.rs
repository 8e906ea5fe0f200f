//! Every child autorun starts, so that none outlives it: a registry of live
//! children and their process groups, the SIGTERM → grace → SIGKILL
//! escalation, and the handling of SIGINT/SIGTERM/SIGHUP sent to autorun.

use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Mutex, MutexGuard, OnceLock};
use std::time::{Duration, Instant};

/// How long a child may take to end after SIGTERM/SIGINT before SIGKILL.
pub const DEFAULT_GRACE: Duration = Duration::from_secs(5);

static GRACE_MS: AtomicU64 = AtomicU64::new(5000);

/// The grace period (`AUTORUN_KILL_GRACE` in milliseconds overrides the default).
pub fn grace() -> Duration {
    Duration::from_millis(GRACE_MS.load(Ordering::Relaxed))
}

pub fn set_grace(grace: Duration) {
    GRACE_MS.store(
        u64::try_from(grace.as_millis()).unwrap_or(u64::MAX),
        Ordering::Relaxed,
    );
}

#[derive(Debug, Clone, Copy)]
struct Entry {
    /// Its own process group (the usual case); otherwise it shares autorun's
    /// and is signalled by pid.
    own_group: bool,
    /// Its pid was reaped (its exit status is known).
    exited: bool,
    /// Started detached: it is meant to outlive autorun.
    detached: bool,
}

fn registry() -> MutexGuard<'static, HashMap<u32, Entry>> {
    static CHILDREN: OnceLock<Mutex<HashMap<u32, Entry>>> = OnceLock::new();
    let lock = CHILDREN.get_or_init(Mutex::default).lock();
    match lock {
        Ok(guard) => guard,
        // A panic elsewhere while holding the lock leaves a usable map.
        Err(poisoned) => poisoned.into_inner(),
    }
}

/// Records a child that was just started.
pub fn register(pid: u32, own_group: bool, detached: bool) {
    registry().insert(
        pid,
        Entry {
            own_group,
            exited: false,
            detached,
        },
    );
}

/// The child's exit status is known; its group may still have members.
pub fn mark_exited(pid: u32) {
    if let Some(entry) = registry().get_mut(&pid) {
        entry.exited = true;
    }
}

/// The child and everything of its group are gone.
pub fn forget(pid: u32) {
    registry().remove(&pid);
}

/// How many children are registered (live, or with live group members).
pub fn live_count() -> usize {
    registry().len()
}

#[allow(unsafe_code)]
fn send(pid: i32, signal: i32) -> bool {
    // SAFETY: kill(2) takes plain integers and touches no memory of ours.
    unsafe { libc::kill(pid, signal) == 0 }
}

fn pid_t(pid: u32) -> i32 {
    i32::try_from(pid).unwrap_or(i32::MAX)
}

/// Sends `signal` to the child's process group (or to the child alone when
/// it shares autorun's group). False when nothing received it.
pub fn signal(pid: u32, signal: i32) -> bool {
    let own_group = registry().get(&pid).is_none_or(|e| e.own_group);
    // A child still starting may not have its group (or session) yet.
    (own_group && send(-pid_t(pid), signal)) || send(pid_t(pid), signal)
}

/// Whether anything of the child's group is still running (zombies waiting
/// to be reaped do not count).
pub fn group_alive(pid: u32) -> bool {
    let own_group = registry().get(&pid).is_none_or(|e| e.own_group);
    if !own_group {
        return process_running(pid);
    }
    if !send(-pid_t(pid), 0) {
        return false;
    }
    match std::fs::read_dir("/proc") {
        Ok(entries) => entries.flatten().any(|entry| {
            let Some(member) = entry
                .file_name()
                .to_str()
                .and_then(|s| s.parse::<u32>().ok())
            else {
                return false;
            };
            matches!(stat(member), Some((state, group)) if group == pid && state != 'Z')
        }),
        // Without /proc, a group that still answers counts as alive.
        Err(_) => true,
    }
}

fn process_running(pid: u32) -> bool {
    match stat(pid) {
        Some((state, _)) => state != 'Z',
        None => send(pid_t(pid), 0) && !std::path::Path::new("/proc/self").exists(),
    }
}

/// The state letter and process group of `pid`, from `/proc/PID/stat`.
fn stat(pid: u32) -> Option<(char, u32)> {
    let text = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    // The command name is in parentheses and may hold spaces: skip past it.
    let rest = &text[text.rfind(')')? + 1..];
    let mut fields = rest.split_whitespace();
    let state = fields.next()?.chars().next()?;
    let _ppid = fields.next()?;
    let group = fields.next()?.parse().ok()?;
    Some((state, group))
}

/// Ends a child's group: `first` (SIGTERM, or what `.kill()` asked for)
/// now, SIGTERM to what is left once the child itself ended, SIGKILL after
/// `grace`. Runs on the tokio runtime; returns when the group is gone.
pub async fn terminate(pid: u32, first: i32, grace: Duration) {
    let mut ending = Ending::start(pid, first, Instant::now() + grace);
    loop {
        tokio::time::sleep(Duration::from_millis(20)).await;
        if ending.step() {
            return;
        }
    }
}

/// A group being ended: the first signal sent, then at each look SIGTERM
/// to what a finished leader left behind (`cmd &`: started by it, ending
/// with it), and SIGKILL to what remains at the deadline (or when a second
/// signal to autorun says not to wait).
struct Ending {
    pid: u32,
    swept: bool,
    deadline: Instant,
}

impl Ending {
    fn start(pid: u32, first: i32, deadline: Instant) -> Self {
        signal(pid, first);
        Self {
            pid,
            swept: first == libc::SIGTERM || first == libc::SIGKILL,
            deadline,
        }
    }

    /// One look; true once nothing of the group runs (or it was SIGKILLed).
    fn step(&mut self) -> bool {
        if !group_alive(self.pid) {
            return true;
        }
        if Instant::now() >= self.deadline || FORCE.load(Ordering::SeqCst) {
            signal(self.pid, libc::SIGKILL);
            return true;
        }
        if !self.swept && leader_gone(self.pid) {
            signal(self.pid, libc::SIGTERM);
            self.swept = true;
        }
        false
    }
}

fn leader_gone(pid: u32) -> bool {
    registry().get(&pid).is_none_or(|e| e.exited) || !process_running(pid)
}

/// Ends every registered child that is not detached, as `terminate` does,
/// but blocking: used on the way out (a signal to autorun, or exit with
/// children still running). Returns when all are gone or SIGKILLed.
pub fn shutdown(first: i32, grace: Duration) {
    let children: Vec<u32> = registry()
        .iter()
        .filter(|(_, e)| !e.detached)
        .map(|(pid, _)| *pid)
        .collect();
    if children.is_empty() {
        return;
    }
    let deadline = Instant::now() + grace;
    let mut endings: Vec<Ending> = children
        .into_iter()
        .map(|pid| Ending::start(pid, first, deadline))
        .collect();
    loop {
        endings.retain_mut(|ending| !ending.step());
        if endings.is_empty() {
            return;
        }
        std::thread::sleep(Duration::from_millis(10));
    }
}

/// Set by a second signal while shutting down: SIGKILL now.
static FORCE: AtomicBool = AtomicBool::new(false);
static SHUTTING_DOWN: AtomicBool = AtomicBool::new(false);
/// The signal that is ending autorun (0: none).
static RECEIVED: std::sync::atomic::AtomicI32 = std::sync::atomic::AtomicI32::new(0);

/// The signal being handled, if one is ending autorun: the program's exit
/// code is then the signal's, whatever the JS thread finishes with.
pub fn received_signal() -> Option<i32> {
    match RECEIVED.load(Ordering::SeqCst) {
        0 => None,
        signal => Some(signal),
    }
}

/// The exit code for a fatal signal, as shells report it (128 + n).
pub fn exit_code_for(signal: i32) -> i32 {
    128 + signal
}

/// Handles SIGINT, SIGTERM and SIGHUP on a thread of their own (the JS
/// thread may be busy): the signal goes on to every child group, they get
/// the grace period, what is left is SIGKILLed, then `before_exit` runs
/// (flushing output) and autorun exits with 128 + the signal. A second
/// signal cuts the grace period short.
pub fn install_signal_handlers(before_exit: fn(i32)) {
    static INSTALLED: AtomicBool = AtomicBool::new(false);
    if INSTALLED.swap(true, Ordering::SeqCst) {
        return;
    }
    if let Some(ms) = std::env::var("AUTORUN_KILL_GRACE")
        .ok()
        .and_then(|v| v.parse::<u64>().ok())
    {
        set_grace(Duration::from_millis(ms));
    }
    let signals = signal_hook::iterator::Signals::new([libc::SIGINT, libc::SIGTERM, libc::SIGHUP]);
    let Ok(mut signals) = signals else {
        return;
    };
    let spawned = std::thread::Builder::new()
        .name("autorun-signals".into())
        .spawn(move || {
            for signal in signals.forever() {
                if SHUTTING_DOWN.swap(true, Ordering::SeqCst) {
                    FORCE.store(true, Ordering::SeqCst);
                    continue;
                }
                RECEIVED.store(signal, Ordering::SeqCst);
                std::thread::spawn(move || {
                    shutdown(signal, grace());
                    before_exit(signal);
                    std::process::exit(exit_code_for(signal));
                });
            }
        });
    drop(spawned);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exit_codes_follow_the_shell_convention() {
        assert_eq!(exit_code_for(libc::SIGINT), 130);
        assert_eq!(exit_code_for(libc::SIGTERM), 143);
        assert_eq!(exit_code_for(libc::SIGHUP), 129);
    }

    #[test]
    fn stat_reads_this_process() {
        let (state, group) = stat(std::process::id()).expect("/proc/self/stat");
        assert_ne!(state, 'Z');
        #[allow(unsafe_code)]
        // SAFETY: getpgrp has no arguments and cannot fail.
        let own = unsafe { libc::getpgrp() };
        assert_eq!(i64::from(group), i64::from(own));
    }
}
