//! Handlers, parameter structs and response enums of the operations with this module's tag.
/// Query, header and cookie parameters of `value5`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Value5Params {
    pub value2: ::std::option::Option<::std::string::String>,
    pub value3: ::std::option::Option<::std::string::String>,
    pub value4: ::std::option::Option<::std::string::String>,
}
/// Headers of the Ok response of `value5`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Value5OkHeaders {
    pub value: ::std::option::Option<::std::string::String>,
}
/// Responses of `value5`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum Value5Response {
    /// ok
    Ok { body: super::types::Everything, headers: Value5OkHeaders },
    /// error
    Default { status: u16, body: super::types::Error },
}
impl ::axum::response::IntoResponse for Value5Response {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok { body, headers } => {
                let mut response = super::runtime::json_response_as(
                    200u16,
                    "application/json",
                    &body,
                );
                super::runtime::set_header(&mut response, "*/", &headers.value);
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
/// axum handler for `GET` "/op65/{*/}".
#[allow(unused_variables, unused_mut)]
pub async fn value5<A: super::Api>(
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
    let alternatives: &[&[usize]] = &[&[65usize]];
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
    let principal = match served.auth.authenticate_dyn("value5", &credentials).await {
        Ok(p) => Some(p),
        Err(e) => return super::refused(e, alternatives, "application/problem+json"),
    };
    let decoded_path: ::std::vec::Vec<&str> = raw_path.iter().map(|(_, v)| v).collect();
    let path_values = super::runtime::path_values(
        "/op65/{*/}",
        uri.path(),
        &decoded_path,
    );
    let value: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "*/", "simple", false);
    let value2: ::std::option::Option<::std::string::String> = errors
        .query(&pairs, "*/", "form", true, false);
    let value3: ::std::option::Option<::std::string::String> = errors
        .header(&headers, "*/", false);
    let value4: ::std::option::Option<::std::string::String> = errors
        .cookie(&headers, "*/", false);
    if let Some(v) = &value {
        errors.check_param("path", "*/", v, 285usize);
    }
    if let Some(v) = &value2 {
        errors.check_param("query", "*/", v, 286usize);
    }
    if let Some(v) = &value3 {
        errors.check_param("header", "*/", v, 287usize);
    }
    if let Some(v) = &value4 {
        errors.check_param("cookie", "*/", v, 288usize);
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
    let response = <A as super::Api>::value5(
        &*served.api,
        ctx,
        value,
        Value5Params {
            value2,
            value3,
            value4,
        },
    );
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "*/", method = "GET", path = "/op65/{*/}", status
        = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
/// Responses of `post5`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum Post5Response {
    /// made
    Created(super::types::Untagged),
}
impl ::axum::response::IntoResponse for Post5Response {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Created(body) => {
                super::runtime::json_response_as(201u16, "application/json", &body)
            }
        }
    }
}
/// axum handler for `POST` "/op65/{*/}".
#[allow(unused_variables, unused_mut)]
pub async fn post5<A: super::Api>(
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
        "/op65/{*/}",
        uri.path(),
        &decoded_path,
    );
    let value: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "*/", "simple", false);
    if let Some(v) = &value {
        errors.check_param("path", "*/", v, 285usize);
    }
    let body: ::std::option::Option<super::types::Union2> = errors
        .json_body(&raw_body, false, Some(4usize));
    if !errors.is_empty() {
        return errors.into_response_as("application/json");
    }
    let (Some(value),) = (value,) else {
        return errors.into_response_as("application/json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::post5(&*served.api, ctx, value, body);
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "*/_post", method = "POST", path = "/op65/{*/}",
        status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
