//! node:child_process: each script prints the same (stdout and stderr)
//! under autorun as under Node 20.

mod support;

use support::Test;

fn same_as_node(name: &str, script: &str) {
    Test::new()
        .file(name, script)
        .args(&[name])
        .same_as_node_with_stderr();
}

#[test]
fn spawn_with_events_streams_env_cwd_and_shell() {
    same_as_node("spawn.mjs", include_str!("child_process/spawn.mjs"));
}

#[test]
fn exec_and_exec_file_with_callbacks_errors_and_promisify() {
    same_as_node("exec.mjs", include_str!("child_process/exec.mjs"));
}

#[test]
fn sync_variants_return_and_throw_as_node() {
    same_as_node("sync.mjs", include_str!("child_process/sync.mjs"));
}

#[test]
fn kill_timeout_and_abort_signal() {
    same_as_node("kill.mjs", include_str!("child_process/kill.mjs"));
}

#[test]
fn stdin_and_output_pipes() {
    same_as_node("pipes.mjs", include_str!("child_process/pipes.mjs"));
}

#[test]
fn stdio_inherit_ignore_and_ordering() {
    same_as_node("stdio.mjs", include_str!("child_process/stdio.mjs"));
}

#[test]
fn scripts_without_shebang_unloadable_files_and_an_early_kill() {
    same_as_node(
        "exec_formats.mjs",
        include_str!("child_process/exec_formats.mjs"),
    );
}

#[test]
fn children_leave_no_open_fds_behind() {
    same_as_node(
        "many_children.mjs",
        include_str!("child_process/many_children.mjs"),
    );
}

#[test]
fn child_process_is_a_plain_constructor_and_short_spawns_check_arguments() {
    same_as_node("class.mjs", include_str!("child_process/class.mjs"));
}

#[test]
fn a_replaced_emit_hears_every_event() {
    same_as_node("emit.mjs", include_str!("child_process/emit.mjs"));
}

#[test]
fn event_emitter_is_whole_before_node_events_loads() {
    same_as_node("early.cjs", include_str!("child_process/early.cjs"));
    same_as_node(
        "early_emit.cjs",
        include_str!("child_process/early_emit.cjs"),
    );
}

#[test]
fn streams_asked_for_at_exit_still_get_the_output() {
    same_as_node("order.mjs", include_str!("child_process/order.mjs"));
}
