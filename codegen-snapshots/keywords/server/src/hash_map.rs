//! Handlers, parameter structs and response enums of the operations with this module's tag.
/// Query, header and cookie parameters of `hash_map`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct HashMapParams {
    pub hash_map2: ::std::option::Option<::std::string::String>,
    pub hash_map3: ::std::option::Option<::std::string::String>,
    pub hash_map4: ::std::option::Option<::std::string::String>,
}
/// Headers of the Ok response of `hash_map`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct HashMapOkHeaders {
    pub hash_map: ::std::option::Option<::std::string::String>,
}
/// Responses of `hash_map`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum HashMapResponse {
    /// ok
    Ok { body: super::types::Everything, headers: HashMapOkHeaders },
    /// error
    Default { status: u16, body: super::types::Error },
}
impl ::axum::response::IntoResponse for HashMapResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok { body, headers } => {
                let mut response = super::runtime::json_response_as(
                    200u16,
                    "application/json",
                    &body,
                );
                super::runtime::set_header(&mut response, "HashMap", &headers.hash_map);
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
/// axum handler for `GET` "/op134/{HashMap}".
#[allow(unused_variables, unused_mut)]
pub async fn hash_map<A: super::Api>(
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
    let alternatives: &[&[usize]] = &[&[134usize]];
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
    let principal = match served.auth.authenticate_dyn("hash_map", &credentials).await {
        Ok(p) => Some(p),
        Err(e) => return super::refused(e, alternatives, "application/problem+json"),
    };
    let decoded_path: ::std::vec::Vec<&str> = raw_path.iter().map(|(_, v)| v).collect();
    let path_values = super::runtime::path_values(
        "/op134/{HashMap}",
        uri.path(),
        &decoded_path,
    );
    let hash_map: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "HashMap", "simple", false);
    let hash_map2: ::std::option::Option<::std::string::String> = errors
        .query(&pairs, "HashMap", "form", true, false);
    let hash_map3: ::std::option::Option<::std::string::String> = errors
        .header(&headers, "HashMap", false);
    let hash_map4: ::std::option::Option<::std::string::String> = errors
        .cookie(&headers, "HashMap", false);
    if let Some(v) = &hash_map {
        errors.check_param("path", "HashMap", v, 561usize);
    }
    if let Some(v) = &hash_map2 {
        errors.check_param("query", "HashMap", v, 562usize);
    }
    if let Some(v) = &hash_map3 {
        errors.check_param("header", "HashMap", v, 563usize);
    }
    if let Some(v) = &hash_map4 {
        errors.check_param("cookie", "HashMap", v, 564usize);
    }
    if !errors.is_empty() {
        return errors.into_response_as("application/problem+json");
    }
    let (Some(hash_map),) = (hash_map,) else {
        return errors.into_response_as("application/problem+json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::hash_map(
        &*served.api,
        ctx,
        hash_map,
        HashMapParams {
            hash_map2,
            hash_map3,
            hash_map4,
        },
    );
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "HashMap", method = "GET", path =
        "/op134/{HashMap}", status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
/// Responses of `hash_map_post`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum HashMapPostResponse {
    /// made
    Created(super::types::Untagged),
}
impl ::axum::response::IntoResponse for HashMapPostResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Created(body) => {
                super::runtime::json_response_as(201u16, "application/json", &body)
            }
        }
    }
}
/// axum handler for `POST` "/op134/{HashMap}".
#[allow(unused_variables, unused_mut)]
pub async fn hash_map_post<A: super::Api>(
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
        "/op134/{HashMap}",
        uri.path(),
        &decoded_path,
    );
    let hash_map: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "HashMap", "simple", false);
    if let Some(v) = &hash_map {
        errors.check_param("path", "HashMap", v, 561usize);
    }
    let body: ::std::option::Option<super::types::Union2> = errors
        .json_body(&raw_body, true, Some(4usize));
    if !errors.is_empty() {
        return errors.into_response_as("application/json");
    }
    let (Some(hash_map), Some(body)) = (hash_map, body) else {
        return errors.into_response_as("application/json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::hash_map_post(&*served.api, ctx, hash_map, body);
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "HashMap_post", method = "POST", path =
        "/op134/{HashMap}", status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
