//! Handlers, parameter structs and response enums of the operations with this module's tag.
/// Query, header and cookie parameters of `string`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct StringParams {
    pub string2: ::std::option::Option<::std::string::String>,
    pub string3: ::std::option::Option<::std::string::String>,
    pub string4: ::std::option::Option<::std::string::String>,
}
/// Headers of the Ok response of `string`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct StringOkHeaders {
    pub string: ::std::option::Option<::std::string::String>,
}
/// Responses of `string`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum StringResponse {
    /// ok
    Ok { body: super::types::Everything, headers: StringOkHeaders },
    /// error
    Default { status: u16, body: super::types::Error },
}
impl ::axum::response::IntoResponse for StringResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok { body, headers } => {
                let mut response = super::runtime::json_response_as(
                    200u16,
                    "application/json",
                    &body,
                );
                super::runtime::set_header(&mut response, "String", &headers.string);
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
/// axum handler for `GET` "/op108/{String}".
#[allow(unused_variables, unused_mut)]
pub async fn string<A: super::Api>(
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
    let alternatives: &[&[usize]] = &[&[108usize]];
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
    let principal = match served.auth.authenticate_dyn("string", &credentials).await {
        Ok(p) => Some(p),
        Err(e) => return super::refused(e, alternatives, "application/problem+json"),
    };
    let decoded_path: ::std::vec::Vec<&str> = raw_path.iter().map(|(_, v)| v).collect();
    let path_values = super::runtime::path_values(
        "/op108/{String}",
        uri.path(),
        &decoded_path,
    );
    let string: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "String", "simple", false);
    let string2: ::std::option::Option<::std::string::String> = errors
        .query(&pairs, "String", "form", true, false);
    let string3: ::std::option::Option<::std::string::String> = errors
        .header(&headers, "String", false);
    let string4: ::std::option::Option<::std::string::String> = errors
        .cookie(&headers, "String", false);
    if let Some(v) = &string {
        errors.check_param("path", "String", v, 457usize);
    }
    if let Some(v) = &string2 {
        errors.check_param("query", "String", v, 458usize);
    }
    if let Some(v) = &string3 {
        errors.check_param("header", "String", v, 459usize);
    }
    if let Some(v) = &string4 {
        errors.check_param("cookie", "String", v, 460usize);
    }
    if !errors.is_empty() {
        return errors.into_response_as("application/problem+json");
    }
    let (Some(string),) = (string,) else {
        return errors.into_response_as("application/problem+json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::string(
        &*served.api,
        ctx,
        string,
        StringParams {
            string2,
            string3,
            string4,
        },
    );
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "String", method = "GET", path =
        "/op108/{String}", status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
/// Responses of `string_post`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum StringPostResponse {
    /// made
    Created(super::types::Untagged),
}
impl ::axum::response::IntoResponse for StringPostResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Created(body) => {
                super::runtime::json_response_as(201u16, "application/json", &body)
            }
        }
    }
}
/// axum handler for `POST` "/op108/{String}".
#[allow(unused_variables, unused_mut)]
pub async fn string_post<A: super::Api>(
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
        "/op108/{String}",
        uri.path(),
        &decoded_path,
    );
    let string: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "String", "simple", false);
    if let Some(v) = &string {
        errors.check_param("path", "String", v, 457usize);
    }
    let body: ::std::option::Option<super::types::Union2> = errors
        .json_body(&raw_body, true, Some(4usize));
    if !errors.is_empty() {
        return errors.into_response_as("application/json");
    }
    let (Some(string), Some(body)) = (string, body) else {
        return errors.into_response_as("application/json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::string_post(&*served.api, ctx, string, body);
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "String_post", method = "POST", path =
        "/op108/{String}", status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
