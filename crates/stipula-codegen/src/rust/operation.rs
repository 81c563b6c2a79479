//! The view of one operation (`op_view`): its Rust names, parameters, bodies, responses,
//! security and path, for the client method and the server handler alike.

use super::*;
use stipula_spec::{SchemaId, Type};

pub(super) fn split_path(path: &str) -> Vec<(bool, String)> {
    // (is_param, text)
    let mut out = Vec::new();
    let mut rest = path;
    while let Some(start) = rest.find('{') {
        let Some(end) = rest[start..].find('}') else {
            break;
        };
        if start > 0 {
            out.push((false, rest[..start].to_string()));
        }
        out.push((true, rest[start + 1..start + end].to_string()));
        rest = &rest[start + end + 1..];
    }
    if !rest.is_empty() {
        out.push((false, rest.to_string()));
    }
    out
}

pub(super) fn op_view(
    spec: &Spec,
    op: &Operation,
    tg: &mut TypeGen,
    fn_namer: &mut Namer,
    stem_namer: &mut Namer,
    schemes: &IndexMap<String, usize>,
    table: &mut Option<validate::Table>,
) -> OperationView {
    let raw_name = op
        .operation_id
        .clone()
        .unwrap_or_else(|| format!("{} {}", op.method.as_str().to_ascii_lowercase(), op.path));
    let fn_name = fn_namer.unique(&snake_ident(&raw_name));
    // The stem only ever prefixes a suffix (`SelfParams`), so a keyword needs no escape.
    let stem = stem_namer.unique(&pascal_ident(names_bare(&fn_name)).replace('_', ""));
    let method = op.method.as_str().to_string();
    let axum_method = match method.as_str() {
        "GET" | "PUT" | "POST" | "DELETE" | "OPTIONS" | "HEAD" | "PATCH" | "TRACE" => {
            Some(method.to_ascii_lowercase())
        }
        _ => None,
    };

    let mut pnamer = Namer::with_reserved(&["body", "params", "self_", "api", "req", "resp"]);
    let mut path_params = Vec::new();
    let mut params = Vec::new();
    let mut path_map: IndexMap<String, String> = IndexMap::new();
    for p in &op.parameters {
        let location = match p.location {
            ParamLocation::Path => "path",
            ParamLocation::Query => "query",
            ParamLocation::Header => "header",
            ParamLocation::Cookie => "cookie",
            ParamLocation::QueryString => {
                tg.notes.push(format!(
                    "{}: `querystring` parameter {} is not supported; skipped",
                    op.key(),
                    p.name
                ));
                continue;
            }
        };
        if p.location == ParamLocation::Header
            && ["accept", "content-type", "authorization"]
                .contains(&p.name.to_ascii_lowercase().as_str())
        {
            // OpenAPI says these are ignored as parameters.
            continue;
        }
        let hint = format!("{stem}{}", pascal_ident(&p.name));
        let schema = p
            .schema
            .or_else(|| p.content.first().and_then(|m| m.schema));
        let ty = match schema {
            Some(s) => wrap_null(tg.resolve(s, &hint)),
            None => Ty::Prim("::std::string::String"),
        };
        let bounds = schema.and_then(|s| spec.schema(s).object().cloned());
        let numeric = matches!(
            ty,
            Ty::Prim("i8" | "i16" | "i32" | "i64" | "u8" | "u16" | "u32" | "u64" | "f32" | "f64")
        );
        let stringy = ty.is_string();
        let ident = pnamer.unique(&snake_ident(&p.name));
        let required = p.required || p.location == ParamLocation::Path;
        let tys = ty.render("super::types::");
        let field_ty = if required {
            tys.clone()
        } else {
            format!("::std::option::Option<{tys}>")
        };
        let arg_ty = if ty.is_string() {
            "&str".to_string()
        } else {
            tys.clone()
        };
        let v = ParamView {
            local: ident.clone(),
            ident: ident.clone(),
            wire: lit(&p.name),
            location,
            required,
            ty: tys,
            field_ty,
            arg_ty,
            style: lit(match p.style {
                ParamStyle::Form => "form",
                ParamStyle::SpaceDelimited => "spaceDelimited",
                ParamStyle::PipeDelimited => "pipeDelimited",
                ParamStyle::DeepObject => "deepObject",
                ParamStyle::Matrix => "matrix",
                ParamStyle::Label => "label",
                _ => "simple",
            }),
            explode: p.explode,
            docs: doc_lines(&[p.description.as_deref()]),
            minimum: bounds
                .as_ref()
                .and_then(|b| b.minimum)
                .filter(|_| numeric)
                .map(fmt_num),
            maximum: bounds
                .as_ref()
                .and_then(|b| b.maximum)
                .filter(|_| numeric)
                .map(fmt_num),
            min_length: bounds
                .as_ref()
                .and_then(|b| b.min_length)
                .filter(|_| stringy)
                .map(|n| format!("{n}usize")),
            max_length: bounds
                .as_ref()
                .and_then(|b| b.max_length)
                .filter(|_| stringy)
                .map(|n| format!("{n}usize")),
            schema: schema.and_then(|s| table.as_mut().map(|t| t.add(s))),
        };
        if p.location == ParamLocation::Path {
            path_map.insert(p.name.clone(), ident);
            path_params.push(v);
        } else {
            params.push(v);
        }
    }
    // Path pieces; parameters used in the template but not declared become strings.
    let mut path_pieces = Vec::new();
    let mut ordered_path_params = Vec::new();
    for (is_param, text) in split_path(&op.path) {
        if is_param {
            let ident = match path_map.get(&text) {
                Some(i) => i.clone(),
                None => {
                    let ident = pnamer.unique(&snake_ident(&text));
                    tg.notes.push(format!(
                        "{}: path parameter `{text}` is not declared; typed as a string",
                        op.key()
                    ));
                    path_params.push(ParamView {
                        local: ident.clone(),
                        ident: ident.clone(),
                        wire: lit(&text),
                        location: "path",
                        required: true,
                        ty: "::std::string::String".into(),
                        field_ty: "::std::string::String".into(),
                        arg_ty: "&str".into(),
                        style: lit("simple"),
                        explode: false,
                        docs: Vec::new(),
                        minimum: None,
                        maximum: None,
                        min_length: None,
                        max_length: None,
                        schema: None,
                    });
                    path_map.insert(text.clone(), ident.clone());
                    ident
                }
            };
            if !ordered_path_params.contains(&ident) {
                ordered_path_params.push(ident.clone());
            }
            path_pieces.push(PathPiece {
                text: None,
                param: Some(ident),
            });
        } else {
            path_pieces.push(PathPiece {
                text: Some(lit(&text)),
                param: None,
            });
        }
    }
    // Declared path parameters missing from the template are dropped from the signature order
    // but kept (so callers see them); order by template appearance first.
    path_params.sort_by_key(|p| {
        ordered_path_params
            .iter()
            .position(|i| *i == p.ident)
            .unwrap_or(usize::MAX)
    });
    // A parameter named like a local of the templates gets another local name, so it
    // shadows nothing (its field keeps the plain name).
    let clashes = |ident: &str| TEMPLATE_LOCALS.contains(&crate::names::bare(ident));
    let mut lnamer = Namer::with_reserved(TEMPLATE_LOCALS);
    for p in path_params.iter().chain(params.iter()) {
        if !clashes(&p.ident) {
            lnamer.reserve(&p.ident);
        }
    }
    for p in path_params.iter_mut().chain(params.iter_mut()) {
        if clashes(&p.ident) {
            let local = lnamer.unique(&format!("{}_param", crate::names::bare(&p.ident)));
            for piece in &mut path_pieces {
                if piece.param.as_deref() == Some(p.ident.as_str()) {
                    piece.param = Some(local.clone());
                }
            }
            p.local = local;
        }
    }
    let params_default = params.iter().all(|p| !p.required);
    let params_struct = if params.is_empty() {
        None
    } else {
        Some(format!("{stem}Params"))
    };

    let body = op.request_body.as_ref().and_then(|rb| {
        let m = pick_media(&rb.content)?;
        let kind = body_kind(&m.media_type);
        let parts = if kind == "multipart" {
            multipart_parts(tg, table, m, &stem)
        } else {
            None
        };
        if kind == "multipart" && parts.is_none() {
            tg.notes.push(format!(
                "{}: the multipart body has no object schema with properties; the client takes a `reqwest::multipart::Form`, the server the raw bytes",
                op.key()
            ));
        }
        let form_struct = parts.as_ref().map(|_| format!("{stem}Form"));
        let ty = match kind {
            "json" | "form" => match m.schema {
                Some(s) => wrap_null(tg.resolve(s, &format!("{stem}Body"))),
                None => Ty::Value,
            },
            "text" => Ty::Prim("::std::string::String"),
            _ => Ty::Bytes,
        };
        let schema = match kind {
            "json" | "form" => m.schema.and_then(|s| table.as_mut().map(|t| t.add(s))),
            _ => None,
        };
        let media_type = if m.media_type.contains('*') {
            if kind == "json" {
                "application/json".to_string()
            } else {
                "application/octet-stream".to_string()
            }
        } else {
            m.media_type.clone()
        };
        Some(BodyView {
            kind,
            media_type: lit(&media_type),
            required: rb.required,
            ty: match &form_struct {
                Some(f) => f.clone(),
                None => ty.render("super::types::"),
            },
            docs: doc_lines(&[rb.description.as_deref()]),
            schema,
            form_struct,
            parts: parts.unwrap_or_default(),
        })
    });

    let mut vnamer = Namer::default();
    let mut responses = Vec::new();
    let mut ordered: Vec<&stipula_spec::Response> = op.responses.iter().collect();
    // Exact codes first, then ranges, then default: that is also the match order.
    ordered.sort_by_key(|r| match r.status {
        StatusKey::Code(_) => 0,
        StatusKey::Range(_) => 1,
        StatusKey::Default => 2,
    });
    let mut has_default = false;
    for r in ordered {
        let (status_kind, status, pattern, base) = match r.status {
            StatusKey::Code(c) => (
                "code",
                c,
                c.to_string(),
                status_name(c)
                    .map(str::to_string)
                    .unwrap_or_else(|| format!("Status{c}")),
            ),
            StatusKey::Range(d) => (
                "range",
                d as u16,
                format!("{}..={}", d as u16 * 100, d as u16 * 100 + 99),
                format!("Status{d}xx"),
            ),
            StatusKey::Default => {
                has_default = true;
                ("default", 0, "_".to_string(), "Default".to_string())
            }
        };
        let variant = vnamer.unique(&base);
        let media = pick_media(&r.content);
        let (body_kind_s, ty, media_type) = match media {
            None => ("none", None, None),
            Some(m) => {
                let k = body_kind(&m.media_type);
                let (k, ty) = match k {
                    "json" => (
                        "json",
                        match m.schema {
                            Some(s) => wrap_null(tg.resolve(s, &format!("{stem}{variant}Body"))),
                            None => Ty::Value,
                        },
                    ),
                    "text" => ("text", Ty::Prim("::std::string::String")),
                    _ => ("bytes", Ty::Bytes),
                };
                let mt = if m.media_type.contains('*') {
                    if k == "json" {
                        "application/json".to_string()
                    } else {
                        "application/octet-stream".to_string()
                    }
                } else {
                    m.media_type.clone()
                };
                (k, Some(ty.render("super::types::")), Some(lit(&mt)))
            }
        };
        let mut hnamer = Namer::default();
        let mut headers = Vec::new();
        for h in &r.headers {
            if h.name.eq_ignore_ascii_case("content-type") {
                continue;
            }
            let schema = h
                .schema
                .or_else(|| h.content.first().and_then(|m| m.schema));
            let hty = match schema {
                Some(s) => {
                    wrap_null(tg.resolve(s, &format!("{stem}{variant}{}", pascal_ident(&h.name))))
                }
                None => Ty::Prim("::std::string::String"),
            };
            let hty = hty.render("super::types::");
            headers.push(HeaderView {
                ident: hnamer.unique(&snake_ident(&h.name)),
                wire: lit(&h.name),
                required: h.required,
                field_ty: if h.required {
                    hty.clone()
                } else {
                    format!("::std::option::Option<{hty}>")
                },
                ty: hty,
                docs: doc_lines(&[h.description.as_deref()]),
            });
        }
        let headers_struct = (!headers.is_empty()).then(|| format!("{stem}{variant}Headers"));
        let shape = if status_kind == "code" && headers.is_empty() {
            if ty.is_some() { "tuple" } else { "unit" }
        } else {
            "struct"
        };
        responses.push(ResponseView {
            variant,
            status_kind,
            status,
            pattern,
            success: r.status.is_success(),
            body_kind: body_kind_s,
            ty,
            media_type,
            docs: doc_lines(&[r.description.as_deref()]),
            headers_default: headers.iter().all(|h| !h.required),
            headers,
            headers_struct,
            shape,
        });
    }
    // Success first (stable within each group).
    responses.sort_by_key(|r| !r.success);

    let mut sec = Vec::new();
    let mut security_optional = false;
    for req in &op.security {
        if req.0.is_empty() {
            security_optional = true;
            continue;
        }
        let idx: Option<Vec<usize>> = req.0.keys().map(|k| schemes.get(k).copied()).collect();
        if let Some(idx) = idx {
            sec.push(idx);
        }
    }

    if table.is_some() && !sec.is_empty() && !security_optional {
        auth_body_notes(spec, op, tg);
    }

    let successes: Vec<&ResponseView> = responses.iter().filter(|r| r.success).collect();
    let single_success = match successes.as_slice() {
        [r] if r.status_kind == "code" && r.shape == "tuple" => r.ty.clone(),
        [r] if r.status_kind == "code" && r.shape == "unit" => Some("()".to_string()),
        _ => None,
    };
    let declared_400 = |key: StatusKey| {
        op.responses
            .iter()
            .find(|r| r.status == key)
            .and_then(|r| pick_media(&r.content))
            .filter(|m| body_kind(&m.media_type) == "json" && !m.media_type.contains('*'))
            .map(|m| m.media_type.clone())
    };
    let bad_request_media = lit(&declared_400(StatusKey::Code(400))
        .or_else(|| declared_400(StatusKey::Range(4)))
        .or_else(|| declared_400(StatusKey::Default))
        .unwrap_or_else(|| "application/json".into()));
    let mut required_inputs: Vec<String> = path_params.iter().map(|p| p.local.clone()).collect();
    required_inputs.extend(
        params
            .iter()
            .filter(|p| p.required)
            .map(|p| p.local.clone()),
    );
    if body
        .as_ref()
        .is_some_and(|b| b.required && (b.kind != "multipart" || b.form_struct.is_some()))
    {
        required_inputs.push("body".into());
    }
    let mut docs = doc_lines(&[op.summary.as_deref(), op.description.as_deref()]);
    if !docs.is_empty() {
        docs.push(lit(""));
    }
    docs.push(lit(&format!(" `{} {}`", op.method, op.path)));
    let mut view = OperationView {
        fn_name,
        response_enum: format!("{stem}Response"),
        error_enum: format!("{stem}Error"),
        type_stem: stem,
        method,
        axum_method,
        path: lit(&op.path),
        path_pieces,
        operation_id: lit(op
            .operation_id
            .as_deref()
            .unwrap_or(&format!("{} {}", op.method, op.path))),
        docs,
        deprecated: op.deprecated,
        path_params,
        params,
        params_struct,
        params_default,
        body,
        responses,
        has_default,
        bad_request_media,
        single_success,
        required_inputs,
        security: sec,
        security_optional,
        stream: None,
    };
    // Client only (the server's view carries the validation table).
    if table.is_none() {
        view.stream = super::streams::stream_view(spec, op, tg, fn_namer, &view);
    }
    view
}

/// Names following `super::types::` in a rendered type expression.
pub(super) fn type_names_in(expr: &str, out: &mut Vec<String>) {
    const P: &str = "super::types::";
    let mut rest = expr;
    while let Some(i) = rest.find(P) {
        rest = &rest[i + P.len()..];
        let end = rest
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
            .unwrap_or(rest.len());
        out.push(rest[..end].to_string());
        rest = &rest[end..];
    }
}

pub(super) fn names_bare(s: &str) -> &str {
    crate::names::bare(s)
}

/// The parts of a multipart body whose schema is an object with properties.
pub(super) fn multipart_parts(
    tg: &mut TypeGen,
    table: &mut Option<validate::Table>,
    m: &MediaType,
    stem: &str,
) -> Option<Vec<PartView>> {
    let (props, required) = tg.object_props(m.schema?)?;
    if props.is_empty() {
        return None;
    }
    let mut namer = Namer::default();
    let mut parts = Vec::new();
    for (wire, pid) in props {
        // A single concrete content type from `encoding` (lists and wildcards say nothing
        // about what to send).
        let content_type = m
            .encoding
            .get(&wire)
            .and_then(|e| e.content_type.as_deref())
            .map(str::trim)
            .filter(|c| !c.is_empty() && !c.contains(',') && !c.contains('*'));
        let binary_type = content_type.is_some_and(|c| !c.starts_with("text/") && !is_json(c));
        let kind = if tg.is_binary(pid) || (binary_type && tg.is_string(pid)) {
            "file"
        } else if tg.array_items(pid).is_some_and(|i| tg.is_binary(i)) {
            "files"
        } else {
            "value"
        };
        let ty = match kind {
            "file" => "super::runtime::FilePart".to_string(),
            "files" => "::std::vec::Vec<super::runtime::FilePart>".to_string(),
            _ => wrap_null(tg.resolve(pid, &format!("{stem}Form{}", pascal_ident(&wire))))
                .render("super::types::"),
        };
        let is_required = required.contains(&wire);
        let docs = tg.docs_of(pid);
        parts.push(PartView {
            ident: namer.unique(&snake_ident(&wire)),
            wire: lit(&wire),
            required: is_required,
            kind,
            field_ty: if is_required {
                ty.clone()
            } else {
                format!("::std::option::Option<{ty}>")
            },
            ty,
            content_type: content_type.map(lit),
            deep_object: m
                .encoding
                .get(&wire)
                .is_some_and(|e| e.style == Some(ParamStyle::DeepObject)),
            docs,
            schema: if kind == "value" {
                table.as_mut().map(|t| t.add(pid))
            } else {
                None
            },
        });
    }
    Some(parts)
}

/// Members of the server's automatic 401/403 body (`runtime::unauthorized`, `refused` in
/// `rust-server/lib.rs.j2`) and their JSON types.
const AUTH_BODY: &[(&str, Type)] = &[
    ("type", Type::String),
    ("title", Type::String),
    ("status", Type::Integer),
    ("detail", Type::String),
    ("message", Type::String),
    ("errors", Type::Array),
];

/// A note for each documented 401/403 JSON schema the server's automatic body does not fit
/// (a required member it lacks, a member of another type, not an object): the body is
/// sent anyway, and the note says so where the spec says otherwise.
fn auth_body_notes(spec: &Spec, op: &Operation, tg: &mut TypeGen) {
    for r in &op.responses {
        let code = match r.status {
            StatusKey::Code(c @ (401 | 403)) => c,
            _ => continue,
        };
        let Some(schema) = pick_media(&r.content)
            .filter(|m| body_kind(&m.media_type) == "json")
            .and_then(|m| m.schema)
        else {
            continue;
        };
        if let Some(why) = auth_body_misfit(spec, tg, schema) {
            tg.notes.push(format!(
                "{}: the server's automatic {code} body (a problem: type, title, status, detail, message, errors) does not fit the documented {code} schema ({why}); it is sent as it is, deliberately: the status and the WWW-Authenticate challenge carry the meaning. To send the documented shape, rewrite {code} responses in a tower layer around the router",
                op.key()
            ));
        }
    }
}

/// Why the automatic 401/403 body does not fit `schema`, or `None` when it does.
fn auth_body_misfit(spec: &Spec, tg: &mut TypeGen, schema: SchemaId) -> Option<String> {
    let Some((props, required)) = tg.object_props(schema) else {
        let types = spec.schema(schema).object().and_then(|o| o.types.clone());
        return types
            .filter(|t| !t.contains(&Type::Object))
            .map(|_| "it is not an object".to_string());
    };
    if let Some(missing) = required
        .iter()
        .find(|r| !AUTH_BODY.iter().any(|(n, _)| n == r))
    {
        return Some(format!("it requires `{missing}`"));
    }
    for (name, ty) in AUTH_BODY {
        let Some(pid) = props.get(*name) else {
            continue;
        };
        let Some(types) = spec.schema(*pid).object().and_then(|o| o.types.as_ref()) else {
            continue;
        };
        let fits = types.contains(ty) || (*ty == Type::Integer && types.contains(&Type::Number));
        if !fits {
            return Some(format!(
                "its `{name}` is not of type {}",
                format!("{ty:?}").to_lowercase()
            ));
        }
    }
    None
}
