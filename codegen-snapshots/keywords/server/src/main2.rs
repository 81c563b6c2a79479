//! Handlers, parameter structs and response enums of the operations with this module's tag.
/// Query, header and cookie parameters of `main`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct MainParams {
    pub main2: ::std::option::Option<::std::string::String>,
    pub main3: ::std::option::Option<::std::string::String>,
    pub main4: ::std::option::Option<::std::string::String>,
}
/// Headers of the Ok response of `main`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct MainOkHeaders {
    pub main: ::std::option::Option<::std::string::String>,
}
/// Responses of `main`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum MainResponse {
    /// ok
    Ok { body: super::types::Everything, headers: MainOkHeaders },
    /// error
    Default { status: u16, body: super::types::Error },
}
impl ::axum::response::IntoResponse for MainResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok { body, headers } => {
                let mut response = super::runtime::json_response_as(
                    200u16,
                    "application/json",
                    &body,
                );
                super::runtime::set_header(&mut response, "main", &headers.main);
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
/// axum handler for `GET` "/op202/{main}".
#[allow(unused_variables, unused_mut)]
pub async fn main<A: super::Api>(
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
    let alternatives: &[&[usize]] = &[&[202usize]];
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
    let principal = match served.auth.authenticate_dyn("main", &credentials).await {
        Ok(p) => Some(p),
        Err(e) => return super::refused(e, alternatives, "application/problem+json"),
    };
    let decoded_path: ::std::vec::Vec<&str> = raw_path.iter().map(|(_, v)| v).collect();
    let path_values = super::runtime::path_values(
        "/op202/{main}",
        uri.path(),
        &decoded_path,
    );
    let main: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "main", "simple", false);
    let main2: ::std::option::Option<::std::string::String> = errors
        .query(&pairs, "main", "form", true, false);
    let main3: ::std::option::Option<::std::string::String> = errors
        .header(&headers, "main", false);
    let main4: ::std::option::Option<::std::string::String> = errors
        .cookie(&headers, "main", false);
    if let Some(v) = &main {
        errors.check_param("path", "main", v, 833usize);
    }
    if let Some(v) = &main2 {
        errors.check_param("query", "main", v, 834usize);
    }
    if let Some(v) = &main3 {
        errors.check_param("header", "main", v, 835usize);
    }
    if let Some(v) = &main4 {
        errors.check_param("cookie", "main", v, 836usize);
    }
    if !errors.is_empty() {
        return errors.into_response_as("application/problem+json");
    }
    let (Some(main),) = (main,) else {
        return errors.into_response_as("application/problem+json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::main(
        &*served.api,
        ctx,
        main,
        MainParams { main2, main3, main4 },
    );
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "main", method = "GET", path = "/op202/{main}",
        status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
/// Responses of `main_post`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum MainPostResponse {
    /// made
    Created(super::types::Untagged),
}
impl ::axum::response::IntoResponse for MainPostResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Created(body) => {
                super::runtime::json_response_as(201u16, "application/json", &body)
            }
        }
    }
}
/// axum handler for `POST` "/op202/{main}".
#[allow(unused_variables, unused_mut)]
pub async fn main_post<A: super::Api>(
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
        "/op202/{main}",
        uri.path(),
        &decoded_path,
    );
    let main: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "main", "simple", false);
    if let Some(v) = &main {
        errors.check_param("path", "main", v, 833usize);
    }
    let body: ::std::option::Option<super::types::Union2> = errors
        .json_body(&raw_body, true, Some(4usize));
    if !errors.is_empty() {
        return errors.into_response_as("application/json");
    }
    let (Some(main), Some(body)) = (main, body) else {
        return errors.into_response_as("application/json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::main_post(&*served.api, ctx, main, body);
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "main_post", method = "POST", path =
        "/op202/{main}", status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
