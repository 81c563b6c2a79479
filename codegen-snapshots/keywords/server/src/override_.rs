//! Handlers, parameter structs and response enums of the operations with this module's tag.
/// Query, header and cookie parameters of `override`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct OverrideParams {
    pub override2: ::std::option::Option<::std::string::String>,
    pub override3: ::std::option::Option<::std::string::String>,
    pub override4: ::std::option::Option<::std::string::String>,
}
/// Headers of the Ok response of `override`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct OverrideOkHeaders {
    pub r#override: ::std::option::Option<::std::string::String>,
}
/// Responses of `override`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum OverrideResponse {
    /// ok
    Ok { body: super::types::Everything, headers: OverrideOkHeaders },
    /// error
    Default { status: u16, body: super::types::Error },
}
impl ::axum::response::IntoResponse for OverrideResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok { body, headers } => {
                let mut response = super::runtime::json_response_as(
                    200u16,
                    "application/json",
                    &body,
                );
                super::runtime::set_header(
                    &mut response,
                    "override",
                    &headers.r#override,
                );
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
/// axum handler for `GET` "/op44/{override}".
#[allow(unused_variables, unused_mut)]
pub async fn r#override<A: super::Api>(
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
    let alternatives: &[&[usize]] = &[&[44usize]];
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
    let principal = match served.auth.authenticate_dyn("override", &credentials).await {
        Ok(p) => Some(p),
        Err(e) => return super::refused(e, alternatives, "application/problem+json"),
    };
    let decoded_path: ::std::vec::Vec<&str> = raw_path.iter().map(|(_, v)| v).collect();
    let path_values = super::runtime::path_values(
        "/op44/{override}",
        uri.path(),
        &decoded_path,
    );
    let r#override: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "override", "simple", false);
    let override2: ::std::option::Option<::std::string::String> = errors
        .query(&pairs, "override", "form", true, false);
    let override3: ::std::option::Option<::std::string::String> = errors
        .header(&headers, "override", false);
    let override4: ::std::option::Option<::std::string::String> = errors
        .cookie(&headers, "override", false);
    if let Some(v) = &r#override {
        errors.check_param("path", "override", v, 201usize);
    }
    if let Some(v) = &override2 {
        errors.check_param("query", "override", v, 202usize);
    }
    if let Some(v) = &override3 {
        errors.check_param("header", "override", v, 203usize);
    }
    if let Some(v) = &override4 {
        errors.check_param("cookie", "override", v, 204usize);
    }
    if !errors.is_empty() {
        return errors.into_response_as("application/problem+json");
    }
    let (Some(r#override),) = (r#override,) else {
        return errors.into_response_as("application/problem+json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::r#override(
        &*served.api,
        ctx,
        r#override,
        OverrideParams {
            override2,
            override3,
            override4,
        },
    );
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "override", method = "GET", path =
        "/op44/{override}", status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
/// Responses of `override_post`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum OverridePostResponse {
    /// made
    Created(super::types::Untagged),
}
impl ::axum::response::IntoResponse for OverridePostResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Created(body) => {
                super::runtime::json_response_as(201u16, "application/json", &body)
            }
        }
    }
}
/// axum handler for `POST` "/op44/{override}".
#[allow(unused_variables, unused_mut)]
pub async fn override_post<A: super::Api>(
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
        "/op44/{override}",
        uri.path(),
        &decoded_path,
    );
    let r#override: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "override", "simple", false);
    if let Some(v) = &r#override {
        errors.check_param("path", "override", v, 201usize);
    }
    let body: ::std::option::Option<super::types::Union2> = errors
        .json_body(&raw_body, true, Some(4usize));
    if !errors.is_empty() {
        return errors.into_response_as("application/json");
    }
    let (Some(r#override), Some(body)) = (r#override, body) else {
        return errors.into_response_as("application/json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::override_post(&*served.api, ctx, r#override, body);
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "override_post", method = "POST", path =
        "/op44/{override}", status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
