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
        struct V;
        impl super::runtime::StructFields for V {
            const FIELDS: &'static [&'static str] = &["v"];
        }
        impl<'de> ::serde::de::Visitor<'de> for V {
            type Value = As;
            fn expecting(
                &self,
                f: &mut ::std::fmt::Formatter<'_>,
            ) -> ::std::fmt::Result {
                f.write_str("a As object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<Self::Value, A::Error> {
                let mut f0: ::std::option::Option<::std::option::Option<i64>> = None;
                let mut expect = 0usize;
                while let Some(i) = map
                    .next_key_seed(super::runtime::FieldIndex::<V>::new(expect))?
                {
                    expect = i + 1;
                    match i {
                        0 => super::runtime::read_field(&mut f0, &mut map, "v")?,
                        _ => {
                            map.next_value::<::serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(As { v: f0.flatten() })
            }
        }
        d.deserialize_map(V)
    }
}
#[cfg(any(feature = "all-schemas"))]
pub type Break = As;
#[cfg(any(feature = "all-schemas"))]
pub type Const = As;
#[cfg(any(feature = "all-schemas"))]
pub type Continue = As;
#[cfg(any(feature = "all-schemas"))]
pub type Crate = As;
#[cfg(any(feature = "all-schemas"))]
pub type Else = As;
#[cfg(any(feature = "all-schemas"))]
pub type Enum = As;
#[cfg(any(feature = "all-schemas"))]
pub type Extern = As;
#[cfg(any(feature = "all-schemas"))]
pub type False = As;
#[cfg(any(feature = "all-schemas"))]
pub type Fn = As;
#[cfg(any(feature = "all-schemas"))]
pub type For = As;
#[cfg(any(feature = "all-schemas"))]
pub type If = As;
#[cfg(any(feature = "all-schemas"))]
pub type Impl = As;
#[cfg(any(feature = "all-schemas"))]
pub type In = As;
#[cfg(any(feature = "all-schemas"))]
pub type Let = As;
#[cfg(any(feature = "all-schemas"))]
pub type Loop = As;
#[cfg(any(feature = "all-schemas"))]
pub type Match = As;
#[cfg(any(feature = "all-schemas"))]
pub type Mod = As;
#[cfg(any(feature = "all-schemas"))]
pub type Move = As;
#[cfg(any(feature = "all-schemas"))]
pub type Mut = As;
#[cfg(any(feature = "all-schemas"))]
pub type Pub = As;
#[cfg(any(feature = "all-schemas"))]
pub type Ref = As;
#[cfg(any(feature = "all-schemas"))]
pub type Return = As;
#[cfg(any(feature = "all-schemas"))]
pub type Self_ = As;
#[cfg(any(feature = "all-schemas"))]
pub type Self_2 = As;
#[cfg(any(feature = "all-schemas"))]
pub type Static = As;
#[cfg(any(feature = "all-schemas"))]
pub type Struct = As;
#[cfg(any(feature = "all-schemas"))]
pub type Super = As;
#[cfg(any(feature = "all-schemas"))]
pub type Trait = As;
#[cfg(any(feature = "all-schemas"))]
pub type True = As;
#[cfg(any(feature = "all-schemas"))]
pub type Type = As;
#[cfg(any(feature = "all-schemas"))]
pub type Unsafe = As;
#[cfg(any(feature = "all-schemas"))]
pub type Use = As;
#[cfg(any(feature = "all-schemas"))]
pub type Where = As;
#[cfg(any(feature = "all-schemas"))]
pub type While = As;
#[cfg(any(feature = "all-schemas"))]
pub type Async = As;
#[cfg(any(feature = "all-schemas"))]
pub type Await = As;
#[cfg(any(feature = "all-schemas"))]
pub type Dyn = As;
#[cfg(any(feature = "all-schemas"))]
pub type Abstract = As;
#[cfg(any(feature = "all-schemas"))]
pub type Become = As;
#[cfg(any(feature = "all-schemas"))]
pub type Box = As;
#[cfg(any(feature = "all-schemas"))]
pub type Do = As;
#[cfg(any(feature = "all-schemas"))]
pub type Final = As;
#[cfg(any(feature = "all-schemas"))]
pub type Macro = As;
#[cfg(any(feature = "all-schemas"))]
pub type Override = As;
#[cfg(any(feature = "all-schemas"))]
pub type Priv = As;
#[cfg(any(feature = "all-schemas"))]
pub type Typeof = As;
#[cfg(any(feature = "all-schemas"))]
pub type Unsized = As;
#[cfg(any(feature = "all-schemas"))]
pub type Virtual = As;
#[cfg(any(feature = "all-schemas"))]
pub type Yield = As;
#[cfg(any(feature = "all-schemas"))]
pub type Try = As;
#[cfg(any(feature = "all-schemas"))]
pub type Gen = As;
#[cfg(any(feature = "all-schemas"))]
pub type Union = As;
#[cfg(any(feature = "all-schemas"))]
pub type MacroRules = As;
#[cfg(any(feature = "all-schemas"))]
pub type Raw = As;
#[cfg(any(feature = "all-schemas"))]
pub type Safe = As;
#[cfg(any(feature = "all-schemas"))]
pub type Static2 = As;
#[cfg(any(feature = "all-schemas"))]
pub type Auto = As;
#[cfg(any(feature = "all-schemas"))]
pub type Default = As;
#[cfg(any(feature = "all-schemas"))]
pub type Empty = As;
#[cfg(any(feature = "all-schemas"))]
pub type Empty2 = As;
#[cfg(any(feature = "all-schemas"))]
pub type RType = As;
#[cfg(any(feature = "all-schemas"))]
pub type RSelf = As;
#[cfg(any(feature = "all-schemas"))]
pub type Empty3 = As;
#[cfg(any(feature = "all-schemas"))]
pub type Empty4 = As;
#[cfg(any(feature = "all-schemas"))]
pub type Empty5 = As;
#[cfg(any(feature = "all-schemas"))]
pub type Empty6 = As;
#[cfg(any(feature = "all-schemas"))]
pub type Empty7 = As;
#[cfg(any(feature = "all-schemas"))]
pub type N0 = As;
#[cfg(any(feature = "all-schemas"))]
pub type N1st = As;
#[cfg(any(feature = "all-schemas"))]
pub type N1 = As;
#[cfg(any(feature = "all-schemas"))]
pub type Empty8 = As;
#[cfg(any(feature = "all-schemas"))]
pub type AB = As;
#[cfg(any(feature = "all-schemas"))]
pub type AB2 = As;
#[cfg(any(feature = "all-schemas"))]
pub type AB3 = As;
#[cfg(any(feature = "all-schemas"))]
pub type AB4 = As;
#[cfg(any(feature = "all-schemas"))]
pub type Ab5 = As;
#[cfg(any(feature = "all-schemas"))]
pub type Ab6 = As;
#[cfg(any(feature = "all-schemas"))]
pub type U202e = As;
#[cfg(any(feature = "all-schemas"))]
pub type AB7 = As;
#[cfg(any(feature = "all-schemas"))]
pub type LineBreak = As;
#[cfg(any(feature = "all-schemas"))]
pub type Nul = As;
#[cfg(any(feature = "all-schemas"))]
pub type Ue9TUe9 = As;
#[cfg(any(feature = "all-schemas"))]
pub type U65e5U672c = As;
#[cfg(any(feature = "all-schemas"))]
pub type U1f436 = As;
#[cfg(any(feature = "all-schemas"))]
pub type Bool = ::std::string::String;
#[cfg(any(feature = "all-schemas"))]
pub type Char = ::std::string::String;
#[cfg(any(feature = "all-schemas"))]
pub type Str = ::std::string::String;
#[cfg(any(feature = "all-schemas"))]
pub type U8 = ::std::string::String;
#[cfg(any(feature = "all-schemas"))]
pub type U16 = ::std::string::String;
#[cfg(any(feature = "all-schemas"))]
pub type U32 = ::std::string::String;
#[cfg(any(feature = "all-schemas"))]
pub type U64 = ::std::string::String;
#[cfg(any(feature = "all-schemas"))]
pub type U128 = ::std::string::String;
#[cfg(any(feature = "all-schemas"))]
pub type Usize = ::std::string::String;
#[cfg(any(feature = "all-schemas"))]
pub type I8 = ::std::string::String;
#[cfg(any(feature = "all-schemas"))]
pub type I16 = ::std::string::String;
#[cfg(any(feature = "all-schemas"))]
pub type I32 = ::std::string::String;
#[cfg(any(feature = "all-schemas"))]
pub type I64 = ::std::string::String;
#[cfg(any(feature = "all-schemas"))]
pub type I128 = ::std::string::String;
#[cfg(any(feature = "all-schemas"))]
pub type Isize = ::std::string::String;
#[cfg(any(feature = "all-schemas"))]
pub type F32 = ::std::string::String;
#[cfg(any(feature = "all-schemas"))]
pub type F64 = ::std::string::String;
pub type Option = As;
#[cfg(any(feature = "all-schemas"))]
pub type Some = As;
#[cfg(any(feature = "all-schemas"))]
pub type None = As;
pub type Result = As;
#[cfg(any(feature = "all-schemas"))]
pub type Ok = As;
#[cfg(any(feature = "all-schemas"))]
pub type Err = As;
#[cfg(any(feature = "all-schemas"))]
pub type String = As;
#[cfg(any(feature = "all-schemas"))]
pub type Vec = As;
#[cfg(any(feature = "all-schemas"))]
pub type Box2 = As;
#[cfg(any(feature = "all-schemas"))]
pub type Default2 = As;
#[cfg(any(feature = "all-schemas"))]
pub type Clone = As;
#[cfg(any(feature = "all-schemas"))]
pub type Copy = As;
#[cfg(any(feature = "all-schemas"))]
pub type Send = As;
#[cfg(any(feature = "all-schemas"))]
pub type Sync = As;
#[cfg(any(feature = "all-schemas"))]
pub type Sized = As;
#[cfg(any(feature = "all-schemas"))]
pub type Drop = As;
#[cfg(any(feature = "all-schemas"))]
pub type Fn2 = As;
#[cfg(any(feature = "all-schemas"))]
pub type FnMut = As;
#[cfg(any(feature = "all-schemas"))]
pub type FnOnce = As;
#[cfg(any(feature = "all-schemas"))]
pub type From = As;
#[cfg(any(feature = "all-schemas"))]
pub type Into = As;
#[cfg(any(feature = "all-schemas"))]
pub type Iterator = As;
#[cfg(any(feature = "all-schemas"))]
pub type IntoIterator = As;
#[cfg(any(feature = "all-schemas"))]
pub type ToString = As;
#[cfg(any(feature = "all-schemas"))]
pub type ToOwned = As;
#[cfg(any(feature = "all-schemas"))]
pub type PartialEq = As;
#[cfg(any(feature = "all-schemas"))]
pub type Eq = As;
#[cfg(any(feature = "all-schemas"))]
pub type Ord = As;
#[cfg(any(feature = "all-schemas"))]
pub type PartialOrd = As;
#[cfg(any(feature = "all-schemas"))]
pub type Debug = As;
#[cfg(any(feature = "all-schemas"))]
pub type Display = As;
#[cfg(any(feature = "all-schemas"))]
pub type Hash = As;
#[cfg(any(feature = "all-schemas"))]
pub type HashMap = As;
#[cfg(any(feature = "all-schemas"))]
pub type BTreeMap = As;
#[cfg(any(feature = "all-schemas"))]
pub type Value = As;
#[cfg(any(feature = "all-schemas"))]
pub type Map = As;
#[cfg(any(feature = "all-schemas"))]
pub type Serialize = As;
#[cfg(any(feature = "all-schemas"))]
pub type Deserialize = As;
#[cfg(any(feature = "all-schemas"))]
pub type Serializer = As;
#[cfg(any(feature = "all-schemas"))]
pub type Deserializer = As;
#[cfg(any(feature = "all-schemas"))]
pub type Formatter = As;
#[cfg(any(feature = "all-schemas"))]
pub type Arc = As;
#[cfg(any(feature = "all-schemas"))]
pub type Cow = As;
#[cfg(any(feature = "all-schemas"))]
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
        struct V;
        impl super::runtime::StructFields for V {
            const FIELDS: &'static [&'static str] = &["type", "title"];
        }
        impl<'de> ::serde::de::Visitor<'de> for V {
            type Value = Error;
            fn expecting(
                &self,
                f: &mut ::std::fmt::Formatter<'_>,
            ) -> ::std::fmt::Result {
                f.write_str("a Error object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<Self::Value, A::Error> {
                let mut f0: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f1: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut expect = 0usize;
                while let Some(i) = map
                    .next_key_seed(super::runtime::FieldIndex::<V>::new(expect))?
                {
                    expect = i + 1;
                    match i {
                        0 => super::runtime::read_field(&mut f0, &mut map, "type")?,
                        1 => super::runtime::read_field(&mut f1, &mut map, "title")?,
                        _ => {
                            map.next_value::<::serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(Error {
                    r#type: f0.flatten(),
                    title: f1.flatten(),
                })
            }
        }
        d.deserialize_map(V)
    }
}
#[cfg(any(feature = "all-schemas"))]
pub type Response = As;
#[cfg(any(feature = "all-schemas"))]
pub type Request = As;
#[cfg(any(feature = "all-schemas"))]
pub type Params = As;
#[cfg(any(feature = "all-schemas"))]
pub type Body = As;
#[cfg(any(feature = "all-schemas"))]
pub type Api = As;
#[cfg(any(feature = "all-schemas"))]
pub type Router = As;
#[cfg(any(feature = "all-schemas"))]
pub type State = As;
#[cfg(any(feature = "all-schemas"))]
pub type Json = As;
#[cfg(any(feature = "all-schemas"))]
pub type Bytes = As;
#[cfg(any(feature = "all-schemas"))]
pub type Url = As;
#[cfg(any(feature = "all-schemas"))]
pub type Method = As;
#[cfg(any(feature = "all-schemas"))]
pub type StatusCode = As;
#[cfg(any(feature = "all-schemas"))]
pub type HeaderMap = As;
#[cfg(any(feature = "all-schemas"))]
pub type Unknown = As;
#[cfg(any(feature = "all-schemas"))]
pub type Other = As;
#[cfg(any(feature = "all-schemas"))]
pub type New = As;
#[cfg(any(feature = "all-schemas"))]
pub type Clone2 = As;
#[cfg(any(feature = "all-schemas"))]
pub type Fmt = As;
#[cfg(any(feature = "all-schemas"))]
pub type WithBaseUrl = As;
#[cfg(any(feature = "all-schemas"))]
pub type WithHttpClient = As;
#[cfg(any(feature = "all-schemas"))]
pub type BaseUrl = As;
#[cfg(any(feature = "all-schemas"))]
pub type HttpClient = As;
#[cfg(any(feature = "all-schemas"))]
pub type Router2 = As;
#[cfg(any(feature = "all-schemas"))]
pub type Client2 = As;
#[cfg(any(feature = "all-schemas"))]
pub type Server = As;
#[cfg(any(feature = "all-schemas"))]
pub type Runtime = As;
#[cfg(any(feature = "all-schemas"))]
pub type Types = As;
#[cfg(any(feature = "all-schemas"))]
pub type Serde = As;
#[cfg(any(feature = "all-schemas"))]
pub type SerdeJson = As;
#[cfg(any(feature = "all-schemas"))]
pub type Reqwest = As;
#[cfg(any(feature = "all-schemas"))]
pub type Axum = As;
#[cfg(any(feature = "all-schemas"))]
pub type Http = As;
#[cfg(any(feature = "all-schemas"))]
pub type Tokio = As;
#[cfg(any(feature = "all-schemas"))]
pub type Bytes2 = As;
#[cfg(any(feature = "all-schemas"))]
pub type Futures = As;
#[cfg(any(feature = "all-schemas"))]
pub type Std = As;
#[cfg(any(feature = "all-schemas"))]
pub type Core = As;
#[cfg(any(feature = "all-schemas"))]
pub type Alloc = As;
#[cfg(any(feature = "all-schemas"))]
pub type Tests = As;
#[cfg(any(feature = "all-schemas"))]
pub type Params2 = As;
#[cfg(any(feature = "all-schemas"))]
pub type Body2 = As;
#[cfg(any(feature = "all-schemas"))]
pub type Req = As;
#[cfg(any(feature = "all-schemas"))]
pub type Resp = As;
#[cfg(any(feature = "all-schemas"))]
pub type Api2 = As;
#[cfg(any(feature = "all-schemas"))]
pub type State2 = As;
#[cfg(any(feature = "all-schemas"))]
pub type Headers = As;
#[cfg(any(feature = "all-schemas"))]
pub type Send2 = As;
#[cfg(any(feature = "all-schemas"))]
pub type Execute = As;
#[cfg(any(feature = "all-schemas"))]
pub type Build = As;
#[cfg(any(feature = "all-schemas"))]
pub type Into2 = As;
#[cfg(any(feature = "all-schemas"))]
pub type From2 = As;
#[cfg(any(feature = "all-schemas"))]
pub type Drop2 = As;
#[cfg(any(feature = "all-schemas"))]
pub type Status = As;
#[cfg(any(feature = "all-schemas"))]
pub type Error2 = As;
#[cfg(any(feature = "all-schemas"))]
pub type Result2 = As;
#[cfg(any(feature = "all-schemas"))]
pub type Main = As;
#[cfg(any(feature = "all-schemas"))]
pub type AdditionalProperties = As;
#[cfg(any(feature = "all-schemas"))]
pub type Deserialize2 = As;
#[cfg(any(feature = "all-schemas"))]
pub type Serialize2 = As;
#[cfg(any(feature = "all-schemas"))]
pub type ToString2 = As;
#[cfg(any(feature = "all-schemas"))]
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
        struct V;
        impl super::runtime::StructFields for V {
            const FIELDS: &'static [&'static str] = &[
                "as",
                "break",
                "const",
                "continue",
                "crate",
                "else",
                "enum",
                "extern",
                "false",
                "fn",
                "for",
                "if",
                "impl",
                "in",
                "let",
                "loop",
                "match",
                "mod",
                "move",
                "mut",
                "pub",
                "ref",
                "return",
                "self",
                "Self",
                "static",
                "struct",
                "super",
                "trait",
                "true",
                "type",
                "unsafe",
                "use",
                "where",
                "while",
                "async",
                "await",
                "dyn",
                "abstract",
                "become",
                "box",
                "do",
                "final",
                "macro",
                "override",
                "priv",
                "typeof",
                "unsized",
                "virtual",
                "yield",
                "try",
                "gen",
                "union",
                "macro_rules",
                "raw",
                "safe",
                "'static",
                "auto",
                "default",
                "_",
                "__",
                "r#type",
                "r#self",
                "",
                " ",
                "*/",
                "\"#",
                "##",
                "0",
                "1st",
                "-1",
                "+",
                "a-b",
                "A_B",
                "a_b",
                "aB",
                "AB",
                "ab",
                "\u{202e}",
                "a\rb",
                "line\nbreak",
                "nul\0",
                "été",
                "日本",
                "🐶",
                "bool",
                "char",
                "str",
                "u8",
                "u16",
                "u32",
                "u64",
                "u128",
                "usize",
                "i8",
                "i16",
                "i32",
                "i64",
                "i128",
                "isize",
                "f32",
                "f64",
                "Option",
                "Some",
                "None",
                "Result",
                "Ok",
                "Err",
                "String",
                "Vec",
                "Box",
                "Default",
                "Clone",
                "Copy",
                "Send",
                "Sync",
                "Sized",
                "Drop",
                "Fn",
                "FnMut",
                "FnOnce",
                "From",
                "Into",
                "Iterator",
                "IntoIterator",
                "ToString",
                "ToOwned",
                "PartialEq",
                "Eq",
                "Ord",
                "PartialOrd",
                "Debug",
                "Display",
                "Hash",
                "HashMap",
                "BTreeMap",
                "Value",
                "Map",
                "Serialize",
                "Deserialize",
                "Serializer",
                "Deserializer",
                "Formatter",
                "Arc",
                "Cow",
                "Client",
                "Error",
                "Response",
                "Request",
                "Params",
                "Body",
                "Api",
                "Router",
                "State",
                "Json",
                "Bytes",
                "Url",
                "Method",
                "StatusCode",
                "HeaderMap",
                "Unknown",
                "Other",
                "new",
                "clone",
                "fmt",
                "with_base_url",
                "with_http_client",
                "base_url",
                "http_client",
                "router",
                "client",
                "server",
                "runtime",
                "types",
                "serde",
                "serde_json",
                "reqwest",
                "axum",
                "http",
                "tokio",
                "bytes",
                "futures",
                "std",
                "core",
                "alloc",
                "tests",
                "params",
                "body",
                "req",
                "resp",
                "api",
                "state",
                "headers",
                "send",
                "execute",
                "build",
                "into",
                "from",
                "drop",
                "status",
                "error",
                "result",
                "main",
                "additional_properties",
                "deserialize",
                "serialize",
                "to_string",
                "as_str",
                "kinds",
                "numbers",
                "mixed",
            ];
        }
        impl<'de> ::serde::de::Visitor<'de> for V {
            type Value = Everything;
            fn expecting(
                &self,
                f: &mut ::std::fmt::Formatter<'_>,
            ) -> ::std::fmt::Result {
                f.write_str("a Everything object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<Self::Value, A::Error> {
                let mut f0: ::std::option::Option<::std::string::String> = None;
                let mut f1: ::std::option::Option<::std::string::String> = None;
                let mut f2: ::std::option::Option<::std::string::String> = None;
                let mut f3: ::std::option::Option<::std::string::String> = None;
                let mut f4: ::std::option::Option<::std::string::String> = None;
                let mut f5: ::std::option::Option<::std::string::String> = None;
                let mut f6: ::std::option::Option<::std::string::String> = None;
                let mut f7: ::std::option::Option<::std::string::String> = None;
                let mut f8: ::std::option::Option<::std::string::String> = None;
                let mut f9: ::std::option::Option<::std::string::String> = None;
                let mut f10: ::std::option::Option<::std::string::String> = None;
                let mut f11: ::std::option::Option<::std::string::String> = None;
                let mut f12: ::std::option::Option<::std::string::String> = None;
                let mut f13: ::std::option::Option<::std::string::String> = None;
                let mut f14: ::std::option::Option<::std::string::String> = None;
                let mut f15: ::std::option::Option<::std::string::String> = None;
                let mut f16: ::std::option::Option<::std::string::String> = None;
                let mut f17: ::std::option::Option<::std::string::String> = None;
                let mut f18: ::std::option::Option<::std::string::String> = None;
                let mut f19: ::std::option::Option<::std::string::String> = None;
                let mut f20: ::std::option::Option<::std::string::String> = None;
                let mut f21: ::std::option::Option<::std::string::String> = None;
                let mut f22: ::std::option::Option<::std::string::String> = None;
                let mut f23: ::std::option::Option<::std::string::String> = None;
                let mut f24: ::std::option::Option<::std::string::String> = None;
                let mut f25: ::std::option::Option<::std::string::String> = None;
                let mut f26: ::std::option::Option<::std::string::String> = None;
                let mut f27: ::std::option::Option<::std::string::String> = None;
                let mut f28: ::std::option::Option<::std::string::String> = None;
                let mut f29: ::std::option::Option<::std::string::String> = None;
                let mut f30: ::std::option::Option<::std::string::String> = None;
                let mut f31: ::std::option::Option<::std::string::String> = None;
                let mut f32: ::std::option::Option<::std::string::String> = None;
                let mut f33: ::std::option::Option<::std::string::String> = None;
                let mut f34: ::std::option::Option<::std::string::String> = None;
                let mut f35: ::std::option::Option<::std::string::String> = None;
                let mut f36: ::std::option::Option<::std::string::String> = None;
                let mut f37: ::std::option::Option<::std::string::String> = None;
                let mut f38: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f39: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f40: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f41: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f42: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f43: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f44: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f45: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f46: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f47: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f48: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f49: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f50: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f51: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f52: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f53: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f54: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f55: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f56: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f57: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f58: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f59: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f60: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f61: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f62: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f63: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f64: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f65: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f66: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f67: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f68: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f69: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f70: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f71: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f72: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f73: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f74: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f75: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f76: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f77: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f78: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f79: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f80: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f81: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f82: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f83: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f84: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f85: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f86: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f87: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f88: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f89: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f90: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f91: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f92: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f93: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f94: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f95: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f96: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f97: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f98: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f99: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f100: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f101: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f102: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f103: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f104: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f105: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f106: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f107: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f108: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f109: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f110: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f111: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f112: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f113: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f114: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f115: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f116: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f117: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f118: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f119: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f120: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f121: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f122: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f123: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f124: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f125: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f126: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f127: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f128: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f129: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f130: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f131: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f132: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f133: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f134: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f135: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f136: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f137: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f138: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f139: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f140: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f141: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f142: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f143: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f144: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f145: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f146: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f147: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f148: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f149: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f150: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f151: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f152: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f153: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f154: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f155: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f156: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f157: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f158: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f159: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f160: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f161: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f162: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f163: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f164: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f165: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f166: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f167: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f168: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f169: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f170: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f171: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f172: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f173: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f174: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f175: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f176: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f177: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f178: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f179: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f180: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f181: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f182: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f183: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f184: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f185: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f186: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f187: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f188: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f189: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f190: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f191: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f192: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f193: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f194: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f195: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f196: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f197: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f198: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f199: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f200: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f201: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f202: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f203: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f204: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f205: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f206: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f207: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f208: ::std::option::Option<
                    ::std::option::Option<EverythingKinds>,
                > = None;
                let mut f209: ::std::option::Option<::std::option::Option<i64>> = None;
                let mut f210: ::std::option::Option<
                    ::std::option::Option<::serde_json::Value>,
                > = None;
                let mut expect = 0usize;
                while let Some(i) = map
                    .next_key_seed(super::runtime::FieldIndex::<V>::new(expect))?
                {
                    expect = i + 1;
                    match i {
                        0 => super::runtime::read_field(&mut f0, &mut map, "as")?,
                        1 => super::runtime::read_field(&mut f1, &mut map, "break")?,
                        2 => super::runtime::read_field(&mut f2, &mut map, "const")?,
                        3 => super::runtime::read_field(&mut f3, &mut map, "continue")?,
                        4 => super::runtime::read_field(&mut f4, &mut map, "crate")?,
                        5 => super::runtime::read_field(&mut f5, &mut map, "else")?,
                        6 => super::runtime::read_field(&mut f6, &mut map, "enum")?,
                        7 => super::runtime::read_field(&mut f7, &mut map, "extern")?,
                        8 => super::runtime::read_field(&mut f8, &mut map, "false")?,
                        9 => super::runtime::read_field(&mut f9, &mut map, "fn")?,
                        10 => super::runtime::read_field(&mut f10, &mut map, "for")?,
                        11 => super::runtime::read_field(&mut f11, &mut map, "if")?,
                        12 => super::runtime::read_field(&mut f12, &mut map, "impl")?,
                        13 => super::runtime::read_field(&mut f13, &mut map, "in")?,
                        14 => super::runtime::read_field(&mut f14, &mut map, "let")?,
                        15 => super::runtime::read_field(&mut f15, &mut map, "loop")?,
                        16 => super::runtime::read_field(&mut f16, &mut map, "match")?,
                        17 => super::runtime::read_field(&mut f17, &mut map, "mod")?,
                        18 => super::runtime::read_field(&mut f18, &mut map, "move")?,
                        19 => super::runtime::read_field(&mut f19, &mut map, "mut")?,
                        20 => super::runtime::read_field(&mut f20, &mut map, "pub")?,
                        21 => super::runtime::read_field(&mut f21, &mut map, "ref")?,
                        22 => super::runtime::read_field(&mut f22, &mut map, "return")?,
                        23 => super::runtime::read_field(&mut f23, &mut map, "self")?,
                        24 => super::runtime::read_field(&mut f24, &mut map, "Self")?,
                        25 => super::runtime::read_field(&mut f25, &mut map, "static")?,
                        26 => super::runtime::read_field(&mut f26, &mut map, "struct")?,
                        27 => super::runtime::read_field(&mut f27, &mut map, "super")?,
                        28 => super::runtime::read_field(&mut f28, &mut map, "trait")?,
                        29 => super::runtime::read_field(&mut f29, &mut map, "true")?,
                        30 => super::runtime::read_field(&mut f30, &mut map, "type")?,
                        31 => super::runtime::read_field(&mut f31, &mut map, "unsafe")?,
                        32 => super::runtime::read_field(&mut f32, &mut map, "use")?,
                        33 => super::runtime::read_field(&mut f33, &mut map, "where")?,
                        34 => super::runtime::read_field(&mut f34, &mut map, "while")?,
                        35 => super::runtime::read_field(&mut f35, &mut map, "async")?,
                        36 => super::runtime::read_field(&mut f36, &mut map, "await")?,
                        37 => super::runtime::read_field(&mut f37, &mut map, "dyn")?,
                        38 => super::runtime::read_field(&mut f38, &mut map, "abstract")?,
                        39 => super::runtime::read_field(&mut f39, &mut map, "become")?,
                        40 => super::runtime::read_field(&mut f40, &mut map, "box")?,
                        41 => super::runtime::read_field(&mut f41, &mut map, "do")?,
                        42 => super::runtime::read_field(&mut f42, &mut map, "final")?,
                        43 => super::runtime::read_field(&mut f43, &mut map, "macro")?,
                        44 => super::runtime::read_field(&mut f44, &mut map, "override")?,
                        45 => super::runtime::read_field(&mut f45, &mut map, "priv")?,
                        46 => super::runtime::read_field(&mut f46, &mut map, "typeof")?,
                        47 => super::runtime::read_field(&mut f47, &mut map, "unsized")?,
                        48 => super::runtime::read_field(&mut f48, &mut map, "virtual")?,
                        49 => super::runtime::read_field(&mut f49, &mut map, "yield")?,
                        50 => super::runtime::read_field(&mut f50, &mut map, "try")?,
                        51 => super::runtime::read_field(&mut f51, &mut map, "gen")?,
                        52 => super::runtime::read_field(&mut f52, &mut map, "union")?,
                        53 => {
                            super::runtime::read_field(
                                &mut f53,
                                &mut map,
                                "macro_rules",
                            )?
                        }
                        54 => super::runtime::read_field(&mut f54, &mut map, "raw")?,
                        55 => super::runtime::read_field(&mut f55, &mut map, "safe")?,
                        56 => super::runtime::read_field(&mut f56, &mut map, "'static")?,
                        57 => super::runtime::read_field(&mut f57, &mut map, "auto")?,
                        58 => super::runtime::read_field(&mut f58, &mut map, "default")?,
                        59 => super::runtime::read_field(&mut f59, &mut map, "_")?,
                        60 => super::runtime::read_field(&mut f60, &mut map, "__")?,
                        61 => super::runtime::read_field(&mut f61, &mut map, "r#type")?,
                        62 => super::runtime::read_field(&mut f62, &mut map, "r#self")?,
                        63 => super::runtime::read_field(&mut f63, &mut map, "")?,
                        64 => super::runtime::read_field(&mut f64, &mut map, " ")?,
                        65 => super::runtime::read_field(&mut f65, &mut map, "*/")?,
                        66 => super::runtime::read_field(&mut f66, &mut map, "\"#")?,
                        67 => super::runtime::read_field(&mut f67, &mut map, "##")?,
                        68 => super::runtime::read_field(&mut f68, &mut map, "0")?,
                        69 => super::runtime::read_field(&mut f69, &mut map, "1st")?,
                        70 => super::runtime::read_field(&mut f70, &mut map, "-1")?,
                        71 => super::runtime::read_field(&mut f71, &mut map, "+")?,
                        72 => super::runtime::read_field(&mut f72, &mut map, "a-b")?,
                        73 => super::runtime::read_field(&mut f73, &mut map, "A_B")?,
                        74 => super::runtime::read_field(&mut f74, &mut map, "a_b")?,
                        75 => super::runtime::read_field(&mut f75, &mut map, "aB")?,
                        76 => super::runtime::read_field(&mut f76, &mut map, "AB")?,
                        77 => super::runtime::read_field(&mut f77, &mut map, "ab")?,
                        78 => super::runtime::read_field(&mut f78, &mut map, "\u{202e}")?,
                        79 => super::runtime::read_field(&mut f79, &mut map, "a\rb")?,
                        80 => {
                            super::runtime::read_field(
                                &mut f80,
                                &mut map,
                                "line\nbreak",
                            )?
                        }
                        81 => super::runtime::read_field(&mut f81, &mut map, "nul\0")?,
                        82 => super::runtime::read_field(&mut f82, &mut map, "été")?,
                        83 => super::runtime::read_field(&mut f83, &mut map, "日本")?,
                        84 => super::runtime::read_field(&mut f84, &mut map, "🐶")?,
                        85 => super::runtime::read_field(&mut f85, &mut map, "bool")?,
                        86 => super::runtime::read_field(&mut f86, &mut map, "char")?,
                        87 => super::runtime::read_field(&mut f87, &mut map, "str")?,
                        88 => super::runtime::read_field(&mut f88, &mut map, "u8")?,
                        89 => super::runtime::read_field(&mut f89, &mut map, "u16")?,
                        90 => super::runtime::read_field(&mut f90, &mut map, "u32")?,
                        91 => super::runtime::read_field(&mut f91, &mut map, "u64")?,
                        92 => super::runtime::read_field(&mut f92, &mut map, "u128")?,
                        93 => super::runtime::read_field(&mut f93, &mut map, "usize")?,
                        94 => super::runtime::read_field(&mut f94, &mut map, "i8")?,
                        95 => super::runtime::read_field(&mut f95, &mut map, "i16")?,
                        96 => super::runtime::read_field(&mut f96, &mut map, "i32")?,
                        97 => super::runtime::read_field(&mut f97, &mut map, "i64")?,
                        98 => super::runtime::read_field(&mut f98, &mut map, "i128")?,
                        99 => super::runtime::read_field(&mut f99, &mut map, "isize")?,
                        100 => super::runtime::read_field(&mut f100, &mut map, "f32")?,
                        101 => super::runtime::read_field(&mut f101, &mut map, "f64")?,
                        102 => super::runtime::read_field(&mut f102, &mut map, "Option")?,
                        103 => super::runtime::read_field(&mut f103, &mut map, "Some")?,
                        104 => super::runtime::read_field(&mut f104, &mut map, "None")?,
                        105 => super::runtime::read_field(&mut f105, &mut map, "Result")?,
                        106 => super::runtime::read_field(&mut f106, &mut map, "Ok")?,
                        107 => super::runtime::read_field(&mut f107, &mut map, "Err")?,
                        108 => super::runtime::read_field(&mut f108, &mut map, "String")?,
                        109 => super::runtime::read_field(&mut f109, &mut map, "Vec")?,
                        110 => super::runtime::read_field(&mut f110, &mut map, "Box")?,
                        111 => {
                            super::runtime::read_field(&mut f111, &mut map, "Default")?
                        }
                        112 => super::runtime::read_field(&mut f112, &mut map, "Clone")?,
                        113 => super::runtime::read_field(&mut f113, &mut map, "Copy")?,
                        114 => super::runtime::read_field(&mut f114, &mut map, "Send")?,
                        115 => super::runtime::read_field(&mut f115, &mut map, "Sync")?,
                        116 => super::runtime::read_field(&mut f116, &mut map, "Sized")?,
                        117 => super::runtime::read_field(&mut f117, &mut map, "Drop")?,
                        118 => super::runtime::read_field(&mut f118, &mut map, "Fn")?,
                        119 => super::runtime::read_field(&mut f119, &mut map, "FnMut")?,
                        120 => super::runtime::read_field(&mut f120, &mut map, "FnOnce")?,
                        121 => super::runtime::read_field(&mut f121, &mut map, "From")?,
                        122 => super::runtime::read_field(&mut f122, &mut map, "Into")?,
                        123 => {
                            super::runtime::read_field(&mut f123, &mut map, "Iterator")?
                        }
                        124 => {
                            super::runtime::read_field(
                                &mut f124,
                                &mut map,
                                "IntoIterator",
                            )?
                        }
                        125 => {
                            super::runtime::read_field(&mut f125, &mut map, "ToString")?
                        }
                        126 => {
                            super::runtime::read_field(&mut f126, &mut map, "ToOwned")?
                        }
                        127 => {
                            super::runtime::read_field(&mut f127, &mut map, "PartialEq")?
                        }
                        128 => super::runtime::read_field(&mut f128, &mut map, "Eq")?,
                        129 => super::runtime::read_field(&mut f129, &mut map, "Ord")?,
                        130 => {
                            super::runtime::read_field(
                                &mut f130,
                                &mut map,
                                "PartialOrd",
                            )?
                        }
                        131 => super::runtime::read_field(&mut f131, &mut map, "Debug")?,
                        132 => {
                            super::runtime::read_field(&mut f132, &mut map, "Display")?
                        }
                        133 => super::runtime::read_field(&mut f133, &mut map, "Hash")?,
                        134 => {
                            super::runtime::read_field(&mut f134, &mut map, "HashMap")?
                        }
                        135 => {
                            super::runtime::read_field(&mut f135, &mut map, "BTreeMap")?
                        }
                        136 => super::runtime::read_field(&mut f136, &mut map, "Value")?,
                        137 => super::runtime::read_field(&mut f137, &mut map, "Map")?,
                        138 => {
                            super::runtime::read_field(&mut f138, &mut map, "Serialize")?
                        }
                        139 => {
                            super::runtime::read_field(
                                &mut f139,
                                &mut map,
                                "Deserialize",
                            )?
                        }
                        140 => {
                            super::runtime::read_field(
                                &mut f140,
                                &mut map,
                                "Serializer",
                            )?
                        }
                        141 => {
                            super::runtime::read_field(
                                &mut f141,
                                &mut map,
                                "Deserializer",
                            )?
                        }
                        142 => {
                            super::runtime::read_field(&mut f142, &mut map, "Formatter")?
                        }
                        143 => super::runtime::read_field(&mut f143, &mut map, "Arc")?,
                        144 => super::runtime::read_field(&mut f144, &mut map, "Cow")?,
                        145 => super::runtime::read_field(&mut f145, &mut map, "Client")?,
                        146 => super::runtime::read_field(&mut f146, &mut map, "Error")?,
                        147 => {
                            super::runtime::read_field(&mut f147, &mut map, "Response")?
                        }
                        148 => {
                            super::runtime::read_field(&mut f148, &mut map, "Request")?
                        }
                        149 => super::runtime::read_field(&mut f149, &mut map, "Params")?,
                        150 => super::runtime::read_field(&mut f150, &mut map, "Body")?,
                        151 => super::runtime::read_field(&mut f151, &mut map, "Api")?,
                        152 => super::runtime::read_field(&mut f152, &mut map, "Router")?,
                        153 => super::runtime::read_field(&mut f153, &mut map, "State")?,
                        154 => super::runtime::read_field(&mut f154, &mut map, "Json")?,
                        155 => super::runtime::read_field(&mut f155, &mut map, "Bytes")?,
                        156 => super::runtime::read_field(&mut f156, &mut map, "Url")?,
                        157 => super::runtime::read_field(&mut f157, &mut map, "Method")?,
                        158 => {
                            super::runtime::read_field(
                                &mut f158,
                                &mut map,
                                "StatusCode",
                            )?
                        }
                        159 => {
                            super::runtime::read_field(&mut f159, &mut map, "HeaderMap")?
                        }
                        160 => {
                            super::runtime::read_field(&mut f160, &mut map, "Unknown")?
                        }
                        161 => super::runtime::read_field(&mut f161, &mut map, "Other")?,
                        162 => super::runtime::read_field(&mut f162, &mut map, "new")?,
                        163 => super::runtime::read_field(&mut f163, &mut map, "clone")?,
                        164 => super::runtime::read_field(&mut f164, &mut map, "fmt")?,
                        165 => {
                            super::runtime::read_field(
                                &mut f165,
                                &mut map,
                                "with_base_url",
                            )?
                        }
                        166 => {
                            super::runtime::read_field(
                                &mut f166,
                                &mut map,
                                "with_http_client",
                            )?
                        }
                        167 => {
                            super::runtime::read_field(&mut f167, &mut map, "base_url")?
                        }
                        168 => {
                            super::runtime::read_field(
                                &mut f168,
                                &mut map,
                                "http_client",
                            )?
                        }
                        169 => super::runtime::read_field(&mut f169, &mut map, "router")?,
                        170 => super::runtime::read_field(&mut f170, &mut map, "client")?,
                        171 => super::runtime::read_field(&mut f171, &mut map, "server")?,
                        172 => {
                            super::runtime::read_field(&mut f172, &mut map, "runtime")?
                        }
                        173 => super::runtime::read_field(&mut f173, &mut map, "types")?,
                        174 => super::runtime::read_field(&mut f174, &mut map, "serde")?,
                        175 => {
                            super::runtime::read_field(
                                &mut f175,
                                &mut map,
                                "serde_json",
                            )?
                        }
                        176 => {
                            super::runtime::read_field(&mut f176, &mut map, "reqwest")?
                        }
                        177 => super::runtime::read_field(&mut f177, &mut map, "axum")?,
                        178 => super::runtime::read_field(&mut f178, &mut map, "http")?,
                        179 => super::runtime::read_field(&mut f179, &mut map, "tokio")?,
                        180 => super::runtime::read_field(&mut f180, &mut map, "bytes")?,
                        181 => {
                            super::runtime::read_field(&mut f181, &mut map, "futures")?
                        }
                        182 => super::runtime::read_field(&mut f182, &mut map, "std")?,
                        183 => super::runtime::read_field(&mut f183, &mut map, "core")?,
                        184 => super::runtime::read_field(&mut f184, &mut map, "alloc")?,
                        185 => super::runtime::read_field(&mut f185, &mut map, "tests")?,
                        186 => super::runtime::read_field(&mut f186, &mut map, "params")?,
                        187 => super::runtime::read_field(&mut f187, &mut map, "body")?,
                        188 => super::runtime::read_field(&mut f188, &mut map, "req")?,
                        189 => super::runtime::read_field(&mut f189, &mut map, "resp")?,
                        190 => super::runtime::read_field(&mut f190, &mut map, "api")?,
                        191 => super::runtime::read_field(&mut f191, &mut map, "state")?,
                        192 => {
                            super::runtime::read_field(&mut f192, &mut map, "headers")?
                        }
                        193 => super::runtime::read_field(&mut f193, &mut map, "send")?,
                        194 => {
                            super::runtime::read_field(&mut f194, &mut map, "execute")?
                        }
                        195 => super::runtime::read_field(&mut f195, &mut map, "build")?,
                        196 => super::runtime::read_field(&mut f196, &mut map, "into")?,
                        197 => super::runtime::read_field(&mut f197, &mut map, "from")?,
                        198 => super::runtime::read_field(&mut f198, &mut map, "drop")?,
                        199 => super::runtime::read_field(&mut f199, &mut map, "status")?,
                        200 => super::runtime::read_field(&mut f200, &mut map, "error")?,
                        201 => super::runtime::read_field(&mut f201, &mut map, "result")?,
                        202 => super::runtime::read_field(&mut f202, &mut map, "main")?,
                        203 => {
                            super::runtime::read_field(
                                &mut f203,
                                &mut map,
                                "additional_properties",
                            )?
                        }
                        204 => {
                            super::runtime::read_field(
                                &mut f204,
                                &mut map,
                                "deserialize",
                            )?
                        }
                        205 => {
                            super::runtime::read_field(&mut f205, &mut map, "serialize")?
                        }
                        206 => {
                            super::runtime::read_field(&mut f206, &mut map, "to_string")?
                        }
                        207 => super::runtime::read_field(&mut f207, &mut map, "as_str")?,
                        208 => super::runtime::read_field(&mut f208, &mut map, "kinds")?,
                        209 => {
                            super::runtime::read_field(&mut f209, &mut map, "numbers")?
                        }
                        210 => super::runtime::read_field(&mut f210, &mut map, "mixed")?,
                        _ => {
                            map.next_value::<::serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(Everything {
                    r#as: f0
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "as",
                        ))?,
                    r#break: f1
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "break",
                        ))?,
                    r#const: f2
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "const",
                        ))?,
                    r#continue: f3
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "continue",
                        ))?,
                    crate_: f4
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "crate",
                        ))?,
                    r#else: f5
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "else",
                        ))?,
                    r#enum: f6
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "enum",
                        ))?,
                    r#extern: f7
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "extern",
                        ))?,
                    r#false: f8
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "false",
                        ))?,
                    r#fn: f9
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "fn",
                        ))?,
                    r#for: f10
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "for",
                        ))?,
                    r#if: f11
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "if",
                        ))?,
                    r#impl: f12
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "impl",
                        ))?,
                    r#in: f13
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "in",
                        ))?,
                    r#let: f14
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "let",
                        ))?,
                    r#loop: f15
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "loop",
                        ))?,
                    r#match: f16
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "match",
                        ))?,
                    r#mod: f17
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "mod",
                        ))?,
                    r#move: f18
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "move",
                        ))?,
                    r#mut: f19
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "mut",
                        ))?,
                    r#pub: f20
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "pub",
                        ))?,
                    r#ref: f21
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "ref",
                        ))?,
                    r#return: f22
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "return",
                        ))?,
                    self_: f23
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "self",
                        ))?,
                    self_2: f24
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "Self",
                        ))?,
                    r#static: f25
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "static",
                        ))?,
                    r#struct: f26
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "struct",
                        ))?,
                    super_: f27
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "super",
                        ))?,
                    r#trait: f28
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "trait",
                        ))?,
                    r#true: f29
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "true",
                        ))?,
                    r#type: f30
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "type",
                        ))?,
                    r#unsafe: f31
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "unsafe",
                        ))?,
                    r#use: f32
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "use",
                        ))?,
                    r#where: f33
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "where",
                        ))?,
                    r#while: f34
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "while",
                        ))?,
                    r#async: f35
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "async",
                        ))?,
                    r#await: f36
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "await",
                        ))?,
                    r#dyn: f37
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "dyn",
                        ))?,
                    r#abstract: f38.flatten(),
                    r#become: f39.flatten(),
                    r#box: f40.flatten(),
                    r#do: f41.flatten(),
                    r#final: f42.flatten(),
                    r#macro: f43.flatten(),
                    r#override: f44.flatten(),
                    r#priv: f45.flatten(),
                    r#typeof: f46.flatten(),
                    r#unsized: f47.flatten(),
                    r#virtual: f48.flatten(),
                    r#yield: f49.flatten(),
                    r#try: f50.flatten(),
                    r#gen: f51.flatten(),
                    r#union: f52.flatten(),
                    r#macro_rules: f53.flatten(),
                    raw: f54.flatten(),
                    safe: f55.flatten(),
                    static2: f56.flatten(),
                    auto: f57.flatten(),
                    default: f58.flatten(),
                    value: f59.flatten(),
                    value2: f60.flatten(),
                    r_type: f61.flatten(),
                    r_self: f62.flatten(),
                    value3: f63.flatten(),
                    value4: f64.flatten(),
                    value5: f65.flatten(),
                    value6: f66.flatten(),
                    value7: f67.flatten(),
                    n0: f68.flatten(),
                    n1st: f69.flatten(),
                    n1: f70.flatten(),
                    value8: f71.flatten(),
                    a_b: f72.flatten(),
                    a_b2: f73.flatten(),
                    a_b3: f74.flatten(),
                    a_b4: f75.flatten(),
                    ab: f76.flatten(),
                    ab2: f77.flatten(),
                    u202e: f78.flatten(),
                    a_b5: f79.flatten(),
                    line_break: f80.flatten(),
                    nul: f81.flatten(),
                    ue9_t_ue9: f82.flatten(),
                    u65e5_u672c: f83.flatten(),
                    u1f436: f84.flatten(),
                    bool: f85.flatten(),
                    char: f86.flatten(),
                    str: f87.flatten(),
                    u8: f88.flatten(),
                    u16: f89.flatten(),
                    u32: f90.flatten(),
                    u64: f91.flatten(),
                    u128: f92.flatten(),
                    usize: f93.flatten(),
                    i8: f94.flatten(),
                    i16: f95.flatten(),
                    i32: f96.flatten(),
                    i64: f97.flatten(),
                    i128: f98.flatten(),
                    isize: f99.flatten(),
                    f32: f100.flatten(),
                    f64: f101.flatten(),
                    option: f102.flatten(),
                    some: f103.flatten(),
                    none: f104.flatten(),
                    result: f105.flatten(),
                    ok: f106.flatten(),
                    err: f107.flatten(),
                    string: f108.flatten(),
                    vec: f109.flatten(),
                    box2: f110.flatten(),
                    default2: f111.flatten(),
                    clone: f112.flatten(),
                    copy: f113.flatten(),
                    send: f114.flatten(),
                    sync: f115.flatten(),
                    sized: f116.flatten(),
                    drop: f117.flatten(),
                    fn2: f118.flatten(),
                    fn_mut: f119.flatten(),
                    fn_once: f120.flatten(),
                    from: f121.flatten(),
                    into: f122.flatten(),
                    iterator: f123.flatten(),
                    into_iterator: f124.flatten(),
                    to_string: f125.flatten(),
                    to_owned: f126.flatten(),
                    partial_eq: f127.flatten(),
                    eq: f128.flatten(),
                    ord: f129.flatten(),
                    partial_ord: f130.flatten(),
                    debug: f131.flatten(),
                    display: f132.flatten(),
                    hash: f133.flatten(),
                    hash_map: f134.flatten(),
                    b_tree_map: f135.flatten(),
                    value9: f136.flatten(),
                    map: f137.flatten(),
                    serialize: f138.flatten(),
                    deserialize: f139.flatten(),
                    serializer: f140.flatten(),
                    deserializer: f141.flatten(),
                    formatter: f142.flatten(),
                    arc: f143.flatten(),
                    cow: f144.flatten(),
                    client: f145.flatten(),
                    error: f146.flatten(),
                    response: f147.flatten(),
                    request: f148.flatten(),
                    params: f149.flatten(),
                    body: f150.flatten(),
                    api: f151.flatten(),
                    router: f152.flatten(),
                    state: f153.flatten(),
                    json: f154.flatten(),
                    bytes: f155.flatten(),
                    url: f156.flatten(),
                    method: f157.flatten(),
                    status_code: f158.flatten(),
                    header_map: f159.flatten(),
                    unknown: f160.flatten(),
                    other: f161.flatten(),
                    new: f162.flatten(),
                    clone2: f163.flatten(),
                    fmt: f164.flatten(),
                    with_base_url: f165.flatten(),
                    with_http_client: f166.flatten(),
                    base_url: f167.flatten(),
                    http_client: f168.flatten(),
                    router2: f169.flatten(),
                    client2: f170.flatten(),
                    server: f171.flatten(),
                    runtime: f172.flatten(),
                    types: f173.flatten(),
                    serde: f174.flatten(),
                    serde_json: f175.flatten(),
                    reqwest: f176.flatten(),
                    axum: f177.flatten(),
                    http: f178.flatten(),
                    tokio: f179.flatten(),
                    bytes2: f180.flatten(),
                    futures: f181.flatten(),
                    std: f182.flatten(),
                    core: f183.flatten(),
                    alloc: f184.flatten(),
                    tests: f185.flatten(),
                    params2: f186.flatten(),
                    body2: f187.flatten(),
                    req: f188.flatten(),
                    resp: f189.flatten(),
                    api2: f190.flatten(),
                    state2: f191.flatten(),
                    headers: f192.flatten(),
                    send2: f193.flatten(),
                    execute: f194.flatten(),
                    build: f195.flatten(),
                    into2: f196.flatten(),
                    from2: f197.flatten(),
                    drop2: f198.flatten(),
                    status: f199.flatten(),
                    error2: f200.flatten(),
                    result2: f201.flatten(),
                    main: f202.flatten(),
                    additional_properties: f203.flatten(),
                    deserialize2: f204.flatten(),
                    serialize2: f205.flatten(),
                    to_string2: f206.flatten(),
                    as_str: f207.flatten(),
                    kinds: f208.flatten(),
                    numbers: f209.flatten(),
                    mixed: f210.flatten(),
                })
            }
        }
        d.deserialize_map(V)
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
        struct V;
        impl super::runtime::StructFields for V {
            const FIELDS: &'static [&'static str] = &["kind", "self"];
        }
        impl<'de> ::serde::de::Visitor<'de> for V {
            type Value = VariantSelf0;
            fn expecting(
                &self,
                f: &mut ::std::fmt::Formatter<'_>,
            ) -> ::std::fmt::Result {
                f.write_str("a VariantSelf0 object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<Self::Value, A::Error> {
                let mut f0: ::std::option::Option<::std::string::String> = None;
                let mut f1: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut expect = 0usize;
                while let Some(i) = map
                    .next_key_seed(super::runtime::FieldIndex::<V>::new(expect))?
                {
                    expect = i + 1;
                    match i {
                        0 => super::runtime::read_field(&mut f0, &mut map, "kind")?,
                        1 => super::runtime::read_field(&mut f1, &mut map, "self")?,
                        _ => {
                            map.next_value::<::serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(VariantSelf0 {
                    kind: f0
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "kind",
                        ))?,
                    self_: f1.flatten(),
                })
            }
        }
        d.deserialize_map(V)
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
        struct V;
        impl super::runtime::StructFields for V {
            const FIELDS: &'static [&'static str] = &["kind", "Self"];
        }
        impl<'de> ::serde::de::Visitor<'de> for V {
            type Value = VariantSelf1;
            fn expecting(
                &self,
                f: &mut ::std::fmt::Formatter<'_>,
            ) -> ::std::fmt::Result {
                f.write_str("a VariantSelf1 object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<Self::Value, A::Error> {
                let mut f0: ::std::option::Option<::std::string::String> = None;
                let mut f1: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut expect = 0usize;
                while let Some(i) = map
                    .next_key_seed(super::runtime::FieldIndex::<V>::new(expect))?
                {
                    expect = i + 1;
                    match i {
                        0 => super::runtime::read_field(&mut f0, &mut map, "kind")?,
                        1 => super::runtime::read_field(&mut f1, &mut map, "Self")?,
                        _ => {
                            map.next_value::<::serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(VariantSelf1 {
                    kind: f0
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "kind",
                        ))?,
                    self_: f1.flatten(),
                })
            }
        }
        d.deserialize_map(V)
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
        struct V;
        impl super::runtime::StructFields for V {
            const FIELDS: &'static [&'static str] = &["kind", "type"];
        }
        impl<'de> ::serde::de::Visitor<'de> for V {
            type Value = VariantType2;
            fn expecting(
                &self,
                f: &mut ::std::fmt::Formatter<'_>,
            ) -> ::std::fmt::Result {
                f.write_str("a VariantType2 object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<Self::Value, A::Error> {
                let mut f0: ::std::option::Option<::std::string::String> = None;
                let mut f1: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut expect = 0usize;
                while let Some(i) = map
                    .next_key_seed(super::runtime::FieldIndex::<V>::new(expect))?
                {
                    expect = i + 1;
                    match i {
                        0 => super::runtime::read_field(&mut f0, &mut map, "kind")?,
                        1 => super::runtime::read_field(&mut f1, &mut map, "type")?,
                        _ => {
                            map.next_value::<::serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(VariantType2 {
                    kind: f0
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "kind",
                        ))?,
                    r#type: f1.flatten(),
                })
            }
        }
        d.deserialize_map(V)
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
        struct V;
        impl super::runtime::StructFields for V {
            const FIELDS: &'static [&'static str] = &["kind", "crate"];
        }
        impl<'de> ::serde::de::Visitor<'de> for V {
            type Value = VariantCrate3;
            fn expecting(
                &self,
                f: &mut ::std::fmt::Formatter<'_>,
            ) -> ::std::fmt::Result {
                f.write_str("a VariantCrate3 object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<Self::Value, A::Error> {
                let mut f0: ::std::option::Option<::std::string::String> = None;
                let mut f1: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut expect = 0usize;
                while let Some(i) = map
                    .next_key_seed(super::runtime::FieldIndex::<V>::new(expect))?
                {
                    expect = i + 1;
                    match i {
                        0 => super::runtime::read_field(&mut f0, &mut map, "kind")?,
                        1 => super::runtime::read_field(&mut f1, &mut map, "crate")?,
                        _ => {
                            map.next_value::<::serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(VariantCrate3 {
                    kind: f0
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "kind",
                        ))?,
                    crate_: f1.flatten(),
                })
            }
        }
        d.deserialize_map(V)
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
        struct V;
        impl super::runtime::StructFields for V {
            const FIELDS: &'static [&'static str] = &["kind", "match"];
        }
        impl<'de> ::serde::de::Visitor<'de> for V {
            type Value = VariantMatch4;
            fn expecting(
                &self,
                f: &mut ::std::fmt::Formatter<'_>,
            ) -> ::std::fmt::Result {
                f.write_str("a VariantMatch4 object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<Self::Value, A::Error> {
                let mut f0: ::std::option::Option<::std::string::String> = None;
                let mut f1: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut expect = 0usize;
                while let Some(i) = map
                    .next_key_seed(super::runtime::FieldIndex::<V>::new(expect))?
                {
                    expect = i + 1;
                    match i {
                        0 => super::runtime::read_field(&mut f0, &mut map, "kind")?,
                        1 => super::runtime::read_field(&mut f1, &mut map, "match")?,
                        _ => {
                            map.next_value::<::serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(VariantMatch4 {
                    kind: f0
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "kind",
                        ))?,
                    r#match: f1.flatten(),
                })
            }
        }
        d.deserialize_map(V)
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
        struct V;
        impl super::runtime::StructFields for V {
            const FIELDS: &'static [&'static str] = &["kind", "Option"];
        }
        impl<'de> ::serde::de::Visitor<'de> for V {
            type Value = VariantOption5;
            fn expecting(
                &self,
                f: &mut ::std::fmt::Formatter<'_>,
            ) -> ::std::fmt::Result {
                f.write_str("a VariantOption5 object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<Self::Value, A::Error> {
                let mut f0: ::std::option::Option<::std::string::String> = None;
                let mut f1: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut expect = 0usize;
                while let Some(i) = map
                    .next_key_seed(super::runtime::FieldIndex::<V>::new(expect))?
                {
                    expect = i + 1;
                    match i {
                        0 => super::runtime::read_field(&mut f0, &mut map, "kind")?,
                        1 => super::runtime::read_field(&mut f1, &mut map, "Option")?,
                        _ => {
                            map.next_value::<::serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(VariantOption5 {
                    kind: f0
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "kind",
                        ))?,
                    option: f1.flatten(),
                })
            }
        }
        d.deserialize_map(V)
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
        struct V;
        impl super::runtime::StructFields for V {
            const FIELDS: &'static [&'static str] = &["kind", "_"];
        }
        impl<'de> ::serde::de::Visitor<'de> for V {
            type Value = VariantEmpty6;
            fn expecting(
                &self,
                f: &mut ::std::fmt::Formatter<'_>,
            ) -> ::std::fmt::Result {
                f.write_str("a VariantEmpty6 object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<Self::Value, A::Error> {
                let mut f0: ::std::option::Option<::std::string::String> = None;
                let mut f1: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut expect = 0usize;
                while let Some(i) = map
                    .next_key_seed(super::runtime::FieldIndex::<V>::new(expect))?
                {
                    expect = i + 1;
                    match i {
                        0 => super::runtime::read_field(&mut f0, &mut map, "kind")?,
                        1 => super::runtime::read_field(&mut f1, &mut map, "_")?,
                        _ => {
                            map.next_value::<::serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(VariantEmpty6 {
                    kind: f0
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "kind",
                        ))?,
                    value: f1.flatten(),
                })
            }
        }
        d.deserialize_map(V)
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
        struct V;
        impl super::runtime::StructFields for V {
            const FIELDS: &'static [&'static str] = &["kind", "blank"];
        }
        impl<'de> ::serde::de::Visitor<'de> for V {
            type Value = VariantEmpty7;
            fn expecting(
                &self,
                f: &mut ::std::fmt::Formatter<'_>,
            ) -> ::std::fmt::Result {
                f.write_str("a VariantEmpty7 object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<Self::Value, A::Error> {
                let mut f0: ::std::option::Option<::std::string::String> = None;
                let mut f1: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut expect = 0usize;
                while let Some(i) = map
                    .next_key_seed(super::runtime::FieldIndex::<V>::new(expect))?
                {
                    expect = i + 1;
                    match i {
                        0 => super::runtime::read_field(&mut f0, &mut map, "kind")?,
                        1 => super::runtime::read_field(&mut f1, &mut map, "blank")?,
                        _ => {
                            map.next_value::<::serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(VariantEmpty7 {
                    kind: f0
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "kind",
                        ))?,
                    blank: f1.flatten(),
                })
            }
        }
        d.deserialize_map(V)
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
#[cfg(any(feature = "form"))]
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
#[cfg(any(feature = "form"))]
/// Chained setters of the optional fields: `Type::new(..).field(value)`.
impl FormBody {
    /// Sets `as`.
    #[must_use]
    pub fn r#as(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.r#as = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `break`.
    #[must_use]
    pub fn r#break(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.r#break = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `const`.
    #[must_use]
    pub fn r#const(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.r#const = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `continue`.
    #[must_use]
    pub fn r#continue(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.r#continue = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `crate_`.
    #[must_use]
    pub fn crate_(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.crate_ = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `else`.
    #[must_use]
    pub fn r#else(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.r#else = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `enum`.
    #[must_use]
    pub fn r#enum(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.r#enum = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `extern`.
    #[must_use]
    pub fn r#extern(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.r#extern = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `false`.
    #[must_use]
    pub fn r#false(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.r#false = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `fn`.
    #[must_use]
    pub fn r#fn(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.r#fn = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `for`.
    #[must_use]
    pub fn r#for(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.r#for = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `if`.
    #[must_use]
    pub fn r#if(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.r#if = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `impl`.
    #[must_use]
    pub fn r#impl(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.r#impl = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `in`.
    #[must_use]
    pub fn r#in(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.r#in = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `let`.
    #[must_use]
    pub fn r#let(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.r#let = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `loop`.
    #[must_use]
    pub fn r#loop(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.r#loop = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `match`.
    #[must_use]
    pub fn r#match(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.r#match = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `mod`.
    #[must_use]
    pub fn r#mod(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.r#mod = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `move`.
    #[must_use]
    pub fn r#move(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.r#move = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `mut`.
    #[must_use]
    pub fn r#mut(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.r#mut = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `pub`.
    #[must_use]
    pub fn r#pub(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.r#pub = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `ref`.
    #[must_use]
    pub fn r#ref(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.r#ref = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `return`.
    #[must_use]
    pub fn r#return(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.r#return = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `self_`.
    #[must_use]
    pub fn self_(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.self_ = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `self_2`.
    #[must_use]
    pub fn self_2(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.self_2 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `static`.
    #[must_use]
    pub fn r#static(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.r#static = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `struct`.
    #[must_use]
    pub fn r#struct(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.r#struct = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `super_`.
    #[must_use]
    pub fn super_(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.super_ = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `trait`.
    #[must_use]
    pub fn r#trait(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.r#trait = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `true`.
    #[must_use]
    pub fn r#true(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.r#true = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `type`.
    #[must_use]
    pub fn r#type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.r#type = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `unsafe`.
    #[must_use]
    pub fn r#unsafe(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.r#unsafe = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `use`.
    #[must_use]
    pub fn r#use(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.r#use = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `where`.
    #[must_use]
    pub fn r#where(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.r#where = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `while`.
    #[must_use]
    pub fn r#while(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.r#while = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `async`.
    #[must_use]
    pub fn r#async(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.r#async = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `await`.
    #[must_use]
    pub fn r#await(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.r#await = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `dyn`.
    #[must_use]
    pub fn r#dyn(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.r#dyn = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `abstract`.
    #[must_use]
    pub fn r#abstract(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.r#abstract = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `become`.
    #[must_use]
    pub fn r#become(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.r#become = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `box`.
    #[must_use]
    pub fn r#box(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.r#box = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `do`.
    #[must_use]
    pub fn r#do(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.r#do = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `final`.
    #[must_use]
    pub fn r#final(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.r#final = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `macro`.
    #[must_use]
    pub fn r#macro(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.r#macro = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `override`.
    #[must_use]
    pub fn r#override(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.r#override = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `priv`.
    #[must_use]
    pub fn r#priv(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.r#priv = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `typeof`.
    #[must_use]
    pub fn r#typeof(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.r#typeof = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `unsized`.
    #[must_use]
    pub fn r#unsized(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.r#unsized = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `virtual`.
    #[must_use]
    pub fn r#virtual(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.r#virtual = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `yield`.
    #[must_use]
    pub fn r#yield(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.r#yield = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `try`.
    #[must_use]
    pub fn r#try(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.r#try = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `gen`.
    #[must_use]
    pub fn r#gen(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.r#gen = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `union`.
    #[must_use]
    pub fn r#union(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.r#union = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `macro_rules`.
    #[must_use]
    pub fn r#macro_rules(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.r#macro_rules = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `raw`.
    #[must_use]
    pub fn raw(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.raw = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `safe`.
    #[must_use]
    pub fn safe(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.safe = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `static2`.
    #[must_use]
    pub fn static2(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.static2 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `auto`.
    #[must_use]
    pub fn auto(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.auto = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `default`.
    #[must_use]
    pub fn with_default(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.default = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `value`.
    #[must_use]
    pub fn value(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.value = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `value2`.
    #[must_use]
    pub fn value2(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.value2 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `r_type`.
    #[must_use]
    pub fn r_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.r_type = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `r_self`.
    #[must_use]
    pub fn r_self(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.r_self = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `value3`.
    #[must_use]
    pub fn value3(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.value3 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `value4`.
    #[must_use]
    pub fn value4(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.value4 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `value5`.
    #[must_use]
    pub fn value5(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.value5 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `value6`.
    #[must_use]
    pub fn value6(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.value6 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `value7`.
    #[must_use]
    pub fn value7(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.value7 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `n0`.
    #[must_use]
    pub fn n0(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.n0 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `n1st`.
    #[must_use]
    pub fn n1st(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.n1st = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `n1`.
    #[must_use]
    pub fn n1(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.n1 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `value8`.
    #[must_use]
    pub fn value8(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.value8 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `a_b`.
    #[must_use]
    pub fn a_b(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.a_b = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `a_b2`.
    #[must_use]
    pub fn a_b2(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.a_b2 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `a_b3`.
    #[must_use]
    pub fn a_b3(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.a_b3 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `a_b4`.
    #[must_use]
    pub fn a_b4(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.a_b4 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `ab`.
    #[must_use]
    pub fn ab(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.ab = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `ab2`.
    #[must_use]
    pub fn ab2(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.ab2 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `u202e`.
    #[must_use]
    pub fn u202e(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.u202e = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `a_b5`.
    #[must_use]
    pub fn a_b5(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.a_b5 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `line_break`.
    #[must_use]
    pub fn line_break(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.line_break = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `nul`.
    #[must_use]
    pub fn nul(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.nul = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `ue9_t_ue9`.
    #[must_use]
    pub fn ue9_t_ue9(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.ue9_t_ue9 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `u65e5_u672c`.
    #[must_use]
    pub fn u65e5_u672c(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.u65e5_u672c = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `u1f436`.
    #[must_use]
    pub fn u1f436(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.u1f436 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `bool`.
    #[must_use]
    pub fn bool(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.bool = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `char`.
    #[must_use]
    pub fn char(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.char = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `str`.
    #[must_use]
    pub fn str(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.str = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `u8`.
    #[must_use]
    pub fn u8(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.u8 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `u16`.
    #[must_use]
    pub fn u16(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.u16 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `u32`.
    #[must_use]
    pub fn u32(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.u32 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `u64`.
    #[must_use]
    pub fn u64(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.u64 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `u128`.
    #[must_use]
    pub fn u128(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.u128 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `usize`.
    #[must_use]
    pub fn usize(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.usize = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `i8`.
    #[must_use]
    pub fn i8(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.i8 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `i16`.
    #[must_use]
    pub fn i16(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.i16 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `i32`.
    #[must_use]
    pub fn i32(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.i32 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `i64`.
    #[must_use]
    pub fn i64(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.i64 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `i128`.
    #[must_use]
    pub fn i128(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.i128 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `isize`.
    #[must_use]
    pub fn isize(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.isize = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `f32`.
    #[must_use]
    pub fn f32(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.f32 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `f64`.
    #[must_use]
    pub fn f64(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.f64 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `option`.
    #[must_use]
    pub fn option(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.option = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `some`.
    #[must_use]
    pub fn some(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.some = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `none`.
    #[must_use]
    pub fn none(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.none = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `result`.
    #[must_use]
    pub fn result(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.result = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `ok`.
    #[must_use]
    pub fn ok(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.ok = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `err`.
    #[must_use]
    pub fn err(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.err = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `string`.
    #[must_use]
    pub fn string(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.string = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `vec`.
    #[must_use]
    pub fn vec(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.vec = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `box2`.
    #[must_use]
    pub fn box2(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.box2 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `default2`.
    #[must_use]
    pub fn default2(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.default2 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `clone`.
    #[must_use]
    pub fn with_clone(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.clone = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `copy`.
    #[must_use]
    pub fn copy(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.copy = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `send`.
    #[must_use]
    pub fn send(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.send = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `sync`.
    #[must_use]
    pub fn sync(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.sync = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `sized`.
    #[must_use]
    pub fn sized(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.sized = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `drop`.
    #[must_use]
    pub fn drop(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.drop = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `fn2`.
    #[must_use]
    pub fn fn2(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.fn2 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `fn_mut`.
    #[must_use]
    pub fn fn_mut(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.fn_mut = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `fn_once`.
    #[must_use]
    pub fn fn_once(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.fn_once = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `from`.
    #[must_use]
    pub fn with_from(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.from = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `into`.
    #[must_use]
    pub fn with_into(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.into = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `iterator`.
    #[must_use]
    pub fn iterator(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.iterator = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `into_iterator`.
    #[must_use]
    pub fn into_iterator(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.into_iterator = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `to_string`.
    #[must_use]
    pub fn to_string(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.to_string = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `to_owned`.
    #[must_use]
    pub fn with_to_owned(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.to_owned = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `partial_eq`.
    #[must_use]
    pub fn partial_eq(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.partial_eq = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `eq`.
    #[must_use]
    pub fn with_eq(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.eq = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `ord`.
    #[must_use]
    pub fn ord(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.ord = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `partial_ord`.
    #[must_use]
    pub fn partial_ord(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.partial_ord = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `debug`.
    #[must_use]
    pub fn debug(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.debug = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `display`.
    #[must_use]
    pub fn display(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.display = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `hash`.
    #[must_use]
    pub fn hash(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.hash = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `hash_map`.
    #[must_use]
    pub fn hash_map(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.hash_map = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `b_tree_map`.
    #[must_use]
    pub fn b_tree_map(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.b_tree_map = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `value9`.
    #[must_use]
    pub fn value9(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.value9 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `map`.
    #[must_use]
    pub fn map(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.map = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `serialize`.
    #[must_use]
    pub fn with_serialize(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.serialize = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `deserialize`.
    #[must_use]
    pub fn with_deserialize(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.deserialize = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `serializer`.
    #[must_use]
    pub fn serializer(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.serializer = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `deserializer`.
    #[must_use]
    pub fn deserializer(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.deserializer = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `formatter`.
    #[must_use]
    pub fn formatter(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.formatter = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `arc`.
    #[must_use]
    pub fn arc(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.arc = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `cow`.
    #[must_use]
    pub fn cow(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.cow = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `client`.
    #[must_use]
    pub fn client(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.client = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `error`.
    #[must_use]
    pub fn error(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.error = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `response`.
    #[must_use]
    pub fn response(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.response = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `request`.
    #[must_use]
    pub fn request(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.request = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `params`.
    #[must_use]
    pub fn params(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.params = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `body`.
    #[must_use]
    pub fn body(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.body = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `api`.
    #[must_use]
    pub fn api(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.api = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `router`.
    #[must_use]
    pub fn router(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.router = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `state`.
    #[must_use]
    pub fn state(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.state = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `json`.
    #[must_use]
    pub fn json(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.json = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `bytes`.
    #[must_use]
    pub fn bytes(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.bytes = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `url`.
    #[must_use]
    pub fn url(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.url = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `method`.
    #[must_use]
    pub fn method(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.method = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `status_code`.
    #[must_use]
    pub fn status_code(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.status_code = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `header_map`.
    #[must_use]
    pub fn header_map(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.header_map = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `unknown`.
    #[must_use]
    pub fn unknown(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.unknown = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `other`.
    #[must_use]
    pub fn other(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.other = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `new`.
    #[must_use]
    pub fn with_new(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.new = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `clone2`.
    #[must_use]
    pub fn clone2(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.clone2 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `fmt`.
    #[must_use]
    pub fn with_fmt(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.fmt = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `with_base_url`.
    #[must_use]
    pub fn with_base_url(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.with_base_url = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `with_http_client`.
    #[must_use]
    pub fn with_http_client(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.with_http_client = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `base_url`.
    #[must_use]
    pub fn base_url(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.base_url = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `http_client`.
    #[must_use]
    pub fn http_client(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.http_client = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `router2`.
    #[must_use]
    pub fn router2(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.router2 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `client2`.
    #[must_use]
    pub fn client2(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.client2 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `server`.
    #[must_use]
    pub fn server(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.server = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `runtime`.
    #[must_use]
    pub fn runtime(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.runtime = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `types`.
    #[must_use]
    pub fn types(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.types = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `serde`.
    #[must_use]
    pub fn serde(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.serde = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `serde_json`.
    #[must_use]
    pub fn serde_json(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.serde_json = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `reqwest`.
    #[must_use]
    pub fn reqwest(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.reqwest = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `axum`.
    #[must_use]
    pub fn axum(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.axum = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `http`.
    #[must_use]
    pub fn http(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.http = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `tokio`.
    #[must_use]
    pub fn tokio(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.tokio = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `bytes2`.
    #[must_use]
    pub fn bytes2(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.bytes2 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `futures`.
    #[must_use]
    pub fn futures(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.futures = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `std`.
    #[must_use]
    pub fn std(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.std = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `core`.
    #[must_use]
    pub fn core(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.core = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `alloc`.
    #[must_use]
    pub fn alloc(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.alloc = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `tests`.
    #[must_use]
    pub fn tests(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.tests = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `params2`.
    #[must_use]
    pub fn params2(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.params2 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `body2`.
    #[must_use]
    pub fn body2(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.body2 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `req`.
    #[must_use]
    pub fn req(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.req = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `resp`.
    #[must_use]
    pub fn resp(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.resp = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `api2`.
    #[must_use]
    pub fn api2(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.api2 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `state2`.
    #[must_use]
    pub fn state2(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.state2 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `headers`.
    #[must_use]
    pub fn headers(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.headers = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `send2`.
    #[must_use]
    pub fn send2(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.send2 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `execute`.
    #[must_use]
    pub fn execute(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.execute = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `build`.
    #[must_use]
    pub fn build(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.build = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `into2`.
    #[must_use]
    pub fn into2(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.into2 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `from2`.
    #[must_use]
    pub fn from2(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.from2 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `drop2`.
    #[must_use]
    pub fn drop2(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.drop2 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `status`.
    #[must_use]
    pub fn status(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.status = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `error2`.
    #[must_use]
    pub fn error2(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.error2 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `result2`.
    #[must_use]
    pub fn result2(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.result2 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `main`.
    #[must_use]
    pub fn main(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.main = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `additional_properties`.
    #[must_use]
    pub fn additional_properties(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.additional_properties = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `deserialize2`.
    #[must_use]
    pub fn deserialize2(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.deserialize2 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `serialize2`.
    #[must_use]
    pub fn serialize2(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.serialize2 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `to_string2`.
    #[must_use]
    pub fn to_string2(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.to_string2 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `as_str`.
    #[must_use]
    pub fn as_str(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.as_str = ::std::option::Option::Some(value.into());
        self
    }
}
#[cfg(any(feature = "form"))]
impl<'de> ::serde::Deserialize<'de> for FormBody {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        d: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct V;
        impl super::runtime::StructFields for V {
            const FIELDS: &'static [&'static str] = &[
                "as",
                "break",
                "const",
                "continue",
                "crate",
                "else",
                "enum",
                "extern",
                "false",
                "fn",
                "for",
                "if",
                "impl",
                "in",
                "let",
                "loop",
                "match",
                "mod",
                "move",
                "mut",
                "pub",
                "ref",
                "return",
                "self",
                "Self",
                "static",
                "struct",
                "super",
                "trait",
                "true",
                "type",
                "unsafe",
                "use",
                "where",
                "while",
                "async",
                "await",
                "dyn",
                "abstract",
                "become",
                "box",
                "do",
                "final",
                "macro",
                "override",
                "priv",
                "typeof",
                "unsized",
                "virtual",
                "yield",
                "try",
                "gen",
                "union",
                "macro_rules",
                "raw",
                "safe",
                "'static",
                "auto",
                "default",
                "_",
                "__",
                "r#type",
                "r#self",
                "",
                " ",
                "*/",
                "\"#",
                "##",
                "0",
                "1st",
                "-1",
                "+",
                "a-b",
                "A_B",
                "a_b",
                "aB",
                "AB",
                "ab",
                "\u{202e}",
                "a\rb",
                "line\nbreak",
                "nul\0",
                "été",
                "日本",
                "🐶",
                "bool",
                "char",
                "str",
                "u8",
                "u16",
                "u32",
                "u64",
                "u128",
                "usize",
                "i8",
                "i16",
                "i32",
                "i64",
                "i128",
                "isize",
                "f32",
                "f64",
                "Option",
                "Some",
                "None",
                "Result",
                "Ok",
                "Err",
                "String",
                "Vec",
                "Box",
                "Default",
                "Clone",
                "Copy",
                "Send",
                "Sync",
                "Sized",
                "Drop",
                "Fn",
                "FnMut",
                "FnOnce",
                "From",
                "Into",
                "Iterator",
                "IntoIterator",
                "ToString",
                "ToOwned",
                "PartialEq",
                "Eq",
                "Ord",
                "PartialOrd",
                "Debug",
                "Display",
                "Hash",
                "HashMap",
                "BTreeMap",
                "Value",
                "Map",
                "Serialize",
                "Deserialize",
                "Serializer",
                "Deserializer",
                "Formatter",
                "Arc",
                "Cow",
                "Client",
                "Error",
                "Response",
                "Request",
                "Params",
                "Body",
                "Api",
                "Router",
                "State",
                "Json",
                "Bytes",
                "Url",
                "Method",
                "StatusCode",
                "HeaderMap",
                "Unknown",
                "Other",
                "new",
                "clone",
                "fmt",
                "with_base_url",
                "with_http_client",
                "base_url",
                "http_client",
                "router",
                "client",
                "server",
                "runtime",
                "types",
                "serde",
                "serde_json",
                "reqwest",
                "axum",
                "http",
                "tokio",
                "bytes",
                "futures",
                "std",
                "core",
                "alloc",
                "tests",
                "params",
                "body",
                "req",
                "resp",
                "api",
                "state",
                "headers",
                "send",
                "execute",
                "build",
                "into",
                "from",
                "drop",
                "status",
                "error",
                "result",
                "main",
                "additional_properties",
                "deserialize",
                "serialize",
                "to_string",
                "as_str",
            ];
        }
        impl<'de> ::serde::de::Visitor<'de> for V {
            type Value = FormBody;
            fn expecting(
                &self,
                f: &mut ::std::fmt::Formatter<'_>,
            ) -> ::std::fmt::Result {
                f.write_str("a FormBody object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<Self::Value, A::Error> {
                let mut f0: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f1: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f2: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f3: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f4: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f5: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f6: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f7: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f8: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f9: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f10: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f11: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f12: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f13: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f14: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f15: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f16: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f17: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f18: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f19: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f20: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f21: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f22: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f23: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f24: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f25: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f26: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f27: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f28: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f29: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f30: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f31: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f32: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f33: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f34: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f35: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f36: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f37: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f38: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f39: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f40: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f41: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f42: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f43: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f44: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f45: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f46: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f47: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f48: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f49: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f50: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f51: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f52: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f53: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f54: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f55: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f56: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f57: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f58: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f59: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f60: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f61: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f62: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f63: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f64: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f65: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f66: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f67: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f68: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f69: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f70: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f71: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f72: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f73: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f74: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f75: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f76: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f77: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f78: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f79: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f80: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f81: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f82: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f83: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f84: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f85: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f86: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f87: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f88: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f89: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f90: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f91: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f92: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f93: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f94: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f95: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f96: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f97: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f98: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f99: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f100: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f101: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f102: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f103: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f104: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f105: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f106: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f107: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f108: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f109: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f110: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f111: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f112: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f113: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f114: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f115: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f116: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f117: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f118: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f119: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f120: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f121: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f122: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f123: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f124: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f125: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f126: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f127: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f128: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f129: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f130: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f131: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f132: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f133: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f134: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f135: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f136: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f137: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f138: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f139: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f140: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f141: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f142: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f143: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f144: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f145: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f146: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f147: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f148: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f149: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f150: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f151: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f152: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f153: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f154: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f155: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f156: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f157: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f158: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f159: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f160: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f161: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f162: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f163: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f164: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f165: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f166: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f167: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f168: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f169: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f170: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f171: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f172: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f173: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f174: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f175: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f176: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f177: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f178: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f179: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f180: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f181: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f182: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f183: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f184: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f185: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f186: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f187: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f188: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f189: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f190: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f191: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f192: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f193: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f194: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f195: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f196: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f197: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f198: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f199: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f200: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f201: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f202: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f203: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f204: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f205: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f206: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f207: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut expect = 0usize;
                while let Some(i) = map
                    .next_key_seed(super::runtime::FieldIndex::<V>::new(expect))?
                {
                    expect = i + 1;
                    match i {
                        0 => super::runtime::read_field(&mut f0, &mut map, "as")?,
                        1 => super::runtime::read_field(&mut f1, &mut map, "break")?,
                        2 => super::runtime::read_field(&mut f2, &mut map, "const")?,
                        3 => super::runtime::read_field(&mut f3, &mut map, "continue")?,
                        4 => super::runtime::read_field(&mut f4, &mut map, "crate")?,
                        5 => super::runtime::read_field(&mut f5, &mut map, "else")?,
                        6 => super::runtime::read_field(&mut f6, &mut map, "enum")?,
                        7 => super::runtime::read_field(&mut f7, &mut map, "extern")?,
                        8 => super::runtime::read_field(&mut f8, &mut map, "false")?,
                        9 => super::runtime::read_field(&mut f9, &mut map, "fn")?,
                        10 => super::runtime::read_field(&mut f10, &mut map, "for")?,
                        11 => super::runtime::read_field(&mut f11, &mut map, "if")?,
                        12 => super::runtime::read_field(&mut f12, &mut map, "impl")?,
                        13 => super::runtime::read_field(&mut f13, &mut map, "in")?,
                        14 => super::runtime::read_field(&mut f14, &mut map, "let")?,
                        15 => super::runtime::read_field(&mut f15, &mut map, "loop")?,
                        16 => super::runtime::read_field(&mut f16, &mut map, "match")?,
                        17 => super::runtime::read_field(&mut f17, &mut map, "mod")?,
                        18 => super::runtime::read_field(&mut f18, &mut map, "move")?,
                        19 => super::runtime::read_field(&mut f19, &mut map, "mut")?,
                        20 => super::runtime::read_field(&mut f20, &mut map, "pub")?,
                        21 => super::runtime::read_field(&mut f21, &mut map, "ref")?,
                        22 => super::runtime::read_field(&mut f22, &mut map, "return")?,
                        23 => super::runtime::read_field(&mut f23, &mut map, "self")?,
                        24 => super::runtime::read_field(&mut f24, &mut map, "Self")?,
                        25 => super::runtime::read_field(&mut f25, &mut map, "static")?,
                        26 => super::runtime::read_field(&mut f26, &mut map, "struct")?,
                        27 => super::runtime::read_field(&mut f27, &mut map, "super")?,
                        28 => super::runtime::read_field(&mut f28, &mut map, "trait")?,
                        29 => super::runtime::read_field(&mut f29, &mut map, "true")?,
                        30 => super::runtime::read_field(&mut f30, &mut map, "type")?,
                        31 => super::runtime::read_field(&mut f31, &mut map, "unsafe")?,
                        32 => super::runtime::read_field(&mut f32, &mut map, "use")?,
                        33 => super::runtime::read_field(&mut f33, &mut map, "where")?,
                        34 => super::runtime::read_field(&mut f34, &mut map, "while")?,
                        35 => super::runtime::read_field(&mut f35, &mut map, "async")?,
                        36 => super::runtime::read_field(&mut f36, &mut map, "await")?,
                        37 => super::runtime::read_field(&mut f37, &mut map, "dyn")?,
                        38 => super::runtime::read_field(&mut f38, &mut map, "abstract")?,
                        39 => super::runtime::read_field(&mut f39, &mut map, "become")?,
                        40 => super::runtime::read_field(&mut f40, &mut map, "box")?,
                        41 => super::runtime::read_field(&mut f41, &mut map, "do")?,
                        42 => super::runtime::read_field(&mut f42, &mut map, "final")?,
                        43 => super::runtime::read_field(&mut f43, &mut map, "macro")?,
                        44 => super::runtime::read_field(&mut f44, &mut map, "override")?,
                        45 => super::runtime::read_field(&mut f45, &mut map, "priv")?,
                        46 => super::runtime::read_field(&mut f46, &mut map, "typeof")?,
                        47 => super::runtime::read_field(&mut f47, &mut map, "unsized")?,
                        48 => super::runtime::read_field(&mut f48, &mut map, "virtual")?,
                        49 => super::runtime::read_field(&mut f49, &mut map, "yield")?,
                        50 => super::runtime::read_field(&mut f50, &mut map, "try")?,
                        51 => super::runtime::read_field(&mut f51, &mut map, "gen")?,
                        52 => super::runtime::read_field(&mut f52, &mut map, "union")?,
                        53 => {
                            super::runtime::read_field(
                                &mut f53,
                                &mut map,
                                "macro_rules",
                            )?
                        }
                        54 => super::runtime::read_field(&mut f54, &mut map, "raw")?,
                        55 => super::runtime::read_field(&mut f55, &mut map, "safe")?,
                        56 => super::runtime::read_field(&mut f56, &mut map, "'static")?,
                        57 => super::runtime::read_field(&mut f57, &mut map, "auto")?,
                        58 => super::runtime::read_field(&mut f58, &mut map, "default")?,
                        59 => super::runtime::read_field(&mut f59, &mut map, "_")?,
                        60 => super::runtime::read_field(&mut f60, &mut map, "__")?,
                        61 => super::runtime::read_field(&mut f61, &mut map, "r#type")?,
                        62 => super::runtime::read_field(&mut f62, &mut map, "r#self")?,
                        63 => super::runtime::read_field(&mut f63, &mut map, "")?,
                        64 => super::runtime::read_field(&mut f64, &mut map, " ")?,
                        65 => super::runtime::read_field(&mut f65, &mut map, "*/")?,
                        66 => super::runtime::read_field(&mut f66, &mut map, "\"#")?,
                        67 => super::runtime::read_field(&mut f67, &mut map, "##")?,
                        68 => super::runtime::read_field(&mut f68, &mut map, "0")?,
                        69 => super::runtime::read_field(&mut f69, &mut map, "1st")?,
                        70 => super::runtime::read_field(&mut f70, &mut map, "-1")?,
                        71 => super::runtime::read_field(&mut f71, &mut map, "+")?,
                        72 => super::runtime::read_field(&mut f72, &mut map, "a-b")?,
                        73 => super::runtime::read_field(&mut f73, &mut map, "A_B")?,
                        74 => super::runtime::read_field(&mut f74, &mut map, "a_b")?,
                        75 => super::runtime::read_field(&mut f75, &mut map, "aB")?,
                        76 => super::runtime::read_field(&mut f76, &mut map, "AB")?,
                        77 => super::runtime::read_field(&mut f77, &mut map, "ab")?,
                        78 => super::runtime::read_field(&mut f78, &mut map, "\u{202e}")?,
                        79 => super::runtime::read_field(&mut f79, &mut map, "a\rb")?,
                        80 => {
                            super::runtime::read_field(
                                &mut f80,
                                &mut map,
                                "line\nbreak",
                            )?
                        }
                        81 => super::runtime::read_field(&mut f81, &mut map, "nul\0")?,
                        82 => super::runtime::read_field(&mut f82, &mut map, "été")?,
                        83 => super::runtime::read_field(&mut f83, &mut map, "日本")?,
                        84 => super::runtime::read_field(&mut f84, &mut map, "🐶")?,
                        85 => super::runtime::read_field(&mut f85, &mut map, "bool")?,
                        86 => super::runtime::read_field(&mut f86, &mut map, "char")?,
                        87 => super::runtime::read_field(&mut f87, &mut map, "str")?,
                        88 => super::runtime::read_field(&mut f88, &mut map, "u8")?,
                        89 => super::runtime::read_field(&mut f89, &mut map, "u16")?,
                        90 => super::runtime::read_field(&mut f90, &mut map, "u32")?,
                        91 => super::runtime::read_field(&mut f91, &mut map, "u64")?,
                        92 => super::runtime::read_field(&mut f92, &mut map, "u128")?,
                        93 => super::runtime::read_field(&mut f93, &mut map, "usize")?,
                        94 => super::runtime::read_field(&mut f94, &mut map, "i8")?,
                        95 => super::runtime::read_field(&mut f95, &mut map, "i16")?,
                        96 => super::runtime::read_field(&mut f96, &mut map, "i32")?,
                        97 => super::runtime::read_field(&mut f97, &mut map, "i64")?,
                        98 => super::runtime::read_field(&mut f98, &mut map, "i128")?,
                        99 => super::runtime::read_field(&mut f99, &mut map, "isize")?,
                        100 => super::runtime::read_field(&mut f100, &mut map, "f32")?,
                        101 => super::runtime::read_field(&mut f101, &mut map, "f64")?,
                        102 => super::runtime::read_field(&mut f102, &mut map, "Option")?,
                        103 => super::runtime::read_field(&mut f103, &mut map, "Some")?,
                        104 => super::runtime::read_field(&mut f104, &mut map, "None")?,
                        105 => super::runtime::read_field(&mut f105, &mut map, "Result")?,
                        106 => super::runtime::read_field(&mut f106, &mut map, "Ok")?,
                        107 => super::runtime::read_field(&mut f107, &mut map, "Err")?,
                        108 => super::runtime::read_field(&mut f108, &mut map, "String")?,
                        109 => super::runtime::read_field(&mut f109, &mut map, "Vec")?,
                        110 => super::runtime::read_field(&mut f110, &mut map, "Box")?,
                        111 => {
                            super::runtime::read_field(&mut f111, &mut map, "Default")?
                        }
                        112 => super::runtime::read_field(&mut f112, &mut map, "Clone")?,
                        113 => super::runtime::read_field(&mut f113, &mut map, "Copy")?,
                        114 => super::runtime::read_field(&mut f114, &mut map, "Send")?,
                        115 => super::runtime::read_field(&mut f115, &mut map, "Sync")?,
                        116 => super::runtime::read_field(&mut f116, &mut map, "Sized")?,
                        117 => super::runtime::read_field(&mut f117, &mut map, "Drop")?,
                        118 => super::runtime::read_field(&mut f118, &mut map, "Fn")?,
                        119 => super::runtime::read_field(&mut f119, &mut map, "FnMut")?,
                        120 => super::runtime::read_field(&mut f120, &mut map, "FnOnce")?,
                        121 => super::runtime::read_field(&mut f121, &mut map, "From")?,
                        122 => super::runtime::read_field(&mut f122, &mut map, "Into")?,
                        123 => {
                            super::runtime::read_field(&mut f123, &mut map, "Iterator")?
                        }
                        124 => {
                            super::runtime::read_field(
                                &mut f124,
                                &mut map,
                                "IntoIterator",
                            )?
                        }
                        125 => {
                            super::runtime::read_field(&mut f125, &mut map, "ToString")?
                        }
                        126 => {
                            super::runtime::read_field(&mut f126, &mut map, "ToOwned")?
                        }
                        127 => {
                            super::runtime::read_field(&mut f127, &mut map, "PartialEq")?
                        }
                        128 => super::runtime::read_field(&mut f128, &mut map, "Eq")?,
                        129 => super::runtime::read_field(&mut f129, &mut map, "Ord")?,
                        130 => {
                            super::runtime::read_field(
                                &mut f130,
                                &mut map,
                                "PartialOrd",
                            )?
                        }
                        131 => super::runtime::read_field(&mut f131, &mut map, "Debug")?,
                        132 => {
                            super::runtime::read_field(&mut f132, &mut map, "Display")?
                        }
                        133 => super::runtime::read_field(&mut f133, &mut map, "Hash")?,
                        134 => {
                            super::runtime::read_field(&mut f134, &mut map, "HashMap")?
                        }
                        135 => {
                            super::runtime::read_field(&mut f135, &mut map, "BTreeMap")?
                        }
                        136 => super::runtime::read_field(&mut f136, &mut map, "Value")?,
                        137 => super::runtime::read_field(&mut f137, &mut map, "Map")?,
                        138 => {
                            super::runtime::read_field(&mut f138, &mut map, "Serialize")?
                        }
                        139 => {
                            super::runtime::read_field(
                                &mut f139,
                                &mut map,
                                "Deserialize",
                            )?
                        }
                        140 => {
                            super::runtime::read_field(
                                &mut f140,
                                &mut map,
                                "Serializer",
                            )?
                        }
                        141 => {
                            super::runtime::read_field(
                                &mut f141,
                                &mut map,
                                "Deserializer",
                            )?
                        }
                        142 => {
                            super::runtime::read_field(&mut f142, &mut map, "Formatter")?
                        }
                        143 => super::runtime::read_field(&mut f143, &mut map, "Arc")?,
                        144 => super::runtime::read_field(&mut f144, &mut map, "Cow")?,
                        145 => super::runtime::read_field(&mut f145, &mut map, "Client")?,
                        146 => super::runtime::read_field(&mut f146, &mut map, "Error")?,
                        147 => {
                            super::runtime::read_field(&mut f147, &mut map, "Response")?
                        }
                        148 => {
                            super::runtime::read_field(&mut f148, &mut map, "Request")?
                        }
                        149 => super::runtime::read_field(&mut f149, &mut map, "Params")?,
                        150 => super::runtime::read_field(&mut f150, &mut map, "Body")?,
                        151 => super::runtime::read_field(&mut f151, &mut map, "Api")?,
                        152 => super::runtime::read_field(&mut f152, &mut map, "Router")?,
                        153 => super::runtime::read_field(&mut f153, &mut map, "State")?,
                        154 => super::runtime::read_field(&mut f154, &mut map, "Json")?,
                        155 => super::runtime::read_field(&mut f155, &mut map, "Bytes")?,
                        156 => super::runtime::read_field(&mut f156, &mut map, "Url")?,
                        157 => super::runtime::read_field(&mut f157, &mut map, "Method")?,
                        158 => {
                            super::runtime::read_field(
                                &mut f158,
                                &mut map,
                                "StatusCode",
                            )?
                        }
                        159 => {
                            super::runtime::read_field(&mut f159, &mut map, "HeaderMap")?
                        }
                        160 => {
                            super::runtime::read_field(&mut f160, &mut map, "Unknown")?
                        }
                        161 => super::runtime::read_field(&mut f161, &mut map, "Other")?,
                        162 => super::runtime::read_field(&mut f162, &mut map, "new")?,
                        163 => super::runtime::read_field(&mut f163, &mut map, "clone")?,
                        164 => super::runtime::read_field(&mut f164, &mut map, "fmt")?,
                        165 => {
                            super::runtime::read_field(
                                &mut f165,
                                &mut map,
                                "with_base_url",
                            )?
                        }
                        166 => {
                            super::runtime::read_field(
                                &mut f166,
                                &mut map,
                                "with_http_client",
                            )?
                        }
                        167 => {
                            super::runtime::read_field(&mut f167, &mut map, "base_url")?
                        }
                        168 => {
                            super::runtime::read_field(
                                &mut f168,
                                &mut map,
                                "http_client",
                            )?
                        }
                        169 => super::runtime::read_field(&mut f169, &mut map, "router")?,
                        170 => super::runtime::read_field(&mut f170, &mut map, "client")?,
                        171 => super::runtime::read_field(&mut f171, &mut map, "server")?,
                        172 => {
                            super::runtime::read_field(&mut f172, &mut map, "runtime")?
                        }
                        173 => super::runtime::read_field(&mut f173, &mut map, "types")?,
                        174 => super::runtime::read_field(&mut f174, &mut map, "serde")?,
                        175 => {
                            super::runtime::read_field(
                                &mut f175,
                                &mut map,
                                "serde_json",
                            )?
                        }
                        176 => {
                            super::runtime::read_field(&mut f176, &mut map, "reqwest")?
                        }
                        177 => super::runtime::read_field(&mut f177, &mut map, "axum")?,
                        178 => super::runtime::read_field(&mut f178, &mut map, "http")?,
                        179 => super::runtime::read_field(&mut f179, &mut map, "tokio")?,
                        180 => super::runtime::read_field(&mut f180, &mut map, "bytes")?,
                        181 => {
                            super::runtime::read_field(&mut f181, &mut map, "futures")?
                        }
                        182 => super::runtime::read_field(&mut f182, &mut map, "std")?,
                        183 => super::runtime::read_field(&mut f183, &mut map, "core")?,
                        184 => super::runtime::read_field(&mut f184, &mut map, "alloc")?,
                        185 => super::runtime::read_field(&mut f185, &mut map, "tests")?,
                        186 => super::runtime::read_field(&mut f186, &mut map, "params")?,
                        187 => super::runtime::read_field(&mut f187, &mut map, "body")?,
                        188 => super::runtime::read_field(&mut f188, &mut map, "req")?,
                        189 => super::runtime::read_field(&mut f189, &mut map, "resp")?,
                        190 => super::runtime::read_field(&mut f190, &mut map, "api")?,
                        191 => super::runtime::read_field(&mut f191, &mut map, "state")?,
                        192 => {
                            super::runtime::read_field(&mut f192, &mut map, "headers")?
                        }
                        193 => super::runtime::read_field(&mut f193, &mut map, "send")?,
                        194 => {
                            super::runtime::read_field(&mut f194, &mut map, "execute")?
                        }
                        195 => super::runtime::read_field(&mut f195, &mut map, "build")?,
                        196 => super::runtime::read_field(&mut f196, &mut map, "into")?,
                        197 => super::runtime::read_field(&mut f197, &mut map, "from")?,
                        198 => super::runtime::read_field(&mut f198, &mut map, "drop")?,
                        199 => super::runtime::read_field(&mut f199, &mut map, "status")?,
                        200 => super::runtime::read_field(&mut f200, &mut map, "error")?,
                        201 => super::runtime::read_field(&mut f201, &mut map, "result")?,
                        202 => super::runtime::read_field(&mut f202, &mut map, "main")?,
                        203 => {
                            super::runtime::read_field(
                                &mut f203,
                                &mut map,
                                "additional_properties",
                            )?
                        }
                        204 => {
                            super::runtime::read_field(
                                &mut f204,
                                &mut map,
                                "deserialize",
                            )?
                        }
                        205 => {
                            super::runtime::read_field(&mut f205, &mut map, "serialize")?
                        }
                        206 => {
                            super::runtime::read_field(&mut f206, &mut map, "to_string")?
                        }
                        207 => super::runtime::read_field(&mut f207, &mut map, "as_str")?,
                        _ => {
                            map.next_value::<::serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(FormBody {
                    r#as: f0.flatten(),
                    r#break: f1.flatten(),
                    r#const: f2.flatten(),
                    r#continue: f3.flatten(),
                    crate_: f4.flatten(),
                    r#else: f5.flatten(),
                    r#enum: f6.flatten(),
                    r#extern: f7.flatten(),
                    r#false: f8.flatten(),
                    r#fn: f9.flatten(),
                    r#for: f10.flatten(),
                    r#if: f11.flatten(),
                    r#impl: f12.flatten(),
                    r#in: f13.flatten(),
                    r#let: f14.flatten(),
                    r#loop: f15.flatten(),
                    r#match: f16.flatten(),
                    r#mod: f17.flatten(),
                    r#move: f18.flatten(),
                    r#mut: f19.flatten(),
                    r#pub: f20.flatten(),
                    r#ref: f21.flatten(),
                    r#return: f22.flatten(),
                    self_: f23.flatten(),
                    self_2: f24.flatten(),
                    r#static: f25.flatten(),
                    r#struct: f26.flatten(),
                    super_: f27.flatten(),
                    r#trait: f28.flatten(),
                    r#true: f29.flatten(),
                    r#type: f30.flatten(),
                    r#unsafe: f31.flatten(),
                    r#use: f32.flatten(),
                    r#where: f33.flatten(),
                    r#while: f34.flatten(),
                    r#async: f35.flatten(),
                    r#await: f36.flatten(),
                    r#dyn: f37.flatten(),
                    r#abstract: f38.flatten(),
                    r#become: f39.flatten(),
                    r#box: f40.flatten(),
                    r#do: f41.flatten(),
                    r#final: f42.flatten(),
                    r#macro: f43.flatten(),
                    r#override: f44.flatten(),
                    r#priv: f45.flatten(),
                    r#typeof: f46.flatten(),
                    r#unsized: f47.flatten(),
                    r#virtual: f48.flatten(),
                    r#yield: f49.flatten(),
                    r#try: f50.flatten(),
                    r#gen: f51.flatten(),
                    r#union: f52.flatten(),
                    r#macro_rules: f53.flatten(),
                    raw: f54.flatten(),
                    safe: f55.flatten(),
                    static2: f56.flatten(),
                    auto: f57.flatten(),
                    default: f58.flatten(),
                    value: f59.flatten(),
                    value2: f60.flatten(),
                    r_type: f61.flatten(),
                    r_self: f62.flatten(),
                    value3: f63.flatten(),
                    value4: f64.flatten(),
                    value5: f65.flatten(),
                    value6: f66.flatten(),
                    value7: f67.flatten(),
                    n0: f68.flatten(),
                    n1st: f69.flatten(),
                    n1: f70.flatten(),
                    value8: f71.flatten(),
                    a_b: f72.flatten(),
                    a_b2: f73.flatten(),
                    a_b3: f74.flatten(),
                    a_b4: f75.flatten(),
                    ab: f76.flatten(),
                    ab2: f77.flatten(),
                    u202e: f78.flatten(),
                    a_b5: f79.flatten(),
                    line_break: f80.flatten(),
                    nul: f81.flatten(),
                    ue9_t_ue9: f82.flatten(),
                    u65e5_u672c: f83.flatten(),
                    u1f436: f84.flatten(),
                    bool: f85.flatten(),
                    char: f86.flatten(),
                    str: f87.flatten(),
                    u8: f88.flatten(),
                    u16: f89.flatten(),
                    u32: f90.flatten(),
                    u64: f91.flatten(),
                    u128: f92.flatten(),
                    usize: f93.flatten(),
                    i8: f94.flatten(),
                    i16: f95.flatten(),
                    i32: f96.flatten(),
                    i64: f97.flatten(),
                    i128: f98.flatten(),
                    isize: f99.flatten(),
                    f32: f100.flatten(),
                    f64: f101.flatten(),
                    option: f102.flatten(),
                    some: f103.flatten(),
                    none: f104.flatten(),
                    result: f105.flatten(),
                    ok: f106.flatten(),
                    err: f107.flatten(),
                    string: f108.flatten(),
                    vec: f109.flatten(),
                    box2: f110.flatten(),
                    default2: f111.flatten(),
                    clone: f112.flatten(),
                    copy: f113.flatten(),
                    send: f114.flatten(),
                    sync: f115.flatten(),
                    sized: f116.flatten(),
                    drop: f117.flatten(),
                    fn2: f118.flatten(),
                    fn_mut: f119.flatten(),
                    fn_once: f120.flatten(),
                    from: f121.flatten(),
                    into: f122.flatten(),
                    iterator: f123.flatten(),
                    into_iterator: f124.flatten(),
                    to_string: f125.flatten(),
                    to_owned: f126.flatten(),
                    partial_eq: f127.flatten(),
                    eq: f128.flatten(),
                    ord: f129.flatten(),
                    partial_ord: f130.flatten(),
                    debug: f131.flatten(),
                    display: f132.flatten(),
                    hash: f133.flatten(),
                    hash_map: f134.flatten(),
                    b_tree_map: f135.flatten(),
                    value9: f136.flatten(),
                    map: f137.flatten(),
                    serialize: f138.flatten(),
                    deserialize: f139.flatten(),
                    serializer: f140.flatten(),
                    deserializer: f141.flatten(),
                    formatter: f142.flatten(),
                    arc: f143.flatten(),
                    cow: f144.flatten(),
                    client: f145.flatten(),
                    error: f146.flatten(),
                    response: f147.flatten(),
                    request: f148.flatten(),
                    params: f149.flatten(),
                    body: f150.flatten(),
                    api: f151.flatten(),
                    router: f152.flatten(),
                    state: f153.flatten(),
                    json: f154.flatten(),
                    bytes: f155.flatten(),
                    url: f156.flatten(),
                    method: f157.flatten(),
                    status_code: f158.flatten(),
                    header_map: f159.flatten(),
                    unknown: f160.flatten(),
                    other: f161.flatten(),
                    new: f162.flatten(),
                    clone2: f163.flatten(),
                    fmt: f164.flatten(),
                    with_base_url: f165.flatten(),
                    with_http_client: f166.flatten(),
                    base_url: f167.flatten(),
                    http_client: f168.flatten(),
                    router2: f169.flatten(),
                    client2: f170.flatten(),
                    server: f171.flatten(),
                    runtime: f172.flatten(),
                    types: f173.flatten(),
                    serde: f174.flatten(),
                    serde_json: f175.flatten(),
                    reqwest: f176.flatten(),
                    axum: f177.flatten(),
                    http: f178.flatten(),
                    tokio: f179.flatten(),
                    bytes2: f180.flatten(),
                    futures: f181.flatten(),
                    std: f182.flatten(),
                    core: f183.flatten(),
                    alloc: f184.flatten(),
                    tests: f185.flatten(),
                    params2: f186.flatten(),
                    body2: f187.flatten(),
                    req: f188.flatten(),
                    resp: f189.flatten(),
                    api2: f190.flatten(),
                    state2: f191.flatten(),
                    headers: f192.flatten(),
                    send2: f193.flatten(),
                    execute: f194.flatten(),
                    build: f195.flatten(),
                    into2: f196.flatten(),
                    from2: f197.flatten(),
                    drop2: f198.flatten(),
                    status: f199.flatten(),
                    error2: f200.flatten(),
                    result2: f201.flatten(),
                    main: f202.flatten(),
                    additional_properties: f203.flatten(),
                    deserialize2: f204.flatten(),
                    serialize2: f205.flatten(),
                    to_string2: f206.flatten(),
                    as_str: f207.flatten(),
                })
            }
        }
        d.deserialize_map(V)
    }
}
