//! Handlers, parameter structs and response enums of the operations with this module's tag.
/// Query, header and cookie parameters of `method`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct MethodParams {
    pub method2: ::std::option::Option<::std::string::String>,
    pub method3: ::std::option::Option<::std::string::String>,
    pub method4: ::std::option::Option<::std::string::String>,
}
/// Headers of the Ok response of `method`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct MethodOkHeaders {
    pub method: ::std::option::Option<::std::string::String>,
}
/// Responses of `method`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum MethodResponse {
    /// ok
    Ok { body: super::types::Everything, headers: MethodOkHeaders },
    /// error
    Default { status: u16, body: super::types::Error },
}
impl ::axum::response::IntoResponse for MethodResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok { body, headers } => {
                let mut response = super::runtime::json_response_as(
                    200u16,
                    "application/json",
                    &body,
                );
                super::runtime::set_header(&mut response, "Method", &headers.method);
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
/// axum handler for `GET` "/op157/{Method}".
#[allow(unused_variables, unused_mut)]
pub async fn method<A: super::Api>(
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
    let alternatives: &[&[usize]] = &[&[157usize]];
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
    let principal = match served.auth.authenticate_dyn("method", &credentials).await {
        Ok(p) => Some(p),
        Err(e) => return super::refused(e, alternatives, "application/problem+json"),
    };
    let decoded_path: ::std::vec::Vec<&str> = raw_path.iter().map(|(_, v)| v).collect();
    let path_values = super::runtime::path_values(
        "/op157/{Method}",
        uri.path(),
        &decoded_path,
    );
    let method_param: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "Method", "simple", false);
    let method2: ::std::option::Option<::std::string::String> = errors
        .query(&pairs, "Method", "form", true, false);
    let method3: ::std::option::Option<::std::string::String> = errors
        .header(&headers, "Method", false);
    let method4: ::std::option::Option<::std::string::String> = errors
        .cookie(&headers, "Method", false);
    if let Some(v) = &method_param {
        errors.check_param("path", "Method", v, 653usize);
    }
    if let Some(v) = &method2 {
        errors.check_param("query", "Method", v, 654usize);
    }
    if let Some(v) = &method3 {
        errors.check_param("header", "Method", v, 655usize);
    }
    if let Some(v) = &method4 {
        errors.check_param("cookie", "Method", v, 656usize);
    }
    if !errors.is_empty() {
        return errors.into_response_as("application/problem+json");
    }
    let (Some(method_param),) = (method_param,) else {
        return errors.into_response_as("application/problem+json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::method(
        &*served.api,
        ctx,
        method_param,
        MethodParams {
            method2,
            method3,
            method4,
        },
    );
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "Method", method = "GET", path =
        "/op157/{Method}", status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
/// Responses of `method_post`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum MethodPostResponse {
    /// made
    Created(super::types::Untagged),
}
impl ::axum::response::IntoResponse for MethodPostResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Created(body) => {
                super::runtime::json_response_as(201u16, "application/json", &body)
            }
        }
    }
}
/// axum handler for `POST` "/op157/{Method}".
#[allow(unused_variables, unused_mut)]
pub async fn method_post<A: super::Api>(
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
        "/op157/{Method}",
        uri.path(),
        &decoded_path,
    );
    let method_param: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "Method", "simple", false);
    if let Some(v) = &method_param {
        errors.check_param("path", "Method", v, 653usize);
    }
    let body: ::std::option::Option<super::types::Union2> = errors
        .json_body(&raw_body, false, Some(4usize));
    if !errors.is_empty() {
        return errors.into_response_as("application/json");
    }
    let (Some(method_param),) = (method_param,) else {
        return errors.into_response_as("application/json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::method_post(&*served.api, ctx, method_param, body);
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "Method_post", method = "POST", path =
        "/op157/{Method}", status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
