//! Handlers, parameter structs and response enums of the operations with this module's tag.
/// Query, header and cookie parameters of `safe`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SafeParams {
    pub safe2: ::std::option::Option<::std::string::String>,
    pub safe3: ::std::option::Option<::std::string::String>,
    pub safe4: ::std::option::Option<::std::string::String>,
}
/// Headers of the Ok response of `safe`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SafeOkHeaders {
    pub safe: ::std::option::Option<::std::string::String>,
}
/// Responses of `safe`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum SafeResponse {
    /// ok
    Ok { body: super::types::Everything, headers: SafeOkHeaders },
    /// error
    Default { status: u16, body: super::types::Error },
}
impl ::axum::response::IntoResponse for SafeResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok { body, headers } => {
                let mut response = super::runtime::json_response_as(
                    200u16,
                    "application/json",
                    &body,
                );
                super::runtime::set_header(&mut response, "safe", &headers.safe);
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
/// axum handler for `GET` "/op55/{safe}".
#[allow(unused_variables, unused_mut)]
pub async fn safe<A: super::Api>(
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
    let alternatives: &[&[usize]] = &[&[55usize]];
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
    let principal = match served.auth.authenticate_dyn("safe", &credentials).await {
        Ok(p) => Some(p),
        Err(e) => return super::refused(e, alternatives, "application/problem+json"),
    };
    let decoded_path: ::std::vec::Vec<&str> = raw_path.iter().map(|(_, v)| v).collect();
    let path_values = super::runtime::path_values(
        "/op55/{safe}",
        uri.path(),
        &decoded_path,
    );
    let safe: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "safe", "simple", false);
    let safe2: ::std::option::Option<::std::string::String> = errors
        .query(&pairs, "safe", "form", true, false);
    let safe3: ::std::option::Option<::std::string::String> = errors
        .header(&headers, "safe", false);
    let safe4: ::std::option::Option<::std::string::String> = errors
        .cookie(&headers, "safe", false);
    if let Some(v) = &safe {
        errors.check_param("path", "safe", v, 245usize);
    }
    if let Some(v) = &safe2 {
        errors.check_param("query", "safe", v, 246usize);
    }
    if let Some(v) = &safe3 {
        errors.check_param("header", "safe", v, 247usize);
    }
    if let Some(v) = &safe4 {
        errors.check_param("cookie", "safe", v, 248usize);
    }
    if !errors.is_empty() {
        return errors.into_response_as("application/problem+json");
    }
    let (Some(safe),) = (safe,) else {
        return errors.into_response_as("application/problem+json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::safe(
        &*served.api,
        ctx,
        safe,
        SafeParams { safe2, safe3, safe4 },
    );
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "safe", method = "GET", path = "/op55/{safe}",
        status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
/// Responses of `safe_post`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum SafePostResponse {
    /// made
    Created(super::types::Untagged),
}
impl ::axum::response::IntoResponse for SafePostResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Created(body) => {
                super::runtime::json_response_as(201u16, "application/json", &body)
            }
        }
    }
}
/// axum handler for `POST` "/op55/{safe}".
#[allow(unused_variables, unused_mut)]
pub async fn safe_post<A: super::Api>(
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
        "/op55/{safe}",
        uri.path(),
        &decoded_path,
    );
    let safe: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "safe", "simple", false);
    if let Some(v) = &safe {
        errors.check_param("path", "safe", v, 245usize);
    }
    let body: ::std::option::Option<super::types::Union2> = errors
        .json_body(&raw_body, false, Some(4usize));
    if !errors.is_empty() {
        return errors.into_response_as("application/json");
    }
    let (Some(safe),) = (safe,) else {
        return errors.into_response_as("application/json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::safe_post(&*served.api, ctx, safe, body);
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "safe_post", method = "POST", path =
        "/op55/{safe}", status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
