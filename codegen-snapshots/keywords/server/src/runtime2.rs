//! Handlers, parameter structs and response enums of the operations with this module's tag.
/// Query, header and cookie parameters of `runtime`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RuntimeParams {
    pub runtime2: ::std::option::Option<::std::string::String>,
    pub runtime3: ::std::option::Option<::std::string::String>,
    pub runtime4: ::std::option::Option<::std::string::String>,
}
/// Headers of the Ok response of `runtime`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RuntimeOkHeaders {
    pub runtime: ::std::option::Option<::std::string::String>,
}
/// Responses of `runtime`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum RuntimeResponse {
    /// ok
    Ok { body: super::types::Everything, headers: RuntimeOkHeaders },
    /// error
    Default { status: u16, body: super::types::Error },
}
impl ::axum::response::IntoResponse for RuntimeResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok { body, headers } => {
                let mut response = super::runtime::json_response_as(
                    200u16,
                    "application/json",
                    &body,
                );
                super::runtime::set_header(&mut response, "runtime", &headers.runtime);
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
/// axum handler for `GET` "/op172/{runtime}".
#[allow(unused_variables, unused_mut)]
pub async fn runtime<A: super::Api>(
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
    let alternatives: &[&[usize]] = &[&[172usize]];
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
    let principal = match served.auth.authenticate_dyn("runtime", &credentials).await {
        Ok(p) => Some(p),
        Err(e) => return super::refused(e, alternatives, "application/problem+json"),
    };
    let decoded_path: ::std::vec::Vec<&str> = raw_path.iter().map(|(_, v)| v).collect();
    let path_values = super::runtime::path_values(
        "/op172/{runtime}",
        uri.path(),
        &decoded_path,
    );
    let runtime: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "runtime", "simple", false);
    let runtime2: ::std::option::Option<::std::string::String> = errors
        .query(&pairs, "runtime", "form", true, false);
    let runtime3: ::std::option::Option<::std::string::String> = errors
        .header(&headers, "runtime", false);
    let runtime4: ::std::option::Option<::std::string::String> = errors
        .cookie(&headers, "runtime", false);
    if let Some(v) = &runtime {
        errors.check_param("path", "runtime", v, 713usize);
    }
    if let Some(v) = &runtime2 {
        errors.check_param("query", "runtime", v, 714usize);
    }
    if let Some(v) = &runtime3 {
        errors.check_param("header", "runtime", v, 715usize);
    }
    if let Some(v) = &runtime4 {
        errors.check_param("cookie", "runtime", v, 716usize);
    }
    if !errors.is_empty() {
        return errors.into_response_as("application/problem+json");
    }
    let (Some(runtime),) = (runtime,) else {
        return errors.into_response_as("application/problem+json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::runtime(
        &*served.api,
        ctx,
        runtime,
        RuntimeParams {
            runtime2,
            runtime3,
            runtime4,
        },
    );
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "runtime", method = "GET", path =
        "/op172/{runtime}", status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
/// Responses of `runtime_post`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum RuntimePostResponse {
    /// made
    Created(super::types::Untagged),
}
impl ::axum::response::IntoResponse for RuntimePostResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Created(body) => {
                super::runtime::json_response_as(201u16, "application/json", &body)
            }
        }
    }
}
/// axum handler for `POST` "/op172/{runtime}".
#[allow(unused_variables, unused_mut)]
pub async fn runtime_post<A: super::Api>(
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
        "/op172/{runtime}",
        uri.path(),
        &decoded_path,
    );
    let runtime: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "runtime", "simple", false);
    if let Some(v) = &runtime {
        errors.check_param("path", "runtime", v, 713usize);
    }
    let body: ::std::option::Option<super::types::Union2> = errors
        .json_body(&raw_body, true, Some(4usize));
    if !errors.is_empty() {
        return errors.into_response_as("application/json");
    }
    let (Some(runtime), Some(body)) = (runtime, body) else {
        return errors.into_response_as("application/json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::runtime_post(&*served.api, ctx, runtime, body);
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "runtime_post", method = "POST", path =
        "/op172/{runtime}", status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
