//! Printing an error the way autorun prints uncaught ones.

use boa_engine::{Context, JsError, JsResult, JsValue};

use super::{arg, Op};
use crate::runtime::diagnostic;
use crate::ui::stdio;

pub static OPS: &[Op] = &[("op_report_error", op_report_error, 1)];

/// `op_report_error(err)`: the `error: ...` report with its source frame, on
/// stderr, without the `Uncaught` (the caller caught it on purpose).
fn op_report_error(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let err = JsError::from_opaque(arg(args, 0));
    let parts = diagnostic::parts(&err, ctx);
    let color = stdio::is_terminal(2) && std::env::var_os("NO_COLOR").is_none();
    let text = diagnostic::render(&parts, color).replacen(": Uncaught ", ": ", 1);
    let _ = stdio::write_err(text.as_bytes());
    Ok(JsValue::undefined())
}
