//! Handlers, parameter structs and response enums of the operations with this module's tag.
/// Query, header and cookie parameters of `req`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ReqParams {
    pub req3: ::std::option::Option<::std::string::String>,
    pub req4: ::std::option::Option<::std::string::String>,
    pub req5: ::std::option::Option<::std::string::String>,
}
/// Headers of the Ok response of `req`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ReqOkHeaders {
    pub req: ::std::option::Option<::std::string::String>,
}
/// Responses of `req`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum ReqResponse {
    /// ok
    Ok { body: super::types::Everything, headers: ReqOkHeaders },
    /// error
    Default { status: u16, body: super::types::Error },
}
impl ::axum::response::IntoResponse for ReqResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok { body, headers } => {
                let mut response = super::runtime::json_response_as(
                    200u16,
                    "application/json",
                    &body,
                );
                super::runtime::set_header(&mut response, "req", &headers.req);
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
/// axum handler for `GET` "/op188/{req}".
#[allow(unused_variables, unused_mut)]
pub async fn req<A: super::Api>(
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
    let alternatives: &[&[usize]] = &[&[188usize]];
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
    let principal = match served.auth.authenticate_dyn("req", &credentials).await {
        Ok(p) => Some(p),
        Err(e) => return super::refused(e, alternatives, "application/problem+json"),
    };
    let decoded_path: ::std::vec::Vec<&str> = raw_path.iter().map(|(_, v)| v).collect();
    let path_values = super::runtime::path_values(
        "/op188/{req}",
        uri.path(),
        &decoded_path,
    );
    let req2: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "req", "simple", false);
    let req3: ::std::option::Option<::std::string::String> = errors
        .query(&pairs, "req", "form", true, false);
    let req4: ::std::option::Option<::std::string::String> = errors
        .header(&headers, "req", false);
    let req5: ::std::option::Option<::std::string::String> = errors
        .cookie(&headers, "req", false);
    if let Some(v) = &req2 {
        errors.check_param("path", "req", v, 777usize);
    }
    if let Some(v) = &req3 {
        errors.check_param("query", "req", v, 778usize);
    }
    if let Some(v) = &req4 {
        errors.check_param("header", "req", v, 779usize);
    }
    if let Some(v) = &req5 {
        errors.check_param("cookie", "req", v, 780usize);
    }
    if !errors.is_empty() {
        return errors.into_response_as("application/problem+json");
    }
    let (Some(req2),) = (req2,) else {
        return errors.into_response_as("application/problem+json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::req(
        &*served.api,
        ctx,
        req2,
        ReqParams { req3, req4, req5 },
    );
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "req", method = "GET", path = "/op188/{req}",
        status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
/// Responses of `req_post`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum ReqPostResponse {
    /// made
    Created(super::types::Untagged),
}
impl ::axum::response::IntoResponse for ReqPostResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Created(body) => {
                super::runtime::json_response_as(201u16, "application/json", &body)
            }
        }
    }
}
/// axum handler for `POST` "/op188/{req}".
#[allow(unused_variables, unused_mut)]
pub async fn req_post<A: super::Api>(
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
        "/op188/{req}",
        uri.path(),
        &decoded_path,
    );
    let req2: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "req", "simple", false);
    if let Some(v) = &req2 {
        errors.check_param("path", "req", v, 777usize);
    }
    let body: ::std::option::Option<super::types::Union2> = errors
        .json_body(&raw_body, true, Some(4usize));
    if !errors.is_empty() {
        return errors.into_response_as("application/json");
    }
    let (Some(req2), Some(body)) = (req2, body) else {
        return errors.into_response_as("application/json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::req_post(&*served.api, ctx, req2, body);
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "req_post", method = "POST", path =
        "/op188/{req}", status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
