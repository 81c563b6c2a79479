//! Handlers, parameter structs and response enums of the operations with this module's tag.
/// Query, header and cookie parameters of `u1f436`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct U1f436Params {
    pub u1f436_2: ::std::option::Option<::std::string::String>,
    pub u1f436_3: ::std::option::Option<::std::string::String>,
    pub u1f436_4: ::std::option::Option<::std::string::String>,
}
/// Headers of the Ok response of `u1f436`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct U1f436OkHeaders {
    pub u1f436: ::std::option::Option<::std::string::String>,
}
/// Responses of `u1f436`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum U1f436Response {
    /// ok
    Ok { body: super::types::Everything, headers: U1f436OkHeaders },
    /// error
    Default { status: u16, body: super::types::Error },
}
impl ::axum::response::IntoResponse for U1f436Response {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok { body, headers } => {
                let mut response = super::runtime::json_response_as(
                    200u16,
                    "application/json",
                    &body,
                );
                super::runtime::set_header(&mut response, "🐶", &headers.u1f436);
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
/// axum handler for `GET` "/op84/{🐶}".
#[allow(unused_variables, unused_mut)]
pub async fn u1f436<A: super::Api>(
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
    let alternatives: &[&[usize]] = &[&[84usize]];
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
    let principal = match served.auth.authenticate_dyn("u1f436", &credentials).await {
        Ok(p) => Some(p),
        Err(e) => return super::refused(e, alternatives, "application/problem+json"),
    };
    let decoded_path: ::std::vec::Vec<&str> = raw_path.iter().map(|(_, v)| v).collect();
    let path_values = super::runtime::path_values(
        "/op84/{🐶}",
        uri.path(),
        &decoded_path,
    );
    let u1f436: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "🐶", "simple", false);
    let u1f436_2: ::std::option::Option<::std::string::String> = errors
        .query(&pairs, "🐶", "form", true, false);
    let u1f436_3: ::std::option::Option<::std::string::String> = errors
        .header(&headers, "🐶", false);
    let u1f436_4: ::std::option::Option<::std::string::String> = errors
        .cookie(&headers, "🐶", false);
    if let Some(v) = &u1f436 {
        errors.check_param("path", "🐶", v, 361usize);
    }
    if let Some(v) = &u1f436_2 {
        errors.check_param("query", "🐶", v, 362usize);
    }
    if let Some(v) = &u1f436_3 {
        errors.check_param("header", "🐶", v, 363usize);
    }
    if let Some(v) = &u1f436_4 {
        errors.check_param("cookie", "🐶", v, 364usize);
    }
    if !errors.is_empty() {
        return errors.into_response_as("application/problem+json");
    }
    let (Some(u1f436),) = (u1f436,) else {
        return errors.into_response_as("application/problem+json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::u1f436(
        &*served.api,
        ctx,
        u1f436,
        U1f436Params {
            u1f436_2,
            u1f436_3,
            u1f436_4,
        },
    );
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "🐶", method = "GET", path = "/op84/{🐶}",
        status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
/// Responses of `u1f436_post`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum U1f436PostResponse {
    /// made
    Created(super::types::Untagged),
}
impl ::axum::response::IntoResponse for U1f436PostResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Created(body) => {
                super::runtime::json_response_as(201u16, "application/json", &body)
            }
        }
    }
}
/// axum handler for `POST` "/op84/{🐶}".
#[allow(unused_variables, unused_mut)]
pub async fn u1f436_post<A: super::Api>(
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
        "/op84/{🐶}",
        uri.path(),
        &decoded_path,
    );
    let u1f436: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "🐶", "simple", false);
    if let Some(v) = &u1f436 {
        errors.check_param("path", "🐶", v, 361usize);
    }
    let body: ::std::option::Option<super::types::Union2> = errors
        .json_body(&raw_body, true, Some(4usize));
    if !errors.is_empty() {
        return errors.into_response_as("application/json");
    }
    let (Some(u1f436), Some(body)) = (u1f436, body) else {
        return errors.into_response_as("application/json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::u1f436_post(&*served.api, ctx, u1f436, body);
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "🐶_post", method = "POST", path =
        "/op84/{🐶}", status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
