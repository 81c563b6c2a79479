//! Handlers, parameter structs and response enums of the operations with this module's tag.
/// Query, header and cookie parameters of `hash`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct HashParams {
    pub hash2: ::std::option::Option<::std::string::String>,
    pub hash3: ::std::option::Option<::std::string::String>,
    pub hash4: ::std::option::Option<::std::string::String>,
}
/// Headers of the Ok response of `hash`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct HashOkHeaders {
    pub hash: ::std::option::Option<::std::string::String>,
}
/// Responses of `hash`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum HashResponse {
    /// ok
    Ok { body: super::types::Everything, headers: HashOkHeaders },
    /// error
    Default { status: u16, body: super::types::Error },
}
impl ::axum::response::IntoResponse for HashResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok { body, headers } => {
                let mut response = super::runtime::json_response_as(
                    200u16,
                    "application/json",
                    &body,
                );
                super::runtime::set_header(&mut response, "Hash", &headers.hash);
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
/// axum handler for `GET` "/op133/{Hash}".
#[allow(unused_variables, unused_mut)]
pub async fn hash<A: super::Api>(
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
    let alternatives: &[&[usize]] = &[&[133usize]];
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
    let principal = match served.auth.authenticate_dyn("hash", &credentials).await {
        Ok(p) => Some(p),
        Err(e) => return super::refused(e, alternatives, "application/problem+json"),
    };
    let decoded_path: ::std::vec::Vec<&str> = raw_path.iter().map(|(_, v)| v).collect();
    let path_values = super::runtime::path_values(
        "/op133/{Hash}",
        uri.path(),
        &decoded_path,
    );
    let hash: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "Hash", "simple", false);
    let hash2: ::std::option::Option<::std::string::String> = errors
        .query(&pairs, "Hash", "form", true, false);
    let hash3: ::std::option::Option<::std::string::String> = errors
        .header(&headers, "Hash", false);
    let hash4: ::std::option::Option<::std::string::String> = errors
        .cookie(&headers, "Hash", false);
    if let Some(v) = &hash {
        errors.check_param("path", "Hash", v, 557usize);
    }
    if let Some(v) = &hash2 {
        errors.check_param("query", "Hash", v, 558usize);
    }
    if let Some(v) = &hash3 {
        errors.check_param("header", "Hash", v, 559usize);
    }
    if let Some(v) = &hash4 {
        errors.check_param("cookie", "Hash", v, 560usize);
    }
    if !errors.is_empty() {
        return errors.into_response_as("application/problem+json");
    }
    let (Some(hash),) = (hash,) else {
        return errors.into_response_as("application/problem+json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::hash(
        &*served.api,
        ctx,
        hash,
        HashParams { hash2, hash3, hash4 },
    );
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "Hash", method = "GET", path = "/op133/{Hash}",
        status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
/// Responses of `hash_post`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum HashPostResponse {
    /// made
    Created(super::types::Untagged),
}
impl ::axum::response::IntoResponse for HashPostResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Created(body) => {
                super::runtime::json_response_as(201u16, "application/json", &body)
            }
        }
    }
}
/// axum handler for `POST` "/op133/{Hash}".
#[allow(unused_variables, unused_mut)]
pub async fn hash_post<A: super::Api>(
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
        "/op133/{Hash}",
        uri.path(),
        &decoded_path,
    );
    let hash: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "Hash", "simple", false);
    if let Some(v) = &hash {
        errors.check_param("path", "Hash", v, 557usize);
    }
    let body: ::std::option::Option<super::types::Union2> = errors
        .json_body(&raw_body, false, Some(4usize));
    if !errors.is_empty() {
        return errors.into_response_as("application/json");
    }
    let (Some(hash),) = (hash,) else {
        return errors.into_response_as("application/json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::hash_post(&*served.api, ctx, hash, body);
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "Hash_post", method = "POST", path =
        "/op133/{Hash}", status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
