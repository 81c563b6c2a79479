//! Handlers, parameter structs and response enums of the operations with this module's tag.
/// Query, header and cookie parameters of `serializer`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SerializerParams {
    pub serializer2: ::std::option::Option<::std::string::String>,
    pub serializer3: ::std::option::Option<::std::string::String>,
    pub serializer4: ::std::option::Option<::std::string::String>,
}
/// Headers of the Ok response of `serializer`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SerializerOkHeaders {
    pub serializer: ::std::option::Option<::std::string::String>,
}
/// Responses of `serializer`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum SerializerResponse {
    /// ok
    Ok { body: super::types::Everything, headers: SerializerOkHeaders },
    /// error
    Default { status: u16, body: super::types::Error },
}
impl ::axum::response::IntoResponse for SerializerResponse {
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
                    "Serializer",
                    &headers.serializer,
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
/// axum handler for `GET` "/op140/{Serializer}".
#[allow(unused_variables, unused_mut)]
pub async fn serializer<A: super::Api>(
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
    let alternatives: &[&[usize]] = &[&[140usize]];
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
    let principal = match served.auth.authenticate_dyn("serializer", &credentials).await
    {
        Ok(p) => Some(p),
        Err(e) => return super::refused(e, alternatives, "application/problem+json"),
    };
    let decoded_path: ::std::vec::Vec<&str> = raw_path.iter().map(|(_, v)| v).collect();
    let path_values = super::runtime::path_values(
        "/op140/{Serializer}",
        uri.path(),
        &decoded_path,
    );
    let serializer: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "Serializer", "simple", false);
    let serializer2: ::std::option::Option<::std::string::String> = errors
        .query(&pairs, "Serializer", "form", true, false);
    let serializer3: ::std::option::Option<::std::string::String> = errors
        .header(&headers, "Serializer", false);
    let serializer4: ::std::option::Option<::std::string::String> = errors
        .cookie(&headers, "Serializer", false);
    if let Some(v) = &serializer {
        errors.check_param("path", "Serializer", v, 585usize);
    }
    if let Some(v) = &serializer2 {
        errors.check_param("query", "Serializer", v, 586usize);
    }
    if let Some(v) = &serializer3 {
        errors.check_param("header", "Serializer", v, 587usize);
    }
    if let Some(v) = &serializer4 {
        errors.check_param("cookie", "Serializer", v, 588usize);
    }
    if !errors.is_empty() {
        return errors.into_response_as("application/problem+json");
    }
    let (Some(serializer),) = (serializer,) else {
        return errors.into_response_as("application/problem+json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::serializer(
        &*served.api,
        ctx,
        serializer,
        SerializerParams {
            serializer2,
            serializer3,
            serializer4,
        },
    );
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "Serializer", method = "GET", path =
        "/op140/{Serializer}", status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
/// Responses of `serializer_post`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum SerializerPostResponse {
    /// made
    Created(super::types::Untagged),
}
impl ::axum::response::IntoResponse for SerializerPostResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Created(body) => {
                super::runtime::json_response_as(201u16, "application/json", &body)
            }
        }
    }
}
/// axum handler for `POST` "/op140/{Serializer}".
#[allow(unused_variables, unused_mut)]
pub async fn serializer_post<A: super::Api>(
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
        "/op140/{Serializer}",
        uri.path(),
        &decoded_path,
    );
    let serializer: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "Serializer", "simple", false);
    if let Some(v) = &serializer {
        errors.check_param("path", "Serializer", v, 585usize);
    }
    let body: ::std::option::Option<super::types::Union2> = errors
        .json_body(&raw_body, true, Some(4usize));
    if !errors.is_empty() {
        return errors.into_response_as("application/json");
    }
    let (Some(serializer), Some(body)) = (serializer, body) else {
        return errors.into_response_as("application/json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::serializer_post(
        &*served.api,
        ctx,
        serializer,
        body,
    );
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "Serializer_post", method = "POST", path =
        "/op140/{Serializer}", status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
