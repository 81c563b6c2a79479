//! Handlers, parameter structs and response enums of the operations with this module's tag.
/// The multipart body of `multipart`: one field per part.
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
/// Responses of `multipart`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum MultipartResponse {
    /// none
    NoContent,
}
impl ::axum::response::IntoResponse for MultipartResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::NoContent => super::runtime::empty_response(204u16),
        }
    }
}
/// axum handler for `POST` "/multipart".
#[allow(unused_variables, unused_mut)]
pub async fn multipart<A: super::Api>(
    ::axum::extract::State(
        served,
    ): ::axum::extract::State<::std::sync::Arc<super::Served<A>>>,
    ::axum::extract::RawQuery(raw_query): ::axum::extract::RawQuery,
    headers: ::axum::http::HeaderMap,
    extensions: ::axum::http::Extensions,
    raw_body: ::axum::body::Bytes,
) -> ::axum::response::Response {
    let mut errors = super::runtime::Errors::default();
    let pairs = super::runtime::parse_query_marked(raw_query.as_deref());
    let principal: ::std::option::Option<super::Principal> = None;
    let body: ::std::option::Option<MultipartForm> = match errors
        .multipart(&headers, &raw_body, true)
    {
        Some(parts) => {
            let fields = (
                errors
                    .value_part::<
                        ::std::string::String,
                    >(&parts, "as", false, Some(1066usize)),
                errors
                    .value_part::<
                        ::std::string::String,
                    >(&parts, "break", false, Some(1067usize)),
                errors
                    .value_part::<
                        ::std::string::String,
                    >(&parts, "const", false, Some(1068usize)),
                errors
                    .value_part::<
                        ::std::string::String,
                    >(&parts, "continue", false, Some(1069usize)),
                errors
                    .value_part::<
                        ::std::string::String,
                    >(&parts, "crate", false, Some(1070usize)),
                errors
                    .value_part::<
                        ::std::string::String,
                    >(&parts, "else", false, Some(1071usize)),
                errors
                    .value_part::<
                        ::std::string::String,
                    >(&parts, "enum", false, Some(1072usize)),
                errors
                    .value_part::<
                        ::std::string::String,
                    >(&parts, "extern", false, Some(1073usize)),
                errors
                    .value_part::<
                        ::std::string::String,
                    >(&parts, "false", false, Some(1074usize)),
                errors
                    .value_part::<
                        ::std::string::String,
                    >(&parts, "fn", false, Some(1075usize)),
                errors
                    .value_part::<
                        ::std::string::String,
                    >(&parts, "for", false, Some(1076usize)),
                errors
                    .value_part::<
                        ::std::string::String,
                    >(&parts, "if", false, Some(1077usize)),
                errors
                    .value_part::<
                        ::std::string::String,
                    >(&parts, "impl", false, Some(1078usize)),
                errors
                    .value_part::<
                        ::std::string::String,
                    >(&parts, "in", false, Some(1079usize)),
                errors
                    .value_part::<
                        ::std::string::String,
                    >(&parts, "let", false, Some(1080usize)),
                errors
                    .value_part::<
                        ::std::string::String,
                    >(&parts, "loop", false, Some(1081usize)),
                errors
                    .value_part::<
                        ::std::string::String,
                    >(&parts, "match", false, Some(1082usize)),
                errors
                    .value_part::<
                        ::std::string::String,
                    >(&parts, "mod", false, Some(1083usize)),
                errors
                    .value_part::<
                        ::std::string::String,
                    >(&parts, "move", false, Some(1084usize)),
                errors
                    .value_part::<
                        ::std::string::String,
                    >(&parts, "mut", false, Some(1085usize)),
                errors
                    .value_part::<
                        ::std::string::String,
                    >(&parts, "pub", false, Some(1086usize)),
                errors
                    .value_part::<
                        ::std::string::String,
                    >(&parts, "ref", false, Some(1087usize)),
                errors
                    .value_part::<
                        ::std::string::String,
                    >(&parts, "return", false, Some(1088usize)),
                errors
                    .value_part::<
                        ::std::string::String,
                    >(&parts, "self", false, Some(1089usize)),
                errors
                    .value_part::<
                        ::std::string::String,
                    >(&parts, "Self", false, Some(1090usize)),
                errors
                    .value_part::<
                        ::std::string::String,
                    >(&parts, "static", false, Some(1091usize)),
                errors
                    .value_part::<
                        ::std::string::String,
                    >(&parts, "struct", false, Some(1092usize)),
                errors
                    .value_part::<
                        ::std::string::String,
                    >(&parts, "super", false, Some(1093usize)),
                errors
                    .value_part::<
                        ::std::string::String,
                    >(&parts, "trait", false, Some(1094usize)),
                errors
                    .value_part::<
                        ::std::string::String,
                    >(&parts, "true", false, Some(1095usize)),
                errors
                    .value_part::<
                        ::std::string::String,
                    >(&parts, "type", false, Some(1096usize)),
                errors
                    .value_part::<
                        ::std::string::String,
                    >(&parts, "unsafe", false, Some(1097usize)),
                errors
                    .value_part::<
                        ::std::string::String,
                    >(&parts, "use", false, Some(1098usize)),
                errors
                    .value_part::<
                        ::std::string::String,
                    >(&parts, "where", false, Some(1099usize)),
                errors
                    .value_part::<
                        ::std::string::String,
                    >(&parts, "while", false, Some(1100usize)),
                errors
                    .value_part::<
                        ::std::string::String,
                    >(&parts, "async", false, Some(1101usize)),
                errors
                    .value_part::<
                        ::std::string::String,
                    >(&parts, "await", false, Some(1102usize)),
                errors
                    .value_part::<
                        ::std::string::String,
                    >(&parts, "dyn", false, Some(1103usize)),
                errors
                    .value_part::<
                        ::std::string::String,
                    >(&parts, "abstract", false, Some(1104usize)),
                errors
                    .value_part::<
                        ::std::string::String,
                    >(&parts, "become", false, Some(1105usize)),
                errors
                    .value_part::<
                        ::std::string::String,
                    >(&parts, "box", false, Some(1106usize)),
                errors
                    .value_part::<
                        ::std::string::String,
                    >(&parts, "do", false, Some(1107usize)),
                errors
                    .value_part::<
                        ::std::string::String,
                    >(&parts, "final", false, Some(1108usize)),
                errors
                    .value_part::<
                        ::std::string::String,
                    >(&parts, "macro", false, Some(1109usize)),
                errors
                    .value_part::<
                        ::std::string::String,
                    >(&parts, "override", false, Some(1110usize)),
                errors
                    .value_part::<
                        ::std::string::String,
                    >(&parts, "priv", false, Some(1111usize)),
                errors
                    .value_part::<
                        ::std::string::String,
                    >(&parts, "typeof", false, Some(1112usize)),
                errors
                    .value_part::<
                        ::std::string::String,
                    >(&parts, "unsized", false, Some(1113usize)),
                errors
                    .value_part::<
                        ::std::string::String,
                    >(&parts, "virtual", false, Some(1114usize)),
                errors
                    .value_part::<
                        ::std::string::String,
                    >(&parts, "yield", false, Some(1115usize)),
                errors
                    .value_part::<
                        ::std::string::String,
                    >(&parts, "try", false, Some(1116usize)),
                errors
                    .value_part::<
                        ::std::string::String,
                    >(&parts, "gen", false, Some(1117usize)),
                errors
                    .value_part::<
                        ::std::string::String,
                    >(&parts, "union", false, Some(1118usize)),
                errors
                    .value_part::<
                        ::std::string::String,
                    >(&parts, "macro_rules", false, Some(1119usize)),
                errors
                    .value_part::<
                        ::std::string::String,
                    >(&parts, "raw", false, Some(1120usize)),
                errors
                    .value_part::<
                        ::std::string::String,
                    >(&parts, "safe", false, Some(1121usize)),
                errors
                    .value_part::<
                        ::std::string::String,
                    >(&parts, "'static", false, Some(1122usize)),
                errors
                    .value_part::<
                        ::std::string::String,
                    >(&parts, "auto", false, Some(1123usize)),
                errors
                    .value_part::<
                        ::std::string::String,
                    >(&parts, "default", false, Some(1124usize)),
                errors
                    .value_part::<
                        ::std::string::String,
                    >(&parts, "_", false, Some(1125usize)),
                errors
                    .value_part::<
                        ::std::string::String,
                    >(&parts, "__", false, Some(1126usize)),
                errors
                    .value_part::<
                        ::std::string::String,
                    >(&parts, "r#type", false, Some(1127usize)),
                errors
                    .value_part::<
                        ::std::string::String,
                    >(&parts, "r#self", false, Some(1128usize)),
                errors
                    .value_part::<
                        ::std::string::String,
                    >(&parts, "", false, Some(1129usize)),
                errors
                    .value_part::<
                        ::std::string::String,
                    >(&parts, " ", false, Some(1130usize)),
                errors
                    .value_part::<
                        ::std::string::String,
                    >(&parts, "*/", false, Some(1131usize)),
                errors
                    .value_part::<
                        ::std::string::String,
                    >(&parts, "\"#", false, Some(1132usize)),
                errors
                    .value_part::<
                        ::std::string::String,
                    >(&parts, "##", false, Some(1133usize)),
                errors
                    .value_part::<
                        ::std::string::String,
                    >(&parts, "0", false, Some(1134usize)),
                errors
                    .value_part::<
                        ::std::string::String,
                    >(&parts, "1st", false, Some(1135usize)),
                errors
                    .value_part::<
                        ::std::string::String,
                    >(&parts, "-1", false, Some(1136usize)),
                errors
                    .value_part::<
                        ::std::string::String,
                    >(&parts, "+", false, Some(1137usize)),
                errors
                    .value_part::<
                        ::std::string::String,
                    >(&parts, "a-b", false, Some(1138usize)),
                errors
                    .value_part::<
                        ::std::string::String,
                    >(&parts, "A_B", false, Some(1139usize)),
                errors
                    .value_part::<
                        ::std::string::String,
                    >(&parts, "a_b", false, Some(1140usize)),
                errors
                    .value_part::<
                        ::std::string::String,
                    >(&parts, "aB", false, Some(1141usize)),
                errors
                    .value_part::<
                        ::std::string::String,
                    >(&parts, "AB", false, Some(1142usize)),
                errors
                    .value_part::<
                        ::std::string::String,
                    >(&parts, "ab", false, Some(1143usize)),
                errors
                    .value_part::<
                        ::std::string::String,
                    >(&parts, "\u{202e}", false, Some(1144usize)),
                errors
                    .value_part::<
                        ::std::string::String,
                    >(&parts, "a\rb", false, Some(1145usize)),
                errors
                    .value_part::<
                        ::std::string::String,
                    >(&parts, "line\nbreak", false, Some(1146usize)),
                errors
                    .value_part::<
                        ::std::string::String,
                    >(&parts, "nul\0", false, Some(1147usize)),
                errors
                    .value_part::<
                        ::std::string::String,
                    >(&parts, "été", false, Some(1148usize)),
                errors
                    .value_part::<
                        ::std::string::String,
                    >(&parts, "日本", false, Some(1149usize)),
                errors
                    .value_part::<
                        ::std::string::String,
                    >(&parts, "🐶", false, Some(1150usize)),
                errors
                    .value_part::<
                        ::std::string::String,
                    >(&parts, "bool", false, Some(1151usize)),
                errors
                    .value_part::<
                        ::std::string::String,
                    >(&parts, "char", false, Some(1152usize)),
                errors
                    .value_part::<
                        ::std::string::String,
                    >(&parts, "str", false, Some(1153usize)),
                errors
                    .value_part::<
                        ::std::string::String,
                    >(&parts, "u8", false, Some(1154usize)),
                errors
                    .value_part::<
                        ::std::string::String,
                    >(&parts, "u16", false, Some(1155usize)),
                errors
                    .value_part::<
                        ::std::string::String,
                    >(&parts, "u32", false, Some(1156usize)),
                errors
                    .value_part::<
                        ::std::string::String,
                    >(&parts, "u64", false, Some(1157usize)),
                errors
                    .value_part::<
                        ::std::string::String,
                    >(&parts, "u128", false, Some(1158usize)),
                errors
                    .value_part::<
                        ::std::string::String,
                    >(&parts, "usize", false, Some(1159usize)),
                errors
                    .value_part::<
                        ::std::string::String,
                    >(&parts, "i8", false, Some(1160usize)),
                errors
                    .value_part::<
                        ::std::string::String,
                    >(&parts, "i16", false, Some(1161usize)),
                errors
                    .value_part::<
                        ::std::string::String,
                    >(&parts, "i32", false, Some(1162usize)),
                errors
                    .value_part::<
                        ::std::string::String,
                    >(&parts, "i64", false, Some(1163usize)),
                errors
                    .value_part::<
                        ::std::string::String,
                    >(&parts, "i128", false, Some(1164usize)),
                errors
                    .value_part::<
                        ::std::string::String,
                    >(&parts, "isize", false, Some(1165usize)),
                errors
                    .value_part::<
                        ::std::string::String,
                    >(&parts, "f32", false, Some(1166usize)),
                errors
                    .value_part::<
                        ::std::string::String,
                    >(&parts, "f64", false, Some(1167usize)),
                errors
                    .value_part::<
                        ::std::string::String,
                    >(&parts, "Option", false, Some(1168usize)),
                errors
                    .value_part::<
                        ::std::string::String,
                    >(&parts, "Some", false, Some(1169usize)),
                errors
                    .value_part::<
                        ::std::string::String,
                    >(&parts, "None", false, Some(1170usize)),
                errors
                    .value_part::<
                        ::std::string::String,
                    >(&parts, "Result", false, Some(1171usize)),
                errors
                    .value_part::<
                        ::std::string::String,
                    >(&parts, "Ok", false, Some(1172usize)),
                errors
                    .value_part::<
                        ::std::string::String,
                    >(&parts, "Err", false, Some(1173usize)),
                errors
                    .value_part::<
                        ::std::string::String,
                    >(&parts, "String", false, Some(1174usize)),
                errors
                    .value_part::<
                        ::std::string::String,
                    >(&parts, "Vec", false, Some(1175usize)),
                errors
                    .value_part::<
                        ::std::string::String,
                    >(&parts, "Box", false, Some(1176usize)),
                errors
                    .value_part::<
                        ::std::string::String,
                    >(&parts, "Default", false, Some(1177usize)),
                errors
                    .value_part::<
                        ::std::string::String,
                    >(&parts, "Clone", false, Some(1178usize)),
                errors
                    .value_part::<
                        ::std::string::String,
                    >(&parts, "Copy", false, Some(1179usize)),
                errors
                    .value_part::<
                        ::std::string::String,
                    >(&parts, "Send", false, Some(1180usize)),
                errors
                    .value_part::<
                        ::std::string::String,
                    >(&parts, "Sync", false, Some(1181usize)),
                errors
                    .value_part::<
                        ::std::string::String,
                    >(&parts, "Sized", false, Some(1182usize)),
                errors
                    .value_part::<
                        ::std::string::String,
                    >(&parts, "Drop", false, Some(1183usize)),
                errors
                    .value_part::<
                        ::std::string::String,
                    >(&parts, "Fn", false, Some(1184usize)),
                errors
                    .value_part::<
                        ::std::string::String,
                    >(&parts, "FnMut", false, Some(1185usize)),
                errors
                    .value_part::<
                        ::std::string::String,
                    >(&parts, "FnOnce", false, Some(1186usize)),
                errors
                    .value_part::<
                        ::std::string::String,
                    >(&parts, "From", false, Some(1187usize)),
                errors
                    .value_part::<
                        ::std::string::String,
                    >(&parts, "Into", false, Some(1188usize)),
                errors
                    .value_part::<
                        ::std::string::String,
                    >(&parts, "Iterator", false, Some(1189usize)),
                errors
                    .value_part::<
                        ::std::string::String,
                    >(&parts, "IntoIterator", false, Some(1190usize)),
                errors
                    .value_part::<
                        ::std::string::String,
                    >(&parts, "ToString", false, Some(1191usize)),
                errors
                    .value_part::<
                        ::std::string::String,
                    >(&parts, "ToOwned", false, Some(1192usize)),
                errors
                    .value_part::<
                        ::std::string::String,
                    >(&parts, "PartialEq", false, Some(1193usize)),
                errors
                    .value_part::<
                        ::std::string::String,
                    >(&parts, "Eq", false, Some(1194usize)),
                errors
                    .value_part::<
                        ::std::string::String,
                    >(&parts, "Ord", false, Some(1195usize)),
                errors
                    .value_part::<
                        ::std::string::String,
                    >(&parts, "PartialOrd", false, Some(1196usize)),
                errors
                    .value_part::<
                        ::std::string::String,
                    >(&parts, "Debug", false, Some(1197usize)),
                errors
                    .value_part::<
                        ::std::string::String,
                    >(&parts, "Display", false, Some(1198usize)),
                errors
                    .value_part::<
                        ::std::string::String,
                    >(&parts, "Hash", false, Some(1199usize)),
                errors
                    .value_part::<
                        ::std::string::String,
                    >(&parts, "HashMap", false, Some(1200usize)),
                errors
                    .value_part::<
                        ::std::string::String,
                    >(&parts, "BTreeMap", false, Some(1201usize)),
                errors
                    .value_part::<
                        ::std::string::String,
                    >(&parts, "Value", false, Some(1202usize)),
                errors
                    .value_part::<
                        ::std::string::String,
                    >(&parts, "Map", false, Some(1203usize)),
                errors
                    .value_part::<
                        ::std::string::String,
                    >(&parts, "Serialize", false, Some(1204usize)),
                errors
                    .value_part::<
                        ::std::string::String,
                    >(&parts, "Deserialize", false, Some(1205usize)),
                errors
                    .value_part::<
                        ::std::string::String,
                    >(&parts, "Serializer", false, Some(1206usize)),
                errors
                    .value_part::<
                        ::std::string::String,
                    >(&parts, "Deserializer", false, Some(1207usize)),
                errors
                    .value_part::<
                        ::std::string::String,
                    >(&parts, "Formatter", false, Some(1208usize)),
                errors
                    .value_part::<
                        ::std::string::String,
                    >(&parts, "Arc", false, Some(1209usize)),
                errors
                    .value_part::<
                        ::std::string::String,
                    >(&parts, "Cow", false, Some(1210usize)),
                errors
                    .value_part::<
                        ::std::string::String,
                    >(&parts, "Client", false, Some(1211usize)),
                errors
                    .value_part::<
                        ::std::string::String,
                    >(&parts, "Error", false, Some(1212usize)),
                errors
                    .value_part::<
                        ::std::string::String,
                    >(&parts, "Response", false, Some(1213usize)),
                errors
                    .value_part::<
                        ::std::string::String,
                    >(&parts, "Request", false, Some(1214usize)),
                errors
                    .value_part::<
                        ::std::string::String,
                    >(&parts, "Params", false, Some(1215usize)),
                errors
                    .value_part::<
                        ::std::string::String,
                    >(&parts, "Body", false, Some(1216usize)),
                errors
                    .value_part::<
                        ::std::string::String,
                    >(&parts, "Api", false, Some(1217usize)),
                errors
                    .value_part::<
                        ::std::string::String,
                    >(&parts, "Router", false, Some(1218usize)),
                errors
                    .value_part::<
                        ::std::string::String,
                    >(&parts, "State", false, Some(1219usize)),
                errors
                    .value_part::<
                        ::std::string::String,
                    >(&parts, "Json", false, Some(1220usize)),
                errors
                    .value_part::<
                        ::std::string::String,
                    >(&parts, "Bytes", false, Some(1221usize)),
                errors
                    .value_part::<
                        ::std::string::String,
                    >(&parts, "Url", false, Some(1222usize)),
                errors
                    .value_part::<
                        ::std::string::String,
                    >(&parts, "Method", false, Some(1223usize)),
                errors
                    .value_part::<
                        ::std::string::String,
                    >(&parts, "StatusCode", false, Some(1224usize)),
                errors
                    .value_part::<
                        ::std::string::String,
                    >(&parts, "HeaderMap", false, Some(1225usize)),
                errors
                    .value_part::<
                        ::std::string::String,
                    >(&parts, "Unknown", false, Some(1226usize)),
                errors
                    .value_part::<
                        ::std::string::String,
                    >(&parts, "Other", false, Some(1227usize)),
                errors
                    .value_part::<
                        ::std::string::String,
                    >(&parts, "new", false, Some(1228usize)),
                errors
                    .value_part::<
                        ::std::string::String,
                    >(&parts, "clone", false, Some(1229usize)),
                errors
                    .value_part::<
                        ::std::string::String,
                    >(&parts, "fmt", false, Some(1230usize)),
                errors
                    .value_part::<
                        ::std::string::String,
                    >(&parts, "with_base_url", false, Some(1231usize)),
                errors
                    .value_part::<
                        ::std::string::String,
                    >(&parts, "with_http_client", false, Some(1232usize)),
                errors
                    .value_part::<
                        ::std::string::String,
                    >(&parts, "base_url", false, Some(1233usize)),
                errors
                    .value_part::<
                        ::std::string::String,
                    >(&parts, "http_client", false, Some(1234usize)),
                errors
                    .value_part::<
                        ::std::string::String,
                    >(&parts, "router", false, Some(1235usize)),
                errors
                    .value_part::<
                        ::std::string::String,
                    >(&parts, "client", false, Some(1236usize)),
                errors
                    .value_part::<
                        ::std::string::String,
                    >(&parts, "server", false, Some(1237usize)),
                errors
                    .value_part::<
                        ::std::string::String,
                    >(&parts, "runtime", false, Some(1238usize)),
                errors
                    .value_part::<
                        ::std::string::String,
                    >(&parts, "types", false, Some(1239usize)),
                errors
                    .value_part::<
                        ::std::string::String,
                    >(&parts, "serde", false, Some(1240usize)),
                errors
                    .value_part::<
                        ::std::string::String,
                    >(&parts, "serde_json", false, Some(1241usize)),
                errors
                    .value_part::<
                        ::std::string::String,
                    >(&parts, "reqwest", false, Some(1242usize)),
                errors
                    .value_part::<
                        ::std::string::String,
                    >(&parts, "axum", false, Some(1243usize)),
                errors
                    .value_part::<
                        ::std::string::String,
                    >(&parts, "http", false, Some(1244usize)),
                errors
                    .value_part::<
                        ::std::string::String,
                    >(&parts, "tokio", false, Some(1245usize)),
                errors
                    .value_part::<
                        ::std::string::String,
                    >(&parts, "bytes", false, Some(1246usize)),
                errors
                    .value_part::<
                        ::std::string::String,
                    >(&parts, "futures", false, Some(1247usize)),
                errors
                    .value_part::<
                        ::std::string::String,
                    >(&parts, "std", false, Some(1248usize)),
                errors
                    .value_part::<
                        ::std::string::String,
                    >(&parts, "core", false, Some(1249usize)),
                errors
                    .value_part::<
                        ::std::string::String,
                    >(&parts, "alloc", false, Some(1250usize)),
                errors
                    .value_part::<
                        ::std::string::String,
                    >(&parts, "tests", false, Some(1251usize)),
                errors
                    .value_part::<
                        ::std::string::String,
                    >(&parts, "params", false, Some(1252usize)),
                errors
                    .value_part::<
                        ::std::string::String,
                    >(&parts, "body", false, Some(1253usize)),
                errors
                    .value_part::<
                        ::std::string::String,
                    >(&parts, "req", false, Some(1254usize)),
                errors
                    .value_part::<
                        ::std::string::String,
                    >(&parts, "resp", false, Some(1255usize)),
                errors
                    .value_part::<
                        ::std::string::String,
                    >(&parts, "api", false, Some(1256usize)),
                errors
                    .value_part::<
                        ::std::string::String,
                    >(&parts, "state", false, Some(1257usize)),
                errors
                    .value_part::<
                        ::std::string::String,
                    >(&parts, "headers", false, Some(1258usize)),
                errors
                    .value_part::<
                        ::std::string::String,
                    >(&parts, "send", false, Some(1259usize)),
                errors
                    .value_part::<
                        ::std::string::String,
                    >(&parts, "execute", false, Some(1260usize)),
                errors
                    .value_part::<
                        ::std::string::String,
                    >(&parts, "build", false, Some(1261usize)),
                errors
                    .value_part::<
                        ::std::string::String,
                    >(&parts, "into", false, Some(1262usize)),
                errors
                    .value_part::<
                        ::std::string::String,
                    >(&parts, "from", false, Some(1263usize)),
                errors
                    .value_part::<
                        ::std::string::String,
                    >(&parts, "drop", false, Some(1264usize)),
                errors
                    .value_part::<
                        ::std::string::String,
                    >(&parts, "status", false, Some(1265usize)),
                errors
                    .value_part::<
                        ::std::string::String,
                    >(&parts, "error", false, Some(1266usize)),
                errors
                    .value_part::<
                        ::std::string::String,
                    >(&parts, "result", false, Some(1267usize)),
                errors
                    .value_part::<
                        ::std::string::String,
                    >(&parts, "main", false, Some(1268usize)),
                errors
                    .value_part::<
                        ::std::string::String,
                    >(&parts, "additional_properties", false, Some(1269usize)),
                errors
                    .value_part::<
                        ::std::string::String,
                    >(&parts, "deserialize", false, Some(1270usize)),
                errors
                    .value_part::<
                        ::std::string::String,
                    >(&parts, "serialize", false, Some(1271usize)),
                errors
                    .value_part::<
                        ::std::string::String,
                    >(&parts, "to_string", false, Some(1272usize)),
                errors
                    .value_part::<
                        ::std::string::String,
                    >(&parts, "as_str", false, Some(1273usize)),
            );
            match fields {
                (
                    r#as,
                    r#break,
                    r#const,
                    r#continue,
                    crate_,
                    r#else,
                    r#enum,
                    r#extern,
                    r#false,
                    r#fn,
                    r#for,
                    r#if,
                    r#impl,
                    r#in,
                    r#let,
                    r#loop,
                    r#match,
                    r#mod,
                    r#move,
                    r#mut,
                    r#pub,
                    r#ref,
                    r#return,
                    self_,
                    self_2,
                    r#static,
                    r#struct,
                    super_,
                    r#trait,
                    r#true,
                    r#type,
                    r#unsafe,
                    r#use,
                    r#where,
                    r#while,
                    r#async,
                    r#await,
                    r#dyn,
                    r#abstract,
                    r#become,
                    r#box,
                    r#do,
                    r#final,
                    r#macro,
                    r#override,
                    r#priv,
                    r#typeof,
                    r#unsized,
                    r#virtual,
                    r#yield,
                    r#try,
                    r#gen,
                    r#union,
                    r#macro_rules,
                    raw,
                    safe,
                    static2,
                    auto,
                    default,
                    value,
                    value2,
                    r_type,
                    r_self,
                    value3,
                    value4,
                    value5,
                    value6,
                    value7,
                    n0,
                    n1st,
                    n1,
                    value8,
                    a_b,
                    a_b2,
                    a_b3,
                    a_b4,
                    ab,
                    ab2,
                    u202e,
                    a_b5,
                    line_break,
                    nul,
                    ue9_t_ue9,
                    u65e5_u672c,
                    u1f436,
                    bool,
                    char,
                    str,
                    u8,
                    u16,
                    u32,
                    u64,
                    u128,
                    usize,
                    i8,
                    i16,
                    i32,
                    i64,
                    i128,
                    isize,
                    f32,
                    f64,
                    option,
                    some,
                    none,
                    result,
                    ok,
                    err,
                    string,
                    vec,
                    box2,
                    default2,
                    clone,
                    copy,
                    send,
                    sync,
                    sized,
                    drop,
                    fn2,
                    fn_mut,
                    fn_once,
                    from,
                    into,
                    iterator,
                    into_iterator,
                    to_string,
                    to_owned,
                    partial_eq,
                    eq,
                    ord,
                    partial_ord,
                    debug,
                    display,
                    hash,
                    hash_map,
                    b_tree_map,
                    value9,
                    map,
                    serialize,
                    deserialize,
                    serializer,
                    deserializer,
                    formatter,
                    arc,
                    cow,
                    client,
                    error,
                    response,
                    request,
                    params,
                    body,
                    api,
                    router,
                    state,
                    json,
                    bytes,
                    url,
                    method,
                    status_code,
                    header_map,
                    unknown,
                    other,
                    new,
                    clone2,
                    fmt,
                    with_base_url,
                    with_http_client,
                    base_url,
                    http_client,
                    router2,
                    client2,
                    server,
                    runtime,
                    types,
                    serde,
                    serde_json,
                    reqwest,
                    axum,
                    http,
                    tokio,
                    bytes2,
                    futures,
                    std,
                    core,
                    alloc,
                    tests,
                    params2,
                    body2,
                    req,
                    resp,
                    api2,
                    state2,
                    headers,
                    send2,
                    execute,
                    build,
                    into2,
                    from2,
                    drop2,
                    status,
                    error2,
                    result2,
                    main,
                    additional_properties,
                    deserialize2,
                    serialize2,
                    to_string2,
                    as_str,
                ) => {
                    Some(MultipartForm {
                        r#as,
                        r#break,
                        r#const,
                        r#continue,
                        crate_,
                        r#else,
                        r#enum,
                        r#extern,
                        r#false,
                        r#fn,
                        r#for,
                        r#if,
                        r#impl,
                        r#in,
                        r#let,
                        r#loop,
                        r#match,
                        r#mod,
                        r#move,
                        r#mut,
                        r#pub,
                        r#ref,
                        r#return,
                        self_,
                        self_2,
                        r#static,
                        r#struct,
                        super_,
                        r#trait,
                        r#true,
                        r#type,
                        r#unsafe,
                        r#use,
                        r#where,
                        r#while,
                        r#async,
                        r#await,
                        r#dyn,
                        r#abstract,
                        r#become,
                        r#box,
                        r#do,
                        r#final,
                        r#macro,
                        r#override,
                        r#priv,
                        r#typeof,
                        r#unsized,
                        r#virtual,
                        r#yield,
                        r#try,
                        r#gen,
                        r#union,
                        r#macro_rules,
                        raw,
                        safe,
                        static2,
                        auto,
                        default,
                        value,
                        value2,
                        r_type,
                        r_self,
                        value3,
                        value4,
                        value5,
                        value6,
                        value7,
                        n0,
                        n1st,
                        n1,
                        value8,
                        a_b,
                        a_b2,
                        a_b3,
                        a_b4,
                        ab,
                        ab2,
                        u202e,
                        a_b5,
                        line_break,
                        nul,
                        ue9_t_ue9,
                        u65e5_u672c,
                        u1f436,
                        bool,
                        char,
                        str,
                        u8,
                        u16,
                        u32,
                        u64,
                        u128,
                        usize,
                        i8,
                        i16,
                        i32,
                        i64,
                        i128,
                        isize,
                        f32,
                        f64,
                        option,
                        some,
                        none,
                        result,
                        ok,
                        err,
                        string,
                        vec,
                        box2,
                        default2,
                        clone,
                        copy,
                        send,
                        sync,
                        sized,
                        drop,
                        fn2,
                        fn_mut,
                        fn_once,
                        from,
                        into,
                        iterator,
                        into_iterator,
                        to_string,
                        to_owned,
                        partial_eq,
                        eq,
                        ord,
                        partial_ord,
                        debug,
                        display,
                        hash,
                        hash_map,
                        b_tree_map,
                        value9,
                        map,
                        serialize,
                        deserialize,
                        serializer,
                        deserializer,
                        formatter,
                        arc,
                        cow,
                        client,
                        error,
                        response,
                        request,
                        params,
                        body,
                        api,
                        router,
                        state,
                        json,
                        bytes,
                        url,
                        method,
                        status_code,
                        header_map,
                        unknown,
                        other,
                        new,
                        clone2,
                        fmt,
                        with_base_url,
                        with_http_client,
                        base_url,
                        http_client,
                        router2,
                        client2,
                        server,
                        runtime,
                        types,
                        serde,
                        serde_json,
                        reqwest,
                        axum,
                        http,
                        tokio,
                        bytes2,
                        futures,
                        std,
                        core,
                        alloc,
                        tests,
                        params2,
                        body2,
                        req,
                        resp,
                        api2,
                        state2,
                        headers,
                        send2,
                        execute,
                        build,
                        into2,
                        from2,
                        drop2,
                        status,
                        error2,
                        result2,
                        main,
                        additional_properties,
                        deserialize2,
                        serialize2,
                        to_string2,
                        as_str,
                    })
                }
                #[allow(unreachable_patterns)]
                _ => None,
            }
        }
        None => None,
    };
    if !errors.is_empty() {
        return errors.into_response_as("application/json");
    }
    let (Some(body),) = (body,) else {
        return errors.into_response_as("application/json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::multipart(&*served.api, ctx, body);
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "multipart", method = "POST", path = "/multipart",
        status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
