//! Handlers, parameter structs and response enums of the operations with this module's tag.
/// Query, header and cookie parameters of `return`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ReturnParams {
    pub return2: ::std::option::Option<::std::string::String>,
    pub return3: ::std::option::Option<::std::string::String>,
    pub return4: ::std::option::Option<::std::string::String>,
}
/// Headers of the Ok response of `return`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ReturnOkHeaders {
    pub r#return: ::std::option::Option<::std::string::String>,
}
/// Responses of `return`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum ReturnResponse {
    /// ok
    Ok { body: super::types::Everything, headers: ReturnOkHeaders },
    /// error
    Default { status: u16, body: super::types::Error },
}
impl ::axum::response::IntoResponse for ReturnResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Ok { body, headers } => {
                let mut response = super::runtime::json_response_as(
                    200u16,
                    "application/json",
                    &body,
                );
                super::runtime::set_header(&mut response, "return", &headers.r#return);
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
/// axum handler for `GET` "/op22/{return}".
#[allow(unused_variables, unused_mut)]
pub async fn r#return<A: super::Api>(
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
    let alternatives: &[&[usize]] = &[&[22usize]];
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
    let principal = match served.auth.authenticate_dyn("return", &credentials).await {
        Ok(p) => Some(p),
        Err(e) => return super::refused(e, alternatives, "application/problem+json"),
    };
    let decoded_path: ::std::vec::Vec<&str> = raw_path.iter().map(|(_, v)| v).collect();
    let path_values = super::runtime::path_values(
        "/op22/{return}",
        uri.path(),
        &decoded_path,
    );
    let r#return: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "return", "simple", false);
    let return2: ::std::option::Option<::std::string::String> = errors
        .query(&pairs, "return", "form", true, false);
    let return3: ::std::option::Option<::std::string::String> = errors
        .header(&headers, "return", false);
    let return4: ::std::option::Option<::std::string::String> = errors
        .cookie(&headers, "return", false);
    if let Some(v) = &r#return {
        errors.check_param("path", "return", v, 113usize);
    }
    if let Some(v) = &return2 {
        errors.check_param("query", "return", v, 114usize);
    }
    if let Some(v) = &return3 {
        errors.check_param("header", "return", v, 115usize);
    }
    if let Some(v) = &return4 {
        errors.check_param("cookie", "return", v, 116usize);
    }
    if !errors.is_empty() {
        return errors.into_response_as("application/problem+json");
    }
    let (Some(r#return),) = (r#return,) else {
        return errors.into_response_as("application/problem+json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::r#return(
        &*served.api,
        ctx,
        r#return,
        ReturnParams {
            return2,
            return3,
            return4,
        },
    );
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "return", method = "GET", path = "/op22/{return}",
        status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
/// Responses of `return_post`: each variant is one documented status.
#[derive(Debug, Clone, PartialEq)]
pub enum ReturnPostResponse {
    /// made
    Created(super::types::Untagged),
}
impl ::axum::response::IntoResponse for ReturnPostResponse {
    fn into_response(self) -> ::axum::response::Response {
        match self {
            Self::Created(body) => {
                super::runtime::json_response_as(201u16, "application/json", &body)
            }
        }
    }
}
/// axum handler for `POST` "/op22/{return}".
#[allow(unused_variables, unused_mut)]
pub async fn return_post<A: super::Api>(
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
        "/op22/{return}",
        uri.path(),
        &decoded_path,
    );
    let r#return: ::std::option::Option<::std::string::String> = errors
        .path(&path_values, 0, "return", "simple", false);
    if let Some(v) = &r#return {
        errors.check_param("path", "return", v, 113usize);
    }
    let body: ::std::option::Option<super::types::Union2> = errors
        .json_body(&raw_body, true, Some(4usize));
    if !errors.is_empty() {
        return errors.into_response_as("application/json");
    }
    let (Some(r#return), Some(body)) = (r#return, body) else {
        return errors.into_response_as("application/json");
    };
    let ctx = super::RequestContext {
        headers,
        principal,
        extensions,
    };
    let response = <A as super::Api>::return_post(&*served.api, ctx, r#return, body);
    #[cfg(feature = "tracing")]
    let op_span = ::tracing::info_span!(
        "stipula.handler", operation = "return_post", method = "POST", path =
        "/op22/{return}", status = ::tracing::field::Empty
    );
    #[cfg(feature = "tracing")]
    let response = ::tracing::Instrument::instrument(response, op_span.clone());
    let response = ::axum::response::IntoResponse::into_response(response.await);
    #[cfg(feature = "tracing")] op_span.record("status", response.status().as_u16());
    response
}
