//! Handlers, parameter structs and response enums of the operations with this module's tag.
/// Query, header and cookie parameters of `mut`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct MutParams {
    pub mut2: ::std::option::Option<::std::string::String>,
    pub mut3: ::std::option::Option<::std::string::String>,
    pub mut4: ::std::option::Option<::std::string::String>,
}
/// Headers of the Ok response of `mut`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct MutOkHeaders {
    pub r#mut: ::std::option::Option<::std::string::String>,
}
/// Responses of `mut`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum MutResponse {
    /// ok
    Ok { body: super::types::Everything, headers: MutOkHeaders },
    /// error
    Default { status: u16, body: super::types::Error },
}
impl ::axum::response::IntoResponse for MutResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok { body, headers } => {
                let mut response = super::runtime::json_response_as(
                    200u16,
                    "application/json",
                    &body,
                );
                super::runtime::set_header(&mut response, "mut", &headers.r#mut);
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
/// axum handler for `GET` "/op19/{mut}".
#[allow(unused_variables, unused_mut)]
pub async fn r#mut<A: super::Api>(
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
    let alternatives: &[&[usize]] = &[&[19usize]];
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
    let principal = match served.auth.authenticate_dyn("mut", &credentials).await {
        Ok(p) => Some(p),
        Err(e) => return super::refused(e, alternatives, "application/problem+json"),
    };
    let decoded_path: ::std::vec::Vec<&str> = raw_path.iter().map(|(_, v)| v).collect();
    let path_values = super::runtime::path_values(
        "/op19/{mut}",
        uri.path(),
        &decoded_path,
    );
    let r#mut: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "mut", "simple", false);
    let mut2: ::std::option::Option<::std::string::String> = errors
        .query(&pairs, "mut", "form", true, false);
    let mut3: ::std::option::Option<::std::string::String> = errors
        .header(&headers, "mut", false);
    let mut4: ::std::option::Option<::std::string::String> = errors
        .cookie(&headers, "mut", false);
    if let Some(v) = &r#mut {
        errors.check_param("path", "mut", v, 101usize);
    }
    if let Some(v) = &mut2 {
        errors.check_param("query", "mut", v, 102usize);
    }
    if let Some(v) = &mut3 {
        errors.check_param("header", "mut", v, 103usize);
    }
    if let Some(v) = &mut4 {
        errors.check_param("cookie", "mut", v, 104usize);
    }
    if !errors.is_empty() {
        return errors.into_response_as("application/problem+json");
    }
    let (Some(r#mut),) = (r#mut,) else {
        return errors.into_response_as("application/problem+json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::r#mut(
        &*served.api,
        ctx,
        r#mut,
        MutParams { mut2, mut3, mut4 },
    );
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "mut", method = "GET", path = "/op19/{mut}",
        status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
/// Responses of `mut_post`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum MutPostResponse {
    /// made
    Created(super::types::Untagged),
}
impl ::axum::response::IntoResponse for MutPostResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Created(body) => {
                super::runtime::json_response_as(201u16, "application/json", &body)
            }
        }
    }
}
/// axum handler for `POST` "/op19/{mut}".
#[allow(unused_variables, unused_mut)]
pub async fn mut_post<A: super::Api>(
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
        "/op19/{mut}",
        uri.path(),
        &decoded_path,
    );
    let r#mut: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "mut", "simple", false);
    if let Some(v) = &r#mut {
        errors.check_param("path", "mut", v, 101usize);
    }
    let body: ::std::option::Option<super::types::Union2> = errors
        .json_body(&raw_body, false, Some(4usize));
    if !errors.is_empty() {
        return errors.into_response_as("application/json");
    }
    let (Some(r#mut),) = (r#mut,) else {
        return errors.into_response_as("application/json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::mut_post(&*served.api, ctx, r#mut, body);
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "mut_post", method = "POST", path = "/op19/{mut}",
        status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
