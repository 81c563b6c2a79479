//! Handlers, parameter structs and response enums of the operations with this module's tag.
/// Query, header and cookie parameters of `enum`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct EnumParams {
    pub enum2: ::std::option::Option<::std::string::String>,
    pub enum3: ::std::option::Option<::std::string::String>,
    pub enum4: ::std::option::Option<::std::string::String>,
}
/// Headers of the Ok response of `enum`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct EnumOkHeaders {
    pub r#enum: ::std::option::Option<::std::string::String>,
}
/// Responses of `enum`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum EnumResponse {
    /// ok
    Ok { body: super::types::Everything, headers: EnumOkHeaders },
    /// error
    Default { status: u16, body: super::types::Error },
}
impl ::axum::response::IntoResponse for EnumResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok { body, headers } => {
                let mut response = super::runtime::json_response_as(
                    200u16,
                    "application/json",
                    &body,
                );
                super::runtime::set_header(&mut response, "enum", &headers.r#enum);
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
/// axum handler for `GET` "/op6/{enum}".
#[allow(unused_variables, unused_mut)]
pub async fn r#enum<A: super::Api>(
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
    let alternatives: &[&[usize]] = &[&[6usize]];
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
    let principal = match served.auth.authenticate_dyn("enum", &credentials).await {
        Ok(p) => Some(p),
        Err(e) => return super::refused(e, alternatives, "application/problem+json"),
    };
    let decoded_path: ::std::vec::Vec<&str> = raw_path.iter().map(|(_, v)| v).collect();
    let path_values = super::runtime::path_values(
        "/op6/{enum}",
        uri.path(),
        &decoded_path,
    );
    let r#enum: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "enum", "simple", false);
    let enum2: ::std::option::Option<::std::string::String> = errors
        .query(&pairs, "enum", "form", true, false);
    let enum3: ::std::option::Option<::std::string::String> = errors
        .header(&headers, "enum", false);
    let enum4: ::std::option::Option<::std::string::String> = errors
        .cookie(&headers, "enum", false);
    if let Some(v) = &r#enum {
        errors.check_param("path", "enum", v, 49usize);
    }
    if let Some(v) = &enum2 {
        errors.check_param("query", "enum", v, 50usize);
    }
    if let Some(v) = &enum3 {
        errors.check_param("header", "enum", v, 51usize);
    }
    if let Some(v) = &enum4 {
        errors.check_param("cookie", "enum", v, 52usize);
    }
    if !errors.is_empty() {
        return errors.into_response_as("application/problem+json");
    }
    let (Some(r#enum),) = (r#enum,) else {
        return errors.into_response_as("application/problem+json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::r#enum(
        &*served.api,
        ctx,
        r#enum,
        EnumParams { enum2, enum3, enum4 },
    );
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "enum", method = "GET", path = "/op6/{enum}",
        status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
/// Responses of `enum_post`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum EnumPostResponse {
    /// made
    Created(super::types::Untagged),
}
impl ::axum::response::IntoResponse for EnumPostResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Created(body) => {
                super::runtime::json_response_as(201u16, "application/json", &body)
            }
        }
    }
}
/// axum handler for `POST` "/op6/{enum}".
#[allow(unused_variables, unused_mut)]
pub async fn enum_post<A: super::Api>(
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
        "/op6/{enum}",
        uri.path(),
        &decoded_path,
    );
    let r#enum: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "enum", "simple", false);
    if let Some(v) = &r#enum {
        errors.check_param("path", "enum", v, 49usize);
    }
    let body: ::std::option::Option<super::types::Union2> = errors
        .json_body(&raw_body, true, Some(4usize));
    if !errors.is_empty() {
        return errors.into_response_as("application/json");
    }
    let (Some(r#enum), Some(body)) = (r#enum, body) else {
        return errors.into_response_as("application/json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::enum_post(&*served.api, ctx, r#enum, body);
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "enum_post", method = "POST", path =
        "/op6/{enum}", status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
