//! Handlers, parameter structs and response enums of the operations with this module's tag.
/// Query, header and cookie parameters of `error`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ErrorParams {
    pub error2: ::std::option::Option<::std::string::String>,
    pub error3: ::std::option::Option<::std::string::String>,
    pub error4: ::std::option::Option<::std::string::String>,
}
/// Headers of the Ok response of `error`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ErrorOkHeaders {
    pub error: ::std::option::Option<::std::string::String>,
}
/// Responses of `error`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum ErrorResponse {
    /// ok
    Ok { body: super::types::Everything, headers: ErrorOkHeaders },
    /// error
    Default { status: u16, body: super::types::Error },
}
impl ::axum::response::IntoResponse for ErrorResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok { body, headers } => {
                let mut response = super::runtime::json_response_as(
                    200u16,
                    "application/json",
                    &body,
                );
                super::runtime::set_header(&mut response, "Error", &headers.error);
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
/// axum handler for `GET` "/op146/{Error}".
#[allow(unused_variables, unused_mut)]
pub async fn error<A: super::Api>(
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
    let alternatives: &[&[usize]] = &[&[146usize]];
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
    let principal = match served.auth.authenticate_dyn("error", &credentials).await {
        Ok(p) => Some(p),
        Err(e) => return super::refused(e, alternatives, "application/problem+json"),
    };
    let decoded_path: ::std::vec::Vec<&str> = raw_path.iter().map(|(_, v)| v).collect();
    let path_values = super::runtime::path_values(
        "/op146/{Error}",
        uri.path(),
        &decoded_path,
    );
    let error: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "Error", "simple", false);
    let error2: ::std::option::Option<::std::string::String> = errors
        .query(&pairs, "Error", "form", true, false);
    let error3: ::std::option::Option<::std::string::String> = errors
        .header(&headers, "Error", false);
    let error4: ::std::option::Option<::std::string::String> = errors
        .cookie(&headers, "Error", false);
    if let Some(v) = &error {
        errors.check_param("path", "Error", v, 609usize);
    }
    if let Some(v) = &error2 {
        errors.check_param("query", "Error", v, 610usize);
    }
    if let Some(v) = &error3 {
        errors.check_param("header", "Error", v, 611usize);
    }
    if let Some(v) = &error4 {
        errors.check_param("cookie", "Error", v, 612usize);
    }
    if !errors.is_empty() {
        return errors.into_response_as("application/problem+json");
    }
    let (Some(error),) = (error,) else {
        return errors.into_response_as("application/problem+json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::error(
        &*served.api,
        ctx,
        error,
        ErrorParams {
            error2,
            error3,
            error4,
        },
    );
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "Error", method = "GET", path = "/op146/{Error}",
        status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
/// Responses of `error_post`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum ErrorPostResponse {
    /// made
    Created(super::types::Untagged),
}
impl ::axum::response::IntoResponse for ErrorPostResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Created(body) => {
                super::runtime::json_response_as(201u16, "application/json", &body)
            }
        }
    }
}
/// axum handler for `POST` "/op146/{Error}".
#[allow(unused_variables, unused_mut)]
pub async fn error_post<A: super::Api>(
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
        "/op146/{Error}",
        uri.path(),
        &decoded_path,
    );
    let error: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "Error", "simple", false);
    if let Some(v) = &error {
        errors.check_param("path", "Error", v, 609usize);
    }
    let body: ::std::option::Option<super::types::Union2> = errors
        .json_body(&raw_body, true, Some(4usize));
    if !errors.is_empty() {
        return errors.into_response_as("application/json");
    }
    let (Some(error), Some(body)) = (error, body) else {
        return errors.into_response_as("application/json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::error_post(&*served.api, ctx, error, body);
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "Error_post", method = "POST", path =
        "/op146/{Error}", status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
