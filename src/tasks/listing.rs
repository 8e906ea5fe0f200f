//! What `--list` prints: one visible task a line, names aligned, the
//! default marked; or, with `--json`, the visible tasks as JSON. Both the
//! evaluated tasks file (through `op_tasks_list`) and the statically read
//! one (`runtime::declared`) print through here.

use super::TaskDef;

/// Width as JavaScript's `length` counts it (UTF-16 units), which is what
/// the listing has always aligned by.
fn width(s: &str) -> usize {
    s.encode_utf16().count()
}

/// `name  description` lines (names padded to the longest plus two).
pub fn text(defs: &[TaskDef], default: Option<&str>) -> String {
    let shown: Vec<&TaskDef> = defs.iter().filter(|d| !d.hidden).collect();
    let labels: Vec<String> = shown
        .iter()
        .map(|d| {
            if Some(d.name.as_str()) == default {
                format!("{} (default)", d.name)
            } else {
                d.name.clone()
            }
        })
        .collect();
    let column = labels.iter().map(|l| width(l)).max().unwrap_or(0) + 2;
    let mut out = String::new();
    for (def, label) in shown.iter().zip(&labels) {
        out.push_str(label);
        if let Some(desc) = def.desc.as_deref().filter(|d| !d.is_empty()) {
            out.push_str(&" ".repeat(column - width(label)));
            out.push_str(desc);
        }
        out.push('\n');
    }
    out
}

/// `[{ "name", "desc", "deps", "default" }, ...]`, indented by two.
pub fn json(defs: &[TaskDef], default: Option<&str>) -> String {
    let tasks: Vec<serde_json::Value> = defs
        .iter()
        .filter(|d| !d.hidden)
        .map(|d| {
            serde_json::json!({
                "name": d.name,
                "desc": d.desc,
                "deps": d.deps,
                "default": Some(d.name.as_str()) == default,
            })
        })
        .collect();
    let mut out = serde_json::to_string_pretty(&tasks).unwrap_or_else(|_| "[]".into());
    out.push('\n');
    out
}

/// Task definitions from the JSON the stdlib hands over
/// (`[{ name, desc, deps, hidden }]`).
pub fn defs_from_json(json: &str) -> Vec<TaskDef> {
    let defs: Vec<serde_json::Value> = serde_json::from_str(json).unwrap_or_default();
    defs.iter()
        .map(|d| TaskDef {
            name: d["name"].as_str().unwrap_or_default().to_string(),
            desc: d["desc"].as_str().map(str::to_string),
            deps: d["deps"]
                .as_array()
                .map(|a| {
                    a.iter()
                        .filter_map(|x| x.as_str().map(str::to_string))
                        .collect()
                })
                .unwrap_or_default(),
            hidden: d["hidden"].as_bool().unwrap_or(false),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn def(name: &str, desc: Option<&str>, hidden: bool) -> TaskDef {
        TaskDef {
            name: name.into(),
            desc: desc.map(Into::into),
            deps: vec!["a".into()],
            hidden,
        }
    }

    #[test]
    fn names_align_by_utf16_length_and_hidden_tasks_are_left_out() {
        let defs = [
            def("build", Some("Build it"), false),
            def("secret", Some("no"), true),
            def("émoji😀", Some("wide"), false),
            def("t", None, false),
        ];
        assert_eq!(
            text(&defs, Some("build")),
            "build (default)  Build it\némoji😀          wide\nt\n"
        );
        assert_eq!(text(&[], None), "");
    }

    #[test]
    fn json_lists_visible_tasks_in_order() {
        let defs = [def("b", None, false), def("h", None, true)];
        assert_eq!(
            json(&defs, Some("b")),
            "[\n  {\n    \"name\": \"b\",\n    \"desc\": null,\n    \"deps\": [\n      \"a\"\n    ],\n    \"default\": true\n  }\n]\n"
        );
    }
}
