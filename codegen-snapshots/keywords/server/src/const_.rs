//! Handlers, parameter structs and response enums of the operations with this module's tag.
/// Query, header and cookie parameters of `const`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ConstParams {
    pub const2: ::std::option::Option<::std::string::String>,
    pub const3: ::std::option::Option<::std::string::String>,
    pub const4: ::std::option::Option<::std::string::String>,
}
/// Headers of the Ok response of `const`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ConstOkHeaders {
    pub r#const: ::std::option::Option<::std::string::String>,
}
/// Responses of `const`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum ConstResponse {
    /// ok
    Ok { body: super::types::Everything, headers: ConstOkHeaders },
    /// error
    Default { status: u16, body: super::types::Error },
}
impl ::axum::response::IntoResponse for ConstResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok { body, headers } => {
                let mut response = super::runtime::json_response_as(
                    200u16,
                    "application/json",
                    &body,
                );
                super::runtime::set_header(&mut response, "const", &headers.r#const);
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
/// axum handler for `GET` "/op2/{const}".
#[allow(unused_variables, unused_mut)]
pub async fn r#const<A: super::Api>(
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
    let alternatives: &[&[usize]] = &[&[2usize]];
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
    let principal = match served.auth.authenticate_dyn("const", &credentials).await {
        Ok(p) => Some(p),
        Err(e) => return super::refused(e, alternatives, "application/problem+json"),
    };
    let decoded_path: ::std::vec::Vec<&str> = raw_path.iter().map(|(_, v)| v).collect();
    let path_values = super::runtime::path_values(
        "/op2/{const}",
        uri.path(),
        &decoded_path,
    );
    let r#const: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "const", "simple", false);
    let const2: ::std::option::Option<::std::string::String> = errors
        .query(&pairs, "const", "form", true, false);
    let const3: ::std::option::Option<::std::string::String> = errors
        .header(&headers, "const", false);
    let const4: ::std::option::Option<::std::string::String> = errors
        .cookie(&headers, "const", false);
    if let Some(v) = &r#const {
        errors.check_param("path", "const", v, 33usize);
    }
    if let Some(v) = &const2 {
        errors.check_param("query", "const", v, 34usize);
    }
    if let Some(v) = &const3 {
        errors.check_param("header", "const", v, 35usize);
    }
    if let Some(v) = &const4 {
        errors.check_param("cookie", "const", v, 36usize);
    }
    if !errors.is_empty() {
        return errors.into_response_as("application/problem+json");
    }
    let (Some(r#const),) = (r#const,) else {
        return errors.into_response_as("application/problem+json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::r#const(
        &*served.api,
        ctx,
        r#const,
        ConstParams {
            const2,
            const3,
            const4,
        },
    );
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "const", method = "GET", path = "/op2/{const}",
        status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
/// Responses of `const_post`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum ConstPostResponse {
    /// made
    Created(super::types::Untagged),
}
impl ::axum::response::IntoResponse for ConstPostResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Created(body) => {
                super::runtime::json_response_as(201u16, "application/json", &body)
            }
        }
    }
}
/// axum handler for `POST` "/op2/{const}".
#[allow(unused_variables, unused_mut)]
pub async fn const_post<A: super::Api>(
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
        "/op2/{const}",
        uri.path(),
        &decoded_path,
    );
    let r#const: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "const", "simple", false);
    if let Some(v) = &r#const {
        errors.check_param("path", "const", v, 33usize);
    }
    let body: ::std::option::Option<super::types::Union2> = errors
        .json_body(&raw_body, true, Some(4usize));
    if !errors.is_empty() {
        return errors.into_response_as("application/json");
    }
    let (Some(r#const), Some(body)) = (r#const, body) else {
        return errors.into_response_as("application/json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::const_post(&*served.api, ctx, r#const, body);
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "const_post", method = "POST", path =
        "/op2/{const}", status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
