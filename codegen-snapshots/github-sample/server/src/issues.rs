//! Handlers, parameter structs and response enums of the operations with this module's tag.
/// Query, header and cookie parameters of `issues_list_for_repo`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct IssuesListForRepoParams {
    /// If an `integer` is passed, it should refer to a milestone by its `number` field. If the string `*` is passed, issues with any milestone are accepted. If the string `none` is passed, issues without milestones are returned.
    pub milestone: ::std::option::Option<::std::string::String>,
    /// Indicates the state of the issues to return.
    pub state: ::std::option::Option<super::types::IssuesListForRepoState>,
    /// Can be the name of a user. Pass in `none` for issues with no assigned user, and `*` for issues assigned to any user.
    pub assignee: ::std::option::Option<::std::string::String>,
    /// Can be the name of an issue type. If the string `*` is passed, issues with any type are accepted. If the string `none` is passed, issues without type are returned.
    pub r#type: ::std::option::Option<::std::string::String>,
    /// The user that created the issue.
    pub creator: ::std::option::Option<::std::string::String>,
    /// A user that's mentioned in the issue.
    pub mentioned: ::std::option::Option<::std::string::String>,
    /// A list of comma separated label names. Example: `bug,ui,@high`
    pub labels: ::std::option::Option<::std::string::String>,
    /// What to sort results by.
    pub sort: ::std::option::Option<super::types::IssuesListForRepoSort>,
    /// The direction to sort the results by.
    pub direction: ::std::option::Option<super::types::IssuesListForRepoDirection>,
    /// Only show results that were last updated after the given time. This is a timestamp in [ISO 8601](https://en.wikipedia.org/wiki/ISO_8601) format: `YYYY-MM-DDTHH:MM:SSZ`.
    pub since: ::std::option::Option<::std::string::String>,
    /// The number of results per page (max 100). For more information, see "[Using pagination in the REST API](https://docs.github.com/rest/using-the-rest-api/using-pagination-in-the-rest-api)."
    pub per_page: ::std::option::Option<i64>,
    /// The page number of the results to fetch. For more information, see "[Using pagination in the REST API](https://docs.github.com/rest/using-the-rest-api/using-pagination-in-the-rest-api)."
    pub page: ::std::option::Option<i64>,
}
/// Headers of the Ok response of `issues_list_for_repo`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct IssuesListForRepoOkHeaders {
    pub link: ::std::option::Option<::std::string::String>,
}
/// Responses of `issues_list_for_repo`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum IssuesListForRepoResponse {
    /// Response
    Ok {
        body: ::std::vec::Vec<super::types::Issue>,
        headers: IssuesListForRepoOkHeaders,
    },
    /// Moved permanently
    MovedPermanently(super::types::BasicError),
    /// Resource not found
    NotFound(super::types::BasicError),
    /// Validation failed, or the endpoint has been spammed.
    UnprocessableEntity(super::types::ValidationError),
}
impl ::axum::response::IntoResponse for IssuesListForRepoResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok { body, headers } => {
                let mut response = super::runtime::json_response_as(
                    200u16,
                    "application/json",
                    &body,
                );
                super::runtime::set_header(&mut response, "Link", &headers.link);
                response
            }
            Self::MovedPermanently(body) => {
                super::runtime::json_response_as(301u16, "application/json", &body)
            }
            Self::NotFound(body) => {
                super::runtime::json_response_as(404u16, "application/json", &body)
            }
            Self::UnprocessableEntity(body) => {
                super::runtime::json_response_as(422u16, "application/json", &body)
            }
        }
    }
}
/// axum handler for `GET` "/repos/{owner}/{repo}/issues".
#[allow(unused_variables, unused_mut)]
pub async fn issues_list_for_repo<A: super::Api>(
    ::axum::extract::State(
        served,
    ): ::axum::extract::State<::std::sync::Arc<super::Served<A>>>,
    raw_path: ::axum::extract::RawPathParams,
    uri: ::axum::http::Uri,
    ::axum::extract::RawQuery(raw_query): ::axum::extract::RawQuery,
    headers: ::axum::http::HeaderMap,
    extensions: ::axum::http::Extensions,
    raw_body: ::axum::body::Bytes,
) -> ::axum::response::Response {
    let mut errors = super::runtime::Errors::default();
    let pairs = super::runtime::parse_query_marked(raw_query.as_deref());
    let principal: ::std::option::Option<super::Principal> = None;
    let decoded_path: ::std::vec::Vec<&str> = raw_path.iter().map(|(_, v)| v).collect();
    let path_values = super::runtime::path_values(
        "/repos/{owner}/{repo}/issues",
        uri.path(),
        &decoded_path,
    );
    let owner: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "owner", "simple", false);
    let repo: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 1, "repo", "simple", false);
    let milestone: ::std::option::Option<::std::string::String> = errors
        .query(&pairs, "milestone", "form", true, false);
    let state_param: ::std::option::Option<super::types::IssuesListForRepoState> = errors
        .query(&pairs, "state", "form", true, false);
    let assignee: ::std::option::Option<::std::string::String> = errors
        .query(&pairs, "assignee", "form", true, false);
    let r#type: ::std::option::Option<::std::string::String> = errors
        .query(&pairs, "type", "form", true, false);
    let creator: ::std::option::Option<::std::string::String> = errors
        .query(&pairs, "creator", "form", true, false);
    let mentioned: ::std::option::Option<::std::string::String> = errors
        .query(&pairs, "mentioned", "form", true, false);
    let labels: ::std::option::Option<::std::string::String> = errors
        .query(&pairs, "labels", "form", true, false);
    let sort: ::std::option::Option<super::types::IssuesListForRepoSort> = errors
        .query(&pairs, "sort", "form", true, false);
    let direction: ::std::option::Option<super::types::IssuesListForRepoDirection> = errors
        .query(&pairs, "direction", "form", true, false);
    let since: ::std::option::Option<::std::string::String> = errors
        .query(&pairs, "since", "form", true, false);
    let per_page: ::std::option::Option<i64> = errors
        .query(&pairs, "per_page", "form", true, false);
    let page: ::std::option::Option<i64> = errors
        .query(&pairs, "page", "form", true, false);
    if let Some(v) = &owner {
        errors.check_param("path", "owner", v, 6usize);
    }
    if let Some(v) = &repo {
        errors.check_param("path", "repo", v, 7usize);
    }
    if let Some(v) = &milestone {
        errors.check_param("query", "milestone", v, 30usize);
    }
    if let Some(v) = &state_param {
        errors.check_param("query", "state", v, 31usize);
    }
    if let Some(v) = &assignee {
        errors.check_param("query", "assignee", v, 32usize);
    }
    if let Some(v) = &r#type {
        errors.check_param("query", "type", v, 33usize);
    }
    if let Some(v) = &creator {
        errors.check_param("query", "creator", v, 34usize);
    }
    if let Some(v) = &mentioned {
        errors.check_param("query", "mentioned", v, 35usize);
    }
    if let Some(v) = &labels {
        errors.check_param("query", "labels", v, 36usize);
    }
    if let Some(v) = &sort {
        errors.check_param("query", "sort", v, 37usize);
    }
    if let Some(v) = &direction {
        errors.check_param("query", "direction", v, 38usize);
    }
    if let Some(v) = &since {
        errors.check_param("query", "since", v, 39usize);
    }
    if let Some(v) = &per_page {
        errors.check_param("query", "per_page", v, 4usize);
    }
    if let Some(v) = &page {
        errors.check_param("query", "page", v, 5usize);
    }
    if !errors.is_empty() {
        return errors.into_response_as("application/json");
    }
    let (Some(owner), Some(repo)) = (owner, repo) else {
        return errors.into_response_as("application/json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::issues_list_for_repo(
        &*served.api,
        ctx,
        owner,
        repo,
        IssuesListForRepoParams {
            milestone,
            state: state_param,
            assignee,
            r#type,
            creator,
            mentioned,
            labels,
            sort,
            direction,
            since,
            per_page,
            page,
        },
    );
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "issues/list-for-repo", method = "GET", path =
        "/repos/{owner}/{repo}/issues", status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
/// Headers of the Created response of `issues_create`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct IssuesCreateCreatedHeaders {
    pub location: ::std::option::Option<::std::string::String>,
}
/// Responses of `issues_create`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum IssuesCreateResponse {
    /// Response
    Created { body: super::types::Issue, headers: IssuesCreateCreatedHeaders },
    /// Bad Request
    BadRequest(super::types::BasicError),
    /// Forbidden
    Forbidden(super::types::BasicError),
    /// Resource not found
    NotFound(super::types::BasicError),
    /// Gone
    Gone(super::types::BasicError),
    /// Validation failed, or the endpoint has been spammed.
    UnprocessableEntity(super::types::ValidationError),
    /// Service unavailable
    ServiceUnavailable(super::types::IssuesCreateServiceUnavailableBody),
}
impl ::axum::response::IntoResponse for IssuesCreateResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Created { body, headers } => {
                let mut response = super::runtime::json_response_as(
                    201u16,
                    "application/json",
                    &body,
                );
                super::runtime::set_header(&mut response, "Location", &headers.location);
                response
            }
            Self::BadRequest(body) => {
                super::runtime::json_response_as(400u16, "application/json", &body)
            }
            Self::Forbidden(body) => {
                super::runtime::json_response_as(403u16, "application/json", &body)
            }
            Self::NotFound(body) => {
                super::runtime::json_response_as(404u16, "application/json", &body)
            }
            Self::Gone(body) => {
                super::runtime::json_response_as(410u16, "application/json", &body)
            }
            Self::UnprocessableEntity(body) => {
                super::runtime::json_response_as(422u16, "application/json", &body)
            }
            Self::ServiceUnavailable(body) => {
                super::runtime::json_response_as(503u16, "application/json", &body)
            }
        }
    }
}
/// axum handler for `POST` "/repos/{owner}/{repo}/issues".
#[allow(unused_variables, unused_mut)]
pub async fn issues_create<A: super::Api>(
    ::axum::extract::State(
        served,
    ): ::axum::extract::State<::std::sync::Arc<super::Served<A>>>,
    raw_path: ::axum::extract::RawPathParams,
    uri: ::axum::http::Uri,
    ::axum::extract::RawQuery(raw_query): ::axum::extract::RawQuery,
    headers: ::axum::http::HeaderMap,
    extensions: ::axum::http::Extensions,
    raw_body: ::axum::body::Bytes,
) -> ::axum::response::Response {
    let mut errors = super::runtime::Errors::default();
    let pairs = super::runtime::parse_query_marked(raw_query.as_deref());
    let principal: ::std::option::Option<super::Principal> = None;
    let decoded_path: ::std::vec::Vec<&str> = raw_path.iter().map(|(_, v)| v).collect();
    let path_values = super::runtime::path_values(
        "/repos/{owner}/{repo}/issues",
        uri.path(),
        &decoded_path,
    );
    let owner: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "owner", "simple", false);
    let repo: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 1, "repo", "simple", false);
    if let Some(v) = &owner {
        errors.check_param("path", "owner", v, 6usize);
    }
    if let Some(v) = &repo {
        errors.check_param("path", "repo", v, 7usize);
    }
    let body: ::std::option::Option<super::types::IssuesCreateBody> = errors
        .json_body(&raw_body, true, Some(40usize));
    if !errors.is_empty() {
        return errors.into_response_as("application/json");
    }
    let (Some(owner), Some(repo), Some(body)) = (owner, repo, body) else {
        return errors.into_response_as("application/json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::issues_create(
        &*served.api,
        ctx,
        owner,
        repo,
        body,
    );
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "issues/create", method = "POST", path =
        "/repos/{owner}/{repo}/issues", status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
