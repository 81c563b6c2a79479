//! Handlers, parameter structs and response enums of the operations with this module's tag.
/// Query, header and cookie parameters of `http`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct HttpParams {
    pub http2: ::std::option::Option<::std::string::String>,
    pub http3: ::std::option::Option<::std::string::String>,
    pub http4: ::std::option::Option<::std::string::String>,
}
/// Headers of the Ok response of `http`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct HttpOkHeaders {
    pub http: ::std::option::Option<::std::string::String>,
}
/// Responses of `http`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum HttpResponse {
    /// ok
    Ok { body: super::types::Everything, headers: HttpOkHeaders },
    /// error
    Default { status: u16, body: super::types::Error },
}
impl ::axum::response::IntoResponse for HttpResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok { body, headers } => {
                let mut response = super::runtime::json_response_as(
                    200u16,
                    "application/json",
                    &body,
                );
                super::runtime::set_header(&mut response, "http", &headers.http);
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
/// axum handler for `GET` "/op178/{http}".
#[allow(unused_variables, unused_mut)]
pub async fn http<A: super::Api>(
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
    let alternatives: &[&[usize]] = &[&[178usize]];
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
    let principal = match served.auth.authenticate_dyn("http", &credentials).await {
        Ok(p) => Some(p),
        Err(e) => return super::refused(e, alternatives, "application/problem+json"),
    };
    let decoded_path: ::std::vec::Vec<&str> = raw_path.iter().map(|(_, v)| v).collect();
    let path_values = super::runtime::path_values(
        "/op178/{http}",
        uri.path(),
        &decoded_path,
    );
    let http: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "http", "simple", false);
    let http2: ::std::option::Option<::std::string::String> = errors
        .query(&pairs, "http", "form", true, false);
    let http3: ::std::option::Option<::std::string::String> = errors
        .header(&headers, "http", false);
    let http4: ::std::option::Option<::std::string::String> = errors
        .cookie(&headers, "http", false);
    if let Some(v) = &http {
        errors.check_param("path", "http", v, 737usize);
    }
    if let Some(v) = &http2 {
        errors.check_param("query", "http", v, 738usize);
    }
    if let Some(v) = &http3 {
        errors.check_param("header", "http", v, 739usize);
    }
    if let Some(v) = &http4 {
        errors.check_param("cookie", "http", v, 740usize);
    }
    if !errors.is_empty() {
        return errors.into_response_as("application/problem+json");
    }
    let (Some(http),) = (http,) else {
        return errors.into_response_as("application/problem+json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::http(
        &*served.api,
        ctx,
        http,
        HttpParams { http2, http3, http4 },
    );
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "http", method = "GET", path = "/op178/{http}",
        status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
/// Responses of `http_post`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum HttpPostResponse {
    /// made
    Created(super::types::Untagged),
}
impl ::axum::response::IntoResponse for HttpPostResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Created(body) => {
                super::runtime::json_response_as(201u16, "application/json", &body)
            }
        }
    }
}
/// axum handler for `POST` "/op178/{http}".
#[allow(unused_variables, unused_mut)]
pub async fn http_post<A: super::Api>(
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
        "/op178/{http}",
        uri.path(),
        &decoded_path,
    );
    let http: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "http", "simple", false);
    if let Some(v) = &http {
        errors.check_param("path", "http", v, 737usize);
    }
    let body: ::std::option::Option<super::types::Union2> = errors
        .json_body(&raw_body, true, Some(4usize));
    if !errors.is_empty() {
        return errors.into_response_as("application/json");
    }
    let (Some(http), Some(body)) = (http, body) else {
        return errors.into_response_as("application/json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::http_post(&*served.api, ctx, http, body);
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "http_post", method = "POST", path =
        "/op178/{http}", status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
