//! Watching trees for changes (no Boa here): one OS watch per directory
//! that is not ignored (`.git`, `node_modules`, `.autorun`, globs given,
//! what `.gitignore`/`.ignore` files exclude), events debounced and merged
//! into batches of changed paths, handed to a callback on a thread of the
//! watcher's own. When the OS runs out of watches (inotify's
//! `max_user_watches`), it says so and polls instead.

use std::collections::{BTreeMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::mpsc::{channel, Receiver, RecvTimeoutError, Sender};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use globset::{GlobSet, GlobSetBuilder};
use ignore::gitignore::{Gitignore, GitignoreBuilder};
use notify::{EventKind, RecursiveMode, Watcher as _};

/// What happened to a path.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Create,
    Modify,
    Remove,
    Rename,
}

impl Kind {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Create => "create",
            Self::Modify => "modify",
            Self::Remove => "remove",
            Self::Rename => "rename",
        }
    }
}

/// One changed path of a batch.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    pub path: PathBuf,
    pub kind: Kind,
}

/// What to watch.
#[derive(Debug, Clone)]
pub struct Config {
    /// Directories (watched with everything below) or single files.
    pub roots: Vec<PathBuf>,
    /// Globs of paths never reported (matched against the path relative to
    /// `base`, and against the absolute path).
    pub ignore: Vec<String>,
    /// The directory `ignore` globs are relative to.
    pub base: PathBuf,
    /// Honour `.gitignore` and `.ignore` files.
    pub gitignore: bool,
    /// Quiet time that ends a batch.
    pub debounce: Duration,
    /// Poll at this interval instead of using OS events.
    pub poll: Option<Duration>,
}

/// Directories never watched, wherever they are.
const ALWAYS_IGNORED: &[&str] = &[".git", "node_modules", ".autorun"];

/// What the watcher says besides batches.
#[derive(Debug)]
pub enum Notice {
    /// Out of OS watches: polling instead (the message says how to raise the limit).
    FellBackToPolling(String),
    /// A watch error that did not stop watching.
    Error(String),
}

/// A running watcher; dropping it (or `close`) stops it.
pub struct Watcher {
    stop: Sender<Message>,
    thread: Option<std::thread::JoinHandle<()>>,
}

enum Message {
    Event(notify::Result<notify::Event>),
    Stop,
}

/// The rules that decide which paths are reported.
struct Filter {
    base: PathBuf,
    globs: GlobSet,
    gitignores: Vec<Gitignore>,
    /// Directory roots (everything below counts) and file roots (only the
    /// file counts; its directory is watched, so editors that save by
    /// renaming a new file over it are seen).
    dir_roots: Vec<PathBuf>,
    file_roots: Vec<PathBuf>,
}

impl Filter {
    fn new(config: &Config) -> Self {
        let mut builder = GlobSetBuilder::new();
        for pattern in &config.ignore {
            let pattern = pattern.trim_start_matches("./");
            // `dir/**` ignores the directory itself too.
            let dir = pattern.strip_suffix("/**").unwrap_or(pattern);
            for p in [
                pattern.to_string(),
                format!("{pattern}/**"),
                dir.to_string(),
            ] {
                // `*` stays within one path segment, as in every glob of ours.
                if let Ok(glob) = globset::GlobBuilder::new(&p)
                    .literal_separator(true)
                    .build()
                {
                    builder.add(glob);
                }
            }
        }
        let (file_roots, dir_roots) = config.roots.iter().cloned().partition(|r| r.is_file());
        Self {
            base: config.base.clone(),
            globs: builder.build().unwrap_or_else(|_| GlobSet::empty()),
            gitignores: Vec::new(),
            dir_roots,
            file_roots,
        }
    }

    fn in_scope(&self, path: &Path) -> bool {
        self.dir_roots.iter().any(|r| path.starts_with(r))
            || self.file_roots.iter().any(|r| r == path)
    }

    /// Reads the ignore files of `dir`, if any.
    fn add_ignore_files(&mut self, dir: &Path) {
        let mut builder = GitignoreBuilder::new(dir);
        let mut any = false;
        for name in [".gitignore", ".ignore"] {
            let file = dir.join(name);
            if file.is_file() {
                any = true;
                let _ = builder.add(file);
            }
        }
        if any {
            if let Ok(matcher) = builder.build() {
                self.gitignores.retain(|g| g.path() != dir);
                self.gitignores.push(matcher);
            }
        }
    }

    /// The root `path` is under (the longest), for judging only what lies below it.
    fn root_of(&self, path: &Path) -> Option<&Path> {
        self.dir_roots
            .iter()
            .filter(|r| path.starts_with(r))
            .max_by_key(|r| r.as_os_str().len())
            .map(PathBuf::as_path)
    }

    fn ignored(&self, path: &Path, is_dir: bool) -> bool {
        // Only below the watched root: a project that itself lives inside
        // a `node_modules` (or a root chosen there) is still watched.
        let below_root = self
            .root_of(path)
            .and_then(|root| path.strip_prefix(root).ok())
            .unwrap_or_else(|| Path::new(path.file_name().unwrap_or_default()));
        if below_root
            .components()
            .any(|c| ALWAYS_IGNORED.iter().any(|name| c.as_os_str() == *name))
        {
            return true;
        }
        // Globs are relative to the base directory; paths outside it are
        // judged by what lies below their root.
        let relative = path.strip_prefix(&self.base).unwrap_or(below_root);
        if self.globs.is_match(relative) {
            return true;
        }
        self.gitignores.iter().any(|g| {
            path.starts_with(g.path()) && g.matched_path_or_any_parents(path, is_dir).is_ignore()
        })
    }
}

impl Watcher {
    /// Starts watching; `on_batch` gets each batch (sorted by path, one
    /// entry a path), `on_notice` what else there is to say. Returns once
    /// every directory is watched.
    pub fn start(
        config: Config,
        on_batch: impl Fn(Vec<Change>) + Send + 'static,
        on_notice: impl Fn(Notice) + Send + 'static,
    ) -> notify::Result<Watcher> {
        let (tx, rx) = channel::<Message>();
        let events = tx.clone();
        let handler = move |event: notify::Result<notify::Event>| {
            let _ = events.send(Message::Event(event));
        };
        let mut backend = make_backend(config.poll, handler.clone())?;
        let mut filter = Filter::new(&config);
        let mut watched = HashSet::new();
        let mut fell_back = None;
        for root in &config.roots {
            let limit = if config.poll.is_some() {
                usize::MAX
            } else {
                watch_limit()
            };
            match add_tree(
                backend.as_mut(),
                limit,
                root,
                &config,
                &mut filter,
                &mut watched,
            ) {
                Err(e) if matches!(e.kind, notify::ErrorKind::MaxFilesWatch) => {
                    fell_back = Some(limit_message());
                    break;
                }
                Err(e) if matches!(e.kind, notify::ErrorKind::PathNotFound) => {}
                Err(e) => return Err(e),
                Ok(()) => {}
            }
        }
        let fell_back_to_polling = fell_back.is_some();
        if let Some(message) = fell_back {
            // Out of inotify watches: poll every directory instead.
            let interval = config.poll.unwrap_or(Duration::from_millis(500));
            backend = make_backend(Some(interval), handler)?;
            watched.clear();
            for root in &config.roots {
                let _ = add_tree(
                    backend.as_mut(),
                    usize::MAX,
                    root,
                    &config,
                    &mut filter,
                    &mut watched,
                );
            }
            on_notice(Notice::FellBackToPolling(message));
        }
        let polling = config.poll.is_some() || fell_back_to_polling;
        let state = Arc::new(Mutex::new(State {
            backend,
            filter,
            watched,
            config: config.clone(),
            polling,
        }));
        let thread = std::thread::Builder::new()
            .name("autorun-watch".into())
            .spawn(move || debounce_loop(&rx, &state, &on_batch, &on_notice))
            .map_err(notify::Error::io)?;
        Ok(Watcher {
            stop: tx,
            thread: Some(thread),
        })
    }

    pub fn close(mut self) {
        self.shutdown();
    }

    fn shutdown(&mut self) {
        let _ = self.stop.send(Message::Stop);
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

impl Drop for Watcher {
    fn drop(&mut self) {
        self.shutdown();
    }
}

/// How many directories one watcher may watch: the OS decides (inotify's
/// `max_user_watches`), unless `AUTORUN_MAX_WATCHES` sets a lower limit —
/// the way to try the polling fallback without changing the system.
fn watch_limit() -> usize {
    std::env::var("AUTORUN_MAX_WATCHES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(usize::MAX)
}

fn limit_message() -> String {
    let limit = match std::env::var("AUTORUN_MAX_WATCHES") {
        Ok(set) => format!("AUTORUN_MAX_WATCHES={set}"),
        Err(_) => std::fs::read_to_string("/proc/sys/fs/inotify/max_user_watches")
            .map(|s| s.trim().to_string())
            .unwrap_or_else(|_| "?".into()),
    };
    format!(
        "the system's limit of file watches ({limit}) is reached, so autorun polls for changes instead (slower).\n\
         hint: raise it with `sudo sysctl fs.inotify.max_user_watches=524288` \
         (and add `fs.inotify.max_user_watches=524288` to /etc/sysctl.conf to keep it)"
    )
}

fn make_backend(
    poll: Option<Duration>,
    handler: impl notify::EventHandler + Clone,
) -> notify::Result<Box<dyn notify::Watcher + Send>> {
    Ok(match poll {
        Some(interval) => Box::new(notify::PollWatcher::new(
            handler,
            notify::Config::default().with_poll_interval(interval),
        )?),
        None => Box::new(notify::RecommendedWatcher::new(
            handler,
            notify::Config::default(),
        )?),
    })
}

struct State {
    backend: Box<dyn notify::Watcher + Send>,
    filter: Filter,
    watched: HashSet<PathBuf>,
    config: Config,
    /// Polling (asked for, or fallen back to): no OS watch limit.
    polling: bool,
}

/// Watches `root` and every directory below it that is not ignored (one
/// non-recursive watch each, so ignored trees cost nothing).
fn add_tree(
    backend: &mut dyn notify::Watcher,
    limit: usize,
    root: &Path,
    config: &Config,
    filter: &mut Filter,
    watched: &mut HashSet<PathBuf>,
) -> notify::Result<()> {
    if root.is_file() {
        let dir = root.parent().unwrap_or(root);
        if watched.insert(dir.to_path_buf()) {
            backend.watch(dir, RecursiveMode::NonRecursive)?;
        }
        return Ok(());
    }
    if !root.is_dir() {
        return Err(notify::Error::path_not_found());
    }
    if config.gitignore {
        // The ignore files between the base directory and the root apply too
        // (a project's top-level .gitignore when `src/**` is watched).
        if let Ok(below) = root.strip_prefix(&config.base) {
            let mut dir = config.base.clone();
            filter.add_ignore_files(&dir);
            for part in below.parent().into_iter().flat_map(Path::components) {
                dir.push(part);
                filter.add_ignore_files(&dir);
            }
        }
    }
    let mut stack = vec![root.to_path_buf()];
    while let Some(dir) = stack.pop() {
        if config.gitignore {
            filter.add_ignore_files(&dir);
        }
        if watched.insert(dir.clone()) {
            if watched.len() > limit {
                return Err(notify::Error::new(notify::ErrorKind::MaxFilesWatch));
            }
            backend.watch(&dir, RecursiveMode::NonRecursive)?;
        }
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for entry in entries.flatten() {
            let is_dir = entry.file_type().is_ok_and(|t| t.is_dir());
            if is_dir {
                let path = entry.path();
                if !filter.ignored(&path, true) {
                    stack.push(path);
                }
            }
        }
    }
    Ok(())
}

fn kind_of(kind: &EventKind) -> Option<Kind> {
    use notify::event::{ModifyKind, RenameMode};
    match kind {
        EventKind::Create(_) => Some(Kind::Create),
        EventKind::Remove(_) => Some(Kind::Remove),
        EventKind::Modify(ModifyKind::Name(RenameMode::To)) => Some(Kind::Create),
        EventKind::Modify(ModifyKind::Name(RenameMode::From)) => Some(Kind::Remove),
        EventKind::Modify(ModifyKind::Name(_)) => Some(Kind::Rename),
        EventKind::Modify(_) | EventKind::Any | EventKind::Other => Some(Kind::Modify),
        EventKind::Access(_) => None,
    }
}

/// Merges what happened to one path within a batch.
fn merge(old: Kind, new: Kind) -> Kind {
    match (old, new) {
        (Kind::Create, Kind::Modify) => Kind::Create,
        (Kind::Remove, Kind::Create) => Kind::Modify,
        (_, new) => new,
    }
}

fn debounce_loop(
    rx: &Receiver<Message>,
    state: &Arc<Mutex<State>>,
    on_batch: &impl Fn(Vec<Change>),
    on_notice: &impl Fn(Notice),
) {
    let debounce = state
        .lock()
        .map(|s| s.config.debounce)
        .unwrap_or(Duration::from_millis(50));
    // A steady stream of events still gives a batch this often.
    let longest = (debounce * 20).max(Duration::from_secs(1));
    let mut batch: BTreeMap<PathBuf, Kind> = BTreeMap::new();
    // When the batch began, and when a path last joined it: only events
    // that add to the batch restart the quiet time (reads of watched files
    // and events outside the roots do not).
    let mut first: Option<Instant> = None;
    let mut last = Instant::now();
    loop {
        let message = match first {
            None => rx.recv().map_err(|_| RecvTimeoutError::Disconnected),
            Some(start) => {
                let due = (last + debounce).min(start + longest);
                rx.recv_timeout(due.saturating_duration_since(Instant::now()))
            }
        };
        match message {
            Ok(Message::Stop) | Err(RecvTimeoutError::Disconnected) => return,
            Ok(Message::Event(Err(e))) => {
                if matches!(e.kind, notify::ErrorKind::MaxFilesWatch) {
                    on_notice(Notice::Error(limit_message()));
                } else {
                    on_notice(Notice::Error(e.to_string()));
                }
            }
            Ok(Message::Event(Ok(event))) => {
                let Some(kind) = kind_of(&event.kind) else {
                    continue;
                };
                let Ok(mut state) = state.lock() else { return };
                if event.need_rescan() {
                    // The OS dropped events (its queue overflowed): say that
                    // everything watched may have changed.
                    for root in state.config.roots.clone() {
                        batch.insert(root, Kind::Modify);
                    }
                    on_notice(Notice::Error(
                        "too many changes at once: some were lost; reporting the watched roots as changed".into(),
                    ));
                }
                for path in event.paths {
                    let is_dir = path.is_dir();
                    if !state.filter.in_scope(&path) || state.filter.ignored(&path, is_dir) {
                        continue;
                    }
                    // A directory "modified" because an entry in it changed
                    // (polling sees its mtime move): the entry is reported.
                    if is_dir && kind == Kind::Modify {
                        continue;
                    }
                    if is_dir && kind == Kind::Create {
                        // A new directory: watch it, and report what is
                        // already in it (created before the watch).
                        let state = &mut *state;
                        let before: HashSet<PathBuf> = state.watched.clone();
                        let limit = if state.polling {
                            usize::MAX
                        } else {
                            watch_limit()
                        };
                        let _ = add_tree(
                            state.backend.as_mut(),
                            limit,
                            &path,
                            &state.config,
                            &mut state.filter,
                            &mut state.watched,
                        );
                        for dir in state.watched.difference(&before) {
                            if let Ok(entries) = std::fs::read_dir(dir) {
                                for entry in entries.flatten() {
                                    let p = entry.path();
                                    if !state.filter.ignored(&p, false) {
                                        batch.entry(p).or_insert(Kind::Create);
                                    }
                                }
                            }
                        }
                    }
                    if path
                        .file_name()
                        .is_some_and(|n| n == ".gitignore" || n == ".ignore")
                    {
                        if let Some(dir) = path.parent() {
                            if state.config.gitignore {
                                state.filter.add_ignore_files(dir);
                            }
                        }
                    }
                    let merged = batch.get(&path).map_or(kind, |&old| merge(old, kind));
                    batch.insert(path, merged);
                    last = Instant::now();
                }
                if first.is_none() && !batch.is_empty() {
                    first = Some(Instant::now());
                }
            }
            Err(RecvTimeoutError::Timeout) => {
                if first
                    .is_some_and(|start| Instant::now() < (last + debounce).min(start + longest))
                {
                    continue;
                }
                if !batch.is_empty() {
                    let changes = std::mem::take(&mut batch)
                        .into_iter()
                        .map(|(path, kind)| Change { path, kind })
                        .collect();
                    on_batch(changes);
                }
                first = None;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn config(dir: &Path) -> Config {
        Config {
            roots: vec![dir.to_path_buf()],
            ignore: vec!["dist".into()],
            base: dir.to_path_buf(),
            gitignore: true,
            debounce: Duration::from_millis(50),
            poll: None,
        }
    }

    #[test]
    fn the_filter_skips_fixed_dirs_globs_and_gitignored_paths() {
        let dir = tempfile::tempdir().expect("temp dir");
        let root = dir.path().canonicalize().expect("path");
        std::fs::write(root.join(".gitignore"), "*.log\nbuild/\n").expect("write");
        let mut filter = Filter::new(&config(&root));
        filter.add_ignore_files(&root);
        assert!(filter.ignored(&root.join(".git/index"), false));
        assert!(filter.ignored(&root.join("a/node_modules/x.js"), false));
        assert!(filter.ignored(&root.join("dist/app.js"), false));
        assert!(filter.ignored(&root.join("debug.log"), false));
        assert!(filter.ignored(&root.join("build"), true));
        assert!(filter.ignored(&root.join("build/out.o"), false));
        assert!(!filter.ignored(&root.join("src/app.js"), false));
    }

    #[test]
    fn fixed_dirs_and_globs_count_only_below_the_root() {
        let dir = tempfile::tempdir().expect("temp dir");
        let root = dir
            .path()
            .canonicalize()
            .expect("path")
            .join("node_modules/pkg");
        std::fs::create_dir_all(&root).expect("mkdir");
        let mut cfg = config(&root);
        cfg.ignore = vec!["*.tmp".into()];
        let filter = Filter::new(&cfg);
        assert!(!filter.ignored(&root.join("index.js"), false));
        assert!(filter.ignored(&root.join("node_modules/dep/index.js"), false));
        assert!(filter.ignored(&root.join("x.tmp"), false));
        assert!(
            !filter.ignored(&root.join("sub/x.tmp"), false),
            "`*` stays in one segment"
        );
    }

    #[test]
    fn a_burst_of_writes_is_one_batch_with_every_path() {
        let dir = tempfile::tempdir().expect("temp dir");
        let root = dir.path().canonicalize().expect("path");
        std::fs::create_dir(root.join("src")).expect("mkdir");
        std::fs::write(root.join(".gitignore"), "*.log\n").expect("write");
        let (tx, rx) = channel();
        let watcher = Watcher::start(
            config(&root),
            move |batch| {
                let _ = tx.send(batch);
            },
            |_| {},
        )
        .expect("watcher");
        for i in 0..20 {
            std::fs::write(root.join(format!("src/f{i}.txt")), "x").expect("write");
        }
        std::fs::write(root.join("debug.log"), "x").expect("write");
        let batch = rx.recv_timeout(Duration::from_secs(5)).expect("a batch");
        let paths: Vec<PathBuf> = batch.iter().map(|c| c.path.clone()).collect();
        let mut expected: Vec<PathBuf> = (0..20)
            .map(|i| root.join(format!("src/f{i}.txt")))
            .collect();
        expected.sort();
        assert_eq!(paths, expected);
        assert!(batch.iter().all(|c| c.kind == Kind::Create));
        watcher.close();
    }
}
