//! The Boa host: builds the context, loads the standard library, runs the
//! entry (a script, a module or `--eval` code) and the event loop, and turns
//! the outcome into an exit code.

pub mod builtin_exports;
pub mod declared;
pub mod diagnostic;
pub mod event_loop;
mod fastpaths;
pub mod host;
pub mod loader;
pub mod regex_literals;
mod regex_replace;
pub mod stdlib;

use std::path::PathBuf;
use std::rc::Rc;

use boa_engine::builtins::promise::PromiseState;
use boa_engine::context::ContextBuilder;
use boa_engine::object::builtins::JsPromise;
use boa_engine::{
    js_string, Context, JsError, JsNativeError, JsResult, JsValue, NativeFunction, Source,
};

use host::{Host, HostHooksImpl};
use loader::{FileKind, Loader, Resolved};

/// What `process.argv` and `process.execPath` show.
#[derive(Debug, Clone, Default)]
pub struct ProcessInfo {
    pub argv: Vec<String>,
    pub exec_path: String,
}

/// What to run.
#[derive(Debug, Clone)]
pub enum Entry {
    /// `--eval CODE`: a CommonJS-style script, or a module when it uses
    /// `import`/`export`.
    Eval(String),
    /// A file, evaluated by its kind (extension, package.json `type`, syntax).
    File(PathBuf),
    /// A file that is always an ES module.
    Module(PathBuf),
    /// A tasks file, run for the command line by `internal:tasks`; the
    /// request is JSON (targets, args, list, dry-run, ...).
    Tasks {
        file: PathBuf,
        request: String,
        options: TaskOptions,
    },
}

/// The exit code with which a watch-mode run asks to be started again in a
/// fresh runtime (its tasks file changed). Never reaches the OS.
pub const RELOAD: i32 = 1000;

/// What the task runner's natives need to know about the command line.
#[derive(Debug, Clone, Default)]
pub struct TaskOptions {
    pub jobs: usize,
    pub keep_going: bool,
    pub color: bool,
    pub quiet: bool,
    /// Show the live view (a terminal, not CI).
    pub live: bool,
}

/// JS call depth (native re-entries count too); with the stack below, deep
/// recursion fails with a clean error before the native stack runs out.
const RECURSION_LIMIT: usize = 60_000;

/// The JS thread's stack: deep recursion must fail cleanly, not abort.
const JS_STACK_SIZE: usize = 256 * 1024 * 1024;

/// Runs `entry` to completion on a JS thread of its own; returns the exit code.
pub fn run(entry: Entry, info: ProcessInfo) -> i32 {
    ANNOUNCE_INTERRUPT.store(
        matches!(entry, Entry::Tasks { .. }),
        std::sync::atomic::Ordering::Relaxed,
    );
    crate::process::supervisor::install_signal_handlers(before_signal_exit);
    let thread = std::thread::Builder::new()
        .name("js".into())
        .stack_size(JS_STACK_SIZE)
        .spawn(move || run_on_this_thread(entry, info));
    let code = match thread {
        Ok(handle) => handle.join().unwrap_or(70),
        Err(e) => {
            eprintln!("error: cannot start the JavaScript thread: {e}");
            70
        }
    };
    finish_output();
    code
}

/// Whether a signal that ends autorun is announced (`interrupted` in tasks mode).
static ANNOUNCE_INTERRUPT: std::sync::atomic::AtomicBool =
    std::sync::atomic::AtomicBool::new(false);

/// On the signal thread, once the children are gone: what was written
/// reaches its destination before autorun exits with 128 + the signal.
fn before_signal_exit(signal: i32) {
    crate::ui::stdio::flush_all_prefixed();
    let _ = crate::ui::stdio::flush();
    if ANNOUNCE_INTERRUPT.load(std::sync::atomic::Ordering::Relaxed) {
        let what = if signal == libc::SIGINT {
            "interrupted"
        } else {
            "terminated"
        };
        let _ = crate::ui::stdio::write_err(format!("\n{what}\n").as_bytes());
    }
}

/// At exit: children still running are ended (SIGTERM, the grace period,
/// SIGKILL) and partial output lines are written. When a signal is ending
/// autorun, the signal thread owns the exit (code 128 + the signal): wait
/// for it rather than exit with what the interrupted program returned.
fn finish_output() {
    use crate::process::supervisor;
    if supervisor::received_signal().is_some() {
        loop {
            std::thread::park();
        }
    }
    supervisor::shutdown(libc::SIGTERM, supervisor::grace());
    crate::ui::stdio::flush_all_prefixed();
    let _ = crate::ui::stdio::flush();
}

/// Flushes output and ends the process now (`process.exit`, a closed stdout).
pub fn exit_now(code: i32) -> ! {
    finish_output();
    std::process::exit(code)
}

fn run_on_this_thread(entry: Entry, info: ProcessInfo) -> i32 {
    let runtime = match tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
    {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("error: cannot start the event loop: {e}");
            return 70;
        }
    };
    let local = tokio::task::LocalSet::new();
    local.block_on(&runtime, async move {
        let host = Host::new();
        let loader = Loader::new();
        let mut ctx = match build_context(&host, &loader, info) {
            Ok(ctx) => ctx,
            Err(err) => {
                eprintln!("error: cannot create the JavaScript context: {err}");
                return 70;
            }
        };
        let code = run_entry(&host, &loader, entry, &mut ctx).await;
        // The process ends next: freeing every object of the heap one by
        // one would only delay it (over a millisecond for a small script).
        // What needs doing at exit (output, children) is done without it.
        std::mem::forget(ctx);
        if crate::ui::stdio::flush().is_err() {
            // stdout closed under us: the data had nowhere to go.
            return code;
        }
        code
    })
}

fn build_context(host: &Rc<Host>, loader: &Rc<Loader>, info: ProcessInfo) -> JsResult<Context> {
    let mut ctx = ContextBuilder::new()
        .job_executor(event_loop::Executor::new(host.clone()))
        .module_loader(loader.clone())
        .host_hooks(Rc::new(HostHooksImpl))
        .build()?;
    ctx.insert_data(host.clone());
    ctx.insert_data(loader.clone());
    ctx.insert_data(info);
    let limits = ctx.runtime_limits_mut();
    limits.set_recursion_limit(RECURSION_LIMIT);
    limits.set_stack_size_limit(1024 * 1024);
    loader.set_internal(crate::ops::internal_module(&mut ctx));
    if let Err(err) = fastpaths::install(&mut ctx)
        .and_then(|()| fastpaths::install_json(&mut ctx))
        .and_then(|()| fastpaths::install_json_stringify(&mut ctx))
        .and_then(|()| regex_literals::install(&mut ctx))
    {
        eprintln!("error: cannot install the string fast paths: {err}");
    }
    Ok(ctx)
}

async fn run_entry(host: &Rc<Host>, loader: &Rc<Loader>, entry: Entry, ctx: &mut Context) -> i32 {
    if let Err(err) = loader.load_builtin_sync("internal:bootstrap", ctx) {
        return report_fatal(host, &err, ctx);
    }
    host.update_loop_now();
    let started = match entry {
        Entry::Eval(code) => start_eval(&code, loader, ctx),
        Entry::File(path) => match loader::file_kind(&path, ctx) {
            Ok(FileKind::CommonJs) => run_commonjs_main(&path, loader, ctx).map(|()| None),
            Ok(FileKind::Json) => Err(JsNativeError::typ()
                .with_message(format!("`{}` is JSON, not a script", path.display()))
                .into()),
            Ok(FileKind::Esm) => start_module(&path, host, loader, ctx).map(Some),
            Err(err) => Err(err),
        },
        Entry::Module(path) => start_module(&path, host, loader, ctx).map(Some),
        Entry::Tasks {
            file,
            request,
            options,
        } => {
            ctx.insert_data(options);
            start_tasks(&file, request, host, loader, ctx).map(Some)
        }
    };
    let main = match started {
        Ok(main) => main,
        Err(err) => {
            host.fatal.replace(Some(err));
            None
        }
    };
    if !host.should_stop() {
        event_loop::run(host.clone(), ctx).await;
    }
    finish(host, main.as_ref(), ctx)
}

/// Starts an ES module in the first poll phase, as Node does (its loading
/// is asynchronous there): immediates queued by the module run before its
/// timers. Returns the promise of its evaluation.
fn start_module(
    path: &std::path::Path,
    host: &Host,
    loader: &Loader,
    ctx: &mut Context,
) -> JsResult<JsPromise> {
    let module = loader.module(&Resolved::File(path.to_path_buf()), false, ctx)?;
    let (promise, resolvers) = JsPromise::new_pending(ctx);
    host.deferred
        .borrow_mut()
        .push_back(Box::new(move |ctx: &mut Context| {
            let evaluated: JsValue = module.load_link_evaluate(ctx).into();
            let _ = resolvers
                .resolve
                .call(&JsValue::undefined(), &[evaluated], ctx);
        }));
    Ok(watch_main(promise, ctx))
}

/// Runs a tasks file through `internal:tasks`' `main`, in the first poll
/// phase; its promise resolves to the exit code.
fn start_tasks(
    file: &std::path::Path,
    request: String,
    host: &Host,
    loader: &Loader,
    ctx: &mut Context,
) -> JsResult<JsPromise> {
    loader.force_esm(file);
    let tasks = loader.load_builtin_sync("internal:tasks", ctx)?;
    let main = tasks.get(js_string!("main"), ctx)?;
    let Some(main) = main.as_callable() else {
        return Err(JsNativeError::typ()
            .with_message("internal:tasks has no main")
            .into());
    };
    let (promise, resolvers) = JsPromise::new_pending(ctx);
    let url = loader::file_url(file);
    host.deferred
        .borrow_mut()
        .push_back(Box::new(move |ctx: &mut Context| {
            let args = [
                JsValue::from(js_string!(url.as_str())),
                JsValue::from(js_string!(request.as_str())),
            ];
            let outcome = match main.call(&JsValue::undefined(), &args, ctx) {
                Ok(value) => resolvers.resolve.call(&JsValue::undefined(), &[value], ctx),
                Err(err) => {
                    let reason = event_loop::error_value(&err, ctx);
                    resolvers.reject.call(&JsValue::undefined(), &[reason], ctx)
                }
            };
            drop(outcome);
        }));
    Ok(watch_main(promise, ctx))
}

/// A rejected main promise is fatal; the handler also marks it handled.
fn watch_main(promise: JsPromise, ctx: &mut Context) -> JsPromise {
    let on_reject = NativeFunction::from_copy_closure(|_, args, ctx| {
        let reason = args.first().cloned().unwrap_or_default();
        let host = Host::get(ctx);
        if !host.should_stop() {
            host.fatal.replace(Some(JsError::from_opaque(reason)));
        }
        Ok(JsValue::undefined())
    })
    .to_js_function(ctx.realm());
    let _ = promise.then(None, Some(on_reject), ctx);
    promise
}

fn cjs_function(
    name: &str,
    loader: &Loader,
    ctx: &mut Context,
) -> JsResult<boa_engine::object::builtins::JsFunction> {
    let cjs = loader.load_builtin_sync("internal:cjs", ctx)?;
    let f = cjs.get(js_string!(name), ctx)?;
    f.as_object()
        .and_then(boa_engine::object::builtins::JsFunction::from_object)
        .ok_or_else(|| {
            JsNativeError::typ()
                .with_message(format!("internal:cjs has no {name}"))
                .into()
        })
}

fn run_commonjs_main(path: &std::path::Path, loader: &Loader, ctx: &mut Context) -> JsResult<()> {
    let run_main = cjs_function("runMain", loader, ctx)?;
    let filename = JsValue::from(js_string!(path.display().to_string().as_str()));
    run_main.call(&JsValue::undefined(), &[filename], ctx)?;
    Ok(())
}

/// `--eval`: a script where `require` works; a module when the code only
/// parses as one (it uses `import`, `export` or top-level `await`).
fn start_eval(code: &str, loader: &Loader, ctx: &mut Context) -> JsResult<Option<JsPromise>> {
    // As `node -e`: a script in the global scope, where `require`, `module`,
    // `exports`, `__filename` and `__dirname` are globals (loaded on first
    // use); a module when the code only parses as one.
    let eval_path = PathBuf::from("[eval]");
    let script = boa_engine::Script::parse(
        Source::from_bytes(code.as_bytes()).with_path(&eval_path),
        None,
        ctx,
    );
    let script = match script {
        Ok(script) => script,
        Err(script_err) => {
            let module_path = loader::current_dir().join("[eval1]");
            return match boa_engine::Module::parse(
                Source::from_bytes(code.as_bytes()).with_path(&module_path),
                None,
                ctx,
            ) {
                Ok(module) => Ok(Some(watch_main(module.load_link_evaluate(ctx), ctx))),
                Err(_) => Err(diagnostic::attach_file(script_err, &eval_path, ctx)),
            };
        }
    };
    let globals = loader.load_builtin_sync("internal:eval_globals", ctx)?;
    let define = globals.get(js_string!("defineEvalGlobals"), ctx)?;
    if let Some(define) = define.as_callable() {
        define.call(&JsValue::undefined(), &[], ctx)?;
    }
    script.evaluate(ctx)?;
    Ok(None)
}

/// After the loop: report a fatal error, or warn about an unsettled
/// top-level await, emit `exit`, and pick the exit code.
fn finish(host: &Rc<Host>, main: Option<&JsPromise>, ctx: &mut Context) -> i32 {
    if let Some(code) = host.exit.get() {
        return code;
    }
    let fatal = host.fatal.borrow_mut().take();
    if let Some(err) = fatal {
        return report_fatal(host, &err, ctx);
    }
    let mut code = None;
    if let Some(main) = main {
        if let PromiseState::Fulfilled(value) = main.state() {
            // The task runner's main resolves to its exit code.
            if let Some(n) = value.as_number() {
                #[allow(clippy::cast_possible_truncation)]
                let n = n as i32;
                code = Some(n);
            }
        }
        if matches!(main.state(), PromiseState::Pending) {
            let _ = crate::ui::stdio::write_err(
                b"Warning: Detected unsettled top-level await; the main module never finished\n",
            );
            code = Some(13);
        }
    }
    emit_exit(host, code, ctx)
}

/// Emits `process.on('exit')` and returns the final exit code.
fn emit_exit(host: &Rc<Host>, code: Option<i32>, ctx: &mut Context) -> i32 {
    let Some(hooks) = host.hooks() else {
        return code.unwrap_or(0);
    };
    let arg = code.map_or(JsValue::undefined(), JsValue::from);
    match hooks.on_exit.call(&JsValue::undefined(), &[arg], ctx) {
        Ok(value) => {
            if let Some(err) = host.fatal.borrow_mut().take() {
                print_error(&err, ctx);
                return 7;
            }
            value.to_i32(ctx).unwrap_or(0)
        }
        Err(err) => {
            print_error(&err, ctx);
            7
        }
    }
}

fn print_error(err: &JsError, ctx: &mut Context) {
    let parts = diagnostic::parts(err, ctx);
    let color = crate::ui::stdio::is_terminal(2) && std::env::var_os("NO_COLOR").is_none();
    let _ = crate::ui::stdio::write_err(diagnostic::render(&parts, color).as_bytes());
}

/// Prints an uncaught error and runs the `exit` listeners with code 1.
fn report_fatal(host: &Rc<Host>, err: &JsError, ctx: &mut Context) -> i32 {
    print_error(err, ctx);
    host.fatal.replace(None);
    let code = emit_exit(host, Some(1), ctx);
    if code == 0 {
        1
    } else {
        code
    }
}
