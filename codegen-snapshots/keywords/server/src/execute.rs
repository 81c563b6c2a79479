//! Handlers, parameter structs and response enums of the operations with this module's tag.
/// Query, header and cookie parameters of `execute`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ExecuteParams {
    pub execute2: ::std::option::Option<::std::string::String>,
    pub execute3: ::std::option::Option<::std::string::String>,
    pub execute4: ::std::option::Option<::std::string::String>,
}
/// Headers of the Ok response of `execute`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ExecuteOkHeaders {
    pub execute: ::std::option::Option<::std::string::String>,
}
/// Responses of `execute`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum ExecuteResponse {
    /// ok
    Ok { body: super::types::Everything, headers: ExecuteOkHeaders },
    /// error
    Default { status: u16, body: super::types::Error },
}
impl ::axum::response::IntoResponse for ExecuteResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok { body, headers } => {
                let mut response = super::runtime::json_response_as(
                    200u16,
                    "application/json",
                    &body,
                );
                super::runtime::set_header(&mut response, "execute", &headers.execute);
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
/// axum handler for `GET` "/op194/{execute}".
#[allow(unused_variables, unused_mut)]
pub async fn execute<A: super::Api>(
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
    let alternatives: &[&[usize]] = &[&[194usize]];
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
    let principal = match served.auth.authenticate_dyn("execute", &credentials).await {
        Ok(p) => Some(p),
        Err(e) => return super::refused(e, alternatives, "application/problem+json"),
    };
    let decoded_path: ::std::vec::Vec<&str> = raw_path.iter().map(|(_, v)| v).collect();
    let path_values = super::runtime::path_values(
        "/op194/{execute}",
        uri.path(),
        &decoded_path,
    );
    let execute: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "execute", "simple", false);
    let execute2: ::std::option::Option<::std::string::String> = errors
        .query(&pairs, "execute", "form", true, false);
    let execute3: ::std::option::Option<::std::string::String> = errors
        .header(&headers, "execute", false);
    let execute4: ::std::option::Option<::std::string::String> = errors
        .cookie(&headers, "execute", false);
    if let Some(v) = &execute {
        errors.check_param("path", "execute", v, 801usize);
    }
    if let Some(v) = &execute2 {
        errors.check_param("query", "execute", v, 802usize);
    }
    if let Some(v) = &execute3 {
        errors.check_param("header", "execute", v, 803usize);
    }
    if let Some(v) = &execute4 {
        errors.check_param("cookie", "execute", v, 804usize);
    }
    if !errors.is_empty() {
        return errors.into_response_as("application/problem+json");
    }
    let (Some(execute),) = (execute,) else {
        return errors.into_response_as("application/problem+json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::execute(
        &*served.api,
        ctx,
        execute,
        ExecuteParams {
            execute2,
            execute3,
            execute4,
        },
    );
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "execute", method = "GET", path =
        "/op194/{execute}", status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
/// Responses of `execute_post`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum ExecutePostResponse {
    /// made
    Created(super::types::Untagged),
}
impl ::axum::response::IntoResponse for ExecutePostResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Created(body) => {
                super::runtime::json_response_as(201u16, "application/json", &body)
            }
        }
    }
}
/// axum handler for `POST` "/op194/{execute}".
#[allow(unused_variables, unused_mut)]
pub async fn execute_post<A: super::Api>(
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
        "/op194/{execute}",
        uri.path(),
        &decoded_path,
    );
    let execute: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "execute", "simple", false);
    if let Some(v) = &execute {
        errors.check_param("path", "execute", v, 801usize);
    }
    let body: ::std::option::Option<super::types::Union2> = errors
        .json_body(&raw_body, true, Some(4usize));
    if !errors.is_empty() {
        return errors.into_response_as("application/json");
    }
    let (Some(execute), Some(body)) = (execute, body) else {
        return errors.into_response_as("application/json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::execute_post(&*served.api, ctx, execute, body);
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "execute_post", method = "POST", path =
        "/op194/{execute}", status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
