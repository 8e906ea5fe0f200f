//! `glob` for `autorun` and `fs.glob`: matching runs on the blocking pool
//! (`src/files/glob.rs`).

use std::io;
use std::path::PathBuf;

use boa_engine::object::builtins::JsArray;
use boa_engine::{Context, JsNativeError, JsResult, JsValue};

use super::fs::{dispatch, ErrorContext};
use super::{arg, arg_string, string, Op};
use crate::files::glob::{glob, GlobOptions};

pub static OPS: &[Op] = &[("op_glob", op_glob, 3)];

fn to_list(paths: Vec<String>, ctx: &mut Context) -> JsResult<JsValue> {
    Ok(JsArray::from_iter(paths.iter().map(|p| string(p)), ctx).into())
}

/// `op_glob(patternsJson, optionsJson, sync)` → sorted paths. Options (all
/// given by the JS side): cwd, ignore, dot, onlyFiles, onlyDirectories,
/// followSymlinks, gitignore, absolute.
fn op_glob(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let patterns: Vec<String> =
        serde_json::from_str(&arg_string(args, 0, ctx)?).unwrap_or_default();
    let raw: serde_json::Value =
        serde_json::from_str(&arg_string(args, 1, ctx)?).unwrap_or_default();
    let cwd = raw["cwd"]
        .as_str()
        .map(PathBuf::from)
        .unwrap_or_else(crate::runtime::loader::current_dir);
    let cwd = crate::runtime::loader::normalize(&crate::runtime::loader::current_dir().join(cwd));
    let flag = |name: &str, default: bool| raw[name].as_bool().unwrap_or(default);
    let options = GlobOptions {
        ignore: raw["ignore"]
            .as_array()
            .map(|a| {
                a.iter()
                    .filter_map(|v| v.as_str().map(str::to_string))
                    .collect()
            })
            .unwrap_or_default(),
        dot: flag("dot", false),
        only_files: flag("onlyFiles", true),
        only_directories: flag("onlyDirectories", false),
        follow_symlinks: flag("followSymlinks", true),
        gitignore: flag("gitignore", false),
        absolute: flag("absolute", false),
        cwd,
    };
    if let Err(e) = crate::files::glob::check(&patterns)
        .and_then(|()| crate::files::glob::check(&options.ignore))
    {
        return Err(JsNativeError::typ().with_message(e.0).into());
    }
    let sync = arg(args, 2).to_boolean();
    if sync {
        return match glob(&patterns, &options) {
            Ok(paths) => to_list(paths, ctx),
            Err(e) => Err(JsNativeError::typ().with_message(e.0).into()),
        };
    }
    let error = ErrorContext {
        syscall: "glob",
        path: None,
        dest: None,
    };
    let work = move || {
        glob(&patterns, &options).map_err(|e| io::Error::new(io::ErrorKind::InvalidInput, e.0))
    };
    dispatch(ctx, false, error, work, to_list)
}
