//! Handlers, parameter structs and response enums of the operations with this module's tag.
/// Query, header and cookie parameters of `bool`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct BoolParams {
    pub bool2: ::std::option::Option<::std::string::String>,
    pub bool3: ::std::option::Option<::std::string::String>,
    pub bool4: ::std::option::Option<::std::string::String>,
}
/// Headers of the Ok response of `bool`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct BoolOkHeaders {
    pub bool: ::std::option::Option<::std::string::String>,
}
/// Responses of `bool`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum BoolResponse {
    /// ok
    Ok { body: super::types::Everything, headers: BoolOkHeaders },
    /// error
    Default { status: u16, body: super::types::Error },
}
impl ::axum::response::IntoResponse for BoolResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok { body, headers } => {
                let mut response = super::runtime::json_response_as(
                    200u16,
                    "application/json",
                    &body,
                );
                super::runtime::set_header(&mut response, "bool", &headers.bool);
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
/// axum handler for `GET` "/op85/{bool}".
#[allow(unused_variables, unused_mut)]
pub async fn bool<A: super::Api>(
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
    let alternatives: &[&[usize]] = &[&[85usize]];
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
    let principal = match served.auth.authenticate_dyn("bool", &credentials).await {
        Ok(p) => Some(p),
        Err(e) => return super::refused(e, alternatives, "application/problem+json"),
    };
    let decoded_path: ::std::vec::Vec<&str> = raw_path.iter().map(|(_, v)| v).collect();
    let path_values = super::runtime::path_values(
        "/op85/{bool}",
        uri.path(),
        &decoded_path,
    );
    let bool: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "bool", "simple", false);
    let bool2: ::std::option::Option<::std::string::String> = errors
        .query(&pairs, "bool", "form", true, false);
    let bool3: ::std::option::Option<::std::string::String> = errors
        .header(&headers, "bool", false);
    let bool4: ::std::option::Option<::std::string::String> = errors
        .cookie(&headers, "bool", false);
    if let Some(v) = &bool {
        errors.check_param("path", "bool", v, 365usize);
    }
    if let Some(v) = &bool2 {
        errors.check_param("query", "bool", v, 366usize);
    }
    if let Some(v) = &bool3 {
        errors.check_param("header", "bool", v, 367usize);
    }
    if let Some(v) = &bool4 {
        errors.check_param("cookie", "bool", v, 368usize);
    }
    if !errors.is_empty() {
        return errors.into_response_as("application/problem+json");
    }
    let (Some(bool),) = (bool,) else {
        return errors.into_response_as("application/problem+json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::bool(
        &*served.api,
        ctx,
        bool,
        BoolParams { bool2, bool3, bool4 },
    );
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "bool", method = "GET", path = "/op85/{bool}",
        status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
/// Responses of `bool_post`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum BoolPostResponse {
    /// made
    Created(super::types::Untagged),
}
impl ::axum::response::IntoResponse for BoolPostResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Created(body) => {
                super::runtime::json_response_as(201u16, "application/json", &body)
            }
        }
    }
}
/// axum handler for `POST` "/op85/{bool}".
#[allow(unused_variables, unused_mut)]
pub async fn bool_post<A: super::Api>(
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
        "/op85/{bool}",
        uri.path(),
        &decoded_path,
    );
    let bool: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "bool", "simple", false);
    if let Some(v) = &bool {
        errors.check_param("path", "bool", v, 365usize);
    }
    let body: ::std::option::Option<super::types::Union2> = errors
        .json_body(&raw_body, false, Some(4usize));
    if !errors.is_empty() {
        return errors.into_response_as("application/json");
    }
    let (Some(bool),) = (bool,) else {
        return errors.into_response_as("application/json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::bool_post(&*served.api, ctx, bool, body);
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "bool_post", method = "POST", path =
        "/op85/{bool}", status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
