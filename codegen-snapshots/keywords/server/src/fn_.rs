//! Handlers, parameter structs and response enums of the operations with this module's tag.
/// Query, header and cookie parameters of `fn`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct FnParams {
    pub fn2: ::std::option::Option<::std::string::String>,
    pub fn3: ::std::option::Option<::std::string::String>,
    pub fn4: ::std::option::Option<::std::string::String>,
}
/// Headers of the Ok response of `fn`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct FnOkHeaders {
    pub r#fn: ::std::option::Option<::std::string::String>,
}
/// Responses of `fn`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum FnResponse {
    /// ok
    Ok { body: super::types::Everything, headers: FnOkHeaders },
    /// error
    Default { status: u16, body: super::types::Error },
}
impl ::axum::response::IntoResponse for FnResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok { body, headers } => {
                let mut response = super::runtime::json_response_as(
                    200u16,
                    "application/json",
                    &body,
                );
                super::runtime::set_header(&mut response, "fn", &headers.r#fn);
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
/// axum handler for `GET` "/op9/{fn}".
#[allow(unused_variables, unused_mut)]
pub async fn r#fn<A: super::Api>(
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
    let alternatives: &[&[usize]] = &[&[9usize]];
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
    let principal = match served.auth.authenticate_dyn("fn", &credentials).await {
        Ok(p) => Some(p),
        Err(e) => return super::refused(e, alternatives, "application/problem+json"),
    };
    let decoded_path: ::std::vec::Vec<&str> = raw_path.iter().map(|(_, v)| v).collect();
    let path_values = super::runtime::path_values(
        "/op9/{fn}",
        uri.path(),
        &decoded_path,
    );
    let r#fn: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "fn", "simple", false);
    let fn2: ::std::option::Option<::std::string::String> = errors
        .query(&pairs, "fn", "form", true, false);
    let fn3: ::std::option::Option<::std::string::String> = errors
        .header(&headers, "fn", false);
    let fn4: ::std::option::Option<::std::string::String> = errors
        .cookie(&headers, "fn", false);
    if let Some(v) = &r#fn {
        errors.check_param("path", "fn", v, 61usize);
    }
    if let Some(v) = &fn2 {
        errors.check_param("query", "fn", v, 62usize);
    }
    if let Some(v) = &fn3 {
        errors.check_param("header", "fn", v, 63usize);
    }
    if let Some(v) = &fn4 {
        errors.check_param("cookie", "fn", v, 64usize);
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
    let response = <A as super::Api>::r#fn(
        &*served.api,
        ctx,
        r#fn,
        FnParams { fn2, fn3, fn4 },
    );
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "fn", method = "GET", path = "/op9/{fn}", status =
        ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
/// Responses of `fn_post`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum FnPostResponse {
    /// made
    Created(super::types::Untagged),
}
impl ::axum::response::IntoResponse for FnPostResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Created(body) => {
                super::runtime::json_response_as(201u16, "application/json", &body)
            }
        }
    }
}
/// axum handler for `POST` "/op9/{fn}".
#[allow(unused_variables, unused_mut)]
pub async fn fn_post<A: super::Api>(
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
        "/op9/{fn}",
        uri.path(),
        &decoded_path,
    );
    let r#fn: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "fn", "simple", false);
    if let Some(v) = &r#fn {
        errors.check_param("path", "fn", v, 61usize);
    }
    let body: ::std::option::Option<super::types::Union2> = errors
        .json_body(&raw_body, false, Some(4usize));
    if !errors.is_empty() {
        return errors.into_response_as("application/json");
    }
    let (Some(r#fn),) = (r#fn,) else {
        return errors.into_response_as("application/json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::fn_post(&*served.api, ctx, r#fn, body);
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "fn_post", method = "POST", path = "/op9/{fn}",
        status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
