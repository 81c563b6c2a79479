//! Handlers, parameter structs and response enums of the operations with this module's tag.
/// Query, header and cookie parameters of `u32`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct U32Params {
    pub u32_2: ::std::option::Option<::std::string::String>,
    pub u32_3: ::std::option::Option<::std::string::String>,
    pub u32_4: ::std::option::Option<::std::string::String>,
}
/// Headers of the Ok response of `u32`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct U32OkHeaders {
    pub u32: ::std::option::Option<::std::string::String>,
}
/// Responses of `u32`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum U32Response {
    /// ok
    Ok { body: super::types::Everything, headers: U32OkHeaders },
    /// error
    Default { status: u16, body: super::types::Error },
}
impl ::axum::response::IntoResponse for U32Response {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok { body, headers } => {
                let mut response = super::runtime::json_response_as(
                    200u16,
                    "application/json",
                    &body,
                );
                super::runtime::set_header(&mut response, "u32", &headers.u32);
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
/// axum handler for `GET` "/op90/{u32}".
#[allow(unused_variables, unused_mut)]
pub async fn u32<A: super::Api>(
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
    let alternatives: &[&[usize]] = &[&[90usize]];
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
    let principal = match served.auth.authenticate_dyn("u32", &credentials).await {
        Ok(p) => Some(p),
        Err(e) => return super::refused(e, alternatives, "application/problem+json"),
    };
    let decoded_path: ::std::vec::Vec<&str> = raw_path.iter().map(|(_, v)| v).collect();
    let path_values = super::runtime::path_values(
        "/op90/{u32}",
        uri.path(),
        &decoded_path,
    );
    let u32: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "u32", "simple", false);
    let u32_2: ::std::option::Option<::std::string::String> = errors
        .query(&pairs, "u32", "form", true, false);
    let u32_3: ::std::option::Option<::std::string::String> = errors
        .header(&headers, "u32", false);
    let u32_4: ::std::option::Option<::std::string::String> = errors
        .cookie(&headers, "u32", false);
    if let Some(v) = &u32 {
        errors.check_param("path", "u32", v, 385usize);
    }
    if let Some(v) = &u32_2 {
        errors.check_param("query", "u32", v, 386usize);
    }
    if let Some(v) = &u32_3 {
        errors.check_param("header", "u32", v, 387usize);
    }
    if let Some(v) = &u32_4 {
        errors.check_param("cookie", "u32", v, 388usize);
    }
    if !errors.is_empty() {
        return errors.into_response_as("application/problem+json");
    }
    let (Some(u32),) = (u32,) else {
        return errors.into_response_as("application/problem+json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::u32(
        &*served.api,
        ctx,
        u32,
        U32Params { u32_2, u32_3, u32_4 },
    );
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "u32", method = "GET", path = "/op90/{u32}",
        status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
/// Responses of `u32_post`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum U32PostResponse {
    /// made
    Created(super::types::Untagged),
}
impl ::axum::response::IntoResponse for U32PostResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Created(body) => {
                super::runtime::json_response_as(201u16, "application/json", &body)
            }
        }
    }
}
/// axum handler for `POST` "/op90/{u32}".
#[allow(unused_variables, unused_mut)]
pub async fn u32_post<A: super::Api>(
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
        "/op90/{u32}",
        uri.path(),
        &decoded_path,
    );
    let u32: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "u32", "simple", false);
    if let Some(v) = &u32 {
        errors.check_param("path", "u32", v, 385usize);
    }
    let body: ::std::option::Option<super::types::Union2> = errors
        .json_body(&raw_body, true, Some(4usize));
    if !errors.is_empty() {
        return errors.into_response_as("application/json");
    }
    let (Some(u32), Some(body)) = (u32, body) else {
        return errors.into_response_as("application/json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::u32_post(&*served.api, ctx, u32, body);
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "u32_post", method = "POST", path = "/op90/{u32}",
        status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
