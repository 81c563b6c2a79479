//! Handlers, parameter structs and response enums of the operations with this module's tag.
/// Query, header and cookie parameters of `fn2`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Fn2Params {
    pub fn2: ::std::option::Option<::std::string::String>,
    pub fn3: ::std::option::Option<::std::string::String>,
    pub fn4: ::std::option::Option<::std::string::String>,
}
/// Headers of the Ok response of `fn2`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Fn2OkHeaders {
    pub r#fn: ::std::option::Option<::std::string::String>,
}
/// Responses of `fn2`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum Fn2Response {
    /// ok
    Ok { body: super::types::Everything, headers: Fn2OkHeaders },
    /// error
    Default { status: u16, body: super::types::Error },
}
impl ::axum::response::IntoResponse for Fn2Response {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok { body, headers } => {
                let mut response = super::runtime::json_response_as(
                    200u16,
                    "application/json",
                    &body,
                );
                super::runtime::set_header(&mut response, "Fn", &headers.r#fn);
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
/// axum handler for `GET` "/op118/{Fn}".
#[allow(unused_variables, unused_mut)]
pub async fn fn2<A: super::Api>(
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
    let alternatives: &[&[usize]] = &[&[118usize]];
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
    let principal = match served.auth.authenticate_dyn("fn2", &credentials).await {
        Ok(p) => Some(p),
        Err(e) => return super::refused(e, alternatives, "application/problem+json"),
    };
    let decoded_path: ::std::vec::Vec<&str> = raw_path.iter().map(|(_, v)| v).collect();
    let path_values = super::runtime::path_values(
        "/op118/{Fn}",
        uri.path(),
        &decoded_path,
    );
    let r#fn: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "Fn", "simple", false);
    let fn2: ::std::option::Option<::std::string::String> = errors
        .query(&pairs, "Fn", "form", true, false);
    let fn3: ::std::option::Option<::std::string::String> = errors
        .header(&headers, "Fn", false);
    let fn4: ::std::option::Option<::std::string::String> = errors
        .cookie(&headers, "Fn", false);
    if let Some(v) = &r#fn {
        errors.check_param("path", "Fn", v, 497usize);
    }
    if let Some(v) = &fn2 {
        errors.check_param("query", "Fn", v, 498usize);
    }
    if let Some(v) = &fn3 {
        errors.check_param("header", "Fn", v, 499usize);
    }
    if let Some(v) = &fn4 {
        errors.check_param("cookie", "Fn", v, 500usize);
    }
    if !errors.is_empty() {
        return errors.into_response_as("application/problem+json");
    }
    let (Some(r#fn),) = (r#fn,) else {
        return errors.into_response_as("application/problem+json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::fn2(
        &*served.api,
        ctx,
        r#fn,
        Fn2Params { fn2, fn3, fn4 },
    );
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "Fn", method = "GET", path = "/op118/{Fn}", status
        = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
/// Responses of `fn_post2`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum FnPost2Response {
    /// made
    Created(super::types::Untagged),
}
impl ::axum::response::IntoResponse for FnPost2Response {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Created(body) => {
                super::runtime::json_response_as(201u16, "application/json", &body)
            }
        }
    }
}
/// axum handler for `POST` "/op118/{Fn}".
#[allow(unused_variables, unused_mut)]
pub async fn fn_post2<A: super::Api>(
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
        "/op118/{Fn}",
        uri.path(),
        &decoded_path,
    );
    let r#fn: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "Fn", "simple", false);
    if let Some(v) = &r#fn {
        errors.check_param("path", "Fn", v, 497usize);
    }
    let body: ::std::option::Option<super::types::Union2> = errors
        .json_body(&raw_body, true, Some(4usize));
    if !errors.is_empty() {
        return errors.into_response_as("application/json");
    }
    let (Some(r#fn), Some(body)) = (r#fn, body) else {
        return errors.into_response_as("application/json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::fn_post2(&*served.api, ctx, r#fn, body);
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "Fn_post", method = "POST", path = "/op118/{Fn}",
        status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
