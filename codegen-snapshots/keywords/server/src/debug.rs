//! Handlers, parameter structs and response enums of the operations with this module's tag.
/// Query, header and cookie parameters of `debug`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DebugParams {
    pub debug2: ::std::option::Option<::std::string::String>,
    pub debug3: ::std::option::Option<::std::string::String>,
    pub debug4: ::std::option::Option<::std::string::String>,
}
/// Headers of the Ok response of `debug`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DebugOkHeaders {
    pub debug: ::std::option::Option<::std::string::String>,
}
/// Responses of `debug`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum DebugResponse {
    /// ok
    Ok { body: super::types::Everything, headers: DebugOkHeaders },
    /// error
    Default { status: u16, body: super::types::Error },
}
impl ::axum::response::IntoResponse for DebugResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok { body, headers } => {
                let mut response = super::runtime::json_response_as(
                    200u16,
                    "application/json",
                    &body,
                );
                super::runtime::set_header(&mut response, "Debug", &headers.debug);
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
/// axum handler for `GET` "/op131/{Debug}".
#[allow(unused_variables, unused_mut)]
pub async fn debug<A: super::Api>(
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
    let alternatives: &[&[usize]] = &[&[131usize]];
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
    let principal = match served.auth.authenticate_dyn("debug", &credentials).await {
        Ok(p) => Some(p),
        Err(e) => return super::refused(e, alternatives, "application/problem+json"),
    };
    let decoded_path: ::std::vec::Vec<&str> = raw_path.iter().map(|(_, v)| v).collect();
    let path_values = super::runtime::path_values(
        "/op131/{Debug}",
        uri.path(),
        &decoded_path,
    );
    let debug: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "Debug", "simple", false);
    let debug2: ::std::option::Option<::std::string::String> = errors
        .query(&pairs, "Debug", "form", true, false);
    let debug3: ::std::option::Option<::std::string::String> = errors
        .header(&headers, "Debug", false);
    let debug4: ::std::option::Option<::std::string::String> = errors
        .cookie(&headers, "Debug", false);
    if let Some(v) = &debug {
        errors.check_param("path", "Debug", v, 549usize);
    }
    if let Some(v) = &debug2 {
        errors.check_param("query", "Debug", v, 550usize);
    }
    if let Some(v) = &debug3 {
        errors.check_param("header", "Debug", v, 551usize);
    }
    if let Some(v) = &debug4 {
        errors.check_param("cookie", "Debug", v, 552usize);
    }
    if !errors.is_empty() {
        return errors.into_response_as("application/problem+json");
    }
    let (Some(debug),) = (debug,) else {
        return errors.into_response_as("application/problem+json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::debug(
        &*served.api,
        ctx,
        debug,
        DebugParams {
            debug2,
            debug3,
            debug4,
        },
    );
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "Debug", method = "GET", path = "/op131/{Debug}",
        status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
/// Responses of `debug_post`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum DebugPostResponse {
    /// made
    Created(super::types::Untagged),
}
impl ::axum::response::IntoResponse for DebugPostResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Created(body) => {
                super::runtime::json_response_as(201u16, "application/json", &body)
            }
        }
    }
}
/// axum handler for `POST` "/op131/{Debug}".
#[allow(unused_variables, unused_mut)]
pub async fn debug_post<A: super::Api>(
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
        "/op131/{Debug}",
        uri.path(),
        &decoded_path,
    );
    let debug: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "Debug", "simple", false);
    if let Some(v) = &debug {
        errors.check_param("path", "Debug", v, 549usize);
    }
    let body: ::std::option::Option<super::types::Union2> = errors
        .json_body(&raw_body, false, Some(4usize));
    if !errors.is_empty() {
        return errors.into_response_as("application/json");
    }
    let (Some(debug),) = (debug,) else {
        return errors.into_response_as("application/json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::debug_post(&*served.api, ctx, debug, body);
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "Debug_post", method = "POST", path =
        "/op131/{Debug}", status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
