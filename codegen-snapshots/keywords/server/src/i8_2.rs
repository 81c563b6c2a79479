//! Handlers, parameter structs and response enums of the operations with this module's tag.
/// Query, header and cookie parameters of `i8`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct I8Params {
    pub i8_2: ::std::option::Option<::std::string::String>,
    pub i8_3: ::std::option::Option<::std::string::String>,
    pub i8_4: ::std::option::Option<::std::string::String>,
}
/// Headers of the Ok response of `i8`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct I8OkHeaders {
    pub i8: ::std::option::Option<::std::string::String>,
}
/// Responses of `i8`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum I8Response {
    /// ok
    Ok { body: super::types::Everything, headers: I8OkHeaders },
    /// error
    Default { status: u16, body: super::types::Error },
}
impl ::axum::response::IntoResponse for I8Response {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok { body, headers } => {
                let mut response = super::runtime::json_response_as(
                    200u16,
                    "application/json",
                    &body,
                );
                super::runtime::set_header(&mut response, "i8", &headers.i8);
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
/// axum handler for `GET` "/op94/{i8}".
#[allow(unused_variables, unused_mut)]
pub async fn i8<A: super::Api>(
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
    let alternatives: &[&[usize]] = &[&[94usize]];
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
    let principal = match served.auth.authenticate_dyn("i8", &credentials).await {
        Ok(p) => Some(p),
        Err(e) => return super::refused(e, alternatives, "application/problem+json"),
    };
    let decoded_path: ::std::vec::Vec<&str> = raw_path.iter().map(|(_, v)| v).collect();
    let path_values = super::runtime::path_values(
        "/op94/{i8}",
        uri.path(),
        &decoded_path,
    );
    let i8: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "i8", "simple", false);
    let i8_2: ::std::option::Option<::std::string::String> = errors
        .query(&pairs, "i8", "form", true, false);
    let i8_3: ::std::option::Option<::std::string::String> = errors
        .header(&headers, "i8", false);
    let i8_4: ::std::option::Option<::std::string::String> = errors
        .cookie(&headers, "i8", false);
    if let Some(v) = &i8 {
        errors.check_param("path", "i8", v, 401usize);
    }
    if let Some(v) = &i8_2 {
        errors.check_param("query", "i8", v, 402usize);
    }
    if let Some(v) = &i8_3 {
        errors.check_param("header", "i8", v, 403usize);
    }
    if let Some(v) = &i8_4 {
        errors.check_param("cookie", "i8", v, 404usize);
    }
    if !errors.is_empty() {
        return errors.into_response_as("application/problem+json");
    }
    let (Some(i8),) = (i8,) else {
        return errors.into_response_as("application/problem+json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::i8(
        &*served.api,
        ctx,
        i8,
        I8Params { i8_2, i8_3, i8_4 },
    );
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "i8", method = "GET", path = "/op94/{i8}", status
        = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
/// Responses of `i8_post`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum I8PostResponse {
    /// made
    Created(super::types::Untagged),
}
impl ::axum::response::IntoResponse for I8PostResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Created(body) => {
                super::runtime::json_response_as(201u16, "application/json", &body)
            }
        }
    }
}
/// axum handler for `POST` "/op94/{i8}".
#[allow(unused_variables, unused_mut)]
pub async fn i8_post<A: super::Api>(
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
        "/op94/{i8}",
        uri.path(),
        &decoded_path,
    );
    let i8: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "i8", "simple", false);
    if let Some(v) = &i8 {
        errors.check_param("path", "i8", v, 401usize);
    }
    let body: ::std::option::Option<super::types::Union2> = errors
        .json_body(&raw_body, true, Some(4usize));
    if !errors.is_empty() {
        return errors.into_response_as("application/json");
    }
    let (Some(i8), Some(body)) = (i8, body) else {
        return errors.into_response_as("application/json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::i8_post(&*served.api, ctx, i8, body);
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "i8_post", method = "POST", path = "/op94/{i8}",
        status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
