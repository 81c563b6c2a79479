//! Handlers, parameter structs and response enums of the operations with this module's tag.
/// Query, header and cookie parameters of `ref`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RefParams {
    pub ref2: ::std::option::Option<::std::string::String>,
    pub ref3: ::std::option::Option<::std::string::String>,
    pub ref4: ::std::option::Option<::std::string::String>,
}
/// Headers of the Ok response of `ref`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RefOkHeaders {
    pub r#ref: ::std::option::Option<::std::string::String>,
}
/// Responses of `ref`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum RefResponse {
    /// ok
    Ok { body: super::types::Everything, headers: RefOkHeaders },
    /// error
    Default { status: u16, body: super::types::Error },
}
impl ::axum::response::IntoResponse for RefResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok { body, headers } => {
                let mut response = super::runtime::json_response_as(
                    200u16,
                    "application/json",
                    &body,
                );
                super::runtime::set_header(&mut response, "ref", &headers.r#ref);
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
/// axum handler for `GET` "/op21/{ref}".
#[allow(unused_variables, unused_mut)]
pub async fn r#ref<A: super::Api>(
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
    let alternatives: &[&[usize]] = &[&[21usize]];
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
    let principal = match served.auth.authenticate_dyn("ref", &credentials).await {
        Ok(p) => Some(p),
        Err(e) => return super::refused(e, alternatives, "application/problem+json"),
    };
    let decoded_path: ::std::vec::Vec<&str> = raw_path.iter().map(|(_, v)| v).collect();
    let path_values = super::runtime::path_values(
        "/op21/{ref}",
        uri.path(),
        &decoded_path,
    );
    let r#ref: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "ref", "simple", false);
    let ref2: ::std::option::Option<::std::string::String> = errors
        .query(&pairs, "ref", "form", true, false);
    let ref3: ::std::option::Option<::std::string::String> = errors
        .header(&headers, "ref", false);
    let ref4: ::std::option::Option<::std::string::String> = errors
        .cookie(&headers, "ref", false);
    if let Some(v) = &r#ref {
        errors.check_param("path", "ref", v, 109usize);
    }
    if let Some(v) = &ref2 {
        errors.check_param("query", "ref", v, 110usize);
    }
    if let Some(v) = &ref3 {
        errors.check_param("header", "ref", v, 111usize);
    }
    if let Some(v) = &ref4 {
        errors.check_param("cookie", "ref", v, 112usize);
    }
    if !errors.is_empty() {
        return errors.into_response_as("application/problem+json");
    }
    let (Some(r#ref),) = (r#ref,) else {
        return errors.into_response_as("application/problem+json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::r#ref(
        &*served.api,
        ctx,
        r#ref,
        RefParams { ref2, ref3, ref4 },
    );
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "ref", method = "GET", path = "/op21/{ref}",
        status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
/// Responses of `ref_post`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum RefPostResponse {
    /// made
    Created(super::types::Untagged),
}
impl ::axum::response::IntoResponse for RefPostResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Created(body) => {
                super::runtime::json_response_as(201u16, "application/json", &body)
            }
        }
    }
}
/// axum handler for `POST` "/op21/{ref}".
#[allow(unused_variables, unused_mut)]
pub async fn ref_post<A: super::Api>(
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
        "/op21/{ref}",
        uri.path(),
        &decoded_path,
    );
    let r#ref: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "ref", "simple", false);
    if let Some(v) = &r#ref {
        errors.check_param("path", "ref", v, 109usize);
    }
    let body: ::std::option::Option<super::types::Union2> = errors
        .json_body(&raw_body, false, Some(4usize));
    if !errors.is_empty() {
        return errors.into_response_as("application/json");
    }
    let (Some(r#ref),) = (r#ref,) else {
        return errors.into_response_as("application/json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::ref_post(&*served.api, ctx, r#ref, body);
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "ref_post", method = "POST", path = "/op21/{ref}",
        status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
