//! Handlers, parameter structs and response enums of the operations with this module's tag.
/// Query, header and cookie parameters of `axum`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AxumParams {
    pub axum2: ::std::option::Option<::std::string::String>,
    pub axum3: ::std::option::Option<::std::string::String>,
    pub axum4: ::std::option::Option<::std::string::String>,
}
/// Headers of the Ok response of `axum`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AxumOkHeaders {
    pub axum: ::std::option::Option<::std::string::String>,
}
/// Responses of `axum`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum AxumResponse {
    /// ok
    Ok { body: super::types::Everything, headers: AxumOkHeaders },
    /// error
    Default { status: u16, body: super::types::Error },
}
impl ::axum::response::IntoResponse for AxumResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok { body, headers } => {
                let mut response = super::runtime::json_response_as(
                    200u16,
                    "application/json",
                    &body,
                );
                super::runtime::set_header(&mut response, "axum", &headers.axum);
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
/// axum handler for `GET` "/op177/{axum}".
#[allow(unused_variables, unused_mut)]
pub async fn axum<A: super::Api>(
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
    let alternatives: &[&[usize]] = &[&[177usize]];
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
    let principal = match served.auth.authenticate_dyn("axum", &credentials).await {
        Ok(p) => Some(p),
        Err(e) => return super::refused(e, alternatives, "application/problem+json"),
    };
    let decoded_path: ::std::vec::Vec<&str> = raw_path.iter().map(|(_, v)| v).collect();
    let path_values = super::runtime::path_values(
        "/op177/{axum}",
        uri.path(),
        &decoded_path,
    );
    let axum: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "axum", "simple", false);
    let axum2: ::std::option::Option<::std::string::String> = errors
        .query(&pairs, "axum", "form", true, false);
    let axum3: ::std::option::Option<::std::string::String> = errors
        .header(&headers, "axum", false);
    let axum4: ::std::option::Option<::std::string::String> = errors
        .cookie(&headers, "axum", false);
    if let Some(v) = &axum {
        errors.check_param("path", "axum", v, 733usize);
    }
    if let Some(v) = &axum2 {
        errors.check_param("query", "axum", v, 734usize);
    }
    if let Some(v) = &axum3 {
        errors.check_param("header", "axum", v, 735usize);
    }
    if let Some(v) = &axum4 {
        errors.check_param("cookie", "axum", v, 736usize);
    }
    if !errors.is_empty() {
        return errors.into_response_as("application/problem+json");
    }
    let (Some(axum),) = (axum,) else {
        return errors.into_response_as("application/problem+json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::axum(
        &*served.api,
        ctx,
        axum,
        AxumParams { axum2, axum3, axum4 },
    );
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "axum", method = "GET", path = "/op177/{axum}",
        status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
/// Responses of `axum_post`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum AxumPostResponse {
    /// made
    Created(super::types::Untagged),
}
impl ::axum::response::IntoResponse for AxumPostResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Created(body) => {
                super::runtime::json_response_as(201u16, "application/json", &body)
            }
        }
    }
}
/// axum handler for `POST` "/op177/{axum}".
#[allow(unused_variables, unused_mut)]
pub async fn axum_post<A: super::Api>(
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
        "/op177/{axum}",
        uri.path(),
        &decoded_path,
    );
    let axum: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "axum", "simple", false);
    if let Some(v) = &axum {
        errors.check_param("path", "axum", v, 733usize);
    }
    let body: ::std::option::Option<super::types::Union2> = errors
        .json_body(&raw_body, false, Some(4usize));
    if !errors.is_empty() {
        return errors.into_response_as("application/json");
    }
    let (Some(axum),) = (axum,) else {
        return errors.into_response_as("application/json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::axum_post(&*served.api, ctx, axum, body);
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "axum_post", method = "POST", path =
        "/op177/{axum}", status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
