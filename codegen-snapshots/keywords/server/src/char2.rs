//! Handlers, parameter structs and response enums of the operations with this module's tag.
/// Query, header and cookie parameters of `char`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CharParams {
    pub char2: ::std::option::Option<::std::string::String>,
    pub char3: ::std::option::Option<::std::string::String>,
    pub char4: ::std::option::Option<::std::string::String>,
}
/// Headers of the Ok response of `char`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CharOkHeaders {
    pub char: ::std::option::Option<::std::string::String>,
}
/// Responses of `char`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum CharResponse {
    /// ok
    Ok { body: super::types::Everything, headers: CharOkHeaders },
    /// error
    Default { status: u16, body: super::types::Error },
}
impl ::axum::response::IntoResponse for CharResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok { body, headers } => {
                let mut response = super::runtime::json_response_as(
                    200u16,
                    "application/json",
                    &body,
                );
                super::runtime::set_header(&mut response, "char", &headers.char);
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
/// axum handler for `GET` "/op86/{char}".
#[allow(unused_variables, unused_mut)]
pub async fn char<A: super::Api>(
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
    let alternatives: &[&[usize]] = &[&[86usize]];
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
    let principal = match served.auth.authenticate_dyn("char", &credentials).await {
        Ok(p) => Some(p),
        Err(e) => return super::refused(e, alternatives, "application/problem+json"),
    };
    let decoded_path: ::std::vec::Vec<&str> = raw_path.iter().map(|(_, v)| v).collect();
    let path_values = super::runtime::path_values(
        "/op86/{char}",
        uri.path(),
        &decoded_path,
    );
    let char: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "char", "simple", false);
    let char2: ::std::option::Option<::std::string::String> = errors
        .query(&pairs, "char", "form", true, false);
    let char3: ::std::option::Option<::std::string::String> = errors
        .header(&headers, "char", false);
    let char4: ::std::option::Option<::std::string::String> = errors
        .cookie(&headers, "char", false);
    if let Some(v) = &char {
        errors.check_param("path", "char", v, 369usize);
    }
    if let Some(v) = &char2 {
        errors.check_param("query", "char", v, 370usize);
    }
    if let Some(v) = &char3 {
        errors.check_param("header", "char", v, 371usize);
    }
    if let Some(v) = &char4 {
        errors.check_param("cookie", "char", v, 372usize);
    }
    if !errors.is_empty() {
        return errors.into_response_as("application/problem+json");
    }
    let (Some(char),) = (char,) else {
        return errors.into_response_as("application/problem+json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::char(
        &*served.api,
        ctx,
        char,
        CharParams { char2, char3, char4 },
    );
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "char", method = "GET", path = "/op86/{char}",
        status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
/// Responses of `char_post`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum CharPostResponse {
    /// made
    Created(super::types::Untagged),
}
impl ::axum::response::IntoResponse for CharPostResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Created(body) => {
                super::runtime::json_response_as(201u16, "application/json", &body)
            }
        }
    }
}
/// axum handler for `POST` "/op86/{char}".
#[allow(unused_variables, unused_mut)]
pub async fn char_post<A: super::Api>(
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
        "/op86/{char}",
        uri.path(),
        &decoded_path,
    );
    let char: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "char", "simple", false);
    if let Some(v) = &char {
        errors.check_param("path", "char", v, 369usize);
    }
    let body: ::std::option::Option<super::types::Union2> = errors
        .json_body(&raw_body, true, Some(4usize));
    if !errors.is_empty() {
        return errors.into_response_as("application/json");
    }
    let (Some(char), Some(body)) = (char, body) else {
        return errors.into_response_as("application/json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::char_post(&*served.api, ctx, char, body);
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "char_post", method = "POST", path =
        "/op86/{char}", status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
