//! Handlers, parameter structs and response enums of the operations with this module's tag.
/// Query, header and cookie parameters of `if`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct IfParams {
    pub if2: ::std::option::Option<::std::string::String>,
    pub if3: ::std::option::Option<::std::string::String>,
    pub if4: ::std::option::Option<::std::string::String>,
}
/// Headers of the Ok response of `if`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct IfOkHeaders {
    pub r#if: ::std::option::Option<::std::string::String>,
}
/// Responses of `if`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum IfResponse {
    /// ok
    Ok { body: super::types::Everything, headers: IfOkHeaders },
    /// error
    Default { status: u16, body: super::types::Error },
}
impl ::axum::response::IntoResponse for IfResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok { body, headers } => {
                let mut response = super::runtime::json_response_as(
                    200u16,
                    "application/json",
                    &body,
                );
                super::runtime::set_header(&mut response, "if", &headers.r#if);
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
/// axum handler for `GET` "/op11/{if}".
#[allow(unused_variables, unused_mut)]
pub async fn r#if<A: super::Api>(
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
    let alternatives: &[&[usize]] = &[&[11usize]];
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
    let principal = match served.auth.authenticate_dyn("if", &credentials).await {
        Ok(p) => Some(p),
        Err(e) => return super::refused(e, alternatives, "application/problem+json"),
    };
    let decoded_path: ::std::vec::Vec<&str> = raw_path.iter().map(|(_, v)| v).collect();
    let path_values = super::runtime::path_values(
        "/op11/{if}",
        uri.path(),
        &decoded_path,
    );
    let r#if: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "if", "simple", false);
    let if2: ::std::option::Option<::std::string::String> = errors
        .query(&pairs, "if", "form", true, false);
    let if3: ::std::option::Option<::std::string::String> = errors
        .header(&headers, "if", false);
    let if4: ::std::option::Option<::std::string::String> = errors
        .cookie(&headers, "if", false);
    if let Some(v) = &r#if {
        errors.check_param("path", "if", v, 69usize);
    }
    if let Some(v) = &if2 {
        errors.check_param("query", "if", v, 70usize);
    }
    if let Some(v) = &if3 {
        errors.check_param("header", "if", v, 71usize);
    }
    if let Some(v) = &if4 {
        errors.check_param("cookie", "if", v, 72usize);
    }
    if !errors.is_empty() {
        return errors.into_response_as("application/problem+json");
    }
    let (Some(r#if),) = (r#if,) else {
        return errors.into_response_as("application/problem+json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::r#if(
        &*served.api,
        ctx,
        r#if,
        IfParams { if2, if3, if4 },
    );
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "if", method = "GET", path = "/op11/{if}", status
        = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
/// Responses of `if_post`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum IfPostResponse {
    /// made
    Created(super::types::Untagged),
}
impl ::axum::response::IntoResponse for IfPostResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Created(body) => {
                super::runtime::json_response_as(201u16, "application/json", &body)
            }
        }
    }
}
/// axum handler for `POST` "/op11/{if}".
#[allow(unused_variables, unused_mut)]
pub async fn if_post<A: super::Api>(
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
        "/op11/{if}",
        uri.path(),
        &decoded_path,
    );
    let r#if: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "if", "simple", false);
    if let Some(v) = &r#if {
        errors.check_param("path", "if", v, 69usize);
    }
    let body: ::std::option::Option<super::types::Union2> = errors
        .json_body(&raw_body, false, Some(4usize));
    if !errors.is_empty() {
        return errors.into_response_as("application/json");
    }
    let (Some(r#if),) = (r#if,) else {
        return errors.into_response_as("application/json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::if_post(&*served.api, ctx, r#if, body);
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "if_post", method = "POST", path = "/op11/{if}",
        status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
