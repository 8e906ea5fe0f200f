//! Timers, immediates, `process.nextTick` and the loop's JS hooks.

use boa_engine::job::PromiseJob;
use boa_engine::object::builtins::JsFunction;
use boa_engine::{js_string, Context, JsNativeError, JsResult, JsValue};

use super::{arg, arg_object, arg_u64, Op};
use crate::runtime::host::{Hooks, Host, TimerHooks};

pub static OPS: &[Op] = &[
    ("op_timer_start", op_timer_start, 3),
    ("op_timer_stop", op_timer_stop, 1),
    ("op_timer_ref", op_timer_ref, 2),
    ("op_immediate_queue", op_immediate_queue, 2),
    ("op_immediate_clear", op_immediate_clear, 1),
    ("op_immediate_ref", op_immediate_ref, 2),
    ("op_next_tick", op_next_tick, 2),
    ("op_queue_microtask", op_queue_microtask, 1),
    ("op_set_timer_hooks", op_set_timer_hooks, 1),
    ("op_set_process_hooks", op_set_process_hooks, 1),
    ("op_now", op_now, 0),
    ("op_loop_now", op_loop_now, 0),
];

/// `op_timer_start(id, ms, refed)`: arms timer `id` to fire after `ms` (at least 1), as Node.
fn op_timer_start(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let id = arg_u64(args, 0, ctx)?;
    let ms = arg_u64(args, 1, ctx)?.max(1);
    let refed = arg(args, 2).to_boolean();
    let host = Host::get(ctx);
    let deadline = host.loop_now().saturating_add(ms);
    host.timers.borrow_mut().start(id, deadline, refed);
    Ok(JsValue::undefined())
}

fn op_timer_stop(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let id = arg_u64(args, 0, ctx)?;
    let stopped = Host::get(ctx).timers.borrow_mut().stop(id);
    Ok(stopped.into())
}

fn op_timer_ref(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let id = arg_u64(args, 0, ctx)?;
    let refed = arg(args, 1).to_boolean();
    Host::get(ctx).timers.borrow_mut().set_ref(id, refed);
    Ok(JsValue::undefined())
}

fn op_immediate_queue(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let id = arg_u64(args, 0, ctx)?;
    Host::get(ctx).queue_immediate(id, arg(args, 1).to_boolean());
    Ok(JsValue::undefined())
}

fn op_immediate_clear(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let id = arg_u64(args, 0, ctx)?;
    Host::get(ctx).clear_immediate(id);
    Ok(JsValue::undefined())
}

fn op_immediate_ref(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let id = arg_u64(args, 0, ctx)?;
    Host::get(ctx).set_immediate_ref(id, arg(args, 1).to_boolean());
    Ok(JsValue::undefined())
}

/// `op_next_tick(fn, argsArray)`.
fn op_next_tick(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let callback = arg_object(args, 0, "callback")?;
    let mut call_args = Vec::new();
    if let Some(list) = arg(args, 1).as_object() {
        let length = list.get(js_string!("length"), ctx)?.to_length(ctx)?;
        for i in 0..length {
            call_args.push(list.get(i, ctx)?);
        }
    }
    Host::get(ctx)
        .ticks
        .borrow_mut()
        .push_back((callback, call_args));
    Ok(JsValue::undefined())
}

/// `op_queue_microtask(fn)`: a job on the same queue as promise reactions.
fn op_queue_microtask(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let callback = arg_object(args, 0, "callback")?;
    let job = PromiseJob::new(move |ctx| callback.call(&JsValue::undefined(), &[], ctx));
    ctx.enqueue_job(job.into());
    Ok(JsValue::undefined())
}

fn hook(obj: &boa_engine::JsObject, name: &str, ctx: &mut Context) -> JsResult<JsFunction> {
    let value = obj.get(boa_engine::JsString::from(name), ctx)?;
    value
        .as_object()
        .and_then(JsFunction::from_object)
        .ok_or_else(|| {
            JsNativeError::typ()
                .with_message(format!("loop hook `{name}` is not a function"))
                .into()
        })
}

/// `op_set_timer_hooks({ onTimer, onImmediate })`, from `internal:timers`.
fn op_set_timer_hooks(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let obj = arg_object(args, 0, "hooks")?;
    let hooks = TimerHooks {
        on_timer: hook(&obj, "onTimer", ctx)?,
        on_immediate: hook(&obj, "onImmediate", ctx)?,
    };
    Host::get(ctx).timer_hooks.replace(Some(hooks));
    Ok(JsValue::undefined())
}

/// `op_set_process_hooks({ onUncaught, onUnhandledRejection, onExit, onBeforeExit })`,
/// from `internal:process`.
fn op_set_process_hooks(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let obj = arg_object(args, 0, "hooks")?;
    let hooks = Hooks {
        on_uncaught: hook(&obj, "onUncaught", ctx)?,
        on_unhandled: hook(&obj, "onUnhandledRejection", ctx)?,
        on_exit: hook(&obj, "onExit", ctx)?,
        on_before_exit: hook(&obj, "onBeforeExit", ctx)?,
    };
    Host::get(ctx).hooks.replace(Some(hooks));
    Ok(JsValue::undefined())
}

/// Milliseconds since start, fractional (`performance.now()`).
fn op_now(_: &JsValue, _: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let host = Host::get(ctx);
    Ok(JsValue::from(
        host.start_instant().elapsed().as_secs_f64() * 1000.0,
    ))
}

#[allow(clippy::cast_precision_loss)]
fn op_loop_now(_: &JsValue, _: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    Ok(JsValue::from(Host::get(ctx).loop_now() as f64))
}
