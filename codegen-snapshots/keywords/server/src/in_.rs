//! Handlers, parameter structs and response enums of the operations with this module's tag.
/// Query, header and cookie parameters of `in`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct InParams {
    pub in2: ::std::option::Option<::std::string::String>,
    pub in3: ::std::option::Option<::std::string::String>,
    pub in4: ::std::option::Option<::std::string::String>,
}
/// Headers of the Ok response of `in`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct InOkHeaders {
    pub r#in: ::std::option::Option<::std::string::String>,
}
/// Responses of `in`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum InResponse {
    /// ok
    Ok { body: super::types::Everything, headers: InOkHeaders },
    /// error
    Default { status: u16, body: super::types::Error },
}
impl ::axum::response::IntoResponse for InResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok { body, headers } => {
                let mut response = super::runtime::json_response_as(
                    200u16,
                    "application/json",
                    &body,
                );
                super::runtime::set_header(&mut response, "in", &headers.r#in);
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
/// axum handler for `GET` "/op13/{in}".
#[allow(unused_variables, unused_mut)]
pub async fn r#in<A: super::Api>(
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
    let alternatives: &[&[usize]] = &[&[13usize]];
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
    let principal = match served.auth.authenticate_dyn("in", &credentials).await {
        Ok(p) => Some(p),
        Err(e) => return super::refused(e, alternatives, "application/problem+json"),
    };
    let decoded_path: ::std::vec::Vec<&str> = raw_path.iter().map(|(_, v)| v).collect();
    let path_values = super::runtime::path_values(
        "/op13/{in}",
        uri.path(),
        &decoded_path,
    );
    let r#in: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "in", "simple", false);
    let in2: ::std::option::Option<::std::string::String> = errors
        .query(&pairs, "in", "form", true, false);
    let in3: ::std::option::Option<::std::string::String> = errors
        .header(&headers, "in", false);
    let in4: ::std::option::Option<::std::string::String> = errors
        .cookie(&headers, "in", false);
    if let Some(v) = &r#in {
        errors.check_param("path", "in", v, 77usize);
    }
    if let Some(v) = &in2 {
        errors.check_param("query", "in", v, 78usize);
    }
    if let Some(v) = &in3 {
        errors.check_param("header", "in", v, 79usize);
    }
    if let Some(v) = &in4 {
        errors.check_param("cookie", "in", v, 80usize);
    }
    if !errors.is_empty() {
        return errors.into_response_as("application/problem+json");
    }
    let (Some(r#in),) = (r#in,) else {
        return errors.into_response_as("application/problem+json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::r#in(
        &*served.api,
        ctx,
        r#in,
        InParams { in2, in3, in4 },
    );
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "in", method = "GET", path = "/op13/{in}", status
        = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
/// Responses of `in_post`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum InPostResponse {
    /// made
    Created(super::types::Untagged),
}
impl ::axum::response::IntoResponse for InPostResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Created(body) => {
                super::runtime::json_response_as(201u16, "application/json", &body)
            }
        }
    }
}
/// axum handler for `POST` "/op13/{in}".
#[allow(unused_variables, unused_mut)]
pub async fn in_post<A: super::Api>(
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
        "/op13/{in}",
        uri.path(),
        &decoded_path,
    );
    let r#in: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "in", "simple", false);
    if let Some(v) = &r#in {
        errors.check_param("path", "in", v, 77usize);
    }
    let body: ::std::option::Option<super::types::Union2> = errors
        .json_body(&raw_body, false, Some(4usize));
    if !errors.is_empty() {
        return errors.into_response_as("application/json");
    }
    let (Some(r#in),) = (r#in,) else {
        return errors.into_response_as("application/json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::in_post(&*served.api, ctx, r#in, body);
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "in_post", method = "POST", path = "/op13/{in}",
        status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
