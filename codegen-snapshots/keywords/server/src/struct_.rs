//! Handlers, parameter structs and response enums of the operations with this module's tag.
/// Query, header and cookie parameters of `struct`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct StructParams {
    pub struct2: ::std::option::Option<::std::string::String>,
    pub struct3: ::std::option::Option<::std::string::String>,
    pub struct4: ::std::option::Option<::std::string::String>,
}
/// Headers of the Ok response of `struct`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct StructOkHeaders {
    pub r#struct: ::std::option::Option<::std::string::String>,
}
/// Responses of `struct`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum StructResponse {
    /// ok
    Ok { body: super::types::Everything, headers: StructOkHeaders },
    /// error
    Default { status: u16, body: super::types::Error },
}
impl ::axum::response::IntoResponse for StructResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok { body, headers } => {
                let mut response = super::runtime::json_response_as(
                    200u16,
                    "application/json",
                    &body,
                );
                super::runtime::set_header(&mut response, "struct", &headers.r#struct);
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
/// axum handler for `GET` "/op26/{struct}".
#[allow(unused_variables, unused_mut)]
pub async fn r#struct<A: super::Api>(
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
    let alternatives: &[&[usize]] = &[&[26usize]];
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
    let principal = match served.auth.authenticate_dyn("struct", &credentials).await {
        Ok(p) => Some(p),
        Err(e) => return super::refused(e, alternatives, "application/problem+json"),
    };
    let decoded_path: ::std::vec::Vec<&str> = raw_path.iter().map(|(_, v)| v).collect();
    let path_values = super::runtime::path_values(
        "/op26/{struct}",
        uri.path(),
        &decoded_path,
    );
    let r#struct: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "struct", "simple", false);
    let struct2: ::std::option::Option<::std::string::String> = errors
        .query(&pairs, "struct", "form", true, false);
    let struct3: ::std::option::Option<::std::string::String> = errors
        .header(&headers, "struct", false);
    let struct4: ::std::option::Option<::std::string::String> = errors
        .cookie(&headers, "struct", false);
    if let Some(v) = &r#struct {
        errors.check_param("path", "struct", v, 129usize);
    }
    if let Some(v) = &struct2 {
        errors.check_param("query", "struct", v, 130usize);
    }
    if let Some(v) = &struct3 {
        errors.check_param("header", "struct", v, 131usize);
    }
    if let Some(v) = &struct4 {
        errors.check_param("cookie", "struct", v, 132usize);
    }
    if !errors.is_empty() {
        return errors.into_response_as("application/problem+json");
    }
    let (Some(r#struct),) = (r#struct,) else {
        return errors.into_response_as("application/problem+json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::r#struct(
        &*served.api,
        ctx,
        r#struct,
        StructParams {
            struct2,
            struct3,
            struct4,
        },
    );
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "struct", method = "GET", path = "/op26/{struct}",
        status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
/// Responses of `struct_post`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum StructPostResponse {
    /// made
    Created(super::types::Untagged),
}
impl ::axum::response::IntoResponse for StructPostResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Created(body) => {
                super::runtime::json_response_as(201u16, "application/json", &body)
            }
        }
    }
}
/// axum handler for `POST` "/op26/{struct}".
#[allow(unused_variables, unused_mut)]
pub async fn struct_post<A: super::Api>(
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
        "/op26/{struct}",
        uri.path(),
        &decoded_path,
    );
    let r#struct: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "struct", "simple", false);
    if let Some(v) = &r#struct {
        errors.check_param("path", "struct", v, 129usize);
    }
    let body: ::std::option::Option<super::types::Union2> = errors
        .json_body(&raw_body, true, Some(4usize));
    if !errors.is_empty() {
        return errors.into_response_as("application/json");
    }
    let (Some(r#struct), Some(body)) = (r#struct, body) else {
        return errors.into_response_as("application/json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::struct_post(&*served.api, ctx, r#struct, body);
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "struct_post", method = "POST", path =
        "/op26/{struct}", status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
