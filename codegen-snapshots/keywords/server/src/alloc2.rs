//! Handlers, parameter structs and response enums of the operations with this module's tag.
/// Query, header and cookie parameters of `alloc`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AllocParams {
    pub alloc2: ::std::option::Option<::std::string::String>,
    pub alloc3: ::std::option::Option<::std::string::String>,
    pub alloc4: ::std::option::Option<::std::string::String>,
}
/// Headers of the Ok response of `alloc`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AllocOkHeaders {
    pub alloc: ::std::option::Option<::std::string::String>,
}
/// Responses of `alloc`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum AllocResponse {
    /// ok
    Ok { body: super::types::Everything, headers: AllocOkHeaders },
    /// error
    Default { status: u16, body: super::types::Error },
}
impl ::axum::response::IntoResponse for AllocResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok { body, headers } => {
                let mut response = super::runtime::json_response_as(
                    200u16,
                    "application/json",
                    &body,
                );
                super::runtime::set_header(&mut response, "alloc", &headers.alloc);
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
/// axum handler for `GET` "/op184/{alloc}".
#[allow(unused_variables, unused_mut)]
pub async fn alloc<A: super::Api>(
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
    let alternatives: &[&[usize]] = &[&[184usize]];
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
    let principal = match served.auth.authenticate_dyn("alloc", &credentials).await {
        Ok(p) => Some(p),
        Err(e) => return super::refused(e, alternatives, "application/problem+json"),
    };
    let decoded_path: ::std::vec::Vec<&str> = raw_path.iter().map(|(_, v)| v).collect();
    let path_values = super::runtime::path_values(
        "/op184/{alloc}",
        uri.path(),
        &decoded_path,
    );
    let alloc: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "alloc", "simple", false);
    let alloc2: ::std::option::Option<::std::string::String> = errors
        .query(&pairs, "alloc", "form", true, false);
    let alloc3: ::std::option::Option<::std::string::String> = errors
        .header(&headers, "alloc", false);
    let alloc4: ::std::option::Option<::std::string::String> = errors
        .cookie(&headers, "alloc", false);
    if let Some(v) = &alloc {
        errors.check_param("path", "alloc", v, 761usize);
    }
    if let Some(v) = &alloc2 {
        errors.check_param("query", "alloc", v, 762usize);
    }
    if let Some(v) = &alloc3 {
        errors.check_param("header", "alloc", v, 763usize);
    }
    if let Some(v) = &alloc4 {
        errors.check_param("cookie", "alloc", v, 764usize);
    }
    if !errors.is_empty() {
        return errors.into_response_as("application/problem+json");
    }
    let (Some(alloc),) = (alloc,) else {
        return errors.into_response_as("application/problem+json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::alloc(
        &*served.api,
        ctx,
        alloc,
        AllocParams {
            alloc2,
            alloc3,
            alloc4,
        },
    );
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "alloc", method = "GET", path = "/op184/{alloc}",
        status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
/// Responses of `alloc_post`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum AllocPostResponse {
    /// made
    Created(super::types::Untagged),
}
impl ::axum::response::IntoResponse for AllocPostResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Created(body) => {
                super::runtime::json_response_as(201u16, "application/json", &body)
            }
        }
    }
}
/// axum handler for `POST` "/op184/{alloc}".
#[allow(unused_variables, unused_mut)]
pub async fn alloc_post<A: super::Api>(
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
        "/op184/{alloc}",
        uri.path(),
        &decoded_path,
    );
    let alloc: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "alloc", "simple", false);
    if let Some(v) = &alloc {
        errors.check_param("path", "alloc", v, 761usize);
    }
    let body: ::std::option::Option<super::types::Union2> = errors
        .json_body(&raw_body, true, Some(4usize));
    if !errors.is_empty() {
        return errors.into_response_as("application/json");
    }
    let (Some(alloc), Some(body)) = (alloc, body) else {
        return errors.into_response_as("application/json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::alloc_post(&*served.api, ctx, alloc, body);
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "alloc_post", method = "POST", path =
        "/op184/{alloc}", status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
