//! Handlers, parameter structs and response enums of the operations with this module's tag.
/// Query, header and cookie parameters of `super_`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SuperParams {
    pub super_2: ::std::option::Option<::std::string::String>,
    pub super_3: ::std::option::Option<::std::string::String>,
    pub super_4: ::std::option::Option<::std::string::String>,
}
/// Headers of the Ok response of `super_`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SuperOkHeaders {
    pub super_: ::std::option::Option<::std::string::String>,
}
/// Responses of `super_`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum SuperResponse {
    /// ok
    Ok { body: super::types::Everything, headers: SuperOkHeaders },
    /// error
    Default { status: u16, body: super::types::Error },
}
impl ::axum::response::IntoResponse for SuperResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok { body, headers } => {
                let mut response = super::runtime::json_response_as(
                    200u16,
                    "application/json",
                    &body,
                );
                super::runtime::set_header(&mut response, "super", &headers.super_);
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
/// axum handler for `GET` "/op27/{super}".
#[allow(unused_variables, unused_mut)]
pub async fn super_<A: super::Api>(
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
    let alternatives: &[&[usize]] = &[&[27usize]];
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
    let principal = match served.auth.authenticate_dyn("super_", &credentials).await {
        Ok(p) => Some(p),
        Err(e) => return super::refused(e, alternatives, "application/problem+json"),
    };
    let decoded_path: ::std::vec::Vec<&str> = raw_path.iter().map(|(_, v)| v).collect();
    let path_values = super::runtime::path_values(
        "/op27/{super}",
        uri.path(),
        &decoded_path,
    );
    let super_: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "super", "simple", false);
    let super_2: ::std::option::Option<::std::string::String> = errors
        .query(&pairs, "super", "form", true, false);
    let super_3: ::std::option::Option<::std::string::String> = errors
        .header(&headers, "super", false);
    let super_4: ::std::option::Option<::std::string::String> = errors
        .cookie(&headers, "super", false);
    if let Some(v) = &super_ {
        errors.check_param("path", "super", v, 133usize);
    }
    if let Some(v) = &super_2 {
        errors.check_param("query", "super", v, 134usize);
    }
    if let Some(v) = &super_3 {
        errors.check_param("header", "super", v, 135usize);
    }
    if let Some(v) = &super_4 {
        errors.check_param("cookie", "super", v, 136usize);
    }
    if !errors.is_empty() {
        return errors.into_response_as("application/problem+json");
    }
    let (Some(super_),) = (super_,) else {
        return errors.into_response_as("application/problem+json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::super_(
        &*served.api,
        ctx,
        super_,
        SuperParams {
            super_2,
            super_3,
            super_4,
        },
    );
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "super", method = "GET", path = "/op27/{super}",
        status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
/// Responses of `super_post`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum SuperPostResponse {
    /// made
    Created(super::types::Untagged),
}
impl ::axum::response::IntoResponse for SuperPostResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Created(body) => {
                super::runtime::json_response_as(201u16, "application/json", &body)
            }
        }
    }
}
/// axum handler for `POST` "/op27/{super}".
#[allow(unused_variables, unused_mut)]
pub async fn super_post<A: super::Api>(
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
        "/op27/{super}",
        uri.path(),
        &decoded_path,
    );
    let super_: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "super", "simple", false);
    if let Some(v) = &super_ {
        errors.check_param("path", "super", v, 133usize);
    }
    let body: ::std::option::Option<super::types::Union2> = errors
        .json_body(&raw_body, false, Some(4usize));
    if !errors.is_empty() {
        return errors.into_response_as("application/json");
    }
    let (Some(super_),) = (super_,) else {
        return errors.into_response_as("application/json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::super_post(&*served.api, ctx, super_, body);
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "super_post", method = "POST", path =
        "/op27/{super}", status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
