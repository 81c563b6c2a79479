//! Handlers, parameter structs and response enums of the operations with this module's tag.
/// Query, header and cookie parameters of `async`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AsyncParams {
    pub async2: ::std::option::Option<::std::string::String>,
    pub async3: ::std::option::Option<::std::string::String>,
    pub async4: ::std::option::Option<::std::string::String>,
}
/// Headers of the Ok response of `async`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AsyncOkHeaders {
    pub r#async: ::std::option::Option<::std::string::String>,
}
/// Responses of `async`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum AsyncResponse {
    /// ok
    Ok { body: super::types::Everything, headers: AsyncOkHeaders },
    /// error
    Default { status: u16, body: super::types::Error },
}
impl ::axum::response::IntoResponse for AsyncResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok { body, headers } => {
                let mut response = super::runtime::json_response_as(
                    200u16,
                    "application/json",
                    &body,
                );
                super::runtime::set_header(&mut response, "async", &headers.r#async);
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
/// axum handler for `GET` "/op35/{async}".
#[allow(unused_variables, unused_mut)]
pub async fn r#async<A: super::Api>(
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
    let alternatives: &[&[usize]] = &[&[35usize]];
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
    let principal = match served.auth.authenticate_dyn("async", &credentials).await {
        Ok(p) => Some(p),
        Err(e) => return super::refused(e, alternatives, "application/problem+json"),
    };
    let decoded_path: ::std::vec::Vec<&str> = raw_path.iter().map(|(_, v)| v).collect();
    let path_values = super::runtime::path_values(
        "/op35/{async}",
        uri.path(),
        &decoded_path,
    );
    let r#async: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "async", "simple", false);
    let async2: ::std::option::Option<::std::string::String> = errors
        .query(&pairs, "async", "form", true, false);
    let async3: ::std::option::Option<::std::string::String> = errors
        .header(&headers, "async", false);
    let async4: ::std::option::Option<::std::string::String> = errors
        .cookie(&headers, "async", false);
    if let Some(v) = &r#async {
        errors.check_param("path", "async", v, 165usize);
    }
    if let Some(v) = &async2 {
        errors.check_param("query", "async", v, 166usize);
    }
    if let Some(v) = &async3 {
        errors.check_param("header", "async", v, 167usize);
    }
    if let Some(v) = &async4 {
        errors.check_param("cookie", "async", v, 168usize);
    }
    if !errors.is_empty() {
        return errors.into_response_as("application/problem+json");
    }
    let (Some(r#async),) = (r#async,) else {
        return errors.into_response_as("application/problem+json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::r#async(
        &*served.api,
        ctx,
        r#async,
        AsyncParams {
            async2,
            async3,
            async4,
        },
    );
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "async", method = "GET", path = "/op35/{async}",
        status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
/// Responses of `async_post`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum AsyncPostResponse {
    /// made
    Created(super::types::Untagged),
}
impl ::axum::response::IntoResponse for AsyncPostResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Created(body) => {
                super::runtime::json_response_as(201u16, "application/json", &body)
            }
        }
    }
}
/// axum handler for `POST` "/op35/{async}".
#[allow(unused_variables, unused_mut)]
pub async fn async_post<A: super::Api>(
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
        "/op35/{async}",
        uri.path(),
        &decoded_path,
    );
    let r#async: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "async", "simple", false);
    if let Some(v) = &r#async {
        errors.check_param("path", "async", v, 165usize);
    }
    let body: ::std::option::Option<super::types::Union2> = errors
        .json_body(&raw_body, false, Some(4usize));
    if !errors.is_empty() {
        return errors.into_response_as("application/json");
    }
    let (Some(r#async),) = (r#async,) else {
        return errors.into_response_as("application/json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::async_post(&*served.api, ctx, r#async, body);
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "async_post", method = "POST", path =
        "/op35/{async}", status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
