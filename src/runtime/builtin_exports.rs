//! The named exports of the built-in modules, for reading a tasks file's
//! imports without loading them (`declared.rs`). A test checks every entry
//! against the modules themselves (`tests/tasks.rs`,
//! `builtin_export_tables_match_the_modules`); a module that gains an export
//! and is missing here only makes `--list` run the file instead.

/// `autorun`.
pub const AUTORUN: &[&str] = &[
    "$", "fs", "glob", "globSync", "parallel", "quote", "retry", "series", "sleep", "task",
    "watch", "which",
];

/// `node:<name>` (also importable without the `node:` prefix).
#[rustfmt::skip]
pub const NODE: &[(&str, &[&str])] = &[
    ("assert", &["AssertionError", "CallTracker", "deepEqual", "deepStrictEqual", "doesNotMatch", "doesNotReject", "doesNotThrow", "equal", "fail", "ifError", "match", "notDeepEqual", "notDeepStrictEqual", "notEqual", "notStrictEqual", "ok", "rejects", "strict", "strictEqual", "throws"]),
    ("assert/strict", &["AssertionError", "CallTracker", "deepEqual", "deepStrictEqual", "doesNotMatch", "doesNotReject", "doesNotThrow", "equal", "fail", "ifError", "match", "notDeepEqual", "notDeepStrictEqual", "notEqual", "notStrictEqual", "ok", "rejects", "strict", "strictEqual", "throws"]),
    ("async_hooks", &["AsyncLocalStorage", "AsyncResource", "asyncWrapProviders", "createHook", "executionAsyncId", "executionAsyncResource", "triggerAsyncId"]),
    ("buffer", &["Buffer", "INSPECT_MAX_BYTES", "SlowBuffer", "atob", "btoa", "constants", "isAscii", "isUtf8", "kMaxLength", "kStringMaxLength", "normalizeEncoding", "transcode"]),
    ("child_process", &["ChildProcess", "exec", "execFile", "execFileSync", "execSync", "fork", "spawn", "spawnSync"]),
    ("events", &["EventEmitter", "EventEmitterAsyncResource", "addAbortListener", "captureRejectionSymbol", "captureRejections", "defaultMaxListeners", "errorMonitor", "getEventListeners", "getMaxListeners", "init", "listenerCount", "on", "once", "setMaxListeners", "usingDomains"]),
    ("fs", &["Dirent", "F_OK", "R_OK", "Stats", "W_OK", "X_OK", "access", "accessSync", "appendFile", "appendFileSync", "chmod", "chmodSync", "close", "closeSync", "constants", "copyFile", "copyFileSync", "cp", "cpSync", "createReadStream", "createWriteStream", "exists", "existsSync", "fstat", "fstatSync", "ftruncate", "ftruncateSync", "glob", "globSync", "link", "linkSync", "lstat", "lstatSync", "mkdir", "mkdirSync", "mkdtemp", "mkdtempSync", "open", "openSync", "opendir", "opendirSync", "promises", "read", "readFile", "readFileSync", "readSync", "readdir", "readdirSync", "readlink", "readlinkSync", "realpath", "realpathSync", "rename", "renameSync", "rm", "rmSync", "rmdir", "rmdirSync", "stat", "statSync", "symlink", "symlinkSync", "truncate", "truncateSync", "unlink", "unlinkSync", "utimes", "utimesSync", "watch", "write", "writeFile", "writeFileSync", "writeSync"]),
    ("fs/promises", &["FileHandle", "access", "appendFile", "chmod", "constants", "copyFile", "cp", "glob", "link", "lstat", "mkdir", "mkdtemp", "open", "opendir", "readFile", "readdir", "readlink", "realpath", "rename", "rm", "rmdir", "stat", "symlink", "truncate", "unlink", "utimes", "watch", "writeFile"]),
    ("module", &["Module", "builtinModules", "createRequire", "isBuiltin"]),
    ("os", &["EOL", "arch", "availableParallelism", "constants", "cpus", "devNull", "endianness", "freemem", "homedir", "hostname", "loadavg", "machine", "platform", "release", "tmpdir", "totalmem", "type", "uptime", "userInfo", "version"]),
    ("path", &["_makeLong", "basename", "delimiter", "dirname", "extname", "format", "isAbsolute", "join", "matchesGlob", "normalize", "parse", "posix", "relative", "resolve", "sep", "toNamespacedPath", "win32"]),
    ("path/posix", &["_makeLong", "basename", "delimiter", "dirname", "extname", "format", "isAbsolute", "join", "matchesGlob", "normalize", "parse", "posix", "relative", "resolve", "sep", "toNamespacedPath", "win32"]),
    ("path/win32", &["_makeLong", "basename", "delimiter", "dirname", "extname", "format", "isAbsolute", "join", "matchesGlob", "normalize", "parse", "posix", "relative", "resolve", "sep", "toNamespacedPath", "win32"]),
    ("process", &["arch", "argv", "chdir", "cwd", "emit", "emitWarning", "env", "execPath", "exit", "hrtime", "kill", "memoryUsage", "nextTick", "off", "on", "once", "pid", "platform", "stderr", "stdout", "uptime", "version", "versions"]),
    ("stream", &["Duplex", "PassThrough", "Readable", "Stream", "Transform", "Writable", "_isArrayBufferView", "_isUint8Array", "_uint8ArrayToBuffer", "addAbortSignal", "destroy", "finished", "getDefaultHighWaterMark", "isDestroyed", "isDisturbed", "isErrored", "isReadable", "isWritable", "pipeline", "promises", "setDefaultHighWaterMark"]),
    ("stream/promises", &["finished", "pipeline"]),
    ("timers", &["_unrefActive", "active", "clearImmediate", "clearInterval", "clearTimeout", "enroll", "promises", "setImmediate", "setInterval", "setTimeout", "unenroll"]),
    ("timers/promises", &["scheduler", "setImmediate", "setInterval", "setTimeout"]),
    ("url", &["URL", "URLSearchParams", "domainToASCII", "domainToUnicode", "fileURLToPath", "format", "pathToFileURL", "urlToHttpOptions"]),
    ("util", &["_extend", "callbackify", "debug", "debuglog", "deprecate", "format", "formatWithOptions", "inherits", "inspect", "isArray", "isBoolean", "isBuffer", "isDate", "isDeepStrictEqual", "isError", "isFunction", "isNull", "isNullOrUndefined", "isNumber", "isObject", "isPrimitive", "isRegExp", "isString", "isSymbol", "isUndefined", "log", "parseArgs", "promisify", "stripVTControlCharacters", "styleText", "toUSVString", "types"]),
];
