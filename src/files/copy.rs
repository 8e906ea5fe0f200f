//! Copying files and trees: modes and times kept, files copied in parallel,
//! each through a temp name and a rename so no half file is ever left at
//! the destination.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;

#[derive(Debug, Clone, Copy)]
pub struct CopyOptions {
    /// Replace existing destination files (default true).
    pub overwrite: bool,
    /// With `overwrite: false`, an existing destination is an error.
    pub error_on_exist: bool,
}

static TEMP_COUNTER: AtomicUsize = AtomicUsize::new(0);

fn temp_name(dest: &Path) -> PathBuf {
    let n = TEMP_COUNTER.fetch_add(1, Ordering::Relaxed);
    let name = dest
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    dest.with_file_name(format!(".{name}.autorun-{}-{n}.tmp", std::process::id()))
}

/// Copies one file, keeping its mode and times.
pub fn copy_file(src: &Path, dest: &Path, options: CopyOptions) -> io::Result<()> {
    if !options.overwrite && fs::symlink_metadata(dest).is_ok() {
        return if options.error_on_exist {
            Err(io::Error::from_raw_os_error(libc::EEXIST))
        } else {
            Ok(())
        };
    }
    let meta = fs::metadata(src)?;
    let temp = temp_name(dest);
    let result = (|| {
        fs::copy(src, &temp)?;
        let file = fs::File::options().write(true).open(&temp)?;
        file.set_times(
            fs::FileTimes::new()
                .set_accessed(meta.accessed()?)
                .set_modified(meta.modified()?),
        )?;
        drop(file);
        fs::rename(&temp, dest)
    })();
    if result.is_err() {
        let _ = fs::remove_file(&temp);
    }
    result
}

/// Copies `src` (a file, a symlink or a tree) to `dest`.
pub fn copy(src: &Path, dest: &Path, options: CopyOptions) -> io::Result<()> {
    let meta = fs::symlink_metadata(src)?;
    if meta.file_type().is_symlink() {
        let target = fs::read_link(src)?;
        let _ = fs::remove_file(dest);
        return std::os::unix::fs::symlink(target, dest);
    }
    if !meta.is_dir() {
        return copy_file(src, dest, options);
    }
    // Directories first (in order), then every file, in parallel.
    let mut dirs = vec![(src.to_path_buf(), dest.to_path_buf(), meta.permissions())];
    let mut files = Vec::new();
    let mut links = Vec::new();
    let mut i = 0;
    while i < dirs.len() {
        let (from, to, _) = dirs[i].clone();
        fs::create_dir_all(&to)?;
        for entry in fs::read_dir(&from)? {
            let entry = entry?;
            let kind = entry.file_type()?;
            let target = to.join(entry.file_name());
            if kind.is_dir() {
                dirs.push((entry.path(), target, entry.metadata()?.permissions()));
            } else if kind.is_symlink() {
                links.push((entry.path(), target));
            } else {
                files.push((entry.path(), target));
            }
        }
        i += 1;
    }
    for (from, to) in &links {
        let _ = fs::remove_file(to);
        std::os::unix::fs::symlink(fs::read_link(from)?, to)?;
    }
    let workers = std::thread::available_parallelism()
        .map_or(2, std::num::NonZero::get)
        .clamp(2, 8);
    let next = AtomicUsize::new(0);
    let first_error: Mutex<Option<io::Error>> = Mutex::new(None);
    std::thread::scope(|scope| {
        for _ in 0..workers {
            scope.spawn(|| loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                let Some((from, to)) = files.get(i) else {
                    return;
                };
                if let Err(e) = copy_file(from, to, options) {
                    if let Ok(mut slot) = first_error.lock() {
                        slot.get_or_insert(e);
                    }
                    next.store(files.len(), Ordering::Relaxed);
                    return;
                }
            });
        }
    });
    if let Some(e) = first_error.into_inner().ok().flatten() {
        return Err(e);
    }
    for (_, to, permissions) in dirs.iter().rev() {
        fs::set_permissions(to, permissions.clone())?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::os::unix::fs::PermissionsExt;

    #[test]
    fn copies_a_tree_with_modes_and_times() {
        let dir = tempfile::tempdir().expect("temp");
        let src = dir.path().join("src");
        fs::create_dir_all(src.join("a/b")).expect("mkdir");
        fs::write(src.join("a/b/f.txt"), "hello").expect("write");
        fs::set_permissions(src.join("a/b/f.txt"), fs::Permissions::from_mode(0o640))
            .expect("chmod");
        let old = std::time::UNIX_EPOCH + std::time::Duration::from_secs(1_000_000);
        fs::File::options()
            .write(true)
            .open(src.join("a/b/f.txt"))
            .and_then(|f| f.set_modified(old))
            .expect("mtime");
        let options = CopyOptions {
            overwrite: true,
            error_on_exist: false,
        };
        copy(&src, &dir.path().join("dest"), options).expect("copy");
        let copied = dir.path().join("dest/a/b/f.txt");
        assert_eq!(fs::read_to_string(&copied).expect("read"), "hello");
        let meta = fs::metadata(&copied).expect("meta");
        assert_eq!(meta.permissions().mode() & 0o777, 0o640);
        assert_eq!(meta.modified().expect("mtime"), old);
        let leftovers: Vec<_> = fs::read_dir(dir.path().join("dest/a/b"))
            .expect("ls")
            .collect();
        assert_eq!(leftovers.len(), 1, "no temp files left");
    }

    #[test]
    fn existing_files_follow_the_options() {
        let dir = tempfile::tempdir().expect("temp");
        fs::write(dir.path().join("a"), "new").expect("write");
        fs::write(dir.path().join("b"), "old").expect("write");
        let keep = CopyOptions {
            overwrite: false,
            error_on_exist: false,
        };
        copy(&dir.path().join("a"), &dir.path().join("b"), keep).expect("copy");
        assert_eq!(
            fs::read_to_string(dir.path().join("b")).expect("read"),
            "old"
        );
        let strict = CopyOptions {
            overwrite: false,
            error_on_exist: true,
        };
        assert!(copy(&dir.path().join("a"), &dir.path().join("b"), strict).is_err());
    }
}
