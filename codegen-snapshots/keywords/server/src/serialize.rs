//! Handlers, parameter structs and response enums of the operations with this module's tag.
/// Query, header and cookie parameters of `serialize`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SerializeParams {
    pub serialize2: ::std::option::Option<::std::string::String>,
    pub serialize3: ::std::option::Option<::std::string::String>,
    pub serialize4: ::std::option::Option<::std::string::String>,
}
/// Headers of the Ok response of `serialize`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SerializeOkHeaders {
    pub serialize: ::std::option::Option<::std::string::String>,
}
/// Responses of `serialize`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum SerializeResponse {
    /// ok
    Ok { body: super::types::Everything, headers: SerializeOkHeaders },
    /// error
    Default { status: u16, body: super::types::Error },
}
impl ::axum::response::IntoResponse for SerializeResponse {
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
                    "Serialize",
                    &headers.serialize,
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
/// axum handler for `GET` "/op138/{Serialize}".
#[allow(unused_variables, unused_mut)]
pub async fn serialize<A: super::Api>(
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
    let alternatives: &[&[usize]] = &[&[138usize]];
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
    let principal = match served.auth.authenticate_dyn("serialize", &credentials).await {
        Ok(p) => Some(p),
        Err(e) => return super::refused(e, alternatives, "application/problem+json"),
    };
    let decoded_path: ::std::vec::Vec<&str> = raw_path.iter().map(|(_, v)| v).collect();
    let path_values = super::runtime::path_values(
        "/op138/{Serialize}",
        uri.path(),
        &decoded_path,
    );
    let serialize: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "Serialize", "simple", false);
    let serialize2: ::std::option::Option<::std::string::String> = errors
        .query(&pairs, "Serialize", "form", true, false);
    let serialize3: ::std::option::Option<::std::string::String> = errors
        .header(&headers, "Serialize", false);
    let serialize4: ::std::option::Option<::std::string::String> = errors
        .cookie(&headers, "Serialize", false);
    if let Some(v) = &serialize {
        errors.check_param("path", "Serialize", v, 577usize);
    }
    if let Some(v) = &serialize2 {
        errors.check_param("query", "Serialize", v, 578usize);
    }
    if let Some(v) = &serialize3 {
        errors.check_param("header", "Serialize", v, 579usize);
    }
    if let Some(v) = &serialize4 {
        errors.check_param("cookie", "Serialize", v, 580usize);
    }
    if !errors.is_empty() {
        return errors.into_response_as("application/problem+json");
    }
    let (Some(serialize),) = (serialize,) else {
        return errors.into_response_as("application/problem+json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::serialize(
        &*served.api,
        ctx,
        serialize,
        SerializeParams {
            serialize2,
            serialize3,
            serialize4,
        },
    );
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "Serialize", method = "GET", path =
        "/op138/{Serialize}", status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
/// Responses of `serialize_post`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum SerializePostResponse {
    /// made
    Created(super::types::Untagged),
}
impl ::axum::response::IntoResponse for SerializePostResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Created(body) => {
                super::runtime::json_response_as(201u16, "application/json", &body)
            }
        }
    }
}
/// axum handler for `POST` "/op138/{Serialize}".
#[allow(unused_variables, unused_mut)]
pub async fn serialize_post<A: super::Api>(
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
        "/op138/{Serialize}",
        uri.path(),
        &decoded_path,
    );
    let serialize: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "Serialize", "simple", false);
    if let Some(v) = &serialize {
        errors.check_param("path", "Serialize", v, 577usize);
    }
    let body: ::std::option::Option<super::types::Union2> = errors
        .json_body(&raw_body, true, Some(4usize));
    if !errors.is_empty() {
        return errors.into_response_as("application/json");
    }
    let (Some(serialize), Some(body)) = (serialize, body) else {
        return errors.into_response_as("application/json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::serialize_post(&*served.api, ctx, serialize, body);
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "Serialize_post", method = "POST", path =
        "/op138/{Serialize}", status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
