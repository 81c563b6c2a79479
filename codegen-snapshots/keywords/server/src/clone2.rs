//! Handlers, parameter structs and response enums of the operations with this module's tag.
/// Query, header and cookie parameters of `clone3`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Clone3Params {
    pub clone2: ::std::option::Option<::std::string::String>,
    pub clone3: ::std::option::Option<::std::string::String>,
    pub clone4: ::std::option::Option<::std::string::String>,
}
/// Headers of the Ok response of `clone3`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Clone3OkHeaders {
    pub clone: ::std::option::Option<::std::string::String>,
}
/// Responses of `clone3`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum Clone3Response {
    /// ok
    Ok { body: super::types::Everything, headers: Clone3OkHeaders },
    /// error
    Default { status: u16, body: super::types::Error },
}
impl ::axum::response::IntoResponse for Clone3Response {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok { body, headers } => {
                let mut response = super::runtime::json_response_as(
                    200u16,
                    "application/json",
                    &body,
                );
                super::runtime::set_header(&mut response, "clone", &headers.clone);
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
/// axum handler for `GET` "/op163/{clone}".
#[allow(unused_variables, unused_mut)]
pub async fn clone3<A: super::Api>(
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
    let alternatives: &[&[usize]] = &[&[163usize]];
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
    let principal = match served.auth.authenticate_dyn("clone3", &credentials).await {
        Ok(p) => Some(p),
        Err(e) => return super::refused(e, alternatives, "application/problem+json"),
    };
    let decoded_path: ::std::vec::Vec<&str> = raw_path.iter().map(|(_, v)| v).collect();
    let path_values = super::runtime::path_values(
        "/op163/{clone}",
        uri.path(),
        &decoded_path,
    );
    let clone: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "clone", "simple", false);
    let clone2: ::std::option::Option<::std::string::String> = errors
        .query(&pairs, "clone", "form", true, false);
    let clone3: ::std::option::Option<::std::string::String> = errors
        .header(&headers, "clone", false);
    let clone4: ::std::option::Option<::std::string::String> = errors
        .cookie(&headers, "clone", false);
    if let Some(v) = &clone {
        errors.check_param("path", "clone", v, 677usize);
    }
    if let Some(v) = &clone2 {
        errors.check_param("query", "clone", v, 678usize);
    }
    if let Some(v) = &clone3 {
        errors.check_param("header", "clone", v, 679usize);
    }
    if let Some(v) = &clone4 {
        errors.check_param("cookie", "clone", v, 680usize);
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
    let response = <A as super::Api>::clone3(
        &*served.api,
        ctx,
        clone,
        Clone3Params {
            clone2,
            clone3,
            clone4,
        },
    );
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "clone", method = "GET", path = "/op163/{clone}",
        status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
/// Responses of `clone_post2`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum ClonePost2Response {
    /// made
    Created(super::types::Untagged),
}
impl ::axum::response::IntoResponse for ClonePost2Response {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Created(body) => {
                super::runtime::json_response_as(201u16, "application/json", &body)
            }
        }
    }
}
/// axum handler for `POST` "/op163/{clone}".
#[allow(unused_variables, unused_mut)]
pub async fn clone_post2<A: super::Api>(
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
        "/op163/{clone}",
        uri.path(),
        &decoded_path,
    );
    let clone: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "clone", "simple", false);
    if let Some(v) = &clone {
        errors.check_param("path", "clone", v, 677usize);
    }
    let body: ::std::option::Option<super::types::Union2> = errors
        .json_body(&raw_body, false, Some(4usize));
    if !errors.is_empty() {
        return errors.into_response_as("application/json");
    }
    let (Some(clone),) = (clone,) else {
        return errors.into_response_as("application/json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::clone_post2(&*served.api, ctx, clone, body);
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "clone_post", method = "POST", path =
        "/op163/{clone}", status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
