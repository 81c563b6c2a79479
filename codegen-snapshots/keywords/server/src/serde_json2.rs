//! Handlers, parameter structs and response enums of the operations with this module's tag.
/// Query, header and cookie parameters of `serde_json`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SerdeJsonParams {
    pub serde_json2: ::std::option::Option<::std::string::String>,
    pub serde_json3: ::std::option::Option<::std::string::String>,
    pub serde_json4: ::std::option::Option<::std::string::String>,
}
/// Headers of the Ok response of `serde_json`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SerdeJsonOkHeaders {
    pub serde_json: ::std::option::Option<::std::string::String>,
}
/// Responses of `serde_json`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum SerdeJsonResponse {
    /// ok
    Ok { body: super::types::Everything, headers: SerdeJsonOkHeaders },
    /// error
    Default { status: u16, body: super::types::Error },
}
impl ::axum::response::IntoResponse for SerdeJsonResponse {
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
                    "serde_json",
                    &headers.serde_json,
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
/// axum handler for `GET` "/op175/{serde_json}".
#[allow(unused_variables, unused_mut)]
pub async fn serde_json<A: super::Api>(
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
    let alternatives: &[&[usize]] = &[&[175usize]];
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
    let principal = match served.auth.authenticate_dyn("serde_json", &credentials).await
    {
        Ok(p) => Some(p),
        Err(e) => return super::refused(e, alternatives, "application/problem+json"),
    };
    let decoded_path: ::std::vec::Vec<&str> = raw_path.iter().map(|(_, v)| v).collect();
    let path_values = super::runtime::path_values(
        "/op175/{serde_json}",
        uri.path(),
        &decoded_path,
    );
    let serde_json: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "serde_json", "simple", false);
    let serde_json2: ::std::option::Option<::std::string::String> = errors
        .query(&pairs, "serde_json", "form", true, false);
    let serde_json3: ::std::option::Option<::std::string::String> = errors
        .header(&headers, "serde_json", false);
    let serde_json4: ::std::option::Option<::std::string::String> = errors
        .cookie(&headers, "serde_json", false);
    if let Some(v) = &serde_json {
        errors.check_param("path", "serde_json", v, 725usize);
    }
    if let Some(v) = &serde_json2 {
        errors.check_param("query", "serde_json", v, 726usize);
    }
    if let Some(v) = &serde_json3 {
        errors.check_param("header", "serde_json", v, 727usize);
    }
    if let Some(v) = &serde_json4 {
        errors.check_param("cookie", "serde_json", v, 728usize);
    }
    if !errors.is_empty() {
        return errors.into_response_as("application/problem+json");
    }
    let (Some(serde_json),) = (serde_json,) else {
        return errors.into_response_as("application/problem+json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::serde_json(
        &*served.api,
        ctx,
        serde_json,
        SerdeJsonParams {
            serde_json2,
            serde_json3,
            serde_json4,
        },
    );
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "serde_json", method = "GET", path =
        "/op175/{serde_json}", status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
/// Responses of `serde_json_post`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum SerdeJsonPostResponse {
    /// made
    Created(super::types::Untagged),
}
impl ::axum::response::IntoResponse for SerdeJsonPostResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Created(body) => {
                super::runtime::json_response_as(201u16, "application/json", &body)
            }
        }
    }
}
/// axum handler for `POST` "/op175/{serde_json}".
#[allow(unused_variables, unused_mut)]
pub async fn serde_json_post<A: super::Api>(
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
        "/op175/{serde_json}",
        uri.path(),
        &decoded_path,
    );
    let serde_json: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "serde_json", "simple", false);
    if let Some(v) = &serde_json {
        errors.check_param("path", "serde_json", v, 725usize);
    }
    let body: ::std::option::Option<super::types::Union2> = errors
        .json_body(&raw_body, false, Some(4usize));
    if !errors.is_empty() {
        return errors.into_response_as("application/json");
    }
    let (Some(serde_json),) = (serde_json,) else {
        return errors.into_response_as("application/json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::serde_json_post(
        &*served.api,
        ctx,
        serde_json,
        body,
    );
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "serde_json_post", method = "POST", path =
        "/op175/{serde_json}", status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
