//! Module loading for the standard library: synchronous built-ins and
//! CommonJS (`require`).

use std::path::{Path, PathBuf};

use boa_engine::object::FunctionObjectBuilder;
use boa_engine::property::PropertyDescriptor;
use boa_engine::{
    js_string, Context, JsArgs, JsNativeError, JsObject, JsResult, JsString, JsValue,
    NativeFunction, Script, Source,
};
use boa_gc::{Gc, GcRefCell};

use super::{arg, arg_string, io_error, string, Op};
use crate::runtime::diagnostic;
use crate::runtime::loader::{self, Loader, Resolved};

pub static OPS: &[Op] = &[
    ("op_load_builtin", op_load_builtin, 1),
    ("op_import_sync", op_import_sync, 1),
    ("op_cjs_resolve", op_cjs_resolve, 2),
    ("op_cjs_compile", op_cjs_compile, 2),
    ("op_read_text", op_read_text, 1),
    ("op_file_kind", op_file_kind, 1),
    ("op_builtin_names", op_builtin_names, 0),
    ("op_lazy_globals", op_lazy_globals, 1),
];

/// `op_load_builtin("node:fs" | "fs")` → the module namespace, or `undefined` when no such built-in.
fn op_load_builtin(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let name = arg_string(args, 0, ctx)?;
    let canonical = if name.starts_with("internal:") {
        Some(name)
    } else {
        loader::builtin_name(&name)
    };
    let Some(canonical) = canonical else {
        return Ok(JsValue::undefined());
    };
    let ns = Loader::get(ctx).load_builtin_sync(&canonical, ctx)?;
    Ok(ns.into())
}

/// A lazy global's value: `None` until it is first read or assigned.
type Slot = Gc<GcRefCell<Option<JsValue>>>;

/// `op_lazy_globals("name a b ...", load)`: for each triple, a global
/// accessor whose first read calls `load(a, b)` (the bootstrap's loads
/// built-in module `a` and gives its export `b`) and gives that value from
/// then on; assigning replaces the value. It stays an accessor (a data
/// property would confuse Boa's cached global lookups). `load` is JS: a
/// native getter that evaluates a module clobbers the reading frame.
/// Made here rather than in JS: the bootstrap runs before every script,
/// and each JS closure it would make is parse and evaluation time.
fn op_lazy_globals(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let spec = arg_string(args, 0, ctx)?;
    let Some(load) = args.get_or_undefined(1).as_callable() else {
        return Err(JsNativeError::typ()
            .with_message("op_lazy_globals: a load function is needed")
            .into());
    };
    let words: Vec<&str> = spec.split_whitespace().collect();
    let global = ctx.global_object();
    for triple in words.chunks_exact(3) {
        let slot: Slot = Gc::new(GcRefCell::new(None));
        let load = NativeFunction::from_copy_closure_with_captures(
            |_, _, (load, module, export, slot): &(JsObject, JsString, JsString, Slot), ctx| {
                if let Some(value) = slot.borrow().clone() {
                    return Ok(value);
                }
                let args = [module.clone().into(), export.clone().into()];
                let value = load.call(&JsValue::undefined(), &args, ctx)?;
                *slot.borrow_mut() = Some(value.clone());
                Ok(value)
            },
            (
                load.clone(),
                JsString::from(triple[1]),
                JsString::from(triple[2]),
                slot.clone(),
            ),
        );
        let replace = NativeFunction::from_copy_closure_with_captures(
            |_, args, slot: &Slot, _| {
                *slot.borrow_mut() = Some(args.get_or_undefined(0).clone());
                Ok(JsValue::undefined())
            },
            slot,
        );
        let get = FunctionObjectBuilder::new(ctx.realm(), load)
            .name(js_string!("get"))
            .length(0)
            .build();
        let set = FunctionObjectBuilder::new(ctx.realm(), replace)
            .name(js_string!("set"))
            .length(1)
            .build();
        global.define_property_or_throw(
            JsString::from(triple[0]),
            PropertyDescriptor::builder()
                .get(get)
                .set(set)
                .enumerable(false)
                .configurable(true),
            ctx,
        )?;
    }
    Ok(JsValue::undefined())
}

/// `op_import_sync(path)` → the namespace of an ES module file, loaded now.
fn op_import_sync(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let path = PathBuf::from(arg_string(args, 0, ctx)?);
    let ns = Loader::get(ctx).load_sync(&Resolved::File(path), ctx)?;
    Ok(ns.into())
}

const EXTENSIONS: &[&str] = &["js", "json", "cjs", "mjs"];

fn try_file(path: &Path) -> Option<PathBuf> {
    if path.is_file() {
        return Some(path.to_path_buf());
    }
    for ext in EXTENSIONS {
        let mut candidate = path.as_os_str().to_owned();
        candidate.push(".");
        candidate.push(ext);
        let candidate = PathBuf::from(candidate);
        if candidate.is_file() {
            return Some(candidate);
        }
    }
    None
}

fn try_directory(dir: &Path) -> Option<PathBuf> {
    if !dir.is_dir() {
        return None;
    }
    if let Ok(text) = std::fs::read_to_string(dir.join("package.json")) {
        if let Ok(manifest) = serde_json::from_str::<serde_json::Value>(&text) {
            if let Some(main) = manifest.get("main").and_then(|m| m.as_str()) {
                let main = dir.join(main);
                if let Some(found) = try_file(&main).or_else(|| try_index(&main)) {
                    return Some(found);
                }
            }
        }
    }
    try_index(dir)
}

fn try_index(dir: &Path) -> Option<PathBuf> {
    ["index.js", "index.json", "index.cjs"]
        .iter()
        .map(|i| dir.join(i))
        .find(|p| p.is_file())
}

/// Resolves `request` from `package.json` `exports` (the `require`, `node`
/// and `default` conditions), for a bare specifier inside `package_dir`.
fn resolve_exports(package_dir: &Path, subpath: &str) -> Option<PathBuf> {
    let text = std::fs::read_to_string(package_dir.join("package.json")).ok()?;
    let manifest: serde_json::Value = serde_json::from_str(&text).ok()?;
    let exports = manifest.get("exports")?;
    let key = if subpath.is_empty() {
        ".".to_string()
    } else {
        format!("./{subpath}")
    };
    let target = match exports {
        serde_json::Value::Object(map) if map.keys().any(|k| k.starts_with('.')) => {
            map.get(&key)?
        }
        other if key == "." => other,
        _ => return None,
    };
    let target = pick_condition(target)?;
    Some(loader::normalize(&package_dir.join(target)))
}

fn pick_condition(target: &serde_json::Value) -> Option<&str> {
    match target {
        serde_json::Value::String(s) => Some(s),
        serde_json::Value::Object(map) => ["require", "node", "default"]
            .iter()
            .find_map(|c| map.get(*c).and_then(pick_condition)),
        serde_json::Value::Array(list) => list.iter().find_map(pick_condition),
        _ => None,
    }
}

fn resolve_bare(request: &str, from_dir: &Path) -> Option<PathBuf> {
    let (package, subpath) = match request.strip_prefix('@') {
        Some(_) => {
            let mut parts = request.splitn(3, '/');
            let scope = parts.next()?;
            let name = parts.next()?;
            (
                format!("{scope}/{name}"),
                parts.next().unwrap_or("").to_string(),
            )
        }
        None => {
            let mut parts = request.splitn(2, '/');
            (
                parts.next()?.to_string(),
                parts.next().unwrap_or("").to_string(),
            )
        }
    };
    let mut dir = Some(from_dir);
    while let Some(d) = dir {
        if d.file_name().is_some_and(|n| n != "node_modules") || d.parent().is_none() {
            let package_dir = d.join("node_modules").join(&package);
            if package_dir.is_dir() {
                if let Some(found) = resolve_exports(&package_dir, &subpath) {
                    return Some(found);
                }
                let full = package_dir.join(&subpath);
                if let Some(found) = try_file(&full).or_else(|| try_directory(&full)) {
                    return Some(found);
                }
            }
        }
        dir = d.parent();
    }
    None
}

/// `op_cjs_resolve(request, parentFilename)` → `"node:x"` for a built-in or
/// an absolute path; throws Node's `MODULE_NOT_FOUND` error.
fn op_cjs_resolve(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let request = arg_string(args, 0, ctx)?;
    let parent = arg(args, 1);
    let parent = if parent.is_null_or_undefined() {
        None
    } else {
        Some(PathBuf::from(
            parent.to_string(ctx)?.to_std_string_escaped(),
        ))
    };
    if let Some(name) = loader::builtin_name(&request) {
        return Ok(string(&name));
    }
    if request.starts_with("node:") {
        let err = JsNativeError::error()
            .with_message(format!("No such built-in module: {request}"))
            .into_opaque(ctx);
        err.set(
            js_string!("code"),
            js_string!("ERR_UNKNOWN_BUILTIN_MODULE"),
            false,
            ctx,
        )?;
        return Err(boa_engine::JsError::from_opaque(err.into()));
    }
    let from_dir = parent
        .as_deref()
        .and_then(Path::parent)
        .map_or_else(loader::current_dir, Path::to_path_buf);
    let found = if request.starts_with("./")
        || request.starts_with("../")
        || request == "."
        || request == ".."
        || request.starts_with('/')
    {
        let full = loader::normalize(&from_dir.join(&request));
        let dir_like = request.ends_with('/');
        if dir_like {
            try_directory(&full)
        } else {
            try_file(&full).or_else(|| try_directory(&full))
        }
    } else {
        resolve_bare(&request, &from_dir)
    };
    match found {
        Some(path) => Ok(string(&path.display().to_string())),
        None => {
            let mut message = format!("Cannot find module '{request}'");
            if let Some(parent) = &parent {
                message.push_str(&format!("\nRequire stack:\n- {}", parent.display()));
            }
            let err = JsNativeError::error()
                .with_message(message)
                .into_opaque(ctx);
            err.set(
                js_string!("code"),
                js_string!("MODULE_NOT_FOUND"),
                false,
                ctx,
            )?;
            Err(boa_engine::JsError::from_opaque(err.into()))
        }
    }
}

/// `op_cjs_compile(filename, source)` → the module wrapper function
/// `(exports, require, module, __filename, __dirname)`.
fn op_cjs_compile(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let filename = arg_string(args, 0, ctx)?;
    let source = arg_string(args, 1, ctx)?;
    let path = PathBuf::from(&filename);
    let wrapped = loader::wrap_commonjs(&source);
    let wrapped = crate::runtime::regex_literals::rewrite(
        &filename,
        &wrapped,
        crate::runtime::regex_literals::Goal::Script,
    )
    .unwrap_or(wrapped);
    loader::note_commonjs_file(&filename);
    let script = Script::parse(
        Source::from_bytes(wrapped.as_bytes()).with_path(&path),
        None,
        ctx,
    )
    .map_err(|err| diagnostic::attach_file(err, &path, ctx))?;
    script.evaluate(ctx)
}

/// `op_read_text(path)` → the file as a string (UTF-8, lossy).
fn op_read_text(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let path = arg_string(args, 0, ctx)?;
    match std::fs::read(&path) {
        Ok(bytes) => Ok(JsValue::from(JsString::from(
            String::from_utf8_lossy(&bytes).as_ref(),
        ))),
        Err(e) => Err(io_error(&e, "open", Some(&path), ctx)),
    }
}

/// `op_file_kind(path)` → `"esm"`, `"commonjs"` or `"json"`, as the loader decides.
fn op_file_kind(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let path = PathBuf::from(arg_string(args, 0, ctx)?);
    let kind = match loader::file_kind(&path, ctx)? {
        loader::FileKind::Esm => "esm",
        loader::FileKind::CommonJs => "commonjs",
        loader::FileKind::Json => "json",
    };
    Ok(string(kind))
}

/// The names of the `node:` built-ins, without the prefix.
fn op_builtin_names(_: &JsValue, _: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let names: Vec<JsValue> = crate::runtime::stdlib::names()
        .filter_map(|n| n.strip_prefix("node:"))
        .map(string)
        .collect();
    Ok(boa_engine::object::builtins::JsArray::from_iter(names, ctx).into())
}
