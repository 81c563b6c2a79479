//! Handlers, parameter structs and response enums of the operations with this module's tag.
/// Query, header and cookie parameters of `repos_list_for_org`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ReposListForOrgParams {
    /// Specifies the types of repositories you want returned.
    pub r#type: ::std::option::Option<super::types::ReposListForOrgType>,
    /// The property to sort the results by.
    pub sort: ::std::option::Option<super::types::ReposListForOrgSort>,
    /// The order to sort by. Default: `asc` when using `full_name`, otherwise `desc`.
    pub direction: ::std::option::Option<super::types::ReposListForOrgDirection>,
    /// The number of results per page (max 100). For more information, see "[Using pagination in the REST API](https://docs.github.com/rest/using-the-rest-api/using-pagination-in-the-rest-api)."
    pub per_page: ::std::option::Option<i64>,
    /// The page number of the results to fetch. For more information, see "[Using pagination in the REST API](https://docs.github.com/rest/using-the-rest-api/using-pagination-in-the-rest-api)."
    pub page: ::std::option::Option<i64>,
}
/// Headers of the Ok response of `repos_list_for_org`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ReposListForOrgOkHeaders {
    pub link: ::std::option::Option<::std::string::String>,
}
/// Responses of `repos_list_for_org`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum ReposListForOrgResponse {
    /// Response
    Ok {
        body: ::std::vec::Vec<super::types::MinimalRepository>,
        headers: ReposListForOrgOkHeaders,
    },
}
impl ::axum::response::IntoResponse for ReposListForOrgResponse {
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
        }
    }
}
/// axum handler for `GET` "/orgs/{org}/repos".
#[allow(unused_variables, unused_mut)]
pub async fn repos_list_for_org<A: super::Api>(
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
        "/orgs/{org}/repos",
        uri.path(),
        &decoded_path,
    );
    let org: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "org", "simple", false);
    let r#type: ::std::option::Option<super::types::ReposListForOrgType> = errors
        .query(&pairs, "type", "form", true, false);
    let sort: ::std::option::Option<super::types::ReposListForOrgSort> = errors
        .query(&pairs, "sort", "form", true, false);
    let direction: ::std::option::Option<super::types::ReposListForOrgDirection> = errors
        .query(&pairs, "direction", "form", true, false);
    let per_page: ::std::option::Option<i64> = errors
        .query(&pairs, "per_page", "form", true, false);
    let page: ::std::option::Option<i64> = errors
        .query(&pairs, "page", "form", true, false);
    if let Some(v) = &org {
        errors.check_param("path", "org", v, 0usize);
    }
    if let Some(v) = &r#type {
        errors.check_param("query", "type", v, 1usize);
    }
    if let Some(v) = &sort {
        errors.check_param("query", "sort", v, 2usize);
    }
    if let Some(v) = &direction {
        errors.check_param("query", "direction", v, 3usize);
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
    let (Some(org),) = (org,) else {
        return errors.into_response_as("application/json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::repos_list_for_org(
        &*served.api,
        ctx,
        org,
        ReposListForOrgParams {
            r#type,
            sort,
            direction,
            per_page,
            page,
        },
    );
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "repos/list-for-org", method = "GET", path =
        "/orgs/{org}/repos", status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
/// Responses of `repos_get`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum ReposGetResponse {
    /// Response
    Ok(super::types::FullRepository),
    /// Moved permanently
    MovedPermanently(super::types::BasicError),
    /// Forbidden
    Forbidden(super::types::BasicError),
    /// Resource not found
    NotFound(super::types::BasicError),
}
impl ::axum::response::IntoResponse for ReposGetResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok(body) => {
                super::runtime::json_response_as(200u16, "application/json", &body)
            }
            Self::MovedPermanently(body) => {
                super::runtime::json_response_as(301u16, "application/json", &body)
            }
            Self::Forbidden(body) => {
                super::runtime::json_response_as(403u16, "application/json", &body)
            }
            Self::NotFound(body) => {
                super::runtime::json_response_as(404u16, "application/json", &body)
            }
        }
    }
}
/// axum handler for `GET` "/repos/{owner}/{repo}".
#[allow(unused_variables, unused_mut)]
pub async fn repos_get<A: super::Api>(
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
        "/repos/{owner}/{repo}",
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
    let response = <A as super::Api>::repos_get(&*served.api, ctx, owner, repo);
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "repos/get", method = "GET", path =
        "/repos/{owner}/{repo}", status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
/// Responses of `repos_create_or_update_file_contents`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum ReposCreateOrUpdateFileContentsResponse {
    /// Response
    Ok(super::types::FileCommit),
    /// Response
    Created(super::types::FileCommit),
    /// Resource not found
    NotFound(super::types::BasicError),
    /// Conflict
    Conflict(super::types::ReposCreateOrUpdateFileContentsConflictBody),
    /// Validation failed, or the endpoint has been spammed.
    UnprocessableEntity(super::types::ValidationError),
}
impl ::axum::response::IntoResponse for ReposCreateOrUpdateFileContentsResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok(body) => {
                super::runtime::json_response_as(200u16, "application/json", &body)
            }
            Self::Created(body) => {
                super::runtime::json_response_as(201u16, "application/json", &body)
            }
            Self::NotFound(body) => {
                super::runtime::json_response_as(404u16, "application/json", &body)
            }
            Self::Conflict(body) => {
                super::runtime::json_response_as(409u16, "application/json", &body)
            }
            Self::UnprocessableEntity(body) => {
                super::runtime::json_response_as(422u16, "application/json", &body)
            }
        }
    }
}
/// axum handler for `PUT` "/repos/{owner}/{repo}/contents/{path}".
#[allow(unused_variables, unused_mut)]
pub async fn repos_create_or_update_file_contents<A: super::Api>(
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
        "/repos/{owner}/{repo}/contents/{path}",
        uri.path(),
        &decoded_path,
    );
    let owner: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "owner", "simple", false);
    let repo: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 1, "repo", "simple", false);
    let path: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 2, "path", "simple", false);
    if let Some(v) = &owner {
        errors.check_param("path", "owner", v, 6usize);
    }
    if let Some(v) = &repo {
        errors.check_param("path", "repo", v, 7usize);
    }
    if let Some(v) = &path {
        errors.check_param("path", "path", v, 16usize);
    }
    let body: ::std::option::Option<super::types::ReposCreateOrUpdateFileContentsBody> = errors
        .json_body(&raw_body, true, Some(17usize));
    if !errors.is_empty() {
        return errors.into_response_as("application/json");
    }
    let (Some(owner), Some(repo), Some(path), Some(body)) = (owner, repo, path, body)
    else {
        return errors.into_response_as("application/json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::repos_create_or_update_file_contents(
        &*served.api,
        ctx,
        owner,
        repo,
        path,
        body,
    );
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "repos/create-or-update-file-contents", method =
        "PUT", path = "/repos/{owner}/{repo}/contents/{path}", status =
        ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
