//! Handlers, parameter structs and response enums of the operations with this module's tag.
/// Query, header and cookie parameters of `types`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TypesParams {
    pub types2: ::std::option::Option<::std::string::String>,
    pub types3: ::std::option::Option<::std::string::String>,
    pub types4: ::std::option::Option<::std::string::String>,
}
/// Headers of the Ok response of `types`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TypesOkHeaders {
    pub types: ::std::option::Option<::std::string::String>,
}
/// Responses of `types`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum TypesResponse {
    /// ok
    Ok { body: super::types::Everything, headers: TypesOkHeaders },
    /// error
    Default { status: u16, body: super::types::Error },
}
impl ::axum::response::IntoResponse for TypesResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok { body, headers } => {
                let mut response = super::runtime::json_response_as(
                    200u16,
                    "application/json",
                    &body,
                );
                super::runtime::set_header(&mut response, "types", &headers.types);
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
/// axum handler for `GET` "/op173/{types}".
#[allow(unused_variables, unused_mut)]
pub async fn types<A: super::Api>(
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
    let alternatives: &[&[usize]] = &[&[173usize]];
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
    let principal = match served.auth.authenticate_dyn("types", &credentials).await {
        Ok(p) => Some(p),
        Err(e) => return super::refused(e, alternatives, "application/problem+json"),
    };
    let decoded_path: ::std::vec::Vec<&str> = raw_path.iter().map(|(_, v)| v).collect();
    let path_values = super::runtime::path_values(
        "/op173/{types}",
        uri.path(),
        &decoded_path,
    );
    let types: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "types", "simple", false);
    let types2: ::std::option::Option<::std::string::String> = errors
        .query(&pairs, "types", "form", true, false);
    let types3: ::std::option::Option<::std::string::String> = errors
        .header(&headers, "types", false);
    let types4: ::std::option::Option<::std::string::String> = errors
        .cookie(&headers, "types", false);
    if let Some(v) = &types {
        errors.check_param("path", "types", v, 717usize);
    }
    if let Some(v) = &types2 {
        errors.check_param("query", "types", v, 718usize);
    }
    if let Some(v) = &types3 {
        errors.check_param("header", "types", v, 719usize);
    }
    if let Some(v) = &types4 {
        errors.check_param("cookie", "types", v, 720usize);
    }
    if !errors.is_empty() {
        return errors.into_response_as("application/problem+json");
    }
    let (Some(types),) = (types,) else {
        return errors.into_response_as("application/problem+json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::types(
        &*served.api,
        ctx,
        types,
        TypesParams {
            types2,
            types3,
            types4,
        },
    );
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "types", method = "GET", path = "/op173/{types}",
        status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
/// Responses of `types_post`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum TypesPostResponse {
    /// made
    Created(super::types::Untagged),
}
impl ::axum::response::IntoResponse for TypesPostResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Created(body) => {
                super::runtime::json_response_as(201u16, "application/json", &body)
            }
        }
    }
}
/// axum handler for `POST` "/op173/{types}".
#[allow(unused_variables, unused_mut)]
pub async fn types_post<A: super::Api>(
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
        "/op173/{types}",
        uri.path(),
        &decoded_path,
    );
    let types: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "types", "simple", false);
    if let Some(v) = &types {
        errors.check_param("path", "types", v, 717usize);
    }
    let body: ::std::option::Option<super::types::Union2> = errors
        .json_body(&raw_body, false, Some(4usize));
    if !errors.is_empty() {
        return errors.into_response_as("application/json");
    }
    let (Some(types),) = (types,) else {
        return errors.into_response_as("application/json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::types_post(&*served.api, ctx, types, body);
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "types_post", method = "POST", path =
        "/op173/{types}", status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
