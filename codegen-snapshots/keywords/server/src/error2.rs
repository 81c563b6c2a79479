//! Handlers, parameter structs and response enums of the operations with this module's tag.
/// Query, header and cookie parameters of `error2`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Error2Params {
    pub error2: ::std::option::Option<::std::string::String>,
    pub error3: ::std::option::Option<::std::string::String>,
    pub error4: ::std::option::Option<::std::string::String>,
}
/// Headers of the Ok response of `error2`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Error2OkHeaders {
    pub error: ::std::option::Option<::std::string::String>,
}
/// Responses of `error2`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum Error2Response {
    /// ok
    Ok { body: super::types::Everything, headers: Error2OkHeaders },
    /// error
    Default { status: u16, body: super::types::Error },
}
impl ::axum::response::IntoResponse for Error2Response {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok { body, headers } => {
                let mut response = super::runtime::json_response_as(
                    200u16,
                    "application/json",
                    &body,
                );
                super::runtime::set_header(&mut response, "error", &headers.error);
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
/// axum handler for `GET` "/op200/{error}".
#[allow(unused_variables, unused_mut)]
pub async fn error2<A: super::Api>(
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
    let alternatives: &[&[usize]] = &[&[200usize]];
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
    let principal = match served.auth.authenticate_dyn("error2", &credentials).await {
        Ok(p) => Some(p),
        Err(e) => return super::refused(e, alternatives, "application/problem+json"),
    };
    let decoded_path: ::std::vec::Vec<&str> = raw_path.iter().map(|(_, v)| v).collect();
    let path_values = super::runtime::path_values(
        "/op200/{error}",
        uri.path(),
        &decoded_path,
    );
    let error: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "error", "simple", false);
    let error2: ::std::option::Option<::std::string::String> = errors
        .query(&pairs, "error", "form", true, false);
    let error3: ::std::option::Option<::std::string::String> = errors
        .header(&headers, "error", false);
    let error4: ::std::option::Option<::std::string::String> = errors
        .cookie(&headers, "error", false);
    if let Some(v) = &error {
        errors.check_param("path", "error", v, 825usize);
    }
    if let Some(v) = &error2 {
        errors.check_param("query", "error", v, 826usize);
    }
    if let Some(v) = &error3 {
        errors.check_param("header", "error", v, 827usize);
    }
    if let Some(v) = &error4 {
        errors.check_param("cookie", "error", v, 828usize);
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
    let response = <A as super::Api>::error2(
        &*served.api,
        ctx,
        error,
        Error2Params {
            error2,
            error3,
            error4,
        },
    );
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "error", method = "GET", path = "/op200/{error}",
        status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
/// Responses of `error_post2`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum ErrorPost2Response {
    /// made
    Created(super::types::Untagged),
}
impl ::axum::response::IntoResponse for ErrorPost2Response {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Created(body) => {
                super::runtime::json_response_as(201u16, "application/json", &body)
            }
        }
    }
}
/// axum handler for `POST` "/op200/{error}".
#[allow(unused_variables, unused_mut)]
pub async fn error_post2<A: super::Api>(
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
        "/op200/{error}",
        uri.path(),
        &decoded_path,
    );
    let error: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "error", "simple", false);
    if let Some(v) = &error {
        errors.check_param("path", "error", v, 825usize);
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
    let response = <A as super::Api>::error_post2(&*served.api, ctx, error, body);
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "error_post", method = "POST", path =
        "/op200/{error}", status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
