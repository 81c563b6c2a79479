//! Handlers, parameter structs and response enums of the operations with this module's tag.
/// Query, header and cookie parameters of `continue`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ContinueParams {
    pub continue2: ::std::option::Option<::std::string::String>,
    pub continue3: ::std::option::Option<::std::string::String>,
    pub continue4: ::std::option::Option<::std::string::String>,
}
/// Headers of the Ok response of `continue`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ContinueOkHeaders {
    pub r#continue: ::std::option::Option<::std::string::String>,
}
/// Responses of `continue`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum ContinueResponse {
    /// ok
    Ok { body: super::types::Everything, headers: ContinueOkHeaders },
    /// error
    Default { status: u16, body: super::types::Error },
}
impl ::axum::response::IntoResponse for ContinueResponse {
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
                    "continue",
                    &headers.r#continue,
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
/// axum handler for `GET` "/op3/{continue}".
#[allow(unused_variables, unused_mut)]
pub async fn r#continue<A: super::Api>(
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
    let alternatives: &[&[usize]] = &[&[3usize]];
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
    let principal = match served.auth.authenticate_dyn("continue", &credentials).await {
        Ok(p) => Some(p),
        Err(e) => return super::refused(e, alternatives, "application/problem+json"),
    };
    let decoded_path: ::std::vec::Vec<&str> = raw_path.iter().map(|(_, v)| v).collect();
    let path_values = super::runtime::path_values(
        "/op3/{continue}",
        uri.path(),
        &decoded_path,
    );
    let r#continue: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "continue", "simple", false);
    let continue2: ::std::option::Option<::std::string::String> = errors
        .query(&pairs, "continue", "form", true, false);
    let continue3: ::std::option::Option<::std::string::String> = errors
        .header(&headers, "continue", false);
    let continue4: ::std::option::Option<::std::string::String> = errors
        .cookie(&headers, "continue", false);
    if let Some(v) = &r#continue {
        errors.check_param("path", "continue", v, 37usize);
    }
    if let Some(v) = &continue2 {
        errors.check_param("query", "continue", v, 38usize);
    }
    if let Some(v) = &continue3 {
        errors.check_param("header", "continue", v, 39usize);
    }
    if let Some(v) = &continue4 {
        errors.check_param("cookie", "continue", v, 40usize);
    }
    if !errors.is_empty() {
        return errors.into_response_as("application/problem+json");
    }
    let (Some(r#continue),) = (r#continue,) else {
        return errors.into_response_as("application/problem+json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::r#continue(
        &*served.api,
        ctx,
        r#continue,
        ContinueParams {
            continue2,
            continue3,
            continue4,
        },
    );
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "continue", method = "GET", path =
        "/op3/{continue}", status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
/// Responses of `continue_post`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum ContinuePostResponse {
    /// made
    Created(super::types::Untagged),
}
impl ::axum::response::IntoResponse for ContinuePostResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Created(body) => {
                super::runtime::json_response_as(201u16, "application/json", &body)
            }
        }
    }
}
/// axum handler for `POST` "/op3/{continue}".
#[allow(unused_variables, unused_mut)]
pub async fn continue_post<A: super::Api>(
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
        "/op3/{continue}",
        uri.path(),
        &decoded_path,
    );
    let r#continue: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "continue", "simple", false);
    if let Some(v) = &r#continue {
        errors.check_param("path", "continue", v, 37usize);
    }
    let body: ::std::option::Option<super::types::Union2> = errors
        .json_body(&raw_body, false, Some(4usize));
    if !errors.is_empty() {
        return errors.into_response_as("application/json");
    }
    let (Some(r#continue),) = (r#continue,) else {
        return errors.into_response_as("application/json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::continue_post(&*served.api, ctx, r#continue, body);
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "continue_post", method = "POST", path =
        "/op3/{continue}", status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
