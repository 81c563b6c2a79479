//! Handlers, parameter structs and response enums of the operations with this module's tag.
/// Query, header and cookie parameters of `display`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DisplayParams {
    pub display2: ::std::option::Option<::std::string::String>,
    pub display3: ::std::option::Option<::std::string::String>,
    pub display4: ::std::option::Option<::std::string::String>,
}
/// Headers of the Ok response of `display`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DisplayOkHeaders {
    pub display: ::std::option::Option<::std::string::String>,
}
/// Responses of `display`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum DisplayResponse {
    /// ok
    Ok { body: super::types::Everything, headers: DisplayOkHeaders },
    /// error
    Default { status: u16, body: super::types::Error },
}
impl ::axum::response::IntoResponse for DisplayResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok { body, headers } => {
                let mut response = super::runtime::json_response_as(
                    200u16,
                    "application/json",
                    &body,
                );
                super::runtime::set_header(&mut response, "Display", &headers.display);
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
/// axum handler for `GET` "/op132/{Display}".
#[allow(unused_variables, unused_mut)]
pub async fn display<A: super::Api>(
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
    let alternatives: &[&[usize]] = &[&[132usize]];
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
    let principal = match served.auth.authenticate_dyn("display", &credentials).await {
        Ok(p) => Some(p),
        Err(e) => return super::refused(e, alternatives, "application/problem+json"),
    };
    let decoded_path: ::std::vec::Vec<&str> = raw_path.iter().map(|(_, v)| v).collect();
    let path_values = super::runtime::path_values(
        "/op132/{Display}",
        uri.path(),
        &decoded_path,
    );
    let display: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "Display", "simple", false);
    let display2: ::std::option::Option<::std::string::String> = errors
        .query(&pairs, "Display", "form", true, false);
    let display3: ::std::option::Option<::std::string::String> = errors
        .header(&headers, "Display", false);
    let display4: ::std::option::Option<::std::string::String> = errors
        .cookie(&headers, "Display", false);
    if let Some(v) = &display {
        errors.check_param("path", "Display", v, 553usize);
    }
    if let Some(v) = &display2 {
        errors.check_param("query", "Display", v, 554usize);
    }
    if let Some(v) = &display3 {
        errors.check_param("header", "Display", v, 555usize);
    }
    if let Some(v) = &display4 {
        errors.check_param("cookie", "Display", v, 556usize);
    }
    if !errors.is_empty() {
        return errors.into_response_as("application/problem+json");
    }
    let (Some(display),) = (display,) else {
        return errors.into_response_as("application/problem+json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::display(
        &*served.api,
        ctx,
        display,
        DisplayParams {
            display2,
            display3,
            display4,
        },
    );
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "Display", method = "GET", path =
        "/op132/{Display}", status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
/// Responses of `display_post`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum DisplayPostResponse {
    /// made
    Created(super::types::Untagged),
}
impl ::axum::response::IntoResponse for DisplayPostResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Created(body) => {
                super::runtime::json_response_as(201u16, "application/json", &body)
            }
        }
    }
}
/// axum handler for `POST` "/op132/{Display}".
#[allow(unused_variables, unused_mut)]
pub async fn display_post<A: super::Api>(
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
        "/op132/{Display}",
        uri.path(),
        &decoded_path,
    );
    let display: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "Display", "simple", false);
    if let Some(v) = &display {
        errors.check_param("path", "Display", v, 553usize);
    }
    let body: ::std::option::Option<super::types::Union2> = errors
        .json_body(&raw_body, true, Some(4usize));
    if !errors.is_empty() {
        return errors.into_response_as("application/json");
    }
    let (Some(display), Some(body)) = (display, body) else {
        return errors.into_response_as("application/json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::display_post(&*served.api, ctx, display, body);
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "Display_post", method = "POST", path =
        "/op132/{Display}", status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
