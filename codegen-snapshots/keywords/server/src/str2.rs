//! Handlers, parameter structs and response enums of the operations with this module's tag.
/// Query, header and cookie parameters of `str`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct StrParams {
    pub str2: ::std::option::Option<::std::string::String>,
    pub str3: ::std::option::Option<::std::string::String>,
    pub str4: ::std::option::Option<::std::string::String>,
}
/// Headers of the Ok response of `str`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct StrOkHeaders {
    pub str: ::std::option::Option<::std::string::String>,
}
/// Responses of `str`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum StrResponse {
    /// ok
    Ok { body: super::types::Everything, headers: StrOkHeaders },
    /// error
    Default { status: u16, body: super::types::Error },
}
impl ::axum::response::IntoResponse for StrResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok { body, headers } => {
                let mut response = super::runtime::json_response_as(
                    200u16,
                    "application/json",
                    &body,
                );
                super::runtime::set_header(&mut response, "str", &headers.str);
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
/// axum handler for `GET` "/op87/{str}".
#[allow(unused_variables, unused_mut)]
pub async fn str<A: super::Api>(
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
    let alternatives: &[&[usize]] = &[&[87usize]];
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
    let principal = match served.auth.authenticate_dyn("str", &credentials).await {
        Ok(p) => Some(p),
        Err(e) => return super::refused(e, alternatives, "application/problem+json"),
    };
    let decoded_path: ::std::vec::Vec<&str> = raw_path.iter().map(|(_, v)| v).collect();
    let path_values = super::runtime::path_values(
        "/op87/{str}",
        uri.path(),
        &decoded_path,
    );
    let str: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "str", "simple", false);
    let str2: ::std::option::Option<::std::string::String> = errors
        .query(&pairs, "str", "form", true, false);
    let str3: ::std::option::Option<::std::string::String> = errors
        .header(&headers, "str", false);
    let str4: ::std::option::Option<::std::string::String> = errors
        .cookie(&headers, "str", false);
    if let Some(v) = &str {
        errors.check_param("path", "str", v, 373usize);
    }
    if let Some(v) = &str2 {
        errors.check_param("query", "str", v, 374usize);
    }
    if let Some(v) = &str3 {
        errors.check_param("header", "str", v, 375usize);
    }
    if let Some(v) = &str4 {
        errors.check_param("cookie", "str", v, 376usize);
    }
    if !errors.is_empty() {
        return errors.into_response_as("application/problem+json");
    }
    let (Some(str),) = (str,) else {
        return errors.into_response_as("application/problem+json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::str(
        &*served.api,
        ctx,
        str,
        StrParams { str2, str3, str4 },
    );
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "str", method = "GET", path = "/op87/{str}",
        status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
/// Responses of `str_post`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum StrPostResponse {
    /// made
    Created(super::types::Untagged),
}
impl ::axum::response::IntoResponse for StrPostResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Created(body) => {
                super::runtime::json_response_as(201u16, "application/json", &body)
            }
        }
    }
}
/// axum handler for `POST` "/op87/{str}".
#[allow(unused_variables, unused_mut)]
pub async fn str_post<A: super::Api>(
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
        "/op87/{str}",
        uri.path(),
        &decoded_path,
    );
    let str: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "str", "simple", false);
    if let Some(v) = &str {
        errors.check_param("path", "str", v, 373usize);
    }
    let body: ::std::option::Option<super::types::Union2> = errors
        .json_body(&raw_body, false, Some(4usize));
    if !errors.is_empty() {
        return errors.into_response_as("application/json");
    }
    let (Some(str),) = (str,) else {
        return errors.into_response_as("application/json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::str_post(&*served.api, ctx, str, body);
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "str_post", method = "POST", path = "/op87/{str}",
        status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
