//! Handlers, parameter structs and response enums of the operations with this module's tag.
/// Query, header and cookie parameters of `u16`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct U16Params {
    pub u16_2: ::std::option::Option<::std::string::String>,
    pub u16_3: ::std::option::Option<::std::string::String>,
    pub u16_4: ::std::option::Option<::std::string::String>,
}
/// Headers of the Ok response of `u16`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct U16OkHeaders {
    pub u16: ::std::option::Option<::std::string::String>,
}
/// Responses of `u16`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum U16Response {
    /// ok
    Ok { body: super::types::Everything, headers: U16OkHeaders },
    /// error
    Default { status: u16, body: super::types::Error },
}
impl ::axum::response::IntoResponse for U16Response {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok { body, headers } => {
                let mut response = super::runtime::json_response_as(
                    200u16,
                    "application/json",
                    &body,
                );
                super::runtime::set_header(&mut response, "u16", &headers.u16);
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
/// axum handler for `GET` "/op89/{u16}".
#[allow(unused_variables, unused_mut)]
pub async fn u16<A: super::Api>(
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
    let alternatives: &[&[usize]] = &[&[89usize]];
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
    let principal = match served.auth.authenticate_dyn("u16", &credentials).await {
        Ok(p) => Some(p),
        Err(e) => return super::refused(e, alternatives, "application/problem+json"),
    };
    let decoded_path: ::std::vec::Vec<&str> = raw_path.iter().map(|(_, v)| v).collect();
    let path_values = super::runtime::path_values(
        "/op89/{u16}",
        uri.path(),
        &decoded_path,
    );
    let u16: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "u16", "simple", false);
    let u16_2: ::std::option::Option<::std::string::String> = errors
        .query(&pairs, "u16", "form", true, false);
    let u16_3: ::std::option::Option<::std::string::String> = errors
        .header(&headers, "u16", false);
    let u16_4: ::std::option::Option<::std::string::String> = errors
        .cookie(&headers, "u16", false);
    if let Some(v) = &u16 {
        errors.check_param("path", "u16", v, 381usize);
    }
    if let Some(v) = &u16_2 {
        errors.check_param("query", "u16", v, 382usize);
    }
    if let Some(v) = &u16_3 {
        errors.check_param("header", "u16", v, 383usize);
    }
    if let Some(v) = &u16_4 {
        errors.check_param("cookie", "u16", v, 384usize);
    }
    if !errors.is_empty() {
        return errors.into_response_as("application/problem+json");
    }
    let (Some(u16),) = (u16,) else {
        return errors.into_response_as("application/problem+json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::u16(
        &*served.api,
        ctx,
        u16,
        U16Params { u16_2, u16_3, u16_4 },
    );
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "u16", method = "GET", path = "/op89/{u16}",
        status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
/// Responses of `u16_post`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum U16PostResponse {
    /// made
    Created(super::types::Untagged),
}
impl ::axum::response::IntoResponse for U16PostResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Created(body) => {
                super::runtime::json_response_as(201u16, "application/json", &body)
            }
        }
    }
}
/// axum handler for `POST` "/op89/{u16}".
#[allow(unused_variables, unused_mut)]
pub async fn u16_post<A: super::Api>(
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
        "/op89/{u16}",
        uri.path(),
        &decoded_path,
    );
    let u16: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "u16", "simple", false);
    if let Some(v) = &u16 {
        errors.check_param("path", "u16", v, 381usize);
    }
    let body: ::std::option::Option<super::types::Union2> = errors
        .json_body(&raw_body, false, Some(4usize));
    if !errors.is_empty() {
        return errors.into_response_as("application/json");
    }
    let (Some(u16),) = (u16,) else {
        return errors.into_response_as("application/json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::u16_post(&*served.api, ctx, u16, body);
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "u16_post", method = "POST", path = "/op89/{u16}",
        status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
