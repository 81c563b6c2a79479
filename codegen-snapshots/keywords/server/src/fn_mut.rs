//! Handlers, parameter structs and response enums of the operations with this module's tag.
/// Query, header and cookie parameters of `fn_mut`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct FnMutParams {
    pub fn_mut2: ::std::option::Option<::std::string::String>,
    pub fn_mut3: ::std::option::Option<::std::string::String>,
    pub fn_mut4: ::std::option::Option<::std::string::String>,
}
/// Headers of the Ok response of `fn_mut`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct FnMutOkHeaders {
    pub fn_mut: ::std::option::Option<::std::string::String>,
}
/// Responses of `fn_mut`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum FnMutResponse {
    /// ok
    Ok { body: super::types::Everything, headers: FnMutOkHeaders },
    /// error
    Default { status: u16, body: super::types::Error },
}
impl ::axum::response::IntoResponse for FnMutResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok { body, headers } => {
                let mut response = super::runtime::json_response_as(
                    200u16,
                    "application/json",
                    &body,
                );
                super::runtime::set_header(&mut response, "FnMut", &headers.fn_mut);
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
/// axum handler for `GET` "/op119/{FnMut}".
#[allow(unused_variables, unused_mut)]
pub async fn fn_mut<A: super::Api>(
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
    let alternatives: &[&[usize]] = &[&[119usize]];
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
    let principal = match served.auth.authenticate_dyn("fn_mut", &credentials).await {
        Ok(p) => Some(p),
        Err(e) => return super::refused(e, alternatives, "application/problem+json"),
    };
    let decoded_path: ::std::vec::Vec<&str> = raw_path.iter().map(|(_, v)| v).collect();
    let path_values = super::runtime::path_values(
        "/op119/{FnMut}",
        uri.path(),
        &decoded_path,
    );
    let fn_mut: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "FnMut", "simple", false);
    let fn_mut2: ::std::option::Option<::std::string::String> = errors
        .query(&pairs, "FnMut", "form", true, false);
    let fn_mut3: ::std::option::Option<::std::string::String> = errors
        .header(&headers, "FnMut", false);
    let fn_mut4: ::std::option::Option<::std::string::String> = errors
        .cookie(&headers, "FnMut", false);
    if let Some(v) = &fn_mut {
        errors.check_param("path", "FnMut", v, 501usize);
    }
    if let Some(v) = &fn_mut2 {
        errors.check_param("query", "FnMut", v, 502usize);
    }
    if let Some(v) = &fn_mut3 {
        errors.check_param("header", "FnMut", v, 503usize);
    }
    if let Some(v) = &fn_mut4 {
        errors.check_param("cookie", "FnMut", v, 504usize);
    }
    if !errors.is_empty() {
        return errors.into_response_as("application/problem+json");
    }
    let (Some(fn_mut),) = (fn_mut,) else {
        return errors.into_response_as("application/problem+json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::fn_mut(
        &*served.api,
        ctx,
        fn_mut,
        FnMutParams {
            fn_mut2,
            fn_mut3,
            fn_mut4,
        },
    );
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "FnMut", method = "GET", path = "/op119/{FnMut}",
        status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
/// Responses of `fn_mut_post`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum FnMutPostResponse {
    /// made
    Created(super::types::Untagged),
}
impl ::axum::response::IntoResponse for FnMutPostResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Created(body) => {
                super::runtime::json_response_as(201u16, "application/json", &body)
            }
        }
    }
}
/// axum handler for `POST` "/op119/{FnMut}".
#[allow(unused_variables, unused_mut)]
pub async fn fn_mut_post<A: super::Api>(
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
        "/op119/{FnMut}",
        uri.path(),
        &decoded_path,
    );
    let fn_mut: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "FnMut", "simple", false);
    if let Some(v) = &fn_mut {
        errors.check_param("path", "FnMut", v, 501usize);
    }
    let body: ::std::option::Option<super::types::Union2> = errors
        .json_body(&raw_body, false, Some(4usize));
    if !errors.is_empty() {
        return errors.into_response_as("application/json");
    }
    let (Some(fn_mut),) = (fn_mut,) else {
        return errors.into_response_as("application/json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::fn_mut_post(&*served.api, ctx, fn_mut, body);
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "FnMut_post", method = "POST", path =
        "/op119/{FnMut}", status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
