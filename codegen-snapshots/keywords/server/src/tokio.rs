//! Handlers, parameter structs and response enums of the operations with this module's tag.
/// Query, header and cookie parameters of `tokio`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TokioParams {
    pub tokio2: ::std::option::Option<::std::string::String>,
    pub tokio3: ::std::option::Option<::std::string::String>,
    pub tokio4: ::std::option::Option<::std::string::String>,
}
/// Headers of the Ok response of `tokio`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TokioOkHeaders {
    pub tokio: ::std::option::Option<::std::string::String>,
}
/// Responses of `tokio`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum TokioResponse {
    /// ok
    Ok { body: super::types::Everything, headers: TokioOkHeaders },
    /// error
    Default { status: u16, body: super::types::Error },
}
impl ::axum::response::IntoResponse for TokioResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok { body, headers } => {
                let mut response = super::runtime::json_response_as(
                    200u16,
                    "application/json",
                    &body,
                );
                super::runtime::set_header(&mut response, "tokio", &headers.tokio);
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
/// axum handler for `GET` "/op179/{tokio}".
#[allow(unused_variables, unused_mut)]
pub async fn tokio<A: super::Api>(
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
    let alternatives: &[&[usize]] = &[&[179usize]];
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
    let principal = match served.auth.authenticate_dyn("tokio", &credentials).await {
        Ok(p) => Some(p),
        Err(e) => return super::refused(e, alternatives, "application/problem+json"),
    };
    let decoded_path: ::std::vec::Vec<&str> = raw_path.iter().map(|(_, v)| v).collect();
    let path_values = super::runtime::path_values(
        "/op179/{tokio}",
        uri.path(),
        &decoded_path,
    );
    let tokio: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "tokio", "simple", false);
    let tokio2: ::std::option::Option<::std::string::String> = errors
        .query(&pairs, "tokio", "form", true, false);
    let tokio3: ::std::option::Option<::std::string::String> = errors
        .header(&headers, "tokio", false);
    let tokio4: ::std::option::Option<::std::string::String> = errors
        .cookie(&headers, "tokio", false);
    if let Some(v) = &tokio {
        errors.check_param("path", "tokio", v, 741usize);
    }
    if let Some(v) = &tokio2 {
        errors.check_param("query", "tokio", v, 742usize);
    }
    if let Some(v) = &tokio3 {
        errors.check_param("header", "tokio", v, 743usize);
    }
    if let Some(v) = &tokio4 {
        errors.check_param("cookie", "tokio", v, 744usize);
    }
    if !errors.is_empty() {
        return errors.into_response_as("application/problem+json");
    }
    let (Some(tokio),) = (tokio,) else {
        return errors.into_response_as("application/problem+json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::tokio(
        &*served.api,
        ctx,
        tokio,
        TokioParams {
            tokio2,
            tokio3,
            tokio4,
        },
    );
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "tokio", method = "GET", path = "/op179/{tokio}",
        status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
/// Responses of `tokio_post`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum TokioPostResponse {
    /// made
    Created(super::types::Untagged),
}
impl ::axum::response::IntoResponse for TokioPostResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Created(body) => {
                super::runtime::json_response_as(201u16, "application/json", &body)
            }
        }
    }
}
/// axum handler for `POST` "/op179/{tokio}".
#[allow(unused_variables, unused_mut)]
pub async fn tokio_post<A: super::Api>(
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
        "/op179/{tokio}",
        uri.path(),
        &decoded_path,
    );
    let tokio: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "tokio", "simple", false);
    if let Some(v) = &tokio {
        errors.check_param("path", "tokio", v, 741usize);
    }
    let body: ::std::option::Option<super::types::Union2> = errors
        .json_body(&raw_body, false, Some(4usize));
    if !errors.is_empty() {
        return errors.into_response_as("application/json");
    }
    let (Some(tokio),) = (tokio,) else {
        return errors.into_response_as("application/json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::tokio_post(&*served.api, ctx, tokio, body);
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "tokio_post", method = "POST", path =
        "/op179/{tokio}", status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
