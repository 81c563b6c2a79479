//! Handlers, parameter structs and response enums of the operations with this module's tag.
/// Query, header and cookie parameters of `b_tree_map`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct BTreeMapParams {
    pub b_tree_map2: ::std::option::Option<::std::string::String>,
    pub b_tree_map3: ::std::option::Option<::std::string::String>,
    pub b_tree_map4: ::std::option::Option<::std::string::String>,
}
/// Headers of the Ok response of `b_tree_map`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct BTreeMapOkHeaders {
    pub b_tree_map: ::std::option::Option<::std::string::String>,
}
/// Responses of `b_tree_map`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum BTreeMapResponse {
    /// ok
    Ok { body: super::types::Everything, headers: BTreeMapOkHeaders },
    /// error
    Default { status: u16, body: super::types::Error },
}
impl ::axum::response::IntoResponse for BTreeMapResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok { body, headers } => {
                let mut response = super::runtime::json_response_as(
                    200u16,
                    "application/json",
                    &body,
                );
                super::runtime::set_header(
                    &mut response,
                    "BTreeMap",
                    &headers.b_tree_map,
                );
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
/// axum handler for `GET` "/op135/{BTreeMap}".
#[allow(unused_variables, unused_mut)]
pub async fn b_tree_map<A: super::Api>(
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
    let alternatives: &[&[usize]] = &[&[135usize]];
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
    let principal = match served.auth.authenticate_dyn("b_tree_map", &credentials).await
    {
        Ok(p) => Some(p),
        Err(e) => return super::refused(e, alternatives, "application/problem+json"),
    };
    let decoded_path: ::std::vec::Vec<&str> = raw_path.iter().map(|(_, v)| v).collect();
    let path_values = super::runtime::path_values(
        "/op135/{BTreeMap}",
        uri.path(),
        &decoded_path,
    );
    let b_tree_map: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "BTreeMap", "simple", false);
    let b_tree_map2: ::std::option::Option<::std::string::String> = errors
        .query(&pairs, "BTreeMap", "form", true, false);
    let b_tree_map3: ::std::option::Option<::std::string::String> = errors
        .header(&headers, "BTreeMap", false);
    let b_tree_map4: ::std::option::Option<::std::string::String> = errors
        .cookie(&headers, "BTreeMap", false);
    if let Some(v) = &b_tree_map {
        errors.check_param("path", "BTreeMap", v, 565usize);
    }
    if let Some(v) = &b_tree_map2 {
        errors.check_param("query", "BTreeMap", v, 566usize);
    }
    if let Some(v) = &b_tree_map3 {
        errors.check_param("header", "BTreeMap", v, 567usize);
    }
    if let Some(v) = &b_tree_map4 {
        errors.check_param("cookie", "BTreeMap", v, 568usize);
    }
    if !errors.is_empty() {
        return errors.into_response_as("application/problem+json");
    }
    let (Some(b_tree_map),) = (b_tree_map,) else {
        return errors.into_response_as("application/problem+json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::b_tree_map(
        &*served.api,
        ctx,
        b_tree_map,
        BTreeMapParams {
            b_tree_map2,
            b_tree_map3,
            b_tree_map4,
        },
    );
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "BTreeMap", method = "GET", path =
        "/op135/{BTreeMap}", status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
/// Responses of `b_tree_map_post`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum BTreeMapPostResponse {
    /// made
    Created(super::types::Untagged),
}
impl ::axum::response::IntoResponse for BTreeMapPostResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Created(body) => {
                super::runtime::json_response_as(201u16, "application/json", &body)
            }
        }
    }
}
/// axum handler for `POST` "/op135/{BTreeMap}".
#[allow(unused_variables, unused_mut)]
pub async fn b_tree_map_post<A: super::Api>(
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
        "/op135/{BTreeMap}",
        uri.path(),
        &decoded_path,
    );
    let b_tree_map: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "BTreeMap", "simple", false);
    if let Some(v) = &b_tree_map {
        errors.check_param("path", "BTreeMap", v, 565usize);
    }
    let body: ::std::option::Option<super::types::Union2> = errors
        .json_body(&raw_body, false, Some(4usize));
    if !errors.is_empty() {
        return errors.into_response_as("application/json");
    }
    let (Some(b_tree_map),) = (b_tree_map,) else {
        return errors.into_response_as("application/json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::b_tree_map_post(
        &*served.api,
        ctx,
        b_tree_map,
        body,
    );
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "BTreeMap_post", method = "POST", path =
        "/op135/{BTreeMap}", status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
