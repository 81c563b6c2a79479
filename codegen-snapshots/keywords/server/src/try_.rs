//! Handlers, parameter structs and response enums of the operations with this module's tag.
/// Query, header and cookie parameters of `try`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TryParams {
    pub try2: ::std::option::Option<::std::string::String>,
    pub try3: ::std::option::Option<::std::string::String>,
    pub try4: ::std::option::Option<::std::string::String>,
}
/// Headers of the Ok response of `try`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TryOkHeaders {
    pub r#try: ::std::option::Option<::std::string::String>,
}
/// Responses of `try`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum TryResponse {
    /// ok
    Ok { body: super::types::Everything, headers: TryOkHeaders },
    /// error
    Default { status: u16, body: super::types::Error },
}
impl ::axum::response::IntoResponse for TryResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok { body, headers } => {
                let mut response = super::runtime::json_response_as(
                    200u16,
                    "application/json",
                    &body,
                );
                super::runtime::set_header(&mut response, "try", &headers.r#try);
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
/// axum handler for `GET` "/op50/{try}".
#[allow(unused_variables, unused_mut)]
pub async fn r#try<A: super::Api>(
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
    let alternatives: &[&[usize]] = &[&[50usize]];
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
    let principal = match served.auth.authenticate_dyn("try", &credentials).await {
        Ok(p) => Some(p),
        Err(e) => return super::refused(e, alternatives, "application/problem+json"),
    };
    let decoded_path: ::std::vec::Vec<&str> = raw_path.iter().map(|(_, v)| v).collect();
    let path_values = super::runtime::path_values(
        "/op50/{try}",
        uri.path(),
        &decoded_path,
    );
    let r#try: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "try", "simple", false);
    let try2: ::std::option::Option<::std::string::String> = errors
        .query(&pairs, "try", "form", true, false);
    let try3: ::std::option::Option<::std::string::String> = errors
        .header(&headers, "try", false);
    let try4: ::std::option::Option<::std::string::String> = errors
        .cookie(&headers, "try", false);
    if let Some(v) = &r#try {
        errors.check_param("path", "try", v, 225usize);
    }
    if let Some(v) = &try2 {
        errors.check_param("query", "try", v, 226usize);
    }
    if let Some(v) = &try3 {
        errors.check_param("header", "try", v, 227usize);
    }
    if let Some(v) = &try4 {
        errors.check_param("cookie", "try", v, 228usize);
    }
    if !errors.is_empty() {
        return errors.into_response_as("application/problem+json");
    }
    let (Some(r#try),) = (r#try,) else {
        return errors.into_response_as("application/problem+json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::r#try(
        &*served.api,
        ctx,
        r#try,
        TryParams { try2, try3, try4 },
    );
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "try", method = "GET", path = "/op50/{try}",
        status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
/// Responses of `try_post`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum TryPostResponse {
    /// made
    Created(super::types::Untagged),
}
impl ::axum::response::IntoResponse for TryPostResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Created(body) => {
                super::runtime::json_response_as(201u16, "application/json", &body)
            }
        }
    }
}
/// axum handler for `POST` "/op50/{try}".
#[allow(unused_variables, unused_mut)]
pub async fn try_post<A: super::Api>(
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
        "/op50/{try}",
        uri.path(),
        &decoded_path,
    );
    let r#try: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "try", "simple", false);
    if let Some(v) = &r#try {
        errors.check_param("path", "try", v, 225usize);
    }
    let body: ::std::option::Option<super::types::Union2> = errors
        .json_body(&raw_body, true, Some(4usize));
    if !errors.is_empty() {
        return errors.into_response_as("application/json");
    }
    let (Some(r#try), Some(body)) = (r#try, body) else {
        return errors.into_response_as("application/json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::try_post(&*served.api, ctx, r#try, body);
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "try_post", method = "POST", path = "/op50/{try}",
        status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
