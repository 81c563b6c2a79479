//! Handlers, parameter structs and response enums of the operations with this module's tag.
/// Query, header and cookie parameters of `status_code`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct StatusCodeParams {
    pub status_code2: ::std::option::Option<::std::string::String>,
    pub status_code3: ::std::option::Option<::std::string::String>,
    pub status_code4: ::std::option::Option<::std::string::String>,
}
/// Headers of the Ok response of `status_code`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct StatusCodeOkHeaders {
    pub status_code: ::std::option::Option<::std::string::String>,
}
/// Responses of `status_code`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum StatusCodeResponse {
    /// ok
    Ok { body: super::types::Everything, headers: StatusCodeOkHeaders },
    /// error
    Default { status: u16, body: super::types::Error },
}
impl ::axum::response::IntoResponse for StatusCodeResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok { body, headers } => {
                let mut response = super::runtime::json_response_as(
                    200u16,
                    "application/json",
                    &body,
                );
                super::runtime::set_header(
                    &mut response,
                    "StatusCode",
                    &headers.status_code,
                );
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
/// axum handler for `GET` "/op158/{StatusCode}".
#[allow(unused_variables, unused_mut)]
pub async fn status_code<A: super::Api>(
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
    let alternatives: &[&[usize]] = &[&[158usize]];
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
    let principal = match served.auth.authenticate_dyn("status_code", &credentials).await
    {
        Ok(p) => Some(p),
        Err(e) => return super::refused(e, alternatives, "application/problem+json"),
    };
    let decoded_path: ::std::vec::Vec<&str> = raw_path.iter().map(|(_, v)| v).collect();
    let path_values = super::runtime::path_values(
        "/op158/{StatusCode}",
        uri.path(),
        &decoded_path,
    );
    let status_code: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "StatusCode", "simple", false);
    let status_code2: ::std::option::Option<::std::string::String> = errors
        .query(&pairs, "StatusCode", "form", true, false);
    let status_code3: ::std::option::Option<::std::string::String> = errors
        .header(&headers, "StatusCode", false);
    let status_code4: ::std::option::Option<::std::string::String> = errors
        .cookie(&headers, "StatusCode", false);
    if let Some(v) = &status_code {
        errors.check_param("path", "StatusCode", v, 657usize);
    }
    if let Some(v) = &status_code2 {
        errors.check_param("query", "StatusCode", v, 658usize);
    }
    if let Some(v) = &status_code3 {
        errors.check_param("header", "StatusCode", v, 659usize);
    }
    if let Some(v) = &status_code4 {
        errors.check_param("cookie", "StatusCode", v, 660usize);
    }
    if !errors.is_empty() {
        return errors.into_response_as("application/problem+json");
    }
    let (Some(status_code),) = (status_code,) else {
        return errors.into_response_as("application/problem+json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::status_code(
        &*served.api,
        ctx,
        status_code,
        StatusCodeParams {
            status_code2,
            status_code3,
            status_code4,
        },
    );
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "StatusCode", method = "GET", path =
        "/op158/{StatusCode}", status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
/// Responses of `status_code_post`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum StatusCodePostResponse {
    /// made
    Created(super::types::Untagged),
}
impl ::axum::response::IntoResponse for StatusCodePostResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Created(body) => {
                super::runtime::json_response_as(201u16, "application/json", &body)
            }
        }
    }
}
/// axum handler for `POST` "/op158/{StatusCode}".
#[allow(unused_variables, unused_mut)]
pub async fn status_code_post<A: super::Api>(
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
        "/op158/{StatusCode}",
        uri.path(),
        &decoded_path,
    );
    let status_code: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "StatusCode", "simple", false);
    if let Some(v) = &status_code {
        errors.check_param("path", "StatusCode", v, 657usize);
    }
    let body: ::std::option::Option<super::types::Union2> = errors
        .json_body(&raw_body, true, Some(4usize));
    if !errors.is_empty() {
        return errors.into_response_as("application/json");
    }
    let (Some(status_code), Some(body)) = (status_code, body) else {
        return errors.into_response_as("application/json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::status_code_post(
        &*served.api,
        ctx,
        status_code,
        body,
    );
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "StatusCode_post", method = "POST", path =
        "/op158/{StatusCode}", status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
