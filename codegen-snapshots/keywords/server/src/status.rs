//! Handlers, parameter structs and response enums of the operations with this module's tag.
/// Query, header and cookie parameters of `status`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct StatusParams {
    pub status2: ::std::option::Option<::std::string::String>,
    pub status3: ::std::option::Option<::std::string::String>,
    pub status4: ::std::option::Option<::std::string::String>,
}
/// Headers of the Ok response of `status`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct StatusOkHeaders {
    pub status: ::std::option::Option<::std::string::String>,
}
/// Responses of `status`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum StatusResponse {
    /// ok
    Ok { body: super::types::Everything, headers: StatusOkHeaders },
    /// error
    Default { status: u16, body: super::types::Error },
}
impl ::axum::response::IntoResponse for StatusResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok { body, headers } => {
                let mut response = super::runtime::json_response_as(
                    200u16,
                    "application/json",
                    &body,
                );
                super::runtime::set_header(&mut response, "status", &headers.status);
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
/// axum handler for `GET` "/op199/{status}".
#[allow(unused_variables, unused_mut)]
pub async fn status<A: super::Api>(
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
    let alternatives: &[&[usize]] = &[&[199usize]];
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
    let principal = match served.auth.authenticate_dyn("status", &credentials).await {
        Ok(p) => Some(p),
        Err(e) => return super::refused(e, alternatives, "application/problem+json"),
    };
    let decoded_path: ::std::vec::Vec<&str> = raw_path.iter().map(|(_, v)| v).collect();
    let path_values = super::runtime::path_values(
        "/op199/{status}",
        uri.path(),
        &decoded_path,
    );
    let status_param: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "status", "simple", false);
    let status2: ::std::option::Option<::std::string::String> = errors
        .query(&pairs, "status", "form", true, false);
    let status3: ::std::option::Option<::std::string::String> = errors
        .header(&headers, "status", false);
    let status4: ::std::option::Option<::std::string::String> = errors
        .cookie(&headers, "status", false);
    if let Some(v) = &status_param {
        errors.check_param("path", "status", v, 821usize);
    }
    if let Some(v) = &status2 {
        errors.check_param("query", "status", v, 822usize);
    }
    if let Some(v) = &status3 {
        errors.check_param("header", "status", v, 823usize);
    }
    if let Some(v) = &status4 {
        errors.check_param("cookie", "status", v, 824usize);
    }
    if !errors.is_empty() {
        return errors.into_response_as("application/problem+json");
    }
    let (Some(status_param),) = (status_param,) else {
        return errors.into_response_as("application/problem+json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::status(
        &*served.api,
        ctx,
        status_param,
        StatusParams {
            status2,
            status3,
            status4,
        },
    );
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "status", method = "GET", path =
        "/op199/{status}", status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
/// Responses of `status_post`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum StatusPostResponse {
    /// made
    Created(super::types::Untagged),
}
impl ::axum::response::IntoResponse for StatusPostResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Created(body) => {
                super::runtime::json_response_as(201u16, "application/json", &body)
            }
        }
    }
}
/// axum handler for `POST` "/op199/{status}".
#[allow(unused_variables, unused_mut)]
pub async fn status_post<A: super::Api>(
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
        "/op199/{status}",
        uri.path(),
        &decoded_path,
    );
    let status_param: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "status", "simple", false);
    if let Some(v) = &status_param {
        errors.check_param("path", "status", v, 821usize);
    }
    let body: ::std::option::Option<super::types::Union2> = errors
        .json_body(&raw_body, false, Some(4usize));
    if !errors.is_empty() {
        return errors.into_response_as("application/json");
    }
    let (Some(status_param),) = (status_param,) else {
        return errors.into_response_as("application/json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::status_post(&*served.api, ctx, status_param, body);
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "status_post", method = "POST", path =
        "/op199/{status}", status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
