//! Handlers, parameter structs and response enums of the operations with this module's tag.
/// Query, header and cookie parameters of `none`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct NoneParams {
    pub none2: ::std::option::Option<::std::string::String>,
    pub none3: ::std::option::Option<::std::string::String>,
    pub none4: ::std::option::Option<::std::string::String>,
}
/// Headers of the Ok response of `none`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct NoneOkHeaders {
    pub none: ::std::option::Option<::std::string::String>,
}
/// Responses of `none`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum NoneResponse {
    /// ok
    Ok { body: super::types::Everything, headers: NoneOkHeaders },
    /// error
    Default { status: u16, body: super::types::Error },
}
impl ::axum::response::IntoResponse for NoneResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok { body, headers } => {
                let mut response = super::runtime::json_response_as(
                    200u16,
                    "application/json",
                    &body,
                );
                super::runtime::set_header(&mut response, "None", &headers.none);
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
/// axum handler for `GET` "/op104/{None}".
#[allow(unused_variables, unused_mut)]
pub async fn none<A: super::Api>(
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
    let alternatives: &[&[usize]] = &[&[104usize]];
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
    let principal = match served.auth.authenticate_dyn("none", &credentials).await {
        Ok(p) => Some(p),
        Err(e) => return super::refused(e, alternatives, "application/problem+json"),
    };
    let decoded_path: ::std::vec::Vec<&str> = raw_path.iter().map(|(_, v)| v).collect();
    let path_values = super::runtime::path_values(
        "/op104/{None}",
        uri.path(),
        &decoded_path,
    );
    let none: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "None", "simple", false);
    let none2: ::std::option::Option<::std::string::String> = errors
        .query(&pairs, "None", "form", true, false);
    let none3: ::std::option::Option<::std::string::String> = errors
        .header(&headers, "None", false);
    let none4: ::std::option::Option<::std::string::String> = errors
        .cookie(&headers, "None", false);
    if let Some(v) = &none {
        errors.check_param("path", "None", v, 441usize);
    }
    if let Some(v) = &none2 {
        errors.check_param("query", "None", v, 442usize);
    }
    if let Some(v) = &none3 {
        errors.check_param("header", "None", v, 443usize);
    }
    if let Some(v) = &none4 {
        errors.check_param("cookie", "None", v, 444usize);
    }
    if !errors.is_empty() {
        return errors.into_response_as("application/problem+json");
    }
    let (Some(none),) = (none,) else {
        return errors.into_response_as("application/problem+json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::none(
        &*served.api,
        ctx,
        none,
        NoneParams { none2, none3, none4 },
    );
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "None", method = "GET", path = "/op104/{None}",
        status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
/// Responses of `none_post`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum NonePostResponse {
    /// made
    Created(super::types::Untagged),
}
impl ::axum::response::IntoResponse for NonePostResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Created(body) => {
                super::runtime::json_response_as(201u16, "application/json", &body)
            }
        }
    }
}
/// axum handler for `POST` "/op104/{None}".
#[allow(unused_variables, unused_mut)]
pub async fn none_post<A: super::Api>(
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
        "/op104/{None}",
        uri.path(),
        &decoded_path,
    );
    let none: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "None", "simple", false);
    if let Some(v) = &none {
        errors.check_param("path", "None", v, 441usize);
    }
    let body: ::std::option::Option<super::types::Union2> = errors
        .json_body(&raw_body, true, Some(4usize));
    if !errors.is_empty() {
        return errors.into_response_as("application/json");
    }
    let (Some(none), Some(body)) = (none, body) else {
        return errors.into_response_as("application/json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::none_post(&*served.api, ctx, none, body);
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "None_post", method = "POST", path =
        "/op104/{None}", status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
