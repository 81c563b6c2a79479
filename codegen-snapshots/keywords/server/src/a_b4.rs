//! Handlers, parameter structs and response enums of the operations with this module's tag.
/// Query, header and cookie parameters of `a_b4`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AB4Params {
    pub a_b2: ::std::option::Option<::std::string::String>,
    pub a_b3: ::std::option::Option<::std::string::String>,
    pub a_b4: ::std::option::Option<::std::string::String>,
}
/// Headers of the Ok response of `a_b4`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AB4OkHeaders {
    pub a_b: ::std::option::Option<::std::string::String>,
}
/// Responses of `a_b4`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum AB4Response {
    /// ok
    Ok { body: super::types::Everything, headers: AB4OkHeaders },
    /// error
    Default { status: u16, body: super::types::Error },
}
impl ::axum::response::IntoResponse for AB4Response {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok { body, headers } => {
                let mut response = super::runtime::json_response_as(
                    200u16,
                    "application/json",
                    &body,
                );
                super::runtime::set_header(&mut response, "aB", &headers.a_b);
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
/// axum handler for `GET` "/op75/{aB}".
#[allow(unused_variables, unused_mut)]
pub async fn a_b4<A: super::Api>(
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
    let alternatives: &[&[usize]] = &[&[75usize]];
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
    let principal = match served.auth.authenticate_dyn("a_b4", &credentials).await {
        Ok(p) => Some(p),
        Err(e) => return super::refused(e, alternatives, "application/problem+json"),
    };
    let decoded_path: ::std::vec::Vec<&str> = raw_path.iter().map(|(_, v)| v).collect();
    let path_values = super::runtime::path_values(
        "/op75/{aB}",
        uri.path(),
        &decoded_path,
    );
    let a_b: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "aB", "simple", false);
    let a_b2: ::std::option::Option<::std::string::String> = errors
        .query(&pairs, "aB", "form", true, false);
    let a_b3: ::std::option::Option<::std::string::String> = errors
        .header(&headers, "aB", false);
    let a_b4: ::std::option::Option<::std::string::String> = errors
        .cookie(&headers, "aB", false);
    if let Some(v) = &a_b {
        errors.check_param("path", "aB", v, 325usize);
    }
    if let Some(v) = &a_b2 {
        errors.check_param("query", "aB", v, 326usize);
    }
    if let Some(v) = &a_b3 {
        errors.check_param("header", "aB", v, 327usize);
    }
    if let Some(v) = &a_b4 {
        errors.check_param("cookie", "aB", v, 328usize);
    }
    if !errors.is_empty() {
        return errors.into_response_as("application/problem+json");
    }
    let (Some(a_b),) = (a_b,) else {
        return errors.into_response_as("application/problem+json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::a_b4(
        &*served.api,
        ctx,
        a_b,
        AB4Params { a_b2, a_b3, a_b4 },
    );
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "aB", method = "GET", path = "/op75/{aB}", status
        = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
/// Responses of `a_b_post4`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum ABPost4Response {
    /// made
    Created(super::types::Untagged),
}
impl ::axum::response::IntoResponse for ABPost4Response {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Created(body) => {
                super::runtime::json_response_as(201u16, "application/json", &body)
            }
        }
    }
}
/// axum handler for `POST` "/op75/{aB}".
#[allow(unused_variables, unused_mut)]
pub async fn a_b_post4<A: super::Api>(
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
        "/op75/{aB}",
        uri.path(),
        &decoded_path,
    );
    let a_b: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "aB", "simple", false);
    if let Some(v) = &a_b {
        errors.check_param("path", "aB", v, 325usize);
    }
    let body: ::std::option::Option<super::types::Union2> = errors
        .json_body(&raw_body, false, Some(4usize));
    if !errors.is_empty() {
        return errors.into_response_as("application/json");
    }
    let (Some(a_b),) = (a_b,) else {
        return errors.into_response_as("application/json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::a_b_post4(&*served.api, ctx, a_b, body);
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "aB_post", method = "POST", path = "/op75/{aB}",
        status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
