//! Handlers, parameter structs and response enums of the operations with this module's tag.
/// Query, header and cookie parameters of `f64`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct F64Params {
    pub f64_2: ::std::option::Option<::std::string::String>,
    pub f64_3: ::std::option::Option<::std::string::String>,
    pub f64_4: ::std::option::Option<::std::string::String>,
}
/// Headers of the Ok response of `f64`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct F64OkHeaders {
    pub f64: ::std::option::Option<::std::string::String>,
}
/// Responses of `f64`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum F64Response {
    /// ok
    Ok { body: super::types::Everything, headers: F64OkHeaders },
    /// error
    Default { status: u16, body: super::types::Error },
}
impl ::axum::response::IntoResponse for F64Response {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok { body, headers } => {
                let mut response = super::runtime::json_response_as(
                    200u16,
                    "application/json",
                    &body,
                );
                super::runtime::set_header(&mut response, "f64", &headers.f64);
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
/// axum handler for `GET` "/op101/{f64}".
#[allow(unused_variables, unused_mut)]
pub async fn f64<A: super::Api>(
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
    let alternatives: &[&[usize]] = &[&[101usize]];
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
    let principal = match served.auth.authenticate_dyn("f64", &credentials).await {
        Ok(p) => Some(p),
        Err(e) => return super::refused(e, alternatives, "application/problem+json"),
    };
    let decoded_path: ::std::vec::Vec<&str> = raw_path.iter().map(|(_, v)| v).collect();
    let path_values = super::runtime::path_values(
        "/op101/{f64}",
        uri.path(),
        &decoded_path,
    );
    let f64: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "f64", "simple", false);
    let f64_2: ::std::option::Option<::std::string::String> = errors
        .query(&pairs, "f64", "form", true, false);
    let f64_3: ::std::option::Option<::std::string::String> = errors
        .header(&headers, "f64", false);
    let f64_4: ::std::option::Option<::std::string::String> = errors
        .cookie(&headers, "f64", false);
    if let Some(v) = &f64 {
        errors.check_param("path", "f64", v, 429usize);
    }
    if let Some(v) = &f64_2 {
        errors.check_param("query", "f64", v, 430usize);
    }
    if let Some(v) = &f64_3 {
        errors.check_param("header", "f64", v, 431usize);
    }
    if let Some(v) = &f64_4 {
        errors.check_param("cookie", "f64", v, 432usize);
    }
    if !errors.is_empty() {
        return errors.into_response_as("application/problem+json");
    }
    let (Some(f64),) = (f64,) else {
        return errors.into_response_as("application/problem+json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::f64(
        &*served.api,
        ctx,
        f64,
        F64Params { f64_2, f64_3, f64_4 },
    );
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "f64", method = "GET", path = "/op101/{f64}",
        status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
/// Responses of `f64_post`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum F64PostResponse {
    /// made
    Created(super::types::Untagged),
}
impl ::axum::response::IntoResponse for F64PostResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Created(body) => {
                super::runtime::json_response_as(201u16, "application/json", &body)
            }
        }
    }
}
/// axum handler for `POST` "/op101/{f64}".
#[allow(unused_variables, unused_mut)]
pub async fn f64_post<A: super::Api>(
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
        "/op101/{f64}",
        uri.path(),
        &decoded_path,
    );
    let f64: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "f64", "simple", false);
    if let Some(v) = &f64 {
        errors.check_param("path", "f64", v, 429usize);
    }
    let body: ::std::option::Option<super::types::Union2> = errors
        .json_body(&raw_body, false, Some(4usize));
    if !errors.is_empty() {
        return errors.into_response_as("application/json");
    }
    let (Some(f64),) = (f64,) else {
        return errors.into_response_as("application/json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::f64_post(&*served.api, ctx, f64, body);
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "f64_post", method = "POST", path =
        "/op101/{f64}", status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
