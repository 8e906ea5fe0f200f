// Type definitions for the `autorun` module, for editors (written by
// `autorun --init`). Every export of the module is declared here; a test
// checks that none is missing.

declare module "autorun" {
  /** What a task function receives. */
  export interface TaskContext {
    /** The task's name. */
    readonly name: string;
    /** Arguments after `--` on the command line (for the last named task). */
    readonly args: string[];
    /** Aborted when the task is cancelled (another task failed, Ctrl-C, a watch restart). */
    readonly signal: AbortSignal;
    /** Absolute paths whose change started this run (watch mode), sorted. */
    readonly changed: string[];
  }

  export type TaskFunction = (ctx: TaskContext) => unknown | Promise<unknown>;

  export interface TaskOptions {
    /** One line for `autorun --list`. */
    desc?: string;
    /** Tasks (names or functions) that run first, each once per run. */
    deps?: Array<string | TaskFunction>;
    /** Left out of `autorun --list`. */
    hidden?: boolean;
    /** Globs of the files the task reads (up-to-date checks, watch mode). */
    sources?: string | string[];
    /** Globs of the files the task writes. */
    outputs?: string | string[];
    /** Names of environment variables whose values the task depends on. */
    env?: string | string[];
    /** A long-running task (a server): restarted, not awaited, in watch mode. */
    restart?: boolean;
  }

  /** Declares a task; returns its name. */
  export function task(name: string, fn: TaskFunction): string;
  export function task(name: string, description: string, fn: TaskFunction): string;
  export function task(name: string, options: TaskOptions, fn?: TaskFunction): string;

  /** A function that runs the tasks and functions one after another. */
  export function series(...items: Array<string | TaskFunction>): TaskFunction;

  /** A function that runs the tasks and functions at the same time. */
  export function parallel(...items: Array<string | TaskFunction>): TaskFunction;

  export interface GlobOptions {
    /** The directory patterns are relative to (default: the working directory). */
    cwd?: string | URL;
    /** Patterns to leave out. */
    ignore?: string | string[];
    /** Let `*` and `**` match names starting with `.` (default false). */
    dot?: boolean;
    /** Only files (default true). */
    onlyFiles?: boolean;
    /** Only directories. */
    onlyDirectories?: boolean;
    /** Follow symbolic links while walking (default true). */
    followSymlinks?: boolean;
    /** Honour .gitignore and .ignore files (default false). */
    gitignore?: boolean;
    /** Absolute paths instead of paths relative to `cwd`. */
    absolute?: boolean;
  }

  /** The paths matching the patterns (a leading `!` excludes), sorted. */
  export function glob(patterns: string | string[], options?: GlobOptions): Promise<string[]>;

  /** `glob`, synchronously. */
  export function globSync(patterns: string | string[], options?: GlobOptions): string[];

  /** One changed path of a `watch` batch. */
  export interface WatchChange {
    /** The absolute path. */
    readonly path: string;
    /** What happened to it (merged over the batch: created then modified is "create"). */
    readonly kind: "create" | "modify" | "remove" | "rename";
  }

  export interface WatchOptions {
    /** The directory patterns (and `ignore`) are relative to (default: the working directory). */
    cwd?: string | URL;
    /** Globs of paths never reported (a directory's match covers everything below it). */
    ignore?: string | string[];
    /** Milliseconds of quiet that end a batch (default 50). */
    debounce?: number;
    /** Honour .gitignore and .ignore files (default true). `.git`, `node_modules` and `.autorun` are always skipped. */
    gitignore?: boolean;
    /** Poll at this interval (ms) instead of using the OS's file events. */
    poll?: number;
    /** Aborting it closes the watcher. */
    signal?: AbortSignal;
  }

  /** A running watcher. It keeps the process alive until closed (or unref'd). */
  export interface WatchHandle extends AsyncIterable<WatchChange[]> {
    /** Whether `close()` was called. */
    readonly closed: boolean;
    /** Stops watching. */
    close(): void;
    /** Keeps the process alive while watching (the default). */
    ref(): WatchHandle;
    /** Lets the process end while still watching. */
    unref(): WatchHandle;
  }

  /**
   * Watches the paths matching the patterns (a leading `!` excludes) and calls
   * back with each batch of changes, sorted by path.
   */
  export function watch(patterns: string | string[], callback: (changes: WatchChange[]) => unknown): WatchHandle;
  export function watch(patterns: string | string[], options: WatchOptions | undefined, callback: (changes: WatchChange[]) => unknown): WatchHandle;
  /** Without a callback: `for await (const changes of watch("src/**\/*.css")) { ... }` (leaving the loop closes it). */
  export function watch(patterns: string | string[], options?: WatchOptions): WatchHandle;

  /** `node:fs/promises` plus helpers for build scripts. */
  export const fs: typeof import("node:fs/promises") & {
    /** Parses a JSON file. */
    readJson(path: string, options?: { reviver?: (key: string, value: unknown) => unknown }): Promise<any>;
    /** Writes JSON (2-space indent, trailing newline) atomically. */
    writeJson(path: string, value: unknown, options?: { spaces?: number }): Promise<void>;
    /** Whether the path exists. */
    exists(path: string): Promise<boolean>;
    /** `mkdir -p`. */
    ensureDir(path: string): Promise<void>;
    /** Makes the directory empty, creating it if needed. */
    emptyDir(path: string): Promise<void>;
    /** Copies a file or tree, keeping modes and times, never leaving half a file. */
    copy(src: string, dest: string, options?: { overwrite?: boolean; errorOnExist?: boolean; filter?: (src: string, dest: string) => boolean | Promise<boolean> }): Promise<void>;
    /** Renames, or copies and removes across devices. */
    move(src: string, dest: string, options?: { overwrite?: boolean }): Promise<void>;
    /** `rm -rf`. */
    remove(path: string): Promise<void>;
    /** The lines of a file, in constant memory. */
    readLines(path: string): AsyncIterable<string>;
    /** Writes through a temp file and a rename. */
    writeFileAtomic(path: string, data: string | Uint8Array, options?: object): Promise<void>;
  };

  /** What a command produced. A failed command's ProcessOutput is also the error thrown. */
  export interface ProcessOutput extends Error {
    readonly stdout: string;
    readonly stderr: string;
    readonly exitCode: number | null;
    readonly signal: string | null;
    readonly ok: boolean;
    /** The command line as it ran. */
    readonly command: string;
    /** Milliseconds from start to end. */
    readonly duration: number;
    /** Output beyond `maxBuffer` was shown but not kept. */
    readonly truncated: boolean;
    text(): string;
    json(): any;
    lines(): string[];
  }

  export interface ProcessPromise extends Promise<ProcessOutput>, AsyncIterable<string> {
    /** The child's pid, once it started. */
    readonly pid: number | undefined;
    /** Don't echo the command or show its output (it is still kept). */
    quiet(on?: boolean): ProcessPromise;
    /** Resolve even when the command fails. */
    nothrow(on?: boolean): ProcessPromise;
    /** Kills the command (its process group) after `ms` milliseconds. */
    timeout(ms: number, signal?: string): ProcessPromise;
    /** Signals the command's process group (SIGKILL after the grace period); resolves once it ended. */
    kill(signal?: string | number): Promise<void>;
    /** Sends stdout on as it comes, to another command, a writable stream or a file. */
    pipe(dest: ProcessPromise): ProcessPromise;
    pipe(dest: TemplateStringsArray, ...values: unknown[]): ProcessPromise;
    pipe(dest: NodeJS.WritableStream | string): ProcessPromise;
    /** The command's stdin (use it before the command starts: synchronously after `$`). */
    readonly stdin: NodeJS.WritableStream;
    readonly stdout: NodeJS.ReadableStream;
    readonly stderr: NodeJS.ReadableStream;
    /** The exit code (null when a signal ended it); never rejects. */
    readonly exitCode: Promise<number | null>;
    text(): Promise<string>;
    json(): Promise<any>;
    /** Awaited: all lines of stdout; iterated with `for await`: each line as it arrives. */
    lines(): Promise<string[]> & AsyncIterable<string>;
  }

  export interface ShellOptions {
    cwd?: string;
    /** Added to (or, with `undefined` values, removed from) the environment. */
    env?: Record<string, string | undefined>;
    input?: string | Uint8Array | ProcessOutput;
    quiet?: boolean;
    nothrow?: boolean;
    /** Milliseconds before the command is killed (SIGTERM). */
    timeout?: number;
    /** Aborting it kills the command. */
    signal?: AbortSignal;
    /** The shell (default bash, with `set -euo pipefail`). */
    shell?: string;
    /** Run before the command (default `set -euo pipefail;` under bash). */
    prefix?: string;
    /** `inherit` gives the command autorun's stdin (default: none). */
    stdin?: "inherit" | "ignore";
    /** Bytes of each output stream kept for the ProcessOutput (default 16 MiB). */
    maxBuffer?: number;
  }

  export interface Shell {
    (pieces: TemplateStringsArray, ...values: unknown[]): ProcessPromise;
    (options: ShellOptions): Shell;
  }

  /** Runs a shell command; each interpolated value is one quoted argument. */
  export function $(pieces: TemplateStringsArray, ...values: unknown[]): ProcessPromise;
  export function $(options: ShellOptions): Shell;

  /** Quotes a value for bash, as `$` does. */
  export function quote(value: unknown): string;

  /** The absolute path of an executable on PATH; rejects when missing (null with `nothrow`). */
  export function which(name: string, options?: { nothrow?: boolean; path?: string }): Promise<string | null>;

  /** Calls `fn` until it succeeds, at most `count` times, waiting `delay` (ms or "2s") between tries. */
  export function retry<T>(count: number, fn: (attempt: number) => T | Promise<T>): Promise<T>;
  export function retry<T>(count: number, delay: number | string, fn: (attempt: number) => T | Promise<T>): Promise<T>;

  /** Resolves after `ms` milliseconds. */
  export function sleep(ms: number): Promise<void>;

  const autorun: {
    task: typeof task;
    series: typeof series;
    parallel: typeof parallel;
    sleep: typeof sleep;
    glob: typeof glob;
    globSync: typeof globSync;
    watch: typeof watch;
    fs: typeof fs;
    $: typeof $;
    quote: typeof quote;
    which: typeof which;
    retry: typeof retry;
  };
  export default autorun;
}
