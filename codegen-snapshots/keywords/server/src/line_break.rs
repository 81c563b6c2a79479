//! Handlers, parameter structs and response enums of the operations with this module's tag.
/// Query, header and cookie parameters of `line_break`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct LineBreakParams {
    pub line_break2: ::std::option::Option<::std::string::String>,
    pub line_break3: ::std::option::Option<::std::string::String>,
    pub line_break4: ::std::option::Option<::std::string::String>,
}
/// Headers of the Ok response of `line_break`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct LineBreakOkHeaders {
    pub line_break: ::std::option::Option<::std::string::String>,
}
/// Responses of `line_break`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum LineBreakResponse {
    /// ok
    Ok { body: super::types::Everything, headers: LineBreakOkHeaders },
    /// error
    Default { status: u16, body: super::types::Error },
}
impl ::axum::response::IntoResponse for LineBreakResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok { body, headers } => {
                let mut response = super::runtime::json_response_as(
                    200u16,
                    "application/json",
                    &body,
                );
                super::runtime::set_header(
                    &mut response,
                    "line\nbreak",
                    &headers.line_break,
                );
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
/// axum handler for `GET` "/op80/{line\nbreak}".
#[allow(unused_variables, unused_mut)]
pub async fn line_break<A: super::Api>(
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
    let alternatives: &[&[usize]] = &[&[80usize]];
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
    let principal = match served.auth.authenticate_dyn("line_break", &credentials).await
    {
        Ok(p) => Some(p),
        Err(e) => return super::refused(e, alternatives, "application/problem+json"),
    };
    let decoded_path: ::std::vec::Vec<&str> = raw_path.iter().map(|(_, v)| v).collect();
    let path_values = super::runtime::path_values(
        "/op80/{line\nbreak}",
        uri.path(),
        &decoded_path,
    );
    let line_break: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "line\nbreak", "simple", false);
    let line_break2: ::std::option::Option<::std::string::String> = errors
        .query(&pairs, "line\nbreak", "form", true, false);
    let line_break3: ::std::option::Option<::std::string::String> = errors
        .header(&headers, "line\nbreak", false);
    let line_break4: ::std::option::Option<::std::string::String> = errors
        .cookie(&headers, "line\nbreak", false);
    if let Some(v) = &line_break {
        errors.check_param("path", "line\nbreak", v, 345usize);
    }
    if let Some(v) = &line_break2 {
        errors.check_param("query", "line\nbreak", v, 346usize);
    }
    if let Some(v) = &line_break3 {
        errors.check_param("header", "line\nbreak", v, 347usize);
    }
    if let Some(v) = &line_break4 {
        errors.check_param("cookie", "line\nbreak", v, 348usize);
    }
    if !errors.is_empty() {
        return errors.into_response_as("application/problem+json");
    }
    let (Some(line_break),) = (line_break,) else {
        return errors.into_response_as("application/problem+json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::line_break(
        &*served.api,
        ctx,
        line_break,
        LineBreakParams {
            line_break2,
            line_break3,
            line_break4,
        },
    );
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "line\nbreak", method = "GET", path =
        "/op80/{line\nbreak}", status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
/// Responses of `line_break_post`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum LineBreakPostResponse {
    /// made
    Created(super::types::Untagged),
}
impl ::axum::response::IntoResponse for LineBreakPostResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Created(body) => {
                super::runtime::json_response_as(201u16, "application/json", &body)
            }
        }
    }
}
/// axum handler for `POST` "/op80/{line\nbreak}".
#[allow(unused_variables, unused_mut)]
pub async fn line_break_post<A: super::Api>(
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
        "/op80/{line\nbreak}",
        uri.path(),
        &decoded_path,
    );
    let line_break: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "line\nbreak", "simple", false);
    if let Some(v) = &line_break {
        errors.check_param("path", "line\nbreak", v, 345usize);
    }
    let body: ::std::option::Option<super::types::Union2> = errors
        .json_body(&raw_body, true, Some(4usize));
    if !errors.is_empty() {
        return errors.into_response_as("application/json");
    }
    let (Some(line_break), Some(body)) = (line_break, body) else {
        return errors.into_response_as("application/json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::line_break_post(
        &*served.api,
        ctx,
        line_break,
        body,
    );
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "line\nbreak_post", method = "POST", path =
        "/op80/{line\nbreak}", status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
