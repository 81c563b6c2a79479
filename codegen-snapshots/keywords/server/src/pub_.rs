//! Handlers, parameter structs and response enums of the operations with this module's tag.
/// Query, header and cookie parameters of `pub`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PubParams {
    pub pub2: ::std::option::Option<::std::string::String>,
    pub pub3: ::std::option::Option<::std::string::String>,
    pub pub4: ::std::option::Option<::std::string::String>,
}
/// Headers of the Ok response of `pub`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PubOkHeaders {
    pub r#pub: ::std::option::Option<::std::string::String>,
}
/// Responses of `pub`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum PubResponse {
    /// ok
    Ok { body: super::types::Everything, headers: PubOkHeaders },
    /// error
    Default { status: u16, body: super::types::Error },
}
impl ::axum::response::IntoResponse for PubResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok { body, headers } => {
                let mut response = super::runtime::json_response_as(
                    200u16,
                    "application/json",
                    &body,
                );
                super::runtime::set_header(&mut response, "pub", &headers.r#pub);
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
/// axum handler for `GET` "/op20/{pub}".
#[allow(unused_variables, unused_mut)]
pub async fn r#pub<A: super::Api>(
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
    let alternatives: &[&[usize]] = &[&[20usize]];
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
    let principal = match served.auth.authenticate_dyn("pub", &credentials).await {
        Ok(p) => Some(p),
        Err(e) => return super::refused(e, alternatives, "application/problem+json"),
    };
    let decoded_path: ::std::vec::Vec<&str> = raw_path.iter().map(|(_, v)| v).collect();
    let path_values = super::runtime::path_values(
        "/op20/{pub}",
        uri.path(),
        &decoded_path,
    );
    let r#pub: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "pub", "simple", false);
    let pub2: ::std::option::Option<::std::string::String> = errors
        .query(&pairs, "pub", "form", true, false);
    let pub3: ::std::option::Option<::std::string::String> = errors
        .header(&headers, "pub", false);
    let pub4: ::std::option::Option<::std::string::String> = errors
        .cookie(&headers, "pub", false);
    if let Some(v) = &r#pub {
        errors.check_param("path", "pub", v, 105usize);
    }
    if let Some(v) = &pub2 {
        errors.check_param("query", "pub", v, 106usize);
    }
    if let Some(v) = &pub3 {
        errors.check_param("header", "pub", v, 107usize);
    }
    if let Some(v) = &pub4 {
        errors.check_param("cookie", "pub", v, 108usize);
    }
    if !errors.is_empty() {
        return errors.into_response_as("application/problem+json");
    }
    let (Some(r#pub),) = (r#pub,) else {
        return errors.into_response_as("application/problem+json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::r#pub(
        &*served.api,
        ctx,
        r#pub,
        PubParams { pub2, pub3, pub4 },
    );
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "pub", method = "GET", path = "/op20/{pub}",
        status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
/// Responses of `pub_post`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum PubPostResponse {
    /// made
    Created(super::types::Untagged),
}
impl ::axum::response::IntoResponse for PubPostResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Created(body) => {
                super::runtime::json_response_as(201u16, "application/json", &body)
            }
        }
    }
}
/// axum handler for `POST` "/op20/{pub}".
#[allow(unused_variables, unused_mut)]
pub async fn pub_post<A: super::Api>(
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
        "/op20/{pub}",
        uri.path(),
        &decoded_path,
    );
    let r#pub: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "pub", "simple", false);
    if let Some(v) = &r#pub {
        errors.check_param("path", "pub", v, 105usize);
    }
    let body: ::std::option::Option<super::types::Union2> = errors
        .json_body(&raw_body, true, Some(4usize));
    if !errors.is_empty() {
        return errors.into_response_as("application/json");
    }
    let (Some(r#pub), Some(body)) = (r#pub, body) else {
        return errors.into_response_as("application/json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::pub_post(&*served.api, ctx, r#pub, body);
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "pub_post", method = "POST", path = "/op20/{pub}",
        status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
