//! Text encoding and URL parsing for `TextEncoder`/`TextDecoder` and `URL`.

use boa_engine::object::builtins::JsArray;
use boa_engine::{Context, JsNativeError, JsResult, JsString, JsValue};

use super::{arg, arg_string, bytes_of, string, uint8_array, Op};

pub static OPS: &[Op] = &[
    ("op_utf8_encode", op_utf8_encode, 1),
    ("op_utf8_decode", op_utf8_decode, 3),
    ("op_url_parse", op_url_parse, 2),
    ("op_url_set", op_url_set, 3),
];

/// `op_utf8_encode(string)` → Uint8Array; lone surrogates become U+FFFD.
fn op_utf8_encode(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let text = arg(args, 0).to_string(ctx)?.to_std_string_lossy();
    uint8_array(text.as_bytes(), ctx)
}

/// `op_utf8_decode(bytes, fatal, ignoreBOM)` → string.
fn op_utf8_decode(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let bytes = bytes_of(&arg(args, 0), ctx)?;
    let fatal = arg(args, 1).to_boolean();
    let ignore_bom = arg(args, 2).to_boolean();
    let body: &[u8] = if !ignore_bom && bytes.starts_with(&[0xEF, 0xBB, 0xBF]) {
        &bytes[3..]
    } else {
        &bytes
    };
    let text = if fatal {
        match std::str::from_utf8(body) {
            Ok(s) => std::borrow::Cow::Borrowed(s),
            Err(_) => {
                let err = JsNativeError::typ()
                    .with_message("The encoded data was not valid for encoding utf-8");
                let obj = err.into_opaque(ctx);
                obj.set(
                    boa_engine::js_string!("code"),
                    boa_engine::js_string!("ERR_ENCODING_INVALID_ENCODED_DATA"),
                    false,
                    ctx,
                )?;
                return Err(boa_engine::JsError::from_opaque(obj.into()));
            }
        }
    } else {
        String::from_utf8_lossy(body)
    };
    // UTF-16 strings make later regex and search work fast in Boa.
    let units: Vec<u16> = text.encode_utf16().collect();
    Ok(JsValue::from(JsString::from(&units[..])))
}

fn url_parts(url: &url::Url, ctx: &mut Context) -> JsValue {
    let port = url.port().map(|p| p.to_string()).unwrap_or_default();
    let search = match url.query() {
        Some(q) if !q.is_empty() => format!("?{q}"),
        _ => String::new(),
    };
    let hash = match url.fragment() {
        Some(f) if !f.is_empty() => format!("#{f}"),
        _ => String::new(),
    };
    let parts = [
        url.as_str().to_string(),
        format!("{}:", url.scheme()),
        url.username().to_string(),
        url.password().unwrap_or("").to_string(),
        url.host_str().unwrap_or("").to_string(),
        port,
        url.path().to_string(),
        search,
        hash,
    ];
    JsArray::from_iter(parts.iter().map(|p| string(p)), ctx).into()
}

/// `op_url_parse(input, base)` → `[href, protocol, username, password,
/// hostname, port, pathname, search, hash]`, or `null` when invalid.
fn op_url_parse(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let input = arg_string(args, 0, ctx)?;
    let base = arg(args, 1);
    let parsed = if base.is_undefined() {
        url::Url::parse(&input)
    } else {
        let base = base.to_string(ctx)?.to_std_string_escaped();
        match url::Url::parse(&base) {
            Ok(base) => base.join(&input),
            Err(e) => Err(e),
        }
    };
    match parsed {
        Ok(url) => Ok(url_parts(&url, ctx)),
        Err(_) => Ok(JsValue::null()),
    }
}

/// `op_url_set(href, component, value)` → the parts after setting one
/// component with the WHATWG setter rules, or `null`.
fn op_url_set(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let href = arg_string(args, 0, ctx)?;
    let component = arg_string(args, 1, ctx)?;
    let value = arg_string(args, 2, ctx)?;
    let Ok(mut url) = url::Url::parse(&href) else {
        return Ok(JsValue::null());
    };
    match component.as_str() {
        "href" => match url::Url::parse(&value) {
            Ok(u) => url = u,
            Err(_) => return Ok(JsValue::null()),
        },
        "protocol" => url::quirks::set_protocol(&mut url, &value).unwrap_or(()),
        "username" => url::quirks::set_username(&mut url, &value).unwrap_or(()),
        "password" => url::quirks::set_password(&mut url, &value).unwrap_or(()),
        "host" => url::quirks::set_host(&mut url, &value).unwrap_or(()),
        "hostname" => url::quirks::set_hostname(&mut url, &value).unwrap_or(()),
        "port" => url::quirks::set_port(&mut url, &value).unwrap_or(()),
        "pathname" => url::quirks::set_pathname(&mut url, &value),
        "search" => url::quirks::set_search(&mut url, &value),
        "hash" => url::quirks::set_hash(&mut url, &value),
        _ => return Ok(JsValue::null()),
    }
    Ok(url_parts(&url, ctx))
}
