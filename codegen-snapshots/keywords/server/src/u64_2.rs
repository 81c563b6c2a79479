//! Handlers, parameter structs and response enums of the operations with this module's tag.
/// Query, header and cookie parameters of `u64`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct U64Params {
    pub u64_2: ::std::option::Option<::std::string::String>,
    pub u64_3: ::std::option::Option<::std::string::String>,
    pub u64_4: ::std::option::Option<::std::string::String>,
}
/// Headers of the Ok response of `u64`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct U64OkHeaders {
    pub u64: ::std::option::Option<::std::string::String>,
}
/// Responses of `u64`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum U64Response {
    /// ok
    Ok { body: super::types::Everything, headers: U64OkHeaders },
    /// error
    Default { status: u16, body: super::types::Error },
}
impl ::axum::response::IntoResponse for U64Response {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok { body, headers } => {
                let mut response = super::runtime::json_response_as(
                    200u16,
                    "application/json",
                    &body,
                );
                super::runtime::set_header(&mut response, "u64", &headers.u64);
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
/// axum handler for `GET` "/op91/{u64}".
#[allow(unused_variables, unused_mut)]
pub async fn u64<A: super::Api>(
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
    let alternatives: &[&[usize]] = &[&[91usize]];
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
    let principal = match served.auth.authenticate_dyn("u64", &credentials).await {
        Ok(p) => Some(p),
        Err(e) => return super::refused(e, alternatives, "application/problem+json"),
    };
    let decoded_path: ::std::vec::Vec<&str> = raw_path.iter().map(|(_, v)| v).collect();
    let path_values = super::runtime::path_values(
        "/op91/{u64}",
        uri.path(),
        &decoded_path,
    );
    let u64: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "u64", "simple", false);
    let u64_2: ::std::option::Option<::std::string::String> = errors
        .query(&pairs, "u64", "form", true, false);
    let u64_3: ::std::option::Option<::std::string::String> = errors
        .header(&headers, "u64", false);
    let u64_4: ::std::option::Option<::std::string::String> = errors
        .cookie(&headers, "u64", false);
    if let Some(v) = &u64 {
        errors.check_param("path", "u64", v, 389usize);
    }
    if let Some(v) = &u64_2 {
        errors.check_param("query", "u64", v, 390usize);
    }
    if let Some(v) = &u64_3 {
        errors.check_param("header", "u64", v, 391usize);
    }
    if let Some(v) = &u64_4 {
        errors.check_param("cookie", "u64", v, 392usize);
    }
    if !errors.is_empty() {
        return errors.into_response_as("application/problem+json");
    }
    let (Some(u64),) = (u64,) else {
        return errors.into_response_as("application/problem+json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::u64(
        &*served.api,
        ctx,
        u64,
        U64Params { u64_2, u64_3, u64_4 },
    );
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "u64", method = "GET", path = "/op91/{u64}",
        status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
/// Responses of `u64_post`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum U64PostResponse {
    /// made
    Created(super::types::Untagged),
}
impl ::axum::response::IntoResponse for U64PostResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Created(body) => {
                super::runtime::json_response_as(201u16, "application/json", &body)
            }
        }
    }
}
/// axum handler for `POST` "/op91/{u64}".
#[allow(unused_variables, unused_mut)]
pub async fn u64_post<A: super::Api>(
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
        "/op91/{u64}",
        uri.path(),
        &decoded_path,
    );
    let u64: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "u64", "simple", false);
    if let Some(v) = &u64 {
        errors.check_param("path", "u64", v, 389usize);
    }
    let body: ::std::option::Option<super::types::Union2> = errors
        .json_body(&raw_body, false, Some(4usize));
    if !errors.is_empty() {
        return errors.into_response_as("application/json");
    }
    let (Some(u64),) = (u64,) else {
        return errors.into_response_as("application/json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::u64_post(&*served.api, ctx, u64, body);
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "u64_post", method = "POST", path = "/op91/{u64}",
        status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
