//! Handlers, parameter structs and response enums of the operations with this module's tag.
/// Query, header and cookie parameters of `u8`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct U8Params {
    pub u8_2: ::std::option::Option<::std::string::String>,
    pub u8_3: ::std::option::Option<::std::string::String>,
    pub u8_4: ::std::option::Option<::std::string::String>,
}
/// Headers of the Ok response of `u8`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct U8OkHeaders {
    pub u8: ::std::option::Option<::std::string::String>,
}
/// Responses of `u8`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum U8Response {
    /// ok
    Ok { body: super::types::Everything, headers: U8OkHeaders },
    /// error
    Default { status: u16, body: super::types::Error },
}
impl ::axum::response::IntoResponse for U8Response {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok { body, headers } => {
                let mut response = super::runtime::json_response_as(
                    200u16,
                    "application/json",
                    &body,
                );
                super::runtime::set_header(&mut response, "u8", &headers.u8);
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
/// axum handler for `GET` "/op88/{u8}".
#[allow(unused_variables, unused_mut)]
pub async fn u8<A: super::Api>(
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
    let alternatives: &[&[usize]] = &[&[88usize]];
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
    let principal = match served.auth.authenticate_dyn("u8", &credentials).await {
        Ok(p) => Some(p),
        Err(e) => return super::refused(e, alternatives, "application/problem+json"),
    };
    let decoded_path: ::std::vec::Vec<&str> = raw_path.iter().map(|(_, v)| v).collect();
    let path_values = super::runtime::path_values(
        "/op88/{u8}",
        uri.path(),
        &decoded_path,
    );
    let u8: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "u8", "simple", false);
    let u8_2: ::std::option::Option<::std::string::String> = errors
        .query(&pairs, "u8", "form", true, false);
    let u8_3: ::std::option::Option<::std::string::String> = errors
        .header(&headers, "u8", false);
    let u8_4: ::std::option::Option<::std::string::String> = errors
        .cookie(&headers, "u8", false);
    if let Some(v) = &u8 {
        errors.check_param("path", "u8", v, 377usize);
    }
    if let Some(v) = &u8_2 {
        errors.check_param("query", "u8", v, 378usize);
    }
    if let Some(v) = &u8_3 {
        errors.check_param("header", "u8", v, 379usize);
    }
    if let Some(v) = &u8_4 {
        errors.check_param("cookie", "u8", v, 380usize);
    }
    if !errors.is_empty() {
        return errors.into_response_as("application/problem+json");
    }
    let (Some(u8),) = (u8,) else {
        return errors.into_response_as("application/problem+json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::u8(
        &*served.api,
        ctx,
        u8,
        U8Params { u8_2, u8_3, u8_4 },
    );
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "u8", method = "GET", path = "/op88/{u8}", status
        = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
/// Responses of `u8_post`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum U8PostResponse {
    /// made
    Created(super::types::Untagged),
}
impl ::axum::response::IntoResponse for U8PostResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Created(body) => {
                super::runtime::json_response_as(201u16, "application/json", &body)
            }
        }
    }
}
/// axum handler for `POST` "/op88/{u8}".
#[allow(unused_variables, unused_mut)]
pub async fn u8_post<A: super::Api>(
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
        "/op88/{u8}",
        uri.path(),
        &decoded_path,
    );
    let u8: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "u8", "simple", false);
    if let Some(v) = &u8 {
        errors.check_param("path", "u8", v, 377usize);
    }
    let body: ::std::option::Option<super::types::Union2> = errors
        .json_body(&raw_body, true, Some(4usize));
    if !errors.is_empty() {
        return errors.into_response_as("application/json");
    }
    let (Some(u8), Some(body)) = (u8, body) else {
        return errors.into_response_as("application/json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::u8_post(&*served.api, ctx, u8, body);
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "u8_post", method = "POST", path = "/op88/{u8}",
        status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
