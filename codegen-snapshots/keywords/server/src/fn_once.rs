//! Handlers, parameter structs and response enums of the operations with this module's tag.
/// Query, header and cookie parameters of `fn_once`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct FnOnceParams {
    pub fn_once2: ::std::option::Option<::std::string::String>,
    pub fn_once3: ::std::option::Option<::std::string::String>,
    pub fn_once4: ::std::option::Option<::std::string::String>,
}
/// Headers of the Ok response of `fn_once`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct FnOnceOkHeaders {
    pub fn_once: ::std::option::Option<::std::string::String>,
}
/// Responses of `fn_once`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum FnOnceResponse {
    /// ok
    Ok { body: super::types::Everything, headers: FnOnceOkHeaders },
    /// error
    Default { status: u16, body: super::types::Error },
}
impl ::axum::response::IntoResponse for FnOnceResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok { body, headers } => {
                let mut response = super::runtime::json_response_as(
                    200u16,
                    "application/json",
                    &body,
                );
                super::runtime::set_header(&mut response, "FnOnce", &headers.fn_once);
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
/// axum handler for `GET` "/op120/{FnOnce}".
#[allow(unused_variables, unused_mut)]
pub async fn fn_once<A: super::Api>(
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
    let alternatives: &[&[usize]] = &[&[120usize]];
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
    let principal = match served.auth.authenticate_dyn("fn_once", &credentials).await {
        Ok(p) => Some(p),
        Err(e) => return super::refused(e, alternatives, "application/problem+json"),
    };
    let decoded_path: ::std::vec::Vec<&str> = raw_path.iter().map(|(_, v)| v).collect();
    let path_values = super::runtime::path_values(
        "/op120/{FnOnce}",
        uri.path(),
        &decoded_path,
    );
    let fn_once: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "FnOnce", "simple", false);
    let fn_once2: ::std::option::Option<::std::string::String> = errors
        .query(&pairs, "FnOnce", "form", true, false);
    let fn_once3: ::std::option::Option<::std::string::String> = errors
        .header(&headers, "FnOnce", false);
    let fn_once4: ::std::option::Option<::std::string::String> = errors
        .cookie(&headers, "FnOnce", false);
    if let Some(v) = &fn_once {
        errors.check_param("path", "FnOnce", v, 505usize);
    }
    if let Some(v) = &fn_once2 {
        errors.check_param("query", "FnOnce", v, 506usize);
    }
    if let Some(v) = &fn_once3 {
        errors.check_param("header", "FnOnce", v, 507usize);
    }
    if let Some(v) = &fn_once4 {
        errors.check_param("cookie", "FnOnce", v, 508usize);
    }
    if !errors.is_empty() {
        return errors.into_response_as("application/problem+json");
    }
    let (Some(fn_once),) = (fn_once,) else {
        return errors.into_response_as("application/problem+json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::fn_once(
        &*served.api,
        ctx,
        fn_once,
        FnOnceParams {
            fn_once2,
            fn_once3,
            fn_once4,
        },
    );
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "FnOnce", method = "GET", path =
        "/op120/{FnOnce}", status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
/// Responses of `fn_once_post`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum FnOncePostResponse {
    /// made
    Created(super::types::Untagged),
}
impl ::axum::response::IntoResponse for FnOncePostResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Created(body) => {
                super::runtime::json_response_as(201u16, "application/json", &body)
            }
        }
    }
}
/// axum handler for `POST` "/op120/{FnOnce}".
#[allow(unused_variables, unused_mut)]
pub async fn fn_once_post<A: super::Api>(
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
        "/op120/{FnOnce}",
        uri.path(),
        &decoded_path,
    );
    let fn_once: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "FnOnce", "simple", false);
    if let Some(v) = &fn_once {
        errors.check_param("path", "FnOnce", v, 505usize);
    }
    let body: ::std::option::Option<super::types::Union2> = errors
        .json_body(&raw_body, true, Some(4usize));
    if !errors.is_empty() {
        return errors.into_response_as("application/json");
    }
    let (Some(fn_once), Some(body)) = (fn_once, body) else {
        return errors.into_response_as("application/json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::fn_once_post(&*served.api, ctx, fn_once, body);
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "FnOnce_post", method = "POST", path =
        "/op120/{FnOnce}", status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
