//! Handlers, parameter structs and response enums of the operations with this module's tag.
/// Query, header and cookie parameters of `request`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RequestParams {
    pub request2: ::std::option::Option<::std::string::String>,
    pub request3: ::std::option::Option<::std::string::String>,
    pub request4: ::std::option::Option<::std::string::String>,
}
/// Headers of the Ok response of `request`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RequestOkHeaders {
    pub request: ::std::option::Option<::std::string::String>,
}
/// Responses of `request`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum RequestResponse {
    /// ok
    Ok { body: super::types::Everything, headers: RequestOkHeaders },
    /// error
    Default { status: u16, body: super::types::Error },
}
impl ::axum::response::IntoResponse for RequestResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok { body, headers } => {
                let mut response = super::runtime::json_response_as(
                    200u16,
                    "application/json",
                    &body,
                );
                super::runtime::set_header(&mut response, "Request", &headers.request);
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
/// axum handler for `GET` "/op148/{Request}".
#[allow(unused_variables, unused_mut)]
pub async fn request<A: super::Api>(
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
    let alternatives: &[&[usize]] = &[&[148usize]];
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
    let principal = match served.auth.authenticate_dyn("request", &credentials).await {
        Ok(p) => Some(p),
        Err(e) => return super::refused(e, alternatives, "application/problem+json"),
    };
    let decoded_path: ::std::vec::Vec<&str> = raw_path.iter().map(|(_, v)| v).collect();
    let path_values = super::runtime::path_values(
        "/op148/{Request}",
        uri.path(),
        &decoded_path,
    );
    let request: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "Request", "simple", false);
    let request2: ::std::option::Option<::std::string::String> = errors
        .query(&pairs, "Request", "form", true, false);
    let request3: ::std::option::Option<::std::string::String> = errors
        .header(&headers, "Request", false);
    let request4: ::std::option::Option<::std::string::String> = errors
        .cookie(&headers, "Request", false);
    if let Some(v) = &request {
        errors.check_param("path", "Request", v, 617usize);
    }
    if let Some(v) = &request2 {
        errors.check_param("query", "Request", v, 618usize);
    }
    if let Some(v) = &request3 {
        errors.check_param("header", "Request", v, 619usize);
    }
    if let Some(v) = &request4 {
        errors.check_param("cookie", "Request", v, 620usize);
    }
    if !errors.is_empty() {
        return errors.into_response_as("application/problem+json");
    }
    let (Some(request),) = (request,) else {
        return errors.into_response_as("application/problem+json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::request(
        &*served.api,
        ctx,
        request,
        RequestParams {
            request2,
            request3,
            request4,
        },
    );
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "Request", method = "GET", path =
        "/op148/{Request}", status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
/// Responses of `request_post`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum RequestPostResponse {
    /// made
    Created(super::types::Untagged),
}
impl ::axum::response::IntoResponse for RequestPostResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Created(body) => {
                super::runtime::json_response_as(201u16, "application/json", &body)
            }
        }
    }
}
/// axum handler for `POST` "/op148/{Request}".
#[allow(unused_variables, unused_mut)]
pub async fn request_post<A: super::Api>(
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
        "/op148/{Request}",
        uri.path(),
        &decoded_path,
    );
    let request: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "Request", "simple", false);
    if let Some(v) = &request {
        errors.check_param("path", "Request", v, 617usize);
    }
    let body: ::std::option::Option<super::types::Union2> = errors
        .json_body(&raw_body, true, Some(4usize));
    if !errors.is_empty() {
        return errors.into_response_as("application/json");
    }
    let (Some(request), Some(body)) = (request, body) else {
        return errors.into_response_as("application/json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::request_post(&*served.api, ctx, request, body);
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "Request_post", method = "POST", path =
        "/op148/{Request}", status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
