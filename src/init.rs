//! `autorun --init`: a starter tasks.js, the `autorun` module's type
//! definitions and a jsconfig.json, so editors complete and check tasks files.

use std::path::Path;

const TASKS_JS: &str = r#"// Tasks for this project: `autorun --list` shows them, `autorun build` runs one.
import { task, series, parallel, sleep } from "autorun";

task("clean", "Remove build output", async () => {
  console.log("cleaning");
});

task("build", { desc: "Build the project", deps: ["clean"] }, async () => {
  await sleep(10);
  console.log("building");
});

task("test", { desc: "Run the tests", deps: ["build"] }, async ({ args }) => {
  console.log("testing", ...args);
});

task("ci", "Everything CI runs", series("build", parallel("test")));

export default "build";
"#;

const TYPES: &str = include_str!("../stdlib/autorun.d.ts");

const JSCONFIG: &str = r#"{
  "compilerOptions": {
    "module": "esnext",
    "target": "es2022",
    "moduleResolution": "bundler",
    "checkJs": true,
    "types": []
  },
  "include": ["tasks.js", "autorun.d.ts"]
}
"#;

/// Writes the files into `dir`; refuses to overwrite a tasks file. Returns the exit code.
pub fn run(dir: &Path) -> i32 {
    for existing in ["tasks.js", "tasks.mjs"] {
        if dir.join(existing).exists() {
            eprintln!(
                "error: `{existing}` already exists in `{}`; autorun --init does not overwrite it",
                dir.display()
            );
            return 2;
        }
    }
    let files = [
        ("tasks.js", TASKS_JS),
        ("autorun.d.ts", TYPES),
        ("jsconfig.json", JSCONFIG),
    ];
    for (name, contents) in files {
        let path = dir.join(name);
        if name != "tasks.js" && path.exists() {
            eprintln!("kept existing `{name}`");
            continue;
        }
        if let Err(e) = std::fs::write(&path, contents) {
            eprintln!("error: cannot write `{}`: {e}", path.display());
            return 1;
        }
        eprintln!("wrote `{name}`");
    }
    0
}
