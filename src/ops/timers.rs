//! Timers, immediates, `process.nextTick` and the loop's JS hooks.

use boa_engine::job::PromiseJob;
use boa_engine::object::builtins::JsArray;
use boa_engine::object::builtins::JsFunction;
use boa_engine::{
    js_string, Context, Finalize, JsData, JsNativeError, JsObject, JsResult, JsValue, Trace,
};

use super::{arg, arg_object, arg_u64, Op};
use crate::runtime::host::{Hooks, Host, Queued, TimerHooks};

pub static OPS: &[Op] = &[
    ("op_timeout_init", op_timeout_init, 1),
    ("op_timeout_create", op_timeout_create, 4),
    ("op_timeout_get", op_timeout_get, 2),
    ("op_timeout_set", op_timeout_set, 3),
    ("op_timeout_refresh", op_timeout_refresh, 1),
    ("op_timeout_clear", op_timeout_clear, 1),
    ("op_timeout_ref", op_timeout_ref, 2),
    ("op_timeout_by_id", op_timeout_by_id, 1),
    ("op_timer_start", op_timer_start, 3),
    ("op_next_id", op_next_id, 0),
    ("op_timer_stop", op_timer_stop, 1),
    ("op_timer_ref", op_timer_ref, 2),
    ("op_immediate_queue", op_immediate_queue, 2),
    ("op_immediate_clear", op_immediate_clear, 1),
    ("op_immediate_ref", op_immediate_ref, 2),
    ("op_next_tick", op_next_tick, 2),
    ("op_close_callback", op_close_callback, 2),
    ("op_queue_microtask", op_queue_microtask, 1),
    ("op_set_timer_hooks", op_set_timer_hooks, 1),
    ("op_set_process_hooks", op_set_process_hooks, 1),
    ("op_now", op_now, 0),
    ("op_loop_now", op_loop_now, 0),
    ("op_async_context", op_async_context, 0),
    ("op_async_context_set", op_async_context_set, 1),
    ("op_async_context_run", op_async_context_run, 4),
];

/// `op_async_context()` → the current async context (`undefined` outside any).
fn op_async_context(_: &JsValue, _: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    Ok(Host::get(ctx).context())
}

/// `op_async_context_set(value)`: replaces the current async context until
/// the callback running now returns (`AsyncLocalStorage.enterWith`).
fn op_async_context_set(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    Host::get(ctx).async_context_replace(arg(args, 0));
    Ok(JsValue::undefined())
}

/// `op_async_context_run(value, fn, this, argsArray)` → `fn.apply(this, args)`
/// run with `value` as the async context, which is restored afterwards.
fn op_async_context_run(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let function = arg_object(args, 1, "callback")?;
    let mut call_args = Vec::new();
    if let Some(list) = arg(args, 3).as_object() {
        let length = list.get(js_string!("length"), ctx)?.to_length(ctx)?;
        for i in 0..length {
            call_args.push(list.get(i, ctx)?);
        }
    }
    let this = arg(args, 2);
    Host::get(ctx).with_context(arg(args, 0), || function.call(&this, &call_args, ctx))
}

/// The state of a `Timeout` made by `setTimeout`/`setInterval`. It lives in
/// the object itself: creating one is a single allocation, far cheaper in
/// Boa than a JS object with Node's eight fields, which JS reads through
/// accessors on `Timeout.prototype` instead.
#[derive(Debug, Trace, Finalize, JsData)]
pub struct Timeout {
    callback: JsValue,
    args: Vec<JsValue>,
    /// The async context it was created in.
    context: JsValue,
    #[unsafe_ignore_trace]
    state: TimeoutState,
}

#[derive(Debug, Clone, Copy)]
struct TimeoutState {
    id: u64,
    /// `_idleTimeout`: the delay; -1 once cleared.
    idle_timeout: f64,
    /// `_repeat`: the interval, for setInterval.
    repeat: Option<f64>,
    destroyed: bool,
    refed: bool,
    idle_start: f64,
}

/// The `Timeout.prototype` that `internal:timers` registered.
struct TimeoutPrototype(JsObject);

/// The Timeout behind `value`; methods called on anything else do nothing,
/// as Node's do (`t.unref.bind({})()`).
fn timeout_of(value: &JsValue) -> Option<JsObject> {
    value.as_object().filter(|obj| obj.is::<Timeout>())
}

fn state(obj: &JsObject) -> TimeoutState {
    match obj.downcast_ref::<Timeout>() {
        Some(t) => t.state,
        None => unreachable!("checked by timeout_of"),
    }
}

fn update(obj: &JsObject, f: impl FnOnce(&mut TimeoutState)) {
    if let Some(mut t) = obj.downcast_mut::<Timeout>() {
        f(&mut t.state);
    }
}

#[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
fn arm_timeout(host: &Host, obj: &JsObject, delay: f64) {
    let st = state(obj);
    let ms = if delay.is_finite() && delay >= 1.0 {
        delay as u64
    } else {
        1
    };
    // Node reads a fresh clock here (it updates libuv's time first), so a
    // timer never fires early because the current turn ran long.
    let now = host.now();
    host.timers
        .borrow_mut()
        .start(st.id, now.saturating_add(ms), st.refed, Some(obj.clone()));
    #[allow(clippy::cast_precision_loss)]
    update(obj, |s| s.idle_start = now as f64);
}

/// `op_timeout_init(Timeout.prototype)`.
fn op_timeout_init(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let proto = arg_object(args, 0, "prototype")?;
    ctx.insert_data(TimeoutPrototype(proto));
    Ok(JsValue::undefined())
}

/// `op_timeout_create(callback, delay, argsArray | undefined, repeat)` → an armed Timeout.
fn op_timeout_create(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let callback = arg(args, 0);
    let delay = arg(args, 1).to_number(ctx)?;
    let mut call_args = Vec::new();
    if let Some(list) = arg(args, 2).as_object() {
        let length = list.get(js_string!("length"), ctx)?.to_length(ctx)?;
        for i in 0..length {
            call_args.push(list.get(i, ctx)?);
        }
    }
    let repeat = arg(args, 3).to_boolean().then_some(delay);
    let host = Host::get(ctx);
    let proto = ctx.get_data::<TimeoutPrototype>().map(|p| p.0.clone());
    let timeout = Timeout {
        callback,
        args: call_args,
        context: host.context(),
        state: TimeoutState {
            id: host.next_id(),
            idle_timeout: delay,
            repeat,
            destroyed: false,
            refed: true,
            idle_start: 0.0,
        },
    };
    let obj = JsObject::from_proto_and_data(proto, timeout);
    arm_timeout(&host, &obj, delay);
    Ok(obj.into())
}

/// `op_timeout_get(timeout, field)` for Node's `_onTimeout`, `_idleTimeout`,
/// `_repeat`, `_destroyed`, `_timerArgs`, `_idleStart`, and `id`, `refed`.
fn op_timeout_get(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let Some(obj) = timeout_of(&arg(args, 0)) else {
        return Ok(JsValue::undefined());
    };
    let field = arg(args, 1).to_string(ctx)?.to_std_string_escaped();
    let Some(t) = obj.downcast_ref::<Timeout>() else {
        return Ok(JsValue::undefined());
    };
    let st = t.state;
    #[allow(clippy::cast_precision_loss)]
    Ok(match field.as_str() {
        "_onTimeout" => t.callback.clone(),
        "_timerArgs" => {
            if t.args.is_empty() {
                JsValue::undefined()
            } else {
                let values = t.args.clone();
                drop(t);
                JsArray::from_iter(values, ctx).into()
            }
        }
        "_idleTimeout" => JsValue::from(st.idle_timeout),
        "_repeat" => st.repeat.map_or(JsValue::null(), JsValue::from),
        "_destroyed" => JsValue::from(st.destroyed),
        "_idleStart" => JsValue::from(st.idle_start),
        "id" => JsValue::from(st.id as f64),
        "refed" => JsValue::from(st.refed),
        _ => JsValue::undefined(),
    })
}

/// `op_timeout_set(timeout, field, value)`.
fn op_timeout_set(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let Some(obj) = timeout_of(&arg(args, 0)) else {
        return Ok(JsValue::undefined());
    };
    let field = arg(args, 1).to_string(ctx)?.to_std_string_escaped();
    let value = arg(args, 2);
    match field.as_str() {
        "_onTimeout" => {
            if let Some(mut t) = obj.downcast_mut::<Timeout>() {
                t.callback = value;
            }
        }
        "_timerArgs" => {
            let mut values = Vec::new();
            if let Some(list) = value.as_object() {
                let length = list.get(js_string!("length"), ctx)?.to_length(ctx)?;
                for i in 0..length {
                    values.push(list.get(i, ctx)?);
                }
            }
            if let Some(mut t) = obj.downcast_mut::<Timeout>() {
                t.args = values;
            }
        }
        "_idleTimeout" => {
            let n = value.to_number(ctx)?;
            update(&obj, |s| s.idle_timeout = n);
        }
        "_repeat" => {
            let repeat = if value.is_null_or_undefined() {
                None
            } else {
                Some(value.to_number(ctx)?)
            };
            update(&obj, |s| s.repeat = repeat.filter(|r| *r != 0.0));
        }
        "_destroyed" => {
            let b = value.to_boolean();
            update(&obj, |s| s.destroyed = b);
        }
        "_idleStart" => {
            let n = value.to_number(ctx)?;
            update(&obj, |s| s.idle_start = n);
        }
        _ => {}
    }
    Ok(JsValue::undefined())
}

/// `op_timeout_refresh(timeout)`: restarts the countdown, as `timeout.refresh()`.
fn op_timeout_refresh(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let Some(obj) = timeout_of(&arg(args, 0)) else {
        return Ok(JsValue::undefined());
    };
    let st = state(&obj);
    let callable = obj
        .downcast_ref::<Timeout>()
        .is_some_and(|t| t.callback.is_callable());
    if st.idle_timeout >= 0.0 && callable {
        arm_timeout(&Host::get(ctx), &obj, st.idle_timeout);
    }
    Ok(JsValue::undefined())
}

/// `op_timeout_clear(timeout)`: `clearTimeout`.
fn op_timeout_clear(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let Some(obj) = timeout_of(&arg(args, 0)) else {
        return Ok(JsValue::undefined());
    };
    let st = state(&obj);
    if st.destroyed {
        return Ok(JsValue::undefined());
    }
    Host::get(ctx).timers.borrow_mut().stop(st.id);
    update(&obj, |s| {
        s.destroyed = true;
        s.idle_timeout = -1.0;
    });
    Ok(JsValue::undefined())
}

/// `op_timeout_ref(timeout, refed)`.
fn op_timeout_ref(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let Some(obj) = timeout_of(&arg(args, 0)) else {
        return Ok(JsValue::undefined());
    };
    let refed = arg(args, 1).to_boolean();
    update(&obj, |s| s.refed = refed);
    Host::get(ctx)
        .timers
        .borrow_mut()
        .set_ref(state(&obj).id, refed);
    Ok(JsValue::undefined())
}

/// `op_timeout_by_id(id)` → the armed Timeout with this id (`clearTimeout(+t)`).
fn op_timeout_by_id(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let id = arg_u64(args, 0, ctx)?;
    let object = Host::get(ctx).timers.borrow().object(id);
    Ok(object.map_or(JsValue::undefined(), JsValue::from))
}

/// Runs a due native Timeout: its callback with the Timeout as `this`, then
/// re-arms an interval, or marks a one-shot destroyed unless the callback
/// re-armed it (`refresh()`).
pub fn fire_timer(host: &Host, id: u64, obj: &JsObject, ctx: &mut Context) -> JsResult<()> {
    let (callback, call_args, context, st) = match obj.downcast_ref::<Timeout>() {
        Some(t) => (
            t.callback.clone(),
            t.args.clone(),
            t.context.clone(),
            t.state,
        ),
        None => return Ok(()),
    };
    let Some(function) = callback.as_callable() else {
        return Ok(());
    };
    if st.idle_timeout < 0.0 {
        return Ok(());
    }
    let result = host.with_context(context, || {
        function.call(&obj.clone().into(), &call_args, ctx)
    });
    let after = state(obj);
    match after.repeat {
        Some(repeat) if after.idle_timeout != -1.0 && !after.destroyed => {
            update(obj, |s| s.idle_timeout = repeat);
            arm_timeout(host, obj, repeat);
        }
        _ => {
            if !host.timers.borrow().is_armed(id) {
                update(obj, |s| s.destroyed = true);
            }
        }
    }
    result.map(|_| ())
}

/// `op_next_id()` → a fresh id for a host resource (legacy timers).
#[allow(clippy::cast_precision_loss)]
fn op_next_id(_: &JsValue, _: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    Ok(JsValue::from(Host::get(ctx).next_id() as f64))
}

/// `op_timer_start(id, ms, refed)`: arms timer `id` to fire after `ms` (at least 1), as
/// Node; returns the loop time it counts from (`_idleStart`).
fn op_timer_start(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let id = arg_u64(args, 0, ctx)?;
    let ms = arg_u64(args, 1, ctx)?.max(1);
    let refed = arg(args, 2).to_boolean();
    let host = Host::get(ctx);
    let now = host.now();
    host.timers
        .borrow_mut()
        .start(id, now.saturating_add(ms), refed, None);
    #[allow(clippy::cast_precision_loss)]
    Ok(JsValue::from(now as f64))
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

/// A queued callback from `(fn, argsArray)` arguments, with the current async context.
fn queued_callback(args: &[JsValue], ctx: &mut Context) -> JsResult<Queued> {
    let callback = arg_object(args, 0, "callback")?;
    let call_args = args.get(1..).unwrap_or_default().to_vec();
    Ok((callback, call_args, Host::get(ctx).context()))
}

/// `op_next_tick(fn, ...args)`.
fn op_next_tick(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let queued = queued_callback(args, ctx)?;
    Host::get(ctx).ticks.borrow_mut().push_back(queued);
    Ok(JsValue::undefined())
}

/// `op_close_callback(fn, ...args)`: runs `fn` in this turn's close phase
/// (after immediates), or the next turn's when that phase has begun.
fn op_close_callback(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let queued = queued_callback(args, ctx)?;
    Host::get(ctx).closing.borrow_mut().push_back(queued);
    Ok(JsValue::undefined())
}

/// `op_queue_microtask(fn)`: a job on the same queue as promise reactions.
fn op_queue_microtask(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let callback = arg_object(args, 0, "callback")?;
    let context = Host::get(ctx).context();
    let job = PromiseJob::new(move |ctx| {
        Host::get(ctx).with_context(context, || callback.call(&JsValue::undefined(), &[], ctx))
    });
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
