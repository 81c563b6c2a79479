//! Handlers, parameter structs and response enums of the operations with this module's tag.
/// Query, header and cookie parameters of `value3`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Value3Params {
    pub value: ::std::option::Option<::std::string::String>,
    pub x: ::std::option::Option<::std::string::String>,
    pub value2: ::std::option::Option<::std::string::String>,
}
/// Headers of the Ok response of `value3`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Value3OkHeaders {
    pub x_empty: ::std::option::Option<::std::string::String>,
}
/// Responses of `value3`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum Value3Response {
    /// ok
    Ok { body: super::types::Everything, headers: Value3OkHeaders },
    /// error
    Default { status: u16, body: super::types::Error },
}
impl ::axum::response::IntoResponse for Value3Response {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok { body, headers } => {
                let mut response = super::runtime::json_response_as(
                    200u16,
                    "application/json",
                    &body,
                );
                super::runtime::set_header(&mut response, "x-empty", &headers.x_empty);
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
/// axum handler for `GET` "/op63/{blank}".
#[allow(unused_variables, unused_mut)]
pub async fn value3<A: super::Api>(
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
    let alternatives: &[&[usize]] = &[&[63usize]];
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
    let principal = match served.auth.authenticate_dyn("value3", &credentials).await {
        Ok(p) => Some(p),
        Err(e) => return super::refused(e, alternatives, "application/problem+json"),
    };
    let decoded_path: ::std::vec::Vec<&str> = raw_path.iter().map(|(_, v)| v).collect();
    let path_values = super::runtime::path_values(
        "/op63/{blank}",
        uri.path(),
        &decoded_path,
    );
    let blank: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "blank", "simple", false);
    let value: ::std::option::Option<::std::string::String> = errors
        .query(&pairs, "", "form", true, false);
    let x: ::std::option::Option<::std::string::String> = errors
        .header(&headers, "x", false);
    let value2: ::std::option::Option<::std::string::String> = errors
        .cookie(&headers, "", false);
    if let Some(v) = &blank {
        errors.check_param("path", "blank", v, 277usize);
    }
    if let Some(v) = &value {
        errors.check_param("query", "", v, 278usize);
    }
    if let Some(v) = &x {
        errors.check_param("header", "x", v, 279usize);
    }
    if let Some(v) = &value2 {
        errors.check_param("cookie", "", v, 280usize);
    }
    if !errors.is_empty() {
        return errors.into_response_as("application/problem+json");
    }
    let (Some(blank),) = (blank,) else {
        return errors.into_response_as("application/problem+json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::value3(
        &*served.api,
        ctx,
        blank,
        Value3Params { value, x, value2 },
    );
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "", method = "GET", path = "/op63/{blank}", status
        = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
/// Responses of `post3`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum Post3Response {
    /// made
    Created(super::types::Untagged),
}
impl ::axum::response::IntoResponse for Post3Response {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Created(body) => {
                super::runtime::json_response_as(201u16, "application/json", &body)
            }
        }
    }
}
/// axum handler for `POST` "/op63/{blank}".
#[allow(unused_variables, unused_mut)]
pub async fn post3<A: super::Api>(
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
        "/op63/{blank}",
        uri.path(),
        &decoded_path,
    );
    let blank: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "blank", "simple", false);
    if let Some(v) = &blank {
        errors.check_param("path", "blank", v, 277usize);
    }
    let body: ::std::option::Option<super::types::Union2> = errors
        .json_body(&raw_body, false, Some(4usize));
    if !errors.is_empty() {
        return errors.into_response_as("application/json");
    }
    let (Some(blank),) = (blank,) else {
        return errors.into_response_as("application/json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::post3(&*served.api, ctx, blank, body);
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "post", method = "POST", path = "/op63/{blank}",
        status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
