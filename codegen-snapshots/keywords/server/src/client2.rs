//! Handlers, parameter structs and response enums of the operations with this module's tag.
/// Query, header and cookie parameters of `client`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ClientParams {
    pub client2: ::std::option::Option<::std::string::String>,
    pub client3: ::std::option::Option<::std::string::String>,
    pub client4: ::std::option::Option<::std::string::String>,
}
/// Headers of the Ok response of `client`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ClientOkHeaders {
    pub client: ::std::option::Option<::std::string::String>,
}
/// Responses of `client`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum ClientResponse {
    /// ok
    Ok { body: super::types::Everything, headers: ClientOkHeaders },
    /// error
    Default { status: u16, body: super::types::Error },
}
impl ::axum::response::IntoResponse for ClientResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok { body, headers } => {
                let mut response = super::runtime::json_response_as(
                    200u16,
                    "application/json",
                    &body,
                );
                super::runtime::set_header(&mut response, "Client", &headers.client);
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
/// axum handler for `GET` "/op145/{Client}".
#[allow(unused_variables, unused_mut)]
pub async fn client<A: super::Api>(
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
    let alternatives: &[&[usize]] = &[&[145usize]];
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
    let principal = match served.auth.authenticate_dyn("client", &credentials).await {
        Ok(p) => Some(p),
        Err(e) => return super::refused(e, alternatives, "application/problem+json"),
    };
    let decoded_path: ::std::vec::Vec<&str> = raw_path.iter().map(|(_, v)| v).collect();
    let path_values = super::runtime::path_values(
        "/op145/{Client}",
        uri.path(),
        &decoded_path,
    );
    let client: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "Client", "simple", false);
    let client2: ::std::option::Option<::std::string::String> = errors
        .query(&pairs, "Client", "form", true, false);
    let client3: ::std::option::Option<::std::string::String> = errors
        .header(&headers, "Client", false);
    let client4: ::std::option::Option<::std::string::String> = errors
        .cookie(&headers, "Client", false);
    if let Some(v) = &client {
        errors.check_param("path", "Client", v, 605usize);
    }
    if let Some(v) = &client2 {
        errors.check_param("query", "Client", v, 606usize);
    }
    if let Some(v) = &client3 {
        errors.check_param("header", "Client", v, 607usize);
    }
    if let Some(v) = &client4 {
        errors.check_param("cookie", "Client", v, 608usize);
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
    let response = <A as super::Api>::client(
        &*served.api,
        ctx,
        client,
        ClientParams {
            client2,
            client3,
            client4,
        },
    );
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "Client", method = "GET", path =
        "/op145/{Client}", status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
/// Responses of `client_post`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum ClientPostResponse {
    /// made
    Created(super::types::Untagged),
}
impl ::axum::response::IntoResponse for ClientPostResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Created(body) => {
                super::runtime::json_response_as(201u16, "application/json", &body)
            }
        }
    }
}
/// axum handler for `POST` "/op145/{Client}".
#[allow(unused_variables, unused_mut)]
pub async fn client_post<A: super::Api>(
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
        "/op145/{Client}",
        uri.path(),
        &decoded_path,
    );
    let client: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "Client", "simple", false);
    if let Some(v) = &client {
        errors.check_param("path", "Client", v, 605usize);
    }
    let body: ::std::option::Option<super::types::Union2> = errors
        .json_body(&raw_body, false, Some(4usize));
    if !errors.is_empty() {
        return errors.into_response_as("application/json");
    }
    let (Some(client),) = (client,) else {
        return errors.into_response_as("application/json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::client_post(&*served.api, ctx, client, body);
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "Client_post", method = "POST", path =
        "/op145/{Client}", status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
