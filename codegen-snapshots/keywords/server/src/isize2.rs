//! Handlers, parameter structs and response enums of the operations with this module's tag.
/// Query, header and cookie parameters of `isize`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct IsizeParams {
    pub isize2: ::std::option::Option<::std::string::String>,
    pub isize3: ::std::option::Option<::std::string::String>,
    pub isize4: ::std::option::Option<::std::string::String>,
}
/// Headers of the Ok response of `isize`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct IsizeOkHeaders {
    pub isize: ::std::option::Option<::std::string::String>,
}
/// Responses of `isize`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum IsizeResponse {
    /// ok
    Ok { body: super::types::Everything, headers: IsizeOkHeaders },
    /// error
    Default { status: u16, body: super::types::Error },
}
impl ::axum::response::IntoResponse for IsizeResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok { body, headers } => {
                let mut response = super::runtime::json_response_as(
                    200u16,
                    "application/json",
                    &body,
                );
                super::runtime::set_header(&mut response, "isize", &headers.isize);
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
/// axum handler for `GET` "/op99/{isize}".
#[allow(unused_variables, unused_mut)]
pub async fn isize<A: super::Api>(
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
    let alternatives: &[&[usize]] = &[&[99usize]];
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
    let principal = match served.auth.authenticate_dyn("isize", &credentials).await {
        Ok(p) => Some(p),
        Err(e) => return super::refused(e, alternatives, "application/problem+json"),
    };
    let decoded_path: ::std::vec::Vec<&str> = raw_path.iter().map(|(_, v)| v).collect();
    let path_values = super::runtime::path_values(
        "/op99/{isize}",
        uri.path(),
        &decoded_path,
    );
    let isize: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "isize", "simple", false);
    let isize2: ::std::option::Option<::std::string::String> = errors
        .query(&pairs, "isize", "form", true, false);
    let isize3: ::std::option::Option<::std::string::String> = errors
        .header(&headers, "isize", false);
    let isize4: ::std::option::Option<::std::string::String> = errors
        .cookie(&headers, "isize", false);
    if let Some(v) = &isize {
        errors.check_param("path", "isize", v, 421usize);
    }
    if let Some(v) = &isize2 {
        errors.check_param("query", "isize", v, 422usize);
    }
    if let Some(v) = &isize3 {
        errors.check_param("header", "isize", v, 423usize);
    }
    if let Some(v) = &isize4 {
        errors.check_param("cookie", "isize", v, 424usize);
    }
    if !errors.is_empty() {
        return errors.into_response_as("application/problem+json");
    }
    let (Some(isize),) = (isize,) else {
        return errors.into_response_as("application/problem+json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::isize(
        &*served.api,
        ctx,
        isize,
        IsizeParams {
            isize2,
            isize3,
            isize4,
        },
    );
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "isize", method = "GET", path = "/op99/{isize}",
        status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
/// Responses of `isize_post`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum IsizePostResponse {
    /// made
    Created(super::types::Untagged),
}
impl ::axum::response::IntoResponse for IsizePostResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Created(body) => {
                super::runtime::json_response_as(201u16, "application/json", &body)
            }
        }
    }
}
/// axum handler for `POST` "/op99/{isize}".
#[allow(unused_variables, unused_mut)]
pub async fn isize_post<A: super::Api>(
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
        "/op99/{isize}",
        uri.path(),
        &decoded_path,
    );
    let isize: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "isize", "simple", false);
    if let Some(v) = &isize {
        errors.check_param("path", "isize", v, 421usize);
    }
    let body: ::std::option::Option<super::types::Union2> = errors
        .json_body(&raw_body, false, Some(4usize));
    if !errors.is_empty() {
        return errors.into_response_as("application/json");
    }
    let (Some(isize),) = (isize,) else {
        return errors.into_response_as("application/json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::isize_post(&*served.api, ctx, isize, body);
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "isize_post", method = "POST", path =
        "/op99/{isize}", status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
