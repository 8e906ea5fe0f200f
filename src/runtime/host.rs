//! The state of the event loop that natives and the loop share.
//!
//! One `Host` lives per runtime, on the JS thread, behind an `Rc`. Natives
//! reach it through `Host::get(ctx)`; the loop in `event_loop.rs` drains it.

use std::cell::{Cell, RefCell};
use std::collections::{BTreeMap, HashMap, VecDeque};
use std::rc::Rc;
use std::time::Instant;

use boa_engine::builtins::promise::ResolvingFunctions;
use boa_engine::job::{NativeAsyncJob, PromiseJob};
use boa_engine::object::builtins::JsFunction;
use boa_engine::{Context, JsError, JsObject, JsResult, JsValue};
use tokio::sync::mpsc;

/// Turns the Send result of off-thread work into a JS value, on the JS thread.
pub type Settle = Box<dyn FnOnce(&mut Context) -> JsResult<JsValue> + Send>;

/// The next step of a multi-step op, on the JS thread.
pub type Step = Box<dyn FnOnce(&mut Context, &JsValue) -> Option<JsResult<JsValue>> + Send>;

/// Something that happened off the JS thread and must be handled on it.
pub enum HostEvent {
    /// A native async op finished: settle its promise.
    OpDone { id: u64, settle: Settle },
    /// One step of a native async op done in several (a large write, chunk
    /// by chunk): `step` gets the value the op holds and returns the
    /// outcome when the op is finished, `None` when it goes on.
    OpStep { id: u64, step: Step },
    /// Something happened to a resource (a child's output, its exit): call
    /// its JS listener with the arguments `args` makes. `last` releases it.
    Call { id: u64, args: MakeArgs, last: bool },
}

/// Builds a listener's arguments on the JS thread.
pub type MakeArgs = Box<dyn FnOnce(&mut Context) -> JsResult<Vec<JsValue>> + Send>;

/// JS functions `internal:timers` hands to the loop when it loads.
#[derive(Clone)]
pub struct TimerHooks {
    /// `onTimer(id)`: runs the callback of the Timeout with this id.
    pub on_timer: JsFunction,
    /// `onImmediate(id)`: runs the callback of the Immediate with this id.
    pub on_immediate: JsFunction,
}

/// JS functions `internal:process` hands to the loop when it loads; until
/// then no listener can exist, and the loop uses the defaults.
#[derive(Clone)]
pub struct Hooks {
    /// `onUncaught(error, origin)` → true when a `process.on('uncaughtException')` listener took it.
    pub on_uncaught: JsFunction,
    /// `onUnhandledRejection(reason, promise)` → true when a listener took it.
    pub on_unhandled: JsFunction,
    /// `onExit(code)`: emits `process.on('exit')` and returns the final code.
    pub on_exit: JsFunction,
    /// `onBeforeExit(code)`: emits `process.on('beforeExit')`.
    pub on_before_exit: JsFunction,
}

struct TimerEntry {
    key: (u64, u64),
    refed: bool,
    /// A native Timeout (fired by the loop itself); `None` for a legacy
    /// timer handled by `internal:timers` through the `onTimer` hook.
    object: Option<JsObject>,
}

#[derive(Default)]
pub struct Timers {
    queue: BTreeMap<(u64, u64), u64>,
    entries: HashMap<u64, TimerEntry>,
    refed: usize,
    seq: u64,
}

impl Timers {
    pub fn start(&mut self, id: u64, deadline: u64, refed: bool, object: Option<JsObject>) {
        self.stop(id);
        self.seq += 1;
        let key = (deadline, self.seq);
        self.queue.insert(key, id);
        self.entries.insert(id, TimerEntry { key, refed, object });
        if refed {
            self.refed += 1;
        }
    }

    pub fn stop(&mut self, id: u64) -> bool {
        let Some(entry) = self.entries.remove(&id) else {
            return false;
        };
        self.queue.remove(&entry.key);
        if entry.refed {
            self.refed -= 1;
        }
        true
    }

    pub fn set_ref(&mut self, id: u64, refed: bool) {
        if let Some(entry) = self.entries.get_mut(&id) {
            if entry.refed != refed {
                entry.refed = refed;
                if refed {
                    self.refed += 1;
                } else {
                    self.refed -= 1;
                }
            }
        }
    }

    /// The earliest deadline, if any timer is armed.
    pub fn next_deadline(&self) -> Option<u64> {
        self.queue.keys().next().map(|k| k.0)
    }

    /// Removes and returns the first timer due at `now`, with its native
    /// Timeout object if it has one.
    pub fn pop_due(&mut self, now: u64) -> Option<(u64, Option<JsObject>)> {
        let (&key, &id) = self.queue.iter().next()?;
        if key.0 > now {
            return None;
        }
        let entry = self.entries.remove(&id)?;
        self.queue.remove(&entry.key);
        if entry.refed {
            self.refed -= 1;
        }
        Some((id, entry.object))
    }

    pub fn is_armed(&self, id: u64) -> bool {
        self.entries.contains_key(&id)
    }

    /// The native Timeout armed under `id`, if any (`clearTimeout(id)`).
    pub fn object(&self, id: u64) -> Option<JsObject> {
        self.entries.get(&id).and_then(|e| e.object.clone())
    }

    pub fn has_refed(&self) -> bool {
        self.refed > 0
    }
}

struct PendingOp {
    resolvers: ResolvingFunctions,
    refed: bool,
    /// A value the op works on across its steps (kept alive until it ends).
    held: JsValue,
}

pub struct Host {
    start: Instant,
    loop_now: Cell<u64>,
    pub promise_jobs: RefCell<VecDeque<PromiseJob>>,
    pub async_jobs: RefCell<Vec<NativeAsyncJob>>,
    pub ticks: RefCell<VecDeque<Queued>>,
    /// libuv's close callbacks: run after the check phase (immediates) of
    /// each turn, as a handle's close callback is.
    pub closing: RefCell<VecDeque<Queued>>,
    pub timers: RefCell<Timers>,
    immediates: RefCell<VecDeque<(u64, bool)>>,
    immediates_refed: Cell<usize>,
    ops: RefCell<HashMap<u64, PendingOp>>,
    ops_refed: Cell<usize>,
    next_id: Cell<u64>,
    events_tx: mpsc::UnboundedSender<HostEvent>,
    events_rx: RefCell<Option<mpsc::UnboundedReceiver<HostEvent>>>,
    /// Promises rejected with no handler yet, in rejection order.
    pub rejections: RefCell<Vec<JsObject>>,
    pub hooks: RefCell<Option<Hooks>>,
    pub timer_hooks: RefCell<Option<TimerHooks>>,
    /// Set when the program must end: the exit code.
    pub exit: Cell<Option<i32>>,
    /// An error that ends the program (uncaught, unhandled rejection).
    pub fatal: RefCell<Option<JsError>>,
    /// Work for the next poll phase, from the JS thread itself.
    pub deferred: RefCell<VecDeque<Deferred>>,
    /// JS listeners of live resources (children), with the async context
    /// they were registered in; each keeps the loop alive.
    listeners: RefCell<HashMap<u64, (JsFunction, JsValue)>>,
    /// Listeners that do not keep the loop alive (`child.unref()`).
    unrefed_listeners: RefCell<std::collections::HashSet<u64>>,
    /// The async context (what `AsyncLocalStorage` reads): captured when a
    /// callback is scheduled, restored while it runs.
    async_context: RefCell<JsValue>,
}

/// A callback queued to run later: the function, its arguments and the
/// async context it was queued in.
pub type Queued = (JsObject, Vec<JsValue>, JsValue);

/// A callback for the poll phase (the ES main module starts there, as in Node).
pub type Deferred = Box<dyn FnOnce(&mut Context)>;

impl Host {
    pub fn new() -> Rc<Self> {
        let (events_tx, events_rx) = mpsc::unbounded_channel();
        Rc::new(Self {
            start: Instant::now(),
            loop_now: Cell::new(0),
            promise_jobs: RefCell::default(),
            async_jobs: RefCell::default(),
            ticks: RefCell::default(),
            closing: RefCell::default(),
            timers: RefCell::default(),
            immediates: RefCell::default(),
            immediates_refed: Cell::new(0),
            ops: RefCell::default(),
            ops_refed: Cell::new(0),
            next_id: Cell::new(1),
            events_tx,
            events_rx: RefCell::new(Some(events_rx)),
            rejections: RefCell::default(),
            hooks: RefCell::default(),
            timer_hooks: RefCell::default(),
            exit: Cell::new(None),
            fatal: RefCell::default(),
            deferred: RefCell::default(),
            listeners: RefCell::default(),
            unrefed_listeners: RefCell::default(),
            async_context: RefCell::default(),
        })
    }

    /// The host of the context; natives call this.
    pub fn get(ctx: &Context) -> Rc<Host> {
        match ctx.get_data::<Rc<Host>>() {
            Some(host) => host.clone(),
            None => unreachable!("every autorun context is built with a host"),
        }
    }

    /// Milliseconds since start, exact.
    pub fn now(&self) -> u64 {
        u64::try_from(self.start.elapsed().as_millis()).unwrap_or(u64::MAX)
    }

    /// Milliseconds since start, as cached at the start of this loop turn (libuv's `uv_now`).
    pub fn loop_now(&self) -> u64 {
        self.loop_now.get()
    }

    pub fn update_loop_now(&self) {
        self.loop_now.set(self.now());
    }

    pub fn start_instant(&self) -> Instant {
        self.start
    }

    pub fn next_id(&self) -> u64 {
        let id = self.next_id.get();
        self.next_id.set(id + 1);
        id
    }

    /// The receiving end of host events; the event loop owns it while it runs.
    pub fn take_receiver(&self) -> Option<mpsc::UnboundedReceiver<HostEvent>> {
        self.events_rx.borrow_mut().take()
    }

    pub fn sender(&self) -> mpsc::UnboundedSender<HostEvent> {
        self.events_tx.clone()
    }

    /// Registers the promise of a native async op; the op's work reports back
    /// with `HostEvent::OpDone { id }`.
    pub fn register_op(&self, resolvers: ResolvingFunctions) -> u64 {
        self.register_op_holding(resolvers, JsValue::undefined())
    }

    /// As `register_op`, keeping `held` for the op's steps (`HostEvent::OpStep`).
    pub fn register_op_holding(&self, resolvers: ResolvingFunctions, held: JsValue) -> u64 {
        let id = self.next_id();
        self.ops.borrow_mut().insert(
            id,
            PendingOp {
                resolvers,
                refed: true,
                held,
            },
        );
        self.ops_refed.set(self.ops_refed.get() + 1);
        id
    }

    /// Registers the listener of a resource; it keeps the loop alive until
    /// an event with `last` releases it.
    pub fn register_listener(&self, listener: JsFunction) -> u64 {
        let id = self.next_id();
        self.listeners
            .borrow_mut()
            .insert(id, (listener, self.context()));
        id
    }

    /// The listener `id` and its async context.
    pub fn listener(&self, id: u64, last: bool) -> Option<(JsFunction, JsValue)> {
        if last {
            self.unrefed_listeners.borrow_mut().remove(&id);
            self.listeners.borrow_mut().remove(&id)
        } else {
            self.listeners.borrow().get(&id).cloned()
        }
    }

    /// Whether listener `id` keeps the loop alive (it does from the start).
    pub fn set_listener_ref(&self, id: u64, refed: bool) {
        if !self.listeners.borrow().contains_key(&id) {
            return;
        }
        let mut unrefed = self.unrefed_listeners.borrow_mut();
        if refed {
            unrefed.remove(&id);
        } else {
            unrefed.insert(id);
        }
    }

    /// The current async context.
    pub fn context(&self) -> JsValue {
        self.async_context.borrow().clone()
    }

    /// Sets the async context (until the enclosing `with_context` restores it).
    pub fn async_context_replace(&self, context: JsValue) {
        *self.async_context.borrow_mut() = context;
    }

    /// Runs `f` with `context` as the async context, then restores the old one.
    pub fn with_context<R>(&self, context: JsValue, f: impl FnOnce() -> R) -> R {
        let previous = self.async_context.replace(context);
        let result = f();
        *self.async_context.borrow_mut() = previous;
        result
    }

    /// The value a pending op holds.
    pub fn op_held(&self, id: u64) -> Option<JsValue> {
        self.ops.borrow().get(&id).map(|op| op.held.clone())
    }

    pub fn take_op(&self, id: u64) -> Option<ResolvingFunctions> {
        let op = self.ops.borrow_mut().remove(&id)?;
        if op.refed {
            self.ops_refed.set(self.ops_refed.get() - 1);
        }
        Some(op.resolvers)
    }

    pub fn queue_immediate(&self, id: u64, refed: bool) {
        self.immediates.borrow_mut().push_back((id, refed));
        if refed {
            self.immediates_refed.set(self.immediates_refed.get() + 1);
        }
    }

    pub fn clear_immediate(&self, id: u64) {
        let mut queue = self.immediates.borrow_mut();
        if let Some(pos) = queue.iter().position(|(i, _)| *i == id) {
            if let Some((_, refed)) = queue.remove(pos) {
                if refed {
                    self.immediates_refed.set(self.immediates_refed.get() - 1);
                }
            }
        }
    }

    pub fn set_immediate_ref(&self, id: u64, refed: bool) {
        let mut queue = self.immediates.borrow_mut();
        if let Some(entry) = queue.iter_mut().find(|(i, _)| *i == id) {
            if entry.1 != refed {
                entry.1 = refed;
                let n = self.immediates_refed.get();
                self.immediates_refed.set(if refed { n + 1 } else { n - 1 });
            }
        }
    }

    /// Takes the immediates queued so far; ones queued while they run wait a turn.
    pub fn take_immediates(&self) -> VecDeque<(u64, bool)> {
        self.immediates_refed.set(0);
        std::mem::take(&mut *self.immediates.borrow_mut())
    }

    pub fn has_refed_immediates(&self) -> bool {
        self.immediates_refed.get() > 0
    }

    /// Whether anything referenced keeps the process alive.
    pub fn is_alive(&self) -> bool {
        !self.deferred.borrow().is_empty()
            || !self.closing.borrow().is_empty()
            || self.listeners.borrow().len() > self.unrefed_listeners.borrow().len()
            || self.timers.borrow().has_refed()
            || self.immediates_refed.get() > 0
            || self.ops_refed.get() > 0
            || !self.async_jobs.borrow().is_empty()
    }

    pub fn has_microtasks(&self) -> bool {
        !self.promise_jobs.borrow().is_empty() || !self.ticks.borrow().is_empty()
    }

    pub fn hooks(&self) -> Option<Hooks> {
        self.hooks.borrow().clone()
    }

    pub fn timer_hooks(&self) -> Option<TimerHooks> {
        self.timer_hooks.borrow().clone()
    }

    pub fn should_stop(&self) -> bool {
        self.exit.get().is_some() || self.fatal.borrow().is_some()
    }
}

/// Boa's host hooks: autorun tracks rejected promises with no handler, and
/// carries the async context from where a promise reaction (or an `await`)
/// is registered to where it runs.
pub struct HostHooksImpl;

/// The async context a promise reaction was registered in.
#[derive(boa_gc::Trace, boa_gc::Finalize, boa_engine::JsData)]
struct CapturedContext(JsValue);

impl boa_engine::context::HostHooks for HostHooksImpl {
    fn make_job_callback(
        &self,
        callback: JsFunction,
        context: &mut Context,
    ) -> boa_engine::job::JobCallback {
        match context.get_data::<Rc<Host>>() {
            Some(host) if !host.async_context.borrow().is_undefined() => {
                boa_engine::job::JobCallback::new(callback, CapturedContext(host.context()))
            }
            _ => boa_engine::job::JobCallback::new(callback, ()),
        }
    }

    fn call_job_callback(
        &self,
        job: &boa_engine::job::JobCallback,
        this: &JsValue,
        args: &[JsValue],
        context: &mut Context,
    ) -> JsResult<JsValue> {
        let captured = job
            .host_defined()
            .downcast_ref::<CapturedContext>()
            .map(|c| c.0.clone())
            .unwrap_or_default();
        let Some(host) = context.get_data::<Rc<Host>>().cloned() else {
            return job.callback().call(this, args, context);
        };
        host.with_context(captured, || job.callback().call(this, args, context))
    }

    fn promise_rejection_tracker(
        &self,
        promise: &boa_engine::JsObject<boa_engine::builtins::promise::Promise>,
        operation: boa_engine::builtins::promise::OperationType,
        context: &mut Context,
    ) {
        let Some(host) = context.get_data::<Rc<Host>>().cloned() else {
            return;
        };
        let promise: JsObject = promise.clone().upcast();
        match operation {
            boa_engine::builtins::promise::OperationType::Reject => {
                host.rejections.borrow_mut().push(promise);
            }
            boa_engine::builtins::promise::OperationType::Handle => {
                host.rejections.borrow_mut().retain(|p| p != &promise);
            }
        }
    }
}
