//! Handlers, parameter structs and response enums of the operations with this module's tag.
/// Query, header and cookie parameters of `map`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct MapParams {
    pub map2: ::std::option::Option<::std::string::String>,
    pub map3: ::std::option::Option<::std::string::String>,
    pub map4: ::std::option::Option<::std::string::String>,
}
/// Headers of the Ok response of `map`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct MapOkHeaders {
    pub map: ::std::option::Option<::std::string::String>,
}
/// Responses of `map`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum MapResponse {
    /// ok
    Ok { body: super::types::Everything, headers: MapOkHeaders },
    /// error
    Default { status: u16, body: super::types::Error },
}
impl ::axum::response::IntoResponse for MapResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok { body, headers } => {
                let mut response = super::runtime::json_response_as(
                    200u16,
                    "application/json",
                    &body,
                );
                super::runtime::set_header(&mut response, "Map", &headers.map);
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
/// axum handler for `GET` "/op137/{Map}".
#[allow(unused_variables, unused_mut)]
pub async fn map<A: super::Api>(
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
    let alternatives: &[&[usize]] = &[&[137usize]];
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
    let principal = match served.auth.authenticate_dyn("map", &credentials).await {
        Ok(p) => Some(p),
        Err(e) => return super::refused(e, alternatives, "application/problem+json"),
    };
    let decoded_path: ::std::vec::Vec<&str> = raw_path.iter().map(|(_, v)| v).collect();
    let path_values = super::runtime::path_values(
        "/op137/{Map}",
        uri.path(),
        &decoded_path,
    );
    let map: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "Map", "simple", false);
    let map2: ::std::option::Option<::std::string::String> = errors
        .query(&pairs, "Map", "form", true, false);
    let map3: ::std::option::Option<::std::string::String> = errors
        .header(&headers, "Map", false);
    let map4: ::std::option::Option<::std::string::String> = errors
        .cookie(&headers, "Map", false);
    if let Some(v) = &map {
        errors.check_param("path", "Map", v, 573usize);
    }
    if let Some(v) = &map2 {
        errors.check_param("query", "Map", v, 574usize);
    }
    if let Some(v) = &map3 {
        errors.check_param("header", "Map", v, 575usize);
    }
    if let Some(v) = &map4 {
        errors.check_param("cookie", "Map", v, 576usize);
    }
    if !errors.is_empty() {
        return errors.into_response_as("application/problem+json");
    }
    let (Some(map),) = (map,) else {
        return errors.into_response_as("application/problem+json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::map(
        &*served.api,
        ctx,
        map,
        MapParams { map2, map3, map4 },
    );
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "Map", method = "GET", path = "/op137/{Map}",
        status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
/// Responses of `map_post`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum MapPostResponse {
    /// made
    Created(super::types::Untagged),
}
impl ::axum::response::IntoResponse for MapPostResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Created(body) => {
                super::runtime::json_response_as(201u16, "application/json", &body)
            }
        }
    }
}
/// axum handler for `POST` "/op137/{Map}".
#[allow(unused_variables, unused_mut)]
pub async fn map_post<A: super::Api>(
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
        "/op137/{Map}",
        uri.path(),
        &decoded_path,
    );
    let map: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "Map", "simple", false);
    if let Some(v) = &map {
        errors.check_param("path", "Map", v, 573usize);
    }
    let body: ::std::option::Option<super::types::Union2> = errors
        .json_body(&raw_body, false, Some(4usize));
    if !errors.is_empty() {
        return errors.into_response_as("application/json");
    }
    let (Some(map),) = (map,) else {
        return errors.into_response_as("application/json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::map_post(&*served.api, ctx, map, body);
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "Map_post", method = "POST", path =
        "/op137/{Map}", status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
