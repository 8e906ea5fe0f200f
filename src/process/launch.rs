//! Starting a child without holding the calling thread through its exec.
//!
//! `posix_spawn` (what `std::process::Command` uses) suspends the caller
//! until the child has exec'd: a fifth of a millisecond on the JS thread for
//! every command. Here the child is cloned with the caller's address space
//! (`CLONE_VM`, as vfork does) but without `CLONE_VFORK`: the caller has the
//! pid and goes on at once while the child, on a stack of its own, makes its
//! few system calls and execs.
//!
//! The child shares the caller's memory until it execs, so it runs only raw
//! system calls (no libc wrapper: those write the caller's thread-local
//! `errno`) on data prepared beforehand in a `Block` that is kept until the
//! child has exited. Signals are blocked across the clone; the child puts
//! handled signals back to their default before unblocking them, so no
//! handler of autorun's ever runs in it. A failure (chdir, exec) is written
//! to the block and the child exits with 127; `Launched::failure` reads it
//! once the child is reaped.
//!
//! Linux only (the module is not built elsewhere); on architectures other
//! than x86_64 and aarch64 `supported()` is false and the caller uses
//! `std::process::Command`.

use std::ffi::{c_char, c_int, c_void, CString, OsStr};
use std::mem::ManuallyDrop;
use std::os::fd::{FromRawFd, OwnedFd, RawFd};
use std::os::unix::ffi::OsStrExt;
use std::sync::atomic::{AtomicBool, AtomicI32, AtomicU64, Ordering};
use std::sync::Mutex;

/// Whether this build can start children this way, and may:
/// `AUTORUN_SPAWN=posix` asks for posix_spawn (std's `Command`) instead,
/// for tools that cannot follow this clone (valgrind, some sandboxes).
pub fn supported() -> bool {
    static ALLOWED: std::sync::LazyLock<bool> =
        std::sync::LazyLock::new(|| std::env::var_os("AUTORUN_SPAWN").is_none_or(|v| v != "posix"));
    cfg!(any(target_arch = "x86_64", target_arch = "aarch64")) && *ALLOWED
}

/// How the child relates to autorun's process group.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Group {
    /// Stays in autorun's group.
    Shared,
    /// A process group of its own.
    Own,
    /// A session of its own (Node's `detached`).
    Session,
}

/// What to start. `fds[i]` becomes the child's fd `i` (`None`: inherited).
/// `fds` are wired with their file status flags cleared (blocking).
pub struct Request<'a> {
    pub program: &'a str,
    pub args: &'a [String],
    pub argv0: Option<&'a str>,
    /// The whole environment; `None` for autorun's own.
    pub env: Option<&'a [(String, String)]>,
    pub cwd: Option<&'a str>,
    pub fds: [Option<RawFd>; 3],
    pub group: Group,
    /// Run instead when `program` cannot be executed (`$`'s shell, when a
    /// simple command was tried without it): program and full argv.
    pub fallback: Option<(&'a str, &'a [String])>,
}

/// A started child: its pid, a pidfd to wait on, and the block it ran from.
pub struct Launched {
    pub pid: u32,
    pub pidfd: OwnedFd,
    /// Freed once the child was reaped; leaked if `Launched` goes first
    /// (the child may still be reading it).
    block: ManuallyDrop<Box<Block>>,
    reaped: bool,
}

impl Drop for Launched {
    #[allow(unsafe_code)]
    fn drop(&mut self) {
        if self.reaped {
            // SAFETY: dropped once, here; the child is gone.
            unsafe { ManuallyDrop::drop(&mut self.block) };
        }
    }
}

impl Launched {
    /// Why the child never ran its program (read after it exited): the
    /// step that failed and its errno.
    pub fn failure(&self) -> Option<(Step, std::io::Error)> {
        let errno = self.block.errno.load(Ordering::Acquire);
        if errno == 0 {
            return None;
        }
        let step = if self.block.step.load(Ordering::Acquire) == STEP_CWD {
            Step::Cwd
        } else {
            Step::Exec
        };
        Some((step, std::io::Error::from_raw_os_error(errno)))
    }
}

/// The step a child failed at.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    Cwd,
    Exec,
}

/// The shell execvp falls back to.
const SH: &str = "/bin/sh";
const STEP_CWD: i32 = 1;
const STEP_EXEC: i32 = 2;
const STACK_SIZE: usize = 16 * 1024;

/// Everything the child reads, prepared before the clone and kept until it
/// exited: it must not move or change while the child may run.
struct Block {
    /// Never read by us; the child's writes are its own.
    stack: Box<[std::mem::MaybeUninit<u128>]>,
    path: CString,
    argv_ptrs: Vec<*const c_char>,
    env_ptrs: Vec<*const c_char>,
    fallback_path: Option<CString>,
    fallback_ptrs: Vec<*const c_char>,
    /// Whether the fallback runs whatever stopped the exec (`$`'s shell),
    /// or only ENOEXEC (/bin/sh for a script without `#!`).
    fallback_on_any: bool,
    cwd: Option<CString>,
    fds: [c_int; 3],
    group: Group,
    /// The signals to put back to their default (`signals_to_reset`).
    reset: u64,
    errno: AtomicI32,
    step: AtomicI32,
    /// The strings the pointer arrays point at (argv, fallback argv, env).
    _strings: (Vec<CString>, Vec<CString>, EnvStrings),
}

// SAFETY: the raw pointers point into strings the block owns; the block is
// only read by the child and, after the child exited, by its owner.
#[allow(unsafe_code)]
unsafe impl Send for Block {}
#[allow(unsafe_code)]
unsafe impl Sync for Block {}

enum EnvStrings {
    Own(Vec<CString>),
    Shared(std::sync::Arc<Vec<CString>>),
}

impl EnvStrings {
    fn strings(&self) -> &[CString] {
        match self {
            Self::Own(v) => v,
            Self::Shared(v) => v,
        }
    }
}

/// Bumped whenever autorun changes its own environment.
static ENV_GENERATION: AtomicU64 = AtomicU64::new(0);

/// Autorun's environment changed (`process.env.X = ...`): the next child
/// takes a fresh copy.
pub fn environment_changed() {
    ENV_GENERATION.fetch_add(1, Ordering::SeqCst);
}

/// Autorun's environment as `KEY=VALUE` strings, copied once per change.
fn own_environment() -> std::sync::Arc<Vec<CString>> {
    type Snapshot = Option<(u64, std::sync::Arc<Vec<CString>>)>;
    static SNAPSHOT: Mutex<Snapshot> = Mutex::new(None);
    let generation = ENV_GENERATION.load(Ordering::SeqCst);
    let mut slot = SNAPSHOT
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    if let Some((seen, strings)) = slot.as_ref() {
        if *seen == generation {
            return strings.clone();
        }
    }
    let strings: Vec<CString> = std::env::vars_os()
        .filter_map(|(k, v)| {
            let mut bytes = k.as_bytes().to_vec();
            bytes.push(b'=');
            bytes.extend_from_slice(v.as_bytes());
            CString::new(bytes).ok()
        })
        .collect();
    let strings = std::sync::Arc::new(strings);
    *slot = Some((generation, strings.clone()));
    strings
}

fn cstring(text: impl AsRef<OsStr>) -> std::io::Result<CString> {
    CString::new(text.as_ref().as_bytes()).map_err(|_| {
        std::io::Error::new(
            std::io::ErrorKind::InvalidInput,
            "nul byte found in provided data",
        )
    })
}

fn pointers(strings: &[CString]) -> Vec<*const c_char> {
    strings
        .iter()
        .map(|s| s.as_ptr())
        .chain(std::iter::once(std::ptr::null()))
        .collect()
}

/// The file `program` names, searched on the child's `PATH` when it has no
/// slash, as execvp searches: `ENOENT` when nothing is found, `EACCES` when
/// only files it may not execute are.
fn resolve(program: &str, env: Option<&[(String, String)]>) -> std::io::Result<CString> {
    if program.is_empty() {
        return Err(std::io::Error::from_raw_os_error(libc::ENOENT));
    }
    if program.contains('/') {
        let path = cstring(program)?;
        return match access(&path) {
            Ok(()) => Ok(path),
            Err(e) => Err(e),
        };
    }
    if env.is_none() {
        if let Some(path) = remembered(program) {
            if access(&path).is_ok() {
                return Ok(path);
            }
        }
    }
    let found = search(program, env)?;
    if env.is_none() {
        remember(program, &found);
    }
    Ok(found)
}

type Remembered = Option<(u64, std::collections::HashMap<String, CString>)>;

/// Where programs were found on autorun's own `PATH`, as bash remembers
/// them (`hash`): looked up again when the environment changes or the
/// file is gone.
static FOUND: Mutex<Remembered> = Mutex::new(None);

fn remembered(program: &str) -> Option<CString> {
    let found = FOUND
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    let (generation, paths) = found.as_ref()?;
    if *generation != ENV_GENERATION.load(Ordering::SeqCst) {
        return None;
    }
    paths.get(program).cloned()
}

fn remember(program: &str, path: &CString) {
    let mut found = FOUND
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    let generation = ENV_GENERATION.load(Ordering::SeqCst);
    match found.as_mut() {
        Some((seen, paths)) if *seen == generation => {
            paths.insert(program.to_string(), path.clone());
        }
        _ => {
            let paths = std::iter::once((program.to_string(), path.clone())).collect();
            *found = Some((generation, paths));
        }
    }
}

/// `program` (no slash) searched on the `PATH` of `env` or autorun's own.
fn search(program: &str, env: Option<&[(String, String)]>) -> std::io::Result<CString> {
    let path_var = match env {
        Some(env) => env
            .iter()
            .rev()
            .find(|(k, _)| k == "PATH")
            .map(|(_, v)| v.clone()),
        None => std::env::var("PATH").ok(),
    }
    .unwrap_or_else(|| "/usr/local/bin:/usr/bin:/bin".to_string());
    let mut denied = None;
    for dir in path_var.split(':') {
        let dir = if dir.is_empty() { "." } else { dir };
        let candidate = cstring(format!("{dir}/{program}"))?;
        match access(&candidate) {
            Ok(()) => return Ok(candidate),
            Err(e) if e.raw_os_error() == Some(libc::EACCES) => denied = Some(e),
            Err(_) => {}
        }
    }
    Err(denied.unwrap_or_else(|| std::io::Error::from_raw_os_error(libc::ENOENT)))
}

/// Whether `path` is a file this process may execute (a directory is
/// `EACCES`, as execve says).
#[allow(unsafe_code)]
fn access(path: &CString) -> std::io::Result<()> {
    // SAFETY: a valid C string; stat writes into the struct we pass.
    unsafe {
        let mut st: libc::stat = std::mem::zeroed();
        if libc::stat(path.as_ptr(), &mut st) != 0 {
            return Err(std::io::Error::last_os_error());
        }
        if st.st_mode & libc::S_IFMT != libc::S_IFREG {
            return Err(std::io::Error::from_raw_os_error(libc::EACCES));
        }
        if libc::access(path.as_ptr(), libc::X_OK) != 0 {
            return Err(std::io::Error::last_os_error());
        }
    }
    Ok(())
}

/// Whether `cwd` can be the child's directory: the error chdir would give.
fn check_cwd(cwd: &CString) -> std::io::Result<()> {
    let meta = std::fs::metadata(OsStr::from_bytes(cwd.as_bytes()))?;
    if meta.is_dir() {
        Ok(())
    } else {
        Err(std::io::Error::from_raw_os_error(libc::ENOTDIR))
    }
}

/// The strings of an argv, as C strings.
fn c_argv<S: AsRef<OsStr>>(words: impl IntoIterator<Item = S>) -> std::io::Result<Vec<CString>> {
    words.into_iter().map(cstring).collect()
}

/// Starts the child. Errors found before it starts (no such program, a bad
/// directory) are returned here; the pipes in `fds` stay the caller's.
#[allow(unsafe_code)]
pub fn launch(req: &Request) -> std::io::Result<Launched> {
    let words = std::iter::once(req.argv0.unwrap_or(req.program))
        .chain(req.args.iter().map(String::as_str));
    let (path, argv, fallback) = match (resolve(req.program, req.env), req.fallback) {
        (Ok(path), None) => {
            // What execvp does with a file that is not a binary and has no
            // `#!` line (ENOEXEC): run it with /bin/sh.
            let argv = c_argv(words)?;
            let mut sh_argv = vec![cstring(SH)?, path.clone()];
            sh_argv.extend(argv.iter().skip(1).cloned());
            (path, argv, Some((cstring(SH)?, sh_argv)))
        }
        (Ok(path), Some((shell, shell_argv))) => {
            // Only needed if the exec fails: where the shell was last found
            // is good enough (not checked again).
            let remembered = req.env.is_none().then(|| remembered(shell)).flatten();
            let fallback = match remembered.map_or_else(|| resolve(shell, req.env), Ok) {
                Ok(shell) => Some((shell, c_argv(shell_argv)?)),
                Err(_) => None,
            };
            (path, c_argv(words)?, fallback)
        }
        // A simple command whose program is not found runs through the
        // shell after all, which reports it as it would.
        (Err(_), Some((shell, shell_argv))) => {
            (resolve(shell, req.env)?, c_argv(shell_argv)?, None)
        }
        (Err(e), None) => return Err(e),
    };
    let cwd = req.cwd.map(cstring).transpose()?;
    if let Some(cwd) = &cwd {
        check_cwd(cwd)?;
    }
    let env = match req.env {
        Some(pairs) => EnvStrings::Own(c_argv(pairs.iter().map(|(k, v)| format!("{k}={v}")))?),
        None => EnvStrings::Shared(own_environment()),
    };
    let argv_ptrs = pointers(&argv);
    let env_ptrs = pointers(env.strings());
    let fallback_on_any = req.fallback.is_some();
    let (fallback_path, fallback_ptrs, fallback_argv) = match fallback {
        Some((shell, shell_argv)) => (Some(shell), pointers(&shell_argv), shell_argv),
        None => (None, Vec::new(), Vec::new()),
    };
    let mut block = Box::new(Block {
        // Not zeroed: the child writes before it reads.
        stack: Box::new_uninit_slice(STACK_SIZE / 16),
        path,
        argv_ptrs,
        env_ptrs,
        fallback_path,
        fallback_ptrs,
        fallback_on_any,
        cwd,
        fds: req.fds.map(|fd| fd.unwrap_or(-1)),
        group: req.group,
        reset: signals_to_reset(),
        errno: AtomicI32::new(0),
        step: AtomicI32::new(0),
        _strings: (argv, fallback_argv, env),
    });

    let stack_top = block.stack.as_mut_ptr_range().end.cast::<c_void>();
    let arg = std::ptr::from_ref::<Block>(&block)
        .cast_mut()
        .cast::<c_void>();
    let mut pidfd: c_int = -1;
    // SAFETY: every signal is blocked across the clone so that none is
    // handled on the child's stack before it resets the handlers; the
    // child runs `child_main` on its own 16-byte aligned stack, reading
    // only the block, which outlives it (kept in `Launched`).
    let pid = unsafe {
        let mut all: libc::sigset_t = std::mem::zeroed();
        let mut old: libc::sigset_t = std::mem::zeroed();
        libc::sigfillset(&mut all);
        libc::pthread_sigmask(libc::SIG_SETMASK, &all, &mut old);
        let pid = libc::clone(
            child_main,
            stack_top,
            libc::CLONE_VM | libc::CLONE_PIDFD | libc::SIGCHLD,
            arg,
            &mut pidfd as *mut c_int,
        );
        let err = std::io::Error::last_os_error();
        libc::pthread_sigmask(libc::SIG_SETMASK, &old, std::ptr::null_mut());
        if pid < 0 {
            // A kernel without CLONE_PIDFD (before 5.2) refuses the flags.
            if matches!(err.raw_os_error(), Some(libc::EINVAL | libc::ENOSYS)) {
                return Err(std::io::Error::new(std::io::ErrorKind::Unsupported, err));
            }
            return Err(err);
        }
        pid
    };
    // SAFETY: CLONE_PIDFD stored a new descriptor that nothing else owns.
    let pidfd = unsafe { OwnedFd::from_raw_fd(pidfd) };
    if req.group == Group::Own {
        // The child makes its group too, but a signal sent to the group
        // before it got there must find it: whichever comes first does it
        // (after its exec the child's call fails harmlessly here).
        // SAFETY: setpgid takes plain integers.
        unsafe { libc::setpgid(pid, pid) };
    }
    Ok(Launched {
        pid: u32::try_from(pid).unwrap_or(0),
        pidfd,
        block: ManuallyDrop::new(block),
        reaped: false,
    })
}

impl Launched {
    /// Reaps the child if it ended (without blocking): `None` while it
    /// runs, then its wait status (`None` inside if something else reaped
    /// it first).
    #[allow(unsafe_code)]
    pub fn try_wait(&mut self) -> Option<Option<c_int>> {
        let mut status: c_int = 0;
        // SAFETY: waitpid on our own child, writing into a local.
        let pid = unsafe {
            libc::waitpid(
                i32::try_from(self.pid).unwrap_or(-1),
                &mut status,
                libc::WNOHANG,
            )
        };
        if pid > 0 {
            self.reaped = true;
            Some(Some(status))
        } else if pid < 0 && std::io::Error::last_os_error().raw_os_error() == Some(libc::ECHILD) {
            self.reaped = true;
            Some(None)
        } else {
            None
        }
    }
}

// ---------------------------------------------------------------------------
// The child: raw system calls only, until execve.

#[cfg(target_arch = "x86_64")]
#[allow(unsafe_code)]
unsafe fn sys(n: libc::c_long, a: usize, b: usize, c: usize, d: usize) -> isize {
    let ret: isize;
    // SAFETY: the caller passes a valid system call and arguments.
    unsafe {
        std::arch::asm!(
            "syscall",
            inlateout("rax") n as isize => ret,
            in("rdi") a,
            in("rsi") b,
            in("rdx") c,
            in("r10") d,
            lateout("rcx") _,
            lateout("r11") _,
            options(nostack),
        );
    }
    ret
}

#[cfg(target_arch = "aarch64")]
#[allow(unsafe_code)]
unsafe fn sys(n: libc::c_long, a: usize, b: usize, c: usize, d: usize) -> isize {
    let ret: isize;
    // SAFETY: the caller passes a valid system call and arguments.
    unsafe {
        std::arch::asm!(
            "svc 0",
            in("x8") n,
            inlateout("x0") a as isize => ret,
            in("x1") b,
            in("x2") c,
            in("x3") d,
            options(nostack),
        );
    }
    ret
}

#[cfg(not(any(target_arch = "x86_64", target_arch = "aarch64")))]
#[allow(unsafe_code)]
unsafe fn sys(_: libc::c_long, _: usize, _: usize, _: usize, _: usize) -> isize {
    -(libc::ENOSYS as isize)
}

/// The signals a child puts back to their default before it unblocks
/// signals (bit `n - 1` for signal `n`): those with a handler of autorun's,
/// and SIGPIPE, which Rust ignores for itself (ignored signals stay
/// ignored). Read from the kernel at the first launch and again after
/// `handlers_changed`: a child would otherwise ask for all 64 (62 system
/// calls before every exec). Handlers are installed at start-up (Rust's,
/// signal-hook's) and by tokio's process driver, whose user calls
/// `handlers_changed`; code that installs another must call it too.
static TO_RESET: AtomicU64 = AtomicU64::new(0);
static TO_RESET_KNOWN: AtomicBool = AtomicBool::new(false);

/// A signal handler was (or may have been) installed since the last launch.
pub fn handlers_changed() {
    TO_RESET_KNOWN.store(false, Ordering::Release);
}

#[allow(unsafe_code)]
fn signals_to_reset() -> u64 {
    if TO_RESET_KNOWN.load(Ordering::Acquire) {
        return TO_RESET.load(Ordering::Relaxed);
    }
    let mut mask = 0u64;
    for signal in 1..=64 {
        if signal == libc::SIGKILL || signal == libc::SIGSTOP {
            continue;
        }
        let mut old = KernelSigaction {
            handler: 0,
            flags: 0,
            restorer: 0,
            mask: 0,
        };
        // SAFETY: rt_sigaction only writes the old action into `old`. (The
        // raw call: glibc's wrapper refuses the signals it keeps for itself.)
        let got = unsafe {
            sys(
                libc::SYS_rt_sigaction,
                signal as usize,
                0,
                std::ptr::addr_of_mut!(old) as usize,
                8,
            )
        };
        let reset = if signal == libc::SIGPIPE {
            old.handler != libc::SIG_DFL
        } else {
            got == 0 && old.handler != libc::SIG_DFL && old.handler != libc::SIG_IGN
        };
        if reset {
            mask |= 1 << (signal - 1);
        }
    }
    TO_RESET.store(mask, Ordering::Relaxed);
    TO_RESET_KNOWN.store(true, Ordering::Release);
    mask
}

/// The kernel's `struct sigaction` (the same layout on x86_64 and aarch64).
#[repr(C)]
struct KernelSigaction {
    handler: usize,
    flags: u64,
    restorer: usize,
    mask: u64,
}

#[allow(unsafe_code)]
extern "C" fn child_main(arg: *mut c_void) -> c_int {
    // SAFETY: `arg` is the Block the parent keeps alive until we exited;
    // only raw system calls follow, on our own stack.
    unsafe {
        let block = &*(arg as *const Block);
        // Handlers of autorun's go back to the default (`signals_to_reset`).
        for signal in 1..=64usize {
            if block.reset & (1 << (signal - 1)) == 0 {
                continue;
            }
            let new = KernelSigaction {
                handler: libc::SIG_DFL,
                flags: 0,
                restorer: 0,
                mask: 0,
            };
            sys(
                libc::SYS_rt_sigaction,
                signal,
                std::ptr::addr_of!(new) as usize,
                0,
                8,
            );
        }
        let empty: u64 = 0;
        sys(
            libc::SYS_rt_sigprocmask,
            libc::SIG_SETMASK as usize,
            std::ptr::addr_of!(empty) as usize,
            0,
            8,
        );
        match block.group {
            Group::Own => {
                sys(libc::SYS_setpgid, 0, 0, 0, 0);
            }
            Group::Session => {
                sys(libc::SYS_setsid, 0, 0, 0, 0);
            }
            Group::Shared => {}
        }
        // A source fd below 3 would be overwritten by an earlier dup: move
        // it out of the way first.
        let mut fds = block.fds;
        for (target, fd) in fds.iter_mut().enumerate() {
            if *fd >= 0 && *fd < 3 && *fd as usize != target {
                let moved = sys(
                    libc::SYS_fcntl,
                    *fd as usize,
                    libc::F_DUPFD_CLOEXEC as usize,
                    3,
                    0,
                );
                if moved >= 0 {
                    *fd = moved as c_int;
                }
            }
        }
        for (target, fd) in fds.iter().enumerate() {
            if *fd < 0 {
                continue;
            }
            if *fd as usize == target {
                sys(libc::SYS_fcntl, target, libc::F_SETFD as usize, 0, 0);
            } else {
                sys(libc::SYS_dup3, *fd as usize, target, 0, 0);
            }
            // Pipes come non-blocking (autorun's end must be): the child's
            // end is a plain blocking fd, as programs expect.
            sys(libc::SYS_fcntl, target, libc::F_SETFL as usize, 0, 0);
        }
        if let Some(cwd) = &block.cwd {
            let r = sys(libc::SYS_chdir, cwd.as_ptr() as usize, 0, 0, 0);
            if r < 0 {
                fail(block, STEP_CWD, r);
            }
        }
        let envp = block.env_ptrs.as_ptr() as usize;
        let mut r = sys(
            libc::SYS_execve,
            block.path.as_ptr() as usize,
            block.argv_ptrs.as_ptr() as usize,
            envp,
            0,
        );
        let wanted = block.fallback_on_any || r == -(libc::ENOEXEC as isize);
        if let (Some(shell), true) = (&block.fallback_path, wanted) {
            r = sys(
                libc::SYS_execve,
                shell.as_ptr() as usize,
                block.fallback_ptrs.as_ptr() as usize,
                envp,
                0,
            );
        }
        fail(block, STEP_EXEC, r)
    }
}

#[allow(unsafe_code)]
unsafe fn fail(block: &Block, step: i32, ret: isize) -> ! {
    let errno = i32::try_from(-ret).unwrap_or(libc::EIO);
    block.step.store(step, Ordering::Release);
    block.errno.store(errno, Ordering::Release);
    loop {
        // SAFETY: exit_group ends this process (the child) only.
        unsafe {
            sys(libc::SYS_exit_group, 127, 0, 0, 0);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Read;
    use std::os::fd::AsRawFd;

    fn pipe_pair() -> (std::fs::File, OwnedFd) {
        let mut fds = [0; 2];
        // SAFETY: pipe2 fills the two ints, which are then owned here.
        #[allow(unsafe_code)]
        unsafe {
            assert_eq!(libc::pipe2(fds.as_mut_ptr(), libc::O_CLOEXEC), 0);
            (
                std::fs::File::from_raw_fd(fds[0]),
                OwnedFd::from_raw_fd(fds[1]),
            )
        }
    }

    fn wait(launched: &mut Launched) -> Option<c_int> {
        loop {
            if let Some(status) = launched.try_wait() {
                return status;
            }
            std::thread::sleep(std::time::Duration::from_millis(2));
        }
    }

    /// Launches `req` with stdout to a pipe (whose child end is first made
    /// non-blocking, with `nonblocking`) and waits: (output, the child,
    /// its wait status).
    fn launch_piped(req: Request, nonblocking: bool) -> (String, Launched, c_int) {
        let (mut out, child_end) = pipe_pair();
        if nonblocking {
            // SAFETY: fcntl on an fd this test owns.
            #[allow(unsafe_code)]
            unsafe {
                libc::fcntl(child_end.as_raw_fd(), libc::F_SETFL, libc::O_NONBLOCK);
            }
        }
        let req = Request {
            fds: [None, Some(child_end.as_raw_fd()), None],
            ..req
        };
        let mut launched = launch(&req).expect("starts");
        drop(child_end);
        let mut text = String::new();
        out.read_to_string(&mut text).expect("reads");
        let status = wait(&mut launched).expect("reaped by us");
        (text, launched, status)
    }

    /// Runs `program args` with stdout to a pipe: (output, exit code, failure).
    fn run(req: Request) -> (String, i32, Option<(Step, i32)>) {
        let (text, launched, status) = launch_piped(req, false);
        let failure = launched
            .failure()
            .map(|(step, e)| (step, e.raw_os_error().unwrap_or(0)));
        (text, libc::WEXITSTATUS(status), failure)
    }

    fn request<'a>(program: &'a str, args: &'a [String]) -> Request<'a> {
        Request {
            program,
            args,
            argv0: None,
            env: None,
            cwd: None,
            fds: [None; 3],
            group: Group::Own,
            fallback: None,
        }
    }

    #[test]
    fn runs_a_program_found_on_path_with_its_arguments_env_and_cwd() {
        let args = vec![
            "-c".to_string(),
            "printf '%s|%s|%s' \"$1\" \"$FOO\" \"$PWD\"".to_string(),
            "sh".to_string(),
            "one two".to_string(),
        ];
        let env = vec![
            ("FOO".to_string(), "bar".to_string()),
            ("PATH".to_string(), "/usr/bin:/bin".to_string()),
        ];
        let (out, code, failure) = run(Request {
            env: Some(&env),
            cwd: Some("/tmp"),
            ..request("sh", &args)
        });
        assert_eq!((out.as_str(), code, failure), ("one two|bar|/tmp", 0, None));
    }

    #[test]
    fn the_child_leads_its_own_group_and_handlers_are_reset() {
        let args = vec![
            "-c".to_string(),
            "ps -o pgid= -p $$; kill -PIPE $$; echo survived".to_string(),
        ];
        let (text, launched, status) = launch_piped(request("sh", &args), false);
        assert_eq!(text.trim(), launched.pid.to_string());
        // SIGPIPE is back to its default (Rust ignores it in autorun).
        assert!(
            libc::WIFSIGNALED(status) && libc::WTERMSIG(status) == libc::SIGPIPE,
            "{status}"
        );
    }

    extern "C" fn do_nothing(_: c_int) {}

    #[test]
    #[allow(unsafe_code)]
    fn the_signals_to_reset_follow_the_handlers_installed() {
        let bit = |signal: c_int| 1u64 << (signal - 1);
        // Rust ignores SIGPIPE in autorun; a child must not inherit that.
        assert_ne!(signals_to_reset() & bit(libc::SIGPIPE), 0);
        let handler: extern "C" fn(c_int) = do_nothing;
        // SAFETY: the handler does nothing; nothing sends SIGUSR2 here.
        unsafe { libc::signal(libc::SIGUSR2, handler as libc::sighandler_t) };
        handlers_changed();
        assert_ne!(signals_to_reset() & bit(libc::SIGUSR2), 0);
        assert_eq!(signals_to_reset() & bit(libc::SIGUSR1), 0);
    }

    #[test]
    fn a_non_blocking_pipe_reaches_the_child_blocking() {
        let args = vec![
            "-c".to_string(),
            "grep flags /proc/self/fdinfo/1".to_string(),
        ];
        let (text, _, _) = launch_piped(request("sh", &args), true);
        let flags = i32::from_str_radix(text.trim().trim_start_matches("flags:").trim(), 8)
            .expect("octal flags");
        assert_eq!(flags & libc::O_NONBLOCK, 0, "{text}");
    }

    #[test]
    fn errors_before_the_start_are_returned() {
        let none: Vec<String> = Vec::new();
        let missing = launch(&request("no-such-program-autorun", &none))
            .err()
            .expect("fails");
        assert_eq!(missing.raw_os_error(), Some(libc::ENOENT));
        let bad_cwd = launch(&Request {
            cwd: Some("/etc/passwd"),
            ..request("true", &none)
        })
        .err()
        .expect("fails");
        assert_eq!(bad_cwd.raw_os_error(), Some(libc::ENOTDIR));
        let dir = launch(&request("/tmp", &none)).err().expect("fails");
        assert_eq!(dir.raw_os_error(), Some(libc::EACCES));
    }

    #[test]
    fn a_script_without_a_shebang_runs_with_sh_as_execvp_does() {
        let dir = std::env::temp_dir().join(format!("autorun-launch-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("dir");
        let script = dir.join("noshebang");
        std::fs::write(&script, "echo \"plain $1\"\n").expect("write");
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&script, std::fs::Permissions::from_mode(0o755)).expect("chmod");
        let args = vec!["x".to_string()];
        let path = script.display().to_string();
        let (out, code, failure) = run(request(&path, &args));
        assert_eq!((out.as_str(), code, failure), ("plain x\n", 0, None));

        // A file being written cannot be executed: found, started, failed.
        let busy = dir.join("busy");
        let writer = std::fs::File::create(&busy).expect("create");
        std::fs::set_permissions(&busy, std::fs::Permissions::from_mode(0o755)).expect("chmod");
        let path = busy.display().to_string();
        let (out, code, failure) = run(request(&path, &[]));
        assert_eq!(
            (out.as_str(), code, failure),
            ("", 127, Some((Step::Exec, libc::ETXTBSY)))
        );
        drop(writer);
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn a_simple_command_falls_back_to_its_shell() {
        let words: Vec<String> = Vec::new();
        let shell_argv = vec![
            "sh".to_string(),
            "-c".to_string(),
            "echo from-shell".to_string(),
        ];
        let (out, code, failure) = run(Request {
            fallback: Some(("sh", &shell_argv)),
            ..request("not-a-program-autorun", &words)
        });
        assert_eq!((out.as_str(), code, failure), ("from-shell\n", 0, None));
    }
}
