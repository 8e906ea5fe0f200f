//! `glob(patterns, options)`: the files under a directory that match
//! glob patterns, walking only the directories that can hold a match.
//!
//! Patterns: `*`, `?`, `**`, `[...]`, `{a,b}`; a leading `!` excludes. With
//! `dot: false` a name starting with `.` matches only a pattern segment that
//! starts with `.` itself. `.git` and `node_modules` are entered only when a
//! pattern names them. `.gitignore`/`.ignore` rules apply with `gitignore`.

use std::path::{Path, PathBuf};

use super::readdir::{DirReader, Kind};
use globset::{Candidate, GlobBuilder, GlobSet, GlobSetBuilder};

#[derive(Debug, Clone)]
pub struct GlobOptions {
    pub cwd: PathBuf,
    pub ignore: Vec<String>,
    pub dot: bool,
    pub only_files: bool,
    pub only_directories: bool,
    pub follow_symlinks: bool,
    pub gitignore: bool,
    pub absolute: bool,
}

impl GlobOptions {
    pub fn new(cwd: PathBuf) -> Self {
        Self {
            cwd,
            ignore: Vec::new(),
            dot: false,
            only_files: true,
            only_directories: false,
            follow_symlinks: true,
            gitignore: false,
            absolute: false,
        }
    }
}

#[derive(Debug)]
pub struct GlobError(pub String);

impl std::fmt::Display for GlobError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

fn compile(patterns: &[String]) -> Result<GlobSet, GlobError> {
    let mut builder = GlobSetBuilder::new();
    for pattern in patterns {
        let glob = GlobBuilder::new(pattern)
            .literal_separator(true)
            .backslash_escape(true)
            .build()
            .map_err(|e| GlobError(format!("invalid glob `{pattern}`: {}", e.kind())))?;
        builder.add(glob);
    }
    builder
        .build()
        .map_err(|e| GlobError(format!("invalid glob: {e}")))
}

/// Checks that every pattern compiles, without touching the file system.
pub fn check(patterns: &[String]) -> Result<(), GlobError> {
    let cleaned: Vec<String> = patterns
        .iter()
        .map(|p| clean(p.trim_start_matches('!')))
        .collect();
    compile(&cleaned).map(|_| ())
}

/// Strips `./` and a trailing `/` so patterns compare with walked paths.
fn clean(pattern: &str) -> String {
    let mut p = pattern.trim_start_matches("./").to_string();
    while p.len() > 1 && p.ends_with('/') {
        p.pop();
    }
    p
}

fn is_magic(segment: &str) -> bool {
    segment.contains(['*', '?', '[', '{', ']', '}'])
}

/// The literal directory a pattern starts in, and how deep below it a match
/// can be (`None` with `**`).
fn root_and_depth(pattern: &str) -> (String, Option<usize>) {
    let segments: Vec<&str> = pattern.split('/').collect();
    let literal = segments.iter().take_while(|s| !is_magic(s)).count();
    // A pattern with no magic names one path: walk its parent.
    let literal = literal.min(segments.len().saturating_sub(1));
    let root = segments[..literal].join("/");
    let rest = &segments[literal..];
    let depth = if rest.iter().any(|s| s.contains("**")) {
        None
    } else {
        Some(rest.len())
    };
    (root, depth)
}

fn has_dot_segment(path: &str) -> bool {
    path.split('/')
        .any(|s| s.starts_with('.') && s != "." && s != "..")
}

/// The matching paths, sorted, relative to `cwd` (absolute with `absolute`).
pub fn glob(patterns: &[String], options: &GlobOptions) -> Result<Vec<String>, GlobError> {
    let mut includes = Vec::new();
    let mut excludes: Vec<String> = options.ignore.iter().map(|p| clean(p)).collect();
    for pattern in patterns {
        match pattern.strip_prefix('!') {
            Some(rest) => excludes.push(clean(rest)),
            None => includes.push(clean(pattern)),
        }
    }
    if includes.is_empty() {
        return Ok(Vec::new());
    }
    // Patterns that name dot entries themselves may match them with dot: false.
    let (dotted, plain): (Vec<String>, Vec<String>) =
        includes.iter().cloned().partition(|p| has_dot_segment(p));
    let plain_set = compile(&plain)?;
    let dotted_set = compile(&dotted)?;
    let exclude_set = compile(&excludes)?;
    let names_special = |name: &str| includes.iter().any(|p| p.split('/').any(|s| s == name));
    let enter_git = names_special(".git");
    let enter_node_modules = names_special("node_modules");

    let mut roots: Vec<(String, Option<usize>)> =
        includes.iter().map(|p| root_and_depth(p)).collect();
    roots.sort();
    roots.dedup();

    let sets = (&plain_set, &dotted_set, &exclude_set);
    let mut found = if options.gitignore {
        walk_with_ignore(
            &roots,
            &includes,
            options,
            sets,
            enter_git,
            enter_node_modules,
        )
    } else {
        let walk = Walk {
            options,
            sets,
            enter_git,
            enter_node_modules,
            // Without `dot`, a dot directory's contents can only match a
            // pattern that names dot entries itself.
            enter_dot: options.dot || !dotted.is_empty(),
        };
        walk.run(&roots, &includes)
    };
    found.sort_unstable();
    found.dedup();
    Ok(found)
}

/// The fast walk (no ignore files): `readdir` only, the file type from the
/// directory entry (a `stat` only for symlinks), paths built relative to
/// `cwd` as the walk goes down, directories shared out to worker threads.
struct Walk<'a> {
    options: &'a GlobOptions,
    sets: (&'a GlobSet, &'a GlobSet, &'a GlobSet),
    enter_git: bool,
    enter_node_modules: bool,
    enter_dot: bool,
}

/// A directory waiting to be read: its path, its path relative to `cwd`,
/// and its depth below the walk's root.
struct Dir {
    path: PathBuf,
    relative: String,
    depth: usize,
    max_depth: Option<usize>,
    /// Whether a name in `relative` starts with a dot.
    dotted: bool,
}

#[derive(Default)]
struct Queue {
    dirs: Vec<Dir>,
    /// Directories handed out and not finished yet.
    busy: usize,
}

impl Walk<'_> {
    fn run(&self, roots: &[(String, Option<usize>)], includes: &[String]) -> Vec<String> {
        let mut found = Vec::new();
        let mut queue = Queue::default();
        for (root, depth) in roots {
            let start = if root.is_empty() {
                self.options.cwd.clone()
            } else {
                self.options.cwd.join(root)
            };
            let Ok(meta) = std::fs::metadata(&start) else {
                continue;
            };
            // The root itself counts only when a pattern names it literally.
            if !root.is_empty() && (!meta.is_dir() || patterns_name_dir(includes, root)) {
                found.extend(self.decide(root, meta.is_dir(), has_dot_segment(root)));
            }
            if meta.is_dir() {
                queue.dirs.push(Dir {
                    path: start,
                    relative: root.clone(),
                    depth: 0,
                    max_depth: depth.map(|d| d.max(1)),
                    dotted: has_dot_segment(root),
                });
            }
        }
        let threads = std::thread::available_parallelism().map_or(2, std::num::NonZero::get);
        let shared = (std::sync::Mutex::new(queue), std::sync::Condvar::new());
        let results = std::sync::Mutex::new(found);
        std::thread::scope(|scope| {
            for _ in 1..threads {
                scope.spawn(|| self.work(&shared, &results));
            }
            self.work(&shared, &results);
        });
        results.into_inner().unwrap_or_default()
    }

    /// One worker: takes directories until none are left and none are
    /// being read (a directory being read may still add more).
    fn work(
        &self,
        (queue, wake): &(std::sync::Mutex<Queue>, std::sync::Condvar),
        results: &std::sync::Mutex<Vec<String>>,
    ) {
        let mut found = Vec::new();
        let mut below = Vec::new();
        loop {
            let dir = {
                let Ok(mut q) = queue.lock() else { break };
                loop {
                    if let Some(dir) = q.dirs.pop() {
                        q.busy += 1;
                        break Some(dir);
                    }
                    if q.busy == 0 {
                        break None;
                    }
                    q = match wake.wait(q) {
                        Ok(q) => q,
                        Err(_) => return,
                    };
                }
            };
            let Some(dir) = dir else { break };
            self.read(&dir, &mut found, &mut below);
            let Ok(mut q) = queue.lock() else { break };
            q.busy -= 1;
            let more = !below.is_empty();
            q.dirs.append(&mut below);
            if more || q.busy == 0 {
                wake.notify_all();
            }
        }
        wake.notify_all();
        if let Ok(mut all) = results.lock() {
            all.append(&mut found);
        }
    }

    /// Reads one directory: its matches go to `found`, the directories to
    /// enter to `below`. Unreadable directories and broken links are
    /// passed over, as the walk of `find` does.
    fn read(&self, dir: &Dir, found: &mut Vec<String>, below: &mut Vec<Dir>) {
        let Some(reader) = DirReader::open(&dir.path) else {
            return;
        };
        let depth = dir.depth + 1;
        let mut relative = dir.relative.clone();
        if !relative.is_empty() {
            relative.push('/');
        }
        let prefix = relative.len();
        reader.for_each(|name, kind| {
            let name = String::from_utf8_lossy(name);
            let is_dir = match kind {
                Kind::Dir => true,
                Kind::File => false,
                Kind::Symlink if !self.options.follow_symlinks => false,
                Kind::Symlink | Kind::Unknown => {
                    let path = dir.path.join(&*name);
                    let Ok(meta) = std::fs::metadata(&path) else {
                        // A broken link, or gone since the directory was read.
                        return;
                    };
                    if meta.is_dir() && kind == Kind::Symlink && leads_to_ancestor(&path, &dir.path)
                    {
                        return;
                    }
                    meta.is_dir()
                }
            };
            if is_dir
                && ((!self.enter_node_modules && name == "node_modules")
                    || (!self.enter_git && name == ".git"))
            {
                return;
            }
            relative.truncate(prefix);
            relative.push_str(&name);
            let dotted = dir.dotted || name.starts_with('.');
            if is_dir && dir.max_depth.is_none_or(|max| depth < max) && (self.enter_dot || !dotted)
            {
                below.push(Dir {
                    path: dir.path.join(&*name),
                    relative: relative.clone(),
                    depth,
                    max_depth: dir.max_depth,
                    dotted,
                });
            }
            if let Some(path) = self.decide(&relative, is_dir, dotted) {
                found.push(path);
            }
        });
    }

    /// The path to report when `relative` matches; `dotted`: whether one of
    /// its names starts with a dot.
    fn decide(&self, relative: &str, is_dir: bool, dotted: bool) -> Option<String> {
        decide(relative, is_dir, dotted, self.options, self.sets)
    }
}

/// Whether a symlinked directory points at the directory holding it or one
/// above it (following it would walk forever).
fn leads_to_ancestor(link: &Path, holder: &Path) -> bool {
    match (std::fs::canonicalize(link), std::fs::canonicalize(holder)) {
        (Ok(target), Ok(holder)) => holder.starts_with(target),
        _ => true,
    }
}

/// The walk through the `ignore` crate, for `gitignore: true`.
fn walk_with_ignore(
    roots: &[(String, Option<usize>)],
    includes: &[String],
    options: &GlobOptions,
    sets: (&GlobSet, &GlobSet, &GlobSet),
    enter_git: bool,
    enter_node_modules: bool,
) -> Vec<String> {
    let found = std::sync::Mutex::new(Vec::new());
    let threads = std::thread::available_parallelism().map_or(2, std::num::NonZero::get);
    for (root, depth) in roots {
        let start = if root.is_empty() {
            options.cwd.clone()
        } else {
            options.cwd.join(root)
        };
        if !start.exists() {
            continue;
        }
        let mut walker = ignore::WalkBuilder::new(&start);
        walker
            .hidden(false)
            .parents(true)
            .ignore(true)
            .git_ignore(true)
            .git_global(false)
            .git_exclude(true)
            .require_git(false)
            .follow_links(options.follow_symlinks)
            .threads(threads)
            .max_depth(depth.map(|d| d.max(1)));
        walker.filter_entry(move |entry| {
            let name = entry.file_name().to_string_lossy();
            entry.depth() == 0
                || !entry.file_type().is_some_and(|t| t.is_dir())
                || ((enter_node_modules || name != "node_modules") && (enter_git || name != ".git"))
        });
        let name_root = start.is_dir() && !patterns_name_dir(includes, root);
        // Each walker thread collects locally and merges once at its end.
        walker.build_parallel().run(|| {
            let mut local = Local {
                found: Vec::new(),
                into: &found,
            };
            Box::new(move |entry| {
                let Ok(entry) = entry else {
                    return ignore::WalkState::Continue;
                };
                // The walk's root counts only when a pattern names it literally.
                let skip_root = entry.depth() == 0 && (root.is_empty() || name_root);
                if !skip_root {
                    let is_dir = entry.file_type().is_some_and(|t| t.is_dir());
                    if let Some(path) = matching(entry.path(), is_dir, options, sets) {
                        local.found.push(path);
                    }
                }
                ignore::WalkState::Continue
            })
        });
    }
    found.into_inner().unwrap_or_default()
}

fn patterns_name_dir(includes: &[String], root: &str) -> bool {
    includes.iter().any(|p| p == root)
}

/// A walker thread's matches, merged into the shared list when it finishes.
struct Local<'a> {
    found: Vec<String>,
    into: &'a std::sync::Mutex<Vec<String>>,
}

impl Drop for Local<'_> {
    fn drop(&mut self) {
        if let Ok(mut all) = self.into.lock() {
            all.append(&mut self.found);
        }
    }
}

/// The path to report when `path` (from the `ignore` walk) matches.
fn matching(
    path: &Path,
    is_dir: bool,
    options: &GlobOptions,
    sets: (&GlobSet, &GlobSet, &GlobSet),
) -> Option<String> {
    let relative = path.strip_prefix(&options.cwd).ok()?;
    let relative = relative.to_string_lossy().replace('\\', "/");
    decide(&relative, is_dir, has_dot_segment(&relative), options, sets)
}

/// The path to report when `relative` (to `cwd`) matches, else `None`;
/// `dotted`: whether one of its names starts with a dot.
fn decide(
    relative: &str,
    is_dir: bool,
    dotted: bool,
    options: &GlobOptions,
    (plain, dotted_set, excludes): (&GlobSet, &GlobSet, &GlobSet),
) -> Option<String> {
    if relative.is_empty()
        || (options.only_directories && !is_dir)
        || (options.only_files && !options.only_directories && is_dir)
    {
        return None;
    }
    let candidate = Candidate::new(relative);
    let matched = (!dotted || options.dot) && plain.is_match_candidate(&candidate)
        || dotted_set.is_match_candidate(&candidate);
    if !matched || excludes.is_match_candidate(&candidate) {
        return None;
    }
    Some(if options.absolute {
        options.cwd.join(relative).display().to_string()
    } else {
        relative.to_string()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tree(files: &[&str]) -> tempfile::TempDir {
        let dir = tempfile::tempdir().expect("temp dir");
        for file in files {
            let path = dir.path().join(file);
            if let Some(parent) = path.parent() {
                std::fs::create_dir_all(parent).expect("mkdir");
            }
            if file.ends_with('/') {
                std::fs::create_dir_all(&path).expect("mkdir");
            } else {
                std::fs::write(&path, "x").expect("write");
            }
        }
        dir
    }

    fn run(
        dir: &tempfile::TempDir,
        patterns: &[&str],
        tweak: impl FnOnce(&mut GlobOptions),
    ) -> Vec<String> {
        let mut options = GlobOptions::new(dir.path().to_path_buf());
        tweak(&mut options);
        let patterns: Vec<String> = patterns.iter().map(|p| (*p).to_string()).collect();
        glob(&patterns, &options).expect("glob")
    }

    #[test]
    fn stars_and_globstars() {
        let dir = tree(&[
            "a.js",
            "b.ts",
            "src/c.js",
            "src/deep/d.js",
            "src/deep/e.css",
        ]);
        assert_eq!(run(&dir, &["*.js"], |_| {}), vec!["a.js"]);
        assert_eq!(
            run(&dir, &["**/*.js"], |_| {}),
            vec!["a.js", "src/c.js", "src/deep/d.js"]
        );
        assert_eq!(
            run(&dir, &["src/**/*.{js,css}"], |_| {}),
            vec!["src/c.js", "src/deep/d.js", "src/deep/e.css"]
        );
        assert_eq!(run(&dir, &["src/?.js"], |_| {}), vec!["src/c.js"]);
        assert_eq!(run(&dir, &["[ab].*"], |_| {}), vec!["a.js", "b.ts"]);
    }

    #[test]
    fn negation_and_ignore() {
        let dir = tree(&["a.js", "b.js", "src/c.js"]);
        assert_eq!(
            run(&dir, &["**/*.js", "!b.js"], |_| {}),
            vec!["a.js", "src/c.js"]
        );
        assert_eq!(
            run(&dir, &["**/*.js"], |o| o.ignore = vec!["src/**".into()]),
            vec!["a.js", "b.js"]
        );
    }

    #[test]
    fn dot_files_need_dot_or_an_explicit_pattern() {
        let dir = tree(&[".env", "a.txt", ".github/ci.yml"]);
        assert_eq!(run(&dir, &["*"], |_| {}), vec!["a.txt"]);
        assert_eq!(run(&dir, &["*"], |o| o.dot = true), vec![".env", "a.txt"]);
        assert_eq!(
            run(&dir, &[".github/*.yml"], |_| {}),
            vec![".github/ci.yml"]
        );
    }

    #[test]
    fn git_and_node_modules_are_not_entered_unless_named() {
        let dir = tree(&["a.js", "node_modules/x/i.js", ".git/h.js"]);
        assert_eq!(run(&dir, &["**/*.js"], |o| o.dot = true), vec!["a.js"]);
        assert_eq!(
            run(&dir, &["node_modules/**/*.js"], |_| {}),
            vec!["node_modules/x/i.js"]
        );
    }

    #[test]
    fn only_directories_and_absolute() {
        let dir = tree(&["src/a.js", "lib/"]);
        assert_eq!(
            run(&dir, &["*"], |o| o.only_directories = true),
            vec!["lib", "src"]
        );
        assert_eq!(
            run(&dir, &["*"], |o| o.only_files = false),
            vec!["lib", "src"]
        );
        let abs = run(&dir, &["src/*.js"], |o| o.absolute = true);
        assert_eq!(abs, vec![dir.path().join("src/a.js").display().to_string()]);
    }

    #[test]
    fn gitignore_when_asked() {
        let dir = tree(&["a.js", "dist/b.js", ".gitignore"]);
        std::fs::write(dir.path().join(".gitignore"), "dist/\n").expect("write");
        assert_eq!(run(&dir, &["**/*.js"], |_| {}), vec!["a.js", "dist/b.js"]);
        assert_eq!(
            run(&dir, &["**/*.js"], |o| o.gitignore = true),
            vec!["a.js"]
        );
    }

    #[test]
    fn literal_paths_match_themselves() {
        let dir = tree(&["src/a.js"]);
        assert_eq!(run(&dir, &["src/a.js"], |_| {}), vec!["src/a.js"]);
        assert_eq!(run(&dir, &["src/missing.js"], |_| {}), Vec::<String>::new());
    }

    #[test]
    fn symlinks_are_followed_without_loops_and_broken_ones_skipped() {
        let dir = tree(&["real/x.js", "a/y.js"]);
        let link = |target: &str, at: &str| {
            std::os::unix::fs::symlink(target, dir.path().join(at)).expect("symlink");
        };
        link("real", "via");
        link("..", "a/up");
        link("missing.js", "broken.js");
        assert_eq!(
            run(&dir, &["**/*.js"], |_| {}),
            vec!["a/y.js", "real/x.js", "via/x.js"]
        );
        assert_eq!(
            run(&dir, &["**/*.js"], |o| o.follow_symlinks = false),
            vec!["a/y.js", "broken.js", "real/x.js"]
        );
    }

    #[test]
    fn dot_directories_hold_matches_only_for_dotted_patterns() {
        let dir = tree(&[".cache/a.txt", "b.txt", ".config/c/d.txt"]);
        assert_eq!(run(&dir, &["**/*.txt"], |_| {}), vec!["b.txt"]);
        assert_eq!(
            run(&dir, &["**/*.txt"], |o| o.dot = true),
            vec![".cache/a.txt", ".config/c/d.txt", "b.txt"]
        );
        assert_eq!(
            run(&dir, &[".config/**/*.txt"], |_| {}),
            vec![".config/c/d.txt"]
        );
    }

    #[test]
    fn roots_limit_the_walk() {
        assert_eq!(root_and_depth("src/**/*.css"), ("src".to_string(), None));
        assert_eq!(root_and_depth("src/*.css"), ("src".to_string(), Some(1)));
        assert_eq!(root_and_depth("*.js"), (String::new(), Some(1)));
        assert_eq!(root_and_depth("a/b/c.txt"), ("a/b".to_string(), Some(1)));
    }
}
