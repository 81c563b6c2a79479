//! Handlers, parameter structs and response enums of the operations with this module's tag.
/// Query, header and cookie parameters of `into_iterator`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct IntoIteratorParams {
    pub into_iterator2: ::std::option::Option<::std::string::String>,
    pub into_iterator3: ::std::option::Option<::std::string::String>,
    pub into_iterator4: ::std::option::Option<::std::string::String>,
}
/// Headers of the Ok response of `into_iterator`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct IntoIteratorOkHeaders {
    pub into_iterator: ::std::option::Option<::std::string::String>,
}
/// Responses of `into_iterator`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum IntoIteratorResponse {
    /// ok
    Ok { body: super::types::Everything, headers: IntoIteratorOkHeaders },
    /// error
    Default { status: u16, body: super::types::Error },
}
impl ::axum::response::IntoResponse for IntoIteratorResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok { body, headers } => {
                let mut response = super::runtime::json_response_as(
                    200u16,
                    "application/json",
                    &body,
                );
                super::runtime::set_header(
                    &mut response,
                    "IntoIterator",
                    &headers.into_iterator,
                );
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
/// axum handler for `GET` "/op124/{IntoIterator}".
#[allow(unused_variables, unused_mut)]
pub async fn into_iterator<A: super::Api>(
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
    let alternatives: &[&[usize]] = &[&[124usize]];
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
    let principal = match served
        .auth
        .authenticate_dyn("into_iterator", &credentials)
        .await
    {
        Ok(p) => Some(p),
        Err(e) => return super::refused(e, alternatives, "application/problem+json"),
    };
    let decoded_path: ::std::vec::Vec<&str> = raw_path.iter().map(|(_, v)| v).collect();
    let path_values = super::runtime::path_values(
        "/op124/{IntoIterator}",
        uri.path(),
        &decoded_path,
    );
    let into_iterator: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "IntoIterator", "simple", false);
    let into_iterator2: ::std::option::Option<::std::string::String> = errors
        .query(&pairs, "IntoIterator", "form", true, false);
    let into_iterator3: ::std::option::Option<::std::string::String> = errors
        .header(&headers, "IntoIterator", false);
    let into_iterator4: ::std::option::Option<::std::string::String> = errors
        .cookie(&headers, "IntoIterator", false);
    if let Some(v) = &into_iterator {
        errors.check_param("path", "IntoIterator", v, 521usize);
    }
    if let Some(v) = &into_iterator2 {
        errors.check_param("query", "IntoIterator", v, 522usize);
    }
    if let Some(v) = &into_iterator3 {
        errors.check_param("header", "IntoIterator", v, 523usize);
    }
    if let Some(v) = &into_iterator4 {
        errors.check_param("cookie", "IntoIterator", v, 524usize);
    }
    if !errors.is_empty() {
        return errors.into_response_as("application/problem+json");
    }
    let (Some(into_iterator),) = (into_iterator,) else {
        return errors.into_response_as("application/problem+json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::into_iterator(
        &*served.api,
        ctx,
        into_iterator,
        IntoIteratorParams {
            into_iterator2,
            into_iterator3,
            into_iterator4,
        },
    );
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "IntoIterator", method = "GET", path =
        "/op124/{IntoIterator}", status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
/// Responses of `into_iterator_post`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum IntoIteratorPostResponse {
    /// made
    Created(super::types::Untagged),
}
impl ::axum::response::IntoResponse for IntoIteratorPostResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Created(body) => {
                super::runtime::json_response_as(201u16, "application/json", &body)
            }
        }
    }
}
/// axum handler for `POST` "/op124/{IntoIterator}".
#[allow(unused_variables, unused_mut)]
pub async fn into_iterator_post<A: super::Api>(
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
        "/op124/{IntoIterator}",
        uri.path(),
        &decoded_path,
    );
    let into_iterator: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "IntoIterator", "simple", false);
    if let Some(v) = &into_iterator {
        errors.check_param("path", "IntoIterator", v, 521usize);
    }
    let body: ::std::option::Option<super::types::Union2> = errors
        .json_body(&raw_body, true, Some(4usize));
    if !errors.is_empty() {
        return errors.into_response_as("application/json");
    }
    let (Some(into_iterator), Some(body)) = (into_iterator, body) else {
        return errors.into_response_as("application/json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::into_iterator_post(
        &*served.api,
        ctx,
        into_iterator,
        body,
    );
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "IntoIterator_post", method = "POST", path =
        "/op124/{IntoIterator}", status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
