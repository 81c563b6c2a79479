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
        let mut m = <super::runtime::Fields as ::serde::Deserialize>::deserialize(d)?;
        let mut read = || -> ::std::result::Result<Self, ::std::string::String> {
            Ok(Self {
                name: m.double("name")?,
                email: m.double("email")?,
                login: m.required("login")?,
                id: m.required("id")?,
                node_id: m.required("node_id")?,
                avatar_url: m.required("avatar_url")?,
                gravatar_id: m.optional("gravatar_id")?,
                url: m.required("url")?,
                html_url: m.required("html_url")?,
                followers_url: m.required("followers_url")?,
                following_url: m.required("following_url")?,
                gists_url: m.required("gists_url")?,
                starred_url: m.required("starred_url")?,
                subscriptions_url: m.required("subscriptions_url")?,
                organizations_url: m.required("organizations_url")?,
                repos_url: m.required("repos_url")?,
                events_url: m.required("events_url")?,
                received_events_url: m.required("received_events_url")?,
                r#type: m.required("type")?,
                site_admin: m.required("site_admin")?,
                starred_at: m.optional("starred_at")?,
                user_view_type: m.optional("user_view_type")?,
            })
        };
        read().map_err(<D::Error as ::serde::de::Error>::custom)
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
        let mut m = <super::runtime::Fields as ::serde::Deserialize>::deserialize(d)?;
        let mut read = || -> ::std::result::Result<Self, ::std::string::String> {
            Ok(Self {
                message: m.optional("message")?,
                documentation_url: m.optional("documentation_url")?,
                url: m.optional("url")?,
                status: m.optional("status")?,
            })
        };
        read().map_err(<D::Error as ::serde::de::Error>::custom)
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
        let mut m = <super::runtime::Fields as ::serde::Deserialize>::deserialize(d)?;
        let mut read = || -> ::std::result::Result<Self, ::std::string::String> {
            Ok(Self {
                description: m.double("description")?,
                html_url: m.required("html_url")?,
                website_url: m.double("website_url")?,
                id: m.required("id")?,
                node_id: m.required("node_id")?,
                name: m.required("name")?,
                slug: m.required("slug")?,
                created_at: m.optional("created_at")?,
                updated_at: m.optional("updated_at")?,
                avatar_url: m.required("avatar_url")?,
            })
        };
        read().map_err(<D::Error as ::serde::de::Error>::custom)
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
        let mut m = <super::runtime::Fields as ::serde::Deserialize>::deserialize(d)?;
        let mut read = || -> ::std::result::Result<Self, ::std::string::String> {
            Ok(Self {
                id: m.required("id")?,
                slug: m.optional("slug")?,
                node_id: m.required("node_id")?,
                client_id: m.optional("client_id")?,
                owner: m.required("owner")?,
                name: m.required("name")?,
                description: m.optional("description")?,
                external_url: m.required("external_url")?,
                html_url: m.required("html_url")?,
                created_at: m.required("created_at")?,
                updated_at: m.required("updated_at")?,
                permissions: m.required("permissions")?,
                events: m.required("events")?,
                installations_count: m.optional("installations_count")?,
            })
        };
        read().map_err(<D::Error as ::serde::de::Error>::custom)
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
        let mut m = <super::runtime::Fields as ::serde::Deserialize>::deserialize(d)?;
        let mut read = || -> ::std::result::Result<Self, ::std::string::String> {
            Ok(Self {
                issues: m.optional("issues")?,
                checks: m.optional("checks")?,
                metadata: m.optional("metadata")?,
                contents: m.optional("contents")?,
                deployments: m.optional("deployments")?,
                additional_properties: m.rest()?,
            })
        };
        read().map_err(<D::Error as ::serde::de::Error>::custom)
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
        let mut m = <super::runtime::Fields as ::serde::Deserialize>::deserialize(d)?;
        let mut read = || -> ::std::result::Result<Self, ::std::string::String> {
            Ok(Self {
                message: m.required("message")?,
                documentation_url: m.required("documentation_url")?,
                errors: m.optional("errors")?,
            })
        };
        read().map_err(<D::Error as ::serde::de::Error>::custom)
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
        let mut m = <super::runtime::Fields as ::serde::Deserialize>::deserialize(d)?;
        let mut read = || -> ::std::result::Result<Self, ::std::string::String> {
            Ok(Self {
                resource: m.optional("resource")?,
                field: m.optional("field")?,
                message: m.optional("message")?,
                code: m.required("code")?,
                index: m.optional("index")?,
                value: m.optional("value")?,
            })
        };
        read().map_err(<D::Error as ::serde::de::Error>::custom)
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
        let mut m = <super::runtime::Fields as ::serde::Deserialize>::deserialize(d)?;
        let mut read = || -> ::std::result::Result<Self, ::std::string::String> {
            Ok(Self {
                key: m.required("key")?,
                name: m.required("name")?,
                url: m.optional("url")?,
                spdx_id: m.optional("spdx_id")?,
                node_id: m.required("node_id")?,
                html_url: m.optional("html_url")?,
            })
        };
        read().map_err(<D::Error as ::serde::de::Error>::custom)
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
        let mut m = <super::runtime::Fields as ::serde::Deserialize>::deserialize(d)?;
        let mut read = || -> ::std::result::Result<Self, ::std::string::String> {
            Ok(Self {
                id: m.required("id")?,
                node_id: m.required("node_id")?,
                name: m.required("name")?,
                full_name: m.required("full_name")?,
                license: m.optional("license")?,
                forks: m.required("forks")?,
                permissions: m.optional("permissions")?,
                owner: m.required("owner")?,
                private: m.required("private")?,
                html_url: m.required("html_url")?,
                description: m.optional("description")?,
                fork: m.required("fork")?,
                url: m.required("url")?,
                archive_url: m.required("archive_url")?,
                assignees_url: m.required("assignees_url")?,
                blobs_url: m.required("blobs_url")?,
                branches_url: m.required("branches_url")?,
                collaborators_url: m.required("collaborators_url")?,
                comments_url: m.required("comments_url")?,
                commits_url: m.required("commits_url")?,
                compare_url: m.required("compare_url")?,
                contents_url: m.required("contents_url")?,
                contributors_url: m.required("contributors_url")?,
                deployments_url: m.required("deployments_url")?,
                downloads_url: m.required("downloads_url")?,
                events_url: m.required("events_url")?,
                forks_url: m.required("forks_url")?,
                git_commits_url: m.required("git_commits_url")?,
                git_refs_url: m.required("git_refs_url")?,
                git_tags_url: m.required("git_tags_url")?,
                git_url: m.required("git_url")?,
                issue_comment_url: m.required("issue_comment_url")?,
                issue_events_url: m.required("issue_events_url")?,
                issues_url: m.required("issues_url")?,
                keys_url: m.required("keys_url")?,
                labels_url: m.required("labels_url")?,
                languages_url: m.required("languages_url")?,
                merges_url: m.required("merges_url")?,
                milestones_url: m.required("milestones_url")?,
                notifications_url: m.required("notifications_url")?,
                pulls_url: m.required("pulls_url")?,
                releases_url: m.required("releases_url")?,
                ssh_url: m.required("ssh_url")?,
                stargazers_url: m.required("stargazers_url")?,
                statuses_url: m.required("statuses_url")?,
                subscribers_url: m.required("subscribers_url")?,
                subscription_url: m.required("subscription_url")?,
                tags_url: m.required("tags_url")?,
                teams_url: m.required("teams_url")?,
                trees_url: m.required("trees_url")?,
                clone_url: m.required("clone_url")?,
                mirror_url: m.optional("mirror_url")?,
                hooks_url: m.required("hooks_url")?,
                svn_url: m.required("svn_url")?,
                homepage: m.optional("homepage")?,
                language: m.optional("language")?,
                forks_count: m.required("forks_count")?,
                stargazers_count: m.required("stargazers_count")?,
                watchers_count: m.required("watchers_count")?,
                size: m.required("size")?,
                default_branch: m.required("default_branch")?,
                open_issues_count: m.required("open_issues_count")?,
                is_template: m.optional("is_template")?,
                topics: m.optional("topics")?,
                has_issues: m.required("has_issues")?,
                has_projects: m.required("has_projects")?,
                has_wiki: m.required("has_wiki")?,
                has_pages: m.required("has_pages")?,
                has_downloads: m.required("has_downloads")?,
                has_discussions: m.optional("has_discussions")?,
                archived: m.required("archived")?,
                disabled: m.required("disabled")?,
                visibility: m.optional("visibility")?,
                pushed_at: m.optional("pushed_at")?,
                created_at: m.optional("created_at")?,
                updated_at: m.optional("updated_at")?,
                allow_rebase_merge: m.optional("allow_rebase_merge")?,
                temp_clone_token: m.optional("temp_clone_token")?,
                allow_squash_merge: m.optional("allow_squash_merge")?,
                allow_auto_merge: m.optional("allow_auto_merge")?,
                delete_branch_on_merge: m.optional("delete_branch_on_merge")?,
                allow_update_branch: m.optional("allow_update_branch")?,
                use_squash_pr_title_as_default: m
                    .optional("use_squash_pr_title_as_default")?,
                squash_merge_commit_title: m.optional("squash_merge_commit_title")?,
                squash_merge_commit_message: m.optional("squash_merge_commit_message")?,
                merge_commit_title: m.optional("merge_commit_title")?,
                merge_commit_message: m.optional("merge_commit_message")?,
                allow_merge_commit: m.optional("allow_merge_commit")?,
                allow_forking: m.optional("allow_forking")?,
                web_commit_signoff_required: m.optional("web_commit_signoff_required")?,
                open_issues: m.required("open_issues")?,
                watchers: m.required("watchers")?,
                master_branch: m.optional("master_branch")?,
                starred_at: m.optional("starred_at")?,
                anonymous_access_enabled: m.optional("anonymous_access_enabled")?,
                code_search_index_status: m.optional("code_search_index_status")?,
            })
        };
        read().map_err(<D::Error as ::serde::de::Error>::custom)
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
        let mut m = <super::runtime::Fields as ::serde::Deserialize>::deserialize(d)?;
        let mut read = || -> ::std::result::Result<Self, ::std::string::String> {
            Ok(Self {
                admin: m.required("admin")?,
                pull: m.required("pull")?,
                triage: m.optional("triage")?,
                push: m.required("push")?,
                maintain: m.optional("maintain")?,
            })
        };
        read().map_err(<D::Error as ::serde::de::Error>::custom)
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
        let mut m = <super::runtime::Fields as ::serde::Deserialize>::deserialize(d)?;
        let mut read = || -> ::std::result::Result<Self, ::std::string::String> {
            Ok(Self {
                lexical_search_ok: m.optional("lexical_search_ok")?,
                lexical_commit_sha: m.optional("lexical_commit_sha")?,
            })
        };
        read().map_err(<D::Error as ::serde::de::Error>::custom)
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
        let mut m = <super::runtime::Fields as ::serde::Deserialize>::deserialize(d)?;
        let mut read = || -> ::std::result::Result<Self, ::std::string::String> {
            Ok(Self {
                key: m.required("key")?,
                name: m.required("name")?,
                url: m.required("url")?,
                body: m.optional("body")?,
                html_url: m.optional("html_url")?,
            })
        };
        read().map_err(<D::Error as ::serde::de::Error>::custom)
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
        let mut m = <super::runtime::Fields as ::serde::Deserialize>::deserialize(d)?;
        let mut read = || -> ::std::result::Result<Self, ::std::string::String> {
            Ok(Self {
                url: m.required("url")?,
                html_url: m.required("html_url")?,
                labels_url: m.required("labels_url")?,
                id: m.required("id")?,
                node_id: m.required("node_id")?,
                number: m.required("number")?,
                state: m.required("state")?,
                title: m.required("title")?,
                description: m.optional("description")?,
                creator: m.optional("creator")?,
                open_issues: m.required("open_issues")?,
                closed_issues: m.required("closed_issues")?,
                created_at: m.required("created_at")?,
                updated_at: m.required("updated_at")?,
                closed_at: m.optional("closed_at")?,
                due_on: m.optional("due_on")?,
            })
        };
        read().map_err(<D::Error as ::serde::de::Error>::custom)
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
        let mut m = <super::runtime::Fields as ::serde::Deserialize>::deserialize(d)?;
        let mut read = || -> ::std::result::Result<Self, ::std::string::String> {
            Ok(Self {
                id: m.required("id")?,
                node_id: m.required("node_id")?,
                name: m.required("name")?,
                description: m.optional("description")?,
                color: m.double("color")?,
                created_at: m.optional("created_at")?,
                updated_at: m.optional("updated_at")?,
                is_enabled: m.optional("is_enabled")?,
            })
        };
        read().map_err(<D::Error as ::serde::de::Error>::custom)
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
        let mut m = <super::runtime::Fields as ::serde::Deserialize>::deserialize(d)?;
        let mut read = || -> ::std::result::Result<Self, ::std::string::String> {
            Ok(Self {
                url: m.required("url")?,
                total_count: m.required("total_count")?,
                n1: m.required("+1")?,
                n1_2: m.required("-1")?,
                laugh: m.required("laugh")?,
                confused: m.required("confused")?,
                heart: m.required("heart")?,
                hooray: m.required("hooray")?,
                eyes: m.required("eyes")?,
                rocket: m.required("rocket")?,
            })
        };
        read().map_err(<D::Error as ::serde::de::Error>::custom)
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
        let mut m = <super::runtime::Fields as ::serde::Deserialize>::deserialize(d)?;
        let mut read = || -> ::std::result::Result<Self, ::std::string::String> {
            Ok(Self {
                total: m.required("total")?,
                completed: m.required("completed")?,
                percent_completed: m.required("percent_completed")?,
            })
        };
        read().map_err(<D::Error as ::serde::de::Error>::custom)
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
        let mut m = <super::runtime::Fields as ::serde::Deserialize>::deserialize(d)?;
        let mut read = || -> ::std::result::Result<Self, ::std::string::String> {
            Ok(Self {
                blocked_by: m.required("blocked_by")?,
                blocking: m.required("blocking")?,
                total_blocked_by: m.required("total_blocked_by")?,
                total_blocking: m.required("total_blocking")?,
            })
        };
        read().map_err(<D::Error as ::serde::de::Error>::custom)
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
        let mut m = <super::runtime::Fields as ::serde::Deserialize>::deserialize(d)?;
        let mut read = || -> ::std::result::Result<Self, ::std::string::String> {
            Ok(Self {
                issue_field_id: m.required("issue_field_id")?,
                node_id: m.required("node_id")?,
                data_type: m.required("data_type")?,
                value: m.optional("value")?,
                single_select_option: m.double("single_select_option")?,
            })
        };
        read().map_err(<D::Error as ::serde::de::Error>::custom)
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
        let mut m = <super::runtime::Fields as ::serde::Deserialize>::deserialize(d)?;
        let mut read = || -> ::std::result::Result<Self, ::std::string::String> {
            Ok(Self {
                id: m.required("id")?,
                name: m.required("name")?,
                color: m.required("color")?,
            })
        };
        read().map_err(<D::Error as ::serde::de::Error>::custom)
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
        let mut m = <super::runtime::Fields as ::serde::Deserialize>::deserialize(d)?;
        let mut read = || -> ::std::result::Result<Self, ::std::string::String> {
            Ok(Self {
                id: m.required("id")?,
                node_id: m.required("node_id")?,
                url: m.required("url")?,
                repository_url: m.required("repository_url")?,
                labels_url: m.required("labels_url")?,
                comments_url: m.required("comments_url")?,
                events_url: m.required("events_url")?,
                html_url: m.required("html_url")?,
                number: m.required("number")?,
                state: m.required("state")?,
                state_reason: m.double("state_reason")?,
                title: m.required("title")?,
                body: m.double("body")?,
                user: m.optional("user")?,
                labels: m.required("labels")?,
                assignee: m.optional("assignee")?,
                assignees: m.double("assignees")?,
                milestone: m.optional("milestone")?,
                locked: m.required("locked")?,
                active_lock_reason: m.double("active_lock_reason")?,
                comments: m.required("comments")?,
                pull_request: m.optional("pull_request")?,
                closed_at: m.optional("closed_at")?,
                created_at: m.required("created_at")?,
                updated_at: m.required("updated_at")?,
                draft: m.optional("draft")?,
                closed_by: m.double("closed_by")?,
                body_html: m.optional("body_html")?,
                body_text: m.optional("body_text")?,
                timeline_url: m.optional("timeline_url")?,
                r#type: m.double("type")?,
                repository: m.optional("repository")?,
                performed_via_github_app: m.double("performed_via_github_app")?,
                author_association: m.optional("author_association")?,
                reactions: m.optional("reactions")?,
                sub_issues_summary: m.optional("sub_issues_summary")?,
                parent_issue_url: m.double("parent_issue_url")?,
                issue_dependencies_summary: m.optional("issue_dependencies_summary")?,
                issue_field_values: m.optional("issue_field_values")?,
            })
        };
        read().map_err(<D::Error as ::serde::de::Error>::custom)
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
        let mut m = <super::runtime::Fields as ::serde::Deserialize>::deserialize(d)?;
        let mut read = || -> ::std::result::Result<Self, ::std::string::String> {
            Ok(Self {
                id: m.optional("id")?,
                node_id: m.optional("node_id")?,
                url: m.optional("url")?,
                name: m.optional("name")?,
                description: m.double("description")?,
                color: m.double("color")?,
                default: m.optional("default")?,
            })
        };
        read().map_err(<D::Error as ::serde::de::Error>::custom)
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
        let mut m = <super::runtime::Fields as ::serde::Deserialize>::deserialize(d)?;
        let mut read = || -> ::std::result::Result<Self, ::std::string::String> {
            Ok(Self {
                merged_at: m.double("merged_at")?,
                diff_url: m.optional("diff_url")?,
                html_url: m.optional("html_url")?,
                patch_url: m.optional("patch_url")?,
                url: m.optional("url")?,
            })
        };
        read().map_err(<D::Error as ::serde::de::Error>::custom)
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
        let mut m = <super::runtime::Fields as ::serde::Deserialize>::deserialize(d)?;
        let mut read = || -> ::std::result::Result<Self, ::std::string::String> {
            Ok(Self {
                id: m.required("id")?,
                number: m.required("number")?,
                url: m.required("url")?,
                head: m.required("head")?,
                base: m.required("base")?,
            })
        };
        read().map_err(<D::Error as ::serde::de::Error>::custom)
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
        let mut m = <super::runtime::Fields as ::serde::Deserialize>::deserialize(d)?;
        let mut read = || -> ::std::result::Result<Self, ::std::string::String> {
            Ok(Self {
                r#ref: m.required("ref")?,
                sha: m.required("sha")?,
                repo: m.required("repo")?,
            })
        };
        read().map_err(<D::Error as ::serde::de::Error>::custom)
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
        let mut m = <super::runtime::Fields as ::serde::Deserialize>::deserialize(d)?;
        let mut read = || -> ::std::result::Result<Self, ::std::string::String> {
            Ok(Self {
                id: m.required("id")?,
                url: m.required("url")?,
                name: m.required("name")?,
            })
        };
        read().map_err(<D::Error as ::serde::de::Error>::custom)
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
        let mut m = <super::runtime::Fields as ::serde::Deserialize>::deserialize(d)?;
        let mut read = || -> ::std::result::Result<Self, ::std::string::String> {
            Ok(Self {
                login: m.required("login")?,
                id: m.required("id")?,
                user_view_type: m.optional("user_view_type")?,
                node_id: m.required("node_id")?,
                avatar_url: m.required("avatar_url")?,
                gravatar_id: m.optional("gravatar_id")?,
                url: m.required("url")?,
                html_url: m.required("html_url")?,
                followers_url: m.required("followers_url")?,
                following_url: m.required("following_url")?,
                gists_url: m.required("gists_url")?,
                starred_url: m.required("starred_url")?,
                subscriptions_url: m.required("subscriptions_url")?,
                organizations_url: m.required("organizations_url")?,
                repos_url: m.required("repos_url")?,
                events_url: m.required("events_url")?,
                received_events_url: m.required("received_events_url")?,
                r#type: m.required("type")?,
                site_admin: m.required("site_admin")?,
                name: m.optional("name")?,
                company: m.optional("company")?,
                blog: m.optional("blog")?,
                location: m.optional("location")?,
                email: m.optional("email")?,
                notification_email: m.double("notification_email")?,
                hireable: m.optional("hireable")?,
                bio: m.optional("bio")?,
                twitter_username: m.double("twitter_username")?,
                public_repos: m.required("public_repos")?,
                public_gists: m.required("public_gists")?,
                followers: m.required("followers")?,
                following: m.required("following")?,
                created_at: m.required("created_at")?,
                updated_at: m.required("updated_at")?,
                plan: m.optional("plan")?,
                private_gists: m.optional("private_gists")?,
                total_private_repos: m.optional("total_private_repos")?,
                owned_private_repos: m.optional("owned_private_repos")?,
                disk_usage: m.optional("disk_usage")?,
                collaborators: m.optional("collaborators")?,
            })
        };
        read().map_err(<D::Error as ::serde::de::Error>::custom)
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
        let mut m = <super::runtime::Fields as ::serde::Deserialize>::deserialize(d)?;
        let mut read = || -> ::std::result::Result<Self, ::std::string::String> {
            Ok(Self {
                collaborators: m.required("collaborators")?,
                name: m.required("name")?,
                space: m.required("space")?,
                private_repos: m.required("private_repos")?,
            })
        };
        read().map_err(<D::Error as ::serde::de::Error>::custom)
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
        let mut m = <super::runtime::Fields as ::serde::Deserialize>::deserialize(d)?;
        let mut read = || -> ::std::result::Result<Self, ::std::string::String> {
            Ok(Self {
                advanced_security: m.optional("advanced_security")?,
                code_security: m.optional("code_security")?,
                dependabot_security_updates: m.optional("dependabot_security_updates")?,
                secret_scanning: m.optional("secret_scanning")?,
                secret_scanning_push_protection: m
                    .optional("secret_scanning_push_protection")?,
                secret_scanning_non_provider_patterns: m
                    .optional("secret_scanning_non_provider_patterns")?,
                secret_scanning_ai_detection: m.optional("secret_scanning_ai_detection")?,
            })
        };
        read().map_err(<D::Error as ::serde::de::Error>::custom)
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
        let mut m = <super::runtime::Fields as ::serde::Deserialize>::deserialize(d)?;
        let mut read = || -> ::std::result::Result<Self, ::std::string::String> {
            Ok(Self {
                status: m.optional("status")?,
            })
        };
        read().map_err(<D::Error as ::serde::de::Error>::custom)
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
        let mut m = <super::runtime::Fields as ::serde::Deserialize>::deserialize(d)?;
        let mut read = || -> ::std::result::Result<Self, ::std::string::String> {
            Ok(Self {
                status: m.optional("status")?,
            })
        };
        read().map_err(<D::Error as ::serde::de::Error>::custom)
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
        let mut m = <super::runtime::Fields as ::serde::Deserialize>::deserialize(d)?;
        let mut read = || -> ::std::result::Result<Self, ::std::string::String> {
            Ok(Self {
                id: m.required("id")?,
                node_id: m.required("node_id")?,
                name: m.required("name")?,
                full_name: m.required("full_name")?,
                owner: m.required("owner")?,
                private: m.required("private")?,
                html_url: m.required("html_url")?,
                description: m.optional("description")?,
                fork: m.required("fork")?,
                url: m.required("url")?,
                archive_url: m.required("archive_url")?,
                assignees_url: m.required("assignees_url")?,
                blobs_url: m.required("blobs_url")?,
                branches_url: m.required("branches_url")?,
                collaborators_url: m.required("collaborators_url")?,
                comments_url: m.required("comments_url")?,
                commits_url: m.required("commits_url")?,
                compare_url: m.required("compare_url")?,
                contents_url: m.required("contents_url")?,
                contributors_url: m.required("contributors_url")?,
                deployments_url: m.required("deployments_url")?,
                downloads_url: m.required("downloads_url")?,
                events_url: m.required("events_url")?,
                forks_url: m.required("forks_url")?,
                git_commits_url: m.required("git_commits_url")?,
                git_refs_url: m.required("git_refs_url")?,
                git_tags_url: m.required("git_tags_url")?,
                git_url: m.optional("git_url")?,
                issue_comment_url: m.required("issue_comment_url")?,
                issue_events_url: m.required("issue_events_url")?,
                issues_url: m.required("issues_url")?,
                keys_url: m.required("keys_url")?,
                labels_url: m.required("labels_url")?,
                languages_url: m.required("languages_url")?,
                merges_url: m.required("merges_url")?,
                milestones_url: m.required("milestones_url")?,
                notifications_url: m.required("notifications_url")?,
                pulls_url: m.required("pulls_url")?,
                releases_url: m.required("releases_url")?,
                ssh_url: m.optional("ssh_url")?,
                stargazers_url: m.required("stargazers_url")?,
                statuses_url: m.required("statuses_url")?,
                subscribers_url: m.required("subscribers_url")?,
                subscription_url: m.required("subscription_url")?,
                tags_url: m.required("tags_url")?,
                teams_url: m.required("teams_url")?,
                trees_url: m.required("trees_url")?,
                clone_url: m.optional("clone_url")?,
                mirror_url: m.double("mirror_url")?,
                hooks_url: m.required("hooks_url")?,
                svn_url: m.optional("svn_url")?,
                homepage: m.double("homepage")?,
                language: m.double("language")?,
                forks_count: m.optional("forks_count")?,
                stargazers_count: m.optional("stargazers_count")?,
                watchers_count: m.optional("watchers_count")?,
                size: m.optional("size")?,
                default_branch: m.optional("default_branch")?,
                open_issues_count: m.optional("open_issues_count")?,
                is_template: m.optional("is_template")?,
                topics: m.optional("topics")?,
                has_issues: m.optional("has_issues")?,
                has_projects: m.optional("has_projects")?,
                has_wiki: m.optional("has_wiki")?,
                has_pages: m.optional("has_pages")?,
                has_downloads: m.optional("has_downloads")?,
                has_discussions: m.optional("has_discussions")?,
                archived: m.optional("archived")?,
                disabled: m.optional("disabled")?,
                visibility: m.optional("visibility")?,
                pushed_at: m.double("pushed_at")?,
                created_at: m.double("created_at")?,
                updated_at: m.double("updated_at")?,
                permissions: m.optional("permissions")?,
                role_name: m.optional("role_name")?,
                temp_clone_token: m.optional("temp_clone_token")?,
                delete_branch_on_merge: m.optional("delete_branch_on_merge")?,
                subscribers_count: m.optional("subscribers_count")?,
                network_count: m.optional("network_count")?,
                code_of_conduct: m.optional("code_of_conduct")?,
                license: m.double("license")?,
                forks: m.optional("forks")?,
                open_issues: m.optional("open_issues")?,
                watchers: m.optional("watchers")?,
                allow_forking: m.optional("allow_forking")?,
                web_commit_signoff_required: m.optional("web_commit_signoff_required")?,
                security_and_analysis: m.double("security_and_analysis")?,
                custom_properties: m.optional("custom_properties")?,
            })
        };
        read().map_err(<D::Error as ::serde::de::Error>::custom)
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
        let mut m = <super::runtime::Fields as ::serde::Deserialize>::deserialize(d)?;
        let mut read = || -> ::std::result::Result<Self, ::std::string::String> {
            Ok(Self {
                admin: m.optional("admin")?,
                maintain: m.optional("maintain")?,
                push: m.optional("push")?,
                triage: m.optional("triage")?,
                pull: m.optional("pull")?,
            })
        };
        read().map_err(<D::Error as ::serde::de::Error>::custom)
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
        let mut m = <super::runtime::Fields as ::serde::Deserialize>::deserialize(d)?;
        let mut read = || -> ::std::result::Result<Self, ::std::string::String> {
            Ok(Self {
                key: m.optional("key")?,
                name: m.optional("name")?,
                spdx_id: m.optional("spdx_id")?,
                url: m.optional("url")?,
                node_id: m.optional("node_id")?,
            })
        };
        read().map_err(<D::Error as ::serde::de::Error>::custom)
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
        let mut m = <super::runtime::Fields as ::serde::Deserialize>::deserialize(d)?;
        let mut read = || -> ::std::result::Result<Self, ::std::string::String> {
            Ok(Self {
                url: m.required("url")?,
                key: m.required("key")?,
                name: m.required("name")?,
                html_url: m.optional("html_url")?,
            })
        };
        read().map_err(<D::Error as ::serde::de::Error>::custom)
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
        let mut m = <super::runtime::Fields as ::serde::Deserialize>::deserialize(d)?;
        let mut read = || -> ::std::result::Result<Self, ::std::string::String> {
            Ok(Self {
                id: m.required("id")?,
                node_id: m.required("node_id")?,
                name: m.required("name")?,
                full_name: m.required("full_name")?,
                owner: m.required("owner")?,
                private: m.required("private")?,
                html_url: m.required("html_url")?,
                description: m.optional("description")?,
                fork: m.required("fork")?,
                url: m.required("url")?,
                archive_url: m.required("archive_url")?,
                assignees_url: m.required("assignees_url")?,
                blobs_url: m.required("blobs_url")?,
                branches_url: m.required("branches_url")?,
                collaborators_url: m.required("collaborators_url")?,
                comments_url: m.required("comments_url")?,
                commits_url: m.required("commits_url")?,
                compare_url: m.required("compare_url")?,
                contents_url: m.required("contents_url")?,
                contributors_url: m.required("contributors_url")?,
                deployments_url: m.required("deployments_url")?,
                downloads_url: m.required("downloads_url")?,
                events_url: m.required("events_url")?,
                forks_url: m.required("forks_url")?,
                git_commits_url: m.required("git_commits_url")?,
                git_refs_url: m.required("git_refs_url")?,
                git_tags_url: m.required("git_tags_url")?,
                git_url: m.required("git_url")?,
                issue_comment_url: m.required("issue_comment_url")?,
                issue_events_url: m.required("issue_events_url")?,
                issues_url: m.required("issues_url")?,
                keys_url: m.required("keys_url")?,
                labels_url: m.required("labels_url")?,
                languages_url: m.required("languages_url")?,
                merges_url: m.required("merges_url")?,
                milestones_url: m.required("milestones_url")?,
                notifications_url: m.required("notifications_url")?,
                pulls_url: m.required("pulls_url")?,
                releases_url: m.required("releases_url")?,
                ssh_url: m.required("ssh_url")?,
                stargazers_url: m.required("stargazers_url")?,
                statuses_url: m.required("statuses_url")?,
                subscribers_url: m.required("subscribers_url")?,
                subscription_url: m.required("subscription_url")?,
                tags_url: m.required("tags_url")?,
                teams_url: m.required("teams_url")?,
                trees_url: m.required("trees_url")?,
                clone_url: m.required("clone_url")?,
                mirror_url: m.optional("mirror_url")?,
                hooks_url: m.required("hooks_url")?,
                svn_url: m.required("svn_url")?,
                homepage: m.optional("homepage")?,
                language: m.optional("language")?,
                forks_count: m.required("forks_count")?,
                stargazers_count: m.required("stargazers_count")?,
                watchers_count: m.required("watchers_count")?,
                size: m.required("size")?,
                default_branch: m.required("default_branch")?,
                open_issues_count: m.required("open_issues_count")?,
                is_template: m.optional("is_template")?,
                topics: m.optional("topics")?,
                has_issues: m.required("has_issues")?,
                has_projects: m.required("has_projects")?,
                has_wiki: m.required("has_wiki")?,
                has_pages: m.required("has_pages")?,
                has_downloads: m.optional("has_downloads")?,
                has_discussions: m.required("has_discussions")?,
                archived: m.required("archived")?,
                disabled: m.required("disabled")?,
                visibility: m.optional("visibility")?,
                pushed_at: m.required("pushed_at")?,
                created_at: m.required("created_at")?,
                updated_at: m.required("updated_at")?,
                permissions: m.optional("permissions")?,
                allow_rebase_merge: m.optional("allow_rebase_merge")?,
                template_repository: m.double("template_repository")?,
                temp_clone_token: m.double("temp_clone_token")?,
                allow_squash_merge: m.optional("allow_squash_merge")?,
                allow_auto_merge: m.optional("allow_auto_merge")?,
                delete_branch_on_merge: m.optional("delete_branch_on_merge")?,
                allow_merge_commit: m.optional("allow_merge_commit")?,
                allow_update_branch: m.optional("allow_update_branch")?,
                use_squash_pr_title_as_default: m
                    .optional("use_squash_pr_title_as_default")?,
                squash_merge_commit_title: m.optional("squash_merge_commit_title")?,
                squash_merge_commit_message: m.optional("squash_merge_commit_message")?,
                merge_commit_title: m.optional("merge_commit_title")?,
                merge_commit_message: m.optional("merge_commit_message")?,
                allow_forking: m.optional("allow_forking")?,
                web_commit_signoff_required: m.optional("web_commit_signoff_required")?,
                subscribers_count: m.required("subscribers_count")?,
                network_count: m.required("network_count")?,
                license: m.optional("license")?,
                organization: m.double("organization")?,
                parent: m.optional("parent")?,
                source: m.optional("source")?,
                forks: m.required("forks")?,
                master_branch: m.optional("master_branch")?,
                open_issues: m.required("open_issues")?,
                watchers: m.required("watchers")?,
                anonymous_access_enabled: m.optional("anonymous_access_enabled")?,
                code_of_conduct: m.optional("code_of_conduct")?,
                security_and_analysis: m.double("security_and_analysis")?,
                custom_properties: m.optional("custom_properties")?,
            })
        };
        read().map_err(<D::Error as ::serde::de::Error>::custom)
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
        let mut m = <super::runtime::Fields as ::serde::Deserialize>::deserialize(d)?;
        let mut read = || -> ::std::result::Result<Self, ::std::string::String> {
            Ok(Self {
                admin: m.required("admin")?,
                maintain: m.optional("maintain")?,
                push: m.required("push")?,
                triage: m.optional("triage")?,
                pull: m.required("pull")?,
            })
        };
        read().map_err(<D::Error as ::serde::de::Error>::custom)
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
        let mut m = <super::runtime::Fields as ::serde::Deserialize>::deserialize(d)?;
        let mut read = || -> ::std::result::Result<Self, ::std::string::String> {
            Ok(Self {
                path: m.required("path")?,
                sha: m.required("sha")?,
                r#ref: m.optional("ref")?,
            })
        };
        read().map_err(<D::Error as ::serde::de::Error>::custom)
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
        let mut m = <super::runtime::Fields as ::serde::Deserialize>::deserialize(d)?;
        let mut read = || -> ::std::result::Result<Self, ::std::string::String> {
            Ok(Self {
                id: m.required("id")?,
                tree_id: m.required("tree_id")?,
                message: m.required("message")?,
                timestamp: m.required("timestamp")?,
                author: m.optional("author")?,
                committer: m.optional("committer")?,
            })
        };
        read().map_err(<D::Error as ::serde::de::Error>::custom)
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
        let mut m = <super::runtime::Fields as ::serde::Deserialize>::deserialize(d)?;
        let mut read = || -> ::std::result::Result<Self, ::std::string::String> {
            Ok(Self {
                name: m.required("name")?,
                email: m.required("email")?,
            })
        };
        read().map_err(<D::Error as ::serde::de::Error>::custom)
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
        let mut m = <super::runtime::Fields as ::serde::Deserialize>::deserialize(d)?;
        let mut read = || -> ::std::result::Result<Self, ::std::string::String> {
            Ok(Self {
                name: m.required("name")?,
                email: m.required("email")?,
            })
        };
        read().map_err(<D::Error as ::serde::de::Error>::custom)
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
        let mut m = <super::runtime::Fields as ::serde::Deserialize>::deserialize(d)?;
        let mut read = || -> ::std::result::Result<Self, ::std::string::String> {
            Ok(Self {
                id: m.required("id")?,
                name: m.double("name")?,
                node_id: m.required("node_id")?,
                check_suite_id: m.optional("check_suite_id")?,
                check_suite_node_id: m.optional("check_suite_node_id")?,
                head_branch: m.optional("head_branch")?,
                head_sha: m.required("head_sha")?,
                path: m.required("path")?,
                run_number: m.required("run_number")?,
                run_attempt: m.optional("run_attempt")?,
                referenced_workflows: m.double("referenced_workflows")?,
                event: m.required("event")?,
                status: m.optional("status")?,
                conclusion: m.optional("conclusion")?,
                workflow_id: m.required("workflow_id")?,
                url: m.required("url")?,
                html_url: m.required("html_url")?,
                pull_requests: m.optional("pull_requests")?,
                created_at: m.required("created_at")?,
                updated_at: m.required("updated_at")?,
                actor: m.optional("actor")?,
                triggering_actor: m.optional("triggering_actor")?,
                run_started_at: m.optional("run_started_at")?,
                jobs_url: m.required("jobs_url")?,
                logs_url: m.required("logs_url")?,
                check_suite_url: m.required("check_suite_url")?,
                artifacts_url: m.required("artifacts_url")?,
                cancel_url: m.required("cancel_url")?,
                rerun_url: m.required("rerun_url")?,
                previous_attempt_url: m.double("previous_attempt_url")?,
                workflow_url: m.required("workflow_url")?,
                head_commit: m.optional("head_commit")?,
                repository: m.required("repository")?,
                head_repository: m.required("head_repository")?,
                head_repository_id: m.optional("head_repository_id")?,
                display_title: m.required("display_title")?,
            })
        };
        read().map_err(<D::Error as ::serde::de::Error>::custom)
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
        let mut m = <super::runtime::Fields as ::serde::Deserialize>::deserialize(d)?;
        let mut read = || -> ::std::result::Result<Self, ::std::string::String> {
            Ok(Self {
                sha: m.optional("sha")?,
                filename: m.required("filename")?,
                status: m.required("status")?,
                additions: m.required("additions")?,
                deletions: m.required("deletions")?,
                changes: m.required("changes")?,
                blob_url: m.required("blob_url")?,
                raw_url: m.required("raw_url")?,
                contents_url: m.required("contents_url")?,
                patch: m.optional("patch")?,
                previous_filename: m.optional("previous_filename")?,
            })
        };
        read().map_err(<D::Error as ::serde::de::Error>::custom)
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
        let mut m = <super::runtime::Fields as ::serde::Deserialize>::deserialize(d)?;
        let mut read = || -> ::std::result::Result<Self, ::std::string::String> {
            Ok(Self {
                content: m.optional("content")?,
                commit: m.required("commit")?,
            })
        };
        read().map_err(<D::Error as ::serde::de::Error>::custom)
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
        let mut m = <super::runtime::Fields as ::serde::Deserialize>::deserialize(d)?;
        let mut read = || -> ::std::result::Result<Self, ::std::string::String> {
            Ok(Self {
                name: m.optional("name")?,
                path: m.optional("path")?,
                sha: m.optional("sha")?,
                size: m.optional("size")?,
                url: m.optional("url")?,
                html_url: m.optional("html_url")?,
                git_url: m.optional("git_url")?,
                download_url: m.optional("download_url")?,
                r#type: m.optional("type")?,
                links: m.optional("_links")?,
            })
        };
        read().map_err(<D::Error as ::serde::de::Error>::custom)
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
        let mut m = <super::runtime::Fields as ::serde::Deserialize>::deserialize(d)?;
        let mut read = || -> ::std::result::Result<Self, ::std::string::String> {
            Ok(Self {
                self_: m.optional("self")?,
                git: m.optional("git")?,
                html: m.optional("html")?,
            })
        };
        read().map_err(<D::Error as ::serde::de::Error>::custom)
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
        let mut m = <super::runtime::Fields as ::serde::Deserialize>::deserialize(d)?;
        let mut read = || -> ::std::result::Result<Self, ::std::string::String> {
            Ok(Self {
                sha: m.optional("sha")?,
                node_id: m.optional("node_id")?,
                url: m.optional("url")?,
                html_url: m.optional("html_url")?,
                author: m.optional("author")?,
                committer: m.optional("committer")?,
                message: m.optional("message")?,
                tree: m.optional("tree")?,
                parents: m.optional("parents")?,
                verification: m.optional("verification")?,
            })
        };
        read().map_err(<D::Error as ::serde::de::Error>::custom)
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
        let mut m = <super::runtime::Fields as ::serde::Deserialize>::deserialize(d)?;
        let mut read = || -> ::std::result::Result<Self, ::std::string::String> {
            Ok(Self {
                date: m.optional("date")?,
                name: m.optional("name")?,
                email: m.optional("email")?,
            })
        };
        read().map_err(<D::Error as ::serde::de::Error>::custom)
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
        let mut m = <super::runtime::Fields as ::serde::Deserialize>::deserialize(d)?;
        let mut read = || -> ::std::result::Result<Self, ::std::string::String> {
            Ok(Self {
                url: m.optional("url")?,
                sha: m.optional("sha")?,
            })
        };
        read().map_err(<D::Error as ::serde::de::Error>::custom)
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
        let mut m = <super::runtime::Fields as ::serde::Deserialize>::deserialize(d)?;
        let mut read = || -> ::std::result::Result<Self, ::std::string::String> {
            Ok(Self {
                url: m.optional("url")?,
                html_url: m.optional("html_url")?,
                sha: m.optional("sha")?,
            })
        };
        read().map_err(<D::Error as ::serde::de::Error>::custom)
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
        let mut m = <super::runtime::Fields as ::serde::Deserialize>::deserialize(d)?;
        let mut read = || -> ::std::result::Result<Self, ::std::string::String> {
            Ok(Self {
                verified: m.optional("verified")?,
                reason: m.optional("reason")?,
                signature: m.double("signature")?,
                payload: m.double("payload")?,
                verified_at: m.double("verified_at")?,
            })
        };
        read().map_err(<D::Error as ::serde::de::Error>::custom)
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
        let mut m = <super::runtime::Fields as ::serde::Deserialize>::deserialize(d)?;
        let mut read = || -> ::std::result::Result<Self, ::std::string::String> {
            Ok(Self {
                message: m.optional("message")?,
                documentation_url: m.optional("documentation_url")?,
                status: m.optional("status")?,
                metadata: m.optional("metadata")?,
            })
        };
        read().map_err(<D::Error as ::serde::de::Error>::custom)
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
        let mut m = <super::runtime::Fields as ::serde::Deserialize>::deserialize(d)?;
        let mut read = || -> ::std::result::Result<Self, ::std::string::String> {
            Ok(Self {
                secret_scanning: m.optional("secret_scanning")?,
            })
        };
        read().map_err(<D::Error as ::serde::de::Error>::custom)
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
        let mut m = <super::runtime::Fields as ::serde::Deserialize>::deserialize(d)?;
        let mut read = || -> ::std::result::Result<Self, ::std::string::String> {
            Ok(Self {
                bypass_placeholders: m.optional("bypass_placeholders")?,
            })
        };
        read().map_err(<D::Error as ::serde::de::Error>::custom)
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
        let mut m = <super::runtime::Fields as ::serde::Deserialize>::deserialize(d)?;
        let mut read = || -> ::std::result::Result<Self, ::std::string::String> {
            Ok(Self {
                placeholder_id: m.optional("placeholder_id")?,
                token_type: m.optional("token_type")?,
            })
        };
        read().map_err(<D::Error as ::serde::de::Error>::custom)
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
        let mut m = <super::runtime::Fields as ::serde::Deserialize>::deserialize(d)?;
        let mut read = || -> ::std::result::Result<Self, ::std::string::String> {
            Ok(Self {
                object_url: m.optional("object_url")?,
                object_type: m.double("object_type")?,
                property: m.optional("property")?,
                fragment: m.optional("fragment")?,
                matches: m.optional("matches")?,
            })
        };
        read().map_err(<D::Error as ::serde::de::Error>::custom)
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
        let mut m = <super::runtime::Fields as ::serde::Deserialize>::deserialize(d)?;
        let mut read = || -> ::std::result::Result<Self, ::std::string::String> {
            Ok(Self {
                text: m.optional("text")?,
                indices: m.optional("indices")?,
            })
        };
        read().map_err(<D::Error as ::serde::de::Error>::custom)
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
        let mut m = <super::runtime::Fields as ::serde::Deserialize>::deserialize(d)?;
        let mut read = || -> ::std::result::Result<Self, ::std::string::String> {
            Ok(Self {
                name: m.required("name")?,
                path: m.required("path")?,
                sha: m.required("sha")?,
                url: m.required("url")?,
                git_url: m.required("git_url")?,
                html_url: m.required("html_url")?,
                repository: m.required("repository")?,
                score: m.required("score")?,
                file_size: m.optional("file_size")?,
                language: m.double("language")?,
                last_modified_at: m.optional("last_modified_at")?,
                line_numbers: m.optional("line_numbers")?,
                text_matches: m.optional("text_matches")?,
            })
        };
        read().map_err(<D::Error as ::serde::de::Error>::custom)
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
        let mut m = <super::runtime::Fields as ::serde::Deserialize>::deserialize(d)?;
        let mut read = || -> ::std::result::Result<Self, ::std::string::String> {
            Ok(Self {
                login: m.required("login")?,
                id: m.required("id")?,
                user_view_type: m.optional("user_view_type")?,
                node_id: m.required("node_id")?,
                avatar_url: m.required("avatar_url")?,
                gravatar_id: m.optional("gravatar_id")?,
                url: m.required("url")?,
                html_url: m.required("html_url")?,
                followers_url: m.required("followers_url")?,
                following_url: m.required("following_url")?,
                gists_url: m.required("gists_url")?,
                starred_url: m.required("starred_url")?,
                subscriptions_url: m.required("subscriptions_url")?,
                organizations_url: m.required("organizations_url")?,
                repos_url: m.required("repos_url")?,
                events_url: m.required("events_url")?,
                received_events_url: m.required("received_events_url")?,
                r#type: m.required("type")?,
                site_admin: m.required("site_admin")?,
                name: m.optional("name")?,
                company: m.optional("company")?,
                blog: m.optional("blog")?,
                location: m.optional("location")?,
                email: m.optional("email")?,
                notification_email: m.double("notification_email")?,
                hireable: m.optional("hireable")?,
                bio: m.optional("bio")?,
                twitter_username: m.double("twitter_username")?,
                public_repos: m.required("public_repos")?,
                public_gists: m.required("public_gists")?,
                followers: m.required("followers")?,
                following: m.required("following")?,
                created_at: m.required("created_at")?,
                updated_at: m.required("updated_at")?,
                private_gists: m.required("private_gists")?,
                total_private_repos: m.required("total_private_repos")?,
                owned_private_repos: m.required("owned_private_repos")?,
                disk_usage: m.required("disk_usage")?,
                collaborators: m.required("collaborators")?,
                two_factor_authentication: m.required("two_factor_authentication")?,
                plan: m.optional("plan")?,
                business_plus: m.optional("business_plus")?,
                ldap_dn: m.optional("ldap_dn")?,
            })
        };
        read().map_err(<D::Error as ::serde::de::Error>::custom)
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
        let mut m = <super::runtime::Fields as ::serde::Deserialize>::deserialize(d)?;
        let mut read = || -> ::std::result::Result<Self, ::std::string::String> {
            Ok(Self {
                total_count: m.required("total_count")?,
                workflow_runs: m.required("workflow_runs")?,
            })
        };
        read().map_err(<D::Error as ::serde::de::Error>::custom)
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
impl<'de> ::serde::Deserialize<'de> for ReposCreateOrUpdateFileContentsBody {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        d: D,
    ) -> ::std::result::Result<Self, D::Error> {
        let mut m = <super::runtime::Fields as ::serde::Deserialize>::deserialize(d)?;
        let mut read = || -> ::std::result::Result<Self, ::std::string::String> {
            Ok(Self {
                message: m.required("message")?,
                content: m.required("content")?,
                sha: m.optional("sha")?,
                branch: m.optional("branch")?,
                committer: m.optional("committer")?,
                author: m.optional("author")?,
            })
        };
        read().map_err(<D::Error as ::serde::de::Error>::custom)
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
        let mut m = <super::runtime::Fields as ::serde::Deserialize>::deserialize(d)?;
        let mut read = || -> ::std::result::Result<Self, ::std::string::String> {
            Ok(Self {
                name: m.required("name")?,
                email: m.required("email")?,
                date: m.optional("date")?,
            })
        };
        read().map_err(<D::Error as ::serde::de::Error>::custom)
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
impl<'de> ::serde::Deserialize<'de> for IssuesCreateBody {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        d: D,
    ) -> ::std::result::Result<Self, D::Error> {
        let mut m = <super::runtime::Fields as ::serde::Deserialize>::deserialize(d)?;
        let mut read = || -> ::std::result::Result<Self, ::std::string::String> {
            Ok(Self {
                title: m.required("title")?,
                body: m.optional("body")?,
                assignee: m.double("assignee")?,
                milestone: m.double("milestone")?,
                labels: m.optional("labels")?,
                assignees: m.optional("assignees")?,
                r#type: m.double("type")?,
            })
        };
        read().map_err(<D::Error as ::serde::de::Error>::custom)
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
        let mut m = <super::runtime::Fields as ::serde::Deserialize>::deserialize(d)?;
        let mut read = || -> ::std::result::Result<Self, ::std::string::String> {
            Ok(Self {
                id: m.optional("id")?,
                name: m.optional("name")?,
                description: m.double("description")?,
                color: m.double("color")?,
            })
        };
        read().map_err(<D::Error as ::serde::de::Error>::custom)
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
        let mut m = <super::runtime::Fields as ::serde::Deserialize>::deserialize(d)?;
        let mut read = || -> ::std::result::Result<Self, ::std::string::String> {
            Ok(Self {
                code: m.optional("code")?,
                message: m.optional("message")?,
                documentation_url: m.optional("documentation_url")?,
            })
        };
        read().map_err(<D::Error as ::serde::de::Error>::custom)
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
        let mut m = <super::runtime::Fields as ::serde::Deserialize>::deserialize(d)?;
        let mut read = || -> ::std::result::Result<Self, ::std::string::String> {
            Ok(Self {
                total_count: m.required("total_count")?,
                incomplete_results: m.required("incomplete_results")?,
                items: m.required("items")?,
            })
        };
        read().map_err(<D::Error as ::serde::de::Error>::custom)
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
