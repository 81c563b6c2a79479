//! Handlers, parameter structs and response enums of the operations with this module's tag.
/// Query, header and cookie parameters of `loop`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct LoopParams {
    pub loop2: ::std::option::Option<::std::string::String>,
    pub loop3: ::std::option::Option<::std::string::String>,
    pub loop4: ::std::option::Option<::std::string::String>,
}
/// Headers of the Ok response of `loop`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct LoopOkHeaders {
    pub r#loop: ::std::option::Option<::std::string::String>,
}
/// Responses of `loop`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum LoopResponse {
    /// ok
    Ok { body: super::types::Everything, headers: LoopOkHeaders },
    /// error
    Default { status: u16, body: super::types::Error },
}
impl ::axum::response::IntoResponse for LoopResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok { body, headers } => {
                let mut response = super::runtime::json_response_as(
                    200u16,
                    "application/json",
                    &body,
                );
                super::runtime::set_header(&mut response, "loop", &headers.r#loop);
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
/// axum handler for `GET` "/op15/{loop}".
#[allow(unused_variables, unused_mut)]
pub async fn r#loop<A: super::Api>(
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
    let alternatives: &[&[usize]] = &[&[15usize]];
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
    let principal = match served.auth.authenticate_dyn("loop", &credentials).await {
        Ok(p) => Some(p),
        Err(e) => return super::refused(e, alternatives, "application/problem+json"),
    };
    let decoded_path: ::std::vec::Vec<&str> = raw_path.iter().map(|(_, v)| v).collect();
    let path_values = super::runtime::path_values(
        "/op15/{loop}",
        uri.path(),
        &decoded_path,
    );
    let r#loop: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "loop", "simple", false);
    let loop2: ::std::option::Option<::std::string::String> = errors
        .query(&pairs, "loop", "form", true, false);
    let loop3: ::std::option::Option<::std::string::String> = errors
        .header(&headers, "loop", false);
    let loop4: ::std::option::Option<::std::string::String> = errors
        .cookie(&headers, "loop", false);
    if let Some(v) = &r#loop {
        errors.check_param("path", "loop", v, 85usize);
    }
    if let Some(v) = &loop2 {
        errors.check_param("query", "loop", v, 86usize);
    }
    if let Some(v) = &loop3 {
        errors.check_param("header", "loop", v, 87usize);
    }
    if let Some(v) = &loop4 {
        errors.check_param("cookie", "loop", v, 88usize);
    }
    if !errors.is_empty() {
        return errors.into_response_as("application/problem+json");
    }
    let (Some(r#loop),) = (r#loop,) else {
        return errors.into_response_as("application/problem+json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::r#loop(
        &*served.api,
        ctx,
        r#loop,
        LoopParams { loop2, loop3, loop4 },
    );
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "loop", method = "GET", path = "/op15/{loop}",
        status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
/// Responses of `loop_post`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum LoopPostResponse {
    /// made
    Created(super::types::Untagged),
}
impl ::axum::response::IntoResponse for LoopPostResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Created(body) => {
                super::runtime::json_response_as(201u16, "application/json", &body)
            }
        }
    }
}
/// axum handler for `POST` "/op15/{loop}".
#[allow(unused_variables, unused_mut)]
pub async fn loop_post<A: super::Api>(
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
        "/op15/{loop}",
        uri.path(),
        &decoded_path,
    );
    let r#loop: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "loop", "simple", false);
    if let Some(v) = &r#loop {
        errors.check_param("path", "loop", v, 85usize);
    }
    let body: ::std::option::Option<super::types::Union2> = errors
        .json_body(&raw_body, false, Some(4usize));
    if !errors.is_empty() {
        return errors.into_response_as("application/json");
    }
    let (Some(r#loop),) = (r#loop,) else {
        return errors.into_response_as("application/json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::loop_post(&*served.api, ctx, r#loop, body);
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "loop_post", method = "POST", path =
        "/op15/{loop}", status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
