//! Handlers, parameter structs and response enums of the operations with this module's tag.
/// Query, header and cookie parameters of `i64`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct I64Params {
    pub i64_2: ::std::option::Option<::std::string::String>,
    pub i64_3: ::std::option::Option<::std::string::String>,
    pub i64_4: ::std::option::Option<::std::string::String>,
}
/// Headers of the Ok response of `i64`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct I64OkHeaders {
    pub i64: ::std::option::Option<::std::string::String>,
}
/// Responses of `i64`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum I64Response {
    /// ok
    Ok { body: super::types::Everything, headers: I64OkHeaders },
    /// error
    Default { status: u16, body: super::types::Error },
}
impl ::axum::response::IntoResponse for I64Response {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok { body, headers } => {
                let mut response = super::runtime::json_response_as(
                    200u16,
                    "application/json",
                    &body,
                );
                super::runtime::set_header(&mut response, "i64", &headers.i64);
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
/// axum handler for `GET` "/op97/{i64}".
#[allow(unused_variables, unused_mut)]
pub async fn i64<A: super::Api>(
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
    let alternatives: &[&[usize]] = &[&[97usize]];
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
    let principal = match served.auth.authenticate_dyn("i64", &credentials).await {
        Ok(p) => Some(p),
        Err(e) => return super::refused(e, alternatives, "application/problem+json"),
    };
    let decoded_path: ::std::vec::Vec<&str> = raw_path.iter().map(|(_, v)| v).collect();
    let path_values = super::runtime::path_values(
        "/op97/{i64}",
        uri.path(),
        &decoded_path,
    );
    let i64: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "i64", "simple", false);
    let i64_2: ::std::option::Option<::std::string::String> = errors
        .query(&pairs, "i64", "form", true, false);
    let i64_3: ::std::option::Option<::std::string::String> = errors
        .header(&headers, "i64", false);
    let i64_4: ::std::option::Option<::std::string::String> = errors
        .cookie(&headers, "i64", false);
    if let Some(v) = &i64 {
        errors.check_param("path", "i64", v, 413usize);
    }
    if let Some(v) = &i64_2 {
        errors.check_param("query", "i64", v, 414usize);
    }
    if let Some(v) = &i64_3 {
        errors.check_param("header", "i64", v, 415usize);
    }
    if let Some(v) = &i64_4 {
        errors.check_param("cookie", "i64", v, 416usize);
    }
    if !errors.is_empty() {
        return errors.into_response_as("application/problem+json");
    }
    let (Some(i64),) = (i64,) else {
        return errors.into_response_as("application/problem+json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::i64(
        &*served.api,
        ctx,
        i64,
        I64Params { i64_2, i64_3, i64_4 },
    );
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "i64", method = "GET", path = "/op97/{i64}",
        status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
/// Responses of `i64_post`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum I64PostResponse {
    /// made
    Created(super::types::Untagged),
}
impl ::axum::response::IntoResponse for I64PostResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Created(body) => {
                super::runtime::json_response_as(201u16, "application/json", &body)
            }
        }
    }
}
/// axum handler for `POST` "/op97/{i64}".
#[allow(unused_variables, unused_mut)]
pub async fn i64_post<A: super::Api>(
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
        "/op97/{i64}",
        uri.path(),
        &decoded_path,
    );
    let i64: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "i64", "simple", false);
    if let Some(v) = &i64 {
        errors.check_param("path", "i64", v, 413usize);
    }
    let body: ::std::option::Option<super::types::Union2> = errors
        .json_body(&raw_body, false, Some(4usize));
    if !errors.is_empty() {
        return errors.into_response_as("application/json");
    }
    let (Some(i64),) = (i64,) else {
        return errors.into_response_as("application/json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::i64_post(&*served.api, ctx, i64, body);
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "i64_post", method = "POST", path = "/op97/{i64}",
        status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
