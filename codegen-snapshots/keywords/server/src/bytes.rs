//! Handlers, parameter structs and response enums of the operations with this module's tag.
/// Query, header and cookie parameters of `bytes`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct BytesParams {
    pub bytes2: ::std::option::Option<::std::string::String>,
    pub bytes3: ::std::option::Option<::std::string::String>,
    pub bytes4: ::std::option::Option<::std::string::String>,
}
/// Headers of the Ok response of `bytes`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct BytesOkHeaders {
    pub bytes: ::std::option::Option<::std::string::String>,
}
/// Responses of `bytes`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum BytesResponse {
    /// ok
    Ok { body: super::types::Everything, headers: BytesOkHeaders },
    /// error
    Default { status: u16, body: super::types::Error },
}
impl ::axum::response::IntoResponse for BytesResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok { body, headers } => {
                let mut response = super::runtime::json_response_as(
                    200u16,
                    "application/json",
                    &body,
                );
                super::runtime::set_header(&mut response, "Bytes", &headers.bytes);
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
/// axum handler for `GET` "/op155/{Bytes}".
#[allow(unused_variables, unused_mut)]
pub async fn bytes<A: super::Api>(
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
    let alternatives: &[&[usize]] = &[&[155usize]];
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
    let principal = match served.auth.authenticate_dyn("bytes", &credentials).await {
        Ok(p) => Some(p),
        Err(e) => return super::refused(e, alternatives, "application/problem+json"),
    };
    let decoded_path: ::std::vec::Vec<&str> = raw_path.iter().map(|(_, v)| v).collect();
    let path_values = super::runtime::path_values(
        "/op155/{Bytes}",
        uri.path(),
        &decoded_path,
    );
    let bytes_param: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "Bytes", "simple", false);
    let bytes2: ::std::option::Option<::std::string::String> = errors
        .query(&pairs, "Bytes", "form", true, false);
    let bytes3: ::std::option::Option<::std::string::String> = errors
        .header(&headers, "Bytes", false);
    let bytes4: ::std::option::Option<::std::string::String> = errors
        .cookie(&headers, "Bytes", false);
    if let Some(v) = &bytes_param {
        errors.check_param("path", "Bytes", v, 645usize);
    }
    if let Some(v) = &bytes2 {
        errors.check_param("query", "Bytes", v, 646usize);
    }
    if let Some(v) = &bytes3 {
        errors.check_param("header", "Bytes", v, 647usize);
    }
    if let Some(v) = &bytes4 {
        errors.check_param("cookie", "Bytes", v, 648usize);
    }
    if !errors.is_empty() {
        return errors.into_response_as("application/problem+json");
    }
    let (Some(bytes_param),) = (bytes_param,) else {
        return errors.into_response_as("application/problem+json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::bytes(
        &*served.api,
        ctx,
        bytes_param,
        BytesParams {
            bytes2,
            bytes3,
            bytes4,
        },
    );
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "Bytes", method = "GET", path = "/op155/{Bytes}",
        status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
/// Responses of `bytes_post`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum BytesPostResponse {
    /// made
    Created(super::types::Untagged),
}
impl ::axum::response::IntoResponse for BytesPostResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Created(body) => {
                super::runtime::json_response_as(201u16, "application/json", &body)
            }
        }
    }
}
/// axum handler for `POST` "/op155/{Bytes}".
#[allow(unused_variables, unused_mut)]
pub async fn bytes_post<A: super::Api>(
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
        "/op155/{Bytes}",
        uri.path(),
        &decoded_path,
    );
    let bytes_param: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "Bytes", "simple", false);
    if let Some(v) = &bytes_param {
        errors.check_param("path", "Bytes", v, 645usize);
    }
    let body: ::std::option::Option<super::types::Union2> = errors
        .json_body(&raw_body, false, Some(4usize));
    if !errors.is_empty() {
        return errors.into_response_as("application/json");
    }
    let (Some(bytes_param),) = (bytes_param,) else {
        return errors.into_response_as("application/json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::bytes_post(&*served.api, ctx, bytes_param, body);
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "Bytes_post", method = "POST", path =
        "/op155/{Bytes}", status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
