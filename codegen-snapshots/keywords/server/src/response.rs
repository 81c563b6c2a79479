//! Handlers, parameter structs and response enums of the operations with this module's tag.
/// Query, header and cookie parameters of `response`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ResponseParams {
    pub response2: ::std::option::Option<::std::string::String>,
    pub response3: ::std::option::Option<::std::string::String>,
    pub response4: ::std::option::Option<::std::string::String>,
}
/// Headers of the Ok response of `response`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ResponseOkHeaders {
    pub response: ::std::option::Option<::std::string::String>,
}
/// Responses of `response`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum ResponseResponse {
    /// ok
    Ok { body: super::types::Everything, headers: ResponseOkHeaders },
    /// error
    Default { status: u16, body: super::types::Error },
}
impl ::axum::response::IntoResponse for ResponseResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok { body, headers } => {
                let mut response = super::runtime::json_response_as(
                    200u16,
                    "application/json",
                    &body,
                );
                super::runtime::set_header(&mut response, "Response", &headers.response);
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
/// axum handler for `GET` "/op147/{Response}".
#[allow(unused_variables, unused_mut)]
pub async fn response<A: super::Api>(
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
    let alternatives: &[&[usize]] = &[&[147usize]];
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
    let principal = match served.auth.authenticate_dyn("response", &credentials).await {
        Ok(p) => Some(p),
        Err(e) => return super::refused(e, alternatives, "application/problem+json"),
    };
    let decoded_path: ::std::vec::Vec<&str> = raw_path.iter().map(|(_, v)| v).collect();
    let path_values = super::runtime::path_values(
        "/op147/{Response}",
        uri.path(),
        &decoded_path,
    );
    let response_param: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "Response", "simple", false);
    let response2: ::std::option::Option<::std::string::String> = errors
        .query(&pairs, "Response", "form", true, false);
    let response3: ::std::option::Option<::std::string::String> = errors
        .header(&headers, "Response", false);
    let response4: ::std::option::Option<::std::string::String> = errors
        .cookie(&headers, "Response", false);
    if let Some(v) = &response_param {
        errors.check_param("path", "Response", v, 613usize);
    }
    if let Some(v) = &response2 {
        errors.check_param("query", "Response", v, 614usize);
    }
    if let Some(v) = &response3 {
        errors.check_param("header", "Response", v, 615usize);
    }
    if let Some(v) = &response4 {
        errors.check_param("cookie", "Response", v, 616usize);
    }
    if !errors.is_empty() {
        return errors.into_response_as("application/problem+json");
    }
    let (Some(response_param),) = (response_param,) else {
        return errors.into_response_as("application/problem+json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::response(
        &*served.api,
        ctx,
        response_param,
        ResponseParams {
            response2,
            response3,
            response4,
        },
    );
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "Response", method = "GET", path =
        "/op147/{Response}", status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
/// Responses of `response_post`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum ResponsePostResponse {
    /// made
    Created(super::types::Untagged),
}
impl ::axum::response::IntoResponse for ResponsePostResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Created(body) => {
                super::runtime::json_response_as(201u16, "application/json", &body)
            }
        }
    }
}
/// axum handler for `POST` "/op147/{Response}".
#[allow(unused_variables, unused_mut)]
pub async fn response_post<A: super::Api>(
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
        "/op147/{Response}",
        uri.path(),
        &decoded_path,
    );
    let response_param: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "Response", "simple", false);
    if let Some(v) = &response_param {
        errors.check_param("path", "Response", v, 613usize);
    }
    let body: ::std::option::Option<super::types::Union2> = errors
        .json_body(&raw_body, false, Some(4usize));
    if !errors.is_empty() {
        return errors.into_response_as("application/json");
    }
    let (Some(response_param),) = (response_param,) else {
        return errors.into_response_as("application/json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::response_post(
        &*served.api,
        ctx,
        response_param,
        body,
    );
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "Response_post", method = "POST", path =
        "/op147/{Response}", status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
