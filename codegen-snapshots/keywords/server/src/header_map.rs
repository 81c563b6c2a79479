//! Handlers, parameter structs and response enums of the operations with this module's tag.
/// Query, header and cookie parameters of `header_map`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct HeaderMapParams {
    pub header_map2: ::std::option::Option<::std::string::String>,
    pub header_map3: ::std::option::Option<::std::string::String>,
    pub header_map4: ::std::option::Option<::std::string::String>,
}
/// Headers of the Ok response of `header_map`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct HeaderMapOkHeaders {
    pub header_map: ::std::option::Option<::std::string::String>,
}
/// Responses of `header_map`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum HeaderMapResponse {
    /// ok
    Ok { body: super::types::Everything, headers: HeaderMapOkHeaders },
    /// error
    Default { status: u16, body: super::types::Error },
}
impl ::axum::response::IntoResponse for HeaderMapResponse {
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
                    "HeaderMap",
                    &headers.header_map,
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
/// axum handler for `GET` "/op159/{HeaderMap}".
#[allow(unused_variables, unused_mut)]
pub async fn header_map<A: super::Api>(
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
    let alternatives: &[&[usize]] = &[&[159usize]];
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
    let principal = match served.auth.authenticate_dyn("header_map", &credentials).await
    {
        Ok(p) => Some(p),
        Err(e) => return super::refused(e, alternatives, "application/problem+json"),
    };
    let decoded_path: ::std::vec::Vec<&str> = raw_path.iter().map(|(_, v)| v).collect();
    let path_values = super::runtime::path_values(
        "/op159/{HeaderMap}",
        uri.path(),
        &decoded_path,
    );
    let header_map: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "HeaderMap", "simple", false);
    let header_map2: ::std::option::Option<::std::string::String> = errors
        .query(&pairs, "HeaderMap", "form", true, false);
    let header_map3: ::std::option::Option<::std::string::String> = errors
        .header(&headers, "HeaderMap", false);
    let header_map4: ::std::option::Option<::std::string::String> = errors
        .cookie(&headers, "HeaderMap", false);
    if let Some(v) = &header_map {
        errors.check_param("path", "HeaderMap", v, 661usize);
    }
    if let Some(v) = &header_map2 {
        errors.check_param("query", "HeaderMap", v, 662usize);
    }
    if let Some(v) = &header_map3 {
        errors.check_param("header", "HeaderMap", v, 663usize);
    }
    if let Some(v) = &header_map4 {
        errors.check_param("cookie", "HeaderMap", v, 664usize);
    }
    if !errors.is_empty() {
        return errors.into_response_as("application/problem+json");
    }
    let (Some(header_map),) = (header_map,) else {
        return errors.into_response_as("application/problem+json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::header_map(
        &*served.api,
        ctx,
        header_map,
        HeaderMapParams {
            header_map2,
            header_map3,
            header_map4,
        },
    );
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "HeaderMap", method = "GET", path =
        "/op159/{HeaderMap}", status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
/// Responses of `header_map_post`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum HeaderMapPostResponse {
    /// made
    Created(super::types::Untagged),
}
impl ::axum::response::IntoResponse for HeaderMapPostResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Created(body) => {
                super::runtime::json_response_as(201u16, "application/json", &body)
            }
        }
    }
}
/// axum handler for `POST` "/op159/{HeaderMap}".
#[allow(unused_variables, unused_mut)]
pub async fn header_map_post<A: super::Api>(
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
        "/op159/{HeaderMap}",
        uri.path(),
        &decoded_path,
    );
    let header_map: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "HeaderMap", "simple", false);
    if let Some(v) = &header_map {
        errors.check_param("path", "HeaderMap", v, 661usize);
    }
    let body: ::std::option::Option<super::types::Union2> = errors
        .json_body(&raw_body, false, Some(4usize));
    if !errors.is_empty() {
        return errors.into_response_as("application/json");
    }
    let (Some(header_map),) = (header_map,) else {
        return errors.into_response_as("application/json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::header_map_post(
        &*served.api,
        ctx,
        header_map,
        body,
    );
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "HeaderMap_post", method = "POST", path =
        "/op159/{HeaderMap}", status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
