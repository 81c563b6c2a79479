//! Handlers, parameter structs and response enums of the operations with this module's tag.
/// Query, header and cookie parameters of `value9`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Value9Params {
    pub value2: ::std::option::Option<::std::string::String>,
    pub value3: ::std::option::Option<::std::string::String>,
    pub value4: ::std::option::Option<::std::string::String>,
}
/// Headers of the Ok response of `value9`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Value9OkHeaders {
    pub value: ::std::option::Option<::std::string::String>,
}
/// Responses of `value9`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum Value9Response {
    /// ok
    Ok { body: super::types::Everything, headers: Value9OkHeaders },
    /// error
    Default { status: u16, body: super::types::Error },
}
impl ::axum::response::IntoResponse for Value9Response {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok { body, headers } => {
                let mut response = super::runtime::json_response_as(
                    200u16,
                    "application/json",
                    &body,
                );
                super::runtime::set_header(&mut response, "Value", &headers.value);
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
/// axum handler for `GET` "/op136/{Value}".
#[allow(unused_variables, unused_mut)]
pub async fn value9<A: super::Api>(
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
    let alternatives: &[&[usize]] = &[&[136usize]];
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
    let principal = match served.auth.authenticate_dyn("value9", &credentials).await {
        Ok(p) => Some(p),
        Err(e) => return super::refused(e, alternatives, "application/problem+json"),
    };
    let decoded_path: ::std::vec::Vec<&str> = raw_path.iter().map(|(_, v)| v).collect();
    let path_values = super::runtime::path_values(
        "/op136/{Value}",
        uri.path(),
        &decoded_path,
    );
    let value: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "Value", "simple", false);
    let value2: ::std::option::Option<::std::string::String> = errors
        .query(&pairs, "Value", "form", true, false);
    let value3: ::std::option::Option<::std::string::String> = errors
        .header(&headers, "Value", false);
    let value4: ::std::option::Option<::std::string::String> = errors
        .cookie(&headers, "Value", false);
    if let Some(v) = &value {
        errors.check_param("path", "Value", v, 569usize);
    }
    if let Some(v) = &value2 {
        errors.check_param("query", "Value", v, 570usize);
    }
    if let Some(v) = &value3 {
        errors.check_param("header", "Value", v, 571usize);
    }
    if let Some(v) = &value4 {
        errors.check_param("cookie", "Value", v, 572usize);
    }
    if !errors.is_empty() {
        return errors.into_response_as("application/problem+json");
    }
    let (Some(value),) = (value,) else {
        return errors.into_response_as("application/problem+json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::value9(
        &*served.api,
        ctx,
        value,
        Value9Params {
            value2,
            value3,
            value4,
        },
    );
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "Value", method = "GET", path = "/op136/{Value}",
        status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
/// Responses of `value_post`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum ValuePostResponse {
    /// made
    Created(super::types::Untagged),
}
impl ::axum::response::IntoResponse for ValuePostResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Created(body) => {
                super::runtime::json_response_as(201u16, "application/json", &body)
            }
        }
    }
}
/// axum handler for `POST` "/op136/{Value}".
#[allow(unused_variables, unused_mut)]
pub async fn value_post<A: super::Api>(
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
        "/op136/{Value}",
        uri.path(),
        &decoded_path,
    );
    let value: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "Value", "simple", false);
    if let Some(v) = &value {
        errors.check_param("path", "Value", v, 569usize);
    }
    let body: ::std::option::Option<super::types::Union2> = errors
        .json_body(&raw_body, true, Some(4usize));
    if !errors.is_empty() {
        return errors.into_response_as("application/json");
    }
    let (Some(value), Some(body)) = (value, body) else {
        return errors.into_response_as("application/json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::value_post(&*served.api, ctx, value, body);
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "Value_post", method = "POST", path =
        "/op136/{Value}", status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
