//! Handlers, parameter structs and response enums of the operations with this module's tag.
/// Query, header and cookie parameters of `clone2`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Clone2Params {
    pub clone2: ::std::option::Option<::std::string::String>,
    pub clone3: ::std::option::Option<::std::string::String>,
    pub clone4: ::std::option::Option<::std::string::String>,
}
/// Headers of the Ok response of `clone2`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Clone2OkHeaders {
    pub clone: ::std::option::Option<::std::string::String>,
}
/// Responses of `clone2`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum Clone2Response {
    /// ok
    Ok { body: super::types::Everything, headers: Clone2OkHeaders },
    /// error
    Default { status: u16, body: super::types::Error },
}
impl ::axum::response::IntoResponse for Clone2Response {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok { body, headers } => {
                let mut response = super::runtime::json_response_as(
                    200u16,
                    "application/json",
                    &body,
                );
                super::runtime::set_header(&mut response, "Clone", &headers.clone);
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
/// axum handler for `GET` "/op112/{Clone}".
#[allow(unused_variables, unused_mut)]
pub async fn clone2<A: super::Api>(
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
    let alternatives: &[&[usize]] = &[&[112usize]];
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
    let principal = match served.auth.authenticate_dyn("clone2", &credentials).await {
        Ok(p) => Some(p),
        Err(e) => return super::refused(e, alternatives, "application/problem+json"),
    };
    let decoded_path: ::std::vec::Vec<&str> = raw_path.iter().map(|(_, v)| v).collect();
    let path_values = super::runtime::path_values(
        "/op112/{Clone}",
        uri.path(),
        &decoded_path,
    );
    let clone: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "Clone", "simple", false);
    let clone2: ::std::option::Option<::std::string::String> = errors
        .query(&pairs, "Clone", "form", true, false);
    let clone3: ::std::option::Option<::std::string::String> = errors
        .header(&headers, "Clone", false);
    let clone4: ::std::option::Option<::std::string::String> = errors
        .cookie(&headers, "Clone", false);
    if let Some(v) = &clone {
        errors.check_param("path", "Clone", v, 473usize);
    }
    if let Some(v) = &clone2 {
        errors.check_param("query", "Clone", v, 474usize);
    }
    if let Some(v) = &clone3 {
        errors.check_param("header", "Clone", v, 475usize);
    }
    if let Some(v) = &clone4 {
        errors.check_param("cookie", "Clone", v, 476usize);
    }
    if !errors.is_empty() {
        return errors.into_response_as("application/problem+json");
    }
    let (Some(clone),) = (clone,) else {
        return errors.into_response_as("application/problem+json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::clone2(
        &*served.api,
        ctx,
        clone,
        Clone2Params {
            clone2,
            clone3,
            clone4,
        },
    );
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "Clone", method = "GET", path = "/op112/{Clone}",
        status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
/// Responses of `clone_post`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum ClonePostResponse {
    /// made
    Created(super::types::Untagged),
}
impl ::axum::response::IntoResponse for ClonePostResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Created(body) => {
                super::runtime::json_response_as(201u16, "application/json", &body)
            }
        }
    }
}
/// axum handler for `POST` "/op112/{Clone}".
#[allow(unused_variables, unused_mut)]
pub async fn clone_post<A: super::Api>(
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
        "/op112/{Clone}",
        uri.path(),
        &decoded_path,
    );
    let clone: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "Clone", "simple", false);
    if let Some(v) = &clone {
        errors.check_param("path", "Clone", v, 473usize);
    }
    let body: ::std::option::Option<super::types::Union2> = errors
        .json_body(&raw_body, true, Some(4usize));
    if !errors.is_empty() {
        return errors.into_response_as("application/json");
    }
    let (Some(clone), Some(body)) = (clone, body) else {
        return errors.into_response_as("application/json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::clone_post(&*served.api, ctx, clone, body);
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "Clone_post", method = "POST", path =
        "/op112/{Clone}", status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
