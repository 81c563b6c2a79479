//! Handlers, parameter structs and response enums of the operations with this module's tag.
/// Query, header and cookie parameters of `auto`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AutoParams {
    pub auto2: ::std::option::Option<::std::string::String>,
    pub auto3: ::std::option::Option<::std::string::String>,
    pub auto4: ::std::option::Option<::std::string::String>,
}
/// Headers of the Ok response of `auto`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AutoOkHeaders {
    pub auto: ::std::option::Option<::std::string::String>,
}
/// Responses of `auto`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum AutoResponse {
    /// ok
    Ok { body: super::types::Everything, headers: AutoOkHeaders },
    /// error
    Default { status: u16, body: super::types::Error },
}
impl ::axum::response::IntoResponse for AutoResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok { body, headers } => {
                let mut response = super::runtime::json_response_as(
                    200u16,
                    "application/json",
                    &body,
                );
                super::runtime::set_header(&mut response, "auto", &headers.auto);
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
/// axum handler for `GET` "/op57/{auto}".
#[allow(unused_variables, unused_mut)]
pub async fn auto<A: super::Api>(
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
    let alternatives: &[&[usize]] = &[&[57usize]];
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
    let principal = match served.auth.authenticate_dyn("auto", &credentials).await {
        Ok(p) => Some(p),
        Err(e) => return super::refused(e, alternatives, "application/problem+json"),
    };
    let decoded_path: ::std::vec::Vec<&str> = raw_path.iter().map(|(_, v)| v).collect();
    let path_values = super::runtime::path_values(
        "/op57/{auto}",
        uri.path(),
        &decoded_path,
    );
    let auto: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "auto", "simple", false);
    let auto2: ::std::option::Option<::std::string::String> = errors
        .query(&pairs, "auto", "form", true, false);
    let auto3: ::std::option::Option<::std::string::String> = errors
        .header(&headers, "auto", false);
    let auto4: ::std::option::Option<::std::string::String> = errors
        .cookie(&headers, "auto", false);
    if let Some(v) = &auto {
        errors.check_param("path", "auto", v, 253usize);
    }
    if let Some(v) = &auto2 {
        errors.check_param("query", "auto", v, 254usize);
    }
    if let Some(v) = &auto3 {
        errors.check_param("header", "auto", v, 255usize);
    }
    if let Some(v) = &auto4 {
        errors.check_param("cookie", "auto", v, 256usize);
    }
    if !errors.is_empty() {
        return errors.into_response_as("application/problem+json");
    }
    let (Some(auto),) = (auto,) else {
        return errors.into_response_as("application/problem+json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::auto(
        &*served.api,
        ctx,
        auto,
        AutoParams { auto2, auto3, auto4 },
    );
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "auto", method = "GET", path = "/op57/{auto}",
        status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
/// Responses of `auto_post`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum AutoPostResponse {
    /// made
    Created(super::types::Untagged),
}
impl ::axum::response::IntoResponse for AutoPostResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Created(body) => {
                super::runtime::json_response_as(201u16, "application/json", &body)
            }
        }
    }
}
/// axum handler for `POST` "/op57/{auto}".
#[allow(unused_variables, unused_mut)]
pub async fn auto_post<A: super::Api>(
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
        "/op57/{auto}",
        uri.path(),
        &decoded_path,
    );
    let auto: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "auto", "simple", false);
    if let Some(v) = &auto {
        errors.check_param("path", "auto", v, 253usize);
    }
    let body: ::std::option::Option<super::types::Union2> = errors
        .json_body(&raw_body, false, Some(4usize));
    if !errors.is_empty() {
        return errors.into_response_as("application/json");
    }
    let (Some(auto),) = (auto,) else {
        return errors.into_response_as("application/json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::auto_post(&*served.api, ctx, auto, body);
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "auto_post", method = "POST", path =
        "/op57/{auto}", status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
