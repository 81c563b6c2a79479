//! Handlers, parameter structs and response enums of the operations with this module's tag.
/// Query, header and cookie parameters of `type`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TypeParams {
    pub type2: ::std::option::Option<::std::string::String>,
    pub type3: ::std::option::Option<::std::string::String>,
    pub type4: ::std::option::Option<::std::string::String>,
}
/// Headers of the Ok response of `type`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TypeOkHeaders {
    pub r#type: ::std::option::Option<::std::string::String>,
}
/// Responses of `type`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum TypeResponse {
    /// ok
    Ok { body: super::types::Everything, headers: TypeOkHeaders },
    /// error
    Default { status: u16, body: super::types::Error },
}
impl ::axum::response::IntoResponse for TypeResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok { body, headers } => {
                let mut response = super::runtime::json_response_as(
                    200u16,
                    "application/json",
                    &body,
                );
                super::runtime::set_header(&mut response, "type", &headers.r#type);
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
/// axum handler for `GET` "/op30/{type}".
#[allow(unused_variables, unused_mut)]
pub async fn r#type<A: super::Api>(
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
    let alternatives: &[&[usize]] = &[&[30usize]];
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
    let principal = match served.auth.authenticate_dyn("type", &credentials).await {
        Ok(p) => Some(p),
        Err(e) => return super::refused(e, alternatives, "application/problem+json"),
    };
    let decoded_path: ::std::vec::Vec<&str> = raw_path.iter().map(|(_, v)| v).collect();
    let path_values = super::runtime::path_values(
        "/op30/{type}",
        uri.path(),
        &decoded_path,
    );
    let r#type: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "type", "simple", false);
    let type2: ::std::option::Option<::std::string::String> = errors
        .query(&pairs, "type", "form", true, false);
    let type3: ::std::option::Option<::std::string::String> = errors
        .header(&headers, "type", false);
    let type4: ::std::option::Option<::std::string::String> = errors
        .cookie(&headers, "type", false);
    if let Some(v) = &r#type {
        errors.check_param("path", "type", v, 145usize);
    }
    if let Some(v) = &type2 {
        errors.check_param("query", "type", v, 146usize);
    }
    if let Some(v) = &type3 {
        errors.check_param("header", "type", v, 147usize);
    }
    if let Some(v) = &type4 {
        errors.check_param("cookie", "type", v, 148usize);
    }
    if !errors.is_empty() {
        return errors.into_response_as("application/problem+json");
    }
    let (Some(r#type),) = (r#type,) else {
        return errors.into_response_as("application/problem+json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::r#type(
        &*served.api,
        ctx,
        r#type,
        TypeParams { type2, type3, type4 },
    );
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "type", method = "GET", path = "/op30/{type}",
        status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
/// Responses of `type_post`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum TypePostResponse {
    /// made
    Created(super::types::Untagged),
}
impl ::axum::response::IntoResponse for TypePostResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Created(body) => {
                super::runtime::json_response_as(201u16, "application/json", &body)
            }
        }
    }
}
/// axum handler for `POST` "/op30/{type}".
#[allow(unused_variables, unused_mut)]
pub async fn type_post<A: super::Api>(
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
        "/op30/{type}",
        uri.path(),
        &decoded_path,
    );
    let r#type: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "type", "simple", false);
    if let Some(v) = &r#type {
        errors.check_param("path", "type", v, 145usize);
    }
    let body: ::std::option::Option<super::types::Union2> = errors
        .json_body(&raw_body, true, Some(4usize));
    if !errors.is_empty() {
        return errors.into_response_as("application/json");
    }
    let (Some(r#type), Some(body)) = (r#type, body) else {
        return errors.into_response_as("application/json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::type_post(&*served.api, ctx, r#type, body);
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "type_post", method = "POST", path =
        "/op30/{type}", status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
