//! Handlers, parameter structs and response enums of the operations with this module's tag.
/// Query, header and cookie parameters of `let`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct LetParams {
    pub let2: ::std::option::Option<::std::string::String>,
    pub let3: ::std::option::Option<::std::string::String>,
    pub let4: ::std::option::Option<::std::string::String>,
}
/// Headers of the Ok response of `let`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct LetOkHeaders {
    pub r#let: ::std::option::Option<::std::string::String>,
}
/// Responses of `let`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum LetResponse {
    /// ok
    Ok { body: super::types::Everything, headers: LetOkHeaders },
    /// error
    Default { status: u16, body: super::types::Error },
}
impl ::axum::response::IntoResponse for LetResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok { body, headers } => {
                let mut response = super::runtime::json_response_as(
                    200u16,
                    "application/json",
                    &body,
                );
                super::runtime::set_header(&mut response, "let", &headers.r#let);
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
/// axum handler for `GET` "/op14/{let}".
#[allow(unused_variables, unused_mut)]
pub async fn r#let<A: super::Api>(
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
    let alternatives: &[&[usize]] = &[&[14usize]];
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
    let principal = match served.auth.authenticate_dyn("let", &credentials).await {
        Ok(p) => Some(p),
        Err(e) => return super::refused(e, alternatives, "application/problem+json"),
    };
    let decoded_path: ::std::vec::Vec<&str> = raw_path.iter().map(|(_, v)| v).collect();
    let path_values = super::runtime::path_values(
        "/op14/{let}",
        uri.path(),
        &decoded_path,
    );
    let r#let: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "let", "simple", false);
    let let2: ::std::option::Option<::std::string::String> = errors
        .query(&pairs, "let", "form", true, false);
    let let3: ::std::option::Option<::std::string::String> = errors
        .header(&headers, "let", false);
    let let4: ::std::option::Option<::std::string::String> = errors
        .cookie(&headers, "let", false);
    if let Some(v) = &r#let {
        errors.check_param("path", "let", v, 81usize);
    }
    if let Some(v) = &let2 {
        errors.check_param("query", "let", v, 82usize);
    }
    if let Some(v) = &let3 {
        errors.check_param("header", "let", v, 83usize);
    }
    if let Some(v) = &let4 {
        errors.check_param("cookie", "let", v, 84usize);
    }
    if !errors.is_empty() {
        return errors.into_response_as("application/problem+json");
    }
    let (Some(r#let),) = (r#let,) else {
        return errors.into_response_as("application/problem+json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::r#let(
        &*served.api,
        ctx,
        r#let,
        LetParams { let2, let3, let4 },
    );
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "let", method = "GET", path = "/op14/{let}",
        status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
/// Responses of `let_post`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum LetPostResponse {
    /// made
    Created(super::types::Untagged),
}
impl ::axum::response::IntoResponse for LetPostResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Created(body) => {
                super::runtime::json_response_as(201u16, "application/json", &body)
            }
        }
    }
}
/// axum handler for `POST` "/op14/{let}".
#[allow(unused_variables, unused_mut)]
pub async fn let_post<A: super::Api>(
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
        "/op14/{let}",
        uri.path(),
        &decoded_path,
    );
    let r#let: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "let", "simple", false);
    if let Some(v) = &r#let {
        errors.check_param("path", "let", v, 81usize);
    }
    let body: ::std::option::Option<super::types::Union2> = errors
        .json_body(&raw_body, true, Some(4usize));
    if !errors.is_empty() {
        return errors.into_response_as("application/json");
    }
    let (Some(r#let), Some(body)) = (r#let, body) else {
        return errors.into_response_as("application/json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::let_post(&*served.api, ctx, r#let, body);
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "let_post", method = "POST", path = "/op14/{let}",
        status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
