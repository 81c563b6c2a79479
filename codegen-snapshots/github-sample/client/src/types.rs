//! Types for the schemas of the API description.
#[cfg(
    any(feature = "actions", feature = "issues", feature = "repos", feature = "search")
)]
/// Simple User
///
/// A GitHub user.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct SimpleUser {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::option::Option<::std::string::String>>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub email: ::std::option::Option<::std::option::Option<::std::string::String>>,
    pub login: ::std::string::String,
    pub id: i64,
    pub node_id: ::std::string::String,
    pub avatar_url: ::std::string::String,
    pub gravatar_id: ::std::option::Option<::std::string::String>,
    pub url: ::std::string::String,
    pub html_url: ::std::string::String,
    pub followers_url: ::std::string::String,
    pub following_url: ::std::string::String,
    pub gists_url: ::std::string::String,
    pub starred_url: ::std::string::String,
    pub subscriptions_url: ::std::string::String,
    pub organizations_url: ::std::string::String,
    pub repos_url: ::std::string::String,
    pub events_url: ::std::string::String,
    pub received_events_url: ::std::string::String,
    pub r#type: ::std::string::String,
    pub site_admin: bool,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub starred_at: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub user_view_type: ::std::option::Option<::std::string::String>,
}
#[cfg(
    any(feature = "actions", feature = "issues", feature = "repos", feature = "search")
)]
impl SimpleUser {
    /// A value with the required fields given and every optional one absent (set those
    /// afterwards: `value.field = Some(..)`).
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        login: ::std::string::String,
        id: i64,
        node_id: ::std::string::String,
        avatar_url: ::std::string::String,
        url: ::std::string::String,
        html_url: ::std::string::String,
        followers_url: ::std::string::String,
        following_url: ::std::string::String,
        gists_url: ::std::string::String,
        starred_url: ::std::string::String,
        subscriptions_url: ::std::string::String,
        organizations_url: ::std::string::String,
        repos_url: ::std::string::String,
        events_url: ::std::string::String,
        received_events_url: ::std::string::String,
        r#type: ::std::string::String,
        site_admin: bool,
    ) -> Self {
        Self {
            name: ::std::default::Default::default(),
            email: ::std::default::Default::default(),
            login,
            id,
            node_id,
            avatar_url,
            gravatar_id: ::std::default::Default::default(),
            url,
            html_url,
            followers_url,
            following_url,
            gists_url,
            starred_url,
            subscriptions_url,
            organizations_url,
            repos_url,
            events_url,
            received_events_url,
            r#type,
            site_admin,
            starred_at: ::std::default::Default::default(),
            user_view_type: ::std::default::Default::default(),
        }
    }
}
#[cfg(
    any(feature = "actions", feature = "issues", feature = "repos", feature = "search")
)]
impl<'de> ::serde::Deserialize<'de> for SimpleUser {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        d: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct V;
        impl super::runtime::StructFields for V {
            const FIELDS: &'static [&'static str] = &[
                "name",
                "email",
                "login",
                "id",
                "node_id",
                "avatar_url",
                "gravatar_id",
                "url",
                "html_url",
                "followers_url",
                "following_url",
                "gists_url",
                "starred_url",
                "subscriptions_url",
                "organizations_url",
                "repos_url",
                "events_url",
                "received_events_url",
                "type",
                "site_admin",
                "starred_at",
                "user_view_type",
            ];
        }
        impl<'de> ::serde::de::Visitor<'de> for V {
            type Value = SimpleUser;
            fn expecting(
                &self,
                f: &mut ::std::fmt::Formatter<'_>,
            ) -> ::std::fmt::Result {
                f.write_str("a SimpleUser object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<Self::Value, A::Error> {
                let mut f0: ::std::option::Option<
                    ::std::option::Option<::std::option::Option<::std::string::String>>,
                > = None;
                let mut f1: ::std::option::Option<
                    ::std::option::Option<::std::option::Option<::std::string::String>>,
                > = None;
                let mut f2: ::std::option::Option<::std::string::String> = None;
                let mut f3: ::std::option::Option<i64> = None;
                let mut f4: ::std::option::Option<::std::string::String> = None;
                let mut f5: ::std::option::Option<::std::string::String> = None;
                let mut f6: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
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
                let mut f19: ::std::option::Option<bool> = None;
                let mut f20: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f21: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut expect = 0usize;
                while let Some(i) = map
                    .next_key_seed(super::runtime::FieldIndex::<V>::new(expect))?
                {
                    expect = i + 1;
                    match i {
                        0 => super::runtime::read_field(&mut f0, &mut map, "name")?,
                        1 => super::runtime::read_field(&mut f1, &mut map, "email")?,
                        2 => super::runtime::read_field(&mut f2, &mut map, "login")?,
                        3 => super::runtime::read_field(&mut f3, &mut map, "id")?,
                        4 => super::runtime::read_field(&mut f4, &mut map, "node_id")?,
                        5 => super::runtime::read_field(&mut f5, &mut map, "avatar_url")?,
                        6 => {
                            super::runtime::read_field(&mut f6, &mut map, "gravatar_id")?
                        }
                        7 => super::runtime::read_field(&mut f7, &mut map, "url")?,
                        8 => super::runtime::read_field(&mut f8, &mut map, "html_url")?,
                        9 => {
                            super::runtime::read_field(
                                &mut f9,
                                &mut map,
                                "followers_url",
                            )?
                        }
                        10 => {
                            super::runtime::read_field(
                                &mut f10,
                                &mut map,
                                "following_url",
                            )?
                        }
                        11 => {
                            super::runtime::read_field(&mut f11, &mut map, "gists_url")?
                        }
                        12 => {
                            super::runtime::read_field(
                                &mut f12,
                                &mut map,
                                "starred_url",
                            )?
                        }
                        13 => {
                            super::runtime::read_field(
                                &mut f13,
                                &mut map,
                                "subscriptions_url",
                            )?
                        }
                        14 => {
                            super::runtime::read_field(
                                &mut f14,
                                &mut map,
                                "organizations_url",
                            )?
                        }
                        15 => {
                            super::runtime::read_field(&mut f15, &mut map, "repos_url")?
                        }
                        16 => {
                            super::runtime::read_field(&mut f16, &mut map, "events_url")?
                        }
                        17 => {
                            super::runtime::read_field(
                                &mut f17,
                                &mut map,
                                "received_events_url",
                            )?
                        }
                        18 => super::runtime::read_field(&mut f18, &mut map, "type")?,
                        19 => {
                            super::runtime::read_field(&mut f19, &mut map, "site_admin")?
                        }
                        20 => {
                            super::runtime::read_field(&mut f20, &mut map, "starred_at")?
                        }
                        21 => {
                            super::runtime::read_field(
                                &mut f21,
                                &mut map,
                                "user_view_type",
                            )?
                        }
                        _ => {
                            map.next_value::<::serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(SimpleUser {
                    name: f0.map(::std::option::Option::flatten),
                    email: f1.map(::std::option::Option::flatten),
                    login: f2
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "login",
                        ))?,
                    id: f3
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "id",
                        ))?,
                    node_id: f4
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "node_id",
                        ))?,
                    avatar_url: f5
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "avatar_url",
                        ))?,
                    gravatar_id: f6.flatten(),
                    url: f7
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "url",
                        ))?,
                    html_url: f8
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "html_url",
                        ))?,
                    followers_url: f9
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "followers_url",
                        ))?,
                    following_url: f10
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "following_url",
                        ))?,
                    gists_url: f11
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "gists_url",
                        ))?,
                    starred_url: f12
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "starred_url",
                        ))?,
                    subscriptions_url: f13
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "subscriptions_url",
                        ))?,
                    organizations_url: f14
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "organizations_url",
                        ))?,
                    repos_url: f15
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "repos_url",
                        ))?,
                    events_url: f16
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "events_url",
                        ))?,
                    received_events_url: f17
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "received_events_url",
                        ))?,
                    r#type: f18
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "type",
                        ))?,
                    site_admin: f19
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "site_admin",
                        ))?,
                    starred_at: f20.flatten(),
                    user_view_type: f21.flatten(),
                })
            }
        }
        d.deserialize_map(V)
    }
}
#[cfg(
    any(
        feature = "issues",
        feature = "pulls",
        feature = "repos",
        feature = "search",
        feature = "users"
    )
)]
/// Basic Error
///
/// Basic Error
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, Default)]
pub struct BasicError {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub message: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub documentation_url: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub url: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub status: ::std::option::Option<::std::string::String>,
}
#[cfg(
    any(
        feature = "issues",
        feature = "pulls",
        feature = "repos",
        feature = "search",
        feature = "users"
    )
)]
impl<'de> ::serde::Deserialize<'de> for BasicError {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        d: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct V;
        impl super::runtime::StructFields for V {
            const FIELDS: &'static [&'static str] = &[
                "message",
                "documentation_url",
                "url",
                "status",
            ];
        }
        impl<'de> ::serde::de::Visitor<'de> for V {
            type Value = BasicError;
            fn expecting(
                &self,
                f: &mut ::std::fmt::Formatter<'_>,
            ) -> ::std::fmt::Result {
                f.write_str("a BasicError object")
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
                let mut expect = 0usize;
                while let Some(i) = map
                    .next_key_seed(super::runtime::FieldIndex::<V>::new(expect))?
                {
                    expect = i + 1;
                    match i {
                        0 => super::runtime::read_field(&mut f0, &mut map, "message")?,
                        1 => {
                            super::runtime::read_field(
                                &mut f1,
                                &mut map,
                                "documentation_url",
                            )?
                        }
                        2 => super::runtime::read_field(&mut f2, &mut map, "url")?,
                        3 => super::runtime::read_field(&mut f3, &mut map, "status")?,
                        _ => {
                            map.next_value::<::serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(BasicError {
                    message: f0.flatten(),
                    documentation_url: f1.flatten(),
                    url: f2.flatten(),
                    status: f3.flatten(),
                })
            }
        }
        d.deserialize_map(V)
    }
}
#[cfg(any(feature = "issues"))]
/// Enterprise
///
/// An enterprise on GitHub.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct Enterprise {
    /// A short description of the enterprise.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub description: ::std::option::Option<::std::option::Option<::std::string::String>>,
    pub html_url: ::std::string::String,
    /// The enterprise's website URL.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub website_url: ::std::option::Option<::std::option::Option<::std::string::String>>,
    /// Unique identifier of the enterprise
    pub id: i64,
    pub node_id: ::std::string::String,
    /// The name of the enterprise.
    pub name: ::std::string::String,
    /// The slug url identifier for the enterprise.
    pub slug: ::std::string::String,
    pub created_at: ::std::option::Option<::std::string::String>,
    pub updated_at: ::std::option::Option<::std::string::String>,
    pub avatar_url: ::std::string::String,
}
#[cfg(any(feature = "issues"))]
impl Enterprise {
    /// A value with the required fields given and every optional one absent (set those
    /// afterwards: `value.field = Some(..)`).
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        html_url: ::std::string::String,
        id: i64,
        node_id: ::std::string::String,
        name: ::std::string::String,
        slug: ::std::string::String,
        avatar_url: ::std::string::String,
    ) -> Self {
        Self {
            description: ::std::default::Default::default(),
            html_url,
            website_url: ::std::default::Default::default(),
            id,
            node_id,
            name,
            slug,
            created_at: ::std::default::Default::default(),
            updated_at: ::std::default::Default::default(),
            avatar_url,
        }
    }
}
#[cfg(any(feature = "issues"))]
impl<'de> ::serde::Deserialize<'de> for Enterprise {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        d: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct V;
        impl super::runtime::StructFields for V {
            const FIELDS: &'static [&'static str] = &[
                "description",
                "html_url",
                "website_url",
                "id",
                "node_id",
                "name",
                "slug",
                "created_at",
                "updated_at",
                "avatar_url",
            ];
        }
        impl<'de> ::serde::de::Visitor<'de> for V {
            type Value = Enterprise;
            fn expecting(
                &self,
                f: &mut ::std::fmt::Formatter<'_>,
            ) -> ::std::fmt::Result {
                f.write_str("a Enterprise object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<Self::Value, A::Error> {
                let mut f0: ::std::option::Option<
                    ::std::option::Option<::std::option::Option<::std::string::String>>,
                > = None;
                let mut f1: ::std::option::Option<::std::string::String> = None;
                let mut f2: ::std::option::Option<
                    ::std::option::Option<::std::option::Option<::std::string::String>>,
                > = None;
                let mut f3: ::std::option::Option<i64> = None;
                let mut f4: ::std::option::Option<::std::string::String> = None;
                let mut f5: ::std::option::Option<::std::string::String> = None;
                let mut f6: ::std::option::Option<::std::string::String> = None;
                let mut f7: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f8: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f9: ::std::option::Option<::std::string::String> = None;
                let mut expect = 0usize;
                while let Some(i) = map
                    .next_key_seed(super::runtime::FieldIndex::<V>::new(expect))?
                {
                    expect = i + 1;
                    match i {
                        0 => {
                            super::runtime::read_field(&mut f0, &mut map, "description")?
                        }
                        1 => super::runtime::read_field(&mut f1, &mut map, "html_url")?,
                        2 => {
                            super::runtime::read_field(&mut f2, &mut map, "website_url")?
                        }
                        3 => super::runtime::read_field(&mut f3, &mut map, "id")?,
                        4 => super::runtime::read_field(&mut f4, &mut map, "node_id")?,
                        5 => super::runtime::read_field(&mut f5, &mut map, "name")?,
                        6 => super::runtime::read_field(&mut f6, &mut map, "slug")?,
                        7 => super::runtime::read_field(&mut f7, &mut map, "created_at")?,
                        8 => super::runtime::read_field(&mut f8, &mut map, "updated_at")?,
                        9 => super::runtime::read_field(&mut f9, &mut map, "avatar_url")?,
                        _ => {
                            map.next_value::<::serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(Enterprise {
                    description: f0.map(::std::option::Option::flatten),
                    html_url: f1
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "html_url",
                        ))?,
                    website_url: f2.map(::std::option::Option::flatten),
                    id: f3
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "id",
                        ))?,
                    node_id: f4
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "node_id",
                        ))?,
                    name: f5
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "name",
                        ))?,
                    slug: f6
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "slug",
                        ))?,
                    created_at: f7.flatten(),
                    updated_at: f8.flatten(),
                    avatar_url: f9
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "avatar_url",
                        ))?,
                })
            }
        }
        d.deserialize_map(V)
    }
}
#[cfg(any(feature = "issues"))]
/// GitHub app
///
/// GitHub apps are a new way to extend GitHub. They can be installed directly on organizations and user accounts and granted access to specific repositories. They come with granular permissions and built-in webhooks. GitHub apps are first class actors within GitHub.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct Integration {
    /// Unique identifier of the GitHub app
    pub id: i64,
    /// The slug name of the GitHub app
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub slug: ::std::option::Option<::std::string::String>,
    pub node_id: ::std::string::String,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub client_id: ::std::option::Option<::std::string::String>,
    pub owner: IntegrationOwner,
    /// The name of the GitHub app
    pub name: ::std::string::String,
    pub description: ::std::option::Option<::std::string::String>,
    pub external_url: ::std::string::String,
    pub html_url: ::std::string::String,
    pub created_at: ::std::string::String,
    pub updated_at: ::std::string::String,
    /// The set of permissions for the GitHub app
    pub permissions: IntegrationPermissions,
    /// The list of events for the GitHub app. Note that the `installation_target`, `security_advisory`, and `meta` events are not included because they are global events and not specific to an installation.
    pub events: ::std::vec::Vec<::std::string::String>,
    /// The number of installations associated with the GitHub app. Only returned when the integration is requesting details about itself.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub installations_count: ::std::option::Option<i64>,
}
#[cfg(any(feature = "issues"))]
impl Integration {
    /// A value with the required fields given and every optional one absent (set those
    /// afterwards: `value.field = Some(..)`).
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        id: i64,
        node_id: ::std::string::String,
        owner: IntegrationOwner,
        name: ::std::string::String,
        external_url: ::std::string::String,
        html_url: ::std::string::String,
        created_at: ::std::string::String,
        updated_at: ::std::string::String,
        permissions: IntegrationPermissions,
        events: ::std::vec::Vec<::std::string::String>,
    ) -> Self {
        Self {
            id,
            slug: ::std::default::Default::default(),
            node_id,
            client_id: ::std::default::Default::default(),
            owner,
            name,
            description: ::std::default::Default::default(),
            external_url,
            html_url,
            created_at,
            updated_at,
            permissions,
            events,
            installations_count: ::std::default::Default::default(),
        }
    }
}
#[cfg(any(feature = "issues"))]
impl<'de> ::serde::Deserialize<'de> for Integration {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        d: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct V;
        impl super::runtime::StructFields for V {
            const FIELDS: &'static [&'static str] = &[
                "id",
                "slug",
                "node_id",
                "client_id",
                "owner",
                "name",
                "description",
                "external_url",
                "html_url",
                "created_at",
                "updated_at",
                "permissions",
                "events",
                "installations_count",
            ];
        }
        impl<'de> ::serde::de::Visitor<'de> for V {
            type Value = Integration;
            fn expecting(
                &self,
                f: &mut ::std::fmt::Formatter<'_>,
            ) -> ::std::fmt::Result {
                f.write_str("a Integration object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<Self::Value, A::Error> {
                let mut f0: ::std::option::Option<i64> = None;
                let mut f1: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f2: ::std::option::Option<::std::string::String> = None;
                let mut f3: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f4: ::std::option::Option<IntegrationOwner> = None;
                let mut f5: ::std::option::Option<::std::string::String> = None;
                let mut f6: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f7: ::std::option::Option<::std::string::String> = None;
                let mut f8: ::std::option::Option<::std::string::String> = None;
                let mut f9: ::std::option::Option<::std::string::String> = None;
                let mut f10: ::std::option::Option<::std::string::String> = None;
                let mut f11: ::std::option::Option<IntegrationPermissions> = None;
                let mut f12: ::std::option::Option<
                    ::std::vec::Vec<::std::string::String>,
                > = None;
                let mut f13: ::std::option::Option<::std::option::Option<i64>> = None;
                let mut expect = 0usize;
                while let Some(i) = map
                    .next_key_seed(super::runtime::FieldIndex::<V>::new(expect))?
                {
                    expect = i + 1;
                    match i {
                        0 => super::runtime::read_field(&mut f0, &mut map, "id")?,
                        1 => super::runtime::read_field(&mut f1, &mut map, "slug")?,
                        2 => super::runtime::read_field(&mut f2, &mut map, "node_id")?,
                        3 => super::runtime::read_field(&mut f3, &mut map, "client_id")?,
                        4 => super::runtime::read_field(&mut f4, &mut map, "owner")?,
                        5 => super::runtime::read_field(&mut f5, &mut map, "name")?,
                        6 => {
                            super::runtime::read_field(&mut f6, &mut map, "description")?
                        }
                        7 => {
                            super::runtime::read_field(
                                &mut f7,
                                &mut map,
                                "external_url",
                            )?
                        }
                        8 => super::runtime::read_field(&mut f8, &mut map, "html_url")?,
                        9 => super::runtime::read_field(&mut f9, &mut map, "created_at")?,
                        10 => {
                            super::runtime::read_field(&mut f10, &mut map, "updated_at")?
                        }
                        11 => {
                            super::runtime::read_field(
                                &mut f11,
                                &mut map,
                                "permissions",
                            )?
                        }
                        12 => super::runtime::read_field(&mut f12, &mut map, "events")?,
                        13 => {
                            super::runtime::read_field(
                                &mut f13,
                                &mut map,
                                "installations_count",
                            )?
                        }
                        _ => {
                            map.next_value::<::serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(Integration {
                    id: f0
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "id",
                        ))?,
                    slug: f1.flatten(),
                    node_id: f2
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "node_id",
                        ))?,
                    client_id: f3.flatten(),
                    owner: f4
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "owner",
                        ))?,
                    name: f5
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "name",
                        ))?,
                    description: f6.flatten(),
                    external_url: f7
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "external_url",
                        ))?,
                    html_url: f8
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "html_url",
                        ))?,
                    created_at: f9
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "created_at",
                        ))?,
                    updated_at: f10
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "updated_at",
                        ))?,
                    permissions: f11
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "permissions",
                        ))?,
                    events: f12
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "events",
                        ))?,
                    installations_count: f13.flatten(),
                })
            }
        }
        d.deserialize_map(V)
    }
}
#[cfg(any(feature = "issues"))]
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[serde(untagged)]
pub enum IntegrationOwner {
    SimpleUser(SimpleUser),
    Enterprise(Enterprise),
    /// A value matching none of the alternatives above.
    Other(::serde_json::Value),
}
#[cfg(any(feature = "issues"))]
/// The set of permissions for the GitHub app
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, Default)]
pub struct IntegrationPermissions {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub issues: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub checks: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub metadata: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub contents: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub deployments: ::std::option::Option<::std::string::String>,
    /// Properties not named in the schema (`additionalProperties`).
    #[serde(flatten)]
    pub additional_properties: ::std::collections::BTreeMap<
        ::std::string::String,
        ::std::string::String,
    >,
}
#[cfg(any(feature = "issues"))]
impl<'de> ::serde::Deserialize<'de> for IntegrationPermissions {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        d: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct V;
        impl super::runtime::StructFields for V {
            const FIELDS: &'static [&'static str] = &[
                "issues",
                "checks",
                "metadata",
                "contents",
                "deployments",
            ];
        }
        impl<'de> ::serde::de::Visitor<'de> for V {
            type Value = IntegrationPermissions;
            fn expecting(
                &self,
                f: &mut ::std::fmt::Formatter<'_>,
            ) -> ::std::fmt::Result {
                f.write_str("a IntegrationPermissions object")
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
                let mut expect = 0usize;
                let mut rest = ::std::collections::BTreeMap::new();
                while let Some(field) = map
                    .next_key_seed(super::runtime::FieldOrKey::<V>::new(expect))?
                {
                    let i = match field {
                        Ok(i) => i,
                        Err(key) => {
                            rest.insert(key, map.next_value()?);
                            continue;
                        }
                    };
                    expect = i + 1;
                    match i {
                        0 => super::runtime::read_field(&mut f0, &mut map, "issues")?,
                        1 => super::runtime::read_field(&mut f1, &mut map, "checks")?,
                        2 => super::runtime::read_field(&mut f2, &mut map, "metadata")?,
                        3 => super::runtime::read_field(&mut f3, &mut map, "contents")?,
                        4 => {
                            super::runtime::read_field(&mut f4, &mut map, "deployments")?
                        }
                        _ => {
                            map.next_value::<::serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(IntegrationPermissions {
                    issues: f0.flatten(),
                    checks: f1.flatten(),
                    metadata: f2.flatten(),
                    contents: f3.flatten(),
                    deployments: f4.flatten(),
                    additional_properties: rest,
                })
            }
        }
        d.deserialize_map(V)
    }
}
#[cfg(any(feature = "issues", feature = "pulls", feature = "repos", feature = "search"))]
/// Validation Error
///
/// Validation Error
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct ValidationError {
    pub message: ::std::string::String,
    pub documentation_url: ::std::string::String,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub errors: ::std::option::Option<::std::vec::Vec<ValidationErrorErrorsItem>>,
}
#[cfg(any(feature = "issues", feature = "pulls", feature = "repos", feature = "search"))]
impl ValidationError {
    /// A value with the required fields given and every optional one absent (set those
    /// afterwards: `value.field = Some(..)`).
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        message: ::std::string::String,
        documentation_url: ::std::string::String,
    ) -> Self {
        Self {
            message,
            documentation_url,
            errors: ::std::default::Default::default(),
        }
    }
}
#[cfg(any(feature = "issues", feature = "pulls", feature = "repos", feature = "search"))]
impl<'de> ::serde::Deserialize<'de> for ValidationError {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        d: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct V;
        impl super::runtime::StructFields for V {
            const FIELDS: &'static [&'static str] = &[
                "message",
                "documentation_url",
                "errors",
            ];
        }
        impl<'de> ::serde::de::Visitor<'de> for V {
            type Value = ValidationError;
            fn expecting(
                &self,
                f: &mut ::std::fmt::Formatter<'_>,
            ) -> ::std::fmt::Result {
                f.write_str("a ValidationError object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<Self::Value, A::Error> {
                let mut f0: ::std::option::Option<::std::string::String> = None;
                let mut f1: ::std::option::Option<::std::string::String> = None;
                let mut f2: ::std::option::Option<
                    ::std::option::Option<::std::vec::Vec<ValidationErrorErrorsItem>>,
                > = None;
                let mut expect = 0usize;
                while let Some(i) = map
                    .next_key_seed(super::runtime::FieldIndex::<V>::new(expect))?
                {
                    expect = i + 1;
                    match i {
                        0 => super::runtime::read_field(&mut f0, &mut map, "message")?,
                        1 => {
                            super::runtime::read_field(
                                &mut f1,
                                &mut map,
                                "documentation_url",
                            )?
                        }
                        2 => super::runtime::read_field(&mut f2, &mut map, "errors")?,
                        _ => {
                            map.next_value::<::serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(ValidationError {
                    message: f0
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "message",
                        ))?,
                    documentation_url: f1
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "documentation_url",
                        ))?,
                    errors: f2.flatten(),
                })
            }
        }
        d.deserialize_map(V)
    }
}
#[cfg(any(feature = "issues", feature = "pulls", feature = "repos", feature = "search"))]
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct ValidationErrorErrorsItem {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub resource: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub field: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub message: ::std::option::Option<::std::string::String>,
    pub code: ::std::string::String,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub index: ::std::option::Option<i64>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub value: ::std::option::Option<ValidationErrorErrorsItemValue>,
}
#[cfg(any(feature = "issues", feature = "pulls", feature = "repos", feature = "search"))]
impl ValidationErrorErrorsItem {
    /// A value with the required fields given and every optional one absent (set those
    /// afterwards: `value.field = Some(..)`).
    #[allow(clippy::too_many_arguments)]
    pub fn new(code: ::std::string::String) -> Self {
        Self {
            resource: ::std::default::Default::default(),
            field: ::std::default::Default::default(),
            message: ::std::default::Default::default(),
            code,
            index: ::std::default::Default::default(),
            value: ::std::default::Default::default(),
        }
    }
}
#[cfg(any(feature = "issues", feature = "pulls", feature = "repos", feature = "search"))]
impl<'de> ::serde::Deserialize<'de> for ValidationErrorErrorsItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        d: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct V;
        impl super::runtime::StructFields for V {
            const FIELDS: &'static [&'static str] = &[
                "resource",
                "field",
                "message",
                "code",
                "index",
                "value",
            ];
        }
        impl<'de> ::serde::de::Visitor<'de> for V {
            type Value = ValidationErrorErrorsItem;
            fn expecting(
                &self,
                f: &mut ::std::fmt::Formatter<'_>,
            ) -> ::std::fmt::Result {
                f.write_str("a ValidationErrorErrorsItem object")
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
                let mut f3: ::std::option::Option<::std::string::String> = None;
                let mut f4: ::std::option::Option<::std::option::Option<i64>> = None;
                let mut f5: ::std::option::Option<
                    ::std::option::Option<ValidationErrorErrorsItemValue>,
                > = None;
                let mut expect = 0usize;
                while let Some(i) = map
                    .next_key_seed(super::runtime::FieldIndex::<V>::new(expect))?
                {
                    expect = i + 1;
                    match i {
                        0 => super::runtime::read_field(&mut f0, &mut map, "resource")?,
                        1 => super::runtime::read_field(&mut f1, &mut map, "field")?,
                        2 => super::runtime::read_field(&mut f2, &mut map, "message")?,
                        3 => super::runtime::read_field(&mut f3, &mut map, "code")?,
                        4 => super::runtime::read_field(&mut f4, &mut map, "index")?,
                        5 => super::runtime::read_field(&mut f5, &mut map, "value")?,
                        _ => {
                            map.next_value::<::serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(ValidationErrorErrorsItem {
                    resource: f0.flatten(),
                    field: f1.flatten(),
                    message: f2.flatten(),
                    code: f3
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "code",
                        ))?,
                    index: f4.flatten(),
                    value: f5.flatten(),
                })
            }
        }
        d.deserialize_map(V)
    }
}
#[cfg(any(feature = "issues", feature = "pulls", feature = "repos", feature = "search"))]
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[serde(untagged)]
pub enum ValidationErrorErrorsItemValue {
    String(::std::option::Option<::std::string::String>),
    Integer(::std::option::Option<i64>),
    Array(::std::option::Option<::std::vec::Vec<::std::string::String>>),
    /// A value matching none of the alternatives above.
    Other(::serde_json::Value),
}
#[cfg(any(feature = "issues", feature = "repos"))]
/// Simple User
///
/// A GitHub user.
pub type NullableSimpleUser = SimpleUser;
#[cfg(any(feature = "issues", feature = "repos"))]
/// License Simple
///
/// License Simple
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct NullableLicenseSimple {
    pub key: ::std::string::String,
    pub name: ::std::string::String,
    pub url: ::std::option::Option<::std::string::String>,
    pub spdx_id: ::std::option::Option<::std::string::String>,
    pub node_id: ::std::string::String,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub html_url: ::std::option::Option<::std::string::String>,
}
#[cfg(any(feature = "issues", feature = "repos"))]
impl NullableLicenseSimple {
    /// A value with the required fields given and every optional one absent (set those
    /// afterwards: `value.field = Some(..)`).
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        key: ::std::string::String,
        name: ::std::string::String,
        node_id: ::std::string::String,
    ) -> Self {
        Self {
            key,
            name,
            url: ::std::default::Default::default(),
            spdx_id: ::std::default::Default::default(),
            node_id,
            html_url: ::std::default::Default::default(),
        }
    }
}
#[cfg(any(feature = "issues", feature = "repos"))]
impl<'de> ::serde::Deserialize<'de> for NullableLicenseSimple {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        d: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct V;
        impl super::runtime::StructFields for V {
            const FIELDS: &'static [&'static str] = &[
                "key",
                "name",
                "url",
                "spdx_id",
                "node_id",
                "html_url",
            ];
        }
        impl<'de> ::serde::de::Visitor<'de> for V {
            type Value = NullableLicenseSimple;
            fn expecting(
                &self,
                f: &mut ::std::fmt::Formatter<'_>,
            ) -> ::std::fmt::Result {
                f.write_str("a NullableLicenseSimple object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<Self::Value, A::Error> {
                let mut f0: ::std::option::Option<::std::string::String> = None;
                let mut f1: ::std::option::Option<::std::string::String> = None;
                let mut f2: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f3: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f4: ::std::option::Option<::std::string::String> = None;
                let mut f5: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut expect = 0usize;
                while let Some(i) = map
                    .next_key_seed(super::runtime::FieldIndex::<V>::new(expect))?
                {
                    expect = i + 1;
                    match i {
                        0 => super::runtime::read_field(&mut f0, &mut map, "key")?,
                        1 => super::runtime::read_field(&mut f1, &mut map, "name")?,
                        2 => super::runtime::read_field(&mut f2, &mut map, "url")?,
                        3 => super::runtime::read_field(&mut f3, &mut map, "spdx_id")?,
                        4 => super::runtime::read_field(&mut f4, &mut map, "node_id")?,
                        5 => super::runtime::read_field(&mut f5, &mut map, "html_url")?,
                        _ => {
                            map.next_value::<::serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(NullableLicenseSimple {
                    key: f0
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "key",
                        ))?,
                    name: f1
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "name",
                        ))?,
                    url: f2.flatten(),
                    spdx_id: f3.flatten(),
                    node_id: f4
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "node_id",
                        ))?,
                    html_url: f5.flatten(),
                })
            }
        }
        d.deserialize_map(V)
    }
}
#[cfg(any(feature = "issues", feature = "repos"))]
/// Repository
///
/// A repository on GitHub.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct Repository {
    /// Unique identifier of the repository
    pub id: i64,
    pub node_id: ::std::string::String,
    /// The name of the repository.
    pub name: ::std::string::String,
    pub full_name: ::std::string::String,
    /// License Simple
    pub license: ::std::option::Option<NullableLicenseSimple>,
    pub forks: i64,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub permissions: ::std::option::Option<RepositoryPermissions>,
    /// A GitHub user.
    pub owner: SimpleUser,
    /// Whether the repository is private or public.
    pub private: bool,
    pub html_url: ::std::string::String,
    pub description: ::std::option::Option<::std::string::String>,
    pub fork: bool,
    pub url: ::std::string::String,
    pub archive_url: ::std::string::String,
    pub assignees_url: ::std::string::String,
    pub blobs_url: ::std::string::String,
    pub branches_url: ::std::string::String,
    pub collaborators_url: ::std::string::String,
    pub comments_url: ::std::string::String,
    pub commits_url: ::std::string::String,
    pub compare_url: ::std::string::String,
    pub contents_url: ::std::string::String,
    pub contributors_url: ::std::string::String,
    pub deployments_url: ::std::string::String,
    pub downloads_url: ::std::string::String,
    pub events_url: ::std::string::String,
    pub forks_url: ::std::string::String,
    pub git_commits_url: ::std::string::String,
    pub git_refs_url: ::std::string::String,
    pub git_tags_url: ::std::string::String,
    pub git_url: ::std::string::String,
    pub issue_comment_url: ::std::string::String,
    pub issue_events_url: ::std::string::String,
    pub issues_url: ::std::string::String,
    pub keys_url: ::std::string::String,
    pub labels_url: ::std::string::String,
    pub languages_url: ::std::string::String,
    pub merges_url: ::std::string::String,
    pub milestones_url: ::std::string::String,
    pub notifications_url: ::std::string::String,
    pub pulls_url: ::std::string::String,
    pub releases_url: ::std::string::String,
    pub ssh_url: ::std::string::String,
    pub stargazers_url: ::std::string::String,
    pub statuses_url: ::std::string::String,
    pub subscribers_url: ::std::string::String,
    pub subscription_url: ::std::string::String,
    pub tags_url: ::std::string::String,
    pub teams_url: ::std::string::String,
    pub trees_url: ::std::string::String,
    pub clone_url: ::std::string::String,
    pub mirror_url: ::std::option::Option<::std::string::String>,
    pub hooks_url: ::std::string::String,
    pub svn_url: ::std::string::String,
    pub homepage: ::std::option::Option<::std::string::String>,
    pub language: ::std::option::Option<::std::string::String>,
    pub forks_count: i64,
    pub stargazers_count: i64,
    pub watchers_count: i64,
    /// The size of the repository, in kilobytes. Size is calculated hourly. When a repository is initially created, the size is 0.
    pub size: i64,
    /// The default branch of the repository.
    pub default_branch: ::std::string::String,
    pub open_issues_count: i64,
    /// Whether this repository acts as a template that can be used to generate new repositories.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub is_template: ::std::option::Option<bool>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub topics: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// Whether issues are enabled.
    pub has_issues: bool,
    /// Whether projects are enabled.
    pub has_projects: bool,
    /// Whether the wiki is enabled.
    pub has_wiki: bool,
    pub has_pages: bool,
    /// Whether downloads are enabled.
    pub has_downloads: bool,
    /// Whether discussions are enabled.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub has_discussions: ::std::option::Option<bool>,
    /// Whether the repository is archived.
    pub archived: bool,
    /// Returns whether or not this repository disabled.
    pub disabled: bool,
    /// The repository visibility: public, private, or internal.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub visibility: ::std::option::Option<::std::string::String>,
    pub pushed_at: ::std::option::Option<::std::string::String>,
    pub created_at: ::std::option::Option<::std::string::String>,
    pub updated_at: ::std::option::Option<::std::string::String>,
    /// Whether to allow rebase merges for pull requests.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub allow_rebase_merge: ::std::option::Option<bool>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub temp_clone_token: ::std::option::Option<::std::string::String>,
    /// Whether to allow squash merges for pull requests.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub allow_squash_merge: ::std::option::Option<bool>,
    /// Whether to allow Auto-merge to be used on pull requests.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub allow_auto_merge: ::std::option::Option<bool>,
    /// Whether to delete head branches when pull requests are merged
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub delete_branch_on_merge: ::std::option::Option<bool>,
    /// Whether or not a pull request head branch that is behind its base branch can always be updated even if it is not required to be up to date before merging.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub allow_update_branch: ::std::option::Option<bool>,
    /// Whether a squash merge commit can use the pull request title as default. **This property is closing down. Please use `squash_merge_commit_title` instead.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub use_squash_pr_title_as_default: ::std::option::Option<bool>,
    /// The default value for a squash merge commit title:
    ///
    /// - `PR_TITLE` - default to the pull request's title.
    /// - `COMMIT_OR_PR_TITLE` - default to the commit's title (if only one commit) or the pull request's title (when more than one commit).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub squash_merge_commit_title: ::std::option::Option<
        RepositorySquashMergeCommitTitle,
    >,
    /// The default value for a squash merge commit message:
    ///
    /// - `PR_BODY` - default to the pull request's body.
    /// - `COMMIT_MESSAGES` - default to the branch's commit messages.
    /// - `BLANK` - default to a blank commit message.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub squash_merge_commit_message: ::std::option::Option<
        RepositorySquashMergeCommitMessage,
    >,
    /// The default value for a merge commit title.
    ///
    /// - `PR_TITLE` - default to the pull request's title.
    /// - `MERGE_MESSAGE` - default to the classic title for a merge message (e.g., Merge pull request #123 from branch-name).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub merge_commit_title: ::std::option::Option<RepositoryMergeCommitTitle>,
    /// The default value for a merge commit message.
    ///
    /// - `PR_TITLE` - default to the pull request's title.
    /// - `PR_BODY` - default to the pull request's body.
    /// - `BLANK` - default to a blank commit message.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub merge_commit_message: ::std::option::Option<RepositoryMergeCommitMessage>,
    /// Whether to allow merge commits for pull requests.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub allow_merge_commit: ::std::option::Option<bool>,
    /// Whether to allow forking this repo
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub allow_forking: ::std::option::Option<bool>,
    /// Whether to require contributors to sign off on web-based commits
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub web_commit_signoff_required: ::std::option::Option<bool>,
    pub open_issues: i64,
    pub watchers: i64,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub master_branch: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub starred_at: ::std::option::Option<::std::string::String>,
    /// Whether anonymous git access is enabled for this repository
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub anonymous_access_enabled: ::std::option::Option<bool>,
    /// The status of the code search index for this repository
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub code_search_index_status: ::std::option::Option<RepositoryCodeSearchIndexStatus>,
}
#[cfg(any(feature = "issues", feature = "repos"))]
impl Repository {
    /// A value with the required fields given and every optional one absent (set those
    /// afterwards: `value.field = Some(..)`).
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        id: i64,
        node_id: ::std::string::String,
        name: ::std::string::String,
        full_name: ::std::string::String,
        forks: i64,
        owner: SimpleUser,
        private: bool,
        html_url: ::std::string::String,
        fork: bool,
        url: ::std::string::String,
        archive_url: ::std::string::String,
        assignees_url: ::std::string::String,
        blobs_url: ::std::string::String,
        branches_url: ::std::string::String,
        collaborators_url: ::std::string::String,
        comments_url: ::std::string::String,
        commits_url: ::std::string::String,
        compare_url: ::std::string::String,
        contents_url: ::std::string::String,
        contributors_url: ::std::string::String,
        deployments_url: ::std::string::String,
        downloads_url: ::std::string::String,
        events_url: ::std::string::String,
        forks_url: ::std::string::String,
        git_commits_url: ::std::string::String,
        git_refs_url: ::std::string::String,
        git_tags_url: ::std::string::String,
        git_url: ::std::string::String,
        issue_comment_url: ::std::string::String,
        issue_events_url: ::std::string::String,
        issues_url: ::std::string::String,
        keys_url: ::std::string::String,
        labels_url: ::std::string::String,
        languages_url: ::std::string::String,
        merges_url: ::std::string::String,
        milestones_url: ::std::string::String,
        notifications_url: ::std::string::String,
        pulls_url: ::std::string::String,
        releases_url: ::std::string::String,
        ssh_url: ::std::string::String,
        stargazers_url: ::std::string::String,
        statuses_url: ::std::string::String,
        subscribers_url: ::std::string::String,
        subscription_url: ::std::string::String,
        tags_url: ::std::string::String,
        teams_url: ::std::string::String,
        trees_url: ::std::string::String,
        clone_url: ::std::string::String,
        hooks_url: ::std::string::String,
        svn_url: ::std::string::String,
        forks_count: i64,
        stargazers_count: i64,
        watchers_count: i64,
        size: i64,
        default_branch: ::std::string::String,
        open_issues_count: i64,
        has_issues: bool,
        has_projects: bool,
        has_wiki: bool,
        has_pages: bool,
        has_downloads: bool,
        archived: bool,
        disabled: bool,
        open_issues: i64,
        watchers: i64,
    ) -> Self {
        Self {
            id,
            node_id,
            name,
            full_name,
            license: ::std::default::Default::default(),
            forks,
            permissions: ::std::default::Default::default(),
            owner,
            private,
            html_url,
            description: ::std::default::Default::default(),
            fork,
            url,
            archive_url,
            assignees_url,
            blobs_url,
            branches_url,
            collaborators_url,
            comments_url,
            commits_url,
            compare_url,
            contents_url,
            contributors_url,
            deployments_url,
            downloads_url,
            events_url,
            forks_url,
            git_commits_url,
            git_refs_url,
            git_tags_url,
            git_url,
            issue_comment_url,
            issue_events_url,
            issues_url,
            keys_url,
            labels_url,
            languages_url,
            merges_url,
            milestones_url,
            notifications_url,
            pulls_url,
            releases_url,
            ssh_url,
            stargazers_url,
            statuses_url,
            subscribers_url,
            subscription_url,
            tags_url,
            teams_url,
            trees_url,
            clone_url,
            mirror_url: ::std::default::Default::default(),
            hooks_url,
            svn_url,
            homepage: ::std::default::Default::default(),
            language: ::std::default::Default::default(),
            forks_count,
            stargazers_count,
            watchers_count,
            size,
            default_branch,
            open_issues_count,
            is_template: ::std::default::Default::default(),
            topics: ::std::default::Default::default(),
            has_issues,
            has_projects,
            has_wiki,
            has_pages,
            has_downloads,
            has_discussions: ::std::default::Default::default(),
            archived,
            disabled,
            visibility: ::std::default::Default::default(),
            pushed_at: ::std::default::Default::default(),
            created_at: ::std::default::Default::default(),
            updated_at: ::std::default::Default::default(),
            allow_rebase_merge: ::std::default::Default::default(),
            temp_clone_token: ::std::default::Default::default(),
            allow_squash_merge: ::std::default::Default::default(),
            allow_auto_merge: ::std::default::Default::default(),
            delete_branch_on_merge: ::std::default::Default::default(),
            allow_update_branch: ::std::default::Default::default(),
            use_squash_pr_title_as_default: ::std::default::Default::default(),
            squash_merge_commit_title: ::std::default::Default::default(),
            squash_merge_commit_message: ::std::default::Default::default(),
            merge_commit_title: ::std::default::Default::default(),
            merge_commit_message: ::std::default::Default::default(),
            allow_merge_commit: ::std::default::Default::default(),
            allow_forking: ::std::default::Default::default(),
            web_commit_signoff_required: ::std::default::Default::default(),
            open_issues,
            watchers,
            master_branch: ::std::default::Default::default(),
            starred_at: ::std::default::Default::default(),
            anonymous_access_enabled: ::std::default::Default::default(),
            code_search_index_status: ::std::default::Default::default(),
        }
    }
}
#[cfg(any(feature = "issues", feature = "repos"))]
impl<'de> ::serde::Deserialize<'de> for Repository {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        d: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct V;
        impl super::runtime::StructFields for V {
            const FIELDS: &'static [&'static str] = &[
                "id",
                "node_id",
                "name",
                "full_name",
                "license",
                "forks",
                "permissions",
                "owner",
                "private",
                "html_url",
                "description",
                "fork",
                "url",
                "archive_url",
                "assignees_url",
                "blobs_url",
                "branches_url",
                "collaborators_url",
                "comments_url",
                "commits_url",
                "compare_url",
                "contents_url",
                "contributors_url",
                "deployments_url",
                "downloads_url",
                "events_url",
                "forks_url",
                "git_commits_url",
                "git_refs_url",
                "git_tags_url",
                "git_url",
                "issue_comment_url",
                "issue_events_url",
                "issues_url",
                "keys_url",
                "labels_url",
                "languages_url",
                "merges_url",
                "milestones_url",
                "notifications_url",
                "pulls_url",
                "releases_url",
                "ssh_url",
                "stargazers_url",
                "statuses_url",
                "subscribers_url",
                "subscription_url",
                "tags_url",
                "teams_url",
                "trees_url",
                "clone_url",
                "mirror_url",
                "hooks_url",
                "svn_url",
                "homepage",
                "language",
                "forks_count",
                "stargazers_count",
                "watchers_count",
                "size",
                "default_branch",
                "open_issues_count",
                "is_template",
                "topics",
                "has_issues",
                "has_projects",
                "has_wiki",
                "has_pages",
                "has_downloads",
                "has_discussions",
                "archived",
                "disabled",
                "visibility",
                "pushed_at",
                "created_at",
                "updated_at",
                "allow_rebase_merge",
                "temp_clone_token",
                "allow_squash_merge",
                "allow_auto_merge",
                "delete_branch_on_merge",
                "allow_update_branch",
                "use_squash_pr_title_as_default",
                "squash_merge_commit_title",
                "squash_merge_commit_message",
                "merge_commit_title",
                "merge_commit_message",
                "allow_merge_commit",
                "allow_forking",
                "web_commit_signoff_required",
                "open_issues",
                "watchers",
                "master_branch",
                "starred_at",
                "anonymous_access_enabled",
                "code_search_index_status",
            ];
        }
        impl<'de> ::serde::de::Visitor<'de> for V {
            type Value = Repository;
            fn expecting(
                &self,
                f: &mut ::std::fmt::Formatter<'_>,
            ) -> ::std::fmt::Result {
                f.write_str("a Repository object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<Self::Value, A::Error> {
                let mut f0: ::std::option::Option<i64> = None;
                let mut f1: ::std::option::Option<::std::string::String> = None;
                let mut f2: ::std::option::Option<::std::string::String> = None;
                let mut f3: ::std::option::Option<::std::string::String> = None;
                let mut f4: ::std::option::Option<
                    ::std::option::Option<NullableLicenseSimple>,
                > = None;
                let mut f5: ::std::option::Option<i64> = None;
                let mut f6: ::std::option::Option<
                    ::std::option::Option<RepositoryPermissions>,
                > = None;
                let mut f7: ::std::option::Option<SimpleUser> = None;
                let mut f8: ::std::option::Option<bool> = None;
                let mut f9: ::std::option::Option<::std::string::String> = None;
                let mut f10: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f11: ::std::option::Option<bool> = None;
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
                let mut f38: ::std::option::Option<::std::string::String> = None;
                let mut f39: ::std::option::Option<::std::string::String> = None;
                let mut f40: ::std::option::Option<::std::string::String> = None;
                let mut f41: ::std::option::Option<::std::string::String> = None;
                let mut f42: ::std::option::Option<::std::string::String> = None;
                let mut f43: ::std::option::Option<::std::string::String> = None;
                let mut f44: ::std::option::Option<::std::string::String> = None;
                let mut f45: ::std::option::Option<::std::string::String> = None;
                let mut f46: ::std::option::Option<::std::string::String> = None;
                let mut f47: ::std::option::Option<::std::string::String> = None;
                let mut f48: ::std::option::Option<::std::string::String> = None;
                let mut f49: ::std::option::Option<::std::string::String> = None;
                let mut f50: ::std::option::Option<::std::string::String> = None;
                let mut f51: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f52: ::std::option::Option<::std::string::String> = None;
                let mut f53: ::std::option::Option<::std::string::String> = None;
                let mut f54: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f55: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f56: ::std::option::Option<i64> = None;
                let mut f57: ::std::option::Option<i64> = None;
                let mut f58: ::std::option::Option<i64> = None;
                let mut f59: ::std::option::Option<i64> = None;
                let mut f60: ::std::option::Option<::std::string::String> = None;
                let mut f61: ::std::option::Option<i64> = None;
                let mut f62: ::std::option::Option<::std::option::Option<bool>> = None;
                let mut f63: ::std::option::Option<
                    ::std::option::Option<::std::vec::Vec<::std::string::String>>,
                > = None;
                let mut f64: ::std::option::Option<bool> = None;
                let mut f65: ::std::option::Option<bool> = None;
                let mut f66: ::std::option::Option<bool> = None;
                let mut f67: ::std::option::Option<bool> = None;
                let mut f68: ::std::option::Option<bool> = None;
                let mut f69: ::std::option::Option<::std::option::Option<bool>> = None;
                let mut f70: ::std::option::Option<bool> = None;
                let mut f71: ::std::option::Option<bool> = None;
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
                let mut f76: ::std::option::Option<::std::option::Option<bool>> = None;
                let mut f77: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f78: ::std::option::Option<::std::option::Option<bool>> = None;
                let mut f79: ::std::option::Option<::std::option::Option<bool>> = None;
                let mut f80: ::std::option::Option<::std::option::Option<bool>> = None;
                let mut f81: ::std::option::Option<::std::option::Option<bool>> = None;
                let mut f82: ::std::option::Option<::std::option::Option<bool>> = None;
                let mut f83: ::std::option::Option<
                    ::std::option::Option<RepositorySquashMergeCommitTitle>,
                > = None;
                let mut f84: ::std::option::Option<
                    ::std::option::Option<RepositorySquashMergeCommitMessage>,
                > = None;
                let mut f85: ::std::option::Option<
                    ::std::option::Option<RepositoryMergeCommitTitle>,
                > = None;
                let mut f86: ::std::option::Option<
                    ::std::option::Option<RepositoryMergeCommitMessage>,
                > = None;
                let mut f87: ::std::option::Option<::std::option::Option<bool>> = None;
                let mut f88: ::std::option::Option<::std::option::Option<bool>> = None;
                let mut f89: ::std::option::Option<::std::option::Option<bool>> = None;
                let mut f90: ::std::option::Option<i64> = None;
                let mut f91: ::std::option::Option<i64> = None;
                let mut f92: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f93: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f94: ::std::option::Option<::std::option::Option<bool>> = None;
                let mut f95: ::std::option::Option<
                    ::std::option::Option<RepositoryCodeSearchIndexStatus>,
                > = None;
                let mut expect = 0usize;
                while let Some(i) = map
                    .next_key_seed(super::runtime::FieldIndex::<V>::new(expect))?
                {
                    expect = i + 1;
                    match i {
                        0 => super::runtime::read_field(&mut f0, &mut map, "id")?,
                        1 => super::runtime::read_field(&mut f1, &mut map, "node_id")?,
                        2 => super::runtime::read_field(&mut f2, &mut map, "name")?,
                        3 => super::runtime::read_field(&mut f3, &mut map, "full_name")?,
                        4 => super::runtime::read_field(&mut f4, &mut map, "license")?,
                        5 => super::runtime::read_field(&mut f5, &mut map, "forks")?,
                        6 => {
                            super::runtime::read_field(&mut f6, &mut map, "permissions")?
                        }
                        7 => super::runtime::read_field(&mut f7, &mut map, "owner")?,
                        8 => super::runtime::read_field(&mut f8, &mut map, "private")?,
                        9 => super::runtime::read_field(&mut f9, &mut map, "html_url")?,
                        10 => {
                            super::runtime::read_field(
                                &mut f10,
                                &mut map,
                                "description",
                            )?
                        }
                        11 => super::runtime::read_field(&mut f11, &mut map, "fork")?,
                        12 => super::runtime::read_field(&mut f12, &mut map, "url")?,
                        13 => {
                            super::runtime::read_field(
                                &mut f13,
                                &mut map,
                                "archive_url",
                            )?
                        }
                        14 => {
                            super::runtime::read_field(
                                &mut f14,
                                &mut map,
                                "assignees_url",
                            )?
                        }
                        15 => {
                            super::runtime::read_field(&mut f15, &mut map, "blobs_url")?
                        }
                        16 => {
                            super::runtime::read_field(
                                &mut f16,
                                &mut map,
                                "branches_url",
                            )?
                        }
                        17 => {
                            super::runtime::read_field(
                                &mut f17,
                                &mut map,
                                "collaborators_url",
                            )?
                        }
                        18 => {
                            super::runtime::read_field(
                                &mut f18,
                                &mut map,
                                "comments_url",
                            )?
                        }
                        19 => {
                            super::runtime::read_field(
                                &mut f19,
                                &mut map,
                                "commits_url",
                            )?
                        }
                        20 => {
                            super::runtime::read_field(
                                &mut f20,
                                &mut map,
                                "compare_url",
                            )?
                        }
                        21 => {
                            super::runtime::read_field(
                                &mut f21,
                                &mut map,
                                "contents_url",
                            )?
                        }
                        22 => {
                            super::runtime::read_field(
                                &mut f22,
                                &mut map,
                                "contributors_url",
                            )?
                        }
                        23 => {
                            super::runtime::read_field(
                                &mut f23,
                                &mut map,
                                "deployments_url",
                            )?
                        }
                        24 => {
                            super::runtime::read_field(
                                &mut f24,
                                &mut map,
                                "downloads_url",
                            )?
                        }
                        25 => {
                            super::runtime::read_field(&mut f25, &mut map, "events_url")?
                        }
                        26 => {
                            super::runtime::read_field(&mut f26, &mut map, "forks_url")?
                        }
                        27 => {
                            super::runtime::read_field(
                                &mut f27,
                                &mut map,
                                "git_commits_url",
                            )?
                        }
                        28 => {
                            super::runtime::read_field(
                                &mut f28,
                                &mut map,
                                "git_refs_url",
                            )?
                        }
                        29 => {
                            super::runtime::read_field(
                                &mut f29,
                                &mut map,
                                "git_tags_url",
                            )?
                        }
                        30 => super::runtime::read_field(&mut f30, &mut map, "git_url")?,
                        31 => {
                            super::runtime::read_field(
                                &mut f31,
                                &mut map,
                                "issue_comment_url",
                            )?
                        }
                        32 => {
                            super::runtime::read_field(
                                &mut f32,
                                &mut map,
                                "issue_events_url",
                            )?
                        }
                        33 => {
                            super::runtime::read_field(&mut f33, &mut map, "issues_url")?
                        }
                        34 => super::runtime::read_field(&mut f34, &mut map, "keys_url")?,
                        35 => {
                            super::runtime::read_field(&mut f35, &mut map, "labels_url")?
                        }
                        36 => {
                            super::runtime::read_field(
                                &mut f36,
                                &mut map,
                                "languages_url",
                            )?
                        }
                        37 => {
                            super::runtime::read_field(&mut f37, &mut map, "merges_url")?
                        }
                        38 => {
                            super::runtime::read_field(
                                &mut f38,
                                &mut map,
                                "milestones_url",
                            )?
                        }
                        39 => {
                            super::runtime::read_field(
                                &mut f39,
                                &mut map,
                                "notifications_url",
                            )?
                        }
                        40 => {
                            super::runtime::read_field(&mut f40, &mut map, "pulls_url")?
                        }
                        41 => {
                            super::runtime::read_field(
                                &mut f41,
                                &mut map,
                                "releases_url",
                            )?
                        }
                        42 => super::runtime::read_field(&mut f42, &mut map, "ssh_url")?,
                        43 => {
                            super::runtime::read_field(
                                &mut f43,
                                &mut map,
                                "stargazers_url",
                            )?
                        }
                        44 => {
                            super::runtime::read_field(
                                &mut f44,
                                &mut map,
                                "statuses_url",
                            )?
                        }
                        45 => {
                            super::runtime::read_field(
                                &mut f45,
                                &mut map,
                                "subscribers_url",
                            )?
                        }
                        46 => {
                            super::runtime::read_field(
                                &mut f46,
                                &mut map,
                                "subscription_url",
                            )?
                        }
                        47 => super::runtime::read_field(&mut f47, &mut map, "tags_url")?,
                        48 => {
                            super::runtime::read_field(&mut f48, &mut map, "teams_url")?
                        }
                        49 => {
                            super::runtime::read_field(&mut f49, &mut map, "trees_url")?
                        }
                        50 => {
                            super::runtime::read_field(&mut f50, &mut map, "clone_url")?
                        }
                        51 => {
                            super::runtime::read_field(&mut f51, &mut map, "mirror_url")?
                        }
                        52 => {
                            super::runtime::read_field(&mut f52, &mut map, "hooks_url")?
                        }
                        53 => super::runtime::read_field(&mut f53, &mut map, "svn_url")?,
                        54 => super::runtime::read_field(&mut f54, &mut map, "homepage")?,
                        55 => super::runtime::read_field(&mut f55, &mut map, "language")?,
                        56 => {
                            super::runtime::read_field(
                                &mut f56,
                                &mut map,
                                "forks_count",
                            )?
                        }
                        57 => {
                            super::runtime::read_field(
                                &mut f57,
                                &mut map,
                                "stargazers_count",
                            )?
                        }
                        58 => {
                            super::runtime::read_field(
                                &mut f58,
                                &mut map,
                                "watchers_count",
                            )?
                        }
                        59 => super::runtime::read_field(&mut f59, &mut map, "size")?,
                        60 => {
                            super::runtime::read_field(
                                &mut f60,
                                &mut map,
                                "default_branch",
                            )?
                        }
                        61 => {
                            super::runtime::read_field(
                                &mut f61,
                                &mut map,
                                "open_issues_count",
                            )?
                        }
                        62 => {
                            super::runtime::read_field(
                                &mut f62,
                                &mut map,
                                "is_template",
                            )?
                        }
                        63 => super::runtime::read_field(&mut f63, &mut map, "topics")?,
                        64 => {
                            super::runtime::read_field(&mut f64, &mut map, "has_issues")?
                        }
                        65 => {
                            super::runtime::read_field(
                                &mut f65,
                                &mut map,
                                "has_projects",
                            )?
                        }
                        66 => super::runtime::read_field(&mut f66, &mut map, "has_wiki")?,
                        67 => {
                            super::runtime::read_field(&mut f67, &mut map, "has_pages")?
                        }
                        68 => {
                            super::runtime::read_field(
                                &mut f68,
                                &mut map,
                                "has_downloads",
                            )?
                        }
                        69 => {
                            super::runtime::read_field(
                                &mut f69,
                                &mut map,
                                "has_discussions",
                            )?
                        }
                        70 => super::runtime::read_field(&mut f70, &mut map, "archived")?,
                        71 => super::runtime::read_field(&mut f71, &mut map, "disabled")?,
                        72 => {
                            super::runtime::read_field(&mut f72, &mut map, "visibility")?
                        }
                        73 => {
                            super::runtime::read_field(&mut f73, &mut map, "pushed_at")?
                        }
                        74 => {
                            super::runtime::read_field(&mut f74, &mut map, "created_at")?
                        }
                        75 => {
                            super::runtime::read_field(&mut f75, &mut map, "updated_at")?
                        }
                        76 => {
                            super::runtime::read_field(
                                &mut f76,
                                &mut map,
                                "allow_rebase_merge",
                            )?
                        }
                        77 => {
                            super::runtime::read_field(
                                &mut f77,
                                &mut map,
                                "temp_clone_token",
                            )?
                        }
                        78 => {
                            super::runtime::read_field(
                                &mut f78,
                                &mut map,
                                "allow_squash_merge",
                            )?
                        }
                        79 => {
                            super::runtime::read_field(
                                &mut f79,
                                &mut map,
                                "allow_auto_merge",
                            )?
                        }
                        80 => {
                            super::runtime::read_field(
                                &mut f80,
                                &mut map,
                                "delete_branch_on_merge",
                            )?
                        }
                        81 => {
                            super::runtime::read_field(
                                &mut f81,
                                &mut map,
                                "allow_update_branch",
                            )?
                        }
                        82 => {
                            super::runtime::read_field(
                                &mut f82,
                                &mut map,
                                "use_squash_pr_title_as_default",
                            )?
                        }
                        83 => {
                            super::runtime::read_field(
                                &mut f83,
                                &mut map,
                                "squash_merge_commit_title",
                            )?
                        }
                        84 => {
                            super::runtime::read_field(
                                &mut f84,
                                &mut map,
                                "squash_merge_commit_message",
                            )?
                        }
                        85 => {
                            super::runtime::read_field(
                                &mut f85,
                                &mut map,
                                "merge_commit_title",
                            )?
                        }
                        86 => {
                            super::runtime::read_field(
                                &mut f86,
                                &mut map,
                                "merge_commit_message",
                            )?
                        }
                        87 => {
                            super::runtime::read_field(
                                &mut f87,
                                &mut map,
                                "allow_merge_commit",
                            )?
                        }
                        88 => {
                            super::runtime::read_field(
                                &mut f88,
                                &mut map,
                                "allow_forking",
                            )?
                        }
                        89 => {
                            super::runtime::read_field(
                                &mut f89,
                                &mut map,
                                "web_commit_signoff_required",
                            )?
                        }
                        90 => {
                            super::runtime::read_field(
                                &mut f90,
                                &mut map,
                                "open_issues",
                            )?
                        }
                        91 => super::runtime::read_field(&mut f91, &mut map, "watchers")?,
                        92 => {
                            super::runtime::read_field(
                                &mut f92,
                                &mut map,
                                "master_branch",
                            )?
                        }
                        93 => {
                            super::runtime::read_field(&mut f93, &mut map, "starred_at")?
                        }
                        94 => {
                            super::runtime::read_field(
                                &mut f94,
                                &mut map,
                                "anonymous_access_enabled",
                            )?
                        }
                        95 => {
                            super::runtime::read_field(
                                &mut f95,
                                &mut map,
                                "code_search_index_status",
                            )?
                        }
                        _ => {
                            map.next_value::<::serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(Repository {
                    id: f0
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "id",
                        ))?,
                    node_id: f1
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "node_id",
                        ))?,
                    name: f2
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "name",
                        ))?,
                    full_name: f3
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "full_name",
                        ))?,
                    license: f4.flatten(),
                    forks: f5
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "forks",
                        ))?,
                    permissions: f6.flatten(),
                    owner: f7
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "owner",
                        ))?,
                    private: f8
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "private",
                        ))?,
                    html_url: f9
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "html_url",
                        ))?,
                    description: f10.flatten(),
                    fork: f11
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "fork",
                        ))?,
                    url: f12
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "url",
                        ))?,
                    archive_url: f13
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "archive_url",
                        ))?,
                    assignees_url: f14
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "assignees_url",
                        ))?,
                    blobs_url: f15
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "blobs_url",
                        ))?,
                    branches_url: f16
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "branches_url",
                        ))?,
                    collaborators_url: f17
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "collaborators_url",
                        ))?,
                    comments_url: f18
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "comments_url",
                        ))?,
                    commits_url: f19
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "commits_url",
                        ))?,
                    compare_url: f20
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "compare_url",
                        ))?,
                    contents_url: f21
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "contents_url",
                        ))?,
                    contributors_url: f22
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "contributors_url",
                        ))?,
                    deployments_url: f23
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "deployments_url",
                        ))?,
                    downloads_url: f24
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "downloads_url",
                        ))?,
                    events_url: f25
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "events_url",
                        ))?,
                    forks_url: f26
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "forks_url",
                        ))?,
                    git_commits_url: f27
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "git_commits_url",
                        ))?,
                    git_refs_url: f28
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "git_refs_url",
                        ))?,
                    git_tags_url: f29
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "git_tags_url",
                        ))?,
                    git_url: f30
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "git_url",
                        ))?,
                    issue_comment_url: f31
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "issue_comment_url",
                        ))?,
                    issue_events_url: f32
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "issue_events_url",
                        ))?,
                    issues_url: f33
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "issues_url",
                        ))?,
                    keys_url: f34
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "keys_url",
                        ))?,
                    labels_url: f35
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "labels_url",
                        ))?,
                    languages_url: f36
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "languages_url",
                        ))?,
                    merges_url: f37
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "merges_url",
                        ))?,
                    milestones_url: f38
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "milestones_url",
                        ))?,
                    notifications_url: f39
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "notifications_url",
                        ))?,
                    pulls_url: f40
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "pulls_url",
                        ))?,
                    releases_url: f41
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "releases_url",
                        ))?,
                    ssh_url: f42
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "ssh_url",
                        ))?,
                    stargazers_url: f43
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "stargazers_url",
                        ))?,
                    statuses_url: f44
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "statuses_url",
                        ))?,
                    subscribers_url: f45
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "subscribers_url",
                        ))?,
                    subscription_url: f46
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "subscription_url",
                        ))?,
                    tags_url: f47
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "tags_url",
                        ))?,
                    teams_url: f48
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "teams_url",
                        ))?,
                    trees_url: f49
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "trees_url",
                        ))?,
                    clone_url: f50
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "clone_url",
                        ))?,
                    mirror_url: f51.flatten(),
                    hooks_url: f52
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "hooks_url",
                        ))?,
                    svn_url: f53
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "svn_url",
                        ))?,
                    homepage: f54.flatten(),
                    language: f55.flatten(),
                    forks_count: f56
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "forks_count",
                        ))?,
                    stargazers_count: f57
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "stargazers_count",
                        ))?,
                    watchers_count: f58
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "watchers_count",
                        ))?,
                    size: f59
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "size",
                        ))?,
                    default_branch: f60
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "default_branch",
                        ))?,
                    open_issues_count: f61
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "open_issues_count",
                        ))?,
                    is_template: f62.flatten(),
                    topics: f63.flatten(),
                    has_issues: f64
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "has_issues",
                        ))?,
                    has_projects: f65
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "has_projects",
                        ))?,
                    has_wiki: f66
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "has_wiki",
                        ))?,
                    has_pages: f67
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "has_pages",
                        ))?,
                    has_downloads: f68
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "has_downloads",
                        ))?,
                    has_discussions: f69.flatten(),
                    archived: f70
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "archived",
                        ))?,
                    disabled: f71
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "disabled",
                        ))?,
                    visibility: f72.flatten(),
                    pushed_at: f73.flatten(),
                    created_at: f74.flatten(),
                    updated_at: f75.flatten(),
                    allow_rebase_merge: f76.flatten(),
                    temp_clone_token: f77.flatten(),
                    allow_squash_merge: f78.flatten(),
                    allow_auto_merge: f79.flatten(),
                    delete_branch_on_merge: f80.flatten(),
                    allow_update_branch: f81.flatten(),
                    use_squash_pr_title_as_default: f82.flatten(),
                    squash_merge_commit_title: f83.flatten(),
                    squash_merge_commit_message: f84.flatten(),
                    merge_commit_title: f85.flatten(),
                    merge_commit_message: f86.flatten(),
                    allow_merge_commit: f87.flatten(),
                    allow_forking: f88.flatten(),
                    web_commit_signoff_required: f89.flatten(),
                    open_issues: f90
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "open_issues",
                        ))?,
                    watchers: f91
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "watchers",
                        ))?,
                    master_branch: f92.flatten(),
                    starred_at: f93.flatten(),
                    anonymous_access_enabled: f94.flatten(),
                    code_search_index_status: f95.flatten(),
                })
            }
        }
        d.deserialize_map(V)
    }
}
#[cfg(any(feature = "issues", feature = "repos"))]
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct RepositoryPermissions {
    pub admin: bool,
    pub pull: bool,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub triage: ::std::option::Option<bool>,
    pub push: bool,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub maintain: ::std::option::Option<bool>,
}
#[cfg(any(feature = "issues", feature = "repos"))]
impl RepositoryPermissions {
    /// A value with the required fields given and every optional one absent (set those
    /// afterwards: `value.field = Some(..)`).
    #[allow(clippy::too_many_arguments)]
    pub fn new(admin: bool, pull: bool, push: bool) -> Self {
        Self {
            admin,
            pull,
            triage: ::std::default::Default::default(),
            push,
            maintain: ::std::default::Default::default(),
        }
    }
}
#[cfg(any(feature = "issues", feature = "repos"))]
impl<'de> ::serde::Deserialize<'de> for RepositoryPermissions {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        d: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct V;
        impl super::runtime::StructFields for V {
            const FIELDS: &'static [&'static str] = &[
                "admin",
                "pull",
                "triage",
                "push",
                "maintain",
            ];
        }
        impl<'de> ::serde::de::Visitor<'de> for V {
            type Value = RepositoryPermissions;
            fn expecting(
                &self,
                f: &mut ::std::fmt::Formatter<'_>,
            ) -> ::std::fmt::Result {
                f.write_str("a RepositoryPermissions object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<Self::Value, A::Error> {
                let mut f0: ::std::option::Option<bool> = None;
                let mut f1: ::std::option::Option<bool> = None;
                let mut f2: ::std::option::Option<::std::option::Option<bool>> = None;
                let mut f3: ::std::option::Option<bool> = None;
                let mut f4: ::std::option::Option<::std::option::Option<bool>> = None;
                let mut expect = 0usize;
                while let Some(i) = map
                    .next_key_seed(super::runtime::FieldIndex::<V>::new(expect))?
                {
                    expect = i + 1;
                    match i {
                        0 => super::runtime::read_field(&mut f0, &mut map, "admin")?,
                        1 => super::runtime::read_field(&mut f1, &mut map, "pull")?,
                        2 => super::runtime::read_field(&mut f2, &mut map, "triage")?,
                        3 => super::runtime::read_field(&mut f3, &mut map, "push")?,
                        4 => super::runtime::read_field(&mut f4, &mut map, "maintain")?,
                        _ => {
                            map.next_value::<::serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(RepositoryPermissions {
                    admin: f0
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "admin",
                        ))?,
                    pull: f1
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "pull",
                        ))?,
                    triage: f2.flatten(),
                    push: f3
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "push",
                        ))?,
                    maintain: f4.flatten(),
                })
            }
        }
        d.deserialize_map(V)
    }
}
#[cfg(any(feature = "issues", feature = "repos"))]
/// The default value for a squash merge commit title:
///
/// - `PR_TITLE` - default to the pull request's title.
/// - `COMMIT_OR_PR_TITLE` - default to the commit's title (if only one commit) or the pull request's title (when more than one commit).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum RepositorySquashMergeCommitTitle {
    ///PR_TITLE
    PrTitle,
    ///COMMIT_OR_PR_TITLE
    CommitOrPrTitle,
    /// A value this version of the API description does not list.
    Unknown(::std::string::String),
}
#[cfg(any(feature = "issues", feature = "repos"))]
impl RepositorySquashMergeCommitTitle {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::PrTitle => "PR_TITLE",
            Self::CommitOrPrTitle => "COMMIT_OR_PR_TITLE",
            Self::Unknown(s) => s.as_str(),
        }
    }
}
#[cfg(any(feature = "issues", feature = "repos"))]
impl ::std::convert::From<&str> for RepositorySquashMergeCommitTitle {
    fn from(s: &str) -> Self {
        match s {
            "PR_TITLE" => Self::PrTitle,
            "COMMIT_OR_PR_TITLE" => Self::CommitOrPrTitle,
            other => Self::Unknown(::std::string::ToString::to_string(other)),
        }
    }
}
#[cfg(any(feature = "issues", feature = "repos"))]
impl ::std::fmt::Display for RepositorySquashMergeCommitTitle {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(any(feature = "issues", feature = "repos"))]
impl ::serde::Serialize for RepositorySquashMergeCommitTitle {
    fn serialize<S: ::serde::Serializer>(
        &self,
        s: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}
#[cfg(any(feature = "issues", feature = "repos"))]
impl<'de> ::serde::Deserialize<'de> for RepositorySquashMergeCommitTitle {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        d: D,
    ) -> ::std::result::Result<Self, D::Error> {
        let s = <::std::string::String as ::serde::Deserialize>::deserialize(d)?;
        Ok(Self::from(s.as_str()))
    }
}
#[cfg(any(feature = "issues", feature = "repos"))]
/// The default value for a squash merge commit message:
///
/// - `PR_BODY` - default to the pull request's body.
/// - `COMMIT_MESSAGES` - default to the branch's commit messages.
/// - `BLANK` - default to a blank commit message.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum RepositorySquashMergeCommitMessage {
    ///PR_BODY
    PrBody,
    ///COMMIT_MESSAGES
    CommitMessages,
    ///BLANK
    Blank,
    /// A value this version of the API description does not list.
    Unknown(::std::string::String),
}
#[cfg(any(feature = "issues", feature = "repos"))]
impl RepositorySquashMergeCommitMessage {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::PrBody => "PR_BODY",
            Self::CommitMessages => "COMMIT_MESSAGES",
            Self::Blank => "BLANK",
            Self::Unknown(s) => s.as_str(),
        }
    }
}
#[cfg(any(feature = "issues", feature = "repos"))]
impl ::std::convert::From<&str> for RepositorySquashMergeCommitMessage {
    fn from(s: &str) -> Self {
        match s {
            "PR_BODY" => Self::PrBody,
            "COMMIT_MESSAGES" => Self::CommitMessages,
            "BLANK" => Self::Blank,
            other => Self::Unknown(::std::string::ToString::to_string(other)),
        }
    }
}
#[cfg(any(feature = "issues", feature = "repos"))]
impl ::std::fmt::Display for RepositorySquashMergeCommitMessage {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(any(feature = "issues", feature = "repos"))]
impl ::serde::Serialize for RepositorySquashMergeCommitMessage {
    fn serialize<S: ::serde::Serializer>(
        &self,
        s: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}
#[cfg(any(feature = "issues", feature = "repos"))]
impl<'de> ::serde::Deserialize<'de> for RepositorySquashMergeCommitMessage {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        d: D,
    ) -> ::std::result::Result<Self, D::Error> {
        let s = <::std::string::String as ::serde::Deserialize>::deserialize(d)?;
        Ok(Self::from(s.as_str()))
    }
}
#[cfg(any(feature = "issues", feature = "repos"))]
/// The default value for a merge commit title.
///
/// - `PR_TITLE` - default to the pull request's title.
/// - `MERGE_MESSAGE` - default to the classic title for a merge message (e.g., Merge pull request #123 from branch-name).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum RepositoryMergeCommitTitle {
    ///PR_TITLE
    PrTitle,
    ///MERGE_MESSAGE
    MergeMessage,
    /// A value this version of the API description does not list.
    Unknown(::std::string::String),
}
#[cfg(any(feature = "issues", feature = "repos"))]
impl RepositoryMergeCommitTitle {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::PrTitle => "PR_TITLE",
            Self::MergeMessage => "MERGE_MESSAGE",
            Self::Unknown(s) => s.as_str(),
        }
    }
}
#[cfg(any(feature = "issues", feature = "repos"))]
impl ::std::convert::From<&str> for RepositoryMergeCommitTitle {
    fn from(s: &str) -> Self {
        match s {
            "PR_TITLE" => Self::PrTitle,
            "MERGE_MESSAGE" => Self::MergeMessage,
            other => Self::Unknown(::std::string::ToString::to_string(other)),
        }
    }
}
#[cfg(any(feature = "issues", feature = "repos"))]
impl ::std::fmt::Display for RepositoryMergeCommitTitle {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(any(feature = "issues", feature = "repos"))]
impl ::serde::Serialize for RepositoryMergeCommitTitle {
    fn serialize<S: ::serde::Serializer>(
        &self,
        s: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}
#[cfg(any(feature = "issues", feature = "repos"))]
impl<'de> ::serde::Deserialize<'de> for RepositoryMergeCommitTitle {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        d: D,
    ) -> ::std::result::Result<Self, D::Error> {
        let s = <::std::string::String as ::serde::Deserialize>::deserialize(d)?;
        Ok(Self::from(s.as_str()))
    }
}
#[cfg(any(feature = "issues", feature = "repos"))]
/// The default value for a merge commit message.
///
/// - `PR_TITLE` - default to the pull request's title.
/// - `PR_BODY` - default to the pull request's body.
/// - `BLANK` - default to a blank commit message.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum RepositoryMergeCommitMessage {
    ///PR_BODY
    PrBody,
    ///PR_TITLE
    PrTitle,
    ///BLANK
    Blank,
    /// A value this version of the API description does not list.
    Unknown(::std::string::String),
}
#[cfg(any(feature = "issues", feature = "repos"))]
impl RepositoryMergeCommitMessage {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::PrBody => "PR_BODY",
            Self::PrTitle => "PR_TITLE",
            Self::Blank => "BLANK",
            Self::Unknown(s) => s.as_str(),
        }
    }
}
#[cfg(any(feature = "issues", feature = "repos"))]
impl ::std::convert::From<&str> for RepositoryMergeCommitMessage {
    fn from(s: &str) -> Self {
        match s {
            "PR_BODY" => Self::PrBody,
            "PR_TITLE" => Self::PrTitle,
            "BLANK" => Self::Blank,
            other => Self::Unknown(::std::string::ToString::to_string(other)),
        }
    }
}
#[cfg(any(feature = "issues", feature = "repos"))]
impl ::std::fmt::Display for RepositoryMergeCommitMessage {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(any(feature = "issues", feature = "repos"))]
impl ::serde::Serialize for RepositoryMergeCommitMessage {
    fn serialize<S: ::serde::Serializer>(
        &self,
        s: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}
#[cfg(any(feature = "issues", feature = "repos"))]
impl<'de> ::serde::Deserialize<'de> for RepositoryMergeCommitMessage {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        d: D,
    ) -> ::std::result::Result<Self, D::Error> {
        let s = <::std::string::String as ::serde::Deserialize>::deserialize(d)?;
        Ok(Self::from(s.as_str()))
    }
}
#[cfg(any(feature = "issues", feature = "repos"))]
/// The status of the code search index for this repository
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, Default)]
pub struct RepositoryCodeSearchIndexStatus {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub lexical_search_ok: ::std::option::Option<bool>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub lexical_commit_sha: ::std::option::Option<::std::string::String>,
}
#[cfg(any(feature = "issues", feature = "repos"))]
impl<'de> ::serde::Deserialize<'de> for RepositoryCodeSearchIndexStatus {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        d: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct V;
        impl super::runtime::StructFields for V {
            const FIELDS: &'static [&'static str] = &[
                "lexical_search_ok",
                "lexical_commit_sha",
            ];
        }
        impl<'de> ::serde::de::Visitor<'de> for V {
            type Value = RepositoryCodeSearchIndexStatus;
            fn expecting(
                &self,
                f: &mut ::std::fmt::Formatter<'_>,
            ) -> ::std::fmt::Result {
                f.write_str("a RepositoryCodeSearchIndexStatus object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<Self::Value, A::Error> {
                let mut f0: ::std::option::Option<::std::option::Option<bool>> = None;
                let mut f1: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut expect = 0usize;
                while let Some(i) = map
                    .next_key_seed(super::runtime::FieldIndex::<V>::new(expect))?
                {
                    expect = i + 1;
                    match i {
                        0 => {
                            super::runtime::read_field(
                                &mut f0,
                                &mut map,
                                "lexical_search_ok",
                            )?
                        }
                        1 => {
                            super::runtime::read_field(
                                &mut f1,
                                &mut map,
                                "lexical_commit_sha",
                            )?
                        }
                        _ => {
                            map.next_value::<::serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(RepositoryCodeSearchIndexStatus {
                    lexical_search_ok: f0.flatten(),
                    lexical_commit_sha: f1.flatten(),
                })
            }
        }
        d.deserialize_map(V)
    }
}
#[cfg(any(feature = "actions", feature = "repos", feature = "search"))]
/// Code Of Conduct
///
/// Code Of Conduct
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct CodeOfConduct {
    pub key: ::std::string::String,
    pub name: ::std::string::String,
    pub url: ::std::string::String,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub body: ::std::option::Option<::std::string::String>,
    pub html_url: ::std::option::Option<::std::string::String>,
}
#[cfg(any(feature = "actions", feature = "repos", feature = "search"))]
impl CodeOfConduct {
    /// A value with the required fields given and every optional one absent (set those
    /// afterwards: `value.field = Some(..)`).
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        key: ::std::string::String,
        name: ::std::string::String,
        url: ::std::string::String,
    ) -> Self {
        Self {
            key,
            name,
            url,
            body: ::std::default::Default::default(),
            html_url: ::std::default::Default::default(),
        }
    }
}
#[cfg(any(feature = "actions", feature = "repos", feature = "search"))]
impl<'de> ::serde::Deserialize<'de> for CodeOfConduct {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        d: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct V;
        impl super::runtime::StructFields for V {
            const FIELDS: &'static [&'static str] = &[
                "key",
                "name",
                "url",
                "body",
                "html_url",
            ];
        }
        impl<'de> ::serde::de::Visitor<'de> for V {
            type Value = CodeOfConduct;
            fn expecting(
                &self,
                f: &mut ::std::fmt::Formatter<'_>,
            ) -> ::std::fmt::Result {
                f.write_str("a CodeOfConduct object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<Self::Value, A::Error> {
                let mut f0: ::std::option::Option<::std::string::String> = None;
                let mut f1: ::std::option::Option<::std::string::String> = None;
                let mut f2: ::std::option::Option<::std::string::String> = None;
                let mut f3: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f4: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut expect = 0usize;
                while let Some(i) = map
                    .next_key_seed(super::runtime::FieldIndex::<V>::new(expect))?
                {
                    expect = i + 1;
                    match i {
                        0 => super::runtime::read_field(&mut f0, &mut map, "key")?,
                        1 => super::runtime::read_field(&mut f1, &mut map, "name")?,
                        2 => super::runtime::read_field(&mut f2, &mut map, "url")?,
                        3 => super::runtime::read_field(&mut f3, &mut map, "body")?,
                        4 => super::runtime::read_field(&mut f4, &mut map, "html_url")?,
                        _ => {
                            map.next_value::<::serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(CodeOfConduct {
                    key: f0
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "key",
                        ))?,
                    name: f1
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "name",
                        ))?,
                    url: f2
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "url",
                        ))?,
                    body: f3.flatten(),
                    html_url: f4.flatten(),
                })
            }
        }
        d.deserialize_map(V)
    }
}
#[cfg(any(feature = "issues"))]
/// AuthorAssociation
///
/// How the author is associated with the repository.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum DiscussionAuthorAssociation {
    ///COLLABORATOR
    Collaborator,
    ///CONTRIBUTOR
    Contributor,
    ///FIRST_TIMER
    FirstTimer,
    ///FIRST_TIME_CONTRIBUTOR
    FirstTimeContributor,
    ///MANNEQUIN
    Mannequin,
    ///MEMBER
    Member,
    ///NONE
    None,
    ///OWNER
    Owner,
    /// A value this version of the API description does not list.
    Unknown(::std::string::String),
}
#[cfg(any(feature = "issues"))]
impl DiscussionAuthorAssociation {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Collaborator => "COLLABORATOR",
            Self::Contributor => "CONTRIBUTOR",
            Self::FirstTimer => "FIRST_TIMER",
            Self::FirstTimeContributor => "FIRST_TIME_CONTRIBUTOR",
            Self::Mannequin => "MANNEQUIN",
            Self::Member => "MEMBER",
            Self::None => "NONE",
            Self::Owner => "OWNER",
            Self::Unknown(s) => s.as_str(),
        }
    }
}
#[cfg(any(feature = "issues"))]
impl ::std::convert::From<&str> for DiscussionAuthorAssociation {
    fn from(s: &str) -> Self {
        match s {
            "COLLABORATOR" => Self::Collaborator,
            "CONTRIBUTOR" => Self::Contributor,
            "FIRST_TIMER" => Self::FirstTimer,
            "FIRST_TIME_CONTRIBUTOR" => Self::FirstTimeContributor,
            "MANNEQUIN" => Self::Mannequin,
            "MEMBER" => Self::Member,
            "NONE" => Self::None,
            "OWNER" => Self::Owner,
            other => Self::Unknown(::std::string::ToString::to_string(other)),
        }
    }
}
#[cfg(any(feature = "issues"))]
impl ::std::fmt::Display for DiscussionAuthorAssociation {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(any(feature = "issues"))]
impl ::serde::Serialize for DiscussionAuthorAssociation {
    fn serialize<S: ::serde::Serializer>(
        &self,
        s: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}
#[cfg(any(feature = "issues"))]
impl<'de> ::serde::Deserialize<'de> for DiscussionAuthorAssociation {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        d: D,
    ) -> ::std::result::Result<Self, D::Error> {
        let s = <::std::string::String as ::serde::Deserialize>::deserialize(d)?;
        Ok(Self::from(s.as_str()))
    }
}
#[cfg(any(feature = "issues"))]
/// Milestone
///
/// A collection of related issues and pull requests.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct NullableMilestone {
    pub url: ::std::string::String,
    pub html_url: ::std::string::String,
    pub labels_url: ::std::string::String,
    pub id: i64,
    pub node_id: ::std::string::String,
    /// The number of the milestone.
    pub number: i64,
    /// The state of the milestone.
    pub state: NullableMilestoneState,
    /// The title of the milestone.
    pub title: ::std::string::String,
    pub description: ::std::option::Option<::std::string::String>,
    /// A GitHub user.
    pub creator: ::std::option::Option<NullableSimpleUser>,
    pub open_issues: i64,
    pub closed_issues: i64,
    pub created_at: ::std::string::String,
    pub updated_at: ::std::string::String,
    pub closed_at: ::std::option::Option<::std::string::String>,
    pub due_on: ::std::option::Option<::std::string::String>,
}
#[cfg(any(feature = "issues"))]
impl NullableMilestone {
    /// A value with the required fields given and every optional one absent (set those
    /// afterwards: `value.field = Some(..)`).
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        url: ::std::string::String,
        html_url: ::std::string::String,
        labels_url: ::std::string::String,
        id: i64,
        node_id: ::std::string::String,
        number: i64,
        state: NullableMilestoneState,
        title: ::std::string::String,
        open_issues: i64,
        closed_issues: i64,
        created_at: ::std::string::String,
        updated_at: ::std::string::String,
    ) -> Self {
        Self {
            url,
            html_url,
            labels_url,
            id,
            node_id,
            number,
            state,
            title,
            description: ::std::default::Default::default(),
            creator: ::std::default::Default::default(),
            open_issues,
            closed_issues,
            created_at,
            updated_at,
            closed_at: ::std::default::Default::default(),
            due_on: ::std::default::Default::default(),
        }
    }
}
#[cfg(any(feature = "issues"))]
impl<'de> ::serde::Deserialize<'de> for NullableMilestone {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        d: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct V;
        impl super::runtime::StructFields for V {
            const FIELDS: &'static [&'static str] = &[
                "url",
                "html_url",
                "labels_url",
                "id",
                "node_id",
                "number",
                "state",
                "title",
                "description",
                "creator",
                "open_issues",
                "closed_issues",
                "created_at",
                "updated_at",
                "closed_at",
                "due_on",
            ];
        }
        impl<'de> ::serde::de::Visitor<'de> for V {
            type Value = NullableMilestone;
            fn expecting(
                &self,
                f: &mut ::std::fmt::Formatter<'_>,
            ) -> ::std::fmt::Result {
                f.write_str("a NullableMilestone object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<Self::Value, A::Error> {
                let mut f0: ::std::option::Option<::std::string::String> = None;
                let mut f1: ::std::option::Option<::std::string::String> = None;
                let mut f2: ::std::option::Option<::std::string::String> = None;
                let mut f3: ::std::option::Option<i64> = None;
                let mut f4: ::std::option::Option<::std::string::String> = None;
                let mut f5: ::std::option::Option<i64> = None;
                let mut f6: ::std::option::Option<NullableMilestoneState> = None;
                let mut f7: ::std::option::Option<::std::string::String> = None;
                let mut f8: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f9: ::std::option::Option<
                    ::std::option::Option<NullableSimpleUser>,
                > = None;
                let mut f10: ::std::option::Option<i64> = None;
                let mut f11: ::std::option::Option<i64> = None;
                let mut f12: ::std::option::Option<::std::string::String> = None;
                let mut f13: ::std::option::Option<::std::string::String> = None;
                let mut f14: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f15: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut expect = 0usize;
                while let Some(i) = map
                    .next_key_seed(super::runtime::FieldIndex::<V>::new(expect))?
                {
                    expect = i + 1;
                    match i {
                        0 => super::runtime::read_field(&mut f0, &mut map, "url")?,
                        1 => super::runtime::read_field(&mut f1, &mut map, "html_url")?,
                        2 => super::runtime::read_field(&mut f2, &mut map, "labels_url")?,
                        3 => super::runtime::read_field(&mut f3, &mut map, "id")?,
                        4 => super::runtime::read_field(&mut f4, &mut map, "node_id")?,
                        5 => super::runtime::read_field(&mut f5, &mut map, "number")?,
                        6 => super::runtime::read_field(&mut f6, &mut map, "state")?,
                        7 => super::runtime::read_field(&mut f7, &mut map, "title")?,
                        8 => {
                            super::runtime::read_field(&mut f8, &mut map, "description")?
                        }
                        9 => super::runtime::read_field(&mut f9, &mut map, "creator")?,
                        10 => {
                            super::runtime::read_field(
                                &mut f10,
                                &mut map,
                                "open_issues",
                            )?
                        }
                        11 => {
                            super::runtime::read_field(
                                &mut f11,
                                &mut map,
                                "closed_issues",
                            )?
                        }
                        12 => {
                            super::runtime::read_field(&mut f12, &mut map, "created_at")?
                        }
                        13 => {
                            super::runtime::read_field(&mut f13, &mut map, "updated_at")?
                        }
                        14 => {
                            super::runtime::read_field(&mut f14, &mut map, "closed_at")?
                        }
                        15 => super::runtime::read_field(&mut f15, &mut map, "due_on")?,
                        _ => {
                            map.next_value::<::serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(NullableMilestone {
                    url: f0
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "url",
                        ))?,
                    html_url: f1
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "html_url",
                        ))?,
                    labels_url: f2
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "labels_url",
                        ))?,
                    id: f3
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "id",
                        ))?,
                    node_id: f4
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "node_id",
                        ))?,
                    number: f5
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "number",
                        ))?,
                    state: f6
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "state",
                        ))?,
                    title: f7
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "title",
                        ))?,
                    description: f8.flatten(),
                    creator: f9.flatten(),
                    open_issues: f10
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "open_issues",
                        ))?,
                    closed_issues: f11
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "closed_issues",
                        ))?,
                    created_at: f12
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "created_at",
                        ))?,
                    updated_at: f13
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "updated_at",
                        ))?,
                    closed_at: f14.flatten(),
                    due_on: f15.flatten(),
                })
            }
        }
        d.deserialize_map(V)
    }
}
#[cfg(any(feature = "issues"))]
/// The state of the milestone.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum NullableMilestoneState {
    ///open
    Open,
    ///closed
    Closed,
    /// A value this version of the API description does not list.
    Unknown(::std::string::String),
}
#[cfg(any(feature = "issues"))]
impl NullableMilestoneState {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Open => "open",
            Self::Closed => "closed",
            Self::Unknown(s) => s.as_str(),
        }
    }
}
#[cfg(any(feature = "issues"))]
impl ::std::convert::From<&str> for NullableMilestoneState {
    fn from(s: &str) -> Self {
        match s {
            "open" => Self::Open,
            "closed" => Self::Closed,
            other => Self::Unknown(::std::string::ToString::to_string(other)),
        }
    }
}
#[cfg(any(feature = "issues"))]
impl ::std::fmt::Display for NullableMilestoneState {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(any(feature = "issues"))]
impl ::serde::Serialize for NullableMilestoneState {
    fn serialize<S: ::serde::Serializer>(
        &self,
        s: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}
#[cfg(any(feature = "issues"))]
impl<'de> ::serde::Deserialize<'de> for NullableMilestoneState {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        d: D,
    ) -> ::std::result::Result<Self, D::Error> {
        let s = <::std::string::String as ::serde::Deserialize>::deserialize(d)?;
        Ok(Self::from(s.as_str()))
    }
}
#[cfg(any(feature = "issues"))]
/// Issue Type
///
/// The type of issue.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct IssueType {
    /// The unique identifier of the issue type.
    pub id: i64,
    /// The node identifier of the issue type.
    pub node_id: ::std::string::String,
    /// The name of the issue type.
    pub name: ::std::string::String,
    /// The description of the issue type.
    pub description: ::std::option::Option<::std::string::String>,
    /// The color of the issue type.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub color: ::std::option::Option<::std::option::Option<IssueTypeColor>>,
    /// The time the issue type created.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub created_at: ::std::option::Option<::std::string::String>,
    /// The time the issue type last updated.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub updated_at: ::std::option::Option<::std::string::String>,
    /// The enabled state of the issue type.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub is_enabled: ::std::option::Option<bool>,
}
#[cfg(any(feature = "issues"))]
impl IssueType {
    /// A value with the required fields given and every optional one absent (set those
    /// afterwards: `value.field = Some(..)`).
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        id: i64,
        node_id: ::std::string::String,
        name: ::std::string::String,
    ) -> Self {
        Self {
            id,
            node_id,
            name,
            description: ::std::default::Default::default(),
            color: ::std::default::Default::default(),
            created_at: ::std::default::Default::default(),
            updated_at: ::std::default::Default::default(),
            is_enabled: ::std::default::Default::default(),
        }
    }
}
#[cfg(any(feature = "issues"))]
impl<'de> ::serde::Deserialize<'de> for IssueType {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        d: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct V;
        impl super::runtime::StructFields for V {
            const FIELDS: &'static [&'static str] = &[
                "id",
                "node_id",
                "name",
                "description",
                "color",
                "created_at",
                "updated_at",
                "is_enabled",
            ];
        }
        impl<'de> ::serde::de::Visitor<'de> for V {
            type Value = IssueType;
            fn expecting(
                &self,
                f: &mut ::std::fmt::Formatter<'_>,
            ) -> ::std::fmt::Result {
                f.write_str("a IssueType object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<Self::Value, A::Error> {
                let mut f0: ::std::option::Option<i64> = None;
                let mut f1: ::std::option::Option<::std::string::String> = None;
                let mut f2: ::std::option::Option<::std::string::String> = None;
                let mut f3: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f4: ::std::option::Option<
                    ::std::option::Option<::std::option::Option<IssueTypeColor>>,
                > = None;
                let mut f5: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f6: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f7: ::std::option::Option<::std::option::Option<bool>> = None;
                let mut expect = 0usize;
                while let Some(i) = map
                    .next_key_seed(super::runtime::FieldIndex::<V>::new(expect))?
                {
                    expect = i + 1;
                    match i {
                        0 => super::runtime::read_field(&mut f0, &mut map, "id")?,
                        1 => super::runtime::read_field(&mut f1, &mut map, "node_id")?,
                        2 => super::runtime::read_field(&mut f2, &mut map, "name")?,
                        3 => {
                            super::runtime::read_field(&mut f3, &mut map, "description")?
                        }
                        4 => super::runtime::read_field(&mut f4, &mut map, "color")?,
                        5 => super::runtime::read_field(&mut f5, &mut map, "created_at")?,
                        6 => super::runtime::read_field(&mut f6, &mut map, "updated_at")?,
                        7 => super::runtime::read_field(&mut f7, &mut map, "is_enabled")?,
                        _ => {
                            map.next_value::<::serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(IssueType {
                    id: f0
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "id",
                        ))?,
                    node_id: f1
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "node_id",
                        ))?,
                    name: f2
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "name",
                        ))?,
                    description: f3.flatten(),
                    color: f4.map(::std::option::Option::flatten),
                    created_at: f5.flatten(),
                    updated_at: f6.flatten(),
                    is_enabled: f7.flatten(),
                })
            }
        }
        d.deserialize_map(V)
    }
}
#[cfg(any(feature = "issues"))]
/// The color of the issue type.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum IssueTypeColor {
    ///gray
    Gray,
    ///blue
    Blue,
    ///green
    Green,
    ///yellow
    Yellow,
    ///orange
    Orange,
    ///red
    Red,
    ///pink
    Pink,
    ///purple
    Purple,
    /// A value this version of the API description does not list.
    Unknown(::std::string::String),
}
#[cfg(any(feature = "issues"))]
impl IssueTypeColor {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Gray => "gray",
            Self::Blue => "blue",
            Self::Green => "green",
            Self::Yellow => "yellow",
            Self::Orange => "orange",
            Self::Red => "red",
            Self::Pink => "pink",
            Self::Purple => "purple",
            Self::Unknown(s) => s.as_str(),
        }
    }
}
#[cfg(any(feature = "issues"))]
impl ::std::convert::From<&str> for IssueTypeColor {
    fn from(s: &str) -> Self {
        match s {
            "gray" => Self::Gray,
            "blue" => Self::Blue,
            "green" => Self::Green,
            "yellow" => Self::Yellow,
            "orange" => Self::Orange,
            "red" => Self::Red,
            "pink" => Self::Pink,
            "purple" => Self::Purple,
            other => Self::Unknown(::std::string::ToString::to_string(other)),
        }
    }
}
#[cfg(any(feature = "issues"))]
impl ::std::fmt::Display for IssueTypeColor {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(any(feature = "issues"))]
impl ::serde::Serialize for IssueTypeColor {
    fn serialize<S: ::serde::Serializer>(
        &self,
        s: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}
#[cfg(any(feature = "issues"))]
impl<'de> ::serde::Deserialize<'de> for IssueTypeColor {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        d: D,
    ) -> ::std::result::Result<Self, D::Error> {
        let s = <::std::string::String as ::serde::Deserialize>::deserialize(d)?;
        Ok(Self::from(s.as_str()))
    }
}
#[cfg(any(feature = "issues"))]
/// GitHub app
///
/// GitHub apps are a new way to extend GitHub. They can be installed directly on organizations and user accounts and granted access to specific repositories. They come with granular permissions and built-in webhooks. GitHub apps are first class actors within GitHub.
pub type NullableIntegration = Integration;
#[cfg(any(feature = "issues"))]
/// author_association
///
/// How the author is associated with the repository.
pub type AuthorAssociation = DiscussionAuthorAssociation;
#[cfg(any(feature = "issues"))]
/// Reaction Rollup
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct ReactionRollup {
    pub url: ::std::string::String,
    pub total_count: i64,
    #[serde(rename = "+1")]
    pub n1: i64,
    #[serde(rename = "-1")]
    pub n1_2: i64,
    pub laugh: i64,
    pub confused: i64,
    pub heart: i64,
    pub hooray: i64,
    pub eyes: i64,
    pub rocket: i64,
}
#[cfg(any(feature = "issues"))]
impl ReactionRollup {
    /// A value with the required fields given and every optional one absent (set those
    /// afterwards: `value.field = Some(..)`).
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        url: ::std::string::String,
        total_count: i64,
        n1: i64,
        n1_2: i64,
        laugh: i64,
        confused: i64,
        heart: i64,
        hooray: i64,
        eyes: i64,
        rocket: i64,
    ) -> Self {
        Self {
            url,
            total_count,
            n1,
            n1_2,
            laugh,
            confused,
            heart,
            hooray,
            eyes,
            rocket,
        }
    }
}
#[cfg(any(feature = "issues"))]
impl<'de> ::serde::Deserialize<'de> for ReactionRollup {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        d: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct V;
        impl super::runtime::StructFields for V {
            const FIELDS: &'static [&'static str] = &[
                "url",
                "total_count",
                "+1",
                "-1",
                "laugh",
                "confused",
                "heart",
                "hooray",
                "eyes",
                "rocket",
            ];
        }
        impl<'de> ::serde::de::Visitor<'de> for V {
            type Value = ReactionRollup;
            fn expecting(
                &self,
                f: &mut ::std::fmt::Formatter<'_>,
            ) -> ::std::fmt::Result {
                f.write_str("a ReactionRollup object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<Self::Value, A::Error> {
                let mut f0: ::std::option::Option<::std::string::String> = None;
                let mut f1: ::std::option::Option<i64> = None;
                let mut f2: ::std::option::Option<i64> = None;
                let mut f3: ::std::option::Option<i64> = None;
                let mut f4: ::std::option::Option<i64> = None;
                let mut f5: ::std::option::Option<i64> = None;
                let mut f6: ::std::option::Option<i64> = None;
                let mut f7: ::std::option::Option<i64> = None;
                let mut f8: ::std::option::Option<i64> = None;
                let mut f9: ::std::option::Option<i64> = None;
                let mut expect = 0usize;
                while let Some(i) = map
                    .next_key_seed(super::runtime::FieldIndex::<V>::new(expect))?
                {
                    expect = i + 1;
                    match i {
                        0 => super::runtime::read_field(&mut f0, &mut map, "url")?,
                        1 => {
                            super::runtime::read_field(&mut f1, &mut map, "total_count")?
                        }
                        2 => super::runtime::read_field(&mut f2, &mut map, "+1")?,
                        3 => super::runtime::read_field(&mut f3, &mut map, "-1")?,
                        4 => super::runtime::read_field(&mut f4, &mut map, "laugh")?,
                        5 => super::runtime::read_field(&mut f5, &mut map, "confused")?,
                        6 => super::runtime::read_field(&mut f6, &mut map, "heart")?,
                        7 => super::runtime::read_field(&mut f7, &mut map, "hooray")?,
                        8 => super::runtime::read_field(&mut f8, &mut map, "eyes")?,
                        9 => super::runtime::read_field(&mut f9, &mut map, "rocket")?,
                        _ => {
                            map.next_value::<::serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(ReactionRollup {
                    url: f0
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "url",
                        ))?,
                    total_count: f1
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "total_count",
                        ))?,
                    n1: f2
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "+1",
                        ))?,
                    n1_2: f3
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "-1",
                        ))?,
                    laugh: f4
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "laugh",
                        ))?,
                    confused: f5
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "confused",
                        ))?,
                    heart: f6
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "heart",
                        ))?,
                    hooray: f7
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "hooray",
                        ))?,
                    eyes: f8
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "eyes",
                        ))?,
                    rocket: f9
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "rocket",
                        ))?,
                })
            }
        }
        d.deserialize_map(V)
    }
}
#[cfg(any(feature = "issues"))]
/// Sub-issues Summary
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct SubIssuesSummary {
    pub total: i64,
    pub completed: i64,
    pub percent_completed: i64,
}
#[cfg(any(feature = "issues"))]
impl SubIssuesSummary {
    /// A value with the required fields given and every optional one absent (set those
    /// afterwards: `value.field = Some(..)`).
    #[allow(clippy::too_many_arguments)]
    pub fn new(total: i64, completed: i64, percent_completed: i64) -> Self {
        Self {
            total,
            completed,
            percent_completed,
        }
    }
}
#[cfg(any(feature = "issues"))]
impl<'de> ::serde::Deserialize<'de> for SubIssuesSummary {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        d: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct V;
        impl super::runtime::StructFields for V {
            const FIELDS: &'static [&'static str] = &[
                "total",
                "completed",
                "percent_completed",
            ];
        }
        impl<'de> ::serde::de::Visitor<'de> for V {
            type Value = SubIssuesSummary;
            fn expecting(
                &self,
                f: &mut ::std::fmt::Formatter<'_>,
            ) -> ::std::fmt::Result {
                f.write_str("a SubIssuesSummary object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<Self::Value, A::Error> {
                let mut f0: ::std::option::Option<i64> = None;
                let mut f1: ::std::option::Option<i64> = None;
                let mut f2: ::std::option::Option<i64> = None;
                let mut expect = 0usize;
                while let Some(i) = map
                    .next_key_seed(super::runtime::FieldIndex::<V>::new(expect))?
                {
                    expect = i + 1;
                    match i {
                        0 => super::runtime::read_field(&mut f0, &mut map, "total")?,
                        1 => super::runtime::read_field(&mut f1, &mut map, "completed")?,
                        2 => {
                            super::runtime::read_field(
                                &mut f2,
                                &mut map,
                                "percent_completed",
                            )?
                        }
                        _ => {
                            map.next_value::<::serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(SubIssuesSummary {
                    total: f0
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "total",
                        ))?,
                    completed: f1
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "completed",
                        ))?,
                    percent_completed: f2
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "percent_completed",
                        ))?,
                })
            }
        }
        d.deserialize_map(V)
    }
}
#[cfg(any(feature = "issues"))]
/// Issue Dependencies Summary
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct IssueDependenciesSummary {
    pub blocked_by: i64,
    pub blocking: i64,
    pub total_blocked_by: i64,
    pub total_blocking: i64,
}
#[cfg(any(feature = "issues"))]
impl IssueDependenciesSummary {
    /// A value with the required fields given and every optional one absent (set those
    /// afterwards: `value.field = Some(..)`).
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        blocked_by: i64,
        blocking: i64,
        total_blocked_by: i64,
        total_blocking: i64,
    ) -> Self {
        Self {
            blocked_by,
            blocking,
            total_blocked_by,
            total_blocking,
        }
    }
}
#[cfg(any(feature = "issues"))]
impl<'de> ::serde::Deserialize<'de> for IssueDependenciesSummary {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        d: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct V;
        impl super::runtime::StructFields for V {
            const FIELDS: &'static [&'static str] = &[
                "blocked_by",
                "blocking",
                "total_blocked_by",
                "total_blocking",
            ];
        }
        impl<'de> ::serde::de::Visitor<'de> for V {
            type Value = IssueDependenciesSummary;
            fn expecting(
                &self,
                f: &mut ::std::fmt::Formatter<'_>,
            ) -> ::std::fmt::Result {
                f.write_str("a IssueDependenciesSummary object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<Self::Value, A::Error> {
                let mut f0: ::std::option::Option<i64> = None;
                let mut f1: ::std::option::Option<i64> = None;
                let mut f2: ::std::option::Option<i64> = None;
                let mut f3: ::std::option::Option<i64> = None;
                let mut expect = 0usize;
                while let Some(i) = map
                    .next_key_seed(super::runtime::FieldIndex::<V>::new(expect))?
                {
                    expect = i + 1;
                    match i {
                        0 => super::runtime::read_field(&mut f0, &mut map, "blocked_by")?,
                        1 => super::runtime::read_field(&mut f1, &mut map, "blocking")?,
                        2 => {
                            super::runtime::read_field(
                                &mut f2,
                                &mut map,
                                "total_blocked_by",
                            )?
                        }
                        3 => {
                            super::runtime::read_field(
                                &mut f3,
                                &mut map,
                                "total_blocking",
                            )?
                        }
                        _ => {
                            map.next_value::<::serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(IssueDependenciesSummary {
                    blocked_by: f0
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "blocked_by",
                        ))?,
                    blocking: f1
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "blocking",
                        ))?,
                    total_blocked_by: f2
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "total_blocked_by",
                        ))?,
                    total_blocking: f3
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "total_blocking",
                        ))?,
                })
            }
        }
        d.deserialize_map(V)
    }
}
#[cfg(any(feature = "issues"))]
/// Issue Field Value
///
/// A value assigned to an issue field
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct IssueFieldValue {
    /// Unique identifier for the issue field.
    pub issue_field_id: i64,
    pub node_id: ::std::string::String,
    /// The data type of the issue field
    pub data_type: IssueFieldValueDataType,
    /// The value of the issue field
    pub value: ::std::option::Option<IssueFieldValueValue>,
    /// Details about the selected option (only present for single_select fields)
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub single_select_option: ::std::option::Option<
        ::std::option::Option<IssueFieldValueSingleSelectOption>,
    >,
}
#[cfg(any(feature = "issues"))]
impl IssueFieldValue {
    /// A value with the required fields given and every optional one absent (set those
    /// afterwards: `value.field = Some(..)`).
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        issue_field_id: i64,
        node_id: ::std::string::String,
        data_type: IssueFieldValueDataType,
    ) -> Self {
        Self {
            issue_field_id,
            node_id,
            data_type,
            value: ::std::default::Default::default(),
            single_select_option: ::std::default::Default::default(),
        }
    }
}
#[cfg(any(feature = "issues"))]
impl<'de> ::serde::Deserialize<'de> for IssueFieldValue {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        d: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct V;
        impl super::runtime::StructFields for V {
            const FIELDS: &'static [&'static str] = &[
                "issue_field_id",
                "node_id",
                "data_type",
                "value",
                "single_select_option",
            ];
        }
        impl<'de> ::serde::de::Visitor<'de> for V {
            type Value = IssueFieldValue;
            fn expecting(
                &self,
                f: &mut ::std::fmt::Formatter<'_>,
            ) -> ::std::fmt::Result {
                f.write_str("a IssueFieldValue object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<Self::Value, A::Error> {
                let mut f0: ::std::option::Option<i64> = None;
                let mut f1: ::std::option::Option<::std::string::String> = None;
                let mut f2: ::std::option::Option<IssueFieldValueDataType> = None;
                let mut f3: ::std::option::Option<
                    ::std::option::Option<IssueFieldValueValue>,
                > = None;
                let mut f4: ::std::option::Option<
                    ::std::option::Option<
                        ::std::option::Option<IssueFieldValueSingleSelectOption>,
                    >,
                > = None;
                let mut expect = 0usize;
                while let Some(i) = map
                    .next_key_seed(super::runtime::FieldIndex::<V>::new(expect))?
                {
                    expect = i + 1;
                    match i {
                        0 => {
                            super::runtime::read_field(
                                &mut f0,
                                &mut map,
                                "issue_field_id",
                            )?
                        }
                        1 => super::runtime::read_field(&mut f1, &mut map, "node_id")?,
                        2 => super::runtime::read_field(&mut f2, &mut map, "data_type")?,
                        3 => super::runtime::read_field(&mut f3, &mut map, "value")?,
                        4 => {
                            super::runtime::read_field(
                                &mut f4,
                                &mut map,
                                "single_select_option",
                            )?
                        }
                        _ => {
                            map.next_value::<::serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(IssueFieldValue {
                    issue_field_id: f0
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "issue_field_id",
                        ))?,
                    node_id: f1
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "node_id",
                        ))?,
                    data_type: f2
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "data_type",
                        ))?,
                    value: f3.flatten(),
                    single_select_option: f4.map(::std::option::Option::flatten),
                })
            }
        }
        d.deserialize_map(V)
    }
}
#[cfg(any(feature = "issues"))]
/// The data type of the issue field
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum IssueFieldValueDataType {
    ///text
    Text,
    ///single_select
    SingleSelect,
    ///number
    Number,
    ///date
    Date,
    /// A value this version of the API description does not list.
    Unknown(::std::string::String),
}
#[cfg(any(feature = "issues"))]
impl IssueFieldValueDataType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Text => "text",
            Self::SingleSelect => "single_select",
            Self::Number => "number",
            Self::Date => "date",
            Self::Unknown(s) => s.as_str(),
        }
    }
}
#[cfg(any(feature = "issues"))]
impl ::std::convert::From<&str> for IssueFieldValueDataType {
    fn from(s: &str) -> Self {
        match s {
            "text" => Self::Text,
            "single_select" => Self::SingleSelect,
            "number" => Self::Number,
            "date" => Self::Date,
            other => Self::Unknown(::std::string::ToString::to_string(other)),
        }
    }
}
#[cfg(any(feature = "issues"))]
impl ::std::fmt::Display for IssueFieldValueDataType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(any(feature = "issues"))]
impl ::serde::Serialize for IssueFieldValueDataType {
    fn serialize<S: ::serde::Serializer>(
        &self,
        s: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}
#[cfg(any(feature = "issues"))]
impl<'de> ::serde::Deserialize<'de> for IssueFieldValueDataType {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        d: D,
    ) -> ::std::result::Result<Self, D::Error> {
        let s = <::std::string::String as ::serde::Deserialize>::deserialize(d)?;
        Ok(Self::from(s.as_str()))
    }
}
#[cfg(any(feature = "issues"))]
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[serde(untagged)]
pub enum IssueFieldValueValue {
    String(::std::string::String),
    Number(f64),
    Integer(i64),
    /// A value matching none of the alternatives above.
    Other(::serde_json::Value),
}
#[cfg(any(feature = "issues"))]
/// Details about the selected option (only present for single_select fields)
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct IssueFieldValueSingleSelectOption {
    /// Unique identifier for the option.
    pub id: i64,
    /// The name of the option
    pub name: ::std::string::String,
    /// The color of the option
    pub color: ::std::string::String,
}
#[cfg(any(feature = "issues"))]
impl IssueFieldValueSingleSelectOption {
    /// A value with the required fields given and every optional one absent (set those
    /// afterwards: `value.field = Some(..)`).
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        id: i64,
        name: ::std::string::String,
        color: ::std::string::String,
    ) -> Self {
        Self { id, name, color }
    }
}
#[cfg(any(feature = "issues"))]
impl<'de> ::serde::Deserialize<'de> for IssueFieldValueSingleSelectOption {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        d: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct V;
        impl super::runtime::StructFields for V {
            const FIELDS: &'static [&'static str] = &["id", "name", "color"];
        }
        impl<'de> ::serde::de::Visitor<'de> for V {
            type Value = IssueFieldValueSingleSelectOption;
            fn expecting(
                &self,
                f: &mut ::std::fmt::Formatter<'_>,
            ) -> ::std::fmt::Result {
                f.write_str("a IssueFieldValueSingleSelectOption object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<Self::Value, A::Error> {
                let mut f0: ::std::option::Option<i64> = None;
                let mut f1: ::std::option::Option<::std::string::String> = None;
                let mut f2: ::std::option::Option<::std::string::String> = None;
                let mut expect = 0usize;
                while let Some(i) = map
                    .next_key_seed(super::runtime::FieldIndex::<V>::new(expect))?
                {
                    expect = i + 1;
                    match i {
                        0 => super::runtime::read_field(&mut f0, &mut map, "id")?,
                        1 => super::runtime::read_field(&mut f1, &mut map, "name")?,
                        2 => super::runtime::read_field(&mut f2, &mut map, "color")?,
                        _ => {
                            map.next_value::<::serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(IssueFieldValueSingleSelectOption {
                    id: f0
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "id",
                        ))?,
                    name: f1
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "name",
                        ))?,
                    color: f2
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "color",
                        ))?,
                })
            }
        }
        d.deserialize_map(V)
    }
}
#[cfg(any(feature = "issues"))]
/// Issue
///
/// Issues are a great way to keep track of tasks, enhancements, and bugs for your projects.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct Issue {
    pub id: i64,
    pub node_id: ::std::string::String,
    /// URL for the issue
    pub url: ::std::string::String,
    pub repository_url: ::std::string::String,
    pub labels_url: ::std::string::String,
    pub comments_url: ::std::string::String,
    pub events_url: ::std::string::String,
    pub html_url: ::std::string::String,
    /// Number uniquely identifying the issue within its repository
    pub number: i64,
    /// State of the issue; either 'open' or 'closed'
    pub state: ::std::string::String,
    /// The reason for the current state
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub state_reason: ::std::option::Option<::std::option::Option<IssueStateReason>>,
    /// Title of the issue
    pub title: ::std::string::String,
    /// Contents of the issue
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub body: ::std::option::Option<::std::option::Option<::std::string::String>>,
    /// A GitHub user.
    pub user: ::std::option::Option<NullableSimpleUser>,
    /// Labels to associate with this issue; pass one or more label names to replace the set of labels on this issue; send an empty array to clear all labels from the issue; note that the labels are silently dropped for users without push access to the repository
    pub labels: ::std::vec::Vec<IssueLabelsItem>,
    /// A GitHub user.
    pub assignee: ::std::option::Option<NullableSimpleUser>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub assignees: ::std::option::Option<
        ::std::option::Option<::std::vec::Vec<SimpleUser>>,
    >,
    /// A collection of related issues and pull requests.
    pub milestone: ::std::option::Option<NullableMilestone>,
    pub locked: bool,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub active_lock_reason: ::std::option::Option<
        ::std::option::Option<::std::string::String>,
    >,
    pub comments: i64,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub pull_request: ::std::option::Option<IssuePullRequest>,
    pub closed_at: ::std::option::Option<::std::string::String>,
    pub created_at: ::std::string::String,
    pub updated_at: ::std::string::String,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub draft: ::std::option::Option<bool>,
    /// A GitHub user.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub closed_by: ::std::option::Option<::std::option::Option<NullableSimpleUser>>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub body_html: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub body_text: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub timeline_url: ::std::option::Option<::std::string::String>,
    /// The type of issue.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub r#type: ::std::option::Option<::std::option::Option<IssueType>>,
    /// A repository on GitHub.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub repository: ::std::option::Option<Repository>,
    /// GitHub apps are a new way to extend GitHub. They can be installed directly on organizations and user accounts and granted access to specific repositories. They come with granular permissions and built-in webhooks. GitHub apps are first class actors within GitHub.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub performed_via_github_app: ::std::option::Option<
        ::std::option::Option<NullableIntegration>,
    >,
    /// How the author is associated with the repository.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub author_association: ::std::option::Option<AuthorAssociation>,
    /// Reaction Rollup
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub reactions: ::std::option::Option<ReactionRollup>,
    /// Sub-issues Summary
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub sub_issues_summary: ::std::option::Option<SubIssuesSummary>,
    /// URL to get the parent issue of this issue, if it is a sub-issue
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub parent_issue_url: ::std::option::Option<
        ::std::option::Option<::std::string::String>,
    >,
    /// Issue Dependencies Summary
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub issue_dependencies_summary: ::std::option::Option<IssueDependenciesSummary>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub issue_field_values: ::std::option::Option<::std::vec::Vec<IssueFieldValue>>,
}
#[cfg(any(feature = "issues"))]
impl Issue {
    /// A value with the required fields given and every optional one absent (set those
    /// afterwards: `value.field = Some(..)`).
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        id: i64,
        node_id: ::std::string::String,
        url: ::std::string::String,
        repository_url: ::std::string::String,
        labels_url: ::std::string::String,
        comments_url: ::std::string::String,
        events_url: ::std::string::String,
        html_url: ::std::string::String,
        number: i64,
        state: ::std::string::String,
        title: ::std::string::String,
        labels: ::std::vec::Vec<IssueLabelsItem>,
        locked: bool,
        comments: i64,
        created_at: ::std::string::String,
        updated_at: ::std::string::String,
    ) -> Self {
        Self {
            id,
            node_id,
            url,
            repository_url,
            labels_url,
            comments_url,
            events_url,
            html_url,
            number,
            state,
            state_reason: ::std::default::Default::default(),
            title,
            body: ::std::default::Default::default(),
            user: ::std::default::Default::default(),
            labels,
            assignee: ::std::default::Default::default(),
            assignees: ::std::default::Default::default(),
            milestone: ::std::default::Default::default(),
            locked,
            active_lock_reason: ::std::default::Default::default(),
            comments,
            pull_request: ::std::default::Default::default(),
            closed_at: ::std::default::Default::default(),
            created_at,
            updated_at,
            draft: ::std::default::Default::default(),
            closed_by: ::std::default::Default::default(),
            body_html: ::std::default::Default::default(),
            body_text: ::std::default::Default::default(),
            timeline_url: ::std::default::Default::default(),
            r#type: ::std::default::Default::default(),
            repository: ::std::default::Default::default(),
            performed_via_github_app: ::std::default::Default::default(),
            author_association: ::std::default::Default::default(),
            reactions: ::std::default::Default::default(),
            sub_issues_summary: ::std::default::Default::default(),
            parent_issue_url: ::std::default::Default::default(),
            issue_dependencies_summary: ::std::default::Default::default(),
            issue_field_values: ::std::default::Default::default(),
        }
    }
}
#[cfg(any(feature = "issues"))]
impl<'de> ::serde::Deserialize<'de> for Issue {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        d: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct V;
        impl super::runtime::StructFields for V {
            const FIELDS: &'static [&'static str] = &[
                "id",
                "node_id",
                "url",
                "repository_url",
                "labels_url",
                "comments_url",
                "events_url",
                "html_url",
                "number",
                "state",
                "state_reason",
                "title",
                "body",
                "user",
                "labels",
                "assignee",
                "assignees",
                "milestone",
                "locked",
                "active_lock_reason",
                "comments",
                "pull_request",
                "closed_at",
                "created_at",
                "updated_at",
                "draft",
                "closed_by",
                "body_html",
                "body_text",
                "timeline_url",
                "type",
                "repository",
                "performed_via_github_app",
                "author_association",
                "reactions",
                "sub_issues_summary",
                "parent_issue_url",
                "issue_dependencies_summary",
                "issue_field_values",
            ];
        }
        impl<'de> ::serde::de::Visitor<'de> for V {
            type Value = Issue;
            fn expecting(
                &self,
                f: &mut ::std::fmt::Formatter<'_>,
            ) -> ::std::fmt::Result {
                f.write_str("a Issue object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<Self::Value, A::Error> {
                let mut f0: ::std::option::Option<i64> = None;
                let mut f1: ::std::option::Option<::std::string::String> = None;
                let mut f2: ::std::option::Option<::std::string::String> = None;
                let mut f3: ::std::option::Option<::std::string::String> = None;
                let mut f4: ::std::option::Option<::std::string::String> = None;
                let mut f5: ::std::option::Option<::std::string::String> = None;
                let mut f6: ::std::option::Option<::std::string::String> = None;
                let mut f7: ::std::option::Option<::std::string::String> = None;
                let mut f8: ::std::option::Option<i64> = None;
                let mut f9: ::std::option::Option<::std::string::String> = None;
                let mut f10: ::std::option::Option<
                    ::std::option::Option<::std::option::Option<IssueStateReason>>,
                > = None;
                let mut f11: ::std::option::Option<::std::string::String> = None;
                let mut f12: ::std::option::Option<
                    ::std::option::Option<::std::option::Option<::std::string::String>>,
                > = None;
                let mut f13: ::std::option::Option<
                    ::std::option::Option<NullableSimpleUser>,
                > = None;
                let mut f14: ::std::option::Option<::std::vec::Vec<IssueLabelsItem>> = None;
                let mut f15: ::std::option::Option<
                    ::std::option::Option<NullableSimpleUser>,
                > = None;
                let mut f16: ::std::option::Option<
                    ::std::option::Option<
                        ::std::option::Option<::std::vec::Vec<SimpleUser>>,
                    >,
                > = None;
                let mut f17: ::std::option::Option<
                    ::std::option::Option<NullableMilestone>,
                > = None;
                let mut f18: ::std::option::Option<bool> = None;
                let mut f19: ::std::option::Option<
                    ::std::option::Option<::std::option::Option<::std::string::String>>,
                > = None;
                let mut f20: ::std::option::Option<i64> = None;
                let mut f21: ::std::option::Option<
                    ::std::option::Option<IssuePullRequest>,
                > = None;
                let mut f22: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f23: ::std::option::Option<::std::string::String> = None;
                let mut f24: ::std::option::Option<::std::string::String> = None;
                let mut f25: ::std::option::Option<::std::option::Option<bool>> = None;
                let mut f26: ::std::option::Option<
                    ::std::option::Option<::std::option::Option<NullableSimpleUser>>,
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
                    ::std::option::Option<::std::option::Option<IssueType>>,
                > = None;
                let mut f31: ::std::option::Option<::std::option::Option<Repository>> = None;
                let mut f32: ::std::option::Option<
                    ::std::option::Option<::std::option::Option<NullableIntegration>>,
                > = None;
                let mut f33: ::std::option::Option<
                    ::std::option::Option<AuthorAssociation>,
                > = None;
                let mut f34: ::std::option::Option<
                    ::std::option::Option<ReactionRollup>,
                > = None;
                let mut f35: ::std::option::Option<
                    ::std::option::Option<SubIssuesSummary>,
                > = None;
                let mut f36: ::std::option::Option<
                    ::std::option::Option<::std::option::Option<::std::string::String>>,
                > = None;
                let mut f37: ::std::option::Option<
                    ::std::option::Option<IssueDependenciesSummary>,
                > = None;
                let mut f38: ::std::option::Option<
                    ::std::option::Option<::std::vec::Vec<IssueFieldValue>>,
                > = None;
                let mut expect = 0usize;
                while let Some(i) = map
                    .next_key_seed(super::runtime::FieldIndex::<V>::new(expect))?
                {
                    expect = i + 1;
                    match i {
                        0 => super::runtime::read_field(&mut f0, &mut map, "id")?,
                        1 => super::runtime::read_field(&mut f1, &mut map, "node_id")?,
                        2 => super::runtime::read_field(&mut f2, &mut map, "url")?,
                        3 => {
                            super::runtime::read_field(
                                &mut f3,
                                &mut map,
                                "repository_url",
                            )?
                        }
                        4 => super::runtime::read_field(&mut f4, &mut map, "labels_url")?,
                        5 => {
                            super::runtime::read_field(
                                &mut f5,
                                &mut map,
                                "comments_url",
                            )?
                        }
                        6 => super::runtime::read_field(&mut f6, &mut map, "events_url")?,
                        7 => super::runtime::read_field(&mut f7, &mut map, "html_url")?,
                        8 => super::runtime::read_field(&mut f8, &mut map, "number")?,
                        9 => super::runtime::read_field(&mut f9, &mut map, "state")?,
                        10 => {
                            super::runtime::read_field(
                                &mut f10,
                                &mut map,
                                "state_reason",
                            )?
                        }
                        11 => super::runtime::read_field(&mut f11, &mut map, "title")?,
                        12 => super::runtime::read_field(&mut f12, &mut map, "body")?,
                        13 => super::runtime::read_field(&mut f13, &mut map, "user")?,
                        14 => super::runtime::read_field(&mut f14, &mut map, "labels")?,
                        15 => super::runtime::read_field(&mut f15, &mut map, "assignee")?,
                        16 => {
                            super::runtime::read_field(&mut f16, &mut map, "assignees")?
                        }
                        17 => {
                            super::runtime::read_field(&mut f17, &mut map, "milestone")?
                        }
                        18 => super::runtime::read_field(&mut f18, &mut map, "locked")?,
                        19 => {
                            super::runtime::read_field(
                                &mut f19,
                                &mut map,
                                "active_lock_reason",
                            )?
                        }
                        20 => super::runtime::read_field(&mut f20, &mut map, "comments")?,
                        21 => {
                            super::runtime::read_field(
                                &mut f21,
                                &mut map,
                                "pull_request",
                            )?
                        }
                        22 => {
                            super::runtime::read_field(&mut f22, &mut map, "closed_at")?
                        }
                        23 => {
                            super::runtime::read_field(&mut f23, &mut map, "created_at")?
                        }
                        24 => {
                            super::runtime::read_field(&mut f24, &mut map, "updated_at")?
                        }
                        25 => super::runtime::read_field(&mut f25, &mut map, "draft")?,
                        26 => {
                            super::runtime::read_field(&mut f26, &mut map, "closed_by")?
                        }
                        27 => {
                            super::runtime::read_field(&mut f27, &mut map, "body_html")?
                        }
                        28 => {
                            super::runtime::read_field(&mut f28, &mut map, "body_text")?
                        }
                        29 => {
                            super::runtime::read_field(
                                &mut f29,
                                &mut map,
                                "timeline_url",
                            )?
                        }
                        30 => super::runtime::read_field(&mut f30, &mut map, "type")?,
                        31 => {
                            super::runtime::read_field(&mut f31, &mut map, "repository")?
                        }
                        32 => {
                            super::runtime::read_field(
                                &mut f32,
                                &mut map,
                                "performed_via_github_app",
                            )?
                        }
                        33 => {
                            super::runtime::read_field(
                                &mut f33,
                                &mut map,
                                "author_association",
                            )?
                        }
                        34 => {
                            super::runtime::read_field(&mut f34, &mut map, "reactions")?
                        }
                        35 => {
                            super::runtime::read_field(
                                &mut f35,
                                &mut map,
                                "sub_issues_summary",
                            )?
                        }
                        36 => {
                            super::runtime::read_field(
                                &mut f36,
                                &mut map,
                                "parent_issue_url",
                            )?
                        }
                        37 => {
                            super::runtime::read_field(
                                &mut f37,
                                &mut map,
                                "issue_dependencies_summary",
                            )?
                        }
                        38 => {
                            super::runtime::read_field(
                                &mut f38,
                                &mut map,
                                "issue_field_values",
                            )?
                        }
                        _ => {
                            map.next_value::<::serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(Issue {
                    id: f0
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "id",
                        ))?,
                    node_id: f1
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "node_id",
                        ))?,
                    url: f2
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "url",
                        ))?,
                    repository_url: f3
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "repository_url",
                        ))?,
                    labels_url: f4
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "labels_url",
                        ))?,
                    comments_url: f5
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "comments_url",
                        ))?,
                    events_url: f6
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "events_url",
                        ))?,
                    html_url: f7
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "html_url",
                        ))?,
                    number: f8
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "number",
                        ))?,
                    state: f9
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "state",
                        ))?,
                    state_reason: f10.map(::std::option::Option::flatten),
                    title: f11
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "title",
                        ))?,
                    body: f12.map(::std::option::Option::flatten),
                    user: f13.flatten(),
                    labels: f14
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "labels",
                        ))?,
                    assignee: f15.flatten(),
                    assignees: f16.map(::std::option::Option::flatten),
                    milestone: f17.flatten(),
                    locked: f18
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "locked",
                        ))?,
                    active_lock_reason: f19.map(::std::option::Option::flatten),
                    comments: f20
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "comments",
                        ))?,
                    pull_request: f21.flatten(),
                    closed_at: f22.flatten(),
                    created_at: f23
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "created_at",
                        ))?,
                    updated_at: f24
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "updated_at",
                        ))?,
                    draft: f25.flatten(),
                    closed_by: f26.map(::std::option::Option::flatten),
                    body_html: f27.flatten(),
                    body_text: f28.flatten(),
                    timeline_url: f29.flatten(),
                    r#type: f30.map(::std::option::Option::flatten),
                    repository: f31.flatten(),
                    performed_via_github_app: f32.map(::std::option::Option::flatten),
                    author_association: f33.flatten(),
                    reactions: f34.flatten(),
                    sub_issues_summary: f35.flatten(),
                    parent_issue_url: f36.map(::std::option::Option::flatten),
                    issue_dependencies_summary: f37.flatten(),
                    issue_field_values: f38.flatten(),
                })
            }
        }
        d.deserialize_map(V)
    }
}
#[cfg(any(feature = "issues"))]
/// The reason for the current state
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum IssueStateReason {
    ///completed
    Completed,
    ///reopened
    Reopened,
    ///not_planned
    NotPlanned,
    ///duplicate
    Duplicate,
    /// A value this version of the API description does not list.
    Unknown(::std::string::String),
}
#[cfg(any(feature = "issues"))]
impl IssueStateReason {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Completed => "completed",
            Self::Reopened => "reopened",
            Self::NotPlanned => "not_planned",
            Self::Duplicate => "duplicate",
            Self::Unknown(s) => s.as_str(),
        }
    }
}
#[cfg(any(feature = "issues"))]
impl ::std::convert::From<&str> for IssueStateReason {
    fn from(s: &str) -> Self {
        match s {
            "completed" => Self::Completed,
            "reopened" => Self::Reopened,
            "not_planned" => Self::NotPlanned,
            "duplicate" => Self::Duplicate,
            other => Self::Unknown(::std::string::ToString::to_string(other)),
        }
    }
}
#[cfg(any(feature = "issues"))]
impl ::std::fmt::Display for IssueStateReason {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(any(feature = "issues"))]
impl ::serde::Serialize for IssueStateReason {
    fn serialize<S: ::serde::Serializer>(
        &self,
        s: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}
#[cfg(any(feature = "issues"))]
impl<'de> ::serde::Deserialize<'de> for IssueStateReason {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        d: D,
    ) -> ::std::result::Result<Self, D::Error> {
        let s = <::std::string::String as ::serde::Deserialize>::deserialize(d)?;
        Ok(Self::from(s.as_str()))
    }
}
#[cfg(any(feature = "issues"))]
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[serde(untagged)]
pub enum IssueLabelsItem {
    String(::std::string::String),
    Object(IssueLabelsItemObject),
    /// A value matching none of the alternatives above.
    Other(::serde_json::Value),
}
#[cfg(any(feature = "issues"))]
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, Default)]
pub struct IssueLabelsItemObject {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub id: ::std::option::Option<i64>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub node_id: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub url: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub description: ::std::option::Option<::std::option::Option<::std::string::String>>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub color: ::std::option::Option<::std::option::Option<::std::string::String>>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub default: ::std::option::Option<bool>,
}
#[cfg(any(feature = "issues"))]
impl<'de> ::serde::Deserialize<'de> for IssueLabelsItemObject {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        d: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct V;
        impl super::runtime::StructFields for V {
            const FIELDS: &'static [&'static str] = &[
                "id",
                "node_id",
                "url",
                "name",
                "description",
                "color",
                "default",
            ];
        }
        impl<'de> ::serde::de::Visitor<'de> for V {
            type Value = IssueLabelsItemObject;
            fn expecting(
                &self,
                f: &mut ::std::fmt::Formatter<'_>,
            ) -> ::std::fmt::Result {
                f.write_str("a IssueLabelsItemObject object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<Self::Value, A::Error> {
                let mut f0: ::std::option::Option<::std::option::Option<i64>> = None;
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
                    ::std::option::Option<::std::option::Option<::std::string::String>>,
                > = None;
                let mut f5: ::std::option::Option<
                    ::std::option::Option<::std::option::Option<::std::string::String>>,
                > = None;
                let mut f6: ::std::option::Option<::std::option::Option<bool>> = None;
                let mut expect = 0usize;
                while let Some(i) = map
                    .next_key_seed(super::runtime::FieldIndex::<V>::new(expect))?
                {
                    expect = i + 1;
                    match i {
                        0 => super::runtime::read_field(&mut f0, &mut map, "id")?,
                        1 => super::runtime::read_field(&mut f1, &mut map, "node_id")?,
                        2 => super::runtime::read_field(&mut f2, &mut map, "url")?,
                        3 => super::runtime::read_field(&mut f3, &mut map, "name")?,
                        4 => {
                            super::runtime::read_field(&mut f4, &mut map, "description")?
                        }
                        5 => super::runtime::read_field(&mut f5, &mut map, "color")?,
                        6 => super::runtime::read_field(&mut f6, &mut map, "default")?,
                        _ => {
                            map.next_value::<::serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(IssueLabelsItemObject {
                    id: f0.flatten(),
                    node_id: f1.flatten(),
                    url: f2.flatten(),
                    name: f3.flatten(),
                    description: f4.map(::std::option::Option::flatten),
                    color: f5.map(::std::option::Option::flatten),
                    default: f6.flatten(),
                })
            }
        }
        d.deserialize_map(V)
    }
}
#[cfg(any(feature = "issues"))]
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, Default)]
pub struct IssuePullRequest {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub merged_at: ::std::option::Option<::std::option::Option<::std::string::String>>,
    pub diff_url: ::std::option::Option<::std::string::String>,
    pub html_url: ::std::option::Option<::std::string::String>,
    pub patch_url: ::std::option::Option<::std::string::String>,
    pub url: ::std::option::Option<::std::string::String>,
}
#[cfg(any(feature = "issues"))]
impl<'de> ::serde::Deserialize<'de> for IssuePullRequest {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        d: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct V;
        impl super::runtime::StructFields for V {
            const FIELDS: &'static [&'static str] = &[
                "merged_at",
                "diff_url",
                "html_url",
                "patch_url",
                "url",
            ];
        }
        impl<'de> ::serde::de::Visitor<'de> for V {
            type Value = IssuePullRequest;
            fn expecting(
                &self,
                f: &mut ::std::fmt::Formatter<'_>,
            ) -> ::std::fmt::Result {
                f.write_str("a IssuePullRequest object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<Self::Value, A::Error> {
                let mut f0: ::std::option::Option<
                    ::std::option::Option<::std::option::Option<::std::string::String>>,
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
                let mut expect = 0usize;
                while let Some(i) = map
                    .next_key_seed(super::runtime::FieldIndex::<V>::new(expect))?
                {
                    expect = i + 1;
                    match i {
                        0 => super::runtime::read_field(&mut f0, &mut map, "merged_at")?,
                        1 => super::runtime::read_field(&mut f1, &mut map, "diff_url")?,
                        2 => super::runtime::read_field(&mut f2, &mut map, "html_url")?,
                        3 => super::runtime::read_field(&mut f3, &mut map, "patch_url")?,
                        4 => super::runtime::read_field(&mut f4, &mut map, "url")?,
                        _ => {
                            map.next_value::<::serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(IssuePullRequest {
                    merged_at: f0.map(::std::option::Option::flatten),
                    diff_url: f1.flatten(),
                    html_url: f2.flatten(),
                    patch_url: f3.flatten(),
                    url: f4.flatten(),
                })
            }
        }
        d.deserialize_map(V)
    }
}
#[cfg(any(feature = "actions"))]
/// Pull Request Minimal
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct PullRequestMinimal {
    pub id: i64,
    pub number: i64,
    pub url: ::std::string::String,
    pub head: PullRequestMinimalHead,
    pub base: PullRequestMinimalBase,
}
#[cfg(any(feature = "actions"))]
impl PullRequestMinimal {
    /// A value with the required fields given and every optional one absent (set those
    /// afterwards: `value.field = Some(..)`).
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        id: i64,
        number: i64,
        url: ::std::string::String,
        head: PullRequestMinimalHead,
        base: PullRequestMinimalBase,
    ) -> Self {
        Self {
            id,
            number,
            url,
            head,
            base,
        }
    }
}
#[cfg(any(feature = "actions"))]
impl<'de> ::serde::Deserialize<'de> for PullRequestMinimal {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        d: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct V;
        impl super::runtime::StructFields for V {
            const FIELDS: &'static [&'static str] = &[
                "id",
                "number",
                "url",
                "head",
                "base",
            ];
        }
        impl<'de> ::serde::de::Visitor<'de> for V {
            type Value = PullRequestMinimal;
            fn expecting(
                &self,
                f: &mut ::std::fmt::Formatter<'_>,
            ) -> ::std::fmt::Result {
                f.write_str("a PullRequestMinimal object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<Self::Value, A::Error> {
                let mut f0: ::std::option::Option<i64> = None;
                let mut f1: ::std::option::Option<i64> = None;
                let mut f2: ::std::option::Option<::std::string::String> = None;
                let mut f3: ::std::option::Option<PullRequestMinimalHead> = None;
                let mut f4: ::std::option::Option<PullRequestMinimalBase> = None;
                let mut expect = 0usize;
                while let Some(i) = map
                    .next_key_seed(super::runtime::FieldIndex::<V>::new(expect))?
                {
                    expect = i + 1;
                    match i {
                        0 => super::runtime::read_field(&mut f0, &mut map, "id")?,
                        1 => super::runtime::read_field(&mut f1, &mut map, "number")?,
                        2 => super::runtime::read_field(&mut f2, &mut map, "url")?,
                        3 => super::runtime::read_field(&mut f3, &mut map, "head")?,
                        4 => super::runtime::read_field(&mut f4, &mut map, "base")?,
                        _ => {
                            map.next_value::<::serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(PullRequestMinimal {
                    id: f0
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "id",
                        ))?,
                    number: f1
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "number",
                        ))?,
                    url: f2
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "url",
                        ))?,
                    head: f3
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "head",
                        ))?,
                    base: f4
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "base",
                        ))?,
                })
            }
        }
        d.deserialize_map(V)
    }
}
#[cfg(any(feature = "actions"))]
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct PullRequestMinimalHead {
    pub r#ref: ::std::string::String,
    pub sha: ::std::string::String,
    pub repo: PullRequestMinimalHeadRepo,
}
#[cfg(any(feature = "actions"))]
impl PullRequestMinimalHead {
    /// A value with the required fields given and every optional one absent (set those
    /// afterwards: `value.field = Some(..)`).
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        r#ref: ::std::string::String,
        sha: ::std::string::String,
        repo: PullRequestMinimalHeadRepo,
    ) -> Self {
        Self { r#ref, sha, repo }
    }
}
#[cfg(any(feature = "actions"))]
impl<'de> ::serde::Deserialize<'de> for PullRequestMinimalHead {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        d: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct V;
        impl super::runtime::StructFields for V {
            const FIELDS: &'static [&'static str] = &["ref", "sha", "repo"];
        }
        impl<'de> ::serde::de::Visitor<'de> for V {
            type Value = PullRequestMinimalHead;
            fn expecting(
                &self,
                f: &mut ::std::fmt::Formatter<'_>,
            ) -> ::std::fmt::Result {
                f.write_str("a PullRequestMinimalHead object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<Self::Value, A::Error> {
                let mut f0: ::std::option::Option<::std::string::String> = None;
                let mut f1: ::std::option::Option<::std::string::String> = None;
                let mut f2: ::std::option::Option<PullRequestMinimalHeadRepo> = None;
                let mut expect = 0usize;
                while let Some(i) = map
                    .next_key_seed(super::runtime::FieldIndex::<V>::new(expect))?
                {
                    expect = i + 1;
                    match i {
                        0 => super::runtime::read_field(&mut f0, &mut map, "ref")?,
                        1 => super::runtime::read_field(&mut f1, &mut map, "sha")?,
                        2 => super::runtime::read_field(&mut f2, &mut map, "repo")?,
                        _ => {
                            map.next_value::<::serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(PullRequestMinimalHead {
                    r#ref: f0
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "ref",
                        ))?,
                    sha: f1
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "sha",
                        ))?,
                    repo: f2
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "repo",
                        ))?,
                })
            }
        }
        d.deserialize_map(V)
    }
}
#[cfg(any(feature = "actions"))]
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct PullRequestMinimalHeadRepo {
    pub id: i64,
    pub url: ::std::string::String,
    pub name: ::std::string::String,
}
#[cfg(any(feature = "actions"))]
impl PullRequestMinimalHeadRepo {
    /// A value with the required fields given and every optional one absent (set those
    /// afterwards: `value.field = Some(..)`).
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        id: i64,
        url: ::std::string::String,
        name: ::std::string::String,
    ) -> Self {
        Self { id, url, name }
    }
}
#[cfg(any(feature = "actions"))]
impl<'de> ::serde::Deserialize<'de> for PullRequestMinimalHeadRepo {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        d: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct V;
        impl super::runtime::StructFields for V {
            const FIELDS: &'static [&'static str] = &["id", "url", "name"];
        }
        impl<'de> ::serde::de::Visitor<'de> for V {
            type Value = PullRequestMinimalHeadRepo;
            fn expecting(
                &self,
                f: &mut ::std::fmt::Formatter<'_>,
            ) -> ::std::fmt::Result {
                f.write_str("a PullRequestMinimalHeadRepo object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<Self::Value, A::Error> {
                let mut f0: ::std::option::Option<i64> = None;
                let mut f1: ::std::option::Option<::std::string::String> = None;
                let mut f2: ::std::option::Option<::std::string::String> = None;
                let mut expect = 0usize;
                while let Some(i) = map
                    .next_key_seed(super::runtime::FieldIndex::<V>::new(expect))?
                {
                    expect = i + 1;
                    match i {
                        0 => super::runtime::read_field(&mut f0, &mut map, "id")?,
                        1 => super::runtime::read_field(&mut f1, &mut map, "url")?,
                        2 => super::runtime::read_field(&mut f2, &mut map, "name")?,
                        _ => {
                            map.next_value::<::serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(PullRequestMinimalHeadRepo {
                    id: f0
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "id",
                        ))?,
                    url: f1
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "url",
                        ))?,
                    name: f2
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "name",
                        ))?,
                })
            }
        }
        d.deserialize_map(V)
    }
}
#[cfg(any(feature = "actions"))]
pub type PullRequestMinimalBase = PullRequestMinimalHead;
#[cfg(any(feature = "users"))]
/// Public User
///
/// Public User
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct PublicUser {
    pub login: ::std::string::String,
    pub id: i64,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub user_view_type: ::std::option::Option<::std::string::String>,
    pub node_id: ::std::string::String,
    pub avatar_url: ::std::string::String,
    pub gravatar_id: ::std::option::Option<::std::string::String>,
    pub url: ::std::string::String,
    pub html_url: ::std::string::String,
    pub followers_url: ::std::string::String,
    pub following_url: ::std::string::String,
    pub gists_url: ::std::string::String,
    pub starred_url: ::std::string::String,
    pub subscriptions_url: ::std::string::String,
    pub organizations_url: ::std::string::String,
    pub repos_url: ::std::string::String,
    pub events_url: ::std::string::String,
    pub received_events_url: ::std::string::String,
    pub r#type: ::std::string::String,
    pub site_admin: bool,
    pub name: ::std::option::Option<::std::string::String>,
    pub company: ::std::option::Option<::std::string::String>,
    pub blog: ::std::option::Option<::std::string::String>,
    pub location: ::std::option::Option<::std::string::String>,
    pub email: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub notification_email: ::std::option::Option<
        ::std::option::Option<::std::string::String>,
    >,
    pub hireable: ::std::option::Option<bool>,
    pub bio: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub twitter_username: ::std::option::Option<
        ::std::option::Option<::std::string::String>,
    >,
    pub public_repos: i64,
    pub public_gists: i64,
    pub followers: i64,
    pub following: i64,
    pub created_at: ::std::string::String,
    pub updated_at: ::std::string::String,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub plan: ::std::option::Option<PublicUserPlan>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub private_gists: ::std::option::Option<i64>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub total_private_repos: ::std::option::Option<i64>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub owned_private_repos: ::std::option::Option<i64>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub disk_usage: ::std::option::Option<i64>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub collaborators: ::std::option::Option<i64>,
}
#[cfg(any(feature = "users"))]
impl PublicUser {
    /// A value with the required fields given and every optional one absent (set those
    /// afterwards: `value.field = Some(..)`).
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        login: ::std::string::String,
        id: i64,
        node_id: ::std::string::String,
        avatar_url: ::std::string::String,
        url: ::std::string::String,
        html_url: ::std::string::String,
        followers_url: ::std::string::String,
        following_url: ::std::string::String,
        gists_url: ::std::string::String,
        starred_url: ::std::string::String,
        subscriptions_url: ::std::string::String,
        organizations_url: ::std::string::String,
        repos_url: ::std::string::String,
        events_url: ::std::string::String,
        received_events_url: ::std::string::String,
        r#type: ::std::string::String,
        site_admin: bool,
        public_repos: i64,
        public_gists: i64,
        followers: i64,
        following: i64,
        created_at: ::std::string::String,
        updated_at: ::std::string::String,
    ) -> Self {
        Self {
            login,
            id,
            user_view_type: ::std::default::Default::default(),
            node_id,
            avatar_url,
            gravatar_id: ::std::default::Default::default(),
            url,
            html_url,
            followers_url,
            following_url,
            gists_url,
            starred_url,
            subscriptions_url,
            organizations_url,
            repos_url,
            events_url,
            received_events_url,
            r#type,
            site_admin,
            name: ::std::default::Default::default(),
            company: ::std::default::Default::default(),
            blog: ::std::default::Default::default(),
            location: ::std::default::Default::default(),
            email: ::std::default::Default::default(),
            notification_email: ::std::default::Default::default(),
            hireable: ::std::default::Default::default(),
            bio: ::std::default::Default::default(),
            twitter_username: ::std::default::Default::default(),
            public_repos,
            public_gists,
            followers,
            following,
            created_at,
            updated_at,
            plan: ::std::default::Default::default(),
            private_gists: ::std::default::Default::default(),
            total_private_repos: ::std::default::Default::default(),
            owned_private_repos: ::std::default::Default::default(),
            disk_usage: ::std::default::Default::default(),
            collaborators: ::std::default::Default::default(),
        }
    }
}
#[cfg(any(feature = "users"))]
impl<'de> ::serde::Deserialize<'de> for PublicUser {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        d: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct V;
        impl super::runtime::StructFields for V {
            const FIELDS: &'static [&'static str] = &[
                "login",
                "id",
                "user_view_type",
                "node_id",
                "avatar_url",
                "gravatar_id",
                "url",
                "html_url",
                "followers_url",
                "following_url",
                "gists_url",
                "starred_url",
                "subscriptions_url",
                "organizations_url",
                "repos_url",
                "events_url",
                "received_events_url",
                "type",
                "site_admin",
                "name",
                "company",
                "blog",
                "location",
                "email",
                "notification_email",
                "hireable",
                "bio",
                "twitter_username",
                "public_repos",
                "public_gists",
                "followers",
                "following",
                "created_at",
                "updated_at",
                "plan",
                "private_gists",
                "total_private_repos",
                "owned_private_repos",
                "disk_usage",
                "collaborators",
            ];
        }
        impl<'de> ::serde::de::Visitor<'de> for V {
            type Value = PublicUser;
            fn expecting(
                &self,
                f: &mut ::std::fmt::Formatter<'_>,
            ) -> ::std::fmt::Result {
                f.write_str("a PublicUser object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<Self::Value, A::Error> {
                let mut f0: ::std::option::Option<::std::string::String> = None;
                let mut f1: ::std::option::Option<i64> = None;
                let mut f2: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f3: ::std::option::Option<::std::string::String> = None;
                let mut f4: ::std::option::Option<::std::string::String> = None;
                let mut f5: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
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
                let mut f18: ::std::option::Option<bool> = None;
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
                    ::std::option::Option<::std::option::Option<::std::string::String>>,
                > = None;
                let mut f25: ::std::option::Option<::std::option::Option<bool>> = None;
                let mut f26: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f27: ::std::option::Option<
                    ::std::option::Option<::std::option::Option<::std::string::String>>,
                > = None;
                let mut f28: ::std::option::Option<i64> = None;
                let mut f29: ::std::option::Option<i64> = None;
                let mut f30: ::std::option::Option<i64> = None;
                let mut f31: ::std::option::Option<i64> = None;
                let mut f32: ::std::option::Option<::std::string::String> = None;
                let mut f33: ::std::option::Option<::std::string::String> = None;
                let mut f34: ::std::option::Option<
                    ::std::option::Option<PublicUserPlan>,
                > = None;
                let mut f35: ::std::option::Option<::std::option::Option<i64>> = None;
                let mut f36: ::std::option::Option<::std::option::Option<i64>> = None;
                let mut f37: ::std::option::Option<::std::option::Option<i64>> = None;
                let mut f38: ::std::option::Option<::std::option::Option<i64>> = None;
                let mut f39: ::std::option::Option<::std::option::Option<i64>> = None;
                let mut expect = 0usize;
                while let Some(i) = map
                    .next_key_seed(super::runtime::FieldIndex::<V>::new(expect))?
                {
                    expect = i + 1;
                    match i {
                        0 => super::runtime::read_field(&mut f0, &mut map, "login")?,
                        1 => super::runtime::read_field(&mut f1, &mut map, "id")?,
                        2 => {
                            super::runtime::read_field(
                                &mut f2,
                                &mut map,
                                "user_view_type",
                            )?
                        }
                        3 => super::runtime::read_field(&mut f3, &mut map, "node_id")?,
                        4 => super::runtime::read_field(&mut f4, &mut map, "avatar_url")?,
                        5 => {
                            super::runtime::read_field(&mut f5, &mut map, "gravatar_id")?
                        }
                        6 => super::runtime::read_field(&mut f6, &mut map, "url")?,
                        7 => super::runtime::read_field(&mut f7, &mut map, "html_url")?,
                        8 => {
                            super::runtime::read_field(
                                &mut f8,
                                &mut map,
                                "followers_url",
                            )?
                        }
                        9 => {
                            super::runtime::read_field(
                                &mut f9,
                                &mut map,
                                "following_url",
                            )?
                        }
                        10 => {
                            super::runtime::read_field(&mut f10, &mut map, "gists_url")?
                        }
                        11 => {
                            super::runtime::read_field(
                                &mut f11,
                                &mut map,
                                "starred_url",
                            )?
                        }
                        12 => {
                            super::runtime::read_field(
                                &mut f12,
                                &mut map,
                                "subscriptions_url",
                            )?
                        }
                        13 => {
                            super::runtime::read_field(
                                &mut f13,
                                &mut map,
                                "organizations_url",
                            )?
                        }
                        14 => {
                            super::runtime::read_field(&mut f14, &mut map, "repos_url")?
                        }
                        15 => {
                            super::runtime::read_field(&mut f15, &mut map, "events_url")?
                        }
                        16 => {
                            super::runtime::read_field(
                                &mut f16,
                                &mut map,
                                "received_events_url",
                            )?
                        }
                        17 => super::runtime::read_field(&mut f17, &mut map, "type")?,
                        18 => {
                            super::runtime::read_field(&mut f18, &mut map, "site_admin")?
                        }
                        19 => super::runtime::read_field(&mut f19, &mut map, "name")?,
                        20 => super::runtime::read_field(&mut f20, &mut map, "company")?,
                        21 => super::runtime::read_field(&mut f21, &mut map, "blog")?,
                        22 => super::runtime::read_field(&mut f22, &mut map, "location")?,
                        23 => super::runtime::read_field(&mut f23, &mut map, "email")?,
                        24 => {
                            super::runtime::read_field(
                                &mut f24,
                                &mut map,
                                "notification_email",
                            )?
                        }
                        25 => super::runtime::read_field(&mut f25, &mut map, "hireable")?,
                        26 => super::runtime::read_field(&mut f26, &mut map, "bio")?,
                        27 => {
                            super::runtime::read_field(
                                &mut f27,
                                &mut map,
                                "twitter_username",
                            )?
                        }
                        28 => {
                            super::runtime::read_field(
                                &mut f28,
                                &mut map,
                                "public_repos",
                            )?
                        }
                        29 => {
                            super::runtime::read_field(
                                &mut f29,
                                &mut map,
                                "public_gists",
                            )?
                        }
                        30 => {
                            super::runtime::read_field(&mut f30, &mut map, "followers")?
                        }
                        31 => {
                            super::runtime::read_field(&mut f31, &mut map, "following")?
                        }
                        32 => {
                            super::runtime::read_field(&mut f32, &mut map, "created_at")?
                        }
                        33 => {
                            super::runtime::read_field(&mut f33, &mut map, "updated_at")?
                        }
                        34 => super::runtime::read_field(&mut f34, &mut map, "plan")?,
                        35 => {
                            super::runtime::read_field(
                                &mut f35,
                                &mut map,
                                "private_gists",
                            )?
                        }
                        36 => {
                            super::runtime::read_field(
                                &mut f36,
                                &mut map,
                                "total_private_repos",
                            )?
                        }
                        37 => {
                            super::runtime::read_field(
                                &mut f37,
                                &mut map,
                                "owned_private_repos",
                            )?
                        }
                        38 => {
                            super::runtime::read_field(&mut f38, &mut map, "disk_usage")?
                        }
                        39 => {
                            super::runtime::read_field(
                                &mut f39,
                                &mut map,
                                "collaborators",
                            )?
                        }
                        _ => {
                            map.next_value::<::serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(PublicUser {
                    login: f0
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "login",
                        ))?,
                    id: f1
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "id",
                        ))?,
                    user_view_type: f2.flatten(),
                    node_id: f3
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "node_id",
                        ))?,
                    avatar_url: f4
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "avatar_url",
                        ))?,
                    gravatar_id: f5.flatten(),
                    url: f6
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "url",
                        ))?,
                    html_url: f7
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "html_url",
                        ))?,
                    followers_url: f8
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "followers_url",
                        ))?,
                    following_url: f9
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "following_url",
                        ))?,
                    gists_url: f10
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "gists_url",
                        ))?,
                    starred_url: f11
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "starred_url",
                        ))?,
                    subscriptions_url: f12
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "subscriptions_url",
                        ))?,
                    organizations_url: f13
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "organizations_url",
                        ))?,
                    repos_url: f14
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "repos_url",
                        ))?,
                    events_url: f15
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "events_url",
                        ))?,
                    received_events_url: f16
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "received_events_url",
                        ))?,
                    r#type: f17
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "type",
                        ))?,
                    site_admin: f18
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "site_admin",
                        ))?,
                    name: f19.flatten(),
                    company: f20.flatten(),
                    blog: f21.flatten(),
                    location: f22.flatten(),
                    email: f23.flatten(),
                    notification_email: f24.map(::std::option::Option::flatten),
                    hireable: f25.flatten(),
                    bio: f26.flatten(),
                    twitter_username: f27.map(::std::option::Option::flatten),
                    public_repos: f28
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "public_repos",
                        ))?,
                    public_gists: f29
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "public_gists",
                        ))?,
                    followers: f30
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "followers",
                        ))?,
                    following: f31
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "following",
                        ))?,
                    created_at: f32
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "created_at",
                        ))?,
                    updated_at: f33
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "updated_at",
                        ))?,
                    plan: f34.flatten(),
                    private_gists: f35.flatten(),
                    total_private_repos: f36.flatten(),
                    owned_private_repos: f37.flatten(),
                    disk_usage: f38.flatten(),
                    collaborators: f39.flatten(),
                })
            }
        }
        d.deserialize_map(V)
    }
}
#[cfg(any(feature = "users"))]
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct PublicUserPlan {
    pub collaborators: i64,
    pub name: ::std::string::String,
    pub space: i64,
    pub private_repos: i64,
}
#[cfg(any(feature = "users"))]
impl PublicUserPlan {
    /// A value with the required fields given and every optional one absent (set those
    /// afterwards: `value.field = Some(..)`).
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        collaborators: i64,
        name: ::std::string::String,
        space: i64,
        private_repos: i64,
    ) -> Self {
        Self {
            collaborators,
            name,
            space,
            private_repos,
        }
    }
}
#[cfg(any(feature = "users"))]
impl<'de> ::serde::Deserialize<'de> for PublicUserPlan {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        d: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct V;
        impl super::runtime::StructFields for V {
            const FIELDS: &'static [&'static str] = &[
                "collaborators",
                "name",
                "space",
                "private_repos",
            ];
        }
        impl<'de> ::serde::de::Visitor<'de> for V {
            type Value = PublicUserPlan;
            fn expecting(
                &self,
                f: &mut ::std::fmt::Formatter<'_>,
            ) -> ::std::fmt::Result {
                f.write_str("a PublicUserPlan object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<Self::Value, A::Error> {
                let mut f0: ::std::option::Option<i64> = None;
                let mut f1: ::std::option::Option<::std::string::String> = None;
                let mut f2: ::std::option::Option<i64> = None;
                let mut f3: ::std::option::Option<i64> = None;
                let mut expect = 0usize;
                while let Some(i) = map
                    .next_key_seed(super::runtime::FieldIndex::<V>::new(expect))?
                {
                    expect = i + 1;
                    match i {
                        0 => {
                            super::runtime::read_field(
                                &mut f0,
                                &mut map,
                                "collaborators",
                            )?
                        }
                        1 => super::runtime::read_field(&mut f1, &mut map, "name")?,
                        2 => super::runtime::read_field(&mut f2, &mut map, "space")?,
                        3 => {
                            super::runtime::read_field(
                                &mut f3,
                                &mut map,
                                "private_repos",
                            )?
                        }
                        _ => {
                            map.next_value::<::serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(PublicUserPlan {
                    collaborators: f0
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "collaborators",
                        ))?,
                    name: f1
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "name",
                        ))?,
                    space: f2
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "space",
                        ))?,
                    private_repos: f3
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "private_repos",
                        ))?,
                })
            }
        }
        d.deserialize_map(V)
    }
}
#[cfg(any(feature = "actions", feature = "repos", feature = "search"))]
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, Default)]
pub struct SecurityAndAnalysis {
    /// Enable or disable GitHub Advanced Security for the repository.
    ///
    /// For standalone Code Scanning or Secret Protection products, this parameter cannot be used.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub advanced_security: ::std::option::Option<SecurityAndAnalysisAdvancedSecurity>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub code_security: ::std::option::Option<SecurityAndAnalysisCodeSecurity>,
    /// Enable or disable Dependabot security updates for the repository.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub dependabot_security_updates: ::std::option::Option<
        SecurityAndAnalysisDependabotSecurityUpdates,
    >,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub secret_scanning: ::std::option::Option<SecurityAndAnalysisSecretScanning>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub secret_scanning_push_protection: ::std::option::Option<
        SecurityAndAnalysisSecretScanningPushProtection,
    >,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub secret_scanning_non_provider_patterns: ::std::option::Option<
        SecurityAndAnalysisSecretScanningNonProviderPatterns,
    >,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub secret_scanning_ai_detection: ::std::option::Option<
        SecurityAndAnalysisSecretScanningAiDetection,
    >,
}
#[cfg(any(feature = "actions", feature = "repos", feature = "search"))]
impl<'de> ::serde::Deserialize<'de> for SecurityAndAnalysis {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        d: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct V;
        impl super::runtime::StructFields for V {
            const FIELDS: &'static [&'static str] = &[
                "advanced_security",
                "code_security",
                "dependabot_security_updates",
                "secret_scanning",
                "secret_scanning_push_protection",
                "secret_scanning_non_provider_patterns",
                "secret_scanning_ai_detection",
            ];
        }
        impl<'de> ::serde::de::Visitor<'de> for V {
            type Value = SecurityAndAnalysis;
            fn expecting(
                &self,
                f: &mut ::std::fmt::Formatter<'_>,
            ) -> ::std::fmt::Result {
                f.write_str("a SecurityAndAnalysis object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<Self::Value, A::Error> {
                let mut f0: ::std::option::Option<
                    ::std::option::Option<SecurityAndAnalysisAdvancedSecurity>,
                > = None;
                let mut f1: ::std::option::Option<
                    ::std::option::Option<SecurityAndAnalysisCodeSecurity>,
                > = None;
                let mut f2: ::std::option::Option<
                    ::std::option::Option<SecurityAndAnalysisDependabotSecurityUpdates>,
                > = None;
                let mut f3: ::std::option::Option<
                    ::std::option::Option<SecurityAndAnalysisSecretScanning>,
                > = None;
                let mut f4: ::std::option::Option<
                    ::std::option::Option<
                        SecurityAndAnalysisSecretScanningPushProtection,
                    >,
                > = None;
                let mut f5: ::std::option::Option<
                    ::std::option::Option<
                        SecurityAndAnalysisSecretScanningNonProviderPatterns,
                    >,
                > = None;
                let mut f6: ::std::option::Option<
                    ::std::option::Option<SecurityAndAnalysisSecretScanningAiDetection>,
                > = None;
                let mut expect = 0usize;
                while let Some(i) = map
                    .next_key_seed(super::runtime::FieldIndex::<V>::new(expect))?
                {
                    expect = i + 1;
                    match i {
                        0 => {
                            super::runtime::read_field(
                                &mut f0,
                                &mut map,
                                "advanced_security",
                            )?
                        }
                        1 => {
                            super::runtime::read_field(
                                &mut f1,
                                &mut map,
                                "code_security",
                            )?
                        }
                        2 => {
                            super::runtime::read_field(
                                &mut f2,
                                &mut map,
                                "dependabot_security_updates",
                            )?
                        }
                        3 => {
                            super::runtime::read_field(
                                &mut f3,
                                &mut map,
                                "secret_scanning",
                            )?
                        }
                        4 => {
                            super::runtime::read_field(
                                &mut f4,
                                &mut map,
                                "secret_scanning_push_protection",
                            )?
                        }
                        5 => {
                            super::runtime::read_field(
                                &mut f5,
                                &mut map,
                                "secret_scanning_non_provider_patterns",
                            )?
                        }
                        6 => {
                            super::runtime::read_field(
                                &mut f6,
                                &mut map,
                                "secret_scanning_ai_detection",
                            )?
                        }
                        _ => {
                            map.next_value::<::serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(SecurityAndAnalysis {
                    advanced_security: f0.flatten(),
                    code_security: f1.flatten(),
                    dependabot_security_updates: f2.flatten(),
                    secret_scanning: f3.flatten(),
                    secret_scanning_push_protection: f4.flatten(),
                    secret_scanning_non_provider_patterns: f5.flatten(),
                    secret_scanning_ai_detection: f6.flatten(),
                })
            }
        }
        d.deserialize_map(V)
    }
}
#[cfg(any(feature = "actions", feature = "repos", feature = "search"))]
/// Enable or disable GitHub Advanced Security for the repository.
///
/// For standalone Code Scanning or Secret Protection products, this parameter cannot be used.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, Default)]
pub struct SecurityAndAnalysisAdvancedSecurity {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub status: ::std::option::Option<SecurityAndAnalysisAdvancedSecurityStatus>,
}
#[cfg(any(feature = "actions", feature = "repos", feature = "search"))]
impl<'de> ::serde::Deserialize<'de> for SecurityAndAnalysisAdvancedSecurity {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        d: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct V;
        impl super::runtime::StructFields for V {
            const FIELDS: &'static [&'static str] = &["status"];
        }
        impl<'de> ::serde::de::Visitor<'de> for V {
            type Value = SecurityAndAnalysisAdvancedSecurity;
            fn expecting(
                &self,
                f: &mut ::std::fmt::Formatter<'_>,
            ) -> ::std::fmt::Result {
                f.write_str("a SecurityAndAnalysisAdvancedSecurity object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<Self::Value, A::Error> {
                let mut f0: ::std::option::Option<
                    ::std::option::Option<SecurityAndAnalysisAdvancedSecurityStatus>,
                > = None;
                let mut expect = 0usize;
                while let Some(i) = map
                    .next_key_seed(super::runtime::FieldIndex::<V>::new(expect))?
                {
                    expect = i + 1;
                    match i {
                        0 => super::runtime::read_field(&mut f0, &mut map, "status")?,
                        _ => {
                            map.next_value::<::serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(SecurityAndAnalysisAdvancedSecurity {
                    status: f0.flatten(),
                })
            }
        }
        d.deserialize_map(V)
    }
}
#[cfg(any(feature = "actions", feature = "repos", feature = "search"))]
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum SecurityAndAnalysisAdvancedSecurityStatus {
    ///enabled
    Enabled,
    ///disabled
    Disabled,
    /// A value this version of the API description does not list.
    Unknown(::std::string::String),
}
#[cfg(any(feature = "actions", feature = "repos", feature = "search"))]
impl SecurityAndAnalysisAdvancedSecurityStatus {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Enabled => "enabled",
            Self::Disabled => "disabled",
            Self::Unknown(s) => s.as_str(),
        }
    }
}
#[cfg(any(feature = "actions", feature = "repos", feature = "search"))]
impl ::std::convert::From<&str> for SecurityAndAnalysisAdvancedSecurityStatus {
    fn from(s: &str) -> Self {
        match s {
            "enabled" => Self::Enabled,
            "disabled" => Self::Disabled,
            other => Self::Unknown(::std::string::ToString::to_string(other)),
        }
    }
}
#[cfg(any(feature = "actions", feature = "repos", feature = "search"))]
impl ::std::fmt::Display for SecurityAndAnalysisAdvancedSecurityStatus {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(any(feature = "actions", feature = "repos", feature = "search"))]
impl ::serde::Serialize for SecurityAndAnalysisAdvancedSecurityStatus {
    fn serialize<S: ::serde::Serializer>(
        &self,
        s: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}
#[cfg(any(feature = "actions", feature = "repos", feature = "search"))]
impl<'de> ::serde::Deserialize<'de> for SecurityAndAnalysisAdvancedSecurityStatus {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        d: D,
    ) -> ::std::result::Result<Self, D::Error> {
        let s = <::std::string::String as ::serde::Deserialize>::deserialize(d)?;
        Ok(Self::from(s.as_str()))
    }
}
#[cfg(any(feature = "actions", feature = "repos", feature = "search"))]
pub type SecurityAndAnalysisCodeSecurity = SecurityAndAnalysisAdvancedSecurity;
#[cfg(any(feature = "actions", feature = "repos", feature = "search"))]
/// Enable or disable Dependabot security updates for the repository.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, Default)]
pub struct SecurityAndAnalysisDependabotSecurityUpdates {
    /// The enablement status of Dependabot security updates for the repository.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub status: ::std::option::Option<
        SecurityAndAnalysisDependabotSecurityUpdatesStatus,
    >,
}
#[cfg(any(feature = "actions", feature = "repos", feature = "search"))]
impl<'de> ::serde::Deserialize<'de> for SecurityAndAnalysisDependabotSecurityUpdates {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        d: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct V;
        impl super::runtime::StructFields for V {
            const FIELDS: &'static [&'static str] = &["status"];
        }
        impl<'de> ::serde::de::Visitor<'de> for V {
            type Value = SecurityAndAnalysisDependabotSecurityUpdates;
            fn expecting(
                &self,
                f: &mut ::std::fmt::Formatter<'_>,
            ) -> ::std::fmt::Result {
                f.write_str("a SecurityAndAnalysisDependabotSecurityUpdates object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<Self::Value, A::Error> {
                let mut f0: ::std::option::Option<
                    ::std::option::Option<
                        SecurityAndAnalysisDependabotSecurityUpdatesStatus,
                    >,
                > = None;
                let mut expect = 0usize;
                while let Some(i) = map
                    .next_key_seed(super::runtime::FieldIndex::<V>::new(expect))?
                {
                    expect = i + 1;
                    match i {
                        0 => super::runtime::read_field(&mut f0, &mut map, "status")?,
                        _ => {
                            map.next_value::<::serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(SecurityAndAnalysisDependabotSecurityUpdates {
                    status: f0.flatten(),
                })
            }
        }
        d.deserialize_map(V)
    }
}
#[cfg(any(feature = "actions", feature = "repos", feature = "search"))]
/// The enablement status of Dependabot security updates for the repository.
pub type SecurityAndAnalysisDependabotSecurityUpdatesStatus = SecurityAndAnalysisAdvancedSecurityStatus;
#[cfg(any(feature = "actions", feature = "repos", feature = "search"))]
pub type SecurityAndAnalysisSecretScanning = SecurityAndAnalysisAdvancedSecurity;
#[cfg(any(feature = "actions", feature = "repos", feature = "search"))]
pub type SecurityAndAnalysisSecretScanningPushProtection = SecurityAndAnalysisAdvancedSecurity;
#[cfg(any(feature = "actions", feature = "repos", feature = "search"))]
pub type SecurityAndAnalysisSecretScanningNonProviderPatterns = SecurityAndAnalysisAdvancedSecurity;
#[cfg(any(feature = "actions", feature = "repos", feature = "search"))]
pub type SecurityAndAnalysisSecretScanningAiDetection = SecurityAndAnalysisAdvancedSecurity;
#[cfg(any(feature = "actions", feature = "repos", feature = "search"))]
/// Minimal Repository
///
/// Minimal Repository
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct MinimalRepository {
    pub id: i64,
    pub node_id: ::std::string::String,
    pub name: ::std::string::String,
    pub full_name: ::std::string::String,
    /// A GitHub user.
    pub owner: SimpleUser,
    pub private: bool,
    pub html_url: ::std::string::String,
    pub description: ::std::option::Option<::std::string::String>,
    pub fork: bool,
    pub url: ::std::string::String,
    pub archive_url: ::std::string::String,
    pub assignees_url: ::std::string::String,
    pub blobs_url: ::std::string::String,
    pub branches_url: ::std::string::String,
    pub collaborators_url: ::std::string::String,
    pub comments_url: ::std::string::String,
    pub commits_url: ::std::string::String,
    pub compare_url: ::std::string::String,
    pub contents_url: ::std::string::String,
    pub contributors_url: ::std::string::String,
    pub deployments_url: ::std::string::String,
    pub downloads_url: ::std::string::String,
    pub events_url: ::std::string::String,
    pub forks_url: ::std::string::String,
    pub git_commits_url: ::std::string::String,
    pub git_refs_url: ::std::string::String,
    pub git_tags_url: ::std::string::String,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub git_url: ::std::option::Option<::std::string::String>,
    pub issue_comment_url: ::std::string::String,
    pub issue_events_url: ::std::string::String,
    pub issues_url: ::std::string::String,
    pub keys_url: ::std::string::String,
    pub labels_url: ::std::string::String,
    pub languages_url: ::std::string::String,
    pub merges_url: ::std::string::String,
    pub milestones_url: ::std::string::String,
    pub notifications_url: ::std::string::String,
    pub pulls_url: ::std::string::String,
    pub releases_url: ::std::string::String,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub ssh_url: ::std::option::Option<::std::string::String>,
    pub stargazers_url: ::std::string::String,
    pub statuses_url: ::std::string::String,
    pub subscribers_url: ::std::string::String,
    pub subscription_url: ::std::string::String,
    pub tags_url: ::std::string::String,
    pub teams_url: ::std::string::String,
    pub trees_url: ::std::string::String,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub clone_url: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub mirror_url: ::std::option::Option<::std::option::Option<::std::string::String>>,
    pub hooks_url: ::std::string::String,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub svn_url: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub homepage: ::std::option::Option<::std::option::Option<::std::string::String>>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub language: ::std::option::Option<::std::option::Option<::std::string::String>>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub forks_count: ::std::option::Option<i64>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub stargazers_count: ::std::option::Option<i64>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub watchers_count: ::std::option::Option<i64>,
    /// The size of the repository, in kilobytes. Size is calculated hourly. When a repository is initially created, the size is 0.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub size: ::std::option::Option<i64>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub default_branch: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub open_issues_count: ::std::option::Option<i64>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub is_template: ::std::option::Option<bool>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub topics: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub has_issues: ::std::option::Option<bool>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub has_projects: ::std::option::Option<bool>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub has_wiki: ::std::option::Option<bool>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub has_pages: ::std::option::Option<bool>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub has_downloads: ::std::option::Option<bool>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub has_discussions: ::std::option::Option<bool>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub archived: ::std::option::Option<bool>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub disabled: ::std::option::Option<bool>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub visibility: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub pushed_at: ::std::option::Option<::std::option::Option<::std::string::String>>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub created_at: ::std::option::Option<::std::option::Option<::std::string::String>>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub updated_at: ::std::option::Option<::std::option::Option<::std::string::String>>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub permissions: ::std::option::Option<MinimalRepositoryPermissions>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub role_name: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub temp_clone_token: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub delete_branch_on_merge: ::std::option::Option<bool>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub subscribers_count: ::std::option::Option<i64>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub network_count: ::std::option::Option<i64>,
    /// Code Of Conduct
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub code_of_conduct: ::std::option::Option<CodeOfConduct>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub license: ::std::option::Option<::std::option::Option<MinimalRepositoryLicense>>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub forks: ::std::option::Option<i64>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub open_issues: ::std::option::Option<i64>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub watchers: ::std::option::Option<i64>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub allow_forking: ::std::option::Option<bool>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub web_commit_signoff_required: ::std::option::Option<bool>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub security_and_analysis: ::std::option::Option<
        ::std::option::Option<SecurityAndAnalysis>,
    >,
    /// The custom properties that were defined for the repository. The keys are the custom property names, and the values are the corresponding custom property values.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub custom_properties: ::std::option::Option<
        ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    >,
}
#[cfg(any(feature = "actions", feature = "repos", feature = "search"))]
impl MinimalRepository {
    /// A value with the required fields given and every optional one absent (set those
    /// afterwards: `value.field = Some(..)`).
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        id: i64,
        node_id: ::std::string::String,
        name: ::std::string::String,
        full_name: ::std::string::String,
        owner: SimpleUser,
        private: bool,
        html_url: ::std::string::String,
        fork: bool,
        url: ::std::string::String,
        archive_url: ::std::string::String,
        assignees_url: ::std::string::String,
        blobs_url: ::std::string::String,
        branches_url: ::std::string::String,
        collaborators_url: ::std::string::String,
        comments_url: ::std::string::String,
        commits_url: ::std::string::String,
        compare_url: ::std::string::String,
        contents_url: ::std::string::String,
        contributors_url: ::std::string::String,
        deployments_url: ::std::string::String,
        downloads_url: ::std::string::String,
        events_url: ::std::string::String,
        forks_url: ::std::string::String,
        git_commits_url: ::std::string::String,
        git_refs_url: ::std::string::String,
        git_tags_url: ::std::string::String,
        issue_comment_url: ::std::string::String,
        issue_events_url: ::std::string::String,
        issues_url: ::std::string::String,
        keys_url: ::std::string::String,
        labels_url: ::std::string::String,
        languages_url: ::std::string::String,
        merges_url: ::std::string::String,
        milestones_url: ::std::string::String,
        notifications_url: ::std::string::String,
        pulls_url: ::std::string::String,
        releases_url: ::std::string::String,
        stargazers_url: ::std::string::String,
        statuses_url: ::std::string::String,
        subscribers_url: ::std::string::String,
        subscription_url: ::std::string::String,
        tags_url: ::std::string::String,
        teams_url: ::std::string::String,
        trees_url: ::std::string::String,
        hooks_url: ::std::string::String,
    ) -> Self {
        Self {
            id,
            node_id,
            name,
            full_name,
            owner,
            private,
            html_url,
            description: ::std::default::Default::default(),
            fork,
            url,
            archive_url,
            assignees_url,
            blobs_url,
            branches_url,
            collaborators_url,
            comments_url,
            commits_url,
            compare_url,
            contents_url,
            contributors_url,
            deployments_url,
            downloads_url,
            events_url,
            forks_url,
            git_commits_url,
            git_refs_url,
            git_tags_url,
            git_url: ::std::default::Default::default(),
            issue_comment_url,
            issue_events_url,
            issues_url,
            keys_url,
            labels_url,
            languages_url,
            merges_url,
            milestones_url,
            notifications_url,
            pulls_url,
            releases_url,
            ssh_url: ::std::default::Default::default(),
            stargazers_url,
            statuses_url,
            subscribers_url,
            subscription_url,
            tags_url,
            teams_url,
            trees_url,
            clone_url: ::std::default::Default::default(),
            mirror_url: ::std::default::Default::default(),
            hooks_url,
            svn_url: ::std::default::Default::default(),
            homepage: ::std::default::Default::default(),
            language: ::std::default::Default::default(),
            forks_count: ::std::default::Default::default(),
            stargazers_count: ::std::default::Default::default(),
            watchers_count: ::std::default::Default::default(),
            size: ::std::default::Default::default(),
            default_branch: ::std::default::Default::default(),
            open_issues_count: ::std::default::Default::default(),
            is_template: ::std::default::Default::default(),
            topics: ::std::default::Default::default(),
            has_issues: ::std::default::Default::default(),
            has_projects: ::std::default::Default::default(),
            has_wiki: ::std::default::Default::default(),
            has_pages: ::std::default::Default::default(),
            has_downloads: ::std::default::Default::default(),
            has_discussions: ::std::default::Default::default(),
            archived: ::std::default::Default::default(),
            disabled: ::std::default::Default::default(),
            visibility: ::std::default::Default::default(),
            pushed_at: ::std::default::Default::default(),
            created_at: ::std::default::Default::default(),
            updated_at: ::std::default::Default::default(),
            permissions: ::std::default::Default::default(),
            role_name: ::std::default::Default::default(),
            temp_clone_token: ::std::default::Default::default(),
            delete_branch_on_merge: ::std::default::Default::default(),
            subscribers_count: ::std::default::Default::default(),
            network_count: ::std::default::Default::default(),
            code_of_conduct: ::std::default::Default::default(),
            license: ::std::default::Default::default(),
            forks: ::std::default::Default::default(),
            open_issues: ::std::default::Default::default(),
            watchers: ::std::default::Default::default(),
            allow_forking: ::std::default::Default::default(),
            web_commit_signoff_required: ::std::default::Default::default(),
            security_and_analysis: ::std::default::Default::default(),
            custom_properties: ::std::default::Default::default(),
        }
    }
}
#[cfg(any(feature = "actions", feature = "repos", feature = "search"))]
impl<'de> ::serde::Deserialize<'de> for MinimalRepository {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        d: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct V;
        impl super::runtime::StructFields for V {
            const FIELDS: &'static [&'static str] = &[
                "id",
                "node_id",
                "name",
                "full_name",
                "owner",
                "private",
                "html_url",
                "description",
                "fork",
                "url",
                "archive_url",
                "assignees_url",
                "blobs_url",
                "branches_url",
                "collaborators_url",
                "comments_url",
                "commits_url",
                "compare_url",
                "contents_url",
                "contributors_url",
                "deployments_url",
                "downloads_url",
                "events_url",
                "forks_url",
                "git_commits_url",
                "git_refs_url",
                "git_tags_url",
                "git_url",
                "issue_comment_url",
                "issue_events_url",
                "issues_url",
                "keys_url",
                "labels_url",
                "languages_url",
                "merges_url",
                "milestones_url",
                "notifications_url",
                "pulls_url",
                "releases_url",
                "ssh_url",
                "stargazers_url",
                "statuses_url",
                "subscribers_url",
                "subscription_url",
                "tags_url",
                "teams_url",
                "trees_url",
                "clone_url",
                "mirror_url",
                "hooks_url",
                "svn_url",
                "homepage",
                "language",
                "forks_count",
                "stargazers_count",
                "watchers_count",
                "size",
                "default_branch",
                "open_issues_count",
                "is_template",
                "topics",
                "has_issues",
                "has_projects",
                "has_wiki",
                "has_pages",
                "has_downloads",
                "has_discussions",
                "archived",
                "disabled",
                "visibility",
                "pushed_at",
                "created_at",
                "updated_at",
                "permissions",
                "role_name",
                "temp_clone_token",
                "delete_branch_on_merge",
                "subscribers_count",
                "network_count",
                "code_of_conduct",
                "license",
                "forks",
                "open_issues",
                "watchers",
                "allow_forking",
                "web_commit_signoff_required",
                "security_and_analysis",
                "custom_properties",
            ];
        }
        impl<'de> ::serde::de::Visitor<'de> for V {
            type Value = MinimalRepository;
            fn expecting(
                &self,
                f: &mut ::std::fmt::Formatter<'_>,
            ) -> ::std::fmt::Result {
                f.write_str("a MinimalRepository object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<Self::Value, A::Error> {
                let mut f0: ::std::option::Option<i64> = None;
                let mut f1: ::std::option::Option<::std::string::String> = None;
                let mut f2: ::std::option::Option<::std::string::String> = None;
                let mut f3: ::std::option::Option<::std::string::String> = None;
                let mut f4: ::std::option::Option<SimpleUser> = None;
                let mut f5: ::std::option::Option<bool> = None;
                let mut f6: ::std::option::Option<::std::string::String> = None;
                let mut f7: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f8: ::std::option::Option<bool> = None;
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
                let mut f27: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
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
                let mut f38: ::std::option::Option<::std::string::String> = None;
                let mut f39: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f40: ::std::option::Option<::std::string::String> = None;
                let mut f41: ::std::option::Option<::std::string::String> = None;
                let mut f42: ::std::option::Option<::std::string::String> = None;
                let mut f43: ::std::option::Option<::std::string::String> = None;
                let mut f44: ::std::option::Option<::std::string::String> = None;
                let mut f45: ::std::option::Option<::std::string::String> = None;
                let mut f46: ::std::option::Option<::std::string::String> = None;
                let mut f47: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f48: ::std::option::Option<
                    ::std::option::Option<::std::option::Option<::std::string::String>>,
                > = None;
                let mut f49: ::std::option::Option<::std::string::String> = None;
                let mut f50: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f51: ::std::option::Option<
                    ::std::option::Option<::std::option::Option<::std::string::String>>,
                > = None;
                let mut f52: ::std::option::Option<
                    ::std::option::Option<::std::option::Option<::std::string::String>>,
                > = None;
                let mut f53: ::std::option::Option<::std::option::Option<i64>> = None;
                let mut f54: ::std::option::Option<::std::option::Option<i64>> = None;
                let mut f55: ::std::option::Option<::std::option::Option<i64>> = None;
                let mut f56: ::std::option::Option<::std::option::Option<i64>> = None;
                let mut f57: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f58: ::std::option::Option<::std::option::Option<i64>> = None;
                let mut f59: ::std::option::Option<::std::option::Option<bool>> = None;
                let mut f60: ::std::option::Option<
                    ::std::option::Option<::std::vec::Vec<::std::string::String>>,
                > = None;
                let mut f61: ::std::option::Option<::std::option::Option<bool>> = None;
                let mut f62: ::std::option::Option<::std::option::Option<bool>> = None;
                let mut f63: ::std::option::Option<::std::option::Option<bool>> = None;
                let mut f64: ::std::option::Option<::std::option::Option<bool>> = None;
                let mut f65: ::std::option::Option<::std::option::Option<bool>> = None;
                let mut f66: ::std::option::Option<::std::option::Option<bool>> = None;
                let mut f67: ::std::option::Option<::std::option::Option<bool>> = None;
                let mut f68: ::std::option::Option<::std::option::Option<bool>> = None;
                let mut f69: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f70: ::std::option::Option<
                    ::std::option::Option<::std::option::Option<::std::string::String>>,
                > = None;
                let mut f71: ::std::option::Option<
                    ::std::option::Option<::std::option::Option<::std::string::String>>,
                > = None;
                let mut f72: ::std::option::Option<
                    ::std::option::Option<::std::option::Option<::std::string::String>>,
                > = None;
                let mut f73: ::std::option::Option<
                    ::std::option::Option<MinimalRepositoryPermissions>,
                > = None;
                let mut f74: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f75: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f76: ::std::option::Option<::std::option::Option<bool>> = None;
                let mut f77: ::std::option::Option<::std::option::Option<i64>> = None;
                let mut f78: ::std::option::Option<::std::option::Option<i64>> = None;
                let mut f79: ::std::option::Option<
                    ::std::option::Option<CodeOfConduct>,
                > = None;
                let mut f80: ::std::option::Option<
                    ::std::option::Option<
                        ::std::option::Option<MinimalRepositoryLicense>,
                    >,
                > = None;
                let mut f81: ::std::option::Option<::std::option::Option<i64>> = None;
                let mut f82: ::std::option::Option<::std::option::Option<i64>> = None;
                let mut f83: ::std::option::Option<::std::option::Option<i64>> = None;
                let mut f84: ::std::option::Option<::std::option::Option<bool>> = None;
                let mut f85: ::std::option::Option<::std::option::Option<bool>> = None;
                let mut f86: ::std::option::Option<
                    ::std::option::Option<::std::option::Option<SecurityAndAnalysis>>,
                > = None;
                let mut f87: ::std::option::Option<
                    ::std::option::Option<
                        ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                    >,
                > = None;
                let mut expect = 0usize;
                while let Some(i) = map
                    .next_key_seed(super::runtime::FieldIndex::<V>::new(expect))?
                {
                    expect = i + 1;
                    match i {
                        0 => super::runtime::read_field(&mut f0, &mut map, "id")?,
                        1 => super::runtime::read_field(&mut f1, &mut map, "node_id")?,
                        2 => super::runtime::read_field(&mut f2, &mut map, "name")?,
                        3 => super::runtime::read_field(&mut f3, &mut map, "full_name")?,
                        4 => super::runtime::read_field(&mut f4, &mut map, "owner")?,
                        5 => super::runtime::read_field(&mut f5, &mut map, "private")?,
                        6 => super::runtime::read_field(&mut f6, &mut map, "html_url")?,
                        7 => {
                            super::runtime::read_field(&mut f7, &mut map, "description")?
                        }
                        8 => super::runtime::read_field(&mut f8, &mut map, "fork")?,
                        9 => super::runtime::read_field(&mut f9, &mut map, "url")?,
                        10 => {
                            super::runtime::read_field(
                                &mut f10,
                                &mut map,
                                "archive_url",
                            )?
                        }
                        11 => {
                            super::runtime::read_field(
                                &mut f11,
                                &mut map,
                                "assignees_url",
                            )?
                        }
                        12 => {
                            super::runtime::read_field(&mut f12, &mut map, "blobs_url")?
                        }
                        13 => {
                            super::runtime::read_field(
                                &mut f13,
                                &mut map,
                                "branches_url",
                            )?
                        }
                        14 => {
                            super::runtime::read_field(
                                &mut f14,
                                &mut map,
                                "collaborators_url",
                            )?
                        }
                        15 => {
                            super::runtime::read_field(
                                &mut f15,
                                &mut map,
                                "comments_url",
                            )?
                        }
                        16 => {
                            super::runtime::read_field(
                                &mut f16,
                                &mut map,
                                "commits_url",
                            )?
                        }
                        17 => {
                            super::runtime::read_field(
                                &mut f17,
                                &mut map,
                                "compare_url",
                            )?
                        }
                        18 => {
                            super::runtime::read_field(
                                &mut f18,
                                &mut map,
                                "contents_url",
                            )?
                        }
                        19 => {
                            super::runtime::read_field(
                                &mut f19,
                                &mut map,
                                "contributors_url",
                            )?
                        }
                        20 => {
                            super::runtime::read_field(
                                &mut f20,
                                &mut map,
                                "deployments_url",
                            )?
                        }
                        21 => {
                            super::runtime::read_field(
                                &mut f21,
                                &mut map,
                                "downloads_url",
                            )?
                        }
                        22 => {
                            super::runtime::read_field(&mut f22, &mut map, "events_url")?
                        }
                        23 => {
                            super::runtime::read_field(&mut f23, &mut map, "forks_url")?
                        }
                        24 => {
                            super::runtime::read_field(
                                &mut f24,
                                &mut map,
                                "git_commits_url",
                            )?
                        }
                        25 => {
                            super::runtime::read_field(
                                &mut f25,
                                &mut map,
                                "git_refs_url",
                            )?
                        }
                        26 => {
                            super::runtime::read_field(
                                &mut f26,
                                &mut map,
                                "git_tags_url",
                            )?
                        }
                        27 => super::runtime::read_field(&mut f27, &mut map, "git_url")?,
                        28 => {
                            super::runtime::read_field(
                                &mut f28,
                                &mut map,
                                "issue_comment_url",
                            )?
                        }
                        29 => {
                            super::runtime::read_field(
                                &mut f29,
                                &mut map,
                                "issue_events_url",
                            )?
                        }
                        30 => {
                            super::runtime::read_field(&mut f30, &mut map, "issues_url")?
                        }
                        31 => super::runtime::read_field(&mut f31, &mut map, "keys_url")?,
                        32 => {
                            super::runtime::read_field(&mut f32, &mut map, "labels_url")?
                        }
                        33 => {
                            super::runtime::read_field(
                                &mut f33,
                                &mut map,
                                "languages_url",
                            )?
                        }
                        34 => {
                            super::runtime::read_field(&mut f34, &mut map, "merges_url")?
                        }
                        35 => {
                            super::runtime::read_field(
                                &mut f35,
                                &mut map,
                                "milestones_url",
                            )?
                        }
                        36 => {
                            super::runtime::read_field(
                                &mut f36,
                                &mut map,
                                "notifications_url",
                            )?
                        }
                        37 => {
                            super::runtime::read_field(&mut f37, &mut map, "pulls_url")?
                        }
                        38 => {
                            super::runtime::read_field(
                                &mut f38,
                                &mut map,
                                "releases_url",
                            )?
                        }
                        39 => super::runtime::read_field(&mut f39, &mut map, "ssh_url")?,
                        40 => {
                            super::runtime::read_field(
                                &mut f40,
                                &mut map,
                                "stargazers_url",
                            )?
                        }
                        41 => {
                            super::runtime::read_field(
                                &mut f41,
                                &mut map,
                                "statuses_url",
                            )?
                        }
                        42 => {
                            super::runtime::read_field(
                                &mut f42,
                                &mut map,
                                "subscribers_url",
                            )?
                        }
                        43 => {
                            super::runtime::read_field(
                                &mut f43,
                                &mut map,
                                "subscription_url",
                            )?
                        }
                        44 => super::runtime::read_field(&mut f44, &mut map, "tags_url")?,
                        45 => {
                            super::runtime::read_field(&mut f45, &mut map, "teams_url")?
                        }
                        46 => {
                            super::runtime::read_field(&mut f46, &mut map, "trees_url")?
                        }
                        47 => {
                            super::runtime::read_field(&mut f47, &mut map, "clone_url")?
                        }
                        48 => {
                            super::runtime::read_field(&mut f48, &mut map, "mirror_url")?
                        }
                        49 => {
                            super::runtime::read_field(&mut f49, &mut map, "hooks_url")?
                        }
                        50 => super::runtime::read_field(&mut f50, &mut map, "svn_url")?,
                        51 => super::runtime::read_field(&mut f51, &mut map, "homepage")?,
                        52 => super::runtime::read_field(&mut f52, &mut map, "language")?,
                        53 => {
                            super::runtime::read_field(
                                &mut f53,
                                &mut map,
                                "forks_count",
                            )?
                        }
                        54 => {
                            super::runtime::read_field(
                                &mut f54,
                                &mut map,
                                "stargazers_count",
                            )?
                        }
                        55 => {
                            super::runtime::read_field(
                                &mut f55,
                                &mut map,
                                "watchers_count",
                            )?
                        }
                        56 => super::runtime::read_field(&mut f56, &mut map, "size")?,
                        57 => {
                            super::runtime::read_field(
                                &mut f57,
                                &mut map,
                                "default_branch",
                            )?
                        }
                        58 => {
                            super::runtime::read_field(
                                &mut f58,
                                &mut map,
                                "open_issues_count",
                            )?
                        }
                        59 => {
                            super::runtime::read_field(
                                &mut f59,
                                &mut map,
                                "is_template",
                            )?
                        }
                        60 => super::runtime::read_field(&mut f60, &mut map, "topics")?,
                        61 => {
                            super::runtime::read_field(&mut f61, &mut map, "has_issues")?
                        }
                        62 => {
                            super::runtime::read_field(
                                &mut f62,
                                &mut map,
                                "has_projects",
                            )?
                        }
                        63 => super::runtime::read_field(&mut f63, &mut map, "has_wiki")?,
                        64 => {
                            super::runtime::read_field(&mut f64, &mut map, "has_pages")?
                        }
                        65 => {
                            super::runtime::read_field(
                                &mut f65,
                                &mut map,
                                "has_downloads",
                            )?
                        }
                        66 => {
                            super::runtime::read_field(
                                &mut f66,
                                &mut map,
                                "has_discussions",
                            )?
                        }
                        67 => super::runtime::read_field(&mut f67, &mut map, "archived")?,
                        68 => super::runtime::read_field(&mut f68, &mut map, "disabled")?,
                        69 => {
                            super::runtime::read_field(&mut f69, &mut map, "visibility")?
                        }
                        70 => {
                            super::runtime::read_field(&mut f70, &mut map, "pushed_at")?
                        }
                        71 => {
                            super::runtime::read_field(&mut f71, &mut map, "created_at")?
                        }
                        72 => {
                            super::runtime::read_field(&mut f72, &mut map, "updated_at")?
                        }
                        73 => {
                            super::runtime::read_field(
                                &mut f73,
                                &mut map,
                                "permissions",
                            )?
                        }
                        74 => {
                            super::runtime::read_field(&mut f74, &mut map, "role_name")?
                        }
                        75 => {
                            super::runtime::read_field(
                                &mut f75,
                                &mut map,
                                "temp_clone_token",
                            )?
                        }
                        76 => {
                            super::runtime::read_field(
                                &mut f76,
                                &mut map,
                                "delete_branch_on_merge",
                            )?
                        }
                        77 => {
                            super::runtime::read_field(
                                &mut f77,
                                &mut map,
                                "subscribers_count",
                            )?
                        }
                        78 => {
                            super::runtime::read_field(
                                &mut f78,
                                &mut map,
                                "network_count",
                            )?
                        }
                        79 => {
                            super::runtime::read_field(
                                &mut f79,
                                &mut map,
                                "code_of_conduct",
                            )?
                        }
                        80 => super::runtime::read_field(&mut f80, &mut map, "license")?,
                        81 => super::runtime::read_field(&mut f81, &mut map, "forks")?,
                        82 => {
                            super::runtime::read_field(
                                &mut f82,
                                &mut map,
                                "open_issues",
                            )?
                        }
                        83 => super::runtime::read_field(&mut f83, &mut map, "watchers")?,
                        84 => {
                            super::runtime::read_field(
                                &mut f84,
                                &mut map,
                                "allow_forking",
                            )?
                        }
                        85 => {
                            super::runtime::read_field(
                                &mut f85,
                                &mut map,
                                "web_commit_signoff_required",
                            )?
                        }
                        86 => {
                            super::runtime::read_field(
                                &mut f86,
                                &mut map,
                                "security_and_analysis",
                            )?
                        }
                        87 => {
                            super::runtime::read_field(
                                &mut f87,
                                &mut map,
                                "custom_properties",
                            )?
                        }
                        _ => {
                            map.next_value::<::serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(MinimalRepository {
                    id: f0
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "id",
                        ))?,
                    node_id: f1
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "node_id",
                        ))?,
                    name: f2
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "name",
                        ))?,
                    full_name: f3
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "full_name",
                        ))?,
                    owner: f4
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "owner",
                        ))?,
                    private: f5
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "private",
                        ))?,
                    html_url: f6
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "html_url",
                        ))?,
                    description: f7.flatten(),
                    fork: f8
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "fork",
                        ))?,
                    url: f9
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "url",
                        ))?,
                    archive_url: f10
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "archive_url",
                        ))?,
                    assignees_url: f11
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "assignees_url",
                        ))?,
                    blobs_url: f12
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "blobs_url",
                        ))?,
                    branches_url: f13
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "branches_url",
                        ))?,
                    collaborators_url: f14
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "collaborators_url",
                        ))?,
                    comments_url: f15
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "comments_url",
                        ))?,
                    commits_url: f16
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "commits_url",
                        ))?,
                    compare_url: f17
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "compare_url",
                        ))?,
                    contents_url: f18
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "contents_url",
                        ))?,
                    contributors_url: f19
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "contributors_url",
                        ))?,
                    deployments_url: f20
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "deployments_url",
                        ))?,
                    downloads_url: f21
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "downloads_url",
                        ))?,
                    events_url: f22
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "events_url",
                        ))?,
                    forks_url: f23
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "forks_url",
                        ))?,
                    git_commits_url: f24
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "git_commits_url",
                        ))?,
                    git_refs_url: f25
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "git_refs_url",
                        ))?,
                    git_tags_url: f26
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "git_tags_url",
                        ))?,
                    git_url: f27.flatten(),
                    issue_comment_url: f28
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "issue_comment_url",
                        ))?,
                    issue_events_url: f29
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "issue_events_url",
                        ))?,
                    issues_url: f30
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "issues_url",
                        ))?,
                    keys_url: f31
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "keys_url",
                        ))?,
                    labels_url: f32
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "labels_url",
                        ))?,
                    languages_url: f33
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "languages_url",
                        ))?,
                    merges_url: f34
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "merges_url",
                        ))?,
                    milestones_url: f35
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "milestones_url",
                        ))?,
                    notifications_url: f36
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "notifications_url",
                        ))?,
                    pulls_url: f37
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "pulls_url",
                        ))?,
                    releases_url: f38
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "releases_url",
                        ))?,
                    ssh_url: f39.flatten(),
                    stargazers_url: f40
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "stargazers_url",
                        ))?,
                    statuses_url: f41
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "statuses_url",
                        ))?,
                    subscribers_url: f42
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "subscribers_url",
                        ))?,
                    subscription_url: f43
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "subscription_url",
                        ))?,
                    tags_url: f44
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "tags_url",
                        ))?,
                    teams_url: f45
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "teams_url",
                        ))?,
                    trees_url: f46
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "trees_url",
                        ))?,
                    clone_url: f47.flatten(),
                    mirror_url: f48.map(::std::option::Option::flatten),
                    hooks_url: f49
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "hooks_url",
                        ))?,
                    svn_url: f50.flatten(),
                    homepage: f51.map(::std::option::Option::flatten),
                    language: f52.map(::std::option::Option::flatten),
                    forks_count: f53.flatten(),
                    stargazers_count: f54.flatten(),
                    watchers_count: f55.flatten(),
                    size: f56.flatten(),
                    default_branch: f57.flatten(),
                    open_issues_count: f58.flatten(),
                    is_template: f59.flatten(),
                    topics: f60.flatten(),
                    has_issues: f61.flatten(),
                    has_projects: f62.flatten(),
                    has_wiki: f63.flatten(),
                    has_pages: f64.flatten(),
                    has_downloads: f65.flatten(),
                    has_discussions: f66.flatten(),
                    archived: f67.flatten(),
                    disabled: f68.flatten(),
                    visibility: f69.flatten(),
                    pushed_at: f70.map(::std::option::Option::flatten),
                    created_at: f71.map(::std::option::Option::flatten),
                    updated_at: f72.map(::std::option::Option::flatten),
                    permissions: f73.flatten(),
                    role_name: f74.flatten(),
                    temp_clone_token: f75.flatten(),
                    delete_branch_on_merge: f76.flatten(),
                    subscribers_count: f77.flatten(),
                    network_count: f78.flatten(),
                    code_of_conduct: f79.flatten(),
                    license: f80.map(::std::option::Option::flatten),
                    forks: f81.flatten(),
                    open_issues: f82.flatten(),
                    watchers: f83.flatten(),
                    allow_forking: f84.flatten(),
                    web_commit_signoff_required: f85.flatten(),
                    security_and_analysis: f86.map(::std::option::Option::flatten),
                    custom_properties: f87.flatten(),
                })
            }
        }
        d.deserialize_map(V)
    }
}
#[cfg(any(feature = "actions", feature = "repos", feature = "search"))]
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, Default)]
pub struct MinimalRepositoryPermissions {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub admin: ::std::option::Option<bool>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub maintain: ::std::option::Option<bool>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub push: ::std::option::Option<bool>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub triage: ::std::option::Option<bool>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub pull: ::std::option::Option<bool>,
}
#[cfg(any(feature = "actions", feature = "repos", feature = "search"))]
impl<'de> ::serde::Deserialize<'de> for MinimalRepositoryPermissions {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        d: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct V;
        impl super::runtime::StructFields for V {
            const FIELDS: &'static [&'static str] = &[
                "admin",
                "maintain",
                "push",
                "triage",
                "pull",
            ];
        }
        impl<'de> ::serde::de::Visitor<'de> for V {
            type Value = MinimalRepositoryPermissions;
            fn expecting(
                &self,
                f: &mut ::std::fmt::Formatter<'_>,
            ) -> ::std::fmt::Result {
                f.write_str("a MinimalRepositoryPermissions object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<Self::Value, A::Error> {
                let mut f0: ::std::option::Option<::std::option::Option<bool>> = None;
                let mut f1: ::std::option::Option<::std::option::Option<bool>> = None;
                let mut f2: ::std::option::Option<::std::option::Option<bool>> = None;
                let mut f3: ::std::option::Option<::std::option::Option<bool>> = None;
                let mut f4: ::std::option::Option<::std::option::Option<bool>> = None;
                let mut expect = 0usize;
                while let Some(i) = map
                    .next_key_seed(super::runtime::FieldIndex::<V>::new(expect))?
                {
                    expect = i + 1;
                    match i {
                        0 => super::runtime::read_field(&mut f0, &mut map, "admin")?,
                        1 => super::runtime::read_field(&mut f1, &mut map, "maintain")?,
                        2 => super::runtime::read_field(&mut f2, &mut map, "push")?,
                        3 => super::runtime::read_field(&mut f3, &mut map, "triage")?,
                        4 => super::runtime::read_field(&mut f4, &mut map, "pull")?,
                        _ => {
                            map.next_value::<::serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(MinimalRepositoryPermissions {
                    admin: f0.flatten(),
                    maintain: f1.flatten(),
                    push: f2.flatten(),
                    triage: f3.flatten(),
                    pull: f4.flatten(),
                })
            }
        }
        d.deserialize_map(V)
    }
}
#[cfg(any(feature = "actions", feature = "repos", feature = "search"))]
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, Default)]
pub struct MinimalRepositoryLicense {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub key: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub spdx_id: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub url: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub node_id: ::std::option::Option<::std::string::String>,
}
#[cfg(any(feature = "actions", feature = "repos", feature = "search"))]
impl<'de> ::serde::Deserialize<'de> for MinimalRepositoryLicense {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        d: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct V;
        impl super::runtime::StructFields for V {
            const FIELDS: &'static [&'static str] = &[
                "key",
                "name",
                "spdx_id",
                "url",
                "node_id",
            ];
        }
        impl<'de> ::serde::de::Visitor<'de> for V {
            type Value = MinimalRepositoryLicense;
            fn expecting(
                &self,
                f: &mut ::std::fmt::Formatter<'_>,
            ) -> ::std::fmt::Result {
                f.write_str("a MinimalRepositoryLicense object")
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
                let mut expect = 0usize;
                while let Some(i) = map
                    .next_key_seed(super::runtime::FieldIndex::<V>::new(expect))?
                {
                    expect = i + 1;
                    match i {
                        0 => super::runtime::read_field(&mut f0, &mut map, "key")?,
                        1 => super::runtime::read_field(&mut f1, &mut map, "name")?,
                        2 => super::runtime::read_field(&mut f2, &mut map, "spdx_id")?,
                        3 => super::runtime::read_field(&mut f3, &mut map, "url")?,
                        4 => super::runtime::read_field(&mut f4, &mut map, "node_id")?,
                        _ => {
                            map.next_value::<::serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(MinimalRepositoryLicense {
                    key: f0.flatten(),
                    name: f1.flatten(),
                    spdx_id: f2.flatten(),
                    url: f3.flatten(),
                    node_id: f4.flatten(),
                })
            }
        }
        d.deserialize_map(V)
    }
}
#[cfg(any(feature = "repos"))]
/// Repository
///
/// A repository on GitHub.
pub type NullableRepository = Repository;
#[cfg(any(feature = "repos"))]
/// Code Of Conduct Simple
///
/// Code of Conduct Simple
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct CodeOfConductSimple {
    pub url: ::std::string::String,
    pub key: ::std::string::String,
    pub name: ::std::string::String,
    pub html_url: ::std::option::Option<::std::string::String>,
}
#[cfg(any(feature = "repos"))]
impl CodeOfConductSimple {
    /// A value with the required fields given and every optional one absent (set those
    /// afterwards: `value.field = Some(..)`).
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        url: ::std::string::String,
        key: ::std::string::String,
        name: ::std::string::String,
    ) -> Self {
        Self {
            url,
            key,
            name,
            html_url: ::std::default::Default::default(),
        }
    }
}
#[cfg(any(feature = "repos"))]
impl<'de> ::serde::Deserialize<'de> for CodeOfConductSimple {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        d: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct V;
        impl super::runtime::StructFields for V {
            const FIELDS: &'static [&'static str] = &["url", "key", "name", "html_url"];
        }
        impl<'de> ::serde::de::Visitor<'de> for V {
            type Value = CodeOfConductSimple;
            fn expecting(
                &self,
                f: &mut ::std::fmt::Formatter<'_>,
            ) -> ::std::fmt::Result {
                f.write_str("a CodeOfConductSimple object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<Self::Value, A::Error> {
                let mut f0: ::std::option::Option<::std::string::String> = None;
                let mut f1: ::std::option::Option<::std::string::String> = None;
                let mut f2: ::std::option::Option<::std::string::String> = None;
                let mut f3: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut expect = 0usize;
                while let Some(i) = map
                    .next_key_seed(super::runtime::FieldIndex::<V>::new(expect))?
                {
                    expect = i + 1;
                    match i {
                        0 => super::runtime::read_field(&mut f0, &mut map, "url")?,
                        1 => super::runtime::read_field(&mut f1, &mut map, "key")?,
                        2 => super::runtime::read_field(&mut f2, &mut map, "name")?,
                        3 => super::runtime::read_field(&mut f3, &mut map, "html_url")?,
                        _ => {
                            map.next_value::<::serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(CodeOfConductSimple {
                    url: f0
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "url",
                        ))?,
                    key: f1
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "key",
                        ))?,
                    name: f2
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "name",
                        ))?,
                    html_url: f3.flatten(),
                })
            }
        }
        d.deserialize_map(V)
    }
}
#[cfg(any(feature = "repos"))]
/// Full Repository
///
/// Full Repository
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct FullRepository {
    pub id: i64,
    pub node_id: ::std::string::String,
    pub name: ::std::string::String,
    pub full_name: ::std::string::String,
    /// A GitHub user.
    pub owner: SimpleUser,
    pub private: bool,
    pub html_url: ::std::string::String,
    pub description: ::std::option::Option<::std::string::String>,
    pub fork: bool,
    pub url: ::std::string::String,
    pub archive_url: ::std::string::String,
    pub assignees_url: ::std::string::String,
    pub blobs_url: ::std::string::String,
    pub branches_url: ::std::string::String,
    pub collaborators_url: ::std::string::String,
    pub comments_url: ::std::string::String,
    pub commits_url: ::std::string::String,
    pub compare_url: ::std::string::String,
    pub contents_url: ::std::string::String,
    pub contributors_url: ::std::string::String,
    pub deployments_url: ::std::string::String,
    pub downloads_url: ::std::string::String,
    pub events_url: ::std::string::String,
    pub forks_url: ::std::string::String,
    pub git_commits_url: ::std::string::String,
    pub git_refs_url: ::std::string::String,
    pub git_tags_url: ::std::string::String,
    pub git_url: ::std::string::String,
    pub issue_comment_url: ::std::string::String,
    pub issue_events_url: ::std::string::String,
    pub issues_url: ::std::string::String,
    pub keys_url: ::std::string::String,
    pub labels_url: ::std::string::String,
    pub languages_url: ::std::string::String,
    pub merges_url: ::std::string::String,
    pub milestones_url: ::std::string::String,
    pub notifications_url: ::std::string::String,
    pub pulls_url: ::std::string::String,
    pub releases_url: ::std::string::String,
    pub ssh_url: ::std::string::String,
    pub stargazers_url: ::std::string::String,
    pub statuses_url: ::std::string::String,
    pub subscribers_url: ::std::string::String,
    pub subscription_url: ::std::string::String,
    pub tags_url: ::std::string::String,
    pub teams_url: ::std::string::String,
    pub trees_url: ::std::string::String,
    pub clone_url: ::std::string::String,
    pub mirror_url: ::std::option::Option<::std::string::String>,
    pub hooks_url: ::std::string::String,
    pub svn_url: ::std::string::String,
    pub homepage: ::std::option::Option<::std::string::String>,
    pub language: ::std::option::Option<::std::string::String>,
    pub forks_count: i64,
    pub stargazers_count: i64,
    pub watchers_count: i64,
    /// The size of the repository, in kilobytes. Size is calculated hourly. When a repository is initially created, the size is 0.
    pub size: i64,
    pub default_branch: ::std::string::String,
    pub open_issues_count: i64,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub is_template: ::std::option::Option<bool>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub topics: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    pub has_issues: bool,
    pub has_projects: bool,
    pub has_wiki: bool,
    pub has_pages: bool,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub has_downloads: ::std::option::Option<bool>,
    pub has_discussions: bool,
    pub archived: bool,
    /// Returns whether or not this repository disabled.
    pub disabled: bool,
    /// The repository visibility: public, private, or internal.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub visibility: ::std::option::Option<::std::string::String>,
    pub pushed_at: ::std::string::String,
    pub created_at: ::std::string::String,
    pub updated_at: ::std::string::String,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub permissions: ::std::option::Option<FullRepositoryPermissions>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub allow_rebase_merge: ::std::option::Option<bool>,
    /// A repository on GitHub.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub template_repository: ::std::option::Option<
        ::std::option::Option<NullableRepository>,
    >,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub temp_clone_token: ::std::option::Option<
        ::std::option::Option<::std::string::String>,
    >,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub allow_squash_merge: ::std::option::Option<bool>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub allow_auto_merge: ::std::option::Option<bool>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub delete_branch_on_merge: ::std::option::Option<bool>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub allow_merge_commit: ::std::option::Option<bool>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub allow_update_branch: ::std::option::Option<bool>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub use_squash_pr_title_as_default: ::std::option::Option<bool>,
    /// The default value for a squash merge commit title:
    ///
    /// - `PR_TITLE` - default to the pull request's title.
    /// - `COMMIT_OR_PR_TITLE` - default to the commit's title (if only one commit) or the pull request's title (when more than one commit).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub squash_merge_commit_title: ::std::option::Option<
        FullRepositorySquashMergeCommitTitle,
    >,
    /// The default value for a squash merge commit message:
    ///
    /// - `PR_BODY` - default to the pull request's body.
    /// - `COMMIT_MESSAGES` - default to the branch's commit messages.
    /// - `BLANK` - default to a blank commit message.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub squash_merge_commit_message: ::std::option::Option<
        FullRepositorySquashMergeCommitMessage,
    >,
    /// The default value for a merge commit title.
    ///
    /// - `PR_TITLE` - default to the pull request's title.
    /// - `MERGE_MESSAGE` - default to the classic title for a merge message (e.g., Merge pull request #123 from branch-name).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub merge_commit_title: ::std::option::Option<FullRepositoryMergeCommitTitle>,
    /// The default value for a merge commit message.
    ///
    /// - `PR_TITLE` - default to the pull request's title.
    /// - `PR_BODY` - default to the pull request's body.
    /// - `BLANK` - default to a blank commit message.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub merge_commit_message: ::std::option::Option<FullRepositoryMergeCommitMessage>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub allow_forking: ::std::option::Option<bool>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub web_commit_signoff_required: ::std::option::Option<bool>,
    pub subscribers_count: i64,
    pub network_count: i64,
    /// License Simple
    pub license: ::std::option::Option<NullableLicenseSimple>,
    /// A GitHub user.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub organization: ::std::option::Option<::std::option::Option<NullableSimpleUser>>,
    /// A repository on GitHub.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub parent: ::std::option::Option<Repository>,
    /// A repository on GitHub.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub source: ::std::option::Option<Repository>,
    pub forks: i64,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub master_branch: ::std::option::Option<::std::string::String>,
    pub open_issues: i64,
    pub watchers: i64,
    /// Whether anonymous git access is allowed.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub anonymous_access_enabled: ::std::option::Option<bool>,
    /// Code of Conduct Simple
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub code_of_conduct: ::std::option::Option<CodeOfConductSimple>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub security_and_analysis: ::std::option::Option<
        ::std::option::Option<SecurityAndAnalysis>,
    >,
    /// The custom properties that were defined for the repository. The keys are the custom property names, and the values are the corresponding custom property values.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub custom_properties: ::std::option::Option<
        ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    >,
}
#[cfg(any(feature = "repos"))]
impl FullRepository {
    /// A value with the required fields given and every optional one absent (set those
    /// afterwards: `value.field = Some(..)`).
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        id: i64,
        node_id: ::std::string::String,
        name: ::std::string::String,
        full_name: ::std::string::String,
        owner: SimpleUser,
        private: bool,
        html_url: ::std::string::String,
        fork: bool,
        url: ::std::string::String,
        archive_url: ::std::string::String,
        assignees_url: ::std::string::String,
        blobs_url: ::std::string::String,
        branches_url: ::std::string::String,
        collaborators_url: ::std::string::String,
        comments_url: ::std::string::String,
        commits_url: ::std::string::String,
        compare_url: ::std::string::String,
        contents_url: ::std::string::String,
        contributors_url: ::std::string::String,
        deployments_url: ::std::string::String,
        downloads_url: ::std::string::String,
        events_url: ::std::string::String,
        forks_url: ::std::string::String,
        git_commits_url: ::std::string::String,
        git_refs_url: ::std::string::String,
        git_tags_url: ::std::string::String,
        git_url: ::std::string::String,
        issue_comment_url: ::std::string::String,
        issue_events_url: ::std::string::String,
        issues_url: ::std::string::String,
        keys_url: ::std::string::String,
        labels_url: ::std::string::String,
        languages_url: ::std::string::String,
        merges_url: ::std::string::String,
        milestones_url: ::std::string::String,
        notifications_url: ::std::string::String,
        pulls_url: ::std::string::String,
        releases_url: ::std::string::String,
        ssh_url: ::std::string::String,
        stargazers_url: ::std::string::String,
        statuses_url: ::std::string::String,
        subscribers_url: ::std::string::String,
        subscription_url: ::std::string::String,
        tags_url: ::std::string::String,
        teams_url: ::std::string::String,
        trees_url: ::std::string::String,
        clone_url: ::std::string::String,
        hooks_url: ::std::string::String,
        svn_url: ::std::string::String,
        forks_count: i64,
        stargazers_count: i64,
        watchers_count: i64,
        size: i64,
        default_branch: ::std::string::String,
        open_issues_count: i64,
        has_issues: bool,
        has_projects: bool,
        has_wiki: bool,
        has_pages: bool,
        has_discussions: bool,
        archived: bool,
        disabled: bool,
        pushed_at: ::std::string::String,
        created_at: ::std::string::String,
        updated_at: ::std::string::String,
        subscribers_count: i64,
        network_count: i64,
        forks: i64,
        open_issues: i64,
        watchers: i64,
    ) -> Self {
        Self {
            id,
            node_id,
            name,
            full_name,
            owner,
            private,
            html_url,
            description: ::std::default::Default::default(),
            fork,
            url,
            archive_url,
            assignees_url,
            blobs_url,
            branches_url,
            collaborators_url,
            comments_url,
            commits_url,
            compare_url,
            contents_url,
            contributors_url,
            deployments_url,
            downloads_url,
            events_url,
            forks_url,
            git_commits_url,
            git_refs_url,
            git_tags_url,
            git_url,
            issue_comment_url,
            issue_events_url,
            issues_url,
            keys_url,
            labels_url,
            languages_url,
            merges_url,
            milestones_url,
            notifications_url,
            pulls_url,
            releases_url,
            ssh_url,
            stargazers_url,
            statuses_url,
            subscribers_url,
            subscription_url,
            tags_url,
            teams_url,
            trees_url,
            clone_url,
            mirror_url: ::std::default::Default::default(),
            hooks_url,
            svn_url,
            homepage: ::std::default::Default::default(),
            language: ::std::default::Default::default(),
            forks_count,
            stargazers_count,
            watchers_count,
            size,
            default_branch,
            open_issues_count,
            is_template: ::std::default::Default::default(),
            topics: ::std::default::Default::default(),
            has_issues,
            has_projects,
            has_wiki,
            has_pages,
            has_downloads: ::std::default::Default::default(),
            has_discussions,
            archived,
            disabled,
            visibility: ::std::default::Default::default(),
            pushed_at,
            created_at,
            updated_at,
            permissions: ::std::default::Default::default(),
            allow_rebase_merge: ::std::default::Default::default(),
            template_repository: ::std::default::Default::default(),
            temp_clone_token: ::std::default::Default::default(),
            allow_squash_merge: ::std::default::Default::default(),
            allow_auto_merge: ::std::default::Default::default(),
            delete_branch_on_merge: ::std::default::Default::default(),
            allow_merge_commit: ::std::default::Default::default(),
            allow_update_branch: ::std::default::Default::default(),
            use_squash_pr_title_as_default: ::std::default::Default::default(),
            squash_merge_commit_title: ::std::default::Default::default(),
            squash_merge_commit_message: ::std::default::Default::default(),
            merge_commit_title: ::std::default::Default::default(),
            merge_commit_message: ::std::default::Default::default(),
            allow_forking: ::std::default::Default::default(),
            web_commit_signoff_required: ::std::default::Default::default(),
            subscribers_count,
            network_count,
            license: ::std::default::Default::default(),
            organization: ::std::default::Default::default(),
            parent: ::std::default::Default::default(),
            source: ::std::default::Default::default(),
            forks,
            master_branch: ::std::default::Default::default(),
            open_issues,
            watchers,
            anonymous_access_enabled: ::std::default::Default::default(),
            code_of_conduct: ::std::default::Default::default(),
            security_and_analysis: ::std::default::Default::default(),
            custom_properties: ::std::default::Default::default(),
        }
    }
}
#[cfg(any(feature = "repos"))]
impl<'de> ::serde::Deserialize<'de> for FullRepository {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        d: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct V;
        impl super::runtime::StructFields for V {
            const FIELDS: &'static [&'static str] = &[
                "id",
                "node_id",
                "name",
                "full_name",
                "owner",
                "private",
                "html_url",
                "description",
                "fork",
                "url",
                "archive_url",
                "assignees_url",
                "blobs_url",
                "branches_url",
                "collaborators_url",
                "comments_url",
                "commits_url",
                "compare_url",
                "contents_url",
                "contributors_url",
                "deployments_url",
                "downloads_url",
                "events_url",
                "forks_url",
                "git_commits_url",
                "git_refs_url",
                "git_tags_url",
                "git_url",
                "issue_comment_url",
                "issue_events_url",
                "issues_url",
                "keys_url",
                "labels_url",
                "languages_url",
                "merges_url",
                "milestones_url",
                "notifications_url",
                "pulls_url",
                "releases_url",
                "ssh_url",
                "stargazers_url",
                "statuses_url",
                "subscribers_url",
                "subscription_url",
                "tags_url",
                "teams_url",
                "trees_url",
                "clone_url",
                "mirror_url",
                "hooks_url",
                "svn_url",
                "homepage",
                "language",
                "forks_count",
                "stargazers_count",
                "watchers_count",
                "size",
                "default_branch",
                "open_issues_count",
                "is_template",
                "topics",
                "has_issues",
                "has_projects",
                "has_wiki",
                "has_pages",
                "has_downloads",
                "has_discussions",
                "archived",
                "disabled",
                "visibility",
                "pushed_at",
                "created_at",
                "updated_at",
                "permissions",
                "allow_rebase_merge",
                "template_repository",
                "temp_clone_token",
                "allow_squash_merge",
                "allow_auto_merge",
                "delete_branch_on_merge",
                "allow_merge_commit",
                "allow_update_branch",
                "use_squash_pr_title_as_default",
                "squash_merge_commit_title",
                "squash_merge_commit_message",
                "merge_commit_title",
                "merge_commit_message",
                "allow_forking",
                "web_commit_signoff_required",
                "subscribers_count",
                "network_count",
                "license",
                "organization",
                "parent",
                "source",
                "forks",
                "master_branch",
                "open_issues",
                "watchers",
                "anonymous_access_enabled",
                "code_of_conduct",
                "security_and_analysis",
                "custom_properties",
            ];
        }
        impl<'de> ::serde::de::Visitor<'de> for V {
            type Value = FullRepository;
            fn expecting(
                &self,
                f: &mut ::std::fmt::Formatter<'_>,
            ) -> ::std::fmt::Result {
                f.write_str("a FullRepository object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<Self::Value, A::Error> {
                let mut f0: ::std::option::Option<i64> = None;
                let mut f1: ::std::option::Option<::std::string::String> = None;
                let mut f2: ::std::option::Option<::std::string::String> = None;
                let mut f3: ::std::option::Option<::std::string::String> = None;
                let mut f4: ::std::option::Option<SimpleUser> = None;
                let mut f5: ::std::option::Option<bool> = None;
                let mut f6: ::std::option::Option<::std::string::String> = None;
                let mut f7: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f8: ::std::option::Option<bool> = None;
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
                let mut f38: ::std::option::Option<::std::string::String> = None;
                let mut f39: ::std::option::Option<::std::string::String> = None;
                let mut f40: ::std::option::Option<::std::string::String> = None;
                let mut f41: ::std::option::Option<::std::string::String> = None;
                let mut f42: ::std::option::Option<::std::string::String> = None;
                let mut f43: ::std::option::Option<::std::string::String> = None;
                let mut f44: ::std::option::Option<::std::string::String> = None;
                let mut f45: ::std::option::Option<::std::string::String> = None;
                let mut f46: ::std::option::Option<::std::string::String> = None;
                let mut f47: ::std::option::Option<::std::string::String> = None;
                let mut f48: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f49: ::std::option::Option<::std::string::String> = None;
                let mut f50: ::std::option::Option<::std::string::String> = None;
                let mut f51: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f52: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f53: ::std::option::Option<i64> = None;
                let mut f54: ::std::option::Option<i64> = None;
                let mut f55: ::std::option::Option<i64> = None;
                let mut f56: ::std::option::Option<i64> = None;
                let mut f57: ::std::option::Option<::std::string::String> = None;
                let mut f58: ::std::option::Option<i64> = None;
                let mut f59: ::std::option::Option<::std::option::Option<bool>> = None;
                let mut f60: ::std::option::Option<
                    ::std::option::Option<::std::vec::Vec<::std::string::String>>,
                > = None;
                let mut f61: ::std::option::Option<bool> = None;
                let mut f62: ::std::option::Option<bool> = None;
                let mut f63: ::std::option::Option<bool> = None;
                let mut f64: ::std::option::Option<bool> = None;
                let mut f65: ::std::option::Option<::std::option::Option<bool>> = None;
                let mut f66: ::std::option::Option<bool> = None;
                let mut f67: ::std::option::Option<bool> = None;
                let mut f68: ::std::option::Option<bool> = None;
                let mut f69: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f70: ::std::option::Option<::std::string::String> = None;
                let mut f71: ::std::option::Option<::std::string::String> = None;
                let mut f72: ::std::option::Option<::std::string::String> = None;
                let mut f73: ::std::option::Option<
                    ::std::option::Option<FullRepositoryPermissions>,
                > = None;
                let mut f74: ::std::option::Option<::std::option::Option<bool>> = None;
                let mut f75: ::std::option::Option<
                    ::std::option::Option<::std::option::Option<NullableRepository>>,
                > = None;
                let mut f76: ::std::option::Option<
                    ::std::option::Option<::std::option::Option<::std::string::String>>,
                > = None;
                let mut f77: ::std::option::Option<::std::option::Option<bool>> = None;
                let mut f78: ::std::option::Option<::std::option::Option<bool>> = None;
                let mut f79: ::std::option::Option<::std::option::Option<bool>> = None;
                let mut f80: ::std::option::Option<::std::option::Option<bool>> = None;
                let mut f81: ::std::option::Option<::std::option::Option<bool>> = None;
                let mut f82: ::std::option::Option<::std::option::Option<bool>> = None;
                let mut f83: ::std::option::Option<
                    ::std::option::Option<FullRepositorySquashMergeCommitTitle>,
                > = None;
                let mut f84: ::std::option::Option<
                    ::std::option::Option<FullRepositorySquashMergeCommitMessage>,
                > = None;
                let mut f85: ::std::option::Option<
                    ::std::option::Option<FullRepositoryMergeCommitTitle>,
                > = None;
                let mut f86: ::std::option::Option<
                    ::std::option::Option<FullRepositoryMergeCommitMessage>,
                > = None;
                let mut f87: ::std::option::Option<::std::option::Option<bool>> = None;
                let mut f88: ::std::option::Option<::std::option::Option<bool>> = None;
                let mut f89: ::std::option::Option<i64> = None;
                let mut f90: ::std::option::Option<i64> = None;
                let mut f91: ::std::option::Option<
                    ::std::option::Option<NullableLicenseSimple>,
                > = None;
                let mut f92: ::std::option::Option<
                    ::std::option::Option<::std::option::Option<NullableSimpleUser>>,
                > = None;
                let mut f93: ::std::option::Option<::std::option::Option<Repository>> = None;
                let mut f94: ::std::option::Option<::std::option::Option<Repository>> = None;
                let mut f95: ::std::option::Option<i64> = None;
                let mut f96: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f97: ::std::option::Option<i64> = None;
                let mut f98: ::std::option::Option<i64> = None;
                let mut f99: ::std::option::Option<::std::option::Option<bool>> = None;
                let mut f100: ::std::option::Option<
                    ::std::option::Option<CodeOfConductSimple>,
                > = None;
                let mut f101: ::std::option::Option<
                    ::std::option::Option<::std::option::Option<SecurityAndAnalysis>>,
                > = None;
                let mut f102: ::std::option::Option<
                    ::std::option::Option<
                        ::serde_json::Map<::std::string::String, ::serde_json::Value>,
                    >,
                > = None;
                let mut expect = 0usize;
                while let Some(i) = map
                    .next_key_seed(super::runtime::FieldIndex::<V>::new(expect))?
                {
                    expect = i + 1;
                    match i {
                        0 => super::runtime::read_field(&mut f0, &mut map, "id")?,
                        1 => super::runtime::read_field(&mut f1, &mut map, "node_id")?,
                        2 => super::runtime::read_field(&mut f2, &mut map, "name")?,
                        3 => super::runtime::read_field(&mut f3, &mut map, "full_name")?,
                        4 => super::runtime::read_field(&mut f4, &mut map, "owner")?,
                        5 => super::runtime::read_field(&mut f5, &mut map, "private")?,
                        6 => super::runtime::read_field(&mut f6, &mut map, "html_url")?,
                        7 => {
                            super::runtime::read_field(&mut f7, &mut map, "description")?
                        }
                        8 => super::runtime::read_field(&mut f8, &mut map, "fork")?,
                        9 => super::runtime::read_field(&mut f9, &mut map, "url")?,
                        10 => {
                            super::runtime::read_field(
                                &mut f10,
                                &mut map,
                                "archive_url",
                            )?
                        }
                        11 => {
                            super::runtime::read_field(
                                &mut f11,
                                &mut map,
                                "assignees_url",
                            )?
                        }
                        12 => {
                            super::runtime::read_field(&mut f12, &mut map, "blobs_url")?
                        }
                        13 => {
                            super::runtime::read_field(
                                &mut f13,
                                &mut map,
                                "branches_url",
                            )?
                        }
                        14 => {
                            super::runtime::read_field(
                                &mut f14,
                                &mut map,
                                "collaborators_url",
                            )?
                        }
                        15 => {
                            super::runtime::read_field(
                                &mut f15,
                                &mut map,
                                "comments_url",
                            )?
                        }
                        16 => {
                            super::runtime::read_field(
                                &mut f16,
                                &mut map,
                                "commits_url",
                            )?
                        }
                        17 => {
                            super::runtime::read_field(
                                &mut f17,
                                &mut map,
                                "compare_url",
                            )?
                        }
                        18 => {
                            super::runtime::read_field(
                                &mut f18,
                                &mut map,
                                "contents_url",
                            )?
                        }
                        19 => {
                            super::runtime::read_field(
                                &mut f19,
                                &mut map,
                                "contributors_url",
                            )?
                        }
                        20 => {
                            super::runtime::read_field(
                                &mut f20,
                                &mut map,
                                "deployments_url",
                            )?
                        }
                        21 => {
                            super::runtime::read_field(
                                &mut f21,
                                &mut map,
                                "downloads_url",
                            )?
                        }
                        22 => {
                            super::runtime::read_field(&mut f22, &mut map, "events_url")?
                        }
                        23 => {
                            super::runtime::read_field(&mut f23, &mut map, "forks_url")?
                        }
                        24 => {
                            super::runtime::read_field(
                                &mut f24,
                                &mut map,
                                "git_commits_url",
                            )?
                        }
                        25 => {
                            super::runtime::read_field(
                                &mut f25,
                                &mut map,
                                "git_refs_url",
                            )?
                        }
                        26 => {
                            super::runtime::read_field(
                                &mut f26,
                                &mut map,
                                "git_tags_url",
                            )?
                        }
                        27 => super::runtime::read_field(&mut f27, &mut map, "git_url")?,
                        28 => {
                            super::runtime::read_field(
                                &mut f28,
                                &mut map,
                                "issue_comment_url",
                            )?
                        }
                        29 => {
                            super::runtime::read_field(
                                &mut f29,
                                &mut map,
                                "issue_events_url",
                            )?
                        }
                        30 => {
                            super::runtime::read_field(&mut f30, &mut map, "issues_url")?
                        }
                        31 => super::runtime::read_field(&mut f31, &mut map, "keys_url")?,
                        32 => {
                            super::runtime::read_field(&mut f32, &mut map, "labels_url")?
                        }
                        33 => {
                            super::runtime::read_field(
                                &mut f33,
                                &mut map,
                                "languages_url",
                            )?
                        }
                        34 => {
                            super::runtime::read_field(&mut f34, &mut map, "merges_url")?
                        }
                        35 => {
                            super::runtime::read_field(
                                &mut f35,
                                &mut map,
                                "milestones_url",
                            )?
                        }
                        36 => {
                            super::runtime::read_field(
                                &mut f36,
                                &mut map,
                                "notifications_url",
                            )?
                        }
                        37 => {
                            super::runtime::read_field(&mut f37, &mut map, "pulls_url")?
                        }
                        38 => {
                            super::runtime::read_field(
                                &mut f38,
                                &mut map,
                                "releases_url",
                            )?
                        }
                        39 => super::runtime::read_field(&mut f39, &mut map, "ssh_url")?,
                        40 => {
                            super::runtime::read_field(
                                &mut f40,
                                &mut map,
                                "stargazers_url",
                            )?
                        }
                        41 => {
                            super::runtime::read_field(
                                &mut f41,
                                &mut map,
                                "statuses_url",
                            )?
                        }
                        42 => {
                            super::runtime::read_field(
                                &mut f42,
                                &mut map,
                                "subscribers_url",
                            )?
                        }
                        43 => {
                            super::runtime::read_field(
                                &mut f43,
                                &mut map,
                                "subscription_url",
                            )?
                        }
                        44 => super::runtime::read_field(&mut f44, &mut map, "tags_url")?,
                        45 => {
                            super::runtime::read_field(&mut f45, &mut map, "teams_url")?
                        }
                        46 => {
                            super::runtime::read_field(&mut f46, &mut map, "trees_url")?
                        }
                        47 => {
                            super::runtime::read_field(&mut f47, &mut map, "clone_url")?
                        }
                        48 => {
                            super::runtime::read_field(&mut f48, &mut map, "mirror_url")?
                        }
                        49 => {
                            super::runtime::read_field(&mut f49, &mut map, "hooks_url")?
                        }
                        50 => super::runtime::read_field(&mut f50, &mut map, "svn_url")?,
                        51 => super::runtime::read_field(&mut f51, &mut map, "homepage")?,
                        52 => super::runtime::read_field(&mut f52, &mut map, "language")?,
                        53 => {
                            super::runtime::read_field(
                                &mut f53,
                                &mut map,
                                "forks_count",
                            )?
                        }
                        54 => {
                            super::runtime::read_field(
                                &mut f54,
                                &mut map,
                                "stargazers_count",
                            )?
                        }
                        55 => {
                            super::runtime::read_field(
                                &mut f55,
                                &mut map,
                                "watchers_count",
                            )?
                        }
                        56 => super::runtime::read_field(&mut f56, &mut map, "size")?,
                        57 => {
                            super::runtime::read_field(
                                &mut f57,
                                &mut map,
                                "default_branch",
                            )?
                        }
                        58 => {
                            super::runtime::read_field(
                                &mut f58,
                                &mut map,
                                "open_issues_count",
                            )?
                        }
                        59 => {
                            super::runtime::read_field(
                                &mut f59,
                                &mut map,
                                "is_template",
                            )?
                        }
                        60 => super::runtime::read_field(&mut f60, &mut map, "topics")?,
                        61 => {
                            super::runtime::read_field(&mut f61, &mut map, "has_issues")?
                        }
                        62 => {
                            super::runtime::read_field(
                                &mut f62,
                                &mut map,
                                "has_projects",
                            )?
                        }
                        63 => super::runtime::read_field(&mut f63, &mut map, "has_wiki")?,
                        64 => {
                            super::runtime::read_field(&mut f64, &mut map, "has_pages")?
                        }
                        65 => {
                            super::runtime::read_field(
                                &mut f65,
                                &mut map,
                                "has_downloads",
                            )?
                        }
                        66 => {
                            super::runtime::read_field(
                                &mut f66,
                                &mut map,
                                "has_discussions",
                            )?
                        }
                        67 => super::runtime::read_field(&mut f67, &mut map, "archived")?,
                        68 => super::runtime::read_field(&mut f68, &mut map, "disabled")?,
                        69 => {
                            super::runtime::read_field(&mut f69, &mut map, "visibility")?
                        }
                        70 => {
                            super::runtime::read_field(&mut f70, &mut map, "pushed_at")?
                        }
                        71 => {
                            super::runtime::read_field(&mut f71, &mut map, "created_at")?
                        }
                        72 => {
                            super::runtime::read_field(&mut f72, &mut map, "updated_at")?
                        }
                        73 => {
                            super::runtime::read_field(
                                &mut f73,
                                &mut map,
                                "permissions",
                            )?
                        }
                        74 => {
                            super::runtime::read_field(
                                &mut f74,
                                &mut map,
                                "allow_rebase_merge",
                            )?
                        }
                        75 => {
                            super::runtime::read_field(
                                &mut f75,
                                &mut map,
                                "template_repository",
                            )?
                        }
                        76 => {
                            super::runtime::read_field(
                                &mut f76,
                                &mut map,
                                "temp_clone_token",
                            )?
                        }
                        77 => {
                            super::runtime::read_field(
                                &mut f77,
                                &mut map,
                                "allow_squash_merge",
                            )?
                        }
                        78 => {
                            super::runtime::read_field(
                                &mut f78,
                                &mut map,
                                "allow_auto_merge",
                            )?
                        }
                        79 => {
                            super::runtime::read_field(
                                &mut f79,
                                &mut map,
                                "delete_branch_on_merge",
                            )?
                        }
                        80 => {
                            super::runtime::read_field(
                                &mut f80,
                                &mut map,
                                "allow_merge_commit",
                            )?
                        }
                        81 => {
                            super::runtime::read_field(
                                &mut f81,
                                &mut map,
                                "allow_update_branch",
                            )?
                        }
                        82 => {
                            super::runtime::read_field(
                                &mut f82,
                                &mut map,
                                "use_squash_pr_title_as_default",
                            )?
                        }
                        83 => {
                            super::runtime::read_field(
                                &mut f83,
                                &mut map,
                                "squash_merge_commit_title",
                            )?
                        }
                        84 => {
                            super::runtime::read_field(
                                &mut f84,
                                &mut map,
                                "squash_merge_commit_message",
                            )?
                        }
                        85 => {
                            super::runtime::read_field(
                                &mut f85,
                                &mut map,
                                "merge_commit_title",
                            )?
                        }
                        86 => {
                            super::runtime::read_field(
                                &mut f86,
                                &mut map,
                                "merge_commit_message",
                            )?
                        }
                        87 => {
                            super::runtime::read_field(
                                &mut f87,
                                &mut map,
                                "allow_forking",
                            )?
                        }
                        88 => {
                            super::runtime::read_field(
                                &mut f88,
                                &mut map,
                                "web_commit_signoff_required",
                            )?
                        }
                        89 => {
                            super::runtime::read_field(
                                &mut f89,
                                &mut map,
                                "subscribers_count",
                            )?
                        }
                        90 => {
                            super::runtime::read_field(
                                &mut f90,
                                &mut map,
                                "network_count",
                            )?
                        }
                        91 => super::runtime::read_field(&mut f91, &mut map, "license")?,
                        92 => {
                            super::runtime::read_field(
                                &mut f92,
                                &mut map,
                                "organization",
                            )?
                        }
                        93 => super::runtime::read_field(&mut f93, &mut map, "parent")?,
                        94 => super::runtime::read_field(&mut f94, &mut map, "source")?,
                        95 => super::runtime::read_field(&mut f95, &mut map, "forks")?,
                        96 => {
                            super::runtime::read_field(
                                &mut f96,
                                &mut map,
                                "master_branch",
                            )?
                        }
                        97 => {
                            super::runtime::read_field(
                                &mut f97,
                                &mut map,
                                "open_issues",
                            )?
                        }
                        98 => super::runtime::read_field(&mut f98, &mut map, "watchers")?,
                        99 => {
                            super::runtime::read_field(
                                &mut f99,
                                &mut map,
                                "anonymous_access_enabled",
                            )?
                        }
                        100 => {
                            super::runtime::read_field(
                                &mut f100,
                                &mut map,
                                "code_of_conduct",
                            )?
                        }
                        101 => {
                            super::runtime::read_field(
                                &mut f101,
                                &mut map,
                                "security_and_analysis",
                            )?
                        }
                        102 => {
                            super::runtime::read_field(
                                &mut f102,
                                &mut map,
                                "custom_properties",
                            )?
                        }
                        _ => {
                            map.next_value::<::serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(FullRepository {
                    id: f0
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "id",
                        ))?,
                    node_id: f1
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "node_id",
                        ))?,
                    name: f2
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "name",
                        ))?,
                    full_name: f3
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "full_name",
                        ))?,
                    owner: f4
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "owner",
                        ))?,
                    private: f5
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "private",
                        ))?,
                    html_url: f6
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "html_url",
                        ))?,
                    description: f7.flatten(),
                    fork: f8
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "fork",
                        ))?,
                    url: f9
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "url",
                        ))?,
                    archive_url: f10
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "archive_url",
                        ))?,
                    assignees_url: f11
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "assignees_url",
                        ))?,
                    blobs_url: f12
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "blobs_url",
                        ))?,
                    branches_url: f13
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "branches_url",
                        ))?,
                    collaborators_url: f14
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "collaborators_url",
                        ))?,
                    comments_url: f15
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "comments_url",
                        ))?,
                    commits_url: f16
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "commits_url",
                        ))?,
                    compare_url: f17
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "compare_url",
                        ))?,
                    contents_url: f18
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "contents_url",
                        ))?,
                    contributors_url: f19
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "contributors_url",
                        ))?,
                    deployments_url: f20
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "deployments_url",
                        ))?,
                    downloads_url: f21
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "downloads_url",
                        ))?,
                    events_url: f22
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "events_url",
                        ))?,
                    forks_url: f23
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "forks_url",
                        ))?,
                    git_commits_url: f24
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "git_commits_url",
                        ))?,
                    git_refs_url: f25
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "git_refs_url",
                        ))?,
                    git_tags_url: f26
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "git_tags_url",
                        ))?,
                    git_url: f27
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "git_url",
                        ))?,
                    issue_comment_url: f28
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "issue_comment_url",
                        ))?,
                    issue_events_url: f29
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "issue_events_url",
                        ))?,
                    issues_url: f30
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "issues_url",
                        ))?,
                    keys_url: f31
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "keys_url",
                        ))?,
                    labels_url: f32
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "labels_url",
                        ))?,
                    languages_url: f33
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "languages_url",
                        ))?,
                    merges_url: f34
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "merges_url",
                        ))?,
                    milestones_url: f35
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "milestones_url",
                        ))?,
                    notifications_url: f36
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "notifications_url",
                        ))?,
                    pulls_url: f37
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "pulls_url",
                        ))?,
                    releases_url: f38
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "releases_url",
                        ))?,
                    ssh_url: f39
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "ssh_url",
                        ))?,
                    stargazers_url: f40
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "stargazers_url",
                        ))?,
                    statuses_url: f41
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "statuses_url",
                        ))?,
                    subscribers_url: f42
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "subscribers_url",
                        ))?,
                    subscription_url: f43
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "subscription_url",
                        ))?,
                    tags_url: f44
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "tags_url",
                        ))?,
                    teams_url: f45
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "teams_url",
                        ))?,
                    trees_url: f46
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "trees_url",
                        ))?,
                    clone_url: f47
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "clone_url",
                        ))?,
                    mirror_url: f48.flatten(),
                    hooks_url: f49
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "hooks_url",
                        ))?,
                    svn_url: f50
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "svn_url",
                        ))?,
                    homepage: f51.flatten(),
                    language: f52.flatten(),
                    forks_count: f53
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "forks_count",
                        ))?,
                    stargazers_count: f54
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "stargazers_count",
                        ))?,
                    watchers_count: f55
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "watchers_count",
                        ))?,
                    size: f56
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "size",
                        ))?,
                    default_branch: f57
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "default_branch",
                        ))?,
                    open_issues_count: f58
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "open_issues_count",
                        ))?,
                    is_template: f59.flatten(),
                    topics: f60.flatten(),
                    has_issues: f61
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "has_issues",
                        ))?,
                    has_projects: f62
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "has_projects",
                        ))?,
                    has_wiki: f63
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "has_wiki",
                        ))?,
                    has_pages: f64
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "has_pages",
                        ))?,
                    has_downloads: f65.flatten(),
                    has_discussions: f66
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "has_discussions",
                        ))?,
                    archived: f67
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "archived",
                        ))?,
                    disabled: f68
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "disabled",
                        ))?,
                    visibility: f69.flatten(),
                    pushed_at: f70
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "pushed_at",
                        ))?,
                    created_at: f71
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "created_at",
                        ))?,
                    updated_at: f72
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "updated_at",
                        ))?,
                    permissions: f73.flatten(),
                    allow_rebase_merge: f74.flatten(),
                    template_repository: f75.map(::std::option::Option::flatten),
                    temp_clone_token: f76.map(::std::option::Option::flatten),
                    allow_squash_merge: f77.flatten(),
                    allow_auto_merge: f78.flatten(),
                    delete_branch_on_merge: f79.flatten(),
                    allow_merge_commit: f80.flatten(),
                    allow_update_branch: f81.flatten(),
                    use_squash_pr_title_as_default: f82.flatten(),
                    squash_merge_commit_title: f83.flatten(),
                    squash_merge_commit_message: f84.flatten(),
                    merge_commit_title: f85.flatten(),
                    merge_commit_message: f86.flatten(),
                    allow_forking: f87.flatten(),
                    web_commit_signoff_required: f88.flatten(),
                    subscribers_count: f89
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "subscribers_count",
                        ))?,
                    network_count: f90
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "network_count",
                        ))?,
                    license: f91.flatten(),
                    organization: f92.map(::std::option::Option::flatten),
                    parent: f93.flatten(),
                    source: f94.flatten(),
                    forks: f95
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "forks",
                        ))?,
                    master_branch: f96.flatten(),
                    open_issues: f97
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "open_issues",
                        ))?,
                    watchers: f98
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "watchers",
                        ))?,
                    anonymous_access_enabled: f99.flatten(),
                    code_of_conduct: f100.flatten(),
                    security_and_analysis: f101.map(::std::option::Option::flatten),
                    custom_properties: f102.flatten(),
                })
            }
        }
        d.deserialize_map(V)
    }
}
#[cfg(any(feature = "repos"))]
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct FullRepositoryPermissions {
    pub admin: bool,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub maintain: ::std::option::Option<bool>,
    pub push: bool,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub triage: ::std::option::Option<bool>,
    pub pull: bool,
}
#[cfg(any(feature = "repos"))]
impl FullRepositoryPermissions {
    /// A value with the required fields given and every optional one absent (set those
    /// afterwards: `value.field = Some(..)`).
    #[allow(clippy::too_many_arguments)]
    pub fn new(admin: bool, push: bool, pull: bool) -> Self {
        Self {
            admin,
            maintain: ::std::default::Default::default(),
            push,
            triage: ::std::default::Default::default(),
            pull,
        }
    }
}
#[cfg(any(feature = "repos"))]
impl<'de> ::serde::Deserialize<'de> for FullRepositoryPermissions {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        d: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct V;
        impl super::runtime::StructFields for V {
            const FIELDS: &'static [&'static str] = &[
                "admin",
                "maintain",
                "push",
                "triage",
                "pull",
            ];
        }
        impl<'de> ::serde::de::Visitor<'de> for V {
            type Value = FullRepositoryPermissions;
            fn expecting(
                &self,
                f: &mut ::std::fmt::Formatter<'_>,
            ) -> ::std::fmt::Result {
                f.write_str("a FullRepositoryPermissions object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<Self::Value, A::Error> {
                let mut f0: ::std::option::Option<bool> = None;
                let mut f1: ::std::option::Option<::std::option::Option<bool>> = None;
                let mut f2: ::std::option::Option<bool> = None;
                let mut f3: ::std::option::Option<::std::option::Option<bool>> = None;
                let mut f4: ::std::option::Option<bool> = None;
                let mut expect = 0usize;
                while let Some(i) = map
                    .next_key_seed(super::runtime::FieldIndex::<V>::new(expect))?
                {
                    expect = i + 1;
                    match i {
                        0 => super::runtime::read_field(&mut f0, &mut map, "admin")?,
                        1 => super::runtime::read_field(&mut f1, &mut map, "maintain")?,
                        2 => super::runtime::read_field(&mut f2, &mut map, "push")?,
                        3 => super::runtime::read_field(&mut f3, &mut map, "triage")?,
                        4 => super::runtime::read_field(&mut f4, &mut map, "pull")?,
                        _ => {
                            map.next_value::<::serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(FullRepositoryPermissions {
                    admin: f0
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "admin",
                        ))?,
                    maintain: f1.flatten(),
                    push: f2
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "push",
                        ))?,
                    triage: f3.flatten(),
                    pull: f4
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "pull",
                        ))?,
                })
            }
        }
        d.deserialize_map(V)
    }
}
#[cfg(any(feature = "repos"))]
/// The default value for a squash merge commit title:
///
/// - `PR_TITLE` - default to the pull request's title.
/// - `COMMIT_OR_PR_TITLE` - default to the commit's title (if only one commit) or the pull request's title (when more than one commit).
pub type FullRepositorySquashMergeCommitTitle = RepositorySquashMergeCommitTitle;
#[cfg(any(feature = "repos"))]
/// The default value for a squash merge commit message:
///
/// - `PR_BODY` - default to the pull request's body.
/// - `COMMIT_MESSAGES` - default to the branch's commit messages.
/// - `BLANK` - default to a blank commit message.
pub type FullRepositorySquashMergeCommitMessage = RepositorySquashMergeCommitMessage;
#[cfg(any(feature = "repos"))]
/// The default value for a merge commit title.
///
/// - `PR_TITLE` - default to the pull request's title.
/// - `MERGE_MESSAGE` - default to the classic title for a merge message (e.g., Merge pull request #123 from branch-name).
pub type FullRepositoryMergeCommitTitle = RepositoryMergeCommitTitle;
#[cfg(any(feature = "repos"))]
/// The default value for a merge commit message.
///
/// - `PR_TITLE` - default to the pull request's title.
/// - `PR_BODY` - default to the pull request's body.
/// - `BLANK` - default to a blank commit message.
pub type FullRepositoryMergeCommitMessage = RepositoryMergeCommitMessage;
#[cfg(any(feature = "actions"))]
/// Referenced workflow
///
/// A workflow referenced/reused by the initial caller workflow
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct ReferencedWorkflow {
    pub path: ::std::string::String,
    pub sha: ::std::string::String,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub r#ref: ::std::option::Option<::std::string::String>,
}
#[cfg(any(feature = "actions"))]
impl ReferencedWorkflow {
    /// A value with the required fields given and every optional one absent (set those
    /// afterwards: `value.field = Some(..)`).
    #[allow(clippy::too_many_arguments)]
    pub fn new(path: ::std::string::String, sha: ::std::string::String) -> Self {
        Self {
            path,
            sha,
            r#ref: ::std::default::Default::default(),
        }
    }
}
#[cfg(any(feature = "actions"))]
impl<'de> ::serde::Deserialize<'de> for ReferencedWorkflow {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        d: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct V;
        impl super::runtime::StructFields for V {
            const FIELDS: &'static [&'static str] = &["path", "sha", "ref"];
        }
        impl<'de> ::serde::de::Visitor<'de> for V {
            type Value = ReferencedWorkflow;
            fn expecting(
                &self,
                f: &mut ::std::fmt::Formatter<'_>,
            ) -> ::std::fmt::Result {
                f.write_str("a ReferencedWorkflow object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<Self::Value, A::Error> {
                let mut f0: ::std::option::Option<::std::string::String> = None;
                let mut f1: ::std::option::Option<::std::string::String> = None;
                let mut f2: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut expect = 0usize;
                while let Some(i) = map
                    .next_key_seed(super::runtime::FieldIndex::<V>::new(expect))?
                {
                    expect = i + 1;
                    match i {
                        0 => super::runtime::read_field(&mut f0, &mut map, "path")?,
                        1 => super::runtime::read_field(&mut f1, &mut map, "sha")?,
                        2 => super::runtime::read_field(&mut f2, &mut map, "ref")?,
                        _ => {
                            map.next_value::<::serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(ReferencedWorkflow {
                    path: f0
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "path",
                        ))?,
                    sha: f1
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "sha",
                        ))?,
                    r#ref: f2.flatten(),
                })
            }
        }
        d.deserialize_map(V)
    }
}
#[cfg(any(feature = "actions"))]
/// Simple Commit
///
/// A commit.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct NullableSimpleCommit {
    /// SHA for the commit
    pub id: ::std::string::String,
    /// SHA for the commit's tree
    pub tree_id: ::std::string::String,
    /// Message describing the purpose of the commit
    pub message: ::std::string::String,
    /// Timestamp of the commit
    pub timestamp: ::std::string::String,
    /// Information about the Git author
    pub author: ::std::option::Option<NullableSimpleCommitAuthor>,
    /// Information about the Git committer
    pub committer: ::std::option::Option<NullableSimpleCommitCommitter>,
}
#[cfg(any(feature = "actions"))]
impl NullableSimpleCommit {
    /// A value with the required fields given and every optional one absent (set those
    /// afterwards: `value.field = Some(..)`).
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        id: ::std::string::String,
        tree_id: ::std::string::String,
        message: ::std::string::String,
        timestamp: ::std::string::String,
    ) -> Self {
        Self {
            id,
            tree_id,
            message,
            timestamp,
            author: ::std::default::Default::default(),
            committer: ::std::default::Default::default(),
        }
    }
}
#[cfg(any(feature = "actions"))]
impl<'de> ::serde::Deserialize<'de> for NullableSimpleCommit {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        d: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct V;
        impl super::runtime::StructFields for V {
            const FIELDS: &'static [&'static str] = &[
                "id",
                "tree_id",
                "message",
                "timestamp",
                "author",
                "committer",
            ];
        }
        impl<'de> ::serde::de::Visitor<'de> for V {
            type Value = NullableSimpleCommit;
            fn expecting(
                &self,
                f: &mut ::std::fmt::Formatter<'_>,
            ) -> ::std::fmt::Result {
                f.write_str("a NullableSimpleCommit object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<Self::Value, A::Error> {
                let mut f0: ::std::option::Option<::std::string::String> = None;
                let mut f1: ::std::option::Option<::std::string::String> = None;
                let mut f2: ::std::option::Option<::std::string::String> = None;
                let mut f3: ::std::option::Option<::std::string::String> = None;
                let mut f4: ::std::option::Option<
                    ::std::option::Option<NullableSimpleCommitAuthor>,
                > = None;
                let mut f5: ::std::option::Option<
                    ::std::option::Option<NullableSimpleCommitCommitter>,
                > = None;
                let mut expect = 0usize;
                while let Some(i) = map
                    .next_key_seed(super::runtime::FieldIndex::<V>::new(expect))?
                {
                    expect = i + 1;
                    match i {
                        0 => super::runtime::read_field(&mut f0, &mut map, "id")?,
                        1 => super::runtime::read_field(&mut f1, &mut map, "tree_id")?,
                        2 => super::runtime::read_field(&mut f2, &mut map, "message")?,
                        3 => super::runtime::read_field(&mut f3, &mut map, "timestamp")?,
                        4 => super::runtime::read_field(&mut f4, &mut map, "author")?,
                        5 => super::runtime::read_field(&mut f5, &mut map, "committer")?,
                        _ => {
                            map.next_value::<::serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(NullableSimpleCommit {
                    id: f0
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "id",
                        ))?,
                    tree_id: f1
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "tree_id",
                        ))?,
                    message: f2
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "message",
                        ))?,
                    timestamp: f3
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "timestamp",
                        ))?,
                    author: f4.flatten(),
                    committer: f5.flatten(),
                })
            }
        }
        d.deserialize_map(V)
    }
}
#[cfg(any(feature = "actions"))]
/// Information about the Git author
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct NullableSimpleCommitAuthor {
    /// Name of the commit's author
    pub name: ::std::string::String,
    /// Git email address of the commit's author
    pub email: ::std::string::String,
}
#[cfg(any(feature = "actions"))]
impl NullableSimpleCommitAuthor {
    /// A value with the required fields given and every optional one absent (set those
    /// afterwards: `value.field = Some(..)`).
    #[allow(clippy::too_many_arguments)]
    pub fn new(name: ::std::string::String, email: ::std::string::String) -> Self {
        Self { name, email }
    }
}
#[cfg(any(feature = "actions"))]
impl<'de> ::serde::Deserialize<'de> for NullableSimpleCommitAuthor {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        d: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct V;
        impl super::runtime::StructFields for V {
            const FIELDS: &'static [&'static str] = &["name", "email"];
        }
        impl<'de> ::serde::de::Visitor<'de> for V {
            type Value = NullableSimpleCommitAuthor;
            fn expecting(
                &self,
                f: &mut ::std::fmt::Formatter<'_>,
            ) -> ::std::fmt::Result {
                f.write_str("a NullableSimpleCommitAuthor object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<Self::Value, A::Error> {
                let mut f0: ::std::option::Option<::std::string::String> = None;
                let mut f1: ::std::option::Option<::std::string::String> = None;
                let mut expect = 0usize;
                while let Some(i) = map
                    .next_key_seed(super::runtime::FieldIndex::<V>::new(expect))?
                {
                    expect = i + 1;
                    match i {
                        0 => super::runtime::read_field(&mut f0, &mut map, "name")?,
                        1 => super::runtime::read_field(&mut f1, &mut map, "email")?,
                        _ => {
                            map.next_value::<::serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(NullableSimpleCommitAuthor {
                    name: f0
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "name",
                        ))?,
                    email: f1
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "email",
                        ))?,
                })
            }
        }
        d.deserialize_map(V)
    }
}
#[cfg(any(feature = "actions"))]
/// Information about the Git committer
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct NullableSimpleCommitCommitter {
    /// Name of the commit's committer
    pub name: ::std::string::String,
    /// Git email address of the commit's committer
    pub email: ::std::string::String,
}
#[cfg(any(feature = "actions"))]
impl NullableSimpleCommitCommitter {
    /// A value with the required fields given and every optional one absent (set those
    /// afterwards: `value.field = Some(..)`).
    #[allow(clippy::too_many_arguments)]
    pub fn new(name: ::std::string::String, email: ::std::string::String) -> Self {
        Self { name, email }
    }
}
#[cfg(any(feature = "actions"))]
impl<'de> ::serde::Deserialize<'de> for NullableSimpleCommitCommitter {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        d: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct V;
        impl super::runtime::StructFields for V {
            const FIELDS: &'static [&'static str] = &["name", "email"];
        }
        impl<'de> ::serde::de::Visitor<'de> for V {
            type Value = NullableSimpleCommitCommitter;
            fn expecting(
                &self,
                f: &mut ::std::fmt::Formatter<'_>,
            ) -> ::std::fmt::Result {
                f.write_str("a NullableSimpleCommitCommitter object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<Self::Value, A::Error> {
                let mut f0: ::std::option::Option<::std::string::String> = None;
                let mut f1: ::std::option::Option<::std::string::String> = None;
                let mut expect = 0usize;
                while let Some(i) = map
                    .next_key_seed(super::runtime::FieldIndex::<V>::new(expect))?
                {
                    expect = i + 1;
                    match i {
                        0 => super::runtime::read_field(&mut f0, &mut map, "name")?,
                        1 => super::runtime::read_field(&mut f1, &mut map, "email")?,
                        _ => {
                            map.next_value::<::serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(NullableSimpleCommitCommitter {
                    name: f0
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "name",
                        ))?,
                    email: f1
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "email",
                        ))?,
                })
            }
        }
        d.deserialize_map(V)
    }
}
#[cfg(any(feature = "actions"))]
/// Workflow Run
///
/// An invocation of a workflow
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct WorkflowRun {
    /// The ID of the workflow run.
    pub id: i64,
    /// The name of the workflow run.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::option::Option<::std::string::String>>,
    pub node_id: ::std::string::String,
    /// The ID of the associated check suite.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub check_suite_id: ::std::option::Option<i64>,
    /// The node ID of the associated check suite.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub check_suite_node_id: ::std::option::Option<::std::string::String>,
    pub head_branch: ::std::option::Option<::std::string::String>,
    /// The SHA of the head commit that points to the version of the workflow being run.
    pub head_sha: ::std::string::String,
    /// The full path of the workflow
    pub path: ::std::string::String,
    /// The auto incrementing run number for the workflow run.
    pub run_number: i64,
    /// Attempt number of the run, 1 for first attempt and higher if the workflow was re-run.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub run_attempt: ::std::option::Option<i64>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub referenced_workflows: ::std::option::Option<
        ::std::option::Option<::std::vec::Vec<ReferencedWorkflow>>,
    >,
    pub event: ::std::string::String,
    pub status: ::std::option::Option<::std::string::String>,
    pub conclusion: ::std::option::Option<::std::string::String>,
    /// The ID of the parent workflow.
    pub workflow_id: i64,
    /// The URL to the workflow run.
    pub url: ::std::string::String,
    pub html_url: ::std::string::String,
    /// Pull requests that are open with a `head_sha` or `head_branch` that matches the workflow run. The returned pull requests do not necessarily indicate pull requests that triggered the run.
    pub pull_requests: ::std::option::Option<::std::vec::Vec<PullRequestMinimal>>,
    pub created_at: ::std::string::String,
    pub updated_at: ::std::string::String,
    /// A GitHub user.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub actor: ::std::option::Option<SimpleUser>,
    /// A GitHub user.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub triggering_actor: ::std::option::Option<SimpleUser>,
    /// The start time of the latest run. Resets on re-run.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub run_started_at: ::std::option::Option<::std::string::String>,
    /// The URL to the jobs for the workflow run.
    pub jobs_url: ::std::string::String,
    /// The URL to download the logs for the workflow run.
    pub logs_url: ::std::string::String,
    /// The URL to the associated check suite.
    pub check_suite_url: ::std::string::String,
    /// The URL to the artifacts for the workflow run.
    pub artifacts_url: ::std::string::String,
    /// The URL to cancel the workflow run.
    pub cancel_url: ::std::string::String,
    /// The URL to rerun the workflow run.
    pub rerun_url: ::std::string::String,
    /// The URL to the previous attempted run of this workflow, if one exists.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub previous_attempt_url: ::std::option::Option<
        ::std::option::Option<::std::string::String>,
    >,
    /// The URL to the workflow.
    pub workflow_url: ::std::string::String,
    /// A commit.
    pub head_commit: ::std::option::Option<NullableSimpleCommit>,
    /// Minimal Repository
    pub repository: MinimalRepository,
    /// Minimal Repository
    pub head_repository: MinimalRepository,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub head_repository_id: ::std::option::Option<i64>,
    /// The event-specific title associated with the run or the run-name if set, or the value of `run-name` if it is set in the workflow.
    pub display_title: ::std::string::String,
}
#[cfg(any(feature = "actions"))]
impl WorkflowRun {
    /// A value with the required fields given and every optional one absent (set those
    /// afterwards: `value.field = Some(..)`).
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        id: i64,
        node_id: ::std::string::String,
        head_sha: ::std::string::String,
        path: ::std::string::String,
        run_number: i64,
        event: ::std::string::String,
        workflow_id: i64,
        url: ::std::string::String,
        html_url: ::std::string::String,
        created_at: ::std::string::String,
        updated_at: ::std::string::String,
        jobs_url: ::std::string::String,
        logs_url: ::std::string::String,
        check_suite_url: ::std::string::String,
        artifacts_url: ::std::string::String,
        cancel_url: ::std::string::String,
        rerun_url: ::std::string::String,
        workflow_url: ::std::string::String,
        repository: MinimalRepository,
        head_repository: MinimalRepository,
        display_title: ::std::string::String,
    ) -> Self {
        Self {
            id,
            name: ::std::default::Default::default(),
            node_id,
            check_suite_id: ::std::default::Default::default(),
            check_suite_node_id: ::std::default::Default::default(),
            head_branch: ::std::default::Default::default(),
            head_sha,
            path,
            run_number,
            run_attempt: ::std::default::Default::default(),
            referenced_workflows: ::std::default::Default::default(),
            event,
            status: ::std::default::Default::default(),
            conclusion: ::std::default::Default::default(),
            workflow_id,
            url,
            html_url,
            pull_requests: ::std::default::Default::default(),
            created_at,
            updated_at,
            actor: ::std::default::Default::default(),
            triggering_actor: ::std::default::Default::default(),
            run_started_at: ::std::default::Default::default(),
            jobs_url,
            logs_url,
            check_suite_url,
            artifacts_url,
            cancel_url,
            rerun_url,
            previous_attempt_url: ::std::default::Default::default(),
            workflow_url,
            head_commit: ::std::default::Default::default(),
            repository,
            head_repository,
            head_repository_id: ::std::default::Default::default(),
            display_title,
        }
    }
}
#[cfg(any(feature = "actions"))]
impl<'de> ::serde::Deserialize<'de> for WorkflowRun {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        d: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct V;
        impl super::runtime::StructFields for V {
            const FIELDS: &'static [&'static str] = &[
                "id",
                "name",
                "node_id",
                "check_suite_id",
                "check_suite_node_id",
                "head_branch",
                "head_sha",
                "path",
                "run_number",
                "run_attempt",
                "referenced_workflows",
                "event",
                "status",
                "conclusion",
                "workflow_id",
                "url",
                "html_url",
                "pull_requests",
                "created_at",
                "updated_at",
                "actor",
                "triggering_actor",
                "run_started_at",
                "jobs_url",
                "logs_url",
                "check_suite_url",
                "artifacts_url",
                "cancel_url",
                "rerun_url",
                "previous_attempt_url",
                "workflow_url",
                "head_commit",
                "repository",
                "head_repository",
                "head_repository_id",
                "display_title",
            ];
        }
        impl<'de> ::serde::de::Visitor<'de> for V {
            type Value = WorkflowRun;
            fn expecting(
                &self,
                f: &mut ::std::fmt::Formatter<'_>,
            ) -> ::std::fmt::Result {
                f.write_str("a WorkflowRun object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<Self::Value, A::Error> {
                let mut f0: ::std::option::Option<i64> = None;
                let mut f1: ::std::option::Option<
                    ::std::option::Option<::std::option::Option<::std::string::String>>,
                > = None;
                let mut f2: ::std::option::Option<::std::string::String> = None;
                let mut f3: ::std::option::Option<::std::option::Option<i64>> = None;
                let mut f4: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f5: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f6: ::std::option::Option<::std::string::String> = None;
                let mut f7: ::std::option::Option<::std::string::String> = None;
                let mut f8: ::std::option::Option<i64> = None;
                let mut f9: ::std::option::Option<::std::option::Option<i64>> = None;
                let mut f10: ::std::option::Option<
                    ::std::option::Option<
                        ::std::option::Option<::std::vec::Vec<ReferencedWorkflow>>,
                    >,
                > = None;
                let mut f11: ::std::option::Option<::std::string::String> = None;
                let mut f12: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f13: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f14: ::std::option::Option<i64> = None;
                let mut f15: ::std::option::Option<::std::string::String> = None;
                let mut f16: ::std::option::Option<::std::string::String> = None;
                let mut f17: ::std::option::Option<
                    ::std::option::Option<::std::vec::Vec<PullRequestMinimal>>,
                > = None;
                let mut f18: ::std::option::Option<::std::string::String> = None;
                let mut f19: ::std::option::Option<::std::string::String> = None;
                let mut f20: ::std::option::Option<::std::option::Option<SimpleUser>> = None;
                let mut f21: ::std::option::Option<::std::option::Option<SimpleUser>> = None;
                let mut f22: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f23: ::std::option::Option<::std::string::String> = None;
                let mut f24: ::std::option::Option<::std::string::String> = None;
                let mut f25: ::std::option::Option<::std::string::String> = None;
                let mut f26: ::std::option::Option<::std::string::String> = None;
                let mut f27: ::std::option::Option<::std::string::String> = None;
                let mut f28: ::std::option::Option<::std::string::String> = None;
                let mut f29: ::std::option::Option<
                    ::std::option::Option<::std::option::Option<::std::string::String>>,
                > = None;
                let mut f30: ::std::option::Option<::std::string::String> = None;
                let mut f31: ::std::option::Option<
                    ::std::option::Option<NullableSimpleCommit>,
                > = None;
                let mut f32: ::std::option::Option<MinimalRepository> = None;
                let mut f33: ::std::option::Option<MinimalRepository> = None;
                let mut f34: ::std::option::Option<::std::option::Option<i64>> = None;
                let mut f35: ::std::option::Option<::std::string::String> = None;
                let mut expect = 0usize;
                while let Some(i) = map
                    .next_key_seed(super::runtime::FieldIndex::<V>::new(expect))?
                {
                    expect = i + 1;
                    match i {
                        0 => super::runtime::read_field(&mut f0, &mut map, "id")?,
                        1 => super::runtime::read_field(&mut f1, &mut map, "name")?,
                        2 => super::runtime::read_field(&mut f2, &mut map, "node_id")?,
                        3 => {
                            super::runtime::read_field(
                                &mut f3,
                                &mut map,
                                "check_suite_id",
                            )?
                        }
                        4 => {
                            super::runtime::read_field(
                                &mut f4,
                                &mut map,
                                "check_suite_node_id",
                            )?
                        }
                        5 => {
                            super::runtime::read_field(&mut f5, &mut map, "head_branch")?
                        }
                        6 => super::runtime::read_field(&mut f6, &mut map, "head_sha")?,
                        7 => super::runtime::read_field(&mut f7, &mut map, "path")?,
                        8 => super::runtime::read_field(&mut f8, &mut map, "run_number")?,
                        9 => {
                            super::runtime::read_field(&mut f9, &mut map, "run_attempt")?
                        }
                        10 => {
                            super::runtime::read_field(
                                &mut f10,
                                &mut map,
                                "referenced_workflows",
                            )?
                        }
                        11 => super::runtime::read_field(&mut f11, &mut map, "event")?,
                        12 => super::runtime::read_field(&mut f12, &mut map, "status")?,
                        13 => {
                            super::runtime::read_field(&mut f13, &mut map, "conclusion")?
                        }
                        14 => {
                            super::runtime::read_field(
                                &mut f14,
                                &mut map,
                                "workflow_id",
                            )?
                        }
                        15 => super::runtime::read_field(&mut f15, &mut map, "url")?,
                        16 => super::runtime::read_field(&mut f16, &mut map, "html_url")?,
                        17 => {
                            super::runtime::read_field(
                                &mut f17,
                                &mut map,
                                "pull_requests",
                            )?
                        }
                        18 => {
                            super::runtime::read_field(&mut f18, &mut map, "created_at")?
                        }
                        19 => {
                            super::runtime::read_field(&mut f19, &mut map, "updated_at")?
                        }
                        20 => super::runtime::read_field(&mut f20, &mut map, "actor")?,
                        21 => {
                            super::runtime::read_field(
                                &mut f21,
                                &mut map,
                                "triggering_actor",
                            )?
                        }
                        22 => {
                            super::runtime::read_field(
                                &mut f22,
                                &mut map,
                                "run_started_at",
                            )?
                        }
                        23 => super::runtime::read_field(&mut f23, &mut map, "jobs_url")?,
                        24 => super::runtime::read_field(&mut f24, &mut map, "logs_url")?,
                        25 => {
                            super::runtime::read_field(
                                &mut f25,
                                &mut map,
                                "check_suite_url",
                            )?
                        }
                        26 => {
                            super::runtime::read_field(
                                &mut f26,
                                &mut map,
                                "artifacts_url",
                            )?
                        }
                        27 => {
                            super::runtime::read_field(&mut f27, &mut map, "cancel_url")?
                        }
                        28 => {
                            super::runtime::read_field(&mut f28, &mut map, "rerun_url")?
                        }
                        29 => {
                            super::runtime::read_field(
                                &mut f29,
                                &mut map,
                                "previous_attempt_url",
                            )?
                        }
                        30 => {
                            super::runtime::read_field(
                                &mut f30,
                                &mut map,
                                "workflow_url",
                            )?
                        }
                        31 => {
                            super::runtime::read_field(
                                &mut f31,
                                &mut map,
                                "head_commit",
                            )?
                        }
                        32 => {
                            super::runtime::read_field(&mut f32, &mut map, "repository")?
                        }
                        33 => {
                            super::runtime::read_field(
                                &mut f33,
                                &mut map,
                                "head_repository",
                            )?
                        }
                        34 => {
                            super::runtime::read_field(
                                &mut f34,
                                &mut map,
                                "head_repository_id",
                            )?
                        }
                        35 => {
                            super::runtime::read_field(
                                &mut f35,
                                &mut map,
                                "display_title",
                            )?
                        }
                        _ => {
                            map.next_value::<::serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(WorkflowRun {
                    id: f0
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "id",
                        ))?,
                    name: f1.map(::std::option::Option::flatten),
                    node_id: f2
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "node_id",
                        ))?,
                    check_suite_id: f3.flatten(),
                    check_suite_node_id: f4.flatten(),
                    head_branch: f5.flatten(),
                    head_sha: f6
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "head_sha",
                        ))?,
                    path: f7
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "path",
                        ))?,
                    run_number: f8
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "run_number",
                        ))?,
                    run_attempt: f9.flatten(),
                    referenced_workflows: f10.map(::std::option::Option::flatten),
                    event: f11
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "event",
                        ))?,
                    status: f12.flatten(),
                    conclusion: f13.flatten(),
                    workflow_id: f14
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "workflow_id",
                        ))?,
                    url: f15
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "url",
                        ))?,
                    html_url: f16
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "html_url",
                        ))?,
                    pull_requests: f17.flatten(),
                    created_at: f18
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "created_at",
                        ))?,
                    updated_at: f19
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "updated_at",
                        ))?,
                    actor: f20.flatten(),
                    triggering_actor: f21.flatten(),
                    run_started_at: f22.flatten(),
                    jobs_url: f23
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "jobs_url",
                        ))?,
                    logs_url: f24
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "logs_url",
                        ))?,
                    check_suite_url: f25
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "check_suite_url",
                        ))?,
                    artifacts_url: f26
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "artifacts_url",
                        ))?,
                    cancel_url: f27
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "cancel_url",
                        ))?,
                    rerun_url: f28
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "rerun_url",
                        ))?,
                    previous_attempt_url: f29.map(::std::option::Option::flatten),
                    workflow_url: f30
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "workflow_url",
                        ))?,
                    head_commit: f31.flatten(),
                    repository: f32
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "repository",
                        ))?,
                    head_repository: f33
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "head_repository",
                        ))?,
                    head_repository_id: f34.flatten(),
                    display_title: f35
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "display_title",
                        ))?,
                })
            }
        }
        d.deserialize_map(V)
    }
}
#[cfg(any(feature = "pulls"))]
/// Diff Entry
///
/// Diff Entry
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct DiffEntry {
    pub sha: ::std::option::Option<::std::string::String>,
    pub filename: ::std::string::String,
    pub status: DiffEntryStatus,
    pub additions: i64,
    pub deletions: i64,
    pub changes: i64,
    pub blob_url: ::std::string::String,
    pub raw_url: ::std::string::String,
    pub contents_url: ::std::string::String,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub patch: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub previous_filename: ::std::option::Option<::std::string::String>,
}
#[cfg(any(feature = "pulls"))]
impl DiffEntry {
    /// A value with the required fields given and every optional one absent (set those
    /// afterwards: `value.field = Some(..)`).
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        filename: ::std::string::String,
        status: DiffEntryStatus,
        additions: i64,
        deletions: i64,
        changes: i64,
        blob_url: ::std::string::String,
        raw_url: ::std::string::String,
        contents_url: ::std::string::String,
    ) -> Self {
        Self {
            sha: ::std::default::Default::default(),
            filename,
            status,
            additions,
            deletions,
            changes,
            blob_url,
            raw_url,
            contents_url,
            patch: ::std::default::Default::default(),
            previous_filename: ::std::default::Default::default(),
        }
    }
}
#[cfg(any(feature = "pulls"))]
impl<'de> ::serde::Deserialize<'de> for DiffEntry {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        d: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct V;
        impl super::runtime::StructFields for V {
            const FIELDS: &'static [&'static str] = &[
                "sha",
                "filename",
                "status",
                "additions",
                "deletions",
                "changes",
                "blob_url",
                "raw_url",
                "contents_url",
                "patch",
                "previous_filename",
            ];
        }
        impl<'de> ::serde::de::Visitor<'de> for V {
            type Value = DiffEntry;
            fn expecting(
                &self,
                f: &mut ::std::fmt::Formatter<'_>,
            ) -> ::std::fmt::Result {
                f.write_str("a DiffEntry object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<Self::Value, A::Error> {
                let mut f0: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f1: ::std::option::Option<::std::string::String> = None;
                let mut f2: ::std::option::Option<DiffEntryStatus> = None;
                let mut f3: ::std::option::Option<i64> = None;
                let mut f4: ::std::option::Option<i64> = None;
                let mut f5: ::std::option::Option<i64> = None;
                let mut f6: ::std::option::Option<::std::string::String> = None;
                let mut f7: ::std::option::Option<::std::string::String> = None;
                let mut f8: ::std::option::Option<::std::string::String> = None;
                let mut f9: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f10: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut expect = 0usize;
                while let Some(i) = map
                    .next_key_seed(super::runtime::FieldIndex::<V>::new(expect))?
                {
                    expect = i + 1;
                    match i {
                        0 => super::runtime::read_field(&mut f0, &mut map, "sha")?,
                        1 => super::runtime::read_field(&mut f1, &mut map, "filename")?,
                        2 => super::runtime::read_field(&mut f2, &mut map, "status")?,
                        3 => super::runtime::read_field(&mut f3, &mut map, "additions")?,
                        4 => super::runtime::read_field(&mut f4, &mut map, "deletions")?,
                        5 => super::runtime::read_field(&mut f5, &mut map, "changes")?,
                        6 => super::runtime::read_field(&mut f6, &mut map, "blob_url")?,
                        7 => super::runtime::read_field(&mut f7, &mut map, "raw_url")?,
                        8 => {
                            super::runtime::read_field(
                                &mut f8,
                                &mut map,
                                "contents_url",
                            )?
                        }
                        9 => super::runtime::read_field(&mut f9, &mut map, "patch")?,
                        10 => {
                            super::runtime::read_field(
                                &mut f10,
                                &mut map,
                                "previous_filename",
                            )?
                        }
                        _ => {
                            map.next_value::<::serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(DiffEntry {
                    sha: f0.flatten(),
                    filename: f1
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "filename",
                        ))?,
                    status: f2
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "status",
                        ))?,
                    additions: f3
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "additions",
                        ))?,
                    deletions: f4
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "deletions",
                        ))?,
                    changes: f5
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "changes",
                        ))?,
                    blob_url: f6
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "blob_url",
                        ))?,
                    raw_url: f7
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "raw_url",
                        ))?,
                    contents_url: f8
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "contents_url",
                        ))?,
                    patch: f9.flatten(),
                    previous_filename: f10.flatten(),
                })
            }
        }
        d.deserialize_map(V)
    }
}
#[cfg(any(feature = "pulls"))]
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum DiffEntryStatus {
    ///added
    Added,
    ///removed
    Removed,
    ///modified
    Modified,
    ///renamed
    Renamed,
    ///copied
    Copied,
    ///changed
    Changed,
    ///unchanged
    Unchanged,
    /// A value this version of the API description does not list.
    Unknown(::std::string::String),
}
#[cfg(any(feature = "pulls"))]
impl DiffEntryStatus {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Added => "added",
            Self::Removed => "removed",
            Self::Modified => "modified",
            Self::Renamed => "renamed",
            Self::Copied => "copied",
            Self::Changed => "changed",
            Self::Unchanged => "unchanged",
            Self::Unknown(s) => s.as_str(),
        }
    }
}
#[cfg(any(feature = "pulls"))]
impl ::std::convert::From<&str> for DiffEntryStatus {
    fn from(s: &str) -> Self {
        match s {
            "added" => Self::Added,
            "removed" => Self::Removed,
            "modified" => Self::Modified,
            "renamed" => Self::Renamed,
            "copied" => Self::Copied,
            "changed" => Self::Changed,
            "unchanged" => Self::Unchanged,
            other => Self::Unknown(::std::string::ToString::to_string(other)),
        }
    }
}
#[cfg(any(feature = "pulls"))]
impl ::std::fmt::Display for DiffEntryStatus {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(any(feature = "pulls"))]
impl ::serde::Serialize for DiffEntryStatus {
    fn serialize<S: ::serde::Serializer>(
        &self,
        s: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}
#[cfg(any(feature = "pulls"))]
impl<'de> ::serde::Deserialize<'de> for DiffEntryStatus {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        d: D,
    ) -> ::std::result::Result<Self, D::Error> {
        let s = <::std::string::String as ::serde::Deserialize>::deserialize(d)?;
        Ok(Self::from(s.as_str()))
    }
}
#[cfg(any(feature = "repos"))]
/// File Commit
///
/// File Commit
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct FileCommit {
    pub content: ::std::option::Option<FileCommitContent>,
    pub commit: FileCommitCommit,
}
#[cfg(any(feature = "repos"))]
impl FileCommit {
    /// A value with the required fields given and every optional one absent (set those
    /// afterwards: `value.field = Some(..)`).
    #[allow(clippy::too_many_arguments)]
    pub fn new(commit: FileCommitCommit) -> Self {
        Self {
            content: ::std::default::Default::default(),
            commit,
        }
    }
}
#[cfg(any(feature = "repos"))]
impl<'de> ::serde::Deserialize<'de> for FileCommit {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        d: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct V;
        impl super::runtime::StructFields for V {
            const FIELDS: &'static [&'static str] = &["content", "commit"];
        }
        impl<'de> ::serde::de::Visitor<'de> for V {
            type Value = FileCommit;
            fn expecting(
                &self,
                f: &mut ::std::fmt::Formatter<'_>,
            ) -> ::std::fmt::Result {
                f.write_str("a FileCommit object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<Self::Value, A::Error> {
                let mut f0: ::std::option::Option<
                    ::std::option::Option<FileCommitContent>,
                > = None;
                let mut f1: ::std::option::Option<FileCommitCommit> = None;
                let mut expect = 0usize;
                while let Some(i) = map
                    .next_key_seed(super::runtime::FieldIndex::<V>::new(expect))?
                {
                    expect = i + 1;
                    match i {
                        0 => super::runtime::read_field(&mut f0, &mut map, "content")?,
                        1 => super::runtime::read_field(&mut f1, &mut map, "commit")?,
                        _ => {
                            map.next_value::<::serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(FileCommit {
                    content: f0.flatten(),
                    commit: f1
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "commit",
                        ))?,
                })
            }
        }
        d.deserialize_map(V)
    }
}
#[cfg(any(feature = "repos"))]
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, Default)]
pub struct FileCommitContent {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub path: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub sha: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub size: ::std::option::Option<i64>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub url: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub html_url: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub git_url: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub download_url: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub r#type: ::std::option::Option<::std::string::String>,
    #[serde(rename = "_links", skip_serializing_if = "::std::option::Option::is_none")]
    pub links: ::std::option::Option<FileCommitContentLinks>,
}
#[cfg(any(feature = "repos"))]
impl<'de> ::serde::Deserialize<'de> for FileCommitContent {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        d: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct V;
        impl super::runtime::StructFields for V {
            const FIELDS: &'static [&'static str] = &[
                "name",
                "path",
                "sha",
                "size",
                "url",
                "html_url",
                "git_url",
                "download_url",
                "type",
                "_links",
            ];
        }
        impl<'de> ::serde::de::Visitor<'de> for V {
            type Value = FileCommitContent;
            fn expecting(
                &self,
                f: &mut ::std::fmt::Formatter<'_>,
            ) -> ::std::fmt::Result {
                f.write_str("a FileCommitContent object")
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
                let mut f3: ::std::option::Option<::std::option::Option<i64>> = None;
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
                    ::std::option::Option<FileCommitContentLinks>,
                > = None;
                let mut expect = 0usize;
                while let Some(i) = map
                    .next_key_seed(super::runtime::FieldIndex::<V>::new(expect))?
                {
                    expect = i + 1;
                    match i {
                        0 => super::runtime::read_field(&mut f0, &mut map, "name")?,
                        1 => super::runtime::read_field(&mut f1, &mut map, "path")?,
                        2 => super::runtime::read_field(&mut f2, &mut map, "sha")?,
                        3 => super::runtime::read_field(&mut f3, &mut map, "size")?,
                        4 => super::runtime::read_field(&mut f4, &mut map, "url")?,
                        5 => super::runtime::read_field(&mut f5, &mut map, "html_url")?,
                        6 => super::runtime::read_field(&mut f6, &mut map, "git_url")?,
                        7 => {
                            super::runtime::read_field(
                                &mut f7,
                                &mut map,
                                "download_url",
                            )?
                        }
                        8 => super::runtime::read_field(&mut f8, &mut map, "type")?,
                        9 => super::runtime::read_field(&mut f9, &mut map, "_links")?,
                        _ => {
                            map.next_value::<::serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(FileCommitContent {
                    name: f0.flatten(),
                    path: f1.flatten(),
                    sha: f2.flatten(),
                    size: f3.flatten(),
                    url: f4.flatten(),
                    html_url: f5.flatten(),
                    git_url: f6.flatten(),
                    download_url: f7.flatten(),
                    r#type: f8.flatten(),
                    links: f9.flatten(),
                })
            }
        }
        d.deserialize_map(V)
    }
}
#[cfg(any(feature = "repos"))]
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, Default)]
pub struct FileCommitContentLinks {
    #[serde(rename = "self", skip_serializing_if = "::std::option::Option::is_none")]
    pub self_: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub git: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub html: ::std::option::Option<::std::string::String>,
}
#[cfg(any(feature = "repos"))]
impl<'de> ::serde::Deserialize<'de> for FileCommitContentLinks {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        d: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct V;
        impl super::runtime::StructFields for V {
            const FIELDS: &'static [&'static str] = &["self", "git", "html"];
        }
        impl<'de> ::serde::de::Visitor<'de> for V {
            type Value = FileCommitContentLinks;
            fn expecting(
                &self,
                f: &mut ::std::fmt::Formatter<'_>,
            ) -> ::std::fmt::Result {
                f.write_str("a FileCommitContentLinks object")
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
                let mut expect = 0usize;
                while let Some(i) = map
                    .next_key_seed(super::runtime::FieldIndex::<V>::new(expect))?
                {
                    expect = i + 1;
                    match i {
                        0 => super::runtime::read_field(&mut f0, &mut map, "self")?,
                        1 => super::runtime::read_field(&mut f1, &mut map, "git")?,
                        2 => super::runtime::read_field(&mut f2, &mut map, "html")?,
                        _ => {
                            map.next_value::<::serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(FileCommitContentLinks {
                    self_: f0.flatten(),
                    git: f1.flatten(),
                    html: f2.flatten(),
                })
            }
        }
        d.deserialize_map(V)
    }
}
#[cfg(any(feature = "repos"))]
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, Default)]
pub struct FileCommitCommit {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub sha: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub node_id: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub url: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub html_url: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub author: ::std::option::Option<FileCommitCommitAuthor>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub committer: ::std::option::Option<FileCommitCommitCommitter>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub message: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub tree: ::std::option::Option<FileCommitCommitTree>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub parents: ::std::option::Option<::std::vec::Vec<FileCommitCommitParentsItem>>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub verification: ::std::option::Option<FileCommitCommitVerification>,
}
#[cfg(any(feature = "repos"))]
impl<'de> ::serde::Deserialize<'de> for FileCommitCommit {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        d: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct V;
        impl super::runtime::StructFields for V {
            const FIELDS: &'static [&'static str] = &[
                "sha",
                "node_id",
                "url",
                "html_url",
                "author",
                "committer",
                "message",
                "tree",
                "parents",
                "verification",
            ];
        }
        impl<'de> ::serde::de::Visitor<'de> for V {
            type Value = FileCommitCommit;
            fn expecting(
                &self,
                f: &mut ::std::fmt::Formatter<'_>,
            ) -> ::std::fmt::Result {
                f.write_str("a FileCommitCommit object")
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
                    ::std::option::Option<FileCommitCommitAuthor>,
                > = None;
                let mut f5: ::std::option::Option<
                    ::std::option::Option<FileCommitCommitCommitter>,
                > = None;
                let mut f6: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f7: ::std::option::Option<
                    ::std::option::Option<FileCommitCommitTree>,
                > = None;
                let mut f8: ::std::option::Option<
                    ::std::option::Option<::std::vec::Vec<FileCommitCommitParentsItem>>,
                > = None;
                let mut f9: ::std::option::Option<
                    ::std::option::Option<FileCommitCommitVerification>,
                > = None;
                let mut expect = 0usize;
                while let Some(i) = map
                    .next_key_seed(super::runtime::FieldIndex::<V>::new(expect))?
                {
                    expect = i + 1;
                    match i {
                        0 => super::runtime::read_field(&mut f0, &mut map, "sha")?,
                        1 => super::runtime::read_field(&mut f1, &mut map, "node_id")?,
                        2 => super::runtime::read_field(&mut f2, &mut map, "url")?,
                        3 => super::runtime::read_field(&mut f3, &mut map, "html_url")?,
                        4 => super::runtime::read_field(&mut f4, &mut map, "author")?,
                        5 => super::runtime::read_field(&mut f5, &mut map, "committer")?,
                        6 => super::runtime::read_field(&mut f6, &mut map, "message")?,
                        7 => super::runtime::read_field(&mut f7, &mut map, "tree")?,
                        8 => super::runtime::read_field(&mut f8, &mut map, "parents")?,
                        9 => {
                            super::runtime::read_field(
                                &mut f9,
                                &mut map,
                                "verification",
                            )?
                        }
                        _ => {
                            map.next_value::<::serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(FileCommitCommit {
                    sha: f0.flatten(),
                    node_id: f1.flatten(),
                    url: f2.flatten(),
                    html_url: f3.flatten(),
                    author: f4.flatten(),
                    committer: f5.flatten(),
                    message: f6.flatten(),
                    tree: f7.flatten(),
                    parents: f8.flatten(),
                    verification: f9.flatten(),
                })
            }
        }
        d.deserialize_map(V)
    }
}
#[cfg(any(feature = "repos"))]
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, Default)]
pub struct FileCommitCommitAuthor {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub date: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub email: ::std::option::Option<::std::string::String>,
}
#[cfg(any(feature = "repos"))]
impl<'de> ::serde::Deserialize<'de> for FileCommitCommitAuthor {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        d: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct V;
        impl super::runtime::StructFields for V {
            const FIELDS: &'static [&'static str] = &["date", "name", "email"];
        }
        impl<'de> ::serde::de::Visitor<'de> for V {
            type Value = FileCommitCommitAuthor;
            fn expecting(
                &self,
                f: &mut ::std::fmt::Formatter<'_>,
            ) -> ::std::fmt::Result {
                f.write_str("a FileCommitCommitAuthor object")
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
                let mut expect = 0usize;
                while let Some(i) = map
                    .next_key_seed(super::runtime::FieldIndex::<V>::new(expect))?
                {
                    expect = i + 1;
                    match i {
                        0 => super::runtime::read_field(&mut f0, &mut map, "date")?,
                        1 => super::runtime::read_field(&mut f1, &mut map, "name")?,
                        2 => super::runtime::read_field(&mut f2, &mut map, "email")?,
                        _ => {
                            map.next_value::<::serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(FileCommitCommitAuthor {
                    date: f0.flatten(),
                    name: f1.flatten(),
                    email: f2.flatten(),
                })
            }
        }
        d.deserialize_map(V)
    }
}
#[cfg(any(feature = "repos"))]
pub type FileCommitCommitCommitter = FileCommitCommitAuthor;
#[cfg(any(feature = "repos"))]
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, Default)]
pub struct FileCommitCommitTree {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub url: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub sha: ::std::option::Option<::std::string::String>,
}
#[cfg(any(feature = "repos"))]
impl<'de> ::serde::Deserialize<'de> for FileCommitCommitTree {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        d: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct V;
        impl super::runtime::StructFields for V {
            const FIELDS: &'static [&'static str] = &["url", "sha"];
        }
        impl<'de> ::serde::de::Visitor<'de> for V {
            type Value = FileCommitCommitTree;
            fn expecting(
                &self,
                f: &mut ::std::fmt::Formatter<'_>,
            ) -> ::std::fmt::Result {
                f.write_str("a FileCommitCommitTree object")
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
                        0 => super::runtime::read_field(&mut f0, &mut map, "url")?,
                        1 => super::runtime::read_field(&mut f1, &mut map, "sha")?,
                        _ => {
                            map.next_value::<::serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(FileCommitCommitTree {
                    url: f0.flatten(),
                    sha: f1.flatten(),
                })
            }
        }
        d.deserialize_map(V)
    }
}
#[cfg(any(feature = "repos"))]
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, Default)]
pub struct FileCommitCommitParentsItem {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub url: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub html_url: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub sha: ::std::option::Option<::std::string::String>,
}
#[cfg(any(feature = "repos"))]
impl<'de> ::serde::Deserialize<'de> for FileCommitCommitParentsItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        d: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct V;
        impl super::runtime::StructFields for V {
            const FIELDS: &'static [&'static str] = &["url", "html_url", "sha"];
        }
        impl<'de> ::serde::de::Visitor<'de> for V {
            type Value = FileCommitCommitParentsItem;
            fn expecting(
                &self,
                f: &mut ::std::fmt::Formatter<'_>,
            ) -> ::std::fmt::Result {
                f.write_str("a FileCommitCommitParentsItem object")
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
                let mut expect = 0usize;
                while let Some(i) = map
                    .next_key_seed(super::runtime::FieldIndex::<V>::new(expect))?
                {
                    expect = i + 1;
                    match i {
                        0 => super::runtime::read_field(&mut f0, &mut map, "url")?,
                        1 => super::runtime::read_field(&mut f1, &mut map, "html_url")?,
                        2 => super::runtime::read_field(&mut f2, &mut map, "sha")?,
                        _ => {
                            map.next_value::<::serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(FileCommitCommitParentsItem {
                    url: f0.flatten(),
                    html_url: f1.flatten(),
                    sha: f2.flatten(),
                })
            }
        }
        d.deserialize_map(V)
    }
}
#[cfg(any(feature = "repos"))]
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, Default)]
pub struct FileCommitCommitVerification {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub verified: ::std::option::Option<bool>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub reason: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub signature: ::std::option::Option<::std::option::Option<::std::string::String>>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub payload: ::std::option::Option<::std::option::Option<::std::string::String>>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub verified_at: ::std::option::Option<::std::option::Option<::std::string::String>>,
}
#[cfg(any(feature = "repos"))]
impl<'de> ::serde::Deserialize<'de> for FileCommitCommitVerification {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        d: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct V;
        impl super::runtime::StructFields for V {
            const FIELDS: &'static [&'static str] = &[
                "verified",
                "reason",
                "signature",
                "payload",
                "verified_at",
            ];
        }
        impl<'de> ::serde::de::Visitor<'de> for V {
            type Value = FileCommitCommitVerification;
            fn expecting(
                &self,
                f: &mut ::std::fmt::Formatter<'_>,
            ) -> ::std::fmt::Result {
                f.write_str("a FileCommitCommitVerification object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<Self::Value, A::Error> {
                let mut f0: ::std::option::Option<::std::option::Option<bool>> = None;
                let mut f1: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f2: ::std::option::Option<
                    ::std::option::Option<::std::option::Option<::std::string::String>>,
                > = None;
                let mut f3: ::std::option::Option<
                    ::std::option::Option<::std::option::Option<::std::string::String>>,
                > = None;
                let mut f4: ::std::option::Option<
                    ::std::option::Option<::std::option::Option<::std::string::String>>,
                > = None;
                let mut expect = 0usize;
                while let Some(i) = map
                    .next_key_seed(super::runtime::FieldIndex::<V>::new(expect))?
                {
                    expect = i + 1;
                    match i {
                        0 => super::runtime::read_field(&mut f0, &mut map, "verified")?,
                        1 => super::runtime::read_field(&mut f1, &mut map, "reason")?,
                        2 => super::runtime::read_field(&mut f2, &mut map, "signature")?,
                        3 => super::runtime::read_field(&mut f3, &mut map, "payload")?,
                        4 => {
                            super::runtime::read_field(&mut f4, &mut map, "verified_at")?
                        }
                        _ => {
                            map.next_value::<::serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(FileCommitCommitVerification {
                    verified: f0.flatten(),
                    reason: f1.flatten(),
                    signature: f2.map(::std::option::Option::flatten),
                    payload: f3.map(::std::option::Option::flatten),
                    verified_at: f4.map(::std::option::Option::flatten),
                })
            }
        }
        d.deserialize_map(V)
    }
}
#[cfg(any(feature = "repos"))]
/// The ID of the push protection bypass placeholder. This value is returned on any push protected routes.
pub type SecretScanningPushProtectionBypassPlaceholderId = ::std::string::String;
#[cfg(any(feature = "repos"))]
/// Repository rule violation was detected
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, Default)]
pub struct RepositoryRuleViolationError {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub message: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub documentation_url: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub status: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub metadata: ::std::option::Option<RepositoryRuleViolationErrorMetadata>,
}
#[cfg(any(feature = "repos"))]
impl<'de> ::serde::Deserialize<'de> for RepositoryRuleViolationError {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        d: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct V;
        impl super::runtime::StructFields for V {
            const FIELDS: &'static [&'static str] = &[
                "message",
                "documentation_url",
                "status",
                "metadata",
            ];
        }
        impl<'de> ::serde::de::Visitor<'de> for V {
            type Value = RepositoryRuleViolationError;
            fn expecting(
                &self,
                f: &mut ::std::fmt::Formatter<'_>,
            ) -> ::std::fmt::Result {
                f.write_str("a RepositoryRuleViolationError object")
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
                    ::std::option::Option<RepositoryRuleViolationErrorMetadata>,
                > = None;
                let mut expect = 0usize;
                while let Some(i) = map
                    .next_key_seed(super::runtime::FieldIndex::<V>::new(expect))?
                {
                    expect = i + 1;
                    match i {
                        0 => super::runtime::read_field(&mut f0, &mut map, "message")?,
                        1 => {
                            super::runtime::read_field(
                                &mut f1,
                                &mut map,
                                "documentation_url",
                            )?
                        }
                        2 => super::runtime::read_field(&mut f2, &mut map, "status")?,
                        3 => super::runtime::read_field(&mut f3, &mut map, "metadata")?,
                        _ => {
                            map.next_value::<::serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(RepositoryRuleViolationError {
                    message: f0.flatten(),
                    documentation_url: f1.flatten(),
                    status: f2.flatten(),
                    metadata: f3.flatten(),
                })
            }
        }
        d.deserialize_map(V)
    }
}
#[cfg(any(feature = "repos"))]
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, Default)]
pub struct RepositoryRuleViolationErrorMetadata {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub secret_scanning: ::std::option::Option<
        RepositoryRuleViolationErrorMetadataSecretScanning,
    >,
}
#[cfg(any(feature = "repos"))]
impl<'de> ::serde::Deserialize<'de> for RepositoryRuleViolationErrorMetadata {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        d: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct V;
        impl super::runtime::StructFields for V {
            const FIELDS: &'static [&'static str] = &["secret_scanning"];
        }
        impl<'de> ::serde::de::Visitor<'de> for V {
            type Value = RepositoryRuleViolationErrorMetadata;
            fn expecting(
                &self,
                f: &mut ::std::fmt::Formatter<'_>,
            ) -> ::std::fmt::Result {
                f.write_str("a RepositoryRuleViolationErrorMetadata object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<Self::Value, A::Error> {
                let mut f0: ::std::option::Option<
                    ::std::option::Option<
                        RepositoryRuleViolationErrorMetadataSecretScanning,
                    >,
                > = None;
                let mut expect = 0usize;
                while let Some(i) = map
                    .next_key_seed(super::runtime::FieldIndex::<V>::new(expect))?
                {
                    expect = i + 1;
                    match i {
                        0 => {
                            super::runtime::read_field(
                                &mut f0,
                                &mut map,
                                "secret_scanning",
                            )?
                        }
                        _ => {
                            map.next_value::<::serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(RepositoryRuleViolationErrorMetadata {
                    secret_scanning: f0.flatten(),
                })
            }
        }
        d.deserialize_map(V)
    }
}
#[cfg(any(feature = "repos"))]
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, Default)]
pub struct RepositoryRuleViolationErrorMetadataSecretScanning {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub bypass_placeholders: ::std::option::Option<
        ::std::vec::Vec<
            RepositoryRuleViolationErrorMetadataSecretScanningBypassPlaceholdersItem,
        >,
    >,
}
#[cfg(any(feature = "repos"))]
impl<'de> ::serde::Deserialize<'de>
for RepositoryRuleViolationErrorMetadataSecretScanning {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        d: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct V;
        impl super::runtime::StructFields for V {
            const FIELDS: &'static [&'static str] = &["bypass_placeholders"];
        }
        impl<'de> ::serde::de::Visitor<'de> for V {
            type Value = RepositoryRuleViolationErrorMetadataSecretScanning;
            fn expecting(
                &self,
                f: &mut ::std::fmt::Formatter<'_>,
            ) -> ::std::fmt::Result {
                f.write_str(
                    "a RepositoryRuleViolationErrorMetadataSecretScanning object",
                )
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<Self::Value, A::Error> {
                let mut f0: ::std::option::Option<
                    ::std::option::Option<
                        ::std::vec::Vec<
                            RepositoryRuleViolationErrorMetadataSecretScanningBypassPlaceholdersItem,
                        >,
                    >,
                > = None;
                let mut expect = 0usize;
                while let Some(i) = map
                    .next_key_seed(super::runtime::FieldIndex::<V>::new(expect))?
                {
                    expect = i + 1;
                    match i {
                        0 => {
                            super::runtime::read_field(
                                &mut f0,
                                &mut map,
                                "bypass_placeholders",
                            )?
                        }
                        _ => {
                            map.next_value::<::serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(RepositoryRuleViolationErrorMetadataSecretScanning {
                    bypass_placeholders: f0.flatten(),
                })
            }
        }
        d.deserialize_map(V)
    }
}
#[cfg(any(feature = "repos"))]
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, Default)]
pub struct RepositoryRuleViolationErrorMetadataSecretScanningBypassPlaceholdersItem {
    /// The ID of the push protection bypass placeholder. This value is returned on any push protected routes.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub placeholder_id: ::std::option::Option<
        SecretScanningPushProtectionBypassPlaceholderId,
    >,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub token_type: ::std::option::Option<::std::string::String>,
}
#[cfg(any(feature = "repos"))]
impl<'de> ::serde::Deserialize<'de>
for RepositoryRuleViolationErrorMetadataSecretScanningBypassPlaceholdersItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        d: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct V;
        impl super::runtime::StructFields for V {
            const FIELDS: &'static [&'static str] = &["placeholder_id", "token_type"];
        }
        impl<'de> ::serde::de::Visitor<'de> for V {
            type Value = RepositoryRuleViolationErrorMetadataSecretScanningBypassPlaceholdersItem;
            fn expecting(
                &self,
                f: &mut ::std::fmt::Formatter<'_>,
            ) -> ::std::fmt::Result {
                f.write_str(
                    "a RepositoryRuleViolationErrorMetadataSecretScanningBypassPlaceholdersItem object",
                )
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<Self::Value, A::Error> {
                let mut f0: ::std::option::Option<
                    ::std::option::Option<
                        SecretScanningPushProtectionBypassPlaceholderId,
                    >,
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
                        0 => {
                            super::runtime::read_field(
                                &mut f0,
                                &mut map,
                                "placeholder_id",
                            )?
                        }
                        1 => super::runtime::read_field(&mut f1, &mut map, "token_type")?,
                        _ => {
                            map.next_value::<::serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(RepositoryRuleViolationErrorMetadataSecretScanningBypassPlaceholdersItem {
                    placeholder_id: f0.flatten(),
                    token_type: f1.flatten(),
                })
            }
        }
        d.deserialize_map(V)
    }
}
#[cfg(any(feature = "search"))]
/// Search Result Text Matches
pub type SearchResultTextMatches = ::std::vec::Vec<SearchResultTextMatchesItem>;
#[cfg(any(feature = "search"))]
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, Default)]
pub struct SearchResultTextMatchesItem {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub object_url: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub object_type: ::std::option::Option<::std::option::Option<::std::string::String>>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub property: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub fragment: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub matches: ::std::option::Option<
        ::std::vec::Vec<SearchResultTextMatchesItemMatchesItem>,
    >,
}
#[cfg(any(feature = "search"))]
impl<'de> ::serde::Deserialize<'de> for SearchResultTextMatchesItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        d: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct V;
        impl super::runtime::StructFields for V {
            const FIELDS: &'static [&'static str] = &[
                "object_url",
                "object_type",
                "property",
                "fragment",
                "matches",
            ];
        }
        impl<'de> ::serde::de::Visitor<'de> for V {
            type Value = SearchResultTextMatchesItem;
            fn expecting(
                &self,
                f: &mut ::std::fmt::Formatter<'_>,
            ) -> ::std::fmt::Result {
                f.write_str("a SearchResultTextMatchesItem object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<Self::Value, A::Error> {
                let mut f0: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f1: ::std::option::Option<
                    ::std::option::Option<::std::option::Option<::std::string::String>>,
                > = None;
                let mut f2: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f3: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f4: ::std::option::Option<
                    ::std::option::Option<
                        ::std::vec::Vec<SearchResultTextMatchesItemMatchesItem>,
                    >,
                > = None;
                let mut expect = 0usize;
                while let Some(i) = map
                    .next_key_seed(super::runtime::FieldIndex::<V>::new(expect))?
                {
                    expect = i + 1;
                    match i {
                        0 => super::runtime::read_field(&mut f0, &mut map, "object_url")?,
                        1 => {
                            super::runtime::read_field(&mut f1, &mut map, "object_type")?
                        }
                        2 => super::runtime::read_field(&mut f2, &mut map, "property")?,
                        3 => super::runtime::read_field(&mut f3, &mut map, "fragment")?,
                        4 => super::runtime::read_field(&mut f4, &mut map, "matches")?,
                        _ => {
                            map.next_value::<::serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(SearchResultTextMatchesItem {
                    object_url: f0.flatten(),
                    object_type: f1.map(::std::option::Option::flatten),
                    property: f2.flatten(),
                    fragment: f3.flatten(),
                    matches: f4.flatten(),
                })
            }
        }
        d.deserialize_map(V)
    }
}
#[cfg(any(feature = "search"))]
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, Default)]
pub struct SearchResultTextMatchesItemMatchesItem {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub text: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub indices: ::std::option::Option<::std::vec::Vec<i64>>,
}
#[cfg(any(feature = "search"))]
impl<'de> ::serde::Deserialize<'de> for SearchResultTextMatchesItemMatchesItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        d: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct V;
        impl super::runtime::StructFields for V {
            const FIELDS: &'static [&'static str] = &["text", "indices"];
        }
        impl<'de> ::serde::de::Visitor<'de> for V {
            type Value = SearchResultTextMatchesItemMatchesItem;
            fn expecting(
                &self,
                f: &mut ::std::fmt::Formatter<'_>,
            ) -> ::std::fmt::Result {
                f.write_str("a SearchResultTextMatchesItemMatchesItem object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<Self::Value, A::Error> {
                let mut f0: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f1: ::std::option::Option<
                    ::std::option::Option<::std::vec::Vec<i64>>,
                > = None;
                let mut expect = 0usize;
                while let Some(i) = map
                    .next_key_seed(super::runtime::FieldIndex::<V>::new(expect))?
                {
                    expect = i + 1;
                    match i {
                        0 => super::runtime::read_field(&mut f0, &mut map, "text")?,
                        1 => super::runtime::read_field(&mut f1, &mut map, "indices")?,
                        _ => {
                            map.next_value::<::serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(SearchResultTextMatchesItemMatchesItem {
                    text: f0.flatten(),
                    indices: f1.flatten(),
                })
            }
        }
        d.deserialize_map(V)
    }
}
#[cfg(any(feature = "search"))]
/// Code Search Result Item
///
/// Code Search Result Item
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct CodeSearchResultItem {
    pub name: ::std::string::String,
    pub path: ::std::string::String,
    pub sha: ::std::string::String,
    pub url: ::std::string::String,
    pub git_url: ::std::string::String,
    pub html_url: ::std::string::String,
    /// Minimal Repository
    pub repository: MinimalRepository,
    pub score: f64,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub file_size: ::std::option::Option<i64>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub language: ::std::option::Option<::std::option::Option<::std::string::String>>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub last_modified_at: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub line_numbers: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// Search Result Text Matches
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub text_matches: ::std::option::Option<SearchResultTextMatches>,
}
#[cfg(any(feature = "search"))]
impl CodeSearchResultItem {
    /// A value with the required fields given and every optional one absent (set those
    /// afterwards: `value.field = Some(..)`).
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        name: ::std::string::String,
        path: ::std::string::String,
        sha: ::std::string::String,
        url: ::std::string::String,
        git_url: ::std::string::String,
        html_url: ::std::string::String,
        repository: MinimalRepository,
        score: f64,
    ) -> Self {
        Self {
            name,
            path,
            sha,
            url,
            git_url,
            html_url,
            repository,
            score,
            file_size: ::std::default::Default::default(),
            language: ::std::default::Default::default(),
            last_modified_at: ::std::default::Default::default(),
            line_numbers: ::std::default::Default::default(),
            text_matches: ::std::default::Default::default(),
        }
    }
}
#[cfg(any(feature = "search"))]
impl<'de> ::serde::Deserialize<'de> for CodeSearchResultItem {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        d: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct V;
        impl super::runtime::StructFields for V {
            const FIELDS: &'static [&'static str] = &[
                "name",
                "path",
                "sha",
                "url",
                "git_url",
                "html_url",
                "repository",
                "score",
                "file_size",
                "language",
                "last_modified_at",
                "line_numbers",
                "text_matches",
            ];
        }
        impl<'de> ::serde::de::Visitor<'de> for V {
            type Value = CodeSearchResultItem;
            fn expecting(
                &self,
                f: &mut ::std::fmt::Formatter<'_>,
            ) -> ::std::fmt::Result {
                f.write_str("a CodeSearchResultItem object")
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
                let mut f6: ::std::option::Option<MinimalRepository> = None;
                let mut f7: ::std::option::Option<f64> = None;
                let mut f8: ::std::option::Option<::std::option::Option<i64>> = None;
                let mut f9: ::std::option::Option<
                    ::std::option::Option<::std::option::Option<::std::string::String>>,
                > = None;
                let mut f10: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f11: ::std::option::Option<
                    ::std::option::Option<::std::vec::Vec<::std::string::String>>,
                > = None;
                let mut f12: ::std::option::Option<
                    ::std::option::Option<SearchResultTextMatches>,
                > = None;
                let mut expect = 0usize;
                while let Some(i) = map
                    .next_key_seed(super::runtime::FieldIndex::<V>::new(expect))?
                {
                    expect = i + 1;
                    match i {
                        0 => super::runtime::read_field(&mut f0, &mut map, "name")?,
                        1 => super::runtime::read_field(&mut f1, &mut map, "path")?,
                        2 => super::runtime::read_field(&mut f2, &mut map, "sha")?,
                        3 => super::runtime::read_field(&mut f3, &mut map, "url")?,
                        4 => super::runtime::read_field(&mut f4, &mut map, "git_url")?,
                        5 => super::runtime::read_field(&mut f5, &mut map, "html_url")?,
                        6 => super::runtime::read_field(&mut f6, &mut map, "repository")?,
                        7 => super::runtime::read_field(&mut f7, &mut map, "score")?,
                        8 => super::runtime::read_field(&mut f8, &mut map, "file_size")?,
                        9 => super::runtime::read_field(&mut f9, &mut map, "language")?,
                        10 => {
                            super::runtime::read_field(
                                &mut f10,
                                &mut map,
                                "last_modified_at",
                            )?
                        }
                        11 => {
                            super::runtime::read_field(
                                &mut f11,
                                &mut map,
                                "line_numbers",
                            )?
                        }
                        12 => {
                            super::runtime::read_field(
                                &mut f12,
                                &mut map,
                                "text_matches",
                            )?
                        }
                        _ => {
                            map.next_value::<::serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(CodeSearchResultItem {
                    name: f0
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "name",
                        ))?,
                    path: f1
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "path",
                        ))?,
                    sha: f2
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "sha",
                        ))?,
                    url: f3
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "url",
                        ))?,
                    git_url: f4
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "git_url",
                        ))?,
                    html_url: f5
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "html_url",
                        ))?,
                    repository: f6
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "repository",
                        ))?,
                    score: f7
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "score",
                        ))?,
                    file_size: f8.flatten(),
                    language: f9.map(::std::option::Option::flatten),
                    last_modified_at: f10.flatten(),
                    line_numbers: f11.flatten(),
                    text_matches: f12.flatten(),
                })
            }
        }
        d.deserialize_map(V)
    }
}
#[cfg(any(feature = "users"))]
/// Private User
///
/// Private User
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct PrivateUser {
    pub login: ::std::string::String,
    pub id: i64,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub user_view_type: ::std::option::Option<::std::string::String>,
    pub node_id: ::std::string::String,
    pub avatar_url: ::std::string::String,
    pub gravatar_id: ::std::option::Option<::std::string::String>,
    pub url: ::std::string::String,
    pub html_url: ::std::string::String,
    pub followers_url: ::std::string::String,
    pub following_url: ::std::string::String,
    pub gists_url: ::std::string::String,
    pub starred_url: ::std::string::String,
    pub subscriptions_url: ::std::string::String,
    pub organizations_url: ::std::string::String,
    pub repos_url: ::std::string::String,
    pub events_url: ::std::string::String,
    pub received_events_url: ::std::string::String,
    pub r#type: ::std::string::String,
    pub site_admin: bool,
    pub name: ::std::option::Option<::std::string::String>,
    pub company: ::std::option::Option<::std::string::String>,
    pub blog: ::std::option::Option<::std::string::String>,
    pub location: ::std::option::Option<::std::string::String>,
    pub email: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub notification_email: ::std::option::Option<
        ::std::option::Option<::std::string::String>,
    >,
    pub hireable: ::std::option::Option<bool>,
    pub bio: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub twitter_username: ::std::option::Option<
        ::std::option::Option<::std::string::String>,
    >,
    pub public_repos: i64,
    pub public_gists: i64,
    pub followers: i64,
    pub following: i64,
    pub created_at: ::std::string::String,
    pub updated_at: ::std::string::String,
    pub private_gists: i64,
    pub total_private_repos: i64,
    pub owned_private_repos: i64,
    pub disk_usage: i64,
    pub collaborators: i64,
    pub two_factor_authentication: bool,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub plan: ::std::option::Option<PrivateUserPlan>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub business_plus: ::std::option::Option<bool>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub ldap_dn: ::std::option::Option<::std::string::String>,
}
#[cfg(any(feature = "users"))]
impl PrivateUser {
    /// A value with the required fields given and every optional one absent (set those
    /// afterwards: `value.field = Some(..)`).
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        login: ::std::string::String,
        id: i64,
        node_id: ::std::string::String,
        avatar_url: ::std::string::String,
        url: ::std::string::String,
        html_url: ::std::string::String,
        followers_url: ::std::string::String,
        following_url: ::std::string::String,
        gists_url: ::std::string::String,
        starred_url: ::std::string::String,
        subscriptions_url: ::std::string::String,
        organizations_url: ::std::string::String,
        repos_url: ::std::string::String,
        events_url: ::std::string::String,
        received_events_url: ::std::string::String,
        r#type: ::std::string::String,
        site_admin: bool,
        public_repos: i64,
        public_gists: i64,
        followers: i64,
        following: i64,
        created_at: ::std::string::String,
        updated_at: ::std::string::String,
        private_gists: i64,
        total_private_repos: i64,
        owned_private_repos: i64,
        disk_usage: i64,
        collaborators: i64,
        two_factor_authentication: bool,
    ) -> Self {
        Self {
            login,
            id,
            user_view_type: ::std::default::Default::default(),
            node_id,
            avatar_url,
            gravatar_id: ::std::default::Default::default(),
            url,
            html_url,
            followers_url,
            following_url,
            gists_url,
            starred_url,
            subscriptions_url,
            organizations_url,
            repos_url,
            events_url,
            received_events_url,
            r#type,
            site_admin,
            name: ::std::default::Default::default(),
            company: ::std::default::Default::default(),
            blog: ::std::default::Default::default(),
            location: ::std::default::Default::default(),
            email: ::std::default::Default::default(),
            notification_email: ::std::default::Default::default(),
            hireable: ::std::default::Default::default(),
            bio: ::std::default::Default::default(),
            twitter_username: ::std::default::Default::default(),
            public_repos,
            public_gists,
            followers,
            following,
            created_at,
            updated_at,
            private_gists,
            total_private_repos,
            owned_private_repos,
            disk_usage,
            collaborators,
            two_factor_authentication,
            plan: ::std::default::Default::default(),
            business_plus: ::std::default::Default::default(),
            ldap_dn: ::std::default::Default::default(),
        }
    }
}
#[cfg(any(feature = "users"))]
impl<'de> ::serde::Deserialize<'de> for PrivateUser {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        d: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct V;
        impl super::runtime::StructFields for V {
            const FIELDS: &'static [&'static str] = &[
                "login",
                "id",
                "user_view_type",
                "node_id",
                "avatar_url",
                "gravatar_id",
                "url",
                "html_url",
                "followers_url",
                "following_url",
                "gists_url",
                "starred_url",
                "subscriptions_url",
                "organizations_url",
                "repos_url",
                "events_url",
                "received_events_url",
                "type",
                "site_admin",
                "name",
                "company",
                "blog",
                "location",
                "email",
                "notification_email",
                "hireable",
                "bio",
                "twitter_username",
                "public_repos",
                "public_gists",
                "followers",
                "following",
                "created_at",
                "updated_at",
                "private_gists",
                "total_private_repos",
                "owned_private_repos",
                "disk_usage",
                "collaborators",
                "two_factor_authentication",
                "plan",
                "business_plus",
                "ldap_dn",
            ];
        }
        impl<'de> ::serde::de::Visitor<'de> for V {
            type Value = PrivateUser;
            fn expecting(
                &self,
                f: &mut ::std::fmt::Formatter<'_>,
            ) -> ::std::fmt::Result {
                f.write_str("a PrivateUser object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<Self::Value, A::Error> {
                let mut f0: ::std::option::Option<::std::string::String> = None;
                let mut f1: ::std::option::Option<i64> = None;
                let mut f2: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f3: ::std::option::Option<::std::string::String> = None;
                let mut f4: ::std::option::Option<::std::string::String> = None;
                let mut f5: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
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
                let mut f18: ::std::option::Option<bool> = None;
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
                    ::std::option::Option<::std::option::Option<::std::string::String>>,
                > = None;
                let mut f25: ::std::option::Option<::std::option::Option<bool>> = None;
                let mut f26: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f27: ::std::option::Option<
                    ::std::option::Option<::std::option::Option<::std::string::String>>,
                > = None;
                let mut f28: ::std::option::Option<i64> = None;
                let mut f29: ::std::option::Option<i64> = None;
                let mut f30: ::std::option::Option<i64> = None;
                let mut f31: ::std::option::Option<i64> = None;
                let mut f32: ::std::option::Option<::std::string::String> = None;
                let mut f33: ::std::option::Option<::std::string::String> = None;
                let mut f34: ::std::option::Option<i64> = None;
                let mut f35: ::std::option::Option<i64> = None;
                let mut f36: ::std::option::Option<i64> = None;
                let mut f37: ::std::option::Option<i64> = None;
                let mut f38: ::std::option::Option<i64> = None;
                let mut f39: ::std::option::Option<bool> = None;
                let mut f40: ::std::option::Option<
                    ::std::option::Option<PrivateUserPlan>,
                > = None;
                let mut f41: ::std::option::Option<::std::option::Option<bool>> = None;
                let mut f42: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut expect = 0usize;
                while let Some(i) = map
                    .next_key_seed(super::runtime::FieldIndex::<V>::new(expect))?
                {
                    expect = i + 1;
                    match i {
                        0 => super::runtime::read_field(&mut f0, &mut map, "login")?,
                        1 => super::runtime::read_field(&mut f1, &mut map, "id")?,
                        2 => {
                            super::runtime::read_field(
                                &mut f2,
                                &mut map,
                                "user_view_type",
                            )?
                        }
                        3 => super::runtime::read_field(&mut f3, &mut map, "node_id")?,
                        4 => super::runtime::read_field(&mut f4, &mut map, "avatar_url")?,
                        5 => {
                            super::runtime::read_field(&mut f5, &mut map, "gravatar_id")?
                        }
                        6 => super::runtime::read_field(&mut f6, &mut map, "url")?,
                        7 => super::runtime::read_field(&mut f7, &mut map, "html_url")?,
                        8 => {
                            super::runtime::read_field(
                                &mut f8,
                                &mut map,
                                "followers_url",
                            )?
                        }
                        9 => {
                            super::runtime::read_field(
                                &mut f9,
                                &mut map,
                                "following_url",
                            )?
                        }
                        10 => {
                            super::runtime::read_field(&mut f10, &mut map, "gists_url")?
                        }
                        11 => {
                            super::runtime::read_field(
                                &mut f11,
                                &mut map,
                                "starred_url",
                            )?
                        }
                        12 => {
                            super::runtime::read_field(
                                &mut f12,
                                &mut map,
                                "subscriptions_url",
                            )?
                        }
                        13 => {
                            super::runtime::read_field(
                                &mut f13,
                                &mut map,
                                "organizations_url",
                            )?
                        }
                        14 => {
                            super::runtime::read_field(&mut f14, &mut map, "repos_url")?
                        }
                        15 => {
                            super::runtime::read_field(&mut f15, &mut map, "events_url")?
                        }
                        16 => {
                            super::runtime::read_field(
                                &mut f16,
                                &mut map,
                                "received_events_url",
                            )?
                        }
                        17 => super::runtime::read_field(&mut f17, &mut map, "type")?,
                        18 => {
                            super::runtime::read_field(&mut f18, &mut map, "site_admin")?
                        }
                        19 => super::runtime::read_field(&mut f19, &mut map, "name")?,
                        20 => super::runtime::read_field(&mut f20, &mut map, "company")?,
                        21 => super::runtime::read_field(&mut f21, &mut map, "blog")?,
                        22 => super::runtime::read_field(&mut f22, &mut map, "location")?,
                        23 => super::runtime::read_field(&mut f23, &mut map, "email")?,
                        24 => {
                            super::runtime::read_field(
                                &mut f24,
                                &mut map,
                                "notification_email",
                            )?
                        }
                        25 => super::runtime::read_field(&mut f25, &mut map, "hireable")?,
                        26 => super::runtime::read_field(&mut f26, &mut map, "bio")?,
                        27 => {
                            super::runtime::read_field(
                                &mut f27,
                                &mut map,
                                "twitter_username",
                            )?
                        }
                        28 => {
                            super::runtime::read_field(
                                &mut f28,
                                &mut map,
                                "public_repos",
                            )?
                        }
                        29 => {
                            super::runtime::read_field(
                                &mut f29,
                                &mut map,
                                "public_gists",
                            )?
                        }
                        30 => {
                            super::runtime::read_field(&mut f30, &mut map, "followers")?
                        }
                        31 => {
                            super::runtime::read_field(&mut f31, &mut map, "following")?
                        }
                        32 => {
                            super::runtime::read_field(&mut f32, &mut map, "created_at")?
                        }
                        33 => {
                            super::runtime::read_field(&mut f33, &mut map, "updated_at")?
                        }
                        34 => {
                            super::runtime::read_field(
                                &mut f34,
                                &mut map,
                                "private_gists",
                            )?
                        }
                        35 => {
                            super::runtime::read_field(
                                &mut f35,
                                &mut map,
                                "total_private_repos",
                            )?
                        }
                        36 => {
                            super::runtime::read_field(
                                &mut f36,
                                &mut map,
                                "owned_private_repos",
                            )?
                        }
                        37 => {
                            super::runtime::read_field(&mut f37, &mut map, "disk_usage")?
                        }
                        38 => {
                            super::runtime::read_field(
                                &mut f38,
                                &mut map,
                                "collaborators",
                            )?
                        }
                        39 => {
                            super::runtime::read_field(
                                &mut f39,
                                &mut map,
                                "two_factor_authentication",
                            )?
                        }
                        40 => super::runtime::read_field(&mut f40, &mut map, "plan")?,
                        41 => {
                            super::runtime::read_field(
                                &mut f41,
                                &mut map,
                                "business_plus",
                            )?
                        }
                        42 => super::runtime::read_field(&mut f42, &mut map, "ldap_dn")?,
                        _ => {
                            map.next_value::<::serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(PrivateUser {
                    login: f0
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "login",
                        ))?,
                    id: f1
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "id",
                        ))?,
                    user_view_type: f2.flatten(),
                    node_id: f3
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "node_id",
                        ))?,
                    avatar_url: f4
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "avatar_url",
                        ))?,
                    gravatar_id: f5.flatten(),
                    url: f6
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "url",
                        ))?,
                    html_url: f7
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "html_url",
                        ))?,
                    followers_url: f8
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "followers_url",
                        ))?,
                    following_url: f9
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "following_url",
                        ))?,
                    gists_url: f10
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "gists_url",
                        ))?,
                    starred_url: f11
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "starred_url",
                        ))?,
                    subscriptions_url: f12
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "subscriptions_url",
                        ))?,
                    organizations_url: f13
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "organizations_url",
                        ))?,
                    repos_url: f14
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "repos_url",
                        ))?,
                    events_url: f15
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "events_url",
                        ))?,
                    received_events_url: f16
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "received_events_url",
                        ))?,
                    r#type: f17
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "type",
                        ))?,
                    site_admin: f18
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "site_admin",
                        ))?,
                    name: f19.flatten(),
                    company: f20.flatten(),
                    blog: f21.flatten(),
                    location: f22.flatten(),
                    email: f23.flatten(),
                    notification_email: f24.map(::std::option::Option::flatten),
                    hireable: f25.flatten(),
                    bio: f26.flatten(),
                    twitter_username: f27.map(::std::option::Option::flatten),
                    public_repos: f28
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "public_repos",
                        ))?,
                    public_gists: f29
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "public_gists",
                        ))?,
                    followers: f30
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "followers",
                        ))?,
                    following: f31
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "following",
                        ))?,
                    created_at: f32
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "created_at",
                        ))?,
                    updated_at: f33
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "updated_at",
                        ))?,
                    private_gists: f34
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "private_gists",
                        ))?,
                    total_private_repos: f35
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "total_private_repos",
                        ))?,
                    owned_private_repos: f36
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "owned_private_repos",
                        ))?,
                    disk_usage: f37
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "disk_usage",
                        ))?,
                    collaborators: f38
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "collaborators",
                        ))?,
                    two_factor_authentication: f39
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "two_factor_authentication",
                        ))?,
                    plan: f40.flatten(),
                    business_plus: f41.flatten(),
                    ldap_dn: f42.flatten(),
                })
            }
        }
        d.deserialize_map(V)
    }
}
#[cfg(any(feature = "users"))]
pub type PrivateUserPlan = PublicUserPlan;
#[cfg(any(feature = "repos"))]
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ReposListForOrgType {
    ///all
    All,
    ///public
    Public,
    ///private
    Private,
    ///forks
    Forks,
    ///sources
    Sources,
    ///member
    Member,
    /// A value this version of the API description does not list.
    Unknown(::std::string::String),
}
#[cfg(any(feature = "repos"))]
impl ReposListForOrgType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::All => "all",
            Self::Public => "public",
            Self::Private => "private",
            Self::Forks => "forks",
            Self::Sources => "sources",
            Self::Member => "member",
            Self::Unknown(s) => s.as_str(),
        }
    }
}
#[cfg(any(feature = "repos"))]
impl ::std::convert::From<&str> for ReposListForOrgType {
    fn from(s: &str) -> Self {
        match s {
            "all" => Self::All,
            "public" => Self::Public,
            "private" => Self::Private,
            "forks" => Self::Forks,
            "sources" => Self::Sources,
            "member" => Self::Member,
            other => Self::Unknown(::std::string::ToString::to_string(other)),
        }
    }
}
#[cfg(any(feature = "repos"))]
impl ::std::fmt::Display for ReposListForOrgType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(any(feature = "repos"))]
impl ::serde::Serialize for ReposListForOrgType {
    fn serialize<S: ::serde::Serializer>(
        &self,
        s: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}
#[cfg(any(feature = "repos"))]
impl<'de> ::serde::Deserialize<'de> for ReposListForOrgType {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        d: D,
    ) -> ::std::result::Result<Self, D::Error> {
        let s = <::std::string::String as ::serde::Deserialize>::deserialize(d)?;
        Ok(Self::from(s.as_str()))
    }
}
#[cfg(any(feature = "repos"))]
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ReposListForOrgSort {
    ///created
    Created,
    ///updated
    Updated,
    ///pushed
    Pushed,
    ///full_name
    FullName,
    /// A value this version of the API description does not list.
    Unknown(::std::string::String),
}
#[cfg(any(feature = "repos"))]
impl ReposListForOrgSort {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Created => "created",
            Self::Updated => "updated",
            Self::Pushed => "pushed",
            Self::FullName => "full_name",
            Self::Unknown(s) => s.as_str(),
        }
    }
}
#[cfg(any(feature = "repos"))]
impl ::std::convert::From<&str> for ReposListForOrgSort {
    fn from(s: &str) -> Self {
        match s {
            "created" => Self::Created,
            "updated" => Self::Updated,
            "pushed" => Self::Pushed,
            "full_name" => Self::FullName,
            other => Self::Unknown(::std::string::ToString::to_string(other)),
        }
    }
}
#[cfg(any(feature = "repos"))]
impl ::std::fmt::Display for ReposListForOrgSort {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(any(feature = "repos"))]
impl ::serde::Serialize for ReposListForOrgSort {
    fn serialize<S: ::serde::Serializer>(
        &self,
        s: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}
#[cfg(any(feature = "repos"))]
impl<'de> ::serde::Deserialize<'de> for ReposListForOrgSort {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        d: D,
    ) -> ::std::result::Result<Self, D::Error> {
        let s = <::std::string::String as ::serde::Deserialize>::deserialize(d)?;
        Ok(Self::from(s.as_str()))
    }
}
#[cfg(any(feature = "issues", feature = "repos"))]
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ReposListForOrgDirection {
    ///asc
    Asc,
    ///desc
    Desc,
    /// A value this version of the API description does not list.
    Unknown(::std::string::String),
}
#[cfg(any(feature = "issues", feature = "repos"))]
impl ReposListForOrgDirection {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Asc => "asc",
            Self::Desc => "desc",
            Self::Unknown(s) => s.as_str(),
        }
    }
}
#[cfg(any(feature = "issues", feature = "repos"))]
impl ::std::convert::From<&str> for ReposListForOrgDirection {
    fn from(s: &str) -> Self {
        match s {
            "asc" => Self::Asc,
            "desc" => Self::Desc,
            other => Self::Unknown(::std::string::ToString::to_string(other)),
        }
    }
}
#[cfg(any(feature = "issues", feature = "repos"))]
impl ::std::fmt::Display for ReposListForOrgDirection {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(any(feature = "issues", feature = "repos"))]
impl ::serde::Serialize for ReposListForOrgDirection {
    fn serialize<S: ::serde::Serializer>(
        &self,
        s: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}
#[cfg(any(feature = "issues", feature = "repos"))]
impl<'de> ::serde::Deserialize<'de> for ReposListForOrgDirection {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        d: D,
    ) -> ::std::result::Result<Self, D::Error> {
        let s = <::std::string::String as ::serde::Deserialize>::deserialize(d)?;
        Ok(Self::from(s.as_str()))
    }
}
#[cfg(any(feature = "actions"))]
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ActionsListWorkflowRunsForRepoStatus {
    ///completed
    Completed,
    ///action_required
    ActionRequired,
    ///cancelled
    Cancelled,
    ///failure
    Failure,
    ///neutral
    Neutral,
    ///skipped
    Skipped,
    ///stale
    Stale,
    ///success
    Success,
    ///timed_out
    TimedOut,
    ///in_progress
    InProgress,
    ///queued
    Queued,
    ///requested
    Requested,
    ///waiting
    Waiting,
    ///pending
    Pending,
    /// A value this version of the API description does not list.
    Unknown(::std::string::String),
}
#[cfg(any(feature = "actions"))]
impl ActionsListWorkflowRunsForRepoStatus {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Completed => "completed",
            Self::ActionRequired => "action_required",
            Self::Cancelled => "cancelled",
            Self::Failure => "failure",
            Self::Neutral => "neutral",
            Self::Skipped => "skipped",
            Self::Stale => "stale",
            Self::Success => "success",
            Self::TimedOut => "timed_out",
            Self::InProgress => "in_progress",
            Self::Queued => "queued",
            Self::Requested => "requested",
            Self::Waiting => "waiting",
            Self::Pending => "pending",
            Self::Unknown(s) => s.as_str(),
        }
    }
}
#[cfg(any(feature = "actions"))]
impl ::std::convert::From<&str> for ActionsListWorkflowRunsForRepoStatus {
    fn from(s: &str) -> Self {
        match s {
            "completed" => Self::Completed,
            "action_required" => Self::ActionRequired,
            "cancelled" => Self::Cancelled,
            "failure" => Self::Failure,
            "neutral" => Self::Neutral,
            "skipped" => Self::Skipped,
            "stale" => Self::Stale,
            "success" => Self::Success,
            "timed_out" => Self::TimedOut,
            "in_progress" => Self::InProgress,
            "queued" => Self::Queued,
            "requested" => Self::Requested,
            "waiting" => Self::Waiting,
            "pending" => Self::Pending,
            other => Self::Unknown(::std::string::ToString::to_string(other)),
        }
    }
}
#[cfg(any(feature = "actions"))]
impl ::std::fmt::Display for ActionsListWorkflowRunsForRepoStatus {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(any(feature = "actions"))]
impl ::serde::Serialize for ActionsListWorkflowRunsForRepoStatus {
    fn serialize<S: ::serde::Serializer>(
        &self,
        s: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}
#[cfg(any(feature = "actions"))]
impl<'de> ::serde::Deserialize<'de> for ActionsListWorkflowRunsForRepoStatus {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        d: D,
    ) -> ::std::result::Result<Self, D::Error> {
        let s = <::std::string::String as ::serde::Deserialize>::deserialize(d)?;
        Ok(Self::from(s.as_str()))
    }
}
#[cfg(any(feature = "actions"))]
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct ActionsListWorkflowRunsForRepoOkBody {
    pub total_count: i64,
    pub workflow_runs: ::std::vec::Vec<WorkflowRun>,
}
#[cfg(any(feature = "actions"))]
impl ActionsListWorkflowRunsForRepoOkBody {
    /// A value with the required fields given and every optional one absent (set those
    /// afterwards: `value.field = Some(..)`).
    #[allow(clippy::too_many_arguments)]
    pub fn new(total_count: i64, workflow_runs: ::std::vec::Vec<WorkflowRun>) -> Self {
        Self { total_count, workflow_runs }
    }
}
#[cfg(any(feature = "actions"))]
impl<'de> ::serde::Deserialize<'de> for ActionsListWorkflowRunsForRepoOkBody {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        d: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct V;
        impl super::runtime::StructFields for V {
            const FIELDS: &'static [&'static str] = &["total_count", "workflow_runs"];
        }
        impl<'de> ::serde::de::Visitor<'de> for V {
            type Value = ActionsListWorkflowRunsForRepoOkBody;
            fn expecting(
                &self,
                f: &mut ::std::fmt::Formatter<'_>,
            ) -> ::std::fmt::Result {
                f.write_str("a ActionsListWorkflowRunsForRepoOkBody object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<Self::Value, A::Error> {
                let mut f0: ::std::option::Option<i64> = None;
                let mut f1: ::std::option::Option<::std::vec::Vec<WorkflowRun>> = None;
                let mut expect = 0usize;
                while let Some(i) = map
                    .next_key_seed(super::runtime::FieldIndex::<V>::new(expect))?
                {
                    expect = i + 1;
                    match i {
                        0 => {
                            super::runtime::read_field(&mut f0, &mut map, "total_count")?
                        }
                        1 => {
                            super::runtime::read_field(
                                &mut f1,
                                &mut map,
                                "workflow_runs",
                            )?
                        }
                        _ => {
                            map.next_value::<::serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(ActionsListWorkflowRunsForRepoOkBody {
                    total_count: f0
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "total_count",
                        ))?,
                    workflow_runs: f1
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "workflow_runs",
                        ))?,
                })
            }
        }
        d.deserialize_map(V)
    }
}
#[cfg(any(feature = "repos"))]
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct ReposCreateOrUpdateFileContentsBody {
    /// The commit message.
    pub message: ::std::string::String,
    /// The new file content, using Base64 encoding.
    pub content: ::std::string::String,
    /// **Required if you are updating a file**. The blob SHA of the file being replaced.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub sha: ::std::option::Option<::std::string::String>,
    /// The branch name. Default: the repository’s default branch.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub branch: ::std::option::Option<::std::string::String>,
    /// The person that committed the file. Default: the authenticated user.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub committer: ::std::option::Option<ReposCreateOrUpdateFileContentsBodyCommitter>,
    /// The author of the file. Default: The `committer` or the authenticated user if you omit `committer`.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub author: ::std::option::Option<ReposCreateOrUpdateFileContentsBodyAuthor>,
}
#[cfg(any(feature = "repos"))]
impl ReposCreateOrUpdateFileContentsBody {
    /// A value with the required fields given and every optional one absent (set those
    /// afterwards: `value.field = Some(..)`).
    #[allow(clippy::too_many_arguments)]
    pub fn new(message: ::std::string::String, content: ::std::string::String) -> Self {
        Self {
            message,
            content,
            sha: ::std::default::Default::default(),
            branch: ::std::default::Default::default(),
            committer: ::std::default::Default::default(),
            author: ::std::default::Default::default(),
        }
    }
}
#[cfg(any(feature = "repos"))]
/// Chained setters of the optional fields: `Type::new(..).field(value)`.
impl ReposCreateOrUpdateFileContentsBody {
    /// Sets `sha`.
    #[must_use]
    pub fn sha(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.sha = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `branch`.
    #[must_use]
    pub fn branch(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.branch = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `committer`.
    #[must_use]
    pub fn committer(
        mut self,
        value: impl ::std::convert::Into<ReposCreateOrUpdateFileContentsBodyCommitter>,
    ) -> Self {
        self.committer = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `author`.
    #[must_use]
    pub fn author(
        mut self,
        value: impl ::std::convert::Into<ReposCreateOrUpdateFileContentsBodyAuthor>,
    ) -> Self {
        self.author = ::std::option::Option::Some(value.into());
        self
    }
}
#[cfg(any(feature = "repos"))]
impl<'de> ::serde::Deserialize<'de> for ReposCreateOrUpdateFileContentsBody {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        d: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct V;
        impl super::runtime::StructFields for V {
            const FIELDS: &'static [&'static str] = &[
                "message",
                "content",
                "sha",
                "branch",
                "committer",
                "author",
            ];
        }
        impl<'de> ::serde::de::Visitor<'de> for V {
            type Value = ReposCreateOrUpdateFileContentsBody;
            fn expecting(
                &self,
                f: &mut ::std::fmt::Formatter<'_>,
            ) -> ::std::fmt::Result {
                f.write_str("a ReposCreateOrUpdateFileContentsBody object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<Self::Value, A::Error> {
                let mut f0: ::std::option::Option<::std::string::String> = None;
                let mut f1: ::std::option::Option<::std::string::String> = None;
                let mut f2: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f3: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f4: ::std::option::Option<
                    ::std::option::Option<ReposCreateOrUpdateFileContentsBodyCommitter>,
                > = None;
                let mut f5: ::std::option::Option<
                    ::std::option::Option<ReposCreateOrUpdateFileContentsBodyAuthor>,
                > = None;
                let mut expect = 0usize;
                while let Some(i) = map
                    .next_key_seed(super::runtime::FieldIndex::<V>::new(expect))?
                {
                    expect = i + 1;
                    match i {
                        0 => super::runtime::read_field(&mut f0, &mut map, "message")?,
                        1 => super::runtime::read_field(&mut f1, &mut map, "content")?,
                        2 => super::runtime::read_field(&mut f2, &mut map, "sha")?,
                        3 => super::runtime::read_field(&mut f3, &mut map, "branch")?,
                        4 => super::runtime::read_field(&mut f4, &mut map, "committer")?,
                        5 => super::runtime::read_field(&mut f5, &mut map, "author")?,
                        _ => {
                            map.next_value::<::serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(ReposCreateOrUpdateFileContentsBody {
                    message: f0
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "message",
                        ))?,
                    content: f1
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "content",
                        ))?,
                    sha: f2.flatten(),
                    branch: f3.flatten(),
                    committer: f4.flatten(),
                    author: f5.flatten(),
                })
            }
        }
        d.deserialize_map(V)
    }
}
#[cfg(any(feature = "repos"))]
/// The person that committed the file. Default: the authenticated user.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct ReposCreateOrUpdateFileContentsBodyCommitter {
    /// The name of the author or committer of the commit. You'll receive a `422` status code if `name` is omitted.
    pub name: ::std::string::String,
    /// The email of the author or committer of the commit. You'll receive a `422` status code if `email` is omitted.
    pub email: ::std::string::String,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub date: ::std::option::Option<::std::string::String>,
}
#[cfg(any(feature = "repos"))]
impl ReposCreateOrUpdateFileContentsBodyCommitter {
    /// A value with the required fields given and every optional one absent (set those
    /// afterwards: `value.field = Some(..)`).
    #[allow(clippy::too_many_arguments)]
    pub fn new(name: ::std::string::String, email: ::std::string::String) -> Self {
        Self {
            name,
            email,
            date: ::std::default::Default::default(),
        }
    }
}
#[cfg(any(feature = "repos"))]
impl<'de> ::serde::Deserialize<'de> for ReposCreateOrUpdateFileContentsBodyCommitter {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        d: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct V;
        impl super::runtime::StructFields for V {
            const FIELDS: &'static [&'static str] = &["name", "email", "date"];
        }
        impl<'de> ::serde::de::Visitor<'de> for V {
            type Value = ReposCreateOrUpdateFileContentsBodyCommitter;
            fn expecting(
                &self,
                f: &mut ::std::fmt::Formatter<'_>,
            ) -> ::std::fmt::Result {
                f.write_str("a ReposCreateOrUpdateFileContentsBodyCommitter object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<Self::Value, A::Error> {
                let mut f0: ::std::option::Option<::std::string::String> = None;
                let mut f1: ::std::option::Option<::std::string::String> = None;
                let mut f2: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut expect = 0usize;
                while let Some(i) = map
                    .next_key_seed(super::runtime::FieldIndex::<V>::new(expect))?
                {
                    expect = i + 1;
                    match i {
                        0 => super::runtime::read_field(&mut f0, &mut map, "name")?,
                        1 => super::runtime::read_field(&mut f1, &mut map, "email")?,
                        2 => super::runtime::read_field(&mut f2, &mut map, "date")?,
                        _ => {
                            map.next_value::<::serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(ReposCreateOrUpdateFileContentsBodyCommitter {
                    name: f0
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "name",
                        ))?,
                    email: f1
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "email",
                        ))?,
                    date: f2.flatten(),
                })
            }
        }
        d.deserialize_map(V)
    }
}
#[cfg(any(feature = "repos"))]
/// The author of the file. Default: The `committer` or the authenticated user if you omit `committer`.
pub type ReposCreateOrUpdateFileContentsBodyAuthor = ReposCreateOrUpdateFileContentsBodyCommitter;
#[cfg(any(feature = "repos"))]
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[serde(untagged)]
pub enum ReposCreateOrUpdateFileContentsConflictBody {
    BasicError(BasicError),
    RepositoryRuleViolationError(RepositoryRuleViolationError),
    /// A value matching none of the alternatives above.
    Other(::serde_json::Value),
}
#[cfg(any(feature = "issues"))]
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum IssuesListForRepoState {
    ///open
    Open,
    ///closed
    Closed,
    ///all
    All,
    /// A value this version of the API description does not list.
    Unknown(::std::string::String),
}
#[cfg(any(feature = "issues"))]
impl IssuesListForRepoState {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Open => "open",
            Self::Closed => "closed",
            Self::All => "all",
            Self::Unknown(s) => s.as_str(),
        }
    }
}
#[cfg(any(feature = "issues"))]
impl ::std::convert::From<&str> for IssuesListForRepoState {
    fn from(s: &str) -> Self {
        match s {
            "open" => Self::Open,
            "closed" => Self::Closed,
            "all" => Self::All,
            other => Self::Unknown(::std::string::ToString::to_string(other)),
        }
    }
}
#[cfg(any(feature = "issues"))]
impl ::std::fmt::Display for IssuesListForRepoState {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(any(feature = "issues"))]
impl ::serde::Serialize for IssuesListForRepoState {
    fn serialize<S: ::serde::Serializer>(
        &self,
        s: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}
#[cfg(any(feature = "issues"))]
impl<'de> ::serde::Deserialize<'de> for IssuesListForRepoState {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        d: D,
    ) -> ::std::result::Result<Self, D::Error> {
        let s = <::std::string::String as ::serde::Deserialize>::deserialize(d)?;
        Ok(Self::from(s.as_str()))
    }
}
#[cfg(any(feature = "issues"))]
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum IssuesListForRepoSort {
    ///created
    Created,
    ///updated
    Updated,
    ///comments
    Comments,
    /// A value this version of the API description does not list.
    Unknown(::std::string::String),
}
#[cfg(any(feature = "issues"))]
impl IssuesListForRepoSort {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Created => "created",
            Self::Updated => "updated",
            Self::Comments => "comments",
            Self::Unknown(s) => s.as_str(),
        }
    }
}
#[cfg(any(feature = "issues"))]
impl ::std::convert::From<&str> for IssuesListForRepoSort {
    fn from(s: &str) -> Self {
        match s {
            "created" => Self::Created,
            "updated" => Self::Updated,
            "comments" => Self::Comments,
            other => Self::Unknown(::std::string::ToString::to_string(other)),
        }
    }
}
#[cfg(any(feature = "issues"))]
impl ::std::fmt::Display for IssuesListForRepoSort {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(any(feature = "issues"))]
impl ::serde::Serialize for IssuesListForRepoSort {
    fn serialize<S: ::serde::Serializer>(
        &self,
        s: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}
#[cfg(any(feature = "issues"))]
impl<'de> ::serde::Deserialize<'de> for IssuesListForRepoSort {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        d: D,
    ) -> ::std::result::Result<Self, D::Error> {
        let s = <::std::string::String as ::serde::Deserialize>::deserialize(d)?;
        Ok(Self::from(s.as_str()))
    }
}
#[cfg(any(feature = "issues"))]
pub type IssuesListForRepoDirection = ReposListForOrgDirection;
#[cfg(any(feature = "issues"))]
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct IssuesCreateBody {
    /// The title of the issue.
    pub title: IssuesCreateBodyTitle,
    /// The contents of the issue.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub body: ::std::option::Option<::std::string::String>,
    /// Login for the user that this issue should be assigned to. _NOTE: Only users with push access can set the assignee for new issues. The assignee is silently dropped otherwise. **This field is closing down.**_
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub assignee: ::std::option::Option<::std::option::Option<::std::string::String>>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub milestone: ::std::option::Option<
        ::std::option::Option<IssuesCreateBodyMilestone>,
    >,
    /// Labels to associate with this issue. _NOTE: Only users with push access can set labels for new issues. Labels are silently dropped otherwise._
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub labels: ::std::option::Option<::std::vec::Vec<IssuesCreateBodyLabelsItem>>,
    /// Logins for Users to assign to this issue. _NOTE: Only users with push access can set assignees for new issues. Assignees are silently dropped otherwise._
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub assignees: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    /// The name of the issue type to associate with this issue. _NOTE: Only users with push access can set the type for new issues. The type is silently dropped otherwise._
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub r#type: ::std::option::Option<::std::option::Option<::std::string::String>>,
}
#[cfg(any(feature = "issues"))]
impl IssuesCreateBody {
    /// A value with the required fields given and every optional one absent (set those
    /// afterwards: `value.field = Some(..)`).
    #[allow(clippy::too_many_arguments)]
    pub fn new(title: IssuesCreateBodyTitle) -> Self {
        Self {
            title,
            body: ::std::default::Default::default(),
            assignee: ::std::default::Default::default(),
            milestone: ::std::default::Default::default(),
            labels: ::std::default::Default::default(),
            assignees: ::std::default::Default::default(),
            r#type: ::std::default::Default::default(),
        }
    }
}
#[cfg(any(feature = "issues"))]
/// Chained setters of the optional fields: `Type::new(..).field(value)`.
impl IssuesCreateBody {
    /// Sets `body`.
    #[must_use]
    pub fn body(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.body = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `assignee`.
    #[must_use]
    pub fn assignee(
        mut self,
        value: impl ::std::convert::Into<::std::option::Option<::std::string::String>>,
    ) -> Self {
        self.assignee = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `milestone`.
    #[must_use]
    pub fn milestone(
        mut self,
        value: impl ::std::convert::Into<
            ::std::option::Option<IssuesCreateBodyMilestone>,
        >,
    ) -> Self {
        self.milestone = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `labels`.
    #[must_use]
    pub fn labels(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<IssuesCreateBodyLabelsItem>>,
    ) -> Self {
        self.labels = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `assignees`.
    #[must_use]
    pub fn assignees(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.assignees = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `type`.
    #[must_use]
    pub fn r#type(
        mut self,
        value: impl ::std::convert::Into<::std::option::Option<::std::string::String>>,
    ) -> Self {
        self.r#type = ::std::option::Option::Some(value.into());
        self
    }
}
#[cfg(any(feature = "issues"))]
impl<'de> ::serde::Deserialize<'de> for IssuesCreateBody {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        d: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct V;
        impl super::runtime::StructFields for V {
            const FIELDS: &'static [&'static str] = &[
                "title",
                "body",
                "assignee",
                "milestone",
                "labels",
                "assignees",
                "type",
            ];
        }
        impl<'de> ::serde::de::Visitor<'de> for V {
            type Value = IssuesCreateBody;
            fn expecting(
                &self,
                f: &mut ::std::fmt::Formatter<'_>,
            ) -> ::std::fmt::Result {
                f.write_str("a IssuesCreateBody object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<Self::Value, A::Error> {
                let mut f0: ::std::option::Option<IssuesCreateBodyTitle> = None;
                let mut f1: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f2: ::std::option::Option<
                    ::std::option::Option<::std::option::Option<::std::string::String>>,
                > = None;
                let mut f3: ::std::option::Option<
                    ::std::option::Option<
                        ::std::option::Option<IssuesCreateBodyMilestone>,
                    >,
                > = None;
                let mut f4: ::std::option::Option<
                    ::std::option::Option<::std::vec::Vec<IssuesCreateBodyLabelsItem>>,
                > = None;
                let mut f5: ::std::option::Option<
                    ::std::option::Option<::std::vec::Vec<::std::string::String>>,
                > = None;
                let mut f6: ::std::option::Option<
                    ::std::option::Option<::std::option::Option<::std::string::String>>,
                > = None;
                let mut expect = 0usize;
                while let Some(i) = map
                    .next_key_seed(super::runtime::FieldIndex::<V>::new(expect))?
                {
                    expect = i + 1;
                    match i {
                        0 => super::runtime::read_field(&mut f0, &mut map, "title")?,
                        1 => super::runtime::read_field(&mut f1, &mut map, "body")?,
                        2 => super::runtime::read_field(&mut f2, &mut map, "assignee")?,
                        3 => super::runtime::read_field(&mut f3, &mut map, "milestone")?,
                        4 => super::runtime::read_field(&mut f4, &mut map, "labels")?,
                        5 => super::runtime::read_field(&mut f5, &mut map, "assignees")?,
                        6 => super::runtime::read_field(&mut f6, &mut map, "type")?,
                        _ => {
                            map.next_value::<::serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(IssuesCreateBody {
                    title: f0
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "title",
                        ))?,
                    body: f1.flatten(),
                    assignee: f2.map(::std::option::Option::flatten),
                    milestone: f3.map(::std::option::Option::flatten),
                    labels: f4.flatten(),
                    assignees: f5.flatten(),
                    r#type: f6.map(::std::option::Option::flatten),
                })
            }
        }
        d.deserialize_map(V)
    }
}
#[cfg(any(feature = "issues"))]
/// The title of the issue.
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[serde(untagged)]
pub enum IssuesCreateBodyTitle {
    String(::std::string::String),
    Integer(i64),
    /// A value matching none of the alternatives above.
    Other(::serde_json::Value),
}
#[cfg(any(feature = "issues"))]
pub type IssuesCreateBodyMilestone = IssuesCreateBodyTitle;
#[cfg(any(feature = "issues"))]
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[serde(untagged)]
pub enum IssuesCreateBodyLabelsItem {
    String(::std::string::String),
    Object(IssuesCreateBodyLabelsItemObject),
    /// A value matching none of the alternatives above.
    Other(::serde_json::Value),
}
#[cfg(any(feature = "issues"))]
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, Default)]
pub struct IssuesCreateBodyLabelsItemObject {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub id: ::std::option::Option<i64>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub description: ::std::option::Option<::std::option::Option<::std::string::String>>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub color: ::std::option::Option<::std::option::Option<::std::string::String>>,
}
#[cfg(any(feature = "issues"))]
impl<'de> ::serde::Deserialize<'de> for IssuesCreateBodyLabelsItemObject {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        d: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct V;
        impl super::runtime::StructFields for V {
            const FIELDS: &'static [&'static str] = &[
                "id",
                "name",
                "description",
                "color",
            ];
        }
        impl<'de> ::serde::de::Visitor<'de> for V {
            type Value = IssuesCreateBodyLabelsItemObject;
            fn expecting(
                &self,
                f: &mut ::std::fmt::Formatter<'_>,
            ) -> ::std::fmt::Result {
                f.write_str("a IssuesCreateBodyLabelsItemObject object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<Self::Value, A::Error> {
                let mut f0: ::std::option::Option<::std::option::Option<i64>> = None;
                let mut f1: ::std::option::Option<
                    ::std::option::Option<::std::string::String>,
                > = None;
                let mut f2: ::std::option::Option<
                    ::std::option::Option<::std::option::Option<::std::string::String>>,
                > = None;
                let mut f3: ::std::option::Option<
                    ::std::option::Option<::std::option::Option<::std::string::String>>,
                > = None;
                let mut expect = 0usize;
                while let Some(i) = map
                    .next_key_seed(super::runtime::FieldIndex::<V>::new(expect))?
                {
                    expect = i + 1;
                    match i {
                        0 => super::runtime::read_field(&mut f0, &mut map, "id")?,
                        1 => super::runtime::read_field(&mut f1, &mut map, "name")?,
                        2 => {
                            super::runtime::read_field(&mut f2, &mut map, "description")?
                        }
                        3 => super::runtime::read_field(&mut f3, &mut map, "color")?,
                        _ => {
                            map.next_value::<::serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(IssuesCreateBodyLabelsItemObject {
                    id: f0.flatten(),
                    name: f1.flatten(),
                    description: f2.map(::std::option::Option::flatten),
                    color: f3.map(::std::option::Option::flatten),
                })
            }
        }
        d.deserialize_map(V)
    }
}
#[cfg(any(feature = "issues", feature = "pulls", feature = "search"))]
#[derive(Debug, Clone, PartialEq, ::serde::Serialize, Default)]
pub struct IssuesCreateServiceUnavailableBody {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub code: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub message: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub documentation_url: ::std::option::Option<::std::string::String>,
}
#[cfg(any(feature = "issues", feature = "pulls", feature = "search"))]
impl<'de> ::serde::Deserialize<'de> for IssuesCreateServiceUnavailableBody {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        d: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct V;
        impl super::runtime::StructFields for V {
            const FIELDS: &'static [&'static str] = &[
                "code",
                "message",
                "documentation_url",
            ];
        }
        impl<'de> ::serde::de::Visitor<'de> for V {
            type Value = IssuesCreateServiceUnavailableBody;
            fn expecting(
                &self,
                f: &mut ::std::fmt::Formatter<'_>,
            ) -> ::std::fmt::Result {
                f.write_str("a IssuesCreateServiceUnavailableBody object")
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
                let mut expect = 0usize;
                while let Some(i) = map
                    .next_key_seed(super::runtime::FieldIndex::<V>::new(expect))?
                {
                    expect = i + 1;
                    match i {
                        0 => super::runtime::read_field(&mut f0, &mut map, "code")?,
                        1 => super::runtime::read_field(&mut f1, &mut map, "message")?,
                        2 => {
                            super::runtime::read_field(
                                &mut f2,
                                &mut map,
                                "documentation_url",
                            )?
                        }
                        _ => {
                            map.next_value::<::serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(IssuesCreateServiceUnavailableBody {
                    code: f0.flatten(),
                    message: f1.flatten(),
                    documentation_url: f2.flatten(),
                })
            }
        }
        d.deserialize_map(V)
    }
}
#[cfg(any(feature = "search"))]
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum SearchCodeSort {
    ///indexed
    Indexed,
    /// A value this version of the API description does not list.
    Unknown(::std::string::String),
}
#[cfg(any(feature = "search"))]
impl SearchCodeSort {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Indexed => "indexed",
            Self::Unknown(s) => s.as_str(),
        }
    }
}
#[cfg(any(feature = "search"))]
impl ::std::convert::From<&str> for SearchCodeSort {
    fn from(s: &str) -> Self {
        match s {
            "indexed" => Self::Indexed,
            other => Self::Unknown(::std::string::ToString::to_string(other)),
        }
    }
}
#[cfg(any(feature = "search"))]
impl ::std::fmt::Display for SearchCodeSort {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(any(feature = "search"))]
impl ::serde::Serialize for SearchCodeSort {
    fn serialize<S: ::serde::Serializer>(
        &self,
        s: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}
#[cfg(any(feature = "search"))]
impl<'de> ::serde::Deserialize<'de> for SearchCodeSort {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        d: D,
    ) -> ::std::result::Result<Self, D::Error> {
        let s = <::std::string::String as ::serde::Deserialize>::deserialize(d)?;
        Ok(Self::from(s.as_str()))
    }
}
#[cfg(any(feature = "search"))]
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum SearchCodeOrder {
    ///desc
    Desc,
    ///asc
    Asc,
    /// A value this version of the API description does not list.
    Unknown(::std::string::String),
}
#[cfg(any(feature = "search"))]
impl SearchCodeOrder {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Desc => "desc",
            Self::Asc => "asc",
            Self::Unknown(s) => s.as_str(),
        }
    }
}
#[cfg(any(feature = "search"))]
impl ::std::convert::From<&str> for SearchCodeOrder {
    fn from(s: &str) -> Self {
        match s {
            "desc" => Self::Desc,
            "asc" => Self::Asc,
            other => Self::Unknown(::std::string::ToString::to_string(other)),
        }
    }
}
#[cfg(any(feature = "search"))]
impl ::std::fmt::Display for SearchCodeOrder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(any(feature = "search"))]
impl ::serde::Serialize for SearchCodeOrder {
    fn serialize<S: ::serde::Serializer>(
        &self,
        s: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}
#[cfg(any(feature = "search"))]
impl<'de> ::serde::Deserialize<'de> for SearchCodeOrder {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        d: D,
    ) -> ::std::result::Result<Self, D::Error> {
        let s = <::std::string::String as ::serde::Deserialize>::deserialize(d)?;
        Ok(Self::from(s.as_str()))
    }
}
#[cfg(any(feature = "search"))]
#[derive(Debug, Clone, PartialEq, ::serde::Serialize)]
pub struct SearchCodeOkBody {
    pub total_count: i64,
    pub incomplete_results: bool,
    pub items: ::std::vec::Vec<CodeSearchResultItem>,
}
#[cfg(any(feature = "search"))]
impl SearchCodeOkBody {
    /// A value with the required fields given and every optional one absent (set those
    /// afterwards: `value.field = Some(..)`).
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        total_count: i64,
        incomplete_results: bool,
        items: ::std::vec::Vec<CodeSearchResultItem>,
    ) -> Self {
        Self {
            total_count,
            incomplete_results,
            items,
        }
    }
}
#[cfg(any(feature = "search"))]
impl<'de> ::serde::Deserialize<'de> for SearchCodeOkBody {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        d: D,
    ) -> ::std::result::Result<Self, D::Error> {
        struct V;
        impl super::runtime::StructFields for V {
            const FIELDS: &'static [&'static str] = &[
                "total_count",
                "incomplete_results",
                "items",
            ];
        }
        impl<'de> ::serde::de::Visitor<'de> for V {
            type Value = SearchCodeOkBody;
            fn expecting(
                &self,
                f: &mut ::std::fmt::Formatter<'_>,
            ) -> ::std::fmt::Result {
                f.write_str("a SearchCodeOkBody object")
            }
            fn visit_map<A: ::serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> ::std::result::Result<Self::Value, A::Error> {
                let mut f0: ::std::option::Option<i64> = None;
                let mut f1: ::std::option::Option<bool> = None;
                let mut f2: ::std::option::Option<
                    ::std::vec::Vec<CodeSearchResultItem>,
                > = None;
                let mut expect = 0usize;
                while let Some(i) = map
                    .next_key_seed(super::runtime::FieldIndex::<V>::new(expect))?
                {
                    expect = i + 1;
                    match i {
                        0 => {
                            super::runtime::read_field(&mut f0, &mut map, "total_count")?
                        }
                        1 => {
                            super::runtime::read_field(
                                &mut f1,
                                &mut map,
                                "incomplete_results",
                            )?
                        }
                        2 => super::runtime::read_field(&mut f2, &mut map, "items")?,
                        _ => {
                            map.next_value::<::serde::de::IgnoredAny>()?;
                        }
                    }
                }
                Ok(SearchCodeOkBody {
                    total_count: f0
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "total_count",
                        ))?,
                    incomplete_results: f1
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "incomplete_results",
                        ))?,
                    items: f2
                        .ok_or_else(|| <A::Error as ::serde::de::Error>::missing_field(
                            "items",
                        ))?,
                })
            }
        }
        d.deserialize_map(V)
    }
}
#[cfg(any(feature = "users"))]
#[derive(Debug, Clone, PartialEq)]
pub enum UsersGetAuthenticatedOkBody {
    ///private
    PrivateUser(PrivateUser),
    ///public
    PublicUser(PublicUser),
    /// A tag value this version of the API description does not list (the whole object).
    Unknown(::serde_json::Value),
}
#[cfg(any(feature = "users"))]
impl ::serde::Serialize for UsersGetAuthenticatedOkBody {
    fn serialize<S: ::serde::Serializer>(
        &self,
        s: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        match self {
            Self::PrivateUser(v) => {
                super::runtime::serialize_tagged(v, "user_view_type", "private", s)
            }
            Self::PublicUser(v) => {
                super::runtime::serialize_tagged(v, "user_view_type", "public", s)
            }
            Self::Unknown(v) => ::serde::Serialize::serialize(v, s),
        }
    }
}
#[cfg(any(feature = "users"))]
impl<'de> ::serde::Deserialize<'de> for UsersGetAuthenticatedOkBody {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        d: D,
    ) -> ::std::result::Result<Self, D::Error> {
        let value = <::serde_json::Value as ::serde::Deserialize>::deserialize(d)?;
        let tag = value
            .get("user_view_type")
            .and_then(::serde_json::Value::as_str)
            .map(::std::string::ToString::to_string);
        match tag.as_deref() {
            Some("private") => {
                ::serde_json::from_value(value)
                    .map(Self::PrivateUser)
                    .map_err(::serde::de::Error::custom)
            }
            Some("public") => {
                ::serde_json::from_value(value)
                    .map(Self::PublicUser)
                    .map_err(::serde::de::Error::custom)
            }
            _ => Ok(Self::Unknown(value)),
        }
    }
}
