//! Handlers, parameter structs and response enums of the operations with this module's tag.
/// Query, header and cookie parameters of `f32`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct F32Params {
    pub f32_2: ::std::option::Option<::std::string::String>,
    pub f32_3: ::std::option::Option<::std::string::String>,
    pub f32_4: ::std::option::Option<::std::string::String>,
}
/// Headers of the Ok response of `f32`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct F32OkHeaders {
    pub f32: ::std::option::Option<::std::string::String>,
}
/// Responses of `f32`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum F32Response {
    /// ok
    Ok { body: super::types::Everything, headers: F32OkHeaders },
    /// error
    Default { status: u16, body: super::types::Error },
}
impl ::axum::response::IntoResponse for F32Response {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok { body, headers } => {
                let mut response = super::runtime::json_response_as(
                    200u16,
                    "application/json",
                    &body,
                );
                super::runtime::set_header(&mut response, "f32", &headers.f32);
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
/// axum handler for `GET` "/op100/{f32}".
#[allow(unused_variables, unused_mut)]
pub async fn f32<A: super::Api>(
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
    let alternatives: &[&[usize]] = &[&[100usize]];
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
    let principal = match served.auth.authenticate_dyn("f32", &credentials).await {
        Ok(p) => Some(p),
        Err(e) => return super::refused(e, alternatives, "application/problem+json"),
    };
    let decoded_path: ::std::vec::Vec<&str> = raw_path.iter().map(|(_, v)| v).collect();
    let path_values = super::runtime::path_values(
        "/op100/{f32}",
        uri.path(),
        &decoded_path,
    );
    let f32: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "f32", "simple", false);
    let f32_2: ::std::option::Option<::std::string::String> = errors
        .query(&pairs, "f32", "form", true, false);
    let f32_3: ::std::option::Option<::std::string::String> = errors
        .header(&headers, "f32", false);
    let f32_4: ::std::option::Option<::std::string::String> = errors
        .cookie(&headers, "f32", false);
    if let Some(v) = &f32 {
        errors.check_param("path", "f32", v, 425usize);
    }
    if let Some(v) = &f32_2 {
        errors.check_param("query", "f32", v, 426usize);
    }
    if let Some(v) = &f32_3 {
        errors.check_param("header", "f32", v, 427usize);
    }
    if let Some(v) = &f32_4 {
        errors.check_param("cookie", "f32", v, 428usize);
    }
    if !errors.is_empty() {
        return errors.into_response_as("application/problem+json");
    }
    let (Some(f32),) = (f32,) else {
        return errors.into_response_as("application/problem+json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::f32(
        &*served.api,
        ctx,
        f32,
        F32Params { f32_2, f32_3, f32_4 },
    );
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "f32", method = "GET", path = "/op100/{f32}",
        status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
/// Responses of `f32_post`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum F32PostResponse {
    /// made
    Created(super::types::Untagged),
}
impl ::axum::response::IntoResponse for F32PostResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Created(body) => {
                super::runtime::json_response_as(201u16, "application/json", &body)
            }
        }
    }
}
/// axum handler for `POST` "/op100/{f32}".
#[allow(unused_variables, unused_mut)]
pub async fn f32_post<A: super::Api>(
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
        "/op100/{f32}",
        uri.path(),
        &decoded_path,
    );
    let f32: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "f32", "simple", false);
    if let Some(v) = &f32 {
        errors.check_param("path", "f32", v, 425usize);
    }
    let body: ::std::option::Option<super::types::Union2> = errors
        .json_body(&raw_body, true, Some(4usize));
    if !errors.is_empty() {
        return errors.into_response_as("application/json");
    }
    let (Some(f32), Some(body)) = (f32, body) else {
        return errors.into_response_as("application/json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::f32_post(&*served.api, ctx, f32, body);
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "f32_post", method = "POST", path =
        "/op100/{f32}", status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
