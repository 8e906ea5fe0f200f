//! File system natives for `node:fs` and `node:fs/promises`.
//!
//! Every op takes a final `sync` flag: `true` runs it now and returns the
//! value (or throws); `false` runs it on tokio's blocking pool and returns a
//! promise the loop settles when it finishes. Errors carry Node's
//! `code`/`errno`/`syscall`/`path`/`dest`. Option defaults and argument
//! checks are in `stdlib/node/fs.js`.

use std::collections::HashMap;
use std::fs::{self, File, OpenOptions};
use std::io::{self, Read, Write};
use std::os::unix::fs::{DirBuilderExt, FileExt, MetadataExt, OpenOptionsExt, PermissionsExt};
use std::path::Path;
use std::sync::{Arc, Mutex, OnceLock};

use boa_engine::object::builtins::{AlignedVec, JsArray, JsArrayBuffer, JsPromise, JsUint8Array};
use boa_engine::{Context, JsResult, JsString, JsValue};

use super::{
    arg, arg_f64, arg_string, buffer_window, byte_source, bytes_of, io_error_with_dest, string,
    uint8_array, with_bytes, Op,
};
use crate::runtime::host::{Host, HostEvent, Step};

pub static OPS: &[Op] = &[
    ("op_fs_read_file", op_fs_read_file, 3),
    ("op_fs_write_file", op_fs_write_file, 5),
    ("op_fs_stat", op_fs_stat, 3),
    ("op_fs_readdir", op_fs_readdir, 4),
    ("op_fs_mkdir", op_fs_mkdir, 4),
    ("op_fs_rm", op_fs_rm, 4),
    ("op_fs_rmdir", op_fs_rmdir, 2),
    ("op_fs_unlink", op_fs_unlink, 2),
    ("op_fs_rename", op_fs_rename, 3),
    ("op_fs_copy_file", op_fs_copy_file, 4),
    ("op_fs_access", op_fs_access, 3),
    ("op_fs_chmod", op_fs_chmod, 3),
    ("op_fs_utimes", op_fs_utimes, 4),
    ("op_fs_symlink", op_fs_symlink, 3),
    ("op_fs_link", op_fs_link, 3),
    ("op_fs_readlink", op_fs_readlink, 2),
    ("op_fs_realpath", op_fs_realpath, 2),
    ("op_fs_mkdtemp", op_fs_mkdtemp, 2),
    ("op_fs_truncate", op_fs_truncate, 3),
    ("op_fs_exists", op_fs_exists, 1),
    ("op_fs_open", op_fs_open, 4),
    ("op_fs_close", op_fs_close, 2),
    ("op_fs_read", op_fs_read, 4),
    ("op_fs_write", op_fs_write, 4),
    ("op_fs_fstat", op_fs_fstat, 2),
    ("op_fs_ftruncate", op_fs_ftruncate, 3),
    ("op_fs_read_lines", op_fs_read_lines, 2),
    ("op_fs_copy_tree", op_fs_copy_tree, 5),
];

/// What to put in an error: the syscall Node names and the paths involved.
pub(super) struct ErrorContext {
    pub syscall: &'static str,
    pub path: Option<String>,
    pub dest: Option<String>,
}

fn on(syscall: &'static str, path: &str) -> ErrorContext {
    ErrorContext {
        syscall,
        path: Some(path.to_string()),
        dest: None,
    }
}

/// A value made on a blocking-pool thread, turned into JS on the JS thread.
pub(super) type ToJs<T> = fn(T, &mut Context) -> JsResult<JsValue>;

/// An error from one call inside an op that is not the call the op is named
/// after, reported as Node reports it: `read`/`write` after `open` succeeded
/// (no path: `EISDIR: illegal operation on a directory, read`), or the
/// `lstat` that `rm` makes first (`lstat 'missing'`).
#[derive(Debug)]
struct FailedStep {
    syscall: &'static str,
    path: Option<String>,
    error: io::Error,
}

impl std::fmt::Display for FailedStep {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.error.fmt(f)
    }
}

impl std::error::Error for FailedStep {}

/// Tags an I/O error as coming from `syscall` (on `path`, when Node names it).
fn step<'a>(
    syscall: &'static str,
    path: Option<&'a str>,
) -> impl FnOnce(io::Error) -> io::Error + 'a {
    move |error| {
        let path = path.map(str::to_string);
        io::Error::new(
            error.kind(),
            FailedStep {
                syscall,
                path,
                error,
            },
        )
    }
}

/// Tags an I/O error as coming from `syscall` on an open file.
fn after_open(syscall: &'static str) -> impl FnOnce(io::Error) -> io::Error {
    step(syscall, None)
}

/// The JS error for a failed op: its own call and path, or the step that
/// failed.
fn op_error(e: &io::Error, error: &ErrorContext, ctx: &mut Context) -> boa_engine::JsError {
    if let Some(step) = e
        .get_ref()
        .and_then(|inner| inner.downcast_ref::<FailedStep>())
    {
        return io_error_with_dest(&step.error, step.syscall, step.path.as_deref(), None, ctx);
    }
    io_error_with_dest(
        e,
        error.syscall,
        error.path.as_deref(),
        error.dest.as_deref(),
        ctx,
    )
}

/// Runs `work` now (`sync`) or on the blocking pool with a promise.
pub(super) fn dispatch<T: Send + 'static>(
    ctx: &mut Context,
    sync: bool,
    error: ErrorContext,
    work: impl FnOnce() -> io::Result<T> + Send + 'static,
    to_js: ToJs<T>,
) -> JsResult<JsValue> {
    if sync {
        return match work() {
            Ok(value) => to_js(value, ctx),
            Err(e) => Err(op_error(&e, &error, ctx)),
        };
    }
    let host = Host::get(ctx);
    let (promise, resolvers) = JsPromise::new_pending(ctx);
    let id = host.register_op(resolvers);
    let sender = host.sender();
    tokio::task::spawn_blocking(move || {
        let result = work();
        let settle = Box::new(move |ctx: &mut Context| match result {
            Ok(value) => to_js(value, ctx),
            Err(e) => Err(op_error(&e, &error, ctx)),
        });
        // The loop is gone only when the program is ending.
        let _ = sender.send(HostEvent::OpDone { id, settle });
    });
    Ok(promise.into())
}

fn sync_flag(args: &[JsValue], i: usize) -> bool {
    arg(args, i).to_boolean()
}

fn undefined(_: (), _: &mut Context) -> JsResult<JsValue> {
    Ok(JsValue::undefined())
}

fn to_string_value(s: String, _: &mut Context) -> JsResult<JsValue> {
    Ok(string(&s))
}

fn to_bytes_value(bytes: Vec<u8>, ctx: &mut Context) -> JsResult<JsValue> {
    uint8_array(&bytes, ctx)
}

/// UTF-8 text as a UTF-16 string: Boa searches and matches those fast.
fn utf16_string(text: &str) -> JsValue {
    let units: Vec<u16> = text.encode_utf16().collect();
    JsValue::from(JsString::from(&units[..]))
}

fn to_text_value(bytes: Vec<u8>, _: &mut Context) -> JsResult<JsValue> {
    Ok(utf16_string(&String::from_utf8_lossy(&bytes)))
}

/// `op_fs_read_file(path, utf8, sync)` → string (utf8) or Uint8Array.
fn op_fs_read_file(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let path = arg_string(args, 0, ctx)?;
    let utf8 = arg(args, 1).to_boolean();
    let error = on("open", &path);
    if utf8 {
        return dispatch(
            ctx,
            sync_flag(args, 2),
            error,
            move || {
                let mut file = File::open(&path)?;
                let mut bytes = Vec::new();
                file.read_to_end(&mut bytes).map_err(after_open("read"))?;
                Ok(bytes)
            },
            to_text_value,
        );
    }
    // Bytes are read straight into the block the ArrayBuffer will own: no copy.
    let work = move || {
        let mut file = File::open(&path)?;
        let expected = usize::try_from(file.metadata()?.len()).unwrap_or(0);
        let mut block = AlignedVec::<u8>::with_capacity(0, expected);
        read_into_spare(&mut file, &mut block).map_err(after_open("read"))?;
        // A file that grew while being read: take the rest too.
        let mut rest = Vec::new();
        file.read_to_end(&mut rest).map_err(after_open("read"))?;
        block.extend_from_slice(&rest);
        Ok(block)
    };
    dispatch(ctx, sync_flag(args, 2), error, work, to_block_value)
}

/// Reads into `block`'s spare capacity (no zeroing first: the pages are
/// touched once, by the read) until it is full or the file ends.
fn read_into_spare(file: &mut File, block: &mut AlignedVec<u8>) -> io::Result<()> {
    use std::os::fd::AsRawFd;
    while block.len() < block.capacity() {
        let spare = block.capacity() - block.len();
        // SAFETY: the pointer is `spare` writable bytes inside the block's
        // allocation; `read` writes at most that many, and only the bytes it
        // reports are counted into the length.
        #[allow(unsafe_code)]
        let n = unsafe {
            libc::read(
                file.as_raw_fd(),
                block.as_mut_ptr().add(block.len()).cast(),
                spare,
            )
        };
        match n {
            0 => break,
            n if n < 0 => {
                let err = io::Error::last_os_error();
                if err.kind() != io::ErrorKind::Interrupted {
                    return Err(err);
                }
            }
            // SAFETY: `read` initialised these `n` bytes right after the length.
            #[allow(unsafe_code, clippy::cast_sign_loss)]
            n => unsafe { block.set_len(block.len() + n as usize) },
        }
    }
    Ok(())
}

fn to_block_value(block: AlignedVec<u8>, ctx: &mut Context) -> JsResult<JsValue> {
    let buffer = JsArrayBuffer::from_byte_block(block, ctx)?;
    Ok(JsUint8Array::from_array_buffer(buffer, ctx)?.into())
}

/// `op_fs_write_file(path, data, flag, mode, sync)`: data is a string or
/// bytes; flag is Node's (`w`, `a`, `wx`, `ax`, ...). Bytes are written
/// from the JS buffer itself: at once when sync, else chunk by chunk
/// (`write_in_chunks`), never copied whole.
fn op_fs_write_file(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let path = arg_string(args, 0, ctx)?;
    let data = arg(args, 1);
    let flag = arg_string(args, 2, ctx)?;
    let mode = mode_arg(args, 3, ctx, 0o666)?;
    let sync = sync_flag(args, 4);
    let open = move |flag: &str, path: &str| {
        let mut options = open_options(flag)?;
        options.mode(mode);
        options.open(path)
    };
    if let Some(s) = data.as_string() {
        let bytes = s.to_std_string_lossy().into_bytes();
        let error = on("open", &path);
        let work = move || {
            open(&flag, &path)?
                .write_all(&bytes)
                .map_err(after_open("write"))
        };
        return dispatch(ctx, sync, error, work, undefined);
    }
    let source = byte_source(&data, ctx)?;
    if sync {
        let written = open(&flag, &path).and_then(|mut file| {
            with_bytes(&source, |bytes| file.write_all(bytes))
                .unwrap_or(Ok(()))
                .map_err(after_open("write"))
        });
        return match written {
            Ok(()) => Ok(JsValue::undefined()),
            Err(e) => Err(op_error(&e, &on("open", &path), ctx)),
        };
    }
    let host = Host::get(ctx);
    let (promise, resolvers) = JsPromise::new_pending(ctx);
    let id = host.register_op_holding(resolvers, source.object.clone().into());
    let sender = host.sender();
    tokio::task::spawn_blocking(move || {
        let opened = open(&flag, &path);
        let step: Step = Box::new(move |ctx, held| match opened {
            Ok(file) => write_in_chunks(id, file, Vec::new(), 0, source.range, held, ctx),
            Err(e) => Some(Err(io_error_with_dest(&e, "open", Some(&path), None, ctx))),
        });
        let _ = sender.send(HostEvent::OpStep { id, step });
    });
    Ok(promise.into())
}

/// Bytes written per step of an async write.
const WRITE_CHUNK: usize = 1 << 20;

/// One step of an async write of bytes: copies the next chunk of the buffer
/// (`held`) into `chunk` (reused, so its pages are touched once) and writes
/// it on the blocking pool; the next step follows from there. Writes what
/// the buffer holds as each chunk is taken, as Node does.
fn write_in_chunks(
    id: u64,
    mut file: File,
    mut chunk: Vec<u8>,
    written: usize,
    (start, len): (usize, usize),
    held: &JsValue,
    ctx: &mut Context,
) -> Option<JsResult<JsValue>> {
    let object = held.as_object()?;
    let left = len.saturating_sub(written);
    if left == 0 {
        return Some(Ok(JsValue::undefined()));
    }
    chunk.clear();
    buffer_window(&object, (start + written, left.min(WRITE_CHUNK)), |bytes| {
        chunk.extend_from_slice(bytes);
    });
    if chunk.is_empty() {
        return Some(Ok(JsValue::undefined()));
    }
    let sender = Host::get(ctx).sender();
    tokio::task::spawn_blocking(move || {
        let result = file.write_all(&chunk);
        let written = written + chunk.len();
        let step: Step = Box::new(move |ctx, held| match result {
            Ok(()) => write_in_chunks(id, file, chunk, written, (start, len), held, ctx),
            Err(e) => Some(Err(io_error_with_dest(&e, "write", None, None, ctx))),
        });
        let _ = sender.send(HostEvent::OpStep { id, step });
    });
    None
}

#[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
fn mode_arg(args: &[JsValue], i: usize, ctx: &mut Context, default: u32) -> JsResult<u32> {
    let value = arg(args, i);
    if value.is_undefined() || value.is_null() {
        return Ok(default);
    }
    Ok(value.to_number(ctx)? as u32)
}

/// Node's string flags as open options.
fn open_options(flag: &str) -> io::Result<OpenOptions> {
    let mut o = OpenOptions::new();
    match flag {
        "r" | "rs" | "sr" => o.read(true),
        "r+" | "rs+" | "sr+" => o.read(true).write(true),
        "w" => o.write(true).create(true).truncate(true),
        "wx" | "xw" => o.write(true).create_new(true),
        "w+" => o.read(true).write(true).create(true).truncate(true),
        "wx+" | "xw+" => o.read(true).write(true).create_new(true),
        "a" | "as" | "sa" => o.append(true).create(true),
        "ax" | "xa" => o.append(true).create_new(true),
        "a+" | "as+" | "sa+" => o.read(true).append(true).create(true),
        "ax+" | "xa+" => o.read(true).append(true).create_new(true),
        _ => return Err(io::Error::from_raw_os_error(libc::EINVAL)),
    };
    Ok(o)
}

/// Stat fields, in the order `stdlib/node/fs.js` reads them.
type StatFields = [f64; 14];

#[allow(clippy::cast_precision_loss)]
fn stat_fields(m: &fs::Metadata) -> StatFields {
    let ms = |secs: i64, nsec: i64| secs as f64 * 1000.0 + nsec as f64 / 1_000_000.0;
    let birth = m
        .created()
        .ok()
        .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
        .map_or_else(
            || ms(m.ctime(), m.ctime_nsec()),
            |d| d.as_secs_f64() * 1000.0,
        );
    [
        m.dev() as f64,
        f64::from(m.mode()),
        m.nlink() as f64,
        f64::from(m.uid()),
        f64::from(m.gid()),
        m.rdev() as f64,
        m.blksize() as f64,
        m.ino() as f64,
        m.size() as f64,
        m.blocks() as f64,
        ms(m.atime(), m.atime_nsec()),
        ms(m.mtime(), m.mtime_nsec()),
        ms(m.ctime(), m.ctime_nsec()),
        birth,
    ]
}

fn to_stat_value(fields: StatFields, ctx: &mut Context) -> JsResult<JsValue> {
    Ok(JsArray::from_iter(fields.iter().map(|f| JsValue::from(*f)), ctx).into())
}

/// `op_fs_stat(path, followLinks, sync)` → the fields array.
fn op_fs_stat(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let path = arg_string(args, 0, ctx)?;
    let follow = arg(args, 1).to_boolean();
    let error = on(if follow { "stat" } else { "lstat" }, &path);
    let work = move || {
        let meta = if follow {
            fs::metadata(&path)?
        } else {
            fs::symlink_metadata(&path)?
        };
        Ok(stat_fields(&meta))
    };
    dispatch(ctx, sync_flag(args, 2), error, work, to_stat_value)
}

/// libuv's dirent types, as Node's `Dirent` uses them.
fn dirent_type(file_type: fs::FileType) -> u8 {
    use std::os::unix::fs::FileTypeExt;
    if file_type.is_file() {
        1
    } else if file_type.is_dir() {
        2
    } else if file_type.is_symlink() {
        3
    } else if file_type.is_fifo() {
        4
    } else if file_type.is_socket() {
        5
    } else if file_type.is_char_device() {
        6
    } else if file_type.is_block_device() {
        7
    } else {
        0
    }
}

/// (name relative to the listed directory, type, parent directory).
type Entry = (String, u8, String);

fn list_dir(path: &Path, recursive: bool) -> io::Result<Vec<Entry>> {
    let mut out = Vec::new();
    let mut queue = std::collections::VecDeque::from([(path.to_path_buf(), String::new())]);
    while let Some((dir, prefix)) = queue.pop_front() {
        for entry in fs::read_dir(&dir)? {
            let entry = entry?;
            let name = entry.file_name().to_string_lossy().into_owned();
            let kind = entry.file_type().map_or(0, dirent_type);
            let relative = if prefix.is_empty() {
                name.clone()
            } else {
                format!("{prefix}/{name}")
            };
            if recursive && kind == 2 {
                queue.push_back((entry.path(), relative.clone()));
            }
            let parent = dir.display().to_string();
            out.push((if recursive { relative } else { name }, kind, parent));
        }
    }
    Ok(out)
}

fn to_entries_value(entries: Vec<Entry>, ctx: &mut Context) -> JsResult<JsValue> {
    let mut values = Vec::with_capacity(entries.len());
    for (name, kind, parent) in entries {
        let triple = [string(&name), JsValue::from(kind), string(&parent)];
        values.push(JsArray::from_iter(triple, ctx).into());
    }
    Ok(JsArray::from_iter(values, ctx).into())
}

/// `op_fs_readdir(path, withTypes, recursive, sync)` → `[name, type, parentPath]` triples.
fn op_fs_readdir(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let path = arg_string(args, 0, ctx)?;
    let recursive = arg(args, 2).to_boolean();
    let error = on("scandir", &path);
    let work = move || list_dir(Path::new(&path), recursive);
    dispatch(ctx, sync_flag(args, 3), error, work, to_entries_value)
}

fn to_optional_path(path: Option<String>, _: &mut Context) -> JsResult<JsValue> {
    Ok(path.map_or(JsValue::undefined(), |p| string(&p)))
}

/// `op_fs_mkdir(path, recursive, mode, sync)` → with `recursive`, the first
/// directory created (absolute), or `undefined` when all existed.
fn op_fs_mkdir(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let path = arg_string(args, 0, ctx)?;
    let recursive = arg(args, 1).to_boolean();
    let mode = mode_arg(args, 2, ctx, 0o777)?;
    let error = on("mkdir", &path);
    let work = move || {
        let target = Path::new(&path);
        if !recursive {
            fs::DirBuilder::new().mode(mode).create(target)?;
            return Ok(None);
        }
        // Node returns the first directory created, in the form it was given.
        let mut first = None;
        for ancestor in target.ancestors().filter(|a| !a.as_os_str().is_empty()) {
            match fs::metadata(ancestor) {
                Ok(meta) if meta.is_dir() => break,
                Ok(_) => {
                    return Err(io::Error::from_raw_os_error(if ancestor == target {
                        libc::EEXIST
                    } else {
                        libc::ENOTDIR
                    }))
                }
                Err(_) => first = Some(ancestor.to_path_buf()),
            }
        }
        fs::DirBuilder::new()
            .recursive(true)
            .mode(mode)
            .create(target)?;
        Ok(first.map(|p| p.display().to_string()))
    };
    dispatch(ctx, sync_flag(args, 3), error, work, to_optional_path)
}

/// `op_fs_rm(path, recursive, force, sync)`.
fn op_fs_rm(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let path = arg_string(args, 0, ctx)?;
    let recursive = arg(args, 1).to_boolean();
    let force = arg(args, 2).to_boolean();
    let error = on("rm", &path);
    let work = move || {
        let meta = match fs::symlink_metadata(&path) {
            Ok(meta) => meta,
            Err(e) if force && e.kind() == io::ErrorKind::NotFound => return Ok(()),
            // Node looks before it removes: a missing path fails at its lstat.
            Err(e) => return Err(step("lstat", Some(&path))(e)),
        };
        if meta.is_dir() {
            if !recursive {
                return Err(io::Error::from_raw_os_error(libc::EISDIR));
            }
            fs::remove_dir_all(&path)
        } else {
            fs::remove_file(&path)
        }
    };
    dispatch(ctx, sync_flag(args, 3), error, work, undefined)
}

fn op_fs_rmdir(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let path = arg_string(args, 0, ctx)?;
    let error = on("rmdir", &path);
    dispatch(
        ctx,
        sync_flag(args, 1),
        error,
        move || fs::remove_dir(&path),
        undefined,
    )
}

fn op_fs_unlink(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let path = arg_string(args, 0, ctx)?;
    let error = on("unlink", &path);
    dispatch(
        ctx,
        sync_flag(args, 1),
        error,
        move || fs::remove_file(&path),
        undefined,
    )
}

fn two_paths(syscall: &'static str, from: &str, to: &str) -> ErrorContext {
    ErrorContext {
        syscall,
        path: Some(from.to_string()),
        dest: Some(to.to_string()),
    }
}

/// `(from, to, sync)` ops that change the tree and return nothing.
fn two_path_op(
    args: &[JsValue],
    ctx: &mut Context,
    syscall: &'static str,
    work: fn(&str, &str) -> io::Result<()>,
) -> JsResult<JsValue> {
    let from = arg_string(args, 0, ctx)?;
    let to = arg_string(args, 1, ctx)?;
    let error = two_paths(syscall, &from, &to);
    dispatch(
        ctx,
        sync_flag(args, 2),
        error,
        move || work(&from, &to),
        undefined,
    )
}

fn op_fs_rename(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    two_path_op(args, ctx, "rename", |from, to| fs::rename(from, to))
}

/// `op_fs_copy_file(from, to, exclusive, sync)`.
fn op_fs_copy_file(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let from = arg_string(args, 0, ctx)?;
    let to = arg_string(args, 1, ctx)?;
    let exclusive = arg(args, 2).to_boolean();
    let error = two_paths("copyfile", &from, &to);
    let work = move || {
        if exclusive && fs::symlink_metadata(&to).is_ok() {
            return Err(io::Error::from_raw_os_error(libc::EEXIST));
        }
        // copyfile(2)'s answer for a directory (std refuses it on its own terms).
        if fs::metadata(&from).is_ok_and(|m| m.is_dir()) {
            return Err(io::Error::from_raw_os_error(libc::EISDIR));
        }
        fs::copy(&from, &to).map(|_| ())
    };
    dispatch(ctx, sync_flag(args, 3), error, work, undefined)
}

/// `op_fs_access(path, mode, sync)`: F_OK 0, R_OK 4, W_OK 2, X_OK 1.
fn op_fs_access(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let path = arg_string(args, 0, ctx)?;
    let mode = mode_arg(args, 1, ctx, 0)?;
    let error = on("access", &path);
    let work = move || {
        let meta = fs::metadata(&path)?;
        if mode == 0 {
            return Ok(());
        }
        let perms = meta.mode();
        // The owner's bits when we own it, else others' (a close reading of access(2) without unsafe).
        let shift = if meta.uid() == current_uid() { 6 } else { 0 };
        let granted = (perms >> shift) & 0o7;
        if current_uid() == 0 && mode & 1 == 0 {
            return Ok(());
        }
        if granted & mode == mode {
            Ok(())
        } else {
            Err(io::Error::from_raw_os_error(libc::EACCES))
        }
    };
    dispatch(ctx, sync_flag(args, 2), error, work, undefined)
}

fn current_uid() -> u32 {
    fs::metadata("/proc/self")
        .map(|m| m.uid())
        .unwrap_or(u32::MAX)
}

fn op_fs_chmod(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let path = arg_string(args, 0, ctx)?;
    let mode = mode_arg(args, 1, ctx, 0o644)?;
    let error = on("chmod", &path);
    let work = move || fs::set_permissions(&path, fs::Permissions::from_mode(mode));
    dispatch(ctx, sync_flag(args, 2), error, work, undefined)
}

/// `op_fs_utimes(path, atimeSeconds, mtimeSeconds, sync)`.
fn op_fs_utimes(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let path = arg_string(args, 0, ctx)?;
    let atime = arg_f64(args, 1, ctx)?;
    let mtime = arg_f64(args, 2, ctx)?;
    let error = on("utime", &path);
    let work = move || {
        let to_time =
            |secs: f64| std::time::UNIX_EPOCH + std::time::Duration::from_secs_f64(secs.max(0.0));
        let file = File::options()
            .write(true)
            .open(&path)
            .or_else(|_| File::open(&path))?;
        file.set_times(
            fs::FileTimes::new()
                .set_accessed(to_time(atime))
                .set_modified(to_time(mtime)),
        )
    };
    dispatch(ctx, sync_flag(args, 3), error, work, undefined)
}

fn op_fs_symlink(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    two_path_op(args, ctx, "symlink", |target, path| {
        std::os::unix::fs::symlink(target, path)
    })
}

/// `op_fs_link(existing, new, sync)`: a hard link.
fn op_fs_link(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    two_path_op(args, ctx, "link", |existing, path| {
        fs::hard_link(existing, path)
    })
}

fn op_fs_readlink(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let path = arg_string(args, 0, ctx)?;
    let error = on("readlink", &path);
    let work = move || fs::read_link(&path).map(|p| p.display().to_string());
    dispatch(ctx, sync_flag(args, 1), error, work, to_string_value)
}

fn op_fs_realpath(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let path = arg_string(args, 0, ctx)?;
    let error = on("realpath", &path);
    let work = move || fs::canonicalize(&path).map(|p| p.display().to_string());
    dispatch(ctx, sync_flag(args, 1), error, work, to_string_value)
}

/// `op_fs_mkdtemp(prefix, sync)`: `prefix` + six random characters, created.
fn op_fs_mkdtemp(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let prefix = arg_string(args, 0, ctx)?;
    let error = on("mkdtemp", &format!("{prefix}XXXXXX"));
    let work = move || {
        const CHARS: &[u8] = b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
        for attempt in 0u64..100 {
            let mut seed = random_seed() ^ attempt.wrapping_mul(0x9E37_79B9_7F4A_7C15);
            let suffix: String = (0..6)
                .map(|_| {
                    seed = seed
                        .wrapping_mul(6_364_136_223_846_793_005)
                        .wrapping_add(1_442_695_040_888_963_407);
                    #[allow(clippy::cast_possible_truncation)]
                    let i = (seed >> 33) as usize % CHARS.len();
                    char::from(CHARS[i])
                })
                .collect();
            let candidate = format!("{prefix}{suffix}");
            match fs::DirBuilder::new().mode(0o700).create(&candidate) {
                Ok(()) => return Ok(candidate),
                Err(e) if e.kind() == io::ErrorKind::AlreadyExists => {}
                Err(e) => return Err(e),
            }
        }
        Err(io::Error::from_raw_os_error(libc::EEXIST))
    };
    dispatch(ctx, sync_flag(args, 1), error, work, to_string_value)
}

fn random_seed() -> u64 {
    use std::hash::{BuildHasher, Hasher};
    let mut hasher = std::collections::hash_map::RandomState::new().build_hasher();
    hasher.write_u128(
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_nanos()),
    );
    hasher.finish()
}

#[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
fn len_arg(args: &[JsValue], i: usize, ctx: &mut Context) -> JsResult<u64> {
    let n = arg(args, i);
    if n.is_undefined() {
        return Ok(0);
    }
    Ok(n.to_number(ctx)?.max(0.0) as u64)
}

fn op_fs_truncate(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let path = arg_string(args, 0, ctx)?;
    let len = len_arg(args, 1, ctx)?;
    let error = on("open", &path);
    let work = move || OpenOptions::new().write(true).open(&path)?.set_len(len);
    dispatch(ctx, sync_flag(args, 2), error, work, undefined)
}

/// `op_fs_exists(path)` → boolean, never throws.
fn op_fs_exists(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let path = arg_string(args, 0, ctx)?;
    Ok(Path::new(&path).exists().into())
}

/// Open files by their OS descriptor number, as Node hands them out.
fn files() -> &'static Mutex<HashMap<i32, Arc<File>>> {
    static FILES: OnceLock<Mutex<HashMap<i32, Arc<File>>>> = OnceLock::new();
    FILES.get_or_init(Mutex::default)
}

fn file(fd: i32) -> io::Result<Arc<File>> {
    let table = files()
        .lock()
        .map_err(|_| io::Error::from_raw_os_error(libc::EBADF))?;
    table
        .get(&fd)
        .cloned()
        .ok_or_else(|| io::Error::from_raw_os_error(libc::EBADF))
}

fn to_number_value(n: i32, _: &mut Context) -> JsResult<JsValue> {
    Ok(JsValue::from(n))
}

fn fd_error(syscall: &'static str) -> ErrorContext {
    ErrorContext {
        syscall,
        path: None,
        dest: None,
    }
}

/// `op_fs_open(path, flags, mode, sync)` → a file descriptor.
fn op_fs_open(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    use std::os::fd::AsRawFd;
    let path = arg_string(args, 0, ctx)?;
    let flag = arg_string(args, 1, ctx)?;
    let mode = mode_arg(args, 2, ctx, 0o666)?;
    let error = on("open", &path);
    let work = move || {
        let mut options = open_options(&flag)?;
        options.mode(mode);
        let file = options.open(&path)?;
        let fd = file.as_raw_fd();
        files()
            .lock()
            .map_err(|_| io::Error::from_raw_os_error(libc::EMFILE))?
            .insert(fd, Arc::new(file));
        Ok(fd)
    };
    dispatch(ctx, sync_flag(args, 3), error, work, to_number_value)
}

fn op_fs_close(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let fd = arg(args, 0).to_i32(ctx)?;
    let work = move || {
        if let Ok(mut carry) = carries().lock() {
            carry.remove(&fd);
        }
        let removed = files()
            .lock()
            .map_err(|_| io::Error::from_raw_os_error(libc::EBADF))?
            .remove(&fd);
        removed
            .map(|_| ())
            .ok_or_else(|| io::Error::from_raw_os_error(libc::EBADF))
    };
    dispatch(ctx, sync_flag(args, 1), fd_error("close"), work, undefined)
}

/// `op_fs_read(fd, length, position, sync)` → the bytes read (fewer at the end).
#[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
fn op_fs_read(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let fd = arg(args, 0).to_i32(ctx)?;
    let length = len_arg(args, 1, ctx)? as usize;
    let position = arg(args, 2);
    let position = if position.is_null_or_undefined() {
        -1.0
    } else {
        position.to_number(ctx)?
    };
    let work = move || {
        let file = file(fd)?;
        let mut buf = vec![0; length];
        let n = if position >= 0.0 {
            file.read_at(&mut buf, position as u64)?
        } else {
            (&*file).read(&mut buf)?
        };
        buf.truncate(n);
        Ok(buf)
    };
    dispatch(
        ctx,
        sync_flag(args, 3),
        fd_error("read"),
        work,
        to_bytes_value,
    )
}

/// `op_fs_write(fd, data, position, sync)` → bytes written.
#[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
fn op_fs_write(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let fd = arg(args, 0).to_i32(ctx)?;
    let data = arg(args, 1);
    let bytes = match data.as_string() {
        Some(s) => s.to_std_string_lossy().into_bytes(),
        None => bytes_of(&data, ctx)?,
    };
    let position = arg(args, 2);
    let position = if position.is_null_or_undefined() {
        -1.0
    } else {
        position.to_number(ctx)?
    };
    let work = move || {
        let file = file(fd)?;
        if position >= 0.0 {
            file.write_all_at(&bytes, position as u64)?;
        } else {
            (&*file).write_all(&bytes)?;
        }
        Ok(i32::try_from(bytes.len()).unwrap_or(i32::MAX))
    };
    dispatch(
        ctx,
        sync_flag(args, 3),
        fd_error("write"),
        work,
        to_number_value,
    )
}

fn op_fs_fstat(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let fd = arg(args, 0).to_i32(ctx)?;
    let work = move || Ok(stat_fields(&file(fd)?.metadata()?));
    dispatch(
        ctx,
        sync_flag(args, 1),
        fd_error("fstat"),
        work,
        to_stat_value,
    )
}

fn op_fs_ftruncate(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let fd = arg(args, 0).to_i32(ctx)?;
    let len = len_arg(args, 1, ctx)?;
    let work = move || file(fd)?.set_len(len);
    dispatch(
        ctx,
        sync_flag(args, 2),
        fd_error("ftruncate"),
        work,
        undefined,
    )
}

/// Bytes read past the last newline, per open file, for `op_fs_read_lines`.
fn carries() -> &'static Mutex<HashMap<i32, Vec<u8>>> {
    static CARRY: OnceLock<Mutex<HashMap<i32, Vec<u8>>>> = OnceLock::new();
    CARRY.get_or_init(Mutex::default)
}

/// The next lines of a file (at least one unless at the end), `\r\n` or
/// `\n` removed; `None` at the end. Memory stays at one chunk plus one line.
fn next_lines(fd: i32) -> io::Result<Option<Vec<String>>> {
    let file = file(fd)?;
    let mut carry = carries()
        .lock()
        .map_err(|_| io::Error::from_raw_os_error(libc::EBADF))?
        .remove(&fd)
        .unwrap_or_default();
    let mut chunk = vec![0; 64 * 1024];
    loop {
        let n = (&*file).read(&mut chunk)?;
        if n == 0 {
            if carry.is_empty() {
                return Ok(None);
            }
            let last = String::from_utf8_lossy(&carry)
                .trim_end_matches('\r')
                .to_string();
            return Ok(Some(vec![last]));
        }
        carry.extend_from_slice(&chunk[..n]);
        if let Some(end) = carry.iter().rposition(|&b| b == b'\n') {
            let rest = carry.split_off(end + 1);
            let lines = carry[..end]
                .split(|&b| b == b'\n')
                .map(|line| {
                    String::from_utf8_lossy(line.strip_suffix(b"\r").unwrap_or(line)).into_owned()
                })
                .collect();
            if !rest.is_empty() {
                carries()
                    .lock()
                    .map_err(|_| io::Error::from_raw_os_error(libc::EBADF))?
                    .insert(fd, rest);
            }
            return Ok(Some(lines));
        }
    }
}

fn to_lines_value(lines: Option<Vec<String>>, ctx: &mut Context) -> JsResult<JsValue> {
    Ok(match lines {
        Some(lines) => JsArray::from_iter(lines.iter().map(|l| utf16_string(l)), ctx).into(),
        None => JsValue::null(),
    })
}

/// `op_fs_read_lines(fd, sync)` → the next lines, or `null` at the end.
fn op_fs_read_lines(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let fd = arg(args, 0).to_i32(ctx)?;
    dispatch(
        ctx,
        sync_flag(args, 1),
        fd_error("read"),
        move || next_lines(fd),
        to_lines_value,
    )
}

/// `op_fs_copy_tree(src, dest, overwrite, errorOnExist, sync)`: `autorun`'s
/// `fs.copy` without a filter (`src/files/copy.rs`).
fn op_fs_copy_tree(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let from = arg_string(args, 0, ctx)?;
    let to = arg_string(args, 1, ctx)?;
    let options = crate::files::copy::CopyOptions {
        overwrite: arg(args, 2).to_boolean(),
        error_on_exist: arg(args, 3).to_boolean(),
    };
    let error = two_paths("copyfile", &from, &to);
    let work = move || crate::files::copy::copy(Path::new(&from), Path::new(&to), options);
    dispatch(ctx, sync_flag(args, 4), error, work, undefined)
}
