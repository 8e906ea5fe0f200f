//! Running commands (no Boa here): children start in their own process
//! group and are registered with the supervisor; their output is pumped
//! chunk by chunk to a sink as it arrives, with backpressure, and their
//! stdin takes writes as they come.

#[cfg(target_os = "linux")]
pub mod launch;
pub mod quote;
pub mod supervisor;
pub mod sync;

use std::future::Future;
use std::io::IsTerminal;
#[cfg(target_os = "linux")]
use std::os::fd::{AsRawFd, FromRawFd, OwnedFd, RawFd};
use std::pin::Pin;
use std::process::Stdio;
#[cfg(target_os = "linux")]
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::task::Poll;

use tokio::io::{AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt};
#[cfg(target_os = "linux")]
use tokio::net::unix::pipe;
use tokio::process::Command;
use tokio::sync::{mpsc, oneshot, OwnedSemaphorePermit, Semaphore};

/// What becomes of one of a child's standard streams.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StdioMode {
    Pipe,
    Inherit,
    Ignore,
}

impl StdioMode {
    pub fn parse(text: &str) -> Option<Self> {
        match text {
            "pipe" | "overlapped" => Some(Self::Pipe),
            "inherit" => Some(Self::Inherit),
            "ignore" => Some(Self::Ignore),
            _ => None,
        }
    }

    fn stdio(self) -> Stdio {
        match self {
            Self::Pipe => Stdio::piped(),
            Self::Inherit => Stdio::inherit(),
            Self::Ignore => Stdio::null(),
        }
    }
}

/// What to run and how.
#[derive(Debug, Clone)]
pub struct Spec {
    pub program: String,
    pub args: Vec<String>,
    /// `argv[0]` when it differs from the program.
    pub argv0: Option<String>,
    pub cwd: Option<String>,
    /// The whole environment, when given; else autorun's own.
    pub env: Option<Vec<(String, String)>>,
    pub stdio: [StdioMode; 3],
    /// A new session, meant to outlive autorun (Node's `detached`).
    pub detached: bool,
    /// Words to run directly instead, when a shell command is one simple
    /// command (`quote::simple_argv`): the same result without starting a
    /// shell. A program that cannot start this way runs through the shell
    /// after all, which reports it as bash does.
    pub direct: Option<Vec<String>>,
}

impl Spec {
    /// A `bash -c SCRIPT` (`sh -c` where bash is missing) command.
    pub fn shell(script: &str) -> Self {
        Self::program(shell(), vec!["-c".to_string(), script.to_string()])
    }

    pub fn program(program: &str, args: Vec<String>) -> Self {
        Self {
            program: program.to_string(),
            args,
            argv0: None,
            cwd: None,
            env: None,
            stdio: [StdioMode::Pipe; 3],
            detached: false,
            direct: None,
        }
    }

    /// Whether the child joins a process group of its own. It does, unless
    /// it reads autorun's terminal: a child in a background group that reads
    /// the terminal is stopped (SIGTTIN), so an interactive child stays in
    /// autorun's group, where the terminal's Ctrl-C reaches it directly.
    fn own_group(&self) -> bool {
        self.detached || !(self.stdio[0] == StdioMode::Inherit && std::io::stdin().is_terminal())
    }

    pub(crate) fn command(&self) -> std::process::Command {
        let mut cmd = std::process::Command::new(&self.program);
        cmd.args(&self.args);
        self.configure(&mut cmd);
        cmd
    }

    /// The command for the `direct` words, if any.
    fn direct_command(&self) -> Option<std::process::Command> {
        let (program, args) = self.direct.as_ref()?.split_first()?;
        let mut cmd = std::process::Command::new(program);
        cmd.args(args);
        self.configure(&mut cmd);
        Some(cmd)
    }

    fn configure(&self, cmd: &mut std::process::Command) {
        if let Some(argv0) = &self.argv0 {
            use std::os::unix::process::CommandExt;
            cmd.arg0(argv0);
        }
        if let Some(cwd) = &self.cwd {
            cmd.current_dir(cwd);
        }
        if let Some(env) = &self.env {
            cmd.env_clear();
            cmd.envs(env.iter().map(|(k, v)| (k, v)));
        }
        cmd.stdin(self.stdio[0].stdio())
            .stdout(self.stdio[1].stdio())
            .stderr(self.stdio[2].stdio());
        if self.detached {
            detach(cmd);
        } else if self.own_group() {
            use std::os::unix::process::CommandExt;
            cmd.process_group(0);
        }
    }
}

/// Starts the child in a session of its own (Node's `detached`).
#[allow(unsafe_code)]
fn detach(cmd: &mut std::process::Command) {
    use std::os::unix::process::CommandExt;
    // SAFETY: runs in the forked child before exec; setsid(2) is
    // async-signal-safe and allocates nothing.
    unsafe {
        cmd.pre_exec(|| {
            if libc::setsid() == -1 {
                return Err(std::io::Error::last_os_error());
            }
            Ok(())
        });
    }
}

/// The shell for `$` and `shell: true`.
pub fn shell() -> &'static str {
    static SHELL: std::sync::OnceLock<&'static str> = std::sync::OnceLock::new();
    SHELL.get_or_init(|| {
        if std::path::Path::new("/bin/bash").exists()
            || std::path::Path::new("/usr/bin/bash").exists()
        {
            "bash"
        } else {
            "sh"
        }
    })
}

/// What a running child reports, in order: output, `Exit` when it ended,
/// `Closed` (always last) when its output streams are drained too — or
/// `Done` for both at once, or `Failed` (last) when it never ran its
/// program.
#[derive(Debug)]
pub enum ChildEvent {
    /// A chunk of stdout; the permit is released when the chunk was handled,
    /// which lets the pump read on (at most `IN_FLIGHT` chunks wait).
    Stdout(Vec<u8>, OwnedSemaphorePermit),
    Stderr(Vec<u8>, OwnedSemaphorePermit),
    Exit {
        code: Option<i32>,
        signal: Option<i32>,
    },
    /// Writing to its stdin failed (it closed it early: EPIPE).
    StdinError(std::io::Error),
    Closed,
    /// `Exit` and `Closed` at once (the pipes closed as it ended).
    Done {
        code: Option<i32>,
        signal: Option<i32>,
    },
    /// The program could not be started after all (found, but the exec
    /// failed): reported after the start returned a pid.
    Failed(std::io::Error),
}

/// Chunks of output read ahead of the JS thread, per child.
const IN_FLIGHT: usize = 16;

/// A write to a child's stdin; the sender hears when it was written.
pub enum StdinMsg {
    Data(Vec<u8>, Option<oneshot::Sender<std::io::Result<()>>>),
    End,
}

/// A started child.
pub struct Child {
    pub pid: u32,
    /// Its stdin, when piped.
    pub stdin: Option<Stdin>,
}

type Reader = Pin<Box<dyn AsyncRead + Send>>;
type Writer = Pin<Box<dyn AsyncWrite + Send>>;
/// Where a child's events go (from tokio tasks).
type Sink = Arc<dyn Fn(ChildEvent) + Send + Sync>;

/// A child's piped stdin. Its writer (a task of its own) starts with the
/// first write: most children's stdin is only ever closed.
pub struct Stdin {
    state: StdinState,
}

enum StdinState {
    /// Not written to yet: the pipe, and who hears that a write failed.
    Idle(PendingStdin, Sink),
    Running(mpsc::UnboundedSender<StdinMsg>),
    Closed,
}

/// A stdin pipe before its first write.
enum PendingStdin {
    /// Our end of the pipe, not yet watched by the event loop.
    #[cfg(target_os = "linux")]
    Fd(OwnedFd),
    Writer(Writer),
}

impl Stdin {
    /// Queues a write, or the end (after what is queued); false once the
    /// pipe is gone. Dropping the Stdin ends it the same way.
    pub fn send(&mut self, msg: StdinMsg) -> bool {
        let state = std::mem::replace(&mut self.state, StdinState::Closed);
        self.state = match state {
            // Never written: closing is dropping the pipe.
            StdinState::Idle(..) if matches!(msg, StdinMsg::End) => return true,
            StdinState::Idle(pending, sink) => match start_writer(pending, sink) {
                Ok(tx) => StdinState::Running(tx),
                Err(_) => return false,
            },
            other => other,
        };
        match &self.state {
            StdinState::Running(tx) => tx.send(msg).is_ok(),
            _ => false,
        }
    }
}

/// Starts the task that writes a child's stdin, in order; the first failed
/// write is reported to `sink`, and every later one fails with EPIPE.
fn start_writer(
    pending: PendingStdin,
    sink: Sink,
) -> std::io::Result<mpsc::UnboundedSender<StdinMsg>> {
    let mut pipe: Writer = match pending {
        #[cfg(target_os = "linux")]
        PendingStdin::Fd(fd) => Box::pin(pipe::Sender::from_owned_fd_unchecked(fd)?),
        PendingStdin::Writer(writer) => writer,
    };
    let (tx, mut rx) = mpsc::unbounded_channel::<StdinMsg>();
    tokio::spawn(async move {
        let mut failed = false;
        while let Some(msg) = rx.recv().await {
            match msg {
                StdinMsg::Data(bytes, ack) => {
                    let result = if failed {
                        Err(std::io::Error::from(std::io::ErrorKind::BrokenPipe))
                    } else {
                        pipe.write_all(&bytes).await
                    };
                    if let Err(e) = &result {
                        if !failed {
                            failed = true;
                            sink(ChildEvent::StdinError(std::io::Error::new(
                                e.kind(),
                                e.to_string(),
                            )));
                        }
                    }
                    if let Some(ack) = ack {
                        let _ = ack.send(result);
                    }
                }
                StdinMsg::End => break,
            }
        }
        drop(pipe);
    });
    Ok(tx)
}

/// How a child ended: its exit code or signal, or the reason it never ran.
enum Ended {
    Status(Option<i32>, Option<i32>),
    Failed(std::io::Error),
}

/// A child just started, however it was: its pipes and its end.
struct Started {
    pid: u32,
    stdin: Option<PendingStdin>,
    stdout: Option<Reader>,
    stderr: Option<Reader>,
    ended: Pin<Box<dyn Future<Output = Ended> + Send>>,
}

#[cfg(target_os = "linux")]
/// One end of a pipe for autorun and the other for the child. Both are
/// made non-blocking, as autorun's must be; the child makes its end
/// blocking again (`launch` clears the flags of the fds it wires), which
/// spares the JS thread two fcntl calls per pipe.
#[allow(unsafe_code)]
fn pipe(ours_reads: bool) -> std::io::Result<(OwnedFd, OwnedFd)> {
    let mut fds = [0; 2];
    // SAFETY: pipe2 fills the two ints; the fds are then owned here.
    let (read, write) = unsafe {
        if libc::pipe2(fds.as_mut_ptr(), libc::O_CLOEXEC | libc::O_NONBLOCK) != 0 {
            return Err(std::io::Error::last_os_error());
        }
        (OwnedFd::from_raw_fd(fds[0]), OwnedFd::from_raw_fd(fds[1]))
    };
    Ok(if ours_reads {
        (read, write)
    } else {
        (write, read)
    })
}

#[cfg(target_os = "linux")]
/// `/dev/null`, opened once, for ignored streams.
fn dev_null() -> std::io::Result<RawFd> {
    static NULL: std::sync::OnceLock<OwnedFd> = std::sync::OnceLock::new();
    if let Some(fd) = NULL.get() {
        return Ok(fd.as_raw_fd());
    }
    let file = std::fs::OpenOptions::new()
        .read(true)
        .write(true)
        .open("/dev/null")?;
    Ok(NULL.get_or_init(|| file.into()).as_raw_fd())
}

#[cfg(target_os = "linux")]
/// Starts `spec` with `launch` (the caller goes on while the child execs).
fn start_launched(spec: &Spec) -> std::io::Result<Started> {
    let mut ours: [Option<OwnedFd>; 3] = [None, None, None];
    let mut theirs: [Option<OwnedFd>; 3] = [None, None, None];
    let mut fds = [None; 3];
    for (i, mode) in spec.stdio.iter().enumerate() {
        match mode {
            StdioMode::Pipe => {
                let (mine, child) = pipe(i > 0)?;
                fds[i] = Some(child.as_raw_fd());
                ours[i] = Some(mine);
                theirs[i] = Some(child);
            }
            StdioMode::Ignore => fds[i] = Some(dev_null()?),
            StdioMode::Inherit => {}
        }
    }
    let group = if spec.detached {
        launch::Group::Session
    } else if spec.own_group() {
        launch::Group::Own
    } else {
        launch::Group::Shared
    };
    let shell_argv: Vec<String>;
    let (program, args, argv0, fallback) = match spec.direct.as_ref().and_then(|w| w.split_first())
    {
        Some((program, args)) => {
            shell_argv = std::iter::once(spec.program.clone())
                .chain(spec.args.iter().cloned())
                .collect();
            (
                program.as_str(),
                args,
                None,
                Some((spec.program.as_str(), shell_argv.as_slice())),
            )
        }
        None => (
            spec.program.as_str(),
            spec.args.as_slice(),
            spec.argv0.as_deref(),
            None,
        ),
    };
    let mut launched = launch::launch(&launch::Request {
        program,
        args,
        argv0,
        env: spec.env.as_deref(),
        cwd: spec.cwd.as_deref(),
        fds,
        group,
        fallback,
    })?;
    // The child has its own copies now.
    drop(theirs);
    let pid = launched.pid;
    let [stdin, stdout, stderr] = ours;
    let reader = |fd: Option<OwnedFd>| -> std::io::Result<Option<Reader>> {
        fd.map(|fd| Ok(Box::pin(pipe::Receiver::from_owned_fd_unchecked(fd)?) as Reader))
            .transpose()
    };
    let stdin = stdin.map(PendingStdin::Fd);
    let stdout = reader(stdout)?;
    let stderr = reader(stderr)?;
    let ended = Box::pin(async move {
        let status = {
            // SAFETY: the pidfd belongs to `launched`, which outlives the
            // AsyncFd and keeps the same descriptor open throughout.
            #[allow(unsafe_code)]
            let registered = unsafe {
                tokio::io::unix::AsyncFd::register_with_interest(
                    WaitFd(&mut launched),
                    tokio::io::Interest::READABLE,
                )
            };
            match registered {
                Ok(fd) => wait_ready(fd).await,
                // Not pollable: poll by waiting instead.
                Err(_) => None,
            }
        };
        let status = match status {
            Some(status) => status,
            None => poll_until_reaped(&mut launched).await,
        };
        if let Some((_, err)) = launched.failure() {
            return Ended::Failed(err);
        }
        decode_status(status)
    });
    Ok(Started {
        pid,
        stdin,
        stdout,
        stderr,
        ended,
    })
}

#[cfg(target_os = "linux")]
/// The child's pidfd, borrowed for polling.
struct WaitFd<'a>(&'a mut launch::Launched);

#[cfg(target_os = "linux")]
impl AsRawFd for WaitFd<'_> {
    fn as_raw_fd(&self) -> RawFd {
        self.0.pidfd.as_raw_fd()
    }
}

#[cfg(target_os = "linux")]
/// Waits until the pidfd says the child ended, then reaps it.
async fn wait_ready(mut fd: tokio::io::unix::AsyncFd<WaitFd<'_>>) -> Option<Option<i32>> {
    loop {
        let Ok(mut guard) = fd.readable_mut().await else {
            return None;
        };
        match guard.get_inner_mut().0.try_wait() {
            Some(status) => return Some(status),
            None => guard.clear_ready(),
        }
    }
}

#[cfg(target_os = "linux")]
/// Reaps the child by polling, for when its pidfd cannot be watched.
async fn poll_until_reaped(launched: &mut launch::Launched) -> Option<i32> {
    loop {
        if let Some(status) = launched.try_wait() {
            return status;
        }
        tokio::time::sleep(std::time::Duration::from_millis(5)).await;
    }
}

#[cfg(target_os = "linux")]
/// Exit code or signal from a wait status.
fn decode_status(status: Option<i32>) -> Ended {
    match status {
        Some(status) if libc::WIFEXITED(status) => {
            Ended::Status(Some(libc::WEXITSTATUS(status)), None)
        }
        Some(status) if libc::WIFSIGNALED(status) => {
            Ended::Status(None, Some(libc::WTERMSIG(status)))
        }
        _ => Ended::Status(None, None),
    }
}

/// Starts `spec` with `std::process::Command` (where `launch` is not
/// supported): the caller waits for the exec.
fn start_command(spec: &Spec) -> std::io::Result<Started> {
    let direct = spec
        .direct_command()
        .and_then(|cmd| Command::from(cmd).spawn().ok());
    let mut child = match direct {
        Some(child) => child,
        None => Command::from(spec.command()).spawn()?,
    };
    // tokio's process driver may have installed its SIGCHLD handler.
    #[cfg(target_os = "linux")]
    launch::handlers_changed();
    let pid = child.id().unwrap_or(0);
    let stdin = child
        .stdin
        .take()
        .map(|w| PendingStdin::Writer(Box::pin(w)));
    let stdout = child.stdout.take().map(|r| Box::pin(r) as Reader);
    let stderr = child.stderr.take().map(|r| Box::pin(r) as Reader);
    let ended = Box::pin(async move {
        match child.wait().await {
            Ok(status) => {
                use std::os::unix::process::ExitStatusExt;
                Ended::Status(status.code(), status.signal())
            }
            Err(_) => Ended::Status(None, None),
        }
    });
    Ok(Started {
        pid,
        stdin,
        stdout,
        stderr,
        ended,
    })
}

/// Starts `spec` with `launch` where it can, else with `Command`.
#[cfg(target_os = "linux")]
fn start(spec: &Spec) -> std::io::Result<Started> {
    // Set once `launch` was refused (a kernel without CLONE_PIDFD).
    static LAUNCH_REFUSED: AtomicBool = AtomicBool::new(false);
    if !launch::supported() || LAUNCH_REFUSED.load(Ordering::Relaxed) {
        return start_command(spec);
    }
    match start_launched(spec) {
        Err(e) if e.kind() == std::io::ErrorKind::Unsupported => {
            LAUNCH_REFUSED.store(true, Ordering::Relaxed);
            start_command(spec)
        }
        started => started,
    }
}

#[cfg(not(target_os = "linux"))]
fn start(spec: &Spec) -> std::io::Result<Started> {
    start_command(spec)
}

/// Starts `spec` on the current tokio runtime. Every event goes to `sink`,
/// from tokio tasks, ending with `Closed`, `Done` or `Failed`.
pub fn spawn(
    spec: &Spec,
    sink: impl Fn(ChildEvent) + Send + Sync + 'static,
) -> std::io::Result<Child> {
    let own_group = spec.own_group();
    let Started {
        pid,
        stdin,
        stdout,
        stderr,
        ended,
    } = start(spec)?;
    supervisor::register(pid, own_group, spec.detached);
    let sink: Sink = Arc::new(sink);
    let stdin = stdin.map(|pending| Stdin {
        state: StdinState::Idle(pending, sink.clone()),
    });

    // One task reads both pipes and waits for the end.
    tokio::spawn(async move {
        let permits = Arc::new(Semaphore::new(IN_FLIGHT));
        let pipes = futures_util::future::join(
            pump_to(stdout, &permits, &sink, ChildEvent::Stdout),
            pump_to(stderr, &permits, &sink, ChildEvent::Stderr),
        );
        let mut pipes = std::pin::pin!(pipes);
        let mut ended = ended;
        let mut pipes_done = false;
        let ended = loop {
            tokio::select! {
                biased;
                ended = &mut ended => break ended,
                _ = &mut pipes, if !pipes_done => pipes_done = true,
            }
        };
        supervisor::mark_exited(pid);
        let (code, signal) = match ended {
            Ended::Status(code, signal) => (code, signal),
            Ended::Failed(err) => {
                if !pipes_done {
                    pipes.await;
                }
                supervisor::forget(pid);
                sink(ChildEvent::Failed(err));
                return;
            }
        };
        // Usually the pipes close as the child ends: then one event says both.
        for _ in 0..3 {
            if pipes_done {
                break;
            }
            let polled = std::future::poll_fn(|cx| Poll::Ready(pipes.as_mut().poll(cx))).await;
            if polled.is_ready() {
                pipes_done = true;
            } else {
                tokio::task::yield_now().await;
            }
        }
        if pipes_done {
            supervisor::forget(pid);
            sink(ChildEvent::Done { code, signal });
            return;
        }
        sink(ChildEvent::Exit { code, signal });
        pipes.await;
        supervisor::forget(pid);
        sink(ChildEvent::Closed);
    });
    Ok(Child { pid, stdin })
}

/// Pumps `reader` (when there is one) to `sink` as `event`s.
async fn pump_to(
    reader: Option<Reader>,
    permits: &Arc<Semaphore>,
    sink: &Sink,
    event: fn(Vec<u8>, OwnedSemaphorePermit) -> ChildEvent,
) {
    if let Some(mut reader) = reader {
        pump(&mut reader, permits, |chunk, permit| {
            sink(event(chunk, permit))
        })
        .await;
    }
}

async fn pump(
    reader: &mut (impl AsyncReadExt + Unpin),
    permits: &Arc<Semaphore>,
    send: impl Fn(Vec<u8>, OwnedSemaphorePermit),
) {
    // Most commands print little: start small, grow when reads fill it.
    let mut buf = vec![0; 4 * 1024];
    loop {
        let Ok(permit) = permits.clone().acquire_owned().await else {
            return;
        };
        match reader.read(&mut buf).await {
            Ok(0) | Err(_) => return,
            Ok(n) => {
                send(buf[..n].to_vec(), permit);
                if n == buf.len() && buf.len() < 64 * 1024 {
                    buf.resize(64 * 1024, 0);
                }
            }
        }
    }
}

/// The first executable called `name` on `path` (a `PATH` value); a name
/// with a slash is checked as it is.
pub fn which(name: &str, path: &str) -> Option<String> {
    use std::os::unix::fs::PermissionsExt;
    let executable = |p: &std::path::Path| {
        p.metadata()
            .is_ok_and(|m| m.is_file() && m.permissions().mode() & 0o111 != 0)
    };
    if name.is_empty() {
        return None;
    }
    if name.contains('/') {
        let p = std::path::Path::new(name);
        return executable(p).then(|| name.to_string());
    }
    std::env::split_paths(path)
        .map(|dir| {
            let dir = if dir.as_os_str().is_empty() {
                std::path::PathBuf::from(".")
            } else {
                dir
            };
            dir.join(name)
        })
        .find(|p| executable(p))
        .map(|p| p.display().to_string())
}

/// The name of a signal number (`SIGTERM`).
pub fn signal_name(signal: i32) -> &'static str {
    SIGNALS
        .iter()
        .find(|(_, n)| *n == signal)
        .map_or("SIGUNKNOWN", |(name, _)| name)
}

/// The number of a signal name (`SIGTERM` or `TERM`).
pub fn signal_number(name: &str) -> Option<i32> {
    let name = name.strip_prefix("SIG").unwrap_or(name);
    SIGNALS
        .iter()
        .find(|(n, _)| n.strip_prefix("SIG") == Some(name))
        .map(|(_, number)| *number)
}

const SIGNALS: &[(&str, i32)] = &[
    ("SIGHUP", libc::SIGHUP),
    ("SIGINT", libc::SIGINT),
    ("SIGQUIT", libc::SIGQUIT),
    ("SIGILL", libc::SIGILL),
    ("SIGTRAP", libc::SIGTRAP),
    ("SIGABRT", libc::SIGABRT),
    ("SIGBUS", libc::SIGBUS),
    ("SIGFPE", libc::SIGFPE),
    ("SIGKILL", libc::SIGKILL),
    ("SIGUSR1", libc::SIGUSR1),
    ("SIGSEGV", libc::SIGSEGV),
    ("SIGUSR2", libc::SIGUSR2),
    ("SIGPIPE", libc::SIGPIPE),
    ("SIGALRM", libc::SIGALRM),
    ("SIGTERM", libc::SIGTERM),
    ("SIGCHLD", libc::SIGCHLD),
    ("SIGCONT", libc::SIGCONT),
    ("SIGSTOP", libc::SIGSTOP),
    ("SIGTSTP", libc::SIGTSTP),
    ("SIGTTIN", libc::SIGTTIN),
    ("SIGTTOU", libc::SIGTTOU),
    ("SIGURG", libc::SIGURG),
    ("SIGXCPU", libc::SIGXCPU),
    ("SIGXFSZ", libc::SIGXFSZ),
    ("SIGVTALRM", libc::SIGVTALRM),
    ("SIGPROF", libc::SIGPROF),
    ("SIGWINCH", libc::SIGWINCH),
    ("SIGIO", libc::SIGIO),
    ("SIGSYS", libc::SIGSYS),
];
