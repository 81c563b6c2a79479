//! Handlers, parameter structs and response enums of the operations with this module's tag.
/// Query, header and cookie parameters of `bytes2`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Bytes2Params {
    pub bytes2: ::std::option::Option<::std::string::String>,
    pub bytes3: ::std::option::Option<::std::string::String>,
    pub bytes4: ::std::option::Option<::std::string::String>,
}
/// Headers of the Ok response of `bytes2`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Bytes2OkHeaders {
    pub bytes: ::std::option::Option<::std::string::String>,
}
/// Responses of `bytes2`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum Bytes2Response {
    /// ok
    Ok { body: super::types::Everything, headers: Bytes2OkHeaders },
    /// error
    Default { status: u16, body: super::types::Error },
}
impl ::axum::response::IntoResponse for Bytes2Response {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok { body, headers } => {
                let mut response = super::runtime::json_response_as(
                    200u16,
                    "application/json",
                    &body,
                );
                super::runtime::set_header(&mut response, "bytes", &headers.bytes);
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
/// axum handler for `GET` "/op180/{bytes}".
#[allow(unused_variables, unused_mut)]
pub async fn bytes2<A: super::Api>(
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
    let alternatives: &[&[usize]] = &[&[180usize]];
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
    let principal = match served.auth.authenticate_dyn("bytes2", &credentials).await {
        Ok(p) => Some(p),
        Err(e) => return super::refused(e, alternatives, "application/problem+json"),
    };
    let decoded_path: ::std::vec::Vec<&str> = raw_path.iter().map(|(_, v)| v).collect();
    let path_values = super::runtime::path_values(
        "/op180/{bytes}",
        uri.path(),
        &decoded_path,
    );
    let bytes_param: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "bytes", "simple", false);
    let bytes2: ::std::option::Option<::std::string::String> = errors
        .query(&pairs, "bytes", "form", true, false);
    let bytes3: ::std::option::Option<::std::string::String> = errors
        .header(&headers, "bytes", false);
    let bytes4: ::std::option::Option<::std::string::String> = errors
        .cookie(&headers, "bytes", false);
    if let Some(v) = &bytes_param {
        errors.check_param("path", "bytes", v, 745usize);
    }
    if let Some(v) = &bytes2 {
        errors.check_param("query", "bytes", v, 746usize);
    }
    if let Some(v) = &bytes3 {
        errors.check_param("header", "bytes", v, 747usize);
    }
    if let Some(v) = &bytes4 {
        errors.check_param("cookie", "bytes", v, 748usize);
    }
    if !errors.is_empty() {
        return errors.into_response_as("application/problem+json");
    }
    let (Some(bytes_param),) = (bytes_param,) else {
        return errors.into_response_as("application/problem+json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::bytes2(
        &*served.api,
        ctx,
        bytes_param,
        Bytes2Params {
            bytes2,
            bytes3,
            bytes4,
        },
    );
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "bytes", method = "GET", path = "/op180/{bytes}",
        status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
/// Responses of `bytes_post2`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum BytesPost2Response {
    /// made
    Created(super::types::Untagged),
}
impl ::axum::response::IntoResponse for BytesPost2Response {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Created(body) => {
                super::runtime::json_response_as(201u16, "application/json", &body)
            }
        }
    }
}
/// axum handler for `POST` "/op180/{bytes}".
#[allow(unused_variables, unused_mut)]
pub async fn bytes_post2<A: super::Api>(
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
        "/op180/{bytes}",
        uri.path(),
        &decoded_path,
    );
    let bytes_param: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "bytes", "simple", false);
    if let Some(v) = &bytes_param {
        errors.check_param("path", "bytes", v, 745usize);
    }
    let body: ::std::option::Option<super::types::Union2> = errors
        .json_body(&raw_body, true, Some(4usize));
    if !errors.is_empty() {
        return errors.into_response_as("application/json");
    }
    let (Some(bytes_param), Some(body)) = (bytes_param, body) else {
        return errors.into_response_as("application/json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::bytes_post2(&*served.api, ctx, bytes_param, body);
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "bytes_post", method = "POST", path =
        "/op180/{bytes}", status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
