//! Handlers, parameter structs and response enums of the operations with this module's tag.
/// Query, header and cookie parameters of `u128`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct U128Params {
    pub u128_2: ::std::option::Option<::std::string::String>,
    pub u128_3: ::std::option::Option<::std::string::String>,
    pub u128_4: ::std::option::Option<::std::string::String>,
}
/// Headers of the Ok response of `u128`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct U128OkHeaders {
    pub u128: ::std::option::Option<::std::string::String>,
}
/// Responses of `u128`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum U128Response {
    /// ok
    Ok { body: super::types::Everything, headers: U128OkHeaders },
    /// error
    Default { status: u16, body: super::types::Error },
}
impl ::axum::response::IntoResponse for U128Response {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok { body, headers } => {
                let mut response = super::runtime::json_response_as(
                    200u16,
                    "application/json",
                    &body,
                );
                super::runtime::set_header(&mut response, "u128", &headers.u128);
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
/// axum handler for `GET` "/op92/{u128}".
#[allow(unused_variables, unused_mut)]
pub async fn u128<A: super::Api>(
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
    let alternatives: &[&[usize]] = &[&[92usize]];
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
    let principal = match served.auth.authenticate_dyn("u128", &credentials).await {
        Ok(p) => Some(p),
        Err(e) => return super::refused(e, alternatives, "application/problem+json"),
    };
    let decoded_path: ::std::vec::Vec<&str> = raw_path.iter().map(|(_, v)| v).collect();
    let path_values = super::runtime::path_values(
        "/op92/{u128}",
        uri.path(),
        &decoded_path,
    );
    let u128: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "u128", "simple", false);
    let u128_2: ::std::option::Option<::std::string::String> = errors
        .query(&pairs, "u128", "form", true, false);
    let u128_3: ::std::option::Option<::std::string::String> = errors
        .header(&headers, "u128", false);
    let u128_4: ::std::option::Option<::std::string::String> = errors
        .cookie(&headers, "u128", false);
    if let Some(v) = &u128 {
        errors.check_param("path", "u128", v, 393usize);
    }
    if let Some(v) = &u128_2 {
        errors.check_param("query", "u128", v, 394usize);
    }
    if let Some(v) = &u128_3 {
        errors.check_param("header", "u128", v, 395usize);
    }
    if let Some(v) = &u128_4 {
        errors.check_param("cookie", "u128", v, 396usize);
    }
    if !errors.is_empty() {
        return errors.into_response_as("application/problem+json");
    }
    let (Some(u128),) = (u128,) else {
        return errors.into_response_as("application/problem+json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::u128(
        &*served.api,
        ctx,
        u128,
        U128Params {
            u128_2,
            u128_3,
            u128_4,
        },
    );
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "u128", method = "GET", path = "/op92/{u128}",
        status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
/// Responses of `u128_post`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum U128PostResponse {
    /// made
    Created(super::types::Untagged),
}
impl ::axum::response::IntoResponse for U128PostResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Created(body) => {
                super::runtime::json_response_as(201u16, "application/json", &body)
            }
        }
    }
}
/// axum handler for `POST` "/op92/{u128}".
#[allow(unused_variables, unused_mut)]
pub async fn u128_post<A: super::Api>(
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
        "/op92/{u128}",
        uri.path(),
        &decoded_path,
    );
    let u128: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "u128", "simple", false);
    if let Some(v) = &u128 {
        errors.check_param("path", "u128", v, 393usize);
    }
    let body: ::std::option::Option<super::types::Union2> = errors
        .json_body(&raw_body, true, Some(4usize));
    if !errors.is_empty() {
        return errors.into_response_as("application/json");
    }
    let (Some(u128), Some(body)) = (u128, body) else {
        return errors.into_response_as("application/json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::u128_post(&*served.api, ctx, u128, body);
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "u128_post", method = "POST", path =
        "/op92/{u128}", status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
