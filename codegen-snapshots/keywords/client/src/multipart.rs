//! Operations tagged by this module's tag.
/// The multipart body of [`super::Client::multipart`]: one field per part.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct MultipartForm {
    pub r#as: ::std::option::Option<::std::string::String>,
    pub r#break: ::std::option::Option<::std::string::String>,
    pub r#const: ::std::option::Option<::std::string::String>,
    pub r#continue: ::std::option::Option<::std::string::String>,
    pub crate_: ::std::option::Option<::std::string::String>,
    pub r#else: ::std::option::Option<::std::string::String>,
    pub r#enum: ::std::option::Option<::std::string::String>,
    pub r#extern: ::std::option::Option<::std::string::String>,
    pub r#false: ::std::option::Option<::std::string::String>,
    pub r#fn: ::std::option::Option<::std::string::String>,
    pub r#for: ::std::option::Option<::std::string::String>,
    pub r#if: ::std::option::Option<::std::string::String>,
    pub r#impl: ::std::option::Option<::std::string::String>,
    pub r#in: ::std::option::Option<::std::string::String>,
    pub r#let: ::std::option::Option<::std::string::String>,
    pub r#loop: ::std::option::Option<::std::string::String>,
    pub r#match: ::std::option::Option<::std::string::String>,
    pub r#mod: ::std::option::Option<::std::string::String>,
    pub r#move: ::std::option::Option<::std::string::String>,
    pub r#mut: ::std::option::Option<::std::string::String>,
    pub r#pub: ::std::option::Option<::std::string::String>,
    pub r#ref: ::std::option::Option<::std::string::String>,
    pub r#return: ::std::option::Option<::std::string::String>,
    pub self_: ::std::option::Option<::std::string::String>,
    pub self_2: ::std::option::Option<::std::string::String>,
    pub r#static: ::std::option::Option<::std::string::String>,
    pub r#struct: ::std::option::Option<::std::string::String>,
    pub super_: ::std::option::Option<::std::string::String>,
    pub r#trait: ::std::option::Option<::std::string::String>,
    pub r#true: ::std::option::Option<::std::string::String>,
    pub r#type: ::std::option::Option<::std::string::String>,
    pub r#unsafe: ::std::option::Option<::std::string::String>,
    pub r#use: ::std::option::Option<::std::string::String>,
    pub r#where: ::std::option::Option<::std::string::String>,
    pub r#while: ::std::option::Option<::std::string::String>,
    pub r#async: ::std::option::Option<::std::string::String>,
    pub r#await: ::std::option::Option<::std::string::String>,
    pub r#dyn: ::std::option::Option<::std::string::String>,
    pub r#abstract: ::std::option::Option<::std::string::String>,
    pub r#become: ::std::option::Option<::std::string::String>,
    pub r#box: ::std::option::Option<::std::string::String>,
    pub r#do: ::std::option::Option<::std::string::String>,
    pub r#final: ::std::option::Option<::std::string::String>,
    pub r#macro: ::std::option::Option<::std::string::String>,
    pub r#override: ::std::option::Option<::std::string::String>,
    pub r#priv: ::std::option::Option<::std::string::String>,
    pub r#typeof: ::std::option::Option<::std::string::String>,
    pub r#unsized: ::std::option::Option<::std::string::String>,
    pub r#virtual: ::std::option::Option<::std::string::String>,
    pub r#yield: ::std::option::Option<::std::string::String>,
    pub r#try: ::std::option::Option<::std::string::String>,
    pub r#gen: ::std::option::Option<::std::string::String>,
    pub r#union: ::std::option::Option<::std::string::String>,
    pub r#macro_rules: ::std::option::Option<::std::string::String>,
    pub raw: ::std::option::Option<::std::string::String>,
    pub safe: ::std::option::Option<::std::string::String>,
    pub static2: ::std::option::Option<::std::string::String>,
    pub auto: ::std::option::Option<::std::string::String>,
    pub default: ::std::option::Option<::std::string::String>,
    pub value: ::std::option::Option<::std::string::String>,
    pub value2: ::std::option::Option<::std::string::String>,
    pub r_type: ::std::option::Option<::std::string::String>,
    pub r_self: ::std::option::Option<::std::string::String>,
    pub value3: ::std::option::Option<::std::string::String>,
    pub value4: ::std::option::Option<::std::string::String>,
    pub value5: ::std::option::Option<::std::string::String>,
    pub value6: ::std::option::Option<::std::string::String>,
    pub value7: ::std::option::Option<::std::string::String>,
    pub n0: ::std::option::Option<::std::string::String>,
    pub n1st: ::std::option::Option<::std::string::String>,
    pub n1: ::std::option::Option<::std::string::String>,
    pub value8: ::std::option::Option<::std::string::String>,
    pub a_b: ::std::option::Option<::std::string::String>,
    pub a_b2: ::std::option::Option<::std::string::String>,
    pub a_b3: ::std::option::Option<::std::string::String>,
    pub a_b4: ::std::option::Option<::std::string::String>,
    pub ab: ::std::option::Option<::std::string::String>,
    pub ab2: ::std::option::Option<::std::string::String>,
    pub u202e: ::std::option::Option<::std::string::String>,
    pub a_b5: ::std::option::Option<::std::string::String>,
    pub line_break: ::std::option::Option<::std::string::String>,
    pub nul: ::std::option::Option<::std::string::String>,
    pub ue9_t_ue9: ::std::option::Option<::std::string::String>,
    pub u65e5_u672c: ::std::option::Option<::std::string::String>,
    pub u1f436: ::std::option::Option<::std::string::String>,
    pub bool: ::std::option::Option<::std::string::String>,
    pub char: ::std::option::Option<::std::string::String>,
    pub str: ::std::option::Option<::std::string::String>,
    pub u8: ::std::option::Option<::std::string::String>,
    pub u16: ::std::option::Option<::std::string::String>,
    pub u32: ::std::option::Option<::std::string::String>,
    pub u64: ::std::option::Option<::std::string::String>,
    pub u128: ::std::option::Option<::std::string::String>,
    pub usize: ::std::option::Option<::std::string::String>,
    pub i8: ::std::option::Option<::std::string::String>,
    pub i16: ::std::option::Option<::std::string::String>,
    pub i32: ::std::option::Option<::std::string::String>,
    pub i64: ::std::option::Option<::std::string::String>,
    pub i128: ::std::option::Option<::std::string::String>,
    pub isize: ::std::option::Option<::std::string::String>,
    pub f32: ::std::option::Option<::std::string::String>,
    pub f64: ::std::option::Option<::std::string::String>,
    pub option: ::std::option::Option<::std::string::String>,
    pub some: ::std::option::Option<::std::string::String>,
    pub none: ::std::option::Option<::std::string::String>,
    pub result: ::std::option::Option<::std::string::String>,
    pub ok: ::std::option::Option<::std::string::String>,
    pub err: ::std::option::Option<::std::string::String>,
    pub string: ::std::option::Option<::std::string::String>,
    pub vec: ::std::option::Option<::std::string::String>,
    pub box2: ::std::option::Option<::std::string::String>,
    pub default2: ::std::option::Option<::std::string::String>,
    pub clone: ::std::option::Option<::std::string::String>,
    pub copy: ::std::option::Option<::std::string::String>,
    pub send: ::std::option::Option<::std::string::String>,
    pub sync: ::std::option::Option<::std::string::String>,
    pub sized: ::std::option::Option<::std::string::String>,
    pub drop: ::std::option::Option<::std::string::String>,
    pub fn2: ::std::option::Option<::std::string::String>,
    pub fn_mut: ::std::option::Option<::std::string::String>,
    pub fn_once: ::std::option::Option<::std::string::String>,
    pub from: ::std::option::Option<::std::string::String>,
    pub into: ::std::option::Option<::std::string::String>,
    pub iterator: ::std::option::Option<::std::string::String>,
    pub into_iterator: ::std::option::Option<::std::string::String>,
    pub to_string: ::std::option::Option<::std::string::String>,
    pub to_owned: ::std::option::Option<::std::string::String>,
    pub partial_eq: ::std::option::Option<::std::string::String>,
    pub eq: ::std::option::Option<::std::string::String>,
    pub ord: ::std::option::Option<::std::string::String>,
    pub partial_ord: ::std::option::Option<::std::string::String>,
    pub debug: ::std::option::Option<::std::string::String>,
    pub display: ::std::option::Option<::std::string::String>,
    pub hash: ::std::option::Option<::std::string::String>,
    pub hash_map: ::std::option::Option<::std::string::String>,
    pub b_tree_map: ::std::option::Option<::std::string::String>,
    pub value9: ::std::option::Option<::std::string::String>,
    pub map: ::std::option::Option<::std::string::String>,
    pub serialize: ::std::option::Option<::std::string::String>,
    pub deserialize: ::std::option::Option<::std::string::String>,
    pub serializer: ::std::option::Option<::std::string::String>,
    pub deserializer: ::std::option::Option<::std::string::String>,
    pub formatter: ::std::option::Option<::std::string::String>,
    pub arc: ::std::option::Option<::std::string::String>,
    pub cow: ::std::option::Option<::std::string::String>,
    pub client: ::std::option::Option<::std::string::String>,
    pub error: ::std::option::Option<::std::string::String>,
    pub response: ::std::option::Option<::std::string::String>,
    pub request: ::std::option::Option<::std::string::String>,
    pub params: ::std::option::Option<::std::string::String>,
    pub body: ::std::option::Option<::std::string::String>,
    pub api: ::std::option::Option<::std::string::String>,
    pub router: ::std::option::Option<::std::string::String>,
    pub state: ::std::option::Option<::std::string::String>,
    pub json: ::std::option::Option<::std::string::String>,
    pub bytes: ::std::option::Option<::std::string::String>,
    pub url: ::std::option::Option<::std::string::String>,
    pub method: ::std::option::Option<::std::string::String>,
    pub status_code: ::std::option::Option<::std::string::String>,
    pub header_map: ::std::option::Option<::std::string::String>,
    pub unknown: ::std::option::Option<::std::string::String>,
    pub other: ::std::option::Option<::std::string::String>,
    pub new: ::std::option::Option<::std::string::String>,
    pub clone2: ::std::option::Option<::std::string::String>,
    pub fmt: ::std::option::Option<::std::string::String>,
    pub with_base_url: ::std::option::Option<::std::string::String>,
    pub with_http_client: ::std::option::Option<::std::string::String>,
    pub base_url: ::std::option::Option<::std::string::String>,
    pub http_client: ::std::option::Option<::std::string::String>,
    pub router2: ::std::option::Option<::std::string::String>,
    pub client2: ::std::option::Option<::std::string::String>,
    pub server: ::std::option::Option<::std::string::String>,
    pub runtime: ::std::option::Option<::std::string::String>,
    pub types: ::std::option::Option<::std::string::String>,
    pub serde: ::std::option::Option<::std::string::String>,
    pub serde_json: ::std::option::Option<::std::string::String>,
    pub reqwest: ::std::option::Option<::std::string::String>,
    pub axum: ::std::option::Option<::std::string::String>,
    pub http: ::std::option::Option<::std::string::String>,
    pub tokio: ::std::option::Option<::std::string::String>,
    pub bytes2: ::std::option::Option<::std::string::String>,
    pub futures: ::std::option::Option<::std::string::String>,
    pub std: ::std::option::Option<::std::string::String>,
    pub core: ::std::option::Option<::std::string::String>,
    pub alloc: ::std::option::Option<::std::string::String>,
    pub tests: ::std::option::Option<::std::string::String>,
    pub params2: ::std::option::Option<::std::string::String>,
    pub body2: ::std::option::Option<::std::string::String>,
    pub req: ::std::option::Option<::std::string::String>,
    pub resp: ::std::option::Option<::std::string::String>,
    pub api2: ::std::option::Option<::std::string::String>,
    pub state2: ::std::option::Option<::std::string::String>,
    pub headers: ::std::option::Option<::std::string::String>,
    pub send2: ::std::option::Option<::std::string::String>,
    pub execute: ::std::option::Option<::std::string::String>,
    pub build: ::std::option::Option<::std::string::String>,
    pub into2: ::std::option::Option<::std::string::String>,
    pub from2: ::std::option::Option<::std::string::String>,
    pub drop2: ::std::option::Option<::std::string::String>,
    pub status: ::std::option::Option<::std::string::String>,
    pub error2: ::std::option::Option<::std::string::String>,
    pub result2: ::std::option::Option<::std::string::String>,
    pub main: ::std::option::Option<::std::string::String>,
    pub additional_properties: ::std::option::Option<::std::string::String>,
    pub deserialize2: ::std::option::Option<::std::string::String>,
    pub serialize2: ::std::option::Option<::std::string::String>,
    pub to_string2: ::std::option::Option<::std::string::String>,
    pub as_str: ::std::option::Option<::std::string::String>,
}
/// Documented error responses of [`super::Client::multipart`].
#[derive(Debug, Clone, PartialEq)]
pub enum MultipartError {}
impl super::Client {
    /// `POST /multipart`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn multipart(
        &self,
        body: &MultipartForm,
    ) -> ::std::result::Result<(), super::Error<MultipartError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/multipart");
        let mut query: ::std::vec::Vec<(::std::string::String, ::std::string::String)> = ::std::vec::Vec::new();
        let mut headers: ::std::vec::Vec<(&'static str, ::std::string::String)> = ::std::vec::Vec::new();
        let mut cookies: ::std::vec::Vec<::std::string::String> = ::std::vec::Vec::new();
        if !query.is_empty() {
            url.push('?');
            url.push_str(&super::runtime::encode_pairs(&query));
        }
        let mut req = self.http_client().request(::reqwest::Method::POST, url);
        for (k, v) in headers {
            req = req.header(k, v);
        }
        for (k, v) in &self.headers {
            req = req.header(k.as_str(), v.as_str());
        }
        if !cookies.is_empty() {
            req = req.header("cookie", cookies.join("; "));
        }
        {
            let b = body;
            let mut form = ::reqwest::multipart::Form::new();
            if let Some(v) = &b.r#as {
                let v = super::runtime::to_value("as", v)?;
                form = super::runtime::value_parts(form, "as", &v, None)?;
            }
            if let Some(v) = &b.r#break {
                let v = super::runtime::to_value("break", v)?;
                form = super::runtime::value_parts(form, "break", &v, None)?;
            }
            if let Some(v) = &b.r#const {
                let v = super::runtime::to_value("const", v)?;
                form = super::runtime::value_parts(form, "const", &v, None)?;
            }
            if let Some(v) = &b.r#continue {
                let v = super::runtime::to_value("continue", v)?;
                form = super::runtime::value_parts(form, "continue", &v, None)?;
            }
            if let Some(v) = &b.crate_ {
                let v = super::runtime::to_value("crate", v)?;
                form = super::runtime::value_parts(form, "crate", &v, None)?;
            }
            if let Some(v) = &b.r#else {
                let v = super::runtime::to_value("else", v)?;
                form = super::runtime::value_parts(form, "else", &v, None)?;
            }
            if let Some(v) = &b.r#enum {
                let v = super::runtime::to_value("enum", v)?;
                form = super::runtime::value_parts(form, "enum", &v, None)?;
            }
            if let Some(v) = &b.r#extern {
                let v = super::runtime::to_value("extern", v)?;
                form = super::runtime::value_parts(form, "extern", &v, None)?;
            }
            if let Some(v) = &b.r#false {
                let v = super::runtime::to_value("false", v)?;
                form = super::runtime::value_parts(form, "false", &v, None)?;
            }
            if let Some(v) = &b.r#fn {
                let v = super::runtime::to_value("fn", v)?;
                form = super::runtime::value_parts(form, "fn", &v, None)?;
            }
            if let Some(v) = &b.r#for {
                let v = super::runtime::to_value("for", v)?;
                form = super::runtime::value_parts(form, "for", &v, None)?;
            }
            if let Some(v) = &b.r#if {
                let v = super::runtime::to_value("if", v)?;
                form = super::runtime::value_parts(form, "if", &v, None)?;
            }
            if let Some(v) = &b.r#impl {
                let v = super::runtime::to_value("impl", v)?;
                form = super::runtime::value_parts(form, "impl", &v, None)?;
            }
            if let Some(v) = &b.r#in {
                let v = super::runtime::to_value("in", v)?;
                form = super::runtime::value_parts(form, "in", &v, None)?;
            }
            if let Some(v) = &b.r#let {
                let v = super::runtime::to_value("let", v)?;
                form = super::runtime::value_parts(form, "let", &v, None)?;
            }
            if let Some(v) = &b.r#loop {
                let v = super::runtime::to_value("loop", v)?;
                form = super::runtime::value_parts(form, "loop", &v, None)?;
            }
            if let Some(v) = &b.r#match {
                let v = super::runtime::to_value("match", v)?;
                form = super::runtime::value_parts(form, "match", &v, None)?;
            }
            if let Some(v) = &b.r#mod {
                let v = super::runtime::to_value("mod", v)?;
                form = super::runtime::value_parts(form, "mod", &v, None)?;
            }
            if let Some(v) = &b.r#move {
                let v = super::runtime::to_value("move", v)?;
                form = super::runtime::value_parts(form, "move", &v, None)?;
            }
            if let Some(v) = &b.r#mut {
                let v = super::runtime::to_value("mut", v)?;
                form = super::runtime::value_parts(form, "mut", &v, None)?;
            }
            if let Some(v) = &b.r#pub {
                let v = super::runtime::to_value("pub", v)?;
                form = super::runtime::value_parts(form, "pub", &v, None)?;
            }
            if let Some(v) = &b.r#ref {
                let v = super::runtime::to_value("ref", v)?;
                form = super::runtime::value_parts(form, "ref", &v, None)?;
            }
            if let Some(v) = &b.r#return {
                let v = super::runtime::to_value("return", v)?;
                form = super::runtime::value_parts(form, "return", &v, None)?;
            }
            if let Some(v) = &b.self_ {
                let v = super::runtime::to_value("self", v)?;
                form = super::runtime::value_parts(form, "self", &v, None)?;
            }
            if let Some(v) = &b.self_2 {
                let v = super::runtime::to_value("Self", v)?;
                form = super::runtime::value_parts(form, "Self", &v, None)?;
            }
            if let Some(v) = &b.r#static {
                let v = super::runtime::to_value("static", v)?;
                form = super::runtime::value_parts(form, "static", &v, None)?;
            }
            if let Some(v) = &b.r#struct {
                let v = super::runtime::to_value("struct", v)?;
                form = super::runtime::value_parts(form, "struct", &v, None)?;
            }
            if let Some(v) = &b.super_ {
                let v = super::runtime::to_value("super", v)?;
                form = super::runtime::value_parts(form, "super", &v, None)?;
            }
            if let Some(v) = &b.r#trait {
                let v = super::runtime::to_value("trait", v)?;
                form = super::runtime::value_parts(form, "trait", &v, None)?;
            }
            if let Some(v) = &b.r#true {
                let v = super::runtime::to_value("true", v)?;
                form = super::runtime::value_parts(form, "true", &v, None)?;
            }
            if let Some(v) = &b.r#type {
                let v = super::runtime::to_value("type", v)?;
                form = super::runtime::value_parts(form, "type", &v, None)?;
            }
            if let Some(v) = &b.r#unsafe {
                let v = super::runtime::to_value("unsafe", v)?;
                form = super::runtime::value_parts(form, "unsafe", &v, None)?;
            }
            if let Some(v) = &b.r#use {
                let v = super::runtime::to_value("use", v)?;
                form = super::runtime::value_parts(form, "use", &v, None)?;
            }
            if let Some(v) = &b.r#where {
                let v = super::runtime::to_value("where", v)?;
                form = super::runtime::value_parts(form, "where", &v, None)?;
            }
            if let Some(v) = &b.r#while {
                let v = super::runtime::to_value("while", v)?;
                form = super::runtime::value_parts(form, "while", &v, None)?;
            }
            if let Some(v) = &b.r#async {
                let v = super::runtime::to_value("async", v)?;
                form = super::runtime::value_parts(form, "async", &v, None)?;
            }
            if let Some(v) = &b.r#await {
                let v = super::runtime::to_value("await", v)?;
                form = super::runtime::value_parts(form, "await", &v, None)?;
            }
            if let Some(v) = &b.r#dyn {
                let v = super::runtime::to_value("dyn", v)?;
                form = super::runtime::value_parts(form, "dyn", &v, None)?;
            }
            if let Some(v) = &b.r#abstract {
                let v = super::runtime::to_value("abstract", v)?;
                form = super::runtime::value_parts(form, "abstract", &v, None)?;
            }
            if let Some(v) = &b.r#become {
                let v = super::runtime::to_value("become", v)?;
                form = super::runtime::value_parts(form, "become", &v, None)?;
            }
            if let Some(v) = &b.r#box {
                let v = super::runtime::to_value("box", v)?;
                form = super::runtime::value_parts(form, "box", &v, None)?;
            }
            if let Some(v) = &b.r#do {
                let v = super::runtime::to_value("do", v)?;
                form = super::runtime::value_parts(form, "do", &v, None)?;
            }
            if let Some(v) = &b.r#final {
                let v = super::runtime::to_value("final", v)?;
                form = super::runtime::value_parts(form, "final", &v, None)?;
            }
            if let Some(v) = &b.r#macro {
                let v = super::runtime::to_value("macro", v)?;
                form = super::runtime::value_parts(form, "macro", &v, None)?;
            }
            if let Some(v) = &b.r#override {
                let v = super::runtime::to_value("override", v)?;
                form = super::runtime::value_parts(form, "override", &v, None)?;
            }
            if let Some(v) = &b.r#priv {
                let v = super::runtime::to_value("priv", v)?;
                form = super::runtime::value_parts(form, "priv", &v, None)?;
            }
            if let Some(v) = &b.r#typeof {
                let v = super::runtime::to_value("typeof", v)?;
                form = super::runtime::value_parts(form, "typeof", &v, None)?;
            }
            if let Some(v) = &b.r#unsized {
                let v = super::runtime::to_value("unsized", v)?;
                form = super::runtime::value_parts(form, "unsized", &v, None)?;
            }
            if let Some(v) = &b.r#virtual {
                let v = super::runtime::to_value("virtual", v)?;
                form = super::runtime::value_parts(form, "virtual", &v, None)?;
            }
            if let Some(v) = &b.r#yield {
                let v = super::runtime::to_value("yield", v)?;
                form = super::runtime::value_parts(form, "yield", &v, None)?;
            }
            if let Some(v) = &b.r#try {
                let v = super::runtime::to_value("try", v)?;
                form = super::runtime::value_parts(form, "try", &v, None)?;
            }
            if let Some(v) = &b.r#gen {
                let v = super::runtime::to_value("gen", v)?;
                form = super::runtime::value_parts(form, "gen", &v, None)?;
            }
            if let Some(v) = &b.r#union {
                let v = super::runtime::to_value("union", v)?;
                form = super::runtime::value_parts(form, "union", &v, None)?;
            }
            if let Some(v) = &b.r#macro_rules {
                let v = super::runtime::to_value("macro_rules", v)?;
                form = super::runtime::value_parts(form, "macro_rules", &v, None)?;
            }
            if let Some(v) = &b.raw {
                let v = super::runtime::to_value("raw", v)?;
                form = super::runtime::value_parts(form, "raw", &v, None)?;
            }
            if let Some(v) = &b.safe {
                let v = super::runtime::to_value("safe", v)?;
                form = super::runtime::value_parts(form, "safe", &v, None)?;
            }
            if let Some(v) = &b.static2 {
                let v = super::runtime::to_value("'static", v)?;
                form = super::runtime::value_parts(form, "'static", &v, None)?;
            }
            if let Some(v) = &b.auto {
                let v = super::runtime::to_value("auto", v)?;
                form = super::runtime::value_parts(form, "auto", &v, None)?;
            }
            if let Some(v) = &b.default {
                let v = super::runtime::to_value("default", v)?;
                form = super::runtime::value_parts(form, "default", &v, None)?;
            }
            if let Some(v) = &b.value {
                let v = super::runtime::to_value("_", v)?;
                form = super::runtime::value_parts(form, "_", &v, None)?;
            }
            if let Some(v) = &b.value2 {
                let v = super::runtime::to_value("__", v)?;
                form = super::runtime::value_parts(form, "__", &v, None)?;
            }
            if let Some(v) = &b.r_type {
                let v = super::runtime::to_value("r#type", v)?;
                form = super::runtime::value_parts(form, "r#type", &v, None)?;
            }
            if let Some(v) = &b.r_self {
                let v = super::runtime::to_value("r#self", v)?;
                form = super::runtime::value_parts(form, "r#self", &v, None)?;
            }
            if let Some(v) = &b.value3 {
                let v = super::runtime::to_value("", v)?;
                form = super::runtime::value_parts(form, "", &v, None)?;
            }
            if let Some(v) = &b.value4 {
                let v = super::runtime::to_value(" ", v)?;
                form = super::runtime::value_parts(form, " ", &v, None)?;
            }
            if let Some(v) = &b.value5 {
                let v = super::runtime::to_value("*/", v)?;
                form = super::runtime::value_parts(form, "*/", &v, None)?;
            }
            if let Some(v) = &b.value6 {
                let v = super::runtime::to_value("\"#", v)?;
                form = super::runtime::value_parts(form, "\"#", &v, None)?;
            }
            if let Some(v) = &b.value7 {
                let v = super::runtime::to_value("##", v)?;
                form = super::runtime::value_parts(form, "##", &v, None)?;
            }
            if let Some(v) = &b.n0 {
                let v = super::runtime::to_value("0", v)?;
                form = super::runtime::value_parts(form, "0", &v, None)?;
            }
            if let Some(v) = &b.n1st {
                let v = super::runtime::to_value("1st", v)?;
                form = super::runtime::value_parts(form, "1st", &v, None)?;
            }
            if let Some(v) = &b.n1 {
                let v = super::runtime::to_value("-1", v)?;
                form = super::runtime::value_parts(form, "-1", &v, None)?;
            }
            if let Some(v) = &b.value8 {
                let v = super::runtime::to_value("+", v)?;
                form = super::runtime::value_parts(form, "+", &v, None)?;
            }
            if let Some(v) = &b.a_b {
                let v = super::runtime::to_value("a-b", v)?;
                form = super::runtime::value_parts(form, "a-b", &v, None)?;
            }
            if let Some(v) = &b.a_b2 {
                let v = super::runtime::to_value("A_B", v)?;
                form = super::runtime::value_parts(form, "A_B", &v, None)?;
            }
            if let Some(v) = &b.a_b3 {
                let v = super::runtime::to_value("a_b", v)?;
                form = super::runtime::value_parts(form, "a_b", &v, None)?;
            }
            if let Some(v) = &b.a_b4 {
                let v = super::runtime::to_value("aB", v)?;
                form = super::runtime::value_parts(form, "aB", &v, None)?;
            }
            if let Some(v) = &b.ab {
                let v = super::runtime::to_value("AB", v)?;
                form = super::runtime::value_parts(form, "AB", &v, None)?;
            }
            if let Some(v) = &b.ab2 {
                let v = super::runtime::to_value("ab", v)?;
                form = super::runtime::value_parts(form, "ab", &v, None)?;
            }
            if let Some(v) = &b.u202e {
                let v = super::runtime::to_value("\u{202e}", v)?;
                form = super::runtime::value_parts(form, "\u{202e}", &v, None)?;
            }
            if let Some(v) = &b.a_b5 {
                let v = super::runtime::to_value("a\rb", v)?;
                form = super::runtime::value_parts(form, "a\rb", &v, None)?;
            }
            if let Some(v) = &b.line_break {
                let v = super::runtime::to_value("line\nbreak", v)?;
                form = super::runtime::value_parts(form, "line\nbreak", &v, None)?;
            }
            if let Some(v) = &b.nul {
                let v = super::runtime::to_value("nul\0", v)?;
                form = super::runtime::value_parts(form, "nul\0", &v, None)?;
            }
            if let Some(v) = &b.ue9_t_ue9 {
                let v = super::runtime::to_value("été", v)?;
                form = super::runtime::value_parts(form, "été", &v, None)?;
            }
            if let Some(v) = &b.u65e5_u672c {
                let v = super::runtime::to_value("日本", v)?;
                form = super::runtime::value_parts(form, "日本", &v, None)?;
            }
            if let Some(v) = &b.u1f436 {
                let v = super::runtime::to_value("🐶", v)?;
                form = super::runtime::value_parts(form, "🐶", &v, None)?;
            }
            if let Some(v) = &b.bool {
                let v = super::runtime::to_value("bool", v)?;
                form = super::runtime::value_parts(form, "bool", &v, None)?;
            }
            if let Some(v) = &b.char {
                let v = super::runtime::to_value("char", v)?;
                form = super::runtime::value_parts(form, "char", &v, None)?;
            }
            if let Some(v) = &b.str {
                let v = super::runtime::to_value("str", v)?;
                form = super::runtime::value_parts(form, "str", &v, None)?;
            }
            if let Some(v) = &b.u8 {
                let v = super::runtime::to_value("u8", v)?;
                form = super::runtime::value_parts(form, "u8", &v, None)?;
            }
            if let Some(v) = &b.u16 {
                let v = super::runtime::to_value("u16", v)?;
                form = super::runtime::value_parts(form, "u16", &v, None)?;
            }
            if let Some(v) = &b.u32 {
                let v = super::runtime::to_value("u32", v)?;
                form = super::runtime::value_parts(form, "u32", &v, None)?;
            }
            if let Some(v) = &b.u64 {
                let v = super::runtime::to_value("u64", v)?;
                form = super::runtime::value_parts(form, "u64", &v, None)?;
            }
            if let Some(v) = &b.u128 {
                let v = super::runtime::to_value("u128", v)?;
                form = super::runtime::value_parts(form, "u128", &v, None)?;
            }
            if let Some(v) = &b.usize {
                let v = super::runtime::to_value("usize", v)?;
                form = super::runtime::value_parts(form, "usize", &v, None)?;
            }
            if let Some(v) = &b.i8 {
                let v = super::runtime::to_value("i8", v)?;
                form = super::runtime::value_parts(form, "i8", &v, None)?;
            }
            if let Some(v) = &b.i16 {
                let v = super::runtime::to_value("i16", v)?;
                form = super::runtime::value_parts(form, "i16", &v, None)?;
            }
            if let Some(v) = &b.i32 {
                let v = super::runtime::to_value("i32", v)?;
                form = super::runtime::value_parts(form, "i32", &v, None)?;
            }
            if let Some(v) = &b.i64 {
                let v = super::runtime::to_value("i64", v)?;
                form = super::runtime::value_parts(form, "i64", &v, None)?;
            }
            if let Some(v) = &b.i128 {
                let v = super::runtime::to_value("i128", v)?;
                form = super::runtime::value_parts(form, "i128", &v, None)?;
            }
            if let Some(v) = &b.isize {
                let v = super::runtime::to_value("isize", v)?;
                form = super::runtime::value_parts(form, "isize", &v, None)?;
            }
            if let Some(v) = &b.f32 {
                let v = super::runtime::to_value("f32", v)?;
                form = super::runtime::value_parts(form, "f32", &v, None)?;
            }
            if let Some(v) = &b.f64 {
                let v = super::runtime::to_value("f64", v)?;
                form = super::runtime::value_parts(form, "f64", &v, None)?;
            }
            if let Some(v) = &b.option {
                let v = super::runtime::to_value("Option", v)?;
                form = super::runtime::value_parts(form, "Option", &v, None)?;
            }
            if let Some(v) = &b.some {
                let v = super::runtime::to_value("Some", v)?;
                form = super::runtime::value_parts(form, "Some", &v, None)?;
            }
            if let Some(v) = &b.none {
                let v = super::runtime::to_value("None", v)?;
                form = super::runtime::value_parts(form, "None", &v, None)?;
            }
            if let Some(v) = &b.result {
                let v = super::runtime::to_value("Result", v)?;
                form = super::runtime::value_parts(form, "Result", &v, None)?;
            }
            if let Some(v) = &b.ok {
                let v = super::runtime::to_value("Ok", v)?;
                form = super::runtime::value_parts(form, "Ok", &v, None)?;
            }
            if let Some(v) = &b.err {
                let v = super::runtime::to_value("Err", v)?;
                form = super::runtime::value_parts(form, "Err", &v, None)?;
            }
            if let Some(v) = &b.string {
                let v = super::runtime::to_value("String", v)?;
                form = super::runtime::value_parts(form, "String", &v, None)?;
            }
            if let Some(v) = &b.vec {
                let v = super::runtime::to_value("Vec", v)?;
                form = super::runtime::value_parts(form, "Vec", &v, None)?;
            }
            if let Some(v) = &b.box2 {
                let v = super::runtime::to_value("Box", v)?;
                form = super::runtime::value_parts(form, "Box", &v, None)?;
            }
            if let Some(v) = &b.default2 {
                let v = super::runtime::to_value("Default", v)?;
                form = super::runtime::value_parts(form, "Default", &v, None)?;
            }
            if let Some(v) = &b.clone {
                let v = super::runtime::to_value("Clone", v)?;
                form = super::runtime::value_parts(form, "Clone", &v, None)?;
            }
            if let Some(v) = &b.copy {
                let v = super::runtime::to_value("Copy", v)?;
                form = super::runtime::value_parts(form, "Copy", &v, None)?;
            }
            if let Some(v) = &b.send {
                let v = super::runtime::to_value("Send", v)?;
                form = super::runtime::value_parts(form, "Send", &v, None)?;
            }
            if let Some(v) = &b.sync {
                let v = super::runtime::to_value("Sync", v)?;
                form = super::runtime::value_parts(form, "Sync", &v, None)?;
            }
            if let Some(v) = &b.sized {
                let v = super::runtime::to_value("Sized", v)?;
                form = super::runtime::value_parts(form, "Sized", &v, None)?;
            }
            if let Some(v) = &b.drop {
                let v = super::runtime::to_value("Drop", v)?;
                form = super::runtime::value_parts(form, "Drop", &v, None)?;
            }
            if let Some(v) = &b.fn2 {
                let v = super::runtime::to_value("Fn", v)?;
                form = super::runtime::value_parts(form, "Fn", &v, None)?;
            }
            if let Some(v) = &b.fn_mut {
                let v = super::runtime::to_value("FnMut", v)?;
                form = super::runtime::value_parts(form, "FnMut", &v, None)?;
            }
            if let Some(v) = &b.fn_once {
                let v = super::runtime::to_value("FnOnce", v)?;
                form = super::runtime::value_parts(form, "FnOnce", &v, None)?;
            }
            if let Some(v) = &b.from {
                let v = super::runtime::to_value("From", v)?;
                form = super::runtime::value_parts(form, "From", &v, None)?;
            }
            if let Some(v) = &b.into {
                let v = super::runtime::to_value("Into", v)?;
                form = super::runtime::value_parts(form, "Into", &v, None)?;
            }
            if let Some(v) = &b.iterator {
                let v = super::runtime::to_value("Iterator", v)?;
                form = super::runtime::value_parts(form, "Iterator", &v, None)?;
            }
            if let Some(v) = &b.into_iterator {
                let v = super::runtime::to_value("IntoIterator", v)?;
                form = super::runtime::value_parts(form, "IntoIterator", &v, None)?;
            }
            if let Some(v) = &b.to_string {
                let v = super::runtime::to_value("ToString", v)?;
                form = super::runtime::value_parts(form, "ToString", &v, None)?;
            }
            if let Some(v) = &b.to_owned {
                let v = super::runtime::to_value("ToOwned", v)?;
                form = super::runtime::value_parts(form, "ToOwned", &v, None)?;
            }
            if let Some(v) = &b.partial_eq {
                let v = super::runtime::to_value("PartialEq", v)?;
                form = super::runtime::value_parts(form, "PartialEq", &v, None)?;
            }
            if let Some(v) = &b.eq {
                let v = super::runtime::to_value("Eq", v)?;
                form = super::runtime::value_parts(form, "Eq", &v, None)?;
            }
            if let Some(v) = &b.ord {
                let v = super::runtime::to_value("Ord", v)?;
                form = super::runtime::value_parts(form, "Ord", &v, None)?;
            }
            if let Some(v) = &b.partial_ord {
                let v = super::runtime::to_value("PartialOrd", v)?;
                form = super::runtime::value_parts(form, "PartialOrd", &v, None)?;
            }
            if let Some(v) = &b.debug {
                let v = super::runtime::to_value("Debug", v)?;
                form = super::runtime::value_parts(form, "Debug", &v, None)?;
            }
            if let Some(v) = &b.display {
                let v = super::runtime::to_value("Display", v)?;
                form = super::runtime::value_parts(form, "Display", &v, None)?;
            }
            if let Some(v) = &b.hash {
                let v = super::runtime::to_value("Hash", v)?;
                form = super::runtime::value_parts(form, "Hash", &v, None)?;
            }
            if let Some(v) = &b.hash_map {
                let v = super::runtime::to_value("HashMap", v)?;
                form = super::runtime::value_parts(form, "HashMap", &v, None)?;
            }
            if let Some(v) = &b.b_tree_map {
                let v = super::runtime::to_value("BTreeMap", v)?;
                form = super::runtime::value_parts(form, "BTreeMap", &v, None)?;
            }
            if let Some(v) = &b.value9 {
                let v = super::runtime::to_value("Value", v)?;
                form = super::runtime::value_parts(form, "Value", &v, None)?;
            }
            if let Some(v) = &b.map {
                let v = super::runtime::to_value("Map", v)?;
                form = super::runtime::value_parts(form, "Map", &v, None)?;
            }
            if let Some(v) = &b.serialize {
                let v = super::runtime::to_value("Serialize", v)?;
                form = super::runtime::value_parts(form, "Serialize", &v, None)?;
            }
            if let Some(v) = &b.deserialize {
                let v = super::runtime::to_value("Deserialize", v)?;
                form = super::runtime::value_parts(form, "Deserialize", &v, None)?;
            }
            if let Some(v) = &b.serializer {
                let v = super::runtime::to_value("Serializer", v)?;
                form = super::runtime::value_parts(form, "Serializer", &v, None)?;
            }
            if let Some(v) = &b.deserializer {
                let v = super::runtime::to_value("Deserializer", v)?;
                form = super::runtime::value_parts(form, "Deserializer", &v, None)?;
            }
            if let Some(v) = &b.formatter {
                let v = super::runtime::to_value("Formatter", v)?;
                form = super::runtime::value_parts(form, "Formatter", &v, None)?;
            }
            if let Some(v) = &b.arc {
                let v = super::runtime::to_value("Arc", v)?;
                form = super::runtime::value_parts(form, "Arc", &v, None)?;
            }
            if let Some(v) = &b.cow {
                let v = super::runtime::to_value("Cow", v)?;
                form = super::runtime::value_parts(form, "Cow", &v, None)?;
            }
            if let Some(v) = &b.client {
                let v = super::runtime::to_value("Client", v)?;
                form = super::runtime::value_parts(form, "Client", &v, None)?;
            }
            if let Some(v) = &b.error {
                let v = super::runtime::to_value("Error", v)?;
                form = super::runtime::value_parts(form, "Error", &v, None)?;
            }
            if let Some(v) = &b.response {
                let v = super::runtime::to_value("Response", v)?;
                form = super::runtime::value_parts(form, "Response", &v, None)?;
            }
            if let Some(v) = &b.request {
                let v = super::runtime::to_value("Request", v)?;
                form = super::runtime::value_parts(form, "Request", &v, None)?;
            }
            if let Some(v) = &b.params {
                let v = super::runtime::to_value("Params", v)?;
                form = super::runtime::value_parts(form, "Params", &v, None)?;
            }
            if let Some(v) = &b.body {
                let v = super::runtime::to_value("Body", v)?;
                form = super::runtime::value_parts(form, "Body", &v, None)?;
            }
            if let Some(v) = &b.api {
                let v = super::runtime::to_value("Api", v)?;
                form = super::runtime::value_parts(form, "Api", &v, None)?;
            }
            if let Some(v) = &b.router {
                let v = super::runtime::to_value("Router", v)?;
                form = super::runtime::value_parts(form, "Router", &v, None)?;
            }
            if let Some(v) = &b.state {
                let v = super::runtime::to_value("State", v)?;
                form = super::runtime::value_parts(form, "State", &v, None)?;
            }
            if let Some(v) = &b.json {
                let v = super::runtime::to_value("Json", v)?;
                form = super::runtime::value_parts(form, "Json", &v, None)?;
            }
            if let Some(v) = &b.bytes {
                let v = super::runtime::to_value("Bytes", v)?;
                form = super::runtime::value_parts(form, "Bytes", &v, None)?;
            }
            if let Some(v) = &b.url {
                let v = super::runtime::to_value("Url", v)?;
                form = super::runtime::value_parts(form, "Url", &v, None)?;
            }
            if let Some(v) = &b.method {
                let v = super::runtime::to_value("Method", v)?;
                form = super::runtime::value_parts(form, "Method", &v, None)?;
            }
            if let Some(v) = &b.status_code {
                let v = super::runtime::to_value("StatusCode", v)?;
                form = super::runtime::value_parts(form, "StatusCode", &v, None)?;
            }
            if let Some(v) = &b.header_map {
                let v = super::runtime::to_value("HeaderMap", v)?;
                form = super::runtime::value_parts(form, "HeaderMap", &v, None)?;
            }
            if let Some(v) = &b.unknown {
                let v = super::runtime::to_value("Unknown", v)?;
                form = super::runtime::value_parts(form, "Unknown", &v, None)?;
            }
            if let Some(v) = &b.other {
                let v = super::runtime::to_value("Other", v)?;
                form = super::runtime::value_parts(form, "Other", &v, None)?;
            }
            if let Some(v) = &b.new {
                let v = super::runtime::to_value("new", v)?;
                form = super::runtime::value_parts(form, "new", &v, None)?;
            }
            if let Some(v) = &b.clone2 {
                let v = super::runtime::to_value("clone", v)?;
                form = super::runtime::value_parts(form, "clone", &v, None)?;
            }
            if let Some(v) = &b.fmt {
                let v = super::runtime::to_value("fmt", v)?;
                form = super::runtime::value_parts(form, "fmt", &v, None)?;
            }
            if let Some(v) = &b.with_base_url {
                let v = super::runtime::to_value("with_base_url", v)?;
                form = super::runtime::value_parts(form, "with_base_url", &v, None)?;
            }
            if let Some(v) = &b.with_http_client {
                let v = super::runtime::to_value("with_http_client", v)?;
                form = super::runtime::value_parts(form, "with_http_client", &v, None)?;
            }
            if let Some(v) = &b.base_url {
                let v = super::runtime::to_value("base_url", v)?;
                form = super::runtime::value_parts(form, "base_url", &v, None)?;
            }
            if let Some(v) = &b.http_client {
                let v = super::runtime::to_value("http_client", v)?;
                form = super::runtime::value_parts(form, "http_client", &v, None)?;
            }
            if let Some(v) = &b.router2 {
                let v = super::runtime::to_value("router", v)?;
                form = super::runtime::value_parts(form, "router", &v, None)?;
            }
            if let Some(v) = &b.client2 {
                let v = super::runtime::to_value("client", v)?;
                form = super::runtime::value_parts(form, "client", &v, None)?;
            }
            if let Some(v) = &b.server {
                let v = super::runtime::to_value("server", v)?;
                form = super::runtime::value_parts(form, "server", &v, None)?;
            }
            if let Some(v) = &b.runtime {
                let v = super::runtime::to_value("runtime", v)?;
                form = super::runtime::value_parts(form, "runtime", &v, None)?;
            }
            if let Some(v) = &b.types {
                let v = super::runtime::to_value("types", v)?;
                form = super::runtime::value_parts(form, "types", &v, None)?;
            }
            if let Some(v) = &b.serde {
                let v = super::runtime::to_value("serde", v)?;
                form = super::runtime::value_parts(form, "serde", &v, None)?;
            }
            if let Some(v) = &b.serde_json {
                let v = super::runtime::to_value("serde_json", v)?;
                form = super::runtime::value_parts(form, "serde_json", &v, None)?;
            }
            if let Some(v) = &b.reqwest {
                let v = super::runtime::to_value("reqwest", v)?;
                form = super::runtime::value_parts(form, "reqwest", &v, None)?;
            }
            if let Some(v) = &b.axum {
                let v = super::runtime::to_value("axum", v)?;
                form = super::runtime::value_parts(form, "axum", &v, None)?;
            }
            if let Some(v) = &b.http {
                let v = super::runtime::to_value("http", v)?;
                form = super::runtime::value_parts(form, "http", &v, None)?;
            }
            if let Some(v) = &b.tokio {
                let v = super::runtime::to_value("tokio", v)?;
                form = super::runtime::value_parts(form, "tokio", &v, None)?;
            }
            if let Some(v) = &b.bytes2 {
                let v = super::runtime::to_value("bytes", v)?;
                form = super::runtime::value_parts(form, "bytes", &v, None)?;
            }
            if let Some(v) = &b.futures {
                let v = super::runtime::to_value("futures", v)?;
                form = super::runtime::value_parts(form, "futures", &v, None)?;
            }
            if let Some(v) = &b.std {
                let v = super::runtime::to_value("std", v)?;
                form = super::runtime::value_parts(form, "std", &v, None)?;
            }
            if let Some(v) = &b.core {
                let v = super::runtime::to_value("core", v)?;
                form = super::runtime::value_parts(form, "core", &v, None)?;
            }
            if let Some(v) = &b.alloc {
                let v = super::runtime::to_value("alloc", v)?;
                form = super::runtime::value_parts(form, "alloc", &v, None)?;
            }
            if let Some(v) = &b.tests {
                let v = super::runtime::to_value("tests", v)?;
                form = super::runtime::value_parts(form, "tests", &v, None)?;
            }
            if let Some(v) = &b.params2 {
                let v = super::runtime::to_value("params", v)?;
                form = super::runtime::value_parts(form, "params", &v, None)?;
            }
            if let Some(v) = &b.body2 {
                let v = super::runtime::to_value("body", v)?;
                form = super::runtime::value_parts(form, "body", &v, None)?;
            }
            if let Some(v) = &b.req {
                let v = super::runtime::to_value("req", v)?;
                form = super::runtime::value_parts(form, "req", &v, None)?;
            }
            if let Some(v) = &b.resp {
                let v = super::runtime::to_value("resp", v)?;
                form = super::runtime::value_parts(form, "resp", &v, None)?;
            }
            if let Some(v) = &b.api2 {
                let v = super::runtime::to_value("api", v)?;
                form = super::runtime::value_parts(form, "api", &v, None)?;
            }
            if let Some(v) = &b.state2 {
                let v = super::runtime::to_value("state", v)?;
                form = super::runtime::value_parts(form, "state", &v, None)?;
            }
            if let Some(v) = &b.headers {
                let v = super::runtime::to_value("headers", v)?;
                form = super::runtime::value_parts(form, "headers", &v, None)?;
            }
            if let Some(v) = &b.send2 {
                let v = super::runtime::to_value("send", v)?;
                form = super::runtime::value_parts(form, "send", &v, None)?;
            }
            if let Some(v) = &b.execute {
                let v = super::runtime::to_value("execute", v)?;
                form = super::runtime::value_parts(form, "execute", &v, None)?;
            }
            if let Some(v) = &b.build {
                let v = super::runtime::to_value("build", v)?;
                form = super::runtime::value_parts(form, "build", &v, None)?;
            }
            if let Some(v) = &b.into2 {
                let v = super::runtime::to_value("into", v)?;
                form = super::runtime::value_parts(form, "into", &v, None)?;
            }
            if let Some(v) = &b.from2 {
                let v = super::runtime::to_value("from", v)?;
                form = super::runtime::value_parts(form, "from", &v, None)?;
            }
            if let Some(v) = &b.drop2 {
                let v = super::runtime::to_value("drop", v)?;
                form = super::runtime::value_parts(form, "drop", &v, None)?;
            }
            if let Some(v) = &b.status {
                let v = super::runtime::to_value("status", v)?;
                form = super::runtime::value_parts(form, "status", &v, None)?;
            }
            if let Some(v) = &b.error2 {
                let v = super::runtime::to_value("error", v)?;
                form = super::runtime::value_parts(form, "error", &v, None)?;
            }
            if let Some(v) = &b.result2 {
                let v = super::runtime::to_value("result", v)?;
                form = super::runtime::value_parts(form, "result", &v, None)?;
            }
            if let Some(v) = &b.main {
                let v = super::runtime::to_value("main", v)?;
                form = super::runtime::value_parts(form, "main", &v, None)?;
            }
            if let Some(v) = &b.additional_properties {
                let v = super::runtime::to_value("additional_properties", v)?;
                form = super::runtime::value_parts(
                    form,
                    "additional_properties",
                    &v,
                    None,
                )?;
            }
            if let Some(v) = &b.deserialize2 {
                let v = super::runtime::to_value("deserialize", v)?;
                form = super::runtime::value_parts(form, "deserialize", &v, None)?;
            }
            if let Some(v) = &b.serialize2 {
                let v = super::runtime::to_value("serialize", v)?;
                form = super::runtime::value_parts(form, "serialize", &v, None)?;
            }
            if let Some(v) = &b.to_string2 {
                let v = super::runtime::to_value("to_string", v)?;
                form = super::runtime::value_parts(form, "to_string", &v, None)?;
            }
            if let Some(v) = &b.as_str {
                let v = super::runtime::to_value("as_str", v)?;
                form = super::runtime::value_parts(form, "as_str", &v, None)?;
            }
            req = req.multipart(form);
        }
        let req = self
            .run_request_hooks("multipart", req)
            .map_err(super::Error::Request)?;
        let (status, response_headers, bytes) = super::runtime::execute(
                self.http_client(),
                req,
                &self.retry,
            )
            .await
            .map_err(super::Error::Request)?;
        self.run_response_hooks("multipart", status, &response_headers);
        match status {
            204 => Ok(()),
            _ => {
                Err(super::Error::UnexpectedStatus {
                    status,
                    body: bytes,
                })
            }
        }
    }
}
