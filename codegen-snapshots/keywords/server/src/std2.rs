//! Handlers, parameter structs and response enums of the operations with this module's tag.
/// Query, header and cookie parameters of `std`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct StdParams {
    pub std2: ::std::option::Option<::std::string::String>,
    pub std3: ::std::option::Option<::std::string::String>,
    pub std4: ::std::option::Option<::std::string::String>,
}
/// Headers of the Ok response of `std`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct StdOkHeaders {
    pub std: ::std::option::Option<::std::string::String>,
}
/// Responses of `std`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum StdResponse {
    /// ok
    Ok { body: super::types::Everything, headers: StdOkHeaders },
    /// error
    Default { status: u16, body: super::types::Error },
}
impl ::axum::response::IntoResponse for StdResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok { body, headers } => {
                let mut response = super::runtime::json_response_as(
                    200u16,
                    "application/json",
                    &body,
                );
                super::runtime::set_header(&mut response, "std", &headers.std);
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
/// axum handler for `GET` "/op182/{std}".
#[allow(unused_variables, unused_mut)]
pub async fn std<A: super::Api>(
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
    let alternatives: &[&[usize]] = &[&[182usize]];
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
    let principal = match served.auth.authenticate_dyn("std", &credentials).await {
        Ok(p) => Some(p),
        Err(e) => return super::refused(e, alternatives, "application/problem+json"),
    };
    let decoded_path: ::std::vec::Vec<&str> = raw_path.iter().map(|(_, v)| v).collect();
    let path_values = super::runtime::path_values(
        "/op182/{std}",
        uri.path(),
        &decoded_path,
    );
    let std: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "std", "simple", false);
    let std2: ::std::option::Option<::std::string::String> = errors
        .query(&pairs, "std", "form", true, false);
    let std3: ::std::option::Option<::std::string::String> = errors
        .header(&headers, "std", false);
    let std4: ::std::option::Option<::std::string::String> = errors
        .cookie(&headers, "std", false);
    if let Some(v) = &std {
        errors.check_param("path", "std", v, 753usize);
    }
    if let Some(v) = &std2 {
        errors.check_param("query", "std", v, 754usize);
    }
    if let Some(v) = &std3 {
        errors.check_param("header", "std", v, 755usize);
    }
    if let Some(v) = &std4 {
        errors.check_param("cookie", "std", v, 756usize);
    }
    if !errors.is_empty() {
        return errors.into_response_as("application/problem+json");
    }
    let (Some(std),) = (std,) else {
        return errors.into_response_as("application/problem+json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::std(
        &*served.api,
        ctx,
        std,
        StdParams { std2, std3, std4 },
    );
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "std", method = "GET", path = "/op182/{std}",
        status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
/// Responses of `std_post`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum StdPostResponse {
    /// made
    Created(super::types::Untagged),
}
impl ::axum::response::IntoResponse for StdPostResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Created(body) => {
                super::runtime::json_response_as(201u16, "application/json", &body)
            }
        }
    }
}
/// axum handler for `POST` "/op182/{std}".
#[allow(unused_variables, unused_mut)]
pub async fn std_post<A: super::Api>(
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
        "/op182/{std}",
        uri.path(),
        &decoded_path,
    );
    let std: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "std", "simple", false);
    if let Some(v) = &std {
        errors.check_param("path", "std", v, 753usize);
    }
    let body: ::std::option::Option<super::types::Union2> = errors
        .json_body(&raw_body, true, Some(4usize));
    if !errors.is_empty() {
        return errors.into_response_as("application/json");
    }
    let (Some(std), Some(body)) = (std, body) else {
        return errors.into_response_as("application/json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::std_post(&*served.api, ctx, std, body);
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "std_post", method = "POST", path =
        "/op182/{std}", status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
