//! The module loader: built-ins from `stdlib/`, ES modules, JSON and
//! CommonJS files, with Node's resolution rules.

use std::cell::RefCell;
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::rc::Rc;

use boa_engine::builtins::promise::PromiseState;
use boa_engine::module::{ModuleLoader, ModuleRequest, Referrer, SyntheticModuleInitializer};
use boa_engine::{
    js_string, Context, JsError, JsNativeError, JsObject, JsResult, JsString, JsValue, Module,
    Source,
};

use super::event_loop::drive_sync_async_jobs;
use super::host::Host;
use super::stdlib;

/// What a resolved specifier names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Resolved {
    /// A module embedded from `stdlib/`, by its canonical specifier (`node:fs`).
    Builtin(String),
    /// The native ops, for stdlib files only.
    Internal,
    /// A file on disk.
    File(PathBuf),
}

/// How a file is to be evaluated.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileKind {
    Esm,
    CommonJs,
    Json,
}

pub struct Loader {
    modules: RefCell<HashMap<String, Module>>,
    /// Built-in modules loaded through `load_builtin_sync`, evaluated already.
    namespaces: RefCell<HashMap<String, JsObject>>,
    /// The `autorun:internal` module, built once by `crate::ops`.
    internal: RefCell<Option<Module>>,
    /// Files that are ES modules whatever their extension (the tasks file).
    esm_files: RefCell<std::collections::HashSet<PathBuf>>,
}

impl Loader {
    pub fn new() -> Rc<Self> {
        Rc::new(Self {
            modules: RefCell::default(),
            namespaces: RefCell::default(),
            internal: RefCell::default(),
            esm_files: RefCell::default(),
        })
    }

    pub fn get(ctx: &Context) -> Rc<Loader> {
        match ctx.get_data::<Rc<Loader>>() {
            Some(loader) => loader.clone(),
            None => unreachable!("every autorun context is built with a loader"),
        }
    }

    /// Treats `path` as an ES module, as the tasks file always is.
    pub fn force_esm(&self, path: &Path) {
        self.esm_files.borrow_mut().insert(path.to_path_buf());
    }

    pub fn set_internal(&self, module: Module) {
        self.internal.replace(Some(module));
    }

    /// Resolves `specifier` as imported from `referrer` (a path, or a
    /// built-in's specifier).
    pub fn resolve(
        &self,
        specifier: &str,
        referrer: Option<&Path>,
    ) -> Result<Resolved, ResolveError> {
        let from_stdlib = referrer.is_some_and(is_builtin_path);
        if specifier == "autorun:internal" {
            return if from_stdlib {
                Ok(Resolved::Internal)
            } else {
                Err(module_error(
                    "ERR_UNKNOWN_BUILTIN_MODULE",
                    "`autorun:internal` is private to autorun's standard library; import `autorun` instead",
                ))
            };
        }
        if let Some(name) = specifier.strip_prefix("internal:") {
            if from_stdlib && stdlib::source(specifier).is_some() {
                return Ok(Resolved::Builtin(specifier.to_string()));
            }
            if from_stdlib {
                return Err(module_error(
                    "ERR_UNKNOWN_BUILTIN_MODULE",
                    &format!("no internal module `{name}`"),
                ));
            }
        }
        if let Some(name) = builtin_name(specifier) {
            return Ok(Resolved::Builtin(name));
        }
        if specifier.starts_with("node:") {
            return Err(module_error(
                "ERR_UNKNOWN_BUILTIN_MODULE",
                &format!("No such built-in module: {specifier}"),
            ));
        }
        let base_dir = match referrer {
            Some(path) if !is_builtin_path(path) => {
                path.parent().map_or_else(current_dir, Path::to_path_buf)
            }
            _ => current_dir(),
        };
        let path = if let Some(rest) = specifier.strip_prefix("file://") {
            PathBuf::from(percent_decode(rest))
        } else if specifier.starts_with('/') {
            PathBuf::from(specifier)
        } else if specifier.starts_with("./")
            || specifier.starts_with("../")
            || specifier == "."
            || specifier == ".."
        {
            base_dir.join(specifier)
        } else {
            let from = referrer.map_or_else(
                || base_dir.display().to_string(),
                |p| p.display().to_string(),
            );
            return Err(module_error(
                "ERR_MODULE_NOT_FOUND",
                &format!("Cannot find package '{specifier}' imported from {from}"),
            ));
        };
        let path = normalize(&path);
        if !path.is_file() {
            let from = referrer.map_or_else(
                || base_dir.display().to_string(),
                |p| p.display().to_string(),
            );
            let message = if path.is_dir() {
                format!("Directory import '{}' is not supported resolving ES modules imported from {from}", path.display())
            } else {
                format!(
                    "Cannot find module '{}' imported from {from}",
                    path.display()
                )
            };
            let code = if path.is_dir() {
                "ERR_UNSUPPORTED_DIR_IMPORT"
            } else {
                "ERR_MODULE_NOT_FOUND"
            };
            return Err(module_error(code, &message));
        }
        Ok(Resolved::File(path))
    }

    /// The module for a resolved specifier, parsed once and cached.
    pub fn module(&self, resolved: &Resolved, json: bool, ctx: &mut Context) -> JsResult<Module> {
        match resolved {
            Resolved::Internal => self.internal.borrow().clone().ok_or_else(|| {
                JsNativeError::error()
                    .with_message("autorun:internal missing")
                    .into()
            }),
            Resolved::Builtin(name) => {
                if let Some(module) = self.modules.borrow().get(name) {
                    return Ok(module.clone());
                }
                let Some(source) = stdlib::source(name) else {
                    return Err(module_error(
                        "ERR_UNKNOWN_BUILTIN_MODULE",
                        &format!("No such built-in module: {name}"),
                    )
                    .into_js(ctx));
                };
                let path = PathBuf::from(shown_as(name));
                let t0 = std::time::Instant::now();
                let module = Module::parse(Source::from_bytes(source).with_path(&path), None, ctx)?;
                if std::env::var_os("AUTORUN_TRACE_LOAD").is_some() {
                    eprintln!("parse {name}: {:?} ({} bytes)", t0.elapsed(), source.len());
                }
                self.modules
                    .borrow_mut()
                    .insert(name.clone(), module.clone());
                Ok(module)
            }
            Resolved::File(path) => {
                let key = path.display().to_string();
                if let Some(module) = self.modules.borrow().get(&key) {
                    return Ok(module.clone());
                }
                let kind = if self.esm_files.borrow().contains(path) {
                    FileKind::Esm
                } else {
                    file_kind(path, ctx)?
                };
                if kind == FileKind::Json && !json {
                    return Err(JsNativeError::typ()
                        .with_message(format!(
                            "Module \"{}\" needs an import attribute of \"type: json\"",
                            file_url(path)
                        ))
                        .into());
                }
                let module = match kind {
                    FileKind::Json => {
                        let text = read_source(path)?;
                        Module::parse_json(JsString::from(text.as_str()), ctx)?
                    }
                    FileKind::Esm => parse_module_file(path, ctx)?,
                    FileKind::CommonJs => self.commonjs_module(path, ctx)?,
                };
                self.modules.borrow_mut().insert(key, module.clone());
                Ok(module)
            }
        }
    }

    /// Runs a CommonJS file through `internal:cjs` and wraps its exports in
    /// a synthetic module: `default` plus one export per own key.
    fn commonjs_module(&self, path: &Path, ctx: &mut Context) -> JsResult<Module> {
        let cjs = self.load_builtin_sync("internal:cjs", ctx)?;
        let import_cjs = cjs.get(js_string!("importCommonJs"), ctx)?;
        let Some(import_cjs) = import_cjs.as_callable() else {
            return Err(JsNativeError::typ()
                .with_message("internal:cjs has no importCommonJs")
                .into());
        };
        let filename = JsValue::from(JsString::from(path.display().to_string().as_str()));
        let exports = import_cjs.call(&JsValue::undefined(), &[filename], ctx)?;
        let mut names = vec![js_string!("default")];
        if let Some(obj) = exports.as_object() {
            for key in obj.own_property_keys(ctx)? {
                if let boa_engine::property::PropertyKey::String(name) = key {
                    if name != js_string!("default") && is_identifier(&name.to_std_string_escaped())
                    {
                        names.push(name);
                    }
                }
            }
        }
        let init = SyntheticModuleInitializer::from_copy_closure_with_captures(
            |module, exports, ctx| {
                module.set_export(&js_string!("default"), exports.clone())?;
                if let Some(obj) = exports.as_object() {
                    let keys = obj.own_property_keys(ctx)?;
                    for key in keys {
                        if let boa_engine::property::PropertyKey::String(name) = key {
                            if name != js_string!("default")
                                && is_identifier(&name.to_std_string_escaped())
                            {
                                let value = obj.get(name.clone(), ctx)?;
                                let _ = module.set_export(&name, value);
                            }
                        }
                    }
                }
                Ok(())
            },
            exports,
        );
        Ok(Module::synthetic(
            &names,
            init,
            Some(path.to_path_buf()),
            None,
            ctx,
        ))
    }

    /// Loads, links and evaluates a built-in module right now, for code that
    /// needs it synchronously (`require`, lazy globals). Built-ins have no
    /// top-level await and load without I/O, so this never waits.
    pub fn load_builtin_sync(&self, name: &str, ctx: &mut Context) -> JsResult<JsObject> {
        if let Some(ns) = self.namespaces.borrow().get(name) {
            return Ok(ns.clone());
        }
        let ns = self.load_sync(&Resolved::Builtin(name.to_string()), ctx)?;
        self.namespaces
            .borrow_mut()
            .insert(name.to_string(), ns.clone());
        Ok(ns)
    }

    /// Loads, links and evaluates a module graph without waiting (`require`
    /// of an ES module); fails cleanly on top-level await.
    pub fn load_sync(&self, resolved: &Resolved, ctx: &mut Context) -> JsResult<JsObject> {
        let module = self.module(resolved, false, ctx)?;
        let host = Host::get(ctx);
        let loaded = module.load(ctx);
        drive_sync_async_jobs(&host, ctx)?;
        settled(loaded, &host)?;
        module.link(ctx)?;
        let evaluated = module.evaluate(ctx)?;
        settled(evaluated, &host)?;
        Ok(module.namespace(ctx))
    }
}

fn settled(promise: boa_engine::object::builtins::JsPromise, host: &Host) -> JsResult<()> {
    match promise.state() {
        PromiseState::Fulfilled(_) => Ok(()),
        PromiseState::Rejected(reason) => {
            // The caller reports it; it is not an unhandled rejection.
            let obj: JsObject = promise.into();
            host.rejections.borrow_mut().retain(|p| p != &obj);
            Err(JsError::from_opaque(reason))
        }
        PromiseState::Pending => Err(JsNativeError::error()
            .with_message("the module uses top-level await and cannot be loaded synchronously (use `await import()`)")
            .into()),
    }
}

impl ModuleLoader for Loader {
    async fn load_imported_module(
        self: Rc<Self>,
        referrer: Referrer,
        request: ModuleRequest,
        context: &RefCell<&mut Context>,
    ) -> JsResult<Module> {
        let specifier = request.specifier().to_std_string_escaped();
        let resolved = self.resolve(&specifier, referrer.path());
        let json = request
            .get_attribute("type")
            .is_some_and(|t| t == &js_string!("json"));
        let mut ctx = context.borrow_mut();
        let resolved = resolved.map_err(|e| e.into_js(&mut ctx))?;
        self.module(&resolved, json, &mut ctx)
    }

    fn init_import_meta(
        self: Rc<Self>,
        import_meta: &JsObject,
        module: &Module,
        context: &mut Context,
    ) {
        let Some(path) = module.path() else { return };
        let (url, file) = if is_builtin_path(path) {
            (path.display().to_string(), None)
        } else {
            (file_url(path), Some(path))
        };
        let _ = import_meta.set(
            js_string!("url"),
            JsString::from(url.as_str()),
            false,
            context,
        );
        if let Some(file) = file {
            let name = JsString::from(file.display().to_string().as_str());
            let dir = file
                .parent()
                .map(|d| d.display().to_string())
                .unwrap_or_default();
            let _ = import_meta.set(js_string!("filename"), name, false, context);
            let _ = import_meta.set(
                js_string!("dirname"),
                JsString::from(dir.as_str()),
                false,
                context,
            );
        }
        // import.meta.resolve(specifier) → a URL string, as Node.
        let resolve = boa_engine::NativeFunction::from_copy_closure_with_captures(
            |_, args, path: &JsString, ctx| {
                let specifier = args.first().cloned().unwrap_or_default().to_string(ctx)?;
                let referrer = PathBuf::from(path.to_std_string_escaped());
                let loader = Loader::get(ctx);
                let resolved = loader.resolve(&specifier.to_std_string_escaped(), Some(&referrer));
                let url = match resolved.map_err(|e| e.into_js(ctx))? {
                    Resolved::Builtin(name) => name,
                    Resolved::Internal => "autorun:internal".to_string(),
                    Resolved::File(p) => file_url(&p),
                };
                Ok(JsValue::from(JsString::from(url.as_str())))
            },
            JsString::from(path.display().to_string().as_str()),
        )
        .to_js_function(context.realm());
        let _ = import_meta.set(js_string!("resolve"), resolve, false, context);
    }
}

/// Parses an ES module file, naming the file in a syntax error.
pub fn parse_module_file(path: &Path, ctx: &mut Context) -> JsResult<Module> {
    let text = read_source(path)?;
    let text = super::regex_literals::rewrite(
        &path.to_string_lossy(),
        &text,
        super::regex_literals::Goal::Module,
    )
    .unwrap_or(text);
    Module::parse(
        Source::from_bytes(text.as_bytes()).with_path(path),
        None,
        ctx,
    )
    .map_err(|err| super::diagnostic::attach_file(err, path, ctx))
}

pub fn read_source(path: &Path) -> JsResult<String> {
    std::fs::read_to_string(path).map_err(|e| {
        JsNativeError::error()
            .with_message(format!("cannot read `{}`: {e}", path.display()))
            .into()
    })
}

/// Decides how a file is evaluated, as Node 22 does.
pub fn file_kind(path: &Path, ctx: &mut Context) -> JsResult<FileKind> {
    match path.extension().and_then(|e| e.to_str()) {
        Some("mjs") => Ok(FileKind::Esm),
        Some("cjs") => Ok(FileKind::CommonJs),
        Some("json") => Ok(FileKind::Json),
        Some("js") | None => Ok(match package_type(path).as_deref() {
            Some("module") => FileKind::Esm,
            Some("commonjs") => FileKind::CommonJs,
            _ => {
                if has_module_syntax(path, ctx) {
                    FileKind::Esm
                } else {
                    FileKind::CommonJs
                }
            }
        }),
        Some(ext) => Err(JsNativeError::typ()
            .with_message(format!(
                "Unknown file extension \".{ext}\" for {}",
                path.display()
            ))
            .into()),
    }
}

/// The `type` of the nearest package.json above `path`.
pub fn package_type(path: &Path) -> Option<String> {
    let mut dir = path.parent();
    while let Some(d) = dir {
        let manifest = d.join("package.json");
        if let Ok(text) = std::fs::read_to_string(&manifest) {
            let value: serde_json::Value = serde_json::from_str(&text).ok()?;
            return value
                .get("type")
                .and_then(|t| t.as_str())
                .map(str::to_string);
        }
        dir = d.parent();
    }
    None
}

/// Whether a file uses `import`/`export` syntax: it fails to parse as a
/// script and parses as a module.
fn has_module_syntax(path: &Path, ctx: &mut Context) -> bool {
    let Ok(text) = std::fs::read_to_string(path) else {
        return false;
    };
    if !(text.contains("import") || text.contains("export") || text.contains("await")) {
        return false;
    }
    // Parsing runs nothing, so the program's own context serves.
    if boa_engine::Script::parse(
        Source::from_bytes(wrap_commonjs(&text).as_bytes()),
        None,
        ctx,
    )
    .is_ok()
    {
        return false;
    }
    Module::parse(Source::from_bytes(text.as_bytes()), None, ctx).is_ok()
}

/// The text put before a CommonJS file's first line.
pub const COMMONJS_PREFIX: &str = "(function (exports, require, module, __filename, __dirname) {";

thread_local! {
    static COMMONJS_FILES: RefCell<std::collections::HashSet<String>> = RefCell::default();
}

/// Remembers that `file` runs wrapped, so positions on its first line can
/// be shifted back by the wrapper's length.
pub fn note_commonjs_file(file: &str) {
    COMMONJS_FILES.with(|files| files.borrow_mut().insert(file.to_string()));
}

pub fn is_commonjs_file(file: &str) -> bool {
    COMMONJS_FILES.with(|files| files.borrow().contains(file))
}

/// Wraps CommonJS source in a function on the same first line, so line
/// numbers stay true.
pub fn wrap_commonjs(source: &str) -> String {
    let body = source.strip_prefix("#!").map_or(source, |rest| {
        // Keep the line count: drop the hashbang text, keep its newline.
        rest.find('\n').map_or("", |i| &rest[i..])
    });
    let mut out = String::with_capacity(body.len() + 96);
    out.push_str(COMMONJS_PREFIX);
    out.push_str(body);
    out.push_str("\n})");
    out
}

/// The name a built-in's frames show in stack traces: an internal module
/// that holds a node module's visible part shows that module's name (as
/// Node's `at EventEmitter.emit (node:events:...)`), other internal frames
/// are left out of stacks.
fn shown_as(name: &str) -> &str {
    match name {
        "internal:event_emitter" => "node:events",
        _ => name,
    }
}

pub fn is_builtin_path(path: &Path) -> bool {
    let s = path.as_os_str().to_string_lossy();
    s.starts_with("node:") || s.starts_with("internal:") || s == "autorun"
}

/// The canonical specifier of a built-in (`fs` → `node:fs`), if it is one.
pub fn builtin_name(specifier: &str) -> Option<String> {
    if specifier == "autorun" {
        return Some("autorun".to_string());
    }
    let name = specifier.strip_prefix("node:").unwrap_or(specifier);
    let canonical = format!("node:{name}");
    stdlib::source(&canonical).map(|_| canonical)
}

pub fn current_dir() -> PathBuf {
    std::env::current_dir().unwrap_or_else(|_| PathBuf::from("/"))
}

/// Removes `.` and `..` components without touching the file system.
pub fn normalize(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for component in path.components() {
        match component {
            std::path::Component::CurDir => {}
            std::path::Component::ParentDir => {
                out.pop();
            }
            other => out.push(other),
        }
    }
    out
}

pub fn file_url(path: &Path) -> String {
    let mut url = String::from("file://");
    for byte in path.display().to_string().bytes() {
        if byte.is_ascii_alphanumeric() || b"/-_.~!$&'()*+,;=:@".contains(&byte) {
            url.push(byte as char);
        } else {
            url.push_str(&format!("%{byte:02X}"));
        }
    }
    url
}

fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' && i + 2 < bytes.len() {
            if let Ok(b) = u8::from_str_radix(&s[i + 1..i + 3], 16) {
                out.push(b);
                i += 3;
                continue;
            }
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn is_identifier(name: &str) -> bool {
    let mut chars = name.chars();
    chars
        .next()
        .is_some_and(|c| c == '_' || c == '$' || c.is_alphabetic())
        && chars.all(|c| c == '_' || c == '$' || c.is_alphanumeric())
}

/// A resolution error, made a JS `Error` with Node's `code` where a context is at hand.
#[derive(Debug)]
pub struct ResolveError {
    pub code: &'static str,
    pub message: String,
}

impl ResolveError {
    pub fn into_js(self, ctx: &mut Context) -> JsError {
        let err = JsNativeError::error()
            .with_message(self.message)
            .into_opaque(ctx);
        let _ = err.set(js_string!("code"), js_string!(self.code), false, ctx);
        JsError::from_opaque(err.into())
    }
}

fn module_error(code: &'static str, message: &str) -> ResolveError {
    ResolveError {
        code,
        message: message.to_string(),
    }
}

/// The files loaded as modules so far (ES, JSON and CommonJS), sorted.
pub fn loaded_files(ctx: &Context) -> Vec<String> {
    let loader = Loader::get(ctx);
    let mut files: Vec<String> = loader
        .modules
        .borrow()
        .keys()
        .filter(|k| k.starts_with('/'))
        .cloned()
        .collect();
    COMMONJS_FILES.with(|f| files.extend(f.borrow().iter().cloned()));
    files.sort();
    files.dedup();
    files
}
