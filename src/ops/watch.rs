//! Watchers (`--watch`, `watch()`, `fs.watch`): start one through
//! `src/watch` and hand its batches to a JS listener on the event loop.

use std::cell::RefCell;
use std::collections::HashMap;
use std::path::PathBuf;
use std::time::Duration;

use boa_engine::object::builtins::{JsArray, JsFunction};
use boa_engine::{Context, JsNativeError, JsResult, JsValue};

use super::{arg, arg_string, string, Op};
use crate::runtime::host::{Host, HostEvent, MakeArgs};
use crate::watch::{Config, Notice, Watcher};

pub static OPS: &[Op] = &[
    ("op_watch_start", op_watch_start, 2),
    ("op_watch_close", op_watch_close, 1),
    ("op_watch_ref", op_watch_ref, 2),
    ("op_loaded_files", op_loaded_files, 0),
];

thread_local! {
    static WATCHERS: RefCell<HashMap<u64, Watcher>> = RefCell::default();
}

fn strings(value: &serde_json::Value) -> Vec<String> {
    value
        .as_array()
        .map(|list| {
            list.iter()
                .filter_map(|v| v.as_str().map(str::to_string))
                .collect()
        })
        .unwrap_or_default()
}

#[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
fn millis(value: &serde_json::Value) -> Option<Duration> {
    value
        .as_f64()
        .filter(|ms| ms.is_finite() && *ms >= 0.0)
        .map(|ms| Duration::from_millis(ms as u64))
}

/// `op_watch_start(configJson, listener)` → the watcher's id. Config:
/// `{ roots, ignore, base, gitignore, debounce, poll }` (absolute paths,
/// milliseconds). The listener gets `("batch", [[path, kind], ...])` with
/// paths sorted, `("notice", text)` when it fell back to polling and
/// `("error", text)`. It keeps the loop alive until closed or unref'd.
fn op_watch_start(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let raw: serde_json::Value = serde_json::from_str(&arg_string(args, 0, ctx)?)
        .map_err(|e| JsNativeError::typ().with_message(format!("watch config: {e}")))?;
    let base = raw["base"]
        .as_str()
        .map(PathBuf::from)
        .unwrap_or_else(crate::runtime::loader::current_dir);
    let config = Config {
        roots: strings(&raw["roots"])
            .into_iter()
            .map(PathBuf::from)
            .collect(),
        ignore: strings(&raw["ignore"]),
        base,
        gitignore: raw["gitignore"].as_bool().unwrap_or(true),
        debounce: millis(&raw["debounce"]).unwrap_or(Duration::from_millis(50)),
        poll: millis(&raw["poll"]),
    };
    let listener = arg(args, 1)
        .as_object()
        .and_then(JsFunction::from_object)
        .ok_or_else(|| {
            JsNativeError::typ().with_message("op_watch_start: listener must be a function")
        })?;
    let host = Host::get(ctx);
    let id = host.register_listener(listener);
    let batches = host.sender();
    let notices = host.sender();
    let started = Watcher::start(
        config,
        move |batch| {
            let pairs: Vec<(String, &'static str)> = batch
                .into_iter()
                .map(|c| (c.path.display().to_string(), c.kind.as_str()))
                .collect();
            let args: MakeArgs = Box::new(move |ctx: &mut Context| {
                let items: Vec<JsValue> = pairs
                    .iter()
                    .map(|(path, kind)| {
                        JsArray::from_iter([string(path), string(kind)], ctx).into()
                    })
                    .collect();
                Ok(vec![string("batch"), JsArray::from_iter(items, ctx).into()])
            });
            let _ = batches.send(HostEvent::Call {
                id,
                args,
                last: false,
            });
        },
        move |notice| {
            let (kind, text) = match notice {
                Notice::FellBackToPolling(text) => ("notice", text),
                Notice::Error(text) => ("error", text),
            };
            let args: MakeArgs =
                Box::new(move |_: &mut Context| Ok(vec![string(kind), string(&text)]));
            let _ = notices.send(HostEvent::Call {
                id,
                args,
                last: false,
            });
        },
    );
    match started {
        Ok(watcher) => {
            WATCHERS.with(|w| w.borrow_mut().insert(id, watcher));
            #[allow(clippy::cast_precision_loss)]
            Ok(JsValue::from(id as f64))
        }
        Err(e) => {
            host.listener(id, true);
            Err(JsNativeError::error()
                .with_message(format!("cannot watch: {e}"))
                .into())
        }
    }
}

#[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
fn id_arg(args: &[JsValue], ctx: &mut Context) -> JsResult<u64> {
    Ok(arg(args, 0).to_number(ctx)? as u64)
}

/// `op_watch_close(id)`: stops the watcher; its listener hears no more.
fn op_watch_close(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let id = id_arg(args, ctx)?;
    let watcher = WATCHERS.with(|w| w.borrow_mut().remove(&id));
    if let Some(watcher) = watcher {
        watcher.close();
        Host::get(ctx).listener(id, true);
    }
    Ok(JsValue::undefined())
}

/// `op_watch_ref(id, refed)`: whether the watcher keeps the loop alive.
fn op_watch_ref(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let id = id_arg(args, ctx)?;
    Host::get(ctx).set_listener_ref(id, arg(args, 1).to_boolean());
    Ok(JsValue::undefined())
}

/// `op_loaded_files()` → the files loaded as modules so far (ES and
/// CommonJS): what a tasks file depends on, for reloading it on change.
fn op_loaded_files(_: &JsValue, _: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let files = crate::runtime::loader::loaded_files(ctx);
    Ok(JsArray::from_iter(files.iter().map(|f| string(f)), ctx).into())
}
