//! Types for the schemas of the API description.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, Default)]
pub struct As {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub v: ::std::option::Option<i64>,
}
impl<'de> ::serde::Deserialize<'de> for As {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        d: D,
    ) -> ::std::result::Result<Self, D::Error> {
        let mut m = <super::runtime::Fields as ::serde::Deserialize>::deserialize(d)?;
        let mut read = || -> ::std::result::Result<Self, ::std::string::String> {
            Ok(Self { v: m.optional("v")? })
        };
        read().map_err(<D::Error as ::serde::de::Error>::custom)
    }
}
pub type Break = As;
pub type Const = As;
pub type Continue = As;
pub type Crate = As;
pub type Else = As;
pub type Enum = As;
pub type Extern = As;
pub type False = As;
pub type Fn = As;
pub type For = As;
pub type If = As;
pub type Impl = As;
pub type In = As;
pub type Let = As;
pub type Loop = As;
pub type Match = As;
pub type Mod = As;
pub type Move = As;
pub type Mut = As;
pub type Pub = As;
pub type Ref = As;
pub type Return = As;
pub type Self_ = As;
pub type Self_2 = As;
pub type Static = As;
pub type Struct = As;
pub type Super = As;
pub type Trait = As;
pub type True = As;
pub type Type = As;
pub type Unsafe = As;
pub type Use = As;
pub type Where = As;
pub type While = As;
pub type Async = As;
pub type Await = As;
pub type Dyn = As;
pub type Abstract = As;
pub type Become = As;
pub type Box = As;
pub type Do = As;
pub type Final = As;
pub type Macro = As;
pub type Override = As;
pub type Priv = As;
pub type Typeof = As;
pub type Unsized = As;
pub type Virtual = As;
pub type Yield = As;
pub type Try = As;
pub type Gen = As;
pub type Union = As;
pub type MacroRules = As;
pub type Raw = As;
pub type Safe = As;
pub type Static2 = As;
pub type Auto = As;
pub type Default = As;
pub type Empty = As;
pub type Empty2 = As;
pub type RType = As;
pub type RSelf = As;
pub type Empty3 = As;
pub type Empty4 = As;
pub type Empty5 = As;
pub type Empty6 = As;
pub type Empty7 = As;
pub type N0 = As;
pub type N1st = As;
pub type N1 = As;
pub type Empty8 = As;
pub type AB = As;
pub type AB2 = As;
pub type AB3 = As;
pub type AB4 = As;
pub type Ab5 = As;
pub type Ab6 = As;
pub type U202e = As;
pub type AB7 = As;
pub type LineBreak = As;
pub type Nul = As;
pub type Ue9TUe9 = As;
pub type U65e5U672c = As;
pub type U1f436 = As;
pub type Bool = ::std::string::String;
pub type Char = ::std::string::String;
pub type Str = ::std::string::String;
pub type U8 = ::std::string::String;
pub type U16 = ::std::string::String;
pub type U32 = ::std::string::String;
pub type U64 = ::std::string::String;
pub type U128 = ::std::string::String;
pub type Usize = ::std::string::String;
pub type I8 = ::std::string::String;
pub type I16 = ::std::string::String;
pub type I32 = ::std::string::String;
pub type I64 = ::std::string::String;
pub type I128 = ::std::string::String;
pub type Isize = ::std::string::String;
pub type F32 = ::std::string::String;
pub type F64 = ::std::string::String;
pub type Option = As;
pub type Some = As;
pub type None = As;
pub type Result = As;
pub type Ok = As;
pub type Err = As;
pub type String = As;
pub type Vec = As;
pub type Box2 = As;
pub type Default2 = As;
pub type Clone = As;
pub type Copy = As;
pub type Send = As;
pub type Sync = As;
pub type Sized = As;
pub type Drop = As;
pub type Fn2 = As;
pub type FnMut = As;
pub type FnOnce = As;
pub type From = As;
pub type Into = As;
pub type Iterator = As;
pub type IntoIterator = As;
pub type ToString = As;
pub type ToOwned = As;
pub type PartialEq = As;
pub type Eq = As;
pub type Ord = As;
pub type PartialOrd = As;
pub type Debug = As;
pub type Display = As;
pub type Hash = As;
pub type HashMap = As;
pub type BTreeMap = As;
pub type Value = As;
pub type Map = As;
pub type Serialize = As;
pub type Deserialize = As;
pub type Serializer = As;
pub type Deserializer = As;
pub type Formatter = As;
pub type Arc = As;
pub type Cow = As;
pub type Client = As;
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, Default)]
pub struct Error {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub r#type: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub title: ::std::option::Option<::std::string::String>,
}
impl<'de> ::serde::Deserialize<'de> for Error {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        d: D,
    ) -> ::std::result::Result<Self, D::Error> {
        let mut m = <super::runtime::Fields as ::serde::Deserialize>::deserialize(d)?;
        let mut read = || -> ::std::result::Result<Self, ::std::string::String> {
            Ok(Self {
                r#type: m.optional("type")?,
                title: m.optional("title")?,
            })
        };
        read().map_err(<D::Error as ::serde::de::Error>::custom)
    }
}
pub type Response = As;
pub type Request = As;
pub type Params = As;
pub type Body = As;
pub type Api = As;
pub type Router = As;
pub type State = As;
pub type Json = As;
pub type Bytes = As;
pub type Url = As;
pub type Method = As;
pub type StatusCode = As;
pub type HeaderMap = As;
pub type Unknown = As;
pub type Other = As;
pub type New = As;
pub type Clone2 = As;
pub type Fmt = As;
pub type WithBaseUrl = As;
pub type WithHttpClient = As;
pub type BaseUrl = As;
pub type HttpClient = As;
pub type Router2 = As;
pub type Client2 = As;
pub type Server = As;
pub type Runtime = As;
pub type Types = As;
pub type Serde = As;
pub type SerdeJson = As;
pub type Reqwest = As;
pub type Axum = As;
pub type Http = As;
pub type Tokio = As;
pub type Bytes2 = As;
pub type Futures = As;
pub type Std = As;
pub type Core = As;
pub type Alloc = As;
pub type Tests = As;
pub type Params2 = As;
pub type Body2 = As;
pub type Req = As;
pub type Resp = As;
pub type Api2 = As;
pub type State2 = As;
pub type Headers = As;
pub type Send2 = As;
pub type Execute = As;
pub type Build = As;
pub type Into2 = As;
pub type From2 = As;
pub type Drop2 = As;
pub type Status = As;
pub type Error2 = As;
pub type Result2 = As;
pub type Main = As;
pub type AdditionalProperties = As;
pub type Deserialize2 = As;
pub type Serialize2 = As;
pub type ToString2 = As;
pub type AsStr = As;
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct Everything {
    pub r#as: ::std::string::String,
    pub r#break: ::std::string::String,
    pub r#const: ::std::string::String,
    pub r#continue: ::std::string::String,
    #[serde(rename = "crate")]
    pub crate_: ::std::string::String,
    pub r#else: ::std::string::String,
    pub r#enum: ::std::string::String,
    pub r#extern: ::std::string::String,
    pub r#false: ::std::string::String,
    pub r#fn: ::std::string::String,
    pub r#for: ::std::string::String,
    pub r#if: ::std::string::String,
    pub r#impl: ::std::string::String,
    pub r#in: ::std::string::String,
    pub r#let: ::std::string::String,
    pub r#loop: ::std::string::String,
    pub r#match: ::std::string::String,
    pub r#mod: ::std::string::String,
    pub r#move: ::std::string::String,
    pub r#mut: ::std::string::String,
    pub r#pub: ::std::string::String,
    pub r#ref: ::std::string::String,
    pub r#return: ::std::string::String,
    #[serde(rename = "self")]
    pub self_: ::std::string::String,
    #[serde(rename = "Self")]
    pub self_2: ::std::string::String,
    pub r#static: ::std::string::String,
    pub r#struct: ::std::string::String,
    #[serde(rename = "super")]
    pub super_: ::std::string::String,
    pub r#trait: ::std::string::String,
    pub r#true: ::std::string::String,
    pub r#type: ::std::string::String,
    pub r#unsafe: ::std::string::String,
    pub r#use: ::std::string::String,
    pub r#where: ::std::string::String,
    pub r#while: ::std::string::String,
    pub r#async: ::std::string::String,
    pub r#await: ::std::string::String,
    pub r#dyn: ::std::string::String,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub r#abstract: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub r#become: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub r#box: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub r#do: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub r#final: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub r#macro: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub r#override: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub r#priv: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub r#typeof: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub r#unsized: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub r#virtual: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub r#yield: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub r#try: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub r#gen: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub r#union: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub r#macro_rules: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub raw: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub safe: ::std::option::Option<::std::string::String>,
    #[serde(rename = "'static", skip_serializing_if = "::std::option::Option::is_none")]
    pub static2: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub auto: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub default: ::std::option::Option<::std::string::String>,
    #[serde(rename = "_", skip_serializing_if = "::std::option::Option::is_none")]
    pub value: ::std::option::Option<::std::string::String>,
    #[serde(rename = "__", skip_serializing_if = "::std::option::Option::is_none")]
    pub value2: ::std::option::Option<::std::string::String>,
    #[serde(rename = "r#type", skip_serializing_if = "::std::option::Option::is_none")]
    pub r_type: ::std::option::Option<::std::string::String>,
    #[serde(rename = "r#self", skip_serializing_if = "::std::option::Option::is_none")]
    pub r_self: ::std::option::Option<::std::string::String>,
    #[serde(rename = "", skip_serializing_if = "::std::option::Option::is_none")]
    pub value3: ::std::option::Option<::std::string::String>,
    #[serde(rename = " ", skip_serializing_if = "::std::option::Option::is_none")]
    pub value4: ::std::option::Option<::std::string::String>,
    #[serde(rename = "*/", skip_serializing_if = "::std::option::Option::is_none")]
    pub value5: ::std::option::Option<::std::string::String>,
    #[serde(rename = "\"#", skip_serializing_if = "::std::option::Option::is_none")]
    pub value6: ::std::option::Option<::std::string::String>,
    #[serde(rename = "##", skip_serializing_if = "::std::option::Option::is_none")]
    pub value7: ::std::option::Option<::std::string::String>,
    #[serde(rename = "0", skip_serializing_if = "::std::option::Option::is_none")]
    pub n0: ::std::option::Option<::std::string::String>,
    #[serde(rename = "1st", skip_serializing_if = "::std::option::Option::is_none")]
    pub n1st: ::std::option::Option<::std::string::String>,
    #[serde(rename = "-1", skip_serializing_if = "::std::option::Option::is_none")]
    pub n1: ::std::option::Option<::std::string::String>,
    #[serde(rename = "+", skip_serializing_if = "::std::option::Option::is_none")]
    pub value8: ::std::option::Option<::std::string::String>,
    #[serde(rename = "a-b", skip_serializing_if = "::std::option::Option::is_none")]
    pub a_b: ::std::option::Option<::std::string::String>,
    #[serde(rename = "A_B", skip_serializing_if = "::std::option::Option::is_none")]
    pub a_b2: ::std::option::Option<::std::string::String>,
    #[serde(rename = "a_b", skip_serializing_if = "::std::option::Option::is_none")]
    pub a_b3: ::std::option::Option<::std::string::String>,
    #[serde(rename = "aB", skip_serializing_if = "::std::option::Option::is_none")]
    pub a_b4: ::std::option::Option<::std::string::String>,
    #[serde(rename = "AB", skip_serializing_if = "::std::option::Option::is_none")]
    pub ab: ::std::option::Option<::std::string::String>,
    #[serde(rename = "ab", skip_serializing_if = "::std::option::Option::is_none")]
    pub ab2: ::std::option::Option<::std::string::String>,
    #[serde(rename = "\u{202e}", skip_serializing_if = "::std::option::Option::is_none")]
    pub u202e: ::std::option::Option<::std::string::String>,
    #[serde(rename = "a\rb", skip_serializing_if = "::std::option::Option::is_none")]
    pub a_b5: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "line\nbreak",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub line_break: ::std::option::Option<::std::string::String>,
    #[serde(rename = "nul\0", skip_serializing_if = "::std::option::Option::is_none")]
    pub nul: ::std::option::Option<::std::string::String>,
    #[serde(rename = "été", skip_serializing_if = "::std::option::Option::is_none")]
    pub ue9_t_ue9: ::std::option::Option<::std::string::String>,
    #[serde(rename = "日本", skip_serializing_if = "::std::option::Option::is_none")]
    pub u65e5_u672c: ::std::option::Option<::std::string::String>,
    #[serde(rename = "🐶", skip_serializing_if = "::std::option::Option::is_none")]
    pub u1f436: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub bool: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub char: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub str: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub u8: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub u16: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub u32: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub u64: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub u128: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub usize: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub i8: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub i16: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub i32: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub i64: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub i128: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub isize: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub f32: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub f64: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Option", skip_serializing_if = "::std::option::Option::is_none")]
    pub option: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Some", skip_serializing_if = "::std::option::Option::is_none")]
    pub some: ::std::option::Option<::std::string::String>,
    #[serde(rename = "None", skip_serializing_if = "::std::option::Option::is_none")]
    pub none: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Result", skip_serializing_if = "::std::option::Option::is_none")]
    pub result: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Ok", skip_serializing_if = "::std::option::Option::is_none")]
    pub ok: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Err", skip_serializing_if = "::std::option::Option::is_none")]
    pub err: ::std::option::Option<::std::string::String>,
    #[serde(rename = "String", skip_serializing_if = "::std::option::Option::is_none")]
    pub string: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Vec", skip_serializing_if = "::std::option::Option::is_none")]
    pub vec: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Box", skip_serializing_if = "::std::option::Option::is_none")]
    pub box2: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Default", skip_serializing_if = "::std::option::Option::is_none")]
    pub default2: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Clone", skip_serializing_if = "::std::option::Option::is_none")]
    pub clone: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Copy", skip_serializing_if = "::std::option::Option::is_none")]
    pub copy: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Send", skip_serializing_if = "::std::option::Option::is_none")]
    pub send: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Sync", skip_serializing_if = "::std::option::Option::is_none")]
    pub sync: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Sized", skip_serializing_if = "::std::option::Option::is_none")]
    pub sized: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Drop", skip_serializing_if = "::std::option::Option::is_none")]
    pub drop: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Fn", skip_serializing_if = "::std::option::Option::is_none")]
    pub fn2: ::std::option::Option<::std::string::String>,
    #[serde(rename = "FnMut", skip_serializing_if = "::std::option::Option::is_none")]
    pub fn_mut: ::std::option::Option<::std::string::String>,
    #[serde(rename = "FnOnce", skip_serializing_if = "::std::option::Option::is_none")]
    pub fn_once: ::std::option::Option<::std::string::String>,
    #[serde(rename = "From", skip_serializing_if = "::std::option::Option::is_none")]
    pub from: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Into", skip_serializing_if = "::std::option::Option::is_none")]
    pub into: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Iterator", skip_serializing_if = "::std::option::Option::is_none")]
    pub iterator: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "IntoIterator",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub into_iterator: ::std::option::Option<::std::string::String>,
    #[serde(rename = "ToString", skip_serializing_if = "::std::option::Option::is_none")]
    pub to_string: ::std::option::Option<::std::string::String>,
    #[serde(rename = "ToOwned", skip_serializing_if = "::std::option::Option::is_none")]
    pub to_owned: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "PartialEq",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub partial_eq: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Eq", skip_serializing_if = "::std::option::Option::is_none")]
    pub eq: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Ord", skip_serializing_if = "::std::option::Option::is_none")]
    pub ord: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "PartialOrd",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub partial_ord: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Debug", skip_serializing_if = "::std::option::Option::is_none")]
    pub debug: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Display", skip_serializing_if = "::std::option::Option::is_none")]
    pub display: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Hash", skip_serializing_if = "::std::option::Option::is_none")]
    pub hash: ::std::option::Option<::std::string::String>,
    #[serde(rename = "HashMap", skip_serializing_if = "::std::option::Option::is_none")]
    pub hash_map: ::std::option::Option<::std::string::String>,
    #[serde(rename = "BTreeMap", skip_serializing_if = "::std::option::Option::is_none")]
    pub b_tree_map: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Value", skip_serializing_if = "::std::option::Option::is_none")]
    pub value9: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Map", skip_serializing_if = "::std::option::Option::is_none")]
    pub map: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "Serialize",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub serialize: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "Deserialize",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub deserialize: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "Serializer",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub serializer: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "Deserializer",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub deserializer: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "Formatter",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub formatter: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Arc", skip_serializing_if = "::std::option::Option::is_none")]
    pub arc: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Cow", skip_serializing_if = "::std::option::Option::is_none")]
    pub cow: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Client", skip_serializing_if = "::std::option::Option::is_none")]
    pub client: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Error", skip_serializing_if = "::std::option::Option::is_none")]
    pub error: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Response", skip_serializing_if = "::std::option::Option::is_none")]
    pub response: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Request", skip_serializing_if = "::std::option::Option::is_none")]
    pub request: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Params", skip_serializing_if = "::std::option::Option::is_none")]
    pub params: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Body", skip_serializing_if = "::std::option::Option::is_none")]
    pub body: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Api", skip_serializing_if = "::std::option::Option::is_none")]
    pub api: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Router", skip_serializing_if = "::std::option::Option::is_none")]
    pub router: ::std::option::Option<::std::string::String>,
    #[serde(rename = "State", skip_serializing_if = "::std::option::Option::is_none")]
    pub state: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Json", skip_serializing_if = "::std::option::Option::is_none")]
    pub json: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Bytes", skip_serializing_if = "::std::option::Option::is_none")]
    pub bytes: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Url", skip_serializing_if = "::std::option::Option::is_none")]
    pub url: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Method", skip_serializing_if = "::std::option::Option::is_none")]
    pub method: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "StatusCode",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub status_code: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "HeaderMap",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub header_map: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Unknown", skip_serializing_if = "::std::option::Option::is_none")]
    pub unknown: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Other", skip_serializing_if = "::std::option::Option::is_none")]
    pub other: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub new: ::std::option::Option<::std::string::String>,
    #[serde(rename = "clone", skip_serializing_if = "::std::option::Option::is_none")]
    pub clone2: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub fmt: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub with_base_url: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub with_http_client: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub base_url: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub http_client: ::std::option::Option<::std::string::String>,
    #[serde(rename = "router", skip_serializing_if = "::std::option::Option::is_none")]
    pub router2: ::std::option::Option<::std::string::String>,
    #[serde(rename = "client", skip_serializing_if = "::std::option::Option::is_none")]
    pub client2: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub server: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub runtime: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub types: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub serde: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub serde_json: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub reqwest: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub axum: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub http: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub tokio: ::std::option::Option<::std::string::String>,
    #[serde(rename = "bytes", skip_serializing_if = "::std::option::Option::is_none")]
    pub bytes2: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub futures: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub std: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub core: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub alloc: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub tests: ::std::option::Option<::std::string::String>,
    #[serde(rename = "params", skip_serializing_if = "::std::option::Option::is_none")]
    pub params2: ::std::option::Option<::std::string::String>,
    #[serde(rename = "body", skip_serializing_if = "::std::option::Option::is_none")]
    pub body2: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub req: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub resp: ::std::option::Option<::std::string::String>,
    #[serde(rename = "api", skip_serializing_if = "::std::option::Option::is_none")]
    pub api2: ::std::option::Option<::std::string::String>,
    #[serde(rename = "state", skip_serializing_if = "::std::option::Option::is_none")]
    pub state2: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub headers: ::std::option::Option<::std::string::String>,
    #[serde(rename = "send", skip_serializing_if = "::std::option::Option::is_none")]
    pub send2: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub execute: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub build: ::std::option::Option<::std::string::String>,
    #[serde(rename = "into", skip_serializing_if = "::std::option::Option::is_none")]
    pub into2: ::std::option::Option<::std::string::String>,
    #[serde(rename = "from", skip_serializing_if = "::std::option::Option::is_none")]
    pub from2: ::std::option::Option<::std::string::String>,
    #[serde(rename = "drop", skip_serializing_if = "::std::option::Option::is_none")]
    pub drop2: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub status: ::std::option::Option<::std::string::String>,
    #[serde(rename = "error", skip_serializing_if = "::std::option::Option::is_none")]
    pub error2: ::std::option::Option<::std::string::String>,
    #[serde(rename = "result", skip_serializing_if = "::std::option::Option::is_none")]
    pub result2: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub main: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub additional_properties: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "deserialize",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub deserialize2: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "serialize",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub serialize2: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "to_string",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub to_string2: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub as_str: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub kinds: ::std::option::Option<EverythingKinds>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub numbers: ::std::option::Option<i64>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub mixed: ::std::option::Option<::serde_json::Value>,
}
impl Everything {
    /// A value with the required fields given and every optional one absent (set those
    /// afterwards: `value.field = Some(..)`).
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        r#as: ::std::string::String,
        r#break: ::std::string::String,
        r#const: ::std::string::String,
        r#continue: ::std::string::String,
        crate_: ::std::string::String,
        r#else: ::std::string::String,
        r#enum: ::std::string::String,
        r#extern: ::std::string::String,
        r#false: ::std::string::String,
        r#fn: ::std::string::String,
        r#for: ::std::string::String,
        r#if: ::std::string::String,
        r#impl: ::std::string::String,
        r#in: ::std::string::String,
        r#let: ::std::string::String,
        r#loop: ::std::string::String,
        r#match: ::std::string::String,
        r#mod: ::std::string::String,
        r#move: ::std::string::String,
        r#mut: ::std::string::String,
        r#pub: ::std::string::String,
        r#ref: ::std::string::String,
        r#return: ::std::string::String,
        self_: ::std::string::String,
        self_2: ::std::string::String,
        r#static: ::std::string::String,
        r#struct: ::std::string::String,
        super_: ::std::string::String,
        r#trait: ::std::string::String,
        r#true: ::std::string::String,
        r#type: ::std::string::String,
        r#unsafe: ::std::string::String,
        r#use: ::std::string::String,
        r#where: ::std::string::String,
        r#while: ::std::string::String,
        r#async: ::std::string::String,
        r#await: ::std::string::String,
        r#dyn: ::std::string::String,
    ) -> Self {
        Self {
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
            r#abstract: ::std::default::Default::default(),
            r#become: ::std::default::Default::default(),
            r#box: ::std::default::Default::default(),
            r#do: ::std::default::Default::default(),
            r#final: ::std::default::Default::default(),
            r#macro: ::std::default::Default::default(),
            r#override: ::std::default::Default::default(),
            r#priv: ::std::default::Default::default(),
            r#typeof: ::std::default::Default::default(),
            r#unsized: ::std::default::Default::default(),
            r#virtual: ::std::default::Default::default(),
            r#yield: ::std::default::Default::default(),
            r#try: ::std::default::Default::default(),
            r#gen: ::std::default::Default::default(),
            r#union: ::std::default::Default::default(),
            r#macro_rules: ::std::default::Default::default(),
            raw: ::std::default::Default::default(),
            safe: ::std::default::Default::default(),
            static2: ::std::default::Default::default(),
            auto: ::std::default::Default::default(),
            default: ::std::default::Default::default(),
            value: ::std::default::Default::default(),
            value2: ::std::default::Default::default(),
            r_type: ::std::default::Default::default(),
            r_self: ::std::default::Default::default(),
            value3: ::std::default::Default::default(),
            value4: ::std::default::Default::default(),
            value5: ::std::default::Default::default(),
            value6: ::std::default::Default::default(),
            value7: ::std::default::Default::default(),
            n0: ::std::default::Default::default(),
            n1st: ::std::default::Default::default(),
            n1: ::std::default::Default::default(),
            value8: ::std::default::Default::default(),
            a_b: ::std::default::Default::default(),
            a_b2: ::std::default::Default::default(),
            a_b3: ::std::default::Default::default(),
            a_b4: ::std::default::Default::default(),
            ab: ::std::default::Default::default(),
            ab2: ::std::default::Default::default(),
            u202e: ::std::default::Default::default(),
            a_b5: ::std::default::Default::default(),
            line_break: ::std::default::Default::default(),
            nul: ::std::default::Default::default(),
            ue9_t_ue9: ::std::default::Default::default(),
            u65e5_u672c: ::std::default::Default::default(),
            u1f436: ::std::default::Default::default(),
            bool: ::std::default::Default::default(),
            char: ::std::default::Default::default(),
            str: ::std::default::Default::default(),
            u8: ::std::default::Default::default(),
            u16: ::std::default::Default::default(),
            u32: ::std::default::Default::default(),
            u64: ::std::default::Default::default(),
            u128: ::std::default::Default::default(),
            usize: ::std::default::Default::default(),
            i8: ::std::default::Default::default(),
            i16: ::std::default::Default::default(),
            i32: ::std::default::Default::default(),
            i64: ::std::default::Default::default(),
            i128: ::std::default::Default::default(),
            isize: ::std::default::Default::default(),
            f32: ::std::default::Default::default(),
            f64: ::std::default::Default::default(),
            option: ::std::default::Default::default(),
            some: ::std::default::Default::default(),
            none: ::std::default::Default::default(),
            result: ::std::default::Default::default(),
            ok: ::std::default::Default::default(),
            err: ::std::default::Default::default(),
            string: ::std::default::Default::default(),
            vec: ::std::default::Default::default(),
            box2: ::std::default::Default::default(),
            default2: ::std::default::Default::default(),
            clone: ::std::default::Default::default(),
            copy: ::std::default::Default::default(),
            send: ::std::default::Default::default(),
            sync: ::std::default::Default::default(),
            sized: ::std::default::Default::default(),
            drop: ::std::default::Default::default(),
            fn2: ::std::default::Default::default(),
            fn_mut: ::std::default::Default::default(),
            fn_once: ::std::default::Default::default(),
            from: ::std::default::Default::default(),
            into: ::std::default::Default::default(),
            iterator: ::std::default::Default::default(),
            into_iterator: ::std::default::Default::default(),
            to_string: ::std::default::Default::default(),
            to_owned: ::std::default::Default::default(),
            partial_eq: ::std::default::Default::default(),
            eq: ::std::default::Default::default(),
            ord: ::std::default::Default::default(),
            partial_ord: ::std::default::Default::default(),
            debug: ::std::default::Default::default(),
            display: ::std::default::Default::default(),
            hash: ::std::default::Default::default(),
            hash_map: ::std::default::Default::default(),
            b_tree_map: ::std::default::Default::default(),
            value9: ::std::default::Default::default(),
            map: ::std::default::Default::default(),
            serialize: ::std::default::Default::default(),
            deserialize: ::std::default::Default::default(),
            serializer: ::std::default::Default::default(),
            deserializer: ::std::default::Default::default(),
            formatter: ::std::default::Default::default(),
            arc: ::std::default::Default::default(),
            cow: ::std::default::Default::default(),
            client: ::std::default::Default::default(),
            error: ::std::default::Default::default(),
            response: ::std::default::Default::default(),
            request: ::std::default::Default::default(),
            params: ::std::default::Default::default(),
            body: ::std::default::Default::default(),
            api: ::std::default::Default::default(),
            router: ::std::default::Default::default(),
            state: ::std::default::Default::default(),
            json: ::std::default::Default::default(),
            bytes: ::std::default::Default::default(),
            url: ::std::default::Default::default(),
            method: ::std::default::Default::default(),
            status_code: ::std::default::Default::default(),
            header_map: ::std::default::Default::default(),
            unknown: ::std::default::Default::default(),
            other: ::std::default::Default::default(),
            new: ::std::default::Default::default(),
            clone2: ::std::default::Default::default(),
            fmt: ::std::default::Default::default(),
            with_base_url: ::std::default::Default::default(),
            with_http_client: ::std::default::Default::default(),
            base_url: ::std::default::Default::default(),
            http_client: ::std::default::Default::default(),
            router2: ::std::default::Default::default(),
            client2: ::std::default::Default::default(),
            server: ::std::default::Default::default(),
            runtime: ::std::default::Default::default(),
            types: ::std::default::Default::default(),
            serde: ::std::default::Default::default(),
            serde_json: ::std::default::Default::default(),
            reqwest: ::std::default::Default::default(),
            axum: ::std::default::Default::default(),
            http: ::std::default::Default::default(),
            tokio: ::std::default::Default::default(),
            bytes2: ::std::default::Default::default(),
            futures: ::std::default::Default::default(),
            std: ::std::default::Default::default(),
            core: ::std::default::Default::default(),
            alloc: ::std::default::Default::default(),
            tests: ::std::default::Default::default(),
            params2: ::std::default::Default::default(),
            body2: ::std::default::Default::default(),
            req: ::std::default::Default::default(),
            resp: ::std::default::Default::default(),
            api2: ::std::default::Default::default(),
            state2: ::std::default::Default::default(),
            headers: ::std::default::Default::default(),
            send2: ::std::default::Default::default(),
            execute: ::std::default::Default::default(),
            build: ::std::default::Default::default(),
            into2: ::std::default::Default::default(),
            from2: ::std::default::Default::default(),
            drop2: ::std::default::Default::default(),
            status: ::std::default::Default::default(),
            error2: ::std::default::Default::default(),
            result2: ::std::default::Default::default(),
            main: ::std::default::Default::default(),
            additional_properties: ::std::default::Default::default(),
            deserialize2: ::std::default::Default::default(),
            serialize2: ::std::default::Default::default(),
            to_string2: ::std::default::Default::default(),
            as_str: ::std::default::Default::default(),
            kinds: ::std::default::Default::default(),
            numbers: ::std::default::Default::default(),
            mixed: ::std::default::Default::default(),
        }
    }
}
impl<'de> ::serde::Deserialize<'de> for Everything {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        d: D,
    ) -> ::std::result::Result<Self, D::Error> {
        let mut m = <super::runtime::Fields as ::serde::Deserialize>::deserialize(d)?;
        let mut read = || -> ::std::result::Result<Self, ::std::string::String> {
            Ok(Self {
                r#as: m.required("as")?,
                r#break: m.required("break")?,
                r#const: m.required("const")?,
                r#continue: m.required("continue")?,
                crate_: m.required("crate")?,
                r#else: m.required("else")?,
                r#enum: m.required("enum")?,
                r#extern: m.required("extern")?,
                r#false: m.required("false")?,
                r#fn: m.required("fn")?,
                r#for: m.required("for")?,
                r#if: m.required("if")?,
                r#impl: m.required("impl")?,
                r#in: m.required("in")?,
                r#let: m.required("let")?,
                r#loop: m.required("loop")?,
                r#match: m.required("match")?,
                r#mod: m.required("mod")?,
                r#move: m.required("move")?,
                r#mut: m.required("mut")?,
                r#pub: m.required("pub")?,
                r#ref: m.required("ref")?,
                r#return: m.required("return")?,
                self_: m.required("self")?,
                self_2: m.required("Self")?,
                r#static: m.required("static")?,
                r#struct: m.required("struct")?,
                super_: m.required("super")?,
                r#trait: m.required("trait")?,
                r#true: m.required("true")?,
                r#type: m.required("type")?,
                r#unsafe: m.required("unsafe")?,
                r#use: m.required("use")?,
                r#where: m.required("where")?,
                r#while: m.required("while")?,
                r#async: m.required("async")?,
                r#await: m.required("await")?,
                r#dyn: m.required("dyn")?,
                r#abstract: m.optional("abstract")?,
                r#become: m.optional("become")?,
                r#box: m.optional("box")?,
                r#do: m.optional("do")?,
                r#final: m.optional("final")?,
                r#macro: m.optional("macro")?,
                r#override: m.optional("override")?,
                r#priv: m.optional("priv")?,
                r#typeof: m.optional("typeof")?,
                r#unsized: m.optional("unsized")?,
                r#virtual: m.optional("virtual")?,
                r#yield: m.optional("yield")?,
                r#try: m.optional("try")?,
                r#gen: m.optional("gen")?,
                r#union: m.optional("union")?,
                r#macro_rules: m.optional("macro_rules")?,
                raw: m.optional("raw")?,
                safe: m.optional("safe")?,
                static2: m.optional("'static")?,
                auto: m.optional("auto")?,
                default: m.optional("default")?,
                value: m.optional("_")?,
                value2: m.optional("__")?,
                r_type: m.optional("r#type")?,
                r_self: m.optional("r#self")?,
                value3: m.optional("")?,
                value4: m.optional(" ")?,
                value5: m.optional("*/")?,
                value6: m.optional("\"#")?,
                value7: m.optional("##")?,
                n0: m.optional("0")?,
                n1st: m.optional("1st")?,
                n1: m.optional("-1")?,
                value8: m.optional("+")?,
                a_b: m.optional("a-b")?,
                a_b2: m.optional("A_B")?,
                a_b3: m.optional("a_b")?,
                a_b4: m.optional("aB")?,
                ab: m.optional("AB")?,
                ab2: m.optional("ab")?,
                u202e: m.optional("\u{202e}")?,
                a_b5: m.optional("a\rb")?,
                line_break: m.optional("line\nbreak")?,
                nul: m.optional("nul\0")?,
                ue9_t_ue9: m.optional("été")?,
                u65e5_u672c: m.optional("日本")?,
                u1f436: m.optional("🐶")?,
                bool: m.optional("bool")?,
                char: m.optional("char")?,
                str: m.optional("str")?,
                u8: m.optional("u8")?,
                u16: m.optional("u16")?,
                u32: m.optional("u32")?,
                u64: m.optional("u64")?,
                u128: m.optional("u128")?,
                usize: m.optional("usize")?,
                i8: m.optional("i8")?,
                i16: m.optional("i16")?,
                i32: m.optional("i32")?,
                i64: m.optional("i64")?,
                i128: m.optional("i128")?,
                isize: m.optional("isize")?,
                f32: m.optional("f32")?,
                f64: m.optional("f64")?,
                option: m.optional("Option")?,
                some: m.optional("Some")?,
                none: m.optional("None")?,
                result: m.optional("Result")?,
                ok: m.optional("Ok")?,
                err: m.optional("Err")?,
                string: m.optional("String")?,
                vec: m.optional("Vec")?,
                box2: m.optional("Box")?,
                default2: m.optional("Default")?,
                clone: m.optional("Clone")?,
                copy: m.optional("Copy")?,
                send: m.optional("Send")?,
                sync: m.optional("Sync")?,
                sized: m.optional("Sized")?,
                drop: m.optional("Drop")?,
                fn2: m.optional("Fn")?,
                fn_mut: m.optional("FnMut")?,
                fn_once: m.optional("FnOnce")?,
                from: m.optional("From")?,
                into: m.optional("Into")?,
                iterator: m.optional("Iterator")?,
                into_iterator: m.optional("IntoIterator")?,
                to_string: m.optional("ToString")?,
                to_owned: m.optional("ToOwned")?,
                partial_eq: m.optional("PartialEq")?,
                eq: m.optional("Eq")?,
                ord: m.optional("Ord")?,
                partial_ord: m.optional("PartialOrd")?,
                debug: m.optional("Debug")?,
                display: m.optional("Display")?,
                hash: m.optional("Hash")?,
                hash_map: m.optional("HashMap")?,
                b_tree_map: m.optional("BTreeMap")?,
                value9: m.optional("Value")?,
                map: m.optional("Map")?,
                serialize: m.optional("Serialize")?,
                deserialize: m.optional("Deserialize")?,
                serializer: m.optional("Serializer")?,
                deserializer: m.optional("Deserializer")?,
                formatter: m.optional("Formatter")?,
                arc: m.optional("Arc")?,
                cow: m.optional("Cow")?,
                client: m.optional("Client")?,
                error: m.optional("Error")?,
                response: m.optional("Response")?,
                request: m.optional("Request")?,
                params: m.optional("Params")?,
                body: m.optional("Body")?,
                api: m.optional("Api")?,
                router: m.optional("Router")?,
                state: m.optional("State")?,
                json: m.optional("Json")?,
                bytes: m.optional("Bytes")?,
                url: m.optional("Url")?,
                method: m.optional("Method")?,
                status_code: m.optional("StatusCode")?,
                header_map: m.optional("HeaderMap")?,
                unknown: m.optional("Unknown")?,
                other: m.optional("Other")?,
                new: m.optional("new")?,
                clone2: m.optional("clone")?,
                fmt: m.optional("fmt")?,
                with_base_url: m.optional("with_base_url")?,
                with_http_client: m.optional("with_http_client")?,
                base_url: m.optional("base_url")?,
                http_client: m.optional("http_client")?,
                router2: m.optional("router")?,
                client2: m.optional("client")?,
                server: m.optional("server")?,
                runtime: m.optional("runtime")?,
                types: m.optional("types")?,
                serde: m.optional("serde")?,
                serde_json: m.optional("serde_json")?,
                reqwest: m.optional("reqwest")?,
                axum: m.optional("axum")?,
                http: m.optional("http")?,
                tokio: m.optional("tokio")?,
                bytes2: m.optional("bytes")?,
                futures: m.optional("futures")?,
                std: m.optional("std")?,
                core: m.optional("core")?,
                alloc: m.optional("alloc")?,
                tests: m.optional("tests")?,
                params2: m.optional("params")?,
                body2: m.optional("body")?,
                req: m.optional("req")?,
                resp: m.optional("resp")?,
                api2: m.optional("api")?,
                state2: m.optional("state")?,
                headers: m.optional("headers")?,
                send2: m.optional("send")?,
                execute: m.optional("execute")?,
                build: m.optional("build")?,
                into2: m.optional("into")?,
                from2: m.optional("from")?,
                drop2: m.optional("drop")?,
                status: m.optional("status")?,
                error2: m.optional("error")?,
                result2: m.optional("result")?,
                main: m.optional("main")?,
                additional_properties: m.optional("additional_properties")?,
                deserialize2: m.optional("deserialize")?,
                serialize2: m.optional("serialize")?,
                to_string2: m.optional("to_string")?,
                as_str: m.optional("as_str")?,
                kinds: m.optional("kinds")?,
                numbers: m.optional("numbers")?,
                mixed: m.optional("mixed")?,
            })
        };
        read().map_err(<D::Error as ::serde::de::Error>::custom)
    }
}
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum EverythingKinds {
    ///as
    As,
    ///break
    Break,
    ///const
    Const,
    ///continue
    Continue,
    ///crate
    Crate,
    ///else
    Else,
    ///enum
    Enum,
    ///extern
    Extern,
    ///false
    False,
    ///fn
    Fn,
    ///for
    For,
    ///if
    If,
    ///impl
    Impl,
    ///in
    In,
    ///let
    Let,
    ///loop
    Loop,
    ///match
    Match,
    ///mod
    Mod,
    ///move
    Move,
    ///mut
    Mut,
    ///pub
    Pub,
    ///ref
    Ref,
    ///return
    Return,
    ///self
    Self_,
    ///Self
    Self_2,
    ///static
    Static,
    ///struct
    Struct,
    ///super
    Super,
    ///trait
    Trait,
    ///true
    True,
    ///type
    Type,
    ///unsafe
    Unsafe,
    ///use
    Use,
    ///where
    Where,
    ///while
    While,
    ///async
    Async,
    ///await
    Await,
    ///dyn
    Dyn,
    ///abstract
    Abstract,
    ///become
    Become,
    ///box
    Box,
    ///do
    Do,
    ///final
    Final,
    ///macro
    Macro,
    ///override
    Override,
    ///priv
    Priv,
    ///typeof
    Typeof,
    ///unsized
    Unsized,
    ///virtual
    Virtual,
    ///yield
    Yield,
    ///try
    Try,
    ///gen
    Gen,
    ///union
    Union,
    ///macro_rules
    MacroRules,
    ///raw
    Raw,
    ///safe
    Safe,
    ///'static
    Static2,
    ///auto
    Auto,
    ///default
    Default,
    ///_
    Empty,
    ///__
    Empty2,
    ///r#type
    RType,
    ///r#self
    RSelf,
    ///
    Empty3,
    ///
    Empty4,
    ///*/
    Empty5,
    ///"#
    Empty6,
    ///##
    Empty7,
    ///0
    N0,
    ///1st
    N1st,
    ///-1
    N1,
    ///+
    Empty8,
    ///a-b
    AB,
    ///A_B
    AB2,
    ///a_b
    AB3,
    ///aB
    AB4,
    ///AB
    Ab5,
    ///ab
    Ab6,
    ///\u{202e}
    U202e,
    ///a\u{d}b
    AB7,
    /**line
break*/
    LineBreak,
    ///nul\u{0}
    Nul,
    ///été
    Ue9TUe9,
    ///日本
    U65e5U672c,
    ///🐶
    U1f436,
    ///bool
    Bool,
    ///char
    Char,
    ///str
    Str,
    ///u8
    U8,
    ///u16
    U16,
    ///u32
    U32,
    ///u64
    U64,
    ///u128
    U128,
    ///usize
    Usize,
    ///i8
    I8,
    ///i16
    I16,
    ///i32
    I32,
    ///i64
    I64,
    ///i128
    I128,
    ///isize
    Isize,
    ///f32
    F32,
    ///f64
    F64,
    ///Option
    Option,
    ///Some
    Some,
    ///None
    None,
    ///Result
    Result,
    ///Ok
    Ok,
    ///Err
    Err,
    ///String
    String,
    ///Vec
    Vec,
    ///Box
    Box2,
    ///Default
    Default2,
    ///Clone
    Clone,
    ///Copy
    Copy,
    ///Send
    Send,
    ///Sync
    Sync,
    ///Sized
    Sized,
    ///Drop
    Drop,
    ///Fn
    Fn2,
    ///FnMut
    FnMut,
    ///FnOnce
    FnOnce,
    ///From
    From,
    ///Into
    Into,
    ///Iterator
    Iterator,
    ///IntoIterator
    IntoIterator,
    ///ToString
    ToString,
    ///ToOwned
    ToOwned,
    ///PartialEq
    PartialEq,
    ///Eq
    Eq,
    ///Ord
    Ord,
    ///PartialOrd
    PartialOrd,
    ///Debug
    Debug,
    ///Display
    Display,
    ///Hash
    Hash,
    ///HashMap
    HashMap,
    ///BTreeMap
    BTreeMap,
    ///Value
    Value,
    ///Map
    Map,
    ///Serialize
    Serialize,
    ///Deserialize
    Deserialize,
    ///Serializer
    Serializer,
    ///Deserializer
    Deserializer,
    ///Formatter
    Formatter,
    ///Arc
    Arc,
    ///Cow
    Cow,
    ///Client
    Client,
    ///Error
    Error,
    ///Response
    Response,
    ///Request
    Request,
    ///Params
    Params,
    ///Body
    Body,
    ///Api
    Api,
    ///Router
    Router,
    ///State
    State,
    ///Json
    Json,
    ///Bytes
    Bytes,
    ///Url
    Url,
    ///Method
    Method,
    ///StatusCode
    StatusCode,
    ///HeaderMap
    HeaderMap,
    ///Unknown
    Unknown,
    ///Other
    Other,
    ///new
    New,
    ///clone
    Clone2,
    ///fmt
    Fmt,
    ///with_base_url
    WithBaseUrl,
    ///with_http_client
    WithHttpClient,
    ///base_url
    BaseUrl,
    ///http_client
    HttpClient,
    ///router
    Router2,
    ///client
    Client2,
    ///server
    Server,
    ///runtime
    Runtime,
    ///types
    Types,
    ///serde
    Serde,
    ///serde_json
    SerdeJson,
    ///reqwest
    Reqwest,
    ///axum
    Axum,
    ///http
    Http,
    ///tokio
    Tokio,
    ///bytes
    Bytes2,
    ///futures
    Futures,
    ///std
    Std,
    ///core
    Core,
    ///alloc
    Alloc,
    ///tests
    Tests,
    ///params
    Params2,
    ///body
    Body2,
    ///req
    Req,
    ///resp
    Resp,
    ///api
    Api2,
    ///state
    State2,
    ///headers
    Headers,
    ///send
    Send2,
    ///execute
    Execute,
    ///build
    Build,
    ///into
    Into2,
    ///from
    From2,
    ///drop
    Drop2,
    ///status
    Status,
    ///error
    Error2,
    ///result
    Result2,
    ///main
    Main,
    ///additional_properties
    AdditionalProperties,
    ///deserialize
    Deserialize2,
    ///serialize
    Serialize2,
    ///to_string
    ToString2,
    ///as_str
    AsStr,
    /// A value this version of the API description does not list.
    Unknown2(::std::string::String),
}
impl EverythingKinds {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::As => "as",
            Self::Break => "break",
            Self::Const => "const",
            Self::Continue => "continue",
            Self::Crate => "crate",
            Self::Else => "else",
            Self::Enum => "enum",
            Self::Extern => "extern",
            Self::False => "false",
            Self::Fn => "fn",
            Self::For => "for",
            Self::If => "if",
            Self::Impl => "impl",
            Self::In => "in",
            Self::Let => "let",
            Self::Loop => "loop",
            Self::Match => "match",
            Self::Mod => "mod",
            Self::Move => "move",
            Self::Mut => "mut",
            Self::Pub => "pub",
            Self::Ref => "ref",
            Self::Return => "return",
            Self::Self_ => "self",
            Self::Self_2 => "Self",
            Self::Static => "static",
            Self::Struct => "struct",
            Self::Super => "super",
            Self::Trait => "trait",
            Self::True => "true",
            Self::Type => "type",
            Self::Unsafe => "unsafe",
            Self::Use => "use",
            Self::Where => "where",
            Self::While => "while",
            Self::Async => "async",
            Self::Await => "await",
            Self::Dyn => "dyn",
            Self::Abstract => "abstract",
            Self::Become => "become",
            Self::Box => "box",
            Self::Do => "do",
            Self::Final => "final",
            Self::Macro => "macro",
            Self::Override => "override",
            Self::Priv => "priv",
            Self::Typeof => "typeof",
            Self::Unsized => "unsized",
            Self::Virtual => "virtual",
            Self::Yield => "yield",
            Self::Try => "try",
            Self::Gen => "gen",
            Self::Union => "union",
            Self::MacroRules => "macro_rules",
            Self::Raw => "raw",
            Self::Safe => "safe",
            Self::Static2 => "'static",
            Self::Auto => "auto",
            Self::Default => "default",
            Self::Empty => "_",
            Self::Empty2 => "__",
            Self::RType => "r#type",
            Self::RSelf => "r#self",
            Self::Empty3 => "",
            Self::Empty4 => " ",
            Self::Empty5 => "*/",
            Self::Empty6 => "\"#",
            Self::Empty7 => "##",
            Self::N0 => "0",
            Self::N1st => "1st",
            Self::N1 => "-1",
            Self::Empty8 => "+",
            Self::AB => "a-b",
            Self::AB2 => "A_B",
            Self::AB3 => "a_b",
            Self::AB4 => "aB",
            Self::Ab5 => "AB",
            Self::Ab6 => "ab",
            Self::U202e => "\u{202e}",
            Self::AB7 => "a\rb",
            Self::LineBreak => "line\nbreak",
            Self::Nul => "nul\0",
            Self::Ue9TUe9 => "été",
            Self::U65e5U672c => "日本",
            Self::U1f436 => "🐶",
            Self::Bool => "bool",
            Self::Char => "char",
            Self::Str => "str",
            Self::U8 => "u8",
            Self::U16 => "u16",
            Self::U32 => "u32",
            Self::U64 => "u64",
            Self::U128 => "u128",
            Self::Usize => "usize",
            Self::I8 => "i8",
            Self::I16 => "i16",
            Self::I32 => "i32",
            Self::I64 => "i64",
            Self::I128 => "i128",
            Self::Isize => "isize",
            Self::F32 => "f32",
            Self::F64 => "f64",
            Self::Option => "Option",
            Self::Some => "Some",
            Self::None => "None",
            Self::Result => "Result",
            Self::Ok => "Ok",
            Self::Err => "Err",
            Self::String => "String",
            Self::Vec => "Vec",
            Self::Box2 => "Box",
            Self::Default2 => "Default",
            Self::Clone => "Clone",
            Self::Copy => "Copy",
            Self::Send => "Send",
            Self::Sync => "Sync",
            Self::Sized => "Sized",
            Self::Drop => "Drop",
            Self::Fn2 => "Fn",
            Self::FnMut => "FnMut",
            Self::FnOnce => "FnOnce",
            Self::From => "From",
            Self::Into => "Into",
            Self::Iterator => "Iterator",
            Self::IntoIterator => "IntoIterator",
            Self::ToString => "ToString",
            Self::ToOwned => "ToOwned",
            Self::PartialEq => "PartialEq",
            Self::Eq => "Eq",
            Self::Ord => "Ord",
            Self::PartialOrd => "PartialOrd",
            Self::Debug => "Debug",
            Self::Display => "Display",
            Self::Hash => "Hash",
            Self::HashMap => "HashMap",
            Self::BTreeMap => "BTreeMap",
            Self::Value => "Value",
            Self::Map => "Map",
            Self::Serialize => "Serialize",
            Self::Deserialize => "Deserialize",
            Self::Serializer => "Serializer",
            Self::Deserializer => "Deserializer",
            Self::Formatter => "Formatter",
            Self::Arc => "Arc",
            Self::Cow => "Cow",
            Self::Client => "Client",
            Self::Error => "Error",
            Self::Response => "Response",
            Self::Request => "Request",
            Self::Params => "Params",
            Self::Body => "Body",
            Self::Api => "Api",
            Self::Router => "Router",
            Self::State => "State",
            Self::Json => "Json",
            Self::Bytes => "Bytes",
            Self::Url => "Url",
            Self::Method => "Method",
            Self::StatusCode => "StatusCode",
            Self::HeaderMap => "HeaderMap",
            Self::Unknown => "Unknown",
            Self::Other => "Other",
            Self::New => "new",
            Self::Clone2 => "clone",
            Self::Fmt => "fmt",
            Self::WithBaseUrl => "with_base_url",
            Self::WithHttpClient => "with_http_client",
            Self::BaseUrl => "base_url",
            Self::HttpClient => "http_client",
            Self::Router2 => "router",
            Self::Client2 => "client",
            Self::Server => "server",
            Self::Runtime => "runtime",
            Self::Types => "types",
            Self::Serde => "serde",
            Self::SerdeJson => "serde_json",
            Self::Reqwest => "reqwest",
            Self::Axum => "axum",
            Self::Http => "http",
            Self::Tokio => "tokio",
            Self::Bytes2 => "bytes",
            Self::Futures => "futures",
            Self::Std => "std",
            Self::Core => "core",
            Self::Alloc => "alloc",
            Self::Tests => "tests",
            Self::Params2 => "params",
            Self::Body2 => "body",
            Self::Req => "req",
            Self::Resp => "resp",
            Self::Api2 => "api",
            Self::State2 => "state",
            Self::Headers => "headers",
            Self::Send2 => "send",
            Self::Execute => "execute",
            Self::Build => "build",
            Self::Into2 => "into",
            Self::From2 => "from",
            Self::Drop2 => "drop",
            Self::Status => "status",
            Self::Error2 => "error",
            Self::Result2 => "result",
            Self::Main => "main",
            Self::AdditionalProperties => "additional_properties",
            Self::Deserialize2 => "deserialize",
            Self::Serialize2 => "serialize",
            Self::ToString2 => "to_string",
            Self::AsStr => "as_str",
            Self::Unknown2(s) => s.as_str(),
        }
    }
}
impl ::std::convert::From<&str> for EverythingKinds {
    fn from(s: &str) -> Self {
        match s {
            "as" => Self::As,
            "break" => Self::Break,
            "const" => Self::Const,
            "continue" => Self::Continue,
            "crate" => Self::Crate,
            "else" => Self::Else,
            "enum" => Self::Enum,
            "extern" => Self::Extern,
            "false" => Self::False,
            "fn" => Self::Fn,
            "for" => Self::For,
            "if" => Self::If,
            "impl" => Self::Impl,
            "in" => Self::In,
            "let" => Self::Let,
            "loop" => Self::Loop,
            "match" => Self::Match,
            "mod" => Self::Mod,
            "move" => Self::Move,
            "mut" => Self::Mut,
            "pub" => Self::Pub,
            "ref" => Self::Ref,
            "return" => Self::Return,
            "self" => Self::Self_,
            "Self" => Self::Self_2,
            "static" => Self::Static,
            "struct" => Self::Struct,
            "super" => Self::Super,
            "trait" => Self::Trait,
            "true" => Self::True,
            "type" => Self::Type,
            "unsafe" => Self::Unsafe,
            "use" => Self::Use,
            "where" => Self::Where,
            "while" => Self::While,
            "async" => Self::Async,
            "await" => Self::Await,
            "dyn" => Self::Dyn,
            "abstract" => Self::Abstract,
            "become" => Self::Become,
            "box" => Self::Box,
            "do" => Self::Do,
            "final" => Self::Final,
            "macro" => Self::Macro,
            "override" => Self::Override,
            "priv" => Self::Priv,
            "typeof" => Self::Typeof,
            "unsized" => Self::Unsized,
            "virtual" => Self::Virtual,
            "yield" => Self::Yield,
            "try" => Self::Try,
            "gen" => Self::Gen,
            "union" => Self::Union,
            "macro_rules" => Self::MacroRules,
            "raw" => Self::Raw,
            "safe" => Self::Safe,
            "'static" => Self::Static2,
            "auto" => Self::Auto,
            "default" => Self::Default,
            "_" => Self::Empty,
            "__" => Self::Empty2,
            "r#type" => Self::RType,
            "r#self" => Self::RSelf,
            "" => Self::Empty3,
            " " => Self::Empty4,
            "*/" => Self::Empty5,
            "\"#" => Self::Empty6,
            "##" => Self::Empty7,
            "0" => Self::N0,
            "1st" => Self::N1st,
            "-1" => Self::N1,
            "+" => Self::Empty8,
            "a-b" => Self::AB,
            "A_B" => Self::AB2,
            "a_b" => Self::AB3,
            "aB" => Self::AB4,
            "AB" => Self::Ab5,
            "ab" => Self::Ab6,
            "\u{202e}" => Self::U202e,
            "a\rb" => Self::AB7,
            "line\nbreak" => Self::LineBreak,
            "nul\0" => Self::Nul,
            "été" => Self::Ue9TUe9,
            "日本" => Self::U65e5U672c,
            "🐶" => Self::U1f436,
            "bool" => Self::Bool,
            "char" => Self::Char,
            "str" => Self::Str,
            "u8" => Self::U8,
            "u16" => Self::U16,
            "u32" => Self::U32,
            "u64" => Self::U64,
            "u128" => Self::U128,
            "usize" => Self::Usize,
            "i8" => Self::I8,
            "i16" => Self::I16,
            "i32" => Self::I32,
            "i64" => Self::I64,
            "i128" => Self::I128,
            "isize" => Self::Isize,
            "f32" => Self::F32,
            "f64" => Self::F64,
            "Option" => Self::Option,
            "Some" => Self::Some,
            "None" => Self::None,
            "Result" => Self::Result,
            "Ok" => Self::Ok,
            "Err" => Self::Err,
            "String" => Self::String,
            "Vec" => Self::Vec,
            "Box" => Self::Box2,
            "Default" => Self::Default2,
            "Clone" => Self::Clone,
            "Copy" => Self::Copy,
            "Send" => Self::Send,
            "Sync" => Self::Sync,
            "Sized" => Self::Sized,
            "Drop" => Self::Drop,
            "Fn" => Self::Fn2,
            "FnMut" => Self::FnMut,
            "FnOnce" => Self::FnOnce,
            "From" => Self::From,
            "Into" => Self::Into,
            "Iterator" => Self::Iterator,
            "IntoIterator" => Self::IntoIterator,
            "ToString" => Self::ToString,
            "ToOwned" => Self::ToOwned,
            "PartialEq" => Self::PartialEq,
            "Eq" => Self::Eq,
            "Ord" => Self::Ord,
            "PartialOrd" => Self::PartialOrd,
            "Debug" => Self::Debug,
            "Display" => Self::Display,
            "Hash" => Self::Hash,
            "HashMap" => Self::HashMap,
            "BTreeMap" => Self::BTreeMap,
            "Value" => Self::Value,
            "Map" => Self::Map,
            "Serialize" => Self::Serialize,
            "Deserialize" => Self::Deserialize,
            "Serializer" => Self::Serializer,
            "Deserializer" => Self::Deserializer,
            "Formatter" => Self::Formatter,
            "Arc" => Self::Arc,
            "Cow" => Self::Cow,
            "Client" => Self::Client,
            "Error" => Self::Error,
            "Response" => Self::Response,
            "Request" => Self::Request,
            "Params" => Self::Params,
            "Body" => Self::Body,
            "Api" => Self::Api,
            "Router" => Self::Router,
            "State" => Self::State,
            "Json" => Self::Json,
            "Bytes" => Self::Bytes,
            "Url" => Self::Url,
            "Method" => Self::Method,
            "StatusCode" => Self::StatusCode,
            "HeaderMap" => Self::HeaderMap,
            "Unknown" => Self::Unknown,
            "Other" => Self::Other,
            "new" => Self::New,
            "clone" => Self::Clone2,
            "fmt" => Self::Fmt,
            "with_base_url" => Self::WithBaseUrl,
            "with_http_client" => Self::WithHttpClient,
            "base_url" => Self::BaseUrl,
            "http_client" => Self::HttpClient,
            "router" => Self::Router2,
            "client" => Self::Client2,
            "server" => Self::Server,
            "runtime" => Self::Runtime,
            "types" => Self::Types,
            "serde" => Self::Serde,
            "serde_json" => Self::SerdeJson,
            "reqwest" => Self::Reqwest,
            "axum" => Self::Axum,
            "http" => Self::Http,
            "tokio" => Self::Tokio,
            "bytes" => Self::Bytes2,
            "futures" => Self::Futures,
            "std" => Self::Std,
            "core" => Self::Core,
            "alloc" => Self::Alloc,
            "tests" => Self::Tests,
            "params" => Self::Params2,
            "body" => Self::Body2,
            "req" => Self::Req,
            "resp" => Self::Resp,
            "api" => Self::Api2,
            "state" => Self::State2,
            "headers" => Self::Headers,
            "send" => Self::Send2,
            "execute" => Self::Execute,
            "build" => Self::Build,
            "into" => Self::Into2,
            "from" => Self::From2,
            "drop" => Self::Drop2,
            "status" => Self::Status,
            "error" => Self::Error2,
            "result" => Self::Result2,
            "main" => Self::Main,
            "additional_properties" => Self::AdditionalProperties,
            "deserialize" => Self::Deserialize2,
            "serialize" => Self::Serialize2,
            "to_string" => Self::ToString2,
            "as_str" => Self::AsStr,
            other => Self::Unknown2(::std::string::ToString::to_string(other)),
        }
    }
}
impl ::std::fmt::Display for EverythingKinds {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::serde::Serialize for EverythingKinds {
    fn serialize<S: ::serde::Serializer>(
        &self,
        s: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for EverythingKinds {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        d: D,
    ) -> ::std::result::Result<Self, D::Error> {
        let s = <::std::string::String as ::serde::Deserialize>::deserialize(d)?;
        Ok(Self::from(s.as_str()))
    }
}
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct VariantSelf0 {
    pub kind: ::std::string::String,
    #[serde(rename = "self", skip_serializing_if = "::std::option::Option::is_none")]
    pub self_: ::std::option::Option<::std::string::String>,
}
impl VariantSelf0 {
    /// A value with the required fields given and every optional one absent (set those
    /// afterwards: `value.field = Some(..)`).
    #[allow(clippy::too_many_arguments)]
    pub fn new(kind: ::std::string::String) -> Self {
        Self {
            kind,
            self_: ::std::default::Default::default(),
        }
    }
}
impl<'de> ::serde::Deserialize<'de> for VariantSelf0 {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        d: D,
    ) -> ::std::result::Result<Self, D::Error> {
        let mut m = <super::runtime::Fields as ::serde::Deserialize>::deserialize(d)?;
        let mut read = || -> ::std::result::Result<Self, ::std::string::String> {
            Ok(Self {
                kind: m.required("kind")?,
                self_: m.optional("self")?,
            })
        };
        read().map_err(<D::Error as ::serde::de::Error>::custom)
    }
}
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct VariantSelf1 {
    pub kind: ::std::string::String,
    #[serde(rename = "Self", skip_serializing_if = "::std::option::Option::is_none")]
    pub self_: ::std::option::Option<::std::string::String>,
}
impl VariantSelf1 {
    /// A value with the required fields given and every optional one absent (set those
    /// afterwards: `value.field = Some(..)`).
    #[allow(clippy::too_many_arguments)]
    pub fn new(kind: ::std::string::String) -> Self {
        Self {
            kind,
            self_: ::std::default::Default::default(),
        }
    }
}
impl<'de> ::serde::Deserialize<'de> for VariantSelf1 {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        d: D,
    ) -> ::std::result::Result<Self, D::Error> {
        let mut m = <super::runtime::Fields as ::serde::Deserialize>::deserialize(d)?;
        let mut read = || -> ::std::result::Result<Self, ::std::string::String> {
            Ok(Self {
                kind: m.required("kind")?,
                self_: m.optional("Self")?,
            })
        };
        read().map_err(<D::Error as ::serde::de::Error>::custom)
    }
}
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct VariantType2 {
    pub kind: ::std::string::String,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub r#type: ::std::option::Option<::std::string::String>,
}
impl VariantType2 {
    /// A value with the required fields given and every optional one absent (set those
    /// afterwards: `value.field = Some(..)`).
    #[allow(clippy::too_many_arguments)]
    pub fn new(kind: ::std::string::String) -> Self {
        Self {
            kind,
            r#type: ::std::default::Default::default(),
        }
    }
}
impl<'de> ::serde::Deserialize<'de> for VariantType2 {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        d: D,
    ) -> ::std::result::Result<Self, D::Error> {
        let mut m = <super::runtime::Fields as ::serde::Deserialize>::deserialize(d)?;
        let mut read = || -> ::std::result::Result<Self, ::std::string::String> {
            Ok(Self {
                kind: m.required("kind")?,
                r#type: m.optional("type")?,
            })
        };
        read().map_err(<D::Error as ::serde::de::Error>::custom)
    }
}
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct VariantCrate3 {
    pub kind: ::std::string::String,
    #[serde(rename = "crate", skip_serializing_if = "::std::option::Option::is_none")]
    pub crate_: ::std::option::Option<::std::string::String>,
}
impl VariantCrate3 {
    /// A value with the required fields given and every optional one absent (set those
    /// afterwards: `value.field = Some(..)`).
    #[allow(clippy::too_many_arguments)]
    pub fn new(kind: ::std::string::String) -> Self {
        Self {
            kind,
            crate_: ::std::default::Default::default(),
        }
    }
}
impl<'de> ::serde::Deserialize<'de> for VariantCrate3 {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        d: D,
    ) -> ::std::result::Result<Self, D::Error> {
        let mut m = <super::runtime::Fields as ::serde::Deserialize>::deserialize(d)?;
        let mut read = || -> ::std::result::Result<Self, ::std::string::String> {
            Ok(Self {
                kind: m.required("kind")?,
                crate_: m.optional("crate")?,
            })
        };
        read().map_err(<D::Error as ::serde::de::Error>::custom)
    }
}
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct VariantMatch4 {
    pub kind: ::std::string::String,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub r#match: ::std::option::Option<::std::string::String>,
}
impl VariantMatch4 {
    /// A value with the required fields given and every optional one absent (set those
    /// afterwards: `value.field = Some(..)`).
    #[allow(clippy::too_many_arguments)]
    pub fn new(kind: ::std::string::String) -> Self {
        Self {
            kind,
            r#match: ::std::default::Default::default(),
        }
    }
}
impl<'de> ::serde::Deserialize<'de> for VariantMatch4 {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        d: D,
    ) -> ::std::result::Result<Self, D::Error> {
        let mut m = <super::runtime::Fields as ::serde::Deserialize>::deserialize(d)?;
        let mut read = || -> ::std::result::Result<Self, ::std::string::String> {
            Ok(Self {
                kind: m.required("kind")?,
                r#match: m.optional("match")?,
            })
        };
        read().map_err(<D::Error as ::serde::de::Error>::custom)
    }
}
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct VariantOption5 {
    pub kind: ::std::string::String,
    #[serde(rename = "Option", skip_serializing_if = "::std::option::Option::is_none")]
    pub option: ::std::option::Option<::std::string::String>,
}
impl VariantOption5 {
    /// A value with the required fields given and every optional one absent (set those
    /// afterwards: `value.field = Some(..)`).
    #[allow(clippy::too_many_arguments)]
    pub fn new(kind: ::std::string::String) -> Self {
        Self {
            kind,
            option: ::std::default::Default::default(),
        }
    }
}
impl<'de> ::serde::Deserialize<'de> for VariantOption5 {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        d: D,
    ) -> ::std::result::Result<Self, D::Error> {
        let mut m = <super::runtime::Fields as ::serde::Deserialize>::deserialize(d)?;
        let mut read = || -> ::std::result::Result<Self, ::std::string::String> {
            Ok(Self {
                kind: m.required("kind")?,
                option: m.optional("Option")?,
            })
        };
        read().map_err(<D::Error as ::serde::de::Error>::custom)
    }
}
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct VariantEmpty6 {
    pub kind: ::std::string::String,
    #[serde(rename = "_", skip_serializing_if = "::std::option::Option::is_none")]
    pub value: ::std::option::Option<::std::string::String>,
}
impl VariantEmpty6 {
    /// A value with the required fields given and every optional one absent (set those
    /// afterwards: `value.field = Some(..)`).
    #[allow(clippy::too_many_arguments)]
    pub fn new(kind: ::std::string::String) -> Self {
        Self {
            kind,
            value: ::std::default::Default::default(),
        }
    }
}
impl<'de> ::serde::Deserialize<'de> for VariantEmpty6 {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        d: D,
    ) -> ::std::result::Result<Self, D::Error> {
        let mut m = <super::runtime::Fields as ::serde::Deserialize>::deserialize(d)?;
        let mut read = || -> ::std::result::Result<Self, ::std::string::String> {
            Ok(Self {
                kind: m.required("kind")?,
                value: m.optional("_")?,
            })
        };
        read().map_err(<D::Error as ::serde::de::Error>::custom)
    }
}
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct VariantEmpty7 {
    pub kind: ::std::string::String,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub blank: ::std::option::Option<::std::string::String>,
}
impl VariantEmpty7 {
    /// A value with the required fields given and every optional one absent (set those
    /// afterwards: `value.field = Some(..)`).
    #[allow(clippy::too_many_arguments)]
    pub fn new(kind: ::std::string::String) -> Self {
        Self {
            kind,
            blank: ::std::default::Default::default(),
        }
    }
}
impl<'de> ::serde::Deserialize<'de> for VariantEmpty7 {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        d: D,
    ) -> ::std::result::Result<Self, D::Error> {
        let mut m = <super::runtime::Fields as ::serde::Deserialize>::deserialize(d)?;
        let mut read = || -> ::std::result::Result<Self, ::std::string::String> {
            Ok(Self {
                kind: m.required("kind")?,
                blank: m.optional("blank")?,
            })
        };
        read().map_err(<D::Error as ::serde::de::Error>::custom)
    }
}
#[derive(Debug, Clone, PartialEq)]
pub enum Union2 {
    ///self
    VariantSelf0(VariantSelf0),
    ///Self
    VariantSelf1(VariantSelf1),
    ///type
    VariantType2(VariantType2),
    ///crate
    VariantCrate3(VariantCrate3),
    ///match
    VariantMatch4(VariantMatch4),
    ///Option
    VariantOption5(VariantOption5),
    ///_
    VariantEmpty6(VariantEmpty6),
    ///
    VariantEmpty7(VariantEmpty7),
    /// A tag value this version of the API description does not list (the whole object).
    Unknown(::serde_json::Value),
}
impl ::serde::Serialize for Union2 {
    fn serialize<S: ::serde::Serializer>(
        &self,
        s: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        match self {
            Self::VariantSelf0(v) => {
                super::runtime::serialize_tagged(v, "kind", "self", s)
            }
            Self::VariantSelf1(v) => {
                super::runtime::serialize_tagged(v, "kind", "Self", s)
            }
            Self::VariantType2(v) => {
                super::runtime::serialize_tagged(v, "kind", "type", s)
            }
            Self::VariantCrate3(v) => {
                super::runtime::serialize_tagged(v, "kind", "crate", s)
            }
            Self::VariantMatch4(v) => {
                super::runtime::serialize_tagged(v, "kind", "match", s)
            }
            Self::VariantOption5(v) => {
                super::runtime::serialize_tagged(v, "kind", "Option", s)
            }
            Self::VariantEmpty6(v) => super::runtime::serialize_tagged(v, "kind", "_", s),
            Self::VariantEmpty7(v) => super::runtime::serialize_tagged(v, "kind", "", s),
            Self::Unknown(v) => ::serde::Serialize::serialize(v, s),
        }
    }
}
impl<'de> ::serde::Deserialize<'de> for Union2 {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        d: D,
    ) -> ::std::result::Result<Self, D::Error> {
        let value = <::serde_json::Value as ::serde::Deserialize>::deserialize(d)?;
        let tag = value
            .get("kind")
            .and_then(::serde_json::Value::as_str)
            .map(::std::string::ToString::to_string);
        match tag.as_deref() {
            Some("self") => {
                ::serde_json::from_value(value)
                    .map(Self::VariantSelf0)
                    .map_err(::serde::de::Error::custom)
            }
            Some("Self") => {
                ::serde_json::from_value(value)
                    .map(Self::VariantSelf1)
                    .map_err(::serde::de::Error::custom)
            }
            Some("type") => {
                ::serde_json::from_value(value)
                    .map(Self::VariantType2)
                    .map_err(::serde::de::Error::custom)
            }
            Some("crate") => {
                ::serde_json::from_value(value)
                    .map(Self::VariantCrate3)
                    .map_err(::serde::de::Error::custom)
            }
            Some("match") => {
                ::serde_json::from_value(value)
                    .map(Self::VariantMatch4)
                    .map_err(::serde::de::Error::custom)
            }
            Some("Option") => {
                ::serde_json::from_value(value)
                    .map(Self::VariantOption5)
                    .map_err(::serde::de::Error::custom)
            }
            Some("_") => {
                ::serde_json::from_value(value)
                    .map(Self::VariantEmpty6)
                    .map_err(::serde::de::Error::custom)
            }
            Some("") => {
                ::serde_json::from_value(value)
                    .map(Self::VariantEmpty7)
                    .map_err(::serde::de::Error::custom)
            }
            _ => Ok(Self::Unknown(value)),
        }
    }
}
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[serde(untagged)]
pub enum Untagged {
    String(::std::string::String),
    Integer(i64),
    Option(Option),
    Result(Result),
    /// A value matching none of the alternatives above.
    Other(::serde_json::Value),
}
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, Default)]
pub struct FormBody {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub r#as: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub r#break: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub r#const: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub r#continue: ::std::option::Option<::std::string::String>,
    #[serde(rename = "crate", skip_serializing_if = "::std::option::Option::is_none")]
    pub crate_: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub r#else: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub r#enum: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub r#extern: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub r#false: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub r#fn: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub r#for: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub r#if: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub r#impl: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub r#in: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub r#let: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub r#loop: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub r#match: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub r#mod: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub r#move: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub r#mut: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub r#pub: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub r#ref: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub r#return: ::std::option::Option<::std::string::String>,
    #[serde(rename = "self", skip_serializing_if = "::std::option::Option::is_none")]
    pub self_: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Self", skip_serializing_if = "::std::option::Option::is_none")]
    pub self_2: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub r#static: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub r#struct: ::std::option::Option<::std::string::String>,
    #[serde(rename = "super", skip_serializing_if = "::std::option::Option::is_none")]
    pub super_: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub r#trait: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub r#true: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub r#type: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub r#unsafe: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub r#use: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub r#where: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub r#while: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub r#async: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub r#await: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub r#dyn: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub r#abstract: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub r#become: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub r#box: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub r#do: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub r#final: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub r#macro: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub r#override: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub r#priv: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub r#typeof: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub r#unsized: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub r#virtual: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub r#yield: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub r#try: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub r#gen: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub r#union: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub r#macro_rules: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub raw: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub safe: ::std::option::Option<::std::string::String>,
    #[serde(rename = "'static", skip_serializing_if = "::std::option::Option::is_none")]
    pub static2: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub auto: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub default: ::std::option::Option<::std::string::String>,
    #[serde(rename = "_", skip_serializing_if = "::std::option::Option::is_none")]
    pub value: ::std::option::Option<::std::string::String>,
    #[serde(rename = "__", skip_serializing_if = "::std::option::Option::is_none")]
    pub value2: ::std::option::Option<::std::string::String>,
    #[serde(rename = "r#type", skip_serializing_if = "::std::option::Option::is_none")]
    pub r_type: ::std::option::Option<::std::string::String>,
    #[serde(rename = "r#self", skip_serializing_if = "::std::option::Option::is_none")]
    pub r_self: ::std::option::Option<::std::string::String>,
    #[serde(rename = "", skip_serializing_if = "::std::option::Option::is_none")]
    pub value3: ::std::option::Option<::std::string::String>,
    #[serde(rename = " ", skip_serializing_if = "::std::option::Option::is_none")]
    pub value4: ::std::option::Option<::std::string::String>,
    #[serde(rename = "*/", skip_serializing_if = "::std::option::Option::is_none")]
    pub value5: ::std::option::Option<::std::string::String>,
    #[serde(rename = "\"#", skip_serializing_if = "::std::option::Option::is_none")]
    pub value6: ::std::option::Option<::std::string::String>,
    #[serde(rename = "##", skip_serializing_if = "::std::option::Option::is_none")]
    pub value7: ::std::option::Option<::std::string::String>,
    #[serde(rename = "0", skip_serializing_if = "::std::option::Option::is_none")]
    pub n0: ::std::option::Option<::std::string::String>,
    #[serde(rename = "1st", skip_serializing_if = "::std::option::Option::is_none")]
    pub n1st: ::std::option::Option<::std::string::String>,
    #[serde(rename = "-1", skip_serializing_if = "::std::option::Option::is_none")]
    pub n1: ::std::option::Option<::std::string::String>,
    #[serde(rename = "+", skip_serializing_if = "::std::option::Option::is_none")]
    pub value8: ::std::option::Option<::std::string::String>,
    #[serde(rename = "a-b", skip_serializing_if = "::std::option::Option::is_none")]
    pub a_b: ::std::option::Option<::std::string::String>,
    #[serde(rename = "A_B", skip_serializing_if = "::std::option::Option::is_none")]
    pub a_b2: ::std::option::Option<::std::string::String>,
    #[serde(rename = "a_b", skip_serializing_if = "::std::option::Option::is_none")]
    pub a_b3: ::std::option::Option<::std::string::String>,
    #[serde(rename = "aB", skip_serializing_if = "::std::option::Option::is_none")]
    pub a_b4: ::std::option::Option<::std::string::String>,
    #[serde(rename = "AB", skip_serializing_if = "::std::option::Option::is_none")]
    pub ab: ::std::option::Option<::std::string::String>,
    #[serde(rename = "ab", skip_serializing_if = "::std::option::Option::is_none")]
    pub ab2: ::std::option::Option<::std::string::String>,
    #[serde(rename = "\u{202e}", skip_serializing_if = "::std::option::Option::is_none")]
    pub u202e: ::std::option::Option<::std::string::String>,
    #[serde(rename = "a\rb", skip_serializing_if = "::std::option::Option::is_none")]
    pub a_b5: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "line\nbreak",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub line_break: ::std::option::Option<::std::string::String>,
    #[serde(rename = "nul\0", skip_serializing_if = "::std::option::Option::is_none")]
    pub nul: ::std::option::Option<::std::string::String>,
    #[serde(rename = "été", skip_serializing_if = "::std::option::Option::is_none")]
    pub ue9_t_ue9: ::std::option::Option<::std::string::String>,
    #[serde(rename = "日本", skip_serializing_if = "::std::option::Option::is_none")]
    pub u65e5_u672c: ::std::option::Option<::std::string::String>,
    #[serde(rename = "🐶", skip_serializing_if = "::std::option::Option::is_none")]
    pub u1f436: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub bool: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub char: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub str: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub u8: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub u16: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub u32: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub u64: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub u128: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub usize: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub i8: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub i16: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub i32: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub i64: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub i128: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub isize: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub f32: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub f64: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Option", skip_serializing_if = "::std::option::Option::is_none")]
    pub option: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Some", skip_serializing_if = "::std::option::Option::is_none")]
    pub some: ::std::option::Option<::std::string::String>,
    #[serde(rename = "None", skip_serializing_if = "::std::option::Option::is_none")]
    pub none: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Result", skip_serializing_if = "::std::option::Option::is_none")]
    pub result: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Ok", skip_serializing_if = "::std::option::Option::is_none")]
    pub ok: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Err", skip_serializing_if = "::std::option::Option::is_none")]
    pub err: ::std::option::Option<::std::string::String>,
    #[serde(rename = "String", skip_serializing_if = "::std::option::Option::is_none")]
    pub string: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Vec", skip_serializing_if = "::std::option::Option::is_none")]
    pub vec: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Box", skip_serializing_if = "::std::option::Option::is_none")]
    pub box2: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Default", skip_serializing_if = "::std::option::Option::is_none")]
    pub default2: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Clone", skip_serializing_if = "::std::option::Option::is_none")]
    pub clone: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Copy", skip_serializing_if = "::std::option::Option::is_none")]
    pub copy: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Send", skip_serializing_if = "::std::option::Option::is_none")]
    pub send: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Sync", skip_serializing_if = "::std::option::Option::is_none")]
    pub sync: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Sized", skip_serializing_if = "::std::option::Option::is_none")]
    pub sized: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Drop", skip_serializing_if = "::std::option::Option::is_none")]
    pub drop: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Fn", skip_serializing_if = "::std::option::Option::is_none")]
    pub fn2: ::std::option::Option<::std::string::String>,
    #[serde(rename = "FnMut", skip_serializing_if = "::std::option::Option::is_none")]
    pub fn_mut: ::std::option::Option<::std::string::String>,
    #[serde(rename = "FnOnce", skip_serializing_if = "::std::option::Option::is_none")]
    pub fn_once: ::std::option::Option<::std::string::String>,
    #[serde(rename = "From", skip_serializing_if = "::std::option::Option::is_none")]
    pub from: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Into", skip_serializing_if = "::std::option::Option::is_none")]
    pub into: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Iterator", skip_serializing_if = "::std::option::Option::is_none")]
    pub iterator: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "IntoIterator",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub into_iterator: ::std::option::Option<::std::string::String>,
    #[serde(rename = "ToString", skip_serializing_if = "::std::option::Option::is_none")]
    pub to_string: ::std::option::Option<::std::string::String>,
    #[serde(rename = "ToOwned", skip_serializing_if = "::std::option::Option::is_none")]
    pub to_owned: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "PartialEq",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub partial_eq: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Eq", skip_serializing_if = "::std::option::Option::is_none")]
    pub eq: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Ord", skip_serializing_if = "::std::option::Option::is_none")]
    pub ord: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "PartialOrd",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub partial_ord: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Debug", skip_serializing_if = "::std::option::Option::is_none")]
    pub debug: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Display", skip_serializing_if = "::std::option::Option::is_none")]
    pub display: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Hash", skip_serializing_if = "::std::option::Option::is_none")]
    pub hash: ::std::option::Option<::std::string::String>,
    #[serde(rename = "HashMap", skip_serializing_if = "::std::option::Option::is_none")]
    pub hash_map: ::std::option::Option<::std::string::String>,
    #[serde(rename = "BTreeMap", skip_serializing_if = "::std::option::Option::is_none")]
    pub b_tree_map: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Value", skip_serializing_if = "::std::option::Option::is_none")]
    pub value9: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Map", skip_serializing_if = "::std::option::Option::is_none")]
    pub map: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "Serialize",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub serialize: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "Deserialize",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub deserialize: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "Serializer",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub serializer: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "Deserializer",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub deserializer: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "Formatter",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub formatter: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Arc", skip_serializing_if = "::std::option::Option::is_none")]
    pub arc: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Cow", skip_serializing_if = "::std::option::Option::is_none")]
    pub cow: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Client", skip_serializing_if = "::std::option::Option::is_none")]
    pub client: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Error", skip_serializing_if = "::std::option::Option::is_none")]
    pub error: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Response", skip_serializing_if = "::std::option::Option::is_none")]
    pub response: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Request", skip_serializing_if = "::std::option::Option::is_none")]
    pub request: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Params", skip_serializing_if = "::std::option::Option::is_none")]
    pub params: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Body", skip_serializing_if = "::std::option::Option::is_none")]
    pub body: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Api", skip_serializing_if = "::std::option::Option::is_none")]
    pub api: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Router", skip_serializing_if = "::std::option::Option::is_none")]
    pub router: ::std::option::Option<::std::string::String>,
    #[serde(rename = "State", skip_serializing_if = "::std::option::Option::is_none")]
    pub state: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Json", skip_serializing_if = "::std::option::Option::is_none")]
    pub json: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Bytes", skip_serializing_if = "::std::option::Option::is_none")]
    pub bytes: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Url", skip_serializing_if = "::std::option::Option::is_none")]
    pub url: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Method", skip_serializing_if = "::std::option::Option::is_none")]
    pub method: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "StatusCode",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub status_code: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "HeaderMap",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub header_map: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Unknown", skip_serializing_if = "::std::option::Option::is_none")]
    pub unknown: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Other", skip_serializing_if = "::std::option::Option::is_none")]
    pub other: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub new: ::std::option::Option<::std::string::String>,
    #[serde(rename = "clone", skip_serializing_if = "::std::option::Option::is_none")]
    pub clone2: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub fmt: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub with_base_url: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub with_http_client: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub base_url: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub http_client: ::std::option::Option<::std::string::String>,
    #[serde(rename = "router", skip_serializing_if = "::std::option::Option::is_none")]
    pub router2: ::std::option::Option<::std::string::String>,
    #[serde(rename = "client", skip_serializing_if = "::std::option::Option::is_none")]
    pub client2: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub server: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub runtime: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub types: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub serde: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub serde_json: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub reqwest: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub axum: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub http: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub tokio: ::std::option::Option<::std::string::String>,
    #[serde(rename = "bytes", skip_serializing_if = "::std::option::Option::is_none")]
    pub bytes2: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub futures: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub std: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub core: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub alloc: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub tests: ::std::option::Option<::std::string::String>,
    #[serde(rename = "params", skip_serializing_if = "::std::option::Option::is_none")]
    pub params2: ::std::option::Option<::std::string::String>,
    #[serde(rename = "body", skip_serializing_if = "::std::option::Option::is_none")]
    pub body2: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub req: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub resp: ::std::option::Option<::std::string::String>,
    #[serde(rename = "api", skip_serializing_if = "::std::option::Option::is_none")]
    pub api2: ::std::option::Option<::std::string::String>,
    #[serde(rename = "state", skip_serializing_if = "::std::option::Option::is_none")]
    pub state2: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub headers: ::std::option::Option<::std::string::String>,
    #[serde(rename = "send", skip_serializing_if = "::std::option::Option::is_none")]
    pub send2: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub execute: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub build: ::std::option::Option<::std::string::String>,
    #[serde(rename = "into", skip_serializing_if = "::std::option::Option::is_none")]
    pub into2: ::std::option::Option<::std::string::String>,
    #[serde(rename = "from", skip_serializing_if = "::std::option::Option::is_none")]
    pub from2: ::std::option::Option<::std::string::String>,
    #[serde(rename = "drop", skip_serializing_if = "::std::option::Option::is_none")]
    pub drop2: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub status: ::std::option::Option<::std::string::String>,
    #[serde(rename = "error", skip_serializing_if = "::std::option::Option::is_none")]
    pub error2: ::std::option::Option<::std::string::String>,
    #[serde(rename = "result", skip_serializing_if = "::std::option::Option::is_none")]
    pub result2: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub main: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub additional_properties: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "deserialize",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub deserialize2: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "serialize",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub serialize2: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "to_string",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub to_string2: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub as_str: ::std::option::Option<::std::string::String>,
}
impl<'de> ::serde::Deserialize<'de> for FormBody {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        d: D,
    ) -> ::std::result::Result<Self, D::Error> {
        let mut m = <super::runtime::Fields as ::serde::Deserialize>::deserialize(d)?;
        let mut read = || -> ::std::result::Result<Self, ::std::string::String> {
            Ok(Self {
                r#as: m.optional("as")?,
                r#break: m.optional("break")?,
                r#const: m.optional("const")?,
                r#continue: m.optional("continue")?,
                crate_: m.optional("crate")?,
                r#else: m.optional("else")?,
                r#enum: m.optional("enum")?,
                r#extern: m.optional("extern")?,
                r#false: m.optional("false")?,
                r#fn: m.optional("fn")?,
                r#for: m.optional("for")?,
                r#if: m.optional("if")?,
                r#impl: m.optional("impl")?,
                r#in: m.optional("in")?,
                r#let: m.optional("let")?,
                r#loop: m.optional("loop")?,
                r#match: m.optional("match")?,
                r#mod: m.optional("mod")?,
                r#move: m.optional("move")?,
                r#mut: m.optional("mut")?,
                r#pub: m.optional("pub")?,
                r#ref: m.optional("ref")?,
                r#return: m.optional("return")?,
                self_: m.optional("self")?,
                self_2: m.optional("Self")?,
                r#static: m.optional("static")?,
                r#struct: m.optional("struct")?,
                super_: m.optional("super")?,
                r#trait: m.optional("trait")?,
                r#true: m.optional("true")?,
                r#type: m.optional("type")?,
                r#unsafe: m.optional("unsafe")?,
                r#use: m.optional("use")?,
                r#where: m.optional("where")?,
                r#while: m.optional("while")?,
                r#async: m.optional("async")?,
                r#await: m.optional("await")?,
                r#dyn: m.optional("dyn")?,
                r#abstract: m.optional("abstract")?,
                r#become: m.optional("become")?,
                r#box: m.optional("box")?,
                r#do: m.optional("do")?,
                r#final: m.optional("final")?,
                r#macro: m.optional("macro")?,
                r#override: m.optional("override")?,
                r#priv: m.optional("priv")?,
                r#typeof: m.optional("typeof")?,
                r#unsized: m.optional("unsized")?,
                r#virtual: m.optional("virtual")?,
                r#yield: m.optional("yield")?,
                r#try: m.optional("try")?,
                r#gen: m.optional("gen")?,
                r#union: m.optional("union")?,
                r#macro_rules: m.optional("macro_rules")?,
                raw: m.optional("raw")?,
                safe: m.optional("safe")?,
                static2: m.optional("'static")?,
                auto: m.optional("auto")?,
                default: m.optional("default")?,
                value: m.optional("_")?,
                value2: m.optional("__")?,
                r_type: m.optional("r#type")?,
                r_self: m.optional("r#self")?,
                value3: m.optional("")?,
                value4: m.optional(" ")?,
                value5: m.optional("*/")?,
                value6: m.optional("\"#")?,
                value7: m.optional("##")?,
                n0: m.optional("0")?,
                n1st: m.optional("1st")?,
                n1: m.optional("-1")?,
                value8: m.optional("+")?,
                a_b: m.optional("a-b")?,
                a_b2: m.optional("A_B")?,
                a_b3: m.optional("a_b")?,
                a_b4: m.optional("aB")?,
                ab: m.optional("AB")?,
                ab2: m.optional("ab")?,
                u202e: m.optional("\u{202e}")?,
                a_b5: m.optional("a\rb")?,
                line_break: m.optional("line\nbreak")?,
                nul: m.optional("nul\0")?,
                ue9_t_ue9: m.optional("été")?,
                u65e5_u672c: m.optional("日本")?,
                u1f436: m.optional("🐶")?,
                bool: m.optional("bool")?,
                char: m.optional("char")?,
                str: m.optional("str")?,
                u8: m.optional("u8")?,
                u16: m.optional("u16")?,
                u32: m.optional("u32")?,
                u64: m.optional("u64")?,
                u128: m.optional("u128")?,
                usize: m.optional("usize")?,
                i8: m.optional("i8")?,
                i16: m.optional("i16")?,
                i32: m.optional("i32")?,
                i64: m.optional("i64")?,
                i128: m.optional("i128")?,
                isize: m.optional("isize")?,
                f32: m.optional("f32")?,
                f64: m.optional("f64")?,
                option: m.optional("Option")?,
                some: m.optional("Some")?,
                none: m.optional("None")?,
                result: m.optional("Result")?,
                ok: m.optional("Ok")?,
                err: m.optional("Err")?,
                string: m.optional("String")?,
                vec: m.optional("Vec")?,
                box2: m.optional("Box")?,
                default2: m.optional("Default")?,
                clone: m.optional("Clone")?,
                copy: m.optional("Copy")?,
                send: m.optional("Send")?,
                sync: m.optional("Sync")?,
                sized: m.optional("Sized")?,
                drop: m.optional("Drop")?,
                fn2: m.optional("Fn")?,
                fn_mut: m.optional("FnMut")?,
                fn_once: m.optional("FnOnce")?,
                from: m.optional("From")?,
                into: m.optional("Into")?,
                iterator: m.optional("Iterator")?,
                into_iterator: m.optional("IntoIterator")?,
                to_string: m.optional("ToString")?,
                to_owned: m.optional("ToOwned")?,
                partial_eq: m.optional("PartialEq")?,
                eq: m.optional("Eq")?,
                ord: m.optional("Ord")?,
                partial_ord: m.optional("PartialOrd")?,
                debug: m.optional("Debug")?,
                display: m.optional("Display")?,
                hash: m.optional("Hash")?,
                hash_map: m.optional("HashMap")?,
                b_tree_map: m.optional("BTreeMap")?,
                value9: m.optional("Value")?,
                map: m.optional("Map")?,
                serialize: m.optional("Serialize")?,
                deserialize: m.optional("Deserialize")?,
                serializer: m.optional("Serializer")?,
                deserializer: m.optional("Deserializer")?,
                formatter: m.optional("Formatter")?,
                arc: m.optional("Arc")?,
                cow: m.optional("Cow")?,
                client: m.optional("Client")?,
                error: m.optional("Error")?,
                response: m.optional("Response")?,
                request: m.optional("Request")?,
                params: m.optional("Params")?,
                body: m.optional("Body")?,
                api: m.optional("Api")?,
                router: m.optional("Router")?,
                state: m.optional("State")?,
                json: m.optional("Json")?,
                bytes: m.optional("Bytes")?,
                url: m.optional("Url")?,
                method: m.optional("Method")?,
                status_code: m.optional("StatusCode")?,
                header_map: m.optional("HeaderMap")?,
                unknown: m.optional("Unknown")?,
                other: m.optional("Other")?,
                new: m.optional("new")?,
                clone2: m.optional("clone")?,
                fmt: m.optional("fmt")?,
                with_base_url: m.optional("with_base_url")?,
                with_http_client: m.optional("with_http_client")?,
                base_url: m.optional("base_url")?,
                http_client: m.optional("http_client")?,
                router2: m.optional("router")?,
                client2: m.optional("client")?,
                server: m.optional("server")?,
                runtime: m.optional("runtime")?,
                types: m.optional("types")?,
                serde: m.optional("serde")?,
                serde_json: m.optional("serde_json")?,
                reqwest: m.optional("reqwest")?,
                axum: m.optional("axum")?,
                http: m.optional("http")?,
                tokio: m.optional("tokio")?,
                bytes2: m.optional("bytes")?,
                futures: m.optional("futures")?,
                std: m.optional("std")?,
                core: m.optional("core")?,
                alloc: m.optional("alloc")?,
                tests: m.optional("tests")?,
                params2: m.optional("params")?,
                body2: m.optional("body")?,
                req: m.optional("req")?,
                resp: m.optional("resp")?,
                api2: m.optional("api")?,
                state2: m.optional("state")?,
                headers: m.optional("headers")?,
                send2: m.optional("send")?,
                execute: m.optional("execute")?,
                build: m.optional("build")?,
                into2: m.optional("into")?,
                from2: m.optional("from")?,
                drop2: m.optional("drop")?,
                status: m.optional("status")?,
                error2: m.optional("error")?,
                result2: m.optional("result")?,
                main: m.optional("main")?,
                additional_properties: m.optional("additional_properties")?,
                deserialize2: m.optional("deserialize")?,
                serialize2: m.optional("serialize")?,
                to_string2: m.optional("to_string")?,
                as_str: m.optional("as_str")?,
            })
        };
        read().map_err(<D::Error as ::serde::de::Error>::custom)
    }
}
