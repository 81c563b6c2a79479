//! Handlers, parameter structs and response enums of the operations with this module's tag.
/// Query, header and cookie parameters of `server`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ServerParams {
    pub server2: ::std::option::Option<::std::string::String>,
    pub server3: ::std::option::Option<::std::string::String>,
    pub server4: ::std::option::Option<::std::string::String>,
}
/// Headers of the Ok response of `server`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ServerOkHeaders {
    pub server: ::std::option::Option<::std::string::String>,
}
/// Responses of `server`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum ServerResponse {
    /// ok
    Ok { body: super::types::Everything, headers: ServerOkHeaders },
    /// error
    Default { status: u16, body: super::types::Error },
}
impl ::axum::response::IntoResponse for ServerResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok { body, headers } => {
                let mut response = super::runtime::json_response_as(
                    200u16,
                    "application/json",
                    &body,
                );
                super::runtime::set_header(&mut response, "server", &headers.server);
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
/// axum handler for `GET` "/op171/{server}".
#[allow(unused_variables, unused_mut)]
pub async fn server<A: super::Api>(
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
    let alternatives: &[&[usize]] = &[&[171usize]];
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
    let principal = match served.auth.authenticate_dyn("server", &credentials).await {
        Ok(p) => Some(p),
        Err(e) => return super::refused(e, alternatives, "application/problem+json"),
    };
    let decoded_path: ::std::vec::Vec<&str> = raw_path.iter().map(|(_, v)| v).collect();
    let path_values = super::runtime::path_values(
        "/op171/{server}",
        uri.path(),
        &decoded_path,
    );
    let server: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "server", "simple", false);
    let server2: ::std::option::Option<::std::string::String> = errors
        .query(&pairs, "server", "form", true, false);
    let server3: ::std::option::Option<::std::string::String> = errors
        .header(&headers, "server", false);
    let server4: ::std::option::Option<::std::string::String> = errors
        .cookie(&headers, "server", false);
    if let Some(v) = &server {
        errors.check_param("path", "server", v, 709usize);
    }
    if let Some(v) = &server2 {
        errors.check_param("query", "server", v, 710usize);
    }
    if let Some(v) = &server3 {
        errors.check_param("header", "server", v, 711usize);
    }
    if let Some(v) = &server4 {
        errors.check_param("cookie", "server", v, 712usize);
    }
    if !errors.is_empty() {
        return errors.into_response_as("application/problem+json");
    }
    let (Some(server),) = (server,) else {
        return errors.into_response_as("application/problem+json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::server(
        &*served.api,
        ctx,
        server,
        ServerParams {
            server2,
            server3,
            server4,
        },
    );
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "server", method = "GET", path =
        "/op171/{server}", status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
/// Responses of `server_post`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum ServerPostResponse {
    /// made
    Created(super::types::Untagged),
}
impl ::axum::response::IntoResponse for ServerPostResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Created(body) => {
                super::runtime::json_response_as(201u16, "application/json", &body)
            }
        }
    }
}
/// axum handler for `POST` "/op171/{server}".
#[allow(unused_variables, unused_mut)]
pub async fn server_post<A: super::Api>(
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
        "/op171/{server}",
        uri.path(),
        &decoded_path,
    );
    let server: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "server", "simple", false);
    if let Some(v) = &server {
        errors.check_param("path", "server", v, 709usize);
    }
    let body: ::std::option::Option<super::types::Union2> = errors
        .json_body(&raw_body, false, Some(4usize));
    if !errors.is_empty() {
        return errors.into_response_as("application/json");
    }
    let (Some(server),) = (server,) else {
        return errors.into_response_as("application/json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::server_post(&*served.api, ctx, server, body);
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "server_post", method = "POST", path =
        "/op171/{server}", status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
