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
impl MultipartForm {
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
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "multipart", method = "POST", path =
            "/multipart", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
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
