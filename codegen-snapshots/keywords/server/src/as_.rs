//! Handlers, parameter structs and response enums of the operations with this module's tag.
/// Query, header and cookie parameters of `as`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AsParams {
    pub as2: ::std::option::Option<::std::string::String>,
    pub as3: ::std::option::Option<::std::string::String>,
    pub as4: ::std::option::Option<::std::string::String>,
}
/// Headers of the Ok response of `as`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AsOkHeaders {
    pub r#as: ::std::option::Option<::std::string::String>,
}
/// Responses of `as`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum AsResponse {
    /// ok
    Ok { body: super::types::Everything, headers: AsOkHeaders },
    /// error
    Default { status: u16, body: super::types::Error },
}
impl ::axum::response::IntoResponse for AsResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok { body, headers } => {
                let mut response = super::runtime::json_response_as(
                    200u16,
                    "application/json",
                    &body,
                );
                super::runtime::set_header(&mut response, "as", &headers.r#as);
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
/// axum handler for `GET` "/op0/{as}".
#[allow(unused_variables, unused_mut)]
pub async fn r#as<A: super::Api>(
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
    let alternatives: &[&[usize]] = &[&[0usize]];
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
    let principal = match served.auth.authenticate_dyn("as", &credentials).await {
        Ok(p) => Some(p),
        Err(e) => return super::refused(e, alternatives, "application/problem+json"),
    };
    let decoded_path: ::std::vec::Vec<&str> = raw_path.iter().map(|(_, v)| v).collect();
    let path_values = super::runtime::path_values(
        "/op0/{as}",
        uri.path(),
        &decoded_path,
    );
    let r#as: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "as", "simple", false);
    let as2: ::std::option::Option<::std::string::String> = errors
        .query(&pairs, "as", "form", true, false);
    let as3: ::std::option::Option<::std::string::String> = errors
        .header(&headers, "as", false);
    let as4: ::std::option::Option<::std::string::String> = errors
        .cookie(&headers, "as", false);
    if let Some(v) = &r#as {
        errors.check_param("path", "as", v, 0usize);
    }
    if let Some(v) = &as2 {
        errors.check_param("query", "as", v, 1usize);
    }
    if let Some(v) = &as3 {
        errors.check_param("header", "as", v, 2usize);
    }
    if let Some(v) = &as4 {
        errors.check_param("cookie", "as", v, 3usize);
    }
    if !errors.is_empty() {
        return errors.into_response_as("application/problem+json");
    }
    let (Some(r#as),) = (r#as,) else {
        return errors.into_response_as("application/problem+json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::r#as(
        &*served.api,
        ctx,
        r#as,
        AsParams { as2, as3, as4 },
    );
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "as", method = "GET", path = "/op0/{as}", status =
        ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
/// Responses of `as_post`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum AsPostResponse {
    /// made
    Created(super::types::Untagged),
}
impl ::axum::response::IntoResponse for AsPostResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Created(body) => {
                super::runtime::json_response_as(201u16, "application/json", &body)
            }
        }
    }
}
/// axum handler for `POST` "/op0/{as}".
#[allow(unused_variables, unused_mut)]
pub async fn as_post<A: super::Api>(
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
        "/op0/{as}",
        uri.path(),
        &decoded_path,
    );
    let r#as: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "as", "simple", false);
    if let Some(v) = &r#as {
        errors.check_param("path", "as", v, 0usize);
    }
    let body: ::std::option::Option<super::types::Union2> = errors
        .json_body(&raw_body, true, Some(4usize));
    if !errors.is_empty() {
        return errors.into_response_as("application/json");
    }
    let (Some(r#as), Some(body)) = (r#as, body) else {
        return errors.into_response_as("application/json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::as_post(&*served.api, ctx, r#as, body);
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "as_post", method = "POST", path = "/op0/{as}",
        status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
