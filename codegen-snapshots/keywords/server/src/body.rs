//! Handlers, parameter structs and response enums of the operations with this module's tag.
/// Query, header and cookie parameters of `body`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct BodyParams {
    pub body3: ::std::option::Option<::std::string::String>,
    pub body4: ::std::option::Option<::std::string::String>,
    pub body5: ::std::option::Option<::std::string::String>,
}
/// Headers of the Ok response of `body`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct BodyOkHeaders {
    pub body: ::std::option::Option<::std::string::String>,
}
/// Responses of `body`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum BodyResponse {
    /// ok
    Ok { body: super::types::Everything, headers: BodyOkHeaders },
    /// error
    Default { status: u16, body: super::types::Error },
}
impl ::axum::response::IntoResponse for BodyResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok { body, headers } => {
                let mut response = super::runtime::json_response_as(
                    200u16,
                    "application/json",
                    &body,
                );
                super::runtime::set_header(&mut response, "Body", &headers.body);
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
/// axum handler for `GET` "/op150/{Body}".
#[allow(unused_variables, unused_mut)]
pub async fn body<A: super::Api>(
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
    let alternatives: &[&[usize]] = &[&[150usize]];
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
    let principal = match served.auth.authenticate_dyn("body", &credentials).await {
        Ok(p) => Some(p),
        Err(e) => return super::refused(e, alternatives, "application/problem+json"),
    };
    let decoded_path: ::std::vec::Vec<&str> = raw_path.iter().map(|(_, v)| v).collect();
    let path_values = super::runtime::path_values(
        "/op150/{Body}",
        uri.path(),
        &decoded_path,
    );
    let body2: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "Body", "simple", false);
    let body3: ::std::option::Option<::std::string::String> = errors
        .query(&pairs, "Body", "form", true, false);
    let body4: ::std::option::Option<::std::string::String> = errors
        .header(&headers, "Body", false);
    let body5: ::std::option::Option<::std::string::String> = errors
        .cookie(&headers, "Body", false);
    if let Some(v) = &body2 {
        errors.check_param("path", "Body", v, 625usize);
    }
    if let Some(v) = &body3 {
        errors.check_param("query", "Body", v, 626usize);
    }
    if let Some(v) = &body4 {
        errors.check_param("header", "Body", v, 627usize);
    }
    if let Some(v) = &body5 {
        errors.check_param("cookie", "Body", v, 628usize);
    }
    if !errors.is_empty() {
        return errors.into_response_as("application/problem+json");
    }
    let (Some(body2),) = (body2,) else {
        return errors.into_response_as("application/problem+json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::body(
        &*served.api,
        ctx,
        body2,
        BodyParams { body3, body4, body5 },
    );
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "Body", method = "GET", path = "/op150/{Body}",
        status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
/// Responses of `body_post`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum BodyPostResponse {
    /// made
    Created(super::types::Untagged),
}
impl ::axum::response::IntoResponse for BodyPostResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Created(body) => {
                super::runtime::json_response_as(201u16, "application/json", &body)
            }
        }
    }
}
/// axum handler for `POST` "/op150/{Body}".
#[allow(unused_variables, unused_mut)]
pub async fn body_post<A: super::Api>(
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
        "/op150/{Body}",
        uri.path(),
        &decoded_path,
    );
    let body2: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "Body", "simple", false);
    if let Some(v) = &body2 {
        errors.check_param("path", "Body", v, 625usize);
    }
    let body: ::std::option::Option<super::types::Union2> = errors
        .json_body(&raw_body, true, Some(4usize));
    if !errors.is_empty() {
        return errors.into_response_as("application/json");
    }
    let (Some(body2), Some(body)) = (body2, body) else {
        return errors.into_response_as("application/json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::body_post(&*served.api, ctx, body2, body);
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "Body_post", method = "POST", path =
        "/op150/{Body}", status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
