//! Handlers, parameter structs and response enums of the operations with this module's tag.
/// Query, header and cookie parameters of `as_str`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AsStrParams {
    pub as_str2: ::std::option::Option<::std::string::String>,
    pub as_str3: ::std::option::Option<::std::string::String>,
    pub as_str4: ::std::option::Option<::std::string::String>,
}
/// Headers of the Ok response of `as_str`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AsStrOkHeaders {
    pub as_str: ::std::option::Option<::std::string::String>,
}
/// Responses of `as_str`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum AsStrResponse {
    /// ok
    Ok { body: super::types::Everything, headers: AsStrOkHeaders },
    /// error
    Default { status: u16, body: super::types::Error },
}
impl ::axum::response::IntoResponse for AsStrResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok { body, headers } => {
                let mut response = super::runtime::json_response_as(
                    200u16,
                    "application/json",
                    &body,
                );
                super::runtime::set_header(&mut response, "as_str", &headers.as_str);
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
/// axum handler for `GET` "/op207/{as_str}".
#[allow(unused_variables, unused_mut)]
pub async fn as_str<A: super::Api>(
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
    let alternatives: &[&[usize]] = &[&[207usize]];
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
    let principal = match served.auth.authenticate_dyn("as_str", &credentials).await {
        Ok(p) => Some(p),
        Err(e) => return super::refused(e, alternatives, "application/problem+json"),
    };
    let decoded_path: ::std::vec::Vec<&str> = raw_path.iter().map(|(_, v)| v).collect();
    let path_values = super::runtime::path_values(
        "/op207/{as_str}",
        uri.path(),
        &decoded_path,
    );
    let as_str: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "as_str", "simple", false);
    let as_str2: ::std::option::Option<::std::string::String> = errors
        .query(&pairs, "as_str", "form", true, false);
    let as_str3: ::std::option::Option<::std::string::String> = errors
        .header(&headers, "as_str", false);
    let as_str4: ::std::option::Option<::std::string::String> = errors
        .cookie(&headers, "as_str", false);
    if let Some(v) = &as_str {
        errors.check_param("path", "as_str", v, 853usize);
    }
    if let Some(v) = &as_str2 {
        errors.check_param("query", "as_str", v, 854usize);
    }
    if let Some(v) = &as_str3 {
        errors.check_param("header", "as_str", v, 855usize);
    }
    if let Some(v) = &as_str4 {
        errors.check_param("cookie", "as_str", v, 856usize);
    }
    if !errors.is_empty() {
        return errors.into_response_as("application/problem+json");
    }
    let (Some(as_str),) = (as_str,) else {
        return errors.into_response_as("application/problem+json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::as_str(
        &*served.api,
        ctx,
        as_str,
        AsStrParams {
            as_str2,
            as_str3,
            as_str4,
        },
    );
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "as_str", method = "GET", path =
        "/op207/{as_str}", status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
/// Responses of `as_str_post`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum AsStrPostResponse {
    /// made
    Created(super::types::Untagged),
}
impl ::axum::response::IntoResponse for AsStrPostResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Created(body) => {
                super::runtime::json_response_as(201u16, "application/json", &body)
            }
        }
    }
}
/// axum handler for `POST` "/op207/{as_str}".
#[allow(unused_variables, unused_mut)]
pub async fn as_str_post<A: super::Api>(
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
        "/op207/{as_str}",
        uri.path(),
        &decoded_path,
    );
    let as_str: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "as_str", "simple", false);
    if let Some(v) = &as_str {
        errors.check_param("path", "as_str", v, 853usize);
    }
    let body: ::std::option::Option<super::types::Union2> = errors
        .json_body(&raw_body, false, Some(4usize));
    if !errors.is_empty() {
        return errors.into_response_as("application/json");
    }
    let (Some(as_str),) = (as_str,) else {
        return errors.into_response_as("application/json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::as_str_post(&*served.api, ctx, as_str, body);
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "as_str_post", method = "POST", path =
        "/op207/{as_str}", status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
