//! Handlers, parameter structs and response enums of the operations with this module's tag.
/// Query, header and cookie parameters of `unknown`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct UnknownParams {
    pub unknown2: ::std::option::Option<::std::string::String>,
    pub unknown3: ::std::option::Option<::std::string::String>,
    pub unknown4: ::std::option::Option<::std::string::String>,
}
/// Headers of the Ok response of `unknown`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct UnknownOkHeaders {
    pub unknown: ::std::option::Option<::std::string::String>,
}
/// Responses of `unknown`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum UnknownResponse {
    /// ok
    Ok { body: super::types::Everything, headers: UnknownOkHeaders },
    /// error
    Default { status: u16, body: super::types::Error },
}
impl ::axum::response::IntoResponse for UnknownResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok { body, headers } => {
                let mut response = super::runtime::json_response_as(
                    200u16,
                    "application/json",
                    &body,
                );
                super::runtime::set_header(&mut response, "Unknown", &headers.unknown);
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
/// axum handler for `GET` "/op160/{Unknown}".
#[allow(unused_variables, unused_mut)]
pub async fn unknown<A: super::Api>(
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
    let alternatives: &[&[usize]] = &[&[160usize]];
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
    let principal = match served.auth.authenticate_dyn("unknown", &credentials).await {
        Ok(p) => Some(p),
        Err(e) => return super::refused(e, alternatives, "application/problem+json"),
    };
    let decoded_path: ::std::vec::Vec<&str> = raw_path.iter().map(|(_, v)| v).collect();
    let path_values = super::runtime::path_values(
        "/op160/{Unknown}",
        uri.path(),
        &decoded_path,
    );
    let unknown: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "Unknown", "simple", false);
    let unknown2: ::std::option::Option<::std::string::String> = errors
        .query(&pairs, "Unknown", "form", true, false);
    let unknown3: ::std::option::Option<::std::string::String> = errors
        .header(&headers, "Unknown", false);
    let unknown4: ::std::option::Option<::std::string::String> = errors
        .cookie(&headers, "Unknown", false);
    if let Some(v) = &unknown {
        errors.check_param("path", "Unknown", v, 665usize);
    }
    if let Some(v) = &unknown2 {
        errors.check_param("query", "Unknown", v, 666usize);
    }
    if let Some(v) = &unknown3 {
        errors.check_param("header", "Unknown", v, 667usize);
    }
    if let Some(v) = &unknown4 {
        errors.check_param("cookie", "Unknown", v, 668usize);
    }
    if !errors.is_empty() {
        return errors.into_response_as("application/problem+json");
    }
    let (Some(unknown),) = (unknown,) else {
        return errors.into_response_as("application/problem+json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::unknown(
        &*served.api,
        ctx,
        unknown,
        UnknownParams {
            unknown2,
            unknown3,
            unknown4,
        },
    );
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "Unknown", method = "GET", path =
        "/op160/{Unknown}", status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
/// Responses of `unknown_post`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum UnknownPostResponse {
    /// made
    Created(super::types::Untagged),
}
impl ::axum::response::IntoResponse for UnknownPostResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Created(body) => {
                super::runtime::json_response_as(201u16, "application/json", &body)
            }
        }
    }
}
/// axum handler for `POST` "/op160/{Unknown}".
#[allow(unused_variables, unused_mut)]
pub async fn unknown_post<A: super::Api>(
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
        "/op160/{Unknown}",
        uri.path(),
        &decoded_path,
    );
    let unknown: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "Unknown", "simple", false);
    if let Some(v) = &unknown {
        errors.check_param("path", "Unknown", v, 665usize);
    }
    let body: ::std::option::Option<super::types::Union2> = errors
        .json_body(&raw_body, true, Some(4usize));
    if !errors.is_empty() {
        return errors.into_response_as("application/json");
    }
    let (Some(unknown), Some(body)) = (unknown, body) else {
        return errors.into_response_as("application/json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::unknown_post(&*served.api, ctx, unknown, body);
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "Unknown_post", method = "POST", path =
        "/op160/{Unknown}", status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
