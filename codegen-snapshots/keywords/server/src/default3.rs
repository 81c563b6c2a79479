//! Handlers, parameter structs and response enums of the operations with this module's tag.
/// Query, header and cookie parameters of `default3`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Default3Params {
    pub default2: ::std::option::Option<::std::string::String>,
    pub default3: ::std::option::Option<::std::string::String>,
    pub default4: ::std::option::Option<::std::string::String>,
}
/// Headers of the Ok response of `default3`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Default3OkHeaders {
    pub default: ::std::option::Option<::std::string::String>,
}
/// Responses of `default3`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum Default3Response {
    /// ok
    Ok { body: super::types::Everything, headers: Default3OkHeaders },
    /// error
    Default { status: u16, body: super::types::Error },
}
impl ::axum::response::IntoResponse for Default3Response {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok { body, headers } => {
                let mut response = super::runtime::json_response_as(
                    200u16,
                    "application/json",
                    &body,
                );
                super::runtime::set_header(&mut response, "Default", &headers.default);
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
/// axum handler for `GET` "/op111/{Default}".
#[allow(unused_variables, unused_mut)]
pub async fn default3<A: super::Api>(
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
    let alternatives: &[&[usize]] = &[&[111usize]];
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
    let principal = match served.auth.authenticate_dyn("default3", &credentials).await {
        Ok(p) => Some(p),
        Err(e) => return super::refused(e, alternatives, "application/problem+json"),
    };
    let decoded_path: ::std::vec::Vec<&str> = raw_path.iter().map(|(_, v)| v).collect();
    let path_values = super::runtime::path_values(
        "/op111/{Default}",
        uri.path(),
        &decoded_path,
    );
    let default: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "Default", "simple", false);
    let default2: ::std::option::Option<::std::string::String> = errors
        .query(&pairs, "Default", "form", true, false);
    let default3: ::std::option::Option<::std::string::String> = errors
        .header(&headers, "Default", false);
    let default4: ::std::option::Option<::std::string::String> = errors
        .cookie(&headers, "Default", false);
    if let Some(v) = &default {
        errors.check_param("path", "Default", v, 469usize);
    }
    if let Some(v) = &default2 {
        errors.check_param("query", "Default", v, 470usize);
    }
    if let Some(v) = &default3 {
        errors.check_param("header", "Default", v, 471usize);
    }
    if let Some(v) = &default4 {
        errors.check_param("cookie", "Default", v, 472usize);
    }
    if !errors.is_empty() {
        return errors.into_response_as("application/problem+json");
    }
    let (Some(default),) = (default,) else {
        return errors.into_response_as("application/problem+json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::default3(
        &*served.api,
        ctx,
        default,
        Default3Params {
            default2,
            default3,
            default4,
        },
    );
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "Default", method = "GET", path =
        "/op111/{Default}", status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
/// Responses of `default_post2`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum DefaultPost2Response {
    /// made
    Created(super::types::Untagged),
}
impl ::axum::response::IntoResponse for DefaultPost2Response {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Created(body) => {
                super::runtime::json_response_as(201u16, "application/json", &body)
            }
        }
    }
}
/// axum handler for `POST` "/op111/{Default}".
#[allow(unused_variables, unused_mut)]
pub async fn default_post2<A: super::Api>(
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
        "/op111/{Default}",
        uri.path(),
        &decoded_path,
    );
    let default: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "Default", "simple", false);
    if let Some(v) = &default {
        errors.check_param("path", "Default", v, 469usize);
    }
    let body: ::std::option::Option<super::types::Union2> = errors
        .json_body(&raw_body, false, Some(4usize));
    if !errors.is_empty() {
        return errors.into_response_as("application/json");
    }
    let (Some(default),) = (default,) else {
        return errors.into_response_as("application/json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::default_post2(&*served.api, ctx, default, body);
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "Default_post", method = "POST", path =
        "/op111/{Default}", status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
