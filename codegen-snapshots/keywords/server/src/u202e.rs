//! Handlers, parameter structs and response enums of the operations with this module's tag.
/// Query, header and cookie parameters of `u202e`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct U202eParams {
    pub u202e2: ::std::option::Option<::std::string::String>,
    pub u202e3: ::std::option::Option<::std::string::String>,
    pub u202e4: ::std::option::Option<::std::string::String>,
}
/// Headers of the Ok response of `u202e`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct U202eOkHeaders {
    pub u202e: ::std::option::Option<::std::string::String>,
}
/// Responses of `u202e`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum U202eResponse {
    /// ok
    Ok { body: super::types::Everything, headers: U202eOkHeaders },
    /// error
    Default { status: u16, body: super::types::Error },
}
impl ::axum::response::IntoResponse for U202eResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok { body, headers } => {
                let mut response = super::runtime::json_response_as(
                    200u16,
                    "application/json",
                    &body,
                );
                super::runtime::set_header(&mut response, "\u{202e}", &headers.u202e);
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
/// axum handler for `GET` "/op78/{\u{202e}}".
#[allow(unused_variables, unused_mut)]
pub async fn u202e<A: super::Api>(
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
    let alternatives: &[&[usize]] = &[&[78usize]];
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
    let principal = match served.auth.authenticate_dyn("u202e", &credentials).await {
        Ok(p) => Some(p),
        Err(e) => return super::refused(e, alternatives, "application/problem+json"),
    };
    let decoded_path: ::std::vec::Vec<&str> = raw_path.iter().map(|(_, v)| v).collect();
    let path_values = super::runtime::path_values(
        "/op78/{\u{202e}}",
        uri.path(),
        &decoded_path,
    );
    let u202e: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "\u{202e}", "simple", false);
    let u202e2: ::std::option::Option<::std::string::String> = errors
        .query(&pairs, "\u{202e}", "form", true, false);
    let u202e3: ::std::option::Option<::std::string::String> = errors
        .header(&headers, "\u{202e}", false);
    let u202e4: ::std::option::Option<::std::string::String> = errors
        .cookie(&headers, "\u{202e}", false);
    if let Some(v) = &u202e {
        errors.check_param("path", "\u{202e}", v, 337usize);
    }
    if let Some(v) = &u202e2 {
        errors.check_param("query", "\u{202e}", v, 338usize);
    }
    if let Some(v) = &u202e3 {
        errors.check_param("header", "\u{202e}", v, 339usize);
    }
    if let Some(v) = &u202e4 {
        errors.check_param("cookie", "\u{202e}", v, 340usize);
    }
    if !errors.is_empty() {
        return errors.into_response_as("application/problem+json");
    }
    let (Some(u202e),) = (u202e,) else {
        return errors.into_response_as("application/problem+json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::u202e(
        &*served.api,
        ctx,
        u202e,
        U202eParams {
            u202e2,
            u202e3,
            u202e4,
        },
    );
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "\u{202e}", method = "GET", path =
        "/op78/{\u{202e}}", status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
/// Responses of `u202e_post`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum U202ePostResponse {
    /// made
    Created(super::types::Untagged),
}
impl ::axum::response::IntoResponse for U202ePostResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Created(body) => {
                super::runtime::json_response_as(201u16, "application/json", &body)
            }
        }
    }
}
/// axum handler for `POST` "/op78/{\u{202e}}".
#[allow(unused_variables, unused_mut)]
pub async fn u202e_post<A: super::Api>(
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
        "/op78/{\u{202e}}",
        uri.path(),
        &decoded_path,
    );
    let u202e: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "\u{202e}", "simple", false);
    if let Some(v) = &u202e {
        errors.check_param("path", "\u{202e}", v, 337usize);
    }
    let body: ::std::option::Option<super::types::Union2> = errors
        .json_body(&raw_body, true, Some(4usize));
    if !errors.is_empty() {
        return errors.into_response_as("application/json");
    }
    let (Some(u202e), Some(body)) = (u202e, body) else {
        return errors.into_response_as("application/json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::u202e_post(&*served.api, ctx, u202e, body);
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "\u{202e}_post", method = "POST", path =
        "/op78/{\u{202e}}", status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
