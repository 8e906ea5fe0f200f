//! Thin natives, exported to the standard library as `autorun:internal`.
//!
//! An op takes plain JS values, calls into a domain module or the OS, and
//! returns plain values. Option defaults, validation and Node's API shapes
//! live in `stdlib/`. Each file here holds one concern and lists its ops in
//! an `OPS` table.

use std::path::PathBuf;

use boa_engine::module::SyntheticModuleInitializer;
use boa_engine::object::builtins::{AlignedVec, JsArrayBuffer, JsUint8Array};
use boa_engine::object::FunctionObjectBuilder;
use boa_engine::{
    js_string, Context, JsNativeError, JsObject, JsResult, JsString, JsValue, Module,
    NativeFunction,
};

mod child;
mod diagnostics;
mod encoding;
mod fs;
mod glob;
mod modules;
mod os;
mod process;
mod tasks;
mod timers;
mod values;
mod watch;

pub use timers::fire_timer;

pub type OpFn = fn(&JsValue, &[JsValue], &mut Context) -> JsResult<JsValue>;

/// One native: its name in `autorun:internal`, the function, its `length`.
pub type Op = (&'static str, OpFn, usize);

fn all_ops() -> impl Iterator<Item = &'static Op> {
    [
        timers::OPS,
        process::OPS,
        os::OPS,
        modules::OPS,
        encoding::OPS,
        values::OPS,
        tasks::OPS,
        fs::OPS,
        glob::OPS,
        child::OPS,
        diagnostics::OPS,
        watch::OPS,
    ]
    .into_iter()
    .flatten()
}

/// Builds the `autorun:internal` module.
pub fn internal_module(ctx: &mut Context) -> Module {
    let names: Vec<JsString> = all_ops()
        .map(|(name, _, _)| JsString::from(*name))
        .collect();
    let init = SyntheticModuleInitializer::from_copy_closure(|module, ctx| {
        for (name, f, length) in all_ops() {
            let function = FunctionObjectBuilder::new(ctx.realm(), NativeFunction::from_fn_ptr(*f))
                .name(JsString::from(*name))
                .length(*length)
                .build();
            module.set_export(&JsString::from(*name), function.into())?;
        }
        Ok(())
    });
    Module::synthetic(
        &names,
        init,
        Some(PathBuf::from("autorun:internal")),
        None,
        ctx,
    )
}

/// The argument at `i`, or `undefined`.
pub fn arg(args: &[JsValue], i: usize) -> JsValue {
    args.get(i).cloned().unwrap_or_default()
}

pub fn arg_string(args: &[JsValue], i: usize, ctx: &mut Context) -> JsResult<String> {
    Ok(arg(args, i).to_string(ctx)?.to_std_string_escaped())
}

pub fn arg_f64(args: &[JsValue], i: usize, ctx: &mut Context) -> JsResult<f64> {
    arg(args, i).to_number(ctx)
}

#[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
pub fn arg_u64(args: &[JsValue], i: usize, ctx: &mut Context) -> JsResult<u64> {
    let n = arg_f64(args, i, ctx)?;
    Ok(if n.is_finite() && n > 0.0 {
        n as u64
    } else {
        0
    })
}

pub fn arg_object(args: &[JsValue], i: usize, what: &str) -> JsResult<JsObject> {
    arg(args, i).as_object().ok_or_else(|| {
        JsNativeError::typ()
            .with_message(format!("{what} must be an object"))
            .into()
    })
}

/// A builder for a plain object (`Object.prototype`, a shared shape: the
/// objects an op makes again and again share one shape, as object literals
/// do, instead of a property table each).
pub fn object(ctx: &mut Context) -> boa_engine::object::ObjectInitializer<'_> {
    boa_engine::object::ObjectInitializer::with_native_data(
        boa_engine::builtins::object::OrdinaryObject,
        ctx,
    )
}

pub fn string(s: &str) -> JsValue {
    JsValue::from(JsString::from(s))
}

/// The bytes of a Uint8Array (or any typed array viewed as bytes).
pub fn bytes_of(value: &JsValue, ctx: &mut Context) -> JsResult<Vec<u8>> {
    let Some(obj) = value.as_object() else {
        return Err(JsNativeError::typ()
            .with_message("expected a Uint8Array")
            .into());
    };
    if let Ok(array) = JsUint8Array::from_object(obj.clone()) {
        return array.to_vec(ctx);
    }
    if let Ok(buffer) = JsArrayBuffer::from_object(obj.clone()) {
        return Ok(buffer.to_vec().unwrap_or_default());
    }
    Err(JsNativeError::typ()
        .with_message("expected a Uint8Array")
        .into())
}

/// The bytes a write takes from JS: a Uint8Array's window of its buffer, or
/// a whole ArrayBuffer.
pub struct ByteSource {
    pub object: JsObject,
    /// Offset and length in the buffer, as when the write began.
    pub range: (usize, usize),
}

pub fn byte_source(value: &JsValue, ctx: &mut Context) -> JsResult<ByteSource> {
    let expected = || JsNativeError::typ().with_message("expected a Uint8Array");
    let object = value.as_object().ok_or_else(expected)?;
    if let Ok(array) = JsUint8Array::from_object(object.clone()) {
        let buffer = array.buffer(ctx)?;
        let buffer = buffer.as_object().ok_or_else(expected)?;
        let range = (array.byte_offset(ctx)?, array.byte_length(ctx)?);
        return Ok(ByteSource {
            object: buffer,
            range,
        });
    }
    if let Ok(buffer) = JsArrayBuffer::from_object(object.clone()) {
        let range = (0, buffer.byte_length());
        return Ok(ByteSource { object, range });
    }
    Err(expected().into())
}

/// Runs `f` on the source's bytes, borrowed from the JS heap; `None` when
/// the buffer is not a plain ArrayBuffer any more (detached, shared).
pub fn with_bytes<R>(source: &ByteSource, f: impl FnOnce(&[u8]) -> R) -> Option<R> {
    buffer_window(&source.object, source.range, f)
}

pub fn buffer_window<R>(
    object: &JsObject,
    (start, len): (usize, usize),
    f: impl FnOnce(&[u8]) -> R,
) -> Option<R> {
    let buffer = JsArrayBuffer::from_object(object.clone()).ok()?;
    let data = buffer.data()?;
    // A buffer that shrank since the write began gives what is left.
    let end = start.saturating_add(len).min(data.len());
    Some(f(data.get(start.min(end)..end)?))
}

/// The bytes of a string (UTF-8) or of a Uint8Array: what the write ops take.
pub fn text_or_bytes(value: &JsValue, ctx: &mut Context) -> JsResult<Vec<u8>> {
    match value.as_string() {
        Some(s) => Ok(s.to_std_string_lossy().into_bytes()),
        None => bytes_of(value, ctx),
    }
}

/// A new Uint8Array holding `bytes`.
pub fn uint8_array(bytes: &[u8], ctx: &mut Context) -> JsResult<JsValue> {
    let block = AlignedVec::<u8>::from_slice(0, bytes);
    let buffer = JsArrayBuffer::from_byte_block(block, ctx)?;
    Ok(JsUint8Array::from_array_buffer(buffer, ctx)?.into())
}

/// A JS `Error` with Node's system-error fields, from an I/O error.
pub fn io_error(
    err: &std::io::Error,
    syscall: &str,
    path: Option<&str>,
    ctx: &mut Context,
) -> boa_engine::JsError {
    io_error_with_dest(err, syscall, path, None, ctx)
}

/// As `io_error`, with Node's `dest` for two-path calls (`rename 'a' -> 'b'`).
pub fn io_error_with_dest(
    err: &std::io::Error,
    syscall: &str,
    path: Option<&str>,
    dest: Option<&str>,
    ctx: &mut Context,
) -> boa_engine::JsError {
    let code = errno_code(err);
    let errno = err.raw_os_error().unwrap_or(0);
    let description = errno_description(err);
    let message = match (path, dest) {
        (Some(p), Some(d)) => format!("{code}: {description}, {syscall} '{p}' -> '{d}'"),
        (Some(p), None) => format!("{code}: {description}, {syscall} '{p}'"),
        _ => format!("{code}: {description}, {syscall}"),
    };
    let obj = JsNativeError::error()
        .with_message(message)
        .into_opaque(ctx);
    let _ = obj.set(js_string!("errno"), -errno, false, ctx);
    let _ = obj.set(js_string!("code"), JsString::from(code), false, ctx);
    let _ = obj.set(js_string!("syscall"), JsString::from(syscall), false, ctx);
    if let Some(p) = path {
        let _ = obj.set(js_string!("path"), JsString::from(p), false, ctx);
    }
    if let Some(d) = dest {
        let _ = obj.set(js_string!("dest"), JsString::from(d), false, ctx);
    }
    boa_engine::JsError::from_opaque(obj.into())
}

/// Node's `code` for an OS error (`ENOENT`, ...).
pub fn errno_code(err: &std::io::Error) -> &'static str {
    match err.raw_os_error() {
        Some(libc::ENOENT) => "ENOENT",
        Some(libc::EACCES) => "EACCES",
        Some(libc::EEXIST) => "EEXIST",
        Some(libc::ENOTDIR) => "ENOTDIR",
        Some(libc::EISDIR) => "EISDIR",
        Some(libc::ENOTEMPTY) => "ENOTEMPTY",
        Some(libc::EPERM) => "EPERM",
        Some(libc::EBADF) => "EBADF",
        Some(libc::EINVAL) => "EINVAL",
        Some(libc::EPIPE) => "EPIPE",
        Some(libc::EMFILE) => "EMFILE",
        Some(libc::ELOOP) => "ELOOP",
        Some(libc::EXDEV) => "EXDEV",
        Some(libc::ENAMETOOLONG) => "ENAMETOOLONG",
        Some(libc::EBUSY) => "EBUSY",
        Some(libc::ENOSPC) => "ENOSPC",
        Some(libc::EROFS) => "EROFS",
        _ => "EIO",
    }
}

fn errno_description(err: &std::io::Error) -> &'static str {
    match err.raw_os_error() {
        Some(libc::ENOENT) => "no such file or directory",
        Some(libc::EACCES) => "permission denied",
        Some(libc::EEXIST) => "file already exists",
        Some(libc::ENOTDIR) => "not a directory",
        Some(libc::EISDIR) => "illegal operation on a directory",
        Some(libc::ENOTEMPTY) => "directory not empty",
        Some(libc::EPERM) => "operation not permitted",
        Some(libc::EBADF) => "bad file descriptor",
        Some(libc::EINVAL) => "invalid argument",
        Some(libc::EPIPE) => "broken pipe",
        Some(libc::EMFILE) => "too many open files",
        Some(libc::ELOOP) => "too many symbolic links encountered",
        Some(libc::EXDEV) => "cross-device link not permitted",
        Some(libc::ENAMETOOLONG) => "name too long",
        Some(libc::EBUSY) => "resource busy or locked",
        Some(libc::ENOSPC) => "no space left on device",
        Some(libc::EROFS) => "read-only file system",
        _ => "i/o error",
    }
}
