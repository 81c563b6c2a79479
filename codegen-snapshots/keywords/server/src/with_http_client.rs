//! Handlers, parameter structs and response enums of the operations with this module's tag.
/// Query, header and cookie parameters of `with_http_client3`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct WithHttpClient3Params {
    pub with_http_client2: ::std::option::Option<::std::string::String>,
    pub with_http_client3: ::std::option::Option<::std::string::String>,
    pub with_http_client4: ::std::option::Option<::std::string::String>,
}
/// Headers of the Ok response of `with_http_client3`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct WithHttpClient3OkHeaders {
    pub with_http_client: ::std::option::Option<::std::string::String>,
}
/// Responses of `with_http_client3`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum WithHttpClient3Response {
    /// ok
    Ok { body: super::types::Everything, headers: WithHttpClient3OkHeaders },
    /// error
    Default { status: u16, body: super::types::Error },
}
impl ::axum::response::IntoResponse for WithHttpClient3Response {
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
                    "with_http_client",
                    &headers.with_http_client,
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
/// axum handler for `GET` "/op166/{with_http_client}".
#[allow(unused_variables, unused_mut)]
pub async fn with_http_client3<A: super::Api>(
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
    let alternatives: &[&[usize]] = &[&[166usize]];
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
        .authenticate_dyn("with_http_client3", &credentials)
        .await
    {
        Ok(p) => Some(p),
        Err(e) => return super::refused(e, alternatives, "application/problem+json"),
    };
    let decoded_path: ::std::vec::Vec<&str> = raw_path.iter().map(|(_, v)| v).collect();
    let path_values = super::runtime::path_values(
        "/op166/{with_http_client}",
        uri.path(),
        &decoded_path,
    );
    let with_http_client: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "with_http_client", "simple", false);
    let with_http_client2: ::std::option::Option<::std::string::String> = errors
        .query(&pairs, "with_http_client", "form", true, false);
    let with_http_client3: ::std::option::Option<::std::string::String> = errors
        .header(&headers, "with_http_client", false);
    let with_http_client4: ::std::option::Option<::std::string::String> = errors
        .cookie(&headers, "with_http_client", false);
    if let Some(v) = &with_http_client {
        errors.check_param("path", "with_http_client", v, 689usize);
    }
    if let Some(v) = &with_http_client2 {
        errors.check_param("query", "with_http_client", v, 690usize);
    }
    if let Some(v) = &with_http_client3 {
        errors.check_param("header", "with_http_client", v, 691usize);
    }
    if let Some(v) = &with_http_client4 {
        errors.check_param("cookie", "with_http_client", v, 692usize);
    }
    if !errors.is_empty() {
        return errors.into_response_as("application/problem+json");
    }
    let (Some(with_http_client),) = (with_http_client,) else {
        return errors.into_response_as("application/problem+json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::with_http_client3(
        &*served.api,
        ctx,
        with_http_client,
        WithHttpClient3Params {
            with_http_client2,
            with_http_client3,
            with_http_client4,
        },
    );
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "with_http_client", method = "GET", path =
        "/op166/{with_http_client}", status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
/// Responses of `with_http_client_post`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum WithHttpClientPostResponse {
    /// made
    Created(super::types::Untagged),
}
impl ::axum::response::IntoResponse for WithHttpClientPostResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Created(body) => {
                super::runtime::json_response_as(201u16, "application/json", &body)
            }
        }
    }
}
/// axum handler for `POST` "/op166/{with_http_client}".
#[allow(unused_variables, unused_mut)]
pub async fn with_http_client_post<A: super::Api>(
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
        "/op166/{with_http_client}",
        uri.path(),
        &decoded_path,
    );
    let with_http_client: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "with_http_client", "simple", false);
    if let Some(v) = &with_http_client {
        errors.check_param("path", "with_http_client", v, 689usize);
    }
    let body: ::std::option::Option<super::types::Union2> = errors
        .json_body(&raw_body, true, Some(4usize));
    if !errors.is_empty() {
        return errors.into_response_as("application/json");
    }
    let (Some(with_http_client), Some(body)) = (with_http_client, body) else {
        return errors.into_response_as("application/json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::with_http_client_post(
        &*served.api,
        ctx,
        with_http_client,
        body,
    );
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "with_http_client_post", method = "POST", path =
        "/op166/{with_http_client}", status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
