//! `process`: arguments, environment, working directory, standard streams, exit.

use boa_engine::object::builtins::JsArray;
use boa_engine::{js_string, Context, JsBigInt, JsResult, JsValue};

use super::{arg, arg_string, io_error, string, text_or_bytes, Op};
use crate::runtime::host::Host;
use crate::runtime::ProcessInfo;
use crate::ui::stdio;

pub static OPS: &[Op] = &[
    ("op_process_info", op_process_info, 0),
    ("op_env_get", op_env_get, 1),
    ("op_env_set", op_env_set, 2),
    ("op_env_delete", op_env_delete, 1),
    ("op_env_keys", op_env_keys, 0),
    ("op_cwd", op_cwd, 0),
    ("op_chdir", op_chdir, 1),
    ("op_write", op_write, 2),
    ("op_isatty", op_isatty, 1),
    ("op_terminal_size", op_terminal_size, 1),
    ("op_hrtime", op_hrtime, 0),
    ("op_hrtime_bigint", op_hrtime_bigint, 0),
    ("op_memory_usage", op_memory_usage, 0),
    ("op_exit", op_exit, 1),
    ("op_kill", op_kill, 2),
];

/// `{ argv, execPath, pid, ppid, platform, arch, version }`.
fn op_process_info(_: &JsValue, _: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let info = ctx.get_data::<ProcessInfo>().cloned().unwrap_or_default();
    let argv = JsArray::from_iter(info.argv.iter().map(|a| string(a)), ctx);
    let obj = super::object(ctx).build();
    obj.set(js_string!("argv"), argv, false, ctx)?;
    obj.set(js_string!("execPath"), string(&info.exec_path), false, ctx)?;
    obj.set(js_string!("pid"), std::process::id(), false, ctx)?;
    // SAFETY: getppid has no preconditions.
    #[allow(unsafe_code)]
    let ppid = unsafe { libc::getppid() };
    obj.set(js_string!("ppid"), ppid, false, ctx)?;
    obj.set(js_string!("platform"), string(platform()), false, ctx)?;
    obj.set(js_string!("arch"), string(arch()), false, ctx)?;
    obj.set(
        js_string!("version"),
        string(env!("CARGO_PKG_VERSION")),
        false,
        ctx,
    )?;
    Ok(obj.into())
}

pub fn platform() -> &'static str {
    match std::env::consts::OS {
        "macos" => "darwin",
        "windows" => "win32",
        other => other,
    }
}

pub fn arch() -> &'static str {
    match std::env::consts::ARCH {
        "x86_64" => "x64",
        "aarch64" => "arm64",
        "x86" => "ia32",
        other => other,
    }
}

fn op_env_get(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let name = arg_string(args, 0, ctx)?;
    Ok(std::env::var_os(&name).map_or(JsValue::undefined(), |v| string(&v.to_string_lossy())))
}

fn op_env_set(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let name = arg_string(args, 0, ctx)?;
    let value = arg_string(args, 1, ctx)?;
    if name.is_empty() || name.contains('=') || name.contains('\0') || value.contains('\0') {
        return Ok(false.into());
    }
    std::env::set_var(&name, &value);
    #[cfg(target_os = "linux")]
    crate::process::launch::environment_changed();
    Ok(true.into())
}

fn op_env_delete(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let name = arg_string(args, 0, ctx)?;
    if !name.is_empty() && !name.contains('=') && !name.contains('\0') {
        std::env::remove_var(&name);
        #[cfg(target_os = "linux")]
        crate::process::launch::environment_changed();
    }
    Ok(true.into())
}

fn op_env_keys(_: &JsValue, _: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let keys: Vec<JsValue> = std::env::vars_os()
        .map(|(key, _)| string(&key.to_string_lossy()))
        .collect();
    Ok(JsArray::from_iter(keys, ctx).into())
}

fn op_cwd(_: &JsValue, _: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    match std::env::current_dir() {
        Ok(dir) => Ok(string(&dir.display().to_string())),
        Err(e) => Err(io_error(&e, "uv_cwd", None, ctx)),
    }
}

fn op_chdir(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let dir = arg_string(args, 0, ctx)?;
    match std::env::set_current_dir(&dir) {
        Ok(()) => Ok(JsValue::undefined()),
        Err(e) => {
            let err = io_error(&e, "chdir", None, ctx);
            // Node: "ENOENT: no such file or directory, chdir /cwd -> 'dir'"
            if let Ok(obj) = err.clone().into_opaque(ctx) {
                if let Some(obj) = obj.as_object() {
                    let cwd = std::env::current_dir()
                        .map(|d| d.display().to_string())
                        .unwrap_or_default();
                    let msg = obj
                        .get(js_string!("message"), ctx)?
                        .to_string(ctx)?
                        .to_std_string_escaped();
                    let msg = format!("{msg} {cwd} -> '{dir}'");
                    obj.set(js_string!("message"), string(&msg), false, ctx)?;
                    obj.set(js_string!("path"), string(&cwd), false, ctx)?;
                    obj.set(js_string!("dest"), string(&dir), false, ctx)?;
                }
            }
            Err(err)
        }
    }
}

/// `op_write(fd, data)`: data is a string or a Uint8Array. A closed stdout
/// ends the program quietly with status 0, as a pipe into `head` expects.
fn op_write(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let fd = arg(args, 0).to_i32(ctx)?;
    let data = arg(args, 1);
    let result = write_fd(fd, &text_or_bytes(&data, ctx)?);
    match result {
        Ok(()) => Ok(true.into()),
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => {
            crate::runtime::exit_now(0);
        }
        Err(e) => Err(io_error(&e, "write", None, ctx)),
    }
}

fn write_fd(fd: i32, bytes: &[u8]) -> std::io::Result<()> {
    if fd == 2 {
        stdio::write_err(bytes)
    } else {
        stdio::write_out(bytes)
    }
}

fn op_isatty(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let fd = arg(args, 0).to_i32(ctx)?;
    Ok(stdio::is_terminal(fd).into())
}

/// `[columns, rows]` of the terminal on `fd`, or `undefined`.
fn op_terminal_size(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let fd = arg(args, 0).to_i32(ctx)?;
    if !stdio::is_terminal(fd) {
        return Ok(JsValue::undefined());
    }
    let (cols, rows) = stdio::terminal_size(fd).unwrap_or((80, 24));
    let cols = stdio::columns(fd).unwrap_or(cols);
    Ok(JsArray::from_iter([JsValue::from(cols), JsValue::from(rows)], ctx).into())
}

fn monotonic_nanos() -> u128 {
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: clock_gettime writes into the timespec we own.
    #[allow(unsafe_code)]
    unsafe {
        libc::clock_gettime(libc::CLOCK_MONOTONIC, &mut ts);
    }
    #[allow(clippy::cast_sign_loss)]
    let nanos = (ts.tv_sec as u128) * 1_000_000_000 + ts.tv_nsec as u128;
    nanos
}

/// `[seconds, nanoseconds]` of a monotonic clock.
fn op_hrtime(_: &JsValue, _: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let n = monotonic_nanos();
    #[allow(clippy::cast_precision_loss)]
    let secs = (n / 1_000_000_000) as f64;
    #[allow(clippy::cast_precision_loss)]
    let nanos = (n % 1_000_000_000) as f64;
    Ok(JsArray::from_iter([JsValue::from(secs), JsValue::from(nanos)], ctx).into())
}

fn op_hrtime_bigint(_: &JsValue, _: &[JsValue], _: &mut Context) -> JsResult<JsValue> {
    let n = monotonic_nanos();
    let big = JsBigInt::from_string(&n.to_string()).unwrap_or_else(|| JsBigInt::new(0));
    Ok(big.into())
}

/// `{ rss, heapTotal, heapUsed, external, arrayBuffers }`; heap figures are not
/// known for Boa's heap, so they report the resident size.
fn op_memory_usage(_: &JsValue, _: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let rss = resident_bytes();
    let obj = super::object(ctx).build();
    #[allow(clippy::cast_precision_loss)]
    let rss = rss as f64;
    obj.set(js_string!("rss"), rss, false, ctx)?;
    obj.set(js_string!("heapTotal"), rss, false, ctx)?;
    obj.set(js_string!("heapUsed"), rss, false, ctx)?;
    obj.set(js_string!("external"), 0, false, ctx)?;
    obj.set(js_string!("arrayBuffers"), 0, false, ctx)?;
    Ok(obj.into())
}

fn resident_bytes() -> u64 {
    let Ok(statm) = std::fs::read_to_string("/proc/self/statm") else {
        return 0;
    };
    let pages: u64 = statm
        .split_whitespace()
        .nth(1)
        .and_then(|p| p.parse().ok())
        .unwrap_or(0);
    pages * 4096
}

/// `op_exit(code)`: flushes and ends the process now.
fn op_exit(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let code = arg(args, 0).to_i32(ctx)?;
    let _ = Host::get(ctx);
    crate::runtime::exit_now(code);
}

/// `op_kill(pid, signal)`.
fn op_kill(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let pid = arg(args, 0).to_i32(ctx)?;
    let signal = arg(args, 1).to_i32(ctx)?;
    // SAFETY: kill has no memory preconditions.
    #[allow(unsafe_code)]
    let rc = unsafe { libc::kill(pid, signal) };
    if rc != 0 {
        return Err(io_error(
            &std::io::Error::last_os_error(),
            "kill",
            None,
            ctx,
        ));
    }
    Ok(true.into())
}
