//! Handlers, parameter structs and response enums of the operations with this module's tag.
/// Query, header and cookie parameters of `i32`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct I32Params {
    pub i32_2: ::std::option::Option<::std::string::String>,
    pub i32_3: ::std::option::Option<::std::string::String>,
    pub i32_4: ::std::option::Option<::std::string::String>,
}
/// Headers of the Ok response of `i32`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct I32OkHeaders {
    pub i32: ::std::option::Option<::std::string::String>,
}
/// Responses of `i32`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum I32Response {
    /// ok
    Ok { body: super::types::Everything, headers: I32OkHeaders },
    /// error
    Default { status: u16, body: super::types::Error },
}
impl ::axum::response::IntoResponse for I32Response {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok { body, headers } => {
                let mut response = super::runtime::json_response_as(
                    200u16,
                    "application/json",
                    &body,
                );
                super::runtime::set_header(&mut response, "i32", &headers.i32);
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
/// axum handler for `GET` "/op96/{i32}".
#[allow(unused_variables, unused_mut)]
pub async fn i32<A: super::Api>(
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
    let alternatives: &[&[usize]] = &[&[96usize]];
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
    let principal = match served.auth.authenticate_dyn("i32", &credentials).await {
        Ok(p) => Some(p),
        Err(e) => return super::refused(e, alternatives, "application/problem+json"),
    };
    let decoded_path: ::std::vec::Vec<&str> = raw_path.iter().map(|(_, v)| v).collect();
    let path_values = super::runtime::path_values(
        "/op96/{i32}",
        uri.path(),
        &decoded_path,
    );
    let i32: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "i32", "simple", false);
    let i32_2: ::std::option::Option<::std::string::String> = errors
        .query(&pairs, "i32", "form", true, false);
    let i32_3: ::std::option::Option<::std::string::String> = errors
        .header(&headers, "i32", false);
    let i32_4: ::std::option::Option<::std::string::String> = errors
        .cookie(&headers, "i32", false);
    if let Some(v) = &i32 {
        errors.check_param("path", "i32", v, 409usize);
    }
    if let Some(v) = &i32_2 {
        errors.check_param("query", "i32", v, 410usize);
    }
    if let Some(v) = &i32_3 {
        errors.check_param("header", "i32", v, 411usize);
    }
    if let Some(v) = &i32_4 {
        errors.check_param("cookie", "i32", v, 412usize);
    }
    if !errors.is_empty() {
        return errors.into_response_as("application/problem+json");
    }
    let (Some(i32),) = (i32,) else {
        return errors.into_response_as("application/problem+json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::i32(
        &*served.api,
        ctx,
        i32,
        I32Params { i32_2, i32_3, i32_4 },
    );
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "i32", method = "GET", path = "/op96/{i32}",
        status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
/// Responses of `i32_post`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum I32PostResponse {
    /// made
    Created(super::types::Untagged),
}
impl ::axum::response::IntoResponse for I32PostResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Created(body) => {
                super::runtime::json_response_as(201u16, "application/json", &body)
            }
        }
    }
}
/// axum handler for `POST` "/op96/{i32}".
#[allow(unused_variables, unused_mut)]
pub async fn i32_post<A: super::Api>(
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
        "/op96/{i32}",
        uri.path(),
        &decoded_path,
    );
    let i32: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "i32", "simple", false);
    if let Some(v) = &i32 {
        errors.check_param("path", "i32", v, 409usize);
    }
    let body: ::std::option::Option<super::types::Union2> = errors
        .json_body(&raw_body, true, Some(4usize));
    if !errors.is_empty() {
        return errors.into_response_as("application/json");
    }
    let (Some(i32), Some(body)) = (i32, body) else {
        return errors.into_response_as("application/json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::i32_post(&*served.api, ctx, i32, body);
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "i32_post", method = "POST", path = "/op96/{i32}",
        status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
