//! Handlers, parameter structs and response enums of the operations with this module's tag.
/// Query, header and cookie parameters of `err`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ErrParams {
    pub err2: ::std::option::Option<::std::string::String>,
    pub err3: ::std::option::Option<::std::string::String>,
    pub err4: ::std::option::Option<::std::string::String>,
}
/// Headers of the Ok response of `err`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ErrOkHeaders {
    pub err: ::std::option::Option<::std::string::String>,
}
/// Responses of `err`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum ErrResponse {
    /// ok
    Ok { body: super::types::Everything, headers: ErrOkHeaders },
    /// error
    Default { status: u16, body: super::types::Error },
}
impl ::axum::response::IntoResponse for ErrResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok { body, headers } => {
                let mut response = super::runtime::json_response_as(
                    200u16,
                    "application/json",
                    &body,
                );
                super::runtime::set_header(&mut response, "Err", &headers.err);
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
/// axum handler for `GET` "/op107/{Err}".
#[allow(unused_variables, unused_mut)]
pub async fn err<A: super::Api>(
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
    let alternatives: &[&[usize]] = &[&[107usize]];
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
    let principal = match served.auth.authenticate_dyn("err", &credentials).await {
        Ok(p) => Some(p),
        Err(e) => return super::refused(e, alternatives, "application/problem+json"),
    };
    let decoded_path: ::std::vec::Vec<&str> = raw_path.iter().map(|(_, v)| v).collect();
    let path_values = super::runtime::path_values(
        "/op107/{Err}",
        uri.path(),
        &decoded_path,
    );
    let err: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "Err", "simple", false);
    let err2: ::std::option::Option<::std::string::String> = errors
        .query(&pairs, "Err", "form", true, false);
    let err3: ::std::option::Option<::std::string::String> = errors
        .header(&headers, "Err", false);
    let err4: ::std::option::Option<::std::string::String> = errors
        .cookie(&headers, "Err", false);
    if let Some(v) = &err {
        errors.check_param("path", "Err", v, 453usize);
    }
    if let Some(v) = &err2 {
        errors.check_param("query", "Err", v, 454usize);
    }
    if let Some(v) = &err3 {
        errors.check_param("header", "Err", v, 455usize);
    }
    if let Some(v) = &err4 {
        errors.check_param("cookie", "Err", v, 456usize);
    }
    if !errors.is_empty() {
        return errors.into_response_as("application/problem+json");
    }
    let (Some(err),) = (err,) else {
        return errors.into_response_as("application/problem+json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::err(
        &*served.api,
        ctx,
        err,
        ErrParams { err2, err3, err4 },
    );
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "Err", method = "GET", path = "/op107/{Err}",
        status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
/// Responses of `err_post`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum ErrPostResponse {
    /// made
    Created(super::types::Untagged),
}
impl ::axum::response::IntoResponse for ErrPostResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Created(body) => {
                super::runtime::json_response_as(201u16, "application/json", &body)
            }
        }
    }
}
/// axum handler for `POST` "/op107/{Err}".
#[allow(unused_variables, unused_mut)]
pub async fn err_post<A: super::Api>(
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
        "/op107/{Err}",
        uri.path(),
        &decoded_path,
    );
    let err: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "Err", "simple", false);
    if let Some(v) = &err {
        errors.check_param("path", "Err", v, 453usize);
    }
    let body: ::std::option::Option<super::types::Union2> = errors
        .json_body(&raw_body, false, Some(4usize));
    if !errors.is_empty() {
        return errors.into_response_as("application/json");
    }
    let (Some(err),) = (err,) else {
        return errors.into_response_as("application/json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::err_post(&*served.api, ctx, err, body);
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "Err_post", method = "POST", path =
        "/op107/{Err}", status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
