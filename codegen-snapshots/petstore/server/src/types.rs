//! Types for the schemas of the API description.
/// Where the pet is in the sales process
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum PetStatus {
    ///available
    Available,
    ///pending
    Pending,
    ///sold
    Sold,
    /// A value this version of the API description does not list.
    Unknown(::std::string::String),
}
impl PetStatus {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Available => "available",
            Self::Pending => "pending",
            Self::Sold => "sold",
            Self::Unknown(s) => s.as_str(),
        }
    }
}
impl ::std::convert::From<&str> for PetStatus {
    fn from(s: &str) -> Self {
        match s {
            "available" => Self::Available,
            "pending" => Self::Pending,
            "sold" => Self::Sold,
            other => Self::Unknown(::std::string::ToString::to_string(other)),
        }
    }
}
impl ::std::fmt::Display for PetStatus {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::serde::Serialize for PetStatus {
    fn serialize<S: ::serde::Serializer>(
        &self,
        s: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for PetStatus {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        d: D,
    ) -> ::std::result::Result<Self, D::Error> {
        let s = <::std::string::String as ::serde::Deserialize>::deserialize(d)?;
        Ok(Self::from(s.as_str()))
    }
}
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct NewPet {
    pub name: ::std::string::String,
    /// A free-form tag; null clears it
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub tag: ::std::option::Option<::std::option::Option<::std::string::String>>,
    /// Where the pet is in the sales process
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub status: ::std::option::Option<PetStatus>,
    /// Kind-specific details, tagged by petType
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub details: ::std::option::Option<PetDetails>,
}
impl NewPet {
    /// A value with the required fields given and every optional one absent (set those
    /// afterwards: `value.field = Some(..)`).
    #[allow(clippy::too_many_arguments)]
    pub fn new(name: ::std::string::String) -> Self {
        Self {
            name,
            tag: ::std::default::Default::default(),
            status: ::std::default::Default::default(),
            details: ::std::default::Default::default(),
        }
    }
}
impl<'de> ::serde::Deserialize<'de> for NewPet {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        d: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct V;
        impl super::runtime::StructFields for V {
            const FIELDS: &'static [&'static str] = &[
                "name",
                "tag",
                "status",
                "details",
            ];
        }
        impl<'de> ::serde::de::Visitor<'de> for V {
            type Value = NewPet;
            fn expecting(
                &self,
                f: &mut ::std::fmt::Formatter<'_>,
            ) -> ::std::fmt::Result {
                f.write_str("a NewPet object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<Self::Value, A::Error> {
                let mut f0: ::std::option::Option<::std::string::String> = None;
                let mut f1: ::std::option::Option<
                    ::std::option::Option<::std::option::Option<::std::string::String>>,
                > = None;
                let mut f2: ::std::option::Option<::std::option::Option<PetStatus>> = None;
                let mut f3: ::std::option::Option<::std::option::Option<PetDetails>> = None;
                let mut expect = 0usize;
                while let Some(i) = map
                    .next_key_seed(super::runtime::FieldIndex::<V>::new(expect))?
                {
                    expect = i + 1;
                    match i {
                        0 => super::runtime::read_field(&mut f0, &mut map, "name")?,
                        1 => super::runtime::read_field(&mut f1, &mut map, "tag")?,
                        2 => super::runtime::read_field(&mut f2, &mut map, "status")?,
                        3 => super::runtime::read_field(&mut f3, &mut map, "details")?,
                        _ => {
                            map.next_value::<::serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(NewPet {
                    name: f0
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "name",
                        ))?,
                    tag: f1.map(::std::option::Option::flatten),
                    status: f2.flatten(),
                    details: f3.flatten(),
                })
            }
        }
        d.deserialize_map(V)
    }
}
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct Pet {
    pub id: i64,
    pub name: ::std::string::String,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub tag: ::std::option::Option<::std::option::Option<::std::string::String>>,
    /// Where the pet is in the sales process
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub status: ::std::option::Option<PetStatus>,
    /// Kind-specific details, tagged by petType
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub details: ::std::option::Option<PetDetails>,
}
impl Pet {
    /// A value with the required fields given and every optional one absent (set those
    /// afterwards: `value.field = Some(..)`).
    #[allow(clippy::too_many_arguments)]
    pub fn new(id: i64, name: ::std::string::String) -> Self {
        Self {
            id,
            name,
            tag: ::std::default::Default::default(),
            status: ::std::default::Default::default(),
            details: ::std::default::Default::default(),
        }
    }
}
impl<'de> ::serde::Deserialize<'de> for Pet {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        d: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct V;
        impl super::runtime::StructFields for V {
            const FIELDS: &'static [&'static str] = &[
                "id",
                "name",
                "tag",
                "status",
                "details",
            ];
        }
        impl<'de> ::serde::de::Visitor<'de> for V {
            type Value = Pet;
            fn expecting(
                &self,
                f: &mut ::std::fmt::Formatter<'_>,
            ) -> ::std::fmt::Result {
                f.write_str("a Pet object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<Self::Value, A::Error> {
                let mut f0: ::std::option::Option<i64> = None;
                let mut f1: ::std::option::Option<::std::string::String> = None;
                let mut f2: ::std::option::Option<
                    ::std::option::Option<::std::option::Option<::std::string::String>>,
                > = None;
                let mut f3: ::std::option::Option<::std::option::Option<PetStatus>> = None;
                let mut f4: ::std::option::Option<::std::option::Option<PetDetails>> = None;
                let mut expect = 0usize;
                while let Some(i) = map
                    .next_key_seed(super::runtime::FieldIndex::<V>::new(expect))?
                {
                    expect = i + 1;
                    match i {
                        0 => super::runtime::read_field(&mut f0, &mut map, "id")?,
                        1 => super::runtime::read_field(&mut f1, &mut map, "name")?,
                        2 => super::runtime::read_field(&mut f2, &mut map, "tag")?,
                        3 => super::runtime::read_field(&mut f3, &mut map, "status")?,
                        4 => super::runtime::read_field(&mut f4, &mut map, "details")?,
                        _ => {
                            map.next_value::<::serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(Pet {
                    id: f0
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "id",
                        ))?,
                    name: f1
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "name",
                        ))?,
                    tag: f2.map(::std::option::Option::flatten),
                    status: f3.flatten(),
                    details: f4.flatten(),
                })
            }
        }
        d.deserialize_map(V)
    }
}
pub type Pets = ::std::vec::Vec<Pet>;
/// Kind-specific details, tagged by petType
#[derive(Debug, Clone, PartialEq)]
pub enum PetDetails {
    ///cat
    Cat(Cat),
    ///dog
    Dog(Dog),
    /// A tag value this version of the API description does not list (the whole object).
    Unknown(::serde_json::Value),
}
impl ::serde::Serialize for PetDetails {
    fn serialize<S: ::serde::Serializer>(
        &self,
        s: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        match self {
            Self::Cat(v) => super::runtime::serialize_tagged(v, "petType", "cat", s),
            Self::Dog(v) => super::runtime::serialize_tagged(v, "petType", "dog", s),
            Self::Unknown(v) => ::serde::Serialize::serialize(v, s),
        }
    }
}
impl<'de> ::serde::Deserialize<'de> for PetDetails {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        d: D,
    ) -> ::std::result::Result<Self, D::Error> {
        let value = <::serde_json::Value as ::serde::Deserialize>::deserialize(d)?;
        let tag = value
            .get("petType")
            .and_then(::serde_json::Value::as_str)
            .map(::std::string::ToString::to_string);
        match tag.as_deref() {
            Some("cat") => {
                ::serde_json::from_value(value)
                    .map(Self::Cat)
                    .map_err(::serde::de::Error::custom)
            }
            Some("dog") => {
                ::serde_json::from_value(value)
                    .map(Self::Dog)
                    .map_err(::serde::de::Error::custom)
            }
            _ => Ok(Self::Unknown(value)),
        }
    }
}
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct Cat {
    #[serde(rename = "petType")]
    pub pet_type: ::std::string::String,
    pub lives: i32,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub indoor: ::std::option::Option<bool>,
}
impl Cat {
    /// A value with the required fields given and every optional one absent (set those
    /// afterwards: `value.field = Some(..)`).
    #[allow(clippy::too_many_arguments)]
    pub fn new(pet_type: ::std::string::String, lives: i32) -> Self {
        Self {
            pet_type,
            lives,
            indoor: ::std::default::Default::default(),
        }
    }
}
impl<'de> ::serde::Deserialize<'de> for Cat {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        d: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct V;
        impl super::runtime::StructFields for V {
            const FIELDS: &'static [&'static str] = &["petType", "lives", "indoor"];
        }
        impl<'de> ::serde::de::Visitor<'de> for V {
            type Value = Cat;
            fn expecting(
                &self,
                f: &mut ::std::fmt::Formatter<'_>,
            ) -> ::std::fmt::Result {
                f.write_str("a Cat object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<Self::Value, A::Error> {
                let mut f0: ::std::option::Option<::std::string::String> = None;
                let mut f1: ::std::option::Option<i32> = None;
                let mut f2: ::std::option::Option<::std::option::Option<bool>> = None;
                let mut expect = 0usize;
                while let Some(i) = map
                    .next_key_seed(super::runtime::FieldIndex::<V>::new(expect))?
                {
                    expect = i + 1;
                    match i {
                        0 => super::runtime::read_field(&mut f0, &mut map, "petType")?,
                        1 => super::runtime::read_field(&mut f1, &mut map, "lives")?,
                        2 => super::runtime::read_field(&mut f2, &mut map, "indoor")?,
                        _ => {
                            map.next_value::<::serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(Cat {
                    pet_type: f0
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "petType",
                        ))?,
                    lives: f1
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "lives",
                        ))?,
                    indoor: f2.flatten(),
                })
            }
        }
        d.deserialize_map(V)
    }
}
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct Dog {
    #[serde(rename = "petType")]
    pub pet_type: ::std::string::String,
    #[serde(rename = "packSize", skip_serializing_if = "::std::option::Option::is_none")]
    pub pack_size: ::std::option::Option<i32>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub nickname: ::std::option::Option<::std::option::Option<::std::string::String>>,
}
impl Dog {
    /// A value with the required fields given and every optional one absent (set those
    /// afterwards: `value.field = Some(..)`).
    #[allow(clippy::too_many_arguments)]
    pub fn new(pet_type: ::std::string::String) -> Self {
        Self {
            pet_type,
            pack_size: ::std::default::Default::default(),
            nickname: ::std::default::Default::default(),
        }
    }
}
impl<'de> ::serde::Deserialize<'de> for Dog {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        d: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct V;
        impl super::runtime::StructFields for V {
            const FIELDS: &'static [&'static str] = &["petType", "packSize", "nickname"];
        }
        impl<'de> ::serde::de::Visitor<'de> for V {
            type Value = Dog;
            fn expecting(
                &self,
                f: &mut ::std::fmt::Formatter<'_>,
            ) -> ::std::fmt::Result {
                f.write_str("a Dog object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<Self::Value, A::Error> {
                let mut f0: ::std::option::Option<::std::string::String> = None;
                let mut f1: ::std::option::Option<::std::option::Option<i32>> = None;
                let mut f2: ::std::option::Option<
                    ::std::option::Option<::std::option::Option<::std::string::String>>,
                > = None;
                let mut expect = 0usize;
                while let Some(i) = map
                    .next_key_seed(super::runtime::FieldIndex::<V>::new(expect))?
                {
                    expect = i + 1;
                    match i {
                        0 => super::runtime::read_field(&mut f0, &mut map, "petType")?,
                        1 => super::runtime::read_field(&mut f1, &mut map, "packSize")?,
                        2 => super::runtime::read_field(&mut f2, &mut map, "nickname")?,
                        _ => {
                            map.next_value::<::serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(Dog {
                    pet_type: f0
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "petType",
                        ))?,
                    pack_size: f1.flatten(),
                    nickname: f2.map(::std::option::Option::flatten),
                })
            }
        }
        d.deserialize_map(V)
    }
}
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct Error {
    pub code: i32,
    pub message: ::std::string::String,
}
impl Error {
    /// A value with the required fields given and every optional one absent (set those
    /// afterwards: `value.field = Some(..)`).
    #[allow(clippy::too_many_arguments)]
    pub fn new(code: i32, message: ::std::string::String) -> Self {
        Self { code, message }
    }
}
impl<'de> ::serde::Deserialize<'de> for Error {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        d: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct V;
        impl super::runtime::StructFields for V {
            const FIELDS: &'static [&'static str] = &["code", "message"];
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
                let mut f0: ::std::option::Option<i32> = None;
                let mut f1: ::std::option::Option<::std::string::String> = None;
                let mut expect = 0usize;
                while let Some(i) = map
                    .next_key_seed(super::runtime::FieldIndex::<V>::new(expect))?
                {
                    expect = i + 1;
                    match i {
                        0 => super::runtime::read_field(&mut f0, &mut map, "code")?,
                        1 => super::runtime::read_field(&mut f1, &mut map, "message")?,
                        _ => {
                            map.next_value::<::serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(Error {
                    code: f0
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "code",
                        ))?,
                    message: f1
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "message",
                        ))?,
                })
            }
        }
        d.deserialize_map(V)
    }
}
