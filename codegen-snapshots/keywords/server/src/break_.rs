//! Handlers, parameter structs and response enums of the operations with this module's tag.
/// Query, header and cookie parameters of `break`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct BreakParams {
    pub break2: ::std::option::Option<::std::string::String>,
    pub break3: ::std::option::Option<::std::string::String>,
    pub break4: ::std::option::Option<::std::string::String>,
}
/// Headers of the Ok response of `break`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct BreakOkHeaders {
    pub r#break: ::std::option::Option<::std::string::String>,
}
/// Responses of `break`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum BreakResponse {
    /// ok
    Ok { body: super::types::Everything, headers: BreakOkHeaders },
    /// error
    Default { status: u16, body: super::types::Error },
}
impl ::axum::response::IntoResponse for BreakResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok { body, headers } => {
                let mut response = super::runtime::json_response_as(
                    200u16,
                    "application/json",
                    &body,
                );
                super::runtime::set_header(&mut response, "break", &headers.r#break);
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
/// axum handler for `GET` "/op1/{break}".
#[allow(unused_variables, unused_mut)]
pub async fn r#break<A: super::Api>(
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
    let alternatives: &[&[usize]] = &[&[1usize]];
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
    let principal = match served.auth.authenticate_dyn("break", &credentials).await {
        Ok(p) => Some(p),
        Err(e) => return super::refused(e, alternatives, "application/problem+json"),
    };
    let decoded_path: ::std::vec::Vec<&str> = raw_path.iter().map(|(_, v)| v).collect();
    let path_values = super::runtime::path_values(
        "/op1/{break}",
        uri.path(),
        &decoded_path,
    );
    let r#break: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "break", "simple", false);
    let break2: ::std::option::Option<::std::string::String> = errors
        .query(&pairs, "break", "form", true, false);
    let break3: ::std::option::Option<::std::string::String> = errors
        .header(&headers, "break", false);
    let break4: ::std::option::Option<::std::string::String> = errors
        .cookie(&headers, "break", false);
    if let Some(v) = &r#break {
        errors.check_param("path", "break", v, 29usize);
    }
    if let Some(v) = &break2 {
        errors.check_param("query", "break", v, 30usize);
    }
    if let Some(v) = &break3 {
        errors.check_param("header", "break", v, 31usize);
    }
    if let Some(v) = &break4 {
        errors.check_param("cookie", "break", v, 32usize);
    }
    if !errors.is_empty() {
        return errors.into_response_as("application/problem+json");
    }
    let (Some(r#break),) = (r#break,) else {
        return errors.into_response_as("application/problem+json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::r#break(
        &*served.api,
        ctx,
        r#break,
        BreakParams {
            break2,
            break3,
            break4,
        },
    );
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "break", method = "GET", path = "/op1/{break}",
        status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
/// Responses of `break_post`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum BreakPostResponse {
    /// made
    Created(super::types::Untagged),
}
impl ::axum::response::IntoResponse for BreakPostResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Created(body) => {
                super::runtime::json_response_as(201u16, "application/json", &body)
            }
        }
    }
}
/// axum handler for `POST` "/op1/{break}".
#[allow(unused_variables, unused_mut)]
pub async fn break_post<A: super::Api>(
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
        "/op1/{break}",
        uri.path(),
        &decoded_path,
    );
    let r#break: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "break", "simple", false);
    if let Some(v) = &r#break {
        errors.check_param("path", "break", v, 29usize);
    }
    let body: ::std::option::Option<super::types::Union2> = errors
        .json_body(&raw_body, false, Some(4usize));
    if !errors.is_empty() {
        return errors.into_response_as("application/json");
    }
    let (Some(r#break),) = (r#break,) else {
        return errors.into_response_as("application/json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::break_post(&*served.api, ctx, r#break, body);
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "break_post", method = "POST", path =
        "/op1/{break}", status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
