//! Handlers, parameter structs and response enums of the operations with this module's tag.
/// Query, header and cookie parameters of `other`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct OtherParams {
    pub other2: ::std::option::Option<::std::string::String>,
    pub other3: ::std::option::Option<::std::string::String>,
    pub other4: ::std::option::Option<::std::string::String>,
}
/// Headers of the Ok response of `other`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct OtherOkHeaders {
    pub other: ::std::option::Option<::std::string::String>,
}
/// Responses of `other`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum OtherResponse {
    /// ok
    Ok { body: super::types::Everything, headers: OtherOkHeaders },
    /// error
    Default { status: u16, body: super::types::Error },
}
impl ::axum::response::IntoResponse for OtherResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok { body, headers } => {
                let mut response = super::runtime::json_response_as(
                    200u16,
                    "application/json",
                    &body,
                );
                super::runtime::set_header(&mut response, "Other", &headers.other);
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
/// axum handler for `GET` "/op161/{Other}".
#[allow(unused_variables, unused_mut)]
pub async fn other<A: super::Api>(
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
    let alternatives: &[&[usize]] = &[&[161usize]];
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
    let principal = match served.auth.authenticate_dyn("other", &credentials).await {
        Ok(p) => Some(p),
        Err(e) => return super::refused(e, alternatives, "application/problem+json"),
    };
    let decoded_path: ::std::vec::Vec<&str> = raw_path.iter().map(|(_, v)| v).collect();
    let path_values = super::runtime::path_values(
        "/op161/{Other}",
        uri.path(),
        &decoded_path,
    );
    let other: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "Other", "simple", false);
    let other2: ::std::option::Option<::std::string::String> = errors
        .query(&pairs, "Other", "form", true, false);
    let other3: ::std::option::Option<::std::string::String> = errors
        .header(&headers, "Other", false);
    let other4: ::std::option::Option<::std::string::String> = errors
        .cookie(&headers, "Other", false);
    if let Some(v) = &other {
        errors.check_param("path", "Other", v, 669usize);
    }
    if let Some(v) = &other2 {
        errors.check_param("query", "Other", v, 670usize);
    }
    if let Some(v) = &other3 {
        errors.check_param("header", "Other", v, 671usize);
    }
    if let Some(v) = &other4 {
        errors.check_param("cookie", "Other", v, 672usize);
    }
    if !errors.is_empty() {
        return errors.into_response_as("application/problem+json");
    }
    let (Some(other),) = (other,) else {
        return errors.into_response_as("application/problem+json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::other(
        &*served.api,
        ctx,
        other,
        OtherParams {
            other2,
            other3,
            other4,
        },
    );
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "Other", method = "GET", path = "/op161/{Other}",
        status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
/// Responses of `other_post`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum OtherPostResponse {
    /// made
    Created(super::types::Untagged),
}
impl ::axum::response::IntoResponse for OtherPostResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Created(body) => {
                super::runtime::json_response_as(201u16, "application/json", &body)
            }
        }
    }
}
/// axum handler for `POST` "/op161/{Other}".
#[allow(unused_variables, unused_mut)]
pub async fn other_post<A: super::Api>(
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
        "/op161/{Other}",
        uri.path(),
        &decoded_path,
    );
    let other: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "Other", "simple", false);
    if let Some(v) = &other {
        errors.check_param("path", "Other", v, 669usize);
    }
    let body: ::std::option::Option<super::types::Union2> = errors
        .json_body(&raw_body, false, Some(4usize));
    if !errors.is_empty() {
        return errors.into_response_as("application/json");
    }
    let (Some(other),) = (other,) else {
        return errors.into_response_as("application/json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::other_post(&*served.api, ctx, other, body);
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "Other_post", method = "POST", path =
        "/op161/{Other}", status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
