#!/usr/bin/env python3
"""Write specs/codegen/keywords.json: every Rust keyword, reserved word, raw-identifier-forbidden
name, primitive type, std prelude name and generated helper name, in every position a spec
name reaches generated code (tags -> modules + Cargo features, operationIds -> methods and
type-name stems, schema names -> types, property names -> fields, enum values -> variants,
parameters of each location, response headers, security scheme names, discriminator values).

Run from the repository root: python3 scripts/hostile-keywords.py
The output is checked in; the test in crates/stipula-cli/tests/generate_cli.rs compiles the
client and server generated from it with -D warnings.
"""
import json

STRICT = ["as", "break", "const", "continue", "crate", "else", "enum", "extern", "false", "fn",
          "for", "if", "impl", "in", "let", "loop", "match", "mod", "move", "mut", "pub", "ref",
          "return", "self", "Self", "static", "struct", "super", "trait", "true", "type",
          "unsafe", "use", "where", "while", "async", "await", "dyn"]
RESERVED = ["abstract", "become", "box", "do", "final", "macro", "override", "priv", "typeof",
            "unsized", "virtual", "yield", "try", "gen"]
WEAK = ["union", "macro_rules", "raw", "safe", "'static", "auto", "default"]
SPECIAL = ["_", "__", "r#type", "r#self", "", " ", "*/", "\"#", "##", "0", "1st", "-1", "+",
           "a-b", "A_B", "a_b", "aB", "AB", "ab",
           "\u202e", "a\rb", "line\nbreak", "nul\u0000", "\u00e9t\u00e9", "\u65e5\u672c", "\U0001f436"]
PRIMITIVES = ["bool", "char", "str", "u8", "u16", "u32", "u64", "u128", "usize", "i8", "i16",
              "i32", "i64", "i128", "isize", "f32", "f64"]
PRELUDE = ["Option", "Some", "None", "Result", "Ok", "Err", "String", "Vec", "Box", "Default",
           "Clone", "Copy", "Send", "Sync", "Sized", "Drop", "Fn", "FnMut", "FnOnce", "From",
           "Into", "Iterator", "IntoIterator", "ToString", "ToOwned", "PartialEq", "Eq", "Ord",
           "PartialOrd", "Debug", "Display", "Hash", "HashMap", "BTreeMap", "Value", "Map",
           "Serialize", "Deserialize", "Serializer", "Deserializer", "Formatter", "Arc", "Cow",
           "Client", "Error", "Response", "Request", "Params", "Body", "Api", "Router", "State",
           "Json", "Bytes", "Url", "Method", "StatusCode", "HeaderMap", "Unknown", "Other"]
HELPERS = ["new", "default", "clone", "fmt", "with_base_url", "with_http_client", "base_url",
           "http_client", "router", "client", "server", "runtime", "types", "serde",
           "serde_json", "reqwest", "axum", "http", "tokio", "bytes", "futures", "std", "core",
           "alloc", "tests", "params", "body", "req", "resp", "api", "state", "headers", "send",
           "execute", "build", "into", "from", "drop", "status", "error", "result", "main",
           "additional_properties", "deserialize", "serialize", "to_string", "as_str"]

NAMES = list(dict.fromkeys(STRICT + RESERVED + WEAK + SPECIAL + PRIMITIVES + PRELUDE + HELPERS))


def obj(props, required=()):
    o = {"type": "object", "properties": props}
    if required:
        o["required"] = list(required)
    return o


schemas = {}
# Schema names: every name, as an object whose properties are every name.
for n in NAMES:
    schemas[n or "empty"] = {"type": "string"} if n in PRIMITIVES else obj({"v": {"type": "integer"}})
schemas["Everything"] = obj(
    {n: {"type": "string"} for n in NAMES},
    required=[n for n in STRICT],
)
schemas["Everything"]["properties"]["kinds"] = {"type": "string", "enum": NAMES}
schemas["Everything"]["properties"]["numbers"] = {"type": "integer", "enum": [0, 1, -1, 2**40]}
schemas["Everything"]["properties"]["mixed"] = {"enum": ["self", 1, True, None, "Self"]}
# A discriminated union whose tags are keywords.
variants = {}
for n in ["self", "Self", "type", "crate", "match", "Option", "_", ""]:
    sname = "Variant" + (n.strip("_") or "Empty").capitalize() + str(len(variants))
    schemas[sname] = obj({"kind": {"type": "string"}, n or "blank": {"type": "string"}}, ["kind"])
    variants[n] = "#/components/schemas/" + sname
schemas["Union"] = {
    "oneOf": [{"$ref": r} for r in variants.values()],
    "discriminator": {"propertyName": "kind", "mapping": variants},
}
schemas["Untagged"] = {"oneOf": [{"type": "string"}, {"type": "integer"},
                                  {"$ref": "#/components/schemas/Option"},
                                  {"$ref": "#/components/schemas/Result"}]}

paths = {}
tags = []
for i, n in enumerate(NAMES):
    tags.append({"name": n, "description": f"tag `{n}` */ \"# \r \u202e \u0000 end"})
    params = []
    # Parameter names of every location: the name itself in each of query, header, cookie.
    for loc in ["query", "header", "cookie"]:
        params.append({"name": n if loc != "header" else (n or "x"), "in": loc,
                       "schema": {"type": "string"}})
    op = {
        "operationId": n,
        "tags": [n],
        "summary": f"*/ operation {n} \"#",
        "parameters": params,
        "responses": {
            "200": {
                "description": "ok",
                "headers": {(n or "x-empty"): {"schema": {"type": "string"}}},
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Everything"}}},
            },
            "default": {"description": "error", "content": {"application/problem+json": {
                "schema": {"$ref": "#/components/schemas/Error"}}}},
        },
        "security": [{n or "blank": []}],
    }
    post = {
        "operationId": n + "_post" if n else "post",
        "tags": [n],
        "requestBody": {"required": i % 2 == 0, "content": {"application/json": {
            "schema": {"$ref": "#/components/schemas/Union"}}}},
        "responses": {"201": {"description": "made", "content": {"application/json": {
            "schema": {"$ref": "#/components/schemas/Untagged"}}}}},
    }
    paths[f"/op{i}/{{{n or 'blank'}}}"] = {
        "parameters": [{"name": n or "blank", "in": "path", "required": True,
                        "schema": {"type": "string"}}],
        "get": op,
        "post": post,
    }
# A form body and a multipart body whose fields are every name.
paths["/form"] = {"post": {"operationId": "form", "requestBody": {"required": True, "content": {
    "application/x-www-form-urlencoded": {"schema": obj({n: {"type": "string"} for n in NAMES})}}},
    "responses": {"204": {"description": "none"}}}}
paths["/multipart"] = {"post": {"operationId": "multipart", "requestBody": {"required": True, "content": {
    "multipart/form-data": {"schema": obj({n: {"type": "string"} for n in NAMES})}}},
    "responses": {"204": {"description": "none"}}}}

security_schemes = {}
for i, n in enumerate(NAMES):
    kind = i % 4
    key = n or "blank"
    if kind == 0:
        security_schemes[key] = {"type": "http", "scheme": "bearer"}
    elif kind == 1:
        security_schemes[key] = {"type": "http", "scheme": "basic"}
    elif kind == 2:
        security_schemes[key] = {"type": "apiKey", "in": "header", "name": "X-" + (n or "k")}
    else:
        security_schemes[key] = {"type": "apiKey", "in": "query", "name": n or "k"}

spec = {
    "openapi": "3.1.0",
    "info": {"title": "match */ \"# keywords", "version": "1.0.0",
             "description": "Every Rust keyword in every identifier position.\n*/ /* \"# \r\n\u0000 end"},
    "servers": [{"url": "http://127.0.0.1:1/"}],
    "tags": tags,
    "paths": paths,
    "components": {"schemas": schemas, "securitySchemes": security_schemes},
}
schemas["Error"] = obj({"type": {"type": "string"}, "title": {"type": "string"}})

with open("specs/codegen/keywords.json", "w") as f:
    json.dump(spec, f, indent=1, ensure_ascii=False)
    f.write("\n")
print(f"wrote specs/codegen/keywords.json: {len(NAMES)} names, {len(paths)} paths")
