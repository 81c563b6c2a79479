//! Handlers, parameter structs and response enums of the operations with this module's tag.
/// Query, header and cookie parameters of `ab`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Ab5Params {
    pub ab2: ::std::option::Option<::std::string::String>,
    pub ab3: ::std::option::Option<::std::string::String>,
    pub ab4: ::std::option::Option<::std::string::String>,
}
/// Headers of the Ok response of `ab`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Ab5OkHeaders {
    pub ab: ::std::option::Option<::std::string::String>,
}
/// Responses of `ab`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum Ab5Response {
    /// ok
    Ok { body: super::types::Everything, headers: Ab5OkHeaders },
    /// error
    Default { status: u16, body: super::types::Error },
}
impl ::axum::response::IntoResponse for Ab5Response {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok { body, headers } => {
                let mut response = super::runtime::json_response_as(
                    200u16,
                    "application/json",
                    &body,
                );
                super::runtime::set_header(&mut response, "AB", &headers.ab);
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
/// axum handler for `GET` "/op76/{AB}".
#[allow(unused_variables, unused_mut)]
pub async fn ab<A: super::Api>(
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
    let alternatives: &[&[usize]] = &[&[76usize]];
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
    let principal = match served.auth.authenticate_dyn("ab", &credentials).await {
        Ok(p) => Some(p),
        Err(e) => return super::refused(e, alternatives, "application/problem+json"),
    };
    let decoded_path: ::std::vec::Vec<&str> = raw_path.iter().map(|(_, v)| v).collect();
    let path_values = super::runtime::path_values(
        "/op76/{AB}",
        uri.path(),
        &decoded_path,
    );
    let ab: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "AB", "simple", false);
    let ab2: ::std::option::Option<::std::string::String> = errors
        .query(&pairs, "AB", "form", true, false);
    let ab3: ::std::option::Option<::std::string::String> = errors
        .header(&headers, "AB", false);
    let ab4: ::std::option::Option<::std::string::String> = errors
        .cookie(&headers, "AB", false);
    if let Some(v) = &ab {
        errors.check_param("path", "AB", v, 329usize);
    }
    if let Some(v) = &ab2 {
        errors.check_param("query", "AB", v, 330usize);
    }
    if let Some(v) = &ab3 {
        errors.check_param("header", "AB", v, 331usize);
    }
    if let Some(v) = &ab4 {
        errors.check_param("cookie", "AB", v, 332usize);
    }
    if !errors.is_empty() {
        return errors.into_response_as("application/problem+json");
    }
    let (Some(ab),) = (ab,) else {
        return errors.into_response_as("application/problem+json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::ab(
        &*served.api,
        ctx,
        ab,
        Ab5Params { ab2, ab3, ab4 },
    );
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "AB", method = "GET", path = "/op76/{AB}", status
        = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
/// Responses of `ab_post`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum AbPost5Response {
    /// made
    Created(super::types::Untagged),
}
impl ::axum::response::IntoResponse for AbPost5Response {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Created(body) => {
                super::runtime::json_response_as(201u16, "application/json", &body)
            }
        }
    }
}
/// axum handler for `POST` "/op76/{AB}".
#[allow(unused_variables, unused_mut)]
pub async fn ab_post<A: super::Api>(
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
        "/op76/{AB}",
        uri.path(),
        &decoded_path,
    );
    let ab: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "AB", "simple", false);
    if let Some(v) = &ab {
        errors.check_param("path", "AB", v, 329usize);
    }
    let body: ::std::option::Option<super::types::Union2> = errors
        .json_body(&raw_body, true, Some(4usize));
    if !errors.is_empty() {
        return errors.into_response_as("application/json");
    }
    let (Some(ab), Some(body)) = (ab, body) else {
        return errors.into_response_as("application/json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::ab_post(&*served.api, ctx, ab, body);
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "AB_post", method = "POST", path = "/op76/{AB}",
        status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
