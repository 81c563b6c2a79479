//! The streaming variant of a client operation (`{method}_stream`), when it has one:
//!
//! * `pages` — a paginated list operation, detected from its shape (conservatively: a `GET`
//!   with one JSON success response holding a list, and a query parameter plus a response
//!   member that name the next page, see `pages`) or declared with `x-stipula-pagination`:
//!   every item of every page, fetched as the stream is read;
//! * `events` — a `text/event-stream` success response: typed server-sent events;
//! * `bytes` — a binary success body (`application/octet-stream`, `format: binary`, images...):
//!   the body chunk by chunk.
//!
//! Expressions the template pastes are built here, from the types the `types` module
//! defines (field identifiers, `Option` layers), so they compile for every spec.

use super::types::FieldInfo;
use super::*;

/// The streaming variant of an operation, as `streams.rs.j2` lays it out.
#[derive(Serialize, Debug)]
pub struct StreamView {
    /// `pages`, `events` or `bytes`.
    pub kind: &'static str,
    /// The method's name (`list_pets_stream`).
    pub fn_name: String,
    /// Doc lines saying what the stream yields.
    pub docs: Vec<String>,
    /// Path parameters as the stream method takes them: (identifier, type, the expression
    /// that passes it on to the regular method once per page).
    pub args: Vec<(String, String, String)>,
    /// `pages`: the item type; `events`: the type of each event's `data`.
    pub item_ty: String,
    /// `pages`: the type of the cursor (page number, offset, token...).
    pub cursor_ty: String,
    /// `pages`: statements that put `cursor` (an `Option` of the cursor type) into the
    /// parameters `params` (and bind `current` where the next page is computed from it).
    pub set_cursor: String,
    /// `pages`: the pattern bound to the regular method's result (`page`, or a destructuring
    /// of a response enum with headers).
    pub bind: String,
    /// `pages`: the argument passed for an optional request body (`, None`), or nothing.
    pub body_arg: String,
    /// `pages`: the expression of the page's items (moves out of `page`).
    pub items: String,
    /// `pages`: the expression of the next cursor (after `items`: may read it).
    pub next: String,
    /// The success status (pages: reported in errors; events/bytes: the status to stream).
    pub status: u16,
    /// `events`: the function decoding one event's data (`runtime::sse_json::<T>`, or
    /// `runtime::sse_text`); `events`/`bytes`: the `Accept` header to send (a literal).
    pub decode: String,
    /// `events`/`bytes`: the media type asked for, a literal.
    pub accept: String,
}

/// Query parameters that carry an opaque cursor to the next page.
const CURSOR_PARAMS: &[&str] = &[
    "cursor",
    "after",
    "starting_after",
    "startingAfter",
    "page_token",
    "pageToken",
    "next_token",
    "nextToken",
    "continuation_token",
    "continuationToken",
    "page_cursor",
];

/// Response members that hold the next page's cursor.
const NEXT_FIELDS: &[&str] = &[
    "next_cursor",
    "nextCursor",
    "next_page_token",
    "nextPageToken",
    "next_token",
    "nextToken",
    "continuation_token",
    "continuationToken",
    "next_page_cursor",
    "cursor",
];

/// Objects that hold paging metadata one level down (Slack's `response_metadata`).
const META_FIELDS: &[&str] = &[
    "meta",
    "metadata",
    "response_metadata",
    "pagination",
    "paging",
    "page_info",
    "pageInfo",
    "links",
];

/// Members that hold the page's list when the body is an object.
const ITEMS_FIELDS: &[&str] = &[
    "data", "items", "results", "records", "entries", "values", "nodes", "elements",
];

const PAGE_PARAMS: &[&str] = &["page", "page_number", "pageNumber"];
const OFFSET_PARAMS: &[&str] = &["offset", "skip"];
const LIMIT_PARAMS: &[&str] = &[
    "limit",
    "per_page",
    "perPage",
    "page_size",
    "pageSize",
    "count",
    "size",
    "top",
    "max",
];

/// The streaming variant of `view`'s operation, if it has one; its method name is reserved
/// in `fn_namer`.
pub(super) fn stream_view(
    spec: &Spec,
    op: &Operation,
    tg: &mut TypeGen,
    fn_namer: &mut Namer,
    view: &OperationView,
) -> Option<StreamView> {
    let notes = tg.notes.len();
    let s = pages(spec, op, tg, view).or_else(|| events_or_bytes(op, tg, view));
    // Types were resolved again above: what that noted is already noted.
    let mut extra = tg.notes.split_off(notes);
    extra.retain(|n| n.starts_with("x-stipula-pagination"));
    tg.notes.extend(extra);
    let mut s = s?;
    s.fn_name = fn_namer.unique(&format!("{}_stream", crate::names::bare(&view.fn_name)));
    s.args = view
        .path_params
        .iter()
        .map(|p| {
            if p.arg_ty == "&str" {
                (p.local.clone(), "&'a str".to_string(), p.local.clone())
            } else {
                (
                    p.local.clone(),
                    p.arg_ty.clone(),
                    format!("{}.clone()", p.local),
                )
            }
        })
        .collect();
    Some(s)
}

fn empty(kind: &'static str) -> StreamView {
    StreamView {
        kind,
        fn_name: String::new(),
        docs: Vec::new(),
        args: Vec::new(),
        item_ty: String::new(),
        cursor_ty: String::new(),
        set_cursor: String::new(),
        bind: "page".into(),
        body_arg: String::new(),
        items: String::new(),
        next: String::new(),
        status: 200,
        decode: String::new(),
        accept: String::new(),
    }
}

/// The one success response, when there is exactly one and its status is exact.
fn single_success(view: &OperationView) -> Option<&ResponseView> {
    let mut s = view.responses.iter().filter(|r| r.success);
    let r = s.next()?;
    (s.next().is_none() && r.status_kind == "code").then_some(r)
}

/// Where the list of a page is, and what its items are.
struct List {
    /// `None`: the body is the list; else the member holding it.
    field: Option<FieldInfo>,
    item: Ty,
    /// The body's fields (when it is an object).
    fields: Vec<FieldInfo>,
}

fn find_list(tg: &TypeGen, body: &Ty, items_name: Option<&str>) -> Option<List> {
    match body {
        Ty::Vec(item) if items_name.is_none() => Some(List {
            field: None,
            item: (**item).clone(),
            fields: Vec::new(),
        }),
        Ty::Named(n) => {
            let fields = tg.struct_fields(n)?;
            let arrays: Vec<&FieldInfo> = fields
                .iter()
                .filter(|f| matches!(f.ty, Ty::Vec(_)))
                .collect();
            let pick = match items_name {
                Some(name) => arrays.iter().find(|f| f.wire == name).copied(),
                None => ITEMS_FIELDS
                    .iter()
                    .find_map(|n| arrays.iter().find(|f| f.wire == *n))
                    .copied()
                    .or(match arrays.as_slice() {
                        [only] => Some(*only),
                        _ => None,
                    }),
            }?;
            let Ty::Vec(item) = &pick.ty else {
                return None;
            };
            Some(List {
                field: Some(pick.clone()),
                item: (**item).clone(),
                fields: fields.clone(),
            })
        }
        _ => None,
    }
}

/// `Option<&T>` of a member path, starting from the variable `base` (a struct value).
fn chain_from_var(base: &str, path: &[FieldInfo]) -> String {
    let Some((first, rest)) = path.split_first() else {
        return format!("Some(&{base})");
    };
    let start = match first.options {
        0 => format!("Some(&{base}.{})", first.ident),
        1 => format!("{base}.{}.as_ref()", first.ident),
        _ => format!("{base}.{}.as_ref().and_then(|v| v.as_ref())", first.ident),
    };
    chain_from_opt(&start, rest)
}

/// `Option<&T>` of a member path below an `Option<&S>` expression.
fn chain_from_opt(start: &str, path: &[FieldInfo]) -> String {
    let mut e = start.to_string();
    for f in path {
        e.push_str(&match f.options {
            0 => format!(".map(|v| &v.{})", f.ident),
            1 => format!(".and_then(|v| v.{}.as_ref())", f.ident),
            _ => format!(
                ".and_then(|v| v.{}.as_ref()).and_then(|v| v.as_ref())",
                f.ident
            ),
        });
    }
    e
}

/// A scalar a cursor can be: a string or an integer.
fn cursor_scalar(t: &Ty) -> bool {
    t.is_string()
        || matches!(
            t,
            Ty::Prim("i8" | "i16" | "i32" | "i64" | "u8" | "u16" | "u32" | "u64")
        )
}

fn is_integer(t: &str) -> bool {
    matches!(
        t,
        "i8" | "i16" | "i32" | "i64" | "u8" | "u16" | "u32" | "u64"
    )
}

/// A member path (`meta.next_cursor`) through the structs below `fields`.
fn member_path(tg: &TypeGen, fields: &[FieldInfo], path: &str) -> Option<Vec<FieldInfo>> {
    let mut out = Vec::new();
    let mut here = fields.to_vec();
    for (i, name) in path.split('.').enumerate() {
        if i > 0 {
            let Ty::Named(n) = &out.last().map(|f: &FieldInfo| f.ty.clone())? else {
                return None;
            };
            here = tg.struct_fields(n)?;
        }
        out.push(here.iter().find(|f| f.wire == name)?.clone());
    }
    Some(out)
}

/// The next-cursor member of a body: top level first, then one level down in a metadata
/// object.
fn find_next_field(tg: &TypeGen, fields: &[FieldInfo]) -> Option<Vec<FieldInfo>> {
    let scalar = |f: &&FieldInfo| cursor_scalar(&f.ty);
    if let Some(f) = NEXT_FIELDS
        .iter()
        .find_map(|n| fields.iter().filter(scalar).find(|f| f.wire == *n))
    {
        return Some(vec![f.clone()]);
    }
    for meta in META_FIELDS {
        let Some(m) = fields.iter().find(|f| f.wire == *meta) else {
            continue;
        };
        let Ty::Named(n) = &m.ty else { continue };
        let Some(inner) = tg.struct_fields(n) else {
            continue;
        };
        if let Some(f) = NEXT_FIELDS
            .iter()
            .find_map(|n| inner.iter().filter(scalar).find(|f| f.wire == *n))
        {
            return Some(vec![m.clone(), f.clone()]);
        }
    }
    None
}

/// How `c` (of type `cursor`) becomes the value of parameter `p`, or `None` if it cannot.
fn assign(p: &ParamView, cursor: &str) -> Option<String> {
    let value = if p.ty == cursor {
        "c".to_string()
    } else if p.ty == "::std::string::String" && is_integer(cursor) {
        "c.to_string()".to_string()
    } else {
        return None;
    };
    Some(if p.required {
        format!(
            "if let Some(c) = cursor {{ params.{} = {value}; }}",
            p.ident
        )
    } else {
        format!(
            "if let Some(c) = cursor {{ params.{} = Some({value}); }}",
            p.ident
        )
    })
}

/// The declared pagination of `x-stipula-pagination`, read loosely (strings only).
struct Declared {
    kind: String,
    param: Option<String>,
    items: Option<String>,
    next: Option<String>,
    last: Option<String>,
    has_more: Option<String>,
}

fn declared(op: &Operation, tg: &mut TypeGen) -> Option<Option<Declared>> {
    let v = op.extensions.get("x-stipula-pagination")?;
    if v == &serde_json::Value::Bool(false) {
        return Some(None);
    }
    let get = |k: &str| v.get(k).and_then(|x| x.as_str()).map(str::to_string);
    let Some(kind) = get("kind") else {
        tg.notes.push(format!(
            "x-stipula-pagination of {}: expected an object with `kind` (cursor, page, offset, link or none), or false; ignored",
            op.key()
        ));
        return Some(None);
    };
    Some(Some(Declared {
        kind,
        param: get("param"),
        items: get("items"),
        next: get("next"),
        last: get("last"),
        has_more: get("has_more"),
    }))
}

fn pages(
    spec: &Spec,
    op: &Operation,
    tg: &mut TypeGen,
    view: &OperationView,
) -> Option<StreamView> {
    let decl = match declared(op, tg) {
        Some(None) => return None,
        Some(Some(d)) if d.kind == "none" => return None,
        other => other.flatten(),
    };
    let why = |tg: &mut TypeGen, what: &str| {
        if decl.is_some() {
            tg.notes.push(format!(
                "x-stipula-pagination of {} ({}): {what}; no {}_stream method",
                op.key(),
                spec.loc(&op.loc),
                crate::names::bare(&view.fn_name)
            ));
        }
    };
    // Reading a list: GET (or a declared operation), no body, one JSON success.
    if decl.is_none() && op.method.as_str() != "GET" {
        return None;
    }
    // An optional body (Stripe's GET operations have an empty form body) is left out.
    if view
        .body
        .as_ref()
        .is_some_and(|b| b.required || b.kind == "multipart")
        || view.params_struct.is_none()
    {
        why(tg, "it needs query parameters and no required request body");
        return None;
    }
    let Some(ok) = single_success(view) else {
        why(
            tg,
            "it needs exactly one success response with an exact status",
        );
        return None;
    };
    if ok.body_kind != "json" {
        why(tg, "its success response is not JSON");
        return None;
    }
    let raw = op
        .responses
        .iter()
        .find(|r| r.status == StatusKey::Code(ok.status))?;
    let schema = pick_media(&raw.content)?.schema?;
    let body = wrap_null(tg.resolve(schema, &format!("{}{}Body", view.type_stem, ok.variant)));
    let Some(list) = find_list(tg, &body, decl.as_ref().and_then(|d| d.items.as_deref())) else {
        why(
            tg,
            "no list found in its success response (name it with `items`)",
        );
        return None;
    };
    let query: Vec<&ParamView> = view
        .params
        .iter()
        .filter(|p| p.location == "query")
        .collect();
    let param = |names: &[&str]| {
        names
            .iter()
            .find_map(|n| query.iter().find(|p| p.wire == lit(n)))
            .copied()
    };
    let item_ty = list.item.render("super::types::");
    let items = match &list.field {
        None => "page".to_string(),
        Some(f) => match f.options {
            0 => format!("page.{}", f.ident),
            1 => format!("page.{}.unwrap_or_default()", f.ident),
            _ => format!("page.{}.flatten().unwrap_or_default()", f.ident),
        },
    };
    let link_header = ok
        .headers
        .iter()
        .find(|h| h.wire.eq_ignore_ascii_case("\"link\"") && h.ty == "::std::string::String");
    let mut v = empty("pages");
    v.body_arg = view
        .body
        .as_ref()
        .map(|b| format!(", ::std::option::Option::<&{}>::None", b.ty))
        .unwrap_or_default();
    v.item_ty = item_ty;
    v.items = items;
    v.status = ok.status;
    if ok.headers_struct.is_some() {
        // the headers are read only by `Link` pagination, which binds them below
        v.bind = format!(
            "let {}::{} {{ body: page, headers: _ }}",
            view.response_enum, ok.variant
        );
    } else {
        v.bind = "let page".into();
    }

    let kind = decl.as_ref().map(|d| d.kind.as_str());
    let named = |names: &[&str]| -> Option<&ParamView> {
        match decl.as_ref().and_then(|d| d.param.as_deref()) {
            Some(p) => query.iter().find(|q| q.wire == lit(p)).copied(),
            None => param(names),
        }
    };

    // Link header: the parameter's value in the `rel="next"` URL.
    if matches!(kind, None | Some("link"))
        && let Some(h) = link_header
        && ok.headers_struct.is_some()
        && let Some(p) = named(&[PAGE_PARAMS, CURSOR_PARAMS].concat())
    {
        v.bind = format!(
            "let {}::{} {{ body: page, headers }}",
            view.response_enum, ok.variant
        );
        let link = if h.required {
            format!("Some(headers.{}.as_str())", h.ident)
        } else {
            format!("headers.{}.as_deref()", h.ident)
        };
        let value = format!(
            "{link}.and_then(super::runtime::next_link_in).and_then(|u| super::runtime::query_value(&u, {}))",
            p.wire
        );
        let (next, cursor_ty) = if p.ty == "::std::string::String" {
            (value, p.ty.clone())
        } else if is_integer(&p.ty) {
            (
                format!("{value}.and_then(|v| v.parse::<{}>().ok())", p.ty),
                p.ty.clone(),
            )
        } else {
            why(tg, "the page parameter is neither a string nor an integer");
            return None;
        };
        return follow(
            v,
            p,
            cursor_ty,
            None,
            next,
            " Pages are followed through the `Link` header's `rel=\"next\"` URL (its `{param}` parameter).",
        );
    }

    // A cursor from a response member, or the last item's id.
    if matches!(kind, None | Some("cursor"))
        && let Some(p) = named(CURSOR_PARAMS)
    {
        let fields = &list.fields;
        let has_more = match decl.as_ref().and_then(|d| d.has_more.as_deref()) {
            Some(path) => Some(member_path(tg, fields, path)?),
            None => fields
                .iter()
                .find(|f| (f.wire == "has_more" || f.wire == "hasMore") && f.ty == Ty::Prim("bool"))
                .map(|f| vec![f.clone()]),
        };
        let explicit_next = decl.as_ref().and_then(|d| d.next.as_deref());
        let explicit_last = decl.as_ref().and_then(|d| d.last.as_deref());
        let next_field = match explicit_next {
            Some(path) => member_path(tg, fields, path),
            None if explicit_last.is_none() => find_next_field(tg, fields),
            None => None,
        };
        let (next, cursor) = if let Some(path) =
            next_field.filter(|p| p.last().is_some_and(|f| cursor_scalar(&f.ty)))
        {
            let leaf = path.last()?.ty.clone();
            let mut e = format!("{}.cloned()", chain_from_var("page", &path));
            if leaf.is_string() {
                e.push_str(".filter(|c| !c.is_empty())");
            }
            (e, leaf)
        } else if has_more.is_some() || explicit_last.is_some() {
            // Stripe, Resend: `has_more` and the last item's `id` as the next cursor
            // (declared without `has_more`: until an empty page).
            let Ty::Named(item) = &list.item else {
                why(tg, "the list's items are not objects");
                return None;
            };
            let item_fields = tg.struct_fields(item)?;
            let id = member_path(tg, &item_fields, explicit_last.unwrap_or("id"))?;
            let leaf = id.last()?.ty.clone();
            if !cursor_scalar(&leaf) {
                return None;
            }
            let last = format!("{}.cloned()", chain_from_opt("items.last()", &id));
            let next = match &has_more {
                Some(hm) => format!(
                    "if {}.copied().unwrap_or(false) {{ {last} }} else {{ None }}",
                    chain_from_var("page", hm)
                ),
                None => last,
            };
            (next, leaf)
        } else {
            why(
                tg,
                "no member with the next cursor (name it with `next`, or `last` and `has_more`)",
            );
            return None;
        };
        return follow(
            v,
            p,
            cursor.render("super::types::"),
            None,
            next,
            " Pages are followed by setting `{param}` to the cursor each page gives for the next.",
        );
    }

    // Page numbers, or offsets, until an empty page.
    let number = |p: &ParamView| is_integer(&p.ty);
    if matches!(kind, None | Some("page"))
        && let Some(p) = named(PAGE_PARAMS).filter(|p| number(p))
        && (decl.is_some() || param(LIMIT_PARAMS).is_some() || list.field.is_none())
    {
        let start = spec
            .schema(
                op.parameters
                    .iter()
                    .find(|q| lit(&q.name) == p.wire)?
                    .schema?,
            )
            .object()
            .and_then(|o| o.default.as_ref())
            .and_then(|d| d.as_i64())
            .unwrap_or(1);
        return follow(
            v,
            p,
            p.ty.clone(),
            Some(start),
            "Some(current + 1)".into(),
            " Pages are fetched by `{param}` number, one after the other, until one is empty.",
        );
    }
    if matches!(kind, None | Some("offset"))
        && let Some(p) = named(OFFSET_PARAMS).filter(|p| number(p))
        && (decl.is_some() || param(LIMIT_PARAMS).is_some())
    {
        let next = format!("Some(current + items.len() as {})", p.ty);
        return follow(
            v,
            p,
            p.ty.clone(),
            Some(0),
            next,
            " Pages are fetched by moving `{param}` past the items received, until a page is empty.",
        );
    }
    why(
        tg,
        "no query parameter that selects the page (name it with `param`)",
    );
    None
}

/// `v` paging through parameter `p` with cursors of type `cursor_ty`; with `start`, the
/// cursor is a number and `current` (the page's own, `start` when the caller gave none) is
/// bound for `next`. `doc` names the parameter `{param}`.
fn follow(
    mut v: StreamView,
    p: &ParamView,
    cursor_ty: String,
    start: Option<i64>,
    next: String,
    doc: &str,
) -> Option<StreamView> {
    v.set_cursor = assign(p, &cursor_ty)?;
    if let Some(start) = start {
        let current = if p.required {
            format!("params.{}", p.ident)
        } else {
            format!("params.{}.unwrap_or({start})", p.ident)
        };
        v.set_cursor.push_str(&format!(" let current = {current};"));
    }
    v.cursor_ty = cursor_ty;
    v.next = next;
    v.docs = vec![lit(&doc.replace("{param}", &unlit(&p.wire)))];
    Some(v)
}

/// The text inside a literal made by [`lit`].
fn unlit(l: &str) -> String {
    serde_json::from_str(l).unwrap_or_default()
}

fn events_or_bytes(op: &Operation, tg: &mut TypeGen, view: &OperationView) -> Option<StreamView> {
    let ok = single_success(view)?;
    // The request is built again by the stream method: multipart bodies are not.
    if view.body.as_ref().is_some_and(|b| b.kind == "multipart") {
        return None;
    }
    let raw = op
        .responses
        .iter()
        .find(|r| r.status == StatusKey::Code(ok.status))?;
    let base = |m: &MediaType| {
        m.media_type
            .split(';')
            .next()
            .unwrap_or("")
            .trim()
            .to_ascii_lowercase()
    };
    if let Some(m) = raw.content.iter().find(|m| base(m) == "text/event-stream") {
        // 3.2 `itemSchema` describes one event (its `data` member), else `schema` the data.
        let data_schema = match m.item_schema {
            Some(item) => tg
                .object_props(item)
                .and_then(|(props, _)| props.get("data").copied()),
            None => m.schema,
        };
        let data = data_schema
            .filter(|s| !tg.is_string(*s))
            .map(|s| wrap_null(tg.resolve(s, &format!("{}Event", view.type_stem))));
        let mut v = empty("events");
        match data {
            Some(t) => {
                v.item_ty = t.render("super::types::");
                v.decode = format!("super::runtime::sse_json::<{}>", v.item_ty);
            }
            None => {
                v.item_ty = "::std::string::String".into();
                v.decode = "super::runtime::sse_text".into();
            }
        }
        v.status = ok.status;
        v.accept = lit("text/event-stream");
        v.docs = vec![lit(
            " The response's server-sent events, each as it arrives (`data` decoded as the API description says).",
        )];
        return Some(v);
    }
    let picked = pick_media(&raw.content)?;
    let binary = body_kind(&picked.media_type) == "bytes"
        || (!is_json(&picked.media_type) && picked.schema.is_some_and(|s| tg.is_binary(s)));
    if !binary {
        return None;
    }
    let mut v = empty("bytes");
    v.status = ok.status;
    v.accept = lit(if picked.media_type.contains('*') {
        "*/*"
    } else {
        &picked.media_type
    });
    v.docs = vec![lit(
        " The response body chunk by chunk as it arrives, never held whole in memory.",
    )];
    Some(v)
}
