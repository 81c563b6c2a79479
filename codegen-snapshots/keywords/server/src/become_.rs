//! Handlers, parameter structs and response enums of the operations with this module's tag.
/// Query, header and cookie parameters of `become`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct BecomeParams {
    pub become2: ::std::option::Option<::std::string::String>,
    pub become3: ::std::option::Option<::std::string::String>,
    pub become4: ::std::option::Option<::std::string::String>,
}
/// Headers of the Ok response of `become`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct BecomeOkHeaders {
    pub r#become: ::std::option::Option<::std::string::String>,
}
/// Responses of `become`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum BecomeResponse {
    /// ok
    Ok { body: super::types::Everything, headers: BecomeOkHeaders },
    /// error
    Default { status: u16, body: super::types::Error },
}
impl ::axum::response::IntoResponse for BecomeResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok { body, headers } => {
                let mut response = super::runtime::json_response_as(
                    200u16,
                    "application/json",
                    &body,
                );
                super::runtime::set_header(&mut response, "become", &headers.r#become);
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
/// axum handler for `GET` "/op39/{become}".
#[allow(unused_variables, unused_mut)]
pub async fn r#become<A: super::Api>(
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
    let alternatives: &[&[usize]] = &[&[39usize]];
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
    let principal = match served.auth.authenticate_dyn("become", &credentials).await {
        Ok(p) => Some(p),
        Err(e) => return super::refused(e, alternatives, "application/problem+json"),
    };
    let decoded_path: ::std::vec::Vec<&str> = raw_path.iter().map(|(_, v)| v).collect();
    let path_values = super::runtime::path_values(
        "/op39/{become}",
        uri.path(),
        &decoded_path,
    );
    let r#become: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "become", "simple", false);
    let become2: ::std::option::Option<::std::string::String> = errors
        .query(&pairs, "become", "form", true, false);
    let become3: ::std::option::Option<::std::string::String> = errors
        .header(&headers, "become", false);
    let become4: ::std::option::Option<::std::string::String> = errors
        .cookie(&headers, "become", false);
    if let Some(v) = &r#become {
        errors.check_param("path", "become", v, 181usize);
    }
    if let Some(v) = &become2 {
        errors.check_param("query", "become", v, 182usize);
    }
    if let Some(v) = &become3 {
        errors.check_param("header", "become", v, 183usize);
    }
    if let Some(v) = &become4 {
        errors.check_param("cookie", "become", v, 184usize);
    }
    if !errors.is_empty() {
        return errors.into_response_as("application/problem+json");
    }
    let (Some(r#become),) = (r#become,) else {
        return errors.into_response_as("application/problem+json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::r#become(
        &*served.api,
        ctx,
        r#become,
        BecomeParams {
            become2,
            become3,
            become4,
        },
    );
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "become", method = "GET", path = "/op39/{become}",
        status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
/// Responses of `become_post`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum BecomePostResponse {
    /// made
    Created(super::types::Untagged),
}
impl ::axum::response::IntoResponse for BecomePostResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Created(body) => {
                super::runtime::json_response_as(201u16, "application/json", &body)
            }
        }
    }
}
/// axum handler for `POST` "/op39/{become}".
#[allow(unused_variables, unused_mut)]
pub async fn become_post<A: super::Api>(
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
        "/op39/{become}",
        uri.path(),
        &decoded_path,
    );
    let r#become: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "become", "simple", false);
    if let Some(v) = &r#become {
        errors.check_param("path", "become", v, 181usize);
    }
    let body: ::std::option::Option<super::types::Union2> = errors
        .json_body(&raw_body, false, Some(4usize));
    if !errors.is_empty() {
        return errors.into_response_as("application/json");
    }
    let (Some(r#become),) = (r#become,) else {
        return errors.into_response_as("application/json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::become_post(&*served.api, ctx, r#become, body);
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "become_post", method = "POST", path =
        "/op39/{become}", status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
