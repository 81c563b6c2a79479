//! Handlers, parameter structs and response enums of the operations with this module's tag.
/// Query, header and cookie parameters of `i128`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct I128Params {
    pub i128_2: ::std::option::Option<::std::string::String>,
    pub i128_3: ::std::option::Option<::std::string::String>,
    pub i128_4: ::std::option::Option<::std::string::String>,
}
/// Headers of the Ok response of `i128`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct I128OkHeaders {
    pub i128: ::std::option::Option<::std::string::String>,
}
/// Responses of `i128`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum I128Response {
    /// ok
    Ok { body: super::types::Everything, headers: I128OkHeaders },
    /// error
    Default { status: u16, body: super::types::Error },
}
impl ::axum::response::IntoResponse for I128Response {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok { body, headers } => {
                let mut response = super::runtime::json_response_as(
                    200u16,
                    "application/json",
                    &body,
                );
                super::runtime::set_header(&mut response, "i128", &headers.i128);
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
/// axum handler for `GET` "/op98/{i128}".
#[allow(unused_variables, unused_mut)]
pub async fn i128<A: super::Api>(
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
    let alternatives: &[&[usize]] = &[&[98usize]];
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
    let principal = match served.auth.authenticate_dyn("i128", &credentials).await {
        Ok(p) => Some(p),
        Err(e) => return super::refused(e, alternatives, "application/problem+json"),
    };
    let decoded_path: ::std::vec::Vec<&str> = raw_path.iter().map(|(_, v)| v).collect();
    let path_values = super::runtime::path_values(
        "/op98/{i128}",
        uri.path(),
        &decoded_path,
    );
    let i128: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "i128", "simple", false);
    let i128_2: ::std::option::Option<::std::string::String> = errors
        .query(&pairs, "i128", "form", true, false);
    let i128_3: ::std::option::Option<::std::string::String> = errors
        .header(&headers, "i128", false);
    let i128_4: ::std::option::Option<::std::string::String> = errors
        .cookie(&headers, "i128", false);
    if let Some(v) = &i128 {
        errors.check_param("path", "i128", v, 417usize);
    }
    if let Some(v) = &i128_2 {
        errors.check_param("query", "i128", v, 418usize);
    }
    if let Some(v) = &i128_3 {
        errors.check_param("header", "i128", v, 419usize);
    }
    if let Some(v) = &i128_4 {
        errors.check_param("cookie", "i128", v, 420usize);
    }
    if !errors.is_empty() {
        return errors.into_response_as("application/problem+json");
    }
    let (Some(i128),) = (i128,) else {
        return errors.into_response_as("application/problem+json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::i128(
        &*served.api,
        ctx,
        i128,
        I128Params {
            i128_2,
            i128_3,
            i128_4,
        },
    );
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "i128", method = "GET", path = "/op98/{i128}",
        status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
/// Responses of `i128_post`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum I128PostResponse {
    /// made
    Created(super::types::Untagged),
}
impl ::axum::response::IntoResponse for I128PostResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Created(body) => {
                super::runtime::json_response_as(201u16, "application/json", &body)
            }
        }
    }
}
/// axum handler for `POST` "/op98/{i128}".
#[allow(unused_variables, unused_mut)]
pub async fn i128_post<A: super::Api>(
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
        "/op98/{i128}",
        uri.path(),
        &decoded_path,
    );
    let i128: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "i128", "simple", false);
    if let Some(v) = &i128 {
        errors.check_param("path", "i128", v, 417usize);
    }
    let body: ::std::option::Option<super::types::Union2> = errors
        .json_body(&raw_body, true, Some(4usize));
    if !errors.is_empty() {
        return errors.into_response_as("application/json");
    }
    let (Some(i128), Some(body)) = (i128, body) else {
        return errors.into_response_as("application/json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::i128_post(&*served.api, ctx, i128, body);
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "i128_post", method = "POST", path =
        "/op98/{i128}", status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
