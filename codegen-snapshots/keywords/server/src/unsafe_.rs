//! Handlers, parameter structs and response enums of the operations with this module's tag.
/// Query, header and cookie parameters of `unsafe`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct UnsafeParams {
    pub unsafe2: ::std::option::Option<::std::string::String>,
    pub unsafe3: ::std::option::Option<::std::string::String>,
    pub unsafe4: ::std::option::Option<::std::string::String>,
}
/// Headers of the Ok response of `unsafe`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct UnsafeOkHeaders {
    pub r#unsafe: ::std::option::Option<::std::string::String>,
}
/// Responses of `unsafe`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum UnsafeResponse {
    /// ok
    Ok { body: super::types::Everything, headers: UnsafeOkHeaders },
    /// error
    Default { status: u16, body: super::types::Error },
}
impl ::axum::response::IntoResponse for UnsafeResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok { body, headers } => {
                let mut response = super::runtime::json_response_as(
                    200u16,
                    "application/json",
                    &body,
                );
                super::runtime::set_header(&mut response, "unsafe", &headers.r#unsafe);
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
/// axum handler for `GET` "/op31/{unsafe}".
#[allow(unused_variables, unused_mut)]
pub async fn r#unsafe<A: super::Api>(
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
    let alternatives: &[&[usize]] = &[&[31usize]];
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
    let principal = match served.auth.authenticate_dyn("unsafe", &credentials).await {
        Ok(p) => Some(p),
        Err(e) => return super::refused(e, alternatives, "application/problem+json"),
    };
    let decoded_path: ::std::vec::Vec<&str> = raw_path.iter().map(|(_, v)| v).collect();
    let path_values = super::runtime::path_values(
        "/op31/{unsafe}",
        uri.path(),
        &decoded_path,
    );
    let r#unsafe: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "unsafe", "simple", false);
    let unsafe2: ::std::option::Option<::std::string::String> = errors
        .query(&pairs, "unsafe", "form", true, false);
    let unsafe3: ::std::option::Option<::std::string::String> = errors
        .header(&headers, "unsafe", false);
    let unsafe4: ::std::option::Option<::std::string::String> = errors
        .cookie(&headers, "unsafe", false);
    if let Some(v) = &r#unsafe {
        errors.check_param("path", "unsafe", v, 149usize);
    }
    if let Some(v) = &unsafe2 {
        errors.check_param("query", "unsafe", v, 150usize);
    }
    if let Some(v) = &unsafe3 {
        errors.check_param("header", "unsafe", v, 151usize);
    }
    if let Some(v) = &unsafe4 {
        errors.check_param("cookie", "unsafe", v, 152usize);
    }
    if !errors.is_empty() {
        return errors.into_response_as("application/problem+json");
    }
    let (Some(r#unsafe),) = (r#unsafe,) else {
        return errors.into_response_as("application/problem+json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::r#unsafe(
        &*served.api,
        ctx,
        r#unsafe,
        UnsafeParams {
            unsafe2,
            unsafe3,
            unsafe4,
        },
    );
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "unsafe", method = "GET", path = "/op31/{unsafe}",
        status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
/// Responses of `unsafe_post`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum UnsafePostResponse {
    /// made
    Created(super::types::Untagged),
}
impl ::axum::response::IntoResponse for UnsafePostResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Created(body) => {
                super::runtime::json_response_as(201u16, "application/json", &body)
            }
        }
    }
}
/// axum handler for `POST` "/op31/{unsafe}".
#[allow(unused_variables, unused_mut)]
pub async fn unsafe_post<A: super::Api>(
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
        "/op31/{unsafe}",
        uri.path(),
        &decoded_path,
    );
    let r#unsafe: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "unsafe", "simple", false);
    if let Some(v) = &r#unsafe {
        errors.check_param("path", "unsafe", v, 149usize);
    }
    let body: ::std::option::Option<super::types::Union2> = errors
        .json_body(&raw_body, false, Some(4usize));
    if !errors.is_empty() {
        return errors.into_response_as("application/json");
    }
    let (Some(r#unsafe),) = (r#unsafe,) else {
        return errors.into_response_as("application/json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::unsafe_post(&*served.api, ctx, r#unsafe, body);
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "unsafe_post", method = "POST", path =
        "/op31/{unsafe}", status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
