//! Children (`$`, `node:child_process`): starts them through `src/process`,
//! reports their output and exit to a JS listener as they happen, writes
//! their stdin, signals their groups.

use std::cell::RefCell;
use std::collections::HashMap;
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::Arc;
use std::time::Duration;

use boa_engine::object::builtins::{JsFunction, JsPromise};
use boa_engine::property::Attribute;
use boa_engine::{js_string, Context, JsNativeError, JsResult, JsString, JsValue};
use tokio::sync::OwnedSemaphorePermit;

use super::{
    arg, arg_string, bytes_of, errno_code, io_error, string, text_or_bytes, uint8_array, Op,
};
use crate::process::{self, supervisor, ChildEvent, Spec, StdinMsg, StdioMode};
use crate::runtime::host::{Host, HostEvent, MakeArgs};
use crate::ui::stdio;

pub static OPS: &[Op] = &[
    ("op_shell_spawn", op_shell_spawn, 7),
    ("op_child_start", op_child_start, 7),
    ("op_output_fields", op_output_fields, 9),
    ("op_child_write", op_child_write, 2),
    ("op_child_end", op_child_end, 1),
    ("op_child_ref", op_child_ref, 2),
    ("op_child_kill", op_child_kill, 3),
    ("op_child_spawn_sync", op_child_spawn_sync, 5),
    ("op_signal_number", op_signal_number, 1),
    ("op_quote", op_quote, 1),
    ("op_default_shell", op_default_shell, 0),
    ("op_which", op_which, 2),
    ("op_write_prefixed", op_write_prefixed, 4),
    ("op_write_through", op_write_through, 2),
    ("op_decode_output", op_decode_output, 1),
    ("op_flush_prefixed", op_flush_prefixed, 1),
];

thread_local! {
    /// The stdin of each running child that has a piped one, by pid (with
    /// the child's listener id: a pid is reused once its child is reaped).
    static STDIN: RefCell<HashMap<u32, (u64, process::Stdin)>> = RefCell::default();
}

/// The JSON spec op_child_spawn_sync takes: `{ program, args, argv0, cwd, env, stdio, detached }`.
fn parse_spec(json: &str) -> Result<Spec, String> {
    let value: serde_json::Value = serde_json::from_str(json).map_err(|e| e.to_string())?;
    let text = |key: &str| value.get(key).and_then(|v| v.as_str()).map(str::to_string);
    let program = text("program").ok_or("spec.program is missing")?;
    let args = value
        .get("args")
        .and_then(|v| v.as_array())
        .map(|list| {
            list.iter()
                .map(|a| a.as_str().unwrap_or_default().to_string())
                .collect()
        })
        .unwrap_or_default();
    let mut spec = Spec::program(&program, args);
    spec.argv0 = text("argv0");
    spec.cwd = text("cwd");
    spec.env = value.get("env").and_then(|v| v.as_array()).map(|pairs| {
        pairs
            .iter()
            .filter_map(|pair| {
                let pair = pair.as_array()?;
                Some((
                    pair.first()?.as_str()?.to_string(),
                    pair.get(1)?.as_str()?.to_string(),
                ))
            })
            .collect()
    });
    if let Some(modes) = value.get("stdio").and_then(|v| v.as_array()) {
        for (i, mode) in modes.iter().take(3).enumerate() {
            let mode = mode.as_str().unwrap_or("pipe");
            spec.stdio[i] =
                StdioMode::parse(mode).ok_or_else(|| format!("unknown stdio `{mode}`"))?;
        }
    }
    spec.detached = value.get("detached").and_then(serde_json::Value::as_bool) == Some(true);
    Ok(spec)
}

fn spec_arg(args: &[JsValue], ctx: &mut Context) -> JsResult<Spec> {
    let json = arg_string(args, 0, ctx)?;
    parse_spec(&json).map_err(|e| JsNativeError::typ().with_message(e).into())
}

/// A failed start as `{ error: "ENOENT", errno: -2 }`, for JS to shape as Node does.
fn spawn_failure(e: &std::io::Error, ctx: &mut Context) -> JsValue {
    super::object(ctx)
        .property(
            js_string!("error"),
            JsString::from(errno_code(e)),
            Attribute::all(),
        )
        .property(
            js_string!("errno"),
            -e.raw_os_error().unwrap_or(0),
            Attribute::all(),
        )
        .property(
            js_string!("message"),
            JsString::from(e.to_string()),
            Attribute::all(),
        )
        .build()
        .into()
}

/// `op_shell_spawn(shell, script, command, cwd, envPairs, stdin, listener)`:
/// `$`'s start (see `spawn_with_listener` for the result and events).
/// `command` (or undefined) may run without the shell (`Spec::direct`),
/// `envPairs` are `KEY=VALUE` strings (null: autorun's environment), `stdin`
/// is "pipe", "inherit" or "ignore"; stdout and stderr are piped.
fn op_shell_spawn(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let shell = arg_string(args, 0, ctx)?;
    let script = arg_string(args, 1, ctx)?;
    let mut spec = Spec::program(&shell, vec!["-c".to_string(), script]);
    let command = arg(args, 2);
    if !command.is_undefined() && shell == process::shell() && process::shell() == "bash" {
        spec.direct = process::quote::simple_argv(&command.to_string(ctx)?.to_std_string_escaped());
    }
    let cwd = arg(args, 3);
    if !cwd.is_undefined() {
        spec.cwd = Some(cwd.to_string(ctx)?.to_std_string_escaped());
    }
    spec.env = env_of(&arg(args, 4), ctx)?;
    let stdin = arg_string(args, 5, ctx)?;
    spec.stdio[0] = StdioMode::parse(&stdin)
        .ok_or_else(|| JsNativeError::typ().with_message(format!("unknown stdio `{stdin}`")))?;
    spawn_with_listener(&spec, &arg(args, 6), ctx)
}

/// The strings of a JS array.
fn strings_of(list: &JsValue, ctx: &mut Context) -> JsResult<Vec<String>> {
    let Some(list) = list.as_object() else {
        return Ok(Vec::new());
    };
    let length = list.get(js_string!("length"), ctx)?.to_length(ctx)?;
    let mut out = Vec::with_capacity(usize::try_from(length).unwrap_or(0));
    for i in 0..length {
        out.push(list.get(i, ctx)?.to_string(ctx)?.to_std_string_escaped());
    }
    Ok(out)
}

/// A child's environment from `KEY=VALUE` strings; null or undefined for
/// autorun's own.
fn env_of(pairs: &JsValue, ctx: &mut Context) -> JsResult<Option<Vec<(String, String)>>> {
    if pairs.is_null_or_undefined() {
        return Ok(None);
    }
    let pairs = strings_of(pairs, ctx)?
        .into_iter()
        // Split at the first `=` after the first character, as Node.
        .map(|pair| match pair.bytes().skip(1).position(|b| b == b'=') {
            Some(i) => (pair[..=i].to_string(), pair[i + 2..].to_string()),
            None => (pair, String::new()),
        })
        .collect();
    Ok(Some(pairs))
}

/// `op_child_start(file, argv, cwd, envPairs, stdio, detached, listener)`:
/// node:child_process's start (see `spawn_with_listener`): `argv` starts
/// with argv[0], `envPairs` are `KEY=VALUE` strings (null: autorun's
/// environment), `stdio` three of "pipe", "inherit", "ignore".
fn op_child_start(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let file = arg_string(args, 0, ctx)?;
    let mut argv = strings_of(&arg(args, 1), ctx)?.into_iter();
    let argv0 = argv.next();
    let mut spec = Spec::program(&file, argv.collect());
    if argv0.as_deref() != Some(file.as_str()) {
        spec.argv0 = argv0;
    }
    let cwd = arg(args, 2);
    if !cwd.is_null_or_undefined() {
        spec.cwd = Some(cwd.to_string(ctx)?.to_std_string_escaped());
    }
    spec.env = env_of(&arg(args, 3), ctx)?;
    for (i, mode) in strings_of(&arg(args, 4), ctx)?.iter().take(3).enumerate() {
        spec.stdio[i] = StdioMode::parse(mode)
            .ok_or_else(|| JsNativeError::typ().with_message(format!("unknown stdio `{mode}`")))?;
    }
    spec.detached = arg(args, 5).to_boolean();
    spawn_with_listener(&spec, &arg(args, 6), ctx)
}

/// Starts `spec` → `{ pid, id }` or `{ error, errno, message }`. The
/// listener gets `("stdout" | "stderr", Uint8Array)` as output arrives,
/// `("exit", code, signalName)` when the child ends, `("stdin-error", code)`
/// when its stdin broke, and `("close")` last, once its output is drained;
/// or, when the pipes closed as it ended, `("done", code, signalName)` for
/// both at once; or `("spawn-error", code, -errno, message)` last, when the
/// exec failed after the start returned.
fn spawn_with_listener(spec: &Spec, listener: &JsValue, ctx: &mut Context) -> JsResult<JsValue> {
    // What autorun wrote so far comes before what an inheriting child writes.
    let _ = stdio::flush();
    let listener = listener
        .as_object()
        .and_then(JsFunction::from_object)
        .ok_or_else(|| {
            JsNativeError::typ().with_message("a child's listener must be a function")
        })?;
    let host = Host::get(ctx);
    let id = host.register_listener(listener);
    let sender = host.sender();
    let started_pid = Arc::new(AtomicU32::new(0));
    let pid_cell = started_pid.clone();
    let result = process::spawn(spec, move |event| {
        // Once the child ended its stdin is closed, as Node destroys
        // child.stdin on exit (what is queued is still written).
        let ended = matches!(
            event,
            ChildEvent::Exit { .. } | ChildEvent::Done { .. } | ChildEvent::Failed(_)
        );
        let (args, last): (MakeArgs, bool) = match event {
            ChildEvent::Stdout(bytes, permit) => (output_args("stdout", bytes, permit), false),
            ChildEvent::Stderr(bytes, permit) => (output_args("stderr", bytes, permit), false),
            ChildEvent::Exit { code, signal } => (end_args("exit", code, signal), false),
            ChildEvent::StdinError(e) => (
                Box::new(move |_: &mut Context| {
                    Ok(vec![string("stdin-error"), string(errno_code(&e))])
                }),
                false,
            ),
            ChildEvent::Closed => (Box::new(|_: &mut Context| Ok(vec![string("close")])), true),
            ChildEvent::Done { code, signal } => (end_args("done", code, signal), true),
            ChildEvent::Failed(e) => (
                Box::new(move |_: &mut Context| {
                    Ok(vec![
                        string("spawn-error"),
                        string(errno_code(&e)),
                        JsValue::from(-e.raw_os_error().unwrap_or(0)),
                        JsValue::from(JsString::from(e.to_string())),
                    ])
                }),
                true,
            ),
        };
        let args: MakeArgs = if ended {
            let pid = pid_cell.load(Ordering::Relaxed);
            Box::new(move |ctx: &mut Context| {
                close_stdin(pid, id);
                args(ctx)
            })
        } else {
            args
        };
        // The loop is gone only when the program is ending.
        let _ = sender.send(HostEvent::Call { id, args, last });
    });
    match result {
        Ok(child) => {
            started_pid.store(child.pid, Ordering::Relaxed);
            if let Some(stdin) = child.stdin {
                STDIN.with(|map| map.borrow_mut().insert(child.pid, (id, stdin)));
            }
            #[allow(clippy::cast_precision_loss)]
            let obj = super::object(ctx)
                .property(js_string!("pid"), child.pid, Attribute::all())
                .property(js_string!("id"), id as f64, Attribute::all())
                .build();
            Ok(obj.into())
        }
        Err(e) => {
            host.listener(id, true);
            Ok(spawn_failure(&e, ctx))
        }
    }
}

/// Children's output reaches JS as Uint8Arrays whose bytes Boa's collector
/// does not count, so a command printing gigabytes would pile up garbage
/// between collections: collect after every `COLLECT_EVERY` bytes.
fn collect_after_output(bytes: usize) {
    const COLLECT_EVERY: usize = 32 * 1024 * 1024;
    thread_local! {
        static SINCE: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
    }
    SINCE.with(|since| {
        let total = since.get() + bytes;
        if total >= COLLECT_EVERY {
            since.set(0);
            boa_gc::force_collect();
        } else {
            since.set(total);
        }
    });
}

/// `(kind, Uint8Array)` for a chunk of output; handling it releases the
/// pump's permit to read on.
fn output_args(kind: &'static str, bytes: Vec<u8>, permit: OwnedSemaphorePermit) -> MakeArgs {
    Box::new(move |ctx: &mut Context| {
        drop(permit);
        collect_after_output(bytes.len());
        Ok(vec![string(kind), uint8_array(&bytes, ctx)?])
    })
}

/// `(kind, code, signalName)` for the child's end.
fn end_args(kind: &'static str, code: Option<i32>, signal: Option<i32>) -> MakeArgs {
    Box::new(move |_: &mut Context| {
        Ok(vec![
            string(kind),
            code.map_or(JsValue::null(), JsValue::from),
            signal.map_or(JsValue::null(), |s| string(process::signal_name(s))),
        ])
    })
}

fn pid_arg(args: &[JsValue], ctx: &mut Context) -> JsResult<u32> {
    let pid = arg(args, 0).to_number(ctx)?;
    if pid.is_finite() && pid >= 1.0 && pid <= f64::from(u32::MAX) {
        #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
        return Ok(pid as u32);
    }
    Err(JsNativeError::range()
        .with_message("not a child pid")
        .into())
}

/// `op_child_write(pid, bytes | string)` → a promise settled once the bytes
/// are in the pipe (rejected with EPIPE when the child closed its stdin).
fn op_child_write(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let pid = pid_arg(args, ctx)?;
    let data = arg(args, 1);
    let bytes = text_or_bytes(&data, ctx)?;
    let host = Host::get(ctx);
    let (promise, resolvers) = JsPromise::new_pending(ctx);
    let (ack_tx, ack_rx) = tokio::sync::oneshot::channel();
    let sent = STDIN.with(|map| {
        map.borrow_mut()
            .get_mut(&pid)
            .is_some_and(|(_, stdin)| stdin.send(StdinMsg::Data(bytes, Some(ack_tx))))
    });
    if !sent {
        let err = std::io::Error::from_raw_os_error(libc::EPIPE);
        let value = io_error(&err, "write", None, ctx).into_opaque(ctx)?;
        resolvers
            .reject
            .call(&JsValue::undefined(), &[value], ctx)?;
        return Ok(promise.into());
    }
    let id = host.register_op(resolvers);
    let events = host.sender();
    tokio::spawn(async move {
        let result = ack_rx
            .await
            .unwrap_or_else(|_| Err(std::io::Error::from_raw_os_error(libc::EPIPE)));
        let settle = Box::new(move |ctx: &mut Context| match result {
            Ok(()) => Ok(JsValue::undefined()),
            Err(e) => Err(io_error(&e, "write", None, ctx)),
        });
        let _ = events.send(HostEvent::OpDone { id, settle });
    });
    Ok(promise.into())
}

/// `op_child_ref(id, refed)`: whether the child (by the `id` that
/// the start returned) keeps the event loop alive.
fn op_child_ref(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let id = arg(args, 0).to_number(ctx)?;
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
    Host::get(ctx).set_listener_ref(id as u64, arg(args, 1).to_boolean());
    Ok(JsValue::undefined())
}

/// `op_child_end(pid)`: closes the child's stdin once pending writes are in.
fn op_child_end(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let pid = pid_arg(args, ctx)?;
    if let Some((_, mut stdin)) = STDIN.with(|map| map.borrow_mut().remove(&pid)) {
        stdin.send(StdinMsg::End);
    }
    Ok(JsValue::undefined())
}

/// Drops the stdin of the child `pid` started with listener `id` (its task
/// writes what is queued, then closes the pipe).
fn close_stdin(pid: u32, id: u64) {
    STDIN.with(|map| {
        let mut map = map.borrow_mut();
        if map.get(&pid).is_some_and(|(owner, _)| *owner == id) {
            map.remove(&pid);
        }
    });
}

/// `op_child_kill(pid, signalNumber, escalate)` → whether the signal was
/// delivered. With `escalate`, what is left of the group after the grace
/// period gets SIGKILL (and SIGTERM once the child itself has ended).
fn op_child_kill(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let pid = pid_arg(args, ctx)?;
    let signal = arg(args, 1).to_i32(ctx)?;
    if arg(args, 2).to_boolean() {
        let alive = supervisor::group_alive(pid);
        if alive {
            tokio::spawn(supervisor::terminate(pid, signal, supervisor::grace()));
        }
        return Ok(alive.into());
    }
    Ok(supervisor::signal(pid, signal).into())
}

/// `op_signal_number(name)` → its number, or `undefined` for no such signal.
fn op_signal_number(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let name = arg_string(args, 0, ctx)?;
    Ok(process::signal_number(&name).map_or(JsValue::undefined(), JsValue::from))
}

/// `op_child_spawn_sync(specJson, input, timeoutMs, killSignal, maxBuffer)` →
/// `{ pid, stdout, stderr, status, signal, timedOut, overflowed }` or
/// `{ error, errno }` when it could not start.
fn op_child_spawn_sync(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let spec = spec_arg(args, ctx)?;
    let input = arg(args, 1);
    let input = if input.is_null_or_undefined() {
        None
    } else {
        Some(text_or_bytes(&input, ctx)?)
    };
    let timeout = arg(args, 2).to_number(ctx)?;
    let kill_signal = arg(args, 3).to_i32(ctx)?;
    let max_buffer = arg(args, 4).to_number(ctx)?;
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
    let limits = process::sync::Limits {
        timeout: (timeout.is_finite() && timeout > 0.0)
            .then(|| Duration::from_millis(timeout as u64)),
        kill_signal: if kill_signal == 0 {
            libc::SIGTERM
        } else {
            kill_signal
        },
        max_buffer: (max_buffer.is_finite() && max_buffer >= 0.0).then_some(max_buffer as usize),
    };
    let _ = stdio::flush();
    let output = match process::sync::run(&spec, input, &limits) {
        Ok(output) => output,
        Err(e) => return Ok(spawn_failure(&e, ctx)),
    };
    let piped = |i: usize| spec.stdio[i] == StdioMode::Pipe;
    let stdout = if piped(1) {
        uint8_array(&output.stdout, ctx)?
    } else {
        JsValue::null()
    };
    let stderr = if piped(2) {
        uint8_array(&output.stderr, ctx)?
    } else {
        JsValue::null()
    };
    let obj = super::object(ctx)
        .property(js_string!("pid"), output.pid, Attribute::all())
        .property(js_string!("stdout"), stdout, Attribute::all())
        .property(js_string!("stderr"), stderr, Attribute::all())
        .property(
            js_string!("status"),
            output.code.map_or(JsValue::null(), JsValue::from),
            Attribute::all(),
        )
        .property(
            js_string!("signal"),
            output
                .signal
                .map_or(JsValue::null(), |s| string(process::signal_name(s))),
            Attribute::all(),
        )
        .property(js_string!("timedOut"), output.timed_out, Attribute::all())
        .property(
            js_string!("overflowed"),
            output.overflowed,
            Attribute::all(),
        )
        .build();
    Ok(obj.into())
}

/// `op_quote(value)` → the value quoted as one bash word (zx's rules).
fn op_quote(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let text = arg(args, 0).to_string(ctx)?.to_std_string_lossy();
    Ok(string(&process::quote::quote(&text)))
}

/// `op_default_shell()` → `bash`, or `sh` where bash is missing.
fn op_default_shell(_: &JsValue, _: &[JsValue], _: &mut Context) -> JsResult<JsValue> {
    Ok(string(process::shell()))
}

/// `op_which(name, PATH)` → the absolute path of the executable, or null.
fn op_which(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let name = arg_string(args, 0, ctx)?;
    let path = arg(args, 1);
    let path = if path.is_null_or_undefined() {
        std::env::var("PATH").unwrap_or_default()
    } else {
        path.to_string(ctx)?.to_std_string_lossy()
    };
    Ok(process::which(&name, &path).map_or(JsValue::null(), |p| string(&p)))
}

/// `op_write_prefixed(fd, key, prefix, data)`: writes the whole lines of
/// `data`, each after `prefix`; a partial line waits (under `key`) for the
/// rest of it.
fn op_write_prefixed(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let fd = arg(args, 0).to_i32(ctx)?;
    let key = arg_string(args, 1, ctx)?;
    let prefix = arg_string(args, 2, ctx)?;
    let data = arg(args, 3);
    let bytes = text_or_bytes(&data, ctx)?;
    let result = stdio::write_prefixed(fd, &key, prefix.as_bytes(), &bytes);
    finish_write(result, ctx)
}

/// `op_write_through(fd, data)`: writes a child's output chunk and flushes
/// it, so it reaches autorun's stdout as it arrived (pipes too).
fn op_write_through(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let fd = arg(args, 0).to_i32(ctx)?;
    let data = arg(args, 1);
    let bytes = text_or_bytes(&data, ctx)?;
    let result = stdio::write_through(fd, &bytes);
    finish_write(result, ctx)
}

/// `op_decode_output(chunks)` → the chunks (Uint8Arrays) decoded as one
/// UTF-8 text, without concatenating them in JS first; ASCII output (the
/// usual case) becomes a one-byte-per-character string, so keeping a large
/// output costs its size once, not four times.
fn op_decode_output(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let Some(list) = arg(args, 0).as_object() else {
        return Ok(string(""));
    };
    let length = list.get(js_string!("length"), ctx)?.to_length(ctx)?;
    let mut bytes = Vec::new();
    for i in 0..length {
        let chunk = list.get(i, ctx)?;
        bytes.extend_from_slice(&bytes_of(&chunk, ctx)?);
    }
    if bytes.is_ascii() {
        return Ok(JsString::from(boa_engine::string::JsStr::latin1(&bytes)).into());
    }
    let text = String::from_utf8_lossy(&bytes);
    let units: Vec<u16> = text.encode_utf16().collect();
    drop(bytes);
    Ok(JsString::from(&units[..]).into())
}

/// `op_output_fields(output, stdout, stderr, exitCode, signal, ok, command,
/// duration, truncated)`: a ProcessOutput's own properties, read-only; the
/// first five enumerable; and `name` (as `output.name = "ProcessOutput"`
/// makes it). One native call instead of defineProperties; the fields are
/// new on a fresh error, so they are inserted without the checks a define
/// makes.
fn op_output_fields(_: &JsValue, args: &[JsValue], _ctx: &mut Context) -> JsResult<JsValue> {
    let Some(output) = arg(args, 0).as_object() else {
        return Err(JsNativeError::typ()
            .with_message("op_output_fields: not an object")
            .into());
    };
    output.insert_property(
        js_string!("name"),
        boa_engine::property::PropertyDescriptor::builder()
            .value(js_string!("ProcessOutput"))
            .writable(true)
            .enumerable(true)
            .configurable(true),
    );
    let names = [
        js_string!("stdout"),
        js_string!("stderr"),
        js_string!("exitCode"),
        js_string!("signal"),
        js_string!("ok"),
        js_string!("command"),
        js_string!("duration"),
        js_string!("truncated"),
    ];
    for (i, name) in names.into_iter().enumerate() {
        output.insert_property(
            name,
            boa_engine::property::PropertyDescriptor::builder()
                .value(arg(args, i + 1))
                .writable(false)
                .enumerable(i < 5)
                .configurable(false),
        );
    }
    Ok(JsValue::undefined())
}

/// `op_flush_prefixed(key)`: writes what is left of the partial line of `key`.
fn op_flush_prefixed(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let key = arg_string(args, 0, ctx)?;
    let result = stdio::flush_prefixed(&key);
    finish_write(result, ctx)
}

fn finish_write(result: std::io::Result<()>, ctx: &mut Context) -> JsResult<JsValue> {
    match result {
        Ok(()) => Ok(JsValue::undefined()),
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => crate::runtime::exit_now(0),
        Err(e) => Err(io_error(&e, "write", None, ctx)),
    }
}
