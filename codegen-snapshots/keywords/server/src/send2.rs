//! Handlers, parameter structs and response enums of the operations with this module's tag.
/// Query, header and cookie parameters of `send2`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Send2Params {
    pub send2: ::std::option::Option<::std::string::String>,
    pub send3: ::std::option::Option<::std::string::String>,
    pub send4: ::std::option::Option<::std::string::String>,
}
/// Headers of the Ok response of `send2`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Send2OkHeaders {
    pub send: ::std::option::Option<::std::string::String>,
}
/// Responses of `send2`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum Send2Response {
    /// ok
    Ok { body: super::types::Everything, headers: Send2OkHeaders },
    /// error
    Default { status: u16, body: super::types::Error },
}
impl ::axum::response::IntoResponse for Send2Response {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok { body, headers } => {
                let mut response = super::runtime::json_response_as(
                    200u16,
                    "application/json",
                    &body,
                );
                super::runtime::set_header(&mut response, "send", &headers.send);
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
/// axum handler for `GET` "/op193/{send}".
#[allow(unused_variables, unused_mut)]
pub async fn send2<A: super::Api>(
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
    let alternatives: &[&[usize]] = &[&[193usize]];
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
    let principal = match served.auth.authenticate_dyn("send2", &credentials).await {
        Ok(p) => Some(p),
        Err(e) => return super::refused(e, alternatives, "application/problem+json"),
    };
    let decoded_path: ::std::vec::Vec<&str> = raw_path.iter().map(|(_, v)| v).collect();
    let path_values = super::runtime::path_values(
        "/op193/{send}",
        uri.path(),
        &decoded_path,
    );
    let send: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "send", "simple", false);
    let send2: ::std::option::Option<::std::string::String> = errors
        .query(&pairs, "send", "form", true, false);
    let send3: ::std::option::Option<::std::string::String> = errors
        .header(&headers, "send", false);
    let send4: ::std::option::Option<::std::string::String> = errors
        .cookie(&headers, "send", false);
    if let Some(v) = &send {
        errors.check_param("path", "send", v, 797usize);
    }
    if let Some(v) = &send2 {
        errors.check_param("query", "send", v, 798usize);
    }
    if let Some(v) = &send3 {
        errors.check_param("header", "send", v, 799usize);
    }
    if let Some(v) = &send4 {
        errors.check_param("cookie", "send", v, 800usize);
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
    let response = <A as super::Api>::send2(
        &*served.api,
        ctx,
        send,
        Send2Params { send2, send3, send4 },
    );
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "send", method = "GET", path = "/op193/{send}",
        status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
/// Responses of `send_post2`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum SendPost2Response {
    /// made
    Created(super::types::Untagged),
}
impl ::axum::response::IntoResponse for SendPost2Response {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Created(body) => {
                super::runtime::json_response_as(201u16, "application/json", &body)
            }
        }
    }
}
/// axum handler for `POST` "/op193/{send}".
#[allow(unused_variables, unused_mut)]
pub async fn send_post2<A: super::Api>(
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
        "/op193/{send}",
        uri.path(),
        &decoded_path,
    );
    let send: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "send", "simple", false);
    if let Some(v) = &send {
        errors.check_param("path", "send", v, 797usize);
    }
    let body: ::std::option::Option<super::types::Union2> = errors
        .json_body(&raw_body, false, Some(4usize));
    if !errors.is_empty() {
        return errors.into_response_as("application/json");
    }
    let (Some(send),) = (send,) else {
        return errors.into_response_as("application/json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::send_post2(&*served.api, ctx, send, body);
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "send_post", method = "POST", path =
        "/op193/{send}", status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
