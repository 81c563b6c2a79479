//! Handlers, parameter structs and response enums of the operations with this module's tag.
/// Query, header and cookie parameters of `pulls_list_files`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PullsListFilesParams {
    /// The number of results per page (max 100). For more information, see "[Using pagination in the REST API](https://docs.github.com/rest/using-the-rest-api/using-pagination-in-the-rest-api)."
    pub per_page: ::std::option::Option<i64>,
    /// The page number of the results to fetch. For more information, see "[Using pagination in the REST API](https://docs.github.com/rest/using-the-rest-api/using-pagination-in-the-rest-api)."
    pub page: ::std::option::Option<i64>,
}
/// Headers of the Ok response of `pulls_list_files`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PullsListFilesOkHeaders {
    pub link: ::std::option::Option<::std::string::String>,
}
/// Responses of `pulls_list_files`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum PullsListFilesResponse {
    /// Response
    Ok {
        body: ::std::vec::Vec<super::types::DiffEntry>,
        headers: PullsListFilesOkHeaders,
    },
    /// Validation failed, or the endpoint has been spammed.
    UnprocessableEntity(super::types::ValidationError),
    /// Internal Error
    InternalServerError(super::types::BasicError),
    /// Service unavailable
    ServiceUnavailable(super::types::IssuesCreateServiceUnavailableBody),
}
impl ::axum::response::IntoResponse for PullsListFilesResponse {
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
            Self::UnprocessableEntity(body) => {
                super::runtime::json_response_as(422u16, "application/json", &body)
            }
            Self::InternalServerError(body) => {
                super::runtime::json_response_as(500u16, "application/json", &body)
            }
            Self::ServiceUnavailable(body) => {
                super::runtime::json_response_as(503u16, "application/json", &body)
            }
        }
    }
}
/// axum handler for `GET` "/repos/{owner}/{repo}/pulls/{pull_number}/files".
#[allow(unused_variables, unused_mut)]
pub async fn pulls_list_files<A: super::Api>(
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
        "/repos/{owner}/{repo}/pulls/{pull_number}/files",
        uri.path(),
        &decoded_path,
    );
    let owner: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "owner", "simple", false);
    let repo: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 1, "repo", "simple", false);
    let pull_number: ::std::option::Option<i64> = errors
        .path(&path_values, 2, "pull_number", "simple", false);
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
    if let Some(v) = &pull_number {
        errors.check_param("path", "pull_number", v, 62usize);
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
    let (Some(owner), Some(repo), Some(pull_number)) = (owner, repo, pull_number) else {
        return errors.into_response_as("application/json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::pulls_list_files(
        &*served.api,
        ctx,
        owner,
        repo,
        pull_number,
        PullsListFilesParams {
            per_page,
            page,
        },
    );
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "pulls/list-files", method = "GET", path =
        "/repos/{owner}/{repo}/pulls/{pull_number}/files", status =
        ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
