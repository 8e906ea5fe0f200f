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
    text(): string;
    json(): any;
    lines(): string[];
  }

  export interface ProcessPromise extends Promise<ProcessOutput> {
    /** Don't echo the command or show its output (it is still kept). */
    quiet(): ProcessPromise;
    /** Resolve even when the command fails. */
    nothrow(): ProcessPromise;
    text(): Promise<string>;
    json(): Promise<any>;
    lines(): Promise<string[]>;
  }

  export interface ShellOptions {
    cwd?: string;
    env?: Record<string, string>;
    input?: string | Uint8Array;
    quiet?: boolean;
    nothrow?: boolean;
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

  /** Resolves after `ms` milliseconds. */
  export function sleep(ms: number): Promise<void>;

  const autorun: {
    task: typeof task;
    series: typeof series;
    parallel: typeof parallel;
    sleep: typeof sleep;
    glob: typeof glob;
    globSync: typeof globSync;
    fs: typeof fs;
    $: typeof $;
    quote: typeof quote;
  };
  export default autorun;
}
