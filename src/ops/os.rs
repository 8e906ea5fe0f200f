//! `node:os`: facts about the machine, read once per call.

use boa_engine::object::builtins::JsArray;
use boa_engine::{js_string, Context, JsResult, JsValue};

use super::{string, Op};

pub static OPS: &[Op] = &[("op_os_info", op_os_info, 0), ("op_os_cpus", op_os_cpus, 0)];

fn read(path: &str) -> String {
    std::fs::read_to_string(path)
        .unwrap_or_default()
        .trim()
        .to_string()
}

fn meminfo(key: &str) -> f64 {
    let text = std::fs::read_to_string("/proc/meminfo").unwrap_or_default();
    for line in text.lines() {
        if let Some(rest) = line.strip_prefix(key) {
            let kb: f64 = rest
                .trim_start_matches(':')
                .split_whitespace()
                .next()
                .and_then(|n| n.parse().ok())
                .unwrap_or(0.0);
            return kb * 1024.0;
        }
    }
    0.0
}

fn uname() -> (String, String, String) {
    // SAFETY: uname fills the struct we own; all-zero is a valid starting value.
    #[allow(unsafe_code)]
    let mut u: libc::utsname = unsafe { std::mem::zeroed() };
    #[allow(unsafe_code)]
    let rc = unsafe { libc::uname(&mut u) };
    if rc != 0 {
        return ("Linux".into(), String::new(), String::new());
    }
    let field = |f: &[libc::c_char]| -> String {
        #[allow(clippy::cast_sign_loss)]
        let bytes: Vec<u8> = f
            .iter()
            .take_while(|&&c| c != 0)
            .map(|&c| c as u8)
            .collect();
        String::from_utf8_lossy(&bytes).into_owned()
    };
    (field(&u.sysname), field(&u.release), field(&u.version))
}

/// `{ hostname, type, release, version, totalmem, freemem, homedir, tmpdir, uptime, loadavg, endianness, machine }`.
fn op_os_info(_: &JsValue, _: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let (sysname, release, version) = uname();
    let hostname = read("/proc/sys/kernel/hostname");
    let uptime: f64 = read("/proc/uptime")
        .split_whitespace()
        .next()
        .and_then(|u| u.parse().ok())
        .unwrap_or(0.0);
    let load: Vec<JsValue> = read("/proc/loadavg")
        .split_whitespace()
        .take(3)
        .map(|l| JsValue::from(l.parse::<f64>().unwrap_or(0.0)))
        .collect();
    let loadavg = JsArray::from_iter(load, ctx);
    let home = std::env::var("HOME").unwrap_or_else(|_| "/".into());
    let tmp = std::env::var("TMPDIR")
        .ok()
        .filter(|t| !t.is_empty())
        .map(|t| {
            if t.len() > 1 {
                t.trim_end_matches('/').to_string()
            } else {
                t
            }
        })
        .unwrap_or_else(|| "/tmp".into());
    let obj = super::object(ctx).build();
    obj.set(js_string!("hostname"), string(&hostname), false, ctx)?;
    obj.set(js_string!("type"), string(&sysname), false, ctx)?;
    obj.set(js_string!("release"), string(&release), false, ctx)?;
    obj.set(js_string!("version"), string(&version), false, ctx)?;
    obj.set(js_string!("totalmem"), meminfo("MemTotal"), false, ctx)?;
    obj.set(js_string!("freemem"), meminfo("MemAvailable"), false, ctx)?;
    obj.set(js_string!("homedir"), string(&home), false, ctx)?;
    obj.set(js_string!("tmpdir"), string(&tmp), false, ctx)?;
    obj.set(js_string!("uptime"), uptime.floor(), false, ctx)?;
    obj.set(js_string!("loadavg"), loadavg, false, ctx)?;
    obj.set(
        js_string!("machine"),
        string(std::env::consts::ARCH),
        false,
        ctx,
    )?;
    Ok(obj.into())
}

/// One `{ model, speed }` per logical CPU.
fn op_os_cpus(_: &JsValue, _: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let text = std::fs::read_to_string("/proc/cpuinfo").unwrap_or_default();
    let mut cpus = Vec::new();
    let mut model = String::new();
    let mut speed = 0.0;
    for line in text.lines() {
        if let Some((key, value)) = line.split_once(':') {
            match key.trim() {
                "model name" => model = value.trim().to_string(),
                "cpu MHz" => speed = value.trim().parse::<f64>().unwrap_or(0.0).floor(),
                _ => {}
            }
        } else if line.trim().is_empty() && !model.is_empty() {
            cpus.push((std::mem::take(&mut model), speed));
        }
    }
    if !model.is_empty() {
        cpus.push((model, speed));
    }
    if cpus.is_empty() {
        let n = std::thread::available_parallelism().map_or(1, std::num::NonZero::get);
        cpus = vec![(String::from("unknown"), 0.0); n];
    }
    let mut list = Vec::with_capacity(cpus.len());
    for (model, speed) in cpus {
        let cpu = super::object(ctx).build();
        cpu.set(js_string!("model"), string(&model), false, ctx)?;
        cpu.set(js_string!("speed"), speed, false, ctx)?;
        list.push(JsValue::from(cpu));
    }
    Ok(JsArray::from_iter(list, ctx).into())
}
