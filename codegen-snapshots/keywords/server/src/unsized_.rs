//! Handlers, parameter structs and response enums of the operations with this module's tag.
/// Query, header and cookie parameters of `unsized`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct UnsizedParams {
    pub unsized2: ::std::option::Option<::std::string::String>,
    pub unsized3: ::std::option::Option<::std::string::String>,
    pub unsized4: ::std::option::Option<::std::string::String>,
}
/// Headers of the Ok response of `unsized`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct UnsizedOkHeaders {
    pub r#unsized: ::std::option::Option<::std::string::String>,
}
/// Responses of `unsized`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum UnsizedResponse {
    /// ok
    Ok { body: super::types::Everything, headers: UnsizedOkHeaders },
    /// error
    Default { status: u16, body: super::types::Error },
}
impl ::axum::response::IntoResponse for UnsizedResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok { body, headers } => {
                let mut response = super::runtime::json_response_as(
                    200u16,
                    "application/json",
                    &body,
                );
                super::runtime::set_header(&mut response, "unsized", &headers.r#unsized);
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
/// axum handler for `GET` "/op47/{unsized}".
#[allow(unused_variables, unused_mut)]
pub async fn r#unsized<A: super::Api>(
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
    let alternatives: &[&[usize]] = &[&[47usize]];
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
    let principal = match served.auth.authenticate_dyn("unsized", &credentials).await {
        Ok(p) => Some(p),
        Err(e) => return super::refused(e, alternatives, "application/problem+json"),
    };
    let decoded_path: ::std::vec::Vec<&str> = raw_path.iter().map(|(_, v)| v).collect();
    let path_values = super::runtime::path_values(
        "/op47/{unsized}",
        uri.path(),
        &decoded_path,
    );
    let r#unsized: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "unsized", "simple", false);
    let unsized2: ::std::option::Option<::std::string::String> = errors
        .query(&pairs, "unsized", "form", true, false);
    let unsized3: ::std::option::Option<::std::string::String> = errors
        .header(&headers, "unsized", false);
    let unsized4: ::std::option::Option<::std::string::String> = errors
        .cookie(&headers, "unsized", false);
    if let Some(v) = &r#unsized {
        errors.check_param("path", "unsized", v, 213usize);
    }
    if let Some(v) = &unsized2 {
        errors.check_param("query", "unsized", v, 214usize);
    }
    if let Some(v) = &unsized3 {
        errors.check_param("header", "unsized", v, 215usize);
    }
    if let Some(v) = &unsized4 {
        errors.check_param("cookie", "unsized", v, 216usize);
    }
    if !errors.is_empty() {
        return errors.into_response_as("application/problem+json");
    }
    let (Some(r#unsized),) = (r#unsized,) else {
        return errors.into_response_as("application/problem+json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::r#unsized(
        &*served.api,
        ctx,
        r#unsized,
        UnsizedParams {
            unsized2,
            unsized3,
            unsized4,
        },
    );
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "unsized", method = "GET", path =
        "/op47/{unsized}", status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
/// Responses of `unsized_post`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum UnsizedPostResponse {
    /// made
    Created(super::types::Untagged),
}
impl ::axum::response::IntoResponse for UnsizedPostResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Created(body) => {
                super::runtime::json_response_as(201u16, "application/json", &body)
            }
        }
    }
}
/// axum handler for `POST` "/op47/{unsized}".
#[allow(unused_variables, unused_mut)]
pub async fn unsized_post<A: super::Api>(
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
        "/op47/{unsized}",
        uri.path(),
        &decoded_path,
    );
    let r#unsized: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "unsized", "simple", false);
    if let Some(v) = &r#unsized {
        errors.check_param("path", "unsized", v, 213usize);
    }
    let body: ::std::option::Option<super::types::Union2> = errors
        .json_body(&raw_body, false, Some(4usize));
    if !errors.is_empty() {
        return errors.into_response_as("application/json");
    }
    let (Some(r#unsized),) = (r#unsized,) else {
        return errors.into_response_as("application/json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::unsized_post(&*served.api, ctx, r#unsized, body);
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "unsized_post", method = "POST", path =
        "/op47/{unsized}", status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
