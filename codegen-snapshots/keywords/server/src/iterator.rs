//! Handlers, parameter structs and response enums of the operations with this module's tag.
/// Query, header and cookie parameters of `iterator`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct IteratorParams {
    pub iterator2: ::std::option::Option<::std::string::String>,
    pub iterator3: ::std::option::Option<::std::string::String>,
    pub iterator4: ::std::option::Option<::std::string::String>,
}
/// Headers of the Ok response of `iterator`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct IteratorOkHeaders {
    pub iterator: ::std::option::Option<::std::string::String>,
}
/// Responses of `iterator`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum IteratorResponse {
    /// ok
    Ok { body: super::types::Everything, headers: IteratorOkHeaders },
    /// error
    Default { status: u16, body: super::types::Error },
}
impl ::axum::response::IntoResponse for IteratorResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok { body, headers } => {
                let mut response = super::runtime::json_response_as(
                    200u16,
                    "application/json",
                    &body,
                );
                super::runtime::set_header(&mut response, "Iterator", &headers.iterator);
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
/// axum handler for `GET` "/op123/{Iterator}".
#[allow(unused_variables, unused_mut)]
pub async fn iterator<A: super::Api>(
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
    let alternatives: &[&[usize]] = &[&[123usize]];
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
    let principal = match served.auth.authenticate_dyn("iterator", &credentials).await {
        Ok(p) => Some(p),
        Err(e) => return super::refused(e, alternatives, "application/problem+json"),
    };
    let decoded_path: ::std::vec::Vec<&str> = raw_path.iter().map(|(_, v)| v).collect();
    let path_values = super::runtime::path_values(
        "/op123/{Iterator}",
        uri.path(),
        &decoded_path,
    );
    let iterator: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "Iterator", "simple", false);
    let iterator2: ::std::option::Option<::std::string::String> = errors
        .query(&pairs, "Iterator", "form", true, false);
    let iterator3: ::std::option::Option<::std::string::String> = errors
        .header(&headers, "Iterator", false);
    let iterator4: ::std::option::Option<::std::string::String> = errors
        .cookie(&headers, "Iterator", false);
    if let Some(v) = &iterator {
        errors.check_param("path", "Iterator", v, 517usize);
    }
    if let Some(v) = &iterator2 {
        errors.check_param("query", "Iterator", v, 518usize);
    }
    if let Some(v) = &iterator3 {
        errors.check_param("header", "Iterator", v, 519usize);
    }
    if let Some(v) = &iterator4 {
        errors.check_param("cookie", "Iterator", v, 520usize);
    }
    if !errors.is_empty() {
        return errors.into_response_as("application/problem+json");
    }
    let (Some(iterator),) = (iterator,) else {
        return errors.into_response_as("application/problem+json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::iterator(
        &*served.api,
        ctx,
        iterator,
        IteratorParams {
            iterator2,
            iterator3,
            iterator4,
        },
    );
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "Iterator", method = "GET", path =
        "/op123/{Iterator}", status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
/// Responses of `iterator_post`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum IteratorPostResponse {
    /// made
    Created(super::types::Untagged),
}
impl ::axum::response::IntoResponse for IteratorPostResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Created(body) => {
                super::runtime::json_response_as(201u16, "application/json", &body)
            }
        }
    }
}
/// axum handler for `POST` "/op123/{Iterator}".
#[allow(unused_variables, unused_mut)]
pub async fn iterator_post<A: super::Api>(
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
        "/op123/{Iterator}",
        uri.path(),
        &decoded_path,
    );
    let iterator: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "Iterator", "simple", false);
    if let Some(v) = &iterator {
        errors.check_param("path", "Iterator", v, 517usize);
    }
    let body: ::std::option::Option<super::types::Union2> = errors
        .json_body(&raw_body, false, Some(4usize));
    if !errors.is_empty() {
        return errors.into_response_as("application/json");
    }
    let (Some(iterator),) = (iterator,) else {
        return errors.into_response_as("application/json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::iterator_post(&*served.api, ctx, iterator, body);
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "Iterator_post", method = "POST", path =
        "/op123/{Iterator}", status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
