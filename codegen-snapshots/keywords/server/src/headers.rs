//! Handlers, parameter structs and response enums of the operations with this module's tag.
/// Query, header and cookie parameters of `headers`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct HeadersParams {
    pub headers2: ::std::option::Option<::std::string::String>,
    pub headers3: ::std::option::Option<::std::string::String>,
    pub headers4: ::std::option::Option<::std::string::String>,
}
/// Headers of the Ok response of `headers`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct HeadersOkHeaders {
    pub headers: ::std::option::Option<::std::string::String>,
}
/// Responses of `headers`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum HeadersResponse {
    /// ok
    Ok { body: super::types::Everything, headers: HeadersOkHeaders },
    /// error
    Default { status: u16, body: super::types::Error },
}
impl ::axum::response::IntoResponse for HeadersResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok { body, headers } => {
                let mut response = super::runtime::json_response_as(
                    200u16,
                    "application/json",
                    &body,
                );
                super::runtime::set_header(&mut response, "headers", &headers.headers);
                response
            }
            Self::Default { status, body } => {
                super::runtime::json_response_as(
                    status,
                    "application/problem+json",
                    &body,
                )
            }
        }
    }
}
/// axum handler for `GET` "/op192/{headers}".
#[allow(unused_variables, unused_mut)]
pub async fn headers<A: super::Api>(
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
    let alternatives: &[&[usize]] = &[&[192usize]];
    let Some(credentials) = super::runtime::credentials(
        &headers,
        &pairs,
        super::SECURITY,
        alternatives,
    ) else {
        return super::runtime::unauthorized(
            super::SECURITY,
            alternatives,
            "application/problem+json",
        );
    };
    let principal = match served.auth.authenticate_dyn("headers", &credentials).await {
        Ok(p) => Some(p),
        Err(e) => return super::refused(e, alternatives, "application/problem+json"),
    };
    let decoded_path: ::std::vec::Vec<&str> = raw_path.iter().map(|(_, v)| v).collect();
    let path_values = super::runtime::path_values(
        "/op192/{headers}",
        uri.path(),
        &decoded_path,
    );
    let headers_param: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "headers", "simple", false);
    let headers2: ::std::option::Option<::std::string::String> = errors
        .query(&pairs, "headers", "form", true, false);
    let headers3: ::std::option::Option<::std::string::String> = errors
        .header(&headers, "headers", false);
    let headers4: ::std::option::Option<::std::string::String> = errors
        .cookie(&headers, "headers", false);
    if let Some(v) = &headers_param {
        errors.check_param("path", "headers", v, 793usize);
    }
    if let Some(v) = &headers2 {
        errors.check_param("query", "headers", v, 794usize);
    }
    if let Some(v) = &headers3 {
        errors.check_param("header", "headers", v, 795usize);
    }
    if let Some(v) = &headers4 {
        errors.check_param("cookie", "headers", v, 796usize);
    }
    if !errors.is_empty() {
        return errors.into_response_as("application/problem+json");
    }
    let (Some(headers_param),) = (headers_param,) else {
        return errors.into_response_as("application/problem+json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::headers(
        &*served.api,
        ctx,
        headers_param,
        HeadersParams {
            headers2,
            headers3,
            headers4,
        },
    );
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "headers", method = "GET", path =
        "/op192/{headers}", status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
/// Responses of `headers_post`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum HeadersPostResponse {
    /// made
    Created(super::types::Untagged),
}
impl ::axum::response::IntoResponse for HeadersPostResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Created(body) => {
                super::runtime::json_response_as(201u16, "application/json", &body)
            }
        }
    }
}
/// axum handler for `POST` "/op192/{headers}".
#[allow(unused_variables, unused_mut)]
pub async fn headers_post<A: super::Api>(
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
        "/op192/{headers}",
        uri.path(),
        &decoded_path,
    );
    let headers_param: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "headers", "simple", false);
    if let Some(v) = &headers_param {
        errors.check_param("path", "headers", v, 793usize);
    }
    let body: ::std::option::Option<super::types::Union2> = errors
        .json_body(&raw_body, true, Some(4usize));
    if !errors.is_empty() {
        return errors.into_response_as("application/json");
    }
    let (Some(headers_param), Some(body)) = (headers_param, body) else {
        return errors.into_response_as("application/json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::headers_post(
        &*served.api,
        ctx,
        headers_param,
        body,
    );
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "headers_post", method = "POST", path =
        "/op192/{headers}", status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
