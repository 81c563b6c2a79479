//! Handlers, parameter structs and response enums of the operations with this module's tag.
/// Query, header and cookie parameters of `i16`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct I16Params {
    pub i16_2: ::std::option::Option<::std::string::String>,
    pub i16_3: ::std::option::Option<::std::string::String>,
    pub i16_4: ::std::option::Option<::std::string::String>,
}
/// Headers of the Ok response of `i16`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct I16OkHeaders {
    pub i16: ::std::option::Option<::std::string::String>,
}
/// Responses of `i16`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum I16Response {
    /// ok
    Ok { body: super::types::Everything, headers: I16OkHeaders },
    /// error
    Default { status: u16, body: super::types::Error },
}
impl ::axum::response::IntoResponse for I16Response {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok { body, headers } => {
                let mut response = super::runtime::json_response_as(
                    200u16,
                    "application/json",
                    &body,
                );
                super::runtime::set_header(&mut response, "i16", &headers.i16);
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
/// axum handler for `GET` "/op95/{i16}".
#[allow(unused_variables, unused_mut)]
pub async fn i16<A: super::Api>(
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
    let alternatives: &[&[usize]] = &[&[95usize]];
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
    let principal = match served.auth.authenticate_dyn("i16", &credentials).await {
        Ok(p) => Some(p),
        Err(e) => return super::refused(e, alternatives, "application/problem+json"),
    };
    let decoded_path: ::std::vec::Vec<&str> = raw_path.iter().map(|(_, v)| v).collect();
    let path_values = super::runtime::path_values(
        "/op95/{i16}",
        uri.path(),
        &decoded_path,
    );
    let i16: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "i16", "simple", false);
    let i16_2: ::std::option::Option<::std::string::String> = errors
        .query(&pairs, "i16", "form", true, false);
    let i16_3: ::std::option::Option<::std::string::String> = errors
        .header(&headers, "i16", false);
    let i16_4: ::std::option::Option<::std::string::String> = errors
        .cookie(&headers, "i16", false);
    if let Some(v) = &i16 {
        errors.check_param("path", "i16", v, 405usize);
    }
    if let Some(v) = &i16_2 {
        errors.check_param("query", "i16", v, 406usize);
    }
    if let Some(v) = &i16_3 {
        errors.check_param("header", "i16", v, 407usize);
    }
    if let Some(v) = &i16_4 {
        errors.check_param("cookie", "i16", v, 408usize);
    }
    if !errors.is_empty() {
        return errors.into_response_as("application/problem+json");
    }
    let (Some(i16),) = (i16,) else {
        return errors.into_response_as("application/problem+json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::i16(
        &*served.api,
        ctx,
        i16,
        I16Params { i16_2, i16_3, i16_4 },
    );
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "i16", method = "GET", path = "/op95/{i16}",
        status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
/// Responses of `i16_post`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum I16PostResponse {
    /// made
    Created(super::types::Untagged),
}
impl ::axum::response::IntoResponse for I16PostResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Created(body) => {
                super::runtime::json_response_as(201u16, "application/json", &body)
            }
        }
    }
}
/// axum handler for `POST` "/op95/{i16}".
#[allow(unused_variables, unused_mut)]
pub async fn i16_post<A: super::Api>(
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
        "/op95/{i16}",
        uri.path(),
        &decoded_path,
    );
    let i16: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "i16", "simple", false);
    if let Some(v) = &i16 {
        errors.check_param("path", "i16", v, 405usize);
    }
    let body: ::std::option::Option<super::types::Union2> = errors
        .json_body(&raw_body, false, Some(4usize));
    if !errors.is_empty() {
        return errors.into_response_as("application/json");
    }
    let (Some(i16),) = (i16,) else {
        return errors.into_response_as("application/json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::i16_post(&*served.api, ctx, i16, body);
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "i16_post", method = "POST", path = "/op95/{i16}",
        status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
