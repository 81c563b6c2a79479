//! Handlers, parameter structs and response enums of the operations with this module's tag.
/// Query, header and cookie parameters of `raw`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RawParams {
    pub raw2: ::std::option::Option<::std::string::String>,
    pub raw3: ::std::option::Option<::std::string::String>,
    pub raw4: ::std::option::Option<::std::string::String>,
}
/// Headers of the Ok response of `raw`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RawOkHeaders {
    pub raw: ::std::option::Option<::std::string::String>,
}
/// Responses of `raw`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum RawResponse {
    /// ok
    Ok { body: super::types::Everything, headers: RawOkHeaders },
    /// error
    Default { status: u16, body: super::types::Error },
}
impl ::axum::response::IntoResponse for RawResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok { body, headers } => {
                let mut response = super::runtime::json_response_as(
                    200u16,
                    "application/json",
                    &body,
                );
                super::runtime::set_header(&mut response, "raw", &headers.raw);
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
/// axum handler for `GET` "/op54/{raw}".
#[allow(unused_variables, unused_mut)]
pub async fn raw<A: super::Api>(
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
    let alternatives: &[&[usize]] = &[&[54usize]];
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
    let principal = match served.auth.authenticate_dyn("raw", &credentials).await {
        Ok(p) => Some(p),
        Err(e) => return super::refused(e, alternatives, "application/problem+json"),
    };
    let decoded_path: ::std::vec::Vec<&str> = raw_path.iter().map(|(_, v)| v).collect();
    let path_values = super::runtime::path_values(
        "/op54/{raw}",
        uri.path(),
        &decoded_path,
    );
    let raw: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "raw", "simple", false);
    let raw2: ::std::option::Option<::std::string::String> = errors
        .query(&pairs, "raw", "form", true, false);
    let raw3: ::std::option::Option<::std::string::String> = errors
        .header(&headers, "raw", false);
    let raw4: ::std::option::Option<::std::string::String> = errors
        .cookie(&headers, "raw", false);
    if let Some(v) = &raw {
        errors.check_param("path", "raw", v, 241usize);
    }
    if let Some(v) = &raw2 {
        errors.check_param("query", "raw", v, 242usize);
    }
    if let Some(v) = &raw3 {
        errors.check_param("header", "raw", v, 243usize);
    }
    if let Some(v) = &raw4 {
        errors.check_param("cookie", "raw", v, 244usize);
    }
    if !errors.is_empty() {
        return errors.into_response_as("application/problem+json");
    }
    let (Some(raw),) = (raw,) else {
        return errors.into_response_as("application/problem+json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::raw(
        &*served.api,
        ctx,
        raw,
        RawParams { raw2, raw3, raw4 },
    );
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "raw", method = "GET", path = "/op54/{raw}",
        status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
/// Responses of `raw_post`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum RawPostResponse {
    /// made
    Created(super::types::Untagged),
}
impl ::axum::response::IntoResponse for RawPostResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Created(body) => {
                super::runtime::json_response_as(201u16, "application/json", &body)
            }
        }
    }
}
/// axum handler for `POST` "/op54/{raw}".
#[allow(unused_variables, unused_mut)]
pub async fn raw_post<A: super::Api>(
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
        "/op54/{raw}",
        uri.path(),
        &decoded_path,
    );
    let raw: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "raw", "simple", false);
    if let Some(v) = &raw {
        errors.check_param("path", "raw", v, 241usize);
    }
    let body: ::std::option::Option<super::types::Union2> = errors
        .json_body(&raw_body, true, Some(4usize));
    if !errors.is_empty() {
        return errors.into_response_as("application/json");
    }
    let (Some(raw), Some(body)) = (raw, body) else {
        return errors.into_response_as("application/json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::raw_post(&*served.api, ctx, raw, body);
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "raw_post", method = "POST", path = "/op54/{raw}",
        status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
