//! The event loop: Boa's job executor plus Node's phases on tokio.
//!
//! One turn: timers (each followed by a microtask checkpoint), finished
//! native ops and other host events, Boa's async jobs, then immediates, then
//! close callbacks (a child's pipes that nobody read end there, as libuv
//! closes their handles). A checkpoint runs all `process.nextTick`
//! callbacks, then all promise jobs, until both queues are empty, then
//! reports unhandled rejections.

use std::cell::RefCell;
use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;
use std::task::{Context as TaskContext, Poll, Waker};
use std::time::Duration;

use boa_engine::builtins::promise::{PromiseState, ResolvingFunctions};
use boa_engine::job::{Job, JobExecutor};
use boa_engine::object::builtins::JsPromise;
use boa_engine::{Context, JsError, JsResult, JsValue};
use futures_util::stream::{FuturesUnordered, StreamExt};

use tokio::sync::mpsc::UnboundedReceiver;

use super::host::{Host, HostEvent, Queued};

/// Boa's side of the loop: where the engine puts its jobs.
pub struct Executor {
    host: Rc<Host>,
}

impl Executor {
    pub fn new(host: Rc<Host>) -> Rc<Self> {
        Rc::new(Self { host })
    }
}

impl JobExecutor for Executor {
    fn enqueue_job(self: Rc<Self>, job: Job, _context: &mut Context) {
        match job {
            Job::PromiseJob(job) => self.host.promise_jobs.borrow_mut().push_back(job),
            Job::AsyncJob(job) => self.host.async_jobs.borrow_mut().push(job),
            // FinalizationRegistry cleanups never keep the process alive; autorun
            // does not run them (allowed by the spec).
            Job::FinalizationRegistryCleanupJob(_) => {}
            // Boa's own timeouts are not used: autorun's timers live in the host.
            _ => {}
        }
    }

    fn run_jobs(self: Rc<Self>, context: &mut Context) -> JsResult<()> {
        run_promise_jobs(&self.host, context)
    }
}

/// Runs promise jobs until the queue is empty.
pub fn run_promise_jobs(host: &Host, ctx: &mut Context) -> JsResult<()> {
    loop {
        let job = host.promise_jobs.borrow_mut().pop_front();
        let Some(job) = job else { return Ok(()) };
        if let Err(err) = job.call(ctx) {
            report_uncaught(host, err, ctx);
        }
        if host.should_stop() {
            return Ok(());
        }
    }
}

/// Hands an error thrown by a callback to `process.on('uncaughtException')`,
/// or makes it fatal.
pub fn report_uncaught(host: &Host, err: JsError, ctx: &mut Context) {
    if host.should_stop() {
        return;
    }
    let Some(hooks) = host.hooks() else {
        host.fatal.replace(Some(err));
        return;
    };
    let value = error_value(&err, ctx);
    let origin = JsValue::from(boa_engine::js_string!("uncaughtException"));
    match hooks
        .on_uncaught
        .call(&JsValue::undefined(), &[value, origin], ctx)
    {
        Ok(handled) if handled.to_boolean() => {}
        Ok(_) => {
            host.fatal.replace(Some(err));
        }
        Err(second) => {
            host.fatal.replace(Some(second));
        }
    }
}

/// Calls a queued callback (a tick, a close callback) in the async context
/// it was queued in; what it throws is uncaught.
fn call_queued(host: &Host, (callback, args, context): Queued, ctx: &mut Context) {
    let result = host.with_context(context, || callback.call(&JsValue::undefined(), &args, ctx));
    if let Err(err) = result {
        report_uncaught(host, err, ctx);
    }
}

/// A microtask checkpoint: ticks, then promise jobs, until both are empty;
/// then unhandled rejections.
pub fn checkpoint(host: &Host, ctx: &mut Context) {
    loop {
        loop {
            if host.should_stop() {
                return;
            }
            let tick = host.ticks.borrow_mut().pop_front();
            let Some(tick) = tick else {
                break;
            };
            call_queued(host, tick, ctx);
        }
        let _ = run_promise_jobs(host, ctx);
        if host.should_stop() {
            return;
        }
        if host.ticks.borrow().is_empty()
            && host.promise_jobs.borrow().is_empty()
            && !process_rejections(host, ctx)
        {
            return;
        }
    }
}

/// Reports promises still rejected without a handler after a checkpoint.
/// Returns whether JS ran (listeners may have queued more work).
fn process_rejections(host: &Host, ctx: &mut Context) -> bool {
    let pending = std::mem::take(&mut *host.rejections.borrow_mut());
    if pending.is_empty() {
        return false;
    }
    for promise in pending {
        let Ok(promise) = JsPromise::from_object(promise.clone()) else {
            continue;
        };
        let PromiseState::Rejected(reason) = promise.state() else {
            continue;
        };
        let Some(hooks) = host.hooks() else {
            host.fatal.replace(Some(JsError::from_opaque(reason)));
            return false;
        };
        let args = [reason.clone(), promise.clone().into()];
        match hooks.on_unhandled.call(&JsValue::undefined(), &args, ctx) {
            Ok(handled) if handled.to_boolean() => {}
            Ok(_) => {
                host.fatal.replace(Some(JsError::from_opaque(reason)));
                return false;
            }
            Err(err) => {
                host.fatal.replace(Some(err));
                return false;
            }
        }
    }
    true
}

/// The JS value of an error, to hand to a JS callback.
pub fn error_value(err: &JsError, ctx: &mut Context) -> JsValue {
    err.clone().into_opaque(ctx).unwrap_or_default()
}

fn noop_waker() -> Waker {
    Waker::noop().clone()
}

/// Polls Boa's async jobs (module loading, mostly) that are ready, without waiting.
fn poll_async_jobs_now<'a>(
    jobs: &mut FuturesUnordered<Pin<Box<dyn Future<Output = JsResult<JsValue>> + 'a>>>,
    host: &Host,
    ctx: &'a RefCell<&mut Context>,
) -> bool {
    let mut progressed = false;
    loop {
        for job in std::mem::take(&mut *host.async_jobs.borrow_mut()) {
            jobs.push(Box::pin(job.call(ctx)));
        }
        let waker = noop_waker();
        let mut cx = TaskContext::from_waker(&waker);
        match jobs.poll_next_unpin(&mut cx) {
            Poll::Ready(Some(result)) => {
                progressed = true;
                if let Err(err) = result {
                    report_uncaught(host, err, &mut ctx.borrow_mut());
                }
                checkpoint(host, &mut ctx.borrow_mut());
            }
            Poll::Ready(None) | Poll::Pending => {
                if host.async_jobs.borrow().is_empty() {
                    return progressed;
                }
            }
        }
    }
}

/// Drives every async job enqueued during a synchronous built-in load to the
/// end. Built-in modules load without I/O, so their jobs finish at once.
pub fn drive_sync_async_jobs(host: &Host, ctx: &mut Context) -> JsResult<()> {
    let cell = RefCell::new(ctx);
    let waker = noop_waker();
    let mut cx = TaskContext::from_waker(&waker);
    loop {
        let jobs = std::mem::take(&mut *host.async_jobs.borrow_mut());
        if jobs.is_empty() {
            return Ok(());
        }
        for job in jobs {
            let mut fut = job.call(&cell);
            match Pin::new(&mut fut).poll(&mut cx) {
                Poll::Ready(result) => {
                    result?;
                }
                Poll::Pending => {
                    return Err(boa_engine::JsNativeError::error()
                        .with_message("a built-in module could not be loaded synchronously")
                        .into());
                }
            }
        }
    }
}

/// Runs the loop until nothing referenced is pending, `process.exit()` was
/// called, or an error was fatal. One turn is libuv's: timers, poll (which
/// waits when there is nothing else to do), check (immediates).
pub async fn run(host: Rc<Host>, ctx: &mut Context) {
    let Some(mut rx) = host.take_receiver() else {
        return;
    };
    let cell = RefCell::new(ctx);
    let mut jobs: FuturesUnordered<Pin<Box<dyn Future<Output = JsResult<JsValue>> + '_>>> =
        FuturesUnordered::new();
    // A CommonJS main ran already; its ticks and promise jobs come first.
    checkpoint(&host, &mut cell.borrow_mut());
    loop {
        if host.should_stop() {
            return;
        }
        // libuv's loop condition: stop when nothing referenced is pending,
        // after 'beforeExit' had its chance to schedule more.
        if !host.is_alive() && jobs.is_empty() {
            if host.has_microtasks() {
                checkpoint(&host, &mut cell.borrow_mut());
                continue;
            }
            if let Some(hooks) = host.hooks() {
                let mut ctx = cell.borrow_mut();
                if let Err(err) = hooks
                    .on_before_exit
                    .call(&JsValue::undefined(), &[], &mut ctx)
                {
                    report_uncaught(&host, err, &mut ctx);
                }
                checkpoint(&host, &mut ctx);
            }
            if !host.is_alive() || host.should_stop() {
                return;
            }
        }
        host.update_loop_now();

        // Timers.
        run_due_timers(&host, &mut cell.borrow_mut());
        if host.should_stop() {
            return;
        }

        // Poll: finished ops and host events, Boa's async jobs; wait for
        // one when nothing else is ready.
        drain_events(&host, &mut rx, &cell);
        poll_async_jobs_now(&mut jobs, &host, &cell);
        if host.should_stop() {
            return;
        }
        let idle = !host.has_refed_immediates()
            && host.closing.borrow().is_empty()
            && !host.has_microtasks()
            && host.async_jobs.borrow().is_empty();
        if idle && (host.is_alive() || !jobs.is_empty()) {
            wait(&host, &mut rx, &cell, &mut jobs).await;
            drain_events(&host, &mut rx, &cell);
            poll_async_jobs_now(&mut jobs, &host, &cell);
            if host.should_stop() {
                return;
            }
        }

        // Check: immediates; then close callbacks.
        run_immediates(&host, &mut cell.borrow_mut());
        if host.should_stop() {
            return;
        }
        run_close_callbacks(&host, &mut cell.borrow_mut());
    }
}

/// The close phase: the callbacks queued before it began, each followed by a
/// microtask checkpoint (those they queue run next turn).
fn run_close_callbacks(host: &Host, ctx: &mut Context) {
    let batch = std::mem::take(&mut *host.closing.borrow_mut());
    for queued in batch {
        call_queued(host, queued, ctx);
        checkpoint(host, ctx);
        if host.should_stop() {
            return;
        }
    }
}

fn drain_events(host: &Host, rx: &mut UnboundedReceiver<HostEvent>, cell: &RefCell<&mut Context>) {
    loop {
        let deferred = host.deferred.borrow_mut().pop_front();
        let Some(work) = deferred else { break };
        let mut ctx = cell.borrow_mut();
        work(&mut ctx);
        checkpoint(host, &mut ctx);
        if host.should_stop() {
            return;
        }
    }
    loop {
        let Ok(event) = rx.try_recv() else { return };
        handle_event(host, event, &mut cell.borrow_mut());
        if host.should_stop() {
            return;
        }
    }
}

/// Waits for the next host event, due timer or finished async job; output
/// so far is shown first.
async fn wait<'a>(
    host: &Host,
    rx: &mut UnboundedReceiver<HostEvent>,
    cell: &'a RefCell<&mut Context>,
    jobs: &mut FuturesUnordered<Pin<Box<dyn Future<Output = JsResult<JsValue>> + 'a>>>,
) {
    if let Err(e) = crate::ui::stdio::flush() {
        if e.kind() == std::io::ErrorKind::BrokenPipe {
            super::exit_now(0);
        }
    }
    let deadline = host.timers.borrow().next_deadline();
    let sleep = async {
        match deadline {
            Some(at) => {
                let when = host.start_instant() + Duration::from_millis(at);
                tokio::time::sleep_until(tokio::time::Instant::from_std(when)).await;
            }
            None => std::future::pending::<()>().await,
        }
    };
    let event = rx.recv();
    let job = async {
        if jobs.is_empty() {
            std::future::pending::<Option<JsResult<JsValue>>>().await
        } else {
            jobs.next().await
        }
    };
    tokio::select! {
        biased;
        event = event => {
            if let Some(event) = event {
                handle_event(host, event, &mut cell.borrow_mut());
            }
        }
        result = job => {
            if let Some(Err(err)) = result {
                report_uncaught(host, err, &mut cell.borrow_mut());
            }
            checkpoint(host, &mut cell.borrow_mut());
        }
        () = sleep => {}
    }
}

fn run_due_timers(host: &Host, ctx: &mut Context) {
    let now = host.loop_now();
    loop {
        let due = host.timers.borrow_mut().pop_due(now);
        let Some((id, object)) = due else { return };
        let result = match object {
            Some(timer) => crate::ops::fire_timer(host, id, &timer, ctx),
            None => match host.timer_hooks() {
                #[allow(clippy::cast_precision_loss)]
                Some(hooks) => hooks
                    .on_timer
                    .call(&JsValue::undefined(), &[JsValue::from(id as f64)], ctx)
                    .map(|_| ()),
                None => Ok(()),
            },
        };
        if let Err(err) = result {
            report_uncaught(host, err, ctx);
        }
        checkpoint(host, ctx);
        if host.should_stop() {
            return;
        }
    }
}

fn run_immediates(host: &Host, ctx: &mut Context) {
    let Some(hooks) = host.timer_hooks() else {
        return;
    };
    let batch = host.take_immediates();
    for (id, _) in batch {
        #[allow(clippy::cast_precision_loss)]
        let arg = JsValue::from(id as f64);
        if let Err(err) = hooks.on_immediate.call(&JsValue::undefined(), &[arg], ctx) {
            report_uncaught(host, err, ctx);
        }
        checkpoint(host, ctx);
        if host.should_stop() {
            return;
        }
    }
}

/// Resolves or rejects a finished op's promise with its outcome.
fn settle_op(
    host: &Host,
    resolvers: ResolvingFunctions,
    outcome: JsResult<JsValue>,
    ctx: &mut Context,
) {
    let call = match outcome {
        Ok(value) => resolvers.resolve.call(&JsValue::undefined(), &[value], ctx),
        Err(err) => {
            let value = error_value(&err, ctx);
            resolvers.reject.call(&JsValue::undefined(), &[value], ctx)
        }
    };
    if let Err(err) = call {
        report_uncaught(host, err, ctx);
    }
}

fn handle_event(host: &Host, event: HostEvent, ctx: &mut Context) {
    match event {
        HostEvent::OpDone { id, settle } => {
            let Some(resolvers) = host.take_op(id) else {
                return;
            };
            settle_op(host, resolvers, settle(ctx), ctx);
        }
        HostEvent::OpStep { id, step } => {
            let Some(held) = host.op_held(id) else {
                return;
            };
            if let Some(outcome) = step(ctx, &held) {
                if let Some(resolvers) = host.take_op(id) {
                    settle_op(host, resolvers, outcome, ctx);
                }
            }
        }
        HostEvent::Call { id, args, last } => {
            let Some((listener, context)) = host.listener(id, last) else {
                return;
            };
            let result = host.with_context(context, || {
                args(ctx).and_then(|args| listener.call(&JsValue::undefined(), &args, ctx))
            });
            if let Err(err) = result {
                report_uncaught(host, err, ctx);
            }
        }
    }
    checkpoint(host, ctx);
}
