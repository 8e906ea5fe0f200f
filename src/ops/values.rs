//! Facts about JS values that JS itself cannot see (for `util.inspect`).

use boa_engine::builtins::promise::PromiseState;
use boa_engine::object::builtins::{JsPromise, JsProxy};
use boa_engine::{Context, JsResult, JsValue};

use super::{arg, Op};

pub static OPS: &[Op] = &[
    ("op_promise_state", op_promise_state, 1),
    ("op_is_proxy", op_is_proxy, 1),
];

/// `op_promise_state(p)` → `[state, value]`: 0 pending, 1 fulfilled, 2 rejected.
fn op_promise_state(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let value = arg(args, 0);
    let Some(promise) = value
        .as_object()
        .and_then(|o| JsPromise::from_object(o.clone()).ok())
    else {
        return Ok(JsValue::undefined());
    };
    let (state, result) = match promise.state() {
        PromiseState::Pending => (0, JsValue::undefined()),
        PromiseState::Fulfilled(v) => (1, v),
        PromiseState::Rejected(v) => (2, v),
    };
    Ok(
        boa_engine::object::builtins::JsArray::from_iter([JsValue::from(state), result], ctx)
            .into(),
    )
}

fn op_is_proxy(_: &JsValue, args: &[JsValue], _: &mut Context) -> JsResult<JsValue> {
    let value = arg(args, 0);
    Ok(value
        .as_object()
        .is_some_and(|o| JsProxy::from_object(o.clone()).is_ok())
        .into())
}
