//! Handlers, parameter structs and response enums of the operations with this module's tag.
/// Query, header and cookie parameters of `vec`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct VecParams {
    pub vec2: ::std::option::Option<::std::string::String>,
    pub vec3: ::std::option::Option<::std::string::String>,
    pub vec4: ::std::option::Option<::std::string::String>,
}
/// Headers of the Ok response of `vec`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct VecOkHeaders {
    pub vec: ::std::option::Option<::std::string::String>,
}
/// Responses of `vec`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum VecResponse {
    /// ok
    Ok { body: super::types::Everything, headers: VecOkHeaders },
    /// error
    Default { status: u16, body: super::types::Error },
}
impl ::axum::response::IntoResponse for VecResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok { body, headers } => {
                let mut response = super::runtime::json_response_as(
                    200u16,
                    "application/json",
                    &body,
                );
                super::runtime::set_header(&mut response, "Vec", &headers.vec);
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
/// axum handler for `GET` "/op109/{Vec}".
#[allow(unused_variables, unused_mut)]
pub async fn vec<A: super::Api>(
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
    let alternatives: &[&[usize]] = &[&[109usize]];
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
    let principal = match served.auth.authenticate_dyn("vec", &credentials).await {
        Ok(p) => Some(p),
        Err(e) => return super::refused(e, alternatives, "application/problem+json"),
    };
    let decoded_path: ::std::vec::Vec<&str> = raw_path.iter().map(|(_, v)| v).collect();
    let path_values = super::runtime::path_values(
        "/op109/{Vec}",
        uri.path(),
        &decoded_path,
    );
    let vec: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "Vec", "simple", false);
    let vec2: ::std::option::Option<::std::string::String> = errors
        .query(&pairs, "Vec", "form", true, false);
    let vec3: ::std::option::Option<::std::string::String> = errors
        .header(&headers, "Vec", false);
    let vec4: ::std::option::Option<::std::string::String> = errors
        .cookie(&headers, "Vec", false);
    if let Some(v) = &vec {
        errors.check_param("path", "Vec", v, 461usize);
    }
    if let Some(v) = &vec2 {
        errors.check_param("query", "Vec", v, 462usize);
    }
    if let Some(v) = &vec3 {
        errors.check_param("header", "Vec", v, 463usize);
    }
    if let Some(v) = &vec4 {
        errors.check_param("cookie", "Vec", v, 464usize);
    }
    if !errors.is_empty() {
        return errors.into_response_as("application/problem+json");
    }
    let (Some(vec),) = (vec,) else {
        return errors.into_response_as("application/problem+json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::vec(
        &*served.api,
        ctx,
        vec,
        VecParams { vec2, vec3, vec4 },
    );
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "Vec", method = "GET", path = "/op109/{Vec}",
        status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
/// Responses of `vec_post`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum VecPostResponse {
    /// made
    Created(super::types::Untagged),
}
impl ::axum::response::IntoResponse for VecPostResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Created(body) => {
                super::runtime::json_response_as(201u16, "application/json", &body)
            }
        }
    }
}
/// axum handler for `POST` "/op109/{Vec}".
#[allow(unused_variables, unused_mut)]
pub async fn vec_post<A: super::Api>(
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
        "/op109/{Vec}",
        uri.path(),
        &decoded_path,
    );
    let vec: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "Vec", "simple", false);
    if let Some(v) = &vec {
        errors.check_param("path", "Vec", v, 461usize);
    }
    let body: ::std::option::Option<super::types::Union2> = errors
        .json_body(&raw_body, false, Some(4usize));
    if !errors.is_empty() {
        return errors.into_response_as("application/json");
    }
    let (Some(vec),) = (vec,) else {
        return errors.into_response_as("application/json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::vec_post(&*served.api, ctx, vec, body);
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "Vec_post", method = "POST", path =
        "/op109/{Vec}", status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
