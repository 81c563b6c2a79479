//! Handlers, parameter structs and response enums of the operations with this module's tag.
/// Query, header and cookie parameters of `into`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct IntoParams {
    pub into2: ::std::option::Option<::std::string::String>,
    pub into3: ::std::option::Option<::std::string::String>,
    pub into4: ::std::option::Option<::std::string::String>,
}
/// Headers of the Ok response of `into`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct IntoOkHeaders {
    pub into: ::std::option::Option<::std::string::String>,
}
/// Responses of `into`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum IntoResponse {
    /// ok
    Ok { body: super::types::Everything, headers: IntoOkHeaders },
    /// error
    Default { status: u16, body: super::types::Error },
}
impl ::axum::response::IntoResponse for IntoResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok { body, headers } => {
                let mut response = super::runtime::json_response_as(
                    200u16,
                    "application/json",
                    &body,
                );
                super::runtime::set_header(&mut response, "Into", &headers.into);
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
/// axum handler for `GET` "/op122/{Into}".
#[allow(unused_variables, unused_mut)]
pub async fn into<A: super::Api>(
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
    let alternatives: &[&[usize]] = &[&[122usize]];
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
    let principal = match served.auth.authenticate_dyn("into", &credentials).await {
        Ok(p) => Some(p),
        Err(e) => return super::refused(e, alternatives, "application/problem+json"),
    };
    let decoded_path: ::std::vec::Vec<&str> = raw_path.iter().map(|(_, v)| v).collect();
    let path_values = super::runtime::path_values(
        "/op122/{Into}",
        uri.path(),
        &decoded_path,
    );
    let into: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "Into", "simple", false);
    let into2: ::std::option::Option<::std::string::String> = errors
        .query(&pairs, "Into", "form", true, false);
    let into3: ::std::option::Option<::std::string::String> = errors
        .header(&headers, "Into", false);
    let into4: ::std::option::Option<::std::string::String> = errors
        .cookie(&headers, "Into", false);
    if let Some(v) = &into {
        errors.check_param("path", "Into", v, 513usize);
    }
    if let Some(v) = &into2 {
        errors.check_param("query", "Into", v, 514usize);
    }
    if let Some(v) = &into3 {
        errors.check_param("header", "Into", v, 515usize);
    }
    if let Some(v) = &into4 {
        errors.check_param("cookie", "Into", v, 516usize);
    }
    if !errors.is_empty() {
        return errors.into_response_as("application/problem+json");
    }
    let (Some(into),) = (into,) else {
        return errors.into_response_as("application/problem+json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::into(
        &*served.api,
        ctx,
        into,
        IntoParams { into2, into3, into4 },
    );
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "Into", method = "GET", path = "/op122/{Into}",
        status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
/// Responses of `into_post`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum IntoPostResponse {
    /// made
    Created(super::types::Untagged),
}
impl ::axum::response::IntoResponse for IntoPostResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Created(body) => {
                super::runtime::json_response_as(201u16, "application/json", &body)
            }
        }
    }
}
/// axum handler for `POST` "/op122/{Into}".
#[allow(unused_variables, unused_mut)]
pub async fn into_post<A: super::Api>(
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
        "/op122/{Into}",
        uri.path(),
        &decoded_path,
    );
    let into: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "Into", "simple", false);
    if let Some(v) = &into {
        errors.check_param("path", "Into", v, 513usize);
    }
    let body: ::std::option::Option<super::types::Union2> = errors
        .json_body(&raw_body, true, Some(4usize));
    if !errors.is_empty() {
        return errors.into_response_as("application/json");
    }
    let (Some(into), Some(body)) = (into, body) else {
        return errors.into_response_as("application/json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::into_post(&*served.api, ctx, into, body);
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "Into_post", method = "POST", path =
        "/op122/{Into}", status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
