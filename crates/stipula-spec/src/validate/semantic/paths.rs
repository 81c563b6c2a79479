//! The rules about path templates: `path-template-invalid`, `path-param-undeclared`,
//! `path-param-unused`, `path-param-not-required` and `path-ambiguous`.

use super::Cx;
use crate::diag::Diagnostic;
use crate::ir::{Loc, ParamLocation};
use crate::pointer::join;
use std::collections::{BTreeSet, HashMap, HashSet};

// ---------------------------------------------------------------------------------------
// path templates and path parameters
// ---------------------------------------------------------------------------------------

/// The `{names}` of a path template, or an error message.
fn template_vars(path: &str) -> Result<Vec<String>, String> {
    let mut vars = Vec::new();
    let mut rest = path;
    while let Some(open) = rest.find(['{', '}']) {
        if rest[open..].starts_with('}') {
            return Err(format!("`}}` without `{{` in path template `{path}`"));
        }
        let after = &rest[open + 1..];
        let Some(close) = after.find('}') else {
            return Err(format!("`{{` without `}}` in path template `{path}`"));
        };
        let name = &after[..close];
        if name.is_empty() {
            return Err(format!("empty `{{}}` in path template `{path}`"));
        }
        if name.contains('{') {
            return Err(format!("nested `{{` in path template `{path}`"));
        }
        vars.push(name.to_string());
        rest = &after[close + 1..];
    }
    Ok(vars)
}

fn path_loc<'a>(cx: &Cx<'a>, path: &str) -> Loc {
    match cx.loaded.spec.paths.get(path) {
        Some(info) if !info.loc.pointer.is_empty() || info.loc.line > 0 => info.loc.clone(),
        _ => Loc {
            file: 0,
            pointer: join("/paths", path),
            line: 0,
            col: 0,
        },
    }
}

pub(super) fn path_params(cx: &Cx<'_>, out: &mut Vec<Diagnostic>) {
    let mut bad_templates = HashSet::new();
    for op in &cx.loaded.spec.operations {
        let vars = match template_vars(&op.path) {
            Ok(v) => v,
            Err(msg) => {
                if bad_templates.insert(op.path.clone()) {
                    let loc = path_loc(cx, &op.path);
                    out.push(
                        cx.at(
                            Diagnostic::error("path-template-invalid", msg),
                            &loc,
                            &loc.pointer,
                        )
                        .with_help("write parameters as `{name}`, e.g. `/pets/{petId}`"),
                    );
                }
                continue;
            }
        };
        let declared: Vec<_> = op.params_in(ParamLocation::Path).collect();
        for v in &vars {
            if !declared.iter().any(|p| &p.name == v) {
                out.push(
                    cx.at(
                        Diagnostic::error(
                            "path-param-undeclared",
                            format!(
                                "{}: `{{{v}}}` is in the path template but no `in: path` parameter named `{v}` is declared",
                                op.key()
                            ),
                        ),
                        &op.loc,
                        &op.loc.pointer,
                    )
                    .with_help(format!(
                        "add `{{name: {v}, in: path, required: true, schema: {{type: string}}}}` to the operation's or the path item's `parameters`"
                    )),
                );
            }
        }
        for p in &declared {
            if !vars.iter().any(|v| v == &p.name) {
                out.push(
                    cx.at(
                        Diagnostic::error(
                            "path-param-unused",
                            format!(
                                "{}: path parameter `{}` does not appear in the path template",
                                op.key(),
                                p.name
                            ),
                        ),
                        &p.loc,
                        &p.loc.pointer,
                    )
                    .with_help(format!(
                        "add `{{{}}}` to the path, rename the parameter to match the template, or remove it",
                        p.name
                    )),
                );
            }
            if !p.required {
                out.push(
                    cx.at(
                        Diagnostic::error(
                            "path-param-not-required",
                            format!("path parameter `{}` must have `required: true`", p.name),
                        ),
                        &p.loc,
                        &p.loc.pointer,
                    )
                    .with_help("path parameters are always required: add `required: true`"),
                );
            }
        }
    }
}

// ---------------------------------------------------------------------------------------
// path-ambiguous
// ---------------------------------------------------------------------------------------

/// `/a/{x}/b` → `/a/{}/b`.
fn shape(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    let mut depth = 0;
    for ch in path.chars() {
        match ch {
            '{' => {
                if depth == 0 {
                    out.push_str("{}");
                }
                depth += 1;
            }
            '}' if depth > 0 => depth -= 1,
            c if depth == 0 => out.push(c),
            _ => {}
        }
    }
    out
}

pub(super) fn path_ambiguous(cx: &Cx<'_>, out: &mut Vec<Diagnostic>) {
    let spec = &cx.loaded.spec;
    let mut paths: Vec<&str> = spec.paths.keys().map(String::as_str).collect();
    for op in &spec.operations {
        if !paths.contains(&op.path.as_str()) {
            paths.push(&op.path);
        }
    }
    let methods = |p: &str| -> BTreeSet<String> {
        spec.operations
            .iter()
            .filter(|o| o.path == p)
            .map(|o| o.method.to_string())
            .collect()
    };
    let mut by_shape: HashMap<String, Vec<&str>> = HashMap::new();
    for p in paths {
        if !p.contains('{') {
            continue;
        }
        by_shape.entry(shape(p)).or_default().push(p);
    }
    let mut groups: Vec<Vec<&str>> = by_shape.into_values().filter(|g| g.len() > 1).collect();
    groups.sort();
    for group in groups {
        for (j, later) in group.iter().enumerate().skip(1) {
            let later_m = methods(later);
            for earlier in &group[..j] {
                let shared: Vec<String> =
                    methods(earlier).intersection(&later_m).cloned().collect();
                let loc = path_loc(cx, later);
                let el = path_loc(cx, earlier);
                let first = cx.where_(&el, &el.pointer);
                let d = if shared.is_empty() {
                    Diagnostic::warning(
                        "path-ambiguous",
                        format!(
                            "`{later}` and `{earlier}` (at {first}) are the same path with different parameter names; OpenAPI forbids this even though they share no method"
                        ),
                    )
                } else {
                    Diagnostic::error(
                        "path-ambiguous",
                        format!(
                            "`{later}` and `{earlier}` (at {first}) are the same path with different parameter names, and both define {}: a server cannot tell them apart",
                            shared.join(", ")
                        ),
                    )
                };
                out.push(cx.at(d, &loc, &loc.pointer).with_help(
                    "merge the two path items under one template with one parameter name",
                ));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn templates() {
        assert_eq!(template_vars("/a/{x}/b/{y}").unwrap(), vec!["x", "y"]);
        assert_eq!(template_vars("/a").unwrap(), Vec::<String>::new());
        assert!(template_vars("/a/{x").is_err());
        assert!(template_vars("/a/x}").is_err());
        assert!(template_vars("/a/{}").is_err());
        assert_eq!(template_vars("/a/{x}.{fmt}").unwrap(), vec!["x", "fmt"]);
    }

    #[test]
    fn shapes() {
        assert_eq!(shape("/a/{x}/b"), "/a/{}/b");
        assert_eq!(shape("/a/{y}/b"), "/a/{}/b");
        assert_ne!(shape("/a/{y}/c"), shape("/a/{x}/b"));
    }
}
