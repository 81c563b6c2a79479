//! Handlers, parameter structs and response enums of the operations with this module's tag.
/// Query, header and cookie parameters of `http_client2`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct HttpClient2Params {
    pub http_client2: ::std::option::Option<::std::string::String>,
    pub http_client3: ::std::option::Option<::std::string::String>,
    pub http_client4: ::std::option::Option<::std::string::String>,
}
/// Headers of the Ok response of `http_client2`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct HttpClient2OkHeaders {
    pub http_client: ::std::option::Option<::std::string::String>,
}
/// Responses of `http_client2`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum HttpClient2Response {
    /// ok
    Ok { body: super::types::Everything, headers: HttpClient2OkHeaders },
    /// error
    Default { status: u16, body: super::types::Error },
}
impl ::axum::response::IntoResponse for HttpClient2Response {
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
                    "http_client",
                    &headers.http_client,
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
/// axum handler for `GET` "/op168/{http_client}".
#[allow(unused_variables, unused_mut)]
pub async fn http_client2<A: super::Api>(
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
    let alternatives: &[&[usize]] = &[&[168usize]];
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
        .authenticate_dyn("http_client2", &credentials)
        .await
    {
        Ok(p) => Some(p),
        Err(e) => return super::refused(e, alternatives, "application/problem+json"),
    };
    let decoded_path: ::std::vec::Vec<&str> = raw_path.iter().map(|(_, v)| v).collect();
    let path_values = super::runtime::path_values(
        "/op168/{http_client}",
        uri.path(),
        &decoded_path,
    );
    let http_client: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "http_client", "simple", false);
    let http_client2: ::std::option::Option<::std::string::String> = errors
        .query(&pairs, "http_client", "form", true, false);
    let http_client3: ::std::option::Option<::std::string::String> = errors
        .header(&headers, "http_client", false);
    let http_client4: ::std::option::Option<::std::string::String> = errors
        .cookie(&headers, "http_client", false);
    if let Some(v) = &http_client {
        errors.check_param("path", "http_client", v, 697usize);
    }
    if let Some(v) = &http_client2 {
        errors.check_param("query", "http_client", v, 698usize);
    }
    if let Some(v) = &http_client3 {
        errors.check_param("header", "http_client", v, 699usize);
    }
    if let Some(v) = &http_client4 {
        errors.check_param("cookie", "http_client", v, 700usize);
    }
    if !errors.is_empty() {
        return errors.into_response_as("application/problem+json");
    }
    let (Some(http_client),) = (http_client,) else {
        return errors.into_response_as("application/problem+json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::http_client2(
        &*served.api,
        ctx,
        http_client,
        HttpClient2Params {
            http_client2,
            http_client3,
            http_client4,
        },
    );
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "http_client", method = "GET", path =
        "/op168/{http_client}", status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
/// Responses of `http_client_post`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum HttpClientPostResponse {
    /// made
    Created(super::types::Untagged),
}
impl ::axum::response::IntoResponse for HttpClientPostResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Created(body) => {
                super::runtime::json_response_as(201u16, "application/json", &body)
            }
        }
    }
}
/// axum handler for `POST` "/op168/{http_client}".
#[allow(unused_variables, unused_mut)]
pub async fn http_client_post<A: super::Api>(
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
        "/op168/{http_client}",
        uri.path(),
        &decoded_path,
    );
    let http_client: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "http_client", "simple", false);
    if let Some(v) = &http_client {
        errors.check_param("path", "http_client", v, 697usize);
    }
    let body: ::std::option::Option<super::types::Union2> = errors
        .json_body(&raw_body, true, Some(4usize));
    if !errors.is_empty() {
        return errors.into_response_as("application/json");
    }
    let (Some(http_client), Some(body)) = (http_client, body) else {
        return errors.into_response_as("application/json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::http_client_post(
        &*served.api,
        ctx,
        http_client,
        body,
    );
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "http_client_post", method = "POST", path =
        "/op168/{http_client}", status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
