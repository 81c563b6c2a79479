//! Handlers, parameter structs and response enums of the operations with this module's tag.
/// Query, header and cookie parameters of `search_code`.
#[derive(Debug, Clone, PartialEq)]
pub struct SearchCodeParams {
    /// The query contains one or more search keywords and qualifiers. Qualifiers allow you to limit your search to specific areas of GitHub. The REST API supports the same qualifiers as the web interface for GitHub. To learn more about the format of the query, see [Constructing a search query](https://docs.github.com/rest/search/search#constructing-a-search-query). See "[Searching code](https://docs.github.com/search-github/searching-on-github/searching-code)" for a detailed list of qualifiers.
    pub q: ::std::string::String,
    /// **This field is closing down.** Sorts the results of your query. Can only be `indexed`, which indicates how recently a file has been indexed by the GitHub search infrastructure. Default: [best match](https://docs.github.com/rest/search/search#ranking-search-results)
    pub sort: ::std::option::Option<super::types::SearchCodeSort>,
    /// **This field is closing down.** Determines whether the first search result returned is the highest number of matches (`desc`) or lowest number of matches (`asc`). This parameter is ignored unless you provide `sort`.
    pub order: ::std::option::Option<super::types::SearchCodeOrder>,
    /// The number of results per page (max 100). For more information, see "[Using pagination in the REST API](https://docs.github.com/rest/using-the-rest-api/using-pagination-in-the-rest-api)."
    pub per_page: ::std::option::Option<i64>,
    /// The page number of the results to fetch. For more information, see "[Using pagination in the REST API](https://docs.github.com/rest/using-the-rest-api/using-pagination-in-the-rest-api)."
    pub page: ::std::option::Option<i64>,
}
/// Responses of `search_code`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum SearchCodeResponse {
    /// Response
    Ok(super::types::SearchCodeOkBody),
    /// Not modified
    NotModified,
    /// Forbidden
    Forbidden(super::types::BasicError),
    /// Validation failed, or the endpoint has been spammed.
    UnprocessableEntity(super::types::ValidationError),
    /// Service unavailable
    ServiceUnavailable(super::types::IssuesCreateServiceUnavailableBody),
}
impl ::axum::response::IntoResponse for SearchCodeResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok(body) => {
                super::runtime::json_response_as(200u16, "application/json", &body)
            }
            Self::NotModified => super::runtime::empty_response(304u16),
            Self::Forbidden(body) => {
                super::runtime::json_response_as(403u16, "application/json", &body)
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
/// axum handler for `GET` "/search/code".
#[allow(unused_variables, unused_mut)]
pub async fn search_code<A: super::Api>(
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
    let q: ::std::option::Option<::std::string::String> = errors
        .query(&pairs, "q", "form", true, true);
    let sort: ::std::option::Option<super::types::SearchCodeSort> = errors
        .query(&pairs, "sort", "form", true, false);
    let order: ::std::option::Option<super::types::SearchCodeOrder> = errors
        .query(&pairs, "order", "form", true, false);
    let per_page: ::std::option::Option<i64> = errors
        .query(&pairs, "per_page", "form", true, false);
    let page: ::std::option::Option<i64> = errors
        .query(&pairs, "page", "form", true, false);
    if let Some(v) = &q {
        errors.check_param("query", "q", v, 63usize);
    }
    if let Some(v) = &sort {
        errors.check_param("query", "sort", v, 64usize);
    }
    if let Some(v) = &order {
        errors.check_param("query", "order", v, 65usize);
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
    let (Some(q),) = (q,) else {
        return errors.into_response_as("application/json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::search_code(
        &*served.api,
        ctx,
        SearchCodeParams {
            q,
            sort,
            order,
            per_page,
            page,
        },
    );
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "search/code", method = "GET", path =
        "/search/code", status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
