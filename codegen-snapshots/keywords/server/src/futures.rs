//! Handlers, parameter structs and response enums of the operations with this module's tag.
/// Query, header and cookie parameters of `futures`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct FuturesParams {
    pub futures2: ::std::option::Option<::std::string::String>,
    pub futures3: ::std::option::Option<::std::string::String>,
    pub futures4: ::std::option::Option<::std::string::String>,
}
/// Headers of the Ok response of `futures`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct FuturesOkHeaders {
    pub futures: ::std::option::Option<::std::string::String>,
}
/// Responses of `futures`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum FuturesResponse {
    /// ok
    Ok { body: super::types::Everything, headers: FuturesOkHeaders },
    /// error
    Default { status: u16, body: super::types::Error },
}
impl ::axum::response::IntoResponse for FuturesResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok { body, headers } => {
                let mut response = super::runtime::json_response_as(
                    200u16,
                    "application/json",
                    &body,
                );
                super::runtime::set_header(&mut response, "futures", &headers.futures);
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
/// axum handler for `GET` "/op181/{futures}".
#[allow(unused_variables, unused_mut)]
pub async fn futures<A: super::Api>(
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
    let alternatives: &[&[usize]] = &[&[181usize]];
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
    let principal = match served.auth.authenticate_dyn("futures", &credentials).await {
        Ok(p) => Some(p),
        Err(e) => return super::refused(e, alternatives, "application/problem+json"),
    };
    let decoded_path: ::std::vec::Vec<&str> = raw_path.iter().map(|(_, v)| v).collect();
    let path_values = super::runtime::path_values(
        "/op181/{futures}",
        uri.path(),
        &decoded_path,
    );
    let futures: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "futures", "simple", false);
    let futures2: ::std::option::Option<::std::string::String> = errors
        .query(&pairs, "futures", "form", true, false);
    let futures3: ::std::option::Option<::std::string::String> = errors
        .header(&headers, "futures", false);
    let futures4: ::std::option::Option<::std::string::String> = errors
        .cookie(&headers, "futures", false);
    if let Some(v) = &futures {
        errors.check_param("path", "futures", v, 749usize);
    }
    if let Some(v) = &futures2 {
        errors.check_param("query", "futures", v, 750usize);
    }
    if let Some(v) = &futures3 {
        errors.check_param("header", "futures", v, 751usize);
    }
    if let Some(v) = &futures4 {
        errors.check_param("cookie", "futures", v, 752usize);
    }
    if !errors.is_empty() {
        return errors.into_response_as("application/problem+json");
    }
    let (Some(futures),) = (futures,) else {
        return errors.into_response_as("application/problem+json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::futures(
        &*served.api,
        ctx,
        futures,
        FuturesParams {
            futures2,
            futures3,
            futures4,
        },
    );
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "futures", method = "GET", path =
        "/op181/{futures}", status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
/// Responses of `futures_post`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum FuturesPostResponse {
    /// made
    Created(super::types::Untagged),
}
impl ::axum::response::IntoResponse for FuturesPostResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Created(body) => {
                super::runtime::json_response_as(201u16, "application/json", &body)
            }
        }
    }
}
/// axum handler for `POST` "/op181/{futures}".
#[allow(unused_variables, unused_mut)]
pub async fn futures_post<A: super::Api>(
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
        "/op181/{futures}",
        uri.path(),
        &decoded_path,
    );
    let futures: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "futures", "simple", false);
    if let Some(v) = &futures {
        errors.check_param("path", "futures", v, 749usize);
    }
    let body: ::std::option::Option<super::types::Union2> = errors
        .json_body(&raw_body, false, Some(4usize));
    if !errors.is_empty() {
        return errors.into_response_as("application/json");
    }
    let (Some(futures),) = (futures,) else {
        return errors.into_response_as("application/json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::futures_post(&*served.api, ctx, futures, body);
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "futures_post", method = "POST", path =
        "/op181/{futures}", status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
