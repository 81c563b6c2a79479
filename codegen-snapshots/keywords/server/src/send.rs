//! Handlers, parameter structs and response enums of the operations with this module's tag.
/// Query, header and cookie parameters of `send`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SendParams {
    pub send2: ::std::option::Option<::std::string::String>,
    pub send3: ::std::option::Option<::std::string::String>,
    pub send4: ::std::option::Option<::std::string::String>,
}
/// Headers of the Ok response of `send`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SendOkHeaders {
    pub send: ::std::option::Option<::std::string::String>,
}
/// Responses of `send`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum SendResponse {
    /// ok
    Ok { body: super::types::Everything, headers: SendOkHeaders },
    /// error
    Default { status: u16, body: super::types::Error },
}
impl ::axum::response::IntoResponse for SendResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok { body, headers } => {
                let mut response = super::runtime::json_response_as(
                    200u16,
                    "application/json",
                    &body,
                );
                super::runtime::set_header(&mut response, "Send", &headers.send);
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
/// axum handler for `GET` "/op114/{Send}".
#[allow(unused_variables, unused_mut)]
pub async fn send<A: super::Api>(
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
    let alternatives: &[&[usize]] = &[&[114usize]];
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
    let principal = match served.auth.authenticate_dyn("send", &credentials).await {
        Ok(p) => Some(p),
        Err(e) => return super::refused(e, alternatives, "application/problem+json"),
    };
    let decoded_path: ::std::vec::Vec<&str> = raw_path.iter().map(|(_, v)| v).collect();
    let path_values = super::runtime::path_values(
        "/op114/{Send}",
        uri.path(),
        &decoded_path,
    );
    let send: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "Send", "simple", false);
    let send2: ::std::option::Option<::std::string::String> = errors
        .query(&pairs, "Send", "form", true, false);
    let send3: ::std::option::Option<::std::string::String> = errors
        .header(&headers, "Send", false);
    let send4: ::std::option::Option<::std::string::String> = errors
        .cookie(&headers, "Send", false);
    if let Some(v) = &send {
        errors.check_param("path", "Send", v, 481usize);
    }
    if let Some(v) = &send2 {
        errors.check_param("query", "Send", v, 482usize);
    }
    if let Some(v) = &send3 {
        errors.check_param("header", "Send", v, 483usize);
    }
    if let Some(v) = &send4 {
        errors.check_param("cookie", "Send", v, 484usize);
    }
    if !errors.is_empty() {
        return errors.into_response_as("application/problem+json");
    }
    let (Some(send),) = (send,) else {
        return errors.into_response_as("application/problem+json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::send(
        &*served.api,
        ctx,
        send,
        SendParams { send2, send3, send4 },
    );
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "Send", method = "GET", path = "/op114/{Send}",
        status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
/// Responses of `send_post`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum SendPostResponse {
    /// made
    Created(super::types::Untagged),
}
impl ::axum::response::IntoResponse for SendPostResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Created(body) => {
                super::runtime::json_response_as(201u16, "application/json", &body)
            }
        }
    }
}
/// axum handler for `POST` "/op114/{Send}".
#[allow(unused_variables, unused_mut)]
pub async fn send_post<A: super::Api>(
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
        "/op114/{Send}",
        uri.path(),
        &decoded_path,
    );
    let send: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "Send", "simple", false);
    if let Some(v) = &send {
        errors.check_param("path", "Send", v, 481usize);
    }
    let body: ::std::option::Option<super::types::Union2> = errors
        .json_body(&raw_body, true, Some(4usize));
    if !errors.is_empty() {
        return errors.into_response_as("application/json");
    }
    let (Some(send), Some(body)) = (send, body) else {
        return errors.into_response_as("application/json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::send_post(&*served.api, ctx, send, body);
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "Send_post", method = "POST", path =
        "/op114/{Send}", status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
