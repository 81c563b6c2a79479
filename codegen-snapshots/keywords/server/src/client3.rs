//! Handlers, parameter structs and response enums of the operations with this module's tag.
/// Query, header and cookie parameters of `client2`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Client2Params {
    pub client2: ::std::option::Option<::std::string::String>,
    pub client3: ::std::option::Option<::std::string::String>,
    pub client4: ::std::option::Option<::std::string::String>,
}
/// Headers of the Ok response of `client2`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Client2OkHeaders {
    pub client: ::std::option::Option<::std::string::String>,
}
/// Responses of `client2`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum Client2Response {
    /// ok
    Ok { body: super::types::Everything, headers: Client2OkHeaders },
    /// error
    Default { status: u16, body: super::types::Error },
}
impl ::axum::response::IntoResponse for Client2Response {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok { body, headers } => {
                let mut response = super::runtime::json_response_as(
                    200u16,
                    "application/json",
                    &body,
                );
                super::runtime::set_header(&mut response, "client", &headers.client);
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
/// axum handler for `GET` "/op170/{client}".
#[allow(unused_variables, unused_mut)]
pub async fn client2<A: super::Api>(
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
    let alternatives: &[&[usize]] = &[&[170usize]];
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
    let principal = match served.auth.authenticate_dyn("client2", &credentials).await {
        Ok(p) => Some(p),
        Err(e) => return super::refused(e, alternatives, "application/problem+json"),
    };
    let decoded_path: ::std::vec::Vec<&str> = raw_path.iter().map(|(_, v)| v).collect();
    let path_values = super::runtime::path_values(
        "/op170/{client}",
        uri.path(),
        &decoded_path,
    );
    let client: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "client", "simple", false);
    let client2: ::std::option::Option<::std::string::String> = errors
        .query(&pairs, "client", "form", true, false);
    let client3: ::std::option::Option<::std::string::String> = errors
        .header(&headers, "client", false);
    let client4: ::std::option::Option<::std::string::String> = errors
        .cookie(&headers, "client", false);
    if let Some(v) = &client {
        errors.check_param("path", "client", v, 705usize);
    }
    if let Some(v) = &client2 {
        errors.check_param("query", "client", v, 706usize);
    }
    if let Some(v) = &client3 {
        errors.check_param("header", "client", v, 707usize);
    }
    if let Some(v) = &client4 {
        errors.check_param("cookie", "client", v, 708usize);
    }
    if !errors.is_empty() {
        return errors.into_response_as("application/problem+json");
    }
    let (Some(client),) = (client,) else {
        return errors.into_response_as("application/problem+json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::client2(
        &*served.api,
        ctx,
        client,
        Client2Params {
            client2,
            client3,
            client4,
        },
    );
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "client", method = "GET", path =
        "/op170/{client}", status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
/// Responses of `client_post2`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum ClientPost2Response {
    /// made
    Created(super::types::Untagged),
}
impl ::axum::response::IntoResponse for ClientPost2Response {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Created(body) => {
                super::runtime::json_response_as(201u16, "application/json", &body)
            }
        }
    }
}
/// axum handler for `POST` "/op170/{client}".
#[allow(unused_variables, unused_mut)]
pub async fn client_post2<A: super::Api>(
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
        "/op170/{client}",
        uri.path(),
        &decoded_path,
    );
    let client: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "client", "simple", false);
    if let Some(v) = &client {
        errors.check_param("path", "client", v, 705usize);
    }
    let body: ::std::option::Option<super::types::Union2> = errors
        .json_body(&raw_body, true, Some(4usize));
    if !errors.is_empty() {
        return errors.into_response_as("application/json");
    }
    let (Some(client), Some(body)) = (client, body) else {
        return errors.into_response_as("application/json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::client_post2(&*served.api, ctx, client, body);
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "client_post", method = "POST", path =
        "/op170/{client}", status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
