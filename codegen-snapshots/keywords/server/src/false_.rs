//! Handlers, parameter structs and response enums of the operations with this module's tag.
/// Query, header and cookie parameters of `false`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct FalseParams {
    pub false2: ::std::option::Option<::std::string::String>,
    pub false3: ::std::option::Option<::std::string::String>,
    pub false4: ::std::option::Option<::std::string::String>,
}
/// Headers of the Ok response of `false`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct FalseOkHeaders {
    pub r#false: ::std::option::Option<::std::string::String>,
}
/// Responses of `false`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum FalseResponse {
    /// ok
    Ok { body: super::types::Everything, headers: FalseOkHeaders },
    /// error
    Default { status: u16, body: super::types::Error },
}
impl ::axum::response::IntoResponse for FalseResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok { body, headers } => {
                let mut response = super::runtime::json_response_as(
                    200u16,
                    "application/json",
                    &body,
                );
                super::runtime::set_header(&mut response, "false", &headers.r#false);
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
/// axum handler for `GET` "/op8/{false}".
#[allow(unused_variables, unused_mut)]
pub async fn r#false<A: super::Api>(
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
    let alternatives: &[&[usize]] = &[&[8usize]];
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
    let principal = match served.auth.authenticate_dyn("false", &credentials).await {
        Ok(p) => Some(p),
        Err(e) => return super::refused(e, alternatives, "application/problem+json"),
    };
    let decoded_path: ::std::vec::Vec<&str> = raw_path.iter().map(|(_, v)| v).collect();
    let path_values = super::runtime::path_values(
        "/op8/{false}",
        uri.path(),
        &decoded_path,
    );
    let r#false: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "false", "simple", false);
    let false2: ::std::option::Option<::std::string::String> = errors
        .query(&pairs, "false", "form", true, false);
    let false3: ::std::option::Option<::std::string::String> = errors
        .header(&headers, "false", false);
    let false4: ::std::option::Option<::std::string::String> = errors
        .cookie(&headers, "false", false);
    if let Some(v) = &r#false {
        errors.check_param("path", "false", v, 57usize);
    }
    if let Some(v) = &false2 {
        errors.check_param("query", "false", v, 58usize);
    }
    if let Some(v) = &false3 {
        errors.check_param("header", "false", v, 59usize);
    }
    if let Some(v) = &false4 {
        errors.check_param("cookie", "false", v, 60usize);
    }
    if !errors.is_empty() {
        return errors.into_response_as("application/problem+json");
    }
    let (Some(r#false),) = (r#false,) else {
        return errors.into_response_as("application/problem+json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::r#false(
        &*served.api,
        ctx,
        r#false,
        FalseParams {
            false2,
            false3,
            false4,
        },
    );
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "false", method = "GET", path = "/op8/{false}",
        status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
/// Responses of `false_post`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum FalsePostResponse {
    /// made
    Created(super::types::Untagged),
}
impl ::axum::response::IntoResponse for FalsePostResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Created(body) => {
                super::runtime::json_response_as(201u16, "application/json", &body)
            }
        }
    }
}
/// axum handler for `POST` "/op8/{false}".
#[allow(unused_variables, unused_mut)]
pub async fn false_post<A: super::Api>(
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
        "/op8/{false}",
        uri.path(),
        &decoded_path,
    );
    let r#false: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "false", "simple", false);
    if let Some(v) = &r#false {
        errors.check_param("path", "false", v, 57usize);
    }
    let body: ::std::option::Option<super::types::Union2> = errors
        .json_body(&raw_body, true, Some(4usize));
    if !errors.is_empty() {
        return errors.into_response_as("application/json");
    }
    let (Some(r#false), Some(body)) = (r#false, body) else {
        return errors.into_response_as("application/json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::false_post(&*served.api, ctx, r#false, body);
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "false_post", method = "POST", path =
        "/op8/{false}", status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
