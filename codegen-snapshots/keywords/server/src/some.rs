//! Handlers, parameter structs and response enums of the operations with this module's tag.
/// Query, header and cookie parameters of `some`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SomeParams {
    pub some2: ::std::option::Option<::std::string::String>,
    pub some3: ::std::option::Option<::std::string::String>,
    pub some4: ::std::option::Option<::std::string::String>,
}
/// Headers of the Ok response of `some`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SomeOkHeaders {
    pub some: ::std::option::Option<::std::string::String>,
}
/// Responses of `some`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum SomeResponse {
    /// ok
    Ok { body: super::types::Everything, headers: SomeOkHeaders },
    /// error
    Default { status: u16, body: super::types::Error },
}
impl ::axum::response::IntoResponse for SomeResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok { body, headers } => {
                let mut response = super::runtime::json_response_as(
                    200u16,
                    "application/json",
                    &body,
                );
                super::runtime::set_header(&mut response, "Some", &headers.some);
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
/// axum handler for `GET` "/op103/{Some}".
#[allow(unused_variables, unused_mut)]
pub async fn some<A: super::Api>(
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
    let alternatives: &[&[usize]] = &[&[103usize]];
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
    let principal = match served.auth.authenticate_dyn("some", &credentials).await {
        Ok(p) => Some(p),
        Err(e) => return super::refused(e, alternatives, "application/problem+json"),
    };
    let decoded_path: ::std::vec::Vec<&str> = raw_path.iter().map(|(_, v)| v).collect();
    let path_values = super::runtime::path_values(
        "/op103/{Some}",
        uri.path(),
        &decoded_path,
    );
    let some: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "Some", "simple", false);
    let some2: ::std::option::Option<::std::string::String> = errors
        .query(&pairs, "Some", "form", true, false);
    let some3: ::std::option::Option<::std::string::String> = errors
        .header(&headers, "Some", false);
    let some4: ::std::option::Option<::std::string::String> = errors
        .cookie(&headers, "Some", false);
    if let Some(v) = &some {
        errors.check_param("path", "Some", v, 437usize);
    }
    if let Some(v) = &some2 {
        errors.check_param("query", "Some", v, 438usize);
    }
    if let Some(v) = &some3 {
        errors.check_param("header", "Some", v, 439usize);
    }
    if let Some(v) = &some4 {
        errors.check_param("cookie", "Some", v, 440usize);
    }
    if !errors.is_empty() {
        return errors.into_response_as("application/problem+json");
    }
    let (Some(some),) = (some,) else {
        return errors.into_response_as("application/problem+json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::some(
        &*served.api,
        ctx,
        some,
        SomeParams { some2, some3, some4 },
    );
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "Some", method = "GET", path = "/op103/{Some}",
        status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
/// Responses of `some_post`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum SomePostResponse {
    /// made
    Created(super::types::Untagged),
}
impl ::axum::response::IntoResponse for SomePostResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Created(body) => {
                super::runtime::json_response_as(201u16, "application/json", &body)
            }
        }
    }
}
/// axum handler for `POST` "/op103/{Some}".
#[allow(unused_variables, unused_mut)]
pub async fn some_post<A: super::Api>(
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
        "/op103/{Some}",
        uri.path(),
        &decoded_path,
    );
    let some: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "Some", "simple", false);
    if let Some(v) = &some {
        errors.check_param("path", "Some", v, 437usize);
    }
    let body: ::std::option::Option<super::types::Union2> = errors
        .json_body(&raw_body, false, Some(4usize));
    if !errors.is_empty() {
        return errors.into_response_as("application/json");
    }
    let (Some(some),) = (some,) else {
        return errors.into_response_as("application/json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::some_post(&*served.api, ctx, some, body);
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "Some_post", method = "POST", path =
        "/op103/{Some}", status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
