//! `$`: starts a shell command (`src/process`) and reports its output and
//! exit to a JS listener as they happen.

use boa_engine::object::builtins::JsFunction;
use boa_engine::{Context, JsNativeError, JsResult, JsValue};

use super::{arg, arg_string, bytes_of, io_error, string, uint8_array, Op};
use crate::process::{spawn, ChildEvent, ShellCommand};
use crate::runtime::host::{Host, HostEvent};

pub static OPS: &[Op] = &[("op_shell_spawn", op_shell_spawn, 5)];

fn signal_name(signal: i32) -> &'static str {
    match signal {
        1 => "SIGHUP",
        2 => "SIGINT",
        3 => "SIGQUIT",
        6 => "SIGABRT",
        9 => "SIGKILL",
        13 => "SIGPIPE",
        14 => "SIGALRM",
        15 => "SIGTERM",
        _ => "SIG?",
    }
}

/// `op_shell_spawn(script, cwd, envPairs, input, listener)` → pid. The
/// listener gets `("stdout" | "stderr", Uint8Array)` as output arrives and
/// finally `("exit", code, signal)` (code `null` when a signal ended it).
fn op_shell_spawn(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let script = arg_string(args, 0, ctx)?;
    let cwd = arg(args, 1);
    let cwd = if cwd.is_null_or_undefined() {
        None
    } else {
        Some(cwd.to_string(ctx)?.to_std_string_escaped())
    };
    let env_json = arg(args, 2);
    let env: Vec<(String, String)> = if env_json.is_null_or_undefined() {
        Vec::new()
    } else {
        serde_json::from_str(&env_json.to_string(ctx)?.to_std_string_escaped()).unwrap_or_default()
    };
    let input = arg(args, 3);
    let input = if input.is_null_or_undefined() {
        None
    } else if let Some(s) = input.as_string() {
        Some(s.to_std_string_lossy().into_bytes())
    } else {
        Some(bytes_of(&input, ctx)?)
    };
    let listener = arg(args, 4)
        .as_object()
        .and_then(JsFunction::from_object)
        .ok_or_else(|| {
            JsNativeError::typ().with_message("op_shell_spawn: listener must be a function")
        })?;
    let host = Host::get(ctx);
    let id = host.register_listener(listener);
    let sender = host.sender();
    let command = ShellCommand {
        script,
        cwd: cwd.clone(),
        env,
        input,
    };
    let result = spawn(command, move |event| {
        let (args, last): (crate::runtime::host::MakeArgs, bool) = match event {
            ChildEvent::Stdout(bytes) => (
                Box::new(move |ctx: &mut Context| {
                    Ok(vec![string("stdout"), uint8_array(&bytes, ctx)?])
                }),
                false,
            ),
            ChildEvent::Stderr(bytes) => (
                Box::new(move |ctx: &mut Context| {
                    Ok(vec![string("stderr"), uint8_array(&bytes, ctx)?])
                }),
                false,
            ),
            ChildEvent::Exit { code, signal } => (
                Box::new(move |_: &mut Context| {
                    Ok(vec![
                        string("exit"),
                        code.map_or(JsValue::null(), JsValue::from),
                        signal.map_or(JsValue::null(), |s| string(signal_name(s))),
                    ])
                }),
                true,
            ),
            ChildEvent::Failed(e) => (
                Box::new(move |_: &mut Context| Ok(vec![string("error"), string(&e.to_string())])),
                true,
            ),
        };
        // The loop is gone only when the program is ending.
        let _ = sender.send(HostEvent::Call { id, args, last });
    });
    match result {
        Ok(pid) => Ok(JsValue::from(pid)),
        Err(e) => {
            host.listener(id, true);
            Err(io_error(&e, "spawn", cwd.as_deref(), ctx))
        }
    }
}
