//! Handlers, parameter structs and response enums of the operations with this module's tag.
/// Query, header and cookie parameters of `else`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ElseParams {
    pub else2: ::std::option::Option<::std::string::String>,
    pub else3: ::std::option::Option<::std::string::String>,
    pub else4: ::std::option::Option<::std::string::String>,
}
/// Headers of the Ok response of `else`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ElseOkHeaders {
    pub r#else: ::std::option::Option<::std::string::String>,
}
/// Responses of `else`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum ElseResponse {
    /// ok
    Ok { body: super::types::Everything, headers: ElseOkHeaders },
    /// error
    Default { status: u16, body: super::types::Error },
}
impl ::axum::response::IntoResponse for ElseResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok { body, headers } => {
                let mut response = super::runtime::json_response_as(
                    200u16,
                    "application/json",
                    &body,
                );
                super::runtime::set_header(&mut response, "else", &headers.r#else);
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
/// axum handler for `GET` "/op5/{else}".
#[allow(unused_variables, unused_mut)]
pub async fn r#else<A: super::Api>(
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
    let alternatives: &[&[usize]] = &[&[5usize]];
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
    let principal = match served.auth.authenticate_dyn("else", &credentials).await {
        Ok(p) => Some(p),
        Err(e) => return super::refused(e, alternatives, "application/problem+json"),
    };
    let decoded_path: ::std::vec::Vec<&str> = raw_path.iter().map(|(_, v)| v).collect();
    let path_values = super::runtime::path_values(
        "/op5/{else}",
        uri.path(),
        &decoded_path,
    );
    let r#else: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "else", "simple", false);
    let else2: ::std::option::Option<::std::string::String> = errors
        .query(&pairs, "else", "form", true, false);
    let else3: ::std::option::Option<::std::string::String> = errors
        .header(&headers, "else", false);
    let else4: ::std::option::Option<::std::string::String> = errors
        .cookie(&headers, "else", false);
    if let Some(v) = &r#else {
        errors.check_param("path", "else", v, 45usize);
    }
    if let Some(v) = &else2 {
        errors.check_param("query", "else", v, 46usize);
    }
    if let Some(v) = &else3 {
        errors.check_param("header", "else", v, 47usize);
    }
    if let Some(v) = &else4 {
        errors.check_param("cookie", "else", v, 48usize);
    }
    if !errors.is_empty() {
        return errors.into_response_as("application/problem+json");
    }
    let (Some(r#else),) = (r#else,) else {
        return errors.into_response_as("application/problem+json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::r#else(
        &*served.api,
        ctx,
        r#else,
        ElseParams { else2, else3, else4 },
    );
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "else", method = "GET", path = "/op5/{else}",
        status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
/// Responses of `else_post`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum ElsePostResponse {
    /// made
    Created(super::types::Untagged),
}
impl ::axum::response::IntoResponse for ElsePostResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Created(body) => {
                super::runtime::json_response_as(201u16, "application/json", &body)
            }
        }
    }
}
/// axum handler for `POST` "/op5/{else}".
#[allow(unused_variables, unused_mut)]
pub async fn else_post<A: super::Api>(
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
        "/op5/{else}",
        uri.path(),
        &decoded_path,
    );
    let r#else: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "else", "simple", false);
    if let Some(v) = &r#else {
        errors.check_param("path", "else", v, 45usize);
    }
    let body: ::std::option::Option<super::types::Union2> = errors
        .json_body(&raw_body, false, Some(4usize));
    if !errors.is_empty() {
        return errors.into_response_as("application/json");
    }
    let (Some(r#else),) = (r#else,) else {
        return errors.into_response_as("application/json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::else_post(&*served.api, ctx, r#else, body);
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "else_post", method = "POST", path =
        "/op5/{else}", status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
