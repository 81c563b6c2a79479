//! Handlers, parameter structs and response enums of the operations with this module's tag.
/// Query, header and cookie parameters of `api`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ApiParams {
    pub api3: ::std::option::Option<::std::string::String>,
    pub api4: ::std::option::Option<::std::string::String>,
    pub api5: ::std::option::Option<::std::string::String>,
}
/// Headers of the Ok response of `api`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ApiOkHeaders {
    pub api: ::std::option::Option<::std::string::String>,
}
/// Responses of `api`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum ApiResponse {
    /// ok
    Ok { body: super::types::Everything, headers: ApiOkHeaders },
    /// error
    Default { status: u16, body: super::types::Error },
}
impl ::axum::response::IntoResponse for ApiResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok { body, headers } => {
                let mut response = super::runtime::json_response_as(
                    200u16,
                    "application/json",
                    &body,
                );
                super::runtime::set_header(&mut response, "Api", &headers.api);
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
/// axum handler for `GET` "/op151/{Api}".
#[allow(unused_variables, unused_mut)]
pub async fn api<A: super::Api>(
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
    let alternatives: &[&[usize]] = &[&[151usize]];
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
    let principal = match served.auth.authenticate_dyn("api", &credentials).await {
        Ok(p) => Some(p),
        Err(e) => return super::refused(e, alternatives, "application/problem+json"),
    };
    let decoded_path: ::std::vec::Vec<&str> = raw_path.iter().map(|(_, v)| v).collect();
    let path_values = super::runtime::path_values(
        "/op151/{Api}",
        uri.path(),
        &decoded_path,
    );
    let api2: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "Api", "simple", false);
    let api3: ::std::option::Option<::std::string::String> = errors
        .query(&pairs, "Api", "form", true, false);
    let api4: ::std::option::Option<::std::string::String> = errors
        .header(&headers, "Api", false);
    let api5: ::std::option::Option<::std::string::String> = errors
        .cookie(&headers, "Api", false);
    if let Some(v) = &api2 {
        errors.check_param("path", "Api", v, 629usize);
    }
    if let Some(v) = &api3 {
        errors.check_param("query", "Api", v, 630usize);
    }
    if let Some(v) = &api4 {
        errors.check_param("header", "Api", v, 631usize);
    }
    if let Some(v) = &api5 {
        errors.check_param("cookie", "Api", v, 632usize);
    }
    if !errors.is_empty() {
        return errors.into_response_as("application/problem+json");
    }
    let (Some(api2),) = (api2,) else {
        return errors.into_response_as("application/problem+json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::api(
        &*served.api,
        ctx,
        api2,
        ApiParams { api3, api4, api5 },
    );
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "Api", method = "GET", path = "/op151/{Api}",
        status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
/// Responses of `api_post`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum ApiPostResponse {
    /// made
    Created(super::types::Untagged),
}
impl ::axum::response::IntoResponse for ApiPostResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Created(body) => {
                super::runtime::json_response_as(201u16, "application/json", &body)
            }
        }
    }
}
/// axum handler for `POST` "/op151/{Api}".
#[allow(unused_variables, unused_mut)]
pub async fn api_post<A: super::Api>(
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
        "/op151/{Api}",
        uri.path(),
        &decoded_path,
    );
    let api2: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "Api", "simple", false);
    if let Some(v) = &api2 {
        errors.check_param("path", "Api", v, 629usize);
    }
    let body: ::std::option::Option<super::types::Union2> = errors
        .json_body(&raw_body, false, Some(4usize));
    if !errors.is_empty() {
        return errors.into_response_as("application/json");
    }
    let (Some(api2),) = (api2,) else {
        return errors.into_response_as("application/json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::api_post(&*served.api, ctx, api2, body);
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "Api_post", method = "POST", path =
        "/op151/{Api}", status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
