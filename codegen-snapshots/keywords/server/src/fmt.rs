//! Handlers, parameter structs and response enums of the operations with this module's tag.
/// Query, header and cookie parameters of `fmt2`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Fmt2Params {
    pub fmt2: ::std::option::Option<::std::string::String>,
    pub fmt3: ::std::option::Option<::std::string::String>,
    pub fmt4: ::std::option::Option<::std::string::String>,
}
/// Headers of the Ok response of `fmt2`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Fmt2OkHeaders {
    pub fmt: ::std::option::Option<::std::string::String>,
}
/// Responses of `fmt2`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum Fmt2Response {
    /// ok
    Ok { body: super::types::Everything, headers: Fmt2OkHeaders },
    /// error
    Default { status: u16, body: super::types::Error },
}
impl ::axum::response::IntoResponse for Fmt2Response {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok { body, headers } => {
                let mut response = super::runtime::json_response_as(
                    200u16,
                    "application/json",
                    &body,
                );
                super::runtime::set_header(&mut response, "fmt", &headers.fmt);
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
/// axum handler for `GET` "/op164/{fmt}".
#[allow(unused_variables, unused_mut)]
pub async fn fmt2<A: super::Api>(
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
    let alternatives: &[&[usize]] = &[&[164usize]];
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
    let principal = match served.auth.authenticate_dyn("fmt2", &credentials).await {
        Ok(p) => Some(p),
        Err(e) => return super::refused(e, alternatives, "application/problem+json"),
    };
    let decoded_path: ::std::vec::Vec<&str> = raw_path.iter().map(|(_, v)| v).collect();
    let path_values = super::runtime::path_values(
        "/op164/{fmt}",
        uri.path(),
        &decoded_path,
    );
    let fmt: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "fmt", "simple", false);
    let fmt2: ::std::option::Option<::std::string::String> = errors
        .query(&pairs, "fmt", "form", true, false);
    let fmt3: ::std::option::Option<::std::string::String> = errors
        .header(&headers, "fmt", false);
    let fmt4: ::std::option::Option<::std::string::String> = errors
        .cookie(&headers, "fmt", false);
    if let Some(v) = &fmt {
        errors.check_param("path", "fmt", v, 681usize);
    }
    if let Some(v) = &fmt2 {
        errors.check_param("query", "fmt", v, 682usize);
    }
    if let Some(v) = &fmt3 {
        errors.check_param("header", "fmt", v, 683usize);
    }
    if let Some(v) = &fmt4 {
        errors.check_param("cookie", "fmt", v, 684usize);
    }
    if !errors.is_empty() {
        return errors.into_response_as("application/problem+json");
    }
    let (Some(fmt),) = (fmt,) else {
        return errors.into_response_as("application/problem+json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::fmt2(
        &*served.api,
        ctx,
        fmt,
        Fmt2Params { fmt2, fmt3, fmt4 },
    );
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "fmt", method = "GET", path = "/op164/{fmt}",
        status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
/// Responses of `fmt_post`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum FmtPostResponse {
    /// made
    Created(super::types::Untagged),
}
impl ::axum::response::IntoResponse for FmtPostResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Created(body) => {
                super::runtime::json_response_as(201u16, "application/json", &body)
            }
        }
    }
}
/// axum handler for `POST` "/op164/{fmt}".
#[allow(unused_variables, unused_mut)]
pub async fn fmt_post<A: super::Api>(
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
        "/op164/{fmt}",
        uri.path(),
        &decoded_path,
    );
    let fmt: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "fmt", "simple", false);
    if let Some(v) = &fmt {
        errors.check_param("path", "fmt", v, 681usize);
    }
    let body: ::std::option::Option<super::types::Union2> = errors
        .json_body(&raw_body, true, Some(4usize));
    if !errors.is_empty() {
        return errors.into_response_as("application/json");
    }
    let (Some(fmt), Some(body)) = (fmt, body) else {
        return errors.into_response_as("application/json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::fmt_post(&*served.api, ctx, fmt, body);
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "fmt_post", method = "POST", path =
        "/op164/{fmt}", status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
