//! Handlers, parameter structs and response enums of the operations with this module's tag.
/// Query, header and cookie parameters of `use`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct UseParams {
    pub use2: ::std::option::Option<::std::string::String>,
    pub use3: ::std::option::Option<::std::string::String>,
    pub use4: ::std::option::Option<::std::string::String>,
}
/// Headers of the Ok response of `use`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct UseOkHeaders {
    pub r#use: ::std::option::Option<::std::string::String>,
}
/// Responses of `use`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum UseResponse {
    /// ok
    Ok { body: super::types::Everything, headers: UseOkHeaders },
    /// error
    Default { status: u16, body: super::types::Error },
}
impl ::axum::response::IntoResponse for UseResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok { body, headers } => {
                let mut response = super::runtime::json_response_as(
                    200u16,
                    "application/json",
                    &body,
                );
                super::runtime::set_header(&mut response, "use", &headers.r#use);
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
/// axum handler for `GET` "/op32/{use}".
#[allow(unused_variables, unused_mut)]
pub async fn r#use<A: super::Api>(
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
    let alternatives: &[&[usize]] = &[&[32usize]];
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
    let principal = match served.auth.authenticate_dyn("use", &credentials).await {
        Ok(p) => Some(p),
        Err(e) => return super::refused(e, alternatives, "application/problem+json"),
    };
    let decoded_path: ::std::vec::Vec<&str> = raw_path.iter().map(|(_, v)| v).collect();
    let path_values = super::runtime::path_values(
        "/op32/{use}",
        uri.path(),
        &decoded_path,
    );
    let r#use: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "use", "simple", false);
    let use2: ::std::option::Option<::std::string::String> = errors
        .query(&pairs, "use", "form", true, false);
    let use3: ::std::option::Option<::std::string::String> = errors
        .header(&headers, "use", false);
    let use4: ::std::option::Option<::std::string::String> = errors
        .cookie(&headers, "use", false);
    if let Some(v) = &r#use {
        errors.check_param("path", "use", v, 153usize);
    }
    if let Some(v) = &use2 {
        errors.check_param("query", "use", v, 154usize);
    }
    if let Some(v) = &use3 {
        errors.check_param("header", "use", v, 155usize);
    }
    if let Some(v) = &use4 {
        errors.check_param("cookie", "use", v, 156usize);
    }
    if !errors.is_empty() {
        return errors.into_response_as("application/problem+json");
    }
    let (Some(r#use),) = (r#use,) else {
        return errors.into_response_as("application/problem+json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::r#use(
        &*served.api,
        ctx,
        r#use,
        UseParams { use2, use3, use4 },
    );
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "use", method = "GET", path = "/op32/{use}",
        status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
/// Responses of `use_post`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum UsePostResponse {
    /// made
    Created(super::types::Untagged),
}
impl ::axum::response::IntoResponse for UsePostResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Created(body) => {
                super::runtime::json_response_as(201u16, "application/json", &body)
            }
        }
    }
}
/// axum handler for `POST` "/op32/{use}".
#[allow(unused_variables, unused_mut)]
pub async fn use_post<A: super::Api>(
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
        "/op32/{use}",
        uri.path(),
        &decoded_path,
    );
    let r#use: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "use", "simple", false);
    if let Some(v) = &r#use {
        errors.check_param("path", "use", v, 153usize);
    }
    let body: ::std::option::Option<super::types::Union2> = errors
        .json_body(&raw_body, true, Some(4usize));
    if !errors.is_empty() {
        return errors.into_response_as("application/json");
    }
    let (Some(r#use), Some(body)) = (r#use, body) else {
        return errors.into_response_as("application/json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::use_post(&*served.api, ctx, r#use, body);
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "use_post", method = "POST", path = "/op32/{use}",
        status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
