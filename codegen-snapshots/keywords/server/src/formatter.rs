//! Handlers, parameter structs and response enums of the operations with this module's tag.
/// Query, header and cookie parameters of `formatter`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct FormatterParams {
    pub formatter2: ::std::option::Option<::std::string::String>,
    pub formatter3: ::std::option::Option<::std::string::String>,
    pub formatter4: ::std::option::Option<::std::string::String>,
}
/// Headers of the Ok response of `formatter`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct FormatterOkHeaders {
    pub formatter: ::std::option::Option<::std::string::String>,
}
/// Responses of `formatter`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum FormatterResponse {
    /// ok
    Ok { body: super::types::Everything, headers: FormatterOkHeaders },
    /// error
    Default { status: u16, body: super::types::Error },
}
impl ::axum::response::IntoResponse for FormatterResponse {
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
                    "Formatter",
                    &headers.formatter,
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
/// axum handler for `GET` "/op142/{Formatter}".
#[allow(unused_variables, unused_mut)]
pub async fn formatter<A: super::Api>(
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
    let alternatives: &[&[usize]] = &[&[142usize]];
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
    let principal = match served.auth.authenticate_dyn("formatter", &credentials).await {
        Ok(p) => Some(p),
        Err(e) => return super::refused(e, alternatives, "application/problem+json"),
    };
    let decoded_path: ::std::vec::Vec<&str> = raw_path.iter().map(|(_, v)| v).collect();
    let path_values = super::runtime::path_values(
        "/op142/{Formatter}",
        uri.path(),
        &decoded_path,
    );
    let formatter: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "Formatter", "simple", false);
    let formatter2: ::std::option::Option<::std::string::String> = errors
        .query(&pairs, "Formatter", "form", true, false);
    let formatter3: ::std::option::Option<::std::string::String> = errors
        .header(&headers, "Formatter", false);
    let formatter4: ::std::option::Option<::std::string::String> = errors
        .cookie(&headers, "Formatter", false);
    if let Some(v) = &formatter {
        errors.check_param("path", "Formatter", v, 593usize);
    }
    if let Some(v) = &formatter2 {
        errors.check_param("query", "Formatter", v, 594usize);
    }
    if let Some(v) = &formatter3 {
        errors.check_param("header", "Formatter", v, 595usize);
    }
    if let Some(v) = &formatter4 {
        errors.check_param("cookie", "Formatter", v, 596usize);
    }
    if !errors.is_empty() {
        return errors.into_response_as("application/problem+json");
    }
    let (Some(formatter),) = (formatter,) else {
        return errors.into_response_as("application/problem+json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::formatter(
        &*served.api,
        ctx,
        formatter,
        FormatterParams {
            formatter2,
            formatter3,
            formatter4,
        },
    );
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "Formatter", method = "GET", path =
        "/op142/{Formatter}", status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
/// Responses of `formatter_post`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum FormatterPostResponse {
    /// made
    Created(super::types::Untagged),
}
impl ::axum::response::IntoResponse for FormatterPostResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Created(body) => {
                super::runtime::json_response_as(201u16, "application/json", &body)
            }
        }
    }
}
/// axum handler for `POST` "/op142/{Formatter}".
#[allow(unused_variables, unused_mut)]
pub async fn formatter_post<A: super::Api>(
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
        "/op142/{Formatter}",
        uri.path(),
        &decoded_path,
    );
    let formatter: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "Formatter", "simple", false);
    if let Some(v) = &formatter {
        errors.check_param("path", "Formatter", v, 593usize);
    }
    let body: ::std::option::Option<super::types::Union2> = errors
        .json_body(&raw_body, true, Some(4usize));
    if !errors.is_empty() {
        return errors.into_response_as("application/json");
    }
    let (Some(formatter), Some(body)) = (formatter, body) else {
        return errors.into_response_as("application/json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::formatter_post(&*served.api, ctx, formatter, body);
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "Formatter_post", method = "POST", path =
        "/op142/{Formatter}", status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
