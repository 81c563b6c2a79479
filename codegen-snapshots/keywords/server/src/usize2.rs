//! Handlers, parameter structs and response enums of the operations with this module's tag.
/// Query, header and cookie parameters of `usize`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct UsizeParams {
    pub usize2: ::std::option::Option<::std::string::String>,
    pub usize3: ::std::option::Option<::std::string::String>,
    pub usize4: ::std::option::Option<::std::string::String>,
}
/// Headers of the Ok response of `usize`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct UsizeOkHeaders {
    pub usize: ::std::option::Option<::std::string::String>,
}
/// Responses of `usize`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum UsizeResponse {
    /// ok
    Ok { body: super::types::Everything, headers: UsizeOkHeaders },
    /// error
    Default { status: u16, body: super::types::Error },
}
impl ::axum::response::IntoResponse for UsizeResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok { body, headers } => {
                let mut response = super::runtime::json_response_as(
                    200u16,
                    "application/json",
                    &body,
                );
                super::runtime::set_header(&mut response, "usize", &headers.usize);
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
/// axum handler for `GET` "/op93/{usize}".
#[allow(unused_variables, unused_mut)]
pub async fn usize<A: super::Api>(
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
    let alternatives: &[&[usize]] = &[&[93usize]];
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
    let principal = match served.auth.authenticate_dyn("usize", &credentials).await {
        Ok(p) => Some(p),
        Err(e) => return super::refused(e, alternatives, "application/problem+json"),
    };
    let decoded_path: ::std::vec::Vec<&str> = raw_path.iter().map(|(_, v)| v).collect();
    let path_values = super::runtime::path_values(
        "/op93/{usize}",
        uri.path(),
        &decoded_path,
    );
    let usize: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "usize", "simple", false);
    let usize2: ::std::option::Option<::std::string::String> = errors
        .query(&pairs, "usize", "form", true, false);
    let usize3: ::std::option::Option<::std::string::String> = errors
        .header(&headers, "usize", false);
    let usize4: ::std::option::Option<::std::string::String> = errors
        .cookie(&headers, "usize", false);
    if let Some(v) = &usize {
        errors.check_param("path", "usize", v, 397usize);
    }
    if let Some(v) = &usize2 {
        errors.check_param("query", "usize", v, 398usize);
    }
    if let Some(v) = &usize3 {
        errors.check_param("header", "usize", v, 399usize);
    }
    if let Some(v) = &usize4 {
        errors.check_param("cookie", "usize", v, 400usize);
    }
    if !errors.is_empty() {
        return errors.into_response_as("application/problem+json");
    }
    let (Some(usize),) = (usize,) else {
        return errors.into_response_as("application/problem+json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::usize(
        &*served.api,
        ctx,
        usize,
        UsizeParams {
            usize2,
            usize3,
            usize4,
        },
    );
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "usize", method = "GET", path = "/op93/{usize}",
        status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
/// Responses of `usize_post`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum UsizePostResponse {
    /// made
    Created(super::types::Untagged),
}
impl ::axum::response::IntoResponse for UsizePostResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Created(body) => {
                super::runtime::json_response_as(201u16, "application/json", &body)
            }
        }
    }
}
/// axum handler for `POST` "/op93/{usize}".
#[allow(unused_variables, unused_mut)]
pub async fn usize_post<A: super::Api>(
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
        "/op93/{usize}",
        uri.path(),
        &decoded_path,
    );
    let usize: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "usize", "simple", false);
    if let Some(v) = &usize {
        errors.check_param("path", "usize", v, 397usize);
    }
    let body: ::std::option::Option<super::types::Union2> = errors
        .json_body(&raw_body, false, Some(4usize));
    if !errors.is_empty() {
        return errors.into_response_as("application/json");
    }
    let (Some(usize),) = (usize,) else {
        return errors.into_response_as("application/json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::usize_post(&*served.api, ctx, usize, body);
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "usize_post", method = "POST", path =
        "/op93/{usize}", status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
